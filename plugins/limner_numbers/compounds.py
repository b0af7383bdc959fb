"""Figures made of two figures: compound measures and ratios.

A pass over the figures found, before ranges are joined:

- **compound measures**: a quantity followed directly by one in the next smaller
  unit of the same measure ("6ft 2in", "1 hr 20 min", "3 lb 4 oz") become one
  quantity in the smaller unit (74 inches, 80 minutes, 52 ounces); parts chain
  ("1 hour 20 minutes 30 seconds" is 4,830 seconds), a height's inches without their
  unit too ("5ft 10" is 70 inches); parts joined by "and" or a
  comma ("3 years, 2 months and 14 days") stay a list of figures;
- **a unit and a half**: "a year and a half", "an hour and a quarter", "two miles and a
  half" are one quantity (1.5 years, 1.25 hours, 2.5 miles), not the fraction alone;
- **ratios** (category ``ratio``, the value the quotient): "one in five",
  "1 in every 4", "nine out of ten", "5 per 1,000", "10 to 1".
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from limner_numbers.figure import Figure, Num, prev_words
from limner_numbers.lexicon import TALLY_VERBS, WORD_UNITS

__all__ = ["COMPOUND_UNITS", "join_compounds", "part_of_a_unit"]

#: A unit, the next smaller unit written after it in a compound, and how many of the
#: smaller make one of the larger.
COMPOUND_UNITS: dict[str, tuple[str, int]] = {
    "mile": ("yard", 1760), "yard": ("foot", 3), "foot": ("inch", 12),
    "metre": ("centimetre", 100), "kilometre": ("metre", 1000), "centimetre": ("millimetre", 10),
    "stone": ("pound", 14), "pound": ("ounce", 16), "tonne": ("kilogram", 1000),
    "kilogram": ("gram", 1000), "year": ("month", 12), "week": ("day", 7), "day": ("hour", 24),
    "hour": ("minute", 60), "minute": ("second", 60), "gallon": ("pint", 8),
}

_COMPOUND_GAP = re.compile(r"[ \t]*")
#: Digits and a dash right before a figure: it ends a score or a tally ("2-1", "245-3").
_SCORE_END = re.compile(r"[0-9][-–]$")
_RATIO_GAP = re.compile(
    r"[ \t]+(?:(?P<in>in)(?:[ \t]+every)?|(?P<out>out[ \t]+of)|(?P<per>per))[ \t]+"
    r"|-(?:(?P<hin>in)(?:-every)?|(?P<hout>out-of))-"  # "a 1-in-5 chance", "one-in-four"
    r"|(?P<to>[ \t]+to[ \t]+|-to-)"
)


def join_compounds(text: str, figs: list[Figure]) -> list[Figure]:
    """Join compound measures and ratios among ``figs`` (in text order)."""
    out: list[Figure] = []
    for fig in figs:
        if out:
            joined = _join(text, out[-1], fig)
            if joined is not None:
                out[-1] = joined
                continue
        if _and_a_part(text, fig):
            m = _ONE_UNIT_AND.search(text, max(0, fig.start - 40), fig.start)
            unit = None if m is None else WORD_UNITS.get(m.group("unit").lower())
            if m is not None and unit is not None and fig.value is not None:
                # "a year and a half": one unit and the part, a quantity of that unit
                fig.start, fig.value, fig.category, fig.unit = (
                    m.start(), _sum(Decimal(1), fig.value), "quantity", unit)
                _requalify(text, fig)
        out.append(fig)
    return out


#: "and" between a quantity and the part of its unit after it ("two miles and a half").
_AND = re.compile(r"[ \t]+and[ \t]+")
#: One unit in words and "and" before its part: "a year and ", "an hour and ", "one mile and ".
_ONE_UNIT_AND = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)[ \t]+(?P<unit>[A-Za-z]+)[ \t]+and[ \t]+$")


#: A unit word and "and" right before a part of it: "miles and ", "hour and ".
_UNIT_AND = re.compile(r"\b(?P<unit>[A-Za-z]+)[ \t]+and[ \t]+$")


def part_of_a_unit(text: str, s: int) -> bool:
    """Whether "a half" at ``s`` follows a unit word and "and" ("a mile and a half long"),
    the part of that unit even before a noun, where "a half" alone names none."""
    m = _UNIT_AND.search(text, max(0, s - 30), s)
    return m is not None and m.group("unit").lower() in WORD_UNITS


def _and_a_part(text: str, fig: Figure) -> bool:
    """Whether ``fig`` is "a half" or "a quarter" after "and", the part of a unit named
    before it ("a year and a half", "an hour and a quarter"); "a quarter of" is a share of
    what follows, not of the unit ("in a year and a quarter of firms")."""
    if fig.category != "fraction" or fig.qualifier is not None or fig.value is None:
        return False
    word = text[fig.start:fig.end].lower()
    if (word == "a quarter" and text.startswith(" of", fig.end)) or text.startswith(
            "-", fig.end):
        return False  # "a quarter of firms", "a half-hour break"
    return word in ("a half", "a quarter") and text[max(0, fig.start - 5):fig.start].lower() \
        .rstrip(" \t").endswith("and")


def _requalify(text: str, fig: Figure) -> None:
    """Read the qualifier again after the start of ``fig`` moved; its bounds with it."""
    from limner_numbers.context import qualify

    fig.qualifier = fig.low = fig.high = None
    qualify(text, fig)


def _join(text: str, a: Figure, b: Figure) -> Figure | None:
    if b.start - a.end > 12 or a.value is None or b.value is None or b.qualifier is not None:
        return None
    if a.category == "quantity" and b.category == "money" and a.unit == "stone" and text[
            b.start:b.end].lower().endswith(("pounds", "pound")):
        b.category, b.unit = "quantity", "pound"  # "12 stone 6 pounds": weight
    if (a.category == "quantity" and a.unit == "foot" and b.category == "cardinal"
            and b.counted is None and b.plain and b.value < 12 and (
                text[a.end:b.start] == " " or _foot_hyphen(text, a, b))):
        # "5ft 10", "6ft 2", "6-foot-5": a height, the inches left unwritten
        b.category, b.unit = "quantity", "inch"
    if a.category == "quantity" and b.category == "quantity":
        return _compound(text, a, b)
    if (a.category == "quantity" and a.unit is not None and not a.per and _and_a_part(text, b)
            and _AND.fullmatch(text, a.end, b.start)):
        # "two miles and a half", "a mile and a half": one quantity
        a.value = _sum(a.value, b.value)
        a.end = b.end
        if a.qualifier is not None:
            _requalify(text, a)
        return a
    if a.category == "cardinal" and not a.vague:
        if b.category == "cardinal":
            return None if b.vague else _ratio(text, a, b)
        if b.unit in _RETURN_UNITS and b.category == "quantity" and text[a.end:a.end + 1] == "-":
            return _return_period(text, a, b)  # "a 1-in-100-year flood"
    return None


#: The units of time a chance is given per in one hyphened phrase: "a 1-in-100-year flood".
_RETURN_UNITS = frozenset(["year", "decade", "century", "day", "week", "month"])


def _return_period(text: str, a: Figure, b: Figure) -> Figure | None:
    """A chance joined by hyphens to a quantity of time written as an adjective, "a
    1-in-100-year flood", "a one-in-200-year storm", "a 1-in-100 year flood": one ratio,
    the chance in each unit of time (0.01 per ``year``), the whole phrase its span, as "a
    1-in-10 chance" is a ratio; "once in 100 years" and "1-in-5 years", a time in the
    plural, stay a quantity."""
    assert a.value is not None and b.value is not None  # as _join has checked
    m = _RATIO_GAP.fullmatch(text, a.end, b.start)
    if (m is None or not m.group("hin") or not b.value or not 0 <= a.value <= b.value
            or a.counted is not None or b.per is not None
            or not text.endswith(b.unit or "-", b.start, b.end)):
        return None  # the unit in the singular, an adjective: not "1-in-5 years"
    r = Figure(a.start, b.end, _quotient(a.value, b.value), "ratio")
    r.per = b.unit
    r.qualifier, r.low, r.high = a.qualifier, a.low, a.high
    return r


def _foot_hyphen(text: str, a: Figure, b: Figure) -> bool:
    """Whether ``a``, written "6-foot", is joined to ``b`` by a hyphen: a height in the
    American way, "6-foot-5" (77 inches)."""
    return text[a.end:b.start] == "-" and text.endswith("-foot", 0, a.end)


def _compound(text: str, a: Figure, b: Figure) -> Figure | None:
    assert a.value is not None and b.value is not None  # as _join has checked
    smaller = COMPOUND_UNITS.get(a.unit or "")
    if smaller is None or b.unit != smaller[0] or a.per or b.per or a.value < 0:
        return None
    if (_COMPOUND_GAP.fullmatch(text, a.end, b.start) is None and not _foot_hyphen(text, a, b)
            ) or not 0 <= b.value < smaller[1]:
        return None
    a.value = _sum(a.value * smaller[1], b.value)
    a.unit = b.unit
    a.end = b.end
    a.low = a.high = None
    if a.qualifier is not None:  # the bound the qualifier set, in the smaller unit
        from limner_numbers.context import qualify

        qualify(text, a)
    return a


def _ratio(text: str, a: Figure, b: Figure) -> Figure | None:
    assert a.value is not None and b.value is not None  # as _join has checked
    m = _RATIO_GAP.fullmatch(text, a.end, b.start)
    if m is None or not b.value or a.counted is not None:
        return None  # "14 goals in 20 games" is no ratio
    if _SCORE_END.search(text, max(0, a.start - 5), a.start):
        return None  # "lost 2-1 in 10 matches", "245-3 in 42 overs": a score's end, no ratio
    if m.group("to"):
        # "10 to 1", "3-to-1": odds and votes; "from 5 to 1" is a change
        if b.value != 1 or not a.value > 1 or "from" in (w.lower() for w in prev_words(
                text, a.start, 2)) or a.between is not None or _a_tally(text, a.start):
            return None
        value: Num = a.value
    else:
        if m.group("per") and (b.value < 10 or b.value % 10):
            return None  # "5 per 1,000", "3 per 100,000 people"; not "2 per 3"
        if m.group("per") is None and not 0 <= a.value <= b.value:
            return None
        value = _quotient(a.value, b.value)
    r = Figure(a.start, b.end, value, "ratio")
    r.counted = b.counted
    if b.counted == "times" and text.endswith("times", b.start, b.end):
        # "one in a million times": how often, not a count of times; the ratio alone
        r.end = b.start + len(text[b.start:b.end - 5].rstrip())
        r.counted = None
    r.qualifier, r.low, r.high = a.qualifier, a.low, a.high
    if r.low is not None or r.high is not None:
        r.low = r.high = None
        from limner_numbers.context import qualify

        qualify(text, r)
    return r


#: Words right before a count "to" one that make it a margin or odds, after any verb:
#: "won by two to one", "won at 10 to 1", "backed it by a margin of two to one".
_MARGIN_BEFORE = frozenset(["at", "by", "of"])


def _a_tally(text: str, s: int) -> bool:
    """Whether a count "to" one at ``s`` is a tally of two counts: after a verb of a
    tally or a vote and up to three words of its object, in one clause ("The committee
    voted seven to one", "won the series two to one", "beat the Sharks three to one");
    not after "at", "by" or "of" ("won at 10 to 1", "by a margin of two to one")."""
    words = prev_words(text, s, 4)
    if not words or words[-1].lower() in _MARGIN_BEFORE:
        return False
    for word in reversed(words):
        if not word.isalpha():
            return False  # a clause's or a name's punctuation ends the search
        if word.lower() in TALLY_VERBS:
            return True
    return False


def _sum(a: Num, b: Num) -> Num:
    """``a + b``, exact whether each is a Decimal ("2.5") or a Fraction ("2 1/2")."""
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return a + b
    return Fraction(a) + Fraction(b)


def _quotient(a: Num, b: Num) -> Num:
    """``a / b``, exact: a fraction unless both are decimals that divide evenly."""
    q = Fraction(a) / Fraction(b)
    return Decimal(q.numerator) if q.denominator == 1 else q
