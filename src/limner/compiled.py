"""Regular expressions compiled once a machine, not once a process.

``re`` compiles a pattern in Python (its parser and its code generator), so a
plugin whose patterns hold long tables of words pays for them again in each
process that loads it, each worker of a batch too.  :func:`pattern_cache`
keeps, in the user cache, the code that ``re`` made of each pattern compiled
while it is open, and hands that code straight to ``re``'s engine in later
processes: the pattern is the same object ``re.compile`` makes, and equal to
it (``==`` on two patterns compares their compiled code).

The kept code is ``re``'s own inner form, so the file is named for the Python
build (its version and the engine's magic number) and carries a CRC-32 of its
bytes.  A pattern not kept is compiled by ``re``'s own steps, taken here so
that their code can be kept (once a process they are checked against
``re.compile`` on patterns of every construct; where they differ, ``re``
compiles and nothing is kept).  A file that is missing, damaged or of another
build, a cache that cannot be written, and a Python whose ``re`` is laid out
otherwise cost only the compiling.
"""

from __future__ import annotations

import contextlib
import functools
import marshal
import os
import re
import struct
import sys
import threading
import zlib
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from limner.cache import cache_dir, cache_scratch, read_kept

if TYPE_CHECKING:
    import regex

__all__ = ["pattern_cache"]

#: What every kept file starts with, then the CRC-32 of the rest (4 bytes, big-endian).
_MAGIC = b"limner-patterns\n"
_CRC = struct.Struct(">I")


class _Open(threading.local):
    """The blocks this thread has open, innermost last: each one's compiling function."""

    def __init__(self) -> None:
        self.blocks: list[Any] = []


_OPEN = _Open()
#: How many blocks are open, in all threads, and ``re``'s compiling function that they
#: replace, put back when the last one ends.  The lock is held only to count, never
#: across a block: a process forked while a block of another thread was open found it
#: held for good, and its own first block waited for ever.
_COUNT = threading.Lock()
_SHARED: dict[str, Any] = {"open": 0, "plain": None}
if hasattr(os, "register_at_fork"):  # (not on Windows, where no process is forked)
    os.register_at_fork(after_in_child=lambda: globals().update(_COUNT=threading.Lock()))


def _build() -> str:
    """The Python build a kept code belongs to (the file's name holds it)."""
    import _sre  # type: ignore[import-not-found,unused-ignore]

    build = f"{sys.version}/{_sre.MAGIC}/{_sre.CODESIZE}/{sys.maxunicode}"
    return f"{sys.implementation.cache_tag}-{zlib.crc32(build.encode()):08x}"


def _dispatch(pattern: Any, flags: int = 0) -> Any:
    """``re``'s compiling while a block is open: by this thread's innermost block, else
    as ``re`` compiles."""
    blocks = _OPEN.blocks
    if blocks:
        return blocks[-1](pattern, flags)
    return _SHARED["plain"](pattern, flags)


@contextlib.contextmanager
def _installed(compiler: Any) -> Iterator[Any]:
    """:func:`_dispatch` in the place of ``re``'s compiling while any block is open;
    gives ``re``'s own."""
    with _COUNT:
        if _SHARED["open"] == 0:
            _SHARED["plain"] = compiler.compile
            compiler.compile = _dispatch
        _SHARED["open"] += 1
        plain = _SHARED["plain"]
    try:
        yield plain
    finally:
        with _COUNT:
            _SHARED["open"] -= 1
            if _SHARED["open"] == 0:
                compiler.compile = _SHARED["plain"]


@contextlib.contextmanager
def pattern_cache(name: str) -> Iterator[None]:
    """Keep the code of every pattern this thread compiles inside the block.

    Use it around the import of modules that compile large patterns::

        with limner.pattern_cache("numbers"):
            import limner_numbers.finder

    The patterns are kept in ``cache_dir("patterns")``, in one file for
    ``name`` and the Python build, written again (whole, under a scratch name,
    then renamed) when a pattern in the block was not in it; a block that
    raises keeps nothing.  Patterns of other threads, or compiled with
    ``re.DEBUG``, are compiled as usual.  Blocks of several threads may be
    open at once, and a process forked while one is open compiles as usual
    (the forking thread's block, in the child, keeps nothing).
    """
    try:
        import _sre  # type: ignore[import-not-found,unused-ignore]
        from re import _compiler, _parser  # type: ignore[attr-defined]

        _compiler.compile  # noqa: B018 (an re laid out otherwise: compiled as usual)
        path = cache_dir("patterns", f"{name}-{_build()}.marshal")
    except (ImportError, AttributeError, RuntimeError):  # (RuntimeError: no home folder)
        yield
        return
    kept = _read(path)
    used: dict[tuple[str | bytes, int], tuple[Any, ...]] = {}
    missed = False

    with _installed(_compiler) as plain:

        def compile_(pattern: Any, flags: int = 0) -> Any:
            nonlocal missed
            if not isinstance(pattern, (str, bytes)) or int(flags) & re.DEBUG:
                return plain(pattern, flags)
            key = (pattern, int(flags))
            code = kept.get(key)
            if code is not None:
                with contextlib.suppress(Exception):  # (a code the engine refuses: compiled)
                    compiled = _sre.compile(pattern, *code)
                    used[key] = code
                    return compiled
            # (re's own steps, taken here to keep their code, checked against re.compile
            # on patterns of every construct at a process's first miss: where they
            # differ, re compiles and nothing is kept)
            if not _faithful(_sre, plain, _compiler, _parser):
                return plain(pattern, flags)
            missed = True
            code = _code(_compiler, _parser, pattern, int(flags))
            used[key] = code
            return _sre.compile(pattern, *code)

        pid = os.getpid()
        _OPEN.blocks.append(compile_)
        try:
            yield
        finally:
            _OPEN.blocks.remove(compile_)
    if missed and os.getpid() == pid:  # (the patterns of this block alone: those of
        # older code are dropped)
        _write(path, used)


#: Patterns of every construct (named groups and back-references, look-arounds, classes,
#: case folded, verbose, possessive, bytes), on which re's own compiling and the steps
#: of :func:`_code` must agree.
CANARIES: tuple[tuple[str | bytes, int], ...] = (
    (r"(?P<a>[0-9]+(?:[.,][0-9]+)?)\s*(?i:k(?:m|g)|miles?)(?![\w])(?P=a)?(?<=[a-z])", 0),
    (r"""(?x) (?P<w> [A-Z][a-z]*+ ) [ \t]+ (?: [^\W\d_]{2,} | \u00e9t\u00e9 )""", re.I),
    (rb"^(?P<b>[\x00-\x7f]+)$|(?s:.)+?", re.M),
)


@functools.cache
def _faithful(sre: Any, plain: Any, compiler: Any, parser: Any) -> bool:
    """Whether the code :func:`_code` makes gives patterns equal to what ``re``'s own
    compiling (``plain``) gives."""
    try:
        return all(
            sre.compile(p, *_code(compiler, parser, p, f)) == plain(p, f) for p, f in CANARIES
        )
    except Exception:  # (an re laid out otherwise)
        return False


def _code(compiler: Any, parser: Any, pattern: str | bytes, flags: int) -> tuple[Any, ...]:
    """What ``re`` hands its engine for ``pattern`` (as ``re._compiler.compile`` makes it),
    as values :mod:`marshal` writes."""
    tree = parser.parse(pattern, flags)
    # (re's opcodes are a subclass of int, which marshal does not write: an array of C
    # integers gives every word back a plain int, in C, where int() on each word was
    # Python's some 750 instructions a word, 36 M of the quotes plugin's 48,000)
    code = array("Q", compiler._code(tree, flags)).tolist()
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for group_name, i in groupindex.items():
        indexgroup[i] = group_name
    return (
        int(flags | tree.state.flags),
        code,
        tree.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _read(path: Path) -> dict[tuple[str | bytes, int], tuple[Any, ...]]:
    """The codes kept at ``path``; none where it is missing, damaged or not one of ours."""
    try:
        data = read_kept(path)[0]
        head = len(_MAGIC) + _CRC.size
        if data[: len(_MAGIC)] != _MAGIC or len(data) < head:
            return {}
        (crc,) = _CRC.unpack_from(data, len(_MAGIC))
        body = memoryview(data)[head:]
        if zlib.crc32(body) != crc:
            return {}
        kept = marshal.loads(body)
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return kept if isinstance(kept, dict) else {}


def _write(path: Path, codes: dict[tuple[str | bytes, int], tuple[Any, ...]]) -> None:
    """Keep ``codes`` at ``path``, written whole and renamed; where it cannot be, nothing."""
    with contextlib.suppress(OSError, ValueError):
        body = marshal.dumps(codes)
        with cache_scratch(path.parent, path.name, directory=False) as scratch:
            scratch.write_bytes(_MAGIC + _CRC.pack(zlib.crc32(body)) + body)
            os.chmod(scratch, 0o644)  # (readable by all, as the cache's other files)
            os.replace(scratch, path)


class _Lazy:
    """A pattern's text and flags, its compiled methods and fields once one is asked for."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # called only for a name not on the object yet: the first use compiles it
        if name.startswith("__"):  # (copy, pickle and the like: not the pattern's)
            raise AttributeError(name)
        import regex  # (the core needs it only where a plugin asks)

        compiled = regex.compile(*self._source)
        for field in dir(compiled):
            if not field.startswith("_"):
                setattr(self, field, getattr(compiled, field))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_regex({self._source[0]!r}, {self._source[1]!r})"


def lazy_regex(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)`` at the first use of what this returns.

    The ``regex`` module's patterns cannot be kept compiled between processes, as
    :func:`pattern_cache` keeps ``re``'s: each is compiled in every process that
    imports its module, some 2 to 27 M instructions apiece for a plugin's larger
    ones.  A pattern that few texts ask for (a name written outside ASCII, a list of
    counties, a story that names no country) is better given by this: the object
    compiles it at the first look-up of any of its attributes and keeps the compiled
    pattern's methods and fields on itself from then on, so later calls find them
    as a pattern's own, with no step between.  Its special methods are not the
    pattern's (copying or pickling it is refused rather than compiling it).
    """
    return cast("regex.Pattern[str]", _Lazy(pattern, flags))
