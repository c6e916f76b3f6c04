"""The outside programs some producers need (groff, LibreOffice): found on the PATH, or a
ToolMissing that the builder turns into a skip (the committed PDF is kept)."""

from __future__ import annotations

import shutil


class ToolMissing(RuntimeError):
    """The program a producer needs is not installed on this machine."""


def require(*names: str, hint: str) -> str:
    """The path of the first of `names` found on the PATH; ToolMissing(hint) if none is."""
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    raise ToolMissing(hint)
