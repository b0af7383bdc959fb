"""One kind's annotations as a table: :func:`frame` (pandas) and the ``csv`` format.

A row per annotation of the kind, across documents: ``doc_id``, ``id``,
``start``, ``end``, ``text`` (the surface), ``score`` when the kind has scores
(by the schema, as ``sentiment``: with no annotation too) or any annotation of
the kind has one, then one column per field (the fields of the kind's class
in their order, then any others in the order met).  A kind held as a compact
layer (``token``, ``sentence-span``) gives a row per span, its ``id`` empty.
Without a kind, ``csv`` writes every annotation, its fields as one JSON object
in ``fields``.

pandas is optional (``pip install 'limner[pandas]'``) and imported only by
:func:`frame`.
"""

from __future__ import annotations

import difflib
import warnings
from collections.abc import Callable, Iterable
from typing import IO, TYPE_CHECKING, Any

import attrs

from limner.document import Annotation, Document, dumps
from limner.errors import extra_missing
from limner.formats import documents, fields_of
from limner.formats.fieldtypes import BASE_FIELDS, class_fields, fits, value_type

if TYPE_CHECKING:
    import pandas

__all__ = ["frame", "rows", "write_csv"]

# the first columns of a kind's table
_HEAD = ("doc_id", "id", "start", "end", "text", "score")


def _annotations(doc: Document, kind: str) -> list[Annotation]:
    """``doc.select(kind)``, without its warning for a kind held as a layer (whose spans
    are rows of their own here)."""
    if doc.layer(kind) is None:
        return doc.select(kind)
    return sorted((a for a in doc if a.kind == kind), key=lambda a: (a.start, -a.end))


def _kind_class(kind: str, docs: list[Document]) -> type[Annotation] | None:
    if not isinstance(kind, str):
        raise TypeError(f"a table is of one kind (a str), got {type(kind).__name__} {kind!r:.40}")
    for doc in docs:
        found = _annotations(doc, kind)
        if found and type(found[0]) is not Annotation:
            return type(found[0])
    from limner.plugins import PluginManager, default_kinds

    known = default_kinds()
    if kind not in known and not any(kind in doc.kinds for doc in docs) and (
        kind not in (made := PluginManager().makers())  # (asked only here: it loads them)
    ):
        # the table is empty, as for a kind no text of these documents holds (a part of a
        # corpus without a kind of a plugin not installed here), and said: the empty
        # table hid a typo without a word ("numbers" for "number")
        held = sorted({k for doc in docs for k in doc.kinds})
        close = difflib.get_close_matches(kind, [*held, *known, *made], n=1, cutoff=0.6)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        warnings.warn(
            f"no annotation of kind {kind!r} in the documents, and no installed plugin "
            f"makes it{hint}; the documents hold: {', '.join(held) or 'none'}",
            UserWarning,
            stacklevel=3,
        )
    return known.get(kind)


def _class_columns(cls: type[Annotation] | None) -> list[str]:
    return [] if cls is None else [f.name for f in attrs.fields(cls) if f.name not in BASE_FIELDS]


def _column_names(fields: list[str]) -> dict[str, str]:
    """The column of each field: its name, or ``field_<name>`` for one named like a first
    column (``field_`` again while that is another field's name)."""
    taken = set(_HEAD) | set(fields)
    out: dict[str, str] = {}
    for field in fields:
        name = field
        if field in _HEAD:
            name = f"field_{field}"
            while name in taken:
                name = f"field_{name}"
            taken.add(name)
        out[field] = name
    return out


def _rows(
    docs: list[Document], kind: str, cls: type[Annotation] | None
) -> tuple[list[str], list[dict[str, Any]], dict[str, str]]:
    """The columns, the rows (dicts by column) and the column of each field (the
    fields of ``cls``, the kind's class, first)."""
    from limner.validate import scored_kinds

    fields = _class_columns(cls)
    found: list[tuple[dict[str, Any], dict[str, Any]]] = []
    # a kind whose every annotation has a score has the column with none met, as its
    # table has it with some; any other kind when one has a score
    has_score = kind in scored_kinds()
    for doc in docs:
        text = doc.text
        for a in _annotations(doc, kind):
            head = {
                "doc_id": doc.id,
                "id": a.id,
                "start": a.start,
                "end": a.end,
                "text": text[a.start : a.end],
                "score": a.score,
            }
            has_score = has_score or a.score is not None
            own = fields_of(a)
            fields.extend(key for key in own if key not in fields)
            found.append((head, own))
        layer = doc.layer(kind)
        if layer is not None:  # a compact layer (tokens): a row per span, which has no id
            found.extend(
                ({"doc_id": doc.id, "id": None, "start": s, "end": e, "text": text[s:e]}, {})
                for s, e in layer
            )
    names = _column_names(fields)
    out = [head | {names[k]: v for k, v in own.items()} for head, own in found]
    columns = list(_HEAD[:5]) + (["score"] if has_score else []) + list(names.values())
    return columns, out, names


def rows(
    docs: Iterable[Document] | Document, kind: str
) -> tuple[list[str], list[dict[str, Any]]]:
    """The columns and the rows (dicts) of ``kind``'s annotations in ``docs``."""
    docs = list(documents(docs))
    columns, out, _ = _rows(docs, kind, _kind_class(kind, docs))
    return columns, out


# the pandas type of each limner field type that has one (see limner.formats.fieldtypes):
# an int-or-float is Float64 whatever its values, as a float is (it was Int64 where every
# value was an int, and Float64 with none: the type of a column told by its data)
_DTYPES = {"bool": "boolean", "int": "Int64", "float": "Float64", "str": "string"}
_HEAD_TYPES = {"doc_id": "str", "id": "str", "start": "int", "end": "int", "text": "str"}


def _declared_types(cls: type[Annotation] | None, names: dict[str, str]) -> dict[str, str]:
    """The limner type of each column whose type is known: the first columns, and the
    fields that the kind's class declares."""
    declared = class_fields(cls) if cls is not None and cls is not Annotation else []
    return _HEAD_TYPES | {"score": "float"} | {names[f]: t for f, t in declared}


def _dtype(type_: str, values: list[Any]) -> str | None:
    """The pandas type of a column of limner type ``type_`` holding ``values`` (``None``
    when they are to be kept as they are: a value the type cannot hold exactly, an int
    past what a float holds in an int-or-float column, or a type pandas has none for)."""
    type_ = "float" if type_ == "number" else type_
    dtype = _DTYPES.get(type_)
    return dtype if dtype and all(fits(v, type_) for v in values if v is not None) else None


def frame(docs: Iterable[Document] | Document, kind: str) -> pandas.DataFrame:
    """A pandas DataFrame of one kind's annotations across ``docs``.

    One row per annotation, in document order then reading order; columns
    ``doc_id``, ``id``, ``start``, ``end``, ``text`` (``score`` when the kind
    has scores) and one per field.  Columns take pandas' nullable types
    (``Int64``, ``Float64``, ``string``, ``boolean``), so a missing value is
    ``<NA>`` and an integer column stays integer; lists and dicts stay
    Python objects (a missing value beside them is ``None``).  A field that
    the kind's class declares has its type's column whatever the values (a
    float field of whole numbers is ``Float64``, and so is one with no value
    at all, or in an empty frame, and an int-or-float field); the others take the type their values
    share (``Float64`` for ints and floats).  A column whose values no one type
    holds exactly keeps them as they are (``object``).

    Raises:
        ImportError: pandas is not installed (``pip install 'limner[pandas]'``).
        TypeError: ``docs`` is not a Document or an iterable of them, or
            ``kind`` is not a str.
    """
    try:
        import pandas as pd
    except ImportError as exc:
        raise extra_missing(exc, "limner.frame", "pandas", "pandas") from None
    docs = list(documents(docs))
    cls = _kind_class(kind, docs)
    columns, found, names = _rows(docs, kind, cls)
    # each column from its values as they are, None where an annotation lacks the field:
    # records filled it with NaN, a float, so an int column went through floats and a
    # list column held NaN beside its lists
    data = pd.DataFrame(
        {c: pd.Series([row.get(c) for row in found], dtype=object) for c in columns},
        columns=columns,
    )
    declared = _declared_types(cls, names)
    for column in columns:
        values = [row.get(column) for row in found]
        # a field no class declares: the type its values share (pandas' inference read
        # an int column with a value missing through floats)
        type_ = declared.get(column) or _shared_type(values)
        dtype = _dtype(type_, values) if type_ is not None else None
        # from the values themselves: exact past 2**53; a column of no one type that
        # holds each exactly keeps them as they are (pandas' inference made an int past
        # 2**53 beside a float a float, and a -0.0 or 2.0 beside ints an int)
        if dtype is not None:
            data[column] = pd.array(values, dtype=dtype)
    return data


def _shared_type(values: list[Any]) -> str | None:
    """The limner type that all of ``values`` but ``None`` have, if one: ``number`` for
    ints and floats."""
    types = {value_type(v) for v in values if v is not None}
    if types == {"int", "float"}:
        return "number"
    return types.pop() if len(types) == 1 else None


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool | list | dict):
        return dumps(value)  # (a surrogate in it written as its escape, as JSON may)
    return value


#: What a spreadsheet reads a cell starting with as a formula (OWASP's list: a cell of
#: an article's text, ``=HYPERLINK(...)`` or ``@SUM(...)``, would run when opened)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _escaped_cell(value: Any) -> Any:
    """:func:`_cell`, with a ``'`` before a text that starts as a formula does; the
    spreadsheet shows the text, the ``'`` hidden."""
    value = _cell(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _row_writer(out: IO[str]) -> Callable[[list[Any]], Any]:
    """The ``writerow`` of a CSV writer on ``out``: lines end in ``\\n``, and a row with a
    carriage return in a cell is written with every cell quoted (the csv module quotes a
    cell that holds the line's end, ``\\n``, not one holding a lone ``\\r``, which every
    reader takes for the end of a line)."""
    import csv

    plain = csv.writer(out, lineterminator="\n").writerow
    quoted = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL).writerow

    def writerow(row: list[Any]) -> Any:
        if any(isinstance(c, str) and "\r" in c for c in row):
            return quoted(row)
        return plain(row)

    return writerow


def write_csv(
    docs: Iterable[Document],
    out: IO[str],
    kind: str | None = None,
    *,
    escape_formulas: bool = False,
) -> None:
    """Write a CSV table: one kind's annotations (see :func:`rows`), or every annotation.

    Booleans, lists and dicts are JSON; ``None`` is an empty cell.  Text cells are
    written as they are, one starting with ``=``, ``+``, ``-``, ``@``, a tab or a
    carriage return included, which a spreadsheet opening the file reads as a
    formula; with ``escape_formulas``, such a cell is written after a ``'`` (which
    spreadsheets show the text of and hide), as OWASP advises for a file that is
    opened in one: the cell is then no longer the text, so it is not the default.
    """
    writerow = _row_writer(out)
    cell: Callable[[Any], Any] = _escaped_cell if escape_formulas else _cell
    if kind is not None:
        columns, found = rows(docs, kind)
        writerow([cell(c) for c in columns])  # a field's name is a cell too
        for row in found:
            writerow([cell(row.get(c)) for c in columns])
        return
    writerow(["doc_id", "id", "kind", "start", "end", "text", "source", "score", "fields"])
    for doc in docs:
        for a in doc.annotations:
            fields = fields_of(a)
            writerow(
                [
                    cell(doc.id),
                    cell(a.id),
                    cell(a.kind),
                    a.start,
                    a.end,
                    cell(doc.text[a.start : a.end]),
                    cell(a.source),
                    cell(a.score),
                    dumps(fields) if fields else "",
                ]
            )
