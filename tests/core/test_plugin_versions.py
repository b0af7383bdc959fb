"""Plugins load without reading their distributions' metadata; ``infos`` reads it when listed."""

from __future__ import annotations

import importlib.metadata

import pytest

import limner
from limner import plugins


def test_loading_reads_no_metadata_listing_does(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []
    original = importlib.metadata.Distribution.metadata

    def metadata(self: importlib.metadata.Distribution) -> object:
        reads.append(str(getattr(self, "_path", self)))
        return original.fget(self)  # type: ignore[attr-defined]

    monkeypatch.setattr(importlib.metadata.Distribution, "metadata", property(metadata))
    plugins._own_version.cache_clear()
    pm = limner.PluginManager()
    assert reads == []
    infos = {i.name: i for i in pm.infos()}
    assert reads  # read now, for the listing
    loaded = [i for i in infos.values() if i.origin == "entry point"]
    assert loaded, "the first-party plugins are installed as entry points"
    for info in loaded:
        dist = next(ep.dist for ep in importlib.metadata.entry_points(group="limner")
                    if ep.name == info.name)
        assert dist is not None
        assert (info.version, info.distribution) == (dist.version, dist.name)
    for name in plugins.BUILTINS:
        assert infos[name].origin == "builtin"
        assert (infos[name].version, infos[name].distribution) == (
            plugins._own_version(), "limner")


def test_registered_plugins_keep_their_listing() -> None:
    pm = limner.PluginManager(plugins=[])

    class Plugin:
        pass

    pm.register(Plugin(), "mine")
    info = {i.name: i for i in pm.infos()}["mine"]
    assert (info.origin, info.version, info.distribution) == ("registered", None, None)
