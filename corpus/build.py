"""Build the corpus PDFs from corpus/src/*.txt (and the seed ruling, when it is present).

    python corpus/build.py            rebuild every PDF and MANIFEST.json
    python corpus/build.py --check    exit 1 if a committed PDF or the manifest is out of date

Most rulings are drawn by fpdf2 or reportlab, a few by groff (gropdf), LibreOffice or written by hand
without space glyphs (the `%% producer:` line of each source). A producer whose program is
missing here (groff, LibreOffice) skips its PDFs with a message and keeps the committed PDF and manifest
entry, so `--check` and `--seed-only` work on any machine. The seed ruling is not ours: its
PDF is git-ignored and built at CI time.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from pathlib import Path

from buildlib.decor import decorate
from buildlib.layout import Layout
from buildlib.markup import Block, Source, parse
from buildlib.render import ToolMissing, render

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
MANIFEST = HERE / "MANIFEST.json"
# ../shared beside the checkout (as on CI), unless GESCHIL_SEED names another copy.
SEED = Path(os.environ.get("GESCHIL_SEED", HERE.parent.parent / "shared" / "seeds" / "002_f22031c86958e11f.txt"))
# Rendered outside corpus/ (git-ignored build/): the seed is not ours, nor part of the verify gate.
SEED_PDF = HERE.parent / "build" / "seed_202501427.pdf"
SEED_META = {"layout": "modern", "producer": "fpdf2", "footer": "plain", "align": "justify"}
SEED_NOTICE = "Published ruling re-rendered for geschil's tests; not part of the committed corpus"


def lay_out(source: Source) -> tuple[list, dict]:
    flow = Layout(source.meta)
    for block in source.blocks:
        flow.block(block)
    added = decorate(flow)
    artefacts = {
        **added,
        "hyphenations": flow.hyphens,
        "own_line_numbers": flow.own_line_numbers,
        "head_table": source.meta.get("headblock")
        if source.meta.get("layout") == "classic"
        else None,
        "wrapper": bool(source.meta.get("wrapper")),
    }
    return flow.pages, artefacts


def build_one(source: Source) -> tuple[bytes, dict]:
    pages, artefacts = lay_out(source)
    title = f"Bindend advies {source.meta.get('case', '')}".strip()
    pdf = render(source.meta["producer"], pages, title, source.notice)
    entry = {
        "producer": source.meta["producer"],
        "layout": source.meta["layout"],
        "pages": len(pages),
        "bytes": len(pdf),
        "sha256": hashlib.sha256(pdf).hexdigest(),
        "artefacts": artefacts,
    }
    return pdf, entry


def seed_source(text: str) -> Source:
    """The seed's markdown as our blocks: '#', '**', '*', '- ', '---' and tags stripped."""
    blocks = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or set(line) <= {"-"}:
            continue
        level = len(line) - len(line.lstrip("#"))
        line = re.sub(r"</?b>", "", line.lstrip("#").strip())
        line = line.replace("**", "").replace("\\*", "*").replace("*", "")
        line = re.sub(r"^(?:- )+", "", line).replace("\t", "  ").strip()
        if not line:
            continue
        kind = "title" if level == 1 and not blocks else "heading" if level else "para"
        blocks.append(Block(kind, line))
    return Source(SEED_NOTICE, dict(SEED_META), blocks)


def committed(name: str, why: ToolMissing) -> tuple[bytes, dict]:
    """The committed PDF and manifest entry of a ruling whose producer cannot run here."""
    pdf_path = HERE / f"{name}.pdf"
    entry = json.loads(MANIFEST.read_text(encoding="utf-8")).get(name) if MANIFEST.exists() else None
    if entry is None or not pdf_path.exists():
        raise SystemExit(f"{name}.pdf cannot be built ({why}) and is not committed")
    print(f"skipped {name}.pdf: {why}; the committed PDF is kept", file=sys.stderr)
    return pdf_path.read_bytes(), entry


def build_all() -> tuple[dict[Path, bytes], dict]:
    outputs, manifest = {}, {}
    for path in sorted(SRC.glob("*.txt")):
        source = parse(path.read_text(encoding="utf-8"))
        name = path.stem
        try:
            pdf, entry = build_one(source)
        except ToolMissing as why:
            pdf, entry = committed(name, why)
        entry.update(
            {"pdf": f"{name}.pdf", "source": f"src/{name}.txt", "truth": f"src/{name}.truth.json"}
        )
        outputs[HERE / f"{name}.pdf"] = pdf
        manifest[name] = entry
    text = json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    outputs[MANIFEST] = text.encode("utf-8")
    return outputs, manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify committed PDFs are current")
    parser.add_argument("--seed-only", action="store_true",
                        help="only render the seed ruling from ../shared (it is not committed)")
    args = parser.parse_args(argv)
    if args.seed_only:
        return build_seed()
    outputs, manifest = build_all()
    if args.check:
        stale = [p.name for p, data in outputs.items() if not p.exists() or p.read_bytes() != data]
        for name in stale:
            print(f"out of date: {name}", file=sys.stderr)
        return 1 if stale else 0
    for path, data in outputs.items():
        path.write_bytes(data)
    for name, entry in manifest.items():
        print(f"{name}.pdf  {entry['producer']:9}  {entry['pages']} p.  {entry['bytes']} B")
    return build_seed()


def build_seed() -> int:
    if not SEED.exists():
        print(f"seed ruling not found at {SEED}: skipped", file=sys.stderr)
        return 0
    pdf, entry = build_one(seed_source(SEED.read_text(encoding="utf-8")))
    SEED_PDF.parent.mkdir(exist_ok=True)
    SEED_PDF.write_bytes(pdf)
    print(f"{SEED_PDF.name}  {entry['producer']:9}  {entry['pages']} p.  {entry['bytes']} B")
    return 0


if __name__ == "__main__":
    sys.exit(main())
