"""What per-target sentiment costs: the sentiment plugin with and without 50 targets an article.

    python benchmarks/sentiment_targets.py            # the BBC corpus
    python benchmarks/sentiment_targets.py --targets 50 --limit 500

Each article of the corpus is enriched by the ``sentiment`` plugin alone,
once as plain text and once as a document holding ``--targets`` caller
``target`` annotations (every capitalised word in turn, repeated across the
article until there are enough; each a target of its own, none pooled).
Both runs are first passes over the texts in one process, after one warm-up
document; CPU seconds (``time.process_time``) are reported with chars/s and
the ratio of the two.  Each timed run starts with a full garbage collection
(since 2026-12-03 19:00 UTC): the documents built as its input (50 target
annotations each) are then not collected, and not billed, inside the timed
run; before, the targets' run paid a full collection over them (about 0.1
CPU s of 1.4 on 600 articles).  Also the same with the targets given as the other
plugins would give them (``location`` annotations sharing names, pooled).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import time
from pathlib import Path

import limner

ROOT = Path(__file__).resolve().parent.parent
_CAPITAL = re.compile(r"\b[A-Z][a-z]+\b")


def targets(text: str, n: int, kind: str) -> list[limner.Annotation]:
    """``n`` annotations over the capitalised words of ``text`` (cycled), of ``kind``."""
    spans = [m.span() for m in _CAPITAL.finditer(text)] or [(0, min(5, len(text)))]
    out = []
    for i in range(n):
        a, b = spans[i % len(spans)]
        if kind == "target":
            out.append(limner.Annotation(kind="target", start=a, end=b))
        else:
            out.append(limner.Annotation(kind=kind, start=a, end=b,
                                         features={"name": text[a:b]}))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    base = Path(os.environ.get("LIMNER_CORPORA", ROOT.parent / "shared" / "corpora"))
    parser.add_argument("--corpus", type=Path, default=base / "bbc" / "bbc.jsonl")
    parser.add_argument("--targets", type=int, default=50, help="targets per article")
    parser.add_argument("--limit", type=int, default=None, help="read only the first N texts")
    args = parser.parse_args()
    if not args.corpus.is_file():
        parser.error(f"corpus {args.corpus} not found (give --corpus or set LIMNER_CORPORA)")
    with args.corpus.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines]
    texts = texts[: args.limit]
    chars = sum(map(len, texts))
    from limner_sentiment.model import load_model

    t0 = time.perf_counter()
    load_model()
    print(f"the target model loads in {time.perf_counter() - t0:.3f} s")
    enricher = limner.Enricher(plugins=["sentiment"])
    enricher.enrich("Warm up: the lexicon and the model load. Smith praised Jones.")
    runs = {}
    for label, kind in (("plain", None), ("targets", "target"), ("locations", "location")):
        docs: list[str | limner.Document] = []
        for text in texts:
            if kind is None:
                docs.append(text)
            else:
                doc = limner.Document(text)
                doc.add(targets(text, args.targets, kind))
                docs.append(doc)
        gc.collect()  # the inputs' garbage and promotions are not billed to the run
        t0 = time.process_time()
        found = 0
        for doc in docs:
            out = enricher.enrich(doc)
            found += sum(1 for a in out.select("sentiment") if a.get("scope") == "target")
        runs[label] = (time.process_time() - t0, found)
    plain = runs["plain"][0]
    print(f"{len(texts):,} texts, {chars:,} chars, {args.targets} targets an article")
    print("| run | CPU s | chars/s | target annotations | cost / plain |")
    print("|---|---:|---:|---:|---:|")
    for label, (seconds, found) in runs.items():
        print(f"| {label} | {seconds:.2f} | {chars / seconds / 1e6:.2f} M | {found:,} "
              f"| {seconds / plain:.2f} |")


if __name__ == "__main__":
    main()
