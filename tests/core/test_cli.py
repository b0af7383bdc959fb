"""The command line, end to end through click's runner and a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import limner
from limner.cli import cli

CORE = ["--plugins", ""]  # built-ins only: fast and independent of the first-party plugins


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_enrich_files_to_json(runner: CliRunner, tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("One. Two.", encoding="utf-8")
    b.write_text("Three.", encoding="utf-8")
    result = runner.invoke(cli, ["enrich", str(a), str(b), *CORE])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [d["id"] for d in data] == [str(a), str(b)]
    assert all(d["schema"] == "limner/1" for d in data)


def test_enrich_stdin_jsonl_and_output_file(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(
        cli, ["enrich", "-", "-f", "jsonl", "-o", str(out), *CORE], input="Hello there."
    )
    assert result.exit_code == 0, result.output
    doc = limner.Document.from_json(out.read_text(encoding="utf-8").strip())
    assert doc.text == "Hello there." and doc.id == "<stdin>"


def test_standard_input_named_twice_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    """The second '-' read what the first left, nothing: an empty document was written."""
    a = tmp_path / "a.txt"
    a.write_text("One.", encoding="utf-8")
    result = runner.invoke(cli, ["enrich", "-", str(a), "-", "-f", "jsonl", *CORE], input="Hi.")
    assert result.exit_code == 2
    assert "'-' is given twice; standard input is read once" in result.output
    assert result.stdout.count("limner/1") == 0


def test_kinds_choose_what_is_made(runner: CliRunner, tmp_path: Path) -> None:
    plain = runner.invoke(cli, ["enrich", "-", *CORE], input="One here. Two there.")
    assert json.loads(plain.stdout)["annotations"] == []  # sentences only when asked for
    asked = runner.invoke(cli, ["enrich", "-", "-k", "sentence", *CORE], input="One here. Two.")
    assert asked.exit_code == 0, asked.output
    found = json.loads(asked.stdout)["annotations"]
    assert [(a["kind"], a["start"], a["end"]) for a in found] == [
        ("sentence", 0, 9),
        ("sentence", 10, 14),
    ]
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "One. Two."}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    done = runner.invoke(cli, ["batch", str(src), "-o", str(out), "-k", "sentence", *CORE])
    assert done.exit_code == 0, done.output
    assert len(limner.Document.from_json(out.read_text()).select("sentence")) == 2
    typo = runner.invoke(cli, ["enrich", "-", "--kinds", "sentense", *CORE], input="x")
    assert typo.exit_code == 2
    assert "no enabled plugin makes 'sentense'; kinds made: sentence, " in typo.stderr


def test_invalid_utf8_names_file_and_byte(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xc3\xa9 ok \xff end")
    result = runner.invoke(cli, ["enrich", str(bad), *CORE])
    assert result.exit_code == 3
    assert str(bad) in result.stderr and "byte 9" in result.stderr and "0xff" in result.stderr
    ok = runner.invoke(cli, ["enrich", str(bad), "--encoding-errors", "replace", *CORE])
    assert ok.exit_code == 0
    assert json.loads(ok.stdout)["text"] == "café ok \ufffd end"


def test_missing_file_is_an_input_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["enrich", str(tmp_path / "nope.txt"), *CORE])
    assert result.exit_code == 3 and "nope.txt" in result.stderr


def test_unknown_format_and_option_are_usage_errors(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["enrich", "-", "-f", "yaml", *CORE], input="x")
    assert result.exit_code == 2 and "unknown format 'yaml'" in result.stderr
    result = runner.invoke(cli, ["enrich", "-", "-c", "nosuch.opt=1", *CORE], input="x")
    assert result.exit_code == 2 and "nosuch.opt" in result.stderr
    result = runner.invoke(cli, ["enrich", "-", "-c", "novalue", *CORE], input="x")
    assert result.exit_code == 2


def test_an_option_given_two_values_is_refused(runner: CliRunner) -> None:
    """As every input named twice: the later ``-c`` won without a word."""
    args = ["enrich", "-", "-p", "numbers", "-f", "jsonl"]
    one, two = "numbers.decimal_comma=true", " numbers.decimal_comma=false"
    result = runner.invoke(cli, [*args, "-c", one, "-c", two], input="3,5 km")
    assert result.exit_code == 2 and result.stdout == ""
    assert "'numbers.decimal_comma' is given twice, as 'true' and 'false'" in result.stderr
    result = runner.invoke(cli, [*args, "-c", one, "-c", one], input="3,5 km")  # the same
    assert result.exit_code == 0, result.output
    assert [a["value"] for a in json.loads(result.stdout)["annotations"]] == [3.5]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["-p", "numbers", "-p", "quotes"], "--plugins is given twice, as 'numbers' and 'quotes'"),
        (["-f", "json", "--format", "jsonl"], "--format is given twice, as 'json' and 'jsonl'"),
        (["-k", "sentence", "--kinds", "token"], "--kinds is given twice"),
        (["--timeout", "1", "--timeout", "2"], "--timeout is given twice"),
    ],
)
def test_any_option_given_two_values_is_refused(
    runner: CliRunner, args: list[str], said: str
) -> None:
    """``-p numbers -p quotes`` ran quotes alone: the first value was lost without a word."""
    result = runner.invoke(cli, ["enrich", "-", *args], input="Over 3 people.")
    assert result.exit_code == 2 and result.stdout == ""
    assert said in result.stderr


def test_an_option_given_twice_with_one_value_or_a_switch_both_ways(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = runner.invoke(cli, ["enrich", "-", "-p", "numbers", "-p", "numbers", "-f", "jsonl"],
                           input="Over 3 people.")
    assert result.exit_code == 0 and '"kind": "number"' in result.stdout
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "One."}\n', encoding="utf-8")
    args = ["batch", str(src), "-o", str(tmp_path / "o.jsonl"), "--progress", "--no-progress"]
    result = runner.invoke(cli, [*args, *CORE])
    assert result.exit_code == 2 and "--progress and --no-progress are both given" in result.stderr
    assert not (tmp_path / "o.jsonl").exists()


def test_strict_exits_1_on_annotator_failure(runner: CliRunner, monkeypatch) -> None:
    from tests.core.fakes import boom, make_plugin

    original = limner.PluginManager.__init__

    def patched(self, *args, **kwargs):
        original(self, *args, **kwargs)
        self.register(make_plugin(limner.Annotator("bad", ("b",), boom)), "fragile")

    monkeypatch.setattr(limner.PluginManager, "__init__", patched)
    lenient = runner.invoke(cli, ["enrich", "-", *CORE], input="text")
    assert lenient.exit_code == 0 and "fragile/bad: RuntimeError: kaboom" in lenient.stderr
    assert json.loads(lenient.stdout)["errors"][0]["annotator"] == "bad"
    strict = runner.invoke(cli, ["enrich", "-", "--strict", *CORE], input="text")
    assert strict.exit_code == 1


def test_an_input_that_cannot_be_read_stops_the_run_before_any_work(
    runner: CliRunner, monkeypatch, tmp_path
) -> None:
    """The inputs were read one at a time as the work went: the last of many files, not
    UTF-8, ended the run (exit 3, nothing written) after every file before it had been
    enriched, that work lost."""
    from tests.core.fakes import make_plugin

    seen: list[str] = []

    def note(doc: limner.Document) -> list:
        seen.append(doc.text)
        return []

    original = limner.PluginManager.__init__

    def patched(self, *args, **kwargs):
        original(self, *args, **kwargs)
        self.register(make_plugin(limner.Annotator("note", ("n",), note)), "noting")

    monkeypatch.setattr(limner.PluginManager, "__init__", patched)
    (tmp_path / "good.txt").write_text("Fine.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"Caf\xe9.")
    args = ["enrich", str(tmp_path / "good.txt"), str(tmp_path / "bad.txt"), "-f", "jsonl"]
    result = runner.invoke(cli, [*args, *CORE])
    assert result.exit_code == 3 and "bad.txt: invalid UTF-8 at byte 3" in result.stderr
    assert seen == [] and result.stdout == ""
    result = runner.invoke(cli, [*args[:2], *args[3:], *CORE])
    assert result.exit_code == 0 and seen == ["Fine."]


def test_table_format(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["enrich", "-", "-f", "table", *CORE], input="Hi.")
    assert result.exit_code == 0 and "3 characters" in result.stdout


def test_plugins_and_formats_listings(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["plugins", "--json", *CORE])
    assert result.exit_code == 0
    listing = {p["name"]: p for p in json.loads(result.stdout)}
    seg = listing["segment"]
    assert seg["origin"] == "builtin" and seg["version"]
    assert {a["name"] for a in seg["annotators"]} == {"sentences", "sentence-spans", "tokens"}
    assert listing["formats"]["formats"] == [
        "brat", "csv", "json", "jsonl", "sqlite", "table", "webanno",
    ]
    text = runner.invoke(cli, ["plugins", *CORE]).stdout
    assert "annotator sentences: produces sentence" in text
    fmts = json.loads(runner.invoke(cli, ["formats", "--json"]).stdout)
    assert {f["name"] for f in fmts} >= {"json", "jsonl", "table"}


def test_plugins_lists_options_whose_defaults_cannot_be_shown_as_they_are(
    runner: CliRunner, monkeypatch
) -> None:
    """A plugin's option whose default's repr fails (an int of more than 4,300 digits)
    or holds a lone surrogate: `limner plugins` and `--json` ended with a traceback,
    listing nothing."""
    from tests.core.fakes import make_plugin

    options = [
        limner.Option("odd.big", 10**5000),
        limner.Option("odd.lone", "a\ud800b"),
        limner.Option("odd.nan", float("nan")),
    ]
    _with_plugin(monkeypatch, make_plugin(limner_config_options=lambda: options), "odd")
    result = runner.invoke(cli, ["plugins", "--json", *CORE])
    assert result.exit_code == 0, result.stderr
    (odd,) = [p for p in json.loads(result.stdout) if p["name"] == "odd"]
    assert {o["name"]: o["default"] for o in odd["options"]} == {
        "odd.big": "<int: its repr failed with ValueError>",
        "odd.lone": "a\ud800b",
        "odd.nan": "nan",
    }
    result = runner.invoke(cli, ["plugins", *CORE])
    assert result.exit_code == 0, result.stderr
    assert "option odd.big = <int: its repr failed with ValueError>  " in result.stdout
    assert "option odd.nan = nan  " in result.stdout  # (not "nan (default nan)")


class _OddWriter:
    """A batch writer of a third-party format, faulty as ``fault`` says."""

    def __init__(self, path: Path, fault: str) -> None:
        self.path, self.fault = path, fault

    def done_ids(self) -> object:
        if self.fault == "done_ids raises":
            raise RuntimeError("no index")
        return None if self.fault == "done_ids gives None" else set()

    def write(self, doc: limner.Document) -> None:
        with self.path.open("a", encoding="utf-8") as out:
            out.write(doc.id + "\n")

    def close(self) -> None:
        if self.fault == "a full disk at close":
            raise OSError(28, "No space left on device")


@pytest.mark.parametrize(
    ("fault", "code", "said"),
    [
        ("done_ids raises", 1, ("the odd format (plugin 'oddfmt') failed reading the ids it "
         "holds: RuntimeError: no index")),
        ("done_ids gives None", 1, ("the odd format (plugin 'oddfmt') failed reading the ids "
         "it holds: done_ids() returned NoneType None, not a set of ids")),
        ("a full disk at close", 2, ("cannot write {out}: No space left on device; the "
         "documents written are kept")),
        ("no writer", 1, ("the odd format (plugin 'oddfmt') failed opening {out}: its "
         "batch_writer returned NoneType, which has no done_ids()")),
        ("opening raises", 1, ("the odd format (plugin 'oddfmt') failed opening {out}: "
         "KeyError: 'odd'")),
    ],
)
def test_a_batch_writer_that_fails_outside_its_writes_is_named_not_a_traceback(
    runner: CliRunner, monkeypatch, tmp_path: Path, fault: str, code: int, said: str
) -> None:
    """A format's batch writer whose ``done_ids`` or ``close`` failed, or a full disk as
    the output was closed, ended `limner batch` with a traceback; a ``batch_writer``
    that returned None had the documents written as JSONL under the format's name."""
    from tests.core.fakes import make_plugin

    out = tmp_path / "out.odd"

    def opened(path: Path) -> object:
        if fault == "opening raises":
            raise KeyError("odd")
        return None if fault == "no writer" else _OddWriter(path, fault)

    odd = limner.Format("odd", lambda docs, stream: None, batch_writer=opened)
    _with_plugin(monkeypatch, make_plugin(limner_formats=lambda: [odd]), "oddfmt")
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "1", "text": "One."}\n', encoding="utf-8")
    result = runner.invoke(cli, ["batch", str(src), "-o", str(out), "-f", "odd", *CORE])
    assert result.exit_code == code, result.stderr
    assert isinstance(result.exception, SystemExit)  # (not a traceback)
    assert f"limner: error: {said.format(out=out)}" in result.stderr
    if fault == "no writer":
        assert not out.exists()
    if fault == "a full disk at close":
        assert out.read_text(encoding="utf-8") == "1\n"


def test_a_source_that_fails_as_it_is_read_is_an_input_error_naming_it(
    runner: CliRunner, monkeypatch, tmp_path: Path
) -> None:
    """A read of the source that fails part way (an I/O error of its device): an
    ``OSError``, which ended `limner batch` with a traceback, and which a full disk's
    message would take for the output's; it is an input error (exit 3) naming the
    source, the documents written before it kept."""
    import contextlib
    import errno
    import io

    import limner.batch

    class Failing(io.RawIOBase):
        def __init__(self, data: bytes) -> None:
            self.data = data

        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
            if not self.data:
                raise OSError(errno.EIO, os.strerror(errno.EIO))
            n = min(len(buffer), len(self.data))
            buffer[:n], self.data = self.data[:n], self.data[n:]
            return n

    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("", encoding="utf-8")
    first = b'{"id": "1", "text": "One."}\n'
    monkeypatch.setattr(
        limner.batch, "_opened", lambda source: contextlib.nullcontext(Failing(first))
    )
    result = runner.invoke(cli, ["batch", str(src), "-o", str(out), *CORE])
    assert result.exit_code == 3, result.stderr
    assert f"limner: error: {src}: cannot read: {os.strerror(errno.EIO)}" in result.stderr
    assert [d.id for d in limner.load(out)] == ["1"]


def test_batch_resumes_and_keeps_bad_records(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"d{i}", "text": f"Doc {i}.", "category": "x"}) for i in range(6)]
    lines.insert(2, "{not json")
    lines.insert(4, json.dumps({"id": "no-text"}))
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    # a previous run crashed after writing d0 and half of d1
    d0 = limner.Enricher(plugins=[]).enrich("Doc 0.", id="d0", meta={"category": "x"})
    out.write_text(
        d0.to_json(layers=False) + "\n" + '{"schema": "limner/1", "id": "d1", "te', encoding="utf-8"
    )
    args = ["batch", str(src), "-o", str(out), *CORE]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "5 written, 1 already done, 2 bad records" in result.stderr
    docs = [limner.Document.from_json(line) for line in out.read_text().splitlines()]
    assert [d.id for d in docs] == ["d0", "d1", "d2", "d3", "d4", "d5"]
    assert docs[3].meta == {"category": "x"}
    errors = (tmp_path / "out.jsonl.errors.jsonl").read_text().splitlines()
    assert [json.loads(e)["line"] for e in errors] == [3, 5]
    again = runner.invoke(cli, args)
    assert "0 written, 6 already done, 2 bad records" in again.stderr
    assert len(out.read_text().splitlines()) == 6
    assert len((tmp_path / "out.jsonl.errors.jsonl").read_text().splitlines()) == 2
    strict = runner.invoke(cli, [*args, "--strict"])
    assert strict.exit_code == 1


def test_batch_in_parallel_matches_serial(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(json.dumps({"id": str(i), "text": f"A{i}. B."}) + "\n" for i in range(30))
    )
    for n, name in [(1, "s.jsonl"), (2, "p.jsonl")]:
        r = runner.invoke(cli, ["batch", str(src), "-o", str(tmp_path / name), "-j", str(n), *CORE])
        assert r.exit_code == 0, r.output
    assert (tmp_path / "s.jsonl").read_text() == (tmp_path / "p.jsonl").read_text()


def test_console_script_runs_on_the_seed(tmp_path: Path) -> None:
    seed = Path(__file__).resolve().parents[2] / "seeds" / "azerbaijan-victory-day.txt"
    proc = subprocess.run(
        [sys.executable, "-m", "limner", "enrich", str(seed), "-f", "jsonl", *CORE],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["text"] == seed.read_text(encoding="utf-8")


def _with_plugin(monkeypatch, plugin: object, name: str) -> None:
    original = limner.PluginManager.__init__

    def patched(self, *args, **kwargs):
        original(self, *args, **kwargs)
        self.register(plugin, name)

    monkeypatch.setattr(limner.PluginManager, "__init__", patched)


def _core_commands() -> dict[str, object]:
    """limner's own commands, as ``limner.cli`` defines them: not those the plugins'
    added to the module's group once a test ran a command of it (``limner evaluate``
    in the plugins' tests), which a group made from them would take for its own."""
    return {name: command for name, command in cli.commands.items()
            if (command.callback is None
                or command.callback.__module__.startswith("limner."))}


def test_plugins_add_commands_through_limner_cli_commands(monkeypatch) -> None:
    import click

    from limner.cli import _LimnerGroup

    class Greeter:
        @limner.hookimpl
        def limner_cli_commands(self, cli):
            @cli.command()
            def hello():
                """Say hello."""
                click.echo("hello from a plugin")

            @cli.command(name="enrich")
            def clash():
                """Must not replace the core command."""

    _with_plugin(monkeypatch, Greeter(), "greeter")
    group = _LimnerGroup(commands=_core_commands())
    result = CliRunner().invoke(group, ["hello"])
    assert result.exit_code == 0 and result.stdout == "hello from a plugin\n"
    assert group.commands["enrich"] is cli.commands["enrich"]


def test_a_command_name_taken_is_kept_by_one_rule_and_said(monkeypatch) -> None:
    """Two plugins' commands of one name: the command of the plugin named as it is
    kept (not the one whose plugin's name sorts last), and a command named as a core
    one is not added; each said on standard error, where they went without a word."""
    import click

    from limner.cli import _LimnerGroup

    def greeter(words: str) -> object:
        class Greeter:
            @limner.hookimpl
            def limner_cli_commands(self, cli):
                @cli.command()
                def hello():
                    """Say hello."""
                    click.echo(words)

                @cli.command(name="enrich")
                def clash():
                    """Must not replace the core command."""

        return Greeter()

    original = limner.PluginManager.__init__

    def patched(self, *args, **kwargs):
        original(self, *args, **kwargs)
        self.register(greeter("from hello"), "hello")
        self.register(greeter("from zzz"), "zzz")

    monkeypatch.setattr(limner.PluginManager, "__init__", patched)
    group = _LimnerGroup(commands=_core_commands())
    result = CliRunner().invoke(group, ["hello"])
    assert result.exit_code == 0 and result.stdout == "from hello\n"
    assert group.commands["enrich"] is cli.commands["enrich"]
    assert sorted(line for line in result.stderr.splitlines() if "warning" in line) == [
        ("limner: warning: command 'enrich' is added by plugin 'hello' but is limner's own; "
        "it is not added"),
        ("limner: warning: command 'enrich' is added by plugin 'zzz' but is limner's own; "
        "it is not added"),
        ("limner: warning: command 'hello' is added by plugins 'hello' and 'zzz'; that of "
        "'hello' is used"),
    ]


def test_plugins_add_formats_through_limner_formats(monkeypatch, runner: CliRunner) -> None:
    def write_count(docs, out):
        for d in docs:
            out.write(f"{d.id}\t{len(d.text)}\n")

    class Counter:
        @limner.hookimpl
        def limner_formats(self):
            return [limner.Format("count", write_count, description="ids and lengths")]

    _with_plugin(monkeypatch, Counter(), "counter")
    result = runner.invoke(cli, ["enrich", "-", "-f", "count", *CORE], input="four")
    assert result.exit_code == 0 and result.stdout == "<stdin>\t4\n"
    listing = json.loads(runner.invoke(cli, ["formats", "--json"]).stdout)
    assert {
        "name": "count",
        "plugin": "counter",
        "extension": "",
        "reads": False,
        "target": "stream",
        "batch": False,
        "description": "ids and lengths",
        "drops": "",
    } in listing


class _Cancelled(BaseException):
    """What a library a format runs may raise that is no Exception (as
    ``asyncio.CancelledError``)."""


@pytest.mark.parametrize(
    "raised", [RuntimeError("cannot write"), SystemExit(0), _Cancelled("stop")]
)
def test_a_format_that_fails_is_named_and_the_file_is_kept(
    monkeypatch, runner: CliRunner, tmp_path: Path, raised: BaseException
) -> None:
    """A plugin's format that raises while writing ends `limner enrich` with an error
    naming the format and its plugin, not a traceback (nor, for a sys.exit(0) of
    its own, exit 0 with nothing written); a file at -o is left as it was."""

    def fussy(docs, out, **options) -> None:
        out.write("half")
        raise raised

    class Fussy:
        @limner.hookimpl
        def limner_formats(self):
            return [limner.Format("fussy", write=fussy)]

    _with_plugin(monkeypatch, Fussy(), "fussy")
    said = f"limner: error: the fussy format (plugin 'fussy') failed: {type(raised).__name__}"
    result = runner.invoke(cli, ["enrich", "-", "-f", "fussy", *CORE], input="One.")
    assert result.exit_code == 1, result.stderr
    assert isinstance(result.exception, SystemExit)  # a clean exit, no traceback
    assert said in result.stderr
    kept = tmp_path / "out.txt"
    kept.write_text("written before")
    result = runner.invoke(cli, ["enrich", "-", "-f", "fussy", "-o", str(kept), *CORE],
                           input="One.")
    assert result.exit_code == 1 and said in result.stderr
    assert kept.read_text() == "written before"


def test_a_batch_writer_that_fails_is_named_and_what_it_wrote_is_kept(
    monkeypatch, runner: CliRunner, tmp_path: Path
) -> None:
    """A plugin's batch writer that raises stops `limner batch` with an error naming
    the format, its plugin and the document, not a traceback; the documents written
    are kept and the same command goes on from there."""

    class Writer:
        def __init__(self, path: Path) -> None:
            self.path, self.out = path, path.open("a", encoding="utf-8")

        def done_ids(self) -> set[str]:
            return set(self.path.read_text(encoding="utf-8").split())

        def write(self, doc: limner.Document) -> None:
            if doc.id == "2" and not (tmp_path / "mended").exists():
                raise RuntimeError("writer broke")
            self.out.write(doc.id + "\n")
            self.out.flush()

        def close(self) -> None:
            self.out.close()

    class Lines:
        @limner.hookimpl
        def limner_formats(self):
            return [limner.Format("ids", write=lambda docs, out: None, batch_writer=Writer)]

    _with_plugin(monkeypatch, Lines(), "lines")
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": str(i), "text": "One."}) + "\n"
                              for i in (1, 2, 3)))
    args = ["batch", str(source), "-o", str(tmp_path / "out.ids"), "-f", "ids", *CORE]
    result = runner.invoke(cli, args)
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert (
        "limner: error: the ids format (plugin 'lines') failed writing document '2' (line 2): "
        "RuntimeError: writer broke; the documents written are kept"
    ) in result.stderr
    assert (tmp_path / "out.ids").read_text() == "1\n"
    (tmp_path / "mended").touch()
    assert runner.invoke(cli, args).exit_code == 0
    assert (tmp_path / "out.ids").read_text() == "1\n2\n3\n"


@pytest.mark.parametrize("strict", [[], ["--strict"]], ids=["", "strict"])
def test_a_record_whose_worker_plugin_code_ends_is_a_bad_record(
    monkeypatch, runner: CliRunner, tmp_path: Path, strict: list[str]
) -> None:
    """A plugin that ends its worker process (os._exit) on one record of `limner batch
    -j 2` sets that record aside in the errors file, saying so, and the run goes on:
    its exit code is that of a run with a bad record (1 with --strict, else 0)."""
    import os

    from tests.core.fakes import make_plugin

    def ender(doc: limner.Document) -> list:
        if doc.text == "Three.":
            os._exit(7)
        return []

    _with_plugin(monkeypatch, make_plugin(limner.Annotator("ender", ("e",), ender)), "ender")
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n"
                              for i, t in enumerate(["One.", "Two.", "Three.", "Four."])))
    out = tmp_path / "out.jsonl"
    result = runner.invoke(cli, ["batch", str(source), "-o", str(out), "-j", "2", *CORE,
                                 *strict])
    assert result.exit_code == (1 if strict else 0), result.stderr
    assert "limner: 3 written, 0 already done, 1 bad records" in result.stderr
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["0", "1", "3"]
    assert json.loads((tmp_path / "out.jsonl.errors.jsonl").read_text()) == {
        "line": 3, "id": "2", "reason": "the worker process died (exit code 7)"
    }


@pytest.mark.parametrize("listing", [["plugins", "--json"], ["formats", "--json"]])
def test_what_plugins_print_stays_off_standard_output(monkeypatch, listing) -> None:
    """A plugin's print() (in a hook, a setup, an annotator) goes to standard error:
    standard output holds limner's output alone, JSON lines that read back."""
    from tests.core.fakes import make_plugin

    def chatty(doc: limner.Document) -> list:
        print("looking at", len(doc.text))
        return []

    def loud_kinds() -> list:
        print("kinds asked for")
        return []

    def loud_formats() -> list:
        print("formats asked for")
        return []

    plugin = make_plugin(
        limner.Annotator("chatty", ("c",), chatty, setup=lambda: print("loading")),
        limner_annotation_kinds=loud_kinds,
        limner_formats=loud_formats,
    )
    _with_plugin(monkeypatch, plugin, "chatty")
    runner = CliRunner()
    result = runner.invoke(cli, ["enrich", "-", "-f", "jsonl", *CORE], input="Hello.")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["text"] for line in result.stdout.splitlines()] == ["Hello."]
    assert "looking at 6" in result.stderr and "loading" in result.stderr
    listed = runner.invoke(cli, [*listing])
    assert listed.exit_code == 0, listed.stderr
    json.loads(listed.stdout)
    assert "asked for" in listed.stderr  # the plugin did print, and not on standard output


def test_what_plugins_print_in_setup_stays_off_standard_output(monkeypatch) -> None:
    """`limner setup` sends what plugin code prints (a slow setup's progress, a hook's
    chatter) to standard error, as enrich and batch do: it went to standard output,
    in between whatever a script read there."""
    from tests.core.fakes import make_plugin

    def load() -> None:
        print("loading 50%")
        print("loading 100%")

    def loud_kinds() -> list:
        print("kinds asked for")
        return []

    plugin = make_plugin(
        limner.Annotator("slow", ("s",), lambda doc: [], setup=load),
        limner_annotation_kinds=loud_kinds,
    )
    _with_plugin(monkeypatch, plugin, "slow")
    result = CliRunner().invoke(cli, ["setup", *CORE])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert "loading 100%" in result.stderr and "limner: ready: slow" in result.stderr


def test_what_plugins_print_in_a_batch_stays_off_standard_output(
    monkeypatch, tmp_path: Path
) -> None:
    """A batch writes its documents to OUTPUT, which may be standard output's file
    (`-o /dev/stdout > out.jsonl`): what a plugin prints goes to standard error, as
    in `limner enrich`, where it went in between the documents."""
    from tests.core.fakes import make_plugin

    def chatty(doc: limner.Document) -> list:
        print("looking at", doc.id)
        return []

    _with_plugin(monkeypatch, make_plugin(limner.Annotator("chatty", ("c",), chatty)), "chatty")
    (tmp_path / "in.jsonl").write_text('{"id": "1", "text": "One."}\n')
    result = CliRunner().invoke(
        cli, ["batch", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"), *CORE]
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and "looking at 1" in result.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["batch", "in.jsonl", "-o", "out.jsonl"],
        ["batch", "in.jsonl", "-o", "out.db", "--errors-file", "bad.jsonl"],
        ["enrich", "a.txt", "b.txt", "-f", "jsonl", "-o", "out.jsonl"],
        ["enrich", "a.txt", "b.txt", "-f", "brat", "-o", "out"],
    ],
)
def test_a_plugin_that_changes_the_working_directory_moves_no_file(
    monkeypatch, tmp_path: Path, command: list[str]
) -> None:
    """Paths on the command line are those of the folder the command started in,
    whatever plugin code does with the working directory meanwhile."""
    import os

    from tests.core.fakes import make_plugin

    here, elsewhere = tmp_path / "here", tmp_path / "elsewhere"
    here.mkdir()
    elsewhere.mkdir()

    def wander(doc: limner.Document) -> list:
        os.chdir(elsewhere)
        return []

    _with_plugin(monkeypatch, make_plugin(limner.Annotator("wander", ("w",), wander)), "wander")
    monkeypatch.chdir(here)
    (here / "in.jsonl").write_text('{"id": "1", "text": "One."}\n{"id": "1", "text": "Dup."}\n'
                                   '{"id": "2", "text": "Two."}\n')
    (here / "a.txt").write_text("One.")
    (here / "b.txt").write_text("Two.")
    result = CliRunner().invoke(cli, [*command, *CORE])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in elsewhere.iterdir()) == []
    out = command[command.index("-o") + 1]
    assert (here / out).exists()
    if command[0] == "batch":
        errors = command[-1] if "--errors-file" in command else "out.jsonl.errors.jsonl"
        # the bad record is set aside by its line, not its text
        assert "Dup." not in (here / errors).read_text()
        assert json.loads((here / errors).read_text())["line"] == 2
        assert [d.id for d in limner.load(here / out)] == ["1", "2"]


def _run_with_plugin(
    tmp_path: Path, name: str, annotator: str, tail: str, *args: str
) -> subprocess.CompletedProcess[str]:
    """Run, in a process of its own, a script that registers the annotator ``name`` (the
    function of that name in ``annotator``, Python source) on every PluginManager, then
    runs ``tail``; "Hello." is its standard input."""
    script = tmp_path / "run.py"
    script.write_text(
        "import os, subprocess, sys, threading\n"
        "import limner\n"
        "import limner.cli\n"
        "from tests.core.fakes import make_plugin\n"
        f"{annotator}"
        "original = limner.PluginManager.__init__\n"
        "def patched(self, *args, **kwargs):\n"
        "    original(self, *args, **kwargs)\n"
        f"    self.register(make_plugin(limner.Annotator({name!r}, ('n',), {name})), {name!r})\n"
        "limner.PluginManager.__init__ = patched\n"
        f"{tail}",
        encoding="utf-8",
    )
    root = Path(__file__).resolve().parents[2]
    env = {**__import__("os").environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [sys.executable, str(script), *args], input="Hello.", capture_output=True,
        text=True, cwd=root, env=env, timeout=60, check=False,
    )


def test_what_plugin_code_writes_to_the_descriptor_stays_off_standard_output(
    tmp_path: Path,
) -> None:
    """A plugin that writes to file descriptor 1 itself, or runs a program that prints,
    leaves `limner enrich -f jsonl` one document per line all the same."""
    proc = _run_with_plugin(
        tmp_path, "noisy",
        "def noisy(doc):\n"
        "    os.write(1, b'raw bytes\\n')\n"
        "    subprocess.run([sys.executable, '-c', 'print(\"a child\")'], check=True)\n"
        "    return []\n",
        "limner.cli.main(['enrich', '-', '-f', 'jsonl', '--plugins', ''])\n",
    )
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["text"] for line in proc.stdout.splitlines()] == ["Hello."]
    assert "raw bytes" in proc.stderr and "a child" in proc.stderr


def _main_of(command: str) -> str:
    """The script's last line: ``limner enrich`` of standard input as JSONL, or ``limner
    batch`` of the file its first argument names into its second, with no plugin but the
    test's."""
    if command == "enrich":
        return "limner.cli.main(['enrich', '-', '-f', 'jsonl', '--plugins', ''])\n"
    return "limner.cli.main(['batch', sys.argv[1], '-o', sys.argv[2], '--plugins', ''])\n"


@pytest.mark.parametrize("command", ["enrich", "batch"])
def test_plugin_code_that_closes_standard_output_costs_no_output(
    tmp_path: Path, command: str
) -> None:
    """A plugin that closes ``sys.stdout`` (ends what it takes for its own output) closed
    standard error, which stood for it: `limner enrich` wrote no document and ended
    with exit 1, and `limner batch`, its documents written, ended with exit 1 and
    "lost sys.stderr", every message of limner's lost."""
    tail = _main_of(command)
    (tmp_path / "in.jsonl").write_text('{"id": "1", "text": "Hello."}\n', encoding="utf-8")
    proc = _run_with_plugin(
        tmp_path, "closer",
        "def closer(doc):\n"
        "    with sys.stdout as out:  # (closed on leaving)\n"
        "        print('bye', file=out)\n"
        "    sys.stdout.close()\n"
        "    return []\n",
        tail,
        str(tmp_path / "in.jsonl"), str(tmp_path / "out.jsonl"),
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout if command == "enrich" else (tmp_path / "out.jsonl").read_text()
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["Hello."]
    assert "bye" in proc.stderr
    if command == "batch":
        assert "limner: 1 written" in proc.stderr


@pytest.mark.parametrize("fault", ["close", "dup2"])
def test_plugin_code_that_closes_descriptor_1_cannot_reach_a_batch_output(
    tmp_path: Path, fault: str
) -> None:
    """A plugin that closes file descriptor 1 (``os.close(1)``) freed it for the next file
    opened: OUTPUT, opened at the first document, took it, and the plugin's next
    ``os.close(1)`` closed it (the batch ended, "Bad file descriptor") or its
    ``os.dup2(..., 1)`` sent the documents into its own file.  OUTPUT and the errors
    file are opened above the standard descriptors."""
    (tmp_path / "in.jsonl").write_text(
        "".join(json.dumps({"id": str(i), "text": "Hello."}) + "\n" for i in range(3))
        + "not json\n",
        encoding="utf-8",
    )
    log = tmp_path / "plugin.log"
    proc = _run_with_plugin(
        tmp_path, "closer",
        "import contextlib\n"
        "def closer(doc):\n"
        f"    if {fault!r} == 'dup2':\n"
        f"        fd = os.open({str(log)!r}, os.O_WRONLY | os.O_CREAT | os.O_APPEND)\n"
        "        os.dup2(fd, 1)\n"
        "        os.close(fd)\n"
        "    with contextlib.suppress(OSError):\n"
        "        os.close(1)\n"
        "    return []\n",
        "limner.cli.main(['batch', sys.argv[1], '-o', sys.argv[2], '--plugins', ''])\n",
        str(tmp_path / "in.jsonl"), str(tmp_path / "out.jsonl"),
    )
    assert proc.returncode == 0, proc.stderr
    out = (tmp_path / "out.jsonl").read_text()
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["0", "1", "2"]
    assert json.loads((tmp_path / "out.jsonl.errors.jsonl").read_text())["line"] == 4
    assert not log.exists() or log.read_text() == ""
    assert "limner: 3 written, 0 already done, 1 bad records" in proc.stderr


@pytest.mark.parametrize("command", ["enrich", "batch"])
@pytest.mark.parametrize("fault", ["os.close(2)", "os.close(1)"])
def test_plugin_code_that_closes_a_standard_descriptor_is_undone_and_named(
    tmp_path: Path, command: str, fault: str
) -> None:
    """An annotator that closed file descriptor 2 lost every message of limner's after
    it: `limner enrich` wrote no document and ended with exit 1, without a word, and
    `limner batch` ended with exit 1.  The descriptor is put back and the annotator
    named, as for ``sys.stderr``."""
    tail = _main_of(command)
    (tmp_path / "in.jsonl").write_text('{"id": "1", "text": "Hello."}\n', encoding="utf-8")
    proc = _run_with_plugin(
        tmp_path, "closer",
        f"def closer(doc):\n    {fault}\n    return []\n",
        tail,
        str(tmp_path / "in.jsonl"), str(tmp_path / "out.jsonl"),
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout if command == "enrich" else (tmp_path / "out.jsonl").read_text()
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["Hello."]
    if command == "enrich":
        assert (
            "closer/closer: ContractError: annotator 'closer' (plugin 'closer') changed file "
            f"descriptor {fault[-2]} (standard {'error' if fault[-2] == '2' else 'output'}), "
            "which it closed; it is the application's" in proc.stderr
        )
    else:
        assert "limner: 1 written, 0 already done, 0 bad records, 1 annotator failures" in (
            proc.stderr
        )


def test_what_a_thread_left_running_prints_stays_off_standard_output(tmp_path: Path) -> None:
    """A thread that plugin code started prints while the command waits for it at its
    end: its lines went into standard output after the documents, and `limner enrich
    -f jsonl` was no longer one document per line."""
    proc = _run_with_plugin(
        tmp_path, "ticks",
        "never = threading.Event()\n"
        "def tick():\n"
        "    threading.main_thread().join()  # the command done, its exit begun\n"
        "    print('tick', flush=True)\n"
        "    os.write(1, b'raw tick\\n')\n"
        "    never.wait()\n"
        "def ticks(doc):\n"
        "    threading.Thread(target=tick, name='ticker').start()\n"
        "    return []\n",
        "limner.cli._THREAD_GRACE = 1\n"
        "sys.argv = ['limner', 'enrich', '-', '-f', 'jsonl', '--plugins', '']\n"
        "limner.cli.run()\n",
    )
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["text"] for line in proc.stdout.splitlines()] == ["Hello."]
    assert "tick" in proc.stderr and "raw tick" in proc.stderr


def test_what_a_plugins_thread_prints_while_the_documents_are_written_stays_off_them(
    tmp_path: Path,
) -> None:
    """A thread that plugin code started prints all along (a progress ticker): what it
    printed while `limner enrich -f jsonl` wrote its documents went into them, standard
    output being the documents' again once the plugins had run, and the JSONL was
    broken mid-line.  The documents are written to standard output's descriptor as it
    was before the plugins loaded, and the thread's lines go to standard error."""
    files = []
    for i in range(20):
        path = tmp_path / f"doc{i}.txt"
        path.write_text(f"Story {i}. " + "A long line of news. " * 15000, encoding="utf-8")
        files.append(str(path))
    proc = _run_with_plugin(
        tmp_path, "ticks",
        "started = []\n"
        "def tick():\n"
        "    while True:\n"
        "        print('tick', flush=True)\n"
        "        os.write(1, b'raw tick\\n')\n"
        "        __import__('time').sleep(0.0002)\n"
        "def ticks(doc):\n"
        "    if not started:\n"
        "        started.append(threading.Thread(target=tick, name='ticker'))\n"
        "        started[0].start()\n"
        "    return []\n",
        "limner.cli._THREAD_GRACE = 0.5\n"
        "sys.argv = ['limner', 'enrich', *sys.argv[1:], '-f', 'jsonl', '--plugins', '']\n"
        "limner.cli.run()\n",
        *files,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = proc.stdout.splitlines()
    assert [json.loads(line)["text"].partition(".")[0] for line in lines] == [
        f"Story {i}" for i in range(20)
    ]
    assert "tick" in proc.stderr and "raw tick" in proc.stderr


@pytest.mark.parametrize("command", ["plugins", "formats"])
def test_what_a_thread_prints_once_the_plugins_loaded_stays_off_a_listing(
    tmp_path: Path, command: str
) -> None:
    """A thread that prints as soon as standard output is the command's again, once the
    plugins were loaded: its line went into `limner plugins --json` (and `formats
    --json`), which was no longer JSON.  The listing is written while what is printed
    goes to standard error, and it stays there until the process ends."""
    proc = _run_with_plugin(
        tmp_path, "quiet",
        "def watch():\n"
        "    while sys.stdout is sys.__stdout__:\n"
        "        __import__('time').sleep(0.0005)\n"
        "    sys.stderr.write('aside\\n')\n"
        "    while sys.stdout is not sys.__stdout__:\n"
        "        __import__('time').sleep(0.0005)\n"
        "    print('tick', flush=True)\n"
        "threading.Thread(target=watch, name='watcher').start()\n"
        "def quiet(doc):\n"
        "    return []\n",
        "limner.cli._THREAD_GRACE = 0.5\n"
        f"sys.argv = ['limner', {command!r}, '--json']\n"
        "limner.cli.run()\n",
    )
    assert proc.returncode == 0, proc.stderr
    assert isinstance(json.loads(proc.stdout), list)
    assert "aside" in proc.stderr and "watcher" in proc.stderr


def test_a_thread_that_plugin_code_leaves_running_does_not_keep_limner_alive(
    tmp_path: Path,
) -> None:
    """The command's work done, a thread of the plugin's that never ends is given a
    grace period, then the process ends with the command's code, naming the thread;
    it used to wait for the thread for ever."""
    proc = _run_with_plugin(
        tmp_path, "leaky",
        "never = threading.Event()\n"
        "def leaky(doc):\n"
        "    threading.Thread(target=never.wait, name='poller').start()\n"
        "    return []\n",
        "limner.cli._THREAD_GRACE = 0.5\n"
        "sys.argv = ['limner', 'enrich', '-', '-f', 'jsonl', '--plugins', '', *sys.argv[1:]]\n"
        "limner.cli.run()\n",
        "--strict",
    )
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["text"] for line in proc.stdout.splitlines()] == ["Hello."]
    assert "thread" in proc.stderr and "poller" in proc.stderr


def _counted_lines(stream) -> list[limner.Document]:
    return [limner.Document(text=line.rstrip("\n"), id=f"line{n}")
            for n, line in enumerate(stream, 1)]


def test_a_plugins_format_that_tells_its_files_is_read_by_enrich(
    monkeypatch, runner: CliRunner, tmp_path: Path
) -> None:
    """A third party's format joins `--input auto` through its ``detect``."""
    def lines_file(path: Path) -> bool:
        return path.read_bytes().startswith(b"#lines\n")

    class Lines:
        @limner.hookimpl
        def limner_formats(self):
            return [limner.Format("lines", _write_nothing, lambda s: _counted_lines(list(s)[1:]),
                                  detect=lines_file)]

    _with_plugin(monkeypatch, Lines(), "lines")
    given = tmp_path / "given"
    given.write_text("#lines\nOne.\nTwo.\n", encoding="utf-8")
    result = runner.invoke(cli, ["enrich", str(given), "-f", "jsonl", *CORE])
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(d["id"], d["text"]) for d in docs] == [("line1", "One."), ("line2", "Two.")]
    assert [d.text for d in limner.load(given)] == ["One.", "Two."]  # no extension tells it


class _Broken(BaseException):
    """What a library a detect runs may raise that is no Exception."""


@pytest.mark.parametrize("raised", [OSError("odd"), _Broken("stop")])
def test_a_detect_that_fails_is_named_and_the_text_is_read(
    monkeypatch, runner: CliRunner, tmp_path: Path, raised: BaseException
) -> None:
    def careless(path: Path) -> bool:
        raise raised

    class Careless:
        @limner.hookimpl
        def limner_formats(self):
            return [limner.Format("careless", _write_nothing, lambda s: iter(()),
                                  detect=careless)]

    _with_plugin(monkeypatch, Careless(), "careless")
    (tmp_path / "a.txt").write_text("Four.", encoding="utf-8")
    with pytest.warns(limner.PluginWarning, match=r"format 'careless'.*its detect raised"):
        result = runner.invoke(cli, ["enrich", str(tmp_path / "a.txt"), *CORE])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["text"] == "Four."


def _write_nothing(docs, out) -> None:
    for _ in docs:
        pass


def test_output_kept_aside_for_a_thread_left_running_is_never_standard_output_between(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Once the command's output is written with a plugin's thread still running, what
    is printed stays on standard error: ``sys.stdout`` was put back and then set aside
    again, and a thread printing in between wrote to the real standard output."""
    import threading

    from limner import cli as cli_module

    monkeypatch.setattr(cli_module, "_PROCESS_ENDS", True)
    release = threading.Event()
    thread = threading.Thread(target=release.wait, args=(10,))
    thread.start()
    own, fd_copy = sys.stdout, os.dup(1)
    seen: list[bool] = []

    def trace(frame, event, arg):  # type: ignore[no-untyped-def]
        if frame.f_code is cli_module._printed_aside.__wrapped__.__code__:
            seen.append(sys.stdout is own)
            return trace
        return None

    try:
        sys.settrace(trace)
        try:
            with cli_module._printed_aside():
                pass
        finally:
            sys.settrace(None)
        aside = seen.index(False)  # (set aside after its first lines)
        assert seen[-1] is False and True not in seen[aside:], seen
        assert sys.stdout is not own
    finally:
        release.set()
        thread.join()
        sys.stdout.flush()
        os.dup2(fd_copy, 1)
        os.close(fd_copy)
        sys.stdout = own


def test_new_plugin_says_what_it_wrote_on_standard_output_with_a_plugins_thread_left(
    tmp_path: Path,
) -> None:
    """The names the plugins hold are read with what is printed set aside; a thread an
    installed plugin left running kept it aside, and the command's own line went to
    standard error."""
    proc = _run_with_plugin(
        tmp_path, "quiet",
        "threading.Thread(target=__import__('time').sleep, args=(2,), daemon=True).start()\n"
        "def quiet(doc):\n"
        "    return []\n",
        f"sys.argv = ['limner', 'new-plugin', 'zork', '-d', {str(tmp_path)!r}]\n"
        "limner.cli.run()\n",
    )
    assert proc.returncode == 0, proc.stderr
    assert "limner-zork" in proc.stdout and "limner-zork" not in proc.stderr


def test_new_plugin_refuses_the_id_prefix_of_a_kind_made_without_a_class(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A kind with no class of its own takes its first letter for its ids' prefix: a
    plugin's `mention` annotations are m1, m2, ..., which a new kind `m` would share."""
    from tests.core.fakes import make_plugin, marker

    plugin = make_plugin(limner.Annotator("mentions", ("mention",), marker("mention")))
    _with_plugin(monkeypatch, plugin, "mentplug")
    result = CliRunner().invoke(cli, ["new-plugin", "m", "-d", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert "the id prefix of the kind 'mention'" in result.output
    assert list(tmp_path.iterdir()) == []
