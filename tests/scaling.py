"""How work grows with input: run a callable at sizes n and 2n and compare counts of work.

Timings on a shared machine are noise; counts of work are not.  ``work(fn)``
counts the lines of Python that ``fn()`` runs and the calls it makes into C
(``sys.settrace`` and ``sys.setprofile`` events), which is the same on every
run.  A linear algorithm does about twice the work at 2n; one that rescans
what it has seen for every new item does four times as much.

    from tests.scaling import assert_linear

    def test_select_within_scales_linearly() -> None:
        assert_linear(make_doc, lambda doc: [doc.select("x", within=a) for a in doc], n=500)

``make(n)`` builds the input outside the count; ``run(input)`` is counted.
The ratio allowed (2.6 by default) leaves room for logarithmic factors and
fixed costs, and still fails a quadratic step (4).

A quadratic loop hidden inside C calls (``list.index`` in a loop: each call
is seen, the scan inside it is not) needs the time of the C calls measured:
pass ``cpu=True`` to compare CPU time too, best of three runs of each size
taken in turn, with the generous bound ``cpu_ratio`` (3.0 by default against 4
for quadratic work).  Each timed run starts from a collected heap with the
cyclic collector off.  A failed timing is measured again, up to five times,
with a growing pause between: load on a shared machine comes and goes,
quadratic growth shows every time.
Where the counted size is too small to time (a few milliseconds move with the
machine's load), count at a small n with ``assert_linear`` and time at a
larger one with ``assert_cpu_linear``, which allows a fixed slack besides
the ratio.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["Growth", "assert_cpu_linear", "assert_linear", "growth", "work"]

T = TypeVar("T")


def work(fn: Callable[[], Any]) -> int:
    """The work ``fn()`` does: Python lines run plus calls into C (trace and profile events)."""
    count = 0

    def trace(frame: Any, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line" or event == "call":
            count += 1
        return trace

    def profile(frame: Any, event: str, arg: Any) -> None:
        nonlocal count
        if event == "c_call":
            count += 1

    previous_trace, previous_profile = sys.gettrace(), sys.getprofile()
    sys.setprofile(profile)
    sys.settrace(trace)
    try:
        fn()
    finally:
        sys.settrace(previous_trace)
        sys.setprofile(previous_profile)
    return max(count, 1)


class Growth:
    """Work (and CPU time) at n and 2n, and their ratios."""

    def __init__(self, n: int, steps: tuple[int, int], cpu: tuple[float, float] | None) -> None:
        self.n = n
        self.steps = steps
        self.cpu = cpu

    @property
    def ratio(self) -> float:
        return self.steps[1] / self.steps[0]

    @property
    def cpu_ratio(self) -> float | None:
        if self.cpu is None:
            return None
        return self.cpu[1] / max(self.cpu[0], 1e-6)

    def __repr__(self) -> str:
        cpu = "" if self.cpu_ratio is None else f", CPU x{self.cpu_ratio:.2f}"
        return (
            f"n={self.n}: {self.steps[0]} steps, 2n: {self.steps[1]} steps (x{self.ratio:.2f}{cpu})"
        )


def _paired_cpu(
    small: Callable[[], Any], big: Callable[[], Any], repeat: int = 3
) -> tuple[float, float]:
    """Best CPU time of each, run in turn (small, big, small, big ...), so that
    a spell of load falls on both sizes rather than on one.

    Each run starts from a collected heap and runs with the cyclic collector
    off: a collection's cost depends on what the process holds, not on the
    code under test, and at 2n it lands more often on a run than at n.
    """
    best = [float("inf"), float("inf")]
    was_enabled = gc.isenabled()
    try:
        for _ in range(repeat):
            for i, fn in enumerate((small, big)):
                gc.collect()
                gc.disable()
                t0 = time.process_time()
                fn()
                best[i] = min(best[i], time.process_time() - t0)
                if was_enabled:
                    gc.enable()
    finally:
        if was_enabled:
            gc.enable()
    return best[0], best[1]


def _cpu_within(
    small: Callable[[], Any], big: Callable[[], Any], ratio: float, slack: float, attempts: int = 5
) -> tuple[bool, tuple[float, float]]:
    """Whether the big run's CPU is within ``ratio`` times the small one's plus
    ``slack``, measured up to ``attempts`` times, a growing pause between
    them: load on a shared machine comes and goes, while super-linear growth
    shows in every measurement."""
    times = (0.0, 0.0)
    for attempt in range(attempts):
        if attempt:
            time.sleep(0.5 * attempt)
        times = _paired_cpu(small, big)
        if times[1] <= ratio * times[0] + slack:
            return True, times
    return False, times


def growth(
    make: Callable[[int], T], run: Callable[[T], Any], n: int, *, cpu: bool = False
) -> Growth:
    """Count the work of ``run(make(n))`` and ``run(make(2 * n))``."""
    small, big = make(n), make(2 * n)
    run(small)  # a first call may compile patterns or fill caches: not counted
    steps = (work(lambda: run(small)), work(lambda: run(big)))
    times = _paired_cpu(lambda: run(small), lambda: run(big)) if cpu else None
    return Growth(n, steps, times)


def assert_linear(
    make: Callable[[int], T],
    run: Callable[[T], Any],
    n: int,
    *,
    ratio: float = 2.6,
    cpu: bool = False,
    cpu_ratio: float = 3.0,
    slack: float = 0.01,
) -> Growth:
    """Fail unless doubling the input at most ``ratio``-folds the work (see the module doc).

    With ``cpu``, the CPU time at 2n may also be at most ``cpu_ratio`` times
    that at n plus ``slack`` seconds: a run of a few milliseconds moves with
    the machine's load (caches, frequency) by more than a ratio can tell
    from quadratic growth.
    """
    g = growth(make, run, n)
    assert g.ratio <= ratio, f"work grows faster than linearly: {g}"
    if cpu:
        small, big = make(n), make(2 * n)
        ok, g.cpu = _cpu_within(lambda: run(small), lambda: run(big), cpu_ratio, slack)
        assert ok, f"CPU time grows faster than linearly: {g}"
    return g


def assert_cpu_linear(
    make: Callable[[int], T],
    run: Callable[[T], Any],
    n: int,
    *,
    ratio: float = 3.0,
    slack: float = 0.01,
) -> tuple[float, float]:
    """Fail unless ``run(make(2 * n))`` takes at most ``ratio`` times the CPU of
    ``run(make(n))`` plus ``slack`` seconds (best of three each, run in turn): a
    check on work hidden inside C calls, at a size large enough to time.  A
    failed measurement is taken again, up to five times in all: a spell of
    load passes, quadratic growth fails every time."""
    small, big = make(n), make(2 * n)
    run(small)
    ok, times = _cpu_within(lambda: run(small), lambda: run(big), ratio, slack)
    assert ok, f"CPU time grows faster than linearly: n={n}: {times[0]:.4f} s, 2n: {times[1]:.4f} s"
    return times
