"""limner's general suite of English numbers (``limner evaluate numbers --suite ...``).

The suite is well formed and is what its build script makes from ``cases.txt`` and
num2words; limner's scores on both halves are held above a floor.
"""

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

SUITE = Path(limner_evaluate.__file__).resolve().parent / "data" / "numbers"


def _build_module() -> ModuleType:
    return script_module(SUITE / "build.py", "numbers_suite_build")


def _records(half: str) -> dict[str, list[dict[str, Any]]]:
    return {
        path.stem: [json.loads(line) for line in path.read_text("utf-8").splitlines()]
        for path in sorted((SUITE / half).glob("*.jsonl"))
    }


def test_the_shipped_suite_is_what_its_script_builds(tmp_path: Path) -> None:
    _build_module().build(tmp_path)
    for half in ("dev", "test"):
        built = sorted(p.name for p in (tmp_path / half).glob("*.jsonl"))
        assert built == sorted(p.name for p in (SUITE / half).glob("*.jsonl"))
        for name in built:
            assert (tmp_path / half / name).read_text("utf-8") == (
                SUITE / half / name).read_text("utf-8"), name


def test_the_suite_is_well_formed() -> None:
    dev, test = _records("dev"), _records("test")
    assert set(dev) == set(test) and len(dev) >= 10
    ids = set()
    total = 0
    for category, records in [*dev.items(), *test.items()]:
        assert records, category
        for r in records:
            total += 1
            assert r["category"] == category and r["id"] not in ids
            ids.add(r["id"])
            for q in r["quantities"]:
                assert r["text"][q["start"]:q["end"]] == q["surface"], r
                assert isinstance(q["value"], int | float), r
    assert total >= 300


def test_marks_are_read_with_values_sums_and_ranges() -> None:
    build = _build_module()
    text, qs = build.parse_case("It took {1 hour|1}, {forty and two sevenths|40+2/7} and "
                                "{in his 60s|60..69}.")
    assert text == "It took 1 hour, forty and two sevenths and in his 60s."
    assert [q["surface"] for q in qs] == ["1 hour", "forty and two sevenths", "in his 60s"]
    assert qs[1]["value"] == pytest.approx(40 + 2 / 7)
    assert (qs[2]["value"], qs[2]["uncertainty"]) == (64.5, 4.5)


@pytest.mark.parametrize("suite", ["general-dev", "general-test"])
def test_limner_scores_on_the_suite(suite: str) -> None:
    from limner_evaluate.runner import TASKS, suite_paths

    results = limner_evaluate.evaluate("numbers", suite_paths(TASKS["numbers"], suite))
    pooled = results[-1]
    assert pooled.corpus == "all files" and pooled.documents >= 150
    assert pooled.systems[0].metrics["value"]["f1"] >= 0.95  # type: ignore[index]
    for r in results[:-1]:
        assert r.systems[0].metrics["value"]["f1"] >= 0.85, r.corpus  # type: ignore[index]


def test_the_suite_option_of_the_command() -> None:
    ok = CliRunner().invoke(cli, ["evaluate", "numbers", "--suite", "general-dev", "--limit", "2"])
    assert ok.exit_code == 0, ok.output
    assert "numbers/dev/age.jsonl" in ok.output and "all files" in ok.output
    bad = CliRunner().invoke(cli, ["evaluate", "numbers", "--suite", "nope"])
    assert bad.exit_code != 0 and "no suite 'nope'" in bad.output and "general-dev" in bad.output
    bad = CliRunner().invoke(cli, ["evaluate", "quotes", "--suite", "general-dev"])
    assert bad.exit_code != 0 and "suites: news" in bad.output
    bad = CliRunner().invoke(cli, ["evaluate", "locations", "--suite", "general-dev"])
    assert bad.exit_code != 0 and "suites: none" in bad.output
