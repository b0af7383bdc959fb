"""Where the time of a whole run goes: CPU seconds per annotator, first pass over a corpus.

    python benchmarks/split.py                    # BBC, every plugin
    python benchmarks/split.py --plugins quotes   # one plugin alone
    python benchmarks/split.py --limit 500

One process, one ``Enricher``: its ``setup()`` (the place index, the
models) is timed apart, then every text of the corpus is enriched once, as
``limner batch -j 1`` does, and ``Enricher.timings`` is printed per
annotator.  This is the first pass: the per-process memos start empty, as
they do for a batch.  The figure to compare across changes is each
annotator's seconds; end-to-end batch speed is in ``docs/benchmarks.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import limner

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    corpora = Path(os.environ.get("LIMNER_CORPORA", ROOT.parent / "shared" / "corpora"))
    parser.add_argument("corpus", nargs="?", default=str(corpora / "bbc" / "bbc.jsonl"))
    parser.add_argument("--plugins", default=None, help="comma-separated names (default: all)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N texts")
    args = parser.parse_args()
    plugins = args.plugins.split(",") if args.plugins else None
    texts = []
    with open(args.corpus, encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line)["text"])
            if args.limit and len(texts) >= args.limit:
                break
    chars = sum(map(len, texts))
    enricher = limner.Enricher(plugins=plugins)
    t0 = time.process_time()
    enricher.setup()
    t1 = time.process_time()
    for text in texts:
        enricher.enrich(text)
    t2 = time.process_time()
    print(f"{len(texts)} texts, {chars:,} chars; setup {t1 - t0:.2f} CPU s")
    print(f"enrich {t2 - t1:.2f} CPU s, {chars / (t2 - t1) / 1e6:.2f} M chars/s")
    for name, timing in sorted(enricher.timings.items(), key=lambda kv: -kv[1].seconds):
        rate = chars / max(timing.seconds, 1e-9) / 1e6
        print(f"  {name:24s} {timing.seconds:6.2f} s  {rate:6.2f} M chars/s")


if __name__ == "__main__":
    main()
