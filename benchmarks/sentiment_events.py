"""Where the news events (limner_sentiment.events) name a NewsMTSC target, and how often the
event's label is the gold one: how far the rule reaches, and how right it is, on a corpus it
was not written for.

    python benchmarks/sentiment_events.py              # both parts, counts
    python benchmarks/sentiment_events.py --show 20    # and the training part's misses

Each record's sentence is split at spaces, read for its forms and clauses as the plugin
reads a sentence (``limner_sentiment.context.read_tokens``), and each gold target's own
mention (not its further mentions) asked for its event label; the corpus is read from
``$LIMNER_CORPORA`` (default ``../shared/corpora``), its held-out fifth as ``limner evaluate``
cuts it.
"""

from __future__ import annotations

import argparse
import html
import json
import os
from bisect import bisect_left, bisect_right
from collections import Counter
from pathlib import Path

from limner_evaluate.sentiment import held_out
from limner_sentiment.context import read_tokens
from limner_sentiment.events import event_label

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="list N of the training misses")
    args = parser.parse_args()
    corpora = Path(os.environ.get("LIMNER_CORPORA", ROOT.parent / "shared" / "corpora"))
    counts: dict[str, Counter[tuple[str, str]]] = {"training": Counter(), "held-out": Counter()}
    misses: list[str] = []
    with (corpora / "newsmtsc" / "newsmtsc-train.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            text = html.unescape(record["text"])
            tokens = text.split()
            if not tokens:
                continue
            starts, ends, at = [], [], 0
            for token in tokens:
                at = text.index(token, at)
                starts.append(at)
                at += len(token)
                ends.append(at)
            read = read_tokens(tokens)
            part = "held-out" if held_out(record["id"]) else "training"
            for target in record["targets"]:
                first = bisect_right(ends, target["start"])
                last = bisect_left(starts, target["end"]) - 1
                if first >= len(tokens) or last < first:
                    continue
                label = event_label(tokens, read.forms, read.clauses, first, last)
                if label is None:
                    continue
                gold = target["polarity"]
                counts[part][label, gold] += 1
                if part == "training" and label != gold and len(misses) < args.show:
                    misses.append(f"{label}, gold {gold}: {text[target['start']:target['end']]!r}"
                                  f" in {text[:160]!r}")
    for part, found in counts.items():
        named = sum(found.values())
        right = sum(n for (label, gold), n in found.items() if label == gold)
        print(f"{part}: an event names {named} targets, {right} with the gold label; "
              + ", ".join(f"{label} for {gold} {n}" for (label, gold), n in sorted(found.items())))
    for miss in misses:
        print("  " + miss)


if __name__ == "__main__":
    main()
