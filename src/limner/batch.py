"""Many documents: a JSONL corpus in, a JSONL file (or a database) of documents out, resumable.

:func:`run_batch` reads records (one JSON object a line), enriches their
text and appends each document to the output as one line, flushed as soon
as it is written.  A run stopped by a crash or Ctrl-C resumes: ids already
in the output are skipped, and a last line cut short by a crash is removed
first.  A record that cannot be read (not JSON, no text, duplicate id) goes
to the errors file with its line number and reason, once, and the run goes
on.  Nothing is lost and nothing is written twice.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import attrs
import click

from limner.document import Document
from limner.errors import InputError
from limner.formats import BatchWriter
from limner.pipeline import Enricher

__all__ = ["BatchStats", "JsonlWriter", "run_batch"]


@attrs.define
class BatchStats:
    """What a batch run did."""

    written: int = 0
    skipped: int = 0
    bad: int = 0
    failures: int = 0


def _done_ids(path: Path, key: str) -> set[str]:
    """Ids already written; a torn last line (no newline) is cut off first."""
    if not path.exists():
        return set()
    with path.open("rb+") as fh:
        data = fh.read()
        if data and not data.endswith(b"\n"):
            cut = data.rfind(b"\n") + 1
            fh.truncate(cut)
            data = data[:cut]
    done: set[str] = set()
    for line in data.splitlines():
        try:
            value = json.loads(line).get(key)
        except (ValueError, AttributeError):
            continue
        if value is not None:
            done.add(str(value))
    return done


def _records(
    source: Path, text_field: str, id_field: str
) -> Iterator[tuple[int, str, dict[str, Any] | None, str | None]]:
    """``(line number, id, record or None, reason it is bad or None)``."""
    seen: set[str] = set()
    with source.open("rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            rid = f"line-{lineno}"
            try:
                rec = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield lineno, rid, None, f"invalid UTF-8 at byte {exc.start} of the line"
                continue
            except ValueError as exc:
                yield lineno, rid, None, f"not JSON: {exc}"
                continue
            if not isinstance(rec, dict):
                yield lineno, rid, None, f"not a JSON object but {type(rec).__name__}"
                continue
            if rec.get(id_field) is not None:
                rid = str(rec[id_field])
            if not isinstance(rec.get(text_field), str):
                yield lineno, rid, None, f"no string field {text_field!r}"
                continue
            if rid in seen:
                yield lineno, rid, None, f"duplicate id {rid!r}"
                continue
            seen.add(rid)
            yield lineno, rid, rec, None


def run_batch(
    enricher: Enricher,
    source: Path,
    output: Path,
    *,
    errors_path: Path | None = None,
    text_field: str = "text",
    id_field: str = "id",
    processes: int = 1,
    progress: bool = False,
    writer: BatchWriter | None = None,
) -> BatchStats:
    """Enrich every record of ``source`` into ``output`` (see the module doc).

    Record fields other than the text and id go to the document's ``meta``.
    ``writer`` writes the documents, and is closed at the end: a format's
    ``batch_writer`` opened on ``output`` (an SQLite database); by default,
    :class:`JsonlWriter`.
    """
    errors_path = errors_path or output.with_name(output.name + ".errors.jsonl")
    writer = writer or JsonlWriter(output)
    done = writer.done_ids()
    bad_done = _done_ids(errors_path, "line")
    stats = BatchStats()
    todo: list[tuple[str, dict[str, Any]]] = []
    output.parent.mkdir(parents=True, exist_ok=True)
    with errors_path.open("a", encoding="utf-8") as err:
        for lineno, rid, rec, reason in _records(source, text_field, id_field):
            if rid in done:
                stats.skipped += 1
            elif reason is not None:
                if str(lineno) not in bad_done:
                    err.write(json.dumps({"line": lineno, "id": rid, "reason": reason}) + "\n")
                stats.bad += 1
            else:
                assert rec is not None
                meta = {k: v for k, v in rec.items() if k not in (text_field, id_field)}
                todo.append((rec[text_field], {"id": rid, "meta": meta}))
    if not todo:
        writer.close()
        _drop_if_empty(errors_path)
        return stats
    try:
        docs = enricher.pipe(todo, n_process=processes)
        if progress:
            with click.progressbar(
                docs, length=len(todo), label="enriching", file=sys.stderr
            ) as bar:
                _write_all(bar, writer, stats)
        else:
            _write_all(docs, writer, stats)
    finally:
        writer.close()
    _drop_if_empty(errors_path)
    return stats


def _write_all(docs: Any, writer: BatchWriter, stats: BatchStats) -> None:
    for doc in docs:
        writer.write(doc)
        stats.written += 1
        stats.failures += len(doc.errors)


class JsonlWriter:
    """The :class:`~limner.formats.BatchWriter` of JSONL: a line per document, flushed.

    The ids already written are read back from the file, a torn last line
    (no newline) cut off first; the file is opened for appending at the
    first document and synced to disk when closed.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._out: IO[str] | None = None

    def done_ids(self) -> set[str]:
        """The ids in the file.

        Raises:
            InputError: the file is an SQLite database (cutting its "torn
                line" would destroy it).
        """
        if self.path.is_file():
            with self.path.open("rb") as fh:
                if fh.read(16) == b"SQLite format 3\x00":
                    raise InputError(
                        f"{self.path} is an SQLite database, not JSONL: pass -f sqlite"
                    )
        return _done_ids(self.path, "id")

    def write(self, doc: Document) -> None:
        if self._out is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._out = self.path.open("a", encoding="utf-8", newline="\n")
        self._out.write(doc.to_json(layers=False) + "\n")
        self._out.flush()

    def close(self) -> None:
        if self._out is not None:
            os.fsync(self._out.fileno())
            self._out.close()
            self._out = None


def _drop_if_empty(path: Path) -> None:
    if path.exists() and path.stat().st_size == 0:
        path.unlink()
