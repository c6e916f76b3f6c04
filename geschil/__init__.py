"""geschil: read, check and report on rulings of the Geschillencommissie Zorgverzekeringen.

The public Python API (imports are lazy, so `import geschil` stays light):

    import geschil
    record = geschil.read("ruling.pdf")          # -> geschil.Record (the JSON contract)
    result = geschil.check(record)               # -> geschil.CheckResult
    geschil.cite("artikel 2.7 Bzv")              # -> [Citation | DecisionRef]
    for item in geschil.iter_records(["rulings/"], jobs=2, cache=True, check=True):
        item.path, item.record, item.check, item.error
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at every start

__version__ = "0.1.0"
__all__ = ["CheckResult", "Record", "check", "cite", "iter_records", "read"]

if TYPE_CHECKING:  # pragma: no cover - for type checkers only
    from collections.abc import Iterable, Iterator
    from pathlib import Path

    from geschil.batch import Item
    from geschil.models import CheckResult, Citation, DecisionRef, Record


def read(path: str | Path, *, password: str | None = None) -> Record:
    """The record of one ruling (PDF, .txt or .md). A file that cannot be analysed gives a
    record with `error` set ({kind, message}), never an exception."""
    from geschil.pipeline import extract_path

    return extract_path(path, password=password)


def check(record: Record, lang: str = "nl") -> CheckResult:
    """Re-run the eligibility rules on a record and compare them with the committee's outcome;
    the reason texts in `lang` ("nl" or "en"), the enumerated values the same in both."""
    from geschil.reason import check as run

    return run(record, lang=lang)


def cite(text: str) -> list[Citation | DecisionRef]:
    """Cited provisions (normalised, with BWB id and link) and decisions in any Dutch text."""
    from geschil.extract.citations import cite_text

    return cite_text(text)


def iter_records(paths: Iterable[str | Path], *, jobs: int | None = None,
                 cache: bool | str | Path | None = None, check: bool = False,
                 include_text: bool = False, password: str | None = None,
                 lang: str = "nl") -> Iterator[Item]:
    """Analyse files, folders (recursive) and globs in parallel, yielding one `Item` per input
    in input order (`.path`, `.record`, `.check` when `check=True`, `.error`, `.cached`).

    `jobs`: worker processes (default: all cores). `cache`: None/False for none, True for the
    user cache dir, or a folder. Folders and globs yield PDFs, and .txt/.md exports too with
    `include_text=True` (as the CLI's --include-text); a file named on its own is always read.
    `lang`: the language of the checks' reason texts ("nl" or "en").
    """
    from geschil import batch
    from geschil.cache import Cache

    store = Cache(None if cache is True else cache, enabled=cache not in (None, False))
    suffixes = batch.SUFFIXES if include_text else (".pdf",)
    inputs = batch.collect([str(p) for p in paths], suffixes)
    yield from batch.run(inputs, jobs=jobs, cache=store,
                         options=batch.Options(password=password, check=check, lang=lang))


def __getattr__(name: str):
    """The types, imported only when asked for (pydantic is the heavy part)."""
    if name in ("Record", "CheckResult"):
        from geschil import models

        return getattr(models, name)
    raise AttributeError(f"module 'geschil' has no attribute {name!r}")
