"""Tests of the quotes plugin's direct-quote spans: which quoted stretches are direct quotes.

Each rule of the "Direct quote spans" section of docs/plugins/quotes.md has a
test here on a sentence written for it; the bad-input guarantees of the
plugin (a 10,000-word sentence with 500 speech verbs, a text made only of
speech verbs) are checked as counts of work with :mod:`tests.scaling`.
"""

from __future__ import annotations

from typing import Any

import pytest

import limner
from tests.plugins.support import quotes_of
from tests.scaling import assert_linear

ENRICHER = limner.Enricher(["quotes"])


def quotes(text: str) -> list[dict[str, Any]]:
    """The quotes of ``text``: surface (``text``), ``style``, ``cue``, speaker ``mention``."""
    return quotes_of(ENRICHER, text)


def styled(text: str, style: str) -> list[str]:
    return [q["text"] for q in quotes(text) if q["style"] == style]


# -- a quotation that is the whole complement of its verb ----------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("The mayor declared “We will rebuild by June!”", "We will rebuild by June!"),
        ("She says “our schools need more teachers.”", "our schools need more teachers."),
        ("The union called the offer “an insult to every nurse.”", None),  # an object between
        ("It was what the governor called “a reckless gamble.”", "a reckless gamble."),
    ],
)
def test_a_quotation_that_is_the_whole_complement_is_direct(text: str, quoted: str | None) -> None:
    direct = styled(text, "direct")
    if quoted is None:
        assert direct == []
        assert styled(text, "mixed") == ["an insult to every nurse."]
    else:
        assert direct == [quoted]


@pytest.mark.parametrize(
    "text",
    [
        "The council backed a so-called “rainy day fund for the schools.”",
        "He told “Morning Report With Anna Lee” that he would run.",
        "They watched a film called “The Long Road Home Again.”",
        "She said “it is over” every time the subject came up.",  # the clause goes on
    ],
)
def test_labels_titles_and_clauses_that_go_on_are_not_direct(text: str) -> None:
    assert styled(text, "direct") == []


# -- a quotation after a comma that goes on with the clause ----------------------------------


def test_a_lower_case_quotation_after_a_comma_finishes_a_reported_clause() -> None:
    text = "The minister said that if the budget fails, “we will have to close three hospitals.”"
    assert styled(text, "direct") == []
    (mixed,) = quotes(text)
    assert mixed["style"] == "mixed"
    assert mixed["text"].startswith("if the budget fails") and mixed["text"].endswith("hospitals.”")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He said the deal was “on hold.”", "the deal was “on hold.”"),
        ("He said the deal was \"on hold\".", "the deal was \"on hold\""),
        ("He said the deal was “on hold” for now.", "the deal was “on hold” for now"),
    ],
)
def test_a_mixed_quote_holding_an_opening_mark_holds_the_closing_one(text: str, span: str) -> None:
    assert styled(text, "mixed") == [span]


def test_a_lower_case_quotation_after_its_cue_stays_direct() -> None:
    text = "“We are ready,” the mayor said, “but we need the money first.”"
    assert styled(text, "direct") == ["We are ready,", "but we need the money first."]
    text = "Her aide put it bluntly. In her words, “we are not going anywhere soon.”"
    assert styled(text, "direct") == ["we are not going anywhere soon."]


# -- a quotation whose attribution follows with a verb outside the speech verbs -------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("“Vote early and bring a neighbour with you,” the leaflet read.", "the leaflet"),
        ("“Nobody here wants another delay,” scoffed Maria Ortega, a shop owner.", "Maria Ortega"),
        ("“This town will not be divided,” an angry mayor retorted.", "an angry mayor"),
    ],
)
def test_a_quotation_attributed_after_it_by_any_verb(text: str, mention: str) -> None:
    (q,) = quotes(text)
    assert q["style"] == "direct"
    assert q["mention"] is not None and q["mention"].startswith(mention)


def test_a_sentence_opening_quotation_with_an_unread_attribution_is_still_direct() -> None:
    text = "“We expect the line to open next spring,” one of the engineers at the site told us."
    assert styled(text, "direct") == ["We expect the line to open next spring,"]


@pytest.mark.parametrize(
    "text",
    [
        "“A Short History of the Harbour,” by the town’s archivist, sold out.",
        "“Four seasons in the valley,” which opened on Friday, is a film.",
        "“The Winter Garden of Leeds,” the exhibition, closes today.",
    ],
)
def test_titles_before_a_comma_are_not_quotes(text: str) -> None:
    assert styled(text, "direct") == []


# -- a quotation over several paragraphs --------------------------------------------------------


def test_a_quotation_over_several_paragraphs_is_one_quote() -> None:
    text = (
        "“The harbour will reopen in May,” said Ines Duarte, the port director.\n\n"
        "“The cranes are repaired and the channel is dredged.\n\n"
        "“Ships can dock again after the inspection.”\n\n"
        "“We expect the first ferry on the tenth,” she added.\n"
    )
    found = quotes(text)
    assert [q["style"] for q in found] == ["direct"] * 3
    assert found[1]["text"] == (
        "The cranes are repaired and the channel is dredged.\n\n"
        "“Ships can dock again after the inspection."
    )
    assert found[1]["mention"] == "Ines Duarte"
    assert found[2]["mention"] == "she"  # a paragraph with a cue of its own stays apart


@pytest.mark.parametrize(
    ("text", "mention", "speaker"),
    [
        ("“The harbour will reopen in May.\n\n“Ships can dock again,” said Ines Duarte.\n",
         "Ines Duarte", "Ines Duarte"),
        (("Ines Duarte spoke at the quay.\n\n"
          "\"The harbour will reopen in May.\n\n"
          "\"The cranes are repaired and the channel is dredged.\n\n"
          "\"Ships can dock again,\" she said.\n"), "she", "Ines Duarte"),
    ],
)
def test_the_cue_that_ends_a_quotation_over_paragraphs_names_its_speaker(
        text: str, mention: str, speaker: str) -> None:
    # the paragraphs left open before the one with the cue are the same speaker's words
    found = quotes(text)
    assert [q["style"] for q in found] == ["direct", "direct"]
    assert [q["mention"] for q in found] == [mention, mention]
    assert [q["speaker"] for q in found] == [speaker, speaker]
    assert found[0]["source_type"] == "person"


def test_closed_paragraphs_stay_separate_quotes() -> None:
    text = "“The vote is on Monday,” said Ines Duarte.\n\n“We will be ready for it.”\n"
    found = [q["text"] for q in quotes(text)]
    assert found == ["The vote is on Monday,", "We will be ready for it."]


# -- headings in single marks or capitals ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“It closed,” he said.\n\n‘A very hard winter for everyone.’\n\nWorkers met.",
        "The plant closed last year.\n“NOBODY TOLD US ANYTHING AT ALL”\nWorkers met on Friday.",
    ],
)
def test_an_unattributed_heading_is_not_a_quote(text: str) -> None:
    assert [q["text"] for q in quotes(text) if "winter" in q["text"] or "TOLD" in q["text"]] == []


def test_a_single_quoted_line_is_a_quote_where_single_marks_are_the_quotation_marks() -> None:
    text = "‘We are ready,’ said Ines Duarte.\n\n‘We will not stop until it is done.’\n"
    found = quotes(text)
    assert [q["text"] for q in found] == ["We are ready,", "We will not stop until it is done."]
    text = "“We are ready,” said Ines Duarte.\n\n‘We will not stop until the job is done.’\n"
    assert [q["text"] for q in quotes(text)] == ["We are ready,"]


def test_a_single_quoted_line_with_a_cue_is_a_quote() -> None:
    text = "‘We will rebuild the whole street,’ said Ines Duarte."
    assert styled(text, "direct") == ["We will rebuild the whole street,"]


# -- typography: a closing mark that opens a line ---------------------------------------------


def test_a_closing_mark_at_the_start_of_a_line_opens_a_quote() -> None:
    text = "She spoke of the race.\n” … we are not done yet,” the senator said on Friday."
    (q,) = quotes(text)
    assert q["style"] == "direct" and q["mention"] == "the senator"
    assert q["text"] == "… we are not done yet,"


# -- typography: three apostrophes -------------------------------------------------------------


def test_three_apostrophes_close_a_nested_quote_and_the_double_one() -> None:
    text = "''I would call it 'a fresh start,''' said Tom Reyes, the coach."
    (q,) = quotes(text)
    assert q["style"] == "direct" and q["mention"] == "Tom Reyes"
    assert q["text"] == "I would call it 'a fresh start,'"


@pytest.mark.parametrize(
    ("text", "quoted", "mention"),
    [
        ("'It is the workers' money,' said Mr Smith.", "It is the workers' money,", "Mr Smith"),
        ("Ms Cole said: 'The players' effort was not good enough.'",
         "The players' effort was not good enough.", "Ms Cole"),
        ("'We're goin' home now,' he said.", "We're goin' home now,", "he"),
    ],
)
def test_an_apostrophe_inside_a_single_quoted_quotation_does_not_close_it(
    text: str, quoted: str, mention: str
) -> None:
    (q,) = quotes(text)
    assert q["style"] == "direct" and q["text"] == quoted and q["mention"] == mention


def test_a_single_quoted_fragment_that_goes_on_mid_sentence_still_closes() -> None:
    text = "He called the plan 'a farce' and said the fans' patience was 'running out'."
    (q,) = [q for q in quotes(text) if q["cue"] == "said"]
    assert q["style"] == "mixed" and q["text"] == "the fans' patience was 'running out'"


# -- reported speech that ends with its attribution ------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (
            (
                "The port will reopen in May, Ines Duarte said Tuesday in Lisbon, noting "
                "that the cranes are repaired."
            ),
            "The port will reopen in May",
            "Ines Duarte",
        ),
        (
            (
                "Nor will the new rules bring those jobs back, said Tom Reyes, a labour "
                "economist at the university, who has studied the plants for a decade."
            ),
            "Nor will the new rules bring those jobs back",
            "Tom Reyes",
        ),
    ],
)
def test_an_attribution_that_goes_on_after_a_comma_still_ends_the_sentence(
    text: str, content: str, mention: str
) -> None:
    found = {q["text"]: q for q in quotes(text)}
    assert content in found, found
    assert found[content]["mention"] == mention


def test_that_after_a_relative_clause_belongs_to_the_relative() -> None:
    text = "It is not enough, said Tom Reyes, an analyst who notes that the firm cut costs."
    found = {q["text"]: q for q in quotes(text)}
    assert found["It is not enough"]["mention"] == "Tom Reyes"
    assert found["the firm cut costs"]["cue"] == "notes"


def test_a_day_after_said_is_not_the_subject_of_the_clause() -> None:
    text = "Ines Duarte said Tuesday in Lisbon that the cranes are repaired."
    assert [q["text"] for q in quotes(text)] == ["the cranes are repaired"]


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (
            "But, according to the survey, most voters have not decided yet.",
            "most voters have not decided yet",
            "the survey",
        ),
        (
            (
                "According to early results of the count conducted by the electoral board for "
                "the city, the mayor led in every district."
            ),
            "the mayor led in every district",
            "early results",
        ),
        (
            "Over the summer the council spent twice its budget according to the auditor.",
            "Over the summer the council spent twice its budget",
            "the auditor",
        ),
    ],
)
def test_according_to_in_more_positions(text: str, content: str, mention: str) -> None:
    found = {q["text"]: q for q in quotes(text)}
    assert content in found, found
    assert found[content]["mention"].startswith(mention)


# -- bad input: linear, never raises ---------------------------------------------------------


def _long_sentence(words: int) -> str:
    """One sentence of ``words`` words, a speech verb (and a subject) every twentieth word."""
    out = []
    for i in range(words):
        out.append("said" if i % 20 == 10 else ("officials" if i % 20 == 9 else "word"))
    return " ".join(out) + "."


def test_a_ten_thousand_word_sentence_with_500_speech_verbs_is_linear() -> None:
    text = _long_sentence(10_000)
    assert text.count(" said ") == 500
    doc = ENRICHER.enrich(text)
    assert doc.errors == []
    assert_linear(_long_sentence, ENRICHER.enrich, 5_000)


_VERBS = "said warned argued claimed insisted noted told urged believes found shows read wrote "


def test_a_text_of_only_speech_verbs_is_linear() -> None:
    doc = ENRICHER.enrich(_VERBS * 2_000)
    assert doc.errors == []
    for a in doc.annotations:
        assert 0 <= a.start <= a.end <= len(doc.text)
    assert_linear(lambda n: _VERBS * n, ENRICHER.enrich, 1_000)


def test_quotations_with_trailing_attributions_in_bulk_are_linear() -> None:
    """Every quote reads the words after it: thousands of them stay linear."""

    def make(n: int) -> str:
        return " ".join(f"“Item {i} is on the list,” the notice read." for i in range(n))

    assert len(quotes(make(3))) == 3
    assert_linear(make, ENRICHER.enrich, 500)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("“Enough is enough,” thundered Keir Starmer.", "Enough is enough,", "Keir Starmer"),
        ("“Not again,” groaned the Arsenal manager after the draw.", "Not again,",
         "the Arsenal manager"),
        ("“Absolutely gutted,” she sighed.", "Absolutely gutted,", "she"),
    ],
)
def test_a_short_quotation_with_a_named_speaker_after_any_verb_is_direct(
    text: str, content: str, mention: str
) -> None:
    assert [(q["style"], q["text"], q["mention"]) for q in quotes_of(ENRICHER, text)] == [
        ("direct", content, mention)
    ]


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("“It's a disgrace,” fumed one resident, who asked not to be named.",
         "It's a disgrace,", "one resident"),
        ("“Good riddance,” scoffed a neighbour in Ballymena.", "Good riddance,",
         "a neighbour in Ballymena"),
        ("“We're not moving,” one shopkeeper insisted on Tuesday.", "We're not moving,",
         "one shopkeeper"),
    ],
)
def test_a_short_quotation_before_a_description_and_a_verb_of_speech_is_direct(
    text: str, content: str, mention: str
) -> None:
    assert [(q["style"], q["text"], q["mention"]) for q in quotes_of(ENRICHER, text)] == [
        ("direct", content, mention)
    ]


def test_a_short_quotation_before_a_description_and_a_verb_is_no_direct_quote() -> None:
    found = quotes_of(ENRICHER, "“Bad idea,” many people thought at the time.")
    assert [q["text"] for q in found if q["style"] == "direct"] == []


# -- a sentence that reports more after a quote ending with a full stop is its own ---------


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        (('Ms Sturgeon said: "Scotland\'s future is in its own hands." She added that a '
         'second referendum was "inevitable."'), 'a second referendum was "inevitable."'),
        (("The coach told reporters: “We were second best.” He said they would train "
         "on Sunday."), "they would train on Sunday"),
        (("Speaking in Durban, Mr Ramaphosa said: “Load-shedding will end this year.” He "
         "added that Eskom had fixed six units."), "Eskom had fixed six units"),
    ],
)
def test_a_cue_with_its_own_clause_after_a_full_stop_reports_more(
    text: str, reported: str
) -> None:
    found = quotes(text)
    assert next(q["style"] for q in found) == "direct"
    assert [q["text"] for q in found][1:] == [reported]


def test_a_pronoun_and_cue_after_a_full_stop_still_attribute_the_quote() -> None:
    (q,) = quotes("“We are ready for the monsoon.” she told the Hindustan Times.")
    assert (q["style"], q["mention"]) == ("direct", "she")


# -- "said in a statement": the frame between the verb and the reported clause ---------------


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("The hospital said in a statement on Friday it was reviewing the case.",
         "it was reviewing the case", "The hospital"),
        ("The minister said in an interview the economy was turning a corner.",
         "the economy was turning a corner", "The minister"),
        ("The club said in a joint statement its manager had left by mutual consent.",
         "its manager had left by mutual consent", "The club"),
    ],
)
def test_a_frame_after_the_verb_is_not_the_reported_clause(
    text: str, content: str, mention: str
) -> None:
    assert [(q["text"], q["mention"]) for q in quotes_of(ENRICHER, text)] == [(content, mention)]


def test_a_frame_with_no_subject_after_it_opens_no_clause() -> None:
    found = quotes_of(ENRICHER, "She said in a statement posted online on Sunday.")
    assert all(not q["text"].startswith(("posted", "online")) for q in found)


# -- "As X said, …": the clause after the attribution -------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("As the economist Joseph Stiglitz has argued, inequality is a choice.",
         "inequality is a choice", "economist Joseph Stiglitz"),
        ("As he told reporters on Monday, the talks are over.", "the talks are over", "he"),
        ("As the Nation reported last week, the tender was cancelled.",
         "the tender was cancelled", "Nation"),
    ],
)
def test_an_attribution_opened_by_as_reports_the_clause_after_its_comma(
    text: str, content: str, mention: str
) -> None:
    assert [(q["text"], q["mention"]) for q in quotes_of(ENRICHER, text)] == [(content, mention)]


def test_as_with_no_speaker_reports_nothing() -> None:
    assert quotes_of(ENRICHER, "As expected, the central bank held rates at 6.5%.") == []
