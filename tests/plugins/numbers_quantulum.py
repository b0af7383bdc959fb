"""Score the numbers plugin on quantulum3's English examples: span and span+value F1.

Run: ``python tests/plugins/numbers_quantulum.py [--errors] [--peer quantulum3]``.

Matching (the same rules as ``limner evaluate``'s numbers task):

- spans: *exact* (same start and end) and *overlap* (one-to-one pairs of
  overlapping spans, taken greedily by the number of shared characters);
- span+value: an overlap pair whose values agree within a relative 1e-6.  A
  predicted value is the annotation's ``value``; when that is ``None`` (a range)
  the midpoint of ``low`` and ``high`` is compared with the gold value (gold
  ranges give their midpoint as ``value``).  Percent is compared as written
  (35 for "35%"), money in units of its currency, units aside (the two unit
  vocabularies differ).

Every ``number`` annotation counts as a prediction, ordinals and dates included
(quantulum3's set annotates years but not ordinals, so ordinals cost precision).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

Span = tuple[int, int]
CORPUS = Path(os.environ.get("LIMNER_CORPORA", Path(__file__).resolve().parents[3] / "shared"
                             / "corpora")) / "quantulum3" / "quantities.jsonl"


def overlap_pairs(gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one (gold, pred) index pairs of overlapping spans, most shared characters first."""
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            shared = min(g[1], p[1]) - max(g[0], p[0])
            if shared > 0 or (g == p):
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
    return sorted(pairs)


def predicted_value(p: dict[str, Any]) -> float | None:
    """``value``, or the midpoint of ``low`` and ``high`` when there is no value."""
    if p.get("value") is not None:
        return float(p["value"])
    if p.get("low") is not None and p.get("high") is not None:
        return (float(p["low"]) + float(p["high"])) / 2
    return None


def same_value(p: dict[str, Any], g: dict[str, Any]) -> bool:
    pv = predicted_value(p)
    return pv is not None and math.isclose(pv, float(g["value"]), rel_tol=1e-6, abs_tol=1e-12)


def f1(hit: int, n_gold: int, n_pred: int) -> dict[str, float]:
    p = hit / n_pred if n_pred else 0.0
    r = hit / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def score(records: Sequence[dict[str, Any]],
          predict: Callable[[str], list[dict[str, Any]]]) -> dict[str, Any]:
    """P/R/F1 for exact spans, overlapping spans and overlap+value, and the errors."""
    n_gold = n_pred = exact = over = valued = 0
    errors: list[str] = []
    for rec in records:
        text = rec["text"]
        gold = rec["quantities"]
        pred = predict(text)
        gs = [(g["start"], g["end"]) for g in gold]
        ps = [(p["start"], p["end"]) for p in pred]
        n_gold += len(gs)
        n_pred += len(ps)
        exact += len(set(gs) & set(ps))
        pairs = overlap_pairs(gs, ps)
        over += len(pairs)
        for i, j in pairs:
            if same_value(pred[j], gold[i]):
                valued += 1
            else:
                errors.append(f"value {text[ps[j][0]:ps[j][1]]!r}: {predicted_value(pred[j])} "
                              f"gold {gold[i]['value']} ({gold[i]['surface']!r})")
        hit_g = {i for i, _ in pairs}
        hit_p = {j for _, j in pairs}
        errors += [f"missed {gold[i]['surface']!r} in {text[:60]!r}"
                   for i in range(len(gs)) if i not in hit_g]
        errors += [f"spurious {text[p[0]:p[1]]!r} in {text[:60]!r}"
                   for j, p in enumerate(ps) if j not in hit_p]
    return {"gold": n_gold, "predicted": n_pred, "exact": f1(exact, n_gold, n_pred),
            "overlap": f1(over, n_gold, n_pred), "value": f1(valued, n_gold, n_pred),
            "errors": errors}


def limner_predict() -> Callable[[str], list[dict[str, Any]]]:
    import limner

    enricher = limner.Enricher(["numbers"])

    def predict(text: str) -> list[dict[str, Any]]:
        return [a.to_dict() for a in enricher.enrich(text).select("number")]

    return predict


def quantulum3_parser() -> Any:
    """quantulum3's parser module (measured only; not a dependency of limner).

    Its pickled disambiguation model does not load with every scikit-learn; when
    it fails, quantulum3 runs without it (as ``limner evaluate`` does).
    """
    import warnings

    from quantulum3 import classifier, parser

    if getattr(classifier, "USE_CLF", False):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                classifier.classifier()
        except Exception:
            classifier.USE_CLF = False
    return parser


def quantulum_predict() -> Callable[[str], list[dict[str, Any]]]:
    parser = quantulum3_parser()

    def predict(text: str) -> list[dict[str, Any]]:
        out = []
        for q in parser.parse(text):
            start, end = q.span
            out.append({"start": start, "end": end, "value": q.value})
        return out

    return predict


def load(path: Path = CORPUS) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list every miss")
    ap.add_argument("--peer", choices=["limner", "quantulum3"], default="limner")
    args = ap.parse_args(argv)
    predict = limner_predict() if args.peer == "limner" else quantulum_predict()
    result = score(load(), predict)
    print(f"{args.peer}: {result['gold']} gold, {result['predicted']} predicted")
    for key in ("exact", "overlap", "value"):
        r = result[key]
        print(f"  {key:8s} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}")
    if args.errors:
        print("\n".join(result["errors"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
