"""The cache serves bytes: a hit is the stored JSON line with its path replaced, and neither a
hit nor `--help` imports pydantic or the pipeline."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import conftest_zoo as zoo
import pytest

from geschil import rawjson
from geschil.output import jsonout
from geschil.pipeline import failed

PATHS = ["a.pdf", "map met spatie/é ü.pdf", 'quote"and\\back.pdf', "tab\tline\u2028x.pdf", ""]


@pytest.mark.parametrize("path", PATHS)
def test_with_path_writes_what_the_model_would(path):
    record = failed("old/place.pdf", "unreadable", 'a message with "quotes" and \\ ü')
    moved = rawjson.with_path(record.model_dump_json(), path)
    record.source.path = path
    assert moved == jsonout.line(record)[:-1] == record.model_dump_json()


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("old", ["old/place.pdf", "ü/" * 40 + "€.pdf", 'q"uote.pdf', "back\\slash.pdf",
                                 "ends\\", 'ends\\"', "x" * 9000 + ".pdf"])
def test_with_path_of_bytes_is_the_text_one_encoded(path, old):
    """A cache hit's bytes get their path replaced without being decoded: the same bytes as
    replacing it in the text."""
    text = failed(old, "unreadable", "ü € message").model_dump_json()
    assert rawjson.with_path(text.encode(), path) == rawjson.with_path(text, path).encode()


def test_with_path_of_bytes_that_no_utf8_can_hold_is_a_miss():
    text = failed("a.pdf", "unreadable", "x").model_dump_json().encode()
    assert rawjson.with_path(text, "bad\udcff.pdf") is None


@pytest.mark.parametrize("text, expected", [
    ('{"schema_version":"1","source":null,"error":null}', '{"schema_version":"1","source":null,"error":null}'),
    ('{"schema_version":"1","source":{"sha256":"x","path":"a"}}', None),  # another shape: a miss
    ('{"schema_version":"1","source":{"path":"unterminated', None),
])
def test_with_path_of_other_shapes(text, expected):
    assert rawjson.with_path(text, "b.pdf") == expected
    assert rawjson.with_path(text.encode(), "b.pdf") == (expected and expected.encode())


def test_with_path_and_failed_read_a_slice_of_an_entry():
    """A cache entry holds the record, the check and the summary's fields, one per line: each is
    read where it stands."""
    ok = failed("old.pdf", "unreadable", "x").model_copy(update={"error": None}).model_dump_json()
    bad = failed("old.pdf", "timeout", "slow").model_dump_json()
    entry = f"{ok}\n{bad}\n[]".encode()
    lo, hi = len(ok) + 1, len(ok) + 1 + len(bad)
    assert rawjson.with_path(entry, "new.pdf", 0, len(ok)) == rawjson.with_path(ok, "new.pdf").encode()
    assert rawjson.with_path(entry, "new.pdf", lo, hi) == rawjson.with_path(bad, "new.pdf").encode()
    assert not rawjson.failed(entry, 0, len(ok)) and rawjson.failed(entry, lo, hi)
    start, end = rawjson.path_span(entry, lo, hi)
    assert entry[start:end] == b'"old.pdf"'


def test_the_builtin_sha256_is_hashlibs():
    import hashlib

    from geschil import digest

    for data in (b"", b"abc", bytes(range(256)) * 999):
        assert digest.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()


def test_failed_is_read_off_the_json():
    bad = failed("x.pdf", "timeout", "slow")
    assert rawjson.failed(bad.model_dump_json())
    ok = bad.model_copy(update={"error": None})
    assert not rawjson.failed(ok.model_dump_json()) and not rawjson.failed(None)


@pytest.mark.parametrize("text, expected", [
    ('{"a":1,"error":null}', False),
    ('{"a":1,"error":null,"added_later":"x"}', False),  # fields are only ever added after it
    ('{"a":1,"error":{"kind":"timeout","message":"\\"error\\":null"}}', True),  # quoted in a message
    ('{"quote":"\\"error\\":{}","error":null}', False),  # a quote that looks like one
    ('{"a":1}', True),  # no error field at all: not a result
])
def test_failed_reads_the_one_error_key(text, expected):
    assert rawjson.failed(text) is expected
    assert rawjson.failed(text.encode()) is expected


def test_raw_jsonl_writes_bytes_and_texts_in_order():
    """Cache hits (bytes) go to the byte layer, fresh results (text) to the text layer: the
    lines keep their order, and a stream without a byte layer gets them decoded."""
    import io

    from geschil.output import emit

    lines = ['{"a":"ü"}', b'{"b":"\xe2\x82\xac"}', '{"c":1}']
    buffer = io.BytesIO()
    stream = io.TextIOWrapper(buffer, encoding="utf-8")
    emit.raw("jsonl", lines, stream, single=False)
    stream.flush()
    assert buffer.getvalue().decode() == '{"a":"ü"}\n{"b":"€"}\n{"c":1}\n'
    plain = io.StringIO()
    emit.raw("jsonl", lines, plain, single=False)
    assert plain.getvalue() == '{"a":"ü"}\n{"b":"€"}\n{"c":1}\n'


LOADED = """
import sys
from geschil import quick
if quick.run(sys.argv[1:]) is None:  # what quick.main runs, without its exit
    from geschil.cli import app
    try:
        app()
    except SystemExit:
        pass
heavy = [m for m in ("pydantic", "geschil.pipeline", "geschil.models", "rich.console", "pypdfium2",
                     "typer")
         if m in sys.modules]
print("HEAVY", heavy, file=sys.stderr)
# start-up a cached batch need not pay: dataclasses (with inspect and ast), tempfile (a miss
# writes), platformdirs (the cache dir's mark says where), pathlib (with urllib.parse, ipaddress),
# typing, hashlib (OpenSSL: the keys use CPython's own sha256), datetime (no date is written),
# glob (no pattern given)
slow = ("dataclasses", "inspect", "tempfile", "platformdirs", "pathlib", "typing", "hashlib",
        "datetime", "glob")
print("SLOW", [m for m in slow if m in sys.modules], file=sys.stderr)
"""


def _run(*args: str, slow: bool = False, env: dict | None = None):
    run = subprocess.run([sys.executable, "-c", LOADED, *args], capture_output=True, timeout=600,
                         env={**os.environ, **(env or {})})
    err = run.stderr.decode().splitlines()
    heavy = [line for line in err if line.startswith("HEAVY")]
    if slow:  # also what else a cached run loaded, and its summary (the timing line left out)
        summary = [line for line in err[1:] if not line.startswith(("HEAVY", "SLOW"))]
        return run.stdout, heavy[-1], next(ln for ln in err if ln.startswith("SLOW")), summary
    return run.stdout, heavy[-1]


def test_help_imports_nothing_heavy():
    out, heavy = _run("--help")
    assert b"extract" in out and heavy == "HEAVY ['typer']"  # help is typer's own


@pytest.mark.parametrize("command", ["extract", "check"])
def test_a_cached_run_imports_nothing_heavy_and_gives_the_same_bytes(tmp_path, command):
    pdfs = [str(p) for p in zoo.good_rulings() if not p.name.startswith("seed_")][:3]
    if not pdfs:
        pytest.skip("no corpus PDF")
    args = (command, *pdfs, "--format", "jsonl", "--jobs", "1", "--cache-dir", str(tmp_path))
    cold, heavy_cold, _, summary_cold = _run(*args, slow=True)
    warm, heavy_warm, slow_warm, summary_warm = _run(*args, slow=True)
    assert "pydantic" in heavy_cold and heavy_warm == "HEAVY []" and slow_warm == "SLOW []"
    assert warm == cold and len(warm.splitlines()) == len(pdfs)
    assert summary_warm == summary_cold and any("consistent" in ln for ln in summary_warm)
    assert [json.loads(line)["source"]["path"] for line in warm.splitlines()] == pdfs


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG guess is Linux's")
def test_a_cached_run_in_the_default_cache_dir_needs_no_platformdirs(tmp_path):
    pdfs = [str(p) for p in zoo.good_rulings() if not p.name.startswith("seed_")][:2]
    if not pdfs:
        pytest.skip("no corpus PDF")
    env = {"XDG_CACHE_HOME": str(tmp_path / "xdg")}
    args = ("extract", *pdfs, "--format", "jsonl", "--jobs", "1")
    cold, _, slow_cold, _ = _run(*args, slow=True, env=env)
    warm, heavy_warm, slow_warm, _ = _run(*args, slow=True, env=env)
    assert "platformdirs" in slow_cold  # the first run asks where the cache goes, and notes it
    assert warm == cold and heavy_warm == "HEAVY []" and slow_warm == "SLOW []"
    assert (tmp_path / "xdg" / "geschil" / "files.json").exists()


def test_the_cli_default_memory_ceiling_is_the_workers():
    from geschil import cli, commands, workers

    assert cli.MEMORY_MB == commands.MEMORY_MB == workers.MEMORY_MB


def test_a_workers_summary_fields_from_its_models_are_those_read_off_its_json(tmp_path):
    from geschil import workers
    from geschil.output.summary import noted, noted_models

    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    paths = [str(p) for p in zoo.good_rulings()[:12]] + [str(bad)]
    for path in paths:
        for check in (True, False):
            payload = workers._analyse(path, {"check": check})
            record, result = payload.pop("models")
            texts = workers._Texts(path, payload)
            assert noted_models(record, result) == noted(texts), path
    assert json.loads(noted(texts))[-1] == "unreadable"  # the broken file: its error kind
