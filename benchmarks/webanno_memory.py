"""The peak memory of writing one document of many annotations as Web Annotation.

    python benchmarks/webanno_memory.py              # a document of 320,000 annotations
    python benchmarks/webanno_memory.py --n 20000    # of 20,000

Each figure is the peak resident size (``resource.getrusage``'s ``ru_maxrss``) of a
process of its own, so that one does not hold what another freed: one that makes the
document and stops (the document's own memory), one that makes it and writes it with
``write_webanno`` (to ``/dev/null``), and one that makes it and writes the collection
made whole first, ``dumps(to_collection(...), indent=1)``, as the writer did before it
wrote an annotation at a time (the same text).  The document is generated: a text of
``n`` words, an annotation a word, each with two fields.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys

import limner
from limner.document import dumps
from limner.formats.webanno import to_collection, write_webanno

#: what each child process does once the document is made
MODES = ("document", "streamed", "whole")


def _document(n: int) -> limner.Document:
    doc = limner.Document(text="word " * n, id="many")
    doc.add([limner.Annotation(kind="w", start=5 * i, end=5 * i + 4,
                               features={"n": i, "form": "word"}) for i in range(n)],
            source="t")
    return doc


def _child(mode: str, n: int) -> None:
    doc = _document(n)
    with open(os.devnull, "w", encoding="utf-8") as out:
        if mode == "streamed":
            write_webanno([doc], out)
        elif mode == "whole":
            out.write(dumps(to_collection([doc]), indent=1) + "\n")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(peak * (1 if sys.platform == "darwin" else 1024))  # (bytes on macOS, else KB)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=320_000, help="the annotations")
    parser.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.n)
        return
    peaks = {}
    for mode in MODES:
        run = subprocess.run([sys.executable, __file__, "--n", str(args.n), "--child", mode],
                             capture_output=True, text=True, check=True)
        peaks[mode] = int(run.stdout)
    own = peaks["document"]
    print(f"a document of {args.n:,} annotations: peak resident size")
    print("| written | peak MB | beyond the document's own, MB | an annotation, KB |")
    print("| --- | ---: | ---: | ---: |")
    for mode, said in (("document", "not written"), ("streamed", "write_webanno"),
                       ("whole", "the collection made whole first")):
        beyond = peaks[mode] - own
        print(f"| {said} | {peaks[mode] / 1e6:,.0f} | {beyond / 1e6:,.0f} | "
              f"{beyond / args.n / 1e3:.1f} |")


if __name__ == "__main__":
    main()
