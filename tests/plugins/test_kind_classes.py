"""A generic annotation of a kind a plugin defines is stored as the kind's class (the
installed plugins' classes: the core's rule, read through them).

The loader rebuilds every annotation of a defined kind as its class and holds
the kinds the schema has rules for to them; what :meth:`limner.Document.add`
and the engine store must be what loads back, equal, never a document the
loader refuses.
"""

from __future__ import annotations

from typing import ClassVar

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import limner
from limner import document
from limner_locations import Location
from limner_sentiment.kinds import Target
from tests.core.fakes import enricher_with

TEXT = "Smith met Jones in Paris."


def loads_back(doc: limner.Document) -> limner.Document:
    back = limner.Document.from_json(doc.to_json())
    assert back == doc
    assert back.to_json() == doc.to_json()
    return back


def test_a_generic_target_is_stored_as_the_target_class_and_loads_back_equal() -> None:
    doc = limner.Document(TEXT)
    (stored,) = doc.add(
        [limner.Annotation(kind="target", start=0, end=5, features={"name": "Smith", "x": 1})]
    )
    assert type(stored) is Target
    assert stored.name == "Smith"
    assert dict(stored.features) == {"x": 1}
    (bare,) = doc.add([limner.Annotation(kind="target", start=10, end=15)])
    assert type(bare) is Target and bare.name is None
    loads_back(doc)


def test_the_class_fills_in_its_defaults() -> None:
    doc = limner.Document(TEXT)
    quote, place = doc.add(
        [
            limner.Annotation(kind="quote", start=0, end=5),
            limner.Annotation(kind="location", start=19, end=24, features={"name": "Paris"}),
        ]
    )
    assert (quote.get("style"), quote.get("source_type")) == ("direct", "unknown")
    assert type(place) is Location and place.name == "Paris" and place.geonameid is None
    loads_back(doc)


@pytest.mark.parametrize(
    ("kind", "features", "score", "field"),
    [
        ("location", {"name": 5}, None, ".name: expected string"),
        ("location", {"name": "Paris", "country": "France"}, None, ".country:"),
        ("location", {"name": "Paris", "lat": "north"}, None, ".lat: expected number"),
        ("sentiment", {"scope": "document"}, None, "the key 'score' is missing"),
        ("sentiment", {"scope": "everything"}, 0.5, ".scope: expected one of"),
    ],
)
def test_what_the_loader_would_refuse_is_refused_naming_the_field_and_nothing_is_stored(
    kind: str, features: dict[str, object], score: float | None, field: str
) -> None:
    doc = limner.Document(TEXT)
    good = limner.Annotation(kind="target", start=0, end=5)
    bad = limner.Annotation(kind=kind, start=19, end=24, score=score, features=features)
    with pytest.raises(limner.InputError, match=r"the batch's annotation 1 \(" + kind) as err:
        doc.add([good, bad])
    assert field in str(err.value)
    assert doc.annotations == ()


def test_the_constructor_holds_its_annotations_to_the_rules_of_add() -> None:
    """Given to ``Document(annotations=...)``, a generic annotation of a defined kind was
    stored as it came: the document was written, and its loader refused it."""
    given = limner.Annotation(kind="location", start=19, end=24, id="l1",
                              features={"name": "Paris"})
    doc = limner.Document(TEXT, annotations=[given])
    (place,) = doc.annotations
    assert type(place) is Location and place.name == "Paris" and place.id == "l1"
    loads_back(doc)
    bad = limner.Annotation(kind="sentiment", start=0, end=5, id="s1",
                            features={"scope": "document"})
    with pytest.raises(limner.InputError, match="the key 'score' is missing"):
        limner.Document(TEXT, annotations=[bad])


def test_without_plugins_the_schema_still_holds_its_kinds(monkeypatch: pytest.MonkeyPatch) -> None:
    """No plugin installed: nothing is rebuilt, but a number is still a number."""
    monkeypatch.setattr(document, "_kinds_source", dict)
    doc = limner.Document(TEXT)
    (target,) = doc.add([limner.Annotation(kind="target", start=0, end=5)])
    assert type(target) is limner.Annotation
    with pytest.raises(limner.InputError, match="'category' is missing"):
        doc.add([limner.Annotation(kind="number", start=0, end=5)])
    held = dict.fromkeys(["value", "unit", "qualifier", "low", "high", "counted"])
    (number,) = doc.add(
        [limner.Annotation(kind="number", start=0, end=5, features={**held, "category": "age"})]
    )
    assert type(number) is limner.Annotation
    assert limner.Document.from_json(doc.to_json(), kinds={}) == doc


@attrs.frozen(kw_only=True)
class Place(limner.Annotation):
    """Another plugin's class for the kind ``location``."""

    id_prefix: ClassVar[str] = "x"
    kind: str = "location"
    name: str = ""
    region: str | None = None


def test_another_class_of_a_defined_kind_is_stored_as_the_kinds_class() -> None:
    doc = limner.Document(TEXT)
    (stored,) = doc.add([Place(start=19, end=24, name="Paris", region="IDF")])
    assert type(stored) is Location
    assert stored.name == "Paris" and stored.features["region"] == "IDF"
    loads_back(doc)


def test_references_are_read_from_the_kinds_class() -> None:
    """A generic quote's ``speaker_mention`` is a reference once the quote is a Quote."""
    doc = limner.Document(TEXT)
    person = limner.Annotation(kind="person", start=0, end=5, id="who", features={"name": "Smith"})
    quote = limner.Annotation(kind="quote", start=10, end=15, features={"speaker_mention": "who"})
    stored = doc.add([person, quote])
    q = next(a for a in stored if a.kind == "quote")
    p = next(a for a in stored if a.kind == "person")
    assert q.get("speaker_mention") == p.id
    with pytest.raises(ValueError, match="speaker_mention='nobody'"):
        doc.add([limner.Annotation(kind="quote", start=10, end=15,
                                   features={"speaker_mention": "nobody"})])
    loads_back(doc)


def test_an_annotator_returning_what_the_loader_refuses_is_a_contract_error() -> None:
    def places(doc: limner.Document) -> list[limner.Annotation]:
        return [limner.Annotation(kind="location", start=0, end=5, features={"lat": "north"})]

    def targets(doc: limner.Document) -> list[limner.Annotation]:
        return [limner.Annotation(kind="target", start=0, end=5, features={"name": "Smith"})]

    enricher = enricher_with(
        limner.Annotator(name="bad-places", produces=("location",), func=places),
        limner.Annotator(name="targets", produces=("target",), func=targets),
    )
    doc = enricher.enrich(TEXT)
    (error,) = doc.errors
    assert error.type == "ContractError" and "'bad-places'" in error.message
    assert ".lat: expected number" in error.message
    assert list(doc.select("location")) == []
    (target,) = doc.select("target")
    assert type(target) is Target and target.name == "Smith" and target.source == "fake"
    loads_back(doc)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["target", "person", "quote", "location", "alpha"]),
            st.integers(0, len(TEXT)),
            st.integers(0, 6),
            st.dictionaries(
                st.sampled_from(["name", "role", "style", "x"]),
                st.one_of(st.none(), st.text(max_size=4), st.integers(-3, 3)),
                max_size=3,
            ),
        ),
        max_size=6,
    )
)
def test_whatever_add_accepts_loads_back_equal(
    items: list[tuple[str, int, int, dict[str, object]]],
) -> None:
    doc = limner.Document(TEXT)
    batch = [
        limner.Annotation(kind=kind, start=a, end=min(len(TEXT), a + size), features=features)
        for kind, a, size, features in items
    ]
    try:
        doc.add(batch)
    except ValueError:
        assert doc.annotations == ()
        assume(False)  # (a run that accepts no batch at all fails hypothesis's health check)
    loads_back(doc)


def test_each_kind_of_the_first_party_plugins_has_its_own_id_prefix() -> None:
    """An id tells its kind: sentiment's ids began ``s`` as a source's did, so a sentiment
    ``s7`` pointed at a target ``s2`` that was a source."""
    kinds = limner.PluginManager().kinds()
    prefixes = {kind: cls.id_prefix for kind, cls in kinds.items()}
    prefixes["sentence"] = limner.Sentence.id_prefix
    assert prefixes["sentiment"] != prefixes["source"]
    assert len(set(prefixes.values())) == len(prefixes), prefixes
    doc = limner.Enricher().enrich("Police in Paris said the roads were closed.")
    by_prefix: dict[str, set[str]] = {}
    for a in doc.annotations:
        by_prefix.setdefault(a.id.rstrip("0123456789"), set()).add(a.kind)
    assert {"sentiment", "source"} <= {a.kind for a in doc.annotations}
    assert all(len(k) == 1 for k in by_prefix.values()), by_prefix
