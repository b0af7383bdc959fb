"""Small plugins registered in code, for testing the engine."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Sequence
from typing import Any

import limner


def make_plugin(*annotators: limner.Annotator, **hooks: Callable[..., Any]) -> object:
    """A plugin object whose ``limner_annotators`` returns ``annotators``."""

    class Plugin:
        @limner.hookimpl
        def limner_annotators(self, config: limner.Config) -> Sequence[limner.Annotator]:
            return list(annotators)

    plugin = Plugin()
    for name, fn in hooks.items():
        setattr(plugin, name, limner.hookimpl(fn))
    return plugin


def marker(kind: str, start: int = 0, end: int = 1) -> Callable[[limner.Document], list]:
    def func(doc: limner.Document) -> list:
        return [
            limner.Annotation(
                kind=kind, start=min(start, len(doc.text)), end=min(end, len(doc.text))
            )
        ]

    return func


def boom(doc: limner.Document) -> list:
    raise RuntimeError("kaboom")


def hang(doc: limner.Document) -> list:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        pass
    return []


def enricher_with(*annotators: limner.Annotator, **kwargs: Any) -> limner.Enricher:
    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(*annotators), "fake")
    return limner.Enricher(manager=pm, **kwargs)


def dies_on_marker(how: str) -> Callable[[limner.Document], list]:
    """An annotator that ends its own process on a text holding MARKER: by ``os._exit(3)``
    (``how="exit"``) or SIGKILL, as the kernel's out-of-memory killer or a crashing
    extension would."""

    def dies(doc: limner.Document) -> list:
        if "MARKER" in doc.text:
            if how == "exit":
                os._exit(3)
            os.kill(os.getpid(), signal.SIGKILL)
        return []

    return dies
