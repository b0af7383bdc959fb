"""Enriching across worker processes, plugins loaded once per worker.

Used by :meth:`limner.Enricher.pipe` with ``n_process > 1``.  Where the
platform forks, workers inherit the parent's enricher as it is (plugins
registered in code included); elsewhere each worker builds an equal one
from :meth:`~limner.Enricher.spec`.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from limner.document import Document

if TYPE_CHECKING:
    from limner.pipeline import Enricher

__all__ = ["parallel_enrich"]

Item = str | Document | tuple[str, Mapping[str, Any]]

_worker: Enricher | None = None


def _init(spec: dict[str, Any] | None) -> None:
    global _worker
    if spec is not None:
        from limner.pipeline import Enricher

        _worker = Enricher(
            spec["plugins"],
            spec["config"],
            disable=spec["disable"],
            kinds=spec["kinds"],
            timeout=spec["timeout"],
        )


def _run(item: Item) -> Document:
    assert _worker is not None, "worker not initialised"
    return _worker._enrich_item(item)


def parallel_enrich(
    enricher: Enricher, items: Iterable[Item], *, n_process: int, chunksize: int = 16
) -> Iterator[Document]:
    """Enrich ``items`` in ``n_process`` workers, yielding documents in input order."""
    global _worker
    methods = multiprocessing.get_all_start_methods()
    spec: dict[str, Any] | None = None
    if "fork" in methods:
        method = "fork"
        _worker = enricher
    else:
        method = "spawn"
        spec = enricher.spec()
    ctx = multiprocessing.get_context(method)
    with ctx.Pool(n_process, initializer=_init, initargs=(spec,)) as pool:
        yield from pool.imap(_run, items, chunksize=chunksize)
