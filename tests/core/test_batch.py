"""``limner batch`` and parallel piping: bad records set aside, encodings, streaming, threads."""

from __future__ import annotations

import codecs
import contextlib
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import limner
from limner.batch import _done_ids, run_batch
from limner.cli import cli
from tests.core.fakes import dies_on_marker, enricher_with, make_plugin, marker

CORE = ["--plugins", ""]


def _write_jsonl(path: Path, records: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def _logged(errors: Path) -> list[dict[str, Any]]:
    """The records of a batch's errors file, each a bad record's line and reason."""
    return [json.loads(line) for line in errors.read_text("utf-8").splitlines()]


@pytest.mark.parametrize("processes", [1, 2])
def test_a_record_nested_too_deep_is_set_aside_and_the_run_goes_on(
    tmp_path: Path, processes: int
) -> None:
    src = tmp_path / "in.jsonl"
    deep = '{"id": "deep", "text": "x", "tags": ' + "[" * 5000 + "]" * 5000 + "}"
    src.write_text(
        json.dumps({"id": "a", "text": "One."})
        + "\n"
        + deep
        + "\n"
        + json.dumps({"id": "b", "text": "Two."})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    args = ["batch", str(src), "-o", str(out), "-j", str(processes), *CORE]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert "2 written, 0 already done, 1 bad records" in first.stderr
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["a", "b"]
    (bad,) = (tmp_path / "out.jsonl.errors.jsonl").read_text().splitlines()
    assert json.loads(bad)["line"] == 2 and "nested too deep" in json.loads(bad)["reason"]
    again = CliRunner().invoke(cli, args)  # the resume reads past it too
    assert again.exit_code == 0 and "0 written, 2 already done, 1 bad records" in again.stderr


def test_a_line_of_json_but_not_an_object_names_its_json_type(tmp_path: Path) -> None:
    """The reason named the Python type the line decoded to ("not a JSON object but
    list"), where every other reason names a JSON type, as ``limner evaluate`` does."""
    src = tmp_path / "in.jsonl"
    src.write_text('[1,2]\n"One."\nnull\n{"id": "a", "text": "One."}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["batch", str(src), "-o", str(out), *CORE])
    assert result.exit_code == 0, result.output
    logged = _logged(tmp_path / "out.jsonl.errors.jsonl")
    assert [(bad["line"], bad["reason"]) for bad in logged] == [
        (1, "not a JSON object but an array"),
        (2, "not a JSON object but a string"),
        (3, "not a JSON object but null"),
    ]


def test_an_output_of_records_that_are_no_documents_is_refused_not_taken_for_done(
    tmp_path: Path,
) -> None:
    """A resume took the id of any JSON object in the output for a document written: an
    output that was a copy of the source (a record a line, no limner schema) was "0
    written, 2 already done", exit 0, nothing enriched."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write_jsonl(src, [{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}])
    out.write_bytes(src.read_bytes())
    result = CliRunner().invoke(cli, ["batch", str(src), "-o", str(out), *CORE])
    assert result.exit_code == 2, result.output
    assert "holds no limner documents: its first line is an object without" in result.stderr
    assert out.read_bytes() == src.read_bytes()
    # a record within an output of documents (pasted there) is no document written either
    first = CliRunner().invoke(cli, ["batch", str(src), "-o", str(tmp_path / "o.jsonl"), *CORE])
    assert first.exit_code == 0, first.output
    (a, _b) = (tmp_path / "o.jsonl").read_text("utf-8").splitlines()
    out.write_text(a + "\n" + json.dumps({"id": "b", "text": "Two."}) + "\n", encoding="utf-8")
    again = CliRunner().invoke(cli, ["batch", str(src), "-o", str(out), *CORE])
    assert again.exit_code == 0, again.output
    assert "1 written, 1 already done" in again.stderr
    assert json.loads(out.read_text("utf-8").splitlines()[-1])["schema"] == "limner/1"


def test_a_line_cut_short_is_named_for_what_is_missing_not_for_its_line_end(
    tmp_path: Path,
) -> None:
    """The line's own end was read as part of the record: a text cut short was "Invalid
    control character" (the newline, inside the string), and a record missing its
    closing brace an error at "line 2 column 1" of a record of one line."""
    src = tmp_path / "in.jsonl"
    src.write_bytes(
        b'{"id": "a", "text": "One."}\n'
        b'{"id": "b", "text": "Two, cut\n'
        b'{"id": "c", "text": "Three."\r\n'
        b'{"id": "d", "text": "Four, cut\r\n'
        b'{"id": "e", "text": "Five."}\n'
    )
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["batch", str(src), "-o", str(out), *CORE])
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["a", "e"]
    logged = _logged(tmp_path / "out.jsonl.errors.jsonl")
    assert [(bad["line"], bad["reason"]) for bad in logged] == [
        (2, "not JSON: Unterminated string starting at: line 1 column 21 (char 20)"),
        (3, "not JSON: Expecting ',' delimiter: line 1 column 29 (char 28)"),
        (4, "not JSON: Unterminated string starting at: line 1 column 21 (char 20)"),
    ]


def test_a_record_without_its_text_says_which_fields_could_hold_it(tmp_path: Path) -> None:
    """The reason was "no string field 'text'" alone: neither what the record holds nor
    the option that names another field."""
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, [{"id": "a", "body": "One.", "n": 3}, {"id": "b", "text": 5}])
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["batch", str(src), "-o", str(out), *CORE])
    assert result.exit_code == 0, result.output
    reasons = [bad["reason"] for bad in _logged(tmp_path / "out.jsonl.errors.jsonl")]
    assert reasons == [
        (
            "no string field 'text': no field 'text'; its string fields: 'body' "
            "(name one with --text-field)"
        ),
        "no string field 'text': its field 'text' is a number, not a string",
    ]


def test_the_summary_says_where_the_bad_records_went(tmp_path: Path) -> None:
    """A source of plain text, not JSON lines, ended "0 written, 0 already done, 24 bad
    records" and no word of where to read why: the summary names the errors file."""
    src = tmp_path / "article.txt"
    src.write_text("Flooding hit York.\n\nIt rained.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["batch", str(src), "-o", str(out), *CORE])
    assert result.exit_code == 0, result.output
    assert f"2 bad records (their reasons in {out}.errors.jsonl)" in result.stderr
    elsewhere = tmp_path / "bad.jsonl"
    again = CliRunner().invoke(
        cli, ["batch", str(src), "-o", str(out), "--errors-file", str(elsewhere), *CORE]
    )
    assert f"2 bad records (their reasons in {elsewhere})" in again.stderr
    good = tmp_path / "good.jsonl"
    _write_jsonl(good, [{"id": "a", "text": "One."}])
    clean = CliRunner().invoke(cli, ["batch", str(good), "-o", str(tmp_path / "g.jsonl"), *CORE])
    assert "0 bad records, 0 annotator failures" in clean.stderr
    assert "their reasons" not in clean.stderr


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("name", ["out.jsonl", "out.db"])
def test_a_record_that_cannot_be_sent_to_a_worker_is_set_aside_and_the_run_goes_on(
    tmp_path: Path, name: str
) -> None:
    """Readable as JSON but too deep to pickle: that record's fault, not the run's."""
    src = tmp_path / "in.jsonl"
    deep = '{"id": "deep", "text": "x", "m": ' + _nested(600) + "}"
    rest = [json.dumps({"id": f"z{i}", "text": "Two."}) for i in range(40)]
    src.write_text("\n".join([json.dumps({"id": "a", "text": "One."}), deep, *rest]) + "\n")
    out = tmp_path / name
    args = ["batch", str(src), "-o", str(out), "-j", "2", *CORE]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert "41 written, 0 already done, 1 bad records" in first.stderr
    (bad,) = (tmp_path / f"{name}.errors.jsonl").read_text().splitlines()
    assert json.loads(bad) == {
        "line": 2,
        "id": "deep",
        "reason": "it could not be sent to a worker: nested too deep",
    }
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0 and "0 written, 41 already done, 1 bad records" in again.stderr


def _unpicklable_for_odd(enricher: limner.Enricher, item: int) -> object:
    return (lambda: item) if item % 2 else item


# the first item is worked on in the parent, before the fork: one that cannot be sent back
# (odd) has the fault any other item has
@pytest.mark.parametrize("items", [range(10), range(1, 8)], ids=["first-sent", "first-odd"])
@pytest.mark.parametrize("fault", [str, None], ids=["fault", "no-fault"])
def test_a_result_that_cannot_be_sent_back_from_a_worker_is_that_items_fault(
    items: range, fault: Any
) -> None:
    from limner.parallel import parallel_map

    e = limner.Enricher(plugins=[])
    got = list(
        parallel_map(e, items, _unpicklable_for_odd, n_process=2, chunksize=3, fault=fault)
    )
    pairs = list(zip(items, got, strict=True))
    assert [r for i, r in pairs if i % 2 == 0] == [i for i in items if i % 2 == 0]
    odd = [(i, r) for i, r in pairs if i % 2]
    if fault is not None:
        sent_back = "its result could not be sent back from a worker: "
        assert all(r.startswith(sent_back) for _, r in odd)
    else:  # without a fault to give, the item comes back and is worked on here, in its place
        assert [r() for _, r in odd] == [i for i, _ in odd]


# 40 records with -j 2 go in chunks of 10, 8, 6, ..., the last ones single: records 16
# and 17 share one, the last is alone in its own; a resume gives the marked ones first
@pytest.mark.parametrize("how", ["exit", "kill"])
@pytest.mark.parametrize(
    "marked", [(17,), (16, 17), (39,), (0,)], ids=["one", "two-in-a-chunk", "last", "first"]
)
def test_a_record_that_kills_its_worker_is_set_aside_and_the_run_goes_on(
    tmp_path: Path, how: str, marked: tuple[int, ...]
) -> None:
    """The chunk of a worker that died is sent again a record at a time: the record whose
    worker dies with it alone goes to the errors file, saying how its worker ended, and
    the others are written once each, in order, as a run without it writes them."""
    records = [{"id": f"r{i}", "text": f"Text {i}." + (" MARKER" if i in marked else "")}
               for i in range(40)]
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write_jsonl(src, records)
    e = enricher_with(limner.Annotator("dies", ("dies",), dies_on_marker(how)))
    stats = run_batch(e, src, out, processes=2)
    assert (stats.written, stats.bad) == (40 - len(marked), len(marked))
    reason = {"exit": "the worker process died (exit code 3)",
              "kill": "the worker process died (signal 9: SIGKILL)"}[how]
    assert _logged(tmp_path / "out.jsonl.errors.jsonl") == [
        {"line": i + 1, "id": f"r{i}", "reason": reason} for i in marked
    ]
    alone_src, alone = tmp_path / "alone.jsonl", tmp_path / "alone-out.jsonl"
    _write_jsonl(alone_src, [r for i, r in enumerate(records) if i not in marked])
    run_batch(e, alone_src, alone, processes=1)
    written = out.read_bytes()
    assert written == alone.read_bytes()
    # a resume skips the records set aside, counts them again, and writes nothing new
    for processes in (2, 1):  # (with -j 1, a record enriched again would end the run)
        again = run_batch(e, src, out, processes=processes)
        assert (again.written, again.skipped, again.bad) == (0, 40 - len(marked), len(marked))
        assert out.read_bytes() == written
        assert len(_logged(tmp_path / "out.jsonl.errors.jsonl")) == len(marked)


def _raises_on_marker(doc: limner.Document) -> list:
    """The annotator of ``dies_on_marker`` that raises where that one ends its process."""
    if "MARKER" in doc.text:
        raise RuntimeError("marked")
    return []


def test_a_resume_skips_the_records_whose_worker_died_and_retry_died_enriches_them(
    tmp_path: Path,
) -> None:
    """A record whose worker died with it was enriched again by every resume (its chunk
    sent again an item at a time, with -j 1 the run's own process ended): a resume now
    knows it from the errors file, by its id or (named by its line) its line and text,
    and skips it, a bad record again; ``retry_died`` enriches it again."""
    records: list[dict[str, object]] = [
        {"id": f"r{i}", "text": f"Text {i}." + (" MARKER" if i == 5 else "")} for i in range(8)
    ]
    records += [{"text": "Nine. MARKER"}, {"text": "Ten."}]  # lines 9 and 10, by their line
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    errors = tmp_path / "out.jsonl.errors.jsonl"
    _write_jsonl(src, records)
    dying = enricher_with(limner.Annotator("dies", ("dies",), dies_on_marker("exit")))
    first = run_batch(dying, src, out, processes=2)
    assert (first.written, first.bad) == (8, 2)
    logged = _logged(errors)
    assert [(e["line"], e["id"]) for e in logged] == [(6, "r5"), (9, "line-9")]
    assert "text_digest" in logged[1] and "text_digest" not in logged[0]
    written = out.read_bytes()
    # the annotator raises now where it ended its process: a record enriched is written
    raising = enricher_with(limner.Annotator("dies", ("dies",), _raises_on_marker))
    for processes in (1, 2):
        again = run_batch(raising, src, out, processes=processes)
        assert (again.written, again.skipped, again.bad, again.failures) == (0, 8, 2, 0)
        assert out.read_bytes() == written and _logged(errors) == logged
    retried = run_batch(raising, src, out, processes=2, retry_died=True)
    assert (retried.written, retried.skipped, retried.bad, retried.failures) == (2, 8, 0, 2)
    assert _logged(errors) == logged  # (what the file says of a run before stays)
    ids = [json.loads(line)["id"] for line in out.read_text("utf-8").splitlines()]
    assert sorted(ids[-2:]) == ["line-9", "r5"]
    last = run_batch(raising, src, out, processes=2)
    assert (last.written, last.skipped, last.bad) == (0, 10, 0)


def test_a_record_named_by_its_line_whose_worker_died_is_enriched_once_its_text_changed(
    tmp_path: Path,
) -> None:
    """The other side: a record without an id is known by its line and its text; the line
    edited in place holds another record, which the resume enriches."""
    records: list[dict[str, object]] = [{"id": "a", "text": "One."}, {"text": "Two. MARKER"}]
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write_jsonl(src, records)
    dying = enricher_with(limner.Annotator("dies", ("dies",), dies_on_marker("exit")))
    assert run_batch(dying, src, out, processes=2).bad == 1
    _write_jsonl(src, [records[0], {"text": "Two, mended."}])
    again = run_batch(dying, src, out, processes=2)
    assert (again.written, again.skipped, again.bad) == (1, 1, 0)
    assert json.loads(out.read_text("utf-8").splitlines()[-1])["text"] == "Two, mended."


def test_a_record_with_nan_is_set_aside_never_written(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "One.", "w": NaN}\n{"id": "b", "text": "Two."}\n')
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["batch", str(src), "-o", str(out), *CORE])
    assert "1 written, 0 already done, 1 bad records" in result.stderr
    assert "NaN" not in out.read_text()
    assert "NaN is not a JSON value" in (tmp_path / "out.jsonl.errors.jsonl").read_text()


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_batch_reads_a_file_with_a_byte_order_mark(tmp_path: Path, codec: str) -> None:
    src = tmp_path / "in.jsonl"
    body = "".join(json.dumps({"id": str(i), "text": f"Café {i}."}) + "\n" for i in range(3))
    data = body.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    src.write_bytes(data)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["batch", str(src), "-o", str(out), *CORE])
    assert result.exit_code == 0, result.output
    assert "3 written, 0 already done, 0 bad records" in result.stderr
    docs = [limner.Document.from_json(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [d.text for d in docs] == ["Café 0.", "Café 1.", "Café 2."]


@pytest.mark.parametrize("processes", [1, 2])
def test_a_byte_order_mark_that_starts_a_line_within_the_corpus_is_not_the_records(
    tmp_path: Path, processes: int
) -> None:
    # corpora joined with `cat`: each file's mark now starts a line within the source
    parts = [
        {"id": "wire-1", "text": "Reuters said 40 people were hurt in Nairobi."},
        {"id": "sport-2", "text": "The Wallabies won 24-19 in Brisbane."},
        {"id": "local-3", "text": "The parish council met on Tuesday."},
    ]
    src = tmp_path / "in.jsonl"
    src.write_bytes(
        b"".join(codecs.BOM_UTF8 + (json.dumps(r) + "\r\n").encode() for r in parts)
        + codecs.BOM_UTF8
        + b"\n"
    )
    out = tmp_path / "out.jsonl"
    args = ["batch", str(src), "-o", str(out), "-j", str(processes), *CORE]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "3 written, 0 already done, 0 bad records" in result.stderr
    docs = [limner.Document.from_json(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [(d.id, d.text) for d in docs] == [(r["id"], r["text"]) for r in parts]


@pytest.mark.parametrize("processes", [1, 2])
def test_records_ended_by_a_lone_carriage_return_are_each_read(
    tmp_path: Path, processes: int
) -> None:
    # an export from an old Mac tool: CR alone ends each record, the last one too
    recs = [
        {"id": "ap-1", "text": "Wildfires near Boise burned 2,000 acres."},
        {"text": "The Bank of Ghana held its rate at 27%."},
        {"id": "afp-3", "text": "Les Bleus won 2-0."},
    ]
    src = tmp_path / "in.jsonl"
    # a CR inside a record of a line of its own, between two tokens, is JSON whitespace
    inner = b'{"id": "pa-4",\r "text": "Shares in Leeds rose 3p."}\n'
    src.write_bytes(b"".join(json.dumps(r).encode() + b"\r" for r in recs) + b"\n" + inner)
    out = tmp_path / "out.jsonl"
    args = ["batch", str(src), "-o", str(out), "-j", str(processes), *CORE]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "4 written, 0 already done, 0 bad records" in result.stderr
    docs = [json.loads(x) for x in out.read_text().splitlines()]
    assert [d["id"] for d in docs] == ["ap-1", "line-2", "afp-3", "pa-4"]
    assert [d["text"] for d in docs][:3] == [r["text"] for r in recs]
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0 and "0 written, 4 already done, 0 bad records" in again.stderr


def test_an_id_past_a_floats_range_is_set_aside_not_read_as_infinity(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": 1e400, "text": "Shares in Mumbai rose 2%."}\n'
        '{"id": -2E999, "text": "The Proteas won by 5 wickets."}\n'
        '{"id": 3e400, "text": "Rainfall in Darwin hit 300mm."}\n'
        '{"id": 2024, "text": "Turnout was 61 per cent."}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["batch", str(src), "-o", str(out), *CORE])
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["2024"]
    bad = _logged(tmp_path / "out.jsonl.errors.jsonl")
    assert [b["line"] for b in bad] == [1, 2, 3]
    assert all("'id' is a number out of range" in b["reason"] for b in bad)


def test_batch_names_the_encoding_of_a_broken_utf16_file(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    body = '{"id": "a", "text": "x"}\n'.encode("utf-16-le")
    src.write_bytes(codecs.BOM_UTF16_LE + body + b"\x00")
    result = CliRunner().invoke(cli, ["batch", str(src), "-o", str(tmp_path / "o.jsonl"), *CORE])
    assert result.exit_code == 3
    assert "UTF-16-LE" in result.stderr


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16"])
def test_enrich_reads_a_file_with_a_byte_order_mark(tmp_path: Path, codec: str) -> None:
    src = tmp_path / "a.txt"
    src.write_bytes("Café here.".encode(codec))
    result = CliRunner().invoke(cli, ["enrich", str(src), *CORE])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["text"] == "Café here."


def test_documents_are_written_while_the_input_is_still_being_read(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, [{"id": str(i), "text": f"Text {i}."} for i in range(20)])
    out = tmp_path / "out.jsonl"
    written_before: list[int] = []

    def spy(doc: limner.Document) -> list[limner.Annotation]:
        written_before.append(len(out.read_text().splitlines()) if out.exists() else 0)
        return []

    e = enricher_with(limner.Annotator("spy", ("spy",), spy))
    run_batch(e, src, out)
    assert written_before == list(range(20))  # record i is enriched after i lines are out


def _peak(fn: object) -> int:
    tracemalloc.start()
    try:
        fn()  # type: ignore[operator]
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_batch_and_resume_memory_stay_flat_in_corpus_size(tmp_path: Path) -> None:
    """Twice the corpus (records of 50 KB) must not take twice the memory: streamed, not loaded."""
    text = "word " * 10_000
    peaks = {}
    for n in (40, 80):
        src, out = tmp_path / f"in{n}.jsonl", tmp_path / f"out{n}.jsonl"
        _write_jsonl(src, [{"id": str(i), "text": text} for i in range(n)])
        e = limner.Enricher(plugins=[])
        run_peak = _peak(lambda: run_batch(e, src, out))  # noqa: B023
        scan_peak = _peak(lambda: _done_ids(out))  # noqa: B023
        peaks[n] = (run_peak, scan_peak)
    assert peaks[80][0] < 1.3 * peaks[40][0] + 100_000
    assert peaks[80][1] < 1.3 * peaks[40][1] + 100_000


def test_a_resume_holds_each_id_once(tmp_path: Path) -> None:
    """A resume over a JSONL output kept the id of each record done twice (the output's,
    to skip it, and the source's, to tell a duplicate): twice a run's memory a record."""
    e = limner.Enricher(plugins=[])
    e.setup()
    growth = {}
    for what in ("run", "resume"):
        peaks = []
        for n in (4_000, 16_000):
            src, out = tmp_path / f"in{n}.jsonl", tmp_path / f"out{n}-{what}.jsonl"
            _write_jsonl(src, [{"id": f"record-{i}", "text": "x"} for i in range(n)])
            if what == "resume":
                run_batch(e, src, out)
            peaks.append(_peak(lambda: run_batch(e, src, out)))  # noqa: B023
        growth[what] = (peaks[1] - peaks[0]) / 12_000
    assert growth["resume"] < 1.7 * growth["run"], growth  # (twice, before)


def test_pipe_in_parallel_from_two_threads_keeps_each_enrichers_documents() -> None:
    left = enricher_with(limner.Annotator("left", ("left",), marker("left")))
    right = enricher_with(limner.Annotator("right", ("right",), marker("right")))
    results: dict[str, list[limner.Document]] = {}
    raised: dict[str, BaseException] = {}

    def run(name: str, e: limner.Enricher) -> None:
        texts = [f"{name} {i}" for i in range(120)]
        try:
            results[name] = list(e.pipe(texts, n_process=2, chunksize=2))
        except BaseException as exc:  # a thread's exception is otherwise lost
            raised[name] = exc

    threads = [threading.Thread(target=run, args=a) for a in (("L", left), ("R", right))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not raised, raised
    assert not any(t.is_alive() for t in threads)
    for name, kind in (("L", "left"), ("R", "right")):
        docs = results[name]
        assert [d.text for d in docs] == [f"{name} {i}" for i in range(120)]
        assert all(d.kinds == {kind} for d in docs)


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="workers are not forked here"
)
def test_a_parallel_batch_loads_resources_once_before_forking(tmp_path: Path) -> None:
    """The workers share what ``setup`` loaded in the parent; none of them loads it again,
    and each document is enriched once, in a worker; the parent enriches limner's own
    text only, before the fork (what plugins build on their first document is inherited)."""
    log = tmp_path / "setups.log"
    loaded: list[str] = []

    def setup() -> None:
        with log.open("a") as fh:
            fh.write(f"{os.getpid()}\n")
        loaded.append("table")

    calls = tmp_path / "calls.log"

    def uses_the_table(doc: limner.Document) -> list:
        with calls.open("a") as fh:
            fh.write(f"{os.getpid()}\n")
        # a worker that did not inherit the table would find it empty
        return [limner.Annotation(kind="seen", start=0, end=1, score=float(len(loaded)))]

    e = enricher_with(limner.Annotator("seen", ("seen",), uses_the_table, setup=setup))
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write_jsonl(src, [{"id": str(i), "text": f"Text {i}."} for i in range(40)])
    stats = run_batch(e, src, out, processes=2)
    assert stats.written == 40
    assert log.read_text().split() == [str(os.getpid())]  # once, in this process
    docs = [json.loads(line) for line in out.read_text().splitlines()]
    assert [d["id"] for d in docs] == [str(i) for i in range(40)]
    assert all(d["annotations"][0]["score"] == 1.0 for d in docs)
    workers = calls.read_text().split()
    assert len(workers) == 41 and workers[0] == str(os.getpid())
    assert str(os.getpid()) not in workers[1:] and len(set(workers[1:])) <= 2


class _LineWriter:
    """A writer of ``str`` lines (no ``write_encoded``), as a format may give."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def done_ids(self) -> set[str]:
        return set()

    def write(self, doc: limner.Document) -> None:
        raise AssertionError("a writer of lines is given lines")

    def write_line(self, line: str) -> None:
        self.lines.append(line)

    def close(self) -> None:
        pass


@pytest.mark.parametrize("processes", [1, 2])
def test_a_writer_of_str_lines_gets_the_lines_the_jsonl_file_holds(
    tmp_path: Path, processes: int
) -> None:
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, [{"id": f"d{i}", "text": f"Caf\u00e9 {i} \ud800. Two."} for i in range(20)])
    e = limner.Enricher(plugins=[], kinds=["sentence"])
    writer = _LineWriter()
    run_batch(e, src, tmp_path / "unused.jsonl", writer=writer, processes=processes)
    run_batch(e, src, tmp_path / "out.jsonl", processes=processes)
    written = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert writer.lines == written and len(written) == 20
    assert "\\ud800" in written[0] and "Caf\u00e9" in written[0]  # escaped, and kept as it is


class _FullDisk(_LineWriter):
    def write_line(self, line: str) -> None:
        raise OSError(28, "No space left on device")


def test_a_writer_fault_in_a_parallel_batch_ends_the_workers_with_the_run(
    tmp_path: Path,
) -> None:
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, [{"id": str(i), "text": "x"} for i in range(300)])
    before = threading.active_count()
    with pytest.raises(OSError, match="No space") as caught:  # kept, as a caller would
        run_batch(
            limner.Enricher(plugins=[]), src, tmp_path / "o.jsonl", writer=_FullDisk(), processes=2
        )
    assert threading.active_count() == before  # the pool's threads did not outlive the run
    assert caught.value.errno == 28


def test_an_errors_file_that_cannot_grow_is_the_file_named(tmp_path: Path) -> None:
    """The errors file on a disk of its own that filled up (here: past the process's
    limit of a file's size): the run ended "cannot write OUTPUT: ...", the output's
    disk blamed for the other's."""
    resource = pytest.importorskip("resource")
    src = tmp_path / "in.jsonl"
    # a record without its text whose id is long: its line in the errors file is too
    _write_jsonl(src, [{"id": "a", "text": "x"}, {"id": "b" * 100_000}])
    out = tmp_path / "out.jsonl"
    errors = tmp_path / "bad.jsonl"

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (50_000, 50_000))

    proc = subprocess.run(
        [sys.executable, "-m", "limner", "batch", str(src), "-o", str(out),
         "--errors-file", str(errors), *CORE],
        capture_output=True, text=True, preexec_fn=limited, check=False,
    )
    assert proc.returncode == 2, proc.stderr
    assert f"limner: error: cannot write {errors}: File too large" in proc.stderr
    assert [json.loads(x)["id"] for x in out.read_text("utf-8").splitlines()] == ["a"]


class _Stop(Exception):
    pass


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs interval timers")
def test_a_line_interrupted_after_it_was_written_is_not_written_again(tmp_path: Path) -> None:
    """A Ctrl-C (or SIGTERM) taken just after a line's bytes reached the file, in the
    Python code that named the file in a write's fault: the buffer kept the line as
    unwritten and wrote it again when the run closed the file, a document twice in
    the output.  Here a timer's signal stops writes at every point, many times."""
    from limner.batch import appended

    armed = [False]

    def stop(signum: int, frame: Any) -> None:
        if armed[0]:
            armed[0] = False
            raise _Stop

    path = tmp_path / "o.jsonl"
    before = signal.signal(signal.SIGALRM, stop)
    out = appended(path)
    stopped = written = 0
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.0001, 0.0001)
        deadline = time.monotonic() + 10
        while stopped < 2000 and time.monotonic() < deadline:
            try:
                armed[0] = True
                out.write(b"%d\n" % written)
                out.flush()
                armed[0] = False
            except _Stop:
                stopped += 1
            written += 1
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        armed[0] = False
        signal.signal(signal.SIGALRM, before)
        out.close()
    lines = path.read_bytes().splitlines()
    assert stopped >= 100  # (the timer did stop writes)
    assert len(set(lines)) == len(lines)  # each line once, whole
    assert set(lines) <= {b"%d" % i for i in range(written)}


def test_run_batch_refuses_to_write_into_its_source(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, [{"id": "a", "text": "One."}])
    before = src.read_bytes()
    e = limner.Enricher(plugins=[])
    with pytest.raises(ValueError, match="the source and the errors file are the same file"):
        run_batch(e, src, tmp_path / "out.jsonl", errors_path=src)
    assert src.read_bytes() == before and not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize("role", ["errors", "source"])
@pytest.mark.parametrize("name", ["out.jsonl", "out.db"])
def test_a_batch_refuses_a_file_that_is_the_outputs_note_of_its_making(
    tmp_path: Path, role: str, name: str
) -> None:
    out = tmp_path / name
    note = tmp_path / f"{name}.run.json"
    src = note if role == "source" else tmp_path / "in.jsonl"
    _write_jsonl(src, [{"id": "a", "text": "Lagos traders said 12 stalls burned."}, {"id": 3}])
    before = src.read_bytes()
    args = ["batch", str(src), "-o", str(out), *CORE]
    if role == "errors":
        args += ["--errors-file", str(note)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, result.output
    assert "the output's note of its making" in result.output
    assert src.read_bytes() == before and not out.exists()
    assert note.exists() == (role == "source")


def test_the_command_checks_the_paths_of_a_batch_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before any setup, and not again when the run starts."""
    import limner.batch

    calls: list[str] = []
    for name in ("check_paths", "check_source"):
        real = getattr(limner.batch, name)
        monkeypatch.setattr(limner.batch, name,
                            lambda *a, _real=real, _name=name: (calls.append(_name), _real(*a))[1])
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, [{"id": "a", "text": "One."}])
    result = CliRunner().invoke(cli, ["batch", str(src), "-o", str(tmp_path / "o.jsonl"), *CORE])
    assert result.exit_code == 0, result.output
    assert calls == ["check_paths", "check_source"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16"])
def test_batch_reads_a_named_pipe_once_with_the_progress_bar_on(
    tmp_path: Path, codec: str
) -> None:
    """No seek past the byte order mark, and no count of the lines ahead: both would
    use up the pipe (the bar counts without a total)."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    os.mkfifo(src)
    body = "".join(json.dumps({"id": str(i), "text": f"Café {i}."}) + "\n" for i in range(30))

    def feed() -> None:
        with src.open("wb") as fh:
            fh.write(body.encode(codec))

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(run_batch(limner.Enricher(plugins=[]), src, out, progress=True))
        except Exception as exc:  # reported by the assertion below
            outcome.append(exc)

    runner = threading.Thread(target=run, daemon=True)
    runner.start()
    runner.join(60)
    assert not runner.is_alive(), "the batch waits for a second reading of the pipe"
    (stats,) = outcome
    assert getattr(stats, "written", None) == 30, stats
    docs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [d["text"] for d in docs] == [f"Café {i}." for i in range(30)]


def test_an_interrupted_run_and_its_resume_report_what_one_run_does(tmp_path: Path) -> None:
    """A duplicate id read after the stop is a duplicate still, though its id is done."""
    src = tmp_path / "in.jsonl"
    records = [{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}]
    records += [{"id": "a", "text": "Again."}, {"id": "c", "text": "Three."}]
    records += [{"id": "b", "meta": 1}]  # no text, and an id that is done
    _write_jsonl(src, records)
    once, resumed = tmp_path / "once.jsonl", tmp_path / "resumed.jsonl"
    args = [*CORE, "--strict"]
    whole = CliRunner().invoke(cli, ["batch", str(src), "-o", str(once), *args])
    assert whole.exit_code == 1 and "3 written, 0 already done, 2 bad records" in whole.stderr
    # stopped after its first two documents, before it read the third line
    resumed.write_text("".join(once.read_text().splitlines(keepends=True)[:2]))
    again = CliRunner().invoke(cli, ["batch", str(src), "-o", str(resumed), *args])
    assert again.exit_code == 1 and "1 written, 2 already done, 2 bad records" in again.stderr
    assert resumed.read_text() == once.read_text()
    errors = (tmp_path / "resumed.jsonl.errors.jsonl").read_text()
    assert errors == (tmp_path / "once.jsonl.errors.jsonl").read_text()
    assert [json.loads(x)["line"] for x in errors.splitlines()] == [3, 5]


def test_a_bad_record_is_logged_once_by_its_id_though_the_source_was_edited(
    tmp_path: Path,
) -> None:
    """Keyed by line number, a line added before a resume logged the bad records after
    it again, and the bad record that came to a logged number was never logged."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    lines = ['{"id": "a", "text": "One."}', '{"id": "x"}', "{oops", '{"id": "b", "text": "Two."}']
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = ["batch", str(src), "-o", str(out), *CORE]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0 and "2 written, 0 already done, 2 bad records" in first.stderr
    # edited: a good record and a bad one (at the bad lines' old numbers) put before them
    lines[1:1] = ['{"id": "y"}', '{"id": "z", "text": "Three."}']
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0 and "1 written, 2 already done, 3 bad records" in again.stderr
    errors = tmp_path / "out.jsonl.errors.jsonl"
    logged = [json.loads(x) for x in errors.read_text(encoding="utf-8").splitlines()]
    assert [(e["line"], e["id"]) for e in logged] == [(2, "x"), (3, "line-3"), (2, "y")]
    assert CliRunner().invoke(cli, args).exit_code == 0
    assert len(errors.read_text(encoding="utf-8").splitlines()) == 3  # nothing again


def test_records_that_share_an_id_and_reason_are_counted_not_logged_as_one(
    tmp_path: Path,
) -> None:
    """An id given three times is two bad records: a resume after an edit logs neither
    again, and a fourth, added, is logged."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    records: list[dict[str, object]] = [{"id": "a", "text": f"Take {i}."} for i in range(3)]
    _write_jsonl(src, records)
    args = ["batch", str(src), "-o", str(out), *CORE]
    assert CliRunner().invoke(cli, args).exit_code == 0
    _write_jsonl(src, [{"id": "b", "text": "New."}, *records, {"id": "a", "text": "More."}])
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0 and "1 written, 1 already done, 3 bad records" in again.stderr
    errors = (tmp_path / "out.jsonl.errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["line"] for x in errors] == [2, 3, 5]


def test_batch_options_are_the_keywords_of_a_checked_run() -> None:
    """run_batch hands its options on as they are: they name the same parameters."""
    import inspect
    import typing

    import limner.batch

    params = inspect.signature(limner.batch.run_checked_batch).parameters
    keywords = {n for n, p in params.items() if p.kind is p.KEYWORD_ONLY} - {"errors_path"}
    assert set(typing.get_type_hints(limner.batch.BatchOptions)) == keywords


@pytest.mark.parametrize("processes", ["1", "2"])
@pytest.mark.parametrize("name", ["out.jsonl", "out.db"])
@pytest.mark.parametrize("records", ["bad", "none"])
def test_a_batch_that_writes_no_document_leaves_no_note_of_its_making(
    tmp_path: Path, processes: str, name: str, records: str
) -> None:
    """The note beside an output (OUTPUT.run.json) says what made its documents, to refuse a
    resume of another making; a run that wrote none (every record bad, an empty source)
    left it beside no output, as if a run had made some."""
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, [{"id": 3}, {"id": "b", "body": "No text."}] if records == "bad" else [])
    out = tmp_path / name
    result = CliRunner().invoke(cli, ["batch", str(src), "-o", str(out), "-j", processes, *CORE])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / f"{name}.run.json").exists()
    assert (tmp_path / f"{name}.errors.jsonl").exists() == (records == "bad")
    # a run that writes documents notes them, over an output that holds none
    _write_jsonl(src, [{"id": "a", "text": "One."}])
    again = CliRunner().invoke(cli, ["batch", str(src), "-o", str(out), "-p", "numbers"])
    assert again.exit_code == 0, again.output
    assert json.loads((tmp_path / f"{name}.run.json").read_text("utf-8"))["annotators"] == [
        "numbers"
    ]


def test_a_resume_by_other_plugins_or_options_is_refused_before_any_work(
    tmp_path: Path,
) -> None:
    src = tmp_path / "in.jsonl"
    out = tmp_path / "out.jsonl"
    _write_jsonl(src, [{"id": "a", "text": "Over 3 people."}])
    runner = CliRunner()
    first = runner.invoke(cli, ["batch", str(src), "-o", str(out), "-p", "numbers"])
    assert first.exit_code == 0, first.output
    noted = json.loads((tmp_path / "out.jsonl.run.json").read_text("utf-8"))
    assert noted == {
        "annotators": ["numbers"], "config": {}, "text_field": "text", "id_field": "id"
    }
    _write_jsonl(src, [{"id": "a", "text": "Over 3 people."}, {"id": "b", "text": "5 more."}])
    kept = out.read_bytes()
    for other in (
        ["-p", "quotes"],
        ["-p", "numbers", "-c", "numbers.decimal_comma=true"],
        # the same records under other ids would be taken for new documents, all written twice
        ["-p", "numbers", "--id-field", "title"],
        ["-p", "numbers", "--text-field", "body"],  # every record bad
    ):
        refused = runner.invoke(cli, ["batch", str(src), "-o", str(out), *other])
        assert refused.exit_code == 2, refused.output
        assert "holds documents made by the annotators numbers" in refused.output
        assert out.read_bytes() == kept  # nothing written
    same = runner.invoke(cli, ["batch", str(src), "-o", str(out), "-p", "numbers"])
    assert same.exit_code == 0, same.output
    assert [json.loads(line)["id"] for line in out.read_text("utf-8").splitlines()] == ["a", "b"]


def test_a_resume_with_the_same_options_spelt_otherwise_goes_on(tmp_path: Path) -> None:
    """The note held the options as they were typed: a resume with ``=TRUE`` where the
    first run gave ``=true``, or naming an option at its default, was refused as a run
    of other options, though its documents are made alike."""
    src = tmp_path / "in.jsonl"
    out = tmp_path / "out.jsonl"
    records = [{"id": "a", "text": "Over 3,5 people."}]
    _write_jsonl(src, records)
    runner = CliRunner()
    base = ["batch", str(src), "-o", str(out), "-p", "numbers"]
    first = runner.invoke(cli, [*base, "-c", "numbers.decimal_comma=true"])
    assert first.exit_code == 0, first.output
    for n, same in enumerate(["TRUE", " yes", "true"]):
        records.append({"id": f"r{n}", "text": f"{n} more."})
        _write_jsonl(src, records)
        again = runner.invoke(cli, [*base, "-c", f"numbers.decimal_comma={same}"])
        assert again.exit_code == 0, again.output
        assert f"1 written, {n + 1} already done" in again.stderr
    other = runner.invoke(cli, [*base, "-c", "numbers.decimal_comma=false"])
    assert other.exit_code == 2 and "holds documents made by" in other.output
    # an option given at its default makes what it makes when it is not given
    plain = tmp_path / "plain.jsonl"
    assert runner.invoke(cli, ["batch", str(src), "-o", str(plain), "-p", "numbers"]
                         ).exit_code == 0
    records.append({"id": "last", "text": "4 more."})
    _write_jsonl(src, records)
    named = runner.invoke(cli, ["batch", str(src), "-o", str(plain), "-p", "numbers",
                                "-c", "numbers.decimal_comma=false"])
    assert named.exit_code == 0, named.output
    assert "1 written, 4 already done" in named.stderr
    assert [d.id for d in limner.load(plain)] == ["a", "r0", "r1", "r2", "last"]


def test_a_resume_with_an_option_whose_check_makes_an_object_goes_on(tmp_path: Path) -> None:
    """An option's check may make a value of its own, equal to nothing but itself: the
    options compared as they resolve refused every resume of an unchanged run."""

    class Words:
        def __init__(self, text: str) -> None:
            self.words = text.split()

    option = limner.Option("fake.words", "", help="words", validate=Words)
    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(limner.Annotator("m", "mark", marker("mark")),
                            limner_config_options=lambda: [option]), "fake")
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write_jsonl(src, [{"id": "a", "text": "One."}])

    def run() -> Any:
        e = limner.Enricher(manager=pm, config={"fake.words": "x y"})
        return run_batch(e, src, out)

    run()
    _write_jsonl(src, [{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}])
    stats = run()
    assert (stats.written, stats.skipped) == (1, 1)


@pytest.mark.parametrize("name", ["out.jsonl", "out.db"])
def test_a_batch_on_an_output_another_batch_writes_now_is_refused_before_any_work(
    tmp_path: Path, name: str
) -> None:
    """Both took the missing documents for their own: a JSONL output got them twice, an
    SQLite one filled the errors file with documents 'already in the database'."""
    fcntl = pytest.importorskip("fcntl")
    src = tmp_path / "in.jsonl"
    out = tmp_path / name
    _write_jsonl(src, [{"id": "a", "text": "Over 3 people."}, {"id": "b", "text": "5 more."}])
    runner = CliRunner()
    args = ["batch", str(src), "-o", str(out), *CORE]
    assert runner.invoke(cli, args).exit_code == 0
    _write_jsonl(src, [{"id": "a", "text": "Over 3 people."}, {"id": "c", "text": "6 more."}])
    kept = out.read_bytes()
    with out.open("rb") as other:  # another run's hold, as its process takes it
        fcntl.flock(other.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        refused = runner.invoke(cli, args)
        assert refused.exit_code == 2, refused.output
        assert "is being written by another batch run now" in refused.output
        assert out.read_bytes() == kept
        assert not (tmp_path / f"{name}.errors.jsonl").exists()
        with pytest.raises(limner.ConfigError, match="another batch run"):
            run_batch(limner.Enricher(plugins=[]), src, out)
    done = runner.invoke(cli, args)
    assert done.exit_code == 0, done.output
    assert sorted(d.id for d in limner.load(out)) == ["a", "b", "c"]


def test_a_file_removed_by_the_batch_that_held_it_is_held_anew_not_its_old_inode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch ending removes its empty errors file: one that opened the file just before
    locked a file no path named, and a third batch then held the path too (two runs on
    one errors file).  The lock is taken on the file the path names."""
    fcntl = pytest.importorskip("fcntl")
    from limner import batch as batch_module

    errors = tmp_path / "shared.errors.jsonl"
    real_open = os.open
    opened: list[str] = []

    def open_then_removed(path: Any, flags: int, *args: Any) -> int:
        fd = real_open(path, flags, *args)
        if str(path) == str(errors) and not opened:
            opened.append("first")
            os.unlink(errors)  # the batch that held it ends, and removes it, empty
        return fd

    monkeypatch.setattr(batch_module.os, "open", open_then_removed)
    with batch_module.held_output(tmp_path / "out.jsonl", errors):
        monkeypatch.setattr(batch_module.os, "open", real_open)
        assert errors.exists()
        with errors.open("ab") as third, pytest.raises(BlockingIOError):
            fcntl.flock(third.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    assert not errors.exists()  # (made by the hold, empty: removed while still held)


def test_a_batch_on_an_errors_file_another_batch_writes_now_is_refused_before_any_work(
    tmp_path: Path,
) -> None:
    """Two batches of two outputs given one --errors-file: the first to end found it
    empty and removed it while the other wrote to it, whose bad records were lost (its
    summary named a file that no longer was)."""
    fcntl = pytest.importorskip("fcntl")
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, [{"id": "a", "text": "Over 3 people."}])
    errors = tmp_path / "shared.errors.jsonl"
    runner = CliRunner()
    with errors.open("ab") as other:  # another run's hold on its errors file
        fcntl.flock(other.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        for out in (tmp_path / "out.jsonl", tmp_path / "out.db"):
            args = ["batch", str(src), "-o", str(out), "--errors-file", str(errors), *CORE]
            refused = runner.invoke(cli, args)
            assert refused.exit_code == 2, refused.output
            assert "is being written by another batch run now" in refused.output
            assert str(errors) in refused.output
            assert not out.exists()
        assert errors.exists()
        with pytest.raises(limner.ConfigError, match="another batch run"):
            run_batch(limner.Enricher(plugins=[]), src, tmp_path / "out.jsonl",
                      errors_path=errors)
        # an output that another run writes its bad records to is held as well
        taken = runner.invoke(cli, ["batch", str(src), "-o", str(errors), *CORE])
        assert taken.exit_code == 2, taken.output
    done = runner.invoke(cli, ["batch", str(src), "-o", str(tmp_path / "out.jsonl"),
                               "--errors-file", str(errors), *CORE])
    assert done.exit_code == 0, done.output
    assert not errors.exists()  # (no bad record: the empty file is removed)


def test_a_file_system_that_takes_no_locks_runs_the_batch_unheld(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fcntl = pytest.importorskip("fcntl")

    def no_locks(fd: int, operation: int) -> None:
        raise OSError(37, "No locks available")  # ENOLCK, as some network file systems

    monkeypatch.setattr(fcntl, "flock", no_locks)
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, [{"id": "a", "text": "x"}])
    assert run_batch(limner.Enricher(plugins=[]), src, tmp_path / "out.jsonl").written == 1


def test_a_batch_that_writes_nothing_leaves_no_output_made_for_its_hold(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a"}\n', encoding="utf-8")  # no text: a bad record
    stats = run_batch(limner.Enricher(plugins=[]), src, tmp_path / "out.jsonl")
    assert stats.bad == 1 and not (tmp_path / "out.jsonl").exists()


def test_an_output_without_a_note_of_its_making_resumes_and_is_noted(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    out = tmp_path / "out.jsonl"
    _write_jsonl(src, [{"id": "a", "text": "x"}, {"id": "b", "text": "y"}])
    enricher = enricher_with(limner.Annotator("a", ("a",), marker("a")))
    run_batch(enricher, src, out)
    (tmp_path / "out.jsonl.run.json").unlink()  # as an older limner left it
    out.write_text(out.read_text("utf-8").splitlines()[0] + "\n", encoding="utf-8")
    stats = run_batch(enricher, src, out)
    assert (stats.written, stats.skipped) == (1, 1)
    assert json.loads((tmp_path / "out.jsonl.run.json").read_text("utf-8"))["annotators"] == [
        "a"
    ]


def test_a_note_of_an_older_limner_without_the_fields_resumes_and_is_noted_again(
    tmp_path: Path,
) -> None:
    src = tmp_path / "in.jsonl"
    out = tmp_path / "out.jsonl"
    _write_jsonl(src, [{"id": "a", "text": "x"}, {"id": "b", "text": "y"}])
    enricher = enricher_with(limner.Annotator("a", ("a",), marker("a")))
    run_batch(enricher, src, out)
    note = tmp_path / "out.jsonl.run.json"
    note.write_text(json.dumps({"annotators": ["a"], "config": {}}), encoding="utf-8")
    out.write_text(out.read_text("utf-8").splitlines()[0] + "\n", encoding="utf-8")
    stats = run_batch(enricher, src, out)
    assert (stats.written, stats.skipped) == (1, 1)
    assert json.loads(note.read_text("utf-8"))["id_field"] == "id"


def test_a_first_item_that_cannot_be_sent_to_a_worker_goes_the_way_of_the_others() -> None:
    from limner.parallel import parallel_map

    e = limner.Enricher(plugins=[])
    got = list(parallel_map(e, [lambda: 0, 1, 2], _kept, n_process=2, fault=str))
    assert got[0].startswith("it could not be sent to a worker: ") and got[1:] == [1, 2]


def _kept(enricher: limner.Enricher, item: object) -> object:
    return item


def test_one_field_named_as_both_text_and_id_is_refused_before_any_work(
    tmp_path: Path,
) -> None:
    """Every document's id was its whole text, and a resume matched documents by it."""
    src = tmp_path / "in.jsonl"
    out = tmp_path / "out.jsonl"
    _write_jsonl(src, [{"id": "a", "body": "Over 3 people."}])
    refused = CliRunner().invoke(
        cli, ["batch", str(src), "-o", str(out), "-p", "numbers", "--text-field", "body",
              "--id-field", "body"])
    assert refused.exit_code == 2, refused.output
    assert "both read from the field 'body'" in refused.output
    assert not out.exists()
    with pytest.raises(ValueError, match="both read from the field 'text'"):
        run_batch(limner.Enricher(plugins=[]), src, out, id_field="text")
    assert not out.exists()


@pytest.mark.parametrize("processes", [1, 2])
@pytest.mark.parametrize("name", ["two.jsonl", "two.db"])
def test_a_batchs_documents_fed_back_are_read_as_documents_and_enriched_further(
    tmp_path: Path, processes: int, name: str
) -> None:
    """Enriching in two steps: the second run reads the first's documents (their
    annotations kept), not records whose schema, meta and annotations go to meta."""
    src, one, two = tmp_path / "in.jsonl", tmp_path / "one.jsonl", tmp_path / name
    texts = ['She said "we sold 3 cars" on Monday.', "Over 40 people came.", "None."]
    _write_jsonl(src, [{"id": f"d{i}", "text": t, "desk": "city"} for i, t in enumerate(texts)])
    runner = CliRunner()
    first = runner.invoke(cli, ["batch", str(src), "-o", str(one), "-p", "numbers"])
    assert first.exit_code == 0, first.output
    made = {d.id: d for d in map(limner.Document.from_json, one.read_text().splitlines())}
    args = ["batch", str(one), "-o", str(two), "-p", "quotes", "-j", str(processes)]
    second = runner.invoke(cli, args)
    assert second.exit_code == 0, second.output
    assert "3 written, 0 already done, 0 bad records" in second.stderr
    if name.endswith(".db"):
        from limner.formats.sqlite import read_sqlite

        docs = list(read_sqlite(two))
    else:
        docs = [limner.Document.from_json(x) for x in two.read_text().splitlines()]
    assert [d.id for d in docs] == ["d0", "d1", "d2"]
    for doc in docs:
        assert doc.meta == {"desk": "city"}  # not the first document, in meta
        assert doc.select("number") == made[doc.id].select("number")  # kept as they were
    assert docs[0].select("quote")  # and the plugin asked for ran over them
    again = runner.invoke(cli, args)  # resumed by id
    assert again.exit_code == 0 and "0 written, 3 already done" in again.stderr


def test_a_plugin_whose_kinds_a_document_holds_is_not_run_on_it_again(tmp_path: Path) -> None:
    """As Enricher.enrich does for a Document that holds an annotator's kinds; marks
    given by hand (no source) or by another plugin are what it reads, not its work."""
    calls: list[str] = []

    def counted(doc: limner.Document) -> list:
        calls.append(doc.id)
        return marker("mark")(doc)

    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    had = limner.Document("One.", id="had")
    had.add([limner.Annotation(kind="mark", start=1, end=2)], source="fake")
    lacks = limner.Document("Two.", id="lacks")
    hand = limner.Document("Six.", id="hand")
    hand.add([limner.Annotation(kind="mark", start=2, end=3)])
    other = limner.Document("Ten.", id="other")
    other.add([limner.Annotation(kind="mark", start=2, end=3)], source="another")
    docs_in = (had, lacks, hand, other)
    src.write_text("".join(d.to_json() + "\n" for d in docs_in), encoding="utf-8")
    e = enricher_with(limner.Annotator("m", "mark", counted))
    stats = run_batch(e, src, out)
    assert (stats.written, stats.bad) == (4, 0)
    assert calls == ["lacks", "hand", "other"]
    docs = [limner.Document.from_json(x) for x in out.read_text().splitlines()]
    assert [[(a.start, a.end) for a in d.select("mark")] for d in docs] == [
        [(1, 2)], [(0, 1)], [(0, 1), (2, 3)], [(0, 1), (2, 3)]
    ]


def test_a_document_that_does_not_load_is_set_aside_naming_its_field(tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    past = {"schema": "limner/1", "id": "past", "text": "Hi.", "meta": {},
            "annotations": [{"id": "m1", "kind": "mark", "start": 0, "end": 9}], "errors": []}
    later = {"schema": "limner/9", "id": "later", "text": "Hi."}
    other = {"schema": "a-schema-of-ours", "id": "rec", "text": "Hi."}  # a record's own field
    _write_jsonl(src, [past, later, other, {"schema": "limner/1", "id": "bare", "text": "Ok."}])
    for processes in (1, 2):
        stats = run_batch(enricher_with(), src, out, processes=processes)
        written = [json.loads(x) for x in out.read_text().splitlines()]
        assert [d["id"] for d in written] == ["rec", "bare"]
        assert written[0]["meta"] == {"schema": "a-schema-of-ours"}
        assert (stats.bad, stats.written) == (2, 2 if processes == 1 else 0)
    logged = _logged(tmp_path / "out.jsonl.errors.jsonl")
    assert [(e["line"], e["id"]) for e in logged] == [(1, "past"), (2, "later")]  # once
    assert logged[0]["reason"].startswith("not a limner/1 document: annotations[0].end")
    assert "unsupported document schema 'limner/9'" in logged[1]["reason"]


def test_a_resume_over_documents_of_another_schema_is_refused_before_any_work(
    tmp_path: Path,
) -> None:
    """The ids of a later limner's documents were read and skipped, and limner/1
    documents appended after them: one output of two schemas."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write_jsonl(src, [{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}])
    _write_jsonl(out, [{"schema": "limner/2", "id": "a", "text": "One.", "annotations": []}])
    kept = out.read_bytes()
    refused = CliRunner().invoke(cli, ["batch", str(src), "-o", str(out), *CORE])
    assert refused.exit_code == 2, refused.output
    assert "holds documents of the schema 'limner/2'" in refused.output
    assert out.read_bytes() == kept
    with pytest.raises(limner.InputError, match="schema 'limner/2'"):
        run_batch(enricher_with(), src, out)
    assert out.read_bytes() == kept


def _ids_and_texts(out: Path) -> list[tuple[str, str]]:
    return [(d.id, d.text) for d in limner.load(out)]


@pytest.mark.parametrize("processes", ["1", "2"])
@pytest.mark.parametrize("name", ["out.jsonl", "out.db"])
def test_records_named_by_their_line_resume_from_an_unchanged_source(
    tmp_path: Path, processes: str, name: str
) -> None:
    """Records without ids are named by their line: a source that only grew at its end
    resumes, each record written once (a document read back without an id as well)."""
    src, out = tmp_path / "in.jsonl", tmp_path / name
    # (a text the line escapes: quotes, a new line, a lone surrogate; and beyond ASCII)
    lines = [r'{"text": "\"One\"\n\ud800"}', "", '{"id": "b", "text": "Two."}', "{oops",
             '{"text": "3 é."}']
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = ["batch", str(src), "-o", str(out), "-j", processes, *CORE]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0 and "3 written, 0 already done, 1 bad" in first.stderr
    lines += ['{"schema": "limner/1", "text": "Four.", "annotations": []}', '{"text": "Five."}']
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0, again.output
    assert "2 written, 3 already done, 1 bad" in again.stderr
    assert _ids_and_texts(out) == [
        ("line-1", '"One"\n\ud800'), ("b", "Two."), ("line-5", "3 é."), ("line-6", "Four."),
        ("line-7", "Five."),
    ]


@pytest.mark.parametrize("processes", ["1", "2"])
@pytest.mark.parametrize("name", ["out.jsonl", "out.db"])
@pytest.mark.parametrize(
    "edit",
    ["inserted", "removed", "blank", "bad", "own id", "own id in place", "changed"],
)
def test_a_resume_of_records_named_by_lines_an_edit_moved_is_refused(
    tmp_path: Path, processes: str, name: str, edit: str
) -> None:
    """A record inserted above records named by their line gave each the name of the
    one before it: the resume skipped a record never enriched and wrote another twice
    (exit 0).  The first line whose record is not the one written under its name is
    said, and nothing is written."""
    src, out = tmp_path / "in.jsonl", tmp_path / name
    records = ['{"text": "one"}', '{"text": "two"}', '{"text": "three"}']
    src.write_text("\n".join(records) + "\n", encoding="utf-8")
    args = ["batch", str(src), "-o", str(out), "-j", processes, *CORE]
    assert CliRunner().invoke(cli, args).exit_code == 0
    written = _ids_and_texts(out)
    edited = {
        "inserted": ['{"text": "zero"}', *records],
        "removed": records[1:],
        "blank": [records[0], "", *records[1:]],
        "bad": [records[0], "{oops", *records[1:]],
        "own id": [records[0], '{"id": "x", "text": "new"}', *records[1:]],
        "own id in place": [records[0], '{"id": "x", "text": "new"}', records[2]],
        "changed": [records[0], '{"text": "TWO"}', records[2]],
    }[edit]
    src.write_text("\n".join(edited) + "\n", encoding="utf-8")
    refused = CliRunner().invoke(cli, args)
    assert refused.exit_code == 2, refused.output
    # (a record with an id of its own on a line whose name the output holds is refused
    # at the source's end, unless a record whose own id is that name turns up: "two",
    # moved onto line 3's name, is refused first; the new record "x" may be written)
    line = {"inserted": 1, "removed": 1, "own id": 3}.get(edit, 2)
    assert f"line {line} of {src} is not the record written to {out} as 'line-{line}'" in (
        " ".join(refused.stderr.split())
    )
    assert "give each record an id" in " ".join(refused.stderr.split())
    assert [d for d in _ids_and_texts(out) if d != ("x", "new")] == written


@pytest.mark.parametrize("processes", ["1", "2"])
@pytest.mark.parametrize("name", ["out.jsonl", "out.db"])
@pytest.mark.parametrize("front", [[], ['{"id": "intro", "text": "Zero."}']])
def test_records_whose_own_ids_read_as_lines_names_resume_from_an_unchanged_source(
    tmp_path: Path, processes: str, name: str, front: list[str]
) -> None:
    """An id of a record's own that reads as a line's name (``line-2``: an earlier
    batch's documents enriched again, a record put in front of them) was taken for
    the name of the line it was written from: the resume of an unchanged source was
    refused (exit 2, "it is the record of the id 'line-2' now")."""
    src, out = tmp_path / "in.jsonl", tmp_path / name
    step = tmp_path / "step.jsonl"
    _write_jsonl(src, [{"text": t} for t in ("One.", "Two.", "Three.")])
    assert CliRunner().invoke(cli, ["batch", str(src), "-o", str(step), *CORE]).exit_code == 0
    lines = step.read_text("utf-8").splitlines()
    records = front + (lines if front else ['{"id": "line-2", "text": "A"}', *lines[:1]])
    src.write_text("\n".join(records) + "\n", encoding="utf-8")
    args = ["batch", str(src), "-o", str(out), "-j", processes, *CORE]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    written = _ids_and_texts(out)
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0, again.output
    assert f"0 written, {len(records)} already done, 0 bad" in again.stderr
    assert _ids_and_texts(out) == written


@pytest.mark.parametrize("processes", ["1", "2"])
@pytest.mark.parametrize("name", ["out.jsonl", "out.db"])
@pytest.mark.parametrize("removed", ['{"id": "x", "text": "new"}', "{oops"])
@pytest.mark.parametrize("after", [[], ['{"text": "four"}']])
def test_a_record_moved_onto_a_name_the_output_does_not_hold_is_refused(
    tmp_path: Path, processes: str, name: str, removed: str, after: list[str]
) -> None:
    """A line of a record with an id of its own (or a bad one) taken out above records
    without ids moved the next onto a name the output did not hold: it was written
    again under that name, its document there already under the next line's (exit 0),
    or written before the line after it was refused.  It is refused, nothing written."""
    src, out = tmp_path / "in.jsonl", tmp_path / name
    records = ['{"text": "one"}', removed, '{"text": "three"}', *after]
    src.write_text("\n".join(records) + "\n", encoding="utf-8")
    args = ["batch", str(src), "-o", str(out), "-j", processes, *CORE]
    assert CliRunner().invoke(cli, args).exit_code == 0
    written = _ids_and_texts(out)
    src.write_text("\n".join([records[0], *records[2:]]) + "\n", encoding="utf-8")
    refused = CliRunner().invoke(cli, args)
    assert refused.exit_code == 2, refused.output
    assert f"line 2 of {src} holds the text of a document written to {out} under a later" in (
        " ".join(refused.stderr.split())
    )
    assert _ids_and_texts(out) == written


@pytest.mark.parametrize("processes", ["1", "2"])
@pytest.mark.parametrize("ids", [True, False])
@pytest.mark.parametrize(
    ("cut", "said"),
    [(b"\n", "1 written, 2 already done"), (b"", "2 written, 1 already done")],
    ids=["cut-short-within", "cut-and-joined-to-the-next-file"],
)
def test_a_document_line_cut_short_is_not_taken_for_done(
    tmp_path: Path, processes: str, ids: bool, cut: bytes, said: str
) -> None:
    """The resume read a line's id from its start alone: a line cut short in the middle
    of the output (edited by hand, two files joined after a crash) counted its record
    as done, and the record had no whole document anywhere (exit 0).  Outputs joined
    with `cat` after a crash: the line it cut has no newline, so the next file's first
    line was glued to it, and the joined line started with the cut document's id and
    ended as an object: its record was taken for done too.  Each record cut is written
    again (both, where the next line was glued to the cut)."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write_jsonl(src, [{"id": i, "text": f"Record {i}."} if ids else {"text": f"Record {i}."}
                       for i in "abc"])
    args = ["batch", str(src), "-o", str(out), "-j", processes, *CORE]
    assert CliRunner().invoke(cli, args).exit_code == 0
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(lines[0] + lines[1][:60] + cut + lines[2])
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0, again.output
    assert said in again.stderr
    whole = []
    for line in out.read_text("utf-8").splitlines():
        with contextlib.suppress(ValueError):
            whole.append(json.loads(line)["text"])
    assert sorted(whole) == ["Record a.", "Record b.", "Record c."]



@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_child_forked_during_a_run_does_not_hold_its_output_after_it(tmp_path: Path) -> None:
    """A process forked while a batch held its output (a ``-j`` worker, a plugin's own
    child) shared the lock, which is the open file's: a child that outlived the run held
    the output against the next run, refused as "being written by another batch run"."""
    from limner import batch as batch_module

    out = tmp_path / "o.jsonl"
    out.write_text("", encoding="utf-8")
    ready, say = os.pipe()
    with batch_module.held_output(out):
        child = os.fork()
        if child == 0:  # the child outlives the run
            os.write(say, b"!")
            time.sleep(3)
            os._exit(0)
    os.read(ready, 1)  # (the child runs)
    try:
        with batch_module.held_output(out):  # the next run, the child still alive
            pass
    finally:
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        os.close(ready)
        os.close(say)
