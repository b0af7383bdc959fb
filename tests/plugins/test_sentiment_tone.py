"""The tone of a sentence's adjectives (limner_sentiment.tone), and its part in the scores."""

from __future__ import annotations

import importlib.util
import itertools
import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from limner_sentiment import tone as tone_module
from limner_sentiment.tone import Tone, build, parts, tone, weighed

LEXICON = Tone({"good": 0.7, "bad": -0.7, "new": 0.0, "awful": -1.0}, {"very": 1.3}, 2.0)


def test_the_tone_is_the_mean_over_the_assessed_words_flat_ones_counted() -> None:
    assert tone(["a", "good", "plan"], LEXICON) == pytest.approx(0.7)
    assert tone(["a", "good", "new", "plan"], LEXICON) == pytest.approx(0.35)
    assert tone(["a", "good", "and", "bad", "plan"], LEXICON) == pytest.approx(0.0)
    assert tone(["no", "word", "of", "it", "here"], LEXICON) == 0.0


@pytest.mark.parametrize("negation", ["not", "never", "isn't", "wasn't"])
def test_a_negation_up_to_two_words_before_flips_and_halves(negation: str) -> None:
    assert tone(f"it is {negation} good".split(), LEXICON) == pytest.approx(-0.35)
    assert tone(f"{negation} a good plan".split(), LEXICON) == pytest.approx(-0.35)
    assert tone(f"{negation} at all a good plan".split(), LEXICON) == pytest.approx(0.7)


def test_an_intensifier_multiplies_within_bounds_and_is_no_assessment() -> None:
    assert tone(["very", "good"], LEXICON) == pytest.approx(0.91)
    assert tone(["very", "awful"], LEXICON) == -1.0  # clipped
    assert tone(["very"], LEXICON) == 0.0


def test_the_shares_sum_to_the_tone_and_weigh_by_the_weight() -> None:
    words = ["a", "very", "good", "but", "awful", "new", "plan"]
    shares = parts(words, LEXICON)
    assert [w for _, w, _ in shares] == ["good", "awful"]  # "new" counts, shares nothing
    assert sum(p for _, _, p in shares) == pytest.approx(tone(words, LEXICON))
    assert [w for _, _, w in weighed(words, LEXICON)] == pytest.approx(
        [2.0 * p for _, _, p in shares])
    assert weighed(words, replace(LEXICON, weight=0.0)) == []


XML = """<?xml version="1.0" encoding="utf-8"?>
<sentiment language="en">
<word form="Able" pos="JJ" polarity="0.5" subjectivity="1.0" intensity="1.0" />
<word form="able" pos="JJ" polarity="0.3" subjectivity="0.5" intensity="1.0" />
<word form="very" pos="RB" polarity="0.2" subjectivity="0.3" intensity="1.3" />
<word form="a priori" pos="JJ" polarity="0.0" subjectivity="0.0" intensity="1.0" />
<word form="bad" pos="JJ" polarity="-0.7" subjectivity="0.6" intensity="1.0" />
</sentiment>
"""


def test_build_averages_the_senses_and_finds_the_intensifiers(tmp_path: Path) -> None:
    path = tmp_path / "en-sentiment.xml"
    path.write_text(XML, encoding="utf-8")
    polarity, intensity = build(path)
    assert polarity == {"able": 0.4, "bad": -0.7, "very": 0.2}  # no phrases
    assert intensity == {"very": 1.3}


@pytest.mark.skipif(importlib.util.find_spec("textblob") is None,
                    reason="textblob (the test and train extras) is absent")
def test_the_shipped_lexicon_is_the_build_of_textblobs_file() -> None:
    shipped = json.loads(tone_module.DATA.read_text(encoding="utf-8"))
    polarity, intensity = build(tone_module._textblob_xml())
    assert (shipped["polarity"], shipped["intensity"]) == (polarity, intensity)
    assert 0.0 < shipped["weight"] <= max(tone_module.GRID)


def test_words_are_read_where_lower_casing_moves_the_offsets() -> None:
    # "İ" lower-cases to two characters: the sentence is read as the scorer reads it alone
    from limner_sentiment.scorer import prepare_text
    from limner_sentiment.tone import words_of

    text = "İstanbul: the plot was predictable, the ending CONTRIVED."
    prepared = prepare_text(text)
    assert prepared.cleaned is None
    words = words_of(prepared, text, 0, len(text))
    assert words[-3:] == ["the", "ending", "contrived."]
    plain = ["the", "plot", "was", "predictable", "the", "ending", "contrived"]
    assert tone(words) == tone(plain) < 0


def test_a_sentences_last_word_counts_with_its_period() -> None:
    assert tone(["the", "ending", "was", "contrived."]) == tone(["contrived"]) < 0


# words of the shipped lexicon, its intensifiers and negations, in the many ways a news
# sentence writes them (capitals, periods, contractions, curly apostrophes, dashes)
_TONE_WORDS = [
    "good", "Good", "GOOD", "bad.", "awful", "predictable", "contrived.", "new", "last",
    "very", "Very", "really", "not", "never", "no", "without", "isn't", "wasn’t", "don't",
    "Nor", "the", "club", "said", "on", "Tuesday", "—", ",", ";", ":", "(", ")", "\"", "!",
    "?", "...", "İstanbul", "n't", "can't", "rates", "£3bn", "'great'", "nice,", ":)",
    "inept", "Inept.", "flaw", "breakthrough", "favourite.",  # AFINN's (limner_sentiment.afinn)
]


@st.composite
def _document(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    """A text of tone words and spans of it: its sentences, or any runs of it."""
    text = " ".join(draw(st.lists(st.sampled_from(_TONE_WORDS), max_size=40)))
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=6)) | {0, len(text)})
    return text, [(a, b) for a, b in itertools.pairwise(cuts) if a < b] or [(0, len(text))]


@settings(max_examples=300, deadline=None)
@given(_document(), st.booleans())
def test_the_shares_of_the_scorers_words_are_those_of_each_sentence_read_alone(
    document: tuple[str, list[tuple[int, int]]], given_words: bool
) -> None:
    """``sentence_shares`` reading the words the scorer split (and skipping "n't" where the
    text holds none) gives :func:`weighed` of each sentence's own words, then AFINN's
    shares of them."""
    from limner_sentiment.afinn import parts as afinn_parts
    from limner_sentiment.scorer import prepare_text, score_sentences
    from limner_sentiment.tone import sentence_shares, words_of

    text, spans = document
    prepared = prepare_text(text)
    lows: list[list[str] | None] = []
    score_sentences(text, spans, None, prepared, lows)
    got = sentence_shares(prepared, text, spans, None, lows if given_words else None)
    want = [weighed(words) + afinn_parts(words)
            for words in (words_of(prepared, text, a, b) for a, b in spans)]
    assert repr(got) == repr(want)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([w.lower() for w in _TONE_WORDS]), max_size=20))
def test_parts_without_contractions_are_parts(words: list[str]) -> None:
    """Told that no word ends in "n't", parts gives what it gives looking for one."""
    if not any(w.endswith("n't") for w in words):
        assert parts(words, contracted=False) == parts(words)
    assert repr(parts(words, scale=1.5)) == repr([(i, w, 1.5 * p) for i, w, p in parts(words)])
