"""The docs keep up with the code: every hook documented with its exact
signature and tested; the CLI reference matches ``--help``."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

import limner.hookspecs

ROOT = Path(__file__).resolve().parents[2]
HOOKS = sorted(n for n in dir(limner.hookspecs) if n.startswith("limner_"))


def signature(name: str) -> str:
    return name + str(inspect.signature(getattr(limner.hookspecs, name))).replace("'", "")


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_is_documented_with_its_signature(hook: str) -> None:
    text = (ROOT / "docs" / "hooks.md").read_text(encoding="utf-8")
    assert f"## `{signature(hook)}`" in text


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_has_a_docstring(hook: str) -> None:
    doc = getattr(limner.hookspecs, hook).__doc__ or ""
    assert len(doc.split()) > 20


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_has_a_test(hook: str) -> None:
    here = Path(__file__).name
    users = [
        p
        for p in (ROOT / "tests").rglob("test_*.py")
        if p.name != here and hook in p.read_text(encoding="utf-8")
    ]
    assert users, f"no test exercises {hook}"


def test_cli_reference_is_current() -> None:
    from tests.gen_cli_docs import render

    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == render(), "docs/cli.md is stale: run python tests/gen_cli_docs.py"
