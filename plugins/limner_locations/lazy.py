"""A ``regex`` pattern compiled at its first use, not when its module is imported.

The plugin's ``regex`` patterns cannot be kept compiled between processes (as
``limner.pattern_cache`` keeps ``re``'s): each was compiled in every process
that loaded the plugin, some 2 to 27 M instructions apiece, though some are
asked only of a rare text (a name written outside ASCII, a list of counties,
a story that names no country).  :func:`lazy_regex` gives such a pattern as
an object that compiles it at the first look-up of any of its attributes and
keeps the compiled pattern's methods and fields on itself from then on: later
calls find them as a pattern's own, with no step between.
"""

from __future__ import annotations

from typing import Any, cast

import regex


class _Lazy:
    """A pattern's text and flags, its compiled methods and fields once one is asked for."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # called only for a name not on the object yet: the first use compiles it
        if name.startswith("__"):  # (copy, pickle and the like: not the pattern's)
            raise AttributeError(name)
        compiled = regex.compile(*self._source)
        for field in dir(compiled):
            if not field.startswith("_"):
                setattr(self, field, getattr(compiled, field))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_regex({self._source[0]!r}, {self._source[1]!r})"


def lazy_regex(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)`` at the first use of what this returns."""
    return cast("regex.Pattern[str]", _Lazy(pattern, flags))
