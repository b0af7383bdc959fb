"""The locations task: toponym spans and their coordinates, scored on LGL.

Gold: the ``toponyms`` of each record (``start``, ``end``, ``lat``, ``lon``).
Predictions: ``{"start", "end", "lat", "lon"}`` per place name found
(coordinates may be ``None``; a system whose predictions have no ``lat`` key
at all, such as spaCy's, gives no coordinates and is scored on spans only).
Spans are scored exactly and by overlap; places matched by overlap whose
gold has coordinates are scored by the great-circle distance, an unresolved
prediction counting as the largest possible error.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

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
    misses,
    number,
    record_id,
    surface,
)

__all__ = ["ACCURATE_KM", "Locations"]

#: A resolved place counts as right within this distance of the gold point (100 miles).
ACCURATE_KM = 161.0


class Locations(Task):
    name = "locations"
    kind = "location"
    default_corpora = ("lgl/lgl.jsonl",)
    columns = (
        *SPAN_COLUMNS,
        Column("≤161 km", "geo.within_161km"),
        Column("median km", "geo.median_km", percent=False, digits=1),
        Column("geo pairs", "geo.pairs", percent=False),
    )

    def read(self, record: Mapping[str, Any], n: int) -> Item:
        gold = [
            {
                "start": int(t["start"]),
                "end": int(t["end"]),
                "lat": number(t.get("lat")),
                "lon": number(t.get("lon")),
            }
            for t in record.get("toponyms", ())
        ]
        return Item(record_id(record, n), record["text"], gold)

    def from_doc(self, doc: limner.Document) -> list[dict[str, Any]]:
        return [
            {
                "start": a.start,
                "end": a.end,
                "lat": number(a.get("lat")),
                "lon": number(a.get("lon")),
            }
            for a in doc.select(self.kind)
        ]

    def score(
        self, items: Sequence[Item], preds: Sequence[Any]
    ) -> tuple[dict[str, Any], list[DocReport]]:
        geocodes = gives(preds, "lat")
        exact, overlap = Counts(), Counts()
        errors: list[float] = []
        unresolved = 0
        reports = []
        for item, pred in zip(items, preds, strict=True):
            gs, ps, pairs = score_spans(item.gold, pred, exact, overlap)
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
                if km > ACCURATE_KM:
                    far += 1
                    where = "unresolved" if km == MAX_ERROR_KM else f"{km:,.0f} km off"
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
                "median_km": median(errors),
            }
            if geocodes
            else None,
        }
        return metrics, reports
