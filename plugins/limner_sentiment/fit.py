"""Fit the lexicon's valences on VADER's rated texts: ``python -m limner_sentiment.fit [CORPORA]``.

Reads the three rated sets under ``vader-sentiment/`` in the corpora folder
(the argument, else ``$LIMNER_CORPORA``): tweets, movie reviews and Amazon
reviews, each text with its mean human rating from -4 to +4.  A fixed fifth
of each set is held apart (:func:`held_out`: the CRC-32 of ``file/id`` is
divisible by 5) and never fitted on.

What is fitted is the valence of each word of VADER's lexicon, on its
scale, so that the document score (sentence sums weighed, pooled and squashed as
:func:`limner_sentiment.aggregate.document` does: a turn, a judging sentence)
comes closer to the rating, by
stochastic gradient descent on the squared error.  Every rule of the scorer
still applies (negation, boosters, contrast, names), because a sentence sum
is linear in the valences: each word's weight in a sentence is its valence
times what the rules multiplied it by.  The fit is pulled toward VADER's
human rating of each word, keeps its sign and stays within :data:`BOUND` of
it; no word is added (words learned from reviews and tweets, such as
"price" or "stars", carry no tone in news).  As a check only, the same
score is correlated with the NewsMTSC sentences' labels (news), which are
never fitted on.

Writes ``data/lexicon_weights.json`` into the package (``--output``
elsewhere): the words whose valence moved, and prints Pearson r per set,
training part and held-out fifth, before and after.  Standard library only;
deterministic (seeded shuffle).
"""

from __future__ import annotations

import argparse
import functools
import html
import json
import math
import os
import random
import sys
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import limner
from limner_sentiment import lexicon, scorer
from limner_sentiment.aggregate import WINDOW, marks, weights
from limner_sentiment.scorer import ALPHA

__all__ = ["held_out", "main"]

#: Pull toward VADER's rating, per step.
PRIOR = 0.01
#: How far a fitted valence may move from VADER's rating, as a share of it.
BOUND = 0.7
EPOCHS = 10
RATE = 0.1
#: Valences that move less than this from the prior are not written.
KEEP = 0.05
#: How many times each set's training texts count in the fit: movie reviews (8,500
#: texts) would otherwise lead, and tweets, for which VADER's ratings were made and
#: which they fit best, weigh most so that what the other sets teach does not cost them.
REPEAT = {"tweets": 6, "movieReviewSnippets": 1, "amazonReviewSnippets": 3}
SETS = ("tweets", "movieReviewSnippets", "amazonReviewSnippets")


def held_out(name: str, record_id: str) -> bool:
    """Whether a rated text is in the held-out fifth: CRC-32 of ``name/id`` divisible by 5."""
    return zlib.crc32(f"{name}/{record_id}".encode()) % 5 == 0


@dataclass
class Text:
    name: str
    gold: float
    held: bool
    #: per sentence: (word -> the rules' multiplier summed), punctuation emphasis
    sentences: list[tuple[dict[str, float], float]]


def read(root: Path) -> list[Text]:
    """The rated texts (and the news check), read into per-sentence multipliers."""
    records = []
    for name in SETS:
        with (root / "vader-sentiment" / f"{name}.jsonl").open(encoding="utf-8") as lines:
            for line in lines:
                r = json.loads(line)
                records.append((name, str(r["id"]), html.unescape(r["text"]), float(r["gold"])))
    with scorer.using(lexicon.build({})):  # VADER's own valences
        return _read(root, records)


def _read(root: Path, records: list[tuple[str, str, str, float]]) -> list[Text]:
    # news, for a check only: NewsMTSC sentences, rated by the mean of their targets' labels
    news = root / "newsmtsc" / "newsmtsc-train.jsonl"
    if news.is_file():
        with news.open(encoding="utf-8") as lines:
            for line in lines:
                r = json.loads(line)
                labels = [_POLARITY[t["polarity"]] for t in r["targets"]]
                records.append(("news", r["id"], r["text"], 4 * sum(labels) / len(labels)))
    return [_text(name, rid, text, gold) for name, rid, text, gold in records]


_POLARITY = {"negative": -1, "neutral": 0, "positive": 1}


def _text(name: str, rid: str, text: str, gold: float) -> Text:
    """One text read into per-sentence multipliers (see :class:`Text`)."""
    valence = lexicon.load().valence
    layer = _segmenter().enrich(text).layer("sentence-span")
    spans = list(layer) if layer is not None else []
    lows: list[list[str] | None] = []
    scored = scorer.score_sentences(text, spans, None, None, lows)
    # each sentence weighs in the sum as it does in the plugin's document score (a turn,
    # a judgement: limner_sentiment.aggregate.weights); a sentence's sum is still linear
    # in the valences, its multipliers and its emphasis scaled by its weight
    sentences = []
    for s, weight in zip(scored, weights(len(scored), *marks(text, spans, scored, lows)),
                         strict=True):
        mult: dict[str, float] = {}
        words = 0.0
        for _, w, v in s.hits:
            mult[w] = mult.get(w, 0.0) + weight * v / valence[w]
            words += v
        sentences.append((mult, weight * (s.raw - words)))
    return Text(name, gold / 4, held_out(name, rid), sentences)


@functools.cache
def _segmenter() -> limner.Enricher:
    return limner.Enricher(plugins=[], kinds=["sentence-span"])


def _predict(t: Text, val: dict[str, float]) -> tuple[float, float]:
    """The document score and its derivative by the pooled sum."""
    total = 0.0
    for mult, emphasis in t.sentences:
        raw = sum(val.get(w, 0.0) * m for w, m in mult.items())
        total += raw + (emphasis if raw >= 0 else -emphasis) if raw else 0.0
    r = total / max(1.0, len(t.sentences) / WINDOW)
    d = r * r + ALPHA
    return r / math.sqrt(d), ALPHA / (d * math.sqrt(d))


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy) if sxx and syy else 0.0


def fit(texts: Sequence[Text], prior: dict[str, float], seed: int = 0) -> dict[str, float]:
    """The valences after :data:`EPOCHS` of SGD over ``texts`` (those not held out)."""
    val = dict(prior)
    train = [
        t for name in SETS for t in _repeat([t for t in texts if t.name == name and not t.held])
    ]  # news texts (a check) are never fitted on
    rng = random.Random(seed)
    order = list(range(len(train)))
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for k in order:
            t = train[k]
            pred, slope = _predict(t, val)
            g = (pred - t.gold) * slope / max(1.0, len(t.sentences) / WINDOW)
            for mult, _ in t.sentences:
                for w, m in mult.items():
                    p = prior.get(w, 0.0)
                    v = val.get(w, 0.0)
                    v -= RATE * (g * m + PRIOR * (v - p))
                    # a rated word keeps its sign and stays within BOUND of its rating
                    lo, hi = sorted((p * (1 - BOUND), p * (1 + BOUND)))
                    val[w] = lo if v < lo else hi if v > hi else v
    return val


def _repeat(part: list[Text]) -> list[Text]:
    """``part`` (the training texts of one set) repeated :data:`REPEAT` times."""
    return part * REPEAT[part[0].name] if part else []


def report(texts: Sequence[Text], val: dict[str, float], label: str) -> None:
    for name in (*SETS, "news"):
        for held in (False, True):
            part = [t for t in texts if t.name == name and t.held == held]
            r = pearson([_predict(t, val)[0] for t in part], [t.gold for t in part])
            print(f"{label}: {name} {'held-out fifth' if held else 'training part'}: r = {r:.3f}")


def weight_on_grid(
    corpora: Path,
    grid: Sequence[float],
    sums: Callable[[scorer.Scored, list[str]], tuple[float, float]],
) -> tuple[float, list[str]]:
    """The weight of ``grid`` with the best mean Pearson r of the document score over
    the training parts of VADER's three sets, and a report line per weight: the fit of
    the weight of a part of the sentence sums beside the scorer's (the adjectives'
    tone, AFINN's words).

    ``sums(scored, words)`` gives a sentence's ``(base, extra)`` from its scoring and
    its lower-cased words: the sentence's sum is ``base + weight * extra``, and the
    document score pools those as the plugin does.
    """
    from limner_sentiment.aggregate import document
    from limner_sentiment.tone import words_of

    rows: dict[str, list[tuple[list[tuple[float, float]], list[int], list[int], float,
                               bool]]] = {}
    for name in SETS:
        with (corpora / "vader-sentiment" / f"{name}.jsonl").open(encoding="utf-8") as lines:
            for line in lines:
                r = json.loads(line)
                text = html.unescape(r["text"])
                layer = _segmenter().enrich(text).layer("sentence-span")
                spans = list(layer) if layer is not None else []
                prepared = scorer.prepare_text(text)
                lows: list[list[str] | None] = []
                scored = scorer.score_sentences(text, spans, None, prepared, lows)
                parts = [sums(s, words_of(prepared, text, a, b))
                         for s, (a, b) in zip(scored, spans, strict=True)]
                rows.setdefault(name, []).append(
                    (parts, *marks(text, spans, scored, lows), float(r["gold"]),
                     held_out(name, str(r["id"])))
                )
    report = []
    best = (-2.0, 0.0)
    for k in grid:
        rs = {}
        for name, items in rows.items():
            for part in (False, True):
                xs = [document([base + k * extra for base, extra in parts], turns, judged)
                      for parts, turns, judged, _, held in items if held is part]
                ys = [gold for _, _, _, gold, held in items if held is part]
                rs[name, part] = pearson(xs, ys)
        mean = sum(rs[n, False] for n in rows) / len(rows)
        report.append(f"weight {k:.3f}: training r " + ", ".join(
            f"{n} {rs[n, False]:.3f}" for n in rows) + f" (mean {mean:.4f}); held-out r "
            + ", ".join(f"{n} {rs[n, True]:.3f}" for n in rows))
        if mean > best[0] + 1e-9:
            best = (mean, k)
    return best[1], report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("corpora", nargs="?", default=os.environ.get("LIMNER_CORPORA"))
    parser.add_argument("--output", type=Path,
                        default=Path(__file__).parent / lexicon.WEIGHTS_FILE)
    args = parser.parse_args(argv)
    if not args.corpora:
        parser.error("give the corpora folder or set LIMNER_CORPORA")
    texts = read(Path(args.corpora))
    vader = lexicon.vader_valence()
    candidates = {w for t in texts if t.name != "news" for mult, _ in t.sentences for w in mult}
    prior = {w: vader.get(w, 0.0) for w in candidates}
    report(texts, prior, "VADER's valences")
    val = fit(texts, prior)
    report(texts, val, "fitted")
    moved = {
        w: round(v, 3) for w, v in sorted(val.items()) if abs(v - prior.get(w, 0.0)) >= KEEP
    }
    # a word VADER rates but the fit sends to 0 is written as 0 (removed)
    data = {"version": lexicon.WEIGHTS_VERSION, "valence": moved}
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(moved)} valences written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
