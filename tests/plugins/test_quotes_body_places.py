"""Tests of the quotes plugin's speakers named by a body's short name, "It" or "They"
where the body was named where a subject is not: after ``from`` or ``at`` ("Hackers stole
data from Optus. The company said"), after a verb and its particle ("bailed out
Alitalia"); outlets ("the paper" for a paper the story named); "It" for a body whose
name reads as a person's or opens with "The"; a central bank as "the bank"; "They" after
two bodies; and a person whose surname is a trade's noun.

``PASSAGES`` was written, with the speaker each attribution should get, before the
plugin was run on it: telecoms, retail, carmaking, airlines, banking, mining, shipping,
newspapers, broadcasters, charities, sport and utilities in Australia, Britain, Italy,
France, Germany, India, Japan, South Africa, Nigeria, Mexico, Canada, the US, Chile,
South Korea, Sweden and Ireland; with passages where the speaker is a person, the
outlet that reported, or no named body.
``python -m tests.plugins.test_quotes_body_places`` prints how many attributions are
right."""

from __future__ import annotations

import pytest

from tests.plugins.test_quotes_bodies import passages_as_params, read, report

#: ``(id, text, [(content's first words, speaker mention, resolved speaker)])``
PASSAGES: list[tuple[str, str, list[tuple[str, str | None, str | None]]]] = [
    # -- a body named after "from" or "at" ---------------------------------------------------
    (
        "optus-from",
        (
            "Hackers stole the records of ten million customers from Optus last year. The "
            "company said it had since rebuilt its systems."
        ),
        [("it had since", "The company", "Optus")],
    ),
    (
        "medibank-from",
        (
            "Criminals took health data from Medibank in October. The insurer said no "
            "ransom would be paid."
        ),
        [("no ransom would", "The insurer", "Medibank")],
    ),
    (
        "stellantis-at",
        (
            "Workers at Stellantis in Turin stopped the assembly lines on Monday. The "
            "carmaker said output would resume on Wednesday."
        ),
        [("output would resume", "The carmaker", "Stellantis")],
    ),
    (
        "eskom-at",
        (
            "Engineers at Eskom found cracks in two boilers at Medupi. The utility said "
            "load shedding would continue into the weekend."
        ),
        [("load shedding would", "The utility", "Eskom")],
    ),
    (
        "samsung-at",
        (
            "Thousands of union members at Samsung Electronics went on strike in Seoul. The "
            "company said chip production had not been affected."
        ),
        [("chip production had", "The company", "Samsung Electronics")],
    ),
    (
        "dangote-from",
        (
            "Traders bought petrol from Dangote Refinery at a lower price in August. The "
            "refiner said supplies to Lagos would double."
        ),
        [("supplies to Lagos", "The refiner", "Dangote Refinery")],
    ),
    (
        "at-place-no-body",
        (
            "Shoppers at a market in Guadalajara complained about the price of tortillas. "
            "The company said costs had risen."
        ),
        [("costs had risen", "The company", None)],
    ),
    (
        "from-country-no-body",
        (
            "Exports of copper from Chile fell by a tenth in May. The company said a strike "
            "had slowed shipments."
        ),
        [("a strike had", "The company", None)],
    ),
    (
        "at-two-bodies",
        (
            "Staff at Volvo and Scania walked out in Gothenburg. The company said talks would "
            "resume."
        ),
        [("talks would resume", "The company", None)],
    ),
    (
        "person-at-body",
        (
            "Priya Nair, a cashier at Reliance Retail in Mumbai, lost her job in March. She "
            "said the company had given her no reason."
        ),
        [("the company had", "She", "Priya Nair")],
    ),
    # -- a body after a verb and its particle ------------------------------------------------
    (
        "alitalia-bailed-out",
        (
            "The Italian government bailed out Alitalia for the third time in 2017. The "
            "airline said the money would keep planes flying until the summer."
        ),
        [("the money would", "The airline", "Alitalia")],
    ),
    (
        "toshiba-bought-out",
        (
            "A group of Japanese investors bought out Toshiba in a deal worth $15bn. The "
            "company said it would leave the Tokyo stock exchange."
        ),
        [("it would leave", "The company", "Toshiba")],
    ),
    (
        "wirecard-wound-up",
        (
            "A Munich court wound up Wirecard after the fraud came to light. The company "
            "said its creditors would be paid from the sale of its units."
        ),
        [("its creditors would", "The company", "Wirecard")],
    ),
    (
        "flybe-shut-down",
        (
            "Administrators shut down Flybe in January 2023. The airline said all flights "
            "had been cancelled."
        ),
        [("all flights had", "The airline", "Flybe")],
    ),
    (
        "particle-no-body",
        ("Regulators broke up the cartel in 2019. The company said it had not taken part."),
        [("it had not", "The company", None)],
    ),
    # -- "the paper" and "the newspaper" ------------------------------------------------------
    (
        "guardian-reported",
        (
            "The Guardian reported that the minister had met lobbyists in secret. The paper "
            "said it had seen the emails."
        ),
        [("it had seen", "The paper", "Guardian")],
    ),
    (
        "le-monde-according",
        (
            "According to Le Monde, the president will name a new prime minister on Monday. "
            "The newspaper said two names were on his list."
        ),
        [("two names were", "The newspaper", "Le Monde")],
    ),
    (
        "asahi-reported",
        (
            "The Asahi Shimbun reported that Toyota would delay its new plant. The newspaper "
            "said the decision had been taken last week."
        ),
        [("the decision had", "The newspaper", "Asahi Shimbun")],
    ),
    (
        "murdoch-sun",
        (
            "Rupert Murdoch's Sun apologised to the families in 2012. The paper said it had "
            "been wrong."
        ),
        [("it had been", "The paper", "Sun")],
    ),
    (
        "bought-irish-times",
        (
            "The Irish Times bought the Irish Examiner in 2018. The newspaper said no jobs "
            "would be lost in Cork."
        ),
        [("no jobs would", "The newspaper", "Irish Times")],
    ),
    (
        "paper-no-outlet",
        (
            "The minister resigned on Friday after a row over expenses. The paper said he "
            "had claimed for a second home."
        ),
        [("he had claimed", "The paper", None)],
    ),
    (
        "paper-after-bank",
        ("Barclays cut 500 jobs in Glasgow. The paper said the bank had told staff by email."),
        [("the bank had", "The paper", None)],
    ),
    (
        "broadcaster-cbc",
        (
            "The CBC cut 600 jobs across Canada on Monday. The broadcaster said its news "
            "service would be spared."
        ),
        [("its news service", "The broadcaster", "CBC")],
    ),
    # -- "It" for a body -----------------------------------------------------------------------
    (
        "john-lewis-it",
        (
            "John Lewis closed eight of its stores last year. It said shoppers had moved "
            "online for good."
        ),
        [("shoppers had moved", "It", "John Lewis")],
    ),
    (
        "marks-spencer-it",
        (
            "Marks and Spencer raised its profit forecast on Wednesday. It said food sales "
            "had grown by a tenth."
        ),
        [("food sales had", "It", "Marks and Spencer")],
    ),
    (
        "jockey-club-it",
        (
            "The Hong Kong Jockey Club cancelled the races at Happy Valley. It said the "
            "typhoon had damaged the track."
        ),
        [("the typhoon had", "It", "Hong Kong Jockey Club")],
    ),
    (
        "red-cross-it",
        (
            "The International Committee of the Red Cross pulled its staff out of Khartoum. "
            "It said two of its drivers had been killed."
        ),
        [("two of its", "It", "International Committee of the Red Cross")],
    ),
    (
        "body-shop-it",
        (
            "The Body Shop went into administration in February. It said its shops would "
            "stay open for now."
        ),
        [("its shops would", "It", "Body Shop")],
    ),
    (
        "it-after-person",
        ("Greta Thunberg joined the protest in Stockholm. It said nothing about the police."),
        [("nothing about the", "It", None)],
    ),
    (
        "it-weather",
        ("Floods hit Valencia on Tuesday night. It said the rain would ease by Thursday."),
        [("the rain would", "It", None)],
    ),
    # -- a central bank as "the bank" -------------------------------------------------------------
    (
        "rbi-bank",
        (
            "The Reserve Bank of India kept its main rate at 6.5% on Friday. The bank said "
            "food prices were still rising."
        ),
        [("food prices were", "The bank", "Reserve Bank of India")],
    ),
    (
        "riksbank-bank",
        (
            "Sweden's Riksbank cut rates for the first time in eight years. The bank said "
            "inflation had fallen close to its target."
        ),
        [("inflation had fallen", "The bank", "Riksbank")],
    ),
    (
        "banxico-central-bank",
        ("The Bank of Mexico raised rates to 11%. The central bank said the peso had weakened."),
        [("the peso had", "The central bank", "Bank of Mexico")],
    ),
    (
        "bundesbank-fined-bank",
        (
            "The Bundesbank fined Deutsche Bank €8m for late reports. The lender said it "
            "had paid the fine."
        ),
        [("it had paid", "The lender", "Deutsche Bank")],
    ),
    (
        "bank-no-central",
        ("Inflation in Germany rose to 3% in March. The bank said prices would ease."),
        [("prices would ease", "The bank", None)],
    ),
    # -- "They" after two bodies, and after one --------------------------------------------------
    (
        "apple-samsung-they",
        ("Apple sued Samsung over the design of its phones. They said the case would take years."),
        [("the case would", "They", None)],
    ),
    (
        "uber-ola-they",
        ("Uber took on Ola in Delhi with lower fares. They said drivers would earn more."),
        [("drivers would earn", "They", None)],
    ),
    (
        "bhp-vale-they",
        (
            "BHP and Vale agreed to pay $30bn for the Mariana dam disaster. They said the "
            "money would go to the families."
        ),
        [("the money would", "They", None)],
    ),
    (
        "oxfam-they",
        (
            "Oxfam said food stocks in Darfur had run out. They added that aid lorries had "
            "been stopped."
        ),
        [("aid lorries had", "They", "Oxfam")],
    ),
    # -- a surname that is a trade's noun -------------------------------------------------------
    (
        "samantha-power-company",
        (
            "Samantha Power visited a clinic in Lusaka on Thursday. The company said the "
            "visit had been arranged weeks ago."
        ),
        [("the visit had", "The company", None)],
    ),
    (
        "danielle-steel-firm",
        (
            "Danielle Steel signed a deal for five new novels. The firm said the books would "
            "appear next year."
        ),
        [("the books would", "The firm", None)],
    ),
    (
        "jsw-steel-company",
        (
            "JSW Steel raised its output by a fifth in June. The company said demand from "
            "builders had grown."
        ),
        [("demand from builders", "The company", "JSW Steel")],
    ),
    (
        "power-she",
        (
            "Samantha Power met farmers in Kenya on Monday. She said the drought had killed "
            "their cattle."
        ),
        [("the drought had", "She", "Samantha Power")],
    ),
    # -- the subject is the body, and others are named after "from" or "at" ------------------------
    (
        "subject-over-at",
        (
            "Ryanair cancelled 40 flights at Dublin Airport on Friday. The airline said air "
            "traffic control staff were short."
        ),
        [("air traffic control", "The airline", "Ryanair")],
    ),
    (
        "subject-over-from",
        (
            "Vodafone bought spectrum from the Ghana regulator in April. The company said "
            "its network would reach every region."
        ),
        [("its network would", "The company", "Vodafone")],
    ),
    (
        "from-person",
        ("Police took a statement from Kwame Mensah in Accra. The company said it had sacked him."),
        [("it had sacked", "The company", None)],
    ),
    (
        "person-says-union",
        (
            "Ana Souza, who leads the union at Petrobras, spoke on Tuesday. She said the "
            "strike would last a week."
        ),
        [("the strike would", "She", "Ana Souza")],
    ),
    (
        "from-union",
        (
            "Letters from Unite reached every driver at the depot. The union said pay had "
            "fallen behind prices."
        ),
        [("pay had fallen", "The union", "Unite")],
    ),
    (
        "at-club",
        (
            "Fans at Celtic Park booed the board on Saturday. The club said it would meet "
            "supporters' groups."
        ),
        [("it would meet", "The club", None)],
    ),
    (
        "from-charity",
        (
            "Volunteers from Save the Children reached Rafah on Sunday. The charity said "
            "half of the children were ill."
        ),
        [("half of the", "The charity", "Save the Children")],
    ),
    (
        "at-regulator",
        (
            "Officials at Ofgem met the energy firms on Monday. The regulator said bills "
            "would fall in July."
        ),
        [("bills would fall", "The regulator", "Ofgem")],
    ),
]

#: ids of the passages the plugin is known to get wrong (each a limit the docs name): a body after
#: "from" or "at" where the subject is no people's word and whose name tells no kind, of more
#: than one word ("Save the Children"), a short name no list holds ("the
#: refiner") or a subject read too far; an outlet
#: named where the subject is not read (``The Irish Times bought``), or that reported in no
#: attribution, for "the paper"; "It said
#: nothing" read as no saying; "It" after a sentence whose subject is no body; a person whose
#: surname is a trade's noun (``Samantha Power``)
GETS_WRONG = {
    "bought-irish-times",
    "broadcaster-cbc",
    "dangote-from",
    "danielle-steel-firm",
    "from-charity",
    "it-after-person",
    "it-weather",
    "le-monde-according",
    "murdoch-sun",
    "samantha-power-company",
    "toshiba-bought-out",
    "wirecard-wound-up",
}


@pytest.mark.parametrize(("text", "expected"), passages_as_params(PASSAGES, GETS_WRONG))
def test_a_short_name_speaks_for_a_body_named_out_of_the_subject(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert read(text, expected) == expected


def test_the_table_is_varied_enough_to_mean_something() -> None:
    assert len(PASSAGES) >= 50
    assert len({pid for pid, _, _ in PASSAGES}) == len(PASSAGES)


if __name__ == "__main__":
    report(PASSAGES)
