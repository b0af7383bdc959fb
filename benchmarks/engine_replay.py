"""The engine's own cost, the annotators taken out: each replays what it returned.

    python benchmarks/engine_replay.py                 # every 5th BBC article, 5 passes
    python benchmarks/engine_replay.py --step 1 --passes 3

One pass enriches the articles with every plugin and records what each
annotator returned for each article (copies made before the engine stores
them).  Then each timed pass enriches the same articles again with annotators
that only hand back their recorded results, so that what is left is the
engine's work around them (the checkpoint, the contract checks, storing the
results) and, on the ``line`` row, that and each document's JSON line as
``limner batch`` makes it (:func:`limner.batch.enriched_line`; on a checkout
from before it, ``enrich`` and ``encoded_line``).  CPU seconds
(``time.process_time``), best pass of each; the copies a pass consumes are
made before it is timed.  Shorter and steadier than ``split.py`` for a change
to the engine alone, and run in one process: compare two checkouts in turn.

``--only ROW`` (since 2026-12-04) records, builds one pass's copies and makes
that one pass untimed, for an instruction count of the process; ``--only
load`` stops before the pass, so that a count less that one is the pass::

    PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no \
        python benchmarks/engine_replay.py --only batch     # less --only load

``batch`` is the engine as ``limner batch`` meets it (the values of the
annotations left to the line's encoder), ``enrich`` as ``Enricher.enrich``
does it (every value checked as it is added), ``line`` the batch's engine
and the lines.
"""

from __future__ import annotations

import argparse
import copy
import gc
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

import limner
from limner.batch import _collector_tuned
from limner.document import encoded_line
from limner.isolation import marked_interrupts

try:
    from limner.batch import enriched_line
except ImportError:  # a checkout from before 2026-12-03 19:00 UTC: the line as it was made

    def enriched_line(  # type: ignore[misc]
        enricher: limner.Enricher, text: str, id: str, meta: dict[str, Any]
    ) -> tuple[limner.Document, bytes]:
        doc = enricher.enrich(text, id=id, meta=meta)
        return doc, encoded_line(doc.to_dict(layers=False))

ROOT = Path(__file__).resolve().parent.parent


def _replaying(results: list[list[Any]]) -> Callable[[limner.Document], list[Any]]:
    """An annotator's function that hands back ``results``, one list a document."""
    it = iter(results)
    return lambda doc: next(it)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    corpora = Path(os.environ.get("LIMNER_CORPORA", ROOT.parent / "shared" / "corpora"))
    parser.add_argument("corpus", nargs="?", default=str(corpora / "bbc" / "bbc.jsonl"))
    parser.add_argument("--step", type=int, default=5, help="every N-th article (default 5)")
    parser.add_argument("--passes", type=int, default=5, help="timed passes (default 5)")
    parser.add_argument("--only", choices=("load", "batch", "enrich", "line"),
                        help="for counting instructions: record and stop, or record and make "
                             "one pass of this row, untimed ('batch': the engine as "
                             "limner batch meets it, the values left to the line's encoder)")
    args = parser.parse_args()
    with open(args.corpus, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh][:: args.step]
    items = [
        (r["text"], str(r["id"]), {k: v for k, v in r.items() if k not in ("text", "id")})
        for r in records
    ]
    enricher = limner.Enricher()
    enricher.setup()
    own = enricher.annotators
    recorded: dict[str, list[list[Any]]] = {a.name: [] for a in own}

    def recording(a: limner.Annotator) -> Callable[[limner.Document], list[Any]]:
        def run(doc: limner.Document) -> list[Any]:
            out = list(a.func(doc))
            recorded[a.name].append([copy.copy(x) for x in out])
            return out

        return run

    enricher.annotators = [attrs.evolve(a, func=recording(a)) for a in own]
    for text, rid, meta in items:
        enricher.enrich(text, id=rid, meta=meta)
    print(f"{len(items)} articles, {sum(len(t) for t, _, _ in items):,} chars; "
          f"{sum(sum(map(len, v)) for v in recorded.values()):,} results replayed a pass")

    if args.only is not None:
        store = {k: [[copy.copy(x) for x in res] for res in v] for k, v in recorded.items()}
        enricher.annotators = [attrs.evolve(a, func=_replaying(store[a.name])) for a in own]
        gc.collect()
        if args.only == "load":
            return
        with _collector_tuned(), marked_interrupts():
            for text, rid, meta in items:
                if args.only == "batch":
                    enricher._enrich_for_writing(text, rid, meta)
                elif args.only == "enrich":
                    enricher.enrich(text, id=rid, meta=meta)
                else:
                    enriched_line(enricher, text, rid, meta)
        return

    for row in ("enrich", "line"):
        spent = []
        for _ in range(args.passes):
            store = {k: [[copy.copy(x) for x in res] for res in v] for k, v in recorded.items()}
            enricher.annotators = [attrs.evolve(a, func=_replaying(store[a.name])) for a in own]
            gc.collect()
            with _collector_tuned(), marked_interrupts():
                t = time.process_time()
                for text, rid, meta in items:
                    if row == "enrich":
                        enricher.enrich(text, id=rid, meta=meta)
                    else:
                        enriched_line(enricher, text, rid, meta)
                spent.append(time.process_time() - t)
        print(f"{row:7s} best {min(spent):.4f} CPU s  (passes: "
              + " ".join(f"{s:.4f}" for s in spent) + ")")


if __name__ == "__main__":
    main()
