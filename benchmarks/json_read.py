"""What reading a document's JSON form costs an annotation, and what share is the schema's.

A document of N annotations of kinds limner does not know (each with two features)
and a layer of N tokens, written once, is read back with ``Document.from_json``
(best of three runs, the plugins' kinds loaded before); then ``check_document``
alone, on the parsed form.  At N and 2N, so that the growth shows:

    python benchmarks/json_read.py            # N = 8000
    python benchmarks/json_read.py --n 20000

Timings on a shared machine are noisy; the ratio of 2N to N and the schema's share
are the figures to read.  Steadier is the count of machine instructions: ``--count``
makes the document of N annotations, parses it, and then reads it once untimed
(``read``), checks the parsed form once (``check``) or does neither (``none``);
a count less that of ``none`` is the read's or the check's alone:

    PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no \
        python benchmarks/json_read.py --count read --n 4000   # and check, none

``--file`` takes the documents of a JSON lines file instead (the plugins' kinds, as
limner writes them), all read or checked in one process, the import of the schema's
checks included:

    head -50 "$LIMNER_CORPORA/bbc/bbc.jsonl" > in.jsonl && limner batch in.jsonl -o docs.jsonl
    python benchmarks/json_read.py --count read --file docs.jsonl   # under cachegrind
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from typing import Any

import limner
from limner.document import checked_kinds
from limner.validate import check_document


def form(n: int) -> str:
    doc = limner.Document(text="word " * n, id="d")
    doc.add(
        [
            limner.Annotation(
                kind=f"k{i % 7}", start=5 * i, end=5 * i + 4, features={"f": i, "g": "s"}
            )
            for i in range(n)
        ]
    )
    doc.add_layer(limner.Layer("token", range(0, 5 * n, 5), range(4, 5 * n, 5)))
    return doc.to_json()


def best(fn: Callable[[], Any], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=8000)
    parser.add_argument(
        "--count",
        choices=("read", "check", "none"),
        default=None,
        help="one untimed read or check of N annotations, or neither, for an instruction count",
    )
    parser.add_argument("--file", default=None, help="the documents of a JSON lines file")
    args = parser.parse_args()
    checked_kinds(None)  # the plugins' kinds, loaded once
    if args.file is not None:
        with open(args.file, encoding="utf-8") as fh:
            texts = fh.read().splitlines()
    if args.count is not None:
        if args.file is None:
            texts = [form(args.n)]
        parsed = [json.loads(text) for text in texts]
        if args.count == "read":
            for text in texts:
                limner.Document.from_json(text)
        elif args.count == "check":
            for data in parsed:
                check_document(data)
        return
    if args.file is not None:
        parsed = [json.loads(text) for text in texts]
        n = sum(len(data.get("annotations", ())) for data in parsed)
        read = best(lambda: [limner.Document.from_json(text) for text in texts])
        check = best(lambda: [check_document(data) for data in parsed])
        print(
            f"{len(texts)} documents, {n} annotations: read {read:.3f} s, "
            f"the schema's check {check:.3f} s ({100 * check / read:.0f}%)"
        )
        return
    for n in (args.n, 2 * args.n):
        text = form(n)
        data = json.loads(text)
        read = best(lambda: limner.Document.from_json(text))  # noqa: B023
        check = best(lambda: check_document(data))  # noqa: B023
        print(
            f"{n:>7} annotations: read {read:.3f} s ({1e6 * read / n:.1f} us each), "
            f"the schema's check {check:.3f} s ({100 * check / read:.0f}%)"
        )


if __name__ == "__main__":
    main()
