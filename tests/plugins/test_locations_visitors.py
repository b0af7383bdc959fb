"""Visitors from a division, and water features and districts of the supplement; and the
floors of the fourteenth set of passages from other outlets (``data/unseen_visitors.json``)."""

from __future__ import annotations

import pytest

import limner
from tests.plugins import unseen_news
from tests.plugins.support import near, places


@pytest.fixture(scope="module")
def enricher() -> limner.Enricher:
    return limner.Enricher(["locations"])


#: the floors of the fourteenth set (``python -m tests.plugins.unseen_news --set visitors``):
#: the figures measured when they were last raised (as first scored, before any rule read
#: them: 95.8% and 84.8%)
VISITORS_EXACT_F1 = 0.983
VISITORS_RESOLVED = 0.938


def test_the_visitors_labels_are_whole_words_of_their_story() -> None:
    unseen_news.assert_labels_are_whole_words(unseen_news.VISITORS, least=72)


def test_visitors_and_namesakes_keep_their_figures(enricher: limner.Enricher) -> None:
    unseen_news.assert_keeps_its_figures(
        enricher,
        unseen_news.VISITORS,
        gold=186,
        f1=VISITORS_EXACT_F1,
        resolved=VISITORS_RESOLVED,
    )


# -- visitors from a division -------------------------------------------------------------------

#: (text, surface, a point it lies within 100 km of): a division after a noun of visitors and
#: "from" says where they come from, not where the story is; written out otherwise, or before
#: a body of its state, it places the story
VISITORS_FROM = [
    (
        "Cricket fans from Scotland packed the ground in Perth for the Ashes test.",
        "Perth",
        -31.95,
        115.86,
    ),
    (
        (
            "Holidaymakers from Ontario filled the resorts outside Kingston, the Jamaica "
            "Tourist Board said."
        ),
        "Kingston",
        18.0,
        -76.79,
    ),
    (
        "Pilgrims from Scotland walked from Perth to Fremantle for the charity.",
        "Perth",
        -31.95,
        115.86,
    ),
    ("Scotland's flood warnings covered Perth and its river.", "Perth", 56.40, -3.43),
    ("The crash near Kingston closed a highway in Ontario.", "Kingston", 44.23, -76.48),
    ("Fans from Dundee travelled to Perth across Scotland.", "Perth", 56.40, -3.43),
]


@pytest.mark.parametrize(("text", "surface", "lat", "lon"), VISITORS_FROM)
def test_visitors_from_a_division_do_not_place_the_story_there(
    enricher: limner.Enricher, text: str, surface: str, lat: float, lon: float
) -> None:
    assert near(places(enricher, text), surface, lat, lon)


# -- water features and districts of the supplement ---------------------------------------------

#: (text, surface, feature, a point it lies within 100 km of)
FEATURES = [
    ("Low water on the Elbe stranded barges at Magdeburg.", "Elbe", "river", 52.13, 11.63),
    ("A ferry crosses Lake Constance from Konstanz.", "Lake Constance", "lake", 47.63, 9.38),
    ("Whales feed in the Bay of Fundy each summer.", "Bay of Fundy", "sea", 45.0, -65.8),
    ("The invasion at the Bay of Pigs failed in 1961.", "Bay of Pigs", "sea", 22.12, -81.15),
    ("Rents rose on the Isle of Dogs last year.", "Isle of Dogs", "island", 51.50, -0.02),
]


@pytest.mark.parametrize(("text", "surface", "feature", "lat", "lon"), FEATURES)
def test_water_features_and_districts_are_held(
    enricher: limner.Enricher, text: str, surface: str, feature: str, lat: float, lon: float
) -> None:
    found = places(enricher, text)
    assert [p["feature"] for p in found if p["surface"] == surface] == [feature]
    assert near(found, surface, lat, lon)


# -- the country a story's people went to -------------------------------------------------------

#: (text, surface, a point it lies within 100 km of): people who went to another country place
#: the story there, its towns beyond a neighbour's reach too, where the story names the
#: country they left no other way
MOVED_TO = [
    (
        "Portuguese builders who emigrated to Canada found work in London and Windsor.",
        "Windsor",
        42.30,
        -83.02,
    ),
    (
        "Ghanaian nurses who moved to Canada say the hospitals of London are short of beds.",
        "London",
        42.98,
        -81.25,
    ),
    (
        "Lebanese traders who settled in Canada opened shops in Kingston.",
        "Kingston",
        44.23,
        -76.48,
    ),
    (
        "Welsh miners who emigrated to Canada cleared farms near Perth.",
        "Perth",
        44.90,
        -76.25,
    ),
    (
        "Indian doctors who moved to Britain staff the hospitals of London and Windsor.",
        "Windsor",
        51.48,
        -0.61,
    ),
    (
        (
            "Russia's culture ministry showed painters who emigrated to the US, and Russian "
            "sculptors who moved to the US, in a gallery in Moscow."
        ),
        "Moscow",
        55.75,
        37.62,
    ),
]


@pytest.mark.parametrize(("text", "surface", "lat", "lon"), MOVED_TO)
def test_the_country_people_went_to_places_the_story(
    enricher: limner.Enricher, text: str, surface: str, lat: float, lon: float
) -> None:
    assert near(places(enricher, text), surface, lat, lon)


# -- a division's namesake town beside a town ---------------------------------------------------

#: (text, surface, feature, a point it lies within 100 km of): a name that an event of a
#: region's size makes a division is the town where a town near it stands beside it
BESIDE_A_TOWN = [
    ("A storm lashed Concepción and Penco on Sunday.", "Concepción", "city", -36.83, -73.05),
    ("An earthquake struck Concepción and Chillán.", "Concepción", "city", -36.83, -73.05),
    ("An earthquake struck Concepción.", "Concepción", "region", -23.0, -57.0),
    ("A storm battered Concepción and Amambay.", "Concepción", "region", -23.0, -57.0),
]


@pytest.mark.parametrize(("text", "surface", "feature", "lat", "lon"), BESIDE_A_TOWN)
def test_a_town_beside_a_division_s_namesake_makes_it_the_town(
    enricher: limner.Enricher, text: str, surface: str, feature: str, lat: float, lon: float
) -> None:
    found = places(enricher, text)
    assert [p["feature"] for p in found if p["surface"] == surface] == [feature]
    assert near(found, surface, lat, lon)
