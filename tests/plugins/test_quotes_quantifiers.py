"""Tests of the quotes plugin on ordinary news: a negated quantifier as the holder ("No one
believes that …", "Not everyone is convinced that …"), and a time between a passive cue
and its that-clause ("It was announced on Monday that …")."""

from __future__ import annotations

from functools import partial

import pytest

import limner
from tests.plugins import support
from tests.scaling import assert_linear

ENRICHER = limner.Enricher(["quotes"])

attributions = partial(support.attributions, ENRICHER)


# -- a negated quantifier holds the clause, its negation kept ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No one believes that the plan will work.", [("the plan will work", "No one")]),
        ("No one thinks the deal will survive the winter.",
         [("the deal will survive the winter", "No one")]),
        ("But no one expects that the talks will succeed.",
         [("the talks will succeed", "no one")]),
        ("Not everyone is convinced that the plan will work.",
         [("the plan will work", "Not everyone")]),
        ("Not everyone agrees that the budget adds up.",
         [("the budget adds up", "Not everyone")]),
        ("Not many believe that the figures are right.",
         [("the figures are right", "Not many")]),
    ],
)
def test_a_negated_quantifier_is_the_holder_with_its_negation(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Everyone agrees that the plan will work.", [("the plan will work", "Everyone")]),
        ("Nobody thinks the deal will survive.", [("the deal will survive", "Nobody")]),
        ("The minister did not say that the plan would fail.",
         [("the plan would fail", "The minister")]),
        ("One expert said the figures were wrong.", [("the figures were wrong", "One expert")]),
    ],
)
def test_a_quantifier_without_a_negation_keeps_its_reading(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    # the negated holder in the sentence after is read with its negation
    assert attributions(text + " Not everyone believes that it will last.") == [
        *expected, ("it will last", "Not everyone")
    ]


# -- a time between a dummy "it"'s passive cue and its clause ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was announced on Monday that the museum would close.",
         [("the museum would close", None)]),
        ("It was reported last week that the talks had collapsed.",
         [("the talks had collapsed", None)]),
        ("It was confirmed yesterday that the striker had signed a new contract.",
         [("the striker had signed a new contract", None)]),
        ("It was revealed on Tuesday that the minister had broken the rules.",
         [("the minister had broken the rules", None)]),
        ("It was announced in March that the plant would close.",
         [("the plant would close", None)]),
    ],
)
def test_a_time_after_a_passive_cue_is_no_part_of_its_clause(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert attributions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The museum was announced on Monday as the winner.",
        "The plan was reported in March to the board.",
    ],
)
def test_a_time_after_a_passive_cue_opens_no_clause_of_its_own(text: str) -> None:
    # no that-clause follows the time: the clause of the passive after it is still read
    assert ("the museum would close", None) in attributions(
        text + " It was announced on Monday that the museum would close."
    )


# -- linear ---------------------------------------------------------------------------------


def test_negated_holders_and_timed_passives_are_linear() -> None:
    def make(n: int) -> str:
        return " ".join(
            f"In round {i} not everyone agrees that the count was fair, and no one thinks "
            "it will last. It was announced on Monday that the vote would be rerun, and "
            "not all voters believe that it was reported last week that it would be."
            for i in range(n)
        )

    assert_linear(make, ENRICHER.enrich, 300)
