"""Tests of the quotes plugin's speakers that are no person's name: an organisation
(``Ofgem said``), a body's short name (``the regulator added``), a role for one (``a
spokeswoman for the council told the BBC``), a people of officials (``police said``,
``officials in Kyiv said``) and a pronoun that stands for a body (``It said``).

``PASSAGES`` was written, with the speaker each attribution should get, before the
plugin was run on it: news of energy, transport, health, courts, sport, companies,
police, councils, UN agencies, universities and unions from many countries, with
passages where a body is named but does not speak.  ``python -m
tests.plugins.test_quotes_bodies`` prints how many attributions are right."""

from __future__ import annotations

import re
from typing import Any

import pytest

import limner
from tests.plugins import support

ENRICHER = limner.Enricher(["quotes"])

#: ``(id, text, [(content's first words, speaker mention, resolved speaker)])``
PASSAGES: list[tuple[str, str, list[tuple[str, str | None, str | None]]]] = [
    (
        "ofgem",
        "Ofgem said the price cap would fall by 7% in July.",
        [("the price cap", "Ofgem", "Ofgem")],
    ),
    (
        "ofgem-regulator",
        (
            "Ofgem fined the supplier £10m last year. The regulator said on Tuesday that it would "
            "review every prepayment meter installed since 2021."
        ),
        [("it would review", "The regulator", "Ofgem")],
    ),
    (
        "network-rail",
        "Network Rail said the line between Leeds and York would reopen on Monday.",
        [("the line between", "Network Rail", "Network Rail")],
    ),
    (
        "railway-spokesperson",
        (
            "Indian Railways cancelled 30 trains because of fog. A railway spokesperson said "
            "services would resume once visibility improved."
        ),
        [("services would resume", "A railway spokesperson", None)],
    ),
    (
        "who",
        (
            "The World Health Organization said the outbreak in eastern Congo was not yet a "
            "global emergency."
        ),
        [("the outbreak in", "The World Health Organization", "World Health Organization")],
    ),
    (
        "trust-spokeswoman",
        ("A spokeswoman for the hospital trust said the ward had been closed to visitors."),
        [("the ward had", "A spokeswoman for the hospital trust", None)],
    ),
    (
        "celtic",
        "Celtic said on its website that the midfielder had signed a new four-year deal.",
        [("the midfielder had", "Celtic", "Celtic")],
    ),
    (
        "sao-paulo-club",
        (
            "Sao Paulo FC sacked its coach on Sunday. The club said the decision was taken after a "
            "run of five defeats."
        ),
        [("the decision was", "The club", "Sao Paulo FC")],
    ),
    (
        "qantas",
        "Qantas told investors that profit would fall short of forecasts.",
        [("profit would fall", "Qantas", "Qantas")],
    ),
    (
        "infosys-company",
        (
            "Shares in Infosys fell 6% on Thursday. The company told investors it expected sales "
            "to recover in the second half."
        ),
        [("it expected sales", "The company", "Infosys")],
    ),
    (
        "police",
        "Police said a 34-year-old man had been arrested on suspicion of arson.",
        [("a 34-year-old man", "Police", None)],
    ),
    (
        "lagos-police",
        (
            "Police in Lagos said the suspects had been handed over to the Economic "
            "and Financial Crimes Commission."
        ),
        [("the suspects had", "Police in Lagos", None)],
    ),
    (
        "bristol-council",
        ("Bristol City Council said the bridge would stay closed until the spring."),
        [("the bridge would", "Bristol City Council", "Bristol City Council")],
    ),
    (
        "council-spokeswoman",
        ("A spokeswoman for the council told the BBC that bins would be collected on Saturday."),
        [("bins would be", "A spokeswoman for the council", None)],
    ),
    (
        "unhcr",
        "UNHCR said more than 2 million people had fled Sudan since April.",
        [("more than 2 million", "UNHCR", "UNHCR")],
    ),
    (
        "refugee-agency",
        "In a statement, the UN refugee agency said the camp was overcrowded.",
        [("the camp was", "the UN refugee agency", None)],
    ),
    (
        "melbourne-university",
        "The University of Melbourne said it would cut 450 jobs.",
        [("it would cut", "The University of Melbourne", "University of Melbourne")],
    ),
    (
        "unite",
        "The union, Unite, said its members had voted to strike.",
        [("its members had", "Unite", "Unite")],
    ),
    (
        "rmt-union",
        "Members of the RMT walked out on Friday. The union said the dispute was about safety.",
        [("the dispute was", "The union", "RMT")],
    ),
    (
        "kyiv-officials",
        ("Officials in Kyiv said the strike had hit a power station in the Kharkiv region."),
        [("the strike had", "Officials in Kyiv", None)],
    ),
    (
        "shell-it",
        (
            "Shell reported a 20% rise in quarterly profit on Thursday. It said it would buy back "
            "a further $3.5bn of shares."
        ),
        [("it would buy", "It", "Shell")],
    ),
    (
        "ambulance-they",
        (
            "The London Ambulance Service said two people were treated at the scene. They added "
            "that neither was seriously hurt."
        ),
        [
            ("two people were", "The London Ambulance Service", "London Ambulance Service"),
            ("neither was seriously", "They", "London Ambulance Service"),
        ],
    ),
    (
        "citizens-advice",
        (
            "Ofgem has been criticised by consumer groups. Citizens Advice said the regulator had "
            "been too slow to act."
        ),
        [("the regulator had", "Citizens Advice", "Citizens Advice")],
    ),
    (
        "eskom-object",
        "The minister said Eskom would need another bailout.",
        [("Eskom would need", "The minister", None)],
    ),
    (
        "lawyer-council",
        (
            "Sara Lindqvist, a lawyer for the families, said the council had "
            "ignored repeated warnings."
        ),
        [("the council had", "Sara Lindqvist", "Sara Lindqvist")],
    ),
    (
        "according-bbc",
        ("According to the BBC, the club has been fined £500,000 by the Premier League."),
        [("the club has", "the BBC", "BBC")],
    ),
    (
        "residents-guardian",
        (
            "Residents told the Guardian that the water company had dumped "
            "sewage in the river for years."
        ),
        [("the water company", "Residents", None)],
    ),
    (
        "air-india-airline",
        (
            "Air India grounded six jets on Friday. “Safety is our first priority,” the airline "
            "said in a statement."
        ),
        [("Safety is our", "the airline", "Air India")],
    ),
    (
        "fca-regulator",
        (
            "The Financial Conduct Authority fined the bank £40m. “These failings were serious and "
            "avoidable,” the regulator added."
        ),
        [("These failings were", "the regulator", "Financial Conduct Authority")],
    ),
    (
        "kenya-police-service",
        (
            "The National Police Service said four officers had been "
            "suspended pending an investigation."
        ),
        [("four officers had", "The National Police Service", "National Police Service")],
    ),
    (
        "calmac",
        "The ferries will run again from Tuesday, said Caledonian MacBrayne.",
        [("The ferries will", "Caledonian MacBrayne", "Caledonian MacBrayne")],
    ),
    (
        "highways-agency",
        ("Work on the bypass is six months behind schedule, said the highways agency."),
        [("Work on the", "the highways agency", None)],
    ),
    (
        "icj-judges",
        ("Judges at the International Court of Justice said Israel must allow aid into Gaza."),
        [("Israel must allow", "Judges at the International Court of Justice", None)],
    ),
    (
        "man-united",
        ("Manchester United said Erik ten Hag had left the club with immediate effect."),
        [("Erik ten Hag", "Manchester United", "Manchester United")],
    ),
    (
        "cbf",
        "Fifa has opened an inquiry, the Brazilian Football Confederation said on Monday.",
        [
            (
                "Fifa has opened",
                "the Brazilian Football Confederation",
                "Brazilian Football Confederation",
            )
        ],
    ),
    (
        "uct-spokesperson",
        (
            "A spokesperson for the University of Cape Town said classes would "
            "move online for a week."
        ),
        [("classes would move", "A spokesperson for the University of Cape Town", None)],
    ),
    (
        "harvard",
        "Harvard said it would not comply with the demands.",
        [("it would not", "Harvard", "Harvard")],
    ),
    (
        "neu-union",
        (
            "The National Education Union said teachers in England would be balloted on strike "
            "action. The union added that pay had fallen by a fifth since 2010."
        ),
        [
            ("teachers in England", "The National Education Union", "National Education Union"),
            ("pay had fallen", "The union", "National Education Union"),
        ],
    ),
    (
        "tesla",
        "Tesla said Elon Musk would remain chief executive.",
        [("Elon Musk would", "Tesla", "Tesla")],
    ),
    (
        "toyota",
        ("Toyota Motor said on Wednesday it would recall 1 million vehicles in the United States."),
        [("it would recall", "Toyota Motor", "Toyota Motor")],
    ),
    (
        "samsung-it",
        (
            "Samsung Electronics warned that chip demand would stay weak. It added that it "
            "expected a recovery next year."
        ),
        [
            ("chip demand would", "Samsung Electronics", "Samsung Electronics"),
            ("it expected a", "It", "Samsung Electronics"),
        ],
    ),
    (
        "auckland-it",
        (
            "Auckland Council voted to close three libraries. It said the savings would fund flood "
            "defences."
        ),
        [("the savings would", "It", "Auckland Council")],
    ),
    (
        "cork-council",
        ("Cork County Council told the Irish Examiner that the road had been resurfaced in 2019."),
        [("the road had", "Cork County Council", "Cork County Council")],
    ),
    (
        "wfp-agency",
        (
            "The World Food Programme warned that millions in Afghanistan faced hunger this "
            "winter. The agency said it had cut rations for lack of funds."
        ),
        [
            ("millions in Afghanistan", "The World Food Programme", "World Food Programme"),
            ("it had cut", "The agency", "World Food Programme"),
        ],
    ),
    (
        "hrw",
        "Human Rights Watch said the killings amounted to war crimes.",
        [("the killings amounted", "Human Rights Watch", "Human Rights Watch")],
    ),
    (
        "japan-ministry",
        (
            "Japan's Ministry of Health confirmed two cases of bird flu on Tuesday. The ministry "
            "said both farms had been sealed off."
        ),
        [("both farms had", "The ministry", "Ministry of Health")],
    ),
    (
        "police-spokesman",
        "Police spokesman Ahmed Ali said the bomber had acted alone.",
        [("the bomber had", "Police spokesman Ahmed Ali", "Ahmed Ali")],
    ),
    (
        "southern-operator",
        (
            "Southern Railway cancelled all trains between Brighton and London on Sunday. The "
            "operator said a landslip had blocked the line."
        ),
        [("a landslip had", "The operator", "Southern Railway")],
    ),
    (
        "grid-operator",
        "The grid operator said demand had hit a record on Tuesday.",
        [("demand had hit", "The grid operator", None)],
    ),
    (
        "club-website",
        "The club said on its website that tickets for the final had sold out.",
        [("tickets for the", "The club", None)],
    ),
    (
        "mulago-doctors",
        "Doctors at Mulago Hospital said the ward had run out of oxygen.",
        [("the ward had", "Doctors at Mulago Hospital", None)],
    ),
    (
        "un-spokesman",
        "UN spokesman Stephane Dujarric said the convoy had been turned back.",
        [("the convoy had", "UN spokesman Stephane Dujarric", "Stephane Dujarric")],
    ),
    (
        "bbc-broadcaster",
        (
            "The BBC suspended a presenter on Friday. The broadcaster said it had received "
            "complaints."
        ),
        [("it had received", "The broadcaster", "BBC")],
    ),
    (
        "ofwat-campaigners",
        (
            "Ofwat approved the bill rises in December. Campaigners said the regulator had let "
            "customers down."
        ),
        [("the regulator had", "Campaigners", None)],
    ),
    (
        "gmp-police",
        (
            "Greater Manchester Police arrested three men. Police said the men were aged between "
            "19 and 24."
        ),
        [("the men were", "Police", "Greater Manchester Police")],
    ),
    (
        "airbus",
        "Airbus told suppliers it would raise output to 75 jets a month.",
        [("it would raise", "Airbus", "Airbus")],
    ),
    (
        "aga-khan",
        (
            "Aga Khan University Hospital said in a statement that the patient was in a "
            "stable condition."
        ),
        [("the patient was", "Aga Khan University Hospital", "Aga Khan University Hospital")],
    ),
    (
        "coast-guard",
        (
            "The Philippine coast guard said Chinese vessels had fired water cannon at "
            "a supply boat."
        ),
        [("Chinese vessels had", "The Philippine coast guard", None)],
    ),
    (
        "inec",
        (
            "The Independent National Electoral Commission said results from 12 states had "
            "been uploaded."
        ),
        [
            (
                "results from 12",
                "The Independent National Electoral Commission",
                "Independent National Electoral Commission",
            )
        ],
    ),
    (
        "inec-commission",
        (
            "The Independent National Electoral Commission (INEC) postponed the vote by a week. "
            "The commission said logistics were to blame."
        ),
        [("logistics were to", "The commission", "Independent National Electoral Commission")],
    ),
    (
        "deutsche-bahn",
        "Deutsche Bahn said the strike would cost it 100 million euros a day.",
        [("the strike would", "Deutsche Bahn", "Deutsche Bahn")],
    ),
    (
        "petrobras",
        "Petrobras said it had found oil off the coast of Amapa.",
        [("it had found", "Petrobras", "Petrobras")],
    ),
    (
        "pm-bp",
        "The prime minister told parliament that BP would pay for the clean-up.",
        [("BP would pay", "The prime minister", None)],
    ),
    (
        "union-leaders",
        "Union leaders said the offer from the company was an insult.",
        [("the offer from", "Union leaders", None)],
    ),
    (
        "ajax-they",
        "Ajax sacked their coach on Sunday. They said the board had lost confidence in him.",
        [("the board had", "They", "Ajax")],
    ),
    (
        "leeds-authority",
        "Leeds City Council has frozen recruitment. The authority said it faced a £65m gap.",
        [("it faced a", "The authority", "Leeds City Council")],
    ),
    (
        "boeing-planemaker",
        (
            "Boeing delivered 40 jets in May. The planemaker said production would rise in the "
            "autumn."
        ),
        [("production would rise", "The planemaker", "Boeing")],
    ),
    (
        "environment-agency",
        ("The Environment Agency told the BBC that river levels were still rising."),
        [("river levels were", "The Environment Agency", "Environment Agency")],
    ),
    (
        "asic-regulator",
        (
            "The Australian Securities and Investments Commission sued the bank on Monday. The "
            "regulator said the bank had misled customers."
        ),
        [("the bank had", "The regulator", "Australian Securities and Investments Commission")],
    ),
    (
        "uber-company",
        "Maria Lopez sued Uber in March. The company said the claim had no merit.",
        [("the claim had", "The company", "Uber")],
    ),
]

#: ids of the passages the plugin is known to get wrong (each a limit the docs name): an
#: outlet's short name for the subject before ("The BBC suspended … The broadcaster
#: said")
GETS_WRONG = {
    "bbc-broadcaster",
}


def read(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> list[tuple[str, str | None, str | None]]:
    """``(content's first words, speaker mention, speaker)`` the plugin gives for each
    expected attribution, ``(words, "—", "—")`` where no quote starts with them.  A
    name's mention is compared without the article before it: the plugin's `person` and
    `source` spans of a name leave it out (``Justice Department`` in "The Justice
    Department said"), where the table, written first, often holds it."""
    quotes = support.quotes_of(ENRICHER, text)
    out = []
    for (start, mention, _), hit in zip(
        expected,
        [
            next((q for q in quotes if q["text"].startswith(start)), None)
            for start, _, _ in expected
        ],
        strict=True,
    ):
        if hit is None:
            out.append((start, "—", "—"))
            continue
        got = hit["mention"]
        if (
            got is not None
            and mention is not None
            and _THE_NAME.fullmatch(mention)
            and (mention.split(None, 1)[1] == got)
        ):
            got = mention
        out.append((start, got, hit.get("speaker")))
    return out


#: An article before a capitalised word: a name written with its article.
_THE_NAME = re.compile(r"[Tt]he [A-Z].*")


def passages_as_params(
    passages: list[tuple[str, str, list[tuple[str, str | None, str | None]]]],
    gets_wrong: set[str],
) -> list[Any]:
    """Each table's passages as test cases named by their ids, the ones in ``gets_wrong``
    expected to fail (strictly: one the plugin reads right fails, so that it is taken off
    the list)."""
    return [
        pytest.param(
            text,
            expected,
            id=pid,
            marks=[pytest.mark.xfail(strict=True)] if pid in gets_wrong else [],
        )
        for pid, text, expected in passages
    ]


@pytest.mark.parametrize(("text", "expected"), passages_as_params(PASSAGES, GETS_WRONG))
def test_a_body_speaks_by_its_mention_and_name(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert read(text, expected) == expected


def test_the_table_is_varied_enough_to_mean_something() -> None:
    assert len(PASSAGES) >= 60
    assert len({pid for pid, _, _ in PASSAGES}) == len(PASSAGES)


def report(
    passages: list[tuple[str, str, list[tuple[str, str | None, str | None]]]],
) -> None:  # pragma: no cover
    """Print each attribution of ``passages`` the plugin reads wrong, and how many it reads
    right (the ``python -m`` entry of each table of bodies)."""
    right = total = 0
    for pid, text, expected in passages:
        for want, got in zip(expected, read(text, expected), strict=True):
            total += 1
            right += want == got
            if want != got:
                print(f"{pid}: want {want[1:]!r}, got {got[1:]!r}")
    print(f"{right} of {total} attributions right ({len(passages)} passages)")


if __name__ == "__main__":
    report(PASSAGES)


# -- the rules the table measures, each on its own ------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a short name refers back to the body named as the subject of the sentence before
        ("Barclays reported a profit of £5bn. The bank said lending had grown.", "Barclays"),
        (
            "Leeds City Council has frozen recruitment. The authority said it faced a gap.",
            "Leeds City Council",
        ),
        # ... and to the body that spoke last, in the sentence before
        (
            (
                "Lending grew, the Nationwide Building Society said on Monday. The lender added "
                "that arrears were low."
            ),
            "Nationwide Building Society",
        ),
        # a one-word name "It" refers back to is a body's
        ("Qantas posted a loss on Thursday. It said fuel costs had doubled.", "Qantas"),
        # a body's common noun opening its sentence is the short name of one named before
        # ... and a body's people or shares in that subject stand for it
        ("Staff at Tesco walked out on Friday. The company said talks would resume.", "Tesco"),
        (
            "Greater Manchester Police arrested three men. Police said they were 19.",
            "Greater Manchester Police",
        ),
        (
            "The Washington Post ran the story first. The Post said it stood by it.",
            "Washington Post",
        ),
    ],
)
def test_a_short_name_or_it_refers_back_to_a_body(text: str, speaker: str) -> None:
    assert support.quotes_of(ENRICHER, text)[-1]["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "mention", "speaker", "kind"),
    [
        # a body's common noun alone is no name; a newspaper's title word is one
        ("Police said two men had been held.", "Police", None, "organization"),
        ("The Times said the minister had resigned.", "Times", "Times", "organization"),
        # a person's noun ending like a firm's trade is a person's
        (
            "Nike cut its forecast. The lawmaker said the cut would cost jobs.",
            "The lawmaker",
            None,
            "person",
        ),
        # a word capitalised to open a sentence, a possessor, an outlet for a subject
        (
            "Events such as the Olympics helped profits. The company said sales rose.",
            "The company",
            None,
            "organization",
        ),
        (
            "Italy's largest carmaker doubled its profit. The firm said demand was strong.",
            "The firm",
            None,
            "organization",
        ),
        (
            "Qantas cut 900 jobs. The newspaper said the cuts would go further.",
            "The newspaper",
            None,
            "organization",
        ),
        # no body's name before the short name: none, whoever spoke in its own sentence
        (
            "Tom Reyes wrote to Uber in March, but the company said it had no record of it.",
            "the company",
            None,
            "organization",
        ),
    ],
)
def test_what_names_no_body_keeps_no_name(
    text: str, mention: str, speaker: str | None, kind: str
) -> None:
    q = support.quotes_of(ENRICHER, text)[-1]
    assert (q["mention"], q.get("speaker"), q["source_type"]) == (mention, speaker, kind)
