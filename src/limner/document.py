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
import json
import operator
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, ClassVar, TypeVar

import attrs

__all__ = [
    "SCHEMA",
    "Annotation",
    "Document",
    "Error",
    "Layer",
    "Sentence",
    "Span",
    "ref",
]

#: The version tag written into, and required from, every serialized document.
SCHEMA = "limner/1"

_BASE_KEYS = ("id", "kind", "start", "end", "source", "score")
_REF = "limner.ref"

A = TypeVar("A", bound="Annotation")


def _check_offset(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
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

    def contains(self, other: Span | Annotation) -> bool:
        """Whether ``other`` lies inside this span (edges included)."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span | Annotation) -> bool:
        """Whether the two share a character (an empty span: lies strictly inside, or is equal)."""
        if self.start < other.end and other.start < self.end:
            return True
        return self.start == other.start and self.end == other.end


def ref(default: str | None = None) -> Any:
    """Declare an annotation field that holds the id of another annotation.

    The engine rewrites such fields when it assigns ids, so an annotator can
    point one of its own annotations at another it returns in the same call
    by a label of its choosing (see :class:`Annotation`).
    """
    return attrs.field(default=default, metadata={_REF: True})


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
    features: Mapping[str, Any] = attrs.field(factory=dict, hash=False)

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
        if name in self.features:
            return self.features[name]
        return getattr(self, name, default)

    def to_dict(self) -> dict[str, Any]:
        """The annotation in the JSON form (base keys first, ``None`` score left out)."""
        out: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "source": self.source,
        }
        if self.score is not None:
            out["score"] = self.score
        for field in _own_fields(type(self)):
            out[field.name] = getattr(self, field.name)
        for key, value in self.features.items():
            out.setdefault(key, value)
        return out

    @classmethod
    def from_dict(cls: type[A], data: Mapping[str, Any]) -> A:
        """Build an annotation of this class from its JSON form.

        Keys the class has no field for go to ``features``.

        Raises:
            ValueError: a base key is missing or has a wrong type.
        """
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


_stamp = object.__setattr__


def _own_fields(cls: type[Annotation]) -> tuple[attrs.Attribute[Any], ...]:
    cached: tuple[attrs.Attribute[Any], ...] | None = cls.__dict__.get("_limner_fields")
    if cached is None:
        base = {"kind", "start", "end", "id", "source", "score", "features"}
        cached = tuple(f for f in attrs.fields(cls) if f.name not in base)
        cls._limner_fields = cached  # type: ignore[attr-defined]
    return cached


def ref_fields(cls: type[Annotation]) -> tuple[str, ...]:
    """Names of the fields of ``cls`` declared with :func:`ref`."""
    return tuple(f.name for f in _own_fields(cls) if f.metadata.get(_REF))


@attrs.frozen(kw_only=True)
class Sentence(Annotation):
    """A sentence, as found by the segmenter (kind ``"sentence"``)."""

    id_prefix: ClassVar[str] = "sn"
    kind: str = "sentence"


@attrs.frozen(kw_only=True)
class Error:
    """What failed while enriching a document (kept in ``doc.errors``)."""

    plugin: str
    annotator: str
    type: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return attrs.asdict(self)


def _as_array(values: Iterable[int]) -> array[int]:
    return values if isinstance(values, array) else array("q", values)


@attrs.define(eq=False)
class Layer:
    """A compact sequence of spans of one kind (tokens), held in two int arrays.

    A layer costs 16 bytes a span instead of one Python object each; plugins
    on the hot path read ``starts`` and ``ends`` directly, or slice with
    :meth:`between`.  Its spans are in reading order: starts and ends both
    never decrease (no span lies inside a later one), as tokens are.

    Raises:
        ValueError: the arrays differ in length, a span is negative or ends
            before it starts, or the spans are out of order.
    """

    kind: str
    starts: array[int] = attrs.field(converter=_as_array)
    ends: array[int] = attrs.field(converter=_as_array)
    source: str = ""

    def __attrs_post_init__(self) -> None:
        starts, ends = self.starts, self.ends
        if len(starts) != len(ends):
            raise ValueError("a layer needs as many starts as ends")
        if not starts:
            return
        # C-level checks: a token layer of a million spans costs milliseconds
        if min(starts) < 0 or any(map(operator.gt, starts, ends)):
            raise ValueError(
                f"{self.kind} layer has a negative span or one that ends before it starts"
            )
        if any(map(operator.gt, starts, starts[1:])) or any(map(operator.gt, ends, ends[1:])):
            raise ValueError(f"{self.kind} layer spans are not in reading order")

    def __len__(self) -> int:
        return len(self.starts)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.starts, self.ends, strict=True)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Layer):
            return NotImplemented
        return (self.kind, list(self.starts), list(self.ends)) == (
            other.kind,
            list(other.starts),
            list(other.ends),
        )

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
        return {
            "kind": self.kind,
            "source": self.source,
            "starts": list(self.starts),
            "ends": list(self.ends),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Layer:
        return cls(data["kind"], data["starts"], data["ends"], data.get("source", ""))


_start = operator.attrgetter("start")
_end = operator.attrgetter("end")
_kind = operator.attrgetter("kind")


class _KindIndex:
    """Annotations of one kind sorted by (start, -end, insertion), with bisect keys."""

    __slots__ = ("items", "max_len", "starts")

    def __init__(self, items: list[Annotation]) -> None:
        starts = list(map(_start, items))
        # annotations are usually added in reading order: sort only when they are not
        if starts != sorted(starts) or len(set(starts)) != len(starts):
            items.sort(key=lambda a: (a.start, -a.end))
            starts = list(map(_start, items))
        self.items = items
        self.starts = starts
        self.max_len = max(map(operator.sub, map(_end, items), starts), default=0)


SpanLike = Span | Annotation | tuple[int, int]


def _bounds(value: SpanLike) -> tuple[int, int]:
    if isinstance(value, tuple):
        return value
    return value.start, value.end


@attrs.define(eq=False, repr=False)
class Document:
    """A text and its annotations.

    ``text`` never changes once the document exists.  Annotations are added
    by the engine (or by :meth:`add`); annotators only read documents.

    Args:
        text: the text; any Python ``str``.
        id: an identifier, free form.
        meta: JSON-typed information about the document (title, source, ...).
    """

    _text: str = attrs.field(alias="text")
    id: str = ""
    meta: dict[str, Any] = attrs.field(factory=dict)
    errors: list[Error] = attrs.field(factory=list)
    _annotations: list[Annotation] = attrs.field(factory=list, alias="annotations")
    _layers: dict[str, Layer] = attrs.field(factory=dict, alias="layers")
    _by_id: dict[str, Annotation] = attrs.field(init=False, factory=dict)
    _by_kind: dict[str, list[Annotation]] = attrs.field(init=False, factory=dict)
    _index: dict[str, _KindIndex] = attrs.field(init=False, factory=dict)
    _counters: dict[str, int] = attrs.field(init=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self._text, str):
            raise TypeError(f"Document text must be str, got {type(self._text).__name__}")
        given, self._annotations = self._annotations, []
        self._restore(given)

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
        """The compact layers by kind (``"token"``)."""
        return dict(self._layers)

    def layer(self, kind: str) -> Layer | None:
        """The compact layer of ``kind``, or ``None``."""
        return self._layers.get(kind)

    @property
    def kinds(self) -> frozenset[str]:
        """The kinds present, annotations and layers alike."""
        return frozenset(a.kind for a in self._annotations) | frozenset(self._layers)

    def __len__(self) -> int:
        return len(self._annotations)

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
        """Annotations of ``kind`` (one, several, or all when ``None``).

        Results are sorted by start, longer spans first on a tie.  ``within``
        keeps those inside a span or annotation, ``overlapping`` those that
        share a character with it; both are answered from a per-kind index.
        """
        if kind is None:
            kinds: list[str] = sorted(self._by_kind)
        elif isinstance(kind, str):
            kinds = [kind]
        else:
            kinds = list(kind)
        out: list[Annotation] = []
        for k in kinds:
            idx = self._kind_index(k)
            if idx is not None:
                out.extend(self._query(idx, within, overlapping))
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
        idx: _KindIndex, within: SpanLike | None, overlapping: SpanLike | None
    ) -> Iterator[Annotation]:
        items, starts = idx.items, idx.starts
        if within is None and overlapping is None:
            yield from items
            return
        lo, hi = 0, len(items)
        w = _bounds(within) if within is not None else None
        o = _bounds(overlapping) if overlapping is not None else None
        if w is not None:
            lo = bisect.bisect_left(starts, w[0])
            hi = bisect.bisect_right(starts, w[1], lo)
        if o is not None:
            lo = max(lo, bisect.bisect_left(starts, o[0] - idx.max_len))
            hi = min(hi, bisect.bisect_right(starts, o[1]))
        for i in range(lo, hi):
            a = items[i]
            if w is not None and not (w[0] <= a.start and a.end <= w[1]):
                continue
            if o is not None and not Span(o[0], o[1]).overlaps(a):
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

        Raises:
            ValueError: an annotation's span lies outside the text.
        """
        batch = list(annotations)
        if not batch:
            return []
        keys = [(a.start, -a.end) for a in batch]
        n = len(self._text)
        last = min(keys, key=operator.itemgetter(1))  # the furthest end
        if -last[1] > n:
            a = batch[keys.index(last)]
            raise ValueError(
                f"{a.kind} annotation [{a.start}, {a.end}) lies outside the text "
                f"of {n} characters"
            )
        if keys != sorted(keys):
            order = sorted(range(len(batch)), key=keys.__getitem__)
            batch = [batch[i] for i in order]
        labels: dict[str, str] = {}
        fresh: list[Annotation] = []
        by_id, counters = self._by_id, self._counters
        for a in batch:
            prefix = type(a).id_prefix or (a.kind[:1] if a.kind else "a")
            count = counters.get(prefix, 0) + 1
            new_id = f"{prefix}{count}"
            while new_id in by_id:  # ids given by hand or loaded may be taken
                count += 1
                new_id = f"{prefix}{count}"
            counters[prefix] = count
            if a.source:
                # stored before (in this or another document): store a copy
                fresh.append(attrs.evolve(a, id=new_id, source=source or a.source))
                continue
            if a.id:
                labels[a.id] = new_id
            if source:
                # handed over by an annotator: stamp it instead of copying it
                _stamp(a, "id", new_id)
                _stamp(a, "source", source)
                fresh.append(a)
            else:
                fresh.append(attrs.evolve(a, id=new_id))
        if labels:
            for a in fresh:
                self._relabel(a, labels)
        self._store(fresh)
        return fresh

    def add_layer(self, layer: Layer) -> None:
        """Add (or replace) the compact layer of ``layer.kind``."""
        if layer.ends and max(layer.ends) > len(self._text):
            raise ValueError(f"{layer.kind} layer reaches past the end of the text")
        self._layers[layer.kind] = layer

    @staticmethod
    def _relabel(a: Annotation, labels: Mapping[str, str]) -> None:
        """Rewrite labels in ``a``'s ref fields; ``a`` is a copy or handed over, never shared."""
        for name in ref_fields(type(a)):
            value = getattr(a, name)
            if value in labels:
                _stamp(a, name, labels[value])

    def _restore(self, annotations: Iterable[Annotation]) -> None:
        """Store annotations that already carry their ids (loading)."""
        batch = list(annotations)
        for a in batch:
            if not a.id:
                raise ValueError(f"{a.kind} annotation at [{a.start}, {a.end}) has no id")
            if a.end > len(self._text):
                raise ValueError(f"annotation {a.id!r} lies outside the text")
        self._store(batch)

    def _store(self, batch: list[Annotation]) -> None:
        by_id, by_kind, index = self._by_id, self._by_kind, self._index
        ids = [a.id for a in batch]
        if not by_id.keys().isdisjoint(ids) or len(set(ids)) != len(ids):
            seen = set(by_id)
            for i in ids:
                if i in seen:
                    raise ValueError(f"duplicate annotation id {i!r}")
                seen.add(i)
        by_id.update(zip(ids, batch, strict=True))
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
        )

    def __repr__(self) -> str:
        return (
            f"Document(id={self.id!r}, {len(self._text)} chars, "
            f"{len(self._annotations)} annotations, {len(self.errors)} errors)"
        )

    def to_dict(self, *, layers: bool = True) -> dict[str, Any]:
        """The document in the JSON form ``limner/1`` (see docs/json-format.md).

        Args:
            layers: include the compact layers (tokens) under ``"layers"``.
        """
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "id": self.id,
            "text": self._text,
            "meta": self.meta,
            "annotations": [a.to_dict() for a in self._annotations],
            "errors": [e.to_dict() for e in self.errors],
        }
        if layers and self._layers:
            out["layers"] = [layer.to_dict() for layer in self._layers.values()]
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
            ValueError: the schema tag is missing or unknown, or the
                annotations do not fit the text.
        """
        if not isinstance(data, Mapping):
            raise ValueError(f"a limner document is a JSON object, got {type(data).__name__}")
        schema = data.get("schema")
        if schema != SCHEMA:
            raise ValueError(
                f"unsupported document schema {schema!r}; this limner reads {SCHEMA!r}"
            )
        if "text" not in data or not isinstance(data["text"], str):
            raise ValueError("a limner document needs a string 'text'")
        if kinds is None:
            from limner.plugins import default_kinds

            kinds = default_kinds()
        annotations = [
            kinds.get(a.get("kind", ""), Annotation).from_dict(a)
            for a in data.get("annotations", ())
        ]
        layers = {}
        for item in data.get("layers", ()):
            layer = Layer.from_dict(item)
            layers[layer.kind] = layer
        doc = cls(
            text=data["text"],
            id=data.get("id", ""),
            meta=dict(data.get("meta") or {}),
            errors=[Error(**e) for e in data.get("errors", ())],
            annotations=annotations,
            layers=layers,
        )
        doc._resume_counters()
        return doc

    @classmethod
    def from_json(
        cls, text: str | bytes, kinds: Mapping[str, type[Annotation]] | None = None
    ) -> Document:
        """Load a document from :meth:`to_json` output."""
        return cls.from_dict(json.loads(text), kinds)

    def _resume_counters(self) -> None:
        for a in self._annotations:
            head = a.id.rstrip("0123456789")
            tail = a.id[len(head) :]
            if tail:
                self._counters[head] = max(self._counters.get(head, 0), int(tail))


def dumps(data: Any, indent: int | None = None) -> str:
    """JSON text that UTF-8 can always carry (see :meth:`Document.to_json`)."""
    out = json.dumps(data, ensure_ascii=False, indent=indent)
    try:
        out.encode("utf-8")
    except UnicodeEncodeError:
        out = json.dumps(data, ensure_ascii=True, indent=indent)
    return out


def sorted_by_span(items: Sequence[A]) -> list[A]:
    """``items`` in reading order: by start, longer first on a tie."""
    return sorted(items, key=lambda a: (a.start, -a.end))
