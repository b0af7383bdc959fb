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
