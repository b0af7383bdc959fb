"""Dates around digits: "November 10, 2020", "10 November", "Nov 08 2023", "2020-11-10", "1981-87";
and decades: "the sixties", "the nineteen-sixties", "temperatures in the sixties" (a band).

A date's ``value`` is its year (``None`` when no year is written); its ISO 8601
form goes to ``date``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from limner_numbers import patterns as P
from limner_numbers.figure import STRIP, Figure, last_word, word_end
from limner_numbers.lexicon import MONTHS

__all__ = ["decade_band", "decade_in_words", "read_date"]

_MONTH_LAST = frozenset("".join({m[-1] + m[-1].upper() for m in MONTHS}) + ".")
#: The last three characters a month's name ends with before a day, lower-cased, its
#: full stops included ("may", "an.", "c..."): a test before the word is read.
_MONTH_TAILS = frozenset(
    t for m in MONTHS for t in (m[-3:], m[-2:] + ".", m[-1] + "..", "...")
)
_MONTH_FIRST = frozenset("JFMASONDo")
_DAY_NEXT = frozenset(" \tsnrt")
_MONTH_ABBREVIATIONS = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)
_FISCAL = re.compile(r"[-–/](?P<yy>[0-9]{4}|[0-9]{1,2})(?![0-9]|[,.][0-9])")
_ISO_DATE = re.compile(r"-(?P<m>[01][0-9])-(?P<d>[0-3][0-9])(?![0-9])")


def _add_year(fig: Figure, text: str, pos: int, month: int, day: int) -> bool:
    """Extend a day-and-month ``fig`` over a year written at ``pos``; set its ISO date.

    Returns:
        Whether a year was found (``2020-11-10``); else the date is ``--11-10``.
    """
    ym = P.YEAR_AFTER.match(text, pos)
    if ym is None:
        fig.date = f"--{month:02d}-{day:02d}"
        return False
    year = int(ym.group("year"))
    fig.end = ym.end()
    fig.value = Decimal(year)
    fig.date = f"{year:04d}-{month:02d}-{day:02d}"
    return True


def read_date(text: str, s: int, e: int, tok: str) -> Figure | None:
    """A date around the plain digits ``tok`` at ``text[s:e]``: "November 10, 2020",
    "10 November", "Nov 08 2023", "May 2005"."""
    day = int(tok)
    mword = ""
    if (s >= 4 and text[s - 1] == " " and text[s - 2] in _MONTH_LAST
            and text[s - 4:s - 1].lower() in _MONTH_TAILS):
        mword = last_word(text, s).rstrip(".").lstrip(STRIP)
    if mword[:1].isupper() and mword.lower() in MONTHS:
        month = MONTHS[mword.lower()]
        mstart = text.rfind(mword, 0, s)
        if 1 <= day <= 31 and len(tok) <= 2:
            fig = Figure(mstart, e, None, "date")
            if not _add_year(fig, text, e, month, day) and text.startswith(
                ("st", "nd", "rd", "th"), e
            ) and word_end(text, e + 2):
                fig.end = e + 2
            return fig
        if len(tok) == 4 and 1000 <= day <= 2199:
            fig = Figure(mstart, e, Decimal(day), "date")
            fig.date = f"{day:04d}-{month:02d}"
            return fig
    nxt = text[e] if e < len(text) else ""
    if 1 <= day <= 31 and len(tok) <= 2 and nxt in _DAY_NEXT and (
            nxt not in " \t" or text[e + 1:e + 2] in _MONTH_FIRST):
        dm = P.DATE_DAY_MONTH.match(text, e)
        if dm is not None and dm.group("month")[:1].isupper():
            month = MONTHS[dm.group("month").lower()]
            abbreviated = dm.group("month").lower() in _MONTH_ABBREVIATIONS
            mend = dm.end() if abbreviated else dm.end("month")
            fig = Figure(s, mend, None, "date")
            _add_year(fig, text, mend, month, day)
            return fig
    if len(tok) == 4 and 1000 <= day <= 2199 and nxt in "-–/":
        im = _ISO_DATE.match(text, e)
        if im is not None and 1 <= int(im.group("m")) <= 12 and 1 <= int(im.group("d")) <= 31:
            fig = Figure(s, im.end(), Decimal(day), "date")
            fig.date = f"{tok}-{im.group('m')}-{im.group('d')}"
            return fig
        fm = _FISCAL.match(text, e)
        if fm is not None:
            # "2013-14", "1981-87", "1975-1990", "2004-5": a span of years
            yy = fm.group("yy")
            cut = 10 ** min(len(yy), 2)
            last = int(yy) if len(yy) == 4 else day - day % cut + int(yy)
            if day < last <= 2199 and (text[e] != "/" or last == day + 1):
                fig = Figure(s, fm.end(), Decimal(day), "date")
                fig.low, fig.high = Decimal(day), Decimal(last)
                fig.date = f"{tok}/{last}"
                return fig
    return None


# -- decades ---------------------------------------------------------------------------------

#: What before a decade makes it a band of values, not of years ("in the low 20s", "the
#: upper 80s", "the high sixties"): years have "early", "mid" and "late".
_LOW_HIGH_BEFORE = re.compile(r"\b(low|lower|high|upper)[ \t-]+$", re.IGNORECASE)
#: Nouns of a measure whose value a decade after them in the same sentence is a band of
#: ("temperatures in the sixties", "highs in the nineties", "his approval rating is in the
#: forties"), not years; a unit after a figure is none ("rose 5 percent in the seventies":
#: the figure is the measure's, the decade its years).
_MEASURE = re.compile(
    r"\b(?:temperatures?|temps|highs|lows|mercury|thermometers?|ratings?|polling"
    r"|scores?(?![ \t]+of\b))\b",  # ("scores of people": many, no measure)
    re.IGNORECASE,
)
#: How far back a measure is looked for: a clause's length, no more (a bounded look).
_MEASURE_REACH = 80
_SENTENCE_ENDS = ".!?;\n"
_A_DIGIT = re.compile("[0-9]")


def decade_band(text: str, s: int) -> tuple[int, int] | None:
    """The part of a decade at ``s`` that is a band of values rather than of years, as
    offsets from its first value: (0, 3) after "low", (7, 9) after "high" or "upper", (0, 9)
    after a noun of a measure earlier in its sentence with no figure between
    ("temperatures in the sixties"); ``None`` for a decade of years.  The sentence is
    looked at :data:`_MEASURE_REACH` characters back at most."""
    lm = _LOW_HIGH_BEFORE.search(text, max(0, s - 8), s)
    if lm is not None:
        return (0, 3) if lm.group(1).lower().startswith("low") else (7, 9)
    lo = max(0, s - _MEASURE_REACH)
    for c in _SENTENCE_ENDS:
        lo = max(lo, text.rfind(c, lo, s) + 1)
    m = _MEASURE.search(text, lo, s)
    if m is not None and not _A_DIGIT.search(text, m.end(), s):
        return 0, 9  # (a figure between: "temperatures rose 2C in the nineties", years)
    return None


#: What before a decade word makes it a decade of years: "the", "the early", "the mid-",
#: "the late" ("in the sixties", "the mid-eighties"), and a capitalised word between "the"
#: and a capitalised decade that names it ("the Roaring Twenties", "the Swinging Sixties").
_YEARS_BEFORE = re.compile(
    r"\b[Tt]he[ \t]+(?:(?i:early|mid|late)(?:[ \t]+|[ \t]*-[ \t]*))?$")
_NAMED_BEFORE = re.compile(r"\b[Tt]he[ \t]+[A-Z][a-z]+[ \t]+$")


def decade_in_words(text: str, fig: Figure, first: int) -> bool:
    """Read a decade said in words at ``fig`` (its first year ``first``) as years or, where
    its sentence speaks of a measure, a band of values; whether it is either.

    A decade with its century ("the nineteen-sixties", "the twenty-tens") is a decade of
    years wherever it stands.  A decade word alone ("the sixties", "the late seventies")
    is one after "the" (and "early", "mid", "late"), or after "the" and a capitalised
    word when it is capitalised ("the Roaring Twenties"), and names a decade of the
    twentieth century (1960-1969); "the noughties" is 2000-2009.  "the teens" names none.
    As "the mid-1980s", "early", "mid" and "late" keep the whole decade.
    """
    s = fig.start
    if first < 1000:
        if first == 13:
            return False  # "the teens": of temperatures as often as of years
        band = decade_band(text, s) if first else None
        if band is not None and (band != (0, 9) or _YEARS_BEFORE.search(text, max(0, s - 12), s)):
            fig.category, fig.value = "range", None
            fig.low, fig.high = Decimal(first + band[0]), Decimal(first + band[1])
            return True
        if _YEARS_BEFORE.search(text, max(0, s - 12), s) is None and not (
                text[s].isupper() and _NAMED_BEFORE.search(text, max(0, s - 24), s)):
            return False
        first += 2000 if first == 0 else 1900
    fig.category = "date"
    fig.value = Decimal(first)
    fig.low, fig.high = Decimal(first), Decimal(first + 9)
    fig.date = f"{first}s"
    return True
