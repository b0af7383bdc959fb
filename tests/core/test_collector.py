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


def _keep(n: int) -> list[list[int]]:
    """``n`` new objects the collector tracks, kept alive by the caller."""
    return [[i] for i in range(n)]


def test_a_batch_keeps_a_collector_turned_off_by_its_threshold_off(tmp_path: Any) -> None:
    import json

    from limner.batch import run_batch

    seen: list[tuple[int, ...]] = []
    memo: list[Any] = []

    def annotate(doc: limner.Document) -> list[limner.Annotation]:
        memo.append(_keep(5_000))
        seen.append(gc.get_threshold())
        return []

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": str(i), "text": "a b"}) + "\n" for i in range(6)))
    gc.set_threshold(0, 10, 10)
    run_batch(enricher_with(limner.Annotator("a", ("x",), annotate)), src, tmp_path / "o.jsonl")
    assert gc.get_threshold() == (0, 10, 10)
    assert {t[0] for t in seen} == {0}  # no automatic collection during the run either
