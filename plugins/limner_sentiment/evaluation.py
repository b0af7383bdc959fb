"""Reproducible accuracy and speed figures for the sentiment plugin and its peers.

The accuracy scorer enriches each text of the ``vader-sentiment`` corpora
(human mean ratings, -4..4, no offsets) and compares limner's document score
with the gold rating: Pearson correlation, and sign agreement on the items
raters clearly leaned on (``|gold| >= GOLD_THRESHOLD``; a prediction counts
when it has the same sign and ``|score| >= SCORE_THRESHOLD``).  Peers
(vaderSentiment's compound, TextBlob's polarity) are scored on the same texts
in the same run when installed.  Run::

    python -m limner_sentiment.evaluation accuracy ../shared/corpora/vader-sentiment
    python -m limner_sentiment.evaluation speed ../shared/corpora/bbc/bbc.jsonl
"""

from __future__ import annotations

import argparse
import json
import math
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import limner

__all__ = [
    "CORPORA",
    "GOLD_THRESHOLD",
    "SCORE_THRESHOLD",
    "limner_scorer",
    "pearson",
    "peer_scorers",
    "sign_agreement",
]

#: The three files of the vader-sentiment corpus, in the order they are reported.
CORPORA = ("tweets", "movieReviewSnippets", "amazonReviewSnippets")
#: A gold rating (-4..4) this far from 0 leans to a side (as `limner evaluate` counts it).
GOLD_THRESHOLD = 0.5
#: A score (-1..1) this far from 0 takes a side (VADER's usual +-0.05).
SCORE_THRESHOLD = 0.05

Scorer = Callable[[Sequence[str]], list[float]]


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Pearson's correlation of two equally long sequences (0.0 when one is constant)."""
    n = len(xs)
    if n != len(ys):
        raise ValueError(f"sequences differ in length: {n} and {len(ys)}")
    if n < 2:
        return 0.0
    mx, my = math.fsum(xs) / n, math.fsum(ys) / n
    sxy = math.fsum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = math.fsum((x - mx) ** 2 for x in xs)
    syy = math.fsum((y - my) ** 2 for y in ys)
    if sxx == 0.0 or syy == 0.0:
        return 0.0
    return sxy / math.sqrt(sxx * syy)


def sign_agreement(
    scores: Sequence[float],
    gold: Sequence[float],
    gold_threshold: float = GOLD_THRESHOLD,
    score_threshold: float = SCORE_THRESHOLD,
) -> float:
    """Share of clearly rated items (``|gold| >= gold_threshold``) whose score takes the same side.

    A score takes a side when ``|score| >= score_threshold``; a neutral score counts
    as a miss.  Returns 0.0 when no item is clearly rated.
    """
    total = agree = 0
    for s, g in zip(scores, gold, strict=True):
        if abs(g) < gold_threshold:
            continue
        total += 1
        if abs(s) >= score_threshold and (s > 0) == (g > 0):
            agree += 1
    return agree / total if total else 0.0


def limner_scorer() -> Scorer:
    """limner's document score for each text (sentence and target annotations off)."""
    enricher = limner.Enricher(
        plugins=["sentiment"],
        config={"sentiment.sentences": False, "sentiment.targets": False},
    )

    def score(texts: Sequence[str]) -> list[float]:
        out = []
        for doc in enricher.pipe(texts):
            found = [a for a in doc.select("sentiment") if a.get("scope") == "document"]
            out.append(float(found[0].score or 0.0) if found else 0.0)
        return out

    return score


def peer_scorers() -> dict[str, Scorer]:
    """The peers that are installed: ``vaderSentiment`` (compound) and ``textblob`` (polarity)."""
    peers: dict[str, Scorer] = {}
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        pass
    else:
        analyzer = SentimentIntensityAnalyzer()
        peers["vaderSentiment"] = lambda texts: [
            float(analyzer.polarity_scores(t)["compound"]) for t in texts
        ]
    try:
        from textblob import TextBlob
    except ImportError:
        pass
    else:
        peers["textblob"] = lambda texts: [float(TextBlob(t).sentiment.polarity) for t in texts]
    return peers


def _records(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def accuracy(directory: Path, peers: bool = True) -> list[dict[str, Any]]:
    """Score limner (and the installed peers) on each corpus file found in ``directory``.

    Returns one row per (corpus, tool): ``corpus``, ``tool``, ``items``, ``pearson``,
    ``sign_agreement``.
    """
    tools: dict[str, Scorer] = {"limner": limner_scorer()}
    if peers:
        tools.update(peer_scorers())
    rows = []
    for name in CORPORA:
        path = directory / f"{name}.jsonl"
        if not path.exists():
            continue
        records = _records(path)
        texts = [r["text"] for r in records]
        gold = [float(r["gold"]) for r in records]
        for tool, scorer in tools.items():
            scores = scorer(texts)
            rows.append({
                "corpus": name,
                "tool": tool,
                "items": len(texts),
                "pearson": round(pearson(scores, gold), 3),
                "sign_agreement": round(sign_agreement(scores, gold), 3),
            })
    return rows


def speed(path: Path, repeat: int = 3, peers: bool = True) -> list[dict[str, Any]]:
    """Characters per second over every text of a JSONL corpus, best of ``repeat`` runs.

    Both wall-clock and CPU time (of this process) are reported: on a shared
    machine the second is the steadier.

    limner is timed as ``Enricher(plugins=["sentiment"])`` (the sentence
    splitter included); vaderSentiment as ``polarity_scores`` on each whole text.
    """
    texts = [r["text"] for r in _records(path)]
    chars = sum(len(t) for t in texts)
    enricher = limner.Enricher(plugins=["sentiment"])
    enricher.enrich(texts[0])  # load the lexicon outside the timing
    tools: dict[str, Callable[[str], Any]] = {"limner": enricher.enrich}
    if peers:
        try:
            from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
        except ImportError:
            pass
        else:
            tools["vaderSentiment"] = SentimentIntensityAnalyzer().polarity_scores
    rows = []
    for tool, run in tools.items():
        best = best_cpu = math.inf
        for _ in range(repeat if tool == "limner" else 1):
            t0, c0 = time.perf_counter(), time.process_time()
            for t in texts:
                run(t)
            best = min(best, time.perf_counter() - t0)
            best_cpu = min(best_cpu, time.process_time() - c0)
        rows.append({"tool": tool, "chars": chars, "seconds": round(best, 3),
                     "chars_per_second": round(chars / best),
                     "cpu_seconds": round(best_cpu, 3),
                     "chars_per_cpu_second": round(chars / best_cpu)})
    return rows


def _table(rows: Iterable[dict[str, Any]]) -> str:
    rows = list(rows)
    if not rows:
        return "(nothing found)"
    keys = list(rows[0])
    widths = {k: max(len(k), *(len(str(r[k])) for r in rows)) for k in keys}
    lines = ["  ".join(k.ljust(widths[k]) for k in keys)]
    lines += ["  ".join(str(r[k]).ljust(widths[k]) for k in keys) for r in rows]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: ``accuracy DIR`` or ``speed FILE`` (``--no-peers`` to skip the peers)."""
    parser = argparse.ArgumentParser(prog="python -m limner_sentiment.evaluation")
    parser.add_argument("what", choices=["accuracy", "speed"])
    parser.add_argument("path", type=Path)
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--json", action="store_true", help="print JSON rows instead of a table")
    args = parser.parse_args(argv)
    if args.what == "accuracy":
        rows = accuracy(args.path, peers=not args.no_peers)
    else:
        rows = speed(args.path, peers=not args.no_peers)
    print(json.dumps(rows, indent=1) if args.json else _table(rows))


if __name__ == "__main__":
    main()
