"""Helpers shared by the plugin tests: annotations as dicts with their surface, metrics."""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import limner


def annotated(enricher: limner.Enricher, text: str, kind: str) -> list[dict[str, Any]]:
    """The ``kind`` annotations of ``text`` as dicts, each with its ``surface``; no errors."""
    doc = enricher.enrich(text)
    assert not doc.errors, doc.errors
    return [{**a.to_dict(), "surface": text[a.start : a.end]} for a in doc.select(kind)]


def places(enricher: limner.Enricher, text: str) -> list[dict[str, Any]]:
    """The location annotations of ``text`` as dicts, each with its ``surface``."""
    return annotated(enricher, text, "location")


def near(found: Sequence[dict[str, Any]], surface: str, lat: float, lon: float,
         km: float = 100.0) -> bool:
    """Whether the first place of ``found`` written ``surface`` lies within ``km`` of the
    point ``lat``, ``lon`` (there must be one)."""
    from limner_evaluate.measures import haversine_km

    hit = [p for p in found if p["surface"] == surface]
    assert hit, found
    return haversine_km(hit[0]["lat"], hit[0]["lon"], lat, lon) < km

def only(enricher: limner.Enricher, text: str, kind: str, surface: str) -> dict[str, Any]:
    """The single ``kind`` annotation of ``text`` whose surface is ``surface``."""
    found = annotated(enricher, text, kind)
    hits = [a for a in found if a["surface"] == surface]
    assert len(hits) == 1, (surface, [a["surface"] for a in found])
    return hits[0]


def quotes_of(enricher: limner.Enricher, text: str) -> list[dict[str, Any]]:
    """The quotes of ``text`` as dicts, each with its surface (``text``), its speaker
    mention's surface (``mention``) and that mention's ``mention_name``; no errors."""
    doc = enricher.enrich(text)
    assert not doc.errors, doc.errors
    out = []
    for q in doc.select("quote"):
        d = q.to_dict()
        d["text"] = doc.text[q.start : q.end]
        mention = doc.get(q.get("speaker_mention"))
        d["mention"] = doc.text[mention.start : mention.end] if mention is not None else None
        d["mention_name"] = mention.get("name") if mention is not None else None
        out.append(d)
    return out


def attributions(enricher: limner.Enricher, text: str) -> list[tuple[str, str | None]]:
    """``(content, speaker mention)`` of every quote of ``text``, in text order."""
    return [(q["text"], q["mention"]) for q in quotes_of(enricher, text)]


def sources(enricher: limner.Enricher, text: str) -> list[tuple[str, str | None, str]]:
    """``(content, speaker mention, source type)`` of every quote of ``text``."""
    return [(q["text"], q["mention"], q["source_type"]) for q in quotes_of(enricher, text)]


def cues(enricher: limner.Enricher, text: str) -> list[tuple[str, str | None, str | None]]:
    """``(content, speaker mention, cue)`` of every quote of ``text``, in text order."""
    return [(q["text"], q["mention"], q["cue"]) for q in quotes_of(enricher, text)]


def source_types(enricher: limner.Enricher, text: str) -> list[tuple[str | None, str]]:
    """``(speaker mention, source type)`` of every quote of ``text``, in text order."""
    return [(mention, kind) for _, mention, kind in sources(enricher, text)]


def speaker_of(enricher: limner.Enricher, text: str, content: str) -> Any:
    """The speaker mention of the quote whose content starts with ``content``."""
    found = [m for c, m in attributions(enricher, text) if c.startswith(content)]
    assert found, attributions(enricher, text)
    return found[0]


def quote_rows(
    enricher: limner.Enricher, text: str
) -> list[tuple[str, str, str | None, str | None]]:
    """``(style, content, speaker mention, speaker)`` of every quote of ``text``."""
    return [
        (q["style"], q["text"], q["mention"], q.get("speaker")) for q in quotes_of(enricher, text)
    ]


def evaluated(task: str, relative: str, peers: Sequence[str] = ()) -> list[dict[str, Any]]:
    """The metrics of limner, then of each of ``peers``, from ``limner evaluate`` of ``task``.

    ``relative`` is the corpus file's path under the corpora folder; the test
    skips, naming it, when the file is absent.
    """
    import limner_evaluate
    from tests.conftest import corpus_path

    (result,) = limner_evaluate.evaluate(task, [corpus_path(relative)], peers=list(peers))
    out = []
    for system in result.systems:
        assert system.metrics is not None, system
        out.append(system.metrics)
    return out


def limner_metrics(task: str, relative: str) -> dict[str, Any]:
    """limner's metrics from ``limner evaluate`` of ``task`` on one corpus file."""
    return evaluated(task, relative)[0]


def script_module(path: Path, name: str) -> ModuleType:
    """The module of a script that is no package's (a suite's ``build.py``), loaded by path."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
