"""Tests of the quotes plugin's reading of an owned noun of saying that "was" or "is" and an
adjective of how it is put bring before a colon ("Her message was simple: …", "His
verdict was blunt: …", "The coach's message to his players was clear: …"): the owner
speaks the words after the colon, the noun is the cue; a noun with no owner ("The
message was clear: …") or an adjective of no saying names no one.  And "In the words of
X, …" opening a sentence, which attributes its clause to X as "According to X, …" does,
where X is someone who speaks (not "the song")."""

from __future__ import annotations

from functools import partial

import pytest

import limner
from tests.plugins import support
from tests.scaling import assert_linear

ENRICHER = limner.Enricher(["quotes"])

attributions = partial(support.attributions, ENRICHER)
cues = partial(support.cues, ENRICHER)


# -- an owned noun of saying, "was"/"is" and an adjective, a colon --------------------------


@pytest.mark.parametrize(
    ("text", "expected", "unowned"),
    [
        ("Her message was simple: the company must change.",
         [("the company must change", "Her", "message")],
         "The message was clear: the party must change its course."),
        ("His verdict was blunt: the plan will fail within a year.",
         [("the plan will fail within a year", "His", "verdict")],
         "The verdict was unanimous: the defendant was guilty as charged."),
        ("The coach's message to his players was clear: work harder every day.",
         [("work harder every day", "The coach", "message")],
         "Her message arrived late: the meeting had already ended by then."),
        ("Her advice to young writers is simple: read everything you can.",
         [("read everything you can", "Her", "advice")],
         "His response to the crisis was slow: roads stayed closed for weeks."),
        ("The minister's warning was stark: prices will rise again next year.",
         [("prices will rise again next year", "The minister", "warning")],
         "The warning was stark: prices will rise again next year."),
        ("Their answer was short: the deal is off for now.",
         [("the deal is off for now", "Their", "answer")],
         "The answer is simple: build more homes near the station."),
    ],
)
def test_an_owned_noun_of_saying_before_a_colon_is_its_owners_saying(
    text: str, expected: list[tuple[str, str | None, str | None]], unowned: str
) -> None:
    assert cues(text) == expected
    # no owner, or an adjective of an act or a vote ("slow", "unanimous"): no one speaks
    assert attributions(unowned) == []


# -- "In the words of X, …" -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "other"),
    [
        ("In the words of one teacher, the system is broken beyond repair.",
         [("the system is broken beyond repair", "one teacher", "in the words of")],
         "In the words of the song, all you need is love."),
        ("In the words of the prime minister, the country is open for business.",
         [("the country is open for business", "the prime minister", "in the words of")],
         "In other words, the country is open for business."),
        # the head is the noun before "of", not the phrase's last word: a song, an anthem,
        # lyrics speak nothing whoever's they are; a person before "of" speaks
        ("In the words of a friend of the family, she was a saint.",
         [("she was a saint", "a friend of the family", "in the words of")],
         "In the words of the song of the miners, all you need is love."),
        ("In the words of one fan, we will never give up.",
         [("we will never give up", "one fan", "in the words of")],
         "In the words of the anthem of the supporters, we will never give up."),
        ("In the words of one teacher, the team is the best.",
         [("the team is the best", "one teacher", "in the words of")],
         "In the words of the lyrics of one fan, the team is the best."),
    ],
)
def test_in_the_words_of_x_attributes_its_clause_to_x(
    text: str, expected: list[tuple[str, str | None, str | None]], other: str
) -> None:
    assert cues(text) == expected
    assert attributions(other) == []  # a song's words, or no one's


# -- linear ---------------------------------------------------------------------------------


def test_owned_sayings_are_linear() -> None:
    def make(n: int) -> str:
        return "\n".join(
            f"In round {i} the coach spoke. His message to the players was clear: work "
            "harder every day. The message was clear: the party must change.\nHer advice "
            "is simple: read everything you can.\nIn the words of one teacher, the system "
            "is broken beyond repair."
            for i in range(n)
        )

    assert len(attributions(make(3))) == 9  # each round's three sayings are read
    assert_linear(make, ENRICHER.enrich, 300)


# -- a quotation after the frame's colon; "were" after a plural; "was that" -----------------


@pytest.mark.parametrize(
    ("text", "expected", "other"),
    [
        ('Her message was simple: "We will not give up."',
         [("We will not give up.", "Her", "message")],
         'The message was clear: "We will not give up."'),
        ('The minister\'s message to voters was clear: "Nothing will change overnight."',
         [("Nothing will change overnight.", "The minister", "message")],
         'The warning was stark: "Nothing will change overnight."'),
    ],
)
def test_a_quotation_after_an_owned_sayings_colon_is_its_owners(
    text: str, expected: list[tuple[str, str | None, str | None]], other: str
) -> None:
    assert cues(text) == expected
    # no owner: the quotation is read, and no one (not "The message") speaks it
    assert [(q, m) for q, m, _ in cues(other)] == [(expected[0][0], None)]


@pytest.mark.parametrize(
    ("text", "expected", "other"),
    [
        ("His words were clear: the deal is dead and buried.",
         [("the deal is dead and buried", "His", "words")],
         "His words were drowned out by the crowd: the protesters kept chanting."),
        ("Her words to the jury were simple: look at the evidence.",
         [("look at the evidence", "Her", "words")],
         "The words were simple: look at the evidence."),
    ],
)
def test_owned_words_were_and_an_adjective_before_a_colon(
    text: str, expected: list[tuple[str, str | None, str | None]], other: str
) -> None:
    assert cues(text) == expected
    assert attributions(other) == []


@pytest.mark.parametrize(
    ("text", "expected", "other"),
    [
        ("Her message was that the party must change its course.",
         [("the party must change its course", "Her", "message")],
         "Her message was delivered by courier that morning."),
        ("The president's argument is that the tax would pay for itself.",
         [("the tax would pay for itself", "The president", "argument")],
         "The argument is that the tax would pay for itself."),
        ("His view was that the war could not be won.",
         [("the war could not be won", "His", "view")],
         "The problem with her message was that it came too late."),
    ],
)
def test_an_owned_noun_of_saying_was_that_is_its_owners_saying(
    text: str, expected: list[tuple[str, str | None, str | None]], other: str
) -> None:
    assert cues(text) == expected
    # no owner, no that-clause, or an owner inside a preposition's phrase: no one speaks
    assert attributions(other) == []


def test_an_owner_inside_a_prepositions_phrase_owns_no_frame() -> None:
    # the subject is "The trouble", not the owner's argument
    assert attributions("The trouble with his argument was clear: it ignored the cost.") == []
    assert cues("Her argument was clear: it ignored the cost.") == [
        ("it ignored the cost", "Her", "argument")
    ]


def test_an_owner_after_of_owns_the_part_of_its_saying() -> None:
    # "the point of her message" is a part of what she said: hers
    assert cues("The point of her message was that voters were angry.") == [
        ("voters were angry", "her", "message")
    ]  # (not "The problem with her message was that …", asked with the owned nouns above)


def test_quoted_and_that_sayings_are_linear() -> None:
    def make(n: int) -> str:
        return "\n".join(
            f'In round {i} the coach spoke. His message to the players was clear: "Work '
            'harder every day." Her view is that the team must change.\nHis words were '
            "blunt: the season is over."
            for i in range(n)
        )

    assert len(attributions(make(3))) == 9  # each round's three sayings are read
    assert_linear(make, ENRICHER.enrich, 300)


# -- a plural's possessive; the plural of an owned noun of saying; "In the eyes of X, …" ----


@pytest.mark.parametrize(
    ("text", "owner", "singular", "its_owner"),
    [
        ("The unions' warning that pay has fallen was ignored.", "The unions",
         "The union's warning that pay has fallen was ignored.", "The union"),
        ('The workers\' message was simple: "A fair wage for all."', "The workers",
         'The worker\'s message was simple: "A fair wage for all."', "The worker"),
        ("Mr Jones' claim that pay fell was false.", "Mr Jones",
         "Mr Jone's claim that pay fell was false.", "Mr Jone"),
    ],
)
def test_a_plurals_possessive_keeps_its_s_in_the_owner(
    text: str, owner: str, singular: str, its_owner: str
) -> None:
    assert [m for _, m, _ in cues(text)] == [owner]
    # a singular's possessive: the owner before its "'s", as before
    assert [m for _, m, _ in cues(singular)] == [its_owner]


@pytest.mark.parametrize(
    ("text", "expected", "other"),
    [
        ("Their demands are clear: higher pay and shorter hours.",
         [("higher pay and shorter hours", "Their", "demands")],
         "Their demands were rejected: the talks collapsed on Friday."),
        ("The workers' demands were simple: a fair wage and safe conditions.",
         [("a fair wage and safe conditions", "The workers", "demands")],
         "The demands were simple: a fair wage and safe conditions."),
        ("His warnings were blunt: the dam could fail within days.",
         [("the dam could fail within days", "His", "warnings")],
         "His warnings were ignored: the dam failed within days."),
        ("The unions' arguments are straightforward: pay has fallen for a decade.",
         [("pay has fallen for a decade", "The unions", "arguments")],
         "The arguments are straightforward: pay has fallen for a decade."),
        ("Her views were that the plan would never work.",
         [("the plan would never work", "Her", "views")],
         "Her views were shared by most of the committee that year."),
    ],
)
def test_a_plural_owned_noun_of_saying_before_its_frame(
    text: str, expected: list[tuple[str, str | None, str | None]], other: str
) -> None:
    assert cues(text) == expected
    # another verb, no adjective of how words are put, or no owner: no one speaks
    assert attributions(other) == []


@pytest.mark.parametrize(
    ("text", "expected", "other"),
    [
        ("In the eyes of many voters, the election was stolen.",
         [("the election was stolen", "many voters", "in the eyes of")],
         "In the eyes of the storm, the wind dropped to nothing."),
        ("In the eyes of the prosecutor, the evidence is overwhelming.",
         [("the evidence is overwhelming", "the prosecutor", "in the eyes of")],
         "In the eyes of the statue, the sculptor set two rubies."),
        ("In the eyes of his critics, the reform went too far.",
         [("the reform went too far", "his critics", "in the eyes of")],
         "She looked in the eyes of the dog and smiled at it."),
    ],
)
def test_in_the_eyes_of_x_attributes_its_clause_to_x(
    text: str, expected: list[tuple[str, str | None, str | None]], other: str
) -> None:
    assert cues(text) == expected
    assert attributions(other) == []  # a thing's eyes, or a look: no one's view


def test_plural_sayings_and_eyes_are_linear() -> None:
    def make(n: int) -> str:
        return "\n".join(
            f"In round {i} the strike went on. Their demands are clear: higher pay and "
            "shorter hours.\nIn the eyes of many voters, the strike is fair.\nThe demands "
            "were simple: a fair wage."
            for i in range(n)
        )

    assert len(attributions(make(3))) == 6  # each round's two sayings are read
    assert_linear(make, ENRICHER.enrich, 300)
