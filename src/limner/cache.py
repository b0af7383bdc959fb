"""Where plugins keep files they build once and reuse (indexes, compiled lexicons).

:func:`cache_dir` is ``$LIMNER_CACHE_DIR`` if set (a leading ``~`` is the
home folder), else ``$XDG_CACHE_HOME/limner`` if that is an absolute path,
else ``~/.cache/limner``.  A plugin keeps its
files in a subfolder named after itself and a version of what they hold, and
rebuilds them when they are missing or do not match.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["cache_dir"]


def cache_dir(*parts: str) -> Path:
    """The limner cache folder, or a path below it (not created).

    >>> cache_dir("locations").name
    'locations'
    """
    env = os.environ.get("LIMNER_CACHE_DIR")
    if env:  # (a leading ~ is the home folder, also where no shell expanded it)
        root = Path(env).expanduser()
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        # as the XDG base directory rules say, a relative path there is ignored
        root = (Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache") / "limner"
    return root.joinpath(*parts)
