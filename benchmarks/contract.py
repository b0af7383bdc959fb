"""What the plugin contract costs, and how reliably the conformance kit catches a bug.

Two measurements, both printed:

- the engine's cost of isolating annotators (the read-only view, the
  checkpoint, the checks of every result): the seed article, cut at 40
  places, enriched by every first-party plugin with the checks on and with
  them replaced by no-ops; best of five runs each, per document;
- how many of ``--runs`` runs of :func:`limner.testing.check_plugin`, with
  its default settings, catch a plugin that fails only on a bare carriage
  return (a bug that an unseeded kit without the troublemakers missed in
  about half of all runs).

    python benchmarks/contract.py
    python benchmarks/contract.py --runs 20
"""

from __future__ import annotations

import argparse
import contextlib
import time
import types
from pathlib import Path

import limner
from limner.testing import ConformanceError, check_plugin

SEED = Path(__file__).resolve().parent.parent / "seeds" / "azerbaijan-victory-day.txt"


def per_document(checks: bool) -> float:
    """Best-of-five milliseconds per document, the contract's checks on or off."""
    import limner.pipeline as pipeline

    saved = {
        name: getattr(pipeline, name)
        for name in ("checkpoint", "read_only", "check_results", "marked_interrupts")
    }
    if not checks:
        pipeline.checkpoint = lambda doc, since=None: None  # type: ignore[assignment,return-value]
        pipeline.read_only = lambda doc: doc  # type: ignore[assignment]
        # (the annotations as they came: what the engine stores)
        pipeline.check_results = lambda *args, **kwargs: args[2]  # type: ignore[assignment]
        pipeline.marked_interrupts = contextlib.nullcontext  # type: ignore[assignment]
    try:
        text = SEED.read_text(encoding="utf-8")
        texts = [text[i * 50 :] for i in range(40)]
        enricher = limner.Enricher(disable=["evaluate"])
        enricher.enrich(text)  # lazy resources loaded before the clock starts
        best = float("inf")
        for _ in range(5):
            t0 = time.perf_counter()
            for t in texts:
                enricher.enrich(t)
            best = min(best, time.perf_counter() - t0)
        return best / len(texts) * 1000
    finally:
        for name, value in saved.items():
            setattr(pipeline, name, value)


def bare_cr_caught(runs: int) -> int:
    """In how many of ``runs`` runs the kit catches a plugin failing on a bare CR."""

    def annotate(doc: limner.Document) -> list[limner.Annotation]:
        if "\r" in doc.text.replace("\r\n", ""):
            raise RuntimeError("bare carriage return")
        return []

    module = types.ModuleType("limner_crbug")
    module.limner_annotators = limner.hookimpl(  # type: ignore[attr-defined]
        lambda config: [limner.Annotator("crbug", ("cr",), annotate)]
    )
    caught = 0
    for _ in range(runs):
        try:
            check_plugin(module, name="crbug")
        except ConformanceError:
            caught += 1
    return caught


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20, help="kit runs (default 20)")
    args = parser.parse_args()
    on, off = per_document(True), per_document(False)
    print(
        f"enrich, every first-party plugin: {on:.2f} ms/document with the contract's checks, "
        f"{off:.2f} without ({(on / off - 1) * 100:+.1f}%)"
    )
    print(
        f"kit, default settings: a bare-CR bug caught in {bare_cr_caught(args.runs)} "
        f"of {args.runs} runs"
    )


if __name__ == "__main__":
    main()
