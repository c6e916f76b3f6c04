"""geschil never touches the network: extraction and check pass with every socket blocked."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import textwrap

import conftest_zoo as zoo
import pytest

from geschil import batch, reason
from geschil.cache import Cache
from geschil.pipeline import extract_path

RULINGS = [p for p in zoo.good_rulings() if not p.name.startswith("seed_")][:2]


class NoNetwork(AssertionError):
    pass


def _refuse(*args, **kwargs):
    raise NoNetwork(f"network access attempted: {args!r}")


class _BlockedSocket(socket.socket):
    def __init__(self, family=-1, *args, **kwargs):
        if family != socket.AF_UNIX:  # pipes between our own processes are not the network
            _refuse(family, *args)
        super().__init__(family, *args, **kwargs)


@pytest.fixture
def offline(monkeypatch):
    monkeypatch.setattr(socket, "socket", _BlockedSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, _refuse)


def test_the_block_works(offline):
    with pytest.raises(NoNetwork):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(NoNetwork):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_extract_and_check_offline(offline, backend):
    for pdf in RULINGS:
        record = extract_path(pdf, backend=backend)
        assert record.error is None
        assert reason.check(record).status in ("consistent", "divergent", "undetermined")


def test_batch_with_workers_offline(offline, tmp_path):
    """Worker processes (forked: they inherit the block) and the cache, offline."""
    items = batch.analyse_all([str(p) for p in RULINGS], jobs=2, options=batch.Options(check=True),
                              cache=Cache(tmp_path))
    assert [i.record.error for i in items] == [None] * len(RULINGS)
    assert all(i.check is not None and i.check.error is None for i in items)


# The CLI in a fresh interpreter whose sockets are blocked before geschil is even imported.
BOOT = textwrap.dedent("""
    import socket, sys
    def refuse(*a, **k):
        raise SystemExit("network access attempted")
    class Blocked(socket.socket):
        def __init__(self, family=-1, *a, **k):
            if family != socket.AF_UNIX:
                refuse()
            super().__init__(family, *a, **k)
    socket.socket = Blocked
    socket.create_connection = socket.getaddrinfo = socket.gethostbyname = refuse
    from geschil.cli import app
    sys.argv = ["geschil", *sys.argv[1:]]
    app()
""")


@pytest.mark.parametrize("command", ["extract", "check"])
def test_cli_offline(command, tmp_path):
    if not RULINGS:
        pytest.skip("no corpus PDF")
    run = subprocess.run([sys.executable, "-c", BOOT, command, *map(str, RULINGS), "--format", "jsonl",
                          "--cache-dir", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert run.returncode in (0, 1), run.stderr
    assert "network" not in run.stderr and "Traceback" not in run.stderr
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(rows) == len(RULINGS) and all(r["error"] is None for r in rows)
