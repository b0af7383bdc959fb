"""Tests of the quotes plugin's rules for reported speech in the registers of the
``registers`` suite (``limner evaluate quotes --suite registers``): parliamentary and
court reports, science and financial news, press conferences, obituaries, letters,
translated speech and wire copy.  Each is written for the shape of a sentence, not for a
passage of the suite."""

from __future__ import annotations

from functools import partial

import pytest

import limner
from tests.plugins import support
from tests.plugins.support import quotes_of

ENRICHER = limner.Enricher(["quotes"])


#: ``(content, speaker mention)`` of every quote of a text
attributions = partial(support.attributions, ENRICHER)


# -- "A, X said, and B": the words reported go on after a conjunction -------------------


@pytest.mark.parametrize(
    ("text", "first", "rest", "speaker"),
    [
        ("Prices will rise, analysts warned, as supply tightens.",
         "Prices will rise", "as supply tightens", "analysts"),
        (("Heavy rain will fall over the next two days, the weather office said, and rivers "
          "could burst their banks."),
         "Heavy rain will fall over the next two days", "and rivers could burst their banks",
         "the weather office"),
        (("The plant will close in March, the company said on Tuesday, because demand has "
          "collapsed."),
         "The plant will close in March", "because demand has collapsed", "the company"),
        ("Heavy rain will fall, forecasters said, with up to 80mm on high ground.",
         "Heavy rain will fall", "with up to 80mm on high ground", "forecasters"),
    ],
)
def test_a_conjunction_after_a_mid_sentence_attribution_goes_on_with_what_was_said(
    text: str, first: str, rest: str, speaker: str
) -> None:
    assert attributions(text) == [(first, speaker), (rest, speaker)]


def test_as_and_the_speakers_pronoun_after_the_attribution_is_their_circumstance() -> None:
    assert attributions("The vote was delayed, officials said, as they left the chamber.") == [
        ("The vote was delayed", "officials")
    ]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (("The talks will resume in May, the ministry said, while the opposition said it "
          "would boycott them."), ("it would boycott them", "the opposition")),
        (("Sales fell 4 per cent, the company said, and analysts expect a further decline "
          "next year."), ("a further decline next year", "analysts")),
    ],
)
def test_a_clause_after_the_conjunction_with_its_own_reporting_verb_is_its_own(
    text: str, second: tuple[str, str]
) -> None:
    found = attributions(text)
    assert len(found) == 2, found
    assert found[1] == second


def test_an_appositive_after_a_mid_sentence_attribution_is_not_what_was_said() -> None:
    text = "Sales fell 4 per cent, the company said, a sign that shoppers are cutting back."
    assert attributions(text) == [("Sales fell 4 per cent", "the company")]


# -- "A, the IMD said, B": a name after "the" in an attribution set off by commas --------


def test_a_name_after_the_in_a_mid_sentence_attribution_attributes_both_sides() -> None:
    text = ("Heavy rain is expected over the next two days, the IMD said, the heaviest "
            "since 2005.")
    assert attributions(text) == [
        ("Heavy rain is expected over the next two days", "IMD"),
        ("the heaviest since 2005", "IMD"),
    ]


# -- "…, officials said late on Sunday.": a time after the verb is no clause -------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The probe is healthy and on course, mission controllers said late on Sunday.",
         "The probe is healthy and on course", "mission controllers"),
        ("The probe is healthy, officials said early Monday.", "The probe is healthy",
         "officials"),
        # a clause whose subject opens with the same words is still one
        ("The minister said early voting had been a success.",
         "early voting had been a success", "The minister"),
    ],
)
def test_late_or_early_and_a_time_after_the_verb_is_no_reported_clause(
    text: str, content: str, speaker: str
) -> None:
    assert attributions(text) == [(content, speaker)]


# -- "A, he told the court, B": a hearer, then the words go on -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The offences, he told the court, had been committed over three weeks.",
         [("The offences", "he"), ("had been committed over three weeks", "he")]),
        (("Housing completions will exceed 40,000 this year, the Tánaiste told the Dáil, "
          "the highest number since 2007."),
         [("Housing completions will exceed 40,000 this year", "the Tánaiste"),
          ("the highest number since 2007", "the Tánaiste")]),
    ],
)
def test_a_hearer_after_tell_in_a_mid_sentence_attribution_is_no_content(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert attributions(text) == expected


def test_a_hearer_with_a_preposition_after_it_tells_what_was_said() -> None:
    text = "In 2010, he warned the Fed against buying bonds, because it risked inflation."
    assert all(content != "In 2010" for content, _ in attributions(text))


# -- "The strike would continue “until the last man”, a spokesman said." ----------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The strike would continue “until the last man”, a union spokesman said.",
         "The strike would continue “until the last man”", "a union spokesman"),
        (("Sanders “is tapping into something very deep inside the party,” Simon Rosenberg, "
          "a party donor, told the New Yorker."),
         "Sanders “is tapping into something very deep inside the party,”", "Simon Rosenberg"),
    ],
)
def test_a_quotation_closing_a_clause_before_a_final_attribution_is_a_mixed_quote(
    text: str, content: str, speaker: str
) -> None:
    found = quotes_of(ENRICHER, text)
    assert [(q["text"], q["mention"], q["style"]) for q in found] == [
        (content, speaker, "mixed")
    ]


def test_a_quotation_opening_the_sentence_before_a_final_attribution_stays_direct() -> None:
    found = quotes_of(ENRICHER, "“We will not give up”, the union leader said.")
    assert [(q["text"], q["style"]) for q in found] == [("We will not give up", "direct")]


def test_a_quotation_after_a_clause_with_its_own_verb_of_reporting_is_not_read_again() -> None:
    text = ("DuVernay said she felt the amendment was worth examining because “most people "
            "do not know about it,” she said.")
    assert all(not c.startswith("DuVernay said") for c, _ in attributions(text))


# -- "X is understood to have told …": X's words, the passive its frame -----------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The striker is reported to have told team-mates he wants to leave.",
         "he wants to leave", "The striker"),
        ("The prime minister is understood to have said the plan would go ahead.",
         "the plan would go ahead", "The prime minister"),
    ],
)
def test_a_passive_frame_over_a_verb_of_saying_is_the_subjects_attribution(
    text: str, content: str, speaker: str
) -> None:
    assert attributions(text) == [(content, speaker)]


def test_a_passive_frame_over_another_verb_stays_a_passive() -> None:
    text = "The striker is understood to have agreed a three-year deal."
    assert attributions(text) == [("The striker", None), ("to have agreed a three-year deal", None)]


# -- "X is expected to say that …": speech to come is X's --------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The prime minister is expected to say that taxes will fall.",
         "taxes will fall", "The prime minister"),
        ("The prime minister is expected to tell MPs that the deal is done.",
         "the deal is done", "The prime minister"),
        ("The chancellor is due to announce that spending will rise.",
         "spending will rise", "The chancellor"),
        ("Ministers are set to warn that the plan has failed.",
         "the plan has failed", "Ministers"),
        ("The governor is likely to stress that rates will stay low.",
         "rates will stay low", "The governor"),
        ("She is scheduled to announce on Monday whether she will run.",
         "whether she will run", "She"),
        ("The rival is strong, but she’s expected to argue that he is out of touch.",
         "he is out of touch", "she"),
        ("The minister will tell MPs that the deal is done.",
         "the deal is done", "The minister"),
    ],
)
def test_speech_to_come_is_the_subjects_attribution(
    text: str, content: str, speaker: str
) -> None:
    assert attributions(text) == [(content, speaker)]


def test_an_act_to_come_without_a_clause_stays_a_passive() -> None:
    text = "The firm is expected to announce new measures."
    assert attributions(text) == [("The firm", None), ("to announce new measures", None)]


# -- "A sign at the gate said …": a thing written is a document, no person -------------


@pytest.mark.parametrize(
    "text",
    [
        "A sign at the gate said the car park was closed.",
        "The notice on the door said the shop had closed for good.",
        "The report said the scheme had failed.",
    ],
)
def test_a_sign_or_a_notice_that_says_is_a_document(text: str) -> None:
    (quote,) = quotes_of(ENRICHER, text)
    assert quote["source_type"] == "document"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('Crowds marched through the city. One placard read: "No more war."', "One placard"),
        ('The sign read: "This shop is closed for good."', "The sign"),
        ('The sign on the gate read: "This shop is closed for good."', "The sign on the gate"),
        ('The headline reads: "Ministers admit the plan has failed."', "The headline"),
    ],
)
def test_read_after_a_document_and_before_a_colon_is_its_cue(text: str, source: str) -> None:
    (quote,) = quotes_of(ENRICHER, text)
    assert (quote["mention"], quote["cue"], quote["source_type"]) == (
        source, text.split(":")[0].split()[-1], "document"
    )


def test_read_after_a_person_before_a_colon_names_no_document() -> None:
    (quote,) = quotes_of(ENRICHER, 'The mayor read: "We will appeal the ruling today."')
    assert quote["source_type"] != "document"


# -- "The company posted a loss. It said …": "It" stands for the body before -----------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The company posted a loss. It said demand had slowed.", "organization"),
        ("The report came out on Monday. It found that waiting times had doubled.",
         "document"),
        # a person before: "it" is no one's name
        ("John Smith left the company in May. It said he had resigned.", "unknown"),
        ("Through its lawyers, the family sued. It said the claim was baseless.", "unknown"),
    ],
)
def test_it_opening_a_sentence_stands_for_a_body_that_is_the_subject_before(
    text: str, kind: str
) -> None:
    (quote,) = quotes_of(ENRICHER, text)
    assert quote["mention"] == "It"
    assert quote["source_type"] == kind


@pytest.mark.parametrize(
    "name",
    ["Deutsche Bank", "Halvorsen Foods", "Kestrel Airlines", "Varden Capital", "Tamsin Motors",
     "Lumio Media", "Arctura Systems"],
)
def test_it_after_a_named_body_takes_its_name(name: str) -> None:
    text = f"{name} posted a loss on Friday. It said demand had slowed."
    (quote,) = quotes_of(ENRICHER, text)
    assert (quote["speaker"], quote["source_type"]) == (name, "organization")


def test_it_after_a_persons_name_of_two_words_takes_no_name() -> None:
    text = "John Smith posted a loss on Friday. It said demand had slowed."
    (quote,) = quotes_of(ENRICHER, text)
    assert (quote["speaker"], quote["source_type"]) == (None, "unknown")


# -- "asked reporters whether …": the hearer is no part of the question ---------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The senator asked reporters whether the agency had known about the fault.",
         "whether the agency had known about the fault", "The senator"),
        ("The MP asked whether the figures were right.", "whether the figures were right",
         "The MP"),
        ("The judge asked the jury to consider the evidence.", "to consider the evidence",
         "The judge"),
        ("She asked the minister if he would resign.", "if he would resign", "She"),
        ("The senator asked the minister whether he would resign.",
         "whether he would resign", "The senator"),
        ("The reporter asked him if they had known.", "if they had known", "The reporter"),
    ],
)
def test_a_hearer_before_an_indirect_question_is_no_part_of_it(
    text: str, content: str, speaker: str
) -> None:
    assert attributions(text) == [(content, speaker)]


def test_a_question_after_a_passive_of_ask_opens_with_if() -> None:
    text = "The actress was asked if she had ever been treated unfairly."
    assert attributions(text) == [("if she had ever been treated unfairly", None)]


# -- "cautioned that …": a clause right after the verb has no hearer before it ----------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Independent experts cautioned that the data had yet to be published.",
         "the data had yet to be published", "Independent experts"),
        ("The minister warned that the plan would fail to win support.",
         "the plan would fail to win support", "The minister"),
        ("The bank cautioned investors that the recovery would take time.",
         "the recovery would take time", "The bank"),
    ],
)
def test_that_right_after_a_verb_of_a_hearer_opens_the_clause(
    text: str, content: str, speaker: str
) -> None:
    assert attributions(text) == [(content, speaker)]


# -- "“…,” said one.": one of a group is the speaker ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        ("Independent experts cautioned that the data had yet to be published. “We have "
         "seen press releases before,” said one."),
        "Several residents were angry. “Nobody listens to us,” said one.",
    ],
)
def test_one_alone_after_the_verb_of_a_quote_is_its_speaker(text: str) -> None:
    (direct,) = [q for q in quotes_of(ENRICHER, text) if q["style"] == "direct"]
    assert direct["mention"] == "one"
