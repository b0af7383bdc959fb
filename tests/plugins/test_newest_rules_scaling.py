"""The newest rules of the four plugins stay linear: generators that grow what each reads.

Each case is a phrasing of a rule added in the last rounds, grown as sentences of a
document or as one sentence of many units: joined one-word names and regions as the
subjects of a saying (quotes); a town's comma qualifier, visitors, movers and namesake
neighbours (locations); clock times after "and" and "between", coins, shillings by land
and a pound staked on a race (numbers); rescues, plans, favour that faded, a writer's
call and inquiries that found nothing, each of many named targets, and targets named by
the events' own words (sentiment, with ``sentiment.target_names``).  Work is counted at n
and 2n with :mod:`tests.scaling`; ``pytest -s`` prints the figures of docs/scaling.md.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

import limner
from tests.scaling import assert_linear

_SYLLABLES = ["ka", "lo", "mi", "ner", "tos", "va", "ru", "bel", "don", "ix", "qua", "zen"]

#: Towns with namesakes abroad, each beside a place that tells which
_PAIRS = [
    "Windsor and Detroit", "Perth and Dundee", "Kingston and Belleville",
    "Richmond and Twickenham", "Valencia and Maracaibo", "Tripoli and Beirut",
    "London and Sarnia", "Cambridge and Boston",
]
_TOWNS = [
    "Leeds", "Lyon", "Kisumu", "Osaka", "Porto", "Dundee", "Gdansk", "Cordoba", "Mysore",
    "Tampere", "Ghent", "Rosario", "Bergen", "Durban", "Hobart", "Malaga",
]
_REGIONS = ["Munster", "Ulster", "Leinster", "Queensland", "Tasmania", "Bavaria", "Kent",
            "Ontario", "Punjab", "Sindh", "Texas", "Kerala"]
_COINS = ["two shillings", "sixpence", "a florin", "threepence", "half a crown", "a shilling"]
_KAMPALA = ["Kampala", "Nairobi", "Mogadishu", "Arusha"]
_PARAGRAPH = ("The rescue plan for the scheme collapsed. Support for the honeymoon faded. It is"
              " time to scrap it. An inquiry into the bailout found no wrongdoing.")


def names(n: int) -> list[str]:
    """``n`` distinct invented one-word names, capitalised ("Kakakaka", "Kakakalo", …)."""
    return ["".join(t).capitalize()
            for t in itertools.islice(itertools.product(_SYLLABLES, repeat=4), n)]


def towns(n: int) -> list[str]:
    return [_TOWNS[i % len(_TOWNS)] for i in range(n)]


#: name -> (plugins, the text of n units)
CASES: dict[str, tuple[str, Callable[[int], str]]] = {
    "quotes: two names joined before said, as sentences": ("quotes", lambda n: " ".join(
        f'{a} and {b} said their rates would rise. "It is fair," it said.'
        for a, b in zip(names(2 * n)[::2], names(2 * n)[1::2], strict=True))),
    "quotes: a team then They said": ("quotes", lambda n: " ".join(
        f'{a} flew to Lisbon. They said: "We are ready."' for a in names(n))),
    "quotes: regions as subjects": ("quotes", lambda n: " ".join(
        f'{_REGIONS[i % 12]} said it would cut rates. "We must," {_REGIONS[i % 12]} said.'
        for i in range(n))),
    "quotes: a body named after a region then the bank said": ("quotes", lambda n: " ".join(
        f"Bank of {t} said profits fell. The bank said it would recover." for t in towns(n))),
    "locations: a town's comma qualifier, as sentences": ("locations", lambda n: " ".join(
        f"A crash in {t}, south-west London, closed roads." for t in towns(n))),
    "locations: a town's comma qualifier, in one sentence": ("locations", lambda n: (
        "Crashes hit " + ", ".join(f"{t}, south-west London" for t in towns(n)) + ".")),
    "locations: towns joined by and": ("locations", lambda n: (
        "Floods hit " + " and ".join(towns(n)) + ".")),
    "locations: visitors from a list": ("locations", lambda n: (
        "Visitors from " + ", ".join(towns(n)) + " and Florida flocked to Perth.")),
    "locations: movers to a list": ("locations", lambda n: (
        "Families who moved to " + ", ".join(towns(n)) + " and Spain queued in Valencia.")),
    "locations: namesake neighbours in one sentence": ("locations", lambda n: (
        "Floods cut roads between " + ", ".join(_PAIRS[i % 8] for i in range(n)) + ".")),
    "numbers: clock times joined by and": ("numbers", lambda n: (
        "Trains leave at 7.30 and "
        + " and ".join(f"{7 + i % 12}.{15 + i % 40}" for i in range(n)) + ".")),
    "numbers: between two clock times, as sentences": ("numbers", lambda n: (
        "The shop opens between 7.30 and 8.15 daily. " * n)),
    "numbers: old coins in one sentence": ("numbers", lambda n: (
        "In 1960 it cost " + " and ".join(_COINS[i % 6] for i in range(n)) + ".")),
    "numbers: shillings by land, as sentences": ("numbers", lambda n: " ".join(
        f"In {_KAMPALA[i % 4]} it cost {100 + i} shillings. He had not paid a shilling."
        for i in range(n))),
    "numbers: a pound on a race": ("numbers", lambda n: (
        "He put a pound on the "
        + " and a pound on the ".join(f"{a} Derby" for a in names(n)) + ".")),
    "sentiment: rescues that fell through": ("all", lambda n: " ".join(
        f"A rescue deal for {a} Corp fell through." for a in names(n))),
    "sentiment: plans of many names that failed": ("all", lambda n: (
        "The plans of " + ", ".join(f"{a} Corp" for a in names(n)) + " failed and stalled.")),
    "sentiment: favour for many names that waned": ("all", lambda n: (
        "Enthusiasm for " + " and ".join(f"{a} Corp" for a in names(n)) + " waned.")),
    "sentiment: a writer's call after each scheme": ("all", lambda n: " ".join(
        f"The {a} Corp scheme has been a disaster. It is time to scrap it." for a in names(n))),
    "sentiment: inquiries that found no wrongdoing": ("all", lambda n: " ".join(
        f"An inquiry into {a} Corp found no wrongdoing." for a in names(n))),
    "sentiment: rescues that collapsed in one sentence": ("all", lambda n: (
        ", and ".join(f"the rescue of {a} Corp collapsed" for a in names(n)) + ".")),
    "sentiment: targets named by the event words themselves": ("events", lambda n: " ".join(
        [_PARAGRAPH] * n)),
}

#: targets a user may name that are the events' own words
_EVENT_WORDS = ["rescue", "plan", "support", "inquiry", "bailout", "scheme", "honeymoon",
                "the", "for", "collapsed", "faded", "it", "time", "scrap"]

#: the counted sizes: n and 2n units
N = 100
_ALL = ["numbers", "quotes", "locations", "sentiment"]


@pytest.fixture(scope="module")
def enrichers() -> dict[str, limner.Enricher]:
    targets = ", ".join(f"{a} Corp" for a in names(2 * N))
    out = {p: limner.Enricher(plugins=[p]) for p in _ALL}
    out["all"] = limner.Enricher(plugins=_ALL, config={"sentiment.target_names": targets})
    events = ", ".join(_EVENT_WORDS + [w.title() for w in _EVENT_WORDS])
    out["events"] = limner.Enricher(plugins=_ALL, config={"sentiment.target_names": events})
    return out


@pytest.mark.parametrize("name", list(CASES))
def test_the_newest_rules_work_grows_linearly(
    name: str, enrichers: dict[str, limner.Enricher]
) -> None:
    plugins, make = CASES[name]
    enricher = enrichers[plugins]
    assert not enricher.enrich(make(3)).errors
    g = assert_linear(make, enricher.enrich, N)
    print(f"{name}: {g}")
