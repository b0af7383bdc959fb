"""Ages: figures of category ``age``, the value in years, with the person counted.

- a unit of years (or months) followed by "old" or "of age": "a 27-year-old man",
  "27 years old", "18-year-olds", "eighty-two years of age", "a six-month-old baby" (0.5 years),
  and "years old" written short: "a 23yo man", "45 y.o.";
- a figure after "aged", "age", "ages" or "at the age of": "aged 27", and each figure of a
  list of them: "aged 19, 22 and 25";
- a decade of life: "in his 60s", "in her early thirties" (value the decade's first
  year, ``low``/``high`` its bounds, narrowed by "early", "mid" and "late");
- news style after a name: "John Smith (27)", "Maria Lopez, 34, of Madrid",
  "the driver, 45, was ...".
"""

from __future__ import annotations

import re
from decimal import Decimal

from limner_numbers.context import counted
from limner_numbers.figure import Figure, Num
from limner_numbers.lexicon import AGE_BEFORE_LAST, MONTHS, NUMBER_WORDS, split_words

__all__ = ["age_after_unit", "age_before", "age_decade", "age_of_name", "age_written_short"]

_OLD = re.compile(r"(?:[ \t]*-[ \t]*|[ \t]+)olds?\b|[ \t]+of[ \t]+age\b")
#: The words an age is written after: "aged 27", "age 9", "ages 5", "the age of 40" after
#: any word ("at the age of 40", with "at" in the span as before; "over the age of 65",
#: whose "over" is read as a qualifier; "from the age of 12", "by the age of 30").
_AGED_WORDS = (r"(?:\b[Aa]ged?|\b[Aa]ges|(?:\b[Aa]t[ \t]+)?\b[Tt]he[ \t]+age[ \t]+of)"
               r"[ \t]+")
_AGED = re.compile(_AGED_WORDS + "$")
_IN_LIFE = re.compile(
    r"\b[Ii]n[ \t]+(?:his|her|their|my|your|our|its)[ \t]+"
    r"(?:(?P<part>early|mid|late|low|high|upper|lower)(?:[ \t]+|[ \t]*-[ \t]*))?$"
)
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*+[ \t]+){0,2}[A-Z][\w'’-]*+$")
_PROSE_AFTER = re.compile(r",?[ \t]+[a-z]")
_NOUN_BEFORE = re.compile(r"[a-z]{3,}$")
_PARTS = {None: (0, 9), "early": (0, 3), "mid": (4, 6), "late": (7, 9)}
_PARTS.update(low=_PARTS["early"], lower=_PARTS["early"], high=_PARTS["late"],
              upper=_PARTS["late"])
#: The same of the teens, thirteen to nineteen: "in her early teens" 13 to 15.
_TEEN_PARTS = {None: (0, 6), "early": (0, 2), "mid": (1, 3), "late": (4, 6)}
_TEEN_PARTS.update(low=_TEEN_PARTS["early"], lower=_TEEN_PARTS["early"],
                   high=_TEEN_PARTS["late"], upper=_TEEN_PARTS["late"])
_MAX_AGE = 130


def age_after_unit(text: str, fig: Figure) -> bool:
    """Make a quantity of years or months followed by "old" or "of age" an age."""
    if fig.unit not in ("year", "month") or fig.value is None or fig.per:
        return False
    m = _OLD.match(text, fig.end)
    if m is None:
        return False
    if fig.unit == "month":
        fig.value = fig.value / 12
    fig.category = "age"
    fig.unit = "year"
    fig.end = m.end()
    if m.group().endswith("old"):
        fig.counted = counted(text, fig.end, allow_of=False, singular=True)
    # "18-year-olds": the people of that age, a noun of their own, no person after it
    return True


#: "Years old" written short after an age: "a 23yo man", "the 45 y.o. driver", "19yo".
_YEARS_OLD_SHORT = re.compile(r"[ \t]?(?:yo\b|y\.o\.?|y/o\b)")


def age_written_short(text: str, fig: Figure) -> bool:
    """Make a figure followed by "yo" or "y.o." (years old) an age, the person after it
    counted: "a 23yo man", "the 45 y.o. driver"."""
    m = _YEARS_OLD_SHORT.match(text, fig.end)
    if m is None or fig.value is None or not 0 <= fig.value <= _MAX_AGE:
        return False
    fig.category = "age"
    fig.unit = "year"
    fig.end = m.end()
    fig.counted = counted(text, fig.end, allow_of=False, singular=True)
    return True


def age_before(text: str, fig: Figure) -> bool:
    """Make a figure after "aged", "age" or "at the age of" an age ("aged 27"), and each
    figure of a list of ages after them ("aged 19, 22 and 25": 22 and 25 too)."""
    s = fig.start
    if s < 3 or text[s - 1] not in " \t" or text[s - 2] not in AGE_BEFORE_LAST:
        return False
    if fig.value is None or not 0 <= fig.value <= _MAX_AGE:
        return False
    if text[s - 2] == "t":  # "at 65", decided by "a" before it for "about", "that", "just"
        if text[s - 3] == "A":
            return _at_an_age_opening(text, fig)  # "At 30, she was"
        return text[s - 3] == "a" and (_stage_of_life(text, fig) or _value_of_age(text, fig))
    if text[s - 2] in "ow":  # "rises to 67", "is now 59": the value of an age noun
        return _value_of_age(text, fig)
    # each of the words has "ag", a cheap test before the pattern's search of 20 characters
    # (about 8,000 instructions a search, for the "of" of "a total of 65" as much as of "the
    # age of 65")
    m = _AGED.search(text, max(0, s - 20), s) if text[s - 2] in "desf" and (
        "ag" in text[max(0, s - 20):s].lower()) else None
    if m is not None:
        fig.start = m.start()
    else:
        lo = max(0, s - 48)
        if "age" not in text[lo:s].lower():
            return False
        lm = _AGED_LIST.search(text, lo, s)
        if lm is None or not all(w in NUMBER_WORDS for w in _LIST_WORDS.findall(lm["items"])):
            return _value_of_age(text, fig)
        if counted(text, fig.end, allow_of=False, singular=False) is not None:
            return False  # "aged 25 and 30 others": a count after the ages
    return _years_alone(fig)


#: An event of a life reached at an age, and up to four words of its object or place
#: before "at": "retire at 65", "died at 92", "married at 18", "was orphaned at nine",
#: "left school at 15", "learned to swim at six", "started playing the sitar at seven",
#: "emigrated to Perth at 22", "turned professional at 17", "became a mother at 18",
#: "wrote the song at 19", "published his first novel at 24", the steps of a career
#: ("qualified as a doctor at 24", "was called to the bar at 23", "elected to parliament
#: at 31", "ordained a priest at 25", "signed for Arsenal at 17", "joined the army at
#: 16": of a place of work only, not "joined the meeting at 11").  A verb that as often
#: starts a day ("left at 10", "started at 9") is one only with its object of a life
#: ("left school", "started playing").
_STAGE_AT = re.compile(
    r"\b(?:retir(?:e|es|ed|ing)|di(?:e|es|ed)|dying|marr(?:y|ies|ied|ying)|wed|widowed"
    r"|orphaned|emigrat(?:e|es|ed|ing)|graduat(?:e|es|ed|ing)|enlist(?:s|ed)?"
    r"|learn(?:s|ed|t|ing)?[ \t]+to|taught[ \t]+(?:himself|herself|themselves)[ \t]+to"
    r"|(?:leave|leaves|left|leaving|quit|quits)[ \t]+(?:school|home|education)"
    r"|(?:start|starts|started|starting|began|begin|begins)[ \t]+(?:[a-z]+ing|school)"
    r"|(?:took|take|takes|taking)[ \t]+up|turn(?:s|ed)?[ \t]+(?:professional|pro)"
    r"|bec(?:a|o)me|publish(?:es|ed)?|wr(?:ote|itten)|debut(?:s|ed)?|made[ \t]+(?:his|her)"
    r"[ \t]+debut|qualif(?:y|ies|ied|ying)[ \t]+as|elected[ \t]+(?:to|as)|ordained"
    r"|call(?:s|ed)?[ \t]+to[ \t]+the[ \t]+bar|sign(?:s|ed|ing)?[ \t]+for"
    r"|join(?:s|ed|ing)?[ \t]+(?:the[ \t]+)?(?:army|navy|air[ \t]+force|marines|police"
    r"|priesthood|clergy|civil[ \t]+service|academy))(?:[ \t]+[\w'’-]+){0,4}?[ \t]+at[ \t]+$",
    re.IGNORECASE,
)
#: How far before an age :data:`_STAGE_AT` is looked for.
_STAGE_REACH = 64


def _stage_of_life(text: str, fig: Figure) -> bool:
    """Make a whole number after an event of a life and "at" an age, the figure alone in
    the span ("retire at 65", "wrote the song at 19"); not one that counts a noun ("died
    at 10 Downing Street")."""
    if (not _whole_age(fig)
            or _STAGE_AT.search(text, max(0, fig.start - _STAGE_REACH), fig.start) is None
            or _counts_a_noun(text, fig)):
        return False
    return _years_alone(fig)


#: "At" and an age opening a sentence, before the person it is of: "At 30, she was the
#: youngest minister", "At 59, Ardern ...".
_AT_AGE_PERSON = re.compile(
    r",[ \t]+(?:he|she|they|I|we|(?!(?:The|This|That|These|Those|There|It|A|An|In|On|At)\b)"
    r"[A-Z][a-z]+)\b")


def _at_an_age_opening(text: str, fig: Figure) -> bool:
    """Make a whole number after "At" opening a sentence and before a comma and a person
    an age ("At 30, she was ...")."""
    s = fig.start - 3
    if (not _whole_age(fig)
            or (s > 0 and not text[:s].rstrip(" \t\"“'‘(").endswith(("\n", ".", "!", "?")))
            or not _AT_AGE_PERSON.match(text, fig.end)):
        return False
    return _years_alone(fig)


#: An age noun as a subject, and the verb of being or change whose value the figure is:
#: "the pension age will rise to 67", "the average age of a farmer is now 59", "the
#: voting age was lowered to 16", "the age limit for the scheme is 35".
_AGE_IS = re.compile(
    r"(?<![\w-])age(?:[ \t]+(?:limit|threshold|cap|bar|requirement))?"
    r"(?:[ \t]+(?:of|for|at|in|among|across)[ \t]+[^.;:!?\n,]{1,48}?)?"
    r"(?:[ \t]+(?:will|would|could|should|may|might|has|had|have|is|was|are|were|to|be"
    r"|been|being|already|currently|then|still|only|just))*"
    r"[ \t]+(?:is|was|are|were|be|been|stands|stood|remains|remained|rises?|rose|risen"
    r"|rising|raised|lowered|increased|reduced|cut|fell|falls?|fallen|dropped|set|moved"
    r"|pushed|climbed|climbs|goes|went|gone|given|put|now)"
    r"(?:[ \t]+(?:to|at|as|from|now))*[ \t]+$")
#: How far before a figure :data:`_AGE_IS` is looked for.
_AGE_IS_REACH = 100


def _value_of_age(text: str, fig: Figure) -> bool:
    """Make a whole number an age where an age noun is the subject whose value it is
    (:data:`_AGE_IS`), the figure alone in the span; not one with a unit or a noun it
    counts ("the age group rose to 14%")."""
    s = fig.start
    lo = max(0, s - _AGE_IS_REACH)
    if ("age" not in text[lo:s] or not _whole_age(fig)
            or _AGE_IS.search(text, lo, s) is None or _counts_a_noun(text, fig)):
        return False
    return _years_alone(fig)


def _whole_age(fig: Figure) -> bool:
    """Whether ``fig`` could be an age read from its words around it: a whole number of
    a life's length, with no unit of its own."""
    return (fig.unit is None and fig.value is not None and not fig.value % 1
            and 0 < fig.value <= _MAX_AGE)


def _counts_a_noun(text: str, fig: Figure) -> bool:
    """Whether a noun after ``fig`` is what it counts ("at 10 Downing Street")."""
    return counted(text, fig.end, allow_of=False, singular=fig.value == 1) is not None


def _years_alone(fig: Figure) -> bool:
    """Make ``fig`` an age in years, the figure alone in its span (no person counted)."""
    fig.category = "age"
    fig.unit = "year"
    fig.counted = None
    return True


#: A list of ages before a figure: "aged 19, 22 and ", "aged 31 or ", "aged six, ".
_ITEM = r"(?:[0-9]{1,3}|[a-z]+(?:-[a-z]+)?)"
_AGED_LIST = re.compile(
    _AGED_WORDS + rf"(?P<items>{_ITEM}(?:[ \t]*,[ \t]*{_ITEM})*)(?:[ \t]*,)?"
    r"(?:[ \t]+(?:and|or))?[ \t]+$"
)
_LIST_WORDS = re.compile(r"[a-z]+")


def age_decade(text: str, fig: Figure, first: Num, s: int) -> bool:
    """Make a decade written at ``s`` ("60s", "thirties", "teens") an age after "in his" and
    the like, narrowed by "early", "mid", "late" or "low", "high" ("in her high teens" 17
    to 19)."""
    m = _IN_LIFE.search(text, max(0, s - 24), s)
    if m is None or not 10 <= first < _MAX_AGE:
        return False
    lo, hi = (_TEEN_PARTS if first == 13 else _PARTS)[m.group("part")]
    fig.category = "age"
    fig.unit = "year"
    fig.value = Decimal(int(first))
    fig.low, fig.high = Decimal(int(first) + lo), Decimal(int(first) + hi)
    fig.date = None
    fig.start = m.start()
    return True


def age_of_name(text: str, s: int, e: int, value: Decimal) -> Figure | None:
    """An age in news style after a person: "John Smith (27)", "Smith, 27, of Leeds"."""
    if not 0 < value <= _MAX_AGE or s < 3:
        return None
    prev, nxt = text[s - 1], text[e:e + 1]
    if prev == "(" and nxt == ")" and text[s - 2] == " ":
        # a full name, and prose after it: "John Smith (27) was", not "Scotland (8), Tonga"
        m = _NAME_BEFORE.search(text, max(0, s - 50), s - 2)
        if (m is None or len(m.group().split()) < 2 or value < 10
                or not _PROSE_AFTER.match(text, e + 1)):
            return None
        fig = Figure(s - 1, e + 1, value, "age")
        fig.counted = " ".join(m.group().split())
    elif prev == " " and text[s - 2] == "," and nxt == "," and text[e + 1:e + 2] == " ":
        m = _NAME_BEFORE.search(text, max(0, s - 50), s - 2)
        if m is not None and m.start() > 0 and text[m.start() - 1] not in " \t\n\"“(":
            m = None
        if m is None:
            m = _NOUN_BEFORE.search(text, max(0, s - 30), s - 2)
            if m is None or m.group() in NUMBER_WORDS or m.group() in _NOT_PEOPLE:
                return None
        if m.group().lower() in MONTHS:
            return None
        fig = Figure(s, e, value, "age")
        fig.counted = " ".join(m.group().split())
    else:
        return None
    fig.unit = "year"
    return fig


#: Words before ", 45," that are no person ("in total, 45, ...").
_NOT_PEOPLE = frozenset(split_words(
    """
    total all page pages chapter chapters number numbers year years day days week weeks
    and or but than then also now later earlier today yesterday tomorrow however
    """
))
