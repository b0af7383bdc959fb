"""The sums of files a cache is made from (``limner.file_sums``).

The CRC-32s of a cache's files were computed at every start, every byte read in
each process (each worker of a batch too); now a file is read through only when
it changed since it was last summed, and a change that keeps the size and the
modification time is caught all the same.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import time
import zlib
from pathlib import Path
from typing import Any, BinaryIO

import pytest

import limner
from limner import sums

#: the window in which a file's stamp is not yet trusted
SETTLED_NS = sums.SETTLED_NS


@pytest.fixture(autouse=True)
def _settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files taken as written long before they are summed, as a cache's sources are (the
    window's own tests put it back)."""
    monkeypatch.setattr(sums, "SETTLED_NS", 0)


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files read through to be summed, in order."""
    read: list[str] = []
    crc = sums._crc

    def counted(fh: BinaryIO) -> int:
        read.append(Path(fh.name).name)
        return crc(fh)

    monkeypatch.setattr(sums, "_crc", counted)
    return read


def _files(folder: Path) -> list[Path]:
    folder.mkdir(exist_ok=True)
    files = []
    for name, data in (("a.bin", b"limner" * 1000), ("b.json", b'{"k": 1}'), ("empty", b"")):
        (folder / name).write_bytes(data)
        files.append(folder / name)
    return files


def _truth(files: list[Path]) -> list[tuple[int, int, int]]:
    return [(p.stat().st_size, p.stat().st_mtime_ns, zlib.crc32(p.read_bytes())) for p in files]


def flip_a_byte(path: Path) -> None:
    """Change one byte of ``path`` in place, its size and modification time kept."""
    st = path.stat()
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (st.st_size, st.st_mtime_ns)


def test_files_are_read_once_then_their_sums_kept(tmp_path: Path, reads: list[str]) -> None:
    files = _files(tmp_path / "data")
    record = tmp_path / "sums.json"
    first = limner.file_sums(files, record)
    assert [tuple(s) for s in first] == _truth(files)
    assert reads == ["a.bin", "b.json", "empty"] and record.is_file()
    assert record.stat().st_mode & 0o777 == 0o644
    for _ in range(3):
        assert limner.file_sums(files, record) == first
    assert len(reads) == 3  # none read again
    assert limner.file_sums(files[1:], record) == first[1:]  # any of them, in any order
    assert limner.file_sums(files[::-1], record) == first[::-1]
    assert len(reads) == 3


def test_a_changed_byte_is_caught_with_size_and_time_kept(tmp_path: Path, reads: list[str]) -> None:
    files = _files(tmp_path / "data")
    record = tmp_path / "sums.json"
    before = limner.file_sums(files, record)
    flip_a_byte(files[0])
    after = limner.file_sums(files, record)
    assert after[0].crc32 != before[0].crc32 and after[1:] == before[1:]
    assert [tuple(s) for s in after] == _truth(files)
    assert reads == ["a.bin", "b.json", "empty", "a.bin"]
    files[1].write_bytes(files[1].read_bytes())  # written again, the same bytes
    assert [tuple(s) for s in limner.file_sums(files, record)] == _truth(files)
    assert reads[4:] == ["b.json"]


def test_a_copy_is_read_again(tmp_path: Path, reads: list[str]) -> None:
    """A copy elsewhere (its times kept, the record brought along) is read through, and so
    is a file put in the place of another."""
    files = _files(tmp_path / "data")
    limner.file_sums(files, tmp_path / "data" / "sums.json")
    shutil.copytree(tmp_path / "data", tmp_path / "copy")
    copies = [tmp_path / "copy" / p.name for p in files]
    reads.clear()
    assert [tuple(s) for s in limner.file_sums(copies, tmp_path / "copy" / "sums.json")] == (
        _truth(copies)
    )
    assert reads == ["a.bin", "b.json", "empty"]
    flip_a_byte(copies[0])
    os.replace(copies[0], files[0])  # the changed copy moved over the original, times kept
    reads.clear()
    sums = limner.file_sums(files, tmp_path / "data" / "sums.json")
    assert [tuple(s) for s in sums] == _truth(files) and reads == ["a.bin"]


@pytest.mark.parametrize("damage", ["missing", "empty", "garbage", "a list", "wrong entries"])
def test_a_damaged_record_costs_only_a_reading(
    tmp_path: Path, reads: list[str], damage: str
) -> None:
    files = _files(tmp_path / "data")
    record = tmp_path / "sums.json"
    limner.file_sums(files, record)
    if damage == "missing":
        record.unlink()
    elif damage == "empty":
        record.write_bytes(b"")
    elif damage == "garbage":
        record.write_bytes(b"\x00\xff garbage")
    elif damage == "a list":
        record.write_text("[1, 2, 3]", encoding="utf-8")
    else:
        entries = json.loads(record.read_text(encoding="utf-8"))
        for name, entry in entries.items():
            entries[name] = [*entry[:5], "not a sum"] if name.endswith("a.bin") else 7
        record.write_text(json.dumps(entries), encoding="utf-8")
    reads.clear()
    assert [tuple(s) for s in limner.file_sums(files, record)] == _truth(files)
    assert reads == ["a.bin", "b.json", "empty"]
    assert [tuple(s) for s in limner.file_sums(files, record)] == _truth(files)
    assert len(reads) == 3  # written again whole


def test_an_unwritable_record_reads_the_files_each_time(tmp_path: Path, reads: list[str]) -> None:
    files = _files(tmp_path / "data")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    record = blocker / "sums.json"
    for _ in range(2):
        assert [tuple(s) for s in limner.file_sums(files, record)] == _truth(files)
    assert len(reads) == 6


def test_a_missing_file_is_an_error_and_keeps_no_record(tmp_path: Path) -> None:
    files = _files(tmp_path / "data")
    files[1].unlink()
    record = tmp_path / "sums.json"
    with pytest.raises(FileNotFoundError):
        limner.file_sums(files, record)
    assert not record.exists()


def _whole_seconds(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file system that stamps times in whole seconds (ext3, HFS+, many shares; FAT's
    are two), as ``file_sums`` sees it."""
    stat, fstat = os.stat, os.fstat

    def coarse(result: os.stat_result) -> os.stat_result:
        fields = list(result)
        for i, name in ((8, "st_mtime_ns"), (9, "st_ctime_ns")):
            fields[i] = getattr(result, name) // 10**9
        extra = {"st_mtime_ns": fields[8] * 10**9, "st_ctime_ns": fields[9] * 10**9}
        return os.stat_result(fields[:10], extra)

    monkeypatch.setattr(os, "stat", lambda path, **kw: coarse(stat(path, **kw)))
    monkeypatch.setattr(os, "fstat", lambda fd: coarse(fstat(fd)))


def test_a_file_rewritten_within_its_clocks_tick_is_read_again(
    tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the file system stamps whole seconds, a file summed and then rewritten in the
    same second (its size kept, its inode too) had the same stamp, and its old sum was
    given: a stamp is trusted only once its change time lies before the record's."""
    monkeypatch.setattr(sums, "SETTLED_NS", SETTLED_NS)
    _whole_seconds(monkeypatch)
    files = _files(tmp_path / "data")
    record = tmp_path / "sums.json"
    limner.file_sums(files, record)
    data = files[0].read_bytes()
    files[0].write_bytes(data[::-1])  # same size, same inode, most likely the same second
    assert [tuple(s) for s in limner.file_sums(files, record)] == _truth(files)
    # a settled file is trusted: its change time lies the window before the record's
    reads.clear()
    later = time.time_ns() + 5 * 10**9
    os.utime(record, ns=(later, later))
    assert [tuple(s) for s in limner.file_sums(files, record)] == _truth(files)
    assert reads == []


def test_a_racy_stamp_is_read_once_more_then_kept(
    tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file summed right after it was written is read again at the next start, and the
    record written again, so that it is not read at every start after."""
    monkeypatch.setattr(sums, "SETTLED_NS", SETTLED_NS)
    files = _files(tmp_path / "data")
    record = tmp_path / "sums.json"
    limner.file_sums(files, record)
    reads.clear()
    before = record.stat().st_mtime_ns
    time.sleep(0.01)
    limner.file_sums(files, record)  # within the window: read again, the record rewritten
    assert reads == ["a.bin", "b.json", "empty"]
    old = record.stat().st_mtime_ns
    assert old > before
    future = old + 10 * 10**9
    os.utime(record, ns=(future, future))  # (as if written ten seconds later)
    reads.clear()
    limner.file_sums(files, record)
    assert reads == []


@pytest.mark.parametrize("damage", ["deeply nested", "a fifo", "a folder"])
def test_a_hostile_record_costs_only_a_reading(
    tmp_path: Path, reads: list[str], damage: str
) -> None:
    """A record of nested brackets raised RecursionError; a named pipe in its place made a
    start wait for ever for a writer."""
    files = _files(tmp_path / "data")
    record = tmp_path / "sums.json"
    if damage == "deeply nested":
        record.write_text("[" * 200_000, encoding="utf-8")
    elif damage == "a fifo":
        os.mkfifo(record)
    else:
        record.mkdir()
    assert [tuple(s) for s in limner.file_sums(files, record)] == _truth(files)
    assert reads == ["a.bin", "b.json", "empty"]


def test_processes_summing_at_once_leave_a_whole_record(tmp_path: Path) -> None:
    """Six processes summing the same files into one record at once: each gets the true
    sums, and the record left is whole and trusted by a later start."""
    files = _files(tmp_path / "data")
    record = tmp_path / "sums.json"
    code = (
        "import sys, limner; from pathlib import Path\n"
        "from limner import sums; sums.SETTLED_NS = 0\n"
        "files = [Path(p) for p in sys.argv[2:]]\n"
        "print([tuple(s) for s in limner.file_sums(files, Path(sys.argv[1]))])\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(record), *map(str, files)],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(6)
    ]
    for run in runs:
        out, _ = run.communicate(timeout=300)
        assert run.returncode == 0 and out.strip() == str(_truth(files))
    assert set(json.loads(record.read_text(encoding="utf-8"))) == {str(p) for p in files}
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no scratch left


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is Linux's")
def test_a_huge_record_costs_only_a_reading(tmp_path: Path) -> None:
    """A record of 1 GB (sparse) was read whole: in a process held to 256 MB it ended the
    start with MemoryError.  It is refused unread, and written anew."""
    data, record = tmp_path / "data.txt", tmp_path / "sums.json"
    data.write_bytes(b"limner")
    with record.open("wb") as fh:
        fh.truncate(1 << 30)
    code = (
        "import resource, sys, limner\n"
        "from pathlib import Path\n"
        "resource.setrlimit(resource.RLIMIT_AS, (256 << 20, 256 << 20))\n"
        "print(limner.file_sums([Path(sys.argv[1])], Path(sys.argv[2]))[0].crc32)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(data), str(record)],
        env=dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path)),
        capture_output=True,
        text=True,
    )
    assert (run.returncode, run.stdout) == (0, f"{zlib.crc32(b'limner')}\n"), run.stderr[-300:]
    assert record.stat().st_size < 1000  # (written anew)


def test_a_file_is_summed_a_chunk_at_a_time() -> None:
    """A file was read whole to be summed: a file of 4 GB in an index's place took 4 GB
    (or ended the start with MemoryError).  It is read a chunk at a time."""
    asked: list[int] = []

    class Counted(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            asked.append(-1 if size is None else size)
            return super().read(size)

    body = os.urandom(3 * sums._CHUNK + 17)
    assert sums._crc(Counted(body)) == zlib.crc32(body)
    assert asked and all(0 < size <= sums._CHUNK for size in asked), asked


def _unless_stuck(tmp_path: Path, fifo: Path, call: Any) -> Any:
    """``call()`` in a thread, given ten seconds: a call stuck on opening the named pipe
    ``fifo`` is let go by a writer opened after, and the test fails."""
    import threading

    got: dict[str, Any] = {}

    def run() -> None:
        try:
            got["value"] = call()
        except Exception as exc:  # (what it raised is the answer)
            got["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(10)
    if thread.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # (lets the reader go)
        thread.join(10)
        pytest.fail(f"waited for a writer of {fifo.name}")
    return got


def test_a_named_pipe_among_the_files_is_refused_not_waited_on(tmp_path: Path) -> None:
    """A named pipe in the place of a file a cache sums (a place index's column) made a
    start wait for ever for a writer; it is an OSError, as a missing file is."""
    data, fifo = tmp_path / "data.txt", tmp_path / "names.bin"
    data.write_bytes(b"limner")
    os.mkfifo(fifo)
    got = _unless_stuck(
        tmp_path, fifo, lambda: limner.file_sums([data, fifo], tmp_path / "sums.json")
    )
    assert isinstance(got.get("error"), OSError), got
    assert "not a regular file" in str(got["error"])
