"""A figure found in the text before it becomes an annotation, and the words before it."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from limner_numbers.lexicon import DETERMINERS

__all__ = ["STRIP", "Figure", "Num", "after_determiner", "last_word", "prev_words", "word_end"]

Num = Decimal | Fraction
STRIP = "(\"“‘'[,;:"


class Figure:
    """A figure found in the text, before it becomes an annotation."""

    __slots__ = (
        "between", "category", "cents", "counted", "date", "end", "era", "high", "low",
        "magnitude", "per", "plain", "qualifier", "start", "unit", "vague", "value",
    )

    def __init__(self, start: int, end: int, value: Num | None, category: str) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.category = category
        self.unit: str | None = None
        self.qualifier: str | None = None
        self.low: Num | None = None
        self.high: Num | None = None
        self.counted: str | None = None
        self.vague = False
        self.date: str | None = None
        self.per: str | None = None
        self.between: int | None = None
        self.plain = False  # a bare integer written in digits, as a year would be
        self.cents = False  # "7c": cents of a currency the story's other money decides
        # "six figures": an order of magnitude told by a count of figures, whose unit the
        # finder takes from its sentence once every figure is read
        self.magnitude = False
        # a year's era as written after it, with the space before it (" B.C."), "" for one
        # written before it ("AD 79"), None for a figure without one
        self.era: str | None = None


def word_end(text: str, i: int) -> bool:
    """Whether ``i`` is past the end of a word (the end of the text or a non-alphanumeric)."""
    return i >= len(text) or not (text[i].isalnum() or text[i] == "_")


def prev_words(text: str, s: int, n: int = 3) -> list[str]:
    """Up to ``n`` words right before ``s`` (separated from it by spaces), as written."""
    if s == 0 or text[s - 1] not in " \t":
        return []
    lo = max(0, s - 32)
    parts = text[lo:s].split()
    if lo > 0 and parts and not text[lo - 1].isspace():
        parts = parts[1:]
    return parts[-n:]


def last_word(text: str, s: int) -> str:
    """The word right before ``s`` when one space or tab separates them, else ""."""
    if s < 2 or text[s - 1] not in " \t":
        return ""
    lo = max(0, s - 24)
    i = text.rfind(" ", lo, s - 1)
    word = text[i + 1 if i >= 0 else lo : s - 1]
    # a word that starts a line or a paragraph: "...said.\n\nThe 2004 awards"
    return word.rpartition("\n")[2] if "\n" in word else word


def after_determiner(text: str, s: int) -> bool:
    """Whether a determiner ("the", "its", "no") is the word right before ``s``."""
    return last_word(text, s).lower() in DETERMINERS
