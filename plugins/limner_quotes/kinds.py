"""The annotation kinds of the quotes plugin: ``quote``, ``person`` and ``source``.

A ``quote`` covers the quoted or reported words (never the quotation marks)
and points at the annotation over the words that name its source at that
quote: a ``person`` (carrying the name those words resolve to) or, for an
organisation or a document, a ``source``.
"""

from __future__ import annotations

from typing import ClassVar

import attrs

import limner

__all__ = ["Person", "Quote", "Source"]


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
        cue: the word or phrase that attributes it ("said", "according
            to", "called for", "is expected"), lower-cased, or ``None`` when
            the speaker is carried over from an earlier quote.
        cue_start, cue_end: the span of the cue in the text, or ``None``.
        source_type: what the source is: ``"person"``, ``"organization"``
            (a campaign, a ministry, an outlet), ``"document"`` (a poll, a
            study, a report, a ruling) or ``"unknown"`` (no source, or an
            "it" or "they" that the words do not tell).
    """

    id_prefix: ClassVar[str] = "q"
    kind: str = "quote"
    style: str = "direct"
    speaker: str | None = None
    speaker_mention: str | None = limner.ref()
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    source_type: str = "unknown"


@attrs.frozen(kw_only=True)
class Source(limner.Annotation):
    """Words naming a source that is not a person: an organisation or a document.

    Attributes:
        name: the name these words stand for ("Justice Department", or the
            organisation named earlier that "the department" refers to), or
            ``None`` when no name is written.
        source_type: ``"organization"``, ``"document"`` or ``"unknown"``.
        mention: how the source is named: ``"name"``, ``"description"`` or
            ``"pronoun"``.
    """

    id_prefix: ClassVar[str] = "s"
    kind: str = "source"
    name: str | None = None
    source_type: str = "organization"
    mention: str = "name"


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
