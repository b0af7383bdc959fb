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
  and a ``polarity`` (negative, neutral, positive), and optionally
  ``further_mentions``, the other mentions of the same target in the
  sentence (``[[start, end], ...]``).  limner enriches a document holding
  ``target`` annotations named for each gold target (:func:`target_name`):
  its own span, and each of its further mentions, so that they pool into one
  target; a target with further mentions has its own span given
  :data:`OWN_MENTIONS` times, so that it weighs that much more than each of
  them in the mean.  The prediction is the ``label`` of the target sentiment
  of that name.  A peer's sentence score stands in for each target of the
  sentence (the label by :data:`PRED_NEUTRAL`).  Measured: macro-F1 over the three labels and
  accuracy, over the whole file and apart for the held-out fifth
  (:func:`held_out`: the records whose id has a CRC-32 divisible by 5, the
  fifth the target model is not trained on) and the training four fifths.
"""

from __future__ import annotations

import html
import zlib
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

import limner
from limner_evaluate.measures import pearson
from limner_evaluate.task import (
    Column,
    DocReport,
    Item,
    Task,
    gold_span,
    number,
    record_id,
    surface,
)

__all__ = ["GOLD_NEUTRAL", "LABELS", "OWN_MENTIONS", "PRED_NEUTRAL", "Sentiment", "held_out",
           "macro_f1", "polarity", "target_name"]

#: A gold rating with ``|gold| < GOLD_NEUTRAL`` (on the -4..4 scale) is neutral.
GOLD_NEUTRAL = 0.5
#: A predicted score with ``|score| < PRED_NEUTRAL`` (on the -1..1 scale) is neutral.
PRED_NEUTRAL = 0.05


#: The target labels, as -1, 0 and 1 index them (``LABELS[p + 1]``).
LABELS = ("negative", "neutral", "positive")

#: How many times a target's own span is given when it has further mentions: the sentiment
#: plugin pools a target's mentions by their mean, so its own mention weighs this much against
#: each further one (chosen by cross-validation of the target model, whose training script
#: chooses its label factors on probabilities pooled the same way: its ``POOL_OWN``).
OWN_MENTIONS = 2


def target_name(index: int) -> str:
    """The ``name`` of the ``target`` annotations of a sentence's gold target ``index``."""
    return f"target {index + 1}"


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

    gold_arrays: ClassVar[tuple[str, ...]] = ("targets",)

    def read(self, record: Mapping[str, Any], n: int) -> Item:
        if "targets" in record and "gold" not in record:
            targets = tuple(
                (*gold_span(str(record["text"]), t["start"], t["end"]), _label(t["polarity"]),
                 _further(t))
                for t in record["targets"]
            )
            return Item(record_id(record, n), str(record["text"]), targets)
        rid = record_id(record, n)
        if isinstance(record.get("dataset"), str):  # VADER's sets: "tweets/12"
            rid = f"{record['dataset']}/{rid}"
        gold = number(record["gold"])
        if gold is None:  # NaN, infinity, a string or true would spoil every score
            raise ValueError(f"gold must be a finite number, got {record['gold']!r}")
        return Item(rid, html.unescape(record["text"]), gold)

    def document(self, item: Item) -> str | limner.Document:
        if not isinstance(item.gold, tuple):
            return item.text
        doc = limner.Document(item.text)
        # each gold target its own name: its mentions pool into one target, none with another's
        targets = []
        for i, (a, b, _, further) in enumerate(item.gold):
            named = {"name": target_name(i)}
            own = limner.Annotation(kind="target", start=a, end=b, features=named)
            targets += [own] * (OWN_MENTIONS if further else 1)
            targets += [limner.Annotation(kind="target", start=c, end=d, features=named)
                        for c, d in further]
        doc.add(targets)
        return doc

    def from_doc(self, doc: limner.Document) -> Any:
        if doc.select("target"):
            found = {}
            for a in doc.select(self.kind):
                target = doc.get(a.get("target")) if a.get("scope") == "target" else None
                if target is not None and target.kind == "target":
                    found[target.get("name")] = a.get("label")
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


def _further(target: Mapping[str, Any]) -> tuple[tuple[int, int], ...]:
    """A gold target's ``further_mentions`` as spans, its own span left out where listed."""
    more = target.get("further_mentions") or []
    spans = []
    for span in more if isinstance(more, list) else [more]:
        if not (isinstance(span, list) and len(span) == 2
                and all(isinstance(x, int) and not isinstance(x, bool) for x in span)):
            raise ValueError(f"further_mentions must be a list of [start, end], got {more!r}")
        if (span[0], span[1]) != (int(target["start"]), int(target["end"])):
            spans.append((span[0], span[1]))
    return tuple(spans)


def _predicted(pred: Any, index: int) -> str:
    """The label a prediction gives gold target ``index``: limner's by the target's name, a
    peer's sentence score's sign."""
    if isinstance(pred, dict):
        label = pred.get(target_name(index))
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
        for i, (a, b, gold, _) in enumerate(item.gold):
            got = _predicted(pred, i)
            whole.append((gold, got))
            part.append((gold, got))
            if got != gold:
                wrong.append(f"{surface(item.text, (a, b))!r}: {got}, gold {gold}")
        reports.append(DocReport(item.id, len(wrong), wrong))
    metrics = macro_f1(whole)
    metrics.update({name: macro_f1(pairs) for name, pairs in parts.items()})
    return metrics, reports
