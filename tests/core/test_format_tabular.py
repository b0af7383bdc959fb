"""limner.frame and the csv format: one kind's annotations as a table."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import warnings

import attrs
import pytest
from click.testing import CliRunner

import limner
from limner.cli import cli
from limner.formats.tabular import rows


@pytest.fixture(scope="module")
def docs(seed_text: str) -> list[limner.Document]:
    return [
        limner.enrich(seed_text, id="seed"),
        limner.enrich("Over 20 people went to Paris. Nothing else.", id="short"),
    ]


def test_frame_has_a_column_per_field_and_a_row_per_annotation(docs) -> None:
    df = limner.frame(docs, "location")
    locations = [a for d in docs for a in d.select("location")]
    assert len(df) == len(locations)
    assert list(df.columns[:5]) == ["doc_id", "id", "start", "end", "text"]
    assert {"name", "geonameid", "lat", "lon", "country", "feature", "evidence"} <= set(df.columns)
    assert str(df["geonameid"].dtype) == "Int64"  # integers stay integers beside missing values
    paris = df[df["doc_id"] == "short"].iloc[0]
    assert paris["text"] == "Paris" and paris["country"] == "FR"
    assert isinstance(df["evidence"].iloc[0], list)


def test_frame_of_a_kind_nobody_made_is_empty_with_its_columns(docs) -> None:
    with pytest.warns(UserWarning, match="no installed plugin makes it"):
        df = limner.frame(docs, "no-such-kind")
    assert df.empty and list(df.columns) == ["doc_id", "id", "start", "end", "text"]
    # a known kind that these documents lack still has its fields
    df = limner.frame([limner.Document(text="x")], "number")
    assert df.empty and "unit" in df.columns


def test_a_kind_whose_annotations_all_have_a_score_has_its_column_with_none_met() -> None:
    """A kind that has scores (every sentiment has one) had a score column only when its
    annotations were met: the frame and the CSV of a corpus with none lacked it, and code
    written for the kind's table (``df.sort_values("score")``) failed on them."""
    empty = limner.frame([limner.Document(text="x")], "sentiment")
    assert list(empty.columns[:6]) == ["doc_id", "id", "start", "end", "text", "score"]
    assert str(empty["score"].dtype) == "Float64"
    header = limner.PluginManager().formats()["csv"].dumps([], kind="sentiment")
    assert header.split(",")[:6] == ["doc_id", "id", "start", "end", "text", "score"]
    scored = limner.enrich("A wonderful, happy day.", plugins=["sentiment"])
    assert list(limner.frame([scored], "sentiment").columns) == list(empty.columns)
    # a kind whose annotations may have a score or none has it when one has it
    assert "score" not in limner.frame([limner.Document(text="x")], "number").columns


def test_fields_named_like_the_base_columns_are_kept_apart() -> None:
    doc = limner.Document(text="abc", id="d")
    doc.add([limner.Annotation(kind="k", start=0, end=1, features={"text": "T", "doc_id": 7})])
    df = limner.frame([doc], "k")
    row = df.iloc[0]
    assert row["text"] == "a" and row["field_text"] == "T" and row["field_doc_id"] == 7


def test_every_field_has_a_column_of_its_own_and_keeps_its_value() -> None:
    doc = limner.Document(text="abc", id="d")
    features = {"features": 3, "text": "T", "field_text": "F"}
    doc.add([limner.Annotation(kind="k", start=0, end=1, features=features)])
    columns, (row,) = rows([doc], "k")
    # "features" was dropped, and "text" and "field_text" shared one column
    assert columns == ["doc_id", "id", "start", "end", "text", "features", "field_field_text",
                       "field_text"]
    assert (row["features"], row["field_field_text"], row["field_text"]) == (3, "T", "F")
    every = limner.PluginManager().formats()["csv"].dumps([doc])
    (line,) = csv.DictReader(io.StringIO(every))
    assert json.loads(line["fields"]) == features


@attrs.frozen(kw_only=True)
class Place(limner.Annotation):
    kind: str = "place"
    name: str = ""


def test_a_declared_field_has_its_type_whatever_its_values() -> None:
    from limner_locations import Location

    doc = limner.Document(text="Baku, Baku", id="d")
    big = 2**62 + 1  # past what a float holds exactly
    doc.add(
        [
            Location(start=0, end=4, name="Baku", lat=40.0, lon=50.0, population=big),
            Location(start=6, end=10, name="Baku", lat=40.0, lon=50.0),
        ],
        source="t",
    )
    df = limner.frame([doc], "location")
    # whole floats made an Int64 column, and a field with no value an object one
    assert str(df["lat"].dtype) == "Float64" and str(df["geonameid"].dtype) == "Int64"
    assert df["population"].iloc[0] == big
    # a value its type cannot hold is kept as it is, in an object column (a kind the
    # schema has no rules for: a location's name of a list is refused when added)
    places = limner.Document(text="Baku, Baku", id="d")
    places.add([Place(start=0, end=4, name="Baku"),
                Place(start=6, end=10, name=["not", "a", "str"])])  # type: ignore[arg-type]
    named = limner.frame([places], "place")["name"]
    assert named.dtype == object and named.iloc[1] == ["not", "a", "str"]
    empty = limner.frame([limner.Document(text="x")], "location")
    assert str(empty["lat"].dtype) == "Float64" and str(empty["start"].dtype) == "Int64"
    assert str(empty["country"].dtype) == "string"


def test_a_field_some_annotations_lack_keeps_its_values_and_is_missing_as_none() -> None:
    """A field that some annotations lack was filled with NaN, a float: an int column of
    them went through floats (2**60 + 1 read as 2**60), and a list or mixed column held
    NaN beside its values, which json.dumps of its records writes as a bare NaN."""
    big = 2**60 + 1
    first = limner.Document(text="abc", id="1")
    first.add([limner.Annotation(kind="z", start=0, end=1,
                                 features={"n": big, "tags": ["a"], "m": 1, "s": "x"})])
    second = limner.Document(text="abc", id="2")
    second.add([limner.Annotation(kind="z", start=0, end=1, features={"m": "two"})])
    df = limner.frame([first, second], "z")
    assert str(df["n"].dtype) == "Int64" and df["n"].iloc[0] == big
    assert df["n"].isna().tolist() == [False, True]
    assert str(df["s"].dtype) == "string"
    assert df["tags"].tolist() == [["a"], None] and df["m"].tolist() == [1, "two"]
    assert "NaN" not in json.dumps(df[["tags", "m"]].to_dict("records"))


def test_a_missing_pandas_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['pandas'] = None\n"
        "import limner\n"
        "try:\n"
        "    limner.frame([], 'number')\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pip install 'limner[pandas]'" in out.stdout


def test_csv_of_one_kind_matches_the_frame(docs) -> None:
    text = limner.PluginManager().formats()["csv"].dumps(docs, kind="number")
    rows = list(csv.DictReader(io.StringIO(text)))
    df = limner.frame(docs, "number")
    assert [r["text"] for r in rows] == list(df["text"])
    assert list(rows[0]) == list(df.columns)
    vague = {r["vague"] for r in rows}
    assert vague <= {"true", "false"}  # booleans as JSON


def test_csv_of_every_kind_has_fields_as_json(docs) -> None:
    text = limner.PluginManager().formats()["csv"].dumps(docs)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == sum(len(d) for d in docs)
    loc = next(r for r in rows if r["kind"] == "location")
    assert json.loads(loc["fields"])["country"]


def test_csv_keeps_nul_newlines_and_quotes_in_cells() -> None:
    doc = limner.Document(text='a\x00b "c"\nd', id="x")
    doc.add([limner.Annotation(kind="k", start=0, end=len(doc.text), features={"v": [1, "\x00"]})])
    text = limner.PluginManager().formats()["csv"].dumps([doc], kind="k")
    (row,) = csv.DictReader(io.StringIO(text))
    assert row["text"] == doc.text and json.loads(row["v"]) == [1, "\x00"]


def test_cli_csv_with_kind(tmp_path) -> None:
    runner = CliRunner()
    out = tmp_path / "n.csv"
    args = ["enrich", "-", "-p", "numbers", "-f", "csv", "--kind", "number", "-o", str(out)]
    result = runner.invoke(cli, args, input="Over 20 people paid $5.")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert [(r["text"], r["value"], r["unit"], r["counted"]) for r in rows] == [
        ("20", "20", "", "people"),
        ("$5", "5", "USD", ""),
    ]
    result = runner.invoke(cli, ["enrich", "-", "-f", "json", "--kind", "number"], input="x")
    assert result.exit_code == 2 and "takes no --kind" in result.output


def test_a_kind_held_as_a_layer_gives_a_row_per_span(tmp_path) -> None:
    """``--kind token`` (the command even said to ask for it with ``-k token``) wrote a
    header and no row: tokens are a compact layer, not annotations.  A layer's spans
    are rows, their id empty (a span of a layer has none)."""
    doc = limner.enrich("It rained. Then", id="d", plugins=[], kinds="token,sentence-span")
    df = limner.frame([doc], "token")
    assert df[["start", "end", "text"]].values.tolist() == [
        [0, 2, "It"], [3, 9, "rained"], [9, 10, "."], [11, 15, "Then"]]
    assert df["doc_id"].tolist() == ["d"] * 4 and df["id"].isna().all()
    assert str(df["start"].dtype) == "Int64" and str(df["id"].dtype) == "string"
    out = tmp_path / "t.csv"
    args = ["enrich", "-", "-p", "", "-k", "sentence-span", "-f", "csv", "--kind",
            "sentence-span", "-o", str(out)]
    result = CliRunner().invoke(cli, args, input="It rained. Then it stopped.")
    assert result.exit_code == 0, result.output
    assert [(r["id"], r["text"]) for r in csv.DictReader(out.open(encoding="utf-8"))] == [
        ("", "It rained."), ("", "Then it stopped.")]


def test_cli_csv_refuses_a_kind_the_run_does_not_make_before_any_work(tmp_path) -> None:
    runner = CliRunner()
    out = tmp_path / "n.csv"
    csv_of = ["enrich", "-", "-p", "numbers", "-f", "csv", "-o", str(out)]
    typo = runner.invoke(cli, [*csv_of, "--kind", "nokind"], input="Over 20 people.")
    asked = runner.invoke(cli, [*csv_of, "-k", "nokind"], input="Over 20 people.")
    assert typo.exit_code == asked.exit_code == 2, typo.output
    assert "--kind: no enabled plugin makes 'nokind'; kinds made: number, sentence" in typo.stderr
    # made only when asked for: the table would be empty whatever the text
    on_demand = runner.invoke(cli, [*csv_of, "-k", "number", "--kind", "sentence"], input="x")
    assert on_demand.exit_code == 2
    assert "this run does not make 'sentence'; ask for it with -k number,sentence" in (
        on_demand.stderr
    )
    assert not out.exists()
    made = runner.invoke(cli, [*csv_of, "-k", "sentence", "--kind", "sentence"], input="One. Two.")
    assert made.exit_code == 0, made.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


FORMULAS = ["=HYPERLINK(1)", "+1+2", "-3-4", "@SUM(1)", "\tx", "\ry"]


def _formula_doc() -> limner.Document:
    text = " ".join(FORMULAS) + " plain"
    doc = limner.Document(text=text, id="=id")
    starts = [text.index(f) for f in FORMULAS]
    doc.add(
        [
            limner.Annotation(kind="k", start=s, end=s + len(f), features={"v": f})
            for s, f in zip(starts, FORMULAS, strict=True)
        ]
        + [limner.Annotation(kind="k", start=len(text) - 5, end=len(text), features={"v": "ok"})]
    )
    return doc


@pytest.mark.parametrize("kind", ["k", None])
def test_csv_escapes_formulas_when_asked_and_keeps_the_text_otherwise(kind) -> None:
    """A text cell a spreadsheet would run as a formula gets a ``'`` with escape_formulas;
    without it, every cell is the text as it is."""
    doc = _formula_doc()
    fmt = limner.PluginManager().formats()["csv"]
    plain = list(csv.DictReader(io.StringIO(fmt.dumps([doc], kind=kind))))
    escaped = list(csv.DictReader(io.StringIO(fmt.dumps([doc], kind=kind, escape_formulas=True))))
    assert [r["text"] for r in plain] == [*FORMULAS, "plain"]
    assert [r["text"] for r in escaped] == [*("'" + f for f in FORMULAS), "plain"]
    assert {r["doc_id"] for r in plain} == {"=id"} and {r["doc_id"] for r in escaped} == {"'=id"}
    if kind is not None:
        assert [r["v"] for r in escaped] == [*("'" + f for f in FORMULAS), "ok"]
    else:  # the fields' JSON object starts with "{"
        assert [json.loads(r["fields"])["v"] for r in escaped] == [*FORMULAS, "ok"]


def test_cli_escape_formulas(tmp_path) -> None:
    runner = CliRunner()
    out = tmp_path / "n.csv"
    args = ["enrich", "-", "-p", "numbers", "-f", "csv", "--kind", "number", "-o", str(out)]
    result = runner.invoke(cli, [*args, "--escape-formulas"], input="Profit -5 said he.")
    assert result.exit_code == 0, result.output
    (row,) = csv.DictReader(out.open(encoding="utf-8", newline=""))
    assert row["text"] == "'-5"
    result = runner.invoke(cli, ["enrich", "-", "-f", "json", "--escape-formulas"], input="x")
    assert result.exit_code == 2 and "--escape-formulas is for" in result.output


def test_csv_of_a_lone_surrogate_is_refused_naming_the_file_left_as_it_was(tmp_path) -> None:
    doc = limner.Document(text="a\ud800b", id="d")
    doc.add([limner.Annotation(kind="k", start=0, end=3, features={"v": ["\udc00"]})])
    out = tmp_path / "t.csv"
    out.write_text("before", encoding="utf-8")
    with pytest.raises(limner.InputError, match=r"t\.csv: the csv format cannot write U\+D800"):
        limner.save(doc, out, kind="k")
    assert out.read_text(encoding="utf-8") == "before"
    # a JSON cell writes it as its escape
    fmt = limner.PluginManager().formats()["csv"]
    (row,) = csv.DictReader(io.StringIO(fmt.dumps(doc, kind="k")))
    assert json.loads(row["v"]) == ["\udc00"]


def test_a_lone_surrogate_outside_the_text_is_not_said_to_be_in_it(tmp_path) -> None:
    doc = limner.Document(text="plain", id="d")
    doc.add([limner.Annotation(kind="k\ud800", start=0, end=3)])
    with pytest.raises(limner.InputError, match=r"from a document \(its text, id, a kind"):
        limner.save(doc, tmp_path / "t.csv")


@pytest.mark.parametrize("text", ["a\rb c", "a\r\nb c", "\r"])
def test_csv_of_a_carriage_return_reads_back_as_one_cell(text: str) -> None:
    """The csv module quotes a cell holding the line end it writes (``\\n``), not one
    holding a lone ``\\r``, which readers take for the end of a row."""
    doc = limner.Document(text=text, id="x")
    doc.add([limner.Annotation(kind="k", start=0, end=len(text), features={"v": text})])
    fmt = limner.PluginManager().formats()["csv"]
    for kind in ("k", None):
        out = list(csv.DictReader(io.StringIO(fmt.dumps([doc], kind=kind), newline="")))
        assert [r["text"] for r in out] == [text], kind


@pytest.mark.parametrize(
    ("docs", "kind", "message"),
    [
        (None, "k", "expected a Document or an iterable of Documents, got NoneType"),
        ("text", "k", "expected a Document or an iterable of Documents, got str"),
        ([1], "k", "item 0 is int, not a Document"),
        ([], 1, "a table is of one kind [(]a str[)], got int 1"),
        ([], ["a", "b"], "a table is of one kind [(]a str[)], got list"),
    ],
)
def test_frame_and_csv_name_an_argument_of_the_wrong_type(docs, kind, message) -> None:
    with pytest.raises(TypeError, match=message):
        limner.frame(docs, kind)
    with pytest.raises(TypeError, match=message):
        limner.PluginManager().formats()["csv"].dumps(docs, kind=kind)


def test_frame_of_one_document() -> None:
    doc = limner.Document(text="ab", id="d")
    doc.add([limner.Annotation(kind="k", start=0, end=1)])
    assert limner.frame(doc, "k")["text"].tolist() == ["a"]


def test_csv_escapes_a_field_named_as_a_formula_in_the_header() -> None:
    """The header's cells are cells: a field name from a document read from elsewhere
    (``=HYPERLINK(...)``) runs in a spreadsheet as a text cell would."""
    doc = limner.Document(text="abc", id="d")
    doc.add([limner.Annotation(kind="k", start=0, end=1,
                               features=dict.fromkeys(("plain", *FORMULAS), 1))])
    fmt = limner.PluginManager().formats()["csv"]
    header = next(csv.reader(io.StringIO(fmt.dumps([doc], kind="k", escape_formulas=True))))
    assert header == ["doc_id", "id", "start", "end", "text", "plain",
                      *("'" + f for f in FORMULAS)]
    plain = next(csv.reader(io.StringIO(fmt.dumps([doc], kind="k"))))
    assert plain[6:] == list(FORMULAS)


def test_an_int_or_float_field_of_ints_is_exact_with_a_value_missing() -> None:
    from limner_numbers import Number

    doc = limner.Document(text="about 1152921504606846977 and some", id="d")
    big = 2**60 + 1
    doc.add([Number(start=6, end=25, category="cardinal", value=big),
             Number(start=30, end=34, category="cardinal", value=None)], source="t")
    values = limner.frame([doc], "number")["value"]
    # (no float holds it: kept as it is, as a value its type cannot hold is)
    assert str(values.dtype) == "object" and values.iloc[0] == big and values.isna().iloc[1]


def test_an_int_or_float_field_has_one_dtype_whatever_its_values() -> None:
    """`number.value` was Float64 in an empty frame and Int64 in one of whole numbers:
    a column's type told by the data, code written on one frame failing on another."""
    from limner_numbers import Number

    doc = limner.Document(text="2 cats and 3.5 dogs", id="d")
    empty = limner.frame([limner.Document(text="x")], "number")["value"]
    doc.add([Number(start=0, end=1, category="cardinal", value=2)], source="t")
    whole = limner.frame([doc], "number")["value"]
    doc.add([Number(start=11, end=14, category="cardinal", value=3.5)], source="t")
    mixed = limner.frame([doc], "number")["value"]
    assert str(empty.dtype) == str(whole.dtype) == str(mixed.dtype) == "Float64"
    assert whole.tolist() == [2.0] and mixed.tolist() == [2.0, 3.5]



@pytest.mark.parametrize(
    ("values", "dtype", "shown"),
    [
        # pandas' inference made an int past 2**53 beside a float a float (2**53)
        ([2**53 + 1, 0.5], "object", ["9007199254740993", "0.5"]),
        # and whole floats beside ints ints: -0.0 lost its sign
        ([-0.0, 0], "Float64", ["-0.0", "0.0"]),
        ([2.0, 3, None], "Float64", ["2.0", "3.0", "<NA>"]),
        ([1, 1.5], "Float64", ["1.0", "1.5"]),
    ],
)
def test_a_field_of_ints_and_floats_keeps_each_value(values, dtype, shown) -> None:
    doc = limner.Document(text="abcdef", id="d")
    doc.add([limner.Annotation(kind="k", start=i, end=i + 1, features={"f": v})
             for i, v in enumerate(values)], source="t")
    column = limner.frame([doc], "k")["f"]
    assert str(column.dtype) == dtype
    assert [repr(v) for v in column.astype(object)] == shown


def test_an_int_or_float_field_keeps_an_int_no_float_holds_beside_a_float() -> None:
    from limner_numbers import Number

    doc = limner.Document(text="about 9007199254740993 and 0.5", id="d")
    doc.add([Number(start=6, end=22, category="cardinal", value=2**53 + 1),
             Number(start=27, end=30, category="cardinal", value=0.5)], source="t")
    assert limner.frame([doc], "number")["value"].tolist() == [2**53 + 1, 0.5]


def test_a_frame_of_a_kind_nothing_knows_warns_naming_the_kinds_held() -> None:
    """`limner.frame([doc], "numbers")` gave an empty frame without a word, where the
    command line's `--kind numbers` is refused: a typo read as no result.  The frame
    stays empty (a part of a corpus may lack a kind of a plugin not installed here), and
    says so; a kind an installed plugin makes gives its frame without a warning."""
    pytest.importorskip("pandas")
    doc = limner.Document("5 cats")
    doc.add([limner.Annotation(kind="number", start=0, end=1)])
    with pytest.warns(UserWarning, match=r"'numbers'.*did you mean 'number'.*hold: number"):
        assert limner.frame([doc], "numbers").empty
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(limner.frame([doc], "number")) == 1
        assert len(limner.frame([doc], "quote")) == 0
        # a kind an annotator makes with no class of its own (a layer's) is no typo
        assert limner.frame([doc], "token").empty
