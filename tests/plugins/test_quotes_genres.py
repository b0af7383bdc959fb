"""Tests of the quotes plugin on sport, court, science, business, wire and social media copy:
a quantifier alone as the holder ("Few expect that …", "Many expect …"), an adverb of
degree before a negated quantifier ("Virtually no one believes …"), a negated quantifier
before a noun ("Not all economists agree that …"), an announcement's clause with no maker
("The announcement that the plant would close …"), and a firm described by its trade as
an organisation ("the retailer said", "the carmaker said")."""

from __future__ import annotations

from functools import partial

import pytest

import limner
from tests.plugins import support
from tests.scaling import assert_linear

ENRICHER = limner.Enricher(["quotes"])

attributions = partial(support.attributions, ENRICHER)

source_types = partial(support.source_types, ENRICHER)


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


# -- a firm described by its trade is an organisation ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares fell after the retailer said sales had slowed.",
         [("the retailer", "organization")]),
        ("\u201cDemand remains robust,\u201d the carmaker said.",
         [("the carmaker", "organization")]),
        ("The airline said flights would resume on Monday.", [("The airline", "organization")]),
        ("The insurer said claims had doubled.", [("The insurer", "organization")]),
        ("The UK's biggest mortgage lender said arrears had risen.",
         [("The UK's biggest mortgage lender", "organization")]),
    ],
)
def test_a_firm_described_by_its_trade_is_an_organisation(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert source_types(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The feminist writer and broadcaster said the show had gone too far.",
        "The veteran game maker said he had one problem still to solve.",
        "The miner said the tunnel had collapsed.",
    ],
)
def test_a_trade_that_names_a_person_keeps_its_reading(text: str) -> None:
    # the firm in the sentence after is an organisation
    types = source_types(text + " The retailer said sales had slowed.")
    assert [t for _, t in types] == ["person", "organization"]


# -- linear ---------------------------------------------------------------------------------


def test_quantifiers_announcements_and_firms_are_linear() -> None:
    def make(n: int) -> str:
        return " ".join(
            f"In round {i} few expect that the count was fair, and virtually no one believes "
            "it will last. Not all voters agree that the announcement that the vote would be "
            "rerun was right, the retailer said."
            for i in range(n)
        )

    assert_linear(make, ENRICHER.enrich, 300)
