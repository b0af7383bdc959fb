"""Tests of the quotes plugin on sport, court, science, business, wire and social media copy:
a quantifier alone as the holder ("Few expect that …", "Many expect …"), an adverb of
degree before a negated quantifier ("Virtually no one believes …"), a negated quantifier
before a noun ("Not all economists agree that …") and an announcement's clause with no
maker ("The announcement that the plant would close …")."""

from __future__ import annotations

from functools import partial

import pytest

import limner
from tests.plugins import support

ENRICHER = limner.Enricher(["quotes"])

attributions = partial(support.attributions, ENRICHER)


# -- a quantifier alone, or negated with an adverb of degree or a noun, holds the clause ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Few expect that interest rates will fall this year.",
         [("interest rates will fall this year", "Few")]),
        ("Many expect that interest rates will fall this year.",
         [("interest rates will fall this year", "Many")]),
        ("Most expect that the deal will be signed.", [("the deal will be signed", "Most")]),
        ("With his ranking down, many feared his career was over.",
         [("his career was over", "many")]),
        ("Virtually no one believes the official figures.",
         [("the official figures", "Virtually no one")]),
        ("Almost no one believes that the figures are right.",
         [("the figures are right", "Almost no one")]),
        ("Not all economists agree that the recession is over.",
         [("the recession is over", "Not all economists")]),
        ("But not many analysts expect that rates will fall.",
         [("rates will fall", "not many analysts")]),
    ],
)
def test_a_quantifier_holds_the_clause_with_its_words(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator most recently defended the plan.", []),
        ("Analysts expect that interest rates will fall.",
         [("interest rates will fall", "Analysts")]),
        ("All economists agree that the recession is over.",
         [("the recession is over", "All economists")]),
        ("Economists do not agree that the recession is over.",
         [("the recession is over", "Economists")]),
    ],
)
def test_an_adverb_of_degree_or_a_plain_quantifier_keeps_its_reading(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    # "most" before an -ly word is an adverb of degree, no holder; the sentence after is
    # read with its quantifier alone
    assert attributions(text + " Few expect that it will last.") == [
        *expected, ("it will last", "Few")
    ]


# -- an announcement's clause whose maker the sentence does not name -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The announcement that the plant would close shocked the town.",
         [("the plant would close", None)]),
        ("Davenport spoke after the announcement that the event would pay women more.",
         [("the event would pay women more", None)]),
        ("The announcements that the two plants would close shocked the town.",
         [("the two plants would close", None)]),
    ],
)
def test_an_announcement_of_no_one_named_attributes_its_clause(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert attributions(text) == expected


def test_an_announcement_with_a_possessor_keeps_its_maker() -> None:
    assert attributions(
        "His announcement that he would retire surprised fans. The announcement that the "
        "plant would close shocked the town."
    ) == [("he would retire", "His"), ("the plant would close", None)]
