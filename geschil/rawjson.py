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


def with_path(text: str, path: str) -> str | None:
    """`text` with source.path replaced, or None when it does not have the expected shape."""
    at = text.find(_PATH, 0, 64)
    if at < 0:
        return None if '"source":{' in text[:64] else text  # no source at all: nothing to move
    start = at + len(_PATH) - 1
    try:
        _, end = scanstring(text, start + 1)
    except ValueError:
        return None
    return text[:start] + json.dumps(path, ensure_ascii=False) + text[end:]


def failed(text: str | None) -> bool:
    """Whether a record's or check's JSON carries an error (None: no such result).

    `error` is the models' only key of that name and need not come last (fields are only ever
    added after it); inside a JSON string its quotes would be escaped, so the plain key is it.
    """
    if text is None:
        return False
    at = text.rfind(_ERROR_KEY)  # the only such key, near the end: found at once from there
    return at < 0 or not text.startswith(_ERROR_NULL, at)


def pretty(text: str | list[str]) -> str:
    """What `jsonout.dumps` writes for one result (a text) or an array of them (a list)."""
    data = json.loads(text) if isinstance(text, str) else [json.loads(t) for t in text]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
