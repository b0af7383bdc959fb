"""Plugins load without reading their distributions' metadata; ``infos`` reads it when listed."""

from __future__ import annotations

import importlib.metadata
from typing import Any

import pytest

import limner
from limner import plugins


class _CountingDist:
    """A distribution that records each read of its metadata."""

    def __init__(self, dist: Any, reads: list[str]) -> None:
        self._dist, self._reads = dist, reads

    @property
    def version(self) -> str:
        self._reads.append("version")
        return str(self._dist.version)

    @property
    def name(self) -> str:
        self._reads.append("name")
        return str(self._dist.name)


def test_loading_reads_no_metadata_listing_does(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []
    real = importlib.metadata.entry_points(group=plugins.ENTRY_POINT_GROUP)
    assert real, "the first-party plugins are installed as entry points"
    counted = []
    for ep in real:
        twin = importlib.metadata.EntryPoint(ep.name, ep.value, ep.group)
        vars(twin).update(dist=_CountingDist(ep.dist, reads))  # as EntryPoint._for does
        counted.append(twin)
    monkeypatch.setattr(plugins, "entry_points", lambda group: counted)
    pm = limner.PluginManager()
    assert reads == []
    infos = {i.name: i for i in pm.infos()}
    assert sorted(reads) == sorted(["version", "name"] * len(real))
    for ep in real:
        assert ep.dist is not None
        assert (infos[ep.name].version, infos[ep.name].distribution) == (
            ep.dist.version, ep.dist.name)
    for name in plugins.BUILTINS:
        assert infos[name].origin == "builtin"
        assert (infos[name].version, infos[name].distribution) == (
            importlib.metadata.version("limner"), "limner")


def test_registered_plugins_keep_their_listing() -> None:
    pm = limner.PluginManager(plugins=[])

    class Plugin:  # (one hook: an object that implements none is refused)
        @limner.hookimpl
        def limner_annotators(self, config: Any) -> list[Any]:
            return []

    pm.register(Plugin(), "mine")
    info = {i.name: i for i in pm.infos()}["mine"]
    assert (info.origin, info.version, info.distribution) == ("registered", None, None)
