"""Tests of the quotes plugin's source types for names of places that stand for a body:
a name whose last word names a street, a road, a square or a yard ("Downing Street",
"Wall Street", "Scotland Yard") is an organisation, where no title makes it a person's
(a palace is already a body's head noun); and a one-word name with a capital inside
it ("YouGov", "WikiLeaks") is an organisation unless what stands before that capital is a
surname's prefix ("McCain", "MacDonald", "DeSantis", "LaBelle"); "as X puts it" before a
quote takes a person described ("one resident") as its speaker, as it takes a name or a
role, and no saying ("the old proverb"); a name of two words or more that opens with an
acronym of three capitals or more ("NHS England", "BBC Sport") is an organisation; and a
charity, an airport and a museum are bodies and a judgment a document."""

from __future__ import annotations

from functools import partial

import pytest

import limner
from tests.plugins import support
from tests.scaling import assert_linear

ENRICHER = limner.Enricher(["quotes"])

attributions = partial(support.attributions, ENRICHER)

source_types = partial(support.source_types, ENRICHER)


# -- a place that stands for a body: a street's, a road's, a square's or a yard's name -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Downing Street said the prime minister had full confidence in the chancellor.",
         [("Downing Street", "organization")]),
        ("Scotland Yard said two men had been arrested.", [("Scotland Yard", "organization")]),
        ("\u201cRates will stay high,\u201d Wall Street said.", [("Wall Street", "organization")]),
    ],
)
def test_a_place_that_stands_for_a_body_is_an_organisation(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert source_types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title before the name makes it a person's; a surname that is also a street's
        # last word ("Hill", "Lane", "Hall") is not read as one
        ("Mr Street said the plan would fail.", [("Mr Street", "person")]),
        ("Keith Hill said the plan would fail.", [("Keith Hill", "person")]),
    ],
)
def test_a_person_named_like_a_place_keeps_his_reading(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert source_types(text) == expected


# -- a one-word name with a capital inside it is a coinage, no person's -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("YouGov said support for the party had fallen.", [("YouGov", "organization")]),
        ("A poll by YouGov suggests that support for the party has fallen.",
         [("YouGov", "organization")]),
        ("WikiLeaks said the files were genuine.", [("WikiLeaks", "organization")]),
        ("“We stand by our rating,” PolitiFact said.", [("PolitiFact", "organization")]),
    ],
)
def test_a_one_word_name_with_an_inner_capital_is_an_organisation(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert source_types(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "McCain said the bill would fail.",
        "MacDonald said the bill would fail.",
        "DeSantis said the bill would fail.",
        "LaBelle said the bill would fail.",
    ],
)
def test_a_surname_with_a_prefix_before_its_inner_capital_is_a_person(text: str) -> None:
    assert [t for _, t in source_types(text)] == ["person"]


# -- a name that opens with an acronym is a body's -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NHS England said the number of patients waiting had fallen.",
         [("NHS England", "organization")]),
        ("BBC Sport understands the club has accepted the offer.",
         [("BBC Sport", "organization")]),
        ("RSA Security said the flaw had been fixed.", [("RSA Security", "organization")]),
    ],
)
def test_a_name_that_opens_with_an_acronym_is_an_organisation(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert source_types(text) == expected


def test_a_name_that_opens_with_initials_is_a_person() -> None:
    # two capitals are a person's initials, as often as a body's
    assert source_types("JK Rowling said the book was finished.") == [("JK Rowling", "person")]


# -- "as X puts it" takes a person described as its speaker, not a saying -----------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("As one resident puts it, \u201cWe have been forgotten.\u201d", "one resident"),
        ("As a local shopkeeper put it: \u201cNobody comes here any more.\u201d",
         "a local shopkeeper"),
        ("As one expert put it in an interview, \u201cThe damage is done.\u201d", "one expert"),
    ],
)
def test_as_a_person_described_puts_it_names_the_speaker(text: str, speaker: str) -> None:
    assert [m for _, m in attributions(text)] == [speaker]


def test_as_a_saying_puts_it_names_no_speaker() -> None:
    assert [m for _, m in attributions(
        "As the old proverb puts it, \u201cPride comes before a fall.\u201d"
    )] == [None]


# -- a charity, an airport, a museum; a judgment ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "other", "other_expected"),
    [
        ("The charity said demand for its food banks had doubled.",
         [("The charity", "organization")],
         # one who works for it is a person
         "A charity worker said the families were struggling.",
         [("A charity worker", "person")]),
        ("The airport said flights were operating normally.",
         [("The airport", "organization")],
         "The charity's chief executive said demand had doubled.",
         [("The charity's chief executive", "person")]),
        ("The museum said the painting would be returned.", [("The museum", "organization")],
         "The curator said the painting would be returned.", [("The curator", "person")]),
        ("The judgment said the council had failed in its duty of care.",
         [("The judgment", "document")],
         "The judge said the council had failed in its duty of care.",
         [("The judge", "person")]),
    ],
)
def test_a_charity_an_airport_and_a_museum_are_bodies_and_a_judgment_a_document(
    text: str, expected: list[tuple[str | None, str]], other: str,
    other_expected: list[tuple[str | None, str]],
) -> None:
    assert source_types(text) == expected
    assert source_types(other) == other_expected


# -- linear ---------------------------------------------------------------------------------


def test_source_types_are_linear() -> None:
    def make(n: int) -> str:
        return " ".join(
            f"In round {i} Downing Street said the talks had failed, and Keith Hill said "
            "YouGov would not comment. McCain said he agreed. As one resident put it, "
            "\u201cNothing changes.\u201d NHS England said it agreed. The charity said "
            "it agreed."
            for i in range(n)
        )

    assert_linear(make, ENRICHER.enrich, 300)
