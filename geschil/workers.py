"""The process pool behind batch: per-file time limit, crash isolation, input-order-free results.

A worker is not trusted to return: a soft limit (SIGALRM inside the worker) turns slow Python
into a `timeout` record, a ceiling on its address space turns a memory bomb into `too_large`,
and a hard limit in the parent kills the pool when a worker is stuck in C code, then re-queues
the innocent files that shared it. The pipeline is imported once, before the fork, and each
worker has a second job queued so it never waits for the parent; results stay JSON texts.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from time import monotonic
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geschil.models import CheckResult

GRACE = 3.0  # seconds the parent waits past the soft limit before it kills
IN_FLIGHT = 2  # jobs handed to the pool per worker
MEMORY_MB = 1024  # default address-space ceiling of a worker (virtual memory; ~60 MB is usual)
HEADROOM_MB = 256  # the least a worker may add to what it held when it started
GC_YOUNG = 10_000  # allocations between a worker's young collections (the default is 700)


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
    from geschil.pipeline import failed

    return {"record": failed(path, kind, message).model_dump_json(), "check": None}


def analyse(path: str, opts: dict, pre: str | None = None) -> dict:
    """Runs in a worker: extract (and check) one file; always returns {"record", "check"} as JSON
    texts (a string crosses the process boundary faster than nested dicts, and is what the cache
    stores), and "noted", the batch summary's fields of them, so the parent parses neither.
    `pre` is the pickle of the file's Document when the batch's reader got to it (preread.py)."""
    payload = _guarded(path, opts, pre)
    payload["noted"] = _noted(path, payload, payload.pop("models", None))
    return payload


class _Texts:
    """A result's JSON texts as summary.of reads them off a batch Item."""

    noted = None

    def __init__(self, path: str, payload: dict):
        self.path, self.record_json, self.check_json = path, payload["record"], payload.get("check")


def _noted(path: str, payload: dict, models: tuple | None) -> str | None:
    try:
        from geschil.output.summary import noted, noted_models

        return noted_models(*models) if models else noted(_Texts(path, payload))
    except Exception:  # noqa: BLE001 - the parent sums it up itself
        return None


def _guarded(path: str, opts: dict, pre: str | None = None) -> dict:
    timeout = opts.get("timeout")
    if timeout:
        signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return _analyse(path, opts, pre)
    except _SoftTimeout:
        return _error(path, "timeout", f"analysis took longer than {timeout:g} s")
    except MemoryError:
        return _error(path, "too_large", f"analysis needed more than the memory ceiling of "
                                         f"{_ceiling_mb(opts)} MB (--max-memory)")
    except Exception as exc:  # a bug in a stage must cost one row, not the batch
        return _error(path, "internal", f"{type(exc).__name__}: {exc}")
    finally:
        if timeout:
            signal.setitimer(signal.ITIMER_REAL, 0)


def _analyse(path: str, opts: dict, pre: str | None = None) -> dict:
    from geschil import pipeline, preread

    record = pipeline.extract_path(path, password=opts.get("password"),
                                   backend=opts.get("backend"), max_pages=opts.get("max_pages"),
                                   doc=preread.take(pre))
    check = _check(record, opts.get("lang") or "nl") if opts.get("check") else None
    return {"record": record.model_dump_json(), "check": check and check.model_dump_json(),
            "models": (record, check)}  # for the summary's fields; not sent to the parent


def _check(record, lang: str = "nl") -> CheckResult:
    """The reasoning on a good record; a failure there must not lose the extracted record."""
    from geschil.batch import error_check
    from geschil.models import ErrorInfo

    if record.error is not None:
        return error_check(record)
    try:
        from geschil import reason

        return reason.check(record, lang=lang)
    except Exception as exc:
        result = error_check(record)
        result.error = ErrorInfo(kind="internal", message=f"check: {type(exc).__name__}: {exc}")
        return result


def _ceiling_mb(opts: dict) -> int:
    return opts.get("memory_mb") or MEMORY_MB


def _start_worker(opts: dict) -> None:
    """Runs once in each worker: the memory ceiling, and the imports (already there after a fork)."""
    _limit_memory(opts)
    preload(opts)
    _quiet_gc()


def _limit_memory(opts: dict) -> None:
    try:
        import resource

        # never below what the worker already holds (a parent forked from a big process)
        limit = max(_ceiling_mb(opts) << 20, _address_space() + (HEADROOM_MB << 20))
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard == resource.RLIM_INFINITY or limit < hard:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        pass  # no such limit on this platform: the time limit still holds


def _quiet_gc() -> None:
    """A worker's garbage is nearly all freed by reference counting, yet the default collector
    runs every 700 allocations and walks what the imports left: about 2.5% of a worker's
    instructions. The objects held at start are frozen (never walked again, and not written to,
    so a forked worker keeps sharing their pages), and the young generation collects after
    GC_YOUNG allocations; cycles are still collected."""
    import gc

    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(GC_YOUNG, middle, old)


def _address_space() -> int:
    """This process's virtual size in bytes (0 where /proc is not there)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def preload(opts: dict) -> None:
    """Import the pipeline (and the reasoning when asked for) so no job pays for it."""
    try:
        import geschil.pipeline  # noqa: F401
        from geschil.extract import citations, conditions, record  # noqa: F401 - all a ruling needs
        from geschil.ingest import backends, pdfium_text  # noqa: F401

        backends.preload()
        if opts.get("check"):
            import geschil.reason  # noqa: F401
    except Exception:
        pass  # a broken import is reported by each job that needs it


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
        # (job, start): start is None while the job still waits in the pool's queue
        self.running: dict[Future, tuple[Job, float | None]] = {}
        self.pool: ProcessPoolExecutor | None = None
        # every worker process started, kept here: the pool forgets a dead one when it breaks,
        # and its exit code says why it died
        self.procs: dict[int, object] = {}
        self.reader = None  # reads the last files while the pipeline is imported (preread.py)
        self.pre: dict[int, str] = {}  # job index → the reader's pickle of its Document

    def _fill(self) -> None:
        if self.pool is None:
            ctx = _context()
            if ctx.get_start_method() == "fork":
                self._preload(ctx)
            self.pool = ProcessPoolExecutor(self.workers, mp_context=ctx,
                                            initializer=_start_worker, initargs=(self.opts,))
        # a file that once broke the pool runs alone, so it cannot take others down again
        limit = 1 if any(j.attempts for j in self.pending) else self.workers * IN_FLIGHT
        while self.pending and len(self.running) < limit:
            job = self.pending.popleft()
            pre = self.pre.pop(job.index, None)
            self.running[self.pool.submit(analyse, job.path, self.opts, pre)] = (job, None)
            limit = 1 if job.attempts else limit
        self.procs.update(getattr(self.pool, "_processes", None) or {})
        self._start_clocks()

    def _preload(self, ctx) -> None:
        """Import the pipeline once here, so every worker inherits it; the first time, a reader
        reads the batch's last files meanwhile."""
        from geschil import preread

        first = self.reader is None and not self.pre
        reader = preread.start(self.pending, self.workers, self.opts, ctx, _limit_memory) if first else None
        try:
            preload(self.opts)
        finally:
            if reader is not None:
                self.reader, self.pre = reader, reader.stop()

    def _start_clocks(self) -> None:
        """The pool runs jobs in the order given: the first `workers` are running, so their
        hard limit starts (at the latest) now; the others are still queued."""
        now = monotonic()
        for fut, (job, t0) in list(self.running.items())[:self.workers]:
            if t0 is None:
                self.running[fut] = (job, now)

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
                    out.append((job.index, _error(job.path, *self._crash())))
                else:
                    job.attempts += 1
                    self.pending.appendleft(job)
            except Exception as exc:
                out.append((job.index, _error(job.path, "internal", f"{type(exc).__name__}: {exc}")))
        if broken:
            self._requeue_running(bump=True)
            self._reset()
        return out

    def _crash(self) -> tuple[str, str]:
        """Why the worker died: an abort under the memory ceiling is an allocation that failed
        in C (pdfium throws std::bad_alloc), so the file needs more than it may have."""
        procs = list(self.procs.values())
        self.procs = {}
        for proc in procs:
            proc.join(1.0)  # the pool's manager may not have reaped it yet
        if -signal.SIGABRT in [proc.exitcode for proc in procs]:
            return "too_large", (f"the analysis needed more memory than the ceiling of "
                                 f"{_ceiling_mb(self.opts)} MB (--max-memory)")
        return "internal", "the worker crashed"

    def _expire(self) -> list[tuple[int, dict]]:
        now = monotonic()
        late = [f for f, (_, t0) in self.running.items() if t0 is not None and now - t0 > self.hard]
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
                    first = min(t0 for _, t0 in self.running.values() if t0 is not None)
                    wait_for = max(0.0, first + self.hard - monotonic())
                done, _ = wait(list(self.running), timeout=wait_for, return_when=FIRST_COMPLETED)
                finished = self._collect(done)
                self._start_clocks()
                if self.hard is not None and self.running:
                    finished += self._expire()
                if self.pending:  # the next files start before the caller handles these results
                    self._fill()
                yield from finished
        finally:
            if self.reader is not None:
                self.reader.close()
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
