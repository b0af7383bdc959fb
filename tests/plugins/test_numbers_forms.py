"""Tests of the numbers plugin on the whole of written English numbers (each form a table).

Decimals without a leading zero, composed number words, scale suffixes and
notation, ages, temperatures, percent in every form, compound measures,
dimensions, ratios and money in words; num2words is the oracle for ordinals in
words.  Bad input: runs of figures, towers of powers, huge and mixed-script
numbers stay linear and give values a float holds or null.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from num2words import num2words

import limner
from tests.plugins.support import annotated, only
from tests.scaling import assert_cpu_linear, assert_linear


@pytest.fixture(scope="module")
def enricher() -> limner.Enricher:
    return limner.Enricher(["numbers"])


def one(enricher: limner.Enricher, text: str, surface: str) -> dict[str, Any]:
    return only(enricher, text, "number", surface)


def close(a: float | None, b: float) -> bool:
    return a is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def check(n: dict[str, Any], value: float | None, category: str, unit: str | None) -> None:
    assert (n["category"], n["unit"]) == (category, unit), n
    assert (value is None and n["value"] is None) or close(n["value"], value), n  # type: ignore[arg-type]


# -- decimals without a leading zero ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value", "category", "unit"),
    [
        ("The library lent .07 of its books.", ".07", 0.07, "cardinal", None),
        ("Prices rose .5 percent last month.", ".5 percent", 0.5, "percent", "percent"),
        ("The reading fell to -.25 overnight.", "-.25", -0.25, "cardinal", None),
        ("A stamp costs $.50 now.", "$.50", 0.5, "money", "USD"),
        ("The bank cut rates by .75 percentage points.", ".75 percentage points", 0.75,
         "percent", "percentage point"),
    ],
)
def test_decimals_without_a_leading_zero(enricher: limner.Enricher, text: str, surface: str,
                                         value: float, category: str, unit: str | None) -> None:
    check(one(enricher, text, surface), value, category, unit)


@pytest.mark.parametrize("text", ["It ended...5 more to go", "See No.5 and v.5 of the plan."])
def test_a_dot_after_a_word_or_dot_is_no_decimal_point(enricher: limner.Enricher,
                                                       text: str) -> None:
    assert all(not n["surface"].startswith(".") for n in annotated(enricher, text, "number"))


# -- numbers in words, composed ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value", "category"),
    [
        ("She ate one and a half pizzas.", "one and a half", 1.5, "cardinal"),
        ("The answer was two and a third.", "two and a third", 7 / 3, "cardinal"),
        ("Three quarters of voters agreed.", "Three quarters", 0.75, "fraction"),
        ("The total is forty and two sevenths.", "forty and two sevenths", 40 + 2 / 7,
         "cardinal"),
        ("It measures a thousandth of a second.", "a thousandth of a second", 0.001, "quantity"),
        ("The fault lasted a millionth.", "a millionth", 1e-6, "fraction"),
        ("Pi is three point one four.", "three point one four", 3.14, "cardinal"),
        ("She baked a dozen and a half muffins.", "a dozen and a half", 18, "cardinal"),
        ("He bought four dozen eggs.", "four dozen", 48, "cardinal"),
        ("We spent a couple of days there.", "a couple of", 2, "cardinal"),
        ("It happened four and twenty years ago.", "four and twenty years", 24, "quantity"),
        ("A quarter of a million people live there.", "A quarter of a million", 250_000,
         "cardinal"),
        # with hyphens, as British news often writes them
        ("Half-a-million people marched.", "Half-a-million", 500_000, "cardinal"),
        ("About half-a-dozen boats sank.", "half-a-dozen", 6, "cardinal"),
        ("The club paid half-a-billion pounds.", "half-a-billion pounds", 500_000_000, "money"),
        ("She waited half-an-hour.", "half-an-hour", 0.5, "quantity"),
        ("It took half-a-century.", "half-a-century", 0.5, "quantity"),
        ("Only a fifth of the votes were counted.", "a fifth", 0.2, "fraction"),
        ("He won a third title.", "third", 3, "ordinal"),
        ("Sentences were cut by a third.", "a third", 1 / 3, "fraction"),
        ("Almost a third are interested.", "a third", 1 / 3, "fraction"),
        ("The millionth customer won a car.", "millionth", 1_000_000, "ordinal"),
        ("The one hundredth birthday.", "one hundredth", 100, "ordinal"),
        ("The three hundred and sixth day.", "three hundred and sixth", 306, "ordinal"),
    ],
)
def test_composed_number_words(enricher: limner.Enricher, text: str, surface: str, value: float,
                               category: str) -> None:
    n = one(enricher, text, surface)
    assert n["category"] == category and close(n["value"], value), n


@pytest.mark.parametrize(
    "text", ["It took a quarter century.", "Wait a half hour.", "In a quarter, sales fell."]
)
def test_a_quarter_or_a_half_before_a_noun_never_raises(enricher: limner.Enricher,
                                                        text: str) -> None:
    for n in annotated(enricher, text, "number"):
        # a fraction, or the part of a period ("a quarter century" is 0.25 century)
        assert n["category"] in ("fraction", "quantity") and n["value"] in (0.25, 0.5), n


def test_dozens_is_vague_and_a_couple_alone_is_no_figure(enricher: limner.Enricher) -> None:
    n = one(enricher, "Dozens of people waited.", "Dozens")
    assert n["vague"] is True and n["value"] is None and n["low"] == 24
    assert annotated(enricher, "The couple left early.", "number") == []


def test_twenty_and_three_in_a_list_are_two_figures(enricher: limner.Enricher) -> None:
    nums = annotated(enricher, "He named twenty and three more.", "number")
    assert [(n["surface"], n["value"]) for n in nums] == [("twenty", 20), ("three", 3)]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**8))
def test_ordinals_in_words_read_back(n: int) -> None:
    """num2words is the oracle: "the <n-th> visitor" is one ordinal of value n."""
    words = num2words(n, to="ordinal")
    text = f"It was the {words} visitor."
    nums = limner.enrich(text, plugins=["numbers"]).select("number")
    assert [(text[a.start:a.end], a.get("value"), a.get("category")) for a in nums] == [
        (words, n, "ordinal")]


# -- scale suffixes and notation ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Our channel passed 4.7 k subscribers.", "4.7 k", 4700),
        ("The firm has 12k employees.", "12k", 12_000),
        ("The cluster stores 25G records.", "25G", 25e9),
        ("The model has 3.5 bn parameters.", "3.5 bn", 3.5e9),
        ("The model has 3.5bn parameters.", "3.5bn", 3.5e9),
        ("The probe flew 1.5e6 kilometres.", "1.5e6 kilometres", 1.5e6),
        ("A cell divides into 2^10 cells.", "2^10", 1024),
        ("The error is 10^-3 of the signal.", "10^-3", 0.001),
        ("The sample held 2.5 × 10^6 cells.", "2.5 × 10^6", 2.5e6),
        ("A kibibyte is 8x2^10 bits.", "8x2^10 bits", 8192),
        ("The low fell to - 7 overnight.", "- 7", -7),
        ("A crowd of 1 000 000 gathered.", "1 000 000", 1_000_000),
        ("A crowd of 1\u00a0000\u00a0000 gathered.", "1\u00a0000\u00a0000", 1_000_000),
        ("A crowd of 12\u2009500 gathered.", "12\u2009500", 12_500),
        ("A crowd of 12\u202f500 gathered.", "12\u202f500", 12_500),
        ("The index rose to 1 234.5 points.", "1 234.5 points", 1234.5),
        ("He wrote １２ chapters.", "１２", 12),
        ("The shop has １,２５０ items.", "１,２５０", 1250),
        ("The shop has 1２5０ items.", "1２5０", 1250),
        ("It holds ٣٤ books.", "٣٤", 34),
    ],
)
def test_scale_suffixes_and_notation(enricher: limner.Enricher, text: str, surface: str,
                                     value: float) -> None:
    assert close(one(enricher, text, surface)["value"], value)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The 5G network and 2.5G phones.", "5G"),
        ("Profits reached £50bn - 14% higher than planned.", "- 14%"),
        ("Ten minus 5 is five; 10 - 7 is three.", "- 7"),
    ],
)
def test_what_is_not_a_scale_or_a_sign(enricher: limner.Enricher, text: str, absent: str) -> None:
    assert absent not in [n["surface"] for n in annotated(enricher, text, "number")]


# -- ages ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value", "counted"),
    [
        ("A 27-year-old man was arrested.", "27-year-old", 27, "man"),
        ("He retired aged 65.", "aged 65", 65, None),
        ("He is 27 years old.", "27 years old", 27, None),
        ("She is eighty-two years of age.", "eighty-two years of age", 82, None),
        ("A six-month-old baby was found.", "six-month-old", 0.5, "baby"),
        ("He learned at the age of six.", "at the age of six", 6, None),
        ("John Smith (27) was charged.", "(27)", 27, "John Smith"),
        ("Maria Lopez, 34, of Madrid won.", "34", 34, "Maria Lopez"),
        ("The driver, 45, was taken to hospital.", "45", 45, "driver"),
    ],
)
def test_ages(enricher: limner.Enricher, text: str, surface: str, value: float,
              counted: str | None) -> None:
    n = one(enricher, text, surface)
    check(n, value, "age", "year")
    assert n["counted"] == counted


@pytest.mark.parametrize(
    ("text", "surface", "value", "qualifier", "low", "high"),
    [
        ("A third of people over the age of 65 live alone.", "the age of 65", 65, "over",
         65, None),
        ("Over 40% of people over the age of 65 live alone.", "the age of 65", 65, "over",
         65, None),
        ("Children under the age of 16 were barred.", "the age of 16", 16, "under", None, 16),
        ("She has played from the age of 12.", "the age of 12", 12, None, None, None),
        ("He has lived there since the age of five.", "the age of five", 5, None, None, None),
        ("By the age of 30, she ran the firm.", "the age of 30", 30, None, None, None),
    ],
)
def test_the_age_of_a_figure_is_an_age_after_any_word(
        enricher: limner.Enricher, text: str, surface: str, value: int, qualifier: str | None,
        low: int | None, high: int | None) -> None:
    """"the age of 65" names an age whatever comes before it, as "at the age of 65" does:
    "over the age of 65" is an age with its qualifier ``over`` (``low`` 65), "under the age
    of 16" one with ``under`` (``high`` 16), and "from", "since" or "by" the age of a figure
    an age; the span is "the age of" and the figure ("at" stays in the span of "at the age
    of", as before)."""
    n = one(enricher, text, surface)
    check(n, value, "age", "year")
    assert (n["qualifier"], n["low"], n["high"]) == (qualifier, low, high), n


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("The actor, in his 60s, lives in Paris.", "in his 60s", 60, 69),
        ("She was in her early thirties.", "in her early thirties", 30, 33),
        ("A man in his late 40s was seen.", "in his late 40s", 47, 49),
        ("She is in her early 100s.", "in her early 100s", 100, 103),
    ],
)
def test_ages_as_decades_of_life(enricher: limner.Enricher, text: str, surface: str, low: int,
                                 high: int) -> None:
    n = one(enricher, text, surface)
    assert (n["category"], n["value"], n["low"], n["high"]) == ("age", low // 10 * 10, low, high)


@pytest.mark.parametrize(
    "text",
    [
        "New Zealand (1), Scotland (8), Tonga, Ireland.",  # seeds in a draw
        "Replacements: Priscott for Roberts (71), Green for Dowd (71).",  # minutes
        "In total, 45, were counted.",
    ],
)
def test_what_is_no_age(enricher: limner.Enricher, text: str) -> None:
    assert all(n["category"] != "age" for n in annotated(enricher, text, "number"))


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("The under-18s were banned.", "under-18s", None, 18),
        ("The under-21s won the cup.", "under-21s", None, 21),
        ("The over-65s voted to leave.", "over-65s", 65, None),
        ("The England Under 21s lost.", "Under 21s", None, 21),
        ("The over-50s club met.", "over-50s", 50, None),
    ],
)
def test_age_groups_under_and_over(enricher: limner.Enricher, text: str, surface: str,
                                   low: int | None, high: int | None) -> None:
    n = one(enricher, text, surface)
    check(n, low or high, "age", "year")
    assert (n["low"], n["high"]) == (low, high), n


# -- a plural "s" glued to digits: no second ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "low", "counted"),
    [
        ("100s of homes were lost.", "100s", 200, "homes"),
        ("1000s of people marched.", "1000s", 2000, "people"),
        ("10s of thousands fled.", "10s of thousands", 20_000, None),
    ],
)
def test_a_round_plural_before_of_is_a_vague_count(enricher: limner.Enricher, text: str,
                                                   surface: str, low: int,
                                                   counted: str | None) -> None:
    n = one(enricher, text, surface)
    assert (n["category"], n["value"], n["vague"], n["low"]) == ("cardinal", None, True, low), n
    assert n["counted"] == counted


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("He rolled two 6s.", "6s", 6),
        ("The team fielded three 18s.", "18s", 18),
        ("Temperatures were in the 100s.", "100s", 100),
    ],
)
def test_the_plural_of_a_numeral_is_a_cardinal(enricher: limner.Enricher, text: str,
                                               surface: str, value: int) -> None:
    check(one(enricher, text, surface), value, "cardinal", None)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("It took 10 s to load.", "10 s", 10),
        ("It took 10sec to load.", "10sec", 10),
        ("It took 10 seconds to load.", "10 seconds", 10),
        ("He ran it in 9.58s.", "9.58s", 9.58),
        ("He ran 2min 10s.", "2min 10s", 130),
        ("He ran 2 minutes 10s.", "2 minutes 10s", 130),
    ],
)
def test_seconds_need_a_separated_or_unambiguous_form(enricher: limner.Enricher, text: str,
                                                      surface: str, value: float) -> None:
    check(one(enricher, text, surface), value, "quantity", "second")


@pytest.mark.parametrize(
    ("text", "surface", "low", "date"),
    [
        ("It grew in the 1990s.", "1990s", 1990, "1990s"),
        ("It was built in the 1900s.", "1900s", 1900, "1900s"),
        ("Music of the '90s.", "90s", 90, "90s"),
        ("The 1960s of my youth.", "1960s", 1960, "1960s"),
    ],
)
def test_decades_are_years_ending_in_zero(enricher: limner.Enricher, text: str, surface: str,
                                          low: int, date: str) -> None:
    n = one(enricher, text, surface)
    assert (n["category"], n["low"], n["date"]) == ("date", low, date), n


# -- temperatures ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("It reached 40C in Seville.", "40C", 40, "degree Celsius"),
        ("The reading was 104F at noon.", "104F", 104, "degree Fahrenheit"),
        ("Cook at 180 deg celsius.", "180 deg celsius", 180, "degree Celsius"),
        ("Lows of 12 deg C are expected.", "12 deg C", 12, "degree Celsius"),
        ("It was 75 degrees F in the shade.", "75 degrees F", 75, "degree Fahrenheit"),
        ("The lake froze at -3 fahrenheit.", "-3 fahrenheit", -3, "degree Fahrenheit"),
        ("Overnight it fell to minus 5 degrees.", "minus 5 degrees", -5, "degree"),
        ("Temperatures dropped to minus 10C.", "minus 10C", -10, "degree Celsius"),
        ("Helium liquefies at 4.2 K.", "4.2 K", 4.2, "kelvin"),
        ("Nitrogen boils at 77K.", "77K", 77, "kelvin"),
        ("Absolute zero is cold.", "Absolute zero", 0, "kelvin"),
        ("Turn the wheel 90 degrees.", "90 degrees", 90, "degree"),
    ],
)
def test_temperatures(enricher: limner.Enricher, text: str, surface: str, value: float,
                      unit: str) -> None:
    check(one(enricher, text, surface), value, "quantity", unit)


def test_k_before_a_word_is_a_thousand(enricher: limner.Enricher) -> None:
    check(one(enricher, "The account has 77K followers.", "77K"), 77_000, "cardinal", None)


# -- percent -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Forty percent of the class passed.", "Forty percent", 40, "percent"),
        ("Support fell to sixty per cent.", "sixty per cent", 60, "percent"),
        ("About fifty percentage of votes.", "fifty percentage", 50, "percent"),
        ("The fee is 3 pct of the sale.", "3 pct", 3, "percent"),
        ("Thirty % of users left.", "Thirty %", 30, "percent"),
        ("A rise of 5 percents.", "5 percents", 5, "percent"),
        ("The rate rose by 2 percentage points.", "2 percentage points", 2, "percentage point"),
        ("It fell by half a percentage point.", "half a percentage point", 0.5,
         "percentage point"),
        ("Sales were down 3.2pc on the year.", "3.2pc", 3.2, "percent"),
    ],
)
def test_percent_in_every_form(enricher: limner.Enricher, text: str, surface: str, value: float,
                               unit: str) -> None:
    check(one(enricher, text, surface), value, "percent", unit)


# -- compound measures ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("He is 6ft 2in tall.", "6ft 2in", 74, "inch"),
        ("He is 5ft 9in and slim.", "5ft 9in", 69, "inch"),
        ("She stands 5 feet 11 inches.", "5 feet 11 inches", 71, "inch"),
        ("The film runs 1 hr 20 min.", "1 hr 20 min", 80, "minute"),
        ("The baby weighed 3 lb 4 oz.", "3 lb 4 oz", 52, "ounce"),
        ("He weighs 12 stone 6 pounds.", "12 stone 6 pounds", 174, "pound"),
        ("It ran 1 hour 20 minutes 30 seconds.", "1 hour 20 minutes 30 seconds", 4830, "second"),
        ("It is 6 ft 2½ in tall.", "6 ft 2½ in", 74.5, "inch"),
    ],
)
def test_compound_measures(enricher: limner.Enricher, text: str, surface: str, value: float,
                           unit: str) -> None:
    check(one(enricher, text, surface), value, "quantity", unit)


def test_measures_joined_by_and_or_commas_stay_a_list(enricher: limner.Enricher) -> None:
    nums = annotated(enricher, "It took 3 years, 2 months and 1 hour and 45 minutes.", "number")
    assert [n["value"] for n in nums] == [3, 2, 1, 45]


# -- dimensions ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The flat covers 85 square metres.", "85 square metres", 85, "square metre"),
        ("The office has 2,000 sq ft of space.", "2,000 sq ft", 2000, "square foot"),
        ("A 5,000-square-foot house.", "5,000-square-foot", 5000, "square foot"),
        ("The tank holds 40 litres.", "40 litres", 40, "litre"),
        ("Add 8 fl oz of milk.", "8 fl oz", 8, "fluid ounce"),
        ("The box weighs 20 pounds.", "20 pounds", 20, "pound"),
        ("The car reached 120 mph.", "120 mph", 120, "mile per hour"),
        ("The phone has 128 GB of storage.", "128 GB", 128, "gigabyte"),
        ("The plan offers 100 Mbps.", "100 Mbps", 100, "megabit per second"),
        ("The plant produces 1.2 GW.", "1.2 GW", 1.2, "gigawatt"),
        ("The house uses 500 kWh a year.", "500 kWh", 500, "kilowatt hour"),
        ("The car does 30 mpg.", "30 mpg", 30, "mile per gallon"),
        ("The car uses 6.5 L/100km.", "6.5 L/100km", 6.5, "litre per 100 kilometres"),
        ("The drive spins at 7,200 rpm.", "7,200 rpm", 7200, "revolution per minute"),
        ("The noise reached 120 dB.", "120 dB", 120, "decibel"),
        # from the table derived from quantulum3's registry
        ("The tyre holds 3 atm.", "3 atm", 3, "standard atmosphere"),
        ("The beam bears 20 kN.", "20 kN", 20, "kilonewton"),
        ("The blast was 15 kilotons.", "15 kilotons", 15, "kiloton"),
    ],
)
def test_dimensions(enricher: limner.Enricher, text: str, surface: str, value: float,
                    unit: str) -> None:
    check(one(enricher, text, surface), value, "quantity", unit)


def test_the_derived_unit_table_is_what_its_script_builds() -> None:
    pytest.importorskip("quantulum3", reason="quantulum3 (the peers extra) builds the table")
    import limner_numbers
    from limner_numbers.data.build_units import build

    shipped = Path(limner_numbers.__file__).parent / "data" / "units.json"
    built = build()
    assert json.loads(shipped.read_text("utf-8")) == json.loads(json.dumps(built))


# -- ratios --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("One in five adults smoke.", "One in five", 0.2),
        ("1 in 3 people will get it.", "1 in 3", 1 / 3),
        ("One in every four homes has a dog.", "One in every four", 0.25),
        ("Nine out of ten dentists agree.", "Nine out of ten", 0.9),
        ("One in a million people have it.", "one in a million", 1e-6),
        ("The mix is 3:1 sand to cement.", "3:1", 3),
        ("A 50:50 split.", "50:50", 1),
        ("A 60:40 split.", "60:40", 1.5),
        ("Odds are 10 to 1 against.", "10 to 1", 10),
        ("She won by a margin of two to one.", "two to one", 2),
        ("Crime fell to 5 per 1,000 people.", "5 per 1,000", 0.005),
        ("Income is $40,000 per capita.", "$40,000 per capita", 40_000),
    ],
)
def test_ratios(enricher: limner.Enricher, text: str, surface: str, value: float) -> None:
    nums = annotated(enricher, text, "number")
    (n,) = [x for x in nums if x["surface"].lower() == surface.lower()]
    assert n["category"] == "ratio" and close(n["value"], value), n


@pytest.mark.parametrize(
    "text",
    ["We met at 10:30 am.", "We met at 12:45.", "He scored 14 goals in 20 games.",
     "Prices fell from 5 to 1 euro.", "He lost the next one in 1992."],
)
def test_what_is_no_ratio(enricher: limner.Enricher, text: str) -> None:
    assert all(n["category"] != "ratio" for n in annotated(enricher, text, "number"))


# -- money ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The firm raised C$ 3.2 million.", "C$ 3.2 million", 3.2e6, "CAD"),
        ("A deal worth 900 million Swedish kronor.", "900 million Swedish kronor", 9e8, "SEK"),
        ("The house sold for Rs 5 crore.", "Rs 5 crore", 5e7, "INR"),
        ("The project cost Rs 2.5 lakh.", "Rs 2.5 lakh", 250_000, "INR"),
        ("The budget is ¥500bn.", "¥500bn", 5e11, "JPY"),
        ("The grant was $5.5-million.", "$5.5-million", 5.5e6, "USD"),
        ("The painting sold for 20,000 Danish kroner.", "20,000 Danish kroner", 20_000, "DKK"),
        ("He paid 300 Czech koruna.", "300 Czech koruna", 300, "CZK"),
        ("The ransom was 10,000 Malagasy ariary.", "10,000 Malagasy ariary", 10_000, "MGA"),
        ("She found 5,000 Deutsche Marks.", "5,000 Deutsche Marks", 5000, "DEM"),
        ("The car cost DM 20,000 then.", "DM 20,000", 20_000, "DEM"),
        ("The fine was 50 Bulgarian lev.", "50 Bulgarian lev", 50, "BGN"),
        ("The cost was ₹12 crore.", "₹12 crore", 1.2e8, "INR"),
        ("He paid ten quid for it.", "ten quid", 10, "GBP"),
        ("It cost 20 bucks.", "20 bucks", 20, "USD"),
    ],
)
def test_money_in_words_and_abbreviations(enricher: limner.Enricher, text: str, surface: str,
                                          value: float, unit: str) -> None:
    check(one(enricher, text, surface), value, "money", unit)


def test_five_lakh_alone_is_a_count(enricher: limner.Enricher) -> None:
    check(one(enricher, "He earns 5 lakh a year.", "5 lakh"), 500_000, "cardinal", None)


def test_grand_is_a_thousand_but_not_a_grand_slam(enricher: limner.Enricher) -> None:
    check(one(enricher, "The car cost five grand.", "five grand"), 5000, "cardinal", None)
    check(one(enricher, "He earns 40 grand a year.", "40 grand"), 40_000, "cardinal", None)
    check(one(enricher, "She won five grand slams.", "five"), 5, "cardinal", None)


@pytest.mark.parametrize(
    ("after", "thousands"),
    [(".", True), (" on Monday.", True), (" in cash.", True), (" back.", True), ("!", True),
     (" slams.", False), (" prix.", False), ("-slam winner.", False), (" old house.", False)],
)
def test_grand_reads_the_same_after_money_as_after_a_count(
        enricher: limner.Enricher, after: str, thousands: bool) -> None:
    """One reading of "grand" serves an amount of money and a bare count: each is thousands
    before the same words and neither before a noun of its own."""
    money = one(enricher, f"He paid £3 grand{after}", "£3 grand" if thousands else "£3")
    count = one(enricher, f"He paid three grand{after}", "three grand" if thousands else "three")
    assert (money["value"], count["value"]) == ((3000, 3000) if thousands else (3, 3))


def test_grand_after_a_currency_is_a_thousand_of_it(enricher: limner.Enricher) -> None:
    check(one(enricher, "He got £3 grand for it.", "£3 grand"), 3000, "money", "GBP")
    check(one(enricher, "They paid $50 grand for it.", "$50 grand"), 50_000, "money", "USD")
    # without a currency written, a thousand is a count, as "3k" is
    check(one(enricher, "He was fined three grand.", "three grand"), 3000, "cardinal", None)
    check(one(enricher, "He was fined 3k.", "3k"), 3000, "cardinal", None)


# -- orders of magnitude: "six figures", "double digits" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("He owes the taxman six figures.", "six figures", 100_000, 999_999),
        ("It was a six-figure sum.", "six-figure", 100_000, 999_999),
        ("They signed a seven-figure deal.", "seven-figure", 1_000_000, 9_999_999),
        ("She wanted to earn a 6 figure salary.", "6 figure", 100_000, 999_999),
        ("The bill ran into five figures.", "five figures", 10_000, 99_999),
        ("Inflation is running at double digits.", "double digits", 10, 99),
        ("They reported double-digit growth.", "double-digit", 10, 99),
        ("We have single-digit inflation.", "single-digit", 1, 9),
        ("Temperatures hit triple digits.", "triple digits", 100, 999),
        ("The claims will not be in double-digit billions.", "double-digit billions", 10**10,
         10**11 - 1),
    ],
)
def test_figures_and_digits_name_an_order_of_magnitude(
        enricher: limner.Enricher, text: str, surface: str, low: int, high: int) -> None:
    n = one(enricher, text, surface)
    assert (n["category"], n["value"], n["low"], n["high"]) == ("range", None, low, high), n
    assert n["counted"] not in ("figures", "figure", "digits", "digit"), n
    assert [a["surface"] for a in annotated(enricher, text, "number")] == [surface]


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("The bill ran into the low five figures.", "five figures", 10_000, 39_999),
        ("Growth will be in the mid-single digits.", "single digits", 4, 6),
        ("Analysts expect high single-digit sales growth.", "single-digit", 7, 9),
        ("Rents rose by a low double-digit percentage.", "double-digit", 10, 39),
        ("It sold for an upper six-figure sum.", "six-figure", 700_000, 999_999),
        ("Losses ran to the high double-digit billions.", "double-digit billions",
         7 * 10**10, 10**11 - 1),
        # a word of a part not right before the idiom leaves it whole
        ("Prices stayed high, in double digits.", "double digits", 10, 99),
        ("Low-income families saw double-digit rises.", "double-digit", 10, 99),
    ],
)
def test_a_part_before_an_order_of_magnitude_narrows_its_first_digit(
        enricher: limner.Enricher, text: str, surface: str, low: int, high: int) -> None:
    """"low", "mid" and "high" ("lower", "upper") right before an order of magnitude narrow
    its first digit to 1 to 3, 4 to 6 and 7 to 9, as "early", "mid" and "late" part a
    decade of life: "the low five figures" is 10,000 to 39,999."""
    n = one(enricher, text, surface)
    assert (n["category"], n["low"], n["high"]) == ("range", low, high), n


def test_an_order_of_magnitude_takes_the_unit_its_sentence_gives(
        enricher: limner.Enricher) -> None:
    n = one(enricher, "The six-figure fee, £250,000, was paid.", "six-figure")
    assert (n["category"], n["unit"], n["low"]) == ("range", "GBP", 100_000), n
    n = one(enricher, "Sales rose 4% after years of double-digit growth.", "double-digit")
    assert (n["unit"], n["low"], n["high"]) == ("percent", 10, 99), n
    n = one(enricher, "Sales grew by double digits. It cost £5.", "double digits")
    assert n["unit"] is None, n  # the money is of another sentence


def test_figures_and_digits_counted_stay_counts(enricher: limner.Enricher) -> None:
    text = "He knew two digits of the code, a double-digit number."
    check(one(enricher, text, "two"), 2, "cardinal", None)
    assert one(enricher, text, "double-digit")["low"] == 10
    text = "Dial a 10-digit number, the three figures show, it is worth six figures."
    check(one(enricher, text, "10"), 10, "cardinal", None)
    check(one(enricher, text, "three"), 3, "cardinal", None)
    assert one(enricher, text, "six figures")["high"] == 999_999
    assert annotated(enricher, "The figures show a rise.", "number") == []
    n = one(enricher, "It is down to three or four figures who count.", "three or four")
    assert (n["low"], n["high"], n["counted"]) == (3, 4, "figures"), n


#: the counts of the sentences below in which figures are people
SMALL_COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


@pytest.mark.parametrize(
    ("money", "surface", "people", "count"),
    [
        ("She earns six figures a year.", "six figures",
         "Six figures from the party were arrested.", "Six"),
        ("They paid him six figures.", "six figures",
         "Three figures from the party were arrested.", "Three"),
        ("The fees ran into six figures.", "six figures",
         "Police named four figures linked to the gang.", "four"),
        ("He wants a salary in six figures.", "six figures",
         "Five figures resigned from the board.", "Five"),
        ("The ring is worth five figures.", "five figures",
         "Seven figures close to the regime fled.", "Seven"),
        ("Sales topped seven figures.", "seven figures",
         "Three figures in the party backed him.", "Three"),
        ("Tuition can start at six figures.", "six figures",
         "He met three figures from the opposition.", "three"),
        ("The deal could lop five figures off costs.", "five figures",
         "Six figures were seen on the roof.", "Six"),
        ("Bids rose to well over six figures.", "six figures",
         "She spoke to six figures in the party.", "six"),
    ],
)
def test_a_plural_count_of_figures_is_a_magnitude_only_where_money_or_size_is_said(
        enricher: limner.Enricher, money: str, surface: str, people: str, count: str) -> None:
    """"N figures" after a verb or preposition of earning, paying, costing or reaching is
    an order of magnitude; elsewhere "figures" are as often people, and N counts them."""
    n = one(enricher, money, surface)
    assert (n["category"], n["value"], n["high"] + 1) == ("range", None, n["low"] * 10), n
    n = one(enricher, people, count)
    assert (n["category"], n["value"], n["counted"]) == ("cardinal", SMALL_COUNTS[count.lower()],
                                                          "figures"), n


def test_a_count_of_figures_after_a_verb_of_paying_and_its_object_is_a_magnitude(
        enricher: limner.Enricher) -> None:
    assert one(enricher, "He owes the taxman six figures.", "six figures")["low"] == 100_000
    assert one(enricher, "It cost them five figures.", "five figures")["low"] == 10_000
    assert one(enricher, "The bill ran into the six figures.", "six figures")["low"] == 100_000
    text = 'His costs were "in the seven figures," he said.'
    assert one(enricher, text, "seven figures")["low"] == 1_000_000
    check(one(enricher, "Five of the six figures in it were wrong.", "six"), 6, "cardinal", None)
    # the object is no noun of a verb of paying: people
    check(one(enricher, "The raid found the gang three figures short.", "three"), 3, "cardinal",
          None)
    # the hyphenated modifier is a magnitude wherever it stands
    assert one(enricher, "Three six-figure bonuses went.", "six-figure")["low"] == 100_000



@pytest.mark.parametrize(
    ("price", "surface", "aim", "count"),
    [
        ("The flat was priced at six figures.", "six figures",
         "Police fired at three figures in the dark.", "three"),
        ("The stake is valued at seven figures.", "seven figures",
         "Troops shot at four figures on the ridge.", "four"),
        ("Losses were put at five figures.", "five figures",
         "She waved at five figures across the street.", "five"),
        ("The bill now stands at six figures.", "six figures",
         "He looked at three figures in the photograph.", "three"),
        ("Its worth was pegged at around seven figures.", "seven figures",
         "The boy pointed at four figures on the hill.", "four"),
    ],
)
def test_at_before_a_count_of_figures_is_of_money_only_after_a_word_of_price(
        enricher: limner.Enricher, price: str, surface: str, aim: str, count: str) -> None:
    """"at" makes a plural count of figures an order of magnitude only after a word of
    price, value, reaching or being put ("priced at six figures"); after a verb of aiming,
    shooting or looking the figures are people or shapes, and N counts them."""
    n = one(enricher, price, surface)
    assert (n["category"], n["value"], n["high"] + 1) == ("range", None, n["low"] * 10), n
    n = one(enricher, aim, count)
    assert (n["category"], n["value"], n["counted"]) == ("cardinal", SMALL_COUNTS[count],
                                                          "figures"), n

# -- a speed in Mach numbers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The jet reached Mach 2.", "Mach 2", 2),
        ("It flew at Mach 2.5, then slowed.", "Mach 2.5", 2.5),
        ("A missile that travels at Mach five.", "Mach five", 5),
    ],
)
def test_mach_before_a_number_is_a_speed(enricher: limner.Enricher, text: str, surface: str,
                                         value: float) -> None:
    check(one(enricher, text, surface), value, "quantity", "Mach")



def test_a_figure_after_another_word_in_ch_reads_no_word_before_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """"Mach" is told by its own letters before a figure: a figure after "which", "such" or
    "March" asks for the word before it no more than one after "whom" does."""
    from limner_numbers import annotate
    from limner_numbers import context as C

    asked: list[int] = []
    word_before = C.last_word
    monkeypatch.setattr(C, "last_word", lambda text, s: asked.append(s) or word_before(text, s))
    counts = []
    for word in ("which", "whom", "such", "sure"):
        asked.clear()
        annotate(f"Ten died, of {word} 3 were children.")
        counts.append(len(asked))
    assert counts[0] == counts[1] and counts[2] == counts[3], counts
    assert [(n.unit, n.start) for n in annotate("(Mach 2) and xMach 3")] == [
        ("Mach", 1), (None, 19)]

# -- bad input: never raises, linear, a value a float holds or null ------------------------------

_PIECES = str.split(
    "a an the one two three twenty forty hundred thousand million half quarter third fifth "
    "tenth millionth dozen couple and of in out every to per point minus aged age his her "
    "early late 60s thirties year-old years old months month-old ft lb oz stone pounds hours "
    "minutes 1 2 3 10 27 100 1,000 .5 -.25 - 7 2^10 ^ 1e3 3:1 50:50 × 10^6 k G bn crore lakh Rs "
    "$ £ € C$ % percent per cent percentage points pct degrees C F K deg celsius capita grand "
    "quid bucks mile gallon penny kronor Swedish Czech koruna Marks Deutsche , . ( ) John Smith "
    "１２ ٣ absolute zero by more than almost term title"
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14))
@example(["a", "Swedish", "1", "100"])  # thousands after a space, after a capitalised word
def test_any_mix_of_the_new_forms_never_raises(pieces: list[str]) -> None:
    """Sentences made of the pieces of every form above: spans are true, values finite."""
    from limner_numbers import annotate

    text = " ".join(pieces)
    for a in annotate(text):
        assert 0 <= a.start < a.end <= len(text)
        for v in (a.value, a.low, a.high):
            assert v is None or (isinstance(v, int | float) and math.isfinite(v)), a


_BAD = {
    "spaced-ones": ("1 ", 500_000),
    "comma-ones": ("1,", 500_000),
    "word-ones": ("one ", 250_000),
    "e-runs": ("1e", 500_000),
    "power-towers": ("2^", 500_000),
    "mixed-digits": ("1２3４, ", 150_000),
    "mixed-words": ("one and a half 2^10 .5 - 7 3:1 aged 27 40C ", 5_000),
}


@pytest.mark.parametrize("name", list(_BAD))
def test_bad_input_is_linear_and_values_fit_a_float(name: str) -> None:
    from limner_numbers import annotate

    unit, count = _BAD[name]
    for a in annotate(unit * count):
        for v in (a.value, a.low, a.high):
            assert v is None or (isinstance(v, int | float) and math.isfinite(v)), a
    # linear work: twice the text, about twice the work (counted, not timed)
    assert_linear(lambda n: unit * n, annotate, n=max(count // 50, 100))
    assert_cpu_linear(lambda n: unit * n, annotate, n=count // 4)


def test_ten_thousand_digits_in_a_sentence_are_read_once() -> None:
    from limner_numbers import annotate

    for a in annotate("It was " + "9" * 10_000 + " metres. "):
        assert a.value is None or math.isfinite(a.value)
    assert_linear(lambda n: "It was " + "9" * n + " metres. ", annotate, n=5_000)
    assert_cpu_linear(lambda n: "It was " + "9" * n + " metres. ", annotate, n=50_000)


def test_a_ten_thousand_digit_number_gives_no_value_a_float_cannot_hold() -> None:
    from limner_numbers import annotate

    for digits in ("9" * 10_000, "9" * 309, "1" + "0" * 400 + ".5"):
        for a in annotate(f"It measured {digits} metres."):
            assert a.value is None or math.isfinite(a.value)


def test_towers_of_powers_are_no_figure_and_huge_powers_are_null() -> None:
    from limner_numbers import annotate

    assert annotate("The value 2^2^2^2 grows fast.") == []
    assert [a.value for a in annotate("It is 5x2^2^2 now.")] == [5]
    (a,) = annotate("The value 9^999 is big.")
    assert a.value is None or math.isfinite(a.value)



@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("It is 0^0 here.", "0^0"),
        ("It is 0.0^0 here.", "0.0^0"),
        ("It is 0^00 here.", "0^00"),
        ("It is 8x0^0 here.", "8x0^0"),
        ("It is 0 x 0^0 here.", "0 x 0^0"),
        ("It is 0^-1 here.", "0^-1"),
        ("It is 0^0 ± 1 here.", "0^0 ± 1"),
        ("It cost $0^0 then.", "$0^0"),
    ],
)
def test_a_power_decimal_refuses_is_null_not_an_error(enricher: limner.Enricher, text: str,
                                                      surface: str) -> None:
    n = one(enricher, text, surface)
    assert (n["value"], n["low"], n["high"]) == (None, None, None), n


def test_powers_of_zero_and_to_zero_that_have_a_value_keep_it(enricher: limner.Enricher) -> None:
    check(one(enricher, "It is 0^5 here.", "0^5"), 0, "cardinal", None)
    check(one(enricher, "It is 5^0 here.", "5^0"), 1, "cardinal", None)
    check(one(enricher, "It is 3x0^2 here.", "3x0^2"), 0, "cardinal", None)
