"""The number scanner: finds every figure in a text and reads what it is.

:func:`find_figures` scans the text with :data:`~limner_numbers.patterns.DIGITS`
and :data:`~limner_numbers.patterns.WORDS_LOWER` and, for each core (digits,
number words, a vulgar fraction), reads it here (separators, decimals, exponents,
fractions, ordinal and decade suffixes, number words) and its surroundings with
:mod:`limner_numbers.context` and :mod:`limner_numbers.dates`; a final pass
(:mod:`limner_numbers.ranges`) joins two figures into a range.  Digits inside
names and codes ("COVID-19", "G7", "i7-860"), clock times, phone numbers,
version strings and the index digits that close image captions are passed
over.  Work is linear in the text: every pattern is anchored or bounded.
"""

from __future__ import annotations

import functools
import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from operator import attrgetter

import limner
from limner_numbers import patterns as P
from limner_numbers.ages import age_decade, age_of_name
from limner_numbers.compounds import join_compounds, part_of_a_unit
from limner_numbers.context import (
    after,
    counted,
    currency_before,
    divided,
    frequency,
    hedged,
    in_a_noun_of_its_own,
    minus_word,
    money_of_words,
    order_of_magnitude,
    qualify,
    rate_after,
    scale,
    sign,
    unit_at,
)
from limner_numbers.dates import (
    PERIOD_LETTERS,
    decade_band,
    decade_in_words,
    read_date,
    read_period,
)
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
    CLOCK_SUBJECTS,
    COIN_ADJECTIVES,
    CROWN_LANDS,
    CURRENCY_ADJECTIVES,
    CURRENCY_WORDS,
    DECADE_WORDS,
    DECIMAL_COINS,
    EVENT_VERBS,
    FIGURE_PREFIXES,
    IRREGULAR_PAST,
    MARKET_OR_EVENT_VERBS,
    MARKET_WORDS,
    MEETING_VERBS,
    MONTHS,
    NAMING_WORDS,
    NAMING_WORDS_AFTER,
    NAMING_WORDS_LOWER,
    OLD_POUND_MONEY,
    ONE_COIN,
    ORDINALS,
    PENCE_WORDS,
    POUND_DECIMAL_YEAR,
    QUALIFIERS,
    SCALES,
    SHILLING_DEFAULT,
    SHILLING_LANDS,
    SMALL,
    TALLY_VERBS,
    TIMES_WORDS,
    VAGUE,
    WORD_UNITS,
    split_words,
)
from limner_numbers.ranges import join_ranges
from limner_numbers.wordnum import CENTURY_WORDS, Token, parse_word, parse_words

__all__ = ["Figure", "find_figures"]


_MAX_DIGITS = 40
#: Digits as written: groups of three ("1,234,567"), Indian groups of two before the
#: last three ("12,34,567", lakhs and crores), or no separator.
_VALID = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3})"
                    r"(?:\.[0-9]+)?|[0-9]*(?:\.[0-9]+)?")
_VALID_COMMA = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:,[0-9]+)?")
_CODE_RUN = re.compile(r"[\w.\-/+]*+")
_JUNK_RUN = re.compile(r"[0-9:.,/]*+")
_WORD_TOKENS = re.compile(r"[A-Za-z]+|&|,")
#: What follows "one" when it is a pronoun, not a figure: "one of", "one who", "one,".
#: "one in five", "one out of ten", "a one-in-four chance": "one" is the first term of a ratio.
#: One in a scale joined by hyphens: "a one-in-a-million chance", "one-in-a-thousand".
_ONE_IN_A = re.compile(r"-in-a-(hundred|thousand|million|billion)\b(?!-)", re.IGNORECASE)
_ONE_IN_A_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_ONE_RATIO = re.compile(
    r"(?:[ \t]+(?:in[ \t]+(?:every[ \t]+|a[ \t]+)?|out[ \t]+of[ \t]+)|-in-(?:every-)?|-out-of-)"
    r"(?:[0-9]{1,3}(?![0-9])"
    r"|[0-9]{1,3},[0-9]|(?:two|three|four|five|"
    r"six|seven|eight|nine|ten|twenty|fifty|hundred|thousand|million|billion)\b)",
    re.IGNORECASE,
)
#: "two to one", "3-to-one": "one" is the second term of a ratio.
#: A tally's noun may come between: "four games to one", "two points to one".
_TO_ONE = re.compile(
    r"(?:[0-9]|\b(?:two|three|four|five|six|seven|eight|nine|ten))"
    r"(?:[ \t]+(?:games|points|goals|sets|frames|matches|votes|seats|tries|legs|wins))?"
    r"[ \t-]+to[ \t-]+$", re.IGNORECASE
)
#: The words that join a bare "one" to the count before it, as a verb of a tally does
#: (``TALLY_VERBS``): "seven were killed and one injured".
_TALLY_JOINS = frozenset(["and", "but"])
#: A whole counted after "one of" in a tally: "lost one of their nine games".
_OF_A_WHOLE = re.compile(
    r" of (?:the|their|its|his|her|our|your|my) (?:[0-9]|(?:two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)\b)")
#: The verbs of winning and scoring whose bare object "one" counts with no count before
#: it ("He won one.", "scored only one"); not "lose", "beat" or "held", whose "one" is as
#: often a thing ("if you lose one").
_WON_VERBS = frozenset(["won", "win", "wins", "winning", "scored", "lost"])
#: What ends the clause of "won one": a stop, or a word of a time or a joined clause ("won
#: one in 2016", "scored one in the 78th minute", "won one and lost two").
_ONE_WON_AFTER = re.compile(r"[,.;:!?)\"'”’]|[ \t]*$|[ \t]+(?:in|at|on|last|this|and|but)\b")
#: How far a bare "one" of a tally may come after the count before it.
_TALLY_REACH = 80
#: "one to two million", "one to 3 years": "one" is the first end of a range.
_ONE_TO = re.compile(
    r"[ \t]+to[ \t]+(?:[0-9]|(?:two|three|four|five|six|seven|eight|nine|ten)\b)",
    re.IGNORECASE,
)
_ONE_PRONOUN = re.compile(
    r"[ \t]+(?:of|in|the|and|or|to|is|was|who|that|which|another|for|at|on|with|by|as|but|"
    r"he|she|it|they|we|I|has|had|have|can|could|would|will|may|might|must|should|"
    # a fare of one leg, a manner: "£29 one way", "one way or another"
    r"way|"
    # a pronoun's likeness: "never seen one like it"
    r"like|"
    # a thing's particle after its verb: "picked one up", "put one aside", "buy one online"
    r"up|down|out|off|back|aside|away|online)\b"
    r"|[,.;:!?)\"'”’]|[ \t]*$"
)
#: "one" after "in" or "at" before a noun of a manner or a moment: "in one go", "in one
#: sitting", "came back in one piece", "at one point", "at one stage": no count.
_ONE_MANNER = re.compile(
    r"[ \t]+(?:go|sitting|piece|swoop|stage|point(?![ \t]+(?:zero|nought|oh|one|two|three"
    r"|four|five|six|seven|eight|nine)\b))\b(?![-'’])")
_ALONE_NOTHING = frozenset(["half", "halves", "quarter", "quarters", "point",
                            # "came to nought", "all for naught": nothing, no figure; a
                            # figure only with a point after ("nought point five")
                            "nought", "naught"])
_NEEDS_DETERMINER = frozenset(["first", "second"])
#: Words in 's that are a pronoun and "is" or "has", no possessive: "it's second only to".
_CONTRACTED = frozenset(["it's", "that's", "there's", "here's", "what's", "who's", "he's",
                         "she's", "where's", "let's", "how's", "when's", "why's"])


def _determined(text: str, s: int) -> bool:
    """Whether a determiner or a possessive is the word right before ``s``: "the first
    week", "the app's first week", "the players' second goal" ("first" and "second" are
    ordinals only after one)."""
    if after_determiner(text, s):
        return True
    word = last_word(text, s).lower().replace("’", "'")
    return (len(word) > 2 and word.endswith("'s") and word not in _CONTRACTED) or (
        len(word) > 2 and word.endswith("s'"))


_TIME_FIRST = frozenset(" \tapAPGBUECh")
#: What after digits and a space may begin a clock's marker: "2 pm", "0900 GMT", "7 o'clock".
_TIME_SECOND = _TIME_FIRST | frozenset(P.O_CLOCK_O)
_SCI_FIRST = frozenset("eE×x \t")
_SPECIAL_NEXT = frozenset(":/") | _TIME_FIRST
_PRIMES = frozenset("'’′")
#: Feet and inches with prime marks: "6'2\"", "5' 11''", "6’2”", "5′11″".
_FEET_INCHES = re.compile(
    r"(?P<ft>[0-9]{1,2})['’′][ \t]?(?P<inch>[0-9]{1,2}(?:\.[0-9]+)?)(?:\"|''|’’|”|″|′′)")
#: Thousands grouped by apostrophes, Swiss style: "1'000", "1’250’000.50".
_APOSTROPHE_GROUPS = re.compile(r"[0-9]{1,3}(?:['’][0-9]{3})+(?:\.[0-9]+)?(?![0-9'’])")
_NO_APOSTROPHES = str.maketrans("", "", "'’")
_SPACE_CHARS = frozenset(" \u00a0\u2009\u202f")
_HALF_A = re.compile(r"[ \t]+an?[ \t]+(percentage[ \t]+point|per[ \t]?cent|percent)\b", re.I)
_OF_SCALE = re.compile(r"[ \t]+of[ \t]+an?[ \t]+(thousand|million|billion|trillion)\b", re.I)
#: A percentage point or a per cent after a fraction and "of a": "a quarter of a percentage
#: point", "three tenths of one per cent".
_OF_PERCENT = re.compile(
    r"[ \t]+of[ \t]+(?:an?|one)[ \t]+(percentage[ \t]+point|per[ \t]?cent|percent)\b", re.I)
#: Units of measure that "a" or "an" may stand for one of ("a mile", "an acre"), and of
#: which a fraction before "of a" is a quantity ("two-thirds of a mile").
_A_UNIT_WORDS = (
    "mile|kilometre|kilometer|metre|meter|yard|gallon|litre|liter|pint|quart|kilogram|kilo"
    "|gram|tonne|hectare|teaspoon|tablespoon|barrel|square mile|square metre|square foot"
    "|cubic metre|kilowatt hour|kilowatt|megawatt"
)
_AN_UNIT_WORDS = "acre|ounce"
#: Periods of time, of which a part is a quantity: "half an hour", "a quarter of a century".
_PERIODS = "second|minute|hour|day|week|month|year|decade|century|millennium"
#: A unit after a fraction and "of a": "a quarter of a century", "three quarters of an
#: hour", "two-thirds of a mile" (a quantity of the unit, as "half a mile" is).
_OF_UNIT = re.compile(
    r"[ \t]+of[ \t]+an?[ \t]+(" + _PERIODS + "|" + _A_UNIT_WORDS + "|" + _AN_UNIT_WORDS
    + r")\b(?![-'’])",
    re.I)
#: The units of measure that "half" or "quarter" joins as one word: "a half-mile", "a
#: quarter-mile", "a half-litre bottle" (as "a half-century" is 0.5 century), and "cup",
#: a measure only with a part before it ("half a cup", "a quarter cup"; "a cup" is as
#: often a trophy).
_PART_UNITS = _A_UNIT_WORDS + "|" + _AN_UNIT_WORDS + "|cup"
#: A part of a period or a unit in words, lower-cased: "half an hour" (or "half-an-hour"),
#: "half a century", "half-a-mile", "a quarter-century", "a quarter-mile", "a half hour",
#: "the past half-century".  Joined to its period by a hyphen or a space only before the
#: periods that are not also a part of a calendar's year ("the half-year results", "a
#: half-day strike" are left alone); any unit of measure is.
_PART_OF_PERIOD = (
    # each opens with a literal, which ``re`` finds by a fast scan (a pattern that opens
    # with a word boundary or an alternation is tried at every position of the text)
    re.compile(r"half([- ])an?\1(" + _PERIODS + "|" + _PART_UNITS + r")\b(?![-'’])"),
    re.compile(r"half[- ](hour|decade|century|millennium|" + _PART_UNITS + r")\b(?![-'’])"),
    re.compile(r"quarter[- ](hour|decade|century|millennium|" + _PART_UNITS
               + r")\b(?![-'’])"),
)
#: The units of the periods of :data:`_PART_OF_PERIOD`, which no price is of.
_PERIOD_UNITS = frozenset(WORD_UNITS[w] for w in _PERIODS.split("|"))
#: A scale word after "a couple of": "a couple of hundred", "... of thousand", "... dozen".
_COUPLE_SCALE = re.compile(r"[ \t]+(hundred|thousand|million|billion|trillion|dozen)\b", re.I)
_VAGUE_OF = re.compile(r"[ \t]+of[ \t]+(?P<w>hundreds|thousands|millions|billions|lakhs|crores)\b")


def _of_vague(text: str, fig: Figure, base: Num) -> Num:
    """``base`` times the vague plural after "of" that ends ``fig`` ("tens of thousands",
    "100s of millions"), ``fig`` then ending after it; ``base`` itself without one."""
    om = _VAGUE_OF.match(text, fig.end)
    if om is None:
        return base
    fig.end = om.end()
    return base * VAGUE[om.group("w")]
#: A ratio after digits: ":1", ":3" (one digit; "10:30" is a clock time).
_RATIO_COLON = re.compile(
    r":(?P<den>[1-9]|[0-9]{2,3})(?![0-9:]|[.,][0-9]|" + P.CLOCK_AFTER + ")"
)


def _ratio_colon(text: str, e: int, tok: str) -> re.Match[str] | None:
    """A ratio after digits: ":1", ":3" (one digit), or "50:50", "60:40" (no clock time
    has more than 24 hours or 59 minutes); "10:30" is a clock time."""
    m = _RATIO_COLON.match(text, e)
    if m is None or not tok.isdigit() or int(m.group("den")) == 0:
        return None
    den = m.group("den")
    if len(den) == 1 or int(tok) > 24 or int(den) >= 60:
        return m
    return None
#: Three or more digit groups joined by hyphens: an identifier (phone, ISBN, serial, a
#: dialling code), unless it is an ISO date ("2020-11-10"); see :func:`_hyphen_id`.
_HYPHEN_ID = re.compile(r"[0-9]++(?:-[0-9]++){2,}+(?![0-9]|[,.][0-9])")
#: A phone number of four digits, then two or three groups after single spaces ("1800 266
#: 2222", "1300 659 467"); after a year, groups of three are thousands ("in 2023 120 000")
#: and years a list of years ("2010 2011 2012").
_SPACED_PHONE = re.compile(r"[0-9]{4}(?: [0-9]{2,4}){2,3}(?![0-9]|[.,][0-9])")
_YEAR_AFTER = re.compile(r"(?: [0-9]{3})+|(?: (?:19|20)[0-9]{2})+")
_CAPITALS_CODE = re.compile(r"[A-Z][A-Z0-9]*+(?:s\b|(?![a-z]))")
_LOCAL_PHONE = re.compile(r"-[0-9]{4}(?![0-9]|[,.][0-9])")
_ADDRESS = re.compile(
    r" (?:[A-Z][a-z]+ ){1,2}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Dr|"
    r"Way|Court|Ct|Place|Pl|Terrace|Crescent|Highway|Hwy)\b"
)
#: The first of a pair of figures joined by a dash, right before the second ("5-").
_PAIR_FIRST = re.compile(r"(?<![0-9])([0-9]{1,3})[-–]$")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_CLAUSE_PUNCT = re.compile(r"[.!?,;:\"”)]")


def find_figures(text: str, *, decimal_comma: bool = False) -> list[Figure]:
    """Every figure of ``text``, in order, ranges joined.

    Args:
        text: any string.
        decimal_comma: read "3,5" as 3.5 and "1.000" as a thousand (continental style).
    """
    try:
        return _find_figures(text, decimal_comma)
    finally:
        _READING.lines = None  # (nor is the text held after it)
        _LAST_CLOCK.last = None


def _find_figures(text: str, decimal_comma: bool) -> list[Figure]:
    out: list[Figure] = []
    pos = 0
    n = len(text)
    if not text.isascii():  # (one character for one: offsets are kept)
        if P.OTHER_DIGITS.search(text):
            text = text.translate(P.TO_ASCII_DIGITS)
        text = limner.plain_spaces(text)
    lowered = P.lower(text)
    if len(lowered) == n:  # lower-casing kept every offset: scan the faster pattern
        words, scanned = P.WORDS_LOWER, lowered
    else:
        words, scanned = P.words_as_written(), text
    cores = P.digit_runs(text)
    if scanned is lowered:
        cores += P.word_runs_lower(lowered)
    else:
        cores += [(m.start(), m.end(), False) for m in words.finditer(scanned)]
    cores.sort()
    if len(cores) > _DENSE_RUN:
        cores = _without_dense_runs(cores)
    placed = n  # the end of the last place named after "number" ("at number three")
    for s, e, is_digit in cores:
        if s < pos:
            if is_digit or e <= pos:
                continue
            # a word run that the last figure entered ("5 hundred thousand"): its rest
            m = words.search(scanned, pos, e)
            if m is None:
                continue
            s, e = m.span()
        if is_digit:
            fig: Figure | None
            if text[s] in P.VULGAR:
                num, den = P.VULGAR[text[s]]
                fig = Figure(s, s + 1, Fraction(num, den), "fraction")
                pos = after(text, fig, s)
            else:
                fig, pos = _digits(text, s, e, decimal_comma)
            if fig is not None and placed < s and _next_place(text, fig, placed):
                placed = fig.end  # a place of a list after "number": "at number eight and 10"
            elif fig is not None:
                out.append(fig)
            elif (out and s - out[-1].end <= _CLOCK_JOIN_REACH
                    and _hour_of_a_clock(text, out[-1], s)):
                out.pop()  # "from 6 to 8 p.m.", "2-9 p.m.": the hour shares the clock's marker
            pos = max(pos, s + 1)
            continue
        word = scanned[s:e]
        if word in _ALONE_WORDS or (scanned is text and word.lower() in _ALONE_WORDS):
            # "twice a day", "twice daily": a frequency; "Entry was sixpence" (a coin's
            # name is longer than any count of times): a price; alone ("once more", "the
            # sixpence from her shoe"), none
            pos = e
            fig = (_bare_coin(text, s, e, out[-1] if out else None) if len(word) > 6
                   else frequency(text, e, word))
            if fig is not None:
                out.append(fig)
            continue
        if ((word in _HOURS or (scanned is text and word.lower() in _HOURS))
                and (text[e + 2:e + 3] in _O_CLOCK_APOSTROPHES or text[s - 5:s - 1] in _CLOCK_BY)
                and (clock := _clock_in_words(text, s, e)) is not None):
            # "half past seven", "a quarter to nine", "ten o'clock": a clock's time, as
            # "7pm" is, no figure; its minutes, read already ("twenty past"), go with it
            while out and out[-1].end > clock[0]:
                out.pop()
            pos = clock[1]
            continue
        if word == "half" and (hm := _HALF_A.match(text, e)):
            # "half a percentage point", "half a per cent"
            fig = Figure(s, hm.end(), Fraction(1, 2), "percent")
            fig.unit = "percentage point" if hm.group(1).lower().endswith("point") else "percent"
            qualify(text, fig)
            out.append(fig)
            pos = fig.end
            continue
        if word == "half" and (hf := _bare_half(text, s, e)) is not None:
            out.append(hf)
            pos = e
            continue
        if word == "zero" and text[e:e + 1] == "-" and text[e + 1:e + 2].isalpha():
            pos = e  # "zero-hours contracts", "zero-emission cars": an adjective, no figure
            continue
        if word == "zero" and last_word(text, s).lower() == "absolute":
            fig = Figure(s - 9, e, Decimal(0), "quantity")  # "absolute zero": 0 kelvin
            fig.unit = "kelvin"
            out.append(fig)
            pos = e
            continue
        if (word[:3].lower() == "one" and _ONE_MANNER.match(text, s + 3)
                and last_word(text, s).lower() in ("in", "at")):
            pos = e  # "in one go", "at one point": a manner or a moment, no count
            continue
        if word.lower() == "one" and (rm := _ONE_IN_A.match(text, e)) is not None:
            # "a one-in-a-million chance": one in a scale, hyphened as an adjective
            fig = Figure(s, rm.end(), Fraction(1, _ONE_IN_A_SCALES[rm.group(1).lower()]),
                         "ratio")
            qualify(text, fig)
            out.append(fig)
            pos = fig.end
            continue
        if ((word in _ALONE_NOTHING and last_word(text, s).lower() not in ("a", "an", "one"))
                or (word in _NEEDS_DETERMINER and not _determined(text, s))
                or (word == "one" and (_ONE_PRONOUN.match(text, e) or after_determiner(text, s))
                    and not _ONE_RATIO.match(text, e) and not _ONE_TO.match(text, e)
                    and not _TO_ONE.search(text, max(0, s - 24), s)
                    and not _one_of_a_tally(text, s, e, out[-1] if out else None))):
            pos = e  # "half", "point", "at first": no figure, decided cheaply
            continue
        if text[s].isupper() and word.lower() not in DECADE_WORDS and (
                last_word(text, s) in NAMING_WORDS or _in_a_capitalised_name(text, s, e)):
            # (a decade in capitals names years: "the Roaring Twenties")
            pos = e  # a number word that names, as digits do: "Formula One", "Radio Five Live"
            continue
        figs, pos = _words(text, s, e, prev=out[-1] if out else None)
        if figs and figs[0].start == s and (_a_place_after_number(text, figs[0]) or (
                _next_place(text, figs[0], placed))):
            # "at number three" of a chart, as "at number 11", and each place of a list
            # after it: "at number seven or eight"
            placed = figs[0].end
            figs = figs[1:]
        out.extend(figs)
        pos = max(pos, e)
    if len(cores) <= _DENSE_RUN or len(out) * 8 < n:  # not in digit soup
        ones = _one_of_a_unit(text, scanned if scanned is lowered else None)
        if ones:
            ones = _unpriced(text, out, ones, lambda f: f.category != "quantity" or (
                f.unit in _MEASURED or f.unit in _PERIOD_UNITS))
        if ones:
            out = _merge_apart(out, ones)
    if ("half" in lowered or "quarter" in lowered) and (
            parts := _parts_of_a_period(text, lowered, len(lowered) == n)):
        # a part of a unit that a price is of is what the price is of, no amount ("half
        # a litre of cooking oil sells for GH¢45"), as one unit after "a" is
        out = _merge_apart(out, _unpriced(text, out, parts, lambda f: f.unit in _PERIOD_UNITS))
    if "pence" in lowered and (coins := _pence_words(text, lowered, out)):
        out = _merge_apart(out, coins)  # "sixpence for adults and twopence for children"
    if "fold" in lowered and (folds := _fold_words(text)):
        out = _merge_apart(out, folds)
    counts = [f for f in out if f.magnitude]  # "six figures", read by ``after``
    digit = lowered.find("digit")
    if digit >= 0 or counts:
        out = _magnitudes(text, lowered, out, digit, counts)
    if any(map(_CENTS, out)):
        _cents_of_the_story(text, out)
    if "uinea" in text or not _OLD_MONEY_UNITS.isdisjoint(map(_UNIT, out)):
        out = _old_money_of_the_story(text, out)
    if "-" in text:
        # "seven three-pointers", "a two-seater.": the number names a kind of thing, no
        # count (an ordinal stays: "a fifth-grader" is in the fifth grade, as an age is read)
        out = [f for f in out if not (
            f.category == "cardinal" and text.startswith("-", f.end)
            and in_a_noun_of_its_own(text, f.end))]
    return join_ranges(text, join_compounds(text, out))


_CENTS = attrgetter("cents")
_UNIT = attrgetter("unit")


def _unpriced(text: str, found: list[Figure], figs: list[Figure],
              kept: Callable[[Figure], bool]) -> list[Figure]:
    """``figs`` less those that a price among ``found`` is for ("a litre ... sells for
    GH¢45"), but for those ``kept`` says stay."""
    money = [f for f in found if f.category == "money"]
    if not money:
        return figs
    priced = _Prices(text, money).priced
    return [f for f in figs if kept(f) or not priced(f)]


def _cents_of_the_story(text: str, figs: list[Figure]) -> None:
    """Decide what digits with a glued "c" are ("7c a litre", "30c"): cents of the
    currency of the nearest other amount of money in the story ("€1.79" makes them euro
    cents, "R6.1bn" rand cents); without other money, of the dollar, as "cents" is read,
    if one of them is a rate ("12c a litre"), else no money: "the Psion series 3c", "class
    5c" (the figure as it was read before the "c")."""
    cents = [f for f in figs if f.cents]
    money = [f for f in figs if f.category == "money" and not f.cents and f.unit]
    rate = any(c.per for c in cents)
    nearest = _nearest(money)
    for f in cents:
        if money:
            f.unit = nearest(f.start).unit
        elif not rate:
            f.category, f.unit, f.cents = "cardinal", None, False
            f.value = None if f.value is None else f.value * 100
            f.end -= 1


#: The codes a word of old money or a crown is read as first (:data:`CURRENCY_WORDS`):
#: only a story with money in one of them, or with "uinea" in its text, is read for old
#: money (guineas are read as GBP first, and a test of that code would read every story
#: with pounds in it).
_OLD_MONEY_UNITS = frozenset(CURRENCY_WORDS[w] for w in ("shilling", "florin", "crown"))
#: A word of the pound's old money, or a crown, in a figure's span: "two shillings", "40
#: guineas a week", "60 crowns".
_OLD_MONEY_WORD = re.compile(r"\b(guinea|shilling|florin|crown)s?\b", re.I)
#: What after "guinea" makes it an animal: "three guinea pigs", "two guinea fowl".
_GUINEA_ANIMAL = re.compile(r"[ \t-]+(?:pig|fowl|hen)", re.I)


def _worth(value: Num | None, part: Decimal) -> Num | None:
    """``value`` of a coin worth ``part`` of a pound, in pounds."""
    if value is None:
        return None
    return (Decimal(value.numerator) / value.denominator
            if isinstance(value, Fraction) else value) * part


def _old_money_of_the_story(text: str, figs: list[Figure]) -> list[Figure]:
    """Read old money and crowns as a reader of the story's time and place takes them
    (:data:`OLD_POUND_MONEY`, :data:`CROWN_LANDS`): guineas are 1.05 GBP each, and a
    number before "Guineas" with a capital names a race, no figure ("the 2,000 Guineas");
    shillings and florins with no adjective are the pound's parts where the year nearest
    them is before 1971 and the story names no land whose money they are today ("in
    1965 a loaf cost two shillings": 0.1 GBP), else the shillings of the land the story
    names nearest them (:data:`SHILLING_LANDS`: "5,000 shillings" in Kampala are UGX),
    Kenya's where it names none; crowns with no adjective are the money of the land the
    story names nearest them, and where it names none a count, as a guinea pig is."""
    out: list[Figure] = []
    nearest_year: Callable[[int], Figure | None] | None = None
    for f in figs:
        if text.startswith(" Guineas", f.end):
            continue  # "the 1000 Guineas", read as a year
        m = _OLD_MONEY_WORD.search(text, f.start, f.end) if f.category == "money" else None
        if m is None or (text[f.start] in "Aa" and m.start() == f.start + 2) or (
                text[f.start:f.start + 4].lower() == "half"):
            # "a guinea", "half a crown": one coin (:data:`ONE_COIN`), worth what it says
            out.append(f)
            continue
        word = m.group(1).lower()
        if word == "guinea" and m.group(1)[0] == "G":
            continue  # "the 2,000 Guineas": a race
        adjective = last_word(text, m.start()).lower()
        if (adjective, word) in CURRENCY_ADJECTIVES:
            out.append(f)  # "Kenyan shillings", "Danish crowns": the adjective's money
            continue
        if word == "crown":
            code = _land_money(CROWN_LANDS, text, f.start) if m.group(1)[0] == "c" else None
        elif word == "guinea" and _GUINEA_ANIMAL.match(text, m.end()):
            code = None
        else:
            part, lands = OLD_POUND_MONEY[word]
            if lands is not None:
                if nearest_year is None:
                    years = [y for y in figs if y.category == "date"
                             and isinstance(y.value, int | Decimal)
                             and y.value == int(y.value) and 1000 <= y.value < 3000]
                    nearest_year = _nearest(years) if years else _no_year
                year = nearest_year(f.start)
                if (year is None or year.value is None
                        or year.value >= POUND_DECIMAL_YEAR or _lands_named(lands, text)[0]):
                    if word == "shilling":  # "5,000 shillings" in Kampala: UGX
                        f.unit = _land_money(SHILLING_LANDS, text, f.start) or SHILLING_DEFAULT
                    out.append(f)  # money of today: "100 shillings" in Nairobi
                    continue
            f.unit = "GBP"
            f.value, f.low, f.high = (_worth(v, part) for v in (f.value, f.low, f.high))
            out.append(f)
            continue
        if code is None:  # a count of the things: "two crowns", "three guinea pigs"
            f.category, f.unit, f.per = "cardinal", None, None
            f.end = len(text[:m.start()].rstrip())
        else:
            f.unit = code
        out.append(f)
    return out




def _no_year(_: int) -> None:
    """No year for a story that says none."""
    return


def _land_money(lands: re.Pattern[str], text: str, at: int) -> str | None:
    """The code of the money of the land the text names nearest ``at``, if any, by
    ``lands``, whose groups are named by the codes (:data:`CROWN_LANDS`,
    :data:`SHILLING_LANDS`); the earlier of two as near."""
    _, starts, codes = _lands_named(lands, text)
    if not starts:
        return None
    i = bisect_left(starts, at)
    if i == len(starts) or (i and at - starts[i - 1] <= starts[i] - at):
        i -= 1
    return codes[i]


@functools.lru_cache(maxsize=8)
def _lands_named(
    lands: re.Pattern[str], text: str
) -> tuple[bool, list[int], list[str]]:
    """Whether ``lands`` matches ``text`` at all, and the starts and codes of its matches
    of a named group, in order: found once a text and pattern, for every coin of the
    text.  Each coin searched the whole text for the land nearest it, so a story of n
    coins cost n times its length (4,000 sentences of "not paid a shilling" took 17 s)."""
    named = False
    starts: list[int] = []
    codes: list[str] = []
    for lm in lands.finditer(text):
        named = True
        if lm.lastgroup is not None:
            starts.append(lm.start())
            codes.append(lm.lastgroup)
    return named, starts, codes


def _nearest(figs: list[Figure]) -> Callable[[int], Figure]:
    """The figure of ``figs`` whose start is nearest an offset, the first of them in
    ``figs`` on a tie (as ``min`` by the distance gives it), found by bisection in the
    starts sorted once: n cents and n amounts of money once cost n² distances."""
    order = sorted(range(len(figs)), key=lambda k: (figs[k].start, k))
    starts = [figs[k].start for k in order]

    def nearest(at: int) -> Figure:
        i = bisect_left(starts, at)
        if i == 0:
            return figs[order[0]]
        # the first in figs of those that start where the last before ``at`` starts
        before = order[bisect_left(starts, starts[i - 1])]
        if i == len(starts):
            return figs[before]
        after = order[i]
        far_before, far_after = at - starts[i - 1], starts[i] - at
        if far_before != far_after:
            return figs[before if far_before < far_after else after]
        return figs[min(before, after)]

    return nearest


#: The words the scan of number words finds as words of their own: the counts of times
#: ("twice", read by :func:`~limner_numbers.context.frequency`) and the old coins alone
#: (:data:`BARE_COINS`, read by :func:`_bare_coin`).
_ALONE_WORDS = P.ALONE_WORDS
#: The units of time that "a" stands for one of where it is a measure of time ("over a
#: decade", "a week late"): not "second", more often the ordinal ("a second term").
_A_TIMES = "minute|hour|day|week|fortnight|month|year|decade|century"
#: The coins "a" stands for one of: the words of :data:`ONE_COIN`.
_COINS = ("penny|cent|guinea|florin|crown|s(?:ixpence|hilling)|t(?:hreepence|wopence|uppence"
          "|enpence)|f(?:ourpence|ivepence|arthing)|(?:seven|eight|nine|eleven)pence"
          "|ha(?:lfpenny|'penny)")
#: Not before a hyphen or an apostrophe ("a mile-long", "a day's walk"), but for the
#: genitive of a span of time ("in a month's time", read by :func:`_a_unit_of_time`).
_A_UNITS = ("(?:(?:(?P<money>" + _COINS + ")|"
             r"(?P<unit>" + _A_UNIT_WORDS
             + r")|(?P<near>stone|foot|cup|pound))\b(?![-'’])|(?=[mhdwfyc])"
             + r"(?P<time>" + _A_TIMES
             + r")\b(?![-'’](?!s time\b)))")
_AN_UNITS = (r"(?:(?:(?P<money>)(?!)|(?P<unit>" + _AN_UNIT_WORDS
             + r")|(?P<near>inch))\b(?![-'’])|(?P<time>hour)\b(?![-'’](?!s time\b)))")
#: What makes one unit of time after "a" a measure against a plan or another span: "a
#: week over budget", "a year behind schedule", "a day late", "a month longer".
_TIME_COMPARED = re.compile(
    r"[ \t]+(?:late|early|behind|ahead|overdue|longer|shorter"
    r"|over[ \t]+(?:budget|schedule|time))\b(?![-'’])", re.I)
#: The verbs whose object is a span of time ("it took a year", "lasted a week", "stayed a
#: fortnight"), and "within", whose object is a span's bound ("within a week", "within a
#: year of the crash"; "in a week" is as often a point ahead, and stays prose).
_DURATION_VERBS = frozenset(
    ["last", "lasts", "lasted", "lasting", "take", "takes", "took", "taken", "taking",
     "spend", "spends", "spent", "spending", "wait", "waits", "waited", "waiting",
     "stay", "stays", "stayed", "staying", "within"])
#: A verb that takes or gives someone a span of time, and its person, before "a" and a
#: unit of time: "it took him a decade", "took the council a year", "gave him a week";
#: the person is a pronoun, or a determiner and one or two words.
_SPAN_GIVEN = re.compile(
    r"\b(?:take|takes|took|taken|taking|give|gives|gave|given|giving)[ \t]+(?:me|you|him"
    r"|her|us|them|(?:the|a|an|his|her|their|its|our|my|your)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)"
    r"[ \t]+$")
_SPAN_GIVEN_REACH = 40
#: A count of a unit of time joined by "and" after "a" and one, which makes that one a
#: measure of the same time, as the general suite reads "1 hour and 45 minutes" (two
#: figures): "won in an hour and 20 minutes", "for a year and two months".
_AND_SMALLER_TIME = re.compile(
    r"[ \t]+and[ \t]+(?:[0-9]{1,3}|(?:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)(?:-[a-z]+)?)[ \t]+"
    r"(?:minutes?|mins?|seconds?|secs?|hours?|hrs?|days?|weeks?|months?)\b")
#: A comparative after "a stone", "a foot" or "an inch", which makes it a measure: "a
#: stone heavier", "a foot higher", "an inch taller" (alone they are more often a rock, a
#: body part or an idiom).
_COMPARED = re.compile(
    r"[ \t]+(?:heavier|lighter|taller|shorter|longer|wider|deeper|higher|lower|thicker"
    r"|thinner|further|farther)\b", re.I)
#: What after "a cup" makes it a measure: "of" and a food that a recipe measures, up to
#: two words before it ("a cup of flour", "a cup of grated coconut", "a cup of chopped
#: fresh parsley"); not a drink ("a cup of tea", "a cup of coffee"), nor a trophy.
_CUP_OF_FOOD = re.compile(
    r"[ \t]+of[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:(?:plain|self-raising|all-purpose|corn|rice"
    r"|wholemeal|gram|chickpea)[ \t]+)?"
    r"(?:flour|cornflour|sugar|rice|milk|buttermilk|cream|butter|ghee|oil|stock|broth"
    r"|oats|nuts|almonds|walnuts|pecans|cashews|cheese|yogh?urt|curd|coconut|beans|lentils"
    r"|dal|chickpeas|peas|berries|blueberries|raisins|sultanas|breadcrumbs|honey|syrup"
    r"|spinach|parsley|coriander|basil|mint|herbs|semolina|quinoa|couscous|pasta|sauce"
    r"|batter|vinegar|mayonnaise|salsa|cornmeal|polenta|cabbage|onions?|carrots?|mushrooms"
    r"|tomatoes|pumpkin|potatoes|cocoa[ \t]+powder|mixed[ \t]+fruit"
    # the liquids a recipe or a dose measures: "add a cup of water", "a cup of the solution"
    r"|water|liquid|solution|mixture)\b(?![-'’])")
#: What after "a pound" makes it a weight: "of" and what is weighed ("a pound of apples",
#: "a pound of mince"); not "a pound of flesh", a debt.  Alone it is as often the coin.
_POUND_OF = re.compile(r"[ \t]+of[ \t]+(?!flesh\b)[a-z]")
#: A year before an article, no rate's figure: "In 1940 a florin bought" (as
#: :func:`~limner_numbers.context.exchange_rate` reads it).
_A_YEAR_BEFORE = re.compile(r"(?:^|[^0-9,.%$€£¥])(?:1[0-9]|2[01])[0-9][0-9][ \t]+$")
#: What after "a pound" makes it a weight on the scales: over or under a limit ("weighed in
#: a pound over"), "in weight".
_POUND_WEIGHED = re.compile(r"[ \t]+(?:over|under|in[ \t]+weight)\b")
#: What after "a pound" makes it money whatever the verb: a bet ("lost a pound on the
#: bet"), or a race or a game named with a capital, its last word a contest's ("put a
#: pound on the Grand National", "won a pound on the Derby"; not "lost a pound on the
#: Atkins diet").
_POUND_ON_A_BET = re.compile(
    r"(?:[ \t]+each[ \t]+way)?[ \t]+on[ \t]+(?:(?:a|the|that|this)[ \t]+(?:bet|wager|flutter)s?\b"
    # the runner backed, named by what it is in a race: "a pound on the favourite"
    r"|the[ \t]+(?:favou?rite|outsider|horses|dogs|nags?|gee-gees)\b|the[ \t]+"
    r"(?:[A-Z][A-Za-z'’]*[ \t]+){0,3}(?:Derby|National|Cup|Oaks|Stakes|Guineas|Leger|Chase"
    r"|Hurdle|Handicap|Classic|Open|Final|Prix|Bowl|Trophy|Marathon|Boat[ \t]+Race)\b)")
#: What after "a pound" after a verb of staking (:data:`_STAKING`) makes it money: "on", or
#: "each way on", and a name ("put a pound on Red Rum", "had a pound each way on Tiger
#: Roll", "staked a pound on England"; "lost a pound on Weight Watchers" weighs, and
#: "put a pound on the scales" has no name).
_POUND_ON_A_NAME = re.compile(r"(?:[ \t]+each[ \t]+way)?[ \t]+on[ \t]+[A-Z][a-z]")
#: The verbs of staking before "a pound on" a name (:data:`_POUND_ON_A_NAME`).
_STAKING = frozenset(split_words(
    """
    put puts putting stake stakes staked staking bet bets betting had has have having
    place places placed placing won win wins winning wager wagers wagered
    """
))
#: What after "a pound" makes it the coin as what it buys: a verb of buying, a modal or an
#: adverb between, or a rate before ("In 2019 a pound bought", "a pound would buy", "A
#: pound a week bought", "a pound went a long way"; "a pound of butter cost" is weighed).
_POUND_BUYS = re.compile(
    r"(?:[ \t]+a[ \t]+(?:day|week|month|year))?(?:[ \t]+(?:would|could|will|can|might"
    r"|still|only|once|then|now|no[ \t]+longer))*[ \t]+(?:buys?|bought|buying|purchased?"
    r"|(?:went|goes|go|going)[ \t]+(?:a[ \t]+long[ \t]+way|further|far)|was[ \t]+worth"
    r"|is[ \t]+worth)\b")
#: The verbs of drinking before "a cup": what is drunk is a cup of it, no measure ("drank a
#: cup of milk"), where a recipe measures ("whisk in a cup of milk").
_DRINK_VERBS = frozenset(["drink", "drinks", "drank", "drunk", "drinking", "sip", "sips",
                          "sipped", "sipping", "gulp", "gulps", "gulped", "downed", "swigged"])
#: The verbs of a change of weight before "a stone": "lost a stone", "put on a stone".
_WEIGHT_VERBS = frozenset(["lost", "lose", "loses", "losing", "shed", "sheds", "shedding",
                           "gained", "gain", "gains", "gaining"])
_PUT = frozenset(["put", "puts", "putting"])
#: The verbs of a price or a payment, "for" and the verbs of being, that make "a pound"
#: after them the coin: "it costs a pound", "paid a pound each", "sold the club for a
#: pound", "not worth a pound", "entry is a pound" (a weight says so: "is a pound heavier")
#: (alone "a pound" is the coin as often as the weight, and a verb of weight makes it that).
_PAYING_WORDS = frozenset(split_words(
    """
    cost costs costing worth pay pays paid paying charge charges charged charging owe owes
    owed owing bet bets betting give gives gave giving sell sells sold selling buy buys
    bought buying spend spends spent spending fetch fetches fetched raise raised for
    is are was were be been
    """
))
#: Words between a verb of paying and "a pound": the person paid and an adverb of degree
#: ("bet him a pound", "cost just a pound").
_POUND_BETWEEN = frozenset(split_words(
    "me you him her us them just only barely nearly almost about around still now"
))
#: The units read after an article only as a measure ("a stone heavier"), never priced.
_MEASURED = frozenset(["stone", "foot", "inch"])
#: A unit of measure after "a" or "an": "a mile", "a gallon of milk", "a penny" (not "foot",
#: "inch" or "cup", which are more often a body part, an idiom or a trophy).  In lower-cased
#: text two scans, each from a literal ("a ", "an "), are far faster than one for "an?".
_A_UNIT_LOWER = (re.compile("a " + _A_UNITS), re.compile("an " + _AN_UNITS))
_A_UNIT = re.compile(r"\b[Aa] " + _A_UNITS + r"|\b[Aa]n " + _AN_UNITS.replace("P<", "P<an_"))
#: The words that end a qualifier ("than" of "more than", "nearly"), and "by": before a
#: bare "half" they make it a share ("more than half", "cut by half").
_HALF_BEFORE = frozenset({q.split()[-1] for q in QUALIFIERS} - {"of", "some", "for"} | {"by"})
#: What a bare "half" is a share of: "half of", "half the", "half his".
_HALF_OF = re.compile(
    r"[ \t]+(?:of|the|his|her|their|its|our|my|your|all|this|that|these|those)\b", re.I)
#: "of" and a whole after a bare "half" ("served half of his sentence", "in half of all
#: cases"): a share where no determiner nor a word of a part comes before it.
_HALF_OF_WHOLE = re.compile(
    r"[ \t]+of[ \t]+(?:the|his|her|their|its|our|my|your|all|this|that|these|those)\b")
#: Words before "half of" and a whole, besides a verb, that make it a share: "in half of
#: all cases", "for half of the year".
_HALF_OF_AFTER = frozenset(["in", "for", "to", "from", "with", "on", "at", "among", "into",
                            "across", "about", "and", "or", "than"])
#: Words before "half of" that make it a part of a period or a table: "the second half of
#: the year", "the top half of the table".
_HALF_PARTS = frozenset([
    "first", "second", "last", "latter", "former", "top", "bottom", "back", "front", "other",
    "upper", "lower", "better", "final", "opening", "closing", "northern", "southern",
    "eastern", "western"])
#: What after a bare "half" makes it no share: "half-time", "half a million" (read with
#: its scale), "half an hour", "half past six".
_HALF_NOT = re.compile(r"-|[ \t]+(?:an?|past)\b", re.I)


def _one_of_a_tally(text: str, s: int, e: int, prev: Figure | None) -> bool:
    """Whether a bare "one" at ``s:e`` is the last count of a tally: after a count of the
    same sentence, and after a verb of a tally or "and", "but" or "only" ("won six, drawn
    three and lost one", "seven were killed and one was injured", "of the five bids, only
    one succeeded"; not "the only one"), before "of" only with a
    whole counted ("lost one of their nine games"); not "and one of them", nor a "one"
    alone ("she picked one up").  With no count before, "one" that ends its clause right
    after a verb of winning or scoring, or after it and "only" or "just", counts too ("He
    won one.", "scored only one", "won one in 2016"; not "won one of the three races")."""
    if prev is None or prev.category != "cardinal" or not 0 < s - prev.end <= _TALLY_REACH:
        return _one_won(text, s, e)
    word = last_word(text, s).lower()
    if word == "only" and not after_determiner(text, s - 5):
        word = "and"  # "of the five bids, only one": as after "and"; not "the only one"
    if word not in _TALLY_JOINS and word not in TALLY_VERBS:
        return False
    if text.startswith(" of ", e) and not _OF_A_WHOLE.match(text, e):
        return False  # "and one of them", "beat one of the major teams": a pronoun
    between = text[prev.end:s]
    return not any(c in between for c in ".!?;:\n")


def _one_won(text: str, s: int, e: int) -> bool:
    """Whether a bare "one" at ``s:e`` with no count before it is the object of a verb of
    winning or scoring (:data:`_WON_VERBS`) that ends its clause (:data:`_ONE_WON_AFTER`)."""
    word = last_word(text, s).lower()
    if word in ("only", "just"):
        word = last_word(text, s - len(word) - 1).lower()
    return word in _WON_VERBS and _ONE_WON_AFTER.match(text, e) is not None


def _verb_or_preposition(word: str) -> bool:
    """Whether ``word`` before "half of" and a whole is a verb or a preposition ("served
    half of his sentence", "in half of all cases"), not a word of a part ("the second
    half of", "the top half of", "the opposite half of")."""
    if word in _HALF_OF_AFTER:
        return True
    if not (word.isalpha() and word.islower()) or word in _HALF_PARTS:
        return False
    return (word.endswith(("ed", "ing")) or (word[-1] == "s" and word[-2:] != "ss")
            or word in IRREGULAR_PAST)


def _bare_half(text: str, s: int, e: int) -> Figure | None:
    """"half" at ``s:e`` with no article, a share of 0.5 after a qualifier or "by" ("more
    than half", "cut by half", "nearly half of all homes"), as a sentence's subject
    before what it is of ("Half the country voted", "Half of voters") or before "of" and a
    whole after a verb or a preposition ("served half of his sentence"); not "the second
    half", "half-time", "half an hour" or "half measures"."""
    if _HALF_NOT.match(text, e):
        return None
    before = last_word(text, s)
    if before.lower() not in _HALF_BEFORE and not (
            text[s].isupper() and _HALF_OF.match(text, e)
            and text[max(0, s - 3):s].rstrip()[-1:] in ("", ".", "!", "?", ":", "\"", "“")
    ) and not (_HALF_OF_WHOLE.match(text, e) and _verb_or_preposition(before)):
        return None
    fig = Figure(s, e, Fraction(1, 2), "fraction")
    qualify(text, fig)
    return fig


def _merge_apart(figs: list[Figure], more: list[Figure]) -> list[Figure]:
    """``figs`` and those of ``more`` that no figure of ``figs`` covers, in order: "a
    litre" read as one litre is not another figure when a rate took it ("45p a pint")."""
    starts = [f.start for f in figs]
    kept = []
    for f in more:
        i = bisect_right(starts, f.start)
        if i == 0 or figs[i - 1].end <= f.start:
            kept.append(f)
    return sorted(figs + kept, key=lambda f: f.start)


def _one_of_a_unit(text: str, lowered: str | None) -> list[Figure]:
    """Figures of one unit written with an article: "a mile" (1 mile), "half a mile" (0.5),
    "a penny" (0.01 GBP); not after a figure, where "a" starts a rate ("$47 a barrel").

    ``lowered`` is ``text`` lower-cased with the same offsets, or None when there is none.
    """
    out = []
    if lowered is not None:
        found = [m for p in _A_UNIT_LOWER for m in p.finditer(lowered)
                 if m.start() == 0 or not lowered[m.start() - 1].isalnum()]
        found.sort(key=lambda m: m.start())
    else:
        found = list(_A_UNIT.finditer(text))
    for m in found:
        s = m.start()
        before = text[max(0, s - 3):s].rstrip()[-1:]
        if before and (before.isdigit() or before in "%$€£¥") and not _A_YEAR_BEFORE.search(
                text, max(0, s - 7), s):
            continue  # a rate after a figure ("$47 a barrel"), not after a year ("In 1940 a")
        groups = {k.removeprefix("an_"): v for k, v in m.groupdict().items() if v is not None}
        unit = groups.get("unit")
        near = groups.get("near")
        time = groups.get("time")
        coin = False
        word = groups.get("money")
        if word is not None and (not text[m.end() - len(word)].islower() or (
                word == "crown" and last_word(text, s).lower() != "half")):
            continue  # "a Guinea international", "a crown" alone (:data:`ONE_COIN`)
        if near is not None:
            if near == "cup":
                if (not _CUP_OF_FOOD.match(text, m.end())
                        or last_word(text, s).lower() in _DRINK_VERBS):
                    continue  # "lifted the cup", "a cup of tea", "drank a cup of milk"
            elif near == "pound":
                staked = (_POUND_ON_A_BET.match(text, m.end()) is not None or (
                    _POUND_ON_A_NAME.match(text, m.end()) is not None
                    and last_word(text, s).lower() in _STAKING))
                if staked or not (
                        _POUND_OF.match(text, m.end()) or _COMPARED.match(text, m.end())
                        or _POUND_WEIGHED.match(text, m.end()) or _weight_verb(text, s)):
                    if staked or _paid_for(text, s) or _POUND_BUYS.match(text, m.end()):
                        coin = True  # "it costs a pound", "entry is a pound", "bet him a pound"
                        unit = None
                    else:
                        continue  # "a pound" alone: the coin as often as the weight
                near = "lb"  # the weight, as "1lb" names it (the word alone names the coin)
            elif not (_COMPARED.match(text, m.end()) or (
                    near == "stone" and _weight_verb(text, s))):
                continue
            unit = None if coin else near
        elif time is not None:
            fig = _a_unit_of_time(text, s, m.end(), time)
            if fig is not None:
                out.append(fig)
            continue
        name = None if unit is None else WORD_UNITS.get(unit.lower())
        if unit is not None and name is None:
            continue
        value = Decimal(1)
        fig = Figure(s, m.end(), value, "quantity")
        half = last_word(text, s)
        if half.lower() == "half":
            fig.start = s - 1 - len(half)
            fig.value = value = Decimal("0.5")
        if coin:
            fig.category, fig.unit = "money", "GBP"
        elif word == "shilling" and _lands_named(SHILLING_LANDS, text)[0]:
            # "not paid a shilling" in a story of Kenya or Uganda: one of today's shillings
            fig.category = "money"
            fig.unit = _land_money(SHILLING_LANDS, text, s) or SHILLING_DEFAULT
        elif word:
            fig.category, (fig.unit, worth) = "money", ONE_COIN[word]
            if word in DECIMAL_COINS and _decimal_year(text, s):
                worth = DECIMAL_COINS[word]  # "in 1980 a halfpenny": the decimal coin
            fig.value = value * worth
        else:
            fig.unit = name
        if fig.category == "money":
            rate_after(text, fig)  # as after any money: "a shilling a day", "a pound a week"
        qualify(text, fig)
        hedged(text, fig)
        out.append(fig)
    return out


def _bare_coin(text: str, s: int, e: int, last: Figure | None) -> Figure | None:
    """An old coin named in one word (:data:`BARE_COINS`) written alone at ``s:e``, no
    article, where "a pound" alone is the coin (:func:`_paid_for`): after a verb of a
    price or a payment, "for" or a verb of being ("Entry was sixpence", "Comics cost
    threepence", "for threepence each"), or after "and", "or" or a comma that follow
    money in the same clause, ``last`` the figure found before it ("sixpence for the
    ribbon and threepence for the stamp", "a comic threepence, a film sixpence"); not
    after a determiner ("the sixpence from her shoe"), nor "a sixpence-sized hole", nor
    the band "Sixpence None the Richer".  Twopence, fivepence and tenpence are the
    decimal coins where the year nearest them is 1971 or later (:data:`DECIMAL_COINS`)."""
    if not text[s].islower() or text[e:e + 1] in ("-", "'", "’") or not (
            _paid_for(text, s) or (last is not None and _after_money(text, s, last))):
        return None
    word = text[s:e].lower()
    unit, worth = ONE_COIN[word]
    if word in DECIMAL_COINS and _decimal_year(text, s):
        worth = DECIMAL_COINS[word]  # "In 1975 a Mars bar cost tenpence"
    fig = Figure(s, e, worth, "money")
    fig.unit = unit
    rate_after(text, fig)
    qualify(text, fig)
    hedged(text, fig)
    return fig


#: What joins a coin to money before it in the same clause: "and", "or" or a comma, with
#: no end of a sentence or a clause between ("sixpence for the bus and threepence for
#: chips", "a comic cost threepence, a film sixpence").
_JOINED_TO_MONEY = re.compile(r"(?:,|\band\b|\bor\b)[^.;:!?()]*$")
#: How far before a coin the money it is joined to may end.
_JOINED_REACH = 60
#: A year, for the coins whose names the decimal pound kept (:data:`DECIMAL_COINS`).
_YEAR = re.compile(r"(?<![0-9.,£$])(1[6-9][0-9][0-9]|20[0-9][0-9])(?![0-9])")
#: How far either side of a coin the year that tells its money is looked for.
_YEAR_REACH = 200


#: "a" and an adjective of :data:`COIN_ADJECTIVES`, or "an old", right before an old coin
#: named in one word: "a silver sixpence", "A brass threepence", "an old sixpence".
_A_COIN_ADJECTIVE = re.compile(
    r"(?<![A-Za-z])(?:[Aa][ \t]+(?:" + P.trie(COIN_ADJECTIVES) + r")|[Aa]n[ \t]+old)[ \t]+$")
#: How far before an old coin's word "a" and its adjective may start.
_A_COIN_REACH = 16


def _pence_words(text: str, lowered: str, figs: list[Figure]) -> list[Figure]:
    """The old coins named in one word (:data:`PENCE_WORDS`) that no figure of ``figs``
    (in order) holds: one coin after "a" and an adjective ("a silver sixpence"), and a
    price alone (:func:`_bare_coin`): those the scan of number words does not find
    ("twopence", "ninepence"), and "sixpence" or "threepence" after money joined to it
    by "and", "or" or a comma, where that money is one of these ("fourpence and a bottle
    of lemonade threepence")."""
    out: list[Figure] = []
    ends = [f.end for f in figs]
    i = lowered.find("pence")
    while i >= 0:
        e = i + 5
        s = i
        while s > 0 and i - s < 7 and "a" <= lowered[s - 1] <= "z":
            s -= 1
        if lowered[s:e] in PENCE_WORDS and not ("a" <= lowered[e:e + 1] <= "z") and (
                s == 0 or not lowered[s - 1].isalpha()):
            k = bisect_right(ends, s)
            if not (k < len(figs) and figs[k].start < e):  # no figure holds it
                last = figs[k - 1] if k else None
                if out and (last is None or out[-1].end > last.end):
                    last = out[-1]
                am = _A_COIN_ADJECTIVE.search(text, max(0, s - _A_COIN_REACH), s)
                fig: Figure | None
                if am is not None and text[s].islower():
                    fig = Figure(am.start(), e, ONE_COIN[lowered[s:e]][1], "money")
                    fig.unit = "GBP"  # "a silver sixpence": one coin
                    rate_after(text, fig)
                else:
                    fig = _bare_coin(text, s, e, last)
                if fig is not None:
                    out.append(fig)
        i = lowered.find("pence", e)
    return out


def _after_money(text: str, s: int, last: Figure) -> bool:
    """Whether a coin at ``s`` follows money (``last``) in its clause, joined to it by
    "and", "or" or a comma and not after a determiner: "sixpence for the bus and
    threepence", "threepence, a film sixpence"; not "sixpence, so the threepence"."""
    return (last.category == "money" and 0 < s - last.end <= _JOINED_REACH
            and _JOINED_TO_MONEY.search(text, last.end, s) is not None
            and not after_determiner(text, s))


def _decimal_year(text: str, s: int) -> bool:
    """Whether the year nearest ``s`` within :data:`_YEAR_REACH` is 1971 or later, when
    the pound was decimal: a coin whose name it kept is then its decimal coin."""
    best: tuple[int, int] | None = None
    for m in _YEAR.finditer(text, max(0, s - _YEAR_REACH), s + _YEAR_REACH):
        far = abs(m.start() - s)
        if best is None or far < best[0]:
            best = (far, int(m.group(1)))
    return best is not None and best[1] >= POUND_DECIMAL_YEAR


def _a_unit_of_time(text: str, s: int, e: int, time: str) -> Figure | None:
    """One unit of time after "a" or "an" at ``s:e``, a quantity of 1 (``a fortnight``, 2
    weeks) where it measures time: after a qualifier ("over a decade", "nearly a year"),
    a verb whose object is a span of time or "within" ("it took a year", "stayed a
    fortnight", "within a week"), before a measure against a plan ("a week over budget",
    "a day late"), or as the genitive of a length of time ("in a month's time", as "in
    two months' time"; the span is "a month").  Elsewhere it is a rate ("twice a week",
    "£100 a week") or a span of prose ("for a year", "in a week", "a year earlier"), no
    figure."""
    before = text[max(0, s - 3):s].rstrip()[-1:]
    if before and (before.isdigit() or before in "%$€£¥"):
        return None  # a rate after a figure ("£100 a week")
    fig = Figure(s, e, Decimal(1), "quantity")
    if time == "fortnight":
        fig.value, fig.unit = Decimal(2), "week"
    else:
        fig.unit = WORD_UNITS[time]
    verb = last_word(text, s).lower()
    if verb in TIMES_WORDS:  # "twice a day": a frequency, read with the number words
        return None
    if verb == "wait" and time == "minute":
        return None  # "wait a minute": an interjection
    qualify(text, fig)
    if fig.qualifier in ("estimated", "an estimated"):
        return None  # "the government estimated a month ago": the verb
    # (after "a week", the pattern let only "'s time" by)
    if fig.qualifier is None and verb not in _DURATION_VERBS and not _TIME_COMPARED.match(
            text, e) and text[e:e + 1] not in ("'", "’") and not (
            _SPAN_GIVEN.search(text, max(0, s - _SPAN_GIVEN_REACH), s)) and not (
            _AND_SMALLER_TIME.match(text, e)):
        return None
    hedged(text, fig)
    return fig


#: Every place where :data:`patterns.SENTENCE_END`, the end of a sentence or a clause
#: between a unit and an amount of money, matches (a lookahead: matches that overlap too).
_AT_SENTENCE_END = re.compile(f"(?={P.SENTENCE_END.pattern})")
#: A character that ends a sentence or a clause when it is the last before a figure
#: (:data:`patterns.SENTENCE_END`'s ``$`` matches at the end of the span searched).
_TERMINAL = frozenset(".!?;\n")


class _Prices:
    """The amounts of money of a text and its sentence ends, indexed once, for
    :meth:`priced`.

    A unit is priced when, for some amount, :data:`patterns.SENTENCE_END` does not match
    between the two.  Asked of every amount in turn, n units after articles and n
    amounts cost n² searches; here an amount after the unit is priced when it starts
    before the first sentence end after the unit (or one character after it) and no
    character of :data:`_TERMINAL` comes right before it, and of the amounts before
    the unit only the one that ends last needs asking (the span to it is in every
    other's), so that a unit costs a few bisections.
    """

    def __init__(self, text: str, money: list[Figure]) -> None:
        self.text = text
        self.breaks = [m.start() for m in _AT_SENTENCE_END.finditer(text)]
        self.ends = sorted(m.end for m in money)
        self.starts = starts = sorted(m.start for m in money)
        # for each amount by start, the first from it on with no _TERMINAL before it
        n = len(starts)
        self.plain = plain = [n] * (n + 1)
        for i in range(n - 1, -1, -1):
            s = starts[i]
            plain[i] = plain[i + 1] if text[s - 1 : s] in _TERMINAL else i

    def priced(self, fig: Figure) -> bool:
        """Whether one unit after an article is what a price in its sentence is of, the
        denominator of a rate rather than an amount: "A litre of petrol costs €1.80",
        "Sh180 for a kilo of sugar" (as "€1.80 a litre" is one figure): whether
        :data:`patterns.SENTENCE_END` finds no match between it and some amount of money."""
        text, breaks, starts = self.text, self.breaks, self.starts
        # an amount after the unit: the span searched runs from the unit's end to the
        # amount's start, where a sentence end matches when it starts two characters
        # before the span's end or earlier, or when the span's last character is terminal
        lo = fig.end
        i = bisect_left(starts, lo)
        if i < len(starts):
            if starts[i] == lo:
                return True  # nothing between them
            j = self.plain[i]
            if j < len(starts):
                b = bisect_left(breaks, lo)
                if b == len(breaks) or starts[j] <= breaks[b] + 1:
                    return True
        # an amount before it: the one that ends last (its span lies in every other's)
        hi = fig.start
        ends = self.ends
        k = bisect_right(ends, hi) - 1
        if k >= 0:
            lo = ends[k]
            if lo == hi:
                return True
            if text[hi - 1] not in _TERMINAL:
                b = bisect_left(breaks, lo)
                if b == len(breaks) or breaks[b] > hi - 2:
                    return True
        return False


def _paid_for(text: str, s: int) -> bool:
    """Whether "a pound" at ``s`` is paid or priced: after a verb of a price or a payment
    or "for", with an adverb of degree or a person between ("costs just a pound", "sold
    for a pound", "bet him a pound", "not worth a pound")."""
    words = [w.lower() for w in prev_words(text, s, 3)]
    while words and (words[-1] in _POUND_BETWEEN):
        words.pop()
    return bool(words) and words[-1] in _PAYING_WORDS


def _weight_verb(text: str, s: int) -> bool:
    """Whether a verb of a change of weight comes right before ``s``: "lost a stone"."""
    word = last_word(text, s).lower()
    if word == "on":
        return last_word(text, s - 3).lower() in _PUT
    return word in _WEIGHT_VERBS


def _parts_of_a_period(text: str, lowered: str, aligned: bool) -> list[Figure]:
    """The parts of a period written in words, quantities of the period: "half an hour"
    (0.5 hour), "half a century", "a quarter-century" (0.25 century), "a half hour",
    "nearly half a decade" (qualified as any figure).  "a" before "half" or "quarter" is
    part of the figure, another determiner is not ("the past quarter-century").

    ``lowered`` is ``text`` lower-cased; ``aligned``, whether it keeps ``text``'s offsets.
    """
    out = []
    for k, pattern in enumerate(_PART_OF_PERIOD):
        for m in pattern.finditer(lowered):
            s, e = m.span()
            if s and lowered[s - 1].isalnum():
                continue  # inside a word ("behalf a …")
            if not aligned and text[s:e].lower() != m.group(0):
                continue  # lower-casing moved the offsets: best effort, no figure
            value = Decimal("0.25") if k == 2 else Decimal("0.5")
            if k and text[max(0, s - 2):s] in ("a ", "A ") and (
                    s == 2 or not text[s - 3].isalnum()):
                s -= 2  # "a quarter-century", "a half hour": the article is the figure's
            fig = Figure(s, e, value, "quantity")
            fig.unit = WORD_UNITS[m.group(m.lastindex or 1)]
            qualify(text, fig)
            hedged(text, fig)
            out.append(fig)
    out.sort(key=lambda f: f.start)
    return out


#: A multiple in one word: "threefold", "a tenfold rise", "a hundredfold".
_FOLD_WORD = re.compile(r"\b(?P<n>[A-Za-z]+?)fold\b")


def _fold_words(text: str) -> list[Figure]:
    """The multiples written as one word ("rose threefold", "a tenfold increase"), cardinals
    as "three times" is; "fold" after no number word ("manifold", "unfold") is none."""
    out = []
    for m in _FOLD_WORD.finditer(text):
        n = m.group("n").lower()
        value = SMALL.get(n, SCALES.get(n))
        if value is None or value < 2:
            continue
        fig = Figure(m.start(), m.end(), Decimal(value), "cardinal")
        qualify(text, fig)
        out.append(fig)
    return out


#: An order of magnitude named by a word of its count of digits: "double digits",
#: "single-digit inflation", "triple digits" (a count of digits is a count: "two digits of
#: the code", "a 10-digit number"; a count of figures is read by ``after``).
_DIGITS_IDIOM = re.compile(r"(single|double|triple)[- \t]$", re.IGNORECASE)
_IDIOM_DIGITS = {"single": 1, "double": 2, "triple": 3}
#: How far the money or the percent that gives an order of magnitude its unit may be,
#: with no sentence end between them (a bound that keeps a mention's search short).
_SAME_SENTENCE = 300


def _magnitudes(text: str, lowered: str, figs: list[Figure], digit: int,
                counts: list[Figure]) -> list[Figure]:
    """``figs`` with the orders of magnitude named by a word of their count of digits
    ("double digits" is 10 to 99, "single-digit" 1 to 9), ``digit`` the first "digit" of
    ``lowered`` (``text`` lower-cased) or -1; and those read by ``after`` ("six figures",
    ``counts``), each a ``range`` whose unit is that of the nearest money or percent when
    it is in its sentence, within 300 characters ("a six-figure fee, £250,000"; "4% after
    years of double-digit growth")."""
    out = []
    if len(lowered) != len(text):
        lowered = ""  # (lower-casing moved the offsets: rare, and no idiom read)
    i = digit
    while i >= 0 and lowered:
        j = i + 5
        if lowered[j:j + 1] == "s":
            j += 1
        b = None if lowered[j:j + 1].isalpha() else _DIGITS_IDIOM.search(
            text, max(0, i - 7), i)  # a word of its own: not "digital"
        if b is not None and not text[b.start() - 1:b.start()].isalnum():
            places = _IDIOM_DIGITS[b.group(1).lower()]
            fig = Figure(b.start(), j, None, "range")
            order_of_magnitude(text, fig, places)
            qualify(text, fig)
            out.append(fig)
        i = lowered.find("digit", j)
    if out:
        figs = _merge_over(figs, out)
    out += counts
    measured = [f for f in figs if f.unit and f.category in ("money", "percent")]
    if measured:
        nearest = _nearest(measured)
        for f in out:
            g = nearest(f.start)
            lo, hi = (g.end, f.start) if g.end <= f.start else (f.end, g.start)
            if 0 <= hi - lo <= _SAME_SENTENCE and not P.SENTENCE_END.search(text, lo, hi):
                f.unit = g.unit
    return figs


def _merge_over(figs: list[Figure], more: list[Figure]) -> list[Figure]:
    """``figs`` less those that a figure of ``more`` overlaps, and ``more``, in order: the
    vague "billions" of "double-digit billions" gives way to the order of magnitude."""
    starts = [f.start for f in figs]
    dropped = set()
    for f in more:
        i = bisect_left(starts, f.start)
        if i and figs[i - 1].end > f.start:
            i -= 1
        while i < len(figs) and figs[i].start < f.end:
            dropped.add(i)
            i += 1
    kept = [f for i, f in enumerate(figs) if i not in dropped]
    return sorted(kept + more, key=lambda f: f.start)


_DENSE_RUN = 200
_DENSE_GAP = 4


def _without_dense_runs(cores: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Drop runs of over :data:`_DENSE_RUN` cores each at most :data:`_DENSE_GAP` characters
    from the last ("1 1 1 ...", "1-1-1-..."): digit soup and machine tables, not prose."""
    out: list[tuple[int, int, bool]] = []
    run_start = 0
    for i in range(1, len(cores) + 1):
        if i < len(cores) and cores[i][0] - cores[i - 1][1] <= _DENSE_GAP:
            continue
        if i - run_start <= _DENSE_RUN:
            out.extend(cores[run_start:i])
        run_start = i
    return out


# -- digits -----------------------------------------------------------------------------


def _plural_of(word: str) -> str:
    """The plural of a naming word: "junctions", "categories"."""
    return word[:-1] + "ies" if word.endswith("y") else word + "s"


#: The naming words in the plural, before the numbers they name ("junctions 10 and 11"),
#: except the names of brands and series ("Formulas", "Nikkeis", "Apollos"), whose
#: endings are those of common words ("was", "is", "also").
_NAMING_PLURALS = frozenset(
    p for p in map(_plural_of, filter(str.isalpha, NAMING_WORDS))
    if p[-2:] not in ("as", "is", "os", "us", "ss"))
_NAMING_PLURALS_LOWER = frozenset(_plural_of(w) for w in NAMING_WORDS_LOWER)
#: The letters before the "s" of a naming word in the plural ("junctions": "n").
_PLURAL_BEFORE_S = frozenset(w[-2] for w in _NAMING_PLURALS | _NAMING_PLURALS_LOWER)
#: The last characters of a naming word in the plural and of what joins a list.
_LIST_LAST = frozenset("sdo,&")


#: What joins the places of a list after "number": "at number seven or eight", "at number
#: eight and 10".
_PLACES_JOIN = re.compile(r"[ \t]+(?:or|and)[ \t]+")


def _next_place(text: str, fig: Figure, placed: int) -> bool:
    """Whether ``fig`` is the next place of a list after "number" whose last place ends at
    ``placed`` ("at number seven or eight", "at number eight and 10"): a whole number under
    a hundred that counts and measures nothing ("at number three and two others" counts)."""
    return (placed < fig.start and _PLACES_JOIN.fullmatch(text, placed, fig.start) is not None
            and fig.category == "cardinal" and fig.unit is None and fig.counted is None
            and not fig.vague and fig.value is not None and fig.value == int(fig.value)
            and 0 < fig.value < 100)


def _a_place_after_number(text: str, fig: Figure) -> bool:
    """Whether a whole number in words under a hundred after "number" names a place or a
    shirt, as digits there do ("at number three", "world number two", "the number nine
    shirt"; not after "this" or "that", nor with a unit or a scale: "the number three
    million")."""
    s = fig.start
    if (text[s - 7:s - 1].lower() != "number" or fig.category != "cardinal"
            or fig.unit is not None or fig.vague or fig.value is None
            or fig.value != int(fig.value) or not 0 < fig.value < 100
            or last_word(text, s).lower() != "number"):
        return False
    before = last_word(text, s - 7).lower().rpartition("/")[2].lstrip(STRIP)
    return before not in _DEMONSTRATIVES and not unit_at(text, fig.end)


def _named_in_plural(text: str, s: int, e: int) -> bool:
    """Whether the number at ``s`` is one of those a naming word in the plural names:
    "between junctions 10 and 11", "Sections 21, 22 and 23" (not a measure after the word
    in lower case: "levels 200 metres")."""
    last = text[s - 2]
    if last == "s":
        if text[s - 3] not in _PLURAL_BEFORE_S:
            return False  # "was 5", "is 3": decided without the word
        w = last_word(text, s)
        if w in _NAMING_PLURALS:
            return True
        return w in _NAMING_PLURALS_LOWER and not unit_at(text, e)
    if not (last in ",&"
            or (last == "d" and text[s - 4:s - 1] == "and" and text[s - 6:s - 5].isdigit())
            or (last == "o" and text[s - 3:s - 1] == "to" and text[s - 5:s - 4].isdigit())):
        return False  # a list of numbers only: "10 and 11", "1 to 3"
    # back over the list: a join, a number, and so on, to the word before its first number
    j = s - 1
    for _ in range(8):
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if text[j - 3:j] == "and":
            j -= 3
        elif text[j - 2:j] == "to":
            j -= 2
        elif text[j - 1:j] in (",", "&"):
            j -= 1
        else:
            return False
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        k = j
        while k > 0 and text[k - 1].isdigit():
            k -= 1
        if k == j or j - k > 4 or text[k - 1:k] != " ":
            return False
        j = k
        w = last_word(text, j)
        if w in _NAMING_PLURALS or w in _NAMING_PLURALS_LOWER:
            return True
    return False


def _digits(text: str, s: int, e: int, decimal_comma: bool) -> tuple[Figure | None, int]:
    """Read the figure whose digits are ``text[s:e]``; return it (or None) and where to go on."""
    tok = text[s:e].rstrip(".,")
    e = s + len(tok)
    prev = text[s - 1] if s else ""
    if tok[:1] == "." and len(tok) > 1 and prev == "s" and _glued_currency(text, s + 1):
        s += 1  # "Rs.500": the point ends the currency
        tok, prev = tok[1:], "."
    if tok[:1] == "." and (prev.isalnum() or (prev and prev in ".,:;_'’")):
        return None, P.run_end(_JUNK_RUN, text, s)
    # digits inside names and codes: "G7", "COVID-19", "i7-860BOX", "MP3"; not after a
    # currency written with letters ("Rs1,000")
    if (prev.isalpha() and not _glued_currency(text, s)) or prev == "_" or (
            prev in "-−" and s >= 2 and text[s - 2].isalpha() and not _prefix_ok(text, s - 1)):
        if prev in PERIOD_LETTERS and tok.isdigit() and (
                pf := read_period(text, s, e, tok)) is not None:
            return pf, pf.end  # "Q3 2024", "in Q3", "FY2025": a part of a year, no code
        return None, P.run_end(_CODE_RUN, text, s)
    # an airliner's model: "747-8", "737-800", "737 Max"; before the naming words, so
    # that "Boeing 737 MAX 9" is one name to its variant
    if len(tok) == 3 and tok[0] == "7" == tok[2] and (am := P.AIRLINER.match(text, s)):
        return None, am.end()
    if prev == " " and s >= 2 and (text[s - 2].isalpha() or text[s - 2] == ".") and (
            tok.isdigit() or last_word(text, s) in _VERSION) and (
            (w := last_word(text, s)) in NAMING_WORDS or (
                (w in NAMING_WORDS_LOWER or w in NAMING_WORDS_AFTER)
                # the word before, without what joins it to a word or a figure before it:
                # "180C/gas mark 4", "(gas mark 4)"
                and (b := last_word(text, s - 1 - len(w)).lower().rpartition("/")[2].lstrip(
                    STRIP)) not in _DEMONSTRATIVES and NAMING_WORDS_AFTER.get(w, b) == b
                and not unit_at(text, e))) and (
            P.PERCENT.match(text, e) is None):
        # a number that names: "Radio 4", "Section 21", "FTSE 100", "Boeing 737-800", "stage
        # 6 load shedding", and a release with its dots, "version 3.11" (not a figure after
        # the name: "the Nasdaq 1.2 percent", "the Dax 2%"; nor after "this stage", a noun
        # of its own: "at this stage 300 people"; nor a measure after a word in lower
        # case: "a junction 200 metres ahead", where "in" is a unit only as an inch:
        # "junction 10 in both directions" names)
        return None, P.run_end(_CODE_RUN, text, s)
    if (text[e + 1:e + 2] in _BODY_FIRSTS and text[e:e + 1] == " " and tok.isdigit()
            and _BODY_AFTER.match(text, e)):
        # a body named by its number: "the 1922 Committee", "the 1752 Group", "the 100
        # Club", its founding year or its size no figure of the story's
        return None, e
    if prev == " " and s >= 3 and text[s - 2] in _LIST_LAST and tok.isdigit() and (
            _named_in_plural(text, s, e)):
        # the numbers after a naming word in the plural: "between junctions 10 and 11",
        # "Sections 21 and 22", "platforms 1 to 3"
        return None, P.run_end(_CODE_RUN, text, s)
    if prev in ".,/" and s >= 2 and text[s - 2].isdigit():
        return None, P.run_end(_JUNK_RUN, text, s)
    if prev == "^":  # the rest of a tower of powers ("x2^2^2")
        return None, P.run_end(_TOWER, text, s)
    if len(tok) > _MAX_DIGITS or not (tok.isdigit() or (
            _VALID_COMMA if decimal_comma else _VALID).fullmatch(tok)):
        return None, P.run_end(_JUNK_RUN, text, s)
    nxt = text[e] if e < len(text) else ""
    if nxt == ":" and (dm := _duration(text, s)) is not None:
        return dm, dm.end
    if nxt in "-/" and tok.isdigit() and (om := _odds(text, s, e, tok)) is not None:
        return om, om.end
    if "." in tok and nxt in " .,;!?" and _a_clock_time(text, s, tok, e):
        # "the 7.15 from Euston", "the hearing resumes at 2.15": a clock's, no figure
        return None, e
    if nxt in _SPECIAL_NEXT and (nxt != " " or text[e + 1:e + 2] in _TIME_SECOND):
        skip = _special_next(text, s, e, tok, nxt)
        if skip is not None:
            return None, skip
    if prev and prev in "(+" and (pm := P.PHONE.match(text, s - 1)) and pm.end() > e + 3:
        return None, pm.end()
    if (tok[0] == "0" and len(tok) > 1 and tok[1].isdigit()
            and (pm := P.PHONE.match(text, s)) and pm.end() > e + 3):
        return None, pm.end()
    if (nxt == " " and len(tok) == 4 and text[e + 1:e + 2].isdigit()
            and (pm := _SPACED_PHONE.match(text, s)) and not (
                1900 <= int(tok) <= 2100 and _YEAR_AFTER.fullmatch(text, e, pm.end()))):
        return None, pm.end()  # "1800 266 2222", "1300 659 467": a phone number
    if nxt == "-" and prev != "-" and (hy := _hyphen_id(text, s, e, tok)) is not None:
        return hy
    if (nxt == "-" and text[e + 1:e + 2].isupper() and (nm := _WORD_AFTER.match(text, e + 1))
            and nm.group().lower() in SMALL):
        return None, nm.end()  # "7-Eleven", "3-Two": digits and a number word in capitals, a name
    if (len(tok) <= 2 and prev == " " and nxt in _CAPTION_NEXT
            and _is_caption_index(text, s, e, tok)):
        return None, e
    if nxt in _PRIMES and tok.isdigit():
        pm = _FEET_INCHES.match(text, s)
        if pm is not None and int(pm.group("inch").split(".")[0]) < 12:
            # "6'2\"", "5′11″": a height in feet and inches, one quantity in inches
            fig = Figure(s, pm.end(), Decimal(pm.group("ft")) * 12 + Decimal(pm.group("inch")),
                         "quantity")
            fig.unit = "inch"
            qualify(text, fig)
            return fig, fig.end
        gm = _APOSTROPHE_GROUPS.match(text, s)
        if gm is not None:
            # "1'000'000": thousands grouped by apostrophes (Swiss style)
            e = gm.end()
            tok = text[s:e]
            value = Decimal(tok.translate(_NO_APOSTROPHES))
            fig = Figure(s, e, value, "cardinal")
            return _digits_rest(text, fig, tok, value)
    value = _decimal(tok, decimal_comma)
    plain = tok.isdigit()
    if (plain and len(tok) <= 3 and ((prev == "(" and nxt == ")") or (prev == " " and nxt == ","))
            and (af := age_of_name(text, s, e, value))):
        return af, af.end
    if (nxt in "x×" and text[e + 1:e + 2].isdigit() and P.SCI.match(text, e) is None
            and text[(run := P.run_end(_CODE_RUN, text, e)):run + 1] != "^"):
        # "a 4x4", "the 4x100m relay", "1920x1080": a name, no figure (but "5.5x10-3",
        # "8x2^10" are powers)
        return None, run
    if (nxt and nxt in "GKk" and word_end(text, e + 1)
            and currency_before(text, s) is None):  # a letter glued to digits, no money
        if nxt != "G" and len(tok) <= 2 and plain and _RACE_NEXT.match(text, e + 1):
            # "a 5K run", "the 10K race", "a 10k walk": a race's distance in kilometres,
            # not thousands ("9K followers", "$5K")
            fig = Figure(s, e + 1, value, "quantity")
            fig.unit = "kilometre"
            qualify(text, fig)
            return fig, fig.end
        if nxt != "k" and (len(tok) == 1 or (nxt == "G" and len(tok) == 3 and tok[1] == ".")) and (
            nxt == "G" or _RESOLUTION_NEXT.match(text, e + 1)
        ):
            # "3G phones", "5G", "2.5G": a generation of mobile networks; "4K TVs", "8K
            # video": a screen's resolution (not "cooled to 4K." or "4K below", kelvin)
            return None, e + 1
    if nxt == "e" and plain and text.startswith("ers", e) and word_end(text, e + 3):
        return None, e + 3  # "the 49ers", "the 76ers": a team's name, the digits its own
    # dates first: "November 10, 2020", "10 November", "Nov 08 2023", "2020-11-10"
    date = read_date(text, s, e, tok) if plain and len(tok) in (1, 2, 4) else None
    if date is not None:
        return date, date.end
    if tok[0] == "0" and plain and len(tok) > 1:
        return None, e
    if plain and nxt == " " and text[e + 1:e + 2].isupper() and _ADDRESS.match(text, e) and (
            (sm := _PAIR_FIRST.search(text, max(0, s - 4), s)) is None
            or int(sm.group(1)) < value):
        # a street number: "1935 Orchard St.", "12-14 High Street"; not the end of a score
        # or a vote before a name ("a 5-4 Supreme Court ruling")
        return None, e
    if plain and len(tok) == 3 and nxt == "-" and (lm := _LOCAL_PHONE.match(text, e)):
        return None, lm.end()  # a local phone number: "463-3950"
    if nxt == ":" and plain and (rm := _ratio_colon(text, e, tok)):
        fig = Figure(s, rm.end(), value / int(rm.group("den")), "ratio")
        qualify(text, fig)
        return fig, fig.end
    fig = Figure(s, e, value, "cardinal")
    if plain and len(tok) <= 3 and nxt in _SPACE_CHARS and text[e + 1:e + 2].isdigit():
        gm = (P.SPACE_GROUP_COMMA if decimal_comma else P.SPACE_GROUP).match(text, e)
        if gm is not None and (gm.end() >= len(text) or not text[gm.end()].isdigit()) and (
                not P.AIRLINER.match(text, gm.end() - 3)):  # "38 737 Max jets"
            e = gm.end()
            value = Decimal(text[s:e].translate(_SPACES).replace(",", "."))
            fig.end, fig.value = e, value
            plain = False
    fig.plain = plain
    read, pos = _digits_rest(text, fig, tok, value)
    if read is not None and read.end == e and e < len(text) and text[e].isupper() and (
            _CAPITALS_CODE.match(text, e)):
        # digits glued to capitals that no unit, scale or currency reads are part of a
        # code: "B15 2TT" (a postcode), "a 3D printer", "a 4WD", "the 7E7" (a symbol in
        # mixed case may be a unit's, "1Ga")
        return None, P.run_end(_CODE_RUN, text, e)
    if (read is not None and read.end == e and read.category == "cardinal"
            and read.counted is None and prev == " " and len(tok) <= 4 and tok.isdigit()
            and text[s - 2].isalpha() and _ends_a_title(text, s, e)):
        return None, e  # "Toy Story 4 took", "Final Fantasy 7 was": a title's number
    return read, pos


#: What after digits that follow a capitalised word makes them a tally, not a title's
#: number: a score or a pair ("Chelsea 2-1"), a list of scores or votes ("Arsenal 2
#: Chelsea 1", "Labour 203, Lib Dems 11"), a cricket total ("England 245 all out",
#: "India 201 for 4").
_TALLY_AFTER = re.compile(
    r"[-–/:+]|[,;)]?[ \t]+(?:(?:and|all|for|to|or|v|vs|&)\b|(?:[A-Z][\w'’.&-]*+[ \t]+){1,3}[0-9])")
#: A tally before the capitalised words before digits: "Labour 203, Lib Dems 11".
_TALLY_BEFORE = re.compile(
    r"[0-9][,;)]?[ \t]+(?:(?:and|&)[ \t]+)?(?:[A-Z][\w'’.&-]*+[ \t]+){1,4}$")


_NOT_DIGITS = re.compile(r"[^0-9]+")


def _ends_a_title(text: str, s: int, e: int) -> bool:
    """Whether the whole number at ``s:e``, which counts nothing and has no unit, is the
    number of a title-case name before it ("Toy Story 4 took", "the Jackson 5 had",
    "Fast & Furious 9 took"), as "Formula One" is: after a capitalised word, itself
    after another, "the" or "&", that does not open the sentence and is no month,
    possessive or contraction ("Trump's 232" counts, "when I'm 74" is an age); in a
    line of prose (not a headline in title case), and not a tally
    (:data:`_TALLY_AFTER`, :data:`_TALLY_BEFORE`)."""
    word = last_word(text, s)
    if (not word[:1].isupper() or word.lower() in MONTHS or "'" in word or "’" in word
            or _opens_sentence(text, s - 1 - len(word))
            or _TALLY_AFTER.match(text, e)
            or _TALLY_BEFORE.search(text, max(0, s - 48), s)):
        return False
    before = last_word(text, s - 1 - len(word))
    digits = _NOT_DIGITS.sub("", text[s:e])  # "1 100", "1,100": the digits alone
    if not (before[:1].isupper() or before in ("the", "&")) and (
            len(digits) < 3 or 1000 <= int(digits) < 2200):
        # one word alone may be a craft or a count's: "Voyager 2 in 1979"; not before
        # three or four digits that are no year, a model's number ("a Nokia 3310")
        return False
    return _in_prose(text, s, e)


#: A word after one digit and "K" that makes them a screen's resolution, not kelvin or
#: thousands: "4K TVs", "8K cameras", "4K Ultra HD", "4K video" (not "9K followers",
#: "a 5K run", "cooled to 4K").
_RESOLUTION_NEXT = re.compile(
    r" (?:TVs?|televisions?|screens?|displays?|monitors?|projectors?|video|videos|footage"
    r"|cameras?|camcorders?|resolution|Ultra|UHD|HDR|OLED|QLED|LCD|LED|Blu-ray|streaming"
    r"|broadcasts?|content|gaming|film|films|movies?|remaster(?:ed|s)?|recording|capture"
    r"|sets?|panels?)\b"
)
#: A count before a vague plural and a word or two that it counts with ("100
#: international hundreds", "30 Test hundreds"): the plural is a noun, centuries.
_COUNT_BEFORE = re.compile(r"(?<![0-9,.])[0-9]{1,3}[ \t]+(?:[A-Za-z-]+[ \t]+){1,2}$")
#: A word of letters: after digits and a hyphen, a number word in capitals makes a name.
_WORD_AFTER = re.compile(r"[A-Za-z]+")
#: A body a number before it names ("the 1922 Committee", "the 1752 Group"): capitalised;
#: not before a document, which the number dates ("the 2019 Committee report").
_BODY_AFTER = re.compile(
    r"[ \t]+(?:Committee|Club|Group|Society|Foundation|Association|Network|Trust|Collective"
    r"|Alliance|Movement)\b(?!['’]?s\b)"
    r"(?![ \t]+(?:report|reports|review|reviews|inquiry|findings|recommendations|paper)\b)")
_BODY_FIRSTS = frozenset("CGSFANTM")
#: The naming words whose number may have dots, a release's or a standard's ("version
#: 3.11", "iOS 17.2", "Bluetooth 5.3", "USB 3.2").
_VERSION = frozenset(["version", "Version", "iOS", "macOS", "Android", "Windows", "Wi-Fi",
                      "WiFi", "Bluetooth", "USB", "HDMI", "PCIe", "Thunderbolt"])
#: Words before a word of :data:`NAMING_WORDS_LOWER` that make it a noun of its own, the
#: figure after it a count: "at this stage 300 people", "by that level 20 had left".
_DEMONSTRATIVES = frozenset(["this", "that", "which", "what", "any", "every", "each"])
#: A word after digits and "K" that makes them a race's distance in kilometres: "a 5K
#: run", "the 10K race", "a 10k walk", "the 8K road race".
_RACE_NEXT = re.compile(
    r"[ \t]+(?:(?:road|fun|charity|trail|park|cross-country)[ \t]+)?"
    r"(?:runs?|races?|walks?|course)\b")
#: The second term of betting odds after the first: "-1" of "33-1", "/4" of "9/4".
_ODDS = re.compile(r"[-/](?P<den>[1-9][0-9]{0,2})(?![0-9]|[.,:/-][0-9])")
#: What after a pair of figures makes it betting odds: "a 33-1 shot", "the 9-4
#: favourite", "11-4 joint-favourite", "a 100-1 outsider", "5/1 odds".
_ODDS_AFTER = re.compile(
    r"[ \t]+(?:joint[ \t-]+|second[ \t-]+)?(?:favourites?|favorites?|fav|shots?|outsiders?"
    r"|chances?|odds|poke)\b")
#: What before a pair of figures makes it betting odds: "odds of 1/4", "cut the odds to
#: 2-1", "the odds were cut to 3-1", "priced at 7-2", "sent off at 11/4"; and "at" after a
#: verb of a runner's race, with its winning margin between ("won by a neck at 12-1",
#: "started at 5-2", "came home at 25-1"), where a score is written without "at" ("won
#: 12-1") or after a word of the score ("level at 1-1", "stood at 2-1").
_ODDS_BEFORE = re.compile(
    r"\b(?:odds(?:-on)?(?:[ \t]+(?:are|were|is|was|have|had|been|now))*"
    r"(?:[ \t]+(?:cut|slashed|shortened|lengthened|drifted|eased|out))?"
    r"(?:[ \t]+(?:of|at|to|from))?|price[ \t]+of"
    r"|(?:priced|backed|quoted|offered|available|(?:sent|went)[ \t]+off)[ \t]+at"
    r"|(?:won|started|returned|(?:came|comes|coming)[ \t]+(?:home|in))"
    r"(?:[ \t]+by[ \t]+(?:an?|half[ \t]+a|a[ \t]+short|[a-z]+)[ \t]+(?:short[ \t]+)?"
    r"(?:neck|head|nose|lengths?|distance))?[ \t]+at)[ \t]+$",
    re.IGNORECASE)
#: How far before a pair of figures :data:`_ODDS_BEFORE` is looked for.
_ODDS_REACH = 40


def _odds(text: str, s: int, e: int, tok: str) -> Figure | None:
    """Betting odds at ``s``, two whole numbers joined by a dash or a slash after words
    of odds or before a word of a bet (:data:`_ODDS_BEFORE`, :data:`_ODDS_AFTER`): a
    ratio, the first term over the second ("a 33-1 shot" is 33, "odds of 1/4" 0.25),
    not a score, a range or a fraction; None otherwise."""
    m = _ODDS.match(text, e)
    if m is None or len(tok) > 3 or not (
            _ODDS_AFTER.match(text, m.end())
            or _ODDS_BEFORE.search(text, max(0, s - _ODDS_REACH), s)):
        return None
    fig = Figure(s, m.end(), Fraction(int(tok), int(m.group("den"))), "ratio")
    qualify(text, fig)
    return fig


def _glued_currency(text: str, s: int) -> bool:
    """Whether a currency symbol made of letters ends right at ``s`` ("Rs1,000", "Rs.500",
    "DM5"), not a code of which the digits are part ("MP3"); a symbol of one letter ("R",
    "N") only before an amount that looks like money (:data:`_LETTER_AMOUNT`), not a
    name ("R2", "R18", "N95")."""
    m = P.CURRENCY_BEFORE.search(text, max(0, s - 4), s)
    return m is not None and (sym := m.group("sym")) is not None and m.end() == s and (
        m.start() == 0 or not text[m.start() - 1].isalnum()) and (
        len(sym) > 1 or not sym.isalpha() or _letter_amount(text, m.start(), s))


#: What after a glued one-letter symbol is an amount: thousands separators, cents, a
#: scale or a rate ("R1,500", "R22.50", "R3 million", "N2.4bn", "R5-10m", "R15 per
#: kilolitre", "R23 a litre"), an exchange rate ("R19 to the dollar", "N460 against the
#: dollar"), or three digits or more, not a decimal's.
_LETTER_AMOUNT = re.compile(
    r"(?P<money>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+\.[0-9]{2}(?![0-9])"
    r"|[0-9]+(?:\.[0-9]+)?(?:[-–][0-9]+(?:\.[0-9]+)?)?[ \t]?(?:million|billion|trillion|bn|m|tn)\b"
    r"|[0-9]+(?:\.[0-9]+)?(?=[ \t]+(?:(?:per|an?)[ \t]+[a-zA-Z]"
    r"|(?:to|against)[ \t]+the[ \t]+(?:US[ \t]+)?(?:dollar|greenback|euro|pound)\b)))"
    r"|[0-9]{3,}(?![0-9]|\.[0-9])"  # a full stop may end the sentence: "up from N568."
)


def _letter_amount(text: str, r: int, s: int) -> bool:
    """Whether the digits at ``s`` after a one-letter symbol at ``r`` are an amount:
    written as money, or three digits or more after no capitalised word ("for R120",
    "N500"; "an Epson R800 printer" is a model)."""
    m = _LETTER_AMOUNT.match(text, s)
    return m is not None and (m.group("money") is not None or not last_word(text, r)[:1].isupper())


def _hyphen_id(text: str, s: int, e: int, tok: str) -> tuple[Figure | None, int] | None:
    """Digits ``tok`` at ``text[s:e]`` that begin three or more groups joined by hyphens:
    an identifier, no figure ("555-123-4567", "1-800-555-0199", "978-3-16-148410-0",
    "2-1-1"), or the ISO date the three groups write ("2020-11-10"). None for fewer
    groups: a range, a score or a span of years ("10-20", "3-2", "1990-1995")."""
    im = _HYPHEN_ID.match(text, s)
    if im is None:
        return None
    if len(tok) == 4 and tok.isdigit():
        date = read_date(text, s, e, tok)
        if date is not None and date.end == im.end():
            return date, date.end
    return None, im.end()


_CAPTION_NEXT = ("", " ", "\t", "\n")  # what may follow a caption's index
_DECIMALS: dict[tuple[str, bool], Decimal] = {}
_DECIMALS_SIZE = 8192


def _decimal(tok: str, decimal_comma: bool) -> Decimal:
    """The value of the digits ``tok`` (separators as read), from a memo: a story
    repeats its years and small counts, and a ``Decimal`` is never changed in place."""
    value = _DECIMALS.get((tok, decimal_comma))
    if value is None:
        if decimal_comma and tok[0] != ".":
            value = Decimal(tok.replace(".", "").replace(",", "."))
        else:
            value = Decimal(tok.replace(",", ""))
        if len(_DECIMALS) >= _DECIMALS_SIZE:
            _DECIMALS.clear()
        _DECIMALS[(tok, decimal_comma)] = value
    return value


#: Slash figures that name something, not a fraction: "9/11", "24/7", "a 50/50 split".
_SLASH_NAMES = frozenset(["9/11", "7/7", "24/7", "50/50", "20/20"])


#: A time taken written with colons: minutes and seconds, or hours, minutes and seconds,
#: the seconds perhaps with a decimal ("1:54.32", "2:01:09").
_DURATION = re.compile(
    r"(?P<a>[0-9]{1,2}):(?P<b>[0-5][0-9])(?::(?P<c>[0-5][0-9]))?(?P<frac>\.[0-9]{1,3})?"
    r"(?![0-9:]|\.[0-9]|" + P.CLOCK_AFTER + ")"
)
#: Words before hours, minutes and seconds that make them a time taken, not a clock's.
#: Words before minutes and seconds without a decimal that make them a time taken, not a
#: clock's or a ratio's ("in 26:43", "clocked 3:59"; not "at 10:30", "of 60:40").
_MMSS_BEFORE = frozenset(["in", "clocked", "clocking", "timed", "ran"])
_DURATION_BEFORE = frozenset(["in", "of", "clocked", "clocking", "timed", "ran", "run",
                              "finished", "won", "record", "best", "time"])


def _duration(text: str, s: int) -> Figure | None:
    """A time taken at ``s``, as sport writes it, a quantity in seconds: minutes and
    seconds with a decimal ("clocked 1:54.32") or after a word of running a distance
    ("won the 10,000m in 26:43", "clocked 3:59"), or hours, minutes and seconds after a
    word of a time taken ("won in 2:01:09", "a time of 2:05:41.5"); no clock reads a
    decimal of a second. None for a clock time ("10:30", "at 10:30:00")."""
    m = _DURATION.match(text, s)
    if m is None:
        return None
    a, b, c, frac = m.group("a", "b", "c", "frac")
    if c is None:
        if frac is None and last_word(text, s).lower() not in _MMSS_BEFORE:
            return None
        value = Decimal(a) * 60 + Decimal(b + (frac or ""))
    else:
        if frac is None and last_word(text, s).lower() not in _DURATION_BEFORE:
            return None
        value = Decimal(a) * 3600 + Decimal(b) * 60 + Decimal(c + (frac or ""))
    fig = Figure(s, m.end(), value, "quantity")
    fig.unit = "second"
    qualify(text, fig)
    return fig


#: Words after which a day and a month joined by a slash are a date: "on 4/7", "until 5/11".
_SLASH_DATE_BEFORE = frozenset(["on", "until", "till", "since"])


def _slash_date(text: str, s: int, num: int, den: int, e: int) -> bool:
    """Whether ``num/den`` at ``text[s:e]`` is a day and a month after a word that dates
    ("on 4/7", "until 5/11", "since 12/3"): a slash date, no figure like "10/11/2020";
    not a share of something ("on 3/4 of goods")."""
    return (0 < num <= 31 and 0 < den <= 31 and (num <= 12 or den <= 12)
            and last_word(text, s).lower() in _SLASH_DATE_BEFORE
            and not text.startswith(" of ", e))


def _special_next(text: str, s: int, e: int, tok: str, nxt: str) -> int | None:
    """Where to resume when the digits are a time, a ratio or a date, else None."""
    if nxt == ":" and e + 1 < len(text) and text[e + 1].isdigit():
        if _ratio_colon(text, e, tok):
            return None
        return _time_end(text, P.run_end(_JUNK_RUN, text, e))
    if nxt == "/" and e + 1 < len(text) and text[e + 1].isdigit():
        fm = P.FRACTION_SLASH.match(text, e)
        if (fm is None or "." in tok or "," in tok or int(fm.group("den")) == 0
                or text[s:fm.end()] in _SLASH_NAMES):
            return P.run_end(_JUNK_RUN, text, s)
    if nxt in _TIME_FIRST and _is_time(text, tok, e):
        return _time_end(text, e)
    return None


#: What after "the" and an hour with its minutes names a train, a bus or a race by its
#: time: "the 7.15 from Euston", "the 18.05 to Glasgow" (not "to" a figure), "the 9.15
#: service", "the 3.15 at Cheltenham".
_SERVICE_AFTER = re.compile(
    r" (?:from|to(?! [0-9])|service|train|departure|arrival|express|sailing|flight|bus"
    r"|ferry|race|kick-off)\b| at [A-Z]")


#: The words between a verb of an event and "at" or "until": its object or its place.
_EVENT_GAP = 4
#: Where the words before a clock time are looked at: the sentence, at most this far.
_EVENT_REACH = 120
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


#: The verbs of being after which a word of a moment tells a clock time ("Kick-off is 3.00").
_BEING = frozenset(["is", "was", "are", "were"])
#: The words before "the" that make an hour and its minutes ending a sentence a train or a
#: service named by its time: "She caught the 10.30.", "booked on the 6.05", "sings at
#: the 11.15" (not "up from the 1.15.", a level).
_SERVICE_TAKEN = frozenset(split_words(
    """
    catch catches caught catching take takes took taken taking miss misses missed missing
    board boards boarded boarding get gets got on onto off for at
    """
))
#: The words before "and" or "or" and an hour with its minutes that make it a second
#: clock time when the hour and minutes before them are one: "sails at 6.45 and 10.15",
#: "between 9.30 and 11.45" (the first, its minutes' dot and the words between).
_CLOCK_BEFORE_AND = re.compile(
    r"(?<![0-9.,])([0-9]{1,2}\.[0-9]{2})(?![0-9])(?:,|,?[ \t]+(?:[a-z]+[ \t]+){0,3}(?:and|or))"
    r"[ \t]+$")
#: The clock times a list joined by "and" or "or" is read back through to its first ("at
#: 6.00 and 7.00 and 8.00"), so that a long run of them costs no more than a short one,
#: where the verdict on the one before is not kept (:data:`_LAST_CLOCK`).
_CLOCK_LIST = 4
#: The last hour and minutes :func:`_a_clock_time` was asked of, in each thread: the text,
#: the offset of its end and the verdict.  The scan asks of a text's figures in order, so
#: the next of a list ("at 7.10, 8.40, 10.10, 11.40 and 13.10") takes the verdict on the
#: one before it, however long the list, at the cost of one search.
_LAST_CLOCK = threading.local()


def _joined_clock(text: str, s: int) -> bool:
    """Whether an hour and its minutes at ``s`` follow "and", "or" or a comma after a
    figure: the second or a later of a list ("6.45 and 10.15", "7.10, 8.40")."""
    return last_word(text, s).lower() in ("and", "or") or (
        text[s - 2:s] == ", " and text[s - 3:s - 2].isdigit())


def _a_clock_time(text: str, s: int, tok: str, e: int) -> bool:
    """Whether an hour and its minutes read as a clock's time (:func:`_clock_verdict`),
    the verdict kept for the next of a list (:data:`_LAST_CLOCK`)."""
    verdict = _clock_verdict(text, s, tok, e)
    _LAST_CLOCK.last = (text, e, verdict)
    return verdict


def _clock_verdict(text: str, s: int, tok: str, e: int) -> bool:
    """Whether an hour and its minutes after a dot (``tok``, "7.15") at ``s`` read as a
    clock's time, no figure, as "7.15pm" does: a service named by its departure after
    "the" ("the 7.15 from Euston"; "the 1.25 million passengers", "the 3.25 per cent
    rise" stay figures), or after "at", "until" or "till" and a verb of a scheduled event
    with up to four words between ("the hearing resumes at 2.15", "adjourned the case at
    12.30"), a verb a price takes as well only with no word of a market before it in the
    sentence ("the shop opens at 8.30"; "shares in Rio opened at 5.15" is a price), or a
    verb of meeting or calling with no word of a market in the sentence before the time
    ("see you at 7.30", "call me at 9.30"; "analysts see the stock at 7.30" is a price),
    or after a verb of being with a word of a moment of the day as its subject
    (:data:`CLOCK_SUBJECTS`: "Kick-off is 3.00", "Bedtime is 7.30"); "between" reads as
    "at" does ("arrive between 9.30 and 11.45"), a second hour and minutes after "and" or
    "or" or a comma are a clock's where the one before is ("sails at 6.45 and 10.15",
    "leave at 7.10, 8.40, 10.10 and 11.40"), and a service named
    by its time may end its sentence after a verb of taking or a preposition ("She caught
    the 10.30.")."""
    hour, _, minute = tok.partition(".")
    if not (len(minute) == 2 and minute.isdigit() and hour.isdigit() and len(hour) <= 2
            and int(hour) <= 23 and int(minute) < 60):
        return False
    before = last_word(text, s).lower()
    if before == "the":
        if text[e:e + 1] == " ":
            return _SERVICE_AFTER.match(text, e) is not None
        # ending its sentence after a verb of taking or a preposition: "She caught the 10.30."
        return (text[e + 1:e + 2] in ("", " ", "\n", '"', "”", "'", "’")
                and last_word(text, s - 4).lower() in _SERVICE_TAKEN)
    if before in ("and", "or") or (before.endswith(",") and _joined_clock(text, s)):
        # a second clock time: "sails at 6.45 and 10.15", "between 9.30 and 11.45", "at
        # 7.10, 8.40": the verdict on the one before, kept where it was the last asked
        # of, else read back through a list of at most :data:`_CLOCK_LIST` to the first
        last = getattr(_LAST_CLOCK, "last", None)
        for _ in range(_CLOCK_LIST):
            m = _CLOCK_BEFORE_AND.search(text, max(0, s - 40), s)
            if m is None:
                return False
            s, tok, e = m.start(), m.group(1), m.end(1)
            if last is not None and last[0] is text and last[1] == e:
                return bool(last[2])
            if not _joined_clock(text, s):
                return _clock_verdict(text, s, tok, e)
        return False
    if before in _BEING:
        subject = last_word(text, s - len(before) - 1).lower()
        if subject == "time":  # "closing time was 10.30"; not "her time was 10.45 seconds"
            subject = last_word(text, s - len(before) - 6).lower()
        return subject in CLOCK_SUBJECTS or (subject.endswith("time") and subject != "time")
    if before not in ("at", "until", "till", "between"):
        return False
    lo = max(0, s - _EVENT_REACH)
    for stop in (". ", "? ", "! ", "\n"):
        lo = max(lo, text.rfind(stop, lo, s) + 1)
    words = [w.lower() for w in _WORD.findall(text, lo, s - len(before) - 1)]
    for i in range(len(words) - 1, max(-1, len(words) - 2 - _EVENT_GAP), -1):
        w = words[i]
        if w in EVENT_VERBS:
            return True
        if w in MARKET_OR_EVENT_VERBS:
            return not any(v in MARKET_WORDS or v in CURRENCY_WORDS for v in words[:i])
        if w in MEETING_VERBS:
            return (not any(v in MARKET_WORDS or v in CURRENCY_WORDS for v in words)
                    and P.PERCENT.match(text, e) is None)
    return False


def _digits_rest(text: str, fig: Figure, tok: str, value: Decimal) -> tuple[Figure | None, int]:
    """Read what is attached to digits: exponent, fraction, ordinal or decade suffix, scale.

    ``tok`` is as written and ``value`` is ``fig.value``, the figure read so far.
    """
    e = fig.end
    plain = fig.plain
    nxt = text[e] if e < len(text) else ""
    # scientific notation, fractions, ordinals, decades
    sci = nxt in _SCI_FIRST and (nxt not in " \t" or text[e + 1:e + 2] in ("×", "x"))
    sm = P.SCI.match(text, e) if sci else None
    if nxt == "^":
        pm = P.POWER.match(text, e)
        if pm is None or text[pm.end():pm.end() + 1] == "^":
            # "2^2^2^...": a tower of powers is no figure a float could hold
            return None, P.run_end(_TOWER, text, e)
        fig.value = _power(value, Decimal(1), int(pm.group("exp").replace("−", "-")))
        fig.end = e = pm.end()
        fig.plain = False
    elif sm is not None:
        exp = (sm.group("e1") or sm.group("e2") or sm.group("e3")).replace("−", "-")
        fig.value = _power(Decimal(sm.group("base") or 10), value, int(exp))
        fig.end = e = sm.end()
        fig.plain = False
    elif e < len(text):
        c = text[e]
        if c == "/" and plain:
            fm = P.FRACTION_SLASH.match(text, e)
            if fm is not None:
                den = int(fm.group("den"))
                if _slash_date(text, fig.start, int(tok), den, fm.end()):
                    return None, fm.end()
                fig.value = Fraction(int(tok), den)
                fig.category = "fraction"
                fig.end = fm.end()
                fig.plain = False
                sign(text, fig)
                pos = after(text, fig, fig.start)
                if int(tok) >= den and (den >= 10 or (
                        fig.category == "fraction" and not text.startswith(" of ", fig.end))):
                    # "60/40", "5/1": a split or odds, not a fraction; and with a unit,
                    # "120/80 mmHg" is a reading of two figures ("7/3 hours" is a fraction)
                    return None, pos
                return fig, pos
        elif c in P.VULGAR and plain:
            num, den = P.VULGAR[c]
            fig.value = Fraction(int(tok)) + Fraction(num, den)
            fig.end = e + 1
            fig.plain = False
            sign(text, fig)
            return fig, after(text, fig, fig.start)
        elif (plain or tok.replace(",", "").isdigit()) and text.startswith(
                ("st", "nd", "rd", "th"), e) and word_end(text, e + 2) and (
                text[e:e + 2] == "th" or _ordinal_suffix(tok) == text[e:e + 2]):
            # "21st", "the 1,000th case"
            fig.category = "ordinal"
            fig.end = e + 2
            fig.plain = False
            return fig, fig.end
        elif plain and c == "s" and word_end(text, e + 1) and not _TIME_BEFORE.search(
                last_word(text, fig.start)):
            return _plural(text, fig, tok, value)
        elif (plain and c in "'’" and text[e + 1:e + 2] == "s" and word_end(text, e + 2)
              and tok[-1] == "0" and len(tok) in (2, 4)
              and (_DECADE_BEFORE.search(text, max(0, fig.start - 8), fig.start)
                   or text.startswith(" of ", e + 2))):
            # "the 1980's", "in his 60's", "1000's of": a plural with an apostrophe, as
            # "1980s"; "2020's budget" without a determiner stays the year's possessive
            return _plural(text, fig, tok, value, 2)
        elif c == " " and plain and len(tok) <= 3:
            # a mixed number: "2 1/2"
            mm = _MIXED.match(text, e)
            if mm is not None and 0 < int(mm.group(1)) < int(mm.group(2)):
                fig.value = Fraction(int(tok)) + Fraction(int(mm.group(1)), int(mm.group(2)))
                fig.end = mm.end()
                fig.category = "fraction"
                fig.plain = False
                return fig, after(text, fig, fig.start)
    um = P.UNCERTAINTY.match(text, fig.end) if "±" in text[fig.end:fig.end + 3] or \
        "+" in text[fig.end:fig.end + 3] else None
    if um is not None:
        u = Decimal(um.group("u"))
        if um.group("e"):
            u *= Decimal(10) ** int(um.group("e").replace("−", "-"))
        if isinstance(fig.value, Decimal):  # the fractions have returned above
            fig.low, fig.high = fig.value - u, fig.value + u
        fig.end = um.end()
        fig.plain = False
    scale(text, fig)
    sign(text, fig)
    if fig.end < len(text) and text[fig.end] in "+-" and (
            om := _OR_MORE.match(text, fig.end)) and (fig.value is not None and fig.low is None):
        # "18+", "aged 65+", "10,000+ people", "5+ million", "10,000-plus", "$1m-plus": the
        # figure or more, a lower bound
        fig.end = om.end()
        fig.plain = False
        scale(text, fig)
        fig.low = fig.value
        fig.qualifier = "plus"  # a hedge after the figure, as "or more" is (a qualifier
        # before it, read next, takes its place: "over 18+")
    return fig, after(text, fig, fig.start)


#: A plus sign that ends a figure ("18+", "65+."), not a sum or a sign ("2+2", "5+/-1", "1++"),
#: or "-plus" ("10,000-plus", not "-plus-size").
_OR_MORE = re.compile(r"\+(?![\w+\-−=/.,]\w|[\w+\-−=/])|-plus\b(?![-'’])")


#: A figure of minutes or hours right before a number glued to "s": "2min 10s", "1h 5s".
_TIME_BEFORE = re.compile(r"(?:[0-9](?:h|hr|hrs|m|min|mins)|\b(?:minutes?|mins?|hours?|hrs?))$",
                          re.IGNORECASE)
#: What comes before a decade written with an apostrophe ("the 1980's", "mid-1990's",
#: "in his 60's"), which no possessive of a year has ("2020's budget").
_DECADE_BEFORE = re.compile(
    r"\b(?:the|early|mid|late|his|her|their|my|your|our)[ \t-]+$", re.IGNORECASE)
_AGE_GROUP = re.compile(r"\b(?P<q>under|over)[ \t]*-?[ \t]*$", re.IGNORECASE)


def _ordinal_suffix(tok: str) -> str:
    """The suffix an ordinal of the digits ``tok`` takes: "st" for 1, 21, 101, "nd" for 2,
    "rd" for 3, "th" for the rest (11, 12, 13 too). Another suffix makes no ordinal: "15st"
    is fifteen stone. "th" is read after any digits ("the 1th", "the 22th" as written)."""
    last, tens = tok[-1], tok[-2:-1]
    if tens == "1":
        return "th"
    return {"1": "st", "2": "nd", "3": "rd"}.get(last, "th")


def _plural(text: str, fig: Figure, tok: str, value: Decimal,
            glued: int = 1) -> tuple[Figure | None, int]:
    """Read plain digits glued to a plural "s" (not a second: "10 s", "10sec" are; "2min
    10s" never reaches here): an age group ("under-18s", "over-65s"), a vague count
    ("100s of", "1000s of"), a decade ("1990s", "the 90s", "in her early 100s"), else
    the plural of a numeral ("two 6s"), a cardinal. ``glued`` is the length of the
    plural ending, 1 for "s" and 2 for "'s"."""
    e = fig.end
    fig.end = e + glued
    fig.plain = False
    am = _AGE_GROUP.search(text, max(0, fig.start - 8), fig.start)
    if am is not None:
        q = am.group("q").lower()
        fig.category, fig.unit, fig.qualifier = "age", "year", q
        fig.start = am.start()
        if QUALIFIERS[q] == "high":
            fig.high = value
        else:
            fig.low = value
        return fig, fig.end
    if (len(tok) > 1 and tok[0] == "1" and not tok[1:].strip("0")
            and text.startswith(" of ", fig.end)):
        # "100s of homes", "10s of thousands": a vague count, as "hundreds of"
        fig.value, fig.vague = None, True
        base = _of_vague(text, fig, value)
        fig.low = base * 2
        fig.counted = counted(text, fig.end, allow_of=True, singular=False)
        return fig, fig.end
    if tok[-1] == "0" and len(tok) <= 4:
        if len(tok) <= 3 and age_decade(text, fig, value, fig.start):
            return fig, fig.end  # "in his 60s", "in her early 100s"
        if len(tok) == 2 and (band := decade_band(text, fig.start)):
            # "highs in the low 20s", "the upper 80s", "temperatures in the 60s": values,
            # not a decade of years
            lo, hi = band
            fig.category, fig.value = "range", None
            fig.low, fig.high = value + lo, value + hi
            return fig, fig.end
        if len(tok) != 3:
            fig.category = "date"
            # "the 1800s", "the 1900s": a century; "the 2000s" is a decade
            fig.low, fig.high = value, value + (99 if tok.endswith("00") and value < 2000 else 9)
            fig.date = tok + "s"
            if len(tok) == 2:
                fig.value = None  # "the 90s": no century, no year
            return fig, fig.end
    qualify(text, fig)
    return fig, fig.end


def _power(base: Decimal, factor: Decimal, exp: int) -> Decimal | None:
    """``factor * base ** exp``, or None where Decimal has no value for it (``0^0``,
    ``0^-1``, an overflow): a figure written so has no number, not an error."""
    try:
        return factor * base ** exp
    except ArithmeticError:
        return None


_SPACES = str.maketrans("", "", " \u00a0\u2009\u202f")
_TOWER = re.compile(r"[\^0-9.\-−]*+")
_MIXED = re.compile(r" ([0-9]{1,2})/([0-9]{1,3})(?![0-9/])")


def _prefix_ok(text: str, hyphen: int) -> bool:
    """Whether the word before a hyphen may prefix a figure ("mid-1990s"), or is the "for"
    of a batting or bowling line between two figures ("3-for-4", "5-for-20")."""
    m = _PREV_ALPHA.search(text, max(0, hyphen - 12), hyphen)
    if m is None:
        return False
    word = m.group().lower()
    b = m.start()
    return word in FIGURE_PREFIXES or (
        word == "for" and text[b - 1:b] == "-" and text[b - 2:b - 1].isdigit())


_PREV_ALPHA = re.compile(r"[A-Za-z]+$")


def _is_time(text: str, tok: str, e: int) -> bool:
    """Whether digits followed by am/pm/GMT read as a clock time ("2pm", "2.15pm", "1500 GMT")."""
    tm = P.TIME_AFTER.match(text, e)
    if tm is None:
        return False
    if "." in tok:
        hour, _, minute = tok.partition(".")
        return len(minute) == 2 and int(minute) < 60 and hour.isdigit() and int(hour) <= 24
    if "," in tok:
        return False
    return int(tok) <= 24 or (len(tok) == 4 and int(tok[:2]) < 24 and int(tok[2:]) < 60)


#: The hours a clock time in words names: "half past seven", "ten o'clock".
_HOURS = frozenset(w for w, v in SMALL.items() if 1 <= v <= 12)
#: The apostrophes of "o'clock", for the test of the one character after an hour's "o".
_O_CLOCK_APOSTROPHES = frozenset(P.O_CLOCK_APOSTROPHES)
#: The last four characters before the space before an hour that a clock time in words
#: ends in: "past", "quarter to" ("to" only after "quarter": "ten to six" is as often a
#: score or a range).
_CLOCK_BY = frozenset(["past", "r to"])
#: The minutes before "past": "half past", "quarter past", "twenty past", "five past".
_CLOCK_MINUTES = frozenset(["half", "quarter", "five", "ten", "twenty", "twenty-five"])
#: What comes before "quarter to" an hour ("a quarter to nine", "at quarter to nine"): not
#: an ordinal or a determiner, which make it a quarter of a year or a game ("the third
#: quarter to ten points").
_QUARTER_TO_AFTER = frozenset(["a", "at", "by", "until", "till", "from", "before", "after",
                               "around", "about", "gone", "since", ""])


def _clock_in_words(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Where a clock time in words whose hour is the number word ``text[s:e]`` (one to
    twelve) starts and ends: ``"ten o'clock"``, ``"half past seven"``, ``"twenty past
    eleven"``, ``"quarter past ten"``, ``"(a) quarter to nine"``; None for none.  Minutes
    before "to" are only a quarter ("ten to six" is as often a score or a range), and an
    hour joined to what follows by a hyphen is none ("one-quarter to one-third")."""
    if text[e:e + 1] == "-":
        return None
    if text[e:e + 1] == " " and text.startswith(P.O_CLOCK, e + 1) and word_end(text, e + 8):
        return s, e + 8
    if text[s - 5:s] == "past ":
        minutes = last_word(text, s - 5).lstrip(STRIP).lower()
        if minutes not in _CLOCK_MINUTES:
            return None
        return s - 6 - len(minutes), e
    m0 = s - 11  # "quarter to ": not "three-quarter to one", nor "the third quarter to"
    if text[m0:s].lower() != "quarter to " or text.endswith("-", 0, m0) or (
            text.endswith(" ", 0, m0) and last_word(text, m0).lower() not in _QUARTER_TO_AFTER):
        return None
    return m0, e


#: How far before a clock time an hour that shares its marker may end: "6 to 8 p.m.".
_CLOCK_JOIN_REACH = 8
#: What joins an hour to a clock time that it shares a marker with.
_CLOCK_JOINERS = frozenset(["to", "-", "–", "and", "until", "till"])


@functools.cache
def _clock_hour() -> re.Pattern[str]:
    """An hour of a clock, with its minutes: "6", "7.30", "10:15"; compiled on its first
    use, not at import (few texts ask it; and by the plugin's load, which keeps its
    code)."""
    return re.compile(r"(?:1[0-2]|0?[1-9])(?:[.:][0-5][0-9])?")


def _hour_of_a_clock(text: str, fig: Figure, s: int) -> bool:
    """Whether ``fig``, a bare count, is an hour joined by "to", "until", a dash or "and"
    to the clock time at ``s`` whose "am", "pm" or time zone it shares ("from 6 to 8
    p.m.", "2-9 p.m.", "between 10 and 11 a.m.", "7.30 to 9.30pm")."""
    if (text[fig.end:s].strip() not in _CLOCK_JOINERS or fig.unit is not None
            or fig.category != "cardinal"
            or _clock_hour().fullmatch(text, fig.start, fig.end) is None):
        return False
    m = _clock_hour().match(text, s)
    return m is not None and P.TIME_AFTER.match(text, m.end()) is not None


def _time_end(text: str, e: int) -> int:
    """The end of an am/pm or time-zone marker after a clock time at ``e``."""
    tm = P.TIME_AFTER.match(text, e)
    return tm.end() if tm is not None else e


def _is_caption_index(text: str, s: int, e: int, tok: str) -> bool:
    """Whether a 1-2 digit number closes a caption line ("... Occupied Territories 1")."""
    if len(tok) > 2 or not tok.isdigit() or s < 2 or text[s - 1] != " ":
        return False
    after = text[e:e + 1]
    if after in " \t":
        after = text[e + 1:e + 2]
    if after not in ("", "\n", " ", "\t") or not text[s - 2].isalpha():
        return False
    if _LINE_END.match(text, e) is None:
        return False
    line_start = text.rfind("\n", 0, s) + 1
    if s - line_start < 20 or _CLAUSE_PUNCT.search(text, line_start, s):
        return False
    words = text[line_start:s].split()
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) * 2 > len(words)


# -- number words --------------------------------------------------------------------------


_FRACTION_BEFORE = frozenset(["by", "almost", "about", "nearly", "than", "over", "around",
                              "roughly", "some", "under", "to", "only", "just", "barely",
                              "approximately", "estimated", "least", "for"])
_FRACTION_NEXT = re.compile(
    r"[ \t]*(?:[.,;:!?)\"'”’]|$|\n)|[ \t]+(?:more|less|fewer|of|had|have|has|are|is|was|were|"
    r"said|say|says|will|would|could|can|may|might|in|by|to|on|at|from|and|or|but|than|as|"
    r"think|thinks|believe|believes|want|wants|agree|agrees|disagree|expect|expects|feel|"
    r"feels|felt|prefer|prefers|oppose|opposes|favour|favor|did|do|does|still|also|never|"
    r"now|already|"
    # a comparative of size, price or speed: "a third cheaper", "a fifth higher"
    r"cheaper|dearer|costlier|higher|lower|bigger|smaller|larger|greater|faster|slower|"
    r"longer|shorter|heavier|lighter|wider|richer|poorer|quicker)\b"
    # a past tense before an object or a preposition: "a third opposed it", "a third voted
    # for"; not a participle before its noun ("a third confirmed case")
    r"|[ \t]+[a-z]{2,}ed(?:[ \t]*[.,;:!?]|[ \t]+(?:the|it|that|to|for|a|an|them|this|his|"
    r"her|their|its|against|in|with|on|at|by|from|out|up|down|as|and|or|but)\b)",
    re.IGNORECASE,
)


#: Words before "a quarter" (no "of" after it) that make it a quarter of a year, a period:
#: "jumped 30% in a quarter", "within a quarter", "once a quarter", "twice a quarter".
_A_PERIOD_BEFORE = frozenset(["in", "within", "once", "twice", "thrice", "per", "each"])


def _ordinal_use(text: str, s: int, e: int) -> bool:
    """Whether "a third" at ``s:e`` (no "of" after it) is an ordinal before a noun ("a third
    term") rather than a fraction ("by a third", "almost a third are", "a third more")."""
    before = last_word(text, s).lower()
    if before in _FRACTION_BEFORE and (before != "for" or text[e - 7:e].lower() == "quarter"):
        return False  # "by a third"; but "for a fifth time", "for a third straight year"
    return _FRACTION_NEXT.match(text, e) is None


_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]{4,}\b")
#: What ends a sentence or opens a quotation before a word: the word opens a sentence.
_OPENS_BEFORE = frozenset(".!?:;\n\"“‘'(—–-")


class _Lines:
    """A text's line breaks and the starts of its matches of :data:`_LOWER_WORD`, found
    once, for :func:`_in_prose`."""

    __slots__ = ("breaks", "lower", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [m.start() for m in _BREAK.finditer(text)] if "\n" in text else []
        self.lower = [m.start() for m in _LOWER_WORD.finditer(text)]


_BREAK = re.compile("\n")
#: This thread's :class:`_Lines` of the text it reads (it holds the text, so ``is`` tells
#: it apart), forgotten when :func:`find_figures` returns.
_READING = threading.local()


def _in_prose(text: str, s: int, e: int) -> bool:
    """Whether the line of ``s:e`` (from the line break before ``s`` to the one from
    ``e`` on) holds a lower-case word of four letters or more, :data:`_LOWER_WORD`: a
    line of prose, not a headline in title case.  Searched from the line's start for
    each figure, a long line of capitalised number words or titles cost a pass over
    the line each ("the Big Four " * n: n²); the line breaks and the words are found
    once per text and bisected.  The line's edges are line breaks, which no match
    crosses, so a match in the whole text within them is what a search between them
    finds."""
    lines: _Lines | None = _READING.__dict__.get("lines")
    if lines is None or lines.text is not text:
        lines = _READING.lines = _Lines(text)
    breaks = lines.breaks
    i = bisect_left(breaks, s)
    lo = breaks[i - 1] + 1 if i else 0
    j = bisect_left(breaks, e, i)
    hi = breaks[j] if j < len(breaks) else len(text)
    lower = lines.lower
    k = bisect_left(lower, lo)
    return k < len(lower) and lower[k] < hi


def _in_a_capitalised_name(text: str, s: int, e: int) -> bool:
    """Whether a number word written with a capital inside a sentence is part of a name:
    a capitalised word before it ("the Big Four", "Ocean's Eleven"), or before its "of"
    ("the Group of Eight", "the Gang of Four"), or after it ("Five Nations").  Not at
    the start of a sentence or a line, and not in a line of capitalised words (a
    headline in title case: "Storm Kills Five In Texas")."""
    if _opens_sentence(text, s):
        return False
    word = last_word(text, s)
    if word == "of":
        named = last_word(text, s - 3)[:1].isupper()
    else:
        # a capitalised possessive names with it even when it opens the sentence:
        # "Ocean's Eleven was"
        named = word[:1].isupper() and (word.endswith(("'s", "’s")) or not _opens_sentence(
            text, s - 1 - len(word)))
    if not named:
        named = text[e:e + 1] == " " and text[e + 1:e + 2].isupper()
    if not named:
        return False
    return _in_prose(text, s, e)


def _opens_sentence(text: str, s: int) -> bool:
    """Whether the word at ``s`` opens the text, a sentence, a line or a quotation."""
    before = text[max(0, s - 2):s].rstrip(" \t")
    return not before or before[-1] in _OPENS_BEFORE


def _half_a_hyphened(text: str, s: int) -> bool:
    """Whether "half-a-" is written right before ``s``, as a word of its own: "half-a-million",
    "half-a-dozen" (British news joins them with hyphens)."""
    return (s >= 7 and text[s - 1] == "-" and text[s - 3] == "-" and text[s - 2] in "aA"
            and text[s - 7:s - 3].lower() == "half" and (s == 7 or not text[s - 8].isalpha()))


#: "oh" and a unit after a century's word: "nineteen oh five" is 1905.
_OH_YEAR = re.compile(r"[ \t-]+[Oo]h[ \t-]+(one|two|three|four|five|six|seven|eight|nine)\b",
                      re.IGNORECASE)
#: The words after which a year stands ("in 1984", "since 2008", "by 2030", "until 1999",
#: "from 1990"), and the nouns of time before "of" that a year follows ("the summer of
#: 1969", "the class of 2008", "the end of 1999").
_YEAR_PLACE = frozenset(["in", "since", "by", "until", "till", "from", "year"])
_TIME_OF = frozenset(
    ["summer", "winter", "spring", "autumn", "fall", "year", "class", "end", "start",
     "beginning", "middle", "half", *MONTHS]
)
_YEAR_SPAN_BEFORE = frozenset(["to", "and", "until", "till"])


def _year_in_words(text: str, fig: Figure, word: str, prev: Figure | None) -> bool:
    """Whether a cardinal in words that counts nothing (``word``, lower-cased) is a year
    said in a year's form, a century's word and "hundred" ("eighteen hundred", "nineteen
    hundred and five") or "two thousand" ("two thousand and eight", "two thousand
    eight"), in a year's place: after "in", "since", "by", "until", "from", "the year", a
    noun of time and "of" ("the summer of two thousand and two"), or after "to" or "and"
    when a year comes right before ("from eighteen hundred to nineteen hundred").  "by"
    gives a difference as often ("cut by two thousand"): a round hundred after it stays
    a count.  A count before a noun is no year ("two thousand and eight people")."""
    parts = word.replace("-", " ").split()
    if len(parts) < 2 or not (
            (parts[0] in CENTURY_WORDS and parts[1] == "hundred")
            or (parts[0] == "two" and parts[1] == "thousand")):
        return False
    before = last_word(text, fig.start).lower()
    if before == "of":
        return last_word(text, fig.start - 3).lower() in _TIME_OF
    if before in _YEAR_SPAN_BEFORE:
        return (prev is not None and prev.category == "date" and prev.low is None
                and fig.start - prev.end <= len(before) + 2)
    if before == "by" and fig.value is not None and fig.value % 100 == 0:
        return False
    return before in _YEAR_PLACE


def _words(text: str, s: int, e: int, halved: bool = False,
           prev: Figure | None = None) -> tuple[list[Figure], int]:
    """Read the figures of the number-word run ``text[s:e]``; return them and where to go
    on.  ``prev`` is the figure before the run, if any."""
    run = text[s:e]
    if run.isalpha():
        tokens = [Token(run.lower(), s, e)]
    else:
        tokens = [Token(t.group().lower(), t.start(), t.end())
                  for t in _WORD_TOKENS.finditer(text, s, e)]
    if len(tokens) > 40:
        return [], e  # a run of number words this long is no figure
    if tokens[0].word in _ARTICLE_NEXT:
        before = prev_words(text, s, 1)
        hyphened = _half_a_hyphened(text, s)  # "half-a-million", "half-a-dozen"
        if hyphened:
            before = [text[s - 2]]
        if before and before[0].lower() in ("a", "an"):
            a_start = s - (2 if hyphened else 1 + len(before[0]))
            if text[a_start:a_start + len(before[0])] == before[0]:
                tokens.insert(0, Token(before[0].lower(), a_start, a_start + len(before[0])))
                half = text[a_start - 5:a_start - 1] if hyphened else last_word(text, a_start)
                if half.lower() == "half" and not halved and (
                        tokens[1].word in SCALES or tokens[1].word == "dozen"):
                    # "half a million": one figure, half the scale
                    figs, end = _words(text, s, e, halved=True)
                    if figs and figs[0].start == a_start and figs[0].value is not None:
                        fig = figs[0]
                        fig.start = a_start - 1 - len(half)
                        fig.value = divided(fig.value, 2)
                        fig.qualifier = fig.low = fig.high = None
                        qualify(text, fig)
                    return figs, end
    out: list[Figure] = []
    pos = e
    vague = _vague_scale(text, tokens) if tokens[0].word in _SCALE_WORDS else None
    if vague is not None:
        # "several hundred", "a few thousand": a vague amount, as "hundreds of"
        vs, k, of_scale = vague
        fig = Figure(vs, tokens[k - 1].end, None, "cardinal")
        fig.vague = True
        fig.low = Fraction(of_scale * 2)
        if not money_of_words(text, fig):  # "several hundred dollars"
            fig.counted = counted(text, fig.end, allow_of=True, singular=False)
        qualify(text, fig)
        out.append(fig)
        if k == len(tokens):
            return out, fig.end
        tokens = tokens[k:]
    first = tokens[0]
    read = parse_word(first.word, first.start) if len(tokens) == 1 else parse_words(tokens)
    for wf in read:
        if wf.kind == "vague":
            fig = Figure(wf.start, wf.end, None, "cardinal")
            fig.vague = True
            base = _of_vague(text, fig, wf.value)
            if (text[wf.start:wf.end].lower() in ("tens", "scores") and fig.end == wf.end
                    and not text.startswith(" of ", wf.end)):
                continue  # "tens" and "scores" count only in "tens of", "scores of"
            if fig.end == wf.end and _COUNT_BEFORE.search(text, max(0, wf.start - 40), wf.start):
                continue  # "100 international hundreds", "30 Test hundreds": a noun counted
            fig.low = base * 2
            if not money_of_words(text, fig):  # "millions of dollars"
                fig.counted = counted(text, fig.end, allow_of=True, singular=False)
            pos = max(pos, fig.end)
            out.append(fig)
            continue
        if wf.kind == "decade":
            fig = Figure(wf.start, wf.end, None, "age")
            if age_decade(text, fig, wf.value, wf.start) or decade_in_words(
                    text, fig, int(wf.value)):
                out.append(fig)
                pos = max(pos, fig.end)
            continue
        if (wf.kind == "year" and wf.start == s and wf.end == e and text[e:e + 1] == "-"
                and text[e + 1:e + 2].isalpha()):
            # "nineteen twenty-pence stamps": the second number joins the noun after it,
            # two figures, no year
            first_figs, _ = _words(text, s, tokens[0].end)
            rest, pos = _words(text, tokens[1].start, e, prev=first_figs[-1] if first_figs
                               else prev)
            return first_figs + rest, max(pos, e)
        if wf.kind == "year" or (
                tokens[-1].word in CENTURY_WORDS and wf.end == e and wf.kind == "cardinal"
                and wf.start == tokens[-1].start and (om := _OH_YEAR.match(text, e))):
            # "nineteen eighty-four", "twenty twenty-four", "nineteen oh five": a year
            # wherever it stands, no cardinal reads so
            fig = Figure(wf.start, wf.end, wf.value, "date")
            if wf.kind != "year" and om is not None:  # (om is set: "nineteen oh five")
                fig.value = wf.value * 100 + SMALL[om.group(1).lower()]
                fig.end = om.end()
            fig.date = str(fig.value)
            qualify(text, fig)
            out.append(fig)
            pos = max(pos, fig.end)
            continue
        fig = Figure(wf.start, wf.end, wf.value, wf.kind)
        word = text[wf.start:wf.end].lower()
        if wf.kind == "ordinal":
            if word in _NEEDS_DETERMINER and not _determined(text, wf.start):
                continue
            out.append(fig)
            continue
        if wf.kind == "couple":
            if not text.startswith(" of ", wf.end):
                continue  # "a couple": two people, not a figure
            fig.category = "cardinal"
            fig.end = wf.end + 3
            value = wf.value
            while sm := _COUPLE_SCALE.match(text, fig.end):
                # "a couple of hundred people", "a couple of million": two of the scale
                fig.value = value = value * (SCALES.get(sm.group(1).lower()) or 12)
                fig.end = sm.end()
            if not money_of_words(text, fig):  # "a couple of million bucks"
                fig.counted = counted(text, fig.end, allow_of=False, singular=False)
            qualify(text, fig)
            pos = max(pos, fig.end)
            out.append(fig)
            continue
        if (wf.kind == "fraction" and word.startswith(("a ", "an "))
                and not text.startswith(" of", wf.end) and wf.value.denominator < 100):
            # "a third" is a fraction in "a third of", "by a third", "almost a third are",
            # "a third more"; an ordinal before a noun ("a third term", "a third title")
            last = word.split()[-1]
            if last == "quarter" and last_word(text, wf.start).lower() in _A_PERIOD_BEFORE:
                continue  # "30% in a quarter", "twice a quarter": a quarter of a year
            if _ordinal_use(text, wf.start, wf.end) and not (
                    last not in ORDINALS and part_of_a_unit(text, wf.start)):
                if last not in ORDINALS:
                    continue  # "a quarter century", "a half hour": no figure of their own
                fig = Figure(wf.end - len(last), wf.end, Fraction(ORDINALS[last]), "ordinal")
            else:
                qualify(text, fig)
            out.append(fig)
            pos = max(pos, fig.end)
            continue
        if wf.kind == "fraction" and (pm := _OF_PERCENT.match(text, wf.end)):
            # "a quarter of a percentage point", as "half a percentage point"
            fig.category = "percent"
            fig.unit = "percentage point" if pm.group(1).lower().endswith("point") else "percent"
            fig.end = pm.end()
            qualify(text, fig)
            pos = max(pos, fig.end)
            out.append(fig)
            continue
        if wf.kind == "fraction" and (um := _OF_UNIT.match(text, wf.end)):
            # "a quarter of a century", "three quarters of an hour": a quantity of the unit
            fig.category = "quantity"
            fig.value = wf.value
            fig.unit = WORD_UNITS[um.group(1).lower()]
            fig.end = um.end()
            qualify(text, fig)
            pos = max(pos, fig.end)
            out.append(fig)
            continue
        if wf.kind == "fraction" and (om := _OF_SCALE.match(text, wf.end)):
            # "a quarter of a million", "two-thirds of a billion"
            fig.value = wf.value * SCALES[om.group(1).lower()]
            fig.category = "cardinal"
            fig.end = om.end()
            pos = max(pos, after(text, fig, fig.start))
            out.append(fig)
            continue
        if (wf.kind == "fraction" and wf.value.numerator == 1 and wf.value.denominator >= 100
                and after_determiner(text, wf.start)):
            fig.category = "ordinal"  # "the one thousandth sale"
            fig.value = Fraction(wf.value.denominator)
            out.append(fig)
            continue
        if (word == "minus" and minus_word(text, wf.start)) or (
                wf.start >= 6 and text[wf.start - 6:wf.start].lower() == "minus "
                and minus_word(text, wf.start - 6)):
            assert fig.value is not None  # (a number in words has a value)
            fig.value = -fig.value
            fig.start -= 6
        end = after(text, fig, fig.start)
        if (fig.category == "cardinal" and fig.counted is None and fig.unit is None
                and wf.value.denominator == 1 and 1100 <= wf.value.numerator < 2100
                and _year_in_words(text, fig, word, out[-1] if out else prev)):
            fig.category = "date"
            fig.date = str(fig.value)
        if fig.category == "cardinal" and fig.unit is None and word == "one" and (
                not fig.counted or after_determiner(text, wf.start)) and not _ONE_RATIO.match(
                text, fig.end) and not _ONE_TO.match(text, fig.end) and not _TO_ONE.search(
                text, max(0, wf.start - 24), wf.start) and not _one_of_a_tally(
                text, wf.start, fig.end, out[-1] if out else prev):
            continue  # "one of the", "no one", "this one costs": not a figure
        pos = max(pos, end)
        out.append(fig)
    return out, pos


#: The scale words that "several" or "a few" make vague ("several hundred").
_SCALE_WORDS = {**SCALES, "dozen": 12}


def _vague_scale(text: str, tokens: list[Token]) -> tuple[int, int, int] | None:
    """A vague amount of scale words after "several" or "a few" ("several hundred", "a
    few hundred thousand"): where it starts, how many of ``tokens`` it takes and the
    scale; None without those words before or with a hyphen after ("several
    hundred-year-old trees")."""
    s = tokens[0].start
    word = last_word(text, s)
    lw = word.lower()
    start = s - 1 - len(word)
    if lw == "few" and (a := last_word(text, start)).lower() == "a":
        start -= 1 + len(a)
    elif lw != "several":
        return None
    k, base = 1, _SCALE_WORDS[tokens[0].word]
    while k < len(tokens) and tokens[k].word in _SCALE_WORDS:
        base *= _SCALE_WORDS[tokens[k].word]
        k += 1
    if text[tokens[k - 1].end:tokens[k - 1].end + 1] == "-":
        return None
    return start, k, base


_ARTICLE_NEXT = frozenset(
    ["hundred", "thousand", "million", "billion", "trillion", "dozen", "half", "quarter",
     "couple", *(w for w, v in ORDINALS.items() if v >= 3)]
)
