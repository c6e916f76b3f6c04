"""The cleaned text of a Document with page markers, so analysts can check evidence spans."""

from __future__ import annotations


def with_pages(doc) -> str:
    """Each page's share of the cleaned text, headed by its number and its start offset."""
    parts = []
    for page in range(1, doc.page_count + 1):
        start, end = doc.page_bounds(page)
        body = doc.text[start:end]
        parts.append(f"──── page {page} · offset {start} ────\n")
        parts.append(body if body.endswith("\n") or not body else body + "\n")
    return "".join(parts)
