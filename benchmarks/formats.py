"""What writing to each batch format costs, and limner inside spaCy against ``limner batch``.

Each run is a fresh process, timed from outside (wall clock, and the CPU
time of the child from ``getrusage``), every plugin enabled, one worker:

- ``limner batch CORPUS -o out.jsonl``, then ``-f sqlite -o out.db``: time
  and the size of what they wrote;
- ``nlp.pipe`` over the same texts with ``spacy.blank("en")`` and the
  ``limner`` component, and with the blank pipeline alone (spaCy's
  tokenizer and the Doc objects, which the component's spans need);
- ``limner.Enricher().pipe`` over the same texts, writing nothing: the
  enrichment alone.

    python benchmarks/formats.py                      # the BBC corpus
    python benchmarks/formats.py --limit 200 --json out.json

Timings on a shared machine are noisy; the CPU seconds are the steadier figure.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

SPACY = """
import json, sys, spacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
nlp = spacy.blank("en")
if sys.argv[2] == "limner":
    nlp.add_pipe("limner")
n = 0
for doc in nlp.pipe(texts, batch_size=64):
    n += len(doc.spans["limner"]) if sys.argv[2] == "limner" else len(doc)
print(n)
"""

ENRICH = """
import json, sys, limner
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
print(sum(len(d) for d in limner.Enricher().pipe(texts)))
"""


def timed(args: list[str]) -> dict[str, Any]:
    """Run ``args``; its wall and CPU seconds, and what it printed last."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run(args, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if out.returncode != 0:
        return {"status": "failed", "reason": out.stderr.strip().splitlines()[-1:]}
    lines = (out.stdout or out.stderr).strip().splitlines()
    return {
        "status": "ok",
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "said": lines[-1] if lines else "",
    }


def run(corpus: Path, limit: int | None) -> dict[str, Any]:
    tmp = Path(tempfile.mkdtemp(prefix="limner-formats-bench-"))
    source = corpus
    if limit is not None:
        source = tmp / "corpus.jsonl"
        with corpus.open(encoding="utf-8") as fh, source.open("w", encoding="utf-8") as out:
            for i, line in enumerate(fh):
                if i >= limit:
                    break
                out.write(line)
    texts = [json.loads(line)["text"] for line in source.open(encoding="utf-8") if line.strip()]
    py = sys.executable
    limner_cmd = [py, "-m", "limner"]
    results: dict[str, Any] = {
        "corpus": str(corpus),
        "documents": len(texts),
        "characters": sum(map(len, texts)),
        "corpus_bytes": source.stat().st_size,
    }
    jsonl, db = tmp / "out.jsonl", tmp / "out.db"
    results["batch jsonl"] = timed([*limner_cmd, "batch", str(source), "-o", str(jsonl)])
    results["batch jsonl"]["bytes"] = jsonl.stat().st_size if jsonl.exists() else None
    results["batch sqlite"] = timed(
        [*limner_cmd, "batch", str(source), "-f", "sqlite", "-o", str(db)]
    )
    results["batch sqlite"]["bytes"] = db.stat().st_size if db.exists() else None
    results["enrich only"] = timed([py, "-c", ENRICH, str(source)])
    results["spacy blank + limner"] = timed([py, "-c", SPACY, str(source), "limner"])
    results["spacy blank alone"] = timed([py, "-c", SPACY, str(source), "blank"])
    for path in (jsonl, db, source if source != corpus else None):
        if path is not None and path.exists():
            path.unlink()
    for p in tmp.iterdir():
        p.unlink()
    os.rmdir(tmp)
    return results


def markdown(results: dict[str, Any]) -> str:
    lines = [
        (
            f"{results['documents']:,} documents, {results['characters']:,} characters "
            f"({results['corpus_bytes']:,} bytes of JSONL in)"
        ),
        "",
        "| run | wall s | CPU s | output MB |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name, r in results.items():
        if not isinstance(r, dict):
            continue
        if r["status"] != "ok":
            lines.append(f"| {name} | {r['status']}: {r['reason']} | | |")
            continue
        size = f"{r['bytes'] / 1e6:.1f}" if r.get("bytes") else ""
        lines.append(f"| {name} | {r['wall_s']:.1f} | {r['cpu_s']:.1f} | {size} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(os.environ.get("LIMNER_CORPORA", ROOT.parent / "shared" / "corpora"))
    parser.add_argument("--corpus", type=Path, default=default / "bbc" / "bbc.jsonl")
    parser.add_argument("--limit", type=int, default=None, help="only the first N records")
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"corpus {args.corpus} not found (set LIMNER_CORPORA or pass --corpus)")
    results = run(args.corpus, args.limit)
    print(markdown(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
