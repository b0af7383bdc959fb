"""What a batch holds per record: the peak memory of a run and of its resume, at n and 4n.

    python benchmarks/batch_memory.py              # 25,000 and 100,000 records
    python benchmarks/batch_memory.py --n 100000   # 100,000 and 400,000
    python benchmarks/batch_memory.py --no-ids     # records without ids

The records are tiny (``{"id": 7, "text": "x"}``, or ``{"text": "x"}`` with
``--no-ids``) and no plugin runs, so what grows with the corpus is what the batch
itself keeps: the ids of the records read (to set a duplicate aside) and, on a
resume, the ids of the output's documents (to skip them), and for records without
ids, named by their line (``line-7``), a digest of each such document's text.
Peaks are Python's allocations (``tracemalloc``), in one process, after the
Enricher's setup.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import limner
from limner.batch import run_batch


def _peak(fn: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=25_000)
    parser.add_argument("--no-ids", action="store_true",
                        help="records without ids, each named by its line")
    args = parser.parse_args()
    n = args.n
    enricher = limner.Enricher(plugins=[])
    enricher.setup()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in (n, 4 * n):
            src, out = Path(tmp, f"in{size}.jsonl"), Path(tmp, f"out{size}.jsonl")
            with src.open("w", encoding="utf-8") as fh:
                for i in range(size):
                    record = {"text": "x"} if args.no_ids else {"id": i, "text": "x"}
                    fh.write(json.dumps(record) + "\n")
            run = _peak(lambda: run_batch(enricher, src, out))  # noqa: B023
            resume = _peak(lambda: run_batch(enricher, src, out))  # noqa: B023
            rows.append((size, run, resume))
    print("| records | run peak MB | resume peak MB |")
    print("| ---: | ---: | ---: |")
    for size, run, resume in rows:
        print(f"| {size:,} | {run / 1e6:.1f} | {resume / 1e6:.1f} |")
    (a, run_a, res_a), (b, run_b, res_b) = rows
    print(
        f"\nper record more: run {(run_b - run_a) / (b - a):.0f} bytes, "
        f"resume {(res_b - res_a) / (b - a):.0f} bytes"
    )


if __name__ == "__main__":
    main()
