"""The map of the ``html`` view: places as markers on an inline SVG world outline.

The outline (``world_110m.json``, built by ``scripts/build_world_outline.py``
from Natural Earth's public-domain 1:110m countries) is drawn in an
equirectangular plane, ten units to the degree; the view box is fitted to the
markers, and the plane is narrowed by the cosine of the middle latitude so
that the region shown keeps its proportions.  Nothing is fetched: the page
carries the outline once and each map refers to it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from functools import cache
from importlib.resources import files
from typing import Any

import attrs

from limner.document import Annotation
from limner.formats.htmlpanels import ids_attr

__all__ = ["Place", "map_svg", "outline_defs", "places_of"]

OUTLINE_ID = "limner-world"
_UNIT = 10  # plane units per degree
# y of 60° S: the map stops there (the outline leaves Antarctica out), but for a place further south
_SOUTH = 1500
_LABELS = 8  # the most-mentioned places get their name written beside the marker


@attrs.frozen
class Place:
    """One marker: a place and the annotations that mention it."""

    name: str
    lat: float
    lon: float
    ids: tuple[str, ...]


def _coordinate(value: Any, limit: float) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    # compared before the float is made: an int past a float's range raised OverflowError
    return float(value) if -limit <= value <= limit else None


def coordinates(a: Annotation) -> tuple[float, float] | None:
    """``(lat, lon)`` of an annotation, or ``None`` when it has no usable pair."""
    lat, lon = _coordinate(a.get("lat"), 90), _coordinate(a.get("lon"), 180)
    return None if lat is None or lon is None else (lat, lon)


def _spot(lat: float, lon: float) -> tuple[float, float]:
    """The point of the Earth at ``(lat, lon)`` to 0.01°, one pair for each: longitude
    -180 is 180 (one meridian), and a pole is at longitude 0 whatever it was given."""
    lat, lon = round(lat, 2), round(lon, 2)
    if abs(lat) == 90:
        return lat, 0.0
    return lat, 180.0 if lon == -180 else lon


def places_of(annotations: Sequence[Annotation]) -> list[Place]:
    """One place per distinct point (to 0.01°), most mentioned first."""
    groups: dict[tuple[float, float], list[Annotation]] = {}
    for a in annotations:
        at = coordinates(a)
        if at is not None:
            groups.setdefault(_spot(*at), []).append(a)
    places = [
        Place(str(group[0].get("name") or ""), lat, lon, tuple(a.id for a in group))
        for (lat, lon), group in groups.items()
    ]
    places.sort(key=lambda p: (-len(p.ids), p.name))
    return places


@cache
def _outline() -> dict[str, str]:
    data: dict[str, str] = json.loads(
        files("limner.formats").joinpath("world_110m.json").read_text("utf-8")
    )
    return data


def outline_defs() -> str:
    """The hidden SVG that holds the world outline, written once per page."""
    world = _outline()
    return (
        '<svg width="0" height="0" style="position:absolute" aria-hidden="true"><defs>'
        f'<g id="{OUTLINE_ID}"><path class="land" d="{world["land"]}"/>'
        f'<path class="borders" d="{world["borders"]}"/></g></defs></svg>'
    )


def _east(places: Sequence[Place]) -> float:
    """How far east of the plane's west edge (-180) the places are drawn: 0, or 360 for
    the places west of the antimeridian when they lie closer together across it (Fiji
    and Tonga), which a second outline, east of the first, then shows."""
    lons = [p.lon for p in places]
    across = [lon + 360 if lon < 0 else lon for lon in lons]
    return 360.0 if max(across) - min(across) < max(lons) - min(lons) else 0.0


def _lon(p: Place, east: float) -> float:
    """The longitude ``p`` is drawn at: ``east`` added west of the antimeridian."""
    return p.lon + east if p.lon < 0 else p.lon


def _view(places: Sequence[Place]) -> tuple[float, float, float, float, float]:
    """``(x, y, width, height, squeeze)`` of the view box around the places."""
    ys = [(90 - p.lat) * _UNIT for p in places]
    mid_lat = 90 - (min(ys) + max(ys)) / 2 / _UNIT
    squeeze = max(math.cos(math.radians(mid_lat)), 0.35)
    east = _east(places)
    xs = [(_lon(p, east) + 180) * _UNIT * squeeze for p in places]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    pad = 6 * _UNIT
    x0, x1, y0, y1 = x0 - pad, x1 + pad, y0 - pad, y1 + pad
    # no closer than about 25° of longitude, and a landscape frame
    width = max(x1 - x0, 25 * _UNIT * squeeze, (y1 - y0) * 1.5)
    height = max(y1 - y0, width / 1.6)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    # the plane shown: the world down to 60 S, and past its edges as far as a marker
    # (a pole, the antimeridian, Antarctica) and its margin need
    left, right = min(0.0, x0), max((360 + east) * _UNIT * squeeze, x1)
    top, bottom = min(0.0, y0), max(float(_SOUTH), y1)
    width, height = min(width, right - left), min(height, bottom - top)
    x = min(max(cx - width / 2, left), right - width)
    y = min(max(cy - height / 2, top), bottom - height)
    return x, y, width, height, squeeze


def _label(
    name: str,
    px: float,
    py: float,
    r: float,
    size: float,
    view: tuple[float, float, float, float],
    taken: list[tuple[float, float, float, float]],
) -> tuple[float, str] | None:
    """Where a marker's name fits, right of it or else left, clear of the other names."""
    width = max(len(name), 1) * size * 0.55
    top, bottom = py - size * 0.6, py + size * 0.6
    for left, x, anchor in (
        (px + r * 1.3, px + r * 1.3, "start"),
        (px - r * 1.3 - width, px - r * 1.3, "end"),
    ):
        box = (left, top, left + width, bottom)
        inside = view[0] <= box[0] and box[2] <= view[0] + view[2]
        if inside and not any(
            box[0] < t[2] and t[0] < box[2] and box[1] < t[3] and t[1] < box[3] for t in taken
        ):
            taken.append(box)
            return x, anchor
    return None


def map_svg(places: Sequence[Place], escape: Callable[[str], str], *, labels: int = _LABELS) -> str:
    """An ``<svg>`` with one marker per place over the outline; ``""`` without places.

    Each marker carries ``data-ids``, the ids of the annotations it stands for.
    """
    if not places:
        return ""
    x, y, w, h, squeeze = _view(places)
    east = _east(places)
    world = f'<use href="#{OUTLINE_ID}" transform="scale({squeeze:.4f} 1)"/>'
    if east:  # the world again, east of the antimeridian
        shift = f"translate({east * _UNIT * squeeze:.1f} 0) "
        world += f'<use href="#{OUTLINE_ID}" transform="{shift}scale({squeeze:.4f} 1)"/>'
    most = max(len(p.ids) for p in places)
    radius = w / 160
    out = [
        (
            f'<svg viewBox="{x:.0f} {y:.0f} {w:.0f} {h:.0f}" role="img" '
            f'aria-label="Map of {len(places)} places" preserveAspectRatio="xMidYMid meet">'
            f"{world}"
        )
    ]
    text: list[str] = []
    taken: list[tuple[float, float, float, float]] = []
    size = w / 38
    for rank, p in enumerate(places):
        px, py = (_lon(p, east) + 180) * _UNIT * squeeze, (90 - p.lat) * _UNIT
        r = radius * (1 + 1.5 * math.sqrt(len(p.ids) / most))
        mentions = f"{len(p.ids)} mention{'s' if len(p.ids) != 1 else ''}"
        name = escape(p.name or "unnamed place")
        out.append(
            f'<circle class="pin" cx="{px:.1f}" cy="{py:.1f}" r="{r:.1f}" '
            f'data-ids="{ids_attr(p.ids, escape)}" tabindex="0" role="button" '
            f'aria-label="{name}, {mentions}"><title>{name} ({mentions})</title></circle>'
        )
        if rank < labels:
            label = _label(p.name, px, py, r, size, (x, y, w, h), taken)
            if label is not None:
                lx, anchor = label
                text.append(
                    f'<text class="lbl" x="{lx:.1f}" y="{py + size * 0.35:.1f}" '
                    f'font-size="{size:.1f}" text-anchor="{anchor}">{name}</text>'
                )
    # most mentioned first: the small markers are drawn over the big ones and stay clickable
    out.extend(text)
    out.append("</svg>")
    return "".join(out)
