"""recache: sre's compiled code kept between runs saves time and never decides anything."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from geschil import recache

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(not recache._USABLE, reason="this interpreter's re is not sre")

FIRST = str(sorted((ROOT / "corpus" / "src").glob("*.txt"))[0])  # a ruling's text
RUN = ("import sys\n"
       "from geschil import reason, recache\n"
       "from geschil.pipeline import extract_path\n"
       "for name in sys.argv[1:]:\n"
       "    reason.check(extract_path(name))\n"
       "print(recache.path())\n")


def _run(cache: Path, *names: str, **env: str) -> Path:
    """Read rulings in a process of their own, caching under `cache`; the table's path."""
    out = subprocess.run([sys.executable, "-c", RUN, *names], capture_output=True, text=True,
                         check=True, env={**os.environ, "XDG_CACHE_HOME": str(cache), **env}).stdout
    return Path(out.splitlines()[-1])


@pytest.fixture(scope="module")
def corpus_table(tmp_path_factory) -> tuple[Path, dict]:
    texts = sorted(str(p) for p in (ROOT / "corpus" / "src").glob("*.txt"))
    path = _run(tmp_path_factory.mktemp("cache"), *texts)
    return path, marshal.loads(path.read_bytes())


def test_every_kept_pattern_is_what_a_fresh_compile_makes(corpus_table):
    """Pattern equality compares flags, pattern and compiled code: each entry rebuilt is the
    pattern re.compile makes today."""
    _, table = corpus_table
    assert len(table) > 400
    for (pattern, flags), entry in table.items():
        recache._table, recache._new = {(pattern, flags): entry}, {}
        assert recache.compile(pattern, flags) == re.compile(pattern, flags), pattern
    recache._table = None


def test_a_second_run_compiles_nothing_new_and_writes_nothing(corpus_table, tmp_path):
    path, _ = corpus_table
    before = path.stat().st_mtime_ns
    _run(path.parent.parent, FIRST)
    assert path.stat().st_mtime_ns == before


@pytest.mark.parametrize("content", [b"", b"not marshal", marshal.dumps([1, 2]),
                                     marshal.dumps({("a+", 0): (0, b"\x01\x02", 0, {}, ())})])
def test_a_damaged_table_is_compiled_around(content, monkeypatch, tmp_path):
    """A truncated or foreign file, or an entry the interpreter refuses, costs a compile."""
    monkeypatch.setattr(recache, "path", lambda: tmp_path / "regex.marshal")
    (tmp_path / "regex.marshal").write_bytes(content)
    monkeypatch.setattr(recache, "_table", None)
    monkeypatch.setattr(recache, "_new", {})
    assert recache.compile("a+", 0) == re.compile("a+")
    assert recache.compile(r"(?P<x>\d+)-(?P<y>\d+)", re.I).match("12-34").groupdict() == {"x": "12", "y": "34"}


def test_off_compiles_afresh_and_keeps_nothing(tmp_path):
    path = _run(tmp_path, FIRST,
                GESCHIL_REGEX_CACHE="off")
    assert not path.exists()


def test_compile_answers_as_re_compile():
    for pattern, flags in [(r"(?i)x(?P<n>\d{1,2})", 0), (r"^\s*a|b$", re.M), ("é+", re.I),
                           (b"bytes", 0)]:
        got, want = recache.compile(pattern, flags), re.compile(pattern, flags)
        assert got == want and got.groupindex == want.groupindex and got.flags == want.flags
    with pytest.raises(re.error):
        recache.compile("(unclosed")


def test_the_geschil_command_keeps_the_code_it_compiled(tmp_path):
    """The command ends without the interpreter's teardown (quick.leave); its atexit handlers
    still run, and the output is whole."""
    script = Path(sys.executable).parent / "geschil"
    front = [str(script)] if script.exists() else [sys.executable, "-m", "geschil.quick"]
    text = FIRST
    run = subprocess.run([*front, "extract", text, text, "--include-text", "--no-cache", "-f", "jsonl"],
                         capture_output=True, text=True, timeout=600,
                         env={**os.environ, "XDG_CACHE_HOME": str(tmp_path)})
    assert run.returncode == 0 and len(run.stdout.splitlines()) == 2
    assert list((tmp_path / "geschil").glob("regex-*.marshal"))
