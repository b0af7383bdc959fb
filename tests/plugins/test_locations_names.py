"""Names that hold a place: institutions, clubs before their followers, dishes and breeds
named after places, and points of places that cross the 180th meridian; and the floors of
the fifth set of passages from other outlets (``data/unseen_names.json``)."""

from __future__ import annotations

from typing import Any

import pytest

import limner
from limner_locations.building import trimmed_centre
from tests.plugins.support import annotated


@pytest.fixture(scope="module")
def enricher() -> limner.Enricher:
    return limner.Enricher(["locations"])


def places(enricher: limner.Enricher, text: str) -> list[dict[str, Any]]:
    return annotated(enricher, text, "location")


def surfaces(enricher: limner.Enricher, text: str) -> list[str]:
    return [p["surface"] for p in places(enricher, text)]


# -- points of places that cross the 180th meridian ---------------------------------------------


def test_a_box_crossing_the_180th_meridian_is_centred_on_its_side_of_the_world() -> None:
    # Fiji's towns lie both sides of 180 degrees: the centre is in the Pacific, not in Africa
    lats = [-18.1, -17.8, -16.6, -17.6, -16.8, -19.1, -17.0]
    lons = [178.4, 177.4, 179.3, -179.9, -179.8, 178.2, 178.0]
    lat, lon = trimmed_centre(lats, lons) or (0.0, 0.0)
    assert -19.2 < lat < -16.5
    assert abs(lon) > 175.0, lon
    # a country near Greenwich keeps the box measured west to east
    assert trimmed_centre([51.5, 53.4, 50.4], [-0.1, -2.2, 1.3]) == (51.9, -0.45)


def test_fiji_is_placed_in_the_pacific(enricher: limner.Enricher) -> None:
    (fiji,) = [p for p in places(enricher, "Floods hit Fiji on Monday.") if p["surface"] == "Fiji"]
    assert fiji["country"] == "FJ"
    assert abs(fiji["lon"]) > 170.0, fiji
