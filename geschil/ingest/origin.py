"""Where each character of a cleaned text stood in the raw text, kept as breakpoints.

A cleaning step copies runs of its input and writes a few replacement characters; so the map is
a short list of segments (where it starts in the cleaned text, where in the raw text, and a
step of 1 for a copied run or 0 for replacement characters, which all point at the start of
what they replaced), not one integer per character.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence


class Origin(Sequence):
    __slots__ = ("starts", "raws", "steps", "length")

    def __init__(self, starts: list[int], raws: list[int], steps: list[int], length: int):
        self.starts, self.raws, self.steps, self.length = starts, raws, steps, length

    @classmethod
    def identity(cls, length: int) -> Origin:
        return cls([0], [0], [1], length) if length else cls([], [], [], 0)

    @classmethod
    def from_list(cls, values: Sequence[int]) -> Origin:
        build = Builder()
        for v in values:
            build.run(v, 1, 1)
        return build.done()

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.length))]
        if i < 0:
            i += self.length
        if not 0 <= i < self.length:
            raise IndexError("origin index out of range")
        k = bisect.bisect_right(self.starts, i) - 1
        return self.raws[k] + self.steps[k] * (i - self.starts[k])

    def __iter__(self) -> Iterator[int]:
        ends = self.starts[1:] + [self.length] if self.starts else []
        for start, end, raw, step in zip(self.starts, ends, self.raws, self.steps, strict=True):
            yield from (range(raw, raw + end - start) if step else [raw] * (end - start))

    def __eq__(self, other) -> bool:
        if isinstance(other, (Origin, list, tuple)):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # mutable-looking sequence, compared by value

    def __repr__(self) -> str:
        return f"Origin({len(self.starts)} segments over {self.length} characters)"

    def pieces(self, lo: int, hi: int) -> Iterator[tuple[int, int, int]]:
        """(raw offset, step, length) of the segments covering [lo, hi)."""
        if lo >= hi:
            return
        k = bisect.bisect_right(self.starts, lo) - 1
        while lo < hi:
            end = self.starts[k + 1] if k + 1 < len(self.starts) else self.length
            stop = min(end, hi)
            yield self.raws[k] + self.steps[k] * (lo - self.starts[k]), self.steps[k], stop - lo
            lo, k = stop, k + 1


class Builder:
    """Appends runs to a new Origin, merging a run into the previous one where it continues it."""

    def __init__(self):
        self.starts: list[int] = []
        self.raws: list[int] = []
        self.steps: list[int] = []
        self.length = 0

    def run(self, raw: int, step: int, length: int) -> None:
        if length <= 0:
            return
        if self.starts:
            last = self.length - self.starts[-1]
            prev_raw, prev_step = self.raws[-1], self.steps[-1]
            if prev_step == step and prev_raw + step * last == raw:
                self.length += length
                return
            if last == 1 and step == 1 and prev_raw + 1 == raw:  # a lone character starts a run
                self.steps[-1] = 1
                self.length += length
                return
        self.starts.append(self.length)
        self.raws.append(raw)
        self.steps.append(step)
        self.length += length

    def copy(self, origin: Origin, lo: int, hi: int) -> None:
        for raw, step, length in origin.pieces(lo, hi):
            self.run(raw, step, length)

    def done(self) -> Origin:
        return Origin(self.starts, self.raws, self.steps, self.length)
