"""A batch stopped by Ctrl-C or SIGTERM: one line and its exit code, whole documents
kept, and the next run writes each of the others once; `enrich` stopped so leaves no
part of its output."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import limner
from limner.formats.sqlite import SqliteWriter

CORE = ["--plugins", ""]
RECORDS = [json.dumps({"id": f"d{i}", "text": f"Story {i}. It ends."}) + "\n" for i in range(300)]


#: the lines a setup slower than half a second adds to standard error (a loaded machine's)
_SETUP_LINE = re.compile(r"limner: (setting up \S+ \(done once .*|\S+: done in \d+\.\d s)")


def _said(err: str | bytes) -> list[str]:
    """Standard error's lines, less those of a slow setup, which depend on the machine."""
    text = err.decode() if isinstance(err, bytes) else err
    return [line for line in text.splitlines() if not _SETUP_LINE.fullmatch(line)]


def _ids(out: Path) -> list[str]:
    if out.suffix == ".db":
        with contextlib.closing(sqlite3.connect(out)) as conn:
            return [r[0] for r in conn.execute("SELECT id FROM documents")]
    return [json.loads(line)["id"] for line in out.read_bytes().splitlines()]


def _written(out: Path) -> int:
    if not out.exists():
        return 0
    if out.suffix == ".db":
        try:
            return len(_ids(out))
        except sqlite3.Error:  # not made yet
            return 0
    return out.read_bytes().count(b"\n")


def _long_source(tmp_path: Path) -> Path:
    """A source of far more records than a run does before it is signalled."""
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(json.dumps({"id": f"d{i}", "text": f"Story {i}."}) + "\n" for i in range(100_000)),
        encoding="utf-8",
    )
    return src


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize(
    ("processes", "sig", "code", "name"),
    [
        ("1", signal.SIGINT, 130, "o.jsonl"),
        ("1", signal.SIGINT, 130, "o.db"),
        ("1", signal.SIGTERM, 143, "o.db"),
        ("1", signal.SIGTERM, 143, "o.jsonl"),
        ("1", signal.SIGHUP, 129, "o.jsonl"),
        ("1", signal.SIGHUP, 129, "o.db"),
        ("2", signal.SIGHUP, 129, "o.jsonl"),
    ],
)
def test_batch_stopped_by_a_signal_keeps_its_work_and_resumes_once(
    tmp_path: Path, processes: str, sig: int, code: int, name: str
) -> None:
    # the source is a pipe written here: the run is waiting for more when it is signalled
    fifo = tmp_path / "in.jsonl"
    os.mkfifo(fifo)
    out = tmp_path / name
    command = [sys.executable, "-m", "limner", "batch", "-j", processes, *CORE]
    proc = subprocess.Popen(
        [*command, str(fifo), "-o", str(out)], stderr=subprocess.PIPE, text=True
    )
    try:
        with fifo.open("w") as feed:
            feed.writelines(RECORDS[:100])
            feed.flush()
            deadline = time.monotonic() + 120
            while _written(out) < 1 and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            proc.send_signal(sig)
            _, err = proc.communicate(timeout=120)  # (the pipe still open: no end of input)
    except BrokenPipeError:  # the run ended before the pipe was closed
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == code, err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("limner: interrupted")
    assert not (tmp_path / f"{name}.errors.jsonl").exists()  # (no bad record: none left)
    kept = _ids(out)  # whole documents only: each line is JSON, the database opens
    assert kept and len(set(kept)) == len(kept)
    src = tmp_path / "all.jsonl"
    src.write_text("".join(RECORDS), encoding="utf-8")
    again = subprocess.run(
        [*command, str(src), "-o", str(out)], capture_output=True, text=True, check=False
    )
    assert again.returncode == 0, again.stderr
    assert f"{len(kept)} already done" in again.stderr
    assert sorted(_ids(out)) == sorted(f"d{i}" for i in range(300))


def test_sqlite_writer_closed_inside_a_document_keeps_the_committed_ones(
    tmp_path: Path,
) -> None:
    """An interrupt between a document's BEGIN and COMMIT: close rolls it back."""
    path = tmp_path / "o.db"
    writer = SqliteWriter(path)
    writer.write(limner.Document(text="One.", id="a"))
    writer.db.conn.execute("BEGIN")
    writer.db.add(limner.Document(text="Two.", id="b"))
    writer.close()
    assert SqliteWriter(path).done_ids() == {"a"}


@pytest.mark.parametrize(
    "args",
    [
        ["enrich", "-", "--format", "table", "--plugins", "numbers"],  # a row a figure
        ["enrich", "-", "--format", "jsonl", *CORE],  # the text, 760 KB
    ],
)
def test_a_reader_that_closes_the_pipe_ends_the_command_quietly_with_141(
    args: list[str], tmp_path: Path,
) -> None:
    """``limner ... | head -1``: the reader goes away; the command stops, says nothing,
    and exits 141 (128 + SIGPIPE), as ``cat`` and ``grep`` do, not 1 (``--strict``'s)."""
    source = tmp_path / "in.txt"
    source.write_text("A line of 3 words. " * 40_000, encoding="utf-8")
    read, write = os.pipe()
    with source.open("rb") as stdin:
        proc = subprocess.Popen(
            [sys.executable, "-m", "limner", *args],
            stdin=stdin, stdout=write, stderr=subprocess.PIPE,
        )
    os.close(write)
    with os.fdopen(read, "rb", buffering=0) as reader:
        assert reader.read(1)  # the first byte, then the reader goes away
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 141, err.decode()
    assert _said(err) == []


@pytest.mark.parametrize("args", [["formats"], ["enrich", "-", "--format", "table", *CORE]])
def test_a_reader_gone_before_the_first_write_gives_141_too(args: list[str]) -> None:
    """``limner formats | true``: the output is written only when the process ends (its
    buffer is flushed at exit); that flush meets the closed pipe, and ends as above."""
    read, write = os.pipe()
    os.close(read)
    proc = subprocess.Popen(
        [sys.executable, "-m", "limner", *args],
        stdin=subprocess.PIPE, stdout=write, stderr=subprocess.PIPE,
    )
    os.close(write)
    _, err = proc.communicate(input=b"One line.", timeout=120)
    assert proc.returncode == 141, err.decode()
    assert _said(err) == []


class _Finalised:
    """An object whose finaliser is running when Ctrl-C comes: Python prints the
    KeyboardInterrupt raised there ("Exception ignored in") and drops it."""

    def __del__(self) -> None:
        signal.raise_signal(signal.SIGINT)


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_ctrl_c_that_a_finaliser_drops_is_raised_at_the_next_check() -> None:
    from limner.isolation import noted_interrupts, raise_noted_interrupt

    before = signal.getsignal(signal.SIGINT)
    with noted_interrupts():
        raise_noted_interrupt()  # nothing noted: nothing raised
        _Finalised()  # made and dropped at once: its finaliser meets the interrupt
        with pytest.raises(KeyboardInterrupt):
            raise_noted_interrupt()
    assert signal.getsignal(signal.SIGINT) is before
    raise_noted_interrupt()  # the note ends with the block


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_batch_stops_at_a_ctrl_c_that_a_finaliser_dropped(tmp_path: Path) -> None:
    """The run looks at the note between documents: it ended the run only if the
    exception reached it, and a Ctrl-C during a plugin's clean-up was lost."""
    from limner.batch import run_batch
    from limner.isolation import noted_interrupts
    from tests.core.fakes import enricher_with

    def drops(doc: limner.Document) -> list[limner.Annotation]:
        if doc.text == "t3":
            _Finalised()
        return []

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": str(i), "text": f"t{i}"}) + "\n" for i in range(40)))
    out = tmp_path / "out.jsonl"
    enricher = enricher_with(limner.Annotator("a", ("a",), drops))
    with noted_interrupts(), pytest.raises(KeyboardInterrupt):
        run_batch(enricher, src, out)
    assert len(_ids(out)) <= 4  # it stopped at the document after the one that dropped it


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs process groups")
@pytest.mark.parametrize(("signame", "code"), [("SIGINT", 130), ("SIGHUP", 129)])
def test_a_terminal_signal_ends_a_batch_with_workers_in_one_line_and_the_workers_too(
    tmp_path: Path, signame: str, code: int
) -> None:
    """A terminal's Ctrl-C goes to the whole process group, the workers too: each worker
    printed a traceback of its own.  The terminal closed (its SIGHUP goes to the whole
    group too): SIGHUP's default ended the run where it stood, an empty errors file left
    beside a half state, and each worker so too.  The workers leave both to the run,
    which ends as on Ctrl-C (130, or 129 for the hang-up) and ends them."""
    src = _long_source(tmp_path)
    out = tmp_path / "o.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "limner", "batch", "-j", "2", *CORE, str(src), "-o", str(out)],
        stderr=subprocess.PIPE, text=True, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while _written(out) < 1 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        os.killpg(proc.pid, getattr(signal, signame))
        _, err = proc.communicate(timeout=120)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # the group's processes, the workers, all gone
            try:
                os.killpg(proc.pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.05)
        else:
            raise AssertionError("a worker outlived the run")
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == code, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert _said(err.strip()) == [
        ("limner: interrupted; the documents written are kept, and the same command goes "
         "on from there")
    ]
    assert not (tmp_path / "o.jsonl.errors.jsonl").exists()
    kept = _ids(out)
    assert kept and len(set(kept)) == len(kept)


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize("processes", ["1", "2"])
def test_a_hang_up_whose_terminal_takes_no_more_still_exits_129(
    tmp_path: Path, processes: str
) -> None:
    """The terminal closed: a hang-up, and the terminal behind standard error takes no
    more (EIO).  The line that says the run was interrupted failed, and the run ended 1
    with its traceback where 129 was due; it is said as far as it can be, the exit code
    the signal's, the documents written kept."""
    src = _long_source(tmp_path)
    out = tmp_path / "o.jsonl"
    main, tty = os.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "limner", "batch", "-j", processes, "--no-progress", *CORE,
         str(src), "-o", str(out)],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=tty, start_new_session=True,
    )
    os.close(tty)
    try:
        deadline = time.monotonic() + 120
        while _written(out) < 1 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        os.close(main)  # the terminal goes away: what is written to it now fails with EIO
        os.killpg(proc.pid, signal.SIGHUP)
        proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 129
    kept = _ids(out)
    assert kept and len(set(kept)) == len(kept)


_SLOW = """
import time

import limner


def write(docs, out):
    out.write("[")
    out.flush()
    time.sleep(120)


@limner.hookimpl
def limner_formats():
    return [limner.Format(name="slow", write=write, extension=".slow")]
"""


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_enrich_stopped_by_sigterm_leaves_no_part_file(
    tmp_path: Path, sig: int, code: int
) -> None:
    """`limner enrich -o out.json` ended by SIGTERM (`kill`, a job's time limit) while
    its documents were written: SIGTERM's default ended the process where it was, and
    the file the output is written to before it takes its place (`.out.json.PID.part`)
    stayed, one more for each run so ended; Ctrl-C removed it."""
    site = tmp_path / "site"
    (site / "limner_slow-0.1.dist-info").mkdir(parents=True)
    (site / "limner_slow.py").write_text(_SLOW, encoding="utf-8")
    (site / "limner_slow-0.1.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: limner-slow\nVersion: 0.1\n", encoding="utf-8")
    (site / "limner_slow-0.1.dist-info" / "entry_points.txt").write_text(
        "[limner]\nslow = limner_slow\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(site), *sys.path]))
    (tmp_path / "a.txt").write_text("One story.", encoding="utf-8")
    out = tmp_path / "out" / "o.slow"
    out.parent.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "limner", "enrich", "a.txt", "-p", "slow", "-f", "slow",
         "-o", str(out)],
        stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path,
    )
    part = out.parent / f".o.slow.{proc.pid}.part"
    try:
        deadline = time.monotonic() + 120
        while (not (part.exists() and part.stat().st_size) and proc.poll() is None
               and time.monotonic() < deadline):
            time.sleep(0.05)
        assert part.read_text(encoding="utf-8") == "["  # (the write under way)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == code, err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1] == "limner: interrupted"
    assert list(out.parent.iterdir()) == []
