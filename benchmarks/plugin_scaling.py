"""Doubling figures of the numbers and sentiment plugins on pathological input.

For each generator below (one that once made a plugin's time grow faster than
linearly), the steps counted by tests/scaling.py (lines of Python run and calls
into C) and the best-of-three CPU time at n and 2n, and their ratios (2 for
linear work, 4 for quadratic).  The figures of docs/plugins/numbers.md and
docs/plugins/sentiment.md come from it; run it against an older checkout for
the figures before a fix:

    python benchmarks/plugin_scaling.py                # every case
    python benchmarks/plugin_scaling.py numbers        # one plugin's
    PYTHONPATH=OLD/src:OLD/plugins python benchmarks/plugin_scaling.py
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.scaling import growth  # noqa: E402

import limner  # noqa: E402


def _numbers(unit: str, tail: str = "") -> tuple[Callable[[int], str], Callable[[str], Any]]:
    from limner_numbers import annotate

    return (lambda n: unit * n + tail), annotate


def _names_after_an_event(between: str) -> tuple[Callable[[int], Any], Callable[[Any], Any]]:
    enricher = limner.Enricher(plugins=["sentiment"])
    enricher.enrich("Warm up: load the lexicon and the model. Nice.")

    def make(n: int) -> tuple[str, list[tuple[int, int, str]]]:
        text = "beat " + between.join(f"Place{i}" for i in range(n)) + " of Xland was fined."
        return text, [(m.start(), m.end(), m.group()) for m in re.finditer(r"Place\d+", text)]

    def run(made: tuple[str, list[tuple[int, int, str]]]) -> limner.Document:
        from limner_sentiment import Target

        doc = limner.Document(made[0])
        doc.add([Target(start=s, end=e, name=name) for s, e, name in made[1]])
        return enricher.enrich(doc)

    return make, run


#: name: (plugin, the generator and the call measured, made when asked for, n)
CASES: dict[str, tuple[str, Callable[[], tuple[Callable[[int], Any], Callable[[Any], Any]]],
                       int]] = {
    '"It cost £1. I ran a mile. " * n': (
        "numbers", lambda: _numbers("It cost £1. I ran a mile. "), 1000),
    '"It was 7c a litre. " * n': ("numbers", lambda: _numbers("It was 7c a litre. "), 1000),
    '"7c and €1.79 here. " * n': ("numbers", lambda: _numbers("7c and €1.79 here. "), 1000),
    '"the Big Four " * n + "said nothing."': (
        "numbers", lambda: _numbers("the Big Four ", "said nothing."), 2000),
    '"the Jackson 5 had " * n + "said nothing."': (
        "numbers", lambda: _numbers("the Jackson 5 had ", "said nothing."), 2000),
    '"beat " and n names joined by " and ", each a target': (
        "sentiment", lambda: _names_after_an_event(" and "), 2000),
    '"beat " and n names joined by ", ", each a target': (
        "sentiment", lambda: _names_after_an_event(", "), 2000),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("plugin", nargs="?", help="only this plugin's cases")
    args = parser.parse_args()
    print("| input | n | steps n → 2n | ratio | CPU s n → 2n | ratio |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, (plugin, build, n) in CASES.items():
        if args.plugin and plugin != args.plugin:
            continue
        make, run = build()
        g = growth(make, run, n, cpu=True)
        assert g.cpu is not None
        print(f"| {name} | {n:,} | {g.steps[0]:,} → {g.steps[1]:,} | {g.ratio:.2f} "
              f"| {g.cpu[0]:.3f} → {g.cpu[1]:.3f} | {g.cpu_ratio:.2f} |", flush=True)


if __name__ == "__main__":
    main()
