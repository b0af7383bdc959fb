"""Tests of the quotes plugin's reading of the words right after a verb of saying: "of"
after *warn* is its particle, as "about" is ("Forecasters are warning of strong winds":
the cue "warning of", the content the winds), where after other verbs it opens a topic
("said of the plan that …"); and "for sure" or "for certain" right after a verb is an
adverbial read past ("No one can say for sure what will happen next": the content "what
will happen next", the cue "say"), not the particle "for" and its object ("called for
calm")."""

from __future__ import annotations

from functools import partial

import pytest

import limner
from tests.plugins import support
from tests.scaling import assert_linear

ENRICHER = limner.Enricher(["quotes"])

cues = partial(support.cues, ENRICHER)


# -- "warned of" ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "other", "other_cue"),
    [
        # "of" after another verb opens the topic or the thing, not the cue's particle
        ("Forecasters are warning of strong winds in the north.",
         [("strong winds in the north", "Forecasters", "warning of")],
         "Witnesses told of strong winds in the north.", "told"),
        ("The charity warned of a winter of hardship for families.",
         [("a winter of hardship for families", "The charity", "warned of")],
         "Survivors wrote of strong winds in the north.", "wrote"),
        ("Doctors warn of a rise in flu cases this winter.",
         [("a rise in flu cases this winter", "Doctors", "warn of")],
         "The novel tells of a family in the north.", "tells"),
    ],
)
def test_of_after_warn_is_the_cues_particle(
    text: str, expected: list[tuple[str, str | None, str | None]], other: str, other_cue: str
) -> None:
    assert cues(text) == expected
    assert [q[2] for q in cues(other)] == [other_cue]


def test_of_after_warn_reads_as_about_does() -> None:
    about = cues("The bank warned about rising prices in the months ahead.")
    of = cues("The bank warned of rising prices in the months ahead.")
    assert about == [("rising prices in the months ahead", "The bank", "warned about")]
    assert of == [("rising prices in the months ahead", "The bank", "warned of")]


# -- "for sure", "for certain" after a verb -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "cue", "other", "other_cue"),
    [
        ("No one can say for sure what will happen next.", "what will happen next", "say",
         # "for" and its object after the verb: the particle stays
         "The unions called for calm after the vote.", "called for"),
        ("Officials could not say for certain how many people had been evacuated.",
         "how many people had been evacuated", "say",
         "Campaigners called for sure-footed action on housing.", "called for"),
        ("Nobody knows for sure whether the bridge is safe.", "whether the bridge is safe",
         "knows",
         "She said for the first time that she would stand for election.", "said"),
    ],
)
def test_for_sure_after_a_verb_is_read_past(
    text: str, content: str, cue: str, other: str, other_cue: str
) -> None:
    assert [(q[0], q[2]) for q in cues(text)] == [(content, cue)]
    assert [q[2] for q in cues(other)] == [other_cue]


# -- linear ---------------------------------------------------------------------------------


def test_warned_of_and_for_sure_are_linear() -> None:
    def make(n: int) -> str:
        return "\n".join(
            f"Round {i}. Forecasters are warning of strong winds in the north. No one "
            "can say for sure what will happen next. The bank warned about rising prices in "
            "the months ahead."
            for i in range(n)
        )

    # each round's three sayings are read, "of" and "for sure" outside the contents
    assert [c for _, _, c in cues(make(3))] == ["warning of", "say", "warned about"] * 3
    assert_linear(make, ENRICHER.enrich, 300)
