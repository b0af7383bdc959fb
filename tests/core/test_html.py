"""The html format: the page shows the text unchanged, with balanced, nested marks."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

import limner
from limner.formats.html import write_html
from limner.testing import nasty_texts


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.max_depth = 0
        self.in_text = False
        self.text: list[str] = []
        self.titles: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "div" and ("class", "text") in attrs:
            self.in_text = True
        if tag == "mark":
            self.depth += 1
            self.max_depth = max(self.max_depth, self.depth)
            self.titles.append(dict(attrs)["title"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.depth -= 1
            assert self.depth >= 0
        if tag == "div" and self.in_text:
            self.in_text = False

    def handle_data(self, data: str) -> None:
        if self.in_text:
            self.text.append(data)


def render(doc: limner.Document) -> _Reader:
    fmt = limner.PluginManager(plugins=[]).formats()["html"]
    page = fmt.dumps([doc])
    reader = _Reader()
    reader.feed(page)
    reader.close()
    assert reader.depth == 0
    return reader


def test_nested_and_crossing_marks() -> None:
    doc = limner.Document(text="Over 7 billion <dollars> & more", id="d")
    doc.add(
        [
            limner.Annotation(kind="number", start=0, end=14, features={"value": 7e9}),
            limner.Annotation(kind="location", start=5, end=6),
            limner.Annotation(kind="quote", start=10, end=24),
        ]
    )
    reader = render(doc)
    assert "".join(reader.text) == doc.text
    assert reader.max_depth == 2
    assert any("value=7000000000.0" in t for t in reader.titles)


@given(nasty_texts(), st.data())
def test_the_page_keeps_every_character(text: str, data: st.DataObject) -> None:
    doc = limner.Document(text=text)
    n = len(text)
    anns = []
    for _ in range(data.draw(st.integers(0, 6))):
        a = data.draw(st.integers(0, n))
        anns.append(
            limner.Annotation(
                kind=data.draw(st.sampled_from("xyz")), start=a, end=data.draw(st.integers(a, n))
            )
        )
    doc.add(anns)
    reader = render(doc)
    expected = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    assert "".join(reader.text) == expected


def test_write_html_writes_a_whole_page() -> None:
    import io

    buf = io.StringIO()
    write_html([limner.Document(text="a"), limner.Document(text="b")], buf)
    page = buf.getvalue()
    assert page.startswith("<!doctype html>") and page.count("<section>") == 2


@pytest.mark.parametrize("kind", ["sentence", "sentence-span"])
def test_sentence_wide_spans_are_listed_not_marked(kind: str) -> None:
    doc = limner.Enricher(plugins=[], kinds=[kind]).enrich("One here. Two there.")
    layer = doc.layer("sentence-span")
    first = limner.Span(*next(iter(layer))) if layer else doc.select("sentence")[0]
    doc.add(
        [
            limner.Annotation(kind="tone", start=first.start, end=first.end, score=0.5),
            limner.Annotation(kind="word", start=0, end=3),
        ]
    )
    reader = render(doc)
    assert [t.split(" ")[1] for t in reader.titles] == ["word:"]
    assert "".join(reader.text) == doc.text
