"""Generators shared by the core's property tests."""

from __future__ import annotations

from hypothesis import strategies as st

import limner

spans = st.integers(0, 60).flatmap(lambda a: st.integers(a, 80).map(lambda b: (a, b)))


@st.composite
def docs_with_annotations(draw: st.DrawFn) -> limner.Document:
    text = draw(st.text(max_size=80))
    n = len(text)
    anns = []
    for _ in range(draw(st.integers(0, 25))):
        a = draw(st.integers(0, n))
        b = draw(st.integers(a, n))
        anns.append(limner.Annotation(kind=draw(st.sampled_from("abc")), start=a, end=b))
    doc = limner.Document(text=text)
    doc.add(anns, source="t")
    return doc


#: Values a plugin may try to keep in ``features``: JSON's own, and what Python's encoder
#: writes but its reader gives back otherwise (tuples, keys that are not str), nested.
feature_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=3)
    | st.tuples(inner)
    | st.tuples(inner, inner)
    | st.dictionaries(st.text(max_size=2), inner, max_size=2)
    | st.dictionaries(st.integers(-2, 2) | st.booleans() | st.none() | st.text(max_size=1),
                      inner, max_size=2),
    max_leaves=8,
)


@st.composite
def annotations_with_features(draw: st.DrawFn, text: str) -> list[limner.Annotation]:
    """Generic annotations over ``text`` whose features hold :data:`feature_values`."""
    n = len(text)
    anns = []
    for _ in range(draw(st.integers(1, 4))):
        a = draw(st.integers(0, n))
        b = draw(st.integers(a, n))
        features = draw(st.dictionaries(st.sampled_from(["x", "y", "label"]), feature_values,
                                        max_size=3))
        anns.append(limner.Annotation(kind=draw(st.sampled_from("ab")), start=a, end=b,
                                      features=features))
    return anns


#: Keys that collide with what the formats write of their own (columns, JSON-LD terms,
#: brat's parts), or hold what a name in them cannot: dots, quotes, brackets, space, NUL
HOSTILE_KEYS = [
    "text", "doc_id", "extra", "label", "name", "value", "type", "note", "fragments",
    "char_span", "field_text", "ID", "End", "@id", "@context", "limner:id", "a.b", 'q"x',
    "q'y", "[0]", "a b", "", "\x00", "a\tb", "a\nb",
]
_HOSTILE_SCALARS = st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.sampled_from(
    [0, 1, 1.0, 0.0, -0.0, 1e308, -1e308, 5e-324, 2**53 + 1, ""]
) | st.text(max_size=4)
#: Feature (and meta) values: every JSON scalar, bools beside ints, big ints, extreme
#: floats and -0.0, empty strings, nested lists and dicts whose keys are :data:`HOSTILE_KEYS`
hostile_values = st.recursive(
    _HOSTILE_SCALARS,
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.sampled_from(HOSTILE_KEYS), inner, max_size=3),
    max_leaves=6,
)
