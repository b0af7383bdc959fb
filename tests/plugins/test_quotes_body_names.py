"""Tests of the quotes plugin's speakers that are bodies, where a body's name is hard to
see: a body named only as an object, then its short name speaking (``Regulators fined
Barclays £50m. The bank said …``); a firm's name that opens with a place (``Air India``,
``Singapore Airlines``, ``British Gas``); a name ending in *-ing* that opens a sentence
(``Boeing said``, ``Beijing said``); a possessor before a title (``Pearson's Financial
Times``) and a name with ``of`` (``the Association of British Insurers``).

``PASSAGES`` was written, with the speaker each attribution should get, before the
plugin was run on it: airlines, banks, technology firms, councils, clubs, universities,
agencies, courts, utilities and newspapers of many countries, with passages where the
short name must not resolve (two bodies named, a person for the object, a body named in
another paragraph long before).  ``python -m tests.plugins.test_quotes_body_names``
prints how many attributions are right."""

from __future__ import annotations

import pytest

import limner
from tests.plugins import support
from tests.plugins.test_quotes_bodies import passages_as_params, read, report

ENRICHER = limner.Enricher(["quotes"])

#: ``(id, text, [(content's first words, speaker mention, resolved speaker)])``
PASSAGES: list[tuple[str, str, list[tuple[str, str | None, str | None]]]] = [
    # -- a body named only as an object, then its short name speaking -------------------------
    (
        "barclays-fined",
        (
            "Regulators fined Barclays £50m on Tuesday for misleading savers. The bank said it "
            "had already repaid the customers affected."
        ),
        [("it had already", "The bank", "Barclays")],
    ),
    (
        "safaricom-ordered",
        (
            "A court in Nairobi ordered Safaricom to restore the lines within 48 hours. The "
            "company said it would appeal against the ruling."
        ),
        [("it would appeal", "The company", "Safaricom")],
    ),
    (
        "ryanair-forced",
        (
            "Storm Ciarán forced Ryanair to cancel 400 flights across Europe. The airline said "
            "passengers would be offered refunds or new bookings."
        ),
        [("passengers would be", "The airline", "Ryanair")],
    ),
    (
        "chelsea-booed",
        (
            "Fans booed Chelsea off the pitch after the 4-1 defeat. The club said it understood "
            "their frustration."
        ),
        [("it understood their", "The club", "Chelsea")],
    ),
    (
        "monash-sued",
        (
            "A group of former students is suing Monash University over online teaching during "
            "the pandemic. The university said the claim would be defended."
        ),
        [("the claim would", "The university", "Monash University")],
    ),
    (
        "optus-hacked",
        (
            "Hackers stole the personal data of 9.8 million customers from Optus last year. The "
            "telecoms firm said it had since rebuilt its systems."
        ),
        [("it had since", "The telecoms firm", "Optus")],
    ),
    (
        "eskom-utility",
        (
            "The energy minister criticised Eskom in parliament on Wednesday. The utility said "
            "power cuts would ease by the winter."
        ),
        [("power cuts would", "The utility", "Eskom")],
    ),
    (
        "meta-judge",
        (
            "A judge in Dublin ordered Meta to pay €1.2bn over data transfers. The company said "
            "the decision was flawed."
        ),
        [("the decision was", "The company", "Meta")],
    ),
    (
        "thames-water-nationalised",
        (
            "Ministers are preparing to take over Thames Water if it runs out of cash. The "
            "company said it had enough money to last until June."
        ),
        [("it had enough", "The company", "Thames Water")],
    ),
    (
        "tesco-council",
        (
            "The council told Tesco to remove the advertising hoarding within a month. The "
            "company said it would comply."
        ),
        [("it would comply", "The company", "Tesco")],
    ),
    (
        "vedanta-court",
        (
            "India's Supreme Court ordered Vedanta to keep its copper smelter shut. The company "
            "said it was studying the judgment."
        ),
        [("it was studying", "The company", "Vedanta")],
    ),
    (
        "google-commission",
        (
            "The European Commission fined Google €2.4bn for favouring its own shopping "
            "service. The company said it would consider an appeal."
        ),
        [("it would consider", "The company", "Google")],
    ),
    (
        "petrobras-investors",
        (
            "Investors in New York sued Petrobras over the bribery scandal. The oil company "
            "said it was itself a victim of the scheme."
        ),
        [("it was itself", "The oil company", "Petrobras")],
    ),
    (
        "samsung-apple-subject",
        (
            "Apple sued Samsung in 2011, saying its phones copied the iPhone. The company said "
            "the design was its own."
        ),
        [("the design was", "The company", "Apple")],
    ),
    (
        "hsbc-person-object",
        (
            "HSBC hired Maria Costa from a rival in March. The bank said she would run its "
            "Asian wealth business."
        ),
        [("she would run", "The bank", "HSBC")],
    ),
    (
        "person-object-company",
        (
            "Police arrested John Mensah at his home in Kumasi on Friday. The company said it "
            "had dismissed him last year."
        ),
        [("it had dismissed", "The company", None)],
    ),
    (
        "two-objects-supermarkets",
        (
            "The union blamed Tesco and Sainsbury's for the shortages. The company said its "
            "shelves were full."
        ),
        [("its shelves were", "The company", None)],
    ),
    (
        "two-objects-oil",
        (
            "Shareholders voted against executive pay at BP and Shell on Thursday. The company "
            "said it would listen to investors."
        ),
        [("it would listen", "The company", None)],
    ),
    (
        "vodafone-paragraphs",
        (
            "Vodafone opened a new office in Manchester in 2019.\n\n"
            "The city has seen a boom in technology jobs since then, and house prices have "
            "risen sharply. Local schools say they struggle to find teachers.\n\n"
            "Rents in the centre rose by 12% last year, the highest rise in the country.\n\n"
            "The company said it planned to hire 200 more people."
        ),
        [("it planned to", "The company", None)],
    ),
    (
        "object-place-not-body",
        (
            "The ferry operator cut sailings to Shetland because of the storm. The company said "
            "the timetable would return to normal on Monday."
        ),
        [("the timetable would", "The company", None)],
    ),
    (
        "bundesliga-club-object",
        (
            "The league fined Borussia Dortmund €50,000 for crowd trouble. The club said it "
            "would identify the fans involved."
        ),
        [("it would identify", "The club", "Borussia Dortmund")],
    ),
    (
        "maybank-it",
        ("The central bank fined Maybank for late reporting. It said the lapses had been fixed."),
        [("the lapses had", "It", None)],
    ),
    # -- a firm's name that opens with a place ------------------------------------------------
    (
        "air-india",
        "Air India said the flight had returned to Delhi as a precaution.",
        [("the flight had", "Air India", "Air India")],
    ),
    (
        "singapore-airlines",
        (
            "Singapore Airlines said 30 passengers had been injured when the plane hit severe "
            "turbulence over Myanmar."
        ),
        [("30 passengers had", "Singapore Airlines", "Singapore Airlines")],
    ),
    (
        "kenya-airways-carrier",
        (
            "Kenya Airways cancelled its flights to Lagos on Monday. The carrier said it could "
            "not repatriate its earnings from Nigeria."
        ),
        [("it could not", "The carrier", "Kenya Airways")],
    ),
    (
        "british-gas",
        "British Gas said it would refund customers who had been overcharged.",
        [("it would refund", "British Gas", "British Gas")],
    ),
    (
        "china-mobile-operator",
        (
            "China Mobile added 2 million subscribers in May. The operator said demand for 5G "
            "plans was growing fastest in rural provinces."
        ),
        [("demand for 5G", "The operator", "China Mobile")],
    ),
    (
        "japan-airlines",
        "Japan Airlines said a software fault had delayed 40 domestic flights.",
        [("a software fault", "Japan Airlines", "Japan Airlines")],
    ),
    (
        "air-new-zealand-it",
        (
            "Air New Zealand cut its profit forecast on Friday. It said jet fuel had become "
            "more expensive."
        ),
        [("jet fuel had", "It", "Air New Zealand")],
    ),
    (
        "bank-of-ireland",
        "Bank of Ireland said its app was working again after an outage of six hours.",
        [("its app was", "Bank of Ireland", "Bank of Ireland")],
    ),
    (
        "qatar-airways-object",
        (
            "Regulators in Australia blocked extra flights by Qatar Airways. The airline said "
            "it was disappointed."
        ),
        [("it was disappointed", "The airline", "Qatar Airways")],
    ),
    (
        "thames-water",
        "Thames Water said the sewage spill had been caused by heavy rain.",
        [("the sewage spill", "Thames Water", "Thames Water")],
    ),
    (
        "ethiopian-airlines",
        (
            "Ethiopian Airlines said the crew had followed the procedures the manufacturer "
            "recommended."
        ),
        [("the crew had", "Ethiopian Airlines", "Ethiopian Airlines")],
    ),
    (
        "manchester-united",
        (
            "Manchester United said the roof of the stadium would be repaired before the "
            "next home game."
        ),
        [("the roof of", "Manchester United", "Manchester United")],
    ),
    (
        "korea-electric",
        (
            "Korea Electric Power raised its tariffs by 5%. The utility said the rise would "
            "cover only part of its losses."
        ),
        [("the rise would", "The utility", "Korea Electric Power")],
    ),
    (
        "scotland-place-not-body",
        (
            "Scotland recorded its wettest January since 1993. The agency said the ground "
            "was saturated."
        ),
        [("the ground was", "The agency", None)],
    ),
    # -- a name in -ing opening a sentence ----------------------------------------------------
    (
        "boeing",
        "Boeing said deliveries of the 737 Max would resume in March.",
        [("deliveries of the", "Boeing", "Boeing")],
    ),
    (
        "beijing",
        "Beijing said the new tariffs broke the rules of the World Trade Organization.",
        [("the new tariffs", "Beijing", "Beijing")],
    ),
    (
        "reading-club",
        "Reading said the striker had signed a two-year contract.",
        [("the striker had", "Reading", "Reading")],
    ),
    (
        "reading-manager",
        "Reading's manager said the team had been unlucky to lose.",
        [("the team had", "Reading's manager", None)],
    ),
    (
        "ealing-council",
        "Ealing Council said the road would reopen once the gas main had been repaired.",
        [("the road would", "Ealing Council", "Ealing Council")],
    ),
    (
        "kettering-hospital",
        "Kettering General Hospital said the ward had reopened to visitors.",
        [("the ward had", "Kettering General Hospital", "Kettering General Hospital")],
    ),
    (
        "nanjing-university",
        "Nanjing University said the exam would be held online this year.",
        [("the exam would", "Nanjing University", "Nanjing University")],
    ),
    (
        "boeing-company",
        (
            "Boeing delivered 27 planes in April. The company said production of the 787 had "
            "been slowed by checks."
        ),
        [("production of the", "The company", "Boeing")],
    ),
    (
        "corning-it",
        "Corning raised its sales forecast. It said demand for its glass was strong.",
        [("demand for its", "It", "Corning")],
    ),
    (
        "speaking-participle",
        "Speaking to reporters in Accra, the minister said the talks had failed.",
        [("the talks had", "the minister", None)],
    ),
    (
        "reading-participle",
        "Reading the verdict, Judge Amy Coleman said the defendant had shown no remorse.",
        [("the defendant had", "Judge Amy Coleman", "Amy Coleman")],
    ),
    (
        "welcoming-participle",
        "Welcoming the figures, Sanjay Mehta said exports had never been stronger.",
        [("exports had never", "Sanjay Mehta", "Sanjay Mehta")],
    ),
    # -- a possessor before a title, a name with "of" -----------------------------------------
    (
        "pearson-ft",
        (
            "Pearson's Financial Times said the deal was close. The Times said talks had "
            "stalled over the price."
        ),
        [
            ("the deal was", "Pearson's Financial Times", "Financial Times"),
            ("talks had stalled", "The Times", "Times"),
        ],
    ),
    (
        "murdoch-sun",
        (
            "Rupert Murdoch's Sun was the first to report the story. The paper said it had "
            "seen the letter."
        ),
        [("it had seen", "The paper", "Sun")],
    ),
    (
        "abi-association",
        (
            "The Association of British Insurers said claims had risen by a third. The "
            "Association said most were for flood damage."
        ),
        [
            (
                "claims had risen",
                "The Association of British Insurers",
                "Association of British Insurers",
            ),
            ("most were for", "The Association", "Association of British Insurers"),
        ],
    ),
    (
        "iod-institute",
        (
            "The Institute of Directors said business confidence had fallen. The institute "
            "added that firms were delaying investment."
        ),
        [("firms were delaying", "The institute", "Institute of Directors")],
    ),
    (
        "rspb-society",
        (
            "The Royal Society for the Protection of Birds bought the island in 2020. The "
            "charity said puffin numbers had doubled."
        ),
        [("puffin numbers had", "The charity", "Royal Society for the Protection of Birds")],
    ),
    (
        "bank-of-japan",
        (
            "The Bank of Japan held its rates on Tuesday. The bank said prices were rising "
            "faster than it expected."
        ),
        [("prices were rising", "The bank", "Bank of Japan")],
    ),
    (
        "university-of-ghana",
        (
            "The University of Ghana closed two halls after a fire. The university said no "
            "student had been hurt."
        ),
        [("no student had", "The university", "University of Ghana")],
    ),
    (
        "court-of-appeal",
        (
            "The Court of Appeal of Kenya heard the case in May. The court said the law "
            "breached the constitution."
        ),
        # Written expecting no name; corrected after reading: the story names the court,
        # and the court it names is the one that speaks.
        [("the law breached", "The court", "Court of Appeal of Kenya")],
    ),
    # -- more agencies, councils and firms as subjects ---------------------------------------
    (
        "cma-watchdog",
        (
            "The Competition and Markets Authority blocked the merger on Wednesday. The "
            "watchdog said it would have raised prices for gamers."
        ),
        [("it would have", "The watchdog", "Competition and Markets Authority")],
    ),
    (
        "nasa-agency",
        (
            "Nasa postponed the launch for a second time. The agency said a valve had failed "
            "a pressure test."
        ),
        [("a valve had", "The agency", "Nasa")],
    ),
    (
        "glasgow-council",
        (
            "Glasgow City Council approved the budget on Thursday. The authority said it had "
            "closed a gap of £108m."
        ),
        [("it had closed", "The authority", "Glasgow City Council")],
    ),
    (
        "toyota-carmaker",
        (
            "Toyota recalled 1 million cars in the United States. The carmaker said a sensor "
            "could fail to deploy the airbags."
        ),
        [("a sensor could", "The carmaker", "Toyota")],
    ),
    (
        "two-subjects-merger",
        (
            "Nokia and Ericsson both cut jobs in the first quarter. The company said demand "
            "for network gear had slowed."
        ),
        [("demand for network", "The company", None)],
    ),
    (
        "mtn-two-bodies-object",
        (
            "MTN Group agreed to buy a stake in Airtel Uganda. The company said the deal would "
            "close by December."
        ),
        [("the deal would", "The company", "MTN Group")],
    ),
    (
        "deutsche-bahn",
        (
            "Train drivers in Germany went on strike against Deutsche Bahn on Wednesday. The "
            "operator said only one in five long-distance trains would run."
        ),
        [("only one in", "The operator", "Deutsche Bahn")],
    ),
]

#: ids of the passages the plugin is known to get wrong: a body named only as the object
#: of a verb with its particle ("take over Thames Water") or after "from", an outlet named
#: only with its owner, "The Times" after the Financial Times
#: (each a limit the docs name)
GETS_WRONG = {
    "thames-water-nationalised",
    "pearson-ft",
    "murdoch-sun",
}


@pytest.mark.parametrize(("text", "expected"), passages_as_params(PASSAGES, GETS_WRONG))
def test_a_body_hard_to_see_speaks_by_its_name(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert read(text, expected) == expected


def test_the_table_is_varied_enough_to_mean_something() -> None:
    assert len(PASSAGES) >= 60
    assert len({pid for pid, _, _ in PASSAGES}) == len(PASSAGES)


if __name__ == "__main__":
    report(PASSAGES)


# -- the rules the table measures, each on its own ------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body named as the object of the sentence before, whose subject is people ...
        ("Regulators fined Barclays £50m. The bank said it had repaid savers.", "Barclays"),
        ("Investors in New York sued Petrobras. The company said it was a victim.", "Petrobras"),
        # ... a person, a person's pronoun, a body of another kind ...
        ("Maria Lopez sued Uber in March. The company said the claim had no merit.", "Uber"),
        ("She sued Qantas in 2021. The airline said the case had been settled.", "Qantas"),
        ("The council told Tesco to move the sign. The company said it would.", "Tesco"),
        ("The union blamed Tesco for the shortages. The company said it had stock.", "Tesco"),
        ("The European Commission fined Google. The company said it would appeal.", "Google"),
        # ... or a doer's "by": "flights by"
        (
            "Officials blocked flights by Qatar Airways. The airline said it was sad.",
            "Qatar Airways",
        ),
        # a name in -ing before its verb opens a sentence as its subject
        ("Boeing delivered 27 planes in April. The company said output had slowed.", "Boeing"),
        ("Corning raised its sales forecast. It said demand for its glass was strong.", "Corning"),
        # a name with "for" or "of" read whole as the subject
        (
            (
                "The Royal Society for the Protection of Birds bought the island. The charity "
                "said puffins had returned."
            ),
            "Royal Society for the Protection of Birds",
        ),
    ],
)
def test_a_short_name_refers_back_to_a_body_hard_to_see(text: str, speaker: str) -> None:
    assert support.quotes_of(ENRICHER, text)[-1]["speaker"] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # two bodies
        "The union blamed Tesco and Sainsbury's for it. The company said its shelves were full.",
        "Unions criticised BP and Shell on Thursday. The company said it would listen.",
        # a person for the object; a body not right after its verb
        "Police arrested John Mensah on Friday. The company said it had dismissed him.",
        "The deal let Malaysia join the World Trade Organisation. The bank said growth was 7%.",
        # a body of the short name's kind, unnamed, for the subject
        "The ferry operator cut sailings to Shetland. The company said it would resume.",
        # a body's name refused as a doer is not passed over for its object
        "Barclays was fined by Ofgem on Monday. The regulator said savers were misled.",
    ],
)
def test_a_short_name_refers_back_to_no_body_it_cannot_tell(text: str) -> None:
    assert support.quotes_of(ENRICHER, text)[-1].get("speaker") is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an owner before a body's name is not the body's name
        ("Pearson's Financial Times said it would cut 30 jobs.", "Financial Times"),
        ("Comcast's Sky News said the interview would air on Sunday.", "Sky News"),
        # ... where the words after "'s" open with a body's noun, or a saint's or a title
        # is the owner, the whole is one name
        ("Sainsbury's Bank said the app was working again.", "Sainsbury's Bank"),
        ("St David's Shopping Centre said 200,000 people visited.", "St David's Shopping Centre"),
        # a name that would end on a people's adjective takes the noun after it
        (
            (
                "The Association of British insurers warned of claims. It said floods were "
                "costly, but the Association stressed that policies differ."
            ),
            "Association of British insurers",
        ),
    ],
)
def test_a_body_is_named_whole_and_without_its_owner(text: str, speaker: str) -> None:
    assert support.quotes_of(ENRICHER, text)[-1]["speaker"] == speaker
