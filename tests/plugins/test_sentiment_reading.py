"""Target sentiment's fast path equals its plain definition, annotation for annotation.

:func:`plain_targets` is the definition, written for clarity with no memo
and no shortcut: every mention's sentence is scored and read afresh
(:func:`~limner_sentiment.scorer.score_sentence`,
:func:`~limner_sentiment.features.read_sentence` with no words handed
over), its logits and drivers are worked out for it alone, and a target's
drivers are ranked once from all its mentions'.  The plugin reads each
sentence once for all its mentions, from the words the document pass split,
shares a mention's result among the targets on the same words and ranks
drivers only for the annotations that keep them; the tests below check that
the two give the same annotations, to the last bit, on generated documents
and on news articles with the real plugins.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import limner
import limner_sentiment.targets
from limner_sentiment.aggregate import combine, top_drivers
from limner_sentiment.context import BagSums
from limner_sentiment.events import adjust, event_label, own_clause
from limner_sentiment.features import WINDOW, mention_words, read_sentence
from limner_sentiment.logits import mention_logits, tables
from limner_sentiment.model import load_model
from limner_sentiment.scorer import score_sentence
from limner_sentiment.targets import DEFAULT_KINDS
from tests.plugins.test_sentiment_mentions import random_model

_FIELDS = ("start", "end", "score", "target", "drivers", "name", "mentions", "sentences",
           "quoted_score", "label", "confidence")


def plain_targets(
    doc: limner.Document, kinds: tuple[str, ...] = DEFAULT_KINDS, limit: int = 5
) -> list[dict[str, Any]]:
    """The target sentiments of an enriched ``doc`` by their definition (see the module)."""
    text = doc.text
    layer = doc.layer("sentence-span")
    sentences = list(layer) if layer is not None else []
    model = load_model()
    weights = tables(model)
    # key -> [name, mentions, own quotes], in the order the targets are first met
    groups: dict[object, list[Any]] = {}
    for a in doc.select("target"):
        name = a.get("name")
        # a named target pools with the person of its name
        key: object = ("person", str(name).casefold()) if name else ("target-id", a.id)
        groups.setdefault(key, [str(name) if name else text[a.start : a.end], [], []])[1].append(a)
    for kind in kinds:
        if kind == "target":
            continue
        for a in doc.select(kind):
            name = a.get("name") or text[a.start : a.end]
            gid = a.get("geonameid")
            key = ("g", gid) if gid is not None else (kind, str(name).casefold())
            groups.setdefault(key, [str(name), [], []])[1].append(a)
    for q in doc.select("quote"):
        speaker = q.get("speaker")
        if not speaker:
            continue
        group = groups.setdefault(("person", str(speaker).casefold()), [str(speaker), [], []])
        group[2].append((q.start, q.end))
        mention = doc.get(q.get("speaker_mention"))
        if mention is not None and all(m.id != mention.id for m in group[1]):
            group[1].append(mention)
    out = []
    for name, mentions, quotes in groups.values():
        if not mentions:
            continue
        mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        probabilities = []
        near: list[tuple[str, float]] = []
        scored_in: set[int] = set()
        for m in mentions:
            # the last sentence that starts at or before the mention, if it holds it
            k = max((i for i, (a, _) in enumerate(sentences) if a <= m.start), default=None)
            if k is None or not (m.start < sentences[k][1] or m.start == m.end == sentences[k][1]):
                continue
            a, b = sentences[k]
            reading = read_sentence(text[a:b], score_sentence(text[a:b]))
            if not reading.spans:
                continue
            zn, zp = model.sentence_logits(reading.shared)
            first, last = mention_words(reading, m.start - a, m.end - a)
            ln, lp = mention_logits(weights, reading, first, last, zn, zp)
            bn, bp = BagSums(reading.tokens, model.bag_columns).logits(first, last)
            p = model.probabilities(ln + bn, lp + bp)
            # a news event naming the mention weighs its label (limner_sentiment.events)
            words = [text[a + s : a + e] for s, e in reading.spans]
            event = event_label(words, reading.tokens.forms, reading.tokens.clauses, first, last)
            if event is not None:  # decisive where every valued word is in its clause
                own = own_clause(reading.tokens.clauses, reading.hits, len(words), first, last)
                p = adjust((*p, []), event, own)[:3]
            probabilities.append(p)
            scored_in.add(k)
            if limit > 0:
                for i in reading.hits:
                    if first - WINDOW <= i < first or last < i <= last + WINDOW:
                        d = first - i if i < first else i - last
                        near.append((reading.hit_words[i], reading.valence[i] / (1 + d / WINDOW)))
        if probabilities:
            pn = p0 = pp = 0.0
            for qn, q0, qp in probabilities:
                pn, p0, pp = pn + qn, p0 + q0, pp + qp
            n = len(probabilities)
            pn, p0, pp = pn / n, p0 / n, pp / n
            score, label = pp - pn, model.label(pn, p0, pp)
            confidence = round({"negative": pn, "positive": pp}.get(label, p0), 4)
        else:
            score, label, confidence = 0.0, "neutral", None
        quoted = None
        if quotes:
            raws = []
            for qs, qe in quotes:
                for a, b in sentences:
                    if max(a, qs) < min(b, qe):
                        raws.append(score_sentence(text[max(a, qs) : min(b, qe)]).raw)
            quoted = round(combine(raws), 4)
        first_mention = mentions[0]
        out.append({
            "start": first_mention.start, "end": first_mention.end, "score": round(score, 4),
            "target": first_mention.id, "drivers": top_drivers(near, limit) if near else [],
            "name": name, "mentions": len(mentions), "sentences": len(scored_in),
            "quoted_score": quoted, "label": label, "confidence": confidence,
        })
    return out


def fast_targets(doc: limner.Document) -> list[dict[str, Any]]:
    """The plugin's target sentiments of an enriched ``doc``, as :func:`plain_targets` has them."""
    return [{f: a.get(f) for f in _FIELDS}
            for a in doc.select("sentiment") if a.get("scope") == "target"]


def same(fast: list[dict[str, Any]], plain: list[dict[str, Any]]) -> bool:
    """Whether both hold the same annotations (stored in reading order, made in target order)."""
    return sorted(fast, key=json.dumps) == sorted(plain, key=json.dumps)


# -- generated documents ---------------------------------------------------------------

_WORDS = [
    "Smith", "Jones", "Paris", "the", "mayor", "said", "told", "by", "was", "attacked",
    "praised", "against", "with", "but", "not", "never", "very", "embattled", "slammed",
    "hailed", "landmark", "good", "terrible", "GREAT", "hero", "despite", "although", "and",
    "who", "“wonderful”", '"bad', 'news,"', "it's", "isn't", "3", "-", "—", "…", ":)", "Sooo",
    "happy!", "sad?", "&amp;", "café", "élan", "U.S.", "no", "kind", "of", "like", "health",
    "care", "under", "fire", "didn't", "Not", "nor", "while", "but", "because", "who",
    "won't,", "",
]
_GAPS = [" ", " ", " ", " ", "  ", "\n", ", ", ". ", "! ", "; ", "\t", "\u00a0"]


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, list[tuple[str, int, int, str | None, int | None]],
                                        list[tuple[int, int, str, int | None]]]:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40))
    gaps = draw(st.lists(st.sampled_from(_GAPS), min_size=len(words), max_size=len(words)))
    text = "".join(w + g for w, g in zip(words, gaps, strict=True))
    n = len(text)
    offset = st.integers(0, n)
    spans = st.tuples(
        st.sampled_from(["target", "target", "location", "person", "organization"]),
        offset, st.integers(0, 12),
        st.one_of(st.none(), st.sampled_from(["Smith", "smith", "Paris", "the mayor"])),
        st.one_of(st.none(), st.integers(1, 3)),
    )
    mentions = [(kind, a, min(n, a + size), name, gid)
                for kind, a, size, name, gid in draw(st.lists(spans, max_size=25))]
    quotes = draw(st.lists(st.tuples(
        offset, st.integers(0, 60), st.sampled_from(["Smith", "Ann Lee", "smith", ""]),
        st.one_of(st.none(), st.integers(0, 30)),
    ), max_size=4))
    return text, mentions, [(a, min(n, a + size), s, m) for a, size, s, m in quotes]


def build(text: str, mentions: list[tuple[str, int, int, str | None, int | None]],
          quotes: list[tuple[int, int, str, int | None]]) -> limner.Document:
    doc = limner.Document(text)
    made = []
    for kind, a, b, name, gid in mentions:
        features: dict[str, Any] = {}
        if name is not None:
            features["name"] = name
        if gid is not None and kind == "location":
            features["geonameid"] = gid
        made.append(limner.Annotation(kind=kind, start=a, end=b, features=features))
    stored = doc.add(made)
    people = [a for a in stored if a.kind == "person"]
    doc.add([limner.Annotation(kind="quote", start=a, end=b, features={
        "speaker": speaker,
        "speaker_mention": people[m % len(people)].id if people and m is not None else None,
    }) for a, b, speaker, m in quotes])
    return doc


ENRICHERS = {
    (limit, kinds): limner.Enricher(["sentiment"], config={
        "sentiment.max_drivers": limit, "sentiment.target_kinds": ",".join(kinds)})
    for limit in (0, 1, 5)
    for kinds in (DEFAULT_KINDS, ("person", "target", "location"))
}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), st.sampled_from(sorted(ENRICHERS)))
def test_the_fast_path_equals_the_plain_definition(
    generated: tuple[Any, Any, Any], setup: tuple[int, tuple[str, ...]]
) -> None:
    limit, kinds = setup
    doc = ENRICHERS[setup].enrich(build(*generated))
    assert doc.errors == []
    assert same(fast_targets(doc), plain_targets(doc, kinds, limit))


def test_the_fast_path_equals_the_plain_definition_on_news() -> None:
    """BBC articles with the real places and speakers, and 50 caller targets in one."""
    from tests.conftest import corpus_path

    try:
        enricher = limner.Enricher(["sentiment", "locations", "quotes"])
    except limner.LimnerError as exc:  # pragma: no cover - a plugin missing from this checkout
        pytest.skip(f"locations/quotes not available: {exc}")
    checked = 0
    with corpus_path("bbc/bbc.jsonl").open(encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if n % 20:  # every twentieth article: about a hundred
                continue
            text = json.loads(line)["text"]
            doc = limner.Document(text)
            words = [i for i in range(1, len(text)) if text[i - 1] == " " and text[i].isupper()]
            doc.add([limner.Annotation(kind="target", start=i, end=i + 4) for i in words[:50]])
            doc = enricher.enrich(doc)
            assert not [e for e in doc.errors if e.plugin == "sentiment"]
            expected = plain_targets(doc)
            assert same(fast_targets(doc), expected)
            checked += len(expected)
    assert checked > 3000


def test_a_sentence_is_read_once_and_quoted_parts_are_scored_in_one_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import limner_sentiment.targets as module

    reads: list[str] = []
    passes: list[int] = []
    read, score = module.read, module.score_sentences

    def counted_read(sentence: str, *args: Any) -> Any:
        reads.append(sentence)
        return read(sentence, *args)

    def counted_pass(text: str, spans: Any, *args: Any) -> Any:
        passes.append(len(spans))
        return score(text, spans, *args)

    monkeypatch.setattr(module, "read", counted_read)
    monkeypatch.setattr(module, "score_sentences", counted_pass)
    text = ('Smith met Jones and Smith praised Jones. "A great day," said Lee, "truly." '
            '"Awful," Lee said. Nothing else.')
    spans = [(m, text.index(m, at)) for m, at in
             [("Smith", 0), ("Jones", 0), ("Smith", 12), ("Jones", 22), ("Lee", 0), ("Lee", 80)]]
    # Lee is a person: the quotes' speaker joins the person target of that name
    mentions = [("person" if m == "Lee" else "target", at, at + len(m), m, None)
                for m, at in spans]
    quotes = [(text.index('"A'), text.index('said'), "Lee", None),
              (text.index('"truly'), text.index('truly') + 7, "Lee", None),
              (text.index('"Awful'), text.index('"Awful') + 8, "Lee", None)]
    doc = ENRICHERS[(5, DEFAULT_KINDS)].enrich(build(text, mentions, quotes))
    found = fast_targets(doc)
    assert same(found, plain_targets(doc))
    assert [t["quoted_score"] for t in found if t["name"] == "Lee"] != [None]
    # three sentences hold the six mentions: each is read once, whatever its mentions
    assert sorted(reads) == sorted({text[a:b] for a, b in doc.layer("sentence-span")
                                    if any(a <= at < b for _, at in spans)})
    assert len(reads) == 3
    # the document pass, then one pass for the three quoted parts of sentences
    assert passes == [3]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), st.sampled_from(sorted(ENRICHERS)), st.integers(0, 2**16))
def test_the_fast_path_equals_the_plain_definition_for_any_model(
    generated: tuple[Any, Any, Any], setup: tuple[int, tuple[str, ...]], seed: int
) -> None:
    """With random weights and label factors (not only the shipped model's): the
    one-mention path's inline label, confidence and driver are the model's rule's."""
    model = random_model(seed)
    limit, kinds = setup
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(limner_sentiment.targets, "load_model", lambda: model)
        patch.setattr(sys.modules[__name__], "load_model", lambda: model)
        doc = ENRICHERS[setup].enrich(build(*generated))
        assert doc.errors == []
        assert same(fast_targets(doc), plain_targets(doc, kinds, limit))


@pytest.mark.parametrize("seed", range(8))
def test_one_mention_targets_follow_any_models_label_factors(seed: int) -> None:
    """Every word a caller target of its own: many one-mention targets, scored with
    random weights and label factors, so that the inline label rule is put to the
    test where the factors decide (generated documents hold few such targets)."""
    import re

    text = ("Smith praised Paris. The mayor slammed Jones in Paris, but Smith was happy "
            "with the terrible hero, who never hailed the landmark; critics said it was good.")
    doc = limner.Document(text)
    doc.add([limner.Annotation(kind="target", start=m.start(), end=m.end())
             for m in re.finditer(r"\w+", text)])
    model = random_model(seed)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(limner_sentiment.targets, "load_model", lambda: model)
        patch.setattr(sys.modules[__name__], "load_model", lambda: model)
        enriched = ENRICHERS[(5, DEFAULT_KINDS)].enrich(doc)
        fast = fast_targets(enriched)
        assert len(fast) == len(re.findall(r"\w+", text))
        assert same(fast, plain_targets(enriched, DEFAULT_KINDS, 5))


@given(
    st.one_of(
        st.floats(-1.0, 1.0),
        st.floats(allow_nan=True, allow_infinity=True),
        # zeros of either sign, and what rounds to one (its sign kept) from either side
        st.sampled_from([0.0, -0.0, 1e-9, -1e-9, 4.9e-5, -4.9e-5, 5.1e-5, -5.1e-5, -1e-300]),
        # four decimals and a half of the fifth, give or take the last bits: the ties
        st.builds(lambda k, e: k / 10000.0 + 0.00005 + e, st.integers(-10**4, 10**4),
                  st.sampled_from([0.0, 1e-17, -1e-17, 1e-13, -1e-13, 2e-9, -2e-9])),
    )
)
def test_round_4_is_round_to_four_decimals(x: float) -> None:
    """The targets' shortcut for ``round(x, 4)`` gives the very same float, sign of zero
    included (its repr, as the JSON writes it), for any float."""
    assert repr(limner_sentiment.targets.round_4(x)) == repr(round(x, 4))
