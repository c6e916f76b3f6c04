"""Deterministic JSON: the models' field order, real UTF-8, byte-identical for the same input."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel


def plain(obj: Any) -> Any:
    """A model (or list of models) as JSON-ready data, in the models' field order."""
    if isinstance(obj, BaseModel):
        return obj.model_dump(mode="json")
    if isinstance(obj, (list, tuple)):
        return [plain(o) for o in obj]
    return obj


def dumps(obj: Any) -> str:
    """One pretty JSON document (for one file), ending in a newline."""
    return json.dumps(plain(obj), ensure_ascii=False, indent=2) + "\n"


def line(obj: Any) -> str:
    """One JSON Lines row: compact, no newline inside, ending in a newline."""
    return json.dumps(plain(obj), ensure_ascii=False, separators=(",", ":")) + "\n"


def lines(objs: Iterable[Any]) -> Iterable[str]:
    for obj in objs:
        yield line(obj)
