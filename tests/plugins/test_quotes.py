"""Tests of the quotes plugin: the seed article, each rule, laws on arbitrary text, PolNeAR."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import limner
from limner.testing import check_plugin, nasty_texts, news_texts, texts
from tests.plugins.support import limner_metrics, quotes_of

ENRICHER = limner.Enricher(["quotes"])


def quotes(text: str) -> list[dict[str, Any]]:
    """The quotes of ``text`` as dicts, each with its surface and its speaker mention's surface."""
    return quotes_of(ENRICHER, text)


def only(source: str, **expected: Any) -> dict[str, Any]:
    """The single quote of ``source``, checked against ``expected`` fields."""
    found = quotes(source)
    assert len(found) == 1, found
    for key, value in expected.items():
        assert found[0][key] == value, (key, found[0])
    return found[0]


# -- the seed article -----------------------------------------------------------------


def test_seed_article(seed_text: str) -> None:
    found = quotes(seed_text)
    direct = [q for q in found if q["style"] == "direct"]
    by_farhadov = [q for q in direct if q["speaker"] == "Khazar Farhadov"]
    assert len(by_farhadov) == 3
    first, second, third = by_farhadov
    assert first["text"].startswith("For nearly three decades, Armenia held 20%")
    assert first["text"].endswith("suffering and strife,")
    assert second["text"].startswith("The occupation was marred")
    assert second["text"].endswith("from the occupied territories.")
    assert first["mention"] == second["mention"] == "Khazar Farhadov"
    assert first["speaker_mention"] == second["speaker_mention"]
    assert third["text"].startswith("The international community was not silent")
    assert third["mention"] == "the ambassador"
    assert third["mention_name"] == "Khazar Farhadov"

    solangi = [q for q in found if q["speaker"] == "Murtaza Solangi"]
    unclosed = [q for q in solangi if q["style"] == "direct"]
    assert len(unclosed) == 1
    assert unclosed[0]["text"].startswith("the two countries have long established")
    assert unclosed[0]["text"].endswith("people-to-people contacts.")
    indirect = [q for q in solangi if q["style"] == "indirect"]
    assert len(indirect) == 1
    assert indirect[0]["text"].startswith("bilateral trade between Pakistan and Azerbaijan")
    assert indirect[0]["mention"] == "Information Minister"

    assert not any(q["text"] == "Victory Day" for q in found)
    # one sourceless passive ("are expected to return …") besides the five quotes
    (passive,) = [q for q in found if q["source_type"] == "unknown" and q["style"] == "indirect"]
    assert passive["cue"] == "expected" and passive["text"].startswith("to return")
    found = [q for q in found if q is not passive]
    assert {q["speaker"] for q in found} == {"Khazar Farhadov", "Murtaza Solangi"}
    assert len(found) == 5  # nothing from the headline, the byline or the captions
    assert len(direct) == 4
    for q in found:  # no span includes its quotation marks
        assert q["text"][:1] not in '“”"' and q["text"][-1:] not in '“”"'


def test_seed_persons(seed_text: str) -> None:
    doc = ENRICHER.enrich(seed_text)
    persons = {doc.text[p.start : p.end]: p for p in doc.select("person")}
    assert persons["Khazar Farhadov"].get("role") == "ambassador of azerbaijan to pakistan"
    assert persons["Information Minister Murtaza Solangi"].get("name") == "Murtaza Solangi"
    for q in doc.select("quote"):
        ref = q.get("speaker_mention")
        assert ref is None or doc[ref].kind == "person"


# -- quotation marks ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "closing"),
    [('"', '"'), ("“", "”"), ("«", "»"), ("‘", "’"), ("'", "'"), ("„", "“")],
)
def test_marks(opening: str, closing: str) -> None:
    text = f"{opening}We will rebuild every town and village,{closing} the mayor said."
    only(text, style="direct", text="We will rebuild every town and village,", mention="the mayor")


def test_split_quote_has_one_speaker() -> None:
    text = "“The talks failed,” said Anna Berg, a senior diplomat, “but we will try again.”"
    first, second = quotes(text)
    assert first["text"] == "The talks failed,"
    assert second["text"] == "but we will try again."
    assert first["speaker"] == second["speaker"] == "Anna Berg"
    assert first["speaker_mention"] == second["speaker_mention"]


def test_continued_paragraph() -> None:
    text = (
        "“Prices will keep rising this winter,” said Maria Lopez, an economist at the bank.\n\n"
        "“Households should expect higher bills for heating and for food.\n\n"
        "“Nobody can promise relief before the spring.”\n"
    )
    found = quotes(text)
    assert [q["style"] for q in found] == ["direct"] * 2
    assert {q["speaker"] for q in found} == {"Maria Lopez"}
    assert found[1]["text"] == (  # one quotation over two paragraphs: one quote
        "Households should expect higher bills for heating and for food.\n\n"
        "“Nobody can promise relief before the spring."
    )


def test_a_long_run_of_continuing_quotes_keeps_its_speaker() -> None:
    text = "“We are ready for this,” said Maria Lopez.\n" + "“And we will win in May.”\n" * 1_500
    found = quotes(text)
    assert len(found) == 1_501
    assert {(q["speaker"], q["mention"]) for q in found} == {("Maria Lopez", "Maria Lopez")}


def test_unclosed_quote_runs_to_paragraph_end() -> None:
    text = (
        "Opening.\n\nThe minister said, “ we will open the border next week.\n\n"
        "Next paragraph here."
    )
    q = only(text, style="direct")
    assert q["text"] == "we will open the border next week."


def test_nested_quote_is_part_of_the_outer_one() -> None:
    text = "“He told me ‘never again’ and left the room,” said Omar Haddad."
    q = only(text, style="direct", speaker="Omar Haddad")
    assert q["text"] == "He told me ‘never again’ and left the room,"


def test_apostrophes_are_not_quotes() -> None:
    text = "O’Brien loves rock ’n’ roll and the 1990s’ music. Students' rooms were cold."
    assert quotes(text) == []


# -- speaker cues ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("“We are ready for the vote,” Lena Ortiz said.", "Lena Ortiz"),
        ("“We are ready for the vote,” said Lena Ortiz.", "Lena Ortiz"),
        ("“We are ready for the vote,” Lena Ortiz told reporters.", "Lena Ortiz"),
        ("“We are ready for the vote,” according to Lena Ortiz.", "Lena Ortiz"),
        ("Lena Ortiz added: “We are ready for the vote.”", "Lena Ortiz"),
        ("Lena Ortiz warned, “We are ready for the vote.”", "Lena Ortiz"),
        ("Lena Ortiz insisted: “We are ready for the vote.”", "Lena Ortiz"),
        ("Lena Ortiz: “We are ready for the vote.”", "Lena Ortiz"),
        ("“We are ready for the vote,” Lena Ortiz claimed on Monday.", "Lena Ortiz"),
        ("“We are ready for the vote,” Ms. Ortiz noted.", "Ms. Ortiz"),
    ],
)
def test_cues(text: str, mention: str) -> None:
    only(text, style="direct", mention=mention)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a participle or "to say" after a comma or a preposition: the subject speaks
        (("At the rally on Sunday, Lena Ortiz compared herself to her rival, saying, "
         "“I have always voted against those wars.”"), "Lena Ortiz"),
        ("Lena Ortiz went on to say, “We will win this state in November.”", "Lena Ortiz"),
        ("On the radio, she answered one of his messages by saying, “You are wrong about me.”",
         "she"),
        ("The mayor said the city was safe, adding, “Nobody should worry about tonight.”",
         "The mayor"),
        (("Here in the capital, Lena Ortiz stepped up her criticism, saying, "
         "“Too many people are in prison.”"), "Lena Ortiz"),
        # a role phrase, then the name between commas
        ("Her senior policy adviser, Jake Tull, said: “The senator believes in the plan.”",
         "Jake Tull"),
        ("A spokesman, Tom Reyes, told reporters, “The senator believes in the plan.”",
         "Tom Reyes"),
        # "shot back", "fired back" and a few more speech verbs
        ("Lena Ortiz shot back, “The governor cannot say that about me.”", "Lena Ortiz"),
        ("Lena Ortiz fired back: “The governor cannot say that about me.”", "Lena Ortiz"),
        ("During the debate, Lena Ortiz cracked, “I am a progressive who gets things done.”",
         "Lena Ortiz"),
        ("Lena Ortiz lamented, “Nobody listens to the small towns any more.”", "Lena Ortiz"),
        # "as X put it"
        ("As Tom Reyes, a former governor, put it, “The senator believes in the plan.”",
         "Tom Reyes"),
    ],
)
def test_cues_whose_source_is_the_subject_or_an_appositive(text: str, mention: str) -> None:
    (q,) = [q for q in quotes(text) if q["style"] == "direct"]
    assert q["mention"] == mention


@pytest.mark.parametrize(
    "text",
    [
        # the object of "by" or the noun before a participle is no source
        "When the judge returned, the court began by saying, “We are ready to proceed.”",
        "The crowd booed the speaker upon saying, “We won tonight in this state.”",
    ],
)
def test_a_prepositional_object_is_not_the_source(text: str) -> None:
    (q,) = [q for q in quotes(text) if q["style"] == "direct"]
    assert q["mention"] is None or not q["mention"].endswith(("by", "upon"))


@pytest.mark.parametrize(
    "text",
    [
        "The old bridge cracked, and the river rose over the road.",
        "The company posted a loss, and its shares fell by a third.",
    ],
)
def test_new_speech_verbs_attribute_nothing_without_a_quote_or_clause(text: str) -> None:
    assert [q for q in quotes(text) if q["style"] == "direct"] == []


@pytest.mark.parametrize(
    ("text", "outer"),
    [
        (("The senator criticized the plan for its cost, whereas the governor acknowledged "
         "that it would create jobs."), "the plan for its cost"),
        (("The senator criticized the plan for its cost, but the governor insisted that it "
         "would create jobs."), "the plan for its cost"),
        (("The report praised the new mayor of the city, who has criticized the budget for "
         "months."), "the new mayor of the city"),
        ("The senator said the plan had failed, but the governor insisted that it worked.",
         "the plan had failed"),
        # no clause of its own after the break: the content runs on
        ("The senator criticized the plan for its cost, but only in private.",
         "the plan for its cost, but only in private"),
    ],
)
def test_reported_content_ends_before_a_clause_with_its_own_cue(text: str, outer: str) -> None:
    found = quotes(text)
    assert found[0]["text"] == outer
    assert found[0]["mention"] in {"The senator", "The report"}


def test_role_after_name() -> None:
    text = "“Trade is growing,” said Khalid Omar, Ambassador of Sudan to Kenya, at the event."
    doc = ENRICHER.enrich(text)
    (person,) = doc.select("person")
    assert doc.text[person.start : person.end] == "Khalid Omar"
    assert person.get("role") == "ambassador of sudan to kenya"


# -- indirect and mixed speech --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Lena Ortiz said that the vote would be held in May.", "the vote would be held in May"),
        ("Lena Ortiz stated that the vote would be held in May.", "the vote would be held in May"),
        (
            "Lena Ortiz said on Monday that the vote would be held in May.",
            "the vote would be held in May",
        ),
        ("Lena Ortiz said the vote would be held in May.", "the vote would be held in May"),
        (
            "According to Lena Ortiz, the vote would be held in May.",
            "the vote would be held in May",
        ),
        ("The vote would be held in May, Lena Ortiz said.", "The vote would be held in May"),
    ],
)
def test_indirect(text: str, clause: str) -> None:
    only(text, style="indirect", text=clause, speaker="Lena Ortiz")


def test_mixed() -> None:
    text = "The senator said the plan was “a disaster for farmers” and would fail."
    q = only(text, style="mixed")
    assert "a disaster for farmers" in q["text"]
    assert q["mention"] == "The senator" or q["mention"] == "senator"


def test_called_fragment_is_mixed() -> None:
    text = "Nadia Karim called the plan “a disaster” during the debate."
    q = only(text, style="mixed", text="a disaster")
    assert q["speaker"] == "Nadia Karim"


# -- speaker resolution ---------------------------------------------------------------


def test_surname_resolves_to_full_name() -> None:
    text = (
        "“We have work to do,” said Foreign Minister Jean Dupont.\n\n"
        "“The talks will go on,” Dupont added."
    )
    found = quotes(text)
    assert [q["speaker"] for q in found] == ["Jean Dupont", "Jean Dupont"]
    assert found[1]["mention"] == "Dupont"


def test_pronoun_and_role_resolution() -> None:
    text = (
        "“We will not give up,” said Sara Lind, the spokeswoman for the union.\n\n"
        "Talks resumed on Tuesday.\n\n"
        "“We want a fair deal,” she said.\n\n"
        "“Nothing is agreed yet,” the spokeswoman added."
    )
    found = quotes(text)
    assert [q["speaker"] for q in found] == ["Sara Lind"] * 3
    assert [q["mention"] for q in found] == ["Sara Lind", "she", "the spokeswoman"]


def test_unresolvable_pronoun_has_no_speaker_name() -> None:
    q = only("“It is over,” he said.", style="direct", mention="he")
    assert q["speaker"] is None


# -- not quotations -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Crowds gathered to celebrate “Victory Day” in the capital.",
        "The programme, called “The Great Return”, began in 2022.",
        "He read “War and Peace” twice last year.",
        "Officials described the “so-called” deal as a step forward.",
    ],
)
def test_titles_and_scare_quotes_are_not_quotes(text: str) -> None:
    found = quotes(text)
    assert [q for q in found if q["style"] == "direct"] == []
    assert not any(q["text"] in {"Victory Day", "The Great Return", "War and Peace"} for q in found)


def test_option_indirect_off() -> None:
    enricher = limner.Enricher(["quotes"], {"quotes.indirect": False})
    doc = enricher.enrich("Lena Ortiz said that the vote would be held in May.")
    assert doc.select("quote") == []


def test_option_min_words_validated() -> None:
    with pytest.raises(limner.ConfigError):
        limner.Enricher(["quotes"], {"quotes.min_words": 0})


# -- bad input ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“" + "word " * 50_000,
        " ".join(f"“Quote number {i} here,” he said." for i in range(3_000)),
        '"a" ' * 30_000,
        "“\"«»„‘’'" * 20_000,
        "according to " * 10_000,
        "." * 100_000,
        "O’Brien " * 20_000,
        "\x00\ud800“\u202e‘ said\r\n”" * 2_000,
    ],
    ids=[
        "open",
        "thousands",
        "straight",
        "mixed-marks",
        "according",
        "periods",
        "apostrophes",
        "nasty",
    ],
)
def test_bad_input_never_raises(text: str) -> None:
    doc = ENRICHER.enrich(text)
    assert doc.errors == []
    for a in doc.annotations:
        assert 0 <= a.start <= a.end <= len(text)


def test_single_opening_mark_in_long_text_is_one_quote() -> None:
    text = "She said, “" + "and so on " * 20_000
    (q,) = [q for q in quotes(text) if q["style"] == "direct"]
    assert q["text"].startswith("and so on") and q["end"] == len(text.rstrip())


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.one_of(texts(), news_texts(), nasty_texts()))
@example("00000000000000000000:According to Aa ")  # a one-word source at the text's end
def test_laws_on_arbitrary_text(text: str) -> None:
    doc = ENRICHER.enrich(text)
    assert doc.errors == []
    for q in doc.select("quote"):
        assert q.get("style") in {"direct", "mixed", "indirect"}
        assert q.end > q.start
        assert not doc.text[q.start].isspace() and not doc.text[q.end - 1].isspace()
        ref = q.get("speaker_mention")
        if ref is not None:
            assert doc[ref].kind in {"person", "source"}
        else:
            assert q.get("speaker") is None


def test_conformance() -> None:
    check_plugin(
        "quotes",
        examples=[
            "“We are ready,” said Lena Ortiz. “The vote is in May.”",
            "Lena Ortiz said that the vote would be held in May.",
            "The senator called the plan “a disaster” on Monday.",
        ],
    )


# -- PolNeAR --------------------------------------------------------------------------


def test_polnear_dev_goals() -> None:
    """The plugin's goals on PolNeAR dev, scored by ``limner evaluate`` (docs/evaluation.md)."""
    m = limner_metrics("quotes", "polnear/polnear-dev.jsonl")
    assert m["direct"]["overlap"]["f1"] >= 0.85, m["direct"]
    assert m["direct"]["speaker"]["accuracy"] >= 0.92, m["direct"]
    assert m["all"]["overlap"]["f1"] >= 0.72, m["all"]
    assert m["all"]["speaker"]["accuracy"] >= 0.85, m["all"]["speaker"]
    for family in ("speech", "stance", "evidence", "noun", "passive"):
        assert m["all"]["families"][family]["recall"] >= 0.2, (family, m["all"]["families"])


def test_tokens_keep_the_period_of_titles_initials_and_glued_abbreviations() -> None:
    from limner_quotes.phrases import tokenize

    text = "Mr. J. Smith of Acme Inc., the boss. He left."
    toks = tokenize(text, 0, len(text))
    assert all(text[s:e] == w for s, e, w in toks)  # offsets agree with the surfaces
    words = [w for _, _, w in toks]
    assert words[:3] == ["Mr.", "J.", "Smith"]
    assert "Inc." in words and "," in words  # "Inc.," keeps its period, the comma stands alone
    assert words[-5:] == ["boss", ".", "He", "left", "."]  # a sentence's period stands alone
    inner = tokenize(text, 4, 12)  # a window that starts mid-text
    assert [w for _, _, w in inner] == ["J.", "Smith"]


def test_sentences_end_at_stops_but_not_after_titles() -> None:
    from limner_quotes.layout import Layout

    text = "He left. Mr. Smith said so! Then “Yes?” she asked. Gov. Lee agreed\nNext line."
    layout = Layout(text)
    assert layout.sentence(text.index("Smith")) == (9, text.index("Then") - 1)
    # "?”" before a lower-case word ends no sentence
    assert layout.sentence(text.index("Then"))[1] == text.index("asked.") + len("asked.")
    assert layout.sentence(text.index("Lee")) == (text.index("Gov."), text.index("\n"))
    assert layout.sentence(text.index("Next")) == (text.index("Next"), len(text))


def test_quote_marks_and_apostrophes_are_told_apart() -> None:
    from limner_quotes.layout import Layout
    from limner_quotes.marks import stretches

    text = (
        "It’s the 1990s’ sound, 'a real classic' of rock ’n’ roll, “one” and \"two\" and «three»."
    )
    found = [text[s.start : s.end] for s in stretches(text, Layout(text))]
    assert found == ["a real classic", "one", "two", "three"]


def test_a_name_and_colon_opening_a_line_attributes_it() -> None:
    from limner_quotes import annotate_quotes

    text = "Intro line.\nSanders: Clinton needs to answer for her record on trade.\n"
    found = [a for a in annotate_quotes(text) if a.kind == "quote"]
    assert [(text[q.start : q.end], q.style, q.speaker) for q in found] == [
        ("Clinton needs to answer for her record on trade", "indirect", "Sanders")
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Storm Darragh: Thousands without power as Met Éireann issues red warning",
        "Hurricane Milton: Florida braces for landfall",
        "Budget 2025: What the changes mean for you",
    ],
)
def test_a_headline_topic_before_a_colon_is_no_speaker(line: str) -> None:
    from limner_quotes import annotate_quotes

    text = f"{line}\n\nMore than 400,000 homes were without power on Saturday.\n"
    assert [a for a in annotate_quotes(text) if a.kind == "quote"] == []


# -- every cue family (sentences written for these tests) -------------------------------


@pytest.mark.parametrize(
    ("text", "content", "cue", "mention", "source_type"),
    [
        # speech verbs, any tense and form
        ("Mayor Ines Dalby warned that the bridge would close in June.",
         "the bridge would close in June", "warned", "Mayor Ines Dalby", "person"),
        ("The coach has criticized the league for its new schedule.",
         "the league for its new schedule", "criticized", "The coach", "person"),
        ("Tom Reyes urged voters to reject the measure.",
         "to reject the measure", "urged", "Tom Reyes", "person"),
        ("She called for an inquiry into the contract.",
         "an inquiry into the contract", "called for", "She", "person"),
        # stance verbs
        ("Most farmers believe the new rules will raise their costs.",
         "the new rules will raise their costs", "believe", "Most farmers", "person"),
        ("The union opposes the plan to close three depots.",
         "the plan to close three depots", "opposes", "The union", "organization"),
        # participles
        ("Lena Park left the meeting early, arguing that the budget was unfair.",
         "the budget was unfair", "arguing", "Lena Park", "person"),
        # evidence and findings
        ("A new survey shows support for the tax falling among young voters.",
         "support for the tax falling among young voters", "shows", "A new survey",
         "document"),
        ("The appeals court ruled that the fine was lawful.",
         "the fine was lawful", "ruled", "The appeals court", "organization"),
        # noun cues
        ("Her claim that the files were lost drew laughter.",
         "the files were lost", "claim", "Her", "person"),
        # passives
        ("The ferry service is expected to resume next week.",
         "to resume next week", "expected", None, "unknown"),
        # an "it" that stands for a clause with no "that", as UK news writes it
        ("It is understood the two sides are close to a deal.",
         "the two sides are close to a deal", "understood", None, "unknown"),
        ("The striker signed on Friday, and it is believed the fee could rise to £40m.",
         "the fee could rise to £40m", "believed", None, "unknown"),
        ("It is thought Manchester United are interested.",
         "Manchester United are interested", "thought", None, "unknown"),
        ("On the first day, it is hoped the new rules will cut queues.",
         "the new rules will cut queues", "hoped", None, "unknown"),
    ],
)
def test_cue_families(
    text: str, content: str, cue: str, mention: str | None, source_type: str
) -> None:
    found = [q for q in quotes(text) if q["cue"] == cue]
    assert found, quotes(text)
    q = max(found, key=lambda q: q["end"] - q["start"])
    assert q["text"] == content
    assert q["mention"] == mention
    assert q["source_type"] == source_type
    assert text[q["cue_start"] : q["cue_end"]].lower() == cue


@pytest.mark.parametrize(
    "text",
    [
        "The land can be seized if it is declared idle by the court.",
        "It is expected.",
        "It was reported by the BBC.",
    ],
)
def test_an_it_that_names_a_thing_opens_no_impersonal_attribution(text: str) -> None:
    # "it" is the land declared idle, not a clause: nothing is attributed
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The bank will close 40 branches, according to documents seen by the BBC.",
         "The bank will close 40 branches"),
        ("The total cost of the fraud borne by consumers was $546m, officials said.",
         "The total cost of the fraud borne by consumers was $546m"),
        ("The plan, backed by the unions, will cut hours, the minister said.",
         "The plan, backed by the unions, will cut hours"),
        (("The 20 million jobs promised by EU leaders in Lisbon have not appeared, "
          "the report found."),
         "The 20 million jobs promised by EU leaders in Lisbon have not appeared"),
    ],
)
def test_a_participle_and_its_agent_attribute_nothing(text: str, content: str) -> None:
    # "seen by the BBC", "borne by consumers": a verb read before "by" has an agent, not
    # content; the sentence's own attribution is all there is
    assert [q["text"] for q in quotes(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content", "cue", "mention"),
    [
        # the long tail of reporting verbs, in any tense and form
        ("The farmers' union disputed the figures on water use.",
         "the figures on water use", "disputed", "The farmers' union"),
        ("Councillor Mia Holt has long advocated a later start for schools.",
         "a later start for schools", "advocated", "Councillor Mia Holt"),
        ("Priya Shah speculated that the merger would fail.",
         "the merger would fail", "speculated", "Priya Shah"),
        ("The director apologized for the delays at the border.",
         "the delays at the border", "apologized", "The director"),
        ("Greta Lund lambasted the council for its slow repairs.",
         "the council for its slow repairs", "lambasted", "Greta Lund"),
        ("Omar Diaz bemoaned the lack of housing in the valley.",
         "the lack of housing in the valley", "bemoaned", "Omar Diaz"),
    ],
)
def test_long_tail_of_reporting_verbs(text: str, content: str, cue: str, mention: str) -> None:
    found = [q for q in quotes(text) if q["cue"].split(" ", 1)[0] == cue]
    assert found, quotes(text)
    q = max(found, key=lambda q: q["end"] - q["start"])
    assert q["text"] == content
    assert q["mention"] == mention


def test_according_to_after_a_quote_and_its_speaker_reports_both() -> None:
    text = ('"We will not cut the school budget," Mayor Ana Ruiz said, according to the '
            "Daily Courier.")
    found = quotes(text)
    (direct,) = [q for q in found if q["style"] == "direct"]
    assert direct["speaker"] == "Ana Ruiz"
    (outer,) = [q for q in found if q["cue"] == "according to"]
    assert outer["mention"] == "the Daily Courier"
    assert outer["style"] == "mixed"
    assert outer["text"].endswith("budget,\" Mayor Ana Ruiz said")


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("The bridge will reopen in May, the Gazette reported.",
         "The bridge will reopen in May", "Gazette"),
        ("The board is split on the merger, senior Republicans said.",
         "The board is split on the merger", "Republicans"),
        # an attribution inside the reported sentence stops before the final one
        ("In one letter, Dupont explained how he had lost the key, the Gazette reported.",
         "In one letter, Dupont explained how he had lost the key", "Gazette"),
        # ... and the attribution ends at a comma before an adjunct of the sentence (whose
        # words are a second quote of the same source's: test_quotes_registers.py)
        (("The inflation rate fell to 3.2% in October, the Bureau of Labor Statistics said, "
          "while the unemployment rate held at 3.9%."),
         "The inflation rate fell to 3.2% in October", "Bureau of Labor Statistics"),
        (("Around 1.5 million people in Somalia face starvation, the UN said, with the region "
          "enduring its worst drought in 40 years."),
         "Around 1.5 million people in Somalia face starvation", "UN"),
    ],
)
def test_sentence_final_source_after_leading_words(text: str, content: str, mention: str) -> None:
    outer, *rest = [q for q in quotes(text) if q["mention"] == mention]
    assert outer["text"] == content
    assert all(q["text"].startswith(("while ", "with ")) for q in rest)
    inner = [q for q in quotes(text) if q is not outer and q["cue"] == "explained"]
    assert all("Gazette" not in q["text"] for q in inner)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (("The rand weakened to R18.95, its lowest level since June, after Eskom announced "
          "stage-six load shedding."), "stage-six load shedding", "Eskom"),
        ("Shares fell 5%, after the company reported weak sales.", "weak sales",
         "the company"),
    ],
)
def test_a_clause_after_a_conjunction_attributes_nothing_before_it(
        text: str, content: str, mention: str) -> None:
    # "after Eskom announced …" is a clause of its own, not a sentence-final attribution
    # of the words before its comma
    assert [(q["text"], q["mention"]) for q in quotes(text)] == [(content, mention)]


@pytest.mark.parametrize(
    "text",
    [
        "Forecasters issued a flood warning in parts of Wales on Sunday.",
        "There is an excessive heat warning in place until Sunday.",
    ],
)
def test_a_cue_noun_that_ends_a_noun_phrase_is_no_participle(text: str) -> None:
    # "a flood warning in …" is a noun, not "warning in" a participle with its content
    assert quotes(text) == []


def test_a_participle_after_a_body_still_attributes() -> None:
    found = quotes("The storm hit, with the government warning that more rain was coming.")
    assert [(q["text"], q["mention"]) for q in found] == [
        ("more rain was coming", "the government")]


def test_reported_speech_stops_before_a_sentence_final_attribution() -> None:
    found = quotes("The mayor said the budget was fine, officials said.")
    assert {(q["text"], q["mention"]) for q in found} == {
        ("The mayor said the budget was fine", "officials"),
        ("the budget was fine", "The mayor"),
    }


@pytest.mark.parametrize(
    ("text", "content", "mention", "speaker"),
    [
        ("The vote will go ahead, said spokesman Tom Brown.",
         "The vote will go ahead", "spokesman Tom Brown", "Tom Brown"),
        ("The vote will go ahead, said a spokesman.",
         "The vote will go ahead", "a spokesman", None),
        ("The vote will go ahead, said the minister.",
         "The vote will go ahead", "the minister", None),
        ("The team is ready for the final, added the coach.",
         "The team is ready for the final", "the coach", None),
        ("The deal was dead, insisted the prime minister.",
         "The deal was dead", "the prime minister", None),
        ("The talks had collapsed, said on Tuesday a spokeswoman for the ministry.",
         "The talks had collapsed", "a spokeswoman for the ministry", None),
        ("The fire was under control, said a police spokesman on Monday.",
         "The fire was under control", "a police spokesman", None),
        ("The results were good, said chief executive Mary Jones.",
         "The results were good", "chief executive Mary Jones", "Mary Jones"),
        ("The vote will go ahead, said Tom Brown on Tuesday.",
         "The vote will go ahead", "Tom Brown", "Tom Brown"),
        # a bare plural role, a group of people or a body names the speaker too
        ("The road will stay closed until Friday, said police.",
         "The road will stay closed until Friday", "police", None),
        ("Prices will keep rising, warned analysts.",
         "Prices will keep rising", "analysts", None),
        ("The economy is slowing, said economists at the bank.",
         "The economy is slowing", "economists at the bank", None),
        ("The fire started in the kitchen, said witnesses.",
         "The fire started in the kitchen", "witnesses", None),
        # the name after the role, as after “The vote will go ahead,” said the spokesman,
        # Tom Brown.
        ("The vote will go ahead, said the spokesman, Tom Brown.",
         "The vote will go ahead", "Tom Brown", "Tom Brown"),
    ],
)
def test_an_inverted_attribution_ends_reported_speech(
    text: str, content: str, mention: str, speaker: str | None
) -> None:
    # as in the direct form: “The vote will go ahead,” said spokesman Tom Brown.
    only(text, style="indirect", text=content, mention=mention, speaker=speaker)


@pytest.mark.parametrize(
    ("text", "fragments", "mention"),
    [
        ("Under the plan, said the minister, taxes will rise.",
         {"Under the plan", "taxes will rise"}, "the minister"),
        ("The cost of the bridge, said analysts, was far too high.",
         {"The cost of the bridge", "was far too high"}, "analysts"),
        # the words before the attribution are the subject of those after it, however short
        ("The price, said Tom Brown, was too high.", {"The price", "was too high"}, "Tom Brown"),
        ("The price, said analysts, will rise.", {"The price", "will rise"}, "analysts"),
        ("The price, said analysts, could rise.", {"The price", "could rise"}, "analysts"),
        # the speaker's appositive is part of the attribution
        ("The plan, said Tom Brown, the party leader, was a disgrace.",
         {"The plan", "was a disgrace"}, "Tom Brown"),
    ],
)
def test_an_inverted_attribution_set_off_by_commas_splits_the_sentence(
    text: str, fragments: set[str], mention: str
) -> None:
    # as "A, X says, B": the words on both sides of the attribution are its fragments
    found = quotes(text)
    assert {(q["text"], q["mention"]) for q in found} == {(f, mention) for f in fragments}


def test_a_connective_before_an_attribution_set_off_by_commas_is_no_fragment() -> None:
    found = quotes("Instead, says Tom Brown, the market will decide.")
    assert {(q["text"], q["mention"]) for q in found} == {("the market will decide", "Tom Brown")}


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # the words after the verb are a clause, not a speaker
        ("Mr Smith, a former minister, said the minister of finance was wrong.",
         "the minister of finance was wrong", "Mr Smith"),
        ("Mr Smith, a former minister, said Tom Brown had left the party.",
         "Tom Brown had left the party", "Mr Smith"),
        ("Mr Smith, a former minister, said Tom Brown, the leader, had left.",
         "Tom Brown, the leader, had left", "Mr Smith"),
        (("Downing Street would not comment, saying the timing was a matter for the "
          "prime minister."), "the timing was a matter for the prime minister", "Downing Street"),
    ],
)
def test_a_clause_after_a_comma_and_a_verb_is_no_inverted_attribution(
    text: str, content: str, mention: str
) -> None:
    assert (content, mention) in {(q["text"], q["mention"]) for q in quotes(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The plan failed, said to be the worst in years.",
        "The plan failed, said nothing.",
    ],
)
def test_said_to_be_after_a_comma_is_no_attribution(text: str) -> None:
    assert quotes(text) == []


def test_sources_that_are_not_people_are_source_annotations() -> None:
    doc = ENRICHER.enrich(
        "The Transport Ministry said that fares would rise. The ministry later "
        "insisted that the rise was small."
    )
    sources = doc.select("source")
    assert [doc.text[s.start : s.end] for s in sources] == ["Transport Ministry", "The ministry"]
    assert {s.get("name") for s in sources} == {"Transport Ministry"}
    assert all(s.get("source_type") == "organization" for s in sources)
    for q in doc.select("quote"):
        assert doc[q.get("speaker_mention")].kind == "source"


def test_reported_speech_after_a_colon_runs_on_for_several_sentences() -> None:
    (q,) = quotes("The mayor said: the tax will rise. Schools will get the money.")
    assert q["text"] == "the tax will rise. Schools will get the money"
    assert q["mention"] == "The mayor" and q["cue"] == "said"
    (q,) = quotes("Ana Ruiz wrote on her blog:\n\nThe dam is safe. It was checked in May.")
    assert q["text"] == "The dam is safe. It was checked in May"
    assert q["speaker"] == "Ana Ruiz"


def test_headline_attribution() -> None:
    found = quotes("Senator Warns Budget Cuts Will Close Rural Schools\n\nThe vote is on Monday.")
    assert [(q["text"], q["mention"]) for q in found] == [
        ("Budget Cuts Will Close Rural Schools", "Senator")
    ]


# -- bad input: bounded work per cue -------------------------------------------------------


def _work(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many speaker phrases the plugin reads in ``text`` (each reads a bounded window)."""
    import limner_quotes.attribution as attribution
    import limner_quotes.finder as finder

    calls = [0]
    for module in (attribution, finder):
        original = module.phrase_before

        def counted(*args: Any, _original: Any = original) -> Any:
            calls[0] += 1
            return _original(*args)

        monkeypatch.setattr(module, "phrase_before", counted)
    doc = ENRICHER.enrich(text)
    assert doc.errors == []
    monkeypatch.undo()
    return calls[0]


def _long_sentence(words: int) -> str:
    out = []
    for i in range(words):
        out.append("said" if i % 20 == 10 else ("officials" if i % 20 == 9 else "word"))
    return " ".join(out) + "."


def test_a_ten_thousand_word_sentence_with_500_speech_verbs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = _long_sentence(10_000)
    assert text.count(" said ") == 500
    doc = ENRICHER.enrich(text)
    assert doc.errors == []
    assert len(doc.select("quote")) <= 500
    small, big = _work(_long_sentence(5_000), monkeypatch), _work(text, monkeypatch)
    assert big <= 2.5 * max(small, 1)


def test_a_text_of_only_speech_verbs(monkeypatch: pytest.MonkeyPatch) -> None:
    verbs = "said warned argued claimed insisted noted told urged believes found shows "
    doc = ENRICHER.enrich(verbs * 2_000)
    assert doc.errors == []
    for a in doc.annotations:
        assert 0 <= a.start <= a.end <= len(doc.text)
    small, big = _work(verbs * 1_000, monkeypatch), _work(verbs * 2_000, monkeypatch)
    assert big <= 2.5 * max(small, 1)


# -- the cue lexicon and source types -------------------------------------------------------


@pytest.mark.parametrize(
    ("base", "forms"),
    [
        ("urge", ("urge", "urges", "urged", "urged", "urging")),
        ("deny", ("deny", "denies", "denied", "denied", "denying")),
        ("admit", ("admit", "admits", "admitted", "admitted", "admitting")),
        ("stress", ("stress", "stresses", "stressed", "stressed", "stressing")),
        ("say", ("say", "says", "said", "said", "saying")),
        ("agree", ("agree", "agrees", "agreed", "agreed", "agreeing")),
        ("write", ("write", "writes", "wrote", "written", "writing")),
    ],
)
def test_inflect(base: str, forms: tuple[str, ...]) -> None:
    from limner_quotes.cues import inflect

    assert inflect(base) == forms


def test_every_form_of_a_listed_verb_is_a_cue() -> None:
    from limner_quotes.cues import NOT_CUES, SPEECH, STANCE, VERB_FORMS, inflect

    for base in SPEECH + STANCE:
        for form in inflect(base):
            assert form in VERB_FORMS or form in NOT_CUES, form
    assert "notes" in VERB_FORMS and "note" not in VERB_FORMS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A new poll shows that most residents back the plan.", "document"),
        ("The Justice Department said that the inquiry was closed.", "organization"),
        ("NASA said that the launch would slip to May.", "organization"),
        ("Officials said that the road would reopen.", "person"),
        ("She said that the road would reopen.", "person"),
        ("It was reported that the road would reopen.", "unknown"),
        # an inquiry or an investigation reports as a document does; a head of government's
        # title names a person ("The Taoiseach", "The coroner")
        ("A BBC investigation found that patients waited 12 hours.", "document"),
        ("The inquiry found that the company had misled investors.", "document"),
        ("The Taoiseach told the Dáil that the budget would be balanced.", "person"),
        ("The coroner said that the death was accidental.", "person"),
        # a trust or a hospital speaks as the body it is, as British health news writes them
        ("The NHS trust said that it would investigate.", "organization"),
        ("The hospital said that the patient was stable.", "organization"),
        ("Hereford County Hospital said that waits would fall.", "organization"),
    ],
)
def test_source_types(text: str, expected: str) -> None:
    found = quotes(text)
    assert [q["source_type"] for q in found] == [expected], found


@pytest.mark.parametrize(
    "text",
    [
        "A hospital trust has been told to improve its maternity care.",
        "The NHS trust is facing a fine of £1m.",
        "The Labour claim was rejected by the minister's office.",
        "That charge was denied by the company.",
        "The awards show will also feature performances from U2.",
        "Clinton's tweet is a reminder of how many issues remain.",
    ],
)
def test_a_cue_word_that_heads_a_subject_before_its_verb_attributes_nothing(text: str) -> None:
    # a clause cannot open without its subject: a cue word right before "has", "is" or
    # "was" is a noun, the subject's head ("the trust has", "that charge was")
    cues = {"trust", "claim", "charge", "show", "tweet"}
    assert [q for q in quotes(text) if q["cue"] in cues] == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The firm sold Yugansk, which Yukos claims was illegally sold.", "claims",
         "was illegally sold"),
        ("It plans cheap fares, a move it hopes will stoke competition.", "hopes",
         "will stoke competition"),
        ("Few experts believe that is likely to happen soon.", "believe",
         "is likely to happen soon"),
    ],
)
def test_a_cue_in_a_relative_clause_before_an_auxiliary_still_reports(
        text: str, cue: str, content: str) -> None:
    # "which Yukos claims was …": the relative is what is claimed, the cue a verb
    assert [q["text"] for q in quotes(text) if q["cue"] == cue] == [content]


# -- "add" as a tally, not speech ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jordan Poole added 22 off the bench.",
        "Jones added 14 points and 10 rebounds for the Lakers.",
        "Harry Kane added a second goal in the 70th minute.",
        "Smith added two more tries before half-time.",
        "The bank added 0.5% to its forecast.",
        "Officials added three new flights to the schedule.",
        "The index added 120 points, or 1.4%, on Friday.",
    ],
)
def test_add_with_only_a_count_after_it_reports_no_words(text: str) -> None:
    # a count or an amount and no clause after "added": a tally, not speech
    assert [q for q in quotes(text) if q["cue"] in {"added", "adds", "adding"}] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Police added 20 people had been hurt.", "20 people had been hurt"),
        ("The mayor said the plan was sound, adding 200 new jobs would follow.",
         "200 new jobs would follow"),
        ("Smith added that two players were injured.", "two players were injured"),
        ("He added the firm had no plans to sell.", "the firm had no plans to sell"),
        # a quantity that opens a subject, not a count: the clause is what was said
        ("The firm added most of those banned simply tried to cheat.",
         "most of those banned simply tried to cheat"),
    ],
)
def test_add_before_a_clause_reports_it_even_when_it_opens_with_a_count(
        text: str, content: str) -> None:
    assert [q["text"] for q in quotes(text) if q["cue"] in {"added", "adding"}] == [content]
