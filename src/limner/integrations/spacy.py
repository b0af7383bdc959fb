"""limner in spaCy: a pipeline component, and conversions both ways.

Install with ``pip install 'limner[spacy]'``.  limner registers its factory
through spaCy's own ``spacy_factories`` entry point, so after install::

    nlp = spacy.blank("en")
    nlp.add_pipe("limner", config={"plugins": ["numbers", "locations"]})
    doc = nlp("Over 300,000 people returned to Baku.")
    for span in doc.spans["limner"]:
        print(span.label_, span.text, span._.limner["unit"] if span.label_ == "number" else "")

- Each limner annotation is a :class:`~spacy.tokens.Span` in
  ``doc.spans["limner"]``, its kind as label and its limner id as ``id_``;
  ``span._.limner`` is a dict of its fields, with ``id``, ``source`` and
  ``score``.
- ``doc._.limner`` holds what the spans cannot: the document's id, meta
  and errors, and each annotation's fields by id (plain JSON, so the
  ``Doc`` pickles and goes into a ``DocBin`` with its user data).
- A limner span whose edges fall inside spaCy tokens (spaCy's tokens are
  coarser than characters) is expanded to the tokens it touches, and its
  own offsets are kept in ``doc._.limner["char_spans"]`` by id and shown in
  ``span._.limner["char_span"]``, so that :func:`from_spacy` gives back the
  exact span (apart from the fields, one of which may be named
  ``char_span``).  An empty span that lies inside a token becomes that
  token, the same way.
- spaCy cannot hold a surrogate code point (a lone surrogate, or a surrogate
  pair held as two code points, which UTF-8 cannot carry), which a limner
  text may: :func:`to_spacy` gives the spaCy ``Doc`` U+FFFD in the place of
  each (one code point for one, so that every offset stays right), and keeps
  the code points it replaced in ``doc._.limner["surrogates"]`` (pairs of
  offset and code point), from which :func:`from_spacy` puts them back.

The component options: ``plugins`` and ``disable`` (plugin names, as a list
or one comma-separated string), ``config`` (plugin options,
``{"numbers.decimal_comma": true}``), ``kinds`` (the kinds to make, named the
same way), ``timeout`` (the seconds one annotator may spend on one text, as
:class:`~limner.Enricher`'s: its failure goes into ``doc._.limner["errors"]``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from limner.errors import InputError, extra_missing

try:
    from spacy.language import Language
    from spacy.tokens import Doc, Span
except ImportError as exc:  # (a bare "No module named 'spacy'")
    raise extra_missing(exc, "limner.integrations.spacy", "spaCy", "spacy") from None

from limner.document import Annotation, Document, Error
from limner.formats import unpointed
from limner.pipeline import Enricher

__all__ = ["SPAN_KEY", "LimnerComponent", "from_spacy", "to_spacy"]

#: The key of limner's spans in ``doc.spans``, and the extension's name.
SPAN_KEY = "limner"
_BASE = ("kind", "start", "end")


def _span_fields(span: Span) -> dict[str, Any] | None:
    data = span.doc._.limner
    if not data or not span.id_:
        return None
    found: dict[str, Any] | None = data["annotations"].get(span.id_)
    char_span = data.get("char_spans", {}).get(span.id_)
    if found is not None and char_span is not None:
        return {**found, "char_span": char_span}
    return found


def _register_extensions() -> None:
    if not Doc.has_extension(SPAN_KEY):
        Doc.set_extension(SPAN_KEY, default=None)
    if not Span.has_extension(SPAN_KEY):
        Span.set_extension(SPAN_KEY, getter=_span_fields)


_register_extensions()


def _annotate(sdoc: Doc, doc: Document) -> Doc:
    """Put ``doc``'s annotations on ``sdoc`` (same text) as spans (see the module doc)."""
    spans: list[Span] = []
    fields: dict[str, dict[str, Any]] = {}
    # the exact offsets of the spans expanded to tokens, apart from the fields, which
    # may hold a field named char_span of their own
    char_spans: dict[str, list[int]] = {}
    edges: _Edges | None = None  # made on first need, once for the Doc
    for a in doc.annotations:
        span = sdoc.char_span(a.start, a.end, label=a.kind, span_id=a.id)
        if span is None or (a.start == a.end and len(span) == 0):
            edges = edges or _Edges(sdoc)
            if span is None or edges.inside_token(a.start):
                span = _expanded(sdoc, edges, a.start, a.end, a.kind, a.id)
                char_spans[a.id] = [a.start, a.end]
        spans.append(span)
        fields[a.id] = {k: v for k, v in a.to_dict().items() if k not in _BASE}
    sdoc.spans[SPAN_KEY] = spans
    sdoc._.limner = {
        "id": doc.id,
        "meta": doc.meta,
        "errors": [e.to_dict() for e in doc.errors],
        "annotations": fields,
        "char_spans": char_spans,
    }
    if doc.extra:
        sdoc._.limner["extra"] = doc.extra
    return sdoc


def _plain(value: Any) -> Any:
    """``value`` as JSON reads it: a ``DocBin`` gives back the lists of the user data
    as tuples."""
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class _Edges:
    """Where a Doc's tokens start and end, and its length, for looking offsets up by
    bisection: one pass over the tokens for the Doc, not one for each span."""

    def __init__(self, sdoc: Doc) -> None:
        self.starts = [t.idx for t in sdoc]
        self.ends = [t.idx + len(t.text) for t in sdoc]
        self.length = len(sdoc.text)  # (spaCy joins the tokens anew at each reading)

    def inside_token(self, offset: int) -> bool:
        """Whether ``offset`` falls strictly inside a token."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and self.starts[i] < offset < self.ends[i]


def _expanded(sdoc: Doc, edges: _Edges, start: int, end: int, label: str, span_id: str) -> Span:
    """The tokens that ``[start, end)`` touches (the token around it, if empty)."""
    span = sdoc.char_span(start, end, label=label, span_id=span_id, alignment_mode="expand")
    if span is not None and (len(span) or start == end == edges.length):
        return span
    first = bisect.bisect_right(edges.ends, start)  # the first token ending after start
    last = max(first, bisect.bisect_left(edges.starts, end))  # the first starting at end or on
    if start == end and first < len(sdoc):
        last = first + 1
    return Span(sdoc, first, last, label=label, span_id=span_id)


#: a surrogate code point, which spaCy (UTF-8 within) cannot hold
_SURROGATE = re.compile("[\ud800-\udfff]")
#: what stands in a spaCy Doc for a surrogate code point of limner's text
_STAND_IN = "\ufffd"


def to_spacy(doc: Document, nlp: Language) -> Doc:
    """A spaCy ``Doc`` of ``doc``'s text, tokenized by ``nlp``, with its annotations as spans.

    Only the tokenizer runs; ``nlp(sdoc)`` runs the rest of the pipeline.  A
    surrogate code point of the text is U+FFFD in the ``Doc`` (see the module
    doc): the offsets are the same, and :func:`from_spacy` gives the text back.

    Raises:
        TypeError: ``doc`` is not a Document, or ``nlp`` not a spaCy pipeline.
    """
    if not isinstance(doc, Document):  # (bare AttributeErrors: "no attribute 'text'")
        raise TypeError(f"to_spacy() takes a limner Document, got {type(doc).__name__}")
    if not isinstance(nlp, Language):
        raise TypeError(
            f"to_spacy() takes a spaCy Language as nlp (spacy.blank('en')), got "
            f"{type(nlp).__name__}"
        )
    surrogates = [[m.start(), ord(m[0])] for m in _SURROGATE.finditer(doc.text)]
    text = _SURROGATE.sub(_STAND_IN, doc.text) if surrogates else doc.text
    sdoc = _annotate(nlp.make_doc(text), doc)
    if surrogates:
        sdoc._.limner["surrogates"] = surrogates
    return sdoc


def _text(sdoc: Doc, data: Mapping[str, Any]) -> str:
    """The text of the limner document of ``sdoc``: its own, with the surrogate code
    points that :func:`to_spacy` replaced put back."""
    text: str = sdoc.text
    surrogates = data.get("surrogates")
    if not surrogates:
        return text
    chars = list(text)
    for i, pair in enumerate(surrogates if isinstance(surrogates, list) else [surrogates]):
        offset, code = pair if isinstance(pair, list) and len(pair) == 2 else (None, None)
        if not (
            type(offset) is int and type(code) is int and 0 <= offset < len(chars)
            and chars[offset] == _STAND_IN and 0xD800 <= code <= 0xDFFF
        ):
            raise InputError(
                f"doc._.limner['surrogates'][{i}] is {pair!r:.60}, not the offset of a U+FFFD "
                "of the Doc's text and the surrogate code point it stands for"
            )
        chars[offset] = chr(code)
    return "".join(chars)


def from_spacy(sdoc: Doc, *, entities: bool = True) -> Document:
    """The limner :class:`~limner.Document` of a spaCy ``Doc``.

    Spans in ``doc.spans["limner"]`` come back as the annotations they were
    (their exact offsets where they were expanded to tokens); spaCy's
    entities, with ``entities``, come in as annotations of kind ``entity``
    with their ``label`` (``GPE``, ``PERSON``, ...), source ``spacy``.  A span
    added in spaCy without an id, or a copy of another (its id taken), gets an
    id of its own; one without a label is of kind ``span``.

    Raises:
        TypeError: ``sdoc`` is not a spaCy Doc.
        InputError: what the Doc holds cannot make a limner document: a span
            labelled with a kind whose rules it breaks (``sentiment`` without a
            score), or ``doc._.limner`` edited into what limner does not write.
    """
    from limner.plugins import default_kinds

    if not isinstance(sdoc, Doc):  # (a bare AttributeError: "no attribute '_'")
        raise TypeError(f"from_spacy() takes a spaCy Doc, got {type(sdoc).__name__}")
    kinds = default_kinds()
    data = _plain(sdoc._.limner or {})
    if not isinstance(data, dict):
        raise InputError(f"doc._.limner is {type(data).__name__}, not limner's dict")
    by_id = data.get("annotations", {})
    char_spans = data.get("char_spans")
    items: list[tuple[type[Annotation], dict[str, Any]]] = []
    used: set[str] = set()
    for n, span in enumerate(sdoc.spans.get(SPAN_KEY, []), 1):
        item = dict(by_id.get(span.id_) or {"id": span.id_, "source": "spacy"})
        # a Doc made before the offsets were kept apart holds them among the fields
        exact = item.pop("char_span", None) if char_spans is None else char_spans.get(span.id_)
        if not span.id_ or span.id_ in used:  # added in spaCy, or a copy of a span (its id
            # taken already: the copy keeps the fields, and takes its own offsets)
            item["id"], exact = _fresh_id(n, used, by_id), None
        used.add(item["id"])
        start, end = exact or (span.start_char, span.end_char)
        kind = span.label_ or "span"  # (a span added in spaCy without a label)
        item.update(kind=kind, start=start, end=end)
        # one limner made is built as its kind's class; one added in spaCy as a generic
        # annotation, which the document rebuilds as that class and holds to the schema
        # as add does (a span labelled "sentiment" there has no score)
        cls = kinds.get(kind, Annotation) if span.id_ in by_id else Annotation
        items.append((cls, item))
    # a pointer to a span taken out of the group in spaCy: None, and said (as every reader)
    missing = unpointed([item for _, item in items], kinds, "spacy", "the span group")
    annotations = [cls.from_dict(item) for cls, item in items]
    try:
        doc = Document(
            text=_text(sdoc, data),
            id=data.get("id", ""),
            meta=dict(data.get("meta") or {}),
            errors=[Error.from_dict(e) for e in data.get("errors", [])] + missing,
            annotations=annotations,
            extra=dict(data.get("extra") or {}),
        )
    except (ValueError, TypeError) as exc:  # doc._.limner edited, or a span's label
        raise InputError(f"the spaCy Doc cannot be a limner document: {exc}") from None
    if entities and sdoc.ents:
        doc.add(
            [
                Annotation(
                    kind="entity",
                    start=e.start_char,
                    end=e.end_char,
                    features={"label": e.label_},
                )
                for e in sdoc.ents
            ],
            source="spacy",
        )
    return doc


def _fresh_id(n: int, *taken: Iterable[str]) -> str:
    """An id for the ``n``-th span of the group, one that no id in ``taken`` is."""
    ids = set(itertools.chain(*taken))
    names = itertools.chain([f"x{n}"], (f"x{n}-{i}" for i in itertools.count(2)))
    return next(name for name in names if name not in ids)


class LimnerComponent:
    """The ``limner`` pipeline component: enriches each ``Doc``'s text with limner."""

    def __init__(
        self,
        nlp: Language,
        name: str = "limner",
        plugins: str | list[str] | None = None,
        disable: str | list[str] | None = None,
        config: Mapping[str, Any] | None = None,
        kinds: str | list[str] | None = None,
        timeout: float | None = None,
    ) -> None:
        self.name = name
        self._options = (plugins, disable, dict(config or {}), kinds, timeout)
        self.enricher = Enricher(
            plugins, dict(config or {}), disable=disable, kinds=kinds, timeout=timeout
        )

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its options, and made again from them where it is unpickled (spaCy
        pickles a pipeline to start the workers of ``nlp.pipe(n_process=N)`` where
        processes are spawned): the enricher holds the plugins' modules, which do not
        pickle."""
        return (_made_again, (self.name, *self._options))

    def __call__(self, sdoc: Doc) -> Doc:
        return _annotate(sdoc, self.enricher.enrich(sdoc.text))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        it = iter(stream)
        while batch := list(itertools.islice(it, max(1, batch_size))):
            docs = self.enricher.pipe([d.text for d in batch])
            for sdoc, doc in zip(batch, docs, strict=True):
                yield _annotate(sdoc, doc)


def _made_again(
    name: str,
    plugins: str | list[str] | None,
    disable: str | list[str] | None,
    config: Mapping[str, Any],
    kinds: str | list[str] | None,
    timeout: float | None = None,
) -> LimnerComponent:
    """The component of these options, unpickled (the pipeline is not needed to make it)."""
    return LimnerComponent(
        None, name, plugins, disable, config, kinds, timeout  # type: ignore[arg-type]
    )


@Language.factory(
    "limner",
    default_config={"plugins": None, "disable": None, "config": {}, "kinds": None,
                    "timeout": None},
)
def make_limner(
    nlp: Language,
    name: str,
    plugins: str | list[str] | None,
    disable: str | list[str] | None,
    config: dict[str, Any],
    kinds: str | list[str] | None,
    timeout: float | None,
) -> LimnerComponent:
    """The factory spaCy finds through the ``spacy_factories`` entry point."""
    return LimnerComponent(nlp, name, plugins, disable, config, kinds, timeout)
