"""What every evaluation task is made of, and the registry of tasks.

A task reads gold records of one corpus schema into :class:`Item` objects,
turns an enriched :class:`limner.Document` into the task's predictions (the
same plain shape the peer adapters produce), and scores predictions against
gold, giving corpus-level metrics and a per-document record of misses.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

import attrs

import limner

__all__ = ["SPAN_COLUMNS", "Column", "DocReport", "Item", "Task", "gives", "gold_span",
           "misses", "number", "record_id", "surface"]


@attrs.frozen
class Item:
    """One gold document: its id, its text and the task's gold annotations."""

    id: str
    text: str
    gold: Any


@attrs.define
class DocReport:
    """How one system did on one document: a badness count and readable details."""

    id: str
    misses: int
    details: list[str] = attrs.field(factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "misses": self.misses, "details": self.details}


@attrs.frozen
class Column:
    """A column of the printed table: header and the dotted path into the metrics."""

    header: str
    path: str
    percent: bool = True
    digits: int = 3  # decimals of a number that is not a percent


#: Precision, recall and F1 of spans matched exactly and by overlap (tasks scored on spans).
SPAN_COLUMNS = (
    Column("P exact", "exact.precision"),
    Column("R exact", "exact.recall"),
    Column("F1 exact", "exact.f1"),
    Column("P overlap", "overlap.precision"),
    Column("R overlap", "overlap.recall"),
    Column("F1 overlap", "overlap.f1"),
)


class Task:
    """Base class of the tasks; subclasses fill in the class attributes and methods."""

    #: the task name on the command line, and the limner plugin evaluated
    name: ClassVar[str] = ""
    #: the annotation kind limner's plugin produces for it
    kind: ClassVar[str] = ""
    #: default corpus files, relative to the corpora folder (glob patterns allowed)
    default_corpora: ClassVar[tuple[str, ...]] = ()
    #: suites shipped with limner_evaluate: name -> glob patterns relative to the package
    suites: ClassVar[dict[str, tuple[str, ...]]] = {}
    #: what the printed table shows
    columns: ClassVar[tuple[Column, ...]] = ()
    #: what a :class:`DocReport`'s ``misses`` counts, for the error listing
    miss_unit: ClassVar[str] = "misses"
    #: the predictions of a system that failed on a document (scored as found nothing)
    empty: ClassVar[Any] = ()
    #: the record's fields that hold its gold as an array of objects, checked where the
    #: corpus is read: one of another shape (``"quantities": ""``, ``{}``) is refused, not
    #: read as a text with no gold
    gold_arrays: ClassVar[tuple[str, ...]] = ()

    def read(self, record: Mapping[str, Any], n: int) -> Item:
        """The gold :class:`Item` of one corpus record (``n``: its line number)."""
        raise NotImplementedError

    def document(self, item: Item) -> str | limner.Document:
        """What limner enriches for an item: its text, or a document with given annotations."""
        return item.text

    def from_doc(self, doc: limner.Document) -> Any:
        """limner's predictions for this task, read from an enriched document."""
        raise NotImplementedError

    def score(
        self, items: Sequence[Item], preds: Sequence[Any]
    ) -> tuple[dict[str, Any], list[DocReport]]:
        """Corpus metrics and per-document reports of ``preds`` against ``items``' gold."""
        raise NotImplementedError


def record_id(record: Mapping[str, Any], n: int) -> str:
    """The record's ``id`` as a string, or its line number when it has none."""
    value = record.get("id")
    return str(value) if value is not None else f"line-{n}"


def gold_span(text: str, start: Any, end: Any) -> tuple[int, int]:
    """A gold span ``[start, end)`` of ``text``, checked: two whole numbers within the text.

    Every task reads its gold offsets here, so that a corpus line whose span
    is not one (a string, a fraction, an end before its start, past the end
    of the text) is refused with the line named, not scored as a miss.

    Raises:
        ValueError: the span is not a span of ``text``.
    """
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)):
        raise ValueError(f"gold span [{start!r}, {end!r}) is not two whole numbers")
    if end < start:
        raise ValueError(f"gold span [{start}, {end}) ends before it starts")
    if not 0 <= start <= end <= len(text):
        raise ValueError(
            f"gold span [{start}, {end}) lies outside the text of {len(text)} characters"
        )
    return start, end


def number(value: Any) -> float | None:
    """A JSON value as a finite float; ``None`` for anything else (``true`` and NaN too)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    f = float(value)
    return f if math.isfinite(f) else None


def gives(preds: Sequence[Sequence[Mapping[str, Any]]], key: str) -> bool:
    """Whether a system's predictions carry ``key``, or it predicted nothing at all.

    One whose predictions lack it (spaCy's give no ``value`` and no ``lat``) is
    scored on spans only.
    """
    return any(key in p for pred in preds for p in pred) or not any(preds)


def misses(
    text: str,
    golds: Sequence[tuple[int, int]],
    preds: Sequence[tuple[int, int]],
    pairs: Sequence[tuple[int, int]],
) -> list[str]:
    """A document's gold spans no prediction matched, then its unmatched predictions, as lines."""
    hit_g = {i for i, _ in pairs}
    hit_p = {j for _, j in pairs}
    return [f"missed {surface(text, g)!r}" for i, g in enumerate(golds) if i not in hit_g] + [
        f"spurious {surface(text, p)!r}" for j, p in enumerate(preds) if j not in hit_p
    ]


def surface(text: str, span: tuple[int, int], width: int = 60) -> str:
    """The text of a span, shortened to ``width`` characters, on one line."""
    s = " ".join(text[span[0] : span[1]].split())
    return s if len(s) <= width else s[: width - 1] + "…"
