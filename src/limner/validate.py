"""Checking a document's JSON form on load, against the shipped schema's rules.

:func:`check_document` holds a mapping read from JSON to the rules of
``limner/schema/limner-1.schema.json``, through validators that the ``fastjsonschema``
library compiled from it to Python, shipped in :mod:`limner._schema_checks` and
imported on first use (not on import); and to the rules a schema cannot say: every
span and layer lies inside the text and starts before it ends, a layer's spans are in
reading order, ids are unique and so are layers' kinds, every reference field (the
plugins' own included) holds the id of an annotation of the document, and where the
schema says ``integer`` the value is an ``int`` (JSON Schema's ``integer`` takes
``3.0``, which indexes no ``str``).  Whatever breaks a rule raises
:class:`~limner.InputError` naming the path to the bad field (``annotations[3].end``),
never a raw ``TypeError`` or ``KeyError``.

A key the schema requires but that has a natural empty value (``id``,
``meta``, ``annotations``, ``errors``, an annotation's ``source``) may be
left out, as in the earlier releases of limner/1; when present it must have
the schema's type.

The schema is compiled in parts (:func:`part`), so that each value meets the rules
that hold for it alone: the document, with its annotations and a layer's offsets as
arrays; one annotation without the rules of its kind; each kind's own rules
(``number``, ``quote``...), run on the annotations of that kind (the whole schema tries
each kind's ``if`` on every annotation, a raised exception each miss).  Two rules met once
a value, by every annotation and every offset of a layer, are first looked at in
C-level passes over them all, their validators run only where a pass doubts: an
annotation's own rule (:func:`_plain`, while the schema's is :data:`_PLAIN_RULE`) and
a layer's offsets.  An annotation a part refuses is named by running the parts
again, one annotation at a time.
"""

from __future__ import annotations

import importlib
import itertools
import json
import operator
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from importlib import resources
from types import ModuleType
from typing import TYPE_CHECKING, Any

from limner.errors import InputError

if TYPE_CHECKING:  # (imported with the validators, not with limner)
    from fastjsonschema import JsonSchemaValueException

__all__ = ["check_annotation", "check_document", "ruled_kinds", "schema"]

# required keys that may be missing: at the top, and in each annotation
_OPTIONAL_TOP = frozenset({"id", "meta", "annotations", "errors"})
_OPTIONAL_ANNOTATION = frozenset({"source"})


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
    v = _validators()
    try:
        v["document"](data)
    except v.refusal as exc:
        raise _input_error(exc, "") from None
    annotations = data.get("annotations", [])
    try:
        if not (v.plain and _plain(annotations)):
            deque(map(v["annotation"], annotations), 0)
        kinds = set(map(_KIND, annotations))
        if not kinds.isdisjoint(v.kinds):
            of_kind = {kind: v[kind] for kind in kinds & v.kinds}.get
            for a in annotations:
                rules = of_kind(a["kind"])
                if rules is not None:
                    rules(a)
    except v.refusal as exc:
        for i, a in enumerate(annotations):  # the first that breaks a rule, named
            _held(a, f"annotations[{i}]")
        raise _input_error(exc, "annotations") from None
    text = data["text"]
    n = len(text)
    # the rules a schema cannot say, in C-level passes; the loops after, which name the
    # first annotation or span that breaks one, only where one is broken
    ids: set[str] = set(map(_ID, annotations))
    starts, ends = list(map(_START, annotations)), list(map(_END, annotations))
    if annotations and (
        len(ids) != len(annotations)
        or not set(map(type, starts)) | set(map(type, ends)) <= _INT
        or max(ends) > n
        or any(map(operator.gt, starts, ends))
    ):
        _first_bad_annotation(annotations, n)
    names_of = {
        kind: set(_schema_refs(kind)) | set((ref_fields or {}).get(kind, ())) for kind in kinds
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
    pairs = data.get("split_pairs", ())
    if not set(map(type, pairs)) <= _INT:
        _first_float(pairs, "split_pairs")
    layer_kinds: set[str] = set()
    for i, layer in enumerate(data.get("layers", [])):
        if layer["kind"] in layer_kinds:  # a document holds one layer of a kind
            raise InputError(
                f"layers[{i}].kind: {_short(layer['kind'])} is the kind of another layer"
            )
        layer_kinds.add(layer["kind"])
        starts, ends = layer["starts"], layer["ends"]
        if not starts and not ends:
            continue
        ints = set(map(type, starts)) | set(map(type, ends)) <= _INT
        if not ints or min(starts or ends) < 0 or min(ends or starts) < 0:
            try:  # the schema's rule of an offset, named by its validator
                v["layer"](layer)
            except v.refusal as exc:
                raise _input_error(exc, f"layers[{i}]") from None
            _first_float(starts, f"layers[{i}].starts")
            _first_float(ends, f"layers[{i}].ends")
        if len(starts) != len(ends):
            raise InputError(
                f"layers[{i}]: {len(starts)} starts but {len(ends)} ends; a span needs both"
            )
        if (
            max(ends) > n
            or any(map(operator.gt, starts, ends))
            or any(map(operator.gt, starts, starts[1:]))
            or any(map(operator.gt, ends, ends[1:]))
        ):
            _first_bad_span(i, starts, ends, n)


_ID, _KIND = operator.itemgetter("id"), operator.itemgetter("kind")
_START, _END = operator.itemgetter("start"), operator.itemgetter("end")
_INT = frozenset({int})


def _first_bad_annotation(annotations: list[dict[str, Any]], n: int) -> None:
    """Raise the InputError naming the first of ``annotations`` whose offset is a float,
    that lies past the end of a text of ``n`` characters, starts after its end, or has
    the id of one before it."""
    ids: set[str] = set()
    for i, a in enumerate(annotations):
        start, end = a["start"], a["end"]
        _first_float((start, end), f"annotations[{i}]", ("start", "end"))
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
                f"layers[{i}].ends[{j}]: {_short(e)} lies past the end of the text ({n} characters)"
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


def _first_float(values: Sequence[Any], path: str, names: Sequence[str] | None = None) -> None:
    """Raise the InputError naming the first of ``values`` (at ``path``, by ``names``, or
    by index) that is a float where the schema says integer: JSON Schema's ``integer``
    takes ``3.0``, limner an ``int`` alone (an offset indexes a ``str``)."""
    for j, value in enumerate(values):
        if isinstance(value, float):
            where = f"{path}.{names[j]}" if names else f"{path}[{j}]"
            raise InputError(f"{where}: expected integer, got {_show(value)}")


def check_annotation(data: Mapping[str, Any], path: str) -> None:
    """Raise :class:`~limner.InputError` naming the first field of one annotation's JSON
    form (at ``path``, such as ``annotations[3]``) that breaks the schema's rules for
    annotations and for its kind; its ``id`` may still be empty (one not yet stored)."""
    if not data.get("id"):
        data = {**data, "id": "new"}
    _held(data, path)


def _held(data: Any, path: str) -> None:
    """Raise the InputError naming the first field of the annotation ``data`` (at
    ``path``) that breaks the schema's rules for annotations or for its kind."""
    v = _validators()
    try:
        v["annotation"](data)
        kind = data["kind"]
        if kind in v.kinds:
            v[kind](data)
    except v.refusal as exc:
        raise _input_error(exc, path) from None


#: a compiled validator: returns the value, or raises the refusal naming its path
_Validator = Callable[[Any], Any]


class _Parts:
    """The schema's parts, by name (:func:`part_names`): ``document`` (with its
    annotations and a layer's offsets as arrays), ``annotation`` (without the rules of its
    kind), ``layer`` (its offsets each), and each ruled kind's own rules by the kind.
    Each is the validator ``fastjsonschema`` compiled from it (:func:`part`) into
    :mod:`limner._schema_checks`, imported when a part is first asked for; were that
    module missing, the part is compiled here then, as fastjsonschema compiles it."""

    def __init__(self) -> None:
        self.kinds = ruled_kinds()
        #: the annotation's rule is :data:`_PLAIN_RULE`, which :func:`_plain` keeps
        self.plain = part("annotation") == _PLAIN_RULE
        self._compiled: dict[str, _Validator] = {}

    @property
    def refusal(self) -> type[JsonSchemaValueException]:
        """fastjsonschema's exception, which the validators raise (imported when first
        asked for: an ``except`` clause asks only when something was raised)."""
        return _refusal_type()

    def __getitem__(self, name: str) -> _Validator:
        compiled = self._compiled.get(name)
        if compiled is None:
            if name not in part_names():
                raise KeyError(name)
            checks = _generated_checks()
            if checks is not None:
                compiled = getattr(checks, f"validate_{name}")
            else:
                import fastjsonschema

                compiled = fastjsonschema.compile(part(name))
            if name in self.kinds:
                compiled = _no_floats(compiled, part(name))
            self._compiled[name] = compiled
        return compiled


def _generated_checks() -> ModuleType | None:
    """:mod:`limner._schema_checks`, the parts' validators as fastjsonschema wrote them
    (``python tests/gen_schema_checks.py``), or None where it is missing."""
    try:
        return importlib.import_module("limner._schema_checks")
    except ModuleNotFoundError as exc:
        if exc.name != "limner._schema_checks":
            raise
        return None


@cache
def part_names() -> tuple[str, ...]:
    """The names of the schema's parts: ``document``, ``annotation``, ``layer`` and the
    ruled kinds, in that order (the kinds sorted)."""
    return ("document", "annotation", "layer", *sorted(ruled_kinds()))


@cache
def part(name: str) -> dict[str, Any]:
    """The rules of the schema's part ``name`` (one of :func:`part_names`), as loading
    holds a document to them, its ``$ref``s written out: with the schema's ``$defs``
    beside it, every refusal the compiled code can raise holds them all.  Not to be
    changed: the one copy is shared."""
    root = _loading_schema()
    if name == "annotation":
        rule = root["$defs"]["annotation"]
        result: dict[str, Any] = _inlined({k: v for k, v in rule.items() if k != "allOf"}, root)
        return result
    if name in ("document", "layer"):
        document: dict[str, Any] = _inlined(root, root)
        props = document["properties"]
        props["annotations"] = {"type": "array"}
        layer = props["layers"]["items"]
        if name == "layer":
            return dict(layer)
        props["layers"]["items"] = {
            **layer,
            "properties": {
                **layer["properties"],
                "starts": {"type": "array"},
                "ends": {"type": "array"},
            },
        }
        return document
    if name in ruled_kinds():
        rules: dict[str, Any] = _inlined(_kind_rules(name), root)
        return rules
    raise KeyError(name)


#: The schema's rule of an annotation, without its kind's own, as loading holds it (its
#: ``source`` may be missing): what :func:`_plain` holds every annotation to in C-level
#: passes.  Compiled, it is a call and some forty steps an annotation, more than all the
#: rest of a document's check; the passes are taken only while the schema's rule is this
#: one (``_Parts.plain``), and only say yes or "ask the validator".
_PLAIN_RULE = {
    "type": "object",
    "required": ["id", "kind", "start", "end"],
    "properties": {
        "id": {"type": "string", "minLength": 1},
        "kind": {"type": "string", "minLength": 1},
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 0},
        "source": {"type": "string"},
        "score": {"type": "number"},
    },
}
_DICT, _STR, _NUMBER = frozenset({dict}), frozenset({str}), frozenset({int, float})


class _Absent:
    """The type of :data:`_ABSENT` alone (no value of a document's is one)."""


_ABSENT = _Absent()


def _plain(annotations: list[Any]) -> bool:
    """Whether each of ``annotations`` keeps :data:`_PLAIN_RULE`, by C-level passes over
    them all; no where one may not (a subclass of dict or str, a key missing), and the
    compiled rule is run on each, to be sure or to name the field."""
    if not annotations:
        return True
    if not set(map(type, annotations)) <= _DICT:
        return False
    absent = itertools.repeat(_ABSENT)
    try:
        ids, kinds = set(map(_ID, annotations)), set(map(_KIND, annotations))
        offsets = {*map(_START, annotations), *map(_END, annotations)}
        sources = set(map(dict.get, annotations, itertools.repeat("source"), absent))
    except (KeyError, TypeError):  # (a key missing, a value that is no str nor int)
        return False
    scores = set(map(type, map(dict.get, annotations, itertools.repeat("score"), absent)))
    sources.discard(_ABSENT)
    scores.discard(_Absent)
    return (
        set(map(type, ids)) | set(map(type, kinds)) | set(map(type, sources)) <= _STR
        and "" not in ids
        and "" not in kinds
        and set(map(type, offsets)) <= _INT
        and min(offsets) >= 0
        and scores <= _NUMBER
    )


@cache
def _validators() -> _Parts:
    """The schema's parts, read once, each compiled when first asked for."""
    return _Parts()


def _inlined(rule: Any, root: Mapping[str, Any]) -> Any:
    """``rule`` (a part of ``root``) anew, each ``$ref`` in it replaced by the rule it
    names and ``$defs`` left out (the schema's references do not recur)."""
    if isinstance(rule, dict):
        if "$ref" in rule:
            return _inlined(_resolve(root, rule["$ref"]), root)
        return {k: _inlined(v, root) for k, v in rule.items() if k != "$defs"}
    if isinstance(rule, list):
        return [_inlined(v, root) for v in rule]
    return rule


@cache
def _refusal_type() -> type[JsonSchemaValueException]:
    """fastjsonschema's ``JsonSchemaValueException`` (its import is some 14 M instructions:
    made only when a check refuses, or the schema is compiled here)."""
    from fastjsonschema import JsonSchemaValueException

    return JsonSchemaValueException


class Refusal:
    """What the shipped checks (:mod:`limner._schema_checks`) raise by the name
    ``JsonSchemaValueException``: fastjsonschema's own exception, made (and fastjsonschema
    imported) only when a check refuses, so that a document that keeps every rule is
    checked without importing fastjsonschema."""

    def __new__(cls, *args: Any, **kwargs: Any) -> JsonSchemaValueException:  # type: ignore[misc]
        return _refusal_type()(*args, **kwargs)


def _no_floats(validate: _Validator, rules: Mapping[str, Any]) -> _Validator:
    """``validate``, then the refusal of a float in a property ``rules`` types as
    ``integer`` (the schema's integer takes ``3.0``; limner's is an ``int``)."""
    integers = {
        name: sub
        for name, sub in rules.get("properties", {}).items()
        if "integer" in ([t] if isinstance(t := sub.get("type"), str) else t or ())
    }
    if not integers:
        return validate

    def held(data: Any) -> Any:
        validate(data)
        for name, sub in integers.items():
            value = data.get(name)
            if isinstance(value, float):
                raise Refusal(
                    f"data.{name} must be integer",
                    value=value,
                    name=f"data.{name}",
                    definition=sub,
                    rule="type",
                )
        return data

    return held


def _loading_schema() -> dict[str, Any]:
    """The shipped schema as loading holds a document to it: the required keys that have
    a natural empty value (:data:`_OPTIONAL_TOP`, :data:`_OPTIONAL_ANNOTATION`) may be
    missing."""
    root = schema()
    defs = root["$defs"]
    rule = defs["annotation"]
    return {
        **root,
        "required": [k for k in root["required"] if k not in _OPTIONAL_TOP],
        "$defs": {
            **defs,
            "annotation": {
                **rule,
                "required": [k for k in rule["required"] if k not in _OPTIONAL_ANNOTATION],
            },
        },
    }


def _input_error(exc: JsonSchemaValueException, path: str) -> InputError:
    """The InputError of a validator's refusal ``exc``, its path under ``path`` (the
    document's root if empty)."""
    rest = str(exc.name or "data").removeprefix("data")
    where = path + rest if path else rest.removeprefix(".") or "the document"
    rule, value, wanted = exc.rule, exc.value, exc.rule_definition
    if rule == "type":
        names = [wanted] if isinstance(wanted, str) else list(wanted)
        reason = f"expected {' or '.join(names)}, got {_show(value)}"
    elif rule == "required":
        missing = [k for k in wanted if k not in value]
        reason = f"the key {missing[0]!r} is missing"
    elif rule == "const":
        reason = f"expected {wanted!r}, got {_show(value)}"
    elif rule == "enum":
        reason = f"expected one of {wanted}, got {_show(value)}"
    elif rule == "minimum":
        reason = f"{_short(value)} is below {wanted}"
    elif rule == "maximum":
        reason = f"{_short(value)} is above {wanted}"
    elif rule == "minLength" and wanted == 1:
        reason = "must not be empty"
    elif rule == "pattern":
        reason = f"{_short(value)} does not match {wanted}"
    else:  # (a keyword the schema does not use today: the library's own words)
        reason = str(exc.message).removeprefix(str(exc.name)).strip()
    return InputError(f"{where}: {reason}")


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


def _resolve(root: Mapping[str, Any], ref: str) -> Mapping[str, Any]:
    node: Any = root
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    result: Mapping[str, Any] = node
    return result


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
