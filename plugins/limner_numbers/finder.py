"""The number scanner: finds every figure in a text and reads what it is.

:func:`find_figures` scans the text once with :data:`~limner_numbers.patterns.CORE`
and, for each core (digits, number words, a vulgar fraction), reads its
surroundings with anchored patterns: scale, sign, currency, percent, unit,
date, qualifier and the thing counted.  A final pass joins two figures into
a range ("between 10 and 20", "5 to 7 per cent", "10-20").  Digits inside
names and codes ("COVID-19", "G7", "i7-860"), clock times, phone numbers,
version strings and the index digits that close image captions are passed
over.  Work is linear in the text: every pattern is anchored or bounded.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from limner_numbers import patterns as P
from limner_numbers.lexicon import (
    CHANGE_VERBS,
    CURRENCY_ADJECTIVES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DETERMINERS,
    DIGIT_SCALES,
    FIGURE_PREFIXES,
    IRREGULAR_PLURALS,
    MINOR_CURRENCY,
    MONTHS,
    QUALIFIERS,
    SCALES,
    STOP_WORDS,
    SYMBOL_UNITS,
    VAGUE,
    WORD_UNITS,
    iso_codes,
)
from limner_numbers.wordnum import Token, parse_words

__all__ = ["Figure", "find_figures"]

Num = Decimal | Fraction

_MAX_DIGITS = 40
_VALID = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
_VALID_COMMA = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:,[0-9]+)?")
_CODE_RUN = re.compile(r"[\w.\-/+]*+")
_JUNK_RUN = re.compile(r"[0-9:.,/]*+")
_WORD_TOKENS = re.compile(r"[A-Za-z]+|&|,")
_NEXT_WORDS = re.compile(
    r"(?:[ \t]+(?P<of>of)(?=[ \t]))?"
    r"[ \t]+(?P<w1>[A-Za-z][\w'’-]*+)(?:[ \t]+(?P<w2>[A-Za-z][\w'’-]*+))?"
    r"(?:[ \t]+(?P<w3>[A-Za-z][\w'’-]*+))?"
)
_QUALIFIER_ENDS = frozenset([q.split()[-1] for q in QUALIFIERS] + ["between"])
_QUALIFIER_TAILS = frozenset(w[-2:] for w in _QUALIFIER_ENDS)
#: What follows "one" when it is a pronoun, not a figure: "one of", "one who", "one,".
_ONE_PRONOUN = re.compile(
    r"[ \t]+(?:of|in|the|and|or|to|is|was|who|that|which|another|for|at|on|with|by|as|but|"
    r"he|she|it|they|we|I|has|had|have|can|could|would|will|may|might|must|should)\b"
    r"|[,.;:!?)\"'”’]|[ \t]*$"
)
_ALONE_NOTHING = frozenset(["half", "halves", "quarter", "quarters", "point"])
_NEEDS_DETERMINER = frozenset(["first", "second"])
_UNIT_PREFIXES = frozenset(
    w[:2].lower()
    for w in (*WORD_UNITS, *SYMBOL_UNITS, *CURRENCY_WORDS, *MINOR_CURRENCY, "square", "cubic",
              "sq", *(adj for adj, _ in CURRENCY_ADJECTIVES))
    if len(w) >= 2
)
_NO_UNIT_START = frozenset(",.;:!?)]}\"'”’")
#: Plurals after a distance in sport ("the 400m hurdles", "200m titles"): metres, not millions.
_EVENTS = frozenset(["hurdles", "relays", "metres", "meters", "yards", "titles", "finals",
                     "heats", "races", "events", "records", "times", "splits", "medals"])
_SCALE_PREFIXES = frozenset(["hu", "th", "mi", "bi", "tr", "do", "mn", "ml", "bn", "bl", "tn"])
_SCALE_FIRST = frozenset("hHtTmMbBdDkK")
_MONTH_LAST = frozenset("".join({m[-1] + m[-1].upper() for m in MONTHS}) + ".")
_MONTH_FIRST = frozenset("JFMASONDo")
_DAY_NEXT = frozenset(" \tsnrt")
_MONTH_ABBREVIATIONS = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)
_TIME_FIRST = frozenset(" \tapAPGBUECh")
_SCI_FIRST = frozenset("eE×x \t")
_SPECIAL_NEXT = frozenset(":/") | _TIME_FIRST
_SPACE_CHARS = frozenset(" \u00a0\u2009\u202f")
_CURRENCY_END = frozenset("$€£¥₹₽₼₺₩₦₱₴₪₫฿s.")
_STRIP = "(\"“‘'[,;:"
_VAGUE_OF = re.compile(r"[ \t]+of[ \t]+(?P<w>hundreds|thousands|millions|billions)\b")
_RANGE_GAP = re.compile(r"[ \t]*(?:(?P<dash>[-–—])|-?[ \t]*(?P<to>to|and|through)|-)[ \t]*")
_FISCAL = re.compile(r"[-–/](?P<yy>[0-9]{4}|[0-9]{2})(?![0-9]|[,.][0-9])")
_ISO_DATE = re.compile(r"-(?P<m>[01][0-9])-(?P<d>[0-3][0-9])(?![0-9])")
_LOCAL_PHONE = re.compile(r"-[0-9]{4}(?![0-9]|[,.][0-9])")
_ADDRESS = re.compile(
    r" (?:[A-Z][a-z]+ ){1,2}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Dr|"
    r"Way|Court|Ct|Place|Pl|Terrace|Crescent|Highway|Hwy)\b"
)
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_INCH = re.compile(r"[ \t]*(?:[.,;:)]|$|\n|thick|long|wide|tall|high|deep|in diameter)")
_CLAUSE_PUNCT = re.compile(r"[.!?,;:\"”)]")


class Figure:
    """A figure found in the text, before it becomes an annotation."""

    __slots__ = (
        "between", "category", "counted", "date", "end", "high", "low", "per", "plain",
        "qualifier", "start", "unit", "vague", "value",
    )

    def __init__(self, start: int, end: int, value: Num | None, category: str) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.category = category
        self.unit: str | None = None
        self.qualifier: str | None = None
        self.low: Num | None = None
        self.high: Num | None = None
        self.counted: str | None = None
        self.vague = False
        self.date: str | None = None
        self.per: str | None = None
        self.between: int | None = None
        self.plain = False  # a bare integer written in digits, as a year would be


def find_figures(text: str, *, decimal_comma: bool = False) -> list[Figure]:
    """Every figure of ``text``, in order, ranges joined.

    Args:
        text: any string.
        decimal_comma: read "3,5" as 3.5 and "1.000" as a thousand (continental style).
    """
    out: list[Figure] = []
    pos = 0
    n = len(text)
    lowered = text.lower()
    if len(lowered) == n:  # lower-casing kept every offset: scan the faster pattern
        words, scanned = P.WORDS_LOWER, lowered
    else:
        words, scanned = P.WORDS, text
    cores = [(m.start(), m.end(), True) for m in P.DIGITS.finditer(text)]
    cores += [(m.start(), m.end(), False) for m in words.finditer(scanned)]
    cores.sort()
    if len(cores) > _DENSE_RUN:
        cores = _without_dense_runs(cores)
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
            if text[s] in P.VULGAR:
                num, den = P.VULGAR[text[s]]
                fig: Figure | None = Figure(s, s + 1, Fraction(num, den), "fraction")
                pos = _after(text, fig, s)  # type: ignore[arg-type]
            else:
                fig, pos = _digits(text, s, e, decimal_comma)
            if fig is not None:
                out.append(fig)
            pos = max(pos, s + 1)
            continue
        word = scanned[s:e]
        if ((word in _ALONE_NOTHING and _last_word(text, s).lower() not in ("a", "an", "one"))
                or (word in _NEEDS_DETERMINER and not _after_determiner(text, s))
                or (word == "one" and (_ONE_PRONOUN.match(text, e) or _after_determiner(text, s)))):
            pos = e  # "half", "point", "at first": no figure, decided cheaply
            continue
        figs, pos = _words(text, s, e)
        out.extend(figs)
        pos = max(pos, e)
    return _join_ranges(text, out)


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


def _digits(text: str, s: int, e: int, decimal_comma: bool) -> tuple[Figure | None, int]:
    tok = text[s:e]
    stripped = tok.rstrip(".,")
    e = s + len(stripped)
    tok = stripped
    prev = text[s - 1] if s else ""
    # digits inside names and codes: "G7", "COVID-19", "i7-860BOX", "MP3"
    if prev.isalpha() or prev == "_" or (prev in "-−" and s >= 2 and text[s - 2].isalpha()
                                         and not _prefix_ok(text, s - 1)):
        return None, _CODE_RUN.match(text, s).end()  # type: ignore[union-attr]
    if prev in ".,/" and s >= 2 and text[s - 2].isdigit():
        return None, _JUNK_RUN.match(text, s).end()  # type: ignore[union-attr]
    if len(tok) > _MAX_DIGITS or not (tok.isdigit() or (
            _VALID_COMMA if decimal_comma else _VALID).fullmatch(tok)):
        return None, _JUNK_RUN.match(text, s).end()  # type: ignore[union-attr]
    nxt = text[e] if e < len(text) else ""
    if nxt in _SPECIAL_NEXT and (nxt != " " or text[e + 1:e + 2] in _TIME_FIRST):
        skip = _special_next(text, s, e, tok, nxt)
        if skip is not None:
            return None, skip
    if prev and prev in "(+" and (pm := P.PHONE.match(text, s - 1)) and pm.end() > e + 3:
        return None, pm.end()
    if (tok[0] == "0" and len(tok) > 1 and tok[1].isdigit()
            and (pm := P.PHONE.match(text, s)) and pm.end() > e + 3):
        return None, pm.end()
    if len(tok) <= 2 and _is_caption_index(text, s, e, tok):
        return None, e
    if decimal_comma:
        value = Decimal(tok.replace(".", "").replace(",", "."))
    else:
        value = Decimal(tok.replace(",", ""))
    plain = tok.isdigit()
    # dates first: "November 10, 2020", "10 November", "Nov 08 2023", "2020-11-10"
    date = _date(text, s, e, tok, value) if plain and len(tok) in (1, 2, 4) else None
    if date is not None:
        return date, date.end
    if tok[0] == "0" and plain and len(tok) > 1:
        return None, e
    if plain and nxt == " " and text[e + 1:e + 2].isupper() and _ADDRESS.match(text, e):
        return None, e  # a street number: "1935 Orchard St."
    if plain and len(tok) == 3 and nxt == "-" and (lm := _LOCAL_PHONE.match(text, e)):
        return None, lm.end()  # a local phone number: "463-3950"
    fig = Figure(s, e, value, "cardinal")
    if plain and len(tok) <= 3 and nxt in _SPACE_CHARS and text[e + 1:e + 2].isdigit():
        gm = P.SPACE_GROUP.match(text, e)
        if gm is not None and (gm.end() >= len(text) or not text[gm.end()].isdigit()):
            e = gm.end()
            value = Decimal(text[s:e].translate(_SPACES))
            fig.end, fig.value = e, value
            plain = False
    fig.plain = plain
    return _digits_rest(text, fig, tok, value, plain)


def _special_next(text: str, s: int, e: int, tok: str, nxt: str) -> int | None:
    """Where to resume when the digits are a time, a ratio or a date, else None."""
    if nxt == ":" and e + 1 < len(text) and text[e + 1].isdigit():
        return _time_end(text, _JUNK_RUN.match(text, e).end())  # type: ignore[union-attr]
    if nxt == "/" and e + 1 < len(text) and text[e + 1].isdigit():
        fm = P.FRACTION_SLASH.match(text, e)
        if fm is None or "." in tok or "," in tok or int(fm.group("den")) == 0:
            return _JUNK_RUN.match(text, s).end()  # type: ignore[union-attr]
    if nxt in _TIME_FIRST and _is_time(text, tok, e):
        return _time_end(text, e)
    return None


def _digits_rest(text: str, fig: Figure, tok: str, value: Decimal,
                 plain: bool) -> tuple[Figure | None, int]:
    """Read what is attached to digits: exponent, fraction, ordinal or decade suffix, scale."""
    e = fig.end
    nxt = text[e] if e < len(text) else ""
    # scientific notation, fractions, ordinals, decades
    sci = nxt in _SCI_FIRST and (nxt not in " \t" or text[e + 1:e + 2] in ("×", "x"))
    sm = P.SCI.match(text, e) if sci else None
    if sm is not None:
        exp = (sm.group("e1") or sm.group("e2")).replace("−", "-")
        fig.value = value * Decimal(10) ** int(exp)
        fig.end = e = sm.end()
        fig.plain = False
    elif e < len(text):
        c = text[e]
        if c == "/" and plain:
            fm = P.FRACTION_SLASH.match(text, e)
            if fm is not None:
                fig.value = Fraction(int(tok), int(fm.group("den")))
                fig.category = "fraction"
                fig.end = fm.end()
                fig.plain = False
                _sign(text, fig)
                return fig, _after(text, fig, fig.start)
        elif c in P.VULGAR and plain:
            num, den = P.VULGAR[c]
            fig.value = Fraction(int(tok)) + Fraction(num, den)
            fig.end = e + 1
            fig.plain = False
            _sign(text, fig)
            return fig, _after(text, fig, fig.start)
        elif plain and text.startswith(("st", "nd", "rd", "th"), e) and _word_end(text, e + 2):
            fig.category = "ordinal"
            fig.end = e + 2
            fig.plain = False
            return fig, fig.end
        elif (plain and c == "s" and _word_end(text, e + 1) and len(tok) in (2, 4)
              and tok[-1] == "0"):
            fig.category = "date"
            fig.end = e + 1
            fig.low, fig.high = value, value + 9
            fig.date = tok + "s"
            if len(tok) == 4:
                fig.value = value
            else:
                fig.value = None
            return fig, fig.end
        elif c == " " and plain and len(tok) <= 3:
            # a mixed number: "2 1/2"
            mm = _MIXED.match(text, e)
            if mm is not None and 0 < int(mm.group(1)) < int(mm.group(2)):
                fig.value = Fraction(int(tok)) + Fraction(int(mm.group(1)), int(mm.group(2)))
                fig.end = mm.end()
                fig.category = "fraction"
                fig.plain = False
                return fig, _after(text, fig, fig.start)
    um = P.UNCERTAINTY.match(text, fig.end) if "±" in text[fig.end:fig.end + 3] or \
        "+" in text[fig.end:fig.end + 3] else None
    if um is not None:
        u = Decimal(um.group("u"))
        if um.group("e"):
            u *= Decimal(10) ** int(um.group("e").replace("−", "-"))
        fig.low, fig.high = fig.value - u, fig.value + u  # type: ignore[operator]
        fig.end = um.end()
        fig.plain = False
    _scale(text, fig)
    _sign(text, fig)
    return fig, _after(text, fig, fig.start)


_SPACES = str.maketrans("", "", " \u00a0\u2009\u202f")
_MIXED = re.compile(r" ([0-9]{1,2})/([0-9]{1,3})(?![0-9/])")


def _word_end(text: str, i: int) -> bool:
    return i >= len(text) or not (text[i].isalnum() or text[i] == "_")


def _prefix_ok(text: str, hyphen: int) -> bool:
    """Whether the word before a hyphen may prefix a figure ("mid-1990s")."""
    m = _PREV_ALPHA.search(text, max(0, hyphen - 12), hyphen)
    return m is not None and m.group().lower() in FIGURE_PREFIXES


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


def _time_end(text: str, e: int) -> int:
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


def _scale(text: str, fig: Figure) -> None:
    """Apply a scale word after digits ("2.4 billion", "$5bn", "1.5m")."""
    e = fig.end
    c = text[e:e + 1]
    if c in " \t":
        if text[e + 1:e + 3].lower() not in _SCALE_PREFIXES:
            return
    elif not c or c not in _SCALE_FIRST:
        return
    m = P.SCALE_AFTER.match(text, e)
    if m is None:
        return
    word = m.group("word") or m.group("abbr")
    if word is None:
        letter = m.group("letter")
        if letter in "mM":
            # "1.5m" is a million with money, before a plural or a unit ("1.5m people",
            # "1m barrels"), or with one decimal ("11.9m"); else metres ("400m", "7.95m")
            digits = text[fig.start:e]
            one_decimal = "." in digits and len(digits) - digits.index(".") == 2
            if not (one_decimal or _currency_before(text, fig.start)
                    or _plural_next(text, m.end()) or P.CURRENCY_AFTER.match(text, m.end())):
                return
        elif letter in "bBT" and not (_currency_before(text, fig.start)
                                      or P.CURRENCY_AFTER.match(text, m.end())):
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


def _sign(text: str, fig: Figure) -> None:
    """Take a minus sign before the digits ("-15", "−273.15"), not a hyphen ("10-20")."""
    s = fig.start
    if s == 0 or text[s - 1] not in "-−+":
        return
    before = text[s - 2] if s >= 2 else ""
    if before and (before.isalnum() or before in ".,/-"):
        return
    if before in " \t" and s >= 3 and (text[s - 3].isdigit() or text[s - 3] in "%"):
        return  # "10 - 20" is a range
    if text[s - 1] in "-−":
        fig.value = -fig.value  # type: ignore[operator]
        if fig.low is not None and fig.high is not None:
            fig.low, fig.high = -fig.high, -fig.low
    fig.start = s - 1
    fig.plain = False


def _currency_match(text: str, s: int) -> re.Match[str] | None:
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


def _currency_before(text: str, s: int) -> str | None:
    m = _currency_match(text, s)
    if m is None:
        return None
    if m.group("sym"):
        return CURRENCY_SYMBOLS[m.group("sym")]
    code = m.group("code")
    return code if code in iso_codes() else None


# -- number words --------------------------------------------------------------------------


def _words(text: str, s: int, e: int, halved: bool = False) -> tuple[list[Figure], int]:
    run = text[s:e]
    if run.isalpha():
        tokens = [Token(run.lower(), s, e)]
    else:
        tokens = [Token(t.group().lower(), t.start(), t.end())
                  for t in _WORD_TOKENS.finditer(text, s, e)]
    if len(tokens) > 40:
        return [], e  # a run of number words this long is no figure
    if tokens[0].word in _ARTICLE_NEXT:
        prev = _prev_words(text, s, 1)
        if prev and prev[0].lower() in ("a", "an"):
            a_start = s - 1 - len(prev[0])
            if text[a_start:a_start + len(prev[0])] == prev[0]:
                tokens.insert(0, Token(prev[0].lower(), a_start, a_start + len(prev[0])))
                half = _last_word(text, a_start)
                if half.lower() == "half" and not halved and (
                        tokens[1].word in SCALES or tokens[1].word == "dozen"):
                    # "half a million": one figure, half the scale
                    figs, end = _words(text, s, e, halved=True)
                    if figs and figs[0].start == a_start and figs[0].value is not None:
                        fig = figs[0]
                        fig.start = a_start - 1 - len(half)
                        fig.value = _divided(fig.value, 2)
                        fig.qualifier = fig.low = fig.high = None
                        _qualify(text, fig)
                    return figs, end
    out: list[Figure] = []
    pos = e
    for wf in parse_words(tokens):
        if wf.kind == "vague":
            fig = Figure(wf.start, wf.end, None, "cardinal")
            fig.vague = True
            base = wf.value
            om = _VAGUE_OF.match(text, wf.end)
            if om is not None:
                base *= {"hundreds": 100, "thousands": 1000, "millions": 10**6,
                         "billions": 10**9}[om.group("w")]
                fig.end = om.end()
            if (text[wf.start:wf.end].lower() in ("tens", "scores") and om is None
                    and not text.startswith(" of ", wf.end)):
                continue  # "tens" and "scores" count only in "tens of", "scores of"
            fig.low = base * 2
            fig.counted = _counted(text, fig.end, allow_of=True, singular=False)
            pos = max(pos, fig.end)
            out.append(fig)
            continue
        fig = Figure(wf.start, wf.end, wf.value, wf.kind)
        word = text[wf.start:wf.end].lower()
        if wf.kind == "ordinal":
            if word in ("first", "second") and not _after_determiner(text, wf.start):
                continue
            out.append(fig)
            continue
        if (wf.kind == "fraction" and word.startswith(("a ", "an "))
                and not text.startswith(" of", wf.end)):
            continue  # "a third" is a fraction in "a third of", else an ordinal use
        if word == "minus" or (wf.start >= 6 and text[wf.start - 6:wf.start].lower() == "minus "):
            fig.value = -fig.value  # type: ignore[operator]
            fig.start -= 6
        end = _after(text, fig, fig.start)
        if fig.category == "cardinal" and fig.unit is None and word == "one" and (
                not fig.counted or _after_determiner(text, wf.start)):
            continue  # "one of the", "no one", "this one costs": not a figure
        pos = max(pos, end)
        out.append(fig)
    return out, pos


_ARTICLE_NEXT = frozenset(
    ["hundred", "thousand", "million", "billion", "trillion", "dozen", "half", "third", "quarter"]
)


def _prev_words(text: str, s: int, n: int = 3) -> list[str]:
    """Up to ``n`` words right before ``s`` (separated from it by spaces), as written."""
    if s == 0 or text[s - 1] not in " \t":
        return []
    lo = max(0, s - 32)
    parts = text[lo:s].split()
    if lo > 0 and parts and not text[lo - 1].isspace():
        parts = parts[1:]
    return parts[-n:]


def _last_word(text: str, s: int) -> str:
    """The word right before ``s`` when one space or tab separates them, else ""."""
    if s < 2 or text[s - 1] not in " \t":
        return ""
    lo = max(0, s - 24)
    i = text.rfind(" ", lo, s - 1)
    return text[i + 1 if i >= 0 else lo : s - 1]


def _after_determiner(text: str, s: int) -> bool:
    return _last_word(text, s).lower() in DETERMINERS


# -- what follows a figure -----------------------------------------------------------------


def _after(text: str, fig: Figure, s: int) -> int:
    """Read percent, currency, unit and the thing counted after ``fig``; return where to go on."""
    e = fig.end
    cur = _currency_before(text, fig.start)
    if cur is not None:
        cm = _currency_match(text, fig.start)
        assert cm is not None
        fig.start = cm.start()
        if cm.group("neg"):
            fig.value = -fig.value  # type: ignore[operator]
        _money(fig, cur)
        _scale_again(text, fig)
        _per(text, fig)
        _qualify(text, fig)
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
        _qualify(text, fig)
        return fig.end
    unit_like = _may_have_unit(text, e)
    cm2 = P.CURRENCY_AFTER.match(text, e) if unit_like else None
    if cm2 is not None and _currency_after(text, fig, cm2):
        _qualify(text, fig)
        return fig.end
    um = P.UNIT.match(text, e) if unit_like else None
    if um is not None and _unit(text, fig, um):
        fig.plain = False
        _qualify(text, fig)
        return fig.end
    if fig.category in ("cardinal",):
        fig.counted = _counted(text, e, allow_of=False, singular=fig.value == 1)
        if fig.plain and 1000 <= fig.value <= 2199 and (  # type: ignore[operator]
                fig.counted is None or fig.counted[:1].isupper() or _after_determiner(text, s)
                or _after_year(text, s)):
            fig.category = "date"
            fig.date = text[fig.start:fig.end]
            fig.counted = None
            _qualify(text, fig)
            return fig.end
    _qualify(text, fig)
    return fig.end


def _divided(value: Num | None, by: int) -> Num | None:
    """``value / by`` (pence in pounds, half a million), keeping ``None``."""
    return None if value is None else value / by


def _after_year(text: str, s: int) -> bool:
    """Whether a year and a conjunction come right before ``s`` ("2000 and 2003 results")."""
    words = _prev_words(text, s, 2)
    return (len(words) == 2 and words[1].lower() in ("and", "or", "to")
            and len(words[0]) == 4 and words[0].isdigit() and 1000 <= int(words[0]) <= 2199)


def _may_have_unit(text: str, e: int) -> bool:
    """A cheap test whether a currency or unit may follow at ``e`` (most words rule it out)."""
    pair = text[e:e + 2]
    if pair[:1] in (" ", "-", "\t"):
        i = e + 1
        while text[i:i + 1] in (" ", "-", "\t") and i < e + 3:
            i += 1
        pair = text[i:i + 2]
    if not pair or not pair[0].isalpha():
        return bool(pair) and not pair[0].isspace() and pair[0] not in _NO_UNIT_START
    if len(pair) < 2 or not pair[1].isalpha() or pair.isupper():
        return True
    return pair.lower() in _UNIT_PREFIXES


def _money(fig: Figure, code: str) -> None:
    fig.category = "money"
    fig.unit = code
    fig.plain = False


def _scale_again(text: str, fig: Figure) -> None:
    """Money written "$5 million US dollars": read a currency word after the scale too."""
    cm = P.CURRENCY_AFTER.match(text, fig.end)
    if cm is not None and cm.group("word") and cm.group("word").lower().startswith("dollar"):
        fig.end = cm.end()


def _currency_after(text: str, fig: Figure, m: re.Match[str]) -> bool:
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
        code = CURRENCY_WORDS[lw]
        if adj:
            base = lw.rstrip("s") if lw not in ("pence",) else lw
            if base.endswith(("rouble", "ruble")):
                base = "rouble"
            code = CURRENCY_ADJECTIVES.get((re.sub(r"\s+", " ", adj.lower()), base), code)
        if lw == "won" and not adj:
            return False
        if lw in ("pound", "pounds") and (text[fig.end:m.start("word")].strip() == "-"
                                          or text.startswith(" of", m.end())):
            # "a twenty-pound bag", "two pounds of rice": weight
            fig.category = "quantity"
            fig.unit = "pound"
            fig.end = m.end()
            return True
        _money(fig, code)
        if lw == "pence":
            fig.value = _divided(fig.value, 100)
        fig.end = m.end()
        _per(text, fig)
        return True
    if m.group("minor") and text[fig.end - 1].isdigit():
        _money(fig, MINOR_CURRENCY["p"])
        fig.value = _divided(fig.value, 100)
        fig.end = m.end()
        return True
    if m.group("cents"):
        _money(fig, MINOR_CURRENCY["cents"])
        fig.value = _divided(fig.value, 100)
        fig.end = m.end()
        return True
    code = m.group("code")
    if code and code.isupper() and code in iso_codes():
        _money(fig, code)
        fig.end = m.end()
        return True
    return False


def _per(text: str, fig: Figure) -> None:
    """A rate after money: "$15.4/hour", "$350 per kg"."""
    m = _PER.match(text, fig.end)
    if m is None:
        return
    um = P.UNIT.match(text, m.end())
    if um is None or um.group("hy").strip():
        return
    name = _unit_name(um, 1)
    if name is None:
        return
    fig.per = name
    fig.end = um.end("pow1") if um.group("pow1") else _unit_end(um, 1)


_PER = re.compile(
    r"[ \t]*/[ \t]*|[ \t]+per[ \t]+|[ \t]+an?[ \t]+(?=(?:hour|day|week|month|year)\b"
    r"(?![ \t]+(?:earlier|later|ago|before|after|on|since|previously|from)\b))"
)


def _unit_end(m: re.Match[str], n: int) -> int:
    return max(m.end(f"word{n}"), m.end(f"sym{n}"))


def _unit_name(m: re.Match[str], n: int) -> str | None:
    word = m.group(f"word{n}")
    if word is not None:
        name = WORD_UNITS.get(re.sub(r"[ \t]+", " ", word.lower()))
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


def _unit(text: str, fig: Figure, m: re.Match[str]) -> bool:
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
            return False  # "50 C outside" is a temperature, "Group 2 C team" is not
    word = m.group("word1")
    if word is not None and word.lower() == "in" and _INCH.match(text, m.end("word1")) is None:
        return False
    if word is not None and word.lower() in ("points", "times", "runs", "goals", "wickets",
                                             "sets", "laps", "storeys", "story"):
        fig.counted = word.lower()
        fig.end = m.end("word1")
        return True
    if word is not None and word.lower() == "second" and fig.category == "ordinal":
        return False
    fig.category = "quantity" if fig.category != "percent" else fig.category
    if name == "percentage point":
        fig.category = "percent"
    fig.unit = name
    fig.end = m.end("pow1") if m.group("pow1") else _unit_end(m, 1)
    if m.group("word2") or m.group("sym2"):
        per = _unit_name(m, 2)
        if per is not None:
            fig.unit = f"{name} per {per}"
            fig.end = m.end()
    return True


def _next_is_word(text: str, i: int) -> bool:
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
    return (w2 is not None and w1.islower() and w1 not in STOP_WORDS and _is_plural(w2)
            and w2.lower() not in _EVENTS)


def _is_plural(w: str) -> bool:
    lw = w.lower()
    if lw in IRREGULAR_PLURALS:
        return True
    if lw in VAGUE:
        return False  # "five mailed thousands": not a noun counted
    if len(lw) <= 3 or not lw.endswith("s") or lw in STOP_WORDS:
        return False
    if lw.endswith(("ss", "us", "'s", "’s")):
        return False
    # "analysis" is singular; "Azerbaijanis", "Israelis" (demonyms) are plural
    return not lw.endswith("is") or w[:1].isupper()


def _counted(text: str, e: int, *, allow_of: bool, singular: bool) -> str | None:
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
            return lw
        if _is_plural(w):
            return w if w[:1].isupper() else lw
        if lw.endswith(("ly", "ed")) or (w[:1].isupper() and key == "w1"):
            if w[:1].isupper():
                return None
            continue
        if lw.endswith("ing") and key != "w1":
            return None
    return None


def _qualify(text: str, fig: Figure) -> None:
    """Read a qualifier before the figure ("nearly", "more than") and set the bound it implies."""
    s = fig.start
    if s < 3 or text[s - 1] not in " \t" or text[s - 3:s - 1].lower() not in _QUALIFIER_TAILS:
        return
    last = _last_word(text, s).lower().lstrip(_STRIP)
    if last not in _QUALIFIER_ENDS:
        return
    words = _prev_words(text, s)
    if not words:
        return
    if words[-1].lower() == "between":
        s = text.rfind(words[-1], 0, s)
        fig.between = s
        words = _prev_words(text, s)
    q = ""
    for k in (3, 2, 1):
        if len(words) >= k:
            cand = " ".join(words[-k:]).lower().lstrip(_STRIP)
            if cand in QUALIFIERS:
                q = cand
                break
    if not q:
        return
    if q == "just" or (q == "some" and fig.category == "date"):
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


# -- dates ---------------------------------------------------------------------------------


def _date(text: str, s: int, e: int, tok: str, value: Decimal) -> Figure | None:
    """A date around digits: "November 10, 2020", "10 November", "Nov 08 2023", "May 2005"."""
    if not tok.isdigit():
        return None
    day = int(tok)
    mword = ""
    if s >= 4 and text[s - 1] == " " and text[s - 2] in _MONTH_LAST:
        mword = _last_word(text, s).rstrip(".").lstrip(_STRIP)
    if mword[:1].isupper() and mword.lower() in MONTHS:
        month = MONTHS[mword.lower()]
        mstart = text.rfind(mword, 0, s)
        if 1 <= day <= 31 and len(tok) <= 2:
            fig = Figure(mstart, e, None, "date")
            ym = P.YEAR_AFTER.match(text, e)
            if ym is not None:
                year = int(ym.group("year"))
                fig.end = ym.end()
                fig.value = Decimal(year)
                fig.date = f"{year:04d}-{month:02d}-{day:02d}"
            else:
                if text.startswith(("st", "nd", "rd", "th"), e) and _word_end(text, e + 2):
                    fig.end = e + 2
                fig.date = f"--{month:02d}-{day:02d}"
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
            ym = P.YEAR_AFTER.match(text, mend)
            if ym is not None:
                year = int(ym.group("year"))
                fig.end = ym.end()
                fig.value = Decimal(year)
                fig.date = f"{year:04d}-{month:02d}-{day:02d}"
            else:
                fig.date = f"--{month:02d}-{day:02d}"
            return fig
    if len(tok) == 4 and 1000 <= day <= 2199 and nxt in "-–/":
        im = _ISO_DATE.match(text, e)
        if im is not None and 1 <= int(im.group("m")) <= 12 and 1 <= int(im.group("d")) <= 31:
            fig = Figure(s, im.end(), Decimal(day), "date")
            fig.date = f"{tok}-{im.group('m')}-{im.group('d')}"
            return fig
        fm = _FISCAL.match(text, e)
        if fm is not None:
            # "2013-14", "1981-87", "1975-1990": a span of years
            yy = fm.group("yy")
            last = int(yy) if len(yy) == 4 else day - day % 100 + int(yy)
            if day < last <= 2199 and (text[e] != "/" or last == day + 1):
                fig = Figure(s, fm.end(), Decimal(day), "date")
                fig.low, fig.high = Decimal(day), Decimal(last)
                fig.date = f"{tok}/{last}"
                return fig
    return None


# -- ranges --------------------------------------------------------------------------------

_RANGEABLE = frozenset({"cardinal", "percent", "money", "quantity"})


def _is_change(text: str, s: int) -> bool:
    """Whether "<verb of change> from" comes before ``s`` ("profits rose from ...")."""
    words = [w.lower() for w in _prev_words(text, s, 4)]
    if "from" not in words:
        return False
    i = len(words) - 1 - words[::-1].index("from")
    return i > 0 and words[i - 1] in CHANGE_VERBS


def _join_ranges(text: str, figs: list[Figure]) -> list[Figure]:
    """Join "between 10 and 20", "10-20", "5 to 7 per cent" into one range figure."""
    out: list[Figure] = []
    i = 0
    while i < len(figs):
        a = figs[i]
        if i + 1 < len(figs) and figs[i + 1].start - a.end <= 12:
            b = figs[i + 1]
            joined = _join(text, a, b)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _join(text: str, a: Figure, b: Figure) -> Figure | None:
    if a.category not in _RANGEABLE or b.category not in _RANGEABLE or a.vague or b.vague:
        return None
    if a.value is None or b.value is None or a.per != b.per:
        return None
    if b.qualifier is not None:
        return None
    gm = _RANGE_GAP.fullmatch(text, a.end, b.start)
    if gm is None:
        return None
    if gm.group("to") == "and" and a.between is None:
        return None
    if a.category != b.category and a.category != "cardinal":
        return None
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return None
    if a.counted is not None:
        return None
    if gm.group("to") == "to" and _is_change(text, a.start):
        return None  # "rose from 19% to 25%": a change between two figures, not a range
    lo, hi = a.value, b.value
    if gm.group("to") is None:
        # "10-20": a dash joins a range only upwards (a score "3-1" is no range)
        if not lo < hi:
            return None
        if a.plain and b.plain and 1000 <= lo <= 2199:
            return None
    r = Figure(a.between if a.between is not None else a.start, b.end, None, "range")
    r.low, r.high = min(lo, hi), max(lo, hi)
    r.unit = b.unit or a.unit
    r.counted = b.counted
    r.qualifier = a.qualifier
    r.per = b.per
    return r
