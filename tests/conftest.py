"""Shared fixtures: the seed article and the public corpora.

The corpora are read from ``$LIMNER_CORPORA`` or ``../shared/corpora`` beside
the checkout; tests that need one skip, saying which, when it is absent.
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "azerbaijan-victory-day.txt"


def corpora_dir() -> Path:
    return Path(os.environ.get("LIMNER_CORPORA", ROOT.parent / "shared" / "corpora"))


@pytest.fixture(scope="session", autouse=True)
def _python_interrupts() -> Iterator[None]:
    """Python's own SIGINT handler for the run, however the suite was started.

    A shell starts a background job with SIGINT ignored; limner then rightly
    leaves the signal alone, and the tests of how a Ctrl-C ends a run could
    not send one.  The caller's disposition is restored afterwards.
    """
    previous = signal.getsignal(signal.SIGINT)
    if previous is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        if previous is signal.SIG_IGN:
            signal.signal(signal.SIGINT, previous)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def corpus_path(relative: str) -> Path:
    """The path of a corpus file under the corpora folder; the test skips, naming it, if absent."""
    path = corpora_dir() / relative
    if not path.exists():
        pytest.skip(f"corpus {relative} not found under {corpora_dir()}")
    return path


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


@pytest.fixture(scope="session")
def corpus() -> Callable[[str], list[dict[str, Any]]]:
    """``corpus("lgl/lgl.jsonl")``: the records of a corpus file, or skip."""

    def load(relative: str) -> list[dict[str, Any]]:
        return list(_read_jsonl(corpus_path(relative)))

    return load


from hypothesis import HealthCheck, settings  # noqa: E402

# "ci" (the default, and tox's) draws the same examples on every run, so that a run's
# verdict depends on the code alone; "dev" and "long" draw new ones each run, to find
# what the fixed draw does not (run them often: HYPOTHESIS_PROFILE=long).
settings.register_profile(
    "ci", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
settings.register_profile(
    "dev", max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
