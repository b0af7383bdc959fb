"""Storing a batch: the checks made a column at a time equal the plain ones.

:func:`limner.document._check_json_values` judges each field over a whole
batch by the types it holds (:func:`~limner.document._plain_column`), and
:func:`~limner.document._in_reading_order` sorts a batch by one int a span;
each must refuse, name and order exactly as the plain definition (a walk of
the fields one annotation at a time, a sort by ``(start, -end)``) does.
"""

from __future__ import annotations

import decimal
import fractions
import json
import math
import sys
from typing import Any, ClassVar

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import limner
from limner.document import (
    _BASE_KEYS,
    _check_feature,
    _check_field,
    _check_json_values,
    _in_reading_order,
    _plain_column,
    _value_getter,
)


class Text(str):
    """A string subclass: JSON all the same."""


class Odd:
    """A value no JSON encoder knows."""


@attrs.frozen(kw_only=True)
class Reading(limner.Annotation):
    id_prefix: ClassVar[str] = "r"
    kind: str = "reading"
    label: Any = None
    weight: Any = None
    pairs: Any = None


_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),  # big ones too
    st.floats(),  # NaN and infinity too
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=3),
)
_odd = st.sampled_from(
    [{1}, Odd(), frozenset(), b"x", 1j, fractions.Fraction(1, 3), decimal.Decimal("1.5"),
     Text("t"), 10**400]
)
_values = st.recursive(
    _scalars | _odd,
    lambda inner: st.lists(inner, max_size=3)
    | st.tuples(inner, inner)
    | st.dictionaries(st.text(max_size=2), inner, max_size=2)
    | st.dictionaries(st.integers(0, 2) | st.none(), inner, max_size=2),
    max_leaves=6,
)


def _is_json(value: Any) -> bool:
    try:
        json.dumps(value, allow_nan=False, check_circular=False)
    except (TypeError, ValueError, OverflowError, RecursionError):
        return False
    return True


@settings(max_examples=400)
@given(st.lists(st.one_of(_scalars, _scalars, _values), max_size=8))
def test_a_column_judged_plain_is_json_and_a_column_of_json_scalars_is_judged_plain(
    column: list[Any],
) -> None:
    verdict = _plain_column(tuple(column))
    if verdict:
        assert all(map(_is_json, column))
    if all(type(v) in (str, int, bool, type(None)) for v in column) or (
        all(type(v) in (float, type(None)) for v in column)
        and all(math.isfinite(v) for v in column if v is not None)
        and abs(sum(v for v in column if v is not None)) < 1e300  # (inf when it overflows)
    ):
        assert verdict


def _plain_check(batch: list[Reading]) -> None:
    """The plain definition: each field of each annotation in turn, then the features."""
    names, _ = _value_getter(Reading)
    for a in batch:  # a feature named as a field: its JSON form would lose it
        if a.features and not set(a.features).isdisjoint({*_BASE_KEYS, *names}):
            key = next(k for k in a.features if k in {*_BASE_KEYS, *names})
            raise ValueError(
                f"{a.kind} annotation at [{a.start}, {a.end}): its feature {key!r} has the "
                "name of a field of Reading, which its JSON form holds instead"
            )
    for name in names:
        _check_field(batch, name, [getattr(a, name) for a in batch])
    for a in batch:
        for key, value in a.features.items():
            _check_feature(a, key, value)


def _outcome(check: Any, batch: list[Reading]) -> str | None:
    try:
        check(batch)
    except ValueError as exc:
        return str(exc)
    return None


@settings(max_examples=400)
@given(
    st.lists(
        st.tuples(
            st.one_of(_scalars, _values),
            st.one_of(st.none(), st.floats(), st.integers()),
            st.one_of(st.none(), _values),
            st.one_of(st.none(), st.floats()),
            st.dictionaries(st.sampled_from(["x", "label"]), _values, max_size=2),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_the_batch_check_refuses_and_names_as_the_field_by_field_walk(
    rows: list[tuple[Any, Any, Any, Any, dict[str, Any]]],
) -> None:
    batch = [
        Reading(start=0, end=1, label=label, weight=weight, pairs=pairs, score=score,
                features=features)
        for label, weight, pairs, score, features in rows
    ]
    assert _outcome(_check_json_values, batch) == _outcome(_plain_check, batch)


def test_the_common_columns_pass_and_an_offender_is_named() -> None:
    good = [Reading(start=i, end=i + 1, label="positive", weight=0.5 * i, pairs=[["good", 1.9]],
                    score=None if i % 2 else 0.25) for i in range(20)]
    _check_json_values(good)
    bad = [*good, Reading(start=0, end=1, weight=math.nan)]
    with pytest.raises(ValueError, match=r"field 'weight' holds float nan"):
        _check_json_values(bad)
    with pytest.raises(ValueError, match=r"field 'pairs' holds list \[\['x', inf\]\]"):
        _check_json_values([*good, Reading(start=0, end=1, pairs=[["x", math.inf]])])


def test_a_column_of_counts_is_judged_without_a_call_a_value(monkeypatch) -> None:
    """A column of ints, bools and ``None`` (a count that may be missing) has its ints
    found by a truth test, not by a call of ``isinstance`` a value; an int too long to
    be written is refused all the same, wherever it stands among them."""
    import limner.document

    calls: list[int] = []
    is_int = limner.document._is_int

    def counted(value: object) -> bool:
        calls.append(1)
        return is_int(value)

    monkeypatch.setattr(limner.document, "_is_int", counted)
    column = (3, None, 0, True, -7, None, 12)
    assert _plain_column(column)
    assert calls == []
    too_long = 10 ** (sys.get_int_max_str_digits() + 1)
    for bad in (too_long, -too_long):
        assert not _plain_column((*column, bad, None, False))
        assert not _plain_column((None, bad, 0))
    assert _plain_column((None, 0, False, None))
    assert calls == []
    # (a column holding strings or floats beside the ints still asks each value)
    assert _plain_column((3, "x", None))
    assert calls


@attrs.frozen(kw_only=True)
class Declared(limner.Annotation):
    """Fields declared as scalars: judged by group (strings, numbers), not one by one."""

    id_prefix: ClassVar[str] = "d"
    kind: str = "declared"
    name: str = ""
    note: str | None = None
    vague: bool = False
    count: int | None = None
    value: int | float | None = None
    level: float | None = None
    rest: Any = None


def _plain_declared(batch: list[Declared]) -> None:
    names, _ = _value_getter(Declared)
    for name in names:
        _check_field(batch, name, [getattr(a, name) for a in batch])


@settings(max_examples=400)
@given(
    st.lists(
        st.lists(st.one_of(_scalars, _scalars, _scalars, _values), min_size=8, max_size=8),
        min_size=1,
        max_size=6,
    )
)
def test_fields_declared_as_scalars_are_judged_by_group_as_one_by_one(
    rows: list[list[Any]],
) -> None:
    """A value of any type in any field (a set where a str is declared, NaN in an int's
    field, an int too long to write among floats) is refused and named as the walk of the
    fields one by one refuses and names it: the declarations only group the fields."""
    names = ("score", "name", "note", "vague", "count", "value", "level", "rest")
    batch = [Declared(start=0, end=1, **dict(zip(names, row, strict=True))) for row in rows]
    assert _outcome(_check_json_values, batch) == _outcome(_plain_declared, batch)


def test_a_class_of_declared_scalars_is_judged_without_a_call_a_field(monkeypatch) -> None:
    """The fields a class declares as strings, bools or ``None``, and those it declares as
    numbers, are each judged by a pass over them all: no call of the judge of one column
    (only ``rest``, declared ``Any``, is judged on its own); an offender is still named."""
    import limner.document

    columns: list[int] = []
    plain_column = limner.document._plain_column

    def counted(column: Any) -> bool:
        columns.append(len(column))
        return plain_column(column)

    monkeypatch.setattr(limner.document, "_plain_column", counted)
    good = [
        Declared(
            start=i,
            end=i + 1,
            name="n",
            note=None if i % 2 else "x",
            vague=bool(i % 3),
            count=i,
            value=0.5 * i if i % 2 else i,
            level=None,
            score=0.25,
        )
        for i in range(12)
    ]
    _check_json_values(good)
    assert columns == [12]  # (rest's alone)
    too_long = 10 ** (sys.get_int_max_str_digits() + 1)
    for field, value, said in (
        ("name", {"x"}, "field 'name' holds set"),
        ("vague", 1j, "field 'vague' holds complex"),
        ("value", math.inf, "field 'value' holds float inf"),
        ("count", too_long, "field 'count' holds int"),
        ("level", -math.nan, "field 'level' holds float nan"),
    ):
        bad = attrs.evolve(good[3], **{field: value})
        with pytest.raises(ValueError, match=said):
            _check_json_values([*good, bad])
    # (an int past a float's range, yet short enough to write, is JSON all the same)
    _check_json_values([*good, attrs.evolve(good[0], count=10**400, value=1.5)])


@attrs.frozen
class Span:
    start: int
    end: int
    tag: int


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 6)), min_size=1, max_size=40))
def test_reading_order_is_the_stable_sort_by_start_then_longer_first(
    spans: list[tuple[int, int]],
) -> None:
    batch = [Span(a, a + n, i) for i, (a, n) in enumerate(spans)]
    got = _in_reading_order(batch, [s.start for s in batch], [s.end for s in batch])
    assert got == sorted(batch, key=lambda s: (s.start, -s.end))
    if got == batch:
        assert got is batch  # in order already: not copied


def test_the_installed_handler_is_read_as_signal_getsignal_reads_it() -> None:
    import signal

    from limner.isolation import _handler_of

    before = signal.getsignal(signal.SIGINT)
    try:
        for handler in (signal.default_int_handler, signal.SIG_IGN, signal.SIG_DFL, print):
            signal.signal(signal.SIGINT, handler)
            raw = _handler_of(signal.SIGINT)
            assert raw == signal.getsignal(signal.SIGINT)
            assert callable(raw) == callable(handler)
    finally:
        signal.signal(signal.SIGINT, before)


class Offset(int):
    """An int subclass whose own arithmetic refuses to go below zero."""

    def __sub__(self, other: int) -> Offset:  # type: ignore[override]
        value = int(self) - int(other)
        if value < 0:
            raise ValueError(f"negative offset {value}")
        return Offset(value)

    def __mul__(self, other: int) -> Offset:  # type: ignore[override]
        return Offset(int(self) * int(other))


def test_reading_order_does_not_ask_an_int_subclass_for_its_arithmetic() -> None:
    doc = limner.Document("abcdefgh")
    doc.add([limner.Annotation(kind="w", start=Offset(4), end=Offset(6)),
             limner.Annotation(kind="w", start=Offset(0), end=Offset(3))], source="p")
    assert [(a.start, a.end) for a in doc.select("w")] == [(0, 3), (4, 6)]


def test_annotations_without_features_are_skipped_when_a_batch_is_looked_at_closely() -> None:
    """A batch that needs the close look (two huge floats) with an annotation whose
    features are None: stored, as when nothing sends it to the close look."""
    doc = limner.Document("abcdefgh")
    doc.add([
        Reading(start=0, end=1, label=1e308, weight=-1e308, features={"x": 1}),
        Reading(start=1, end=2, label=1e308, weight=-1e308,
                features=None),  # type: ignore[arg-type]
    ])
    assert len(doc.select("reading")) == 2


def test_features_that_are_no_mapping_are_refused_naming_them() -> None:
    doc = limner.Document("abcdefgh")
    with pytest.raises(ValueError, match=r"features are list .* not a mapping"):
        doc.add([limner.Annotation(kind="w", start=0, end=1,
                                   features=["x", 1])])  # type: ignore[arg-type]
    assert doc.select("w") == []


def test_a_list_holding_itself_is_refused_without_expanding_it() -> None:
    """A list holding itself 200 times would hold 200**4 values four levels down."""
    x: list[Any] = []
    x.extend([x] * 200)
    doc = limner.Document("abcdefgh")
    with pytest.raises(ValueError, match="not JSON"):
        doc.add([Reading(start=0, end=1, pairs=x)])



def _plain_scores(batch: list[limner.Annotation]) -> None:
    """The plain definition for a class of no fields of its own: each score in turn."""
    _check_field(batch, "score", [a.score for a in batch])


@settings(max_examples=300)
@given(st.lists(st.one_of(_scalars, _odd, _values), min_size=1, max_size=6))
def test_the_scores_of_a_class_of_no_fields_of_its_own_are_judged_as_one_by_one(
    scores: list[Any],
) -> None:
    """The values' check reads no kind (a str by then): a class whose only value is its
    score has that one column judged, refused and named as the walk does."""
    batch = [limner.Annotation(kind="w", start=0, end=1, score=s) for s in scores]
    assert _outcome(_check_json_values, batch) == _outcome(_plain_scores, batch)
    with pytest.raises(ValueError, match=r"field 'score' holds float nan"):
        _check_json_values([limner.Annotation(kind="w", start=0, end=1, score=math.nan)])


def test_the_kinds_read_once_index_a_batch_that_mixes_stored_and_new_annotations() -> None:
    """The kinds the check of kinds reads are what the ids and the index by kind go by:
    an annotation stored before (it has a source) in a batch handed over is copied,
    never stamped, the new one beside it is stamped, and both are found by kind."""
    from limner.document import _check_kinds_and_scores

    first = limner.Document("abcdefgh")
    (old,) = first.add([limner.Annotation(kind="w", start=0, end=1)], source="p")
    new = limner.Annotation(kind="v", start=2, end=3)
    assert _check_kinds_and_scores([new, old]) == {"v", "w"}
    doc = limner.Document("abcdefgh")
    stored = doc.add([new, old], source="q")
    assert stored[1] is new and (new.id, new.source) == ("v1", "q")
    assert stored[0] is not old and (old.id, old.source) == ("w1", "p")
    assert (stored[0].id, stored[0].source) == ("w1", "q")
    assert doc.kinds == {"v", "w"} and doc.select("w") == [stored[0]]


class Lying(int):
    """An int subclass whose own comparisons say it is never past anything."""

    def __lt__(self, other: object) -> bool:
        return False

    def __gt__(self, other: object) -> bool:
        return False

    def __eq__(self, other: object) -> bool:
        raise RuntimeError("no equality")

    __hash__ = int.__hash__


def test_an_int_subclass_whose_comparisons_lie_is_checked_and_stored_as_its_value() -> None:
    """Offsets of an int subclass are judged by their value, not by their own ``<`` and
    ``==``: a span past the end of the text was stored, and the document, written,
    could not be read back."""
    doc = limner.Document("abcdefgh")
    with pytest.raises(ValueError, match=r"\[0, 999\) lies outside the text of 8"):
        doc.add([limner.Annotation(kind="w", start=Lying(0), end=Lying(999))], source="p")
    assert doc.select("w") == []
    (a,) = doc.add([limner.Annotation(kind="w", start=Lying(2), end=Lying(4))], source="p")
    assert (type(a.start), type(a.end)) == (int, int) and (a.start, a.end) == (2, 4)
    assert limner.Document.from_json(doc.to_json()) == doc


class Touchy(float):
    """A float subclass whose own equality raises."""

    def __eq__(self, other: object) -> bool:
        raise RuntimeError("no equality")

    __hash__ = float.__hash__


def test_a_score_of_a_float_subclass_is_stored_as_its_value() -> None:
    """A score of a float subclass was kept as it was: comparing the document, its own
    JSON form read back included, raised."""
    doc = limner.Document("abcdefgh")
    (a,) = doc.add([limner.Annotation(kind="w", start=0, end=1, score=Touchy(0.5))], source="p")
    assert type(a.score) is float and a.score == 0.5
    assert limner.Document.from_json(doc.to_json()) == doc
