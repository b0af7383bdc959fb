"""limner plugin ``numbers``: every figure in a news story, found, normalized and explained.

It annotates kind ``number`` (:class:`~limner_numbers.kinds.Number`): digits
and number words, scales, percents, money with ISO 4217 codes, quantities
with units (compound measures in their smallest unit), ordinals, fractions,
ranges, ratios, ages, vague amounts, dates and years, the qualifier of each
figure kept as a bound, and the noun it counts.  See
``docs/plugins/numbers.md``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

import limner
from limner_numbers.kinds import Number

if TYPE_CHECKING:
    from limner_numbers.finder import Figure

__all__ = ["Number", "annotate", "load", "to_json_number"]


def to_json_number(value: Decimal | Fraction | None) -> int | float | None:
    """A JSON number for ``value``: an int when whole and under 10**21 in size, else a
    float; ``None`` when not finite or too large for a float ("5e400")."""
    if value is None or (isinstance(value, Decimal) and not value.is_finite()):
        return None
    whole = int(value)
    if whole == value and abs(whole) < 10**21:
        return whole
    f = float(value)
    return f if math.isfinite(f) else None


def _annotation(fig: Figure) -> Number:
    """The ``Number`` annotation of a figure, with JSON values."""
    low, high = fig.low, fig.high  # most figures have no bounds: no call for them
    return _number(
        fig.start,
        fig.end,
        fig.category,
        to_json_number(fig.value),
        fig.unit,
        fig.qualifier,
        None if low is None else to_json_number(low),
        None if high is None else to_json_number(high),
        fig.counted,
        fig.vague,
        fig.date,
        fig.per,
    )


# the fast constructor (limner.builder): a figure-heavy article holds hundreds
_number = limner.builder(
    Number, "start", "end", "category", "value", "unit", "qualifier", "low", "high",
    "counted", "vague", "date", "per",
)


def annotate(text: str, *, decimal_comma: bool = False) -> list[Number]:
    """The ``number`` annotations of ``text`` (ids and source are left to the engine).

    The scanner's patterns are compiled on the first call (about 0.1 s), not at
    import; the annotator does it in its ``setup`` (see :func:`load`).  The text is read
    as a reader sees it (:func:`limner.visible_text`: without its format characters and
    terminal control sequences, so "1\u00ad000" is 1,000 and ESC ``[31m`` no 31), as the
    quotes and locations plugins read it, each span given in ``text``'s offsets.
    """
    if not _loaded:
        load()
    from limner_numbers.finder import find_figures

    shown, at, to = limner.visible_text(text)
    figs = find_figures(shown, decimal_comma=decimal_comma)
    if shown is not text:
        for f in figs:
            f.start, f.end = at(f.start), to(f.end)
    return [_annotation(f) for f in figs]


def load() -> None:
    """Compile the scanner's patterns now (once; a no-op after), not in the first call.

    The engine runs it before the first document and before forking workers,
    so that they share the compiled patterns instead of each compiling them.  Their
    code is kept in the user cache (:func:`limner.pattern_cache`): a later process
    hands it to ``re``'s engine instead of compiling them again.
    """
    global _loaded
    with limner.pattern_cache("numbers"):
        from limner_numbers import context, finder, patterns  # (compile the patterns on import)

        # and those compiled at first use, as few texts need them: compiled here too, so
        # that their code is kept with the others' and no later process compiles them
        # (not the number words as written, patterns.words_as_written: its text, built in
        # Python from every cased form of the words, is 12 M instructions a start)
        patterns._words_lower_after()
        finder._clock_hour()
        for _, words in context._SECOND_READINGS.values():
            context._reading_words(words)
    _loaded = True


#: Whether :func:`load` has run in this process.
_loaded = False


@limner.hookimpl
def limner_annotation_kinds() -> Sequence[type[limner.Annotation]]:
    """The kind this plugin defines: ``number``."""
    return [Number]


@limner.hookimpl
def limner_config_options() -> Sequence[limner.Option]:
    """``numbers.decimal_comma``: read continental decimals."""
    return [
        limner.Option(
            "numbers.decimal_comma", False,
            help="read '3,5' as 3.5 and '1.000' as a thousand (continental style)",
        )
    ]


@limner.hookimpl
def limner_annotators(config: limner.Config) -> Sequence[limner.Annotator]:
    """One annotator, ``numbers``, producing kind ``number`` (it needs no sentences or tokens)."""
    decimal_comma = bool(config.get("numbers.decimal_comma", False))

    def numbers(doc: limner.Document) -> Iterable[limner.Annotation]:
        return annotate(limner.line_feeds(doc.text), decimal_comma=decimal_comma)

    return [limner.Annotator("numbers", produces=("number",), func=numbers, setup=load)]
