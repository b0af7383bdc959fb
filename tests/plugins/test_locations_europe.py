"""Rivers, seas, bays and straits of Europe that no town gazetteer holds, found and placed
from the supplement; and the floors of the eleventh set of passages from other outlets
(``data/unseen_europe.json``)."""

from __future__ import annotations

import pytest

import limner
from limner_evaluate.measures import haversine_km
from tests.plugins import unseen_news
from tests.plugins.support import places


@pytest.fixture(scope="module")
def enricher() -> limner.Enricher:
    return limner.Enricher(["locations"])


# -- the eleventh set (data/unseen_europe.json) -------------------------------------------------

#: the floors of the eleventh set (``python -m tests.plugins.unseen_news --set europe``): the
#: figures measured when they were last raised (as first scored, before any rule read them:
#: 90.1% and 93.4%)
EUROPE_EXACT_F1 = 0.963
EUROPE_RESOLVED = 0.957


def test_the_europe_labels_are_whole_words_of_their_story() -> None:
    unseen_news.assert_labels_are_whole_words(unseen_news.EUROPE, least=59)


def test_rivers_seas_and_namesakes_of_europe_keep_their_figures(enricher: limner.Enricher) -> None:
    unseen_news.assert_keeps_its_figures(
        enricher, unseen_news.EUROPE, gold=126, f1=EUROPE_EXACT_F1, resolved=EUROPE_RESOLVED
    )


# -- a river, a sea or a strait of Europe --------------------------------------------------------

#: (text, surface, a point it lies within 500 km of): rivers, seas, bays and straits that the
#: towns' data does not hold, or holds only as a town of the name after "of" ("Biscay",
#: Minnesota's) or a town inside the strait's name ("Gibraltar")
FEATURES = [
    ("Barges loaded with wine left Nantes for the Loire estuary at dawn.", "Loire", 47.3, -1.5),
    (
        "Tour boats on the Douro carried a record 1.5 million visitors from Porto.",
        "Douro",
        41.14,
        -8.61,
    ),
    (
        "A yacht was dismasted in the Bay of Biscay on its way to La Rochelle.",
        "Bay of Biscay",
        45.5,
        -4.0,
    ),
    (
        "Divers searched the Gulf of Lion for the crew of a trawler from Sete.",
        "Gulf of Lion",
        43.0,
        4.0,
    ),
    (
        "Migrants crossed the Strait of Gibraltar in small boats, police in Tarifa said.",
        "Strait of Gibraltar",
        35.97,
        -5.5,
    ),
    ("Lisbon's new bridge over the Tagus opened to traffic on Monday.", "Tagus", 38.7, -9.1),
    ("The Vistula burst its banks in Krakow after a week of rain.", "Vistula", 50.06, 19.94),
    (
        "Fishing boats sheltered from a storm in the Tyrrhenian Sea off Naples.",
        "Tyrrhenian Sea",
        40.0,
        12.0,
    ),
]


@pytest.mark.parametrize(("text", "surface", "lat", "lon"), FEATURES)
def test_a_water_feature_of_europe_is_found_where_it_lies(
    enricher: limner.Enricher, text: str, surface: str, lat: float, lon: float
) -> None:
    found = [p for p in places(enricher, text) if p["surface"] == surface]
    assert found, (text, places(enricher, text))
    assert found[0]["lat"] is not None
    assert haversine_km(lat, lon, found[0]["lat"], found[0]["lon"]) <= 500.0, found[0]


#: (text, a town of the country whose divisions bear the river's name): a river that
#: divisions of one country are named after places its story in that country, as the
#: division read in its stead did, so the town by it needs no other support
BY_A_RIVER = [
    ("Sancerre, a hilltop town on the Loire, is hosting a cycling stage this summer.", "Sancerre"),
    ("The Rhone burst its banks at Avignon, flooding the lower town.", "Avignon"),
]


@pytest.mark.parametrize(("text", "town"), BY_A_RIVER)
def test_a_river_that_divisions_are_named_after_places_the_story(
    enricher: limner.Enricher, text: str, town: str
) -> None:
    found = {p["surface"]: p for p in places(enricher, text)}
    assert town in found, found
    assert found[town]["country"] == "FR"
