"""The conformance kit: laws every limner annotator must obey."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Sequence
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from limner.document import Document
from limner.pipeline import Enricher
from limner.testing._strategies import nasty_texts, news_texts, texts

__all__ = ["ConformanceError", "check_annotations", "check_document", "check_plugin"]


class ConformanceError(AssertionError):
    """A plugin broke one of the laws; the message says which and where."""


def check_annotations(doc: Document) -> None:
    """Every annotation's span lies in the text; ids unique; refs resolve.

    Raises:
        ConformanceError: with the offending annotation.
    """
    n = len(doc.text)
    seen: set[str] = set()
    for a in doc.annotations:
        if not (0 <= a.start <= a.end <= n):
            raise ConformanceError(f"{a.id} [{a.start}, {a.end}) lies outside text of {n}")
        if a.id in seen:
            raise ConformanceError(f"duplicate id {a.id}")
        seen.add(a.id)
        if not a.source:
            raise ConformanceError(f"{a.id} has no source")
        try:
            json.dumps(a.to_dict(), allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise ConformanceError(f"{a.id} ({a.kind}) is not JSON-serializable: {exc}") from None
    for name, layer in doc.layers.items():
        prev = -1
        for s, e in layer:
            if not (0 <= s <= e <= n) or s < prev:
                raise ConformanceError(f"layer {name}: span [{s}, {e}) out of bounds or order")
            prev = s


def check_document(enricher: Enricher, text: str) -> Document:
    """Enrich ``text`` and check every law on the result.

    Checks: no errors recorded; annotations in bounds (:func:`check_annotations`);
    a second run gives an equal document (deterministic); no annotator
    changes the document it reads; the JSON form round-trips to an equal
    document.

    Returns:
        The enriched document.

    Raises:
        ConformanceError: naming the law, the annotator and the text.
    """
    doc = _enrich_watching(enricher, text)
    if doc.errors:
        e = doc.errors[0]
        raise ConformanceError(f"{e.annotator} failed on {text[:200]!r}: {e.type}: {e.message}")
    check_annotations(doc)
    again = enricher.enrich(text)
    if again != doc:
        raise ConformanceError(f"not deterministic: two runs on {text[:200]!r} differ")
    back = Document.from_json(doc.to_json(), enricher.manager.kinds())
    if back != doc:
        raise ConformanceError(f"JSON round trip changed the document for {text[:200]!r}")
    return doc


def _enrich_watching(enricher: Enricher, text: str) -> Document:
    """Enrich, checking after each annotator that it left the document alone."""
    doc = Document(text=text)
    for annotator in enricher.annotators:
        before = (copy.deepcopy(doc.to_dict()), list(doc.annotations))
        single = _one_step(enricher, annotator.name)
        results = list(annotator(doc))
        if (doc.to_dict(), list(doc.annotations)) != before:
            raise ConformanceError(f"annotator {annotator.name!r} changed the document it read")
        del results
        single.enrich(doc)
    return doc


def _one_step(enricher: Enricher, name: str) -> Enricher:
    clone = copy.copy(enricher)
    clone.annotators = [a for a in enricher.annotators if a.name == name]
    clone.timings = {}
    return clone


def check_plugin(
    plugins: str | Sequence[str],
    *,
    examples: Iterable[str] = (),
    config: dict[str, Any] | None = None,
    max_examples: int = 60,
) -> None:
    """Check a plugin (by entry-point name) on examples and generated texts.

    Args:
        plugins: the plugin to check, or several that work together.
        examples: texts to check first, typical of what it annotates.
        config: option values for the enricher.
        max_examples: how many generated texts hypothesis tries per strategy.

    Raises:
        ConformanceError: a law is broken; the message says which.
    """
    names = [plugins] if isinstance(plugins, str) else list(plugins)
    enricher = Enricher(names, config)
    for text in ["", " ", "\n\n", *examples]:
        check_document(enricher, text)

    @settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.one_of(texts(), news_texts(), nasty_texts()))
    def generated(text: str) -> None:
        check_document(enricher, text)

    generated()
