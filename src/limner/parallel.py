"""Enriching across worker processes, plugins loaded once per worker.

Used by :meth:`limner.Enricher.pipe` with ``n_process > 1``.  Where the
platform forks, workers inherit the parent's enricher as it is (plugins
registered in code included), with its resources already loaded
(:meth:`~limner.Enricher.setup` runs before the fork, so the workers share
those pages instead of loading them again); elsewhere each worker builds an
equal one from :meth:`~limner.Enricher.spec`.

Each pool is given its enricher when its workers start, and a worker serves
one pool only: two Enrichers piping from two threads at once never see each
other's documents.

Where the workers are forked, the parent first enriches a short text of its
own (:data:`WARM_TEXT`, its document dropped), before the fork: what plugins
build on their first document (tables made on first use, a sentiment model's
weights, the first entries of their memos) is then built once and inherited,
not once in every worker (about 25 ms of CPU a worker for the bundled
plugins).  No item of the input is worked on in the parent: one that ended
its process would end the run (see :func:`_warmed`).

Items go to the workers in chunks (one message each way per chunk, not per
item) of ``chunksize`` items, except at the end: the last ``chunksize`` items
per worker are held back until the input ends and then dealt out in smaller
and smaller chunks (each a ``1 / (2 * n_process)`` share of what is left,
down to single items; see :func:`chunks`).  With chunks of a fixed size the
workers finish at times that differ by up to a whole chunk, one of them idle
meanwhile (the last results of two workers 20 to 42 ms apart in batches of
BBC); with the smaller chunks last, by about one item (1 to 17 ms).

A chunk crosses each way as one pickle, made by this module (the items' in
the parent, before the chunk is queued; the results' in the worker), so that
an item or a result that cannot be pickled (nested too deep, an object that
refuses, a lock in a Document's ``meta``) is that item's fault alone: the
others of its chunk are pickled without it, and in its place comes a
:class:`_Fault`, which ``parallel_map`` turns into the caller's result for it
(a ``limner batch`` record set aside), or by default into the work done on the
item in this process, at its place in the order: the parent keeps an item that
could not be sent, and a worker sends back the item whose result it cannot.

A worker that dies (ended by ``os._exit``, a signal such as SIGKILL or SIGSEGV,
a crash in C code) while it holds a chunk never gives that chunk back.  Each
worker notes the number of the chunk it works on in an array shared with the
parent (one int written a chunk: no message, no pickle), so the parent, seeing
the worker gone, knows which chunk died with it.  The pool starts a new worker
in its place, and the parent sends that chunk's items again one at a time: an
item whose worker dies with it alone is the one at fault, and its result is
``fault(reason)`` (a ``limner batch`` record set aside) or, for
:meth:`~limner.Enricher.pipe`, the item's document with an error saying so; the
others' results come in their places.  Workers that die with no chunk in hand
three times in a row (a plugin's setup that ends its process) end the run with a
:class:`~limner.errors.LimnerError`.

The workers ignore SIGINT and SIGHUP: a terminal's Ctrl-C, and its hang-up
when it closes, which go to the whole process group, end the run in the
parent, which ends the pool; each worker used to print a traceback of its
own for a Ctrl-C, and a hang-up killed each where it stood.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import gc
import itertools
import multiprocessing
import multiprocessing.pool
import os
import pickle
import signal
import threading
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from limner.document import Document
from limner.errors import LimnerError, plugin_fault, said
from limner.isolation import _HANGUPS

try:
    import fcntl
except ImportError:  # not a POSIX system: the pipes stay as they are
    fcntl = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from limner.pipeline import Enricher

__all__ = ["chunks", "parallel_enrich", "parallel_map"]

Item = str | Document | tuple[str, Mapping[str, Any]]
T = TypeVar("T")

Work = Callable[["Enricher", Any], Any]

# The state of a worker process, set once by _init in that worker; the parent
# process never sets it.
_worker: tuple[Enricher, Work] | None = None
# Where a worker notes the chunk it works on (see _Notes), set by _init: the shared
# array's ints and this worker's place in it (None: it found no free place)
_note: tuple[Any, int] | None = None


def _init(
    enricher: Enricher | None,
    spec: dict[str, Any] | None,
    work: Work,
    notes: Any = None,
) -> None:
    global _worker, _note
    if notes is not None:
        _note = _Notes.claim(notes)
    if enricher is None:
        assert spec is not None
        from limner.pipeline import Enricher

        enricher = Enricher(
            spec["plugins"],
            spec["config"],
            disable=spec["disable"],
            kinds=spec["kinds"],
            timeout=spec["timeout"],
        )
    else:
        # what the worker inherited stays as it is: the collector need not
        # walk it (nor touch, and so copy, its pages)
        gc.freeze()
    # a SIGTERM (the pool ending the worker) ends it at once, whatever handler
    # the parent that forked it had put in place for itself
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # a terminal's Ctrl-C, and its hang-up, go to the whole process group: the parent
    # ends the run and the pool; a worker that took a Ctrl-C too printed a traceback of
    # its own, and one that a hang-up ended was a dead worker to the parent.
    # (Forked with them blocked, see _terminal_signals_blocked: none comes before here.)
    # (So no real Ctrl-C reaches a worker: a KeyboardInterrupt there is a plugin's own,
    # and each document's marked_interrupts() finds no Python handler to mark.)
    for signum in _FROM_TERMINAL:
        signal.signal(signum, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _FROM_TERMINAL)
    _worker = (enricher, work)


#: the signals a terminal sends its whole process group, which end the run in the parent:
#: Ctrl-C's SIGINT and, where there is one, SIGHUP (the terminal closed)
_FROM_TERMINAL = (signal.SIGINT, *_HANGUPS)


@contextlib.contextmanager
def _terminal_signals_blocked() -> Iterator[None]:
    """The signals of :data:`_FROM_TERMINAL` blocked in this thread for the block (in the
    main thread, where the platform can): a process forked inside starts with them
    blocked, until it has set its own handlers.  A Ctrl-C or a hang-up that comes
    meanwhile is delivered when the block ends."""
    if (
        not hasattr(signal, "pthread_sigmask")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, _FROM_TERMINAL)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


class _Fault(NamedTuple):
    """In place of an item (or its result) that could not cross between processes: why,
    and how the parent finds the item again (see :func:`parallel_map`)."""

    reason: str
    #: the key of an item that could not be sent, kept in the parent (-1: none)
    key: int = -1
    #: the item whose result could not be sent back, alone in a tuple (empty: not the
    #: case, or the item could not be pickled back either)
    item: tuple[Any, ...] = ()
    #: whether the work on the item raised in the worker (then it is done again here,
    #: where it raises at its place in the order, as in one process)
    raised: bool = False
    #: whether the item's worker process died with it alone (never done again here)
    died: bool = False


def _why(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deep"
    return f"{type(exc).__name__}: {said(exc)}"  # (an object's own __reduce__ may raise it)


def _packed(
    values: list[Any], where: str, stand_in: Callable[[int, str], _Fault]
) -> tuple[bool, bytes]:
    """``values`` pickled as one, and whether a :class:`_Fault` stands for some of them.

    Each value that cannot be pickled is replaced by ``stand_in(i, reason)``
    (``i`` its place, ``reason`` its ``where`` and why): the others go on.
    """
    try:
        return False, pickle.dumps(values, pickle.HIGHEST_PROTOCOL)
    except Exception:  # anything pickle raises is the value's fault
        pass
    kept: list[Any] = []
    for i, value in enumerate(values):
        try:
            pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        except Exception as exc:
            value = stand_in(i, f"{where}: {_why(exc)}")
        kept.append(value)
    return True, pickle.dumps(kept, pickle.HIGHEST_PROTOCOL)


def _read_back(payload: bytes, items: bytes | None) -> tuple[bool, list[Any]]:
    """The results a worker sent (``payload``), and whether they could not be read.

    A result that pickles in the worker may fail to load here (a plugin's class whose
    ``__reduce__`` or ``__setstate__`` raises as it loads): it ended the run, naming
    no plugin, every result after it lost.  Then each item of the chunk (``items``, as
    sent) stands as a :class:`_Fault` with the item, worked on here as an item whose
    work raised in a worker is: its result is that of one process, crossing nothing.

    Raises:
        LimnerError: the results could not be read, and the items sent are not known.
    """
    try:
        return False, pickle.loads(payload)
    except BaseException as exc:
        if not plugin_fault(exc):  # (a KeyboardInterrupt: the user's)
            raise
        reason = f"its result could not be read back from a worker: {_why(exc)}"
    if items is None:
        raise LimnerError(f"documents were not enriched: {reason}")
    return True, [
        item if type(item) is _Fault else _Fault(reason, item=(item,), raised=True)
        for item in pickle.loads(items)
    ]


def _run_chunk(chunk: tuple[int, bool, bytes]) -> tuple[bool, bytes, Spent]:
    assert _worker is not None, "worker not initialised"
    enricher, work = _worker
    seq, faulty, payload = chunk
    if _note is not None:  # the chunk this worker holds, read by the parent if it dies
        _note[0][_note[1] + 1] = seq
    items = pickle.loads(payload)
    before = _spent(enricher)
    # (an item that could not be sent stays a fault; one whose work raises becomes one)
    results = list(map(functools.partial(_work_or_fault, enricher, work), items))
    faulty = faulty or _Fault in set(map(type, results))

    unsent, payload = _packed(results, "its result could not be sent back from a worker",
                              lambda i, reason: _fault_with(items[i], reason))
    return faulty or unsent, payload, _since(enricher, before)


#: what the annotators of a worker spent on a chunk: by name, calls and seconds
Spent = dict[str, tuple[int, float]]


def _spent(enricher: Enricher) -> Spent:
    return {name: (t.calls, t.seconds) for name, t in enricher.timings.items()}


def _since(enricher: Enricher, before: Spent) -> Spent:
    """What ``enricher``'s annotators spent since ``before`` (:func:`_spent`)."""
    out = {}
    for name, t in enricher.timings.items():
        calls, seconds = before.get(name, (0, 0.0))
        if t.calls != calls:
            out[name] = (t.calls - calls, t.seconds - seconds)
    return out


def _add_spent(enricher: Enricher, spent: Spent) -> None:
    """Count a worker's ``spent`` in ``enricher.timings``: its annotators' work is the
    run's, as it is in one process."""
    from limner.pipeline import Timing

    for name, (calls, seconds) in spent.items():
        timing = enricher.timings.get(name)
        if timing is None:
            timing = enricher.timings[name] = Timing()
        timing.calls += calls
        timing.seconds += seconds


def _work_or_fault(enricher: Enricher, work: Work, item: Any) -> Any:
    """``work(enricher, item)``, or a fault with the item if it raises (see :class:`_Fault`):
    the results of the items before it are given back, and it raises in the parent, at
    its place, as in one process."""
    if type(item) is _Fault:
        return item
    try:
        return work(enricher, item)
    except Exception as exc:
        return _fault_with(item, f"it raised in a worker: {_why(exc)}", raised=True)


def _fault_with(item: Any, reason: str, *, raised: bool = False) -> _Fault:
    """The fault of ``item``'s work in a worker, with the item for the parent to work on
    there, or without it if it cannot be pickled back (it came here pickled: seldom)."""
    try:
        pickle.dumps(item, pickle.HIGHEST_PROTOCOL)
    except Exception:
        return _Fault(reason, raised=raised)
    return _Fault(reason, item=(item,), raised=raised)


def chunks(items: Iterable[T], size: int, n_process: int) -> Iterator[list[T]]:
    """``items`` in order, in lists of ``size``, the last ones smaller and smaller.

    ``size * n_process`` items are held back; when ``items`` ends, they are
    dealt out in chunks of a ``1 / (2 * n_process)`` share of what is left
    (at most ``size``, at least one), so that workers taking chunks in turn
    finish close together.  Flattened, the chunks are ``items``.  When
    ``items`` raises, the items read before are dealt out first, then the
    exception is raised.
    """
    size = max(1, size)
    keep = size * max(1, n_process)
    ahead: collections.deque[T] = collections.deque()
    take = ahead.popleft
    fault: Exception | None = None
    try:
        for item in items:
            ahead.append(item)
            if len(ahead) >= keep + size:
                yield [take() for _ in range(size)]
    except Exception as exc:  # the items held back are dealt out before it is raised
        fault = exc
    share = 2 * max(1, n_process)
    while ahead:
        n = min(size, max(1, -(-len(ahead) // share)))
        yield [take() for _ in range(n)]
    if fault is not None:
        raise fault


def _enrich(enricher: Enricher, item: Item) -> Document:
    return enricher._enrich_item(item)


#: the capacity asked for the pipes between the parent and the workers (Linux: at
#: most /proc/sys/fs/pipe-max-size for a user without privileges, 1 MiB by default)
PIPE_BYTES = 1 << 20


def _widen(conn: Any) -> bool:
    """Ask for a pipe of :data:`PIPE_BYTES` behind ``conn``; whether it was granted.

    A pipe holds 64 KiB by default.  A chunk's results (the JSON lines of 16
    documents: about 300 KB for BBC) then cannot be written at once: the worker
    sleeps until the parent's reading thread has a core to empty the pipe, a
    few times a chunk (over 550 waits in a batch of BBC with two workers, 7 to
    21 with the wider pipe).  Where the system's limit for a user is lower
    (``/proc/sys/fs/pipe-max-size``), that limit is asked for instead.  Where
    the platform cannot (no ``F_SETPIPE_SZ``, a limit reached), the pipe stays
    as it is.
    """
    setsize = getattr(fcntl, "F_SETPIPE_SZ", None) if fcntl is not None else None
    fileno = getattr(conn, "fileno", None)
    if setsize is None or fileno is None:
        return False
    for size in (PIPE_BYTES, _pipe_max()):
        if 0 < size <= PIPE_BYTES:
            try:
                fcntl.fcntl(fileno(), setsize, size)
            except OSError:
                continue
            return True
    return False


def _pipe_max() -> int:
    """The largest pipe a user without privileges may ask for, if the system says (else 0)."""
    try:
        return int(Path("/proc/sys/fs/pipe-max-size").read_text())
    except (OSError, ValueError):
        return 0


#: seconds between looks at the workers while a result is waited for
_PATIENCE = 0.5
#: seconds a pool's end is waited for (:func:`_end`)
_END_PATIENCE = 10.0


def _end(pool: multiprocessing.pool.Pool) -> None:
    """End ``pool`` as leaving ``with pool:`` does (``terminate``), waiting at most
    :data:`_END_PATIENCE` seconds.

    ``Pool.terminate`` stops the workers first, then joins the pool's helper
    threads, and that join can wait forever (python/cpython#78178): seen once
    in a run of limner's tests, after a worker had ended and an item raised,
    with no helper thread left alive.  The workers are gone by then, so the
    caller goes on; a thread named ``limner-pool-end`` is left waiting, as a
    daemon, and ends with the process.
    """
    ender = threading.Thread(target=pool.terminate, name="limner-pool-end", daemon=True)
    ender.start()
    ender.join(_END_PATIENCE)


def _death(code: int) -> str:
    """Why a worker process that ended with exit code ``code`` died, in words."""
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            return f"the worker process died (signal {-code})"
        return f"the worker process died (signal {-code}: {name})"
    return f"the worker process died (exit code {code})"


#: deaths of workers with no chunk in hand, in a row, that end a run
_IDLE_DEATHS = 3


class _Notes:
    """The array in which each worker of a pool notes the chunk it works on: pairs of a
    worker's process id and the number of its chunk (-1: none yet), one pair a worker.

    A worker claims a free pair when it starts (:meth:`claim`), and writes its chunk's
    number there as it takes each chunk (:func:`_run_chunk`).  The parent reads the pair
    of a worker that died, then frees it (:meth:`read`).  Pairs are kept for twice
    the workers and more, so that the pairs of dead workers the parent has not read yet
    leave room for their successors; a worker that finds none free notes nothing, and
    its death is one with no chunk in hand.
    """

    @staticmethod
    def made(ctx: Any, n_process: int) -> Any:
        return ctx.Array("q", 2 * (2 * n_process + 8))

    @staticmethod
    def claim(notes: Any) -> tuple[Any, int] | None:
        pid = os.getpid()
        with notes.get_lock():
            ints = notes.get_obj()  # (written without the lock after: one worker a pair)
            for at in range(0, len(ints), 2):
                if ints[at] == 0:
                    ints[at], ints[at + 1] = pid, -1
                    return ints, at
        return None

    @staticmethod
    def read(notes: Any, pid: int | None) -> int:
        """The chunk the worker ``pid`` noted last (-1: none), its pair freed."""
        with notes.get_lock():
            ints = notes.get_obj()
            for at in range(0, len(ints), 2):
                if pid and ints[at] == pid:
                    seq = int(ints[at + 1])
                    ints[at], ints[at + 1] = 0, -1
                    return seq
        return -1


class _Pool(multiprocessing.pool.Pool):
    """A process pool whose worker-keeping thread sleeps while results stream back,
    and whose workers write a chunk's results without waiting for the parent.

    The standard pool's thread that replaces exited workers waits on the
    workers' sentinels, a notifier of changes to the pool, and the pipe the
    results come back on.  While a result waits in that pipe for the thread
    that reads it, the wait returns at once, again and again: in a batch of
    BBC with two workers that thread spent 0.26 to 0.39 CPU seconds polling,
    on the cores the workers need.  A worker that ends (the only event it
    acts on: the pool gives workers no task limit) still wakes it through its
    sentinel, and closing or changing the pool through the notifier.

    The pipes that carry the tasks and the results are widened (see
    :func:`_widen`), so that a worker hands back a whole chunk's results and
    goes on to the next chunk while the parent reads them.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        #: every worker process the pool has started, those that replaced the dead too
        self.started: list[Any] = []
        super().__init__(*args, **kwargs)

    def Process(self, ctx: Any, *args: Any, **kwds: Any) -> Any:  # type: ignore[override]
        process = ctx.Process(*args, **kwds)
        self.started.append(process)
        return process

    def _setup_queues(self) -> None:
        super()._setup_queues()  # type: ignore[misc]
        for queue in (getattr(self, "_outqueue", None), getattr(self, "_inqueue", None)):
            _widen(getattr(queue, "_writer", None))

    def _get_sentinels(self) -> list[Any]:
        notifier = getattr(self, "_change_notifier", None)
        if notifier is None:  # a Python whose pool is built otherwise: as it is
            sentinels: list[Any] = super()._get_sentinels()  # type: ignore[misc]
            return sentinels
        return [notifier._reader]


class _Lost:
    """The chunks of the workers that died, sent again an item at a time (see the
    module's notes), and their results put in their places among the pool's.

    ``look`` is called while a result is waited for; the results of the items sent
    again come back on the pool's result thread, and a chunk's, all in, is handed to
    ``results_of`` at its place, as if its worker had sent it.
    """

    def __init__(
        self, pool: _Pool, results_of: Any, sent: dict[int, bytes], notes: Any,
        made: Callable[[], _Pool],
    ) -> None:
        self.pool, self.results_of, self.sent, self.notes = pool, results_of, sent, notes
        # the pool of one worker the items are sent again to, started at the first
        # death: the pool's own takes its tasks from a thread that waits for the
        # results of the chunk that died before it sends more
        self.made = made
        self.spare: _Pool | None = None
        self.seen: set[int] = set()  # the workers whose end was looked at, by id()
        self.idle = 0  # deaths with no chunk in hand, in a row
        self.order = itertools.count()  # the number of the chunk whose results come next
        # items sent again, by their own number (-2, -3, ...): their chunk and place
        self.alone: dict[int, tuple[int, int]] = {}
        self.numbers = itertools.count(-2, -1)
        # the chunks sent again: their items, and each one's result as it comes
        self.parts: dict[int, tuple[list[Any], list[Any]]] = {}
        self.lock = threading.Lock()

    def end(self) -> None:
        if self.spare is not None:
            _end(self.spare)

    def given(self) -> int:
        """The number of the chunk whose results were just given."""
        self.idle = 0
        return next(self.order)

    def look(self) -> None:
        """Send again the items of the chunks whose workers died since the last look.

        Raises:
            LimnerError: workers died with no chunk in hand :data:`_IDLE_DEATHS`
                times in a row.
        """
        started = list(self.pool.started)
        if self.spare is not None:
            started += self.spare.started
        for process in started:
            code = process.exitcode
            if code is None or id(process) in self.seen:
                continue
            self.seen.add(id(process))
            why = _death(code)
            seq = _Notes.read(self.notes, process.pid)
            with self.lock:
                if seq in self.alone:
                    self.idle = 0
                    self._part(*self.alone.pop(seq), why)
                elif seq >= 0 and seq in self.sent and seq not in self.parts and not (
                    self._came_back(seq)
                ):
                    self.idle = 0
                    self._again(seq)
                else:
                    self.idle += 1
                    if self.idle >= _IDLE_DEATHS:
                        raise LimnerError(
                            f"worker processes ended with no document in hand, "
                            f"{_IDLE_DEATHS} in a row (the last: {why}); the documents "
                            "given back before were enriched"
                        )

    def _came_back(self, seq: int) -> bool:
        """Whether the chunk ``seq``'s results are in, not yet given (its worker ended
        after it sent them)."""
        results_of = self.results_of
        with results_of._cond:
            return bool(seq < results_of._index or seq in results_of._unsorted)

    def _again(self, seq: int) -> None:
        items = pickle.loads(self.sent[seq])
        self.parts[seq] = (items, [None] * len(items))
        if self.spare is None:
            self.spare = self.made()
        for at, item in enumerate(items):
            number = next(self.numbers)
            self.alone[number] = (seq, at)
            self.spare.apply_async(
                _run_chunk,
                ((number, False, pickle.dumps([item], pickle.HIGHEST_PROTOCOL)),),
                callback=functools.partial(self._back, number),
            )

    def _back(self, number: int, results: tuple[bool, bytes, Spent]) -> None:
        """An item sent again came back (on the pool's result thread)."""
        with self.lock:
            place = self.alone.pop(number, None)
            if place is not None:
                self._part(*place, results)

    def _part(self, seq: int, at: int, result: Any) -> None:
        items, parts = self.parts[seq]
        parts[at] = result
        if any(part is None for part in parts):
            return
        del self.parts[seq]
        values: list[Any] = []
        spent: Spent = {}
        for item, part in zip(items, parts, strict=True):
            if isinstance(part, str):  # its worker died with it alone: it is at fault
                values.append(_fault_with(item, part)._replace(died=True))
                continue
            values.extend(_read_back(part[1], pickle.dumps([item], pickle.HIGHEST_PROTOCOL))[1])
            for name, (calls, seconds) in part[2].items():
                before = spent.get(name, (0, 0.0))
                spent[name] = (before[0] + calls, before[1] + seconds)
        payload = pickle.dumps(values, pickle.HIGHEST_PROTOCOL)
        self.results_of._set(seq, (True, (True, payload, spent)))


def _died_document(item: Item, reason: str) -> Document:
    """The document of an item whose worker process died with it: as given, with an
    error saying so, as for an annotator that raised."""
    from limner.document import Error

    if isinstance(item, Document):
        doc = item
    elif isinstance(item, tuple):
        text, extra = item
        given = {k: extra[k] for k in ("id", "meta") if extra.get(k) is not None}
        doc = Document(text, **given)
    else:
        doc = Document(item)
    doc.errors.append(Error(plugin="limner", annotator="worker", type="WorkerDied",
                            message=reason))
    return doc


#: the text the plugins are warmed on before the workers are forked (see :func:`_warmed`)
WARM_TEXT = (
    'The minister said on Monday that prices in London had risen by 5% since 2024, '
    '"a welcome sign" for families.'
)


def _warmed(enricher: Enricher) -> None:
    """Enrich :data:`WARM_TEXT` here, before the workers are forked, and forget it.

    What the plugins build on their first document (tables made on first use, a
    sentiment model's weights, the first entries of their memos) is then built once and
    inherited, not once in every worker.  It is limner's own text, not the input's
    first item: an item worked on here that ended its process (``os._exit``, a signal, a
    crash in C code) would end the run, and a resume, whose first item it is again, for
    ever.  Its document is dropped and ``enricher.timings`` left as they were.
    """
    before = _spent(enricher)
    enricher.enrich(WARM_TEXT)
    for name in list(enricher.timings):
        if name not in before:
            del enricher.timings[name]
            continue
        timing = enricher.timings[name]
        timing.calls, timing.seconds = before[name]


def parallel_enrich(
    enricher: Enricher, items: Iterable[Item], *, n_process: int, chunksize: int = 16
) -> Iterator[Document]:
    """Enrich ``items`` in ``n_process`` workers, yielding documents in input order.

    A Document given is enriched in place and yielded itself, as
    :meth:`~limner.Enricher.enrich` does it in one process: what its copy in a
    worker was given (:meth:`Document._adopt`).
    """
    # the items, as they are read (by the pool's task thread), until their results come
    given: collections.deque[Item] = collections.deque()

    def noted() -> Iterator[Item]:
        for item in items:
            given.append(item)
            yield item

    for doc in parallel_map(enricher, noted(), _enrich, n_process=n_process,
                            chunksize=chunksize, died=_died_document):
        item = given.popleft()
        if isinstance(item, Document) and doc is not item:
            item._adopt(doc)
            doc = item
        yield doc


def most_workers() -> int:
    """The most worker processes a run starts: four for each CPU this process may run
    on.  More only share the same cores, each holding the plugins' tables as it works:
    ``-j 10000`` (a typo for ``-j 10``) started ten thousand processes."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # (no affinity where the system has none: macOS)
        cpus = os.cpu_count() or 1
    return 4 * max(1, cpus)


def parallel_map(
    enricher: Enricher,
    items: Iterable[Any],
    work: Callable[[Enricher, Any], T],
    *,
    n_process: int,
    chunksize: int = 16,
    fault: Callable[[str], T] | None = None,
    died: Callable[[Any, str], T] | None = None,
) -> Generator[T, None, None]:
    """``work(enricher, item)`` for each item, in ``n_process`` workers, in input order.

    ``work`` runs in the worker, so only its result crosses back to this
    process: a serialized line costs far less to send than a Document.  It
    must be a module-level function where workers are spawned.

    An item that cannot be pickled to a worker, or whose result cannot be
    pickled back, gives ``fault(reason)`` in its place (called here), and the
    others go on; without ``fault``, ``work(enricher, item)`` is done in this
    process instead, in its place: the results are those of one process.  (A
    :class:`~limner.errors.LimnerError` saying why is raised there only if
    the item of a result that could not come back could not come back either.)

    An item whose worker process dies with it alone (see the module's notes:
    its chunk's items are sent again one at a time) gives ``fault(reason)``,
    or else ``died(item, reason)``, in its place (its work is never done here:
    it would end this process); with neither, a
    :class:`~limner.errors.LimnerError` is raised there.  ``reason`` says how
    the worker ended ("the worker process died (signal 9: SIGKILL)").

    No more than :func:`most_workers` workers are started, whatever ``n_process``.

    Items are read as the work goes, a bounded window ahead of the results
    (not all at once), so a long stream of items is never held in memory.
    They go to the workers in chunks of ``chunksize``, smaller at the end
    (see :func:`chunks`).  Where the workers are forked, the plugins are
    warmed here on a text of limner's own before the fork (see the module's
    notes); every item is worked on in a worker.
    """
    n_process = min(n_process, most_workers())
    ctx: Any
    if "fork" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("fork")
        enricher.setup()  # loaded once, here, and shared by every worker
        items = iter(items)
        first = list(itertools.islice(items, 1))
        if not first:
            return  # nothing to do: no workers
        items = itertools.chain(first, items)
        _warmed(enricher)
        initargs: tuple[Any, ...] = (enricher, None, work)  # inherited, never pickled
    else:
        ctx = multiprocessing.get_context("spawn")
        initargs = (None, enricher.spec(), work)
    # chunks sent and not yet given back, at most four a worker (besides the
    # items chunks() holds back): counted a chunk at a time, not an item
    window = threading.Semaphore(n_process * 4)
    stop = threading.Event()
    # the items that could not be sent, by key, until their place in the results comes
    held: dict[int, Any] = {}
    keys = itertools.count()
    # the chunks sent, by number, until their results are given (to send again the
    # items of one whose worker died: the bytes sent, kept, not made again)
    sent: dict[int, bytes] = {}

    def feed() -> Iterator[tuple[int, bool, bytes]]:  # runs in the pool's task thread
        for seq, chunk in enumerate(chunks(items, chunksize, n_process)):

            def kept(i: int, reason: str, chunk: list[Any] = chunk) -> _Fault:
                key = next(keys)
                held[key] = chunk[i]
                return _Fault(reason, key=key)

            faulty, payload = _packed(chunk, "it could not be sent to a worker", kept)
            while not window.acquire(timeout=0.1):
                if stop.is_set():
                    return
            sent[seq] = payload
            yield seq, faulty, payload

    notes = _Notes.made(ctx, n_process)

    def made(processes: int = n_process) -> _Pool:
        with _terminal_signals_blocked():  # the workers are forked with them blocked (_init)
            return _Pool(processes, initializer=_init, initargs=(*initargs, notes), context=ctx)

    pool = made()
    lost: _Lost | None = None
    try:
        try:
            results_of = pool.imap(_run_chunk, feed())
            lost = _Lost(pool, results_of, sent, notes, functools.partial(made, 1))
            while True:
                try:
                    results = results_of.next(timeout=_PATIENCE)
                except StopIteration:
                    break
                except multiprocessing.TimeoutError:
                    lost.look()
                    continue
                window.release()
                items_sent = sent.pop(lost.given(), None)
                faulty, payload, spent = results
                _add_spent(enricher, spent)
                unread, loaded = _read_back(payload, items_sent)
                if not (faulty or unread):
                    yield from loaded
                    continue
                for result in loaded:
                    if type(result) is not _Fault:
                        yield result
                        continue
                    found = (held.pop(result.key),) if result.key >= 0 else result.item
                    if result.died and fault is None and died is not None and found:
                        yield died(found[0], result.reason)
                    elif fault is not None and not result.raised:
                        yield fault(result.reason)
                    elif not found or result.died:
                        raise LimnerError(f"an item was not enriched: {result.reason}")
                    else:  # worked on here, as in one process (raising here if it raises)
                        yield work(enricher, found[0])
        finally:
            stop.set()  # before the pool ends: its task thread may wait in feed()
    finally:
        _end(pool)
        if lost is not None:
            lost.end()
