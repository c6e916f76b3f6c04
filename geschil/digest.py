"""sha256: the identity of an input for the cache and the records (no heavy import).

hashlib loads OpenSSL at import (a few milliseconds, more than a cached batch spends serving a
hundred rulings); the short texts hashed on every run (the cache keys, the code's fingerprint)
use CPython's own sha256, the same digest. A file's content, hashed only when the cache's
index does not know it, goes through hashlib, which is faster on large files."""

from __future__ import annotations

import os

try:  # CPython 3.11's builtin module (3.12 renamed it _sha2)
    from _sha256 import sha256 as _builtin
except ImportError:  # pragma: no cover - other interpreters or versions
    try:
        from _sha2 import sha256 as _builtin
    except ImportError:
        from hashlib import sha256 as _builtin


def sha256(data: bytes = b""):
    """A sha256 hash object for short data, without importing hashlib."""
    return _builtin(data)


def sha256_of(path: str | os.PathLike) -> str:
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
