"""The core's work grows linearly: segmenter, document add and select, the JSON form, batch.

Each case counts calls at n and 2n with :mod:`tests.scaling`; the figures it
prints with ``-s`` are those of docs/scaling.md.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import limner
from limner.batch import _done_ids, run_batch
from limner.formats.webanno import read_webanno
from limner.segment import sentences, tokens
from tests.scaling import assert_cpu_linear, assert_linear, growth, work


def _doc(n: int) -> limner.Document:
    doc = limner.Document(text="word " * n)
    doc.add(
        [
            limner.Annotation(kind="w", start=5 * i, end=5 * i + 4, features={"v": [i, 0.5]})
            for i in range(n)
        ]
    )
    return doc


def _doc_long(n: int) -> limner.Document:
    """:func:`_doc` with one more annotation of the kind, over the whole text."""
    doc = _doc(n)
    doc.add([limner.Annotation(kind="w", start=0, end=len(doc.text))])
    return doc


def _doc_with_tokens(n: int) -> limner.Document:
    """:func:`_doc` with a layer of its ``n`` words."""
    doc = _doc(n)
    doc.add_layer(limner.Layer("token", range(0, 5 * n, 5), range(4, 5 * n, 5)))
    return doc


def _web_annotations_of_an_edited_text(n: int) -> str:
    """A Web Annotation file of ``n`` places whose text has a line put at its top since:
    every position is off, each quote looked for in the text."""
    unit = "The mayor of Paris met 30 people in Lyon. "
    doc = limner.Document(text=unit * n, id="x")
    doc.add([limner.Annotation(kind="x", start=i * len(unit) + 13, end=i * len(unit) + 18)
             for i in range(n)])
    data = json.loads(limner.PluginManager(plugins=[]).formats()["webanno"].dumps([doc]))
    data["limner:documents"][0]["text"] = "Updated.\n" + doc.text
    return json.dumps(data)


def _web_annotations_of_a_text_edited_around_them(n: int) -> str:
    """As :func:`_web_annotations_of_an_edited_text`, the words around each quote edited
    too: no occurrence agrees whole with its prefix and suffix, and each was weighed
    against every occurrence of the quote in the text (65 s for 4,000)."""
    data = json.loads(_web_annotations_of_an_edited_text(n))
    doc = data["limner:documents"][0]
    doc["text"] = doc["text"].replace("The mayor", "The Mayor")
    return json.dumps(data)


CASES: dict[str, tuple[Any, Any, int]] = {
    "segment sentences": (lambda n: "One here. Mr. Two? Yes! " * n, sentences, 2000),
    "segment tokens": (lambda n: "One here, 1,000.5 words! " * n, tokens, 2000),
    "document add": (
        lambda n: (
            "x" * (2 * n),
            [limner.Annotation(kind="k", start=i, end=i + 2) for i in range(n)],
        ),
        lambda arg: limner.Document(text=arg[0]).add(arg[1]),
        2000,
    ),
    "document select within each": (
        _doc,
        lambda doc: [doc.select("w", within=a) for a in doc.annotations],
        1000,
    ),
    "document select overlapping each": (
        _doc,
        lambda doc: [doc.select("w", overlapping=a) for a in doc.annotations],
        1000,
    ),
    "document select overlapping each, one annotation over all": (
        _doc_long,
        lambda doc: [doc.select("w", overlapping=a) for a in doc.annotations],
        1000,
    ),
    "web annotations read where every quote moved": (
        _web_annotations_of_an_edited_text,
        lambda data: list(read_webanno(io.StringIO(data))),
        300,
    ),
    "web annotations read where every quote and the words around it moved": (
        _web_annotations_of_a_text_edited_around_them,
        lambda data: list(read_webanno(io.StringIO(data))),
        300,
    ),
    "json round trip": (
        _doc,
        lambda doc: limner.Document.from_json(doc.to_json(), kinds={}),
        1000,
    ),
    "json read of annotations of unknown kinds and a layer": (
        lambda n: _doc_with_tokens(n).to_json(),
        lambda text: limner.Document.from_json(text),
        1000,
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_core_work_grows_linearly(name: str) -> None:
    make, run, n = CASES[name]
    g = assert_linear(make, run, n)
    print(f"{name}: {g}")


def test_the_resume_scan_grows_linearly(tmp_path: Path) -> None:
    def make(n: int) -> Path:
        path = tmp_path / f"out{n}.jsonl"
        with path.open("w") as fh:
            for i in range(n):
                fh.write(json.dumps({"schema": "limner/1", "id": f"d{i}", "text": "x" * 50}) + "\n")
        return path

    assert_linear(make, lambda p: _done_ids(p), 2000)


def test_the_resume_scan_of_documents_named_by_their_line_grows_linearly(
    tmp_path: Path,
) -> None:
    """Each document named by its line (a record without an id) has its text read back
    from its line, to tell a source edited above it."""

    def make(n: int) -> Path:
        path = tmp_path / f"placed{n}.jsonl"
        with path.open("w") as fh:
            for i in range(n):
                doc = {"schema": "limner/1", "id": f"line-{i + 1}", "text": "x\u00e9" * 25}
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        return path

    assert_linear(make, lambda p: _done_ids(p, {}), 2000)


def test_a_resume_over_records_named_by_their_line_grows_linearly(tmp_path: Path) -> None:
    """The check of each line's record against the document of its name, blank lines
    included, as the source is read."""
    enricher = limner.Enricher(plugins=[])
    enricher.setup()

    def make(n: int) -> tuple[Path, Path]:
        src, out = tmp_path / f"in{n}.jsonl", tmp_path / f"out{n}.jsonl"
        src.write_text("".join(f'{{"text": "r{i}"}}\n\n' for i in range(n)), encoding="utf-8")
        run_batch(enricher, src, out)
        return src, out

    assert_linear(make, lambda paths: run_batch(enricher, *paths), 1000)


def test_a_resume_of_a_bad_record_mended_above_records_named_by_their_line_grows_linearly(
    tmp_path: Path,
) -> None:
    """A record of a line the output holds no document of, read while names are left:
    the digests of the names not met yet are counted once, and each name met after
    takes one off."""
    enricher = limner.Enricher(plugins=[])
    enricher.setup()

    def make(n: int) -> tuple[Path, Path, Path]:
        src, kept = tmp_path / f"in{n}.jsonl", tmp_path / f"kept{n}.jsonl"
        records = "".join(f'{{"text": "r{i}"}}\n' for i in range(n))
        src.write_text("{oops\n" + records, encoding="utf-8")
        run_batch(enricher, src, kept)
        src.write_text('{"text": "mended"}\n' + records, encoding="utf-8")
        return src, kept, tmp_path / f"out{n}.jsonl"

    def resume(paths: tuple[Path, Path, Path]) -> None:
        src, kept, out = paths
        shutil.copyfile(kept, out)
        assert run_batch(enricher, src, out).written == 1

    assert_linear(make, resume, 1000)


def test_a_resume_over_own_ids_that_read_as_lines_names_grows_linearly(tmp_path: Path) -> None:
    """An earlier batch's documents enriched again, a record put in front: each line's
    name the output holds is set aside, and taken out at the next line."""
    enricher = limner.Enricher(plugins=[])
    enricher.setup()

    def make(n: int) -> tuple[Path, Path]:
        src, out = tmp_path / f"in{n}.jsonl", tmp_path / f"out{n}.jsonl"
        step = tmp_path / f"step{n}.jsonl"
        src.write_text("".join(f'{{"text": "r{i}"}}\n' for i in range(n)), encoding="utf-8")
        run_batch(enricher, src, step)
        src.write_text('{"id": "intro", "text": "zero"}\n' + step.read_text("utf-8"))
        run_batch(enricher, src, out)
        return src, out

    assert_linear(make, lambda paths: run_batch(enricher, *paths), 1000)


def test_the_helper_catches_quadratic_work() -> None:
    def rescan(items: list[int]) -> int:
        return sum(1 for i in items for j in items[:i] if j == i)

    g = growth(lambda n: list(range(n)), rescan, 300)
    assert g.ratio > 3.5
    with pytest.raises(AssertionError, match="faster than linearly"):
        assert_linear(lambda n: list(range(n)), rescan, 300)
    assert work(lambda: [len(x) for x in ("a", "b")]) >= 2


def test_the_cpu_check_fails_quadratic_time_hidden_in_c_calls() -> None:
    """Each ``list.index`` is one counted call whose scan is not counted: only
    the CPU check sees the quadratic time, and its repeated measurements do not
    let it pass."""

    def find_each(items: list[int]) -> int:
        return sum(items.index(i) for i in items)

    assert_linear(lambda n: list(range(n)), find_each, 200)  # the count alone is fooled
    with pytest.raises(AssertionError, match="CPU time grows faster than linearly"):
        assert_cpu_linear(lambda n: list(range(n)), find_each, 6000, ratio=2.5)


def test_overlapping_within_a_narrow_span_looks_at_that_span_only() -> None:
    """A wide ``overlapping`` span with a narrow ``within``: the candidates are those
    starting within it, not every span the wide one overlaps."""

    def doc(n: int) -> limner.Document:
        d = limner.Document(text="x" * (10 * n))
        d.add([limner.Annotation(kind="k", start=10 * i, end=10 * i + 5) for i in range(n)])
        return d

    def queries(d: limner.Document) -> list[list[limner.Annotation]]:
        n = len(d.text) // 10
        return [d.select("k", overlapping=(0, 10 * n), within=(10 * i, 10 * i + 100))
                for i in range(0, n, 10)]

    assert [len(q) for q in queries(doc(200))][:3] == [10, 10, 10]
    assert_linear(doc, queries, n=1000)
