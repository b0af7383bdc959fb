"""The brat format: standoff files that brat and INCEpTION open, read back the same."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import assume, given
from hypothesis import strategies as st

import limner
from limner.cli import cli
from limner.errors import InputError
from limner.formats.brat import read_brat, write_brat
from limner.plugins import default_kinds
from limner.testing import documents

BRAT_LINE = (
    r"^(T\d+\t[A-Za-z0-9_-]+ \d+ \d+(;\d+ \d+)*\t[^\t\n]*"
    r"|A\d+\t\w+ T\d+( \S+)?"
    r"|R\d+\t\w+ Arg1:T\d+ Arg2:T\d+"
    r"|#\d+\tAnnotatorNotes T\d+\t.*)$"
)


def test_seed_round_trips_and_every_line_is_brat(tmp_path: Path, seed_text: str) -> None:
    doc = limner.enrich(seed_text, id="seed")
    write_brat([doc], tmp_path)
    assert (tmp_path / "seed.txt").read_bytes().decode("utf-8") == seed_text
    lines = (tmp_path / "seed.ann").read_text(encoding="utf-8").splitlines()
    assert lines and all(re.match(BRAT_LINE, line) for line in lines), [
        line for line in lines if not re.match(BRAT_LINE, line)
    ][:3]
    (back,) = read_brat(tmp_path)
    original = limner.Document.from_json(doc.to_json(layers=False))
    assert back.annotations == original.annotations
    # the surface written beside each span is the text at its offsets
    for line in lines:
        if line.startswith("T"):
            _, spans, surface = line.split("\t")
            frags = [tuple(map(int, p.split())) for p in spans.split(" ", 1)[1].split(";")]
            assert surface == " ".join(seed_text[s:e] for s, e in frags).replace("\n", " ")


@given(documents(st.text(st.characters(codec="utf-8"), max_size=80)))
def test_any_annotations_round_trip(doc: limner.Document) -> None:
    # (an edge between a CR and its LF comes back at the CR: see docs/formats.md)
    assume(not any(doc.text[e - 1 : e + 1] == "\r\n"
                   for a in doc.annotations for e in (a.start, a.end)))
    with tempfile.TemporaryDirectory() as tmp:
        write_brat([doc], tmp)
        (back,) = read_brat(tmp)
    assert back.text == doc.text
    assert back.annotations == doc.annotations


def test_kinds_with_spaces_and_spans_over_line_ends(tmp_path: Path) -> None:
    doc = limner.Document(text="First line\r\nsecond line\n", id="a/b c")
    doc.add(
        [
            limner.Annotation(kind="named thing", start=6, end=23, features={"note": "a b"}),
            limner.Annotation(kind="flag", start=0, end=5, features={"on": True, "n": 3}),
        ],
        source="t",
    )
    write_brat([doc], tmp_path)
    (ann_file,) = tmp_path.glob("a_b_c-*.ann")  # a changed id: a hash of it added
    ann = ann_file.read_text(encoding="utf-8")
    assert "named_thing-" in ann and " 6 10;11 22\t" in ann  # a fragment per line, no breaks
    assert "\ton T1 true\n" in ann and "\tn T1" not in ann  # numbers stay in the note
    (back,) = read_brat(tmp_path)
    assert back.id == "a/b c" and back.annotations == doc.annotations


def test_a_text_with_crlf_line_ends_is_one_brat_reads(tmp_path: Path) -> None:
    """brat's server reads the .txt with universal newlines (a CRLF is one character):
    every annotation after a CRLF was refused by its check of the text at the offsets."""
    text = "Paris, Monday.\r\nOver 300 people came.\r\n\r\nThey left at 5 from Lyon.\r\n"
    doc = limner.Document(text=text, id="a")
    words = ["Paris", "300", "5", "Lyon", "Monday.\r\nOver 300 people"]
    spans = [(text.index(w), text.index(w) + len(w)) for w in words]
    doc.add([limner.Annotation(kind="k", start=s, end=e) for s, e in spans], source="t")
    write_brat([doc], tmp_path)
    with open(tmp_path / "a.txt", encoding="utf-8") as fh:  # as brat reads it
        brats = fh.read()
    assert (tmp_path / "a.txt").read_bytes().decode("utf-8") == brats  # and as INCEpTION does
    ann = (tmp_path / "a.ann").read_text(encoding="utf-8")
    assert _refused_by_brat(brats, ann) == []
    (back,) = read_brat(tmp_path)  # the CRLFs put back from a.crlf.json
    assert back.text == text and back.annotations == doc.annotations and not back.errors
    assert [a.text(back) for a in back.annotations] == [a.text(doc) for a in doc.annotations]
    write_brat([limner.Document(text="LF\nonly", id="a")], tmp_path)  # the name written again
    assert not (tmp_path / "a.crlf.json").exists()
    (again,) = read_brat(tmp_path)
    assert again.text == "LF\nonly"


def test_line_ends_that_do_not_fit_the_text_are_an_error_not_a_wrong_text(
    tmp_path: Path,
) -> None:
    write_brat([limner.Document(text="a\r\nb", id="a")], tmp_path)
    (tmp_path / "a.txt").write_text("ab\n", encoding="utf-8")  # edited since
    (back,) = read_brat(tmp_path)
    assert back.text == "ab\n"
    assert [e.message for e in back.errors] == [
        "a.crlf.json does not fit the text; its line ends are read as LF"
    ]


def test_a_kind_holding_a_lone_surrogate_is_a_type_brat_takes(tmp_path: Path) -> None:
    """A kind is any non-empty str: a lone surrogate's type name raised a raw
    UnicodeEncodeError, where the text's surrogates were written."""
    doc = limner.Document(text="x \ud800 y", id="d")
    doc.add([limner.Annotation(kind="k\udc00", start=0, end=3)], source="t")
    write_brat([doc], tmp_path)
    ann = (tmp_path / "d.ann").read_text("utf-8", "surrogatepass")
    assert re.search(r"^T1\tk_-[0-9a-f]{8} 0 3\t", ann, re.M)
    (back,) = read_brat(tmp_path)
    assert back.annotations == doc.annotations


KINDS = ["named thing", "org.unit", "geo:place", "Städte", "100%", "a-b_c", "%41"]


def test_any_kind_is_a_type_of_letters_digits_dash_and_underscore(tmp_path: Path) -> None:
    """INCEpTION's brat reader refuses a type holding ``%``: limner wrote ``named%20thing``."""
    doc = limner.Document(text="Berlin is big.", id="d")
    doc.add([limner.Annotation(kind=k, start=0, end=6) for k in KINDS], source="t")
    write_brat([doc], tmp_path)
    types = [line.split("\t")[1].split(" ")[0]
             for line in (tmp_path / "d.ann").read_text("utf-8").splitlines()
             if line.startswith("T")]
    assert all(re.fullmatch(r"[A-Za-z0-9_-]+", t) for t in types), types
    assert len(set(types)) == len(KINDS) and types[KINDS.index("a-b_c")] == "a-b_c"
    conf = (tmp_path / "annotation.conf").read_text("utf-8")
    assert set(types) <= set(re.search(r"\[entities\]\n([^[]*)", conf)[1].split())
    (back,) = read_brat(tmp_path)
    assert [a.kind for a in back.annotations] == KINDS
    assert back.annotations == doc.annotations
    # annotations made in brat, no note: annotation.conf maps their type to the kind
    (tmp_path / "d.ann").write_text(
        "".join(f"T{n}\t{t} 0 6\tBerlin\n" for n, t in enumerate(types, 1)), encoding="utf-8"
    )
    (back,) = read_brat(tmp_path)
    assert [a.kind for a in back.annotations] == KINDS
    # a folder that limner wrote before, its types %XX escaped, reads as it did
    (tmp_path / "d.ann").write_text("T1\tnamed%20thing 0 6\tBerlin\n", encoding="utf-8")
    (back,) = read_brat(tmp_path)
    assert [a.kind for a in back.annotations] == ["named thing"]


def test_a_type_changed_in_brat_is_read_as_the_type(tmp_path: Path) -> None:
    doc = limner.Document(text="Berlin is big.", id="d")
    doc.add([limner.Annotation(kind="geo:place", start=0, end=6)], source="t")
    write_brat([doc], tmp_path)
    ann = (tmp_path / "d.ann").read_text("utf-8")
    written = ann.split("\t")[1].split(" ")[0]
    (tmp_path / "d.ann").write_text(ann.replace(written, "location", 1), encoding="utf-8")
    (back,) = read_brat(tmp_path)
    assert [a.kind for a in back.annotations] == ["location"]


def test_a_long_id_is_cut_to_a_file_name_the_file_system_takes(tmp_path: Path) -> None:
    docs = [limner.Document(text=f"Text {n}", id="x" * 300 + str(n)) for n in (1, 2)]
    write_brat(docs, tmp_path)  # a 304-byte file name was an OSError
    back = list(read_brat(tmp_path))
    assert sorted((d.id, d.text) for d in back) == [(d.id, d.text) for d in docs]
    assert all(len(p.name.split(".")[0]) <= 200 for p in tmp_path.iterdir())


def _ids_and_texts(folder: Path) -> list[tuple[str, str]]:
    return sorted((d.id, d.text) for d in read_brat(folder))


@pytest.mark.parametrize(
    "ids", [("a b", "a_b"), ("a/b", "a_b"), ("Report", "report"), ("x.y", ".x.y"), ("", "doc")]
)
def test_ids_that_meet_in_a_file_name_are_all_kept_with_their_ids(
    tmp_path: Path, ids: tuple[str, str]
) -> None:
    docs = [limner.Document(text=f"Text of {i!r}.", id=i) for i in ids]
    expected = sorted((d.id, d.text) for d in docs)
    write_brat(docs, tmp_path / "one")  # in one call
    assert _ids_and_texts(tmp_path / "one") == expected
    for doc in docs:  # in two calls into the same folder, either order
        write_brat([doc], tmp_path / "two")
    for doc in reversed(docs):
        write_brat([doc], tmp_path / "back")
    assert _ids_and_texts(tmp_path / "two") == _ids_and_texts(tmp_path / "back") == expected
    # stems differ in lower case too, so a file system that ignores case keeps both
    stems = [p.stem.lower() for p in (tmp_path / "two").glob("*.txt")]
    assert len(stems) == len(set(stems)) == 2
    write_brat(docs, tmp_path / "two")  # written again: the same files, not new ones
    assert sorted(p.name for p in (tmp_path / "two").iterdir()) == sorted(
        p.name for p in (tmp_path / "one").iterdir()
    )


def test_an_id_that_is_a_safe_name_is_its_file_name(tmp_path: Path) -> None:
    write_brat([limner.Document(text="x", id="2024-01_a.b")], tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "2024-01_a.b.ann", "2024-01_a.b.txt", "annotation.conf"
    ]


def test_the_id_of_a_text_file_is_written_without_its_txt(tmp_path: Path) -> None:
    # the id of `limner enrich article.txt` is the file's name: its files were
    # article.txt.txt and article.txt.ann
    docs = [limner.Document(text="x", id="article.txt"), limner.Document(text="y", id="B.TXT")]
    write_brat(docs, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "B.ann", "B.id.json", "B.txt", "annotation.conf",
        "article.ann", "article.id.json", "article.txt",
    ]
    assert _ids_and_texts(tmp_path) == [("B.TXT", "y"), ("article.txt", "x")]
    # a document whose id is the name without .txt keeps its own files
    write_brat([limner.Document(text="z", id="article")], tmp_path)
    assert _ids_and_texts(tmp_path) == [("B.TXT", "y"), ("article", "z"), ("article.txt", "x")]
    write_brat([limner.Document(text="w", id=".txt")], tmp_path / "dot")
    assert _ids_and_texts(tmp_path / "dot") == [(".txt", "w")]


def test_a_text_files_document_written_before_as_txt_txt_is_replaced_there(
    tmp_path: Path,
) -> None:
    # a folder written when the id's .txt was kept: writing the document again added
    # article.txt and article.ann beside them, and the folder read as it twice
    (tmp_path / "article.txt.txt").write_text("old", encoding="utf-8")
    (tmp_path / "article.txt.ann").write_text("", encoding="utf-8")
    write_brat([limner.Document(text="new", id="article.txt")], tmp_path)
    assert _ids_and_texts(tmp_path) == [("article.txt", "new")]
    assert not (tmp_path / "article.ann").exists()


def test_files_of_another_document_are_never_overwritten(tmp_path: Path) -> None:
    # a folder of files made elsewhere: x.txt and x.ann are document x's
    (tmp_path / "X.txt").write_text("theirs", encoding="utf-8")
    (tmp_path / "X.ann").write_text("", encoding="utf-8")
    write_brat([limner.Document(text="mine", id="x")], tmp_path)
    assert not (tmp_path / "x.txt").exists()  # (one file on a system that ignores case)
    assert (tmp_path / "X.txt").read_text(encoding="utf-8") == "theirs"
    assert _ids_and_texts(tmp_path) == [("X", "theirs"), ("x", "mine")]


def test_an_edited_id_file_is_an_error_and_the_file_name_the_id(tmp_path: Path) -> None:
    write_brat([limner.Document(text="x", id="a b")], tmp_path)
    (side,) = tmp_path.glob("*.id.json")
    side.write_text("[]", encoding="utf-8")
    (doc,) = read_brat(tmp_path)
    assert doc.id == side.name.removesuffix(".id.json")
    assert [e.message for e in doc.errors] == [
        f"{side.name} holds no document id; the file name is the id"
    ]


def test_a_note_stays_on_one_line_for_brat(tmp_path: Path) -> None:
    # brat reads an .ann with Python's line iteration, which cuts at U+0085, U+2028, U+2029
    breaks = "a\x85b\u2028c\u2029d"
    doc = limner.Document(text="Hello Baku", id="a")
    doc.add(
        [limner.Annotation(kind="k", start=0, end=5, features={"said": breaks, breaks: 1})],
        source="t",
    )
    write_brat([doc], tmp_path)
    lines = (tmp_path / "a.ann").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and all(re.match(BRAT_LINE, line) for line in lines), lines
    (back,) = read_brat(tmp_path)
    assert back.annotations == doc.annotations


def test_a_span_over_any_line_break_writes_one_line_for_brat(tmp_path: Path) -> None:
    # a form feed (text from a PDF), a vertical tab or a file separator in a span: the
    # surface written on its T line held it raw, and brat's line reading cut the line there
    text = "page\x0cone\x0btwo\x1cthree\x1dfour\x1efive\x85six\u2028seven\u2029end"
    doc = limner.Document(text=text, id="a")
    doc.add([limner.Annotation(kind="k", start=0, end=len(text))], source="t")
    write_brat([doc], tmp_path)
    ann = (tmp_path / "a.ann").read_text(encoding="utf-8")
    assert ann.splitlines() == ann.split("\n")[:-1]
    assert all(re.match(BRAT_LINE, line) for line in ann.splitlines()), ann
    (back,) = read_brat(tmp_path)
    assert back.text == text and back.annotations == doc.annotations and not back.errors


def _refused_by_brat(text: str, ann: str) -> list[str]:
    """The T lines of ``ann`` that brat's server refuses for ``text``, checked as it checks
    them: the line read up to Python's line breaks, the span's text taken by its length
    after the second tab, and held to the fragments' texts joined by a space."""
    refused = []
    for line in ann.splitlines():
        if not line.startswith("T"):
            continue
        _, rest = line.split("\t", 1)
        data, tail = rest.split("\t", 1)
        frags = [tuple(map(int, p.split())) for p in data.split(" ", 1)[1].split(";")]
        length = sum(e - s for s, e in frags) + len(frags) - 1
        if tail[:length] != " ".join(text[s:e] for s, e in frags):
            refused.append(line)
    return refused


def test_a_span_holding_a_tab_or_a_form_feed_is_one_brat_shows(tmp_path: Path) -> None:
    """A span holding a tab (a table's row) or a form feed was written as one fragment
    with a space for it on its T line: brat checks that text against the fragments' and
    refused the annotation, so it was not shown there.  Such a span is cut into fragments
    at them, as at a line end, and reads back whole."""
    text = "Name\tValue\nOil\t$5bn and\x0cpage two\x1ctail"
    doc = limner.Document(text=text, id="a")
    doc.add(
        [
            limner.Annotation(kind="row", start=11, end=18),
            limner.Annotation(kind="k", start=0, end=len(text)),
            limner.Annotation(kind="tab", start=3, end=5),
        ],
        source="t",
    )
    write_brat([doc], tmp_path)
    ann = (tmp_path / "a.ann").read_text(encoding="utf-8")
    assert _refused_by_brat(text, ann) == []
    assert "\trow 11 14;15 18\tOil $5b\n" in ann
    assert all(re.match(BRAT_LINE, line) for line in ann.splitlines()), ann
    (back,) = read_brat(tmp_path)
    assert back.annotations == doc.annotations and not back.errors


def test_a_tab_in_a_span_made_in_brat_is_read_as_brat_wrote_it(tmp_path: Path) -> None:
    # brat writes the span's text as it is, a tab included, and reads it by its length;
    # the reader cut the line at that tab, and recorded a text that differs
    (tmp_path / "a.txt").write_text("Oil\t$5bn", encoding="utf-8")
    (tmp_path / "a.ann").write_text(
        "T1\tfigure 0 8\tOil\t$5bn\n#1\tAnnotatorNotes T1\tsee\tthe table\n", encoding="utf-8"
    )
    (back,) = read_brat(tmp_path)
    assert not back.errors, back.errors
    assert [a.to_dict() for a in back.annotations] == [
        {"id": "T1", "kind": "figure", "start": 0, "end": 8, "source": "brat",
         "note": "see\tthe table"}
    ]


def test_pointers_follow_the_relations_as_edited_in_brat(tmp_path: Path) -> None:
    # the notes' pointers were read and the relations not: a mention deleted in brat
    # (its relation with it) left the quote pointing at nothing, and the folder failed to
    # read (a ValueError); a relation moved in brat was lost
    doc = limner.Document(text="The ambassador met the minister. He said: \"Yes.\"", id="q")
    people = [
        limner.Annotation(kind="person", start=0, end=14, id="p1", features={"role": "a"}),
        limner.Annotation(kind="person", start=19, end=31, id="p2", features={"role": "m"}),
    ]
    doc.add(people, source="t")
    quote_class = default_kinds()["quote"]
    quote = {"kind": "quote", "start": 43, "end": 47, "id": "q1", "speaker_mention": "p1"}
    doc.add([quote_class.from_dict(quote)], source="t")
    write_brat([doc], tmp_path)
    ann = (tmp_path / "q.ann").read_text(encoding="utf-8")
    assert "\tspeaker_mention Arg1:T3 Arg2:T1" in ann
    # moved in brat: the arrow now points at the minister
    (tmp_path / "q.ann").write_text(ann.replace("Arg2:T1", "Arg2:T2"), encoding="utf-8")
    (back,) = read_brat(tmp_path)
    assert back.get("q1").get("speaker_mention") == "p2" and not back.errors
    # the ambassador deleted in brat, and with him the arrow
    kept = [line for line in ann.splitlines() if not re.search(r"\bT1\b", line)]
    (tmp_path / "q.ann").write_text("\n".join(kept) + "\n", encoding="utf-8")
    (back,) = read_brat(tmp_path)
    assert back.get("q1").get("speaker_mention") is None and back.get("p1") is None
    # a relation made in brat between annotations of its own sets the field it is named for
    (tmp_path / "q.ann").write_text(
        "T1\tx 0 3\tThe\nT2\tx 4 14\tambassador\nR1\tpart_of Arg1:T1 Arg2:T2\n"
        "R2\tstart Arg1:T1 Arg2:T2\n",
        encoding="utf-8",
    )
    (back,) = read_brat(tmp_path)
    assert back.get("T1").get("part_of") == "T2" and back.get("T1").start == 0
    assert [e.message[:2] for e in back.errors] == ["R2"]


def test_a_hand_made_ann_with_overlaps_and_fragments(tmp_path: Path) -> None:
    text = "New York and New Jersey officials met."
    (tmp_path / "x.txt").write_text(text, encoding="utf-8")
    (tmp_path / "x.ann").write_text(
        "T1\tlocation 0 8\tNew York\n"
        "T2\tlocation 0 3;13 23\tNew New Jersey\n"  # discontinuous
        "T3\tregion 4 23\tYork and New Jersey\n"  # overlaps both
        "A1\tconfidence T1 high\n"
        "A2\tchecked T3\n"
        "R1\tnear Arg1:T1 Arg2:T3\n"  # relations are not read
        "T4\tplace 30 90\tbeyond\n"  # outside the text
        "T5\tplace 0 3\tOld\n"  # the written text differs
        "garbage line\n",
        encoding="utf-8",
    )
    (doc,) = read_brat(tmp_path)
    got = {a.id: a for a in doc.annotations}
    assert (got["T1"].start, got["T1"].end, got["T1"].get("confidence")) == (0, 8, "high")
    assert (got["T2"].start, got["T2"].end) == (0, 23)
    assert got["T2"].get("fragments") == [[0, 3], [13, 23]]
    assert got["T3"].get("checked") is True and got["T3"].source == "brat"
    assert "T4" not in got and got["T5"].text(doc) == "New"
    messages = " | ".join(e.message for e in doc.errors)
    assert "T4" in messages and "T5" in messages and "line 9" in messages
    assert all(e.plugin == "brat" for e in doc.errors)


def test_an_ann_saved_with_a_byte_order_mark_keeps_its_first_line(tmp_path: Path) -> None:
    """An .ann saved by an editor that writes a UTF-8 mark (Notepad): its first line was
    read as no standoff (the mark before its id), the annotation lost.  The .txt's mark is
    a character brat counts in the offsets, and stays."""
    (tmp_path / "x.txt").write_text("\ufeffParis and Rome", encoding="utf-8")
    (tmp_path / "x.ann").write_text("\ufeffT1\tplace 1 6\tParis\nT2\tplace 11 15\tRome\n",
                                    encoding="utf-8")
    (doc,) = read_brat(tmp_path)
    assert [(a.id, a.text(doc)) for a in doc.annotations] == [("T1", "Paris"), ("T2", "Rome")]
    assert doc.errors == []


def test_a_hand_made_ann_that_names_a_key_twice_or_nothing_loses_nothing_unsaid(
    tmp_path: Path,
) -> None:
    """An attribute named ``source`` (``id``, ``score``) set the annotation's own key, or
    raised a raw ValueError; a second T1 replaced the first, an attribute on no
    annotation went: each without a word."""
    (tmp_path / "x.txt").write_text("Paris and Lyon.", encoding="utf-8")
    (tmp_path / "x.ann").write_text(
        "T1\tplace 0 5\tParis\n"
        "A1\tsource T1 mine\n"
        "A2\tscore T1 high\n"
        "A3\tchecked T9\n"
        "T1\tplace 10 14\tLyon\n"
        "A1\tverified T1\n",
        encoding="utf-8",
    )
    (doc,) = read_brat(tmp_path)
    assert [(a.id, a.start, a.source, a.score) for a in doc.annotations] == [
        ("T1", 0, "brat", None)]
    assert doc.annotations[0].get("verified") is None  # (a second A1: its first was read)
    assert [e.message for e in doc.errors] == [
        "A1: source is a key of T1 itself, not a field; left out",
        "A2: score is a key of T1 itself, not a field; left out",
        "line 5: a second T1; the first is kept",
        "line 6: a second A1; the first is kept",
        "A3: on T9, which is no annotation of the file; left out",
    ]


def test_an_id_given_twice_is_said_and_its_first_line_kept_whatever_its_kind(
    tmp_path: Path,
) -> None:
    """A second T1 is said and left out; a second R1, A1, #1 or E1 was applied too (a
    relation, attribute or note of its own, the last one winning) without a word."""
    (tmp_path / "x.txt").write_text("Paris and Lyon.", encoding="utf-8")
    (tmp_path / "x.ann").write_text(
        "T1\tplace 0 5\tParis\n"
        "T2\tplace 10 14\tLyon\n"
        "R1\tnear Arg1:T1 Arg2:T2\n"
        "R1\tfar Arg1:T2 Arg2:T1\n"
        "A1\tchecked T1 yes\n"
        "A1\tchecked T2 no\n"
        "#1\tAnnotatorNotes T1\tthe capital\n"
        "#1\tAnnotatorNotes T2\ton the Rhône\n"
        "E1\tplace:T1\n"
        "E1\tplace:T2\n"
        "*\tSame T1 T2\n"
        "*\tSame T2 T1\n",
        encoding="utf-8",
    )
    (doc,) = read_brat(tmp_path)
    got = {a.id: a for a in doc.annotations}
    assert got["T1"].get("near") == "T2" and got["T2"].get("far") is None
    assert got["T1"].get("checked") == "yes" and got["T2"].get("checked") is None
    assert got["T1"].get("note") == "the capital" and got["T2"].get("note") is None
    assert [e.message for e in doc.errors] == [
        f"line {n}: a second {head}; the first is kept"
        for n, head in [(4, "R1"), (6, "A1"), (8, "#1"), (10, "E1")]
    ]


def test_a_note_on_no_annotation_is_said_to_be_left_out(tmp_path: Path) -> None:
    """A note on a T deleted in brat, or on a relation (limner reads no note of one),
    was lost without a word, where an attribute on no annotation is said to be."""
    (tmp_path / "x.txt").write_text("Paris and Lyon.", encoding="utf-8")
    (tmp_path / "x.ann").write_text(
        "T1\tplace 0 5\tParis\n"
        "T2\tplace 10 14\tLyon\n"
        "R1\tnear Arg1:T1 Arg2:T2\n"
        "#1\tAnnotatorNotes T1\tthe capital\n"
        "#2\tAnnotatorNotes T7\tchecked twice\n"
        "#3\tAnnotatorNotes R1\tby road\n",
        encoding="utf-8",
    )
    (doc,) = read_brat(tmp_path)
    assert [(a.id, a.get("note")) for a in doc.annotations] == [("T1", "the capital"),
                                                                 ("T2", None)]
    assert [e.message for e in doc.errors] == [
        "#2: on T7, which is no annotation of the file; left out",
        "#3: on relation R1, whose notes and attributes limner does not read; left out",
    ]


def test_a_note_written_in_brat_is_kept_as_a_field(tmp_path: Path) -> None:
    """brat's Notes box writes the ``#`` line: a comment typed there, or limner's own
    note edited there into what is no longer its JSON, was dropped without a word
    (with the note, every field that is no attribute, and limner's id)."""
    doc = limner.Document(text="Paris and Lyon.", id="x")
    doc.add([limner.Annotation(kind="place", start=0, end=5, features={"n": [1]})], source="s")
    write_brat([doc], tmp_path)
    ann = (tmp_path / "x.ann").read_text("utf-8")
    note = next(line for line in ann.splitlines() if line.startswith("#"))
    edited = ann.replace(note, note + " check this")  # a remark added in brat's Notes box
    (tmp_path / "x.ann").write_text(
        edited + "T2\tplace 10 14\tLyon\n#2\tAnnotatorNotes T2\tthe city, not the team\n",
        encoding="utf-8",
    )
    (back,) = read_brat(tmp_path)
    paris, lyon = back.annotations
    assert lyon.get("note") == "the city, not the team" and lyon.id == "T2"
    assert paris.get("note") == note.split("\t")[2] + " check this"
    assert [e.message for e in back.errors] == [(
        "T1: its note is not the JSON object limner writes (edited in brat?); read as an "
        "annotation made in brat, the note kept in its note field")]
    again = tmp_path / "again"
    write_brat([back], again)
    (twice,) = read_brat(again)
    assert [a.get("note") for a in twice.annotations] == [paris.get("note"), lyon.get("note")]


@pytest.mark.parametrize(
    "note", ["[" * 100_000 + "]" * 100_000, '{"id": "T1", "n": NaN}', '{"id": "T1", "n": Infinity}']
)
def test_a_note_that_is_no_json_limner_writes_is_a_remark(tmp_path: Path, note: str) -> None:
    """A note nested too deep raised a bare RecursionError out of the reader; one holding
    NaN was read as limner's note, and refused the whole document."""
    (tmp_path / "x.txt").write_text("Paris and Lyon.", encoding="utf-8")
    (tmp_path / "x.ann").write_text(
        f"T1\tplace 0 5\tParis\n#1\tAnnotatorNotes T1\t{note}\nT2\tplace 10 14\tLyon\n",
        encoding="utf-8",
    )
    (doc,) = limner.load(tmp_path, format="brat")
    paris, lyon = doc.annotations
    assert (paris.id, paris.get("note"), lyon.text(doc)) == ("T1", note, "Lyon")


@pytest.mark.parametrize(
    ("ann", "why"),
    [
        ('T1\tplace 0 5\tParis\n#1\tAnnotatorNotes T1\t{"id": 5}\n', "has the id 5, not a str"),
        ("T1\t 0 5\tParis\n", "its kind is '', not a non-empty string"),
    ],
)
def test_a_note_or_type_that_a_document_refuses_is_an_input_error_naming_the_file(
    tmp_path: Path, ann: str, why: str
) -> None:
    """Not a raw ValueError."""
    (tmp_path / "x.txt").write_text("Paris and Lyon.", encoding="utf-8")
    (tmp_path / "x.ann").write_text(ann, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(f"{tmp_path / 'x.ann'}: ") + ".*" + why):
        limner.load(tmp_path, format="brat")


def test_bad_folders_are_clear_errors(tmp_path: Path) -> None:
    (tmp_path / "lonely.ann").write_text("", encoding="utf-8")
    with pytest.raises(InputError, match=r"no text file lonely\.txt"):
        list(read_brat(tmp_path))
    with pytest.raises(InputError, match="not a folder"):
        list(read_brat(tmp_path / "nowhere"))
    file = tmp_path / "f"
    file.write_text("x")
    with pytest.raises(InputError, match="writes a folder"):
        write_brat([limner.Document(text="x")], file)


def test_cli_writes_a_folder_and_ids_that_meet_get_hashes(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b"
    a.write_text("Over 3 people.", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["enrich", str(a), "-p", "numbers", "-f", "brat", "-o", str(b)])
    assert result.exit_code == 0, result.output
    (doc,) = limner.load(b, format="brat")
    assert [x.text(doc) for x in doc.select("number")] == ["3"]
    result = runner.invoke(cli, ["enrich", "-", "-f", "brat"], input="x")
    assert result.exit_code == 2 and "give -o FOLDER" in result.output
    write_brat([limner.Document(text="1", id="x y"), limner.Document(text="2", id="x_y")], b)
    assert {p.name for p in b.glob("x_y*.txt")} == {"x_y.txt", "x_y-887fcea6.txt"}
    assert {(d.id, d.text) for d in limner.load(b, format="brat")} >= {("x y", "1"), ("x_y", "2")}


def test_annotation_conf_lets_brat_show_the_folder(tmp_path: Path, seed_text: str) -> None:
    doc = limner.enrich(seed_text, id="seed", plugins=["numbers", "locations", "quotes"])
    write_brat([doc], tmp_path)
    conf = (tmp_path / "annotation.conf").read_text(encoding="utf-8")
    sections = dict(re.findall(r"\[(\w+)\]\n([^[]*)", conf))
    assert set(sections["entities"].split()) == {"number", "location", "quote", "person"}
    assert "<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OL-TYPE>:<ANY>" in sections["relations"]
    # a quote's speaker_mention is a relation from the quote to the person
    assert "speaker_mention Arg1:quote, Arg2:person" in sections["relations"]
    ann = (tmp_path / "seed.ann").read_text(encoding="utf-8")
    pointed = sum(1 for q in doc.select("quote") if q.get("speaker_mention"))
    assert pointed and ann.count("\tspeaker_mention Arg1:") == pointed
    declared = {}
    for line in sections["attributes"].splitlines():
        name, values = re.fullmatch(r"(\S+) Arg:<ENTITY>, Value:(\S+)", line).groups()
        declared[name] = set(values.split("|"))
    used = [
        line.split("\t")[1].split(" ")
        for line in (tmp_path / "seed.ann").read_text(encoding="utf-8").splitlines()
        if line.startswith("A")
    ]
    assert used and all(value in declared[name] for name, _, value in used)
    assert {"cardinal", "money"} <= declared["category"] and "AZ" in declared["country"]
    # a configuration of the user's own is left alone
    (tmp_path / "annotation.conf").write_text("[entities]\nmine\n", encoding="utf-8")
    write_brat([doc], tmp_path)
    assert (tmp_path / "annotation.conf").read_text(encoding="utf-8") == "[entities]\nmine\n"


def test_annotation_conf_declares_what_earlier_runs_wrote_into_the_folder(
    tmp_path: Path,
) -> None:
    first = limner.Document(text="Over 3 people.", id="a")
    first.add([limner.Annotation(kind="number", start=5, end=6, features={"unit": "x"})])
    second = limner.Document(text="Berlin.", id="b")
    second.add([limner.Annotation(kind="location", start=0, end=6, features={"unit": "y"})])
    write_brat([first], tmp_path)
    write_brat([second], tmp_path)
    conf = (tmp_path / "annotation.conf").read_text(encoding="utf-8")
    sections = dict(re.findall(r"\[(\w+)\]\n([^[]*)", conf))
    assert set(sections["entities"].split()) == {"number", "location"}
    assert "unit Arg:<ENTITY>, Value:x|y" in sections["attributes"].splitlines()
    assert conf.count("<OVERLAP>") == 1
    write_brat([second], tmp_path)  # written again: the same declarations, once each
    assert (tmp_path / "annotation.conf").read_text(encoding="utf-8") == conf


def test_relations_of_an_earlier_run_stay_declared(tmp_path: Path, seed_text: str) -> None:
    doc = limner.enrich(seed_text, id="seed", plugins=["numbers", "locations", "quotes"])
    write_brat([doc], tmp_path)
    runner = CliRunner()
    result = runner.invoke(
        cli, ["enrich", "-", "-p", "numbers", "-f", "brat", "-o", str(tmp_path)], input="Over 3."
    )
    assert result.exit_code == 0, result.output
    conf = (tmp_path / "annotation.conf").read_text(encoding="utf-8")
    assert "speaker_mention Arg1:quote, Arg2:person" in conf
    assert {"quote", "person", "location", "number"} <= set(conf.split("\n"))


def test_a_folder_whose_conf_holds_a_lone_surrogate_is_written_into_again(
    tmp_path: Path,
) -> None:
    doc = limner.Document(text="abc", id="a")
    doc.add([limner.Annotation(kind="k", start=0, end=1, features={"f": "\ud800"})])
    write_brat([doc], tmp_path)
    write_brat([doc], tmp_path)  # the conf, read back to add to it, is not strict UTF-8
    conf = (tmp_path / "annotation.conf").read_bytes().decode("utf-8", "surrogatepass")
    assert "f Arg:<ENTITY>, Value:\ud800" in conf.splitlines()


@pytest.mark.parametrize("which", ["txt", "ann"])
def test_a_file_that_is_not_utf8_is_an_input_error_naming_it(tmp_path: Path, which: str) -> None:
    """brat reads its files as UTF-8; a Latin-1 file made elsewhere is named, not a
    UnicodeDecodeError."""
    files = {"txt": "Café au lait.".encode(), "ann": "T1\tdrink 0 4\tCafé\n".encode()}
    files[which] = files[which].decode().encode("latin-1")
    for suffix, data in files.items():
        (tmp_path / f"menu.{suffix}").write_bytes(data)
    at = {"txt": 3, "ann": 16}[which]  # the é
    with pytest.raises(InputError, match=rf"menu\.{which}: not UTF-8: byte 0xe9 at {at} "):
        list(read_brat(tmp_path))
    with pytest.raises(InputError, match=rf"menu\.{which}"):
        limner.load(tmp_path, format="brat")


def test_a_users_conf_that_is_not_utf8_is_left_alone(tmp_path: Path) -> None:
    """An annotation.conf that limner did not write, in any encoding, stays as it is."""
    mine = "[entities]\nCafé\n".encode("latin-1")
    (tmp_path / "annotation.conf").write_bytes(mine)
    write_brat([limner.Document(text="abc", id="a")], tmp_path)
    assert (tmp_path / "annotation.conf").read_bytes() == mine
    assert [d.text for d in read_brat(tmp_path)] == ["abc"]


_WRITE_HELD = """
import resource, signal, sys
from pathlib import Path
import limner
text = "Second text. " * 20
doc = limner.Document(text=text, id="a")
doc.add([limner.Annotation(kind="thing", start=i, end=i + 6, features={"w": "x" * 50})
         for i in range(0, 200, 13)])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # (a file past the limit: EFBIG, as a full disk)
resource.setrlimit(resource.RLIMIT_FSIZE, (1000, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
try:
    limner.save([doc], Path(sys.argv[1]), format="brat")
except OSError as exc:
    print(exc.errno)
"""


def test_a_folder_write_that_fails_part_way_leaves_each_document_as_it_was(
    tmp_path: Path,
) -> None:
    """Each file of a document was written in place: a write that failed part way (a
    full disk, here a limit on a file's size) left the new text with its ``.ann`` cut
    short, five of sixteen annotations and a note broken, the document written before
    lost.  Each file is written whole beside its place first, then moved into it."""
    import errno
    import subprocess
    import sys

    pytest.importorskip("resource")
    folder = tmp_path / "brat"
    first = limner.Document(text="First text 5.", id="a")
    first.add([limner.Annotation(kind="thing", start=0, end=5)])
    limner.save([first], folder, format="brat")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    proc = subprocess.run(
        [sys.executable, "-c", _WRITE_HELD, str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.stdout.strip() == str(errno.EFBIG), proc.stderr
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    (back,) = limner.load(folder, format="brat")
    assert back == limner.Document.from_json(first.to_json(layers=False))
