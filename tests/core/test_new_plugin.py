"""``limner new-plugin NAME`` writes a package that installs, lists, runs and
passes its own tests and the conformance kit as written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from limner.cli import cli
from tests.core.installed import install, run


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("newplugin")
    result = CliRunner().invoke(cli, ["new-plugin", "big_words", "--directory", str(root)])
    assert result.exit_code == 0, result.output
    folder = root / "limner-big-words"
    assert f"wrote {folder}" in result.output
    return folder, install(root, folder)


def test_the_package_holds_entry_point_kind_option_kit_test_and_ci(package) -> None:
    folder, _ = package
    for path in [
        ".github/workflows/tests.yml",
        "README.md",
        "limner_big_words/__init__.py",
        "pyproject.toml",
        "tests/test_big_words.py",
    ]:
        assert (folder / path).is_file(), path
    assert 'big_words = "limner_big_words"' in (folder / "pyproject.toml").read_text()
    assert "check_plugin(" in (folder / "tests/test_big_words.py").read_text()
    assert "pytest" in (folder / ".github/workflows/tests.yml").read_text()


def test_the_installed_package_is_listed_and_runs(package) -> None:
    _, env = package
    listing = run(env, "-m", "limner", "plugins", "--json", "--plugins", "big_words")
    assert listing.returncode == 0, listing.stderr
    plugin = {p["name"]: p for p in json.loads(listing.stdout)}["big_words"]
    assert plugin["kinds"] == ["big_words"] and plugin["error"] is None
    assert [o["name"] for o in plugin["options"]] == ["big_words.pattern"]
    proc = run(env, "-m", "limner", "enrich", "-", "-p", "big_words", stdin="The UN met NATO.")
    assert proc.returncode == 0, proc.stderr
    words = [a["word"] for a in json.loads(proc.stdout)["annotations"] if a["kind"] == "big_words"]
    assert words == ["UN", "NATO"]


def test_its_own_tests_and_the_kit_pass(package) -> None:
    folder, env = package
    proc = run(env, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(folder), cwd=folder)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert "3 passed" in proc.stdout


def test_a_bad_name_or_an_existing_folder_is_refused(tmp_path: Path) -> None:
    runner = CliRunner()
    bad = runner.invoke(cli, ["new-plugin", "Big-Words", "-d", str(tmp_path)])
    assert bad.exit_code == 2 and "'Big-Words' cannot name a plugin" in bad.output
    assert runner.invoke(cli, ["new-plugin", "words", "-d", str(tmp_path)]).exit_code == 0
    again = runner.invoke(cli, ["new-plugin", "words", "-d", str(tmp_path)])
    assert again.exit_code == 2 and "exists already" in again.output


def test_a_folder_that_is_not_there_is_refused_not_made(tmp_path: Path) -> None:
    """``-d`` with a typo made that folder, and every folder on the way to it."""
    where = tmp_path / "typo" / "deeper"
    result = CliRunner().invoke(cli, ["new-plugin", "words", "-d", str(where)])
    assert result.exit_code == 2 and f"{where} is not a folder" in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_package_that_cannot_be_written_whole_leaves_nothing(tmp_path: Path) -> None:
    """A name whose folder the file system takes (255 bytes) but not its test file
    (``test_<name>.py``): a raw OSError, and a half-written package left, which the next
    run refused as existing already."""
    name = "a" * 248
    result = CliRunner().invoke(cli, ["new-plugin", name, "-d", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert f"limner: error: cannot write {tmp_path / ('limner-' + name)}" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("none", "its class would be named None"),
        ("true", "its class would be named True"),
        ("html", "the name of the installed plugin 'html'"),
        ("numbers", "the name of the installed plugin 'numbers'"),
        ("number", "the kind 'number' of the plugin 'numbers'"),
        ("sentence", "the kind 'sentence' of the plugin 'segment'"),
        ("token", "the kind 'token' of the plugin 'segment'"),
        ("target", "the kind 'target' of the plugin 'sentiment'"),
        # its annotator, named so, would never run: the built-in's runs instead
        ("tokens", "the name of the annotator 'tokens' of the plugin 'segment'"),
        ("sentences", "the name of the annotator 'sentences' of the plugin 'segment'"),
        # its ids would read as another kind's ("n3" a number's), under a comment that
        # says no other kind's ids start so
        ("n", "the id prefix of the kind 'number'"),
        ("sm", "the id prefix of the kind 'sentiment'"),
        ("sn", "the id prefix of the kind 'sentence'"),
        # ids "n21" would not tell "n2"'s first from "n"'s twenty-first
        ("n2", "end it with a letter"),
        ("hashtags2", "end it with a letter"),
    ],
)
def test_a_name_whose_package_would_not_work_is_refused(
    tmp_path: Path, name: str, why: str
) -> None:
    """The package names its plugin, its kind, its id prefix, its annotator and its class
    by the name: a name that some installed plugin holds as its own, as a kind or as an
    annotator's, or that makes no class, gives a package that fails to import, is not
    loaded, has its kind taken, or whose annotator never runs."""
    result = CliRunner().invoke(cli, ["new-plugin", name, "-d", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert f"{name!r} cannot name a plugin" in result.output and why in result.output
    assert list(tmp_path.iterdir()) == []
