"""The garbage collector held back while plugins load and set up.

Loading the plugins and their resources makes hundreds of thousands of
objects that live as long as the process (modules, classes, lexicons,
models).  Python's collector, by default, looks at the young objects after
every 700 new ones, and moves the survivors into older generations that it
scans again later: at start-up that was over a hundred collections that
found almost nothing, about a tenth of the start-up's CPU (a handful now).
The plugin manager holds it back while it imports each plugin, and the
:class:`~limner.Enricher` while it runs the setups.  :func:`held_back` lets far
more objects be made between collections for a while, and puts the caller's
settings back after.  It does not turn the collector off, so a setup that
makes much garbage (building an index) still has it collected.

A batch then makes its objects a document at a time: nearly all of them die
with their document, freed by their reference counts; what survives is what
the plugins keep for later documents (their memos).  The collector would
scan each survivor twice (as young, then in the middle generation) and find
nothing to free.  :class:`Settler`, called between two documents, collects
once the young objects that survived since it last did, then freezes the
survivors out of later collections (``gc.freeze``), so that each is scanned
once.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["RESCAN", "SETTLE", "Settler", "held_back"]

#: New objects between two collections of the youngest generation while held back.
YOUNG = 100_000

#: Objects kept since the last settling that make :class:`Settler` settle again.
SETTLE = 10_000

#: The least frozen heap (in objects) whose doubling makes :class:`Settler` unfreeze
#: and collect it all once more.
RESCAN = 100_000


@contextlib.contextmanager
def held_back() -> Iterator[None]:
    """Collect the youngest generation after :data:`YOUNG` new objects, not the usual 700.

    The thresholds in force on entry are restored on exit, unless someone
    changed them in between (then theirs stay); a threshold already higher is
    left as it is.
    """
    before = gc.get_threshold()
    if before[0] == 0 or before[0] >= YOUNG:  # collection off, or already as rare
        yield
        return
    during = (YOUNG, *before[1:])
    gc.set_threshold(*during)
    try:
        yield
    finally:
        if gc.get_threshold() == during:
            gc.set_threshold(*before)


class Settler:
    """Called between two documents of a batch: the survivors of the documents
    since the last call that acted are collected once and frozen.

    It acts when more than :data:`SETTLE` objects have been kept since it
    last did (``gc.get_count()``): it collects the objects not frozen
    (the young and middle generations; the oldest as well when the collector
    has moved objects there since, so that nothing is frozen unexamined),
    then freezes what is left.  Between two documents nothing of the
    finished one is reachable, so its garbage, cycles included, is freed
    here; a survivor frozen is still freed by its reference count.  A cycle
    that a plugin's memo drops later is freed when the frozen heap has
    doubled since the last time (and at least :data:`RESCAN` objects are
    frozen): it is then unfrozen, collected whole and frozen again, so that
    what such cycles hold stays within the heap's size, however long the
    batch, at a cost of about two scans more of each object frozen since,
    spread over the run.  With the collector disabled (``gc.disable()``, or a
    threshold of 0) it does nothing.
    """

    def __init__(self) -> None:
        self._collections = _older_collections()
        # the frozen heap that makes it collect everything again (see __call__)
        self._rescan = 2 * max(gc.get_freeze_count(), RESCAN)

    def __call__(self) -> None:
        young = gc.get_count()[0]
        if young < SETTLE or not gc.isenabled() or not gc.get_threshold()[0]:
            return
        if gc.get_freeze_count() >= self._rescan:
            # frozen, a cycle that a plugin's memo dropped would never be freed: once
            # the frozen heap has doubled, it is collected once more, all of it
            gc.unfreeze()
            gc.collect()
            gc.freeze()
            self._rescan = 2 * max(gc.get_freeze_count(), RESCAN)
        else:
            gc.collect(2 if _older_collections() != self._collections else 1)
            gc.freeze()
        self._collections = _older_collections()


def _older_collections() -> int:
    """How many collections of the middle and oldest generations the process has made.

    Each may have moved objects into the oldest generation.  (``gc.get_count()[2]``
    would not tell: a full collection sets it back to 0, where it may meet the
    count seen before.)
    """
    stats = gc.get_stats()
    return int(stats[1]["collections"]) + int(stats[2]["collections"])
