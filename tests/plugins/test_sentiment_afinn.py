"""AFINN's ratings of the words neither VADER's lexicon nor Pattern's adjectives rate
(limner_sentiment.afinn), and their part in the sentence and document scores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import limner
from limner_sentiment import afinn
from limner_sentiment.afinn import SCALE, VERDICTS, Ratings, parts, ratings, read_afinn
from limner_sentiment.lexicon import load as lexicon
from limner_sentiment.tone import load as tone

from ..conftest import corpora_dir

ENRICHER = limner.Enricher(["sentiment"])


def _document(text: str) -> limner.Annotation:
    doc = ENRICHER.enrich(text)
    (found,) = [a for a in doc.select("sentiment") if a.get("scope") == "document"]
    return found


def test_read_afinn_takes_each_line_as_a_word_or_phrase_and_its_rating(tmp_path: Path) -> None:
    path = tmp_path / "AFINN-en-165.txt"
    path.write_text("abandon\t-2\ncan't stand\t-3\ninept\t-2\nwow\t4\n", encoding="utf-8")
    assert read_afinn(path) == {"abandon": -2, "can't stand": -3, "inept": -2, "wow": 4}


def test_the_installed_list_is_read_and_only_words_no_other_lexicon_rates_count() -> None:
    words = read_afinn()
    assert len(words) > 3000 and words["inept"] == -2
    table = ratings(1.0, {"inept": -2, "flaw": -2, "rise": 1, "good": 3, "predictable": -2,
                          "can't stand": -3})
    assert "good" in lexicon().valence and "predictable" in tone().polarity
    # a rating under LEAST (2), a word of either lexicon and a phrase do not count
    assert dict(table.valence) == {"inept": -2 * SCALE, "inept.": -2 * SCALE,
                                   "flaw": -2 * SCALE, "flaw.": -2 * SCALE}


def test_the_verdicts_join_afinns_list_where_no_lexicon_rates_them() -> None:
    table = ratings(1.0)
    words = read_afinn()
    for word, rating in VERDICTS.items():
        assert abs(rating) >= afinn.LEAST
        if word in words:  # AFINN's own rating wins
            assert table.valence.get(word) in (None, words[word] * SCALE)
        elif word not in lexicon().valence and word not in tone().polarity:
            assert table.valence[word] == table.valence[word + "."] == rating * SCALE
    assert table.valence["misguided"] < 0 < table.valence["sensible"]
    # a list passed in is read alone
    assert "misguided" not in ratings(1.0, {"inept": -2}).valence


def test_the_plugin_reads_a_verdict_on_a_plan() -> None:
    assert _document("The council's plan is misguided.").score < 0
    assert _document("The council's plan is not misguided.").score > 0
    assert _document("It was a sensible and prudent decision.").score > 0
    # and it is the word that moved the score
    assert _document("The council's plan is indefensible.").get("drivers")[0][0] == "indefensible"


TABLE = Ratings({"inept": -1.6, "inept.": -1.6, "flaw": -1.6}, 0.5,
                frozenset({"inept", "inept.", "flaw"}))


def test_each_word_adds_its_rating_times_the_weight_negated_as_vader_negates() -> None:
    assert parts(["the", "plan", "is", "inept."], TABLE) == [(3, "inept", pytest.approx(-0.8))]
    scalar = lexicon().negation_scalar
    for negated in (["not", "inept"], ["never", "so", "very", "inept"], ["isn't", "inept"]):
        ((_, _, share),) = parts(negated, TABLE)
        assert share == pytest.approx(-0.8 * scalar)
    ((_, _, share),) = parts(["not", "a", "b", "c", "inept"], TABLE)  # four words before
    assert share == pytest.approx(-0.8)
    # any word in "n't" negates, beyond VADER's list
    assert "cann't" not in lexicon().negations
    ((_, _, share),) = parts(["cann't", "inept"], TABLE)
    assert share == pytest.approx(-0.8 * scalar)


def test_no_share_without_a_word_with_no_weight_or_under_a_claim() -> None:
    assert parts(["a", "fine", "plan"], TABLE) == []
    assert parts(["inept"], Ratings(TABLE.valence, 0.0, TABLE.words)) == []
    # what a claim covers is no judgement of the writer's, as the scorer reads it
    assert parts(["it", "was", "supposed", "to", "be", "a", "flaw"], TABLE) == []


def test_the_plugin_scores_a_sentence_by_words_only_afinn_rates() -> None:
    inept = _document("The council's plan is inept.")
    assert inept.score < 0 and ["inept", -0.8] in inept.get("drivers")
    assert _document("The council's plan is not inept.").score > 0
    assert _document("The council's plan is on the table.").score == 0.0


def test_the_shipped_weight_is_the_fit_on_vaders_sets() -> None:
    corpora = corpora_dir()
    if not (corpora / "vader-sentiment").is_dir():
        pytest.skip(f"vader-sentiment not found under {corpora}")
    shipped = json.loads(afinn.DATA.read_text(encoding="utf-8"))["weight"]
    weight, report = afinn.fit_weight(corpora, ratings(1.0))
    assert weight == shipped and 0.0 < weight < max(afinn.GRID)
    assert len(report) == len(afinn.GRID)
