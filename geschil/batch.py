"""Files, folders and globs → Records (and checks), in parallel, cached, nothing lost.

Every given input comes back exactly once, in input order: a path that does not exist or a
file that breaks the worker gives a Record with `error` set instead of disappearing.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator

from geschil import TYPE_CHECKING, digest, rawjson
from geschil.cache import Cache, cache_key

if TYPE_CHECKING:
    from geschil.models import CheckResult, Record

SUFFIXES = (".pdf", ".txt", ".md")
GLOB_CHARS = set("*?[")


class Options:
    """How to analyse. A plain class, not a dataclass: a cached batch never imports dataclasses
    (with inspect and ast, about a tenth of its start-up)."""

    __slots__ = ("password", "backend", "max_pages", "timeout", "check", "memory_mb", "lang")

    def __init__(self, password: str | None = None, backend: str | None = None,
                 max_pages: int | None = None, timeout: float | None = None, check: bool = False,
                 memory_mb: int | None = None, lang: str = "nl"):
        self.password, self.backend, self.max_pages, self.timeout = password, backend, max_pages, timeout
        self.check = check  # also run the reasoning on each record
        self.memory_mb = memory_mb  # address-space ceiling per worker (None: the default)
        self.lang = lang  # language of the check's reason texts (the JSON's values do not change)

    def __repr__(self) -> str:
        return "Options(" + ", ".join(f"{k}={getattr(self, k)!r}" for k in self.__slots__) + ")"

    def __eq__(self, other) -> bool:
        return isinstance(other, Options) and all(
            getattr(self, k) == getattr(other, k) for k in self.__slots__)

    def key(self) -> dict:
        """What changes a result; the password only as a hash, never in clear on disk."""
        pw = digest.sha256(self.password.encode()).hexdigest() if self.password else None
        return {"password": pw, "backend": self.backend, "max_pages": self.max_pages,
                "lang": self.lang}


class Item:
    """One input's result. It keeps the JSON texts the worker (or the cache) gave, which already
    are the output lines; the pydantic models are built only when someone asks for them. A cache
    hit keeps its UTF-8 bytes as read (`record_raw`, `check_raw`), written out as they are; they
    are decoded only when someone asks for the text."""

    def __init__(self, path: str, record: Record | None = None, check: CheckResult | None = None,
                 cached: bool = False, *, record_json: str | bytes | None = None,
                 check_json: str | bytes | None = None):
        self.path, self.cached = path, cached
        self._record, self._check = record, check
        self._record_json, self._check_json = record_json, check_json
        # a cache hit's check, not yet copied out of its entry: (entry, start, end); its path is
        # replaced when its JSON is asked for (a batch of `extract` only asks whether it failed)
        self._check_entry: tuple[bytes, int, int] | None = None
        self.noted: str | None = None  # a cache hit's summary fields as JSON (output/summary.py)

    @property
    def record(self) -> Record:
        if self._record is None:
            from geschil.models import Record

            self._record = Record.model_validate_json(self._record_json)
        return self._record

    @property
    def check(self) -> CheckResult | None:
        if self._check is None and self.check_raw is not None:
            from geschil.models import CheckResult

            self._check = CheckResult.model_validate_json(self._check_json)
        return self._check

    @property
    def record_raw(self) -> str | bytes:
        """The record's JSON as held: bytes from the cache, else text."""
        if self._record_json is None:
            self._record_json = self._record.model_dump_json()
        return self._record_json

    @property
    def check_raw(self) -> str | bytes | None:
        if self._check_entry is not None:
            entry, start, end = self._check_entry
            self._check_json, self._check_entry = rawjson.with_path(entry, self.path, start, end), None
        if self._check_json is None and self._check is not None:
            self._check_json = self._check.model_dump_json()
        return self._check_json

    @property
    def record_json(self) -> str:
        raw = self.record_raw
        if isinstance(raw, bytes):
            raw = self._record_json = raw.decode("utf-8")
        return raw

    @property
    def check_json(self) -> str | None:
        raw = self.check_raw
        if isinstance(raw, bytes):
            raw = self._check_json = raw.decode("utf-8")
        return raw

    @property
    def failed(self) -> bool:
        """Whether this input could not be analysed (or checked), read off the JSON."""
        if rawjson.failed(self.record_raw):
            return True
        if self._check_entry is not None:  # read in the entry: no copy made to answer
            return rawjson.failed(*self._check_entry)
        return rawjson.failed(self.check_raw)

    @property
    def error(self):
        """Why this input could not be analysed (or checked), or None."""
        if not self.failed:
            return None
        if self.record.error is not None:
            return self.record.error
        return self.check.error if self.check is not None else None


class Summary:
    def __init__(self) -> None:
        self.given = self.processed = self.failed = self.cached = 0
        self.started = time.monotonic()

    def add(self, item: Item) -> None:
        self.given += 1
        failed = item.failed
        self.failed += failed
        self.processed += not failed
        self.cached += item.cached

    def __str__(self) -> str:
        secs = time.monotonic() - self.started
        return (f"geschil: {self.given} given: {self.processed} processed, {self.failed} failed "
                f"({self.cached} from cache) in {secs:.1f} s")


def error_record(path: str, kind: str, message: str, sha256: str = "") -> Record:
    from geschil.models import ErrorInfo, Record, Source

    return Record(source=Source(path=path, sha256=sha256, pages=0), document_type=None,
                  error=ErrorInfo(kind=kind, message=message))


def error_check(record: Record) -> CheckResult:
    from geschil.models import CheckResult

    return CheckResult(source=record.source, case_number=record.case_number,
                       actual_outcome=record.outcome, error=record.error)


# ---- inputs -------------------------------------------------------------------------------

def _walk(root: str, suffixes: tuple[str, ...] = SUFFIXES) -> list[str]:
    """All analysable files under root; a directory reached twice (symlink loop) is skipped."""
    seen: set[tuple[int, int]] = set()
    found: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        st = os.stat(dirpath)
        if (st.st_dev, st.st_ino) in seen:
            dirnames[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        found += [os.path.join(dirpath, f) for f in filenames
                  if f.lower().endswith(suffixes) and not f.startswith(".")]
    # the parts below root (as Path.relative_to(root).parts, without a Path per file)
    return sorted(found, key=lambda p: p[len(root):].lstrip(os.sep).split(os.sep))


def collect(paths: list[str], suffixes: tuple[str, ...] = SUFFIXES) -> list[str | tuple[str, str]]:
    """Expand the given paths; an input that yields nothing stays as (path, why) for an error row.

    Folders and globs yield the files with one of `suffixes` (the CLI: PDFs unless asked);
    a file named on its own is always taken."""
    out: list[str | tuple[str, str]] = []
    for p in paths:
        if os.path.isdir(p):
            files = _walk(p, suffixes)
            names = ", ".join(suffixes[:-1]) + f" or {suffixes[-1]}" if len(suffixes) > 1 else suffixes[0]
            out += files or [(p, f"folder holds no {names} file")]
        elif os.path.lexists(p) or not GLOB_CHARS & set(p):
            out.append(p)  # a missing file is reported when it is read
        else:
            import glob  # only for a pattern: a batch of named files does not pay its import

            hits = sorted(glob.glob(p, recursive=True))
            files = [f for h in hits for f in (_walk(h, suffixes) if os.path.isdir(h) else [h])]
            out += files or [(p, "no file matches this pattern")]
    return out


# ---- running ------------------------------------------------------------------------------

def _from_cache(cache: Cache, path: str, sha: str, opts: Options) -> Item | None:
    """A hit holds the record, and the check too when it is asked for (see _store). It is served
    as the stored text with its path replaced: no model is built. The entry is three lines (the
    record, the check, the summary's fields); only the record is copied out at once."""
    data = cache.get(cache_key(sha, "item", opts.key())) or b""
    first = data.find(b"\n")
    second = data.find(b"\n", first + 1) if first >= 0 else -1
    if first <= 0 or second < 0:
        return None  # an entry of another shape is just a miss
    record_json = rawjson.with_path(data, path, 0, first)  # the same content may sit elsewhere now
    null = second == first + 5 and data.startswith(b"null", first + 1)
    has_check = second > first + 1 and not null and rawjson.path_span(data, first + 1, second) is not None
    if record_json is None or (opts.check and not has_check):
        return None
    item = Item(path, cached=True, record_json=record_json)
    if has_check:
        item._check_entry = (data, first + 1, second)
    try:
        item.noted = data[second + 1:].decode("utf-8") or None
    except UnicodeDecodeError:
        return None
    return item


def _cacheable(item: Item) -> bool:
    # a timeout or a crash says more about this machine's load than about the file
    return not item.failed or item.record.error is None or \
        item.record.error.kind not in ("timeout", "internal")


def _store(cache: Cache, sha: str, opts: Options, item: Item) -> None:
    """The worker's JSON goes to disk as it came: no second serialisation."""
    if cache.enabled and _cacheable(item):
        from geschil.output.summary import noted

        # three lines: the record's JSON, the check's (compact JSON holds no line break) and what
        # the batch summary needs of them, so that a hit is summed up without parsing either
        cache.put(cache_key(sha, "item", opts.key()),
                  item.record_json + "\n" + (item.check_json or "null") + "\n"
                  + (item.noted or noted(item)))


def _item(path: str, payload: dict, opts: Options) -> Item:
    """An Item from a worker's payload of JSON texts (see workers.analyse), left unparsed."""
    item = Item(path, record_json=payload["record"], check_json=payload.get("check"))
    item.noted = payload.get("noted")  # the summary's fields, read off the JSON in the worker
    if opts.check and item.check_json is None:
        item._check = error_check(item.record)
        item.noted = None
    return item


def _prepare(inputs, cache: Cache, opts: Options):
    """Resolve what can be answered at once (errors, cache hits); the rest becomes jobs."""
    ready: dict[int, Item] = {}
    jobs: list[Job] = []
    shas: dict[int, str] = {}
    for i, inp in enumerate(inputs):
        if isinstance(inp, tuple):
            ready[i] = _error_item(error_record(inp[0], "unreadable", inp[1]), opts)
            continue
        try:
            shas[i] = cache.sha256(inp) if cache.enabled else _readable(inp)
        except OSError as exc:
            ready[i] = _error_item(error_record(inp, "unreadable", exc.strerror or str(exc)), opts)
            continue
        hit = _from_cache(cache, inp, shas[i], opts) if cache.enabled else None
        if hit is not None:
            ready[i] = hit
        else:
            from geschil.workers import Job  # the pool's imports are only paid when there is work

            jobs.append(Job(i, inp))
    cache.save_index()
    return ready, jobs, shas


def _readable(path: str) -> str:
    """Without a cache no key is needed: the file is opened (an unreadable one fails here as it
    would when hashed), not read through before the work starts (the worker hashes it anyway)."""
    with open(path, "rb"):
        return ""


def _error_item(record: Record, opts: Options) -> Item:
    return Item(record.source.path, record, error_check(record) if opts.check else None)


def run(inputs: list, *, jobs: int | None = None, options: Options | None = None,
        cache: Cache | None = None, advance: Callable[[], None] | None = None) -> Iterator[Item]:
    """Analyse every input of collect(); yields one Item per input, in input order."""
    opts = options or Options()
    cache = cache or Cache(enabled=False)
    ready, todo, shas = _prepare(inputs, cache, opts)
    tick = advance or (lambda: None)
    for _ in ready:
        tick()
    results = _results(todo, jobs or os.cpu_count() or 1, opts)
    for i in range(len(inputs)):
        while i not in ready:
            j, payload = next(results)
            item = _item(inputs[j], payload, opts)
            _store(cache, shas[j], opts, item)
            ready[j] = item
            tick()
        yield ready.pop(i)
    results.close()  # lets the pool shut down now, not whenever the generator is collected


def _results(todo: list, workers: int, opts: Options) -> Iterator[tuple[int, dict]]:
    if todo:
        from geschil.workers import run_jobs

        yield from run_jobs(todo, workers, _payload_opts(opts), opts.timeout)


def _payload_opts(opts: Options) -> dict:
    return {"password": opts.password, "backend": opts.backend, "max_pages": opts.max_pages,
            "check": opts.check, "timeout": opts.timeout, "memory_mb": opts.memory_mb,
            "lang": opts.lang}


def analyse_all(paths: list[str], **kwargs) -> list[Item]:
    """collect() + run() for callers that want the whole list (report, verify, tests)."""
    return list(run(collect(paths), **kwargs))
