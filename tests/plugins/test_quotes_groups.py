"""Tests of the quotes plugin's reading of a group of people as a headline's label: a
family is a group of people, read as the other groups are ("relatives", "friends"), so
"Victim's family: …" and "Family of victim: …" name the family whole, not the owner or
the bare head."""

from __future__ import annotations

from functools import partial

import pytest

import limner
from tests.plugins import support
from tests.scaling import assert_linear

ENRICHER = limner.Enricher(["quotes"])


sources = partial(support.sources, ENRICHER)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Victim's family: \u201cWe want the truth\u201d",
         [("We want the truth", "Victim's family", "person")]),
        ("Family of victim: \u201cWe want the truth\u201d",
         [("We want the truth", "Family of victim", "person")]),
        ("Families of the victims: \u201cWe want the truth\u201d",
         [("We want the truth", "Families of the victims", "person")]),
        ("Miners' families: \u201cWe want the truth\u201d",
         [("We want the truth", "Miners' families", "person")]),
    ],
)
def test_a_label_of_a_family_is_read_whole(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group the lists held before: read whole as ever
        ("Relatives of victims: \u201cWe want the truth\u201d",
         [("We want the truth", "Relatives of victims", "person")]),
        # an owner's thing keeps its owner (a thing and its phrase, "Cost of living",
        # naming no one whole is asked in test_quotes_frames)
        ("Republicans' reaction: \u201cThis is a disgrace\u201d",
         [("This is a disgrace", "Republicans'", "person")]),
    ],
)
def test_other_labels_read_as_before(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert sources(text) == expected


def test_a_family_before_a_verb_is_a_person_source() -> None:
    assert sources("His family said in a statement that he would be deeply missed.") == [
        ("he would be deeply missed", "His family", "person")]


def test_family_labels_are_linear() -> None:
    def make(n: int) -> str:
        return "\n".join(
            f"In round {i} the court sat. His family said he was innocent.\n"
            "Victim's family: \u201cWe want the truth\u201d\n"
            "Family of victim: \u201cWe want the truth\u201d"
            for i in range(n)
        )

    assert_linear(make, ENRICHER.enrich, 300)
