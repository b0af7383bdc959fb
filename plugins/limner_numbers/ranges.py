"""Ranges: two figures joined by "to", a dash, or "between ... and ..." become one.

A bare dash joins only increasing ends (a score "3-1" is no range), units must
agree, and a verb of change before "from" ("rose from 19% to 25%") or before a
figure with its own unit ("fell 3p to 250p") keeps two figures.
"""

from __future__ import annotations

import math
import re

from limner_numbers.context import rate_after
from limner_numbers.figure import Figure, Num, prev_words
from limner_numbers.lexicon import CHANGE_VERBS, DIGIT_SCALES, HEDGES_AFTER, STOP_WORDS

__all__ = ["join_ranges"]

_RANGEABLE = frozenset({"cardinal", "percent", "money", "quantity", "age"})
_AGED_BEFORE = re.compile(r"\b[Aa]ged[ \t]+(?:from[ \t]+)?$")
#: An amount written in hundredths of its currency ("10p", "10c", "60 cents", "20 paise").
_HUNDREDTHS = re.compile(r"[0-9](?:[pc]|[ \t]*(?:pence|cents?|paise|paisa))\b")
#: The units of an age written after the second end of a range ("aged 6 to 59 months").
_AGE_UNITS = frozenset(["year", "month", "week", "day"])
_RANGE_GAP = re.compile(
    r"[ \t]*(?:(?P<dash>[-–—])|-?[ \t]*(?P<to>to|and|through)|-)[ \t]*|[ \t]+(?P<or>or)[ \t]+")


def _is_change(text: str, s: int, bare: bool, qualifier: str | None = None) -> bool:
    """Whether "<verb of change> from" comes before ``s`` ("profits rose from ..."), or,
    unless one end is ``bare`` (a cardinal sharing the other's unit, "rose 3 to 5
    percent", "raise $10 to 20 million"), a verb of change, maybe with "by", before it:
    right before, or before the figure's ``qualifier`` or a short object ("fell 3p to
    250p", "lost more than $2 to $43.25", "lifted interest rates 0.25% to 5.5%", "boost
    net income by 400m euros to 2.5bn euros")."""
    written = prev_words(text, s, 6)
    words = [w.lower() for w in written]
    n = len(words)
    if qualifier is not None and words[-len(qualifier.split()):] == qualifier.split():
        n -= len(qualifier.split())
    via = words[n - 1] if n and words[n - 1] in ("by", "from") else None
    if via is not None:
        n -= 1
    if via == "from" or (not bare and n):
        # the verb, then at most two words of its object ("interest rates", "net income")
        for i in range(n - 1, max(-1, n - 4), -1):
            if words[i] in CHANGE_VERBS:
                return True
            if not (written[i].isalpha() and written[i].islower()) or words[i] in STOP_WORDS:
                break
    words = words[-4:]
    if "from" not in words:
        return False
    i = len(words) - 1 - words[::-1].index("from")
    return i > 0 and words[i - 1] in CHANGE_VERBS


def join_ranges(text: str, figs: list[Figure]) -> list[Figure]:
    """Join "between 10 and 20", "10-20", "5 to 7 per cent" into one range figure."""
    out: list[Figure] = []
    i = 0
    while i < len(figs):
        a = figs[i]
        if i + 1 < len(figs) and figs[i + 1].start - a.end <= 12:
            b = figs[i + 1]
            if "date" in (a.category, b.category) and _days_of_a_month(text, a, b):
                out.append(a)
                i += 1
                continue
            joined = _years(text, a, b) or _era_years(text, a, b) or _join(text, a, b)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _span_opener(text: str, a: Figure, b: Figure) -> str | None:
    """The word that opens a span of years from ``a`` to ``b`` ("between" before "and",
    "from" or "between" before "to" or "through"); None where none does."""
    gm = _RANGE_GAP.fullmatch(text, a.end, b.start)
    if gm is None or gm.group("to") is None:
        return None
    before = prev_words(text, a.start, 1)
    opener = before[0].lower() if before else ""
    if not (opener == "between" if gm.group("to") == "and" else opener in ("from", "between")):
        return None
    return opener


def _years(text: str, a: Figure, b: Figure) -> Figure | None:
    """"from 1990 to 1995", "between 2010 and 2014": a span of years, as "1990-1995" is
    one; else None."""
    if not (a.category == b.category == "date" and a.low is None and b.low is None
            and a.date is not None and b.date is not None and len(a.date) == len(b.date) == 4
            and a.date.isdigit() and b.date.isdigit() and a.date < b.date):
        return None
    opener = _span_opener(text, a, b)
    if opener is None:
        return None
    if opener == "from" and _is_change(text, a.start, False):
        return None  # "visitors rose from 1500 to 1800": a change of a count, as written
    r = Figure(a.between if a.between is not None else a.start, b.end, a.value, "date")
    r.low, r.high = a.value, b.value
    r.date = f"{a.date}/{b.date}"
    return r


def _era_years(text: str, a: Figure, b: Figure) -> Figure | None:
    """"between 250 and 100 B.C.", "from 500 BC to 1000 AD": a span of years with their
    era (``Figure.era``, read by :func:`limner_numbers.context._era`), the first end taking
    the second's when it has none; else None."""
    if b.era is None or b.date is None or b.value is None:
        return None
    if a.era is not None and a.date is not None and a.value is not None:
        first, written = a.value, a.date
    elif a.category == "cardinal" and a.plain and a.value is not None and b.era:
        # the first end is of the second's era: "between 250 and 100 B.C." is -250 to -100
        first = -a.value if b.value < 0 else a.value
        written = text[a.start:a.end] + b.era
    else:
        return None
    if not first < b.value:
        return None
    if _span_opener(text, a, b) is None:
        return None
    r = Figure(a.between if a.between is not None else a.start, b.end, first, "date")
    r.low, r.high = first, b.value
    r.date = f"{written}/{b.date}"
    return r


#: What comes before a bowler's figures, wickets and runs joined by a dash ("figures of
#: 4-38", and after a verb of taking wickets, "took 4-36", "taking 5-30", "claimed 6-55").
_BOWLING = re.compile(
    r"\b(?:figures(?:[ \t]+of)?|t(?:ook|aking|akes)|claim(?:ed|ing|s)|return(?:ed|ing|s))[ \t]+$")


#: A date with its day: "--03-07", "2024-11-16".
_DAY_DATE = re.compile(r"(?:[0-9]{4}|-)-[0-9]{2}-(?P<day>[0-9]{2})")


def _days_of_a_month(text: str, a: Figure, b: Figure) -> bool:
    """Make the bare day beside a date of the same month a date too: "5-7 March", "from 3
    to 5 June", "on 10 and 11 July", "14-16 November 2024" (the first day), "March 5-7"
    (the second); whether one was. The two stay two dates, an earlier day first."""
    gm = _RANGE_GAP.fullmatch(text, a.end, b.start)
    if gm is None:
        return False
    day, date = (a, b) if b.category == "date" else (b, a)
    if day.category != "cardinal" or not day.plain or day.counted is not None or (
            date.date is None or (dm := _DAY_DATE.fullmatch(date.date)) is None):
        return False
    n = day.value
    if n is None or n != int(n) or not 1 <= n <= 31 or (n < int(dm.group("day"))) != (
            day is a):
        return False
    day.category = "date"
    day.date = f"{date.date[:-2]}{int(n):02d}"
    day.value = date.value
    day.plain = False
    return True


def _join(text: str, a: Figure, b: Figure) -> Figure | None:
    """The range that ``a`` and ``b`` make together, or None if they are two figures."""
    if a.category not in _RANGEABLE or b.category not in _RANGEABLE or a.vague or b.vague:
        return None
    if a.value is None or b.value is None or (a.per != b.per and a.per is not None):
        return None  # a rate written once is after the second end: "$1.48 to $1.52 a share"
    if b.qualifier is not None and b.qualifier not in HEDGES_AFTER:
        return None  # (a hedge after the second end is the range's: "18 and 30% or more")
    gm = _RANGE_GAP.fullmatch(text, a.end, b.start)
    if gm is None:
        return None
    if gm.group("to") == "and" and a.between is None:
        return None
    if gm.group("or") and not _a_guess(text, a, b):
        return None
    shares_money = a.category == "money" and b.category == "cardinal"
    age_unit = (a.category == "age" and b.category == "quantity" and b.unit in _AGE_UNITS
                and " " not in text[a.start:a.end].split(None, 1)[-1])
    if a.category != b.category and a.category != "cardinal" and not (
            shares_money or age_unit or (a.category == "age" and b.category == "cardinal")):
        return None  # "aged 5 to 11", "$2-3 million": a bare end shares the first's unit
    if shares_money and b.counted is not None:
        return None  # "gave $155 million to 126 centres": an amount and a count
    if a.unit is not None and b.unit is not None and a.unit != b.unit and not age_unit:
        return None  # ("aged 6 to 59 months": the first end is of the unit after the second)
    if a.counted is not None:
        return None
    scale = _scale_of_second(text, a, b)
    if scale is None and gm.group("to") is None and _thousands_shared(text, a, b):
        scale = 1000  # "20-25,000 troops": twenty to twenty-five thousand
    shared = None if scale is None or a.value * scale >= b.value else a.value * scale
    # a bare end shares the other's unit ("rose 3 to 5 percent") or scale ("rose 2 to 3
    # million"); not a scale word it is as large as without ("fell 20,000 to 1.3m": a change
    # and the new level), and two counts share nothing ("rose by 1,500 to 23,000")
    bare = (a.category == "cardinal" or b.category == "cardinal") and not (
        scale is not None and shared is None) and not (
        a.category == b.category == "cardinal" and shared is None)
    if gm.group("to") == "to" and _is_change(text, a.start, bare, a.qualifier):
        return None  # "rose from 19% to 25%", "fell 3p to 250p": a change and a level
    lo, hi = a.value, b.value
    if shared is not None:
        lo = shared
    if a.category == "cardinal" and b.category == "money" and _HUNDREDTHS.search(
            text, b.start, b.end):
        lo = lo / 100  # "5-10p", "between 50 and 60 cents": the first end is in pence too
    if not (_finite(lo) and _finite(hi)):
        return None  # "from 1e309 to 2 kg": a figure without a value bounds no range
    if gm.group("to") != "and" and not lo < hi and (gm.group("to") is None or hi >= 0):
        # "10-20", "5 to 7": a dash or "to" joins a range only upwards (a score "3-1", a
        # tally "45% to 25%", an amount then a count "worth £808m to 8,177" are no range),
        # though "to" joins negative ends by their size ("-18C to -34C")
        if gm.group("to") is None and a.end + 1 == b.start and a.category == "cardinal":
            b.counted = None  # "a 3-1 win", "a 1-1 draw": a score counts no win or draw
        return None
    if gm.group("to") is None and a.plain and b.plain and (
            1000 <= lo <= 2199 or _beside_a_score(text, a.start, b.end)
            or (lo <= 10 and b.counted is None
                and _BOWLING.search(text, max(0, a.start - 12), a.start))):
        # "1990-1995" is a span of years; "won 6-4, 3-6, 7-6" a list of scores; "figures
        # of 4-38", "took 4-36" a bowler's wickets and runs
        return None
    r = Figure(a.between if a.between is not None else a.start, b.end, None, "range")
    r.low, r.high = min(lo, hi), max(lo, hi)
    r.unit = b.unit or a.unit
    r.counted = b.counted
    r.qualifier = a.qualifier or b.qualifier
    if r.unit is None and (am := _AGED_BEFORE.search(text, max(0, r.start - 12), r.start)):
        r.unit = "year"  # "aged between 30 and 40", "aged from 18 to 24", as "aged 5 to 11"
        r.start = am.start()
    r.per = b.per
    if a.category == "money" and (r.per is None or text.startswith((" a ", " an "), b.end)):
        # "$80-85 a barrel", "£10-15m a year": the rate after a bare second end is money's,
        # in the span, though the bare count "15m a year" has its rate outside its own
        rate_after(text, r)
    return r


#: A score written next to a pair of figures joined by a dash, in a list ("6-4, 3-6"), or
#: a set won 7-6 and its tie-break in parentheses ("6-7 (4-7)"; group 3, the bracket).
_SCORE_BEFORE = re.compile(
    r"\b([0-9]{1,3})[-–]([0-9]{1,3})(?:[,;]?[ \t]+(?:and[ \t]+)?|[ \t]*(\())$")
_SCORE_AFTER = re.compile(
    r"(?:[,;]?[ \t]+(?:and[ \t]+)?|[ \t]*(\())([0-9]{1,3})[-–]([0-9]{1,3})\b")
#: The sets a tie-break decides, games won and lost: a tie-break in parentheses is
#: written after one ("7-6 (7-4)") and before the next pair of a list ("6-7 (4-7), 7-5").
_TIE_BREAK_SET = frozenset([("6", "7"), ("7", "6")])


#: Before the first of two figures joined by "or", what makes them alternatives: "either
#: $43bn or $55bn", "whether 5 or 6", and the comma of a list ("£30m, £40m or £50m").
_ALTERNATIVES_BEFORE = re.compile(r"(?:\b(?:[Ee]ither|[Ww]hether)|[0-9a-z],)[ \t]+$")


def _a_guess(text: str, a: Figure, b: Figure) -> bool:
    """Whether ``a`` "or" ``b`` is a guess between neighbouring whole numbers, a range as
    "three to four" is ("three or four people", "10 or 15 minutes", "5 or 6 per cent"):
    the second larger than the first and at most twice it, not years ("2019 or 2020")
    nor alternatives far apart ("5 or 50") or named so ("either 5 or 6", a list "3, 4
    or 5"), nor ages."""
    lo, hi = a.value, b.value
    if "age" in (a.category, b.category) or lo is None or hi is None or lo != int(
            lo) or hi != int(hi):
        return False  # (ages after "aged" are a list: "the victims, aged 67 or 70")
    return 0 < lo < hi <= 2 * lo and not (a.plain and b.plain and 1000 <= lo <= 2199) and (
        _ALTERNATIVES_BEFORE.search(text, max(0, a.start - 10), a.start) is None)


def _beside_a_score(text: str, s: int, e: int) -> bool:
    """Whether the dashed pair at ``s:e`` is listed beside a score, a pair that does not
    go upwards ("won 6-4, 3-6, 7-6", "6-3 4-6 6-4"): a score too, not a range (a list of
    ranges goes upwards throughout: "aged 18-24, 25-34"); or is in parentheses right
    after a pair, the tie-break of a set ("6-7 (4-7)")."""
    m = _SCORE_BEFORE.search(text, max(0, s - 16), s)
    if m is not None and (int(m.group(1)) >= int(m.group(2)) if m.group(3) is None
                          else m.group(1, 2) in _TIE_BREAK_SET):
        return True
    if (m := _SCORE_AFTER.match(text, e)) is None:
        return False
    if m.group(1) is not None:
        return tuple(text[s:e].replace("–", "-").split("-")) in _TIE_BREAK_SET
    return int(m.group(2)) >= int(m.group(3))


def _finite(value: Num | None) -> bool:
    """Whether ``value`` is a value a figure can be written with: a finite float (a
    figure past the floats' range is written without one)."""
    if value is None:
        return False
    try:
        return math.isfinite(float(value))
    except OverflowError:
        return False


#: A figure's digits or number word and the scale word written after them ("3.5 million",
#: "3bn", "three thousand").
_SCALED = re.compile(
    r"\d[\d.,]*[ \t\u00a0]?(" + "|".join(sorted(DIGIT_SCALES, key=len, reverse=True)) + r")\b"
    r"|[a-z][ \t-]+(hundred|thousand|million|billion|trillion|dozen|lakh|crore)\b",
    re.IGNORECASE,
)


def _thousands_shared(text: str, a: Figure, b: Figure) -> bool:
    """Whether ``a``, written with one to three digits before a dash, shares the
    thousands of ``b``, written in thousands ("20-25,000", "5–10,000"): ``b`` ends with
    ",000" and lies between a thousand and ten thousand times ``a``."""
    first = text[a.start:a.end]
    return (first.isdigit() and len(first) <= 3 and text.endswith(",000", b.start, b.end)
            and a.value is not None and b.value is not None
            and a.value > 0 and a.value * 1000 <= b.value < a.value * 10000)


def _scale_of_second(text: str, a: Figure, b: Figure) -> int | None:
    """The scale word that only ``b`` is written with ("between 2.5 and 3.5 million",
    "fell 20,000 to 1.3m": a million), or None when ``a`` has a scale of its own or
    ``b``'s is none ("3 m": metres). ``a`` shares it unless it is as large as ``b``
    without it ("500 and 1.5 million")."""
    found = _SCALED.search(text, b.start, b.end)
    if found is None or _SCALED.search(text, a.start, a.end) is not None:
        return None
    scale = DIGIT_SCALES.get((found.group(1) or found.group(2)).lower())
    if scale is None or a.value is None or b.value is None or b.value < scale:
        return None
    return scale
