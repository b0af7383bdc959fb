"""What compiling limner's hottest modules with mypyc gives: instructions both ways.

    PYTHONHASHSEED=0 python benchmarks/compiled.py                # build, check, every count
    python benchmarks/compiled.py --build-only --keep /tmp/lc     # the two trees, to test
    python benchmarks/compiled.py --skip-build --keep /tmp/lc --runs all,targets
    python benchmarks/compiled.py --build-only --lenient          # see below

Copies ``src/limner`` and the four plugins of this checkout into two folders
of a temporary directory (``pure`` and ``compiled``), compiles the modules of
``--modules`` in the second with mypyc (``mypyc.build.mypycify``, one group,
built by setuptools' ``build_ext`` and copied beside their sources there),
writes the JSON form of the first ``--n`` articles enriched by the four
plugins from each tree and says whether the two are the same bytes.  Then it
counts the machine instructions of the same runs from each tree under
valgrind's cachegrind, as ``benchmarks/count.py``'s docstring says: each
plugin alone and the four together on the first ``--n`` BBC articles (the
whole process, and less the count with 0 articles, the start-up's share), and
the per-target ratio of ``benchmarks/sentiment_targets.py`` (``--only
targets`` less ``inputs`` over ``plain`` less ``start``, on ``--limit``
articles).  The sources of both trees are compiled to bytecode first, and
each run is made once untimed before it is counted, so that the place index
and the sentiment tables of each tree are built.
Nothing is written into the checkout.

The default modules are those with the most own time (:data:`HOT`, from a
profile), less :data:`FAILS_COMPILED`.  A module that mypy finds type errors
in, or that mypyc cannot compile, is dropped with the first reason (mypyc
compiles only code that type-checks), and one whose compiled form fails on
import is dropped and the rest built again (the modules of one group call
each other's compiled functions directly: removing one's extension does not
bring its pure code back).  ``--lenient`` turns off the error codes of the
type errors found (``disable_error_code``), so that those modules compile as
they are: mypyc then checks the declared types at run time, and each value
that breaks one raises ``TypeError`` where the pure module ran on, which
the output check shows.

``--keep DIR`` keeps the two trees in ``DIR``: ``PYTHONPATH=DIR/compiled/src:
DIR/compiled/plugins:.`` then runs the tests or anything else against the
compiled build.  Needs a C compiler, the Python headers, setuptools and, for
the counts, valgrind.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGINS = ("numbers", "quotes", "locations", "sentiment")

#: The modules with the most own time over 300 BBC articles and the four plugins
#: (cProfile, start-up's share taken off), from the most down.
HOT = (
    "limner_sentiment.mentions",
    "limner_locations.resolving",
    "limner_sentiment.scorer",
    "limner.document",
    "limner_quotes.phrases",
    "limner_locations.matching",
    "limner_sentiment.events",
    "limner_quotes.attribution",
    "limner.isolation",
    "limner_sentiment.targets",
    "limner_quotes.finder",
    "limner_numbers.finder",
    "limner_numbers.context",
    "limner_sentiment.aggregate",
    "limner_quotes.sources",
    "limner.pipeline",
    "limner_sentiment.tone",
    "limner.segment",
    "limner_sentiment.annotator",
    "limner_quotes.layout",
    "limner_sentiment.context",
    "limner_numbers.patterns",
    "limner_locations.gazetteer",
    "limner_numbers.heads",
)

#: Hot modules that mypyc compiles but whose compiled form fails where the pure one
#: runs: left out unless ``--modules`` names them.
FAILS_COMPILED = {
    "limner.pipeline": "a TypeError on every document: the read-only view given to "
    "annotators holds its errors in a tuple (set by object.__setattr__), where "
    "Document.errors is declared a list",
    "limner.segment": "fails on import: pluggy's hookimpl sets an attribute on the "
    "function, which a compiled function has no room for",
}

_MYPY_INI = """\
[mypy]
python_version = {major}.{minor}
mypy_path = src:plugins
follow_imports = silent
ignore_missing_imports = True
{disabled}
"""

_SETUP = """\
import sys
from setuptools import setup
from mypyc.build import mypycify

modules = sys.argv.pop(1).split(",")
# a C file a module, compiled in parallel (mypyc misnames a lone module's header that way)
ext = mypycify(modules, opt_level="3", multi_file=len(modules) > 1)
setup(name="limner-compiled", ext_modules=ext)
"""

_ERROR = re.compile(
    r"^(?P<path>(?:src|plugins)/[\w/]+\.py):(?P<line>\d+): error: (?P<msg>.*)$", re.M
)
_IREFS = re.compile(r"I\s+refs:\s+([\d,]+)")

_WRITE_JSON = """\
import json, sys, limner
texts = []
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        if len(texts) >= int(sys.argv[2]):
            break
        texts.append(json.loads(line)["text"])
enricher = limner.Enricher(plugins="numbers,quotes,locations,sentiment")
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for text in texts:
        out.write(enricher.enrich(text).to_json() + "\\n")
"""


def _path(module: str) -> str:
    """The source of ``module`` relative to a tree: ``src/...`` for the core, ``plugins/...``."""
    base = "src" if module.split(".")[0] == "limner" else "plugins"
    return f"{base}/{module.replace('.', '/')}.py"


def _copy(tree: Path) -> None:
    """The core and the four plugins of this checkout, without bytecode, into ``tree``."""
    skip = shutil.ignore_patterns("__pycache__", "*.so", "*.pyc")
    shutil.copytree(ROOT / "src" / "limner", tree / "src" / "limner", ignore=skip)
    for name in PLUGINS:
        shutil.copytree(
            ROOT / "plugins" / f"limner_{name}", tree / "plugins" / f"limner_{name}", ignore=skip
        )


def build(tree: Path, modules: list[str], lenient: bool) -> dict[str, str]:
    """Compile ``modules`` in ``tree``; what was left out, each with mypy's or mypyc's reason.

    A module whose check fails is dropped and the build made again, until the
    rest compiles; with ``lenient`` the error codes of the type errors found
    are turned off instead, once, before a module is dropped.
    """
    (tree / "setup.py").write_text(_SETUP, encoding="utf-8")
    left: dict[str, str] = {}
    disabled: set[str] = set()
    todo = list(modules)
    while todo:
        (tree / "mypy.ini").write_text(
            _MYPY_INI.format(
                major=sys.version_info[0],
                minor=sys.version_info[1],
                disabled=f"disable_error_code = {', '.join(sorted(disabled))}" if disabled else "",
            ),
            encoding="utf-8",
        )
        shutil.rmtree(tree / "build", ignore_errors=True)  # no C file of an earlier group
        paths = ",".join(_path(m) for m in todo)
        run = subprocess.run(
            [
                sys.executable,
                "setup.py",
                paths,
                "build_ext",
                "--build-lib",
                "build/lib",
                "--parallel",
                str(os.cpu_count() or 1),
            ],
            cwd=tree,
            capture_output=True,
            text=True,
            check=False,
        )
        log = run.stdout + run.stderr
        if run.returncode == 0:
            _place(tree)
            culprit = _import_error(tree, todo)
            if culprit is None:
                break
            todo.remove(culprit[0])
            left[culprit[0]] = f"fails on import: {culprit[1]}"
            continue
        errors = list(_ERROR.finditer(log))
        if not errors:
            raise SystemExit(f"the build failed with no error to drop a module by:\n{log[-4000:]}")
        codes = {c for e in errors for c in re.findall(r"\[([\w-]+)\]$", e["msg"])}
        if lenient and codes - disabled:
            disabled |= codes
            continue
        for e in errors:
            module = e["path"].split("/", 1)[1][:-3].replace("/", ".")
            n = sum(1 for f in errors if f["path"] == e["path"])
            if module in todo:
                todo.remove(module)
                left[module] = f"{n} error(s), the first {e['path']}:{e['line']}: {e['msg']}"
    if disabled:
        left["(lenient)"] = "turned off: " + ", ".join(sorted(disabled))
    return left


def _place(tree: Path) -> None:
    """The built extensions of ``tree``, copied beside their sources (any older ones removed)."""
    for old in [*(tree / "src").rglob("*.so"), *(tree / "plugins").rglob("*.so")]:
        old.unlink()
    for so in (tree / "build" / "lib").rglob("*.so"):
        rel = so.relative_to(tree / "build" / "lib")
        top = rel.parts[0]
        base = "src" if top == "limner" else "plugins"
        if len(rel.parts) == 1:  # the group's shared library, imported by its top name
            base = "plugins"
        shutil.copy2(so, tree / base / rel)


def _import_error(tree: Path, modules: list[str]) -> tuple[str, str] | None:
    """The compiled module whose import fails first, with the error; None if all import.

    The culprit is the last compiled frame of the traceback (a compiled module's
    frames name its source relative to the tree; a pure one's, in full).
    """
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "import importlib, sys\nfor m in sys.argv[1:]: importlib.import_module(m)",
            *modules,
        ],
        env=_env(tree),
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    if run.returncode == 0:
        return None
    frames = re.findall(r'File "((?:src|plugins)/[\w/]+)\.py", line (\d+)', run.stderr)
    if not frames:
        raise SystemExit(f"the compiled modules fail on import:\n{run.stderr[-3000:]}")
    path, line = frames[-1]
    last = run.stderr.strip().splitlines()[-1]
    return path.split("/", 1)[1].replace("/", "."), f"{path}.py:{line}: {last}"


def _env(tree: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(tree / "src"), str(tree / "plugins"), str(ROOT)])
    env.setdefault("PYTHONHASHSEED", "0")
    return env


def count(tree: Path, argv: list[str]) -> int:
    """The instructions of ``python argv`` from ``tree``, after one run that warms the caches."""
    subprocess.run(
        [sys.executable, *argv], env=_env(tree), check=True, cwd=ROOT, stdout=subprocess.DEVNULL
    )
    run = subprocess.run(
        [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
            sys.executable,
            *argv,
        ],
        env=_env(tree),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    found = _IREFS.search(run.stderr)
    if not found:
        raise SystemExit(f"no instruction count in valgrind's output:\n{run.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def same_output(trees: dict[str, Path], n: int, work: Path) -> str:
    """Whether the JSON of ``n`` articles enriched by the four plugins is one from both trees."""
    base = Path(os.environ.get("LIMNER_CORPORA") or ROOT.parent / "shared" / "corpora")
    digests = {}
    for name, tree in trees.items():
        out = work / f"{name}.jsonl"
        subprocess.run(
            [sys.executable, "-c", _WRITE_JSON, str(base / "bbc" / "bbc.jsonl"), str(n), str(out)],
            env=_env(tree),
            check=True,
            cwd=ROOT,
        )
        digests[name] = hashlib.sha256(out.read_bytes()).hexdigest()
    verdict = "the same bytes" if len(set(digests.values())) == 1 else "DIFFERENT"
    return f"JSON of {n} articles, four plugins: {verdict} ({digests['pure'][:12]})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--modules",
        default=",".join(m for m in HOT if m not in FAILS_COMPILED),
        help="comma-separated modules to compile (default: the hot list, less FAILS_COMPILED)",
    )
    parser.add_argument("--n", type=int, default=300, help="articles a count runs (default 300)")
    parser.add_argument(
        "--limit", type=int, default=200, help="articles of the per-target count (default 200)"
    )
    parser.add_argument(
        "--runs",
        default="numbers,quotes,locations,sentiment,all,targets",
        help="which counts: the plugins alone, all four, targets",
    )
    parser.add_argument(
        "--lenient",
        action="store_true",
        help="compile modules with type errors too, their codes turned off",
    )
    parser.add_argument("--build-only", action="store_true", help="build and check, no count")
    parser.add_argument("--keep", type=Path, default=None, help="build in DIR and keep it")
    parser.add_argument(
        "--skip-build",
        action="store_true",
        help="with --keep: count the trees an earlier run built and kept there",
    )
    args = parser.parse_args()
    if args.skip_build and args.keep is None:
        parser.error("--skip-build needs --keep DIR")

    work = args.keep or Path(tempfile.mkdtemp(prefix="limner-compiled-"))
    trees = {"pure": work / "pure", "compiled": work / "compiled"}
    try:
        if not args.skip_build:
            for tree in trees.values():
                if tree.exists():
                    shutil.rmtree(tree)
                _copy(tree)
            modules = [m.strip() for m in args.modules.split(",") if m.strip()]
            left = build(trees["compiled"], modules, args.lenient)
            done = len(modules) - len(set(left) & set(modules))
            print(f"compiled {done} of {len(modules)} modules")
            for module, why in left.items():
                print(f"  not compiled: {module}: {why}")
            for tree in trees.values():  # no run compiles the sources it reads
                subprocess.run(
                    [sys.executable, "-m", "compileall", "-q", "src", "plugins"],
                    cwd=tree,
                    check=True,
                )
            print(same_output(trees, args.n, work))
        if args.build_only:
            return
        print(f"{'run':<32} {'pure':>16} {'compiled':>16} {'ratio':>7}")
        for run in args.runs.split(","):
            if run == "targets":
                argv = ["benchmarks/sentiment_targets.py", "--limit", str(args.limit), "--only"]
                got = {}
                for name, tree in trees.items():
                    c = {
                        r: count(tree, [*argv, r]) for r in ("start", "plain", "inputs", "targets")
                    }
                    got[name] = c
                    print(
                        f"  {name}: plain {c['plain'] - c['start']:,}, "
                        f"targets {c['targets'] - c['inputs']:,}",
                        flush=True,
                    )
                for label, (a, b) in {
                    "sentiment plain": ("plain", "start"),
                    "sentiment targets' share": ("targets", "inputs"),
                }.items():
                    p, q = (got[t][a] - got[t][b] for t in ("pure", "compiled"))
                    print(f"{label:<32} {p:>16,} {q:>16,} {q / p:>7.3f}")
                for name in trees:
                    c = got[name]
                    ratio = (c["targets"] - c["inputs"]) / (c["plain"] - c["start"])
                    print(f"per-target ratio, {name:<15} {ratio:>7.3f}")
                continue
            plugins = ",".join(PLUGINS) if run == "all" else run
            totals: dict[str, tuple[int, int]] = {}
            for name, tree in trees.items():
                whole = count(tree, ["benchmarks/count.py", plugins, str(args.n)])
                start = count(tree, ["benchmarks/count.py", plugins, "0"])
                totals[name] = (whole, whole - start)
            for i, label in enumerate(("whole process", f"{args.n} articles less start-up")):
                p, q = totals["pure"][i], totals["compiled"][i]
                print(f"{run + ', ' + label:<32} {p:>16,} {q:>16,} {q / p:>7.3f}", flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
