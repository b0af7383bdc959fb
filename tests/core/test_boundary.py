"""Plugins use only limner's public API; the core names no plugin."""

from __future__ import annotations

from pathlib import Path

from tests.boundary import violations


def test_the_tree_keeps_the_boundary() -> None:
    assert violations() == []


def test_the_check_catches_violations(tmp_path: Path) -> None:
    (tmp_path / "plugins" / "limner_a").mkdir(parents=True)
    (tmp_path / "plugins" / "limner_b").mkdir(parents=True)
    (tmp_path / "src" / "limner").mkdir(parents=True)
    (tmp_path / "plugins" / "limner_a" / "x.py").write_text(
        "from limner.document import Span\nimport limner_b\nfrom limner import Annotation\n"
        "from limner import _private\n"
    )
    (tmp_path / "src" / "limner" / "core.py").write_text("from limner_a import x\n")
    found = violations(tmp_path)
    assert any("limner.document" in v for v in found)
    assert any("another plugin, limner_b" in v for v in found)
    assert any("limner._private" in v for v in found)
    assert any("the core imports plugin limner_a" in v for v in found)
    assert not any("limner.Annotation" in v for v in found)
