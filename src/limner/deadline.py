"""Time limits on one call, in any thread, that leave the caller's own timer alone.

:func:`call_with_timeout` runs a callable under a limit and raises
:class:`~limner.AnnotatorTimeout` when the limit passed, whether the callable
let the interruption through, caught it or turned it into another error: its
result is then discarded.  The interruption (:class:`Interrupted`) is a
``BaseException``, so that ``except Exception`` does not catch it.

Two mechanisms stop a call that runs too long, both raising inside it
between two Python bytecodes (neither stops a single long call into C code
until it returns):

- in the main thread of a Unix process, ``SIGALRM`` from ``ITIMER_REAL``.
  A timer the calling application had set is kept: it is paused for the
  call, fires on time if it falls due during the call (its handler runs, as
  it would have), and is set again afterwards with the time it had left;
- in any other thread (thread pools, Dask workers), and where there is no
  ``setitimer``, one watchdog thread per process raises the timeout in the
  late thread (CPython's ``PyThreadState_SetAsyncExc``).
"""

from __future__ import annotations

import ctypes
import heapq
import itertools
import os
import signal
import threading
import time
from collections.abc import Callable
from types import FrameType, TracebackType
from typing import Any, TypeVar

from limner.errors import AnnotatorTimeout

__all__ = ["Interrupted", "TimeLimit", "call_with_timeout"]

T = TypeVar("T")


class Interrupted(BaseException):
    """What a call that runs past its limit receives, between two bytecodes.

    A ``BaseException``, as ``KeyboardInterrupt`` is, so that the ``except
    Exception`` of plugin code (a loop that skips each failing piece of its
    work) does not take it for one more failure and run on; :func:`call_with_timeout`
    turns it into :class:`~limner.AnnotatorTimeout` for its caller.
    """


def call_with_timeout(func: Callable[[], T], seconds: float, name: str) -> T:
    """``func()``, stopped after ``seconds``.

    Raises:
        AnnotatorTimeout: the limit passed during the call (naming ``name``),
            even if ``func`` caught the interruption and returned.
    """
    limit = TimeLimit(seconds)
    try:
        with limit:
            result = func()
    except BaseException as exc:
        if not limit.expired or isinstance(exc, KeyboardInterrupt):
            raise  # (a Ctrl-C after the limit passed is still the user's)
    if limit.expired:
        raise AnnotatorTimeout(f"annotator {name!r} ran past the {seconds} s timeout")
    return result


class TimeLimit:
    """A context manager that interrupts its block after ``seconds``.

    ``expired`` tells afterwards whether the limit passed; the block then
    received :class:`Interrupted` (unless it caught it).
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._alarm: _Alarm | None = None
        self._watch: _Watch | None = None

    def __enter__(self) -> TimeLimit:
        if _alarm_usable():
            self._alarm = _Alarm(self)
            self._alarm.start()
        else:
            self._watch = _WATCHDOG.arm(self)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._alarm is not None:
            self._alarm.stop()
        elif self._watch is not None:
            self._watch.disarm()


def _alarm_usable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


class _Alarm:
    """SIGALRM for one limit, forwarding the caller's own timer when it falls due."""

    def __init__(self, limit: TimeLimit) -> None:
        self.limit = limit

    def start(self) -> None:
        self.previous = signal.getsignal(signal.SIGALRM)
        delay, self.interval = signal.setitimer(signal.ITIMER_REAL, 0)  # pause theirs, read it
        now = time.monotonic()
        self.ours = now + self.limit.seconds
        self.theirs: float | None = now + delay if delay > 0 else None
        signal.signal(signal.SIGALRM, self._expire)
        self._arm(now)

    def _arm(self, now: float) -> None:
        due = self.ours if self.theirs is None else min(self.ours, self.theirs)
        signal.setitimer(signal.ITIMER_REAL, max(due - now, 1e-6))

    def _expire(self, signum: int, frame: FrameType | None) -> None:
        now = time.monotonic()
        if now >= self.ours or self.theirs is None or self.theirs > self.ours:
            self.limit.expired = True
            raise Interrupted(f"ran past the {self.limit.seconds} s timeout")
        # the caller's timer fell due first: it goes off as it would have
        self.theirs = now + self.interval if self.interval > 0 else None
        self._arm(now)
        _forward(self.previous, signum, frame)

    def stop(self) -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self.previous)
        if self.theirs is not None:
            left = max(self.theirs - time.monotonic(), 1e-6)
            signal.setitimer(signal.ITIMER_REAL, left, self.interval)


def _forward(handler: Any, signum: int, frame: FrameType | None) -> None:
    """Do what ``handler`` (a previous SIGALRM disposition) would have done."""
    if callable(handler):
        handler(signum, frame)
    elif handler == signal.SIG_DFL:  # the default ends the process: let it
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        signal.raise_signal(signal.SIGALRM)


class _Watch:
    """One armed limit in the watchdog: the thread to interrupt and when."""

    __slots__ = ("done", "limit", "lock", "thread_id")

    def __init__(self, limit: TimeLimit) -> None:
        self.limit = limit
        self.thread_id = threading.get_ident()
        self.lock = threading.Lock()
        self.done = False

    def fire(self) -> None:
        with self.lock:
            if self.done:
                return
            self.limit.expired = True
            _async_raise(self.thread_id, Interrupted)

    def disarm(self) -> None:
        with self.lock:
            self.done = True  # the watchdog fires no more after this
            fired = self.limit.expired
        if fired:  # raised already, or still pending: never let it out of the block
            _absorb()


def _absorb() -> None:
    """Take delivery of an interruption still pending for this thread, if any.

    A pending asynchronous exception lands at the next check of the
    interpreter's eval breaker (a loop's backward jump, a call).  It is not
    withdrawn with ``PyThreadState_SetAsyncExc(id, NULL)``: in CPython that
    leaves the interpreter's "asynchronous exception" flag raised for good,
    so every later loop and call in every thread goes through the slow path
    (and code run under ``sys.setprofile`` never gets past its first call).
    """
    try:
        for _ in range(64):
            time.sleep(0)
    except Interrupted:
        pass


def _async_raise(thread_id: int, exc: type[BaseException]) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exc))


class _Watchdog:
    """One daemon thread per process that interrupts the calls whose limit passed."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, _Watch]] = []
        self._seq = itertools.count()
        self._thread: threading.Thread | None = None

    def arm(self, limit: TimeLimit) -> _Watch:
        watch = _Watch(limit)
        with self._cond:
            if self._thread is None or not self._thread.is_alive():
                # started here, not at import: a forked worker needs its own
                self._thread = threading.Thread(
                    target=self._run, name="limner-timeout-watchdog", daemon=True
                )
                self._thread.start()
            heapq.heappush(self._heap, (time.monotonic() + limit.seconds, next(self._seq), watch))
            self._cond.notify()
        return watch

    def _run(self) -> None:
        with self._cond:
            while True:
                while self._heap and self._heap[0][2].done:
                    heapq.heappop(self._heap)  # finished in time
                if not self._heap:
                    self._cond.wait()
                    continue
                due = self._heap[0][0] - time.monotonic()
                if due > 0:
                    self._cond.wait(due)
                    continue
                heapq.heappop(self._heap)[2].fire()


_WATCHDOG = _Watchdog()


def _reset_after_fork() -> None:
    global _WATCHDOG
    _WATCHDOG = _Watchdog()  # the parent's thread and lock do not cross a fork


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_after_fork)
