"""Tests of the quotes plugin's rules for reported speech in the registers of the
``fresh`` suite (``limner evaluate quotes --suite fresh``): transcripts, earnings calls
and analyst notes, science press releases, live blogs, wire copy of the 1990s and
quotation marks that are no quotes.  Each is written for the shape of a sentence, not
for a passage of the suite."""

from __future__ import annotations

from functools import partial

import pytest

import limner
from tests.plugins import support

ENRICHER = limner.Enricher(["quotes"])


#: ``(content, speaker mention)`` of every quote of a text
attributions = partial(support.attributions, ENRICHER)


# -- "said today he would veto any bill that …": the clause opens after the day ---------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The president said today he would veto any bill that cut pensions.",
         "he would veto any bill that cut pensions", "The president"),
        ("The mayor said on Tuesday she would oppose any plan that closed the library.",
         "she would oppose any plan that closed the library", "The mayor"),
        ("The minister said yesterday they would block any deal that raised fares.",
         "they would block any deal that raised fares", "The minister"),
    ],
)
def test_a_subject_pronoun_after_the_day_owns_a_later_that(
    text: str, content: str, speaker: str
) -> None:
    assert [c for c, s in attributions(text) if s == speaker] == [content]


def test_a_that_after_the_day_still_opens_the_clause() -> None:
    assert attributions("The mayor said on Tuesday that the library would close.") == [
        ("the library would close", "The mayor")
    ]
