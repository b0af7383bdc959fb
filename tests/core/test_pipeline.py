"""The Enricher: planning from declarations, fault isolation, timings, pipe."""

from __future__ import annotations

import copy
import itertools
import pickle
import re
import threading
import warnings

import pytest

import limner
from limner.config import name_list
from tests.core.fakes import boom, enricher_with, hang, make_plugin, marker

A = limner.Annotator


def test_plan_orders_from_declarations_not_registration() -> None:
    anns = [
        A("c", ("z",), marker("z"), requires=("y",)),
        A("b", ("y",), marker("y"), requires=("x",)),
        A("a", ("x",), marker("x")),
        A("d", ("w",), marker("w"), uses=("z",)),
    ]
    orders = {tuple(a.name for a in limner.plan(list(p))) for p in itertools.permutations(anns)}
    assert orders == {("a", "b", "c", "d")}


def test_plan_names_a_requirement_nobody_produces() -> None:
    with pytest.raises(limner.PlanError, match=r"'sent'.*requires kind 'location'"):
        limner.plan([A("sent", ("s",), marker("s"), requires=("location",))])


def test_plan_names_the_annotators_of_a_cycle() -> None:
    with pytest.raises(limner.PlanError, match="cycle") as info:
        limner.plan(
            [
                A("p", ("x",), marker("x"), requires=("y",)),
                A("q", ("y",), marker("y"), requires=("x",)),
                A("r", ("z",), marker("z")),
            ]
        )
    assert "p" in str(info.value) and "q" in str(info.value) and "r," not in str(info.value)


def test_plan_rejects_two_annotators_with_one_name() -> None:
    with pytest.raises(limner.PlanError, match="two annotators are named 'a'"):
        limner.plan([A("a", ("x",), marker("x")), A("a", ("y",), marker("y"))])


def test_uses_is_optional() -> None:
    e = enricher_with(A("s", ("s",), marker("s"), uses=("location",)))
    assert [a.kind for a in e.enrich("text").annotations] == ["s"]


def test_failure_is_recorded_dependents_skipped_others_kept() -> None:
    e = enricher_with(
        A("good", ("g",), marker("g")),
        A("bad", ("b",), boom),
        A("needs_bad", ("n",), marker("n"), requires=("b",)),
        A("needs_needs", ("m",), marker("m"), requires=("n",)),
        A("needs_good", ("h",), marker("h"), requires=("g",)),
    )
    doc = e.enrich("some text")
    assert sorted(a.kind for a in doc.annotations) == ["g", "h"]
    by = {err.annotator: err for err in doc.errors}
    assert by["bad"].type == "RuntimeError" and by["bad"].message == "kaboom"
    assert by["bad"].plugin == "fake"
    assert by["needs_bad"].type == "Skipped" and "'bad'" in by["needs_bad"].message
    assert by["needs_needs"].type == "Skipped" and "'needs_bad'" in by["needs_needs"].message


def test_a_skip_says_the_kind_the_annotator_that_failed_and_who_made_part_of_it() -> None:
    # a kind two annotators make, one failing: its reader was skipped "as it requires 'k'
    # from 'bad' failed", which named neither the plugin nor the part the other made
    state = {"fail": True}

    def flaky(doc: limner.Document) -> list:
        if state["fail"]:
            raise RuntimeError("kaboom")
        return [*marker("k", 1, 2)(doc), *marker("j")(doc)]

    e = enricher_with(
        A("good", ("k",), marker("k")),
        A("bad", ("k", "j"), flaky),
        A("reader", ("r",), marker("r"), requires=("k",)),
        A("after", ("s",), marker("s"), requires=("r", "j")),
    )
    doc = e.enrich("some text")
    by = {err.annotator: err for err in doc.errors}
    assert by["reader"].type == "Skipped"
    assert by["reader"].message == (
        "not run: it requires kind 'k', which annotator 'bad' (plugin 'fake') makes, and "
        "that annotator failed (annotator 'good' (plugin 'fake') made only part of it)"
    )
    assert by["after"].message == (
        "not run: it requires kind 'r', which annotator 'reader' (plugin 'fake') makes, "
        "and that annotator was not run either; and kind 'j', which annotator 'bad' "
        "(plugin 'fake') makes, and that annotator failed"
    )
    # the reader read no part of 'k': enriched again, it runs on the whole of it
    state["fail"] = False
    again = e.enrich(doc)
    assert again.errors == []
    assert sorted(a.kind for a in again) == ["j", "k", "k", "r", "s"]


def test_a_skip_names_every_annotator_that_did_not_make_the_kind_and_only_the_others_part(
) -> None:
    """Two of a kind's three makers failing: its reader's skip named the last that had
    failed alone, and counted the other failed one among those that "made only part of
    it"."""

    def boom(doc: limner.Document) -> list:
        raise RuntimeError("kaboom")

    e = enricher_with(
        A("bad1", ("k",), boom),
        A("bad2", ("k",), boom),
        A("good", ("k",), marker("k")),
        A("reader", ("r",), marker("r"), requires=("k",)),
        A("skipped", ("k2",), marker("k2"), requires=("r",)),
        A("bad3", ("k2",), boom),
        A("last", ("s",), marker("s"), requires=("k2",)),
    )
    doc = e.enrich("some text")
    by = {err.annotator: err for err in doc.errors}
    assert by["reader"].message == (
        "not run: it requires kind 'k', which annotator 'bad1' (plugin 'fake') and "
        "annotator 'bad2' (plugin 'fake') make, and those annotators failed "
        "(annotator 'good' (plugin 'fake') made only part of it)"
    )
    assert by["last"].message == (
        "not run: it requires kind 'k2', which annotator 'bad3' (plugin 'fake') and "
        "annotator 'skipped' (plugin 'fake') make, and neither made it ('bad3' failed, "
        "'skipped' was not run either)"
    )


def test_annotator_returning_bad_spans_or_objects_is_isolated() -> None:
    e = enricher_with(
        A("outside", ("o",), lambda doc: [limner.Annotation(kind="o", start=0, end=10_000)]),
        A("wrongtype", ("w",), lambda doc: ["not an annotation"]),
        A("fine", ("f",), marker("f")),
    )
    doc = e.enrich("tiny")
    assert [a.kind for a in doc.annotations] == ["f"]
    errors = {err.annotator: err for err in doc.errors}
    assert errors["wrongtype"].type == "TypeError"
    assert (
        errors["outside"].type == "ValueError" and "outside the text" in errors["outside"].message
    )


def test_hanging_annotator_times_out_and_others_survive() -> None:
    e = enricher_with(A("slow", ("s",), hang), A("fast", ("f",), marker("f")), timeout=0.2)
    doc = e.enrich("text")
    assert [a.kind for a in doc.annotations] == ["f"]
    assert doc.errors[0].type == "AnnotatorTimeout"
    assert "slow" in doc.errors[0].message


def test_timings_are_recorded_per_annotator() -> None:
    e = enricher_with(A("x", ("x",), marker("x")), A("y", ("y",), marker("y")))
    e.enrich("a")
    e.enrich("b")
    assert set(e.last_timings) == {"x", "y"}
    assert e.timings["x"].calls == 2 and e.timings["x"].seconds >= 0


def test_on_demand_annotators_run_only_when_needed() -> None:
    assert [a.name for a in limner.Enricher(plugins=[]).annotators] == []
    e = enricher_with(A("needs", ("n",), marker("n"), requires=("sentence",)))
    assert [a.name for a in e.annotators] == ["sentences", "needs"]
    k = limner.Enricher(plugins=[], kinds=["token"])
    assert [a.name for a in k.annotators] == ["tokens"]


def test_enrich_rejects_non_text() -> None:
    with pytest.raises(TypeError, match="str or a Document"):
        limner.Enricher(plugins=[]).enrich(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize("manager", ["numbers", 5, ["numbers"]])
def test_a_manager_that_is_no_plugin_manager_is_a_type_error_naming_it(manager: object) -> None:
    """It was a bare AttributeError ("'str' object has no attribute 'config'")."""
    with pytest.raises(TypeError, match=r"manager takes a limner\.PluginManager, not"):
        limner.Enricher(manager=manager)  # type: ignore[arg-type]


def test_enriching_a_document_adds_only_missing_kinds() -> None:
    e = enricher_with(A("x", ("x",), marker("x")))
    doc = e.enrich("abc")
    again = e.enrich(doc)
    assert again is doc and len(doc) == 1


def _held_in_its_annotator(kind: str) -> tuple[limner.Enricher, threading.Event, threading.Event]:
    """An Enricher whose one annotator, on its first call, says it started and waits to
    be let go (at most 30 s); the events ``started`` and ``go``."""
    started, go = threading.Event(), threading.Event()

    def waits(doc: limner.Document) -> list:
        if not started.is_set():
            started.set()
            go.wait(30)
        return [limner.Annotation(kind=kind, start=0, end=1)]

    return enricher_with(A(kind, (kind,), waits)), started, go


def test_a_document_enriched_in_two_threads_at_once_holds_the_work_once() -> None:
    """The second call waits for the first and finds its work done, as a call after it
    does: each found the kind missing, and the document held every annotation twice."""
    e, started, go = _held_in_its_annotator("x")
    doc = limner.Document(text="abc", id="d")
    first = threading.Thread(target=e.enrich, args=(doc,))
    first.start()
    assert started.wait(30)
    second = threading.Thread(target=e.enrich, args=(doc,))
    second.start()
    second.join(1)  # (the time the second call had to store its own, unheld)
    go.set()
    first.join(30)
    second.join(30)
    assert [(a.id, a.kind) for a in doc.annotations] == [("x1", "x")] and doc.errors == []


def test_documents_enriched_in_two_threads_at_once_do_not_wait_for_each_other() -> None:
    e, started, go = _held_in_its_annotator("x")
    held, other = limner.Document(text="abc", id="d"), limner.Document(text="xyz", id="e")
    first = threading.Thread(target=e.enrich, args=(held,))
    first.start()
    try:
        assert started.wait(30)
        second = threading.Thread(target=e.enrich, args=(other,))
        second.start()
        second.join(30)
        assert not second.is_alive() and len(other) == 1 and len(held) == 0
    finally:
        go.set()
        first.join(30)
    assert len(held) == 1


def test_an_annotator_enriching_the_document_its_caller_holds_is_refused_not_stuck() -> None:
    """A call on the document inside an annotator of a call that holds it (the Document
    itself, not the view it reads), in the same thread, takes it again and runs: what it
    stored is undone and the annotator refused, as before; it does not wait for itself."""
    doc = limner.Document(text="abc", id="d")
    inner = enricher_with(A("y", ("y",), marker("y")))

    def enriches_the_outer(view: limner.Document) -> list:
        inner.enrich(doc)
        return []

    outer = enricher_with(A("x", ("x",), enriches_the_outer))
    call = threading.Thread(target=outer.enrich, args=(doc,), daemon=True)
    call.start()
    call.join(30)
    assert not call.is_alive() and doc.annotations == ()
    (error,) = doc.errors
    assert (error.annotator, error.type) == ("x", "ContractError")


def test_an_annotator_that_found_some_of_its_kinds_is_not_run_again() -> None:
    """An annotator that makes several kinds need not find each (quotes, the people who
    speak them, no sources): a document saved and enriched again lacked a kind of it,
    and the annotator ran again and added its quotes a second time."""
    calls: list[int] = []

    def quotes(doc: limner.Document) -> list:
        calls.append(1)
        return [limner.Annotation(kind="quote", start=0, end=3)]

    e = enricher_with(A("q", ("quote", "source"), quotes))
    doc = e.enrich("abc def")
    saved = limner.Document.from_json(doc.to_json())
    assert e.enrich(saved).to_json() == doc.to_json()
    assert e.enrich(doc) is doc and [a.kind for a in doc.annotations] == ["quote"]
    assert len(calls) == 1


def test_a_kind_two_annotators_of_a_plugin_make_tells_neithers_work() -> None:
    """An annotation's source names its plugin: a "name" that the plugin's "names"
    annotator made is no sign that its "links" annotator (which makes names and links)
    ran.  "links" failed at its first run and was never tried again."""
    calls: list[int] = []

    def names(doc: limner.Document) -> list:
        return [limner.Annotation(kind="name", start=0, end=3)]

    def links(doc: limner.Document) -> list:
        calls.append(1)
        if len(calls) == 1:
            raise OSError("the link service is down")
        return [limner.Annotation(kind="link", start=0, end=3)]

    e = enricher_with(A("names", ("name",), names), A("links", ("name", "link"), links))
    doc = e.enrich("Ann Bob")
    assert [err.annotator for err in doc.errors] == ["links"]
    e.enrich(doc)
    assert len(calls) == 2 and not doc.errors
    assert sorted(a.kind for a in doc.annotations) == ["link", "name"]
    e.enrich(doc)  # every kind of both is there now: neither runs again
    assert len(calls) == 2 and len(doc) == 2


def test_an_annotator_runs_on_a_document_whose_kinds_others_made() -> None:
    """Only the annotator's own plugin's work counts as its work: a quote the caller
    added by hand does not stop the quotes annotator (it lacks sources, and holds no
    quote of the annotator's plugin)."""
    calls: list[int] = []

    def quotes(doc: limner.Document) -> list:
        calls.append(1)
        return [limner.Annotation(kind="quote", start=4, end=7)]

    e = enricher_with(A("q", ("quote", "source"), quotes))
    doc = limner.Document("abc def")
    doc.add([limner.Annotation(kind="quote", start=0, end=3)])
    e.enrich(doc)
    assert len(calls) == 1
    assert [(a.start, a.source) for a in doc.select("quote")] == [(0, ""), (4, "fake")]


def test_kinds_the_caller_gave_are_read_not_taken_for_an_annotators_work() -> None:
    """Every kind an annotator makes, given by hand (no source), stopped it: a caller's
    targets stopped the search for the names the caller had also asked for.  A layer the
    caller gave (its own tokens) still stands for the work, as two cannot be held."""
    calls: list[str] = []

    def marks(doc: limner.Document) -> list:
        calls.append("marks")
        return [limner.Annotation(kind="mark", start=4, end=7)]

    def tokens(doc: limner.Document) -> limner.Layer:
        calls.append("tokens")
        return [limner.Layer("tok", [0], [3])]

    e = enricher_with(A("m", ("mark",), marks), A("t", ("tok",), tokens))
    doc = limner.Document("abc def")
    doc.add([limner.Annotation(kind="mark", start=0, end=3)])
    doc.add_layer(limner.Layer("tok", [0, 4], [3, 7]))
    e.enrich(doc)
    assert calls == ["marks"]
    assert [(a.start, a.source) for a in doc.select("mark")] == [(0, ""), (4, "fake")]
    e.enrich(doc)  # its own work is there now
    assert calls == ["marks"] and len(doc.select("mark")) == 2


def test_an_annotator_that_failed_runs_again_though_a_sibling_made_its_kinds() -> None:
    """Two annotators of one plugin make "x": the one that failed was held done by the
    other's "x", and its failure stayed in the errors at every enrichment."""
    calls: list[str] = []

    def a(doc: limner.Document) -> list:
        calls.append("a")
        if len(calls) == 1:
            raise RuntimeError("the model is not there yet")
        return [limner.Annotation(kind="x", start=2, end=3)]

    def b(doc: limner.Document) -> list:
        calls.append("b")
        return [limner.Annotation(kind="x", start=0, end=1)]

    e = enricher_with(A("a", ("x",), a), A("b", ("x",), b))
    doc = e.enrich("abc def")
    assert [err.annotator for err in doc.errors] == ["a"]
    e.enrich(doc)
    assert calls == ["a", "b", "a"] and not doc.errors
    assert [(x.start, x.end) for x in doc.select("x")] == [(0, 1), (2, 3)]
    e.enrich(doc)  # both have done their work now
    assert calls == ["a", "b", "a"]


def test_an_annotator_run_again_on_a_document_leaves_only_its_new_errors() -> None:
    calls: list[int] = []

    def flaky(doc: limner.Document) -> list:
        calls.append(1)
        if len(calls) % 2:  # fails at its first run, works at its second, fails at its third
            raise RuntimeError(f"feed down, try {len(calls)}")
        return [limner.Annotation(kind="x", start=0, end=1)]

    e = enricher_with(A("flaky", ("x",), flaky), A("bad", ("y",), boom))
    doc = e.enrich("Nairobi, 4 May")
    assert sorted(err.annotator for err in doc.errors) == ["bad", "flaky"]
    e.enrich(doc)  # flaky now works: what it said before is no longer so; bad fails again
    assert [a.kind for a in doc.annotations] == ["x"]
    assert [err.annotator for err in doc.errors] == ["bad"]
    doc.errors.append(limner.Error(plugin="user", annotator="flaky", type="Note", message="kept"))
    e.enrich(doc)  # x is there now: flaky is not run again, and nothing of it is dropped
    assert len(calls) == 2
    assert [(err.plugin, err.annotator) for err in doc.errors] == [
        ("user", "flaky"),
        ("fake", "bad"),
    ]


def test_an_id_or_meta_given_with_a_document_is_refused_not_dropped() -> None:
    """``limner.enrich(doc, meta={...})`` enriched the document and dropped the meta
    without a word (a Document has its own), as did a ``(Document, {"id": ...})`` pair
    given to pipe."""
    e = enricher_with(A("x", ("x",), marker("x")))
    doc = limner.Document(text="text", id="a")
    with pytest.raises(TypeError, match=r"enrich\(\) takes id and meta with a text"):
        e.enrich(doc, meta={"title": "T"})
    with pytest.raises(TypeError, match=r"enrich\(\) takes id and meta with a text"):
        list(e.pipe([(doc, {"id": "b"})]))
    assert doc.annotations == () and doc.meta == {}
    assert e.enrich(doc, id="a", meta={}) is doc and doc.kinds == {"x"}  # its own: as given


def test_timings_count_the_work_of_the_workers_too() -> None:
    """``print(enricher.timings)`` after ``pipe(texts, n_process=2)`` (as the getting
    started page shows it) counted the one document enriched in this process: the
    workers' calls were lost."""
    texts = [f"text {i}" for i in range(30)]
    for n_process in (1, 2):
        e = enricher_with(A("x", ("x",), marker("x")), A("y", ("y",), marker("y")))
        assert len(list(e.pipe(texts, n_process=n_process, chunksize=4))) == 30
        assert {k: t.calls for k, t in e.timings.items()} == {"x": 30, "y": 30}, n_process
        list(e.pipe(texts[:5], n_process=n_process))  # a second run adds to them
        assert e.timings["x"].calls == 35


def test_pipe_keeps_order_in_parallel() -> None:
    e = limner.Enricher(plugins=[], kinds=["sentence"])
    texts = [f"Doc {i}. Second sentence {i}." for i in range(40)]
    serial = list(e.pipe(texts))
    parallel = list(e.pipe(texts, n_process=2, chunksize=3))
    assert parallel == serial
    assert [len(d.select("sentence")) for d in parallel] == [2] * 40


def test_pipe_in_parallel_enriches_the_documents_given_in_place_as_one_process_does() -> None:
    """``enrich`` enriches a Document in place, and so does ``pipe`` in one process: in
    several, the first was enriched in place (in this process) and the others were
    given back as copies, the Documents given left bare: ``for _ in pipe(docs,
    n_process=2): pass`` then wrote every document but the first without annotations."""
    e = enricher_with(A("x", ("x",), marker("x")))
    held = limner.Document(text="held before", id="h")
    held.add([limner.Annotation(kind="y", start=0, end=4)], source="user")
    for n_process in (1, 2):
        docs = [limner.Document(text=f"text {i}", id=str(i)) for i in range(9)]
        docs.insert(4, limner.Document.from_json(held.to_json()))
        errors = [d.errors for d in docs]
        got = list(e.pipe(docs, n_process=n_process, chunksize=2))
        assert all(g is d for g, d in zip(got, docs, strict=True)), n_process
        assert [sorted(d.kinds) for d in docs] == [["x"]] * 4 + [["x", "y"]] + [["x"]] * 5
        assert docs[4].select("y")[0].source == "user" and docs[4].get("x1") is not None
        assert all(d.errors is e for d, e in zip(docs, errors, strict=True))
        docs[0].add([limner.Annotation(kind="x", start=0, end=1)], source="user")
        assert docs[0].select("x")[-1].id == "x2"  # the counters came with the annotations


class _Unpicklable(str):
    """A text that refuses to be pickled (as a str subclass of another library might)."""

    def __reduce__(self) -> str:
        raise TypeError("this text stays where it is")


def test_pipe_in_parallel_enriches_here_what_cannot_be_sent_to_a_worker() -> None:
    """An item that cannot cross to a worker (a lock in a Document's meta, a text that
    refuses pickling) is enriched in this process, in its place: the documents are
    those of one process, and the stream goes on."""
    import threading

    e = enricher_with(A("x", ("x",), marker("x")))
    lock = threading.Lock()
    items = [
        *(f"text {i}" for i in range(5)),
        limner.Document("held", id="d", meta={"lock": lock}),
        _Unpicklable("refuses"),
        ("pair", {"id": "p", "meta": {"lock": lock}}),
        *(f"more {i}" for i in range(5)),
    ]
    serial = list(e.pipe(items))
    parallel = list(e.pipe(items, n_process=2, chunksize=3))
    assert parallel == serial
    assert [d.id for d in parallel][5:8] == ["d", "", "p"]
    assert parallel[5].meta["lock"] is lock and not any(d.errors for d in parallel)


def test_pipe_in_parallel_raises_at_the_place_of_an_item_enrich_refuses() -> None:
    """Not a str or a Document: the documents before it come first, then its TypeError,
    as in one process (not the error alone, the rest of its chunk lost)."""
    e = limner.Enricher(plugins=[])
    items = [*(f"text {i}" for i in range(20)), 5, *(f"after {i}" for i in range(80))]
    for n_process in (1, 2):
        got = []
        with pytest.raises(TypeError, match="str or a Document, got int"):
            # (chunks of 7: the int ends the third, after six texts that go before it)
            got.extend(d.text for d in e.pipe(items, n_process=n_process, chunksize=7))
        assert got == [f"text {i}" for i in range(20)], n_process


def test_pipe_does_not_poll_while_results_stream_back(monkeypatch: pytest.MonkeyPatch) -> None:
    # the pool's thread that keeps the workers wakes when one ends or the pool
    # changes, not once (or more) for every result the workers send back
    import multiprocessing.pool

    calls: list[int] = []
    keep = multiprocessing.pool.Pool._maintain_pool

    def counted(*args: object) -> None:
        calls.append(1)
        keep(*args)

    # the thread runs the standard pool's own loop, whatever pool class started it
    monkeypatch.setattr(multiprocessing.pool.Pool, "_maintain_pool", staticmethod(counted))
    e = limner.Enricher(plugins=[], kinds=["sentence"])
    texts = [f"Doc {i}. Second sentence {i}." for i in range(300)]
    docs = list(e.pipe(texts, n_process=2, chunksize=1))
    assert [d.text for d in docs] == texts
    assert 1 <= len(calls) < 30  # the standard pool's thread: about one per result, or more


def test_pipe_takes_ids_and_meta() -> None:
    e = limner.Enricher(plugins=[])
    docs = list(e.pipe([("a", {"id": "one", "meta": {"k": 1}}), "b"]))
    assert (docs[0].id, docs[0].meta, docs[1].id) == ("one", {"k": 1}, "")


@pytest.mark.parametrize("id", [0, False, [], 0.0])
def test_an_id_that_is_no_str_is_refused_even_when_falsy(id: object) -> None:
    """``id or ""`` made a falsy id the id ``""``: a record's id 0 was dropped without a
    word where its id 5 was refused."""
    e = limner.Enricher(plugins=[])
    with pytest.raises(TypeError, match=r"Document id must be str, got "):
        e.enrich("a", id=id)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"Document id must be str, got "):
        list(e.pipe([("a", {"id": id})]))
    assert e.enrich("a", id=None).id == e.enrich("a").id == ""


def test_an_enricher_pickles_as_its_spec_and_one_given_a_manager_says_why_not() -> None:
    """``pickle.dumps(enricher)`` (an Enricher handed to a process pool) said only
    "cannot pickle 'module' object"."""
    e = limner.Enricher(plugins=[], kinds="sentence", timeout=30)
    back = pickle.loads(pickle.dumps(e))
    assert type(back) is limner.Enricher and back is not e and back.spec() == e.spec()
    assert [a.name for a in back.annotators] == [a.name for a in e.annotators]
    assert back.enrich("One. Two.") == e.enrich("One. Two.")
    pm = limner.PluginManager([])
    with pytest.raises(TypeError, match=r"made with a PluginManager does not pickle.*spec\(\)"):
        pickle.dumps(limner.Enricher(manager=pm))
    assert copy.copy(limner.Enricher(manager=pm)).manager is pm  # (a copy is shallow, as ever)


def test_an_enricher_pickles_with_the_options_it_was_made_with() -> None:
    """The spec kept the caller's lists as they were given: one the caller changed
    after the Enricher was made (or that code changed in a spec it was handed) changed
    the Enricher that a pickle, a ``pipe`` worker or a Dask worker built, and not this
    one, which ran with another setting than they did."""
    opt = limner.Option("fake.words", ["a"], help="words")
    given = {"fake.words": ["b"]}
    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(limner_config_options=lambda: [opt]), "fake")
    e = limner.Enricher(manager=pm, config=given)
    given["fake.words"].append("c")
    e.spec()["config"]["fake.words"].append("d")
    assert e.config["fake.words"] == ["b"] and e.spec()["config"] == {"fake.words": ["b"]}
    names = {"sentiment.target_kinds": ["location", "person"]}
    e = limner.Enricher(plugins=["sentiment"], config=names)
    names["sentiment.target_kinds"].append("quote")
    e.spec()["config"]["sentiment.target_kinds"].append("organization")
    back = pickle.loads(pickle.dumps(e))
    assert back.config["sentiment.target_kinds"] == e.config["sentiment.target_kinds"]
    assert e.config["sentiment.target_kinds"] == "location,person"


def test_config_is_validated() -> None:
    opt = limner.Option(
        "fake.level",
        3,
        help="a level",
        validate=lambda v: (
            v if 0 <= v <= 5 else (_ for _ in ()).throw(ValueError("between 0 and 5"))
        ),
    )

    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(limner_config_options=lambda: [opt]), "fake")
    assert limner.Enricher(manager=pm).config["fake.level"] == 3
    assert limner.Enricher(manager=pm, config={"fake.level": "4"}).config["fake.level"] == 4
    with pytest.raises(limner.ConfigError, match="between 0 and 5"):
        limner.Enricher(manager=pm, config={"fake.level": 9})
    with pytest.raises(limner.ConfigError, match=r"unknown configuration option 'fake\.levle'"):
        limner.Enricher(manager=pm, config={"fake.levle": 1})


@pytest.mark.parametrize(
    ("key", "said"),
    [
        ("quotes.min_words", r"'quotes\.min_words': no enabled plugin has options under 'quotes'"),
        ("numbers.decimal_comma", r"no enabled plugin has options under 'numbers'"),
        ("other.levle", r"'other\.levle': no enabled plugin has options under 'other'"),
    ],
)
def test_an_option_of_a_plugin_not_enabled_is_named_as_such(key: str, said: str) -> None:
    opt = limner.Option("fake.level", 3, help="a level")
    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(limner_config_options=lambda: [opt]), "fake")
    with pytest.raises(limner.ConfigError, match=said):
        limner.Enricher(manager=pm, config={key: 1})


@pytest.mark.parametrize(
    ("key", "meant"),
    [
        ("fake.levle", "'fake.level'"),
        ("fake.leve", "'fake.level'"),
        ("Fake.Level", "'fake.level'"),  # not "no enabled plugin has options under 'Fake'"
        ("fake-level", "'fake.level'"),
        ("fake.widht", "'fake.width'"),
        ("fake.size", "'fake.side' or 'fake.sides'"),
    ],
)
def test_a_near_miss_of_an_option_name_says_the_option_meant(key: str, meant: str) -> None:
    options = [limner.Option(f"fake.{n}", 3, help="a size") for n in ("level", "width")]
    options += [limner.Option(f"fake.{n}", 3, help="a size") for n in ("side", "sides")]
    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(limner_config_options=lambda: options), "fake")
    with pytest.raises(limner.ConfigError) as caught:
        limner.Enricher(manager=pm, config={key: 1})
    assert str(caught.value) == (
        f"unknown configuration option {key!r} (did you mean {meant}?); known options: "
        "fake.level, fake.side, fake.sides, fake.width"
    )


def test_shortcut_reuses_one_enricher() -> None:
    d1 = limner.enrich("One. Two.", plugins=[], kinds=["sentence"])
    d2 = limner.enrich("One. Two.", plugins=[], kinds=["sentence"])
    assert d1 == d2 and len(d1.select("sentence")) == 2


@pytest.mark.parametrize(
    ("default", "given", "expected"),
    [
        (True, False, False),
        (True, "off", False),
        (3, 4, 4),
        (3, "4", 4),
        (0.5, 2, 2.0),
        (0.5, "2.5", 2.5),
        ("", "/tmp/x", "/tmp/x"),
        (None, [1], [1]),
        # a list or a dict from a string (`-c fake.o=...`): as JSON
        (["a"], '["x", "y"]', ["x", "y"]),
        (["a"], "[]", []),
        ({"a": 1}, '{"b": [2]}', {"b": [2]}),
    ],
)
def test_option_values_take_the_default_type(
    default: object, given: object, expected: object
) -> None:
    got = limner.Option("fake.o", default).convert(given)
    assert got == expected and type(got) is type(expected)


@pytest.mark.parametrize(
    ("default", "given", "wanted"),
    [
        (True, 1, "true or false"),
        (True, "maybe", "true or false"),
        (3, True, "a whole number"),
        (3, 2.5, "a whole number"),
        (3, "abc", "expected a whole number$"),
        (3, "1e3", "expected a whole number$"),
        (0.5, False, "a number"),
        (0.5, "half", "expected a number$"),
        ("", 7, "a str"),
        (["a"], "x,y", r"expected a list \(in a string, as JSON: \[\.\.\.\]\)$"),
        (["a"], '{"x": 1}', r"expected a list \(in a string, as JSON"),
        ({"a": 1}, "[1]", r"expected a dict \(in a string, as JSON: \{\.\.\.\}\)$"),
    ],
)
def test_option_values_of_another_type_are_refused(
    default: object, given: object, wanted: str
) -> None:
    with pytest.raises(limner.ConfigError, match=f"option 'fake.o'.*{wanted}"):
        limner.Option("fake.o", default).convert(given)


@pytest.mark.parametrize(
    "given", ["nan", "NaN", "inf", "-inf", "1e999", float("nan"), float("inf"), 10**400]
)
def test_a_float_option_refuses_what_is_no_finite_number(given: object) -> None:
    """NaN passed every check (it compares false to every bound: a validate's `v < 0`),
    1e999 became infinity, and an int past a float's range was an OverflowError."""
    with pytest.raises(limner.ConfigError, match=r"option 'fake\.o'.*expected a finite number$"):
        limner.Option("fake.o", 0.5, validate=lambda v: v).convert(given)


def test_a_float_option_whose_default_is_infinite_takes_infinity() -> None:
    assert limner.Option("fake.o", float("inf")).convert("inf") == float("inf")


@pytest.mark.parametrize(
    ("given", "held"),
    [
        ("location, person,,", "location,person"),
        (["location", " person ", "location"], "location,person"),
        (("person",), "person"),
        ([], ""),
        # a list written as JSON, as every other list option takes it from -c (it was
        # read as the names '["location"' and '"person"]', and no target was scored)
        ('["location", "person"]', "location,person"),
        (' ["Sadiq Khan|the mayor"] ', "Sadiq Khan|the mayor"),
    ],
)
def test_an_option_of_names_takes_them_as_every_entry_point_does(given: object, held: str) -> None:
    option = limner.Option("fake.kinds", "location", names=True)
    assert option.convert(given) == held


@pytest.mark.parametrize("given", [5, [5], ["location", None], b"location", None,
                                   '["location"', "[5]", '{"a": 1}'])
def test_an_option_of_names_refuses_what_is_no_names_naming_the_option(given: object) -> None:
    with pytest.raises(limner.ConfigError, match=r"option 'fake\.kinds'"):
        limner.Option("fake.kinds", "location", names=True).convert(given)


@pytest.mark.parametrize("given", [{"location", "person"}, frozenset({"location"})])
def test_an_option_of_names_refuses_a_set_whose_order_is_the_hash_seeds(given: object) -> None:
    # its names were taken in the order of the run's hash seed
    with pytest.raises(limner.ConfigError, match=r"option 'fake\.kinds'.*a set has no order"):
        limner.Option("fake.kinds", "location", names=True).convert(given)
    assert limner.Option("fake.kinds", "location", kinds=True).names


def test_an_option_of_kinds_warns_of_a_kind_no_plugin_makes() -> None:
    # 'plaec' was taken without a word, and nothing was ever read of it
    def plugin() -> object:
        return make_plugin(
            A("finder", ("place",), marker("place")),
            A("reader", ("mark",), marker("mark"), uses=("place",)),
            limner_config_options=lambda: [
                limner.Option("fake.kinds", "place,awaited", kinds=True)
            ],
        )

    def enricher(kinds: str) -> limner.Enricher:
        pm = limner.PluginManager(plugins=[])
        pm.register(plugin(), "fake")
        return limner.Enricher(manager=pm, config={"fake.kinds": kinds})

    with pytest.warns(limner.PluginWarning) as caught:
        enricher("plaec,awaited,place")
    (said,) = [str(w.message) for w in caught]
    assert said.startswith(
        "option 'fake.kinds' names 'plaec' (did you mean 'place'?), which no installed "
        "plugin makes"
    )
    assert "make: mark, place" in said
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        # made, awaited by the default, or made by an installed plugin not enabled
        enricher("place,awaited,number")
    # the kind meant may be awaited or made by a plugin not enabled: no hint was given
    with pytest.warns(limner.PluginWarning, match=r"names 'numbr' \(did you mean 'number'\?\), "
                      r"'awaitd' \(did you mean 'awaited'\?\), which"):
        enricher("numbr,awaitd")


def test_an_option_of_kinds_asks_once_what_the_plugins_not_enabled_make(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # each kind no enabled plugin made loaded the plugins not enabled anew, in a manager
    # of their own: three kinds, three managers, at every Enricher made (pipe workers too)
    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(
        A("finder", ("place",), marker("place")),
        limner_config_options=lambda: [limner.Option("fake.kinds", "place", kinds=True)],
    ), "fake")
    built = []
    init = limner.PluginManager.__init__

    def counted(self: limner.PluginManager, *args: object, **kwargs: object) -> None:
        built.append(args)
        init(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(limner.PluginManager, "__init__", counted)
    with pytest.warns(limner.PluginWarning, match=r"names 'plaec' \(did you mean 'place'\?\), "
                      r"'mark', 'spot', which no installed plugin makes"):
        limner.Enricher(manager=pm, config={"fake.kinds": "plaec,number,mark,spot"})
    assert len(built) == 1


def test_a_kind_no_plugin_makes_is_a_plan_error() -> None:
    with pytest.raises(limner.PlanError, match=r"no enabled plugin makes 'sentense'; kinds made: "):
        limner.Enricher(plugins=[], kinds=["sentence", "sentense"])


@pytest.mark.parametrize("kinds", ["", ",", [], ()])
def test_kinds_that_name_no_kind_are_a_plan_error(kinds) -> None:
    """Not a run that makes nothing, silently (``-k ""``): left out, every kind is made."""
    with pytest.raises(limner.PlanError, match=r"kinds names no kind .*; kinds made: .*sentence"):
        limner.Enricher(plugins=[], kinds=kinds)


@pytest.mark.parametrize(
    ("given", "names"),
    [
        (None, None),
        ("numbers", ("numbers",)),
        (" numbers , quotes,,", ("numbers", "quotes")),
        ("", ()),
        (["numbers", " quotes ", "numbers"], ("numbers", "quotes")),
        (("numbers",), ("numbers",)),
        (frozenset(), ()),
    ],
)
def test_names_are_a_comma_separated_str_or_strs(given: object, names: object) -> None:
    assert name_list(given, "plugins") == names  # type: ignore[arg-type]


@pytest.mark.parametrize("given", [5, [5], ["numbers", None], b"numbers", {"numbers": 1}])
def test_names_of_another_type_are_refused_naming_the_argument(given: object) -> None:
    with pytest.raises(TypeError, match="kinds takes names"):
        name_list(given, "kinds")  # type: ignore[arg-type]


def test_every_entry_point_reads_one_str_as_comma_separated_names() -> None:
    text = "Nearly 300 people came. They left."
    for doc in (
        limner.enrich(text, plugins="numbers"),
        limner.Enricher(plugins="numbers").enrich(text),
        limner.Enricher(plugins="numbers,quotes", disable="quotes").enrich(text),
    ):
        assert "number" in doc.kinds and "quote" not in doc.kinds
    for doc in (
        limner.enrich(text, plugins="", kinds="sentence"),
        limner.Enricher(plugins=[], kinds="sentence").enrich(text),
    ):
        assert doc.kinds == {"sentence"} and len(doc.select("sentence")) == 2
    assert limner.Enricher(plugins=[], kinds="sentence, token").kinds == ("sentence", "token")
    assert limner.PluginManager(plugins="numbers").names() == [
        "formats",
        "html",
        "numbers",
        "segment",
    ]


@pytest.mark.parametrize(
    ("texts", "kwargs", "error", "message"),
    [
        ("one text", {}, TypeError, "got str [(]one text: use enrich[)]"),
        (None, {}, TypeError, "takes an iterable of texts, .* got NoneType"),
        (limner.Document("x"), {}, TypeError, "got Document [(]one text: use enrich[)]"),
        # (its keys were enriched as the texts: the ids of {id: text}, in silence)
        ({"d1": "One text."}, {}, TypeError, "got dict [(]a mapping: its keys are no texts"),
        (["a"], {"n_process": "2"}, TypeError, "n_process is an int, got str '2'"),
        (["a"], {"n_process": 2, "chunksize": 0}, ValueError, "chunksize is at least 1, got 0"),
        # not one process in silence: -1 asks for every core in other libraries' pipe
        (["a"], {"n_process": -1}, ValueError, "n_process is at least 1, got -1"),
        (["a"], {"n_process": 0}, ValueError, "n_process is at least 1, got 0"),
    ],
)
def test_pipe_refuses_its_arguments_at_once(texts, kwargs, error, message) -> None:
    """When called, not at the first document (a str was enriched a letter at a time)."""
    e = enricher_with(A("x", ("x",), marker("x")))
    with pytest.raises(error, match=message):
        e.pipe(texts, **kwargs)


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (("text", None), "pairs, got a tuple of 2 whose second item is NoneType"),
        (("text",), "pairs, got a tuple of 1"),
        (("text", {"id": "a", "metadata": {"k": 1}}), "takes the keys id and meta, not 'metadata'"),
    ],
)
@pytest.mark.parametrize("n_process", [1, 2])
def test_pipe_names_a_pair_it_cannot_read_at_its_place(item, message, n_process) -> None:
    """Not a raw unpacking error, nor an ``extra`` key dropped (``metadata`` for ``meta``)."""
    e = enricher_with(A("x", ("x",), marker("x")))
    got = []
    with pytest.raises(TypeError, match=message):
        got.extend(d.text for d in e.pipe(["before", item, "after"], n_process=n_process))
    assert got == ["before"]


@pytest.mark.parametrize(
    ("returned", "name"),
    [
        ("abc", "str"),
        ({"kind": "x", "start": 0, "end": 1}, "dict"),
        (limner.Annotation(kind="x", start=0, end=1), "Annotation"),
        (None, "NoneType"),
        (5, "int"),
    ],
)
@pytest.mark.parametrize("timeout", [None, 30])
def test_an_annotator_returning_one_thing_for_many_is_named(returned, name, timeout) -> None:
    """A str is not read a character at a time, nor a dict by its keys, and what is not
    iterable at all (a ``return`` forgotten) is not "'NoneType' object is not iterable":
    the error names the annotator, what it returned and what is due."""
    e = enricher_with(A("x", ("x",), lambda doc: returned), timeout=timeout)
    doc = e.enrich("text")
    assert len(doc) == 0
    (err,) = doc.errors
    assert err.type == "TypeError"
    forgotten = " (is its return forgotten?)" if returned is None else ""
    assert err.message == (
        f"annotator 'x' (plugin 'fake') returned {name}, not an iterable of Annotations "
        f"(and Layers){forgotten}"
    )


@pytest.mark.parametrize(
    ("required", "said"),
    [
        ("cafe\u0301", r"'cafe\u0301' differs from the kind made 'caf\xe9' only in case or in how"),
        ("Caf\xe9", r"'Caf\xe9' differs from the kind made 'caf\xe9' only in case or in how"),
    ],
)
def test_a_kind_required_that_differs_from_one_made_only_in_case_or_composition_is_named(
    required: str, said: str
) -> None:
    """"requires kind 'café', which no enabled annotator produces" beside a plugin that
    makes 'café' (one code point, where the other is an e and a combining accent) said
    nothing of why: the two kinds are named as they differ."""
    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(A("maker", ("caf\xe9",), marker("caf\xe9"))), "maker")
    pm.register(make_plugin(A("user", ("u",), marker("u"), requires=(required,))), "user")
    with pytest.raises(limner.PlanError, match=re.escape(said)):
        limner.Enricher(manager=pm)
    pm.unregister("user")
    with pytest.raises(limner.PlanError, match=re.escape(said)):
        limner.Enricher(manager=pm, kinds=[required])


def test_last_timings_are_each_threads_own() -> None:
    """Two threads enriching with one Enricher: each reads the timings of its own last
    document (one dict was shared, and a call still under way wrote into the other's)."""
    import threading

    entered, release = threading.Event(), threading.Event()

    def slow_x(doc: limner.Document) -> list:
        if doc.text == "slow":
            entered.set()
            release.wait(10)
        return marker("x")(doc)

    e = enricher_with(A("ax", ("x",), slow_x), A("ay", ("y",), marker("y")))
    seen: dict[str, set[str]] = {}

    def other() -> None:
        e.enrich("slow")
        seen["other"] = set(e.last_timings)

    worker = threading.Thread(target=other)
    worker.start()
    assert entered.wait(10)
    held = limner.Document("fast")
    held.add([limner.Annotation(kind="y", start=0, end=1)], source="fake")
    e.enrich(held)  # only ax runs: y, its plugin's work, is there
    release.set()
    worker.join(10)
    assert seen["other"] == {"ax", "ay"}
    assert set(e.last_timings) == {"ax"}
    assert copy.copy(e).last_timings == {}


def test_a_plan_error_names_the_installed_plugin_that_is_not_enabled() -> None:
    """A kind that only a plugin left out by plugins= or disable= makes: the error names
    that plugin and how to enable it (it said only that no enabled plugin makes it)."""
    with pytest.raises(limner.PlanError, match=r"no enabled plugin makes 'token'.*; plugin "
                       r"'segment', installed but not enabled, makes 'token': take it out "
                       r"of disable"):
        limner.Enricher(plugins=[], disable=["segment"], kinds=["token"])
    pm = limner.PluginManager(plugins=[], disable=["segment"])
    pm.register(make_plugin(A("reader", ("r",), marker("r"), requires=("token",))), "fake")
    with pytest.raises(limner.PlanError, match=r"requires kind 'token'.*disable 'fake'; plugin "
                       r"'segment', installed but not enabled, makes 'token'"):
        limner.Enricher(manager=pm)
    with pytest.raises(limner.PlanError, match=r"plugin 'numbers', installed but not enabled, "
                       r"makes 'number': add it to plugins \(-p numbers"):
        limner.Enricher(plugins=[], kinds=["number"])
    with pytest.raises(limner.PlanError) as info:  # (made by no installed plugin)
        limner.Enricher(plugins=[], kinds=["sentense"])
    assert "not enabled" not in str(info.value)
