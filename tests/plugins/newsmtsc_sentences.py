"""The sentiment plugin's document score on NewsMTSC's sentences: a check on news the
score was never fitted on.

Each sentence of ``newsmtsc/newsmtsc-train.jsonl`` (under ``$LIMNER_CORPORA``, else
``../shared/corpora``) is scored as a document by the plugin (its sentence and target
annotations off) and by vaderSentiment (the compound score); the figure is Pearson r of
each score with the mean label of the sentence's targets (negative -1, neutral 0,
positive 1).  The module reads nothing of the plugin but its output, so that a checkout
from elsewhere (its sources on ``PYTHONPATH``) is measured the same way.  NewsMTSC's
labels are toward people, not the sentence's own tone, so the figures are low for any
scorer; they compare the sentence score's reading of news, one checkout with another.

Run as a script to print the figures (``--limit N``: the first N sentences)::

    python -m tests.plugins.newsmtsc_sentences
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from statistics import mean
from typing import Any

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

import limner
from limner_evaluate.measures import pearson
from tests.conftest import corpora_dir

_LABELS = {"negative": -1.0, "neutral": 0.0, "positive": 1.0}


def corpus() -> Path:
    """The NewsMTSC file (it may be absent)."""
    return corpora_dir() / "newsmtsc" / "newsmtsc-train.jsonl"


def score(limit: int | None = None) -> dict[str, Any]:
    """The figures of the module's docstring over the first ``limit`` sentences (all)."""
    enricher = limner.Enricher(
        ["sentiment"], config={"sentiment.sentences": False, "sentiment.targets": False}
    )
    vader = SentimentIntensityAnalyzer()
    ours: list[float] = []
    theirs: list[float] = []
    gold: list[float] = []
    with corpus().open(encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if limit is not None and n >= limit:
                break
            record = json.loads(line)
            text = record["text"]
            doc = enricher.enrich(text)
            ours.append(next(a.score for a in doc.select("sentiment")
                             if a.get("scope") == "document"))
            theirs.append(vader.polarity_scores(text)["compound"])
            gold.append(mean(_LABELS[t["polarity"]] for t in record["targets"]))
    return {
        "sentences": len(gold),
        "limner_r": pearson(ours, gold),
        "vader_r": pearson(theirs, gold),
    }


if __name__ == "__main__":  # pragma: no cover
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    print(json.dumps(score(parser.parse_args().limit), indent=1))
