"""The JSON form under attack: split surrogate pairs, values JSON cannot hold, hostile input."""

from __future__ import annotations

import copy
import json
import math
import pickle
import re
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import limner
from limner.validate import schema
from tests.core.fakes import enricher_with
from tests.strategies import annotations_with_features

A = limner.Annotator


def _strict(text: str) -> Any:
    def refuse(name: str) -> None:
        raise ValueError(name)

    return json.loads(text, parse_constant=refuse)


# -- surrogates ----------------------------------------------------------------


def test_a_surrogate_pair_held_as_two_code_points_survives_the_round_trip() -> None:
    text = "\ud83d\ude00 Paris and \U0001f600 Rome \ud800 lone"
    doc = limner.Document(text=text)
    (paris,) = doc.add([limner.Annotation(kind="place", start=3, end=8)])
    written = doc.to_json()
    written.encode("utf-8")  # always writable
    back = limner.Document.from_json(written, kinds={})
    assert back.text == text and len(back.text) == len(text)
    assert back.get(paris.id).text(back) == "Paris"  # type: ignore[union-attr]
    assert back == doc
    assert "\U0001f600" in written  # a real astral character is written as it is


@given(st.text(alphabet=st.characters(codec=None), max_size=40))
def test_every_str_comes_back_the_same(text: str) -> None:
    doc = limner.Document(text=text)
    back = limner.Document.from_json(doc.to_json(), kinds={})
    assert back.text == text


def test_split_pairs_that_do_not_fit_the_text_are_refused() -> None:
    data = limner.Document(text="\ud83d\ude00 x").to_dict()
    data["split_pairs"] = [2]
    with pytest.raises(limner.InputError, match=r"split_pairs\[0\]"):
        limner.Document.from_dict(data, kinds={})


# -- values that are not JSON --------------------------------------------------


@pytest.mark.parametrize(
    ("value", "what"),
    [
        ({1, 2}, "set"),
        (object(), "object"),
        (math.nan, "float"),
        (math.inf, "float"),
        ([1.0, [math.nan]], "list"),
    ],
)
def test_a_field_json_cannot_hold_is_refused_when_added(value: object, what: str) -> None:
    def bad(doc: limner.Document) -> list[limner.Annotation]:
        return [limner.Annotation(kind="bad", start=0, end=1, features={"weird": value})]

    def good(doc: limner.Document) -> list[limner.Annotation]:
        return [limner.Annotation(kind="good", start=0, end=1)]

    doc = enricher_with(A("bad", ("bad",), bad), A("good", ("good",), good)).enrich("text")
    assert [a.kind for a in doc.annotations] == ["good"]
    (err,) = doc.errors
    assert err.annotator == "bad" and "'weird'" in err.message and what in err.message
    _strict(doc.to_json())  # what is written is strict JSON


#: values JSON gives back otherwise, and why
READ_BACK_OTHERWISE = [
    ((1, 2), "a tuple is read back as a list"),
    ([1, (2, 3)], r"a tuple \(2, 3\) in it is read back as a list"),
    ({1: "a"}, "the key 1 is not a str"),
    ({1: "a", "1": "b"}, "the key 1 is not a str"),  # one key once written
    ({"a": [{None: 1}]}, "the key None is not a str"),
    # a surrogate pair held as two code points: written as two escapes, read as one
    ("a\ud83d\ude00", "a surrogate pair held as two code points is read back"),
    (["x", "\ud83d\ude00"], "a surrogate pair held as two code points .* in it"),
    ({"\ud83d\ude00": 1}, "a surrogate pair held as two code points .* in it"),
]


@pytest.mark.parametrize(("value", "why"), READ_BACK_OTHERWISE)
def test_a_feature_json_gives_back_otherwise_is_refused_when_added(value: object,
                                                                    why: str) -> None:
    def bad(doc: limner.Document) -> list[limner.Annotation]:
        return [limner.Annotation(kind="bad", start=0, end=1, features={"pair": value})]

    def good(doc: limner.Document) -> list[limner.Annotation]:
        return [limner.Annotation(kind="good", start=0, end=1)]

    doc = enricher_with(A("bad", ("bad",), bad), A("good", ("good",), good)).enrich("text")
    assert [a.kind for a in doc.annotations] == ["good"]
    (err,) = doc.errors
    assert err.annotator == "bad" and "field 'pair'" in err.message
    assert re.search(why, err.message), err.message
    assert limner.Document.from_json(doc.to_json()) == doc
    direct = limner.Document(text="text")
    with pytest.raises(ValueError, match=rf"field 'pair' holds .*\({why}"):
        direct.add([limner.Annotation(kind="x", start=0, end=1, features={"pair": value})])
    assert len(direct) == 0


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_document_that_is_accepted_loads_back_equal(data: st.DataObject) -> None:
    doc = limner.Document(text="Paris is big.", id="d")
    for batch in data.draw(st.lists(annotations_with_features(doc.text), max_size=3)):
        try:
            doc.add(batch, source=data.draw(st.sampled_from(["", "p"])) or None)
        except ValueError:
            continue
    back = limner.Document.from_json(doc.to_json(), kinds={})
    assert back == doc
    assert back.to_dict() == doc.to_dict()


def test_a_typed_field_is_read_back_by_its_class() -> None:
    """A typed field's value is its class's to read back: a tuple field comes back
    equal when the class makes one of the list JSON gives."""

    @attrs.frozen(kw_only=True)
    class Pair(limner.Annotation):
        kind: str = "pair"
        ends: tuple[int, ...] = attrs.field(default=(), converter=tuple)

    doc = limner.Document(text="text")
    doc.add([Pair(start=0, end=1, ends=(1, 2))])
    assert limner.Document.from_json(doc.to_json(), kinds={"pair": Pair}) == doc


def test_a_nan_score_is_refused_and_the_document_direct_add_stores_nothing() -> None:
    doc = limner.Document(text="abc")
    with pytest.raises(ValueError, match="field 'score' holds float nan"):
        doc.add(
            [
                limner.Annotation(kind="x", start=0, end=1),
                limner.Annotation(kind="x", start=1, end=2, score=math.nan),
            ]
        )
    assert len(doc) == 0


def test_nan_in_meta_is_never_written() -> None:
    doc = limner.Document(text="abc", meta={"w": math.inf})
    with pytest.raises(ValueError, match=r"meta\['w'\] holds float inf, which is not JSON"):
        doc.to_json()


def test_a_lone_surrogate_in_a_feature_or_meta_loads_back_equal() -> None:
    """Lone surrogates are written as escapes and read back as they were: kept."""
    doc = limner.Document(text="abc", meta={"m": "a\ud800", "\udfff": ["\udc00b"]})
    doc.add([limner.Annotation(kind="x", start=0, end=1, features={"f": "\ud83d", "g": "\ude00"})])
    assert limner.Document.from_json(doc.to_json()) == doc


def test_a_feature_name_that_is_not_a_str_is_refused_when_added() -> None:
    """Written as a str (``1`` as ``"1"``), it would load back another name."""
    doc = limner.Document(text="text")
    with pytest.raises(ValueError, match=r"feature name 1 \(int\) is not a str"):
        doc.add([limner.Annotation(kind="x", start=0, end=1, features={1: "a"})])
    assert len(doc) == 0


@pytest.mark.parametrize(("value", "why"), READ_BACK_OTHERWISE)
@pytest.mark.parametrize("fmt", ["json", "jsonl", "sqlite", "webanno"])
def test_meta_json_gives_back_otherwise_is_never_written(
    tmp_path: Any, fmt: str, value: object, why: str
) -> None:
    """The rule of features holds for ``meta``, as the document is written in any format
    that keeps it (in memory it may hold anything): refused, naming the key, and the
    file is left as it was."""
    doc = limner.Document(text="text", id="d", meta={"title": "t", "held": value})
    path = tmp_path / f"out.{fmt}"
    limner.save(limner.Document(text="before", id="b"), path, format=fmt)
    with pytest.raises(ValueError, match=rf"meta\['held'\] holds .*\({why}"):
        limner.save(doc, path, format=fmt)
    assert [d.text for d in limner.load(path, format=fmt)] == ["before"]
    doc.meta["held"] = [1]
    limner.save(doc, path, format=fmt)
    assert limner.load(path, format=fmt) == [doc]


def test_a_meta_key_that_is_not_a_str_is_never_written() -> None:
    doc = limner.Document(text="abc", meta={1: "a"})
    with pytest.raises(ValueError, match=r"meta: the key 1 \(int\) is not a str"):
        doc.to_json()


def test_meta_may_be_any_mapping_and_is_held_as_a_dict() -> None:
    """A read-only mapping (or another) is copied into the dict the document writes."""
    import types

    doc = limner.Document(text="abc", meta=types.MappingProxyType({"a": [1]}))
    assert type(doc.meta) is dict
    assert limner.Document.from_json(doc.to_json()) == doc
    doc.meta = types.MappingProxyType({"b": 2})
    assert doc.meta == {"b": 2} and type(doc.meta) is dict
    with pytest.raises(TypeError, match="meta must be a mapping, got int"):
        doc.meta = 1  # type: ignore[assignment]


# -- hostile JSON on load ------------------------------------------------------


def _good() -> dict[str, Any]:
    doc = limner.Document(text="Alice went to Paris.", id="d")
    (who,) = doc.add([limner.Annotation(kind="person", start=0, end=5)])
    doc.add(
        [
            limner.Annotation(
                kind="quote",
                start=6,
                end=19,
                features={"style": "direct", "speaker": "Alice", "speaker_mention": who.id},
            )
        ]
    )
    return doc.to_dict()


def _with(path: str, value: Any) -> dict[str, Any]:
    return _set(_good(), path, value)


_DROP = object()

HOSTILE = [
    ("annotations", "abc", r"^annotations: expected array"),
    ("meta", [1, 2], r"^meta: expected object"),
    ("id", 7, r"^id: expected string"),
    ("annotations.0.id", 7, r"^annotations\[0\]\.id: expected string"),
    ("annotations.0.kind", ["person"], r"^annotations\[0\]\.kind: expected string"),
    ("annotations.0.end", 2**70, r"^annotations\[0\]\.end: .* past the end of the text"),
    ("annotations.0.start", -1, r"^annotations\[0\]\.start: -1 is below 0"),
    ("annotations.0.start", 6, r"^annotations\[0\]\.start: 6 is after its end"),
    ("annotations.0.start", 1.5, r"^annotations\[0\]\.start: expected integer"),
    ("annotations.0.end", _DROP, r"^annotations\[0\]: the key 'end' is missing"),
    (
        "annotations.1.speaker_mention",
        "nobody",
        r"^annotations\[1\]\.speaker_mention: 'nobody' is the id of no annotation",
    ),
    ("annotations.1.style", "shouted", r"^annotations\[1\]\.style: expected one of"),
    ("annotations.1.id", "p1", r"^annotations\[1\]\.id: 'p1' is the id of another"),
    ("annotations.0", "x", r"^annotations\[0\]: expected object"),
    ("errors", {"a": 1}, r"^errors: expected array"),
    ("errors", [{"plugin": "p"}], r"^errors\[0\]: the key 'annotator' is missing"),
    ("layers", [{"kind": "token", "starts": [0]}], r"^layers\[0\]: the key 'ends' is missing"),
    (
        "layers",
        [{"kind": "token", "starts": [0], "ends": [99]}],
        r"^layers\[0\]\.ends\[0\]: 99 lies past the end of the text",
    ),
    (
        "layers",
        [{"kind": "token", "starts": [0, 1], "ends": [1]}],
        r"^layers\[0\]: 2 starts but 1 ends",
    ),
    ("layers", [{"kind": 3, "starts": [], "ends": []}], r"^layers\[0\]\.kind: expected string"),
    (
        "layers",
        [{"kind": "token", "starts": [5, 0], "ends": [6, 7]}],
        r"^layers\[0\]\.starts\[1\]: 0 is before the start of the span before it \(5\)",
    ),
    (
        "layers",
        [{"kind": "token", "starts": [0, 1], "ends": [9, 2]}],
        r"^layers\[0\]\.ends\[1\]: 2 is before the end of the span before it \(9\)",
    ),
    (  # a document holds one layer of a kind: the second took the first's place unsaid
        "layers",
        [{"kind": "token", "starts": [0], "ends": [5]},
         {"kind": "token", "starts": [], "ends": []}],
        r"^layers\[1\]\.kind: 'token' is the kind of another layer",
    ),
]


@pytest.mark.parametrize(("path", "value", "message"), HOSTILE)
def test_hostile_json_names_the_bad_field(path: str, value: Any, message: str) -> None:
    data = _with(path, value)
    with pytest.raises(limner.InputError, match=message):
        limner.Document.from_dict(data, kinds={})
    with pytest.raises(limner.InputError, match=message):
        limner.Document.from_json(json.dumps(data), kinds={})


@attrs.frozen(kw_only=True)
class Hashtag(limner.Annotation):
    """A plugin's kind, as in the plugin guide: a ref field and a validated field."""

    kind: str = "hashtag"
    tag: str = attrs.field(default="", validator=attrs.validators.instance_of(str))
    sentence: str | None = limner.ref()
    weight: int = attrs.field(default=0, validator=attrs.validators.ge(0))


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("sentence", ["s1"], r"^annotations\[1\]\.sentence: expected string or null, got array"),
        ("sentence", {"a": 1}, r"^annotations\[1\]\.sentence: expected string or null, got obj"),
        ("sentence", "nope", r"^annotations\[1\]\.sentence: 'nope' is the id of no annotation"),
        ("tag", 5, r"^annotations\[1\]\.tag: refused by the class of kind 'hashtag': 'tag' must"),
        ("weight", -1, r"^annotations\[1\]\.weight: refused by the class of kind 'hashtag'"),
    ],
)
def test_a_plugin_class_refusing_a_field_names_it(field: str, value: Any, message: str) -> None:
    data = {
        "schema": "limner/1",
        "text": "Go #team",
        "annotations": [
            {"id": "s1", "kind": "sentence", "start": 0, "end": 8},
            {"id": "h1", "kind": "hashtag", "start": 3, "end": 8, "sentence": "s1", field: value},
        ],
    }
    kinds = {"hashtag": Hashtag, "sentence": limner.Sentence}
    with pytest.raises(limner.InputError, match=message):
        limner.Document.from_dict(data, kinds=kinds)
    with pytest.raises(limner.InputError, match=message):
        limner.Document.from_json(json.dumps(data), kinds=kinds)


def test_the_hostile_cases_break_the_shipped_schema_or_its_unwritten_rules() -> None:
    assert limner.Document.from_dict(_good(), kinds={}).to_dict() == _good()
    jsonschema.validate(_good(), schema())


@pytest.mark.parametrize(
    "kinds",
    [[limner.Sentence], "sentence", {"sentence": 5}, {"sentence": dict}, {5: limner.Sentence}],
)
def test_kinds_that_are_no_classes_by_kind_are_a_type_error_saying_what_kinds_takes(
    kinds: Any, tmp_path: Any
) -> None:
    """A list of classes (``kinds=[Number]``, the natural slip) raised
    ``AttributeError: 'list' object has no attribute 'items'``, a class that is none
    of limner's an attrs error, from deep inside the loader."""
    doc = limner.enrich("One. Two.", plugins=[], kinds="sentence")
    with pytest.raises(TypeError, match=r"kinds takes annotation classes by kind"):
        limner.Document.from_json(doc.to_json(), kinds=kinds)
    from limner.formats.sqlite import read_sqlite

    limner.save(doc, tmp_path / "a.db")
    with pytest.raises(TypeError, match=r"kinds takes annotation classes by kind"):
        list(read_sqlite(tmp_path / "a.db", kinds=kinds))


@pytest.mark.parametrize(
    "text",
    [
        '{"schema": "limner/1", "text": "a", "meta": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"schema": "limner/1", "text": "a", "meta": {"w": NaN}}',
        # Python's reader makes infinity of a number past a float's range: a score of
        # 1e400 was taken, the document then unwritable
        '{"schema": "limner/1", "text": "a", "meta": {"w": 1e400}}',
        (
            '{"schema": "limner/1", "text": "a", "annotations": [{"id": "a", "kind": "k", '
            '"start": 0, "end": 1, "score": -1E+999}]}'
        ),
        '{"schema": "limner/1", "text": "a"',
        "[1, 2]",
    ],
)
def test_unreadable_json_is_an_input_error(text: str) -> None:
    with pytest.raises(limner.InputError):
        limner.Document.from_json(text, kinds={})


def test_a_mapping_holding_what_json_cannot_is_an_input_error() -> None:
    """from_dict of a mapping made otherwise than by JSON's reader: a ValueError from
    the document's own rules is the loader's InputError, as every other refusal."""
    data = limner.Document(text="ab", id="d").to_dict()
    data["id"] = "d\ud83d\ude00"
    with pytest.raises(limner.InputError, match=r"Document id .* JSON does not give it back"):
        limner.Document.from_dict(data, kinds={})


@pytest.mark.parametrize(
    ("kind", "fields", "why"),
    [
        ("location", {"name": "Paris", "lat": 91.0, "lon": 2.35}, r"\.lat: 91\.0 is above 90"),
        ("location", {"name": "Paris", "lat": 48.9, "lon": 400.0}, r"\.lon: 400\.0 is above 180"),
        ("sentiment", {"score": 5.0, "scope": "document"}, r"\.score: 5\.0 is above 1"),
        ("number", {"category": "lots", "value": 5}, r"\.category: expected one of"),
    ],
)
def test_a_plugins_own_class_is_held_to_the_schema_when_added(
    kind: str, fields: dict[str, Any], why: str
) -> None:
    """Added as a generic annotation, such a value was refused; as the kind's own class
    (``Location(lat=91)``), it was stored, and the document written was one that
    from_json, and every reader, refused: the work saved could not be read back."""
    from limner.plugins import default_kinds

    cls = default_kinds()[kind]
    made = cls(start=0, end=5, **fields)
    with pytest.raises(limner.InputError, match=why):
        limner.Document(text="Paris", id="d").add([made])
    with pytest.raises(limner.InputError, match=why):  # (the constructor's rule is add's)
        limner.Document(text="Paris", id="d", annotations=[attrs.evolve(made, id=f"{kind}1")])
    doc = limner.Document(text="Paris", id="d")
    doc.add([attrs.evolve(made, **_in_range(kind))])
    assert limner.Document.from_json(doc.to_json()) == doc


def _in_range(kind: str) -> dict[str, Any]:
    return {"location": {"lat": 48.9, "lon": 2.35}, "sentiment": {"score": 0.5},
            "number": {"category": "cardinal"}}[kind]


@pytest.mark.parametrize(("mark", "encoding"), [(b"\xef\xbb\xbf", "utf-8"),
                                                (b"\xff\xfe", "utf-16-le")])
def test_json_bytes_are_read_by_their_byte_order_mark(mark: bytes, encoding: str) -> None:
    """As every file limner reads: the mark of a file saved by Notepad read as 'not JSON'."""
    doc = limner.Document(text="Café", id="d")
    assert limner.Document.from_json(mark + doc.to_json().encode(encoding), kinds={}) == doc
    with pytest.raises(limner.InputError, match=r"not UTF-8: .* position 1"):
        limner.Document.from_json(b"{\xff}", kinds={})


_json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)  # what JSON text can hold
    | st.text(max_size=3),
    lambda inner: (
        st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=2), inner, max_size=2)
    ),
    max_leaves=4,
)
_paths = st.sampled_from(
    [
        "id",
        "text",
        "meta",
        "annotations",
        "errors",
        "annotations.0",
        "annotations.0.id",
        "annotations.0.kind",
        "annotations.0.start",
        "annotations.0.end",
        "annotations.0.source",
        "annotations.0.score",
        "annotations.1.style",
        "annotations.1.speaker",
        "annotations.1.speaker_mention",
        "annotations.1.kind",
        "errors",
    ]
)


@given(_paths, _json_values)
def test_whatever_the_schema_refuses_loading_refuses(path: str, value: Any) -> None:
    data = _with(path, copy.deepcopy(value))
    try:
        jsonschema.validate(data, schema())
    except jsonschema.ValidationError:
        with pytest.raises(limner.InputError):
            limner.Document.from_dict(data, kinds={})
        return
    refused = ""
    try:
        limner.Document.from_dict(data, kinds={})
    except limner.InputError as exc:  # only by the rules a schema cannot say
        refused = str(exc)
    # the schema's "integer" takes 1.0; an offset is a Python int, so 1.0 is refused
    integral_float = isinstance(value, float) and "expected integer" in refused
    assert (
        not refused
        or integral_float
        or any(w in refused for w in ("past the end", "after its end", "id of"))
    )


def test_a_top_level_key_the_schema_allows_is_kept_on_a_round_trip(tmp_path: Path) -> None:
    """The schema lets limner/1 gain top-level keys (no additionalProperties): one this
    limner does not know is held in ``extra`` and written back, never dropped."""
    data = limner.Document(text="Hi there").to_dict()
    data["lang"] = "en"
    data["anotations"] = [{"id": "a1"}]  # a mistyped key is shown, not lost
    jsonschema.validate(data, schema())
    doc = limner.Document.from_json(json.dumps(data), kinds={})
    assert doc.extra == {"lang": "en", "anotations": [{"id": "a1"}]}
    assert doc.to_dict() == data
    assert limner.Document.from_json(doc.to_json(), kinds={}) == doc
    assert doc != limner.Document(text="Hi there")
    for name in ("out.jsonl", "out.jsonld"):  # and webanno
        limner.save(doc, tmp_path / name)
        assert limner.load(tmp_path / name) == [doc], name


def test_an_error_records_other_keys_are_kept_on_a_round_trip(tmp_path: Path) -> None:
    """The schema's error record, as its document, may gain keys: they were dropped."""
    data = limner.Document(text="Hi there").to_dict()
    data["errors"] = [{"plugin": "p", "annotator": "a", "type": "T", "message": "m",
                       "when": "2026-01-01", "trace": ["x"]}]
    jsonschema.validate(data, schema())
    doc = limner.Document.from_json(json.dumps(data), kinds={})
    assert doc.errors[0].extra == {"when": "2026-01-01", "trace": ["x"]}
    assert doc.to_dict() == data
    assert hash(doc.errors[0]) == hash(limner.Error(plugin="p", annotator="a", type="T",
                                                    message="m"))
    for name in ("out.jsonl", "out.jsonld"):  # and webanno
        limner.save(doc, tmp_path / name)
        assert limner.load(tmp_path / name) == [doc], name
    with pytest.raises(ValueError, match=r"Error extra\['message'\]: 'message' is a field"):
        limner.Error(plugin="p", annotator="a", type="T", message="m", extra={"message": "x"})
    doc.errors.append(limner.Error(plugin="p", annotator="a", type="T", message="m",
                                   extra={"when": {1, 2}}))
    with pytest.raises(ValueError, match=r"errors\[1\]\.extra\['when'\] holds set"):
        doc.to_json()


def test_a_layers_other_keys_are_kept_on_a_round_trip() -> None:
    """The schema's layer, as its document and error record, may gain keys: they were
    dropped on load."""
    data = limner.Document(text="Hi there").to_dict()
    data["layers"] = [{"kind": "token", "source": "s", "starts": [0, 3], "ends": [2, 8],
                       "lang": "en", "model": {"name": "x"}}]
    jsonschema.validate(data, schema())
    doc = limner.Document.from_json(json.dumps(data), kinds={})
    assert doc.layers["token"].extra == {"lang": "en", "model": {"name": "x"}}
    assert doc.to_dict() == data
    assert limner.Document.from_json(doc.to_json(), kinds={}) == doc
    assert pickle.loads(pickle.dumps(doc)) == doc
    assert doc != limner.Document.from_json(doc.to_json(layers=False), kinds={})
    plain = limner.Layer("token", [0, 3], [2, 8], "s")
    assert doc.layers["token"] != plain and plain.extra == {}
    with pytest.raises(ValueError, match=r"Layer extra\['starts'\]: 'starts' is a key"):
        limner.Layer("token", [0], [2], extra={"starts": [1]})
    bad = limner.Document(text="Hi there")
    bad.add_layer(limner.Layer("token", [0], [2], extra={"when": {1, 2}}))
    with pytest.raises(ValueError, match=r"layers\['token'\]\.extra\['when'\] holds set"):
        bad.to_json()


def test_extra_cannot_hold_a_key_of_the_form_nor_what_json_gives_back_otherwise() -> None:
    with pytest.raises(ValueError, match=r"extra\['text'\].*key of the JSON form"):
        limner.Document(text="Hi", extra={"text": "other"})
    with pytest.raises(TypeError, match="extra must be a mapping"):
        limner.Document(text="Hi", extra=[("lang", "en")])  # type: ignore[arg-type]
    doc = limner.Document(text="Hi", extra={"years": (2020, 2021)})
    with pytest.raises(ValueError, match=r"Document extra\['years'\] holds tuple"):
        doc.to_json()


# -- the line encoder -----------------------------------------------------------

_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(st.characters(exclude_categories=("Cs",))),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner,
                                                                max_size=4),
    max_leaves=20,
)


@given(_JSON_VALUES)
def test_a_line_is_what_the_standard_encoder_writes(value: Any) -> None:
    """``dumps`` skips the encoder's walk for cycles, and writes exactly what it did."""
    from limner.document import dumps

    expected = json.dumps(value, ensure_ascii=False, allow_nan=False)
    assert dumps(value) == expected
    assert dumps(value, indent=2) == json.dumps(value, ensure_ascii=False, indent=2)


def test_a_value_that_holds_itself_is_not_written() -> None:
    from limner.document import dumps

    loop: list[Any] = []
    loop.append(loop)
    with pytest.raises(ValueError, match="holds itself"):
        dumps({"meta": loop})
    with pytest.raises(ValueError, match="NaN and infinity are not JSON"):
        dumps({"score": math.nan})


_ANY_TEXT = st.text(st.characters(codec=None), max_size=12)  # lone surrogates included
_LINE_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | _ANY_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_ANY_TEXT, inner, max_size=4),
    max_leaves=20,
)


@given(_LINE_VALUES)
def test_a_batch_line_is_the_line_dumps_writes_in_utf8(value: Any) -> None:
    """``encoded_line`` (the batch's fast path) finds surrogates by encoding, not by a
    search, and gives the bytes of ``dumps`` (the plain path) all the same."""
    from limner.document import dumps, encoded_line

    assert encoded_line(value) == dumps(value).encode("utf-8")


def test_a_batch_line_refuses_what_dumps_refuses() -> None:
    from limner.document import encoded_line

    loop: list[Any] = []
    loop.append(loop)
    with pytest.raises(ValueError, match="holds itself"):
        encoded_line({"meta": loop})
    with pytest.raises(ValueError, match="NaN and infinity are not JSON"):
        encoded_line({"score": math.inf})
    with pytest.raises(TypeError):
        encoded_line({"meta": {1, 2}})


_NESTED = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=3)
    | st.sampled_from([{1, 2}, (1, "a"), {"k": [1.5]}, b"x"]),
    lambda inner: st.lists(inner, max_size=3),
    max_leaves=12,
)


@given(st.lists(_NESTED, min_size=1, max_size=6))
def test_the_bulk_json_check_agrees_with_the_encoder(values: list[Any]) -> None:
    """The check of a batch's features at C speed refuses exactly what the strict encoder
    refuses or its reader gives back otherwise (a tuple), and names the field."""
    doc = limner.Document(text="abcdef")
    batch = [limner.Annotation(kind="k", start=0, end=1, features={"v": v}) for v in values]
    try:
        writable = json.loads(json.dumps(values, allow_nan=False)) == values
    except (TypeError, ValueError):
        writable = False
    if writable:
        assert len(doc.add(batch)) == len(values)
    else:
        with pytest.raises(ValueError, match="field 'v'"):
            doc.add(batch)
        assert len(doc) == 0


def test_a_document_writes_each_annotation_as_its_class_says() -> None:
    """A class that writes itself its own way is asked for its dict in the document's."""
    import attrs

    @attrs.frozen(kw_only=True)
    class Own(limner.Annotation):
        kind: str = "own"
        note: str = ""

        def to_dict(self) -> dict[str, Any]:
            return {**super().to_dict(), "written": "by the class"}

    doc = limner.Document(text="one two three")
    doc.add([limner.Annotation(kind="plain", start=0, end=3, score=0.5,
                               features={"extra": [1, 2]})])
    doc.add([Own(start=4, end=7, note="n")])
    assert doc.to_dict()["annotations"] == [a.to_dict() for a in doc.annotations]
    assert doc.to_dict()["annotations"][1]["written"] == "by the class"


def test_an_error_saying_a_split_surrogate_pair_loads_back_equal() -> None:
    """An annotator's message may quote a slice of a text that holds a pair as two code
    points: the Error holds it as JSON gives it back (the one character), a lone
    surrogate as it is."""
    def bad(doc: limner.Document) -> list[limner.Annotation]:
        raise ValueError(f"cannot read {doc.text}")

    doc = enricher_with(A("bad", ("bad",), bad)).enrich("a\ud83d\ude00 \ud800")
    (err,) = doc.errors
    assert "\U0001f600" in err.message and "\ud800" in err.message
    assert limner.Document.from_json(doc.to_json()) == doc
    direct = limner.Error(plugin="p", annotator="a", type="T", message="\ud83d\ude00")
    assert direct.message == "\U0001f600"


# -- the compiled schema -------------------------------------------------------


def _every_kind() -> dict[str, Any]:
    """A document's form holding an annotation of each kind the schema rules, a layer and
    an error: every rule of the schema has a value to hold to it."""
    data = _good()
    data["annotations"] += [
        {"id": "n1", "kind": "number", "start": 0, "end": 5, "source": "p", "category": "money",
         "value": 1.5, "unit": "USD", "qualifier": None, "low": None, "high": 2,
         "counted": None},
        {"id": "l1", "kind": "location", "start": 14, "end": 19, "source": "p", "name": "Paris",
         "geonameid": 2988507, "lat": 48.85, "lon": 2.35, "country": "FR", "feature": "P"},
        {"id": "s1", "kind": "sentiment", "start": 0, "end": 20, "source": "p",
         "scope": "document", "score": -0.5, "target": None},
        {"id": "x1", "kind": "made-up", "start": 0, "end": 1, "source": "", "any": [1]},
    ]
    data["layers"] = [{"kind": "token", "source": "p", "starts": [0, 6], "ends": [5, 10]}]
    data["errors"] = [{"plugin": "p", "annotator": "a", "type": "T", "message": "m"}]
    return data


def _set(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    node: Any = data
    *head, last = path.split(".")
    for part in head:
        node = node[int(part)] if part.isdigit() else node[part]
    if value is _DROP:
        del node[int(last) if last.isdigit() else last]
    else:
        node[int(last) if last.isdigit() else last] = value
    return data


_every_path = st.sampled_from(
    [
        "schema", "id", "text", "meta", "annotations", "errors", "layers", "split_pairs",
        *(f"annotations.{i}" for i in range(6)),
        *(f"annotations.{i}.{key}" for i in range(6)
          for key in ("id", "kind", "start", "end", "source", "score")),
        "annotations.1.style", "annotations.1.speaker", "annotations.1.speaker_mention",
        "annotations.1.cue_start", "annotations.1.source_type",
        *(f"annotations.2.{key}" for key in ("category", "value", "unit", "qualifier", "low",
                                             "high", "counted")),
        *(f"annotations.3.{key}" for key in ("name", "geonameid", "lat", "lon", "country",
                                             "feature")),
        *(f"annotations.4.{key}" for key in ("scope", "score", "target")),
        "layers.0", "layers.0.kind", "layers.0.source", "layers.0.starts", "layers.0.ends",
        "layers.0.starts.1", "layers.0.ends.0",
        "errors.0", "errors.0.plugin", "errors.0.message",
    ]
)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(_every_path, _json_values | st.just(_DROP) | st.sampled_from(
    ["limner/1", "number", "quote", "location", "sentiment", "direct", "money", "FR", "fr",
     "document", "person", 91, -181, 1.0, True, [True], [-1], [0, 2**70], [], [1.0]]))
def test_loading_refuses_what_jsonschema_refuses_and_names_its_path(
    path: str, value: Any
) -> None:
    """The schema is compiled in parts, each kind's rules run on that kind alone, a layer's
    offsets looked at in C-level passes: all that ``jsonschema`` (the reference, on the
    schema as loading reads it) refuses is refused, at the path of one of its errors; all
    that it takes is taken, but by the rules a schema cannot say."""
    from limner.validate import _loading_schema, check_document

    data = _set(_every_kind(), path, copy.deepcopy(value))
    errors = list(jsonschema.Draft202012Validator(_loading_schema()).iter_errors(data))
    try:
        check_document(data)
    except limner.InputError as exc:
        refused = str(exc)
    else:
        refused = ""
    if errors:
        paths = {
            "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in e.absolute_path)
            .removeprefix(".") or "the document"
            for e in errors
        }
        assert refused.split(": ")[0] in paths, (refused, paths)
    else:
        assert not refused or any(
            why in refused
            for why in ("past the end", "after its end", "id of", "before the",
                        "kind of another layer", "a span needs both",
                        "expected integer, got float")  # (JSON Schema's integer takes 3.0)
        ), refused


def test_a_document_that_keeps_the_rules_is_looked_at_once(monkeypatch) -> None:
    """Its load is the compiled parts' alone, each kind's rules run on its annotations, and
    C-level passes for the rule every annotation meets, a layer's offsets and the rules a
    schema cannot say: the annotation's and the layer's validators (a call an annotation,
    an offset) run only to name a value that breaks a rule, and the loops that look at an
    annotation or a span at a time only to name the one that breaks another."""
    import limner.validate

    text = json.dumps(_every_kind())

    def walked(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("walked")

    parts = type(limner.validate._validators())
    compiled = parts.__getitem__
    monkeypatch.setattr(  # the annotation's compiled rule too: the C-level passes took it
        parts, "__getitem__",
        lambda self, name: walked if name in ("layer", "annotation") else compiled(self, name),
    )
    for name in ("_held", "_first_bad_annotation", "_first_bad_span", "_first_float"):
        monkeypatch.setattr(limner.validate, name, walked)
    assert len(limner.Document.from_json(text).annotations) == 6
    with pytest.raises(AssertionError, match="walked"):  # the other side: one that breaks one
        limner.Document.from_json(text.replace('"lat": 48.85', '"lat": 91'))
    with pytest.raises(AssertionError, match="walked"):  # a layer's offset below 0
        limner.Document.from_json(text.replace('"starts": [0, 6]', '"starts": [-1, 6]'))


def test_the_c_level_passes_of_an_annotation_keep_the_schemas_rule() -> None:
    """Every annotation is held to the schema's rule of an annotation (its kind's aside)
    by C-level passes over them all, its compiled validator run only where they doubt:
    the passes keep a copy of that rule, and are taken only while the schema's is the
    same.  A change to the schema's rule turns them off, unsaid but for this test:
    change ``_PLAIN_RULE`` and ``_plain`` with it."""
    from limner.validate import _validators

    assert _validators().plain


def test_a_part_of_the_schema_is_compiled_when_first_needed(monkeypatch) -> None:
    """A part's validator is taken when first needed (compiled then, were the shipped
    checks missing): a document of kinds the schema has no rules for takes the
    document's part alone, one of quotes that part and the quote's rules, and a refused
    annotation the annotation's rule."""
    import limner.validate

    unquoted, quoted, unnamed = _good(), _good(), _with("annotations.0.id", "")
    del unquoted["annotations"][1]  # the quote
    parts = limner.validate._Parts()
    monkeypatch.setattr(limner.validate, "_validators", lambda: parts)
    limner.Document.from_dict(unquoted, kinds={})
    assert set(parts._compiled) == {"document"}
    limner.Document.from_dict(quoted, kinds={})
    assert set(parts._compiled) == {"document", "quote"}
    with pytest.raises(limner.InputError, match=r"^annotations\[0\]\.id: must not be empty"):
        limner.Document.from_dict(unnamed, kinds={})
    assert set(parts._compiled) == {"document", "quote", "annotation"}
