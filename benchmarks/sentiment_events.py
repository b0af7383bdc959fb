"""Where the news events (limner_sentiment.events) name a NewsMTSC target, and how often the
event's label is the gold one: how far the rule reaches, and how right it is, on a corpus it
was not written for.

    python benchmarks/sentiment_events.py              # both parts, counts
    python benchmarks/sentiment_events.py --show 20    # and the training part's misses

Each record's sentence is read as the plugin reads a sentence
(``limner_sentiment.features.read_sentence``: its words, their forms and clauses), each
gold target's own mention (not its further mentions) found among its words as the plugin
finds a mention's (``features.mention_words``) and asked for its event label; the corpus
is read from where ``limner evaluate`` reads it (``--corpora`` is not taken here:
``$LIMNER_CORPORA``), its held-out fifth as ``limner evaluate`` cuts it.
"""

from __future__ import annotations

import argparse
import html
import json
from collections import Counter

from limner_evaluate.runner import corpora_dir
from limner_evaluate.sentiment import held_out
from limner_sentiment.events import event_label
from limner_sentiment.features import mention_words, read_sentence
from limner_sentiment.scorer import score_sentence


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="list N of the training misses")
    args = parser.parse_args()
    corpora = corpora_dir()
    counts: dict[str, Counter[tuple[str, str]]] = {"training": Counter(), "held-out": Counter()}
    # a quote's speaker, which ``events.adjust`` makes neutral only where the model reads
    # it negative: counted apart, by gold label, as it names no label of its own
    speakers: dict[str, Counter[str]] = {"training": Counter(), "held-out": Counter()}
    misses: list[str] = []
    with (corpora / "newsmtsc" / "newsmtsc-train.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            text = html.unescape(record["text"])
            # the sentence read as the plugin reads it: its words, their forms and clauses
            reading = read_sentence(text, score_sentence(text))
            if not reading.spans:
                continue
            words = [text[a:b] for a, b in reading.spans]
            forms, clauses = reading.tokens.forms, reading.tokens.clauses
            part = "held-out" if held_out(record["id"]) else "training"
            for target in record["targets"]:
                first, last = mention_words(reading, target["start"], target["end"])
                label = event_label(words, forms, clauses, first, last)
                if label is None:
                    continue
                gold = target["polarity"]
                if label == "speaker":  # (no label: the model's negative reading made neutral)
                    speakers[part][gold] += 1
                    continue
                counts[part][label, gold] += 1
                if part == "training" and label != gold and len(misses) < args.show:
                    misses.append(f"{label}, gold {gold}: {text[target['start']:target['end']]!r}"
                                  f" in {text[:160]!r}")
    for part, found in counts.items():
        named = sum(found.values())
        right = sum(n for (label, gold), n in found.items() if label == gold)
        print(f"{part}: an event names {named} targets, {right} with the gold label; "
              + ", ".join(f"{label} for {gold} {n}" for (label, gold), n in sorted(found.items())))
        said = speakers[part]
        print(f"{part}: a quote's speaker (neutral where the model reads it negative) "
              f"{sum(said.values())}, gold "
              + ", ".join(f"{g} {n}" for g, n in sorted(said.items())))
    for miss in misses:
        print("  " + miss)


if __name__ == "__main__":
    main()
