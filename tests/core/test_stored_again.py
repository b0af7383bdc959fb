"""What a document stores is never changed by storing it again, and what it stores
can always be written and read back: annotations returned twice, values JSON
readers refuse, fields that the JSON form cannot hold, overlap queries."""

from __future__ import annotations

import functools
import json
from typing import ClassVar

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import limner
from tests.core.fakes import enricher_with


@attrs.frozen(kw_only=True)
class Link(limner.Annotation):
    id_prefix: ClassVar[str] = "r"
    kind: str = "link"
    target: str | None = limner.ref()


def _loaded() -> limner.Document:
    """A document loaded from JSON whose annotation has no source."""
    return limner.Document.from_dict(
        {"schema": "limner/1", "text": "hello world",
         "annotations": [{"id": "x1", "kind": "x", "start": 0, "end": 5}]}
    )


def _ids(doc: limner.Document) -> list[tuple[str, str, str]]:
    return [(a.id, a.kind, a.source) for a in doc.annotations]


def test_an_annotation_returned_again_is_copied_and_the_stored_one_kept() -> None:
    doc = _loaded()
    stored = doc.get("x1")
    # (an annotator whose kinds are all present already does not run: "z" is not)
    enricher = enricher_with(
        limner.Annotator("again", ("x", "z"), lambda d: [d.select("x")[0]])
    )
    enricher.enrich(doc)
    assert _ids(doc) == [("x1", "x", ""), ("x2", "x", "fake")]
    assert doc.get("x1") is stored and stored.id == "x1" and stored.source == ""
    assert limner.Document.from_json(doc.to_json()) == doc


def test_annotations_of_another_document_are_copied_never_changed() -> None:
    first = _loaded()
    second = limner.Document(text="hello world")
    second.add([limner.Annotation(kind="remark", start=0, end=1)], source="user")
    second.add(first.select("x"), source="user")
    assert _ids(first) == [("x1", "x", "")]
    assert _ids(second) == [("r1", "remark", "user"), ("x1", "x", "user")]
    # added by hand, without a source, then given to another document: copied too
    third = limner.Document(text="hello world")
    (mine,) = third.add([limner.Annotation(kind="x", start=0, end=5)])
    fourth = limner.Document(text="hello world")
    fourth.add([limner.Annotation(kind="x", start=6, end=11)], source="user")
    fourth.add([mine], source="other")
    assert (mine.id, mine.source) == ("x1", "") and third.get("x1") is mine
    assert _ids(fourth) == [("x1", "x", "user"), ("x2", "x", "other")]


def test_references_follow_the_copies_of_annotations_made_for_an_earlier_document() -> None:
    @functools.lru_cache
    def found(text: str) -> tuple[Link, Link]:  # a plugin that keeps its results by text
        return Link(start=0, end=5, id="head"), Link(start=6, end=11, target="head")

    enricher = enricher_with(limner.Annotator("memo", ("link",), lambda d: list(found(d.text))))
    first = enricher.enrich("hello world")
    second = limner.Document(text="hello world")
    second.add([limner.Annotation(kind="remark", start=i, end=i + 1) for i in range(2)],
               source="user")
    assert enricher.enrich(second) is second
    for doc in (first, second):
        head, tail = doc.select("link")
        assert tail.target == head.id and doc.get(tail.target) is head
        assert limner.Document.from_json(doc.to_json(), kinds={"link": Link}) == doc
    # the same through Document.add: the batch's ids are its labels
    third = limner.Document(text="hello world")
    third.add([limner.Annotation(kind="remark", start=0, end=1)], source="user")
    head, tail = third.add(first.select("link"))
    assert tail.target == head.id != "r1"


@pytest.mark.parametrize(
    ("value", "named"),
    [
        (10**5000, "field 'huge' holds int"),
        ([1, [2, 10**4400]], "field 'huge' holds list"),
    ],
    ids=["int", "nested"],
)
def test_an_int_too_long_to_write_is_refused_and_the_rest_kept(value: object, named: str) -> None:
    enricher = enricher_with(
        limner.Annotator("fine", ("fine",),
                         lambda d: [limner.Annotation(kind="fine", start=0, end=1)]),
        limner.Annotator("huge", ("huge",), lambda d: [
            limner.Annotation(kind="huge", start=0, end=1, features={"huge": value})]),
    )
    doc = enricher.enrich("hello")
    assert [a.kind for a in doc.annotations] == ["fine"]
    (error,) = doc.errors
    assert error.annotator == "huge" and named in error.message
    assert "digits" in error.message and "NaN" not in error.message
    assert json.loads(doc.to_json())["annotations"][0]["kind"] == "fine"


@pytest.mark.parametrize(
    ("made", "named"),
    [
        (lambda: limner.Annotation(kind="x", start=0, end=1, score="high"), "its score is str"),
        (lambda: limner.Annotation(kind="x", start=0, end=1, score=True), "its score is bool"),
        (lambda: limner.Annotation(kind="x", start=0, end=1, score=[1]), "its score is list"),
        (lambda: limner.Annotation(kind="", start=0, end=1), "its kind is ''"),
        (lambda: limner.Annotation(kind="x", start=0, end=1, features={"start": 5}),
         "its feature 'start' has the name of a field"),
        (lambda: Link(start=0, end=1, features={"target": "x"}),
         "its feature 'target' has the name of a field of Link"),
    ],
)
def test_what_the_json_form_could_not_load_is_refused_on_add(made: object, named: str) -> None:
    doc = limner.Document(text="hello")
    with pytest.raises(ValueError, match=named):
        doc.add([made()], source="s")  # type: ignore[operator]
    assert len(doc) == 0
    # from an annotator: recorded, and the document still loads back (an empty kind,
    # which no annotator may declare, is refused as undeclared)
    enricher = enricher_with(limner.Annotator("odd", ("x", "link"), lambda d: [made()]))  # type: ignore[operator]
    out = enricher.enrich("hello")
    assert len(out) == 0 and len(out.errors) == 1
    assert named in out.errors[0].message or "kind" in named
    assert limner.Document.from_json(out.to_json()) == out


def _brute(spans: list[tuple[int, int]], o: tuple[int, int]) -> list[tuple[int, int]]:
    span = limner.Span(*o)
    return sorted((s for s in spans if span.overlaps(limner.Span(*s))),
                  key=lambda s: (s[0], -s[1]))


@given(
    st.lists(st.tuples(st.integers(0, 300), st.integers(0, 300)).map(sorted).map(tuple),
             max_size=150),
    st.tuples(st.integers(0, 300), st.integers(0, 300)).map(sorted).map(tuple),
    st.booleans(),
)
def test_overlapping_gives_what_a_look_at_every_annotation_gives(
    spans: list[tuple[int, int]], o: tuple[int, int], many: bool
) -> None:
    if many:  # past the index's short look back: its search by bands of span lengths
        spans = [*spans, *((i, i + 1) for i in range(0, 256, 4)), (0, 200)]
    doc = limner.Document(text="x" * 300)
    doc.add([limner.Annotation(kind="k", start=a, end=b) for a, b in spans])
    got = [(a.start, a.end) for a in doc.select("k", overlapping=o)]
    assert got == _brute(spans, o)
    inside = [(a.start, a.end) for a in doc.select("k", overlapping=o, within=(0, 150))]
    assert inside == [s for s in _brute(spans, o) if s[1] <= 150]


def test_a_config_that_is_not_a_mapping_is_a_config_error() -> None:
    for call in (lambda: limner.Enricher(plugins=[], config=[("a", 1)]),  # type: ignore[arg-type]
                 lambda: limner.enrich("hi", plugins=[], config=[("a", 1)])):  # type: ignore[arg-type]
        with pytest.raises(limner.ConfigError, match=r"config takes a mapping .* not list"):
            call()


@pytest.mark.parametrize("bad", [{"id": 5}, {"meta": [1, 2]}], ids=["id", "meta"])
def test_a_document_id_or_meta_the_json_form_cannot_hold_is_refused(bad: dict) -> None:
    with pytest.raises(TypeError, match=f"Document {next(iter(bad))} must be"):
        limner.Document(text="hi", **bad)
    with pytest.raises(TypeError, match=f"Document {next(iter(bad))} must be"):
        limner.enrich("hi", plugins=[], **bad)


def test_references_added_by_hand_name_the_document_or_the_batch() -> None:
    first = limner.Document(text="abcdef")
    head, tail = first.add([Link(start=0, end=1, id="A"), Link(start=1, end=2, target="A")])
    second = limner.Document(text="abcdef")
    with pytest.raises(ValueError, match="has target='r1', which is neither"):
        second.add([tail])  # alone, its reference names nothing here
    assert len(second) == 0
    copied_head, copied_tail = second.add([head, tail])  # together: it follows the copy
    assert copied_tail.target == copied_head.id
    with pytest.raises(ValueError, match="has target='', which is no id"):
        second.add([Link(start=0, end=1, target="")])


def test_an_int_score_past_the_floats_range_loads_back() -> None:
    doc = limner.Document(text="abc")
    doc.add([limner.Annotation(kind="k", start=0, end=1, score=10**309)])
    assert limner.Document.from_json(doc.to_json()) == doc


def test_new_annotations_given_to_two_documents_at_once_are_stamped_once() -> None:
    import sys
    import threading

    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for _ in range(30):
            shared = [limner.Annotation(kind="k", start=0, end=1) for _ in range(50)]
            docs = [limner.Document(text="abc"), limner.Document(text="abc")]
            docs[1].add([limner.Annotation(kind="k", start=0, end=1) for _ in range(7)],
                        source="q")
            barrier = threading.Barrier(2)

            def add(doc: limner.Document, gate: threading.Barrier,
                    given: list[limner.Annotation]) -> None:
                gate.wait()
                doc.add(given, source="p")

            threads = [threading.Thread(target=add, args=(d, barrier, shared)) for d in docs]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            for doc in docs:
                assert all(doc.get(a.id) is a for a in doc.select("k"))
    finally:
        sys.setswitchinterval(switch)
