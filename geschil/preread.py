"""Reading ahead while a batch's pipeline is imported: the other cores' share of the start.

With fork, the parent imports the pipeline once (about a quarter of a second) before the workers
start, and every other core idles meanwhile. Reading a PDF's text needs neither pydantic nor the
extractors, so a reader forked before that import reads the batch's last files, leaving each
Document as a pickle, and is stopped the moment the workers start; a worker handed a pickle
skips the reading. A file the reader did not finish or could not read is read by its worker as
always, so errors, crashes and limits stay the worker's, and the record is the same either way.
"""

from __future__ import annotations

import os
import pickle
import shutil
import signal
import sys
import tempfile

SUFFIX = ".doc.pickle"
PIPELINE = "geschil.extract.record"  # imported already (a test, verify): nothing to overlap


class Reader:
    """A reader process and the folder its Documents land in."""

    def __init__(self, proc, folder: str):
        self.proc, self.folder = proc, folder

    def stop(self) -> dict[int, str]:
        """Stop reading (a file half read is dropped) and name the Documents read: index → pickle."""
        self.proc.kill()
        self.proc.join()
        return {int(name[:-len(SUFFIX)]): os.path.join(self.folder, name)
                for name in os.listdir(self.folder) if name.endswith(SUFFIX)}

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def start(jobs, workers: int, opts: dict, ctx, limit) -> Reader | None:
    """A reader for the jobs from the last one back, when there is an import to overlap and a
    core beside the parent's; None otherwise. `limit` sets the reader's memory ceiling."""
    if workers < 2 or len(jobs) <= workers or PIPELINE in sys.modules:
        return None
    folder = tempfile.mkdtemp(prefix="geschil-read-")
    order = [(job.index, job.path) for job in reversed(jobs)]
    proc = ctx.Process(target=_read, args=(order, opts, folder, limit), daemon=True)
    proc.start()
    return Reader(proc, folder)


def _read(order: list[tuple[int, str]], opts: dict, folder: str, limit) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent ends it; ^C is the parent's
    limit(opts)
    from geschil.ingest import load

    for index, path in order:
        try:
            doc = load(path, password=opts.get("password"), backend=opts.get("backend"),
                       max_pages=opts.get("max_pages"))
        except Exception:  # noqa: BLE001 - the worker reads it again and reports the problem
            continue
        part = os.path.join(folder, f"{index}.part")
        with open(part, "wb") as f:
            pickle.dump(doc, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(part, os.path.join(folder, f"{index}{SUFFIX}"))  # whole, or not there


def take(pickled: str | None):
    """The Document a reader left, or None (then the worker reads the file itself)."""
    if not pickled:
        return None
    try:
        with open(pickled, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError):
        return None
