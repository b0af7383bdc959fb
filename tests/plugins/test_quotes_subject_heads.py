"""Tests of the quotes plugin's readings of a subject's head and of the time after a verb:
a past participle and its phrase after a noun modify it, so the noun heads the speaker
phrase ("A study published in the Lancet found", "Officials based in Kabul said"); a side
of a case named by its role is a body ("The prosecution said", "The defence argued"); a
time after a verb of saying ("yesterday", "last week", "earlier", "on Friday night") is
read past before a reported clause, never read as the clause's first word; "saying" after
an article is the noun, no cue ("As the old saying puts it"); and a headline's label that
opens with an owner's possessive names the owner's person or body whole ("Victim's
mother: …", "Teachers' union: …"); a document's "to" and whom it is addressed to are
part of its phrase ("A report to the cabinet warns", not the cabinet); and a verb after an
aside that a clause follows takes the clause, with the subject before the aside its speaker
("The study, published on Monday, suggests the ice sheet is melting": no "the ice sheet is
melting" said it); a relative clause with no comma before it after a speaker after the verb
is the speaker's ("It was terrifying, said a woman who lives nearby")."""

from __future__ import annotations

from functools import partial

import pytest

import limner
from tests.plugins import support
from tests.scaling import assert_linear

ENRICHER = limner.Enricher(["quotes"])

attributions = partial(support.attributions, ENRICHER)


sources = partial(support.sources, ENRICHER)


# -- a participle's phrase after the subject's noun modifies it ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A study published in the Lancet found that the drug cut deaths by a third.",
         [("the drug cut deaths by a third", "A study published in the Lancet", "document")]),
        ("Research published in the BMJ suggests that the drug works.",
         [("the drug works", "Research published in the BMJ", "document")]),
        ("A poll conducted for the Times found that most voters agreed.",
         [("most voters agreed", "A poll conducted for the Times", "document")]),
        ("Officials based in Kabul said the road was closed.",
         [("the road was closed", "Officials based in Kabul", "person")]),
    ],
)
def test_a_participle_phrase_after_the_head_noun_is_part_of_the_speaker_phrase(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert sources(text) == expected


@pytest.mark.parametrize(
    ("text", "content", "verb"),
    [
        # the noun opens its clause after "whether" or "and": the past form after it is the
        # clause's verb, no participle of the noun, and the phrase up to the cue no speaker's
        (("The team looked into whether fund managers colluded in a so-called \u201cmagic "
          "circle\u201d, in the hope of propping up share prices."), "magic circle", "colluded"),
        (("A mix of Sanders supporters and anti-media activists joined in a thunderous chant "
          "of \u201cFeel the Bern!\u201d"), "of \u201cFeel the Bern!\u201d", "joined"),
    ],
)
def test_a_past_verb_after_a_noun_is_no_participle_of_it(
    text: str, content: str, verb: str
) -> None:
    [(found, mention)] = attributions(text)
    assert found == content
    assert mention is None or verb not in mention


# -- a side of a case is a body -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The prosecution said the attack was planned.",
         [("the attack was planned", "The prosecution", "organization")]),
        ("The defence argued that the evidence was weak.",
         [("the evidence was weak", "The defence", "organization")]),
        ("The defense argued that the evidence was weak.",
         [("the evidence was weak", "The defense", "organization")]),
    ],
)
def test_a_side_of_a_case_is_an_organisation(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert sources(text) == expected


def test_a_role_of_defence_stays_a_person() -> None:
    assert sources("The defence secretary said the troops would stay.") == [
        ("the troops would stay", "The defence secretary", "person")
    ]


# -- a time after the verb is read past before the reported clause --------------------------


@pytest.mark.parametrize(
    "time", ["yesterday", "today", "last week", "earlier", "earlier this week", "on Friday night"]
)
def test_a_time_after_the_verb_is_read_past_before_a_count(time: str) -> None:
    text = f"Officials said {time} more than 200 people had been killed, the agency reported."
    assert attributions(text) == [
        (f"Officials said {time} more than 200 people had been killed", "the agency"),
        ("more than 200 people had been killed", "Officials"),
    ]


def test_a_time_after_the_verb_is_no_part_of_the_clause() -> None:
    assert attributions("The firm said last week it would cut 500 jobs.") == [
        ("it would cut 500 jobs", "The firm")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a time before a finite verb is the clause's subject
        ("Officials said last year was the hottest on record.",
         "last year was the hottest on record"),
        ("Police said yesterday's attack was planned.", "yesterday's attack was planned"),
    ],
)
def test_a_time_that_is_the_subject_opens_the_clause(text: str, content: str) -> None:
    assert [c for c, _ in attributions(text)] == [content]


# -- "saying" after an article is the noun ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "As the old saying puts it, \u201cTime is money.\u201d",
        "As the old saying goes, \u201cTime is money.\u201d",
        "There is an old saying: \u201cTime is money.\u201d",
    ],
)
def test_a_saying_is_no_speaker(text: str) -> None:
    assert [m for _, m in attributions(text) if m is not None] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police issued a statement saying the road was closed.",
         [("the road was closed", "Police")]),
        ("A spokesman was quoted saying, \u201cWe are sorry.\u201d",
         [("We are sorry.", "A spokesman")]),
        ("She finished by saying, \u201cThank you.\u201d", [("Thank you.", "She")]),
    ],
)
def test_saying_after_a_noun_or_a_verb_keeps_its_reading(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert attributions(text) == expected


# -- a headline's label that opens with an owner's possessive ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Victim's mother: \u201cI want justice\u201d",
         [("I want justice", "Victim's mother", "person")]),
        ("Teachers' union: \u201cPay offer is an insult\u201d",
         [("Pay offer is an insult", "Teachers' union", "organization")]),
        ("Doctors' leaders: 'Strike will go ahead'",
         [("Strike will go ahead", "Doctors' leaders", "person")]),
    ],
)
def test_an_owners_label_names_the_owners_person_or_body(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert sources(text) == expected


# -- a document's "to" and its addressee are part of the speaker phrase ----------------------


@pytest.mark.parametrize(
    ("text", "expected", "other", "other_expected"),
    [
        ("A report to the cabinet warns that the authority faces a budget gap.",
         [("the authority faces a budget gap", "A report to the cabinet", "document")],
         # after a verb, "to" opens no post-modifier: the subject speaks
         "He went to the meeting and said the plan would fail.",
         [("the plan would fail", "He", "person")]),
        ("A letter to parents said the school would close.",
         [("the school would close", "A letter to parents", "document")],
         # after a role "to" was read so before
         "An aide to the minister said the plan would fail.",
         [("the plan would fail", "An aide to the minister", "person")]),
    ],
)
def test_a_documents_addressee_after_to_is_part_of_the_speaker_phrase(
    text: str, expected: list[tuple[str, str | None, str]], other: str,
    other_expected: list[tuple[str, str | None, str]],
) -> None:
    assert sources(text) == expected
    assert sources(other) == other_expected


# -- a clause after a verb that follows an aside is the verb's, no speaker after it ----------


@pytest.mark.parametrize(
    ("text", "expected", "other", "other_expected"),
    [
        ("The study, published on Monday, suggests the ice sheet is melting faster.",
         [("the ice sheet is melting faster", "The study", "document")],
         # a speaker after the verb at the sentence's end: read so before
         "The plan would fail, warns the report.",
         [("The plan would fail", "the report", "document")]),
        ("The report, released in March, warns the NHS is short of staff.",
         [("the NHS is short of staff", "The report", "document")],
         "Prices will rise, says the Bank of England.",
         [("Prices will rise", "Bank of England", "organization")]),
        ("Mr Leigh, who chairs the committee, suggested the plan was flawed.",
         [("the plan was flawed", "Mr Leigh", "person")],
         "The talks had failed, said the minister.",
         [("The talks had failed", "the minister", "person")]),
    ],
)
def test_a_clause_after_an_asides_verb_names_no_speaker_after_it(
    text: str, expected: list[tuple[str, str | None, str]], other: str,
    other_expected: list[tuple[str, str | None, str]],
) -> None:
    assert sources(text) == expected
    assert sources(other) == other_expected


# -- a relative clause after a speaker after the verb is the speaker's ----------------------


cues = partial(support.cues, ENRICHER)


@pytest.mark.parametrize(
    ("text", "expected", "other", "other_expected"),
    [
        ("It was terrifying, said a woman who lives nearby.",
         [("It was terrifying", "a woman", "said")],
         # a relative clause in the subject of the verb's clause, with a comma after it
         ("The club's former captain, Tom Reyes, said the man who replaced him, Sam Cole, "
          "should be dropped."),
         [("the man who replaced him, Sam Cole, should be dropped", "Tom Reyes", "said")]),
        ("The plan would fail, says the minister who led the talks.",
         [("The plan would fail", "the minister", "says")],
         # no comma before the verb: its clause, as before
         "Police said the man who found the body was a jogger.",
         [("the man who found the body was a jogger", "Police", "said")]),
    ],
)
def test_a_relative_clause_after_a_speaker_after_the_verb_is_the_speakers(
    text: str, expected: list[tuple[str, str | None, str | None]], other: str,
    other_expected: list[tuple[str, str | None, str | None]],
) -> None:
    assert cues(text) == expected
    assert cues(other) == other_expected


# -- linear ---------------------------------------------------------------------------------


def test_subject_heads_and_times_are_linear() -> None:
    def make(n: int) -> str:
        return "\n".join(
            f"In round {i} a study published in the Lancet found that the drug worked. "
            "The prosecution said the attack was planned. Officials said last week more "
            "than 200 people had died, the agency reported. As the old saying puts it, "
            "\u201cTime is money.\u201d\nVictim's mother: \u201cI want justice\u201d\nThe "
            "study, published on Monday, suggests the ice sheet is melting faster. A "
            "letter to parents said the school would close. It was terrifying, said a "
            "woman who lives nearby."
            for i in range(n)
        )

    assert_linear(make, ENRICHER.enrich, 300)
