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
    """Refuse what is no PDF at all. A PDF whose %PDF header is missing or pushed past the
    first kilobyte (mail or web wrapper bytes) still has its objects and trailer: let the
    parsers try it (pdfium refuses it, pdfplumber reads it)."""
    with open(path, "rb") as fh:
        head = fh.read(1024)
        fh.seek(max(0, path.stat().st_size - 2048))
        tail = fh.read()
    if not head:
        raise Unreadable(f"{path.name} is empty (0 bytes)")
    if b"%PDF-" not in head and not (b" obj" in head + tail and b"%%EOF" in tail):
        raise Unreadable(f"{path.name} is not a PDF (no %PDF header)")


def _too_large(path: Path, pages: int, max_pages: int | None) -> None:
    if max_pages is not None and pages > max_pages:
        raise TooLarge(f"{path.name} has {pages} pages, more than the limit of {max_pages}",
                       hint="raise --max-pages to analyse it", pages=pages)


def pdfplumber_pages(path: Path, password: str | None = None,
                     max_pages: int | None = None, only: list[int] | None = None) -> list[str]:
    """pdfplumber's text of every page, or of the pages `only` numbers (0-based, ascending: the
    others' content streams are not interpreted)."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    from geschil.ingest.plumber_fonts import honour_file_widths

    honour_file_widths()
    _check_header(path)
    try:
        with _plumber_open(pdfplumber, PDFPasswordIncorrect, path, password, only) as pdf:
            if only is None:
                _too_large(path, len(pdf.pages), max_pages)
            return [_plumber_text(page) for page in pdf.pages]
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


def _plumber_open(pdfplumber, wrong, path: Path, password: str | None, only: list[int] | None = None):
    """The password given, then the empty one (as for pdfium)."""
    pages = None if only is None else [n + 1 for n in only]
    if password:
        try:
            pdf = pdfplumber.open(path, password=password, pages=pages)
            pdf.pages  # noqa: B018 - the password is only checked when the document is read
            return pdf
        except Exception as exc:
            if not isinstance(_unwrap(exc), wrong) and not isinstance(exc, wrong):
                raise
    return pdfplumber.open(path, password="", pages=pages)


def _plumber_text(page) -> str:
    """A page's text; a page shown rotated whose text is upright as written is read as written."""
    if page.rotation and page.chars and sum(c["upright"] for c in page.chars) * 2 < len(page.chars):
        from pdfplumber.page import Page

        page.page_obj.attrs["Rotate"] = 0
        page.page_obj.rotate = 0
        page = Page(page.pdf, page.page_obj, page.page_number, page.initial_doctop)
    return page.extract_text(x_tolerance=1.5) or ""


def _unwrap(exc: Exception) -> Exception:
    """pdfplumber wraps pdfminer's errors (PdfminerException(PDFPasswordIncorrect())); look inside."""
    return exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc


def pdfium_pages(path: Path, password: str | None = None,
                 max_pages: int | None = None) -> list[str]:
    """pypdfium2's text; a file or page it cannot load goes to pdfplumber before it is called
    unreadable (pdfminer is more lenient with some broken structures)."""
    _check_header(path)  # no PDF at all: nothing for another parser to try
    try:
        return _pdfium_pages(path, password, max_pages)
    except Unreadable as exc:
        try:
            return pdfplumber_pages(path, password, max_pages)
        except Unreadable:
            raise exc from None


def _pdfium_pages(path: Path, password: str | None, max_pages: int | None) -> list[str]:
    import pypdfium2 as pdfium

    from geschil.ingest.pdfium_text import page_text

    pdf = _pdfium_open(pdfium, path, password)
    try:
        count = len(pdf)
        _too_large(path, count, max_pages)
        pages, glued = [], []
        for number in range(count):
            try:
                page = pdf[number]
                read = page_text(page)
            except pdfium.PdfiumError as exc:
                raise Unreadable(f"{path.name}: page {number + 1} could not be loaded: "
                                 f"{pdfium_message(exc)}", pages=count) from exc
            pages.append(_pdfium_text(read.text))
            glued += [number] * read.left
            page.close()
    finally:
        pdf.close()
    if glued:  # pages this pdfium could not space (see pdfium_text): pdfplumber reads those alone
        for number, text in zip(glued, pdfplumber_pages(path, password, only=glued), strict=True):
            pages[number] = text
    return pages


def _pdfium_open(pdfium, path: Path, password: str | None):
    """Open with the password given, then with the empty one (many files are 'encrypted' with
    an empty user password, which every viewer opens silently)."""
    tries = [password, ""] if password else [None]
    for attempt in tries:
        try:
            return pdfium.PdfDocument(str(path), password=attempt)
        except pdfium.PdfiumError as exc:
            if "password" not in str(exc).lower():
                raise Unreadable(f"{path.name} could not be parsed as a PDF: "
                                 f"{pdfium_message(exc)}") from exc
            last = exc
    raise _encrypted(path, password) from last


def pdfium_message(exc: Exception) -> str:
    """pdfium's message without its meaningless "(PDFium: Success)" error code."""
    text = str(exc).replace(" (PDFium: Success)", "").replace("(PDFium: Success)", "")
    return text.strip() or type(exc).__name__


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


def has_images(path: Path, password: str | None = None) -> bool:
    """Whether any page holds a picture (a scan) rather than nothing or form fields only."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        pdf = pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError:
        return True  # cannot tell: keep the usual advice
    try:
        return any(next(pdf[i].get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,)), None) is not None
                   for i in range(len(pdf)))
    except pdfium.PdfiumError:
        return True
    finally:
        pdf.close()


def page_count(path: Path, password: str | None = None) -> int:
    """The page count of a PDF without reading its pages (0 when it cannot be opened)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError:
        return 0
    try:
        return len(pdf)
    finally:
        pdf.close()


def preload() -> None:
    """Import the default backend's library now (workers call it before they fork)."""
    import pypdfium2  # noqa: F401


BACKENDS: dict[str, Backend] = {"pdfplumber": pdfplumber_pages, "pdfium": pdfium_pages}
DEFAULT_BACKEND = "pdfium"
