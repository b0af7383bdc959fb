"""What per-target sentiment costs: the sentiment plugin with and without 50 targets an article.

    python benchmarks/sentiment_targets.py            # the BBC corpus
    python benchmarks/sentiment_targets.py --targets 50 --limit 500

Each article of the corpus is enriched by the ``sentiment`` plugin alone,
once as plain text and once as a document holding ``--targets`` caller
``target`` annotations (every capitalised word in turn, repeated across the
article until there are enough; each a target of its own, none pooled).
Both runs are first passes over the texts in one process, after one warm-up
document; CPU seconds (``time.process_time``) are reported with chars/s and
the ratio of the two.  Only ``Enricher.enrich`` is timed: each input
document is built just before its call and dropped after it, as a batch
meets them (since 2026-12-03 21:30 UTC).  Before, every input was built
first and held to the end of the run, and the count of the target
annotations was timed too: the targets' run then kept its 30,000 output
annotations alive, which made the collector walk them (a full collection
the plain run, whose inputs are strings, never paid), and paid for the
count.  ``--hold`` measures that way, for comparison with figures taken
before.  Also the same with the targets given as the other plugins would
give them (``location`` annotations sharing names, pooled).

``--parts`` times the targets' run's parts instead (the target pass, the sentences
read, the mentions scored; see ``_parts``).

``--only RUN`` makes one run alone, untimed, for an instruction count of
the whole process (since 2026-12-04)::

    PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no \
        python benchmarks/sentiment_targets.py --limit 200 --only targets

the targets' share being that count less the one of ``--only inputs``, and
the plain run's ``--only plain`` less ``--only start``.  Compile the
sources first (``python -m compileall -q src plugins``): a module read from
a source newer than its cached bytecode is compiled in every run, some
30 M instructions, when ``PYTHONDONTWRITEBYTECODE`` is set.  Run each
count twice after any change to ``limner_sentiment/mentions.py`` or
``model.py``: the first run with a changed source derives the target
model's bag tables into the user cache again (some 100 M instructions more
on the targets' run), the second reads them.

``--cut STAGE`` (with ``--only``, since 2026-12-06) leaves one stage of the
target pass out, so that a count with it, less the count without, is that
stage's share (``_CUTS``; the output is then not the plugin's).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import time
from pathlib import Path
from typing import Any

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


def _document(text: str, n: int, kind: str | None) -> str | limner.Document:
    """The input of one enrichment: the text, or a document holding ``n`` targets of ``kind``."""
    if kind is None:
        return text
    doc = limner.Document(text)
    doc.add(targets(text, n, kind))
    return doc


def _count(doc: limner.Document) -> int:
    return sum(1 for a in doc.select("sentiment") if a.get("scope") == "target")


def _one_by_one(enricher: limner.Enricher, texts: list[str], n: int,
                kind: str | None) -> tuple[float, int]:
    """CPU seconds of the enrichments alone, each input built untimed and dropped after."""
    gc.collect()
    seconds = 0.0
    found = 0
    clock = time.process_time
    for text in texts:
        doc = _document(text, n, kind)
        t0 = clock()
        out = enricher.enrich(doc)
        seconds += clock() - t0
        found += _count(out)
        del doc, out
    return seconds, found


def _held(enricher: limner.Enricher, texts: list[str], n: int,
          kind: str | None) -> tuple[float, int]:
    """The method before 2026-12-03 21:30 UTC: all inputs built first and held, the count timed."""
    docs = [_document(text, n, kind) for text in texts]
    gc.collect()  # the inputs' garbage and promotions are not billed to the run
    t0 = time.process_time()
    found = 0
    for doc in docs:
        found += _count(enricher.enrich(doc))
    return time.process_time() - t0, found


def _only(enricher: limner.Enricher, texts: list[str], n: int, run: str) -> None:
    """One run alone, untimed (``--only``): what an instruction count of the process holds.

    The targets' share is a count with ``targets`` less one with ``inputs``
    (the same inputs built, none enriched); the plain run's, ``plain`` less
    ``start``.
    """
    if run == "start":
        return
    kind = {"plain": None, "inputs": "target", "targets": "target", "locations": "location"}[run]
    gc.collect()
    for text in texts:
        doc = _document(text, n, kind)
        if run != "inputs":
            enricher.enrich(doc)
        del doc


#: The stages ``--cut`` leaves out of the target pass (see ``_cut``), and what is left.
_CUTS = {
    "engine": "the pass runs whole, its annotations are not returned (the engine's storing)",
    "pass": "the targets are collected, nothing more (the pass past collecting, the engine)",
    "collect": "the pass returns at once (collecting the targets too)",
    "read": "no sentence is read: every target is built unscored (reading, locating, "
            "scoring)",
    "locate": "each sentence is read, each mention gets one neutral score unlocated "
              "(locating and scoring)",
    "score": "each sentence is read and each mention located, none scored (scoring, "
             "the news events with it)",
    "events": "each mention is scored without the news events' labels",
}


def _cut(stage: str) -> None:
    """Leave ``stage`` of the target pass out (``--cut``; see ``_CUTS``)."""
    from limner_sentiment import annotator, mentions
    from limner_sentiment import targets as target_module

    # each name a cut replaces must still be there (a rename would make the cut a no-op)
    for module, name in ((annotator, "target_sentiments"), (target_module, "collect_targets"),
                         (target_module, "read"), (mentions.Sentence, "at"),
                         (mentions.Sentence, "locate"), (mentions, "event_label"),
                         (mentions, "located_label")):
        if not hasattr(module, name):
            raise SystemExit(f"--cut: {getattr(module, '__name__', module)}.{name} is gone")
    neutral = (0.0, 1.0, 0.0, [])
    whole = annotator.target_sentiments

    def pass_only(doc: Any, sentences: Any, limit: int, scores: Any,
                  kinds: Any = target_module.DEFAULT_KINDS, *rest: Any) -> list[Any]:
        target_module.collect_targets(doc, kinds)
        return []

    def unreturned(*args: Any) -> list[Any]:
        whole(*args)
        return []

    def located(sentence: Any, start: int, end: int) -> Any:
        sentence.locate(start, end)
        return neutral

    if stage == "engine":
        annotator.target_sentiments = unreturned
    elif stage == "pass":
        annotator.target_sentiments = pass_only
    elif stage == "collect":
        annotator.target_sentiments = lambda *a: []
    elif stage == "read":
        target_module.read = lambda *a: None
    elif stage == "locate":
        mentions.Sentence.at = lambda *a: neutral  # type: ignore[method-assign]
    elif stage == "score":
        mentions.Sentence.at = located  # type: ignore[method-assign]
    elif stage == "events":
        mentions.event_label = lambda *a: None
        mentions.located_label = lambda *a: None


def _parts(enricher: limner.Enricher, texts: list[str], n: int) -> None:
    """Where the targets' run spends (``--parts``): the CPU seconds of the target pass
    (``targets.target_sentiments``) and, inside it, of reading the sentences that hold a
    target (``targets.read``) and of scoring each distinct mention (``Sentence.at``),
    each counted; the rest of the pass is the loop over the targets and the building of
    their annotations, and what the run spends outside the pass is the plain run's and
    the engine's storing of them.  Each wrapper's own clock calls are a fraction of a
    microsecond a call, counted in the figures."""
    from limner_sentiment import annotator, mentions
    from limner_sentiment import targets as target_module

    spent = {"target pass": [0, 0.0], "sentences read": [0, 0.0], "mentions scored": [0, 0.0]}
    clock = time.process_time

    def timed(name: str, f: Any) -> Any:
        def run(*args: Any, **kwargs: Any) -> Any:
            t0 = clock()
            try:
                return f(*args, **kwargs)
            finally:
                spent[name][0] += 1
                spent[name][1] += clock() - t0
        return run

    annotator.target_sentiments = timed("target pass", annotator.target_sentiments)
    target_module.read = timed("sentences read", target_module.read)
    mentions.Sentence.at = timed("mentions scored", mentions.Sentence.at)  # type: ignore[method-assign]
    seconds, found = _one_by_one(enricher, texts, n, "target")
    print(f"the targets' run: {seconds:.2f} CPU s, {found:,} target annotations")
    print("| part | calls | CPU s |")
    print("|---|---:|---:|")
    for name, (calls, cpu) in spent.items():
        print(f"| {name} | {calls:,} | {cpu:.3f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    base = Path(os.environ.get("LIMNER_CORPORA", ROOT.parent / "shared" / "corpora"))
    parser.add_argument("--corpus", type=Path, default=base / "bbc" / "bbc.jsonl")
    parser.add_argument("--targets", type=int, default=50, help="targets per article")
    parser.add_argument("--limit", type=int, default=None, help="read only the first N texts")
    parser.add_argument("--hold", action="store_true",
                        help="build every input first, hold them all, and time the count too "
                             "(the method before 2026-12-03 21:30 UTC)")
    parser.add_argument("--only", choices=("start", "inputs", "plain", "targets", "locations"),
                        help="for counting instructions (cachegrind): make only this run, "
                             "untimed: start up and stop, build the targets' inputs and "
                             "enrich none, or one run's enrichments")
    parser.add_argument("--cut", choices=tuple(_CUTS),
                        help="with --only: leave this stage of the target pass out: "
                             + "; ".join(f"{k}: {v}" for k, v in _CUTS.items()))
    parser.add_argument("--parts", action="store_true",
                        help="time the parts of the targets' run instead (see _parts)")
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
    if args.cut is not None and args.only is None:
        parser.error("--cut counts a stage's share: give --only too")
    if args.only is not None:
        if args.cut is not None:
            _cut(args.cut)
        _only(enricher, texts, args.targets, args.only)
        return
    if args.parts:
        _parts(enricher, texts, args.targets)
        return
    runs = {}
    for label, kind in (("plain", None), ("targets", "target"), ("locations", "location")):
        runs[label] = (_held if args.hold else _one_by_one)(enricher, texts, args.targets, kind)
    plain = runs["plain"][0]
    print(f"{len(texts):,} texts, {chars:,} chars, {args.targets} targets an article")
    print("| run | CPU s | chars/s | target annotations | cost / plain |")
    print("|---|---:|---:|---:|---:|")
    for label, (seconds, found) in runs.items():
        print(f"| {label} | {seconds:.2f} | {chars / seconds / 1e6:.2f} M | {found:,} "
              f"| {seconds / plain:.2f} |")


if __name__ == "__main__":
    main()
