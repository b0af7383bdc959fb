"""What surrounds a figure: scale, sign, currency, percent, unit, qualifier, the noun counted.

Each reader is anchored at the figure's edge and bounded, and each is gated by a
cheap look at the next or previous characters, so that most figures pay for
few pattern matches.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from decimal import Decimal

from limner_numbers import heads as H
from limner_numbers import patterns as P
from limner_numbers.figure import (
    STRIP,
    Figure,
    Num,
    after_determiner,
    last_word,
    prev_words,
    word_end,
)
from limner_numbers.lexicon import (
    AGE_BEFORE_LAST,
    CHANGE_VERBS,
    CURRENCY_ADJECTIVES,
    CURRENCY_PLURALS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DATING_WORDS,
    DETERMINERS,
    DIGIT_SCALES,
    HEDGES_AFTER,
    HUNDREDTHS_WORDS,
    IRREGULAR_PAST,
    IRREGULAR_PLURALS,
    MINOR_CURRENCY,
    MONTHS,
    POINTS_ADVERBS,
    POINTS_GAP_AFTER,
    QUALIFIERS,
    SCALED_UNITS,
    SCALES,
    SHARE_LEVEL,
    SMALL,
    STOP_WORDS,
    SYMBOL_UNITS,
    TIME_ADVERBS,
    TIME_PAST_WORDS,
    TIMES_WORDS,
    VAGUE,
    WORD_UNITS,
    iso_codes,
    split_words,
)

__all__ = [
    "after", "counted", "currency_before", "divided", "hedged", "in_a_noun_of_its_own", "qualify",
    "rate_after", "scale", "sign", "unit_at",
]

_NEXT_WORDS = re.compile(
    r"(?:[ \t]+(?P<of>of)(?=[ \t]))?"
    r"[ \t]+(?P<w1>[A-Za-z][\w'’-]*+)(?:[ \t]+(?P<w2>[A-Za-z][\w'’-]*+))?"
    r"(?:[ \t]+(?P<w3>[A-Za-z][\w'’-]*+))?"
)
#: The words that date a span of time after it (:data:`DATING_WORDS`), as a pattern's
#: alternatives: "a year ago", "a night earlier", "a week later".
_DATING = "|".join(DATING_WORDS)
_QUALIFIER_ENDS = frozenset([q.split()[-1] for q in QUALIFIERS] + ["between"])
_QUALIFIER_TAILS = frozenset(w[-2:] for w in _QUALIFIER_ENDS)
_MARGIN_LAST = frozenset("±-–−")
#: Plurals after a distance in sport ("the 400m hurdles", "200m titles"): metres, not millions.
_EVENTS = frozenset(["hurdles", "relays", "metres", "meters", "yards", "titles", "finals",
                     "heats", "races", "events", "records", "times", "splits", "medals"])
_SCALE_PREFIXES = frozenset(["hu", "th", "mi", "bi", "tr", "do", "mn", "ml", "bn", "bl", "tn",
                             "la", "cr"])
_SCALE_FIRST = frozenset("hHtTmMbBdDkKlcG")
_CURRENCY_END = frozenset("$€£¥₹₽₼₺₩₦₱₴₪₫฿¢₵s.hkp")
_FEET_BEFORE = re.compile(r"(?:ft|feet|foot|')[ \t]*$")
_INCH = re.compile(r"[ \t]*(?:[.,;:)]|$|\n|thick|long|wide|tall|high|deep|in diameter)")
#: What "from" after a unit of time names that is a place or a source, not a time: a
#: capitalised name that is no day of the week or feast ("a day from Heathrow", "a year
#: from Google"), nor a month before a day of it, "the" and a noun of a place ("a day from
#: the port"), a noun in the plural without a determiner ("a week from voters": a time from
#: which one counts is one point) and "abroad" or "overseas"; not "from now", "from
#: Monday", "from April 3", "from the date", "from launch", "from this week".  A month
#: alone is read by the same branch as a name: the time a rate starts ("£150 a year from
#: April"), as :data:`_FROM_START` reads a year.
_FROM_PLACE = (
    r"[ \t]+(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas"
    r"|Easter|New[ \t]+Year|(?:" + "|".join(m.capitalize() for m in MONTHS)
    + r")[ \t]+[0-9]{1,2})\b)[A-Z][A-Za-z]"
    r"|the[ \t]+(?:airport|port|harbour|harbor|station|terminal|hub|city|capital|coast|island"
    r"|mainland|border|region|country|continent|mine|plant|factory|refinery|field|site|farm"
    r"|warehouse|hospital|area)\b"
    r"|(?!(?:its|his|this|was|has|is|as|us|yes|thus|whereas|perhaps)\b)[a-z]+(?<![su])s\b(?![-'’])"
    r"|abroad\b|overseas\b)")
#: What "from" after a rate's unit of time names that is the time the rate starts, not a
#: time counted from: a year ("500,000 cars a year from 2027") and "next" and a unit of
#: time ("$40 a month from next year"); a month alone is read as a name (:data:`_FROM_PLACE`).
_FROM_START = r"[ \t]+(?:(?:19|20)[0-9]{2}\b(?![-'’])|next[ \t]+(?:year|month|week)\b)"
#: The words a phrase ends at, after a noun: punctuation, the end, or a preposition, a
#: conjunction, an article or a verb of being ("a game.", "a second in", "a game for").
_PHRASE_END = (
    r"(?=[ \t]*(?:[.,;:!?)\"”’]|$)|[ \t]+(?:in|on|at|for|and|or|per|a|an|the|from|with|by|is"
    r"|was|were|are|each|every|last|this|over|until|since|while|but|during|across)\b)")
_PER = re.compile(
    r"-an?-(?=(?:hour|day|week|month|year)\b)"  # "£10,000-a-year"
    r"|[ \t]*/[ \t]*|[ \t]+[Pp]er[ \t]+"
    # a unit of time after "a" is a rate ("£100 a month on average") unless it is a time
    # from then ("a year earlier", "a year on, ...", "a year on from", "a year from now"):
    # "from" a place leaves it a rate ("1,300 flights a day from Heathrow"), and so does
    # "from" the time it starts ("a year from 2027"); "a second" only where a phrase ends
    # ("2,000 cubic metres a second.", not the ordinal of "a second time")
    r"|[ \t]+an?[ \t]+(?=(?:hour|day|week|month|year|minute|second" + _PHRASE_END + r")\b"
    r"(?![ \t]+(?:" + _DATING + r"|from(?!" + _FROM_PLACE + r"|" + _FROM_START + r"))\b"
    r"|[ \t]+on(?:[ \t]*[,.;:]|[ \t]+from\b)))"
    # any other unit after "a" or "an", what follows it aside: "$30 an ounce on Monday",
    # "$6.20 a bushel", "45p a pint" (the unit is read by the caller; not "a second time")
    r"|(?P<article>[ \t]+an?[ \t]+)(?!(?:hour|day|week|month|year|minute|second)\b)"
    r"(?=[A-Za-z])"
)


def scale(text: str, fig: Figure) -> None:
    """Apply a scale word after digits ("2.4 billion", "$5bn", "1.5m")."""
    e = fig.end
    c = text[e:e + 1]
    if c in " \t-":
        if text[e + 1:e + 3].lower() not in _SCALE_PREFIXES and (
                c == "-" or text[e + 1:e + 2] != "k"):
            return
    elif not c or c not in _SCALE_FIRST:
        return
    m = P.SCALE_AFTER.match(text, e)
    if m is None:
        return
    word = m.group("word") or m.group("abbr") or m.group("k")
    if word is None:
        letter = m.group("letter")
        if letter == "G" and not currency_before(text, fig.start) and (
                e - fig.start == 1 or text[fig.start + 1] == "."):
            return  # "5G", "2.5G": generations of mobile networks
        if letter in "mM":
            # "1.5m" is a million with money, before a plural or a unit ("1.5m people",
            # "1m barrels"), or with one decimal ("11.9m"); else metres ("400m", "7.95m")
            digits = text[fig.start:e]
            one_decimal = "." in digits and len(digits) - digits.index(".") == 2
            if not (one_decimal or _money_before(text, fig.start)
                    or _plural_next(text, m.end()) or _currency_follows(text, m.end())):
                return
        elif letter == "K" and not (_money_before(text, fig.start) or _word_next(text, m.end())
                                    or _currency_follows(text, m.end())):
            return  # "77K." is a temperature in kelvin; "$77K", "800K units" are thousands
        elif letter in "bBT" and not (_money_before(text, fig.start)
                                      or _currency_follows(text, m.end())):
            return
        word = letter
    factor = 1
    for part in word.lower().split():
        factor *= DIGIT_SCALES[part]
    fig.value = fig.value * factor if fig.value is not None else None
    if fig.low is not None and fig.high is not None:
        fig.low = fig.low * factor
        fig.high = fig.high * factor
    fig.end = m.end()
    fig.plain = False


def _money_before(text: str, s: int) -> bool:
    """Whether a currency comes before the figure at ``s``: right before it ("$5m"), or
    before the first end of a range it closes ("£10-15m", "$2 to 3bn")."""
    if currency_before(text, s) is not None:
        return True
    if s > 0 and text[s - 1] in "-–":
        j = s - 1
    elif text.startswith(" to ", s - 4):
        j = s - 4
    else:
        return False
    k = j
    while k > 0 and (text[k - 1].isdigit() or text[k - 1] in ".,"):
        k -= 1
    return k < j and text[k].isdigit() and currency_before(text, k) is not None


def unit_at(text: str, i: int) -> bool:
    """Whether a unit is written at ``i``, right after a figure, the word "in" only as an
    inch (before punctuation or a word of a dimension: "4 in thick"), not as a preposition
    ("junction 10 in both directions", "at number 12 in the chart")."""
    m = P.UNIT.match(text, i)
    if m is None:
        return False
    word = m.group("word1")
    return (word is None or word.lower() != "in" or m.start("word1") == i
            or _INCH.match(text, m.end("word1")) is not None)


def sign(text: str, fig: Figure) -> None:
    """Take a minus sign before the digits ("-15", "−273.15"), not a hyphen ("10-20")."""
    s = fig.start
    if s >= 3 and text[s - 1] == " " and text[s - 2] in "-−" and _spaced_sign(text, s - 2):
        _negate(fig)
        fig.start = s - 2
        fig.plain = False
        return
    if s >= 6 and text[s - 6:s].lower() == "minus " and minus_word(text, s - 6):
        _negate(fig)
        fig.start = s - 6
        fig.plain = False
        return
    if s == 0 or text[s - 1] not in "-−+":
        return
    before = text[s - 2] if s >= 2 else ""
    if before and (before.isalnum() or before in ".,/-%°"):
        return  # a hyphen: "F-16", "30%-40%"
    if before in " \t" and s >= 3 and (text[s - 3].isdigit() or text[s - 3] in "%"):
        return  # "10 - 20" is a range
    if text[s - 1] in "-−":
        _negate(fig)
    fig.start = s - 1
    fig.plain = False


def _negate(fig: Figure) -> None:
    """Flip the sign of the figure's value and of its range, if it has one."""
    assert fig.value is not None  # (a figure read from digits has a value)
    fig.value = -fig.value
    if fig.low is not None and fig.high is not None:
        fig.low, fig.high = -fig.high, -fig.low


def _spaced_sign(text: str, i: int) -> bool:
    """Whether the dash at ``i``, a space before a figure, is a sign: at the start of a
    line or after "(", ":" or "=", or after a few verbs and prepositions ("fell to - 7"),
    not a dash between clauses ("£50bn - 14% higher") or a difference ("10 - 7")."""
    if i == 0:
        return True
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j < 0 or text[j] in "\n(=:[":
        return True
    k = j
    while k >= max(0, j - 12) and text[k].isalpha():
        k -= 1
    return text[k + 1:j + 1].lower() in _SIGN_AFTER


_SIGN_AFTER = frozenset(
    ["to", "of", "at", "is", "was", "were", "be", "by", "from", "reached", "hit", "hits", "reach"]
)


def minus_word(text: str, i: int) -> bool:
    """Whether "minus" at ``i`` is a sign, not a subtraction ("10 minus 5") or a margin
    ("plus or minus 3 points")."""
    before = text[max(0, i - 12):i].rstrip().lower()
    return not before or not (before[-1].isdigit() or before.endswith(
        (*SMALL, "plus or", "plus/", "+/")))


def _currency_match(text: str, s: int) -> re.Match[str] | None:
    """The currency symbol or ISO code right before ``s``, if any (a cheap test first)."""
    if s == 0:
        return None
    c = text[s - 1]
    if c in " \t-−" and s >= 2:
        c = text[s - 2]
        if c in " \t" and s >= 3:
            c = text[s - 3]
    if c not in _CURRENCY_END and not ("A" <= c <= "Z"):
        return None
    return P.CURRENCY_BEFORE.search(text, max(0, s - 6), s)


def currency_before(text: str, s: int) -> str | None:
    """The ISO 4217 code of a currency written right before ``s`` ("$", "US$", "EUR "), or None."""
    m = _currency_match(text, s)
    return None if m is None else _currency_code(m)


def _currency_code(m: re.Match[str]) -> str | None:
    """The ISO 4217 code of a :func:`_currency_match`: its symbol's, or its code if a real one."""
    if m.group("sym"):
        return CURRENCY_SYMBOLS[m.group("sym")]
    code = m.group("code")
    return code if code in iso_codes() else None


#: A hedge written after a figure: "a dozen or so", "50 or thereabouts", "40 or more",
#: "aged 5 or under", "aged 65 and over", "80 and older", "1,200-odd pages", "30-something";
#: not "$1bn or more than $42bn", nor "and over" before what it governs ("won 3 and over the
#: season", "and under his rules", "and over 20 were hurt"), a phrase of its own.
#: Its words are those of :data:`HEDGES_AFTER` after "or", after "and", and joined by a
#: hyphen ("plus", "10,000-plus" and "18+", is read with the figure, by the finder).
_HEDGE_OR = [k.removeprefix("or ") for k in HEDGES_AFTER if k.startswith("or ")]
_HEDGE_AND = [k.removeprefix("and ") for k in HEDGES_AFTER if k.startswith("and ")]
_HEDGE_JOINED = [k for k in HEDGES_AFTER if " " not in k and k != "plus"]
_HEDGE_AFTER = re.compile(
    rf"(?:[ \t]+or[ \t]+(?P<or>{'|'.join(_HEDGE_OR)})"
    rf"|[ \t]+and[ \t]+(?P<and>{'|'.join(_HEDGE_AND)})"
    rf"|-(?P<joined>{'|'.join(_HEDGE_JOINED)}))\b(?![-'’]|[ \t]+than\b)")


def hedged(text: str, fig: Figure) -> None:
    """Read a hedge right after ``fig`` into its span, qualifier and bound ("a mile or so",
    "half an hour or more"), for the figures that :func:`after` does not read."""
    hm = _hedge_after(text, fig) if fig.category not in ("date", "ordinal") else None
    if hm is not None:
        fig.end = hm.end()
        _hedged_after(fig, hm)


def _hedge_after(text: str, fig: Figure) -> re.Match[str] | None:
    """The hedge right after ``fig`` as it ends now, if any ("-something" only after a
    round number: "30-something", not "5-something")."""
    e = fig.end
    if not text.startswith(_HEDGE_STARTS, e):
        return None
    hm = _HEDGE_AFTER.match(text, e)
    if hm is not None and hm.group("and") and _governs(text, hm.end()):
        return None  # "won 3 and over the season": a phrase of its own
    if hm is not None and hm.group("joined") == "something":
        v = fig.value
        if v is None or v < 10 or v != int(v) or int(v) % 10:
            return None
    return hm


#: How every hedge after a figure starts, to rule most figures out with one test: a space
#: or a tab, "or" or "and" (and a space or a tab after it, after a space), or a hyphen and
#: a joined word.
_HEDGE_STARTS = (" or ", " or\t", "\tor", " and ", " and\t", "\tand",
                 *("-" + w for w in _HEDGE_JOINED))
#: Words that a preposition after "and" governs, so that it begins a phrase of its own and
#: is no hedge ("won 3 and over the season", "and under his rules", "and over 20 were hurt",
#: "and over fifteen were hurt"): the determiners, the number words below a hundred, and
#: the pronouns a preposition takes.
_GOVERNED = DETERMINERS | SMALL.keys() | frozenset(
    ["a", "an", "him", "them", "it", "us", "me", "hundreds", "thousands"])


#: The word at a place, to the first white space ("twenty-five," whole).
_WORD_AT = re.compile(r"\S*")


def _governs(text: str, e: int) -> bool:
    """Whether the word after ``e``, past one space or tab, begins with a digit or is one of
    :data:`_GOVERNED` up to its first hyphen ("over twenty-five were hurt")."""
    if text[e:e + 1] not in (" ", "\t"):
        return False
    word = text[e + 1:P.run_end(_WORD_AT, text, e + 1)]
    return word[:1].isdigit() or word.rstrip(".,;:!?").lower().partition("-")[0] in _GOVERNED


def _hedged_after(fig: Figure, hm: re.Match[str]) -> None:
    """Set the qualifier and the bound of a hedge after ``fig`` ("or more": the figure is
    a lower bound), unless a qualifier before it set them ("about 50 or so")."""
    q = ("or " + hm.group("or") if hm.group("or")
         else "and " + hm.group("and") if hm.group("and") else hm.group("joined"))
    bound = HEDGES_AFTER[q]
    v = fig.value
    if hm.group("joined"):
        fig.plain = False  # "2,000-odd" names no year; "in 1990 or so" may
    if fig.qualifier is not None:
        return
    fig.qualifier = q
    if v is None or fig.category == "date" or fig.low is not None or fig.high is not None:
        return
    if bound in ("low", "both"):
        fig.low = v
    if bound == "high":
        fig.high = v
    elif bound == "both":
        n = int(v)  # a round whole number (_hedge_after)
        place = 1
        while n % (place * 10) == 0:
            place *= 10
        fig.high = v + place - 1  # "30-something" 30 to 39, "200-something" 200 to 299


#: A scale in words after a hedge joined to a figure: "40-odd thousand", "20-plus million".
_SCALE_WORD_AFTER = re.compile(r"[ \t]+(?P<w>hundred|thousand|million|billion|trillion)\b(?!-)",
                               re.IGNORECASE)
_SCALE_WORDS = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9,
                "trillion": 10**12}


def _scaled_after_hedge(fig: Figure, sm: re.Match[str]) -> None:
    """Scale ``fig`` and its bounds by the scale word after its joined hedge: "40-odd
    thousand" is about 40,000 (at least 40,000)."""
    if fig.value is None or fig.category != "cardinal":
        return
    k = _SCALE_WORDS[sm.group("w").lower()]
    fig.value *= k
    if fig.low is not None:
        fig.low *= k
    if fig.high is not None:
        fig.high *= k
    fig.end = sm.end()


def after(text: str, fig: Figure, s: int) -> int:
    """Read percent, currency, unit and the thing counted after ``fig``, and a hedge after
    it ("or so", "-odd"); return where to go on.

    A hedge is read right after the number, before what it counts or measures ("1,200-odd
    pages", "50 or so people"), or after its unit or currency ("a mile or so", "$5m or
    more", "10% or less"); a qualifier before the figure, read last, takes the place of
    its qualifier ("about 50 or so")."""
    e = fig.end
    if text.startswith(_HEDGE_STARTS, e):
        hedged(text, fig)
        if fig.end != e and text[e] == "-" and (sm := _SCALE_WORD_AFTER.match(text, fig.end)):
            _scaled_after_hedge(fig, sm)  # "40-odd thousand", "20-plus million"
        e = fig.end
    cm = _currency_match(text, fig.start)
    cur = None if cm is None else _currency_code(cm)
    if cm is not None and cur is not None:
        fig.start = cm.start()
        if cm.group("neg"):
            assert fig.value is not None  # (an amount has a value)
            fig.value = -fig.value
        _money(fig, cur)
        _scale_again(text, fig)
        if text.startswith(" grand", fig.end):
            _grand(text, fig, fig.end)  # "£3 grand": thousands
        rate_after(text, fig)
        _per_capita(text, fig)
        if text.startswith(_HEDGE_STARTS, fig.end):
            hedged(text, fig)  # "$5m or more"
        qualify(text, fig)
        return fig.end
    c = text[e:e + 1]
    if c in " \t":
        c = text[e + 1:e + 2]
    pm = P.PERCENT.match(text, e) if c and c in "%pP" else None
    if pm is not None:
        fig.category = "percent"
        fig.unit = "percent"
        fig.end = pm.end()
        fig.plain = False
        if text.startswith(_MEASURE_RATE_FIRST, fig.end):
            _measure_rate(text, fig)  # "7.2 per cent a year", "3% of GDP a year"
        if text.startswith(_HEDGE_STARTS, fig.end):
            hedged(text, fig)  # "10% or less"
        qualify(text, fig)
        return fig.end
    if (fig.category == "cardinal" and text.startswith(" grand", e) and fig.value is not None
            and _grand(text, fig, e)):
        e = fig.end  # "five grand", "10 grand a year": thousands
        fig.plain = False
    if fig.category == "cardinal" and text.startswith(("-fold", "fold"), e) and word_end(
            text, fe := text.index("fold", e) + 4):
        fig.end = fe  # "a five-fold rise", "10-fold": a multiple, as "five times" is
        fig.plain = False
        qualify(text, fig)
        return fe
    if (fig.category == "cardinal" and text[e:e + 1] in ("x", "×") and fig.value is not None
            and text[fig.start].isdigit() and word_end(text, e + 1)
            and text[e + 1:e + 2] not in ("-", "'", "’")):
        fig.end = e + 1  # "20x earnings", "3x faster", "a 10× zoom": a multiple, as "3-fold"
        fig.plain = False
        qualify(text, fig)
        return fig.end
    if fig.category == "cardinal" and fig.plain and _era(text, fig):
        qualify(text, fig)
        return fig.end
    if (fig.category == "cardinal" and text[e + 1:e + 3] in ("un", "ov")
            and text[e:e + 1] in " -" and (gm := _PAR.match(text, e))
            and fig.value is not None and 0 <= fig.value <= 40):
        # a golf score against par: "15 under par", "a three-under 69", "two over."
        fig.category, fig.unit = "quantity", "stroke"
        if gm.group("side") == "under":
            fig.value = -fig.value
        fig.end = gm.end()
        fig.plain = False
        qualify(text, fig)
        return fig.end
    if (fig.category == "cardinal" and text[e + 1:e + 7] == "stroke" and text[e] in " -"
            and fig.value is not None and 0 < fig.value <= 40
            and (stroke_end := _stroke_margin(text, fig.start, e)) is not None):
        # a golf margin, in the unit of par: "won by two strokes", "three strokes clear"
        fig.category, fig.unit = "quantity", "stroke"
        fig.end = stroke_end
        fig.plain = False
        qualify(text, fig)
        return fig.end
    follows = H.follows(text, e)
    cm2 = P.CURRENCY_AFTER.match(text, e) if follows & H.CURRENCY else None
    if cm2 is not None and _currency_after(text, fig, cm2):
        if fig.category == "money":
            rate_after(text, fig)  # "4,100 ringgit a tonne", "45p a pint", "12 cents a litre"
        if text.startswith(_HEDGE_STARTS, fig.end):
            hedged(text, fig)  # "20 euros or so"
        qualify(text, fig)
        return fig.end
    um = P.UNIT.match(text, e) if follows & H.UNIT else None
    if (follows & H.UNIT and (um is None or text[um.end():um.end() + 1] == "-")
            and _hyphened_unit(text, fig, e, um)) or (um is not None and _unit(text, fig, um)):
        fig.plain = False
        if fig.unit in ("year", "month"):
            from limner_numbers.ages import age_after_unit

            age_after_unit(text, fig)
        elif fig.category == "quantity" and fig.unit in _PER_CAPITA_UNITS:
            _per_capita(text, fig)
        if text.startswith(_HEDGE_STARTS, fig.end):
            hedged(text, fig)  # "20 minutes or so"
        qualify(text, fig)
        return fig.end
    if fig.category == "cardinal" and "y" in text[e:e + 2]:
        from limner_numbers.ages import age_written_short

        if age_written_short(text, fig):
            qualify(text, fig)
            return fig.end
    if fig.category == "cardinal" and s >= 3 and text[s - 2] in AGE_BEFORE_LAST:
        from limner_numbers.ages import age_before

        if age_before(text, fig):
            qualify(text, fig)
            return fig.end
    if fig.category == "cardinal" and text.startswith(_EXCHANGE_FIRST, e):
        if exchange_rate(text, fig):
            fig.category = "ratio"  # "the yen at 155 per dollar": a price of a currency
            qualify(text, fig)
            return fig.end
        if fig.value != 1 and text.startswith(_BARE_RATE_FIRST, e) and not (
                fig.plain and fig.value is not None and 1000 <= fig.value <= 2199):
            # a count without its noun: "eight per thousand", "plans 75 a month", "62 an
            # innings"; not a year ("in 2019 a day of protest")
            _count_rate(text, fig, e)
    reach = 0  # the end of a count of a rate after the figure's noun
    if fig.category == "cardinal":
        fig.counted = (
            _hyphen_noun(text, e) if text[e:e + 1] == "-" and fig.value != 1 and not (
                fig.plain and fig.value is not None and 1000 <= fig.value <= 2199)
            else None  # "one-off", "one-time": an adjective; "2004-era": a year
        ) or counted(text, e, allow_of=False, singular=fig.value == 1)
        if fig.counted is None:
            if text.startswith(" of ", e):
                fig.counted = _part_of(text, e + 4)  # "won 160 of the 343 seats"
        elif fig.counted in _HYPHEN_TALLIES and text[e:e + 1] == "-":
            fig.end = e = e + 1 + len(fig.counted)  # "a 12-point lead", as "12 points"
        elif text[s - 4:s] == " of " and _group_verb(text, e, fig.counted):
            fig.counted = None  # "a family of four spends about £120": the family's verb
        if (noun := fig.counted) is not None and fig.value != 1 and (
                i := text.find(noun, e, e + 80)) > e and text[i - 1] in " \t" and (
                text.startswith(_COUNT_RATE_FIRST, i := i + len(noun)) or (
                    # after what it is of: "five portions of fruit and vegetables a day"
                    text.startswith(" of ", i) and (i := _of_what(text, i)) > 0
                    and text.startswith(_COUNT_RATE_FIRST, i))):
            # "96 trains an hour", "1.49 children per woman"; the count of "20 deaths per
            # 100,000 people" is the rate's, no figure of its own
            reach = _count_rate(text, fig, i)
        if ((noun := fig.counted) in _FIGURE_NOUNS or (
                noun is None and text[e:e + 8] == " figure ")) and _count_of_figures(text, fig, e):
            qualify(text, fig)
            return fig.end
        if fig.plain and fig.value is not None and 1000 <= fig.value <= 2199 and (
                fig.counted is None or fig.counted[:1].isupper() or after_determiner(text, s)
                or (fig.counted in _YEAR_MEASURES and 1900 <= fig.value < 2100)
                or _after_year(text, s) or _verb_after(text, e)
                or _dated_apart(text, s, e, fig.counted)):
            fig.category = "date"
            fig.date = text[fig.start:fig.end]
            if fig.qualifier in HEDGES_AFTER:  # "in 1990 or so": the year as written
                fig.date = fig.date[:fig.date.rindex("or" if " " in fig.date else "-")].rstrip()
            fig.counted = None
            qualify(text, fig)
            return fig.end
        if fig.counted is None and ((text[e:e + 1] in _CLAUSE_STOPS and (
                " and " in (w := text[s - 20 if s > 20 else 0:s]) or " but " in w
                or w.endswith(" to "))) or (
                text[s - 2:s] == ", " and "Of " in text[s - 80 if s > 80 else 0:s])):
            fig.counted = _elided(text, s)  # "gained 15 seats and lost two."
    qualify(text, fig)
    return max(fig.end, reach)


#: The determiners that begin a verb's object after a figure the verb follows ("2024
#: marks the", "2025 sees its"): an article that is no rate's ("a", "an" and "every" begin
#: one: "18 trains a day") and the possessives of a third person or of "we".
_OBJECT_DETERMINERS = frozenset(["the", "its", "their", "his", "her", "our"])
#: What a verb's object begins with after the size of a group ("a family of four spends
#: the", "... spends £120", "... spends about £120"): one of those determiners, or "my" or
#: "your", a figure, or a qualifier of one word before a figure.
_OBJECT_WORDS = _OBJECT_DETERMINERS | {"my", "your"}
_OBJECT_HEDGES = frozenset(q for q in QUALIFIERS if " " not in q)


def _group_verb(text: str, e: int, c: str) -> bool:
    """Whether ``c``, the word in -s read as what a count right after "of" counts, is the
    verb of the group whose size the count gives, as its object follows it ("a family of
    four spends the", "a crowd of 5,000 watches £10"): the group named before "of" is
    singular, so its verb ends in -s as a plural noun does; a noun is followed by a verb,
    a preposition, a rate or punctuation ("a survey of 280 firms suggests")."""
    if c[-1:] != "s":
        return False
    i = text.find(c, e, e + 80)
    if i < 0 or text[(i := i + len(c)):i + 1] != " ":
        return False
    j = i + 1
    k = text.find(" ", j, j + 16)
    w = (text[j:k] if k > 0 else text[j:j + 16]).lower()
    return _figure_at(text, j) or w in _OBJECT_WORDS or (
        k > 0 and w in _OBJECT_HEDGES and _figure_at(text, k + 1))


def _figure_at(text: str, j: int) -> bool:
    """Whether a figure begins at ``j``: a digit, or a currency that the money reader
    (:func:`_currency_match`) takes before the digits after it ("£120", "A$120", "US$120",
    "Rs500", "R120", "EUR 120"; a code only apart from them: "EUR120" is no money)."""
    if text[j:j + 1].isdigit():
        return True
    for d in range(j + 1, min(j + 7, len(text))):  # as far back as a currency is read
        if text[d].isdigit():
            m = _currency_match(text, d)
            return (m is not None and m.start() == j and _currency_code(m) is not None
                    and (m.group("sym") is not None or not text[d - 1].isalpha()))
    return False


#: The words of a tally (:func:`_unit`) in the singular, as a hyphen joins one to its
#: figure before the noun it describes: in the span as the plural after a space is ("a
#: 12-point lead", "a two-goal lead", "a 25-run win", "a five-wicket haul").
_HYPHEN_TALLIES = frozenset(["point", "run", "goal", "wicket", "set", "lap"])


def _part_of(text: str, at: int) -> str | None:
    """The noun a count before "of" counts where a count of a whole follows, after a
    determiner or none (``at`` is after "of "): "won 160 of the 343 seats", "9 of 10
    shots", "Three of the five judges", "40 of his 52 goals" count the whole's noun; not a
    whole without one ("160 of the 343."), nor a plain year ("3 of the 2015 rules").  The
    whole is digits or words of number joined by a hyphen, read from the words as split
    (patterns for them cost about 2 M instructions to compile at import)."""
    words = text[at:at + 40].split(None, 2)
    k = 1 if words and words[0] in DETERMINERS else 0
    if len(words) < k + 2:
        return None
    whole = words[k]
    if whole[:1].isdigit():
        if whole[0] == "0" or whole[-1] == "," or not whole.replace(",", "").isdigit() or (
                len(whole) == 4 and 1000 <= int(whole) <= 2199):
            return None  # "of 10.5", "of the 10-year", a year: "3 of the 2015 rules"
    elif any(w not in SMALL for w in whole.split("-")):
        return None  # "of the people", "of mine", "of the five."
    e = text.find(whole, at + (len(words[0]) if k else 0)) + len(whole)
    return counted(text, e, allow_of=False, singular=False)


#: What may end the clause of a count whose noun is left unsaid ("and lost two."; the
#: empty string is the text's end).
_CLAUSE_STOPS = frozenset([*".,;:!?)", ""])
#: Verbs of being and of age, whose count after "and" is no part of the count before
#: ("scored 15 points and was 21.", "has 3 children and turned 40.").
_BEING = frozenset(
    ["is", "are", "was", "were", "be", "been", "being", "am", "become", "becomes", "became",
     "turn", "turns", "turned", "aged", "remain", "remains", "remained"])


def _elided(text: str, s: int) -> str | None:
    """The noun of a count whose noun is left unsaid (it starts at ``s``), said once by the
    count before it in its clause: after "and" or "but" and a verb, where the count ends its
    clause ("gained 15 seats and lost two.", "killed 12 people and injured 40, police
    said"), or after the comma of a fronted "Of" and a whole that starts its sentence ("Of
    the 650 seats, 326 are needed", "Of its 40 stores, 12 will close"); not after a verb of
    being (:data:`_BEING`).  The words before are read within 80 characters, once, where
    "and" or "but" is among the 20 before the count."""
    if text[s - 2:s] == ", ":
        o = text.rfind("Of ", max(0, s - 80), s)
        if o < 0 or (o and text[o - 1] not in " \t\n\"“‘'(") or ", " in text[o:s - 2]:
            return None
        return _part_of(text, o + 3)  # "Of the 650 seats, 326"
    if text[s - 4:s] == " to ":
        return _said_before(text, s - 4, True)  # "by 312 votes to 298."
    j = max(text.rfind(" and ", max(0, s - 20), s), text.rfind(" but ", max(0, s - 20), s))
    if j < 0:
        return None
    verb = text[j + 5:s - 1]
    if not (verb.isalpha() and verb.islower()) or verb in _BEING or text[s - 1] != " ":
        return None  # "and two.", "and was 21.", "and the other two"
    return _said_before(text, j)


def _said_before(text: str, j: int, level: bool = False) -> str | None:
    """The noun that the count right before ``j`` counts, said after it, or after it and one
    adjective ("15 seats", "306 electoral votes"), and that ends right before ``j``.  With
    ``level`` (the count after ``j`` is one after "to"), none where a verb of change or "up"
    or "down" comes right before that count, a change by so much, where the count after
    "to" is the level reached ("down three places to 10", "rose 5 points to 40")."""
    words = text[max(0, j - 60):j].split()
    if len(words) < 2 or not (noun := words[-1]).isalpha():
        return None
    at = j - len(noun) - 1  # the end of the word before the noun
    for k in (2, 3):
        if k > len(words):
            break
        first = words[-k]
        if first.replace(",", "").isdigit() or first.lower() in SMALL or first.lower() in SCALES:
            if level and k < len(words) and words[-k - 1].lower() in CHANGE_VERBS:
                return None
            c = counted(text, at, allow_of=False, singular=False)
            return c if c is not None and c.lower() == noun.lower() else None
        at -= len(first) + 1  # one adjective between: "306 electoral votes"
    return None


#: A golf score against par after a figure: "under par", "-over-par", or "under" and
#: "over" alone before a round's score ("a three-under 69"), the end of a clause or a
#: word of the round ("nine under for the tournament", "two over after the front nine").
_PAR = re.compile(
    r"(?:[ \t]+|-)(?P<side>under|over)(?:(?:[ \t]+|-)par\b"
    r"|(?=[ \t]+[5-8][0-9]\b(?![.,][0-9])|[ \t]*(?:[.,;:!?)]|$)"
    r"|[ \t]+(?:for|after|through|with|overall|on[ \t]+the|at[ \t]+the)\b))")


#: "strokes" after a figure, and what makes them a golf margin after them: "three strokes
#: clear", "a two-stroke lead" (not "a two-stroke engine", "suffered two strokes").
_STROKES = re.compile(r"(?:[ \t]+strokes?|-stroke)\b(?!-)")
_MARGIN_AFTER = re.compile(
    r"[ \t]+(?:clear|ahead|behind|back|adrift|off|lead|advantage|margin|win|victory|deficit"
    r"|cushion)\b")


def _stroke_margin(text: str, s: int, e: int) -> int | None:
    """The end of "strokes" after the figure at ``s:e`` where they are a margin in golf:
    after "by" ("won by two strokes") or before a word of a margin ("three strokes clear",
    "a one-stroke lead"); else None."""
    m = _STROKES.match(text, e)
    if m is None:
        return None
    if _MARGIN_AFTER.match(text, m.end()) or (
            text[e] == " " and last_word(text, s).lower() == "by"):
        return m.end()
    return None


#: A year's era after it ("300 BC", "44 BCE", "1066 AD", "79 CE") or before it ("AD 79",
#: "A.D. 410"); the period of an abbreviation that ends a sentence is the era's.
_ERA_AFTER = re.compile(
    r"[ \u00a0](?:(?P<bc>BCE|BC|B\.C\.E\.|B\.C\.)|AD|CE|A\.D\.|C\.E\.)(?![\w])"
)
_ERA_BEFORE = re.compile(r"(?:\bAD|(?<![\w.])A\.D\.)[ \u00a0]\Z")


def _era(text: str, fig: Figure) -> bool:
    """Read a year written with its era, before or after it, as a date: ``value`` the
    year, negative before Christ ("300 BC" is -300, "AD 79" is 79); the span takes the
    era in."""
    if not (fig.value is not None and 1 <= fig.value <= 9999):
        return False
    after = _ERA_AFTER.match(text, fig.end) if text[fig.end + 1:fig.end + 2] in "ABC" else None
    before = None if after is not None else _ERA_BEFORE.search(
        text, max(0, fig.start - 5), fig.start)
    if after is None and before is None:
        return False
    if after is not None:
        fig.era = text[fig.end:after.end()]
        fig.end = after.end()
        if after.group("bc"):
            fig.value = -fig.value
    elif before is not None:  # (one of the two is, above)
        fig.era = ""
        fig.start = before.start()
    fig.category = "date"
    fig.date = text[fig.start:fig.end]
    fig.plain = False
    return True


def divided(value: Num | None, by: int) -> Num | None:
    """``value / by`` (pence in pounds, half a million), keeping ``None``."""
    return None if value is None else value / by


#: A word in -s then a determiner after a figure: "2024 marks the", "2025 sees its"; not
#: one that starts a time ("1200 workers this week", "1500 visitors each day").
_VERB_THEN_DETERMINER = re.compile(r"[ \t]+[a-z]+s[ \t]+(?P<det>[a-z]+)\b")


def _verb_after(text: str, e: int) -> bool:
    """Whether the word in -s after ``e`` is a verb, a determiner after it: the figure
    before it is its subject, a year ("2024 marks the 80th anniversary"), not a count
    ("1500 protesters marched")."""
    m = _VERB_THEN_DETERMINER.match(text, e)
    return m is not None and m.group("det") in _OBJECT_DETERMINERS


#: Prepositions of time: after one, a year is a count only of the noun right after it.
_TIME_PREPOSITIONS = frozenset(["in", "since", "by", "until", "till", "during", "from",
                                "before", "after"])


#: Plurals a year before them dates, not counts: "below 1990 levels", "in 2015 prices",
#: "in real 2010 terms".
_YEAR_MEASURES = frozenset(["levels", "prices", "terms", "values"])


#: Words before a year that prices or money are reckoned in: "in 2020 dollars", "at
#: 2015 prices", "constant 2010 US dollars".
_BASE_YEAR_BEFORE = frozenset(["in", "at", "constant", "real", "inflation-adjusted"])


def _base_year(text: str, fig: Figure, word: str) -> bool:
    """Whether ``fig`` is a plain year after "in", "at", "constant" or "real" and before
    ``word``, a currency's word (lower-cased), in the plural: the year an amount is
    reckoned in ("$40bn in 2020 dollars"), where "paid 2020 dollars" is money."""
    return (fig.plain and word.endswith("s") and fig.value is not None
            and 1900 <= fig.value < 2100
            and last_word(text, fig.start).lower() in _BASE_YEAR_BEFORE)


def _dated_apart(text: str, s: int, e: int, noun: str) -> bool:
    """Whether the figure at ``s:e`` follows a preposition of time and the plural it
    would count is not the word right after it: a year ("in 2003 said people", "since
    2010 rising prices"), where "in 1500 homes" counts."""
    return (last_word(text, s).lower() in _TIME_PREPOSITIONS
            and text[e + 1:e + 1 + len(noun)].lower() != noun.lower())


def _after_year(text: str, s: int) -> bool:
    """Whether a year and a conjunction come right before ``s`` ("2000 and 2003 results")."""
    words = prev_words(text, s, 2)
    return (len(words) == 2 and words[1].lower() in ("and", "or", "to")
            and len(words[0]) == 4 and words[0].isdigit() and 1000 <= int(words[0]) <= 2199)


def _money(fig: Figure, code: str) -> None:
    """Make ``fig`` an amount of money in ``code``."""
    fig.category = "money"
    fig.unit = code
    fig.plain = False


def _scale_again(text: str, fig: Figure) -> None:
    """Money written "$5 million US dollars": read a currency word after the scale too."""
    if not H.follows(text, fig.end) & H.CURRENCY_ALONE:
        return
    cm = P.CURRENCY_AFTER.match(text, fig.end)
    if cm is not None and cm.group("word") and cm.group("word").lower().startswith("dollar"):
        fig.end = cm.end()


def _currency_after(text: str, fig: Figure, m: re.Match[str]) -> bool:
    """Read a currency written after ``fig`` ("US dollars", "50p", "€", "USD"); whether one was."""
    if m.group("sym"):
        code = CURRENCY_SYMBOLS.get(m.group("sym").strip())
        if code is None:
            return False
        _money(fig, code)
        fig.end = m.end()
        return True
    word = m.group("word")
    if word:
        lw = word.lower()
        adj = m.group("adj")
        code = _word_code(lw, adj)
        if code is None and lw == "won" and not adj and _won_after_scale(text, fig, m):
            code = CURRENCY_WORDS["won"]  # "10.4 trillion won, beating forecasts"
        if code is None:
            return False  # "koruna", "marks", "won" name a currency only with its adjective
        if _base_year(text, fig, lw):
            # "in 2020 dollars": the year amounts are reckoned in, not an amount; a
            # currency word read all the same, the caller ends the figure as a year
            fig.category = "date"
            fig.date = text[fig.start:fig.end]
            return True
        if lw == "cent" and word[0].isupper() and not adj and fig.value != 1:
            return False  # "50 Cent", a name: cents after a figure are plural, "50 cents"
        if lw in ("pound", "pounds") and (text[fig.end:m.start("word")].strip() == "-"
                                          or text.startswith(" of", m.end())
                                          or _after_weigh(text, fig.start)):
            # "a twenty-pound bag", "two pounds of rice": weight
            fig.category = "quantity"
            fig.unit = "pound"
            fig.end = m.end()
            return True
        _money(fig, code)
        if lw in HUNDREDTHS_WORDS:
            fig.value = divided(fig.value, 100)
        fig.end = m.end()
        return True
    if m.group("minor") and text[fig.end - 1].isdigit():
        minor = m.group("minor")
        _money(fig, MINOR_CURRENCY[minor])
        fig.cents = minor == "c"  # its currency decided by the story (``finder``)
        fig.value = divided(fig.value, 100)
        fig.end = m.end()
        return True
    code = m.group("code")
    if code and code.isupper() and code in iso_codes():
        _money(fig, code)
        fig.end = m.end()
        return True
    return False


def money_of_words(text: str, fig: Figure) -> bool:
    """Read a currency word after ``fig``, an amount in words that the finder reads without
    :func:`after` (a vague amount, "millions", "several hundred", or "a couple of" a scale),
    and after "of" ("millions of dollars", "a few hundred pounds", "a couple of million
    bucks"): the amount is money, as "two million dollars" is, in the span, its bounds kept.
    Whether one was read; not a currency word joined to the next word by a hyphen ("a
    couple of million-dollar homes", "several hundred-pound fines"), which is of the noun
    after it, nor "pounds of", which weighs as often as it pays ("hundreds of pounds of
    drugs", "billions of pounds of taxpayers' cash"): the amount counts the word, as before."""
    e = fig.end + 3 if text.startswith(" of ", fig.end) else fig.end
    if not H.follows(text, e) & H.CURRENCY:
        return False
    m = P.CURRENCY_AFTER.match(text, e)
    if (m is None or not m.group("word") or m.group(0)[:1] not in " \t"
            or "-" in m.group(0) or text[m.end():m.end() + 1] == "-"
            or (m.group("word")[:5].lower() == "pound" and text.startswith(" of", m.end()))):
        return False
    end, low = fig.end, fig.low
    fig.end = e
    if not _currency_after(text, fig, m):
        fig.end = end
        return False
    if fig.category == "money":
        if m.group("word").lower() in HUNDREDTHS_WORDS:
            fig.low = divided(low, 100)  # "hundreds of pence"
        rate_after(text, fig)  # "millions of pounds a year"
    return True


#: What ends a clause after "won": "10.4 trillion won, beating", "won ($900 million)".
_CLAUSE_AFTER = re.compile(r"[ \t]*(?:[,.;:!?()\"”]|$)")


def _won_after_scale(text: str, fig: Figure, m: re.Match[str]) -> bool:
    """Whether "won" after ``fig`` is the Korean currency without its adjective: after a
    scale word and before the clause ends ("10.4 trillion won, beating forecasts", "500
    billion won ($380 million)"), where the verb would take an object ("2 million won the
    draw"); a count alone before the verb ("of the 10, 7 won.") keeps it a verb."""
    return (text[fig.end - 1:fig.end].isalpha() and text[fig.end:m.start("word")].strip() == ""
            and _CLAUSE_AFTER.match(text, m.end()) is not None)


#: A run of white space, read as one space where a name is looked up in a table.
_SPACES = re.compile(r"\s+")
#: A run of spaces and tabs, likewise.
_BLANKS = re.compile(r"[ \t]+")


def _word_code(lw: str, adj: str | None) -> str | None:
    """The ISO 4217 code of the currency word ``lw`` (lower-cased) after the adjective
    ``adj``, if any ("US dollars", "Pakistani rupee", "Czech koruna"); None for a word
    that names a currency only after its adjective ("koruna", "marks", "won")."""
    code = CURRENCY_WORDS.get(lw)
    if adj:
        a = _SPACES.sub(" ", adj.lower())
        base = CURRENCY_PLURALS.get(lw, lw if lw == "pence" else lw.rstrip("s"))
        code = CURRENCY_ADJECTIVES.get((a, base)) or CURRENCY_ADJECTIVES.get((a, lw), code)
    elif lw == "won":
        return None
    return code


def _after_weigh(text: str, s: int) -> bool:
    """Whether a verb of weighing comes shortly before ``s`` ("weighs 20 pounds")."""
    return any(w.lower().startswith(("weigh", "heav", "ligh")) for w in prev_words(text, s, 3))


def rate_after(text: str, fig: Figure) -> None:
    """A rate after money: "$15.4/hour", "$350 per kg", "£30,000 p.a.", "£2,627 pcm"."""
    if "p" in text[fig.end:fig.end + 2] and (
            am := _PER_ABBR.match(text, fig.end)) is not None:
        fig.per = _PER_ABBR_UNITS[am.group(1).replace(".", "").lower()[:2]]
        fig.end = am.end()
        return
    m = _PER.match(text, fig.end)
    if m is None:
        if text.startswith(_EXCHANGE_FIRST, fig.end):
            exchange_rate(text, fig)  # "N1,500 to the dollar", "R18.90 against the dollar"
        return
    um = P.UNIT.match(text, m.end())
    if (um is None and fig.category == "money" and text[m.end():m.end() + 1].isdigit()
            and (cm := _PER_COUNT.match(text, m.end())) is not None
            and (um := P.UNIT.match(text, cm.end())) is not None):
        # per a count of a unit: "Rs 62,500 per 10 grams", "KSh 6,000 per 90kg bag"
        if not um.group("hy").strip() and (name := _unit_name(um, 1)) is not None:
            fig.per = f"{cm.group()} {name}"
            fig.end = _unit_end(um, 1)
        return
    if um is None and exchange_rate(text, fig):
        return  # "1.27 dollars to the pound", "Rs 83.2 per dollar"
    if um is None and (nm := _PER_NOUN.match(text, m.end())) is not None:
        fig.per = nm.group(1).lower()  # "$1.25 a share", "£90 a night"
        fig.end = nm.end(1)
        return
    if (um is None and fig.category == "money" and m.group().strip().lower() == "per"
            and (nm := _PER_ANY_NOUN.match(text, m.end())) is not None
            and nm.group(1) not in _PER_CAPITA_WORDS):
        # after "per", a noun in the singular that ends a phrase is what the amount is
        # of, outside its span as a thing counted is: "Rs 1,500 per household", "$2.1m
        # per dose, officials said", "£9,250 per student in 2017"
        fig.per = nm.group(1)
        _then_time(text, fig, nm.end(1))  # "£5 per household per week"
        return
    if um is None or um.group("hy").strip() or (m.group("article") and um.group("sym1")):
        return  # after "a", a unit written as a word: "$5 a T-shirt" is no rate
    name = _unit_name(um, 1)
    if name is None:
        return
    fig.per = name
    fig.end = um.end("pow1") if um.group("pow1") else _unit_end(um, 1)


#: What may follow a count's noun to make it a rate, a cheap test before :data:`_PER`.
_COUNT_RATE_FIRST = (" a ", " an ", " per ", " Per ", "/")
#: What may follow a count without its noun to make it a rate ("eight per thousand", "75 a
#: month", "62 an innings"): as :data:`_COUNT_RATE_FIRST`, but a slash is a score's or a
#: date's ("9/11", "3/4").
_BARE_RATE_FIRST = (" a ", " an ", " per ")
#: What a count is of after "a" or "an" that is no unit: "night" where it does not date
#: ("30 essays a night", not "a night earlier"), and a noun of an event that repeats or of
#: one who shares that ends a phrase ("25 points a game.", "two goals a match for Spurs",
#: "200 passengers a flight", "four birdies a round", "30 pupils a class",
#: "30 patients a shift, the union said", "two bottles a head"), not one that begins a
#: longer one ("a head start", "a match ticket", "an episode of", "a trip to") or dates ("a
#: season ago", "a game earlier", "a season before"); and any noun in -ing, the event of a
#: verb, that ends a phrase ("400 cars a crossing", "150 tickets a screening", "80
#: passengers a sailing"), but after a verb of giving (:data:`_GIVING`).
_A_EVENT = re.compile(
    r"(night)\b(?![-'’]|[ \t]+(?:" + _DATING + r")\b)"
    r"|(?:(game|match|season|race|round|episode|visit|trip|flight|mission|shift|lesson|class"
    r"|innings|head|person|household)|([a-z]{3,}ing))\b(?![-'’])" + _PHRASE_END)
#: A verb of giving, whose first object may be a count and its noun and whose second is
#: then a noun in -ing after "a" ("gave 400 drivers a warning", "offered 150 members a
#: screening"): no rate.
_GIVING = frozenset(
    ["give", "gives", "gave", "given", "giving", "offer", "offers", "offered", "offering",
     "send", "sends", "sent", "sending", "show", "shows", "showed", "shown", "showing",
     "hand", "hands", "handed", "handing", "owe", "owes", "owed", "owing", "promise",
     "promises", "promised", "promising", "grant", "grants", "granted", "granting", "deny",
     "denies", "denied", "denying", "tell", "tells", "told", "telling", "award", "awards",
     "awarded", "awarding", "lend", "lends", "lent", "lending", "issue", "issues", "issued",
     "issuing", "pay", "pays", "paid", "paying", "buy", "buys", "bought", "buying", "bring",
     "brings", "brought", "bringing", "wish", "wishes", "wished", "wishing"])
#: What begins a rate of time right after a rate per person, event or thing, and its
#: units: "a person a day", "per person per year", "a head a night" (words, not a pattern,
#: which cost 2.5 M instructions to compile at import).
_THEN_FIRST = (" a ", " an ", " per ", " Per ")
_THEN_UNITS = frozenset(["hour", "day", "week", "month", "year", "night"])
_DATING_SET = frozenset(DATING_WORDS)
#: A count after "per" and the noun it counts: "per 100,000 people", "per 1,000 live births".
_PER_MANY = re.compile(r"(?:[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]{0,6})(?![0-9]|[,.][0-9])")


def _count_rate(text: str, fig: Figure, ne: int) -> int:
    """A count as a rate, read after its noun (which ends at ``ne``) as a rate of money is
    read after the money (:func:`rate_after`): "96 trains an hour", "three flights a day",
    "1.49 children per woman", "20 deaths per 100,000 people", "4,000 people per square
    kilometre", and a tally's, "28.5 points per game", "three times a day".  After "a" or
    "an" only a unit of time, "night" or a noun of :data:`_A_EVENT` ("25 points a game",
    "two bottles a head": ``person``; "a mile from the border" is a distance), and not a
    time that dates ("an hour earlier", "a year ago"); after "per" a unit, a noun in the
    singular that ends a phrase ("per head", "per capita": ``person``), or a count and its
    noun.  The noun and the rate stay
    outside the span, ``per`` the unit, the noun or the count and noun.  The caller has
    seen one of :data:`_COUNT_RATE_FIRST` at ``ne``.  Returns the end of a count read
    after "per" ("per 100,000 people": no figure of its own), else 0."""
    m = _PER.match(text, ne)
    if m is None:
        return 0
    if m.group("article") is not None:
        if (am := _A_EVENT.match(text, m.end())) is not None and (
                am.group(3) is None or not _given(text, fig.start)):
            # "30 essays a night", "25 points a game", "two bottles a head", "400 cars a
            # crossing"; not a noun in -ing after a verb of giving, "gave 400 drivers a
            # warning"
            if (noun := am.group(1)) is None:
                fig.per = _per_noun(am.group(2) or am.group(3))
                _then_time(text, fig, am.end())  # "3 trips a crossing a day"
            else:
                fig.per = noun
        return 0  # after "a", only a unit of time that does not date: "_PER" reads that
    at = m.end()
    um = P.UNIT.match(text, at)
    if um is not None and not um.group("hy").strip() and (name := _unit_name(um, 1)):
        fig.per = name
        return 0
    if m.group().strip().lower() != "per":
        return 0
    if text[at:at + 1].isdigit() and (cm := _PER_MANY.match(text, at)) is not None:
        of = counted(text, cm.end(), allow_of=False, singular=False)
        if of is not None:
            fig.per = f"{cm.group().replace(',', '')} {of}"
            return cm.end()
        return 0
    if (sm := _PER_SCALE.match(text, at)) is not None:
        # a scale names its count: "eight per thousand", "two deaths per billion", "per lakh"
        fig.per = str(SCALES[sm.group(1)])
        return 0
    nm = _PER_ANY_NOUN.match(text, at)
    if nm is not None and (per := _per_noun(nm.group(1))) is not None:
        # "1.49 children per woman"; "per head", "per capita" as money's are: "person"
        fig.per = per
        _then_time(text, fig, nm.end(1))  # "3.2 CDs per person per year"
    return 0


def _per_noun(noun: str) -> str | None:
    """What a figure is per when a noun in the singular names it ("per woman", "a game"):
    the noun, "person" for "head", "capita" and "person", none for "cent" ("per cent" is
    a share's)."""
    if noun == "cent":
        return None
    return "person" if noun in _PER_CAPITA_WORDS else noun


#: The adverb of a unit of time after a count of times ("twice daily", "three times weekly").
_TIME_ADVERB = re.compile(
    r"[ \t]+(" + "|".join(TIME_ADVERBS) + r")\b(?![-'’])", re.IGNORECASE)


def time_adverb(text: str, fig: Figure, at: int) -> None:
    """A count of times (``fig``, "twice", "three times") before an adverb of a unit of
    time at ``at`` is a rate of that unit, as before "a" or "per" and the unit: "twice
    daily" is per ``day``, "three times weekly" per ``week``, "once annually" per
    ``year``; the adverb stays outside the span, as the rate does."""
    if (m := _TIME_ADVERB.match(text, at)) is not None:
        fig.per = TIME_ADVERBS[m.group(1).lower()]


def frequency(text: str, s: int, word: str) -> Figure | None:
    """A count of times written as one word (:data:`TIMES_WORDS`) that ends at ``s``, before
    "a", "an" or "per" and a unit of time or before an adverb of one: a frequency as "three
    times a day" is ("twice a day", "once a month", "thrice a week", "twice per week",
    "twice daily"), a cardinal counting ``times``, ``per`` the unit as :func:`_count_rate`
    reads one after a count's noun, with its qualifier before it ("at least once a year");
    none where the time dates ("twice a day earlier") or none follows ("scored twice")."""
    fig = Figure(s - len(word), s, Decimal(TIMES_WORDS[word.lower()]), "cardinal")
    if text.startswith(_BARE_RATE_FIRST, s):
        _count_rate(text, fig, s)
    else:
        time_adverb(text, fig, s)
    if fig.per is None:
        return None
    fig.counted = "times"
    qualify(text, fig)
    return fig


def _given(text: str, s: int) -> bool:
    """Whether a verb of giving (:data:`_GIVING`) is the word before ``s``, or before a
    qualifier there ("gave about 400 drivers")."""
    words = prev_words(text, s, 2)
    if words and words[-1].lower() in _QUALIFIER_ENDS:
        words = words[:-1]
    return bool(words) and words[-1].lower() in _GIVING


def _then_time(text: str, fig: Figure, at: int) -> None:
    """A rate of time at ``at``, right after the rate per person, event or thing that
    ``fig.per`` holds, joins it as a unit's rate does ("kilometre per hour"): "140 litres a
    person a day" is per ``person per day``, "3.2 CDs per person per year" per ``person per
    year``, "£40 a head a night" per ``person per night``; the span stays as the first rate
    left it, and a time that dates adds nothing ("a person a day earlier")."""
    if not text.startswith(_THEN_FIRST, at):
        return
    words = text[at:at + 32].split(None, 3)
    if len(words) < 2 or (unit := words[1].rstrip(_WORD_STOPS)) not in _THEN_UNITS:
        return  # "a person a day-trip", "per person per day's", "a head a week's": none
    if unit == words[1] and len(words) > 2 and words[2].rstrip(_WORD_STOPS) in _DATING_SET:
        return  # "a person a day earlier": a time that dates
    fig.per = f"{fig.per} per {unit}"


#: A scale word of the lexicon after "per", the count it names: "per thousand", "per lakh".
_PER_SCALE = re.compile("(" + "|".join(sorted(SCALES, key=len, reverse=True)) + r")\b(?![-'’])")


#: What joins an exchange rate to the currency it is the price of: "155 per dollar",
#: "1.27 dollars to the pound", "Rs 83.2 against the US dollar"; "a" only after a figure
#: without a currency of its own ("the rupee closed at 82.75 a dollar": "$3 a pound" is
#: a price by weight).
_EXCHANGE = re.compile(r"[ \t]+(?:per|to[ \t]+the|against[ \t]+the|(?P<a>a))[ \t]+")
#: How what :data:`_EXCHANGE` matches may begin, a cheap test before it: one of its words
#: after a space, or spaces and tabs of any number ("155  per dollar"); and " an", which
#: begins no exchange rate but a count's rate ("62 an innings"), tested by one look after
#: a bare count for both.
_EXCHANGE_FIRST = (" per ", " to ", " against ", " a ", " an ", "  ", " \t", "\t")


def exchange_rate(text: str, fig: Figure) -> bool:
    """Read an exchange rate after ``fig``: the price of one unit of a currency named in
    the singular ("to the pound", "against the US dollar", "per euro"), ``per`` its ISO
    4217 code; whether one was. The figure's own currency, if any, stays its unit."""
    if not text.startswith(_EXCHANGE_FIRST, fig.end):
        return False
    m = _EXCHANGE.match(text, fig.end)
    if m is not None and m.group("a") and (fig.category != "cardinal" or (
            fig.plain and fig.value is not None and 1000 <= fig.value <= 2199)):
        return False  # "£5 a dollar" is no rate, nor a year's "In 1940 a florin bought"
    cm = P.CURRENCY_AFTER.match(text, m.end()) if m is not None else None
    if cm is None or not (word := cm.group("word")) or word[-1:] in "sS":
        return False
    lw = word.lower()
    if lw in HUNDREDTHS_WORDS:
        return False  # "per cent"
    code = _word_code(lw, cm.group("adj"))
    if code is None or code == fig.unit:
        return False
    fig.per = code
    fig.end = cm.end()
    return True


#: A rate written short or in Latin: "£30,000 per annum", "£45,000 p.a.", "£30k pa",
#: "£2,627 pcm" (per calendar month), "£250pw".  Written without dots, its full stop at a
#: sentence's end is the sentence's, outside the span ("£1,500 pcm."); "p.a." keeps its own.
_PER_ABBR = re.compile(
    r"[ \t]?(per[ \t]+annum\b|p\.a\.|p\.c\.m\.|p\.w\.|(?:pa|pcm|pw)\b(?![.'’-])"
    r"|(?:pa|pcm|pw)(?=\.(?:[ \t\n\"”’')]|$)))")
_PER_ABBR_UNITS = {"pe": "year", "pa": "year", "pc": "month", "pw": "week"}
#: What money is paid by that is no unit of measure: "$1.25 a share", "earnings of 45 cents
#: per share", "£90 a night", "$4.82 a dozen", the fares and fees of one use, "£2 a
#: journey", "$5 a ride", "£20 a ticket", "£60 a session", and the sacks, bags and boxes
#: goods are sold by, "250 shillings a sack", "£3 a bale", "£2 a punnet"; not "a share of"
#: or "a share in" something, nor "a dozen of" or a plural: "$4 a dozen eggs", nor "a
#: trip to", nor "a bag of" what it holds ("£5 a bag of balls": the bag is the thing).
_PER_NOUN = re.compile(r"(share(?![ \t]+(?:of|in)\b)|night|dozen(?![ \t]+(?:of\b|[a-z]+s\b))"
                       r"|(?:journey|trip|ride|ticket|visit|session|meal)(?![ \t]+(?:of|to)\b)"
                       r"|(?:sack|bag|bale|punnet|crate|tray|box|bunch|basket|bucket|tin|jar"
                       r"|bottle|packet|pack|carton)(?![ \t]+of\b))"
                       r"\b(?![-'’])", re.IGNORECASE)
#: A noun in the singular after "per" that ends a phrase: before punctuation or a word
#: that a phrase ends at ("per household.", "per dose of", "per student in 2017").
_PER_ANY_NOUN = re.compile(
    r"([a-z]{3,}(?<!s)|[a-z]+(?:ss|us))\b(?![-'’])(?=[ \t]*(?:[.,;:!?)\"”’]|$)|[ \t]+(?:of|in"
    r"|on|at|for|to|and|or|per|a|an|the|from|with|by|is|was|were|are|each|every|last|this"
    r"|over|until|since|while|but|after|before)\b)")
#: A small count after "per" before a unit: the "10" of "per 10 grams".
_PER_COUNT = re.compile(r"[1-9][0-9]{0,2}(?![0-9,.])")
#: The words of a rate per person, which :func:`_per_capita` reads.
_PER_CAPITA_WORDS = frozenset(["capita", "head", "person"])
_GRAND = re.compile(
    r" grand(?=[.,;:!?)\"'”’]|$|[ \t]+(?:a|an|in|for|on|to|of|per|each|and|or|from|at|last|this|"
    r"by|now|more|less|cash|up|down|off|back)\b)"
)


def _grand(text: str, fig: Figure, e: int) -> bool:
    """"grand" at ``e`` after a figure or an amount of money as thousands of it ("five
    grand", "£3 grand", "10 grand a year"), not the adjective ("five grand slams"): the
    value times 1,000 and the word in the span; whether it was.  The caller has seen
    " grand" at ``e``."""
    gm = _GRAND.match(text, e)
    if gm is None:
        return False
    assert fig.value is not None  # the callers' figures have a value
    fig.value = fig.value * 1000
    fig.end = gm.end()
    return True


_PER_CAPITA = re.compile(r"[ \t]+(?:per|a)[ \t]+(?:capita|head|person)\b")
#: What ends a word before a space: punctuation ("a day.", "a day,").
_WORD_STOPS = ".,;:!?)\"”’"
_PER_CAPITA_UNITS = frozenset(["tonne", "ton", "kilogram", "litre", "kilowatt hour"])


def _per_capita(text: str, fig: Figure) -> None:
    """A rate per person: "$40,000 per capita", "5 tonnes a head" (category ``ratio``)."""
    if fig.per is not None or text[fig.end:fig.end + 1] not in (" ", "\t"):
        return
    m = _PER_CAPITA.match(text, fig.end)
    if m is not None:
        fig.category = "ratio"
        fig.per = "person"
        fig.end = m.end()
        _then_time(text, fig, fig.end)  # "£40 a head a night", "140 litres a person a day"


def _unit_end(m: re.Match[str], n: int) -> int:
    """Where the unit ``n`` (1 or 2) of a :data:`~limner_numbers.patterns.UNIT` match ends."""
    return max(m.end(f"word{n}"), m.end(f"sym{n}"))


def _unit_name(m: re.Match[str], n: int) -> str | None:
    """The singular name of unit ``n`` of a match ("square kilometre"), or None if unknown."""
    word = m.group(f"word{n}")
    if word is not None:
        name = WORD_UNITS.get(_BLANKS.sub(" ", word.lower()))
    else:
        name = SYMBOL_UNITS.get(m.group(f"sym{n}"))
    if name is None:
        return None
    pre = m.group(f"pre{n}")
    power = m.group(f"pow{n}")
    if pre:
        name = ("cubic " if pre.lower() == "cubic" else "square ") + name
    elif power:
        p = power.strip().lstrip("^")
        if p in ("2", "²", "squared"):
            name = "square " + name
        elif p in ("3", "³", "cubed"):
            name = "cubic " + name
    return name


#: A word of letters joined by hyphens after a figure: "light-years", "megawatt-hours".
_HYPHENED = re.compile(r"[ \t]*-?[ \t]*([A-Za-z]+(?:-[A-Za-z]+)+)")


def _hyphened_unit(text: str, fig: Figure, e: int, um: re.Match[str] | None) -> bool:
    """Read a unit of several words written with hyphens after ``e`` ("4.24 light-years",
    "500 megawatt-hours", "2 percentage-point"), the longest that the unit table holds
    with spaces, when it goes past ``um``, the unit matched as written; whether one was."""
    hm = _HYPHENED.match(text, e)
    if hm is None:
        return False
    words = hm.group(1).split("-")
    for k in range(len(words), 1, -1):
        name = WORD_UNITS.get(" ".join(words[:k]).lower())
        if name is not None:
            end = hm.start(1) + len("-".join(words[:k]))
            if um is not None and end <= um.end():
                return False
            fig.category = "percent" if name == "percentage point" else "quantity"
            fig.unit = name
            fig.end = end
            return True
    return False


def _share_points(text: str, fig: Figure) -> bool:
    """Whether the points of ``fig`` are points of a share: a change or a gap by so many
    points ("fell four points", "down six points", "a gain of four points", "three points
    ahead", "by just six points", :data:`POINTS_ADVERBS`) in a sentence that says the
    share as a level (:data:`SHARE_LEVEL`), or a poll's margin of error in points."""
    ahead = text[max(0, fig.start - 40):fig.start]
    if "margin of error" in ahead:
        return True  # "a margin of error of three points", "the margin of error is 3 points"
    before = ahead.split()
    while before and before[-1].lower() in POINTS_ADVERBS:
        before = before[:-1]  # "by just six points", "by a further three points"
    if before and before[-1].lower() == "of":
        before = before[:-1]  # "a gain of four points"
    after = text[fig.end:fig.end + 12].split()
    if not ((before and (before[-1].lower() in CHANGE_VERBS or before[-1].lower() == "by"))
            or (after and after[0].strip(",.;").lower() in POINTS_GAP_AFTER)):
        return False
    return _share_levels(text).within(fig.start, fig.end)


class _ShareLevels:
    """A text's sentence ends (:data:`patterns.SENTENCE_END`, the plugin's one rule of
    them) and its shares said as a level (:data:`SHARE_LEVEL`), each found once, for
    :func:`_share_points`: asked at every figure of points in a long sentence, a search
    of the figure's sentence cost the sentence's length each time.  Neither pattern's
    matches can overlap one another, so the ones a search from any place finds are among
    those found from the text's start."""

    __slots__ = ("ends", "levels", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends: list[tuple[int, int]] | None = None
        self.levels: list[tuple[int, int]] = []

    def within(self, first: int, after: int) -> bool:
        """Whether a level lies in the sentence of the figure at ``first``..``after``:
        from the end of the last sentence end before ``first`` (no more than
        :data:`_SHARE_REACH` characters back) to the end of the one that follows
        ``after`` (the text's end where none does)."""
        if self.ends is None:  # (found when a text first asks)
            self.ends = [(m.start(), m.end()) for m in P.SENTENCE_END.finditer(self.text)]
            self.levels = [m.span() for m in SHARE_LEVEL.finditer(self.text)]
        k = bisect_left(self.ends, (first, -1))
        start = max(0, first - _SHARE_REACH)
        if k and self.ends[k - 1][0] >= start:
            start = max(start, self.ends[k - 1][1])
        k = bisect_left(self.ends, (after, -1))
        end = self.ends[k][1] if k < len(self.ends) else len(self.text)
        k = bisect_left(self.levels, (start, -1))
        return k < len(self.levels) and self.levels[k][1] <= end


#: How far back a figure of points looks for the start of its sentence.
_SHARE_REACH = 200


@functools.lru_cache(maxsize=4)
def _share_levels(text: str) -> _ShareLevels:
    """The :class:`_ShareLevels` of ``text``, kept for the texts read last."""
    return _ShareLevels(text)


def _unit(text: str, fig: Figure, m: re.Match[str]) -> bool:
    """Read a unit after ``fig`` ("44 days", "44-day", "200 km/h"); whether one was."""
    name = _unit_name(m, 1)
    if name is None:
        return False
    sym = m.group("sym1")
    hyphen = bool(m.group("hy").strip())
    if sym is not None:
        if hyphen and len(sym) < 2:
            return False
        if sym in ("am", "pm") and "." not in text[fig.start:fig.end]:
            return False
        if len(sym) == 1 and sym.isupper() and _next_is_word(text, m.end("sym1")):
            return False  # "50 C outside" is a temperature, "Group 2 C Team" is not
    word = m.group("word1")
    if (word is not None and word.lower() == "in" and m.start("word1") != fig.end
            and _INCH.match(text, m.end("word1")) is None
            and not _FEET_BEFORE.search(text, max(0, fig.start - 8), fig.start)):
        return False  # "2 in 3", but "2 in thick", "5ft 9in" and, glued, "2in of rain" are inches
    if word is not None and word.lower() in ("points", "times", "runs", "goals", "wickets",
                                             "sets", "laps", "storeys", "story"):
        fig.counted = word.lower()
        fig.end = m.end("word1")
        if fig.counted == "points" and _share_points(text, fig):
            fig.category, fig.unit, fig.counted = "percent", "percentage point", None
            return True
        if fig.value != 1 and text.startswith(_COUNT_RATE_FIRST, fig.end):
            _count_rate(text, fig, fig.end)  # "28.5 points per game", "three times a day"
        elif fig.counted == "times":
            time_adverb(text, fig, fig.end)  # "three times daily", as "twice daily"
        return True
    fig.category = "percent" if name == "percentage point" else "quantity"
    fig.unit = name
    if sym in _SECOND_READINGS:
        fig.unit = _reading(text, fig, sym, name)  # "8K video at 30fps": frames
    if sym in SCALED_UNITS and fig.value is not None:
        fig.value = fig.value * SCALED_UNITS[sym]  # "55 bcm": 55 billion cubic metres
    fig.end = m.end("pow1") if m.group("pow1") else _unit_end(m, 1)
    if m.group("word2") or m.group("sym2"):
        per = _unit_name(m, 2)
        if per is not None:
            fig.unit = f"{name} per {per}"
            fig.end = m.end()
    elif text[fig.end:fig.end + 1] == "." and (sym or word or "").lower() in _DOTTED and (
            _STOP_GOES_ON.match(text, fig.end + 1)):
        fig.end += 1  # "2,000 sq. ft. of office space", "5 ft. 4 in. tall": the stop's own
    elif text.startswith(_MEASURE_RATE_FIRST, fig.end):
        _measure_rate(text, fig)
    return True


#: Unit symbols with a second reading, and the words that choose it where they stand in the
#: figure's sentence: "fps" is the table's feet per second ("water at 30fps", "2,500fps"), but
#: frames per second among words of moving pictures, a video, a film, a camera, a game, a
#: screen, a display or a frame, or a resolution ("8K video at 30fps", "1080p at 60fps");
#: each pattern is compiled on its first use, in the ``re`` module's cache, not at import.
_SECOND_READINGS: dict[str, tuple[str, str]] = {
    "fps": ("frame per second",
            (r"(?i:\b(?:video|footage|film|camera|frame|gam(?:e|ing)|screen|display|monitor"
             r"|console|stream)s?\b)|\b[0-9]+[Kp]\b")),
}
#: How far a word that chooses a reading is looked for on each side of the figure, within
#: its sentence: a fixed span, so a text of many such figures is read in linear time.
_READING_REACH = 120


def _reading(text: str, fig: Figure, sym: str, name: str) -> str:
    """The unit that ``sym`` after ``fig`` names: its second reading where a word of
    :data:`_SECOND_READINGS` stands in the figure's sentence, within
    :data:`_READING_REACH` characters of it; else ``name``, the table's."""
    second, words = _SECOND_READINGS[sym]
    lo = max(0, fig.start - _READING_REACH)
    for m in P.SENTENCE_END.finditer(text, lo, fig.start):
        lo = m.end()
    hi = min(len(text), fig.end + _READING_REACH)
    stop = P.SENTENCE_END.search(text, fig.end, hi)
    if stop is not None:
        hi = stop.start()
    return second if _reading_words(words).search(text[lo:hi]) else name


@functools.cache
def _reading_words(words: str) -> re.Pattern[str]:
    """The pattern ``words`` of a row of :data:`_SECOND_READINGS`, compiled at its first
    use (few texts ask it; and by the plugin's load, which keeps its code): one a row, so
    the memo holds no more than the table."""
    return re.compile(words)


#: What begins a rate of a unit of time after a measure, or what it is of before one: "87
#: litres a day", "an hour", "200 tonnes of fuel a day".
_MEASURE_RATE_FIRST = (" a ", " an ", " of ")
#: What a measure or a count is of, a word or two, or two joined by "and" or "or", before
#: its rate: "of fuel", "of crude oil", "of GDP", "of fruit and vegetables", "of tea or
#: coffee" (not after a determiner: "of the fuel", "of its oil"; kept short, as it is
#: compiled at import).
_MEASURE_OF = re.compile(
    r"[ \t]+of[ \t]+([A-Za-z]+)"
    r"(?:[ \t]+(?:and|or)[ \t]+(?!(?:an?|per)\b)[a-z]+|[ \t]+([a-z]+))?")
#: The words that end what a measure is of, and begin its rate.
_RATE_WORDS = frozenset(["a", "an", "per"])
#: The words that join two nouns of what a measure is of.
_JOINING = frozenset(["and", "or"])


def _of_what(text: str, at: int) -> int:
    """The end of what a measure or a count is of, after the " of " at ``at``
    (:data:`_MEASURE_OF`), where its rate may begin: "200 tonnes of fuel a day", "five
    portions of fruit and vegetables a day"; -1 after a determiner or none, and where "and"
    or "or" begins a phrase of its own ("10 hours of work and a day off")."""
    if (om := _MEASURE_OF.match(text, at)) is None or om.group(1) in DETERMINERS or (
            om.group(1) in _RATE_WORDS) or om.group(2) in _JOINING:
        return -1
    return om.end(1) if om.group(2) in _RATE_WORDS else om.end()


def _measure_rate(text: str, fig: Figure) -> None:
    """A measure before "a" or "an" and a unit of time as a rate, as a count is ("300 cars
    a day"), ``per`` the unit of time, outside the span: "2 million barrels a day", "87
    litres a day", and after what it is of, "200 tonnes of fuel a day", "400,000 barrels of
    crude oil per day", and "night" as after a count ("10 hours of sleep a night"); not a
    time that dates ("a day earlier", "a year ago", "a night earlier"), which :data:`_PER`
    and :data:`_A_EVENT` leave.  The caller has seen one of :data:`_MEASURE_RATE_FIRST`."""
    at = fig.end
    if text.startswith(" of ", at) and (at := _of_what(text, at)) < 0:
        return
    pm = _PER.match(text, at)
    if pm is None:
        return
    if pm.group("article") is None:
        if (tm := P.UNIT.match(text, pm.end())) is not None:
            fig.per = _unit_name(tm, 1)
    elif text.startswith("night", pm.end()) and (nm := _A_EVENT.match(text, pm.end())) and (
            nm.group(1)):
        fig.per = "night"  # "10 hours a night", "10 hours of sleep a night", as a count's
    elif at != fig.end and (
            (w := text[pm.end():pm.end() + 8].split(None, 1)[:1]) and (
                word := w[0].rstrip(_WORD_STOPS)) in _PER_CAPITA_WORDS):
        # after what it is of, a rate per person, outside the span: "140 litres of water a
        # person a day" (before it, "5 tonnes a head" is read by :func:`_per_capita`)
        fig.category = "ratio"
        fig.per = "person"
        _then_time(text, fig, pm.end() + len(word))


#: Imperial abbreviations that American news writes with a full stop ("5 ft. 4 in.", "21
#: lb. 4 oz.", "2,000 sq. ft."): the stop is the abbreviation's where the sentence goes on
#: after it (:data:`_STOP_GOES_ON`), and at a sentence's end the sentence's.
_DOTTED = frozenset(["ft", "in", "yd", "mi", "lb", "lbs", "oz", "gal"])
_STOP_GOES_ON = re.compile(r"[ \t]+[a-z0-9(]")


def _next_is_word(text: str, i: int) -> bool:
    """Whether a capitalised word follows ``i`` after one space."""
    return i + 1 < len(text) and text[i] == " " and text[i + 1].isalpha() and text[i + 1].isupper()


def _plural_next(text: str, e: int) -> bool:
    """Whether a plural noun or a unit follows, at most one word on ("1.4m cash machines")."""
    m = _NEXT_WORDS.match(text, e)
    if m is None or m.group("of"):
        return False
    w1 = m.group("w1")
    if w1.lower() in _EVENTS:
        return False  # "the 400m hurdles"
    if _is_plural(w1) or (w1.lower() in WORD_UNITS and w1.lower() not in STOP_WORDS):
        return True
    w2 = m.group("w2")
    # an event in the singular before a verb is no noun of two words: "the 200m record
    # stands", "the 100m final starts"
    return (w2 is not None and w1.islower() and w1 not in STOP_WORDS and _is_plural(w2)
            and w2.lower() not in _EVENTS and w1 + "s" not in _EVENTS)


def _currency_follows(text: str, e: int) -> bool:
    """Whether a currency is written at ``e`` ("1.5m euros", "5bn Danish kroner"); a word
    that names a currency only after its adjective ("gold", "mark") needs the adjective,
    and "crown" in the singular is a title ("the world 5,000m crown": metres)."""
    if not H.follows(text, e) & H.CURRENCY_ALONE:
        return False
    m = P.CURRENCY_AFTER.match(text, e)
    if m is None:
        return False
    word = m.group("word")
    return word is None or bool(m.group("adj")) or (
        word.lower() in CURRENCY_WORDS and word.lower() != "crown")


def _word_next(text: str, e: int) -> bool:
    """Whether a word follows ``e`` after one space ("5K final", "77K followers")."""
    return text[e:e + 1] == " " and text[e + 1:e + 2].isalpha()


def _is_plural(w: str) -> bool:
    """Whether ``w`` looks like a plural noun ("civilians", "women", "Azerbaijanis")."""
    lw = w.lower()
    if lw in IRREGULAR_PLURALS:
        return True
    if lw in VAGUE:
        return False  # "five mailed thousands": not a noun counted
    if len(w) == 3 and w[2] == "s" and w[:2].isupper():
        return True  # the plural of two capitals: "650 MPs", "40 GPs", "two TVs"
    if len(lw) <= 3 or not lw.endswith("s") or lw in STOP_WORDS:
        return False
    if lw.endswith(("ss", "us", "'s", "’s")):
        return False
    # "analysis" is singular; "Azerbaijanis", "Israelis" (demonyms) are plural
    return not lw.endswith("is") or w[:1].isupper()


#: A lower-case word joined to a figure by a hyphen, then a space and a word: "a
#: 20-point lead", "a 12-member panel".
_HYPHEN_NOUN = re.compile(r"-([a-z]{3,})(?=[ \t\u00a0]+[a-z])")
#: Words joined so that count nothing: "20-odd years", "a 5,000-strong crowd", and the
#: name of a scale the figure is a reading of, "a 3.2-magnitude quake" (as "a magnitude 3.2
#: quake" and "a 3.2 magnitude quake" count nothing).
_NOT_HYPHEN_NOUNS = frozenset({
    "odd", "plus", "ish", "strong", "something", "old", "long", "wide", "high", "deep",
    "tall", "thick", "magnitude",
})


def _hyphen_noun(text: str, e: int) -> str | None:
    """The noun a figure joined to it by a hyphen counts, before the noun it describes:
    "a 20-point lead" counts points, "a 12-member panel" members, "a 300-page report"
    pages; units were read before ("a three-day strike")."""
    m = _HYPHEN_NOUN.match(text, e)
    if m is None:
        return None
    word = m.group(1)
    if (word in STOP_WORDS or word in _NOT_HYPHEN_NOUNS or word in SMALL
            or word.endswith(("ly", "ing")) or (word.endswith("ed") and len(word) > 3)):
        return None  # not "a 3-sided", "a 5-tiered"; "a 4-bed home" counts beds
    return word


#: A noun made of a figure, a hyphen and a noun with "-er" (a thing that has so many of
#: it: "three-pointers", "a two-seater", "a four-wheeler", "an 18-wheeler") or "-peat"
#: ("a three-peat"), and what follows it: a word after a singular one makes it a
#: modifier ("a 60,000-seater stadium", "a 12-member panel", "a four-letter word").
_NOUN_OF_ITS_OWN = re.compile(
    r"-(?:[a-z]{3,}er(?P<s>s)?|peat(?P<ps>s)?)(?![\w'’-])"
    r"(?:[ \t\u00a0]+(?P<next>\w+))?")


def in_a_noun_of_its_own(text: str, e: int) -> bool:
    """Whether the figure that ends at ``e`` is part of a noun of its own, a word for a
    kind of thing and not a count of anything: "seven three-pointers", "two four-wheelers"
    and "one-liners" (in the plural they are nouns, as a modifier never is), "a two-seater."
    or "a three-peat" at the end of their phrase ("a four-wheeler was hit"). Not before
    another word, where the compound describes it ("a 60,000-seater stadium" counts seats),
    and not a unit, which was read before ("a 100-meter dash")."""
    m = _NOUN_OF_ITS_OWN.match(text, e)
    if m is None:
        return False
    if m.group("s") or m.group("ps"):
        return True
    nxt = m.group("next")
    return nxt is None or nxt.lower() in STOP_WORDS


#: Words of number that are never the noun a figure counts: after a word in "-ed" they
#: start its object ("The 34-year-old admitted two charges", "scored twice"), which makes
#: that word a verb, not a participle before the person ("a 34-year-old retired teacher").
_NOT_COUNTED = frozenset([*SMALL, *SCALES, "dozen", "once", "twice", "thrice"])


def counted(text: str, e: int, *, allow_of: bool, singular: bool) -> str | None:
    """The noun a figure counts: "613 innocent civilians" -> "civilians"."""
    m = _NEXT_WORDS.match(text, e)
    if m is None or (m.group("of") and not allow_of):
        return None
    for key in ("w1", "w2", "w3"):
        w = m.group(key)
        if w is None:
            return None
        lw = w.lower()
        if lw in STOP_WORDS or (lw in MONTHS and w[:1].isupper()):
            return None
        if singular:
            if w[:1].isupper() or lw.endswith("ly"):
                return None
            if lw.endswith(("ed", "ing")):
                continue
            if lw in IRREGULAR_PAST or lw in _NOT_COUNTED:
                return None  # a verb, not the one counted: "the 22-year-old won", "admitted two"
            return lw
        if _is_plural(w):
            return w if w[:1].isupper() else lw
        if lw.endswith(("ly", "ed")) or (w[:1].isupper() and key == "w1"):
            if w[:1].isupper() and key != "w1":
                return None
            continue
        if lw.endswith("ing") and key != "w1":
            return None
    return None


#: A margin of error written with signs before a figure: "±3 points", "+/- 3 points".
_MARGIN = re.compile(r"(?:±|\+/?[-–−])[ \t]?$")


#: Units of time that "over" before them may read as a span, not a lower bound.
_SPANS = frozenset(["second", "minute", "hour", "day", "week", "month", "year", "decade"])


#: What dates a span of time as a time past ("10 years ago", "a year earlier"): after a
#: figure and "more than", "less than" or "fewer than", the time a figure is compared with.
_TIME_PAST = re.compile(r"[ \t]+(?:" + "|".join(TIME_PAST_WORDS) + r")\b(?![-'’])")
#: The qualifiers that compare a figure right before them with what follows ("2 million
#: more than 10 years ago").
_COMPARISONS = frozenset(["more than", "less than", "fewer than"])
#: Verbs of change whose particle is "up" ("ticked up", "went up", "was revised up"): "up
#: to" after one is the verb's "up" and its goal, "to 4.2%", no hedge.  Only verbs that take
#: no object there: not "rise", "climb" or "jump", after which "up to" is as often "by up
#: to" ("rose up to 20% in some areas"), nor "be" ("are up to 20% higher"), nor a verb that
#: takes "up" and an object ("rounded up up to 200 suspects", "moved up to 5,000 troops",
#: "picked up to 40 migrants", "shoots up to 10 frames").
_UP_VERBS = frozenset(str.split(
    "tick ticks ticked ticking edge edges edged edging inch inches inched inching creep creeps "
    "crept creeping go goes going gone went nudge nudges nudged nudging notch notches notched "
    "notching ratchet ratchets ratcheted ratcheting trend trends trended trending revise "
    "revises revised revising ramp ramps ramped ramping step steps stepped stepping"))


#: Words that end a figure after its number: a scale, a currency or a percent written as
#: a word ("£50 million", "five million pounds", "12 per cent").
_FIGURE_TAILS = frozenset([*DIGIT_SCALES, *CURRENCY_WORDS, "percent", "cent", "pc"])
#: Number words that are a figure of their own ("five", "million", "billions").
_FIGURE_WORDS = frozenset([*SMALL, *SCALES, *VAGUE, "dozen"])


def _after_a_figure(words: list[str]) -> bool:
    """Whether ``words`` end with a figure ("$120m", "(£7m)", "35%", "£50 million", "five
    million pounds", "12 per cent", "billions"), or with one and a noun it is "of"
    ("250mm of rain") or a unit of time it is a rate of ("$10bn a year")."""
    if len(words) >= 3 and words[-2] == "of":
        words = words[:-2]
    if len(words) >= 3 and words[-2].lower() in ("a", "an", "per") and words[-1].lower(
            ).strip(STRIP) in _SPANS:
        words = words[:-2]  # a rate: "$10bn a year over a decade"
    for _ in range(3):  # "20,000 euros", "million pounds": a scale, a currency after the number
        if not words:
            return False
        last = words[-1]
        word = last.lower().strip(STRIP + ")")
        if word in _FIGURE_WORDS or any(c.isdigit() for c in last):
            return True
        if word not in _FIGURE_TAILS:
            return False
        words = words[:-1]
        if words and words[-1].lower() == "per":  # "12 per cent"
            words = words[:-1]
    return False


#: The figures that "north of" and "south of" bound ("north of $2bn"), as a place is not.
_ABOVE_BELOW = frozenset(["money", "percent", "cardinal"])


#: What :func:`counted` gives after a count of figures ("six figures", "six-figure");
#: "a 6 figure salary", in the singular before its noun, it leaves out.
_FIGURE_NOUNS = frozenset(["figure", "figures"])
#: "figure" or "figures" right after a count: "six figures", "six-figure", "6 figure".
_FIGURE_AFTER = re.compile(r"([- \t])figure(s)?\b(?![-'’])")
#: After "figure" in the singular, an attributive count ("a 6 figure salary"): a word.
_NOUN_NEXT = re.compile(r"[ \t]+[a-z]")
#: A scale in the plural after an order of magnitude: "double-digit billions".
_SCALES_AFTER = re.compile(r"[ \t]+(thousands|millions|billions|trillions)\b", re.IGNORECASE)


def _count_of_figures(text: str, fig: Figure, e: int) -> bool:
    """Read a count of three to twelve before "figures" as the order of magnitude it names
    ("six figures" 100,000 to 999,999, "a seven-figure deal", "a 6 figure salary"): a
    ``range``, its unit given later from its sentence (``Figure.magnitude``).  In the plural
    only where the words before it say money or size (:func:`_said_of_money`: "earns six
    figures", "in the seven figures"; "Three figures from the party were arrested" are
    people), and not after a determiner other than "the", before "of", nor as one of two
    counts joined by "or" or "and" ("three or four figures who will"); in the singular only
    before a noun ("a 6 figure salary"); "-figure" always ("a six-figure sum")."""
    v = fig.value
    if v is None or not 3 <= v <= 12 or v != int(v):
        return False
    m = _FIGURE_AFTER.match(text, e)
    if m is None:
        return False
    s = fig.start
    if m.group(1) != "-":
        if m.group(2) is None:
            if not _NOUN_NEXT.match(text, m.end()):
                return False
        else:
            last = last_word(text, s).lower()
            if text.startswith(" of ", m.end()) or (last in DETERMINERS and last != "the"):
                return False  # ("the" is read with the words before it, below)
            if last in ("or", "and") and len(w := prev_words(text, s, 2)) == 2 and (
                    w[0].isdigit() or w[0].lower() in SMALL):
                return False
            if not _said_of_money(prev_words(text, s, 6)):
                return False  # "Three figures from the party were arrested": people
    fig.category, fig.value, fig.plain = "range", None, False
    fig.end = m.end()
    order_of_magnitude(text, fig, int(v))
    fig.magnitude = True  # (its unit is the finder's to give)
    return True


#: A word of a part before an order of magnitude, and the first digits it leaves: "the
#: low six figures" 1 to 3 (100,000 to 399,999), "mid-single digits" 4 to 6, "high
#: single-digit growth" 7 to 9, as "early", "mid" and "late" part a decade of life.
_PART_BEFORE = re.compile(r"\b(low|lower|mid|high|upper)[ \t-]+$", re.IGNORECASE)
_PART_DIGITS = {"low": (1, 4), "lower": (1, 4), "mid": (4, 7), "high": (7, 10), "upper": (7, 10)}


def order_of_magnitude(text: str, fig: Figure, places: int) -> None:
    """Give ``fig``, a digit idiom ending at ``fig.end`` ("six figures", "double
    digits"), the range of numbers of ``places`` digits, or of the part of it a word
    before says (:data:`_PART_BEFORE`: "the low six figures" 100,000 to 399,999), scaled
    by a word of scale after it ("double-digit billions"), and the noun it counts."""
    first, end = 1, 10
    if (pm := _PART_BEFORE.search(text, max(0, fig.start - 7), fig.start)) is not None:
        first, end = _PART_DIGITS[pm.group(1).lower()]
    fig.low = Decimal(first * 10 ** (places - 1))
    fig.high = Decimal(end * 10 ** (places - 1) - 1)
    magnitude_scaled(text, fig)
    fig.counted = counted(text, fig.end, allow_of=False, singular=True)


#: Verbs and prepositions of earning, paying, costing or reaching, after which a plural
#: count of figures is an order of magnitude ("earns six figures", "ran into six figures",
#: "a salary in six figures", "worth five figures"); "at" is in :data:`_PRICED_AT`.
_MONEY_BEFORE = frozenset(split_words("""
    earn earns earned earnt earning pay pays paid paying cost costs costing owe owes owed
    owing reach reaches reached reaching top tops topped topping exceed exceeds exceeded
    exceeding hit hits hitting fetch fetches fetched fetching command commands commanded
    commanding charge charges charged charging spend spends spent spending net nets netted
    netting total totals totalled totaled totalling totaling lop lops lopped lopping shave
    shaves shaved shaving slash slashes slashed slashing amount amounts amounted amounting
    rise rises rose risen rising climb climbs climbed climbing soar soars soared soaring
    into in worth
"""))
#: The words of price, value, reaching or being put after which "at" makes a plural count
#: of figures an order of magnitude ("priced at six figures", "valued at", "put at",
#: "pegged at", "stands at", "start at", "came in at", "topped out at"); after any other
#: word ("fired at three figures", "looked at", "pointed at") the figures are people or
#: shapes.
_PRICED_AT = frozenset(split_words("""
    price prices priced pricing value values valued valuing valuation put puts putting
    peg pegs pegged pegging stand stands stood standing start starts started starting
    set sets setting fix fixes fixed fixing cap caps capped capping estimate estimates
    estimated estimating peak peaks peaked peaking close closes closed closing open opens
    opened opening sell sells sold selling trade trades traded trading buy buys bought
    buying offer offers offered offering bid bids come comes came coming settle settles
    settled settling total totals totalled totaled top tops topped bottom bottomed rate
    rates rated assess assessed
"""))
#: The verbs among them that take an object before the amount ("owes the taxman six
#: figures", "paid him six figures").
_PAYING = frozenset(split_words("""
    pay pays paid paying cost costs costing owe owes owed owing charge charges charged
    charging
"""))
#: Words between such a verb or preposition and the count: a determiner, a degree or a
#: qualifier ("into the low six figures", "to well over six figures", "up to six
#: figures"), and "to" after a verb of rising ("rose to six figures"; "spoke to six
#: figures" is a count).
_MONEY_SKIPPED = frozenset(split_words("""
    the low mid high upper lower solid well about around roughly nearly almost over above
    beyond past up to
"""))
_OBJECTS = frozenset(["him", "her", "them", "us", "me", "you", "it"])


def _said_of_money(words: list[str]) -> bool:
    """Whether ``words``, the words before a plural count of figures, say money or size:
    a verb or preposition of earning, paying, costing or reaching (:data:`_MONEY_BEFORE`)
    with only the words of :data:`_MONEY_SKIPPED` between, "at" after a word of price
    (:data:`_PRICED_AT`: "priced at six figures", not "fired at three figures"), or a verb
    of paying and its object ("owes the taxman six figures")."""
    words = [w.lower().lstrip(STRIP) for w in words]  # ('costs were "in the seven figures')
    k = len(words)
    while k and words[k - 1] in _MONEY_SKIPPED:
        k -= 1
    if not k:
        return False
    w = words[k - 1]
    if w in _MONEY_BEFORE:
        return True
    if w == "at":  # "priced at six figures", "came in at", "topped out at"; not "fired at"
        k -= 2 if k > 2 and words[k - 2] in ("in", "out") else 1
        return k > 0 and words[k - 1] in _PRICED_AT
    if w in _OBJECTS:
        return k > 1 and words[k - 2] in _PAYING
    return k > 2 and words[k - 2] in DETERMINERS and words[k - 3] in _PAYING


def magnitude_scaled(text: str, fig: Figure) -> None:
    """An order of magnitude before a scale in the plural, scaled by it: "double-digit
    billions" 10 to 99 billion."""
    if (sm := _SCALES_AFTER.match(text, fig.end)) is not None:
        times = SCALES[sm.group(1).lower()[:-1]]
        assert fig.low is not None and fig.high is not None  # the order of magnitude's range
        fig.low = fig.low * times
        fig.high = (fig.high + 1) * times - 1
        fig.end = sm.end()


#: The figures a rate said before them is of: money and shares ("per share of 85 cents",
#: "growth per year of 3%"), not a count or a measure, which after "per", a noun and "of"
#: is as often the noun's size ("per household of 4 people", "per plot of 2 acres").
_PER_BEFORE_KINDS = frozenset(["money", "percent"])


def _per_before(fig: Figure, words: list[str]) -> None:
    """A rate said before its figure, "per", a noun in the singular and "of", the last of
    the ``words`` right before it: what the figure is per ("earnings per share of 85
    cents" per "share", "a cost per head of £40" per "person", as "85 cents per share"
    and "£40 per head" are); "per cent of" is a share's."""
    if len(words) >= 3 and words[-3].lower() == "per" and (
            nm := _PER_ANY_NOUN.fullmatch(words[-2])) is not None and (
            per := _per_noun(nm.group(1))) is not None:
        fig.per = per


def qualify(text: str, fig: Figure) -> None:
    """Read a qualifier before the figure ("nearly", "more than") and set the bound it implies."""
    s = fig.start
    if s and text[s - 1 if text[s - 1] not in " \t" else s - 2:s][:1] in _MARGIN_LAST and (
            _MARGIN.search(text, max(0, s - 4), s)):
        fig.qualifier = "plus or minus"  # a margin of error: the figure stays positive
        return
    if s < 3 or text[s - 1] not in " \t":
        return
    if (tail := text[s - 3:s - 1].lower()) not in _QUALIFIER_TAILS:
        if tail == "ch" and text[s - 5:s - 1] == "Mach" and fig.category == "cardinal" and (
                fig.value is not None and (s == 5 or not text[s - 6].isalnum())
                and last_word(text, s).lstrip(STRIP) == "Mach"):
            # "Mach 2", "Mach 2.5", "Mach five": a speed in Mach numbers, the word in its span
            # (read here, where the word before a figure is read, not by a scan of its own;
            # a figure after another word in "ch", "which" or "March", reads no more)
            fig.category, fig.unit, fig.start, fig.counted = "quantity", "Mach", s - 5, None
            qualify(text, fig)
        return
    last = last_word(text, s).lower().lstrip(STRIP)
    if last not in _QUALIFIER_ENDS or (last == "for" and text[max(0, s - 15):s].lower() != (
            "getting on for ")):
        return  # ("for" ends one qualifier only, and comes before many figures: "for 20 years")
    words = prev_words(text, s, 4)
    if not words:
        return
    if words[-1].lower() == "between":
        s = text.rfind(words[-1], 0, s)
        fig.between = s
        words = prev_words(text, s, 4)
    q = ""
    for k in (4, 3, 2, 1):
        if len(words) >= k:
            cand = " ".join(words[-k:]).lower().lstrip(STRIP)
            if cand in QUALIFIERS:
                q = cand
                break
    if not q:
        if last == "of" and fig.per is None and fig.category in _PER_BEFORE_KINDS:
            _per_before(fig, words)  # "earnings per share of 85 cents"
        return
    if q == "some" and fig.category == "date":
        return
    if q.endswith(("north of", "south of")) and fig.category not in _ABOVE_BELOW:
        return  # "north of 60 degrees", "south of 42nd Street": a place, no bound
    if q == "over" and fig.unit in _SPANS and fig.category != "age" and _after_a_figure(
            prev_words(text, s, 5)[:-1]):
        # "£960m over 15 years", "300mm of rain over 48 hours": the time it spans, no bound
        # (an age is none: "40% of people over the age of 65")
        return
    if q == "up to" and len(words) > 2 and words[-3].lower().lstrip(STRIP) in _UP_VERBS:
        return  # "ticked up to 4.2%", "has gone up to $8,400": the level reached, no bound
    if q in _COMPARISONS and fig.unit in _SPANS and _TIME_PAST.match(text, fig.end) and (
            before := prev_words(text, s, 5)[:-2]) and before[-1][-1:] not in ",;:(" and (
            _after_a_figure(before) or _after_a_figure(before[:-1])):
        # "2 million more than 10 years ago", "30,000 tonnes more than a year earlier": the
        # figure before is compared with a time past, which has no bound
        return
    fig.qualifier = q
    bound = QUALIFIERS[q]
    v = fig.value
    if v is None or fig.category == "date":
        return
    if bound == "low" and fig.low is None:
        fig.low = v
    elif bound == "high" and fig.high is None:
        fig.high = v
    elif bound == "exact":
        fig.low = fig.high = v
