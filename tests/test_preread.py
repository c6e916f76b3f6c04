"""The batch's reader: Documents read while the pipeline is imported are the ones a worker reads."""

from __future__ import annotations

import json
import subprocess
import sys

import conftest_zoo as zoo
import pytest

from geschil import preread, workers
from geschil.ingest import load


@pytest.fixture(scope="module")
def rulings():
    return [str(p) for p in zoo.good_rulings()[:4]]


def _read_here(paths, folder):
    """The reader's loop, run in this process (a test has the pipeline imported already, so
    start() would not fork one): Documents for the paths from the last one back."""
    order = [(i, p) for i, p in reversed(list(enumerate(paths)))]
    preread._read(order, {}, str(folder), lambda opts: None)


def test_the_reader_leaves_each_document_as_a_fresh_read_gives_it(rulings, tmp_path):
    _read_here(rulings + [str(tmp_path / "missing.pdf")], tmp_path)
    left = {int(p.name[:-len(preread.SUFFIX)]): str(p) for p in tmp_path.glob("*" + preread.SUFFIX)}
    assert sorted(left) == list(range(len(rulings)))  # the missing file is left to its worker
    for i, path in enumerate(rulings):
        doc, fresh = preread.take(left[i]), load(path)
        assert (doc.text, doc.raw_pages, doc.sha256, doc.path) == (fresh.text, fresh.raw_pages, fresh.sha256,
                                                                    fresh.path)
        assert doc.evidence(0, 40) == fresh.evidence(0, 40)  # the map back to the pages came along


def test_a_worker_given_the_readers_document_writes_the_same_record(rulings, tmp_path):
    _read_here(rulings[:1], tmp_path)
    pre = str(tmp_path / f"0{preread.SUFFIX}")
    with_pre = workers.analyse(rulings[0], {"check": True}, pre)
    without = workers.analyse(rulings[0], {"check": True})
    assert (with_pre["record"], with_pre["check"]) == (without["record"], without["check"])


@pytest.mark.parametrize("content", [None, b"", b"not a pickle"])
def test_a_missing_or_broken_pickle_is_read_again_by_the_worker(tmp_path, content):
    pre = tmp_path / f"0{preread.SUFFIX}"
    if content is not None:
        pre.write_bytes(content)
    assert preread.take(str(pre)) is None


BATCH = """
import json, sys
from geschil import batch, preread
stopped = []
stop = preread.Reader.stop
def counted(self):
    left = stop(self)
    stopped.append(len(left))
    return left
preread.Reader.stop = counted
items = batch.analyse_all(sys.argv[2:], jobs=int(sys.argv[1]), options=batch.Options(check=True))
print(json.dumps({"readers": stopped, "lines": [i.record_json + (i.check_json or "") for i in items]}))
"""


def _batch(jobs: int, paths: list[str]) -> dict:
    run = subprocess.run([sys.executable, "-c", BATCH, str(jobs), *paths], capture_output=True, text=True,
                         timeout=600, check=True)
    return json.loads(run.stdout)


def test_a_batch_on_two_workers_starts_a_reader_and_writes_what_one_worker_writes(rulings):
    paths = rulings * 2  # more files than workers, in a fresh process: there is an import to overlap
    two, one = _batch(2, paths), _batch(1, paths)
    assert len(two["readers"]) == 1 and one["readers"] == []
    assert two["lines"] == one["lines"]
