"""What the engine does so that one annotator's fault stays its own.

An annotator reads a :func:`read_only` view of the document: the reading API of
:class:`~limner.Document`, with ``errors`` as a tuple, ``meta`` read-only all
the way down, and ``add``/``add_layer`` refused; its layers cannot be changed
by anyone (see :class:`~limner.Layer`).  Before it runs, the engine takes a
:func:`checkpoint`; if the annotator fails in any way (raises, times out, or
breaks the contract), :func:`rollback` takes the document back to it, so
nothing half-added survives.  :func:`check_results` holds the results to the
contract: only kinds the annotator declares in ``produces``, references that
resolve, and no change to the ``features`` of annotations already stored, nor
inside the lists and dicts of their typed fields.
:func:`marked_interrupts` tells a real Ctrl-C from a ``KeyboardInterrupt``
that plugin code raised itself.
"""

from __future__ import annotations

import collections
import copy
import importlib
import itertools
import operator
import os
import signal
import sys
import threading
import types
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import attrs

from limner.annotator import Annotator
from limner.document import (
    Annotation,
    Document,
    Error,
    Layer,
    _check_references,
    _own_fields,
    _registered,
    _sealed_layer,
    dumps,
    ref_fields,
)
from limner.errors import ContractError, plugin_fault, plugin_filters, said

__all__ = [
    "Checkpoint",
    "UserInterrupt",
    "check_results",
    "checkpoint",
    "held_to_the_run",
    "is_view",
    "marked_interrupts",
    "private_change",
    "read_only",
    "restore_stop_handlers",
    "rollback",
    "run_begun",
    "run_ended",
    "stop_handlers",
    "store_results",
    "who",
]

_features = operator.attrgetter("features")
_kind = operator.attrgetter("kind")
_id = operator.attrgetter("id")
_is_str = str.__instancecheck__


class _ReadOnlyDocument(Document):
    """A document as an annotator sees it: everything to read, nothing to change."""

    __slots__ = ()

    def add(self, annotations: Any, *, source: str | None = None) -> list[Annotation]:
        raise TypeError(
            "an annotator cannot add to the document it reads; return the annotations instead"
        )

    def add_layer(self, layer: Layer) -> None:
        raise TypeError(
            "an annotator cannot add to the document it reads; return the layer instead"
        )

    def __setattr__(self, name: str, value: Any) -> None:
        raise TypeError(f"an annotator cannot change the document it reads (it set {name!r})")

    def __delattr__(self, name: str) -> None:
        raise TypeError(f"an annotator cannot change the document it reads (it deleted {name!r})")


_SLOTS = tuple(
    name
    for cls in Document.__mro__
    for name in getattr(cls, "__slots__", ())
    if name != "__weakref__"
)

_slot_values = operator.attrgetter(*_SLOTS)
#: each slot's descriptor, whose ``__set__`` stores past ``__setattr__``
_SLOT_SETTERS = tuple(
    next(cls.__dict__[name] for cls in Document.__mro__ if name in cls.__dict__)
    for name in _SLOTS
)
_set_slot = type(_SLOT_SETTERS[0]).__set__


def is_view(doc: Document) -> bool:
    """Whether ``doc`` is a view that :func:`read_only` made."""
    return type(doc) is _ReadOnlyDocument


def read_only(doc: Document) -> Document:
    """A view of ``doc`` that shares its annotations and refuses every change.

    ``errors`` is a tuple and ``meta`` a read-only mapping, its nested objects
    read-only mappings and its arrays tuples; ``add``, ``add_layer``, setting
    an attribute and changing ``meta`` raise ``TypeError``.  Layers cannot
    change (see :class:`~limner.Layer`) and annotations are frozen; their
    ``features`` are checked by :func:`check_results`.  As the view cannot be changed and shares the
    document's containers, one view serves every annotator that runs while
    ``doc.errors`` stays as it is.
    """
    view = object.__new__(_ReadOnlyDocument)
    # (every slot shared, in C-level passes: the slots' own setters, past the view's
    # __setattr__ that refuses)
    collections.deque(map(_set_slot, _SLOT_SETTERS, itertools.repeat(view),
                          _slot_values(doc)), maxlen=0)
    object.__setattr__(view, "errors", tuple(map(_read_only_error, doc.errors)))
    object.__setattr__(view, "meta", _read_only_meta(doc.meta))
    object.__setattr__(view, "extra", _read_only_meta(doc.extra))
    return view


def _read_only_error(error: Error) -> Error:
    """``error`` with its ``extra`` read-only all the way down (a copy of the record: the
    record's own dict, changed, forged the message of another's failure in the JSON
    form, or made the document unwritable)."""
    seen = copy.copy(error)
    object.__setattr__(seen, "extra", _read_only_meta(error.extra))
    return seen


def _read_only_meta(meta: Mapping[str, Any]) -> Mapping[str, Any]:
    """``meta`` read-only all the way down: a read-only mapping over it when its
    values are scalars (the common case: nothing is copied), else over a copy
    whose objects are read-only mappings and whose arrays are tuples."""
    if not meta or set(map(type, meta.values())) <= _SCALARS:
        return types.MappingProxyType(meta)
    frozen: Mapping[str, Any] = _frozen(meta)
    return frozen


def _frozen(value: Any) -> Any:
    """A read-only copy of the JSON value ``value`` (other objects are kept as they are)."""
    try:
        return _frozen_levels(value)
    except RecursionError:  # (nested deeper than two frames a level reach: see _rebuilt)
        return _rebuilt(value, freeze=True)


def _frozen_levels(value: Any) -> Any:
    """:func:`_frozen`, a call a level (the common, shallow, case)."""
    if isinstance(value, Mapping):
        return types.MappingProxyType({k: _frozen_levels(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return tuple(map(_frozen_levels, value))
    if isinstance(value, set | frozenset):
        return frozenset(map(_frozen_levels, value))
    return value


def _rebuilt(value: Any, *, freeze: bool) -> Any:
    """``value`` with its containers made anew level by level, without a call a level:
    with ``freeze``, as :func:`_frozen` makes them (mappings read-only, arrays tuples,
    sets frozensets), else as :func:`_copied` does (lists, dicts and tuples copied).

    A document holds values as deep as JSON writes them (some thousand levels, the
    encoder's C frames being cheap), while a copy made by calls (two Python frames a
    level, ``copy.deepcopy`` three) ran out of them at a few hundred: an annotation's
    features or a document's ``meta`` nested 600 deep, which ``limner.dumps`` wrote and
    ``limner.loads`` read, made ``Enricher.enrich`` raise ``RecursionError``.  The
    copiers take this path when theirs fails so.

    Raises:
        ValueError: a container holds itself (``m["self"] = m``), which no JSON
            writes: read level by level it never ended, and took all the memory
            there was (``Enricher.enrich(text, meta=m)``).
    """
    nests: Callable[[Any], bool] = (
        _nests_frozen if freeze else lambda v: type(v) in _CONTAINERS
    )
    if not nests(value):
        return value
    # each level under way: the container, its (key, value) pairs still to be read, and
    # those read (a nested one as its key until it is made, then with what it is made as)
    stack: list[tuple[Any, Iterator[tuple[Any, Any]], list[Any]]] = [
        (value, _pairs(value), [])
    ]
    under_way = {id(value)}  # (the containers of the stack)
    while True:
        node, pairs, done = stack[-1]
        for key, item in pairs:
            if nests(item):
                if id(item) in under_way:
                    raise ValueError(
                        f"a {type(item).__name__} holds itself, which is not JSON (no "
                        "JSON value holds itself)"
                    )
                under_way.add(id(item))
                done.append(key)
                stack.append((item, _pairs(item), []))
                break
            done.append((key, item))
        else:
            stack.pop()
            under_way.discard(id(node))
            made = _made(node, done, freeze)
            if not stack:
                return made
            above = stack[-1][2]
            above[-1] = (above[-1], made)


def _nests_frozen(value: Any) -> bool:
    return isinstance(value, Mapping | list | tuple | set | frozenset)


def _pairs(node: Any) -> Iterator[tuple[Any, Any]]:
    if isinstance(node, Mapping):
        return iter(node.items())
    return zip(itertools.repeat(None), node, strict=False)


def _made(node: Any, done: list[tuple[Any, Any]], freeze: bool) -> Any:
    if isinstance(node, Mapping):
        made = dict(done)
        return types.MappingProxyType(made) if freeze else made
    items = [item for _, item in done]
    if isinstance(node, set | frozenset):
        return frozenset(items)
    if freeze or type(node) is tuple:
        return tuple(items)
    return items


class Checkpoint:
    """The state of a document before an annotator ran (the engine's own record: it
    is taken before every annotator, so it is a plain class with slots, made with
    no more than a store to each)."""

    __slots__ = (
        "annotations",
        "counters",
        "errors",
        "featured",
        "features",
        "held",
        "layers",
        "stored",
    )

    def __init__(
        self,
        annotations: int,
        stored: list[Annotation],
        layers: dict[str, Layer],
        counters: dict[str, int],
        errors: int,
        features: list[tuple[Annotation, dict[str, Any]]],
        featured: int,
        held: list[tuple[Annotation, str, Any]] | None = None,
    ) -> None:
        self.annotations = annotations
        self.stored = stored
        self.layers = layers
        self.counters = counters
        self.errors = errors
        self.features = features
        self.featured = featured
        self.held: list[tuple[Annotation, str, Any]] = [] if held is None else held

    def __repr__(self) -> str:
        return f"Checkpoint(annotations={self.annotations}, errors={self.errors})"


def checkpoint(doc: Document, since: Checkpoint | None = None) -> Checkpoint:
    """Remember what ``doc`` holds now: counts, the layers (which cannot change,
    so the layers themselves are kept), a copy of the ``features`` that are
    not empty (most annotations keep their fields in typed slots), and a copy of
    each value of a typed field that can change in place (a list, a dict).

    ``since``, a checkpoint of ``doc`` taken earlier in the same run, after which
    annotations were only added (or taken back to it) and no value was changed
    (:func:`check_results` or :func:`rollback` saw to it), lends its copies of
    ``features`` and of typed fields: only the annotations added since are looked
    at.  (Nothing hands those copies out: :func:`rollback` puts back copies of them.)
    """
    anns = doc._annotations
    if not anns:  # (a new document, the first annotator's: nothing to copy)
        return Checkpoint(0, [], dict(doc._layers), dict(doc._counters), len(doc.errors),
                          [], 0, [])
    if since is None or since.annotations > len(anns):
        features = [(a, _saved(a.features)) for a in filter(_features, anns)]
        held = _held_values(anns)
    else:
        features = since.features[:]
        held = since.held[:]
        if len(anns) > since.annotations:
            added = anns[since.annotations :]
            features += [(a, _saved(a.features)) for a in filter(_features, added)]
            held += _held_values(added)
    return Checkpoint(
        len(anns),
        anns[:],
        dict(doc._layers),
        dict(doc._counters),
        len(doc.errors),
        features,
        len(features),
        held,
    )


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _held_values(annotations: Sequence[Annotation]) -> list[tuple[Annotation, str, Any]]:
    """The values of typed fields in ``annotations`` that can change in place (a
    location's ``evidence``, a sentiment's ``drivers``), each with a copy: looked
    for a field at a time over the annotations of a class, with C-level passes."""
    held: list[tuple[Annotation, str, Any]] = []
    for cls in set(map(type, annotations)):
        fields = _mutable_fields(cls)
        if not fields:
            continue  # (a number's, a quote's: every field declared a scalar)
        items = [a for a in annotations if type(a) is cls]
        for field in fields:
            column = list(map(operator.attrgetter(field.name), items))
            if set(map(type, column)).isdisjoint(_CONTAINERS):
                continue
            copies = _copies(column)
            if copies is not None:
                held.extend(zip(items, itertools.repeat(field.name), copies))
                continue
            held.extend(
                (a, field.name, _copied(value))
                for a, value in zip(items, column, strict=True)
                if type(value) in _CONTAINERS
            )
    return held


def _copies(column: list[Any]) -> list[list[Any]] | None:
    """A :func:`_copied` copy of each value of ``column`` when every one is a list
    of scalars, or a list of lists of scalars (a location's ``evidence``, a
    sentiment's ``drivers``, the common shapes), made in C-level passes over the
    whole column rather than a call or two a value; ``None`` for any other shape."""
    if set(map(type, column)) != _LIST:
        return None
    inner = set(map(type, itertools.chain.from_iterable(column)))
    if inner.isdisjoint(_CONTAINERS):
        return list(map(list.copy, column))
    if inner == _LIST and _CONTAINERS.isdisjoint(
        map(type, itertools.chain.from_iterable(itertools.chain.from_iterable(column)))
    ):
        return [list(map(list.copy, value)) for value in column]
    return None


_LIST = {list}


def _held_once_count() -> int | None:
    """What :func:`_unshared` reads as the reference count of a value held by one
    container besides the column it is read from (its annotation's slot, or its outer
    list), measured on such a value; ``None`` where counts do not tell it (an
    interpreter other than CPython, or one without the GIL, whose counts are deferred)."""
    gil = getattr(sys, "_is_gil_enabled", None)
    if sys.implementation.name != "cpython" or (gil is not None and not gil()):
        return None
    probe: list[list[Any]] = [[]]
    return _single(set(map(sys.getrefcount, list(probe))))


def _single(counts: set[int]) -> int | None:
    return counts.pop() if len(counts) == 1 else None


def _unshared(column: list[Any]) -> bool:
    """Whether every value of ``column`` (a field's values over a batch, read into this
    list) is a list that its annotation alone holds, of scalars or of lists that list
    alone holds, of scalars: nothing else refers to them, the plugin that made them
    included, so they are the document's without a copy (:func:`_owned`).  Judged by
    reference counts, in C-level passes; ``False`` means "copy"."""
    if _HELD_ONCE is None or not column or set(map(type, column)) != _LIST:
        return False
    if _single(set(map(sys.getrefcount, column))) != _HELD_ONCE:
        return False  # (a list held elsewhere too, or twice in the batch)
    inner = list(itertools.chain.from_iterable(column))
    types = set(map(type, inner))
    if types.isdisjoint(_CONTAINERS):
        return True
    if types != _LIST or _single(set(map(sys.getrefcount, inner))) != _HELD_ONCE:
        return False
    return _CONTAINERS.isdisjoint(map(type, itertools.chain.from_iterable(inner)))


_HELD_ONCE = _held_once_count()


_CONTAINERS = frozenset({list, dict, tuple})
#: The types of a field that holds no list or dict, as written in its annotation.
_SCALAR_NAMES = frozenset({"str", "int", "float", "bool", "None"})


def _mutable_fields(cls: type[Annotation]) -> tuple[attrs.Attribute[Any], ...]:
    """The own fields of ``cls`` that may hold a list or a dict: all but those declared
    as scalars or unions of them (``str``, ``int | None``); made once per class."""
    cached: tuple[attrs.Attribute[Any], ...] | None = cls.__dict__.get("_limner_mutable")
    if cached is None:
        cached = tuple(f for f in _own_fields(cls) if not _declared_scalar(f.type))
        cls._limner_mutable = cached  # type: ignore[attr-defined]
    return cached


def _declared_scalar(declared: Any) -> bool:
    if isinstance(declared, str):
        return all(part.strip() in _SCALAR_NAMES for part in declared.split("|"))
    return declared in _SCALARS


def _copied(value: Any) -> Any:
    """A copy of ``value`` whose lists, dicts and tuples are its own, level by level
    (faster than :func:`copy.deepcopy`); any other object is shared, as it is."""
    try:
        return _copied_levels(value)
    except RecursionError:  # (nested deeper than two frames a level reach: see _rebuilt)
        return _rebuilt(value, freeze=False)


def _copied_levels(value: Any) -> Any:
    """:func:`_copied`, a call a level (the common, shallow, case)."""
    kind = type(value)
    if kind is list:
        if _CONTAINERS.isdisjoint(map(type, value)):  # (a location's evidence: strings)
            return value[:]
        return [_copied_levels(v) if type(v) in _CONTAINERS else v for v in value]
    if kind is dict:
        return {k: _copied_levels(v) if type(v) in _CONTAINERS else v for k, v in value.items()}
    if kind is tuple:
        return tuple(_copied_levels(v) if type(v) in _CONTAINERS else v for v in value)
    return value


def _held_changed(mark: Checkpoint) -> tuple[Annotation, str] | None:
    """The first annotation and field of ``mark.held`` whose value changed, or ``None``."""
    for a, name, saved in mark.held:
        if getattr(a, name) != saved:
            return a, name
    return None


def _saved(features: Any) -> dict[str, Any]:
    """A copy of ``features`` to compare and restore: plain for scalar values
    (the common case), deep when a value nests (a list inside the features is
    as much the other annotator's work)."""
    saved = dict(features)
    if set(map(type, saved.values())) <= _SCALARS:
        return saved
    try:
        return copy.deepcopy(saved)
    except RecursionError:  # (nested deeper than three frames a level reach: see _rebuilt)
        copied: dict[str, Any] = _rebuilt(saved, freeze=False)
        return copied


def features_changed(doc: Document, mark: Checkpoint) -> Annotation | None:
    """The first stored annotation whose ``features`` differ from ``mark``, or ``None``."""
    for a, saved in mark.features:
        if a.features != saved:
            return a
    stored = itertools.islice(doc._annotations, mark.annotations)
    if len(list(filter(_features, stored))) != mark.featured:
        saved_ids = {id(a) for a, _ in mark.features}
        stored = itertools.islice(doc._annotations, mark.annotations)
        return next(a for a in filter(_features, stored) if id(a) not in saved_ids)
    return None


def private_change(doc: Document, mark: Checkpoint) -> str | None:
    """What of ``doc``'s private state differs from ``mark``, for a message, or ``None``.

    An annotator's view shares the document's containers, so plugin code that reaches
    into them (``doc._annotations.clear()``, ``doc._by_id[...] = ...``) changed the
    document itself: other plugins' annotations were lost without a word.  Checked
    after every annotator at C speed: the stored annotations against a copy (by
    identity first), the indexes by their sizes and order, the layers and counters.
    """
    anns = doc._annotations
    if anns != mark.stored:
        return (
            f"the stored annotations (doc._annotations: {mark.annotations} before, "
            f"{len(anns)} after)"
        )
    by_id = doc._by_id
    if len(by_id) != len(anns) or list(by_id.values()) != anns:
        return "the index of annotations by id (doc._by_id)"
    if sum(map(len, doc._by_kind.values())) != len(anns):
        return "the index of annotations by kind (doc._by_kind)"
    if doc._layers != mark.layers:
        return "the layers (doc._layers)"
    if doc._counters != mark.counters:
        return "the id counters (doc._counters)"
    return None


def rollback(doc: Document, mark: Checkpoint) -> None:
    """Take ``doc`` back to ``mark``: what was added since goes, what was stored comes
    back (taken away or replaced through the private state), ``features`` come back.

    Errors recorded since are kept: they are the engine's, not the annotator's.
    """
    anns = doc._annotations
    if (
        len(anns) != mark.annotations
        or len(doc._by_id) != mark.annotations
        or private_change(doc, mark) is not None
    ):
        anns[:] = mark.stored
        doc._by_id.clear()
        doc._by_id.update((a.id, a) for a in anns)
        doc._by_kind.clear()
        for a in anns:
            doc._by_kind.setdefault(a.kind, []).append(a)
        doc._index.clear()
    doc._layers.clear()
    doc._layers.update(mark.layers)
    doc._counters.clear()
    doc._counters.update(mark.counters)
    if features_changed(doc, mark) is not None:
        saved = {id(a): f for a, f in mark.features}
        for a in anns:
            restored = saved.get(id(a), {})
            if a.features != restored:
                features = a.features
                if isinstance(features, dict):
                    features.clear()
                    # (a copy: the saved one is lent to the checkpoints that follow)
                    features.update(_saved(restored))
    for a, name, saved in mark.held:
        value = getattr(a, name)
        if value == saved:
            continue
        if type(value) is list and type(saved) is list:
            value[:] = _copied(saved)  # in place: the list the annotation holds
        elif type(value) is dict and type(saved) is dict:
            value.clear()
            value.update(_copied(saved))
        else:
            object.__setattr__(a, name, _copied(saved))


def check_results(
    annotator: Annotator,
    doc: Document,
    annotations: Sequence[Annotation],
    layers: Sequence[Layer],
    mark: Checkpoint,
    *,
    classes: set[type[Annotation]] | None = None,
) -> list[Annotation]:
    """Hold an annotator's results to the contract before they are stored; return the
    annotations to store: those of a kind a plugin gives a class, but not of that
    class, rebuilt as it (:func:`limner.document._registered`, the rule of
    :meth:`Document.add`).  ``classes``, when given, are the classes of
    ``annotations`` (not read again); the list returned is ``annotations`` itself
    when none is rebuilt.

    Raises:
        ContractError: a kind not in ``produces``, two layers of one kind or one of a
            kind the document holds from another plugin, an annotation its kind's class or
            the schema refuses, a :func:`~limner.ref` field that points at no
            annotation of the document and at no label of the batch, or a change
            to the ``features`` of a stored annotation or inside a typed field's
            list or dict.
    """
    # (the messages are made only for a batch refused: checked for every annotator
    # on every document, the common case costs a few set operations)
    private = private_change(doc, mark)
    if private is not None:
        raise ContractError(
            f"{who(annotator)} changed {private}, which are the document's, through a "
            "private attribute of the document it reads; the change is undone and the "
            "batch is refused"
        )
    kinds = set(map(_kind, annotations))
    if layers:
        kinds.update(map(_kind, layers))
    if not kinds.issubset(annotator.produces):
        undeclared = sorted(kinds.difference(annotator.produces))
        raise ContractError(
            f"{who(annotator)} returned kind {undeclared[0]!r}, which it does not declare "
            f"in produces={annotator.produces!r}; the batch is refused"
        )
    if layers:
        _check_layers(annotator, layers, mark)
    # (the engine's results are a list already: taken as they are, not copied)
    batch = annotations if isinstance(annotations, list) else list(annotations)
    types: set[type] = (
        set() if not batch else set(map(type, batch)) if classes is None else classes
    )
    if batch:
        try:
            # (a new list only where one is rebuilt; the plugin's own classes are not
            # held to the schema again here: the kit holds their output to it)
            registered = _registered(batch, natives_held=False, classes=types)
        except ValueError as exc:
            raise ContractError(f"{who(annotator)}: {exc}; the batch is refused") from None
        if registered is not batch:  # (some rebuilt as their kind's class)
            batch = registered
            types = set(map(type, batch))
    if types:
        _check_own_to_dict(annotator, batch, types)
    classes = set(filter(ref_fields, types)) if types else None
    if classes and not _refs_resolve(batch, classes, doc._by_id):
        try:  # the rule of Document.add, naming the first offender
            _check_references(batch, doc._by_id)
        except ValueError as exc:
            raise ContractError(f"{who(annotator)}: {exc}; the batch is refused") from None
    changed = features_changed(doc, mark)
    if changed is not None:
        raise ContractError(
            f"{who(annotator)} changed the features of {changed.id!r} ({changed.kind}), an "
            "annotation it only reads; the change is undone"
        )
    held = _held_changed(mark) if mark.held else None
    if held is not None:
        a, name = held
        raise ContractError(
            f"{who(annotator)} changed the field {name!r} of {a.id!r} ({a.kind}), an "
            "annotation it only reads; the change is undone"
        )
    return batch


_to_dict = Annotation.to_dict


def _check_own_to_dict(
    annotator: Annotator, batch: Sequence[Annotation], types: set[type]
) -> None:
    """Refuse an annotation of a class with a ``to_dict`` of its own (plugin code every
    writer of the document calls) that raises, or gives what JSON cannot hold: stored,
    it made every writer of the document fail, blaming the format.  (A class that keeps
    :meth:`Annotation.to_dict`, the common one, costs a look at its classes,
    ``types``.)"""
    own = {cls for cls in types if getattr(cls, "to_dict", None) is not _to_dict}
    if not own:
        return
    for a in batch:
        if type(a) not in own:
            continue
        what = f"the to_dict of {type(a).__name__} ({a.kind} at [{a.start}, {a.end}))"
        try:
            data = a.to_dict()
        except BaseException as exc:
            if not plugin_fault(exc):  # (a KeyboardInterrupt: the user's)
                raise
            raise ContractError(
                f"{who(annotator)}: {what} raised {type(exc).__name__}: {said(exc)}; the "
                "batch is refused"
            ) from None
        try:
            if not isinstance(data, dict):
                raise TypeError(f"it gave {type(data).__name__}, not a dict")
            dumps(data)
        except (TypeError, ValueError, RecursionError) as exc:
            raise ContractError(
                f"{who(annotator)}: {what} gave what JSON cannot hold ({said(exc)}); the "
                "batch is refused"
            ) from None


def _check_layers(annotator: Annotator, layers: Sequence[Layer], mark: Checkpoint) -> None:
    """Refuse two layers of one kind, and a layer of a kind that the document holds
    from another plugin: a document holds one layer of a kind, and another's is never
    replaced (the annotator's own, from an earlier run, is)."""
    source = annotator.plugin or annotator.name
    kinds: set[str] = set()
    for layer in layers:
        if layer.kind in kinds:
            raise ContractError(
                f"{who(annotator)} returned two layers of kind {layer.kind!r}; a document "
                "holds one layer of a kind; the batch is refused"
            )
        kinds.add(layer.kind)
        held = mark.layers.get(layer.kind)
        if held is not None and held.source != source:
            raise ContractError(
                f"{who(annotator)} returned a layer of kind {layer.kind!r}, which the "
                f"document holds from plugin {held.source!r}; the batch is refused"
            )


def who(annotator: Annotator) -> str:
    """The annotator as a contract error names it."""
    return f"annotator {annotator.name!r} (plugin {annotator.plugin!r})"


def _refs_resolve(
    annotations: Sequence[Annotation], classes: set[type], stored: Mapping[str, Any]
) -> bool:
    """Whether every :func:`~limner.ref` field of ``annotations`` is empty or names a
    stored annotation or a label of the batch, judged on the distinct values at C speed.

    ``False`` means "look closer": :func:`check_results` then walks the batch
    annotation by annotation to name the first offender.
    """
    values: set[Any] = set()
    alone = len(classes) == 1 and set(map(type, annotations)) == classes
    for cls in classes:
        items = annotations if alone else [a for a in annotations if type(a) is cls]
        for name in ref_fields(cls):
            try:
                values.update(map(operator.attrgetter(name), items))
            except TypeError:  # an unhashable value: not a reference
                return False
    values.discard(None)
    if not values:
        return True
    if not all(map(_is_str, values)):
        return False
    if stored.keys() >= values:  # (C-level passes over the distinct values, no Python step each)
        return True
    labels = set(filter(None, map(_id, annotations)))
    # (the difference with the dict itself walks the values only; with its keys view it
    # would walk every stored id)
    return labels.issuperset(values.difference(stored))


def _owned(
    annotations: Sequence[Annotation], classes: set[type[Annotation]] | None = None
) -> None:
    """Give each annotation a copy of its ``features`` (when not empty) and of the lists
    and dicts its typed fields hold, for the document to own.

    The plugin held on to what it returned: changed later (a cache of annotations
    updated at the next document, one features dict shared by every annotation it
    makes), a document enriched before changed with it, without a word, and so did
    every document that held the same dict.  (An annotation without features, of a
    class whose fields are declared scalars, the common case, costs a C-level pass.)
    """
    for a in filter(_features, annotations):
        features = a.features
        object.__setattr__(a, "features", _copied(features if type(features) is dict
                                                  else dict(features)))
    for cls in set(map(type, annotations)) if classes is None else classes:
        fields = _mutable_fields(cls)
        if not fields:
            continue
        items = [a for a in annotations if type(a) is cls]
        for field in fields:
            name = field.name
            column = list(map(operator.attrgetter(name), items))
            if _unshared(column):
                continue  # (every list held by its annotation alone: the document's already)
            copies = _copies(column)
            if copies is not None:  # (every value a list: each given its copy at C speed)
                collections.deque(
                    map(object.__setattr__, items, itertools.repeat(name), copies), maxlen=0
                )
                continue
            for a, value in zip(items, column, strict=True):
                if type(value) in _CONTAINERS:
                    object.__setattr__(a, name, _copied(value))


def store_results(
    annotator: Annotator,
    doc: Document,
    annotations: Sequence[Annotation],
    layers: Sequence[Layer],
    *,
    check_values: bool = True,
    classes: set[type[Annotation]] | None = None,
) -> None:
    """Store results that passed :func:`check_results`, each marked with the
    annotator's plugin (or its name) as source; a layer was checked when it was
    made and cannot have changed since (else it is checked again, see
    :func:`~limner.document._sealed_layer`).

    With ``check_values`` false, the values of the annotations are left for
    the encoder of the document's JSON line (see :func:`limner.batch.enriched_line`).
    ``classes``, when given, are the classes of ``annotations`` (not read again).
    """
    source = annotator.plugin or annotator.name
    if annotations:
        if classes is None:
            classes = set(map(type, annotations))  # (one pass, for both steps)
        _owned(annotations, classes)
        doc._add(annotations, source, check_values=check_values, classes=classes)
    for layer in layers:
        doc.add_layer(_sealed_layer(layer, source))


#: the signals that stop a run (Ctrl-C, ``kill``): their handlers are the user's
_STOPPING = (signal.SIGINT, signal.SIGTERM)
#: the signal of a closed terminal (none on Windows), which stops a run too: its handler
#: is looked at around an import, a hook and a setup (``stop_handlers(hangup=True)``),
#: where a plugin sets what it does, not after each annotator's run of a document
#: (the one place that asks whether the platform has it: cli's signals that end a command
#: as Ctrl-C does and parallel's signals of a terminal are built from _HANGUPS)
_HANGUPS: tuple[signal.Signals, ...] = (signal.SIGHUP,) if hasattr(signal, "SIGHUP") else ()
_HANGUP: int | None = _HANGUPS[0] if _HANGUPS else None


def stop_handlers(hangup: bool = False) -> tuple[Any, ...]:
    """What of the process's state an annotator must leave as it found it, as it is
    now: the handlers of the signals that stop a run, then ``sys.stdout`` and
    ``sys.stderr``, then the recursion limit, then what file descriptors 1 and 2 stand
    for (a few C calls and look-ups and two ``fstat``: taken before a document's
    annotators run).  Off the main thread the handlers are ``None``, not looked at:
    plugin code there cannot change them (``signal.signal`` raises), and the main
    thread's own changes meanwhile are not its doing; the rest is taken and held
    to as on the main thread (see :func:`run_begun`).  With ``hangup``, the handler of
    SIGHUP last (``None`` where there is none)."""
    main = threading.current_thread() is threading.main_thread()
    saved = (
        _handler_of(_SIGINT) if main else None,
        _handler_of(_SIGTERM) if main else None,
        sys.stdout,
        sys.stderr,
        _getrecursionlimit(),
        _kept_descriptor(1),
        _kept_descriptor(2),
    )
    if hangup:
        return (*saved, _handler_of(_HANGUP) if main and _HANGUP is not None else None)
    return saved


def restore_stop_handlers(saved: tuple[Any, ...], alone: bool = True) -> str | None:
    """Put back what ``saved`` holds (:func:`stop_handlers` before an annotator ran) as
    it was; return what had changed, for a message (``"the handler of SIGINT, which
    stops the run"``), or ``None``.

    A plugin that ignores Ctrl-C (``signal.signal(SIGINT, SIG_IGN)``) kept a batch
    from stopping at it; one that replaced ``sys.stdout`` (``sys.stdout =
    open(os.devnull, "w")`` to silence a library, never put back) silenced what the
    application printed from then on, its own output lost; one that lowered the
    recursion limit (``sys.setrecursionlimit(50)``) made later work fail (a JSON
    encoding, a Dask pool) with a ``RecursionError`` that named no plugin.  The
    change is undone and,
    in an annotator's run, refused as a :class:`~limner.ContractError`.

    With ``alone`` false (plugin code ran in another thread meanwhile: see
    :func:`run_begun`) only the handlers are looked at: the streams, the limit and the
    descriptors are the process's, and a change to them cannot be told whose.
    """
    if not alone:
        return _restored(saved, handlers_only=True)
    if len(saved) == _SAVED:
        # the common case, nothing changed: one pass of identity tests and C calls, the
        # names bound once (each is looked at again below when one differs)
        first = saved[0]
        if (
            (first is None or _handler_of(_SIGINT) is first)
            and (saved[1] is None or _handler_of(_SIGTERM) is saved[1])
            and sys.stdout is saved[2]
            and sys.stderr is saved[3]
            and _getrecursionlimit() >= saved[_LIMIT]
            and saved[_LIMIT + 1] is not None
            and saved[_LIMIT + 2] is not None
        ):
            try:
                _get_flags(1, _F_GETFD)
                _get_flags(2, _F_GETFD)
            except OSError:
                pass  # (closed: put back below)
            else:
                return None
    return _restored(saved)


@contextmanager
def held_to_the_run(what: str) -> Iterator[None]:
    """Around plugin code that limner calls outside an annotator's run and its setup
    (importing a plugin, its hooks): the warnings filters it changes are its own
    (:func:`~limner.errors.plugin_filters`), and what it changes of what
    :func:`stop_handlers` holds (the handlers of the signals that stop a run, the
    standard streams and descriptors, the recursion limit) is undone as it returns,
    and is its fault: a :class:`~limner.ContractError` saying ``what`` changed it.

    A plugin that ignored Ctrl-C at import (``signal.signal(SIGINT, SIG_IGN)``), or
    replaced ``sys.stdout`` or lowered the recursion limit in its
    ``limner_annotators``, changed them for the whole run without a word, where an
    annotator or a setup doing so is named and undone.
    """
    stops = stop_handlers(hangup=True)
    token = run_begun()
    try:
        with plugin_filters():
            yield
    finally:
        changed = restore_stop_handlers(stops, run_ended(token))
    if changed is not None:
        raise ContractError(f"{what} changed {changed}; the change is undone")


#: the runs of plugin code (an annotator's, a setup's) under way in the process, by the
#: thread they run in, and how many have begun in all and in each thread (see
#: :func:`run_begun`)
_RUNNING: dict[int, int] = {}
_BEGUN: dict[int, int] = {}
_ALL_BEGUN = [0]
_RUNS_LOCK = threading.Lock()
_get_ident = threading.get_ident


def run_begun() -> tuple[int, int]:
    """Note a run of plugin code begun in this thread; return what :func:`run_ended`
    takes ((-1, -1): a run is under way in another thread).

    What one run changes of the process's state (``sys.stdout``, the recursion limit,
    a standard descriptor) is its doing when no run of another thread was under way at
    any time beside it (a run it holds, an annotator that enriches a text of its own,
    is its own); otherwise it cannot be told whose, and is left (see
    :func:`restore_stop_handlers`).  A lock taken twice a run."""
    me = _get_ident()
    with _RUNS_LOCK:  # (a block, so that a Ctrl-C within it cannot leave it held)
        mine = _RUNNING.get(me, 0)
        _RUNNING[me] = mine + 1
        here = _BEGUN[me] = _BEGUN.get(me, 0) + 1
        begun = _ALL_BEGUN[0] = _ALL_BEGUN[0] + 1
        alone = len(_RUNNING) == 1
    return (begun, here) if alone else (-1, -1)


def run_ended(token: tuple[int, int]) -> bool:
    """Note the run of ``token`` ended; return whether it ran alone throughout (every
    run begun meanwhile was of its own thread)."""
    me = _get_ident()
    begun, here = token
    with _RUNS_LOCK:
        alone = begun >= 0 and _ALL_BEGUN[0] - begun == _BEGUN[me] - here
        left = _RUNNING[me] - 1
        if left:
            _RUNNING[me] = left
        else:  # (nothing runs in the thread: its counts start again at its next run)
            del _RUNNING[me]
            del _BEGUN[me]
    return alone


def _restored(saved: tuple[Any, ...], handlers_only: bool = False) -> str | None:
    """:func:`restore_stop_handlers` once something differs, or may: each part looked
    at, put back and named (the signals' handlers alone with ``handlers_only``)."""
    changed = None
    handlers: list[tuple[int, Any]] = list(zip(_STOPPING, saved, strict=False))
    if len(saved) > _SAVED and _HANGUP is not None:  # (stop_handlers(hangup=True))
        handlers.append((_HANGUP, saved[_SAVED]))
    for signum, before in handlers:
        if before is not None and _handler_of(signum) is not before:
            # (None: a handler installed outside Python, which cannot be put back)
            _install(signum, before)
            name = signal.Signals(signum).name
            changed = changed or f"the handler of {name}, which stops the run"
    if handlers_only:
        return changed
    for stream, before in zip(_STREAMS, saved[len(_STOPPING) :], strict=False):
        if getattr(sys, stream) is not before:
            setattr(sys, stream, before)
            changed = changed or f"sys.{stream}, which is the application's"
    if len(saved) > _LIMIT and sys.getrecursionlimit() < saved[_LIMIT]:
        # (lowered: what runs after, a pool's threads, the JSON encoder, failed with a
        # RecursionError; a limit raised, as a parser's library does, is left as it is)
        lowered = sys.getrecursionlimit()
        sys.setrecursionlimit(saved[_LIMIT])
        changed = changed or (
            f"the recursion limit (lowered to {lowered} from {saved[_LIMIT]}), which is "
            "the process's"
        )
    for fd, before in zip(_DESCRIPTORS, saved[_LIMIT + 1 :], strict=False):
        if before is not None and not _is_open(fd):
            # (whether it is open, a C call: what it stands for, an fstat, is looked at
            # once per document, where the copy to put it back from is kept)
            os.dup2(_KEPT[fd][1], fd)
            changed = changed or (
                f"file descriptor {fd} ({_DESCRIPTORS[fd]}), which it closed; it is the "
                "application's"
            )
    return changed


#: the standard descriptors that plugin code must leave as it found them
_DESCRIPTORS = {1: "standard output", 2: "standard error"}
#: each standard descriptor -> what it stood for when last seen, and a copy of it (above
#: the standard ones) to put it back from
_KEPT: dict[int, tuple[tuple[int, int], int]] = {}
#: held while :data:`_KEPT` changes
_KEEPING = threading.Lock()


def _is_open(fd: int) -> bool:
    try:
        _get_flags(fd, _F_GETFD)
    except OSError:
        return False
    return True


#: the module of descriptors' flags, imported once (None on Windows, which has none)
_fcntl: Any
try:
    import fcntl
except ImportError:  # (Windows: whether it is open, by an fstat)
    _fcntl = None
    _get_flags: Callable[[int, int], Any] = lambda fd, _: os.fstat(fd)  # noqa: E731
    _F_GETFD = 0
else:
    _fcntl = fcntl
    _get_flags = fcntl.fcntl
    _F_GETFD = fcntl.F_GETFD


def _kept_descriptor(fd: int) -> tuple[int, int] | None:
    """What ``fd`` stands for now, a copy of it kept to put it back from (see
    :func:`restore_stop_handlers`); ``None`` when it is closed or cannot be copied.

    Plugin code that closed standard error (``os.close(2)``) lost every message of
    limner's after it: ``limner enrich`` wrote no document and ended with exit 1,
    without a word.
    """
    try:
        st = os.fstat(fd)
    except OSError:
        return None
    held = _KEPT.get(fd)
    if held is not None and held[0][1] == st.st_ino and held[0][0] == st.st_dev:
        return held[0]  # (the common case: what it stood for at the last document)
    now = st.st_dev, st.st_ino
    with _KEEPING:  # (threads enriching at once: one copy kept, the one it replaces closed once)
        held = _KEPT.get(fd)
        if held is not None and held[0] == now:
            return now
        try:
            copy_ = _high_copy(fd)
        except OSError:
            return None
        if held is not None:
            os.close(held[1])
        _KEPT[fd] = (now, copy_)
    return now


def _high_copy(fd: int) -> int:
    """A copy of ``fd`` above the standard descriptors, closed on exec."""
    if _fcntl is None:  # (Windows: the lowest free one, 0 to 2 being open)
        return os.dup(fd)
    return int(_fcntl.fcntl(fd, _fcntl.F_DUPFD_CLOEXEC, 3))


#: the streams an annotator must leave as it found them
_STREAMS = ("stdout", "stderr")
#: where the recursion limit is in what :func:`stop_handlers` saves
_LIMIT = len(_STOPPING) + len(_STREAMS)
#: how many values :func:`stop_handlers` saves
_SAVED = _LIMIT + 1 + len(_DESCRIPTORS)
_SIGINT, _SIGTERM = _STOPPING
_getrecursionlimit = sys.getrecursionlimit


class UserInterrupt(KeyboardInterrupt):
    """A Ctrl-C from the user (SIGINT), as opposed to plugin code raising
    ``KeyboardInterrupt``: it always ends the run."""


#: set on the handlers that :func:`marked_interrupts` installs
_MARKING = "_limner_marks_interrupts"

#: the handler of a signal as it is installed: ``signal.getsignal`` without its
#: search for an ``enum`` member (a failed lookup, raised and caught: some 5 µs,
#: paid for every document a batch enriches inside its own block)
_handler_of: Callable[[int], Any] = getattr(
    importlib.import_module("_signal"), "getsignal", signal.getsignal
)
#: ``signal.signal`` without the same search for its return value's member
_install: Callable[[int, Any], Any] = getattr(
    importlib.import_module("_signal"), "signal", signal.signal
)


def marked_interrupts() -> _MarkedInterrupts:
    """Within the block, a real SIGINT raises :class:`UserInterrupt`.

    Only in the main thread, and only while Python's own handler (or another
    that raises ``KeyboardInterrupt``) is installed; elsewhere a SIGINT cannot
    arrive as an exception, so a ``KeyboardInterrupt`` is plugin code's own.
    Blocks nest: inside one, another installs nothing, so a loop over many
    documents can mark them all at once.  (A context manager of its own class,
    not a generator's: :meth:`limner.Enricher.enrich` enters one per document.)
    """
    return _MarkedInterrupts()


def _marking(previous: Callable[[int, Any], Any]) -> Callable[[int, Any], None]:
    """A handler that calls ``previous`` and turns its ``KeyboardInterrupt`` into a
    :class:`UserInterrupt`."""

    def handler(signum: int, frame: Any) -> None:
        try:
            previous(signum, frame)
        except UserInterrupt:
            raise
        except KeyboardInterrupt as exc:
            raise UserInterrupt(*exc.args) from None

    setattr(handler, _MARKING, True)
    return handler


class _MarkedInterrupts:
    """The block of :func:`marked_interrupts`."""

    __slots__ = ("_previous",)

    def __init__(self) -> None:
        self._previous: Any = None

    def __enter__(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        previous = _handler_of(_SIGINT)
        if not callable(previous) or getattr(previous, _MARKING, False):
            return  # no Python handler, or marked already (a batch marks once, not per document)
        _install(_SIGINT, _marking(previous))
        self._previous = previous

    def __exit__(self, *exc_info: object) -> None:
        previous = self._previous
        if previous is not None:
            self._previous = None
            _install(_SIGINT, previous)


#: interrupts raised by :func:`noted_interrupts`'s handler (and by others through
#: :func:`noted`), kept until the block ends: see :func:`raise_noted_interrupt`
_NOTED: list[BaseException] = []


def noted(exc: BaseException) -> BaseException:
    """``exc``, noted to be raised again by :func:`raise_noted_interrupt` (a signal
    handler raises ``noted(...)``)."""
    _NOTED.append(exc)
    return exc


def _noting_handler(signum: int, frame: Any) -> None:
    raise noted(KeyboardInterrupt())


@contextmanager
def noted_interrupts() -> Iterator[None]:
    """Within the block, a SIGINT raises ``KeyboardInterrupt`` as Python's own handler
    does, and is noted too, for :func:`raise_noted_interrupt`.

    Python drops an exception raised inside a finaliser (a ``__del__``, a
    weakref callback: printed as "Exception ignored in"), so a Ctrl-C that
    comes while one runs was lost, and a long run went on as if no key had
    been pressed.  A loop that calls :func:`raise_noted_interrupt` between
    its steps ends there instead.  Installed only in the main thread, in
    place of Python's own handler; the notes end with the block.
    """
    if (
        threading.current_thread() is not threading.main_thread()
        or _handler_of(signal.SIGINT) is not signal.default_int_handler
    ):
        yield
        return
    _NOTED.clear()
    _install(signal.SIGINT, _noting_handler)
    try:
        yield
    finally:
        _install(signal.SIGINT, signal.default_int_handler)
        _NOTED.clear()


def raise_noted_interrupt() -> None:
    """Raise the first interrupt noted (see :func:`noted_interrupts`), if any: one that a
    finaliser may have dropped.  A look at a list: cheap enough for every document."""
    if _NOTED:
        raise _NOTED[0]
