"""Records and checks as the JSON texts a worker wrote, handled without building models.

A result is already its own output line: pydantic's compact JSON in the models' field order,
byte for byte what `jsonout.line` writes. A cache hit only needs its path replaced, and a batch
only needs to know whether it failed. Both models begin `{"schema_version":"1","source":{"path":`
(or `"source":null`) and carry one `"error"` field.
"""

from __future__ import annotations

import json
from json.decoder import scanstring

_PATH = '"source":{"path":"'
_ERROR_KEY, _ERROR_NULL = '"error":', '"error":null'
_ERROR_KEY_B, _ERROR_NULL_B = _ERROR_KEY.encode(), _ERROR_NULL.encode()


def with_path(text: str | bytes, path: str, lo: int = 0, hi: int | None = None) -> str | bytes | None:
    """`text` (bytes: the slice [lo:hi]) with source.path replaced, or None when it does not have
    the expected shape. Bytes (a cache entry as read) stay bytes: only the path's few bytes are
    looked at, and the result is the one copy made."""
    if isinstance(text, bytes):
        return _with_path_bytes(text, path, lo, len(text) if hi is None else hi)
    at = text.find(_PATH, 0, 64)
    if at < 0:
        return None if '"source":{' in text[:64] else text  # no source at all: nothing to move
    start = at + len(_PATH) - 1
    try:
        _, end = scanstring(text, start + 1)
    except ValueError:
        return None
    return text[:start] + json.dumps(path, ensure_ascii=False) + text[end:]


_PATH_BYTES = _PATH.encode()


def path_span(data: bytes, lo: int = 0, hi: int | None = None) -> tuple[int, int] | None:
    """Where source.path's JSON string stands in data[lo:hi] ([start, end), quotes included);
    (hi, hi) when there is no source at all; None when the text does not have the shape."""
    hi = len(data) if hi is None else hi
    at = data.find(_PATH_BYTES, lo, min(lo + 64, hi))
    if at < 0:
        return None if data.find(b'"source":{', lo, min(lo + 64, hi)) >= 0 else (hi, hi)
    start = at + len(_PATH_BYTES) - 1  # the opening quote
    end = _string_end(data, start, hi)
    return None if end < 0 else (start, end)


def _with_path_bytes(data: bytes, path: str, lo: int, hi: int) -> bytes | None:
    span = path_span(data, lo, hi)
    if span is None:
        return None
    start, end = span
    if start == hi:
        return data[lo:hi]
    try:
        new = json.dumps(path, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:  # a path no UTF-8 can hold: a miss
        return None
    return data[lo:start] + new + data[end:hi]


def _string_end(data: bytes, start: int, hi: int | None = None) -> int:
    """Where the JSON string that opens at data[start] ends (past its closing quote), or -1.

    Found in the bytes, not decoded: in UTF-8 a quote or a backslash byte is always that
    character, and a quote closes the string unless an odd run of backslashes escapes it."""
    at = start
    while True:
        at = data.find(b'"', at + 1, hi)
        if at < 0:
            return -1
        first = at
        while data[first - 1] == 0x5C:  # the backslashes before the quote
            first -= 1
        if (at - first) % 2 == 0:
            return at + 1


def failed(text: str | bytes | None, lo: int = 0, hi: int | None = None) -> bool:
    """Whether a record's or check's JSON carries an error (None: no such result).

    `error` is the models' only key of that name and need not come last (fields are only ever
    added after it); inside a JSON string its quotes would be escaped, so the plain key is it.
    lo, hi: the slice of text that holds the JSON (a cache entry holds several).
    """
    if text is None:
        return False
    key, null = (_ERROR_KEY, _ERROR_NULL) if isinstance(text, str) else (_ERROR_KEY_B, _ERROR_NULL_B)
    hi = len(text) if hi is None else hi
    at = text.rfind(key, lo, hi)  # the only such key, near the end: found at once from there
    return at < 0 or not text.startswith(null, at, hi)


def pretty(text: str | bytes | list) -> str:
    """What `jsonout.dumps` writes for one result (a text) or an array of them (a list)."""
    data = [json.loads(t) for t in text] if isinstance(text, list) else json.loads(text)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
