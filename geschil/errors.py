"""The tool's own typed errors: each names the kind of the contract and a message for people."""

from __future__ import annotations


class GeschilError(Exception):
    """An input that could not be analysed; `kind` is the contract's error kind."""

    kind = "error"

    def __init__(self, message: str, hint: str | None = None, pages: int | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.pages = pages  # the file's page count, when it was learnt before the failure

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class Unreadable(GeschilError):
    kind = "unreadable"


class Encrypted(GeschilError):
    kind = "encrypted"


class NoTextLayer(GeschilError):
    kind = "no_text_layer"


class NotARuling(GeschilError):
    kind = "not_a_ruling"


class TooLarge(GeschilError):
    kind = "too_large"


class Timeout(GeschilError):
    kind = "timeout"
