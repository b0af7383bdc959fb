"""Tests of the quotes plugin on a cue verb joined to the subject's first verb by "and" or
"but" ("The club thanked the fans but stressed that …", "The opposition boycotted the
session and accused the government of …"): the second verb is the subject's, and what it
reports is an attribution of its own; and on the hearer between a verb of telling and what
it reports ("told police the car had …", "reassured parents that …"), which is no part of
the content."""

from __future__ import annotations

from functools import partial

import pytest

import limner
from tests.plugins import support
from tests.scaling import assert_linear

ENRICHER = limner.Enricher(["quotes"])

attributions = partial(support.attributions, ENRICHER)


# -- a cue verb after "and" or "but" is the subject's second verb -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "but" and a cue verb: the subject of the clause speaks
        ("The groups welcomed the ruling but cautioned that enforcement would be key.",
         ("enforcement would be key", "The groups")),
        ("Environmental groups welcomed the ruling but warned that enforcement would be key.",
         ("enforcement would be key", "Environmental groups")),
        ("Investors cheered the results but questioned whether growth could last.",
         ("whether growth could last", "Investors")),
        # "and" and a cue verb in -ed that is no cue form read by the first pass
        ("Health workers went on strike and demanded that wages be paid.",
         ("wages be paid", "Health workers")),
        ("The opposition boycotted the session and accused the government of rigging the vote.",
         ("the government of rigging the vote", "The opposition")),
    ],
)
def test_a_cue_verb_joined_by_and_or_but_is_the_subjects(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in attributions(text)


@pytest.mark.parametrize(
    "text",
    [
        # a passive first verb: the second participle is passive too, its subject no speaker
        "The reporter was arrested and accused of spying.",
        "Two men were detained and charged with fraud.",
        # "and" between nouns: no verb
        "Rising prices and demands for higher pay hit the bank.",
    ],
)
def test_a_joined_participle_after_a_passive_or_a_noun_attributes_nothing(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb after "and" is the subject's of the subordinate clause it ends
        ("The crowd cheered when Trump spotted a sign and asked it to be brought up.",
         ("to be brought up", "Trump")),
        ("Fans booed while the chairman walked out and insisted the manager would stay.",
         ("the manager would stay", "the chairman")),
        # a preposition that opens no clause ("after the vote") leaves the sentence's subject
        ("The minister left the room after the vote and said the result was fair.",
         ("the result was fair", "The minister")),
    ],
)
def test_a_joined_verb_in_a_subordinate_clause_is_that_clauses_subjects(
    text: str, expected: tuple[str, str]
) -> None:
    assert attributions(text) == [expected]


def test_cue_verbs_joined_by_and_or_but_are_linear() -> None:
    # each joined verb's subject is read once, and a subordinate clause looked for, in a
    # window of fixed width before it; each content is cut before "and" once
    def make(n: int) -> str:
        return (
            "The union went on strike and demanded that wages be paid. " * n
            + "The groups welcomed it " + "but cautioned and " * n + "warned that it was late. "
            + "Fans cheered when the chairman " + "spoke and claimed it was fine and " * n
            + "left."
        )

    assert attributions(make(1))[0] == ("wages be paid", "The union")
    assert_linear(make, ENRICHER.enrich, 300)


# -- the hearer between a verb of telling and what it reports -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural with no -s ("police", "people", "children", "-men") is a hearer too
        ("Witnesses told police the car had been travelling at high speed.",
         ("the car had been travelling at high speed", "Witnesses")),
        ("The minister told people the worst was over.", ("the worst was over", "The minister")),
        ("The captain told fellow countrymen the team would not give up.",
         ("the team would not give up", "The captain")),
        # a time after the hearer, before the clause
        ("The spokesman told journalists yesterday the talks would resume.",
         ("the talks would resume", "The spokesman")),
        # verbs whose object before "that" is their hearer
        ("The health minister reassured parents that the vaccine was safe.",
         ("the vaccine was safe", "The health minister")),
        ("The company notified investors that it would miss its profit target.",
         ("it would miss its profit target", "The company")),
    ],
)
def test_the_hearer_of_a_verb_of_telling_is_no_part_of_its_content(
    text: str, expected: tuple[str, str]
) -> None:
    assert attributions(text) == [expected]


# -- a content ends before "and" and a verb of saying in the past -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Opposition leaders rejected the budget and claimed it would hurt the poor.",
         [("the budget", "Opposition leaders"), ("it would hurt the poor", "Opposition leaders")]),
        ("The firm apologised to customers and promised that refunds would be paid.",
         [("to customers", "The firm"), ("refunds would be paid", "The firm")]),
        ("The singer said she was glad to be out and predicted that Kenzie would win.",
         [("she was glad to be out", "The singer"), ("Kenzie would win", "The singer")]),
    ],
)
def test_a_content_ends_before_and_and_a_verb_of_saying(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert attributions(text) == expected


def test_a_verb_of_another_family_after_and_may_be_the_contents_own() -> None:
    # "wanted" may be the reported clause's subject's: the content runs on, as before
    assert attributions("The actress said she was tired of it and wanted a change.") == [
        ("she was tired of it and wanted a change", "The actress")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the period of a title is no mark between the subject and "and"
        ("Ms. Khan said Mr. Trump was unfit for office and criticized him for his remarks.",
         [("Mr. Trump was unfit for office", "Ms. Khan"),
          ("him for his remarks", "Ms. Khan")]),
        ("Dr. Okoro said Gov. Bello was wrong and warned that clinics would close.",
         [("Gov. Bello was wrong", "Dr. Okoro"), ("clinics would close", "Dr. Okoro")]),
    ],
)
def test_a_titles_period_does_not_hide_the_subject_of_a_second_verb(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert attributions(text) == expected
