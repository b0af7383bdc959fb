"""The benchmark script runs end to end on a tiny corpus (no timing is asserted)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "run.py"

TEXTS = [
    'ISLAMABAD: Nearly 300,000 people returned, the minister said. "We are glad," he added.',
    "Prices rose 20% to $5m in Paris on Monday, a good day for traders.",
    "Nothing happened here.",
    "The team won 3-1 in London and fans were delighted.",
]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_run", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.jsonl"
    path.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n"
                            for i, t in enumerate(TEXTS)), encoding="utf-8")
    return path


def test_sample_spreads_over_the_corpus(bench: ModuleType) -> None:
    texts = [str(i) for i in range(10)]
    assert bench.sample(texts, 3) == ["0", "3", "6"]
    assert bench.sample(texts, 20) == texts


def test_ratios_compare_the_same_texts(bench: ModuleType) -> None:
    results = {
        "limner:all": {"status": "ok", "full": {"chars_per_s": 1000.0},
                       "sample": {"chars_per_s": 900.0}},
        "composite": {"status": "ok", "sample": {"chars_per_s": 10.0}},
        "limner:sentiment": {"status": "ok", "full": {"chars_per_s": 500.0}},
        "vader": {"status": "ok", "full": {"chars_per_s": 250.0}},
        "textblob": {"status": "missing", "reason": "not installed"},
    }
    got = {(r["limner"], r["peer"]): (r["texts"], r["ratio"]) for r in bench.ratios(results)}
    assert got == {("limner:all", "composite"): ("sample", 90.0),
                   ("limner:sentiment", "vader"): ("full", 2.0)}
    lines = bench.goals(results, bench.ratios(results))
    assert any("all four vs the composite: 90.0×" in line and "met" in line for line in lines)
    assert any(line.startswith("all four together") and "not met" in line for line in lines)


def test_script_runs_on_a_tiny_corpus(tiny: Path, tmp_path: Path) -> None:
    out_json, out_md = tmp_path / "bench.json", tmp_path / "bench.md"
    systems = "regex-digits,str.split,limner:all,limner:sentiment,vader"
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--corpus", str(tiny), "--quick", "--sample", "2",
         "--systems", systems, "--cold-start-runs", "1", "--json", str(out_json),
         "--markdown", str(out_md)],
        capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(out_json.read_text(encoding="utf-8"))
    assert report["run"]["docs"] == len(TEXTS)
    assert report["run"]["chars"] == sum(map(len, TEXTS))
    assert list(report["systems"]) == systems.split(",")
    split = report["systems"]["str.split"]
    assert split["status"] == "ok"
    assert split["full"]["found"] == sum(len(t.split()) for t in TEXTS)
    assert split["full"]["chars"] == sum(map(len, TEXTS))
    assert split["peak_mb"] > 0 and split["load_s"] >= 0
    mine = report["systems"]["limner:all"]
    assert mine["status"] == "ok", mine.get("reason")
    assert mine["sample"]["docs"] == 2 and mine["full"]["docs"] == len(TEXTS)
    pairs = [(r["limner"], r["peer"], r["texts"]) for r in report["ratios"]]
    if report["systems"]["vader"]["status"] == "ok":
        assert pairs == [("limner:sentiment", "vader", "full")]
    else:  # vaderSentiment is one of limner's own dependencies, but be exact about why
        assert report["systems"]["vader"]["status"] == "missing"
        assert pairs == []
    assert report["cold_start"]["status"] == "ok", report["cold_start"].get("reason")
    md = out_md.read_text(encoding="utf-8")
    assert "| limner:all | corpus |" in md
    assert md in proc.stdout


def test_unknown_system_is_an_error(tiny: Path) -> None:
    proc = subprocess.run([sys.executable, str(SCRIPT), "--corpus", str(tiny), "--systems",
                           "nope"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "unknown system" in proc.stderr


def test_formats_benchmark_runs_end_to_end(tiny: Path, tmp_path: Path) -> None:
    out = tmp_path / "formats.json"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "formats.py"), "--corpus", str(tiny),
         "--json", str(out)],
        check=True, capture_output=True, text=True,
    )
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["documents"] == len(TEXTS)
    runs = ["batch jsonl", "batch sqlite", "enrich only", "spacy blank + limner"]
    assert all(report[r]["status"] == "ok" for r in runs), report
    assert report["batch sqlite"]["bytes"] > 0 and report["batch jsonl"]["bytes"] > 0
    # every run found the same annotations: batch and the spaCy component agree
    assert report["enrich only"]["said"] == report["spacy blank + limner"]["said"] != "0"


def test_count_reads_only_the_first_n_articles(tiny: Path, tmp_path: Path) -> None:
    """``count.py`` enriches the first N texts and no more: a bad line after them is
    never read, and one among them fails the run."""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(tiny.read_text(encoding="utf-8") + "not json\n", encoding="utf-8")
    script = str(ROOT / "benchmarks" / "count.py")
    for n, code in ((len(TEXTS), 0), (len(TEXTS) + 1, 1)):
        proc = subprocess.run(
            [sys.executable, script, "numbers", str(n), "--corpus", str(corpus)],
            capture_output=True, text=True, timeout=60,
        )
        assert proc.returncode == code, proc.stderr


def test_split_times_every_step_of_a_batch(tiny: Path) -> None:
    """``split.py`` names each annotator, the engine around them and every step outside."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "split.py"), str(tiny), "--plugins", "numbers"],
        capture_output=True, text=True, timeout=120, check=True,
    )
    out = proc.stdout
    assert out.startswith(f"{len(TEXTS)} texts, {sum(map(len, TEXTS)):,} chars")
    for step in ("numbers", "(engine around them)", "start-up", "reading records",
                 "JSON lines", "writing", "(garbage collection)", "total"):
        assert step in out, step


def test_locations_first_pass_runs_whole_and_by_stage(tiny: Path) -> None:
    script = str(ROOT / "benchmarks" / "locations_first_pass.py")
    for extra in ([], ["--by-stage", "--limit", "2"]):
        proc = subprocess.run([sys.executable, script, "--corpus", str(tiny), *extra],
                              capture_output=True, text=True, timeout=120, check=True)
        texts = TEXTS[:2] if extra else TEXTS
        assert proc.stdout.startswith(f"{len(texts)} texts, {sum(map(len, texts)):,} chars")
        for stage in (("find_mentions", "resolve", "add_forms") if extra else ("locate",)):
            assert stage in proc.stdout, stage
    missing = tiny.parent / "absent.jsonl"
    proc = subprocess.run([sys.executable, script, "--corpus", str(missing)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and str(missing) in proc.stderr
    assert "Traceback" not in proc.stderr


def test_parallel_split_names_the_serial_start_the_workers_and_the_parent(tiny: Path) -> None:
    script = str(ROOT / "benchmarks" / "parallel_split.py")
    proc = subprocess.run(
        [sys.executable, script, str(tiny), "-j", "2", "--plugins", "numbers",
         "--serial-cpu", "1.0"],
        capture_output=True, text=True, timeout=120, check=True,
    )
    out = proc.stdout
    for part in ("S  serial start", "W  workers", "P  parent after", "last results",
                 "best ratio"):
        assert part in out, part
    assert "(2 workers;" in out or "(1 workers;" in out  # tiny: one worker may take all
    missing = tiny.parent / "absent.jsonl"
    proc = subprocess.run([sys.executable, script, str(missing)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and str(missing) in proc.stderr


def test_sentiment_targets_cuts_each_stage_for_a_count(tiny: Path) -> None:
    """``sentiment_targets.py --only targets --cut STAGE`` runs with each stage left out,
    and ``--cut`` without ``--only`` is refused by name."""
    script = str(ROOT / "benchmarks" / "sentiment_targets.py")
    spec = importlib.util.spec_from_file_location("sentiment_targets", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert set(module._CUTS) == {"engine", "pass", "collect", "read", "locate", "score",
                                 "events"}
    for stage in module._CUTS:
        proc = subprocess.run(
            [sys.executable, script, "--corpus", str(tiny), "--only", "targets", "--cut", stage],
            capture_output=True, text=True, timeout=120,
        )
        assert proc.returncode == 0, (stage, proc.stderr)
    proc = subprocess.run([sys.executable, script, "--corpus", str(tiny), "--cut", "read"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "give --only too" in proc.stderr


@pytest.fixture(scope="module")
def pooling() -> ModuleType:
    script = ROOT / "benchmarks" / "sentiment_pooling.py"
    spec = importlib.util.spec_from_file_location("sentiment_pooling", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_sentiment_pooling_reads_what_the_document_score_pools(pooling: ModuleType) -> None:
    """``sentiment_pooling.py`` keeps each text's pooled parts (a sum a sentence, the turns,
    the judging sentences), and pooled again as the plugin pools them they give back the
    plugin's document score."""
    import limner

    texts = [("The festival was fun. But the queues took hours. The food ran out. "
              "Staff were rude. The organisers were careless."),
             "Nothing happened here.", "", TEXTS[3]]
    enricher = limner.Enricher(
        ["sentiment"], config={"sentiment.sentences": False, "sentiment.targets": False})
    parts = pooling.parts_of(texts)
    assert len(parts) == len(texts)
    raws, turns, judged = parts[0]
    assert len(raws) == 5 and turns == [1] and 4 in judged
    for text, part in zip(texts, parts, strict=True):
        score = next(a.score for a in enricher.enrich(text).select("sentiment")
                     if a.get("scope") == "document")
        assert round(pooling.shipped(part), 4) == score


def test_sentiment_pooling_closing_verdict(pooling: ModuleType) -> None:
    """The closing verdict weighs a paragraph's last sentence more only when it judges, in a
    paragraph of the fewest sentences given or more; else the shipped pooling stands."""
    pool = pooling.closing(2.0, 5)
    five = ([1.0, 1.0, 0.0, 0.0, -2.0], [], [4])
    assert pool(five) < pooling.shipped(five) < 0
    # the sum of the others as the plugin weighs them, the last twice its weight
    w = pooling.weights(5, [], [4])
    expected = pooling.normalize((w[0] + w[1] - 2.0 * 2.0 * w[4]) / (5 / 3))
    assert pool(five) == pytest.approx(expected)
    for other in (([1.0, 1.0, 0.0, -2.0], [], [3]),  # four sentences
                  ([1.0, 1.0, 0.0, 0.0, -2.0], [], [0]),  # the last does not judge
                  ([-2.0], [], [0]), ([], [], [])):
        assert pool(other) == pooling.shipped(other)


def test_sentiment_pooling_runs_on_a_rated_set() -> None:
    script = str(ROOT / "benchmarks" / "sentiment_pooling.py")
    proc = subprocess.run([sys.executable, script, "--set", "1"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    figures = json.loads(proc.stdout)["set 1"]
    assert set(figures) == {"shipped", "closing"}
    assert all(-1.0 <= r <= 1.0 for r in figures.values())
    proc = subprocess.run([sys.executable, script, "--set", "3"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode != 0 and "no set of rated editorials" in proc.stderr
