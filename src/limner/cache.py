"""Where plugins keep files they build once and reuse (indexes, compiled lexicons).

:func:`cache_dir` is ``$LIMNER_CACHE_DIR`` if set (a leading ``~`` is the
home folder; a relative path is taken in the working folder limner started
in; spaces around it are no part of it, and blank, or only spaces, is not
set), else ``$XDG_CACHE_HOME/limner`` if that is an absolute path, else
``~/.cache/limner``.  A plugin keeps its files in a subfolder named after
itself and a version of what they hold, and rebuilds them when they are
missing or do not match.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["cache_dir"]

try:
    #: the working folder when limner was imported, which a relative $LIMNER_CACHE_DIR is in
    _START: str | None = os.getcwd()
except OSError:  # (removed before the process started: a relative path is taken as it comes)
    _START = None


def cache_dir(*parts: str) -> Path:
    """The limner cache folder, or a path below it (not created).

    >>> cache_dir("locations").name
    'locations'
    """
    env = os.environ.get("LIMNER_CACHE_DIR", "").strip()
    if env:  # (blank or only spaces is not set: " " named a folder of a space in whatever
        # the working folder was; and " /tmp/x", a space pasted before it, a folder
        # " /tmp/x" there)
        root = Path(env).expanduser()  # (also where no shell expanded the ~)
        if not root.is_absolute() and _START is not None:
            # in the folder limner started in, once: a plugin or a service that changes
            # the working folder later moves no cache (it was built again, each time
            # somewhere else)
            root = Path(_START, root)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        # as the XDG base directory rules say, a relative path there is ignored
        root = (Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache") / "limner"
    return root.joinpath(*parts)
