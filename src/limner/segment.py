"""The built-in segmenter: sentences and tokens, as a replaceable plugin.

Sentences end at ``.``, ``!`` or ``?`` (with any closing quotes and
brackets) before a capital, digit or opening quote, at blank lines, and at
line breaks before a capitalised line (headlines, bylines, captions have no
full stop).  A line break is LF, CRLF, a CR alone (files of old Mac tools),
a vertical tab, a form feed, U+2028 LINE SEPARATOR or U+2029 PARAGRAPH
SEPARATOR (which, like a blank line, always ends a sentence); not NEL (U+0085),
which in news text is most often a Windows-1252 ellipsis decoded as Latin-1.
Any space between words (a tab, U+00A0, U+3000, the thin spaces) after the
marks separates sentences as a space does.  :func:`line_feeds` gives the text
with every such line break a line feed, at the same offsets, for the plugins
that read lines and paragraphs.  Sentences do not end after known abbreviations
(Mr., Gen., Nov., U.S., Inc.), single-letter initials, or inside numbers
(2.4).  A dateline ("ISLAMABAD:") stays with its sentence.

Tokens are runs of word characters with inner apostrophes, hyphens and
periods (O’Brien, forty-four, U.S.), numbers with separators (300,000, 2.4),
and single other non-space characters, each with the combining marks that
follow it (a word written decomposed, "Beyonce" and U+0301, is one token).
They are kept as a compact :class:`~limner.Layer`, not as one object each.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from operator import pos
from typing import Any

from limner.config import Config
from limner.document import Layer, _unchecked_layer
from limner.hookspecs import hookimpl

__all__ = ["ABBREVIATIONS", "DefaultSegmenter", "line_feeds", "plain_spaces", "sentences", "tokens",
           "visible_text"]

#: Words that end with a period without ending the sentence (compared lower-cased).
_ABBREVIATIONS = """
mr mrs ms mx dr prof rev fr sr jr st mt ft
gen col lt maj capt cpl sgt adm cmdr brig gov sen rep pres amb supt insp det
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
inc ltd co corp plc llc bros dept univ assn est approx no nos vol vols fig figs p pp
vs etc al e.g i.e cf ca viz ave blvd rd hon
u.s u.k u.n u.s.a e.u d.c a.m p.m
"""
ABBREVIATIONS = frozenset(_ABBREVIATIONS.split())
_LONGEST = 1 + max(map(len, ABBREVIATIONS))

_TOKEN = re.compile(r"\d+(?:[.,:]\d+)*|\w+(?:['’\-.]\w+)*|\S")


@functools.cache
def _marked_token() -> re.Pattern[str]:
    """:data:`_TOKEN` with the combining marks that follow a character kept with it (a
    word written decomposed, "Beyonce" and U+0301, is one token; Python's ``\\w`` takes no
    mark, and it was two, as a Hindi word was one token a letter).  Made on first need,
    from the marks the Unicode data of this Python knows (in the planes that hold any)."""
    category = unicodedata.category
    ranges: list[tuple[int, int]] = []
    for cp in itertools.chain(range(0x20000), range(0xE0000, 0xE1000)):
        if category(chr(cp))[0] != "M":
            continue
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))

    def chars(found: list[tuple[int, int]]) -> str:
        return "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in found)

    bmp = chars([r for r in ranges if r[1] < 0x10000])
    astral = chars([r for r in ranges if r[0] >= 0x10000])
    # a character past the BMP is looked up among those marks only when it is one: the
    # common character after a word (a space) fails the first class, and goes no further
    mark = rf"(?:[{bmp}]|(?=[\U00010000-\U0010ffff])[{astral}])"
    word = rf"\w+(?:{mark}+\w*)*+"
    number = rf"\d+(?:[.,:]\d+)*+{mark}*+"
    return re.compile(rf"{number}|{word}(?:['’\-.]{word})*|\S{mark}*+")

#: the characters that break a line (CRLF is one break): one rule for every text, so
#: that a file with CR or CRLF line ends is split as the same file with LF ones (not
#: U+0085, which in news is most often cp1252's "…" read as Latin-1: see the module doc)
_BREAKS = "\n\r\v\f\u2028\u2029"

# A candidate end: a run of terminal marks, closing marks, then space (or
# nothing, which is no end); or a line break, two for a paragraph.  There is one
# pattern for each character a candidate starts with: a pattern that opens with
# one literal character lets the scan skip ahead at C speed (a character class
# costs a call per character), and the possessive runs keep it linear on
# "!!!!...".  A match of one pattern never reaches past the end of an
# overlapping match of another (a run of marks ends alike whichever mark it is
# read from), so merged in order they give the candidates of one scan.  The
# line breaks are one pattern, which opens with their class: a file's CR or CRLF
# line ends are read as its LF ones would be.  A text whose only break is "\n"
# (most text) is scanned by one that opens with "\n" instead: the same matches,
# with no test of the class at every character.
_BREAK = r"[\n\r\v\f\u2028\u2029]"  # (escapes: the patterns read the same verbose)
# the spaces between words: a tab, no-break and ideographic spaces, the thin spaces
_SPACE = r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
_MARK_TAIL = rf"""[.!?…]*+ (?P<close>["'”’»)\]]*+) (?:{_SPACE}++|(?={_BREAK})|)"""
_MARKS = {c: re.compile(re.escape(c) + _MARK_TAIL, re.VERBOSE) for c in ".!?…"}
# a line break (a CR's LF with it), then a blank line's white space and break, if any
_LINE = re.compile(rf"{_BREAK}(?:(?<=\r)\n)?(?P<nl>{_SPACE}*+(?P<para>{_BREAK}\s*+)?)")
_LINE_FEED = re.compile(rf"\n(?P<nl>{_SPACE}*+(?P<para>{_BREAK}\s*+)?)")
_WORD_BEFORE = re.compile(r"([\w.]+)\Z")  # (\Z: "$" would match before a last LF)
_OPENER = re.compile(r"""["'“‘«(\[]*[\d\w]""")
_start = re.Match.start


# the segmenter's line breaks other than "\n" (:data:`_BREAKS`), by whether they are
# ASCII (a CR's "\n" after it is the same break: its CR is read as a space)
_OTHER = _BREAKS.replace("\n", "")
_ASCII_BREAKS = "".join(c for c in _OTHER if c.isascii())
_OTHER_BREAKS = "".join(c for c in _OTHER if not c.isascii())
_FEED = re.compile(f"[{re.escape(_OTHER)}]")


def _as_feed(m: re.Match[str]) -> str:
    """A line feed for the break ``m``; a space for the carriage return of a ``\\r\\n``."""
    end = m.end()
    return " " if m.group() == "\r" and m.string[end : end + 1] == "\n" else "\n"


def line_feeds(text: str) -> str:
    """``text`` with every line break a line feed, of the same length and offsets.

    The breaks are the segmenter's (see the module): a carriage return before a
    line feed (``\\r\\n``) becomes a space, so that the pair stays one break; a
    lone ``\\r``, a vertical tab, a form feed, U+2028 and U+2029 become
    ``\\n`` (NEL, U+0085, stays: in news it is most often a misread "…").
    Readers of lines and paragraphs (the plugins) read this text, so that text
    from any system breaks its lines alike; the offsets hold for ``text``
    itself.  ``text`` is returned as it is when it holds no such break.

    >>> line_feeds("One.\\u2029Two.\\r\\nThree.\\rFour.")
    'One.\\nTwo. \\nThree.\\nFour.'
    """
    if _no_other_breaks(text):
        return text
    return _FEED.sub(_as_feed, text)


def _no_other_breaks(text: str) -> bool:
    """Whether ``text`` holds no line break but ``"\\n"`` (if any)."""
    return not any(c in text for c in _ASCII_BREAKS) and (
        text.isascii() or not any(c in text for c in _OTHER_BREAKS)
    )


#: The spaces other than U+0020 that news writes between words, and between a figure and
#: its unit, scale or percent sign: the no-break space of HTML's ``&nbsp;``, the narrow
#: one French writes before "%", the medium mathematical space, and the en, em, thin,
#: hair, figure and other spaces of U+2000 to U+200A
_OTHER_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f]")
_TO_SPACE = {ord(c): " " for c in "\u00a0\u202f\u205f" + "".join(
    map(chr, range(0x2000, 0x200B)))}


def plain_spaces(text: str) -> str:
    """``text`` with every space other than U+0020 between words a U+0020, of the
    same length and offsets: ``New``, a no-break space and ``York`` read as New York,
    ``$5``, a no-break space and ``million`` as $5 million.  ``text`` is returned as
    it is when it holds none of them (all ASCII text).

    >>> plain_spaces("New\u00a0York, 5\u202f%")
    'New York, 5 %'
    """
    if text.isascii() or _OTHER_SPACES.search(text) is None:
        return text
    return text.translate(_TO_SPACE)


#: The map of an offset in text that holds no format character: the offset itself, from a
#: function of C (``+offset``), where a function of Python costs a frame a call.
_SAME: Callable[[int], int] = pos
#: A terminal's control sequence (ECMA-48), which colours or moves text and is no text
#: itself: a control sequence, ESC ``[``, its parameters and its final byte (``\x1b[31m``;
#: one cut off before its final byte goes with its parameters: ``\x1b[3`` at a text's end
#: is no 3); a command string (an operating system command, ESC ``]``, or a device
#: control, privacy or application string, ESC ``P``, ``X``, ``^``, ``_``) up to its bell
#: or string terminator, or else to its line's end, so that a string cut off takes no
#: more than its line (``\x1b]0;title\x07``); or ESC, intermediate bytes other than a
#: space, and a final byte (``\x1b(B``, ``\x1bM``).  An ESC that opens none of these
#: (``Press \x1b to quit``) is kept.
_CONTROL = (
    r"\x1b(?:\[[0-?]*+[ -/]*+[@-~]?"
    r"|[\]PX^_][^\x07\x1b\n\r]*+(?:\x07|\x1b\\)?"
    r"|[!-/]*+[0-~])"
)
#: :data:`_CONTROL` in runs, for text that holds no format character (all ASCII text);
#: compiled on first use, as few texts hold one
_CONTROLS: Any = None
#: Format characters (Unicode category Cf: zero-width spaces and joiners, the soft
#: hyphen, word joiners, byte order marks, direction marks), in runs; compiled on first
#: use (``regex``, for its Unicode categories)
_FORMAT: Any = None
#: Format characters and control sequences, in runs, for the few texts that hold an ESC
#: and characters past Latin-1 (the search for either alone takes half the time)
_FORMAT_AND_CONTROLS: Any = None


def visible_text(text: str) -> tuple[str, Callable[[int], int], Callable[[int], int]]:
    """``text`` without its format characters, and the maps of a start and of an end
    offset in it back to ``text``.

    Format characters (Unicode's category Cf: the soft hyphen of HTML's ``&shy;``,
    zero-width spaces and joiners, word joiners, byte order marks, direction marks)
    are invisible: a reader reads "Ger\u00admany" as "Germany", and a zero-width
    space before a quotation mark as nothing.  So are a terminal's control sequences
    (ESC, ``[31m``, which colours the text after it, and the like): text copied from a
    log reads ESC ``[31mERROR`` ESC ``[0m`` as "ERROR", and no number 31.  A plugin
    that reads words reads this text and maps its spans back: a span's start moves past
    the format characters before it, its end stays before those after it, and those
    inside it stay inside.  Text without them (all ASCII text, most Latin-1 text) is
    returned as it is, with maps that return the offset itself.

    Raises:
        TypeError: ``text`` is not a str.

    >>> shown, at, to = visible_text("Ger\u00admany won.")
    >>> shown
    'Germany won.'
    >>> at(0), to(7)
    (0, 8)
    """
    global _FORMAT, _CONTROLS, _FORMAT_AND_CONTROLS
    if not isinstance(text, str):  # (a bare "'NoneType' object has no attribute 'isascii'")
        raise TypeError(
            f"visible_text() takes text, a str, got {type(text).__name__} {str(text)[:40]!r}"
        )
    hidden: Any
    if text.isascii() or (_latin_1(text) and "\xad" not in text):
        if "\x1b" not in text:
            return text, _SAME, _SAME
        if _CONTROLS is None:
            _CONTROLS = re.compile(f"(?:{_CONTROL})++")
        hidden = _CONTROLS
    elif "\x1b" not in text:
        if _FORMAT is None:
            import regex

            _FORMAT = regex.compile(r"\p{Cf}++")
        hidden = _FORMAT
    else:
        if _FORMAT_AND_CONTROLS is None:
            import regex

            _FORMAT_AND_CONTROLS = regex.compile(rf"(?:\p{{Cf}}|{_CONTROL})++")
        hidden = _FORMAT_AND_CONTROLS
    if hidden.search(text) is None:
        return text, _SAME, _SAME
    kept: list[int] = []  # where each run was cut, in the text without the runs
    removed: list[int] = []  # how many characters were cut up to and with that run
    total = 0
    for m in hidden.finditer(text):
        kept.append(m.start() - total)
        total += m.end() - m.start()
        removed.append(total)

    def at(offset: int) -> int:
        i = bisect_right(kept, offset)
        return offset + removed[i - 1] if i else offset

    def to(offset: int) -> int:
        i = bisect_left(kept, offset)
        return offset + removed[i - 1] if i else offset

    return hidden.sub("", text), at, to


def _latin_1(text: str) -> bool:
    """Whether ``text`` holds Latin-1 characters only (a pound sign, an accent), whose one
    format character is the soft hyphen: one copy of the text in C, where the search for
    the format characters tests each character's category."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


_CHUNK = 1 << 16  # tokens moved into the arrays at a time


def tokens(text: str, start: int = 0, end: int | None = None) -> Layer:
    """The token layer of ``text`` (or of ``text[start:end]``, offsets into ``text``).

    Matches are moved into the arrays a chunk at a time, so the memory used
    on the way stays small whatever the length of the text.
    """
    end = len(text) if end is None else end
    starts: array[int] = array("q")
    ends: array[int] = array("q")
    # (an ASCII text holds no mark: the plain pattern, which costs a little less)
    found = (_TOKEN if text.isascii() else _marked_token()).finditer(text, start, end)
    while spans := [m.span() for m in itertools.islice(found, _CHUNK)]:
        starts.extend(s for s, _ in spans)
        ends.extend(e for _, e in spans)
    return _unchecked_layer("token", starts, ends)  # found in order: valid by construction


def _is_abbreviation(text: str, pos: int) -> bool:
    """Whether the period at ``pos`` ends an abbreviation or an initial."""
    if pos >= _LONGEST and text[pos - _LONGEST : pos].isalnum():
        return False  # the word before is longer than any abbreviation
    lo = max(0, pos - 20)
    space = text.rfind(" ", lo, pos)
    word = text[space + 1 if space >= 0 else lo : pos]
    if not word.isalnum():  # punctuation or other white space in it: the careful way
        m = _WORD_BEFORE.search(text, lo, pos)
        if m is None:
            return False
        word = m.group(1).lstrip(".")
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. K. Rowling"
    return word.lower() in ABBREVIATIONS


def _candidates(text: str) -> list[re.Match[str]]:
    """The candidate ends of ``text`` in order: the matches of one scan for any of them."""
    found = [m for c, p in _MARKS.items() if c in text for m in p.finditer(text)]
    if any(c in text for c in _BREAKS):
        found.extend((_LINE_FEED if _no_other_breaks(text) else _LINE).finditer(text))
        found.sort(key=_start)
    elif "!" in text or "?" in text or "…" in text:
        found.sort(key=_start)
    out = []
    reached = 0
    for m in found:
        if m.start() >= reached:  # not inside the run of marks of the candidate before
            out.append(m)
            reached = m.end()
    return out


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans, trimmed of surrounding white space, covering every non-space character."""
    # sentence i runs from starts[i] to ends[i], before white space is trimmed;
    # a start is taken past the white space a candidate consumed
    starts: list[int] = [0]
    ends: list[int] = []
    n = len(text)
    for m in _candidates(text):
        at = m.start()
        nxt = m.end()
        if nxt >= n:
            continue
        if text[at] in _BREAKS:  # (a mark's candidate starts with its mark)
            # a blank line, a paragraph separator, or a line that does not go on lower-case
            if m["para"] is not None or text[at] == "\u2029" or not text[nxt].islower():
                ends.append(at)
                starts.append(nxt)
            continue
        stop_end = m.end("close")
        c = text[nxt]
        if c in _BREAKS:
            ends.append(stop_end)
            starts.append(nxt)
            continue
        if nxt == stop_end:
            continue  # no space after the marks: "2.4", "U.S.A", "wow!!!x"
        if c.isalnum():
            if c.islower():
                continue
        else:
            opener = _OPENER.match(text, nxt)
            if opener is None or text[opener.end() - 1].islower():
                continue
        if stop_end == at + 1 and text[at] == "." and _is_abbreviation(text, at):
            continue
        ends.append(stop_end)
        starts.append(nxt)
    ends.append(n)
    out: list[tuple[int, int]] = []
    for a, b in zip(starts, ends, strict=True):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


class DefaultSegmenter:
    """The built-in :class:`~limner.Segmenter`: :func:`sentences` and :func:`tokens`."""

    def sentences(self, text: str) -> list[tuple[int, int]]:
        return sentences(text)

    def tokens(self, text: str) -> Layer:
        return tokens(text)


@hookimpl(trylast=True)
def limner_segmenter(config: Config) -> Any:
    return DefaultSegmenter()
