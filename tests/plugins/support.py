"""Helpers shared by the plugin tests: annotations of one kind as dicts with their surface."""

from __future__ import annotations

from typing import Any

import limner


def annotated(enricher: limner.Enricher, text: str, kind: str) -> list[dict[str, Any]]:
    """The ``kind`` annotations of ``text`` as dicts, each with its ``surface``; no errors."""
    doc = enricher.enrich(text)
    assert not doc.errors, doc.errors
    return [{**a.to_dict(), "surface": text[a.start : a.end]} for a in doc.select(kind)]


def only(enricher: limner.Enricher, text: str, kind: str, surface: str) -> dict[str, Any]:
    """The single ``kind`` annotation of ``text`` whose surface is ``surface``."""
    found = annotated(enricher, text, kind)
    hits = [a for a in found if a["surface"] == surface]
    assert len(hits) == 1, (surface, [a["surface"] for a in found])
    return hits[0]
