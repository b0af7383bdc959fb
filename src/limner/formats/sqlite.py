"""The ``sqlite`` format: documents and annotations as a database.

Tables (every name quoted, so kinds and fields may be SQL keywords or hold quotes):

- ``documents(id, text, meta)``: ``meta`` as JSON text;
- ``annotations(doc_id, id, kind, start, end, text, source, score, name)``:
  every annotation with its surface ``text``; ``name`` copies the
  annotation's ``name`` field where its kind has one (places, people);
- one table per kind (``location``, ``number``, ...), ``(doc_id, id)`` and one
  typed column per field of the kind's class (``INTEGER``, ``REAL``,
  ``NUMERIC`` for int-or-float, ``BOOLEAN``, ``TEXT``; lists and dicts as
  JSON text), plus ``extra``: a JSON object of the values a column cannot
  hold exactly (a list in a text field, a NaN, a string with lone
  surrogates, an explicit ``null`` of a field the class does not declare, an
  int that a ``REAL`` column would change: a float field's, or the score, which
  ``annotations.score`` then leaves ``NULL``)
  and of fields that came without a column;
  fields that no class declares get columns as they are first met;
- ``errors(doc_id, plugin, annotator, type, message)``;
- ``kinds(kind, "table")`` and ``fields(kind, "table", field, "column",
  type, declared)``: which table holds each kind, and which column each
  field, with its type (``declared``: a field of the kind's class);
- for a kind table with ``lat`` and ``lon`` columns, a view ``<table>_map``
  whose ``latitude`` and ``longitude`` columns are what datasette-cluster-map
  looks for.

Foreign keys tie annotations to documents and kind rows to annotations;
``annotations`` is indexed on ``(doc_id, kind)`` and ``(kind, name)``.
:func:`read_sqlite` gives back documents equal to those written, compact
layers (tokens) excepted; a float field written as an int reads back as a
float.  A ``limner batch`` into a database commits each document on its own,
so a run stopped at any point resumes from the documents committed.
"""

from __future__ import annotations

import contextlib
import functools
import math
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from limner.document import (
    Annotation,
    Document,
    check_writable,
    checked_kinds,
    dumps,
    loads,
)
from limner.errors import InputError
from limner.formats import (
    part_of,
    refuse_a_closed_folder,
    take_place,
    through_link,
    unpointed,
)
from limner.formats.fieldtypes import class_fields, fits, value_type

__all__ = ["SqliteWriter", "read_sqlite", "write_sqlite"]

#: ``PRAGMA user_version`` of a limner database: the version of this schema.
SCHEMA_VERSION = 1

_CORE = ("documents", "annotations", "errors", "kinds", "fields")
_FIXED_COLUMNS = frozenset({"doc_id", "id", "extra"})
_MISSING = object()

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY NOT NULL,
    text TEXT NOT NULL,
    meta TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS annotations (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    source TEXT NOT NULL,
    score REAL,
    name TEXT,
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX IF NOT EXISTS annotations_doc_kind ON annotations (doc_id, kind);
CREATE INDEX IF NOT EXISTS annotations_kind_name ON annotations (kind, name);
CREATE TABLE IF NOT EXISTS errors (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    plugin TEXT NOT NULL,
    annotator TEXT NOT NULL,
    type TEXT NOT NULL,
    message TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS errors_doc ON errors (doc_id);
CREATE TABLE IF NOT EXISTS kinds (
    kind TEXT PRIMARY KEY NOT NULL,
    "table" TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS fields (
    kind TEXT NOT NULL,
    "table" TEXT NOT NULL,
    field TEXT NOT NULL,
    "column" TEXT NOT NULL,
    type TEXT NOT NULL,
    declared BOOLEAN NOT NULL,
    PRIMARY KEY (kind, field)
);
"""

# the SQL type of each field type limner tells apart
_SQL_TYPES = {
    "bool": "BOOLEAN",
    "int": "INTEGER",
    "float": "REAL",
    "number": "NUMERIC",
    "str": "TEXT",
    "json": "TEXT",
}


def quote(name: str) -> str:
    """``name`` as an SQL identifier: in double quotes, inner quotes doubled.

    >>> quote('order')
    '"order"'
    >>> print(quote('a"b'))
    "a""b"
    """
    if "\x00" in name:
        raise InputError(f"a table or column name cannot hold NUL: {name!r}")
    return '"' + name.replace('"', '""') + '"'


def _nameable(name: str) -> str:
    """What a table or column made for the kind or field ``name`` is called before any
    number is added: ``name`` with ``_`` for NUL, which no SQLite name holds."""
    return name.replace("\x00", "_")


def _utf8(value: str) -> bool:
    """Whether UTF-8 can carry ``value`` (no lone surrogates)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _held(value: Any, type_: str) -> bool:
    """Whether a column of limner type ``type_`` holds ``value`` and gives it back as it
    was: :func:`fits`, and no negative zero in a number column, which SQLite stores as 0
    (a -0.0 read back as 0.0, its sign lost)."""
    if type(value) is float and value == 0 and math.copysign(1.0, value) < 0:
        return type_ == "json"
    return fits(value, type_)


def _same(value: str) -> str:
    return value


def _storable(value: str) -> str | bytes:
    """``value``, or its surrogate-escaped UTF-8 as bytes when UTF-8 cannot carry it."""
    return value if _utf8(value) else value.encode("utf-8", "surrogatepass")


def _text(value: str | bytes) -> str:
    return value.decode("utf-8", "surrogatepass") if isinstance(value, bytes) else value


def _from_sql(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "json":
        return loads(value)
    if kind == "bool":
        return bool(value)
    if kind == "float" and isinstance(value, int):
        return float(value)
    return value


@attrs.define
class _Table:
    """One kind's table: its name and its columns by field."""

    kind: str
    name: str
    columns: dict[str, tuple[str, str, bool]] = attrs.field(factory=dict)  # field: col, type, decl
    insert: str = ""


def _columns(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """The columns of each of limner's own tables that ``conn``'s database holds."""
    return {
        t: {r[1] for r in conn.execute(f"PRAGMA table_info({quote(t)})")} for t in _CORE
    }


@functools.cache
def _schema_columns() -> dict[str, set[str]]:
    """The columns of limner's own tables, as the schema makes them."""
    conn = sqlite3.connect(":memory:")
    try:
        return _columns(conn.executescript(_SCHEMA).connection)
    finally:
        conn.close()


def _missing_columns(conn: sqlite3.Connection) -> list[str]:
    """The tables and columns of limner's schema that ``conn``'s database lacks: another
    program's database may set ``user_version`` 1 as well (limner added its tables to it,
    or failed on a raw "no such table")."""
    found = _columns(conn)
    missing = []
    for table, columns in _schema_columns().items():
        if not found[table]:
            missing.append(f"table {table}")
        else:
            missing += [f"column {table}.{c}" for c in sorted(columns - found[table])]
    return missing


#: the result codes of a database that another connection holds (it waited and gave up)
_LOCKED = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
#: what a database another connection holds is refused with
_LOCKED_SAID = ("the database is locked: another program writes to it (a transaction open in "
          "sqlite3 or datasette); try again once it is done")


def _is_locked(exc: sqlite3.Error) -> bool:
    """Whether ``exc`` says the database is held by another connection (:data:`_LOCKED`)."""
    return getattr(exc, "sqlite_errorcode", None) in _LOCKED


class _Database:
    """An open limner database: the schema as it stands, and the writing of documents."""

    def __init__(self, conn: sqlite3.Connection, *, create: bool = True) -> None:
        self.conn = conn
        self.tables: dict[str, _Table] = {}
        self._check_and_create(create)
        for kind, table in conn.execute('SELECT kind, "table" FROM kinds ORDER BY rowid'):
            self.tables[kind] = _Table(kind, table)
        for kind, table, field, column, type_, declared in conn.execute(
            'SELECT kind, "table", field, "column", type, declared FROM fields ORDER BY rowid'
        ):
            t = self.tables.setdefault(kind, _Table(kind, table))
            t.columns[field] = (column, type_, bool(declared))
        for t in self.tables.values():
            held = {r[1] for r in conn.execute(f"PRAGMA table_info({quote(t.name)})")}
            lost = [c for c, _, _ in t.columns.values() if held and c not in held]
            if lost:  # (SQLite reads a quoted name that is no column's as a string)
                raise InputError(
                    f"the database names a column {t.name}.{lost[0]} for the field of kind "
                    f"{t.kind!r} that its table does not hold (edited by hand?)"
                )
            self._prepare(t)

    def _check_and_create(self, create: bool) -> None:
        conn = self.conn
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        except sqlite3.DatabaseError as exc:
            if _is_locked(exc):  # a database, held
                raise InputError(_LOCKED_SAID) from None
            raise InputError(f"not an SQLite database: {exc}") from None
        if names or not create:
            missing = _missing_columns(conn) if version == SCHEMA_VERSION else []
            if version != SCHEMA_VERSION or missing:
                if not names:
                    what = "holds no tables"
                elif version not in (0, SCHEMA_VERSION):
                    what = f"has schema version {version}"
                else:  # (another program's database, which may set user_version 1 too)
                    what = f"has no {missing[0]}" if missing else "holds other tables"
                raise InputError(
                    f"the database {what}, not a limner database of schema version "
                    f"{SCHEMA_VERSION}; write to a new file"
                )
        if not create:
            return
        conn.execute("PRAGMA foreign_keys = ON")
        # one transaction: each statement on its own was a commit, a disk sync each
        conn.executescript(f"BEGIN; {_SCHEMA} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")

    # -- the schema of kinds -----------------------------------------------------

    def _table_name(self, kind: str) -> str:
        # tables, indexes, views and triggers share one namespace: an index's name is taken too
        taken = {r[0].lower() for r in self.conn.execute("SELECT name FROM sqlite_master")}
        taken |= {n.lower() for n in _CORE} | {t.name.lower() for t in self.tables.values()}
        taken |= {f"{t.name}_map".lower() for t in self.tables.values()}
        name = _nameable(kind)
        candidates = [name] if name and not name.lower().startswith("sqlite_") else []
        candidates.append(f"kind_{name}")
        n = 1
        while any(c.lower() in taken or f"{c}_map".lower() in taken for c in candidates[:1]):
            candidates.pop(0)
            if not candidates:
                n += 1
                candidates.append(f"kind_{name}_{n}")
        return candidates[0]

    def _table(self, a: Annotation) -> _Table:
        t = self.tables.get(a.kind)
        if t is not None:
            return t
        t = _Table(a.kind, self._table_name(a.kind))
        self.conn.execute(
            f"CREATE TABLE {quote(t.name)} ("
            "doc_id TEXT NOT NULL, id TEXT NOT NULL, extra TEXT, PRIMARY KEY (doc_id, id), "
            "FOREIGN KEY (doc_id, id) REFERENCES annotations (doc_id, id) ON DELETE CASCADE)"
        )
        self.tables[a.kind] = t
        self.conn.execute('INSERT INTO kinds (kind, "table") VALUES (?, ?)', (t.kind, t.name))
        if type(a) is not Annotation:
            for field, type_ in class_fields(type(a)):
                self._add_column(t, field, type_, declared=True)
        self._prepare(t)
        return t

    def _add_column(self, t: _Table, field: str, type_: str, *, declared: bool) -> bool:
        """Give ``t`` a column for ``field``; ``False`` when the table has as many columns
        as SQLite allows (the field's values then go to ``extra``)."""
        if len(_FIXED_COLUMNS) + len(t.columns) >= self._column_limit():
            return False
        taken = set(_FIXED_COLUMNS) | {c.lower() for c, _, _ in t.columns.values()}
        name = _nameable(field)
        column, n = name or "field", 1
        while column.lower() in taken:
            n += 1
            column = f"{name}_{n}"
        self.conn.execute(
            f"ALTER TABLE {quote(t.name)} ADD COLUMN {quote(column)} {_SQL_TYPES[type_]}"
        )
        self.conn.execute(
            'INSERT INTO fields (kind, "table", field, "column", type, declared) '
            "VALUES (?, ?, ?, ?, ?, ?)",
            (t.kind, t.name, field, column, type_, declared),
        )
        t.columns[field] = (column, type_, declared)
        return True

    def _column_limit(self) -> int:
        """The most columns SQLite gives a table (``SQLITE_MAX_COLUMN``, 2,000 by default)."""
        limit: int = self.conn.getlimit(sqlite3.SQLITE_LIMIT_COLUMN)
        return limit

    def _map_view(self, t: _Table) -> None:
        """The view ``<table>_map`` once ``t`` has ``lat`` and ``lon`` columns."""
        cols = {c for c, _, _ in t.columns.values()}
        if not {"lat", "lon"} <= cols:
            return
        shown = [quote(c) for c in ("name", "country", "feature") if c in cols]
        self.conn.execute(
            f"CREATE VIEW IF NOT EXISTS {quote(t.name + '_map')} AS SELECT k.doc_id, k.id, "
            f"a.text, {''.join(f'k.{c}, ' for c in shown)}"
            'k."lat" AS latitude, k."lon" AS longitude '
            f"FROM {quote(t.name)} AS k JOIN annotations AS a USING (doc_id, id) "
            'WHERE k."lat" IS NOT NULL AND k."lon" IS NOT NULL'
        )

    def _prepare(self, t: _Table) -> None:
        self._map_view(t)
        cols = ["doc_id", "id", "extra"] + [c for c, _, _ in t.columns.values()]
        t.insert = (
            f"INSERT INTO {quote(t.name)} ({', '.join(map(quote, cols))}) "
            f"VALUES ({', '.join('?' * len(cols))})"
        )

    # -- writing -------------------------------------------------------------------

    def add(self, doc: Document) -> None:
        """Insert ``doc`` (in the caller's transaction), whole or not at all.

        A string that UTF-8 cannot carry (lone surrogates) is stored as a
        BLOB of its surrogate-escaped UTF-8 (the text, a surface), or as
        escaped JSON in ``extra`` (a field value), and reads back as it was.

        Raises:
            InputError: a document with this id is already in the database,
                or an id, kind, source or error message holds lone surrogates.
        """
        conn = self.conn
        schema = {k: attrs.evolve(t, columns=dict(t.columns)) for k, t in self.tables.items()}

        def undo() -> None:
            conn.execute("ROLLBACK TO limner_doc")
            self.tables = {k: attrs.evolve(t, columns=dict(t.columns)) for k, t in schema.items()}

        conn.execute("SAVEPOINT limner_doc")
        try:
            try:
                self._add(doc, safe=False)
            except UnicodeEncodeError:
                undo()
                self._add(doc, safe=True)
        except sqlite3.IntegrityError:
            undo()
            conn.execute("RELEASE limner_doc")
            if conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc.id,)).fetchone():
                raise InputError(f"document {doc.id!r} is already in the database") from None
            # its row deleted with foreign keys off (the sqlite3 shell's default): the
            # rows that hang on it were left
            raise InputError(
                f"document {doc.id!r} is not in the database, but rows of it are (its "
                "annotations or errors, left when it was deleted with foreign keys off): "
                "delete them with foreign keys on (PRAGMA foreign_keys = ON; DELETE FROM "
                f"annotations WHERE doc_id = {_sql_string(doc.id)}; and so from errors) to "
                "write it again"
            ) from None
        except UnicodeEncodeError:
            undo()
            conn.execute("RELEASE limner_doc")
            raise InputError(
                f"document {doc.id!r}: an id, kind or source holds lone surrogates, "
                "which SQLite cannot store; write it as json or jsonl"
            ) from None
        except BaseException:
            undo()
            conn.execute("RELEASE limner_doc")
            raise
        conn.execute("RELEASE limner_doc")

    def _add(self, doc: Document, *, safe: bool) -> None:
        check_writable(doc)
        conn = self.conn
        store = _storable if safe else _same
        text = doc.text
        conn.execute(
            "INSERT INTO documents (id, text, meta) VALUES (?, ?, ?)",
            (doc.id, store(text), dumps(doc.meta)),
        )
        rows = []
        found: list[tuple[_Table, Annotation, dict[str, Any], bool]] = []
        for a in doc.annotations:
            fields = a.to_dict()
            name = fields.get("name")
            # a score that the REAL column cannot hold exactly (an int past 2**53, -0.0) goes to
            # the kind table's extra, as a field's value that its column cannot hold does
            score = a.score if a.score is None or _held(a.score, "float") else _MISSING
            rows.append(
                (
                    doc.id,
                    a.id,
                    a.kind,
                    a.start,
                    a.end,
                    store(text[a.start : a.end]),
                    a.source,
                    None if score is _MISSING else score,
                    store(name) if type(name) is str else None,
                )
            )
            for key in ("id", "kind", "start", "end", "source", "score"):
                fields.pop(key, None)
            t = self._table(a)
            for key, value in fields.items():
                if (
                    key not in t.columns
                    and value is not None
                    and self._add_column(t, key, value_type(value), declared=False)
                ):
                    self._prepare(t)
            found.append((t, a, fields, score is _MISSING))
        by_table: dict[str, list[tuple[Any, ...]]] = {}
        for t, a, fields, own_score in found:
            row = self._row(doc.id, a, t, fields, safe, a.score if own_score else _MISSING)
            by_table.setdefault(t.kind, []).append(row)
        conn.executemany(
            'INSERT INTO annotations (doc_id, id, kind, start, "end", text, source, score, '
            "name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        for kind, kind_rows in by_table.items():
            conn.executemany(self.tables[kind].insert, kind_rows)
        conn.executemany(
            "INSERT INTO errors (doc_id, plugin, annotator, type, message) VALUES (?, ?, ?, ?, ?)",
            [(doc.id, e.plugin, e.annotator, e.type, store(e.message)) for e in doc.errors],
        )

    def _row(
        self,
        doc_id: str,
        a: Annotation,
        t: _Table,
        data: dict[str, Any],
        safe: bool,
        score: Any = _MISSING,
    ) -> tuple[Any, ...]:
        """The kind table's row of ``a``, whose fields (base keys removed) are ``data``;
        ``score``, given, is one that the annotations' REAL column cannot hold exactly."""
        extra: dict[str, Any] = {} if score is _MISSING else {"score": score}
        values: list[Any] = []
        found = 0
        for field, (_, type_, declared) in t.columns.items():
            value = data.get(field, _MISSING)
            if value is _MISSING:
                values.append(None)
                continue
            found += 1
            if value is None:
                if not declared:
                    extra[field] = None  # an explicit null of a field no class declares
                values.append(None)
            elif type_ == "json":
                values.append(dumps(value))
            elif _held(value, type_) and not (safe and type(value) is str and not _utf8(value)):
                values.append(value)
            else:
                extra[field] = value
                values.append(None)
        if found < len(data):  # nulls of fields that have no column yet
            extra.update((k, v) for k, v in data.items() if k not in t.columns)
        return (doc_id, a.id, dumps(extra) if extra else None, *values)


def _connect(path: Path | str, *, create: bool = True) -> sqlite3.Connection:
    try:
        if create:
            conn = sqlite3.connect(str(path), isolation_level=None)
        else:
            uri = Path(path).resolve().as_uri() + "?mode=ro"
            conn = sqlite3.connect(uri, isolation_level=None, uri=True)
    except sqlite3.Error as exc:
        raise InputError(f"{path}: cannot open as a database: {exc}") from None
    return conn


def _open(path: Path | str, *, create: bool = True) -> _Database:
    conn = _connect(path, create=create)
    try:
        return _Database(conn, create=create)
    except InputError as exc:
        conn.close()
        raise InputError(f"{path}: {exc}") from None


def _sidecars(path: Path) -> list[Path]:
    """The files SQLite keeps beside the database ``path`` (journal, write-ahead log)."""
    return [path.with_name(path.name + x) for x in ("-wal", "-shm", "-journal")]


def write_sqlite(docs: Iterable[Document], path: Path | str) -> None:
    """Write ``docs`` to a new database at ``path`` (a file there is replaced).

    The database is written beside ``path`` and takes its place once whole:
    a write that fails leaves the file at ``path`` as it was.  A link at ``path``
    stays: the database it points at is the one replaced.

    Raises:
        InputError: two documents have the same id, a text cannot be stored, or
            another program writes to the database at ``path`` (it is left as it is).
    """
    path = through_link(Path(path))
    part = part_of(path)
    for old in (part, *_sidecars(part)):
        old.unlink(missing_ok=True)
    with _held_for_writing(path):
        try:
            db = _open(part)
            try:
                db.conn.execute("BEGIN")
                for doc in docs:
                    db.add(doc)
                db.conn.execute("COMMIT")
            finally:
                db.conn.close()
            for old in _sidecars(path):  # a log of the old database must not meet the new one
                old.unlink(missing_ok=True)
            take_place(part, path)
        finally:
            for old in (part, *_sidecars(part)):
                old.unlink(missing_ok=True)


@contextlib.contextmanager
def _held_for_writing(path: Path) -> Iterator[None]:
    """Hold the database at ``path`` under a write while the block replaces it, as a
    write to it would hold it: one that another program writes to is refused (after
    SQLite's wait), not replaced under it, its writes lost.  A file that is no
    database, or none, is not held.

    Raises:
        InputError: another connection holds the database under a write.
    """
    if not path.is_file():
        yield
        return
    try:
        conn = sqlite3.connect(str(path), isolation_level=None)
    except sqlite3.Error:  # (no database to hold: it is replaced)
        yield
        return
    try:
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            if _is_locked(exc):
                raise InputError(f"{path}: {_LOCKED_SAID}") from None
        yield
    finally:
        conn.close()


def read_sqlite(
    path: Path | str, kinds: Mapping[str, type[Annotation]] | None = None
) -> Iterator[Document]:
    """The documents of a database written by the ``sqlite`` format, in the order written.

    Args:
        path: the database file.
        kinds: annotation classes by kind, as for :meth:`limner.Document.from_dict`.

    Raises:
        InputError: the file is not a limner database.
    """
    kinds = checked_kinds(kinds)  # (a list of classes: said now, not deep in the reading)
    if not Path(path).is_file():
        raise InputError(f"{path}: no such database file")
    db = _open(path, create=False)
    conn = db.conn
    try:
        try:
            rows = conn.execute("SELECT id, text, meta FROM documents ORDER BY rowid").fetchall()
        except sqlite3.Error as exc:
            raise InputError(f"{path}: the database cannot be read: {exc}") from None
        for doc_id, text, meta in rows:
            try:
                doc = _read_doc(db, doc_id, _text(text), meta, kinds)
            # (a database written by hand, or by another tool, or edited: a table dropped)
            except (ValueError, TypeError, sqlite3.Error) as exc:
                raise InputError(
                    f"{path}: document {doc_id!r} in the database is not valid: {exc}"
                ) from None
            yield doc
    finally:
        conn.close()


def _read_doc(
    db: _Database,
    doc_id: str,
    text: str,
    meta: str,
    kinds: Mapping[str, type[Annotation]] | None,
) -> Document:
    conn = db.conn
    fields: dict[str, dict[str, dict[str, Any]]] = {}
    for kind in conn.execute(
        "SELECT DISTINCT kind FROM annotations WHERE doc_id = ?", (doc_id,)
    ).fetchall():
        t = db.tables.get(kind[0])
        if t is None:
            continue
        cols = ", ".join(["id", "extra"] + [quote(c) for c, _, _ in t.columns.values()])
        per: dict[str, dict[str, Any]] = {}
        for row in conn.execute(f"SELECT {cols} FROM {quote(t.name)} WHERE doc_id = ?", (doc_id,)):
            values: dict[str, Any] = {}
            for (field, (_, type_, declared)), value in zip(
                t.columns.items(), row[2:], strict=True
            ):
                if value is not None or declared:
                    values[field] = _from_sql(value, type_)
            if row[1] is not None:
                values.update(loads(row[1]))
            per[row[0]] = values
        fields[kind[0]] = per
    annotations = []
    for aid, kind, start, end, source, score in conn.execute(
        'SELECT id, kind, start, "end", source, score FROM annotations '
        "WHERE doc_id = ? ORDER BY rowid",
        (doc_id,),
    ):
        item = {"id": aid, "kind": kind, "start": start, "end": end, "source": source}
        if score is not None:
            item["score"] = score
        item.update(fields.get(kind, {}).get(aid, {}))
        annotations.append(item)
    errors = [
        {"plugin": p, "annotator": a, "type": t, "message": _text(m)}
        for p, a, t, m in conn.execute(
            "SELECT plugin, annotator, type, message FROM errors WHERE doc_id = ? ORDER BY rowid",
            (doc_id,),
        )
    ]
    if kinds is None:
        from limner.plugins import default_kinds

        kinds = default_kinds()
    errors += [e.to_dict() for e in unpointed(annotations, kinds, "sqlite")]  # (deleted in SQL)
    data = {
        "schema": "limner/1",
        "id": doc_id,
        "text": text,
        "meta": loads(meta),
        "annotations": annotations,
        "errors": errors,
    }
    return Document.from_dict(data, kinds)


def _sql_string(value: str) -> str:
    """``value`` as an SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


class SqliteWriter:
    """The :class:`~limner.formats.BatchWriter` of the ``sqlite`` format.

    Each document is committed on its own (write-ahead log, so a commit
    costs no disk sync); a run stopped at any point leaves whole documents
    only, and the next run skips them.
    """

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        refuse_a_closed_folder(path, "SQLite keeps its journal beside the database it writes")
        self.path = path
        self.db = _open(path)
        self.db.conn.execute("PRAGMA journal_mode = WAL")
        self.db.conn.execute("PRAGMA synchronous = NORMAL")

    def done_ids(self) -> set[str]:
        return {r[0] for r in self.db.conn.execute("SELECT id FROM documents")}

    def placed_digests(self) -> dict[str, int]:
        """The documents named by their line (``line-7``: records without an id of their
        own), each with :func:`~limner.batch.text_digest` of its text."""
        from limner.batch import is_placed, text_digest

        # (the GLOB is limner.batch._PLACED_NAME, line-[1-9][0-9]*, as far as SQL's GLOB
        # says it: its rows are then read by is_placed, that pattern whole)
        rows = self.db.conn.execute(
            "SELECT id, text FROM documents WHERE id GLOB 'line-[1-9]*'"
        )
        return {rid: text_digest(_text(text)) for rid, text in rows if is_placed(rid)}

    def write(self, doc: Document) -> None:
        conn = self.db.conn
        conn.execute("BEGIN")
        try:
            self.db.add(doc)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        """Close the database with the documents committed; one that an interrupt
        (Ctrl-C, SIGTERM) cut short between its BEGIN and COMMIT is rolled back."""
        conn = self.db.conn
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        conn.close()
