"""The document model: spans, annotations, compact layers and the document.

A :class:`Document` holds a text that never changes, a ``meta`` mapping, the
annotations that plugins added, compact :class:`Layer` objects (tokens) and the
:class:`Error` records of what failed while enriching.  Every annotation is a
standoff span over ``doc.text``: ``doc.text[a.start:a.end]`` is its surface.

Annotation kinds are attrs subclasses of :class:`Annotation`; a kind whose
class is not known when a document is loaded is kept as a generic
:class:`Annotation` whose extra fields live in ``features``, and is written
back unchanged.
"""

from __future__ import annotations

import bisect
import collections
import contextlib
import functools
import itertools
import json
import keyword
import math
import operator
import re
import sys
import threading
import types
import warnings
import weakref
from array import array
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from typing import Any, ClassVar, TypeVar

import attrs

from limner.encoding import sniff
from limner.errors import InputError

__all__ = [
    "SCHEMA",
    "Annotation",
    "Document",
    "Error",
    "Layer",
    "Sentence",
    "Span",
    "builder",
    "ref",
]

#: The version tag written into, and required from, every serialized document.
SCHEMA = "limner/1"

_BASE_KEYS = ("id", "kind", "start", "end", "source", "score")
_REF = "limner.ref"

A = TypeVar("A", bound="Annotation")


def _check_offset(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if not _offset_class(type(value)) or value < 0:
        raise ValueError(f"{attribute.name} must be a non-negative int, got {value!r}")


def _check_end(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    _check_offset(instance, attribute, value)
    if value < instance.start:
        raise ValueError(f"end ({value}) must not be before start ({instance.start})")


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of Python ``str`` indices."""

    start: int = attrs.field(validator=_check_offset)
    end: int = attrs.field(validator=_check_end)

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: SpanLike) -> bool:
        """Whether ``other`` (a Span, an annotation or a ``(start, end)`` pair, as
        :meth:`Document.select` takes) lies inside this span (edges included)."""
        start, end = _bounds(other, "Span.contains()'s other")
        return self.start <= start and end <= self.end

    def overlaps(self, other: SpanLike) -> bool:
        """Whether the two share a character (an empty span: lies strictly inside, or is
        equal); ``other`` as :meth:`contains` takes it."""
        return _overlap(self.start, self.end, *_bounds(other, "Span.overlaps()'s other"))


def _overlap(start: int, end: int, other_start: int, other_end: int) -> bool:
    """:meth:`Span.overlaps` of two spans given by their offsets."""
    return (start < other_end and other_start < end) or (
        start == other_start and end == other_end
    )


def ref(default: str | None = None) -> Any:
    """Declare an annotation field that holds the id of another annotation.

    The engine rewrites such fields when it assigns ids, so an annotator can
    point one of its own annotations at another it returns in the same call
    by a label of its choosing (see :class:`Annotation`).
    """
    return attrs.field(default=default, metadata={_REF: True})


def _no_features_key(features: Any) -> Any:
    """How ``features`` compare: ``None`` (no features) as ``{}``."""
    return {} if features is None else features


@attrs.frozen(kw_only=True)
class Annotation:
    """One standoff annotation.

    Plugins subclass it, one attrs class per kind, with a default for
    ``kind`` and fields holding JSON values::

        @attrs.frozen(kw_only=True)
        class Hashtag(Annotation):
            id_prefix: ClassVar[str] = "h"
            kind: str = "hashtag"
            tag: str = ""

    Attributes:
        kind: what the annotation is ("number", "quote", ...).
        start, end: the span, Python ``str`` indices, end exclusive.
        id: assigned by the engine when the annotation is added to a
            document; an annotator may set a label of its own so that other
            annotations it returns can refer to it (fields made with
            :func:`ref`); the label is replaced by the real id.
        source: the plugin that made it (set by the engine).
        score: an optional confidence or value in a kind-specific range.
        features: extra JSON fields, kept for kinds (or fields) that no
            installed class describes, so that nothing is lost on a round trip.
    """

    id_prefix: ClassVar[str] = ""

    kind: str
    start: int = attrs.field(validator=_check_offset)
    end: int = attrs.field(validator=_check_end)
    id: str = ""
    source: str = ""
    score: float | None = None
    # (None, which the store takes, is no features: written with none and read back as
    # {}, it compares equal to {}, so such a document loads back equal)
    features: Mapping[str, Any] = attrs.field(factory=dict, hash=False, eq=_no_features_key)

    @property
    def span(self) -> Span:
        """The annotation's :class:`Span`."""
        return Span(self.start, self.end)

    def text(self, doc: Document) -> str:
        """The surface text of the annotation in ``doc``."""
        return doc.text[self.start : self.end]

    def get(self, name: str, default: Any = None) -> Any:
        """A field by name, typed or generic: ``a.get("speaker")``.

        Lets a plugin read the fields of a kind whose class it does not import.
        """
        features = self.features
        if features and name in features:  # (None, which the store takes: no features)
            return features[name]
        return getattr(self, name, default)

    def to_dict(self) -> dict[str, Any]:
        """The annotation in the JSON form (base keys first, ``None`` score left out)."""
        to_dict: Callable[[Annotation], dict[str, Any]] | None = type(self).__dict__.get(
            "_limner_to_dict"
        )
        if to_dict is None:
            to_dict = _dict_maker(type(self))
        return to_dict(self)

    @classmethod
    def from_dict(cls: type[A], data: Mapping[str, Any]) -> A:
        """Build an annotation of this class from its JSON form.

        Keys the class has no field for go to ``features``.

        Raises:
            TypeError: ``data`` is not a mapping.
            ValueError: a base key is missing or has a wrong type.
        """
        if not isinstance(data, Mapping):  # (a bare "string indices must be integers")
            raise TypeError(
                f"{cls.__name__}.from_dict() takes data, the annotation's JSON form (a "
                f"mapping), got {type(data).__name__} {_brief(data)}"
            )
        try:
            base = {
                "kind": data["kind"],
                "start": data["start"],
                "end": data["end"],
                "id": data.get("id", ""),
                "source": data.get("source", ""),
                "score": data.get("score"),
            }
        except KeyError as exc:
            raise ValueError(f"annotation {data.get('id', '?')!r} lacks the key {exc}") from None
        names = {f.name for f in _own_fields(cls)}
        typed = {k: v for k, v in data.items() if k in names}
        extra = {k: v for k, v in data.items() if k not in names and k not in _BASE_KEYS}
        return cls(**base, **typed, features=extra)


#: The stored annotations without a ``source`` (loaded without one, or added by hand),
#: by ``id()``: :meth:`Document.add` copies them as it copies any stored annotation,
#: where it would stamp an id and a source on a new one.  An annotation with a source
#: is known as stored by it; one without is found here (held weakly: it leaves with its
#: documents; by ``id()``, since an annotation holding a list cannot be hashed).
_UNSOURCED: weakref.WeakValueDictionary[int, Annotation] = weakref.WeakValueDictionary()


def _mark_unsourced(batch: Iterable[Annotation]) -> None:
    """Enter the annotations of ``batch`` without a source in :data:`_UNSOURCED`."""
    unsourced = list(itertools.filterfalse(_source, batch))
    try:
        _UNSOURCED.update(zip(map(id, unsourced), unsourced, strict=True))
    except TypeError:  # a class without weak references among them: the others followed
        for a in unsourced:
            with contextlib.suppress(TypeError):
                _UNSOURCED[id(a)] = a


#: The table's own dict, id -> weak reference (a ``WeakValueDictionary`` keeps its
#: entries there, the same dict for its life): read without the mapping's Python-level
#: ``get``, which raises and catches a KeyError inside for every id it lacks
_UNSOURCED_REFS: dict[int, Any] = _UNSOURCED.data  # type: ignore[attr-defined]


def _unsourced(a: Annotation) -> bool:
    """Whether ``a`` is a stored annotation without a source (:data:`_UNSOURCED`)."""
    ref = _UNSOURCED_REFS.get(id(a))
    return ref is not None and ref() is a
_stamp = object.__setattr__
# the slots of every annotation's id and source, set directly on handed-over annotations
_set_id = Annotation.__dict__["id"].__set__
_set_source = Annotation.__dict__["source"].__set__


def _own_fields(cls: type[Annotation]) -> tuple[attrs.Attribute[Any], ...]:
    cached: tuple[attrs.Attribute[Any], ...] | None = cls.__dict__.get("_limner_fields")
    if cached is None:
        base = {"kind", "start", "end", "id", "source", "score", "features"}
        cached = tuple(f for f in attrs.fields(cls) if f.name not in base)
        cls._limner_fields = cached  # type: ignore[attr-defined]
    return cached


def _dict_maker(cls: type[Annotation]) -> Callable[[Annotation], dict[str, Any]]:
    """The body of :meth:`Annotation.to_dict` for ``cls``, made once per class.

    A function made for the class's fields builds the dict as one literal (one
    for a score, one without), instead of a step per field: a batch writes
    every annotation it makes.
    """
    own = "".join(f"{f.name!r}: a.{f.name}, " for f in _own_fields(cls))
    base = '"id": a.id, "kind": a.kind, "start": a.start, "end": a.end, "source": a.source, '
    code = (
        "def to_dict(a):\n"
        "    if a.score is None:\n"
        f"        out = {{{base}{own}}}\n"
        "    else:\n"
        f'        out = {{{base}"score": a.score, {own}}}\n'
        "    if a.features:\n"
        "        for key, value in a.features.items():\n"
        "            out.setdefault(key, value)\n"
        "    return out\n"
    )
    env: dict[str, Any] = {}
    exec(code, env)  # the code is made of the class's field names (identifiers) only
    to_dict: Callable[[Annotation], dict[str, Any]] = env["to_dict"]
    cls._limner_to_dict = to_dict  # type: ignore[attr-defined]
    if cls.to_dict is Annotation.to_dict:  # not overridden: a document may call it directly
        _DICT_MAKERS[cls] = to_dict
    return to_dict


#: the made ``to_dict`` of each class that does not override :meth:`Annotation.to_dict`
_DICT_MAKERS: dict[type[Annotation], Callable[[Annotation], dict[str, Any]]] = {}
_call_to_dict = operator.methodcaller("to_dict")


def _annotation_dicts(annotations: list[Annotation]) -> list[dict[str, Any]]:
    """``[a.to_dict() for a in annotations]``, each class's made function called
    directly (a batch writes every annotation it makes: one call each, not two)."""
    maker = _DICT_MAKERS.get
    return [(maker(type(a)) or _call_to_dict)(a) for a in annotations]


def ref_fields(cls: type[Annotation]) -> tuple[str, ...]:
    """Names of the fields of ``cls`` declared with :func:`ref`."""
    cached: tuple[str, ...] | None = cls.__dict__.get("_limner_refs")
    if cached is None:
        cached = tuple(f.name for f in _own_fields(cls) if f.metadata.get(_REF))
        cls._limner_refs = cached  # type: ignore[attr-defined]
    return cached


@attrs.frozen(kw_only=True)
class Sentence(Annotation):
    """A sentence, as found by the segmenter (kind ``"sentence"``)."""

    id_prefix: ClassVar[str] = "sn"
    kind: str = "sentence"


def _writable_twin(cls: type[Annotation]) -> type | None:
    """A subclass of ``cls`` whose instances may be written and then made a ``cls``.

    ``None`` where making one would be seen: a metaclass other than ``type`` or
    an ``__init_subclass__`` (a registry of subclasses, a class that refuses
    them) would run on the twin, and might keep it in place of ``cls`` or
    raise; and where the layout refuses the switch of ``__class__``.
    """
    if type(cls) is not type or any("__init_subclass__" in k.__dict__ for k in cls.__mro__[:-1]):
        return None
    # (it stays a subclass of ``cls`` while the builder lives: named apart, so that
    # code listing the subclasses of a kind by name never takes it for the kind)
    writable = type(
        f"_Writable{cls.__name__}",
        (cls,),
        {
            "__slots__": (),
            "__setattr__": object.__setattr__,
            "__delattr__": object.__delattr__,
            "__module__": __name__,
            "__qualname__": f"_Writable{cls.__name__}",
        },
    )
    probe: Any = object.__new__(writable)
    try:
        probe.__class__ = cls
    except TypeError:  # a layout that refuses it: each slot's ``__set__`` is called
        return None
    return writable


def builder(cls: type[A], *names: str) -> Callable[..., A]:
    """A fast positional constructor of ``cls`` annotations, for plugins' hot paths.

    ``build = limner.builder(Sentiment, "start", "end", "score")`` makes
    ``build(0, 5, 0.3)`` equal to ``Sentiment(start=0, end=5, score=0.3)``;
    every field not named takes its default.  It fills the slots directly,
    several times faster (on an instance of a writable twin of ``cls``, made
    a ``cls`` once filled), and so skips the span validators: :meth:`Document.add`
    checks every span in bulk instead.  A class that is not slotted, or has
    validators on other fields, converters or factories that take ``self``,
    gets its ordinary constructor, called by keyword; so does a class with
    ``__attrs_pre_init__``, ``__attrs_post_init__`` or a cached hash.

    Raises:
        TypeError: a name is not a field of ``cls``, or a field without a
            default is not named.
    """
    fields = {f.name: f for f in attrs.fields(cls)}
    unknown = [n for n in names if n not in fields]
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {unknown[0]!r}")
    missing = [n for n, f in fields.items() if n not in names and f.default is attrs.NOTHING]
    if missing:
        raise TypeError(f"builder({cls.__name__}) must name the field {missing[0]!r}")

    keywords = [fields[n].alias or n for n in names]  # ``_x`` is passed as ``x``

    def by_keyword(*values: Any) -> A:
        return cls(**dict(zip(keywords, values, strict=True)))

    hooks = ("__attrs_pre_init__", "__attrs_post_init__", "_attrs_cached_hash")
    if any(hasattr(cls, hook) for hook in hooks):
        return by_keyword  # the constructor does more than fill the fields
    slots = {}
    for n, f in fields.items():
        slot = next((k.__dict__[n] for k in cls.__mro__ if n in k.__dict__), None)
        checked = (f.validator is not None and n not in ("start", "end")) or f.converter
        takes_self = isinstance(f.default, attrs.Factory) and f.default.takes_self  # type: ignore[arg-type]
        if not isinstance(slot, types.MemberDescriptorType) or checked or takes_self:
            return by_keyword  # not a plain slotted field: the ordinary constructor
        slots[n] = slot
    # the slots are filled on an instance of a twin of ``cls`` that may be written
    # (the plain ``object`` attribute methods, both: one attribute store each, not a
    # call of the slot's ``__set__``), then the instance is made a ``cls``: same layout
    twin = _writable_twin(cls)
    env: dict[str, Any] = {"new": object.__new__, "cls": cls, "twin": twin}
    params = {n: f"v{i}" for i, n in enumerate(names)}
    made = "twin" if twin else "cls"
    lines = [f"def build({', '.join(params.values())}):", f"    a = new({made})"]
    for i, (n, f) in enumerate(fields.items()):
        env[f"set{i}"] = slots[n].__set__
        store = (
            f"a.{n} = " if twin and n.isidentifier() and not keyword.iskeyword(n) else None
        )
        if n in params:
            value = params[n]
        elif isinstance(f.default, attrs.Factory):  # type: ignore[arg-type]
            env[f"factory{i}"] = f.default.factory
            value = f"factory{i}()"
        else:
            env[f"default{i}"] = f.default
            value = f"default{i}"
        lines.append(f"    {store}{value}" if store else f"    set{i}(a, {value})")
    if twin:
        lines.append("    a.__class__ = cls")
    lines.append("    return a")
    exec("\n".join(lines), env)  # generated names, and field names that are identifiers
    build: Callable[..., A] = env["build"]
    build.__doc__ = f"Build a {cls.__name__} from {', '.join(names) or 'nothing'}."
    return build


def _joined_pairs(value: Any) -> Any:
    """``value`` as JSON gives it back: a surrogate pair held as two code points (a
    slice of such a text in an exception's message, say) made the one character it
    stands for.  For what an :class:`Error` says, so that a document that recorded
    one loads back equal; what it says is unchanged."""
    if isinstance(value, str) and not value.isascii() and _PAIR.search(value):
        return _PAIR.sub(_joined_pair, value)
    return value


def _joined_pair(m: re.Match[str]) -> str:
    pair = m.group()
    return chr(0x10000 + ((ord(pair[0]) - 0xD800) << 10) + (ord(pair[1]) - 0xDC00))


def _check_error_field(instance: Any, attribute: attrs.Attribute[str], value: Any) -> None:
    """Raise a TypeError unless ``value`` is a str: the JSON form's Error fields are."""
    if not isinstance(value, str):
        raise TypeError(
            f"Error {attribute.name} must be a str, got {type(value).__name__} {_brief(value)}"
        )


def _unknown_keys(owner: str, known: Sequence[str], form: str, extra: Any) -> dict[str, Any]:
    """``extra`` as ``owner`` holds it (a dict), once its keys are known to be none of
    ``known``, the keys its JSON form writes from the object itself (``form`` says what
    they are, for the error).

    Raises:
        TypeError: ``extra`` is not a mapping.
        ValueError: one of its keys is one of ``known`` (the first in their order named).
    """
    if not isinstance(extra, Mapping):
        raise TypeError(f"{owner} extra must be a mapping, got {type(extra).__name__}")
    taken = [k for k in known if k in extra]
    if taken:
        raise ValueError(
            f"{owner} extra[{taken[0]!r}]: {taken[0]!r} is {form}; extra holds the keys "
            "this limner does not know"
        )
    return extra if type(extra) is dict else dict(extra)


def _error_extra(extra: Any) -> dict[str, Any]:
    """An Error's ``extra``, its keys none of the record's fields (:func:`_unknown_keys`)."""
    return _unknown_keys("Error", _ERROR_KEYS, "a field of the record", extra)


@attrs.frozen(kw_only=True)
class Error:
    """What failed while enriching a document (kept in ``doc.errors``).

    ``extra`` holds the keys of a record read from JSON that this limner does not
    know (a later release of ``limner/1`` may add some), written back as they were
    read; it is no part of the record's hash or repr.
    """

    plugin: str = attrs.field(converter=_joined_pairs, validator=_check_error_field)
    annotator: str = attrs.field(converter=_joined_pairs, validator=_check_error_field)
    type: str = attrs.field(converter=_joined_pairs, validator=_check_error_field)
    message: str = attrs.field(converter=_joined_pairs, validator=_check_error_field)
    extra: dict[str, Any] = attrs.field(
        factory=dict, converter=_error_extra, hash=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "plugin": self.plugin,
            "annotator": self.annotator,
            "type": self.type,
            "message": self.message,
        }
        if self.extra:
            out.update(self.extra)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Error:
        """The record of its JSON form ``data``; its other keys are kept in ``extra``.

        Raises:
            TypeError: ``data`` is not a mapping, or a field of the record is
                missing or is not a str.
        """
        if not isinstance(data, Mapping):  # (a bare "argument of type 'int' is not iterable")
            raise TypeError(
                f"an Error record is a JSON object, got {type(data).__name__} {_brief(data)}"
            )
        missing = [k for k in _ERROR_KEYS if k not in data]
        if missing:
            raise TypeError(f"an Error record needs the key {missing[0]!r}")
        return cls(
            plugin=data["plugin"],
            annotator=data["annotator"],
            type=data["type"],
            message=data["message"],
            extra={k: v for k, v in data.items() if k not in _ERROR_KEYS},
        )


def _frozen_ints(values: Iterable[int], field: str = "values") -> memoryview:
    """``values`` as a read-only array of 64-bit ints that nobody else can change.

    The ints are copied into a ``bytes`` object of their own (one copy at C
    speed) and read through a memoryview of it: neither the caller, who may
    keep the array or list it passed, nor a reader of the layer can change
    them.  A view made so already is kept as it is, and an ``array("q")`` (what
    limner's segmenter and the plugins give) is copied at once: neither holds a
    bool.  Other values (a list, a tuple, a generator) are looked at by type
    where they are converted, in one C-level pass: a bool (an int to ``array``,
    written and read back as the int it equals) is no offset.

    Raises:
        InputError: a value is a bool (the message names ``field``).
        TypeError: a value is not an int.
        OverflowError: a value does not fit in 64 bits.
    """
    if _is_frozen(values):
        return values  # type: ignore[return-value]
    if type(values) is not array or values.typecode != "q":
        # (read once: a generator is looked at, then converted)
        items = values if isinstance(values, list | tuple) else list(values)
        if bool in set(map(type, items)):
            at = next(i for i, v in enumerate(items) if type(v) is bool)
            raise InputError(f"a layer's {field}[{at}] is {items[at]!r}, a bool: offsets are ints")
        values = array("q", items)
    return memoryview(values.tobytes()).cast("q")


def _frozen_starts(values: Iterable[int]) -> memoryview:
    return _frozen_ints(values, "starts")


def _frozen_ends(values: Iterable[int]) -> memoryview:
    return _frozen_ints(values, "ends")


def _is_frozen(values: Any) -> bool:
    """Whether ``values`` is a view made by :func:`_frozen_ints` (ints no one can change)."""
    return (
        type(values) is memoryview
        and type(values.obj) is bytes
        and values.format == "q"
        and values.ndim == 1
    )


def _ints_repr(values: memoryview) -> str:
    return repr(values.tolist())


def _thawed_layer(
    kind: str, starts: bytes, ends: bytes, source: str, extra: dict[str, Any] | None = None
) -> Layer:
    """A layer from its pickled form (the bytes of a layer that was valid)."""
    return _unchecked_layer(
        kind, memoryview(starts).cast("q"), memoryview(ends).cast("q"), source, extra
    )


#: The keys of a layer's JSON form that :class:`Layer` reads; any other is kept in
#: :attr:`Layer.extra` and written back.
_LAYER_KEYS = ("kind", "source", "starts", "ends")


def _layer_extra(extra: Any) -> dict[str, Any]:
    """A layer's ``extra``, its keys none of the layer's form's (:func:`_unknown_keys`)."""
    return _unknown_keys("Layer", _LAYER_KEYS, "a key of the layer's form", extra)


@attrs.frozen(eq=False)
class Layer:
    """A compact sequence of spans of one kind (tokens), held in two int arrays.

    A layer costs 8 bytes a start and 8 an end instead of one Python object a
    span; plugins on the hot path read ``starts`` and ``ends`` directly, or
    slice with :meth:`between`.  Its spans are in reading order: starts and
    ends both never decrease (no span lies inside a later one), as tokens are.

    A layer cannot change once it is made, so the checks made then hold for
    as long as it lives: ``starts`` and ``ends`` are read-only memoryviews of
    64-bit ints (indexing, slicing, ``len``, ``tolist()``, ``bisect`` work as
    on an ``array``; assigning to an item raises ``TypeError``), copied from
    the values given, and the attributes cannot be set.

    ``extra`` holds the keys of a layer read from JSON that this limner does not
    know (a later release of ``limner/1`` may add some), written back as they were
    read.

    Raises:
        ValueError: the arrays differ in length, a span is negative or ends
            before it starts, or the spans are out of order.
        InputError: a value is a bool (a ValueError; the message names the field
            and the place, ``starts[0]``).
        TypeError, OverflowError: a value is not an int that fits in 64 bits.
    """

    kind: str
    starts: memoryview = attrs.field(converter=_frozen_starts, repr=_ints_repr)
    ends: memoryview = attrs.field(converter=_frozen_ends, repr=_ints_repr)
    source: str = ""
    extra: dict[str, Any] = attrs.field(
        factory=dict, converter=_layer_extra, kw_only=True, repr=False
    )

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.kind, str):
            raise TypeError(
                f"a layer's kind must be a str, got {type(self.kind).__name__} {_brief(self.kind)}"
            )
        _check_name(self.kind, "a layer's kind")
        if not self.kind:  # (looked up by its kind, as doc.layer("token") is)
            raise ValueError("a layer's kind must not be empty")
        _check_name(self.source, "a layer's source")
        _check_layer(self.kind, self.starts, self.ends)

    def __reduce__(self) -> tuple[Any, ...]:
        # a memoryview does not pickle: its bytes do
        return (
            _thawed_layer,
            (self.kind, self.starts.tobytes(), self.ends.tobytes(), self.source, self.extra),
        )

    def __len__(self) -> int:
        return len(self.starts)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.starts.tolist(), self.ends.tolist(), strict=True)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Layer):
            return NotImplemented
        return (self.kind, self.starts.tolist(), self.ends.tolist(), self.extra) == (
            other.kind,
            other.starts.tolist(),
            other.ends.tolist(),
            other.extra,
        )

    def __hash__(self) -> int:
        # by what cannot change (not ``extra``, a dict): equal layers hash alike, and a
        # layer, which was unhashable, is a set's member or a dict's key
        return hash((self.kind, self.starts.tobytes(), self.ends.tobytes()))

    def between(self, start: int, end: int) -> range:
        """Indices of the spans that lie inside ``[start, end]`` (edges included)."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_right(self.starts, end, lo)
        while hi > lo and self.ends[hi - 1] > end:
            hi -= 1
        return range(lo, hi)

    def texts(self, text: str, indices: Iterable[int] | None = None) -> list[str]:
        """The surface strings of the spans (all, or those at ``indices``)."""
        s, e = self.starts, self.ends
        idx = range(len(s)) if indices is None else indices
        return [text[s[i] : e[i]] for i in idx]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "source": self.source,
            "starts": self.starts.tolist(),
            "ends": self.ends.tolist(),
        }
        if self.extra:
            out.update(self.extra)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Layer:
        """The layer of its JSON form ``data``; its other keys are kept in ``extra``."""
        return cls(
            data["kind"],
            data["starts"],
            data["ends"],
            data.get("source", ""),
            extra={k: v for k, v in data.items() if k not in _LAYER_KEYS},
        )


_start = operator.attrgetter("start")
_end = operator.attrgetter("end")
_kind = operator.attrgetter("kind")
_id = operator.attrgetter("id")
_source = operator.attrgetter("source")


def _check_layer(kind: str, starts: Sequence[int], ends: Sequence[int]) -> None:
    """Raise the ValueError of :class:`Layer` if these spans cannot make one."""
    if len(starts) != len(ends):
        raise ValueError("a layer needs as many starts as ends")
    if not starts:
        return
    # C-level passes, no Python loop per span
    if min(starts) < 0 or any(map(operator.gt, starts, ends)):
        raise ValueError(f"{kind} layer has a negative span or one that ends before it starts")
    if any(map(operator.gt, starts, starts[1:])) or any(map(operator.gt, ends, ends[1:])):
        raise ValueError(f"{kind} layer spans are not in reading order")


def _unchecked_layer(
    kind: str,
    starts: Iterable[int],
    ends: Iterable[int],
    source: str = "",
    extra: dict[str, Any] | None = None,
) -> Layer:
    """A :class:`Layer` over spans known to be valid (the segmenter's, or a checked layer's).

    The checks of a million-token layer cost a third of the time it takes to
    find the tokens; a layer that passed them (and cannot have changed since),
    or that the built-in segmenter made in reading order, does not need them
    again.  The values are still made read-only (:func:`_frozen_ints`).
    """
    layer: Layer = object.__new__(Layer)
    # the slots are set directly: attrs' setattr hooks would convert and check again
    _set_layer_kind(layer, kind)
    _set_layer_starts(layer, _frozen_ints(starts))
    _set_layer_ends(layer, _frozen_ints(ends))
    _set_layer_source(layer, source)
    _set_layer_extra(layer, {} if extra is None else extra)
    return layer


def _check_layer_fits(layer: Layer, n: int) -> None:
    """Raise ``ValueError`` if ``layer`` reaches past the end of a text of ``n`` characters
    (its ends rise, so its last is its furthest)."""
    if layer.ends and layer.ends[-1] > n:
        raise ValueError(f"{layer.kind} layer reaches past the end of the text")


def _sealed_layer(layer: Layer, source: str | None = None) -> Layer:
    """``layer`` as a document keeps it, marked with ``source`` when one is given.

    A :class:`Layer` whose arrays are still the read-only views it made
    cannot have changed since its checks, and is kept (or copied, sharing
    them, to take the source).  Anything else (a subclass, whose checks may
    differ, or a layer whose attributes were set by going around its frozen
    ``__setattr__``) is made anew through the checks of :class:`Layer`.

    Raises:
        ValueError, TypeError: as :class:`Layer`, for a layer made anew.
    """
    starts, ends = layer.starts, layer.ends
    if type(layer) is Layer and _is_frozen(starts) and _is_frozen(ends):
        if source is None or source == layer.source:
            return layer
        return _unchecked_layer(layer.kind, starts, ends, source, layer.extra)
    kind = layer.kind
    if not isinstance(kind, str):
        raise TypeError(f"a layer's kind must be a str, got {type(kind).__name__}")
    return Layer(kind, starts, ends, layer.source if source is None else source, extra=layer.extra)


_set_layer_kind = Layer.__dict__["kind"].__set__
_set_layer_starts = Layer.__dict__["starts"].__set__
_set_layer_ends = Layer.__dict__["ends"].__set__
_set_layer_source = Layer.__dict__["source"].__set__
_set_layer_extra = Layer.__dict__["extra"].__set__


class _KindIndex:
    """Annotations of one kind sorted by (start, -end, insertion), with bisect keys.

    An ``overlapping`` query looks back from its start by the longest span
    that may reach it.  One long annotation (a document's own sentiment, say)
    would make that every annotation before the query, for every query: the
    spans are therefore also grouped by their length's bit length
    (:attr:`bands`, made at the first such query), and each group is searched
    back by its own longest span only.
    """

    __slots__ = ("_bands", "items", "max_len", "starts")

    def __init__(self, items: list[Annotation]) -> None:
        starts = list(map(_start, items))
        # annotations are usually added in reading order: sort only when they are not
        if starts != sorted(starts) or len(set(starts)) != len(starts):
            # by (start, -end), ties in insertion order: two stable sorts by C-level keys
            # (reverse keeps ties in order), not a tuple made per annotation by a lambda
            items.sort(key=_end, reverse=True)
            items.sort(key=_start)
            starts = list(map(_start, items))
        self.items = items
        self.starts = starts
        self.max_len = max(map(operator.sub, map(_end, items), starts), default=0)
        self._bands: list[tuple[list[int], list[int], int]] | None = None

    @property
    def bands(self) -> list[tuple[list[int], list[int], int]]:
        """The spans grouped by ``(end - start).bit_length()``: for each group, its
        members' starts and their places in :attr:`items` (both rising), and its
        longest span."""
        bands = self._bands
        if bands is None:
            lengths = list(map(operator.sub, map(_end, self.items), self.starts))
            groups: dict[int, list[int]] = {}
            for i, size in enumerate(lengths):
                groups.setdefault(size.bit_length(), []).append(i)
            starts = self.starts
            bands = self._bands = [
                ([starts[i] for i in places], places, max(lengths[i] for i in places))
                for places in groups.values()
            ]
        return bands

    def candidates(
        self, o0: int, o1: int, first: int | None = None, last: int | None = None
    ) -> Iterable[int]:
        """The places in :attr:`items`, rising, of the spans that may overlap ``[o0, o1)``:
        those that start by ``o1`` and no further back than a span of their group
        reaches; with ``first`` and ``last``, only those that start between them (the
        starts of a ``within`` span)."""
        starts = self.starts
        high = o1 if last is None else min(o1, last)
        if len(starts) < 64 or self.max_len <= 64:  # a short look back: one search
            low = o0 - self.max_len if first is None else max(o0 - self.max_len, first)
            return range(bisect.bisect_left(starts, low), bisect.bisect_right(starts, high))
        found: list[int] = []
        for group, places, longest in self.bands:
            low = o0 - longest if first is None else max(o0 - longest, first)
            a = bisect.bisect_left(group, low)
            found.extend(places[a : bisect.bisect_right(group, high, a)])
        found.sort()
        return found

    def overlapping(
        self, o0: int, o1: int, first: int | None = None, last: int | None = None
    ) -> list[int]:
        """The places in :attr:`items`, rising, of the spans that overlap ``[o0, o1)``
        (:meth:`Span.overlaps`), and start between ``first`` and ``last`` when given."""
        items = self.items
        return [
            i for i in self.candidates(o0, o1, first, last)
            if _overlap(o0, o1, items[i].start, items[i].end)
        ]


def _meta_dict(meta: Any) -> dict[str, Any]:
    """``meta`` as a document holds it: a dict (the one given), or a dict copy of another
    mapping (what JSON writes and reads).

    Raises:
        TypeError: ``meta`` is not a mapping.
    """
    if type(meta) is dict:
        return meta
    if not isinstance(meta, Mapping):
        raise TypeError(f"Document meta must be a mapping, got {type(meta).__name__}")
    return dict(meta)


#: The top-level keys of the JSON form this limner reads; any other is kept in
#: :attr:`Document.extra` and written back.
_FORM_KEYS = frozenset(
    {"schema", "id", "text", "meta", "annotations", "errors", "layers", "split_pairs"}
)


def _extra_dict(extra: Any) -> dict[str, Any]:
    """``extra`` as a document holds it, its values checked as ``meta``'s are and its keys
    none of the JSON form's (:func:`_unknown_keys`)."""
    return _unknown_keys(
        "Document",
        _SORTED_FORM_KEYS,
        "a key of the JSON form, which the document writes itself",
        _meta_dict(extra) if isinstance(extra, Mapping) else extra,
    )


_SORTED_FORM_KEYS = tuple(sorted(_FORM_KEYS))


def _check_doc_id(instance: Any, attribute: attrs.Attribute[str], value: Any) -> None:
    """Raise unless ``value`` may be a document's id: a str (the JSON form's id is one)
    that JSON gives back as it is (no surrogate pair held as two code points)."""
    if not isinstance(value, str):
        raise TypeError(f"Document id must be str, got {type(value).__name__} {_brief(value)}")
    why = None if value.isascii() else _not_read_back(value)
    if why is not None:
        raise ValueError(
            f"Document id {_brief(value)}: JSON does not give it back as it is ({why})"
        )


def _errors_list(errors: Any) -> list[Error]:
    """``errors`` as a document holds them, given or set: a list (the one given), or a
    list of the records of another iterable (a tuple was kept, and the engine's append
    of a failure was an AttributeError; a generator was kept spent).

    Raises:
        TypeError: ``errors`` is not an iterable of :class:`Error` records.
    """
    if (
        type(errors) is not list
        and isinstance(errors, Iterable)
        and not isinstance(errors, str | bytes | Mapping)
    ):
        errors = list(errors)
    _check_members(errors, Error, "errors", "Error records")
    held: list[Error] = errors
    return held


def _check_members(items: Any, cls: type, name: str, what: str) -> None:
    """Raise a TypeError unless ``items`` (given to a document as its ``name``) are all ``cls``."""
    if isinstance(items, str | bytes | Mapping) or not isinstance(items, Iterable):
        raise TypeError(f"Document {name} must be a list of {what}, got {type(items).__name__}")
    for i, item in enumerate(items):
        if not isinstance(item, cls):
            raise TypeError(
                f"Document {name}[{i}] must be an {cls.__name__}, got "
                f"{type(item).__name__} {_brief(item)}"
            )


SpanLike = Span | Annotation | tuple[int, int]


def _bounds(value: SpanLike, name: str) -> tuple[int, int]:
    """The ``(start, end)`` of a span given to a query (``select``'s ``within`` or
    ``overlapping``, ``Span.contains``'s ``other``: ``name``, what the message calls it).

    Raises:
        TypeError: ``value`` is neither a span, an annotation, nor a pair of ints.
        ValueError: a pair that no :class:`Span` is (a negative offset, an end
            before its start), which would select by a range that is not one.
    """
    if isinstance(value, Span | Annotation):
        return value.start, value.end
    try:
        start, end = value
        start, end = operator.index(start), operator.index(end)
    except (TypeError, ValueError):
        raise TypeError(
            f"{name} takes a Span, an Annotation or a (start, end) pair of "
            f"ints, got {type(value).__name__} {_brief(value)}"
        ) from None
    if start < 0 or end < start:
        raise ValueError(
            f"{name} ({start}, {end}) is no span: "
            + ("a negative offset" if start < 0 else "it ends before it starts")
        )
    return start, end


@attrs.define(eq=False, repr=False)
class Document:
    """A text and its annotations.

    ``text`` never changes once the document exists.  Annotations are added
    by the engine (or by :meth:`add`); annotators only read documents.

    Args:
        text: the text; any Python ``str``.
        id: an identifier, free form.
        meta: JSON-typed information about the document (title, source, ...),
            a mapping (held as a dict).  It may hold anything in memory; a
            document is written (:meth:`to_dict`, every format) only when
            each value is JSON that loads back equal, under a str key: a
            tuple, a key that is not a str, a set, NaN, or a surrogate pair
            held as two code points is refused then (a ValueError naming
            the key), as in an annotation's features.
        extra: the top-level keys of a JSON form that this limner does not
            know (a later release of ``limner/1`` may add some), kept as
            they were read and written back by :meth:`to_dict`, checked as
            ``meta`` is; a key of the form itself (``text``) is refused.

    Raises:
        TypeError: ``text`` or ``id`` is not a str, ``meta`` or ``extra`` not a mapping,
            or ``annotations``, ``errors`` or ``layers`` hold what is not an
            Annotation, an Error or a Layer.
        ValueError: ``id`` holds a surrogate pair as two code points (JSON
            gives back the one character), or an annotation breaks a rule
            of the document (its span past the text, an id twice), or a
            generic one of a kind a plugin defines breaks the rules of its
            class or the schema (it is stored as that class, as :meth:`add`
            stores it).
    """

    _text: str = attrs.field(alias="text")
    id: str = attrs.field(default="", validator=_check_doc_id)
    meta: dict[str, Any] = attrs.field(factory=dict, converter=_meta_dict)
    errors: list[Error] = attrs.field(factory=list, converter=_errors_list)
    _annotations: list[Annotation] = attrs.field(factory=list, alias="annotations")
    _layers: dict[str, Layer] = attrs.field(factory=dict, alias="layers")
    extra: dict[str, Any] = attrs.field(factory=dict, converter=_extra_dict)
    _by_id: dict[str, Annotation] = attrs.field(init=False, factory=dict)
    _by_kind: dict[str, list[Annotation]] = attrs.field(init=False, factory=dict)
    _index: dict[str, _KindIndex] = attrs.field(init=False, factory=dict)
    _counters: dict[str, int] = attrs.field(init=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self._text, str):
            raise TypeError(f"Document text must be str, got {type(self._text).__name__}")
        _check_members(self._annotations, Annotation, "annotations", "Annotations")
        if not isinstance(self._layers, Mapping):
            raise TypeError(
                f"Document layers must be a mapping of kinds to Layers, got "
                f"{type(self._layers).__name__}"
            )
        for kind, layer in self._layers.items():
            if not isinstance(layer, Layer):
                raise TypeError(
                    f"Document layers[{kind!r}] must be a Layer, got {type(layer).__name__} "
                    f"{_brief(layer)}"
                )
            if kind != layer.kind:  # (written by its kind, and read back under it)
                raise ValueError(
                    f"Document layers[{kind!r}] is a layer of kind {_brief(layer.kind)}: "
                    "layers are keyed by their kind"
                )
        given, self._annotations = self._annotations, []
        self._restore(given)
        if self._layers or type(self._layers) is not dict:  # (an empty read-only mapping
            # was kept as it came, and add_layer could not add to it)
            self._layers = {kind: _sealed_layer(layer) for kind, layer in self._layers.items()}
            for layer in self._layers.values():  # (as add_layer holds it, and the loader)
                _check_layer_fits(layer, len(self._text))

    # -- reading -----------------------------------------------------------

    @property
    def text(self) -> str:
        """The document's text (read-only)."""
        return self._text

    @property
    def annotations(self) -> tuple[Annotation, ...]:
        """Every annotation, in the order it was added."""
        return tuple(self._annotations)

    @property
    def layers(self) -> Mapping[str, Layer]:
        """The compact layers by kind (``"token"``): a read-only snapshot (add or replace
        one with :meth:`add_layer`).  (A dict copy took ``doc.layers[kind] = ...`` and
        ``.pop(kind)`` and changed nothing of the document, without a word.)"""
        return types.MappingProxyType(dict(self._layers))

    def layer(self, kind: str) -> Layer | None:
        """The compact layer of ``kind``, or ``None``."""
        return self._layers.get(kind)

    @property
    def kinds(self) -> frozenset[str]:
        """The kinds present, annotations and layers alike."""
        return frozenset(self._by_kind) | frozenset(self._layers)

    def __len__(self) -> int:
        return len(self._annotations)

    def __iter__(self) -> Iterator[Annotation]:
        """Every annotation, in the order it was added (as :attr:`annotations`).  (With
        ``__getitem__`` by id and no ``__iter__``, ``for a in doc`` and ``x in doc``
        asked for ``doc[0]``: a bare ``KeyError: 0``.)"""
        return iter(self._annotations)

    def __contains__(self, item: object) -> bool:
        """Whether ``item``, an annotation id or an :class:`Annotation`, is stored: an id
        as ``doc[id]`` finds it, an annotation when the one stored under its id is equal."""
        if isinstance(item, Annotation):
            return isinstance(item.id, str) and self._by_id.get(item.id) == item
        return isinstance(item, str) and item in self._by_id

    def __getitem__(self, id: str) -> Annotation:
        return self._by_id[id]

    def get(self, id: str | None) -> Annotation | None:
        """The annotation with this id, or ``None``."""
        return None if id is None else self._by_id.get(id)

    def select(
        self,
        kind: str | Iterable[str] | None = None,
        *,
        within: SpanLike | None = None,
        overlapping: SpanLike | None = None,
    ) -> list[Annotation]:
        """Annotations of ``kind`` (one, several, or all when ``None``); a kind
        named twice gives its annotations once.

        Results are sorted by start, longer spans first on a tie.  ``within``
        keeps those inside a span or annotation, ``overlapping`` those that
        share a character with it; both are answered from a per-kind index.

        A kind held only as a compact layer (``"token"``, ``"sentence-span"``) has
        no annotations: its spans are read with :meth:`layer`
        (``doc.layer("token")``); selecting it gives ``[]`` and a ``UserWarning``
        saying so.
        """
        if kind is None:
            kinds: list[str] = sorted(self._by_kind)
        elif isinstance(kind, str):
            kinds = [kind]
        elif isinstance(kind, Iterable) and not isinstance(kind, bytes | Mapping):
            kinds = list(kind)
            if not all(isinstance(k, str) for k in kinds):
                i, k = next((i, k) for i, k in enumerate(kinds) if not isinstance(k, str))
                raise TypeError(
                    f"select() takes kinds as strs: item {i} is {type(k).__name__} {_brief(k)}"
                )
            kinds = list(dict.fromkeys(kinds))  # a kind named twice is selected once
        else:
            raise TypeError(
                f"select() takes a kind (a str), several, or None, got {type(kind).__name__} "
                f"{_brief(kind)}"
            )
        w = None if within is None else _bounds(within, "select()'s within")
        o = None if overlapping is None else _bounds(overlapping, "select()'s overlapping")
        out: list[Annotation] = []
        for k in kinds:
            idx = self._kind_index(k)
            if idx is not None:
                # all of a kind: its items by one C-level extend (the generator of _query
                # would step once an annotation)
                out.extend(idx.items if w is None and o is None else self._query(idx, w, o))
            elif k in self._layers:  # (it gave [] without a word)
                warnings.warn(
                    f"{k!r} is a layer of this document, not annotations: select() gives "
                    f"none; read its spans with doc.layer({k!r})",
                    stacklevel=2,
                )
        if len(kinds) > 1:
            out.sort(key=lambda a: (a.start, -a.end))
        return out

    def _kind_index(self, kind: str) -> _KindIndex | None:
        """The index of ``kind``, built on first use after annotations of it were added."""
        idx = self._index.get(kind)
        if idx is None:
            items = self._by_kind.get(kind)
            if items is None:
                return None
            idx = self._index[kind] = _KindIndex(list(items))
        return idx

    @staticmethod
    def _query(
        idx: _KindIndex, w: tuple[int, int] | None, o: tuple[int, int] | None
    ) -> Iterator[Annotation]:
        items, starts = idx.items, idx.starts
        if w is None and o is None:
            yield from items
            return
        places: Iterable[int]
        if o is not None:
            first, last = w if w is not None else (None, None)
            places = idx.overlapping(o[0], o[1], first, last)
        else:
            assert w is not None
            lo = bisect.bisect_left(starts, w[0])
            places = range(lo, bisect.bisect_right(starts, w[1], lo))
        for i in places:
            a = items[i]
            if w is not None and not (w[0] <= a.start and a.end <= w[1]):
                continue
            yield a

    # -- writing -----------------------------------------------------------

    def add(
        self, annotations: Iterable[Annotation], *, source: str | None = None
    ) -> list[Annotation]:
        """Add annotations, giving each a fresh id, and return them as stored.

        An annotation's own ``id``, if set, is a label: fields declared with
        :func:`ref` that hold such a label are rewritten to the new id.

        With a ``source``, new annotations (whose ``source`` is still empty)
        are handed over: their ``id`` and ``source`` are set on the objects
        themselves, which saves a copy per annotation on the hot path.
        Annotations that already have a source are copied, never changed.

        An annotation of a kind an installed plugin gives a class of its own
        (``Annotation(kind="target", ..., features={"name": "Smith"})``) is
        stored as that class, rebuilt from its JSON form as
        :meth:`from_dict` would (the class filling in its defaults, features
        named like its fields read into them), so the document loads back
        equal; one of a kind the shipped schema has rules for (``number``,
        ``quote``, ``location``, ``sentiment``) must keep them.

        Raises:
            TypeError: ``annotations`` is not an iterable of Annotations: a str, a
                mapping, one Annotation, or a :class:`Document` (pass
                ``other.annotations`` to copy another document's annotations; their
                offsets are into its text).
            ValueError: an annotation's span is not a pair of non-negative ints,
                ends before it starts or lies outside the text, or a field
                holds a value JSON cannot (a set, an object, NaN, infinity),
                a feature holds one that JSON gives back otherwise (a tuple,
                a dict key that is not a str), its kind's class or the schema
                refuses it, or a :func:`ref` field names neither an
                annotation of the document nor a label of the batch, or its
                kind or source (or ``source``) is not a str that JSON gives
                back as it is (a surrogate pair held as two code points); the
                message names the field; nothing of the batch is stored.
        """
        if isinstance(annotations, Document):  # (iterable: it added copies of its
            # annotations, whose offsets are into its own text, without a word)
            raise TypeError(
                "add() takes an iterable of Annotations, got a Document: its offsets "
                "are into its own text; to copy its annotations into a document of the "
                "same text, pass them: doc.add(other.annotations)"
            )
        if isinstance(annotations, str | bytes | Mapping | Annotation) or not isinstance(
            annotations, Iterable
        ):
            raise TypeError(
                f"add() takes an iterable of Annotations, got {type(annotations).__name__} "
                f"{_brief(annotations)}"
            )
        batch = list(annotations)
        if not all(map(_is_annotation, batch)):
            i, item = next((i, a) for i, a in enumerate(batch) if not _is_annotation(a))
            raise TypeError(
                f"add() takes Annotations: item {i} is {type(item).__name__} {_brief(item)}"
            )
        batch = _registered(batch)
        _check_references(batch, self._by_id)
        return self._add(batch, source, check_values=True)

    def _add(
        self,
        annotations: Iterable[Annotation],
        source: str | None,
        *,
        check_values: bool,
        classes: set[type[Annotation]] | None = None,
    ) -> list[Annotation]:
        """:meth:`add`; with ``check_values`` false, the values of annotations without
        ``features``, of classes that keep :meth:`Annotation.to_dict`, are left for
        the encoder of the document's JSON line to check (see
        :func:`limner.batch.enriched_line`); spans are always checked.  ``classes``,
        when given, are the classes of the annotations.  A list is read as it is (its
        callers' own: :meth:`add`'s, the engine's), not copied."""
        batch = annotations if type(annotations) is list else list(annotations)
        if not batch:
            return []
        if source is not None and (type(source) is not str or not source.isascii()):
            _check_name(source, "add()'s source")
        starts, ends = _checked_spans(batch, len(self._text))
        kinds = _check_kinds_and_scores(batch)
        if classes is None:
            classes = set(map(type, batch))  # (one pass, for every step)
        checked = check_values or not _written_as_held(batch, classes)
        if checked:
            _check_json_values(batch, classes)
        try:
            with _STORING:  # (an object given to two documents at once is stamped once)
                return self._add_checked(batch, starts, ends, source, classes, kinds)
        except Exception:
            if not checked:  # a value JSON cannot hold is the fault named, as when checked
                _check_json_values(batch, classes)
            raise

    def _add_checked(
        self,
        batch: list[Annotation],
        starts: list[int],
        ends: list[int],
        source: str | None,
        classes: set[type[Annotation]] | None = None,
        kinds: set[str] | None = None,
    ) -> list[Annotation]:
        """Store ``batch`` (spans ``starts`` and ``ends``, checked) in reading order;
        ``classes``, when given, are the classes of its annotations, and ``kinds`` its
        kinds (as :func:`_check_kinds_and_scores` found them)."""
        # in reading order already (starts rising, a tie broken by the longer first)?
        # Strictly rising starts answer it without building the sort keys.
        if not all(map(operator.lt, starts, itertools.islice(starts, 1, None))):
            batch = _in_reading_order(batch, starts, ends)
        if source and self._hand_over(batch, source, classes, kinds):
            return batch
        labels: dict[str, str] = {}
        fresh: list[Annotation] = []
        by_id, counters = self._by_id, self._counters
        for a in batch:
            prefix = _id_prefix(type(a), a.kind)
            count = counters.get(prefix, 0) + 1
            new_id = f"{prefix}{count}"
            while new_id in by_id:  # ids given by hand or loaded may be taken
                count += 1
                new_id = f"{prefix}{count}"
            counters[prefix] = count
            if a.id:
                labels[a.id] = new_id
            if a.source or (_UNSOURCED_REFS and _unsourced(a)):
                # stored before (in this or another document): store a copy, never change
                # it; its id is a label of the batch as any other (a plugin that returns
                # what it made for an earlier document, a reference between them included)
                fresh.append(attrs.evolve(a, id=new_id, source=source or a.source))
                continue
            if source:
                # handed over by an annotator: stamp it instead of copying it
                _stamp(a, "id", new_id)
                _stamp(a, "source", source)
                fresh.append(a)
            else:
                fresh.append(attrs.evolve(a, id=new_id))
        if labels:
            for a in fresh:
                names = ref_fields(type(a))
                if names:
                    self._relabel(a, names, labels)
        self._store(fresh)
        if not source or not all(map(_source, fresh)):
            _mark_unsourced(fresh)  # (copies without a source: the stored ones among them)
        return fresh

    def _hand_over(
        self,
        batch: list[Annotation],
        source: str,
        classes: set[type[Annotation]] | None = None,
        kinds: set[str] | None = None,
    ) -> bool:
        """Store a batch of new annotations in bulk: the common case of :meth:`add`.

        Ids (of one prefix or of several), sources, and the :func:`ref` fields
        that name labels of the batch are made and stamped with C-level ``map``
        calls, not one Python step per annotation.  Returns ``False``, having
        changed nothing, when the batch is not such a batch (an annotation
        stored before, one object twice, ids by kind for several classes,
        ids given by hand or loaded in the way, a label that is no key); the
        careful path of :meth:`add` then stores it, or names what is wrong.
        ``kinds``, when given, are the kinds of the batch: not read again.  (Its sources
        are read here, under the lock held while a batch is stored: read before it, they
        may be those of annotations another thread has stamped since.)
        """
        if any(map(_source, batch)):
            return False
        ids_held = set(map(id, batch))
        if len(ids_held) != len(batch) or (
            # (the ids of the batch against the table's keys, one C-level pass: an id
            # found there may be an object that died and whose id was reused, so only
            # then is each looked at)
            _UNSOURCED_REFS
            and not _UNSOURCED_REFS.keys().isdisjoint(ids_held)
            and any(map(_unsourced, batch))
        ):
            return False
        if classes is None:
            classes = set(map(type, batch))
        made = self._bulk_ids(batch, classes, kinds)
        if made is None:
            return False
        ids, counters = made
        stamps: list[tuple[list[Annotation], str, list[Any]]] = []
        if any(map(_id, batch)):
            try:  # labels are rewritten to the new ids, as the careful path does
                given = list(map(_id, batch))
                labels = dict(itertools.compress(zip(given, ids, strict=True), given))
                stamps = _relabelled(batch, classes, labels)
            except TypeError:  # a label or a reference that is no key: the careful path
                return False
        self._counters.update(counters)
        collections.deque(map(_set_id, batch, ids), maxlen=0)
        collections.deque(map(_set_source, batch, itertools.repeat(source)), maxlen=0)
        for items, name, values in stamps:
            collections.deque(map(_stamp, items, itertools.repeat(name), values), maxlen=0)
        self._store(batch, ids, kinds)
        return True

    def _bulk_ids(
        self,
        batch: list[Annotation],
        classes: set[type[Annotation]],
        kinds: set[str] | None = None,
    ) -> tuple[list[str], dict[str, int]] | None:
        """The new ids of ``batch`` in order, and the counters after them; ``None``
        when they cannot be made in bulk (see :meth:`_hand_over`).  ``kinds``, when
        given, are the kinds of ``batch``."""
        if len(classes) == 1:
            (cls,) = classes
            prefix = cls.id_prefix
            if not prefix:
                if kinds is None:
                    kinds = set(map(_kind, batch))
                if len(kinds) != 1:
                    return None  # ids of several prefixes, by kind
                (kind,) = kinds
                prefix = _id_prefix(cls, kind)
            count = self._counters.get(prefix, 0)
            ids = _fresh_ids(prefix, count + 1, len(batch))
            counters = {prefix: count + len(batch)}
        else:
            prefix_of = {cls: cls.id_prefix for cls in classes}
            if not all(prefix_of.values()):
                return None  # a class whose ids go by kind
            prefixes = list(map(prefix_of.__getitem__, map(type, batch)))
            counters = {}
            fresh: dict[str, Iterator[str]] = {}
            # (a few: one C-level count each), in the order first met, as a Counter keeps them
            for prefix in dict.fromkeys(prefixes):
                n = prefixes.count(prefix)
                count = self._counters.get(prefix, 0)
                fresh[prefix] = iter(_fresh_ids(prefix, count + 1, n))
                counters[prefix] = count + n
            # each annotation takes the next id of its prefix, in batch order
            ids = list(map(next, map(fresh.__getitem__, prefixes)))
            if len(fresh) > 1 and len(set(ids)) != len(ids):
                return None  # prefixes such as "s" and "s1" can make the same id
        if not self._by_id.keys().isdisjoint(ids):
            return None  # ids given by hand or loaded are in the way: the careful path
        return ids, counters

    def add_layer(self, layer: Layer) -> None:
        """Add (or replace) the compact layer of ``layer.kind``.

        Raises:
            ValueError: the layer reaches past the end of the text, or (made
                anew, see :func:`_sealed_layer`) breaks a rule of :class:`Layer`.
        """
        layer = _sealed_layer(layer)
        _check_layer_fits(layer, len(self._text))
        self._layers[layer.kind] = layer

    @staticmethod
    def _relabel(a: Annotation, names: tuple[str, ...], labels: Mapping[str, str]) -> None:
        """Rewrite labels in ``a``'s ref fields ``names``; ``a`` is a copy or handed over."""
        for name in names:
            value = getattr(a, name)
            if value in labels:
                _stamp(a, name, labels[value])

    def _restore(self, annotations: Iterable[Annotation], *, read: bool = False) -> None:
        """Store annotations that already carry their ids (given to the constructor, or
        loading); ``read``: read from JSON and checked against the schema, their values
        then being JSON that loads back equal (only their ids and spans are checked)."""
        batch = list(annotations)
        if not batch:
            return
        if not read:
            # a generic annotation of a kind a plugin gives a class, held to that class and
            # the schema as add holds it: given to the constructor, it was stored as it
            # came, and the document written was one its loader refuses
            batch = _registered(batch)
        if set(map(type, map(_id, batch))) != {str} or not all(map(_id, batch)):
            for a in batch:
                if not isinstance(a.id, str) or not a.id:
                    raise ValueError(
                        f"{a.kind} annotation at [{a.start}, {a.end}) has "
                        f"{'no id' if not a.id else f'the id {_brief(a.id)}, not a str'}"
                    )
        if not read and not _read_back(list(map(_id, batch))):
            for a in batch:
                _check_name(a.id, f"{a.kind} annotation at [{a.start}, {a.end}): its id")
        _checked_spans(batch, len(self._text))
        if not read:  # what add checks of a new batch: it is written, and loads back, equal
            _check_kinds_and_scores(batch)
            _check_json_values(batch)
            _check_references(batch, {})
        self._store(batch)
        if not all(map(_source, batch)):
            _mark_unsourced(batch)

    def _store(
        self,
        batch: list[Annotation],
        fresh_ids: list[str] | None = None,
        kinds: set[str] | None = None,
    ) -> None:
        """Store ``batch``; ``fresh_ids``, when given, are its ids, known to be new and
        unique, and ``kinds`` its kinds."""
        by_id, by_kind, index = self._by_id, self._by_kind, self._index
        ids = fresh_ids if fresh_ids is not None else list(map(_id, batch))
        if fresh_ids is None and (not by_id.keys().isdisjoint(ids) or len(set(ids)) != len(ids)):
            seen = set(by_id)
            for i in ids:
                if i in seen:
                    raise ValueError(f"duplicate annotation id {i!r}")
                seen.add(i)
        by_id.update(zip(ids, batch, strict=True))
        if kinds is None:
            kinds = set(map(_kind, batch))
        if len(kinds) == 1:
            (kind,) = kinds
            by_kind.setdefault(kind, []).extend(batch)
        else:
            for a in batch:
                by_kind.setdefault(a.kind, []).append(a)
        for kind in kinds:
            index.pop(kind, None)
        self._annotations.extend(batch)

    def _adopt(self, enriched: Document) -> None:
        """Take what enriching a copy of this document (in a worker process) made: the
        annotations added, the layers, the id counters and the errors, so that the
        document is enriched in place as :meth:`limner.Enricher.enrich` leaves it.  The
        annotations it held are kept as they are (the copy holds them first, equal);
        ``text``, ``id``, ``meta`` and ``extra``, which enriching never changes, too."""
        held = len(self._annotations)
        theirs = enriched._annotations
        if theirs[:held] != self._annotations:  # (not a copy of this one: all of its own)
            self._annotations.clear()
            self._by_id.clear()
            self._by_kind.clear()
            self._index.clear()
            held = 0
        added = theirs[held:]
        self._store(added, list(map(_id, added)))
        self._layers.clear()
        self._layers.update(enriched._layers)
        self._counters.clear()
        self._counters.update(enriched._counters)
        self.errors[:] = enriched.errors

    # -- equality and serialization ------------------------------------------

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Document):
            return NotImplemented
        return (
            self._text == other._text
            and self.id == other.id
            and self.meta == other.meta
            and self._annotations == other._annotations
            and self.errors == other.errors
            and self._layers == other._layers
            and self.extra == other.extra
        )

    def __copy__(self) -> Document:
        """A document of its own (``copy.copy``): its lists and dicts (``meta``,
        ``errors``, ``extra``, the annotations and their indexes) are new, the
        annotations, layers, errors and the values in ``meta`` shared.  (The slots were
        copied as references: an annotation added to the copy was added to the original,
        and its errors cleared cleared the original's.)"""
        cls = type(self)
        twin = cls.__new__(cls)
        for field in attrs.fields(cls):
            value = getattr(self, field.name)
            if field.name == "_by_kind":
                value = {kind: list(items) for kind, items in value.items()}
            elif isinstance(value, list | dict):
                value = value.copy()
            object.__setattr__(twin, field.name, value)  # (not the hooks: all are checked)
        own = getattr(self, "__dict__", None)  # (a subclass's attributes of its own)
        if own:
            twin.__dict__.update(own)
        return twin

    def __repr__(self) -> str:
        return (
            f"Document(id={self.id!r}, {len(self._text)} chars, "
            f"{len(self._annotations)} annotations, {len(self.errors)} errors)"
        )

    def to_dict(self, *, layers: bool = True) -> dict[str, Any]:
        """The document in the JSON form ``limner/1`` (see docs/json-format.md).

        Args:
            layers: include the compact layers (tokens) under ``"layers"``.

        Raises:
            ValueError: ``meta`` holds what JSON would not give back equal (see
                :class:`Document`); the message names the key.
            TypeError: ``errors`` holds what is not an :class:`Error`.
        """
        check_writable(self)
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "id": self.id,
            "text": self._text,
            "meta": self.meta,
            "annotations": _annotation_dicts(self._annotations),
            "errors": [e.to_dict() for e in self.errors],
        }
        if layers and self._layers:
            for layer in self._layers.values():
                if layer.extra:
                    check_meta(layer.extra, f"Document layers[{layer.kind!r}].extra")
            out["layers"] = [layer.to_dict() for layer in self._layers.values()]
        if not self._text.isascii():
            pairs = _split_pairs(self._text)
            if pairs:
                out["split_pairs"] = pairs
        if self.extra:
            out.update(self.extra)
        return out

    def to_json(self, *, indent: int | None = None, layers: bool = True) -> str:
        """:meth:`to_dict` as a JSON string.

        Non-ASCII characters are kept as they are, unless the text holds lone
        surrogates, which UTF-8 cannot carry: then everything non-ASCII is
        written as ``\\u`` escapes, so the string can always be written out.
        """
        return dumps(self.to_dict(layers=layers), indent=indent)

    @classmethod
    def from_dict(
        cls,
        data: Mapping[str, Any],
        kinds: Mapping[str, type[Annotation]] | None = None,
    ) -> Document:
        """Load a document from its JSON form.

        Args:
            data: the mapping written by :meth:`to_dict`.
            kinds: annotation classes by kind; by default those that the
                installed plugins define.  Unknown kinds load as generic
                :class:`Annotation` and are written back unchanged.

        Raises:
            InputError: (a ValueError) the schema tag is missing or unknown,
                or a field breaks a rule of the shipped JSON Schema or does
                not fit the text (a span past its end, a reference to no
                annotation, a layer out of reading order), or the class of
                its kind refuses it; the message names the path to the
                field, such as ``annotations[3].end``; or, in a mapping made
                otherwise than by reading JSON, a value JSON cannot hold (NaN,
                a set, a key that is not a str) or gives back otherwise (a
                surrogate pair held as two code points), which :meth:`add`
                refuses too: such a document was made, and could not be
                written (its annotation unnamed) or came back otherwise.
        """
        return cls._from_form(data, kinds, parsed=False)

    @classmethod
    def _from_form(
        cls,
        data: Mapping[str, Any],
        kinds: Mapping[str, type[Annotation]] | None,
        *,
        parsed: bool,
    ) -> Document:
        """:meth:`from_dict`; ``parsed``: ``data`` was read from JSON text, whose values
        are all JSON that loads back equal (not checked again)."""
        if not isinstance(data, Mapping):
            raise InputError(f"a limner document is a JSON object, got {type(data).__name__}")
        schema = data.get("schema")
        if schema != SCHEMA:
            raise InputError(
                f"unsupported document schema {schema!r}; this limner reads {SCHEMA!r}"
            )
        if "text" not in data or not isinstance(data["text"], str):
            raise InputError("a limner document needs a string 'text'")
        kinds = checked_kinds(kinds)
        data = _checked_form(data, kinds)
        annotations = [
            _loaded_annotation(kinds.get(a["kind"], Annotation), a, i)
            for i, a in enumerate(data.get("annotations", ()))
        ]
        if not parsed:
            _check_given_values(annotations)
        try:  # (what JSON cannot hold, from a mapping made otherwise: an id's split pair)
            layers = {}
            for item in data.get("layers", ()):
                layer = Layer.from_dict(item)
                layers[layer.kind] = layer
            doc = cls(
                text=data["text"],
                id=data.get("id", ""),
                meta=dict(data.get("meta") or {}),
                errors=[Error.from_dict(e) for e in data.get("errors", ())],
                layers=layers,
                extra={k: v for k, v in data.items() if k not in _FORM_KEYS},
            )
        except (ValueError, TypeError) as exc:
            raise InputError(str(exc)) from None
        doc._restore(annotations, read=True)
        doc._resume_counters()
        return doc

    @classmethod
    def from_json(
        cls, text: str | bytes, kinds: Mapping[str, type[Annotation]] | None = None
    ) -> Document:
        """Load a document from :meth:`to_json` output.

        Raises:
            InputError: the text is not JSON (NaN and infinity are not), is
                nested too deep, or breaks a rule of the ``limner/1`` form.
        """
        return cls._from_form(loads(text), kinds, parsed=True)

    def _resume_counters(self) -> None:
        for a in self._annotations:
            head = a.id.rstrip("0123456789")
            tail = a.id[len(head) :]
            if tail:
                self._counters[head] = max(self._counters.get(head, 0), int(tail))


#: attrs' own, which restores the slots
_attrs_setstate: Callable[[Document, Any], None] = Document.__dict__["__setstate__"]


def _setstate(doc: Document, state: Any) -> None:
    """attrs' ``__setstate__`` of a Document, then a look that what its pickle gave as
    its annotations are annotations (one pass over their classes, at C speed).

    A plugin's class whose ``__reduce__`` gives another object (a str) made a
    document, sent back from a worker, that failed in every writer, blaming the
    format: it is a ``TypeError`` as it is loaded, which a worker's results read back
    (:mod:`limner.parallel`) take for results that cannot come back.  (An annotation
    that it gives in another's place is not looked for.)
    """
    _attrs_setstate(doc, state)
    annotations = doc._annotations
    if all(map(issubclass, set(map(type, annotations)), itertools.repeat(Annotation))):
        return
    try:
        _check_members(annotations, Annotation, "annotations", "Annotations")
    except TypeError as exc:
        raise TypeError(
            f"a document loaded from its pickle holds what is no annotation: {exc} (the "
            "__reduce__ of its class gave it)"
        ) from None


# (set here, after attrs made its own: a __setstate__ in the class would replace it)
setattr(Document, "__setstate__", _setstate)  # noqa: B010


#: the slots of a :class:`Document` that :func:`blank_document` fills, in order, and the
#: descriptor of each, whose ``__set__`` stores as attrs' own ``__init__`` does
_BLANK_SLOTS = ("_text", "id", "meta", "errors", "_annotations", "_layers", "extra",
                "_by_id", "_by_kind", "_index", "_counters")
if set(_BLANK_SLOTS) != {f.name for f in attrs.fields(Document)}:  # a field added and not here
    raise RuntimeError("limner.document._BLANK_SLOTS must name every field of Document")
_BLANK_SETTERS = tuple(Document.__dict__[name] for name in _BLANK_SLOTS)
_set_blank_slot = type(_BLANK_SETTERS[0]).__set__
_ID_FIELD = attrs.fields(Document).id


def blank_document(text: str, id: str, meta: dict[str, Any]) -> Document:
    """``Document(text=text, id=id, meta=meta)``, ``meta`` a dict of the caller's own:
    the document the engine makes for each text it enriches, with nothing in it.  The
    same object as that call makes (the same check of ``id``; ``meta`` held as it is),
    made without attrs' converters of the empty fields and the checks of annotations,
    errors, layers and extra that it holds none of: each is set by its slot's own
    setter, in one C-level pass.

    Raises:
        TypeError, ValueError: as ``Document(text=text, id=id, meta=meta)`` raises
            for an ``id`` that is not a str, or that JSON does not give back.
    """
    if not isinstance(text, str) or type(meta) is not dict:
        return Document(text=text, id=id, meta=meta)  # (what it says of them)
    doc = object.__new__(Document)
    collections.deque(
        map(_set_blank_slot, _BLANK_SETTERS, itertools.repeat(doc),
            (text, id, meta, [], [], {}, {}, {}, {}, {}, {})),
        maxlen=0,
    )
    if not attrs.validators.get_disabled():  # (as attrs' own __init__ asks)
        _check_doc_id(doc, _ID_FIELD, id)
    return doc


def _check_given_values(annotations: list[Annotation]) -> None:
    """Raise an InputError naming the first of ``annotations`` (loaded from a mapping that
    was not read from JSON text) that holds what :meth:`Document.add` refuses: a value JSON
    cannot hold, or a kind, source or id that JSON gives back otherwise.  The schema's
    rules are checked already; these a mapping read from JSON never breaks."""

    def check(batch: list[Annotation]) -> None:
        _check_kinds_and_scores(batch)
        if not _read_back(list(map(_id, batch))):
            for a in batch:
                _check_name(a.id, f"{a.kind} annotation at [{a.start}, {a.end}): its id")
        _check_json_values(batch)

    try:
        check(annotations)
    except ValueError:
        for i, a in enumerate(annotations):  # (only to name the offender)
            try:
                check([a])
            except ValueError as exc:
                raise InputError(f"annotations[{i}]: {exc}") from None
        raise


def _loaded_annotation(
    cls: type[Annotation], data: Mapping[str, Any], i: int, where: str = "annotations"
) -> Annotation:
    """``cls.from_dict(data)`` for ``annotations[i]`` of a document being loaded (or of
    what ``where`` names).

    Raises:
        InputError: the class refuses the data (a validator, a converter or a
            missing field of a plugin's class); the message names the path to
            the field when it can be told (``annotations[3].speaker``), else
            to the annotation.
    """
    try:
        return cls.from_dict(data)
    except Exception as exc:
        name = _refused_field(cls, data, exc)
        where = f"{where}[{i}].{name}" if name else f"{where}[{i}]"
        reason = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
        kind = data["kind"]
        raise InputError(f"{where}: refused by the class of kind {kind!r}: {reason}") from None


def _refused_field(cls: type[Annotation], data: Mapping[str, Any], exc: Exception) -> str | None:
    """The field of ``cls`` whose value in ``data`` made it raise ``exc``, if it can be told:
    attrs' own validators name it; else each field's converter and validator is tried alone."""
    for arg in exc.args:
        if isinstance(arg, attrs.Attribute):
            return str(arg.name)
    if not attrs.has(cls):
        return None
    fields = attrs.fields(cls)
    for f in fields:
        if f.name not in data and f.default is attrs.NOTHING and f.init:
            return str(f.name)  # a field the class needs and the data lack
    # what the instance would hold: the values given, the plain defaults
    values = {
        f.name: data.get(f.name, f.default)
        for f in fields
        if f.name in data or not isinstance(f.default, attrs.Factory)  # type: ignore[arg-type]
    }
    probe = types.SimpleNamespace(**values)
    for f in fields:
        if f.name not in data:
            continue
        value, convert = data[f.name], f.converter
        try:
            if convert is not None and not isinstance(convert, _CONVERTER):  # (not one taking self)
                value = convert(value)
            if f.validator is not None:
                f.validator(probe, f, value)
        except Exception:
            return str(f.name)
    return None


_CONVERTER: Any = getattr(attrs, "Converter", ())


def checked_kinds(
    kinds: Mapping[str, type[Annotation]] | None,
) -> Mapping[str, type[Annotation]]:
    """``kinds`` as a loader takes it (annotation classes by kind; ``None``: those of the
    installed plugins).

    Raises:
        TypeError: ``kinds`` is no mapping of strs to Annotation classes (a list of
            classes, the natural slip, raised an AttributeError deep in the loader).
    """
    if kinds is None:
        return _kinds_source()
    if not isinstance(kinds, Mapping) or not all(
        isinstance(k, str) and isinstance(c, type) and issubclass(c, Annotation)
        for k, c in kinds.items()
    ):
        raise TypeError(
            "kinds takes annotation classes by kind ({'number': Number}, as "
            f"limner.PluginManager().kinds() gives them), not {_brief(kinds)}"
        )
    return kinds


def _no_kinds() -> Mapping[str, type[Annotation]]:
    return {}


#: Where :meth:`Document.from_dict` finds annotation classes when it is given
#: none; the plugin manager sets it (the model itself knows no plugin).
_kinds_source: Callable[[], Mapping[str, type[Annotation]]] = _no_kinds


def set_kinds_source(source: Callable[[], Mapping[str, type[Annotation]]]) -> None:
    """Make ``source()`` the annotation classes that documents load with by default."""
    global _kinds_source
    _kinds_source = source


def _id_prefix(cls: type[Annotation], kind: str) -> str:
    """What the ids of ``cls`` annotations of ``kind`` start with: ``n`` in ``n3``."""
    return cls.id_prefix or (kind[:1] if kind else "a")


#: Ids of the first annotations of each prefix ("s1", "s2", ...), shared by all
#: documents: making the strings anew for every document costs more than storing.
_ID_CACHE: dict[str, list[str]] = {}
_ID_CACHE_SIZE = 4096


def _fresh_ids(prefix: str, first: int, n: int) -> list[str]:
    """The ids ``prefix + str(i)`` for ``i`` from ``first``, ``n`` of them."""
    end = first + n
    if end <= _ID_CACHE_SIZE:
        cached = _ID_CACHE.get(prefix)
        if cached is None:  # cached[i] is prefix + str(i)
            cached = _ID_CACHE[prefix] = [f"{prefix}{i}" for i in range(_ID_CACHE_SIZE)]
        return cached[first:end]
    return list(map(prefix.__add__, map(str, range(first, end))))


def _relabelled(
    batch: list[Annotation], classes: set[type[Annotation]], labels: Mapping[str, str]
) -> list[tuple[list[Annotation], str, list[Any]]]:
    """What the :func:`ref` fields of ``batch`` hold once ``labels`` are rewritten to
    ids: ``(annotations, field, values)`` for each class and field, nothing changed yet.

    Raises:
        TypeError: a reference that cannot be a key (the careful path names it).
    """
    out = []
    for cls in classes:
        names = ref_fields(cls)
        if not names:
            continue
        items = batch if len(classes) == 1 else [a for a in batch if type(a) is cls]
        for name in names:
            values = list(map(operator.attrgetter(name), items))
            out.append((items, name, list(map(labels.get, values, values))))
    return out


def _checked_spans(batch: list[Annotation], n: int) -> tuple[list[int], list[int]]:
    """The starts and ends of ``batch`` (not empty), checked at C speed against a text of ``n``.

    Annotations made by :func:`builder` skip attrs' checks; this is where
    their spans are checked.
    """
    starts = list(map(_start, batch))
    ends = list(map(_end, batch))
    classes = set(map(type, starts)) | set(map(type, ends))
    if classes != {int} and all(map(_offset_class, classes)):
        starts, ends = _exact_offsets(batch, starts, ends)
        classes = {int}
    if (
        classes != {int}
        or min(starts) < 0
        or max(ends) > n
        or any(map(operator.gt, starts, ends))
    ):
        _reject(batch, n)
    return starts, ends


def _exact_offsets(
    batch: list[Annotation], starts: list[int], ends: list[int]
) -> tuple[list[int], list[int]]:
    """The offsets of ``batch`` as ints, each annotation given its own (an ``IntEnum``'s
    value, say): an int subclass's own comparisons and equality are never asked.  One
    whose ``<`` lied had a span past the end of the text stored, and the document,
    written, could not be read back; one whose ``==`` raised made it unequal to
    anything, itself included."""
    starts = list(map(int.__int__, starts))
    ends = list(map(int.__int__, ends))
    for a, start, end in zip(batch, starts, ends, strict=True):
        object.__setattr__(a, "start", start)  # (frozen: stamped as its id is)
        object.__setattr__(a, "end", end)
    return starts, ends


#: Held while a batch is stored: the test that an annotation is new and the stamping of
#: its id and source are one step, whichever threads add to which documents.
_STORING = threading.Lock()


def _check_references(batch: list[Annotation], stored: Mapping[str, Annotation]) -> None:
    """Raise a ValueError naming the first :func:`ref` field of ``batch`` that names
    neither a stored annotation (of ``stored``) nor a label of the batch.

    The rule the engine applies to an annotator's results, for annotations added
    by hand: an annotation copied from another document keeps its references only
    where they name annotations of its batch or of this document.
    """
    names = {cls: ref_fields(cls) for cls in set(map(type, batch))}
    if not any(names.values()):
        return
    labels = set(filter(None, map(_id, batch)))
    for a in batch:
        for name in names[type(a)]:
            value = getattr(a, name)
            if value is None:
                continue
            if value == "":
                raise ValueError(
                    f"{a.kind} annotation at [{a.start}, {a.end}) has {name}='', which is no "
                    "id (None says it refers to nothing)"
                )
            if not isinstance(value, str) or (value not in labels and value not in stored):
                raise ValueError(
                    f"{a.kind} annotation at [{a.start}, {a.end}) has {name}={_brief(value)}, "
                    "which is neither an annotation of the document nor a label of the batch"
                )


def _registered(
    batch: list[Annotation],
    *,
    natives_held: bool = True,
    classes: set[type[Annotation]] | None = None,
) -> list[Annotation]:
    """``batch`` with each annotation of a kind a plugin gives a class (the classes
    documents load with) but not of that class (a generic :class:`Annotation`, another
    plugin's class) rebuilt as that class from its JSON form, as
    :meth:`Document.from_dict` rebuilds it (the class filling in its defaults); the
    form of each annotation rebuilt, and of each generic one of a kind the shipped
    schema has rules for, is held to those rules.  What is stored then loads back
    as it is, equal, and a document is never written that its loader refuses.

    The batch itself when every annotation is of its kind's class, or generic of a
    kind neither a plugin nor the schema knows (C-level passes over its types and
    kinds; a look at each annotation only otherwise).

    With ``natives_held`` (the default: what a caller adds, or gives the constructor),
    an annotation of its kind's own class is held to the schema's rules too (a
    plugin's class does not check them all itself: a ``lat`` of 91 was stored, and
    the document written was one its loader refuses); an annotator's results (its
    plugin's classes, whose output the conformance kit holds to the schema through
    a JSON round trip) are not, which would cost a tenth of every run.

    Raises:
        ValueError: (an :class:`~limner.InputError`) the class or the schema refuses
            an annotation (a field it needs is missing, a value of the wrong type);
            the message names the field.
    """
    if classes is None:  # (else the classes of the batch, known to the caller)
        classes = set(map(type, batch))
    generic = Annotation in classes
    if not generic and classes <= _NATIVE:
        return _held_to_the_schema(batch) if natives_held else batch
    kinds = _kinds_source()
    note_native(kinds.values())
    if not generic and (not kinds or classes <= _NATIVE):
        return _held_to_the_schema(batch) if natives_held else batch
    from limner.validate import check_annotation, ruled_kinds  # (the schema, read once)

    ruled = ruled_kinds()
    if not kinds and ruled.isdisjoint(map(_kind, batch)):
        return batch

    out = batch
    for i, a in enumerate(batch):
        kind = a.kind
        if not isinstance(kind, str):
            continue  # refused by the kinds' check
        cls = kinds.get(kind)
        if cls is None or type(a) is cls:
            if kind in ruled and (natives_held or type(a) is Annotation):
                check_annotation(a.to_dict(), _in_batch(a, i))
            continue
        if not a.features.keys().isdisjoint(_BASE_KEYS):
            continue  # a feature named like a field: refused by the values' check
        rebuilt = _loaded_annotation(cls, a.to_dict(), i, "the batch's annotations")
        if kind in ruled:
            check_annotation(rebuilt.to_dict(), _in_batch(a, i))
        if out is batch:
            out = list(batch)
        out[i] = rebuilt
    return out


def _held_to_the_schema(batch: list[Annotation]) -> list[Annotation]:
    """``batch`` (each of its kind's class), once each annotation of a kind the shipped
    schema has rules for (``number``, ``location``...) is checked against them: a
    plugin's class does not check them all itself (a ``lat`` of 91, a ``score`` of 5),
    and the document written with it was one its loader refuses.

    Raises:
        InputError: the schema refuses an annotation; the message names the field.
    """
    from limner.validate import check_annotation, ruled_kinds

    ruled = ruled_kinds()
    kinds = [a.kind if isinstance(a.kind, str) else None for a in batch]
    if not ruled.isdisjoint(kinds):
        for i, (a, kind) in enumerate(zip(batch, kinds, strict=True)):
            if kind in ruled:
                check_annotation(a.to_dict(), _in_batch(a, i))
    return batch


def _in_batch(a: Annotation, i: int) -> str:
    return f"the batch's annotation {i} ({a.kind} at [{a.start}, {a.end}))"


#: Classes known to be the class of their kind: the plugins' classes a plugin manager
#: has read (:func:`note_native`), and those of the kinds source whenever it is asked.
#: A batch of them alone is stored without asking the kinds source, which reads every
#: installed plugin (some 0.1 s, once a process) where an enricher may load only one.
_NATIVE: set[type[Annotation]] = set()


def note_native(classes: Iterable[type[Annotation]]) -> None:
    """Know ``classes`` as the classes of their kinds (a plugin manager's, as it reads
    them from its plugins' ``limner_annotation_kinds``)."""
    _NATIVE.update(classes)




_SCORE_TYPES = frozenset({int, float, type(None)})
_score = operator.attrgetter("score")
_is_annotation = Annotation.__instancecheck__


def _read_back(names: Collection[str]) -> bool:
    """Whether JSON gives back every str of ``names`` as it is: none holds a surrogate
    pair as two code points (read back as the one character it stands for)."""
    return all(map(str.isascii, names)) or not any(map(_PAIR.search, names))


def _check_name(value: str | None, what: str) -> None:
    """Raise a ValueError unless ``value`` (an annotation's kind, source or id, or the
    source given to :meth:`Document.add`, said by ``what``) is a str, or ``None``, that
    JSON gives back as it is: the rule of :func:`_check_kinds_and_scores`."""
    if value is None:
        return
    if type(value) is not str:
        raise ValueError(f"{what} is {type(value).__name__} {_brief(value)}, not a str")
    if not _read_back((value,)):
        raise ValueError(
            f"{what} {_brief(value)} holds a surrogate pair as two code points, which "
            "JSON reads back as the one character it stands for"
        )


def _check_kinds_and_scores(batch: list[Annotation]) -> set[str]:
    """Raise a ValueError naming the first annotation of ``batch`` whose kind is not a
    string of at least one character, whose source is not a string, or whose score is
    neither a number nor ``None`` (what a document's JSON form may hold,
    :mod:`limner.validate`), or whose kind or source JSON would not give back as it is
    (a surrogate pair held as two code points): the one rule of a kind.  Returns the
    batch's kinds, read once for the steps that store it (an annotation's kind, a
    frozen field, is never stamped).

    Three C-level passes over the batch; a look annotation by annotation only to
    name the offender.
    """
    try:
        kinds, sources = set(map(_kind, batch)), set(map(_source, batch))
    except TypeError:  # an unhashable kind or source: named below
        kinds = sources = {None}
    if (
        set(map(type, kinds)) == {str}
        and "" not in kinds
        and set(map(type, map(_score, batch))) <= _SCORE_TYPES
        and set(map(type, sources)) == {str}
        and _read_back(kinds)
        and _read_back(sources)
    ):
        return kinds
    for a in batch:
        if type(a.kind) is not str or not a.kind:
            raise ValueError(
                f"annotation at [{a.start}, {a.end}): its kind is {_brief(a.kind)}, not a "
                "non-empty string"
            )
        _check_name(a.kind, f"annotation at [{a.start}, {a.end}): its kind")
        _check_name(a.source, f"{a.kind} annotation at [{a.start}, {a.end}): its source")
        if type(a.score) not in _SCORE_TYPES:
            if not isinstance(a.score, float):
                raise ValueError(
                    f"{a.kind} annotation at [{a.start}, {a.end}): its score is "
                    f"{type(a.score).__name__} {_brief(a.score)}, not a number or None"
                )
            # a float subclass's: held as its value, as offsets are (see _exact_offsets)
            object.__setattr__(a, "score", float.__float__(a.score))
    return kinds


def _in_reading_order(batch: list[A], starts: list[int], ends: list[int]) -> list[A]:
    """``batch`` sorted by ``(start, -end)``, a tie kept in batch order (the order it is
    stored in); ``batch`` itself when it is in that order already.

    Each pair is one int, ``start * m - end`` with ``m`` past every end (so it orders
    as the pair does): ints compare several times faster than tuples.  The sort asks
    its key of each annotation once, in batch order, so the key is the next of the
    keys made (``next(keys, a)``, a C call), not a look-up of the annotation's index.
    """
    # int's own operators: an int subclass's * and - (its own, perhaps) are not asked
    m = int.__add__(max(ends), 1)
    keys = list(map(int.__sub__, map(int.__mul__, starts, itertools.repeat(m)), ends))
    if all(map(operator.le, keys, itertools.islice(keys, 1, None))):
        return batch
    return sorted(batch, key=functools.partial(next, iter(keys)))


def _offset_class(cls: type) -> bool:
    """Whether values of ``cls`` may be offsets: ints, not bools (as :func:`_check_offset`)."""
    return issubclass(cls, int) and not issubclass(cls, bool)


def _reject(batch: Iterable[Annotation], n: int) -> None:
    """Raise a ValueError naming the first annotation whose span does not fit a text of ``n``."""
    for a in batch:
        for name in ("start", "end"):
            value = getattr(a, name)
            if not _offset_class(type(value)) or value < 0:
                raise ValueError(
                    f"{a.kind} annotation: {name} must be a non-negative int, got {value!r}"
                )
        if a.end < a.start:
            raise ValueError(
                f"{a.kind} annotation: end ({a.end}) must not be before start ({a.start})"
            )
        if a.end > n:
            raise ValueError(
                f"{a.kind} annotation [{a.start}, {a.end}) lies outside the text of {n} characters"
            )


def dumps(data: Any, indent: int | None = None) -> str:
    """JSON text that UTF-8 can always carry and strict parsers accept.

    Surrogate code points (which UTF-8 cannot carry) are written as ``\\u``
    escapes, everything else non-ASCII as it is.

    Raises:
        ValueError: a float that JSON cannot hold (NaN, infinity), naming it.
        TypeError: a value that is not JSON (a set, an object).
        ValueError: a value nested too deep, or one that holds itself
            (found by the depth it reaches, not by a walk for cycles: an
            annotation's values were checked when it was added, and a cycle
            cannot be read from JSON).
    """
    out = _encode(data, indent)
    if not out.isascii() and _SURROGATE.search(out):
        out = _SURROGATE.sub(_escape_surrogate, out)
    return out


def encoded_line(data: Any) -> bytes:
    """:func:`dumps` of ``data`` on one line, encoded as UTF-8: the line a batch writes.

    The encoding itself finds the rare surrogate code point (UTF-8 cannot carry
    one), so a line without any, nearly every line, is not searched for them.

    Raises:
        ValueError, TypeError: as :func:`dumps`.
    """
    out = _encode(data, None)
    try:
        return out.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub(_escape_surrogate, out).encode("utf-8")


#: the encoder of :func:`dumps` for one line, made once: the standard separators, and
#: no walk of every container for cycles (a quarter of the time of a batch's lines)
_encode_line = json.JSONEncoder(ensure_ascii=False, allow_nan=False, check_circular=False).encode
_SURROGATE = re.compile("[\ud800-\udfff]")
_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
_ERROR_KEYS = ("plugin", "annotator", "type", "message")


def _encode(data: Any, indent: int | None) -> str:
    """JSON text of ``data`` (surrogates left as they are), its faults as :func:`dumps` says."""
    try:
        if indent is None:
            return _encode_line(data)
        return json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False)
    except RecursionError:
        raise ValueError("a value nested too deep, or one that holds itself") from None
    except ValueError as exc:
        if "integer string conversion" in str(exc):
            raise ValueError(f"a value that is {_why(exc)}") from None
        raise ValueError(f"{exc}: NaN and infinity are not JSON") from None


def _escape_surrogate(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def _split_pairs(text: str) -> list[int]:
    """Offsets in ``text`` where a surrogate pair is held as two code points.

    JSON reads the escapes of such a pair back as one character, so the
    offsets are written beside the text (``split_pairs``) and the pairs split
    again on load (:func:`_rejoined_text`).
    """
    return [m.start() for m in _PAIR.finditer(text)] if _SURROGATE.search(text) else []


def _rejoined_text(text: str, pairs: list[int]) -> str:
    """The text as written, from its JSON-read form and its ``split_pairs``.

    Raises:
        InputError: an offset that does not fall on a character a pair became.
    """
    parts: list[str] = []
    pos = 0
    for i, offset in enumerate(pairs):
        at = offset - i  # each pair before it became one character
        if at < pos or at >= len(text) or ord(text[at]) < 0x10000:
            raise InputError(
                f"split_pairs[{i}]: {offset} is not the offset of a surrogate pair in the text"
            )
        code = ord(text[at]) - 0x10000
        parts += [text[pos:at], chr(0xD800 + (code >> 10)), chr(0xDC00 + (code & 0x3FF))]
        pos = at + 1
    parts.append(text[pos:])
    return "".join(parts)


def loads(text: str | bytes) -> Any:
    """``json.loads`` for documents: strict JSON (no NaN, no infinity), an
    :class:`~limner.InputError` for what cannot be read (not UTF-8, not JSON, nested
    too deep), the counterpart of :func:`dumps`.  Bytes are UTF-8, or what a byte
    order mark says, as for every file limner reads (:mod:`limner.encoding`)."""
    try:
        if not isinstance(text, str):
            encoding, skip = sniff(text[:4])
            text = text[skip:].decode(encoding)
        return _read_json(text)
    except UnicodeDecodeError as exc:
        raise InputError(f"not {exc.encoding.upper()}: {exc}") from None
    except RecursionError:
        raise InputError("not a limner document: nested too deep") from None
    except InputError:
        raise
    except ValueError as exc:
        raise InputError(f"not JSON: {exc}") from None


def _not_json(name: str) -> Any:
    raise InputError(f"not JSON: {name} is not a JSON value")


def _float_in_range(number: str) -> float:
    """The float of ``number``; a number past a float's range (``1e400``), which Python's
    reader makes infinity, is refused as NaN and infinity are."""
    value = float(number)
    if math.isinf(value):
        raise InputError(f"not JSON limner can hold: {number[:40]} is past a float's range")
    return value


_strict_decode = json.JSONDecoder(parse_constant=_not_json).decode
_read_json = json.JSONDecoder(parse_constant=_not_json, parse_float=_float_in_range).decode


def _checked_form(data: Mapping[str, Any], kinds: Mapping[str, type[Annotation]]) -> Any:
    """``data`` checked (see :mod:`limner.validate`), its text's split pairs restored."""
    from limner.validate import check_document

    data = dict(data)
    pairs = data.pop("split_pairs", None)
    if pairs is not None:
        if not isinstance(pairs, list) or not all(_offset_class(type(p)) for p in pairs):
            raise InputError("split_pairs: expected an array of offsets")
        if pairs != sorted(pairs):
            raise InputError("split_pairs: the offsets are not in order")
        data["text"] = _rejoined_text(data["text"], pairs)
    try:
        check_document(data, {k: ref_fields(c) for k, c in kinds.items()})
    except RecursionError:
        raise InputError("not a limner document: nested too deep") from None
    return data


_JSON_SCALARS = frozenset({str, int, bool, type(None)})
_ANY_SCALAR = _JSON_SCALARS | {float}
_scalar = _ANY_SCALAR.__contains__
_is_float = float.__instancecheck__
_strict_encode = json.JSONEncoder(allow_nan=False, check_circular=False).encode
_features = operator.attrgetter("features")


def _written_as_held(
    batch: list[Annotation], classes: set[type[Annotation]] | None = None
) -> bool:
    """Whether the JSON form of ``batch`` holds every value :func:`_check_json_values`
    checks, as it is: then the encoder of the form refuses what that check refuses.

    Not so for an annotation with ``features`` (one shadowed by a field of the same
    name is not written), nor for a class with its own ``to_dict`` (which may leave
    a field out, or write it as another value).
    """
    if any(map(_features, batch)):
        return False
    if classes is None:
        classes = set(map(type, batch))
    return all(cls.to_dict is Annotation.to_dict for cls in classes)


def _check_json_values(
    batch: list[Annotation], classes: set[type[Annotation]] | None = None
) -> None:
    """Raise a ValueError naming the first field of ``batch`` whose value JSON cannot hold.

    The common batch (strings, ints, finite floats, plain lists and dicts)
    passes with a few C-level passes a field, over the values of all its
    annotations at once (see :func:`_plain_column`).  Only a batch that fails
    them is looked at field by field, to name the offender.  ``classes``, when
    given, are the classes of the annotations of ``batch``.
    """
    if classes is None:
        classes = set(map(type, batch))
    for cls in classes:
        items = batch if len(classes) == 1 else [a for a in batch if type(a) is cls]
        names, values_of = _value_getter(cls)
        # a column a field: each judged by the types it holds (one pass for the common
        # column of strings, ints and None; the floats summed where there are any).
        # (The kind is no value to judge here: every caller has held it to be a str,
        # :func:`_check_kinds_and_scores`.)
        featured = list(filter(None, map(_features, items)))
        if featured:
            _check_feature_names(cls, names, items)
        if not _plain_fields(cls, items, names, values_of) or (
            featured and (not _JUST_DICTS.issuperset(map(type, featured))
                          or not _read_back_equal(featured))
        ):
            for name in names:
                _check_field(items, name, list(map(operator.attrgetter(name), items)))
            for a in filter(_features, items):  # (no features, or empty: nothing to read)
                features = a.features
                if not isinstance(features, Mapping):
                    raise ValueError(
                        f"{a.kind} annotation at [{a.start}, {a.end}): its features are "
                        f"{type(features).__name__} {_brief(features)}, not a mapping"
                    )
                for key, value in features.items():
                    _check_feature(a, key, value)


def _read_back_equal(values: list[Any]) -> bool:
    """Whether ``values`` are JSON and its reader gives them back equal (no tuple, no key
    that is not a str): the rule of :func:`_check_feature`, judged by the C encoder and
    decoder over them all at once.  ``True`` is sure; ``False`` means "look closer"."""
    try:
        return bool(_strict_decode(_strict_encode(values)) == values)
    except (TypeError, ValueError, RecursionError, OverflowError):
        return False


def _check_feature(a: Annotation, name: str, value: Any) -> None:
    """Raise a ValueError naming the feature ``name`` of ``a`` unless its ``value`` is
    JSON that loads back equal (:func:`_not_read_back`): what
    :meth:`Document.from_json` gives a feature is what JSON's reader makes (str, int,
    float, bool, None, list, and dict with str keys), so a tuple (read back as a list)
    or a key that is not a str (written as one: ``1`` and ``"1"`` would be one key)
    would make an unequal document.  So must its name be a str.

    A typed field is left to its class: :meth:`Annotation.from_dict` gives it the
    values JSON's reader makes, and the class's converters read them."""
    where = f"{a.kind} annotation at [{a.start}, {a.end})"
    if not isinstance(name, str):
        raise ValueError(
            f"{where}: its feature name {_brief(name)} ({type(name).__name__}) is not a "
            "str, and JSON's keys are all strings"
        )
    fault = _value_fault(value)
    if fault is not None:
        raise ValueError(
            f"{where}: field {name!r} holds {type(value).__name__} {_brief(value)}, {fault}"
        )


def _value_fault(value: Any, key: str | None = None) -> str | None:
    """Why ``value`` (held under ``key``, when given) cannot be written as JSON that
    loads back equal, worded to follow "holds VALUE, ": not JSON at all (the encoder
    refuses it), or JSON that its reader gives back otherwise (:func:`_not_read_back`,
    of the key too when it is not ASCII); ``None`` when it can.  The one check of a
    feature's value and of a ``meta`` value."""
    try:
        _strict_encode(value)
    except (TypeError, ValueError, RecursionError) as exc:
        return f"which is not JSON ({_why(exc)})"
    why = _not_read_back(value if key is None or key.isascii() else [key, value])
    return None if why is None else f"which JSON does not give back as it is ({why})"


def _not_read_back(value: Any) -> str | None:
    """Why JSON's reader would not give ``value`` (JSON already: its encoder takes it)
    back equal, or ``None`` when it would: a tuple is read back as a list, a dict key
    that is not a str as a str, and a surrogate pair held as two code points (written
    as two escapes) as the one character they stand for.

    The one rule of what a document holds besides its annotations' typed fields
    (the values of features, and of ``meta``)."""
    stack = [value]
    while stack:  # (a walk without recursion: the encoder took the value, nested as it is)
        v = stack.pop()
        if isinstance(v, list):
            stack.extend(v)
            continue
        if isinstance(v, str):
            if not v.isascii() and _PAIR.search(v):
                inner = "" if v is value else f" ({_brief(v)} in it)"
                return (
                    f"a surrogate pair held as two code points{inner} is read back as the "
                    "one character it stands for"
                )
            continue
        if isinstance(v, tuple):
            inner = "" if v is value else f" {_brief(v)} in it"
            return f"a tuple{inner} is read back as a list: store a list"
        if isinstance(v, dict):  # (the encoder's only mapping)
            key = next(itertools.filterfalse(_is_str, v), _NO_KEY)
            if key is _NO_KEY:
                stack.extend(v.values())
                stack.extend(k for k in v if not k.isascii())  # (a key's surrogates, too)
                continue
            return f"the key {_brief(key)} is not a str, and JSON's keys are all strings"
        # else a number, bool or None (or a subclass's, written as one)
    return None


def check_writable(doc: Document) -> None:
    """Raise unless what ``doc`` holds besides its text and annotations (checked as they
    are given) is what its JSON form holds and gives back equal: its ``meta``
    (:func:`check_meta`, a ValueError), and its ``errors``, Error records (a TypeError;
    a list, which may have been appended to since it was given).  Every format that
    writes them calls it, through :meth:`Document.to_dict` or itself."""
    check_meta(doc.meta)
    if doc.extra:
        check_meta(doc.extra, "Document extra")
    if doc.errors:
        _check_members(doc.errors, Error, "errors", "Error records")
        for i, e in enumerate(doc.errors):
            if e.extra:
                check_meta(e.extra, f"Document errors[{i}].extra")


def check_meta(meta: Mapping[str, Any], name: str = "Document meta") -> Mapping[str, Any]:
    """``meta`` (a document's) as it is, once checked: a ValueError names the first key
    whose value is not JSON, or is JSON that loads back otherwise
    (:func:`_not_read_back`), or that is no str itself: the rule of annotations'
    features, so that a document's JSON form (and every format that keeps ``meta``)
    gives back equal what it was given.

    Checked as a document is written (:meth:`Document.to_dict`, and each format that
    writes ``meta`` on its own), not as it is made: in memory, ``meta`` may hold what
    the process alone needs (a lock, a tuple) for as long as it is not written.
    A plain ``meta`` (the common one) passes with one C-level encoding and decoding.
    """
    if not meta or (type(meta) is dict and _read_back_equal([meta])):
        return meta
    for key, value in meta.items():
        if not isinstance(key, str):
            raise ValueError(
                f"{name}: the key {_brief(key)} ({type(key).__name__}) is not a str, "
                "and JSON's keys are all strings"
            )
        fault = _value_fault(value, key)
        if fault is not None:
            raise ValueError(
                f"{name}[{key!r}] holds {type(value).__name__} {_brief(value)}, {fault}"
            )
    return meta


_NO_KEY = object()
_is_str = str.__instancecheck__


def _check_feature_names(
    cls: type[Annotation], names: tuple[str, ...], items: list[Annotation]
) -> None:
    """Raise a ValueError naming the first feature of ``items`` (of ``cls``, whose fields
    with values are ``names``) that has the name of a field: its JSON form, which holds
    each name once, would lose it."""
    taken = frozenset(_BASE_KEYS).union(names)
    for a in items:
        features = a.features
        if features and isinstance(features, Mapping) and not taken.isdisjoint(features):
            key = next(k for k in features if k in taken)
            raise ValueError(
                f"{a.kind} annotation at [{a.start}, {a.end}): its feature {key!r} has the "
                f"name of a field of {cls.__name__}, which its JSON form holds instead"
            )


def _value_getter(cls: type[Annotation]) -> tuple[tuple[str, ...], Callable[[Any], Any]]:
    """The names of the fields of ``cls`` that hold values (``score`` and its own fields,
    not the kind, a str by then), and one getter of them all (of ``score`` alone, for a
    class of no fields of its own: its value, not a tuple)."""
    cached: tuple[tuple[str, ...], Callable[[Any], Any]] | None = cls.__dict__.get(
        "_limner_values"
    )
    if cached is None:
        names = ("score", *(f.name for f in _own_fields(cls)))
        cached = (names, operator.attrgetter(*names))
        cls._limner_values = cached  # type: ignore[attr-defined]
    return cached


def _plain_fields(
    cls: type[Annotation],
    items: list[Annotation],
    names: tuple[str, ...],
    values_of: Callable[[Any], Any],
) -> bool:
    """Whether the values of the fields ``names`` of ``items`` (of ``cls``, read by
    ``values_of``) are all JSON.  ``True`` is sure; ``False`` means "look closer", as for
    :func:`_plain_json`.

    The fields ``cls`` declares as strings, bools or ``None`` are judged together by one
    pass over the types of their values, and those it declares as numbers (``score``,
    ``int | None``) together by one pass and the numbers' own tests: a few C-level passes
    a class, not a Python call and a set a field.  The declarations only group the fields:
    a value of another type in a group (a set where a str is declared) is a "look
    closer", each value then judged as it is.  The other fields (lists, ``Any``) are
    judged a field at a time (:func:`_plain_column`).
    """
    groups = _value_groups(cls)
    if groups is None:  # (no field declared a scalar: each field on its own)
        columns: Iterable[tuple[Any, ...]] = (
            zip(*map(values_of, items), strict=True)
            if len(names) > 1
            else (tuple(map(values_of, items)),)  # (a getter of one name gives the value)
        )
        return all(map(_plain_column, columns))
    text_of, numbers_of, rest_of, rest_count = groups
    if text_of is not None and not _TEXT_SCALARS.issuperset(
        map(type, itertools.chain.from_iterable(map(text_of, items)))
    ):
        return False
    if numbers_of is not None:
        numbers = list(itertools.chain.from_iterable(map(numbers_of, items)))
        types = set(map(type, numbers))
        if types <= _NUMBERS_OR_NONE:
            # (one sum, in floats, of every number but the zeros: finite only when each
            # float is, and each int short of a float's range, far within the digits
            # Python writes; an int past that range is refused by the sum, a look closer)
            try:
                if not math.isfinite(sum(filter(None, numbers), 0.0)):
                    return False
            except OverflowError:
                return False
        elif not (
            types <= _ANY_SCALAR
            and (float not in types or _finite(numbers, types))
            and (int not in types or _ints_written(numbers, types))
        ):
            return False
    if rest_of is None:
        return True
    columns = (
        zip(*map(rest_of, items), strict=True) if rest_count > 1 else (tuple(map(rest_of, items)),)
    )
    return all(map(_plain_column, columns))


#: The types a field declared a str, a bool or ``None`` (or a union of them) holds
_TEXT_SCALARS = frozenset({str, bool, type(None)})
_NUMBERS_OR_NONE = frozenset({int, float, bool, type(None)})
_TEXT_NAMES = frozenset({"str", "bool", "None"})
_NUMBER_NAMES = frozenset({"str", "int", "float", "bool", "None"})
_NAMES_OF_TYPES = {str: "str", int: "int", float: "float", bool: "bool", type(None): "None"}


def _declared_names(declared: Any) -> frozenset[str] | None:
    """The names of the types a field's annotation ``declared`` unites (``"int | None"``,
    ``int | None``, ``str``), when each is one of str, int, float, bool and ``None``;
    ``None`` for any other annotation (a list, ``Any``, ``Optional[...]``, a class)."""
    if isinstance(declared, str):
        parts = frozenset(part.strip() for part in declared.split("|"))
    elif isinstance(declared, type) and declared in _NAMES_OF_TYPES:
        parts = frozenset({_NAMES_OF_TYPES[declared]})
    elif isinstance(declared, types.UnionType):
        args = declared.__args__
        if not all(arg in _NAMES_OF_TYPES for arg in args):
            return None
        parts = frozenset(map(_NAMES_OF_TYPES.__getitem__, args))
    else:
        return None
    return parts if parts <= _NUMBER_NAMES else None


def _tuple_getter(names: list[str]) -> Callable[[Any], tuple[Any, ...]] | None:
    """A getter of the fields ``names`` that gives a tuple, even of one (``None``: no name)."""
    if not names:
        return None
    return operator.attrgetter(*names, *names) if len(names) == 1 else operator.attrgetter(*names)


def _value_groups(
    cls: type[Annotation],
) -> tuple[Any, Any, Any, int] | None:
    """The fields of :func:`_value_getter` as :func:`_plain_fields` judges them: getters (of
    tuples) of those ``cls`` declares as strings, bools or ``None``, of those it declares
    as numbers too, and of the rest, and how many the rest are; ``None`` when no field is
    declared a scalar.  Made once a class."""
    cached = cls.__dict__.get("_limner_groups", _NO_KEY)
    if cached is _NO_KEY:
        names, _ = _value_getter(cls)
        declared = {f.name: f.type for f in attrs.fields(cls)}
        text: list[str] = []
        numbers: list[str] = []
        rest: list[str] = []
        for name in names:
            parts = _declared_names(declared.get(name))
            if parts is None:
                rest.append(name)
            elif parts <= _TEXT_NAMES:
                text.append(name)
            else:
                numbers.append(name)
        cached = None
        if text or numbers:
            rest_of: Any = None
            if rest:
                rest_of = operator.attrgetter(*rest)
            cached = (_tuple_getter(text), _tuple_getter(numbers), rest_of, len(rest))
        cls._limner_groups = cached  # type: ignore[attr-defined]
    return cached  # type: ignore[no-any-return]


_LISTS = frozenset({list, tuple})
_JUST_LISTS = frozenset({list})
_JUST_DICTS = frozenset({dict})
#: How many values a level of nesting may hold before :func:`_plain_json` leaves the
#: judging to the encoder (a list holding itself many times grows without end)
_LEVEL_LIMIT = 1_000_000
_is_list = list.__instancecheck__


def _plain_json(values: list[Any], types: set[type] | None = None) -> bool:
    """Whether ``values`` are all JSON, judged a nesting level at a time with C-level passes.

    ``True`` is sure; ``False`` means "look closer" (a value of another type,
    a float that is not finite, or nesting past what is looked at).  ``types``,
    when given, are the types of ``values``.
    """
    for _ in range(4):
        if types is None:
            types = set(map(type, values))
        if float in types and not _finite(values, types):
            return False
        if int in types and not _ints_written(values):
            return False
        rest = types - _ANY_SCALAR
        if not rest:
            return True
        if rest == _JUST_LISTS:  # the common nesting (a list of pairs): one pass to find them
            lists = values if types == _JUST_LISTS else list(filter(_is_list, values))
            if sum(map(len, lists)) > _LEVEL_LIMIT:
                return False
            values, types = list(itertools.chain.from_iterable(lists)), None
            continue
        keep = map(operator.not_, map(_scalar, map(type, values)))
        nested = list(itertools.compress(values, keep))
        if not rest <= _LISTS:
            try:  # mappings, or types that only the encoder knows
                _strict_encode(nested)
            except (TypeError, ValueError, RecursionError, OverflowError):
                return False
            return True
        if sum(map(len, nested)) > _LEVEL_LIMIT:
            return False
        values, types = list(itertools.chain.from_iterable(nested)), None
    return False


_FLOATS = frozenset({float})
_FLOATS_OR_NONE = frozenset({float, type(None)})


def _finite(values: Iterable[Any], types: set[type]) -> bool:
    """Whether the floats among ``values`` (of ``types``) are finite: their sum is
    (``False`` also when finite floats add up past the largest float: look closer)."""
    if types == _FLOATS:
        floats: Iterable[Any] = values
    elif types == _FLOATS_OR_NONE:
        floats = filter(None, values)  # the truth test leaves out None (and zeros)
    else:
        floats = filter(_is_float, values)
    return math.isfinite(sum(floats, 0.0))


def _plain_column(column: tuple[Any, ...]) -> bool:
    """Whether the values of one field over a batch are all JSON: :func:`_plain_json`,
    with the common columns (scalars alone) judged by one pass over their types.

    ``True`` is sure; ``False`` means "look closer", as for :func:`_plain_json`.
    """
    types = set(map(type, column))
    if types <= _JSON_SCALARS:  # strings, ints, bools, None: only the ints' size to see
        return int not in types or _ints_written(column, types)
    if types <= _ANY_SCALAR:  # and floats, which must be finite
        return _finite(column, types) and (int not in types or _ints_written(column))
    return _plain_json(list(column), types)


def _ints_written(values: Iterable[Any], types: set[type] | None = None) -> bool:
    """Whether the ints among ``values`` have few enough digits to be written and read
    back (Python's limit on the digits of an int turned into text, and read from it:
    ``sys.get_int_max_str_digits()``, 4,300 by default), judged by their largest and
    smallest.  ``types``, when given, are the types of ``values``: a column of ints,
    bools and ``None`` alone (a count that may be missing) has its ints found by a
    truth test, no call a value (what it leaves out, zeros and ``None``, and the bools it
    keeps, lie within any bound)."""
    limit = sys.get_int_max_str_digits()
    if not limit:
        return True
    if types is not None and types <= _INTS_OR_NONE:
        ints = list(filter(None, values))
    else:
        ints = list(filter(_is_int, values))
    if not ints:
        return True
    bound = _int_bound(limit)
    return bool(-bound < min(ints) and max(ints) < bound)


_is_int = int.__instancecheck__
_INTS_OR_NONE = frozenset({int, bool, type(None)})


@functools.lru_cache(maxsize=4)
def _int_bound(digits: int) -> int:
    """The smallest int of ``digits + 1`` digits."""
    bound: int = 10**digits
    return bound


def _check_field(items: list[Annotation], name: str, values: list[Any]) -> None:
    for a, value in zip(items, values, strict=True):
        if type(value) in _JSON_SCALARS and type(value) is not int:
            continue
        try:
            _strict_encode(value)
        except (TypeError, ValueError, RecursionError) as exc:
            raise ValueError(
                f"{a.kind} annotation at [{a.start}, {a.end}): field {name!r} holds "
                f"{type(value).__name__} {_brief(value)}, which is not JSON ({_why(exc)})"
            ) from None


def _why(exc: BaseException) -> str:
    """What the JSON encoder's refusal ``exc`` says, in the words of a value's check."""
    if isinstance(exc, RecursionError):
        return "nested too deep"
    if isinstance(exc, ValueError) and "integer string conversion" in str(exc):
        return (
            f"an int of more than {sys.get_int_max_str_digits():,} digits, which Python "
            "neither writes nor reads as JSON"
        )
    return str(exc)


def _brief(value: Any) -> str:
    try:
        text = repr(value)
    except Exception:  # a broken __repr__ must not hide the real problem
        text = f"<{type(value).__name__}>"
    return text if len(text) <= 40 else text[:37] + "..."
