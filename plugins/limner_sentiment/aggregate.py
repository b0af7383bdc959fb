"""How sentence scores combine into one score (a document's, a target's), and their drivers.

A document's score is the mean of its sentence scores, each weighted by its
own strength (``sum(s * |s|) / sum(|s|)``): a long article does not drift
towards -1 or +1 the way a sum does, neutral sentences neither pull nor
count, and a one-sentence text keeps its sentence's score.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["combine", "top_drivers"]


def combine(scores: Iterable[float]) -> float:
    """The strength-weighted mean of ``scores`` (each in [-1, 1]); 0.0 when all are 0 or none."""
    num = den = 0.0
    for s in scores:
        a = abs(s)
        num += s * a
        den += a
    if den == 0.0:
        return 0.0
    return max(-1.0, min(1.0, num / den))


def top_drivers(weights: Iterable[tuple[str, float]], limit: int) -> list[list[Any]]:
    """The words that weigh most: ``[[word, summed weight], ...]``, strongest first.

    Weights of the same word are summed; words whose weights cancel out are
    dropped; ties are broken by the word so that the order is deterministic.
    """
    total: dict[str, float] = {}
    for word, weight in weights:
        total[word] = total.get(word, 0.0) + weight
    ranked = sorted(
        ((w, round(v, 3)) for w, v in total.items() if round(v, 3) != 0.0),
        key=lambda item: (-abs(item[1]), item[0]),
    )
    return [[w, v] for w, v in ranked[: max(0, limit)]]
