"""The numbers plugin on old money and the points of a share: guineas, half a crown and
florins as the pound's parts ("fetched 40 guineas", "In 1958 a haircut cost half a
crown") beside the same words as something else ("the 2,000 Guineas" is a race, "three
guinea pigs", "the Crown" is the state, "two crowns" at a dentist's) and crowns as the
money of Prague, Copenhagen, Oslo and Stockholm today; the points of a share after a
verb of being ("was 4.2%, 0.3 points lower"), with an adverb after "by" ("by just six
points") and as a poll's margin of error, beside the points of an index, a league or a
game said beside a per cent ("was 0.4% lower, down 150 points", "on 80 points"); and a
pound or a clock time after a verb of being ("Entry is a pound", "Bedtime is 7.30")
beside the same words as a weight or a decimal.

Each sentence was written with the figures a reader would take from it (span, category,
value, unit) before the plugin was run on it, in the style of UK, Irish, US, Canadian,
Australian, New Zealand, Indian, South African, Danish, Norwegian, Swedish and Czech
outlets, of history, racing, polls, markets, sport and the household.  Run as a script
to count the sentences read right and print the others::

    python -m tests.plugins.test_numbers_registers_7
"""

from __future__ import annotations

import pytest

import limner
from tests.plugins.test_numbers_registers import (
    Figure,
    assert_figures_in_words,
    assert_read_right,
    report,
    rows_as_params,
)

PP = "percentage point"

#: (sentence, the figures in it in order: surface, category, value or (low, high), unit)
ROWS: list[tuple[str, list[Figure]]] = [
    # -- guineas: the pound and a shilling, at a sale or in a story of old Britain
    (
        "The colt was knocked down for 520,000 guineas at Tattersalls.",
        [("520,000 guineas", "money", 546_000, "GBP")],
    ),
    (
        "A filly by Frankel made 1.2 million guineas at the October sale.",
        [("1.2 million guineas", "money", 1_260_000, "GBP")],
    ),
    (
        "In 1898 the surgeon's fee was five guineas.",
        [("1898", "date", 1898, None), ("five guineas", "money", 5.25, "GBP")],
    ),
    (
        "The portrait was bought for 200 guineas in 1784.",
        [("200 guineas", "money", 210, "GBP"), ("1784", "date", 1784, None)],
    ),
    (
        "The agent signed for the yearling at 3.4 million guineas.",
        [("3.4 million guineas", "money", 3_570_000, "GBP")],
    ),
    (
        "Goffs sold the top lot, a son of Dubawi, for 900,000 guineas on Tuesday.",
        [("900,000 guineas", "money", 945_000, "GBP")],
    ),
    (
        "In 1935 each pupil paid a guinea for the term.",
        [("1935", "date", 1935, None), ("a guinea", "money", 1.05, "GBP")],
    ),
    (
        "Dr Watson charged three guineas for a visit in 1889.",
        [("three guineas", "money", 3.15, "GBP"), ("1889", "date", 1889, None)],
    ),
    (
        "The mare was bought as a foal for 16,000 guineas.",
        [("16,000 guineas", "money", 16_800, "GBP")],
    ),
    (
        "A subscription to the library cost two guineas in 1850.",
        [("two guineas", "money", 2.1, "GBP"), ("1850", "date", 1850, None)],
    ),
    (
        "The Irish buyer went to 60,000 guineas for the filly in Newmarket.",
        [("60,000 guineas", "money", 63_000, "GBP")],
    ),
    (
        "In 1760 a good horse could be had for 30 guineas.",
        [("1760", "date", 1760, None), ("30 guineas", "money", 31.5, "GBP")],
    ),
    # -- the Guineas as races, Guinea as a country, the guinea pig
    (
        "Notable Speech won the 2,000 Guineas at Newmarket in 2024.",
        [("2024", "date", 2024, None)],
    ),
    ("The Irish 1,000 Guineas is run at the Curragh in May.", []),
    ("She was second in the 1000 Guineas and went on to win the Oaks.", []),
    ("The 2,000 Guineas favourite was scratched on Friday morning.", []),
    (
        "Aidan O'Brien has trained the winner of the 1,000 Guineas seven times.",
        [("seven times", "cardinal", 7, None)],
    ),
    ("Guineas winner Chaldean was retired after the Derby.", []),
    ("Guinea-Bissau held elections in 2019.", [("2019", "date", 2019, None)]),
    ("Papua New Guinea has 22 provinces.", [("22", "cardinal", 22, None)]),
    ("The school keeps three guinea pigs and a rabbit.", [("three", "cardinal", 3, None)]),
    ("Two guinea fowl wandered into the yard.", [("Two", "cardinal", 2, None)]),
    (
        "In 1958 the new vaccine was tested on 40 guinea pigs.",
        [("1958", "date", 1958, None), ("40", "cardinal", 40, None)],
    ),
    # -- half a crown and the florin, before the pound was made decimal
    (
        "In 1958 a haircut cost half a crown.",
        [("1958", "date", 1958, None), ("half a crown", "money", 0.125, "GBP")],
    ),
    (
        "In 1946 his paper round paid half a crown.",
        [("1946", "date", 1946, None), ("half a crown", "money", 0.125, "GBP")],
    ),
    (
        "Her pocket money in 1962 was half a crown.",
        [("1962", "date", 1962, None), ("half a crown", "money", 0.125, "GBP")],
    ),
    (
        "In 1949 she bought the bicycle for two florins.",
        [("1949", "date", 1949, None), ("two florins", "money", 0.2, "GBP")],
    ),
    (
        "In 1952 the match programme cost a florin.",
        [("1952", "date", 1952, None), ("a florin", "money", 0.1, "GBP")],
    ),
    (
        "A seat in the gallery was a florin in 1938.",
        [("a florin", "money", 0.1, "GBP"), ("1938", "date", 1938, None)],
    ),
    (
        "Back in 1955 my father earned three florins a day on the farm.",
        [("1955", "date", 1955, None), ("three florins a day", "money", 0.3, "GBP")],
    ),
    (
        "The Dutch guilder, once called the florin, gave way to the euro in 2002.",
        [("2002", "date", 2002, None)],
    ),
    # -- the Crown as the state, as a title, and crowns at the dentist's
    ("In 1936 the Crown took the mines into public ownership.", [("1936", "date", 1936, None)]),
    ("The case was heard at the Crown Court in 1969.", [("1969", "date", 1969, None)]),
    ("Omaha won the Triple Crown in 1935.", [("1935", "date", 1935, None)]),
    (
        "In 1953 a commemorative crown was struck for the coronation.",
        [("1953", "date", 1953, None)],
    ),
    (
        "In 1965 the dentist fitted two crowns.",
        [("1965", "date", 1965, None), ("two", "cardinal", 2, None)],
    ),
    (
        "The Queen wore three crowns in her reign, the last in 1953.",
        [("three", "cardinal", 3, None), ("1953", "date", 1953, None)],
    ),
    ("The Crown's lawyers said the appeal had no merit.", []),
    # -- crowns as the money of today
    ("In Prague a tram ticket costs 30 crowns.", [("30 crowns", "money", 30, "CZK")]),
    ("A beer in a Brno pub is 55 crowns.", [("55 crowns", "money", 55, "CZK")]),
    (
        "Denmark fined the bank 4 million Danish crowns.",
        [("4 million Danish crowns", "money", 4_000_000, "DKK")],
    ),
    (
        "The fine was 10,000 Swedish crowns.",
        [("10,000 Swedish crowns", "money", 10_000, "SEK")],
    ),
    (
        "A night in an Oslo hotel costs 1,500 crowns.",
        [("1,500 crowns", "money", 1500, "NOK")],
    ),
    (
        "In Copenhagen a sandwich costs 75 crowns.",
        [("75 crowns", "money", 75, "DKK")],
    ),
    (
        "In Stockholm a coffee costs 45 crowns.",
        [("45 crowns", "money", 45, "SEK")],
    ),
    (
        "The Czech government set the minimum wage at 18,900 crowns a month.",
        [("18,900 crowns a month", "money", 18_900, "CZK")],
    ),
    (
        "Norway's budget allows 350 billion Norwegian crowns from the fund.",
        [("350 billion Norwegian crowns", "money", 350_000_000_000, "NOK")],
    ),
    (
        "The Swedish government set aside 2 billion crowns for the army in 2023.",
        [("2 billion crowns", "money", 2_000_000_000, "SEK"), ("2023", "date", 2023, None)],
    ),
    (
        "In 1968 a Prague tram ticket cost one crown.",
        [("1968", "date", 1968, None), ("one crown", "money", 1, "CZK")],
    ),
    # -- shillings and pounds beside old money, as read before
    (
        "In 1960 a loaf cost one shilling and the bus two shillings.",
        [
            ("1960", "date", 1960, None),
            ("one shilling", "money", 0.05, "GBP"),
            ("two shillings", "money", 0.1, "GBP"),
        ],
    ),
    (
        "In 1957 the hunter made 400 guineas, and the pony £60.",
        [
            ("1957", "date", 1957, None),
            ("400 guineas", "money", 420, "GBP"),
            ("£60", "money", 60, "GBP"),
        ],
    ),
    # -- the points of a share after a verb of being
    (
        "The jobless rate was 5.1%, 0.2 points higher than in June.",
        [("5.1%", "percent", 5.1, "percent"), ("0.2 points", "percent", 0.2, PP)],
    ),
    (
        "Support for the Greens is 12 per cent, two points higher than in spring.",
        [("12 per cent", "percent", 12, "percent"), ("two points", "percent", 2, PP)],
    ),
    (
        "The party's vote share was 31 per cent, four points below its result in 2019.",
        [
            ("31 per cent", "percent", 31, "percent"),
            ("four points", "percent", 4, PP),
            ("2019", "date", 2019, None),
        ],
    ),
    (
        "Turnout was 62 per cent, five points down on the last election.",
        [("62 per cent", "percent", 62, "percent"), ("five points", "percent", 5, PP)],
    ),
    (
        "Brazil's jobless rate was 7.9%, 0.6 points lower than a year ago.",
        [("7.9%", "percent", 7.9, "percent"), ("0.6 points", "percent", 0.6, PP)],
    ),
    (
        "Unemployment among women is 4.8 per cent, down by 0.3 points on the year.",
        [("4.8 per cent", "percent", 4.8, "percent"), ("0.3 points", "percent", 0.3, PP)],
    ),
    (
        "The mortgage rate is now 4.5%, 1.5 points above the base rate.",
        [("4.5%", "percent", 4.5, "percent"), ("1.5 points", "percent", 1.5, PP)],
    ),
    (
        "The Nationals' primary vote was 9 per cent, up two points.",
        [("9 per cent", "percent", 9, "percent"), ("two points", "percent", 2, PP)],
    ),
    (
        "India's inflation rate was 5.7 per cent in December, 0.2 points lower than in November.",
        [("5.7 per cent", "percent", 5.7, "percent"), ("0.2 points", "percent", 0.2, PP)],
    ),
    (
        "Trust in the police is 48%, six points lower than in 2020.",
        [
            ("48%", "percent", 48, "percent"),
            ("six points", "percent", 6, PP),
            ("2020", "date", 2020, None),
        ],
    ),
    (
        "The ANC's share was 40.2 per cent, 17 points down on 2019.",
        [
            ("40.2 per cent", "percent", 40.2, "percent"),
            ("17 points", "percent", 17, PP),
            ("2019", "date", 2019, None),
        ],
    ),
    (
        "Her approval rating is 41%, three points higher than last month.",
        [("41%", "percent", 41, "percent"), ("three points", "percent", 3, PP)],
    ),
    # -- the points of an index, a league or a game, beside a per cent or a verb of being
    (
        "The Dow was 0.4% lower at the close, down 150 points.",
        [("0.4%", "percent", 0.4, "percent"), ("150 points", "cardinal", 150, None)],
    ),
    (
        "The Sensex is 2% off its peak after losing 1,400 points this week.",
        [("2%", "percent", 2, "percent"), ("1,400 points", "cardinal", 1400, None)],
    ),
    (
        "The index was 1.2% higher, up 98 points.",
        [("1.2%", "percent", 1.2, "percent"), ("98 points", "cardinal", 98, None)],
    ),
    (
        "Wrexham are on 78 points, four points clear at the top.",
        [("78 points", "cardinal", 78, None), ("four points", "cardinal", 4, None)],
    ),
    (
        "Chelsea's tally is 54 points, 12 points behind the leaders.",
        [("54 points", "cardinal", 54, None), ("12 points", "cardinal", 12, None)],
    ),
    (
        "Celtic's lead is 11 points, and their goal difference is 40.",
        [("11 points", "cardinal", 11, None), ("40", "cardinal", 40, None)],
    ),
    (
        "The Hang Seng was 3% down at lunch, having shed 520 points.",
        [("3%", "percent", 3, "percent"), ("520 points", "cardinal", 520, None)],
    ),
    (
        "The Warriors were 50 points clear, and their win rate was 70 per cent.",
        [("50 points", "cardinal", 50, None), ("70 per cent", "percent", 70, "percent")],
    ),
    (
        "Her score was 88 points, four points higher than last year.",
        [("88 points", "cardinal", 88, None), ("four points", "cardinal", 4, None)],
    ),
    # -- an adverb between "by" and the points
    (
        "The Conservatives' share fell by just two points to 27 per cent.",
        [("two points", "percent", 2, PP), ("27 per cent", "percent", 27, "percent")],
    ),
    (
        "The rate was cut by only 0.5 points to 3.5 per cent.",
        [("0.5 points", "percent", 0.5, PP), ("3.5 per cent", "percent", 3.5, "percent")],
    ),
    (
        "Support for independence rose by a further three points to 52%.",
        [("three points", "percent", 3, PP), ("52%", "percent", 52, "percent")],
    ),
    (
        "Fianna Fáil's vote rose by another four points to 23 per cent.",
        [("four points", "percent", 4, PP), ("23 per cent", "percent", 23, "percent")],
    ),
    (
        "The jobless rate dropped by just 0.1 points to 3.9% in May.",
        [("0.1 points", "percent", 0.1, PP), ("3.9%", "percent", 3.9, "percent")],
    ),
    (
        "The Lakers won by just four points, shooting 48% from the field.",
        [("four points", "cardinal", 4, None), ("48%", "percent", 48, "percent")],
    ),
    ("Leinster won by only three points at the Aviva.", [("three points", "cardinal", 3, None)]),
    (
        "The All Blacks lost by just two points, having led by 10 points at half-time.",
        [("two points", "cardinal", 2, None), ("10 points", "cardinal", 10, None)],
    ),
    # -- a poll's margin of error in points
    (
        "The survey of 1,200 voters has a margin of error of three points.",
        [("1,200", "cardinal", 1200, None), ("three points", "percent", 3, PP)],
    ),
    (
        "Labour leads on 41 per cent; the margin of error is three points.",
        [("41 per cent", "percent", 41, "percent"), ("three points", "percent", 3, PP)],
    ),
    (
        "The poll's margin of error was plus or minus 3.5 points.",
        [("3.5 points", "percent", 3.5, PP)],
    ),
    (
        "With a margin of error of four points, the race is a dead heat.",
        [("four points", "percent", 4, PP)],
    ),
    (
        "The Angus Reid survey, of 1,600 Canadians, carries a margin of error of 2.5 points.",
        [("1,600", "cardinal", 1600, None), ("2.5 points", "percent", 2.5, PP)],
    ),
    (
        "The margin of victory was 12 points, the widest of the season.",
        [("12 points", "cardinal", 12, None)],
    ),
    ("Ireland won by a margin of 20 points.", [("20 points", "cardinal", 20, None)]),
    # -- a pound after a verb of being, and a pound over a limit
    ("Entry is a pound, and children go free.", [("a pound", "money", 1, "GBP")]),
    ("Admission was a pound at the door.", [("a pound", "money", 1, "GBP")]),
    ("A cup of tea at the fete is a pound.", [("a pound", "money", 1, "GBP")]),
    ("The baby was a pound lighter than her twin.", [("a pound", "quantity", 1, "pound")]),
    ("The boxer weighed in a pound over the limit.", [("a pound", "quantity", 1, "pound")]),
    ("The pound is weaker than a year ago.", []),
    ("A pound of butter is £2.50 at the market.", [("£2.50", "money", 2.5, "GBP")]),
    # -- a clock time after a verb of being
    ("Bedtime is 7.30 on school nights.", []),
    ("Kick-off is 3.00 on Saturday.", []),
    ("Last orders are 10.45, the landlord said.", []),
    ("The deadline is 5.30 on Friday.", []),
    ("Check-out is 11.00 and breakfast ends at 10.", []),
    ("The pH of the pool is 7.30.", [("7.30", "cardinal", 7.3, None)]),
    (
        "The exchange rate is 7.30 yuan to the dollar.",
        [("7.30 yuan to the dollar", "money", 7.3, "CNY")],
    ),
    ("His batting average is 7.30 this season.", [("7.30", "cardinal", 7.3, None)]),
    (
        "The share price is 3.15, down from 3.40.",
        [("3.15", "cardinal", 3.15, None), ("3.40", "cardinal", 3.4, None)],
    ),
    # -- household and history, read as they are
    (
        "In 1966 the bus fare into town was one shilling.",
        [("1966", "date", 1966, None), ("one shilling", "money", 0.05, "GBP")],
    ),
    (
        "The family of five lived on £4 a week in 1948.",
        [
            ("five", "cardinal", 5, None),
            ("£4 a week", "money", 4, "GBP"),
            ("1948", "date", 1948, None),
        ],
    ),
    (
        "The Crown Estate paid £1.1 billion to the Treasury in 2023.",
        [("£1.1 billion", "money", 1_100_000_000, "GBP"), ("2023", "date", 2023, None)],
    ),
    (
        "A crown green bowls club in Bolton has 60 members.",
        [("60", "cardinal", 60, None)],
    ),
    (
        "Racegoers paid £25 to see the Guineas on Saturday.",
        [("£25", "money", 25, "GBP")],
    ),
    (
        "The Czech koruna fell 0.5% against the euro.",
        [("0.5%", "percent", 0.5, "percent")],
    ),
    (
        "Sweden's krona has lost 10 per cent of its value since 2020.",
        [("10 per cent", "percent", 10, "percent"), ("2020", "date", 2020, None)],
    ),
    (
        "The Labour vote was 33.7 per cent, the lowest since 1918.",
        [("33.7 per cent", "percent", 33.7, "percent"), ("1918", "date", 1918, None)],
    ),
    (
        "Scotland are third on 12 points after three games.",
        [
            ("third", "ordinal", 3, None),
            ("12 points", "cardinal", 12, None),
            ("three", "cardinal", 3, None),
        ],
    ),
    (
        "In 1921 the cottage rented for seven shillings a week.",
        [("1921", "date", 1921, None), ("seven shillings a week", "money", 0.35, "GBP")],
    ),
    (
        "In 1940 a florin and a shilling bought the week's bread.",
        [
            ("1940", "date", 1940, None),
            ("a florin", "money", 0.1, "GBP"),
            ("a shilling", "money", 0.05, "GBP"),
        ],
    ),
    (
        "She sold the stallion for 5,000 guineas in 1963 and bought a farm.",
        [("5,000 guineas", "money", 5250, "GBP"), ("1963", "date", 1963, None)],
    ),
    (
        "The Danish crown was pegged to the euro in 1999.",
        [("1999", "date", 1999, None)],
    ),
]

#: The sentences read wrong, each a limit stated on docs/plugins/numbers.md.
LIMITS: dict[str, str] = {
    "Check-out is 11.00 and breakfast ends at 10.": "an hour alone after ends at is a count",
}


@pytest.fixture(scope="module")
def enricher() -> limner.Enricher:
    return limner.Enricher(["numbers"])


@pytest.mark.parametrize(("text", "figures"), rows_as_params(ROWS, LIMITS))
def test_figures_of_old_money_and_the_points_of_a_share(
    enricher: limner.Enricher, text: str, figures: list[Figure]
) -> None:
    assert_read_right(enricher, text, figures)


def test_the_table_holds_at_least_100_sentences_each_figure_in_its_words() -> None:
    assert len(ROWS) >= 100
    assert_figures_in_words(ROWS)


if __name__ == "__main__":  # pragma: no cover
    report(ROWS)
