"""Tests of the numbers plugin: the seed article, each behaviour, laws and bad input."""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from num2words import num2words

import limner
from limner.testing import check_plugin, nasty_texts, news_texts, texts
from tests.plugins.support import annotated, limner_metrics, only
from tests.scaling import assert_cpu_linear, assert_linear


@pytest.fixture(scope="module")
def enricher() -> limner.Enricher:
    return limner.Enricher(["numbers"])


def numbers(enricher: limner.Enricher, text: str) -> list[dict[str, Any]]:
    """The number annotations of ``text`` as dicts, each with its ``surface``."""
    return annotated(enricher, text, "number")


def one(enricher: limner.Enricher, text: str, surface: str) -> dict[str, Any]:
    """The single number annotation whose surface is ``surface``."""
    return only(enricher, text, "number", surface)


# -- the seed article ----------------------------------------------------------------------


def _find(nums: list[dict[str, Any]], surface: str, after: int = 0) -> dict[str, Any]:
    for n in nums:
        if n["surface"] == surface and n["start"] >= after:
            return n
    raise AssertionError(f"{surface!r} not found; have {[n['surface'] for n in nums]}")


def test_seed_article(enricher: limner.Enricher, seed_text: str) -> None:
    nums = numbers(enricher, seed_text)
    n = _find(nums, "3 Years")
    assert (n["category"], n["value"], n["unit"]) == ("quantity", 3, "year")
    n = _find(nums, "three years")
    assert (n["category"], n["value"], n["unit"]) == ("quantity", 3, "year")
    n = _find(nums, "three decades")
    assert (n["value"], n["unit"], n["qualifier"], n["high"]) == (3, "decade", "nearly", 3)
    n = _find(nums, "20%")
    assert (n["category"], n["value"]) == ("percent", 20)
    for year in (1992, 1993, 2020, 2024, 2026):
        n = _find(nums, str(year))
        assert (n["category"], n["value"], n["date"]) == ("date", year, str(year))
    n = _find(nums, "November 10, 2020")
    assert (n["category"], n["date"], n["value"]) == ("date", "2020-11-10", 2020)
    n = _find(nums, "613")
    assert (n["category"], n["value"], n["counted"]) == ("cardinal", 613, "civilians")
    assert _find(nums, "106")["counted"] == "women"
    assert _find(nums, "63")["counted"] == "children"
    n = _find(nums, "four")
    assert (n["value"], n["counted"]) == (4, "resolutions")
    for surface in ("44 days", "44-day"):
        n = _find(nums, surface)
        assert (n["category"], n["value"], n["unit"]) == ("quantity", 44, "day")
    n = _find(nums, "hundreds of thousands")
    assert n["vague"] is True and n["low"] == 200000 and n["value"] is None
    assert n["counted"] == "mines"
    n = _find(nums, "300,000")
    assert (n["value"], n["counted"]) == (300000, "Azerbaijanis")
    n = _find(nums, "seven billion US dollars")
    assert (n["category"], n["value"], n["unit"]) == ("money", 7_000_000_000, "USD")
    assert (n["qualifier"], n["low"]) == ("over", 7_000_000_000)
    n = _find(nums, "2.4 billion US dollars")
    assert (n["category"], n["value"], n["unit"]) == ("money", 2_400_000_000, "USD")
    n = _find(nums, "140,000")
    assert (n["value"], n["qualifier"], n["low"]) == (140000, "over", 140000)
    # the caption lines end with an index digit that is page furniture, not a figure
    for a in nums:
        line_end = seed_text.find("\n", a["end"])
        tail = seed_text[a["end"] : line_end if line_end >= 0 else None]
        assert not (a["surface"].isdigit() and len(a["surface"]) == 1 and not tail.strip()), a


# -- behaviours ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("They found 300,000 rounds.", "300,000", 300000),
        ("It grew by 2.4 points.", "2.4 points", 2.4),
        ("There are seven billion people.", "seven billion", 7_000_000_000),
        ("He is forty-four years old.", "forty-four years old", 44),
        ("I want a hundred and two of those", "a hundred and two", 102),
        ("They ate one and a half cakes.", "one and a half", 1.5),
        ("They sold a dozen eggs.", "a dozen", 12),
        ("It lost 1.5m subscribers.", "1.5m", 1_500_000),
        ("A loss of 300k viewers.", "300k", 300_000),
        ("three million, two hundred & forty, you say?", "three million, two hundred & forty",
         3_000_240),
        ("Temperatures fell to -15 degrees.", "-15 degrees", -15),
        # compounds
        ("It held close to half a trillion dollars.", "half a trillion dollars", 5e11),
        ("They sold half a million copies.", "half a million", 500_000),
        ("Some 5 hundred thousand people came.", "5 hundred thousand", 500_000),
        ("The index stood at two point five.", "two point five", 2.5),
        ("The 10 000 dollars were paid.", "10 000 dollars", 10_000),
        # fractions
        ("Two-thirds of voters agreed.", "Two-thirds", 2 / 3),
        ("About 1/3 of them left.", "1/3", 1 / 3),
        ("The probability is exactly one sixth.", "one sixth", 1 / 6),
        ("It is 2 1/2 in thick.", "2 1/2 in", 2.5),
        ("Add ½ tbsp of salt.", "½ tbsp", 0.5),
        ("A third of the budget.", "A third", 1 / 3),
    ],
)
def test_values(enricher: limner.Enricher, text: str, surface: str, value: float) -> None:
    n = one(enricher, text, surface)
    assert math.isclose(n["value"], value)


def test_a_year_earlier_is_no_rate(enricher: limner.Enricher) -> None:
    n = one(enricher, "Profit was £75m, compared with £125m a year earlier.", "£125m")
    assert n["per"] is None and n["value"] == 125_000_000


def test_years_joined_by_and_stay_years(enricher: limner.Enricher) -> None:
    nums = numbers(enricher, "It has to restate 2000 and 2003 results.")
    assert [(n["surface"], n["category"]) for n in nums] == [("2000", "date"), ("2003", "date")]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("It runs 1.4m cash machines.", "1.4m", 1_400_000, None),
        ("Audiences peaked at 11.9m on Monday.", "11.9m", 11_900_000, None),
        ("Stocks fell 1m barrels.", "1m barrels", 1_000_000, "barrel"),
        ("She won the 400m hurdles.", "400m", 400, "metre"),
        ("He jumped 7.95m in Birmingham.", "7.95m", 7.95, "metre"),
    ],
)
def test_m_is_million_or_metres(enricher: limner.Enricher, text: str, surface: str,
                                value: float, unit: str | None) -> None:
    n = one(enricher, text, surface)
    assert math.isclose(n["value"], value) and n["unit"] == unit


def test_ordinals(enricher: limner.Enricher) -> None:
    text = "It was the third attempt in the 21st century, the first time and twenty-first try."
    got = {n["surface"]: n for n in numbers(enricher, text)}
    assert got["third"]["category"] == "ordinal" and got["third"]["value"] == 3
    assert got["21st"]["value"] == 21 and got["21st"]["category"] == "ordinal"
    assert got["first"]["value"] == 1
    assert got["twenty-first"]["value"] == 21
    # "at first" and "a second thought" are no figures
    assert not numbers(enricher, "At first he had a second thought.")


@pytest.mark.parametrize(
    ("text", "surface", "category", "value", "unit"),
    [
        ("Prices rose 20% last year.", "20%", "percent", 20, "percent"),
        ("Covid cases rose 5pc.", "5pc", "percent", 5, "percent"),
        ("Prices rose 20 per cent.", "20 per cent", "percent", 20, "percent"),
        ("Prices rose twenty percent.", "twenty percent", "percent", 20, "percent"),
        ("Turnout fell 3.5 percentage points.", "3.5 percentage points", "percent", 3.5,
         "percentage point"),
        # money: the unit is an ISO 4217 code
        ("It cost $5m to build.", "$5m", "money", 5_000_000, "USD"),
        ("It cost US$1.2bn in all.", "US$1.2bn", "money", 1_200_000_000, "USD"),
        ("A fine of €300 was set.", "€300", "money", 300, "EUR"),
        ("Profits hit £600m this year.", "£600m", "money", 600_000_000, "GBP"),
        ("They paid 50 manat for it.", "50 manat", "money", 50, "AZN"),
        ("He earns 20,000 rupees.", "20,000 rupees", "money", 20000, "INR"),
        ("He earns 20,000 Pakistani rupees.", "20,000 Pakistani rupees", "money", 20000, "PKR"),
        ("It cost 3 Australian dollars.", "3 Australian dollars", "money", 3, "AUD"),
        ("A stamp costs 50p now.", "50p", "money", 0.5, "GBP"),
        ("A stamp costs 44 cents now.", "44 cents", "money", 0.44, "USD"),
        ("The deal is worth 4.5bn euros.", "4.5bn euros", "money", 4_500_000_000, "EUR"),
        ("It raised 10 million USD.", "10 million USD", "money", 10_000_000, "USD"),
        ("I spent 20 million pounds on this!", "20 million pounds", "money", 20_000_000, "GBP"),
        # quantities
        ("The road is 30 km long.", "30 km", "quantity", 30, "kilometre"),
        ("They shipped 5,000 tonnes of grain.", "5,000 tonnes", "quantity", 5000, "tonne"),
        ("Output is 1.2 million barrels a day.", "1.2 million barrels", "quantity", 1_200_000,
         "barrel"),
        ("It was a 44-day war.", "44-day", "quantity", 44, "day"),
        ("It lasted three decades.", "three decades", "quantity", 3, "decade"),
        ("The car reached 200 km/h on the track.", "200 km/h", "quantity", 200,
         "kilometre per hour"),
        ("It covers 301,338 km2 of land.", "301,338 km2", "quantity", 301338, "square kilometre"),
    ],
)
def test_percent_money_and_quantities(enricher: limner.Enricher, text: str, surface: str,
                                      category: str, value: float, unit: str) -> None:
    n = one(enricher, text, surface)
    assert (n["category"], n["unit"]) == (category, unit)
    assert math.isclose(n["value"], value)


def test_rates(enricher: limner.Enricher) -> None:
    n = one(enricher, "He earns 20,000 rupees a month.", "20,000 rupees a month")
    assert (n["unit"], n["per"], n["value"]) == ("INR", "month", 20000)
    n = one(enricher, "I would do it, but only for $15.4/hour", "$15.4/hour")
    assert (n["unit"], n["per"], n["value"]) == ("USD", "hour", 15.4)


def test_years_are_told_apart_from_counts(enricher: limner.Enricher) -> None:
    year = one(enricher, "In 1993 the council met.", "1993")
    assert (year["category"], year["value"]) == ("date", 1993)
    count = one(enricher, "The march drew 1993 people.", "1993")
    assert (count["category"], count["counted"]) == ("cardinal", "people")
    assert one(enricher, "They won the 1993 elections.", "1993")["category"] == "date"


@pytest.mark.parametrize(
    ("text", "surface", "iso"),
    [
        ("It was signed on November 10, 2020, in Moscow.", "November 10, 2020", "2020-11-10"),
        ("It was signed on 10 November 2020.", "10 November 2020", "2020-11-10"),
        ("It opened on Nov 08 2023 in Baku.", "Nov 08 2023", "2023-11-08"),
        ("The vote is on 8 May.", "8 May", "--05-08"),
        ("The truce began on November 8.", "November 8", "--11-08"),
        ("They met in March 2004.", "March 2004", "2004-03"),
        ("Published 2020-11-10 online.", "2020-11-10", "2020-11-10"),
        ("It grew in the 1990s.", "1990s", "1990s"),
        ("The budget for 2004/05 was set.", "2004/05", "2004/2005"),
        ("The 2013-14 season ended.", "2013-14", "2013/2014"),
        ("She taught there from 1981-87.", "1981-87", "1981/1987"),
        ("Those who grew up during the 1975-1990 war.", "1975-1990", "1975/1990"),
    ],
)
def test_dates(enricher: limner.Enricher, text: str, surface: str, iso: str) -> None:
    n = one(enricher, text, surface)
    assert n["category"] == "date" and n["date"] == iso


@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "unit"),
    [
        ("They took between 10 and 20 prisoners.", "between 10 and 20", 10, 20, None),
        ("Scores of 10-20 points.", "10-20 points", 10, 20, None),
        ("Rates of 5 to 7 per cent are expected.", "5 to 7 per cent", 5, 7, "percent"),
        ("It lasts from 5 to 7 days.", "5 to 7 days", 5, 7, "day"),
        ("They were given 44 mg to 50 mg ethanol.", "44 mg to 50 mg", 44, 50, "milligram"),
        ("A gain of 3.5–4.0 TeV was seen.", "3.5–4.0 TeV", 3.5, 4.0, "teraelectronvolt"),
    ],
)
def test_ranges(enricher: limner.Enricher, text: str, surface: str, low: float, high: float,
                unit: str | None) -> None:
    n = one(enricher, text, surface)
    assert n["category"] == "range" and n["value"] is None
    assert (n["low"], n["high"], n["unit"]) == (low, high, unit)


def test_changes_are_not_ranges(enricher: limner.Enricher) -> None:
    nums = numbers(enricher, "The tax rose from 19% to 25% in April.")
    assert [(n["surface"], n["value"]) for n in nums[:2]] == [("19%", 19), ("25%", 25)]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Shares fell 3p to 250p.", ("3p", 0.03), ("250p", 2.5)),
        ("Shares rose 12 cents to $5.", ("12 cents", 0.12), ("$5", 5)),
        ("Oil lost $3 to $70 on Monday.", ("$3", 3), ("$70", 70)),
        ("Profits jumped by £2m to £10m.", ("£2m", 2_000_000), ("£10m", 10_000_000)),
        ("Sales climbed 8% to 12% of the market.", ("8%", 8), ("12%", 12)),
        ("The pound gained 2 cents to $1.30.", ("2 cents", 0.02), ("$1.30", 1.3)),
    ],
)
def test_a_change_verb_then_x_to_y_is_a_change_and_a_level(
        enricher: limner.Enricher, text: str, first: tuple[str, float],
        second: tuple[str, float]) -> None:
    nums = numbers(enricher, text)
    assert [(n["surface"], n["value"]) for n in nums] == [first, second]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Prices rose 3 to 5 percent.", "3 to 5 percent"),
        ("They lost 2 to 3 kg each.", "2 to 3 kg"),
        ("Prices were 3p to 5p.", "3p to 5p"),
    ],
)
def test_a_bare_first_figure_after_a_change_verb_is_a_range(enricher: limner.Enricher,
                                                             text: str, surface: str) -> None:
    assert one(enricher, text, surface)["category"] == "range"


def test_scores_are_not_ranges(enricher: limner.Enricher) -> None:
    nums = numbers(enricher, "Chelsea won 3-1 at home.")
    assert [n["category"] for n in nums] == ["cardinal", "cardinal"]


@pytest.mark.parametrize(
    ("qualifier", "low", "high"),
    [
        ("nearly", None, 50), ("almost", None, 50), ("over", 50, None), ("more than", 50, None),
        ("at least", 50, None), ("up to", None, 50), ("about", None, None),
        ("around", None, None), ("some", None, None), ("fewer than", None, 50),
        ("exactly", 50, 50),
    ],
)
def test_qualifiers_as_bounds(enricher: limner.Enricher, qualifier: str, low: int | None,
                              high: int | None) -> None:
    n = one(enricher, f"They arrested {qualifier} 50 protesters.", "50")
    assert (n["qualifier"], n["low"], n["high"], n["value"]) == (qualifier, low, high, 50)
    assert n["counted"] == "protesters"


def test_vague_amounts(enricher: limner.Enricher) -> None:
    n = one(enricher, "Thousands of people marched.", "Thousands")
    assert n["vague"] and n["low"] == 2000 and n["counted"] == "people"
    n = one(enricher, "Tens of thousands of fans came.", "Tens of thousands")
    assert n["vague"] and n["low"] == 20000
    n = one(enricher, "Dozens of homes burned.", "Dozens")
    assert n["vague"] and n["low"] == 24


@pytest.mark.parametrize(
    "text",
    [
        "The COVID-19 pandemic hit G7 economies.",
        "Call 020 7946 0018 today.",
        "The meeting starts at 2.15pm and ends at 4pm.",
        "Kick-off is at 10:30.",
        "Update to version 3.5.1 now.",
        "He has an Intel i7 chip and MP3 files.",
        "No one came; one of them left.",
        "Henry lives at 1935 Orchard St. in town.",
        "Call 463-3950 or visit the library.",
    ],
)
def test_not_numbers(enricher: limner.Enricher, text: str) -> None:
    assert numbers(enricher, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ISBN is 978-3-16-148410-0.",
        "Call 1-800-555-0199 for help.",
        "The part number 12-34-56-78 was recalled.",
        "Its serial, 4-4-2-1-9, was read out.",
        "Call 555-123-4567 now.",
        "Call +1-555-123-4567 now.",
        "Call (555) 123-4567 now.",
        "Call 555-123-4567, he said.",
        "Regional 2-1-1, a dialing code, was busy.",
        "It is as easy as 3-2-1, they say.",
    ],
)
def test_three_or_more_hyphenated_digit_groups_are_an_identifier(enricher: limner.Enricher,
                                                                  text: str) -> None:
    assert numbers(enricher, text) == []


def test_fewer_hyphenated_groups_stay_dates_spans_and_ranges(enricher: limner.Enricher) -> None:
    assert one(enricher, "It opened on 2020-11-10.", "2020-11-10")["date"] == "2020-11-10"
    assert one(enricher, "It opened on 2020-11-10, then shut.", "2020-11-10")["category"] == "date"
    assert one(enricher, "The 2013-14 season ended.", "2013-14")["category"] == "date"
    assert one(enricher, "From 1990-1995 it grew.", "1990-1995")["date"] == "1990/1995"
    assert one(enricher, "Scores of 10-20 points.", "10-20 points")["category"] == "range"
    assert [n["value"] for n in numbers(enricher, "They won 3-2 at home.")] == [3, 2]


@pytest.mark.parametrize(
    "text",
    [
        "The attacks of 9/11 changed everything.",
        "The 9/11 memorial opened.",
        "The shop is open 24/7.",
        "They agreed a 50/50 split.",
        "The 7/7 bombings shook London.",
        "He has 20/20 vision.",
        "They agreed a 60/40 split.",
        "The count was 3/3 by noon.",
    ],
)
def test_slash_figures_that_are_no_fraction(enricher: limner.Enricher, text: str) -> None:
    assert [n for n in numbers(enricher, text) if n["category"] == "fraction"] == [], text
    assert all("/" not in n["surface"] for n in numbers(enricher, text)), text


@pytest.mark.parametrize(
    ("text", "surface", "value", "category"),
    [
        ("He ate 3/4 of the pie.", "3/4", 0.75, "fraction"),
        ("Only 1/11 of them voted.", "1/11", 1 / 11, "fraction"),
        ("It grew to 5/3 of the size.", "5/3", 5 / 3, "fraction"),
        ("It took 7/3 hours.", "7/3 hours", 7 / 3, "quantity"),
        ("Add 3/2 cups of flour.", "3/2 cups", 1.5, "quantity"),
    ],
)
def test_slash_fractions_proper_or_with_of_or_a_unit(enricher: limner.Enricher, text: str,
                                                      surface: str, value: float,
                                                      category: str) -> None:
    n = one(enricher, text, surface)
    assert n["category"] == category and abs(n["value"] - value) < 1e-9, n


def test_decimal_comma_option(enricher: limner.Enricher) -> None:
    comma = limner.Enricher(["numbers"], config={"numbers.decimal_comma": True})
    nums = numbers(comma, "Il a payé 1.234,5 euros et 3,5 km.")
    assert [n["value"] for n in nums] == [1234.5, 3.5]
    assert [n["value"] for n in numbers(enricher, "It cost 1,234.5 euros.")] == [1234.5]


def test_annotations_round_trip_with_typed_fields(enricher: limner.Enricher) -> None:
    doc = enricher.enrich("Over 140,000 people, nearly 20%.")
    back = limner.Document.from_json(doc.to_json(), enricher.manager.kinds())
    assert back == doc
    a = back.select("number")[0]
    assert a.id.startswith("n") and a.get("qualifier") == "over"


# -- laws: an independent oracle (num2words), arbitrary text, bad input -----------------------


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_integers_in_words_read_back(n: int) -> None:
    words = num2words(n)
    text = f"They counted {words} ballots."
    nums = limner.enrich(text, plugins=["numbers"]).select("number")
    assert len(nums) == 1, (words, [text[a.start:a.end] for a in nums])
    assert nums[0].get("value") == n, words
    assert text[nums[0].start : nums[0].end] == words


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False,
                   allow_infinity=False))
def test_decimals_in_words_read_back(x: Decimal) -> None:
    words = num2words(x)
    text = f"The index stood at {words} points."
    nums = limner.enrich(text, plugins=["numbers"]).select("number")
    assert len(nums) == 1, (words, [text[a.start:a.end] for a in nums])
    assert math.isclose(nums[0].get("value"), float(x), rel_tol=1e-9, abs_tol=1e-9), words


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.integers(min_value=0, max_value=10**15),
                 st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False,
                             allow_infinity=False)))
def test_digits_with_separators_read_back(x: int | Decimal) -> None:
    written = f"{x:,}" if isinstance(x, int) else f"{x:,.2f}"
    text = f"Officials counted {written} ballots."
    nums = limner.enrich(text, plugins=["numbers"]).select("number")
    assert len(nums) == 1, written
    assert math.isclose(nums[0].get("value"), float(x), rel_tol=1e-12), written


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.one_of(texts(), news_texts(), nasty_texts()))
def test_arbitrary_text_never_raises_and_spans_are_true(text: str) -> None:
    from limner_numbers import annotate

    for a in annotate(text):
        assert 0 <= a.start < a.end <= len(text)
        for field in ("value", "low", "high"):
            v = getattr(a, field)
            assert v is None or (isinstance(v, int | float) and math.isfinite(v))
        if a.low is not None and a.high is not None:
            assert a.low <= a.high


def test_a_value_too_large_for_a_float_is_null(enricher: limner.Enricher) -> None:
    n = one(enricher, "It measured 5e400 m across.", "5e400 m")
    assert (n["category"], n["value"], n["unit"]) == ("quantity", None, "metre")


@pytest.mark.parametrize(
    ("unit", "count"),
    [
        ("1,", 500_000),
        ("1", 1_000_000),
        ("1.1.", 250_000),
        ("one hundred thousand million ", 40_000),
        ("one ", 250_000),
        ("- ", 500_000),
        ("$", 1_000_000),
        ("between 1 and ", 80_000),
        ("1 ", 500_000),
        ("1-", 500_000),
        # a decade looks back for a measure in its sentence, a year for its place
        ("temperatures in the sixties ", 40_000),
        ("in the 60s, the nineteen-sixties ", 30_000),
        ("since nineteen oh five, two thousand and eight ", 20_000),
        # hedges after figures, guesses joined by "or", units of time after "a"
        ("took nearly a year or so, 20-odd or 3 or 4 or more ", 20_000),
        # orders of magnitude, each asking for a count before it and money in its sentence
        ("three or four figures, a six-figure £5, double-digit billions at Mach 2 ", 15_000),
        # a plural count of figures, each asking for the words before it
        ("paid them up to well over six figures, spoke to three figures ", 15_000),
        # "at" before a count of figures, units of time after "within" or as a genitive,
        # and the word after an age, each asking for the words before or after it
        (("fired at three figures, came in at six figures within a week, in a month's time, "
          "the 34-year-old admitted two "), 10_000),
        # "up to" after a verb of change, "more than" between a figure and a time past, and a
        # rate written short at a full stop, each asking for the words before or after it
        ("ticked up to 4%, 2 million more than 10 years ago, a year earlier. £5 pcm. ", 15_000),
        # rates of counts and tallies, names after "Zone" and "gas mark", dotted imperial
        # units, each asking for the words after a count's noun or before a number
        (("96 trains an hour, 20 deaths per 100,000 people, 3 points per game, in Zone 2 at "
          "gas mark 6, 5 ft. 4 in. tall, 400 ppm "), 10_000),
        # a unit of time before "from" and a name, and a noun of an event after "a", each
        # asking for the words after a count's noun
        (("1,300 flights a day from Heathrow, a year from 2020, 25 points a game, two "
          "bottles a head start, 3 meals a household. "), 10_000),
        # a measure before "a" and a unit of time, a count per a scale word, each asking for
        # the words after the unit or after "per"
        (("2 million barrels a day, 87 litres a day earlier, 3 people per lakh, two deaths "
          "per billion, £3 grand a year, Mach 2. "), 10_000),
        # "a second" where a phrase ends, "from" the time a rate starts, a count without its
        # noun before "a", a percentage's rate, each asking for the words after the figure
        (("2,000 cubic metres a second, 20 cars a year from 2027, £150 a year from April, plans "
          "75 a month, 62 an innings, 7.2 per cent a year, 3% of GDP a year. "), 10_000),
        # a count before a noun in -ing, asking for the word before the count, a rate of time
        # after a rate per person, and "the age of" after any word, asking for its qualifier
        (("400 cars a crossing a day, gave 40 fans a warning, 140 litres of water a person a "
          "day, 3 CDs per person per year, over the age of 65, by the age of 30. "), 10_000),
        # a count before "of" and a count of a whole, a tally's word after a hyphen, and a
        # measure before "a night", each asking for the words after the figure
        (("won 160 of the 343 seats, three of the five judges, 9 of 10. a 12-point lead, a "
          "two-goal lead, 10 hours of sleep a night, 40 litres a night earlier. "), 10_000),
        # a count whose noun is said by the count before it, after "and" and a verb or a
        # fronted "Of", and a count of times in one word before a rate, each asking for the
        # words before the count or after the word
        (("gained 15 seats and lost two. Of the 650 seats, 326 are needed, twice a day, once "
          "per week, at least once a month, once a teacher. "), 10_000),
        # a count of times before "per" or an adverb, a count after "to" that takes the noun
        # before it, "gas mark" after a slash, a magnitude, and a terminal's control
        # sequence, each asking for the words around the figure
        (("twice per week, twice daily, three times weekly, once per year, by 312 votes to "
          "298. 180C/gas mark 4, a 3.2-magnitude quake, \x1b[31m5\x1b[0m. "), 10_000),
        # format characters inside figures, with curly quotes, read in the visible text
        ("\u201c1\u00ad000 fans\u201d, 5\u200bkm, 12\u200d%, $\ufeff40 in all. ", 10_000),
        # a chance joined to a time, and a rate after what a count or a measure is of, each
        # asking for the words after the figure
        (("a 1-in-100-year flood, five portions of fruit and vegetables a day, 10 hours of "
          "work and a day off, 2 litres of milk or juice a week. "), 10_000),
        # parts of a year named by a letter and a number, and a rate said before money, each
        # asking for the words around the figure
        (("in Q3 2024, 2024 H1, in Q4, an Audi Q7, FY2025, FY 2009, H1N1, earnings per share "
          "of 85 cents, per family of four. "), 10_000),
        # a hedge in "and" after a figure, and "fps" with the words of its sentence around
        # it, each asking for the words after the figure or within a fixed reach of it
        (("aged 65 and over, 5 and under, won 3 and over the season, 80 or older, 8K video at "
          "30fps, water at 30fps, 60fps "), 10_000),
        # a verb after the size of a group, asking for the words after the count's noun
        (("a family of four spends about £120, a crowd of 5,000 watches the game, a survey "
          "of 280 firms suggests a slowdown, an average of 18 trains a day. "), 10_000),
        # clock times in words and an hour before a clock time, each asking for the words
        # around the hour and dropping the figures of its minutes
        (("at half past seven, twenty past eleven, a quarter to nine, ten o'clock, 7 o'clock, "
          "from 6 to 8 p.m., 2-9 p.m., the third quarter to ten points. "), 10_000),
        # a currency word after an amount in words, asking for the words after the amount
        (("millions of dollars, several hundred pounds a year, a couple of million bucks, "
          "hundreds of pounds of drugs, a couple of million-dollar homes. "), 10_000),
        # a stage of life, strokes, a part of a cup, one way, a comparative, a body's
        # document, a rate's count and the places of a list after "number", each asking for
        # the words before or after the figure
        (("retire at 65, won by two strokes, half a cup, £29 one way, a third cheaper, the "
          "2019 Committee report, 20 deaths per 100,000 people, at number eight and 10 and "),
         10_000),
        # a tally's last one, odds after a runner's verb, an age away from its word or at a
        # life's event, a cup of flour
        (("the vote was 9-1, she won at 5-1 after the favourite fell at 2-1, Ann, then 45, "
          "married at 30, add a cup of flour and "), 1_000),
    ],
    ids=["commas", "digits", "dots", "nested-words", "ones", "dashes", "dollars", "betweens",
         "spaced-digits", "hyphened-digits", "decades-of-a-measure", "decades-of-years",
         "years-in-words", "hedges-and-guesses", "orders-of-magnitude",
         "figures-after-money-words", "at-within-and-ages", "particles-comparisons-and-stops",
         "rates-of-counts-names-and-dots", "rates-from-places-and-of-events",
         "rates-of-measures-and-scales", "rates-of-seconds-starts-bare-counts-and-percents",
         "rates-of-events-in-ing-both-rates-and-ages", "parts-of-wholes-tallies-and-nights",
         "nouns-said-before-and-times-in-a-word", "times-per-to-marks-and-controls",
         "format-characters-in-figures", "chances-of-a-time-and-rates-after-of",
         "parts-of-a-year-and-rates-before-money", "hedges-in-and-and-frames-per-second",
         "verbs-after-the-size-of-a-group", "clock-times-in-words-and-hours-of-a-clock",
         "money-in-words-after-vague-amounts", "stages-strokes-cups-and-places-of-a-list",
         "tallies-odds-ages-at-events-and-a-cup-of-flour"],
)
def test_pathological_input_stays_linear(unit: str, count: int) -> None:
    """A 1 MB run completes, and doubling a run of the same shape about doubles the work."""
    from limner_numbers import annotate

    annotate(unit * count)
    assert_linear(lambda n: unit * n, annotate, n=max(count // 100, 200))
    assert_cpu_linear(lambda n: unit * n, annotate, n=count // 4)


@pytest.mark.parametrize(
    "unit",
    ["It cost £1. I ran a mile. ", "It was 7c a litre. ", "7c and €1.79 here. "],
    ids=["a-unit-beside-money", "cents-a-litre", "cents-beside-money"],
)
def test_units_and_cents_among_many_amounts_of_money_stay_linear(unit: str) -> None:
    """A unit after an article ("a mile") once looked for a sentence end between itself
    and every amount of money in the text, and cents ("7c") measured their distance to
    every amount: n of each cost n² (3.6 times the work a doubling, 2.5 s of CPU for
    4,000).  The answers are the same (``tests/plugins/test_numbers_scan.py``)."""
    from limner_numbers import annotate

    assert [(a.value, a.unit) for a in annotate(unit * 2)] == (
        [(1, "GBP"), (1, "mile")] * 2 if "mile" in unit
        else [(0.07, "USD")] * 2 if "litre" in unit
        else [(0.07, "EUR"), (1.79, "EUR")] * 2)
    assert_linear(lambda n: unit * n, annotate, n=300)
    assert_cpu_linear(lambda n: unit * n, annotate, n=1000)


@pytest.mark.parametrize("unit", ["the Big Four ", "the Jackson 5 had "],
                         ids=["number-words-in-names", "numbers-of-titles"])
def test_names_with_numbers_along_one_long_line_stay_linear(unit: str) -> None:
    """A number in a capitalised name ("the Big Four", "the Jackson 5") is a name's only
    in a line of prose (one with a lower-case word of four letters or more), which each
    once looked for from the line's start: a line of n such names cost n² in the
    searches, unseen by a count of calls ("the Big Four " * 4,000 took 3.4 s of CPU,
    8,000 13.3 s)."""
    from limner_numbers import annotate

    assert annotate(unit * 3 + "said nothing.") == []  # prose: names, no figures
    assert len(annotate(unit * 3)) == 3  # a line in title case: figures
    assert len(annotate(unit * 3 + "\nsaid nothing.")) == 3  # the prose is another line's
    assert_cpu_linear(lambda n: unit * n + "said nothing.", annotate, n=2000)


def test_dense_runs_of_figures_are_skipped_but_tables_kept() -> None:
    from limner_numbers import annotate

    assert annotate("1 " * 5000) == []
    assert [a.value for a in annotate("Scores: 1 2 3 4 5 6 7 8 9 10.")] == list(range(1, 11))


def test_conformance() -> None:
    check_plugin(
        "numbers",
        examples=[
            "Over seven billion US dollars, 2.4 billion US dollars and 20% of 300,000.",
            "Between 10 and 20 people; nearly three decades; 44-day war; November 10, 2020.",
            "\ud800 1,1,1 \x00 ٣ １２３ 5\u0301 km",
        ],
    )


def test_quantulum3_corpus() -> None:
    """Span+value F1 on quantulum3's English examples, scored by ``limner evaluate``."""
    metrics = limner_metrics("numbers", "quantulum3/quantities.jsonl")
    assert metrics["value"]["f1"] >= 0.90, metrics


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Between 2.5 and 3.5 million people voted.", 2_500_000, 3_500_000),
        ("It cost from 2 to 3 billion dollars.", 2_000_000_000, 3_000_000_000),
        ("Between 10 and 20 thousand came.", 10_000, 20_000),
        ("They sold between 2 and 3bn.", 2_000_000_000, 3_000_000_000),
        ("He bought 2 to 3 dozen eggs.", 24, 36),
        ("Between 5 and 10k runners.", 5_000, 10_000),
        # what reads as written is left so: as large as the other without its scale,
        # or a scale of its own, or a unit rather than a scale ("m": metres)
        ("Between 500 and 1.5 million came.", 500, 1_500_000),
        ("Between 2.5m and 3.5m was spent.", 2_500_000, 3_500_000),
        ("The wall is between 2 and 3 m high.", 2, 3),
        # thousands written once, after a dash: "20-25,000"
        ("Some 20-25,000 troops were sent to the border.", 20_000, 25_000),
        ("Organisers expect 80–100,000 runners.", 80_000, 100_000),
        ("The stadium holds 3-4,000 more than before.", 3_000, 4_000),
    ],
)
def test_a_scale_written_once_is_shared_by_the_range(text: str, low: int, high: int) -> None:
    doc = limner.Enricher(plugins=["numbers"]).enrich(text)
    (r,) = [a for a in doc.select("number") if a.get("low") is not None]
    assert (r.get("low"), r.get("high")) == (low, high)


@pytest.mark.parametrize("text", ["It weighs 1e309 to 2 kg.", "Between 1e309 and 2 kg."])
def test_a_figure_without_a_value_bounds_no_range(text: str) -> None:
    # no verb of change before the figures: "went from 1e309 to 2 kg" is two figures
    # whatever their values, so it would not show a range bounded by no value
    doc = limner.Enricher(plugins=["numbers"]).enrich(text)
    assert [(a.get("low"), a.get("high")) for a in doc.select("number")] == [(None, None)] * 2


class _Scanned:
    """A compiled pattern that adds up the characters each search is handed."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.chars = pattern, 0

    def _span(self, text: str, pos: int, endpos: int | None) -> int:
        return (len(text) if endpos is None else min(endpos, len(text))) - pos

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        self.chars += self._span(text, pos, endpos)
        return self.pattern.search(text, pos, len(text) if endpos is None else endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        self.chars += self._span(text, pos, endpos)
        return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)


def test_points_of_a_share_in_one_long_sentence_search_the_sentence_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Points of a share ("fell four points to 31%") looked for the sentence's end and a
    level from each figure of points: one sentence of n of them cost n² characters
    searched, unseen by a count of calls (800 took 3 times the CPU of 400)."""
    from limner_numbers import annotate, context

    unit = "Labour fell four points to 31%, and "
    points = [a for a in annotate(unit * 2 + "no more.") if a.value == 4]
    assert [a.unit for a in points] == ["percentage point"] * 2

    def scanned(n: int) -> int:
        ends, levels = _Scanned(context.P.SENTENCE_END), _Scanned(context.SHARE_LEVEL)
        monkeypatch.setattr(context.P, "SENTENCE_END", ends)
        monkeypatch.setattr(context, "SHARE_LEVEL", levels)
        found = annotate(unit * n + "no more.")
        monkeypatch.undo()
        assert sum(a.unit == "percentage point" for a in found) == n
        return ends.chars + levels.chars

    small, large = scanned(300), scanned(600)
    assert large <= 2.6 * small, (small, large)


def test_shillings_in_many_sentences_look_for_their_land_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Shillings of today ("In Kampala a ride cost 300 shillings", "not paid a shilling")
    took the land the story names nearest them by a search of the whole text at each
    coin: n sentences of them cost n² characters searched, and n² matches read (4,000
    sentences of "a shilling" took 17 s, 1,200 of Kampala's shillings 2 s)."""
    from limner_numbers import annotate, finder

    unit = "In Kampala a ride cost 300 shillings. He had not paid a shilling. "
    coins = [a for a in annotate("In Kenya it was 5 shillings. " + unit) if a.unit is not None]
    assert [a.unit for a in coins] == ["KES", "UGX", "UGX"]

    def scanned(n: int) -> int:
        lands = _Scanned(finder.SHILLING_LANDS)
        monkeypatch.setattr(finder, "SHILLING_LANDS", lands)
        found = annotate(unit * n)
        monkeypatch.undo()
        assert sum(a.unit == "UGX" for a in found) == 2 * n
        return lands.chars

    small, large = scanned(150), scanned(300)
    assert large <= 2.6 * small, (small, large)
    text = "Kampala. " + "He had not paid a shilling, nor 300 shillings. " * 2
    assert_linear(lambda n: text * n, annotate, 150)
