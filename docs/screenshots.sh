#!/usr/bin/env bash
# Look at the report and an annotated ruling as a person would: headless Chromium screenshots at
# 1280 and 800 px wide, full length (the window is made tall; --hide-scrollbars keeps the width).
#
#   docs/screenshots.sh [OUT_DIR] [RULINGS...]     (default: build/screenshots, corpus/)
#
# Needs Debian's chromium (apt-get install -y chromium) and the project's .venv. Writes
# report.html, its annotated views, and report-1280.png, report-800.png, ruling-1280.png,
# ruling-800.png into OUT_DIR. Open the PNGs and look: no horizontal scrolling, labels legible.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-build/screenshots}"
shift || true
rulings=("${@:-corpus/}")
mkdir -p "$out"
.venv/bin/geschil report "${rulings[@]}" -o "$out/report.html" --annotate
first="$(ls "$out/report_annotated/" | head -n 1)"
shoot() {  # html, width, height, png
  local profile
  profile="$(mktemp -d)"
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --no-first-run --user-data-dir="$profile" --hide-scrollbars \
    --window-size="$2,$3" --screenshot="$4" "file://$(realpath "$1")" >/dev/null 2>&1
  rm -rf "$profile"
  echo "$4"
}
for width in 1280 800; do
  shoot "$out/report.html" "$width" 9000 "$out/report-$width.png"
  shoot "$out/report_annotated/$first" "$width" 9000 "$out/ruling-$width.png"
done
