"""The webanno format: W3C Web Annotation JSON-LD, read back the same."""

from __future__ import annotations

import gc
import io
import json
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import limner
from limner.document import dumps
from limner.errors import InputError
from limner.formats.webanno import (
    AFFIX,
    _affix_score,
    _best_quote,
    read_webanno,
    to_collection,
    write_webanno,
)
from limner.testing import documents, nasty_texts


def _round(docs: list[limner.Document]) -> list[limner.Document]:
    buf = io.StringIO()
    write_webanno(docs, buf)
    return list(read_webanno(io.StringIO(buf.getvalue())))


def test_the_collection_follows_the_model(seed_text: str) -> None:
    doc = limner.enrich(seed_text, id="seed", plugins=["numbers", "quotes"])
    data = to_collection([doc])
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection" and data["total"] == len(doc)
    items = data["first"]["items"]
    assert data["first"]["type"] == "AnnotationPage" and len(items) == len(doc)
    for item, a in zip(items, doc.annotations, strict=True):
        assert item["type"] == "Annotation" and item["body"]["value"] == a.kind
        pos, quote = item["target"]["selector"]
        assert (pos["type"], pos["start"], pos["end"]) == ("TextPositionSelector", a.start, a.end)
        assert quote["type"] == "TextQuoteSelector" and quote["exact"] == a.text(doc)
        assert seed_text[: a.start].endswith(quote["prefix"]) and len(quote["prefix"]) <= AFFIX
        assert seed_text[a.end :].startswith(quote["suffix"]) and len(quote["suffix"]) <= AFFIX
    quote = next(i for i in items if i["body"]["value"] == "quote")
    assert "speaker" in quote["body"]["limner:fields"]
    (back,) = _round([doc])
    assert back == limner.Document.from_json(doc.to_json(layers=False))


@given(documents(nasty_texts()))
def test_any_document_round_trips(doc: limner.Document) -> None:
    (back,) = _round([doc])
    assert back == doc


def test_the_annotations_are_written_one_at_a_time_not_held_together() -> None:
    """The collection was made whole before it was written: a dict of dicts and lists
    for each annotation, then its text, some 7.2 KB an annotation (a document of 320,000
    peaked at 2.6 GB, at 295 MB without them: ``python benchmarks/webanno_memory.py``).
    Now each is made as it is written: the objects alive while the file is written do
    not grow with the annotations, and the text is the same."""
    n = 1500
    doc = limner.Document(text="word " * n, id="many", meta={"items": []})
    doc.add([limner.Annotation(kind="w", start=5 * i, end=5 * i + 4, features={"n": [i]})
             for i in range(n)], source="t")
    empty = limner.Document(text="None here.", id="empty")
    expected = dumps(to_collection([empty, doc]), indent=1) + "\n"
    alive: list[int] = []

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            alive.append(len(gc.get_objects()))

    buf = io.StringIO()
    gc.collect()
    before = len(gc.get_objects())
    threshold = gc.get_threshold()
    gc.set_threshold(200)  # (a count taken every few annotations)
    gc.callbacks.append(watch)
    try:
        write_webanno([empty, doc], buf)
    finally:
        gc.callbacks.remove(watch)
        gc.set_threshold(*threshold)
    assert len(alive) > 10
    assert max(alive) - before < n  # (held together: three or more an annotation)
    assert buf.getvalue() == expected
    out = io.StringIO()
    write_webanno([empty], out)  # a page of no annotation
    assert out.getvalue() == dumps(to_collection([empty]), indent=1) + "\n"


def test_a_quote_over_a_split_surrogate_pair_is_found_where_it_was() -> None:
    # JSON joins the pair in the quote's ``exact``; the text keeps it split
    doc = limner.Document(text="said according to \ud800\udfff and \ud83d")
    doc.add([limner.Annotation(kind="k", start=0, end=len(doc.text))], source="t")
    (back,) = _round([doc])
    assert back == doc and not back.errors


def test_several_documents_and_an_empty_one() -> None:
    a = limner.Document(text="One.", id="a b/c#d", meta={"k": [1]})
    b = limner.Document(text="", id="b")
    a.add([limner.Annotation(kind="k", start=0, end=3)], source="t")
    assert _round([a, b]) == [a, b]
    (item,) = to_collection([a])["first"]["items"]
    # ids are IRIs: the document id is percent-encoded
    assert item["id"] == "urn:limner:annotation:a%20b%2Fc%23d/k1"
    assert item["target"]["source"] == "urn:limner:document:a%20b%2Fc%23d"


def _collection(text: str, selectors: list[dict]) -> io.StringIO:
    data = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "first": {
            "type": "AnnotationPage",
            "items": [
                {
                    "type": "Annotation",
                    "id": f"http://example.org/anno/{i}",
                    "body": {"type": "TextualBody", "purpose": "tagging", "value": "place"},
                    "target": {"source": "http://example.org/text", "selector": sel},
                }
                for i, sel in enumerate(selectors)
            ],
        },
    }
    return io.StringIO(json.dumps(data))


def test_selectors_that_disagree_with_the_text() -> None:
    text = "Paris, Texas is not Paris, France. Lyon."
    pos = "TextPositionSelector"
    quote = "TextQuoteSelector"
    stream = _collection(
        text,
        [
            # position off by a few, quote and context point at the second Paris
            [
                {"type": pos, "start": 18, "end": 23},
                {"type": quote, "exact": "Paris", "prefix": "not ", "suffix": ", France"},
            ],
            # no position: the quote alone, its prefix choosing the occurrence
            {"type": quote, "exact": "Paris", "prefix": "is not ", "suffix": ""},
            # the quote is nowhere: the position is kept
            [{"type": pos, "start": 35, "end": 39}, {"type": quote, "exact": "Lille"}],
            # nothing usable: left out
            [{"type": pos, "start": 50, "end": 60}, {"type": quote, "exact": "Nice"}],
            # agreeing selectors
            [{"type": pos, "start": 0, "end": 5}, {"type": quote, "exact": "Paris"}],
        ],
    )
    (doc,) = read_webanno(stream, texts={"http://example.org/text": text})
    spans = [(a.id, a.text(doc), a.start) for a in doc.annotations]
    assert spans == [("0", "Paris", 20), ("1", "Paris", 20), ("2", "Lyon", 35), ("4", "Paris", 0)]
    assert [a.kind for a in doc.annotations] == ["place"] * 4
    # the quote alone is no disagreement: it was recorded as one, "not at the no usable position"
    assert len(doc.errors) == 3 and all(e.plugin == "webanno" for e in doc.errors)
    assert not any(e.message.startswith("annotation 1:") for e in doc.errors)
    assert "left out" in doc.errors[2].message and "Nice" in doc.errors[2].message


def test_a_position_that_is_no_span_and_a_quote_found_say_so() -> None:
    text = "Paris, Texas is not Paris, France."
    stream = _collection(text, [[{"type": "TextPositionSelector", "start": -1, "end": 5},
                                 {"type": "TextQuoteSelector", "exact": "Texas"}],
                                [{"type": "TextQuoteSelector", "exact": ""}]])
    (doc,) = read_webanno(stream, texts={"http://example.org/text": text})
    assert [(a.id, a.start, a.end) for a in doc.annotations] == [("0", 7, 12)]
    assert [e.message for e in doc.errors] == [
        ('annotation 0: its TextPositionSelector ({"type": "TextPositionSelector", "start": -1, '
         "\"end\": 5}) is no span of the text; the quote 'Texas' found at (7, 12) is used"),
        "annotation 1: no usable TextPositionSelector or TextQuoteSelector; left out",
    ]


def test_an_annotation_iri_ending_with_a_slash_or_no_string_and_a_null_source() -> None:
    """An IRI ``.../anno/7/`` refused the whole file ("has no id"); an id that is no
    string became its repr; a null ``limner:source`` the source ``'None'``."""
    stream = _collection("Paris", [{"type": "TextQuoteSelector", "exact": "Paris"}] * 3)
    data = json.loads(stream.getvalue())
    items = data["first"]["items"]
    items[0]["id"] = "http://example.org/anno/7/"
    items[1]["id"] = {"@id": "x"}
    items[2]["body"]["limner:source"] = None
    (doc,) = read_webanno(io.StringIO(json.dumps(data)), texts={"http://example.org/text": "Paris"})
    assert [(a.id, a.source) for a in doc.annotations] == [
        ("7", "webanno"), ("w2", "webanno"), ("2", "webanno")]
    assert doc.errors == []


def test_a_pointer_to_an_annotation_deleted_in_another_tool_is_none() -> None:
    # the file failed to read: the quote's speaker_mention named an annotation no longer there
    doc = limner.enrich('The ambassador said: "We paid $5bn."', id="a", plugins=["quotes"])
    (quote,) = doc.select("quote")
    assert quote.get("speaker_mention") is not None
    data = json.loads(limner.PluginManager().formats()["webanno"].dumps(doc))
    items = data["first"]["items"]
    data["first"]["items"] = [i for i in items if i["body"]["value"] != "person"]
    (back,) = read_webanno(io.StringIO(json.dumps(data)))
    assert back.get(quote.id).get("speaker_mention") is None
    assert back.get(quote.id).get("cue") == quote.get("cue")  # the rest of it as it was
    assert [(e.plugin, e.type) for e in back.errors] == [("webanno", "MissingTarget")]


def test_a_source_without_text_and_bad_json_are_clear_errors() -> None:
    stream = _collection("x", [{"type": "TextQuoteSelector", "exact": "x"}])
    with pytest.raises(InputError, match=r"no text for the source 'http://example\.org/text'"):
        list(read_webanno(stream))
    with pytest.raises(InputError, match="not a JSON-LD file"):
        list(read_webanno(io.StringIO("{")))


@pytest.mark.parametrize(
    ("text", "message"),
    [("[" * 100_000 + "]" * 100_000, "nested too deep"),
     ('{"type": "AnnotationPage", "items": [], "n": NaN}', "NaN is not a JSON value")],
)
def test_json_that_limner_cannot_read_is_an_input_error(text: str, message: str) -> None:
    """Nested too deep, it raised a bare RecursionError; NaN was read, as no other reader
    of limner's reads it, and went into a document's meta that could not be written."""
    with pytest.raises(InputError, match=f"not a JSON-LD file: {message}"):
        list(read_webanno(io.StringIO(text)))


#: the terms of the Web Annotation model (and Activity Streams' paging) that the format writes
_MODEL_TERMS = frozenset({
    "id", "type", "label", "total", "first", "items", "startIndex", "motivation", "body",
    "target", "purpose", "value", "source", "selector", "start", "end", "exact", "prefix",
    "suffix", "partOf",
})


def _read_as_linked_data(value: object, literal: set[str]) -> Iterator[tuple[str, object]]:
    """Each key (and its value) that a JSON-LD processor reads as a term or a keyword:
    all but what lies under a term whose values are JSON literals (``@type: @json``)."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k == "@context":
                continue
            yield k, v
            if k not in literal:
                yield from _read_as_linked_data(v, literal)
    elif isinstance(value, list):
        for v in value:
            yield from _read_as_linked_data(v, literal)


def test_what_the_document_holds_is_no_linked_data_of_its_own() -> None:
    """A JSON-LD processor read the keys of a document's meta, errors and unknown keys as
    terms: a corpus record's ``"id": 42`` was an ``@id`` that is no IRI (an invalid
    file), ``type`` a class, and ``@context`` a context to fetch.  Every key read as
    linked data is now the model's or limner's, and every ``id`` an IRI."""
    doc = limner.Document(
        text="Hello Baku", id="a",
        meta={"id": 42, "type": [1], "@context": "http://example.org/ctx", "@id": None},
        errors=[limner.Error(plugin="p", annotator="a", type="TimeoutError", message="m")],
        extra={"@graph": [{"id": "x y"}]},
    )
    doc.add([limner.Annotation(kind="k", start=6, end=10, features={"@id": 1, "type": "t"})],
            source="t")
    data = to_collection([doc])
    literal = {k for k, v in data["@context"][1].items() if v == {"@type": "@json"}}
    read = list(_read_as_linked_data(data, literal))
    assert {k for k, _ in read} - _MODEL_TERMS <= literal | {
        "limner:id", "limner:source", "limner:score"}
    assert all(isinstance(v, str) and v.startswith("urn:limner:") for k, v in read if k == "id")
    assert _round([doc]) == [doc]


def test_the_collection_and_its_page_are_named_by_iris() -> None:
    """The model asks exactly one IRI of an AnnotationCollection and of an AnnotationPage
    (W3C's test suite: 5.1-collectionIdValidated); the collection had none, nor its page."""
    a, b = limner.Document(text="One", id="a b"), limner.Document(text="Two", id="b")
    data = to_collection([a, b])
    page = data["first"]
    assert data["id"].startswith("urn:limner:collection:") and " " not in data["id"]
    assert page["id"] != data["id"] and page["id"].startswith(data["id"])
    assert page["partOf"] == data["id"]
    # the same documents, the same names (as an annotation's IRI is made of the ids)
    assert to_collection([a, b])["id"] == data["id"] != to_collection([b, a])["id"]
    assert to_collection([])["id"] != data["id"]
    assert _round([a, b]) == [a, b]


def test_two_documents_of_one_id_are_refused() -> None:
    a, b = limner.Document(text="Hello Baku", id="same"), limner.Document(text="Bye", id="same")
    a.add([limner.Annotation(kind="k", start=6, end=10)], source="t")
    # read back, they were one document: the first's text gone, its annotation on the second's
    with pytest.raises(InputError, match="'same' is given twice"):
        _round([a, b])


def test_listed_and_loaded_by_extension(tmp_path) -> None:
    doc = limner.Document(text="Hi there", id="d")
    doc.add([limner.Annotation(kind="k", start=3, end=8)], source="t")
    limner.save(doc, tmp_path / "d.jsonld")
    assert limner.load(tmp_path / "d.jsonld") == [doc]
    fmt = limner.PluginManager().formats()["webanno"]
    assert fmt.reads and "Web Annotation" in fmt.description


def test_a_surrogate_pair_held_as_two_code_points_stays_two() -> None:
    """JSON reads the escapes of a split pair back as one character; the file says where."""
    text = "\ud800\udfff \ud83d said \ud800 Paris"
    doc = limner.Document(text=text)
    doc.add([limner.Annotation(kind="k", start=text.index("Paris"), end=len(text))], source="t")
    (back,) = _round([doc])
    assert back.text == text and back == doc
    assert back.text[back.annotations[0].start:back.annotations[0].end] == "Paris"


def _body_set(key: str, value: object):
    def change(data: dict) -> None:
        data["first"]["items"][0]["body"][key] = value

    return change


def _document_set(key: str, value: object):
    def change(data: dict) -> None:
        data["limner:documents"][0][key] = value

    return change


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_body_set("limner:id", 5), "has the id 5, not a str"),
        (_body_set("limner:score", "high"), "its score is str 'high'"),
        (_body_set("value", ""), "its kind is '', not a non-empty string"),
        (_document_set("errors", [{"plugin": "p"}]), "Error"),
        (_document_set("errors", [{"plugin": 1, "annotator": "a", "type": "t", "message": "m"}]),
         "Error plugin must be a str"),
        (_document_set("meta", [1, 2]), "its meta is list, not a JSON object"),
        # (a bare "argument of type 'int' is not iterable")
        (_document_set("errors", [{"plugin": "p", "annotator": "a", "type": "t", "message": "m"},
                                  5]),
         r"its errors\[1\]: an Error record is a JSON object, got int 5"),
    ],
)
def test_values_a_document_refuses_are_an_input_error_naming_the_file(
    tmp_path, change, message
) -> None:
    """A file of another tool (or edited by hand): not a raw TypeError, nor a document
    that ``to_json`` or the JSON loader would refuse."""
    doc = limner.Document(text="Hello world", id="a")
    doc.add([limner.Annotation(kind="x", start=0, end=5, score=0.5)])
    path = tmp_path / "a.jsonld"
    limner.save(doc, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match=rf"a\.jsonld: the document 'a': .*{message}"):
        limner.load(path)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        # a limner JSON document given to the webanno reader: no annotation in it for it
        ({"id": "a", "text": "Hello", "annotations": []},
         r"not a Web Annotation file: a JSON object with no type"),
        ({"type": "Person", "name": "x"},
         r"not a Web Annotation file: a JSON object of type 'Person'"),
        ({"type": "AnnotationCollection", "first": "http://example.org/page1"},
         r"the collection's first page is not in the file \('http://example\.org/page1'\)"),
        ([{"type": "Annotation", "target": "http://example.org/t"}, 3],
         r"item 2 is not an annotation \(int\)"),
        ([{"type": "Annotation", "body": "x"}],
         r"item 1 is not an annotation \(it has no target\)"),
        ({"type": "AnnotationPage", "items": "abc"},
         r"the page's items are str, not an array"),
        # a target without a source: no document to put the annotation in (it was
        # passed over, and the file read as no document, with no word)
        ({"type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": [
            {"type": "Annotation", "target": {"selector": {
                "type": "TextPositionSelector", "start": 0, "end": 1}}}]}},
         r'item 1: its target names no source .*"TextPositionSelector"'),
        ([{"type": "Annotation", "target": "http://example.org/t"},
          {"type": "Annotation", "target": [{"selector": []}, 7]}],
         r"item 2: its target names no source"),
    ],
)
def test_json_that_is_no_web_annotation_is_an_input_error(data, message) -> None:
    """Read as Web Annotation, any other JSON gave no document and no word; an item that
    is not an annotation was passed over."""
    with pytest.raises(InputError, match=message):
        list(read_webanno(io.StringIO(json.dumps(data)), texts={"http://example.org/t": "x"}))


def test_type_may_be_an_array_as_json_ld_allows() -> None:
    doc = limner.Document(text="Hello world", id="a")
    doc.add([limner.Annotation(kind="x", start=0, end=5)])
    data = to_collection([doc])
    data["type"] = ["AnnotationCollection"]
    data["first"]["type"] = ["AnnotationPage"]
    (back,) = read_webanno(io.StringIO(json.dumps(data)))
    assert back == doc


def test_a_target_may_be_an_array_of_targets_as_the_model_allows() -> None:
    """An annotation of several targets (Hypothesis writes its one target in an array) is
    read once per target, each in its source's document; it was passed over in silence."""
    page, other = "https://example.org/news", "https://example.org/other"
    texts = {page: "Rain in Paris. Sun in Lyon.", other: "Lyon again."}

    def target(source: str, exact: str, start: int) -> dict:
        return {"source": source, "selector": [
            {"type": "RangeSelector", "startContainer": "/p[1]", "endContainer": "/p[1]"},
            {"type": "TextPositionSelector", "start": start, "end": start + len(exact)},
            {"type": "TextQuoteSelector", "exact": exact, "prefix": "", "suffix": ""},
        ]}

    items = [
        {"type": "Annotation", "id": "h1", "body": {"type": "TextualBody", "value": "city"},
         "target": [target(page, "Paris", 8)]},
        {"type": "Annotation", "id": "h2", "body": {"type": "TextualBody", "value": "city"},
         "target": [target(page, "Lyon", 22), target(other, "Lyon", 0)]},
    ]
    data = {"type": "AnnotationPage", "items": items}
    docs = {d.id: d for d in read_webanno(io.StringIO(json.dumps(data)), texts=texts)}
    assert {i: [(a.kind, a.text(d)) for a in d.annotations] for i, d in docs.items()} == {
        page: [("city", "Paris"), ("city", "Lyon")],
        other: [("city", "Lyon")],
    }
    assert not any(d.errors for d in docs.values())


def test_a_document_of_another_tool_is_named_by_its_source_iri_as_written() -> None:
    """A page's IRI was percent-decoded into the document's id: ``a%20b`` became ``a b``
    and ``%2F`` a slash, an id that names another IRI than the page's."""
    page = "https://example.org/news/a%2Fb?q=rain%20in%20Paris"
    item = {"type": "Annotation", "body": {"type": "TextualBody", "value": "city"},
            "target": {"source": page, "selector": {"type": "TextQuoteSelector",
                                                     "exact": "Paris"}}}
    (doc,) = read_webanno(io.StringIO(json.dumps(item)), texts={page: "Rain in Paris."})
    assert doc.id == page and [a.text(doc) for a in doc.annotations] == ["Paris"]
    assert _round([doc]) == [doc]


def test_the_kind_is_the_tagging_body_and_the_other_bodies_are_kept() -> None:
    """Hypothesis and Recogito write a comment first and the tags after it: the kind is a
    tag, not the comment's text, and the comment and the other tags are kept as fields."""
    text = "Rain in Paris."
    item = {
        "type": "Annotation",
        "body": [
            {"type": "TextualBody", "value": "Is this the Paris in Texas?",
             "format": "text/markdown"},
            {"type": "TextualBody", "purpose": "tagging", "value": "city"},
            {"type": "TextualBody", "purpose": "tagging", "value": "france"},
            {"type": "TextualBody", "purpose": "commenting", "value": "Yes."},
        ],
        "target": {"source": "https://example.org/news", "selector": {
            "type": "TextQuoteSelector", "exact": "Paris", "prefix": "in ", "suffix": "."}},
    }
    (doc,) = read_webanno(io.StringIO(json.dumps(item)),
                          texts={"https://example.org/news": text})
    (a,) = doc.annotations
    assert (a.kind, a.text(doc)) == ("city", "Paris")
    assert dict(a.features) == {"body": "Is this the Paris in Texas?", "tagging": "france",
                                "commenting": "Yes."}
    assert limner.Document.from_json(doc.to_json()) == doc


@pytest.mark.parametrize(
    ("body", "kind", "fields"),
    [
        # Recogito: a place classified, and identified by a gazetteer's IRI
        ([{"type": "TextualBody", "purpose": "classifying", "value": "PLACE"},
          {"type": "SpecificResource", "purpose": "identifying",
           "source": "http://sws.geonames.org/2988507"}],
         "PLACE", {"identifying": "http://sws.geonames.org/2988507"}),
        ([{"type": "SpecificResource", "purpose": "identifying",
           "source": {"id": "http://sws.geonames.org/2988507", "label": "Paris"}},
          {"type": "TextualBody", "value": "city"}],
         "city", {"identifying": "http://sws.geonames.org/2988507"}),
        ("http://example.org/comments/7", "annotation", {"body": "http://example.org/comments/7"}),
        ({"id": "http://example.org/comments/7", "type": "Text"},
         "annotation", {"body": "http://example.org/comments/7"}),
        ({"type": "SpecificResource", "purpose": "tagging", "source": "http://example.org/city"},
         "http://example.org/city", {}),
    ],
)
def test_a_body_that_is_a_resource_keeps_its_iri(body: object, kind: str, fields: dict) -> None:
    """A body that names a resource (a ``SpecificResource``'s ``source``, an IRI, an
    External Web Resource) rather than holding a ``value`` was dropped without a word:
    Recogito's link from a place to its gazetteer entry went; and a first body without
    a value made the kind 'annotation' though a later one held it."""
    item = {
        "type": "Annotation",
        "body": body,
        "target": {"source": "s", "selector": {"type": "TextQuoteSelector", "exact": "Paris"}},
    }
    (doc,) = read_webanno(io.StringIO(json.dumps(item)), texts={"s": "Rain in Paris."})
    (a,) = doc.annotations
    assert (a.kind, a.text(doc), dict(a.features)) == (kind, "Paris", fields)
    assert not doc.errors


@pytest.mark.parametrize("purpose", ["score", "id", "source", "kind"])
def test_a_body_whose_purpose_names_a_key_of_limner_is_kept_as_a_body(purpose: str) -> None:
    item = {
        "type": "Annotation",
        "body": [{"type": "TextualBody", "purpose": "tagging", "value": "city"},
                 {"type": "TextualBody", "purpose": purpose, "value": "high"}],
        "target": {"source": "s", "selector": {"type": "TextQuoteSelector", "exact": "Paris"}},
    }
    (doc,) = read_webanno(io.StringIO(json.dumps(item)), texts={"s": "Paris."})
    (a,) = doc.annotations
    assert (a.kind, a.source, a.score, dict(a.features)) == ("city", "webanno", None,
                                                             {"body": "high"})


@pytest.mark.parametrize(
    "target",
    [
        {"source": {"id": "http://example.org/t"}, "selector": {
            "type": "TextPositionSelector", "start": 0, "end": 5}},
        {"source": "http://example.org/t", "selector": {
            "type": "TextPositionSelector", "start": 0, "end": 5}},
    ],
)
def test_a_target_whose_source_is_an_object_with_an_id_is_read(target) -> None:
    """The model lets a SpecificResource's source be an object with an id: such an
    annotation was passed over, and then refused as naming no source."""
    item = {"type": "Annotation", "target": target,
            "body": {"type": "TextualBody", "value": "greeting", "purpose": "tagging"}}
    (doc,) = read_webanno(io.StringIO(json.dumps([item])),
                          texts={"http://example.org/t": "Hello world"})
    assert [(a.kind, a.start, a.end) for a in doc.annotations] == [("greeting", 0, 5)]


_AB = st.text(alphabet="ab", max_size=30)


@settings(max_examples=3000)  # (a tie or a near miss is one text in a hundred or two)
@given(_AB, st.text(alphabet="ab", min_size=1, max_size=3), _AB.map(lambda t: t[:3]),
       _AB.map(lambda t: t[:3]), st.integers(0, 31))
def test_a_quote_found_again_is_the_best_agreeing_occurrence_nearest_its_position(
    text: str, exact: str, prefix: str, suffix: str, near: int
) -> None:
    """Where a quote's position disagrees with the text, the occurrence chosen is the one
    whose prefix and suffix agree best, the nearest to the position of those, the first
    in the text of two as near: as weighing every occurrence would choose (an occurrence
    that agrees whole is found as one string, its distance measured from the quote's own
    start, not the prefix's)."""
    found = [i for i in range(len(text) - len(exact) + 1) if text.startswith(exact, i)]
    expected = min(
        found,
        key=lambda i: (-_affix_score(text, i, i + len(exact), prefix, suffix), abs(i - near), i),
        default=None,
    )
    got = _best_quote(text, exact, prefix, suffix, near)
    assert got == (None if expected is None else (expected, expected + len(exact)))
