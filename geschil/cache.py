"""A cache of analysed files: JSON texts under the user cache dir, keyed on content + version + options.

The key holds the file's sha256 (not its path or mtime) so a moved or touched file still hits,
and geschil.__version__ so that a new release never serves records made by an older one, plus a
fingerprint of the package's own code and law data, so a changed rule or pattern never serves a
stale record either (an analyst who edits a vocabulary gets fresh results at once).
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path

import geschil


def default_dir() -> Path:
    """platformdirs' user cache dir; it honours XDG_CACHE_HOME on Linux."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("geschil"))


@functools.cache
def code_fingerprint() -> str:
    """sha256 over the package's source, data and templates (read once per process)."""
    root = Path(geschil.__file__).parent
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".json", ".j2") and path.is_file():
            h.update(str(path.relative_to(root)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def cache_key(sha256: str, stage: str, options: dict) -> str:
    """One key per (content, tool version and code, stage, options)."""
    material = json.dumps(
        {"sha256": sha256, "version": geschil.__version__, "code": code_fingerprint(),
         "stage": stage, "options": options},
        sort_keys=True,
    )
    return hashlib.sha256(material.encode()).hexdigest()


class Cache:
    def __init__(self, directory: str | Path | None = None, enabled: bool = True):
        self.dir = Path(directory) if directory else default_dir()
        self.enabled = enabled

    def _file(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.json"

    def get(self, key: str) -> str | None:
        """The entry as stored (text; batch keeps JSON in it), or None."""
        if not self.enabled:
            return None
        try:
            return self._file(key).read_text(encoding="utf-8")
        except (OSError, ValueError):
            return None  # a missing or undecodable entry is just a miss

    def put(self, key: str, text: str) -> None:
        if not self.enabled:
            return
        import tempfile  # only a miss writes: a cached batch does not import it

        target = self._file(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            # write then rename, so a parallel reader never sees half a file
            fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
            os.replace(tmp, target)
        except OSError:
            pass  # a read-only or full cache dir must not fail the analysis
