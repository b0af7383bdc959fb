"""People of one country who went to another, and towns named side by side; and the floors
of the thirteenth set of passages from other outlets (``data/unseen_movers.json``)."""

from __future__ import annotations

import pytest

import limner
from tests.plugins import unseen_news
from tests.plugins.support import near, places


@pytest.fixture(scope="module")
def enricher() -> limner.Enricher:
    return limner.Enricher(["locations"])


#: the floors of the thirteenth set (``python -m tests.plugins.unseen_news --set movers``): the
#: figures measured when they were last raised (as first scored, before any rule read them:
#: 97.3% and 78.9%)
MOVERS_EXACT_F1 = 0.986
MOVERS_RESOLVED = 0.928


def test_the_movers_labels_are_whole_words_of_their_story() -> None:
    unseen_news.assert_labels_are_whole_words(unseen_news.MOVERS, least=60)


def test_movers_and_neighbours_keep_their_figures(enricher: limner.Enricher) -> None:
    unseen_news.assert_keeps_its_figures(
        enricher,
        unseen_news.MOVERS,
        gold=115,
        f1=MOVERS_EXACT_F1,
        resolved=MOVERS_RESOLVED,
    )


# -- people of a country who went to another ----------------------------------------------------

#: (text, surface, a point it lies within 100 km of): the country its people went to places
#: the story's towns; its people at home, or moving to a town, leave it the story's country
MOVERS = [
    (
        "Venezuelan families who fled to Spain opened bakeries in Valencia.",
        "Valencia",
        39.47,
        -0.38,
    ),
    (
        "Argentine doctors who settled in Spain staff the clinics of Cordoba.",
        "Cordoba",
        37.88,
        -4.78,
    ),
    (
        "Mexican nurses who moved to Spain say the hospital in Guadalajara is short of staff.",
        "Guadalajara",
        40.63,
        -3.17,
    ),
    ("Venezuelan families in Valencia queued for food.", "Valencia", 10.16, -68.0),
    (
        "Venezuelan families who moved to Valencia from Caracas found empty shelves.",
        "Valencia",
        10.16,
        -68.0,
    ),
    ("Mexican police in Guadalajara arrested two men.", "Guadalajara", 20.67, -103.35),
]


@pytest.mark.parametrize(("text", "surface", "lat", "lon"), MOVERS)
def test_people_who_went_to_another_country_do_not_place_the_story_at_home(
    enricher: limner.Enricher, text: str, surface: str, lat: float, lon: float
) -> None:
    assert near(places(enricher, text), surface, lat, lon)


# -- towns named side by side -------------------------------------------------------------------

#: (text, surface, a point it lies within 100 km of)
SIDE_BY_SIDE = [
    ("Commuters between Kingston and Wimbledon faced delays.", "Kingston", 51.41, -0.30),
    ("Kingston and Belleville both lost power in the ice storm.", "Kingston", 44.23, -76.48),
    ("Traffic between San Jose and Sunnyvale crawled after the crash.", "San Jose", 37.34, -121.89),
    ("Buses from San Jose to Cartago were cancelled.", "San Jose", 9.93, -84.08),
    ("Talks in London and Paris ended without a deal.", "London", 51.51, -0.13),
    ("Talks in London and Paris ended without a deal.", "Paris", 48.86, 2.35),
]


@pytest.mark.parametrize(("text", "surface", "lat", "lon"), SIDE_BY_SIDE)
def test_towns_named_side_by_side_are_near_each_other(
    enricher: limner.Enricher, text: str, surface: str, lat: float, lon: float
) -> None:
    assert near(places(enricher, text), surface, lat, lon)
