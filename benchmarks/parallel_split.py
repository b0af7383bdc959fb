"""Where a parallel batch's time goes: the serial start, the workers, the parent, the end.

    python benchmarks/parallel_split.py              # BBC, -j 2, every plugin
    python benchmarks/parallel_split.py -j 2 --serial-cpu 6.1

One process does what ``limner batch -j N`` does (the command line's own
code) and reports, in CPU seconds and wall seconds:

- S, the serial start: everything before the workers are forked
  (interpreter, imports, loading the plugins, their ``setup``, the first
  record, which the parent enriches itself);
- W, the workers' CPU, all of them together, and how often they slept
  (voluntary context switches: waiting for a task, or for the parent to
  read a result out of a full pipe);
- P, the parent's CPU after the fork (reading and parsing the records,
  sending them, receiving each document's JSON line, writing it), on the
  same cores as the workers;
- the spread of the workers' last results: how long one worker sat idle
  while the other finished its last chunk.

With the CPU of a ``-j 1`` run (``--serial-cpu``, from ``/usr/bin/time`` or
``split.py``'s total), it prints the best ratio the parts allow on N cores,
T1 / (S + (W + P) / N): what a run without any waiting would reach.
Wall figures swing with the load of a shared machine; the CPU figures, and
the counts, far less.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

STARTED = time.perf_counter()
ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    corpora = Path(os.environ.get("LIMNER_CORPORA", ROOT.parent / "shared" / "corpora"))
    parser.add_argument("corpus", nargs="?", default=str(corpora / "bbc" / "bbc.jsonl"))
    parser.add_argument("-j", "--processes", type=int, default=2)
    parser.add_argument("--serial-cpu", type=float, default=None,
                        help="CPU seconds of the same batch with -j 1, for the best ratio")
    parser.add_argument("--plugins", default=None, help="comma-separated names (default: all)")
    args = parser.parse_args()
    if not Path(args.corpus).is_file():
        parser.error(f"no corpus at {args.corpus}")

    import multiprocessing.pool

    import limner.batch
    from limner.cli import cli

    marks: dict[str, Any] = {}
    pool_init = multiprocessing.pool.Pool.__init__

    def init(self: Any, *a: Any, **k: Any) -> None:
        if "fork" not in marks:
            marks["fork"] = (time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF))
        pool_init(self, *a, **k)

    multiprocessing.pool.Pool.__init__ = init  # type: ignore[method-assign]
    # each worker's last result: the time it was made, appended to a file by the worker
    with tempfile.TemporaryDirectory() as tmp:
        finished = Path(tmp) / "finished"
        process = limner.batch._process

        def timed(enricher: Any, item: Any) -> Any:
            done = process(enricher, item)
            with finished.open("a") as fh:
                fh.write(f"{os.getpid()} {time.perf_counter()}\n")
            return done

        limner.batch._process = timed  # type: ignore[assignment]
        out = Path(tmp) / "out.jsonl"
        argv = ["batch", args.corpus, "-o", str(out), "-j", str(args.processes)]
        if args.plugins is not None:
            argv += ["--plugins", args.plugins]
        with contextlib.suppress(SystemExit):  # the command's exit code is not the point
            cli.main(argv, standalone_mode=False)
        end = time.perf_counter()
        last: dict[str, float] = {}
        for line in finished.read_text().splitlines():
            pid, at = line.split()
            if pid != str(os.getpid()):  # the first record, enriched here before the fork
                last[pid] = max(last.get(pid, 0.0), float(at))

    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    fork_wall, at_fork = marks.get("fork", (end, me))
    s_cpu = at_fork.ru_utime + at_fork.ru_stime
    p_cpu = me.ru_utime + me.ru_stime - s_cpu
    w_cpu = kids.ru_utime + kids.ru_stime
    n = max(1, args.processes)
    print(f"-j {args.processes}: wall {end - STARTED:.2f} s (from the script's start)")
    print(f"  S  serial start   {s_cpu:6.2f} CPU s  wall {fork_wall - STARTED:.2f} s")
    print(f"  W  workers        {w_cpu:6.2f} CPU s  ({len(last)} workers; slept "
          f"{kids.ru_nvcsw} times, pre-empted {kids.ru_nivcsw})")
    print(f"  P  parent after   {p_cpu:6.2f} CPU s  (user {me.ru_utime - at_fork.ru_utime:.2f}, "
          f"system {me.ru_stime - at_fork.ru_stime:.2f})")
    spread = max(last.values()) - min(last.values()) if last else 0.0
    print(f"  end: the workers' last results {spread * 1000:.0f} ms apart")
    if args.serial_cpu:
        best = args.serial_cpu / (s_cpu + (w_cpu + p_cpu) / n)
        print(f"  best ratio T1 / (S + (W + P) / {n}) = {args.serial_cpu:.2f} / "
              f"{s_cpu + (w_cpu + p_cpu) / n:.2f} = {best:.2f}")


if __name__ == "__main__":
    sys.exit(main())
