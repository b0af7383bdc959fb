"""One kind's annotations as a table: :func:`frame` (pandas) and the ``csv`` format.

A row per annotation of the kind, across documents: ``doc_id``, ``id``,
``start``, ``end``, ``text`` (the surface), ``score`` when any annotation of
the kind has one, then one column per field (the fields of the kind's class
in their order, then any others in the order met).  Without a kind, ``csv``
writes every annotation, its fields as one JSON object in ``fields``.

pandas is optional (``pip install 'limner[pandas]'``) and imported only by
:func:`frame`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, Any

import attrs

from limner.document import Annotation, Document, dumps

if TYPE_CHECKING:
    import pandas

__all__ = ["frame", "rows", "write_csv"]

_BASE = frozenset({"id", "kind", "start", "end", "source", "score", "features"})


def _class_columns(kind: str, docs: list[Document]) -> list[str]:
    for doc in docs:
        found = doc.select(kind)
        if found and type(found[0]) is not Annotation:
            return [f.name for f in attrs.fields(type(found[0])) if f.name not in _BASE]
    from limner.plugins import default_kinds

    cls = default_kinds().get(kind)
    if cls is None:
        return []
    return [f.name for f in attrs.fields(cls) if f.name not in _BASE]


def rows(docs: Iterable[Document], kind: str) -> tuple[list[str], list[dict[str, Any]]]:
    """The columns and the rows (dicts) of ``kind``'s annotations in ``docs``."""
    docs = list(docs)
    fields = _class_columns(kind, docs)
    out: list[dict[str, Any]] = []
    has_score = False
    for doc in docs:
        text = doc.text
        for a in doc.select(kind):
            row: dict[str, Any] = {
                "doc_id": doc.id,
                "id": a.id,
                "start": a.start,
                "end": a.end,
                "text": text[a.start : a.end],
                "score": a.score,
            }
            has_score = has_score or a.score is not None
            for key, value in a.to_dict().items():
                if key in _BASE:
                    continue
                if key not in fields:
                    fields.append(key)
                row.setdefault(key if key not in row else f"field_{key}", value)
            out.append(row)
    head = ["doc_id", "id", "start", "end", "text"] + (["score"] if has_score else [])
    columns = head + [f if f not in head and f != "score" else f"field_{f}" for f in fields]
    return columns, out


def frame(docs: Iterable[Document], kind: str) -> pandas.DataFrame:
    """A pandas DataFrame of one kind's annotations across ``docs``.

    One row per annotation, in document order then reading order; columns
    ``doc_id``, ``id``, ``start``, ``end``, ``text`` (``score`` when the kind
    has scores) and one per field.  Columns take pandas' nullable types
    (``Int64``, ``Float64``, ``string``, ``boolean``), so a missing value is
    ``<NA>`` and an integer column stays integer; lists and dicts stay
    Python objects.

    Raises:
        ImportError: pandas is not installed (``pip install 'limner[pandas]'``).
    """
    try:
        import pandas as pd
    except ImportError:
        raise ImportError(
            "limner.frame needs pandas, which is not installed: pip install 'limner[pandas]'"
        ) from None
    columns, found = rows(docs, kind)
    data = pd.DataFrame.from_records(found, columns=columns)
    if data.empty:
        return data
    return data.convert_dtypes()


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool | list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_csv(docs: Iterable[Document], out: IO[str], kind: str | None = None) -> None:
    """Write a CSV table: one kind's annotations (see :func:`rows`), or every annotation.

    Booleans, lists and dicts are JSON; ``None`` is an empty cell.
    """
    import csv

    writer = csv.writer(out, lineterminator="\n")
    if kind is not None:
        columns, found = rows(docs, kind)
        writer.writerow(columns)
        for row in found:
            writer.writerow([_cell(row.get(c)) for c in columns])
        return
    writer.writerow(["doc_id", "id", "kind", "start", "end", "text", "source", "score", "fields"])
    for doc in docs:
        for a in doc.annotations:
            fields = {k: v for k, v in a.to_dict().items() if k not in _BASE}
            writer.writerow(
                [
                    doc.id,
                    a.id,
                    a.kind,
                    a.start,
                    a.end,
                    doc.text[a.start : a.end],
                    a.source,
                    _cell(a.score),
                    dumps(fields) if fields else "",
                ]
            )
