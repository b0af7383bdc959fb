"""The types of annotation fields that the typed formats tell apart.

A field of an annotation class is of one of these limner types, told by its
annotation (``Optional`` removed): ``bool``, ``int``, ``float``, ``number``
(``int | float``), ``str``, or ``json`` (lists, dicts, anything else).  The
``sqlite`` format gives each a column type (:mod:`limner.formats.sqlite`), and
:func:`limner.frame` a pandas type (:mod:`limner.formats.tabular`); a value
that its field's type cannot hold and give back equal (:func:`fits`) is kept
apart by both.
"""

from __future__ import annotations

import math
import types
import typing
from typing import Any

import attrs

from limner.document import Annotation

__all__ = ["BASE_FIELDS", "INT64", "class_fields", "field_type", "fits", "value_type"]

#: The attributes of every annotation class, which are not fields of its kind.
BASE_FIELDS = frozenset({"kind", "start", "end", "id", "source", "score", "features"})
#: The least and greatest int a 64-bit column (SQLite's INTEGER, pandas' Int64) holds.
INT64 = (-(2**63), 2**63 - 1)


def field_type(hint: Any) -> str:
    """The limner type of a field annotated ``hint`` (``Optional`` removed)."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        if set(args) == {int, float}:
            return "number"
        if len(args) == 1:
            return field_type(args[0])
        return "json"
    if hint is bool:
        return "bool"
    if hint is int:
        return "int"
    if hint is float:
        return "float"
    if hint is str:
        return "str"
    return "json"


def class_fields(cls: type[Annotation]) -> list[tuple[str, str]]:
    """``(field, type)`` of each field ``cls`` declares beyond the base ones."""
    try:
        hints = typing.get_type_hints(cls)
    except Exception:  # a hint that does not resolve: its fields are JSON
        hints = {}
    return [
        (f.name, field_type(hints.get(f.name, Any)))
        for f in attrs.fields(cls)
        if f.name not in BASE_FIELDS
    ]


def value_type(value: Any) -> str:
    """The type a column made for ``value`` (a field no class declares) gets."""
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "str"
    return "json"


def fits(value: Any, kind: str) -> bool:
    """Whether ``value`` goes into a column of limner type ``kind`` and reads back equal."""
    t = type(value)
    if kind == "json":
        return True
    if kind == "str":
        return t is str
    if kind == "bool":
        return t is bool
    if t is int:  # a 64-bit int, and one a float holds exactly for a float (REAL) column
        in_range = kind != "bool" and INT64[0] <= value <= INT64[1]
        return in_range and (kind != "float" or float(value) == value)
    if t is float:
        return kind in ("float", "number") and not math.isnan(value)
    return False
