"""The process pool behind batch: per-file time limit, crash isolation, input-order-free results.

A worker is not trusted to return: a soft limit (SIGALRM inside the worker) turns slow Python
into a `timeout` record, and a hard limit in the parent kills the pool when a worker is stuck in
C code, then re-queues the innocent files that shared it.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from time import monotonic

GRACE = 3.0  # seconds the parent waits past the soft limit before it kills


@dataclass
class Job:
    index: int
    path: str
    attempts: int = 0


class _SoftTimeout(BaseException):
    """A BaseException so that the pipeline's own `except Exception` cannot swallow it."""


def _alarm(signum, frame):
    raise _SoftTimeout


def _error(path: str, kind: str, message: str) -> dict:
    from geschil.batch import error_record

    return {"record": error_record(path, kind, message).model_dump_json(), "check": None}


def analyse(path: str, opts: dict) -> dict:
    """Runs in a worker: extract (and check) one file; always returns {"record", "check"} as JSON
    texts (a string crosses the process boundary faster than nested dicts, and is what the cache
    stores)."""
    timeout = opts.get("timeout")
    if timeout:
        signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return _analyse(path, opts)
    except _SoftTimeout:
        return _error(path, "timeout", f"analysis took longer than {timeout:g} s")
    except Exception as exc:  # a bug in a stage must cost one row, not the batch
        return _error(path, "internal", f"{type(exc).__name__}: {exc}")
    finally:
        if timeout:
            signal.setitimer(signal.ITIMER_REAL, 0)


def _analyse(path: str, opts: dict) -> dict:
    from geschil import pipeline

    record = pipeline.extract_path(path, password=opts.get("password"),
                                   backend=opts.get("backend"), max_pages=opts.get("max_pages"))
    check = _check(record) if opts.get("check") else None
    return {"record": record.model_dump_json(), "check": check}


def _check(record) -> str:
    """The reasoning on a good record; a failure there must not lose the extracted record."""
    from geschil.batch import error_check
    from geschil.models import ErrorInfo

    if record.error is not None:
        return error_check(record).model_dump_json()
    try:
        from geschil import reason

        return reason.check(record).model_dump_json()
    except Exception as exc:
        result = error_check(record)
        result.error = ErrorInfo(kind="internal", message=f"check: {type(exc).__name__}: {exc}")
        return result.model_dump_json()


def _context():
    # fork keeps the parent's imports (and a test's monkeypatches); spawn elsewhere
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _kill(pool: ProcessPoolExecutor) -> None:
    for proc in list(getattr(pool, "_processes", {}).values()):
        proc.kill()
    pool.shutdown(wait=False, cancel_futures=True)


class _Runner:
    def __init__(self, jobs: list[Job], workers: int, opts: dict, timeout: float | None):
        self.pending = deque(jobs)
        self.workers = max(1, workers)
        self.opts = opts
        self.hard = timeout + max(GRACE, 0.1 * timeout) if timeout else None
        self.running: dict[Future, tuple[Job, float]] = {}
        self.pool: ProcessPoolExecutor | None = None

    def _fill(self) -> None:
        if self.pool is None:
            self.pool = ProcessPoolExecutor(self.workers, mp_context=_context())
        # a file that once broke the pool runs alone, so it cannot take others down again
        limit = 1 if any(j.attempts for j in self.pending) else self.workers
        while self.pending and len(self.running) < limit:
            job = self.pending.popleft()
            self.running[self.pool.submit(analyse, job.path, self.opts)] = (job, monotonic())
            limit = 1 if job.attempts else limit

    def _requeue_running(self, bump: bool) -> None:
        jobs = sorted((job for job, _ in self.running.values()), key=lambda j: j.index)
        for job in reversed(jobs):
            job.attempts += bump
            self.pending.appendleft(job)
        self.running.clear()

    def _reset(self) -> None:
        _kill(self.pool)
        self.pool = None

    def _collect(self, done) -> list[tuple[int, dict]]:
        """Results of finished futures; the pool is rebuilt before anything is handed out."""
        out, broken = [], False
        for fut in done:
            job, _ = self.running.pop(fut)
            try:
                out.append((job.index, fut.result()))
            except _SoftTimeout:  # fired in the instant between return and disarm
                out.append((job.index, _error(job.path, "timeout", "analysis hit the time limit")))
            except BrokenProcessPool:
                broken = True
                if job.attempts >= 1:  # crashed again, alone this time: it is this file
                    out.append((job.index, _error(job.path, "internal", "the worker crashed")))
                else:
                    job.attempts += 1
                    self.pending.appendleft(job)
            except Exception as exc:
                out.append((job.index, _error(job.path, "internal", f"{type(exc).__name__}: {exc}")))
        if broken:
            self._requeue_running(bump=True)
            self._reset()
        return out

    def _expire(self) -> list[tuple[int, dict]]:
        now = monotonic()
        late = [f for f, (_, t0) in self.running.items() if now - t0 > self.hard]
        message = f"analysis took longer than {self.opts['timeout']:g} s"
        out = []
        for fut in late:
            job, _ = self.running.pop(fut)
            out.append((job.index, _error(job.path, "timeout", message)))
        if late:  # the stuck worker cannot be reached alone: kill the pool, re-run the others
            self._requeue_running(bump=False)
            self._reset()
        return out

    def run(self) -> Iterator[tuple[int, dict]]:
        try:
            while self.pending or self.running:
                self._fill()
                wait_for = None
                if self.hard is not None:
                    first = min(t0 for _, t0 in self.running.values())
                    wait_for = max(0.0, first + self.hard - monotonic())
                done, _ = wait(list(self.running), timeout=wait_for, return_when=FIRST_COMPLETED)
                finished = self._collect(done)
                if self.hard is not None and self.running:
                    finished += self._expire()
                if self.pending:  # the next files start before the caller handles these results
                    self._fill()
                yield from finished
        finally:
            if self.pool is not None:
                if self.running:
                    _kill(self.pool)  # closed early or interrupted: leave no worker behind
                else:
                    self.pool.shutdown(wait=True)


def run_jobs(jobs: list[Job], workers: int, opts: dict,
             timeout: float | None) -> Iterator[tuple[int, dict]]:
    """Yield (index, payload) for every job as it finishes, in completion order."""
    if jobs:
        yield from _Runner(jobs, min(workers, len(jobs)), opts, timeout).run()
