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

The schema is read in two ways.  :func:`_check` walks it for each value and says
what breaks a rule, naming the path; it costs some 0.2 ms an annotation, the
paths made for every value and every ``if`` of the kinds tried in turn.  So the
schema is first compiled, once, into one test a rule (:func:`_compiled`): a
closure that answers only whether a value keeps the rule, with a kind's own
rules looked up by the kind and an array of offsets looked at in C-level
passes.  A value that passes is done with; one that does not is walked by
:func:`_check`, which raises its error.  The compiled test is never more lenient
than the walk (it takes the plain JSON types only, ``type(v) is str``, where the
walk takes subclasses too, and says no on any exception), so every error is the
walk's own, and a value it doubts costs the walk alone.
"""

from __future__ import annotations

import json
import math
import operator
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
    if not _passes(_document_test(), data):
        root = schema()
        _check(data, root, root, "", _OPTIONAL_TOP)
    text = data["text"]
    n = len(text)
    annotations = data.get("annotations", [])
    # the rules a schema cannot say, in C-level passes; the loops after, which name the
    # first annotation or span that breaks one, only where one is broken
    ids: set[str] = set(map(_ID, annotations))
    starts, ends = list(map(_START, annotations)), list(map(_END, annotations))
    if annotations and (
        len(ids) != len(annotations) or max(ends) > n or any(map(operator.gt, starts, ends))
    ):
        _first_bad_annotation(annotations, n)
    names_of = {
        kind: set(_schema_refs(kind)) | set((ref_fields or {}).get(kind, ()))
        for kind in set(map(_KIND, annotations))
    }
    for i, a in enumerate(annotations):
        names = names_of[a["kind"]]
        if not names:
            continue
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
        # (offsets are ints of at least 0 by the schema: the first span's start and end
        # are at or after 0)
        if starts and (
            max(ends) > n
            or any(map(operator.gt, starts, ends))
            or any(map(operator.gt, starts, starts[1:]))
            or any(map(operator.gt, ends, ends[1:]))
        ):
            _first_bad_span(i, starts, ends, n)


_ID, _KIND = operator.itemgetter("id"), operator.itemgetter("kind")
_START, _END = operator.itemgetter("start"), operator.itemgetter("end")


def _first_bad_annotation(annotations: list[dict[str, Any]], n: int) -> None:
    """Raise the InputError naming the first of ``annotations`` that lies past the end of a
    text of ``n`` characters, starts after its end, or has the id of one before it."""
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


def _first_bad_span(i: int, starts: list[int], ends: list[int], n: int) -> None:
    """Raise the InputError naming the first span of ``layers[i]`` that lies past the end of
    a text of ``n`` characters, starts after its end, or is out of reading order."""
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
    if not _passes(_annotation_test(), data):
        root = schema()
        _check(data, root["$defs"]["annotation"], root, path, _OPTIONAL_ANNOTATION)


#: whether a value keeps a rule (no error said: :func:`_check` says it)
_Test = Callable[[Any], bool]


def _passes(test: _Test, value: Any) -> bool:
    """Whether ``value`` passes ``test``; no (the walk to say why) if the test raises."""
    try:
        return test(value)
    except Exception:  # (what a value of a mapping made by hand may raise, the walk raises)
        return False


@cache
def _document_test() -> _Test:
    """The compiled test of a document's JSON form (its required keys that may be missing
    left out, an annotation's ``source`` too), made once."""
    root = schema()
    return _compiled(root, root, _OPTIONAL_TOP, top=True)


@cache
def _annotation_test() -> _Test:
    """The compiled test of one annotation's JSON form, made once."""
    root = schema()
    return _compiled(root["$defs"]["annotation"], root, _OPTIONAL_ANNOTATION, top=False)


#: the JSON types by exact type (a subclass is left to the walk, which takes it)
_EXACT_TYPES: dict[str, _Test] = {
    "object": lambda v: type(v) is dict,
    "array": lambda v: type(v) is list,
    "string": lambda v: type(v) is str,
    "integer": lambda v: type(v) is int,
    "number": lambda v: type(v) is int or (type(v) is float and math.isfinite(v)),
    "boolean": lambda v: type(v) is bool,
    "null": lambda v: v is None,
}
_TYPE_OF = {"object": dict, "array": list, "string": str, "integer": int, "boolean": bool,
            "null": type(None)}
_INT = frozenset({int})
_MISSING = object()


def _compiled(
    rule: Mapping[str, Any], root: Mapping[str, Any], optional: frozenset[str], *, top: bool
) -> _Test:
    """The test of ``rule``: true where :func:`_check` of the value (with ``optional``, at
    the top of the document if ``top``) raises nothing, false where it raises (and, for a
    value of a type JSON does not give, false where it might pass).

    Each keyword the rule has becomes one closure; the closures of a rule run in the
    walk's order.  Two shapes the schema uses for most values get one of their own: an
    offset (``integer``, ``minimum``), and an array of offsets, tested in C-level passes
    (the types of all its items at once, then the least); an ``allOf`` whose every part
    is an ``if`` on the ``const`` of one key (the kinds' own rules) is a lookup of the
    value's key, not a try of each ``if``."""
    if "$ref" in rule:
        rule = _resolve(root, rule["$ref"])
    if _is_offset(rule):
        least = rule["minimum"]
        return lambda v: type(v) is int and v >= least
    if rule.keys() == {"type", "minLength"} and rule["type"] == "string":
        least_length = rule["minLength"]
        return lambda v: type(v) is str and len(v) >= least_length
    tests: list[_Test] = []
    kinds = rule.get("type")
    if kinds == "object" and ("required" in rule or "properties" in rule):
        pass  # (the object's own test takes a dict alone)
    elif kinds is not None:
        names = [kinds] if isinstance(kinds, str) else kinds
        types = _plain_types(rule)
        if types is not None:
            return lambda v: type(v) in types
        if len(names) == 1:
            tests.append(_EXACT_TYPES[names[0]])
        else:
            alternatives = tuple(_EXACT_TYPES[k] for k in names)
            tests.append(lambda v: any(t(v) for t in alternatives))
    if "const" in rule:
        const = rule["const"]
        tests.append(lambda v: not v != const)  # noqa: SIM202 (the walk's test, as it is)
    if "enum" in rule:
        enum = rule["enum"]
        tests.append(lambda v: v in enum)
    if "minimum" in rule or "maximum" in rule:
        low, high = rule.get("minimum", -math.inf), rule.get("maximum", math.inf)
        tests.append(
            lambda v: type(v) is bool or not isinstance(v, int | float) or low <= v <= high
        )
    if "minLength" in rule or "pattern" in rule:
        least_length = rule.get("minLength", 0)
        search = re.compile(rule["pattern"]).search if "pattern" in rule else None
        tests.append(
            lambda v: not isinstance(v, str)
            or (len(v) >= least_length and (search is None or search(v) is not None))
        )
    required = frozenset(rule.get("required", ())) - optional
    properties = tuple(
        (
            key,
            _plain_types(_resolve(root, sub["$ref"]) if "$ref" in sub else sub),
            _compiled(sub, root, _OPTIONAL_ANNOTATION if key == "annotations" and top
                      else frozenset(), top=False),
        )
        for key, sub in rule.get("properties", {}).items()
    )
    if required or properties:
        tests.append(_object_test(required, properties, strict=kinds == "object"))
    parts = rule.get("allOf", ())
    if parts:
        tests.append(_all_of_test(parts, root, optional, top))
    if "items" in rule:
        tests.append(_items_test(rule["items"], root, optional))
    return _all(tests)


def _all(tests: list[_Test]) -> _Test:
    """One test that passes where each of ``tests`` passes, tried in order."""
    if not tests:
        return lambda v: True
    if len(tests) == 1:
        return tests[0]
    if len(tests) == 2:
        a, b = tests
        return lambda v: a(v) and b(v)
    a, b, *rest = tests
    return lambda v: a(v) and b(v) and all(t(v) for t in rest)


def _is_offset(rule: Mapping[str, Any]) -> bool:
    return rule.keys() == {"type", "minimum"} and rule["type"] == "integer"


def _object_test(
    required: frozenset[str],
    properties: tuple[tuple[str, frozenset[type] | None, _Test], ...],
    *,
    strict: bool,
) -> _Test:
    """The test of an object's required keys and properties, each with the plain types its
    rule takes if it is one of plain types alone (and, if ``strict``, of its type,
    ``object``); a property whose rule is a plain type or two is a look at the value's
    type, no call."""

    def test(v: Any) -> bool:
        if type(v) is not dict:
            return not strict and not isinstance(v, dict)  # (a subclass: the walk's)
        if not required <= v.keys():
            return False
        for key, types, sub in properties:
            value = v.get(key, _MISSING)
            if value is _MISSING:
                continue
            if types is not None:
                if type(value) not in types:
                    return False
            elif not sub(value):
                return False
        return True

    return test


def _plain_types(rule: Mapping[str, Any]) -> frozenset[type] | None:
    """The exact types ``rule`` takes, if it is a rule of plain types alone (``type`` and
    no other keyword, not ``number``, whose floats must also be finite), else None."""
    kinds = rule.get("type")
    if kinds is None or rule.keys() != {"type"}:
        return None
    names = [kinds] if isinstance(kinds, str) else kinds
    return None if "number" in names else frozenset(_TYPE_OF[k] for k in names)


def _all_of_test(
    parts: list[Mapping[str, Any]], root: Mapping[str, Any], optional: frozenset[str], top: bool
) -> _Test:
    """An ``allOf``'s test; its parts each an ``if`` on one key's ``const`` (the same key
    for all): the ``then`` of the value's own, looked up."""
    keys = {_if_const_key(part) for part in parts}
    if len(keys) == 1 and None not in keys:
        (key,) = keys
        table = {
            part["if"]["properties"][key]["const"]: _compiled(
                part.get("then", part), root, optional, top=top
            )
            for part in parts
        }
        if all(type(c) is str for c in table):

            def by_key(v: Any) -> bool:
                if type(v) is not dict:
                    return not isinstance(v, dict)
                got = v.get(key)
                if type(got) is not str:
                    return False  # (every if holds where the key is missing: the walk's)
                then = table.get(got)
                return then is None or then(v)

            return by_key
    conditions = tuple(
        (
            None if part.get("if") is None else _compiled(part["if"], root, frozenset(), top=False),
            _compiled(part.get("then", part), root, optional, top=top),
        )
        for part in parts
    )

    def test(v: Any) -> bool:
        if not isinstance(v, dict):
            return True
        return all(then(v) for cond, then in conditions if cond is None or _passes(cond, v))

    return test


def _if_const_key(part: Mapping[str, Any]) -> str | None:
    """The key of an ``allOf`` part that is ``{"if": {"properties": {key: {"const": c}}},
    "then": ...}`` and no more, else None."""
    cond = part.get("if")
    if not isinstance(cond, dict) or cond.keys() != {"properties"} or part.keys() != {"if", "then"}:
        return None
    props = cond["properties"]
    if len(props) != 1:
        return None
    ((key, sub),) = props.items()
    return key if isinstance(sub, dict) and sub.keys() == {"const"} else None


def _items_test(
    rule: Mapping[str, Any], root: Mapping[str, Any], optional: frozenset[str]
) -> _Test:
    if "$ref" in rule:
        rule = _resolve(root, rule["$ref"])
    if _is_offset(rule):
        least = rule["minimum"]

        def offsets(v: Any) -> bool:
            if type(v) is not list:
                return not isinstance(v, list)
            return not v or (set(map(type, v)) <= _INT and min(v) >= least)

        return offsets
    item = _compiled(rule, root, optional, top=False)

    def items(v: Any) -> bool:
        if type(v) is not list:
            return not isinstance(v, list)
        return all(map(item, v))

    return items


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
