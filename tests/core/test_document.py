"""The document model: spans, ids and refs, the index, the JSON form."""

from __future__ import annotations

import copy
import enum
import json
import math
import pickle
import re
import warnings
from array import array
from importlib import resources
from typing import ClassVar

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import limner
from limner.testing import documents, texts
from tests.strategies import docs_with_annotations, spans


@attrs.frozen(kw_only=True)
class Claim(limner.Annotation):
    id_prefix: ClassVar[str] = "c"
    kind: str = "claim"
    about: str | None = limner.ref()
    weight: float = 0.0


@attrs.frozen(kw_only=True)
class Mention(limner.Annotation):
    id_prefix: ClassVar[str] = "m"
    kind: str = "mention"
    name: str = ""


KINDS = {"claim": Claim, "mention": Mention}
SCHEMA = json.loads(resources.files("limner").joinpath("schema/limner-1.schema.json").read_text())


def test_span_rejects_reversed_and_negative() -> None:
    with pytest.raises(ValueError, match="end"):
        limner.Span(5, 3)
    with pytest.raises(ValueError, match="non-negative"):
        limner.Span(-1, 3)
    with pytest.raises(ValueError, match="non-negative"):
        limner.Annotation(kind="x", start=True, end=2)


def test_text_must_be_str() -> None:
    with pytest.raises(TypeError, match="str"):
        limner.Document(text=b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({"errors": ["boom"]}, r"errors\[0\] must be an Error, got str 'boom'"),
        ({"errors": "boom"}, "errors must be a list of Error records, got str"),
        ({"annotations": [None]}, r"annotations\[0\] must be an Annotation, got NoneType"),
        ({"annotations": 5}, "annotations must be a list of Annotations, got int"),
        ({"layers": {"token": [(0, 1)]}}, r"layers\['token'\] must be a Layer, got list"),
        ({"layers": [1]}, "layers must be a mapping of kinds to Layers, got list"),
        ({"id": 7}, "id must be str, got int 7"),
        ({"meta": ["a"]}, "meta must be a mapping, got list"),
    ],
)
def test_the_constructor_names_a_member_of_the_wrong_type(given: dict, message: str) -> None:
    """Not a raw AttributeError when the document is later read or written."""
    with pytest.raises(TypeError, match=message):
        limner.Document(text="text", **given)


def test_errors_are_held_as_a_list_however_given_or_set() -> None:
    error = limner.Error(plugin="p", annotator="a", type="T", message="m")
    doc = limner.Document(text="text", errors=(error,))
    doc.errors.append(error)  # (a tuple kept as given: AttributeError, as the engine appends)
    assert doc.errors == [error, error]
    assert limner.Document(text="text", errors=(e for e in [error])).errors == [error]
    given = [error]
    assert limner.Document(text="text", errors=given).errors is given  # (a list: the one given)
    with pytest.raises(TypeError, match="errors must be a list of Error records, got NoneType"):
        doc.errors = None  # type: ignore[assignment]
    with pytest.raises(TypeError, match=r"errors\[0\] must be an Error, got str 'x'"):
        doc.errors = ["x"]  # type: ignore[list-item]
    doc.errors = ()  # type: ignore[assignment]
    assert doc.errors == [] and isinstance(doc.errors, list)


def _given(**fields: object) -> limner.Annotation:
    return limner.Annotation(**({"kind": "k", "start": 0, "end": 1, "id": "k1"} | fields))


@pytest.mark.parametrize(
    ("given", "error", "message"),
    [
        ([_given(features={"t": (1, 2)})], ValueError, "field 't' holds tuple"),
        ([_given(score=float("nan"))], ValueError, "field 'score' holds float nan"),
        ([_given(id=5)], ValueError, "has the id 5, not a str"),
        ([_given(id="")], ValueError, "has no id"),
        ([_given(kind=3)], ValueError, "its kind is 3, not a non-empty string"),
        ([_given(kind=["k"])], ValueError, r"its kind is \['k'\], not a non-empty string"),
        ([_given(source=["s"])], ValueError, r"its source is list \['s'\], not a str"),
        ([_given(source=2)], ValueError, "its source is int 2, not a str"),
        ([_given(kind="k\ud83d\ude00")], ValueError, "its kind 'k.*' holds a surrogate pair"),
        ([_given(source="\ud83d\ude00")], ValueError, "its source .* holds a surrogate pair"),
        ([_given(id="k\ud83d\ude00")], ValueError, "its id 'k.*' holds a surrogate pair"),
        ([_given(features={1: "a"})], ValueError, "feature name 1"),
        ([limner.Sentence(start=0, end=1, id="s1"), _given(id="s1")], ValueError, "duplicate"),
        ([Claim(start=0, end=1, id="c1", about="x9")], ValueError, "about='x9', which is neither"),
        (
            [limner.Error(plugin="p", annotator="a", type="T", message="m")],
            TypeError,
            r"annotations\[0\] must be an Annotation, got Error",
        ),
    ],
)
def test_annotations_given_to_the_constructor_are_held_to_the_rules_of_add(
    given: list, error: type, message: str
) -> None:
    """A document is never made that its JSON form would give back otherwise, or that
    its loader would refuse (``add`` refuses the same annotations)."""
    with pytest.raises(error, match=message):
        limner.Document(text="text", annotations=given)


def test_annotations_given_to_the_constructor_load_back_equal() -> None:
    given = [
        Claim(start=0, end=4, id="c1", weight=0.5),
        Claim(start=5, end=9, id="c2", about="c1"),
        _given(features={"v": [1, {"a": None}]}),
    ]
    doc = limner.Document(text="some text", annotations=given)
    assert limner.Document.from_json(doc.to_json(), kinds={"claim": Claim}) == doc


@pytest.mark.parametrize("field", ["plugin", "annotator", "type", "message"])
def test_an_error_record_holds_strs(field: str) -> None:
    """The JSON form's are: one holding another value would make a file its loader refuses."""
    values = {"plugin": "p", "annotator": "a", "type": "T", "message": "m"} | {field: 1}
    with pytest.raises(TypeError, match=f"Error {field} must be a str, got int 1"):
        limner.Error(**values)


def test_a_layer_is_keyed_by_its_kind_which_is_a_str() -> None:
    with pytest.raises(TypeError, match="a layer's kind must be a str, got int 5"):
        limner.Layer(5, [0], [1])  # type: ignore[arg-type]
    token = limner.Layer("token", [0], [1])
    with pytest.raises(ValueError, match="layers\\['word'\\] is a layer of kind 'token'"):
        limner.Document(text="ab", layers={"word": token})
    doc = limner.Document(text="ab", layers={"token": token})
    assert limner.Document.from_json(doc.to_json()) == doc


def test_a_layer_of_no_kind_is_refused_made_or_loaded() -> None:
    """An annotation's kind may not be empty, and neither may a layer's, by which it is
    looked up (``doc.layer("token")``); one was made and loaded, as the schema allowed."""
    with pytest.raises(ValueError, match="a layer's kind must not be empty"):
        limner.Layer("", [0], [1])
    data = {"schema": "limner/1", "text": "ab", "annotations": [],
            "layers": [{"kind": "", "starts": [0], "ends": [1]}]}
    with pytest.raises(limner.InputError, match=r"layers\[0\]\.kind: must not be empty"):
        limner.Document.from_dict(data)


def test_a_layer_given_to_the_constructor_is_held_to_the_text_as_add_layer_holds_it() -> None:
    """A layer past the end of the text was taken by the constructor (``add_layer``
    refuses it), and the document's JSON form was one its loader refuses."""
    past = limner.Layer("token", [0], [99])
    with pytest.raises(ValueError, match="token layer reaches past the end of the text"):
        limner.Document(text="ab", layers={"token": past})
    with pytest.raises(ValueError, match="token layer reaches past the end of the text"):
        limner.Document(text="ab").add_layer(past)
    at_the_end = limner.Document(text="ab", layers={"token": limner.Layer("token", [0], [2])})
    assert limner.Document.from_json(at_the_end.to_json()) == at_the_end


@pytest.mark.parametrize("fmt", ["json", "jsonl", "sqlite", "webanno"])
def test_an_error_appended_that_is_no_error_record_is_named_when_written(
    tmp_path, fmt: str
) -> None:
    doc = limner.Document(text="text", id="d")
    doc.errors.append("boom")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"errors\[0\] must be an Error, got str 'boom'"):
        limner.save(doc, tmp_path / "out", format=fmt)


def test_an_id_json_gives_back_otherwise_is_refused() -> None:
    with pytest.raises(ValueError, match="surrogate pair held as two code points"):
        limner.Document(text="text", id="a\ud83d\ude00")
    doc = limner.Document(text="text", id="a\ud800")  # a lone surrogate: read back as it is
    assert limner.Document.from_json(doc.to_json()) == doc
    with pytest.raises(TypeError, match="id must be str, got int 3"):
        doc.id = 3  # type: ignore[assignment]


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("text", "add[(][)] takes an iterable of Annotations, got str 'text'"),
        (None, "add[(][)] takes an iterable of Annotations, got NoneType"),
        (limner.Annotation(kind="x", start=0, end=1), "got Annotation"),
        ([limner.Annotation(kind="x", start=0, end=1), {"kind": "x"}], "item 1 is dict"),
    ],
)
def test_add_names_what_is_no_annotation(given: object, message: str) -> None:
    doc = limner.Document(text="text")
    with pytest.raises(TypeError, match=message):
        doc.add(given)  # type: ignore[arg-type]
    assert len(doc) == 0


def test_add_refuses_a_document_saying_how_to_copy_its_annotations() -> None:
    """A Document is iterable: add() stored copies of its annotations, whose offsets are
    into its own text, without a word."""
    other = limner.Document(text="Paris is far")
    other.add([limner.Annotation(kind="place", start=0, end=5)], source="p")
    doc = limner.Document(text="Rome")
    with pytest.raises(TypeError, match=r"got a Document.*doc.add\(other.annotations\)"):
        doc.add(other)  # type: ignore[arg-type]
    assert len(doc) == 0
    same = limner.Document(text=other.text)
    (a,) = same.add(other.annotations)
    assert (a.kind, a.text(same)) == ("place", "Paris")


def test_none_features_load_back_equal() -> None:
    """None features are stored (see test_store_checks), written as none and read back
    as {}: the document did not load back equal."""
    doc = limner.Document(text="Hello world")
    doc.add([limner.Annotation(kind="w", start=0, end=5, features=None),  # type: ignore[arg-type]
             Mention(start=6, end=11, name="World", features=None)])  # type: ignore[arg-type]
    kinds = {"mention": Mention}
    assert limner.Document.from_json(doc.to_json(), kinds) == doc
    assert limner.Document.from_dict(doc.to_dict(), kinds) == doc
    assert limner.Annotation(kind="w", start=0, end=1, features=None) == limner.Annotation(
        kind="w", start=0, end=1)  # type: ignore[arg-type]
    assert limner.Annotation(kind="w", start=0, end=1, features={"a": 1}) != limner.Annotation(
        kind="w", start=0, end=1, features=None)  # type: ignore[arg-type]


@pytest.mark.parametrize("given", ["x", None, [("kind", "x")], 3])
def test_annotation_from_dict_names_what_is_no_mapping(given: object) -> None:
    with pytest.raises(TypeError, match=r"Mention.from_dict\(\) takes data, .*a mapping.*got "
                       + type(given).__name__):
        Mention.from_dict(given)  # type: ignore[arg-type]


def test_add_refuses_a_source_that_is_not_a_str() -> None:
    """The JSON form's source is a string: the loader would refuse the document."""
    doc = limner.Document(text="text")
    with pytest.raises(ValueError, match="its source is int 1, not a str"):
        doc.add([limner.Annotation(kind="x", start=0, end=1, source=1)])  # type: ignore[arg-type]
    assert len(doc) == 0


@pytest.mark.parametrize(
    ("kind", "source", "message"),
    [
        ("x", 5, "add[(][)]'s source is int 5, not a str"),
        ("x", "\ud83d\ude00", "add[(][)]'s source .* holds a surrogate pair as two code points"),
        ("x\ud83d\ude00", None, "its kind 'x.*' holds a surrogate pair as two code points"),
    ],
)
def test_add_refuses_a_kind_or_source_json_gives_back_otherwise(
    kind: str, source: object, message: str
) -> None:
    """What is stored is what loads back: JSON reads the escapes of a surrogate pair held
    as two code points back as the one character, so the kind or source would change (a
    source that is no str wrote a document its loader refused)."""
    doc = limner.Document(text="text")
    with pytest.raises(ValueError, match=message):
        doc.add([limner.Annotation(kind=kind, start=0, end=1)], source=source)  # type: ignore[arg-type]
    assert len(doc) == 0
    with pytest.raises(ValueError, match=r"layer's kind .* holds a surrogate pair"):
        limner.Layer("t\ud83d\ude00", [0], [1])


def test_a_kind_is_any_non_empty_str_that_loads_back() -> None:
    """The schema and the plugin guide ask a kind to be a non-empty string, no more:
    spaces, punctuation and a lone surrogate are kept, and every format writes them."""
    doc = limner.Document(text="some text")
    kinds = ["my place", "a,b", "\ud800", "x\n"]
    for kind in kinds:
        doc.add([limner.Annotation(kind=kind, start=0, end=4)], source="t")
    back = limner.Document.from_json(doc.to_json())
    assert back == doc and [a.kind for a in back.annotations] == kinds


def test_add_assigns_ids_in_reading_order_and_rewrites_labels() -> None:
    doc = limner.Document(text="Alice said it was fine.")
    stored = doc.add(
        [
            Claim(start=11, end=22, about="who"),
            Mention(start=0, end=5, id="who", name="Alice"),
        ],
        source="demo",
    )
    mention, claim = stored
    assert (mention.id, claim.id) == ("m1", "c1")
    assert claim.about == "m1"
    assert doc.get(claim.about) is mention
    assert all(a.source == "demo" for a in doc.annotations)
    more = doc.add([Mention(start=6, end=10)])
    assert more[0].id == "m2"


def test_add_rejects_spans_outside_the_text() -> None:
    doc = limner.Document(text="short")
    with pytest.raises(ValueError, match="outside the text"):
        doc.add([limner.Annotation(kind="x", start=2, end=9)])
    assert len(doc) == 0


def test_unknown_kind_survives_round_trip_unchanged() -> None:
    data = {
        "schema": "limner/1",
        "id": "d",
        "text": "Paris is big.",
        "meta": {"src": 1},
        "annotations": [
            {
                "id": "h1",
                "kind": "hashtag",
                "start": 0,
                "end": 5,
                "source": "tags",
                "tag": "paris",
                "nested": {"a": [1, 2]},
            },
        ],
        "errors": [],
    }
    doc = limner.Document.from_dict(data, kinds={})
    a = doc.get("h1")
    assert type(a) is limner.Annotation
    assert a.get("tag") == "paris"
    assert doc.to_dict() == data


def test_typed_kind_keeps_fields_it_does_not_know() -> None:
    data = {
        "id": "c1",
        "kind": "claim",
        "start": 0,
        "end": 1,
        "source": "s",
        "about": None,
        "weight": 0.5,
        "added_later": True,
    }
    a = Claim.from_dict(data)
    assert a.weight == 0.5
    assert a.features == {"added_later": True}
    assert a.to_dict() == data


def test_from_dict_names_what_is_wrong() -> None:
    with pytest.raises(ValueError, match="schema"):
        limner.Document.from_dict({"schema": "other/2", "text": ""})
    with pytest.raises(ValueError, match="text"):
        limner.Document.from_dict({"schema": "limner/1"})
    with pytest.raises(limner.InputError, match=r"annotations\[0\]: the key 'start' is missing"):
        limner.Document.from_dict(
            {"schema": "limner/1", "text": "ab", "annotations": [{"id": "a", "kind": "x"}]},
            kinds={},
        )


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ({"a": [1, {"b": math.inf}]}, r"field 'x' holds dict .*which is not JSON"),
        ({1, 2}, r"field 'x' holds set \{1, 2\}, which is not JSON"),
        ({"a": {1: 2}}, r"field 'x' holds dict .*the key 1 is not a str"),
        (math.nan, r"field 'x' holds float nan, which is not JSON"),
    ],
)
def test_from_dict_of_a_mapping_refuses_what_json_cannot_hold(value: object, why: str) -> None:
    """A mapping made in Python (a pandas row's NaN) loaded into a document that
    could not be written, its annotation unnamed ("Out of range float values are not
    JSON compliant"), or that came back otherwise ({1: 2} as {"1": 2})."""
    data = {"schema": "limner/1", "text": "Paris", "annotations": [
        {"id": "k1", "kind": "k", "start": 0, "end": 5},
        {"id": "k2", "kind": "k", "start": 0, "end": 5, "x": value}]}
    with pytest.raises(limner.InputError, match=r"^annotations\[1\]: k annotation at \[0, 5\): "
                       + why):
        limner.Document.from_dict(data, kinds={})
    pair = {**data, "annotations": [{"id": "\ud83d\ude00", "kind": "k", "start": 0, "end": 5}]}
    with pytest.raises(limner.InputError, match=r"annotations\[0\]: .*its id .*surrogate pair"):
        limner.Document.from_dict(pair, kinds={})


@given(documents())
def test_json_round_trip_gives_an_equal_document(doc: limner.Document) -> None:
    back = limner.Document.from_json(doc.to_json(), kinds={})
    assert back == doc
    assert back.to_dict() == doc.to_dict()


@given(documents())
def test_serialized_documents_match_the_json_schema(doc: limner.Document) -> None:
    jsonschema.validate(doc.to_dict(), SCHEMA)


def test_round_trip_keeps_layers_and_resumes_ids() -> None:
    enricher = limner.Enricher(plugins=[], kinds=["sentence", "token"])
    doc = enricher.enrich("One. Two words here.", id="x")
    back = limner.Document.from_json(doc.to_json())
    assert back == doc
    assert back.layer("token") == doc.layer("token")
    new = back.add([limner.Sentence(start=0, end=4)])
    assert new[0].id not in {a.id for a in doc.annotations}


def _brute(doc: limner.Document, kind: str, within=None, overlapping=None) -> list:
    out = []
    for a in doc.annotations:
        if a.kind != kind:
            continue
        if within is not None and not (within[0] <= a.start and a.end <= within[1]):
            continue
        if overlapping is not None and not limner.Span(*overlapping).overlaps(a):
            continue
        out.append(a)
    return sorted(out, key=lambda a: (a.start, -a.end))


@given(docs_with_annotations(), spans, spans)
def test_select_agrees_with_a_scan(doc: limner.Document, w: tuple, o: tuple) -> None:
    for kind in "abc":
        assert doc.select(kind, within=w) == _brute(doc, kind, within=w)
        assert doc.select(kind, overlapping=o) == _brute(doc, kind, overlapping=o)
        assert doc.select(kind, within=w, overlapping=o) == _brute(doc, kind, w, o)
    everything = doc.select()
    assert sorted(a.id for a in everything) == sorted(a.id for a in doc.annotations)


@given(st.lists(st.tuples(st.integers(0, 12), st.integers(0, 12)), max_size=30))
def test_select_orders_by_start_then_longest_ties_as_added(raw: list) -> None:
    """Out-of-order spans come back by (start, -end), equal spans in the order added."""
    doc = limner.Document("x" * 12)
    spans_ = [(min(a, b), max(a, b)) for a, b in raw]
    added = doc.add([limner.Annotation(kind="t", start=a, end=b, features={"n": i})
                     for i, (a, b) in enumerate(spans_)])
    want = sorted(added, key=lambda a: (a.start, -a.end))  # sorted() is stable
    assert [a.get("n") for a in doc.select("t")] == [a.get("n") for a in want]


def test_selecting_a_kind_held_as_a_layer_gives_none_and_says_where_it_is() -> None:
    """``select("token")`` gave [] without a word: tokens are a layer, not annotations."""
    doc = limner.Document(text="It rained.")
    doc.add_layer(limner.Layer("token", [0, 3], [2, 9]))
    doc.add([limner.Annotation(kind="w", start=0, end=2)])
    with pytest.warns(UserWarning, match=r"'token' is a layer .* doc.layer\('token'\)"):
        assert doc.select("token") == []
    with pytest.warns(UserWarning, match="'token' is a layer"):
        assert [a.kind for a in doc.select(["w", "token"])] == ["w"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert doc.select("absent") == [] and len(doc.select("w")) == 1


def test_select_accepts_annotations_and_several_kinds() -> None:
    doc = limner.Document(text="aaaa bbbb")
    s = doc.add([limner.Annotation(kind="sentence", start=0, end=4)])[0]
    doc.add(
        [
            limner.Annotation(kind="x", start=1, end=2),
            limner.Annotation(kind="y", start=0, end=1),
            limner.Annotation(kind="x", start=5, end=6),
        ]
    )
    assert [a.kind for a in doc.select(["x", "y"], within=s)] == ["y", "x"]
    assert doc.select("missing") == []
    assert [a.kind for a in doc.select(("x", "y"), within=[0, 4])] == ["y", "x"]


@pytest.mark.parametrize("wrap", [list, tuple, iter])
@pytest.mark.parametrize("kinds", [["x", "x"], ["x", "y", "x"], ["y", "x", "y", "x"]])
def test_a_kind_named_twice_selects_each_annotation_once(kinds: list[str], wrap: type) -> None:
    doc = limner.Document(text="aaaa bbbb")
    made = doc.add(
        [
            limner.Annotation(kind="x", start=1, end=2),
            limner.Annotation(kind="y", start=0, end=1),
            limner.Annotation(kind="x", start=5, end=6),
        ]
    )
    got = doc.select(wrap(kinds))
    assert sorted(a.id for a in got) == sorted(a.id for a in made if a.kind in kinds)
    assert doc.select(wrap(kinds), within=[0, 4]) == doc.select(sorted(set(kinds)), within=[0, 4])


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"kind": 1}, "select[(][)] takes a kind [(]a str[)], several, or None, got int 1"),
        ({"kind": ["x", 3]}, "select[(][)] takes kinds as strs: item 1 is int 3"),
        ({"kind": ["x", "x", None]}, "select[(][)] takes kinds as strs: item 2 is NoneType None"),
        ({"within": (3,)}, "within takes a Span, an Annotation or a [(]start, end[)] pair"),
        ({"within": "ab"}, "within takes .* got str 'ab'"),
        ({"within": 5}, "within takes .* got int 5"),
        ({"overlapping": (None, None)}, "overlapping takes .* got tuple [(]None, None[)]"),
        ({"overlapping": ("a", "b")}, "overlapping takes .* got tuple"),
        ({"overlapping": (0.5, 2)}, "overlapping takes .* got tuple [(]0.5, 2[)]"),
    ],
)
def test_select_names_an_argument_of_the_wrong_type(kwargs: dict, message: str) -> None:
    doc = limner.Document(text="aaaa bbbb")
    doc.add([limner.Annotation(kind="x", start=1, end=2)])
    kwargs = {"kind": "x"} | kwargs
    with pytest.raises(TypeError, match=message):
        doc.select(**kwargs)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"overlapping": (5, 1)}, r"overlapping \(5, 1\) is no span: it ends before it starts"),
        ({"within": (-4, 3)}, r"within \(-4, 3\) is no span: a negative offset"),
    ],
)
def test_select_names_a_pair_that_is_no_span(kwargs: dict, message: str) -> None:
    """A reversed pair selected what overlapped its reading as a range, (5, 1) the x at
    [1, 2); a negative offset is no index of the text here, where Python counts it from
    the end."""
    doc = limner.Document(text="aaaa bbbb")
    doc.add([limner.Annotation(kind="x", start=1, end=2)])
    with pytest.raises(ValueError, match=message):
        doc.select("x", **kwargs)


@given(texts(60), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=20))
def test_layer_between_returns_exactly_the_inner_spans(text: str, raw: list) -> None:
    # a layer in reading order: starts and ends both sorted (a max of two sorted
    # sequences is sorted), each start <= its end
    starts = sorted(min(a, len(text)) for a, _ in raw)
    ends = sorted(min(b, len(text)) for _, b in raw)
    pairs = [(a, max(a, b)) for a, b in zip(starts, ends, strict=True)]
    layer = limner.Layer("token", [a for a, _ in pairs], [b for _, b in pairs])
    for s, e in [(0, len(text)), (3, 10), (10, 3), (4, 4)]:
        got = [pairs[i] for i in layer.between(s, e)]
        assert got == [(a, b) for a, b in pairs if s <= a and b <= e]


def test_layer_needs_matching_lengths() -> None:
    with pytest.raises(ValueError, match="as many"):
        limner.Layer("token", [0, 1], [1])


@pytest.mark.parametrize(
    ("starts", "ends", "problem"),
    [
        ([0, 2], [1, 1], "ends before it starts"),
        ([-1], [2], "negative"),
        ([3, 4], [11, 4], "reading order"),
        ([4, 3], [5, 6], "reading order"),
    ],
)
def test_layer_rejects_bad_spans(starts: list[int], ends: list[int], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        limner.Layer("token", starts, ends)


@pytest.mark.parametrize(
    ("starts", "ends", "named"),
    [
        ([False], [True], "starts[0] is False"),
        ((0, 2), (1, True), "ends[1] is True"),
        ([0, 2], (x for x in [1, False]), "ends[1] is False"),
        (array("q", [0]), [True], "ends[0] is True"),
    ],
)
def test_a_layer_refuses_a_bool_for_an_offset_naming_it(starts, ends, named: str) -> None:
    """A bool is an int to ``array``: ``Layer("k", [False], [True])`` was ``(0, 1)``."""
    with pytest.raises(limner.InputError, match=re.escape(named) + ", a bool"):
        limner.Layer("token", starts, ends)


def test_a_layer_set_around_its_frozen_attributes_to_bools_is_refused_when_added() -> None:
    doc = limner.Document(text="hello world")
    layer = limner.Layer("token", [0], [5])
    object.__setattr__(layer, "ends", [True])
    with pytest.raises(limner.InputError, match=r"ends\[0\] is True"):
        doc.add_layer(layer)
    assert doc.layers == {}


@pytest.mark.parametrize(
    "values",
    [[0, 1], (0, 1), array("q", [0, 1]), (x for x in [0, 1]), array("i", [0, 1]), range(2)],
)
def test_a_layer_takes_ints_however_they_are_held(values) -> None:
    """The other side: ints equal to the bools, in a list, a tuple, an array, a generator."""
    layer = limner.Layer("token", values, [1, 1])
    assert layer.starts.tolist() == [0, 1] and type(layer.starts[1]) is int


def test_a_layer_cannot_change_once_made() -> None:
    """Its checks hold for as long as it lives: nothing reaches its spans or attributes."""
    given = array("q", [0, 3])
    layer = limner.Layer("token", given, [2, 5])
    given[0] = 9  # the caller's own array: the layer keeps a copy
    with pytest.raises(TypeError):
        layer.starts[0] = 50
    with pytest.raises(AttributeError):
        layer.starts.append(7)  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        setattr(layer, "starts", [-4])  # noqa: B010 (the point is a plain setattr)
    assert list(layer) == [(0, 2), (3, 5)] and layer.starts.tolist() == [0, 3]


def test_a_layer_set_around_its_frozen_attributes_is_checked_when_added() -> None:
    doc = limner.Document(text="hello world")
    layer = limner.Layer("token", [0], [5])
    object.__setattr__(layer, "starts", [-4])
    with pytest.raises(ValueError, match="negative"):
        doc.add_layer(layer)
    assert doc.layers == {}


def test_the_layers_of_a_document_cannot_be_changed_through_its_layers() -> None:
    """``doc.layers`` was a copy: ``doc.layers["token"] = ...`` or ``.pop("token")``
    changed the copy, and the document not at all, without a word."""
    doc = limner.Document(text="hello world")
    layer = limner.Layer("token", [0, 6], [5, 11])
    doc.add_layer(layer)
    layers = doc.layers
    assert layers == {"token": layer} and dict(layers) == {"token": layer}
    with pytest.raises(TypeError):
        doc.layers["word"] = layer  # type: ignore[index]
    with pytest.raises(AttributeError):
        doc.layers.pop("token")  # type: ignore[attr-defined]
    doc.add_layer(limner.Layer("word", [0], [5]))
    assert set(layers) == {"token"} and set(doc.layers) == {"token", "word"}  # (a snapshot)
    # another document's layers, none among them, given to a new one: held as its own
    twin = limner.Document(text="hello world", layers=limner.Document(text="x").layers)
    twin.add_layer(layer)
    assert twin.layers == {"token": layer}


def test_a_layer_pickles_and_copies_by_value() -> None:
    layer = limner.Layer("token", [0, 3], [2, 5], "seg")
    for back in (pickle.loads(pickle.dumps(layer)), copy.deepcopy(layer), copy.copy(layer)):
        assert back == layer and back.source == "seg"
        with pytest.raises(TypeError):
            back.ends[0] = 1


def test_a_layer_hashes_by_its_kind_and_spans() -> None:
    # it cannot change, yet it was unhashable: no set of layers, no layer as a key
    layer = limner.Layer("token", [0, 3], [2, 5], "seg")
    same = limner.Layer("token", [0, 3], [2, 5], "other", extra={"note": 1})
    same.extra.clear()
    assert same == layer and hash(same) == hash(layer)
    assert len({layer, same, limner.Layer("token", [0, 3], [2, 6])}) == 2
    assert {layer: "tokens"}[pickle.loads(pickle.dumps(layer))] == "tokens"


def test_a_shallow_copy_of_a_document_is_a_document_of_its_own() -> None:
    doc = limner.Document(text="Hello there world", meta={"source": "wire"})
    doc.add([Mention(start=0, end=5)])
    doc.errors.append(limner.Error(plugin="p", annotator="a", type="T", message="m"))
    assert doc.select("mention")  # (its index built: the copy must not share it either)
    twin = copy.copy(doc)
    assert twin == doc
    twin.add([Mention(start=6, end=11), Claim(start=12, end=17)])
    twin.errors.clear()
    twin.meta["source"] = "desk"
    assert len(doc) == 1 and doc.kinds == {"mention"} and len(doc.select("mention")) == 1
    assert len(doc.errors) == 1 and doc.meta == {"source": "wire"}
    assert [a.id for a in doc.add([Mention(start=6, end=11)])] == ["m2"]
    assert len(twin) == 3 and twin.get("m2") is not doc.get("m2")
    assert twin.annotations[0] is doc.annotations[0]  # (annotations are frozen: shared)

    class Noted(limner.Document):
        pass

    noted = Noted(text="Hello")
    noted.note = "kept"  # type: ignore[attr-defined]
    again = copy.copy(noted)
    assert type(again) is Noted and again.note == "kept"  # type: ignore[attr-defined]


def test_a_document_iterates_over_its_annotations_and_answers_in() -> None:
    doc = limner.Document(text="Hello there world")
    m, c = doc.add([Mention(start=0, end=5), Claim(start=6, end=11)])
    assert list(doc) == [m, c] == list(doc.annotations)  # (was KeyError: 0)
    assert [a.id for a in doc] == ["m1", "c1"]
    assert "m1" in doc and m in doc and c in doc
    assert "m2" not in doc and Mention(start=0, end=5) not in doc  # (not stored: no id)
    assert Mention(start=0, end=5, id="m1", name="other") not in doc
    assert 0 not in doc and None not in doc
    assert list(limner.Document(text="")) == [] and "m1" not in limner.Document(text="")


def test_span_contains_and_overlaps_take_what_select_takes() -> None:
    span = limner.Span(2, 6)
    assert span.contains((3, 5)) and not span.contains((5, 7))  # (was AttributeError)
    assert span.overlaps((5, 7)) and not span.overlaps((6, 9))
    assert span.contains(limner.Annotation(kind="x", start=2, end=6))
    with pytest.raises(TypeError, match=r"Span.contains\(\)'s other takes a Span"):
        span.contains("abc")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="no span: it ends before it starts"):
        span.overlaps((5, 1))


def test_get_reads_an_annotation_whose_features_are_none() -> None:
    """The store takes features of None (see test_store_checks); ``get`` then raised
    "argument of type 'NoneType' is not iterable" for every name."""
    doc = limner.Document(text="Hello world")
    (m,) = doc.add([Mention(start=6, end=11, name="World", features=None)])  # type: ignore[arg-type]
    assert (m.get("name"), m.get("absent", 7), m.get("kind")) == ("World", 7, "mention")


def test_annotation_text_and_get() -> None:
    doc = limner.Document(text="Hello world")
    m = doc.add([Mention(start=6, end=11, name="World")])[0]
    assert m.text(doc) == "world"
    assert m.get("name") == "World"
    assert m.get("absent", 7) == 7
    assert m.span == limner.Span(6, 11)


def test_lone_surrogates_still_serialize_to_utf8() -> None:
    doc = limner.Document(text="a\ud800b é")
    text = doc.to_json()
    text.encode("utf-8")
    assert limner.Document.from_json(text) == doc
    assert limner.Document(text="é").to_json().count("é") == 1


@attrs.frozen(kw_only=True)
class Odd(limner.Annotation):
    """Field names that a generated constructor must not confuse with its own names."""

    kind: str = "odd"
    a: int = 0
    cls: str = ""
    new: list[int] = attrs.field(factory=list)


@attrs.frozen(kw_only=True)
class Checked(limner.Annotation):
    kind: str = "checked"
    level: int = attrs.field(default=0, validator=attrs.validators.ge(0))


@given(st.integers(0, 50), st.integers(0, 50), st.floats(allow_nan=False), st.text(max_size=5))
def test_builder_equals_the_constructor(start: int, length: int, weight: float, about: str) -> None:
    build = limner.builder(Claim, "start", "end", "weight", "about")
    made = build(start, start + length, weight, about)
    assert made == Claim(start=start, end=start + length, weight=weight, about=about)
    assert type(made) is Claim


def test_builder_makes_frozen_instances_of_the_class_itself() -> None:
    made = limner.builder(Odd, "start", "end", "a")(0, 1, 2)
    assert type(made) is Odd and made.__class__ is Odd  # not the writable twin it is filled on
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.a = 3  # type: ignore[misc]
    assert attrs.evolve(made, a=4) == Odd(start=0, end=1, a=4)
    assert pickle.loads(pickle.dumps(made)) == made


_KINDS: dict[str, type] = {}


@attrs.frozen(kw_only=True)
class Registered(limner.Annotation):
    """A plugin's base that keeps each subclass by name, and refuses a subclass named Sealed."""

    kind: str = "registered"

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if any(k.__name__ == "Sealed" for k in cls.__mro__[1:]):
            raise TypeError("Sealed may not be subclassed")
        _KINDS[cls.__name__] = cls


@attrs.frozen(kw_only=True)
class Tagged(Registered):
    kind: str = "tagged"
    tag: str = ""


@attrs.frozen(kw_only=True)
class Sealed(Registered):
    kind: str = "sealed"


class _Counting(type):
    made = 0

    def __init__(cls, *args: object) -> None:
        super().__init__(*args)  # type: ignore[misc]
        _Counting.made += 1


class _Meta(metaclass=_Counting):
    __slots__ = ()


@attrs.frozen(kw_only=True)
class WithMeta(limner.Annotation, _Meta):
    kind: str = "with-meta"


def test_builder_makes_no_class_that_a_subclass_hook_or_metaclass_sees() -> None:
    build = limner.builder(Tagged, "start", "end", "tag")
    assert _KINDS["Tagged"] is Tagged and _KINDS["Sealed"] is Sealed  # still the classes
    assert Tagged.__subclasses__() == []
    made = build(0, 1, "x")
    assert type(made) is Tagged and made == Tagged(start=0, end=1, tag="x")
    assert limner.builder(Sealed, "start", "end")(0, 2) == Sealed(start=0, end=2)
    before = _Counting.made
    assert limner.builder(WithMeta, "start", "end")(1, 2) == WithMeta(start=1, end=2)
    assert _Counting.made == before


@attrs.frozen(kw_only=True, cache_hash=True)
class Hashed(limner.Annotation):
    kind: str = "hashed"


@attrs.frozen(kw_only=True)
class Derived(limner.Annotation):
    """A kind whose constructor does more than fill its fields, one of them private."""

    kind: str = "derived"
    _raw: str = attrs.field(default="", validator=attrs.validators.instance_of(str))
    words: int = 0

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "words", len(self._raw.split()))


def test_builder_twin_is_never_taken_for_the_kind_by_name() -> None:
    limner.builder(Odd, "start", "end", "a")
    assert all(c.__name__ != "Odd" for c in Odd.__subclasses__())


def test_builder_runs_what_the_constructor_runs_besides_the_fields() -> None:
    made = limner.builder(Hashed, "start", "end")(0, 1)
    assert hash(made) == hash(Hashed(start=0, end=1))
    derived = limner.builder(Derived, "start", "end", "_raw")(0, 5, "two words")
    assert derived == Derived(start=0, end=5, raw="two words") and derived.words == 2


def test_builder_fills_defaults_and_fresh_factories() -> None:
    build = limner.builder(Odd, "start", "end", "a", "cls")
    one, two = build(0, 1, 5, "x"), build(1, 2, 6, "y")
    assert one == Odd(start=0, end=1, a=5, cls="x")
    assert one.new == [] and one.new is not two.new and one.features is not two.features
    assert limner.builder(limner.Sentence, "start", "end")(2, 4) == limner.Sentence(start=2, end=4)


def test_builder_keeps_other_validators() -> None:
    build = limner.builder(Checked, "start", "end", "level")
    assert build(0, 1, 2) == Checked(start=0, end=1, level=2)
    with pytest.raises(ValueError, match="level"):
        build(0, 1, -1)


def test_builder_rejects_unknown_and_missing_fields() -> None:
    with pytest.raises(TypeError, match="no field 'speaker'"):
        limner.builder(Claim, "start", "end", "speaker")
    with pytest.raises(TypeError, match="'end'"):
        limner.builder(Claim, "start")


@pytest.mark.parametrize(
    ("start", "end", "problem"),
    [
        (-1, 2, "start must be a non-negative int"),
        (3, 2, r"end \(2\) must not be before start \(3\)"),
        (0, 2.0, "end must be a non-negative int"),
        (True, 2, "start must be a non-negative int"),
        (0, 99, "lies outside the text"),
    ],
)
def test_add_checks_spans_that_skipped_the_constructor(
    start: object, end: object, problem: str
) -> None:
    doc = limner.Document(text="Hello world")
    good = Mention(start=0, end=5)
    bad = limner.builder(Mention, "start", "end")(start, end)
    with pytest.raises(ValueError, match=problem):
        doc.add([good, bad], source="test")
    assert len(doc) == 0  # nothing of the batch was stored


def test_add_takes_the_offsets_the_constructor_takes() -> None:
    class Offset(enum.IntEnum):
        FIVE = 5

    build = limner.builder(Mention, "start", "end")
    made = [Mention(start=0, end=Offset.FIVE), build(0, Offset.FIVE)]
    doc = limner.Document(text="Hello world")
    assert [(a.start, a.end) for a in doc.add(made, source="test")] == [(0, 5), (0, 5)]


@st.composite
def _batches(draw: st.DrawFn) -> tuple[str, list[tuple[str, int, int, str, str | None]], list[str]]:
    """A text, a batch of (class, start, end, label, reference) and ids already taken.

    Labels may repeat (the last one given wins) and references name a label,
    an id taken in the document, or nothing.
    """
    text = draw(st.text(max_size=40))
    n = len(text)
    rows = []
    labels = st.sampled_from(["", "", "a", "b"])
    refs = st.sampled_from([None, "", "a", "b", "m1", "c1"])
    for _ in range(draw(st.integers(0, 12))):
        a = draw(st.integers(0, n))
        cls = draw(st.sampled_from("mcx"))
        rows.append((cls, a, draw(st.integers(a, n)), draw(labels), draw(refs)))
    taken = draw(st.lists(st.sampled_from(["m1", "m2", "c1", "x3"]), max_size=2, unique=True))
    return text, rows, taken


def _make(row: tuple[str, int, int, str, str | None]) -> limner.Annotation:
    cls, start, end, label, about = row
    if cls == "m":
        return Mention(start=start, end=end, name="n", id=label)
    if cls == "c":
        return Claim(start=start, end=end, weight=1.5, about=about, id=label)
    return limner.Annotation(kind="x", start=start, end=end, id=label)


@given(_batches())
def test_handing_over_stores_what_copying_stores(case: tuple[str, list, list[str]]) -> None:
    # add(source=...) stamps new annotations in place (in bulk when it can);
    # add() without a source stores copies one by one: both must agree
    text, rows, taken = case
    docs = []
    for source in ("p", None):
        doc = limner.Document(
            text=text,
            annotations=[limner.Annotation(kind="t", start=0, end=0, id=i) for i in taken],
        )
        # (the store itself, as the engine calls it: Document.add also refuses references
        # that name nothing, which the rows may hold)
        stored = doc._add([_make(r) for r in rows], source, check_values=True)
        docs.append((doc, stored))
    (handed, got), (copied, expected) = docs
    assert [(a.id, a.kind, a.start, a.end, a.get("about")) for a in got] == [
        (a.id, a.kind, a.start, a.end, a.get("about")) for a in expected
    ]
    assert all(a.source == "p" for a in got) and all(a.source == "" for a in expected)
    assert len({a.id for a in handed.annotations}) == len(handed)
    for kind in ("mention", "claim", "x", "t"):
        assert [a.id for a in handed.select(kind)] == [a.id for a in copied.select(kind)]


def test_one_object_twice_in_a_batch_is_stored_twice() -> None:
    doc = limner.Document(text="Alice and Bob")
    m = Mention(start=0, end=5, name="Alice")
    first, second = doc.add([m, m], source="p")
    assert first is m and second is not m
    assert (first.id, second.id) == ("m1", "m2") and second == attrs.evolve(m, id="m2")


_SLOT_NAMES = tuple(n for n in limner.Document.__slots__ if n != "__weakref__")


@given(
    text=st.text(max_size=20),
    id=st.one_of(st.text(max_size=6), st.sampled_from(["\ud83d\ude00", "a\ud800"]),
                 st.integers(), st.none()),
    meta=st.dictionaries(st.text(max_size=3), st.integers(), max_size=3),
)
def test_a_blank_document_is_what_the_constructor_makes(text: str, id: object, meta: dict) -> None:
    # the engine's shortcut for each new document against the plain constructor: every
    # slot the same, and the same refusal of an id
    from limner.document import blank_document

    made = []
    for build in (blank_document, lambda t, i, m: limner.Document(text=t, id=i, meta=m)):
        try:
            made.append(build(text, id, dict(meta)))
        except (TypeError, ValueError) as exc:
            made.append((type(exc), str(exc)))
    short, plain = made
    if isinstance(plain, tuple):
        assert short == plain
        return
    assert type(short) is limner.Document
    assert [getattr(short, n) for n in _SLOT_NAMES] == [getattr(plain, n) for n in _SLOT_NAMES]
    assert [type(getattr(short, n)) for n in _SLOT_NAMES] == [
        type(getattr(plain, n)) for n in _SLOT_NAMES
    ]
    assert short.to_dict() == plain.to_dict()


def test_a_blank_document_owns_its_containers() -> None:
    from limner.document import blank_document

    one, two = blank_document("a", "", {}), blank_document("b", "", {})
    one.add([limner.Annotation(kind="x", start=0, end=1)], source="p")
    one.errors.append(limner.Error(plugin="p", annotator="p", type="T", message="m"))
    assert len(two) == 0 and two.errors == [] and two.kinds == frozenset()


def test_a_blank_document_checks_its_id_as_attrs_does() -> None:
    from limner.document import blank_document

    attrs.validators.set_disabled(True)
    try:
        assert blank_document("a", 5, {}).id == limner.Document(text="a", id=5).id == 5
    finally:
        attrs.validators.set_disabled(False)
    with pytest.raises(TypeError, match="id must be str"):
        blank_document("a", 5, {})
    with pytest.raises(TypeError, match="text must be str"):
        blank_document(b"a", "", {})  # type: ignore[arg-type]
