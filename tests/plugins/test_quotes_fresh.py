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
from tests.scaling import assert_linear

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


# -- "said the bill that passed would fail": a relative "that" is the object's ----------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He said the bill that passed the House would fail in the Senate.",
         "the bill that passed the House would fail in the Senate"),
        ("Analysts said the lenders that cut rates first would gain market share.",
         "the lenders that cut rates first would gain market share"),
    ],
)
def test_a_that_with_no_subject_after_a_noun_phrase_opens_no_reported_clause(
    text: str, content: str
) -> None:
    assert [c for c, _ in attributions(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She warned the board that costs would rise.", "costs would rise"),
        # the allegation is what the subject denies; what it alleges is no one's named
        ("He denied the allegation that officials lied.", "the allegation that officials lied"),
        ("He said the other day that prices would rise.", "prices would rise"),
        ("She said this week that the plan had failed.", "the plan had failed"),
    ],
)
def test_a_hearer_a_noun_that_reports_or_a_time_before_that_leaves_its_clause(
    text: str, content: str
) -> None:
    assert [c for c, _ in attributions(text)] == [content]


# -- "In her view, …": a sentence that opens with a possessor's view -------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("In her view, regulators are unlikely to block the merger.",
         "regulators are unlikely to block the merger", "her"),
        ("In Ash’s view, the change would have a profound impact on the party.",
         "the change would have a profound impact on the party", "Ash"),
        ("But in the minister's opinion, the plan is sound.", "the plan is sound",
         "the minister"),
        ("In their view, voters could turn against the tax.",
         "voters could turn against the tax", "their"),
    ],
)
def test_a_sentence_opening_with_a_possessors_view_is_their_attribution(
    text: str, content: str, speaker: str
) -> None:
    assert attributions(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "They had a clear view, and the sea was calm.",
        "In his view of the case, nothing changed.",
        "The room has a view, and it costs more.",
    ],
)
def test_a_view_with_no_possessor_opening_the_sentence_attributes_nothing(text: str) -> None:
    assert attributions(text) == []


# -- "the mayor's message to developers": "to" after a message names its addressee ------


@pytest.mark.parametrize(
    "text",
    [
        "The mayor's message to developers was short.",
        "Her letter to the board went unanswered for a month.",
        "The governor's remarks to Reuters were brief.",
    ],
)
def test_the_addressee_of_a_message_is_no_content(text: str) -> None:
    assert attributions(text) == []


def test_a_that_after_a_messages_addressee_opens_what_was_said() -> None:
    text = "The governor's statement to reporters that the deal was dead surprised aides."
    (content,) = [c for c, _ in attributions(text)]
    assert content.startswith("the deal was dead")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister's promise to build 10,000 homes was broken.",
         "to build 10,000 homes"),
        ("Their opposition to the new runway is well known.", "to the new runway"),
    ],
)
def test_to_after_a_noun_of_a_stance_or_a_promise_is_what_is_held(
    text: str, content: str
) -> None:
    assert [c for c, _ in attributions(text)] == [content]


# -- "The minister, who said X, left": the main verb resumes after the relative ---------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister, who said the plan would fail, left the building before noon.",
         "the plan would fail"),
        ("The minister, who declined to comment, left the building before noon.",
         "to comment"),
        ("The minister, who said that, if elected, he would cut taxes, has resigned.",
         "if elected, he would cut taxes"),
        ("Ms Okafor, who said the plan would fail, later left the party.",
         "the plan would fail"),
    ],
)
def test_a_relative_clause_after_the_subject_ends_where_the_main_verb_resumes(
    text: str, content: str
) -> None:
    assert [c for c, s in attributions(text) if s == "who"] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the relative ends the sentence: its inner commas are the content's own
        ("He met the minister, who said the plan, drafted in May, would fail.",
         "the plan, drafted in May, would fail"),
        ("Officials praised the mayor, who said the park, closed for years, would reopen.",
         "the park, closed for years, would reopen"),
    ],
)
def test_a_relative_clause_that_ends_the_sentence_keeps_its_commas(
    text: str, content: str
) -> None:
    assert [c for c, s in attributions(text) if s == "who"] == [content]


def test_a_that_after_a_resumed_main_verb_is_that_verbs() -> None:
    # "told reporters the deal was off, said later that …": the "that" is "said"'s
    text = "Mr Smith, who told reporters the deal was off, said later that talks would resume."
    assert sorted(attributions(text)) == [
        ("talks would resume", "Mr Smith"), ("the deal was off", "who")
    ]


def test_relative_clauses_after_subjects_are_linear() -> None:
    # each relative's content is searched for a resuming comma in a window of fixed width
    def make(n: int) -> str:
        return ("The minister, who said the plan would fail, left. " * n
                + "The mayor, who said " + "the fund, closed, " * n + "would reopen, left.")

    assert next(c for c, s in attributions(make(1)) if s == "who") == "the plan would fail"
    assert_linear(make, ENRICHER.enrich, 300)


# -- "A report published last week found …": the participle and the time modify the noun --


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("A report published last week found that rents had doubled.", "rents had doubled",
         "A report"),
        ("A study released on Tuesday shows that the drug cuts deaths by a third.",
         "the drug cuts deaths by a third", "A study"),
        # "a UN report" is a noun: no verb "report" with "UN" its subject
        ("A UN report released on Monday warns that the famine could spread.",
         "the famine could spread", "A UN report"),
        ("The mayor said on Monday that the library would close.",
         "the library would close", "The mayor"),
    ],
)
def test_a_participle_before_a_time_phrase_modifies_the_subject(
    text: str, content: str, speaker: str
) -> None:
    assert attributions(text) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The governor signalled that rates could fall.", "rates could fall"),
        ("The governor signaled that rates could fall.", "rates could fall"),
    ],
)
def test_british_and_american_pasts_in_l_are_cues(text: str, content: str) -> None:
    assert attributions(text) == [(content, "The governor")]


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister's official spokesman said the talks were over.",
        "The foreign minister's official spokesman said the talks were over.",
    ],
)
def test_a_roles_possessive_stays_in_the_speaker_whatever_its_length(text: str) -> None:
    # the near window cut "The prime minister's" to its owned words alone
    speaker = text[: text.index(" said")]
    assert attributions(text) == [("the talks were over", speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The report, published last week, found a sharp rise in poverty.",
         "a sharp rise in poverty", "The report"),
        ("The results, published on Thursday, showed a 12% rise in profits.",
         "a 12% rise in profits", "The results"),
    ],
)
def test_a_participles_aside_between_subject_and_verb_is_passed_over(
    text: str, content: str, speaker: str
) -> None:
    assert attributions(text) == [(content, speaker)]


def test_a_verb_with_an_object_between_commas_is_no_aside() -> None:
    # "emailed supporters on Monday" is the subject's own verb: the participle after it
    # reports for the subject, named before the role
    text = ("Huma Abedin, vice chairwoman of the campaign, emailed supporters on Monday, "
            "telling them the race was close.")
    assert ("the race was close", "Huma Abedin") in attributions(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator slammed the proposal as reckless.", "the proposal as reckless"),
        ("The minister bragged that the economy was booming.", "the economy was booming"),
        ("The senator fretted that the bill would fail.", "the bill would fail"),
    ],
)
def test_cue_verbs_of_one_syllable_double_their_consonant(text: str, content: str) -> None:
    # "slam", "brag", "fret", "dub", "beg": their pasts were spelt "slamed", "braged" in the
    # lexicon, so no text held them
    assert [c for c, _ in attributions(text)] == [content]


@pytest.mark.parametrize(
    ("blow", "speech", "content"),
    [
        ("Greg Rusedski slammed his racket onto the ground in disgust.",
         "Critics slammed the plan as unworkable.", "the plan as unworkable"),
        ("He slammed the door.", "He slammed the decision.", "the decision"),
        ("She slammed the door behind her.", "MPs slammed the inquiry into the deaths.",
         "the inquiry into the deaths"),
        ("Ronaldo slammed the ball into the net.",
         "Critics slammed plans to turn the park into flats.",
         "plans to turn the park into flats"),
        ("He slammed on the brakes.", "He slammed the decision on Twitter.",
         "the decision on Twitter"),
        ("He slammed the laptop shut.", "Labour slammed the phone-hacking scandal.",
         "the phone-hacking scandal"),
        ("He slammed his hand against the wall.", "She slammed his handling of the crisis.",
         "his handling of the crisis"),
        ("The striker blasted a shot wide when clear.",
         "The TV host blasted the BBC over its coverage.", "the BBC over its coverage"),
        ("Ronaldo slammed well over the bar again.",
         "Unions slammed the car industry for its cuts.", "the car industry for its cuts"),
        ("Kane lashed the ball past the keeper.",
         "The mayor lashed the council for its failures.", "the council for its failures"),
        ("The American blasts an ace to save one.", "The American blasts the ruling.",
         "the ruling"),
    ],
)
def test_a_verb_of_attack_used_of_a_thing_is_no_speech(
    blow: str, speech: str, content: str
) -> None:
    # a thing struck or moved (a door, a ball, a racket "onto the ground") is no one
    # spoken of; a plan, a body, a person still is
    assert attributions(blow) == []
    assert [c for c, _ in attributions(speech)] == [content]
