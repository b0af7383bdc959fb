"""Checking a document's JSON form on load, against the shipped schema's rules.

:func:`check_document` holds a mapping read from JSON to the rules of
``limner/schema/limner-1.schema.json`` (the keywords that schema uses: types,
required keys, constants, enums, bounds, patterns, ``$ref``, ``allOf`` with
``if``/``then``), and to the rules a schema cannot say: every span and layer
lies inside the text and starts before it ends, a layer's spans are in reading
order, ids are unique and so are layers' kinds, and every reference field (the
plugins' own included) holds the id of an annotation of the document.  Whatever breaks a rule
raises :class:`~limner.InputError` naming the path to the bad field
(``annotations[3].end``), never a raw ``TypeError`` or ``KeyError``.

A key the schema requires but that has a natural empty value (``id``,
``meta``, ``annotations``, ``errors``, an annotation's ``source``) may be
left out, as in the earlier releases of limner/1; when present it must have
the schema's type.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources
from typing import Any

from limner.errors import InputError

__all__ = ["check_annotation", "check_document", "ruled_kinds", "schema"]

# required keys that may be missing: at the top, and in each annotation
_OPTIONAL_TOP = frozenset({"id", "meta", "annotations", "errors"})
_OPTIONAL_ANNOTATION = frozenset({"source"})

_TYPES: dict[str, Callable[[Any], bool]] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    # (an int is always finite: one past the floats' range is a number too)
    "number": lambda v: (isinstance(v, int) and not isinstance(v, bool))
    or (isinstance(v, float) and math.isfinite(v)),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


@cache
def schema() -> dict[str, Any]:
    """The shipped JSON Schema of ``limner/1``."""
    text = resources.files("limner").joinpath("schema/limner-1.schema.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def check_document(data: Any, ref_fields: Mapping[str, tuple[str, ...]] | None = None) -> None:
    """Raise :class:`~limner.InputError` naming the first field of ``data`` that breaks a rule.

    Args:
        data: a document's JSON form, as read by ``json.loads``.
        ref_fields: for each kind, the fields that hold the id of another
            annotation (beyond those the schema marks as references).
    """
    if not isinstance(data, dict):
        raise InputError(f"a limner document is a JSON object, got {_name(data)}")
    root = schema()
    _check(data, root, root, "", _OPTIONAL_TOP)
    text = data["text"]
    n = len(text)
    annotations = data.get("annotations", [])
    ids: set[str] = set()
    for i, a in enumerate(annotations):
        start, end = a["start"], a["end"]
        if end > n:
            raise InputError(
                f"annotations[{i}].end: {_short(end)} lies past the end of the text "
                f"({n} characters)"
            )
        if start > end:
            raise InputError(f"annotations[{i}].start: {start} is after its end ({end})")
        if a["id"] in ids:
            raise InputError(f"annotations[{i}].id: {a['id']!r} is the id of another annotation")
        ids.add(a["id"])
    for i, a in enumerate(annotations):
        names = set(_schema_refs(a["kind"])) | set((ref_fields or {}).get(a["kind"], ()))
        for name in names:
            value = a.get(name)
            if value is None:
                continue
            if not isinstance(value, str):  # a plugin's ref field: the schema's idref rule
                raise InputError(
                    f"annotations[{i}].{name}: expected string or null, got {_show(value)}"
                )
            if value not in ids:
                raise InputError(
                    f"annotations[{i}].{name}: {_short(value)} is the id of no annotation "
                    "of the document"
                )
    layer_kinds: set[str] = set()
    for i, layer in enumerate(data.get("layers", [])):
        if layer["kind"] in layer_kinds:  # a document holds one layer of a kind
            raise InputError(
                f"layers[{i}].kind: {_short(layer['kind'])} is the kind of another layer"
            )
        layer_kinds.add(layer["kind"])
        starts, ends = layer["starts"], layer["ends"]
        if len(starts) != len(ends):
            raise InputError(
                f"layers[{i}]: {len(starts)} starts but {len(ends)} ends; a span needs both"
            )
        last_start = last_end = 0
        for j, (s, e) in enumerate(zip(starts, ends, strict=True)):
            if e > n:
                raise InputError(
                    f"layers[{i}].ends[{j}]: {_short(e)} lies past the end of the text "
                    f"({n} characters)"
                )
            if s > e:
                raise InputError(f"layers[{i}].starts[{j}]: {s} is after its end ({e})")
            if s < last_start:
                raise InputError(
                    f"layers[{i}].starts[{j}]: {s} is before the start of the span before it "
                    f"({last_start}); a layer's spans are in reading order"
                )
            if e < last_end:
                raise InputError(
                    f"layers[{i}].ends[{j}]: {e} is before the end of the span before it "
                    f"({last_end}); a layer's spans are in reading order"
                )
            last_start, last_end = s, e


def check_annotation(data: Mapping[str, Any], path: str) -> None:
    """Raise :class:`~limner.InputError` naming the first field of one annotation's JSON
    form (at ``path``, such as ``annotations[3]``) that breaks the schema's rules for
    annotations and for its kind; its ``id`` may still be empty (one not yet stored)."""
    if not data.get("id"):
        data = {**data, "id": "new"}
    root = schema()
    _check(data, root["$defs"]["annotation"], root, path, _OPTIONAL_ANNOTATION)


def _check(
    value: Any,
    rule: Mapping[str, Any],
    root: Mapping[str, Any],
    path: str,
    optional: frozenset[str] = frozenset(),
) -> None:
    """Hold ``value`` to the schema ``rule`` (the subset of keywords limner's schema uses)."""
    if "$ref" in rule:
        rule = _resolve(root, rule["$ref"])
    where = path or "the document"
    kinds = rule.get("type")
    if kinds is not None:
        names = [kinds] if isinstance(kinds, str) else kinds
        if not any(_TYPES[k](value) for k in names):
            raise InputError(f"{where}: expected {' or '.join(names)}, got {_show(value)}")
    if "const" in rule and value != rule["const"]:
        raise InputError(f"{where}: expected {rule['const']!r}, got {_show(value)}")
    if "enum" in rule and value not in rule["enum"]:
        raise InputError(f"{where}: expected one of {rule['enum']}, got {_show(value)}")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in rule and value < rule["minimum"]:
            raise InputError(f"{where}: {_short(value)} is below {rule['minimum']}")
        if "maximum" in rule and value > rule["maximum"]:
            raise InputError(f"{where}: {_short(value)} is above {rule['maximum']}")
    if isinstance(value, str):
        if len(value) < rule.get("minLength", 0):
            raise InputError(f"{where}: must not be empty")
        if "pattern" in rule and re.search(rule["pattern"], value) is None:
            raise InputError(f"{where}: {value!r} does not match {rule['pattern']}")
    if isinstance(value, dict):
        for key in rule.get("required", ()):
            if key not in value and key not in optional:
                raise InputError(f"{where}: the key {key!r} is missing")
        for key, sub in rule.get("properties", {}).items():
            if key in value:
                inner = _OPTIONAL_ANNOTATION if key == "annotations" and not path else frozenset()
                _check(value[key], sub, root, f"{path}.{key}" if path else key, inner)
        for part in rule.get("allOf", ()):
            cond = part.get("if")
            if cond is None or _matches(value, cond, root):
                _check(value, part.get("then", part), root, path, optional)
    if isinstance(value, list) and "items" in rule:
        for i, item in enumerate(value):
            _check(item, rule["items"], root, f"{path}[{i}]", optional)


def _matches(value: Any, rule: Mapping[str, Any], root: Mapping[str, Any]) -> bool:
    try:
        _check(value, rule, root, "")
    except InputError:
        return False
    return True


def _resolve(root: Mapping[str, Any], ref: str) -> Mapping[str, Any]:
    node: Any = root
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    result: Mapping[str, Any] = node
    return result


@cache
def ruled_kinds() -> frozenset[str]:
    """The kinds the schema has rules of their own for (``number``, ``quote``...)."""
    parts = schema()["$defs"]["annotation"].get("allOf", ())
    return frozenset(
        part["if"]["properties"]["kind"]["const"]
        for part in parts
        if "const" in part.get("if", {}).get("properties", {}).get("kind", {})
    )


def _kind_rules(kind: str) -> Mapping[str, Any]:
    """The rules the schema has for the annotations of ``kind`` alone (none: ``{}``)."""
    root = schema()
    for part in root["$defs"]["annotation"].get("allOf", ()):
        if part.get("if", {}).get("properties", {}).get("kind", {}).get("const") == kind:
            then: Mapping[str, Any] = part["then"]
            return _resolve(root, then["$ref"]) if "$ref" in then else then
    return {}


@cache
def scored_kinds() -> frozenset[str]:
    """The kinds whose every annotation has a score, by the schema (``sentiment``)."""
    return frozenset(k for k in ruled_kinds() if "score" in _kind_rules(k).get("required", ()))


@cache
def _schema_refs(kind: str) -> tuple[str, ...]:
    """The fields of ``kind`` that the schema declares as references (``idref``)."""
    return tuple(
        name
        for name, sub in _kind_rules(kind).get("properties", {}).items()
        if sub.get("$ref") == "#/$defs/idref"
    )


def _name(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean"}.get(
        type(value), "null" if value is None else type(value).__name__
    )


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _show(value: Any) -> str:
    return f"{_name(value)} {_short(value)}"
