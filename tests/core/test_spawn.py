"""A document that ends its worker, where the workers are spawned, not forked.

limner forks its workers where the platform can, and spawns them elsewhere (Windows):
there each worker imports the plugins itself and builds its enricher from
:meth:`~limner.Enricher.spec`, and the chunk notes, the pool of one that items are
sent to again and the reasons cross between processes otherwise than by a fork.  A
platform without ``fork`` is made here by taking it from
``multiprocessing.get_all_start_methods`` in the process that runs the pool; the plugin
is an installed one (a module and its entry point on the path), as a spawned worker
finds plugins only so.  Each case runs in a process of its own: a worker's death must
never reach the test's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PLUGIN = """
import os, signal
import limner

with open(os.environ["DIES_IMPORTS"], "a") as f:  # (each process that imports it)
    f.write(f"{os.getpid()}\\n")

def dies(doc):
    if "MARKER" in doc.text:
        if os.environ.get("DIES_HOW") == "exit":
            os._exit(3)
        os.kill(os.getpid(), signal.SIGKILL)
    return []

@limner.hookimpl
def limner_annotators(config):
    return [limner.Annotator("dies", ("dies",), dies, plugin="dies")]
"""

#: the script's start: a platform without fork (where asked), as Windows is
NO_FORK = """
import multiprocessing
multiprocessing.get_all_start_methods = lambda: ["spawn"]
"""

PIPE = """
import json, sys
import limner
if __name__ == "__main__":
    marked = set(json.loads(sys.argv[1]))
    texts = [f"Text {i}." + (" MARKER" if i in marked else "") for i in range(40)]
    docs = list(limner.Enricher(plugins=["dies"]).pipe(texts, n_process=2))
    print(json.dumps([[d.text, [(e.annotator, e.type, e.message) for e in d.errors]]
                      for d in docs]))
"""

BATCH = """
import sys
from limner.cli import main
if __name__ == "__main__":
    sys.argv = ["limner", "batch", *sys.argv[1:]]
    main()
"""


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    site = tmp_path / "site"
    info = site / "dies_plugin-0.1.dist-info"
    info.mkdir(parents=True)
    (site / "dies_plugin.py").write_text(PLUGIN, encoding="utf-8")
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: dies-plugin\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[limner]\ndies = dies_plugin\n")
    out = dict(os.environ)
    out["PYTHONPATH"] = os.pathsep.join([str(site), *sys.path])
    out["DIES_IMPORTS"] = str(tmp_path / "imports.txt")
    for name in ("LIMNER_PLUGINS", "LIMNER_DISABLE_PLUGINS"):
        out.pop(name, None)
    return out


def _run(env: dict[str, str], tmp_path: Path, script: str, *args: str, how: str = "kill",
         fork: bool = False) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "script.py"
    path.write_text(("" if fork else NO_FORK) + script, encoding="utf-8")
    return subprocess.run([sys.executable, str(path), *args], capture_output=True, text=True,
                          env={**env, "DIES_HOW": how}, cwd=tmp_path, timeout=300, check=False)


def _importers(env: dict[str, str]) -> set[str]:
    return set(Path(env["DIES_IMPORTS"]).read_text().split())


@pytest.mark.slow
@pytest.mark.parametrize("how", ["exit", "kill"])
def test_a_pipe_of_spawned_workers_gives_the_item_that_ended_its_worker_with_an_error(
    env: dict[str, str], tmp_path: Path, how: str
) -> None:
    marked = [0, 16, 17, 39]  # the first, two in one chunk, the last
    proc = _run(env, tmp_path, PIPE, json.dumps(marked), how=how)
    assert proc.returncode == 0, proc.stderr
    docs = json.loads(proc.stdout)
    assert [text for text, _ in docs] == [
        f"Text {i}." + (" MARKER" if i in marked else "") for i in range(40)
    ]
    reason = {"exit": "the worker process died (exit code 3)",
              "kill": "the worker process died (signal 9: SIGKILL)"}[how]
    assert {i: errors for i, (_, errors) in enumerate(docs) if errors} == {
        i: [["worker", "WorkerDied", reason]] for i in marked
    }
    assert len(_importers(env)) > 2  # the workers were spawned: each imported the plugin


@pytest.mark.slow
def test_a_batch_of_spawned_workers_sets_aside_the_record_that_ended_its_worker(
    env: dict[str, str], tmp_path: Path
) -> None:
    records = [{"id": "a", "text": "One MARKER."}, {"text": "Two."},
               {"text": "Three MARKER."}, {"id": "d", "text": "Four."}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    args = ("in.jsonl", "-o", "out.jsonl", "-j", "2", "-p", "dies")
    first = _run(env, tmp_path, BATCH, *args)
    assert first.returncode == 0, first.stderr
    assert "2 written, 0 already done, 2 bad records" in first.stderr
    logged = [json.loads(x) for x in (tmp_path / "out.jsonl.errors.jsonl").read_text().split("\n")
              if x]
    assert [(e["line"], e["id"], e["reason"]) for e in logged] == [
        (1, "a", "the worker process died (signal 9: SIGKILL)"),
        (3, "line-3", "the worker process died (signal 9: SIGKILL)"),
    ]
    written = (tmp_path / "out.jsonl").read_text()
    assert [json.loads(x)["id"] for x in written.splitlines()] == ["line-2", "d"]
    assert len(_importers(env)) > 2
    again = _run(env, tmp_path, BATCH, *args, "--strict")  # a resume meets no death
    assert again.returncode == 1, again.stderr
    assert "0 written, 2 already done, 2 bad records" in again.stderr
    assert (tmp_path / "out.jsonl").read_text() == written


@pytest.mark.slow
def test_a_start_method_the_user_set_leaves_the_pool_its_own(
    env: dict[str, str], tmp_path: Path
) -> None:
    """The other side: on a platform that forks, a caller's ``set_start_method("spawn")``
    (for its own pools) leaves limner's: its workers are forked, the plugin imported once,
    and the item that ended its worker comes back with its error as before."""
    script = 'import multiprocessing\nmultiprocessing.set_start_method("spawn")\n' + PIPE
    proc = _run(env, tmp_path, script, "[5]", fork=True)
    assert proc.returncode == 0, proc.stderr
    docs = json.loads(proc.stdout)
    assert [i for i, (_, errors) in enumerate(docs) if errors] == [5]
    assert len(_importers(env)) == 1
