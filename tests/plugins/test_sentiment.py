"""Tests of the sentiment plugin: each rule, agreement with vaderSentiment, the document score,
explanations, targets (with stand-in plugins and with the real ones on the seed article),
laws on arbitrary text, and correlation with human ratings on the vader-sentiment corpora."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from typing import ClassVar

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

import limner
from limner.testing import check_plugin, nasty_texts, news_texts, texts
from limner_sentiment import aggregate
from limner_sentiment.aggregate import (
    BACKGROUND,
    FORECAST,
    FORECAST_WORDS,
    JUDGING_VERBS,
    WINDOW,
    backgrounded,
    before_now,
    cited,
    combine,
    document,
    forecasts,
    fronted,
    hit_drivers,
    judges,
    marks,
    opens_turn,
    pooled_drivers,
    top_drivers,
)
from limner_sentiment.lexicon import (
    CHOSEN,
    NEWS,
    NEWS_WORDS,
    build,
    learned_weights,
    load,
    vader_valence,
)
from limner_sentiment.scorer import (
    _ELONGATED,
    _triple_letter,
    normalize,
    prepare_text,
    score_sentence,
    score_sentences,
    using,
)
from limner_sentiment.tone import sentence_shares
from tests.plugins.support import evaluated

ENRICHER = limner.Enricher(["sentiment"])


def s(text: str) -> float:
    """The sentence score of ``text``."""
    return score_sentence(text).score


def sentiments(doc: limner.Document, scope: str) -> list[limner.Annotation]:
    return [a for a in doc.select("sentiment") if a.get("scope") == scope]


def document_score(text: str) -> float:
    doc = ENRICHER.enrich(text)
    assert not doc.errors, doc.errors
    (found,) = sentiments(doc, "document")
    assert found.score is not None
    return found.score


# -- the lexicon -------------------------------------------------------------------


def test_lexicon_is_read_from_the_vadersentiment_package() -> None:
    shipped = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text("utf-8")
    rows = dict(line.split("\t")[:2] for line in shipped.splitlines() if "\t" in line)
    vader = vader_valence()
    assert vader["good"] == float(rows["good"]) == 1.9
    assert vader["horrible"] == float(rows["horrible"])
    assert len(vader) >= len(rows) - 10  # only the chat-code numbers are left out
    assert "143" in rows and "143" not in vader
    with using(build({})):
        assert load().valence == vader


def test_learned_valences_stay_close_to_the_human_ratings() -> None:
    """The fitted lexicon: VADER's words only, each keeps its sign and moves at most 70%;
    the shipped lexicon is VADER's words and the news words, idiom and verbs of one chosen
    that VADER lacks."""
    vader, learned, lex = vader_valence(), learned_weights(), load()
    assert learned and set(learned) <= set(vader)
    idiom = {w: v for w, v in NEWS.items() if w not in vader}
    assert set(lex.valence) == set(vader) | set(NEWS_WORDS) | set(idiom) | set(CHOSEN)
    assert set(NEWS_WORDS).isdisjoint(vader) and set(CHOSEN).isdisjoint(vader)
    assert all(lex.valence[w] == v for w, v in (NEWS_WORDS | idiom | CHOSEN).items())
    # a word VADER rates keeps VADER's rating (or its learned one), not the idiom's
    assert lex.valence["hailed"] == learned.get("hailed", vader["hailed"])
    for word, value in learned.items():
        assert lex.valence[word] == value
        assert value * vader[word] > 0
        assert abs(value - vader[word]) <= 0.7 * abs(vader[word]) + 1e-3
    unchanged = [w for w in vader if w not in learned]
    assert all(lex.valence[w] == vader[w] for w in unchanged)


@pytest.fixture
def vader_valences() -> Iterator[None]:
    """Score with VADER's own valences: the rules are checked against vaderSentiment."""
    with using(build({})):
        yield


# -- sentence rules ----------------------------------------------------------------


def test_positive_and_negative_words() -> None:
    assert s("The food was good.") > 0
    assert s("The food was horrible.") < 0
    assert s("The meeting is on Tuesday.") == 0.0


def test_negation_flips_and_stops_at_a_clause_break() -> None:
    assert s("The food was not good.") < 0 < s("The food was good.")
    assert s("It isn't a horrible book.") > 0
    assert s("It isn’t a horrible book.") > 0  # curly apostrophe, as news prints it
    # "not" belongs to the first clause; "happily" to the second
    assert s("He did not come happily.") < 0 < s("He did not come, happily.")


def test_boosters_and_dampeners() -> None:
    assert s("The film was very good.") > s("The film was good.") > s("The film was somewhat good.")
    assert s("The film was extremely bad.") < s("The film was bad.")


def test_contrast_makes_what_follows_weigh_more() -> None:
    scored = score_sentence("The food was good but the service was terrible.")
    weights = {w: v for _, w, v in scored.hits}
    assert weights["good"] == pytest.approx(0.5 * load().valence["good"])
    assert weights["terrible"] == pytest.approx(1.5 * load().valence["terrible"])
    assert scored.score < 0
    assert s("However, the acting is dreadful.") < s("The acting is dreadful.") < 0


def test_yet_counts_as_contrast_only_at_the_head_of_a_clause() -> None:
    assert s("It was slow, yet it was brilliant.") > s("It was slow and it was brilliant.")
    assert s("The best is yet to come.") == pytest.approx(s("The best is to come."), abs=0.05)


def test_concession_weighs_less_than_the_main_clause() -> None:
    assert s("Although the film is beautiful, it is boring.") < 0
    assert s("The film is beautiful, although it is boring.") > 0


def test_capitals_emphasise_only_when_they_stand_out() -> None:
    assert s("The food was GOOD and the wine fine.") > s("The food was good and the wine fine.")
    # a headline in capitals is not shouting
    assert s("GOOD NEWS FOR ALL") == pytest.approx(s("good news for all"))


def test_exclamation_marks_amplify() -> None:
    assert s("The film was good!") > s("The film was good.") > 0
    assert s("The film was bad!") < s("The film was bad.") < 0


def test_names_are_not_sentiment() -> None:
    assert s("She met Hope Smith at the airport.") == 0.0
    assert s("I hope it works.") > 0
    assert s("Hope is all we have.") > 0  # the first word of a sentence is not a name


def test_news_senses_of_lexicon_words_are_neutral() -> None:
    assert s("Countries like Pakistan signed.") == 0.0
    assert s("I like Pakistan.") > 0
    assert s("The health care bill passed.") == 0.0
    assert s("The Armenian forces engaged in provocations.") == 0.0
    assert s("86 people were counted.") == 0.0  # numbers are amounts, not chat codes
    # "share" and "shares" as nouns of the markets, after a determiner, a possessive or a
    # number, or before what shares do, are no praise; the verb keeps its sense (shares
    # that a change names are read as a good that rises or falls: see
    # test_a_companys_shares_rise_and_fall_as_a_good_thing)
    assert s("Its shares fell sharply on the news.") < 0
    assert s("The company's shares plunged.") < 0
    assert s("Its shares were listed in London.") == 0.0
    assert s("He bought 500 shares in the bank.") == 0.0
    assert s("Apple's market share slipped.") == 0.0
    assert s("We share their hopes.") > 0
    assert s("She did not share his joy.") < 0


@pytest.mark.parametrize(
    ("text", "word", "rated"),
    [
        # names of things: the market's, the economy's, medicine's, sport's, politics'
        ("WTI crude slipped 1.2% as US stockpiles grew.", "crude", False),
        ("Nigeria's crude exports recovered in the second quarter.", "crude", False),
        ("He apologised for his crude remarks about the referee.", "crude", True),
        ("Gross domestic product shrank by 0.3% between July and September.", "gross", False),
        ("The inquiry found gross negligence by the contractor.", "gross", True),
        ("Volunteers at a breast cancer charity in Adelaide ran 100 km.", "cancer", False),
        ("The Tata Memorial's cancer specialists will train staff in Nagpur.", "cancer", False),
        ("She was diagnosed with cancer at the age of 41.", "cancer", True),
        ("The new unit will free beds in critical care across the county.", "critical", False),
        ("The miner wants to sell critical minerals to Japanese buyers.", "critical", False),
        ("Two children remain in a critical condition in hospital.", "critical", True),
        ("The governor's campaign war chest has topped $40m.", "war", False),
        ("The tribunal will hear evidence of war crimes in Darfur.", "war", True),
        ("Kenyan officials laid wreaths at the Nairobi war memorial.", "war", False),
        ("Mendy saved a penalty from Salah in the first half.", "penalty", False),
        ("Sharks were awarded a penalty try in the 70th minute.", "penalty", False),
        ("Prosecutors will seek the death penalty.", "penalty", True),
        ("The opener's strike rate in the IPL was 152.", "strike", False),
        ("Rail unions called off the strike on Friday.", "strike", True),
        ("Leeds signed an attacking midfielder from Benfica.", "attacking", False),
        ("He was jailed for attacking a bus driver in Croydon.", "attacking", True),
        ("Fire crews from three stations tackled the blaze in Ballarat.", "fire", False),
        ("The building caught fire shortly after midnight.", "fire", True),
        ("Ticket sales for the final in Sydney broke records.", "broke", False),
        ("Kipchoge broke the world record in Berlin.", "broke", False),
        ("The MP broke the rules on second jobs, a watchdog found.", "broke", True),
        ("The retailer's results were beating forecasts in every region.", "beating", False),
        ("Two men were charged over the beating of a teenager in Soweto.", "beating", True),
        ("Cheaper fares have arrested the slide in passenger numbers.", "arrested", False),
        ("Police arrested three men after the raid.", "arrested", True),
        # the phrase's last word ends the sentence
        ("Markets fell after the Bank of Canada raised interest rates.", "interest", False),
        ("Amazon's cloud unit was again beating estimates.", "beating", False),
        # a clause break ends the phrase
        ("The warehouse caught fire, crews at the scene said.", "fire", True),
        ("Investors lost interest, rates traders said.", "interest", True),
        # a phrase that names a bad turn keeps it: the other word loses its rated sense
        ("The brewer's profit warning wiped 9% off its value.", "profit", False),
        ("The brewer's profit warning wiped 9% off its value.", "warning", True),
        ("Annual profit rose 11% to 4.2bn rand.", "profit", True),
        # institutions and schemes: a trust, a benefit, a party, relief, care
        ("The ambulance trust said crews were under pressure all weekend.", "trust", False),
        ("Her grandfather set up a trust fund for her education.", "trust", False),
        ("Public trust in the police has fallen.", "trust", True),
        ("Disability benefits will rise by 6.7% from April.", "benefits", False),
        ("Benefit claimants in Wales will be paid early over Christmas.", "benefit", False),
        ("The scheme's benefits outweigh its costs, the report said.", "benefits", True),
        ("Goa's state benefits from tourism more than any other in India.", "benefits", True),
        ("All parties signed the ceasefire in Addis Ababa.", "parties", False),
        ("The warring parties met in Jeddah on Saturday.", "parties", False),
        ("Street parties were held across the town for the coronation.", "parties", True),
        ("Small firms will get tax relief on new machinery.", "relief", False),
        ("There was relief in Galway as the floodwater receded.", "relief", True),
        ("Staff at the care home in Bolton were praised by inspectors.", "care", False),
        ("The nurses showed great care.", "care", True),
        ("A tropical depression brought heavy rain to Queensland.", "depression", False),
        ("Rates of depression have risen among teenagers.", "depression", True),
        # a deal struck, a historic building, a thing sanctioned: not a blow, a turning
        # point, a penalty; a possessive and an auxiliary stand between as a determiner
        ("The two firms struck a deal on Monday.", "struck", False),
        ("A deal was struck after talks in Nairobi.", "struck", False),
        ("A deal has been struck.", "struck", False),
        ("The storm struck the coast overnight.", "struck", True),
        ("Talks to strike a balance on rents resume.", "strike", False),
        ("The historic pier will be closed for repairs.", "historic", False),
        ("He faces charges of historic abuse.", "historic", False),
        ("Ireland recorded a historic victory in Chicago.", "historic", True),
        ("The ministry sanctioned funds for new classrooms.", "sanctioned", False),
        ("The council sanctioned the union's request for a ballot.", "sanctioned", False),
        ("The regulator sanctioned the bank for breaching the rules.", "sanctioned", True),
        ("Kipchoge broke the club's record in Berlin.", "broke", False),
        ("Mendy saved Salah's penalty in the first half.", "penalty", False),
        ("Kipyegon broke her own world record in Paris.", "broke", False),
        # a penalty, an amount's noun; a cut in a rate
        ("The regulator imposed a £5m fine on the bank.", "fine", False),
        ("He was handed a fine of 500 rupees.", "fine", False),
        ("The fine imposed on the firm was small.", "fine", False),
        ("The weather will be fine and dry.", "fine", True),
        ("Traders gave up hopes of an early rate cut.", "cut", False),
        # a central bank's cut of a rate: no wound, no loss, as its rise is no gain
        ("The Federal Reserve cut interest rates by a quarter point.", "cut", False),
        ("The central bank cut its key rate to 1%.", "cut", True),
        ("The bank is cutting rates again.", "cutting", False),
        ("The central bank slashed interest rates to 0.5%.", "slashed", False),
        ("The firm slashed 4,000 jobs.", "slashed", True),
        # a test's result
        ("The sprinter tested positive for a banned substance.", "positive", False),
        ("The outlook for exports is positive.", "positive", True),
        # a field of policy or of the law; an offence committed
        ("He was the national security adviser for a year.", "security", False),
        ("Security officials met in Abuja on Monday.", "security", False),
        ("The new locks gave families a sense of security.", "security", True),
        ("He was charged with obstruction of justice.", "justice", False),
        ("The families finally got justice.", "justice", True),
        ("The councillor declared a conflict of interest.", "interest", False),
        ("The jury found he had committed fraud.", "committed", False),
        ("She is committed to the project.", "committed", True),
    ],
)
def test_news_senses_named_in_the_table_are_neutral(text: str, word: str, rated: bool) -> None:
    """A lexicon word in a news phrase of the tables is not scored; elsewhere it is."""
    words = [w for _, w, _ in score_sentence(text).hits]
    assert (word in words) is rated, (word, words)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("The captain said he could not be happier.", 1),
        ("The service could not have been better.", 1),
        ("I couldn't be more pleased with the result.", 1),
        ("The food could not have been worse.", -1),
        ("It can't be worse than this.", -1),
    ],
)
def test_nothing_could_be_more_is_the_most_not_its_opposite(text: str, sign: int) -> None:
    """A comparative after "could not be" says the most there is: vaderSentiment
    negates it ("could not be happier" negative)."""
    assert s(text) * sign > 0
    plain = text.replace("could not", "could").replace("couldn't", "could").replace("can't", "can")
    assert abs(s(text)) >= abs(s(plain)) * 0.99  # as strong as without "not", or more
    assert SentimentIntensityAnalyzer().polarity_scores(text)["compound"] * sign < 0


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("The new budget is hardly inspiring.", -1),
        ("The plan is scarcely fair.", -1),
        ("There were hardly any problems.", 1),
        ("The result could hardly be better.", 1),  # nothing could be more, as "not"
    ],
)
def test_hardly_says_not(text: str, sign: int) -> None:
    """vaderSentiment reads "hardly" and "scarcely" as dampeners: "hardly inspiring"
    is positive there."""
    assert s(text) * sign > 0, s(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("The plan is far from perfect.", -1),
        ("That is far from the truth.", -1),
        ("It was far from being perfect.", -1),
        ("The result was far from a disaster.", 1),
    ],
)
def test_far_from_says_not(text: str, sign: int) -> None:
    assert s(text) * sign > 0, s(text)
    assert SentimentIntensityAnalyzer().polarity_scores(text)["compound"] * sign < 0


def test_far_as_a_booster_or_a_distance_is_no_negation() -> None:
    assert s("It is by far the best plan.") > 0
    assert s("So far, so good.") > 0


def test_a_comparative_negated_outside_could_not_be_stays_negated() -> None:
    assert s("He was not happier after the move.") < 0
    assert s("The results could not be called better.") < 0  # not "could not be better"


@pytest.mark.parametrize(
    "text",
    [
        "Patients deserve better.",
        "Britain really does deserve far better.",
        "Ministers must do better.",
        "He should have done better.",
        "As a nation, we have to do better.",
    ],
)
def test_better_owed_is_a_shortfall(text: str) -> None:
    """What is owed falls short of what is: vaderSentiment reads "better" as praise."""
    assert s(text) < 0
    assert SentimentIntensityAnalyzer().polarity_scores(text)["compound"] > 0


@pytest.mark.parametrize(
    "text",
    [
        "We can do better.",  # a hope
        "I hope to do better next time.",
        "He would do better than most.",  # a comparison
        "Few have done better.",
        "She felt better.",
    ],
)
def test_better_hoped_or_compared_stays_better(text: str) -> None:
    assert s(text) > 0


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Yet it is hard to love.", -1),
        ("The design is hard to fault.", 1),
        ("It was impossible to dislike him.", 1),
    ],
)
def test_hard_to_says_not_so(text: str, sign: int) -> None:
    """"Hard to love" is not lovable, "hard to fault" faultless: vaderSentiment reads the
    word after "hard to" as it is."""
    assert s(text) * sign > 0
    assert SentimentIntensityAnalyzer().polarity_scores(text)["compound"] * sign < 0


def test_hard_to_with_nothing_rated_after_it_keeps_its_difficulty() -> None:
    # "hard to read", "difficult to use": the difficulty is the judgement
    assert s("The manual is hard to read.") < 0
    # where a rated word follows, it is that word's negation that judges
    assert s("The new model is difficult to recommend.") < 0
    assert SentimentIntensityAnalyzer().polarity_scores(
        "The new model is difficult to recommend.")["compound"] == 0


@pytest.mark.parametrize(
    "text",
    [
        "No one was hurt.",
        "Nobody has been seriously injured.",
        "None of the passengers was injured.",
        "No buildings were damaged.",
        "There were no reports of damage or injuries.",
        "The study found no evidence of harm.",
    ],
)
def test_what_none_did_is_negated(text: str) -> None:
    """A subject of none says the harm did not happen: vaderSentiment reads it (and
    "no" itself) as bad news."""
    assert s(text) > 0
    assert SentimentIntensityAnalyzer().polarity_scores(text)["compound"] < 0


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # what follows the clause, or a subject of none with no auxiliary, is not negated
        ("Nobody was hurt, but the damage was severe.", ("damage", "severe")),
        ("No one expected such a terrible result.", ("terrible",)),
        # a clause that "of" opens is no thing there was none of; "No 10" is a name
        ("The bank gave no details of how the records disappeared.", ("disappeared",)),
        ("No 10 was cautious.", ("no", "cautious")),
        # a noun the scorer reads after "no" takes the negation itself
        ("There is no lack of confidence in the team.", ("confidence",)),
        ("Their success is down to hard work.", ("success",)),  # "down to" what is owed
    ],
)
def test_none_did_reaches_only_its_predicate(text: str, words: tuple[str, ...]) -> None:
    from limner_sentiment.lexicon import load

    hits = {w.rstrip("."): v for _, w, v in score_sentence(text).hits}
    assert all(hits[w] * load().valence[w] > 0 for w in words), hits


def test_emoji_and_emoticons_use_the_lexicon() -> None:
    assert s("We won 😀") > s("We won")
    assert s("Great day :)") > s("Great day")
    assert s("Lost again :(") < s("Lost again")


def test_non_english_text_is_neutral_unless_it_shares_lexicon_words() -> None:
    assert s("Das ist sehr gut und schön.") == 0.0
    assert s("مرحبا بالعالم") == 0.0
    assert s("C'est super!") > 0  # "super" is an English lexicon word


def test_elongated_words_read_as_the_word_they_stretch() -> None:
    assert s("sooo goood") > 0
    assert s("sooo goood") == pytest.approx(s("so good"))


def test_html_entities_are_decoded() -> None:
    assert s("I &lt;3 it") == pytest.approx(s("I <3 it"))
    assert s("I <3 it") > 0


# -- agreement with vaderSentiment -------------------------------------------------

# Sentences on which limner chooses VADER's own rules (see docs/plugins/sentiment.md).
SAME_RULES = [
    "VADER is smart, handsome, and funny.",
    "VADER is smart, handsome, and funny!",
    "The book was good.",
    "At least it isn't a horrible book.",
    "The book was only kind of good.",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "Today SUX!",
    "Make sure you :) or :D today!",
    "Not bad at all",
    "Sentiment analysis has never been good.",
    "Sentiment analysis has never been this good!",
    "Most automated sentiment analysis tools are shit.",
    "With VADER, sentiment analysis is the shit!",
    "Other sentiment analysis tools can be quite bad.",
    "On the other hand, VADER is quite bad ass",
    "Roger Dodger is one of the most compelling variations on this theme.",
    "Roger Dodger is at least compelling as a variation on the theme.",
    "Roger Dodger is one of the least compelling variations on this theme.",
    "The weather is terrible and the trains are late.",
    "I am so happy today.",
    "There is no hope.",
    "The results were really great.",
    "He barely survived the crash.",
    "We are not happy about the decision.",
    "What a wonderful surprise!!",
    "Why is this so hard??",
]


@pytest.mark.usefixtures("vader_valences")
@pytest.mark.parametrize("text", SAME_RULES)
def test_agrees_with_vadersentiment_where_the_rules_are_the_same(text: str) -> None:
    vader = SentimentIntensityAnalyzer().polarity_scores(text)["compound"]
    assert s(text) == pytest.approx(vader, abs=1e-4)


# Where limner deliberately differs, and in which direction (each listed in the docs).
DIFFERENCES: list[tuple[str, Callable[[float, float], bool]]] = [
    ("Countries like Pakistan sent aid.", lambda ours, vader: ours == 0 < vader),
    ("She met Hope Smith at the airport.", lambda ours, vader: ours == 0 < vader),
    ("86 people were counted.", lambda ours, vader: ours == 0 > vader),
    ("He did not come, happily.", lambda ours, vader: ours > 0 > vader),
    # a booster does not reach across a comma: "very" no longer lifts "handsome"
    ("VADER is very smart, handsome, and funny.", lambda ours, vader: 0 < ours < vader),
    ("It was slow, yet it was brilliant.", lambda ours, vader: ours > vader),
    ("Although the film is beautiful, it is boring.", lambda ours, vader: ours < 0 < vader),
    ("It isn’t a horrible book.", lambda ours, vader: ours > 0 > vader),
    ("The film was great—the best this year.", lambda ours, vader: ours > vader),
    # what falls turns: a fall of something bad is good news, of something good bad news
    ("Unemployment fell sharply.", lambda ours, vader: ours > 0 > vader),
    ("Profits fell.", lambda ours, vader: ours < 0 < vader),
]


@pytest.mark.usefixtures("vader_valences")
@pytest.mark.parametrize(("text", "expected"), DIFFERENCES)
def test_documented_differences_from_vadersentiment(
    text: str, expected: Callable[[float, float], bool]
) -> None:
    vader = SentimentIntensityAnalyzer().polarity_scores(text)["compound"]
    assert expected(s(text), vader), (s(text), vader)


# -- changes: what rises and what falls ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Unemployment fell to 4 percent.", 1),
        ("Violent crime has fallen sharply.", 1),
        ("Crime rates have dropped.", 1),
        ("Tensions eased after the talks.", 1),
        ("The scheme reduced child poverty.", 1),
        ("The government plans to cut poverty by half.", 1),  # an infinitive is a verb
        ("Regular walking cut the risk of depression.", 1),  # a measure "of" a thing
        ("The results dented confidence.", -1),
        ("Poverty was reduced by a third.", 1),
        ("There was a sharp fall in violent crime.", 1),
        ("Losses narrowed in the third quarter.", 1),
        ("Profits fell 20 percent.", -1),
        ("Confidence slumped in May.", -1),
        ("Support for the government declined.", -1),
        ("Trust among voters fell.", -1),
        ("Profits at the chain fell by a fifth.", -1),  # the head before "at"
        # the head found over a phrase of up to three words after its preposition
        ("Losses at the state-owned rail operator narrowed.", 1),
        ("Trust in the new city council fell.", -1),
        ("The ban on exports to France was lifted.", 1),
        ("Growth slowed to 1 percent.", -1),
        ("The death toll rose to 40.", -1),
        ("An increase in crime worried residents.", -1),
    ],
)
def test_what_falls_turns_and_what_rises_keeps_its_tone(text: str, sign: int) -> None:
    assert s(text) * sign > 0, s(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # to stop a bad thing is good news, a good thing bad news: stopping is a fall
        ("The strike was called off.", 1),
        ("Rail unions called off the strike on Friday.", 1),
        # a determiner is not one of the three words that name what is stopped
        ("The union called off the planned rail strike.", 1),
        ("The ban was scrapped in May.", 1),
        ("The festival was called off.", -1),
        ("Organisers cancelled the festival.", -1),
        # to keep a thing from happening is the same
        ("The late deal averted a crisis.", 1),
        ("The storm turned east, sparing the town the worst.", 1),  # a participle's clause
        # a court's undoing, and the particle that names what is undone
        ("The court overturned the ban.", 1),
        ("The former minister was acquitted of all corruption charges.", 1),
        # the one acquitted between the verb and its "of"
        ("A jury cleared the nurse of all charges.", 1),
        ("The court acquitted him of murder.", 1),
        # a conviction's "for" names the charge undone, active or passive
        ("The court quashed his conviction for murder.", 1),
        ("His conviction for fraud was overturned.", 1),
        ("The bank's losses wiped out its profit.", -1),
        ("The court struck down the ban.", 1),
        # a verb's base form after "to" or a modal
        ("A patient approach will avoid a painful reversal.", 1),
        ("The plan aims to reduce child poverty.", 1),
        ("Ministers want to scrap the ban.", 1),
        ("They will cancel the festival.", -1),
        ("Bushfire warnings were downgraded.", 1),
        ("The IMF downgraded its growth forecast.", -1),
    ],
)
def test_what_is_stopped_turns_as_what_falls(text: str, sign: int) -> None:
    assert s(text) * sign > 0, s(text)


def test_an_of_after_the_one_acquitted_undoes_only_a_charge() -> None:
    """"Cleared the former head of the charity" names whom, not a charge: the charity's
    praise stays."""
    assert s("The jury cleared the former head of the charity.") > 0


@pytest.mark.parametrize(
    ("text", "control"),
    [
        # the "from" after a guarding verb and the "of" after an acquittal are found by one
        # search: over a name's abbreviation ("Jr.") as over the name without it
        ("Firefighters saved John Smith Jr. from the fire.",
         "Firefighters saved John Smith from the fire."),
        ("The jury acquitted John Smith Jr. of fraud.",
         "The jury acquitted John Smith of fraud."),
    ],
)
def test_a_name_ending_in_an_abbreviation_is_one_object_before_of_or_from(
    text: str, control: str
) -> None:
    assert s(text) == pytest.approx(s(control), abs=1e-4), (s(text), s(control))
    assert s(text) > 0


@pytest.mark.parametrize(
    ("text", "control"),
    [
        ("He was called a liar.", "He was named a liar."),  # no particle: no change
        # a passive stop: what follows it is no object
        ("The trial was halted after patients suffered.",
         "The trial was paused after patients suffered."),
    ],
)
def test_what_a_stop_does_not_name_keeps_its_tone(text: str, control: str) -> None:
    assert s(text) == pytest.approx(s(control), abs=1e-4), (s(text), s(control))


def test_a_conjunction_ends_what_a_change_names() -> None:
    hits = {w.rstrip("."): v for _, w, v in score_sentence(
        "The firm cut bonuses after protests.").hits}
    assert hits["bonuses"] < 0 < -hits["protests"], hits  # the bonuses fall, not the protests


@pytest.mark.parametrize(
    "lost",
    [
        "Singapore's airport lost its title as the world's best to Doha.",
        "She lost her place as the best player in the squad.",
        "The city loses its crown as Europe's happiest capital.",
    ],
)
def test_a_standing_lost_turns_the_praise_it_names(lost: str) -> None:
    assert sentence_score(lost) < 0, score_sentence(lost)


@pytest.mark.parametrize(
    ("text", "word", "sign"),
    [
        # "as" after no standing is a time or a reason, not what was lost
        ("They lost two games as the side struggled.", "struggled", -1),
        ("He lost weight as his health improved.", "improved", 1),
        # the verb of a loss ends no group of another change: a loss avoided
        ("They tried to avoid losing the best voters.", "losing", 1),
    ],
)
def test_a_loss_of_no_standing_turns_nothing_after_it(text: str, word: str, sign: int) -> None:
    hits = {w.rstrip("."): v for _, w, v in score_sentence(text).hits}
    assert hits[word] * sign > 0, hits


@pytest.mark.parametrize(
    ("changed", "plain"),
    [
        # a rise keeps the tone of what rises; the verb of the change is not read for itself
        ("Unemployment increased.", "Unemployment."),
        ("The death toll rose.", "The death toll."),
        ("An increase in crime.", "Crime."),
        # a verb with the particle of a stop is no blow, whatever it stops
        ("The scheme was struck down.", "The scheme was."),
        ("The court struck down the electoral scheme.", "The court the electoral scheme."),
    ],
)
def test_a_change_is_not_rated_for_itself(changed: str, plain: str) -> None:
    assert s(changed) == pytest.approx(s(plain), abs=1e-4)


@pytest.mark.parametrize(
    ("text", "control"),
    [
        ("Unemployment did not fall.", "Unemployment did not go."),  # a negated change
        ("They fall in love every summer.", "They stay in love every summer."),  # idiom
        ("It is a perfect fall afternoon.", "It is a perfect summer afternoon."),  # season
        # "down" and "up" not after a copula are no change
        ("The crisis let the brave staff down.", "The crisis let the brave staff go."),
        ("Violence flared up in the north.", "Violence flared in the north."),
    ],
)
def test_a_change_that_is_no_change_turns_nothing(text: str, control: str) -> None:
    """The same sentence with a word of no change in place of the change's word scores
    the same: nothing was turned."""
    assert s(text) == pytest.approx(s(control), abs=1e-4), (s(text), s(control))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("There is a clear cut hero here.", "hero"),  # an adjective
        ("The director's cut delights fans.", "delights"),  # a noun
        ("He looked ill at ease sharing praise.", "praise"),  # a noun
        ("Come on, cut the nonsense.", "nonsense"),  # a bid at a clause's head
        # a level's word that qualifies a noun, or that nothing reaches, is no level
        ("They sold the flats at low prices.", "low"),
        ("It was the lowest point of his career.", "lowest"),
        ("At his lowest ebb he could barely walk.", "lowest"),  # an idiom's noun
        # a level after a comma with no rise or fall before it keeps its rating
        ("He scored 12 points, the lowest of his career.", "lowest"),
    ],
)
def test_a_word_of_change_that_is_no_verb_turns_nothing(text: str, word: str) -> None:
    from limner_sentiment.lexicon import load

    hits = {w.rstrip("."): v for _, w, v in score_sentence(text).hits}
    assert hits[word] * load().valence[word] > 0, hits


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # what reaches a low has fallen, what reaches a high has risen
        ("Violent crime is at a record low.", 1),
        ("Unemployment hit a 50-year low.", 1),
        ("Confidence has dropped to a two-decade low.", -1),
        ("Support for the government is at its lowest point since 1990.", -1),
        ("Profits are at a record high.", 1),
        # "down" and "up" after a copula are a fall and a rise
        ("Accidents are down.", 1),
        ("Crime is down 10% on last year.", 1),
        ("Profits were down 5%.", -1),
        ("Violence was up sharply.", -1),
    ],
)
def test_a_level_reached_is_a_fall_or_a_rise(text: str, sign: int) -> None:
    assert s(text) * sign > 0, s(text)


@pytest.mark.parametrize(
    ("changed", "plain"),
    [
        # the level measures the change: neither it nor the verb before it has a tone
        ("Unemployment fell to a record low.", "Unemployment fell."),
        ("The number of smokers has fallen to a record low of 8%.", "The number of smokers."),
        ("Arrears were at their lowest level since 2008.", "Arrears fell."),
        # a level after a comma that measures the rise or fall before it
        ("Unemployment fell to 3.9%, the lowest since 1969.", "Unemployment fell."),
        ("Crime fell by a third, its lowest level since records began.", "Crime fell."),
        ("Sales fell 8% in May, the lowest in three years.", "Sales in May."),
    ],
)
def test_a_level_is_not_rated_for_itself(changed: str, plain: str) -> None:
    assert s(changed) == pytest.approx(s(plain), abs=1e-4), (s(changed), s(plain))


# -- document score and explanations -----------------------------------------------


def test_document_score_of_one_sentence_is_its_sentence_score() -> None:
    text = "The hospital opened a wonderful new wing."
    (sentence,) = sentiments(ENRICHER.enrich(text), "sentence")
    assert document_score(text) == sentence.score


def test_adjectives_the_lexicon_lacks_give_their_tone_to_the_score() -> None:
    # no word of VADER's lexicon: the scorer's sum is 0; the adjectives' tone is not
    assert s("The plot was predictable and the ending contrived.") == 0.0
    assert document_score("The plot was predictable and the ending contrived.") < 0
    assert document_score("The report was detailed and its case coherent.") > 0
    # a tone-less sentence keeps the scorer's score
    flat = "The council met on Tuesday to discuss the budget."
    assert document_score(flat) == round(s(flat), 4)


def turns_of(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """The sentences that turn on the one before, as the document score reads them: from
    the words the scorer split (:func:`limner_sentiment.aggregate.marks`)."""
    lows: list[list[str] | None] = []
    scored = score_sentences(text, spans, None, None, lows)
    return marks(text, spans, scored, lows)[0]


def test_a_sentence_opening_with_but_turns_on_the_one_before() -> None:
    # as "but" turns within a sentence: what precedes weighs 0.5, what follows 1.5
    two = document_score("Critics praised the cast. But audiences hated the ending.")
    one = document_score("Critics praised the cast, but audiences hated the ending.")
    assert two == one < document_score("Critics praised the cast. Audiences hated the ending.")
    text = "It rained. However, the fans came. Still, it was cold. Butter ran out. Yet more."
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
    assert turns_of(text, spans) == [1, 2, 4]  # "Butter" is no "But"
    assert turns_of("But first, the news.", [(0, 20)]) == []  # nothing before to turn on
    assert document([2.0, -1.0], [1]) == combine([1.0, -1.0])
    assert document([2.0, -1.0, 3.0], [1]) == document([1.0, -1.0, 3.0])


@pytest.mark.parametrize("opener", ["Instead,", "Sadly,", "Unfortunately", "Alas,"])
def test_a_sentence_opening_with_a_judgement_turns_on_the_one_before(opener: str) -> None:
    # "The app was praised at launch. Instead, ...": the writer's judgement turns on
    # what came before, as a sentence opening with "But" does
    text = f"The new app was praised at its launch. {opener} it buries the balance."
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
    assert turns_of(text, spans) == [1]
    plain = "The new app was praised at its launch. It buries the balance."
    assert document_score(text) < document_score(plain)


@pytest.mark.parametrize("claim", [
    "The update was supposed to make life easier.",
    "The new rota was meant to give nurses a fair deal.",
    "The promised reforms have not arrived.",
    "The Grill promises fine dining.",
    "The minister promised to cut waiting lists.",
])
def test_a_claim_or_an_expectation_is_no_judgement(claim: str) -> None:
    # what was "supposed to" be and what was promised are cited to be judged
    assert s(claim) == 0.0
    assert SentimentIntensityAnalyzer().polarity_scores(claim)["compound"] > 0


@pytest.mark.parametrize(("text", "sign"), [
    ("We have rarely been prouder to report a story.", 1),
    ("Things have never been better for the club.", 1),
    ("I could not be happier with the result.", 1),
    ("It has never been worse for the town's shops.", -1),
])
def test_never_been_and_a_comparative_says_the_most(text: str, sign: int) -> None:
    # "never been better": the comparative at its most, not negated as VADER reads it
    assert s(text) * sign > 0
    assert s("He was not happier.") < 0  # a plain negation still turns


def test_the_adjectives_tone_reads_claims_and_kind_of_as_the_scorer_does() -> None:
    # Pattern's "fine" in a promise and "kind" in "kind of" are no tone of the writer's
    from limner_sentiment.tone import parts

    assert parts(["the", "grill", "promises", "fine", "dining"]) == []
    assert parts(["a", "particular", "kind", "of", "incompetence"]) == parts(
        ["a", "particular", "sort", "of", "incompetence"])
    assert parts(["the", "grill", "serves", "fine", "dining"])


def test_the_tone_after_a_claim_is_kept() -> None:
    # the next clause, and what follows "the promised" noun, keep their tone
    assert s("The app was supposed to be simple, and it is a disaster.") < 0
    assert s("The promised reforms have been a great success.") > 0
    assert s("Their own promised reforms have been a great success.") > 0
    assert s("The reforms have been a great success.") > 0


@pytest.mark.parametrize(("conceded", "plain", "sign"), [
    ("Whatever the complaints of the losers, the election was fair.",
     "The complaints of the losers, the election was fair.", 1),
    ("While the minister is right about the costs, the plan is a failure.",
     "The minister is right about the costs, the plan is a failure.", -1),
    ("Despite the awful weather, the festival was a joy.",
     "The awful weather, the festival was a joy.", 1),
])
def test_a_concession_at_the_head_of_a_sentence_weighs_less(conceded: str, plain: str,
                                                             sign: int) -> None:
    # what a sentence concedes first weighs less than what it then asserts (``sign``)
    assert s(conceded) * sign > s(plain) * sign
    # "while" inside a sentence is no concession
    assert s("The firm grew while rivals shrank badly.") == s(
        "The firm grew as rivals shrank badly.")


def test_a_sentence_that_judges_weighs_more_than_one_that_reports() -> None:
    # "The plan is brilliant." judges; "Three hundred workers lost their jobs." reports
    doc = ENRICHER.enrich("Three hundred workers lost their jobs. The plan is brilliant.")
    (found,) = sentiments(doc, "document")
    # each sentence's raw sum, from its score (normalize inverted)
    raws = [x.score * math.sqrt(15.0 / (1 - x.score**2)) for x in sentiments(doc, "sentence")]
    assert raws[0] < 0 < raws[1]
    assert found.score == pytest.approx(document(raws, (), (1,)), abs=2e-3)
    assert found.score > document(raws) + 0.05
    assert judges(["the", "plan", "is", "brilliant"], [(3, "brilliant", 2.0)])
    assert not judges(["shares", "fell", "after", "the", "loss"], [(4, "loss", -1.0)])
    # the weights have a mean of 1: a document of one kind scores as before
    assert document([1.0, -2.0, 0.5], (), (0, 1, 2)) == document([1.0, -2.0, 0.5])
    assert document([1.0], (), (0,)) == document([1.0])
    assert document([1.0, -1.0], (), (1,)) == combine([2 / 3, -4 / 3])


def test_a_sentence_judges_by_the_words_of_every_lexicon() -> None:
    # "misguided" is no word of VADER's: AFINN's list (its verdicts) rates it, and the
    # sentence judges by it, as "the plan is brilliant" judges by VADER's word
    text = "Three hundred workers lost their jobs. The plan is misguided."
    spans = [(0, 38), (39, len(text))]
    lows: list[list[str] | None] = []
    prepared = prepare_text(text)
    scored = score_sentences(text, spans, None, prepared, lows)
    hits = [(*r.hits, *shares) for r, shares in zip(
        scored, sentence_shares(prepared, text, spans, None, lows), strict=True)]
    assert not scored[1].hits and [w for _, w, _ in hits[1]] == ["misguided"]
    assert marks(text, spans, scored, lows)[1] == []  # the scorer's words alone
    assert marks(text, spans, scored, lows, hits)[1] == [1]
    # the verdict weighs twice the report, both negative: the document reads it
    raws = [r.raw + sum(w for _, _, w in h[len(r.hits):]) for r, h in zip(scored, hits,
                                                                          strict=True)]
    assert document_score(text) == round(document(raws, (), (1,)), 4)
    assert document_score(text) != round(document(raws), 4)
    # a report with a word of AFINN's does not judge
    assert not judges(["the", "decision", "had", "misguided", "backers"],
                      [(3, "misguided", -0.8)])


class _Counted(list[str]):
    """A sentence's words that count the look-ups of single words made of them."""

    reads = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        if isinstance(key, int):
            type(self).reads += 1
        return super().__getitem__(key)


def _judges_word_by_word(low: list[str], hits: list[tuple[int, str, float]]) -> bool:
    """What judges() says, read word by word as its definition states it."""
    after = cited(low)
    return any(
        low[k] in JUDGING_VERBS and k < after
        for i, _, _ in hits
        for k in range(max(0, i - 3), min(i, len(low)))
    )


_JUDGED_WORDS = ["the", "plan", "is", "was", "seems", "brilliant", "argue", "that", "we",
                 "fell", "loss", "critics"]  # fmt: skip


@given(
    st.lists(st.sampled_from(_JUDGED_WORDS), max_size=12),
    st.lists(st.integers(0, 14), max_size=4),
)
def test_judges_is_its_definition_read_word_by_word(words: list[str], at: list[int]) -> None:
    # (the hits of a sentence split with care, "1,000", may lie past its words)
    hits = [(i, "x", 1.0) for i in sorted(at)]
    assert judges(words, hits) == _judges_word_by_word(words, hits)


def test_a_sentence_without_a_judging_verb_is_not_read_hit_by_hit() -> None:
    # one set test of its words says that no rated word follows a verb of judging
    w = str.split
    _Counted.reads = 0
    low = _Counted(w("shares fell sharply after the loss of a major contract"))
    assert not judges(low, [(2, "sharply", -0.2), (6, "loss", -1.0), (9, "major", 0.3)])
    assert _Counted.reads == 0
    assert judges(_Counted(w("the plan is brilliant")), [(3, "brilliant", 2.0)])
    assert _Counted.reads > 0


def test_a_verdict_in_a_position_others_put_does_not_judge() -> None:
    # "the ban is unfair" judges; after "opponents argue that" it is their position,
    # cited; "we argue that" is the writer's own, and "say" is left to judge
    w = str.split
    verdict = w("the ban is unfair")
    hit = [(3 + 3, "unfair", -1.5)]
    assert judges(verdict, [(3, "unfair", -1.5)])
    assert not judges(w("opponents argue that the ban is unfair"), hit)
    assert not judges(w("ministers decided that the ban is unfair"), hit)
    assert judges(w("we argue that the ban is unfair"), hit)
    assert judges(w("few would say that the ban is unfair"), [(7, "unfair", -1.5)])
    # a verdict before the position is the writer's ("the ban is unfair, as critics
    # claim that it is")
    assert judges(w("the ban is unfair as critics claim that it is"),
                  [(3, "unfair", -1.5)])
    assert cited(w("opponents argue that the ban is unfair")) == 1
    assert cited(verdict) == len(verdict)
    # in a document the cited verdict weighs as a report does
    cites = document_score("Rents rose in March. Landlords argue that the ban is unfair.")
    plain = document_score("Rents rose in March. The ban is unfair.")
    assert cites > plain


@pytest.mark.parametrize(("scene", "sign"), [
    ("After years of neglect and decay, the new clinic is a triumph.", 1),
    ("Amid the grief and the ruin of the town, the volunteers were heroes.", 1),
    ("On a modest budget and after a painful failure, the engineers reached the moon.", 1),
    ("With a cast this wonderful and talented, the film is dull.", -1),
    ("When the river burst its banks and drowned the town, the volunteers were heroes.", 1),
])
def test_a_fronted_phrase_weighs_less_than_what_the_sentence_asserts(scene: str,
                                                                    sign: int) -> None:
    # the phrase before the first comma sets the scene for the clause after it: in the
    # document its words weigh BACKGROUND, the clause's in full; the sentence's own score
    # reads them all
    doc = ENRICHER.enrich(scene)
    (sentence,) = sentiments(doc, "sentence")
    (found,) = sentiments(doc, "document")
    assert (found.score - sentence.score) * sign > 0.1


def fronted_at(sentence: str) -> int:
    """:func:`fronted` of ``sentence``, its words cleaned as the scorer cleans them (its
    punctuation made spaces, in place)."""
    cleaned = sentence.lower().replace(",", " ").replace(".", " ")
    return fronted(cleaned.split(), sentence, cleaned)


def test_what_is_no_fronted_phrase_keeps_its_weight() -> None:
    assert fronted_at("After years of neglect, the new clinic is a triumph.") == 3
    assert fronted_at("(When it rained, the old roof leaked.") == 2
    # no comma; a comma with fewer than two words after it; another first word
    assert fronted_at("After years of neglect the new clinic is a triumph.") == -1
    assert fronted_at("After years of neglect the new clinic is a, triumph.") == -1
    assert fronted_at("The clinic, after years of neglect, is a triumph.") == -1
    # a comma more than FRONTED_WORDS words on closes no phrase: the phrase's is missing
    assert fronted_at("After less than 24 hours it turned out to be a huge disappointment, "
                      "for me and my parents.") == -1
    assert fronted_at("After 24 hours it turned out to be a huge disappointment, "
                      "for me and my parents.") == 10
    # a sentence that opens with no such word, or a fronted phrase without a rated word,
    # is weighed as before
    for text in ("The town, after years of neglect, has a clinic that is a triumph.",
                 "In March, the new clinic was a triumph. After that, it was a disaster.",
                 "However bad the neglect, the new clinic is a triumph."):
        prepared = prepare_text(text)
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
        lows: list[list[str] | None] = []
        scored = score_sentences(text, spans, None, prepared, lows)
        raws = [r.raw for r in scored]
        assert backgrounded(raws, lows, [r.hits for r in scored], text, spans,
                            prepared.cleaned) is raws
    # the phrase's rated words weigh BACKGROUND, the rest (and what no word carries) in full
    text = "After years of neglect, the new clinic is a triumph."
    cleaned = text.lower().replace(",", " ").replace(".", " ")
    raws = backgrounded([1.0], [cleaned.split()], [[(3, "neglect", -2.0), (9, "triumph", 3.0)]],
                        text, [(0, len(text))], cleaned)
    assert raws == [pytest.approx(1.0 - (1.0 - BACKGROUND) * -2.0)]


@pytest.mark.parametrize(("then", "sign"), [
    (("Five years ago, measles was killing children in this province every month. "
      "Today the wards are quiet."), 1),
    (("A decade ago, a farmer who sold a sack of potatoes would wait a week and lose part "
      "of the money. Today the payment arrives on her phone."), 1),
    ("Until recently, the river was a stinking sewer. Now children swim in it.", 1),
    (("Two years ago, the factory was a great success and a source of pride. "
      "Today it stands empty and its workers are idle."), -1),
])
def test_a_sentence_set_before_now_weighs_less_in_the_document(
        then: str, sign: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # a sentence that opens with a time before now, closed by a comma, is the scene the
    # editorial judges the present against: its words weigh BACKGROUND in the document,
    # and the document leans to the present; the sentences' own scores read them all
    doc = ENRICHER.enrich(then)
    (found,) = sentiments(doc, "document")
    scores = [s.score for s in sentiments(doc, "sentence")]
    monkeypatch.setattr(aggregate, "BACKGROUND", 1.0)
    plain = ENRICHER.enrich(then)
    (weighed,) = sentiments(plain, "document")
    assert [s.score for s in sentiments(plain, "sentence")] == scores
    assert (found.score - weighed.score) * sign > 0.05


def before_now_of(sentence: str) -> bool:
    """:func:`before_now` of ``sentence``, its words cleaned as the scorer cleans them."""
    cleaned = sentence.lower().replace(",", " ").replace(".", " ")
    return before_now(cleaned.split(), sentence, cleaned)


def test_what_is_set_before_now() -> None:
    for then in ("Five years ago, measles was killing children.",
                 "A decade ago, a farmer waited a week for his money.",
                 "Not so long ago, the river was a sewer.",
                 "Only three months ago, the plan was in ruins.",
                 "Until now, a trader had to queue for half a day.",
                 "Until recently, the river was a sewer.",
                 "Until lately, nobody came."):
        assert before_now_of(then), then
    # no comma closing the time (the time may be the clause's own), a comma that closes
    # more than the time, "ago" later in the sentence, "until" before another time
    for other in ("Two years ago the council cut the budget.",
                  "A decade ago the river, once clean, was a sewer.",
                  "The council cut the budget two years ago, and the libraries closed.",
                  "The river was clean until two years ago, when the plant opened.",
                  "Until the floods, the town thrived.",
                  "Until now and then, nothing.",
                  "Now, the river is clean."):
        assert not before_now_of(other), other
    # the whole sentence weighs BACKGROUND, a forecast in it a quarter of that, where
    # another sentence tells the present; a sentence not set before now keeps its sum
    then = "A year ago, landlords warned that the ban would empty the bars."
    text = then + " Today the bars are full."
    cleaned = text.lower().replace(",", " ").replace(".", " ")
    spans = [(0, len(then)), (len(then) + 1, len(text))]
    lows = [cleaned[a:b].split() for a, b in spans]
    hits = [[(6, "ban", -1.5), (8, "empty", -1.0), (4, "warned", -0.5)], [(4, "full", 1.0)]]
    raws = backgrounded([-3.0, 1.0], lows, hits, text, spans, cleaned)
    assert raws == [pytest.approx(-3.0 * BACKGROUND + (1.0 - FORECAST) * BACKGROUND * 3.0),
                    1.0]
    text = "Two years ago the council cut the libraries. Today the parks are full."
    cleaned = text.lower().replace(".", " ")
    spans = [(0, 44), (45, len(text))]
    lows = [cleaned[a:b].split() for a, b in spans]
    raws = [-2.0, 1.0]
    assert backgrounded(raws, lows, [[(5, "cut", -2.0)], [(4, "full", 1.0)]], text, spans,
                        cleaned) is raws
    # a document of one sentence has no present to set it off: its sum is kept, and its
    # document score is its sentence's
    then = "Five years ago, measles was killing children."
    cleaned = then.lower().replace(",", " ").replace(".", " ")
    raws = [-2.0]
    assert backgrounded(raws, [cleaned.split()], [[(5, "killing", -2.0)]], then,
                        [(0, len(then))], cleaned) is raws
    doc = ENRICHER.enrich("Five years ago, measles was killing children in the province.")
    (sentence,) = sentiments(doc, "sentence")
    (found,) = sentiments(doc, "document")
    assert found.score == sentence.score < 0


@pytest.mark.parametrize(("told", "sign"), [
    ("Critics warned that paying families would breed waste. The scheme has done well.", 1),
    ("Many feared the worst for the city. The response was good.", 1),
    ("The opening went more smoothly than many had feared, a good start.", 1),
    ("Admirers predicted a triumph and a wonderful success. The show was poor.", -1),
])
def test_a_forecast_others_made_weighs_less_in_the_document(
        told: str, sign: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # the words of a forecast cited to be tested ("critics warned that ...") weigh
    # FORECAST in the document, which then leans to what came; the sentences' own scores
    # read them all
    doc = ENRICHER.enrich(told)
    (found,) = sentiments(doc, "document")
    scores = [s.score for s in sentiments(doc, "sentence")]
    monkeypatch.setattr(aggregate, "FORECAST", 1.0)
    plain = ENRICHER.enrich(told)
    (weighed,) = sentiments(plain, "document")
    assert [s.score for s in sentiments(plain, "sentence")] == scores
    assert (found.score - weighed.score) * sign > 0.05


def words_of(sentence: str) -> tuple[list[str], list[str]]:
    """A sentence's words as written and lower-cased without their punctuation."""
    orig = sentence.split()
    return [w.strip(",.;:").lower() for w in orig], orig


def test_a_forecast_runs_to_its_clauses_end() -> None:
    low, orig = words_of("Critics warned that the plan would fail, but it worked.")
    assert forecasts(low, orig) == [(1, 7)]
    # without the words as written, to a contrast word
    assert forecasts(low, None) == [(1, 7)]
    low, orig = words_of("Many feared the worst and the city braced itself.")
    assert forecasts(low, orig) == [(1, 4)]
    # "than feared": the verb alone
    low, orig = words_of("It went better than feared, and the plan held.")
    assert forecasts(low, orig) == [(4, 5)]
    # at most FORECAST_WORDS words after the verb
    low, orig = words_of("Critics warned " + "very " * 20 + "bad.")
    assert forecasts(low, orig) == [(1, 2 + FORECAST_WORDS)]
    # the writer's own forecast, one taken up, and the passive are none
    for own in ("We warned that the bridge would fail.", "I had feared the worst.",
                "The prisons failed, as its critics warned they would.",
                "The deal is expected to create jobs.", "Nothing was predicted."):
        assert forecasts(*words_of(own)) == [], own
    # two forecasts, each read once
    low, orig = words_of("Some feared ruin; others predicted a boom.")
    assert forecasts(low, orig) == [(1, 3), (4, 7)]


def test_a_forecasts_words_weigh_forecast_in_the_document() -> None:
    text = "Critics warned that the scheme would breed waste, but it worked."
    low, _ = words_of(text)
    cleaned = text.lower().replace(",", " ").replace(".", " ")
    hits = [[(1, "warned", -1.0), (7, "waste", -2.0), (10, "worked", 1.0)]]
    raws = backgrounded([-2.0], [low], hits, text, [(0, len(text))], cleaned)
    assert raws == [pytest.approx(-2.0 + (1.0 - FORECAST) * 3.0)]
    # a fronted phrase's word inside a forecast weighs both BACKGROUND and FORECAST
    text = "After critics warned of ruin, the town thrived."
    low, _ = words_of(text)
    cleaned = text.lower().replace(",", " ").replace(".", " ")
    hits = [[(4, "ruin", -2.0), (7, "thrived", 2.0)]]
    raws = backgrounded([0.0], [low], hits, text, [(0, len(text))], cleaned)
    assert raws == [pytest.approx(0.0 + (1.0 - BACKGROUND * FORECAST) * 2.0)]


def test_a_sentence_of_many_forecasts_is_read_in_linear_time() -> None:
    # each word is read once, however many forecasts a sentence holds
    calls = 0

    class Counting(list[str]):
        def __getitem__(self, k):  # type: ignore[no-untyped-def]
            nonlocal calls
            calls += 1
            return super().__getitem__(k)

    def reads(n: int) -> int:
        nonlocal calls
        calls = 0
        words = ["critics", "warned", "of", "ruin"] * n
        forecasts(Counting(words), None)
        return calls

    assert reads(2000) <= 2.1 * reads(1000)


def test_document_score_does_not_saturate_on_long_articles() -> None:
    article = (
        "The council approved the budget. Residents welcomed the new park. "
        "Critics said the plan was flawed. The vote was held on Monday. "
        "Officials praised the cooperation between the parties."
    )
    one = document_score(article)
    many = document_score(" ".join([article] * 40))
    assert 0 < one < 0.9
    assert 0 < many < 0.9
    # the length of an article is not its tone: a longer one scores as the mean of its
    # sentences
    assert many == pytest.approx(document_score(" ".join([article] * 80)), abs=5e-3)


def test_combine_pools_like_vader_up_to_the_window_then_averages() -> None:
    assert combine([]) == 0.0
    assert combine([2.0]) == pytest.approx(normalize(2.0))
    assert combine([1.0, 1.0, 1.0]) == pytest.approx(normalize(3.0))
    six = combine([1.0] * (2 * WINDOW))
    assert six == pytest.approx(normalize(3.0))
    assert -1.0 <= combine([50.0] * 100) <= 1.0


def test_drivers_explain_the_sentence_score() -> None:
    doc = ENRICHER.enrich("The staff were friendly but the room was dirty.")
    (sentence,) = sentiments(doc, "sentence")
    drivers = dict(sentence.get("drivers"))
    assert set(drivers) == {"friendly", "dirty"}
    assert drivers["dirty"] < 0 < drivers["friendly"]
    assert sentence.score == pytest.approx(normalize(sum(drivers.values())), abs=1e-3)


def test_top_drivers_sum_rank_and_cut() -> None:
    got = top_drivers([("good", 1.0), ("bad", -2.5), ("good", 1.0), ("nice", 0.5)], 2)
    assert got == [["bad", -2.5], ["good", 2.0]]
    assert top_drivers([("up", 1.0), ("up", -1.0)], 5) == []
    assert top_drivers([("good", 1.0)], 0) == []


def _reference_drivers(weights: list[tuple[str, float]], limit: int) -> list[list[object]]:
    total: dict[str, float] = {}
    for word, weight in weights:
        total[word] = total.get(word, 0.0) + weight
    kept = sorted((-abs(round(v, 3)), w, round(v, 3)) for w, v in total.items() if abs(v) >= 0.0005)
    return [[w, r] for _, w, r in kept[: max(0, limit)]]


@given(
    st.lists(
        st.lists(
            st.tuples(
                st.just(0),
                st.sampled_from(["good", "bad", "calm", "war", "hope", "fear", "win"]),
                st.floats(-4, 4).map(lambda v: round(v, 4)) | st.sampled_from([0.0005, -0.0015]),
            ),
            max_size=6,
        ),
        max_size=8,
    ),
    st.integers(0, 7),
)
def test_pooled_drivers_rank_as_if_every_weight_were_rounded(
    runs: list[list[tuple[int, str, float]]], limit: int
) -> None:
    # pooled_drivers rounds only the words that can reach the first `limit`
    weights = [(w, v) for hits in runs for _, w, v in hits]
    assert pooled_drivers(runs, limit) == _reference_drivers(weights, limit)
    for hits in runs:
        assert hit_drivers(hits, limit) == _reference_drivers([(w, v) for _, w, v in hits], limit)


def test_the_annotator_reads_sentence_annotations_when_there_is_no_layer() -> None:
    from limner_sentiment import SentimentAnnotator

    text = "Sales were strong. The outlook is grim. Nobody knows."
    with_layer = limner.Enricher(plugins=[], kinds=["sentence-span"]).enrich(text)
    with_annotations = limner.Enricher(plugins=[], kinds=["sentence"]).enrich(text)
    assert with_annotations.layer("sentence-span") is None
    scores = [
        [(a.scope, a.start, a.end, a.score) for a in SentimentAnnotator()(doc)]
        for doc in (with_layer, with_annotations)
    ]
    assert scores[0] == scores[1] and len(scores[0]) == 3


def test_document_and_sentence_annotations() -> None:
    text = "Sales were strong. The outlook is grim. The report was published today."
    doc = ENRICHER.enrich(text)
    assert not doc.errors
    (document,) = sentiments(doc, "document")
    assert (document.start, document.end) == (0, len(text))
    assert document.get("target") is None
    # the neutral third sentence gets no annotation; the others do
    found = sentiments(doc, "sentence")
    assert [doc.text[a.start : a.end] for a in found] == [
        "Sales were strong.",
        "The outlook is grim.",
    ]
    assert [a.get("drivers")[0][0] for a in found] == ["strong", "grim"]
    assert found[0].score > 0 > found[1].score
    # the sentences come as the segmenter's compact layer, not as annotations
    layer = doc.layer("sentence-span")
    assert layer is not None and len(layer) == 3 and doc.select("sentence") == []
    assert [(a.start, a.end) for a in found] == list(layer)[:2]


def test_options() -> None:
    quiet = limner.Enricher(["sentiment"], config={"sentiment.sentences": False})
    doc = quiet.enrich("The food was good. The room was awful.")
    assert {a.get("scope") for a in doc.select("sentiment")} == {"document"}
    few = limner.Enricher(["sentiment"], config={"sentiment.max_drivers": 1})
    doc = few.enrich("Good, kind and generous people.")
    (document,) = sentiments(doc, "document")
    assert len(document.get("drivers")) == 1
    # the option counts drivers, each a [word, weight] pair (said "words" before)
    with pytest.raises(limner.ConfigError, match=r"max_drivers'?: expected a whole number of "
                       r"drivers \(\[word, weight\] pairs\), 0 or more"):
        limner.Enricher(["sentiment"], config={"sentiment.max_drivers": -1})


def test_empty_and_one_word_documents_have_a_defined_score() -> None:
    for text, sign in [("", 0), ("   ", 0), ("Excellent", 1), ("Terrible", -1), ("Table", 0)]:
        score = document_score(text)
        assert math.copysign(1, score) == sign or (sign == 0 and score == 0.0), (text, score)


def test_the_document_path_equals_the_sentence_scorer() -> None:
    text = (
        "Mr. Smith said the U.S. economy was “very strong”. Critics weren't happy; "
        "they called it a disaster… Still, markets rallied!! See http://x.org :) & more."
    )
    spans = limner.enrich(text, plugins=[], kinds=["sentence"]).select("sentence")
    pairs = [(a.start, a.end) for a in spans]
    assert score_sentences(text, pairs) == [score_sentence(text[a:b]) for a, b in pairs]


@pytest.mark.parametrize("text", [
    # each sentence needs a different path; the others of its document must not be disturbed
    "The plan was good. It cost 1,000 dollars, a fair price. Sooo good! Fine.",
    "Cold,cough and associated discomforts :( The rest was great.",
    "A great day :D Another one. Terrible &amp; sad news. Loved it 😀 today.",
    "@anonymous :) :) :) The weather is nice.",
    "Nice. The goooood film, the baaad film. 20:00 was late; not good.",
])
def test_each_sentence_takes_the_path_it_needs(text: str) -> None:
    spans = limner.enrich(text, plugins=[], kinds=["sentence"]).select("sentence")
    pairs = [(a.start, a.end) for a in spans]
    assert score_sentences(text, pairs) == [score_sentence(text[a:b]) for a, b in pairs]


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="aAbGgo. ,!?:;'\"“”—é&#;ü\n", max_size=60),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=6),
)
def test_spans_scored_from_a_prepared_text_as_on_their_own(
    text: str, pairs: list[tuple[int, int]]
) -> None:
    """Any spans (a quoted speaker's parts of sentences) scored from the document pass's
    cleaning of the text are scored as :func:`score_sentence` scores their text; a
    preparation of another text is not used."""
    spans = [(min(a, b, len(text)), min(max(a, b), len(text))) for a, b in pairs]
    expected = [score_sentence(text[a:b]) for a, b in spans]
    prepared = prepare_text(text)
    assert score_sentences(text, spans, None, prepared) == expected
    assert score_sentences(text, spans, None, prepare_text(text[::-1])) == expected
    for _ in range(2):  # one preparation serves several passes
        words: list[list[str] | None] = []
        assert score_sentences(text, spans, words, prepared) == expected
        assert len(words) == len(spans)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAbBz. é\n'", max_size=40))
def test_triple_letters_found_without_a_regex(text: str) -> None:
    low = text.lower()
    expected = re.search(r"([a-z])\1\1", low) is not None
    assert _triple_letter(low.encode("utf-8", "surrogatepass")) == expected
    if _ELONGATED.search(text) is not None:  # a superset of the careful path's trigger
        assert expected


# -- targets with stand-in plugins -----------------------------------------------------


@attrs.frozen(kw_only=True)
class FakeLocation(limner.Annotation):
    id_prefix: ClassVar[str] = "l"
    kind: str = "location"
    name: str = ""
    geonameid: int | None = None


@attrs.frozen(kw_only=True)
class FakePerson(limner.Annotation):
    id_prefix: ClassVar[str] = "p"
    kind: str = "person"
    name: str = ""


@attrs.frozen(kw_only=True)
class FakeQuote(limner.Annotation):
    id_prefix: ClassVar[str] = "q"
    kind: str = "quote"
    speaker: str | None = None
    speaker_mention: str | None = limner.ref()


class StandIns:
    """Places and speakers found by plain patterns, standing in for the real plugins."""

    PLACES: ClassVar[dict[str, int]] = {"Ruritania": 1, "Ruritanian": 1, "Freedonia": 2}

    @limner.hookimpl
    def limner_annotation_kinds(self) -> list[type[limner.Annotation]]:
        return [FakeLocation, FakePerson, FakeQuote]

    @limner.hookimpl
    def limner_annotators(self, config: limner.Config) -> list[limner.Annotator]:
        return [
            limner.Annotator("stand_in_places", produces=("location",), func=self.places),
            limner.Annotator("stand_in_quotes", produces=("quote", "person"), func=self.quotes),
        ]

    def places(self, doc: limner.Document) -> Iterable[limner.Annotation]:
        names = {1: "Ruritania", 2: "Freedonia"}
        for m in re.finditer(r"\b(?:Ruritanian?|Freedonia)\b", doc.text):
            gid = self.PLACES[m.group()]
            yield FakeLocation(start=m.start(), end=m.end(), name=names[gid], geonameid=gid)

    def quotes(self, doc: limner.Document) -> Iterable[limner.Annotation]:
        for i, m in enumerate(re.finditer(r"“([^”]*)”,? said (Ann Lee)", doc.text)):
            label = f"speaker{i}"
            yield FakePerson(start=m.start(2), end=m.end(2), name="Ann Lee", id=label)
            yield FakeQuote(
                start=m.start(1), end=m.end(1), speaker="Ann Lee", speaker_mention=label
            )
        for m in re.finditer(r"\bLee\b", doc.text):
            if doc.text[max(0, m.start() - 4) : m.start()] != "Ann ":
                yield FakePerson(start=m.start(), end=m.end(), name="Ann Lee")


@pytest.fixture(scope="module")
def with_targets() -> limner.Enricher:
    manager = limner.PluginManager(["sentiment"])
    manager.register(StandIns(), "stand_ins")
    return limner.Enricher(manager=manager)


def targets(enricher: limner.Enricher, text: str) -> dict[str, limner.Annotation]:
    doc = enricher.enrich(text)
    assert not doc.errors, doc.errors
    return {a.get("name"): a for a in sentiments(doc, "target")}


def test_each_place_gets_its_own_side_of_the_sentence(with_targets: limner.Enricher) -> None:
    found = targets(
        with_targets,
        "Ruritania praised the brave volunteers. Freedonia was accused of brutal attacks.",
    )
    assert found["Ruritania"].score > 0 > found["Freedonia"].score
    assert found["Ruritania"].get("mentions") == 1


def test_target_points_at_its_first_mention(with_targets: limner.Enricher) -> None:
    doc = with_targets.enrich("Ruritania won. The Ruritanian team celebrated a great victory.")
    (target,) = sentiments(doc, "target")
    first = doc[target.get("target")]
    assert first.kind == "location" and (first.start, first.end) == (0, 9)
    assert (target.start, target.end) == (first.start, first.end)
    assert target.get("mentions") == 2 and target.get("sentences") == 2
    assert target.score > 0


def test_a_place_named_after_a_preposition_is_peripheral(with_targets: limner.Enricher) -> None:
    text = "Ruritania generously offered a fair peace agreement to Freedonia."
    found = targets(with_targets, text)
    assert found["Ruritania"].score > found["Freedonia"].score > 0


def test_speaker_quotes_are_kept_apart(with_targets: limner.Enricher) -> None:
    found = targets(
        with_targets,
        "“This is a wonderful, happy day for all of us,” said Ann Lee. "
        "Critics called Lee a liar and a fraud.",
    )
    lee = found["Ann Lee"]
    assert lee.get("quoted_score") > 0  # her own words are joyful
    assert lee.score < 0  # what is said about her is not
    assert all(w not in dict(lee.get("drivers")) for w in ("wonderful", "happy"))


def test_no_targets_without_the_plugins_that_find_them() -> None:
    doc = ENRICHER.enrich("Ruritania praised the brave volunteers.")
    assert sentiments(doc, "target") == []


# -- the seed article with the real locations and quotes plugins -------------------


def test_seed_article(seed_text: str) -> None:
    try:
        enricher = limner.Enricher(["sentiment", "locations", "quotes"])
    except limner.LimnerError as exc:  # pragma: no cover - a plugin missing from this checkout
        pytest.skip(f"locations/quotes not available: {exc}")
    doc = enricher.enrich(seed_text)
    assert not [e for e in doc.errors if e.plugin == "sentiment"], doc.errors
    (document,) = sentiments(doc, "document")
    # a commemoration of a victory, with thanks to an ally: positive on the whole
    assert document.score > 0
    places = {a.get("name"): a for a in sentiments(doc, "target")}
    for name in ("Azerbaijan", "Armenia", "Pakistan"):
        assert name in places, sorted(places)
        assert doc[places[name].get("target")].kind == "location"
    # Azerbaijan: it celebrates, liberates, rebuilds and seeks peace.
    assert places["Azerbaijan"].score > 0
    # Armenia: the article accuses it of occupation, war crimes, provocations and of
    # ignoring peace efforts and UN resolutions; the peace offered *to* it is
    # Azerbaijan's deed, not its own: below both; its 16 mentions, some read as
    # neutral facts, pool into a flat mix of low confidence.
    assert places["Armenia"].score < places["Azerbaijan"].score
    assert places["Armenia"].get("confidence") < 0.4
    # Pakistan: a "staunch ally and brotherly nation" thanked for its support.
    assert places["Pakistan"].score > 0
    assert places["Pakistan"].score > places["Armenia"].score
    speakers = {
        a.get("name"): a for a in sentiments(doc, "target") if a.get("quoted_score") is not None
    }
    # the ambassador speaks of occupation, genocide and suffering; the minister of
    # brotherly relations growing stronger
    assert {"Khazar Farhadov", "Murtaza Solangi"} <= set(speakers), sorted(speakers)
    assert speakers["Khazar Farhadov"].get("quoted_score") < 0
    assert speakers["Murtaza Solangi"].get("quoted_score") > 0


# -- laws --------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(st.one_of(texts(), news_texts(), nasty_texts()))
def test_any_text_gets_scores_in_range(text: str) -> None:
    doc = ENRICHER.enrich(text)
    assert not doc.errors, doc.errors
    documents = sentiments(doc, "document")
    assert len(documents) == 1
    for a in doc.select("sentiment"):
        assert a.score is not None and -1.0 <= a.score <= 1.0
        assert all(isinstance(w, str) and isinstance(v, float) for w, v in a.get("drivers"))
    sentences = list(doc.layer("sentence-span") or ())
    assert sentences or not text.strip()
    assert score_sentences(text, sentences) == [score_sentence(text[a:b]) for a, b in sentences]


# paragraphs of news words: at least WINDOW sentences, so that the document score is a mean
long_texts = st.lists(news_texts(12).map(lambda t: t + "."), min_size=WINDOW, max_size=8).map(
    "\n\n".join
)


@settings(max_examples=60, deadline=None)
@given(long_texts, st.integers(2, 6))
def test_repeating_a_long_text_keeps_its_score(text: str, times: int) -> None:
    doc = ENRICHER.enrich(text)
    spans = list(doc.layer("sentence-span") or ())
    assume(len(spans) >= WINDOW)
    # (a text that opens with "But" turns, repeated, on its own last sentence)
    assume(not opens_turn(text, *spans[0]))
    repeated = "\n\n".join([text] * times)
    assert document_score(repeated) == pytest.approx(document_score(text), abs=0.05)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(-8.0, 8.0), min_size=WINDOW, max_size=12), st.integers(2, 50))
def test_a_repeated_document_keeps_its_score(raws: list[float], times: int) -> None:
    # the mean of the sentences does not drift with the length of a text
    assert combine(raws * times) == pytest.approx(combine(raws), abs=1e-9)
    assert document(raws * times) == pytest.approx(document(raws), abs=1e-9)


def test_pathological_input_stays_safe() -> None:
    for text in [
        "good " * 100_000,
        "not " * 50_000 + "good",
        "\x00\ud800" * 10_000,
        ":) " * 50_000,
        "sooo " * 50_000,
        "but " * 50_000 + "good",
    ]:
        doc = ENRICHER.enrich(text)
        assert not doc.errors
        (document,) = sentiments(doc, "document")
        assert -1.0 <= (document.score or 0.0) <= 1.0
    # the scorer on its own, on a run that the sentence splitter takes long to cut
    assert score_sentence("!" * 200_000).score == 0.0


def test_conformance() -> None:
    check_plugin(
        "sentiment",
        examples=[
            "The food was not good, but the service was excellent!",
            "Azerbaijan Celebrates Victory Day\n\nISLAMABAD: It is a day of gratitude.",
            "“We are proud,” said the minister. Critics were unhappy.",
            "I ❤️ this 😀 :)",
        ],
    )


@pytest.mark.slow
def test_conformance_with_targets(seed_text: str) -> None:
    try:
        limner.Enricher(["sentiment", "locations", "quotes"])
    except limner.LimnerError as exc:  # pragma: no cover - a plugin missing from this checkout
        pytest.skip(f"locations/quotes not available: {exc}")
    check_plugin(
        ["sentiment", "locations", "quotes"],
        examples=[
            seed_text,
            "“We won,” said Ann Lee in Paris. Critics in Texas called Lee a fraud.",
        ],
        max_examples=20,
    )


# -- the evaluation scorer and the corpora -----------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    "name", ["tweets", "movieReviewSnippets", "amazonReviewSnippets"]
)
def test_correlation_with_human_ratings_at_least_vaders(name: str) -> None:
    """Scored by ``limner evaluate`` in one run with vaderSentiment (docs/evaluation.md)."""
    ours, vader = evaluated("sentiment", f"vader-sentiment/{name}.jsonl", peers=["vader"])
    assert ours["pearson"] >= vader["pearson"]
    assert ours["sign_agreement"] > 0.55


def test_setup_derives_every_table_before_the_first_document() -> None:
    """What the first sentence would otherwise build is built by the plugin's setup, so a
    first document's time (and timeout) is its own, and forked workers share the tables."""
    from limner_sentiment import afinn, scorer, tone
    from limner_sentiment.logits import Tables
    from limner_sentiment.model import load_model

    loaded = (*scorer._derived(), tone.load, afinn.load)  # (each an lru_cache)
    for cached in loaded:
        cached.cache_clear()
    load_model().__dict__.pop("_tables", None)
    enricher = limner.Enricher(plugins=["sentiment"])
    enricher.setup()
    misses = [cached.cache_info().misses for cached in loaded]
    assert all(misses) and isinstance(load_model().__dict__.get("_tables"), Tables)
    enricher.enrich("Smith praised Jones :) but the plan was inept. It's GREAT!!")
    assert [cached.cache_info().misses for cached in loaded] == misses


# -- harm reduced, avoided or denied ------------------------------------------------


def sentence_score(text: str) -> float:
    """The score of ``text``'s one sentence annotation: every lexicon's words read."""
    doc = ENRICHER.enrich(text)
    assert not doc.errors, doc.errors
    (found,) = sentiments(doc, "sentence")
    assert found.score is not None
    return found.score


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a harm the scorer's lexicon does not rate, named by a change, keeps or turns
        # its tone as "unemployment fell" does
        ("The cancer drug cut deaths by half.", 1),
        ("Cases of measles have risen sharply.", -1),
        ("Pollution levels dropped by a third.", 1),
        ("Infections fell for a third week.", 1),
        ("Emissions rose last year.", -1),
        ("The backlog of cases has grown again.", -1),
        ("Homelessness has doubled since 2010.", -1),
        # and so does one that is stopped or kept from happening
        ("The team avoided relegation.", 1),
        ("The firm narrowly escaped bankruptcy.", 1),
        ("The club dodged relegation on the final day.", 1),
        ("The government staved off a default.", 1),
        # a harm recovered from is a harm escaped, and the one acquitted may be long
        ("The footballer has recovered from a knee injury.", 1),
        ("The economy is recovering from a severe crisis.", 1),
        ("The court acquitted the three police officers of murder.", 1),
        # the base form is as often a hope or a failure: it keeps what it names
        ("He has failed to recover from a hamstring injury.", -1),
    ],
)
def test_a_harm_reduced_or_avoided_reads_as_what_falls(text: str, sign: int) -> None:
    assert sentence_score(text) * sign > 0, sentence_score(text)


@pytest.mark.parametrize(
    "text",
    [
        # a harm done to no one, or that none suffered
        "The fire killed no one.",
        "The blast injured nobody.",
        "Not a single patient died.",
        "No one died in the crash.",
        "No deaths were reported.",
    ],
)
def test_a_harm_done_to_none_is_good_news(text: str) -> None:
    assert sentence_score(text) > 0, sentence_score(text)


@pytest.mark.parametrize(
    "text",
    [
        # the harm done, or an avoiding verb with no harm after it: no good news
        "The fire killed two people.",
        "The minister avoided the question.",
        "Two inmates escaped from prison.",
        "The firm cut jobs.",
        "No one expected such a terrible result.",
    ],
)
def test_a_harm_that_is_not_reduced_or_denied_stays_bad_news(text: str) -> None:
    assert sentence_score(text) < 0, sentence_score(text)


@pytest.mark.parametrize(
    "text",
    [
        # a noun of harm read only where a change or a denial names it
        "The court heard three cases on Monday.",
        "Emissions are measured every year.",
    ],
)
def test_a_noun_of_harm_alone_is_not_rated_by_the_scorer(text: str) -> None:
    assert score_sentence(text).hits == ()


def test_what_a_verb_of_escape_names_is_a_harm_escaped() -> None:
    """A threat fended off is good news for the one who fends it, though VADER rates
    "challengers" and "challenge" as good."""
    for text in ("The party was able to fend off top-tier challengers.",
                 "The challenge was fended off."):
        hits = {w.rstrip("."): v for _, w, v in score_sentence(text).hits}
        assert min(hits.values()) > 0, hits


@pytest.mark.parametrize(
    "text",
    [
        # the look back for a head's preposition stops at a clause's opener or a comma
        "The economy was on the brink of collapse in 2001 when the lira plunged.",
        "The show was axed in 2003 after its ratings slumped.",
        "The delays came to 62 months, with average individual delays rising.",
    ],
)
def test_a_head_is_not_looked_for_in_another_clause(text: str) -> None:
    assert sentence_score(text) < 0, sentence_score(text)


def test_a_thing_of_is_read_as_what_changes_only_two_words_back() -> None:
    """A head before "of" is what changes only when the thing "of" names is short
    ("cases of measles rose"); further back, "of" is no part of the change's subject."""
    text = "The best of everything recent price drops have made the camera a bargain."
    hits = {w: v for _, w, v in score_sentence(text).hits}
    assert hits["best"] > 0, hits


def test_an_escape_after_a_flight_is_no_harm_escaped() -> None:
    """Why people fled is no good news: what they fled keeps its tone, and the verb of
    escape counts for nothing; an escape with no flight before it is read as before."""
    assert sentence_score("Thousands fled across the border to escape the fighting.") < 0
    hits = score_sentence("Families fled their homes to escape the floods.").hits
    assert "escape" not in {w for _, w, _ in hits}, hits
    assert sentence_score("The firm narrowly escaped bankruptcy.") > 0
    # a flight in another clause does not reach the escape
    assert sentence_score("Villagers fled, and the town escaped the worst of the flood.") > 0


def test_a_harm_negated_two_words_away_is_no_harm_denied() -> None:
    """Only "no" and one word before a noun of harm deny it; further off, "no" is of what
    the noun qualifies."""
    assert sentence_score("There were no new cases.") > 0
    words = [w for _, w, _ in score_sentence(
        "There are no other aftermarket cases for this phone.").hits]
    assert "cases" not in words
    # nor does a negation of VADER's that is no denial
    assert score_sentence("The loan went ahead despite the closure of the window.").hits == ()


# -- harm spared, ended or guarded against, and a basic need lacking ---------------------


@pytest.mark.parametrize(
    "text",
    [
        # a harm one is spared, or guarded against, is good news
        "The village was spared the worst of the flooding.",
        "Residents were spared the worst of the storm.",
        "The new law will protect tenants from eviction.",
        "The vaccine saved thousands from death.",
        "The scheme keeps families safe from harm.",
        # a harm that ends is good news, as one stopped is
        "The drought has finally broken.",
        "The siege was lifted.",
        "The blockade was lifted.",
        "The ban was lifted.",
        "The striker ended his goal drought.",
        "The treaty ended the war.",
    ],
)
def test_a_harm_spared_ended_or_guarded_against_is_good_news(text: str) -> None:
    assert sentence_score(text) > 0, sentence_score(text)


@pytest.mark.parametrize(
    ("good", "bad"),
    [
        # a harm that ends is good news, a good thing that ends bad news
        ("The curfew was lifted.", "The rain ended the fun."),
        ("The striker ended his goal drought.", "The injury ended his hopes."),
        ("The siege was broken.", "The scandal broke his heart."),
        # a verb of ending or sparing that names no harm keeps its own reading
        ("The village was spared the worst.",
         "The storm spared nothing, and the damage was terrible."),
        ("The drought has finally broken.", "He broke his leg."),
    ],
)
def test_a_harm_ended_is_good_news_and_a_good_thing_ended_bad(good: str, bad: str) -> None:
    assert sentence_score(good) > 0, sentence_score(good)
    assert sentence_score(bad) < 0, sentence_score(bad)


@pytest.mark.parametrize(
    ("good", "unread"),
    [
        # a harm that ends, or a burden paid off, is good news; the same verb naming no
        # harm or burden, or the end told in a clause of time, is no tone of its own
        ("The drought has ended.", "After the drought ended, prices fell."),
        ("The outbreak ended in May.", "Since the siege ended, the town has rebuilt."),
        ("The backlog has been resolved.", "The season ended in May."),
        ("The airline has paid off its debts.", "The gamble paid off."),
        ("The council paid off its arrears.", "The gang paid off the police."),
        ("The hospital repaid its debt.", "He paid off the builders."),
    ],
)
def test_a_harm_ended_or_a_burden_paid_off_is_good_news(good: str, unread: str) -> None:
    assert sentence_score(good) > 0, sentence_score(good)
    assert not score_sentence(unread).hits, score_sentence(unread)


def test_a_burden_verb_keeps_a_good_thing_named_after_it() -> None:
    """Only a burden is paid off: "repaid their kindness" keeps the kindness's praise."""
    assert sentence_score("He repaid their kindness.") == sentence_score("Their kindness.")


@pytest.mark.parametrize(
    ("eased", "mounted"),
    [
        ("Delays have eased.", "Delays have mounted."),
        ("Outbreaks of measles fell.", "Outbreaks of measles rose."),
        # the prices people pay and the waits they bear
        ("The university has cut fees for students.", "Tuition fees have risen."),
        ("Bus fares were cut.", "Bus fares have risen."),
        ("Rents have fallen.", "Rents have risen sharply."),
        ("Waits for surgery fell.", "Queues have grown."),
    ],
)
def test_delays_outbreaks_prices_and_waits_are_harms_that_rise_and_fall(
    eased: str, mounted: str
) -> None:
    assert sentence_score(eased) > 0 > sentence_score(mounted)


def test_a_price_named_without_a_change_has_no_tone() -> None:
    assert not score_sentence("The fees are due in May.").hits


@pytest.mark.parametrize(
    ("rose", "fell"),
    [
        ("Shares in the grocer rose 3% on Thursday.", "Shares in the grocer slumped 15%."),
        ("The carmaker's shares jumped 6%.", "The carmaker's shares tumbled 20%."),
        ("Shares of the bank climbed 2% in early trading.", "Shares of the bank fell 4%."),
    ],
)
def test_a_companys_shares_rise_and_fall_as_a_good_thing(rose: str, fell: str) -> None:
    """"Shares" in its news sense is no praise of its own (VADER rates the verb), but what
    a change names: its rise is good news, its fall bad."""
    assert sentence_score(rose) > 0 > sentence_score(fell)


@pytest.mark.parametrize(
    "text",
    [
        "Shares in the grocer are traded in London.",  # no change
        "Analysts expect the shares to rise.",  # a forecast: the base form after "to"
        "Investors saw their shares rise.",  # the base form after a verb of seeing
        "The fund sold its shares after profits fell.",  # the change names another
    ],
)
def test_shares_named_by_no_change_told_have_no_tone(text: str) -> None:
    assert all(w.rstrip(".") != "shares" for _, w, _ in score_sentence(text).hits)


@pytest.mark.parametrize(
    "text",
    [
        "Petrol prices rose to a record high in June.",
        "Mortgage costs have surged for millions of homeowners.",
        "The petrol price rose by 5p a litre.",
        "Car insurance premiums jumped 30% in a year.",
        "Electricity prices soared 40% last winter.",
    ],
)
def test_a_cost_that_rises_is_bad_news(text: str) -> None:
    """A price or a cost named by a rise reads as the prices of a harm do: bad news."""
    assert sentence_score(text) < 0
    assert any(w.rstrip(".") in ("prices", "price", "costs", "premiums")
               for _, w, _ in score_sentence(text).hits)


@pytest.mark.parametrize(
    "text",
    [
        "Prices fell sharply in March.",  # a fall: a seller's loss as often as relief
        "Heating oil prices eased slightly.",  # the verb's own rating stands
        "The shop cut its prices.",
        "Share prices rose sharply.",  # the price of a thing held
        "House prices rose by 5% last year.",
        "Price increases lifted revenue by 3%.",  # a kind of change, no cost changed
        "The prices are listed online.",  # no change
        "Analysts at the bank cut their costs forecast.",
    ],
)
def test_a_cost_fallen_held_or_named_by_no_rise_is_not_read(text: str) -> None:
    assert all(w.rstrip(".") not in ("prices", "price", "costs", "cost")
               for _, w, _ in score_sentence(text).hits)


@pytest.mark.parametrize(
    "text",
    [
        "Electricity prices could soar again this winter.",
        "The price of petrol is likely to rise further.",
        "Prices at the supermarket will rise by 3% next month.",
        "Gas bills will rise by 15% next month.",  # a harm's price, as "bills"
        "Energy bills will jump 20% in October.",
        "Rail fares are expected to climb by 4% in January.",
        "Train fares are set to rise by 5% in March.",
    ],
)
def test_a_cost_told_rising_to_come_is_bad_news(text: str) -> None:
    """A modal or "set to", "expected to", "likely to" before the rise of a cost or of a
    harm's price: the rise to come is bad news as one that came is."""
    assert sentence_score(text) < 0
    assert any(w.rstrip(".") in ("prices", "price", "bills", "fares")
               for _, w, _ in score_sentence(text).hits)


@pytest.mark.parametrize(
    "text",
    [
        "The cost of a weekly shop climbed by 12% over the year.",
        "The cost of a pint of milk has risen by 10p.",
        "The price of heating oil soared over the winter.",
        "Ticket prices for the final have soared.",
        "Fuel costs at the airline rose by 40%.",
    ],
)
def test_a_cost_told_with_what_it_is_the_cost_of_rises(text: str) -> None:
    """The phrase after a cost ("of a weekly shop", "for the final") may stand between it
    and the verb of its rise."""
    assert sentence_score(text) < 0
    assert any(w.rstrip(".") in ("prices", "price", "costs", "cost")
               for _, w, _ in score_sentence(text).hits)


@pytest.mark.parametrize(
    "text",
    [
        "The shop cut prices to increase sales.",  # "to" after no word of a forecast
        "The price of a house in London rose.",  # the price of a thing held
        "Share prices could soar next year.",
        "The cost of the new stadium, the council said, rose.",  # across a comma
    ],
)
def test_a_rise_to_come_or_a_phrase_of_another_thing_adds_no_cost(text: str) -> None:
    assert all(w.rstrip(".") not in ("prices", "price", "costs", "cost")
               for _, w, _ in score_sentence(text).hits)


@pytest.mark.parametrize(
    ("ending", "inside"),
    [
        ("Electricity prices could soar.", "Electricity prices could soar again."),
        ("Rail fares are expected to climb.", "Rail fares are expected to climb again."),
        ("Energy bills will surge.", "Energy bills will surge this winter."),
        ("Energy bills will jump.", "Energy bills will jump in October."),
        ("Household costs will rocket.", "Household costs will rocket next year."),
    ],
)
def test_a_rise_to_come_that_ends_the_sentence_is_read_as_inside_it(
    ending: str, inside: str
) -> None:
    """The verb of a rise as a sentence's last word keeps its period ("could soar."): the
    cost before it is read as before the verb inside a sentence."""
    for text in (ending, inside):
        assert any(w.rstrip(".") in ("prices", "bills", "fares", "costs")
                   for _, w, _ in score_sentence(text).hits), text
        assert sentence_score(text) < 0, text
        assert document_score(text) < 0, text


@pytest.mark.parametrize(
    "text", ["Shoppers face price rises.", "Shoppers face price rises this year."]
)
def test_a_singular_cost_before_a_rise_in_s_is_not_read_at_the_sentence_end(text: str) -> None:
    """"price rises" names a kind of change, at a sentence's end ("rises.") too."""
    assert all(w.rstrip(".") != "price" for _, w, _ in score_sentence(text).hits)


@pytest.mark.parametrize(
    ("rose", "unread"),
    [
        ("Inflation climbed to 10.1% in September.", "Inflation fell to 2% in May."),
        ("Council tax will rise by 5% in April.", "Tax receipts rose by 8%."),
        ("Fuel duty is set to rise by 5p a litre.", "Tax rises were announced."),
    ],
)
def test_a_levy_or_inflation_that_rises_is_bad_news(rose: str, unread: str) -> None:
    """A tax, a duty or inflation is read as a cost: its rise is bad news; its fall, a
    tax's word qualifying another noun, or a kind of change named, is not read."""
    assert sentence_score(rose) < 0
    assert all(w.rstrip(".") not in ("inflation", "tax", "duty")
               for _, w, _ in score_sentence(unread).hits)


def test_a_good_thing_set_to_rise_keeps_its_reading() -> None:
    """Only a cost's or a harm's rise to come is read: a good's keeps the lexicon's."""
    hits = {w.rstrip("."): v for _, w, v in score_sentence(
        "Profits are set to rise this year.").hits}
    assert hits.get("profits", 0) > 0, hits


def test_a_cost_fallen_is_read_as_before() -> None:
    """A fall of a cost leaves the verb's rating as VADER's reading gives it."""
    hits = {w.rstrip("."): v for _, w, v in score_sentence(
        "Heating oil prices eased slightly in December.").hits}
    assert hits.get("eased", 0) > 0, hits


def test_shares_that_rallied_rose() -> None:
    assert sentence_score("Shares in the carmaker rallied 8% on Tuesday.") > 0


def test_a_capital_letter_written_three_times_is_read_the_plain_way() -> None:
    """"BBB" or "VIII" is no elongated word: the sentence's words are given to the passes
    that read them (the verdict phrases, the targets); "sooo" keeps the careful path."""
    for text, plain in [("The agency cut the rating to BBB.", True),
                        ("Henry VIII had six wives.", True),
                        ("This is sooo good.", False),
                        ("Awww, that is sad.", False)]:
        words: list[list[str] | None] = []
        lows: list[list[str] | None] = []
        score_sentences(text, [(0, len(text))], words, prepare_text(text), lows)
        assert (lows[0] is not None) is plain, text
        assert score_sentences(text, [(0, len(text))])[0] == score_sentence(text)


def test_shares_read_in_their_verb_sense_keep_the_lexicons_rating() -> None:
    """Where the lexicon's reading of "shares" stands, the change after it ("grew") does
    not place it among what it names and add it again."""
    hits = [w for _, w, _ in score_sentence("The hope she shares grew.").hits]
    assert hits.count("shares") == 1, hits


def test_a_good_thing_lifted_rises() -> None:
    """What is lifted is a harm ended or a thing raised: good news either way."""
    hits = {w.rstrip("."): v for _, w, v in score_sentence(
        "The ban was lifted, and the win lifted hopes.").hits}
    assert min(hits.values()) > 0, hits


@pytest.mark.parametrize(
    ("lacking", "named", "need"),
    [
        # being left without a basic need is bad news; a need named without a word of its
        # lack, or one qualifying another noun, is no tone
        ("Thousands were left without power after the storm.",
         "Power was restored to all homes on Monday.", "power"),
        ("Families have been without water for a week.",
         "There was no water damage.", "water"),
        ("Hundreds were left homeless.", "Homeless charities run the night shelter.",
         "homeless"),
        ("The families went without food or shelter for days.",
         "The town gets its food from the valley.", "food"),
        ("Many have been without heating since Monday.",
         "They worked without heating engineers.", "heating"),
    ],
)
def test_a_basic_need_lacking_is_bad_news(lacking: str, named: str, need: str) -> None:
    assert sentence_score(lacking) < 0, sentence_score(lacking)
    words = [w.rstrip(".") for _, w, _ in score_sentence(named).hits]
    assert need not in words, words


@pytest.mark.parametrize(
    ("chosen", "unread"),
    [
        ("Maria Kowalczyk was elected mayor of Gdansk.", "Elected officials met on Monday."),
        ("President Lungu was re-elected for a second term.",
         "The newly elected council met on Monday."),
        ("Karen Olsen was unanimously elected chief constable.",
         "Karen Olsen was appointed chief constable."),
        ("She has been narrowly reelected.", "Franken was elected to the Senate in 2008."),
        ("Joyce Banda was sworn in as president.", "The witnesses were sworn to secrecy."),
        ("She was sworn in.", "Two days before he is sworn in, the cabinet meets."),
        ("The mayor was elected in May.", "Since she was elected, the town has met weekly."),
        ("Labour was re-elected.", "Taxes would rise if Labour was re-elected."),
        ("The members were elected.", "Most members would be elected."),
        ("He has been elected.", "She was the first woman to be elected."),
        # a choice told with its year is a career's history, not the day's news
        ("The mayor was re-elected in May.", "Mr Leslie was elected in 1997 at the age of 24."),
        ("She was elected mayor of Leeds.", "They were elected in 2004 on the list system."),
        ("He was elected leader in a close vote.", "He was elected leader in May 2015."),
    ],
)
def test_one_chosen_for_an_office_is_good_news_and_an_offices_kind_is_none(
    chosen: str, unread: str
) -> None:
    assert sentence_score(chosen) > 0, sentence_score(chosen)
    assert not score_sentence(unread).hits, score_sentence(unread)


def test_a_chosen_verb_across_a_clause_break_is_not_read_as_chosen() -> None:
    hits = score_sentence("The result was, elected or not, a surprise.").hits
    assert "elected" not in [w for _, w, _ in hits]
    assert sentence_score("He was not elected.") < 0
