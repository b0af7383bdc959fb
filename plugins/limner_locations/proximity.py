"""Which places of a story lie near each other: a grid of the story's points.

The resolver asks, for each candidate town of each name, whether another
name of the story has a point within :data:`NEAR_KM`.  Asking by scanning
every other point makes a story of n distinct places cost n² distance
computations; the grid answers each question from the cells around the
point (a story of at most 24 points keeps them by latitude, and a question
measures only those within reach of its own latitude).  Cells are 0.9
degrees on a side (at most 100 km, so two points of
one cell are always within 141 km of each other): a cell holding a point of
another name answers at once; otherwise the neighbouring cells are scanned,
and each holds each distinct point once, so the work per question is bounded
by the gazetteer's points around it, never by the length of the story.
"""

from __future__ import annotations

import math
from bisect import bisect_left

__all__ = ["NEAR_KM", "Proximity", "km"]

#: Two places of a story are near when at most this far apart.
NEAR_KM = 150.0
_CELL = 0.9  # degrees; 0.9 * 111.2 km = 100 km, a cell's diagonal < NEAR_KM
_FEW = 24  # up to this many points, a question scans them all
_DLAT = NEAR_KM / 111.0  # degrees of latitude: points further apart are never near
_LAT_REACH = math.ceil(NEAR_KM / (_CELL * 111.19))  # cells to look up and down


_RADIANS = math.pi / 180.0  # (what math.radians multiplies by)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine, mean earth radius 6,371 km)."""
    p1, p2 = lat1 * _RADIANS, lat2 * _RADIANS
    dp, dl = p2 - p1, (lon2 - lon1) * _RADIANS
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    s = math.sqrt(h)
    return 12742.0 * math.asin(s if s < 1.0 else 1.0)  # (min(1.0, s), NaN included)


class Proximity:
    """The points of a story's names, by grid cell; :meth:`near` asks for another name close by.

    ``distances`` counts the distance computations made (the work a scaling
    test watches).
    """

    def __init__(self, points: dict[str, tuple[float, float]]) -> None:
        # cell -> {point: the one name at it, or "" when several names share it}
        self.cells: dict[tuple[int, int], dict[tuple[float, float], str]] = {}
        self.distances = 0
        # a story of few places is answered by scanning them all (cheaper than the cells,
        # which are then not made)
        # (by latitude: a question reads only the points within reach of its own; a point
        # without a latitude, NaN, is never near and is left out)
        self.few = sorted([(lat, lon, key) for key, (lat, lon) in points.items()
                           if lat == lat]) if len(points) <= _FEW else None
        self.lats = [p[0] for p in self.few] if self.few is not None else []
        if self.few is None:
            for key, point in points.items():
                if point[0] != point[0]:
                    continue  # (NaN: no point, never near)
                cell = self.cells.setdefault(_cell(*point), {})
                old = cell.get(point)
                cell[point] = key if old is None or old == key else ""
        #: whether the story has any point (then a question may find one near)
        self.any = bool(points)

    def __bool__(self) -> bool:
        return self.any

    def near(self, lat: float, lon: float, key: str) -> bool:
        """Whether a name other than ``key`` has a point within NEAR_KM of (lat, lon)."""
        if lat != lat:  # (NaN: no point)
            return False
        few = self.few
        if few is not None:
            # (a point further than _DLAT degrees of latitude is further than NEAR_KM)
            # (its own scan, not a band of indices as a holder's, resolving._latitude_band:
            # a point found near ends the scan early, so the band's upper bound, searched
            # first, is mostly searched in vain; asking it raised count.py's instructions)
            i = bisect_left(self.lats, lat - _DLAT)
            top = lat + _DLAT
            n = len(few)
            while i < n:
                a, b, k = few[i]
                if a > top:
                    break
                if k != key:
                    self.distances += 1
                    if km(lat, lon, a, b) <= NEAR_KM:
                        return True
                i += 1
            return False
        ci, cj = _cell(lat, lon)
        own = self.cells.get((ci, cj))
        if own is not None and any(k != key for k in own.values()):
            return True  # one cell: always within NEAR_KM
        reach = _lon_reach(lat)
        wrap = round(360 / _CELL)
        for di in range(-_LAT_REACH, _LAT_REACH + 1):
            for dj in range(-reach, reach + 1):
                if di == 0 and dj == 0:
                    continue
                cell = self.cells.get((ci + di, (cj + dj) % wrap))
                if cell is None:
                    continue
                for (a, b), k in cell.items():
                    if k != key:
                        self.distances += 1
                        if km(lat, lon, a, b) <= NEAR_KM:
                            return True
        return False


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / _CELL), math.floor((lon % 360.0) / _CELL) % round(360 / _CELL)


def _lon_reach(lat: float) -> int:
    """Longitude cells to look each way: more towards the poles, all of them near one."""
    edge = min(89.0, abs(lat) + _LAT_REACH * _CELL)
    per_degree = 111.19 * math.cos(math.radians(edge))
    return min(round(180 / _CELL), math.ceil(NEAR_KM / (_CELL * per_degree)))
