"""``limner evaluate`` without a corpora folder: it says what it needs, it never guesses one."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from limner.cli import cli


def test_without_corpora_it_names_them_and_never_looks_outside_the_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    beside = tmp_path / "shared" / "corpora" / "quantulum3"
    beside.mkdir(parents=True)  # a folder a guess would find
    (beside / "quantities.jsonl").write_text('{"text": "5 kg", "quantities": []}\n')
    work = tmp_path / "project"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.delenv("LIMNER_CORPORA", raising=False)
    result = CliRunner().invoke(cli, ["evaluate", "numbers"])
    assert result.exit_code == 2
    err = result.stderr
    assert "--corpora" in err and "LIMNER_CORPORA" in err
    assert "numbers reads quantulum3/quantities.jsonl" in err
    assert "https://github.com/nielstron/quantulum3" in err and "license: MIT" in err


def test_every_corpus_a_task_reads_is_named_with_its_source() -> None:
    from limner_evaluate import TASKS
    from limner_evaluate.runner import CORPORA_SOURCES, missing_corpora_message

    message = missing_corpora_message()
    for task in TASKS.values():
        for pattern in task.default_corpora:
            folder = pattern.split("/", 1)[0]
            assert folder in CORPORA_SOURCES, (task.name, pattern)
            what, source, license_ = CORPORA_SOURCES[folder]
            assert f"  {folder}/: {what}; source {source}; license: {license_}" in message
