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
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["held_back"]

#: New objects between two collections of the youngest generation while held back.
YOUNG = 100_000


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
