"""Text backends: PDF → one string per page. Each is small, and chosen by measurement.

pdfplumber is the reference (its layout model is the best at keeping reading order);
pypdfium2 is the default: about 20× faster, and with its line-end hyphens normalised it gives
the same records on the whole corpus (tests/test_backends.py, bench/RESULTS.md). Both raise the
tool's own errors for unusable files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from geschil.errors import Encrypted, GeschilError, TooLarge, Unreadable


class Backend(Protocol):
    def __call__(self, path: Path, password: str | None, max_pages: int | None) -> list[str]: ...


def _check_header(path: Path) -> None:
    with open(path, "rb") as fh:
        head = fh.read(1024)
    if not head:
        raise Unreadable(f"{path.name} is empty (0 bytes)")
    if b"%PDF-" not in head:
        raise Unreadable(f"{path.name} is not a PDF (no %PDF header)")


def _too_large(path: Path, pages: int, max_pages: int | None) -> None:
    if max_pages is not None and pages > max_pages:
        raise TooLarge(f"{path.name} has {pages} pages, more than the limit of {max_pages}",
                       hint="raise --max-pages to analyse it")


def pdfplumber_pages(path: Path, password: str | None = None,
                     max_pages: int | None = None) -> list[str]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    _check_header(path)
    try:
        with pdfplumber.open(path, password=password or "") as pdf:
            _too_large(path, len(pdf.pages), max_pages)
            return [page.extract_text(x_tolerance=1.5) or "" for page in pdf.pages]
    except PDFPasswordIncorrect as exc:
        raise _encrypted(path, password) from exc
    except GeschilError:
        raise  # our own verdict (too many pages) passes through unchanged
    except (PDFSyntaxError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise Unreadable(f"{path.name} could not be parsed as a PDF: {exc}") from exc
    except Exception as exc:  # pdfminer raises bare exceptions on broken files
        inner = _unwrap(exc)
        if isinstance(inner, PDFPasswordIncorrect):
            raise _encrypted(path, password) from exc
        if "password" in str(inner).lower() or "encrypt" in str(inner).lower():
            raise _encrypted(path, password) from exc
        why = str(inner) or type(inner).__name__
        raise Unreadable(f"{path.name} could not be parsed as a PDF: {why}") from exc


def _unwrap(exc: Exception) -> Exception:
    """pdfplumber wraps pdfminer's errors (PdfminerException(PDFPasswordIncorrect())); look inside."""
    return exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc


def pdfium_pages(path: Path, password: str | None = None,
                 max_pages: int | None = None) -> list[str]:
    import pypdfium2 as pdfium

    _check_header(path)
    try:
        pdf = pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise _encrypted(path, password) from exc
        raise Unreadable(f"{path.name} could not be parsed as a PDF: {exc}") from exc
    try:
        _too_large(path, len(pdf), max_pages)
        pages = []
        for page in pdf:
            textpage = page.get_textpage()
            # the whole text layer: get_text_bounded() would drop what overflows the page box
            pages.append(_pdfium_text(textpage.get_text_range()))
            textpage.close()
            page.close()
        return pages
    finally:
        pdf.close()


# pdfium marks a line-end hyphen with one of these and drops the line break after it.
PDFIUM_HYPHENS = ("\ufffe", "\x02")


def _pdfium_text(text: str) -> str:
    r"""pdfium's text as pdfplumber writes it: "verzoek\ufffester" becomes "verzoek-\nster",
    so that clean() joins the word alike."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for mark in PDFIUM_HYPHENS:
        text = text.replace(mark, "-\n")
    return text


def _encrypted(path: Path, password: str | None) -> Encrypted:
    if password:
        return Encrypted(f"{path.name} is encrypted and the password given does not open it")
    return Encrypted(f"{path.name} is encrypted", hint="pass --password to open it")


def preload() -> None:
    """Import the default backend's library now (workers call it before they fork)."""
    import pypdfium2  # noqa: F401


BACKENDS: dict[str, Backend] = {"pdfplumber": pdfplumber_pages, "pdfium": pdfium_pages}
DEFAULT_BACKEND = "pdfium"
