"""One file in, one Record out: ingest → sections → fields → record. Never raises for bad input."""

from __future__ import annotations

from pathlib import Path

from geschil.errors import GeschilError
from geschil.models import ErrorInfo, Record, Source


def extract_path(path: str | Path, *, password: str | None = None, backend: str | None = None,
                 max_pages: int | None = None, doc=None) -> Record:
    """Analyse one file (.pdf, .txt, .md). Input problems come back as `Record.error`. `doc` is
    the file's Document when it was read already (a batch's reader, preread.py)."""
    from geschil.extract.record import build_record
    from geschil.ingest import load

    try:
        if doc is None:
            doc = load(path, password=password, backend=backend, max_pages=max_pages)
        return build_record(doc)
    except GeschilError as exc:
        return failed(path, exc.kind, str(exc), doc, pages=exc.pages)
    except RecursionError as exc:  # pathological PDFs can recurse deeply inside the parsers
        return failed(path, "unreadable", f"{Path(path).name} could not be parsed: {exc}", doc)


def failed(path: str | Path, kind: str, message: str, doc=None, pages: int | None = None) -> Record:
    """A record that carries only the source and the error, so a batch loses nothing: the
    file's sha256 and page count are kept whenever the file can still be read."""
    sha = ""
    if doc is not None:
        sha, pages = doc.sha256, doc.page_count
    else:
        try:
            from geschil.digest import sha256_of

            sha = sha256_of(Path(path))
        except OSError:
            pass
        if pages is None and sha and Path(path).suffix.lower() == ".pdf":
            from geschil.ingest.backends import page_count

            pages = page_count(Path(path))
    return Record(source=Source(path=str(path), sha256=sha, pages=pages or 0), document_type=None,
                  error=ErrorInfo(kind=kind, message=message))
