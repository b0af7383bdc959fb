"""The command line's checks before work, its terminal safety, and ``limner setup``."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import limner
from limner.cli import _setup, cli
from limner.formats import builtin
from limner.formats.builtin import printable, write_table
from tests.core.fakes import enricher_with, marker

CORE = ["--plugins", ""]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_table_shows_control_characters_escaped() -> None:
    text = "\u202eAlarm\x1b]52;c;ZXZpbA==\x07 and \x1b[2J here. Next."
    doc = limner.Document(text=text, id="in\x1b[31m.txt")
    doc.add([limner.Annotation(kind="span", start=0, end=len(text), features={"f": "\x9b"})])
    doc.errors.append(limner.Error(plugin="p", annotator="a", type="E", message="bad \x1b[2J"))
    out = io.StringIO()
    write_table([doc], out)
    shown = out.getvalue()
    assert not any(c in shown for c in "\x1b\x07\x9b\u202e")
    assert "\\x1b]52;c;ZXZpbA==\\x07" in shown and "\\u202e" in shown
    assert "in\\x1b[31m.txt" in shown and "bad \\x1b[2J" in shown and "f=\\x9b" in shown


def test_table_shows_surrogates_escaped_and_saves_as_utf8(tmp_path: Path) -> None:
    """UTF-8 cannot carry a surrogate code point: the listing shows its escape."""
    text = "lone \ud800 and split \ud83d\ude00 here"
    doc = limner.Document(text=text, id="id\udfff")
    doc.add([limner.Annotation(kind="span", start=0, end=len(text), features={"f": ["\udc00"]})])
    limner.save(doc, tmp_path / "t.txt", format="table")
    shown = (tmp_path / "t.txt").read_text(encoding="utf-8")
    assert "lone \\ud800 and split \\ud83d\\ude00 here" in shown
    assert "id\\udfff" in shown and "\\udc00" in shown


def test_the_table_lists_every_annotation_it_counts(runner: CliRunner) -> None:
    """The table left out sentence annotations and counted them: `-k sentence -f table`
    showed "2 annotations" and listed none, and a plugin that requires sentences (the
    plugin guide's hashtags) showed one annotation more than it listed."""
    args = ["enrich", "-", "-k", "sentence", "-f", "table", *CORE]
    result = runner.invoke(cli, args, input="It rained. Then it stopped.")
    assert result.exit_code == 0, result.output
    assert ": 27 characters, 2 annotations" in result.output
    assert "sentence (2)" in result.output
    assert "It rained." in result.output and "Then it stopped." in result.output


@given(st.text(st.sampled_from("ab \n\t\x1b\u2028é")), st.integers(2, 12))
def test_the_table_shows_a_span_on_one_line_cut_to_its_width(text: str, width: int) -> None:
    whole = printable(" ".join(text.split()))
    assert builtin._short(text, width) == (
        whole if len(whole) <= width else whole[: width - 1] + "…"
    )


def test_the_table_reads_a_long_span_no_further_than_it_shows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A span as long as the text (each of 10,000 annotations over 100,000 characters)
    was made one line whole, for the 48 characters shown: seconds for one listing."""
    read: list[int] = []

    def counted(text: str) -> str:
        read.append(len(text))
        return printable(text)

    monkeypatch.setattr(builtin, "printable", counted)
    assert builtin._short("word " * 20_000, 48) == ("word " * 10)[:47] + "…"
    assert max(read) < 200


def test_enrich_refuses_an_unwritable_output_before_any_work(
    runner: CliRunner, tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "out.json"
    result = runner.invoke(cli, ["enrich", "-", "-o", str(target), *CORE], input="Hi.")
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
    result = runner.invoke(cli, ["enrich", "-", "-o", str(tmp_path), *CORE], input="Hi.")
    assert result.exit_code == 2 and "is a folder" in result.stderr
    # a folder format given a file: refused before any work as a usage error (it was
    # found as the folder was written, after the work, and exited 3 as an unreadable input)
    file = tmp_path / "taken.txt"
    file.write_text("kept", encoding="utf-8")
    result = runner.invoke(cli, ["enrich", "-", "-f", "brat", "-o", str(file), *CORE], input="Hi.")
    assert result.exit_code == 2 and "is a file; the brat format writes a folder" in result.stderr
    assert file.read_text(encoding="utf-8") == "kept"


@pytest.mark.parametrize("what", ["device", "pipe"])
def test_a_folder_format_given_a_device_or_a_pipe_refuses_it_before_any_work(
    runner: CliRunner, tmp_path: Path, what: str
) -> None:
    """Only a regular file was refused as the output of a folder format: a device or a
    named pipe passed, the documents were enriched, and the write failed after the work
    as an unreadable input (exit 3)."""
    if what == "device":
        target = Path(os.devnull)
    else:
        target = tmp_path / "fifo"
        os.mkfifo(target)
    result = runner.invoke(
        cli, ["enrich", "-", "-f", "brat", "-o", str(target), "-p", "numbers"], input="Hi 5."
    )
    assert result.exit_code == 2, result.output
    assert f"{target} is no folder; the brat format writes a folder" in result.stderr
    assert "numbers: done" not in result.stderr and "setting up" not in result.stderr


def test_batch_refuses_an_unwritable_output_or_errors_file(
    runner: CliRunner, tmp_path: Path
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Hi."}) + "\n")
    bad = str(tmp_path / "no" / "out.jsonl")
    for args in (["-o", bad], ["-o", str(tmp_path / "o.jsonl"), "--errors-file", bad]):
        result = runner.invoke(cli, ["batch", str(src), *args, *CORE])
        assert result.exit_code == 2, result.output
        assert "does not exist" in result.stderr
    assert not (tmp_path / "o.jsonl").exists()


def test_an_output_ending_with_a_slash_is_a_folder(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``-o out/`` names a folder: a format that writes a file refuses it (it wrote a file
    named ``out``, the slash lost as the path was made absolute); brat writes into it."""
    monkeypatch.chdir(tmp_path)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Hi."}) + "\n")
    for args in (
        ["enrich", "-", "-o", "out/"],
        ["enrich", "-", "-f", "sqlite", "-o", "out.db/"],
        ["batch", str(src), "-o", "out/"],
        ["batch", str(src), "-o", "out.jsonl", "--errors-file", "bad/"],
    ):
        result = runner.invoke(cli, [*args, *CORE], input="Hi.")
        assert result.exit_code == 2, (args, result.output)
        assert "ends with a slash, which names a folder" in result.stderr, args
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]
    result = runner.invoke(cli, ["enrich", "-", "-f", "brat", "-o", "ann/", *CORE], input="Hi.")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "ann").is_dir() and (tmp_path / "ann" / "annotation.conf").is_file()


def test_an_empty_output_path_is_refused_before_any_work(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``-o ''`` (a variable left unset: ``-o "$OUT"``) names no file: a batch took it for
    the folder it ran in and failed at its first document, after every setup, saying
    that the same command would go on from there; an empty ``--errors-file`` was taken
    for none given."""
    monkeypatch.chdir(tmp_path)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Hi."}) + "\n")
    for args in (
        ["batch", str(src), "-o", ""],
        ["batch", str(src), "-o", "out.jsonl", "--errors-file", ""],
        ["enrich", "-", "-o", ""],
    ):
        result = runner.invoke(cli, [*args, *CORE], input="Hi.")
        assert result.exit_code == 2, (args, result.output)
        assert "an empty path names no file" in result.stderr, args
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


@pytest.mark.parametrize("value", ["-1", "0", "nan", "inf", "1e300"])
def test_timeout_must_be_a_positive_number_on_the_command_line(
    runner: CliRunner, value: str
) -> None:
    result = runner.invoke(cli, ["enrich", "-", "--timeout", value, *CORE], input="Hi.")
    assert result.exit_code == 2
    assert "timeout must be a positive number" in result.stderr


def test_a_slow_setup_is_announced_and_timed(capsys: pytest.CaptureFixture[str]) -> None:
    calls: list[str] = []

    def build() -> None:
        calls.append("built")
        time.sleep(0.8)

    e = enricher_with(limner.Annotator("index", ("x",), marker("x"), setup=build))
    _setup(e)
    e.enrich("text")
    assert calls == ["built"]  # once, not again for the document
    err = capsys.readouterr().err
    assert "setting up index" in err and "limner setup" in err
    assert "index: done in " in err


def test_a_slow_setup_that_says_what_it_does_is_not_announced_again(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # the place index's first build printed its own line, then the announcement a second
    # (on a terminal, into the middle of its progress bar)
    def build() -> None:
        print("limner: building the index (first use only)", file=sys.stderr, flush=True)
        time.sleep(0.8)

    def quiet() -> None:
        time.sleep(0.8)

    def printed() -> None:  # (print() goes to standard error within the commands' block)
        print("plugin: loading my model (first use only)", flush=True)
        time.sleep(0.8)

    e = enricher_with(
        limner.Annotator("index", ("x",), marker("x"), setup=build),
        limner.Annotator("other", ("y",), marker("y"), setup=quiet),
        limner.Annotator("model", ("z",), marker("z"), setup=printed),
    )
    _setup(e)
    out, err = capsys.readouterr()
    assert err.count("building the index") == 1 and "setting up index" not in err
    assert "index: done in " in err
    assert "setting up other" in err  # the next setup, silent, is announced as before
    assert "loading my model" in out and "setting up model" not in err
    assert not hasattr(sys.stderr, "said") and not hasattr(sys.stdout, "said")  # put back


def test_a_slow_setup_that_logs_what_it_does_is_not_announced_again(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A plugin that set up logging when imported (``logging.basicConfig()``: a handler
    holding standard error as it was then) and logs in its setup: its line went past
    the streams' wrappers, and the announcement followed it."""
    import logging

    logger = logging.getLogger("limner-test-setup-logs")
    handler = logging.StreamHandler(sys.stderr)  # (as at the plugin's import)
    made: list[logging.Handler] = []
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)

    def logged() -> None:
        logger.info("plugin: loading my model (first use only)")
        time.sleep(0.8)

    def configured() -> None:  # (a handler made in the setup, on sys.stderr as it is then)
        made.append(logging.StreamHandler(sys.stderr))
        logger.addHandler(made[0])
        logger.info("plugin: loading my index")
        time.sleep(0.8)

    try:
        _setup(enricher_with(
            limner.Annotator("model", ("x",), marker("x"), setup=logged),
            limner.Annotator("nindex", ("y",), marker("y"), setup=configured),
        ))
    finally:
        for h in (handler, *made):
            logger.removeHandler(h)
    err = capsys.readouterr().err
    assert "loading my model" in err and "setting up model" not in err
    assert "loading my index" in err and "setting up nindex" not in err
    assert handler.stream is sys.stderr and made[0].stream is sys.stderr  # put back


def test_a_logging_handler_on_a_closed_standard_stream_does_not_end_the_setups(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A handler holding standard output, closed (by plugin code, or the caller's): its
    stream pointed at the setup's wrapper and back is not flushed, which raised."""
    import logging

    closed = (tmp_path / "out.txt").open("w", encoding="utf-8")
    closed.close()
    monkeypatch.setattr(sys, "stdout", closed)
    handler = logging.StreamHandler(closed)
    logger = logging.getLogger("limner-test-closed-stream")
    logger.addHandler(handler)
    try:
        _setup(enricher_with(limner.Annotator("quick", ("x",), marker("x"), setup=lambda: None)))
    finally:
        logger.removeHandler(handler)
    assert handler.stream is closed


def test_a_quick_setup_says_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    e = enricher_with(limner.Annotator("quick", ("x",), marker("x"), setup=lambda: None))
    _setup(e)
    assert capsys.readouterr().err == ""


def test_setup_command_reports_what_it_readied(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["setup", *CORE])
    assert result.exit_code == 0, result.output
    assert "nothing to set up" in result.stderr


@pytest.mark.parametrize(
    ("args", "which"),
    [
        (["-o", "in.jsonl"], "the source and the output"),
        (["-o", "./sub/../in.jsonl"], "the source and the output"),
        (["-o", "link.jsonl"], "the source and the output"),
        (["-o", "out.jsonl", "--errors-file", "in.jsonl"], "the source and the errors file"),
        (["-o", "out.jsonl", "--errors-file", "out.jsonl"], "the output and the errors file"),
        (["-o", "new.jsonl", "--errors-file", "new.jsonl"], "the output and the errors file"),
        (["-o", "in"], "the source and the errors file"),  # in.errors.jsonl by default
    ],
)
def test_batch_refuses_a_source_output_or_errors_file_named_twice(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], which: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    src = tmp_path / "in.jsonl"
    content = json.dumps({"id": "a", "text": "Hi."}) + "\n" + '{"id": "b", "text": "cut'
    src.write_text(content)
    (tmp_path / "out.jsonl").write_text("")
    (tmp_path / "link.jsonl").hardlink_to(src)
    source = "in.errors.jsonl" if args == ["-o", "in"] else "in.jsonl"
    if source != "in.jsonl":
        (tmp_path / source).write_text(content)
    result = runner.invoke(cli, ["batch", source, *args, *CORE])
    assert result.exit_code == 2, result.output
    assert f"{which} are the same file" in result.stderr
    assert (tmp_path / source).read_text() == content  # untouched
    assert not (tmp_path / "new.jsonl").exists()


def test_batch_refuses_an_unwritable_default_errors_file_before_any_work(
    runner: CliRunner, tmp_path: Path
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Hi."}) + "\n")
    (tmp_path / "q.jsonl.errors.jsonl").mkdir()
    result = runner.invoke(cli, ["batch", str(src), "-o", str(tmp_path / "q.jsonl"), *CORE])
    assert result.exit_code == 2, result.output
    assert "errors file" in result.stderr and "is a folder" in result.stderr
    assert not (tmp_path / "q.jsonl").exists()


def test_output_dash_is_standard_output_where_the_format_streams(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["enrich", "-", "-o", "-", *CORE], input="Hi.")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["text"] == "Hi."
    for fmt in ("sqlite", "brat"):
        result = runner.invoke(cli, ["enrich", "-", "-o", "-", "-f", fmt, *CORE], input="Hi.")
        assert result.exit_code == 2, result.output
        assert "cannot write to standard output" in result.stderr
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Hi."}) + "\n")
    for args in (["-o", "-"], ["-o", "out.jsonl", "--errors-file", "-"]):
        result = runner.invoke(cli, ["batch", str(src), *args, *CORE])
        assert result.exit_code == 2, result.output
        assert "not standard output" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]  # no file named -


def test_batch_a_missing_source_is_an_input_error_as_in_enrich(
    runner: CliRunner, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    missing = tmp_path / "nope.jsonl"
    enriched = runner.invoke(cli, ["enrich", str(missing), *CORE])
    batched = runner.invoke(cli, ["batch", str(missing), "-o", str(out), *CORE])
    assert enriched.exit_code == batched.exit_code == 3, batched.output
    assert (
        batched.stderr
        == enriched.stderr
        == (f"limner: error: {missing}: cannot read: No such file or directory\n")
    )
    folder = runner.invoke(cli, ["batch", str(tmp_path), "-o", str(out), *CORE])
    assert folder.exit_code == 3 and "cannot read: Is a directory" in folder.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no output, no errors file


def test_batch_refuses_an_output_that_is_not_a_limner_database_before_any_work(
    runner: CliRunner, tmp_path: Path
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Hi."}) + "\n")
    db = tmp_path / "notadb.db"
    db.write_text("hello\n")
    result = runner.invoke(cli, ["batch", str(src), "-o", str(db), *CORE])
    assert result.exit_code == 2, result.output
    assert "--output" in result.stderr and "not an SQLite database" in result.stderr
    assert db.read_text() == "hello\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "notadb.db"]


def test_enrich_refuses_a_file_named_twice_into_a_database_leaving_it_as_it_was(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("Over 3 people.")
    into_db = ["-f", "sqlite", "-o", "x.db", *CORE]
    assert runner.invoke(cli, ["enrich", "a.txt", *into_db]).exit_code == 0
    before = Path("x.db").read_bytes()
    result = runner.invoke(cli, ["enrich", "a.txt", "a.txt", *into_db])
    assert result.exit_code == 2, result.output
    assert "'a.txt' is given twice" in result.stderr and "one document per id" in result.stderr
    assert Path("x.db").read_bytes() == before
    assert [d.id for d in limner.load("x.db")] == ["a.txt"]
    webanno = runner.invoke(cli, ["enrich", "a.txt", "a.txt", "-f", "webanno", *CORE])
    assert webanno.exit_code == 2 and "the webanno format holds one document per id" in (
        webanno.stderr
    )
    twice = runner.invoke(cli, ["enrich", "a.txt", "a.txt", "-f", "jsonl", *CORE])
    assert twice.exit_code == 0 and twice.stdout.count('"id": "a.txt"') == 2  # JSONL holds both


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs the device /dev/full")
def test_enrich_names_an_output_that_fails_as_it_is_written(tmp_path: Path) -> None:
    """A full disk is a one-line error and exit 2, not a traceback."""
    src = tmp_path / "in.txt"
    src.write_text("Prices rose 5%.\n", encoding="utf-8")
    command = [sys.executable, "-m", "limner", "enrich", str(src), *CORE]
    for extra, stdout, where in (
        (["-o", "/dev/full"], subprocess.DEVNULL, "/dev/full"),
        ([], open("/dev/full", "wb"), "standard output"),  # noqa: SIM115
    ):
        with stdout if stdout != subprocess.DEVNULL else contextlib.nullcontext():
            proc = subprocess.run(
                [*command, *extra], stdout=stdout, stderr=subprocess.PIPE, text=True, check=False
            )
        assert proc.returncode == 2, proc.stderr
        assert "Traceback" not in proc.stderr
        assert (
            proc.stderr.strip() == f"limner: error: cannot write {where}: No space left on device"
        )


@pytest.mark.parametrize(
    ("args", "closed", "code", "said"),
    [
        (["enrich", "-", *CORE], 0, 3, "limner: error: -: cannot read: standard input is closed"),
        (["enrich", *CORE], 0, 3, "limner: error: -: cannot read: standard input is closed"),
        (["batch", "-", "-o", "out.jsonl", *CORE], 0, 3,
         "limner: error: -: cannot read: standard input is closed"),
        (["enrich", "in.txt", *CORE], 1, 2, "Error: standard output is closed: give -o FILE"),
        (["enrich", "in.txt", "-o", "-", *CORE], 1, 2, "Error: standard output is closed"),
        (["formats"], 1, 0, ""),
    ],
)
def test_a_standard_stream_closed_at_start_is_said_not_a_traceback(
    tmp_path: Path, args: list[str], closed: int, code: int, said: str
) -> None:
    """Started with standard input or output closed (`<&-`, `>&-`, a daemon's), Python
    holds None for it: every command read or wrote None, an AttributeError's traceback
    (and `formats`, which writes nothing to None, one at exit)."""
    (tmp_path / "in.txt").write_text("Prices rose 5%.\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "limner", *args], cwd=tmp_path, stderr=subprocess.PIPE,
        text=True, check=False, preexec_fn=lambda: os.close(closed),
    )
    assert proc.returncode == code and "Traceback" not in proc.stderr, proc.stderr
    assert said in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt"]  # nothing made


def test_reading_the_text_from_a_terminal_says_how_to_end_it(tmp_path: Path) -> None:
    """`limner enrich` with no FILE at a prompt waited for the text without a word; a pipe
    or a file on standard input is read as before, in silence."""
    pty = pytest.importorskip("pty")

    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "limner", "enrich", "-p", "numbers", "-f", "jsonl"],
            cwd=tmp_path, stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True,
        )
        os.write(master, b"Prices rose 5%.\n\x04")
        out, err = proc.communicate(timeout=120)
    finally:
        os.close(slave)
        os.close(master)
    assert proc.returncode == 0, err
    assert "reading the text from the terminal: end it with Ctrl-D" in err
    assert limner.Document.from_json(out).select("number")
    piped = subprocess.run(
        [sys.executable, "-m", "limner", "enrich", "-p", "numbers", "-f", "jsonl"],
        cwd=tmp_path, input="Prices rose 5%.\n", capture_output=True, text=True, check=False,
    )
    assert piped.returncode == 0 and "terminal" not in piped.stderr


def _memory_held_to(size: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (size, size))


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs the device /dev/zero")
@pytest.mark.parametrize(
    ("args", "said"),
    [(["enrich", "/dev/zero"],
      "limner: error: /dev/zero: cannot read: too large to hold in memory"),
     (["batch", "/dev/zero", "-o", "out.jsonl"],
      "limner: error: /dev/zero: a line too long to hold in memory")],
)
def test_an_input_past_the_memory_is_an_input_error(
    tmp_path: Path, args: list[str], said: str
) -> None:
    """A line with no end (a device, a file of one line larger than the memory) was a
    MemoryError's traceback; the batch left an empty errors file beside it."""
    proc = subprocess.run(
        [sys.executable, "-m", "limner", *args, *CORE], cwd=tmp_path, stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL, text=True, check=False,
        preexec_fn=lambda: _memory_held_to(1 << 30),
    )
    assert proc.returncode == 3 and "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert said in proc.stderr
    assert not (tmp_path / "out.jsonl.errors.jsonl").exists()


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs the device /dev/zero")
def test_batch_refuses_an_output_or_errors_file_that_is_a_device(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A device would be read for ever by the resume scan (/dev/zero never ends)."""
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "5 cats"}\n', encoding="utf-8")
    for extra in (
        ["-o", "/dev/zero"],
        ["-o", str(tmp_path / "o.jsonl"), "--errors-file", "/dev/zero"],
    ):
        result = runner.invoke(cli, ["batch", str(src), *extra, *CORE])
        assert result.exit_code == 2, result.output
        assert "/dev/zero is not a regular file" in result.stderr
    assert not (tmp_path / "o.jsonl").exists()


def test_batch_refuses_a_note_of_its_making_that_is_a_pipe(
    runner: CliRunner, tmp_path: Path
) -> None:
    """OUTPUT.run.json is written whole and takes its place: a pipe there was replaced by
    a regular file (a device, as root, the same)."""
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "5 cats"}\n', encoding="utf-8")
    note = tmp_path / "o.jsonl.run.json"
    os.mkfifo(note)
    result = runner.invoke(cli, ["batch", str(src), "-o", str(tmp_path / "o.jsonl"), *CORE])
    assert result.exit_code == 2, result.output
    assert f"note of its making {note} is not a regular file" in result.stderr
    assert note.is_fifo() and not (tmp_path / "o.jsonl").exists()


def test_batch_reads_standard_input_from_dash(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    lines = '{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n'
    for done in (0, 2):
        result = runner.invoke(cli, ["batch", "-", "-o", str(out), *CORE], input=lines)
        assert result.exit_code == 0, result.output
        assert f"{2 - done} written, {done} already done" in result.stderr
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["a", "b"]


@pytest.mark.parametrize("processes", ["0", "-2"])
def test_batch_refuses_fewer_than_one_process(
    runner: CliRunner, tmp_path: Path, processes: str
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "One."}\n', encoding="utf-8")
    out = tmp_path / "o.jsonl"
    result = runner.invoke(cli, ["batch", str(src), "-o", str(out), "-j", processes, *CORE])
    assert result.exit_code == 2 and "--processes" in result.stderr
    assert not out.exists()


def test_batch_sets_aside_an_id_that_is_not_a_string_or_a_number(
    runner: CliRunner, tmp_path: Path
) -> None:
    """An id read as Python spells it ("True", "{'a': 1}") would name no record."""
    src = tmp_path / "in.jsonl"
    ids = ['"s"', "7", "1.5", "true", "[1]", '{"a": 1}', "null"]
    src.write_text("".join(f'{{"id": {i}, "text": "One."}}\n' for i in ids), encoding="utf-8")
    out = tmp_path / "o.jsonl"
    result = runner.invoke(cli, ["batch", str(src), "-o", str(out), *CORE])
    assert result.exit_code == 0, result.output
    written = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert written == ["s", "7", "1.5", "line-7"]
    errors = [json.loads(line) for line in (tmp_path / "o.jsonl.errors.jsonl").open()]
    assert [(e["line"], e["reason"]) for e in errors] == [
        (4, "'id' is true, not a string or a number"),
        (5, "'id' is [1], not a string or a number"),
        (6, "'id' is {\"a\": 1}, not a string or a number"),
    ]


def test_enrich_refuses_an_output_that_is_one_of_its_inputs(
    runner: CliRunner, tmp_path: Path
) -> None:
    """-f csv writes no text: the input would be gone."""
    src = tmp_path / "in.txt"
    src.write_text("Prices rose 5%.\n", encoding="utf-8")
    (tmp_path / "other.txt").write_text("Two.\n", encoding="utf-8")
    for output in (str(src), str(tmp_path / "." / "in.txt")):
        result = runner.invoke(
            cli,
            [
                "enrich",
                str(tmp_path / "other.txt"),
                str(src),
                "-o",
                output,
                *CORE,
                "-f",
                "csv",
                "--kind",
                "sentence",
                "-k",
                "sentence",
            ],
        )
        assert result.exit_code == 2, result.output
        assert "is the input" in result.stderr
    assert src.read_text(encoding="utf-8") == "Prices rose 5%.\n"


@pytest.mark.parametrize("command", ["enrich", "batch"])
def test_a_plugin_named_on_the_command_line_that_is_not_installed_is_a_usage_error(
    runner: CliRunner, tmp_path: Path, command: str
) -> None:
    """`-p number` (for numbers) ran no plugin of it, printed a warning and "0
    annotations", and exited 0: a typo read as a run that found nothing."""
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "5 cats"}\n', encoding="utf-8")
    args = (
        ["enrich", str(source), "-f", "table"]
        if command == "enrich"
        else ["batch", str(source), "-o", str(tmp_path / "out.jsonl")]
    )
    result = runner.invoke(cli, [*args, "-p", "segment,number"])
    assert result.exit_code == 2, result.output
    assert "no installed plugin is named 'number' (did you mean 'numbers'?)" in result.output
    assert not (tmp_path / "out.jsonl").exists()


def test_a_plugin_asked_for_by_the_environment_and_not_installed_still_warns(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """LIMNER_PLUGINS, set once for every run, may list a plugin not installed here: it
    is said, and the run goes on with the others (the command line's -p is refused)."""
    monkeypatch.setenv("LIMNER_PLUGINS", "segment,nosuch")
    source = tmp_path / "in.txt"
    source.write_text("Five cats.", encoding="utf-8")
    result = runner.invoke(cli, ["enrich", str(source), "-f", "table"])
    assert result.exit_code == 0, result.output
    assert "nosuch asked for but not installed" in result.output


@pytest.mark.parametrize("name", ["out.csv", "out.json", "out.html"])
def test_a_batch_output_named_as_another_format_is_refused_without_f(
    runner: CliRunner, tmp_path: Path, name: str
) -> None:
    """`limner batch corpus.jsonl -o out.csv` wrote JSON lines into out.csv without a
    word; with `-f jsonl` the name is the user's choice, and a name of no format's is
    JSON lines as before."""
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "5 cats"}\n', encoding="utf-8")
    result = runner.invoke(cli, ["batch", str(source), "-o", str(tmp_path / name), *CORE])
    assert result.exit_code == 2, result.output
    assert "which a batch cannot write" in result.output and "-f jsonl" in result.output
    assert not (tmp_path / name).exists()
    for args in (["-o", str(tmp_path / name), "-f", "jsonl"], ["-o", str(tmp_path / "o.out")]):
        result = runner.invoke(cli, ["batch", str(source), *args, *CORE])
        assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / name).read_text(encoding="utf-8"))["id"] == "a"
