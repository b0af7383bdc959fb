"""Dates around digits: "November 10, 2020", "10 November", "Nov 08 2023", "2020-11-10", "1981-87".

A date's ``value`` is its year (``None`` when no year is written); its ISO 8601
form goes to ``date``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from limner_numbers import patterns as P
from limner_numbers.figure import STRIP, Figure, last_word, word_end
from limner_numbers.lexicon import MONTHS

__all__ = ["read_date"]

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
