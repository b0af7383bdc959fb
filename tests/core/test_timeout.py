"""The per-annotator timeout: any thread, the caller's timer kept, no escape by catching,
and resources loaded by ``setup`` before the first document, outside the limit."""

from __future__ import annotations

import contextlib
import math
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import limner
from limner.deadline import TimeLimit, call_with_timeout
from limner.pipeline import MAX_TIMEOUT
from tests.core.fakes import enricher_with, hang, marker

A = limner.Annotator
unix = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs setitimer (Unix)")


def swallow(doc: limner.Document) -> list[limner.Annotation]:
    """Catches everything, the timeout included, and returns a result anyway."""
    with contextlib.suppress(Exception):
        hang(doc)
    return [limner.Annotation(kind="late", start=0, end=1)]


@pytest.fixture
def restore_alarm() -> Iterator[None]:
    handler = signal.getsignal(signal.SIGALRM)
    yield
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, handler)


def test_a_timeout_caught_by_the_annotator_still_counts() -> None:
    e = enricher_with(A("swallow", ("late",), swallow), A("f", ("f",), marker("f")), timeout=0.2)
    doc = e.enrich("text")
    assert [a.kind for a in doc.annotations] == ["f"]  # the late result is discarded
    assert [(x.annotator, x.type) for x in doc.errors] == [("swallow", "AnnotatorTimeout")]
    assert "0.2 s timeout" in doc.errors[0].message


def _skipping_loop(finished: list[bool]) -> limner.AnnotateFunc:
    """An annotator that skips what fails, one piece at a time (``except Exception:
    continue``), for 20 seconds, then notes that it finished."""

    def annotate(doc: limner.Document) -> list[limner.Annotation]:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                sum(range(1000))
            except Exception:  # a piece that fails is skipped
                continue
        finished.append(True)
        return []

    return annotate


@pytest.mark.parametrize("in_thread", [False, True])
def test_a_loop_that_skips_what_fails_is_stopped_by_the_timeout(in_thread: bool) -> None:
    """The interruption is not an Exception, so `except Exception` does not swallow it:
    an annotator that skips each failing piece of its work used to take the timeout
    for one more failure and run on to its end."""
    finished: list[bool] = []
    e = enricher_with(A("skipper", ("s",), _skipping_loop(finished)), timeout=0.2)
    found: list[limner.Document] = []
    if in_thread:
        worker = threading.Thread(target=lambda: found.append(e.enrich("text")))
        worker.start()
        worker.join(60)
    else:
        found.append(e.enrich("text"))
    (doc,) = found
    assert [(x.annotator, x.type) for x in doc.errors] == [("skipper", "AnnotatorTimeout")]
    assert finished == []


def test_timeouts_work_outside_the_main_thread() -> None:
    e = enricher_with(A("slow", ("s",), hang), A("f", ("f",), marker("f")), timeout=0.2)
    found: list[limner.Document] = []
    worker = threading.Thread(target=lambda: found.append(e.enrich("text")))
    t0 = time.monotonic()
    worker.start()
    worker.join(20)
    assert not worker.is_alive() and time.monotonic() - t0 < 10
    (doc,) = found
    assert [a.kind for a in doc.annotations] == ["f"]
    assert [(x.annotator, x.type) for x in doc.errors] == [("slow", "AnnotatorTimeout")]


def test_a_swallowed_timeout_in_a_thread_does_not_leak_out_later() -> None:
    e = enricher_with(A("swallow", ("late",), swallow), timeout=0.1)
    results: list[object] = []

    def run() -> None:
        try:
            doc = e.enrich("text")
            time.sleep(0.2)  # a pending interruption would land here
            results.append(doc)
        except BaseException as exc:  # pragma: no cover - the failure being tested
            results.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(20)
    (doc,) = results
    assert isinstance(doc, limner.Document) and doc.errors[0].type == "AnnotatorTimeout"


def test_after_a_timeout_in_a_thread_the_interpreter_runs_as_before() -> None:
    # A pending interruption withdrawn with PyThreadState_SetAsyncExc(id, NULL)
    # leaves CPython's eval breaker raised for good: code profiled afterwards
    # never gets past its first call.  Run in a child, so a hang fails here.
    script = textwrap.dedent(
        """
        import sys, threading
        import limner
        from tests.core.fakes import enricher_with, hang, marker

        A = limner.Annotator
        e = enricher_with(A("slow", ("s",), hang), A("f", ("f",), marker("f")), timeout=0.2)
        found = []
        worker = threading.Thread(target=lambda: found.append(e.enrich("text")))
        worker.start()
        worker.join(20)
        assert found[0].errors[0].type == "AnnotatorTimeout"
        calls = []
        sys.setprofile(lambda frame, event, arg: calls.append(event))
        e2 = enricher_with(A("f", ("f",), marker("f")))
        e2.enrich("text")
        sys.setprofile(None)
        print(len(calls))
        """
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert 0 < int(done.stdout) < 100_000


@unix
def test_the_callers_alarm_is_restored(restore_alarm: None) -> None:
    signal.signal(signal.SIGALRM, lambda *_: None)
    signal.alarm(30)
    e = enricher_with(A("f", ("f",), marker("f")), timeout=5)
    e.enrich("text")
    left = signal.alarm(0)
    assert 28 <= left <= 30


@unix
def test_the_callers_timer_goes_off_on_time_during_a_call(restore_alarm: None) -> None:
    rang: list[float] = []
    signal.signal(signal.SIGALRM, lambda *_: rang.append(time.monotonic()))
    t0 = time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, 0.1)

    def slow(doc: limner.Document) -> list[limner.Annotation]:
        time.sleep(0.3)
        return [limner.Annotation(kind="s", start=0, end=1)]

    doc = enricher_with(A("slow", ("s",), slow), timeout=5).enrich("text")
    assert doc.errors == [] and len(doc) == 1  # their timer did not stop our annotator
    assert len(rang) == 1 and 0.05 < rang[0] - t0 < 1.0  # and it rang, once, not early
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


# more than a timer holds failed every annotator (OverflowError: timestamp out of range),
# and an int past a float's range failed the Enricher with a bare OverflowError
@pytest.mark.parametrize("bad", [0, -1, math.nan, math.inf, "5", True, 1e300, 10**400])
def test_timeout_must_be_a_positive_number(bad: object) -> None:
    with pytest.raises(limner.ConfigError, match="timeout must be a positive number"):
        limner.Enricher(plugins=[], timeout=bad)  # type: ignore[arg-type]


def test_the_longest_timeout_a_timer_holds_is_taken() -> None:
    doc = limner.Enricher(plugins=[], kinds=["sentence"], timeout=MAX_TIMEOUT).enrich("Rain. Sun.")
    assert doc.errors == [] and len(doc.select("sentence")) == 2


def test_setup_runs_once_before_the_first_document_outside_the_timeout() -> None:
    calls: list[str] = []

    def load() -> None:
        calls.append("setup")
        time.sleep(0.4)  # longer than the timeout: a build of an index

    def run(doc: limner.Document) -> list[limner.Annotation]:
        calls.append("run")
        return [limner.Annotation(kind="x", start=0, end=1)]

    e = enricher_with(A("x", ("x",), run, setup=load), timeout=0.2)
    docs = [e.enrich("a"), e.enrich("b")]
    assert calls == ["setup", "run", "run"]
    assert all(d.errors == [] and len(d) == 1 for d in docs)


def test_a_failing_setup_is_reported_on_each_document_and_others_run() -> None:
    def load() -> None:
        raise OSError("index missing")

    e = enricher_with(A("x", ("x",), marker("x"), setup=load), A("f", ("f",), marker("f")))
    events: list[tuple[str, str]] = []
    e.setup(report=lambda name, what: events.append((name, what)))
    assert events == [("x", "start"), ("x", "failed: OSError: index missing")]
    assert list(e.setup_errors) == ["x"]
    for text in ("a", "b"):
        doc = e.enrich(text)
        assert [a.kind for a in doc.annotations] == ["f"]
        assert [(x.annotator, x.type) for x in doc.errors] == [("x", "OSError")]
        assert "setup failed: index missing" in doc.errors[0].message


def test_time_limit_without_expiry_returns_the_result() -> None:
    assert call_with_timeout(lambda: 42, 5, "x") == 42
    with TimeLimit(5) as limit:
        pass
    assert not limit.expired
