"""The most recent of what a document has named under a key, for the short forms read later.

A person's surname, a role ("the minister"), a pronoun, a body's head noun ("the
ministry"): each stands for the one named most recently under that key who is still
current.  :class:`Latest` answers it from a heap of entries per key, the newest on
top; an entry that is no longer current (named again since, read as part of a longer
name) is dropped when it comes to the top.  So each mention costs a few heap steps,
never a walk back over everyone named so far (n names, then n short forms: n²).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")


class Latest(Generic[K, T]):
    """Items by key, each entry with when it was named: the newest still current.

    ``current(key, when, item)`` tells whether the entry of ``item`` under ``key``,
    made ``when``, still stands.
    """

    def __init__(self, current: Callable[[K, int, T], bool]) -> None:
        self._current = current
        self._heaps: dict[K, list[tuple[int, int, T]]] = {}
        self._added = 0  # (which entry came first: a heap never compares two items)

    def add(self, key: K, when: int, item: T) -> None:
        """Enter ``item`` under ``key``, named ``when`` (entries may come in any order)."""
        self._added += 1
        heapq.heappush(self._heaps.setdefault(key, []), (-when, self._added, item))

    def top(self, key: K) -> tuple[int, T] | None:
        """``(when, item)`` of the newest entry under ``key`` that is still current."""
        heap = self._heaps.get(key)
        while heap:
            when, _, item = heap[0]
            if self._current(key, -when, item):
                return -when, item
            heapq.heappop(heap)  # no longer current: it never will be again
        return None
