"""batch: inputs, order, parallel runs, time limits, crashes and the cache."""

from __future__ import annotations

import json
import os
import sys
import time

import pytest
from output_fakes import install, write_files

import geschil
from geschil import batch, workers
from geschil.cache import Cache, default_dir


@pytest.fixture(autouse=True)
def fakes(monkeypatch):
    install(monkeypatch)


@pytest.mark.parametrize("layout, expected", [
    ({"b.pdf": "x", "a.txt": "x", "c.md": "x", "d.json": "x", "e.PDF": "x"},
     ["a.txt", "b.pdf", "c.md", "e.PDF"]),
    ({"z/1.pdf": "x", "a/2.pdf": "x", "a/b/3.txt": "x", "0.txt": "x"},
     ["0.txt", "a/2.pdf", "a/b/3.txt", "z/1.pdf"]),
    ({".hidden/1.pdf": "x", ".x.pdf": "x", "ok.pdf": "x"}, ["ok.pdf"]),
])
def test_folder_is_walked_in_a_stable_order(tmp_path, layout, expected):
    write_files(tmp_path, layout)
    got = batch.collect([str(tmp_path)])
    assert [os.path.relpath(p, tmp_path) for p in got] == expected


def test_symlink_loop_does_not_hang(tmp_path):
    write_files(tmp_path, {"a/one.pdf": "x"})
    os.symlink(tmp_path / "a", tmp_path / "a" / "loop")
    os.symlink(tmp_path, tmp_path / "a" / "up")
    started = time.monotonic()
    got = batch.collect([str(tmp_path)])
    assert time.monotonic() - started < 5
    assert [os.path.basename(p) for p in got] == ["one.pdf"]


@pytest.mark.parametrize("arg, why", [
    ("missing.pdf", None),  # kept as a path: reading it gives the error row
    ("empty", "folder holds no .pdf, .txt or .md file"),
    ("*.nothing", "no file matches this pattern"),
])
def test_inputs_that_yield_nothing_stay_visible(tmp_path, monkeypatch, arg, why):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    got = batch.collect([arg])
    assert got == [arg if why is None else (arg, why)]


def test_glob_expands_sorted(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_files(tmp_path, {"b.pdf": "x", "a.pdf": "x", "c.txt": "x"})
    assert batch.collect(["*.pdf"]) == ["a.pdf", "b.pdf"]


def test_every_input_comes_back_in_order(tmp_path):
    files = write_files(tmp_path, {"1.txt": "rejected", "2.txt": "granted", "3.txt": "encrypted"})
    given = [files[0], str(tmp_path / "nope.pdf"), files[1], files[2], str(tmp_path / "empty")]
    (tmp_path / "empty").mkdir()
    summary = batch.Summary()
    items = batch.analyse_all(given, jobs=2)
    for item in items:
        summary.add(item)
    assert [i.path for i in items] == given
    assert [i.record.error.kind if i.record.error else i.record.outcome for i in items] == [
        "rejected", "unreadable", "granted", "encrypted", "unreadable"]
    assert (summary.given, summary.processed, summary.failed) == (5, 2, 3)
    assert "5 given: 2 processed, 3 failed" in str(summary)


def test_parallel_results_keep_input_order(tmp_path, monkeypatch):
    files = write_files(tmp_path, {f"{n:02d}.txt": "rejected" for n in range(12)})
    items = batch.analyse_all([str(tmp_path)], jobs=2, options=batch.Options(check=True))
    assert [i.path for i in items] == files
    assert all(i.check is not None and i.check.status == "consistent" for i in items)


@pytest.mark.parametrize("word, grace", [("slow", 30.0), ("hang", 0.3)])
def test_time_limit_gives_a_timeout_row_and_the_rest_goes_on(tmp_path, monkeypatch, word, grace):
    """'slow' is stopped inside the worker; 'hang' ignores that and is killed by the parent."""
    monkeypatch.setattr(workers, "GRACE", grace)
    files = write_files(tmp_path, {"a.txt": "rejected", "b.txt": word, "c.txt": "granted"})
    started = time.monotonic()
    items = batch.analyse_all(files, jobs=2, options=batch.Options(timeout=0.8))
    assert time.monotonic() - started < 8
    kinds = [i.record.error.kind if i.record.error else i.record.outcome for i in items]
    assert kinds == ["rejected", "timeout", "granted"]


def test_a_crashing_worker_costs_one_row(tmp_path):
    files = write_files(tmp_path, {"a.txt": "rejected", "b.txt": "crash", "c.txt": "granted"})
    items = batch.analyse_all(files, jobs=2)
    kinds = [i.record.error.kind if i.record.error else i.record.outcome for i in items]
    assert kinds == ["rejected", "internal", "granted"]


def test_cache_hits_on_unchanged_content_and_misses_on_change(tmp_path):
    files = write_files(tmp_path / "in", {"a.txt": "rejected", "b.txt": "granted"})
    cache = Cache(tmp_path / "cache")
    opts = batch.Options(check=True)
    first = batch.analyse_all(files, cache=cache, options=opts, jobs=1)
    second = batch.analyse_all(files, cache=cache, options=opts, jobs=1)
    assert [i.cached for i in first] == [False, False]
    assert [i.cached for i in second] == [True, True]
    assert [i.record for i in first] == [i.record for i in second]
    assert [i.check for i in first] == [i.check for i in second]
    (tmp_path / "in" / "b.txt").write_text("partially_granted")
    third = batch.analyse_all(files, cache=cache, options=opts, jobs=1)
    assert [i.cached for i in third] == [True, False]
    assert third[1].record.outcome == "partially_granted"


def test_an_unchanged_file_is_not_hashed_again_and_a_changed_one_is(tmp_path, monkeypatch):
    from geschil import digest

    files = write_files(tmp_path / "in", {"a.txt": "rejected", "b.txt": "granted"})
    batch.analyse_all(files, cache=Cache(tmp_path / "cache"))
    hashed = []
    real = digest.sha256_of
    monkeypatch.setattr(digest, "sha256_of", lambda p: hashed.append(p) or real(p))
    again = batch.analyse_all(files, cache=Cache(tmp_path / "cache"))
    assert hashed == [] and all(i.cached for i in again)
    # the same size, its old modification time put back: the changed ctime still tells
    b = tmp_path / "in" / "b.txt"
    st = b.stat()
    b.write_text("Granted")  # as long as before, other bytes
    os.utime(b, ns=(st.st_atime_ns, st.st_mtime_ns))
    third = batch.analyse_all(files, cache=Cache(tmp_path / "cache"))
    assert hashed == [str(b)] and [i.cached for i in third] == [True, False]


def test_without_a_cache_no_file_is_hashed_before_the_work_starts(tmp_path, monkeypatch):
    from geschil import digest

    files = write_files(tmp_path / "in", {"a.txt": "rejected", "b.txt": "granted"})
    parent, hashed = os.getpid(), []
    real = digest.sha256_of
    monkeypatch.setattr(digest, "sha256_of",
                        lambda p: (os.getpid() == parent and hashed.append(p)) or real(p))
    items = batch.analyse_all(files, cache=Cache(enabled=False))
    assert hashed == []  # the workers hash what they read, for the records
    assert all(len(i.record.source.sha256) == 64 for i in items)


def test_cache_hit_reports_the_current_path(tmp_path):
    cache = Cache(tmp_path / "cache")
    a, b = write_files(tmp_path, {"a.txt": "rejected", "copy/a.txt": "rejected"})
    batch.analyse_all([a], cache=cache)
    (hit,) = batch.analyse_all([b], cache=cache)
    assert hit.cached and hit.record.source.path == b


def test_a_cache_hits_check_is_moved_when_asked_and_read_in_place_for_failed(tmp_path):
    """A hit copies only its record out of the entry; its check keeps the entry until its JSON
    is asked for, and then carries the current path like the record."""
    cache = Cache(tmp_path / "cache")
    a, b = write_files(tmp_path, {"a.txt": "rejected", "copy/a.txt": "rejected"})
    (cold,) = batch.analyse_all([a], cache=cache, options=batch.Options(check=True))
    (hit,) = batch.analyse_all([b], cache=cache)  # extract: the check is not asked for
    assert hit.cached and hit._check_entry is not None and not hit.failed
    assert hit._check_entry is not None  # answering `failed` copied nothing
    assert json.loads(hit.check_raw)["source"]["path"] == b and hit._check_entry is None
    assert hit.check.model_dump(exclude={"source"}) == cold.check.model_dump(exclude={"source"})


@pytest.mark.parametrize("change", ["version", "options", "disabled"])
def test_cache_is_invalidated(tmp_path, monkeypatch, change):
    files = write_files(tmp_path / "in", {"a.txt": "rejected"})
    batch.analyse_all(files, cache=Cache(tmp_path / "cache"))
    opts, cache = batch.Options(), Cache(tmp_path / "cache")
    if change == "version":
        monkeypatch.setattr(geschil, "__version__", geschil.__version__ + ".dev1")
    elif change == "options":
        opts = batch.Options(max_pages=3)
    else:
        cache = Cache(tmp_path / "cache", enabled=False)
    assert not batch.analyse_all(files, cache=cache, options=opts)[0].cached


def test_timeouts_are_not_cached(tmp_path, monkeypatch):
    files = write_files(tmp_path, {"a.txt": "slow"})
    cache = Cache(tmp_path / "cache")
    batch.analyse_all(files, cache=cache, options=batch.Options(timeout=0.3))
    assert not any((tmp_path / "cache").rglob("*/*.json"))  # entries (the files' index aside)


def test_cache_dir_honours_xdg(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_dir() == tmp_path / "xdg" / "geschil"


def _platformdirs_asked(monkeypatch) -> list[str]:
    import platformdirs

    asked = []
    real = platformdirs.user_cache_dir
    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda name: asked.append(name) or real(name))
    return asked


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG guess is Linux's")
def test_the_cache_dir_is_guessed_only_where_platformdirs_once_chose_it(tmp_path, monkeypatch):
    from geschil import cache

    asked = _platformdirs_asked(monkeypatch)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    files = write_files(tmp_path / "in", {"a.txt": "rejected"})
    batch.analyse_all(files, cache=Cache())  # the first batch makes the dir and marks it
    assert asked == ["geschil"]
    marked = tmp_path / "xdg" / "geschil"
    assert (marked / cache.LOCATION).read_text() == str(marked)
    assert default_dir() == marked and asked == ["geschil"]  # the mark holds: not asked again
    (marked / cache.LOCATION).write_text(str(tmp_path / "elsewhere"))  # a mark naming another dir
    assert default_dir() == marked and len(asked) == 2
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/xdg")  # not a base XDG allows: the home's
    assert default_dir() == tmp_path / "home" / ".cache" / "geschil" and len(asked) == 3


def test_rerun_from_cache_is_at_least_20_times_faster(tmp_path, monkeypatch):
    import output_fakes

    real = output_fakes.fake_extract

    def slowish(path, **kw):
        time.sleep(0.25)  # a fast real extraction of a short PDF takes about this long
        return real(path, **kw)

    import geschil.pipeline

    monkeypatch.setattr(geschil.pipeline, "extract_path", slowish)
    write_files(tmp_path / "in", {f"{n}.txt": "rejected" for n in range(8)})
    cache = Cache(tmp_path / "cache")
    t0 = time.perf_counter()
    batch.analyse_all([str(tmp_path / "in")], cache=cache, jobs=2)
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    warm = batch.analyse_all([str(tmp_path / "in")], cache=cache, jobs=2)
    hot = time.perf_counter() - t0
    assert all(i.cached for i in warm)
    assert cold / hot >= 20, (cold, hot)


def test_a_failing_check_keeps_the_record_and_counts_as_failed(tmp_path, monkeypatch):
    import geschil.reason

    def broken(record, lang="nl"):
        raise ValueError("rule table missing")

    monkeypatch.setattr(geschil.reason, "check", broken, raising=False)
    files = write_files(tmp_path, {"a.txt": "granted"})
    (item,) = batch.analyse_all(files, options=batch.Options(check=True))
    assert item.record.outcome == "granted" and item.record.error is None
    assert item.check.error.kind == "internal" and "rule table missing" in item.check.error.message
    summary = batch.Summary()
    summary.add(item)
    assert (summary.processed, summary.failed) == (0, 1)


def _gc_state() -> tuple[int, int]:
    import gc

    return gc.get_threshold()[0], gc.get_freeze_count()


def test_a_worker_freezes_what_it_started_with_and_collects_young_objects_less_often():
    from concurrent.futures import ProcessPoolExecutor

    ctx = workers._context()
    with ProcessPoolExecutor(1, mp_context=ctx, initializer=workers._start_worker,
                             initargs=({},)) as pool:
        young, frozen = pool.submit(_gc_state).result()
    assert young == workers.GC_YOUNG
    assert frozen > 1000  # the imports' objects, never walked by the worker's collections
    assert _gc_state()[0] != workers.GC_YOUNG  # the parent's collector is left as it was


PRELOADED = """
import sys
from geschil import workers
workers.preload({"check": True})
before = set(sys.modules)
workers.analyse(sys.argv[1], {"check": True})
print(sorted(m for m in set(sys.modules) - before if m.startswith(("geschil.extract", "geschil.ingest",
                                                                    "geschil.reason"))))
"""


def test_preload_imports_all_a_ruling_needs_before_the_workers_fork():
    import subprocess

    import conftest_zoo as zoo

    pdf = next(p for p in zoo.good_rulings() if not p.name.startswith("seed_"))
    run = subprocess.run([sys.executable, "-c", PRELOADED, str(pdf)], capture_output=True,
                         text=True, timeout=300, check=True)
    assert run.stdout.strip() == "[]"  # each worker would import the rest for its first ruling
