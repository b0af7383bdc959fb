"""Where plugins keep files they build once and reuse (indexes, compiled lexicons).

:func:`cache_dir` is ``$LIMNER_CACHE_DIR`` if set (a leading ``~`` is the
home folder; a relative path is taken in the working folder limner started
in; spaces around it are no part of it, and blank, or only spaces, is not
set), else ``$XDG_CACHE_HOME/limner`` if that is an absolute path, else
``~/.cache/limner``.  A plugin keeps its files in a subfolder named after
itself and a version of what they hold, and rebuilds them when they are
missing or do not match.

:func:`cache_scratch` gives a build its scratch folder (or file) in the
cache, to be renamed into place when whole, and first clears away the
scratch of builds that died: a build killed mid-way (SIGKILL, a power cut,
the out-of-memory killer) runs no clean-up of its own, and its half-built
index stayed in the cache for good.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

__all__ = [
    "KEPT_MOST",
    "STALE_SCRATCH_SECONDS",
    "cache_dir",
    "cache_lock",
    "cache_scratch",
    "clear_superseded",
    "open_kept",
    "read_kept",
]

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


#: How old a scratch entry that nothing holds (left by a build that could take no lock:
#: an earlier limner, a system or file system without ``flock``) must be to be cleared
#: away: no build of the cache takes a day.
STALE_SCRATCH_SECONDS = 24 * 3600
#: The end of the name of the file that a live build holds locked beside its scratch.
_HOLD = ".hold"


@contextlib.contextmanager
def cache_scratch(folder: Path, name: str, *, directory: bool = True) -> Iterator[Path]:
    """A new scratch folder (or empty file) in ``folder`` for building ``name``.

    Build into it, then ``os.replace`` it into place; whatever is left of it
    when the block ends (it failed, or another process won) is removed.  It is
    named ``.<name>.scratch-<pid>-<random>``, and while the block runs an
    exclusive ``flock`` is held on a file beside it (``… .hold``), which the
    system lets go when the process ends, however it ends.  On entering, the
    scratch of dead builds is removed from ``folder``: every one whose hold
    is free (the build died, or was killed, before it could clean up), and any
    other ``.<name>.*`` entry that nothing holds and that is older than
    :data:`STALE_SCRATCH_SECONDS` (left by a build that took no hold: an
    earlier limner, or a system without ``flock``).  A live build's scratch
    is never touched, whatever process, user or container it runs in, its
    id reused or not.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as root:
    ...     with cache_scratch(Path(root), "index") as scratch:
    ...         _ = (scratch / "data").write_text("built")
    ...         os.replace(scratch, Path(root, "index"))
    ...     sorted(p.name for p in Path(root).iterdir())
    ['index']

    Raises:
        OSError: ``folder`` cannot be made or written.
    """
    folder.mkdir(parents=True, exist_ok=True)
    _sweep(folder, name)
    fd, stem = _hold(folder, name)
    scratch = folder / stem
    try:
        if directory:
            scratch.mkdir()
        else:
            os.close(os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        yield scratch
    finally:
        try:
            _remove(scratch)
            with contextlib.suppress(OSError):
                os.unlink(folder / (stem + _HOLD))
        finally:
            os.close(fd)


@contextlib.contextmanager
def cache_lock(
    folder: Path, name: str, *, waiting: Callable[[], object] | None = None
) -> Iterator[None]:
    """Held by one process at a time while it builds ``name`` in ``folder``.

    Processes started together on an empty cache each built the same entry (the
    place index: some 35 s of CPU and 300 MB each, the last rename winning): under
    this lock the first builds, and the others, let in one at a time after it, find
    the entry built and use it.  The lock is an exclusive ``flock`` on the file
    ``.lock-<name>`` in ``folder``, which the system lets go when its holder ends,
    however it ends; its holder removes the file before it lets go, and a process
    that locked a file no longer named so takes the lock again, so none is left in
    the cache.  Where no locks are taken (no ``flock``, as on Windows, or a file
    system without locks), or something other than a regular file stands in the
    lock file's place (a named pipe is not waited on, a link not followed: it is
    left as it is), the block runs unlocked, as before.

    ``waiting`` is called once, before the process waits, where another holds the lock
    (and never where the lock is free): the place to tell the user what the start waits
    for, as the builder tells what it builds.

    Raises:
        OSError: ``folder`` cannot be made or written.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f".lock-{name}"
    flags = os.O_RDONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = -1
    while True:
        try:
            fd = os.open(path, flags, 0o644)
        except OSError:  # a link or a folder in its place: unlocked
            break
        try:
            import fcntl

            if not stat.S_ISREG(os.fstat(fd).st_mode):  # a named pipe, a device: unlocked
                raise OSError
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:  # another holds it: said once, then waited for
                if waiting is not None:
                    waiting()
                    waiting = None
                fcntl.flock(fd, fcntl.LOCK_EX)
        except (ImportError, OSError):  # no locks here: each process builds its own
            os.close(fd)
            fd = -1
            break
        except BaseException:  # (interrupted while it waited, or by ``waiting``)
            os.close(fd)
            raise
        if _named(fd, path):
            break
        os.close(fd)  # removed by the holder before it let go: the lock is taken anew
    try:
        yield
    finally:
        if fd >= 0:
            try:
                with contextlib.suppress(OSError):
                    os.unlink(path)
            finally:
                os.close(fd)  # (which lets the lock go)


def _hold(folder: Path, name: str) -> tuple[int, str]:
    """A fresh scratch name in ``folder`` and the open file beside it, held when it can be.

    The hold file is made first, then locked; a sweep that took it in between
    (and so removes it) is seen, and another name is taken.
    """
    while True:
        stem = f".{name}.scratch-{os.getpid()}-{os.urandom(4).hex()}"
        path = folder / (stem + _HOLD)
        try:
            fd = os.open(path, os.O_RDONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:  # (the same random name twice: another is drawn)
            continue
        try:
            import fcntl
        except ImportError:  # (no flock, as on Windows: the scratch is cleared by its age)
            return fd, stem
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:  # a sweep holds it, to remove it
            os.close(fd)
            continue
        except OSError:  # a file system that takes no locks: cleared by its age
            return fd, stem
        if _named(fd, path):
            return fd, stem
        os.close(fd)  # a sweep removed it between the open and the lock


def _named(fd: int, path: Path) -> bool:
    """Whether the open file ``fd`` is the one ``path`` names now."""
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


def _sweep(folder: Path, name: str) -> None:
    """Remove from ``folder`` the scratch of builds that died (see :func:`cache_scratch`)."""
    try:
        entries = {e.name: e for e in os.scandir(folder) if e.name.startswith(".")}
    except OSError:
        return
    now = time.time()
    for entry_name, entry in entries.items():
        held = entry_name.endswith(_HOLD) and ".scratch-" in entry_name
        if held:
            _clear_if_dead(folder, entry_name[: -len(_HOLD)], now)
        elif entry_name.startswith(f".{name}.") and entry_name + _HOLD not in entries:
            with contextlib.suppress(OSError):
                if now - entry.stat(follow_symlinks=False).st_mtime > STALE_SCRATCH_SECONDS:
                    _remove(folder / entry_name)


def _clear_if_dead(folder: Path, stem: str, now: float) -> None:
    """Remove the scratch ``stem`` and its hold file if no live build holds it."""
    hold = folder / (stem + _HOLD)
    try:
        fd = os.open(hold, os.O_RDONLY)
    except OSError:  # (removed meanwhile by its build or another sweep)
        return
    try:
        if _dead(fd, hold, now):
            _remove(folder / stem)  # (the scratch first: a hold file names a live one)
            with contextlib.suppress(OSError):
                os.unlink(hold)
    finally:
        os.close(fd)


def _dead(fd: int, hold: Path, now: float) -> bool:
    """Whether the build that made the hold file open as ``fd`` is dead.

    It is when the file can be locked (the system let its lock go when the build
    ended) and is still the one named ``hold``; where no locks are taken, when the
    file is older than :data:`STALE_SCRATCH_SECONDS`.
    """
    try:
        import fcntl
    except ImportError:
        return _old(fd, now)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:  # a live build
        return False
    except OSError:  # a file system that takes no locks
        return _old(fd, now)
    return _named(fd, hold)


def _old(fd: int, now: float) -> bool:
    try:
        return now - os.fstat(fd).st_mtime > STALE_SCRATCH_SECONDS
    except OSError:
        return False


def _remove(path: Path) -> None:
    """Remove a scratch folder or file, if it is there (a link is removed, not followed)."""
    if path.is_dir() and not path.is_symlink():
        import shutil  # (here: limner's import stays light, and most starts build nothing)

        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink()


def clear_superseded(
    folder: Path, family: str, current: str, *, live: Callable[[str], bool] | None = None
) -> None:
    """Remove from ``folder`` what ``current`` supersedes: the other entries of ``family``.

    A cache keeps one entry of each family (a table or an index of one format), named
    ``family`` followed by what it was made from; whoever writes a new one calls this
    after it is in place, so that an entry of other sources (other data versions, another
    install's files, a lexicon moved) is not kept for good beside it.  An entry is of the
    family when its name starts with ``family``; ``current``'s own are the entry named
    ``current`` and those named ``current`` then a dot (its records, ``….sums.json``).
    ``live``, when given, is asked of each other entry's name up to its first dot, once:
    an entry it answers true for is another source still in use (the tables of another
    install sharing the cache, whose files still exist) and is kept with its records.
    Entries of other families or formats are left: another version of limner sharing the
    cache may use them.  Scratch (a name starting with a dot) is never touched; a folder
    is removed whole, a link (not what it points to) unlinked, and what cannot be
    removed is left.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as root:
    ...     for name in ("t-f2-aa.marshal", "t-f2-aa.sums.json", "t-f2-bb.marshal", "t-f1-cc"):
    ...         _ = Path(root, name).write_bytes(b"")
    ...     clear_superseded(Path(root), "t-f2-", "t-f2-bb")
    ...     sorted(p.name for p in Path(root).iterdir())
    ['t-f1-cc', 't-f2-bb.marshal']
    """
    try:
        names = [e.name for e in os.scandir(folder)]
    except OSError:
        return
    kept: dict[str, bool] = {}
    for name in names:
        if not name.startswith(family) or name == current or name.startswith(current + "."):
            continue
        if live is not None:
            stem = name.partition(".")[0]
            if stem not in kept:
                kept[stem] = bool(live(stem))
            if kept[stem]:
                continue
        _remove(folder / name)


def open_kept(path: Path) -> BinaryIO:
    """The kept file ``path``, open to read: a regular file, or an ``OSError``.

    Whatever is found in a file's place, a named pipe, a device, a folder or a link to
    one, is refused at once: it is opened without waiting for a pipe's writer, and
    looked at before a byte is read.

    Raises:
        OSError: ``path`` is missing, unreadable, or not a regular file.
    """
    nonblock = getattr(os, "O_NONBLOCK", 0)
    fh = open(  # noqa: SIM115 (handed to the caller, who closes it)
        os.fspath(path), "rb", opener=lambda name, flags: os.open(name, flags | nonblock)
    )
    if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
        fh.close()
        raise OSError(f"not a regular file: {path}")
    return fh


#: The size past which :func:`read_kept` refuses a kept file (bytes): some forty times the
#: largest file limner keeps (a sentiment table of 1.4 MB).
KEPT_MOST = 64 << 20


def read_kept(path: Path, most: int = KEPT_MOST) -> tuple[bytes, os.stat_result]:
    """The bytes of the kept file ``path`` and its stamp, read through one open file.

    A plugin reads its files in the cache back by it: whatever is found in a
    file's place, a named pipe, a device, a folder or a link to one, is refused
    at once, not waited on or read for ever (:func:`open_kept`); and a file
    larger than ``most`` bytes is refused unread, not taken whole into memory (a
    file of 4 GB in its place ended a start with ``MemoryError``, or took 4 GB).

    Raises:
        OSError: ``path`` is missing, unreadable, not a regular file (a named pipe
            put in its place is not waited on, a device not read for ever), or larger
            than ``most`` bytes.
    """
    with open_kept(path) as fh:
        st = os.fstat(fh.fileno())
        data = fh.read(most + 1) if st.st_size <= most else b""
        if st.st_size > most or len(data) > most:  # (or grown since)
            raise OSError(f"larger than a kept file can be ({st.st_size} bytes): {path}")
        return data, st
