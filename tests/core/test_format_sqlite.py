"""The sqlite format: the schema a journalist queries, exact round trips, resumed batches."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import ClassVar

import attrs
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import limner
from limner.cli import cli
from limner.errors import InputError
from limner.formats.sqlite import SqliteWriter, read_sqlite, write_sqlite
from limner.testing import documents, nasty_texts

ODD = 'select "x"'


@attrs.frozen(kw_only=True)
class Odd(limner.Annotation):
    """A kind whose name and fields are SQL keywords or hold quotes."""

    id_prefix: ClassVar[str] = "o"
    kind: str = ODD
    order: int | None = None
    group: str = ""
    where: float | None = None
    flag: bool = False
    values: list[str] = attrs.field(factory=list)
    Group: str | None = None  # the same column as "group" to SQLite, which ignores case


def odd_doc() -> limner.Document:
    doc = limner.Document(text="Select * from users; DROP TABLE documents;\x00 end", id="d'1")
    doc.add(
        [
            Odd(start=0, end=6, order=3, group="a'b", where=1.5, flag=True, values=["x"]),
            # values that do not fit their columns: a list in a text field, a dict in an int one
            Odd(start=7, end=8, order={"not": "an int"}, group=["a", "b"], where=-0.0),  # type: ignore[arg-type]
            limner.Annotation(
                kind="documents",
                start=9,
                end=13,
                # ("End": the column "end" to SQLite; a feature named "end" is refused)
                features={"End": 1, "doc_id": "x", "extra": [1, {"a": None}], "n": None},
            ),
        ],
        source="test",
    )
    doc.errors.append(limner.Error(plugin="p", annotator="a", type="T", message="went 'wrong'"))
    return doc


def test_sql_keywords_quotes_and_odd_values_round_trip(tmp_path: Path) -> None:
    doc = odd_doc()
    path = tmp_path / "odd.db"
    write_sqlite([doc], path)
    (back,) = read_sqlite(path, kinds={ODD: Odd})
    assert json.loads(back.to_json()) == json.loads(doc.to_json())
    assert type(back.annotations[0]) is Odd and back.annotations[0].values == ["x"]
    conn = sqlite3.connect(path)
    cols = [r[1] for r in conn.execute('PRAGMA table_info("select ""x""")')]
    # every field has a column of its own; "Group" is renamed beside "group"
    assert cols[:3] == ["doc_id", "id", "extra"]
    assert {"order", "group", "where", "flag", "values", "Group_2"} <= set(cols)
    # a kind named like a core table gets a table of its own
    tables = dict(conn.execute('SELECT kind, "table" FROM fields'))
    assert tables["documents"] == "kind_documents"
    assert conn.execute(
        'SELECT "order", flag FROM "select ""x""" WHERE id = ?', ("o1",)
    ).fetchone() == (3, 1)
    assert conn.execute("SELECT text FROM documents").fetchone()[0] == doc.text  # NUL kept


def test_schema_keys_and_indexes(tmp_path: Path, seed_text: str) -> None:
    doc = limner.enrich(seed_text, id="seed")
    path = tmp_path / "seed.db"
    limner.PluginManager().formats()["sqlite"].save([doc], path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    indexes = {
        tuple(r[2] for r in conn.execute(f"PRAGMA index_info({name!r})"))
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
    }
    assert {("doc_id", "kind"), ("kind", "name")} <= indexes
    fks = {(r[2], r[3]) for r in conn.execute("PRAGMA foreign_key_list(annotations)")}
    assert ("documents", "doc_id") in fks
    assert {r[2] for r in conn.execute("PRAGMA foreign_key_list(location)")} == {"annotations"}
    types = {r[1]: r[2] for r in conn.execute("PRAGMA table_info(location)")}
    assert types["geonameid"] == "INTEGER" and types["lat"] == "REAL" and types["name"] == "TEXT"
    # the map view carries what datasette-cluster-map looks for
    row = conn.execute("SELECT text, latitude, longitude FROM location_map LIMIT 1").fetchone()
    assert isinstance(row[1], float) and isinstance(row[2], float)
    n = conn.execute("SELECT count(*) FROM annotations WHERE kind = 'location'").fetchone()[0]
    assert n == len(doc.select("location"))
    # deleting a document takes its annotations and kind rows with it
    conn.execute("DELETE FROM documents")
    assert conn.execute("SELECT count(*) FROM location").fetchone()[0] == 0
    (back,) = read_sqlite(path)  # the file is untouched: conn did not commit
    assert back == limner.Document.from_json(doc.to_json(layers=False))


def test_the_documented_queries_answer(tmp_path: Path, seed_text: str) -> None:
    import re

    doc = limner.enrich(seed_text, id="seed", meta={"title": "Victory Day"})
    path = tmp_path / "seed.db"
    write_sqlite([doc], path)
    conn = sqlite3.connect(path)
    docs = (Path(__file__).parents[2] / "docs" / "formats.md").read_text(encoding="utf-8")
    queries = re.findall(r"```sql\n(.*?)```", docs, re.S)
    assert len(queries) >= 5
    for query in queries:
        assert conn.execute(query).fetchall(), query
    figures = conn.execute(queries[0]).fetchall()
    expected = [a for a in doc.select("number") if a.get("unit") or a.get("counted")]
    assert len(figures) == len(expected)
    speakers = {r[0]: r[1] for r in conn.execute(queries[1])}
    assert sum(speakers.values()) == sum(1 for q in doc.select("quote") if q.get("speaker"))


@given(documents(nasty_texts()))
def test_any_document_round_trips(doc: limner.Document) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.db"
        write_sqlite([doc], path)
        (back,) = read_sqlite(path)
    assert back == doc
    assert json.loads(back.to_json()) == json.loads(doc.to_json())  # types, not only values


@pytest.mark.parametrize("value", [2**64, -(2**63) - 1, 2**53 + 1])
def test_an_int_a_real_column_cannot_hold_exactly_reads_back_as_it_was(
    tmp_path: Path, value: int
) -> None:
    """A score (and a float field) is a REAL column: an int past 64 bits made the write
    fail with a raw OverflowError, and one past 2**53 read back as another number.
    Such a value goes to the kind table's extra and reads back as it was written."""
    doc = limner.Document(text="Paris and Lyon", id="d")
    doc.add(
        [
            limner.Annotation(kind="k", start=0, end=5, score=value),
            Odd(start=10, end=14, where=value),  # type: ignore[arg-type]
            limner.Annotation(kind="k", start=10, end=14, score=2),
        ],
        source="t",
    )
    path = tmp_path / "big.db"
    write_sqlite([doc], path)
    (back,) = read_sqlite(path, kinds={ODD: Odd})
    assert json.loads(back.to_json()) == json.loads(doc.to_json())
    assert [a.score for a in back.select("k")] == [value, 2]
    assert back.select(ODD)[0].where == value
    conn = sqlite3.connect(path)
    scores = dict(conn.execute("SELECT id, score FROM annotations"))
    assert scores == {a.id: 2.0 if a.score == 2 else None for a in doc.annotations}


def test_a_negative_zero_reads_back_with_its_sign(tmp_path: Path) -> None:
    """SQLite stores a REAL -0.0 as 0: a score, a float field and a field no class
    declares of -0.0 read back as 0.0 (equal, so no round trip saw it).  Such a value goes
    to the kind table's extra, as one past 2**53 does; a 0.0 stays in its column."""
    doc = limner.Document(text="Paris and Lyon", id="d")
    doc.add([limner.Annotation(kind="k", start=0, end=5, score=-0.0,
                               features={"f": -0.0, "g": 0.0, "l": [-0.0]}),
             Odd(start=10, end=14, where=-0.0)], source="t")
    path = tmp_path / "zero.db"
    write_sqlite([doc], path)
    (back,) = read_sqlite(path, kinds={ODD: Odd})
    def exact(d: limner.Document) -> str:  # (a field no class declares may move)
        return json.dumps(json.loads(d.to_json()), sort_keys=True)

    assert exact(back) == exact(doc)
    assert repr([back.annotations[0].score, back.annotations[0].get("f"),
                 back.select(ODD)[0].where]) == "[-0.0, -0.0, -0.0]"
    conn = sqlite3.connect(path)
    assert conn.execute('SELECT g FROM k').fetchall() == [(0.0,)]


def test_a_kind_named_like_an_index_gets_a_table_of_its_own(tmp_path: Path) -> None:
    doc = limner.Document(text="Hello Baku", id="a")
    kinds = ["errors_doc", "annotations_doc_kind", "Annotations_Kind_Name"]
    doc.add([limner.Annotation(kind=k, start=0, end=5) for k in kinds], source="t")
    write_sqlite([doc], tmp_path / "x.db")  # SQLite refused a table named like an index
    (back,) = read_sqlite(tmp_path / "x.db")
    assert back.annotations == doc.annotations
    tables = dict(sqlite3.connect(tmp_path / "x.db").execute('SELECT kind, "table" FROM kinds'))
    assert tables == {k: f"kind_{k}" for k in kinds}


def test_a_kind_or_a_field_with_nul_in_its_name_is_stored(tmp_path: Path) -> None:
    # the JSON formats keep such names; sqlite refused the document (no table or column
    # name can hold NUL), where its table and column need only be named otherwise
    doc = limner.Document(text="Hello Baku", id="a")
    doc.add(
        [
            limner.Annotation(kind="a\x00b", start=0, end=5, features={"x\x00": 1, "x_": 2}),
            limner.Annotation(kind="a_b", start=6, end=10),
        ],
        source="t",
    )
    write_sqlite([doc], tmp_path / "x.db")
    (back,) = read_sqlite(tmp_path / "x.db")
    assert back.annotations == doc.annotations
    conn = sqlite3.connect(tmp_path / "x.db")
    table = dict(conn.execute('SELECT kind, "table" FROM kinds'))
    column = dict(conn.execute('SELECT field, "column" FROM fields'))
    table_, column_ = table["a\x00b"], column["x\x00"]
    assert table_ != table["a_b"] and "\x00" not in table_
    assert column_ != column["x_"] and "\x00" not in column_
    assert conn.execute(f'SELECT "{column_}" FROM "{table_}"').fetchall() == [(1,)]


def test_fields_past_the_columns_a_table_can_hold_go_to_extra(tmp_path: Path) -> None:
    """A kind whose annotations bring more field names than SQLite gives a table columns
    (2,000; a plugin keying its features by word, say) raised a raw OperationalError
    ('too many columns'): the database was not written, and a batch stopped at that
    document again at every resume.  The fields past the limit go to ``extra``, as
    those that came without a column do."""
    doc = limner.Document(text="Hello Baku", id="a")
    doc.add([limner.Annotation(kind="k", start=0, end=5,
                               features={f"w{i}": i for i in range(2100)})], source="t")
    write_sqlite([doc], tmp_path / "x.db")
    (back,) = read_sqlite(tmp_path / "x.db")
    assert back == doc
    writer = SqliteWriter(tmp_path / "batch.db")  # a document at a time, as a batch writes
    more = limner.Document(text="Hello Baku", id="b")
    more.add([limner.Annotation(kind="k", start=0, end=5,
                                features={f"v{i}": i for i in range(10)})], source="t")
    for d in (doc, more):
        writer.write(d)
    writer.close()
    assert list(read_sqlite(tmp_path / "batch.db")) == [doc, more]
    conn = sqlite3.connect(tmp_path / "x.db")
    assert json.loads(conn.execute('SELECT extra FROM "k"').fetchone()[0])["w2099"] == 2099


def test_a_database_named_by_a_link_is_written_where_the_link_points(tmp_path: Path) -> None:
    # the link was replaced by a new file, and the database it pointed at kept the old
    # documents, where every other format writes through a link
    write_sqlite([limner.Document(text="one", id="a")], tmp_path / "real.db")
    (tmp_path / "link.db").symlink_to("real.db")
    limner.save(limner.Document(text="two", id="b"), tmp_path / "link.db")
    assert (tmp_path / "link.db").is_symlink()
    assert [d.id for d in read_sqlite(tmp_path / "real.db")] == ["b"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.db", "real.db"]


def test_a_pointer_to_an_annotation_deleted_in_sql_is_none(tmp_path: Path) -> None:
    # the database failed to read: the quote still named the mention deleted in SQL
    doc = limner.enrich('The ambassador said: "We paid $5bn."', id="a", plugins=["quotes"])
    (quote,) = doc.select("quote")
    assert quote.get("speaker_mention") is not None
    write_sqlite([doc], tmp_path / "x.db")
    conn = sqlite3.connect(tmp_path / "x.db")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("DELETE FROM annotations WHERE kind = 'person'")
    conn.commit()
    conn.close()
    (back,) = read_sqlite(tmp_path / "x.db")
    assert back.get(quote.id).get("speaker_mention") is None and not back.select("person")
    assert back.get(quote.id).get("cue") == quote.get("cue")
    assert [(e.plugin, e.type) for e in back.errors] == [("sqlite", "MissingTarget")]


def test_a_database_needs_a_path() -> None:
    result = CliRunner().invoke(cli, ["enrich", "-", "-p", "numbers", "-f", "sqlite"], input="x")
    assert result.exit_code == 2 and "writes a file: give -o FILE" in result.output


def test_duplicate_ids_and_foreign_files_are_clear_errors(tmp_path: Path) -> None:
    a = limner.Document(text="a", id="same")
    with pytest.raises(InputError, match="'same' is already in the database"):
        write_sqlite([a, limner.Document(text="b", id="same")], tmp_path / "x.db")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(InputError, match="not a limner database"):
        list(read_sqlite(other))
    junk = tmp_path / "junk.db"
    junk.write_text("not a database at all, but long enough to have a header" * 10)
    with pytest.raises(InputError, match="not an SQLite database"):
        SqliteWriter(junk)
    with pytest.raises(InputError, match="no such database"):
        list(read_sqlite(tmp_path / "missing.db"))


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        # another program's database: many set user_version 1, as limner's does
        ("CREATE TABLE users (id, name); PRAGMA user_version = 1", "has no table documents"),
        ("CREATE TABLE documents (id, body); PRAGMA user_version = 1",
         "has no column documents.meta"),
        ("", "holds no tables"),  # an empty file
        # limner's schema 1 before it had a kinds table (a raw "no such table: kinds")
        (("CREATE TABLE documents (id, text, meta); CREATE TABLE annotations (doc_id, id, "
          'kind, start, "end", text, source, score, name); CREATE TABLE errors (doc_id, '
          'plugin, annotator, type, message); CREATE TABLE fields (kind, "table", field, '
          '"column", type, declared); PRAGMA user_version = 1'), "has no table kinds"),
    ],
)
def test_a_database_of_another_program_is_refused_and_left_as_it_was(
    tmp_path: Path, sql: str, message: str
) -> None:
    """Read, it was a raw ``sqlite3.OperationalError`` (no such table: kinds); added to by
    a batch, limner's tables were made in it, among the program's own."""
    path = tmp_path / "app.db"
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.close()
    before = path.read_bytes()
    with pytest.raises(InputError, match=rf"app\.db: the database {message}, not a limner"):
        list(read_sqlite(path))
    if sql:
        with pytest.raises(InputError, match=message):
            SqliteWriter(path)
    assert path.read_bytes() == before


def test_a_database_another_program_holds_is_said_to_be_locked(tmp_path: Path) -> None:
    """A database under another program's write (a transaction open in sqlite3) was
    "not an SQLite database: database is locked", a batch told its OUTPUT was no database."""
    path = tmp_path / "news.db"
    write_sqlite([limner.Document(text="Hi", id="a")], path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(InputError, match=r"news\.db: the database is locked: another") as e:
            SqliteWriter(path)
        assert "not an SQLite database" not in str(e.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert [d.id for d in read_sqlite(path)] == ["a"]


def test_a_database_another_program_writes_to_is_not_replaced_under_it(tmp_path: Path) -> None:
    """`limner enrich -f sqlite -o news.db` replaced a database under another program's
    write (exit 0), the other's rows going to a file no path named, where a batch refuses
    it as locked."""
    path = tmp_path / "news.db"
    write_sqlite([limner.Document(text="Hi", id="a")], path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE documents SET text = 'Hello' WHERE id = 'a'")
    try:
        with pytest.raises(InputError, match=r"news\.db: the database is locked: another"):
            write_sqlite([limner.Document(text="New", id="b")], path)
        holder.execute("COMMIT")
    finally:
        holder.close()
    assert [(d.id, d.text) for d in read_sqlite(path)] == [("a", "Hello")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.db"]
    write_sqlite([limner.Document(text="New", id="b")], path)  # once it is done: replaced
    assert [d.id for d in read_sqlite(path)] == ["b"]


def test_a_column_the_database_names_but_does_not_hold_is_an_input_error(
    tmp_path: Path,
) -> None:
    """SQLite reads a quoted name that is no column's as a string: a field whose column
    was renamed by hand in ``fields`` read back as the column's name, without a word."""
    doc = limner.Document(text="Hello world", id="a")
    doc.add([limner.Annotation(kind="x", start=0, end=5, features={"f": 1})])
    path = tmp_path / "a.db"
    limner.save(doc, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE fields SET \"column\" = 'renamed'")
    conn.commit()
    conn.close()
    with pytest.raises(InputError, match=r"names a column x\.renamed for the field of kind .x."):
        list(read_sqlite(path))


def test_a_write_that_fails_leaves_the_database_there_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    write_sqlite([limner.Document(text="kept", id="k")], db)
    before = db.read_bytes()
    twice = [limner.Document(text="a", id="same"), limner.Document(text="b", id="same")]
    with pytest.raises(InputError, match="'same' is already in the database"):
        write_sqlite(twice, db)
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.db"]
    write_sqlite([limner.Document(text="new", id="n")], db)
    assert [d.id for d in read_sqlite(db)] == ["n"]


def test_a_failed_document_leaves_nothing_behind(tmp_path: Path) -> None:
    writer = SqliteWriter(tmp_path / "x.db")
    writer.write(limner.Document(text="one", id="1"))
    bad = limner.Document(text="two", id="1")
    bad.add([Odd(start=0, end=3)], source="t")  # its kind's table is made, then undone
    with pytest.raises(InputError):
        writer.write(bad)
    good = limner.Document(text="three", id="3")
    good.add([Odd(start=0, end=5, order=1)], source="t")
    writer.write(good)
    writer.close()
    assert [d.id for d in read_sqlite(tmp_path / "x.db")] == ["1", "3"]


def _records(path: Path, n: int) -> None:
    lines = [
        json.dumps({"id": f"r{i}", "text": f"Over {i} people came to Paris."}) for i in range(n)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_batch_resumes_into_the_same_database(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    _records(src, 6)
    db = tmp_path / "out.db"
    # a first run that stopped after three documents
    first = tmp_path / "first.jsonl"
    first.write_text("".join(src.read_text().splitlines(keepends=True)[:3]))
    runner = CliRunner()
    args = ["-p", "numbers", "-f", "sqlite", "-o", str(db)]
    r1 = runner.invoke(cli, ["batch", str(first), *args])
    assert r1.exit_code == 0, r1.output
    r2 = runner.invoke(cli, ["batch", str(src), "-p", "numbers", "-o", str(db)])  # by the name
    assert r2.exit_code == 0, r2.output
    assert "3 written, 3 already done" in r2.stderr
    jsonl = tmp_path / "out.jsonl"
    assert runner.invoke(cli, ["batch", str(src), "-p", "numbers", "-o", str(jsonl)]).exit_code == 0
    from_db = list(read_sqlite(db))
    from_jsonl = list(limner.PluginManager().formats()["jsonl"].load(jsonl))
    assert from_db == from_jsonl and len(from_db) == 6
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_batch_into_a_database_as_jsonl_is_refused_untouched(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    _records(src, 2)
    db = tmp_path / "out.db"
    write_sqlite([limner.Document(text="kept", id="k")], db)
    before = db.read_bytes()
    args = ["batch", str(src), "-p", "numbers", "-f", "jsonl", "-o", str(db)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2 and "pass -f sqlite" in result.stderr
    assert db.read_bytes() == before


def test_batch_refuses_a_format_it_cannot_resume(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    _records(src, 1)
    result = CliRunner().invoke(cli, ["batch", str(src), "-f", "csv", "-o", str(tmp_path / "x")])
    assert result.exit_code == 2 and "jsonl, sqlite" in result.output


def test_enrich_writes_a_database_and_refuses_a_folder(tmp_path: Path) -> None:
    runner = CliRunner()
    db = tmp_path / "a.db"
    result = runner.invoke(
        cli, ["enrich", "-", "-p", "numbers", "-f", "sqlite", "-o", str(db)], input="Over 3 people."
    )
    assert result.exit_code == 0, result.output
    (doc,) = read_sqlite(db)
    assert doc.id == "<stdin>" and doc.select("number")
    result = runner.invoke(cli, ["enrich", "-", "-f", "sqlite", "-o", str(tmp_path)], input="x")
    assert result.exit_code == 2 and "is a folder" in result.output


@given(st.text(st.characters(codec="utf-8"), max_size=30))
def test_surface_and_text_of_any_string(text: str) -> None:
    import tempfile

    doc = limner.Document(text=text + "\ud800", id="s")
    doc.add([limner.Annotation(kind="k", start=0, end=len(doc.text), features={"v": "\udfff"})])
    with tempfile.TemporaryDirectory() as tmp:
        write_sqlite([doc], Path(tmp) / "s.db")
        (back,) = read_sqlite(Path(tmp) / "s.db")
    assert back == doc


def test_datasette_opens_the_database_as_it_is(tmp_path: Path, seed_text: str) -> None:
    import asyncio

    from datasette.app import Datasette

    doc = limner.enrich(seed_text, id="seed")
    write_sqlite([doc], tmp_path / "news.db")

    async def browse() -> tuple[dict, list, list]:
        ds = Datasette(files=[str(tmp_path / "news.db")])
        await ds.invoke_startup()
        listing = (await ds.client.get("/news.json")).json()
        places = (await ds.client.get("/news/location_map.json?_shape=array")).json()
        numbers = await ds.client.get("/news/number.json?_shape=array&_size=max")
        assert numbers.status_code == 200
        return listing, places, numbers.json()

    listing, places, numbers = asyncio.run(browse())
    tables = {t["name"] for t in listing["tables"]}
    assert {"documents", "annotations", "errors", "location", "number", "quote"} <= tables
    assert [v["name"] for v in listing["views"]] == ["location_map"]
    assert len(places) == sum(1 for a in doc.select("location") if a.get("lat") is not None)
    assert {"latitude", "longitude", "name", "text"} <= set(places[0])
    assert len(numbers) == len(doc.select("number"))


def test_a_killed_batch_leaves_whole_documents_and_resumes(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "out.db"
    code = (
        "import os, sys, limner\n"
        "from limner.formats.sqlite import SqliteWriter\n"
        "w = SqliteWriter(__import__('pathlib').Path(sys.argv[1]))\n"
        "for i in range(3):\n"
        "    w.write(limner.Document(text=f'doc {i}', id=str(i)))\n"
        "w.db.conn.execute('BEGIN')\n"
        "w.db.add(limner.Document(text='cut short', id='3'))\n"
        "os._exit(1)  # killed in the middle of the fourth document: no commit, no close\n"
    )
    subprocess.run([sys.executable, "-c", code, str(db)], check=False)
    writer = SqliteWriter(db)
    assert writer.done_ids() == {"0", "1", "2"}
    writer.write(limner.Document(text="cut short", id="3"))
    writer.close()
    assert [d.text for d in read_sqlite(db)] == ["doc 0", "doc 1", "doc 2", "cut short"]
    assert not (tmp_path / "out.db-wal").exists()


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("UPDATE documents SET meta = '{bad'", "not JSON: Expecting property name"),
        ("UPDATE documents SET meta = '{\"a\": NaN}'", "not JSON: NaN is not a JSON value"),
        ("UPDATE documents SET text = X'FF'", "'utf-8' codec can't decode byte 0xff"),
        ("UPDATE x SET extra = '{bad'", "not JSON: Expecting property name"),
        ("UPDATE annotations SET score = 'high'", "annotations\\[0\\].score: expected number"),
        # a kind's table dropped (in datasette, say): a raw sqlite3.OperationalError
        ("DROP TABLE x", "no such table: x"),
    ],
)
def test_a_database_changed_by_hand_is_an_input_error_naming_the_document(
    tmp_path: Path, sql: str, message: str
) -> None:
    """Not a raw JSONDecodeError or UnicodeDecodeError, nor a document holding a NaN
    that ``to_json`` refuses."""
    doc = limner.Document(text="Hello world", id="a", meta={"k": 1})
    doc.add([limner.Annotation(kind="x", start=0, end=5, score=0.5, features={"f": "v"})])
    path = tmp_path / "a.db"
    limner.save(doc, path)
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.close()
    with pytest.raises(InputError, match=rf"a\.db: document 'a' in the database is not valid: "
                       rf".*{message}"):
        limner.load(path)


def test_a_document_deleted_by_hand_without_its_rows_is_said_so_on_a_resume(
    tmp_path: Path,
) -> None:
    """A document's row deleted with foreign keys off (the sqlite3 shell's default) leaves
    its annotations: the resume wrote it again, and logged it as 'already in the
    database', which it was not."""
    src, db = tmp_path / "in.jsonl", tmp_path / "out.db"
    _records(src, 3)
    args = ["batch", str(src), "-p", "numbers", "-o", str(db)]
    assert CliRunner().invoke(cli, args).exit_code == 0
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM documents WHERE id = 'r1'")
    conn.commit()
    conn.close()
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0 and "0 written, 2 already done, 1 bad" in again.stderr
    (logged,) = (tmp_path / "out.db.errors.jsonl").read_text("utf-8").splitlines()
    reason = json.loads(logged)["reason"]
    assert "'r1' is not in the database, but rows of it are" in reason, reason


def _as_a_user(args: list[str]) -> list[str]:
    """``args`` run as a user held to the files' permissions: root is held to them by
    dropping the capabilities that pass them over."""
    import os
    import shutil

    if os.geteuid() != 0:
        return args
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: no folder can be closed to writes")
    caps = "-dac_override,-dac_read_search,-fowner"
    return ["setpriv", f"--bounding-set={caps}", f"--inh-caps={caps}", *args]


@pytest.mark.parametrize("command", ["enrich", "batch"])
def test_a_database_in_a_folder_that_takes_no_new_file_is_refused_before_any_work(
    tmp_path: Path, command: str
) -> None:
    """SQLite writes files beside a database (a new one that takes its place, its
    journal): a database that could be written, in a folder that could not, failed after
    the work, `limner enrich` as an unreadable input (exit 3) naming its scratch file, and
    `limner batch` as the format's own fault (exit 1, "attempt to write a readonly
    database")."""
    import os
    import subprocess
    import sys

    folder = tmp_path / "closed"
    folder.mkdir()
    db = folder / "news.db"
    limner.save(limner.Document(text="Kept.", id="kept"), db)
    db.chmod(0o666)
    before = db.read_bytes()
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "5 people."}\n', encoding="utf-8")
    args = (
        ["enrich", str(source), "-f", "sqlite", "-o", str(db)]
        if command == "enrich"
        else ["batch", str(source), "-o", str(db), "--errors-file", str(tmp_path / "e.jsonl")]
    )
    folder.chmod(0o555)
    try:
        proc = subprocess.run(
            _as_a_user([sys.executable, "-m", "limner", *args, "-p", "numbers"]),
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "LIMNER_CACHE_DIR": str(tmp_path / "cache")},
        )
    finally:
        folder.chmod(0o755)
    assert proc.returncode == 2, proc.stderr
    assert f"cannot create files in {folder}" in proc.stderr
    assert "setting up" not in proc.stderr and "done in" not in proc.stderr
    assert db.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["news.db"]
