"""The plugin contract, enforced by the engine: what an annotator may not do,
and what happens when it does.  Plugins here are registered in code; the same
faults in real installed packages are in ``test_faults.py``."""

from __future__ import annotations

import ast
import json
import re
import signal
import warnings
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

import attrs
import pluggy
import pytest
from hypothesis import given
from hypothesis import strategies as st

import limner
from limner.isolation import check_results, checkpoint
from tests.core.fakes import enricher_with, make_plugin, marker
from tests.core.installed import entry_points_of

A = limner.Annotator
ROOT = Path(__file__).resolve().parents[2]


def _no_document() -> list:
    """An annotator's func that takes no document."""
    return []


def _and_config(doc: limner.Document, config: limner.Config) -> list:
    """An annotator's func that takes more than the document."""
    return []


async def _awaited(*args: object) -> list:
    """Plugin code written as an async def, which limner never awaits."""
    return []


@attrs.frozen(kw_only=True)
class Pointer(limner.Annotation):
    id_prefix: ClassVar[str] = "pt"
    kind: str = "pointer"
    target: str | None = limner.ref()


def test_a_failed_annotator_leaves_nothing_behind() -> None:
    def half(doc: limner.Document) -> list:
        # the annotations are stored first, then the layer is refused
        return [
            limner.Annotation(kind="half", start=0, end=1),
            limner.Layer("half", array("q", [0]), array("q", [99])),
        ]

    e = enricher_with(A("half", ("half",), half), A("fine", ("f",), marker("f")))
    doc = e.enrich("abc")
    assert [a.kind for a in doc.annotations] == ["f"] and "half" not in doc.kinds
    (error,) = doc.errors
    assert (error.annotator, error.type) == ("half", "ValueError")
    assert doc.add([limner.Annotation(kind="half", start=0, end=1)])[0].id == "h1"


def test_an_annotator_cannot_add_to_the_document_it_reads() -> None:
    def adds(doc: limner.Document) -> list:
        doc.add([limner.Annotation(kind="sneaky", start=0, end=1)], source="x")
        raise RuntimeError("after adding")

    e = enricher_with(A("adds", ("sneaky",), adds), A("fine", ("f",), marker("f")))
    doc = e.enrich("abc")
    assert [a.kind for a in doc.annotations] == ["f"]
    (error,) = doc.errors
    assert (error.plugin, error.annotator, error.type) == ("fake", "adds", "TypeError")
    assert "return the annotations" in error.message


def test_an_annotator_that_enriches_the_document_it_reads_is_told_so() -> None:
    """An annotator that hands the view it reads to the Enricher (to have the kinds it
    needs made) failed with "'tuple' object has no attribute 'append'"."""
    held: list[limner.Enricher] = []

    def again(doc: limner.Document) -> list:
        held[0].enrich(doc)
        return []

    e = enricher_with(A("again", ("a",), again), A("fine", ("f",), marker("f")))
    held.append(e)
    doc = e.enrich("abc")
    assert [a.kind for a in doc.annotations] == ["f"]
    (error,) = doc.errors
    assert (error.annotator, error.type) == ("again", "TypeError")
    assert error.message.startswith("enrich() was given the read-only view of a document")


def test_an_annotator_cannot_hide_failures() -> None:
    def fails(doc: limner.Document) -> list:
        raise RuntimeError("first")

    def clears(doc: limner.Document) -> list:
        doc.errors.clear()  # type: ignore[attr-defined]
        return []

    e = enricher_with(A("a_fails", ("x",), fails), A("b_clears", ("y",), clears, uses=("x",)))
    doc = e.enrich("abc")
    assert [(err.annotator, err.type) for err in doc.errors] == [
        ("a_fails", "RuntimeError"),
        ("b_clears", "AttributeError"),
    ]


def test_an_annotator_cannot_change_the_errors_it_reads() -> None:
    """An error's ``extra`` (the keys of its record this limner does not know) was the
    record's own dict in the view: an annotator could forge the message of another's
    failure (``extra["message"]``, written over it in the JSON form) or put a set there,
    which made the whole document unwritable."""

    def fails(doc: limner.Document) -> list:
        raise RuntimeError("first")

    def forges(doc: limner.Document) -> list:
        doc.errors[0].extra["message"] = "all is well"
        return []

    def spoils(doc: limner.Document) -> list:
        doc.errors[0].extra["v"] = {1, 2}
        return []

    e = enricher_with(
        A("a_fails", ("x",), fails),
        A("b_forges", ("y",), forges, uses=("x",)),
        A("c_spoils", ("z",), spoils, uses=("x",)),
    )
    doc = e.enrich("abc")
    assert [(err.annotator, err.type) for err in doc.errors] == [
        ("a_fails", "RuntimeError"),
        ("b_forges", "TypeError"),
        ("c_spoils", "TypeError"),
    ]
    assert doc.errors[0].extra == {}
    assert json.loads(doc.to_json())["errors"][0]["message"] == "first"


def test_an_annotator_cannot_change_meta_or_features_it_reads() -> None:
    def meddles(doc: limner.Document) -> list:
        doc.select("f")[0].features["x"] = 1
        return []

    def meta(doc: limner.Document) -> list:
        doc.meta["title"] = "changed"
        return []

    e = enricher_with(
        A("fine", ("f",), marker("f")),
        A("meddles", ("m",), meddles, requires=("f",)),
        A("meta", ("t",), meta),
    )
    doc = e.enrich("abc", meta={"title": "kept"})
    assert doc.select("f")[0].features == {} and doc.meta == {"title": "kept"}
    errors = {err.annotator: err for err in doc.errors}
    assert errors["meddles"].type == "ContractError"
    assert "changed the features of 'f1'" in errors["meddles"].message
    assert "'fake'" in errors["meddles"].message
    assert errors["meta"].type == "TypeError"


def test_an_annotator_cannot_change_the_extra_keys_of_a_document_it_reads() -> None:
    def extra(doc: limner.Document) -> list:
        doc.extra["lang"]["code"] = "fr"
        return []

    doc = limner.Document(text="abc", extra={"lang": {"code": "en"}})
    enricher_with(A("extra", ("t",), extra)).enrich(doc)
    assert doc.extra == {"lang": {"code": "en"}}
    assert [(err.annotator, err.type) for err in doc.errors] == [("extra", "TypeError")]


def test_a_change_deep_inside_features_is_undone() -> None:
    def tagged(doc: limner.Document) -> list:
        return [limner.Annotation(kind="t", start=0, end=1, features={"tags": ["a"]})]

    def appends(doc: limner.Document) -> list:
        doc.select("t")[0].features["tags"].append("b")
        return []

    e = enricher_with(A("tagged", ("t",), tagged), A("appends", ("u",), appends, uses=("t",)))
    doc = e.enrich("abc")
    assert doc.select("t")[0].features == {"tags": ["a"]}
    (error,) = doc.errors
    assert (error.annotator, error.type) == ("appends", "ContractError")


def _wipes(doc: limner.Document) -> None:
    doc._annotations.clear()


def _replaces(doc: limner.Document) -> None:
    doc._annotations[0] = limner.Annotation(kind="f", start=1, end=2, id="f1")


def _unindexes(doc: limner.Document) -> None:
    doc._by_id.clear()


def _unkinds(doc: limner.Document) -> None:
    doc._by_kind["f"].pop()


def _unlayers(doc: limner.Document) -> None:
    doc._layers.clear()


@pytest.mark.parametrize(
    ("reach", "changed"),
    [
        (_wipes, "the stored annotations (doc._annotations: 2 before, 0 after)"),
        (_replaces, "the stored annotations (doc._annotations: 2 before, 2 after)"),
        (_unindexes, "the index of annotations by id (doc._by_id)"),
        (_unkinds, "the index of annotations by kind (doc._by_kind)"),
        (_unlayers, "the layers (doc._layers)"),
    ],
)
@pytest.mark.parametrize("then_raise", [False, True])
def test_an_annotator_that_reaches_into_the_private_state_is_undone_and_named(
    reach, changed: str, then_raise: bool
) -> None:
    """The view an annotator reads shares the document's containers: plugin code that
    reached into them (``doc._annotations.clear()``, a stored annotation replaced)
    lost other plugins' work without a word.  The document is put back as it was,
    the annotator's results refused and a ContractError names it."""

    def layered(doc: limner.Document) -> list:
        return [limner.Layer("g", [0], [1])]

    def reaches(doc: limner.Document) -> list:
        reach(doc)
        if then_raise:
            raise RuntimeError("after the harm")
        return [limner.Annotation(kind="r", start=0, end=1)]

    e = enricher_with(
        A("fine", ("f",), lambda doc: [limner.Annotation(kind="f", start=0, end=1),
                                       limner.Annotation(kind="f", start=2, end=3)]),
        A("layered", ("g",), layered),
        A("reaches", ("r",), reaches, uses=("f", "g")),
        A("later", ("l",), lambda doc: [limner.Annotation(kind="l", start=0, end=len(doc))],
          uses=("r",)),
    )
    doc = e.enrich("abcd")
    assert [(a.id, a.kind, a.start) for a in doc.annotations] == [
        ("f1", "f", 0), ("f2", "f", 2), ("l1", "l", 0)
    ]
    assert doc.get("f1") is doc.annotations[0] and [a.id for a in doc.select("f")] == ["f1", "f2"]
    assert doc.layer("g") is not None and doc.select("l")[0].end == 2
    (error,) = doc.errors
    assert (error.plugin, error.annotator) == ("fake", "reaches")
    if then_raise:
        assert (error.type, error.message) == ("RuntimeError", "after the harm")
    else:
        assert error.type == "ContractError"
        assert error.message.startswith(f"annotator 'reaches' (plugin 'fake') changed {changed}")
    assert limner.Document.from_json(doc.to_json()) == doc


@attrs.frozen(kw_only=True)
class Tagged(limner.Annotation):

    """A kind whose typed fields hold a list and a dict, as a location's ``evidence``
    and a sentiment's ``drivers`` do."""

    id_prefix: ClassVar[str] = "tg"
    kind: str = "tagged"
    tags: list[str] = attrs.field(factory=list)
    weights: dict[str, list[float]] = attrs.field(factory=dict)


def test_what_a_plugin_changes_after_returning_it_leaves_the_documents_as_they_were() -> None:
    """A plugin that holds on to the dicts and lists it returned (a counter of what it
    saw in the features of each annotation it makes, one dict shared by all of them)
    and changes them later changed the documents enriched before, without a word:
    each document owns a copy."""
    shared = {"tags": ["first"]}
    seen: list = []  # the features dicts it made, each updated at every later document
    held: list = ["a"]

    def hoards(doc: limner.Document) -> list:
        for features in seen:
            features["n"] += 100
        held.append(doc.text)
        shared["tags"].append(doc.text)
        features = {"n": len(doc.text)}
        seen.append(features)
        return [
            Tagged(start=0, end=1, tags=held, features=features),
            limner.Annotation(kind="shared", start=0, end=1, features=shared),
        ]

    e = enricher_with(A("hoards", ("tagged", "shared"), hoards))
    first = e.enrich("abc")
    written = first.to_json()
    second = e.enrich("abcdef")
    assert first.to_json() == written
    assert first.select("tagged")[0].features == {"n": 3}
    assert first.select("tagged")[0].tags == ["a", "abc"]
    assert first.select("shared")[0].features == {"tags": ["first", "abc"]}
    assert second.select("shared")[0].features == {"tags": ["first", "abc", "abcdef"]}
    assert first.errors == [] and second.errors == []


@attrs.frozen(kw_only=True)
class Paired(limner.Annotation):

    """A kind whose typed field holds a list of lists, as a sentiment's ``drivers`` does."""

    id_prefix: ClassVar[str] = "pd"
    kind: str = "paired"
    pairs: list[list[object]] = attrs.field(factory=list)


def test_lists_of_lists_a_plugin_holds_on_to_are_the_documents_own() -> None:
    """The copies of a column of lists of lists (or of scalars) are made for all the
    annotations at once: each outer and each inner list is the document's own, those
    the plugin made afresh as much as those it holds on to and changes later."""
    inner = ["kept", 1.0]
    outer = [["first", 2.0]]

    def hoards(doc: limner.Document) -> list:
        inner[1] = float(len(doc.text))
        outer.append([doc.text, 0.5])
        return [
            Paired(start=0, end=1, pairs=[inner, ["fresh", 3.0]]),
            Paired(start=1, end=2, pairs=outer),
            Paired(start=2, end=3, pairs=[]),
        ]

    e = enricher_with(A("hoards", ("paired",), hoards))
    first = e.enrich("abc")
    written = first.to_json()
    e.enrich("abcdef")
    assert first.to_json() == written
    held, shared, empty = first.select("paired")
    assert held.pairs == [["kept", 3.0], ["fresh", 3.0]]  # type: ignore[attr-defined]
    assert shared.pairs == [["first", 2.0], ["abc", 0.5]]  # type: ignore[attr-defined]
    assert held.pairs[0] is not inner and shared.pairs is not outer  # type: ignore[attr-defined]
    assert empty.pairs == []  # type: ignore[attr-defined]


def test_lists_only_the_annotation_holds_are_stored_as_they_are_the_others_copied() -> None:
    """Lists that nothing but their annotations hold (the plugin made them for the
    annotations and kept no hold on them, the common case) are the document's as they
    are: no copy is made of them; a batch where the plugin holds on to one, or to an
    inner list of one, or where two annotations share one, is copied as before."""
    inner = ["kept", 1.0]
    made: list[int] = []

    def run(*returned: Callable[[], list[Paired]]) -> list[Paired]:
        made.clear()

        def makes(doc: limner.Document) -> list:
            out = [a for make in returned for a in make()]
            made.extend(id(a.pairs) for a in out)  # (ids, not the lists: a hold would count)
            return out

        doc = enricher_with(A("makes", ("paired",), makes)).enrich("abcdef")
        assert doc.errors == []
        return doc.select("paired")  # type: ignore[return-value]

    def fresh() -> list[Paired]:
        return [Paired(start=0, end=1, pairs=[["a", 1.0], ["b", 2.0]]),
                Paired(start=1, end=2, pairs=[])]

    def flat() -> list[Paired]:
        return [Paired(start=2, end=3, pairs=["x", 2.0])]

    def holds_inner() -> list[Paired]:
        return [Paired(start=3, end=4, pairs=[inner, ["c", 3.0]])]

    def shares() -> list[Paired]:
        one = [["d", 4.0]]
        return [Paired(start=4, end=5, pairs=one), Paired(start=5, end=6, pairs=one)]

    for returned in ((fresh,), (flat,)):
        stored = run(*returned)
        assert list(map(id, (a.pairs for a in stored))) == made
    for returned in ((fresh, holds_inner), (shares,)):
        stored = run(*returned)
        assert all(i != j for i, j in zip(map(id, (a.pairs for a in stored)), made, strict=True))
    stored = run(holds_inner)
    assert stored[0].pairs[0] == inner and stored[0].pairs[0] is not inner
    inner[1] = 9.0
    assert stored[0].pairs == [["kept", 1.0], ["c", 3.0]]
    first, second = run(shares)
    assert first.pairs == second.pairs and first.pairs is not second.pairs


ENDLESS = """
import itertools
import operator
import resource
import sys

import limner
from limner.testing import ConformanceError, check_plugin
from tests.core.fakes import make_plugin, marker

# (a bound of the process's memory, so that an endless read ends in a MemoryError, not
# in the machine's memory: the read this test asks for stops long before it)
resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))
a = limner.Annotation(kind="g", start=0, end=1)
read = itertools.count()  # (how many items were read: C code all through, as repeat is)
endless = limner.Annotator(
    "endless", ("g",), lambda doc: map(operator.itemgetter(0), zip(itertools.repeat(a), read))
)
if sys.argv[1] == "enrich":
    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(endless, limner.Annotator("fine", ("f",), marker("f"))), "fake")
    doc = limner.Enricher(manager=pm, timeout=0.1).enrich("hello")
    print([a.kind for a in doc.annotations], [(e.annotator, e.type) for e in doc.errors])
else:
    try:
        check_plugin(make_plugin(endless), name="fake", texts=["hello"], examples=0,
                     time_limit=0.1)
    except ConformanceError as exc:
        print(str(exc).splitlines()[0], type(exc.__cause__).__name__)
# (the limit turns a MemoryError raised after it into its own error: what was read is
# told by the count, some 10 to 50 million items a second read, where the bound of
# the memory is reached at some 180 million)
print(next(read) < 50_000_000)
"""


ENDLESS_IN_THE_KIT = (
    "law 'ends in time' broken by plugin 'fake' (annotator 'endless') on text "
    "'hello': it ran past 0.1 s AnnotatorTimeout\nTrue"
)


@pytest.mark.parametrize(
    ("how", "said"),
    [
        ("enrich", "['f'] [('endless', 'AnnotatorTimeout')]\nTrue"),
        ("kit", ENDLESS_IN_THE_KIT),
    ],
)
def test_an_endless_iterator_written_in_c_is_stopped_by_the_time_limit(how: str, said: str) -> None:
    """An annotator that returns an iterator of C code that never ends
    (``itertools.repeat``) was read by one call into C, which the time limit never
    interrupted: the run filled the memory until a MemoryError (here, under a bound of
    1.5 GB) or until the system ended the process."""
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-c", ENDLESS, how], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert run.stdout.strip() == said, run.stderr[-2000:]


def test_a_result_list_only_the_call_holds_is_taken_as_it_is_one_held_is_copied(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The list an annotator returns and keeps no hold on is the engine's as it is (no
    one else can see it change); one it keeps (a cache of its results, say) is copied,
    and the document holds the same annotations either way."""
    import limner.pipeline as pipeline

    kept: list[list[limner.Annotation]] = []
    made: list[int] = []
    taken: list[int] = []
    split = pipeline._split_classes

    def spy(results: list) -> tuple:  # (what the engine goes on with)
        taken.append(id(results))
        return split(results)

    monkeypatch.setattr(pipeline, "_split_classes", spy)

    def makes(keep: bool) -> Callable[[limner.Document], list]:
        def run(doc: limner.Document) -> list:
            out = [limner.Annotation(kind="x", start=1, end=2),
                   limner.Annotation(kind="x", start=0, end=3)]
            made.append(id(out))  # (its id, not the list: a hold would count)
            if keep:
                kept.append(out)
            return out

        return run

    docs = []
    for keep in (False, True):
        made.clear()
        taken.clear()
        docs.append(enricher_with(A("makes", ("x",), makes(keep))).enrich("abcdef"))
        assert (taken == made) is not keep
    fresh, held = docs
    assert [a.to_dict() for a in fresh.annotations] == [a.to_dict() for a in held.annotations]
    assert [(a.start, a.end) for a in held.annotations] == [(0, 3), (1, 2)]
    assert [(a.start, a.end) for a in kept[0]] == [(1, 2), (0, 3)]  # (its own list, as it was)


@pytest.mark.parametrize("then_raise", [False, True])
def test_a_change_inside_a_list_of_lists_is_undone(then_raise: bool) -> None:
    """An inner list of a stored annotation's field, changed by a later plugin, is
    found and put back: the checkpoint's copy of it (made a column at a time) is its
    own, not the list the annotation holds."""

    def paired(doc: limner.Document) -> list:
        return [Paired(start=0, end=1, pairs=[["b", 1.0], ["a", 2.0]])]

    def meddles(doc: limner.Document) -> list:
        p = doc.select("paired")[0]
        p.pairs[1][1] = -2.0  # type: ignore[attr-defined]
        if then_raise:
            raise RuntimeError("after meddling")
        return [limner.Annotation(kind="m", start=0, end=1)]

    e = enricher_with(A("paired", ("paired",), paired),
                      A("other", ("o",), lambda doc: [limner.Annotation(kind="o", start=0, end=1)]),
                      A("meddles", ("m",), meddles, uses=("paired",)))
    doc = e.enrich("abc")
    (p,) = doc.select("paired")
    assert p.pairs == [["b", 1.0], ["a", 2.0]]  # type: ignore[attr-defined]
    assert doc.select("m") == [] and len(doc.select("o")) == 1
    (error,) = doc.errors
    assert error.annotator == "meddles"
    if not then_raise:
        assert error.type == "ContractError"
        assert "changed the field 'pairs' of 'pd1' (paired)" in error.message


def test_a_change_inside_features_after_one_undone_is_undone_again() -> None:
    """Each checkpoint of a document lends its copies of ``features`` to the next: the
    features put back after one plugin's change are copies of them, so that another
    plugin's change to the same nested list after it is found and undone too."""

    def makes(doc: limner.Document) -> list:
        return [limner.Annotation(kind="f", start=0, end=1, features={"k": [1]})]

    def meddling(n: int):  # type: ignore[no-untyped-def]
        def run(doc: limner.Document) -> list:
            doc.select("f")[0].features["k"].append(n)
            return [limner.Annotation(kind=f"m{n}", start=0, end=1)]

        return run

    e = enricher_with(A("makes", ("f",), makes),
                      A("first", ("m2",), meddling(2), uses=("f",)),
                      A("second", ("m3",), meddling(3), uses=("f",)))
    doc = e.enrich("abc")
    assert doc.select("f")[0].features == {"k": [1]}
    assert [(err.annotator, err.type) for err in doc.errors] == [
        ("first", "ContractError"), ("second", "ContractError")
    ]


@pytest.mark.parametrize("then_raise", [False, True])
def test_a_change_inside_a_typed_field_is_undone(then_raise: bool) -> None:
    """A list or dict in a typed field (not ``features``) is as much the other
    annotator's work: ``drivers.sort()`` in a later plugin changed the document it
    only reads, and the change was kept without a word."""

    def tagged(doc: limner.Document) -> list:
        return [Tagged(start=0, end=1, tags=["b", "a"], weights={"x": [1.0]})]

    def meddles(doc: limner.Document) -> list:
        t = doc.select("tagged")[0]
        t.tags.sort()  # type: ignore[attr-defined]
        t.weights["x"].append(2.0)  # type: ignore[attr-defined]
        if then_raise:
            raise RuntimeError("after meddling")
        return [limner.Annotation(kind="m", start=0, end=1)]

    e = enricher_with(A("tagged", ("tagged",), tagged),
                      A("meddles", ("m",), meddles, uses=("tagged",)))
    doc = e.enrich("abc")
    (t,) = doc.select("tagged")
    assert (t.tags, t.weights) == (["b", "a"], {"x": [1.0]})
    assert doc.select("m") == []
    (error,) = doc.errors
    assert error.annotator == "meddles"
    if not then_raise:
        assert error.type == "ContractError"
        assert "changed the field 'tags' of 'tg1' (tagged)" in error.message
    again = limner.Document.from_json(doc.to_json(), kinds={"tagged": Tagged})
    enricher_with(A("meddles", ("m",), meddles)).enrich(again)  # stored before the run
    assert again.select("tagged")[0].tags == ["b", "a"]


@pytest.mark.parametrize("then_raise", [False, True])
def test_an_annotator_cannot_change_layers_or_nested_meta_in_place(then_raise: bool) -> None:
    def layer(doc: limner.Document) -> list:
        tokens = doc.layer("token")
        assert tokens is not None
        tokens.starts[0] = 50
        return []

    def meta(doc: limner.Document) -> list:
        doc.meta["nested"]["k"] = "changed"
        return []

    def source(doc: limner.Document) -> list:
        setattr(doc.layer("token"), "source", "mine")  # noqa: B010
        return []

    def raising(step: object) -> object:
        def run(doc: limner.Document) -> list:
            step(doc)  # type: ignore[operator]
            if then_raise:
                raise RuntimeError("after the change")
            return []

        return run

    e = enricher_with(
        A("layer", ("l",), raising(layer), requires=("token",)),
        A("meta", ("m",), raising(meta)),
        A("source", ("s",), raising(source), requires=("token",)),
    )
    doc = e.enrich("Hello there world.", meta={"nested": {"k": "v"}, "list": [1]})
    assert doc.meta == {"nested": {"k": "v"}, "list": [1]}
    tokens = doc.layer("token")
    assert tokens is not None and tokens.source == "segment"
    assert list(tokens) == [(0, 5), (6, 11), (12, 17), (17, 18)]
    errors = {err.annotator: err.type for err in doc.errors}
    assert errors == {"layer": "TypeError", "meta": "TypeError", "source": "FrozenInstanceError"}
    assert limner.Document.from_json(doc.to_json()) == doc


def test_a_returned_layer_changed_after_it_was_made_is_refused() -> None:
    def changed(doc: limner.Document) -> list:
        layer = limner.Layer("x", [0], [1])
        object.__setattr__(layer, "ends", array("q", [99]))
        return [layer]

    def inverted(doc: limner.Document) -> list:
        layer = limner.Layer("y", [0], [1])
        object.__setattr__(layer, "starts", [-4])
        return [layer]

    e = enricher_with(A("changed", ("x",), changed), A("inverted", ("y",), inverted))
    doc = e.enrich("abc")
    assert doc.layers == {}
    errors = {err.annotator: (err.type, err.message) for err in doc.errors}
    assert errors["changed"] == ("ValueError", "x layer reaches past the end of the text")
    assert errors["inverted"][0] == "ValueError" and "negative" in errors["inverted"][1]
    assert limner.Document.from_json(doc.to_json()) == doc


def test_a_layer_of_another_plugin_is_never_replaced() -> None:
    """An annotator that returns a layer of a kind the document holds from another
    plugin (the segmenter's tokens), or two layers of one kind, has its batch refused:
    the other's layer used to be replaced without a word, and one of the two dropped."""
    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(A("mine", ("token",), lambda doc: [limner.Layer("token", [0], [1])],
                              uses=("token",))), "rival")  # (after the segmenter's)
    pm.register(make_plugin(A("twice", ("pair",), lambda doc: [
        limner.Layer("pair", [0], [1]), limner.Layer("pair", [1], [2])])), "doubler")
    doc = limner.Enricher(manager=pm, kinds=["token", "pair"]).enrich("Hello there.")
    tokens = doc.layer("token")
    assert tokens is not None and tokens.source == "segment" and len(tokens) == 3
    assert doc.layer("pair") is None
    errors = {err.annotator: (err.plugin, err.type, err.message) for err in doc.errors}
    assert errors["mine"] == (
        "rival", "ContractError", ("annotator 'mine' (plugin 'rival') returned a layer of kind "
        "'token', which the document holds from plugin 'segment'; the batch is refused"),
    )
    assert errors["twice"] == (
        "doubler", "ContractError", ("annotator 'twice' (plugin 'doubler') returned two layers "
        "of kind 'pair'; a document holds one layer of a kind; the batch is refused"),
    )


@attrs.frozen(kw_only=True)
class _Unwritable(limner.Annotation):
    kind: str = "unwritable"

    def to_dict(self) -> dict:
        raise RuntimeError("to_dict broke")


@attrs.frozen(kw_only=True)
class _Unreadable(limner.Annotation):
    kind: str = "unreadable"

    def to_dict(self) -> dict:
        return {**super().to_dict(), "tags": {"a", "b"}}


def test_an_annotation_whose_own_to_dict_fails_is_refused_when_returned() -> None:
    """A plugin's class whose to_dict raises, or gives what JSON cannot hold, has its
    annotator's batch refused, naming it: it used to be stored, and every writer of
    the document failed on it (`limner enrich` blamed the json format and wrote none
    of the documents, `limner batch` ended there, and again at each resume)."""
    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(
        A("unwritable", ("unwritable",), lambda doc: [_Unwritable(start=0, end=1)]),
        A("unreadable", ("unreadable",), lambda doc: [_Unreadable(start=0, end=1)]),
        A("fine", ("f",), marker("f")),
        limner_annotation_kinds=lambda: [_Unwritable, _Unreadable],
    ), "odd")
    doc = limner.Enricher(manager=pm).enrich("abc")
    assert [a.kind for a in doc.annotations] == ["f"]
    errors = {err.annotator: (err.type, err.message) for err in doc.errors}
    assert errors["unwritable"] == (
        "ContractError",
        ("annotator 'unwritable' (plugin 'odd'): the to_dict of _Unwritable (unwritable at "
        "[0, 1)) raised RuntimeError: to_dict broke; the batch is refused"),
    )
    assert errors["unreadable"][0] == "ContractError"
    assert "the to_dict of _Unreadable (unreadable at [0, 1)) gave what JSON cannot hold" in (
        errors["unreadable"][1]
    )
    assert json.loads(doc.to_json())["annotations"][0]["kind"] == "f"


def test_meta_reads_as_json_values_read_only() -> None:
    seen = []

    def reads(doc: limner.Document) -> list:
        seen.append((doc.meta["nested"]["k"], doc.meta["list"], dict(doc.meta["nested"])))
        return []

    e = enricher_with(A("reads", ("r",), reads))
    e.enrich("abc", meta={"nested": {"k": "v"}, "list": [1, {"a": [2]}]})
    ((k, items, nested),) = seen
    assert (k, nested) == ("v", {"k": "v"}) and items[0] == 1 and items[1]["a"] == (2,)


def test_kinds_not_declared_in_produces_are_refused() -> None:
    def two(doc: limner.Document) -> list:
        return [
            limner.Annotation(kind="mine", start=0, end=1),
            limner.Annotation(kind="number", start=1, end=2),
        ]

    def layer(doc: limner.Document) -> list:
        return [limner.Layer("token", [0], [1])]

    e = enricher_with(A("two", ("mine",), two), A("lay", ("mine2",), layer))
    doc = e.enrich("abc")
    assert doc.annotations == () and doc.layers == {}
    errors = {err.annotator: err for err in doc.errors}
    assert errors["two"].type == "ContractError"
    assert "kind 'number'" in errors["two"].message and "'fake'" in errors["two"].message
    assert "kind 'token'" in errors["lay"].message


@pytest.mark.parametrize("exc", [SystemExit(3), KeyboardInterrupt(), SystemExit()])
def test_system_exit_and_keyboard_interrupt_from_a_plugin_are_recorded(
    exc: BaseException,
) -> None:
    def leaves(doc: limner.Document) -> list:
        raise exc

    e = enricher_with(A("leaves", ("l",), leaves), A("fine", ("f",), marker("f")))
    doc = e.enrich("abc")
    assert [a.kind for a in doc.annotations] == ["f"]
    (error,) = doc.errors
    assert (error.plugin, error.annotator, error.type) == ("fake", "leaves", type(exc).__name__)


def test_a_real_ctrl_c_still_ends_the_run() -> None:
    def interrupted(doc: limner.Document) -> list:
        signal.raise_signal(signal.SIGINT)
        return []

    e = enricher_with(A("waits", ("w",), interrupted))
    with pytest.raises(KeyboardInterrupt):
        e.enrich("abc")
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_a_plugin_that_changes_what_stops_the_run_is_undone_and_named(stop: int) -> None:
    """An annotator that ignores Ctrl-C (or SIGTERM) has the handler put back and its
    results refused: a plugin that did so kept a batch from stopping at Ctrl-C."""
    before = signal.getsignal(stop)

    def deaf(doc: limner.Document) -> list:
        signal.signal(stop, signal.SIG_IGN)
        return [limner.Annotation(kind="d", start=0, end=1)]

    e = enricher_with(A("deaf", ("d",), deaf), A("fine", ("f",), marker("f")))
    doc = e.enrich("abc")
    assert signal.getsignal(stop) is before
    assert [a.kind for a in doc.annotations] == ["f"]
    (error,) = doc.errors
    assert (error.plugin, error.annotator, error.type) == ("fake", "deaf", "ContractError")
    assert f"changed the handler of {signal.Signals(stop).name}" in error.message

    def interrupted(doc: limner.Document) -> list:
        signal.raise_signal(signal.SIGINT)
        return []

    if stop == signal.SIGINT:  # and a Ctrl-C after it still ends the run
        e = enricher_with(A("a_deaf", ("d",), deaf), A("b_waits", ("w",), interrupted))
        with pytest.raises(KeyboardInterrupt):
            e.enrich("abc")


@pytest.mark.parametrize("what", ["SIGINT", "SIGHUP", "stdout"])
def test_a_setup_that_changes_what_the_run_relies_on_is_undone_and_named(what: str) -> None:
    """A ``setup`` that ignores Ctrl-C (or a closed terminal's SIGHUP, which was not
    looked at), or silences standard output for good, as an annotator may not: the
    change stayed for the whole run (a batch that Ctrl-C no longer stopped), said
    nowhere.  It is undone and the setup counts as failed."""
    import io
    import sys

    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGHUP), sys.stdout

    def load() -> None:
        if what.startswith("SIG"):
            signal.signal(getattr(signal, what), signal.SIG_IGN)
        else:
            sys.stdout = io.StringIO()

    e = enricher_with(A("deaf", ("d",), marker("d"), setup=load), A("fine", ("f",), marker("f")))
    doc = e.enrich("abc")
    assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGHUP),
            sys.stdout) == before
    assert [a.kind for a in doc.annotations] == ["f"]
    (error,) = doc.errors
    assert (error.plugin, error.annotator, error.type) == ("fake", "deaf", "ContractError")
    changed = f"the handler of {what}" if what.startswith("SIG") else "sys.stdout"
    assert error.message.startswith(
        f"setup failed: the setup of annotator 'deaf' (plugin 'fake') changed {changed}"
    )


DEAF = """
import io
import signal
import sys

import limner


def _change():
    if "{what}".startswith("SIG"):
        signal.signal(getattr(signal, "{what}"), signal.SIG_IGN)
    elif "{what}" == "stdout":
        sys.stdout = io.StringIO()
    else:
        sys.setrecursionlimit(60)


if "{where}" == "import":
    _change()


@limner.hookimpl
def limner_annotators(config):
    if "{where}" == "hook":
        _change()
    return [limner.Annotator("deaf", ("deaf",), lambda doc: [])]
"""


@pytest.mark.parametrize("where", ["import", "hook"])
@pytest.mark.parametrize("what", ["SIGINT", "SIGHUP", "stdout", "recursion limit"])
def test_a_plugin_whose_import_or_hook_changes_what_the_run_relies_on_is_undone_and_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, what: str
) -> None:
    """A plugin that ignores Ctrl-C, silences standard output or lowers the recursion
    limit as it is imported or in a hook, as an annotator and a setup may not: the
    change stayed for the whole run (a batch that Ctrl-C no longer stopped), said
    nowhere.  It is undone, and the import or the hook counts as failed."""
    import sys

    module = f"deaf_{where}_{what.split()[0].lower()}"
    entry_points_of(tmp_path, monkeypatch, {module: DEAF.format(where=where, what=what)},
                    [("deaf", module)])
    before = (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGHUP), sys.stdout,
              sys.getrecursionlimit())
    changed = {"SIGINT": "the handler of SIGINT", "SIGHUP": "the handler of SIGHUP",
               "stdout": "sys.stdout", "recursion limit": "the recursion limit"}[what]
    doing = "importing it" if where == "import" else "its limner_annotators"
    with pytest.warns(limner.PluginWarning, match=f"'deaf'.*ContractError: {doing} changed "
                      f"{changed}"):
        e = limner.Enricher(plugins=["deaf"])
    assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGHUP), sys.stdout,
            sys.getrecursionlimit()) == before
    assert "deaf" not in [a.name for a in e.annotators]


@pytest.mark.parametrize("stream", ["stdout", "stderr"])
def test_a_plugin_that_replaces_a_standard_stream_is_undone_and_named(stream: str) -> None:
    """An annotator that silences a library with ``sys.stdout = open(os.devnull, "w")``
    and never puts it back: what the application printed from then on went nowhere
    (a script printing each document's JSON printed nothing, and said nothing).  The
    stream is put back and the annotator's results refused, as for a signal's handler."""
    import io
    import sys

    before = getattr(sys, stream)
    sink = io.StringIO()

    def silencer(doc: limner.Document) -> list:
        setattr(sys, stream, sink)
        print("noise", file=getattr(sys, stream))
        return [limner.Annotation(kind="s", start=0, end=1)]

    e = enricher_with(A("silencer", ("s",), silencer), A("fine", ("f",), marker("f")))
    doc = e.enrich("abc")
    assert getattr(sys, stream) is before
    assert [a.kind for a in doc.annotations] == ["f"]
    (error,) = doc.errors
    assert (error.plugin, error.annotator, error.type) == ("fake", "silencer", "ContractError")
    assert f"changed sys.{stream}, which is the application's; the change is undone" in (
        error.message
    )


@pytest.mark.parametrize("where", ["annotator", "setup"])
def test_a_plugin_that_replaces_a_stream_off_the_main_thread_is_undone_and_named(
    where: str,
) -> None:
    """Enricher.enrich run in a thread (a server's, Dask's threaded scheduler): an
    annotator or a setup that left ``sys.stdout`` replaced went unseen there, the
    guards being skipped whole off the main thread, and what the application printed
    from then on went nowhere.  The stream is put back and the plugin named as on the
    main thread; the handlers of the signals, which plugin code there cannot change,
    are not looked at, and nothing fails for it."""
    import io
    import sys
    import threading

    before = sys.stdout
    sink = io.StringIO()

    def silence() -> None:
        sys.stdout = sink

    def silencer(doc: limner.Document) -> list:
        silence()
        return [limner.Annotation(kind="s", start=0, end=1)]

    plugin = (
        A("silencer", ("s",), silencer)
        if where == "annotator"
        else A("silencer", ("s",), marker("s"), setup=silence)
    )
    e = enricher_with(plugin, A("fine", ("f",), marker("f")))
    found: list[limner.Document] = []
    failed: list[BaseException] = []

    def work() -> None:
        try:
            found.append(e.enrich("abc"))
        except BaseException as exc:  # (said below, not lost in the thread)
            failed.append(exc)

    worker = threading.Thread(target=work)
    try:
        worker.start()
        worker.join(20)
    finally:
        leaked, sys.stdout = sys.stdout, before
    assert failed == [] and leaked is before
    (doc,) = found
    assert [a.kind for a in doc.annotations] == ["f"]
    (error,) = doc.errors
    assert (error.plugin, error.annotator, error.type) == ("fake", "silencer", "ContractError")
    assert "changed sys.stdout, which is the application's; the change is undone" in (
        error.message
    )


def test_an_annotator_that_enriches_a_text_of_its_own_is_still_held_to_the_streams() -> None:
    """An annotator that runs an Enricher of its own inside (a plugin built on
    another) is one run with the one it holds: what it changes is still its doing,
    named and undone, not taken for another thread's."""
    import io
    import sys

    before = sys.stdout
    inner = enricher_with(A("fine", ("f",), marker("f")))

    def nested(doc: limner.Document) -> list:
        assert [a.kind for a in inner.enrich("abc").annotations] == ["f"]
        sys.stdout = io.StringIO()
        return [limner.Annotation(kind="n", start=0, end=1)]

    doc = enricher_with(A("nested", ("n",), nested)).enrich("abc")
    assert sys.stdout is before and not doc.annotations
    (error,) = doc.errors
    assert error.type == "ContractError" and "changed sys.stdout" in error.message


def test_a_stream_replaced_while_two_threads_enrich_is_nobodys_fault() -> None:
    """Two threads enriching at once: one annotator's ``contextlib.redirect_stdout``,
    undone before it returns, is under way while the other's run ends; the other is not
    blamed for what it did not do, nor is the redirect undone under it."""
    import contextlib
    import io
    import sys
    import threading

    inside, other_done = threading.Event(), threading.Event()
    sink = io.StringIO()

    def redirects(doc: limner.Document) -> list:
        with contextlib.redirect_stdout(sink):
            inside.set()
            other_done.wait(20)
            print("quiet")
        return [limner.Annotation(kind="r", start=0, end=1)]

    def quick(doc: limner.Document) -> list:
        inside.wait(20)
        return [limner.Annotation(kind="q", start=0, end=1)]

    first = enricher_with(A("redirects", ("r",), redirects))
    second = enricher_with(A("quick", ("q",), quick))
    found: dict[str, limner.Document] = {}
    before = sys.stdout

    def run_second() -> None:
        found["q"] = second.enrich("abc")
        other_done.set()

    threads = [
        threading.Thread(target=lambda: found.__setitem__("r", first.enrich("abc"))),
        threading.Thread(target=run_second),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert sys.stdout is before and sink.getvalue() == "quiet\n"
    assert [a.kind for a in found["q"].annotations] == ["q"] and found["q"].errors == []
    assert [a.kind for a in found["r"].annotations] == ["r"] and found["r"].errors == []


@pytest.mark.parametrize("where", ["annotator", "setup"])
def test_a_plugin_that_lowers_the_recursion_limit_is_undone_and_named(where: str) -> None:
    """``sys.setrecursionlimit(50)`` in plugin code stayed for the rest of the process:
    later work (writing a document's JSON, a Dask pool) failed with a RecursionError
    naming no plugin.  The limit is put back and the plugin named, as for a signal's
    handler; a limit raised (as a parser's library does) is left as it is."""
    import json
    import sys

    before = sys.getrecursionlimit()
    depth, frame = 0, sys._getframe()
    while frame is not None:
        depth, frame = depth + 1, frame.f_back
    low = depth + 50  # (not below the depth the annotator runs at, which Python refuses)

    def lower() -> None:
        sys.setrecursionlimit(low)

    def lowers(doc: limner.Document) -> list:
        lower()
        return [limner.Annotation(kind="s", start=0, end=1)]

    lowerer = (
        A("lowerer", ("s",), lowers)
        if where == "annotator"
        else A("lowerer", ("s",), marker("s"), setup=lower)
    )
    e = enricher_with(lowerer, A("fine", ("f",), marker("f")))
    doc = e.enrich("abc")
    assert sys.getrecursionlimit() == before
    assert [a.kind for a in doc.annotations] == ["f"]
    (error,) = doc.errors
    assert (error.plugin, error.annotator, error.type) == ("fake", "lowerer", "ContractError")
    assert (
        f"changed the recursion limit (lowered to {low} from {before}), which is the process's"
        in error.message
    )
    nested: list = []
    for _ in range(low):
        nested = [nested]
    json.dumps(nested)  # (a RecursionError while the limit stayed lowered)
    try:
        raised = enricher_with(
            A("deep", ("d",), lambda doc: (sys.setrecursionlimit(before + 100), [])[1])
        ).enrich("abc")
        assert raised.errors == [] and sys.getrecursionlimit() == before + 100
    finally:
        sys.setrecursionlimit(before)


def test_a_handler_the_main_thread_changes_is_no_fault_of_an_annotator_in_another() -> None:
    """Only the main thread can change a signal's handler: an annotator run in another
    thread meanwhile is not blamed for the application's own change."""
    import threading

    started, changed = threading.Event(), threading.Event()

    def waits(doc: limner.Document) -> list:
        started.set()
        changed.wait(20)
        return [limner.Annotation(kind="w", start=0, end=1)]

    e = enricher_with(A("waits", ("w",), waits))
    found: list[limner.Document] = []
    worker = threading.Thread(target=lambda: found.append(e.enrich("abc")))
    before = signal.getsignal(signal.SIGTERM)
    worker.start()
    try:
        started.wait(20)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # the application's own change
        changed.set()
        worker.join(20)
    finally:
        signal.signal(signal.SIGTERM, before)
    (doc,) = found
    assert [a.kind for a in doc.annotations] == ["w"] and doc.errors == []


def test_dangling_references_are_refused() -> None:
    def dangling(doc: limner.Document) -> list:
        return [Pointer(start=0, end=1, target="nowhere")]

    def good(doc: limner.Document) -> list:
        first = doc.select("f")[0]
        return [
            Pointer(start=0, end=1, target=first.id),  # an annotation of the document
            Pointer(start=1, end=2, id="mine", target=None),
            Pointer(start=2, end=3, target="mine"),  # a label of the same batch
        ]

    e = enricher_with(
        A("fine", ("f",), marker("f")),
        A("dangling", ("pointer",), dangling),
        A(
            "good",
            ("pointer2",),
            lambda doc: [attrs.evolve(p, kind="pointer2") for p in good(doc)],
            requires=("f",),
        ),
    )
    doc = e.enrich("abc")
    (error,) = doc.errors
    assert (error.annotator, error.type) == ("dangling", "ContractError")
    assert "target='nowhere'" in error.message
    pointers = doc.select("pointer2")
    assert [p.target for p in pointers] == ["f1", None, pointers[1].id]


_REF_VALUES = st.sampled_from([None, "", "f1", "mine", "nowhere", 7, ("f1",), ["f1"]])


@given(st.lists(st.tuples(_REF_VALUES, st.booleans()), min_size=1, max_size=8), st.booleans())
def test_references_are_judged_as_one_annotation_at_a_time_would(
    refs: list[tuple[object, bool]], mixed: bool
) -> None:
    """The check of a batch's references (made on the distinct values at once) refuses
    exactly the batches that a check of each annotation in turn refuses, naming the
    same first offender."""
    doc = limner.Document(text="abcdefghij")
    doc.add([limner.Annotation(kind="f", start=0, end=1)], source="fine")  # id "f1"
    batch: list[limner.Annotation] = [
        Pointer(start=i, end=i + 1, id="mine" if labelled else "", target=value)  # type: ignore[arg-type]
        for i, (value, labelled) in enumerate(refs)
    ]
    if mixed:  # annotations of a class without references, in the same batch
        batch.insert(0, limner.Annotation(kind="pointer", start=0, end=1, id="other"))
    labels = {p.id for p in batch if p.id}
    pointers = [p for p in batch if isinstance(p, Pointer)]
    bad = [p for p in pointers if p.target is not None and (
        not isinstance(p.target, str) or p.target == ""
        or (p.target not in labels and p.target not in doc._by_id))]
    annotator = A("pointing", ("pointer",), lambda d: batch)
    mark = checkpoint(doc)
    if not bad:
        check_results(annotator, doc, batch, [], mark)
        return
    with pytest.raises(limner.ContractError) as caught:
        check_results(annotator, doc, batch, [], mark)
    assert f"[{bad[0].start}, {bad[0].end}) has target={bad[0].target!r}" in str(caught.value)
    if bad[0].target == "":  # no id: what the document's JSON form could not load
        assert "which is no id" in str(caught.value)


def test_unmet_requirement_of_a_plugin_asked_for_is_a_plan_error() -> None:
    with pytest.raises(limner.PlanError, match=r"'needy'.*requires kind 'location'"):
        enricher_with(A("needy", ("n",), marker("n"), requires=("location",)))


class _AwaitedSegmenter:
    """A segmenter whose sentences() is an async def: it gave a coroutine, never run."""

    async def sentences(self, text: str) -> list:
        return []

    def tokens(self, text: str) -> limner.Layer:
        raise NotImplementedError

    def __repr__(self) -> str:
        return "_AwaitedSegmenter()"


@pytest.mark.parametrize(
    ("hook", "result", "problem"),
    [
        ("limner_annotators", 5, "returned 5, not a list"),
        # a return forgotten: the plugin loaded, made and did nothing, without a word
        ("limner_annotators", None, "returned None, not a list (is its return forgotten?)"),
        ("limner_annotation_kinds", None, "returned None, not a list"),
        ("limner_config_options", None, "returned None, not a list"),
        ("limner_formats", None, "returned None, not a list"),
        ("limner_formats", [5], "5, which is not a limner.Format"),
        ("limner_config_options", [5], "5, which is not a limner.Option"),
        ("limner_annotation_kinds", [int], "not an attrs subclass of limner.Annotation"),
        ("limner_segmenter", 5, "has no sentences"),
        ("limner_segmenter", _AwaitedSegmenter(), "is an async def, which limner never awaits"),
    ],
)
def test_malformed_hook_results_disable_the_plugin_alone(
    hook: str, result: object, problem: str
) -> None:
    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(A("ok", ("ok",), marker("ok"))), "fine")
    pm.register(make_plugin(**{hook: lambda: result}), "odd")
    said = f"'odd' is disabled: {hook} .*{re.escape(problem)}"
    with pytest.warns(limner.PluginWarning, match=said):
        _ask_every_hook(pm)
    assert "odd" not in pm.names()
    assert problem.split(",")[0] in {i.name: i for i in pm.infos()}["odd"].error
    doc = limner.Enricher(manager=pm).enrich("abc")
    assert [a.kind for a in doc.annotations] == ["ok"]


class _Deferred:
    """A callable, no async def, whose call gives what runs only when awaited or
    iterated: a coroutine, or a generator."""

    def __init__(self, coroutine: bool) -> None:
        self.coroutine = coroutine

    def __call__(self, *args: object) -> object:
        if self.coroutine:
            return _awaited()

        def loading() -> object:
            yield None

        return loading()


@pytest.mark.parametrize(
    ("coroutine", "said"),
    [
        (True, "returned a coroutine (an async def, which limner never awaits: make it a def)"),
        (False, "returned a generator (a function with a yield, whose body runs only when"),
    ],
)
def test_a_setup_whose_body_never_ran_is_a_failed_setup(coroutine: bool, said: str) -> None:
    """A setup that returns a coroutine or a generator returned at once, having loaded
    nothing, and its annotator ran without its resources, without a word."""
    e = enricher_with(A("x", ("x",), marker("x"), setup=_Deferred(coroutine)),
                      A("f", ("f",), marker("f")))
    doc = e.enrich("abc")
    assert [a.kind for a in doc.annotations] == ["f"]
    ((annotator, type_, message),) = [(x.annotator, x.type, x.message) for x in doc.errors]
    assert (annotator, type_) == ("x", "TypeError")
    assert message.startswith(f"setup failed: the setup of annotator 'x' (plugin 'fake') {said}")
    assert message.endswith("; it loaded nothing")


def test_an_annotator_that_returns_a_coroutine_is_told_it_is_never_awaited() -> None:
    e = enricher_with(A("x", ("x",), _Deferred(True)), A("f", ("f",), marker("f")))
    doc = e.enrich("abc")
    assert [a.kind for a in doc.annotations] == ["f"]
    (error,) = doc.errors
    assert error.message == (
        "annotator 'x' (plugin 'fake') returned a coroutine (an async def, which limner "
        "never awaits: make it a def), not an iterable of Annotations (and Layers)"
    )


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ({"func": 5}, "'bad' has a func of int 5, which is not callable"),
        ({"func": "numbers"}, "'bad' has a func of str 'numbers', which is not callable"),
        ({"func": marker("b"), "setup": "load"}, "'bad' has a setup of str 'load', which"),
        ({"func": _awaited}, "'bad' has a func that is an async def, which limner never awaits"),
        ({"func": marker("b"), "setup": _awaited},
         "'bad' has a setup that is an async def, which limner never awaits"),
        ({"func": _no_document}, "'bad' has a func whose arguments () cannot be given one"),
        ({"func": _and_config}, "'bad' has a func whose arguments (doc, config) cannot"),
        ({"func": marker("b"), "setup": _and_config},
         "'bad' has a setup whose arguments (doc, config) cannot be given no argument"),
    ],
)
def test_an_annotator_whose_func_or_setup_is_no_callable_is_left_out(
    given: dict, said: str
) -> None:
    """``limner.Annotator("bad", "b", 5)``: it loaded, and failed on every document with
    "'int' object is not callable" (a setup so, before the first); it is left out when
    its plugin's annotators are read, as one whose name is no str is, the others kept.
    So is one whose func takes no document, or more (``lambda: []``), which failed on
    every document with "takes 0 positional arguments but 1 was given"."""
    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(A("bad", ("b",), **given), A("ok", ("ok",), marker("ok"))), "odd")
    warned = re.escape(f"limner plugin 'odd': an annotator {said}")
    with pytest.warns(limner.PluginWarning, match=warned):
        e = limner.Enricher(manager=pm)
    doc = e.enrich("abc")
    assert [a.kind for a in doc.annotations] == ["ok"] and not doc.errors


class _NoSignature:
    """An annotator's func whose signature cannot be read."""

    @property
    def __signature__(self) -> object:
        raise RuntimeError("no signature")

    def __call__(self, doc: limner.Document) -> list:
        return marker("u")(doc)


def test_a_func_whose_signature_cannot_be_read_is_run_as_before() -> None:
    """The look at a func's arguments reads plugin code: what it raises made the
    Enricher itself fail."""
    e = enricher_with(A("unread", ("u",), _NoSignature()), A("ok", ("ok",), marker("ok")))
    assert sorted(a.kind for a in e.enrich("abc").annotations) == ["ok", "u"]


def _ask_every_hook(pm: limner.PluginManager) -> None:
    pm.kinds(), pm.options(), pm.formats(), pm.segmenter(pm.config())
    pm.annotators(pm.config())


class _Unshowable:
    """What a hook returns by mistake, whose ``__repr__`` (and any name read) raises."""

    def __repr__(self) -> str:
        raise RuntimeError("no repr")

    def __getattr__(self, name: str) -> object:
        raise RuntimeError(f"no {name}")


@pytest.mark.parametrize(
    ("hook", "result"),
    [
        ("limner_annotators", lambda config: [_Unshowable()]),
        ("limner_annotators", lambda config: _Unshowable()),
        ("limner_config_options", lambda: [_Unshowable()]),
        ("limner_formats", lambda: [_Unshowable()]),
        ("limner_annotation_kinds", lambda: [_Unshowable()]),
        ("limner_segmenter", lambda config: _Unshowable()),
    ],
)
def test_a_hook_result_that_cannot_be_read_or_shown_disables_its_plugin_alone(
    hook: str, result: Callable[..., object]
) -> None:
    """Reading what a hook returned, and saying what is wrong with it, runs the plugin's
    code (its ``__repr__``, its ``__getattr__``): a failure there ended the loading of
    every plugin, where it is the plugin's alone."""
    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(A("ok", ("ok",), marker("ok"))), "fine")
    pm.register(make_plugin(**{hook: result}), "odd")
    with pytest.warns(limner.PluginWarning, match=f"'odd' is disabled: {hook} failed: "
                      "RuntimeError: no "):
        _ask_every_hook(pm)
    assert "odd" not in pm.names()
    assert [a.kind for a in limner.Enricher(manager=pm).enrich("abc").annotations] == ["ok"]


class _Touchy(str):
    """A name whose own hash and equality raise: only its value is for limner to read."""

    def __hash__(self) -> int:
        raise RuntimeError("no hash")

    def __eq__(self, other: object) -> bool:
        raise RuntimeError("no equality")


@attrs.frozen(kw_only=True)
class _TouchyKind(limner.Annotation):
    kind: str = _Touchy("touchy")


def test_names_and_kinds_of_a_str_subclass_are_read_as_their_value() -> None:
    """An annotator's name and kinds, an option's name, a format's name and a kind
    class's default of a str subclass whose own ``__hash__`` or ``__eq__`` fails are
    held as the strs they stand for: the plan, keyed by them, ended the loading of
    every plugin."""
    from limner.formats import Format

    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(
        A(_Touchy("t"), _Touchy("t"), marker("t"), uses=[_Touchy("ok")]),
        limner_config_options=lambda: [limner.Option(_Touchy("odd.level"), 1)],
        limner_formats=lambda: [Format(_Touchy("odd"), write=lambda docs, out: None)],
        limner_annotation_kinds=lambda: [_TouchyKind],
    ), "odd")
    pm.register(make_plugin(A("ok", ("ok",), marker("ok"))), "fine")
    e = limner.Enricher(manager=pm, config={"odd.level": 2})
    (t,) = [a for a in e.annotators if a.name == "t"]
    assert {type(t.name), *map(type, t.produces + t.uses)} == {str}
    assert dict(e.config)["odd.level"] == 2
    assert "odd" in pm.formats() and pm.kinds()["touchy"] is _TouchyKind
    assert [a.kind for a in e.enrich("abc").annotations] == ["ok", "t"]


def test_a_kind_class_without_a_kind_default_does_not_break_loading() -> None:
    @attrs.frozen(kw_only=True)
    class NoKind(limner.Annotation):
        extra: int = 0

    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(limner_annotation_kinds=lambda: [NoKind]), "nokind")
    with pytest.warns(limner.PluginWarning, match="'nokind' is disabled.*NoKind"):
        kinds = pm.kinds()
    doc = limner.Document(text="abc")
    doc.add([limner.Annotation(kind="x", start=0, end=1)])
    assert limner.Document.from_json(doc.to_json(), kinds) == doc


def _limner_imports(module: str) -> set[str]:
    path = ROOT / "src" / Path(*module.split(".")).with_suffix(".py")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    } | {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    return {m for m in imported if m.startswith("limner.")}


def test_the_document_model_does_not_import_the_plugin_manager() -> None:
    # what document.py imports of limner, and what those import in turn
    seen: set[str] = set()
    todo = ["limner.document"]
    while todo:
        module = todo.pop()
        for m in _limner_imports(module) - seen:
            seen.add(m)
            todo.append(m)
    assert seen, "document.py imports nothing of limner: the walk read the wrong file"
    assert not seen & {"limner.plugins", "limner.pipeline", "limner.hookspecs", "limner.cli"}


def test_plan_ties_go_by_name_and_a_cycle_names_what_it_blocks() -> None:
    anns = [A(n, (n,), marker(n)) for n in "dbca"]
    assert [a.name for a in limner.plan(anns)] == ["a", "b", "c", "d"]
    with pytest.raises(limner.PlanError) as info:
        limner.plan(
            [
                A("p", ("x",), marker("x"), requires=("y",)),
                A("q", ("y",), marker("y"), requires=("x",)),
                A("after", ("z",), marker("z"), requires=("x",)),
                A("free", ("w",), marker("w")),
            ]
        )
    assert str(info.value) == (
        "annotators after, p, q form a cycle: after needs p; p needs q; q needs p"
    )


def test_a_validate_returning_none_is_an_error_not_a_silent_none() -> None:
    opt = limner.Option("fake.level", 3, validate=lambda v: v if v == 3 else None)
    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(limner_config_options=lambda: [opt]), "fake")
    with pytest.raises(limner.ConfigError, match=r"'fake.level' \(plugin 'fake'\).*returned None"):
        limner.Enricher(manager=pm, config={"fake.level": 4})


class _Cancelled(BaseException):
    """What a library that plugin code runs may raise that is no ``Exception``
    (``asyncio.CancelledError`` is one)."""


@pytest.mark.parametrize(
    "raised", [KeyError("level"), SystemExit(3), RuntimeError("bug"), _Cancelled("stop")]
)
def test_a_validate_that_raises_is_a_config_error_naming_the_option(raised: BaseException) -> None:
    def validate(value: int) -> int:
        if value == 3:  # (its default: taken)
            return value
        raise raised

    opt = limner.Option("fake.level", 3, validate=validate)
    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(limner_config_options=lambda: [opt]), "fake")
    with pytest.raises(
        limner.ConfigError, match=r"'fake.level' \(plugin 'fake'\).*validate failed"
    ):
        limner.Enricher(manager=pm, config={"fake.level": 4})


def _at_most_five(value: int) -> int:
    if value > 5:
        raise ValueError("at most 5")
    return value


@pytest.mark.parametrize(
    ("validate", "problem"),
    [
        (_at_most_five, "invalid value 9 for option 'fake.level': at most 5"),
        (lambda v: None, "its validate returned None for 9"),
        (lambda v: 1 / 0, "its validate failed on 9: ZeroDivisionError"),
        (_awaited, "its validate returned a coroutine (an async def, which limner never"),
    ],
)
def test_an_option_whose_own_validate_refuses_its_default_disables_its_plugin(
    validate: Callable[[int], int], problem: str
) -> None:
    """The default of an option went to the plugin's annotators unchecked, a value its
    own ``validate`` says is wrong: the plugin is disabled when it loads, naming the
    option and why, and the others run."""
    opt = limner.Option("fake.level", 9, validate=validate)
    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(A("bad", ("bad",), marker("bad")),
                            limner_config_options=lambda: [opt]), "fake")
    pm.register(make_plugin(A("ok", ("ok",), marker("ok"))), "fine")
    said = (r"'fake' is disabled: limner_config_options returned option 'fake.level', "
            rf"whose own default is refused: .*{re.escape(problem)}")
    with pytest.warns(limner.PluginWarning, match=said):
        e = limner.Enricher(manager=pm)
    assert "fake.level" not in e.config
    assert [a.kind for a in e.enrich("abc").annotations] == ["ok"]
    assert problem in {i.name: i for i in pm.infos()}["fake"].error


def test_a_plugin_that_changes_a_list_it_reads_from_its_config_changes_no_one_elses() -> None:
    """A hook that extends the list of its option in place changed the option's default
    for every later run of the process, and the caller's own ``config`` (and so what a
    parallel run's workers were given, which changed it again)."""
    opt = limner.Option("grow.words", ["a"])

    def annotators(config: limner.Config) -> list:
        config["grow.words"].append("extra")
        return [A("g", ("g",), marker("g"))]

    def enricher(config: dict | None = None) -> limner.Enricher:
        pm = limner.PluginManager(plugins=[])
        pm.register(make_plugin(limner_config_options=lambda: [opt],
                                limner_annotators=annotators), "grow")
        return limner.Enricher(manager=pm, config=config)

    assert enricher().config["grow.words"] == ["a", "extra"]
    assert enricher().config["grow.words"] == ["a", "extra"]
    assert opt.default == ["a"]
    given = {"grow.words": ["b"]}
    e = enricher(given)
    assert given == {"grow.words": ["b"]} and e.spec()["config"] == given


def test_a_validate_that_normalizes_a_list_in_place_changes_no_one_elses() -> None:
    """A validate that sorts the list it is given, in place, sorted the caller's own
    config, and the option's default when it was judged."""

    def sorted_in_place(words: list) -> list:
        words.sort()
        return words

    opt = limner.Option("sort.words", ["b", "a"], validate=sorted_in_place)
    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(A("s", ("s",), marker("s")),
                            limner_config_options=lambda: [opt]), "sort")
    given = {"sort.words": ["d", "c"]}
    e = limner.Enricher(manager=pm, config=given)
    assert e.config["sort.words"] == ["c", "d"]
    assert given == {"sort.words": ["d", "c"]} and opt.default == ["b", "a"]


def _raising_hook(raised: BaseException, generator: bool) -> object:
    """A plugin whose ``limner_annotators`` raises ``raised`` (after one annotator,
    as a generator, when ``generator``)."""

    class Plugin:
        @limner.hookimpl
        def limner_annotators(self, config: limner.Config) -> object:
            if not generator:
                raise raised

            def annotators() -> object:
                yield A("half", ("half",), marker("half"))
                raise raised

            return annotators()

    return Plugin()


@pytest.mark.parametrize("generator", [False, True])
@pytest.mark.parametrize(
    "raised", [SystemExit(2), GeneratorExit(), RuntimeError("bug"), _Cancelled("stop")]
)
def test_a_hook_that_raises_anything_is_the_plugins_fault(
    raised: BaseException, generator: bool
) -> None:
    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(A("ok", ("ok",), marker("ok"))), "fine")
    pm.register(_raising_hook(raised, generator), "bad")
    with pytest.warns(limner.PluginWarning, match=f"'bad'.*{type(raised).__name__}"):
        e = limner.Enricher(manager=pm)
    assert [a.name for a in e.annotators] == ["ok"]
    assert [a.kind for a in e.enrich("text").annotations] == ["ok"]


@pytest.mark.parametrize("generator", [False, True])
def test_a_keyboard_interrupt_from_a_hook_still_stops(generator: bool) -> None:
    pm = limner.PluginManager(plugins=[])
    pm.register(_raising_hook(KeyboardInterrupt(), generator), "bad")
    with pytest.raises(KeyboardInterrupt):
        limner.Enricher(manager=pm)


@pytest.mark.parametrize(
    "raised", [SystemExit(3), GeneratorExit(), KeyError("lexicon"), _Cancelled("stop")]
)
def test_a_setup_that_raises_anything_is_recorded(raised: BaseException) -> None:
    def load() -> None:
        raise raised

    e = enricher_with(A("x", ("x",), marker("x"), setup=load), A("f", ("f",), marker("f")))
    doc = e.enrich("a")
    assert [a.kind for a in doc.annotations] == ["f"]
    ((annotator, type_, message),) = [(x.annotator, x.type, x.message) for x in doc.errors]
    assert (annotator, type_) == ("x", type(raised).__name__)
    assert message.startswith("setup failed")


@pytest.mark.parametrize("how", ["enrich", "setup"])
def test_a_setup_that_enriches_with_its_own_enricher_fails_alone(how: str) -> None:
    """A setup that warms up by enriching a text with the Enricher it sets up (through
    ``limner.enrich``, say) waited for the lock its own thread held: the process hung.
    It is that setup's failure, named, and the others' work is kept."""
    held: list[limner.Enricher] = []

    def warm_up() -> None:
        held[0].enrich("warm up") if how == "enrich" else held[0].setup()

    e = enricher_with(A("x", ("x",), marker("x"), setup=warm_up), A("f", ("f",), marker("f")))
    held.append(e)
    doc = e.enrich("abc")
    assert [a.kind for a in doc.annotations] == ["f"]
    ((annotator, type_, message),) = [(x.annotator, x.type, x.message) for x in doc.errors]
    assert (annotator, type_) == ("x", "RuntimeError")
    assert "the setup of annotator 'x' (plugin 'fake') enriched with the Enricher" in message
    assert [a.kind for a in e.enrich("def").annotations] == ["f"]


def test_a_plugin_that_takes_limner_out_of_sys_modules_leaves_a_writable_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A plugin that takes limner's modules out of ``sys.modules`` (to load them afresh)
    and fails: its failure was recorded as an error of a class loaded anew, and the
    caller's document could not be written ("errors[0] must be an Error")."""
    import sys

    monkeypatch.setitem(sys.modules, "limner.document", sys.modules["limner.document"])

    def purge(doc: limner.Document) -> list:
        del sys.modules["limner.document"]
        raise RuntimeError("after the purge")

    e = enricher_with(A("x", ("x",), purge), A("f", ("f",), marker("f")))
    doc = e.enrich("abc")
    assert [(x.annotator, x.type) for x in doc.errors] == [("x", "RuntimeError")]
    assert limner.Document.from_json(doc.to_json()) == doc


def test_a_keyboard_interrupt_in_a_setup_still_stops() -> None:
    def load() -> None:
        raise KeyboardInterrupt

    e = enricher_with(A("x", ("x",), marker("x"), setup=load))
    with pytest.raises(KeyboardInterrupt):
        e.enrich("a")


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        (A(5, ("x",), marker("x")), "is named 5"),  # type: ignore[arg-type]
        (A("", ("x",), marker("x")), "is named ''"),
        (A("b", [5], marker("x")), "'b' has 5 in produces"),  # type: ignore[list-item]
        (A("b", ("x",), marker("x"), requires=[None]), "'b' has None in requires"),  # type: ignore[list-item]
        (A("b", ("x",), marker("x"), uses=("",)), "'b' has '' in uses"),
    ],
)
def test_an_annotator_with_a_bad_name_or_kind_is_left_out_alone(
    bad: limner.Annotator, problem: str
) -> None:
    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(bad, A("ok", ("ok",), marker("ok"))), "fake")
    with pytest.warns(limner.PluginWarning, match=f"'fake': an annotator {re.escape(problem)}"):
        e = limner.Enricher(manager=pm)
    assert [a.name for a in e.annotators] == ["ok"]
    assert [a.kind for a in e.enrich("text").annotations] == ["ok"]


def test_limner_plugins_shows_the_value_set() -> None:
    from click.testing import CliRunner

    from limner.cli import cli

    args = ["plugins", "-p", "quotes", "-c", "quotes.min_words=5"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "option quotes.min_words = 5 (default " in result.output
    listing = CliRunner().invoke(cli, [*args, "--json"])
    (option,) = [
        o
        for p in json.loads(listing.stdout)
        for o in p["options"]
        if o["name"] == "quotes.min_words"
    ]
    assert option["value"] == 5 and option["default"] != 5


ODD_DEFAULTS = """
import pathlib
import limner

@limner.hookimpl
def limner_config_options():
    return [limner.Option("odd.model_dir", pathlib.Path("/models"), help="where"),
            limner.Option("odd.words", {"a"}, help="a set"),
            limner.Option("odd.rate", float("nan"), help="not a number")]
"""


def test_limner_plugins_lists_an_option_whose_default_json_cannot_hold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plugin's option of a Path (a set, NaN) ended ``limner plugins --json`` in a
    traceback (or wrote NaN, which is no JSON): such a value is listed as its repr, as
    OUTPUT.run.json notes it."""
    from click.testing import CliRunner

    from limner.cli import cli

    entry_points_of(tmp_path, monkeypatch, {"odd_plugin": ODD_DEFAULTS}, [("odd", "odd_plugin")])
    result = CliRunner().invoke(cli, ["plugins", "--json", "-p", "odd"])
    assert result.exit_code == 0, result.output
    (odd,) = [p for p in json.loads(result.stdout, parse_constant=_refused) if p["name"] == "odd"]
    assert [(o["name"], o["default"], o["value"]) for o in odd["options"]] == [
        ("odd.model_dir", "PosixPath('/models')", "PosixPath('/models')"),
        ("odd.words", "{'a'}", "{'a'}"),
        ("odd.rate", "nan", "nan"),
    ]
    text = CliRunner().invoke(cli, ["plugins", "-p", "odd"])
    assert "option odd.model_dir = PosixPath('/models')  where" in text.output


def _refused(constant: str) -> None:
    raise ValueError(f"{constant} is no JSON")


NEEDY = """
import limner

@limner.hookimpl
def limner_annotators(config):
    return [limner.Annotator("needy", ("needed",), lambda doc: [], requires=("nosuch",))]
"""


@pytest.fixture
def needy_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    entry_points_of(tmp_path, monkeypatch, {"needy_plugin": NEEDY}, [("needy", "needy_plugin")])


def test_an_installed_plugin_with_an_unmet_requirement_is_left_out(needy_installed) -> None:
    with pytest.warns(limner.PluginWarning, match="'needy': annotator 'needy' requires kind"):
        e = limner.Enricher(kinds=None)
    assert "needy" not in [a.name for a in e.annotators]
    doc = e.enrich("abc")
    e.enrich(doc)  # enriched again: the note is not repeated
    assert [(err.plugin, err.type) for err in doc.errors] == [("needy", "Skipped")]
    with pytest.raises(limner.PlanError, match=r"'needy'.*requires kind 'nosuch'"):
        limner.Enricher(plugins=["needy"])
    with pytest.raises(limner.PlanError, match=r"'needy'.*requires kind 'nosuch'"):
        limner.Enricher(kinds=["needed"])


TANGLED = """
import limner

def note(kind):
    return lambda doc: [limner.Annotation(kind=kind, start=0, end=min(1, len(doc.text)))]

@limner.hookimpl
def limner_annotators(config):
    return [
        limner.Annotator("chicken", ("hen",), note("hen"), requires=("egg",)),
        limner.Annotator("egg", ("egg",), note("egg"), requires=("hen",)),
        limner.Annotator("sentences", ("copy",), note("copy")),
        limner.Annotator("firm", ("firm",), note("firm")),
    ]
"""

FIRM = """
import limner

@limner.hookimpl
def limner_annotators(config):
    return [limner.Annotator("firm", ("own",), lambda doc: [])]
"""


@pytest.fixture
def tangled_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    entry_points_of(
        tmp_path,
        monkeypatch,
        {"tangled_plugin": TANGLED, "firm_plugin": FIRM},
        [("tangled", "tangled_plugin"), ("firm", "firm_plugin")],
    )


COMMA = """
import limner

@limner.hookimpl
def limner_annotators(config):
    return [limner.Annotator("commas", ("comma",), lambda doc: [
        limner.Annotation(kind="comma", start=0, end=min(1, len(doc.text)))])]
"""


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("a,b", "holds a comma, which separates names where they are given"),
        (" ab", "is blank or begins or ends with white space"),
    ],
)
def test_an_installed_plugin_whose_name_cannot_be_given_is_not_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, why: str
) -> None:
    """An installed plugin named ``a,b`` ran in every run and could not be left out:
    ``--disable a,b`` and LIMNER_DISABLE_PLUGINS read its name as ``a`` and ``b``."""
    entry_points_of(
        tmp_path,
        monkeypatch,
        {"comma_plugin": COMMA, "firm_plugin": FIRM},
        [(name, "comma_plugin"), ("firm", "firm_plugin")],
    )
    with pytest.warns(limner.PluginWarning) as caught:
        e = limner.Enricher()
    said = [str(w.message) for w in caught]
    assert f"limner plugin {name!r} (comma_plugin) is not loaded: its name {why}" in said[0]
    assert "rename its entry point" in said[0]
    assert "commas" not in [a.name for a in e.annotators]
    assert "firm" in [a.name for a in e.annotators]  # (the others load)
    (info,) = [i for i in e.manager.infos() if i.name == name]
    assert info.error is not None and why in info.error


def test_two_annotators_of_one_plugin_and_one_name_are_said_to_be_the_plugins_own() -> None:
    """Two annotators of one plugin given one name: the one left out was said to be
    "named as an annotator of plugin 'fake'", its own, as if another plugin held it."""
    with pytest.raises(limner.PlanError) as caught:
        enricher_with(A("dup", ("a",), marker("a")), A("dup", ("b",), marker("b")))
    said = str(caught.value)
    assert "has the name of another annotator of its own plugin" in said, said
    assert "each annotator of plugin 'fake' needs a name of its own" in said
    assert "named as an annotator of plugin" not in said


def test_an_installed_plugin_in_a_cycle_or_taking_a_name_is_left_out(tangled_installed) -> None:
    """A merely installed plugin whose annotators need each other, or are named as
    another plugin's, costs its own annotators, not every run: they used to be a
    PlanError for every Enricher, whatever the user asked for."""
    with pytest.warns(limner.PluginWarning) as caught:
        e = limner.Enricher(kinds=None)
    said = "\n".join(str(w.message) for w in caught)
    assert "'tangled': annotator 'chicken' is in a cycle: chicken needs egg" in said
    assert "'tangled': annotator 'sentences' is named as an annotator of plugin 'segment'" in said
    assert "'tangled': annotator 'firm' is named as an annotator of plugin 'firm'" in said
    assert [(a.plugin, a.name) for a in e.annotators] == [("firm", "firm")]
    doc = e.enrich("One. Two.")
    assert sorted((err.plugin, err.annotator, err.type) for err in doc.errors) == [
        ("tangled", "chicken", "Skipped"),
        ("tangled", "egg", "Skipped"),
        ("tangled", "firm", "Skipped"),
        ("tangled", "sentences", "Skipped"),
    ]
    with pytest.warns(limner.PluginWarning, match="is named as"):
        e = limner.Enricher(kinds=["sentence"])
    assert [(a.plugin, a.name) for a in e.annotators] == [("segment", "sentences")]
    assert [a.source for a in e.enrich("One. Two.").annotations] == ["segment", "segment"]
    from click.testing import CliRunner

    from limner.cli import cli

    listing = json.loads(CliRunner().invoke(cli, ["plugins", "--json"]).stdout)
    (tangled,) = [p for p in listing if p["name"] == "tangled"]
    assert {a["name"]: a["not_runnable"] for a in tangled["annotators"]} == {
        "chicken": "is in a cycle: chicken needs egg; egg needs chicken",
        "egg": "is in a cycle: chicken needs egg; egg needs chicken",
        "sentences": "is named as an annotator of plugin 'segment', which runs instead",
        "firm": "is named as an annotator of plugin 'firm', which runs instead",
    }
    with pytest.raises(
        limner.PlanError,
        match=r"'sentences' \(plugin 'tangled'\) is named as an annotator of plugin 'segment'",
    ):
        limner.Enricher(plugins=["tangled"])  # asked for: said, not left out
    with pytest.raises(limner.PlanError, match=r"'chicken' \(plugin 'fake'\) is in a cycle"):
        enricher_with(
            A("chicken", ("hen",), marker("hen"), requires=("egg",)),
            A("egg", ("egg",), marker("egg"), requires=("hen",)),
        )


def test_an_annotator_that_requires_its_own_kind_is_refused_naming_it() -> None:
    """An annotator that lists a kind it produces among what it requires is a cycle of
    one: it ran before anything of its kind was there, read none of it, without a
    word.  Asked for, it is a PlanError; merely installed, it is left out, said."""
    selfish = A("echo", ("echo",), marker("echo"), requires=("echo",))
    with pytest.raises(
        limner.PlanError,
        match=r"'echo' \(plugin 'fake'\) is in a cycle: echo requires a kind it produces itself",
    ):
        enricher_with(selfish)
    with pytest.raises(limner.PlanError, match="echo requires a kind it produces itself"):
        limner.plan([selfish])
    problems = limner.pipeline.unrunnable([selfish, A("a", ("x",), marker("x"))], lambda a: False)
    assert [(a.name, why) for a, why in problems] == [
        ("echo", "is in a cycle: echo requires a kind it produces itself")
    ]
    uses_own = enricher_with(A("more", ("more",), marker("more"), uses=("more",)))
    assert [a.kind for a in uses_own.enrich("text").annotations] == ["more"]


TYPO = """
import limner

@limner.hookimpl
def limner_annotator(config):
    return [limner.Annotator("typo", ("typo",), lambda doc: [])]
"""

UNMARKED = """
import limner

def limner_annotators(config):
    return [limner.Annotator("unmarked", ("unmarked",), lambda doc: [])]
"""

ASYNC = """
import limner

@limner.hookimpl
async def limner_annotators(config):
    return [limner.Annotator("async", ("async",), lambda doc: [])]
"""


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        (TYPO, "limner_annotator is marked @limner.hookimpl but is no limner hook (limner_anno"),
        (UNMARKED, "limner_annotators is not marked @limner.hookimpl, so limner never calls it"),
        (ASYNC, "limner_annotators is an async def, which limner never awaits: make it a def"),
    ],
)
def test_a_hook_misnamed_or_not_marked_is_refused_at_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str, problem: str
) -> None:
    """A plugin whose hook limner would never call is refused by name, with what is
    wrong: it used to load, list no annotator, and do nothing, without a word."""
    import importlib
    module = "careless_" + {TYPO: "typo", UNMARKED: "unmarked", ASYNC: "async"}[source]
    entry_points_of(tmp_path, monkeypatch, {module: source}, [("careless", module)])
    with pytest.warns(limner.PluginWarning, match=re.escape(problem)):
        pm = limner.PluginManager()
    (info,) = [i for i in pm.infos() if i.name == "careless"]
    assert info.error is not None and problem in info.error
    with pytest.raises(pluggy.PluginValidationError, match=re.escape(problem)):
        limner.PluginManager(plugins=[]).register(importlib.import_module(module), "careless")


def test_a_hook_named_through_pluggys_specname_is_not_refused() -> None:
    class Named:
        @limner.hookimpl(specname="limner_annotators")
        def limner_my_annotators(self, config: limner.Config) -> list:
            return [A("named", ("named",), marker("named"))]

    pm = limner.PluginManager(plugins=[])
    pm.register(Named(), "named")
    assert [a.name for a in limner.Enricher(manager=pm).annotators] == ["named"]


FILTERING = """
import warnings

import limner

warnings.simplefilter("error")  # at import: every warning after it an exception


@limner.hookimpl
def limner_annotators(config):
    warnings.simplefilter("ignore")  # in a hook: every warning after it hidden
    return [limner.Annotator("filtering", ("filtered",), lambda doc: [], requires=("nosuch",))]
"""


def test_a_plugin_that_changes_the_warnings_filters_changes_them_for_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a plugin's import or hook does to the warnings filters is undone when it
    returns: the warnings limner gives about plugins (this one's unmet requirement)
    used to be raised as exceptions that ended the run, or hidden."""
    import warnings

    entry_points_of(
        tmp_path, monkeypatch, {"filtering_plugin": FILTERING}, [("filtering", "filtering_plugin")]
    )
    with warnings.catch_warnings(record=True) as caught:  # (it puts the filters back as
        warnings.simplefilter("always")  # it ends: they are compared inside it)
        before = list(warnings.filters)
        e = limner.Enricher()
        after = list(warnings.filters)
    assert after == before
    assert [str(w.message) for w in caught if w.category is limner.PluginWarning
            and "'filtering' requires kind 'nosuch'" in str(w.message)]
    assert [err.annotator for err in e.enrich("text").errors] == ["filtering"]


class _Mute(Exception):
    """An exception of plugin code that cannot say what it is."""

    def __str__(self) -> str:
        raise RuntimeError("no message")


class _Odd(Exception):
    def __str__(self) -> str:
        return 5  # type: ignore[return-value]


class _Muter(Exception):
    """One whose ``__str__`` raises what is no ``Exception``."""

    def __str__(self) -> str:
        raise _Cancelled("no message")


@pytest.mark.parametrize("raised", [_Mute, _Odd, _Muter])
@pytest.mark.parametrize("where", ["annotator", "timed annotator", "setup", "hook", "validate"])
def test_an_exception_that_cannot_say_what_it_is_is_still_the_plugins_alone(
    raised: type[Exception], where: str
) -> None:
    """Naming a plugin's fault is no fault of its own: an exception whose ``__str__``
    raises (or gives no str) is recorded, and the other plugins' work is kept."""

    def fail(*args: object) -> list:
        raise raised()

    if where == "validate":
        opt = limner.Option("fake.level", 3, validate=lambda v: v if v == 3 else fail())
        pm = limner.PluginManager(plugins=[])
        pm.register(make_plugin(limner_config_options=lambda: [opt]), "fake")
        with pytest.raises(limner.ConfigError, match=rf"validate failed on 4: {raised.__name__}"):
            limner.Enricher(manager=pm, config={"fake.level": 4})
        return
    if where == "hook":
        pm = limner.PluginManager(plugins=[])
        pm.register(make_plugin(A("ok", ("ok",), marker("ok"))), "fine")
        pm.register(make_plugin(limner_annotation_kinds=fail), "bad")
        with pytest.warns(limner.PluginWarning, match=f"'bad'.*{raised.__name__}"):
            e = limner.Enricher(manager=pm)
        assert [a.kind for a in e.enrich("t").annotations] == ["ok"]
        return
    bad = (A("x", ("x",), marker("x"), setup=fail) if where == "setup"
           else A("x", ("x",), fail))
    e = enricher_with(bad, A("f", ("f",), marker("f")),
                      timeout=5.0 if where == "timed annotator" else None)
    doc = e.enrich("a")
    assert [a.kind for a in doc.annotations] == ["f"]
    ((type_, message),) = [(x.type, x.message) for x in doc.errors]
    assert type_ == raised.__name__ and "its message cannot be shown" in message
    assert limner.Document.from_json(doc.to_json()) == doc


class _Sly(Exception):
    def __str__(self) -> str:
        return _Touchy("a message of its own class")


def test_an_exception_whose_message_is_a_str_of_its_own_class_is_recorded_as_a_str() -> None:
    """The message of an exception whose ``__str__`` gives a str subclass was recorded
    as it was: comparing the document, or enriching it again, raised."""

    def fail(doc: limner.Document) -> list:
        raise _Sly()

    e = enricher_with(A("x", ("x",), fail), A("f", ("f",), marker("f")))
    doc = e.enrich("a")
    (error,) = doc.errors
    assert type(error.message) is str and error.message == "a message of its own class"
    assert limner.Document.from_json(doc.to_json()) == doc
    assert e.enrich(doc).errors == [error]


@attrs.frozen(kw_only=True)
class _Stray(limner.Annotation):
    """A class that another plugin gives, by mistake, to the kind ``location``."""

    kind: str = "location"
    country: int = attrs.field(default=0, validator=attrs.validators.instance_of(int))


@pytest.mark.parametrize("stray", ["aaa", "zzz"])
def test_a_kind_defined_twice_is_the_class_of_the_plugin_that_makes_it(stray: str) -> None:
    """A plugin whose name sorted first took the kind another plugin makes: every
    document holding that kind was then refused when read back (its values unfit
    for the stray class).  The class of the plugin that makes the kind is used."""
    pm = limner.PluginManager(plugins=["locations"])
    pm.register(make_plugin(limner_annotation_kinds=lambda: [_Stray]), stray)
    with pytest.warns(limner.PluginWarning, match=r"'location' is defined by plugins .*"
                      r"the definition of 'locations' \(which makes it\) is used"):
        kinds = pm.kinds()
    assert kinds["location"] is not _Stray and kinds["location"].__module__.startswith(
        "limner_locations")
    with pytest.warns(limner.PluginWarning):
        doc = limner.Enricher(manager=pm).enrich("Floods hit Paris.")
    assert [a.kind for a in doc.annotations] == ["location"]
    assert limner.Document.from_dict(doc.to_dict(), kinds=kinds) == doc


@attrs.frozen(kw_only=True)
class _KindA(limner.Annotation):
    kind: str = "k"
    a: int = 0


@attrs.frozen(kw_only=True)
class _KindB(limner.Annotation):
    kind: str = "k"
    b: str = ""


def _rivals(*options: limner.Option) -> limner.PluginManager:
    """Plugins 'pa' and 'pb' that both make kind 'k', each as its own class."""
    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(
        limner.Annotator(name="za", func=lambda d: [_KindA(start=0, end=1, a=3)], produces=["k"]),
        limner_annotation_kinds=lambda: [_KindA],
        limner_config_options=lambda: list(options)), "pa")
    pm.register(make_plugin(
        limner.Annotator(name="zb", func=lambda d: [_KindB(start=1, end=2, b="x")], produces=["k"]),
        limner_annotation_kinds=lambda: [_KindB]), "pb")
    return pm


def test_two_plugins_that_make_a_kind_each_as_its_own_class_are_refused() -> None:
    """Both made 'k', each as its class: read back, 'pb''s annotations were of 'pa''s
    class with a made-up ``a=0``, and the document was not the one written.  One kind
    has one class: the plugin whose class is not used cannot make it."""
    pm = _rivals()
    with pytest.warns(limner.PluginWarning, match=r"defined by plugins 'pa' and 'pb'; the "
                      r"definition of 'pa' \(both make it; the annotators of 'pb'"):
        assert pm.kinds()["k"] is _KindA
    with pytest.warns(limner.PluginWarning), pytest.raises(limner.PlanError) as info:
        limner.Enricher(manager=pm)
    assert str(info.value) == (
        "annotator 'zb' (plugin 'pb') makes kind 'k' as _KindB, but plugin 'pa', which makes "
        "it too, defines it as _KindA, the class that reads every 'k' back (one kind has one "
        "class); disable 'pb'"
    )


def test_the_classes_left_aside_are_known_before_the_kinds_are_read() -> None:
    """``unused_classes()`` gave what the last ``kinds()`` had left behind: asked
    first, it said no class was left aside."""
    pm = _rivals()
    with pytest.warns(limner.PluginWarning, match=r"defined by plugins 'pa' and 'pb'"):
        assert pm.unused_classes() == {("pb", "k"): ("pa", _KindB, _KindA)}


def test_an_enricher_warns_once_of_a_kind_two_plugins_define() -> None:
    """The Enricher read its plugins' classes twice, once for an option of kinds: the
    warning of a kind two plugins define came twice, from two lines, and the default
    filter showed both."""
    pm = _rivals(limner.Option("pa.kinds", "k", help="kinds", kinds=True))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(limner.PlanError):  # ('zb' makes 'k' as the class left aside)
            limner.Enricher(manager=pm)
    said = [str(w.message) for w in caught]
    assert len([s for s in said if "is defined by plugins 'pa' and 'pb'" in s]) == 1, said


TWICE_DEFINED = """
import attrs
import limner

@attrs.frozen(kw_only=True)
class K(limner.Annotation):
    kind: str = "k"

@limner.hookimpl
def limner_annotation_kinds():
    return [K]
"""

TWICE_MADE = TWICE_DEFINED + """
@limner.hookimpl
def limner_annotators(config):
    return [limner.Annotator("za", ("k",), lambda doc: [K(start=0, end=min(1, len(doc.text)))])]
"""


def test_limner_enrich_warns_once_of_a_kind_two_plugins_define(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``limner enrich`` read the plugins' classes again after its Enricher had: the
    warning of a kind two plugins define was printed twice, and ``--strict`` counted it
    twice."""
    from click.testing import CliRunner

    from limner.cli import cli

    entry_points_of(
        tmp_path,
        monkeypatch,
        {"pa_plugin": TWICE_MADE, "pb_plugin": TWICE_DEFINED},
        [("pa", "pa_plugin"), ("pb", "pb_plugin")],
    )
    result = CliRunner().invoke(cli, ["enrich", "-p", "pa,pb", "-"], input="Floods hit Paris.\n")
    assert result.exit_code == 0, result.output
    said = [line for line in result.stderr.splitlines() if "is defined by plugins" in line]
    warning = (
        "limner: warning: annotation kind 'k' is defined by plugins 'pa' and 'pb'; the "
        "definition of 'pa' (which makes it) is used"
    )
    assert said == [warning], result.stderr


def test_only_the_fields_not_declared_as_scalars_are_copied_at_each_checkpoint() -> None:
    """The engine copies the values of fields that may hold a list or a dict (a
    location's ``evidence``, a sentiment's ``drivers``, ``Tagged``'s): a number's or a
    quote's fields are all declared as scalars, and none is looked at."""
    from limner.isolation import _mutable_fields
    from limner_locations import Location
    from limner_numbers import Number

    assert [f.name for f in _mutable_fields(Tagged)] == ["tags", "weights"]
    assert [f.name for f in _mutable_fields(Location)] == ["evidence"]
    assert _mutable_fields(Number) == ()
