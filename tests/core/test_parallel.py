"""How parallel piping deals items to its workers: fixed chunks, smaller ones at the end."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import limner
from limner.parallel import PIPE_BYTES, _pipe_max, _Pool, _widen, chunks

try:
    import fcntl
except ImportError:  # not POSIX
    fcntl = None  # type: ignore[assignment]


@given(
    n=st.integers(min_value=0, max_value=400),
    size=st.integers(min_value=1, max_value=40),
    workers=st.integers(min_value=1, max_value=8),
)
def test_chunks_keep_every_item_in_order_and_shrink_only_at_the_end(
    n: int, size: int, workers: int
) -> None:
    dealt = list(chunks(range(n), size, workers))
    assert [x for chunk in dealt for x in chunk] == list(range(n))
    sizes = [len(c) for c in dealt]
    assert all(1 <= s <= size for s in sizes)
    # full chunks first; from the first smaller one on, never growing again
    tail = next((i for i, s in enumerate(sizes) if s < size), len(sizes))
    assert sizes[tail:] == sorted(sizes[tail:], reverse=True)
    # what is held back is at most a chunk per worker (and the chunk being made)
    assert sum(sizes[tail:]) < size * (workers + 1)
    if n >= size * (workers + 1):
        # enough items: the last chunks are single items, one for each worker at least
        assert sizes[-workers:] == [1] * workers


def test_a_batch_of_bbc_size_ends_in_single_items() -> None:
    """2,225 records in chunks of 16 for two workers: 137 full chunks, then the last 33
    records in chunks of a quarter of what is left, down to single items."""
    sizes = [len(c) for c in chunks(range(2225), 16, 2)]
    assert sizes == [16] * 137 + [9, 6, 5, 4, 3, 2, 1, 1, 1, 1]


def test_chunks_read_items_no_further_ahead_than_they_hold_back() -> None:
    """A chunk is given out once ``size * workers + size`` items are read, not after the
    whole input (a stream is read as the work goes)."""
    read = 0

    def items() -> Iterator[int]:
        nonlocal read
        for i in range(1000):
            read += 1
            yield i

    dealt = chunks(items(), 10, 2)
    assert next(dealt) == list(range(10))
    assert read == 30
    assert next(dealt) == list(range(10, 20))
    assert read == 40


def test_chunks_are_a_generator_a_thread_can_drive() -> None:
    """The pool's task thread pulls the chunks; nothing in them is bound to the thread
    that made the generator."""
    out: list[list[int]] = []
    dealt = chunks(iter(range(50)), 8, 2)
    t = threading.Thread(target=lambda: out.extend(dealt))
    t.start()
    t.join(10)
    assert [x for c in out for x in c] == list(range(50))


@pytest.mark.skipif(
    fcntl is None or not hasattr(fcntl, "F_GETPIPE_SZ"), reason="pipe sizes are Linux's"
)
def test_the_pools_pipes_hold_a_chunks_results_at_once() -> None:
    """The results of a chunk (300 KB of JSON lines for BBC) fit in the pipe back from a
    worker, so the worker goes on without waiting for the parent to read them."""
    pool = _Pool(1)
    try:
        for queue in (pool._outqueue, pool._inqueue):  # type: ignore[attr-defined]
            size = fcntl.fcntl(queue._writer.fileno(), fcntl.F_GETPIPE_SZ)
            # where the system does not say its limit, the default pipe of 64 KiB
            assert size >= min(PIPE_BYTES, _pipe_max() or 1 << 16)
    finally:
        pool.terminate()
        pool.join()


def test_a_pipe_that_cannot_be_widened_stays_as_it_is() -> None:
    """No file descriptor behind it (or no F_SETPIPE_SZ): nothing is asked, nothing raised."""
    assert _widen(None) is False
    assert _widen(object()) is False


def test_a_parallel_pipe_reads_a_bounded_window_ahead_of_its_results() -> None:
    """Four chunks a worker in flight, and the held-back tail: a stream without end is
    read as the results are taken, never all at once."""
    import limner
    from tests.core.fakes import enricher_with, marker

    read = 0

    def endless() -> Iterator[str]:
        nonlocal read
        while True:
            read += 1
            yield f"text {read}"

    e = enricher_with(limner.Annotator("mark", ("mark",), marker("mark")))
    docs = e.pipe(endless(), n_process=2, chunksize=2)
    try:
        first = [next(docs).text for _ in range(5)]
    finally:
        docs.close()  # type: ignore[attr-defined]
    assert first == [f"text {i}" for i in range(1, 6)]
    # 2 workers x 4 chunks x 2 items in flight, the 3 chunks given back for the 5
    # results taken, 2 x 2 + 1 held back, 1 being read
    assert read <= 2 * 4 * 2 + 3 * 2 + 5 + 1


@given(n=st.integers(min_value=0, max_value=120), size=st.integers(min_value=1, max_value=20))
def test_chunks_deal_out_what_was_read_before_the_items_fail(n: int, size: int) -> None:
    """Items that raise after ``n``: the ``n`` read before still come out, then the error."""

    def failing() -> Iterator[int]:
        yield from range(n)
        raise ValueError("bad record")

    dealt: list[int] = []

    def deal() -> None:
        for chunk in chunks(failing(), size, 2):
            dealt.extend(chunk)

    with pytest.raises(ValueError, match="bad record"):
        deal()
    assert dealt == list(range(n))


def test_a_parallel_batch_writes_what_a_serial_one_does_before_an_unreadable_input(
    tmp_path: Path,
) -> None:
    """A UTF-16 corpus that turns invalid part way: with -j 2 the records read before the
    fault are written, as with -j 1, and the run ends with the input error."""
    import limner
    from limner.batch import run_batch
    from limner.errors import InputError
    from tests.core.fakes import enricher_with, marker

    records = "".join(f'{{"id": "{i}", "text": "Text {i}."}}\n' for i in range(100))
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\xff\xfe" + records.encode("utf-16-le") + b"\x00\xdc" + "x\n".encode(
        "utf-16-le"))
    written = {}
    for processes in (1, 2):
        out = tmp_path / f"out{processes}.jsonl"
        e = enricher_with(limner.Annotator("mark", ("mark",), marker("mark")))
        with pytest.raises(InputError):
            run_batch(e, src, out, processes=processes)
        written[processes] = out.read_text(encoding="utf-8")
    assert written[2] == written[1] and written[1].count("\n") > 0


_DEATHS = {"exit": "the worker process died (exit code 3)",
           "kill": "the worker process died (signal 9: SIGKILL)"}


# (in chunks of 4, the last ones single: 5 and 6 share one, 39 is alone, and 0 is first)
@pytest.mark.parametrize("how", ["exit", "kill"])
@pytest.mark.parametrize(
    "marked", [(7,), (5, 6), (39,), (0,)], ids=["one", "two-in-a-chunk", "last", "first"]
)
def test_a_text_that_kills_its_worker_is_given_back_with_an_error_and_the_pipe_goes_on(
    how: str, marked: tuple[int, ...]
) -> None:
    """The chunk of a worker that died is sent again an item at a time: the item whose
    worker dies with it alone comes back as given, with an error saying how its worker
    ended (as for an annotator that raised), and every other one enriched, in order."""
    from tests.core.fakes import dies_on_marker, enricher_with

    e = enricher_with(limner.Annotator("dies", ("dies",), dies_on_marker(how)))
    texts = [f"Text {i}." + (" MARKER" if i in marked else "") for i in range(40)]
    docs = list(e.pipe(texts, n_process=2, chunksize=4))
    assert [d.text for d in docs] == texts
    for i, doc in enumerate(docs):
        if i in marked:
            assert doc.errors == [limner.Error(plugin="limner", annotator="worker",
                                               type="WorkerDied", message=_DEATHS[how])]
        else:
            assert doc.errors == []


def test_a_document_that_kills_its_worker_is_itself_given_back_with_the_error() -> None:
    from tests.core.fakes import dies_on_marker, enricher_with

    e = enricher_with(limner.Annotator("dies", ("dies",), dies_on_marker("exit")))
    given = [limner.Document(f"Text {i}." + (" MARKER" if i == 5 else ""), id=f"d{i}",
                             meta={"n": i}) for i in range(12)]
    docs = list(e.pipe(given, n_process=2, chunksize=4))
    assert all(d is g for d, g in zip(docs, given, strict=True))
    assert [len(d.errors) for d in docs] == [1 if i == 5 else 0 for i in range(12)]
    assert (docs[5].id, docs[5].meta) == ("d5", {"n": 5})


def _refused(*args: object) -> None:
    raise RuntimeError("not read back")


@attrs.frozen(kw_only=True)
class Sly(limner.Annotation):
    """A plugin's kind that pickles, but whose pickle cannot be loaded."""

    kind: str = "sly"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_refused, ())


@attrs.frozen(kw_only=True)
class Sham(limner.Annotation):
    """A plugin's kind whose pickle loads as a str."""

    kind: str = "sly"

    def __reduce__(self) -> tuple[Any, ...]:
        return (str, ("sham",))


@pytest.mark.parametrize("cls", [Sly, Sham])
def test_a_result_that_cannot_be_read_back_from_a_worker_is_worked_on_here(cls: type) -> None:
    """A result that pickled in its worker and raised as it was loaded (a plugin's class
    whose ``__reduce__`` gives what fails) ended the pipe with the plugin's
    RuntimeError, naming nothing, the documents after it lost; one that loaded as a
    str in an annotation's place gave a document that no writer could write
    (AttributeError: 'str' object has no attribute 'to_dict')."""
    from tests.core.fakes import enricher_with

    def sly(doc: limner.Document) -> list:
        return [cls(start=0, end=3)] if "SLY" in doc.text else []

    e = enricher_with(limner.Annotator("sly", ("sly",), sly))
    texts = [f"Text {i}." + (" SLY" if i in (5, 17) else "") for i in range(24)]
    docs = list(e.pipe(texts, n_process=2, chunksize=4))
    assert [d.text for d in docs] == texts
    assert [[a.kind for a in d.annotations] for d in docs] == [
        ["sly"] if i in (5, 17) else [] for i in range(24)
    ]
    assert all(d.errors == [] for d in docs)
    assert all(type(a) is cls for d in docs for a in d.annotations)
    assert all('"kind": "sly"' in d.to_json() for d in (docs[5], docs[17]))


def test_no_more_is_pickled_or_queued_a_chunk_when_no_worker_dies(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Noting the chunk a worker holds costs no message: one pickle of the items and one
    task a chunk, as before (counted in this process: the workers' are their own)."""
    import multiprocessing.reduction
    import pickle

    import limner.parallel as parallel
    from tests.core.fakes import enricher_with, marker

    counts = {"pickles": 0, "tasks": 0}
    dumps, forking = pickle.dumps, multiprocessing.reduction.ForkingPickler.dumps

    def counted_dumps(*args: Any, **kwargs: Any) -> bytes:
        counts["pickles"] += 1
        return dumps(*args, **kwargs)

    def counted_task(obj: Any, *args: Any, **kwargs: Any) -> Any:
        # (a task: job, place, function, arguments; the pool's own messages are not)
        if type(obj) is tuple and len(obj) == 5 and obj[2] is parallel._run_chunk:
            counts["tasks"] += 1
        return forking(obj, *args, **kwargs)

    class Pickle:
        HIGHEST_PROTOCOL = pickle.HIGHEST_PROTOCOL
        loads = staticmethod(pickle.loads)
        dumps = staticmethod(counted_dumps)

    monkeypatch.setattr(parallel, "pickle", Pickle)
    monkeypatch.setattr(multiprocessing.reduction.ForkingPickler, "dumps", counted_task)
    e = enricher_with(limner.Annotator("mark", ("mark",), marker("mark")))
    docs = list(e.pipe([f"Text {i}." for i in range(40)], n_process=2, chunksize=4))
    assert len(docs) == 40
    dealt = len(list(chunks(range(40), 4, 2)))
    # each chunk's items pickled once (the workers' results are their own pickles)
    assert counts == {"pickles": dealt, "tasks": dealt}


class _LimitedPipes:
    """An ``fcntl`` whose pipes may not grow past a limit below ``PIPE_BYTES``."""

    F_SETPIPE_SZ = 1031

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.asked: list[int] = []

    def fcntl(self, fd: int, op: int, size: int) -> int:
        self.asked.append(size)
        if size > self.limit:
            raise PermissionError(1, "Operation not permitted")
        return size


class _Conn:
    def fileno(self) -> int:
        return 0


def test_a_pipe_is_widened_to_the_systems_limit_when_that_is_lower(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A system whose pipes may hold 256 KiB at most refuses PIPE_BYTES: that limit is
    asked for instead, not the pipe left at 64 KiB."""
    import limner.parallel as parallel

    limited = _LimitedPipes(1 << 18)
    monkeypatch.setattr(parallel, "fcntl", limited)
    monkeypatch.setattr(parallel, "_pipe_max", lambda: 1 << 18)
    assert _widen(_Conn()) is True
    assert limited.asked == [PIPE_BYTES, 1 << 18]
    # a limit that refuses even that (a user's pipes over their share): left as it is
    limited = _LimitedPipes(1 << 16)
    monkeypatch.setattr(parallel, "fcntl", limited)
    assert _widen(_Conn()) is False


_FIRST_USE = """
import os, sys
sys.path.insert(0, {root!r})
import limner
from tests.core.fakes import enricher_with

built = []  # a table a plugin builds on its first document, in each process that lacks it

def tagger(doc):
    if not built:
        built.append(os.getpid())
        with open({log!r}, "a") as log:
            log.write(f"{{os.getpid()}}\\n")
    return []

e = enricher_with(limner.Annotator("tag", ("tag",), tagger))
docs = [doc.text for doc in e.pipe((f"text {{i}}" for i in range(40)), n_process=2, chunksize=4)]
print(docs == [f"text {{i}}" for i in range(40)], os.getpid())
"""


@pytest.mark.skipif(
    "fork" not in __import__("multiprocessing").get_all_start_methods(),
    reason="workers inherit the parent's state only when forked",
)
def test_what_plugins_build_on_their_first_document_is_built_once_not_per_worker(
    tmp_path: Path,
) -> None:
    """The first item is worked on before the workers are forked: a table a plugin
    builds on first use is built once, in the parent, and inherited by both workers,
    not built again in each of them."""
    import subprocess
    import sys

    root = str(Path(__file__).resolve().parents[2])
    log = tmp_path / "built.txt"
    run = subprocess.run(
        [sys.executable, "-c", _FIRST_USE.format(root=root, log=str(log))],
        capture_output=True, text=True, timeout=120, cwd=root, check=False,
    )
    in_order, parent = run.stdout.split()
    assert in_order == "True", run.stderr
    assert log.read_text().split() == [parent]


def test_a_parallel_pipe_of_nothing_gives_nothing() -> None:
    import limner
    from tests.core.fakes import enricher_with, marker

    e = enricher_with(limner.Annotator("mark", ("mark",), marker("mark")))
    assert list(e.pipe(iter(()), n_process=2)) == []


def test_a_pools_end_that_never_returns_does_not_hold_the_caller(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Pool.terminate can wait forever on a helper thread (python/cpython#78178): the
    results are all given, and the pipe ends, after a bounded wait."""
    import limner
    import limner.parallel as parallel
    from tests.core.fakes import enricher_with, marker

    released = threading.Event()
    ended = threading.Event()
    terminate = _Pool.terminate

    def stuck(self: _Pool) -> None:
        terminate(self)  # the workers and threads end as they would ...
        ended.set()
        released.wait()  # ... and then the call does not return

    monkeypatch.setattr(_Pool, "terminate", stuck)
    monkeypatch.setattr(parallel, "_END_PATIENCE", 0.2)
    e = enricher_with(limner.Annotator("mark", ("mark",), marker("mark")))
    texts = [f"text {i}" for i in range(40)]
    # an earlier pool's end may still be waited for (a loaded machine, or the hang this
    # guards against): only the ones this pipe leaves are counted
    before = set(threading.enumerate())
    try:
        assert [d.text for d in e.pipe(texts, n_process=2, chunksize=4)] == texts
        assert ended.is_set()
        left = [t for t in threading.enumerate() if t not in before]
        assert [t.name for t in left].count("limner-pool-end") == 1
    finally:
        released.set()


def test_no_more_workers_start_than_four_a_cpu(monkeypatch: pytest.MonkeyPatch) -> None:
    """``-j 10000`` (a typo for ``-j 10``) started ten thousand processes."""
    import limner
    import limner.parallel

    started: list[int] = []

    class Counted(_Pool):
        def __init__(self, processes: int, *args: object, **kwargs: object) -> None:
            started.append(processes)
            assert processes <= 2, f"{processes} workers asked for"  # (not started)
            super().__init__(processes, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(limner.parallel, "_Pool", Counted)
    monkeypatch.setattr(limner.parallel, "most_workers", lambda: 2)
    enricher = limner.Enricher(plugins=[], kinds=["sentence"])
    texts = [f"Text {i}. It ends." for i in range(6)]
    docs = list(enricher.pipe(texts, n_process=10_000))
    assert started == [2] and [len(d.select("sentence")) for d in docs] == [2] * 6
    assert limner.parallel.most_workers() == 2
    monkeypatch.undo()
    assert limner.parallel.most_workers() >= 4


def test_workers_that_die_with_no_document_in_hand_end_the_pipe_with_an_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A worker that dies as it starts holds no chunk: the pool starts another, and three
    such deaths in a row end the run with an error that says so, not a hang."""
    import os

    import limner.parallel as parallel
    from limner.errors import LimnerError
    from tests.core.fakes import enricher_with, marker

    def dies(notes: Any) -> None:
        os._exit(5)

    monkeypatch.setattr(parallel._Notes, "claim", staticmethod(dies))
    e = enricher_with(limner.Annotator("mark", ("mark",), marker("mark")))
    with pytest.raises(LimnerError, match=r"no document in hand, 3 in a row \(the last: "
                                          r"the worker process died \(exit code 5\)\)"):
        list(e.pipe([f"Text {i}." for i in range(10)], n_process=2, chunksize=4))
