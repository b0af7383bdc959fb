"""The annotation kinds of the quotes plugin: ``quote`` and ``person``.

A ``quote`` covers the quoted or reported words (never the quotation marks)
and points at the ``person`` annotation over the words that name its speaker
at that quote; ``person`` carries the name those words resolve to.
"""

from __future__ import annotations

from typing import ClassVar

import attrs

import limner

__all__ = ["Person", "Quote"]


@attrs.frozen(kw_only=True)
class Quote(limner.Annotation):
    """Words someone said, quoted or reported.

    Attributes:
        style: ``"direct"`` (between quotation marks), ``"mixed"`` (reported
            speech that holds a quoted fragment) or ``"indirect"`` (the
            reported clause of "X said that ...").
        speaker: the resolved full name of the speaker, or ``None``.
        speaker_mention: id of the ``person`` annotation naming the speaker
            at this quote (a name, a role, a pronoun), or ``None``.
        cue: the speech verb or phrase that attributes it ("said",
            "according to"), or ``None`` when the speaker is carried over
            from an earlier quote.
    """

    id_prefix: ClassVar[str] = "q"
    kind: str = "quote"
    style: str = "direct"
    speaker: str | None = None
    speaker_mention: str | None = limner.ref()
    cue: str | None = None


@attrs.frozen(kw_only=True)
class Person(limner.Annotation):
    """Words naming a speaker: a name, a role ("the ambassador") or a pronoun.

    Attributes:
        name: the full name these words resolve to, or ``None`` when they
            resolve to no named person ("sources", an unresolved "he").
        role: the role or title given with or instead of the name
            ("ambassador of azerbaijan to pakistan"), lower-cased, or ``None``.
        mention: how the speaker is named: ``"name"``, ``"role"``,
            ``"pronoun"`` or ``"description"``.
    """

    id_prefix: ClassVar[str] = "p"
    kind: str = "person"
    name: str | None = None
    role: str | None = None
    mention: str = "name"
