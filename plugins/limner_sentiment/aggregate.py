"""How sentence sums combine into one score (a document's, a target's), and their drivers.

A document's score is the tone of an average three-sentence passage:
``normalize(sum(raw) / max(1, n / WINDOW))`` over its ``n`` sentences, where
``raw`` is a sentence's summed valence and ``normalize`` is VADER's squashing.
Up to three sentences it is VADER's compound of the whole text; past that it
is a mean, so a long article does not drift towards -1 or +1 the way VADER's
compound of a whole article does, and neutral sentences dilute the tone as a
reader would expect of a mostly factual report.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import Any

from limner_sentiment.scorer import normalize

__all__ = ["WINDOW", "combine", "hit_drivers", "top_drivers"]

#: How many sentences are summed before the document score becomes a mean.
WINDOW = 3


def combine(raws: Sequence[float]) -> float:
    """The pooled score of sentences given their raw sums (0.0 for none), in [-1, 1]."""
    n = len(raws)
    if n == 0:
        return 0.0
    return normalize(sum(raws) / max(1.0, n / WINDOW))


def top_drivers(weights: Iterable[tuple[str, float]], limit: int) -> list[list[Any]]:
    """The words that weigh most: ``[[word, summed weight], ...]``, strongest first.

    Weights of the same word are summed; words whose weights cancel out are
    dropped; ties are broken by the word so that the order is deterministic.
    """
    if not isinstance(weights, list):
        weights = list(weights)
    if len(weights) == 1:  # one word: nothing to sum or rank
        word, weight = weights[0]
        value = _round(weight)
        return [[word, value]] if value and limit > 0 else []
    total: dict[str, float] = {}
    for word, weight in weights:
        total[word] = total.get(word, 0.0) + weight
    return _ranked(total, limit)


def hit_drivers(hits: Sequence[tuple[int, str, float]], limit: int) -> list[list[Any]]:
    """:func:`top_drivers` of a scored sentence's ``(index, word, weight)`` hits."""
    return top_drivers([(word, weight) for _, word, weight in hits], limit)


@functools.lru_cache(maxsize=4096, typed=True)
def _round(weight: float) -> float:
    """A weight rounded to three decimals as reported (weights repeat: the lexicon's)."""
    return round(weight, 3)


def _ranked(total: dict[str, float], limit: int) -> list[list[Any]]:
    """The summed weights that do not cancel out, strongest first, ties by word."""
    kept = []
    for w, v in total.items():
        if abs(v) >= 0.0005:
            r = _round(v)
            kept.append((-abs(r), w, r))
    # (-strength, word) is unique per word: sorting these tuples orders by it alone
    kept.sort()
    return [[w, r] for _, w, r in kept[: max(0, limit)]]
