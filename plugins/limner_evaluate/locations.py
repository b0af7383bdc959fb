"""The locations task: toponym spans and their coordinates, scored on LGL.

Gold: the ``toponyms`` of each record (``start``, ``end``, ``lat``, ``lon``).
Predictions: ``{"start", "end", "lat", "lon"}`` per place name found
(coordinates may be ``None``; a system whose predictions have no ``lat`` key
at all, such as spaCy's, gives no coordinates and is scored on spans only).
Spans are scored exactly and by overlap; places matched by overlap whose
gold has coordinates are scored by the great-circle distance, an unresolved
prediction counting as the largest possible error.  Such a place is
*resolved* when it has the gold's GeoNames id or lies within 161 km of the
gold point (500 km when the gold is a country, a continent or a first-level
division, which corpora place at different representative points).

Documents fall in two fixed halves by a hash of their id (:func:`half`), so
that rules developed on one half can be checked on the other; the JSON
metrics give the exact F1, the resolved share and the share within 161 km of
each half.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

import attrs

import limner
from limner_evaluate.measures import (
    MAX_ERROR_KM,
    Counts,
    haversine_km,
    median,
    score_spans,
)
from limner_evaluate.task import (
    SPAN_COLUMNS,
    Column,
    DocReport,
    Item,
    Task,
    gives,
    gold_span,
    misses,
    number,
    record_id,
    surface,
)

__all__ = ["ACCURATE_KM", "LARGE_AREA_KM", "Locations", "half"]

#: A resolved place counts as right within this distance of the gold point (100 miles).
ACCURATE_KM = 161.0
#: ... and within this distance when the gold is a country, continent or first-level division.
LARGE_AREA_KM = 500.0
#: GeoNames feature codes of those large areas (independent and dependent political
#: entities, continents, first-level divisions).
_LARGE_AREAS = frozenset({"PCL", "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCLH", "TERR",
                          "CONT", "ADM1", "ADM1H"})


def half(doc_id: str) -> str:
    """``"train"`` or ``"dev"``: the fixed half of a document, by the parity of the first
    byte of the SHA-1 of its id (about half the documents each)."""
    return "train" if hashlib.sha1(doc_id.encode("utf-8")).digest()[0] % 2 == 0 else "dev"


#: A GeoNames feature code: capital letters and digits ("PPLC", "ADM1").
_FCODE = re.compile(r"[A-Z][A-Z0-9]*")


def _gold_point(toponym: Mapping[str, Any]) -> tuple[float | None, float | None]:
    """A gold toponym's ``lat`` and ``lon``, checked: both numbers of degrees, or both null.

    A coordinate written as a string, out of range or given alone was read as no
    point, and its place left out of the distances silently.

    Raises:
        ValueError: naming the field, its value and what it may be.
    """
    point = []
    for key, limit in (("lat", 90), ("lon", 180)):
        value = toponym.get(key)
        degrees = number(value)
        if value is not None and (degrees is None or abs(degrees) > limit):
            raise ValueError(f"{key} must be a number of degrees from -{limit} to {limit} "
                             f"or null, got {value!r}")
        point.append(degrees)
    if (point[0] is None) != (point[1] is None):
        raise ValueError(f"lat and lon must both be given or both null, got "
                         f"{toponym.get('lat')!r} and {toponym.get('lon')!r}")
    return point[0], point[1]


def _gold_labels(toponym: Mapping[str, Any]) -> tuple[int | None, bool]:
    """A gold toponym's GeoNames id and whether it is a large area, its fields checked.

    Raises:
        ValueError: a ``geonameid`` that is no whole number (LGL writes it as a string
            of digits), or an ``fcode`` that is no GeoNames feature code ("pcli" was
            read as no large area).
    """
    gid = toponym.get("geonameid")
    if gid is not None and _geonameid(gid) is None:
        raise ValueError(f"geonameid must be a whole number or null, got {gid!r}")
    fcode = toponym.get("fcode")
    if fcode is not None and not (isinstance(fcode, str) and _FCODE.fullmatch(fcode)):
        raise ValueError("fcode must be a GeoNames feature code (capital letters and digits) "
                         f"or null, got {fcode!r}")
    return _geonameid(gid), fcode in _LARGE_AREAS


def _geonameid(value: Any) -> int | None:
    try:
        return int(value) if value is not None and not isinstance(value, bool) else None
    except (TypeError, ValueError):
        return None


class Locations(Task):
    name = "locations"
    kind = "location"
    default_corpora = ("lgl/lgl.jsonl",)
    columns = (
        *SPAN_COLUMNS,
        Column("≤161 km", "geo.within_161km"),
        Column("resolved", "geo.resolved"),
        Column("median km", "geo.median_km", percent=False, digits=1),
        Column("geo pairs", "geo.pairs", percent=False),
    )

    gold_arrays: ClassVar[tuple[str, ...]] = ("toponyms",)

    def read(self, record: Mapping[str, Any], n: int) -> Item:
        text = record["text"]
        gold = [
            {"start": start, "end": end, "lat": lat, "lon": lon, "geonameid": gid,
             "large": large}
            for t in record["toponyms"]  # (a record without gold is of another corpus)
            for start, end in [gold_span(text, t["start"], t["end"])]
            for lat, lon in [_gold_point(t)]
            for gid, large in [_gold_labels(t)]
        ]
        return Item(record_id(record, n), text, gold)

    def from_doc(self, doc: limner.Document) -> list[dict[str, Any]]:
        return [
            {
                "start": a.start,
                "end": a.end,
                "lat": number(a.get("lat")),
                "lon": number(a.get("lon")),
                "geonameid": _geonameid(a.get("geonameid")),
            }
            for a in doc.select(self.kind)
        ]

    def score(
        self, items: Sequence[Item], preds: Sequence[Any]
    ) -> tuple[dict[str, Any], list[DocReport]]:
        geocodes = gives(preds, "lat")
        exact, overlap = Counts(), Counts()
        halves = {"train": _Half(), "dev": _Half()}
        errors: list[float] = []
        unresolved = resolved = 0
        reports = []
        for item, pred in zip(items, preds, strict=True):
            part = halves[half(item.id)]
            before = exact.tp
            gs, ps, pairs = score_spans(item.gold, pred, exact, overlap)
            part.exact.add(exact.tp - before, len(gs), len(ps))  # the half's share, matched once
            details = []
            far = 0
            for i, j in pairs:
                g, p = item.gold[i], pred[j]
                if not geocodes or g["lat"] is None or g["lon"] is None:
                    continue
                if p.get("lat") is None or p.get("lon") is None:
                    unresolved += 1
                    km = MAX_ERROR_KM
                else:
                    km = haversine_km(g["lat"], g["lon"], p["lat"], p["lon"])
                errors.append(km)
                same = g.get("geonameid") is not None and p.get("geonameid") == g["geonameid"]
                ok = same or km <= (LARGE_AREA_KM if g.get("large") else ACCURATE_KM)
                resolved += ok
                part.pairs += 1
                part.resolved += ok
                part.within += km <= ACCURATE_KM
                if km > ACCURATE_KM:
                    far += 1
                    where = "unresolved" if km == MAX_ERROR_KM else f"{km:,.0f} km off"
                    if ok:
                        where += " (resolved: same GeoNames id or a large area)"
                    details.append(f"{surface(item.text, gs[i])!r}: {where}")
            unmatched = misses(item.text, gs, ps, pairs)
            reports.append(DocReport(item.id, len(unmatched) + far, details + unmatched))
        within = sum(1 for km in errors if km <= ACCURATE_KM)
        metrics = {
            "documents": len(items),
            "exact": exact.as_dict(),
            "overlap": overlap.as_dict(),
            "geo": {
                "pairs": len(errors),
                "unresolved": unresolved,
                "within_161km": within / len(errors) if errors else None,
                "resolved": resolved / len(errors) if errors else None,
                "median_km": median(errors),
            }
            if geocodes
            else None,
            "halves": {name: h.as_dict(geocodes) for name, h in halves.items()},
        }
        return metrics, reports


@attrs.define
class _Half:
    """The exact-span counts and the resolved places of one half of the documents."""

    exact: Counts = attrs.field(factory=Counts)
    pairs: int = 0
    resolved: int = 0
    within: int = 0  # pairs within ACCURATE_KM

    def as_dict(self, geocodes: bool) -> dict[str, Any]:
        return {
            "exact_f1": self.exact.as_dict()["f1"],
            "resolved": self.resolved / self.pairs if geocodes and self.pairs else None,
            "within_161km": self.within / self.pairs if geocodes and self.pairs else None,
            "geo_pairs": self.pairs,
        }
