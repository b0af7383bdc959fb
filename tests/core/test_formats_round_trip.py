"""Every format that reads gives back what it wrote, bad input included; none slows start-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import limner
from limner.cli import cli
from limner.formats import take_place
from limner.testing import nasty_texts
from tests.strategies import HOSTILE_KEYS, hostile_values

READERS = ["json", "jsonl", "sqlite", "brat", "webanno"]


def awkward() -> list[limner.Document]:
    """Texts with NUL and line ends; kinds and fields that are SQL keywords or hold
    quotes; list and dict values; an empty document."""
    doc = limner.Document(text="SELECT \"a\"\x00 FROM b;\r\n'quoted'\n", id="doc1", meta={"m": [1]})
    doc.add(
        [
            limner.Annotation(kind="table", start=0, end=6, features={"from": [1, 2]}),
            limner.Annotation(kind='say "x"', start=7, end=10, features={"o'k": {"a": None}}),
            limner.Annotation(kind="where", start=0, end=0, features={"null": None}),
            limner.Annotation(kind="table", start=11, end=28, features={"from": "plain"}),
        ],
        source="test",
    )
    return [doc, limner.Document(text="", id="empty")]


@pytest.mark.parametrize("name", READERS)
def test_awkward_documents_round_trip(name: str, tmp_path: Path) -> None:
    fmt = limner.PluginManager().formats()[name]
    path = tmp_path / ("out" + fmt.extension)
    docs = awkward()
    fmt.save(docs, path)
    back = list(fmt.load(path))
    assert [d.text for d in back] == [d.text for d in docs]
    assert [d.annotations for d in back] == [d.annotations for d in docs]
    if name != "brat":  # brat keeps no meta (see docs/formats.md)
        assert back == docs


@st.composite
def _hostile_documents(draw: st.DrawFn) -> list[limner.Document]:
    """One or two documents of odd text, ids and meta, whose annotations hold
    :data:`~tests.strategies.HOSTILE_KEYS` and :data:`~tests.strategies.hostile_values`."""
    out = []
    for doc_id in draw(st.lists(st.sampled_from(["d", "select", "a'b\"c", "x y/z", "NULL", ""]),
                                min_size=1, max_size=2, unique=True)):
        text = draw(nasty_texts(10))
        doc = limner.Document(text=text, id=doc_id, meta=draw(
            st.dictionaries(st.sampled_from(HOSTILE_KEYS), hostile_values, max_size=3)))
        anns = []
        for _ in range(draw(st.integers(0, 3))):
            a = draw(st.integers(0, len(text)))
            anns.append(limner.Annotation(
                kind=draw(st.sampled_from(["k", "select", "a b", "documents", "K"])),
                start=a, end=draw(st.integers(a, len(text))),
                features=draw(st.dictionaries(st.sampled_from(HOSTILE_KEYS), hostile_values,
                                              max_size=4))))
        doc.add(anns, source="t")
        out.append(doc)
    return out


@pytest.mark.parametrize("name", READERS)
@given(docs=_hostile_documents())
def test_hostile_fields_and_meta_round_trip(name: str, docs: list[limner.Document]) -> None:
    """Keys named like a format's own columns, terms or parts, and values of every JSON
    type (a bool beside an int, 1e308, an int past 64 bits, "" and nested), over texts of
    NUL, lone CR, BOM, U+2028, combining and RTL marks."""
    fmt = limner.PluginManager().formats()[name]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("out" + fmt.extension)
        fmt.save(docs, path)
        back = list(fmt.load(path))
    if name != "brat":  # the same values of the same types (True is no 1, -0.0 no 0.0)
        assert [_exact(d) for d in back] == [_exact(d) for d in docs]
        return
    # brat keeps no meta and names a document by its file (see docs/formats.md); an edge
    # between a CR and its LF comes back at the CR
    cut = [a for d in docs for a in d.annotations for e in (a.start, a.end)
           if d.text[e - 1 : e + 1] == "\r\n" and e > 0]
    if not cut:
        assert sorted((d.text, repr(d.annotations)) for d in back) == sorted(
            (d.text, repr(d.annotations)) for d in docs)


def _exact(doc: limner.Document) -> str:
    """``doc`` as JSON, keys sorted (a field no class declares may come back elsewhere)."""
    return json.dumps(json.loads(doc.to_json()), sort_keys=True)


def test_every_format_says_what_it_is_and_what_it_drops() -> None:
    formats = limner.PluginManager().formats()
    for name in ["sqlite", "csv", "brat", "webanno"]:
        fmt = formats[name]
        assert fmt.description and fmt.drops, name
    assert formats["sqlite"].batch_writer is not None and formats["jsonl"].batch_writer


@pytest.mark.parametrize("name", READERS)
def test_a_format_that_drops_a_layer_says_so(name: str, tmp_path: Path) -> None:
    """``limner formats`` says what a round trip drops: brat dropped the compact layers
    (tokens) without saying it."""
    fmt = limner.PluginManager().formats()[name]
    doc = limner.enrich("It rained. Then", id="d", plugins=[], kinds="token")
    path = tmp_path / ("out" + fmt.extension)
    fmt.save([doc], path)
    (back,) = fmt.load(path)
    assert (back.layer("token") is None) == ("compact layers" in (fmt.drops or "")), fmt.drops


def test_save_and_load_tell_the_format_and_refuse_what_they_cannot(tmp_path: Path) -> None:
    doc = awkward()[0]
    limner.save(doc, tmp_path / "a.db")
    assert limner.load(tmp_path / "a.db") == [doc]
    with pytest.raises(limner.InputError, match="cannot tell the format"):
        limner.save(doc, tmp_path / "a.unknown")
    with pytest.raises(limner.InputError, match="writes only"):
        limner.load(tmp_path / "a.db", format="csv")
    with pytest.raises(limner.InputError, match="takes no option 'kind'"):
        limner.save(doc, tmp_path / "a.json", kind="x")


def test_load_of_a_file_it_cannot_read_names_the_formats_that_read(tmp_path: Path) -> None:
    """limner.load("article.txt") said "the table format writes only; it cannot read
    article.txt": a format the user never named, told by the name's .txt, and not
    what to do.  The message says how the format was told, which formats read, and
    that a plain text is enriched, not loaded."""
    text = tmp_path / "article.txt"
    text.write_text("It rained.", encoding="utf-8")
    readers = sorted(n for n, f in limner.PluginManager().formats().items() if f.reads)
    with pytest.raises(limner.InputError) as told:
        limner.load(text)
    said = str(told.value)
    assert "told by the name's .txt" in said and f"reads {', '.join(readers)}" in said
    assert "limner.enrich" in said
    unknown = tmp_path / "notes.xyz"
    unknown.write_text("It rained.", encoding="utf-8")
    with pytest.raises(limner.InputError, match="cannot tell the format") as guessed:
        limner.load(unknown)
    assert f"format= one of {', '.join(readers)}" in str(guessed.value)
    with pytest.raises(limner.InputError, match="writes only") as named:
        limner.load(text, format="csv")
    assert "told by the name" not in str(named.value)


@pytest.mark.parametrize("name", sorted(limner.PluginManager().formats()))
@pytest.mark.parametrize(
    ("docs", "message"),
    [
        (None, "a Document or an iterable of Documents, got NoneType"),
        ("text", "a Document or an iterable of Documents, got str"),
        ([limner.Document(text="a", id="a"), {"text": "b"}], "item 1 is dict, not a Document"),
    ],
)
def test_save_names_what_is_no_document(name: str, docs: object, message: str,
                                        tmp_path: Path) -> None:
    """Every format, not a raw AttributeError from its writer; the file left as it was."""
    fmt = limner.PluginManager().formats()[name]
    path = tmp_path / ("out" + fmt.extension)
    with pytest.raises(TypeError, match=message):
        fmt.save(docs, path)  # type: ignore[arg-type]
    if fmt.target == "stream":
        with pytest.raises(TypeError, match=message):
            fmt.dumps(docs)  # type: ignore[arg-type]
    assert not path.exists() or fmt.target == "directory"


def test_a_document_alone_is_one_document_for_every_way_of_writing(tmp_path: Path) -> None:
    doc = awkward()[0]
    fmt = limner.PluginManager().formats()["jsonl"]
    assert fmt.dumps(doc) == fmt.dumps([doc])
    fmt.save(doc, tmp_path / "a.jsonl")
    assert list(fmt.load(tmp_path / "a.jsonl")) == [doc]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.json", b"{bad", r"a\.json: not JSON: Expecting property name"),
        ("a.json", b'{"schema": "limner/1", "text": NaN}', r"a\.json: not JSON: NaN"),
        ("a.json", b"[" * 100_000, r"a\.json: not a limner document: nested too deep"),
        ("a.json", b"\xff\xff", r"a\.json: not UTF-8: byte 0xff"),
        ("a.json", b"\xff\xfe\x00\xd8", r"a\.json: not UTF-16-LE \(from its byte order mark\)"),
        ("a.json", b'[{"schema": "limner/1", "text": "a"}, 5]', r"a\.json: document 1: a limner"),
        ("a.jsonl", b"\xff\n", r"a\.jsonl: not UTF-8: byte 0xff"),
        ("a.jsonl", b'{"schema": "limner/1", "text": "a"}\n{\n', r"a\.jsonl: line 2: not a"),
    ],
)
def test_load_names_the_file_and_what_is_wrong(
    name: str, content: bytes, message: str, tmp_path: Path
) -> None:
    """An InputError naming the file, not a raw JSONDecodeError, UnicodeDecodeError or
    RecursionError."""
    (tmp_path / name).write_bytes(content)
    with pytest.raises(limner.InputError, match=message):
        limner.load(tmp_path / name)


@pytest.mark.parametrize("name", ["json", "jsonl", "sqlite", "webanno", "csv", "table", "html"])
def test_save_of_a_file_format_to_a_folder_is_refused_before_any_work(
    name: str, tmp_path: Path
) -> None:
    def docs():  # (not one is asked for)
        raise AssertionError("documents read before the path was checked")
        yield

    with pytest.raises(limner.InputError, match=f"is a folder; the {name} format writes a file"):
        limner.save(docs(), tmp_path, format=name)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["out.jsonl/", "out.db/"])
def test_save_to_a_path_ending_with_a_slash_is_refused_for_a_file_format(
    name: str, tmp_path: Path
) -> None:
    """A str ending with a slash names a folder: the slash was lost and a file written."""
    with pytest.raises(limner.InputError, match="ends with a slash, which names a folder"):
        limner.save(awkward()[0], f"{tmp_path}/{name}")
    assert list(tmp_path.iterdir()) == []
    limner.save(awkward()[0], f"{tmp_path}/ann/", format="brat")
    assert (tmp_path / "ann" / "annotation.conf").is_file()


def test_a_database_never_takes_the_place_of_a_device_or_pipe(tmp_path: Path) -> None:
    """``-f sqlite -o /dev/null`` put a regular file in the place of /dev/null (as root,
    the system's); a pipe stands for any such path here.  Refused before any work."""
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo)
    with pytest.raises(limner.InputError, match="is not a regular file"):
        limner.save(awkward()[0], fifo)
    with pytest.raises(limner.InputError, match="is not a regular file"):
        limner.save(awkward()[0], fifo, format="sqlite")
    (tmp_path / "link.db").symlink_to(fifo)
    with pytest.raises(limner.InputError, match="is not a regular file"):
        limner.save(awkward()[0], tmp_path / "link.db")
    part = tmp_path / "x.part"
    part.write_text("x", encoding="utf-8")
    with pytest.raises(limner.InputError, match="it is left as it is"):
        take_place(part, fifo)
    assert fifo.is_fifo()
    result = CliRunner().invoke(cli, ["enrich", "-", "-f", "sqlite", "-o", str(fifo),
                                      "--plugins", ""], input="Hi.")
    assert result.exit_code == 2 and "is not a regular file" in result.stderr
    assert fifo.is_fifo() and sorted(p.name for p in tmp_path.iterdir()) == [
        "link.db", "pipe.db", "x.part"]


@pytest.mark.parametrize("name", ["out.jsonl", "out.db"])
def test_a_file_that_a_batch_writes_now_is_not_replaced(name: str, tmp_path: Path) -> None:
    """``limner enrich -o out.db`` (or ``limner.save``) while ``limner batch -o out.db``
    ran replaced the file under it: the batch wrote on into the file taken away, its
    documents lost, and its next resume added them to the other run's file."""
    fcntl = pytest.importorskip("fcntl")
    path = tmp_path / name
    limner.save(awkward()[0], path)
    before = path.read_bytes()
    with path.open("rb") as other:  # the batch's hold, as its process takes it
        fcntl.flock(other.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(limner.InputError, match="is being written by a batch run now"):
            limner.save(limner.Document(text="new", id="new"), path)
        result = CliRunner().invoke(cli, ["enrich", "-", "-o", str(path), "--plugins", ""],
                                    input="Hi.")
        assert result.exit_code == 2 and "is being written by a batch run now" in result.stderr
        assert path.read_bytes() == before
    limner.save(limner.Document(text="new", id="new"), path)  # the run over: replaced
    assert [d.id for d in limner.load(path)] == ["new"]


def test_save_into_a_folder_that_does_not_exist_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "no" / "a.jsonl"
    with pytest.raises(FileNotFoundError) as caught:
        limner.save(awkward()[0], path)
    assert caught.value.filename == str(path)


def test_enrich_start_up_imports_no_format_library() -> None:
    code = (
        "import sys\n"
        "from limner.cli import main\n"
        "try:\n"
        "    main(['enrich', '-', '-p', 'numbers', '-o', '/dev/null'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in ('sqlite3', 'pandas', 'spacy') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], input="Over 3 people.", capture_output=True, text=True
    )
    assert out.stdout.strip() == "[]", out.stderr


@pytest.fixture(scope="module")
def news(corpus) -> list[limner.Document]:
    """200 BBC articles spread over the corpus, every plugin on, as written and read back."""
    records = corpus("bbc/bbc.jsonl")[::11][:200]
    enricher = limner.Enricher()
    return [
        limner.Document.from_json(d.to_json(layers=False))
        for d in enricher.pipe((r["text"], {"id": str(r["id"])}) for r in records)
    ]


@pytest.mark.parametrize("name", READERS)
def test_enriched_news_round_trips(name: str, news: list[limner.Document], tmp_path: Path) -> None:
    fmt = limner.PluginManager().formats()[name]
    path = tmp_path / ("out" + fmt.extension)
    fmt.save(news, path)
    back = list(fmt.load(path))
    assert [d.annotations for d in back] == [d.annotations for d in news]
    if name != "brat":
        assert back == news


def test_enriched_news_round_trips_through_spacy(news: list[limner.Document]) -> None:
    import spacy

    from limner.integrations.spacy import from_spacy, to_spacy

    nlp = spacy.blank("en")
    assert [from_spacy(to_spacy(d, nlp), entities=False) for d in news] == news


def _failing(docs: list[limner.Document]):  # type: ignore[no-untyped-def]
    """``docs``, then a failure: a corpus whose reading breaks part way."""
    yield from docs
    raise OSError("the corpus could not be read further")


@pytest.mark.parametrize("name", ["json", "jsonl", "sqlite", "csv", "webanno", "html", "table"])
def test_a_write_that_fails_leaves_the_file_as_it_was(name: str, tmp_path: Path) -> None:
    fmt = limner.PluginManager().formats()[name]
    path = tmp_path / ("out" + fmt.extension)
    fmt.save(awkward(), path)
    path.chmod(0o640)
    before = path.read_bytes()
    with pytest.raises(OSError, match="could not be read further"):
        fmt.save(_failing([limner.Document(text="new", id="new")]), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no part left behind
    fmt.save([limner.Document(text="new", id="new")], path)
    assert path.read_bytes() != before
    assert path.stat().st_mode & 0o777 == 0o640  # the file's mode is kept


def test_a_write_to_a_pipe_is_made_in_place(tmp_path: Path) -> None:
    import os
    import threading

    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    limner.save(limner.Document(text="Hi", id="p"), fifo)
    reader.join(timeout=10)
    assert fifo.is_fifo()
    assert b'"text": "Hi"' in got[0] or b'"text":"Hi"' in got[0]


def test_a_link_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    target = tmp_path / "real.jsonl"
    target.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    limner.save(limner.Document(text="Hi", id="p"), link)
    assert link.is_symlink() and '"Hi"' in target.read_text()


def test_a_file_in_a_folder_that_takes_no_new_file_is_written_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text("old\n")
    opened = Path.open

    def no_new_file(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self.name.endswith(".part"):  # as a folder without write permission answers
            raise PermissionError(13, "Permission denied", str(self))
        return opened(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", no_new_file)
    limner.save(limner.Document(text="Hi", id="p"), path)
    assert '"Hi"' in path.read_text()


def test_no_format_module_imports_the_private_names_of_another() -> None:
    """What two formats share has a public home (``limner.formats.fieldtypes``): a
    private name may change with its own module alone."""
    import ast

    root = Path(limner.__file__).parent / "formats"
    found = []
    for path in sorted(root.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "limner.formats."
            ):
                found += [f"{path.name}: {node.module}.{a.name}" for a in node.names
                          if a.name.startswith("_")]
    assert found == []


@pytest.mark.parametrize("name", ["json", "jsonl", "webanno"])
@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_load_reads_a_file_as_its_byte_order_mark_says(
    name: str, encoding: str, tmp_path: Path
) -> None:
    """As limner enrich and limner batch read their input: a file saved by a Windows
    editor (a UTF-8 byte order mark) or as UTF-16 (PowerShell's Out-File) is read."""
    fmt = limner.PluginManager().formats()[name]
    docs = awkward()
    text = fmt.dumps(docs)
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / ("a" + fmt.extension)
    path.write_bytes(data)
    assert list(fmt.load(path)) == docs


@pytest.mark.parametrize("name", sorted(limner.PluginManager().formats()))
def test_numpy_floats_are_numbers_every_format_writes(name: str, tmp_path: Path) -> None:
    """A NumPy float (what pandas and numpy compute scores as) is a float: as a feature
    it was stored and then broke the table ("The truth value of an empty array is
    ambiguous"); as a score it was refused as "not a number"."""
    np = pytest.importorskip("numpy")
    doc = limner.Document(text="Paris is big.", id="d1")
    doc.add([limner.Annotation(kind="x", start=0, end=5, score=np.float64(0.25),
                               features={"v": np.float64(2.5), "none": []})])
    back = limner.Document.from_json(doc.to_json())
    assert back == doc and type(back.annotations[0].score) is float
    target = tmp_path / ("out" if name == "brat" else f"out.{name}")
    limner.save([doc], target, format=name)
    if name == "table":
        assert "score=0.25 v=2.5" in target.read_text("utf-8")
