"""The numbers task: number and quantity spans and their values, scored on quantulum3's set
and on limner's own general suite of English numbers (``--suite general-dev``,
``--suite general-test``: ``data/numbers/``, one file a category).

Gold: the ``quantities`` of each record (``start``, ``end``, ``value`` and,
for ranges, ``uncertainty``: the half-width around the midpoint ``value``).
Predictions: ``{"start", "end", "value", "low", "high"}`` (any of the last
three may be ``None``; a system that gives no values at all is scored on
spans only).  Values are compared as numbers, units aside (the vocabularies
of the tools differ).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

import limner
from limner_evaluate.measures import Counts, score_spans
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

__all__ = ["REL_TOL", "Numbers", "value_matches"]

#: Two values are equal when they differ by at most this share of the larger one.
REL_TOL = 1e-6


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-12)


def value_matches(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    """Whether a predicted number has the gold value.

    The gold ``value`` must equal (within :data:`REL_TOL`) the predicted
    ``value``, or the midpoint of the predicted ``low`` and ``high`` when
    both are given.  For a gold range (``uncertainty`` given), predicted
    bounds equal to ``value - uncertainty`` and ``value + uncertainty`` match too.
    """
    gv = number(gold.get("value"))
    if gv is None:
        return False
    pv, lo, hi = number(pred.get("value")), number(pred.get("low")), number(pred.get("high"))
    if pv is not None and _close(pv, gv):
        return True
    if lo is not None and hi is not None:
        if _close((lo + hi) / 2, gv):
            return True
        unc = number(gold.get("uncertainty"))
        if unc is not None and _close(lo, gv - unc) and _close(hi, gv + unc):
            return True
    return False


def _value(value: Any) -> Any:
    """A gold ``value``, checked: one that is no number was scored as a wrong value."""
    if number(value) is None:
        raise ValueError(f"value must be a finite number, got {value!r}")
    return value  # (as written: an int stays one, as the error listing shows it)


def _uncertainty(value: Any) -> Any:
    """A gold ``uncertainty``, checked: one that is no number was read as no range."""
    if value is not None and ((unc := number(value)) is None or unc < 0):
        raise ValueError(f"uncertainty must be a finite number not below 0 or null, "
                         f"got {value!r}")
    return value


class Numbers(Task):
    name = "numbers"
    kind = "number"
    default_corpora = ("quantulum3/quantities.jsonl",)
    #: limner's general suite of English numbers (data/numbers/README.md), one file a category
    suites: ClassVar[dict[str, tuple[str, ...]]] = {
        "general-dev": ("data/numbers/dev/*.jsonl",),
        "general-test": ("data/numbers/test/*.jsonl",),
    }
    columns = (
        *SPAN_COLUMNS,
        Column("F1 span+value", "value.f1"),
    )

    gold_arrays: ClassVar[tuple[str, ...]] = ("quantities",)

    def read(self, record: Mapping[str, Any], n: int) -> Item:
        text = record["text"]
        gold = [
            {
                "start": start,
                "end": end,
                "value": _value(q["value"]),
                "uncertainty": _uncertainty(q.get("uncertainty")),
            }
            for q in record["quantities"]  # (a record without gold is of another corpus)
            for start, end in [gold_span(text, q["start"], q["end"])]
        ]
        gold.sort(key=lambda g: (g["start"], g["end"]))
        return Item(record_id(record, n), text, gold)

    def from_doc(self, doc: limner.Document) -> list[dict[str, Any]]:
        return [
            {
                "start": a.start,
                "end": a.end,
                "value": a.get("value"),
                "low": a.get("low"),
                "high": a.get("high"),
            }
            for a in doc.select(self.kind)
        ]

    def score(
        self, items: Sequence[Item], preds: Sequence[Any]
    ) -> tuple[dict[str, Any], list[DocReport]]:
        exact, overlap, valued = Counts(), Counts(), Counts()
        gives_values = gives(preds, "value")
        reports = []
        for item, pred in zip(items, preds, strict=True):
            gs, ps, pairs = score_spans(item.gold, pred, exact, overlap)
            details = []
            good = 0
            for i, j in pairs:
                if value_matches(pred[j], item.gold[i]):
                    good += 1
                elif gives_values:
                    p = pred[j]
                    got = p.get("value")
                    if got is None:
                        got = (p.get("low"), p.get("high"))
                    details.append(
                        f"{surface(item.text, gs[i])!r}: value {got!r}, "
                        f"gold {item.gold[i]['value']!r}"
                    )
            valued.add(good, len(gs), len(ps))
            details = misses(item.text, gs, ps, pairs) + details
            reports.append(DocReport(item.id, len(details), details))
        metrics = {
            "documents": len(items),
            "exact": exact.as_dict(),
            "overlap": overlap.as_dict(),
            "value": valued.as_dict() if gives_values else None,
        }
        return metrics, reports
