"""The engine's own work per document and per run, counted: what is done once is
not done again for every document or every annotator, and the guarantees that
work buys still hold."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import limner
import limner.pipeline
from limner.batch import run_batch
from limner.isolation import UserInterrupt, marked_interrupts, read_only
from tests.core.fakes import boom, enricher_with, marker


def _counting_views(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    made: list[int] = []

    def counted(doc: limner.Document) -> limner.Document:
        made.append(1)
        return read_only(doc)

    monkeypatch.setattr(limner.pipeline, "read_only", counted)
    return made


def test_one_view_serves_every_annotator_of_a_document(monkeypatch) -> None:
    made = _counting_views(monkeypatch)
    names = "abcde"
    enricher = enricher_with(*(limner.Annotator(n, (n,), marker(n)) for n in names))
    for _ in range(10):
        doc = enricher.enrich("some text")
        assert sorted(a.kind for a in doc.annotations) == list(names)
    assert len(made) == 10  # one a document, not one an annotator (50)


def test_a_new_view_when_an_error_was_recorded(monkeypatch) -> None:
    made = _counting_views(monkeypatch)
    seen: list[tuple[str, ...]] = []

    def reads_errors(doc: limner.Document) -> list:
        seen.append(tuple(e.annotator for e in doc.errors))
        return []

    enricher = enricher_with(
        limner.Annotator("a", ("a",), boom), limner.Annotator("b", ("b",), reads_errors)
    )
    enricher.enrich("text")
    assert len(made) == 2
    assert seen == [("a",)]  # the later annotator sees the failure of the earlier one


def test_the_view_cannot_be_changed_and_the_offender_is_recorded() -> None:
    def sets_id(doc: limner.Document) -> list:
        doc.id = "changed"
        return []

    def deletes_meta(doc: limner.Document) -> list:
        del doc.meta
        return []

    enricher = enricher_with(
        limner.Annotator("a", ("a",), sets_id),
        limner.Annotator("b", ("b",), deletes_meta),
        limner.Annotator("c", ("c",), marker("c")),
    )
    doc = enricher.enrich("text", id="original", meta={"k": 1})
    assert doc.id == "original" and doc.meta == {"k": 1}
    assert [(e.annotator, e.type) for e in doc.errors] == [("a", "TypeError"), ("b", "TypeError")]
    assert "cannot change the document it reads (it set 'id')" in doc.errors[0].message
    assert [a.kind for a in doc.annotations] == ["c"]


def test_interrupt_marking_nests_without_installing_again(monkeypatch) -> None:
    import limner.isolation

    installed: list[object] = []
    real = limner.isolation._install

    def counting(signum: int, handler: object) -> object:
        installed.append(handler)
        return real(signum, handler)

    before = signal.getsignal(signal.SIGINT)
    monkeypatch.setattr(limner.isolation, "_install", counting)
    with marked_interrupts():
        for _ in range(5):
            with marked_interrupts():
                pass
        with pytest.raises(UserInterrupt):
            signal.raise_signal(signal.SIGINT)
    assert len(installed) == 2  # the outer block's handler, then the previous one back
    assert signal.getsignal(signal.SIGINT) is before


def test_a_batch_marks_interrupts_once_not_per_document(monkeypatch, tmp_path: Path) -> None:
    import limner.isolation

    installs: list[int] = []
    real = limner.isolation._install

    def counting(signum: int, handler: object) -> object:
        installs.append(signum)
        return real(signum, handler)

    monkeypatch.setattr(limner.isolation, "_install", counting)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": str(i), "text": f"t{i}"}) + "\n" for i in range(40)))
    enricher = enricher_with(limner.Annotator("a", ("a",), marker("a")))
    stats = run_batch(enricher, src, tmp_path / "out.jsonl")
    assert stats.written == 40
    assert len(installs) == 2  # installed and restored once for the run, not 80 times


def _script(tmp_path: Path, body: str) -> subprocess.CompletedProcess[str]:
    code = textwrap.dedent(body)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )


def test_the_console_script_ends_at_once_after_atexit_and_flushing(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Over 3 people."}) + "\n")
    out = _script(
        tmp_path,
        """
        import atexit, sys
        atexit.register(lambda: print("atexit ran", flush=False))
        sys.argv = ["limner", "batch", "in.jsonl", "-o", "out.jsonl", "-p", "numbers"]
        from limner.cli import run
        print("unflushed output", end="")
        run()
        print("never reached")
        """,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("unflushed output") and "atexit ran" in out.stdout
    assert "never reached" not in out.stdout
    assert "1 written" in out.stderr
    line = (tmp_path / "out.jsonl").read_text()
    assert json.loads(line)["id"] == "a" and line.endswith("\n")


def test_the_console_script_keeps_its_exit_codes(tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl").write_text('{"text": 1}\n')
    for argv, code in (
        (["batch", "bad.jsonl", "-o", "o.jsonl", "-p", "numbers", "--strict"], 1),
        (["batch", "missing.jsonl", "-o", "o.jsonl"], 3),  # an input that cannot be read
        (["plugins"], 0),
    ):
        out = _script(tmp_path, f"import sys; sys.argv = {['limner', *argv]!r}\n"
                      "from limner.cli import run\nrun()\n")
        assert out.returncode == code, (argv, out.stderr)


def test_main_called_as_a_function_returns_to_its_caller(tmp_path: Path) -> None:
    out = _script(
        tmp_path,
        """
        from limner.cli import main
        try:
            main(["plugins"])
        except SystemExit as exc:
            print("caller goes on", exc.code)
        """,
    )
    assert out.stdout.strip().endswith("caller goes on 0"), out.stderr


def test_numbers_compiles_its_patterns_in_setup_not_in_the_first_document() -> None:
    code = textwrap.dedent(
        """
        import sys
        import limner
        e = limner.Enricher(plugins=["numbers"])
        assert "limner_numbers.finder" not in sys.modules
        spent = e.setup()
        print("numbers" in spent, "limner_numbers.finder" in sys.modules)
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.split() == ["True", "True"], out.stderr


def test_the_made_to_dict_is_the_json_form_field_by_field() -> None:
    import attrs

    def generic(a: limner.Annotation) -> dict:  # the JSON form, spelled out field by field
        out = {"id": a.id, "kind": a.kind, "start": a.start, "end": a.end, "source": a.source}
        if a.score is not None:
            out["score"] = a.score
        for field in attrs.fields(type(a)):
            if field.name not in (*out, "score", "features"):
                out[field.name] = getattr(a, field.name)
        for key, value in a.features.items():
            out.setdefault(key, value)
        return out

    @attrs.frozen(kw_only=True)
    class Measure(limner.Annotation):
        kind: str = "measure"
        value: float | None = None
        unit: str = ""
        parts: list = attrs.field(factory=list)

    cases = [
        Measure(start=0, end=1),
        Measure(start=0, end=1, score=0.5, value=2.5, unit="km", parts=[1, [2]]),
        Measure(start=1, end=2, score=0.0, features={"unit": "shadowed", "extra": {"a": 1}}),
        limner.Annotation(kind="plain", start=0, end=0, features={"x": None}),
        limner.Sentence(start=0, end=1, score=1.0),
    ]
    for a in cases:
        made = a.to_dict()
        assert made == generic(a)
        assert list(made) == list(generic(a))  # the same keys in the same order
    assert list(cases[1].to_dict())[:6] == ["id", "kind", "start", "end", "source", "score"]
    assert "score" not in cases[0].to_dict()
    assert cases[2].to_dict()["unit"] == "" and cases[2].to_dict()["extra"] == {"a": 1}
    assert cases[4].to_dict() == {
        "id": "", "kind": "sentence", "start": 0, "end": 1, "source": "", "score": 1.0
    }


def test_a_document_writes_each_annotation_as_its_own_to_dict_says() -> None:
    # Document.to_dict calls each class's made function directly, except for a
    # class that overrides to_dict (its own form is written) and its subclasses
    import attrs

    @attrs.frozen(kw_only=True)
    class Plain(limner.Annotation):
        kind: str = "plain"
        note: str = ""

    @attrs.frozen(kw_only=True)
    class Own(Plain):
        kind: str = "own"

        def to_dict(self) -> dict:
            return {**super().to_dict(), "written_by": "own"}

    @attrs.frozen(kw_only=True)
    class Below(Own):
        kind: str = "below"
        more: int = 1

    doc = limner.Document(text="abcdef")
    doc.add([Plain(start=0, end=1, note="p"), Own(start=1, end=2), Below(start=2, end=3)])
    doc.add([Plain(start=3, end=4)])  # a second batch, after the classes' functions are made
    written = doc.to_dict()["annotations"]
    assert written == [a.to_dict() for a in doc.annotations]
    assert [d.get("written_by") for d in written] == [None, "own", "own", None]
    assert written[2]["more"] == 1 and "more" not in written[0]


def test_new_results_beside_annotations_added_by_hand_are_stored_without_a_look_each(
    monkeypatch,
) -> None:
    # annotations added by hand have no source: the table of such annotations is not empty,
    # and new results are told from them by one pass over their ids, not a look-up each
    import limner.document

    looked: list[int] = []
    unsourced = limner.document._unsourced

    def counted(a: limner.Annotation) -> bool:
        looked.append(1)
        return unsourced(a)

    monkeypatch.setattr(limner.document, "_unsourced", counted)
    doc = limner.Document(text="one two three four")
    (mine,) = doc.add([limner.Annotation(kind="target", start=0, end=3)])
    assert mine.source == ""
    made = [limner.Annotation(kind="x", start=i, end=i + 1) for i in range(0, 18, 2)]
    enricher_with(limner.Annotator("x", ("x",), lambda d: made)).enrich(doc)
    assert [a.source for a in doc.select("x")] == ["fake"] * 9
    assert all(a is b for a, b in zip(doc.select("x"), made, strict=True))  # handed over
    assert looked == []
    # the annotation added by hand, returned again, is still copied, never changed
    again = enricher_with(limner.Annotator("y", ("target", "y"), lambda d: [d.get("t1")]))
    again.enrich(doc)
    assert mine.source == "" and doc.get("t1") is mine
    assert [(a.id, a.source) for a in doc.select("target")] == [("t1", ""), ("t2", "fake")]
    assert looked
