"""The exchange formats: ``sqlite``, ``csv``, ``brat`` and ``webanno``.

The built-in ``formats`` plugin (:mod:`limner.formats.builtin`) registers
them through the ``limner_formats`` hook.  This module only describes them;
each one's code (and sqlite3, the csv module, pandas) is imported when a
document is written or read, so that listing formats or enriching to JSON
costs none of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from limner.document import Document
from limner.encoding import sniff
from limner.errors import InputError
from limner.formats import BatchWriter, Format


def _sqlite_stream(docs: Iterable[Document], out: IO[str]) -> None:
    raise InputError("the sqlite format writes a database file: give -o FILE")


def _sqlite_save(docs: Iterable[Document], path: Path) -> None:
    from limner.formats.sqlite import write_sqlite

    write_sqlite(docs, path)


def _sqlite_load(path: Path) -> Iterator[Document]:
    from limner.formats.sqlite import read_sqlite

    return read_sqlite(path)


def _sqlite_writer(path: Path) -> BatchWriter:
    from limner.formats.sqlite import SqliteWriter

    return SqliteWriter(path)


def _csv(
    docs: Iterable[Document], out: IO[str], kind: str | None = None, escape_formulas: bool = False
) -> None:
    from limner.formats.tabular import write_csv

    write_csv(docs, out, kind, escape_formulas=escape_formulas)


def _brat_stream(docs: Iterable[Document], out: IO[str]) -> None:
    raise InputError("the brat format writes a folder of files: give -o FOLDER")


def _brat_save(docs: Iterable[Document], path: Path) -> None:
    from limner.formats.brat import write_brat

    write_brat(docs, path)


def _brat_load(path: Path) -> Iterator[Document]:
    from limner.formats.brat import read_brat

    return read_brat(path)


def _webanno(docs: Iterable[Document], out: IO[str]) -> None:
    from limner.formats.webanno import write_webanno

    write_webanno(docs, out)


def _webanno_read(stream: IO[str]) -> Iterator[Document]:
    from limner.formats.webanno import read_webanno

    return read_webanno(stream)


#: the first bytes of every SQLite 3 database file
SQLITE_HEADER = b"SQLite format 3\x00"

#: how a JSON-LD document of Web Annotations starts: its ``@context`` first, naming the
#: W3C context (as limner writes it, and as the model's examples do)
_WEBANNO_HEAD = re.compile(r'\A\s*\{\s*"@context"\s*:\s*\[?\s*"http://www\.w3\.org/ns/anno\.jsonld"')


def _head(path: Path, size: int = 512) -> bytes:
    """The first ``size`` bytes of the file at ``path``; none for what is no readable file."""
    try:
        with path.open("rb") as fh:
            return fh.read(size)
    except OSError:  # (a folder, a file not there or not readable)
        return b""


def _sqlite_detect(path: Path) -> bool:
    return _head(path, len(SQLITE_HEADER)) == SQLITE_HEADER


def _brat_detect(path: Path) -> bool:
    try:
        return path.is_dir() and next(path.glob("*.ann"), None) is not None
    except OSError:
        return False


def _webanno_detect(path: Path) -> bool:
    head = _head(path)
    encoding, skip = sniff(head[:4])
    return bool(_WEBANNO_HEAD.match(head[skip:].decode(encoding, errors="replace")))


def exchange_formats() -> list[Format]:
    """The four exchange formats."""
    return [
        Format(
            "sqlite",
            _sqlite_stream,
            None,
            ".db",
            "an SQLite database: documents, annotations, a typed table per kind, errors",
            target="file",
            write_path=_sqlite_save,
            read_path=_sqlite_load,
            batch_writer=_sqlite_writer,
            drops="compact layers (tokens), keys this limner does not know (top, errors)",
            unique_ids=True,
            detect=_sqlite_detect,
        ),
        Format(
            "csv",
            _csv,
            None,
            ".csv",
            "a spreadsheet table: one kind's annotations with --kind, a column per field",
            streaming=False,
            options=("kind", "escape_formulas"),
            drops="everything but the table (writes only)",
        ),
        Format(
            "brat",
            _brat_stream,
            None,
            "",
            "brat standoff: ID.txt and ID.ann per document in a folder (brat, INCEpTION)",
            target="directory",
            write_path=_brat_save,
            read_path=_brat_load,
            drops="compact layers (tokens), document meta, errors and unknown top-level keys",
            detect=_brat_detect,
        ),
        Format(
            "webanno",
            _webanno,
            _webanno_read,
            ".jsonld",
            "W3C Web Annotation: a JSON-LD AnnotationCollection with text selectors",
            drops="compact layers (tokens)",
            unique_ids=True,  # a target names its document by id
            detect=_webanno_detect,
        ),
    ]
