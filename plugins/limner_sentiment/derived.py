"""Tables derived from package data, kept in the user cache in a form that loads fast.

Reading the target model's JSON and converting its numbers takes several
times longer than reading the same tables back from :mod:`marshal`.  So the
first process that derives a table writes it to ``limner.cache_dir()``
(``sentiment/<name>-f<format>-<install>.marshal``, one file per table and per
installed copy of the plugin), and later processes read it from there.

A cached table is a convenience, never a source: it is keyed to the files it
was derived from (their path, size, modification time and a CRC-32 of their
bytes: a file rewritten within one tick of a coarse clock, or whose time was
kept, is told apart; the CRC-32s are kept beside the table with the files'
stamps, and computed again only when a file changed), to the format below
and to the Python version, and it carries a CRC-32 of its own bytes.  A file
that is missing, truncated, damaged, of another format or Python, or derived
from files that have changed since is derived again from the package data and
rewritten, silently.  A
file is written whole under a scratch name (:func:`limner.cache_scratch`)
and then renamed, so that a reader never sees half of one; when the cache
cannot be written (read-only, full) the derived table is used all the same.
A table written removes that table's files of other sources (of this format),
so that the cache keeps one file of each table, not one for every install or
set of sources it has seen.
"""

from __future__ import annotations

import contextlib
import functools
import json
import marshal
import os
import struct
import sys
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import limner

if TYPE_CHECKING:
    # the values marshal writes, as the standard library's stubs declare them
    from marshal import _Marshallable as Marshallable

__all__ = ["FORMAT", "cache_path", "cached"]

#: The layout of a cached file; a file of another layout is derived again.
FORMAT = 2
#: What every cached file starts with, then the CRC-32 of the rest (4 bytes, big-endian).
_MAGIC = b"limner-sentiment-derived\n"
_CRC = struct.Struct(">I")

T = TypeVar("T")


def _family(name: str) -> str:
    """What the names of the table ``name``'s files of this format start with."""
    return f"{name}-f{FORMAT}-"


def cache_path(name: str, sources: Sequence[Path]) -> Path:
    """Where the table ``name`` derived from ``sources`` is kept.

    The name holds a digest of the sources' paths, so that two installed copies
    of the plugin (two virtual environments, two checkouts) keep a file each
    instead of overwriting each other's.
    """
    where = zlib.crc32("\0".join(map(str, sources)).encode("utf-8", "surrogatepass"))
    return limner.cache_dir("sentiment", f"{_family(name)}{where:08x}.marshal")


def _key(name: str, sources: Sequence[Path]) -> tuple[Marshallable, ...]:
    """What the cached file must have been derived from to be used: format, Python, sources.

    A source is known by its bytes (their CRC-32), not by its size and
    modification time alone: a file rewritten with as many bytes within one
    tick of the file system's clock, or whose time a copy or a reproducible
    build kept, is another source all the same.  The sums are read back from
    beside the cached file while the sources are unchanged
    (:func:`limner.file_sums`): a start reads none of their bytes.
    """
    record = cache_path(name, sources).with_suffix(".sums.json")
    sums = limner.file_sums(sources, record)
    stats = tuple((str(p), s.size, s.mtime_ns, s.crc32) for p, s in zip(sources, sums, strict=True))
    return (FORMAT, name, sys.version_info[:2], marshal.version, stats)


def _sources_exist(folder: Path, stem: str) -> bool:
    """Whether every source the table ``stem`` in ``folder`` was derived from still
    exists, by the paths its record (``stem.sums.json``, :func:`limner.file_sums`) names:
    the tables of another install that shares the cache are kept, those of an install
    removed, or of a lexicon or model that moved, are not.  A record that is missing or
    cannot be read names none: its table is not kept."""
    try:
        record = json.loads(limner.read_kept(folder / f"{stem}.sums.json")[0])
    except (OSError, ValueError):
        return False
    return isinstance(record, dict) and bool(record) and all(
        isinstance(p, str) and os.path.isfile(p) for p in record)


def _read(path: Path, key: tuple[Marshallable, ...]) -> object:
    """The payload kept at ``path`` for ``key``.

    Raises:
        OSError, ValueError, EOFError, TypeError: missing, damaged or stale.
    """
    data = limner.read_kept(path)[0]  # (a named pipe in its place is not waited on)
    head = len(_MAGIC) + _CRC.size
    if data[: len(_MAGIC)] != _MAGIC or len(data) < head:
        raise ValueError("not a cached table")
    (crc,) = _CRC.unpack_from(data, len(_MAGIC))
    body = memoryview(data)[head:]
    if zlib.crc32(body) != crc:
        raise ValueError("damaged")
    stored = marshal.loads(body)
    if not isinstance(stored, tuple) or len(stored) != 2 or stored[0] != key:
        raise ValueError("stale")
    return stored[1]


def _write(path: Path, key: tuple[Marshallable, ...], payload: Marshallable) -> None:
    """Keep ``payload`` at ``path``: written under a scratch name, then renamed.

    The scratch is :func:`limner.cache_scratch`'s: removed if the write fails,
    and cleared away by a later write if the process is killed mid-way.
    """
    body = marshal.dumps((key, payload))
    with limner.cache_scratch(path.parent, path.name, directory=False) as scratch:
        with scratch.open("wb") as fh:
            fh.write(_MAGIC + _CRC.pack(zlib.crc32(body)) + body)
        # readable by all, as a file written the usual way: a cache filled at a
        # container's build serves the user who runs it; set once the file is
        # closed (os.fchmod is missing on Windows before Python 3.13), and a file
        # system without modes keeps the file all the same
        with contextlib.suppress(OSError):
            os.chmod(scratch, 0o644)
        os.replace(scratch, path)


def cached(
    name: str,
    sources: Sequence[Path],
    derive: Callable[[], T],
    dump: Callable[[T], Marshallable],
    restore: Callable[[object], T],
) -> T:
    """The table ``name``: read back from the cache, or derived and kept there.

    Args:
        name: the table's name (a file name part).
        sources: the files it is derived from, the code that derives it included.
        derive: derives it from the sources.
        dump: the table as values :mod:`marshal` writes (dicts, tuples, str, float).
        restore: the table from what ``dump`` gave; must give a table equal to
            ``derive()``'s, and raise (any exception) on a payload it cannot read.

    A cache that cannot be read is derived again; one that cannot be written
    is left alone.  Either way the caller gets the table.
    """
    try:
        key = _key(name, sources)
        path = cache_path(name, sources)
    # a source that is not a plain file: nothing to key to; or no cache folder to
    # name (Path.home() raises RuntimeError for a user id with no account)
    except (OSError, ValueError, RuntimeError):
        return derive()
    try:
        return restore(_read(path, key))
    except Exception:  # missing, damaged, stale or unreadable: derived again below
        pass
    table = derive()
    # a read-only or full cache, or a value marshal refuses: the table is used all the same
    with contextlib.suppress(OSError, ValueError):
        _write(path, key, dump(table))
        # (the table's files of other sources, but another install's whose sources exist)
        limner.clear_superseded(path.parent, _family(name), path.stem, live=functools.partial(
            _sources_exist, path.parent))
    return table
