"""The ``sentiment`` annotation kind: a score in [-1, 1] for a sentence, a document or a target."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

import limner

__all__ = ["Sentiment", "Target"]


@attrs.frozen(kw_only=True)
class Sentiment(limner.Annotation):
    """The tone of a span (kind ``"sentiment"``); ``score`` lies in [-1, 1].

    Attributes:
        scope: ``"sentence"``, ``"document"`` or ``"target"``.
        target: for target scope, the id of the first annotation that names
            the target (a ``location``, or the ``person`` mention of a quoted
            speaker); ``None`` otherwise.
        drivers: the words that moved the score, ``[word, weight]`` pairs
            (weights on the lexicon's scale, -4..4 a word, after the rules),
            strongest first.
        name: for target scope, the target's name (place or speaker).
        mentions: for target scope, how many annotations name the target.
        sentences: for target scope, how many sentences about it were scored.
        quoted_score: for a speaker, the tone of their own quoted words, kept
            apart from ``score`` (the tone of the text about them); ``None``
            when they are not quoted or for other scopes.
        label: ``"negative"``, ``"neutral"`` or ``"positive"`` (every scope;
            thresholds in ``docs/plugins/sentiment.md``).
        confidence: for target scope, the model's probability of ``label``
            (``None`` when no mention lies in a sentence); ``None`` otherwise.
    """

    id_prefix: ClassVar[str] = "sm"  # "s" is a source's (quotes), "sn" a sentence's
    kind: str = "sentiment"
    scope: str = "sentence"
    target: str | None = limner.ref()
    drivers: list[list[Any]] = attrs.field(factory=list, hash=False)
    name: str | None = None
    mentions: int | None = None
    sentences: int | None = None
    quoted_score: float | None = None
    label: str | None = None
    confidence: float | None = None


@attrs.frozen(kw_only=True)
class Target(limner.Annotation):
    """Something a caller wants the tone toward (kind ``"target"``): any span, any name.

    limner makes none; a caller adds them to a document before enriching it,
    and the sentiment plugin gives each one a ``target`` sentiment.  Targets
    that share a ``name`` pool into one.

    Attributes:
        name: what the target is called (``None``: its text, and it pools with
            no other target).
    """

    id_prefix: ClassVar[str] = "t"
    kind: str = "target"
    name: str | None = None
