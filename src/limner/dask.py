"""Enriching a corpus past one machine with Dask (``pip install limner[dask]``).

:func:`enrich_bag` maps a :class:`dask.bag.Bag` of texts (records, Documents) to a bag
of enriched :class:`~limner.Document` objects.  Each worker process builds
the Enricher once, from the plugin names and configuration, and reuses it for
every partition it handles; the plugins must be installed on the workers.
Works with the local schedulers and with ``dask.distributed`` clusters alike.

>>> import dask.bag as db
>>> from limner.dask import enrich_bag
>>> bag = db.from_sequence(["One. Two.", "Three."], npartitions=2)
>>> [len(d.select("sentence")) for d in enrich_bag(bag, plugins=[], kinds=["sentence"])]
[2, 1]
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from limner.batch import check_fields, is_document, loaded_document, record_id
from limner.config import name_list
from limner.document import Document, Error
from limner.errors import InputError, extra_missing
from limner.pipeline import Enricher

if TYPE_CHECKING:
    import dask.bag

__all__ = ["enrich_bag", "enrich_partition"]

_cache: dict[str, Enricher] = {}


def _enricher(spec: Mapping[str, Any]) -> Enricher:
    key = repr(sorted(spec.items()))
    enricher = _cache.get(key)
    if enricher is None:
        enricher = _cache[key] = Enricher(
            spec["plugins"],
            spec["config"],
            disable=spec["disable"],
            kinds=spec["kinds"],
            timeout=spec.get("timeout"),
        )
    return enricher


def enrich_partition(
    items: Iterable[str | Mapping[str, Any]],
    spec: Mapping[str, Any],
    text_field: str = "text",
    id_field: str = "id",
    strict: bool = False,
) -> list[Document]:
    """Enrich one partition's items with the process's cached Enricher.

    An item is a text, a :class:`~limner.Document` (one this made, say: a copy of it
    is enriched further, as :meth:`~limner.Enricher.enrich` enriches one), or a
    record whose ``text_field`` holds the text, whose
    ``id_field`` becomes the document id (a string, or a number as ``str``
    writes it, as ``limner batch`` reads a record; none, an id of ``""``) and
    whose other fields go to ``meta``; a record that carries limner's schema
    marker (``"schema": "limner/1"``) is a limner document, read as ``limner
    batch`` reads one (:func:`limner.batch.loaded_document`) and enriched further.

    An item that ``limner batch`` would set aside in its errors file (neither a
    text nor a record, a record without a string text or with an id that is no
    string or number, a document that does not load) is, in its place, a
    document of no text whose ``errors`` hold one :class:`~limner.Error` of type
    ``InputError`` (plugin ``limner``, annotator ``input``) saying why, its id the
    record's where it has one; with ``strict``, it raises that error instead.

    Raises:
        InputError: with ``strict``, an item that is bad as said above.
    """
    enricher = _enricher(spec)
    out = []
    for item in items:
        try:
            out.append(_enriched_item(enricher, item, text_field, id_field))
        except InputError as exc:
            if strict:
                raise
            out.append(_bad_item_document(exc, item, id_field))
    return out


def _bad_item_document(exc: InputError, item: object, id_field: str = "id") -> Document:
    """The document that stands for a bad item of a bag (see :func:`enrich_partition`):
    no text, the item's id where it has a readable one, and ``exc`` in its ``errors``."""
    error = Error(plugin="limner", annotator="input", type="InputError", message=str(exc))
    if isinstance(item, Mapping):
        key = "id" if is_document(item) else id_field
        try:  # (an id a Document refuses, a surrogate pair split in two: none)
            return Document(text="", id=record_id(item, key) or "", errors=[error])
        except (InputError, ValueError, TypeError):
            pass
    return Document(text="", errors=[error])


def _enriched_item(
    enricher: Enricher, item: object, text_field: str, id_field: str
) -> Document:
    """The document of one item of a bag.

    Raises:
        InputError: the item is bad (see :func:`enrich_partition`).
    """
    if isinstance(item, str):
        return enricher.enrich(item)
    if isinstance(item, Document):  # (enrich_bag's own: "neither a text nor a record")
        return enricher.enrich(copy.copy(item))  # (a task leaves what it is given)
    if not isinstance(item, Mapping):
        raise InputError(
            f"item {item!r:.80} is neither a text nor a record but {type(item).__name__}"
        )
    document = is_document(item)
    key = "id" if document else id_field
    try:
        rid = record_id(item, key)  # as limner batch reads a record's id
    except InputError as exc:
        raise InputError(f"record {item!r:.80}: {exc}") from None
    if document:
        try:
            doc = loaded_document(item, rid)
        except InputError as exc:
            what = f"record {rid!r}" if rid is not None else f"record {item!r:.80}"
            raise InputError(f"{what}: {exc}") from None
        return enricher.enrich(doc)
    text = item.get(text_field)
    if not isinstance(text, str):
        what = f"record {rid!r}" if rid is not None else f"record {item!r:.80}"
        raise InputError(f"{what} has no string field {text_field!r}")
    meta = {k: v for k, v in item.items() if k not in (text_field, id_field)}
    return enricher.enrich(text, id=rid, meta=meta)


def enrich_bag(
    bag: dask.bag.Bag,
    *,
    plugins: str | Iterable[str] | None = None,
    config: Mapping[str, Any] | None = None,
    disable: str | Iterable[str] | None = None,
    kinds: str | Iterable[str] | None = None,
    text_field: str = "text",
    id_field: str = "id",
    timeout: float | None = None,
    strict: bool = False,
) -> dask.bag.Bag:
    """A bag of Documents, one per item of ``bag``, in the same order.

    Arguments are those of :class:`~limner.Enricher` (names as a list or one
    comma-separated string, as everywhere); the Enricher is checked
    here first, so a bad plugin name or option fails before any task runs.
    ``timeout`` holds in Dask's worker threads too (see :mod:`limner.deadline`).
    ``text_field`` and ``id_field`` name the fields of a record that hold its
    text and its id, as ``limner batch --text-field/--id-field`` do: the other
    fields (an ``id`` too, when the id is read from another) go to ``meta``.

    A bad item, one that ``limner batch`` sets aside in its errors file (a record
    without a string text, say), is in its place a document of no text whose
    ``errors`` say why (type ``InputError``, see :func:`enrich_partition`), and the
    bag's other documents are made; ``strict=True`` fails the computation with
    that :class:`~limner.InputError` instead.

    Raises:
        TypeError: ``bag`` is not a Dask bag, or a field is not named by a str.
        ValueError: ``text_field`` and ``id_field`` name one field.
        ConfigError, PlanError: as :class:`~limner.Enricher` (before any task).
    """
    try:
        import dask.bag
    except ImportError as exc:  # (a bare "No module named 'dask'")
        raise extra_missing(exc, "limner.dask", "Dask", "dask") from None

    if not isinstance(bag, dask.bag.Bag):  # (a bare AttributeError: no map_partitions)
        raise TypeError(
            f"enrich_bag() takes a dask.bag.Bag, got {type(bag).__name__} {bag!r:.40} "
            "(dask.bag.from_sequence(items) makes one)"
        )
    for what, field in (("text_field", text_field), ("id_field", id_field)):
        if not isinstance(field, str):  # (None read every record as one without it)
            raise TypeError(f"enrich_bag()'s {what} names a field (a str), got {field!r:.40}")
    check_fields(text_field, id_field)
    # names read as everywhere else: a str is one comma-separated list, not its letters
    names = {k: name_list(v, k) for k, v in
             (("plugins", plugins), ("disable", disable), ("kinds", kinds))}
    spec = {
        **{k: None if v is None else list(v) for k, v in names.items()},
        # (a mapping as a dict, to pickle; anything else to the Enricher, which refuses
        # it: dict(config or {}) took [] as no options, and a list of pairs as a mapping)
        "config": dict(config) if isinstance(config, Mapping) else config,
        "timeout": timeout,
    }
    _enricher(spec)
    result: dask.bag.Bag = bag.map_partitions(  # type: ignore[no-untyped-call]
        enrich_partition, spec, text_field, id_field, strict
    )
    return result
