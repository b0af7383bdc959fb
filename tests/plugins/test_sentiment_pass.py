"""Tests of the sentiment plugin's document pass: each fast path against its plain definition.

``score_sentences`` scores a sentence with one lexicon word and no rule word
inline, and ``hit_drivers`` ranks two words without pooling them; both must
give what the plain definitions give (``score_sentence``, ``pooled_drivers``),
to the JSON they are written as (an idiom's whole-number weight is a float).
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import limner
from limner.testing import news_texts
from limner_sentiment import aggregate
from limner_sentiment.aggregate import _round, hit_drivers, pooled_drivers
from limner_sentiment.annotator import SentimentAnnotator
from limner_sentiment.kinds import Sentiment
from limner_sentiment.scorer import prepare_text, score_sentence, score_sentences

_hit = st.tuples(
    st.integers(0, 30),
    st.sampled_from(["good", "bad", "the shit", "win"]),
    st.one_of(st.integers(-4, 4), st.floats(-4, 4).map(lambda v: round(v, 4)),
              st.sampled_from([0.0005, -0.0005, 0.0, -0.0])),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_hit, min_size=1, max_size=4), st.integers(0, 6))
def test_sentence_drivers_are_the_pooled_ones(
    hits: list[tuple[int, str, float]], limit: int
) -> None:
    got = hit_drivers(hits, limit)
    want = pooled_drivers((hits,), limit)
    if len(hits) > 1:  # a lone word is not pooled: its weight as hit_drivers always gave it
        assert json.dumps(got) == json.dumps(want)
    else:
        assert got == want


_WORDS = ["good", "Good", "GOOD", "bad", "kind", "of", "like", "I", "health", "care", "not",
          "no", "very", "but", "Hope", "Smith", "said", "the", "was", "great.", "'nice'",
          "won't", "shit", "!", "?", ",", ";", ".", ":)", "1,000", "yet", "party", "political"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14), st.lists(st.sampled_from(_WORDS),
                                                                  max_size=14))
def test_inline_sentences_score_as_score_sentence(one: list[str], two: list[str]) -> None:
    text = " ".join(one) + ". " + " ".join(two)
    cut = len(" ".join(one)) + 1
    spans = [(0, cut), (cut + 1, len(text))] if cut < len(text) else [(0, len(text))]
    got = score_sentences(text, spans, None, prepare_text(text))
    want = [score_sentence(text[a:b]) for a, b in spans]
    assert json.dumps(got) == json.dumps(want)


@settings(max_examples=60, deadline=None)
@given(news_texts())
def test_a_document_without_target_kinds_gets_no_targets_either_way(text: str) -> None:
    """The annotator skips the target pass for a document with no annotation of a kind that
    makes targets: what the pass would give such a document is nothing."""
    from limner_sentiment.targets import target_sentiments

    doc = limner.Enricher(["sentiment"]).enrich(text)
    annotator = SentimentAnnotator()
    spans = list(doc.layer("sentence-span") or [])
    scored = score_sentences(doc.text, spans)
    assert target_sentiments(doc, spans, 5, scored) == []
    assert [a for a in annotator(doc) if a.get("scope") == "target"] == []


def test_an_idiom_rated_with_a_whole_number_is_reported_as_a_float(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """VADER rates ``the shit`` 3 (an int): every driver of it says 3.0, sentence and document
    (the adjectives' tone, which rates "shit" apart, left out)."""
    from limner_sentiment import tone

    monkeypatch.setattr(tone, "load", lambda: tone.Tone({}, {}, 0.0))
    enricher = limner.Enricher(plugins=["sentiment"])
    found = enricher.enrich("He is the shit.").select("sentiment")
    assert {a.get("scope") for a in found} >= {"sentence", "document"}
    for a in found:
        assert json.dumps(a.get("drivers")) == '[["shit", 3.0]]', a.get("scope")


@given(
    st.one_of(
        st.floats(-8.0, 8.0),
        st.floats(allow_nan=True, allow_infinity=True),
        # zeros of either sign, and what rounds to one (its sign kept) from either side
        st.sampled_from([0.0, -0.0, 1e-9, -1e-9, 4.9e-4, -4.9e-4, 5.1e-4, -5.1e-4, -1e-300]),
        # three decimals and a half of the fourth, give or take the last bits: the ties
        st.builds(lambda k, e: k / 1000.0 + 0.0005 + e, st.integers(-10**4, 10**4),
                  st.sampled_from([0.0, 1e-17, -1e-17, 1e-13, -1e-13, 2e-9, -2e-9])),
    )
)
def test_a_driver_weight_is_rounded_as_round_gives_it(x: float) -> None:
    """A driver's weight is ``round(x, 3)`` to its sign of zero (its repr, as the JSON
    writes it), whether the cache knew it or not."""
    _round.cache_clear()
    assert repr(_round(x)) == repr(round(x, 3))
    assert repr(_round(x)) == repr(round(x, 3))  # from the cache


def test_most_driver_weights_are_rounded_without_a_decimal_string(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Weights new to the cache (a share divided by its sentence's count) are rounded by
    arithmetic: ``round``, which writes the decimal string, is left the ties alone."""
    calls: list[float] = []

    def counted(x: float, n: int) -> float:
        calls.append(x)
        return round(x, n)

    monkeypatch.setattr(aggregate, "round", counted, raising=False)
    _round.cache_clear()
    weights = [k / 7.0 for k in range(-700, 700)] + [0.0015, -0.0125]  # ties at the end
    assert [_round(w) for w in weights] == [round(w, 3) for w in weights]
    assert calls == [0.0015, -0.0125]
    _round.cache_clear()


def test_the_document_annotation_is_built_without_the_keyword_constructor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The document's annotation is filled as the sentences' are (its fields the ones the
    keyword constructor gives), not made through ``__init__`` and its checks."""
    text = "The plan is a good one. Critics say it failed badly."
    want = [a.to_dict() for a in limner.enrich(text, plugins="sentiment").select("sentiment")]
    made: list[object] = []
    plain = Sentiment.__init__

    def counted(self: Sentiment, **kw: object) -> None:
        made.append(kw)
        plain(self, **kw)

    monkeypatch.setattr(Sentiment, "__init__", counted)
    got = limner.enrich(text, plugins="sentiment").select("sentiment")
    assert made == []
    assert [a.to_dict() for a in got] == want
    assert got[0].scope == "document" and got[0].end == len(text)
