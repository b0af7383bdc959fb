"""limner's suites of news attributions (``limner evaluate quotes --suite news``,
``--suite world``, ``--suite registers`` and ``--suite fresh``): news that is not
PolNeAR.  The passages are well formed, the shipped records are what their build script
makes of ``news.txt``, ``world.txt``, ``registers.txt`` and ``fresh.txt``, and limner's
figures on them stay at their floors."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from click.testing import CliRunner

import limner_evaluate
from limner.cli import cli
from tests.plugins.support import script_module

SUITE = Path(limner_evaluate.__file__).resolve().parent / "data" / "quotes"


def _build_module() -> ModuleType:
    return script_module(SUITE / "build.py", "quotes_suite_build")


build = _build_module()

#: floors a little below what limner measures (direct overlap F1 and speaker 100%; all
#: attributions overlap F1 96.2%, speaker 98.8%): a regression of a few attributions fails
UNSEEN_DIRECT_F1 = 0.95
UNSEEN_DIRECT_SPEAKER = 0.95
UNSEEN_ALL_F1 = 0.92
UNSEEN_ALL_SPEAKER = 0.93
#: the world suite's floors, a little below what limner measures (direct overlap F1
#: 98.0%, speaker 97.9%; all attributions overlap F1 97.9%, speaker 99.3%; before the
#: rules its misses showed: 98.0%, 95.8%, 95.8%, 97.4%)
WORLD_DIRECT_F1 = 0.95
WORLD_DIRECT_SPEAKER = 0.93
WORLD_ALL_F1 = 0.93
WORLD_ALL_SPEAKER = 0.95
#: the registers suite's floors, a little below what limner measures (direct overlap F1
#: 100%, speaker 100%; all attributions overlap F1 97.9%, speaker 98.5%; as the plugin
#: stood when the suite was written: 100%, 97.0%, 93.1%, 96.1%)
REGISTERS_DIRECT_F1 = 0.95
REGISTERS_DIRECT_SPEAKER = 0.93
REGISTERS_ALL_F1 = 0.95
REGISTERS_ALL_SPEAKER = 0.95
#: the fresh suite's floors, a little below what limner measures (direct overlap F1
#: 97.6%, speaker 97.5%; all attributions overlap F1 95.0%, speaker 99.0%; as the plugin
#: stood when the suite was written: 97.6%, 97.5%, 93.2%, 98.0%)
FRESH_DIRECT_F1 = 0.95
FRESH_DIRECT_SPEAKER = 0.93
FRESH_ALL_F1 = 0.93
FRESH_ALL_SPEAKER = 0.95


def _metrics(suite: str) -> dict[str, Any]:
    """limner's metrics on a suite, as ``limner evaluate quotes --suite NAME --json``
    gives them."""
    out = CliRunner().invoke(cli, ["evaluate", "quotes", "--suite", suite, "--json",
                                   "--errors", "100"])
    assert out.exit_code == 0, out.output
    (run,) = json.loads(out.stdout)["results"]
    (ours,) = [s for s in run["systems"] if s["system"] == "limner"]
    return {**ours["metrics"], "misses": ours["worst"]}


@pytest.fixture(scope="module")
def result() -> dict[str, Any]:
    """limner's metrics on the news suite."""
    return _metrics("news")


@pytest.fixture(scope="module")
def world() -> dict[str, Any]:
    """limner's metrics on the world suite."""
    return _metrics("world")


@pytest.fixture(scope="module")
def registers() -> dict[str, Any]:
    """limner's metrics on the registers suite."""
    return _metrics("registers")


@pytest.fixture(scope="module")
def fresh() -> dict[str, Any]:
    """limner's metrics on the fresh suite."""
    return _metrics("fresh")


@pytest.mark.parametrize("suite", ["news", "world", "registers", "fresh"])
def test_the_shipped_suite_is_what_its_script_builds(tmp_path: Path, suite: str) -> None:
    built = build.build(tmp_path, suite)
    assert built.read_text("utf-8") == (SUITE / f"{suite}.jsonl").read_text("utf-8")


@pytest.mark.parametrize("suite", ["news", "world", "registers", "fresh"])
def test_the_passages_are_well_formed(suite: str) -> None:
    records = build.records(SUITE / f"{suite}.txt")
    assert len(records) >= 30
    assert len({r["id"] for r in records}) == len(records)
    kinds = {"direct": 0, "indirect": 0}
    for record in records:
        text = record["text"]
        for q in record["quotes"]:
            assert q["fragments"], record["id"]
            for key in ("fragments", "speaker_fragments", "cue_fragments"):
                for start, end in q[key]:
                    assert 0 <= start < end <= len(text)
                    assert text[start:end].strip() == text[start:end], (record["id"], key)
            kinds[q["kind"] if q["kind"] in kinds else "direct"] += 1
    # both kinds of attribution, in numbers that a figure means something on
    assert kinds["direct"] >= 25 and kinds["indirect"] >= 40, kinds


@pytest.mark.parametrize(
    ("block", "problem"),
    [
        ("no id\nSome text.", "id: NAME"),
        ("id: x\n⟦c1 open but not closed.", "not closed"),
        ("id: x\n⟦s1 Ana⟧ ⟦v1 said⟧ nothing.", "no content"),
    ],
)
def test_a_badly_marked_passage_is_refused(block: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        build.parse(block)


def test_a_passage_is_read_into_polnears_schema() -> None:
    record = build.parse(
        'id: x\n⟦c1 "We won,"⟧ ⟦s1 Ana Diaz⟧ ⟦v1 said⟧. ⟦s2 She⟧ ⟦v2 added⟧ that ⟦c2 it was hard⟧.'
    )
    text = record["text"]
    assert text == '"We won," Ana Diaz said. She added that it was hard.'
    first, second = record["quotes"]
    assert [text[a:b] for a, b in first["fragments"]] == ['"We won,"']
    assert [text[a:b] for a, b in first["speaker_fragments"]] == ["Ana Diaz"]
    assert (first["kind"], second["kind"]) == ("direct", "indirect")


def _meets(
    result: dict[str, Any], gold: int, direct_f1: float, direct_speaker: float,
    all_f1: float, all_speaker: float,
) -> None:
    """A suite's metrics hold at least ``gold`` attributions and meet the four floors."""
    direct, every = result["direct"], result["all"]
    assert every["overlap"]["gold"] >= gold
    assert direct["overlap"]["f1"] >= direct_f1, result["misses"]
    assert direct["speaker"]["accuracy"] >= direct_speaker, result["misses"]
    assert every["overlap"]["f1"] >= all_f1, result["misses"]
    assert every["speaker"]["accuracy"] >= all_speaker, result["misses"]


def test_unseen_news_attributions_meet_the_floors(result: dict[str, Any]) -> None:
    _meets(result, 80, UNSEEN_DIRECT_F1, UNSEEN_DIRECT_SPEAKER, UNSEEN_ALL_F1,
           UNSEEN_ALL_SPEAKER)


def test_world_news_attributions_meet_the_floors(world: dict[str, Any]) -> None:
    _meets(world, 150, WORLD_DIRECT_F1, WORLD_DIRECT_SPEAKER, WORLD_ALL_F1, WORLD_ALL_SPEAKER)


def test_registers_news_attributions_meet_the_floors(registers: dict[str, Any]) -> None:
    _meets(registers, 120, REGISTERS_DIRECT_F1, REGISTERS_DIRECT_SPEAKER, REGISTERS_ALL_F1,
           REGISTERS_ALL_SPEAKER)


def test_fresh_news_attributions_meet_the_floors(fresh: dict[str, Any]) -> None:
    _meets(fresh, 105, FRESH_DIRECT_F1, FRESH_DIRECT_SPEAKER, FRESH_ALL_F1, FRESH_ALL_SPEAKER)
