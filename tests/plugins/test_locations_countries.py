"""Towns of one name in several countries told apart by the country or the people the story
names; names of a feature's form whose "of" names no place; and the floors of the twelfth set
of passages from other outlets (``data/unseen_countries.json``)."""

from __future__ import annotations

import pytest

import limner
from limner_evaluate.measures import haversine_km
from tests.plugins import unseen_news
from tests.plugins.support import places


@pytest.fixture(scope="module")
def enricher() -> limner.Enricher:
    return limner.Enricher(["locations"])


#: the floors of the twelfth set (``python -m tests.plugins.unseen_news --set countries``): the
#: figures measured when they were last raised (as first scored, before any rule read them:
#: 97.1% and 91.0%)
COUNTRIES_EXACT_F1 = 0.980
COUNTRIES_RESOLVED = 0.980


def test_the_countries_labels_are_whole_words_of_their_story() -> None:
    unseen_news.assert_labels_are_whole_words(unseen_news.COUNTRIES, least=56)


def test_namesakes_by_their_country_keep_their_figures(enricher: limner.Enricher) -> None:
    unseen_news.assert_keeps_its_figures(
        enricher,
        unseen_news.COUNTRIES,
        gold=104,
        f1=COUNTRIES_EXACT_F1,
        resolved=COUNTRIES_RESOLVED,
    )


# -- a main town of its country, its country named, beside a national capital abroad -----------

#: (text, surface, a point it lies within 100 km of): the town holding 2% or more of its
#: country's people where the story names its country, the capital where it names the
#: capital's, and a small town abroad still gated ("Lisbon" beside the US)
MAIN_TOWNS = [
    ("Lebanon's caretaker government sent troops to Tripoli.", "Tripoli", 34.44, 35.85),
    (
        "Shops in Tripoli closed early, and Lebanon's banks limited withdrawals.",
        "Tripoli",
        34.44,
        35.85,
    ),
    ("Libya's parliament met in Tripoli for the first time in a year.", "Tripoli", 32.89, 13.19),
    (
        "A Lebanese engineer was freed in Tripoli, Libya's foreign ministry said.",
        "Tripoli",
        32.89,
        13.19,
    ),
    ("The US trade envoy arrived in Lisbon for talks on tariffs.", "Lisbon", 38.72, -9.14),
]


@pytest.mark.parametrize(("text", "surface", "lat", "lon"), MAIN_TOWNS)
def test_a_main_town_of_the_country_named_outweighs_a_capital_abroad(
    enricher: limner.Enricher, text: str, surface: str, lat: float, lon: float
) -> None:
    found = [p for p in places(enricher, text) if p["surface"] == surface]
    assert found, places(enricher, text)
    assert haversine_km(found[0]["lat"], found[0]["lon"], lat, lon) < 100, found[0]


# -- a feature's form whose "of" names no place -------------------------------------------------

NO_PLACE_OF = [
    "Fishermen in the Strait of Bay say the channel has silted up.",
    "The Strait of Bay is what the locals call the channel behind the harbour wall.",
    "Sailors named the cove the Gulf of Sea after the storm of 1902.",
]


@pytest.mark.parametrize("text", NO_PLACE_OF)
def test_a_features_word_after_a_features_of_is_no_place(
    enricher: limner.Enricher, text: str
) -> None:
    assert places(enricher, text) == []


def test_a_region_named_like_a_features_word_stays_a_place(enricher: limner.Enricher) -> None:
    found = places(enricher, "Floods hit the Bay and Bakool regions, Somalia's officials said.")
    assert "Bay" in [p["surface"] for p in found]


# -- a division written out before a noun of visitors -------------------------------------------

#: (text, surface, a point it lies within 100 km of): a US state before a noun of visitors or
#: buyers says where they come from, not where the story is; before other nouns (lawmakers,
#: police, fans of its college's team) it still names the story's state
VISITORS = [
    ("Ohio tourists packed the pubs of Dublin for the rugby final.", "Dublin", 53.35, -6.26),
    ("Texas investors bought a hotel in Dublin last week.", "Dublin", 53.35, -6.26),
    ("A Virginia choir sang in Dublin on St Patrick's Day.", "Dublin", 53.35, -6.26),
    ("A Texas delegation visited Paris to sign the trade deal.", "Paris", 48.86, 2.35),
    ("Ohio lawmakers approved money for a new interchange in Dublin.", "Dublin", 40.10, -83.11),
    ("Ohio fans celebrated in Dublin after the Buckeyes won.", "Dublin", 40.10, -83.11),
]


@pytest.mark.parametrize(("text", "surface", "lat", "lon"), VISITORS)
def test_a_division_before_a_noun_of_visitors_says_where_they_come_from(
    enricher: limner.Enricher, text: str, surface: str, lat: float, lon: float
) -> None:
    found = [p for p in places(enricher, text) if p["surface"] == surface]
    assert found, places(enricher, text)
    assert haversine_km(found[0]["lat"], found[0]["lon"], lat, lon) < 100, found[0]
