"""The sentiment plugin's document score pooled other ways: a scheme of pooling measured on
the rated editorials and VADER's rated sets without being built into the plugin.

    python benchmarks/sentiment_pooling.py --set 5 --set 7      # rated editorial sets
    python benchmarks/sentiment_pooling.py --vader               # VADER's three sets
    python benchmarks/sentiment_pooling.py --set 25 --closing 2 --closing-from 5

Each text is enriched by the ``sentiment`` plugin (its sentence and target annotations
off), and what its document score pools is kept (the arguments of the annotator's call of
``aggregate.document``): each sentence's sum as the document weighs it
(``aggregate.backgrounded``), the sentences that turn on the one before and those that
judge (``aggregate.marks``).  Pooled again by ``aggregate.document``, these
give back the plugin's document score (checked on every text: the script stops if they
do not, as it would measure a pooling the plugin no longer has); pooled by a scheme,
they give the score the plugin would give with that scheme built into
``aggregate.document``, nothing else changed.  Pearson r of each against the rating is
printed as JSON, for the shipped pooling and the scheme.

The scheme is the closing verdict (:func:`closing`): a paragraph's last sentence, when it
judges, weighs ``--closing`` times more in the document's sum (not scaled back), in a
paragraph of ``--closing-from`` sentences or more (the texts rated here are one
paragraph each).  ``--set N`` reads the editorial set ``tests.plugins.unseen_sentiment
--set N`` (1, 2 and the numbers of its ``EDITORIAL_SETS``); ``--vader`` VADER's tweets,
movie and Amazon snippets under ``$LIMNER_CORPORA``, their held-out fifth and training
part cut as ``limner evaluate`` cuts them.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import limner
import limner_sentiment.annotator as annotator
from limner_evaluate.measures import pearson
from limner_evaluate.runner import corpora_dir
from limner_evaluate.sentiment import held_out
from limner_sentiment.aggregate import WINDOW, document, weights
from limner_sentiment.scorer import normalize

#: The checkout's root, where the rated sets' reader (``tests.plugins``) is, put on the
#: path so that the script runs as ``python benchmarks/sentiment_pooling.py`` from anywhere.
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: What a document score pools: ``(sums, turns, judged)``, the arguments of
#: ``aggregate.document``.
Parts = tuple[list[float], list[int], list[int]]
#: VADER's rated sets, by their file's name under ``vader-sentiment``.
VADER_SETS = ("tweets", "movieReviewSnippets", "amazonReviewSnippets")
#: How far the plugin's score, rounded to four decimals, may lie from the pooling read here.
_ROUNDED = 0.00005 + 1e-9


@contextmanager
def recording(found: list[Parts]) -> Iterator[None]:
    """While open, each document the annotator scores appends what it pools to ``found``
    (the arguments of its call of ``aggregate.document``)."""

    def pooled(raws: Sequence[float], turns: Sequence[int] = (),
               judged: Sequence[int] = ()) -> float:
        found.append((list(raws), list(turns), list(judged)))
        return document(raws, turns, judged)

    with mock.patch.object(annotator, "pooled", pooled):
        yield


def parts_of(texts: Sequence[str]) -> list[Parts]:
    """What each text's document score pools, in order; the plugin's score of each checked
    against :func:`shipped` of it."""
    enricher = limner.Enricher(
        ["sentiment"], config={"sentiment.sentences": False, "sentiment.targets": False})
    out: list[Parts] = []
    for text in texts:
        found: list[Parts] = []
        with recording(found):
            doc = enricher.enrich(text)
        score = next(float(a.score or 0.0) for a in doc.select("sentiment")
                     if a.get("scope") == "document")
        parts = found[0] if found else ([], [], [])
        if abs(shipped(parts) - score) > _ROUNDED:
            sys.exit(f"the pooling read here is not the plugin's: {text[:60]!r}")
        out.append(parts)
    return out


def shipped(parts: Parts) -> float:
    """The document score as the plugin pools it."""
    return document(*parts)


def closing(weight: float, least: int) -> Callable[[Parts], float]:
    """The closing verdict: in a document of ``least`` sentences or more, the last sentence,
    when it judges, weighs ``weight`` times what the plugin weighs it, the others as the
    plugin weighs them (not scaled back, so that a weak closing sentence does not thin the
    tone of the others)."""

    def pool(parts: Parts) -> float:
        raws, turns, judged = parts
        n = len(raws)
        if n < least or n - 1 not in judged:
            return shipped(parts)
        w = weights(n, turns, judged)
        w[-1] *= weight
        return normalize(sum(r * x for r, x in zip(raws, w, strict=True)) / max(1.0, n / WINDOW))

    return pool


def figures(parts: Sequence[Parts], ratings: Sequence[float],
            schemes: dict[str, Callable[[Parts], float]]) -> dict[str, float]:
    """Pearson r of each scheme's scores, rounded to four decimals as the plugin rounds
    its own, against the ratings."""
    return {name: pearson([round(pool(p), 4) for p in parts], list(ratings))
            for name, pool in schemes.items()}


def editorial_set(which: int) -> list[dict[str, Any]]:
    """The rated paragraphs of ``tests.plugins.unseen_sentiment --set which``."""
    from tests.plugins import unseen_sentiment

    if which == 1:
        return unseen_sentiment.editorials()
    if which == 2:
        return unseen_sentiment.second_set()["editorials"]
    if which not in unseen_sentiment.EDITORIAL_SETS:
        sys.exit(f"--set {which} is no set of rated editorials")
    return unseen_sentiment.rated(which)


def vader_set(name: str) -> tuple[list[str], list[float], list[bool]]:
    """The texts, ratings and held-out marks of one of VADER's rated sets."""
    texts: list[str] = []
    ratings: list[float] = []
    held: list[bool] = []
    with (corpora_dir() / "vader-sentiment" / f"{name}.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            texts.append(html.unescape(record["text"]))  # as ``limner evaluate`` reads it
            ratings.append(float(record["gold"]))
            held.append(held_out(f"{record['dataset']}/{record['id']}"))
    return texts, ratings, held


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=int, action="append", default=[],
                        help="a set of rated editorials (repeatable)")
    parser.add_argument("--vader", action="store_true", help="VADER's three rated sets")
    parser.add_argument("--closing", type=float, default=2.0,
                        help="how many times more a closing sentence that judges weighs")
    parser.add_argument("--closing-from", type=int, default=5,
                        help="the fewest sentences of a paragraph whose closing one weighs more")
    args = parser.parse_args(argv)
    schemes = {"shipped": shipped, "closing": closing(args.closing, args.closing_from)}
    out: dict[str, Any] = {}
    for which in args.set:
        items = editorial_set(which)
        parts = parts_of([item["text"] for item in items])
        out[f"set {which}"] = figures(parts, [float(i["rating"]) for i in items], schemes)
    if args.vader:
        for name in VADER_SETS:
            texts, ratings, held = vader_set(name)
            parts = parts_of(texts)
            out[name] = {
                part: figures([p for p, h in zip(parts, held, strict=True) if h == want],
                              [r for r, h in zip(ratings, held, strict=True) if h == want],
                              schemes)
                for part, want in (("held_out", True), ("training", False))}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
