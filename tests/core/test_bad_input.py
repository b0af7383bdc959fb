"""Bad input: no crash, offsets still true, with every installed plugin enabled."""

from __future__ import annotations

import pytest

import limner
from limner.testing import check_annotations, check_document

CASES = {
    "empty": "",
    "whitespace": " \t\n\n \u00a0\u2003",
    "nul": "The minister\x00 said 300\x00000 people left Paris.\x00",
    "surrogates": "He said \ud800“yes\udfff” in Füzuli on 3 May.",
    "crlf": "Headline\r\n\r\nISLAMABAD: “We agree,” said the minister.\r\nIt cost $5m.\r\n",
    "cr": "Headline\r\rThe ambassador said 20% of land\rwas lost.",
    "combining": "Fu\u0308zuli and Lac\u0327\u0131n got 4\u0301 bn manat. "
    "Cafe\u0301 owners said so.",
    "rtl": "قال الوزير إن 300 شخص غادروا. He said “שלום” in Jerusalem on 2 June.",
    "unclosed": "“" * 500 + "He said “it never ends " * 200,
    "digits": "1," * 50_000,
    "words": "one hundred and " * 5_000 + "people",
    "caps": "ISLAMABAD: " * 5_000,
}


@pytest.fixture(scope="module")
def enricher() -> limner.Enricher:
    return limner.Enricher(timeout=60)


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_plugin_survives(enricher: limner.Enricher, name: str) -> None:
    doc = check_document(enricher, CASES[name])
    assert doc.text == CASES[name]


def test_fifty_megabytes_through_the_core() -> None:
    paragraph = (
        "ISLAMABAD: Mr. Smith, who heads the U.S. delegation, said on Nov. 3 that the "
        "talks had gone well and that “2.4 billion dollars” would follow in 2026.\r\n\r\n"
    )
    text = paragraph * (50_000_000 // len(paragraph))
    doc = limner.Enricher(plugins=[], kinds=["sentence", "token"]).enrich(text)
    assert not doc.errors
    check_annotations(doc)
    assert len(doc.select("sentence")) == text.count("ISLAMABAD")
    tokens = doc.layer("token")
    assert tokens is not None
    assert len(tokens) == text.count(paragraph) * len(tokens.between(0, len(paragraph)))


def test_token_chunks_do_not_split_tokens() -> None:
    from limner.segment import tokens

    text = ("abc defgh, 1,234.5 " * 100_000)[:-1]
    whole = tokens(text)
    assert len(whole) == 4 * 100_000
    assert set(whole.texts(text)) == {"abc", "defgh", ",", "1,234.5"}
    run = "中文" * 600_000  # over a megabyte with no white space in it: one token
    assert list(tokens(run + " x")) == [(0, len(run)), (len(run) + 1, len(run) + 2)]


def test_a_failing_plugin_loses_nothing_else() -> None:
    from tests.core.fakes import boom, make_plugin

    pm = limner.PluginManager()
    pm.register(make_plugin(limner.Annotator("fragile", ("fragile",), boom)), "fragile")
    with_fault = limner.Enricher(manager=pm).enrich(CASES["crlf"])
    without = limner.Enricher().enrich(CASES["crlf"])
    assert [e.annotator for e in with_fault.errors] == ["fragile"]
    assert with_fault.to_dict()["annotations"] == without.to_dict()["annotations"]


def _nested(depth: int, array: bool) -> object:
    """A JSON value ``depth`` levels deep: objects in objects, or arrays in arrays."""
    value: object = [] if array else {}
    for _ in range(depth):
        value = [value] if array else {"x": value}
    return value


@pytest.mark.parametrize("array", [False, True])
def test_values_nested_as_deep_as_json_goes_are_enriched(
    enricher: limner.Enricher, array: bool
) -> None:
    """A document whose ``meta`` and an annotation's features nest 600 levels deep,
    which its JSON form writes and reads back: the engine's copies of them (the
    read-only meta an annotator reads, the features kept to restore and to own) were
    made by a call a level and ran out of frames, so ``Enricher.enrich`` raised
    ``RecursionError`` (and `limner batch` set such a record aside as "not writable")."""
    from tests.core.fakes import boom, enricher_with

    deep = _nested(600, array)
    text = "“We will build 300 homes in Paris,” said the mayor."
    doc = limner.Document(
        text=text, meta={"deep": deep},
        annotations=[limner.Annotation(id="t1", kind="tag", start=0, end=1, source="test",
                                       features={"deep": deep})],
    )
    assert limner.Document.from_json(doc.to_json()).meta == doc.meta
    enricher.enrich(doc)
    assert doc.errors == []
    check_annotations(doc)
    assert {a.kind for a in doc.annotations} >= {"tag", "number", "location", "quote"}
    assert doc.meta == {"deep": deep} and doc.select("tag")[0].features == {"deep": deep}

    def returns_deep(view: limner.Document) -> list:
        assert view.meta["deep"]  # (read-only, as deep)
        return [limner.Annotation(kind="made", start=0, end=1, features={"deep": deep})]

    made = enricher_with(limner.Annotator("deep", ("made",), returns_deep),
                         limner.Annotator("fails", ("f",), boom))
    again = made.enrich(limner.Document(text=text, meta={"deep": deep}))
    assert [e.annotator for e in again.errors] == ["fails"]
    assert again.select("made")[0].features == {"deep": deep}


def test_a_value_that_holds_itself_is_refused_not_copied_without_end() -> None:
    """``meta`` (or ``extra``) holding itself, which the constructor takes (they are
    checked when written), or features holding themselves in an annotator's result: the
    engine's level-by-level copy of them never ended, and took all the memory there was
    (a MemoryError where the process had a limit, else the system ended it)."""
    from tests.core.fakes import enricher_with

    looped: dict[str, object] = {}
    looped["self"] = looped
    nothing = enricher_with(limner.Annotator("none", ("none",), lambda doc: []))
    with pytest.raises(ValueError, match="a dict holds itself"):
        nothing.enrich("3 homes.", meta={"m": looped})
    with pytest.raises(ValueError, match="a dict holds itself"):
        nothing.enrich(limner.Document(text="3 homes.", extra={"x": looped}))

    def loops(doc: limner.Document) -> list:
        again: list[object] = []
        again.append(again)
        return [limner.Annotation(kind="made", start=0, end=1, features={"loop": again})]

    made = enricher_with(limner.Annotator("loops", ("made",), loops),
                         limner.Annotator("none", ("none",), lambda doc: []))
    deep = _nested(600, array=True)  # copied level by level, twice: held twice, not a loop
    doc = made.enrich("3 homes.", meta={"a": deep, "b": [deep]})
    assert doc.meta == {"a": deep, "b": [deep]}
    assert [(e.annotator, e.type) for e in doc.errors] == [("loops", "ValueError")]
    assert "a list holds itself" in doc.errors[0].message
    assert doc.select("made") == []
