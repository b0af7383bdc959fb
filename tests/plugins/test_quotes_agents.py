"""Tests of speaker rules of the quotes plugin: the agent of a passive speech verb
speaks, a noun phrase with a post-modifier names its speaker whole, and a body's
name is read whole."""

from __future__ import annotations

from typing import Any

import pytest

import limner
from tests.plugins.support import annotated, only, quote_rows, quotes_of, sources

ENRICHER = limner.Enricher(["quotes"])


def quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return quote_rows(ENRICHER, text)


def person(text: str, surface: str) -> dict[str, Any]:
    return only(ENRICHER, text, "person", surface)


# -- a passive speech verb with "by": the agent speaks, never the hearer ---------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The talks failed, Jones was told by Smith.", "The talks failed"),
        ("The talks failed, Jones was warned by Smith.", "The talks failed"),
        ("The talks failed, Jones was informed by Smith.", "The talks failed"),
        ("The talks failed, Jones was told by Smith on Monday.", "The talks failed"),
        ("Jones was told by Smith that the talks failed.", "the talks failed"),
        ("Jones has been told by Smith that the talks failed.", "the talks failed"),
        ("Jones was warned by Smith that the talks would fail.", "the talks would fail"),
        ("Jones was informed by Smith that the talks failed.", "the talks failed"),
        ("Jones was asked by Smith whether the talks failed.", "whether the talks failed"),
        ("“The talks failed,” Jones was told by Smith.", "The talks failed,"),
        ("Jones was told by Smith: “The talks failed.”", "The talks failed."),
    ],
)
def test_the_agent_of_a_passive_speech_verb_speaks(text: str, content: str) -> None:
    assert [(c, m) for _, c, m, _ in quotes(text)] == [(content, "Smith")]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The talks failed, Jones was told by a senior official.", "a senior official"),
        ("Jones was told by the minister that the talks failed.", "the minister"),
        ("Jones was told by him that the talks failed.", "him"),
    ],
)
def test_the_agent_may_be_any_speaker_phrase(text: str, mention: str) -> None:
    assert [m for _, _, m, _ in quotes(text)] == [mention]


def test_an_agent_that_names_no_one_leaves_the_quote_without_a_speaker() -> None:
    # "by phone" is a means, not an agent: no speaker, and never the hearer
    assert quotes("Jones was told by phone that the talks failed.") == [
        ("indirect", "the talks failed", None, None)
    ]


@pytest.mark.parametrize(
    ("text", "style", "content"),
    [
        ("Jones was told that the talks failed.", "indirect", "the talks failed"),
        ("Jones has been told that the talks failed.", "indirect", "the talks failed"),
        ("Jones was told that “the talks failed.”", "mixed", "the talks failed."),
        ("“The talks failed,” Jones was told.", "direct", "The talks failed,"),
        ("“The talks failed,” Jones was told by phone.", "direct", "The talks failed,"),
        # the hearer's phrase opens with an article: its speaker words took in the "was"
        ("“The talks have failed again,” the minister was told.", "direct",
         "The talks have failed again,"),
        ("“The talks have failed again,” reporters were told.", "direct",
         "The talks have failed again,"),
    ],
)
def test_a_passive_without_an_agent_leaves_the_quote_without_a_speaker(
    text: str, style: str, content: str
) -> None:
    # the subject of "was told" heard the words: with no agent, no one is named
    assert quotes(text) == [(style, content, None, None)]


def test_a_passive_after_a_quote_carries_no_earlier_speaker_to_it() -> None:
    text = "“We will win,” said Tom Brown. “It will be a long campaign,” the minister was told."
    assert [m for _, _, m, _ in quotes(text)] == ["Tom Brown", None]


def test_the_one_quoted_as_saying_speaks() -> None:
    # "was quoted as saying" attributes through the participle to its subject: no
    # attribution of "as saying …" to no one
    assert quotes("Mr Smith was quoted as saying that the plan would fail.") == [
        ("indirect", "the plan would fail", "Mr Smith", "Smith")
    ]


def test_the_subject_of_a_progressive_speech_verb_still_speaks() -> None:
    # "was saying" is no passive: its subject speaks
    assert [m for _, _, m, _ in quotes("Jones was saying that the talks failed.")] == ["Jones"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # active verbs and passives without "by" are read as they were
        ("Smith told Jones that the talks failed.", "Smith"),
        ("The talks failed, Smith told Jones.", "Smith"),
        ("The talks failed, Smith said.", "Smith"),
        ("“The talks failed,” Jones said.", "Jones"),
        ("The senator was asked whether the plan would fail before the vote.", None),
    ],
)
def test_sentences_without_a_passive_agent_keep_their_speaker(
    text: str, mention: str | None
) -> None:
    assert [m for _, _, m, _ in quotes(text)] == [mention]


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("The deal was announced by Rachel Osei, the finance director.", "The deal",
         "Rachel Osei"),
        ("The decision was criticised by Labour MP Diane Foster.", "The decision",
         "Labour MP Diane Foster"),
        ("The new levy on fuel was condemned by farmers in Punjab.",
         "The new levy on fuel", "farmers in Punjab"),
    ],
)
def test_a_passive_cue_with_its_agent_attributes_its_subject(
    text: str, content: str, mention: str
) -> None:
    # what was announced or criticised is the subject; the agent after "by" is who
    # did it, never what was said
    assert [(c, m) for _, c, m, _ in quotes(text)] == [(content, mention)]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Jacinda Ardern's successor, Chris Hipkins, said he had no regrets.", "Chris Hipkins"),
        ("The club’s new signing, Marcus Diallo, said he was over the moon.", "Marcus Diallo"),
        ("Her eldest daughter, Grace Mutua, told the court that she had been threatened.",
         "Grace Mutua"),
    ],
)
def test_a_name_set_off_after_a_noun_phrase_speaks(text: str, mention: str) -> None:
    # "X's successor, NAME, said": the name in apposition is the speaker, the phrase
    # before it describes them
    assert [m for _, _, m, _ in quotes(text)] == [mention]


@pytest.mark.parametrize(
    ("text", "mention", "speaker"),
    [
        ("J.K. Rowling said the last book was finished.", "J.K. Rowling", "J. K. Rowling"),
        ("Justice B.V. Nagarathna observed that the law was unclear.",
         "Justice B.V. Nagarathna", "B. V. Nagarathna"),
        ("“We will appeal,” A.P. Singh told reporters outside the court.", "A.P. Singh",
         "A. P. Singh"),
    ],
)
def test_initials_joined_by_periods_open_the_name(text: str, mention: str, speaker: str) -> None:
    # "J.K." is two initials, not the end of a sentence before "Rowling"
    assert [(m, s) for _, _, m, s in quotes(text)] == [(mention, speaker)]


def test_initials_still_end_a_sentence_before_a_word_that_opens_one() -> None:
    text = "The team flew home to L.A. He said the trip had been a success."
    assert [(c, m) for _, c, m, _ in quotes(text)] == [("the trip had been a success", "He")]


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        ("Kenyan opposition leader Raila Odinga has claimed the election was stolen.",
         "Kenyan opposition leader Raila Odinga", "kenyan opposition leader"),
        (("South Africa's finance minister Enoch Godongwana said the budget would prioritise "
         "growth."), "South Africa's finance minister Enoch Godongwana",
         "south africa's finance minister"),
        ("Former foreign secretary Dominic Raab said the talks had stalled.",
         "Former foreign secretary Dominic Raab", "former foreign secretary"),
    ],
)
def test_lower_case_words_of_a_title_before_a_name_are_its_role(
    text: str, mention: str, role: str
) -> None:
    (q,) = quotes_of(ENRICHER, text)
    assert q["mention"] == mention
    assert person(text, mention)["role"] == role


@pytest.mark.parametrize(
    ("text", "mention", "speaker"),
    [
        ("“We’re confident,” said Ryanair’s Michael O’Leary.", "Ryanair’s Michael O’Leary",
         "Michael O’Leary"),
        ("Labour's Angela Rayner said the deal was a betrayal.", "Labour's Angela Rayner",
         "Angela Rayner"),
        ("“It was a penalty,” Chelsea’s Cole Palmer told reporters.", "Chelsea’s Cole Palmer",
         "Cole Palmer"),
    ],
)
def test_a_possessor_before_a_name_is_not_part_of_the_name(
    text: str, mention: str, speaker: str
) -> None:
    (q,) = quotes_of(ENRICHER, text)
    assert (q["mention"], q["speaker"]) == (mention, speaker)


# -- a noun phrase with a post-modifier is one speaker phrase --------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        ("“The talks failed,” a friend of Smith said.", "a friend of Smith", "friend"),
        ("“The talks failed,” a source close to Smith said.", "a source close to Smith",
         "source"),
        ("“The talks failed,” a source close to the family said.",
         "a source close to the family", "source"),
        ("“The talks failed,” an aide to the minister said.", "an aide to the minister", "aide"),
        ("“The talks failed,” a spokesman for the company said.",
         "a spokesman for the company", "spokesman"),
        ("“The talks failed,” people familiar with the matter said.",
         "people familiar with the matter", "people"),
        ("“The talks failed,” an analyst at Goldman Sachs said.",
         "an analyst at Goldman Sachs", "analyst"),
        ("“The talks failed,” a close ally of the minister said.",
         "a close ally of the minister", "close ally"),
    ],
)
def test_a_post_modified_phrase_after_a_quotation_is_its_speaker(
    text: str, mention: str, role: str
) -> None:
    assert [(s, c, m) for s, c, m, _ in quotes(text)] == [
        ("direct", "The talks failed,", mention)
    ]
    found = person(text, mention)
    assert found["role"] == role
    assert found.get("name") is None


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("A friend of Smith said the talks failed.", "A friend of Smith"),
        ("A source close to Smith said that the talks failed.", "A source close to Smith"),
        ("The talks failed, a friend of Smith said.", "a friend of Smith"),
        ("The talks failed, an aide to the minister said.", "an aide to the minister"),
        ("Officials at the ministry said the talks failed.", "Officials at the ministry"),
        ("People familiar with the matter said the talks failed.",
         "People familiar with the matter"),
    ],
)
def test_a_post_modified_phrase_before_reported_speech_is_its_speaker(
    text: str, mention: str
) -> None:
    assert [m for _, _, m, _ in quotes(text)] == [mention]
    assert person(text, mention).get("name") is None  # not the name inside the phrase


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("A federal judge in Texas on Friday ruled that the law was unconstitutional.",
         "A federal judge in Texas"),
        ("A spokesman for the council in Leeds said the road would reopen on Monday.",
         "A spokesman for the council in Leeds"),
        ("Officials in Kerala said the dam was safe.", "Officials in Kerala"),
        ("The senator from Vermont said the system was rigged.", "The senator from Vermont"),
        ("Residents from Soweto said the power cuts had cost them their jobs.",
         "Residents from Soweto"),
    ],
)
def test_a_place_after_in_or_from_is_no_speaker_of_its_own(text: str, mention: str) -> None:
    """A place in a role's or a body's post-modifier is part of the speaker phrase: it was
    read alone as a person ("Texas said", "Leeds said")."""
    assert [m for _, _, m, _ in quotes(text)] == [mention]
    assert person(text, mention).get("name") is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name after "from" keeps its own reading where no role or body heads it
        ("The plan drew a reaction from President Amara Diallo, who said it would fail.",
         "Amara Diallo"),
        ("The bill had help from Labor Secretary Tom Perez, who said he expects a deal.",
         "Tom Perez"),
    ],
)
def test_a_name_after_from_with_no_role_before_it_still_speaks(text: str, speaker: str) -> None:
    (q,) = quotes_of(ENRICHER, text)
    assert q["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "source_type"),
    [
        ("Bank of America chief executive Brian Moynihan said the deal was done.", "person"),
        ("Ministry of Defence spokesman Tom Hale said the deal was done.", "person"),
        ("University of Sydney professor Ann Lee said the deal was done.", "person"),
        # the title before the name decides, whatever the appositive read after it
        (("“The risk is low,” said Bank of Japan chief Toshihiko Fukui, despite the slump in "
          "exports."), "person"),
        # a body's name after an adjective or a role word stays the body
        ("Bank of America said the deal was done.", "organization"),
        ("The official Xinhua News Agency said the deal was done.", "organization"),
    ],
)
def test_a_named_person_with_a_role_at_a_body_is_a_person(text: str, source_type: str) -> None:
    # "X of Y ROLE NAME": the role's head and the person's name decide, not "of"'s head
    (q,) = quotes_of(ENRICHER, text)
    assert q["source_type"] == source_type


def test_a_name_with_a_post_modifier_keeps_its_name() -> None:
    text = "John Smith of the Sierra Club said that the talks failed."
    assert quotes(text) == [
        ("indirect", "the talks failed", "John Smith of the Sierra Club", "John Smith")
    ]


def test_a_post_modifier_of_an_organisation_source_names_a_person() -> None:
    text = "“The talks failed,” a source close to the ministry said."
    (q,) = quotes_of(ENRICHER, text)
    assert q["source_type"] == "person"


@pytest.mark.parametrize(
    ("text", "mention", "source_type"),
    [
        ("According to a source close to the talks, the deal is done.",
         "a source close to the talks", "person"),
        ("The deal is done, according to people close to the campaign.",
         "people close to the campaign", "person"),
        ("The deal is done, said a source close to the talks.",
         "a source close to the talks", "person"),
        ("“The deal is done,” said an aide to the president.", "an aide to the president",
         "person"),
    ],
)
def test_to_after_close_or_an_aide_goes_on_with_the_speaker_phrase(
        text: str, mention: str, source_type: str) -> None:
    # "close to", "an aide to": the phrase runs on, and its head is the person's noun
    (q,) = quotes_of(ENRICHER, text)
    assert (q["mention"], q["source_type"]) == (mention, source_type), q
    assert q["text"].startswith(("the deal", "The deal")), q


@pytest.mark.parametrize(
    "text",
    [
        "“It is done,” said a spokesman for President Joe Biden.",
        "“It is done,” said a former aide to President George W. Bush.",
        "“It is done,” said a source close to Prime Minister Keir Starmer.",
    ],
)
def test_a_name_after_a_spokesmans_preposition_is_not_the_speaker(text: str) -> None:
    # the spokesman speaks for the president: the president is no speaker
    (q,) = quotes_of(ENRICHER, text)
    assert q["speaker"] is None and q["mention"].startswith("a "), q


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # phrases read as they were
        ("“The talks failed,” a friend said.", "a friend"),
        ("“The talks failed,” said a friend of Smith.", "a friend of Smith"),
        ("One of the officials said that the talks failed.", "One of the officials"),
        ("He went to Smith and said the talks failed.", "He"),
        ("Secretary of State John Kerry said the talks failed.", "Secretary of State John Kerry"),
    ],
)
def test_phrases_without_a_post_modified_noun_are_unchanged(text: str, mention: str) -> None:
    assert [m for _, _, m, _ in quotes(text)] == [mention]


def test_a_participle_takes_the_name_before_it() -> None:
    # in "footage of X asking", X asks: the name, not the phrase it ends
    text = "The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead?”"
    assert [m for _, _, m, _ in quotes(text)] == ["Hillary Clinton"]


# -- a body's name with "of": one name, not its last word -----------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Rates will rise,” Bank of America said.", "Bank of America"),
        ("Bank of America said rates would rise.", "Bank of America"),
        ("“Fees will rise,” the University of Oxford said.", "University of Oxford"),
    ],
)
def test_a_bodys_name_with_of_is_one_speaker(text: str, speaker: str) -> None:
    assert [s for *_, s in quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (("“We are monitoring the situation,” said a spokesperson for the Department of "
          "Foreign Affairs and Trade."),
         "a spokesperson for the Department of Foreign Affairs and Trade"),
        ("The Department of Health and Human Services said the rule would take effect in May.",
         "Department of Health and Human Services"),
        (("The quota will not change, the Ministry of Fisheries and Oceans said on "
          "Tuesday."), "Ministry of Fisheries and Oceans"),
        ("“Nobody was hurt,” the Office of Emergency Management and Communications said.",
         "Office of Emergency Management and Communications"),
    ],
)
def test_and_between_capitalised_words_of_a_bodys_name_is_the_names(
    text: str, mention: str
) -> None:
    # "Department of Foreign Affairs and Trade": after a body's head noun and "of", an
    # "and" between capitalised words joins them in one name
    assert [m for _, _, m, _ in quotes(text)] == [mention]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Securities and Exchange Commission said the filing was two years late.",
         "Securities and Exchange Commission"),
        ("The recall was voluntary, said the Food and Drug Administration.",
         "Food and Drug Administration"),
        ("The Trinidad and Tobago Police Service said officers recovered a pistol.",
         "Trinidad and Tobago Police Service"),
        ("“The airport will reopen at noon,” the Antigua and Barbuda Defence Force said.",
         "Antigua and Barbuda Defence Force"),
    ],
)
def test_and_after_the_first_word_of_a_bodys_name_is_the_names(text: str, speaker: str) -> None:
    # "the Food and Drug Administration": one capitalised word after "the", then "and" and
    # capitalised words that hold the body's head noun
    assert [s for *_, s in quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Catch limits will be cut by a fifth, Fisheries and Oceans Canada said.",
         "Fisheries and Oceans Canada"),
        ("Shop prices will rise again in April, Marks and Spencer said on Wednesday.",
         "Marks and Spencer"),
        ("The deal is expected to close next year, Procter & Gamble said.", "Procter & Gamble"),
        ("The findings were preliminary, Dr Aisha Bello and Dr Tunde Okafor wrote.",
         "Dr Aisha Bello and Dr Tunde Okafor"),
    ],
)
def test_and_between_capitalised_words_after_a_comma_joins_a_final_speaker(
        text: str, speaker: str) -> None:
    # "…, Marks and Spencer said.": the words from the comma to the verb are one source
    assert [m for _, _, m, _ in quotes(text)] == [speaker]


def test_and_after_a_list_of_names_joins_no_speaker() -> None:
    text = ("The group owns the Penfolds, Lindemans and Rosemount brands, for A$4.17 a "
            "share, the filing showed.")
    assert all("Lindemans" not in m for _, _, m, _ in quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Bank of England and the Treasury said rates would stay on hold.",
        "The Bank of Nova Scotia and Royal Trust Company agreed to merge their units.",
        "The IMF and World Bank urged the government to cut the fuel subsidy.",
        "The Independent and The Guardian Media Group said they would share printing.",
    ],
)
def test_and_before_a_second_body_still_ends_a_bodys_name(text: str) -> None:
    # "the Treasury", "Royal Trust Company": a second body, with its own article or head
    # noun, not words of the first one's name
    assert not any(m is not None and "and" in m.split() for _, _, m, _ in quotes(text))


def test_of_after_a_name_that_heads_no_body_still_ends_the_name() -> None:
    # "of" joins a name only after a role ("Secretary of State") or a body's head noun
    assert [s for *_, s in quotes("“We will win,” Smith of the Sierra Club said.")] == ["Smith"]


@pytest.mark.parametrize(
    ("text", "mention", "speaker"),
    [
        ("“We will win,” Jones of Ohio said.", "Jones of Ohio", "Jones"),
        ("We will win, Jones of Ohio said.", "Jones of Ohio", "Jones"),
        ("Jones of Ohio said the party would win.", "Jones of Ohio", "Jones"),
        ("Sen. Sherrod Brown of Ohio said the party would win.",
         "Sen. Sherrod Brown of Ohio", "Sherrod Brown"),
    ],
)
def test_of_and_a_place_after_a_persons_name_modifies_the_name(
    text: str, mention: str, speaker: str
) -> None:
    # "Jones of Ohio": the person is named, not the place after "of"
    assert [(m, s) for _, _, m, s in quotes(text)] == [(mention, speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a part of a group is no name: the group after "of" speaks
        ("Half of Ohio Democrats said the party would win.", "Ohio Democrats"),
        # a body's head noun before "of" keeps the body's name whole
        ("The American Society of Civil Engineers said repairs would cost more.",
         "American Society of Civil Engineers"),
        ("The Chamber of Commerce said the tax would hurt.", "Chamber of Commerce"),
    ],
)
def test_of_after_a_quantity_or_a_body_is_no_persons_post_modifier(
    text: str, speaker: str
) -> None:
    assert [s for *_, s in quotes(text)] == [speaker]


# -- a body's name that holds a place: the body speaks, never the place alone ----------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "for" after one capitalised word that is no role nor a plural of people
        ("Transport for London said the line would reopen on Monday.", "Transport for London"),
        ("“The line will reopen on Monday,” Transport for London said.", "Transport for London"),
        ("The line will reopen, said Transport for London.", "Transport for London"),
        # "of" after capitalised words that "the" opens
        ("The Port of Dover said traffic was flowing again.", "Port of Dover"),
        ("The Museum of London said the exhibition would close.", "Museum of London"),
        ("“Fees will rise,” the City of London Corporation said.", "City of London Corporation"),
    ],
)
def test_a_bodys_name_that_holds_a_place_is_the_speaker(text: str, speaker: str) -> None:
    (q,) = quotes_of(ENRICHER, text)
    assert (q["speaker"], q["source_type"]) == (speaker, "organization")


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        ("A Bank of England spokesman said rates would stay on hold.",
         "A Bank of England spokesman", "bank of england spokesman"),
        ("A Department for Transport spokeswoman said the line would reopen.",
         "A Department for Transport spokeswoman", "department for transport spokeswoman"),
        ("Bank of England officials said rates would stay on hold.",
         "Bank of England officials", "bank of england officials"),
    ],
)
def test_a_bodys_name_before_a_persons_noun_is_part_of_the_role(
    text: str, mention: str, role: str
) -> None:
    # the "of" or "for" inside the body's name is no post-modifier of a head "Bank"
    (q,) = quotes_of(ENRICHER, text)
    assert (q["mention"], q["source_type"]) == (mention, "person")
    assert annotated(ENRICHER, text, "person")[0]["role"] == role


@pytest.mark.parametrize(
    ("text", "mention", "speaker"),
    [
        # a person's name takes no article: "of" after it is where they are from
        ("Senator Barbara Boxer of California said the bill would pass.",
         "Senator Barbara Boxer of California", "Barbara Boxer"),
        # two words before "for": a writer and the paper; people for someone
        ("“The impact is small,” wrote Cameron Easley for Morning Consult.",
         "Cameron Easley", "Cameron Easley"),
        ("Lawyers for Mr Fawcett denied that he was involved in the chase.",
         "Lawyers for Mr Fawcett", None),
        # "As for …" opens no name
        ("As for the Sanders claim to have won new voters, turnout was lower.",
         "Sanders", "Sanders"),
    ],
)
def test_of_and_for_after_a_persons_name_or_a_word_that_is_no_noun_join_no_body(
    text: str, mention: str, speaker: str | None
) -> None:
    (q,) = quotes_of(ENRICHER, text)
    assert (q["mention"], q["speaker"]) == (mention, speaker)


# -- a body's name with "of the": the whole name speaks ----------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a plural of people capitalised inside a sentence is a body's name
        ("The campaign group Friends of the Earth said the plan was flawed.",
         "Friends of the Earth"),
        ("“The plan is flawed,” said Friends of the Earth.", "Friends of the Earth"),
        ("“The plan is flawed,” Friends of the Earth said.", "Friends of the Earth"),
        # after "the"
        ("The Daughters of the American Revolution said the hall would reopen.",
         "Daughters of the American Revolution"),
        ("“We welcome the ruling,” the Daughters of the American Revolution said.",
         "Daughters of the American Revolution"),
    ],
)
def test_a_bodys_name_with_of_the_is_one_speaker(text: str, speaker: str) -> None:
    (q,) = quotes_of(ENRICHER, text)
    assert (q["speaker"], q["source_type"]) == (speaker, "organization")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a sentence's first word is capitalised whatever it is: a group of people
        ("Supporters of the President said the vote was rigged.", "Supporters of the President"),
        ("Friends of the family said he was devastated.", "Friends of the family"),
        ("Members of the European Parliament said the deal was fair.",
         "Members of the European Parliament"),
    ],
)
def test_a_group_of_people_opening_a_sentence_stays_a_group(text: str, mention: str) -> None:
    (q,) = quotes_of(ENRICHER, text)
    assert (q["mention"], q["speaker"], q["source_type"]) == (mention, None, "person")


# -- a role word before a body's head noun is part of the body's name ------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will appeal,” the Justice Department said.", "Justice Department"),
        ("“We will appeal,” said the Justice Department.", "Justice Department"),
        ("The Justice Department said it would appeal.", "Justice Department"),
        ("The vote failed, the General Assembly said.", "General Assembly"),
    ],
)
def test_a_role_word_before_a_bodys_head_noun_names_the_body(text: str, speaker: str) -> None:
    (q,) = quotes_of(ENRICHER, text)
    assert (q.get("speaker"), q["source_type"]) == (speaker, "organization")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title before a person's name is still a title
        ("“We will appeal,” Chief Justice John Roberts said.", "John Roberts"),
        ("“We will appeal,” General Smith said.", "Smith"),
    ],
)
def test_a_role_word_before_a_name_stays_a_title(text: str, speaker: str) -> None:
    assert [s for *_, s in quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("Secretary of State John Kerry said the talks would resume.",
         "John Kerry", "secretary of state"),
        ("Minister of Defence Ben Wallace said the troops would stay.",
         "Ben Wallace", "minister of defence"),
        ("Chancellor of the Exchequer Rishi Sunak said the economy would recover.",
         "Rishi Sunak", "chancellor of the exchequer"),
        ("Director of Public Prosecutions Max Hill said charges would follow.",
         "Max Hill", "director of public prosecutions"),
        ("Secretary-General of NATO Jens Stoltenberg said the alliance was united.",
         "Jens Stoltenberg", "secretary-general of nato"),
        ("Secretary of State Kerry said the talks would resume.", "Kerry", "secretary of state"),
        ("Minister for Home Affairs K Shanmugam said the law would be reviewed.",
         "K Shanmugam", "minister for home affairs"),
        ("Minister for Finance Paschal Donohoe said the surplus would be saved.",
         "Paschal Donohoe", "minister for finance"),
        ("Secretary for Justice Paul Lam said the appeal would be heard in May.",
         "Paul Lam", "secretary for justice"),
        # an office's remit of two words joined by "and", before or after the title
        ("Business and Trade Secretary Jonathan Reynolds said the deal would hold.",
         "Jonathan Reynolds", "business and trade secretary"),
        ("Secretary of State for Health and Social Care Wes Streeting said waits would fall.",
         "Wes Streeting", "secretary of state for health and social care"),
    ],
)
def test_a_title_with_of_before_a_name_is_all_title(text: str, speaker: str, role: str) -> None:
    (q,) = quotes_of(ENRICHER, text)
    assert q["speaker"] == speaker and q["mention"] == text[: text.index(" said")]
    assert person(text, q["mention"])["role"] == role


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("“We will not back down,” the Secretary of State Antony Blinken said.",
         "Antony Blinken", "secretary of state"),
        ("“Growth is our mission,” the Chancellor of the Exchequer Rachel Reeves said.",
         "Rachel Reeves", "chancellor of the exchequer"),
        ("“We are ready,” the Minister of Foreign Affairs Sergei Lavrov said.",
         "Sergei Lavrov", "minister of foreign affairs"),
        ("“Rates will hold,” the Governor of the Bank of England Andrew Bailey said.",
         "Andrew Bailey", "governor of the bank of england"),
    ],
)
def test_a_title_with_of_after_the_before_a_name_gives_the_name(text: str, speaker: str,
                                                                role: str) -> None:
    (q,) = quotes_of(ENRICHER, text)
    assert q["speaker"] == speaker
    assert person(text, q["mention"])["role"] == role


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (("Opposition leader Raila Odinga disagreed. “This budget punishes the poor,” "
          "Odinga said."), "Raila Odinga"),
        ("Jean Dupont arrived late. Dupont said he was sorry.", "Jean Dupont"),
        # two full names end with it: either may speak
        (("Hillary Clinton arrived with her daughter Chelsea Clinton. Clinton said she was "
          "tired."), "Clinton"),
    ],
)
def test_a_surname_alone_is_the_full_name_written_before(text: str, speaker: str) -> None:
    (q,) = quotes_of(ENRICHER, text)
    assert q["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Police in Sydney, Nova Scotia, said a man had been charged.", "Police in Sydney"),
        ("Officials in Austin, Texas, said the roads would reopen.", "Officials in Austin"),
        ("Residents from Lagos, Nigeria, said the water was dirty.", "Residents from Lagos"),
        (("Authorities in North-Rhine Westphalia, the German state next to Belgium, "
          "announced tighter controls on the border."),
         "Authorities in North-Rhine Westphalia"),
    ],
)
def test_a_place_and_its_state_after_a_preposition_is_no_name_and_role(
        text: str, mention: str) -> None:
    # "Sydney, Nova Scotia," is a place and its province after "in", not a name and its
    # role set off by commas: the speaker is the phrase that ends with the place
    (q,) = quotes_of(ENRICHER, text)
    assert q["mention"] == mention


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The Secretary of State said the talks would resume.", "secretary of state"),
        ("The Chancellor of the Exchequer said the economy would recover.",
         "chancellor of the exchequer"),
        ("President of the European Commission said the talks would resume.",
         "president of the european commission"),
        ("The Minister for Health said waiting lists were falling.", "minister for health"),
        # the place or body of the office, not a holder's name
        ("The Minister of Foreign Affairs said the talks would resume.",
         "minister of foreign affairs"),
        ("The Governor of New South Wales said the talks would resume.",
         "governor of new south wales"),
        ("Governor of New South Wales said the talks would resume.",
         "governor of new south wales"),
        ("The Mayor of Salt Lake City said the talks would resume.", "mayor of salt lake city"),
    ],
)
def test_a_title_with_of_and_no_name_is_a_role(text: str, role: str) -> None:
    (q,) = quotes_of(ENRICHER, text)
    assert q["speaker"] is None and person(text, q["mention"])["role"] == role


# -- a name with lower-case particles: one name, not its last words --------------------------


@pytest.mark.parametrize(
    ("text", "mention", "speaker"),
    [
        ("President of the European Commission Ursula von der Leyen said the talks would resume.",
         "President of the European Commission Ursula von der Leyen", "Ursula von der Leyen"),
        ("Rafael de la Torre said the vote would be held in May.",
         "Rafael de la Torre", "Rafael de la Torre"),
        ("The vote would be held in May, Rafael de la Torre said.",
         "Rafael de la Torre", "Rafael de la Torre"),
        ("The vote would be held in May, said Rafael de la Torre.",
         "Rafael de la Torre", "Rafael de la Torre"),
        ("Ludwig van Beethoven said the symphony was finished.",
         "Ludwig van Beethoven", "Ludwig van Beethoven"),
        ("Charles de Gaulle said the war was not over.", "Charles de Gaulle", "Charles de Gaulle"),
        ("Manchester United manager Erik ten Hag said the squad was fully fit for Sunday.",
         "Manchester United manager Erik ten Hag", "Erik ten Hag"),
        ("“We were the better side,” said Jan ter Horst, the Twente coach.",
         "Jan ter Horst", "Jan ter Horst"),
        ("Ali al-Hassan, the group's leader, said the ceasefire would not hold.",
         "Ali al-Hassan", "Ali al-Hassan"),
        ("The region will vote in March, said Abdel Fattah el-Sisi on Sunday.",
         "Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi"),
        # ... before the verb too, with its title
        ("Army chief Abdel Fattah al-Burhan said the war would continue.",
         "Army chief Abdel Fattah al-Burhan", "Abdel Fattah al-Burhan"),
        # the surname alone, opening with its particle, after the verb
        ("“We will act on every front,” said bin Salman.", "bin Salman", "bin Salman"),
        ("“It was a bad day for the club,” said van Gaal.", "van Gaal", "van Gaal"),
        ("“France will not bow to anyone,” said de Gaulle.", "de Gaulle", "de Gaulle"),
    ],
)
def test_a_name_with_particles_is_one_name(text: str, mention: str, speaker: str) -> None:
    (q,) = quotes_of(ENRICHER, text)
    assert (q["mention"], q["speaker"]) == (mention, speaker)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Land Registry said prices had risen.", "Land Registry"),
        ("“We will win,” the Tories said.", "Tories"),
        ("The plan will fail, the Sunday Telegraph reported.", "Sunday Telegraph"),
    ],
)
def test_a_name_after_the_that_is_a_body_is_an_organisation(text: str, surface: str) -> None:
    found = [s for s in annotated(ENRICHER, text, "source") if s["surface"] == surface]
    assert [s["source_type"] for s in found] == ["organization"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("“I played well,” the Spaniard said.", "Spaniard"),
        ("“I played well,” the Dutchman said.", "Dutchman"),
        ("“We will win,” the firm's chief executive Tom Reyes said.",
         "firm's chief executive Tom Reyes"),
    ],
)
def test_a_single_name_or_a_person_s_name_after_the_stays_a_person(
    text: str, surface: str
) -> None:
    assert person(text, surface)["kind"] == "person"


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("The Attorney-General, Mark Dreyfus, said the laws were long overdue.",
         "Mark Dreyfus", "attorney-general"),
        ("Solicitor-General Tushar Mehta told the bench that the petition was premature.",
         "Tushar Mehta", "solicitor-general"),
        ("“We are ready,” said Vice-President Kamala Harris.", "Kamala Harris",
         "vice-president"),
    ],
)
def test_a_hyphenated_title_is_a_role(text: str, speaker: str, role: str) -> None:
    (q,) = quotes_of(ENRICHER, text)
    assert q["speaker"] == speaker
    assert person(text, q["mention"])["role"] == role


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The former England captain, who played 104 Tests, said the selectors had erred.",
         "The former England captain"),
        ("The new Chelsea manager Mauricio Pochettino said the squad needed time.",
         "new Chelsea manager Mauricio Pochettino"),
    ],
)
def test_an_adjective_after_the_article_of_a_title_is_part_of_it(text: str, mention: str) -> None:
    (q,) = quotes_of(ENRICHER, text)
    assert q["mention"] == mention


def test_a_count_after_the_verb_is_no_particle() -> None:
    """"ten" is a particle ("ten Hag") and a number: before a plural it counts."""
    assert all(q["speaker"] != "ten Democrats"
               for q in quotes_of(ENRICHER, "“We will go,” said ten Democrats in a letter."))


# -- what a court or a hearing heard: the court stands as the source ------------------------


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("The driver had been drinking for six hours before the crash, a court heard.",
         "The driver had been drinking for six hours before the crash", "a court"),
        ("The teenager died after a fall from a balcony, the inquest heard.",
         "The teenager died after a fall from a balcony", "the inquest"),
        ("Southwark Crown Court heard that the pair had laundered £2m through shell firms.",
         "the pair had laundered £2m through shell firms", "Southwark Crown Court"),
        ("The jury was told the man had fled the scene in a stolen car.",
         "the man had fled the scene in a stolen car", "The jury"),
        ("The tribunal has heard that the council ignored three complaints.",
         "the council ignored three complaints", "The tribunal"),
        ("“I never meant to hurt anyone,” the court was told.",
         "I never meant to hurt anyone,", "the court"),
    ],
)
def test_what_a_court_heard_is_attributed_to_the_court(
    text: str, content: str, mention: str
) -> None:
    assert sources(ENRICHER, text) == [(content, mention, "organization")]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # "heard" is a cue only with a court, an inquest, a jury or a tribunal as subject
        ("She heard a loud bang and ran outside to see the smoke.", []),
        ("Neighbours heard that the shop would close after forty years.", []),
        # "were told" stays a passive with no source written, not a court's hearing
        ("The players were told to stay in their hotel rooms until Friday.",
         [("to stay in their hotel rooms until Friday", None, "told", "unknown")]),
    ],
)
def test_heard_or_was_told_without_a_court_attributes_nothing_to_a_court(
    text: str, rows: list[tuple[str, str | None, str, str]]
) -> None:
    assert [(q["text"], q["mention"], q["cue"], q["source_type"])
            for q in quotes_of(ENRICHER, text)] == rows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Major League Baseball said the game would be postponed until Thursday.",
         "Major League Baseball"),
        ("“We are deeply sorry,” Major League Soccer said in a statement.",
         "Major League Soccer"),
    ],
)
def test_a_role_word_opening_a_bodys_name_is_part_of_it(text: str, speaker: str) -> None:
    found = quotes_of(ENRICHER, text)
    assert [(q["speaker"], q["source_type"]) for q in found] == [(speaker, "organization")]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("Shri Amit Shah told the Lok Sabha that the bill would protect refugees.",
         "Amit Shah", "shri"),
        ("Smt Nirmala Sitharaman said the deficit would narrow to 4.5% next year.",
         "Nirmala Sitharaman", "smt"),
        ("Alhaji Atiku Abubakar said the election had been rigged.", "Atiku Abubakar",
         "alhaji"),
        ("“We will not back down,” Datuk Seri Anwar Ibrahim told reporters in Putrajaya.",
         "Anwar Ibrahim", "datuk seri"),
        ("Hon Kipchumba Murkomen told the Senate committee that the roads would be ready.",
         "Kipchumba Murkomen", "hon"),
    ],
)
def test_an_honorific_of_india_africa_or_malaysia_is_a_title(
    text: str, speaker: str, role: str
) -> None:
    (q,) = quotes_of(ENRICHER, text)
    assert q["speaker"] == speaker
    assert person(text, q["mention"])["role"] == role


def test_a_womans_honorific_tells_her_gender() -> None:
    text = ("Smt Nirmala Sitharaman presented the budget on Saturday. "
            "She said the deficit would narrow next year.")
    found = quotes_of(ENRICHER, text)
    assert [q["speaker"] for q in found if q["mention"] == "She"] == ["Nirmala Sitharaman"]


@pytest.mark.parametrize(
    ("text", "mention", "kind"),
    [
        # a place after a group or a body modifies it: the group or the body speaks
        ("Police in Lagos said three people had been arrested after the raid.",
         "Police in Lagos", "organization"),
        ("Officials in Kyiv said the power station had been hit overnight.",
         "Officials in Kyiv", "person"),
        ("The High Court in Nairobi ruled that the deployment of officers was illegal.",
         "High Court in Nairobi", "organization"),
        ("Traders in Mumbai said the rupee had weakened on oil prices.",
         "Traders in Mumbai", "person"),
        ("“The water came up to our knees,” residents in Lismore said.",
         "residents in Lismore", "person"),
    ],
)
def test_a_group_or_a_body_in_a_place_speaks_not_the_place(
    text: str, mention: str, kind: str
) -> None:
    (q,) = quotes_of(ENRICHER, text)
    assert (q["mention"], q["source_type"]) == (mention, kind)



@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Mrs Grace Otieno, 54, said she had lost everything in the floods.",
         "Mrs Grace Otieno", "mrs"),
        ("The striker, 24, told reporters he had never felt better.", "The striker",
         "striker"),
        ("Det Supt Alan Pike, 51, said the inquiry would take months.", "Det Supt Alan Pike",
         "det supt"),
    ],
)
def test_an_age_set_off_by_commas_is_no_role(text: str, surface: str, role: str) -> None:
    assert person(text, surface)["role"] == role


def test_an_age_then_an_appositive_after_the_verb_gives_the_role() -> None:
    text = "“We have been let down,” said Moira Campbell, 67, a retired teacher from Paisley."
    assert person(text, "Moira Campbell")["role"] == "a retired teacher from paisley"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("The minister, speaking after the budget, said: “This is a fair plan.”",
         "The minister", "minister"),
        ("Mr Kamau, writing on X, said the vote had been rigged.", "Mr Kamau", "mr"),
    ],
)
def test_a_participle_clause_set_off_by_commas_is_no_role(
        text: str, surface: str, role: str) -> None:
    assert person(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("“We lost everything,” said Mrs Rosa Alvarez, whose house was flooded.",
         "Mrs Rosa Alvarez", "mrs"),
        ("“It came out of nowhere,” said Constable Ravi Nair, who was first at the scene.",
         "Constable Ravi Nair", "constable"),
    ],
)
def test_a_relative_clause_after_a_speaker_after_the_verb_is_no_role(
        text: str, surface: str, role: str) -> None:
    assert person(text, surface)["role"] == role


@pytest.mark.parametrize(
    ("text", "mention", "content"),
    [
        ("The accused, 27, told the court he had been at home that night.", "The accused",
         "he had been at home that night"),
        ("The deceased, 81, had told neighbours she feared the landlord would evict her.",
         "The deceased", "she feared the landlord would evict her"),
        ("The wounded, 16, said the bouncers had locked the fire doors.",
         "The wounded", "the bouncers had locked the fire doors"),
    ],
)
def test_a_description_before_an_age_speaks(text: str, mention: str, content: str) -> None:
    # a noun phrase headed by an adjective ("the accused", "the injured") keeps its
    # speaker when an age set off by commas stands between it and the verb
    assert [(q["mention"], q["text"]) for q in quotes_of(ENRICHER, text)] == [
        (mention, content)
    ]


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (("A senior government official, who spoke on condition of anonymity, said the "
          "decision was final."), "senior government official", "senior government official"),
        ("Tom Reyes, who chairs the committee, said the vote would be delayed.", "Tom Reyes",
         None),
        ("Ms Wanjiru, whose son was injured, told reporters the school had been warned.",
         "Ms Wanjiru", "ms"),
    ],
)
def test_a_relative_clause_set_off_by_commas_is_no_role(
    text: str, surface: str, role: str | None
) -> None:
    assert person(text, surface).get("role") == role


def test_a_persons_name_before_a_bodys_name_with_for_stays_a_person() -> None:
    text = ("But Amara Osei of the Campaign for Clean Rivers urged the council to act. "
            "“The river is dying,” he said.")
    found = quotes_of(ENRICHER, text)
    assert [(q["speaker"], q["source_type"]) for q in found] == [
        ("Amara Osei", "person"), ("Amara Osei", "person")
    ]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (("The Taliban's chief spokesman, Zabihullah Mujahid, told Reuters the women could "
          "return."), "Zabihullah Mujahid"),
        ("The Kremlin's chief spokesman, Dmitry Peskov, told reporters the talks were over.",
         "Dmitry Peskov"),
        ("Ghana's deputy finance minister, Abena Osei-Asare, said the deal was close.",
         "Abena Osei-Asare"),
        ("The UN's human rights chief, Volker Türk, said he was appalled by the verdict.",
         "Volker Türk"),
    ],
)
def test_a_role_before_a_name_is_read_from_whole_words(text: str, surface: str) -> None:
    # the words before the verb are read in a short window first: a word it cuts in two
    # ("hief" of "chief") sends the reading to the wider one
    role = person(text, surface)["role"]
    words = set(text.lower().replace(",", " ").split())
    assert role and role.endswith(("spokesman", "minister", "chief")) and set(role.split()) <= words


def test_a_role_before_a_name_is_read_to_its_start_past_a_cut() -> None:
    # a short window that cuts "human" leaves "an", an article's look: the role is read whole
    text = "The UN's human rights chief, Volker Türk, said he was appalled by the verdict."
    assert person(text, "Volker Türk")["role"] == "un's human rights chief"


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("Spaniard Rafael Nadal said he was tired.", "Rafael Nadal", "spaniard"),
        ("Briton Andy Murray said he was delighted.", "Andy Murray", "briton"),
        ("“I was delighted,” said American Coco Gauff.", "Coco Gauff", "american"),
        ("Kenyan Susan Chepkemei said the course was fast.", "Susan Chepkemei", "kenyan"),
        # a body's name that opens with a people's adjective stays whole
        ("Data from the British Retail Consortium showed that sales slipped.",
         "British Retail Consortium", None),
        ("The 2014 American Community Survey shows that rents rose.",
         "American Community Survey", None),
    ],
)
def test_one_of_a_people_before_a_full_name_is_a_role(text: str, speaker: str,
                                                      role: str | None) -> None:
    # sports and world news name a person by their people first: "Spaniard Rafael Nadal"
    (q,) = quotes_of(ENRICHER, text)
    assert q["speaker"] == speaker, q
    (m,) = annotated(ENRICHER, text, "person") or annotated(ENRICHER, text, "source")
    assert m.get("role") == role, m
