"""The target model's description in docs/plugins/sentiment.md is that of the shipped file:
its numbers of feature weights and bag words, and its two label factors."""

from __future__ import annotations

import re
from pathlib import Path

from limner_sentiment.model import load_model

DOC = Path(__file__).resolve().parents[2] / "docs" / "plugins" / "sentiment.md"


def _said(pattern: str) -> list[int]:
    """Every number the page gives where ``pattern`` (with one group for it) matches."""
    text = " ".join(DOC.read_text(encoding="utf-8").split())
    return [int(m.group(1).replace(",", "")) for m in re.finditer(pattern, text)]


def test_the_page_counts_the_shipped_models_bag_words() -> None:
    bags = len(load_model().bags)
    said = (_said(r"([\d,]+) bag words") + _said(r"([\d,]+) words keep one")
            + _said(r"bags hold ([\d,]+) words"))
    assert len(said) >= 3
    assert said == [bags] * len(said)


def test_the_page_counts_the_shipped_models_feature_weights() -> None:
    said = _said(r"([\d,]+) feature weights")
    assert said == [len(load_model().weights)]


def test_the_page_gives_the_shipped_models_label_factors() -> None:
    model = load_model()
    text = " ".join(DOC.read_text(encoding="utf-8").split())
    found = re.search(r"`P\(negative\)` is multiplied by ([\d.]+) and `P\(positive\)` by "
                      r"([\d.]+)", text)
    assert found is not None
    assert (float(found.group(1)), float(found.group(2))) == (model.negative, model.positive)
