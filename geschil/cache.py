"""A cache of analysed files: JSON texts under the user cache dir, keyed on content + version + options.

The key holds the file's sha256 (not its path or mtime) so a moved or touched file still hits,
and geschil.__version__ so that a new release never serves records made by an older one, plus a
fingerprint of the package's own code and law data, so a changed rule or pattern never serves a
stale record either (an analyst who edits a vocabulary gets fresh results at once). A small
index (`files.json`) remembers each file's hash by its stat, so an unchanged file is not read
again to find its key.
"""

from __future__ import annotations

import functools
import json
import os
import sys

import geschil
from geschil import TYPE_CHECKING, digest

if TYPE_CHECKING:
    from pathlib import Path


# platformdirs decides where the cache lives, but importing it costs a cached batch about a sixth
# of its time. The directory it chose is written into that directory (LOCATION); a later run on
# Linux takes the XDG guess without platformdirs only when the guess holds that mark naming
# itself, i.e. when platformdirs once chose this very directory. Any other case asks platformdirs.
LOCATION = "location"


def default_dir() -> Path:
    """platformdirs' user cache dir; it honours XDG_CACHE_HOME on Linux."""
    from pathlib import Path

    return Path(_default_dir())


def _default_dir() -> str:
    """default_dir as a string: a cached batch does not import pathlib (its urllib.parse and
    ipaddress cost a tenth of such a run)."""
    guess = _xdg_guess()
    if guess is not None and _marked(guess):
        return guess
    from platformdirs import user_cache_dir

    found = user_cache_dir("geschil")
    _mark(found)
    return found


def _xdg_guess() -> str | None:
    if not sys.platform.startswith("linux"):
        return None
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    if not os.path.isabs(base):
        base = os.path.expanduser("~/.cache")
    return os.path.join(base, "geschil") if os.path.isabs(base) else None


def _marked(directory: str) -> bool:
    try:
        with open(os.path.join(directory, LOCATION), encoding="utf-8") as f:
            return f.read() == directory
    except (OSError, ValueError):
        return False


def _mark(directory: str) -> None:
    """Note platformdirs' choice in the directory, once it exists (a cache write makes it)."""
    if os.path.isdir(directory) and not _marked(directory):
        try:
            with open(os.path.join(directory, LOCATION), "w", encoding="utf-8") as f:
                f.write(directory)
        except OSError:
            pass  # a read-only cache dir: platformdirs is asked each time


@functools.cache
def code_fingerprint() -> str:
    """sha256 over the name, size and modification time of each of the package's source, data
    and template files (once per process). Their stat is enough: an edit changes it, and reading
    every file would cost a cached batch more than serving a hundred rulings."""
    h = digest.sha256()
    for rel, size, mtime in sorted(_sources(os.path.dirname(geschil.__file__))):
        h.update(f"{rel}\0{size}\0{mtime}\n".encode())
    return h.hexdigest()


SOURCES = (".py", ".json", ".j2")


def _sources(root: str, rel: str = "") -> list[tuple[str, int, int]]:
    """(path under root, size, mtime) of the files that make the analysis (os.scandir: a cached
    batch pays this walk, and pathlib's took it several milliseconds)."""
    out = []
    with os.scandir(os.path.join(root, rel)) as entries:
        for entry in entries:
            name = f"{rel}/{entry.name}" if rel else entry.name
            if entry.is_dir():
                if entry.name != "__pycache__":
                    out += _sources(root, name)
            elif entry.name.endswith(SOURCES) and entry.is_file():
                st = entry.stat()
                out.append((name, st.st_size, st.st_mtime_ns))
    return out


def cache_key(sha256: str, stage: str, options: dict) -> str:
    """One key per (content, tool version and code, stage, options)."""
    material = json.dumps(
        {"sha256": sha256, "version": geschil.__version__, "code": code_fingerprint(),
         "stage": stage, "options": options},
        sort_keys=True,
    )
    return digest.sha256(material.encode()).hexdigest()


# The files whose content hash is known, by path and stat (git's index does the same): a file
# unchanged since it was hashed is not read again. A stat that differs (size, mtime, ctime,
# inode) means hashing anew; the content hash stays the key, so a moved file still hits.
INDEX = "files.json"
INDEX_MAX = 50_000  # entries; beyond it the index starts afresh (its load stays cheap)


class Cache:
    def __init__(self, directory: str | Path | None = None, enabled: bool = True):
        self.dir = os.fspath(directory) if directory else _default_dir()
        self.chosen = not directory  # platformdirs' choice, not the caller's
        self.enabled = enabled
        self._index: dict[str, list] | None = None
        self._dirty = False

    def sha256(self, path: str) -> str:
        """The file's sha256, from the index when its stat is unchanged since it was hashed."""
        from geschil.digest import sha256_of

        if not self.enabled:
            return sha256_of(path)
        st = os.stat(path)
        stat = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
        key = os.path.abspath(path)
        known = self._files().get(key)
        if known is not None and known[:4] == stat:
            return known[4]
        sha = sha256_of(path)
        self._files()[key] = stat + [sha]
        self._dirty = True
        return sha

    def _files(self) -> dict[str, list]:
        if self._index is None:
            try:
                with open(os.path.join(self.dir, INDEX), encoding="utf-8") as f:
                    index = json.load(f)
            except (OSError, ValueError):
                index = {}
            self._index = index if isinstance(index, dict) and len(index) < INDEX_MAX else {}
        return self._index

    def save_index(self) -> None:
        """Write the index if it learned a file (atomically; a parallel batch's loss is a rehash)."""
        if self._dirty and self._index is not None:
            self._write(os.path.join(self.dir, INDEX), json.dumps(self._index))
            self._dirty = False
            if self.chosen:  # the first batch made the directory: the next one needs no platformdirs
                _mark(self.dir)

    def _file(self, key: str) -> str:
        return os.path.join(self.dir, key[:2], f"{key}.json")  # a string: pathlib's cost shows here

    def get(self, key: str) -> bytes | None:
        """The entry as stored (UTF-8 bytes: a hit is served without decoding it), or None."""
        if not self.enabled:
            return None
        try:
            with open(self._file(key), "rb") as f:
                return f.read()
        except OSError:
            return None  # a missing or unreadable entry is just a miss

    def put(self, key: str, text: str) -> None:
        if self.enabled:
            self._write(self._file(key), text)

    def _write(self, target: str, text: str) -> None:
        import tempfile  # only a miss writes: a cached batch does not import it

        try:
            folder = os.path.dirname(target)
            os.makedirs(folder, exist_ok=True)
            # write then rename, so a parallel reader never sees half a file
            fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
            os.replace(tmp, target)
        except OSError:
            pass  # a read-only or full cache dir must not fail the analysis
