"""What a user's type checker sees of limner and of the plugins it installs (PEP 561)."""

from __future__ import annotations

import importlib.metadata
import importlib.resources

import pytest


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
