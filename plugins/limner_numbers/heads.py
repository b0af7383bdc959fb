"""Cheap tests of whether a currency or a unit may be written after a figure.

:data:`~limner_numbers.patterns.CURRENCY_AFTER` and
:data:`~limner_numbers.patterns.UNIT` are long case-insensitive alternations,
slow to fail, and most figures are followed by an ordinary word ("5 people",
"2004 and").  :func:`currency_may_follow` and :func:`unit_may_follow` look at
the first three characters where the currency or unit would begin and say
``False`` only where the pattern cannot match; what they cannot rule out
cheaply (characters beyond ASCII, unusual spacing) is left to the pattern.
They are built from the same tables as the patterns, so a word added to a
table is never ruled out.  Both read at most :data:`WINDOW` characters (most
often four), so :func:`follows` answers both, and the older, coarser test
:func:`may_have_unit`, once for each distinct few characters, from a memo.
"""

from __future__ import annotations

from collections.abc import Iterable

from limner_numbers.lexicon import (
    ADJECTIVE_CURRENCY_WORDS,
    CURRENCY_ADJECTIVES,
    CURRENCY_WORDS,
    SYMBOL_UNITS,
    WORD_UNITS,
)

__all__ = [
    "CURRENCY", "CURRENCY_ALONE", "UNIT", "WINDOW", "currency_may_follow", "follows",
    "may_have_unit", "unit_may_follow", "what_follows",
]

_SPACES = " \t"
#: More spaces than this before a word: leave it to the pattern.
_MAX_SPACES = 3


class _Heads:
    """The first three characters a word of a table may start with.

    ``ok(w)`` for ``w``, three ASCII characters of the text (fewer at its end),
    is ``False`` only when no word of the table is written at ``w``'s start
    (``fold``: regardless of case).  A word shorter than three characters is
    checked with the character after it when the pattern requires a non-word
    character there (``bounded``).
    """

    def __init__(self, words: Iterable[str], *, fold: bool, bounded: bool) -> None:
        self.fold = fold
        self.bounded = bounded
        self.prefixes: set[str] = set()
        self.short: set[str] = set()
        self.loose: set[str] = set()
        for word in words:
            w = word.lower() if fold else word
            ascii_len = next((i for i, ch in enumerate(w) if not ch.isascii()), len(w))
            if ascii_len < min(len(w), 3):
                # a character beyond ASCII among the first three: case folding may
                # match it to an ASCII one ("K", the kelvin sign, to "k"), so any text
                # that starts with the ASCII part is let through
                if fold:
                    self.loose.add(w[:ascii_len])
                continue
            self.prefixes.update(w[:k] for k in range(1, min(len(w), 3) + 1))
            if len(w) < 3:
                self.short.add(w)

    def ok(self, w: str) -> bool:
        """Whether a word of the table may start at ``w`` (ASCII, at most three characters)."""
        if self.fold:
            w = w.lower()
        if w in self.prefixes and (len(w) == 3 or w in self.short):
            return True
        for k in (1, 2):
            if len(w) > k and w[:k] in self.short and (
                    not self.bounded or not _is_word_char(w[k])):
                return True
        if self.loose and any(w.startswith(h) for h in self.loose):
            return True
        return len(w) < 3 and w in self.prefixes


def _is_word_char(c: str) -> bool:
    """Whether an ASCII character is a regex word character (``\\w``)."""
    return c.isalnum() or c == "_"


_CURRENCY_HEADS = _Heads(
    [*{a for a, _ in CURRENCY_ADJECTIVES}, *CURRENCY_WORDS, *ADJECTIVE_CURRENCY_WORDS,
     "cent", "cents"],
    fold=True, bounded=False,
)
_WORD_UNIT_HEADS = _Heads(WORD_UNITS, fold=True, bounded=True)
_SYMBOL_UNIT_HEADS = _Heads(SYMBOL_UNITS, fold=False, bounded=True)
_PREFIX_HEADS = _Heads(["square", "sq", "cubic"], fold=True, bounded=False)


def _skip_spaces(text: str, i: int) -> int:
    """``i`` moved past spaces and tabs, or -1 past :data:`_MAX_SPACES` of them."""
    j = i
    while text[j:j + 1] in (" ", "\t"):
        j += 1
        if j - i > _MAX_SPACES:
            return -1
    return j


def currency_may_follow(text: str, e: int) -> bool:
    """``False`` only where :data:`~limner_numbers.patterns.CURRENCY_AFTER` cannot match at ``e``.

    >>> currency_may_follow("5 euros", 1), currency_may_follow("5 people", 1)
    (True, False)
    """
    j = _skip_spaces(text, e)
    if j < 0:
        return True
    if text[j:j + 1] == "-":
        # after a dash only a currency word can follow ("a 5-euro note")
        k = _skip_spaces(text, j + 1)
        return k < 0 or _word_may_start(text, k, _CURRENCY_HEADS)
    c = text[j:j + 1]
    if not c:
        return False
    if not c.isascii() or c == "$":
        return True  # a currency symbol, or a character case folding may match
    if (c in ("p", "c") and j == e) or (j > e and "A" <= c <= "Z"):
        return True  # "50p", "7c"; an ISO code ("5 USD")
    return _word_may_start(text, j, _CURRENCY_HEADS)


def unit_may_follow(text: str, e: int) -> bool:
    """``False`` only where :data:`~limner_numbers.patterns.UNIT` cannot match at ``e``.

    >>> unit_may_follow("5 km away", 1), unit_may_follow("5 people", 1)
    (True, False)
    """
    j = _skip_spaces(text, e)
    if j < 0:
        return True
    if text[j:j + 1] == "-":
        j = _skip_spaces(text, j + 1)
        if j < 0:
            return True
    w = text[j:j + 3]
    if not w:
        return False
    if not w.isascii():
        return True
    return (_WORD_UNIT_HEADS.ok(w) or _SYMBOL_UNIT_HEADS.ok(w) or _PREFIX_HEADS.ok(w))


def _word_may_start(text: str, j: int, heads: _Heads) -> bool:
    """Whether a word of ``heads`` may be written at ``j``."""
    w = text[j:j + 3]
    if not w:
        return False
    return not w.isascii() or heads.ok(w)


_UNIT_PREFIXES = frozenset(
    w[:2].lower()
    for w in (*WORD_UNITS, *SYMBOL_UNITS, *CURRENCY_WORDS, "square", "cubic",
              "sq", *(adj for adj, _ in CURRENCY_ADJECTIVES))
    if len(w) >= 2
)
_NO_UNIT_START = frozenset(",.;:!?)]}\"'”’")


def may_have_unit(text: str, e: int) -> bool:
    """A cheap test whether a currency or unit may follow at ``e`` (most words rule it out);
    the figure reader asks the patterns only where this holds."""
    pair = text[e:e + 2]
    if pair[:1] in (" ", "-", "\t"):
        i = e + 1
        while text[i:i + 1] in (" ", "-", "\t") and i < e + 3:
            i += 1
        pair = text[i:i + 2]
    if not pair or not pair[0].isalpha():
        return bool(pair) and not pair[0].isspace() and pair[0] not in _NO_UNIT_START
    if len(pair) < 2 or not pair[1].isalpha() or pair.isupper():
        return True
    return pair.lower() in _UNIT_PREFIXES


#: How many characters after a figure the tests read at most: :func:`may_have_unit`
#: five, the others up to three spaces, a dash and three spaces, then three.
WINDOW = 10
#: The bits of :func:`follows`: the currency pattern may match where
#: :func:`may_have_unit` holds; the unit pattern may; the currency pattern may.
CURRENCY, UNIT, CURRENCY_ALONE = 1, 2, 4
_MEMO: dict[str, int] = {}
_MEMO_SIZE = 16384
_GAP = (" ", "\t", "-")


def follows(text: str, e: int) -> int:
    """:data:`CURRENCY`, :data:`UNIT` and :data:`CURRENCY_ALONE` as bits, for what follows ``e``.

    The same as :func:`what_follows`, from a memo: the tests read at most
    :data:`WINDOW` characters, and only four unless the first two are both spaces
    or dashes, so those characters are the key and a key seen before costs a look-up.
    """
    key = text[e:e + 4]
    if key[:1] in _GAP and key[1:2] in _GAP:
        key = text[e:e + WINDOW]
    bits = _MEMO.get(key)
    if bits is None:
        bits = what_follows(key, 0)
        if len(_MEMO) >= _MEMO_SIZE:
            _MEMO.clear()  # text of many distinct keys: bounded memory
        _MEMO[key] = bits
    return bits


def what_follows(text: str, e: int) -> int:
    """:data:`CURRENCY`, :data:`UNIT` and :data:`CURRENCY_ALONE` as bits, for what follows
    ``e``: the patterns may match only where their bit is set."""
    alone = currency_may_follow(text, e)
    bits = CURRENCY_ALONE if alone else 0
    if may_have_unit(text, e):
        bits |= (CURRENCY if alone else 0) | (UNIT if unit_may_follow(text, e) else 0)
    return bits
