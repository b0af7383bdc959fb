"""Doubling figures of the core: work and CPU time at n and 2n for each scaling case.

Prints the markdown table of docs/scaling.md: for each case of
tests/core/test_scaling.py, the steps counted by tests/scaling.py (lines of
Python run and calls into C) and the best-of-three CPU time, at n and 2n, and
their ratios (2 for linear work, 4 for quadratic).

    python benchmarks/scaling.py            # the sizes the tests use
    python benchmarks/scaling.py --times 8  # eight times larger (CPU only)
    python benchmarks/scaling.py --plugin quotes  # the quotes plugin's speaker runs
    PYTHONPATH=OLD/src:OLD/plugins python benchmarks/scaling.py --plugin numbers

With ``--plugin quotes`` the cases are the speaker runs of
tests/plugins/test_quotes_speakers.py (``SPEAKER_RUNS``), with ``--plugin
locations`` the texts of tests/plugins/test_locations.py (``SCALING_RUNS``),
each text enriched by the plugin alone, at n = 600; with ``--plugin numbers`` or
``--plugin sentiment`` the generators of :data:`PLUGIN_RUNS`, each of which once made
the plugin's time grow faster than linearly (the figures of docs/plugins/numbers.md
and docs/plugins/sentiment.md; run against an older checkout for the figures before a
fix).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.core.test_scaling import CASES  # noqa: E402
from tests.scaling import growth  # noqa: E402


def _plugin_cases(plugin: str) -> dict[str, tuple[Any, Any, int]]:
    import limner

    if plugin in PLUGIN_RUNS:
        return {name: (*build(), n) for name, (build, n) in PLUGIN_RUNS[plugin].items()}
    from tests.plugins.test_locations import SCALING_RUNS
    from tests.plugins.test_quotes_speakers import SPEAKER_RUNS

    runs = {"quotes": SPEAKER_RUNS, "locations": SCALING_RUNS}[plugin]
    enricher = limner.Enricher(plugins=[plugin])
    return {name: (make, enricher.enrich, 600) for name, make in runs.items()}


Built = tuple[Callable[[int], Any], Callable[[Any], Any]]


def _numbers(unit: str, tail: str = "") -> Built:
    from limner_numbers import annotate

    return (lambda n: unit * n + tail), annotate


def _sentiment(text: Callable[[int], str]) -> Built:
    import limner

    enricher = limner.Enricher(plugins=["sentiment"])
    enricher.enrich("Warm up: load the lexicon and the model. Nice.")
    return text, enricher.enrich


def _names_after_an_event(between: str) -> Built:
    import limner
    from limner_sentiment import Target

    enricher = limner.Enricher(plugins=["sentiment"])
    enricher.enrich("Warm up: load the lexicon and the model. Nice.")

    def make(n: int) -> tuple[str, list[tuple[int, int, str]]]:
        text = "beat " + between.join(f"Place{i}" for i in range(n)) + " of Xland was fined."
        return text, [(m.start(), m.end(), m.group()) for m in re.finditer(r"Place\d+", text)]

    def run(made: tuple[str, list[tuple[int, int, str]]]) -> limner.Document:
        doc = limner.Document(made[0])
        doc.add([Target(start=s, end=e, name=name) for s, e, name in made[1]])
        return enricher.enrich(doc)

    return make, run


def _run_of_descriptions() -> Built:
    """``"Hull beat " + "rival " * n + "Leeds."``, each "rival" a target: a word that both
    describes a name and is a description (limner_sentiment.events.DESCRIPTIONS)."""
    import limner
    from limner_sentiment import Target

    enricher = limner.Enricher(plugins=["sentiment"])
    enricher.enrich("Warm up: load the lexicon and the model. Nice.")

    def make(n: int) -> tuple[str, list[tuple[int, int]]]:
        text = "Hull beat " + "rival " * n + "Leeds."
        return text, [m.span() for m in re.finditer("rival", text)]

    def run(made: tuple[str, list[tuple[int, int]]]) -> limner.Document:
        doc = limner.Document(made[0])
        doc.add([Target(start=s, end=e) for s, e in made[1]])
        return enricher.enrich(doc)

    return make, run


#: plugin -> case -> (the generator and the call measured, made when asked for; n)
PLUGIN_RUNS: dict[str, dict[str, tuple[Callable[[], Built], int]]] = {
    "numbers": {
        '"It cost £1. I ran a mile. " * n': (lambda: _numbers("It cost £1. I ran a mile. "),
                                             1000),
        '"It was 7c a litre. " * n': (lambda: _numbers("It was 7c a litre. "), 1000),
        '"7c and €1.79 here. " * n': (lambda: _numbers("7c and €1.79 here. "), 1000),
        '"the Big Four " * n + "said nothing."': (
            lambda: _numbers("the Big Four ", "said nothing."), 2000),
        '"the Jackson 5 had " * n + "said nothing."': (
            lambda: _numbers("the Jackson 5 had ", "said nothing."), 2000),
    },
    "sentiment": {
        '"beat " and n names joined by " and ", each a target': (
            lambda: _names_after_an_event(" and "), 2000),
        '"beat " and n names joined by ", ", each a target': (
            lambda: _names_after_an_event(", "), 2000),
        '"beat " and n names joined by " side ", each a target': (
            lambda: _names_after_an_event(" side "), 2000),
        '"Hull beat ", "rival " * n, each "rival" a target': (_run_of_descriptions, 2000),
        '"The firm promised good results and " * n': (
            lambda: _sentiment(lambda n: "The firm promised good results and " * n), 4000),
    },
}


def _cpu(fn: object) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        fn()  # type: ignore[operator]
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--times", type=int, default=1, help="multiply every n (CPU only)")
    parser.add_argument("--plugin", choices=["quotes", "locations", "numbers", "sentiment"],
                        help="a plugin's cases, not the core's")
    args = parser.parse_args()
    cases = _plugin_cases(args.plugin) if args.plugin else CASES
    print("| case | n | steps n → 2n | ratio | CPU ms n → 2n | ratio |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, (make, run, n) in cases.items():
        if args.times == 1:
            g = growth(make, run, n, cpu=True)
            steps = f"{g.steps[0]:,} → {g.steps[1]:,}"
            ratio = f"{g.ratio:.2f}"
            assert g.cpu is not None
            small_t, big_t = g.cpu
        else:
            n *= args.times
            small, big = make(n), make(2 * n)
            run(small)
            small_t, big_t = _cpu(lambda: run(small)), _cpu(lambda: run(big))  # noqa: B023
            steps, ratio = "", ""
        print(
            f"| {name} | {n:,} | {steps} | {ratio} | {small_t * 1e3:.1f} → {big_t * 1e3:.1f} "
            f"| {big_t / max(small_t, 1e-9):.2f} |"
        )


if __name__ == "__main__":
    main()
