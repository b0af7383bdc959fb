"""What plugins contribute to the engine: annotators and segmenters.

An :class:`Annotator` declares the kinds it ``produces`` and ``requires``
(and those it ``uses`` when present); the :class:`~limner.Enricher` orders
annotators from these declarations and calls each with a document to read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Protocol

import attrs

from limner.config import plain_str
from limner.document import Annotation, Document, Layer

__all__ = ["AnnotateFunc", "Annotator", "Segmenter"]

#: An annotator's work: read a document, return new annotations and layers.
AnnotateFunc = Callable[[Document], Iterable[Annotation | Layer]]


def _kinds(value: Iterable[str] | str) -> tuple[str, ...]:
    """One kind (a str) or several, as a tuple of strs of their own (:func:`plain_str`;
    each checked when the annotator is read)."""
    if isinstance(value, str):
        return (plain_str(value),)
    if not isinstance(value, Iterable) or isinstance(value, bytes | Mapping):
        raise TypeError(
            f"an annotator's kinds are a kind (a str) or several, got {type(value).__name__} "
            f"{value!r:.40}"
        )
    return tuple(map(plain_str, value))


@attrs.frozen
class Annotator:
    """A named step of enrichment.

    Args:
        name: unique among enabled annotators, e.g. ``"numbers"``.
        produces: kinds this annotator adds.
        func: called with the document; returns annotations (and layers).
            It must not change the document, and must depend only on the
            text, the annotations it reads and its configuration.
        requires: kinds that must be present; the annotator runs after
            their producers and is skipped if one of them failed.
        uses: kinds read when available; the annotator runs after their
            producers if they are enabled, and runs without them if not.
        on_demand: run only when another enabled annotator requires or uses
            one of its kinds, or the caller asks for them (the segmenter's
            annotators are on demand, so nobody pays for tokens unused).
        plugin: the plugin that contributed it (filled in by limner).
        setup: loads or builds what the annotator needs (a lexicon, an
            index), called once with no argument before the first document,
            outside the Enricher's ``timeout``; ``limner setup`` calls it
            ahead of time.  It must be safe to call again (a no-op once done).
    """

    name: str = attrs.field(converter=plain_str)
    produces: tuple[str, ...] = attrs.field(converter=_kinds)
    func: AnnotateFunc = attrs.field(repr=False)
    requires: tuple[str, ...] = attrs.field(default=(), converter=_kinds)
    uses: tuple[str, ...] = attrs.field(default=(), converter=_kinds)
    on_demand: bool = False
    plugin: str = ""
    setup: Callable[[], object] | None = attrs.field(default=None, repr=False)

    def __call__(self, doc: Document) -> Iterable[Annotation | Layer]:
        return self.func(doc)


class Segmenter(Protocol):
    """Splits text into sentences and tokens (returned by ``limner_segmenter``).

    Both run on demand: ``sentences`` when an enabled annotator requires or
    uses the kind ``sentence`` or ``sentence-span`` (once for each),
    ``tokens`` when one needs ``token``.
    """

    def sentences(self, text: str) -> Iterable[tuple[int, int]]:
        """Sentence spans, in order, not overlapping: a list, or any iterable, read once."""
        ...

    def tokens(self, text: str) -> Layer:
        """The token layer (kind ``"token"``), in order."""
        ...
