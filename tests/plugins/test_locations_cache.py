"""The place index in the cache: what a start that waits for another's build says."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from limner.cache import cache_lock
from limner_locations import gazetteer


def test_a_start_waiting_for_anothers_build_says_what_it_waits_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A start that found another process building the index waited in silence (the
    builder's notice is on the builder's standard error): it says what it waits for,
    once, before it waits."""
    monkeypatch.setattr(gazetteer, "_build_in_child", lambda out: True)  # (builds nothing)
    root = tmp_path / "cache"
    final = root / gazetteer.index_name()
    err = ""
    with cache_lock(root, final.name):  # another process's build
        start = threading.Thread(target=gazetteer._build_atomically, args=(root, final))
        start.start()
        for _ in range(200):  # (up to 10 s for the start to reach the lock)
            err += capsys.readouterr().err
            if err:
                break
            time.sleep(0.05)
    start.join(timeout=30)
    err += capsys.readouterr().err
    assert err.splitlines() == [
        f"limner: waiting for another process building the place index in {root}"
    ]
