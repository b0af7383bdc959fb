"""Tests of the quotes plugin on ordinary news: a negated quantifier as the holder ("No one
believes that …", "Not everyone is convinced that …")."""

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


# -- linear ---------------------------------------------------------------------------------


def test_negated_holders_are_linear() -> None:
    def make(n: int) -> str:
        return " ".join(
            f"In round {i} not everyone agrees that the count was fair, and no one thinks "
            "it will last."
            for i in range(n)
        )

    assert_linear(make, ENRICHER.enrich, 300)
