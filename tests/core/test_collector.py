"""The collector held back while plugins load and set up (``limner.collector``)."""

from __future__ import annotations

import gc
import importlib
from collections.abc import Iterator
from typing import Any

import pytest

import limner
from limner import collector, plugins
from tests.core.fakes import enricher_with, marker


@pytest.fixture(autouse=True)
def _thresholds() -> Iterator[None]:
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_setup_runs_with_young_collections_rarer_then_restored() -> None:
    seen: list[tuple[int, ...]] = []
    e = enricher_with(limner.Annotator("a", ("x",), marker("x"),
                                       setup=lambda: seen.append(gc.get_threshold())))
    e.setup()
    assert seen == [(collector.YOUNG, 10, 10)]
    assert gc.get_threshold() == (700, 10, 10)


def test_a_failing_setup_restores_the_thresholds() -> None:
    def fail() -> None:
        raise RuntimeError("no model")

    e = enricher_with(limner.Annotator("a", ("x",), marker("x"), setup=fail))
    e.setup()
    assert "a" in e.setup_errors
    assert gc.get_threshold() == (700, 10, 10)


def test_plugins_import_with_young_collections_rarer() -> None:
    seen: list[tuple[int, ...]] = []
    original = importlib.import_module

    def spy(name: str, package: str | None = None) -> object:
        seen.append(gc.get_threshold())
        return original(name, package)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(importlib, "import_module", spy)
        limner.PluginManager(plugins=[])
    assert len(seen) == len(plugins.BUILTINS)
    assert all(t == (collector.YOUNG, 10, 10) for t in seen)
    assert gc.get_threshold() == (700, 10, 10)


def test_thresholds_changed_inside_are_kept() -> None:
    with collector.held_back():
        gc.set_threshold(5000, 20, 20)
    assert gc.get_threshold() == (5000, 20, 20)


@pytest.mark.parametrize("first", [0, collector.YOUNG * 2])
def test_collection_off_or_already_rarer_is_left_alone(first: int) -> None:
    gc.set_threshold(first, 10, 10)
    with collector.held_back():
        assert gc.get_threshold() == (first, 10, 10)
    assert gc.get_threshold() == (first, 10, 10)


def test_nested_hold_restores_the_outer_thresholds() -> None:
    with collector.held_back():
        with collector.held_back():
            assert gc.get_threshold()[0] == collector.YOUNG
        assert gc.get_threshold()[0] == collector.YOUNG
    assert gc.get_threshold() == (700, 10, 10)


def test_an_error_inside_restores_the_thresholds() -> None:
    with pytest.raises(RuntimeError, match="inside"), collector.held_back():
        raise RuntimeError("inside")
    assert gc.get_threshold() == (700, 10, 10)


class _Node:
    """A cyclic object the collector must free (its weak reference tells)."""

    def __init__(self) -> None:
        self.me = self


def _keep(n: int) -> list[list[int]]:
    """``n`` new objects the collector tracks, kept alive by the caller."""
    return [[i] for i in range(n)]


@pytest.fixture
def _unfrozen() -> Iterator[None]:
    """Young collections as rare as in a batch (which settles between documents)."""
    gc.collect()
    gc.set_threshold(collector.SETTLE * 5, 10, 10)
    yield
    gc.unfreeze()


@pytest.mark.usefixtures("_unfrozen")
def test_settler_waits_until_enough_objects_were_kept() -> None:
    settle = collector.Settler()
    frozen = gc.get_freeze_count()
    kept = _keep(collector.SETTLE // 2)
    settle()
    assert gc.get_freeze_count() == frozen
    assert kept


@pytest.mark.usefixtures("_unfrozen")
def test_settler_frees_cycles_then_freezes_the_survivors() -> None:
    import weakref

    settle = collector.Settler()
    frozen = gc.get_freeze_count()
    node = _Node()
    gone = weakref.ref(node)
    del node  # garbage only a collection finds
    kept = _keep(collector.SETTLE + 100)
    settle()
    assert gone() is None
    assert gc.get_freeze_count() >= frozen + len(kept)
    assert gc.get_count()[0] < collector.SETTLE


@pytest.mark.usefixtures("_unfrozen")
def test_settler_collects_the_oldest_generation_after_a_middle_collection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settle = collector.Settler()
    gc.collect(1)  # as the collector does by itself when the middle generation fills
    asked: list[int] = []
    original = gc.collect
    monkeypatch.setattr(gc, "collect", lambda generation=2: asked.append(generation)
                        or original(generation))
    kept = _keep(collector.SETTLE + 100)
    settle()
    kept += _keep(collector.SETTLE + 100)
    settle()
    assert asked == [2, 1]


@pytest.mark.usefixtures("_unfrozen")
def test_settler_leaves_a_disabled_collector_alone() -> None:
    settle = collector.Settler()
    frozen = gc.get_freeze_count()
    gc.disable()
    try:
        kept = _keep(collector.SETTLE + 100)
        settle()
    finally:
        gc.enable()
    assert gc.get_freeze_count() == frozen
    assert kept


def test_a_batch_frees_each_documents_cycles_and_unfreezes_after(tmp_path: Any) -> None:
    import json
    import weakref

    from limner.batch import run_batch

    refs: list[weakref.ref[_Node]] = []
    memo: list[Any] = []
    settled: list[int] = []
    frozen_seen: list[int] = []

    def annotate(doc: limner.Document) -> list[limner.Annotation]:
        node = _Node()
        refs.append(weakref.ref(node))
        memo.append(_keep(collector.SETTLE // 4))  # what a plugin keeps across documents
        settled.append(sum(r() is None for r in refs))
        frozen_seen.append(gc.get_freeze_count())
        return []

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": str(i), "text": "a b"}) + "\n" for i in range(12)))
    gc.collect()
    frozen = gc.get_freeze_count()
    run_batch(enricher_with(limner.Annotator("a", ("x",), annotate)), src, tmp_path / "o.jsonl")
    assert gc.get_freeze_count() == frozen
    assert settled[-1] > 0  # the cycles of earlier documents were freed during the run
    assert frozen_seen[-1] > frozen_seen[0]  # and what they kept was frozen between them
    gc.collect()
    assert all(r() is None for r in refs)


@pytest.mark.usefixtures("_unfrozen")
def test_settler_leaves_a_collector_turned_off_by_its_threshold_alone() -> None:
    # a threshold of 0 turns automatic collection off (gc.set_threshold), as gc.disable does
    settle = collector.Settler()
    frozen = gc.get_freeze_count()
    gc.set_threshold(0)
    kept = _keep(collector.SETTLE + 100)
    settle()
    assert gc.get_freeze_count() == frozen
    assert kept


class _Held:
    """A cycle holding many tracked objects: what a plugin's memo might keep."""

    def __init__(self) -> None:
        self.me = self
        self.payload = _keep(collector.SETTLE)


@pytest.mark.usefixtures("_unfrozen")
def test_settler_frees_the_cycles_a_memo_drops_in_a_long_run() -> None:
    import weakref

    settle = collector.Settler()
    memo: list[_Held] = []
    refs = []
    for _ in range(60):  # documents, each keeping a cycle and dropping an older one
        held = _Held()
        refs.append(weakref.ref(held))
        memo.append(held)
        del held
        if len(memo) > 2:
            memo.pop(0)
        settle()
    alive = sum(r() is not None for r in refs)
    # frozen for good, every cycle dropped would stay (58 of them): the settler
    # collects the frozen heap again once it has grown enough
    assert alive < 30


def test_a_batch_keeps_a_collector_turned_off_by_its_threshold_off(tmp_path: Any) -> None:
    import json

    from limner.batch import run_batch

    seen: list[tuple[int, ...]] = []
    memo: list[Any] = []

    def annotate(doc: limner.Document) -> list[limner.Annotation]:
        memo.append(_keep(collector.SETTLE // 2))
        seen.append(gc.get_threshold())
        return []

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": str(i), "text": "a b"}) + "\n" for i in range(6)))
    gc.set_threshold(0, 10, 10)
    run_batch(enricher_with(limner.Annotator("a", ("x",), annotate)), src, tmp_path / "o.jsonl")
    assert gc.get_threshold() == (0, 10, 10)
    assert {t[0] for t in seen} == {0}  # no automatic collection during the run either


@pytest.mark.usefixtures("_unfrozen")
def test_settler_collects_the_oldest_generation_after_the_collectors_own_full_collection(
) -> None:
    import weakref

    settle = collector.Settler()
    node = _Node()
    gone = weakref.ref(node)
    gc.collect(2)  # as the collector does by itself: the node, alive, goes to the oldest
    del node  # then becomes garbage there, which only a collection of it finds
    kept = _keep(collector.SETTLE + 100)
    settle()
    assert gone() is None  # not frozen unexamined
    assert kept
