"""Tests of the quotes plugin on attributions with no verb of saying: a claim noun's
that-clause whose maker the sentence does not name ("Despite complaints that …", "the
allegation that …"), and a state of mind after "be" whose holder is the subject ("They
are convinced that …", "Officials are concerned that …")."""

from __future__ import annotations

from functools import partial

import pytest

import limner
from tests.plugins import support
from tests.scaling import assert_linear

ENRICHER = limner.Enricher(["quotes"])

attributions = partial(support.attributions, ENRICHER)


# -- a claim noun's that-clause, its maker unnamed -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator pressed on despite complaints that he is a crusader.",
         [("he is a crusader", None)]),
        ("The list includes expansion and allegations that hackers broke into computers.",
         [("hackers broke into computers", None)]),
        ("The allegation that the mayor took bribes was never proved.",
         [("the mayor took bribes", None)]),
        ("An assertion that the border was open drew criticism.",
         [("the border was open", None)]),
    ],
)
def test_a_claim_nouns_that_clause_with_no_maker_is_attributed_to_no_one(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The allegations that were made last year have been dropped.", []),
        ("She read the complaints that had been filed.", []),
        ("He claims that the vote was rigged.", [("the vote was rigged", "He")]),
        ("Despite claims that they lied, the officers have never decided a case.",
         [("they lied", None)]),
        ("The minister's claim that the economy is growing was disputed.",
         [("the economy is growing", "The minister")]),
    ],
)
def test_a_relative_that_a_verb_or_a_maker_is_no_unmade_claim(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    # the claim with no maker in the sentence after is read; the one before keeps its reading
    assert attributions(text + " He resigned amid complaints that he had lied.") == [
        *expected, ("he had lied", None)
    ]


# -- a state of mind after "be": the subject holds the that-clause ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("But they are convinced that the president could have done more.",
         [("the president could have done more", "they")]),
        ("Ackman is convinced that Valeant will recover.",
         [("Valeant will recover", "Ackman")]),
        ("Some backers are concerned that momentum could shift to his rival.",
         [("momentum could shift to his rival", "Some backers")]),
        ("Political pundits are shocked that Trump is leading in the polls.",
         [("Trump is leading in the polls", "Political pundits")]),
        ("Her advisers are not convinced that the plan will work.",
         [("the plan will work", "Her advisers")]),
    ],
)
def test_the_subject_of_a_state_of_mind_holds_its_that_clause(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert attributions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The people concerned left the building.",
        "He was convinced by the argument.",
        "As far as I am concerned, the matter is closed.",
        "The villagers were shocked by the news.",
    ],
)
def test_a_state_without_a_that_clause_attributes_nothing(text: str) -> None:
    # the state before "that" in the sentence after is read; the one without it is not
    assert attributions(text + " Officials are concerned that costs will rise.") == [
        ("costs will rise", "Officials")
    ]


# -- linear ---------------------------------------------------------------------------------


def test_unmade_claims_and_held_states_are_linear() -> None:
    def make(n: int) -> str:
        return " ".join(
            f"After rule {i} the voters are convinced that the count was fair, and "
            "the people concerned are shocked that it was close. Despite complaints that "
            "it was unfair, the allegation that it was rigged faded."
            for i in range(n)
        )

    assert_linear(make, ENRICHER.enrich, 300)
