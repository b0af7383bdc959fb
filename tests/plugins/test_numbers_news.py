"""Tests of the numbers plugin on figures as news outlets write them: money ranges with
the currency and scale written once, mixed numbers in words before a scale."""

from __future__ import annotations

import math
from typing import Any

import pytest

import limner
from tests.plugins.support import annotated, only


@pytest.fixture(scope="module")
def enricher() -> limner.Enricher:
    return limner.Enricher(["numbers"])


def one(enricher: limner.Enricher, text: str, surface: str) -> dict[str, Any]:
    return only(enricher, text, "number", surface)


@pytest.mark.parametrize(
    ("text", "surface", "value", "category"),
    [
        ("One and a half million people watched.", "One and a half million", 1_500_000,
         "cardinal"),
        ("Two and a half thousand homes flooded.", "Two and a half thousand", 2_500,
         "cardinal"),
        ("He bought two and a half dozen eggs.", "two and a half dozen", 30, "cardinal"),
        ("Six and a half billion dollars was spent.", "Six and a half billion dollars",
         6_500_000_000, "money"),
        ("One and three-quarter million barrels a day.", "One and three-quarter million",
         1_750_000, "quantity"),
        # the half of "a million and a half" is of the million, not of one
        ("A million and a half people voted.", "A million and a half", 1_500_000, "cardinal"),
        ("Two million and a half people voted.", "Two million and a half", 2_500_000,
         "cardinal"),
        # no scale after the fraction: the mixed number as written
        ("She ate one and a half pizzas.", "one and a half", 1.5, "cardinal"),
    ],
)
def test_a_mixed_number_in_words_takes_the_scale_after_it(
        enricher: limner.Enricher, text: str, surface: str, value: float,
        category: str) -> None:
    found = [n for n in annotated(enricher, text, "number") if n["surface"].startswith(surface)]
    assert len(found) == 1, annotated(enricher, text, "number")
    assert found[0]["category"] == category and math.isclose(found[0]["value"], value), found
