"""The compiled regular expressions of the number scanner.

Two scanning patterns find the cores of figures: :data:`DIGITS` (runs of
digits and separators, vulgar fractions) and :data:`WORDS_LOWER` (runs of
number words, compiled as a character trie).  :func:`digit_runs` and
:func:`word_runs_lower` give exactly their matches, faster: for text that
Latin-1 holds they search a copy of the text mapped byte by byte to the
classes the patterns tell apart, where the next digit, or the next non-letter
other than a space, is a search for one literal byte instead of a test of
every character against a set; runs of words after a space, the most common
start, are scanned for from the space alone.  The other patterns are anchored
at a core's edges to read what surrounds it: scale words, percent signs,
currencies, units, qualifiers, months.  Every repetition is possessive or
bounded, so no input makes them backtrack without end.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from typing import TypeAlias

from limner_numbers.lexicon import (
    ADJECTIVE_CURRENCY_WORDS,
    BARE_COINS,
    CURRENCY_ADJECTIVES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    MONTHS,
    NUMBER_WORDS,
    SYMBOL_UNITS,
    TIMES_WORDS,
    WORD_UNITS,
)

__all__ = [
    "CLOCK_AFTER", "CURRENCY_AFTER", "CURRENCY_BEFORE", "DATE_DAY_MONTH", "DIGITS",
    "FRACTION_SLASH", "O_CLOCK", "O_CLOCK_APOSTROPHES", "O_CLOCK_O", "PERCENT",
    "PHONE", "SCALE_AFTER", "SCI", "SPACE_GROUP", "SPACE_GROUP_COMMA", "TIME_AFTER",
    "UNCERTAINTY", "UNIT", "VULGAR",
    "WORDS_LOWER", "YEAR_AFTER", "digit_runs", "lower", "run_end", "trie", "word_runs_lower",
    "words_as_written",
]


#: The characters that stand for something in a pattern outside a character class
#: (``re.escape`` also escapes spaces, "-", "#", "&" and "~", which need it only in
#: a class or a verbose pattern).
_SPECIAL = frozenset("\\.^$*+?{}[]|()")
#: A character trie, as :func:`tree` builds it.
_Trie: TypeAlias = dict[str, "_Trie"]


def run_end(run: re.Pattern[str], text: str, pos: int) -> int:
    """Where ``run``, a pattern of a run of characters that may be empty (``[\\w.]*+``),
    ends from ``pos``: it matches at every position, if only the empty string."""
    m = run.match(text, pos)
    assert m is not None  # (an empty run matches)
    return m.end()


def trie(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` factored as a character trie (no groups captured).

    It is written as tersely as the pattern allows (no group around one optional
    character, only the characters that need it escaped), which the parser of
    ``re`` reads faster, at start-up; it compiles to the same program as the plain
    form (``(?:x)?`` for ``x?``, ``re.escape`` of every character).  Not for a
    verbose (``re.X``) pattern, where a space it leaves as it is would be dropped.
    """

    def emit(node: _Trie) -> str:
        alts = [("\\" + ch if ch in _SPECIAL else ch) + emit(sub)
                for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) > 1:
            body = "(?:" + "|".join(alts) + ")"
            return body + "?" if "" in node else body
        (body,) = alts
        if "" not in node:
            return body
        one_character = len(body) == 1 or (len(body) == 2 and body[0] == "\\")
        return body + "?" if one_character else f"(?:{body})?"

    return emit(tree(words))


def tree(words: Iterable[str]) -> _Trie:
    """``words`` as a character trie: each character maps to the node after it, and the
    key ``""`` marks a node where a word ends."""
    root: _Trie = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def _cased(words: Iterable[str]) -> list[str]:
    """Each word as written, lower-case, capitalized, upper-case, and with each part of a
    several-word name capitalized or not ("degrees Celsius") -- faster to match than
    ignoring case."""
    out: set[str] = set()
    for w in words:
        out.update((w, w.lower(), w.capitalize(), w.upper()))
        parts = w.split(" ")
        if 1 < len(parts) <= 3:
            for mask in itertools.product((str.lower, str.capitalize), repeat=len(parts)):
                out.add(" ".join(f(p) for f, p in zip(mask, parts, strict=True)))
    return sorted(out)


_VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
_SEP = (r"(?:[ \t]*-(?:and-(?:an?-)?)?[ \t]*|[ \t]*,[ \t]*"
        r"|[ \t]+(?:(?:and|&)[ \t]+(?:an?[ \t]+)?)?)")


def _words_pattern(words: list[str], sep: str, alone: Iterable[str]) -> re.Pattern[str]:
    """A scan for runs of number ``words`` joined by ``sep``, at word starts only; a word of
    ``alone`` ("twice") is a run of its own, joined to none before or after it.  One trie
    holds both (a second copy of it would double what the pattern costs to compile); what
    keeps an alone word out of a run is one look behind a word that has matched, at the
    ending the alone words share and no number word has ("ce" of "once", "twice",
    "thrice"), and one look ahead after a separator, at the first letters of each that
    begin no number word."""
    lone = sorted({w.lower() for w in alone})
    plain = {w.lower() for w in words}
    tail = lone[0]
    while not all(w.endswith(tail) for w in lone):
        tail = tail[1:]
    assert tail and not any(w.endswith(tail) for w in plain), (tail, lone)
    heads = [next(w[:k] for k in range(1, len(w) + 1)
                  if not any(x.startswith(w[:k]) for x in plain)) for w in lone]
    word = trie([*words, *alone]) + r"\b"
    stop = f"(?<!(?i:{tail}))"
    start = "(?!(?i:" + "|".join(heads) + "))"
    return re.compile(rf"(?<![A-Za-z]){word}(?:{stop}{sep}{start}{word}){{0,40}}+")


#: Runs of digits and separators, and vulgar fractions (scanned separately from words,
#: so that the engine can skip to the next digit at C speed; see :func:`digit_runs`).
DIGITS = re.compile(rf"[.0-9{_VULGAR}](?:(?<!\.)|(?=[0-9]))[0-9,.]*+")
#: Each Latin-1 character's lower case, which is one Latin-1 character too.
_LOWER_LATIN1 = bytes(ord(chr(b).lower()) for b in range(256))


def lower(text: str) -> str:
    """``text.lower()``, faster for text that Latin-1 holds: a table of bytes maps each
    character, where ``str.lower`` looks each one up in the Unicode tables."""
    if text.isascii():
        return text.lower()
    try:
        return text.encode("latin-1").translate(_LOWER_LATIN1).decode("latin-1")
    except UnicodeEncodeError:
        return text.lower()


#: Each byte of Latin-1 text as the class :data:`DIGITS` sees it: "0" for a digit, "."
#: and "," as they are, "V" for a vulgar fraction, " " for anything else.
_DIGIT_CLASSES = bytes(
    ord("0") if chr(b) in "0123456789" else b if chr(b) in ".," else
    ord("V") if chr(b) in _VULGAR else ord(" ")
    for b in range(256)
)

#: The end of a sentence or a clause: a full stop, "!", "?" or ";" before a space, a quote or
#: the end, or a line feed (not a decimal point: "2.5fps").
SENTENCE_END = re.compile(r"[.!?;](?:[ \t\n\"”’']|$)|\n")

#: A digit and the digits and separators after it, in those classes.
_CLASS_RUN = re.compile(rb"0[0,.]*+")


def digit_runs(text: str) -> list[tuple[int, int, bool]]:
    """The spans of :data:`DIGITS` in ``text`` as ``(start, end, True)``, in order.

    The same spans as ``DIGITS.finditer``, found faster in the common case, text
    that Latin-1 holds and without vulgar fractions: its bytes are mapped to their
    classes (:data:`_DIGIT_CLASSES`), where the next digit is a search for one
    literal byte, not a test of every character against a set.  A match of
    :data:`DIGITS` runs from the first digit of a run of digits and separators
    (or the point right before it, ".5") to the end of the run.
    """
    try:
        classes = text.encode("latin-1").translate(_DIGIT_CLASSES)
    except UnicodeEncodeError:
        classes = b"V"
    if b"V" in classes:
        return [(m.start(), m.end(), True) for m in DIGITS.finditer(text)]
    out = []
    pos = 0
    for m in _CLASS_RUN.finditer(classes):
        d, end = m.span()
        out.append((d - 1 if d > pos and classes[d - 1] == 46 else d, end, True))  # 46: "."
        pos = end
    return out


#: Decimal digits of other scripts that are read as ASCII digits: full-width ("１２"),
#: Arabic-Indic, Extended Arabic-Indic and Devanagari.
_DIGIT_BLOCKS = ("０", "٠", "۰", "०")
OTHER_DIGITS = re.compile("[" + "".join(f"{z}-{chr(ord(z) + 9)}" for z in _DIGIT_BLOCKS) + "]")
#: The translation of those digits (and full-width "，", "．", "％") to ASCII.
TO_ASCII_DIGITS = {
    **{ord(z) + d: str(d) for z in _DIGIT_BLOCKS for d in range(10)},
    ord("，"): ",", ord("．"): ".", ord("％"): "%", ord("٫"): ".", ord("٬"): ",",
}
#: Runs of number words in lower-cased text.
#: The words found with the number words that are a run of their own, joined to none: the
#: counts of times ("twice") and the old coins that are a price alone ("sixpence").
ALONE_WORDS: frozenset[str] = frozenset(TIMES_WORDS) | BARE_COINS
WORDS_LOWER = _words_pattern(sorted(NUMBER_WORDS), _SEP, ALONE_WORDS)
@functools.cache
def _words_lower_after() -> re.Pattern[str]:
    """The runs of :data:`WORDS_LOWER`, each found with the character before it (group 1
    is the run), for the plain scan (:func:`_word_runs_plain`), which few texts need:
    compiled on first use (and by the plugin's load, which keeps its code).  A scan that
    starts with a character class skips at C speed to the next non-letter, where one that
    starts with a look-behind tries every position; lower-cased text holds no "A" to "Z",
    so the class is one range."""
    return re.compile("[^a-z](" + WORDS_LOWER.pattern.removeprefix("(?<![A-Za-z])") + ")")


#: The same runs after a space, the most common start, found by a search for one
#: literal character rather than a test of each character against a class.
_WORDS_AFTER_SPACE = re.compile(
    " (" + WORDS_LOWER.pattern.removeprefix("(?<![A-Za-z])") + ")"
)
#: Each byte of lower-cased Latin-1 text as the word scan sees it: "a" to "z" as they
#: are, a space as it is, "#" for any other character (a non-letter).
_WORD_CLASSES = bytes(b if 97 <= b <= 122 or b == 32 else 35 for b in range(256))
#: A number word after a non-letter other than a space, in those classes: where the
#: runs that do not start after a space may start (each is then read with
#: :data:`WORDS_LOWER`).
_WORD_AFTER_OTHER = re.compile(
    b"#(?:" + trie(sorted(NUMBER_WORDS | ALONE_WORDS)).encode("ascii") + b")")


def word_runs_lower(lowered: str) -> list[tuple[int, int, bool]]:
    """The spans of :data:`WORDS_LOWER` in ``lowered`` (text with no capital "A" to "Z",
    as ``str.lower`` makes it) as ``(start, end, False)``, in order.

    The same runs as ``WORDS_LOWER.finditer``: a run starts after a non-letter (or at
    the start), and the runs found do not overlap, as a run always ends on a letter.
    The runs after a space are found by one scan (:data:`_WORDS_AFTER_SPACE`), the
    few others from where a number word follows another non-letter, read only
    where no earlier run covers them; a run found inside an earlier one is
    dropped, as the pattern's own scan skips it.
    """
    try:
        classes = lowered.encode("latin-1").translate(_WORD_CLASSES)
    except UnicodeEncodeError:
        return _word_runs_plain(lowered)
    first = WORDS_LOWER.match(lowered)
    spaced = [] if first is None else [first.span()]
    spaced += [m.span(1) for m in _WORDS_AFTER_SPACE.finditer(lowered)]
    others = [m.start() + 1 for m in _WORD_AFTER_OTHER.finditer(classes)]
    out = []
    end = i = j = 0
    while i < len(spaced) or j < len(others):
        if j == len(others) or (i < len(spaced) and spaced[i][0] < others[j]):
            s, e = spaced[i]
            i += 1
            if s < end:
                if e > end:
                    # a run inside another that goes on past it (only a run longer than
                    # the pattern allows does): the space scan may have skipped a start
                    # past the outer run, so the plain scan decides
                    return _word_runs_plain(lowered)
                continue
        else:
            s = others[j]
            j += 1
            if s < end:
                continue  # inside a run: the pattern's own scan skips it, and so read no further
            m = WORDS_LOWER.match(lowered, s)
            if m is None:
                continue
            e = m.end()
        out.append((s, e, False))
        end = e
    return out


def _word_runs_plain(lowered: str) -> list[tuple[int, int, bool]]:
    """:func:`word_runs_lower` by one scan of every non-letter (text beyond Latin-1)."""
    out = []
    pos = 0
    m = WORDS_LOWER.match(lowered)
    if m is not None:
        out.append((0, m.end(), False))
        pos = m.end()
    out += [(m.start(1), m.end(1), False) for m in _words_lower_after().finditer(lowered, pos)]
    return out


@functools.cache
def words_as_written() -> re.Pattern[str]:
    """Runs of number words in text as written, for the rare text whose lower-casing
    would shift offsets ("İ"); compiled on first use, as most runs never need it."""
    return _words_pattern(_cased(NUMBER_WORDS), _SEP.replace("and|&", "[Aa][Nn][Dd]|&").replace(
        "an?", "[Aa][Nn]?"), _cased(ALONE_WORDS))


#: Vulgar fraction characters and their values as (numerator, denominator).
VULGAR: dict[str, tuple[int, int]] = {
    "½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5),
    "⅖": (2, 5), "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8),
    "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8),
}

#: A scale after digits: "2.4 billion", "$5bn", "1.5m", "300k", "5 millions naira"; not a
#: vague plural before "of" ("in 2001 thousands of firms").
SCALE_AFTER = re.compile(
    r"(?:[ \t]*|-)(?P<word>(?:hundred|thousand|million|billion|trillion|dozen|lakh|lac|crore)"
    r"(?:[ \t]+(?:thousand|million|billion|crore))?)(?:s(?![ \t]+of\b))?\b"
    r"|[ \t]?(?P<abbr>mn|mln|bn|bln|tn|trn)\b"
    r"|[ \t](?P<k>k)(?![\w'’])"
    r"|(?P<letter>[kKmMbBTG])(?![\w'’])"
)

#: Space-grouped thousands after a 1-3 digit group: "10 000"; not a group joined by a
#: hyphen to digits after it ("12 747-8 jets" are twelve of a model).
SPACE_GROUP = re.compile(
    r"(?:[ \u00a0\u2009\u202f][0-9]{3}(?![0-9,]|-[0-9]))++(?:\.[0-9]+(?![0-9.,]))?"
)
#: The same with a decimal comma, read when decimals are continental: "12 345,67".
SPACE_GROUP_COMMA = re.compile(
    r"(?:[ \u00a0\u2009\u202f][0-9]{3}(?![0-9]|\.[0-9]|-[0-9]))++"
    r"(?:,[0-9]+(?![0-9]|[.,][0-9]))?"
)
#: A Boeing airliner's model, a name and no figure: "747-8", "787-9", "737-800",
#: "777-300ER", "777X", "737 Max", "737 MAX 9" (to its variant), "787 Dreamliner", "747s",
#: "777Xs", "its new 777 plane".
AIRLINER = re.compile(
    r"7[0-8]7(?:-[0-9]{1,3}[A-Z]{0,2}(?![0-9])|Xs?\b|[ \t](?:Max|MAX)(?:[ \t-][0-9]{1,2}\b)?"
    r"|[ \t]Dreamliner\b|s\b"
    r"|(?=[ \t](?:planes?|jets?|jetliners?|airliners?|aircraft|freighters?)\b))")

#: Scientific notation after a mantissa: "e14", "×10−5", "x10^-3"; a power of another
#: base: "8x2^10".
SCI = re.compile(
    r"[eE](?P<e1>[-+−]?[0-9]{1,3})(?![\w])"
    r"|[ \t]?[×x][ \t]?10(?:\^|(?=[-−]))(?P<e2>[-−]?[0-9]{1,3})\b"
    r"|[ \t]?[×x][ \t]?(?P<base>[0-9]{1,3})\^(?P<e3>[-−]?[0-9]{1,3})\b(?!\^)"
)

#: A power after a base: "2^10", "10^-3" (a power of a power is refused by the scanner).
POWER = re.compile(r"\^\(?(?P<exp>[-−]?[0-9]{1,3})\)?(?![0-9])")

#: A slash fraction after an integer: "1/3" (not a date "10/11/2020").
FRACTION_SLASH = re.compile(r"/(?P<den>[0-9]{1,4})(?![0-9/]|\.[0-9])")

#: "±" and "+/-" uncertainties: "9.83e-3 +/- 1e-5".
UNCERTAINTY = re.compile(
    r"[ \t]*(?:±|\+/-|\+-)[ \t]*(?P<u>[0-9]+(?:\.[0-9]+)?)(?:[eE](?P<e>[-+−]?[0-9]{1,3}))?"
)

#: Percent after a figure.
PERCENT = re.compile(
    r"[ \t]?%|[ \t]*(?:per[ \t]?cent|percents?|percentage(?![ \t-]+points?\b)|pct)\b|pc\b",
    re.IGNORECASE,
)

_SYMBOLS = sorted(CURRENCY_SYMBOLS, key=len, reverse=True)
#: A currency symbol or ISO code right before a figure (searched in a short window); a
#: symbol of one letter ("R", "N") only glued to the digits ("R22.50", not "Grade R 5").
CURRENCY_BEFORE = re.compile(
    r"(?:(?P<sym>(?<![A-Za-z])(?:"
    + "|".join(re.escape(s) for s in _SYMBOLS if s[0].isalpha() and len(s) > 1)
    + r"|(?:" + "|".join(s for s in _SYMBOLS if s.isalpha() and len(s) == 1) + r")(?=$))|"
    + "|".join(re.escape(s) for s in _SYMBOLS if not s[0].isalpha())
    + r")|\b(?P<code>[A-Z]{3}))"
    r"[ \t]?(?P<neg>[-−])?$"
)

_ADJ = "(?i:" + trie({a for a, _ in CURRENCY_ADJECTIVES}) + ")"
_CURRENCY_WORD = "(?i:" + trie({*CURRENCY_WORDS, *ADJECTIVE_CURRENCY_WORDS}) + ")"
#: A currency after a figure: a symbol, an (adjective and) currency word (cents among
#: them), pence or cents glued to the digits ("50p", "7c"), a code.
CURRENCY_AFTER = re.compile(
    r"(?P<sym>[ \t]?[€£$¥₹₽₼₺₩₦₱₴₪₫฿])"
    r"|[ \t]*-?[ \t]*(?:(?P<adj>" + _ADJ + r")[ \t]+)?(?P<word>" + _CURRENCY_WORD
    + r")(?:[ \t]+[Ss]terling)?\b"
    r"|(?P<minor>[pc])\b(?!\.[a-z])"
    r"|[ \t]+(?P<code>[A-Z]{3})\b(?![-'’])",
)

# the long tables are matched regardless of case (compiling every casing would cost start-up)
_WORD_UNIT_RE = "(?i:" + trie(WORD_UNITS) + ")"
_SYMBOL_UNIT_RE = trie(sorted(SYMBOL_UNITS, key=len, reverse=True))
_ONE_UNIT = (
    r"(?:(?P<pre{n}>[Ss]quare|[Ss]q\.?|[Cc]ubic)(?:[ \t]+|-))?"
    r"(?:(?P<word{n}>" + _WORD_UNIT_RE + r")|(?P<sym{n}>" + _SYMBOL_UNIT_RE + r"))"
    r"(?![\w])(?P<pow{n}>\^?[23²³](?![\w])|[ \t]+(?:squared|cubed)\b)?"
)
#: A unit after a figure, possibly hyphenated ("44-day") or a rate ("km/h", "per hour").
UNIT = re.compile(
    r"(?P<hy>[ \t]*-[ \t]*|[ \t]?)" + _ONE_UNIT.format(n=1)
    + r"(?:(?:[ \t]*/[ \t]*|[ \t]+per[ \t]+)" + _ONE_UNIT.format(n=2) + ")?"
)

#: The time zones written after a clock time: "0900 GMT", "10:30 BST".
_TIME_ZONES = "GMT|BST|UTC|EST|CET"
#: "o'clock" as written after an hour, in figures ("7 o'clock") or in words ("ten
#: o'clock"), its "o" and its apostrophe either way: for ``str.startswith``, and as a
#: branch of :data:`TIME_AFTER`, in classes (cheaper to match than four words); its first
#: and second characters apart, for the finder's tests of one character.
O_CLOCK_O, O_CLOCK_APOSTROPHES = "oO", "'’"
O_CLOCK = tuple(o + a + "clock" for o in O_CLOCK_O for a in O_CLOCK_APOSTROPHES)
#: A clock time after a number: "2pm", "2.15pm", "10:30", "0900 GMT", "7 o'clock".
TIME_AFTER = re.compile(
    rf"[ \t]?(?:[ap]\.m\.|[ap]m\b|[AP]M\b|(?:{_TIME_ZONES})\b|hrs\b(?=[ \t]+[A-Z])"
    rf"|[{O_CLOCK_O}][{O_CLOCK_APOSTROPHES}]clock\b)"
)
#: What after "10:30" makes it a clock's time, neither a ratio nor a time taken: "am",
#: "p.m.", a time zone ("GMT", "ET", "IST"), "hours", "hrs", "h".
CLOCK_AFTER = rf"[ \t]*(?:[ap]\.?m\b|{_TIME_ZONES}|ET\b|IST|hours|hrs|h\b)"

#: Phone numbers (checked where a digit run starts).
PHONE = re.compile(
    r"\+?\(?[0-9]{2,5}\)?(?:[ .-][0-9]{2,5}){2,4}(?![0-9])|\+[0-9]{1,3}[ .-]?[0-9 .-]{6,16}[0-9]"
)

_MONTH = trie(_cased(MONTHS))
#: A month right after a day: "10 November", "8th of Nov".
DATE_DAY_MONTH = re.compile(
    r"(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?P<month>" + _MONTH + r")\b\.?"
)
#: A year after a day and month: ", 2020", " 2023".
YEAR_AFTER = re.compile(r"(?:st|nd|rd|th)?,?[ \t]+(?P<year>[12][0-9]{3})\b(?![0-9]|[,.][0-9])")
