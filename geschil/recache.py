"""re.compile, with sre's compiled code kept between runs (as Python keeps a module's bytecode).

sre parses and compiles a pattern in Python: geschil's six hundred patterns cost about 0.16 s in
every process, and again in every worker for the patterns first compiled there, before a single
ruling is read. What the compiler makes of a pattern (the code list `_sre.compile` takes) depends
only on the pattern, its flags and the interpreter, so it is kept in the user cache dir, one file
per interpreter build; a pattern found there is made by `_sre.compile` at once. The file only
saves time, it never decides: an entry is used only if the interpreter accepts it (`_sre.compile`
validates the code), the way this module compiles is held equal to `re.compile` once per process
(Pattern equality compares the code), and tests/test_recache.py holds every entry to a fresh
compile. `GESCHIL_REGEX_CACHE=off` compiles every pattern afresh and keeps nothing.
"""

from __future__ import annotations

import atexit
import os
import re
import sys
from array import array

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - Python 3.10, or an interpreter without sre
    try:
        import _sre
        import sre_compile as _compiler
        import sre_parse as _parser
    except ImportError:
        _sre = None

MAX_ENTRIES = 5000  # geschil compiles about 650 patterns

_USABLE = (_sre is not None and sys.implementation.name == "cpython" and _sre.CODESIZE == 4
           and hasattr(_compiler, "_code"))
_table: dict[tuple[str, int], tuple] | None = None  # (pattern, flags) -> what _sre.compile takes
_new: dict[tuple[str, int], tuple] = {}  # compiled in this process and not in the table
_checked = False  # whether this module's compile was held equal to re.compile in this process


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - re.compile's name
    """re.compile(pattern, flags), from the kept code when there is some."""
    if not _enabled() or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    entry = _loaded().get(key) or _new.get(key)
    if entry is not None:
        try:
            return _sre.compile(pattern, entry[0], array("I", entry[1]).tolist(), *entry[2:])
        except (RuntimeError, TypeError, ValueError):  # an entry this interpreter refuses
            pass
    compiled, entry = _compile(pattern, key[1])
    if compiled is None:
        return re.compile(pattern, flags)
    _new[key] = entry
    return compiled


def _compile(pattern: str, flags: int) -> tuple[re.Pattern | None, tuple]:
    """What re's compiler does, keeping the arguments of _sre.compile: (pattern, entry), or
    (None, ()) when this interpreter's re compiles otherwise."""
    global _checked
    try:
        tree = _parser.parse(pattern, flags)
        code = _compiler._code(tree, flags)
        groupindex = dict(tree.state.groupdict)
        indexgroup = [None] * tree.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        entry = (flags | tree.state.flags, array("I", code).tobytes(), tree.state.groups - 1,
                 groupindex, tuple(indexgroup))
        compiled = _sre.compile(pattern, entry[0], code, *entry[2:])
    except Exception:  # noqa: BLE001 - re.compile gives the answer (or the error) itself
        return None, ()
    if not _checked:
        if compiled != re.compile(pattern, flags):  # another compiler: keep nothing
            _disable()
            return None, ()
        _checked = True
    return compiled, entry


def _enabled() -> bool:
    return _USABLE and os.environ.get("GESCHIL_REGEX_CACHE") != "off"


def _disable() -> None:
    global _USABLE
    _USABLE = False
    _new.clear()


def path():
    """The file of this interpreter build: its cache tag, sre's magic number and version."""
    from geschil.cache import default_dir

    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{sys.hexversion:x}"
    return default_dir() / f"regex-{tag}.marshal"


def _loaded() -> dict:
    global _table
    if _table is None:
        import marshal

        try:
            table = marshal.loads(path().read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            table = {}  # none yet, or unreadable: compile, and write it anew
        _table = table if isinstance(table, dict) else {}
    return _table


def save() -> None:
    """Keep the code of the patterns compiled since the last save (atomically: a parallel
    worker's save may win, and what it lacks is compiled and kept the next time)."""
    global _table
    if not _new or not _enabled():
        return
    import marshal
    import tempfile

    table = {**_loaded(), **_new}
    if len(table) > MAX_ENTRIES:  # patterns made from what rulings say: start afresh
        table = dict(_new)
    _table = table  # this process keeps what it compiled, whether or not the file is written
    _new.clear()
    target, tmp = path(), None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(marshal.dumps(table))
        os.replace(tmp, target)
    except OSError:  # a read-only or full cache dir: the next process compiles them again
        if tmp is not None and os.path.exists(tmp):
            os.remove(tmp)


atexit.register(save)
