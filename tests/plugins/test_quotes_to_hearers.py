"""Tests of the quotes plugin's reading of the hearer after a verb of saying's "to": "She
wrote to her MP about the noise" says "about the noise" to her MP, and "to her MP" is no
part of it, as PolNeAR marks "wrote to Mrs. Clinton about a visit …", "apologized to his
supporters … for …", "confided to her that …"; after "responded to", "referred to" or
"admitted to" the words after "to" stay what is answered or owned.  And a time after "for
sure" is read past as one right after the verb is ("will know for sure on Friday whether
…": the question, not the day)."""

from __future__ import annotations

from functools import partial

import pytest

import limner
from tests.plugins import support
from tests.scaling import assert_linear

ENRICHER = limner.Enricher(["quotes"])

cues = partial(support.cues, ENRICHER)


# -- "to" a hearer after a verb of saying ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "other", "other_expected"),
    [
        ("She wrote to her MP to complain about the noise.",
         [("to complain about the noise", "She", "wrote")],
         # what is referred to after "to" is no hearer: the content keeps it
         "The firm referred to the report about pay.",
         [("to the report about pay", "The firm", "referred")]),
        ("The head teacher wrote to parents about the new rules.",
         [("about the new rules", "The head teacher", "wrote")],
         # a hearer with a relative clause: its words are not the verb's, left as they were
         "The firm wrote to customers who bought tickets for the show.",
         [("to customers who bought tickets for the show", "The firm", "wrote")]),
        ("She complained to the manager about the service.",
         [("about the service", "She", "complained")],
         # "that" after the hearer was read so already
         "He explained to reporters that the flight had been delayed.",
         [("the flight had been delayed", "He", "explained")]),
        ("The club apologised to its fans and to the players for the delay.",
         [("for the delay", "The club", "apologised")],
         # "to" and a thing after "admitted" is what is admitted
         "He admitted to the charges for the first time.",
         [("to the charges for the first time", "He", "admitted")]),
        ("He confided to friends that he was thinking of quitting.",
         [("he was thinking of quitting", "He", "confided")],
         "He wrote to his 20,000 followers about the result.",
         [("about the result", "He", "wrote")]),
    ],
)
def test_to_and_a_hearer_after_a_verb_of_saying_is_not_the_content(
    text: str, expected: list[tuple[str, str | None, str | None]], other: str,
    other_expected: list[tuple[str, str | None, str | None]],
) -> None:
    assert cues(text) == expected
    assert cues(other) == other_expected


def test_a_hearer_alone_before_a_comma_says_nothing() -> None:
    said = cues("She wrote to the prime minister, saying the scheme had failed.")
    assert said == [("the scheme had failed", "She", "saying")]


# -- a group's members before "of" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "other", "other_expected"),
    [
        ("He assured members of staff that no jobs would go.",
         [("no jobs would go", "He", "assured")],
         # "of" after a noun of no group is what was heard of: left as it was
         "Police warned drivers of delays on the M6.",
         [("drivers of delays on the M6", "Police", "warned")]),
        ("Police warned members of the public not to approach the man.",
         [("to approach the man", "Police", "warned")],
         # "residents" may hear of a need as well as belong to a street: left as it was
         "Officers reminded residents of the need to lock their doors.",
         [("residents of the need to lock their doors", "Officers", "reminded")]),
        ("He told members of the committee the figures were wrong.",
         [("the figures were wrong", "He", "told")],
         # the hearer with no "of": read so before
         "He told committee members the figures were wrong.",
         [("the figures were wrong", "He", "told")]),
        ("She told the families of the victims the inquiry would be independent.",
         [("the inquiry would be independent", "She", "told")],
         "He told the owners of the site the plan would go ahead.",
         [("the owners of the site the plan would go ahead", "He", "told")]),
    ],
)
def test_a_group_after_members_of_is_part_of_the_hearer(
    text: str, expected: list[tuple[str, str | None, str | None]], other: str,
    other_expected: list[tuple[str, str | None, str | None]],
) -> None:
    assert cues(text) == expected
    assert cues(other) == other_expected


# -- a time after "for sure" -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "other", "other_content"),
    [
        ("The club will know for sure on Friday whether the striker is fit.",
         "whether the striker is fit",
         # no "for sure": the day read past as before
         "The club will announce on Friday whether the striker is fit.",
         "whether the striker is fit"),
        ("Officials could not say for certain on Monday how many homes were damaged.",
         "how many homes were damaged",
         "Officials could not say for certain how many homes were damaged.",
         "how many homes were damaged"),
    ],
)
def test_a_time_after_for_sure_is_read_past(
    text: str, content: str, other: str, other_content: str
) -> None:
    assert [q[0] for q in cues(text)] == [content]
    assert [q[0] for q in cues(other)] == [other_content]


# -- linear ---------------------------------------------------------------------------------


def test_hearers_after_to_and_for_sure_are_linear() -> None:
    def make(n: int) -> str:
        return "\n".join(
            f"Round {i}. She complained to the manager about the service. The club will "
            "know for sure on Friday whether the striker is fit. He wrote to his MP to "
            "complain about the noise."
            for i in range(n)
        )

    assert [c for c, _, _ in cues(make(2))] == [
        "about the service", "whether the striker is fit", "to complain about the noise",
    ] * 2
    assert_linear(make, ENRICHER.enrich, 300)


def test_hearers_before_of_are_linear() -> None:
    def make(n: int) -> str:
        return "\n".join(
            f"Round {i}. He assured members of staff that no jobs would go. She told the "
            "families of the victims the inquiry would be independent. Police warned "
            "drivers of delays on the M6."
            for i in range(n)
        )

    assert [c for c, _, _ in cues(make(2))] == [
        "no jobs would go", "the inquiry would be independent", "drivers of delays on the M6",
    ] * 2
    assert_linear(make, ENRICHER.enrich, 300)
