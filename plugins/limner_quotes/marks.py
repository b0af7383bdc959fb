"""Quotation marks paired into quoted stretches, paragraph by paragraph.

Double marks (straight ``"``, curly “ ”, low „, guillemets « ») open and close
quotes; a straight mark opens when no quote is open and closes otherwise, and
a curly mark typed the wrong way round is read from the spaces around it.  A
quote still open at the end of its paragraph ends there (news style: the next
paragraph may continue it with a new opening mark).  Single marks (' ‘ ’)
pair only outside double quotes, only when both ends look like quotation
marks and not apostrophes (O’Brien, rock ’n’ roll, the 1990s’); a closing
mark that sentence goes on after (``the workers' money``) gives way to a
later one that closes better before the next opening mark.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from limner_quotes.layout import Layout
from limner_quotes.lexicon import (
    BOUNDARY_WORDS,
    DETERMINERS,
    NP_SKIP_WORDS,
    PRONOUNS,
    SPEECH_VERBS,
    word_set,
)

__all__ = ["Stretch", "nicknames_unmarked", "stretches"]

# Every scan starts with one literal character: ``re`` then skips ahead to it at
# memchr speed, where a character class is tested at every position (several
# times slower on news text).  Marks absent from a text are not scanned for.
_DOUBLES = tuple(
    (mark, re.compile(re.escape(mark))) for mark in ("''", '"', "“", "”", "„", "«", "»")
)
# The neighbours that tell a quotation mark from an apostrophe are checked in the
# patterns, after the mark (not per match in Python): texts hold far more
# apostrophes than quotes.
_SINGLE_OPENS = tuple(
    (mark, re.compile(re.escape(mark) + r"(?<![^\s(\[—–-].)(?=\w)")) for mark in "'‘"
)
_SINGLE_CLOSES = tuple(
    (mark, re.compile(re.escape(mark) + r"(?<=[^\W_].|[.,!?].)(?=[\s.,;:!?)\]—–-]|$)", re.M))
    for mark in "'’"
)
_OPENERS = "“„«"
_MAX_SINGLE = 1500  # a single-quoted stretch longer than this is apostrophes, not a quote
_CLOSERS = "”»"


class Stretch(NamedTuple):
    """A quoted stretch of text.

    Attributes:
        open: index of the opening mark.
        close: index of the closing mark, or the paragraph end when unclosed.
        start, end: the quoted words, marks and outer white space excluded.
        closed: whether a closing mark was found in the paragraph.
        single: whether single marks made it.
        after: the index right after the closing mark (``close`` when unclosed).
    """

    open: int
    close: int
    start: int
    end: int
    closed: bool
    single: bool = False
    after: int = -1


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _space_or_edge(text: str, i: int) -> bool:
    return i < 0 or i >= len(text) or text[i].isspace()


def _opens_line(text: str, i: int) -> bool:
    """Whether only white space or invisible format characters come before ``i`` on its line."""
    j = i - 1
    while j >= 0 and j > i - 8 and text[j] != "\n" and (
        text[j] in " \t\u00a0" or unicodedata.category(text[j]) == "Cf"
    ):
        j -= 1
    return j < 0 or text[j] == "\n"


def _double_marks(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every double quotation mark (or pair of apostrophes), in order."""
    out: list[tuple[int, int]] = []
    for mark, pattern in _DOUBLES:
        if mark in text:
            spans = list(map(re.Match.span, pattern.finditer(text)))
            if mark == "''" and "'''" in text:
                spans = [_closing_pair(text, a, b) for a, b in spans]
            out.extend(spans)
    out.sort()
    return out


def _closing_pair(text: str, a: int, b: int) -> tuple[int, int]:
    """The double mark of a run of three apostrophes: the last two where it closes.

    ``''… call it 'a fresh start,''' he said`` ends a nested single quote and
    the double one: the single mark comes first, so the double mark is the
    last pair; where the run opens a quote (``'''Night Shift,''' he said``) it
    is the first pair, and a run that closes there is handled as above.
    """
    if text[b : b + 1] == "'" and (b + 1 >= len(text) or not text[b + 1].isalnum()):
        return a + 1, b + 1
    return a, b


def _positions(text: str, scans: tuple[tuple[str, re.Pattern[str]], ...]) -> list[int]:
    """The sorted start of every match of the scans whose mark occurs in ``text``."""
    out: list[int] = []
    for mark, pattern in scans:
        if mark in text:
            out.extend(map(re.Match.start, pattern.finditer(text)))
    out.sort()
    return out


#: A nickname in quotation marks between a given name and a surname: 'Earvin "Magic"
#: Johnson', 'Dwayne “The Rock” Johnson', "Earvin 'Magic' Johnson" (one to three
#: capitalised words, a space on each side of the marks, a lower-case letter ending the
#: word before and a capitalised word after).
_NICKNAME = re.compile(
    # the mark first, the words before it looked behind: a scan for the marks, four times
    # faster on news than a pattern that opens with the look behind
    r"([\"“'‘])(?<=[a-z] [\"“'‘])[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,2}([\"”'’])"
    r" (?=[A-Z][a-z])"
)
_DOUBLE_NICK_MARKS = frozenset('"“”')
#: Words that are no part of a person's name, in lower case: beside a mark in a headline
#: in title case they make it a quoted word ("Trump Was ‘Mocking’ Clinton", "I Am
#: ‘Horrified’ By Trump", "Calls Clinton ‘A Disgrace’ Over …").
_NOT_NAME_WORDS = (
    BOUNDARY_WORDS | DETERMINERS | NP_SKIP_WORDS | PRONOUNS | SPEECH_VERBS
    | word_set("""
    of for at in with from on to by over under about against into after before i am is are
    was were be being has have had can could should may might must shall says calls
    """)
)


#: What opens a nickname: a space, then its opening mark (the pattern's look-behind wants
#: a lower-case letter before the space).
_NICKNAME_OPENINGS = tuple(" " + mark for mark in "\"“'‘")


def _nicknames(text: str) -> list[re.Match[str]]:
    """The matches of ``_NICKNAME.finditer(text)``, tried only at the marks that follow a
    space after a lower-case letter: ``str.find`` of a space and a mark runs through the
    text in C, where the pattern's opening class is tested at every character of it (a
    fortieth of a text's reading, for the few texts that name anyone so).  The pattern is
    matched at those places in order, each after the end of the last match, as
    ``finditer`` does: it can match nowhere else."""
    places: list[int] = []
    find = text.find
    for opening in _NICKNAME_OPENINGS:
        i = find(opening, 1)
        while i >= 0:
            if "a" <= text[i - 1] <= "z":
                places.append(i + 1)
            i = find(opening, i + 2)
    if not places:
        return []
    places.sort()
    out = []
    end = 0
    match = _NICKNAME.match
    for i in places:
        if i >= end:
            m = match(text, i)
            if m is not None:
                out.append(m)
                end = m.end()
    return out


def nicknames_unmarked(text: str) -> str:
    """``text`` with the quotation marks around a nickname inside a name read as spaces
    ('Earvin "Magic" Johnson' as 'Earvin  Magic  Johnson'): they quote no one's words,
    and the name runs on through them.  Offsets are unchanged (a mark is one character).
    Both marks are double or both single, and the words on either side are no words
    of a headline in title case (:data:`_NOT_NAME_WORDS`, a possessive)."""
    if '"' not in text and "“" not in text and "'" not in text and "‘" not in text:
        return text
    cut: list[int] = []
    for m in _nicknames(text):
        if (m.group(1) in _DOUBLE_NICK_MARKS) != (m.group(2) in _DOUBLE_NICK_MARKS):
            continue
        before = text[max(0, m.start() - 40) : m.start()].split()
        after = text[m.end() : m.end() + 40].split(None, 1)
        # (the pattern holds a word before the mark and one after it)
        if not before[-1].isalpha() or not before[-1][:1].isupper():
            continue  # (not after a possessive, "Beyoncé’s ‘Halo’ Tops Charts")
        if before[-1].lower() in _NOT_NAME_WORDS or (
            after[0].lower().strip(".,;:!?") in _NOT_NAME_WORDS
        ):
            continue
        cut.extend((m.start(1), m.start(2)))
    if not cut:
        return text
    chars = list(text)
    for i in cut:
        chars[i] = " "
    return "".join(chars)


def stretches(text: str, layout: Layout) -> list[Stretch]:
    """Every quoted stretch of ``text``, in order; linear in the text's length."""
    out: list[Stretch] = []
    open_at = -1
    para_end = -1
    open_len = 1
    for i, end in _double_marks(text):
        ch = '"' if end - i == 2 else text[i]  # two apostrophes stand for a straight mark
        if open_at >= 0 and i > para_end:
            out.append(_make(text, open_at, para_end, closed=False, open_len=open_len))
            open_at = -1
        if open_at < 0:
            opens = ch in _OPENERS or ch == '"'
            if ch == "”" and (
                (_space_or_edge(text, i - 1) and not _space_or_edge(text, i + 1))
                or _opens_line(text, i)
            ):
                opens = True  # a closing mark typed where a quote opens
            if ch == '"' and _space_or_edge(text, end) and not _space_or_edge(text, i - 1):
                opens = False  # a stray closing mark
            if opens:
                open_at = i
                open_len = end - i
                if i > para_end:
                    para_end = layout.paragraph(i)[1]
            continue
        closes = ch in _CLOSERS or ch == '"'
        if (
            ch == "“"
            and not _space_or_edge(text, i - 1)
            and (_space_or_edge(text, i + 1) or text[i + 1] in ".,;:!?")
        ):
            closes = True  # a closing mark typed as an opening one
        if closes:
            out.append(_make(text, open_at, i, closed=True, open_len=open_len, after=end))
            open_at = -1
    if open_at >= 0:
        out.append(_make(text, open_at, para_end, closed=False, open_len=open_len))
    out = [s for s in out if s.end > s.start]
    return _with_singles(text, out, layout)


def _make(
    text: str,
    open_at: int,
    close: int,
    *,
    closed: bool,
    single: bool = False,
    open_len: int = 1,
    after: int = -1,
) -> Stretch:
    a, b = _trimmed(text, open_at + open_len, close)
    return Stretch(open_at, close, a, b, closed, single, after if after >= 0 else close + closed)


def _with_singles(text: str, doubles: list[Stretch], layout: Layout) -> list[Stretch]:
    """Add single-mark quotes that lie outside every double-mark quote."""
    if "'" not in text and "‘" not in text and "’" not in text:
        return doubles
    closers = _positions(text, _SINGLE_CLOSES)
    if not closers:
        return doubles
    singles: list[Stretch] = []
    d = 0
    c = 0
    last_close = -1
    openers = _positions(text, _SINGLE_OPENS)
    for n, i in enumerate(openers):
        if i <= last_close:
            continue
        while d < len(doubles) and doubles[d].close < i:
            d += 1
        if d < len(doubles) and doubles[d].open <= i:
            continue  # inside a double quote: a nested quote, part of its content
        while c < len(closers) and closers[c] <= i:
            c += 1
        if c >= len(closers):
            break
        j = closers[c]
        if j - i > _MAX_SINGLE or layout.paragraph(i)[1] < j:
            continue
        if _mid_sentence(text, j):
            nxt = openers[n + 1] if n + 1 < len(openers) else len(text)
            j = _past_apostrophes(text, closers, c, min(nxt, i + _MAX_SINGLE,
                                                         layout.paragraph(i)[1]))
        if d < len(doubles) and doubles[d].open < j:
            continue
        singles.append(_make(text, i, j, closed=True, single=True))
        last_close = j
    if not singles:
        return doubles
    return sorted(doubles + [s for s in singles if s.end > s.start], key=lambda s: s.open)


def _mid_sentence(text: str, j: int) -> bool:
    """Whether a single closing mark at ``j`` comes right after a letter and is followed
    by a space and a lower-case word or a digit: a sentence that goes on (``the workers'
    money``, ``called it 'a farce' and left``), where a mark that closes a quote usually
    comes after punctuation (``,' he said``) or before it."""
    k = j + 1
    if k >= len(text) or text[k] not in " \t\u00a0" or not text[j - 1].isalnum():
        return False
    while k < len(text) and text[k] in " \t\u00a0":
        k += 1
    return k < len(text) and (text[k].islower() or text[k].isdigit())


def _past_apostrophes(text: str, closers: list[int], c: int, limit: int) -> int:
    """The mark that closes a single quote whose first candidate, ``closers[c]``, goes on
    mid-sentence: the first later candidate before ``limit`` (the next opening mark, the
    paragraph's end) that does not, which makes the earlier ones apostrophes
    (``'It is the workers' money,' he said``); ``closers[c]`` itself when there is none
    (``called it 'a farce' and left``)."""
    for k in range(c + 1, len(closers)):
        j = closers[k]
        if j >= limit:
            break
        if not _mid_sentence(text, j):
            return j
    return closers[c]
