"""Tests of the quotes plugin's readings of a fronted question, a headline's label with
"of", and the heads of documents and bodies: the clause of a question that opens a
sentence after "Asked if/whether/why …" is its topic, so a cue inside it attributes
nothing ("Asked if he regretted the decision, he said …"); a headline's label of a
person or a body and its "of" phrase names them whole ("Mother of victim: …"); the
nouns of documents and records ("a readout of the call", "the manifesto", "the
autopsy") and of collective bodies ("state media", "the opposition", "the judiciary")
are read as such."""

from __future__ import annotations

from functools import partial

import pytest

import limner
from tests.plugins import support
from tests.scaling import assert_linear

ENRICHER = limner.Enricher(["quotes"])

attributions = partial(support.attributions, ENRICHER)


sources = partial(support.sources, ENRICHER)


# -- a fronted question's clause is its topic -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Asked if he regretted the decision, he said he did not.",
         [("if he regretted the decision", None), ("he did not", "he")]),
        ("Asked whether he believed the report, the minister said it was wrong.",
         [("whether he believed the report", None), ("it was wrong", "the minister")]),
        ("Asked why he had denied the claims, Smith said he had never seen them.",
         [("why he had denied the claims", None), ("he had never seen them", "Smith")]),
        ("Asked if she thought the plan would work, she said she was sure of it.",
         [("if she thought the plan would work", None), ("she was sure of it", "she")]),
    ],
)
def test_a_cue_inside_a_fronted_question_attributes_nothing(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert attributions(text) == expected


def test_a_cue_after_the_question_keeps_its_own_clause() -> None:
    # the main clause's cues are read as ever, and a question's asker after "by" is kept
    assert attributions(
        "Asked about the plan, she said she believed it would work."
    ) == [("the plan", None), ("she believed it would work", "she")]
    assert attributions(
        "He was asked if he regretted the decision. He said he did not."
    ) == [("if he regretted the decision", None), ("he did not", "He")]


# -- a headline's label of a person or a body and its "of" phrase ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mother of victim: \u201cI want justice\u201d",
         [("I want justice", "Mother of victim", "person")]),
        ("Friends of the victim: \u201cHe was a hero\u201d",
         [("He was a hero", "Friends of the victim", "person")]),
        ("Union of teachers: 'Pay offer is an insult'",
         [("Pay offer is an insult", "Union of teachers", "organization")]),
    ],
)
def test_a_label_of_a_person_and_its_of_phrase_is_read_whole(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert sources(text) == expected


def test_a_label_of_a_thing_and_its_of_phrase_names_no_one() -> None:
    # "Cost of living" names no person or body: no speaker is read from it whole
    assert all(m != "Cost of living" for _, m in attributions(
        "Cost of living: \u201cPrices are soaring\u201d"))


# -- the nouns of documents and of collective bodies ----------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A readout of the call said both sides had agreed to meet.", "document"),
        ("The manifesto says taxes will be cut.", "document"),
        ("The communique said the ministers had agreed to act.", "document"),
        ("The autopsy found that she had been strangled.", "document"),
        ("A post-mortem examination found that he died of head injuries.", "document"),
        ("The guidance says pupils should wear masks.", "document"),
        ("A dossier claimed that the minister had misled parliament.", "document"),
        ("Tests showed that the water was contaminated.", "document"),
        ("A post-mortem test showed the man had drowned.", "document"),
    ],
)
def test_documents_are_typed_by_their_heads(text: str, kind: str) -> None:
    assert [t for _, _, t in sources(text)] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("State media reported that the president had met the delegation.", "organization"),
        ("Local media reported that three people had died.", "organization"),
        ("The opposition said the election had been rigged.", "organization"),
        ("The judiciary said the ruling was final.", "organization"),
    ],
)
def test_bodies_are_typed_by_their_heads(text: str, kind: str) -> None:
    assert [t for _, _, t in sources(text)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader said the election had been rigged.",
        "A media lawyer said the ruling was final.",
        "The petitioner said the plan was unfair.",
        "The examiner said the paper was fair.",
    ],
)
def test_a_person_before_or_beside_such_a_noun_stays_a_person(text: str) -> None:
    assert [t for _, _, t in sources(text)] == ["person"]


# -- linear ---------------------------------------------------------------------------------


def test_questions_labels_and_heads_are_linear() -> None:
    def make(n: int) -> str:
        return "\n".join(
            f"In round {i} the minister spoke. Asked if he regretted the decision, he said "
            "he did not. State media reported that the talks had failed. The autopsy "
            "found that she had been strangled.\nMother of victim: \u201cI want justice\u201d"
            for i in range(n)
        )

    assert_linear(make, ENRICHER.enrich, 300)
