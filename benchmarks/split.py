"""Where the time of a whole run goes: CPU seconds per annotator and outside them, first pass.

    python benchmarks/split.py                    # BBC, every plugin
    python benchmarks/split.py --plugins quotes   # one plugin alone
    python benchmarks/split.py --limit 500

One process does what ``limner batch -j 1`` does, step by step, and times each
step in CPU seconds (``time.process_time``, so that waiting for a core on a
shared machine does not count): start-up (importing limner, loading the
plugins, their ``setup``: the place index, the models), reading and decoding
the records, each annotator's own work, the engine's work around the
annotators (the checkpoint, the contract checks, storing the results), turning
each document into its JSON line, and writing the lines.  Garbage collection is
timed apart (it happens inside the other steps and is counted there too).
An annotator's seconds are its own function's CPU time; until 2026-12-03
they were the wall-clock time of its turn in the engine, the engine's checks
and storing of its results included (now the line "engine around them").
This is the first pass: the per-process memos start empty, as they do for a
batch.  As the batch does, it marks interrupts once for the run (not once a
document) and writes each line as UTF-8 bytes (since 2026-12-03 16:30 UTC),
and (since 2026-12-03 19:00 UTC) leaves the check of the annotations' values
to the encoder of each line (``limner.batch.enriched_line``): the engine's
line no longer holds that check, the JSON lines' line holds the encoding as
before.
The figure to compare across changes is each line's seconds; the
batch's end-to-end speed is in ``docs/benchmarks.md``.
"""

from __future__ import annotations

import time

STARTED = time.process_time()  # the interpreter's own start-up, before any import here

import argparse  # noqa: E402
import gc  # noqa: E402
import os  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Callable, Iterable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import attrs  # noqa: E402

import limner  # noqa: E402
from limner.batch import _collector_tuned, _records, enriched_line  # noqa: E402
from limner.document import encoded_line  # noqa: E402
from limner.isolation import marked_interrupts  # noqa: E402

IMPORTED = time.process_time()
ROOT = Path(__file__).resolve().parent.parent
cpu = time.process_time


class Clock:
    """CPU seconds spent per name."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}

    def add(self, name: str, seconds: float) -> None:
        self.spent[name] = self.spent.get(name, 0.0) + seconds

    def wrap(self, name: str, func: Callable[[Any], Iterable[Any]]) -> Callable[[Any], list[Any]]:
        """``func`` timed under ``name``, its results listed (as the engine lists them)."""

        def timed(doc: Any) -> list[Any]:
            t = cpu()
            try:
                return list(func(doc))
            finally:
                self.add(name, cpu() - t)

        return timed


def collector_clock(clock: Clock) -> Callable[[str, dict[str, Any]], None]:
    """A ``gc.callbacks`` entry adding each collection's CPU time to ``clock``."""
    began = [0.0]

    def callback(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            began[0] = cpu()
        else:
            clock.add(f"gen {info['generation']}", cpu() - began[0])

    return callback


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    corpora = Path(os.environ.get("LIMNER_CORPORA", ROOT.parent / "shared" / "corpora"))
    parser.add_argument("corpus", nargs="?", default=str(corpora / "bbc" / "bbc.jsonl"))
    parser.add_argument("--plugins", default=None, help="comma-separated names (default: all)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N texts")
    args = parser.parse_args()
    plugins = args.plugins.split(",") if args.plugins else None

    t0 = cpu()
    enricher = limner.Enricher(plugins=plugins)
    t1 = cpu()
    enricher.setup()
    t2 = cpu()
    own = Clock()
    enricher.annotators = [attrs.evolve(a, func=own.wrap(a.name, a.func))
                           for a in enricher.annotators]

    steps, collector = Clock(), Clock()
    gc.callbacks.append(collector_clock(collector))
    chars = texts = 0
    with _collector_tuned(), marked_interrupts(), tempfile.TemporaryDirectory() as tmp:
        out = (Path(tmp) / "out.jsonl").open("ab")
        records = _records(Path(args.corpus), "text", "id")
        while True:
            t = cpu()
            item = next(records, None)
            steps.add("read", cpu() - t)
            if item is None or (args.limit and texts >= args.limit):
                break
            _, rid, rec, _ = item
            if rec is None:
                continue
            meta = {k: v for k, v in rec.items() if k not in ("text", "id")}
            t = cpu()
            # as limner.batch.enriched_line does: values checked by the line's encoder
            doc = enricher._enrich_for_writing(rec["text"], rid, meta)
            t_json = cpu()
            try:
                line = encoded_line(doc.to_dict(layers=False))
            except (ValueError, TypeError, RecursionError):  # enriched again, checked on adding
                line = enriched_line(enricher, rec["text"], rid, meta)[1]
            t_write = cpu()
            out.write(line + b"\n")
            out.flush()
            t_end = cpu()
            steps.add("enrich", t_json - t)
            steps.add("json", t_write - t_json)
            steps.add("write", t_end - t_write)
            chars += len(rec["text"])
            texts += 1
        out.close()
    gc.callbacks.clear()

    enrich = steps.spent.get("enrich", 0.0)
    annotators = sum(own.spent.values())
    engine = enrich - annotators
    start_up = t2 - STARTED
    total = start_up + sum(steps.spent.values())
    print(f"{texts} texts, {chars:,} chars; setup {t2 - t1:.2f} CPU s")
    print(f"enrich {enrich:.2f} CPU s, {chars / max(enrich, 1e-9) / 1e6:.2f} M chars/s")
    for name, seconds in sorted(own.spent.items(), key=lambda kv: -kv[1]):
        rate = chars / max(seconds, 1e-9) / 1e6
        print(f"  {name:24s} {seconds:6.2f} s  {rate:6.2f} M chars/s")
    print(f"  {'(engine around them)':24s} {engine:6.2f} s")
    print("outside enrich, CPU s:")
    print(f"  {'start-up':24s} {start_up:6.2f} s  (interpreter {STARTED:.2f}, imports "
          f"{IMPORTED - STARTED:.2f}, plugins {t1 - t0:.2f}, setup {t2 - t1:.2f})")
    for name, label in (("read", "reading records"), ("json", "JSON lines"),
                        ("write", "writing")):
        print(f"  {label:24s} {steps.spent.get(name, 0.0):6.2f} s")
    gcs = ", ".join(f"{k} {v:.2f}" for k, v in sorted(collector.spent.items()))
    print(f"  {'(garbage collection)':24s} {sum(collector.spent.values()):6.2f} s  "
          f"({gcs or 'none'}; counted in the steps above)")
    print(f"total {total:.2f} CPU s, {chars / max(total, 1e-9) / 1e6:.2f} M chars/s; "
          f"outside the annotators {total - annotators:.2f} s "
          f"({(total - annotators) / max(total, 1e-9):.0%})")


if __name__ == "__main__":
    main()
