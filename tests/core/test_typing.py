"""What a user's type checker sees of limner and of the plugins it installs (PEP 561)."""

from __future__ import annotations

import importlib.metadata
import importlib.resources
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.core.test_third_party import write_example


def first_party_plugins() -> list[str]:
    """The modules of the plugins the limner distribution registers (its entry points)."""
    entry_points = importlib.metadata.distribution("limner").entry_points
    return sorted(ep.module for ep in entry_points if ep.group == "limner")


def test_the_first_party_plugins_are_found() -> None:
    assert {"limner_numbers", "limner_quotes", "limner_locations", "limner_sentiment"} <= set(
        first_party_plugins()
    )


@pytest.mark.parametrize("package", ["limner", *first_party_plugins()])
def test_each_package_says_it_is_typed(package: str) -> None:
    # without the marker a user's mypy takes the package for untyped: every name imported
    # from it is Any, and a strict run stops at the import
    assert importlib.resources.files(package).joinpath("py.typed").is_file()


# -- a plugin's author's mypy, against limner's public API ------------------------------

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def strict_mypy(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Path], list[str]]:
    """``mypy --strict`` as a plugin's author runs it on a module of theirs: with no
    configuration of limner's own, limner found where Python imports it from.  Gives the
    errors in that module (limner's own modules are the installed package's, checked by
    ``tox -e type`` under limner's configuration)."""
    api = pytest.importorskip("mypy.api", reason="mypy is not installed (tox -e type has it)")
    root = tmp_path_factory.mktemp("mypy")
    config = root / "mypy.ini"
    config.write_text("[mypy]\n", encoding="utf-8")

    def check(module: Path) -> list[str]:
        module = module.resolve()
        out, err, status = api.run(
            [
                "--strict",
                "--config-file",
                str(config),
                "--cache-dir",
                str(root / "cache"),
                "--no-error-summary",
                "--show-error-codes",
                str(module),
            ]
        )
        assert status in (0, 1) and not err, err or out
        # (mypy names a file under the working directory by its relative path)
        return [line for line in out.splitlines() if Path(line.split(":")[0]).resolve() == module]

    return check


@pytest.mark.types
def test_the_guides_plugin_type_checks_strictly(
    strict_mypy: Callable[[Path], list[str]], tmp_path: Path
) -> None:
    module = write_example(tmp_path) / "limner_hashtags.py"
    assert strict_mypy(module) == []


@pytest.mark.types
def test_the_plugin_new_plugin_writes_type_checks_strictly(
    strict_mypy: Callable[[Path], list[str]], tmp_path: Path
) -> None:
    from limner.scaffold import plugin_files

    module = tmp_path / "limner_capitals" / "__init__.py"
    module.parent.mkdir()
    module.write_text(plugin_files("capitals")["limner_capitals/__init__.py"], encoding="utf-8")
    assert strict_mypy(module) == []


@pytest.mark.types
def test_a_plugin_of_every_hook_type_checks_strictly(
    strict_mypy: Callable[[Path], list[str]],
) -> None:
    # a segmenter that yields its spans, a format's writer that returns what it wrote and
    # its reader that gives a list, each as the docs allow, were refused by the types
    assert strict_mypy(HERE / "typed_plugin.py") == []


@pytest.mark.types
def test_the_check_finds_a_plugins_type_errors(
    strict_mypy: Callable[[Path], list[str]], tmp_path: Path
) -> None:
    module = tmp_path / "limner_wrong.py"
    module.write_text(
        "import limner\n\n\n"
        "@limner.hookimpl\n"
        "def limner_annotators(config: limner.Config) -> list[limner.Annotator]:\n"
        "    return [limner.Annotator('x', produces=('x',), func=lambda doc: doc.text)]\n",
        encoding="utf-8",
    )
    assert any("[return-value]" in line or "[arg-type]" in line for line in strict_mypy(module))
