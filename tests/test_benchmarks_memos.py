"""benchmarks/locations_memos.py end to end on a tiny corpus (no count is asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = str(ROOT / "benchmarks" / "locations_memos.py")
TEXTS = [
    "Floods hit Dhaka and Chittagong on Monday, officials in Bangladesh said.",
    "The mayor of Springfield, Illinois, flew to Paris.",
]


def _run(corpus: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, SCRIPT, "--corpus", str(corpus), *extra],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_memos_are_kept_as_asked_and_read_back_from_bytes(tmp_path: Path) -> None:
    corpus = tmp_path / "tiny.jsonl"
    corpus.write_text("".join(json.dumps({"text": t}) + "\n" for t in TEXTS), encoding="utf-8")
    proc = _run(corpus, "--keep", "none")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"{len(TEXTS)} texts, first pass")
    assert "static_cache" in proc.stdout and "keeping no memo (0 entries)" in proc.stdout
    proc = _run(corpus, "--keep", "context-free", "--bytes", "load")
    assert proc.returncode == 0, proc.stderr
    last = proc.stdout.splitlines()[-1]
    assert "keeping fold, name_cache" in last and "bytes pickled" in last
    assert "(0 entries" not in last
    proc = _run(corpus, "--keep", "no_such_cache")
    assert proc.returncode == 2 and "no memo no_such_cache" in proc.stderr
    missing = tmp_path / "absent.jsonl"
    proc = _run(missing)
    assert proc.returncode == 2 and str(missing) in proc.stderr
    assert "Traceback" not in proc.stderr
