"""`limner enrich` reading limner documents back (--input), as `limner batch` does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from limner.cli import cli

CORE = ["--plugins", ""]  # built-ins only: fast and independent of the first-party plugins
NUMBERS = ["--plugins", "numbers"]  # a second step: a plugin whose kind the first did not make


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _first_step(runner: CliRunner, tmp_path: Path, fmt: str, *texts: str) -> Path:
    """The documents of ``texts`` made with sentences only, written with ``-f fmt``."""
    names = []
    for n, text in enumerate(texts):
        (tmp_path / f"t{n}.txt").write_text(text, encoding="utf-8")
        names.append(str(tmp_path / f"t{n}.txt"))
    out = tmp_path / f"step1.{fmt}"
    made = runner.invoke(
        cli, ["enrich", *names, "-f", fmt, "-o", str(out), "-k", "sentence", *CORE]
    )
    assert made.exit_code == 0, made.output
    return out


def _kinds(doc: dict) -> set[str]:
    return {a["kind"] for a in doc["annotations"]}


def test_a_json_document_is_enriched_further(runner: CliRunner, tmp_path: Path) -> None:
    """It was read as plain text: a new document whose text was the old one's JSON."""
    step1 = _first_step(runner, tmp_path, "json", "One here. 7 there.")
    result = runner.invoke(cli, ["enrich", str(step1), *NUMBERS])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["text"] == "One here. 7 there."
    assert doc["id"] == str(tmp_path / "t0.txt")  # its own id, not the file's path
    assert _kinds(doc) == {"sentence", "number"}  # the first step's kept, the plugins' added


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_several_documents_are_each_enriched(
    runner: CliRunner, tmp_path: Path, fmt: str
) -> None:
    """`-f json` writes several files' documents as a list, `-f jsonl` as lines."""
    step1 = _first_step(runner, tmp_path, fmt, "One. 2 cats.", "Three dogs.")
    result = runner.invoke(cli, ["enrich", "-", "-f", "jsonl", *NUMBERS],
                           input=step1.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["text"] for d in docs] == ["One. 2 cats.", "Three dogs."]
    assert all(_kinds(d) == {"sentence", "number"} for d in docs)


def test_input_text_reads_a_document_as_text(runner: CliRunner, tmp_path: Path) -> None:
    step1 = _first_step(runner, tmp_path, "jsonl", "One.")
    result = runner.invoke(cli, ["enrich", str(step1), "--input", "text", *CORE])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["text"] == step1.read_text(encoding="utf-8") and doc["id"] == str(step1)


def test_json_without_the_schema_marker_is_text(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["enrich", "-", *CORE], input='{"text": "One."}')
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["text"] == '{"text": "One."}'


@pytest.mark.parametrize("given", ["One.", '{"text": "One."}', "[1, 2]"])
def test_input_document_refuses_what_is_none(runner: CliRunner, given: str) -> None:
    result = runner.invoke(cli, ["enrich", "-", "--input", "document", *CORE], input=given)
    assert result.exit_code == 3
    assert "<stdin>: not a limner document (--input document)" in result.output
    assert result.stdout == ""


def test_a_broken_document_is_refused_naming_the_field(
    runner: CliRunner, tmp_path: Path
) -> None:
    """The rule and message of `limner batch`, with the input and its line before any work."""
    step1 = _first_step(runner, tmp_path, "jsonl", "One. 2 cats.", "Three dogs.")
    lines = step1.read_text(encoding="utf-8").splitlines()
    bad = json.loads(lines[1])
    bad["annotations"][0]["end"] = 99
    step1.write_text(f"{lines[0]}\n{json.dumps(bad)}\n", encoding="utf-8")
    result = runner.invoke(cli, ["enrich", str(step1), "-f", "jsonl", *CORE])
    assert result.exit_code == 3
    assert f"{step1}, line 2: not a limner/1 document: annotations[0].end: 99" in result.output
    assert result.stdout == ""


def test_a_document_of_another_schema_is_refused(runner: CliRunner) -> None:
    given = json.dumps({"schema": "limner/9", "id": "a", "text": "One.", "annotations": []})
    result = runner.invoke(cli, ["enrich", "-", *CORE], input=given)
    assert result.exit_code == 3
    assert "<stdin>: not a limner/1 document" in result.output


def test_a_record_among_documents_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    step1 = _first_step(runner, tmp_path, "jsonl", "One.")
    given = step1.read_text(encoding="utf-8") + '{"text": "Two."}\n'
    result = runner.invoke(cli, ["enrich", "-", *CORE], input=given)
    assert result.exit_code == 3
    assert "<stdin>, line 2: not a limner document among documents" in result.output


def test_documents_of_one_id_are_refused_where_the_format_holds_one_per_id(
    runner: CliRunner, tmp_path: Path
) -> None:
    step1 = _first_step(runner, tmp_path, "jsonl", "One.")
    twice = tmp_path / "twice.jsonl"
    twice.write_text(step1.read_text(encoding="utf-8") * 2, encoding="utf-8")
    out = tmp_path / "out.db"
    result = runner.invoke(cli, ["enrich", str(twice), "-f", "sqlite", "-o", str(out), *CORE])
    assert result.exit_code == 2
    assert "two documents have the id" in result.output
    assert not out.exists()


@pytest.mark.parametrize("indent", [2, None])
def test_a_stream_of_documents_is_read_pretty_printed_or_not(
    runner: CliRunner, tmp_path: Path, indent: int | None
) -> None:
    """Documents one after another, each on lines of its own (`jq .` of a JSONL output,
    two `-f json` outputs appended to one file) were read as one text: its JSON."""
    step1 = _first_step(runner, tmp_path, "jsonl", "One. 2 cats.", "Three dogs.")
    docs = [json.loads(line) for line in step1.read_text(encoding="utf-8").splitlines()]
    given = "\n".join(json.dumps(d, indent=indent) for d in docs) + "\n"
    result = runner.invoke(cli, ["enrich", "-", "-f", "jsonl", *NUMBERS], input=given)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["text"] for d in out] == ["One. 2 cats.", "Three dogs."]
    assert all(_kinds(d) == {"sentence", "number"} for d in out)


def test_a_broken_document_in_a_stream_is_refused_naming_its_first_line(
    runner: CliRunner, tmp_path: Path
) -> None:
    step1 = _first_step(runner, tmp_path, "jsonl", "One.", "Two.")
    first, second = (json.loads(line) for line in step1.read_text(encoding="utf-8").splitlines())
    pretty = json.dumps(first, indent=1)
    given = f"{pretty}\n{json.dumps(second, indent=1)[:-3]}\n"
    result = runner.invoke(cli, ["enrich", "-", *CORE], input=given)
    assert result.exit_code == 3
    assert f"<stdin>, line {pretty.count(chr(10)) + 2}: not JSON" in result.output


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_a_document_cut_short_is_refused_not_read_as_its_json_text(
    runner: CliRunner, tmp_path: Path, fmt: str
) -> None:
    """A document file cut short (a copy stopped part way) that starts with the schema
    marker: its first value was not JSON, so it was read as text, and enriched as a
    document whose text was its JSON, exit 0; a second document cut so was refused."""
    step1 = _first_step(runner, tmp_path, fmt, "One.", "Two.") if fmt == "jsonl" else (
        _first_step(runner, tmp_path, fmt, "One."))
    whole = step1.read_text(encoding="utf-8")
    cut = tmp_path / f"cut.{fmt}"
    for given in (whole[: len(whole) // 3], "\n " + whole[: len(whole) // 3]):
        cut.write_text(given, encoding="utf-8")
        result = runner.invoke(cli, ["enrich", str(cut), "-f", "jsonl", *CORE])
        assert result.exit_code == 3, result.output
        assert f"{cut}, line {given.count(chr(10), 0, given.index('{')) + 1}: not JSON" in (
            result.output)
        assert result.stdout == ""
    # a number past the digits Python reads: a document, not a text that holds its JSON
    doc = json.loads(whole.splitlines()[0]) if fmt == "jsonl" else json.loads(whole)
    cut.write_text(json.dumps(doc)[:-1] + ', "n": ' + "9" * 5000 + "}", encoding="utf-8")
    result = runner.invoke(cli, ["enrich", str(cut), "-f", "jsonl", *CORE])
    assert result.exit_code == 3, result.output
    assert "Exceeds the limit" in result.output
    # text that only looks like JSON, and JSON without the marker, are text as before
    for text in ('{"schema": "limner/1" is what it said', '{"id": "a", "text": "x"'):
        cut.write_text(text, encoding="utf-8")
        result = runner.invoke(cli, ["enrich", str(cut), "-f", "jsonl", *CORE])
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["text"] == text


def test_a_record_between_json_lines_with_a_line_separator_inside_is_one_line(
    runner: CliRunner, tmp_path: Path
) -> None:
    """U+2028 may stand raw inside a JSON string: it ends no record."""
    step1 = _first_step(runner, tmp_path, "jsonl", "One.", "Two.")
    first, second = (json.loads(line) for line in step1.read_text(encoding="utf-8").splitlines())
    first["meta"] = {"note": "a\u2028b"}
    given = f"{json.dumps(first, ensure_ascii=False)}\n{json.dumps(second)}\n"
    result = runner.invoke(cli, ["enrich", "-", "-f", "jsonl", *CORE], input=given)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.split("\n") if line]
    assert [d["text"] for d in out] == ["One.", "Two."]
    assert out[0]["meta"] == {"note": "a\u2028b"}


# The formats that read (sqlite, brat, webanno): what `limner enrich` reads back from the
# tools the documents went to.  Each was read as text before: an SQLite database stopped
# at its first byte that is not UTF-8, a brat folder could not be read ("Is a directory"),
# and a JSON-LD file became one document whose text was its JSON.


@pytest.mark.parametrize("fmt", ["sqlite", "brat", "webanno"])
def test_a_format_that_reads_is_told_by_its_content_and_enriched_further(
    runner: CliRunner, tmp_path: Path, fmt: str
) -> None:
    step1 = _first_step(runner, tmp_path, fmt, "One. 2 cats.", "Three dogs.")
    named = tmp_path / "given"  # no extension to tell it by: the content tells
    step1.rename(named)
    result = runner.invoke(cli, ["enrich", str(named), "-f", "jsonl", *NUMBERS])
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(d["text"] for d in docs) == ["One. 2 cats.", "Three dogs."]
    assert {d["id"] for d in docs} == {str(tmp_path / "t0.txt"), str(tmp_path / "t1.txt")}
    assert all(_kinds(d) == {"sentence", "number"} for d in docs)


@pytest.mark.parametrize("fmt", ["sqlite", "brat", "webanno"])
def test_input_names_a_format(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    step1 = _first_step(runner, tmp_path, fmt, "One. 2 cats.")
    result = runner.invoke(cli, ["enrich", str(step1), "--input", fmt, *NUMBERS])
    assert result.exit_code == 0, result.output
    assert _kinds(json.loads(result.stdout)) == {"sentence", "number"}


def test_input_text_reads_a_database_as_text(runner: CliRunner, tmp_path: Path) -> None:
    """What auto reads as a format, --input text reads as text (here: not UTF-8)."""
    step1 = _first_step(runner, tmp_path, "sqlite", "One.")
    result = runner.invoke(cli, ["enrich", str(step1), "--input", "text", *CORE])
    assert result.exit_code == 3
    assert "invalid UTF-8" in result.output


def test_standard_input_is_read_by_a_format_that_reads_a_stream(
    runner: CliRunner, tmp_path: Path
) -> None:
    step1 = _first_step(runner, tmp_path, "webanno", "One. 2 cats.")
    given = step1.read_text(encoding="utf-8")
    result = runner.invoke(cli, ["enrich", "-", "--input", "webanno", *NUMBERS], input=given)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["text"] == "One. 2 cats." and _kinds(doc) == {"sentence", "number"}
    as_text = runner.invoke(cli, ["enrich", "-", *CORE], input=given)  # auto: no path to tell by
    assert json.loads(as_text.stdout)["text"] == given


@pytest.mark.parametrize(
    ("fmt", "says"),
    [("sqlite", "reads a file, not standard input"), ("brat", "reads a folder, not standard")],
)
def test_standard_input_is_refused_by_a_format_that_reads_a_path(
    runner: CliRunner, fmt: str, says: str
) -> None:
    result = runner.invoke(cli, ["enrich", "-", "--input", fmt, *CORE], input="One.")
    assert result.exit_code == 3
    assert says in result.output and result.stdout == ""


@pytest.mark.parametrize(("given", "says"), [("csv", "writes only"), ("xml", "no mode")])
def test_input_refuses_what_reads_nothing(
    runner: CliRunner, tmp_path: Path, given: str, says: str
) -> None:
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    result = runner.invoke(cli, ["enrich", str(tmp_path / "a.txt"), "--input", given, *CORE])
    assert result.exit_code == 2
    assert says in result.output and "brat, json, jsonl, sqlite, webanno" in result.output


@pytest.mark.parametrize("fmt", ["sqlite", "brat", "webanno"])
def test_text_named_as_a_format_is_refused_naming_the_input(
    runner: CliRunner, tmp_path: Path, fmt: str
) -> None:
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    result = runner.invoke(cli, ["enrich", str(tmp_path / "a.txt"), "--input", fmt, *CORE])
    assert result.exit_code == 3
    assert f"limner: error: {tmp_path / 'a.txt'}: not " in result.output
    assert result.stdout == ""


def test_a_folder_that_no_format_reads_is_refused_saying_so(
    runner: CliRunner, tmp_path: Path
) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.txt").write_text("One.", encoding="utf-8")
    result = runner.invoke(cli, ["enrich", str(tmp_path / "notes"), *CORE])
    assert result.exit_code == 3
    assert "it is a folder" in result.output and "brat" in result.output


def test_a_text_that_starts_like_a_format_is_still_text(runner: CliRunner, tmp_path: Path) -> None:
    """Detection reads the start of a file: JSON-LD of another vocabulary, a text about
    SQLite, and a limner document whose text is Web Annotation JSON stay what they are."""
    given = {
        "other.jsonld": '{"@context": "https://schema.org", "name": "One."}',
        "about.txt": "SQLite format 3 is a file format.",
    }
    for name, text in given.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    inner = '{"@context": ["http://www.w3.org/ns/anno.jsonld"], "type": "Annotation"}'
    doc = {"schema": "limner/1", "id": "d", "text": inner, "annotations": []}
    (tmp_path / "doc.json").write_text(json.dumps(doc), encoding="utf-8")
    names = [str(tmp_path / n) for n in (*given, "doc.json")]
    result = runner.invoke(cli, ["enrich", *names, "-f", "jsonl", *CORE])
    assert result.exit_code == 0, result.output
    texts = [json.loads(line)["text"] for line in result.stdout.splitlines()]
    assert texts == [*given.values(), inner]


def _through_pipe(runner: CliRunner, tmp_path: Path, text: str, *args: str) -> Result:
    """`limner enrich PIPE ARGS` of a named pipe that ``text`` is written into; a second
    open of the pipe (which would wait for ever for a writer that is gone) fails it."""
    import os
    import signal
    import threading

    pipe = tmp_path / "fifo"
    os.mkfifo(pipe)

    def write() -> None:
        with pipe.open("w", encoding="utf-8") as out:
            out.write(text)

    def stuck(signum: int, frame: object) -> None:
        raise _Stuck("the pipe was opened twice")

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    before = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(30)
    try:
        return runner.invoke(cli, ["enrich", str(pipe), *args])
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, before)
        writer.join(timeout=10)


def test_a_pipe_is_read_whole(runner: CliRunner, tmp_path: Path) -> None:
    """`limner enrich <(cmd)`: telling a format by its first bytes read them from the
    pipe, and the document's text was what was left (nothing, for a short text)."""
    result = _through_pipe(runner, tmp_path, "One. 2 cats.", *NUMBERS)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["text"] == "One. 2 cats." and _kinds(doc) == {"number"}


def test_a_pipe_is_read_whole_by_the_format_named(runner: CliRunner, tmp_path: Path) -> None:
    """`limner enrich <(cmd) --input webanno`: the byte order mark was looked for by one
    open of the path and the text read by a second, which lost the first four bytes."""
    given = _first_step(runner, tmp_path, "webanno", "One. 2 cats.").read_text(encoding="utf-8")
    result = _through_pipe(runner, tmp_path, given, "--input", "webanno", *NUMBERS)
    assert result.exit_code == 0, result.output
    assert _kinds(json.loads(result.stdout)) == {"sentence", "number"}


class _Stuck(Exception):
    """A read that waits for ever (not an OSError, which a reader may take as a no)."""


def test_a_text_nested_too_deeply_for_json_is_read_as_text_and_a_document_refused(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A text of 100,000 "[" made Python's JSON reader give up with a RecursionError,
    and `limner enrich` ended with its traceback."""
    deep = tmp_path / "deep.txt"
    deep.write_text("[" * 100_000, encoding="utf-8")
    result = runner.invoke(cli, ["enrich", str(deep), "-f", "jsonl", *CORE])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["text"] == "[" * 100_000
    marked = tmp_path / "marked.json"
    marked.write_text('{"schema": "limner/1", "meta": ' + "[" * 100_000, encoding="utf-8")
    result = runner.invoke(cli, ["enrich", str(marked), "-f", "jsonl", *CORE])
    assert result.exit_code == 3, result.output
    assert f"{marked}, line 1: not JSON" in result.output
