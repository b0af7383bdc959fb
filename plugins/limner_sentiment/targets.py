"""Per-target sentiment: how each place and each quoted speaker is spoken of."""

from __future__ import annotations

from collections.abc import Sequence

import limner

__all__ = ["target_sentiments"]


def target_sentiments(
    doc: limner.Document, sentences: Sequence[limner.Annotation], limit: int
) -> list[limner.Annotation]:
    """One ``target`` sentiment per location and per quoted speaker (not written yet)."""
    return []
