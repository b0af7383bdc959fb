"""The sentiment task: document scores against mean human ratings (VADER's ground truth).

Gold: ``gold``, the mean rating of each text on VADER's scale from -4 to +4.
Predictions: the document score in [-1, 1], or ``None`` when the system gave
none (scored as 0, neutral).  Texts are HTML-unescaped (``&amp;`` becomes
``&``) before any system sees them, as the corpus README advises.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

import limner
from limner_evaluate.measures import pearson
from limner_evaluate.task import Column, DocReport, Item, Task, number, record_id, surface

__all__ = ["GOLD_NEUTRAL", "PRED_NEUTRAL", "Sentiment", "polarity"]

#: A gold rating with ``|gold| < GOLD_NEUTRAL`` (on the -4..4 scale) is neutral.
GOLD_NEUTRAL = 0.5
#: A predicted score with ``|score| < PRED_NEUTRAL`` (on the -1..1 scale) is neutral.
PRED_NEUTRAL = 0.05


def polarity(value: float, neutral: float) -> int:
    """-1, 0 or 1: the sign of ``value``, 0 when ``|value| < neutral``."""
    if value >= neutral:
        return 1
    if value <= -neutral:
        return -1
    return 0


class Sentiment(Task):
    name = "sentiment"
    kind = "sentiment"
    default_corpora = ("vader-sentiment/*.jsonl",)
    miss_unit = "hundredths off"
    empty = None
    columns = (
        Column("Pearson r", "pearson", percent=False),
        Column("sign agreement", "sign_agreement"),
        Column("3-way agreement", "three_way_agreement"),
        Column("texts", "documents", percent=False),
    )

    def read(self, record: Mapping[str, Any], n: int) -> Item:
        return Item(record_id(record, n), html.unescape(record["text"]), float(record["gold"]))

    def from_doc(self, doc: limner.Document) -> float | None:
        for a in doc.select(self.kind):
            if a.get("scope") == "document" and (score := number(a.score)) is not None:
                return score
        return None

    def score(
        self, items: Sequence[Item], preds: Sequence[Any]
    ) -> tuple[dict[str, Any], list[DocReport]]:
        golds = [float(item.gold) for item in items]
        scores = [0.0 if p is None else float(p) for p in preds]
        polar = [(g, s) for g, s in zip(golds, scores, strict=True)
                 if polarity(g, GOLD_NEUTRAL) != 0]
        sign = sum(1 for g, s in polar if polarity(s, PRED_NEUTRAL) == polarity(g, GOLD_NEUTRAL))
        three = sum(1 for g, s in zip(golds, scores, strict=True)
                    if polarity(s, PRED_NEUTRAL) == polarity(g, GOLD_NEUTRAL))
        reports = []  # misses: |score - gold / 4| in hundredths
        for item, g, s, p in zip(items, golds, scores, preds, strict=True):
            err = abs(s - g / 4)
            shown = "none" if p is None else f"{s:+.2f}"
            reports.append(DocReport(item.id, round(err * 100), [
                (f"score {shown}, gold {g / 4:+.2f} (rating {g:+.2f}): "
                f"{surface(item.text, (0, len(item.text)), 80)!r}")]))
        metrics = {
            "documents": len(items),
            "missing": sum(1 for p in preds if p is None),
            "pearson": pearson(scores, golds),
            "polar": len(polar),
            "sign_agreement": sign / len(polar) if polar else None,
            "three_way_agreement": three / len(items) if items else None,
        }
        return metrics, reports
