"""Verdicts told in set phrases (limner_sentiment.phrases): found as one unit, replacing
their words' ratings in the sentence and document scores, and judging."""

from __future__ import annotations

import pytest

import limner
from limner_sentiment.aggregate import marks
from limner_sentiment.annotator import label
from limner_sentiment.lexicon import load as lexicon
from limner_sentiment.phrases import (
    _UNIT_WORDS,
    FLAT_PHRASES,
    PHRASES,
    REPORTS,
    SETBACKS,
    anchor,
    anchors,
    apply,
    expand,
    find,
    table,
)
from limner_sentiment.scorer import score_sentences

ENRICHER = limner.Enricher(["sentiment"])


def _w(text: str) -> list[str]:
    """A sentence's words as the scorer's cleaned text splits them (lower case, a
    period left on the last)."""
    return text.split()


def _scores(text: str) -> tuple[float, list[tuple[float, list[list[object]]]]]:
    doc = ENRICHER.enrich(text)
    found = list(doc.select("sentiment"))
    (document,) = [a for a in found if a.get("scope") == "document"]
    sentences = [(a.get("score"), a.get("drivers")) for a in found
                 if a.get("scope") == "sentence"]
    return document.get("score"), sentences


#: A label as a sign.
_SIGNS = {"positive": 1, "neutral": 0, "negative": -1}


def _sign(score: float) -> int:
    """The label the plugin gives a document score (``annotator.label``), as a sign."""
    return _SIGNS[label(score)]


def test_a_pattern_expands_each_alternative_into_a_phrase() -> None:
    assert expand("{falls|fell} short") == ["falls short", "fell short"]
    assert expand("{leaves|left} {much|a lot} to be desired") == [
        "leaves much to be desired", "leaves a lot to be desired",
        "left much to be desired", "left a lot to be desired"]
    assert expand("tour de force") == ["tour de force"]


def test_every_phrase_is_rated_on_the_lexicons_scale_and_lower_case() -> None:
    assert len(PHRASES) > 100
    for pattern, rating in PHRASES.items():
        assert 0 < abs(rating) <= 4, pattern
        for phrase in expand(pattern):
            assert phrase == phrase.lower() and "  " not in phrase, phrase
    # the table holds every expanded phrase under its anchor and the word next to it,
    # longest first
    for key, phrases in table().items():
        lengths = [len(words) for words, _, _, _, _ in phrases]
        assert lengths == sorted(lengths, reverse=True)
        for words, k, _, _, _ in phrases:
            if "<" in key:
                assert key == f"{words[k]}<{words[k - 1]}" or key == f"{words[k]}.<{words[k - 1]}"
            elif ">" in key:
                assert k == 0 and key == f"{words[0]}>{words[1]}"
            else:
                assert words == (key.rstrip("."),)


def test_a_phrase_is_anchored_on_its_longest_word_the_last_of_the_longest() -> None:
    assert anchor(("can", "of", "worms")) == 2
    assert anchor(("last", "straw")) == 1
    assert anchor(("falls", "short")) == 1
    assert anchor(("breath", "of", "fresh", "air")) == 0
    # the common words of news open no search
    assert anchors().isdisjoint({"last", "can", "out", "back", "the", "of"})
    # a contest's verb and a standing's word are units of their own readings, passed over
    # by find's table look-up: no phrase is anchored on one
    keys = {key.partition("<")[0].partition(">")[0] for key in table()}
    assert keys.isdisjoint(_UNIT_WORDS)


def test_find_reads_a_phrase_with_a_sentence_end_period_and_none_inside_a_longer_one() -> None:
    words = ["the", "plan", "falls", "short."]
    assert find(words) == [(2, 4, "falls short", -1.5)]
    # "step in the right direction" holds "right direction": one phrase, not two
    words = ["it", "is", "a", "step", "in", "the", "right", "direction"]
    assert [p for _, _, p, _ in find(words)] == ["step in the right direction"]
    # a one-word phrase at the sentence's end keeps its period in the scorer's words
    assert [p for _, _, p, _ in find(_w("it was a masterstroke."))] == ["masterstroke"]
    assert find(_w("the council met on tuesday")) == []
    # a phrase broken by an inserted word is not read
    assert find(_w("it falls so badly short")) == []


def test_find_is_linear_in_the_sentence() -> None:
    # a long sentence of anchors: each is compared with the few phrases built on it,
    # on the words they span, and a phrase found is stepped over
    words = _w("short " * 5000 + "falls short")
    assert find(words) == [(5000, 5002, "falls short", -1.5)]
    words = _w("falls short " * 2000)
    assert len(find(words)) == 2000


def test_a_phrase_replaces_its_words_ratings() -> None:
    # "a recipe for disaster" is one verdict, not the word "disaster" (VADER's -3)
    words = ["this", "plan", "is", "a", "recipe", "for", "disaster"]
    hits = [(6, "disaster", -3.0)]
    kept, change, verdict = apply(words, hits) or ([], 0.0, False)
    assert kept == [(4, "recipe for disaster", PHRASES["*recipe for {disaster|chaos|trouble}"])]
    assert change == pytest.approx(-2.5 - -3.0)
    assert verdict
    # a hit outside the phrase stands
    words = ["a", "missed", "opportunity", "and", "a", "sad", "day"]
    kept, change, _ = apply(words, [(2, "opportunity", 0.5), (5, "sad", -1.5)]) or (
        [], 0.0, False)
    assert kept == [(1, "missed opportunity", -1.5), (5, "sad", -1.5)]
    assert change == pytest.approx(-1.5 - 0.5)
    assert apply(_w("prices fell after the loss"), [(4, "loss", -1.0)]) is None


def test_a_phrase_is_negated_weighed_around_but_and_not_rated_under_a_claim() -> None:
    scalar = lexicon().negation_scalar
    kept, _, _ = apply(_w("it is not a step in the right direction"), []) or ([], 0.0, False)
    assert kept == [(4, "step in the right direction", pytest.approx(1.5 * scalar))]
    # what precedes "but" weighs half, what follows one and a half times
    kept, _, _ = apply(_w("they deserve credit but the results fall short"), []) or (
        [], 0.0, False)
    assert kept == [(1, "deserve credit", 0.75), (6, "fall short", -2.25)]
    assert apply(_w("the app was supposed to be a game changer"), []) is None


def test_going_far_enough_is_a_verdict_only_when_denied() -> None:
    scalar = lexicon().negation_scalar
    assert find(_w("the bill does not go far enough")) == [
        (4, 7, "go far enough", pytest.approx(2.0 * scalar))]
    assert find(_w("the rally has gone far enough")) == []


def test_paying_off_a_debt_is_no_verdict() -> None:
    assert [p for _, _, p, _ in find(_w("the gamble paid off."))] == ["paid off"]
    assert [p for _, _, p, _ in find(_w("the gamble paid off for the club"))] == [
        "paid off"]
    assert find(_w("the firm paid off its debts")) == []
    assert find(_w("she will pay off the loan")) == []
    assert find(_w("they paid off 2bn of debt")) == []


@pytest.mark.parametrize(("text", "sign"), [
    ("The new budget falls short.", -1),
    ("The council's housing plan leaves much to be desired.", -1),
    ("The stadium deal is a recipe for disaster.", -1),
    ("The redesign was a missed opportunity.", -1),
    ("The apology came too little, too late.", -1),
    ("The reform does not go far enough.", -1),
    ("The reform is a step in the right direction.", 1),
    ("The new coach has been a breath of fresh air.", 1),
    ("The scheme goes a long way towards fixing the backlog.", 1),
    ("The gamble paid off.", 1),
    ("The investment is a shot in the arm for the town.", 1),
    ("The minister deserves credit for the deal.", 1),
])
def test_a_sentence_holding_a_verdict_phrase_scores_the_phrases_way(text: str, sign: int) -> None:
    document, _ = _scores(text)
    assert document * sign > 0.05


def test_the_phrase_is_a_driver_of_its_sentence() -> None:
    # "missed" and "opportunity" are VADER's words: the phrase replaces them
    _, sentences = _scores("The redesign was a missed opportunity.")
    ((score, drivers),) = sentences
    assert score < -0.05
    assert [w for w, _ in drivers] == ["missed opportunity"]


def test_a_sentence_holding_a_verdict_phrase_judges() -> None:
    text = "Rents rose again this year. The plan falls short."
    spans = [(0, 26), (27, len(text))]
    lows: list[list[str] | None] = []
    scored = score_sentences(text, spans, None, None, lows)
    hits = [list(s.hits) for s in scored]
    # no copula before the phrase: judging by the words alone, it does not judge
    assert marks(text, spans, scored, lows, hits) == ([], [])
    assert marks(text, spans, scored, lows, hits, [1]) == ([], [1])
    # and it weighs as a judging sentence does in the document
    with_report, _ = _scores("The plan falls short. Rents rose in March. Buses ran late.")
    alone, _ = _scores("The plan falls short.")
    assert with_report < 0 and alone < 0


def test_a_flat_phrase_drops_its_words_ratings_and_is_no_verdict() -> None:
    # "valued" is VADER's praise (cherished); "valued at" names a price
    words = _w("the firm was valued at 2bn.")
    kept, change, verdict = apply(words, [(3, "valued", 1.9)]) or ([], 0.0, True)
    assert kept == [] and change == pytest.approx(-1.9) and not verdict
    # beside a verdict, the verdict counts and the sentence judges
    words = _w("the plan was valued at 2bn but falls short")
    kept, _, verdict = apply(words, [(3, "valued", 1.9)]) or ([], 0.0, False)
    assert [w for _, w, _ in kept] == ["falls short"] and verdict
    # every flat phrase is found, and none is rated
    for pattern in FLAT_PHRASES:
        for phrase in expand(pattern):
            text = phrase.replace("*", "")
            assert [(p, r) for _, _, p, r in find(_w(f"it was {text} x"))] == [(text, 0.0)]


@pytest.mark.parametrize(("flat", "plain"), [
    ("The company was valued at three times the price.",
     "The company was sold at three times the price."),
    ("They approved it on the strength of a plan.", "They approved it on the basis of a plan."),
    ("The road was rebuilt at great expense.", "The road was rebuilt at public expense."),
    ("It is one of the last wetlands of its kind.", "It is one of the last wetlands in Europe."),
    ("Fans can be forgiven for doubting the club.", "Fans took to doubting the club."),
    ("Bills have risen by well over inflation.", "Bills have risen by over inflation."),
    ("Owners argue that the rule costs them trade.", "Owners say that the rule costs them trade."),
    ("The meters will empty the street. Yours faithfully, a shopkeeper.",
     "The meters will empty the street. From a shopkeeper."),
    ("Yours sincerely, J. Patel", "From J. Patel"),
    ("She is survived by her husband and two sons.", "She leaves her husband and two sons."),
    ("Kenya won the toss and chose to bat.", "Kenya called the coin and chose to bat."),
])
def test_a_flat_phrase_scores_as_its_plain_wording(flat: str, plain: str) -> None:
    assert _scores(flat)[0] == pytest.approx(_scores(plain)[0], abs=0.002)


def test_a_letters_closing_formula_has_no_tone_but_the_adverb_keeps_its_own() -> None:
    # VADER rates "faithfully" and "sincerely" as praise: a letter that objects and signs
    # off "Yours faithfully" is no warmer for it, but "sincerely" in a clause is the
    # writer's own word
    letter = "The closure is a mistake. Yours faithfully."
    signed, _ = _scores(letter)
    assert signed < 0
    assert signed == pytest.approx(_scores("The closure is a mistake. From a reader.")[0],
                                   abs=0.002)
    assert _scores("Yours faithfully.")[1] == [(0.0, [])]
    assert _scores("Yours truly.")[0] == 0.0
    assert _scores("I sincerely hope it opens.")[0] > _scores("I hope it opens.")[0]


def test_a_sentence_holding_a_flat_phrase_alone_does_not_judge() -> None:
    # "was valued" judged by VADER's "valued" after a copula; "valued at" is a price: the
    # sentence neither moves the document nor weighs as a verdict against the report
    text = "The firm was valued at 2bn. Shares fell after the loss."
    spans = [(0, 27), (28, len(text))]
    lows: list[list[str] | None] = []
    scored = score_sentences(text, spans, None, None, lows)
    read = apply(lows[0] or [], list(scored[0].hits))
    assert read is not None and read[0] == [] and not read[2]
    assert _scores(text)[0] == _scores("The firm sold for 2bn. Shares fell after the loss.")[0]


def test_an_obituarys_survivors_and_a_coin_toss_are_no_news_of_their_own() -> None:
    # "survived" is VADER's praise (+2.3) and "won" its win (+2.7): in these formulas
    # nobody survived a harm and nothing was won
    assert _scores("She is survived by her husband and three children.")[0] == 0.0
    assert _scores("Pakistan won the toss and chose to bat.")[0] == 0.0
    assert _scores("Pakistan lost the toss.")[0] == 0.0
    # the words keep their sense elsewhere
    assert _scores("She survived the crash.")[0] > 0
    assert _scores("Pakistan won the match.")[0] > 0
    assert _scores("Pakistan won the toss but lost the match.")[0] < 0


@pytest.mark.parametrize(("text", "sign"), [
    # a win told through the side, with its result after the verb: the subject won
    ("Corvan Rovers thrashed Kessler Town 48-7 in Dublin.", 1),
    ("Corvan Rovers thrashed Kessler Town by nine wickets.", 1),
    ("Corvan Rovers edged out Kessler Town 14-12 at home.", 1),
    ("The Kestrels crushed Kessler Town 71-3 in Toulouse.", 1),
    ("Corvan Rovers stunned Kessler Town on penalties.", 1),
    ("Corvan Rovers came from behind to beat Kessler Town 3-2.", 1),
    # in the passive, or the score right after the participle, the subject lost
    ("Corvan Rovers were thrashed by Kessler Town in Centurion.", -1),
    ("Corvan Rovers were thoroughly outplayed.", -1),
    ("We ended up getting hammered 42-6.", -1),
    ("Corvan Rovers were knocked out of the cup by Kessler Town.", -1),
    ("Corvan Rovers crashed out of the cup at Kessler Town.", -1),
    ("Corvan Rovers were held to a goalless draw by Kessler Town.", -1),
    # a plain report, and the verbs in other senses: no result
    ("Corvan Rovers beat Kessler Town 2-1 at home.", 0),
    ("Corvan Rovers defeated Kessler Town 2-1 at home.", 0),
    ("The deal was hammered out on Thursday night.", 0),
    ("The storm hammered the coast on Sunday.", 0),
    ("Prices edged higher in March.", 0),
    ("The meeting was held in a hall on Monday.", 0),
    ("Corvan Rovers held Kessler Town to a draw.", 0),
    ("The suspect was knocked down by a van.", 0),
])
def test_a_contests_result_is_read_for_the_side_that_tells_it(text: str, sign: int) -> None:
    (document,) = [a for a in ENRICHER.enrich(text).select("sentiment")
                   if a.get("scope") == "document"]
    score, drivers = document.get("score"), [w for w, _ in document.get("drivers")]
    verbs = {"thrashed", "edged", "crushed", "stunned", "beat", "outplayed", "hammered",
             "knocked", "crashed", "held", "defeated"}
    if sign:
        assert _sign(score) == sign and not verbs.isdisjoint(drivers)
    else:
        assert verbs.isdisjoint(drivers)


def test_a_contests_result_is_no_verdict_and_leaves_the_target_model_as_it_was() -> None:
    words = _w("corvan rovers thrashed kessler town 48-7.")
    read = apply(words, [])
    assert read is not None
    kept, change, verdict = read
    assert [w for _, w, _ in kept] == ["thrashed"] and change > 0 and not verdict
    # "defeated" in a plain report: VADER's rating dropped, nothing counts instead
    words = _w("corvan rovers defeated kessler town 2-1.")
    read = apply(words, [(2, "defeated", -2.1)])
    assert read is not None and read[0] == [] and read[1] == pytest.approx(2.1)
    # "were crushed": VADER's rating stands, no unit of a result
    assert find(_w("corvan rovers were crushed 6-0 by kessler town.")) == []
    # the scorer's valences, which the target model reads, are VADER's as before
    (scored,) = score_sentences("Leeds defeated Norwich 2-0.", [(0, 27)])
    assert [(w, v) for _, w, v in scored.hits] == [("defeated", lexicon().valence["defeated"])]


def test_a_contests_result_is_negated_as_a_word_is() -> None:
    # "thrash" is no verb of a result in the list (its base form names none): nothing read
    assert find(_w("corvan rovers did not thrash kessler town 2-1.")) == []
    # a plain report stays one
    assert [r for _, _, _, r in find(_w("corvan rovers never beat kessler town 2-1."))] == [0.0]
    # a negation among the three words before a win turns it, as VADER turns a word
    ((_, _, _, won),) = find(_w("they were able to beat kessler town 2-1."))
    ((_, _, _, denied),) = find(_w("they were not able to beat kessler town 2-1."))
    assert won > 0 > denied


@pytest.mark.parametrize(("text", "sign"), [
    # a rating changed, whatever the rating given
    ("Analysts at Corvan upgraded Kessler to overweight.", 1),
    ("Analysts at Corvan downgraded Kessler to hold.", -1),
    ("The agency upgraded the country's credit rating to investment grade.", 1),
    # a rating of three capitals is no elongated word: the sentence is read
    ("The agency downgraded the country's credit rating to BBB.", -1),
    ("The agency upgraded the country's credit rating to AAA.", 1),
    # a place in a ranking, and what the ranking measures is its name, no tone
    ("Corvania fell 12 places in the press freedom index.", -1),
    ("Corvania rose five places in the happiness index.", 1),
    ("The university climbed the rankings to 15th place.", 1),
    ("Corvania slipped to 40th in the competitiveness ranking.", -1),
    # the same words in other senses, or a change not told as done: nothing read
    ("Forecasters downgraded the storm to a tropical depression.", 0),  # no rating
    ("The table was laid for dinner.", 0),
    ("The runners took their places at the start.", 0),
    ("Corvania could rise five places in the rankings.", 0),  # a forecast: no "rise"
    # a company's shares and a market's close: no standing's unit (the shares are read
    # by the rule of a change, scorer._changed, as one word; the close by the events)
    ("Shares in Corvan Holdings slumped 12% on Monday.", 0),
    ("The Kessler index closed 1.2% higher on Wednesday.", 0),
])
def test_a_standing_is_read_as_a_change_of_a_thing_good_for_its_owner(
    text: str, sign: int
) -> None:
    (document,) = [a for a in ENRICHER.enrich(text).select("sentiment")
                   if a.get("scope") == "document"]
    score = document.get("score")
    units = [w for w, _ in document.get("drivers") if " " in w]
    if sign:
        assert _sign(score) == sign and units
    else:
        assert not units


def test_a_standing_is_no_verdict_and_its_unit_holds_the_rankings_name() -> None:
    words = _w("corvania fell 12 places in the press freedom index.")
    read = apply(words, [(6, "press", 0.2), (7, "freedom", 2.2)])
    assert read is not None
    kept, change, verdict = read
    assert kept == [(1, "fell 12 places in the press freedom index", -1.5)]
    assert change == pytest.approx(-1.5 - 2.4) and not verdict
    # the scorer's valences, which the target model reads, are as before
    (scored,) = score_sentences("Corvania fell 12 places in the press freedom index.", [(0, 51)])
    assert [w for _, w, _ in scored.hits] == ["freedom"]


def test_a_standing_is_turned_only_by_a_negation_right_before_its_verb() -> None:
    ((_, _, _, fell),) = find(_w("corvania has fallen ten places."))
    ((_, _, _, denied),) = find(_w("corvania has not fallen ten places."))
    assert fell < 0 < denied
    # a negation in a title before the verb is another clause's (the cleaned words keep
    # no comma)
    ((_, _, _, slipped),) = find(_w("grief never grows old slipped four places to number eight."))
    assert slipped < 0


@pytest.mark.parametrize(("text", "sign"), [
    ("The cyclist was discharged from hospital on Friday.", 1),
    ("The actor was released from hospital after a week.", 1),
    ("The singer has been discharged after treatment for pneumonia.", 1),
    ("A teenager is in a critical condition in hospital.", -1),
    ("The driver is in a serious condition.", -1),
    ("Three people remain in a critical but stable condition.", -1),
    ("The woman is in a stable condition in hospital.", 0),
    # no patient's state
    ("The company released a statement on Friday.", 0),
])
def test_a_patients_state_is_read_as_the_hospital_tells_it(text: str, sign: int) -> None:
    assert _sign(_scores(text)[0]) == sign


def test_a_patients_state_is_no_verdict() -> None:
    read = apply(_w("the man was discharged from hospital."), [])
    assert read is not None and read[1] > 0 and not read[2]
    read = apply(_w("she is in a critical condition."), [(4, "critical", -1.1)])
    assert read is not None and read[1] < 0 and not read[2]
    assert REPORTS and all(p not in PHRASES for p in REPORTS)


@pytest.mark.parametrize(("text", "sign"), [
    # a penalty or a setback told in a set phrase, no lexicon word: the subject's harm
    ("Lloyds TSB was fined £10m by the Financial Services Authority.", -1),
    ("The landlord has been fined £30,000 for renting out damp flats.", -1),
    ("Arsenal midfielder Patrick Vieira was sent off in the second half.", -1),
    ("Striker Wayne Rooney was dropped from the England squad.", -1),
    ("The winger has been axed from the side for Saturday's game.", -1),
    # the active, and other senses: no harm of the subject
    ("The regulator fined the bank on Tuesday.", 0),
    ("The club sent off the forms on Tuesday.", 0),
    ("Prices dropped from 5 dollars to 3 dollars.", 0),
    # a confidence vote: its result is the verb's, "confidence" none
    ("The government lost a confidence vote in parliament on Tuesday.", -1),
    ("The opposition called a confidence vote for Tuesday.", 0),
])
def test_a_setback_told_in_a_set_phrase_is_read_as_one(text: str, sign: int) -> None:
    assert _sign(_scores(text)[0]) == sign


def test_a_setback_is_no_verdict() -> None:
    read = apply(_w("the bank was fined by the regulator."), [])
    assert read is not None and read[1] < 0 and not read[2]
    assert SETBACKS and all(p not in PHRASES and p not in REPORTS for p in SETBACKS)
