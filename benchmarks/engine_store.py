"""The engine's cost per stored annotation, the annotator taken out: a target run replayed.

    python benchmarks/engine_store.py --limit 200            # CPU s, best of 5 passes
    PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no \\
        python benchmarks/engine_store.py --limit 200 --only replay   # less --only load

Each article of the corpus becomes a document holding ``--targets`` caller
``target`` annotations (as ``benchmarks/sentiment_targets.py`` makes them), and
is enriched once by the ``sentiment`` plugin alone, recording what its
annotators returned (copies, made before the engine stores them).  Then each
pass enriches fresh inputs again with annotators that only hand back their
recorded results, so that what is left is the engine's work around them: the
checkpoint, the contract checks, the values' check, storing the results (ids,
sources, indexes), as :meth:`limner.Enricher.enrich` does it.

``--only load`` builds the inputs and the copies a pass consumes and enriches
nothing; ``--only replay`` does the same and one pass: the difference of the
two instruction counts, divided by the annotations stored (printed), is the
engine's cost per stored annotation.  Compile the sources first
(``python -m compileall -q src plugins``).
"""

from __future__ import annotations

import argparse
import copy
import gc
import json
import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

import limner

ROOT = Path(__file__).resolve().parent.parent
_CAPITAL = re.compile(r"\b[A-Z][a-z]+\b")


def _document(text: str, n: int) -> limner.Document:
    """A document holding ``n`` caller targets over the capitalised words of ``text`` (cycled)."""
    spans = [m.span() for m in _CAPITAL.finditer(text)] or [(0, min(5, len(text)))]
    doc = limner.Document(text)
    doc.add(
        limner.Annotation(kind="target", start=spans[i % len(spans)][0],
                          end=spans[i % len(spans)][1])
        for i in range(n)
    )
    return doc


def _replaying(results: list[list[Any]]) -> Callable[[limner.Document], list[Any]]:
    it = iter(results)
    return lambda doc: next(it)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    corpora = Path(os.environ.get("LIMNER_CORPORA", ROOT.parent / "shared" / "corpora"))
    parser.add_argument("--corpus", type=Path, default=corpora / "bbc" / "bbc.jsonl")
    parser.add_argument("--limit", type=int, default=200, help="the first N articles")
    parser.add_argument("--targets", type=int, default=50, help="targets per article")
    parser.add_argument("--passes", type=int, default=5, help="timed passes (default 5)")
    parser.add_argument("--only", choices=("load", "replay"),
                        help="for counting instructions: build a pass's inputs and stop, "
                             "or build them and make one pass, untimed")
    args = parser.parse_args()
    with args.corpus.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh][: args.limit]
    enricher = limner.Enricher(plugins=["sentiment"])
    enricher.enrich("Warm up: the lexicon and the model load. Smith praised Jones.")
    own = enricher.annotators
    recorded: dict[str, list[list[Any]]] = {a.name: [] for a in own}

    def recording(a: limner.Annotator) -> Callable[[limner.Document], list[Any]]:
        def run(doc: limner.Document) -> list[Any]:
            out = list(a.func(doc))
            recorded[a.name].append([copy.copy(x) for x in out])
            return out

        return run

    enricher.annotators = [attrs.evolve(a, func=recording(a)) for a in own]
    stored = 0
    for text in texts:
        doc = _document(text, args.targets)
        before = len(doc)
        enricher.enrich(doc)
        stored += len(doc) - before
    print(f"{len(texts)} articles, {args.targets} targets each; "
          f"{stored:,} annotations stored a pass")

    def one_pass(timed: bool) -> float:
        store = {k: [[copy.copy(x) for x in res] for res in v] for k, v in recorded.items()}
        enricher.annotators = [attrs.evolve(a, func=_replaying(store[a.name])) for a in own]
        inputs = [_document(text, args.targets) for text in texts]
        gc.collect()
        if not timed:
            return 0.0
        t = time.process_time()
        for doc in inputs:
            enricher.enrich(doc)
        return time.process_time() - t

    if args.only == "load":
        one_pass(False)
        return
    if args.only == "replay":
        one_pass(True)
        return
    spent = [one_pass(True) for _ in range(args.passes)]
    print(f"engine best {min(spent):.4f} CPU s, {min(spent) / stored * 1e6:.2f} µs an annotation "
          "(passes: " + " ".join(f"{s:.4f}" for s in spent) + ")")


if __name__ == "__main__":
    main()
