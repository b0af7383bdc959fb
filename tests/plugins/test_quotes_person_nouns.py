"""Tests of the quotes plugin's person nouns: the WordNet-derived list of nouns that name
a person ("investigator", "shopkeeper") and the speaker rules that read it, with the
titles news writes before and after a name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import limner
from limner_quotes.lexicon import PERSON_NOUNS, PERSON_PLURALS
from tests.plugins.support import annotated, only, quote_rows, quotes_of, sources

ENRICHER = limner.Enricher(["quotes"])


def quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return quote_rows(ENRICHER, text)


def person(text: str, surface: str) -> dict[str, Any]:
    return only(ENRICHER, text, "person", surface)


# -- the list ------------------------------------------------------------------------------


def test_the_person_nouns_are_lower_case_nouns_of_people_with_their_plurals() -> None:
    assert {"investigator", "shopkeeper", "paramedic", "pensioner", "fan"} <= PERSON_NOUNS
    assert {"investigators", "witnesses", "deputies", "spokesmen", "children"} <= PERSON_PLURALS
    # words that name a person only in a rare sense, and names, are left out
    assert not {"power", "star", "source", "sander"} & PERSON_NOUNS
    assert all(w == w.lower() for w in PERSON_NOUNS)


def test_the_person_noun_list_is_built_from_wordnet_s_noun_person_file(tmp_path: Path) -> None:
    from limner_quotes.data.build_person_nouns import build

    # a tiny WordNet: "fan" is a person in most tagged uses though its first sense is a
    # machine; "star" is a person only in a rare sense; "Smith" (capitalised) is a name
    (tmp_path / "data.noun").write_text(
        "  licence text\n"
        "00000001 06 n 01 fan 0 000 | a device\n"
        "00000002 18 n 01 fan 1 000 | an enthusiast\n"
        "00000003 17 n 01 star 0 000 | a celestial body\n"
        "00000004 18 n 01 star 1 000 | a performer\n"
        "00000005 18 n 01 Smith 0 000 | a name\n"
        "00000006 18 n 01 nurse 0 000 | a carer\n",
        encoding="latin-1",
    )
    (tmp_path / "index.noun").write_text(
        "  licence text\n"
        "fan n 2 0 2 2 00000001 00000002\n"
        "star n 2 0 2 2 00000003 00000004\n"
        "smith n 1 0 1 0 00000005\n"
        "nurse n 1 0 1 0 00000006\n",
        encoding="latin-1",
    )
    (tmp_path / "index.sense").write_text(
        "fan%1:06:00:: 00000001 1 4\nfan%1:18:00:: 00000002 2 6\n"
        "star%1:17:00:: 00000003 1 8\nstar%1:18:00:: 00000004 2 3\n"
        "smith%1:18:00:: 00000005 1 0\nnurse%1:18:00:: 00000006 1 0\n",
        encoding="latin-1",
    )
    assert build(tmp_path) == ["fan", "nurse"]


# -- a plural person noun that opens its sentence is no name ---------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Investigators said the fire was started deliberately.", "Investigators"),
        ("Campaigners warned that the plan would fail.", "Campaigners"),
        ('"We are scared," she said. Residents said they had heard a loud bang.', "Residents"),
        ("Analysts said the shares were overvalued.", "Analysts"),
    ],
)
def test_a_plural_person_noun_that_opens_its_sentence_is_a_description(
    text: str, surface: str
) -> None:
    p = person(text, surface)
    assert p["mention"] == "description" and p.get("name") is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Republicans said the bill would never pass the Senate.", "Republicans"),
        ("Conservatives warned that the tax would hurt families.", "Conservatives"),
        ("Democrats said they would fight the ruling.", "Democrats"),
    ],
)
def test_a_plural_naming_a_partys_members_is_a_name_where_it_opens_its_sentence(
    text: str, surface: str
) -> None:
    p = person(text, surface)
    assert p["mention"] == "name" and p["name"] == surface


def test_a_plural_the_text_capitalises_inside_a_sentence_is_a_name() -> None:
    text = "Kirk Cousins threw two touchdowns. Cousins said the team had played well."
    p = person(text, "Cousins")
    # (a name, not the plural of "cousin": the surname of the full name written before)
    assert p["mention"] == "name" and p["name"] == "Kirk Cousins"


# -- a person noun heads a speaker phrase ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("The fire was started deliberately, said investigators.",
         "The fire was started deliberately", "investigators"),
        ("The plan is a disgrace, said campaigners.", "The plan is a disgrace", "campaigners"),
        ("The man was taken to hospital, said paramedics at the scene.",
         "The man was taken to hospital", "paramedics at the scene"),
    ],
)
def test_an_inverted_attribution_to_a_plural_person_noun(
    text: str, content: str, mention: str
) -> None:
    assert quotes(text) == [("indirect", content, mention, None)]


@pytest.mark.parametrize(
    ("text", "mention", "speaker"),
    [
        ('"It was like a bomb going off," said local shopkeeper Raj Patel.',
         "local shopkeeper Raj Patel", "Raj Patel"),
        ('"It was awful," said Kent resident Mary Jones.', "Kent resident Mary Jones",
         "Mary Jones"),
        ('"We are mourning a great company," the agency quoted Acme worker Tom Reyes as saying.',
         "Acme worker Tom Reyes", "Tom Reyes"),
        ('"The talks were useful," Reuters quoted a senior official as saying.',
         "a senior official", None),
    ],
)
def test_a_person_noun_before_a_name_is_its_role(
    text: str, mention: str, speaker: str | None
) -> None:
    ((style, _, said_by, name),) = quotes(text)
    assert (style, said_by, name) == ("direct", mention, speaker)


def test_a_person_noun_before_a_single_capitalised_word_is_no_role() -> None:
    # "fellow Republicans" is a group, not a fellow named Republicans
    (q,) = quotes("The bill will fail, said fellow Republicans.")
    assert q[3] is None


# -- titles before and after a name ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Supt Mark Lewis said officers were called at 22:00.", "Mark Lewis"),
        ("Cllr Jane Smith said the council would review the decision.", "Jane Smith"),
        ("Chief Constable Andy Marsh said the force would learn lessons.", "Andy Marsh"),
        ("Labour MP Jess Phillips said the plan was wrong.", "Jess Phillips"),
        ("Former minister Frank Field MP said the plan was wrong.", "Frank Field"),
        ('"The sums do not add up," said Jane Roe QC.', "Jane Roe"),
    ],
)
def test_titles_before_and_after_a_name_are_its_role(text: str, speaker: str) -> None:
    assert [q[3] for q in quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "A UK Independence Party MEP said the plan was wrong.",
        "The East Midlands MEP said the plan was wrong.",
    ],
)
def test_a_title_after_a_place_or_a_party_with_an_article_names_no_one(text: str) -> None:
    assert [q[3] for q in quotes(text)] == [None]


# -- a title with the name set off by commas after it ----------------------------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("“We will not back down,” the Prime Minister, Rishi Sunak, said.", "Rishi Sunak"),
        ("“We will not back down,” said the Prime Minister, Rishi Sunak.", "Rishi Sunak"),
        ("The country will not back down, said the Prime Minister, Rishi Sunak.", "Rishi Sunak"),
        ("The Foreign Secretary, David Lammy, told MPs that the talks had failed.",
         "David Lammy"),
        ("The director of public prosecutions, Ken Macdonald, says few cases reach a court.",
         "Ken Macdonald"),
    ],
)
def test_a_name_set_off_after_a_title_is_the_speaker(text: str, mention: str) -> None:
    assert [(q[2], q[3]) for q in quotes(text)] == [(mention, mention)]


def test_a_relative_clause_after_a_title_is_no_name() -> None:
    (q,) = quotes("“We will not back down,” said the spokesman, who declined to be named.")
    assert q[2] == "the spokesman" and q[3] is None


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("Senior advocate Kapil Sibal argued that the law violated the constitution.",
         "the law violated the constitution", "Kapil Sibal"),
        ("Double Olympic champion Kelly Holmes said she would race again.",
         "she would race again", "Kelly Holmes"),
    ],
)
def test_a_person_noun_that_is_also_a_cue_before_a_name_is_a_title(
    text: str, content: str, mention: str
) -> None:
    # "advocate" and "champion" are verbs too; before a name they title it
    assert [(q[1], q[2]) for q in quotes(text)] == [(content, mention)]


def test_a_cue_in_the_past_tense_before_a_name_is_still_a_verb() -> None:
    found = quotes("Mr Howard accused Tony Blair of performing U-turns on crime.")
    assert [(q[1], q[2]) for q in found] == [("Tony Blair of performing U-turns on crime",
                                              "Mr Howard")]


def test_the_bench_is_a_court() -> None:
    text = "The bench observed that the petitioner had failed to make out a case."
    assert [s["source_type"] for s in annotated(ENRICHER, text, "source")] == ["organization"]


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin said it had no plans to send troops.",
        "The Treasury said the figures would be published next week.",
        "The Pentagon said the strike had been lawful.",
    ],
)
def test_one_capitalised_word_after_the_is_an_institution(text: str) -> None:
    assert [q["source_type"] for q in quotes_of(ENRICHER, text)] == ["organization"]


@pytest.mark.parametrize(
    "text",
    [
        "The Australian said he was delighted with the win.",
        "The Spaniard said he had felt tired in the final set.",
        "The Scot said he would retire at the end of the season.",
    ],
)
def test_one_of_a_people_after_the_is_a_person(text: str) -> None:
    assert [q["source_type"] for q in quotes_of(ENRICHER, text)] == ["person"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a word shaped like one of a people names a body when the text refers to it
        # as a body (it, its, they, we), or names no person it could stand for
        ("The Taliban said it would allow girls to return to school.", "organization"),
        ("“We will not negotiate,” the Taliban said in a statement.", "organization"),
        ("The Vatican said the Pope had a restful night.", "organization"),
        ("The Vatican said its bank would publish accounts.", "organization"),
        ("The Mexican said he would fight again in May.", "person"),
        ("“I gave everything,” the Kenyan said after the race.", "person"),
        ("Alex de Minaur won in straight sets. The Australian said the crowd was superb.",
         "person"),
        ("The Taliban said they would not allow women to work for aid groups.",
         "organization"),
        ("Joao Silva lost in the final. “It’s not about money,” the Portuguese insisted.",
         "person"),
        ("Rafael Nadal won again. The Spaniard said it was a tough match.", "person"),
    ],
)
def test_one_of_a_people_or_a_body_is_read_from_how_the_text_refers_to_it(
    text: str, kind: str
) -> None:
    assert [q["source_type"] for q in quotes_of(ENRICHER, text)] == [kind]


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("“I’m gutted,” the 24-year-old said.", "I’m gutted,", "the 24-year-old"),
        ("The 31-year-old said he had no regrets about leaving the club.",
         "he had no regrets about leaving the club", "The 31-year-old"),
        ("“We’re proud of her,” the 52-year-old told the Courier-Mail.",
         "We’re proud of her,", "the 52-year-old"),
    ],
)
def test_a_person_named_by_their_age_speaks(text: str, content: str, mention: str) -> None:
    assert sources(ENRICHER, text) == [(content, mention, "person")]


@pytest.mark.parametrize(
    ("text", "mention", "speaker"),
    [
        ("Nadal, 37, said he was sad to leave. The Spaniard added: “I gave everything.”",
         "Spaniard", "Nadal"),
        (("Tiger Woods said he felt great after the round. The 48-year-old added that his "
         "back was fine."), "The 48-year-old", "Tiger Woods"),
        ("The title went to Max Verstappen of Red Bull. “It was perfect,” the Dutchman said.",
         "Dutchman", "Max Verstappen"),
    ],
)
def test_an_epithet_stands_for_the_person_named_before(
    text: str, mention: str, speaker: str
) -> None:
    found = [q for q in quotes_of(ENRICHER, text) if q["mention"] == mention]
    assert found and {q["speaker"] for q in found} == {speaker}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("“We will deliver,” the PM told MPs.", "the PM"),
        ("The Delhi CM said the city would get more buses by March.", "The Delhi CM"),
        ("“The order book is full,” the VP told analysts.", "the VP"),
    ],
)
def test_a_role_written_in_capitals_is_a_person(text: str, mention: str) -> None:
    (q,) = quotes_of(ENRICHER, text)
    assert (q["mention"], q["source_type"]) == (mention, "person")


@pytest.mark.parametrize(
    "text",
    [
        "Kensington Palace said the princess was doing well after the operation.",
        "“We are deeply saddened,” Buckingham Palace said in a statement.",
        "The competition watchdog said the merger would raise prices for shoppers.",
        "The energy regulator warned that bills would rise again in April.",
    ],
)
def test_a_palace_a_watchdog_and_a_regulator_are_organisations(text: str) -> None:
    assert [q["source_type"] for q in quotes_of(ENRICHER, text)] == ["organization"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # one capitalised word that no full name of a person holds, referred to as a body
        ("Hamas said it had accepted the terms of the ceasefire proposal.", "organization"),
        ("Hezbollah said its fighters had fired rockets at an army post overnight.",
         "organization"),
        ("“We will not be intimidated,” Ofcom said of its new powers.", "organization"),
        ("Safaricom said they had restored mobile money services by noon.", "organization"),
        # a surname named in full before, or referred to as a person, stays a person
        ("Priya Raman won the seat. Raman said it was a victory for the whole town.",
         "person"),
        ("Mbeki said he would not stand again.", "person"),
        ("Democrats said they would fight the ruling in the Supreme Court.", "person"),
    ],
)
def test_one_word_never_a_persons_full_name_is_a_body_the_text_calls_it(
    text: str, kind: str
) -> None:
    assert [q["source_type"] for q in quotes_of(ENRICHER, text)][:1] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "which" follows a thing: a firm, not a person, whatever pronoun comes later
        ("Heineken, which also owns the Amstel brand, said costs would rise.",
         "organization"),
        ("Safaricom, which runs the M-Pesa service, said the outage was over.",
         "organization"),
        # a person takes "who"; "which," stands for a whole clause
        ("Tom Reyes, who runs the firm, said costs would rise.", "person"),
        ("“No one said a word against Reyes, which, to me, says a lot,” Lena Ortiz said.",
         "person"),
    ],
)
def test_a_name_a_relative_which_follows_is_an_organisation(text: str, kind: str) -> None:
    assert [q["source_type"] for q in quotes_of(ENRICHER, text)][-1:] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Australian mining firm WMC Resources said the bid was too low.", "organization"),
        ("Budget carrier SpiceJet said fares would rise in May.", "organization"),
        ("Carmaker Toyota said sales would rise this year.", "organization"),
        ("Ratings agency Moody's said the outlook was stable.", "organization"),
        ("Anti-virus firm Sophos said the worm had spread widely.", "organization"),
        # a person's role before a name keeps the person
        ("England centre Mathew Tait said the side had played well.", "person"),
        ("Producer Kevin Wallace said the show would tour.", "person"),
    ],
)
def test_a_business_noun_before_a_name_makes_it_an_organisation(text: str, kind: str) -> None:
    assert [q["source_type"] for q in quotes_of(ENRICHER, text)][:1] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "The Philippine coast guard said a Chinese vessel had fired water cannon at the boat.",
        "“Two sailors were rescued,” the coast guard said.",
        "The National Guard said troops would stay in the city until Sunday.",
        "Iran's Revolutionary Guard said it had seized a tanker in the Gulf.",
    ],
)
def test_a_coast_guard_or_a_national_guard_is_an_organisation(text: str) -> None:
    assert [q["source_type"] for q in quotes_of(ENRICHER, text)][:1] == ["organization"]


@pytest.mark.parametrize(
    "text",
    [
        "The fire brigade said crews had been called to the warehouse at 3am.",
        "“Two men were detained at the port,” the Border Force said.",
        "The air force said the jet had crashed during a training flight.",
    ],
)
def test_a_brigade_or_a_force_is_an_organisation(text: str) -> None:
    assert [q["source_type"] for q in quotes_of(ENRICHER, text)] == ["organization"]


def test_a_security_guard_stays_a_person() -> None:
    text = "A security guard said the gates had been locked at midnight."
    assert [q["source_type"] for q in quotes_of(ENRICHER, text)] == ["person"]


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        ("South Africa announced new rules on Monday. He said the rules would start in May.",
         "He"),
        ("New Zealand said it would reopen its border. She said the date was not yet set.",
         "She"),
        ("Northern Ireland reported 40 new cases. He said hospitals were coping.", "He"),
    ],
)
def test_a_place_is_a_body_and_no_antecedent_of_a_persons_pronoun(
    text: str, pronoun: str
) -> None:
    found = quotes_of(ENRICHER, text)
    assert found[0]["source_type"] == "organization"
    (q,) = [q for q in found if q["mention"] == pronoun]
    assert q["speaker"] is None


# -- a person noun capitalised before a full name is the person's role --------------------


@pytest.mark.parametrize(
    ("text", "mention", "name", "role"),
    [
        ("Singer Courtney Love said she had never felt better.",
         "Singer Courtney Love", "Courtney Love", "singer"),
        ("Comedian Sarah Millican told the Guardian the tour had sold out.",
         "Comedian Sarah Millican", "Sarah Millican", "comedian"),
        ("Bowler Jasprit Bumrah said the pitch in Perth had offered little.",
         "Bowler Jasprit Bumrah", "Jasprit Bumrah", "bowler"),
        ("Farmer Mary Kelly, 58, said the floods had ruined her barley.",
         "Farmer Mary Kelly", "Mary Kelly", "farmer"),
        ("“It was the role of a lifetime,” said Actor Tom Hanks.",
         "Actor Tom Hanks", "Tom Hanks", "actor"),
    ],
)
def test_a_capitalised_person_noun_before_a_full_name_is_a_role(
    text: str, mention: str, name: str, role: str
) -> None:
    found = person(text, mention)
    assert (found["name"], found["role"], found["mention"]) == (name, role, "name")
    assert {q[3] for q in quotes(text)} == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hunter Biden said he had done nothing wrong.", "Hunter Biden"),
        ("Sarah Jessica Parker said the show would return in the spring.",
         "Sarah Jessica Parker"),
        ("Mason Mount said the squad was ready for the final.", "Mason Mount"),
    ],
)
def test_a_name_that_opens_with_a_person_noun_stays_whole(text: str, name: str) -> None:
    assert [q[3] for q in quotes(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Miner Highland Gold said it regretted any limit on foreign stakes.",
         "Miner Highland Gold"),
        ("Brewer Carlsberg Group told investors it would cut 500 jobs.", "Brewer Carlsberg Group"),
    ],
)
def test_a_firm_s_noun_before_a_name_stays_the_firm_s(text: str, name: str) -> None:
    assert [(q["speaker"], q["source_type"]) for q in quotes_of(ENRICHER, text)] == [
        (name, "organization")
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a firm's noun in what it says, "shares in", a company's suffix, a firm's
        # possessive: a one-word name with no pronoun is a firm
        ("Tesco said profits rose 8% in the year to February.", "organization"),
        ("Infosys said on Friday that revenue grew 4% in the quarter.", "organization"),
        ("Telstra told shareholders the network upgrade was on schedule.", "organization"),
        ("Shares in Qantas fell 3% in Sydney. Qantas said fuel costs had doubled.",
         "organization"),
        ("Greggs plc opened 50 shops last year. Greggs said the vegan roll was selling well.",
         "organization"),
        ("Dangote’s chief executive was not available. Dangote said cement output was up.",
         "organization"),
        # a surname named in full, or called "he", stays a person whatever it speaks of
        ("Mike Ashley owns the chain. Ashley said sales had been disappointing.", "person"),
        ("Okafor said profits at the farm had halved, and he blamed the drought.", "person"),
        ("Smith said he would not resign over the sales figures.", "person"),
    ],
)
def test_one_word_the_text_writes_as_a_firm_is_a_body(text: str, kind: str) -> None:
    assert [q["source_type"] for q in quotes_of(ENRICHER, text)][-1:] == [kind]
