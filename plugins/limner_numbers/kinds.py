"""The annotation kind of this plugin: :class:`Number` (kind ``"number"``)."""

from __future__ import annotations

from typing import ClassVar

import attrs

import limner

__all__ = ["Number"]


@attrs.frozen(kw_only=True)
class Number(limner.Annotation):
    """A figure in the text, with its normalized value.

    Attributes:
        category: "cardinal", "ordinal", "percent", "money", "quantity", "date",
            "range", "fraction", "age" or "ratio".
        value: the figure as a JSON number (money in units of its currency,
            percent as written: 20 for "20%", a date's year, an age in years,
            a ratio as the quotient: 0.2 for "one in five"); ``None`` for
            ranges, vague amounts and dates without a year.
        unit: ISO 4217 code for money ("USD"), "percent" for percentages, a
            singular unit name otherwise ("day", "kilometre"); ``None`` for counts.
        qualifier: the hedge before the figure ("nearly", "more than"), lower-cased.
        low, high: the bounds the figure implies (a qualifier, a range, a
            vague amount, a "±", a decade).
        counted: the noun counted ("civilians" for "613 innocent civilians"), or
            the person an age is of ("man" for "a 27-year-old man").
        vague: ``True`` for vague amounts ("hundreds of thousands").
        date: for dates, the ISO 8601 form ("2020-11-10", "1993", "--11-08"
            without a year), a decade ("1990s") or a span of years ("2013/2014").
        per: for rates, the unit of the denominator ("hour" in "$15.4/hour";
            "person" for "per capita").
    """

    id_prefix: ClassVar[str] = "n"
    kind: str = "number"
    category: str = "cardinal"
    value: int | float | None = None
    unit: str | None = None
    qualifier: str | None = None
    low: int | float | None = None
    high: int | float | None = None
    counted: str | None = None
    vague: bool = False
    date: str | None = None
    per: str | None = None
