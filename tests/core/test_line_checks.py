"""A batch's lines: values checked by the line's encoder, not once more as they are added.

:func:`limner.batch.enriched_line` must give, for any annotator output, the
same line and the same ``doc.errors`` as :meth:`~limner.Enricher.enrich`
followed by :func:`~limner.document.encoded_line` (every value checked as it
is added): the fast path equals the plain one.
"""

from __future__ import annotations

import json
import math
from typing import Any, ClassVar

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import limner
from limner.batch import enriched_line
from limner.document import encoded_line
from tests.core.fakes import enricher_with

A = limner.Annotator


@attrs.frozen(kw_only=True)
class Measure(limner.Annotation):
    id_prefix: ClassVar[str] = "m"
    kind: str = "measure"
    unit: Any = ""
    parts: Any = None


class Odd:
    """A value no JSON encoder knows."""


_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),  # big ones too
    st.floats(),  # NaN and infinity too
    st.text(max_size=4),  # lone surrogates too
)
_values = st.recursive(
    _scalars | st.sampled_from([math.nan, -math.inf]),
    lambda inner: st.lists(inner, max_size=3)
    | st.tuples(inner, inner)
    | st.dictionaries(st.text(max_size=2), inner, max_size=2),
    max_leaves=6,
)
_odd = st.sampled_from([{1, 2}, Odd(), frozenset(), b"x", 1j])
_field = st.one_of(_values, _values, _values, _odd)


@st.composite
def _outputs(draw: st.DrawFn) -> list[dict[str, Any]]:
    """What the first annotator returns: the fields of each of its annotations."""
    rows = []
    for _ in range(draw(st.integers(0, 3))):
        rows.append(
            {
                "start": draw(st.integers(0, 3)),
                "unit": draw(_field),
                "parts": draw(_field),
                "score": draw(st.none() | st.floats()),
                # a feature shadowed by the field "unit" is not written, yet checked
                "features": draw(st.dictionaries(st.sampled_from(["unit", "extra"]), _field)),
            }
        )
    return rows


def _enricher(rows: list[dict[str, Any]], meta_ok: bool = True) -> limner.Enricher:
    def first(doc: limner.Document) -> list[limner.Annotation]:
        return [
            Measure(
                start=r["start"],
                end=r["start"] + 1,
                unit=r["unit"],
                parts=r["parts"],
                score=r["score"],
                features=dict(r["features"]),
            )
            for r in rows
        ]

    def second(doc: limner.Document) -> list[limner.Annotation]:
        # reads what the first stored: its output differs when that batch is refused
        found = doc.select("measure")
        return [limner.Annotation(kind="count", start=0, end=4, score=float(len(found)))]

    return enricher_with(
        A("first", ("measure",), first), A("second", ("count",), second, uses=("measure",))
    )


def _plain(enricher: limner.Enricher, text: str, meta: dict[str, Any]) -> Any:
    doc = enricher.enrich(text, id="d", meta=meta)
    try:
        return doc.errors, encoded_line(doc.to_dict(layers=False))
    except (ValueError, TypeError, RecursionError) as exc:
        return type(exc), str(exc)


def _fast(enricher: limner.Enricher, text: str, meta: dict[str, Any]) -> Any:
    try:
        doc, line = enriched_line(enricher, text, "d", meta)
    except (ValueError, TypeError, RecursionError) as exc:
        return type(exc), str(exc)
    return doc.errors, line


@settings(max_examples=300)
@given(_outputs(), st.sampled_from([{}, {"w": 1.5}, {"w": math.inf}, {"w": Odd}]))
def test_the_line_with_values_checked_on_writing_is_the_checked_line(
    rows: list[dict[str, Any]], meta: dict[str, Any]
) -> None:
    enricher = _enricher(rows)
    assert _fast(enricher, "text", meta) == _plain(enricher, "text", meta)


def test_an_offending_batch_is_refused_and_recorded_as_when_checked_on_adding() -> None:
    rows = [{"start": 0, "unit": {1}, "parts": None, "score": None, "features": {}}]
    doc, line = enriched_line(_enricher(rows), "text", "d", {})
    (err,) = doc.errors
    assert err.annotator == "first" and "'unit'" in err.message and "set" in err.message
    assert [a.kind for a in doc.annotations] == ["count"] and doc.annotations[0].score == 0.0
    assert [a["kind"] for a in json.loads(line)["annotations"]] == ["count"]


def test_a_shadowed_feature_that_is_not_json_is_refused_though_never_written() -> None:
    rows = [{"start": 0, "unit": "km", "parts": None, "score": None,
             "features": {"unit": math.nan}}]
    doc, _ = enriched_line(_enricher(rows), "text", "d", {})
    assert [e.annotator for e in doc.errors] == ["first"]


@attrs.frozen(kw_only=True)
class Tagged(limner.Annotation):
    """A class that writes itself its own way: a frozenset field written as a list."""

    id_prefix: ClassVar[str] = "t"
    kind: str = "tagged"
    tags: Any = frozenset()

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        out["tags"] = sorted(self.tags)
        return out


def test_a_class_with_its_own_to_dict_has_its_values_checked_as_when_added() -> None:
    # the encoder sees what to_dict makes, not the fields: it cannot stand in for the check
    def first(doc: limner.Document) -> list[limner.Annotation]:
        return [Tagged(start=0, end=1, tags=frozenset({"b", "a"}))]

    enricher = enricher_with(A("first", ("tagged",), first))
    fast, plain = _fast(enricher, "text", {}), _plain(enricher, "text", {})
    assert fast == plain
    assert [e.annotator for e in fast[0]] == ["first"] and b'"tags"' not in fast[1]


def test_a_value_json_cannot_hold_is_named_before_a_later_fault_of_the_same_batch() -> None:
    # checked on adding, the value is found before the label that is no key: the
    # fast path reports the same fault, not the one it meets first when storing
    def first(doc: limner.Document) -> list[limner.Annotation]:
        return [Measure(start=0, end=1, id=["x"], unit={1})]  # type: ignore[arg-type]

    enricher = enricher_with(A("first", ("measure",), first))
    fast, plain = _fast(enricher, "text", {}), _plain(enricher, "text", {})
    assert fast == plain
    (err,) = fast[0]
    assert err.type == "ValueError" and "'unit'" in err.message


def test_a_document_refused_for_its_meta_is_not_enriched_again() -> None:
    # only an annotation's value is made good by enriching again with the check on
    # adding: a meta JSON cannot hold is refused after one run of the annotators
    calls = []

    def first(doc: limner.Document) -> list[limner.Annotation]:
        calls.append(doc.id)
        return [Measure(start=0, end=1, unit={1})]

    enricher = enricher_with(A("first", ("measure",), first))
    for meta in ({"w": math.nan}, {"w": Odd()}):
        calls.clear()
        assert _fast(enricher, "text", meta) == _plain(enricher, "text", meta)
        calls.clear()
        _fast(enricher, "text", meta)
        assert calls == ["d"]
