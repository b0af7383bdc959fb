"""The ``webanno`` format: W3C Web Annotation, as JSON-LD.

One ``AnnotationCollection`` (``urn:limner:collection:`` and a hash of the
documents' ids) whose ``first`` page (the same IRI and ``/1``) holds every
annotation of every document as an ``Annotation``::

    {"type": "Annotation", "id": "urn:limner:annotation:doc-1/n1",
     "motivation": "tagging",
     "body": {"type": "TextualBody", "purpose": "tagging", "value": "number",
              "limner:id": "n1", "limner:source": "numbers",
              "limner:fields": {"value": 300000, ...}},
     "target": {"source": "urn:limner:document:doc-1", "selector": [
         {"type": "TextPositionSelector", "start": 0, "end": 14},
         {"type": "TextQuoteSelector", "exact": "Nearly 300,000",
          "prefix": "", "suffix": " people returned."}]}}

The ``limner:`` terms are declared in the ``@context``.  The texts, which
Web Annotation leaves to the sources, travel with the collection in
``limner:documents`` (id, text, meta, errors, and ``limner:split_pairs``
where a surrogate pair is held as two code points, as in limner's own JSON),
so :func:`read_webanno` gives back the documents whole; only compact layers
(tokens) are not written.
Prefix and suffix hold up to 32 characters.

Reading a file whose selectors disagree with the text: when the text at the
position selector is not the quote selector's ``exact``, the quote is
looked for in the text, and the occurrence whose prefix and suffix match
best (the one nearest the position on a tie) is used; when it is nowhere,
the position is kept if it lies in the text, and the annotation is left
out if not.  Each such case is recorded in the document's ``errors``
(plugin ``webanno``).  Annotations of sources that the file gives no text
for are read only with ``texts``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any
from urllib.parse import quote, unquote

from limner.document import (
    Annotation,
    Document,
    Error,
    _rejoined_text,
    _split_pairs,
    check_writable,
    dumps,
)
from limner.errors import InputError
from limner.formats import unpointed

__all__ = ["read_webanno", "to_collection", "write_webanno"]

#: limner's data that the model has no terms for is a JSON literal (``@type: @json``), which
#: a JSON-LD processor keeps as it is: the fields, and the documents (their meta, errors and
#: unknown keys, whose keys it read as terms: a meta ``"id": 42`` was an @id that is no IRI)
CONTEXT = [
    "http://www.w3.org/ns/anno.jsonld",
    {
        "limner": "urn:limner:vocab:",
        "limner:fields": {"@type": "@json"},
        "limner:documents": {"@type": "@json"},
    },
]


def _iri(name: str) -> str:
    """``name`` percent-encoded for an IRI (any character but letters, digits and ``-._~``)."""
    return quote(name, safe="", errors="surrogatepass")


_DOC = "urn:limner:document:"
_ANN = "urn:limner:annotation:"
_COLLECTION = "urn:limner:collection:"
AFFIX = 32


def _annotation(doc: Document, a: Annotation) -> dict[str, Any]:
    text = doc.text
    fields = {
        k: v
        for k, v in a.to_dict().items()
        if k not in ("id", "kind", "start", "end", "source", "score")
    }
    body: dict[str, Any] = {
        "type": "TextualBody",
        "purpose": "tagging",
        "value": a.kind,
        "limner:id": a.id,
        "limner:source": a.source,
    }
    if a.score is not None:
        body["limner:score"] = a.score
    if fields:
        body["limner:fields"] = fields
    return {
        "type": "Annotation",
        "id": f"{_ANN}{_iri(doc.id)}/{_iri(a.id)}",
        "motivation": "tagging",
        "body": body,
        "target": {
            "source": f"{_DOC}{_iri(doc.id)}",
            "selector": [
                {"type": "TextPositionSelector", "start": a.start, "end": a.end},
                {
                    "type": "TextQuoteSelector",
                    "exact": text[a.start : a.end],
                    "prefix": text[max(0, a.start - AFFIX) : a.start],
                    "suffix": text[a.end : a.end + AFFIX],
                },
            ],
        },
    }


def to_collection(docs: Iterable[Document]) -> dict[str, Any]:
    """The ``AnnotationCollection`` of ``docs`` as a JSON-ready dict.

    Raises:
        InputError: two documents have the same id (a target names its
            document by id, so the reader would make them one).
    """
    docs = list(docs)
    collection = _collection(docs)
    collection["first"]["items"] = [_annotation(doc, a) for doc in docs for a in doc.annotations]
    return collection


def _collection(docs: list[Document]) -> dict[str, Any]:
    """:func:`to_collection` of ``docs`` with its page's items left out (an empty list),
    its ``total`` counting them; checked as it says."""
    documents: list[dict[str, Any]] = []
    seen: set[str] = set()
    seen_order: list[str] = []
    total = 0
    for doc in docs:
        if doc.id in seen:
            raise InputError(
                f"document {doc.id!r} is given twice; a Web Annotation target names its "
                "document by id, so the webanno format holds one document per id"
            )
        seen.add(doc.id)
        seen_order.append(doc.id)
        check_writable(doc)
        entry: dict[str, Any] = {
            "id": f"{_DOC}{_iri(doc.id)}",
            "text": doc.text,
            "meta": doc.meta,
            "errors": [e.to_dict() for e in doc.errors],
        }
        pairs = _split_pairs(doc.text)
        if pairs:  # surrogate pairs held as two code points, which JSON would join
            entry["limner:split_pairs"] = pairs
        if doc.extra:  # top-level keys of a later limner/1, kept as they were read
            entry["limner:extra"] = doc.extra
        documents.append(entry)
        total += len(doc)
    # the model asks an IRI of the collection and of its page: one from the documents' ids,
    # the same for the same documents, as an annotation's IRI is its document's and its own
    named = hashlib.sha256("\n".join(_iri(i) for i in seen_order).encode()).hexdigest()[:32]
    collection = f"{_COLLECTION}{named}"
    return {
        "@context": CONTEXT,
        "id": collection,
        "type": "AnnotationCollection",
        "label": "limner annotations",
        "total": total,
        "limner:documents": documents,
        "first": {
            "id": f"{collection}/1",
            "type": "AnnotationPage",
            "partOf": collection,
            "startIndex": 0,
            "items": [],
        },
    }


#: the page's items, the last member of the collection's text (:func:`write_webanno`)
_ITEMS = '"items": []'
#: where an item's lines stand in the collection's text: within the page, within the list
_ITEM_INDENT = "\n   "


def write_webanno(docs: Iterable[Document], out: IO[str]) -> None:
    """Write ``docs`` as one JSON-LD ``AnnotationCollection``.

    The annotations are written one at a time, each made as it is written: the text is
    that of :func:`to_collection`'s dict, indented, where that dict, a few dicts and
    lists an annotation, and its text held whole took some 7.2 KB an annotation: a
    generated document of 320,000 peaked at 2.6 GB written so, and peaks at 295 MB, the
    document's own, written an annotation at a time
    (``python benchmarks/webanno_memory.py``).
    """
    docs = list(docs)  # (the documents are gone over twice: the header counts them all)
    head = dumps(_collection(docs), indent=1)
    # the page's items are the text's last member ("items": [] and the page's and the
    # collection's ends follow), so its last such text is theirs (a meta's is before it)
    at = head.rindex(_ITEMS) + len(_ITEMS) - 1
    first = True
    for doc in docs:
        for a in doc.annotations:
            if first:
                out.write(head[:at])
                first = False
            else:
                out.write(",")
            out.write(_ITEM_INDENT)
            out.write(dumps(_annotation(doc, a), indent=1).replace("\n", _ITEM_INDENT))
    if first:  # no annotation: the empty list as it is
        out.write(head)
    else:
        out.write("\n  ")
        out.write(head[at:])
    out.write("\n")


def _selectors(target: Any) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    sel = target.get("selector") if isinstance(target, dict) else None
    items = sel if isinstance(sel, list) else [sel] if isinstance(sel, dict) else []
    pos = next(
        (s for s in items if isinstance(s, dict) and s.get("type") == "TextPositionSelector"), None
    )
    quote = next(
        (s for s in items if isinstance(s, dict) and s.get("type") == "TextQuoteSelector"), None
    )
    return pos, quote


def _affix_score(text: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """How many characters of ``prefix`` and ``suffix`` agree with the text around the span."""
    before = text[max(0, start - len(prefix)) : start]
    after = text[end : end + len(suffix)]
    score = 0
    for x, y in zip(reversed(before), reversed(prefix), strict=False):
        if x != y:
            break
        score += 1
    for x, y in zip(after, suffix, strict=False):
        if x != y:
            break
        score += 1
    return score


#: The occurrences of a quote weighed, the nearest to its position, when none agrees
#: whole with its prefix and suffix (a text whose words around the quote were edited
#: too): enough for any quote found a few times, and a bound on the work for one found
#: on every line
NEAREST_WEIGHED = 64


def _best_quote(
    text: str, exact: str, prefix: str, suffix: str, near: int
) -> tuple[int, int] | None:
    """The occurrence of ``exact`` in ``text`` whose ``prefix`` and ``suffix`` agree best
    with the text around it, the nearest to ``near`` of those (the first in the text of
    two as near); ``None`` when there is none.

    An occurrence that agrees whole is ``prefix + exact + suffix`` in the text, looked
    for as one string on either side of ``near``; only when there is none are the
    occurrences weighed one by one, the :data:`NEAREST_WEIGHED` nearest to ``near``.  A
    text edited before its annotations (a line put at its top, every position off by it)
    was searched whole for each annotation, time that grew with the square of the text
    (24 s for 2,000 annotations, and 65 s for 4,000 whose words around were edited too).
    """
    if not exact:
        return None
    whole = prefix + exact + suffix
    lead = len(prefix)
    after = text.find(whole, max(0, near - lead))
    before = text.rfind(whole, 0, near - lead - 1 + len(whole)) if near - lead > 0 else -1
    if after != -1 or before != -1:
        if before != -1 and (after == -1 or near - (before + lead) <= after + lead - near):
            return before + lead, before + lead + len(exact)
        return after + lead, after + lead + len(exact)
    best: tuple[int, int] | None = None
    best_key: tuple[int, int] | None = None
    right = text.find(exact, near)
    left = text.rfind(exact, 0, near - 1 + len(exact)) if near > 0 else -1
    weighed = 0
    while (right != -1 or left != -1) and weighed < NEAREST_WEIGHED:
        if left != -1 and (right == -1 or near - left <= right - near):
            i = left
            left = text.rfind(exact, 0, i - 1 + len(exact)) if i > 0 else -1
        else:
            i = right
            right = text.find(exact, i + 1)
        weighed += 1
        key = (-_affix_score(text, i, i + len(exact), prefix, suffix), abs(i - near))
        if best_key is None or key < best_key:
            best, best_key = (i, i + len(exact)), key
    return best


def _as_read(text: str) -> str:
    """``text`` as JSON reads it back: a surrogate pair held as two code points is one
    character (a quote selector's ``exact`` over such a pair is written as its escapes)."""
    if text.isascii() or not any("\ud800" <= c <= "\udfff" for c in text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def _brief_json(value: Any) -> str:
    """``value`` as JSON, cut to 60 characters."""
    shown = json.dumps(value, ensure_ascii=False, default=repr)
    return shown if len(shown) <= 60 else shown[:59] + "…"


def locate(
    text: str, pos: Mapping[str, Any] | None, quote: Mapping[str, Any] | None
) -> tuple[tuple[int, int] | None, str | None]:
    """The span the selectors give in ``text``, and what went wrong, if anything."""
    span: tuple[int, int] | None = None
    if pos is not None:
        s, e = pos.get("start"), pos.get("end")
        if type(s) is int and type(e) is int and 0 <= s <= e <= len(text):
            span = (s, e)
    exact = quote.get("exact") if quote is not None else None
    if not isinstance(exact, str) or (not exact and span is None):
        if span is None:
            return None, "no usable TextPositionSelector or TextQuoteSelector; left out"
        return span, None
    if span is not None and _as_read(text[span[0] : span[1]]) == exact:
        return span, None
    prefix = str(quote.get("prefix") or "") if quote else ""
    suffix = str(quote.get("suffix") or "") if quote else ""
    best = _best_quote(text, exact, prefix, suffix, span[0] if span is not None else 0)
    shown = exact[:40]
    if best is not None and pos is None:  # a quote alone (as Hypothesis may write): no fault
        return best, None
    if best is not None and span is None:
        return best, (
            f"its TextPositionSelector ({_brief_json(pos)}) is no span of the text; the quote "
            f"{shown!r} found at {best} is used"
        )
    if best is not None:
        return best, (
            f"the quote {shown!r} is not at the position {span}; the quote found at {best} is used"
        )
    if span is not None:
        return span, (
            f"the quote {shown!r} is nowhere in the text; the position {span} is kept "
            f"({text[span[0] : span[1]][:40]!r})"
        )
    return None, f"the quote {shown!r} is nowhere in the text and no position fits; left out"


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


_decode = json.JSONDecoder(parse_constant=_no_constant).decode


def read_webanno(stream: IO[str], texts: Mapping[str, str] | None = None) -> Iterator[Document]:
    """The documents of a Web Annotation collection (or page, or list of annotations).

    Args:
        stream: the JSON-LD.
        texts: the text of each target source, for files that do not carry
            ``limner:documents`` (by source IRI, or by limner document id).

    Raises:
        InputError: not JSON, JSON that is no Web Annotation (:func:`_items`), an
            item with no target, a source with no text, or a value that a document
            (or the class of its kind) refuses.
    """
    try:  # strict JSON, as every limner reader reads it: no NaN, no infinity
        data = _decode(stream.read())
    except RecursionError:  # (a bare RecursionError came out of the reader)
        raise InputError("not a JSON-LD file: nested too deep") from None
    except ValueError as exc:
        raise InputError(f"not a JSON-LD file: {exc}") from None
    docs: dict[str, dict[str, Any]] = {}
    if isinstance(data, dict):
        for d in data.get("limner:documents") or []:
            if (
                isinstance(d, dict)
                and isinstance(d.get("id"), str)
                and isinstance(d.get("text"), str)
            ):
                docs[d["id"]] = d
        items = _items(data)
    elif isinstance(data, list):
        items = data
    else:
        raise InputError("a Web Annotation file holds a JSON object or array")
    by_source: dict[str, list[dict[str, Any]]] = {s: [] for s in docs}
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise InputError(f"item {n} is not an annotation ({type(item).__name__})")
        if "target" not in item:
            raise InputError(f"item {n} is not an annotation (it has no target)")
        # several targets (an array, as the model allows): the annotation of each
        target = item.get("target")
        sourced = False
        for one in target if isinstance(target, list) else [target]:
            # a target is an IRI, a SpecificResource with a source (an IRI, or an object
            # with an id), or a resource named by its own id, as the model allows
            source = (one.get("source", one.get("id")) if isinstance(one, dict) else one)
            if isinstance(source, dict):
                source = source.get("id")
            if not isinstance(source, str):
                continue
            sourced = True
            by_source.setdefault(source, []).append(
                item if one is target else {**item, "target": one}
            )
        if not sourced:  # no document to put it in: said, not passed over in silence
            raise InputError(
                f"item {n}: its target names no source (an IRI, or an object with a "
                f"\"source\" string): {_preview(target)}"
            )
    from limner.plugins import default_kinds

    kinds = default_kinds()
    for source, anns in by_source.items():
        # limner's own document IRI holds the id percent-encoded; any other IRI is the id as
        # it is (decoded, a page's "a%20b" or "%2F" was another IRI than its page's)
        doc_id = (
            unquote(source.removeprefix(_DOC), errors="surrogatepass")
            if source.startswith(_DOC)
            else source
        )
        info = docs.get(source)
        text = info["text"] if info else None
        if text is not None and info and "limner:split_pairs" in info:
            pairs = info["limner:split_pairs"]
            if not isinstance(pairs, list) or not all(
                isinstance(p, int) and not isinstance(p, bool) for p in pairs
            ):
                raise InputError(f"{source}: limner:split_pairs: expected an array of offsets")
            text = _rejoined_text(text, pairs)
        if text is None and texts is not None:
            text = texts.get(source, texts.get(doc_id))
        if text is None:
            raise InputError(f"no text for the source {source!r}: pass texts={{...}}")
        try:
            doc = _document(doc_id, text, info or {}, anns, kinds)
        except (TypeError, ValueError) as exc:  # a value the document, or a kind, refuses
            raise InputError(f"the document {doc_id!r}: {exc}") from None
        yield doc


def _preview(value: Any, limit: int = 80) -> str:
    """``value`` as JSON, cut to ``limit`` characters, for a message."""
    try:
        shown = json.dumps(value, ensure_ascii=True)
    except (TypeError, ValueError):
        shown = repr(value)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _items(data: dict[str, Any]) -> list[Any]:
    """The annotations of an Annotation, an AnnotationPage or an AnnotationCollection whose
    pages are in the file (``first``, then each ``next``).

    Raises:
        InputError: any other JSON object (a limner JSON document, say), a page that is
            only named by its IRI, or items that are not an array.
    """
    types = _types(data)
    if "Annotation" in types:
        return [data]
    if "AnnotationCollection" in types:
        page = data.get("first")
    elif "AnnotationPage" in types:
        page = data
    else:
        found = f"of type {data['type']!r}" if "type" in data else "with no type"
        raise InputError(
            f"not a Web Annotation file: a JSON object {found} (expected {_TOP_TYPES})"
        )
    out: list[Any] = []
    which = "first"
    while page is not None:
        if not isinstance(page, dict):
            raise InputError(
                f"the collection's {which} page is not in the file ({page!r}): limner reads "
                "a collection whose pages are embedded in it"
            )
        items = page.get("items")
        if items is not None and not isinstance(items, list):
            raise InputError(f"the page's items are {type(items).__name__}, not an array")
        out.extend(items or [])
        page, which = page.get("next"), "next"
    return out


_TOP_TYPES = "Annotation, AnnotationCollection or AnnotationPage"


def _types(obj: dict[str, Any]) -> set[str]:
    """An object's ``type``: one string, or an array of them, as JSON-LD allows."""
    value = obj.get("type")
    if isinstance(value, str):
        return {value}
    if isinstance(value, list):
        return {t for t in value if isinstance(t, str)}
    return set()


#: the keys of an annotation's JSON form that are not fields (a body's purpose never names one)
_OWN_KEYS = frozenset({"id", "kind", "start", "end", "source", "score", "features"})
#: the purposes of a body whose value is the annotation's kind
_KIND_PURPOSES = ("tagging", "classifying")


def _bodies(body: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """The body of an annotation whose value is its kind, and the values of its other
    bodies as fields, by purpose (``body`` for one without).

    The kind's body is limner's own, else the first whose purpose is tagging (or
    classifying), else the first with a value: Hypothesis and Recogito write a comment
    first, and the tags after it.  A body that names a resource rather than holding a
    value (a ``SpecificResource``: Recogito's link from a place to a gazetteer; an
    IRI, an External Web Resource) gives its IRI.  A field of two values or more
    holds them in a list.
    """
    items = [
        b if isinstance(b, dict) else {"id": b}
        for b in (body if isinstance(body, list) else [body])
        if isinstance(b, dict) or (isinstance(b, str) and b)
    ]
    if not items:
        return {}, {}
    main = (
        next((b for b in items if "limner:id" in b), None)
        or next((b for b in items if b.get("purpose") in _KIND_PURPOSES), None)
        or next((b for b in items if isinstance(b.get("value"), str)), {})
    )
    values: dict[str, list[Any]] = {}
    for b in items:
        value = _body_value(b) if b is not main else None
        if value is not None:
            purpose = b.get("purpose")
            named = isinstance(purpose, str) and purpose and purpose not in _OWN_KEYS
            key = str(purpose) if named else "body"
            values.setdefault(key, []).append(value)
    return main, {k: v[0] if len(v) == 1 else v for k, v in values.items()}


def _body_value(body: dict[str, Any]) -> str | None:
    """What a body holds: its ``value``, else the IRI of the resource it names (a
    ``SpecificResource``'s ``source``, or its own ``id``), else ``None``."""
    value = body.get("value")
    if isinstance(value, str):
        return value
    source = body.get("source")
    if isinstance(source, dict):
        source = source.get("id")
    if isinstance(source, str) and source:
        return source
    iri = body.get("id")
    return iri if isinstance(iri, str) and iri else None


def _item_id(iri: Any) -> str:
    """The last segment of an annotation's IRI (``.../anno/7`` or ``.../anno/7/``: ``7``),
    or ``""`` for an id that is not a str or has no segment."""
    if not isinstance(iri, str):
        return ""
    return iri.rstrip("/").rsplit("/", 1)[-1]


def _document(
    doc_id: str,
    text: str,
    info: Mapping[str, Any],
    items: list[dict[str, Any]],
    kinds: Mapping[str, type[Annotation]],
) -> Document:
    errors = []
    for i, e in enumerate(info.get("errors") or []):
        try:
            errors.append(Error.from_dict(e))
        except TypeError as exc:
            raise ValueError(f"its errors[{i}]: {exc}") from None
    found: list[dict[str, Any]] = []  # the annotations' JSON forms
    used: set[str] = set()
    for n, item in enumerate(items, 1):
        pos, quote = _selectors(item.get("target"))
        span, problem = locate(text, pos, quote)
        body, others = _bodies(item.get("body"))
        aid = body.get("limner:id") or _item_id(item.get("id")) or f"w{n}"
        if problem is not None:
            errors.append(
                Error(
                    plugin="webanno",
                    annotator="read",
                    type="SelectorMismatch",
                    message=f"annotation {aid}: {problem}",
                )
            )
        if span is None:
            continue
        fields = body.get("limner:fields")
        data = others | (dict(fields) if isinstance(fields, dict) else {})
        if aid in used:
            aid = f"{aid}-{n}"
        used.add(aid)
        value = body.get("value")  # (a tag may name a resource: its IRI)
        kind = value if isinstance(value, str) else _body_value(body) or "annotation"
        data.update(
            id=aid,
            kind=kind,
            start=span[0],
            end=span[1],
            source=source if isinstance(source := body.get("limner:source"), str) else "webanno",
        )
        if body.get("limner:score") is not None:
            data["score"] = body["limner:score"]
        found.append(data)
    errors.extend(unpointed(found, kinds, "webanno"))
    annotations = [kinds.get(d["kind"], Annotation).from_dict(d) for d in found]
    meta = info.get("meta") or {}
    if not isinstance(meta, dict):
        raise ValueError(f"its meta is {type(meta).__name__}, not a JSON object")
    extra = info.get("limner:extra") or {}
    if not isinstance(extra, dict):
        raise ValueError(f"its limner:extra is {type(extra).__name__}, not a JSON object")
    return Document(
        text=text,
        id=doc_id,
        meta=dict(meta),
        errors=errors,
        annotations=annotations,
        extra=extra,
    )
