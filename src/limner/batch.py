"""Many documents: a JSONL corpus in, a JSONL file (or a database) of documents out, resumable.

:func:`run_batch` reads records (one JSON object a line), enriches their
text and appends each document to the output as one line (or, through a
format's :class:`~limner.formats.BatchWriter`, as one transaction of a
database), flushed as soon as it is written. A run stopped by a crash or
Ctrl-C resumes: ids already in the output are skipped, and a last line cut
short by a crash is removed first. A record that cannot be read (not JSON,
nested too deep, no text, an id that is not a string or a number, duplicate
id) or whose document cannot be written goes to the errors file with its line
number and reason, once (known on a resume by its id and reason, not by its line
number, which an edit of the source moves: :func:`_bad_key`), and the run goes on.
A record whose worker process died with it (``-j N``) is skipped by a resume, known
from the errors file (:func:`_died_key`), unless ``retry_died`` is given.
Nothing is lost and nothing is written twice.  A record without an id is named by
its line (``line-7``): a resume over a source edited above such records, which
moved them, is refused where the first of them is met (:class:`_PlacedCheck`:
the text of each document the output holds under a line's name is compared with
the record on that line).

What made the output's documents (the annotators that ran, the options
given, and the record fields read for text and id) is noted beside it, in
``OUTPUT.run.json``: a resume by another set of plugins, options or fields is
refused (:class:`~limner.ConfigError`) before any work, as the output would
hold documents of two makings.

Input and output are streamed: the corpus is read a record at a time as the
work goes, and the resume scan reads the output a line at a time keeping only
the ids, so memory does not grow with the size of either file.  The input is
UTF-8, or UTF-16/32 when it starts with a byte order mark (see
:mod:`limner.encoding`).
"""

from __future__ import annotations

import codecs
import collections
import contextlib
import errno
import gc
import io
import itertools
import json
import math
import os
import re
import stat
import sys
import threading
from collections.abc import Callable, Container, Generator, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, NamedTuple, NoReturn, TypedDict, TypeVar, Unpack

import attrs
import click

from limner.document import SCHEMA, Document, encoded_line
from limner.encoding import sniff
from limner.errors import (
    ConfigError,
    InputError,
    LimnerError,
    json_type,
    plugin_fault,
    said,
)
from limner.formats import BatchWriter, part_of, take_place
from limner.formats.exchange import SQLITE_HEADER
from limner.isolation import marked_interrupts, raise_noted_interrupt
from limner.pipeline import Enricher

__all__ = [
    "BatchOptions",
    "BatchStats",
    "JsonlWriter",
    "check_fields",
    "check_paths",
    "check_source",
    "enriched_line",
    "errors_path_for",
    "held_output",
    "is_document",
    "loaded_document",
    "record_id",
    "run_batch",
    "run_checked_batch",
    "run_path_for",
]

Item = tuple[str, dict[str, Any]]


@attrs.define
class BatchStats:
    """What a batch run did."""

    written: int = 0
    skipped: int = 0
    bad: int = 0
    failures: int = 0


#: the name a batch gives a record without an id of its own, its line (``line-7``): the
#: pattern every reading of such names is built from (formats/sqlite.py's GLOB says it in SQL)
_PLACED_NAME = r"line-[1-9][0-9]*"

# a document line as limner writes it starts with its schema and id: read the id
# without parsing the whole line (which may be megabytes, or nested too deep)
# (the first group is a name given by a line, ``line-7``; the second, any other id)
_LEADING_ID = re.compile(
    rb'\{"schema": "limner/1", "id": (?:("%s")|("(?:[^"\\]|\\.)*"))' % _PLACED_NAME.encode()
)
#: how a line of a whole document ends (a torn last line, without one, is cut before)
_OBJECT_ENDS = (b"}\n", b"}\r\n")
#: the schema marker of a document line as limner writes it, from its second byte on
#: (elsewhere in a line, a document starts there: it cannot stand within a JSON string,
#: as its quotes would end one; its last byte, rarer than a quote, makes it quick to seek)
_MARKER = b'"schema": "limner/1'


def _cut_torn_line(path: Path) -> None:
    """Remove a last line cut short by a crash (no newline), reading backwards from the end."""
    with path.open("rb+") as fh:
        end = fh.seek(0, os.SEEK_END)
        if end == 0:
            return
        fh.seek(end - 1)
        if fh.read(1) == b"\n":
            return
        pos = end
        while pos > 0:
            step = min(1 << 16, pos)
            pos -= step
            fh.seek(pos)
            block = fh.read(step)
            nl = block.rfind(b"\n")
            if nl >= 0:
                fh.truncate(pos + nl + 1)
                return
        fh.truncate(0)


def _done_ids(path: Path, placed: dict[str, int] | None = None) -> set[str]:
    """The ids of the documents already written; a torn last line is cut off first.

    ``placed``, when given, is filled with the documents named by their line
    (:func:`is_placed`), each with :func:`text_digest` of its text.
    """
    if not path.exists():
        return set()
    _cut_torn_line(path)
    done: set[str] = set()
    leading = _LEADING_ID.match  # (a local: looked up once, not once a line)
    with path.open("rb") as fh:
        for line in fh:
            m = leading(line)
            # a line as limner writes it: the id read from its start, the rest not parsed
            # (one that ends otherwise than an object is no whole document: cut short
            # within the file, edited by hand; nor is one where another document starts,
            # a line cut short by a crash (no newline) and the next file's first line
            # joined to it by `cat`: read whole, as one whose marker stands elsewhere)
            if (
                m is not None
                and line.endswith(_OBJECT_ENDS)
                and line.count(_MARKER) == 1  # (its own, from the second byte)
            ):
                by_line = m.lastindex == 1  # (the regex tells a line's name: no test of it)
                raw = m.group(1 if by_line else 2)
                value = raw[1:-1].decode("utf-8") if b"\\" not in raw else json.loads(raw)
            else:
                found = _line_id(line)
                if found is None:
                    continue
                value, by_line = found, is_placed(found)
            done.add(value)
            if by_line and placed is not None:
                digest = _line_text_digest(line)
                if digest is not None:
                    placed[value] = digest
    return done


#: the name of a record without an id of its own: its line, ``line-7``
_PLACED = re.compile(_PLACED_NAME)
#: the text of a document line as limner writes it, after its id: read from there
_LEADING_TEXT = re.compile(
    rb'\{"schema": "limner/1", "id": "%s", "text": "' % _PLACED_NAME.encode()
)


_raw_decode = json.JSONDecoder().raw_decode  # (a value from a place in a line)


def is_placed(rid: str) -> bool:
    """Whether ``rid`` is the name a batch gives a record without an id: its line
    number, ``line-7``."""
    return _PLACED.fullmatch(rid) is not None


def text_digest(text: str) -> int:
    """A short digest of a document's text, to tell whether a source's record is
    the one written under its name.  Compared within one process only (Python's
    ``hash``, seeded anew by each): a resume takes both."""
    return hash(text)


def _line_text_digest(line: bytes) -> int | None:
    """:func:`text_digest` of the text of a document's line; ``None`` when it has none."""
    m = _LEADING_TEXT.match(line)
    try:
        if m is not None:  # (from the text on: the id before it is ASCII, a byte a character)
            text: Any = _raw_decode(line.decode("utf-8"), m.end() - 1)[0]
        else:
            value = json.loads(line)
            text = value.get("text") if isinstance(value, dict) else None
    except (ValueError, RecursionError):
        return None
    return text_digest(text) if isinstance(text, str) else None


#: what a bad record is logged once by: its id where it has one of its own, and its reason
_BadKey = tuple[str | None, str]


def _bad_key(lineno: int, rid: str, reason: str) -> _BadKey:
    """The key of a bad record in the errors file: its own id (``None`` for a record
    that has none and goes by its line, ``line-7``) and the reason it is bad.

    Not its line number: a line added to or taken from the source before a resume
    moves the records after it, which were logged again, and the bad record that
    came to an old number was never logged.  Records that share a key (a duplicate
    id given three times; two records without an id and without a text) are
    counted, and a resume logs those past the count the file holds.
    """
    return (None if rid == f"line-{lineno}" else rid), reason


#: the start of the reason of a record whose worker process died with it alone
#: (``limner.parallel``'s, "the worker process died (signal 9: SIGKILL)")
_DIED = "the worker process died ("

#: a record set aside by its worker's death, as a resume knows it: its own id, or for a
#: record named by its line its name and its text's digest (:func:`_died_digest`)
_DiedKey = tuple[str, str | None]


def _died_digest(text: str) -> str:
    """A digest of the text of a record named by its line, kept in the errors file beside
    it when its worker died: a resume knows it by its line and its text (a line added
    above it moves it).  Stable from one process to another, unlike ``hash``."""
    import hashlib  # (here: its import, OpenSSL's, costs every batch's start-up 1%)

    data = text.encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=8).hexdigest()


def _died_key(lineno: int, rid: str, text: str | None) -> _DiedKey:
    """The key of a record in the resume's look-up of the records whose worker died."""
    if rid == f"line-{lineno}":
        return rid, None if text is None else _died_digest(text)
    return rid, None


def _logged_bad(
    path: Path, died: dict[_DiedKey, str] | None = None
) -> collections.Counter[_BadKey]:
    """How many bad records of each key (:func:`_bad_key`) the errors file ``path``
    holds; a torn last line is cut off first.  The records set aside because their
    worker process died with them go into ``died`` (by :func:`_died_key`, with their
    reason)."""
    logged: collections.Counter[_BadKey] = collections.Counter()
    if not path.exists():
        return logged
    _cut_torn_line(path)
    with path.open("rb") as fh:
        for line in fh:
            try:
                entry = json.loads(line)
            except (ValueError, RecursionError):
                continue
            if not isinstance(entry, dict):
                continue
            lineno, rid, reason = entry.get("line"), entry.get("id"), entry.get("reason")
            if isinstance(lineno, int) and isinstance(rid, str) and isinstance(reason, str):
                logged[_bad_key(lineno, rid, reason)] += 1
                if died is not None and reason.startswith(_DIED):
                    digest = entry.get("text_digest")
                    if rid != f"line-{lineno}" or isinstance(digest, str):
                        died[rid, digest if rid == f"line-{lineno}" else None] = reason
    return logged


def _line_id(line: bytes) -> str | None:
    """The ``id`` of the limner document of ``line``, as ``str``; ``None`` when it has
    none, or is no limner document (a record of a corpus: no document written)."""
    try:
        value = json.loads(line)
        value = value.get("id") if isinstance(value, dict) and is_document(value) else None
    except (ValueError, RecursionError):
        return None
    return None if value is None else str(value)


class _Prefixed(io.RawIOBase):
    """Bytes already read from a stream, then the rest of the stream: the stream read
    once, from where it was, with no seek (a pipe cannot go back)."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        super().__init__()
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        return self._rest.readinto(buffer)  # type: ignore[attr-defined, no-any-return]


def _head(raw: IO[bytes], size: int) -> bytes:
    """The first ``size`` bytes of ``raw`` (fewer at its end), however it hands them out."""
    head = b""
    while len(head) < size:
        more = raw.read(size - len(head))
        if not more:
            break
        head += more
    return head


#: bytes decoded at a time from a UTF-16 or UTF-32 source
_DECODE_CHUNK = 2048


#: the source that is standard input, as for ``limner enrich``
_STDIN = Path("-")


def _opened(source: Path) -> contextlib.AbstractContextManager[IO[bytes]]:
    """``source`` opened to read bytes unbuffered; standard input for ``-``
    (left open: it is not the batch's to close)."""
    if source == _STDIN:
        if sys.stdin is None:  # (checked before the run, by check_source)
            raise InputError("-: cannot read: standard input is closed")
        return contextlib.nullcontext(sys.stdin.buffer)
    return source.open("rb", buffering=0)


def _lines(source: Path) -> Iterator[bytes]:
    """The lines of ``source`` as UTF-8 bytes, one at a time, without a byte order mark.

    The source is read once, from its start to its end, never sought: a named
    pipe or standard input (``/dev/stdin``) is read as a file is.  A read that fails
    on the way (an I/O error of the device, a network file system gone) is an
    :class:`~limner.InputError` naming the source, not an ``OSError`` that `limner
    batch` would take for the output's.
    """
    try:
        yield from _read_lines(source)
    except OSError as exc:
        raise InputError(f"{source}: cannot read: {exc.strerror or exc}") from None


def _read_lines(source: Path) -> Iterator[bytes]:
    with _opened(source) as raw:
        head = _head(raw, 4)
        encoding, skip = sniff(head)
        fh = io.BufferedReader(_Prefixed(head[skip:], raw), 1 << 16)
        if encoding == "utf-8":
            try:
                yield from fh
            except MemoryError:  # (a line with no end: /dev/zero, a file of one huge line)
                raise InputError(f"{source}: a line too long to hold in memory") from None
            return
        reader = io.TextIOWrapper(fh, encoding=encoding, errors="strict", newline="\n")
        # decoded a few lines at a time: the lines before an invalid sequence are
        # given out (and written) before its error, all but those of its chunk
        reader._CHUNK_SIZE = _DECODE_CHUNK  # type: ignore[attr-defined]
        try:
            for line in reader:
                yield line.encode("utf-8", errors="surrogatepass")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{source}: not valid {encoding.upper()} (as its byte order mark says): "
                f"{exc.reason}"
            ) from None
        except MemoryError:
            raise InputError(f"{source}: a line too long to hold in memory") from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


_decode = json.JSONDecoder(parse_constant=_no_constant).decode  # made once, not per record


def _lone_cr_lines(lines: Iterable[bytes]) -> Iterator[bytes]:
    """``lines``, a line that holds a carriage return before its end and is not one
    JSON value given as the lines its carriage returns end.

    A CR alone ends each line of a file from an old Mac tool; it is never inside a
    JSON string (there it is escaped), so a line that parses with one inside (as
    whitespace between two tokens) is one record and kept whole.
    """
    for line in lines:
        cr = line.find(b"\r")
        if cr < 0 or cr >= len(line) - 2:  # none, or the line's own CRLF or CR
            yield line
            continue
        try:
            _decode(line.decode("utf-8"))
        except (ValueError, RecursionError):
            yield from line.splitlines(keepends=True)
        else:
            yield line


def check_fields(text_field: str, id_field: str) -> None:
    """Refuse one field named as both a record's text and its id.

    Raises:
        ValueError: ``text_field`` is ``id_field`` (every document's id would be
            its whole text).
    """
    if text_field == id_field:
        raise ValueError(
            f"the text and the id are both read from the field {text_field!r}: "
            "name the field that holds each record's id (or leave it to be 'id')"
        )


def record_id(record: Mapping[str, Any], id_field: str = "id") -> str | None:
    """The document id of a record (a JSONL line, an item of a Dask bag): its
    ``id_field``, a string or a number as ``str`` writes it; ``None`` when it has none.

    Raises:
        InputError: the id is a true, a list, an object: no id written as JSON writes it;
            or a number past a float's range (``1e400``), which would be read as ``inf``.
    """
    value = record.get(id_field)
    if value is None:
        return None
    if type(value) is not str and (isinstance(value, bool) or not isinstance(value, int | float)):
        what = json.dumps(value, default=repr)[:40]
        raise InputError(f"{id_field!r} is {what}, not a string or a number")
    if type(value) is float and not math.isfinite(value):  # 1e400: every such id, "inf"
        raise InputError(f"{id_field!r} is a number out of range (read as {value})")
    return str(value)


def is_document(record: Mapping[str, Any]) -> bool:
    """Whether ``record`` is a limner document (a line of a batch's output, or of
    ``limner enrich -f jsonl``): it carries limner's schema marker, a ``schema`` that
    starts with ``limner/`` (a version this limner does not read included: it is
    refused as such, not read as a record whose fields go to ``meta``)."""
    schema = record.get("schema")
    return isinstance(schema, str) and schema.startswith("limner/")


def loaded_document(record: Mapping[str, Any], id: str | None = None) -> Document:
    """The limner document ``record`` (see :func:`is_document`), read from its JSON
    form as :meth:`~limner.Document.from_dict` reads it, its annotations kept; ``id``,
    when given, is its id (a document without one goes by its line, as a record).

    Raises:
        InputError: the record breaks a rule of the form (the message names the
            field, ``annotations[3].end``), or is of a schema this limner does not read.
    """
    form = record if id is None else {**record, "id": id}
    try:
        return Document.from_dict(form)
    except InputError as exc:
        raise InputError(f"not a {SCHEMA} document: {exc}") from None


#: a byte order mark that starts a line within the source is no part of its record
_LINE_BOM = codecs.BOM_UTF8


def _no_text(record: dict[str, Any], text_field: str, id_field: str) -> str:
    """Why ``record`` has no text, with what it holds: the fields whose values are
    strings, the likeliest ``--text-field`` (it said only "no string field 'text'")."""
    value = record.get(text_field)
    why = (
        f"no field {text_field!r}" if text_field not in record
        else f"its field {text_field!r} is {json_type(value)}, not a string"
    )
    strings = [k for k, v in record.items() if isinstance(v, str) and k != id_field][:8]
    hint = (
        f"; its string fields: {', '.join(map(repr, strings))} (name one with --text-field)"
        if strings else ""
    )
    return f"no string field {text_field!r}: {why}{hint}"


def _records(
    source: Path, text_field: str, id_field: str
) -> Iterator[tuple[int, str, dict[str, Any] | None, str | None]]:
    """``(line number, id, record or None, reason it is bad or None)``."""
    seen: set[str] = set()
    for lineno, raw in enumerate(_lone_cr_lines(_lines(source)), 1):
        if raw.startswith(_LINE_BOM):  # (corpora joined with `cat`: each file's mark)
            raw = raw[len(_LINE_BOM) :]
        if not raw.strip():
            continue
        rid = f"line-{lineno}"
        try:  # (without its line end, which is no part of the record: within a string
            # cut short it was the reason given, "Invalid control character")
            rec = _decode(raw.rstrip(b"\r\n").decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield lineno, rid, None, f"invalid UTF-8 at byte {exc.start} of the line"
            continue
        except RecursionError:
            yield lineno, rid, None, "not readable: nested too deep"
            continue
        except ValueError as exc:
            yield lineno, rid, None, f"not JSON: {exc}"
            continue
        if not isinstance(rec, dict):
            yield lineno, rid, None, f"not a JSON object but {json_type(rec)}"
            continue
        document = is_document(rec)
        try:  # (a limner document's id is its own field "id", as its text is "text")
            rid = record_id(rec, "id" if document else id_field) or rid
        except InputError as exc:
            yield lineno, rid, None, str(exc)
            continue
        if not document and not isinstance(rec.get(text_field), str):
            yield lineno, rid, None, _no_text(rec, text_field, id_field)
            continue
        if rid in seen:
            yield lineno, rid, None, f"duplicate id {rid!r}"
            continue
        seen.add(rid)
        yield lineno, rid, rec, None


class _Done(NamedTuple):
    """One enriched record: its JSON line, serialized where it was enriched (in
    the worker) and encoded as UTF-8, or the document itself for a writer that
    takes documents.  A plain tuple: it crosses from a worker to the parent for
    every record, and a tuple pickles and unpickles faster than an attrs class."""

    line: bytes | None  # the document's JSON line, UTF-8, without its newline
    doc: Document | None  # or the document
    reason: str | None  # why neither: it could not be made
    failures: int


T = TypeVar("T")


class WriteFailed(LimnerError):
    """The writer of a batch (a format's code) failed otherwise than by refusing one
    document: the run stops there; the documents written before are kept, and the
    same command goes on from there."""


#: what a document that cannot be written raises, in serializing or in a writer
_UNWRITABLE = (RecursionError, ValueError, TypeError)


def _unwritable(exc: BaseException) -> str:
    """The errors file's reason for a document that could not be written."""
    if isinstance(exc, RecursionError):
        return "not writable: nested too deep"
    return f"not writable: {exc}"


def enriched_line(
    enricher: Enricher, text: str, id: str, meta: Mapping[str, Any]
) -> tuple[Document, bytes]:
    """A new document enriched from ``text`` and its JSON line, UTF-8, without a newline.

    The line is what :meth:`~limner.Enricher.enrich` and
    :func:`~limner.document.encoded_line` give, at less cost: the values of
    the annotations are checked by the encoder of the line as it writes them,
    not once more as each annotation is added.  A value JSON cannot hold (a
    set, an object, NaN, infinity) makes the encoder refuse the line; the
    document is then enriched again with :meth:`~limner.Enricher.enrich`
    (its annotators run a second time, and are timed so), which refuses the
    offending annotator's results and records it in ``doc.errors``, as for
    any document.  A line refused for what comes before the annotations
    (its ``meta``) is refused at once: enriching again would not change it.

    Raises:
        ValueError, TypeError, RecursionError: the document cannot be written
            even so (its ``meta``, say).
    """
    doc = enricher._enrich_for_writing(text, id, meta)
    data = doc.to_dict(layers=False)
    try:
        return doc, encoded_line(data)
    except _UNWRITABLE:
        # the keys before "annotations" are encoded first: refused without the
        # annotations, the line fails there, for any annotations, with this fault
        encoded_line({k: data[k] for k in itertools.takewhile("annotations".__ne__, data)})
        doc = enricher.enrich(text, id=id, meta=meta)
        return doc, encoded_line(doc.to_dict(layers=False))


def _given_document(enricher: Enricher, extra: Mapping[str, Any]) -> Document:
    """The limner document of a record (read as :func:`loaded_document` reads it),
    enriched by :meth:`~limner.Enricher.enrich`: the annotators whose kinds it
    holds already are not run again, the others are.

    Raises:
        InputError: the record is not a document this limner reads.
    """
    doc = loaded_document(extra["document"], extra["id"])
    return enricher.enrich(doc)


def _process(enricher: Enricher, item: Item) -> _Done:
    """Enrich one record and serialize it; a document that cannot be written (or read,
    for a record that is a limner document) says why."""
    text, extra = item
    try:
        if "document" in extra:
            doc = _given_document(enricher, extra)
            line = encoded_line(doc.to_dict(layers=False))
        else:
            doc, line = enriched_line(enricher, text, extra["id"], extra["meta"])
        return _Done(line, None, None, len(doc.errors))
    except InputError as exc:  # (a ValueError: not to be taken for one of writing)
        return _Done(None, None, str(exc), 0)
    except _UNWRITABLE as exc:
        return _Done(None, None, _unwritable(exc), 0)


def _process_doc(enricher: Enricher, item: Item) -> _Done:
    """Enrich one record for a writer of documents (the writer says if it cannot write it)."""
    text, extra = item
    if "document" in extra:
        try:
            doc = _given_document(enricher, extra)
        except InputError as exc:
            return _Done(None, None, str(exc), 0)
    else:
        doc = enricher.enrich(text, id=extra["id"], meta=extra["meta"])
    return _Done(None, doc, None, len(doc.errors))


class BatchOptions(TypedDict, total=False):
    """The options of a batch run that :func:`run_batch` hands on to
    :func:`run_checked_batch` as they are (their defaults are the latter's)."""

    text_field: str
    id_field: str
    processes: int
    progress: bool
    writer: BatchWriter | None
    retry_died: bool


def errors_path_for(output: Path) -> Path:
    """The errors file of a batch writing ``output`` when none is given: ``OUTPUT.errors.jsonl``."""
    return output.with_name(output.name + ".errors.jsonl")


def run_path_for(output: Path) -> Path:
    """Where a batch notes what made the documents of ``output``: ``OUTPUT.run.json``."""
    return output.with_name(output.name + ".run.json")


#: The keys of a note of a batch's making that an older limner did not write: a note
#: without them resumes (and is noted again, with them).
_LATER_KEYS = ("text_field", "id_field")


def _making(enricher: Enricher, text_field: str, id_field: str) -> dict[str, Any]:
    """What makes a batch's documents: the annotators that run, the options given, and
    the fields of each record that hold its text and its id (another id field gives
    the same records other ids, which the resume would take for new documents)."""
    config = json.loads(json.dumps(enricher.spec()["config"] or {}, sort_keys=True, default=repr))
    return {
        "annotators": [a.name for a in enricher.annotators],
        "config": config,
        "text_field": text_field,
        "id_field": id_field,
    }


#: The outputs this process holds (:func:`held_output`), by absolute path.
_HELD: set[str] = set()
#: the descriptors of the files held (:func:`_held`), closed in a process forked while
#: they are open (a ``-j`` worker, a plugin's child): a lock is the open file's, shared
#: with every copy of its descriptor, so a child that outlived the run held its output
#: against the next run ("being written by another batch run")
_HELD_FDS: set[int] = set()


def _forget_held() -> None:
    """In a forked child: close its copies of the held files' descriptors (the parent's
    hold stands) and hold nothing."""
    for fd in _HELD_FDS:
        with contextlib.suppress(OSError):
            os.close(fd)
    _HELD_FDS.clear()
    _HELD.clear()


if hasattr(os, "register_at_fork"):  # (not on Windows, where nothing is forked)
    os.register_at_fork(after_in_child=_forget_held)


@contextlib.contextmanager
def held_output(output: Path, errors_path: Path | None = None) -> Iterator[None]:
    """Hold ``output``, and the ``errors_path`` its bad records go to, for this
    process's batch alone while the block runs.

    Two batches writing one output at once would both take its missing documents
    for their own: a JSONL output got them twice (and the resume's cut of a torn
    last line could cut the other's line as it was written); an SQLite one filled
    the errors file with documents "already in the database".  Two writing one
    errors file (two outputs given one ``--errors-file``) lost records: the first
    to end found it empty and removed it while the other wrote to it.  So the second
    is refused (:class:`~limner.ConfigError`), before any work.  The hold is an
    exclusive ``flock`` on each file (made, empty, if missing; removed again if
    still empty), which the system releases when the process ends, however it
    ends: a crashed run leaves nothing to clear.  Where ``flock`` does not exist
    (Windows) or the file system takes no locks, the block runs unheld.  Re-entrant
    within a process.
    """
    with contextlib.ExitStack() as stack:
        stack.enter_context(_held(output, "output"))
        if errors_path is not None:
            stack.enter_context(_held(errors_path, "errors file"))
        yield


@contextlib.contextmanager
def _held(path: Path, what: str) -> Iterator[None]:
    """One file of :func:`held_output`, named ``what`` when another batch holds it."""
    key = os.path.abspath(path)
    if key in _HELD:
        yield
        return
    try:
        import fcntl
    except ImportError:  # (no flock: the run goes unheld)
        yield
        return
    existed = path.exists()
    held = False
    while True:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDONLY | os.O_CREAT, 0o666)
        except OSError:  # (a file that cannot be made fails later, naming itself)
            yield
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise ConfigError(
                f"{path} is being written by another batch run now; wait for it to end "
                f"(this command then goes on from where it stopped), or give another {what}"
            ) from None
        except OSError:  # a file system that takes no locks (some network ones): unheld
            break
        if _still_named(fd, path):
            held = True
            break
        # the batch that held it removed it, empty, between this open and this lock: the
        # lock is on a file no path names, and the next batch would hold the path's
        os.close(fd)
    _HELD_FDS.add(fd)
    try:
        if held:
            _HELD.add(key)
        try:
            yield
        finally:
            _HELD.discard(key)
    finally:
        try:
            if not existed:  # (removed while held: no batch locks the file meanwhile)
                with contextlib.suppress(OSError):
                    _drop_if_empty(path)
        finally:
            _HELD_FDS.discard(fd)
            os.close(fd)


def _still_named(fd: int, path: Path) -> bool:
    """Whether the open file ``fd`` is the one ``path`` names now."""
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


def _note_making(
    enricher: Enricher, output: Path, resuming: bool, text_field: str, id_field: str
) -> None:
    """Note what makes this run's documents beside ``output``; when ``resuming`` over
    documents a run noted otherwise, refuse (:class:`ConfigError`), before any work."""
    path = run_path_for(output)
    made = _making(enricher, text_field, id_field)
    if resuming:
        try:
            before = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):  # no note (an output of an older limner, or by hand)
            before = None
        if isinstance(before, dict):
            # an older limner noted no fields: the rest is compared
            keys = [k for k in made if k not in _LATER_KEYS or k in before]
            if any(before.get(k) != made[k] for k in keys if k != "config") or not (
                before.get("config") == made["config"]
                or _same_options(enricher, before.get("config"))
            ):
                raise ConfigError(
                    f"{output} holds documents made by the annotators {_made_by(before)} "
                    f"(noted in {path.name}); this run makes them by {_made_by(made)}: give "
                    "the same plugins, options and fields to go on, or write to another "
                    "output"
                )
        if before == made:
            return
    part = part_of(path)
    part.write_text(json.dumps(made, indent=1) + "\n", encoding="utf-8")
    take_place(part, path)


def _same_options(enricher: Enricher, noted: Any) -> bool:
    """Whether the options a note holds (as a run before was given them) are this run's:
    each option's value, as the options resolve them, not as they were typed (``true``,
    ``TRUE`` and ``yes`` are one value, and an option named at its default is the
    default it makes when not named).  (Asked only when the options as typed differ:
    a value an option's check makes need not compare equal to itself made again.)"""
    if not isinstance(noted, dict):
        return False
    try:
        then = enricher.manager.config(noted)
    except ConfigError:  # (an option this run's plugins do not have)
        return False
    return dict(then) == dict(enricher.config)


def _made_by(note: Mapping[str, Any]) -> str:
    """The making of a note of :func:`_making`, in words."""
    message = (
        f"{', '.join(map(str, note.get('annotators') or [])) or 'none'} with the options "
        f"{json.dumps(note.get('config') or {})}"
    )
    if "text_field" in note or "id_field" in note:
        message += (
            f", reading the records' text from {json.dumps(note.get('text_field'))} and "
            f"their ids from {json.dumps(note.get('id_field'))}"
        )
    return message


def _same_file(a: Path, b: Path) -> bool:
    if _STDIN in (a, b):  # standard input redirected from the other file
        other = b if a == _STDIN else a
        if other == _STDIN:
            return True
        try:
            return os.path.samestat(os.fstat(sys.stdin.fileno()), os.stat(other))
        except (OSError, ValueError, AttributeError):  # no file behind it (or no standard
            # input at all: None), or no other
            return False
    try:
        return os.path.samefile(a, b)  # links and other names of one file included
    except OSError:  # one of them does not exist (yet): by the names they resolve to
        return a.resolve() == b.resolve()


def check_paths(source: Path, output: Path, errors_path: Path) -> None:
    """Refuse a batch whose source, output, errors file and the output's note of its
    making (:func:`run_path_for`) are not four files, or whose output, errors file or
    note is there and is not a regular file (a device, a pipe).

    Appending to the file being read would read its own output, and cutting
    the output's torn last line would cut the source's.

    Raises:
        ValueError: two of them are the same file, or the output or errors
            file is not a regular file (the message says which).
    """
    named = (("the source", source), ("the output", output), ("the errors file", errors_path))
    note = ("the output's note of its making", run_path_for(output))
    for what, path in (*named[1:], note):  # (the note is written whole and takes its place)
        # read back to resume: a device would be read for ever (/dev/zero, /dev/full)
        # and a pipe would be drained; a folder is refused where it is named
        with contextlib.suppress(OSError):
            mode = os.stat(path).st_mode
            if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
                raise ValueError(
                    f"{what} {path} is not a regular file; a batch reads back what it wrote "
                    "to resume"
                )
    # the note beside the output is rewritten by the run: no other file may be it
    noted = (*named, note)
    for (what, path), (other, other_path) in itertools.combinations(noted, 2):
        if _same_file(path, other_path):
            names = str(path) if str(path) == str(other_path) else f"{path} and {other_path}"
            raise ValueError(f"{what} and {other} are the same file: {names}")


def check_source(source: Path) -> None:
    """Refuse a source that cannot be read, before any work (as ``limner enrich`` a file).

    Nothing is read: a named pipe, or standard input (``-``), is left
    for the run to read once.

    Raises:
        InputError: ``source`` does not exist, is a folder, or may not be read, or
            is standard input, which the process started with closed.
    """
    if source == _STDIN:
        if sys.stdin is None:  # (the process started with it closed: `<&-`, a daemon's)
            raise InputError("-: cannot read: standard input is closed")
        return
    try:
        st = os.stat(source)
    except OSError as exc:
        raise InputError(f"{source}: cannot read: {exc.strerror}") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{source}: cannot read: {os.strerror(errno.EISDIR)}")
    if not os.access(source, os.R_OK):
        raise InputError(f"{source}: cannot read: {os.strerror(errno.EACCES)}")


def run_batch(
    enricher: Enricher,
    source: Path,
    output: Path,
    *,
    errors_path: Path | None = None,
    **options: Unpack[BatchOptions],
) -> BatchStats:
    """Enrich every record of ``source`` into ``output`` (see the module doc).

    ``options`` are those of :func:`run_checked_batch` (:class:`BatchOptions`),
    with the same defaults.

    Record fields other than the text and id go to the document's ``meta``.  A
    record that is a limner document (it carries the schema marker, ``"schema":
    "limner/1"``: a line of a batch's output) is read as one instead
    (:func:`loaded_document`; one that does not load goes to the errors file, its
    reason naming the field), its annotations kept, and enriched as
    :meth:`~limner.Enricher.enrich` enriches a Document: the annotators whose
    kinds it holds already are not run again.  Its text and id are its own
    ``text`` and ``id``, whatever ``text_field`` and ``id_field`` say.
    ``writer`` writes the documents, and is closed at the end: a format's
    ``batch_writer`` opened on ``output`` (an SQLite database); by default,
    :class:`JsonlWriter`.  A writer with a ``write_encoded`` method takes each
    document as its JSON line encoded as UTF-8 bytes, made in the worker that
    enriched it (the bytes cross from the worker as they are, and are written
    as they are); one with only a ``write_line`` method takes the line as a
    ``str``.

    Raises:
        InputError: ``source`` cannot be read (see :func:`check_source`;
            nothing is done), or is not valid in the encoding its byte order
            mark names.
        ValueError: two of ``source``, ``output`` and the errors file are
            the same file (see :func:`check_paths`), or the text and the id
            are one field (:func:`check_fields`); nothing is done.
        ConfigError: ``output`` holds documents that a run of other
            annotators or options made (noted in ``OUTPUT.run.json``, see
            :func:`run_path_for`); nothing is done.
    """
    errors_path = errors_path or errors_path_for(output)
    check_fields(options.get("text_field", "text"), options.get("id_field", "id"))
    check_paths(source, output, errors_path)
    check_source(source)
    return run_checked_batch(enricher, source, output, errors_path=errors_path, **options)


def run_checked_batch(
    enricher: Enricher,
    source: Path,
    output: Path,
    *,
    errors_path: Path,
    text_field: str = "text",
    id_field: str = "id",
    processes: int = 1,
    progress: bool = False,
    writer: BatchWriter | None = None,
    retry_died: bool = False,
) -> BatchStats:
    """:func:`run_batch` of paths its caller has checked already (with
    :func:`check_paths` and :func:`check_source`, before any setup, as
    ``limner batch`` does): the checks are made once.

    A resume skips the records that the errors file holds as set aside because their
    worker process died with them (by their id, or for a record named by its line by
    its line and its text), counting them as bad records again and logging them no
    more: enriched again, each ends its worker again (with ``processes=1``, the run's
    own process).  ``retry_died`` enriches them again (a plugin mended since).

    Raises:
        InputError: ``source`` is not valid in the encoding its byte order
            mark names (or went away since it was checked).
        ConfigError: ``output`` holds documents that a run of other
            annotators or options made, or another batch writes it or
            ``errors_path`` now
            (:func:`held_output`); nothing is done (``writer`` is closed).
    """
    with contextlib.ExitStack() as stack:
        try:
            stack.enter_context(held_output(output, errors_path))
        except BaseException:
            if writer is not None:
                with contextlib.suppress(Exception):  # (the other run's hold may stop it)
                    writer.close()
            raise
        return _run_held(
            enricher,
            source,
            output,
            errors_path=errors_path,
            text_field=text_field,
            id_field=id_field,
            processes=processes,
            progress=progress,
            writer=writer,
            retry_died=retry_died,
        )


def _run_held(
    enricher: Enricher,
    source: Path,
    output: Path,
    *,
    errors_path: Path,
    text_field: str,
    id_field: str,
    processes: int,
    progress: bool,
    writer: BatchWriter | None,
    retry_died: bool = False,
) -> BatchStats:
    """:func:`run_checked_batch`, ``output`` held for this run alone."""
    writer = writer or JsonlWriter(output)
    done = _writers(writer.done_ids, "reading the ids it holds")
    if not isinstance(done, Container) or isinstance(done, str | bytes):
        _writers(writer.close, "closing")
        raise WriteFailed(
            f"reading the ids it holds: done_ids() returned {type(done).__name__} "
            f"{done!r:.40}, not a set of ids"
        )
    # the ids a JSONL output holds are this run's own set: an id the source gives is taken
    # out of it as it is met (the source's copy, kept among the ids seen, tells a
    # duplicate after), so that a resume holds each id once, not a copy from each file
    spent = (
        done.discard
        if type(done) is set and getattr(type(writer), "done_ids", None) is JsonlWriter.done_ids
        else None
    )
    # the documents named by their line, with their texts' digests: a resume checks that
    # the source's line holds the record still (an edit above it moved it)
    placed = _placed_digests(writer)
    placed_check = _PlacedCheck(placed, text_field, source, output)
    check_placed, aside = placed_check.check, placed_check.aside
    died: dict[_DiedKey, str] = {}  # the records a worker's death set aside, and why
    logged = _logged_bad(errors_path, None if retry_died else died)
    # whether a record's text is looked at to know it (records named by their line)
    died_by_line = any(digest is not None for _, digest in died)
    met: collections.Counter[_BadKey] = collections.Counter()  # bad records of this run
    stats = BatchStats()
    output.parent.mkdir(parents=True, exist_ok=True)
    try:
        _note_making(enricher, output, bool(done), text_field, id_field)
    except BaseException:
        writer.close()
        raise
    # line, id, and the text of a record named by its line (for its worker's death), in flight
    pending: collections.deque[tuple[int, str, str | None]] = collections.deque()
    lock = threading.Lock()  # records are read in a pool's feeder thread when -j > 1
    # whether a document was given to the writer: one given may be in the output though
    # its write raised (a Ctrl-C after its bytes were buffered), so this, not the count
    # of documents written, tells an output that holds none of this run's
    given = [bool(done)]

    with (
        _noted_only_with_documents(output, given),  # (after the writer is closed)
        _closed_by_its_writer(writer),
        _dropped_if_empty(errors_path),  # (however the run ends: after the file is closed)
        appended(errors_path, text=True) as err,
        _collector_tuned(),
        marked_interrupts(),  # once for the run, not once a document
    ):
        write_line = getattr(writer, "write_line", None)
        # a writer of encoded lines (JSONL) takes the worker's bytes as they are
        write_encoded = getattr(writer, "write_encoded", None)

        def bad(lineno: int, rid: str, reason: str, text: str | None = None) -> None:
            key = _bad_key(lineno, rid, reason)
            with lock:
                met[key] += 1
                if met[key] > logged[key]:  # not logged by a run before
                    entry: dict[str, Any] = {"line": lineno, "id": rid, "reason": reason}
                    if text is not None:  # (a record named by its line that ended its worker)
                        entry["text_digest"] = _died_digest(text)
                    err.write(json.dumps(entry) + "\n")
                    err.flush()
                stats.bad += 1

        def todo() -> Iterator[Item]:
            # a bad record is bad whatever the output holds (a duplicate's id is there,
            # from its first line): reported at every run, written to the errors file once
            after = 0  # the line of the record before (blank lines are not given)
            for lineno, rid, rec, reason in _records(source, text_field, id_field):
                if placed or aside:  # (an output of records with ids of their own: nothing)
                    check_placed(after, lineno, rid, rec, reason)
                after = lineno
                if reason is not None:
                    bad(lineno, rid, reason)
                    continue
                if rid in done:
                    if spent is not None:
                        spent(rid)
                    with lock:
                        stats.skipped += 1
                    continue
                assert rec is not None
                document = is_document(rec)
                text: Any = rec.get("text") if document else rec[text_field]
                # (the text of a record named by its line: kept in the errors file if it
                # ends its worker, a resume knows it by it)
                named = text if rid == f"line-{lineno}" and isinstance(text, str) else None
                if died:  # set aside by its worker's death, a run before: not again
                    reason = died.get(_died_key(lineno, rid, named if died_by_line else None))
                    if reason is not None:
                        bad(lineno, rid, reason)
                        continue
                pending.append((lineno, rid, named))
                if document:  # read in the worker
                    yield "", {"id": rid, "document": rec}
                else:
                    meta = {k: v for k, v in rec.items() if k not in (text_field, id_field)}
                    yield text, {"id": rid, "meta": meta}
            placed_check.end()

        work = _process if write_line or write_encoded else _process_doc
        results = _enriched(enricher, todo(), processes, work)
        # closed however the run ends: a writer's fault must not leave the workers
        # running (their pool, held by the traceback, would stall the exit)
        with contextlib.closing(results), _progress(progress, source) as bar:
            for result in results:
                raise_noted_interrupt()  # a Ctrl-C that a finaliser dropped ends the run here
                lineno, rid, named = pending.popleft()
                bar(lineno)
                given[0] = True
                try:
                    if result.line is not None and write_encoded is not None:
                        write_encoded(result.line)  # made by _process, for a writer of lines
                    elif result.line is not None and write_line is not None:
                        write_line(result.line.decode("utf-8"))
                    elif result.doc is not None:
                        writer.write(result.doc)
                    else:
                        reason = result.reason or "not writable"
                        bad(lineno, rid, reason, named if reason.startswith(_DIED) else None)
                        continue
                except _UNWRITABLE as exc:
                    bad(lineno, rid, _unwritable(exc))
                    continue
                except OSError:
                    raise  # the output takes no more (a full disk): said as such
                except BaseException as exc:  # the writer's own fault (a format's code)
                    if not plugin_fault(exc):  # (a KeyboardInterrupt: the user's)
                        raise
                    raise WriteFailed(
                        f"writing document {rid!r} (line {lineno}): {type(exc).__name__}: "
                        f"{said(exc)}"
                    ) from exc
                stats.written += 1
                stats.failures += result.failures
    return stats


def _placed_digests(writer: BatchWriter) -> dict[str, int]:
    """The ``placed_digests()`` of ``writer`` (after its ``done_ids()``): the documents named
    by their line, each with :func:`text_digest` of its text; none for a writer that
    does not give them (a format's of another plugin), whose resume is by name alone."""
    step = getattr(writer, "placed_digests", None)
    if not callable(step):
        return {}
    placed = _writers(step, "reading the documents named by their line")
    if not isinstance(placed, dict):
        raise WriteFailed(
            f"reading the documents named by their line: placed_digests() returned "
            f"{type(placed).__name__}, not a dict"
        )
    return placed


class _PlacedCheck:
    """Refuse the resume (:class:`ConfigError`) where a line of the source is not the
    record written to the output under its name (``line-7``: a record without an id of
    its own is named by its line), or a record of a line the output holds no document
    of was written under a later line's name.

    A line added to the source or taken out of it above such records moves them: the
    resume took each for the one before it, skipped one never enriched and wrote
    another twice.  ``placed`` (:func:`_placed_digests`) holds the names not met yet,
    each with :func:`text_digest` of its document's text; each line's name is taken
    out as it is met.  A record with an id of its own on a line whose name the output
    holds is set aside (:attr:`aside`), not refused: an id may read as a line's name
    (an earlier batch's documents enriched again), and the document may be that of the
    record whose own id is the name; :meth:`end` refuses the first left aside.
    """

    def __init__(
        self, placed: dict[str, int], text_field: str, source: Path, output: Path
    ) -> None:
        self.placed = placed
        self._text_field = text_field
        self._source = source
        self._output = output
        # how many names not met yet hold each digest: made at the first record of a
        # line the output holds no document of while names are left (none after a crash,
        # whose resume has met every name by then), kept as names are taken out
        self._left: collections.Counter[int] | None = None
        # lines whose name the output holds that hold a record with an id of its own,
        # by that name: the document may be that of a record whose own id is the name
        # (an earlier batch's output enriched again), refused at the end if none turns up
        self.aside: dict[str, tuple[int, str]] = {}

    def check(
        self,
        after: int,
        lineno: int,
        rid: str,
        rec: dict[str, Any] | None,
        reason: str | None,
    ) -> None:
        """Check the lines from ``after`` (not included) to ``lineno``: those between are
        blank, and the record of ``lineno`` is the one written as ``line-{lineno}`` if it
        has no id of its own and its text is the written document's; a record without an
        id whose name the output does not hold must not be one written under a later
        line's name (its text is not that of a name not met yet)."""
        placed, left = self.placed, self._left
        for blank in range(after + 1, lineno):
            if f"line-{blank}" in placed:
                self._moved(blank, "a blank line")
        name = f"line-{lineno}"
        if reason is None and rid != name:  # (an id of its own that reads as a line's: its)
            taken = placed.pop(rid, None)
            if taken is not None and left is not None:
                left[taken] -= 1
            if self.aside:
                self.aside.pop(rid, None)
        digest = placed.pop(name, None)
        if left is not None and digest is not None:
            left[digest] -= 1
        if digest is None:
            if reason is None and rid == name and rec is not None and placed:
                self._check_new(lineno, rec)
            return
        if reason is not None or rec is None:
            self._moved(lineno, "a bad record")
        if rid != name:
            self.aside[name] = (lineno, rid)
            return
        if self._digest(rec) != digest:  # (None, for a record without a text)
            self._moved(lineno, "a record of another text")

    def end(self) -> None:
        """At the source's end: refuse the first line set aside whose name no record's own
        id turned out to be (the document written under it is that line's record's, and
        a record with an id now holds the line)."""
        if self.aside:
            lineno, rid = min(self.aside.values())
            self._moved(lineno, f"the record of the id {rid!r}")

    def _digest(self, rec: dict[str, Any]) -> int | None:
        """:func:`text_digest` of ``rec``'s text (a document's, or the source's field);
        ``None`` when it has none."""
        text = rec.get("text" if is_document(rec) else self._text_field)
        return text_digest(text) if isinstance(text, str) else None

    def _check_new(self, lineno: int, rec: dict[str, Any]) -> None:
        """Refuse the record without an id of ``lineno``, a line whose name the output
        holds no document of, if its text is that of a name not met yet: a line taken
        out above it (one with an id of its own, a bad one) moved it onto a name not
        written, and its own document is there under a later line's name."""
        if self._left is None:
            self._left = collections.Counter(self.placed.values())
        digest = self._digest(rec)
        if digest is not None and self._left[digest] > 0:
            raise ConfigError(
                f"line {lineno} of {self._source} holds the text of a document written to "
                f"{self._output} under a later line's name, and no document is written as "
                f"'line-{lineno}': {_MOVED}"
            )

    def _moved(self, lineno: int, what: str) -> NoReturn:
        raise ConfigError(
            f"line {lineno} of {self._source} is not the record written to {self._output} "
            f"as 'line-{lineno}' (it is {what} now): {_MOVED}"
        )


#: why a resume over a source edited above records without ids is refused, and what to do
_MOVED = (
    "records without an id are known by their line, and the source was edited since (a "
    "line added or taken out above this one, or this one changed); a resume would skip "
    "records never enriched and write others twice.  Write to another output (or remove "
    "this one to start again), or give each record an id of its own"
)


def _writers(step: Callable[[], T], doing: str) -> T:
    """``step()``, a step of a batch's writer (a format's code) other than writing a
    document, its fault (other than the output's: a full disk) a :class:`WriteFailed`
    naming the step, where it ended ``limner batch`` with a traceback."""
    try:
        return step()
    except OSError:
        raise  # the output takes no more: said as such
    except BaseException as exc:
        if not plugin_fault(exc):  # (a KeyboardInterrupt: the user's)
            raise
        raise WriteFailed(f"{doing}: {type(exc).__name__}: {said(exc)}") from exc


@contextlib.contextmanager
def _closed_by_its_writer(writer: BatchWriter) -> Iterator[None]:
    """:func:`contextlib.closing` of ``writer``, a fault of its ``close`` said as one
    (see :func:`_writers`); a fault of the block comes first."""
    try:
        yield
    except BaseException:
        with contextlib.suppress(Exception):
            writer.close()
        raise
    _writers(writer.close, "closing")


def _enriched(
    enricher: Enricher,
    items: Iterable[Item],
    processes: int,
    work: Callable[[Enricher, Item], _Done],
) -> Generator[_Done, None, None]:
    if processes <= 1:
        enricher.setup()
        return (work(enricher, item) for item in items)
    from limner.parallel import parallel_map

    return parallel_map(enricher, items, work, n_process=processes, fault=_unsent)


def _unsent(reason: str) -> _Done:
    """A record that could not cross to a worker, or its result back: the errors file's."""
    return _Done(None, None, reason, 0)


@contextlib.contextmanager
def _collector_tuned() -> Iterator[None]:
    """Less garbage collection during the run: everything made before it is frozen
    out of the collector's scans, and the youngest generation is collected less often.

    A batch allocates many small objects that live for one document; scanning
    the plugins' long-lived tables and caches again and again costs a tenth
    of the run.  Nothing is collected before the freeze: after loading the
    plugins a full collection finds no garbage, and costs a few hundredths of
    a second of serial start-up.
    """
    thresholds = gc.get_threshold()
    gc.freeze()
    if thresholds[0]:  # a threshold of 0 is automatic collection turned off: it stays off
        gc.set_threshold(max(thresholds[0], 20000), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


@contextlib.contextmanager
def _progress(show: bool, source: Path) -> Iterator[Any]:
    """A callable taking the line number reached (a bar on standard error).

    The bar's total is the lines of ``source`` counted first, when it is a
    regular file; a pipe or a device is read once, by the batch, so its bar
    counts the lines without a total.
    """
    if not show:
        yield lambda n: None
        return
    total: int | None = None
    if source != _STDIN and source.is_file():
        with source.open("rb") as fh:  # the lines, counted in blocks: fast, flat in memory
            total = sum(block.count(b"\n") for block in iter(lambda: fh.read(1 << 20), b""))
    # an iterable without a length: click shows the count alone
    steps: Iterable[int] = range(total) if total is not None else _unsized()
    with click.progressbar(steps, label="enriching", file=sys.stderr) as bar:
        seen = 0

        def update(n: int) -> None:
            nonlocal seen
            if n > seen:
                bar.update(n - seen)
                seen = n

        yield update


def _unsized() -> Iterator[int]:
    """No items, and no length said: a progress bar that counts with no total."""
    yield from ()


def appended(path: Path, *, text: bool = False) -> IO[Any]:
    """``path`` opened for appending (binary, or UTF-8 text with ``text``) on a file
    descriptor above the standard ones (0, 1, 2), as SQLite opens its files.

    Plugin code that closes standard output (``os.close(1)``) frees its descriptor,
    which the next file opened took: the batch's OUTPUT, opened at its first
    document, then went where the plugin's next ``os.close(1)`` closed it (the run
    ended, "Bad file descriptor") or its ``os.dup2(..., 1)`` replaced it (the
    documents written into another file), and a program the plugin ran printed
    into it.  Off POSIX (no ``fcntl``) it is opened as it comes.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o666)
    if fd <= 2:
        try:
            import fcntl
        except ImportError:  # (Windows)
            pass
        else:
            try:
                high = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 3)
            finally:
                os.close(fd)
            fd = high
    buffered = _NamedBuffer(io.FileIO(fd, "a"))
    buffered.path = str(path)
    if text:
        return io.TextIOWrapper(buffered, encoding="utf-8")
    return buffered


class _NamedBuffer(io.BufferedWriter):
    """The buffer of a file of :func:`appended`, whose faults name the file: a full
    disk's ``OSError`` had no file name, and the run blamed OUTPUT for its errors
    file's disk (the two may be on two disks).

    The name is added here, above the buffer, not by the raw file below it: a Ctrl-C
    (or SIGTERM) taken in Python code of the raw file's, after its bytes were
    written, made the buffer keep them as unwritten, and write them again when it
    was closed: the document's line twice in the output."""

    path = ""

    def write(self, data: Any, /) -> int:
        try:
            return super().write(data)
        except OSError as exc:
            self._name(exc)
            raise

    def flush(self) -> None:
        try:
            super().flush()
        except OSError as exc:
            self._name(exc)
            raise

    def _name(self, exc: OSError) -> None:
        """Name the file in ``exc``, a fault of its buffer's, unless it names one."""
        if exc.filename is None:
            exc.filename = self.path


def _check_schema(path: Path, line: bytes) -> None:
    """Refuse an output whose first document is of another schema than this limner
    writes (``limner/2``, by a later limner): a resume appended ``limner/1`` documents
    to it, an output of two schemas that no reader reads whole; and one whose first
    line is JSON but no limner document (a copy of the source: a resume took its
    records' ids for documents written, and enriched none).

    Raises:
        InputError: the first line is a document of another schema, or no document
            (``line`` is it).
    """
    if not line.strip() or _LEADING_ID.match(line):
        return
    try:
        first = json.loads(line)
    except (ValueError, RecursionError):  # (a torn line, cut by the resume)
        return
    if not isinstance(first, dict) or not is_document(first):
        raise InputError(
            f"{path} holds no limner documents: its first line is {json_type(first)} "
            f'without "schema": "{SCHEMA}" (a corpus of records?); a batch would add its '
            "documents to it: write to another output"
        )
    schema = first["schema"]
    if schema != SCHEMA:
        raise InputError(
            f"{path} holds documents of the schema {schema!r} (another limner's); this "
            f"limner writes {SCHEMA!r}, and would add them to it: write to another output"
        )


class JsonlWriter:
    """The :class:`~limner.formats.BatchWriter` of JSONL: a line per document, flushed.

    The ids already written are read back from the file a line at a time, a
    torn last line (no newline) cut off first; the file is opened for
    appending at the first document and synced to disk when closed.
    """

    def __init__(self, path: Path) -> None:
        """Open the writer on ``path``; nothing is written yet.

        Raises:
            InputError: the file is an SQLite database (cutting its "torn
                line" would destroy it).
        """
        self.path = path
        self._out: IO[bytes] | None = None
        self._placed: dict[str, int] = {}  # (filled by done_ids)
        if path.is_file():
            with path.open("rb") as fh:
                if fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
                    raise InputError(f"{path} is an SQLite database, not JSONL: pass -f sqlite")
                fh.seek(0)
                first = fh.readline()
            _check_schema(path, first)

    def done_ids(self) -> set[str]:
        """The ids in the file."""
        self._placed = {}
        return _done_ids(self.path, self._placed)

    def placed_digests(self) -> dict[str, int]:
        """The documents :meth:`done_ids` found named by their line (``line-7``: records
        without an id of their own), each with :func:`text_digest` of its text."""
        return self._placed

    def write(self, doc: Document) -> None:
        """Append ``doc`` as one line."""
        self.write_encoded(encoded_line(doc.to_dict(layers=False)))

    def write_line(self, line: str) -> None:
        """Append a document already serialized as one JSON line (without its newline)."""
        self.write_encoded(line.encode("utf-8"))

    def write_encoded(self, line: bytes) -> None:
        """Append a document's JSON line already encoded as UTF-8 (without its newline)."""
        if self._out is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._out = appended(self.path)
        self._out.write(line + b"\n")
        self._out.flush()

    def close(self) -> None:
        """Sync the file to disk and close it."""
        if self._out is not None:
            os.fsync(self._out.fileno())
            self._out.close()
            self._out = None


@contextlib.contextmanager
def _noted_only_with_documents(output: Path, given: list[bool]) -> Iterator[None]:
    """Remove the note of the run's making (:func:`run_path_for`) after the block, however
    it ends, if ``given[0]`` is false then: the output holds no document, none before the
    run and none given to the writer in it (every record bad, an empty source, a run
    stopped before its first document).  The note is there to refuse a resume that
    would add documents of another making to the output's; beside an output of none
    (or no output at all) it said nothing, and stayed."""
    try:
        yield
    finally:
        if not given[0]:
            with contextlib.suppress(OSError):
                run_path_for(output).unlink()


@contextlib.contextmanager
def _dropped_if_empty(path: Path) -> Iterator[None]:
    """Remove ``path`` after the block if it is empty, however the block ends: a run
    stopped by Ctrl-C, SIGTERM or an input it cannot read left an empty errors file,
    which a run that ends removes."""
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            _drop_if_empty(path)


def _drop_if_empty(path: Path) -> None:
    if path.exists() and path.stat().st_size == 0:
        path.unlink()
