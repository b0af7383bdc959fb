"""The numbers plugin on what the old-money and clock-time rules of the eighth table left:
"a shilling" alone ("It cost a shilling"), sixpence and threepence without "a" ("Entry was
sixpence"), a pound before a verb of buying ("In 2019 a pound bought"), a pound staked on
a named race ("lost a pound on the Grand National"), a second clock time after "and"
("at 7.30 and 9.15"), a train or a service named by its time ending a sentence ("She
caught the 10.30."), the points of an index (a plain number, as the general suite reads
them), and shillings in a story of Uganda, Tanzania or Somalia (that land's shilling, not
Kenya's), beside the same words as a weight, a decimal, a rate, a price or a name.

Each sentence was written with the figures a reader would take from it (span, category,
value, unit) before the plugin was run on it, in the style of UK, Irish, Scottish, US,
Australian, Kenyan, Ugandan, Tanzanian, Somali, Indian and South African outlets: local
history, obituaries, memoirs, racing, transport, schools, churches, markets and budgets.
Run as a script to count the sentences read right and print the others::

    python -m tests.plugins.test_numbers_registers_9
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import limner
from limner_numbers import finder
from limner_numbers.lexicon import BARE_COINS, TIMES_WORDS
from tests.plugins.test_numbers_registers import (
    Figure,
    assert_figures_in_words,
    assert_read_right,
    report,
    rows_as_params,
)

#: (sentence, the figures in it in order: surface, category, value or (low, high), unit)
ROWS: list[tuple[str, list[Figure]]] = [
    # -- a shilling alone: one coin of the old pound, where no land of today's shilling is named
    (
        "It cost a shilling to see the pictures on a Saturday.",
        [("a shilling", "money", 0.05, "GBP")],
    ),
    (
        "Her first wage as a mill girl was a shilling a day in 1948.",
        [
            ("first", "ordinal", 1, None),
            ("a shilling a day", "money", 0.05, "GBP"),
            ("1948", "date", 1948, None),
        ],
    ),
    (
        "The ferryman charged a shilling to cross the Tay.",
        [("a shilling", "money", 0.05, "GBP")],
    ),
    (
        "Every child at the Sunday school got a shilling at Christmas.",
        [("a shilling", "money", 0.05, "GBP")],
    ),
    (
        "Farmers in Meru say they have not been paid a shilling since March.",
        [("a shilling", "money", 1, "KES")],
    ),
    (
        "Not a shilling of the road fund reached Gulu, the Ugandan auditor found.",
        [("a shilling", "money", 1, "UGX")],
    ),
    ("A shilling-a-week club paid for the outing.", []),
    (
        "The Kenyan shilling closed at 129.5 to the dollar.",
        [("129.5 to the dollar", "ratio", 129.5, None)],
    ),
    # -- sixpence and threepence without "a": a price in the old coins
    ("Entry to the dance hall was sixpence.", [("sixpence", "money", 0.025, "GBP")]),
    (
        "Comics cost threepence when my father was a boy in Leeds.",
        [("threepence", "money", 0.0125, "GBP")],
    ),
    (
        "The tram from Clontarf to the Pillar was sixpence return.",
        [("sixpence", "money", 0.025, "GBP")],
    ),
    (
        "He sold the conkers for threepence each in the playground.",
        [("threepence", "money", 0.0125, "GBP")],
    ),
    ("Grandma still keeps the sixpence from her wedding shoe.", []),
    ("Sixpence None the Richer reunited for a tour of Australia.", []),
    ("The sixpence piece was withdrawn in 1980.", [("1980", "date", 1980, None)]),
    # -- a pound before a verb of buying: the coin's worth
    (
        "In 2019 a pound bought about 1.13 euros.",
        [
            ("2019", "date", 2019, None),
            ("a pound", "money", 1, "GBP"),
            ("1.13 euros", "money", 1.13, "EUR"),
        ],
    ),
    (
        "In 1990 a pound would buy three pints in most of Glasgow.",
        [
            ("1990", "date", 1990, None),
            ("a pound", "money", 1, "GBP"),
            ("three pints", "quantity", 3, "pint"),
        ],
    ),
    ("A pound buys less at the corner shop every month.", [("A pound", "money", 1, "GBP")]),
    (
        "Back then a pound went a long way at the market in Cork.",
        [("a pound", "money", 1, "GBP")],
    ),
    (
        "In 2019 a pound of butter cost £1.80 at the co-op.",
        [("2019", "date", 2019, None), ("£1.80", "money", 1.8, "GBP")],
    ),
    (
        "By 2021 a pound weighed less in the shopping basket than the sugar tax suggested.",
        [("2021", "date", 2021, None)],
    ),
    # -- a pound staked on a named race or game; the same words of a weight
    (
        "My uncle put a pound on the Grand National every April.",
        [("a pound", "money", 1, "GBP")],
    ),
    (
        "She won a pound on the Derby in 1953 and framed the slip.",
        [("a pound", "money", 1, "GBP"), ("1953", "date", 1953, None)],
    ),
    (
        "He lost a pound on the Cheltenham Gold Cup and swore off betting.",
        [("a pound", "money", 1, "GBP")],
    ),
    (
        "He lost a pound on the Atkins diet in the first week.",
        [("a pound", "quantity", 1, "pound"), ("first", "ordinal", 1, None)],
    ),
    (
        "The jockey lost a pound on the scales before the Grand National.",
        [("a pound", "quantity", 1, "pound")],
    ),
    # -- a second clock time after "and"
    (
        "The ferry sails at 6.45 and 10.15 on weekdays.",
        [],
    ),
    (
        "Screenings start at 7.30 and 9.15 in the main auditorium.",
        [],
    ),
    (
        "Mass is celebrated at 8.30 and 11.00 on Sundays at St Patrick's.",
        [],
    ),
    (
        "The bin lorry came at 6.15 and again at 6.40, residents in Fife said.",
        [],
    ),
    (
        "Kick-off is 12.30 and the gates open at 11.00.",
        [],
    ),
    (
        "Shares in Vodafone opened at 7.30 and closed at 7.45.",
        [("7.30", "cardinal", 7.3, None), ("7.45", "cardinal", 7.45, None)],
    ),
    (
        "The rate is 7.30 and the yield 4.15.",
        [("7.30", "cardinal", 7.3, None), ("4.15", "cardinal", 4.15, None)],
    ),
    (
        "The rand traded at 18.30 and 18.45 to the dollar during the day.",
        [("18.30", "cardinal", 18.3, None), ("18.45 to the dollar", "ratio", 18.45, None)],
    ),
    (
        "The court adjourned at 12.45 and 17 witnesses were sent home.",
        [("17", "cardinal", 17, None)],
    ),
    (
        "Deliveries will arrive between 9.30 and 11.45, the supermarket said.",
        [],
    ),
    (
        "Yields moved between 4.15 and 4.30 over the week.",
        [("between 4.15 and 4.30", "range", (4.15, 4.3), None)],
    ),
    # -- a train or a service named by its time ending its sentence
    ("She caught the 10.30.", []),
    ("We missed the 8.15!", []),
    ("Commuters crammed onto the 17.42.", []),
    ("He was booked on the 6.05.", []),
    ("The choir sings at the 11.15.", []),
    (
        "The pound bought 1.17 euros, up from the 1.15.",
        [("1.17 euros", "money", 1.17, "EUR"), ("1.15", "cardinal", 1.15, None)],
    ),
    (
        "The ratio rose to 10.30.",
        [("10.30", "cardinal", 10.3, None)],
    ),
    # -- the same words as other figures: a rate, a price in pence, a coupon
    (
        "The bank offered a 9.30 rate on its two-year fixed bond.",
        [("9.30", "cardinal", 9.3, None), ("two-year", "quantity", 2, "year")],
    ),
    (
        "Shares fell 10.30 pence to 412p.",
        [("10.30 pence", "money", 0.103, "GBP"), ("412p", "money", 4.12, "GBP")],
    ),
    (
        "The bond carries a 7.30 per cent coupon.",
        [("7.30 per cent", "percent", 7.3, "percent")],
    ),
    (
        "The Sensex closed 10.30 points higher at 72,410.",
        [("10.30 points", "cardinal", 10.3, None), ("72,410", "cardinal", 72410, None)],
    ),
    # -- the points of an index: a plain number, as the general suite reads them
    (
        "The FTSE 100 closed 45.20 points higher.",
        [("45.20 points", "cardinal", 45.2, None)],
    ),
    (
        "The JSE all-share index shed 812 points on Friday.",
        [("812 points", "cardinal", 812, None)],
    ),
    (
        "The Nikkei ended at 38,210.5 points.",
        [("38,210.5 points", "cardinal", 38210.5, None)],
    ),
    (
        "The ASX 200 was 60 points lower by lunch.",
        [("60 points", "cardinal", 60, None)],
    ),
    # -- shillings with no adjective: the money of the land the story names
    (
        "In Kampala a boda ride now costs 5,000 shillings.",
        [("5,000 shillings", "money", 5000, "UGX")],
    ),
    (
        "Uganda's finance ministry tabled a budget of 72 trillion shillings.",
        [("72 trillion shillings", "money", 72000000000000, "UGX")],
    ),
    (
        "Tanzania raised the fee for a passport to 150,000 shillings.",
        [("150,000 shillings", "money", 150000, "TZS")],
    ),
    (
        "A kilo of maize flour sells for 2,500 shillings in Dar es Salaam.",
        [("2,500 shillings", "money", 2500, "TZS")],
    ),
    (
        "Traders in Mogadishu said a litre of fuel now costs 25,000 shillings.",
        [("25,000 shillings", "money", 25000, "SOS")],
    ),
    (
        "Matatu fares in Nairobi rose to 120 shillings.",
        [("120 shillings", "money", 120, "KES")],
    ),
    (
        "The county paid 40 million shillings for the ambulances.",
        [("40 million shillings", "money", 40000000, "KES")],
    ),
    (
        "A Kenyan trader in Kampala was fined 2 million Kenyan shillings.",
        [("2 million Kenyan shillings", "money", 2000000, "KES")],
    ),
    (
        "In 1962 a cinema seat in Salford cost two shillings.",
        [("1962", "date", 1962, None), ("two shillings", "money", 0.1, "GBP")],
    ),
    (
        "Zanzibar's ferry to the mainland costs 35,000 shillings one way.",
        [("35,000 shillings", "money", 35000, "TZS")],
    ),
    (
        "Fishermen in Jinja earn about 20,000 shillings a day, the Daily Monitor reported.",
        [("20,000 shillings a day", "money", 20000, "UGX")],
    ),
    (
        "Kenya and Uganda agreed a tariff, but Nairobi traders still pay 300 shillings a sack.",
        [("300 shillings a sack", "money", 300, "KES")],
    ),
]

#: The sentences read wrong, each a limit stated on docs/plugins/numbers.md.
LIMITS: dict[str, str] = {}


@pytest.fixture(scope="module")
def enricher() -> limner.Enricher:
    return limner.Enricher(["numbers"])


@pytest.mark.parametrize(("text", "figures"), rows_as_params(ROWS, LIMITS))
def test_figures_of_what_the_old_money_and_clock_times_left(
    enricher: limner.Enricher, text: str, figures: list[Figure]
) -> None:
    assert_read_right(enricher, text, figures)


def test_a_coin_alone_is_told_from_a_count_of_times_by_its_length() -> None:
    # the scan of number words finds both as words of their own, and the reader tells
    # them apart by length alone
    assert min(map(len, BARE_COINS)) > max(map(len, TIMES_WORDS))


class _CountedSearch:
    """A pattern whose searches are counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.searches = pattern, 0

    def search(self, *args: Any) -> re.Match[str] | None:
        self.searches += 1
        return self.pattern.search(*args)


def test_a_list_of_clock_times_is_read_back_a_bounded_way(
    enricher: limner.Enricher, monkeypatch: pytest.MonkeyPatch
) -> None:
    # each hour and minutes after "and" looks back through at most a few of the list
    # before it: twice the list, twice the searches, not four times
    counted = _CountedSearch(finder._CLOCK_BEFORE_AND)
    monkeypatch.setattr(finder, "_CLOCK_BEFORE_AND", counted)
    searches = []
    for n in (200, 400):
        times = " and ".join(f"{h % 24}.{h % 60:02d}" for h in range(n))
        counted.searches = 0
        enricher.enrich(f"The ferry sails at {times}.")
        searches.append(counted.searches)
    assert 0 < searches[1] <= 2 * searches[0] + 10


def test_the_table_holds_at_least_60_sentences_each_figure_in_its_words() -> None:
    assert len(ROWS) >= 60
    assert_figures_in_words(ROWS)


if __name__ == "__main__":  # pragma: no cover
    report(ROWS)
