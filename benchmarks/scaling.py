"""Doubling figures of the core: work and CPU time at n and 2n for each scaling case.

Prints the markdown table of docs/scaling.md: for each case of
tests/core/test_scaling.py, the steps counted by tests/scaling.py (lines of
Python run and calls into C) and the best-of-three CPU time, at n and 2n, and
their ratios (2 for linear work, 4 for quadratic).

    python benchmarks/scaling.py            # the sizes the tests use
    python benchmarks/scaling.py --times 8  # eight times larger (CPU only)
    python benchmarks/scaling.py --plugin quotes  # the quotes plugin's speaker runs

With ``--plugin quotes`` the cases are the speaker runs of
tests/plugins/test_quotes_speakers.py (``SPEAKER_RUNS``), with ``--plugin
locations`` the texts of tests/plugins/test_locations.py (``SCALING_RUNS``),
each text enriched by the plugin alone, at n = 600.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.core.test_scaling import CASES  # noqa: E402
from tests.scaling import growth  # noqa: E402


def _plugin_cases(plugin: str) -> dict[str, tuple[Any, Any, int]]:
    from tests.plugins.test_locations import SCALING_RUNS
    from tests.plugins.test_quotes_speakers import SPEAKER_RUNS

    import limner

    runs = {"quotes": SPEAKER_RUNS, "locations": SCALING_RUNS}[plugin]
    enricher = limner.Enricher(plugins=[plugin])

    return {name: (make, enricher.enrich, 600) for name, make in runs.items()}


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
    parser.add_argument("--plugin", choices=["quotes", "locations"],
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
