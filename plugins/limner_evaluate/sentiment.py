"""The sentiment task: document scores against human ratings, and target labels.

Two record schemas, told apart by their keys:

- rated texts (VADER's ground truth): ``gold``, the mean rating of each text
  on VADER's scale from -4 to +4.  Predictions: the document score in
  [-1, 1], or ``None`` when the system gave none (scored as 0, neutral).
  Texts are HTML-unescaped (``&amp;`` becomes ``&``) before any system sees
  them, as the corpus README advises.  Measured: Pearson r, sign and
  three-way agreement, over the whole file and apart for the held-out fifth
  and the training part (:func:`held_out`).
- targets in sentences (NewsMTSC): ``targets``, each with ``start``, ``end``
  and a ``polarity`` (negative, neutral, positive).  limner enriches a
  document holding one ``target`` annotation per gold target and predicts
  the ``label`` of the target sentiment pointing at it; a peer's sentence
  score stands in for each target of the sentence (the label by
  :data:`PRED_NEUTRAL`).  Measured: macro-F1 over the three labels and
  accuracy, over the whole file and apart for the held-out fifth
  (:func:`held_out`: the records whose id has a CRC-32 divisible by 5, the
  fifth the target model is not trained on) and the training four fifths.
"""

from __future__ import annotations

import html
import zlib
from collections.abc import Mapping, Sequence
from typing import Any

import limner
from limner_evaluate.measures import pearson
from limner_evaluate.task import Column, DocReport, Item, Task, number, record_id, surface

__all__ = ["GOLD_NEUTRAL", "LABELS", "PRED_NEUTRAL", "Sentiment", "held_out", "macro_f1",
           "polarity"]

#: A gold rating with ``|gold| < GOLD_NEUTRAL`` (on the -4..4 scale) is neutral.
GOLD_NEUTRAL = 0.5
#: A predicted score with ``|score| < PRED_NEUTRAL`` (on the -1..1 scale) is neutral.
PRED_NEUTRAL = 0.05


#: The target labels, as -1, 0 and 1 index them (``LABELS[p + 1]``).
LABELS = ("negative", "neutral", "positive")


def held_out(record_id: str) -> bool:
    """Whether a record is in the held-out fifth: the CRC-32 of its id divisible by 5.

    The id of a text of VADER's rated sets is ``dataset/id`` ("tweets/12"), that
    of a NewsMTSC sentence its own; limner's learned weights never saw these.
    """
    return zlib.crc32(record_id.encode("utf-8")) % 5 == 0


def macro_f1(pairs: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """Macro-F1 over :data:`LABELS`, accuracy and per-label F1 of ``(gold, predicted)`` pairs."""
    per: dict[str, float] = {}
    for label in LABELS:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        per[label] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return {
        "macro_f1": sum(per.values()) / len(LABELS) if pairs else None,
        "accuracy": sum(1 for g, p in pairs if g == p) / len(pairs) if pairs else None,
        "f1": per,
        "targets": len(pairs),
    }


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
    default_corpora = ("vader-sentiment/*.jsonl", "newsmtsc/*.jsonl")
    miss_unit = "hundredths off"
    empty = None
    columns = (
        Column("Pearson r", "pearson", percent=False),
        Column("sign agreement", "sign_agreement"),
        Column("3-way agreement", "three_way_agreement"),
        Column("r held-out fifth", "pearson_held_out", percent=False),
        Column("r training part", "pearson_training", percent=False),
        Column("texts", "documents", percent=False),
        Column("target macro-F1", "targets.macro_f1", percent=False),
        Column("target accuracy", "targets.accuracy"),
        Column("macro-F1 held-out fifth", "targets.held_out.macro_f1", percent=False),
        Column("macro-F1 training part", "targets.training.macro_f1", percent=False),
        Column("targets", "targets.targets", percent=False),
    )

    def read(self, record: Mapping[str, Any], n: int) -> Item:
        if "targets" in record and "gold" not in record:
            targets = tuple(
                (int(t["start"]), int(t["end"]), _label(t["polarity"])) for t in record["targets"]
            )
            return Item(record_id(record, n), str(record["text"]), targets)
        rid = record_id(record, n)
        if isinstance(record.get("dataset"), str):  # VADER's sets: "tweets/12"
            rid = f"{record['dataset']}/{rid}"
        return Item(rid, html.unescape(record["text"]), float(record["gold"]))

    def document(self, item: Item) -> str | limner.Document:
        if not isinstance(item.gold, tuple):
            return item.text
        doc = limner.Document(item.text)
        # no name: each target is scored on its own, none pooled with another
        doc.add([limner.Annotation(kind="target", start=a, end=b) for a, b, _ in item.gold])
        return doc

    def from_doc(self, doc: limner.Document) -> Any:
        if doc.select("target"):
            found = {}
            for a in doc.select(self.kind):
                target = doc.get(a.get("target")) if a.get("scope") == "target" else None
                if target is not None and target.kind == "target":
                    found[(target.start, target.end)] = a.get("label")
            return found
        for a in doc.select(self.kind):
            if a.get("scope") == "document" and (score := number(a.score)) is not None:
                return score
        return None

    def score(
        self, items: Sequence[Item], preds: Sequence[Any]
    ) -> tuple[dict[str, Any], list[DocReport]]:
        targeted = [(i, p) for i, p in zip(items, preds, strict=True) if isinstance(i.gold, tuple)]
        if not targeted:
            return self._rated(items, preds)
        rated = [(i, p) for i, p in zip(items, preds, strict=True) if not isinstance(i.gold, tuple)]
        metrics, reports = self._rated([i for i, _ in rated], [p for _, p in rated])
        target_metrics, target_reports = _targets(targeted)
        metrics["targets"] = target_metrics
        return metrics, reports + target_reports

    def _rated(
        self, items: Sequence[Item], preds: Sequence[Any]
    ) -> tuple[dict[str, Any], list[DocReport]]:
        if not items:
            return {"documents": 0}, []
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
        parts: dict[str, tuple[list[float], list[float]]] = {"held_out": ([], []),
                                                              "training": ([], [])}
        for item, g, sc in zip(items, golds, scores, strict=True):
            xs, ys = parts["held_out" if held_out(item.id) else "training"]
            xs.append(sc)
            ys.append(g)
        metrics = {
            "documents": len(items),
            "missing": sum(1 for p in preds if p is None),
            "pearson": pearson(scores, golds),
            **{f"pearson_{name}": pearson(xs, ys) if len(xs) > 1 else None
               for name, (xs, ys) in parts.items()},
            "polar": len(polar),
            "sign_agreement": sign / len(polar) if polar else None,
            "three_way_agreement": three / len(items) if items else None,
        }
        return metrics, reports


def _label(value: Any) -> str:
    if value not in LABELS:
        raise ValueError(f"polarity must be one of {', '.join(LABELS)}, got {value!r}")
    return str(value)


def _predicted(pred: Any, span: tuple[int, int]) -> str:
    """The label a prediction gives a target: limner's by span, a peer's sentence score's sign."""
    if isinstance(pred, dict):
        label = pred.get(span)
        return label if label in LABELS else "neutral"
    value = number(pred)
    return LABELS[polarity(value, PRED_NEUTRAL) + 1] if value is not None else "neutral"


def _targets(targeted: Sequence[tuple[Item, Any]]) -> tuple[dict[str, Any], list[DocReport]]:
    """Target metrics (whole, held-out fifth, training part) and a report per sentence."""
    whole: list[tuple[str, str]] = []
    parts: dict[str, list[tuple[str, str]]] = {"held_out": [], "training": []}
    reports = []
    for item, pred in targeted:
        part = parts["held_out" if held_out(item.id) else "training"]
        wrong = []
        for a, b, gold in item.gold:
            got = _predicted(pred, (a, b))
            whole.append((gold, got))
            part.append((gold, got))
            if got != gold:
                wrong.append(f"{surface(item.text, (a, b))!r}: {got}, gold {gold}")
        reports.append(DocReport(item.id, len(wrong), wrong))
    metrics = macro_f1(whole)
    metrics.update({name: macro_f1(pairs) for name, pairs in parts.items()})
    return metrics, reports
