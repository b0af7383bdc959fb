"""The sentiment plugin on news that is not in the corpora (unseen_sentiment.py): the
labelled set is well formed, and limner's figures on it stay at their floors."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

import limner
from limner_evaluate.sentiment import LABELS
from tests.plugins import unseen_sentiment

#: Each set's floors sit a little below what limner measures (``python -m
#: tests.plugins.unseen_sentiment --set N``; the history of each figure is in
#: docs/plugins/sentiment.md): a regression of a few targets, or of the document score,
#: fails.  The first set: target macro-F1 0.890, accuracy 88.8%, editorial r 0.961
#: (0.939 before the verdict phrases of 2026-12-06's sixth round).
UNSEEN_TARGET_F1 = 0.77
UNSEEN_TARGET_ACCURACY = 0.77
UNSEEN_EDITORIAL_R = 0.93
#: the second set (``--set 2``): sentence r 0.637, editorial r 0.663 (sentence r 0.642
#: after 2026-12-06's thirteenth round, 0.6445 after its sixteenth, 0.6506 after its
#: nineteenth and its twentieth, 0.6573 after its twenty-first and its twenty-second;
#: editorial r 0.6766 after the twenty-second)
SECOND_SENTENCE_R = 0.65
SECOND_EDITORIAL_R = 0.67
#: the fifth set's editorials (``--set 5``): r 0.665 (0.605 when first measured, blind)
THIRD_EDITORIAL_R = 0.62
#: the third set's targets (``--set 3``): macro-F1 0.862, accuracy 85.9%; a drop of about
#: twenty targets fails
TARGETS_2_F1 = 0.71
TARGETS_2_ACCURACY = 0.71
#: the fourth set (``--set 4``): 0.857 and 85.6% (0.617 when it was last blind; 0.829
#: before the disasters and obituaries of 2026-12-06's third round)
TARGETS_3_F1 = 0.70
TARGETS_3_ACCURACY = 0.70
#: the sixth set (``--set 6``, blind): 0.703 and 70.0% (0.696 before the accusers of
#: 2026-12-06's second round)
TARGETS_4_F1 = 0.66
TARGETS_4_ACCURACY = 0.66
#: the seventh set's editorials (``--set 7``): r 0.715 (0.540 when last blind; 0.665
#: before the verdict phrases of 2026-12-06's sixth round)
FOURTH_EDITORIAL_R = 0.68
#: the eighth set (``--set 8``, blind): 0.718 and 71.6%
TARGETS_5_F1 = 0.66
TARGETS_5_ACCURACY = 0.66
#: the ninth set's editorials (``--set 9``, blind): r 0.502, under the issue's 0.58
FIFTH_EDITORIAL_R = 0.46
#: the tenth set (``--set 10``, blind): 0.656 and 65.2% (0.633 and 62.8% when first
#: measured, before the events of its round; 0.647 before the neutral mentions of
#: 2026-12-06, 0.653 before that day's second round, 0.6560 before its third)
TARGETS_6_F1 = 0.61
TARGETS_6_ACCURACY = 0.61
#: the eleventh set's editorials (``--set 11``, blind): r -0.087 (-0.120 when first
#: measured; vaderSentiment -0.197), far under the issue's 0.58: a lexicon reads its
#: sarcasm and its hardships answered backwards
SIXTH_EDITORIAL_R = -0.11
#: the twelfth set (``--set 12``, blind, 148 targets): 0.640 and 64.2% (0.633 and 63.5%
#: when first measured, before 2026-12-06's third round), under the issue's 0.65; a
#: drop of some seven targets fails
TARGETS_7_F1 = 0.60
TARGETS_7_ACCURACY = 0.60
#: the thirteenth set (``--set 13``, blind, 170 targets): 0.651 and 65.3% when first
#: measured, before 2026-12-06's fifth round, and after it; a drop of some eight targets
#: fails
TARGETS_8_F1 = 0.60
TARGETS_8_ACCURACY = 0.60
#: the fifteenth set (``--set 15``, development data, 211 targets): 0.831 and 83.4% after
#: 2026-12-06's seventh round (0.744 and 74.9% after the sixth; 0.671 and 67.8% when
#: first measured, before it); a drop of some seven targets fails
TARGETS_9_F1 = 0.80
TARGETS_9_ACCURACY = 0.80
#: the sixteenth set (``--set 16``, development data, 200 targets): 0.668 and 67.0% after
#: 2026-12-06's eleventh round (0.648 and 65.0% after the eighth; 0.578 and 58.5% when
#: first measured, before it); a drop of some six targets fails
TARGETS_10_F1 = 0.64
TARGETS_10_ACCURACY = 0.64
#: the eighteenth set (``--set 18``, blind, 172 targets): 0.673 and 66.9% when first
#: measured, before 2026-12-06's ninth round, 0.679 and 67.4% after it; a drop of some
#: eight targets fails
TARGETS_11_F1 = 0.63
TARGETS_11_ACCURACY = 0.63
#: the twentieth set (``--set 20``, development data, 164 targets): 0.642 and 65.2% after
#: 2026-12-06's eleventh round (0.622 and 63.4% after the ninth; 0.559 and 57.9% when
#: first measured, before it), 0.649 and 65.9% after the thirteenth, 0.661 and 67.1% after
#: the twentieth; a drop of some three targets fails
TARGETS_12_F1 = 0.64
TARGETS_12_ACCURACY = 0.65
#: the twenty-second set (``--set 22``, blind, 162 targets): 0.695 and 69.1% when first
#: measured, after 2026-12-06's tenth round and before its eleventh (vaderSentiment
#: 0.463), the same after the eleventh; a drop of some five targets fails
TARGETS_13_F1 = 0.66
TARGETS_13_ACCURACY = 0.66
#: the twenty-fourth set (``--set 24``, development data, 162 targets): 0.619 and 62.3%
#: after 2026-12-06's eleventh round (0.500 and 52.5% when first measured, before it),
#: 0.627 and 63.0% after its seventeenth; a drop of some four targets fails
TARGETS_14_F1 = 0.60
TARGETS_14_ACCURACY = 0.61
#: the twenty-sixth set (``--set 26``, development data, 131 targets): 0.782 and 80.9%
#: after 2026-12-06's fourteenth round (0.758 and 77.9% when first measured, before it),
#: 0.801 and 83.2% after its fifteenth; a drop of some three targets fails
TARGETS_15_F1 = 0.78
TARGETS_15_ACCURACY = 0.81
#: the twenty-seventh set (``--set 27``, development data, 200 targets, written for the
#: news events): 0.781 and 78.0% when first measured, before the event rules of
#: 2026-12-07, 0.891 and 89.0% after them; a drop of some four targets fails
TARGETS_16_F1 = 0.87
TARGETS_16_ACCURACY = 0.87
#: the twenty-eighth set (``--set 28``, a check of the event rules of 2026-12-07, written
#: after them, 86 targets, its misses unread): 0.750 and 75.6% before them, 0.781 and
#: 79.1% after; a drop of some three targets fails
TARGETS_17_F1 = 0.75
TARGETS_17_ACCURACY = 0.76
#: the twenty-ninth set (``--set 29``, development data, 213 targets, written for the
#: events that befall one party through another): 0.728 and 72.3% when first measured,
#: before the rules of 2026-12-07's second round, 0.896 and 90.1% after them (the set
#: labels an appointee of the active positive, which the plugin leaves to the model); a
#: drop of some four targets fails
TARGETS_18_F1 = 0.875
TARGETS_18_ACCURACY = 0.88
#: the thirtieth set (``--set 30``, a check of those rules, written after them, 98
#: targets, its misses unread): 0.632 and 65.3% before them, 0.829 and 84.7% after; a
#: drop of some two targets fails
TARGETS_19_F1 = 0.81
TARGETS_19_ACCURACY = 0.82
#: the thirty-first set (``--set 31``, development data, 222 targets, written for the news
#: of courts and contests): 0.722 and 72.5% when first measured, before the rules of
#: courts and contests of 2026-12-07, 0.875 and 87.4% after them; a drop of some five
#: targets fails
TARGETS_20_F1 = 0.85
TARGETS_20_ACCURACY = 0.85
#: the thirty-second set (``--set 32``, a check of those rules, written after them, 111
#: targets, its misses unread): 0.644 and 64.9% before them, 0.864 and 86.5% after; a drop
#: of some three targets fails
TARGETS_21_F1 = 0.835
TARGETS_21_ACCURACY = 0.835
#: the thirty-third set (``--set 33``, development data, 202 targets, written for political
#: news told as events): 0.722 and 72.3% when first measured, before the rules of political
#: news of 2026-12-07, 0.858 and 86.1% after them, 0.885 and 89.1% after the endings of
#: events; a drop of some five targets fails
TARGETS_22_F1 = 0.835
TARGETS_22_ACCURACY = 0.835
#: the thirty-fourth set (``--set 34``, a check of those rules, written after them, 100
#: targets, its misses unread): 0.665 and 66% before them, 0.872 and 87% after; a drop of
#: some three targets fails (0.922 and 92% after the endings of events)
TARGETS_23_F1 = 0.84
TARGETS_23_ACCURACY = 0.84
#: the thirty-fifth set (``--set 35``, development data, 168 targets, written for the
#: endings of events): 0.448 and 48.8% when first measured, before the rules of events'
#: endings of 2026-12-07, 0.792 and 79.2% after them; a drop of some four targets fails
TARGETS_24_F1 = 0.765
TARGETS_24_ACCURACY = 0.765
#: the thirty-sixth set (``--set 36``, a check of those rules, written after them, 84
#: targets, its misses unread): 0.536 and 57.1% before them, 0.810 and 81.0% after; a drop
#: of some two targets fails
TARGETS_25_F1 = 0.78
TARGETS_25_ACCURACY = 0.78
#: the thirty-seventh set (``--set 37``, written before limner was run on it, then read for
#: the rules of candidacies, forced departures and groups led by a name, 101 targets):
#: 0.634 and 65.3% before them, 0.870 and 87.1% after; a drop of some two targets fails
TARGETS_26_F1 = 0.85
TARGETS_26_ACCURACY = 0.85
#: the thirty-eighth set (``--set 38``, written before limner was run on it, then read for
#: the rules of offices, lists, leaders and threats, 191 targets): 0.685 and 68.6% before
#: them, 0.855 and 85.3% after; a drop of some three targets fails
TARGETS_27_F1 = 0.84
TARGETS_27_ACCURACY = 0.84
#: the thirty-ninth set (``--set 39``, a check of those rules, written after them, 108
#: targets, its misses unread): 0.558 and 57.4% before them, 0.769 and 76.9% after; a
#: drop of some two targets fails
TARGETS_28_F1 = 0.75
TARGETS_28_ACCURACY = 0.75
#: the fortieth set (``--set 40``, written before limner was run on it, then read for the
#: rules of events weighed without their own words, control, faith, leads and groups that
#: open their clause, 127 targets): 0.584 and 63.0% before them, 0.814 and 87.4% after,
#: 0.857 and 91.3% after those of outcomes that run against an event's own words; a drop
#: of some two targets fails
TARGETS_29_F1 = 0.83
TARGETS_29_ACCURACY = 0.89
#: the forty-first set (``--set 41``, a check of those rules, written after them, 69
#: targets, its misses unread): 0.503 and 52.2% before them, 0.732 and 76.8% after; a
#: drop of some two targets fails
TARGETS_30_F1 = 0.70
TARGETS_30_ACCURACY = 0.74
#: the forty-second set (``--set 42``, written before limner was run on it, then read for
#: the rules of outcomes that run against an event's own words, 109 targets): 0.411 and
#: 45.9% before them, 0.531 and 60.6% after; a drop of some two targets fails
TARGETS_31_F1 = 0.51
TARGETS_31_ACCURACY = 0.58
#: the forty-third set (``--set 43``, a check of those rules, written after them, 59
#: targets, its misses unread): 0.505 and 55.9% before them, 0.720 and 81.4% after; a
#: drop of some two targets fails
TARGETS_32_F1 = 0.68
TARGETS_32_ACCURACY = 0.77
#: the forty-fourth set (``--set 44``, written before limner was run on it, then read for
#: the rules of money kept, rescues, described names' favour and doubt, wages owed,
#: budgets and honeymoons, 97 targets): 0.369 and 37.1% before them (below
#: vaderSentiment's 0.413), 0.620 and 63.9% after; a drop of some two targets fails
TARGETS_33_F1 = 0.60
TARGETS_33_ACCURACY = 0.62
#: the forty-fifth set (``--set 45``, a check of those rules, written after them, 59
#: targets, its misses unread): 0.497 and 50.8% before them, 0.808 and 81.4% after; a
#: drop of some two targets fails
TARGETS_34_F1 = 0.77
TARGETS_34_ACCURACY = 0.77
#: the forty-eighth set (``--set 48``, written for the rules of criticism that died down,
#: dues paid in the passive, holders who stayed, leaders in a gang's aside and plans ended
#: past a comma, before them, 101 targets): 0.492 and 50.5% before them, 0.793 and 79.2%
#: after; a drop of some two targets fails
TARGETS_35_F1 = 0.77
TARGETS_35_ACCURACY = 0.77
#: the forty-ninth set (``--set 49``, a check of those rules, written after them, 62
#: targets, its misses unread): 0.435 and 50.0% before them, 0.921 and 91.9% after; a
#: drop of some two targets fails
TARGETS_36_F1 = 0.88
TARGETS_36_ACCURACY = 0.88
#: the fourteenth set's editorials (``--set 14``, blind): r 0.541 when first measured,
#: before 2026-12-06's fifth round (vaderSentiment 0.484), 0.532 after it, 0.537 after
#: the sixth round's verdict phrases
SEVENTH_EDITORIAL_R = 0.50
#: the seventeenth set's editorials (``--set 17``, development data): r 0.621 when first
#: measured, before 2026-12-06's eighth round (vaderSentiment 0.409), 0.665 after it
EIGHTH_EDITORIAL_R = 0.63
#: the nineteenth set's editorials (``--set 19``, blind): r 0.4805 when first measured,
#: before 2026-12-06's ninth round (vaderSentiment 0.4255), 0.483 after it, 0.496 after
#: the thirteenth, under the issue's 0.58
NINTH_EDITORIAL_R = 0.46
#: the twenty-first set's editorials (``--set 21``, development data): r 0.372 when first
#: measured, before 2026-12-06's ninth round (vaderSentiment 0.304), 0.441 after it,
#: 0.448 after the twenty-third
TENTH_EDITORIAL_R = 0.44
#: the twenty-third set's editorials (``--set 23``, blind): r 0.487 when first measured,
#: after 2026-12-06's tenth round (vaderSentiment 0.450), 0.501 after the thirteenth,
#: under the issue's 0.58
ELEVENTH_EDITORIAL_R = 0.47
#: the twenty-fifth set's editorials (``--set 25``, development data): r 0.295 when first
#: measured, before 2026-12-06's twelfth round (vaderSentiment 0.413), 0.308 after it,
#: 0.311 after the twenty-third
TWELFTH_EDITORIAL_R = 0.30


@pytest.fixture(scope="module")
def enricher() -> limner.Enricher:
    return limner.Enricher(["sentiment"])


@pytest.fixture(scope="module")
def result(enricher: limner.Enricher) -> dict[str, Any]:
    return unseen_sentiment.score(enricher)


def _labels(labelled: list[dict[str, Any]], most: int = 2) -> Counter[str]:
    """The labels of a set's targets, once each sentence is checked to hold one to
    ``most`` targets that are its spans, each with one of the three labels."""
    labels: Counter[str] = Counter()
    for sentence in labelled:
        text = sentence["text"]
        assert 1 <= len(sentence["targets"]) <= most, text
        for target in sentence["targets"]:
            assert text[target["start"]:target["end"]] == target["surface"], text
            assert target["label"] in LABELS
            labels[target["label"]] += 1
    return labels


def test_the_targets_are_their_spans_and_the_labels_are_balanced() -> None:
    labels = _labels(unseen_sentiment.sentences())
    total = sum(labels.values())
    assert len(unseen_sentiment.sentences()) >= 90
    assert all(0.25 <= labels[label] / total <= 0.42 for label in LABELS), labels


def test_the_editorials_are_rated_on_vaders_scale() -> None:
    ratings = [e["rating"] for e in unseen_sentiment.editorials()]
    assert len(ratings) >= 30
    assert all(isinstance(r, int) and -4 <= r <= 4 for r in ratings)
    assert min(ratings) < 0 < max(ratings)


def test_unseen_news_targets_meet_the_floors(result: dict[str, Any]) -> None:
    ours = result["limner"]
    assert result["targets"] >= 100
    assert ours["macro_f1"] >= UNSEEN_TARGET_F1, result["misses"]
    assert ours["accuracy"] >= UNSEEN_TARGET_ACCURACY, result["misses"]


def test_unseen_editorials_meet_the_floor(result: dict[str, Any]) -> None:
    assert result["editorials"] >= 30
    assert result["limner"]["editorial_r"] >= UNSEEN_EDITORIAL_R


def test_the_peer_is_scored_on_the_same_targets(result: dict[str, Any]) -> None:
    # vaderSentiment's sentence score stands in for every target: same count, a real figure
    peer = result["vaderSentiment"]
    assert peer["targets"] == result["limner"]["targets"] == result["targets"]
    assert 0.0 < peer["macro_f1"] < 1.0
    assert -1.0 <= peer["editorial_r"] <= 1.0


def test_the_document_score_reads_newsmtsc_sentences_better_than_vadersentiment() -> None:
    """A check on news the score was never fitted on (newsmtsc_sentences.py): the
    document score of each NewsMTSC sentence correlates with its targets' mean label
    more than vaderSentiment's compound does, by a margin the news words and the rule
    of what rises and falls made (0.461 against 0.437 on these 2,000 sentences before
    them, 0.478 after)."""
    from tests.conftest import corpus_path
    from tests.plugins import newsmtsc_sentences

    corpus_path("newsmtsc/newsmtsc-train.jsonl")
    figures = newsmtsc_sentences.score(limit=2000)
    assert figures["sentences"] == 2000
    assert figures["limner_r"] > figures["vader_r"] + 0.03, figures


def test_the_second_set_is_rated_on_vaders_scale_in_every_direction() -> None:
    stored = unseen_sentiment.second_set()
    assert len(stored["sentences"]) >= 150
    assert len(stored["editorials"]) >= 40
    for part in ("sentences", "editorials"):
        ratings = [item["rating"] for item in stored[part]]
        assert all(isinstance(r, int) and -4 <= r <= 4 for r in ratings)
        assert min(ratings) < 0 < max(ratings)
        assert 0 in ratings
    texts = [item["text"] for part in stored.values() for item in part]
    assert len(set(texts)) == len(texts)


@pytest.fixture(scope="module")
def second(enricher: limner.Enricher) -> dict[str, Any]:
    return unseen_sentiment.score_second(enricher)


def test_the_second_set_meets_the_floors_and_beats_the_peer(second: dict[str, Any]) -> None:
    ours, peer = second["limner"], second["vaderSentiment"]
    assert ours["sentence_r"] >= SECOND_SENTENCE_R, second["misses"]
    assert ours["editorial_r"] >= SECOND_EDITORIAL_R
    assert ours["sentence_r"] > peer["sentence_r"]
    assert ours["sentence_sign"] > peer["sentence_sign"]
    assert ours["editorial_r"] > peer["editorial_r"]


def test_the_second_target_set_is_its_spans_and_its_labels_are_balanced() -> None:
    labelled = unseen_sentiment.labelled(3)
    labels = _labels(labelled)
    total = sum(labels.values())
    assert len(labelled) >= 180
    assert all(0.30 <= labels[label] / total <= 0.37 for label in LABELS), labels
    texts = [sentence["text"] for sentence in labelled]
    assert len(set(texts)) == len(texts)
    first = {sentence["text"] for sentence in unseen_sentiment.sentences()}
    assert not first & set(texts)


def test_each_set_the_docs_name_is_one_the_script_scores() -> None:
    # every "--set N" the module's docs name is a set the script scores, and each later
    # set's file is there; the script's own parser takes exactly those numbers
    named = {int(n) for n in re.findall(r"--set (\d+)", unseen_sentiment.__doc__ or "")}
    assert named == set(unseen_sentiment.SCORERS) - {1}
    assert set(unseen_sentiment.SCORERS) == {1, 2} | set(unseen_sentiment.TARGET_SETS) | set(
        unseen_sentiment.EDITORIAL_SETS)
    assert all(unseen_sentiment.labelled(n) for n in unseen_sentiment.TARGET_SETS)
    assert all(unseen_sentiment.rated(n) for n in unseen_sentiment.EDITORIAL_SETS)
    parsed = unseen_sentiment.parser()
    assert parsed.parse_args(["--set", "6", "--no-misses"]).no_misses
    assert not parsed.parse_args([]).no_misses


#: the target sets written after the first two (``--set`` numbers), in order: each is
#: checked against those before
LATER_TARGET_SETS = (4, 6, 8, 10, 12, 13, 15, 16, 18, 20, 22, 24, 26, 27, 28, 29, 30, 31,
                     32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44,
                     45, 48, 49)
#: each later target set's least number of sentences and of targets, and the most
#: targets a sentence holds (the twelfth, thirteenth, fifteenth, sixteenth, eighteenth,
#: twentieth, twenty-second, twenty-fourth, twenty-sixth, twenty-seventh and twenty-ninth
#: are smaller sets, of 120 to 213 targets, the twenty-eighth and thirtieth checks of 86
#: and 98)
LATER_TARGET_SIZES = {4: (190, 250, 3), 6: (190, 250, 3), 8: (190, 250, 3),
                      10: (190, 250, 3), 12: (100, 120, 4), 13: (100, 150, 3),
                      15: (120, 180, 3), 16: (120, 190, 3), 18: (100, 150, 3),
                      20: (110, 160, 3), 22: (110, 160, 3),
                      24: (110, 150, 3), 26: (90, 125, 3), 27: (140, 195, 3),
                      28: (65, 85, 3), 29: (125, 210, 3),
                      30: (60, 95, 3), 31: (125, 220, 3), 32: (60, 110, 3),
                      33: (130, 200, 4), 34: (60, 100, 4), 35: (120, 160, 3),
                      36: (60, 80, 3), 37: (60, 100, 3), 38: (120, 190, 3),
                      39: (70, 108, 3), 40: (110, 127, 2), 41: (62, 69, 2),
                      42: (98, 109, 2), 43: (55, 59, 2), 44: (95, 97, 2),
                      45: (58, 59, 2), 48: (95, 101, 2), 49: (60, 62, 2)}
#: each later target set's least and greatest share of each label: a third each, but
#: the fifteenth, written for the positive label, holds about half positive targets
LATER_TARGET_SHARES = {which: dict.fromkeys(LABELS, (0.30, 0.37))
                       for which in LATER_TARGET_SIZES}
LATER_TARGET_SHARES[15] = {"negative": (0.15, 0.30), "neutral": (0.25, 0.40),
                           "positive": (0.40, 0.55)}
#: the twenty-sixth, written for places and bodies merely mentioned beside those a
#: sentence treats well or badly, holds more than half neutral targets
LATER_TARGET_SHARES[26] = {"negative": (0.18, 0.28), "neutral": (0.50, 0.62),
                           "positive": (0.18, 0.28)}
#: the twenty-seventh, written for events told plainly, most of them harms, holds two
#: fifths negative targets
LATER_TARGET_SHARES[27] = {"negative": (0.36, 0.46), "neutral": (0.25, 0.35),
                           "positive": (0.24, 0.34)}
#: and so does the twenty-eighth, its check
LATER_TARGET_SHARES[28] = {"negative": (0.40, 0.50), "neutral": (0.20, 0.30),
                           "positive": (0.25, 0.35)}
#: the twenty-ninth, written for events that befall one party through another (a player
#: lost to a rival, funding cut by a ministry, a takeover blocked), holds two fifths
#: negative targets and a quarter positive
LATER_TARGET_SHARES[29] = {"negative": (0.36, 0.46), "neutral": (0.30, 0.40),
                           "positive": (0.20, 0.30)}
#: and so does the thirtieth, its check
LATER_TARGET_SHARES[30] = {"negative": (0.38, 0.48), "neutral": (0.29, 0.39),
                           "positive": (0.18, 0.28)}
#: the thirty-first, written for court and contest news, holds more negative targets
#: than neutral or positive ones
LATER_TARGET_SHARES[31] = {"negative": (0.33, 0.40), "neutral": (0.28, 0.35),
                           "positive": (0.28, 0.35)}
#: and the thirty-second, its check, about a third each
LATER_TARGET_SHARES[32] = {"negative": (0.30, 0.37), "neutral": (0.28, 0.35),
                           "positive": (0.32, 0.38)}
#: the thirty-third, written for political news told as events (calls to resign, support
#: withdrawn, leaders forced out), holds two fifths negative targets and a quarter positive
LATER_TARGET_SHARES[33] = {"negative": (0.36, 0.46), "neutral": (0.29, 0.39),
                           "positive": (0.20, 0.30)}
#: and the thirty-fourth, its check
LATER_TARGET_SHARES[34] = {"negative": (0.34, 0.44), "neutral": (0.28, 0.38),
                           "positive": (0.23, 0.33)}
#: the thirty-fifth, written for the endings of events against a party (a rebellion that
#: collapsed, a strike called off, beside ones that went ahead), holds fewer neutral
#: targets than negative or positive ones
LATER_TARGET_SHARES[35] = {"negative": (0.33, 0.43), "neutral": (0.24, 0.34),
                           "positive": (0.28, 0.38)}
#: and the thirty-sixth, its check, about a third each
LATER_TARGET_SHARES[36] = {"negative": (0.30, 0.39), "neutral": (0.26, 0.36),
                           "positive": (0.30, 0.39)}
#: the fortieth and forty-first sets, of events that befall a named party, hold few
#: neutral targets (the same words in other senses)
LATER_TARGET_SHARES[40] = {"negative": (0.38, 0.47), "neutral": (0.08, 0.13),
                           "positive": (0.43, 0.52)}
LATER_TARGET_SHARES[41] = {"negative": (0.35, 0.44), "neutral": (0.09, 0.14),
                           "positive": (0.45, 0.54)}
#: and so do the forty-second and forty-third, of outcomes that run against an event's
#: own words
LATER_TARGET_SHARES[42] = {"negative": (0.38, 0.47), "neutral": (0.10, 0.16),
                           "positive": (0.40, 0.49)}
LATER_TARGET_SHARES[43] = {"negative": (0.38, 0.47), "neutral": (0.09, 0.15),
                           "positive": (0.41, 0.50)}
#: the forty-fourth, of the same kinds beside more names merely placed, a fifth neutral
LATER_TARGET_SHARES[44] = {"negative": (0.35, 0.44), "neutral": (0.17, 0.24),
                           "positive": (0.36, 0.45)}
#: and the forty-fifth, its check, with more places merely named
LATER_TARGET_SHARES[45] = {"negative": (0.33, 0.42), "neutral": (0.24, 0.31),
                           "positive": (0.31, 0.40)}
#: the forty-eighth, of leaders in an aside, plans ended past a comma, criticism that died
#: down, arrears paid and rescues of a name, about a third each
LATER_TARGET_SHARES[48] = {"negative": (0.31, 0.38), "neutral": (0.30, 0.37),
                           "positive": (0.28, 0.35)}
#: and the forty-ninth, its check, with more names merely placed
LATER_TARGET_SHARES[49] = {"negative": (0.26, 0.32), "neutral": (0.35, 0.42),
                           "positive": (0.29, 0.36)}


@pytest.mark.parametrize("which", LATER_TARGET_SETS)
def test_the_later_target_sets_are_their_spans_and_balanced(which: int) -> None:
    labelled = unseen_sentiment.labelled(which)
    least_sentences, least_targets, most = LATER_TARGET_SIZES[which]
    labels = _labels(labelled, most=most)
    total = sum(labels.values())
    assert len(labelled) >= least_sentences
    assert total >= least_targets
    shares = LATER_TARGET_SHARES[which]
    assert all(shares[label][0] <= labels[label] / total <= shares[label][1]
               for label in LABELS), labels
    # each target is found again by its span, so no two of a sentence share one
    for sentence in labelled:
        spans = [(t["start"], t["end"]) for t in sentence["targets"]]
        assert len(set(spans)) == len(spans), sentence["text"]
    texts = [sentence["text"] for sentence in labelled]
    assert len(set(texts)) == len(texts)
    earlier = ({s["text"] for s in unseen_sentiment.sentences()}
               | {s["text"] for s in unseen_sentiment.labelled(3)}
               | {s["text"] for s in unseen_sentiment.second_set()["sentences"]})
    for before in LATER_TARGET_SETS[: LATER_TARGET_SETS.index(which)]:
        earlier |= {s["text"] for s in unseen_sentiment.labelled(before)}
    assert not earlier & set(texts)


#: the editorial sets written after the first two (``--set`` numbers), in order
LATER_EDITORIAL_SETS = (5, 7, 9, 11, 14, 17, 19, 21, 23, 25)
#: each later editorial set's shortest and longest paragraph, in words (the fourteenth,
#: seventeenth, nineteenth, twenty-first and twenty-third were written to 70 to 170
#: words, the twenty-fifth to 90 to 170)
LATER_EDITORIAL_WORDS = {5: (60, 150), 7: (60, 150), 9: (60, 150), 11: (60, 150),
                         14: (70, 170), 17: (70, 170), 19: (70, 170), 21: (70, 170),
                         23: (70, 170), 25: (90, 170)}


@pytest.mark.parametrize("which", LATER_EDITORIAL_SETS)
def test_the_later_editorials_are_rated_over_the_whole_scale(which: int) -> None:
    rated = unseen_sentiment.rated(which)
    ratings = [item["rating"] for item in rated]
    assert len(rated) >= 40
    assert all(isinstance(r, int) and -4 <= r <= 4 for r in ratings)
    assert set(ratings) == set(range(-4, 5))
    shortest, longest = LATER_EDITORIAL_WORDS[which]
    assert all(shortest <= len(item["text"].split()) <= longest for item in rated)
    texts = [item["text"] for item in rated]
    assert len(set(texts)) == len(texts)
    earlier = ({e["text"] for e in unseen_sentiment.editorials()}
               | {e["text"] for e in unseen_sentiment.second_set()["editorials"]})
    for before in LATER_EDITORIAL_SETS[: LATER_EDITORIAL_SETS.index(which)]:
        earlier |= {e["text"] for e in unseen_sentiment.rated(before)}
    assert not earlier & set(texts)


@pytest.mark.parametrize(("which", "floor"), [
    (5, THIRD_EDITORIAL_R), (7, FOURTH_EDITORIAL_R), (9, FIFTH_EDITORIAL_R),
    (11, SIXTH_EDITORIAL_R), (14, SEVENTH_EDITORIAL_R), (17, EIGHTH_EDITORIAL_R),
    (19, NINTH_EDITORIAL_R), (21, TENTH_EDITORIAL_R), (23, ELEVENTH_EDITORIAL_R),
])
def test_the_later_editorials_meet_the_floor_and_beat_the_peer(
        enricher: limner.Enricher, which: int, floor: float) -> None:
    result = unseen_sentiment.score_editorials(which, enricher)
    ours, peer = result["limner"], result["vaderSentiment"]
    assert result["editorials"] >= 40
    assert ours["editorial_r"] >= floor, result["misses"]
    assert ours["editorial_r"] > peer["editorial_r"]


def test_the_twelfth_editorials_meet_the_floor(enricher: limner.Enricher) -> None:
    # the twenty-fifth set is read below vaderSentiment's compound (0.413): its letters,
    # leaders and columns argue in words the lexicons read in other senses (irony, a
    # subject named by a rated noun, "the ban"), so only the floor is held
    result = unseen_sentiment.score_editorials(25, enricher)
    assert result["editorials"] >= 40
    assert result["limner"]["editorial_r"] >= TWELFTH_EDITORIAL_R, result["misses"]


@pytest.mark.parametrize(("which", "size", "f1", "accuracy"), [
    (3, 220, TARGETS_2_F1, TARGETS_2_ACCURACY),
    (4, 270, TARGETS_3_F1, TARGETS_3_ACCURACY),
    (6, 270, TARGETS_4_F1, TARGETS_4_ACCURACY),
    (8, 270, TARGETS_5_F1, TARGETS_5_ACCURACY),
    (10, 330, TARGETS_6_F1, TARGETS_6_ACCURACY),
    (12, 140, TARGETS_7_F1, TARGETS_7_ACCURACY),
    (13, 160, TARGETS_8_F1, TARGETS_8_ACCURACY),
    (15, 200, TARGETS_9_F1, TARGETS_9_ACCURACY),
    (16, 200, TARGETS_10_F1, TARGETS_10_ACCURACY),
    (18, 170, TARGETS_11_F1, TARGETS_11_ACCURACY),
    (20, 160, TARGETS_12_F1, TARGETS_12_ACCURACY),
    (22, 160, TARGETS_13_F1, TARGETS_13_ACCURACY),
    (24, 160, TARGETS_14_F1, TARGETS_14_ACCURACY),
    (26, 130, TARGETS_15_F1, TARGETS_15_ACCURACY),
    (27, 195, TARGETS_16_F1, TARGETS_16_ACCURACY),
    (28, 85, TARGETS_17_F1, TARGETS_17_ACCURACY),
    (29, 210, TARGETS_18_F1, TARGETS_18_ACCURACY),
    (30, 95, TARGETS_19_F1, TARGETS_19_ACCURACY),
    (31, 220, TARGETS_20_F1, TARGETS_20_ACCURACY),
    (32, 110, TARGETS_21_F1, TARGETS_21_ACCURACY),
    (33, 200, TARGETS_22_F1, TARGETS_22_ACCURACY),
    (34, 100, TARGETS_23_F1, TARGETS_23_ACCURACY),
    (35, 168, TARGETS_24_F1, TARGETS_24_ACCURACY),
    (36, 84, TARGETS_25_F1, TARGETS_25_ACCURACY),
    (37, 101, TARGETS_26_F1, TARGETS_26_ACCURACY),
    (38, 191, TARGETS_27_F1, TARGETS_27_ACCURACY),
    (39, 108, TARGETS_28_F1, TARGETS_28_ACCURACY),
    (40, 127, TARGETS_29_F1, TARGETS_29_ACCURACY),
    (41, 69, TARGETS_30_F1, TARGETS_30_ACCURACY),
    (42, 109, TARGETS_31_F1, TARGETS_31_ACCURACY),
    (43, 59, TARGETS_32_F1, TARGETS_32_ACCURACY),
    (44, 97, TARGETS_33_F1, TARGETS_33_ACCURACY),
    (45, 59, TARGETS_34_F1, TARGETS_34_ACCURACY),
    (48, 101, TARGETS_35_F1, TARGETS_35_ACCURACY),
    (49, 62, TARGETS_36_F1, TARGETS_36_ACCURACY),
])
def test_the_later_target_sets_meet_the_floors_and_beat_the_peer(
        enricher: limner.Enricher, which: int, size: int, f1: float, accuracy: float) -> None:
    result = unseen_sentiment.score_targets(which, enricher)
    ours, peer = result["limner"], result["vaderSentiment"]
    assert result["targets"] == ours["targets"] == peer["targets"] >= size
    assert ours["macro_f1"] >= f1, result["misses"]
    assert ours["accuracy"] >= accuracy, result["misses"]
    assert ours["macro_f1"] > peer["macro_f1"]
    assert ours["accuracy"] > peer["accuracy"]
    assert set(ours["recall"]) == set(peer["recall"]) == set(LABELS)
    assert all(0.0 <= r <= 1.0 for r in ours["recall"].values())


def test_each_target_is_scored_with_its_own_label_whatever_order_it_is_listed_in(
        enricher: limner.Enricher) -> None:
    # the document stores targets in the order of their offsets: a sentence listing its
    # targets otherwise must still give each target its own label, as when scored alone
    text = ('Residents told the Courier that Dundee City Council had been "brilliant" since '
            "the flood.")
    targets = [{"surface": s, "start": text.index(s), "end": text.index(s) + len(s)}
               for s in ("Dundee City Council", "Courier")]
    alone = [unseen_sentiment.limner_labels(enricher, {"text": text, "targets": [t]})[0]
             for t in targets]
    assert alone[0] != alone[1]
    assert unseen_sentiment.limner_labels(enricher, {"text": text, "targets": targets}) == alone
    assert unseen_sentiment.limner_labels(
        enricher, {"text": text, "targets": targets[::-1]}) == alone[::-1]


#: the forty-sixth set's editorials (``--set 46``, development data for the writer's
#: calls): r -0.226 when first measured, before 2026-12-07's calls (vaderSentiment
#: -0.257), -0.060 after them: most of its paragraphs tell their stance against the words
#: of the events they recount
STANCE_EDITORIAL_R = -0.10
#: the forty-seventh set's (``--set 47``, a check of the calls, not read for misses): r
#: 0.176 when first measured, after them (0.156 before them; vaderSentiment 0.148)
STANCE_CHECK_EDITORIAL_R = 0.15
#: the editorial sets whose texts the forty-sixth and forty-seventh sets' writer had read,
#: which they are checked against for duplicates
READ_EDITORIAL_SETS = (5, 7, 17, 21, 25)


@pytest.mark.parametrize("which", [46, 47])
def test_the_stance_editorials_are_short_and_rated_over_the_whole_scale(which: int) -> None:
    rated = unseen_sentiment.rated(which)
    ratings = [item["rating"] for item in rated]
    assert len(rated) >= 30
    assert all(isinstance(r, int) and -4 <= r <= 4 for r in ratings)
    assert set(ratings) == set(range(-4, 5))
    # four to eight sentences each
    assert all(4 <= len(re.findall(r"[.!?](?:\s|$)", item["text"])) <= 8 for item in rated)
    texts = [item["text"] for item in rated]
    assert len(set(texts)) == len(texts)
    earlier = {e["text"] for e in unseen_sentiment.editorials()} | {
        e["text"] for e in unseen_sentiment.second_set()["editorials"]
    }
    for before in (*READ_EDITORIAL_SETS, *range(46, which)):
        earlier |= {e["text"] for e in unseen_sentiment.rated(before)}
    assert not earlier & set(texts)


@pytest.mark.parametrize(("which", "floor"), [
    (46, STANCE_EDITORIAL_R), (47, STANCE_CHECK_EDITORIAL_R)])
def test_the_stance_editorials_meet_the_floor_and_beat_the_peer(
    enricher: limner.Enricher, which: int, floor: float
) -> None:
    result = unseen_sentiment.score_editorials(which, enricher)
    ours, peer = result["limner"], result["vaderSentiment"]
    assert ours["editorial_r"] >= floor, result["misses"]
    assert ours["editorial_r"] > peer["editorial_r"]
