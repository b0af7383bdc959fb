"""Span matching and the statistics the evaluation reports.

Spans are ``(start, end)`` pairs of ``str`` indices.  Gold and predicted
spans are matched one to one (a prediction counts for at most one gold span
and the reverse); from the matches come precision, recall and F1.  The
module also holds the few statistics the tasks need: Pearson's r, the median
and the great-circle (haversine) distance.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import attrs

__all__ = [
    "Counts",
    "haversine_km",
    "match_exact",
    "match_overlap",
    "median",
    "overlaps",
    "pearson",
    "score_spans",
]

Span = tuple[int, int]


def overlaps(a: Span, b: Span) -> bool:
    """Whether two spans share a character (two equal empty spans overlap too)."""
    return (a[0] < b[1] and b[0] < a[1]) or a == b


def match_exact(gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, pred index)`` of equal spans, in gold order."""
    free: dict[Span, list[int]] = {}
    for j, p in enumerate(pred):
        free.setdefault(p, []).append(j)
    pairs = []
    for i, g in enumerate(gold):
        js = free.get(g)
        if js:
            pairs.append((i, js.pop(0)))
    return pairs


def match_overlap(gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, pred index)`` of overlapping spans.

    Candidate pairs are taken greedily by the number of characters they
    share (most first; ties by position), so that each span is paired with
    the partner it overlaps most when partners compete.  Returned in gold order.
    """
    order = sorted(range(len(pred)), key=lambda j: pred[j])
    cands: list[tuple[int, int, int]] = []
    for i, g in enumerate(gold):
        for j in order:
            p = pred[j]
            if p[0] > g[1]:
                break
            if overlaps(g, p):
                shared = min(g[1], p[1]) - max(g[0], p[0])
                cands.append((-shared, i, j))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    pairs.sort()
    return pairs


@attrs.define
class Counts:
    """Matched, gold and predicted totals, summed over documents."""

    tp: int = 0
    gold: int = 0
    pred: int = 0

    def add(self, tp: int, gold: int, pred: int) -> None:
        self.tp += tp
        self.gold += gold
        self.pred += pred

    @property
    def precision(self) -> float:
        """``tp / pred``; 0.0 when nothing was predicted."""
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        """``tp / gold``; 0.0 when there is no gold."""
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall (0.0 when both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "gold": self.gold, "pred": self.pred,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson's correlation coefficient; ``None`` for fewer than 2 pairs or a constant side."""
    n = len(xs)
    if n != len(ys):
        raise ValueError("pearson() needs two sequences of the same length")
    if n < 2:
        return None
    mx, my = math.fsum(xs) / n, math.fsum(ys) / n
    sxy = math.fsum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = math.fsum((x - mx) ** 2 for x in xs)
    syy = math.fsum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def median(values: Sequence[float]) -> float | None:
    """The median (mean of the middle two for an even count); ``None`` when empty."""
    if not values:
        return None
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


#: Mean Earth radius used for great-circle distances (IUGG), in km.
EARTH_RADIUS_KM = 6371.0088

#: The largest possible great-circle distance (half the circumference), in km.
MAX_ERROR_KM = math.pi * EARTH_RADIUS_KM


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points given in degrees, in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def score_spans(
    gold: Sequence[Any], pred: Sequence[Any], exact: Counts, overlap: Counts
) -> tuple[list[Span], list[Span], list[tuple[int, int]]]:
    """Add one document's exact and overlap counts.

    ``gold`` and ``pred`` are mappings with ``start`` and ``end``.

    Returns:
        The gold spans, the predicted spans, and the overlap pairs
        ``(gold index, prediction index)`` as :func:`match_overlap` gives them.
    """
    gs = [(g["start"], g["end"]) for g in gold]
    ps = [(p["start"], p["end"]) for p in pred]
    exact.add(len(match_exact(gs, ps)), len(gs), len(ps))
    pairs = match_overlap(gs, ps)
    overlap.add(len(pairs), len(gs), len(ps))
    return gs, ps, pairs
