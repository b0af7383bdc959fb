"""The sums of the files a cache was made from (or is made of), kept with their stamps.

:func:`file_sums` gives the CRC-32 of each file, reading a file through only
when it changed since it was last summed: a record beside the cache keeps
each file's stamp (size, modification and change times, inode and device)
with its sum, so that a start whose files are unchanged reads none of their
bytes.  The place index checks its files by it, and the sentiment plugin the
sources of its cached tables.
"""

from __future__ import annotations

import contextlib
import json
import os
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO, NamedTuple

from limner.cache import cache_scratch, open_kept, read_kept

__all__ = ["SETTLED_NS", "FileSum", "file_sums"]

#: How long before its record a file's change time must lie for its stamp to be trusted
#: (nanoseconds): the coarsest tick file systems stamp times by (FAT's two seconds).
SETTLED_NS = 2 * 10**9


class FileSum(NamedTuple):
    """A file's size, modification time and CRC-32, as :func:`file_sums` gives them."""

    size: int
    mtime_ns: int
    crc32: int


def file_sums(files: Sequence[Path], record: Path) -> list[FileSum]:
    """The size, modification time and CRC-32 of each of ``files``, in their order.

    A file is read through only when it has changed since the sums were last
    kept in ``record`` (a small JSON file, written whole under a scratch name
    and renamed): by its stamp, its size, modification and change times,
    inode and device.  Any write to a file through the file system moves its
    change time, which no copy or ``touch`` sets back, and a copy elsewhere is
    another path and another inode: a file whose stamp is unchanged holds the
    bytes it held when it was summed.  That holds once its clock has moved on:
    a file system stamps times by a clock's tick (two seconds on FAT, one on
    ext3, HFS+ and many shares), and a file written again within the tick it
    was summed in keeps its stamp.  So a stamp is trusted only where the
    file's change time lies :data:`SETTLED_NS` or more before the record was
    written (the record's own time, on its file system's clock); a file that
    changed later is read again, and the record written anew, so that it is
    trusted at the next start.  (Damage that no write makes, a disk's bit rot
    under the file system, goes unseen once a file is summed.)  A record that
    is missing, damaged, not a regular file or cannot be written (a read-only
    or full cache) costs only time: each file is read as if it had changed.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as root:
    ...     data = Path(root, "data.txt")
    ...     _ = data.write_bytes(b"limner")
    ...     [s.crc32 for s in file_sums([data], Path(root, "sums.json"))]
    [2001878456]

    Raises:
        OSError: a file cannot be read (missing, not a regular file, no permission): a
            named pipe in its place is refused, not waited on.
    """
    kept: dict[str, list[int]] = {}
    written = 0  # (when the record was written: no stamp is trusted without one)
    # (RecursionError: a record of deeply nested brackets)
    with contextlib.suppress(OSError, ValueError, RecursionError):
        data, st = read_kept(record)
        loaded = json.loads(data)
        if isinstance(loaded, dict):
            kept, written = loaded, st.st_mtime_ns
    sums: list[FileSum] = []
    now: dict[str, list[int]] = {}
    unsettled = False
    for path in files:
        name = str(path)
        # (the stamp taken before the bytes are read: a write meanwhile is seen later)
        st = os.stat(path)
        stamp = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev]
        old = kept.get(name)
        if isinstance(old, list) and old[:5] == stamp and len(old) == 6 and isinstance(old[5], int):
            if st.st_ctime_ns + SETTLED_NS <= written:
                crc = old[5]
            else:  # (summed within the tick it was written in: its bytes may have moved)
                unsettled = True
                with open_kept(path) as fh:
                    crc = _crc(fh)
        else:
            with open_kept(path) as fh:  # (a named pipe in its place is not waited on)
                crc = _crc(fh)
        now[name] = [*stamp, crc]
        sums.append(FileSum(st.st_size, st.st_mtime_ns, crc))
    if unsettled or any(kept.get(name) != entry for name, entry in now.items()):
        _keep(record, now)
    return sums


#: the bytes a file is summed by at a time: a file of any size is summed in this much
#: memory (a file of 4 GB in an index's place was read whole)
_CHUNK = 1 << 20


def _crc(fh: BinaryIO) -> int:
    """The CRC-32 of what is left to read of the open file ``fh``, read a chunk at a time."""
    crc = 0
    while chunk := fh.read(_CHUNK):
        crc = zlib.crc32(chunk, crc)
    return crc


def _keep(record: Path, entries: dict[str, list[int]]) -> None:
    """Write ``record`` whole, readable by all; where it cannot be written, nothing."""
    with (
        contextlib.suppress(OSError),
        cache_scratch(record.parent, record.name, directory=False) as scratch,
    ):
        scratch.write_text(json.dumps(entries), encoding="utf-8")
        os.chmod(scratch, 0o644)  # (readable by all, as the files beside it)
        os.replace(scratch, record)
