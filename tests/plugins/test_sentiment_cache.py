"""Tests of the sentiment plugin's cache of derived tables (``limner_sentiment.derived``).

A cached table must equal the one derived from the package data, and every
fault of the cached file (missing, truncated, damaged, of another format or
Python, derived from files since changed, unreadable, unwritable) must end in
the table derived again, never in an error.
"""

from __future__ import annotations

import marshal
import os
from pathlib import Path

import pytest

from limner_sentiment import derived, model

TABLE = {"good": (1.5, -0.25), "bad": (-2.0, 0.5), "ünïcode": (0.0, 1e-300)}


class Source:
    """A table derived from a file of ours, counting each time it is derived."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "source.txt"
        self.path.write_text("version one\n", encoding="utf-8")
        self.derived = 0

    def derive(self) -> dict[str, tuple[float, float]]:
        self.derived += 1
        return dict(TABLE)

    def get(self) -> dict[str, tuple[float, float]]:
        return derived.cached("toy", (self.path,), self.derive, dict, _restore)

    @property
    def cached_file(self) -> Path:
        return derived.cache_path("toy", (self.path,))


def _restore(payload: object) -> dict[str, tuple[float, float]]:
    if not isinstance(payload, dict):
        raise ValueError("not a toy table")
    return payload


@pytest.fixture
def source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Source:
    monkeypatch.setenv("LIMNER_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "package"
    folder.mkdir()
    return Source(folder)


def _scratch(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_derived_once_then_read_back(source: Source) -> None:
    first = source.get()
    assert source.derived == 1 and source.cached_file.is_file()
    assert source.cached_file.parent == Path(os.environ["LIMNER_CACHE_DIR"]) / "sentiment"
    second = source.get()
    assert source.derived == 1  # read back, not derived
    assert second == first == TABLE
    assert list(second) == list(TABLE)  # the order of a dict is kept too
    assert _scratch(source.cached_file.parent) == []
    assert source.cached_file.stat().st_mode & 0o777 == 0o644  # others may read it


@pytest.mark.parametrize(
    "damage",
    [
        "missing",
        "empty",
        "truncated",
        "flipped byte",
        "garbage",
        "other magic",
        "not a tuple",
        "a named pipe",  # (waited on for ever, for a writer)
    ],
)
def test_damaged_file_is_derived_again_and_rewritten(source: Source, damage: str) -> None:
    source.get()
    path = source.cached_file
    data = path.read_bytes()
    if damage == "missing":
        path.unlink()
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "flipped byte":
        path.write_bytes(data[:-3] + bytes([data[-3] ^ 0x40]) + data[-2:])
    elif damage == "garbage":
        path.write_bytes(b"\x00garbage" * 50)
    elif damage == "a named pipe":
        path.unlink()
        os.mkfifo(path)
    elif damage == "other magic":
        path.write_bytes(b"X" + data[1:])
    else:  # a well-formed file whose body is not (key, payload)
        body = marshal.dumps([1, 2, 3])
        head = derived._MAGIC + derived._CRC.pack(derived.zlib.crc32(body))
        path.write_bytes(head + body)
    assert source.get() == TABLE
    assert source.derived == 2
    assert path.read_bytes() == data  # rewritten whole
    assert source.get() == TABLE and source.derived == 2


def test_stale_key_is_derived_again(source: Source, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another format, another Python, or a source file that has changed since."""
    source.get()
    # each patch is undone alone: monkeypatch.undo() would undo the fixture's cache folder too
    with monkeypatch.context() as patch:  # another format keeps a file of its own
        patch.setattr(derived, "FORMAT", derived.FORMAT + 1)
        other = source.cached_file
        source.get()
        assert source.derived == 2 and other.is_file()
    assert other != source.cached_file
    source.get()  # this format's file was left as it was
    assert source.derived == 2
    # a file at this format's place holding another format's key
    key = derived._key("toy", (source.path,))
    derived._write(source.cached_file, (key[0] + 1, *key[1:]), dict(TABLE))
    source.get()
    assert source.derived == 3
    real = derived.sys.version_info
    with monkeypatch.context() as patch:  # another Python: the same file, its key refused
        patch.setattr(derived.sys, "version_info", (real[0], real[1] + 1, 0))
        source.get()
        assert source.derived == 4
    source.get()
    assert source.derived == 5
    source.get()
    assert source.derived == 5
    assert source.cached_file.parent == Path(os.environ["LIMNER_CACHE_DIR"]) / "sentiment"
    # the source changes: same size, another modification time
    stat = source.path.stat()
    os.utime(source.path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    source.get()
    assert source.derived == 6
    source.path.write_text("version two, longer\n", encoding="utf-8")
    source.get()
    assert source.derived == 7
    source.get()
    assert source.derived == 7


def test_payload_the_reader_refuses_is_derived_again(source: Source) -> None:
    source.get()
    key = derived._key("toy", (source.path,))
    derived._write(source.cached_file, key, ["not", "a", "dict"])
    assert source.get() == TABLE and source.derived == 2
    assert source.get() == TABLE and source.derived == 2


def test_unwritable_cache_still_gives_the_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("LIMNER_CACHE_DIR", str(blocker / "cache"))
    src = Source(tmp_path)
    assert src.get() == TABLE and src.get() == TABLE
    assert src.derived == 2  # nothing could be kept, so it is derived each time


def test_failed_write_leaves_no_scratch(source: Source, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:  # undone alone, the fixture's cache folder kept
        patch.setattr(derived.os, "replace", refuse)
        assert source.get() == TABLE
        assert not source.cached_file.exists()
        assert _scratch(source.cached_file.parent) == []
    source.get()
    source.get()
    assert source.derived == 2 and source.cached_file.is_file()


def test_missing_source_is_derived_without_the_cache(source: Source) -> None:
    source.path.unlink()
    assert source.get() == TABLE and source.get() == TABLE
    assert source.derived == 2
    assert not source.cached_file.parent.exists()


def test_installs_keep_a_file_each(tmp_path: Path, source: Source) -> None:
    """Two installs sharing one cache, each with its sources in place, keep a table each:
    neither derives its table again after the other wrote."""
    other_folder = tmp_path / "other"
    other_folder.mkdir()
    other = Source(other_folder)
    assert source.cached_file != other.cached_file
    source.get()
    other.get()
    source.get()
    other.get()
    assert source.derived == other.derived == 1
    assert source.cached_file.exists() and other.cached_file.exists()


def test_a_table_of_sources_gone_is_removed_not_kept_beside(
    tmp_path: Path, source: Source
) -> None:
    """Each set of sources a table was derived from (an install removed, a lexicon or a
    model moved) left a file that no write removed: a table written removes the same
    table's files whose sources no longer exist, and leaves other tables and formats."""
    other_folder = tmp_path / "other"
    other_folder.mkdir()
    other = Source(other_folder)
    assert source.cached_file != other.cached_file
    folder = source.cached_file.parent
    folder.mkdir(parents=True)
    kept = [folder / "toy-f1-00000000.marshal", folder / "lexicon-v2-f2-00000000.marshal"]
    for path in kept:
        path.write_bytes(b"another format's, or another table's")
    assert source.get() == TABLE and source.cached_file.exists()
    source.path.unlink()  # its install removed
    assert other.get() == TABLE and other.cached_file.exists()
    assert not source.cached_file.exists()
    assert not source.cached_file.with_suffix(".sums.json").exists()
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith(".")) == sorted(
        [*(p.name for p in kept), other.cached_file.name, other.cached_file.stem + ".sums.json"]
    )
    assert other.get() == TABLE and source.derived == other.derived == 1


def test_cached_target_model_is_the_shipped_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LIMNER_CACHE_DIR", str(tmp_path))
    plain = model._read_model()
    first = model.load_model.__wrapped__()  # derived and written
    assert list((tmp_path / "sentiment").glob("target_model-*.marshal"))
    again = model.load_model.__wrapped__()  # read back
    for m in (first, again):
        assert m == plain
        assert list(m.weights) == list(plain.weights) and list(m.bags) == list(plain.bags)
        assert all(type(v) is tuple and len(v) == 2 for v in m.weights.values())
        assert m.sentence == plain.sentence and m.bag_columns == plain.bag_columns
        assert (m.negative, m.positive, m.bias) == (plain.negative, plain.positive, plain.bias)


def test_the_shipped_models_bag_tables_are_kept_and_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The run-time path's complex bag tables of the shipped model, derived once and kept
    in the cache, are those it makes for the model; another model's are made for it."""
    from limner_sentiment.mentions import Weights, joined_bags

    monkeypatch.setenv("LIMNER_CACHE_DIR", str(tmp_path))
    shipped = model.load_model()
    first = model.shipped_bags(shipped)  # derived and written
    assert list((tmp_path / "sentiment").glob("target_bags-*.marshal"))
    again = model.shipped_bags(shipped)  # read back
    assert first == again == joined_bags(shipped.bags)
    assert model.shipped_bags(model._read_model()) is None  # not the shipped object
    kept, made = Weights(shipped), Weights(model._read_model())
    for bag in ("bag_s", "bag_c", "bag_cl", "bag_cr"):
        assert getattr(kept, bag) == getattr(made, bag)
        assert type(getattr(kept, bag)) is type(getattr(made, bag))
    for bad in (None, (), ({}, {}), [{}, {}, {}, {}], ({}, {}, {}, None)):
        with pytest.raises(ValueError, match="bag tables"):
            model._bag_tables(bad)


def test_model_tables_of_another_shape_are_refused() -> None:
    good = model._model_tables(model._read_model())
    assert model._from_tables(good) == model._read_model()
    bad: list[object] = [
        None,
        (),
        list(good.values()),
        {**good, "extra": 1},
        {k: v for k, v in good.items() if k != "bags"},
        {**good, "weights": []},
        {**good, "bias": (0.0,)},
        {**good, "bags": None},
        # a format-3 model's tables (bag rows of four numbers) kept in a cache
        {**good, "bags": {k: v[:4] for k, v in good["bags"].items()}},
    ]
    for payload in bad:
        with pytest.raises(ValueError, match="target model"):
            model._from_tables(payload)


def _read_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _text(payload: object) -> str:
    if not isinstance(payload, str):
        raise ValueError("not a text")
    return payload


def test_source_rewritten_within_its_clock_tick_is_derived_again(source: Source) -> None:
    """A source rewritten with as many bytes and the same modification time (within one
    tick of a coarse file-system clock, or its time kept by a copy or a reproducible
    build) is still a changed source: the table is derived again from what it now holds."""

    def get() -> str:
        return derived.cached("text", (source.path,), lambda: _read_text(source.path), str, _text)

    assert get() == "version one\n"
    before = source.path.stat()
    source.path.write_text("version two\n", encoding="utf-8")
    os.utime(source.path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = source.path.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert get() == "version two\n"
    assert derived.cached("text", (source.path,), pytest.fail, str, _text) == "version two\n"


def _open_files() -> set[str]:
    return set(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else set()


@pytest.mark.parametrize("modes", ["no fchmod", "refused"])
def test_file_modes_that_cannot_be_set_still_keep_the_table(
    source: Source, monkeypatch: pytest.MonkeyPatch, modes: str
) -> None:
    """Where a file's mode cannot be set (no ``os.fchmod`` on Windows before Python 3.13;
    a file system without modes refuses it) the table is kept all the same, no file left open."""
    if modes == "no fchmod":
        monkeypatch.delattr(derived.os, "fchmod")
    else:

        def refuse(*args: object, **kwargs: object) -> None:
            raise PermissionError(1, "Operation not permitted")

        monkeypatch.setattr(derived.os, "fchmod", refuse)
        monkeypatch.setattr(derived.os, "chmod", refuse)
    open_before = _open_files()
    assert source.get() == TABLE
    assert _open_files() == open_before
    assert source.cached_file.is_file()
    assert _scratch(source.cached_file.parent) == []
    assert source.get() == TABLE and source.derived == 1


def test_no_home_folder_still_gives_the_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No cache folder can be named (no $LIMNER_CACHE_DIR or $XDG_CACHE_HOME, and no home
    folder, as for a user id with no account): the table is derived, not an error."""
    for variable in ("LIMNER_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(variable, raising=False)

    def nowhere(cls: type[Path]) -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", classmethod(nowhere))
    src = Source(tmp_path)
    assert src.get() == TABLE and src.get() == TABLE
    assert src.derived == 2


def test_a_write_clears_away_the_scratch_of_writers_that_died(source: Source) -> None:
    """A process killed while it wrote a table (no clean-up runs) left its scratch file for
    good: the next write clears it away, that of a live writer kept."""
    import subprocess
    import sys
    import time

    folder = source.cached_file.parent
    folder.mkdir(parents=True)
    code = (
        "import sys, limner; from pathlib import Path; "
        "held = limner.cache_scratch(Path(sys.argv[1]), sys.argv[2], directory=False); "
        "print(held.__enter__(), flush=True); sys.stdin.read()"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(folder), source.cached_file.name],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    try:
        scratch = [Path(w.stdout.readline().strip()) for w in writers if w.stdout]
        writers[0].kill()  # SIGKILL
        writers[0].wait()
        earlier = folder / f".{source.cached_file.name}.k2j4h1x9"  # as mkstemp named it
        earlier.write_bytes(b"half")
        os.utime(earlier, (time.time() - 2 * 86400,) * 2)
        assert source.get() == TABLE and source.derived == 1
        assert _scratch(folder) == sorted([scratch[1].name, scratch[1].name + ".hold"])
    finally:
        for w in writers:
            if w.poll() is None:
                w.kill()
            w.communicate()


def test_sources_are_read_through_only_when_they_changed(
    source: Source, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sources' CRC-32s were computed at every start (some 1.8 MB read in each process);
    now at the first, and after a change, also one that keeps the size and the time."""
    from limner import sums

    read: list[str] = []
    crc = sums._crc
    monkeypatch.setattr(sums, "_crc", lambda fh: read.append(Path(fh.name).name) or crc(fh))
    monkeypatch.setattr(sums, "SETTLED_NS", 0)  # (files written long before, as installed)
    source.get()
    assert source.derived == 1 and read == ["source.txt"]
    for _ in range(3):
        assert source.get() == TABLE
    assert source.derived == 1 and read == ["source.txt"]  # read back, the source unread
    st = source.path.stat()
    source.path.write_text("version 1ne\n", encoding="utf-8")  # as many bytes
    os.utime(source.path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert (source.path.stat().st_size, source.path.stat().st_mtime_ns) == (
        st.st_size,
        st.st_mtime_ns,
    )
    assert source.get() == TABLE and source.derived == 2 and len(read) == 2
    assert source.get() == TABLE and source.derived == 2 and len(read) == 2
