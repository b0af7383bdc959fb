"""Word vectors learned without labels from news text, for training the target model only.

:func:`build` counts how often two word forms stand within :data:`WINDOW`
words of each other in plain text, weighs the counts as positive pointwise
mutual information (PPMI, the contexts' counts smoothed by the power
:data:`SMOOTHING`), and reduces that matrix to :data:`DIM` dimensions by a
randomized truncated SVD (fixed seed).  Words that keep the same company get
near vectors, so a word the labelled data holds once or never weighs as
its company does; with the wide window of :data:`WINDOW`, that company says
what a word is said about more than how it is used ("arrested" lands beside
"robbery" and "charged", "slammed" beside "blasted" and "denounced").

A word is read by its *form*, as the target model reads it
(:func:`limner_sentiment.context.read_tokens`): lower-case words as
themselves, words with a capital as one name token, numbers and punctuation
dropped.  :func:`news_text` yields the texts under the corpora folder that
the vectors are built from: NewsMTSC's sentences (those of the held-out
fifth left out), PolNeAR's articles, BBC's and LGL's (:data:`TEXTS`;
:func:`absent` names those missing, which are passed over).

Needs numpy (the ``train`` extra); nothing here runs when the plugin does:
the trained model holds the vectors' effect folded into its word weights
(see :mod:`limner_sentiment.train`).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from limner_sentiment.context import read_tokens

__all__ = ["DIM", "MIN_COUNT", "SMOOTHING", "TEXTS", "WINDOW", "Vectors", "absent", "build",
           "news_text"]

#: How many words on each side count as a word's company: a wide window, so that a word's
#: vector says what it is said about (chosen by cross-validation of the target model from 2,
#: 4, 8, 12, 16, 24 and 32; see docs/plugins/sentiment-notes.md).
WINDOW = 24
#: The vectors' dimension.
DIM = 64
#: Words seen fewer times than this get no vector.
MIN_COUNT = 5
#: At most this many words (the most frequent) get a vector.
MAX_WORDS = 40_000
#: The power that smooths the contexts' counts (0.75, as word2vec's negative sampling).
SMOOTHING = 0.75
#: The power of the singular values the vectors are scaled by (0: none, 1: all).
SCALING = 0.5
#: Randomized SVD: extra columns and power iterations.
OVERSAMPLE = 16
POWER_STEPS = 4
#: The files of news text read after NewsMTSC's, relative to the corpora folder.
TEXTS = ("polnear/polnear-train.jsonl", "polnear/polnear-dev.jsonl", "bbc/bbc.jsonl",
         "lgl/lgl.jsonl")


@dataclass(frozen=True)
class Vectors:
    """Word vectors: ``matrix[i]`` is the unit-length vector of ``words[i]``."""

    words: list[str]
    matrix: Any  # numpy (len(words), dim)

    def index(self) -> dict[str, int]:
        """word -> row."""
        return {w: i for i, w in enumerate(self.words)}


def news_text(root: Path, skip: Callable[[str], bool] = lambda rid: False) -> Iterator[str]:
    """The news texts under ``root``, paragraph by paragraph.

    NewsMTSC's sentences (those whose id ``skip`` accepts left out), then
    PolNeAR's articles (training and development), BBC's and LGL's (local
    news); a corpus whose file is absent is passed over.
    """
    with (root / "newsmtsc" / "newsmtsc-train.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if not skip(str(record["id"])):
                yield record["text"]
    for name in TEXTS:
        path = root / name
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                yield from json.loads(line)["text"].split("\n")


def absent(root: Path) -> list[str]:
    """The files of :data:`TEXTS` missing under ``root`` (vectors built without them
    differ from those of the shipped model)."""
    return [name for name in TEXTS if not (root / name).is_file()]


def _forms(texts: Iterable[str]) -> Iterator[list[str]]:
    for text in texts:
        tokens = text.split()
        if tokens:
            yield [f for f in read_tokens(tokens).forms if f]


def build(texts: Iterable[str], dim: int = DIM, window: int = WINDOW) -> Vectors:
    """PPMI of co-occurrence within ``window`` words, reduced to ``dim`` by SVD (see the module).

    Fewer than ``dim`` words with a vector give vectors of fewer dimensions
    (as many as the words); no word at all is a ``ValueError``.
    """
    import numpy as np

    streams = list(_forms(texts))
    counts = Counter(f for s in streams for f in s)
    ranked = sorted((w for w, c in counts.items() if c >= MIN_COUNT), key=lambda w: (-counts[w], w))
    words = ranked[:MAX_WORDS]
    index = {w: i for i, w in enumerate(words)}
    v = len(words)
    if not v:
        raise ValueError(f"no word seen {MIN_COUNT} times: no vectors to build")
    # one id stream, texts apart by ``window`` gaps (-1), out-of-vocabulary words -1
    ids: list[int] = []
    gap = [-1] * window
    for s in streams:
        ids.extend(index.get(f, -1) for f in s)
        ids.extend(gap)
    arr = np.array(ids, dtype=np.int64)
    codes = []
    for k in range(1, window + 1):
        a, b = arr[:-k], arr[k:]
        on = (a >= 0) & (b >= 0)
        a, b = a[on], b[on]
        codes.append(a * v + b)
        codes.append(b * v + a)
    pairs, n = np.unique(np.concatenate(codes), return_counts=True)
    rows, cols = pairs // v, pairs % v
    n = n.astype(np.float64)
    total = n.sum()
    row_sum = np.bincount(rows, n, minlength=v)
    col_sum = np.bincount(cols, n, minlength=v) ** SMOOTHING
    pmi = np.log(n * total / row_sum[rows]) - np.log(col_sum[cols] * total / col_sum.sum())
    keep = pmi > 0
    rows, cols, vals = rows[keep], cols[keep], pmi[keep]
    u, s = _randomized_svd(np, rows, cols, vals, v, dim)
    matrix = u * s**SCALING
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return Vectors(words, matrix / np.maximum(norms, 1e-12))


def _times(np: Any, rows: Any, cols: Any, vals: Any, n: int, x: Any) -> Any:
    """The sparse matrix (``rows``, ``cols``, ``vals``; ``n`` rows) times dense ``x``."""
    out = np.empty((n, x.shape[1]))
    for j in range(x.shape[1]):
        out[:, j] = np.bincount(rows, vals * x[cols, j], minlength=n)
    return out


def _randomized_svd(
    np: Any, rows: Any, cols: Any, vals: Any, n: int, dim: int
) -> tuple[Any, Any]:
    """The top ``dim`` left singular vectors and values of a square sparse matrix (Halko et al.)."""
    rng = np.random.default_rng(0)
    q = rng.standard_normal((n, min(dim + OVERSAMPLE, n)))
    q, _ = np.linalg.qr(_times(np, rows, cols, vals, n, q))
    for _ in range(POWER_STEPS):
        q, _ = np.linalg.qr(_times(np, cols, rows, vals, n, q))  # the transpose
        q, _ = np.linalg.qr(_times(np, rows, cols, vals, n, q))
    b = _times(np, cols, rows, vals, n, q).T  # q.T @ M
    ub, s, _ = np.linalg.svd(b, full_matrices=False)
    u = q @ ub
    # a fixed sign per vector: its largest entry positive
    signs = np.sign(u[np.argmax(np.abs(u), axis=0), np.arange(u.shape[1])])
    return (u * signs)[:, :dim], s[:dim]
