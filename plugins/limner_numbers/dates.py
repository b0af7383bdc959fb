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

__all__ = ["PERIOD_LETTERS", "decade_band", "decade_in_words", "read_date", "read_period"]

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
    if s >= 3 and text[s - 1] == " " and text[s - 2] in _MONTH_LAST:
        if s >= 4 and text[s - 4:s - 1].lower() in _MONTH_TAILS:
            mword = last_word(text, s).rstrip(".").lstrip(STRIP)
        elif text[s - 2] == "Y" and text[s - 3] == "F" and len(tok) == 4:
            return read_period(text, s, e, tok)  # "FY 2009", "FY 2009-2010"
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
    if len(tok) == 4 and 1000 <= day <= 2199:
        if nxt in "-–/":
            return _span_of_years(text, s, e, tok)
        if text.startswith(_PERIOD_AFTER, e):
            return _year_then_period(text, s, e, tok)  # "2024 Q3"
    return None


def _span_of_years(text: str, s: int, e: int, tok: str) -> Figure | None:
    """The date that the year ``tok`` at ``text[s:e]`` begins with a hyphen or a slash
    after it: an ISO date ("2020-11-10") or a span of years ("2013-14")."""
    day = int(tok)
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


# -- periods named by a letter and a number ------------------------------------------------

#: The words before a quarter or a half of a year written without its year that make it
#: one ("in Q3", "the Q3 results", "for H1", "its Q4 sales"): alone, "Q3" and "H1" name a
#: car, a session or a visa as often.
_PERIOD_BEFORE = frozenset(["in", "the", "for", "during", "by", "its", "their"])
#: The highest number of each letter: four quarters, two halves.
_PERIOD_LAST = {"Q": "4", "H": "2"}
#: What after a year begins a quarter or a half of it: "2024 Q3", "2024 H1".
_PERIOD_AFTER = tuple(" " + letter for letter in _PERIOD_LAST)
#: The letters glued before digits that may name a part of a year ("Q3", "H1", "FY2025"),
#: for the finder's test before :func:`read_period` is asked (a year spaced from them is
#: read by :func:`read_date`: "FY 2009", "2024 Q3").
PERIOD_LETTERS = frozenset([*_PERIOD_LAST, "Y"])


def _word_starts(text: str, i: int) -> bool:
    """Whether no letter, digit or hyphen comes right before ``i``."""
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "-_")


def read_period(text: str, s: int, e: int, tok: str) -> Figure | None:
    """A part of a year named by a letter and a number around the digits ``tok`` at
    ``text[s:e]``: a quarter "Q1" to "Q4" or a half "H1", "H2" with its year after it
    ("Q3 2024": ``date`` "2024-Q3", ``value`` 2024; a year before it, "2024 Q3", is read
    by :func:`read_date`), or without one after "in", "the", "for", "during", "by", "its"
    or "their" ("in Q3": ``date`` "Q3", no ``value``); and a fiscal year, "FY" glued or
    spaced before a year ("FY2025", "FY 2009", "FY2023/24": ``date`` "FY2025",
    "FY2023/2024"; two digits are of this century before 70 and of the last after, "FY25"
    2025).  ``None`` for the rest: "Q7" (no
    quarter), "the Audi Q3", "H1N1", "H1-B"."""
    nxt = text[e:e + 1]
    prev = text[s - 1] if s else ""
    if prev == "Y" or (prev == " " and text[s - 2:s - 1] == "Y"):
        f = s - 2 if prev == "Y" else s - 3
        if f < 0 or text[f:f + 2] != "FY" or not _word_starts(text, f) or nxt.isalpha():
            return None
        if len(tok) == 2 and prev == "Y":
            full = int(tok) + (2000 if int(tok) < 70 else 1900)
            fig = Figure(f, e, Decimal(full), "date")
            fig.date = f"FY{full}"
            return fig
        if len(tok) != 4 or not 1900 <= int(tok) <= 2199:
            return None
        span = _span_of_years(text, s, e, tok) if nxt in "-–/" else None
        if span is None or span.low is None:
            fig = Figure(s, e, Decimal(tok), "date")
            fig.date = tok
        else:
            fig = span
        fig.start = f
        fig.date = "FY" + str(fig.date)
        return fig
    if prev in _PERIOD_LAST:
        # "Q3", "H1": one digit, a word of its own ("H1N1", "Q3s", "H1-B" are names)
        if (len(tok) != 1 or not "1" <= tok <= _PERIOD_LAST[prev] or not _word_starts(
                text, s - 1) or nxt.isalnum() or (nxt == "-" and text[e + 1:e + 2].isalpha())):
            return None
        period = prev + tok
        year = text[e + 1:e + 5]
        if (nxt in " \t\u00a0" and year.isdigit() and "1900" <= year <= "2199" and not (
                text[e + 5:e + 6].isdigit() or (text[e + 5:e + 6] in ",.-–/"
                                                 and text[e + 6:e + 7].isdigit()))):
            fig = Figure(s - 1, e + 5, Decimal(year), "date")  # "Q3 2024"
            fig.date = f"{year}-{period}"
            return fig
        if last_word(text, s - 1).lower() not in _PERIOD_BEFORE:
            return None
        fig = Figure(s - 1, e, None, "date")
        fig.date = period
        return fig
    return None


def _year_then_period(text: str, s: int, e: int, tok: str) -> Figure | None:
    """A year ``tok`` at ``text[s:e]``, four digits up to 2199, before a space and a
    quarter or a half of it ("2024 Q3", "2024 H1": ``date`` "2024-Q3", ``value`` 2024);
    the space and the letter are :func:`read_date`'s test (:data:`_PERIOD_AFTER`)."""
    q = text[e + 1]
    if (int(tok) >= 1900 and "1" <= text[e + 2:e + 3] <= _PERIOD_LAST[q]
            and not (text[e + 3:e + 4].isalnum() or text[e + 3:e + 4] == "-")):
        fig = Figure(s, e + 3, Decimal(tok), "date")
        fig.date = f"{tok}-{text[e + 1:e + 3]}"
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
    twentieth century (1960-1969); "the noughties" is 2000-2009.  "the teens" names no
    years, only a band of values from ten ("the high teens" of temperatures 17-19).
    As "the mid-1980s", "early", "mid" and "late" keep the whole decade.
    """
    s = fig.start
    if first < 1000:
        band = decade_band(text, s) if first else None
        if first == 13:
            # the teens are no years; a band of values from ten ("highs in the high teens"
            # 17 to 19, "temperatures in the teens" 10 to 19)
            if band is None or (band == (0, 9) and not _YEARS_BEFORE.search(
                    text, max(0, s - 12), s)):
                return False
            first = 10
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
