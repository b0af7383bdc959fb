"""Reading numbers written in words: "forty-four", "one hundred and two", "two-thirds".

:func:`parse_words` takes the word tokens of a run that the scanner found
(number words joined by spaces, hyphens, commas and "and") and splits it
into the figures it holds, each with its value and what it is (cardinal,
ordinal, fraction or vague plural).  A run that does not read as one figure
("one two three") gives several, and words that stand for no figure on
their own ("half", "quarter") give none.  :func:`parse_word` reads a run of
one word, most runs, from a memo.
"""

from __future__ import annotations

from fractions import Fraction
from typing import NamedTuple

from limner_numbers.lexicon import DECADE_WORDS, DENOMINATORS, ORDINALS, SCALES, SMALL, VAGUE

__all__ = ["CENTURY_WORDS", "Token", "WordFigure", "parse_word", "parse_words"]


class Token(NamedTuple):
    """A word of a run, lower-cased, with its offsets in the text."""

    word: str
    start: int
    end: int


class WordFigure(NamedTuple):
    """A figure read from words: its span, value and kind."""

    start: int
    end: int
    value: Fraction
    kind: str  # "cardinal" | "ordinal" | "fraction" | "vague" | "decade" | "year"


_CONNECTORS = frozenset({"and", "&", ","})
_BIG = {w: v for w, v in SCALES.items() if v >= 1000}
#: The number words that may say a year's century before a two-digit number ("nineteen
#: eighty-four", "twenty twenty-four") or a decade ("the nineteen-sixties", "the
#: twenty-tens"): thirteen to twenty.  "ten", "eleven" and "twelve" before a tens word
#: tell a clock's time ("at eleven fifteen", "twelve thirty"), no year.
CENTURY_WORDS = {w: v for w, v in SMALL.items() if 13 <= v <= 20}


def _year_or_decade(tokens: list[Token], i: int) -> tuple[WordFigure | None, int]:
    """A year or a decade said in words from token ``i``, a word of :data:`CENTURY_WORDS`:
    a century and a two-digit number, which no cardinal is ("nineteen eighty-four" is
    1984, "twenty twenty-four" 2024, "nineteen ten" 1910), or a century and a decade
    ("nineteen sixties" is the decade 1960, "twenty-tens" and "twenty-teens" 2010);
    ``None`` for anything else ("twenty five", "nineteen hundred")."""
    century = CENTURY_WORDS[tokens[i].word] * 100
    nxt = tokens[i + 1]
    w = nxt.word
    if w in ("tens", "teens"):
        return WordFigure(tokens[i].start, nxt.end, Fraction(century + 10), "decade"), i + 2
    if DECADE_WORDS.get(w, 0) >= 20:
        return WordFigure(tokens[i].start, nxt.end, Fraction(century + DECADE_WORDS[w]),
                          "decade"), i + 2
    v = SMALL.get(w, 0)
    if v < 10:
        return None, i
    end, j = nxt.end, i + 2
    if v >= 20 and j < len(tokens) and 0 < SMALL.get(tokens[j].word, 0) < 10:
        v += SMALL[tokens[j].word]  # "eighty-four"
        end, j = tokens[j].end, j + 1
    return WordFigure(tokens[i].start, end, Fraction(century + v), "year"), j


def _small_type(value: int) -> str:
    """"unit" (1-9), "teen" (10-19) or "tens" (20-90)."""
    if value < 10:
        return "unit"
    if value < 20:
        return "teen"
    return "tens"


def _scaled(tokens: list[Token], start: int, k: int, total: int,
            part: Fraction) -> tuple[WordFigure, int]:
    """A whole and a fraction read up to token ``k``, with the scale word after it.

    The scale multiplies the mixed number when nothing bigger came before it:
    "one and a half million" is 1,500,000, "two and a half dozen" 30; "a hundred
    and one and a half" keeps its scale where it was.
    """
    if total == 0 and k < len(tokens):
        w = tokens[k].word
        scale = _BIG.get(w) or (12 if w == "dozen" else 0)
        if scale and part < 1000:
            return WordFigure(start, tokens[k].end, part * scale, "cardinal"), k + 1
    return WordFigure(start, tokens[k - 1].end, total + part, "cardinal"), k


def _read_one(tokens: list[Token], i: int) -> tuple[WordFigure | None, int]:
    """Read the longest figure starting at token ``i``; return it and the next index."""
    n = len(tokens)
    first = tokens[i]
    w = first.word
    if w in _CONNECTORS:
        return None, i + 1
    if w in VAGUE:
        return WordFigure(first.start, first.end, Fraction(VAGUE[w]), "vague"), i + 1
    if w in DECADE_WORDS:
        return WordFigure(first.start, first.end, Fraction(DECADE_WORDS[w]), "decade"), i + 1
    if w in CENTURY_WORDS and i + 1 < n:
        year, j = _year_or_decade(tokens, i)
        if year is not None:
            return year, j
    total = 0
    current = 0
    last = ""  # type of the last number word read
    last_big = 10**15
    end = first.end
    j = i
    if w in ("a", "an"):
        # "a hundred", "a dozen", "a third (of)", "a million"
        if i + 1 >= n:
            return None, i + 1
        nxt = tokens[i + 1].word
        if nxt == "couple":
            return WordFigure(first.start, tokens[i + 1].end, Fraction(2), "couple"), i + 2
        if nxt in SCALES or nxt == "dozen":
            current, last, j = 1, "unit", i + 1
        elif nxt in DENOMINATORS and not nxt.endswith("s") and nxt not in ("second",):
            t = tokens[i + 1]
            return WordFigure(first.start, t.end, Fraction(1, DENOMINATORS[nxt]), "fraction"), i + 2
        else:
            return None, i + 1
    while j < n:
        t = tokens[j]
        w = t.word
        if w in _CONNECTORS:
            # "and" joins "hundred and two", "one and a half"; commas join scale groups
            if last in ("hundred", "big") and j + 1 < n and (
                    tokens[j + 1].word in SMALL or ORDINALS.get(tokens[j + 1].word, 100) < 100):
                j += 1
                continue
            if w == "and" and last and j + 2 < n and tokens[j + 1].word in ("a", "an"):
                frac_word = tokens[j + 2].word
                if frac_word in ("half", "quarter", "third"):
                    frac = Fraction(1, DENOMINATORS[frac_word])
                    if last == "big":
                        # "a million and a half": a half of the scale
                        value = total + frac * last_big
                        return WordFigure(first.start, tokens[j + 2].end, value, "cardinal"), j + 3
                    return _scaled(tokens, first.start, j + 3, total, current + frac)
            if (w == "and" and last == "unit" and total == 0 and current < 10 and j + 1 < n
                    and tokens[j + 1].word in SMALL and _small_type(SMALL[tokens[j + 1].word])
                    == "tens"):
                # "four and twenty": the old order, units before tens
                value = Fraction(current + SMALL[tokens[j + 1].word])
                return WordFigure(first.start, tokens[j + 1].end, value, "cardinal"), j + 2
            if w == "and" and last and j + 2 < n and tokens[j + 1].word in SMALL:
                num = SMALL[tokens[j + 1].word]
                den_word = tokens[j + 2].word
                if den_word in DENOMINATORS and 0 < num < DENOMINATORS[den_word]:
                    frac = Fraction(num, DENOMINATORS[den_word])
                    return _scaled(tokens, first.start, j + 3, total, current + frac)
            break
        if w == "point":
            # decimals read digit by digit: "two point four five"
            k = j + 1
            digits = ""
            while k < n and tokens[k].word in SMALL and SMALL[tokens[k].word] < 10:
                digits += str(SMALL[tokens[k].word])
                k += 1
            if not last or not digits:
                break
            value = total + current + Fraction(int(digits), 10 ** len(digits))
            return WordFigure(first.start, tokens[k - 1].end, value, "cardinal"), k
        if last == "zero":
            break
        if w in SMALL:
            v = SMALL[w]
            kind = _small_type(v)
            if v == 0:
                if last:
                    break
                last = "zero"
                end = t.end
                j += 1
                continue
            if kind == "unit" and last not in ("", "tens", "hundred", "big"):
                break
            if kind in ("teen", "tens") and last not in ("", "hundred", "big"):
                break
            if last == "tens" and current % 10:
                break
            current += v
            last = kind
        elif w == "hundred":
            if last not in ("unit", "teen", "tens") or current >= 100:
                break
            current *= 100
            last = "hundred"
        elif w in _BIG:
            scale = _BIG[w]
            if last not in ("unit", "teen", "tens", "hundred") or scale >= last_big:
                break
            total += current * scale
            current = 0
            last_big = scale
            last = "big"
        elif w == "dozen":
            if last not in ("unit", "teen", "tens"):
                break
            current *= 12
            end = t.end
            j += 1
            last = "dozen"
            if (j + 2 < n and tokens[j].word == "and" and tokens[j + 1].word in ("a", "an")
                    and tokens[j + 2].word == "half"):
                # "a dozen and a half"
                return WordFigure(first.start, tokens[j + 2].end,
                                  Fraction(current + current // 2), "cardinal"), j + 3
            break
        elif (w in DENOMINATORS and last in ("unit", "teen") and total == 0 and current < 100
              and (current == 1) != w.endswith("s") and (current < 4 or w != "quarters")):
            # "two-thirds", "one half", "three halves"; "two third" is no fraction, "two
            # millionth" an ordinal, "six quarters" a count (of quarters of a year)
            value = Fraction(current, DENOMINATORS[w])
            return WordFigure(first.start, t.end, value, "fraction"), j + 1
        elif w in ORDINALS:
            v = ORDINALS[w]
            if last == "":
                return WordFigure(t.start, t.end, Fraction(v), "ordinal"), j + 1
            fits = (
                (last == "tens" and current % 10 == 0 and v < 10)  # "twenty-first"
                or (last in ("hundred", "big") and v < 100)  # "one hundred and first"
                or (last in ("unit", "teen", "tens") and v >= 100)  # "five hundredth"
                or (last == "hundred" and v >= 1000)  # "one hundred millionth"
            )
            if not fits:
                break
            whole = total + current * v if v >= 100 else total + current + v
            return WordFigure(first.start, t.end, Fraction(whole), "ordinal"), j + 1
        else:
            break
        end = t.end
        j += 1
    if not last or j == i:
        return None, i + 1
    return WordFigure(first.start, end, Fraction(total + current), "cardinal"), j


def parse_words(tokens: list[Token]) -> list[WordFigure]:
    """Every figure in a run of number-word tokens, in order.

    >>> from limner_numbers.wordnum import Token
    >>> def run(s):
    ...     import re
    ...     toks = [Token(m.group().lower(), m.start(), m.end())
    ...             for m in re.finditer(r"[A-Za-z]+|&|,", s)]
    ...     return [(f.value, f.kind) for f in parse_words(toks)]
    >>> run("one hundred and two")
    [(Fraction(102, 1), 'cardinal')]
    >>> run("two-thirds")
    [(Fraction(2, 3), 'fraction')]
    >>> run("twenty-first")
    [(Fraction(21, 1), 'ordinal')]
    """
    out: list[WordFigure] = []
    i = 0
    n = len(tokens)
    while i < n:
        fig, j = _read_one(tokens, i)
        if fig is not None:
            out.append(fig)
        i = max(j, i + 1)
    return out


_ONE_WORD: dict[str, tuple[WordFigure, ...]] = {}
_ONE_WORD_SIZE = 4096


def parse_word(word: str, start: int) -> list[WordFigure]:
    """``parse_words([Token(word, start, start + len(word))])``: the figures of a run of
    one lower-cased word at ``start``, read once for each word and shifted there.

    >>> parse_word("twelve", 10)
    [WordFigure(start=10, end=16, value=Fraction(12, 1), kind='cardinal')]
    """
    figs = _ONE_WORD.get(word)
    if figs is None:
        figs = tuple(parse_words([Token(word, 0, len(word))]))
        if len(_ONE_WORD) >= _ONE_WORD_SIZE:
            _ONE_WORD.clear()
        _ONE_WORD[word] = figs
    return [WordFigure(f.start + start, f.end + start, f.value, f.kind) for f in figs]
