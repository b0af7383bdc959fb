"""The first N BBC articles through some plugins, untimed: for an instruction count.

    PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no \
        python benchmarks/count.py quotes 300     # less: python benchmarks/count.py quotes 0

Wall-clock rates move by a few per cent between runs on a shared machine;
the count of machine instructions a run makes moves by far less, so two
checkouts of one plugin are compared by it (run each once before, so that
the place index and the bytecode are built: ``python -m compileall -q src
plugins`` writes the bytecode where ``PYTHONDONTWRITEBYTECODE`` is set).  A
checkout from elsewhere is run from its sources with ``PYTHONPATH``.  The
count with 0 articles is the imports' share: no setup runs then, so the place
index is opened (and checked) with the first article, in the count with 1.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import limner

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("plugins", help="comma-separated plugins, e.g. quotes or numbers,quotes")
    parser.add_argument("n", type=int, help="how many articles, from the first")
    parser.add_argument("--corpus", type=Path, default=None,
                        help="JSON lines with a text field (default: the BBC corpus of "
                             "$LIMNER_CORPORA, else ../shared/corpora)")
    args = parser.parse_args()
    corpus = args.corpus
    if corpus is None:
        base = Path(os.environ.get("LIMNER_CORPORA") or ROOT.parent / "shared" / "corpora")
        corpus = base / "bbc" / "bbc.jsonl"
    texts: list[str] = []
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            if len(texts) >= args.n:
                break
            texts.append(json.loads(line)["text"])
    enricher = limner.Enricher(plugins=args.plugins)
    for text in texts:
        enricher.enrich(text)


if __name__ == "__main__":
    main()
