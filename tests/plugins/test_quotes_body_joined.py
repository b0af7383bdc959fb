"""Tests of the quotes plugin's names joined by "and" or "&": one body's name ("Marks and
Spencer", "Procter & Gamble", "Allen & Overy & Co"), two bodies or more ("Barclays Bank and
Lloyds Bank", "Aviva and Legal & General"), for which an "It" after them speaks for none,
and people joined by "and" ("Patel and Chen said"), two people.

``PASSAGES`` was written, with the speaker each attribution should get and its kind where
it tells, before the plugin was run on it: retailers, banks, airlines, carmakers, law
firms, publishers, fashion houses, grocers and researchers in Britain, Ireland, South
Africa, Kenya, Nigeria, India, Australia, Korea, Japan, Brazil, France, Denmark, Norway,
Ghana and the US.  ``python -m tests.plugins.test_quotes_body_joined`` prints how many
attributions are right."""

from __future__ import annotations

import pytest

from tests.plugins import support
from tests.plugins.test_quotes_bodies import ENRICHER, passages_as_params, read

#: ``(id, text, [(content's first words, speaker mention, resolved speaker, source type or
#: None where the kind is not asked)])``
PASSAGES: list[tuple[str, str, list[tuple[str, str | None, str | None, str | None]]]] = [
    # -- "It" after two bodies or more joined by "and": it speaks for none ------------------
    (
        "barclays-lloyds-it",
        (
            "Barclays Bank and Lloyds Bank cut their savings rates on Monday. It said savers "
            "would still gain."
        ),
        [("savers would still", "It", None, None)],
    ),
    (
        "nedbank-absa-named-alone",
        (
            "Absa opened a branch in Soweto last year. Nedbank and Absa raised their fees in "
            "March. It said the rise was modest."
        ),
        [("the rise was", "It", None, None)],
    ),
    (
        "qantas-virgin-australia",
        ("Qantas and Virgin Australia cut fares to Bali. It said demand had fallen."),
        [("demand had fallen", "It", None, None)],
    ),
    (
        "infosys-wipro-named-alone",
        (
            "Wipro hired 3,000 graduates in Pune in May. Infosys and Wipro reported higher "
            "profits on Thursday. It said demand from American banks had recovered."
        ),
        [("demand from American", "It", None, None)],
    ),
    (
        "toyota-honda-unknown",
        ("Toyota and Honda recalled 40,000 cars in Ohio. It said the brakes could fail."),
        [("the brakes could", "It", None, None)],
    ),
    (
        "three-kenyan-banks",
        (
            "Kenya Commercial Bank and Equity Bank and Cooperative Bank cut their lending "
            "rates. It said borrowers would benefit."
        ),
        [("borrowers would benefit", "It", None, None)],
    ),
    (
        "emirates-etihad-airways",
        ("Emirates and Etihad Airways added flights to Manila. It said the routes were full."),
        [("the routes were", "It", None, None)],
    ),
    (
        "siemens-alstom-named-alone",
        (
            "Alstom's shares fell 4% in Paris on Monday. Siemens and Alstom dropped their "
            "merger plan. It said regulators had left no choice."
        ),
        [("regulators had left", "It", None, None)],
    ),
    (
        "aviva-legal-general",
        ("Aviva and Legal & General raised their annuity rates. It said retirees would get more."),
        [("retirees would get", "It", None, None)],
    ),
    (
        "jnj-pfizer",
        (
            "Johnson & Johnson and Pfizer agreed to share data on the vaccine. It said "
            "trials would start in June."
        ),
        [("trials would start", "It", None, None)],
    ),
    (
        "standard-fnb-durban",
        (
            "Standard Bank and First National Bank closed branches in Durban. It said "
            "customers had moved online."
        ),
        [("customers had moved", "It", None, None)],
    ),
    (
        "ryanair-aer-lingus-named-alone",
        (
            "Aer Lingus added flights to Boston in May. Ryanair and Aer Lingus cancelled "
            "flights to Lisbon on Friday. It said a strike in France was to blame."
        ),
        [("a strike in", "It", None, None)],
    ),
    # -- "It" after one body's name joined by "and" or "&" ----------------------------------
    (
        "ernst-young-it",
        ("Ernst & Young cut 400 jobs in Sydney. It said demand for audits had slowed."),
        [("demand for audits", "It", "Ernst & Young", "organization")],
    ),
    (
        "simon-schuster-it",
        (
            "Simon & Schuster dropped the memoir in May. It said the author had breached "
            "the contract."
        ),
        [("the author had", "It", "Simon & Schuster", "organization")],
    ),
    (
        "fortnum-mason-it",
        ("Fortnum and Mason opened a store in Tokyo. It said tourists had asked for one."),
        [("tourists had asked", "It", "Fortnum and Mason", "organization")],
    ),
    (
        "dolce-gabbana-it",
        ("Dolce & Gabbana cancelled its Shanghai show. It said it regretted the offence."),
        [("it regretted the", "It", "Dolce & Gabbana", "organization")],
    ),
    (
        "crosse-blackwell-it",
        ("Crosse and Blackwell recalled jars of soup in Ireland. It said no one had been harmed."),
        [("no one had", "It", "Crosse and Blackwell", "organization")],
    ),
    (
        "holland-barrett-it",
        ("Holland & Barrett closed 30 shops in Ireland. It said footfall had fallen."),
        [("footfall had fallen", "It", "Holland & Barrett", "organization")],
    ),
    (
        "wilson-sons-co-it",
        ("Wilson & Sons & Co took over the shipyard in Cork. It said 40 jobs were safe."),
        [("40 jobs were", "It", "Wilson & Sons & Co", "organization")],
    ),
    (
        "abercrombie-fitch-it",
        (
            "Abercrombie and Fitch closed its flagship store in Milan. It said sales in "
            "Italy had fallen."
        ),
        [("sales in Italy", "It", "Abercrombie and Fitch", "organization")],
    ),
    (
        "tate-lyle-it",
        ("Tate and Lyle cut 200 jobs at its refinery in London. It said sugar prices had fallen."),
        [("sugar prices had", "It", "Tate and Lyle", "organization")],
    ),
    (
        "bang-olufsen-it",
        ("Bang and Olufsen cut 120 jobs in Struer. It said sales in China had slumped."),
        [("sales in China", "It", "Bang and Olufsen", "organization")],
    ),
    # -- a body's name joined by "&" or "and" before "said" ---------------------------------
    (
        "procter-gamble-said",
        ("Demand for nappies held up in Brazil, Procter & Gamble said on Tuesday."),
        [("Demand for nappies", "Procter & Gamble", "Procter & Gamble", "organization")],
    ),
    (
        "jnj-said",
        ("The talc claims had no merit, Johnson & Johnson said in a filing."),
        [("The talc claims", "Johnson & Johnson", "Johnson & Johnson", "organization")],
    ),
    (
        "allen-overy-co-said",
        ("Fees would fall for small charities, Allen & Overy & Co said."),
        [("Fees would fall", "Allen & Overy & Co", "Allen & Overy & Co", "organization")],
    ),
    (
        "simon-schuster-said",
        ("The book would be published in March, Simon & Schuster said."),
        [("The book would", "Simon & Schuster", "Simon & Schuster", "organization")],
    ),
    (
        "ernst-young-lagos-said",
        ("Audits would take longer this year, Ernst & Young said in Lagos."),
        [("Audits would take", "Ernst & Young", "Ernst & Young", "organization")],
    ),
    (
        "marks-spencer-said",
        ("Prices would rise in the autumn, Marks and Spencer said."),
        [("Prices would rise", "Marks and Spencer", "Marks and Spencer", "organization")],
    ),
    (
        "jnj-opens-said",
        ("Johnson & Johnson said on Monday that it would appeal the verdict."),
        [("it would appeal", "Johnson & Johnson", "Johnson & Johnson", "organization")],
    ),
    # -- people joined by "and": two people -------------------------------------------------
    (
        "okafor-mensah-said",
        ("The ruling was unfair to tenants, Ruth Okafor and Daniel Mensah said."),
        [
            (
                "The ruling was",
                "Ruth Okafor and Daniel Mensah",
                "Ruth Okafor and Daniel Mensah",
                "person",
            )
        ],
    ),
    (
        "patel-chen-said",
        ("The trial had been a success, Patel and Chen said in a joint statement."),
        [("The trial had", "Patel and Chen", "Patel and Chen", "person")],
    ),
    (
        "lund-meyer-they",
        ("Sarah Lund and Jan Meyer led the survey in Bergen. They said the glacier had shrunk."),
        [("the glacier had", "They", None, None)],
    ),
    (
        "lee-park-they",
        ("Lee and Park visited the plant in Ulsan. They said the line would reopen."),
        [("the line would", "They", None, None)],
    ),
    (
        "diallo-asante-they",
        (
            "Dr Amara Diallo and Prof Kwame Asante published the study in Accra. They said "
            "malaria cases had fallen."
        ),
        [("malaria cases had", "They", None, None)],
    ),
    # -- "They" after two bodies joined by "and": neither -----------------------------------
    (
        "nestle-unilever-they",
        ("Nestlé and Unilever raised prices in Nigeria. They said costs had risen."),
        [("costs had risen", "They", None, None)],
    ),
    (
        "samsung-lg-they",
        ("Samsung and LG cut television prices in India. They said demand was weak."),
        [("demand was weak", "They", None, None)],
    ),
]

#: Passages the plugin reads wrong: two one-word bodies that the story names nowhere else,
#: read as one body's name ("Toyota and Honda"); a body's name joined by "and" before
#: "said" read as people's ("Marks and Spencer said"); words of a sentence read as what
#: the joined bodies said ("added flights", "reported higher profits"), whose speaker the
#: "It" after them then takes.
GETS_WRONG = {
    "emirates-etihad-airways",
    "infosys-wipro-named-alone",
    "marks-spencer-said",
    "toyota-honda-unknown",
}


def read_kinds(
    text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> list[tuple[str, str | None, str | None, str | None]]:
    """What :func:`read` gives, with each quote's source type where the table asks it."""
    quotes = support.quotes_of(ENRICHER, text)
    out = []
    for (start, _, _, kind), (_, mention, speaker) in zip(
        expected, read(text, [(s, m, n) for s, m, n, _ in expected]), strict=True
    ):
        hit = next((q for q in quotes if q["text"].startswith(start)), None)
        out.append(
            (start, mention, speaker, None if kind is None or hit is None else hit["source_type"])
        )
    return out


@pytest.mark.parametrize(("text", "expected"), passages_as_params(PASSAGES, GETS_WRONG))  # type: ignore[arg-type]
def test_a_joined_name_is_one_body_or_several(
    text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert read_kinds(text, expected) == expected


def test_the_table_is_varied_enough_to_mean_something() -> None:
    assert len(PASSAGES) >= 35
    assert len({pid for pid, _, _ in PASSAGES}) == len(PASSAGES)
    answers = {
        (mention, speaker is None) for _, _, rows in PASSAGES for _, mention, speaker, _ in rows
    }
    assert ("It", True) in answers and ("It", False) in answers  # neither always nor never


if __name__ == "__main__":  # pragma: no cover
    right = total = 0
    for pid, text, expected in PASSAGES:
        for want, got in zip(expected, read_kinds(text, expected), strict=True):
            total += 1
            right += want == got
            if want != got:
                print(f"{pid}: want {want[1:]!r}, got {got[1:]!r}")
    print(f"{right} of {total} attributions right ({len(PASSAGES)} passages)")
