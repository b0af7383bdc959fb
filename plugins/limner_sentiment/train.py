"""Train the target model from NewsMTSC: ``python -m limner_sentiment.train [CORPORA]``.

Reads ``newsmtsc/newsmtsc-train.jsonl`` under the corpora folder (the
argument, else ``$LIMNER_CORPORA``), holds apart a fixed fifth for checking
(:func:`held_out`: the sentences whose id has a CRC-32 divisible by 5) and
fits a three-way logistic regression (:mod:`limner_sentiment.model`) on the
other four fifths.  A mention's features are those of
:mod:`limner_sentiment.features` (rules, lexicon words) and
:mod:`limner_sentiment.context` (window, edge pairs, the four bags):

- a feature seen in fewer than :data:`MIN_COUNT` training mentions is dropped;
- each class is weighed by the inverse of its share of the training part
  (macro-F1 counts the rarer positive class as much as the others);
- the L2 strength is chosen from :data:`L2_GRID` by :data:`FOLDS`-fold
  cross-validation on the training part alone (folds by sentence); the
  label thresholds are chosen on the cross-validated scores of that
  strength (scores of mentions the weights were not fitted on);
- word vectors (:mod:`limner_sentiment.vectors`, learned without labels
  from the news text under the corpora folder, the held-out fifth left
  out) give each bag of :data:`VECTOR_GROUPS` dense features, the sum of
  its words' vectors, with weights ``V`` of their own (:class:`Embedding`).
  The model is linear and a bag's logit a sum over its words, so these are
  the same as a weight ``V·e`` on each word with vector ``e``:
  :func:`_model` adds that to the word's own bag weight before the file is
  written, and the run-time code reads the same file format as without
  vectors.  A word no labelled sentence holds gets the weights of the
  words it keeps company with.  ``--dim 0`` trains without them;
- the other mentions of a training target in its sentence (NewsMTSC's
  coreferent ``further_mentions``: "he", "the senator", "Mr. X" again) are
  training mentions too, labelled as the target and weighed
  :data:`FURTHER` each (:func:`further_mentions`); they are never scored
  on their own, and their features count toward no vocabulary.  ``--further 0`` leaves them out;
- a target is scored with its further mentions too, as ``limner evaluate
  sentiment`` gives them (the mean of their probabilities, the target's own
  mention weighing :data:`POOL_OWN` and each further one 1: :func:`pooled`),
  in the cross-validation (each further mention scored by the weights
  fitted without its fold) and on the held-out fifth; the L2 strength and
  the label factors are chosen on those pooled probabilities.  ``--pool 0``
  scores each target alone;
- ``--l2 X`` fixes the L2 strength at ``X`` (the grid is not searched:
  one cross-validation, at ``X``, chooses the label factors), for a
  strength chosen over several fold splits (:mod:`limner_sentiment.trials`
  ``--l2``);
- ``--split 1`` to ``--split 4`` cuts the training part into folds another
  way (:func:`fold`), to see how much a cross-validated figure moves with
  the cut.

It writes ``data/target_model.json`` into the package (``--output``
elsewhere) and prints macro-F1 and accuracy of the cross-validation, the
training part and the held-out fifth, each target alone and with its
further mentions.  The fit needs numpy (the ``train``
extra: ``pip install 'limner[train]'``); the shipped model does not.  The
run is deterministic: full-batch Adam from zero, in a fixed order.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import sys
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from limner_sentiment import vectors
from limner_sentiment.context import BAGS, bag_features, window_features
from limner_sentiment.features import (
    Reading,
    mention_features,
    mention_words,
    read_sentence,
    sentence_words,
)
from limner_sentiment.model import LABELS, TargetModel
from limner_sentiment.scorer import score_sentence
from limner_sentiment.vectors import Vectors

__all__ = [
    "Embedding", "Example", "Part", "cross_validate_mentions", "embedded", "examples",
    "further_mentions", "further_spans", "held_out", "labels", "macro_f1", "main",
    "pooled", "probabilities", "read_corpus", "read_parts", "sentence_examples", "train",
    "vocabulary_of",
]

#: A mention's features, its gold label index (0 negative, 1 neutral, 2 positive), its fold.
Example = tuple[dict[str, float], int, int]

#: Features seen in fewer training mentions than this are dropped.
MIN_COUNT = 2
#: The L2 penalties (on the mean loss) that cross-validation chooses from.
L2_GRID = (3e-4, 1e-3, 3e-3)
#: How many folds of the training part choose the L2 penalty and the thresholds.
FOLDS = 4
#: Full-batch Adam: steps and rate.
STEPS = 300
RATE = 0.05
#: Weights smaller than this (in every class) are dropped from the shipped file.
PRUNE = 0.01
#: The weight of a target's further (coreferent) mention as a training example (its
#: target's weighs 1), chosen by cross-validation from 0, 0.3, 0.5 and 1 (0.667, 0.671, 0.669,
#: 0.668; a target's own span listed among them left out).
FURTHER = 0.3
#: When a target is scored with its further mentions (as ``limner evaluate sentiment`` gives
#: NewsMTSC's), the weight of its own mention in the mean, each further one weighing 1:
#: chosen by cross-validation over three fold splits from 1, 2, 3 and 4 (macro-F1 means
#: 0.676, 0.678, 0.678, 0.678; each target alone 0.676; see docs/plugins/sentiment-notes.md).
POOL_OWN = 2.0
#: Where the shipped model lives.
MODEL_FILE = Path(__file__).parent / "data" / "target_model.json"
_BAG_PREFIXES = tuple(b + ":" for b in BAGS)
#: The bag and window features whose words' vectors become dense features.
EMBED_GROUPS = ("S", "C", "CL", "CR", "P1", "N1", "P2", "N2", "Pw", "Nw")
#: Those read by default: the four bags (the window positions' vectors added nothing by
#: cross-validation).
VECTOR_GROUPS = ("S", "C", "CL", "CR")


def held_out(record_id: str) -> bool:
    """Whether a NewsMTSC sentence belongs to the held-out fifth (CRC-32 of its id % 5 == 0)."""
    return zlib.crc32(record_id.encode("utf-8")) % 5 == 0


#: How many ways of cutting the training part into folds :func:`fold` knows.
SPLITS = 5


def fold(record_id: str, split: int = 0) -> int:
    """The cross-validation fold of a training sentence (by sentence, never by mention).

    ``split`` 0 is the one the training script chooses by; 1 to 4 cut the
    same sentences into folds another way (by a CRC-32 of the id with a
    prefix), to tell a change from the noise of one cut.
    """
    if split == 0:
        return zlib.crc32(record_id.encode("utf-8")) // 5 % FOLDS
    if not 0 < split < SPLITS:
        raise ValueError(f"split: one of 0 to {SPLITS - 1}, not {split!r}")
    return zlib.crc32(f"split{split}:{record_id}".encode()) % FOLDS


def read_corpus(path: Path) -> tuple[list[Example], list[Example], set[str]]:
    """The examples of the training part and of the held-out fifth, and the vocabulary.

    The vocabulary is the features seen with at least :data:`MIN_COUNT`
    mentions of the training part.
    """
    trained, checked = read_parts(path)
    return trained.examples, checked.examples, vocabulary_of(trained.examples)


def vocabulary_of(data: Sequence[Example]) -> set[str]:
    """The features seen with at least :data:`MIN_COUNT` of ``data``."""
    counts = Counter(k for f, _, _ in data for k in f)
    return {k for k, c in counts.items() if c >= MIN_COUNT}


def examples(
    text: str, targets: Sequence[Mapping[str, object]], further: bool = False
) -> list[tuple[dict[str, float], int]]:
    """The examples of one sentence: one per labelled target, features named.

    With ``further``, one per further mention of each target instead (its
    ``further_mentions``, labelled as the target); a span listed there that
    is the target's own is not a further mention and is left out.
    """
    out = []
    for own, more in sentence_examples(text, targets):
        if further:
            out.extend(more)
        elif own is not None:
            out.append(own)
    return out


def further_spans(target: Mapping[str, object]) -> list[tuple[int, int]]:
    """A NewsMTSC target's further mentions as ``(start, end)``, its own span left out.

    A ``further_mentions`` that is not a list of ``[start, end]`` pairs is
    refused by name (ValueError).
    """
    more = target.get("further_mentions") or []
    if not isinstance(more, list):
        raise ValueError(f"further_mentions: expected a list of [start, end], not {more!r}")
    own = (int(str(target["start"])), int(str(target["end"])))
    out = []
    for span in more:
        if not (isinstance(span, list | tuple) and len(span) == 2):
            raise ValueError(f"further_mentions: expected a list of [start, end], not {more!r}")
        pair = (int(str(span[0])), int(str(span[1])))
        if pair != own:
            out.append(pair)
    return out


#: What a mention's features can be changed by, for a trial (:mod:`limner_sentiment.trials`):
#: ``(reading, first, last, features)``, the features changed in place.
Featurer = Callable[[Reading, int, int, dict[str, float]], None]


def mention_example(reading: Reading, shared: set[str], first: int, last: int) -> dict[str, float]:
    """The named features of a mention on words ``first``..``last`` of a sentence read as
    ``reading`` (``shared``: its :func:`~limner_sentiment.features.sentence_words`)."""
    f = dict(mention_features(reading, first, last))
    f.update(dict.fromkeys(window_features(reading.tokens, first, last), 1.0))
    f.update(bag_features(reading.tokens, first, last))
    if shared:
        f.update(dict.fromkeys(shared, 1.0 / math.sqrt(len(shared))))
    return f


def sentence_examples(
    text: str, targets: Sequence[Mapping[str, object]], change: Featurer | None = None
) -> list[tuple[tuple[dict[str, float], int] | None, list[tuple[dict[str, float], int]]]]:
    """Each target's own example (None where its span holds no word) and its further ones.

    A further mention (:func:`further_spans`) is labelled as its target.
    ``change``, when given, changes each mention's features (a trial's).
    """
    reading = read_sentence(text, score_sentence(text))
    shared = sentence_words(reading)

    def example(start: int, end: int, y: int) -> tuple[dict[str, float], int] | None:
        first, last = mention_words(reading, start, end)
        if first < 0:
            return None
        f = mention_example(reading, shared, first, last)
        if change is not None:
            change(reading, first, last, f)
        return f, y

    out = []
    for t in targets:
        y = LABELS.index(str(t["polarity"]))
        own = example(int(str(t["start"])), int(str(t["end"])), y)
        more = [e for a, b in further_spans(t) if (e := example(a, b, y)) is not None]
        out.append((own, more))
    return out


@dataclass
class Part:
    """The targets of one part of the corpus, and their further mentions.

    Attributes:
        examples: one per target.
        further: the targets' further mentions, labelled as their targets.
        owners: for each of ``further``, the index of its target in ``examples``.
    """

    examples: list[Example] = field(default_factory=list)
    further: list[Example] = field(default_factory=list)
    owners: list[int] = field(default_factory=list)


def read_parts(path: Path, split: int = 0, change: Featurer | None = None) -> tuple[Part, Part]:
    """The training part and the held-out fifth (:func:`held_out`), further mentions linked.

    A target in a sentence without words is left out, its further mentions
    too.  Folds are those of ``split`` (:func:`fold`); ``change`` as in
    :func:`sentence_examples`.
    """
    parts = (Part(), Part())
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            rid = str(record["id"])
            part = parts[1] if held_out(rid) else parts[0]
            k = fold(rid, split)
            for own, more in sentence_examples(record["text"], record["targets"], change):
                if own is None:
                    continue
                part.owners.extend([len(part.examples)] * len(more))
                part.examples.append((own[0], own[1], k))
                part.further.extend((f, y, k) for f, y in more)
    return parts


def pooled(
    probs: Sequence[tuple[float, float, float]],
    further: Sequence[tuple[float, float, float]],
    owners: Sequence[int],
    own: float = POOL_OWN,
) -> list[tuple[float, float, float]]:
    """Each target's probabilities pooled with its further mentions' (``owners`` links them).

    The weighed mean: the target's own mention weighs ``own``, each further
    mention 1, as when :mod:`limner_evaluate` gives a target's own span
    ``own`` times among its mentions.  ``own == 0`` gives ``probs`` unpooled.
    ``owners`` not one per further mention is refused (ValueError).
    """
    if len(owners) != len(further):
        raise ValueError(f"owners: one per further mention ({len(further)}), not {len(owners)}")
    if not own:
        return list(probs)
    sums = [[own * p for p in row] for row in probs]
    mass = [own] * len(probs)
    for row, i in zip(further, owners, strict=True):
        mass[i] += 1.0
        for c in range(3):
            sums[i][c] += row[c]
    return [(s[0] / m, s[1] / m, s[2] / m) for s, m in zip(sums, mass, strict=True)]


def further_mentions(path: Path, split: int = 0) -> list[Example]:
    """The further mentions of the training part's targets, labelled as their targets.

    NewsMTSC gives each target the other mentions of the same person in its
    sentence, found automatically (``further_mentions``); the held-out
    fifth's are left out, and so is a span listed there that is the target's
    own (72 of NewsMTSC's 2,509), which would only weigh that target more.
    They are :func:`read_parts`' ``further`` of the training part (a target whose own
    span holds no word is left out, and its further mentions with it).
    """
    return read_parts(path, split)[0].further


def _numpy() -> Any:
    try:
        import numpy
    except ImportError:  # pragma: no cover - the train extra
        raise SystemExit("training needs numpy: pip install 'limner[train]'") from None
    return numpy


def embedded(data: Sequence[Example], vectors: Vectors, groups: Sequence[str]) -> Any:
    """The dense features of ``data``: for each of ``groups``, its words' vectors summed.

    A bag's words are summed with their bag weights (``1/sqrt(size)``), so
    that the dense part is the mean vector of the bag times ``sqrt(size)``
    over its size, exactly what per-word weights ``V e_w`` sum to.
    """
    np = _numpy()
    index = vectors.index()
    d = vectors.matrix.shape[1]
    at = {g: k * d for k, g in enumerate(groups)}
    out = np.zeros((len(data), len(groups) * d))
    for r, (f, _, _) in enumerate(data):
        for k, v in f.items():
            group, colon, word = k.partition(":")  # a bag or window feature: "S:word"
            if not colon or group not in at:
                continue
            i = index.get(word)
            if i is not None:
                a = at[group]
                out[r, a : a + d] += v * vectors.matrix[i]
    return out


class _Matrix:
    """Examples as a sparse matrix over the vocabulary (row, column, value triples).

    ``dense`` holds the examples' dense features (:func:`embedded`), or None;
    ``weights`` each example's weight in the loss (None: 1 each).
    """

    def __init__(
        self, data: Sequence[Example], index: Mapping[str, int], dense: Any = None,
        weights: Sequence[float] | None = None,
    ) -> None:
        np = _numpy()
        self.dense = dense
        rows, cols, vals = [], [], []
        for r, (f, _, _) in enumerate(data):
            for k, v in sorted(f.items()):
                j = index.get(k)
                if j is not None:
                    rows.append(r)
                    cols.append(j)
                    vals.append(v)
        self.rows = np.array(rows, dtype=np.int64)
        self.cols = np.array(cols, dtype=np.int64)
        self.vals = np.array(vals, dtype=np.float64)
        self.m = len(data)
        self.y = np.array([y for _, y, _ in data], dtype=np.int64)
        self.folds = np.array([k for _, _, k in data], dtype=np.int64)
        self.weights = np.ones(self.m) if weights is None else np.array(weights, dtype=np.float64)

    def subset(self, keep: Any) -> _Matrix:
        """The rows where ``keep`` (a boolean array) is true."""
        np = _numpy()
        out = _Matrix.__new__(_Matrix)
        on = keep[self.rows]
        renumber = np.cumsum(keep) - 1
        out.rows, out.cols, out.vals = renumber[self.rows[on]], self.cols[on], self.vals[on]
        out.m = int(keep.sum())
        out.y, out.folds, out.weights = self.y[keep], self.folds[keep], self.weights[keep]
        out.dense = None if self.dense is None else self.dense[keep]
        return out

    def logits(self, w: Any, b: Any, wd: Any = None) -> Any:
        """``(m, 3)`` logits; ``wd`` the dense features' weights."""
        np = _numpy()
        z = np.zeros((self.m, 3))
        for c in (0, 1, 2):
            z[:, c] = b[c] + np.bincount(self.rows, self.vals * w[self.cols, c], minlength=self.m)
        if self.dense is not None:
            z += self.dense @ wd
        return z


@contextlib.contextmanager
def fitting_steps(steps: int) -> Iterator[None]:
    """Fit with ``steps`` full-batch Adam steps inside the block (``--steps``)."""
    global STEPS
    before, STEPS = STEPS, steps
    try:
        yield
    finally:
        STEPS = before


def _fit(x: _Matrix, d: int, l2: float, l2_dense: float = 0.0) -> tuple[Any, Any, Any]:
    """Weights ``(d, 3)``, bias ``(3,)`` and dense weights by full-batch Adam.

    The loss is the class-weighted log loss (each example also weighed by
    ``x.weights``), with L2 penalties ``l2`` on the sparse weights and
    ``l2_dense`` on the dense ones.  A class's weight is the inverse of its
    share of the examples' summed weight.
    """
    np = _numpy()
    w = np.zeros((d, 3))
    b = np.zeros(3)
    wd = np.zeros((0 if x.dense is None else x.dense.shape[1], 3))
    sample, onehot = balanced(x)
    moments = [np.zeros_like(w), np.zeros_like(w), np.zeros(3), np.zeros(3)]
    moments += [np.zeros_like(wd), np.zeros_like(wd)]
    for t in range(1, STEPS + 1):
        g, gw = gradients(x, w, b, wd, sample, onehot, d)
        gw += l2 * w
        gb = g.sum(axis=0)
        steps = [(w, gw, moments[0], moments[1]), (b, gb, moments[2], moments[3])]
        if x.dense is not None:
            steps.append((wd, x.dense.T @ g + l2_dense * wd, moments[4], moments[5]))
        for param, grad, m1, m2 in steps:
            adam_step(param, grad, m1, m2, t)
    return w, b, wd


def balanced(x: _Matrix) -> tuple[Any, Any]:
    """Each example's weight in the loss, and its label one-hot: a class weighs the
    inverse of its share of the examples' summed weight (``x.weights``)."""
    np = _numpy()
    mass = float(x.weights.sum())
    counts = np.bincount(x.y, x.weights, minlength=3)
    sample = (mass / (3 * np.maximum(counts, 1)))[x.y] * x.weights / mass
    return sample, np.eye(3)[x.y]


def gradients(
    x: _Matrix, w: Any, b: Any, wd: Any, sample: Any, onehot: Any, d: int
) -> tuple[Any, Any]:
    """The weighted log loss's gradient by each example's logits (``g``), and by the
    sparse weights (``gw``, before any penalty)."""
    np = _numpy()
    z = x.logits(w, b, wd)
    z -= z.max(axis=1, keepdims=True)
    p = np.exp(z)
    p /= p.sum(axis=1, keepdims=True)
    g = (p - onehot) * sample[:, None]
    gw = np.zeros_like(w)
    for c in (0, 1, 2):
        gw[:, c] = np.bincount(x.cols, x.vals * g[x.rows, c], minlength=d)
    return g, gw


def adam_step(param: Any, grad: Any, m1: Any, m2: Any, t: int) -> None:
    """One Adam step (at ``RATE``) of ``param`` in place, its moments ``m1`` and ``m2``
    updated in place; ``t`` counts the steps from 1."""
    np = _numpy()
    m1 *= 0.9
    m1 += 0.1 * grad
    m2 *= 0.999
    m2 += 0.001 * grad * grad
    param -= RATE * (m1 / (1 - 0.9**t)) / (np.sqrt(m2 / (1 - 0.999**t)) + 1e-8)


@dataclass(frozen=True)
class Embedding:
    """How word vectors enter the fit: dense features, folded into word weights after.

    Attributes:
        vectors: the word vectors (:func:`limner_sentiment.vectors.build`).
        groups: the bag and window features whose words' vectors are summed
            into dense features (:func:`embedded`), each with its own weights.
        l2: the L2 penalty on the dense weights.
        prune: folded weights smaller than this (in both classes) are dropped.
    """

    vectors: Vectors
    groups: tuple[str, ...] = VECTOR_GROUPS
    l2: float = 1e-3
    prune: float = PRUNE


def train(
    data: Sequence[Example],
    vocabulary: set[str],
    l2: float = L2_GRID[1],
    embedding: Embedding | None = None,
    extra: Sequence[Example] = (),
    extra_weight: float = FURTHER,
) -> TargetModel:
    """Fit the model on ``data`` over ``vocabulary``; label factors 1 (:func:`choose_factors`).

    With an ``embedding``, the dense features' weights are folded into the
    per-word weights of the bags and window positions (:func:`_model`).
    ``extra`` examples (further mentions) weigh ``extra_weight`` each, those of
    ``data`` 1; a weight that is negative or not finite is refused (ValueError).
    """
    if not (extra_weight >= 0.0 and math.isfinite(extra_weight)):
        raise ValueError(f"extra_weight: a finite weight of 0 or more, not {extra_weight!r}")
    names = sorted(vocabulary)
    index = {k: i for i, k in enumerate(names)}
    rows = [*data, *extra] if extra_weight else list(data)
    weights = [1.0] * len(data) + [extra_weight] * (len(rows) - len(data))
    dense = None if embedding is None else embedded(rows, embedding.vectors, embedding.groups)
    l2_dense = 0.0 if embedding is None else embedding.l2
    w, b, wd = _fit(_Matrix(rows, index, dense, weights), len(names), l2, l2_dense)
    # neutral as the reference class: each class's weights less neutral's
    return _model(names, w - w[:, 1:2], b - b[1], embedding, wd - wd[:, 1:2])


def _model(
    names: Sequence[str], w: Any, b: Any, embedding: Embedding | None = None, wd: Any = None
) -> TargetModel:
    table = {name: [float(w[k, 0]), float(w[k, 2])] for k, name in enumerate(names)}
    prune = dict.fromkeys(names, PRUNE)
    if embedding is not None:  # a word's weight in a group: V_group . e_word, added
        vectors = embedding.vectors
        d = vectors.matrix.shape[1]
        for k, group in enumerate(embedding.groups):
            u = vectors.matrix @ wd[k * d : (k + 1) * d]
            for i, word in enumerate(vectors.words):
                name = group + ":" + word
                row = table.setdefault(name, [0.0, 0.0])
                row[0] += float(u[i, 0])
                row[1] += float(u[i, 2])
                prune[name] = max(prune.get(name, 0.0), embedding.prune)
    weights: dict[str, tuple[float, float]] = {}
    bags: dict[str, list[float]] = {}
    for name, (wn, wp) in sorted(table.items()):
        if max(abs(wn), abs(wp)) < prune[name]:
            continue
        if name.startswith(_BAG_PREFIXES):
            bag, word = name.split(":", 1)
            row = bags.setdefault(word, [0.0] * (2 * len(BAGS)))
            at = 2 * BAGS.index(bag)
            row[at], row[at + 1] = wn, wp
        else:
            weights[name] = (wn, wp)
    return TargetModel(
        weights, (float(b[0]), float(b[2])), 1.0, 1.0, {k: tuple(v) for k, v in bags.items()}
    )


def probabilities(model: TargetModel, data: Sequence[Example]) -> list[tuple[float, float, float]]:
    """``(P(negative), P(neutral), P(positive))`` for each example (its features named)."""
    out = []
    for f, _, _ in data:
        plain = [(k, v) for k, v in f.items() if not k.startswith(_BAG_PREFIXES)]
        zn, zp = model.logits(plain)
        for k, v in f.items():
            if k.startswith(_BAG_PREFIXES):
                bag, word = k.split(":", 1)
                row = model.bags.get(word)
                if row is not None:
                    at = 2 * BAGS.index(bag)
                    zn += row[at] * v
                    zp += row[at + 1] * v
        out.append(model.probabilities(zn, zp))
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


def labels(
    probs: Sequence[tuple[float, float, float]], negative: float, positive: float
) -> list[int]:
    """The label indices :meth:`TargetModel.label` gives with these two factors."""
    model = TargetModel({}, (0.0, 0.0), negative, positive)
    return [LABELS.index(model.label(*p)) for p in probs]


#: The factors on P(negative) and P(positive) that :func:`choose_factors` tries.
FACTORS = tuple(round(0.6 + 0.05 * i, 2) for i in range(21))


def choose_factors(
    probs: Sequence[tuple[float, float, float]], gold: Sequence[int]
) -> tuple[float, float]:
    """The factors ``(negative, positive)`` of :data:`FACTORS` with the best macro-F1."""
    np = _numpy()
    p = np.array(probs)
    y = np.array(gold)
    best = (-1.0, 1.0, 1.0)
    for n in FACTORS:
        for q in FACTORS:
            pred = np.argmax(p * np.array([n, 1.0, q]), axis=1)
            f1 = _macro_np(np, y, pred)
            if f1 > best[0] + 1e-12:
                best = (f1, n, q)
    return best[1], best[2]


def _macro_np(np: Any, y: Any, pred: Any) -> float:
    f1s = []
    for c in range(3):
        tp = int(np.sum((y == c) & (pred == c)))
        fp = int(np.sum((y != c) & (pred == c)))
        fn = int(np.sum((y == c) & (pred != c)))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / 3


def cross_validate(
    data: Sequence[Example], vocabulary: set[str], l2: float, embedding: Embedding | None = None,
    extra: Sequence[Example] = (), extra_weight: float = FURTHER,
) -> list[tuple[float, float, float]]:
    """The probabilities of ``data``, each from weights fitted on the other folds.

    ``extra`` examples (weighed ``extra_weight``) join the fit of the folds
    they are not in; none is scored.
    """
    return cross_validate_mentions(data, (), vocabulary, l2, embedding, extra, extra_weight)[0]


def cross_validate_mentions(
    data: Sequence[Example], scored: Sequence[Example], vocabulary: set[str], l2: float,
    embedding: Embedding | None = None, extra: Sequence[Example] = (),
    extra_weight: float = FURTHER,
) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """:func:`cross_validate`, and the probabilities of ``scored`` from the same fits.

    Each of ``scored`` (a target's further mentions) is scored by the weights
    fitted without its fold, as the targets of that fold are.
    """
    out = [(0.0, 0.0, 0.0)] * len(data)
    more = [(0.0, 0.0, 0.0)] * len(scored)
    for k in range(FOLDS):
        fitted = train(
            [e for e in data if e[2] != k], vocabulary, l2, embedding,
            [e for e in extra if e[2] != k], extra_weight,
        )
        for source, sink in ((data, out), (scored, more)):
            held = [i for i, e in enumerate(source) if e[2] == k]
            for i, s in zip(held, probabilities(fitted, [source[i] for i in held]), strict=True):
                sink[i] = s
    return out, more


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("corpora", nargs="?", default=os.environ.get("LIMNER_CORPORA"))
    parser.add_argument("--output", type=Path, default=MODEL_FILE)
    parser.add_argument(
        "--dim", type=int, default=vectors.DIM,
        help=f"the word vectors' dimension (0: none; default {vectors.DIM})",
    )
    parser.add_argument(
        "--groups", default=",".join(VECTOR_GROUPS),
        help="the bags and window positions whose words' vectors are read "
        f"(of {','.join(EMBED_GROUPS)}; default {','.join(VECTOR_GROUPS)})",
    )
    parser.add_argument(
        "--further", type=float, default=FURTHER,
        help="the weight of a target's further mentions as training examples "
        f"(0: none; default {FURTHER})",
    )
    parser.add_argument(
        "--pool", type=float, default=POOL_OWN,
        help="score each target with its further mentions, its own mention weighing this much "
        f"and each further one 1, and choose the label factors so (0: each target alone; "
        f"default {POOL_OWN:g})",
    )
    parser.add_argument(
        "--l2", type=float, default=None,
        help="the L2 strength, fixed (default: chosen from "
        f"{', '.join(f'{x:g}' for x in L2_GRID)} by cross-validation)",
    )
    parser.add_argument(
        "--split", type=int, choices=range(SPLITS), default=0,
        help="how the training part is cut into folds for the cross-validation (0, the "
        "default, or another cut, 1 to 4, to see how much a figure moves with the cut)",
    )
    parser.add_argument(
        "--steps", type=int, default=STEPS,
        help=f"full-batch Adam steps of each fit (default {STEPS})",
    )
    args = parser.parse_args(argv)
    if not args.corpora:
        parser.error("give the corpora folder or set LIMNER_CORPORA")
    if args.steps < 1:
        parser.error(f"--steps: one or more, not {args.steps}")
    with fitting_steps(args.steps):
        return _run(parser, args)


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """:func:`main` once its arguments are read."""
    groups = tuple(g for g in args.groups.split(",") if g)
    if not set(groups) <= set(EMBED_GROUPS):
        parser.error(f"--groups: each of {','.join(EMBED_GROUPS)}, not {args.groups!r}")
    if not (args.further >= 0.0 and math.isfinite(args.further)):
        parser.error(f"--further: a finite weight of 0 or more, not {args.further!r}")
    if not (args.pool >= 0.0 and math.isfinite(args.pool)):
        parser.error(f"--pool: a finite weight of 0 or more, not {args.pool!r}")
    if args.l2 is not None and not (args.l2 >= 0.0 and math.isfinite(args.l2)):
        parser.error(f"--l2: a finite strength of 0 or more, not {args.l2!r}")
    grid = L2_GRID if args.l2 is None else (args.l2,)
    root = Path(args.corpora)
    corpus = root / "newsmtsc" / "newsmtsc-train.jsonl"
    if not corpus.is_file():
        parser.error(f"{corpus} not found (the corpora folder holds newsmtsc/newsmtsc-train.jsonl)")
    trained, checked = read_parts(corpus, args.split)
    train_part, vocabulary = trained.examples, vocabulary_of(trained.examples)
    pool = args.pool
    extra = trained.further if args.further > 0 else []
    if extra:
        print(f"further mentions: {len(extra)}, weighing {args.further:g} each")
    found = None
    if args.dim > 0 and groups:
        missing = vectors.absent(root)
        if missing:
            print(f"word vectors: {', '.join(missing)} not found under {root}, read without "
                  "(the vectors, and so the model, differ from the shipped one's)",
                  file=sys.stderr)
        found = vectors.build(vectors.news_text(root, held_out), args.dim)
        print(f"word vectors: {len(found.words)} words, {args.dim} dimensions")
    gold = [y for _, y, _ in train_part]
    best = (-1.0, L2_GRID[0], 0.0, 0.0)
    for l2 in grid:  # the penalty and the thresholds, on scores of unseen folds
        cv, cv_further = cross_validate_mentions(
            train_part, trained.further if pool else (), vocabulary, l2,
            _embedding(found, groups, l2), extra, args.further,
        )
        # (--pool 0: no further mention is scored, and the targets are read alone)
        cv_pooled = pooled(cv, cv_further, trained.owners, pool) if pool else cv
        n, p = choose_factors(cv_pooled, gold)
        f1, acc = macro_f1(gold, labels(cv_pooled, n, p))
        line = f"L2 {l2:g}: {FOLDS}-fold cross-validation macro-F1 {f1:.3f}, accuracy {acc:.3f}"
        if pool:
            alone, _ = macro_f1(gold, labels(cv, n, p))
            line += f" (each target with its further mentions; alone {alone:.3f})"
        print(line)
        if f1 > best[0]:
            best = (f1, l2, n, p)
    _, l2, negative, positive = best
    fitted = train(
        train_part, vocabulary, l2, _embedding(found, groups, l2), extra, args.further
    )
    model = TargetModel(fitted.weights, fitted.bias, negative, positive, fitted.bags)
    print(f"L2 {'chosen' if args.l2 is None else 'fixed'}: {l2:g}")
    for name, part in (("training four fifths", trained), ("held-out fifth", checked)):
        gold = [y for _, y, _ in part.examples]
        probs = probabilities(model, part.examples)
        f1, acc = macro_f1(gold, labels(probs, negative, positive))
        line = f"{name}: {len(part.examples)} targets, macro-F1 {f1:.3f}, accuracy {acc:.3f}"
        if pool:
            with_further = pooled(probs, probabilities(model, part.further), part.owners, pool)
            f1, acc = macro_f1(gold, labels(with_further, negative, positive))
            line += (f"; with their {len(part.further)} further mentions (own weight {pool:g}) "
                     f"macro-F1 {f1:.3f}, accuracy {acc:.3f}")
        print(line)
    print(f"label factors: negative {negative}, positive {positive}")
    print(f"{len(model.weights)} weights and {len(model.bags)} bag words written to {args.output}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(model.to_json(), separators=(",", ":")) + "\n"
    args.output.write_text(data, encoding="utf-8")
    return 0


def _embedding(found: Vectors | None, groups: tuple[str, ...], l2: float) -> Embedding | None:
    """The dense features' setting: the same L2 penalty as the word weights'."""
    return None if found is None else Embedding(found, groups, l2)


if __name__ == "__main__":
    sys.exit(main())
