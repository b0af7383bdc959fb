"""The scratch of builds in the user cache (``limner.cache_scratch``).

A build killed mid-way (SIGKILL, the out-of-memory killer) runs no clean-up, and
its scratch stayed in the cache for good; a later build clears it away, and never
a live build's.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import limner
from limner.cache import STALE_SCRATCH_SECONDS

#: A build that takes its scratch, writes part of it, says where, and waits to be killed.
_BUILDER = (
    "import sys, time, limner; from pathlib import Path\n"
    "held = limner.cache_scratch(Path(sys.argv[1]), 'index')\n"
    "scratch = held.__enter__()\n"
    "(scratch / 'half-built').write_bytes(b'x' * 1000)\n"
    "print(scratch, flush=True)\n"
    "time.sleep(120)\n"
)


@pytest.fixture
def builders(tmp_path: Path) -> Iterator[list[subprocess.Popen[str]]]:
    """Builds started in processes of their own; those still alive are ended at the end."""
    started: list[subprocess.Popen[str]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        assert proc.stdout is not None
        proc.stdout.close()


def _start(
    builders: list[subprocess.Popen[str]], folder: Path
) -> tuple[subprocess.Popen[str], Path]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    proc = subprocess.Popen(
        [sys.executable, "-c", _BUILDER, str(folder)], env=env, stdout=subprocess.PIPE, text=True
    )
    builders.append(proc)
    assert proc.stdout is not None
    return proc, Path(proc.stdout.readline().strip())


def _entries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_killed_builds_scratch_is_cleared_and_a_live_ones_kept(
    tmp_path: Path, builders: list[subprocess.Popen[str]]
) -> None:
    killed, dead_scratch = _start(builders, tmp_path)
    live, live_scratch = _start(builders, tmp_path)
    assert dead_scratch.is_dir() and live_scratch.is_dir() and dead_scratch != live_scratch
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    with limner.cache_scratch(tmp_path, "index") as mine:
        (mine / "built").write_text("whole")
        assert not dead_scratch.exists()
        assert (live_scratch / "half-built").read_bytes() == b"x" * 1000
        os.replace(mine, tmp_path / "index")
    # the killed build's hold file is gone with its scratch; the live build's are kept
    assert _entries(tmp_path) == sorted(["index", live_scratch.name, live_scratch.name + ".hold"])
    live.send_signal(signal.SIGKILL)
    live.wait()
    with limner.cache_scratch(tmp_path, "index"):
        pass
    assert _entries(tmp_path) == ["index"]


def test_scratch_that_nothing_holds_is_cleared_once_older_than_any_build(tmp_path: Path) -> None:
    """Left by a build that took no hold (an earlier limner, a system without flock)."""
    long_ago = time.time() - STALE_SCRATCH_SECONDS - 60
    old = tmp_path / ".index.k2j4h1x9"  # as tempfile.mkdtemp named it
    (old / "part").parent.mkdir()
    (old / "part").write_text("x")
    old_file = tmp_path / ".index.old.q8r7"
    old_file.write_text("x")
    recent = tmp_path / ".index.a1b2c3d4"  # a build of an earlier limner, running now
    recent.mkdir()
    others = tmp_path / ".other.k2j4h1x9"  # another name's: not this build's to judge
    others.mkdir()
    for path in (old, old_file, others):
        os.utime(path, (long_ago, long_ago))
    with limner.cache_scratch(tmp_path, "index", directory=False) as scratch:
        assert scratch.is_file() and scratch.stat().st_size == 0
    assert _entries(tmp_path) == sorted([recent.name, others.name])


@pytest.mark.parametrize("ending", ["renamed", "left", "raised"])
def test_the_block_leaves_nothing_of_its_scratch(tmp_path: Path, ending: str) -> None:
    failing = pytest.raises(RuntimeError) if ending == "raised" else contextlib.nullcontext()
    with failing, limner.cache_scratch(tmp_path, "index") as scratch:
        (scratch / "part").write_text("x")
        if ending == "renamed":
            os.replace(scratch, tmp_path / "index")
        elif ending == "raised":
            raise RuntimeError("the build failed")
    assert _entries(tmp_path) == (["index"] if ending == "renamed" else [])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("put", ["named pipe", "link"])
def test_a_pipe_or_a_link_in_the_locks_place_is_not_waited_on_or_followed(
    tmp_path: Path, put: str
) -> None:
    """A named pipe in the lock file's place made every start wait for ever for a writer;
    a link made a file wherever it pointed.  The block runs unlocked, the entry left."""
    import threading

    from limner.cache import cache_lock

    lock, far = tmp_path / ".lock-index", tmp_path / "elsewhere" / "made"
    far.parent.mkdir()
    if put == "named pipe":
        os.mkfifo(lock)
    else:
        lock.symlink_to(far)
    ran: list[bool] = []

    def build() -> None:
        with cache_lock(tmp_path, "index"):
            ran.append(True)

    start = threading.Thread(target=build, daemon=True)
    start.start()
    start.join(timeout=10)
    assert ran == [True] and not far.exists()
    assert lock.is_fifo() if put == "named pipe" else lock.is_symlink()


def test_the_lock_leaves_no_file_and_lets_the_next_in(tmp_path: Path) -> None:
    from limner.cache import cache_lock

    with cache_lock(tmp_path, "index"):
        assert [p.name for p in tmp_path.iterdir()] == [".lock-index"]
    with cache_lock(tmp_path, "index"):
        pass
    assert list(tmp_path.iterdir()) == []


def test_a_start_that_waits_for_the_lock_is_told_once_and_a_free_lock_tells_nothing(
    tmp_path: Path,
) -> None:
    """A start that found another holding the lock waited without a word: ``waiting`` is
    called once before it waits (where the user is told what it waits for), and never
    where the lock is free."""
    import threading

    from limner.cache import cache_lock

    told: list[str] = []
    with cache_lock(tmp_path, "index", waiting=lambda: told.append("free")):
        pass
    assert told == []
    entered = threading.Event()

    def start() -> None:
        with cache_lock(tmp_path, "index", waiting=lambda: told.append("waiting")):
            entered.set()

    with cache_lock(tmp_path, "index"):
        waiter = threading.Thread(target=start, daemon=True)
        waiter.start()
        for _ in range(200):  # (up to 10 s for the other start to reach the lock)
            if told:
                break
            time.sleep(0.05)
        assert told == ["waiting"] and not entered.is_set()
    waiter.join(timeout=10)
    assert entered.is_set() and told == ["waiting"]
    assert list(tmp_path.iterdir()) == []
