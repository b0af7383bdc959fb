"""The locations plugin's first pass over a corpus, by stage: the work a batch meets.

    python benchmarks/locations_first_pass.py                 # all of BBC, CPU s
    python benchmarks/locations_first_pass.py --by-stage --limit 500
    PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no \\
        --cachegrind-out-file=/dev/null python benchmarks/locations_first_pass.py --limit 500
    # ... less the same with --limit 0 (start-up, the index opened, no text)

One new process opens the place index and runs ``limner_locations.locate``
over the first ``--limit`` texts of the corpus, once each, so every
per-process memo starts empty, as in a batch, and prints its CPU seconds
(``time.process_time``).  With ``--by-stage`` it runs the stages of
``locate`` one by one instead and prints each one's seconds summed over the
texts: the scan for capitalised runs and their look-up (``find_mentions``, by
``matching.scan``),
the resolver (``resolve``), the places found by their form (``add_forms``)
(the annotations' objects, which ``locate`` builds last, are left out).
Instruction counts (cachegrind, as above) do not move with the load of a
shared machine: compare checkouts with them, the same command in each.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from limner_locations import _Annotate, locate
from limner_locations.forms import add_forms
from limner_locations.matching import scan
from limner_locations.resolving import resolve

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default = Path(os.environ.get("LIMNER_CORPORA", ROOT.parent / "shared" / "corpora"))
    ap.add_argument("--corpus", type=Path, default=default / "bbc" / "bbc.jsonl",
                    help="a JSONL file with a 'text' field (default: BBC)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N texts")
    ap.add_argument("--by-stage", action="store_true", help="time each stage apart")
    args = ap.parse_args()
    if not args.corpus.is_file():
        ap.error(f"corpus {args.corpus} not found (give --corpus or set LIMNER_CORPORA)")
    texts: list[str] = []
    with args.corpus.open(encoding="utf-8") as fh:
        for line in fh:
            if args.limit is not None and len(texts) >= args.limit:
                break
            texts.append(json.loads(line)["text"])
    gaz = _Annotate("").load()
    cpu = time.process_time
    spent: dict[str, float] = {}
    if args.by_stage:
        spent = {"find_mentions": 0.0, "resolve": 0.0, "add_forms": 0.0}
        for text in texts:
            t0 = cpu()
            mentions, features = scan(text, gaz)
            t1 = cpu()
            resolved = resolve(text, gaz, mentions)
            t2 = cpu()
            add_forms(text, gaz, resolved, features)
            t3 = cpu()
            spent["find_mentions"] += t1 - t0
            spent["resolve"] += t2 - t1
            spent["add_forms"] += t3 - t2
    else:
        t0 = cpu()
        for text in texts:
            locate(text, gaz)
        spent["locate"] = cpu() - t0
    chars = sum(map(len, texts))
    total = sum(spent.values())
    print(f"{len(texts)} texts, {chars:,} chars, first pass")
    for name, seconds in spent.items():
        print(f"  {name:<14} {seconds:6.2f} CPU s")
    rate = f", {chars / total / 1e6:.2f} M chars/s" if total else ""
    print(f"  {'total':<14} {total:6.2f} CPU s{rate}")

if __name__ == "__main__":
    main()
