"""Ingest: a PDF or text file → a Document (cleaned text with a map back to the pages)."""

from __future__ import annotations

import re
from pathlib import Path

from geschil import recache
from geschil.digest import sha256_of
from geschil.errors import NoTextLayer, Unreadable
from geschil.ingest.backends import BACKENDS, DEFAULT_BACKEND
from geschil.ingest.clean import clean
from geschil.ingest.document import Document

__all__ = ["Document", "load", "sha256_of"]

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
# Light markdown of text exports: heading marks, emphasis, list bullets, rules.
_MARKDOWN = [
    (recache.compile(r"^#{1,6}\s*", re.M), ""),
    (recache.compile(r"^\s*---+\s*$", re.M), ""),
    (recache.compile(r"\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)"), ""),
    (recache.compile(r"^[ \t]*[-•][ \t]+(?=\(?\d|\(?[a-z]\)|\w)", re.M), ""),
    (recache.compile(r"<[/]?[a-z]+>"), ""),
]


def _text_pages(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        text = path.read_text(encoding="cp1252", errors="replace")
    if "\x00" in text:
        raise Unreadable(f"{path.name} is a binary file, not text")
    if path.suffix.lower() in {".md", ".markdown"} or re.search(r"^#{1,6} ", text, re.M):
        for pattern, repl in _MARKDOWN:
            text = pattern.sub(repl, text)
    return text.split("\f")


NO_TEXT_HINTS = {
    "scan": "it is probably scanned: run OCR on it first (e.g. ocrmypdf)",
    "blank": "its pages hold no text and no picture: blank, or form fields only",
}


def _no_text_hint(path: Path, password: str | None, producer: str) -> str:
    from geschil.ingest.backends import has_images

    scanned = producer == "text" or has_images(path, password)
    return NO_TEXT_HINTS["scan" if scanned else "blank"]


def load(path: str | Path, password: str | None = None, backend: str | None = None,
         max_pages: int | None = None) -> Document:
    """Read a file into a cleaned Document; raises GeschilError subclasses for bad input."""
    path = Path(path)
    if not path.is_file():
        raise Unreadable(f"{path} does not exist or is not a file")
    try:
        sha = sha256_of(path)
    except OSError as exc:
        raise Unreadable(f"{path.name} cannot be read: {exc.strerror}") from exc
    if path.suffix.lower() in TEXT_SUFFIXES:
        pages = _text_pages(path)
        producer = "text"
    else:
        name = backend or DEFAULT_BACKEND
        pages = BACKENDS[name](path, password, max_pages)
        producer = name
    if not any(p.strip() for p in pages):
        raise NoTextLayer(f"{path.name} has {len(pages)} page(s) but no text layer",
                          hint=_no_text_hint(path, password, producer), pages=len(pages))
    text, origin = clean(pages, wrapped=producer != "text")
    return Document(path=str(path), sha256=sha, raw_pages=pages, text=text, origin=origin,
                    producer=producer)
