"""A national capital lying near none of the story's other places, against a namesake lying
near one; and the floors of the fifteenth set of passages from other outlets
(``data/unseen_neighbours.json``)."""

from __future__ import annotations

import pytest

import limner
from limner_evaluate.measures import haversine_km
from tests.plugins import unseen_news
from tests.plugins.support import places


@pytest.fixture(scope="module")
def enricher() -> limner.Enricher:
    return limner.Enricher(["locations"])


#: the floors of the fifteenth set (``python -m tests.plugins.unseen_news --set neighbours``):
#: the figures measured when they were last raised (as first scored, before any rule read
#: them: 96.1% and 88.3% of the first 51 passages; 96.7% and 93.1% of all 82)
NEIGHBOURS_EXACT_F1 = 0.972
NEIGHBOURS_RESOLVED = 0.948


def test_the_neighbours_labels_are_whole_words_of_their_story() -> None:
    unseen_news.assert_labels_are_whole_words(unseen_news.NEIGHBOURS, least=82)


def test_neighbours_keep_their_figures(enricher: limner.Enricher) -> None:
    unseen_news.assert_keeps_its_figures(
        enricher,
        unseen_news.NEIGHBOURS,
        gold=186,
        f1=NEIGHBOURS_EXACT_F1,
        resolved=NEIGHBOURS_RESOLVED,
    )


#: (text, surface, a point it lies within 100 km of): a national capital that lies near none
#: of the story's other places weighs without its capital's points against a namesake near
#: one; near one itself, or its country named, it holds
FAR_CAPITALS = [
    (
        "Police in Kingston said a cyclist was hit by a truck on the road to Gananoque.",
        "Kingston",
        44.23,
        -76.48,
    ),
    (
        "Dublin city council approved a new library, the third since Columbus built two.",
        "Dublin",
        40.10,
        -83.11,
    ),
    (
        "Kingston police said gunmen killed a man in Spanish Town overnight.",
        "Kingston",
        18.0,
        -76.79,
    ),
    (
        "Jamaican officials in Kingston said the storm would pass well south of Toronto.",
        "Kingston",
        18.0,
        -76.79,
    ),
    (
        "Police in Athens arrested three men, and ferries from Piraeus were held in port.",
        "Athens",
        37.98,
        23.73,
    ),
    (
        "Irish fans flew from Dublin to watch the game near Columbus, police said.",
        "Dublin",
        53.35,
        -6.26,
    ),
    (
        "Dublin police said the match with Cork drew the biggest crowd of the year.",
        "Dublin",
        53.35,
        -6.26,
    ),
]


@pytest.mark.parametrize(("text", "surface", "lat", "lon"), FAR_CAPITALS)
def test_a_capital_far_from_the_storys_places_gives_way_to_a_near_namesake(
    enricher: limner.Enricher, text: str, surface: str, lat: float, lon: float
) -> None:
    hit = [p for p in places(enricher, text) if p["surface"] == surface]
    assert hit, text
    assert haversine_km(hit[0]["lat"], hit[0]["lon"], lat, lon) < 100, hit[0]


#: (text, surface, a point it lies within 50 km of): a comma and a compass word before the
#: place that holds a town ("Kingston, south-west London"); a town of 10,000 people or more
#: whose namesakes lie 2 points or more below it places the towns of the story near it
NEAR_TOWNS = [
    ("Two women were hurt in a crash in Kingston, south-west London.", "Kingston", 51.41, -0.30),
    ("Shelling hit Tripoli, northern Lebanon, for a second night.", "Tripoli", 34.43, 35.84),
    ("Two women from Maidenhead were fined after a brawl in Windsor.", "Windsor", 51.48, -0.61),
    ("Flooding cut the road between Windsor and Detroit.", "Windsor", 42.30, -83.02),
]


@pytest.mark.parametrize(("text", "surface", "lat", "lon"), NEAR_TOWNS)
def test_a_town_near_another_the_story_places_without_doubt(
    enricher: limner.Enricher, text: str, surface: str, lat: float, lon: float
) -> None:
    hit = [p for p in places(enricher, text) if p["surface"] == surface]
    assert hit, text
    assert haversine_km(hit[0]["lat"], hit[0]["lon"], lat, lon) < 50, hit[0]
