"""Tests of the quotes plugin on wire credits, nested attributions and transcripts: a
credit or byline after a spaced dash that follows a full stop ends the sentence before it
("… in the blast. — Reuters"), a figure opens a reported clause as a number word does
("Officials said 20 people had died, the agency reported" keeps the officials' clause),
and so does a count after a word of approximation ("said at least 20 people …"),
and a turn's label before a colon is no part of the words reported after it ("A: Because
the time is right, she said"); a label of a picture or a page ("Pictured:", "Above:") is
no speaker, and a role in sentence case before a colon and a quote is ("Police chief:
'…'")."""

from __future__ import annotations

from functools import partial

import pytest

import limner
from tests.plugins import support
from tests.scaling import assert_linear

ENRICHER = limner.Enricher(["quotes"])

attributions = partial(support.attributions, ENRICHER)


# -- a credit after a full stop and a spaced dash ends the sentence before it ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said no one had been hurt in the blast. \u2014 Reuters",
         [("no one had been hurt in the blast", "The ministry")]),
        ("The ministry said no one was hurt. \u2014 Jane Smith, Reuters\nTalks resume today.",
         [("no one was hurt", "The ministry")]),
        ("The army said the attack had been repelled. - AP",
         [("the attack had been repelled", "The army")]),
    ],
)
def test_a_credit_after_a_full_stop_is_no_part_of_the_content(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline's state abbreviation before a dash: the sentence runs on
        (("DECATUR, Ill. \u2014 Sen. Ted Cruz said that the behavior was a fireable "
          "offense and should be punished."),
         [("the behavior was a fireable offense and should be punished", "Sen. Ted Cruz")]),
        # a dash after a question goes on with the sentence
        ("Is it over? \u2014 Not yet, he said.", [("Is it over? \u2014 Not yet", "he")]),
    ],
)
def test_a_dash_that_opens_no_credit_keeps_its_sentence(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    # the credit after the sentence that follows is cut
    assert attributions(text + " The ministry said no one was hurt. \u2014 Reuters") == [
        *expected, ("no one was hurt", "The ministry")
    ]


# -- a figure opens a reported clause as a number word does ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said 20 people had been killed, the agency reported.",
         [("Officials said 20 people had been killed", "the agency"),
          ("20 people had been killed", "Officials")]),
        ("Officials said 1,200 jobs would go, the newspaper reported.",
         [("Officials said 1,200 jobs would go", "the newspaper"),
          ("1,200 jobs would go", "Officials")]),
    ],
)
def test_a_figure_opens_the_inner_clause_of_a_fronted_content(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert attributions(text) == expected


def test_a_number_word_and_a_lone_figure_keep_their_reading() -> None:
    # the nested figure in the sentence after is newly read
    assert attributions(
        "Officials said two people had died, the agency reported. Police said 20 people "
        "had been arrested. Police said 20 people had fled, the paper reported."
    ) == [
        ("Officials said two people had died", "the agency"),
        ("two people had died", "Officials"),
        ("20 people had been arrested", "Police"),
        ("Police said 20 people had fled", "the paper"),
        ("20 people had fled", "Police"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said at least 20 people had been killed, the state news agency reported.",
         [("Officials said at least 20 people had been killed", "the state news agency"),
          ("at least 20 people had been killed", "Officials")]),
        ("Officials said more than 200 homes had been flooded, the agency reported.",
         [("Officials said more than 200 homes had been flooded", "the agency"),
          ("more than 200 homes had been flooded", "Officials")]),
        ("Police said nearly 40 people had been arrested, the paper reported.",
         [("Police said nearly 40 people had been arrested", "the paper"),
          ("nearly 40 people had been arrested", "Police")]),
        ("Police said about 300 people had fled, the paper reported.",
         [("Police said about 300 people had fled", "the paper"),
          ("about 300 people had fled", "Police")]),
        ("Officials said at least two people had died, the agency reported.",
         [("Officials said at least two people had died", "the agency"),
          ("at least two people had died", "Officials")]),
        # every number word that opens a quantity, as the plugin's one table holds them
        ("Police said about forty people had been arrested, the paper reported.",
         [("Police said about forty people had been arrested", "the paper"),
          ("about forty people had been arrested", "Police")]),
        # a day between the verb and the word of approximation, as before a bare figure
        ("Officials said on Monday at least 20 people had been killed, the agency reported.",
         [("Officials said on Monday at least 20 people had been killed", "the agency"),
          ("at least 20 people had been killed", "Officials")]),
        ("Police said Friday more than 200 homes had been searched, the paper reported.",
         [("Police said Friday more than 200 homes had been searched", "the paper"),
          ("more than 200 homes had been searched", "Police")]),
    ],
)
def test_a_count_after_a_word_of_approximation_opens_the_inner_clause(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert attributions(text) == expected


def test_a_word_of_approximation_before_no_count_opens_no_clause() -> None:
    # "said about the plan" reports nothing after "about"; the clause of the sentence
    # after it, with its count, is read
    assert attributions(
        "She said little about the plan, the paper reported. Police said nearly 40 people "
        "had fled, the paper reported."
    ) == [
        ("She said little about the plan", "the paper"),
        ("Police said nearly 40 people had fled", "the paper"),
        ("nearly 40 people had fled", "Police"),
    ]
    # nor does a day before such a word before no count
    assert attributions(
        "She said on Monday little about the plan, the paper reported."
    ) == [("She said on Monday little about the plan", "the paper")]


# -- a turn's label before a colon is no part of what is reported ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Q: Why now? A: Because the time is right, she said.",
         [("Because the time is right", "she")]),
        ("Interviewer: What went wrong? Smith: We ran out of money, she said.",
         [("We ran out of money", "she")]),
        ("A: The time is right, said the minister.", [("The time is right", "the minister")]),
        ("Update: The minister resigned, officials said.",
         [("The minister resigned", "officials")]),
    ],
)
def test_a_turn_label_is_no_part_of_a_fronted_content(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert attributions(text) == expected


def test_a_colon_after_lower_case_words_keeps_the_content() -> None:
    # "Her message: …" is no label of capitalised words: the whole clause is reported;
    # the labelled sentence after it loses its label
    assert attributions("Her message: stay at home, she said. A: Not before May, he said.") == [
        ("Her message: stay at home", "she"), ("Not before May", "he")
    ]


# -- a picture's or a page's label is no speaker; a role in a headline's label is -----------


@pytest.mark.parametrize(
    "text",
    [
        "Pictured: the minister arriving at Downing Street on Monday morning.",
        "Above: Protesters gather outside the embassy on Sunday afternoon.",
        "Left: The fire crews at the scene of the blaze in the town centre.",
        "Inset: The missing teenager, who was last seen on Friday night.",
    ],
)
def test_a_caption_label_is_no_speaker(text: str) -> None:
    # a name's label in the paragraph after is still read
    assert attributions(text + "\nSmith: The crews worked through the night to save it.") == [
        ("The crews worked through the night to save it", "Smith")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police chief: 'We will find those responsible'",
         [("We will find those responsible", "Police chief")]),
        ("Health secretary: \u201cThe NHS will get the money it needs\u201d",
         [("The NHS will get the money it needs", "Health secretary")]),
    ],
)
def test_a_role_in_sentence_case_labels_a_headline_quote(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert attributions(text) == expected


def test_lower_case_words_that_are_no_role_label_no_quote() -> None:
    # "Her message" is no role; the role's label after it is read
    assert attributions(
        "Her message: 'We must all stay at home now'\n"
        "Police chief: 'We will find those responsible'"
    ) == [
        ("We must all stay at home now", None),
        ("We will find those responsible", "Police chief"),
    ]


# -- a figure's commas of thousands set off nothing in a speaker phrase ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A study of 1,500 patients found that the drug worked.",
         [("the drug worked", "A study of 1,500 patients", "document")]),
        ("The survey of 2,000 adults found that one in five had skipped meals.",
         [("one in five had skipped meals", "The survey of 2,000 adults", "document")]),
        ("Most bosses are optimistic, a survey of 1,300 bosses suggests.",
         [("Most bosses are optimistic", "a survey of 1,300 bosses", "document")]),
    ],
)
def test_a_figure_with_commas_of_thousands_stays_in_its_speaker_phrase(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert support.sources(ENRICHER, text) == expected


# -- linear ---------------------------------------------------------------------------------


def test_credits_figures_and_labels_are_linear() -> None:
    def make(n: int) -> str:
        return "\n".join(
            f"A: In round {i} officials said 20 people had died, the agency reported. "
            "The ministry said no one was hurt. \u2014 Reuters\n"
            "Pictured: the minister arriving on Monday.\n"
            "Police chief: 'We will find those responsible'\n"
            "Police said at least 40 people had fled, the paper reported. "
            "Officials said on Monday about 30 had died, the agency reported. "
            "A survey of 2,000 adults found that 1,500 had left."
            for i in range(n)
        )

    assert_linear(make, ENRICHER.enrich, 300)
