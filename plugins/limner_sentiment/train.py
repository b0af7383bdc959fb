"""Train the target model from NewsMTSC: ``python -m limner_sentiment.train [CORPORA]``.

Reads ``newsmtsc/newsmtsc-train.jsonl`` under the corpora folder (the
argument, else ``$LIMNER_CORPORA``), holds apart a fixed fifth for checking
(:func:`held_out`: the sentences whose id has a CRC-32 divisible by 5) and
fits a three-way logistic regression (:mod:`limner_sentiment.model`) on the
other four fifths:

- lexicon-word features (``LX:``, ``RX:``, ``SX:``) seen in fewer than
  :data:`MIN_COUNT` training mentions are dropped, rule features always kept;
- each class is weighed by the inverse of its share of the training part
  (macro-F1 counts the rarer positive class as much as the others);
- the L2 strength is chosen from :data:`L2_GRID` by :data:`FOLDS`-fold
  cross-validation on the training part alone; the label thresholds are
  chosen on the cross-validated scores of that strength (scores of
  mentions the weights were not fitted on).

It writes ``data/target_model.json`` into the package (``--output``
elsewhere) and prints macro-F1 and accuracy of the cross-validation, the
training part and the held-out fifth.  Only the standard library is used;
the run is deterministic (fixed order, a seeded shuffle).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import zlib
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

from limner_sentiment.features import mention_features, mention_words, read_sentence, sentence_words
from limner_sentiment.model import LABELS, TargetModel
from limner_sentiment.scorer import score_sentence

__all__ = ["Example", "held_out", "macro_f1", "main", "read_corpus", "train"]

#: A mention's features and its gold label index (0 negative, 1 neutral, 2 positive).
Example = tuple[dict[str, float], int]

#: Lexicon-word features seen in fewer training mentions than this are dropped.
MIN_COUNT = 3
#: The L2 penalties (per example and step) that cross-validation chooses from.
L2_GRID = (1e-4, 1e-3, 1e-2)
#: How many folds of the training part choose the L2 penalty and the thresholds.
FOLDS = 4
EPOCHS = 4
RATE = 0.1
#: Word-feature weights smaller than this are dropped from the shipped file.
PRUNE = 0.02
#: Where the shipped model lives.
MODEL_FILE = Path(__file__).parent / "data" / "target_model.json"
#: The prefixes of the lexicon-word features (the others are rule features).
WORD_PREFIXES = ("LX:", "RX:", "SX:")


def held_out(record_id: str) -> bool:
    """Whether a NewsMTSC sentence belongs to the held-out fifth (CRC-32 of its id % 5 == 0)."""
    return zlib.crc32(record_id.encode("utf-8")) % 5 == 0


def read_corpus(path: Path) -> tuple[list[Example], list[Example], set[str]]:
    """The examples of the training part and of the held-out fifth, and the vocabulary.

    The vocabulary is the lexicon-word features seen with at least
    :data:`MIN_COUNT` mentions of the training part.
    """
    train_part: list[Example] = []
    check_part: list[Example] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            part = check_part if held_out(record["id"]) else train_part
            part.extend(examples(record["text"], record["targets"]))
    counts = Counter(k for f, _ in train_part for k in f if k.startswith(WORD_PREFIXES))
    return train_part, check_part, {k for k, c in counts.items() if c >= MIN_COUNT}


def examples(text: str, targets: Sequence[Mapping[str, object]]) -> list[Example]:
    """The examples of one sentence: one per labelled target."""
    reading = read_sentence(text, score_sentence(text))
    shared = sentence_words(reading)
    out = []
    for t in targets:
        start, end = int(str(t["start"])), int(str(t["end"]))
        first, last = mention_words(reading, start, end)
        if first < 0:
            continue
        f = dict(mention_features(reading, first, last))
        if shared:
            f.update(dict.fromkeys(shared, 1.0 / math.sqrt(len(shared))))
        out.append((f, LABELS.index(str(t["polarity"]))))
    return out


def _kept(name: str, vocabulary: set[str]) -> bool:
    """Whether a feature gets a weight: rule features always, word features in the vocabulary."""
    return not name.startswith(WORD_PREFIXES) or name in vocabulary


def class_weights(data: Sequence[Example]) -> tuple[float, float, float]:
    """Each label's weight: the inverse of its share of ``data`` (1 for a third)."""
    counts = Counter(y for _, y in data)
    return tuple(len(data) / (3 * counts[c]) if counts[c] else 1.0 for c in range(3))  # type: ignore[return-value]


def train(
    data: Sequence[Example],
    vocabulary: set[str],
    l2: float = L2_GRID[1],
    epochs: int = EPOCHS,
    seed: int = 0,
) -> TargetModel:
    """Fit the weights by AdaGrad on the class-weighted log loss with an L2 penalty.

    The thresholds of the model returned are 0 (see :func:`choose_thresholds`).
    """
    rows = [([(k, v) for k, v in sorted(f.items()) if _kept(k, vocabulary)], y) for f, y in data]
    cw = class_weights(data)
    w: dict[str, list[float]] = {}
    g2: dict[str, list[float]] = {}
    bias = [0.0, 0.0]
    bg2 = [1e-8, 1e-8]
    order = list(range(len(rows)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for r in order:
            feats, y = rows[r]
            zn, zp = bias
            for k, v in feats:
                wk = w.get(k)
                if wk is not None:
                    zn += wk[0] * v
                    zp += wk[1] * v
            top = max(zn, zp, 0.0)
            en, e0, ep = math.exp(zn - top), math.exp(-top), math.exp(zp - top)
            s = en + e0 + ep
            gn = cw[y] * (en / s - (y == 0))
            gp = cw[y] * (ep / s - (y == 2))
            for c, g in ((0, gn), (1, gp)):
                bg2[c] += g * g
                bias[c] -= RATE * g / math.sqrt(bg2[c])
            for k, v in feats:
                wk = w.setdefault(k, [0.0, 0.0])
                gk = g2.setdefault(k, [1e-8, 1e-8])
                for c, g in ((0, gn), (1, gp)):
                    d = g * v + l2 * wk[c]
                    gk[c] += d * d
                    wk[c] -= RATE * d / math.sqrt(gk[c])
    weights = {
        k: (v[0], v[1])
        for k, v in w.items()
        if not k.startswith(WORD_PREFIXES) or max(abs(v[0]), abs(v[1])) >= PRUNE
    }
    return TargetModel(weights, (bias[0], bias[1]), 0.0, 0.0)


def scores(model: TargetModel, data: Sequence[Example]) -> list[float]:
    """``P(positive) - P(negative)`` for each example."""
    out = []
    for f, _ in data:
        pn, _, pp = model.probabilities(*model.logits(f.items()))
        out.append(pp - pn)
    return out


def macro_f1(gold: Sequence[int], pred: Sequence[int]) -> tuple[float, float]:
    """``(macro-F1 over the three labels, accuracy)``."""
    f1s = []
    for c in range(3):
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p != c)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    correct = sum(1 for g, p in zip(gold, pred, strict=True) if g == p)
    return sum(f1s) / 3, correct / len(gold) if gold else 0.0


def _labels(values: Sequence[float], negative: float, positive: float) -> list[int]:
    return [2 if s >= positive else 0 if s <= -negative else 1 for s in values]


def choose_thresholds(values: Sequence[float], gold: Sequence[int]) -> tuple[float, float]:
    """The thresholds ``(negative, positive)`` on a 0.02 grid with the best macro-F1."""
    grid = [i / 50 for i in range(-10, 31)]
    best = (-1.0, 0.0, 0.0)
    for n in grid:
        for p in grid:
            if -n >= p:
                continue
            f1, _ = macro_f1(gold, _labels(values, n, p))
            if f1 > best[0]:
                best = (f1, n, p)
    return best[1], best[2]


def cross_validate(
    data: Sequence[Example], vocabulary: set[str], l2: float, folds: int = FOLDS
) -> list[float]:
    """The scores of ``data`` each from weights fitted on the other folds (``i % folds``)."""
    out = [0.0] * len(data)
    for fold in range(folds):
        fitted = train([e for i, e in enumerate(data) if i % folds != fold], vocabulary, l2)
        held = [i for i in range(len(data)) if i % folds == fold]
        for i, s in zip(held, scores(fitted, [data[i] for i in held]), strict=True):
            out[i] = s
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", default=os.environ.get("LIMNER_CORPORA"))
    parser.add_argument("--output", type=Path, default=MODEL_FILE)
    args = parser.parse_args(argv)
    if not args.corpora:
        parser.error("give the corpora folder or set LIMNER_CORPORA")
    corpus = Path(args.corpora) / "newsmtsc" / "newsmtsc-train.jsonl"
    train_part, check_part, vocabulary = read_corpus(corpus)
    gold = [y for _, y in train_part]
    best = (-1.0, L2_GRID[0], 0.0, 0.0)
    for l2 in L2_GRID:  # the penalty and the thresholds, on scores of unseen folds
        cv = cross_validate(train_part, vocabulary, l2)
        n, p = choose_thresholds(cv, gold)
        f1, acc = macro_f1(gold, _labels(cv, n, p))
        print(f"L2 {l2:g}: {FOLDS}-fold cross-validation macro-F1 {f1:.3f}, accuracy {acc:.3f}")
        if f1 > best[0]:
            best = (f1, l2, n, p)
    _, l2, negative, positive = best
    fitted = train(train_part, vocabulary, l2)
    model = TargetModel(fitted.weights, fitted.bias, negative, positive)
    print(f"L2 chosen: {l2:g}")
    for name, part in (("training four fifths", train_part), ("held-out fifth", check_part)):
        gold = [y for _, y in part]
        f1, acc = macro_f1(gold, _labels(scores(model, part), negative, positive))
        print(f"{name}: {len(part)} targets, macro-F1 {f1:.3f}, accuracy {acc:.3f}")
    print(f"thresholds: negative <= -{negative}, positive >= {positive}")
    print(f"{len(model.weights)} weights written to {args.output}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(model.to_json(), separators=(",", ":")) + "\n"
    args.output.write_text(data, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
