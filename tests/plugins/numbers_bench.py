"""Throughput of the numbers plugin alone on the BBC corpus (best of 3), in chars/s.

Run: ``python tests/plugins/numbers_bench.py [--peer quantulum3] [--limit N]``.
A benchmark, not a test: timings on a shared machine are noisy.  It prints wall-clock
time and the process's CPU time (one core), each the best of the rounds.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

CORPUS = Path(os.environ.get("LIMNER_CORPORA", Path(__file__).resolve().parents[3] / "shared"
                             / "corpora")) / "bbc" / "bbc.jsonl"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--peer", choices=["limner", "quantulum3"], default="limner")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    with CORPUS.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    if args.limit:
        texts = texts[: args.limit]
    chars = sum(len(t) for t in texts)
    if args.peer == "limner":
        import limner

        enricher = limner.Enricher(["numbers"])
        run = enricher.enrich
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from numbers_quantulum import quantulum3_parser

        run = quantulum3_parser().parse
    best = best_cpu = float("inf")
    found = 0
    for _ in range(args.rounds):
        t0, c0 = time.perf_counter(), time.process_time()
        found = 0
        for t in texts:
            out = run(t)
            found += len(out.select("number")) if args.peer == "limner" else len(out)
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    print(f"{args.peer}: {len(texts)} docs, {chars} chars, {found} figures, best of "
          f"{args.rounds}: wall {best:.2f} s = {chars / best / 1e6:.3g} M chars/s; "
          f"CPU {best_cpu:.2f} s = {chars / best_cpu / 1e6:.3g} M chars/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
