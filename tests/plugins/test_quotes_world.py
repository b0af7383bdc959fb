"""Tests of the quotes plugin's rules for the attributions of the ``world`` suite's news
(``limner evaluate quotes --suite world``): each written for the shape of a sentence,
not for a passage of the suite."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

import limner
from tests.plugins import support
from tests.plugins.support import quotes_of
from tests.scaling import assert_linear

ENRICHER = limner.Enricher(["quotes"])


#: ``(content, speaker mention)`` of every quote of a text, and the speaker mention of the
#: quote whose content starts with the words given
attributions = partial(support.attributions, ENRICHER)
speaker_of = partial(support.speaker_of, ENRICHER)


# -- a person's description, then a clause set off by commas, then the verb ---------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The 19-year-old, speaking outside court, said: “I just want to go home.”",
         "The 19-year-old"),
        ("A 24-year-old, who was treated for burns, said: “The flames were everywhere.”",
         "A 24-year-old"),
        ("The 31-year-old, speaking after his release, said he had been treated well.",
         "The 31-year-old"),
    ],
)
def test_an_age_set_off_from_its_verb_by_a_clause_is_the_speaker(
    text: str, speaker: str
) -> None:
    (found,) = attributions(text)
    assert found[1] == speaker


def test_a_clause_after_a_thing_s_description_names_no_speaker() -> None:
    # "heritage" names no person: the chain of relatives after it is no speaker's
    text = ("This was the man who questions a judge because of his heritage, who fights "
            "with reporters, and claims that the network takes orders from abroad.")
    assert all(m != "his heritage" for _, m in attributions(text))


# -- "…, a claim the treasurer rejected": a relative clause after a noun, no attribution -


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (("The opposition says the budget will push up rents, a claim the treasurer "
         "rejected on Wednesday."), "the budget will push up rents", "The opposition"),
        ("Critics said the scheme was a waste of money, a charge the minister denied.",
         "the scheme was a waste of money", "Critics"),
        ("The union said the offer was an insult, a view the company disputed.",
         "the offer was an insult", "The union"),
    ],
)
def test_a_noun_with_a_relative_clause_after_a_comma_attributes_nothing(
    text: str, content: str, speaker: str
) -> None:
    assert attributions(text) == [(content, speaker)]


def test_a_sentence_final_speaker_with_of_or_for_still_attributes() -> None:
    assert attributions("Prices will rise, a spokesman for the bank said.") == [
        ("Prices will rise", "a spokesman for the bank")
    ]


# -- "Moody's said": a firm named with a possessive keeps it ----------------------------


def speaker_name(text: str) -> Any:
    (quote,) = quotes_of(ENRICHER, text)
    return quote["speaker"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Moody's said on Friday it had cut the country's rating.", "Moody's"),
        ("McDonald’s said sales rose 4 per cent in the quarter.", "McDonald’s"),
        # written elsewhere without it: the 's is "has" (and the name, the surname of the
        # full name written before)
        ("Hillary Clinton spoke in Ohio. Clinton's said repeatedly that she would win.",
         "Hillary Clinton"),
        # a possessor before a noun
        ("Odinga's claim that the vote was rigged was rejected.", "Odinga"),
    ],
)
def test_a_name_written_only_with_a_possessive_keeps_it_before_a_verb(
    text: str, name: str
) -> None:
    assert speaker_name(text) == name


# -- "In a post on X, formerly Twitter, she wrote": the frame's asides ------------------


@pytest.mark.parametrize(
    "text",
    [
        "In a post on X, formerly Twitter, she wrote: “I will not be silenced.”",
        "In a post on X, formerly Twitter, on Sunday night, she wrote: “I will not be silenced.”",
        "In a statement, one of the family's lawyers, Ana Diaz, said the video was clear.",
    ],
)
def test_a_frame_s_asides_do_not_hide_the_clause_s_own_speaker(text: str) -> None:
    found = attributions(text)
    assert len(found) == 1, found
    assert found[0][1] in {"she", "Ana Diaz"}


def test_a_participle_after_a_frame_leaves_the_frame_s_finding() -> None:
    text = "In the latest poll, conducted in May, Smith led Jones by five points."
    assert any("Smith led Jones" in c and m == "the latest poll" for c, m in attributions(text))


# -- "according to a report by X, citing Y": Y is the report's source, no content --------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (("The government plans to raise the minimum wage, according to a report by Dawn, "
         "citing officials in the finance ministry."),
         "The government plans to raise the minimum wage", "a report by Dawn"),
        (("According to the Financial Review, citing people familiar with the talks, the bid "
         "is worth about $4 billion."), "the bid is worth about $4 billion", "Financial Review"),
        ("The paper reported that the deal was off, citing two sources close to the talks.",
         "the deal was off", "The paper"),
    ],
)
def test_citing_a_source_after_a_comma_attributes_nothing_of_its_own(
    text: str, content: str, speaker: str
) -> None:
    assert attributions(text) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The bank held rates, citing signs that inflation had begun to ease.",
         "signs that inflation had begun to ease"),
        ("The agency quoted Mr Smith as saying the deal was off.", "the deal was off"),
    ],
)
def test_citing_a_reason_or_quoting_words_still_attributes(text: str, content: str) -> None:
    assert any(c == content for c, _ in attributions(text)), attributions(text)


# -- "X reported, citing Y, that Z": the clause after a citing aside is X's ---------------


#: Sentences whose citing aside has no clause after it, read as before: a cue after its
#: content keeps it and the participle reads its reason; an aside between the subject and
#: its verb is the subject's reason.
_CITING_AS_BEFORE = (
    ("Prices rose 3% in the quarter, the agency said, citing higher energy costs.",
     [("Prices rose 3% in the quarter", "the agency"), ("higher energy costs", "the agency")]),
    ("Officials, citing the weather, said the launch had been postponed.",
     [("the weather", "Officials"), ("the launch had been postponed", "Officials")]),
    ("He resigned on Friday, citing ill health.", [("ill health", "He")]),
)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Reuters reported on Monday, citing three sources, that the deal was off.",
         "the deal was off", "Reuters"),
        (("Bloomberg reported, citing people familiar with the matter, that the deal could "
          "be announced on Monday."), "the deal could be announced on Monday", "Bloomberg"),
        ("The bank said, citing an internal review, that no customer data had been lost.",
         "no customer data had been lost", "The bank"),
        ("Officials said on Monday, citing preliminary data, that turnout had reached 60%.",
         "turnout had reached 60%", "Officials"),
        ("The Times reported, quoting officials, that the plan had been dropped.",
         "the plan had been dropped", "Times"),
        ("The minister told MPs, citing new figures, that crime had fallen.",
         "crime had fallen", "The minister"),
        ("The police said, citing witnesses, a car had mounted the pavement.",
         "a car had mounted the pavement", "The police"),
        ("He said, citing the rules, he would not resign.", "he would not resign", "He"),
    ],
)
def test_a_citing_aside_between_a_verb_and_its_clause_is_passed_over(
    text: str, content: str, speaker: str
) -> None:
    # "citing Y" names the sources of X's report: the clause after it is X's
    assert attributions(text) == [(content, speaker)]
    for other, expected in _CITING_AS_BEFORE:
        assert attributions(other) == expected


def test_citing_asides_after_cues_are_linear() -> None:
    # the aside's closing comma is one find from its opening: no rescan of the sentence
    def make(n: int) -> str:
        return (
            "Reuters reported on Monday, citing three sources, that the deal was off. " * n
            + "The bank said, citing a review, no data had been lost, citing nothing, " * n
            + "and closed."
        )

    assert attributions(make(1))[0] == ("the deal was off", "Reuters")
    assert_linear(make, ENRICHER.enrich, 300)


# -- a passive's subject ends before its auxiliaries ------------------------------------


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("It has been alleged that several players were approached by bookmakers.",
         ["several players were approached by bookmakers"]),
        ("The deal could have been expected to pass.", ["The deal", "to pass"]),
        ("Rates will be expected to rise.", ["Rates", "to rise"]),
    ],
)
def test_a_passive_s_subject_holds_no_auxiliary(text: str, contents: list[str]) -> None:
    assert [c for c, _ in attributions(text)] == contents


# -- a participle of a list is no cue ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister said an hour a day of reading, writing and maths would be compulsory.",
         "an hour a day of reading, writing and maths would be compulsory"),
        ("Officials said the classes in reading, writing, or arithmetic had been cut.",
         "the classes in reading, writing, or arithmetic had been cut"),
    ],
)
def test_a_participle_of_a_list_is_no_cue(text: str, content: str) -> None:
    assert attributions(text) == [(content, text.split(" said")[0])]


def test_two_participles_that_share_an_object_still_attribute() -> None:
    text = "The campaign hit back, tweeting and emailing a video of the rally."
    assert any(c.startswith("and emailing a video") or "a video" in c
               for c, _ in attributions(text)), attributions(text)


# -- a role's possessive before a noun cue -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The minister's promise to end power cuts by December was welcomed.", "The minister"),
        ("The governor’s call for calm went unheeded.", "The governor"),
    ],
)
def test_a_role_s_possessive_before_a_noun_cue_is_its_source(text: str, speaker: str) -> None:
    (found,) = attributions(text)
    assert found[1] == speaker


def test_a_request_for_comment_reports_nothing() -> None:
    assert attributions("The reporter's request for comment on the ruling went unanswered.") == []


# -- a noun cue's complement in subject position ends before the main verb ----------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("His claim that the vote was rigged was dismissed by the court.",
         [("the vote was rigged", "His")]),
        ("The minister's promise to end power cuts by December has been met with scepticism.",
         [("to end power cuts by December", "The minister")]),
        ("Her claim that the vote was rigged and the count was wrong was dismissed.",
         [("the vote was rigged and the count was wrong", "Her")]),
        ("The senator's claim that the vote was rigged also was rejected.",
         [("the vote was rigged", "The senator")]),
        # a finite verb after the complement's own predicate is the main verb
        ("Odinga's claim that the election had been rigged angered voters.",
         [("the election had been rigged", "Odinga")]),
    ],
)
def test_a_noun_cue_s_complement_in_subject_position_ends_before_the_main_verb(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert attributions(text) == found


# -- "The court held that …": a court's ruling ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The High Court held that the ban was unlawful.",
         [("the ban was unlawful", "High Court")]),
        ("Judge Ana Diaz also held that the contract was void.",
         [("the contract was void", "Judge Ana Diaz")]),
        ("The justices have held that states may regulate the trade.",
         [("states may regulate the trade", "The justices")]),
        # no court, or no clause: nothing is ruled
        ("The party held that view for years.", []),
        ("The court held a hearing on Monday.", []),
    ],
)
def test_a_court_holding_that_gives_its_ruling(text: str, found: list[tuple[str, str]]) -> None:
    assert attributions(text) == found


@pytest.mark.parametrize(
    "text",
    [
        # the clause before a quotation's colon or comma: its verb introduces, no cue
        "The minister held a news conference on Monday: “We will not resign.”",
        "The mayor held up the report, “This is a scandal.”",
        # the verb after a quotation's closing mark
        "“We will win the cup,” Smith held up the trophy.",
        "“We will win the cup,” the coach held up the trophy.",
    ],
)
def test_held_outside_a_court_s_ruling_is_no_cue_of_any_reader(text: str) -> None:
    assert all(q["cue"] not in {"held", "holds"} for q in quotes_of(ENRICHER, text))


@pytest.mark.parametrize(
    "text",
    [
        "Shares were suspended while the two firms held talks about a deal.",
        "The club's officials will hold talks about a move for the striker.",
        "Carmakers have spent the year in tough talks with unions about cutting jobs.",
    ],
)
def test_talks_held_about_something_report_no_words(text: str) -> None:
    assert attributions(text) == []


def test_a_subject_who_talks_about_something_is_its_source() -> None:
    assert attributions("Sanders talks about a revolution at every rally.") == [
        ("a revolution at every rally", "Sanders")
    ]


def test_a_court_holding_after_a_frame_is_the_court_s_ruling() -> None:
    text = "In its ruling, the court held that the ban was lawful."
    assert attributions(text) == [("the ban was lawful", "the court")]


# -- ", which said …" after an organisation: the organisation speaks -----------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (("Odinga's claim was dismissed by the electoral commission, which said the count had "
          "been transparent."), "the count had been transparent", "the electoral commission"),
        (("The figures contradict a survey from the British Bankers' Association, which said "
          "approvals were at a five-year low."), "approvals were", "British Bankers' Association"),
    ],
)
def test_which_after_an_organisation_is_that_organisation_speaking(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker
