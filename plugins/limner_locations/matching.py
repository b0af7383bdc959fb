"""Finding place-name candidates in text: capitalised runs looked up in the gazetteer.

A *run* is a sequence of capitalised words (with connectors such as "of"
and separators such as hyphens, apostrophes and abbreviation periods).
Within a run the longest indexed name is taken from left to right.  Each
:class:`Mention` records what the matcher saw around it (the run it sits
in, a dateline, a comma qualifier, a sentence start), which the resolver
turns into evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import regex

from limner import lazy_regex
from limner_locations.folding import TOKEN, fold_token
from limner_locations.forms import FORM_WORD
from limner_locations.gazetteer import (
    AREA,
    CAPITAL,
    CITY,
    COUNTY,
    FLAG_ABBREV,
    FLAG_PRIMARY,
    LAKE,
    MOUNTAIN,
    REGION,
    RIVER,
    SEA,
    Gazetteer,
)
from limner_locations.vocabulary import (
    ABBREVIATIONS,
    CONNECTORS,
    DATE_NAMES,
    DIRECTIONS,
    FEATURE_WORDS,
    FUNCTION_WORDS,
    GROUP_WORDS,
    MODIFIERS,
)

__all__ = ["CALL_SIGN", "CITY_BODIES", "FEATURE_ENDS", "FEATURE_STARTS", "HINT_FUNCTION",
           "HINT_HEADS", "HINT_NAMED", "HINT_SINGLE", "Mention", "find_mentions",
           "scan"]

# a capitalised word (at a word's start, or after a word of 2 to 8 letters in lower case and
# a hyphen: "mid-Wales", "non-EU", "sub-Saharan Africa"), then up to 7 more capitalised
# words or connectors, possessive-free
# (a French or Italian elided article is part of the word it opens: "Côte d'Ivoire",
# "Val-d'Oise"); an abbreviation's period joins it to the next word: a capital letter
# ("N.", "U.S."), an abbreviation of :data:`ABBREVIATIONS` ("St.", "Mt.", "Ga.", "Gen.")
# or, in capitals, the abbreviations of Saint, Sainte, Mount and Fort ("ST. PAUL", "MT.
# VERNON", "FT. WORTH"), which building.py indexes with the full forms; the period of a
# capital letter joins it to a hyphen and the word after ("U.S.-China", "U.K.-EU": no
# sentence ends so); after any other
# word a period ends the sentence ("the South China Sea. Beijing said", "President Xi.
# China"), and so the run (the period is matched before the look back at the word it ends:
# most words of a run end in something else, and the look back is then never tried)
_ABBREVIATED = "|".join(sorted(ABBREVIATIONS, key=lambda a: (-len(a), a)))
_RUN = lazy_regex(
    r"""
    (?:(?<![\w'’.\-])|(?<=(?<![\w'’.\-])[a-z]{2,8}-))
    \p{Lu}[^\W_]*+(?:['‘’ʼ](?![sS]\b)[^\W_]++)*+
    (?:
      (?:[ \t]{1,2}+|[\-‐–]|\.(?<=(?<![\w.])(?:\p{Lu}|ABBREVIATED|STE?|MT|FT)\.)[ \t]?+
         |\.(?<=\p{Lu}\.)[\-‐–])
      (?:(?:[dl]['’])?+\p{Lu}[^\W_]*+(?:['‘’ʼ](?![sS]\b)[^\W_]++)*+|(?:CONNECTORS)
                          (?=[ \t\-](?:\p{Lu}|(?:CONNECTORS)[ \t]\p{Lu})))
    ){0,7}+
    """.replace("CONNECTORS", "|".join(sorted(CONNECTORS))).replace(
        "ABBREVIATED", _ABBREVIATED),
    regex.VERBOSE,
)

# the same runs, for a text whose letters, digits and marks are all ASCII (most news): there
# \p{Lu}, \p{Ll}, \w and [^\W_] are [A-Z], [a-z], [A-Za-z0-9_] and [A-Za-z0-9], and the
# standard engine, the capital letter first, skips to the next capital far faster (the look
# back of the period is one fixed-width look back per form, as that engine asks)
_ASCII_WORD = r"[A-Z][A-Za-z0-9]*+(?:['‘’ʼ](?![sS]\b)[A-Za-z0-9]++)*+"
_ASCII_RUN = re.compile(
    r"""
    [A-Z](?:(?<![A-Za-z0-9_'’.\-][A-Z])|(?<=[a-z]-[A-Z])(?:PREFIX))[A-Za-z0-9]*+(?:['‘’ʼ](?![sS]\b)[A-Za-z0-9]++)*+
    (?:
      (?:[ \t]{1,2}+|[\-‐–]|\.(?:PERIOD)[ \t]?+|\.(?<=[A-Z]\.)[\-‐–])
      (?:(?:[dl]['’])?+WORD|(?:CONNECTORS)
                          (?=[ \t\-](?:[A-Z]|(?:CONNECTORS)[ \t][A-Z])))
    ){0,7}+
    """.replace("CONNECTORS", "|".join(sorted(CONNECTORS))).replace("WORD", _ASCII_WORD)
    .replace("PREFIX", "|".join(  # (a lower-case word and a hyphen: one width each)
        rf"(?<=(?<![A-Za-z0-9_'’.\-])[a-z]{{{n}}}-[A-Z])" for n in range(2, 9)))
    .replace("PERIOD", "|".join(rf"(?<=(?<![A-Za-z0-9_.]){head}\.)" for head in (
        "[A-Z]", *(  # (one look back per width: the standard engine asks a fixed width)
            "(?:" + "|".join(sorted(a for a in ABBREVIATIONS if len(a) == n)) + ")"
            for n in sorted({len(a) for a in ABBREVIATIONS}, reverse=True)),
        "STE", "ST", "MT", "FT"))),
    re.VERBOSE | re.ASCII,
)
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
_WORD_CHAR = lazy_regex(r"\w")
#: the characters outside ASCII met so far: whether each is a word character (letter,
#: digit, mark, connector) for :data:`_RUN`
_WORDLIKE: dict[str, bool] = {}


def runs(text: str) -> Iterator[re.Match[str] | regex.Match[str]]:
    """The capitalised runs of ``text``, as ``_RUN.finditer(text)`` gives them.

    A text with no word character outside ASCII (quotes, dashes and "£"
    do not count) is scanned by :data:`_ASCII_RUN`, which finds the same
    runs faster.
    """
    if not text.isascii():
        wordlike = _WORDLIKE
        for c in set(_NOT_ASCII.findall(text)):
            found = wordlike.get(c)
            if found is None:
                if len(wordlike) > 10_000:
                    wordlike.clear()
                found = wordlike[c] = _WORD_CHAR.match(c) is not None
            if found:
                found_runs: Iterator[regex.Match[str]] = _RUN.finditer(text)  # (regex: untyped)
                return found_runs
    return _ASCII_RUN.finditer(text)


class _Joined(NamedTuple):
    """A run joined to the next across a possessive that is part of a name."""

    text: str
    at: int

    def group(self) -> str:
        return self.text

    def start(self) -> int:
        return self.at


#: The mark of a possessive "'s" that ends its word ("King's Lynn", "Britain's").
_POSSESSIVE = re.compile(r"['\u2019][sS](?!\w)")
#: ... the apostrophes that open every match of it
_APOSTROPHES = ("'", "\u2019")


def _possessives(text: str) -> set[int]:
    """Where the matches of :data:`_POSSESSIVE` begin in ``text``: each apostrophe found by
    a string search, and the pattern asked only where an "s" or "S" follows it (a scan of
    the pattern reads every character of the text)."""
    marks = set()
    match = _POSSESSIVE.match
    find = text.find
    for mark in _APOSTROPHES:
        i = find(mark)
        while i >= 0:
            if text.startswith(("s", "S"), i + 1) and match(text, i) is not None:
                marks.add(i)
            i = find(mark, i + 1)
    return marks


def _names_runs(
    text: str, gaz: Gazetteer
) -> Iterable[re.Match[str] | regex.Match[str] | _Joined]:
    """:func:`runs`, a run that ends before "'s" joined to what follows when some indexed
    name goes on across it ("King's Lynn", "Cox's Bazar", "Martha's Vineyard", "St.
    John's"): a possessive otherwise ends a run ("Britain's Prime Minister").

    A story with no run right before a possessive's mark (found by one set
    intersection of the runs' ends and the marks' places) gets its runs as they are;
    in another, only the runs at a mark are read again, the others copied by slices."""
    if "'s" not in text and "\u2019s" not in text and "'S" not in text and "\u2019S" not in text:
        return runs(text)  # (some stories: no possessive at all, in either case)
    found = list(runs(text))
    marks = _possessives(text)
    ends = [run.end() for run in found]  # (re's or regex's matches)
    if marks.isdisjoint(ends):
        return found
    hits = [i for i, e in enumerate(ends) if e in marks]
    out: list[re.Match[str] | regex.Match[str] | _Joined] = []
    pos = 0  # the runs before pos are in out
    for h in hits:
        if h < pos:
            continue  # (joined to the run before it)
        out.extend(found[pos:h])
        run: re.Match[str] | regex.Match[str] | _Joined = found[h]
        pos = h + 1
        while True:
            joined, goes_on = _across_possessive(text, gaz, run)
            if not goes_on:
                out.append(joined)
                break
            at = joined.start()
            after = at + len(joined.group()) + 1
            if pos < len(found) and found[pos].start() == after:
                following = found[pos]
                pos += 1
                run = _Joined(text[at : following.start() + len(following.group())], at)
                continue  # (the joined run may end before a possessive in turn)
            out.append(joined)
            break
    out.extend(found[pos:])
    return out



def _across_possessive(
    text: str, gaz: Gazetteer, run: re.Match[str] | regex.Match[str] | _Joined
) -> tuple[re.Match[str] | regex.Match[str] | _Joined, bool]:
    """``(run, goes_on)`` for a run that may end before "'s": the run with its "'s" when
    an indexed name ends so or goes on across it, ``goes_on`` when the name may go on
    into the next run ("King's Lynn"); else the run as it is.  What the names say is
    memoised by the run's text and whether a capitalised word follows the "'s"
    (:func:`_across_name`)."""
    n = len(text)
    rt = run.group()
    at = run.start()
    end = at + len(rt)
    if not (end + 1 < n and text[end] in "'\u2019" and text[end + 1] in "sS") or (
            end + 2 < n and text[end + 2].isalnum()):
        return run, False
    capital_after = end + 3 < n and text[end + 2] == " " and text[end + 3].isupper()
    cache = gaz.possessive_cache
    how = cache.get((rt, capital_after))
    if how is None:
        if len(cache) > _NAME_LIMIT:
            cache.clear()
        how = cache[(rt, capital_after)] = _across_name(gaz, rt, capital_after)
    if how < 0:
        return run, False
    return _Joined(text[at:end + 2], at), how > 0


def _across_name(gaz: Gazetteer, rt: str, capital_after: bool) -> int:
    """For a run ``rt`` before "'s": -1 when no indexed name ends with its last words and
    the "s", nor goes on so; 1 when a name may go on into a capitalised word after the
    "'s" (``capital_after``: "King's Lynn"); 0 when a place's own name ends there ("St.
    John's, Newfoundland"; an alternate spelling so written, "Tonga's" of a Cameroonian
    village, is the possessive of the name before it: "Tonga's parliament")."""
    toks = [t[2] for t in _tokens(rt)]
    for k in range(len(toks)):
        key = " ".join([*toks[k:], "s"])
        if any(f & FLAG_PRIMARY for _, f in _names(gaz, key)):
            # (a name that ends so: "St. John's, Newfoundland")
            return 1 if capital_after and _heads(gaz, key) else 0
        if capital_after and _heads(gaz, key):
            return 1
    return -1


#: a hyphen and a broadcast band after capitals: a station's call sign ("WRAZ-TV",
#: "KISS-FM"), not a dateline's dash nor a town's name
_BANDS = "TV|FM|AM|DT|LP"
CALL_SIGN = re.compile(rf"[-\u2010\u2011](?:{_BANDS})\b")
#: the dash and spaces between a dateline and its story ("(Reuters) - ")
_AFTER_DATELINE = re.compile(r"[ \t]*+(?:[—–-][ \t]*+)?")
_DATELINE_AFTER = regex.compile(
    r"(?:,[ \t]*+\p{Lu}[\p{L}.]*+(?:[ \t]\p{Lu}[\p{L}.]*+)?)?"
    rf"(?::|[ \t]*+[—–-](?!(?:{_BANDS})\b)|[ \t]*+\((?:AP|Reuters|AFP|CNN)\))")


class Mention(NamedTuple):
    """A span whose folded text is an indexed name.

    ``before``/``after`` are the capitalised words of the same run outside
    the span (``prev_key`` is the key of a mention ending right before it
    in the same run, if any); ``key`` is the folded name; ``candidates`` the (entry, flags)
    pairs of the gazetteer.
    """

    start: int
    end: int
    key: str
    candidates: tuple[tuple[int, int], ...]
    before: tuple[str, ...]
    prev_key: str
    after: tuple[str, ...]
    sentence_start: bool
    dateline: bool
    abbrev: bool = False  # some candidate is an abbreviation that needs a comma before it
    hint: int = 0  # what the run alone says about it: HINT_* bits


#: a one-word name
HINT_SINGLE = 1
#: a one-word name that is a function word ("May", "Of")
HINT_FUNCTION = 2
#: a capitalised word (not a function word or direction) right before it in the run
HINT_NAMED = 4
#: it heads an "X of Y" name ("Council of Europe")
HINT_HEADS = 8


_Item = tuple[int, int, str, tuple[tuple[int, int], ...], tuple[str, ...], tuple[str, ...],
              str, bool, bool, int]
_NOT_NAME_WORDS = FUNCTION_WORDS | DIRECTIONS | MODIFIERS
_CACHE_LIMIT = 300_000
_NAME_LIMIT = 100_000  # names and prefixes looked up (see :func:`_names`, :func:`_heads`)
_MAX_NAME = 120  # longer than any indexed name; keeps trie look-ups short on huge "words"


#: what follows a town's "City" when the words name its government ("Leeds City Council")
CITY_BODIES = frozenset(["council", "councils", "councillor", "councillors", "councilor",
                          "councilors", "hall", "manager", "commission", "commissioners",
                          "mayor", "police", "schools", "clerk", "attorney"])


def _biggest_town(gaz: Gazetteer, key: str, own: bool = False,
                  besides: frozenset[int] = frozenset()) -> int:
    """The population of the biggest town or city of that name (0 when none); with ``own``,
    only of the towns whose own name it is (not an alternate spelling); never of the
    entries ``besides``."""
    return max((gaz.pop[i] for i, f in gaz.lookup(key) if gaz.feature[i] in (CITY, CAPITAL)
                and (f & FLAG_PRIMARY or not own) and i not in besides), default=0)


def _names(gaz: Gazetteer, key: str) -> tuple[tuple[int, int], ...]:
    """The (entry, flags) pairs of a folded name, empty if it is not indexed (memoised)."""
    found: tuple[tuple[int, int], ...] | None = gaz.name_cache.get(key)
    if found is None:
        if len(gaz.name_cache) > _NAME_LIMIT:
            gaz.name_cache.clear()
        found = gaz.name_cache[key] = tuple(gaz.lookup(key))
    return found


def _heads(gaz: Gazetteer, token: str) -> bool:
    """Whether some indexed name of more tokens starts with this folded token, or these
    folded tokens, and a space (memoised)."""
    found: bool | None = gaz.head_cache.get(token)
    if found is None:
        if len(gaz.head_cache) > _NAME_LIMIT:
            gaz.head_cache.clear()
        found = gaz.head_cache[token] = next(gaz.trie.iterkeys(token + " "), None) is not None
    return found


def _tokens(run: str) -> list[tuple[int, int, str]]:
    """The tokens of a run: (start, end, folded form).

    A run of ASCII letters and single spaces, most runs, is split at its
    spaces, and its words folded by lowering them (the same tokens as
    :data:`TOKEN` and :func:`fold_token` give, which read the others).
    """
    if run.isascii() and run.replace(" ", "").isalpha() and "  " not in run and (
            run[0] != " " != run[-1]):
        out = []
        start = 0
        for word in run.lower().split(" "):
            end = start + len(word)
            out.append((start, end, word))
            start = end + 1
        return out
    return [(m.start(), m.end(), fold_token(m.group())) for m in TOKEN.finditer(run)]


#: ... and what follows a shire's "County" when the words name its council ("Kent County
#: Council", "Hampshire County Councillor")
_COUNTY_BODIES = frozenset(["council", "councils", "councillor", "councillors", "hall"])


def _match_run(run: str, gaz: Gazetteer) -> tuple[_Item, ...]:
    """The names inside one run, offsets relative to the run (memoised by the caller).

    From each capitalised token, the longest indexed name of whole tokens is
    taken: the folded rest of the run (at most ``_MAX_NAME`` characters) cut
    at each token's end, longest first.  Only a token that begins some name
    of several tokens (:func:`_heads`) is tried with the tokens after it, and
    only as many of them as some name that begins so has.
    """
    if run.isalpha() and run.isascii():
        return _match_word(run, gaz)
    toks = _tokens(run)
    n = len(toks)
    out: list[_Item] = []
    i = 0
    after_mention = 0
    prev_key = ""
    names = gaz.name_cache
    heads = gaz.head_cache
    while i < n:
        s0, _, first = toks[i]
        if not run[s0].isupper() or len(first) > _MAX_NAME:
            i += 1
            continue
        best_j = -1
        best_key = ""
        cands: tuple[tuple[int, int], ...] | None = None
        ends: list[int] = []
        if i + 1 < n:
            head = heads.get(first)
            if head is None:
                head = _heads(gaz, first)
            if head:
                joined = " ".join([t[2] for t in toks[i:]])[:_MAX_NAME]
                limit = len(joined)
                length = -1
                for t in toks[i:]:
                    length += len(t[2]) + 1
                    if length > limit:
                        break
                    ends.append(length)
                # (a name of k + 2 tokens starts with its first k + 1 tokens and a space:
                # the longer keys are looked up only as far as some name goes on so)
                top = len(ends) - 1
                reach = 1
                while reach < top:
                    more = heads.get(joined[:ends[reach]])
                    if more is None:
                        more = _heads(gaz, joined[:ends[reach]])
                    if not more:
                        break
                    reach += 1
                for k in range(min(top, reach), 0, -1):
                    key = joined[:ends[k]]
                    cands = names.get(key)
                    if cands is None:
                        cands = _names(gaz, key)
                    if cands:
                        best_j, best_key = i + k, key
                        break
        if best_j < 0:
            cands = names.get(first)
            if cands is None:
                cands = _names(gaz, first)
            if not cands:
                i += 1
                continue
            best_j, best_key = i, first
        assert cands is not None  # the names of the run's longest name found
        if first == "the" and best_j > i and best_j + 1 < n and not any(
                f & FLAG_PRIMARY for _, f in cands or ()):
            # a name opening with "The" that is only an alternate spelling gives way to a
            # longer name that opens after "The" and crosses its end ("The Fort Worth school
            # district" is Fort Worth, not "The Fort", an old name of Augusta)
            s1 = toks[i + 1][0]
            rest = _match_run(run[s1:], gaz)
            if rest and rest[0][0] == 0 and s1 + rest[0][1] > toks[best_j][1]:
                i += 1
                continue
        if best_j > i and toks[best_j][2] == "city" and best_j + 1 < n and (
                toks[best_j + 1][2] in CITY_BODIES):
            # "Cambridge City Council" is Cambridge's council, not that of Cambridge City,
            # Indiana: before a word of :data:`CITY_BODIES`, the name before "City" wins
            # when its biggest town is ten times bigger than any town whose own name is "X
            # City" ("Salt Lake City Council", "Boulder City Council" keep the city); a
            # division or an alternate spelling called "X City" never wins so ("Dublin City
            # Council" in Ohio is not the district of Dublin City, Ireland, nor Dublin's
            # Irish alternate name); a town whose English name is its own and "City"
            # ("Quebec City") is one of those towns ("Quebec City Council" is Quebec's)
            short = best_key[: ends[best_j - i - 1]]
            same = frozenset(e for e, f in _names(gaz, short) if f & FLAG_PRIMARY)
            if (10 * _biggest_town(gaz, best_key, own=True, besides=same)
                    < _biggest_town(gaz, short)):
                best_j, best_key = best_j - 1, short
                cands = _names(gaz, short)
        if best_j > i and toks[best_j][2] == "county" and best_j + 1 < n and (
                toks[best_j + 1][2] in _COUNTY_BODIES):
            # "Hampshire County Council" is the council of Hampshire, England, not of
            # Hampshire County, West Virginia: before a word of a council, the name before
            # "County" wins when it is a county outside the US, named bare as the English
            # and Irish shires are ("Montgomery County Council" stays Maryland's)
            short = best_key[: ends[best_j - i - 1]]
            bare = _names(gaz, short)
            if any(gaz.feature[e] == COUNTY and gaz.country(e) != "US" for e, _f in bare):
                best_j, best_key, cands = best_j - 1, short, bare
        # abbreviations keep their final period ("U.S.", "W.Va.", "Ga.")
        abbrev = False
        for _, f in cands:
            if f & FLAG_ABBREV:
                abbrev = True
                break
        period = (best_j > i and run[toks[best_j][0] - 1] == ".") or abbrev
        before = tuple([run[a:b] for a, b, _ in toks[:i]]) if i else ()
        after = tuple([run[a:b] for a, b, _ in toks[best_j + 1:]]) if best_j + 1 < n else ()
        if len(after) > 1 and after[0] == "on" and toks[best_j + 2][2] in DATE_NAMES:
            # "on" and a date is no part of the name's run, which ends before it: "in Truro
            # on Saturday", "off Lampedusa on Monday" (as "Stratford on Avon" is one name)
            after = ()
        hint = 0
        if " " not in best_key:
            hint |= HINT_SINGLE | (HINT_FUNCTION if best_key in FUNCTION_WORDS else 0)
        if before and before[-1][:1].isupper() and before[-1].lower() not in _NOT_NAME_WORDS:
            hint |= HINT_NAMED
        if len(after) >= 2 and after[0] in ("of", "de", "du", "del"):
            hint |= HINT_HEADS
        out.append((s0, toks[best_j][1], best_key, cands, before, after,
                    prev_key if after_mention == i and i > 0 else "", period, abbrev, hint))
        i = after_mention = best_j + 1
        prev_key = best_key
    return tuple(out)


def _match_word(run: str, gaz: Gazetteer) -> tuple[_Item, ...]:
    """:func:`_match_run` of a run of one word of ASCII letters, most runs: its one token
    is the word lowered, and it has no words before or after it."""
    if not run[0].isupper() or len(run) > _MAX_NAME:
        return ()
    first = run.lower()
    cands = gaz.name_cache.get(first)
    if cands is None:
        cands = _names(gaz, first)
    if not cands:
        return ()
    abbrev = False
    for _, f in cands:
        if f & FLAG_ABBREV:
            abbrev = True
            break
    hint = HINT_SINGLE | (HINT_FUNCTION if first in FUNCTION_WORDS else 0)
    return ((0, len(run), first, cands, (), (), "", abbrev, abbrev, hint),)


_OPENERS = frozenset(".!?:;\n\"“‘([")
_CLOSERS = frozenset("\"'’”)]")


def _after_the(rt: str, gaz: Gazetteer,
               cache: dict[str, tuple[tuple[_Item, ...], bool]]) -> tuple[_Item, ...]:
    """The name of a whole run after a lower-case "the" that the gazetteer indexes with
    "the" ("the States" is the United States, "the Gulf" the Persian Gulf, "the Amazon"
    its basin: not the town of Gulf or the firm), as one item spanning the run; else
    ``()``.  The run is read as at a sentence's opening ("The Gulf"), so both forms are
    one name (memoised with the runs).

    A run of ASCII words (most) not yet read so is read only when the index holds "the"
    and its first word as a name, for a run of one word, or as the head of a longer name
    (:func:`_heads`), which every name of the whole run opening with "the" needs."""
    opened = "The " + rt
    found = cache.get(opened)
    if found is None:
        if rt.isascii() and rt.replace(" ", "").isalpha() and "  " not in rt:
            space = rt.find(" ")
            if not (_heads(gaz, "the " + rt[:space].lower()) if space > 0 else _names(
                    gaz, "the " + rt.lower())):
                return ()
        found = cache[opened] = (_match_run(opened, gaz), FORM_WORD.search(opened) is not None)
    items = found[0]
    if len(items) != 1 or items[0][0] != 0 or items[0][1] != len(opened) or not (
            items[0][2].startswith("the ")):
        return ()
    _s, _e, key, cands, _b, _a, _p, period, abbrev, hint = items[0]
    return ((0, len(rt), key, cands, (), (), "", period, abbrev, hint),)


#: a word in lower case and a hyphen right before a run ("sub-Saharan Africa", "mid-Wales"):
#: a run never opens in lower case, but a name may
_PREFIXED = re.compile(r"(?<![\w'’.\-])[a-z]{2,8}-$")


def _after_prefix(prefix: str, rt: str, gaz: Gazetteer,
                  cache: dict[str, tuple[tuple[_Item, ...], bool]]) -> tuple[_Item, ...]:
    """The names of a run read with the hyphenated word before it (``prefix``, see
    :data:`_PREFIXED`), when the first opens the prefix and ends inside the run ("sub-Saharan
    Africa" is Sub-Saharan Africa, not Africa), their offsets still relative to the run
    (the first negative); else ``()`` (memoised with the runs)."""
    opened = prefix[0].upper() + prefix[1:] + rt
    found = cache.get(opened)
    if found is None:
        found = cache[opened] = (_match_run(opened, gaz), FORM_WORD.search(opened) is not None)
    items = found[0]
    shift = len(prefix)
    if not items or items[0][0] != 0 or items[0][1] <= shift:
        return ()
    return tuple([(s0 - shift, e0 - shift, key, cands, before, after, prev, period, abbrev, hint)
                  for s0, e0, key, cands, before, after, prev, period, abbrev, hint in items])


#: a natural feature's word in lower case right after a run ("the Jordan river", "the
#: Atlas mountains"): where the gazetteer holds the name with the word as a feature ("Jordan
#: River"; its names before the word are ``Gazetteer.feature_bases``), the mention is that
#: feature, the word with it (see :func:`scan`)
_FEATURE_AFTER = re.compile(rf" ({'|'.join(FEATURE_WORDS + GROUP_WORDS)})\b")
_FEATURES = frozenset([RIVER, LAKE, MOUNTAIN, SEA, AREA])
#: ... the words with their space
FEATURE_ENDS = tuple(f" {w}" for w in FEATURE_WORDS)
#: ... and their first two characters, asked first (a slice and a set: most names are
#: followed by none)
FEATURE_STARTS = frozenset(w[:2] for w in FEATURE_ENDS)
#: ... and so a plural noun of countries after a group's adjective ("the Baltic states", "the
#: Nordic countries"), where the gazetteer holds the two as a region, which the mention is
#: (see :data:`limner_locations.vocabulary.GROUP_WORDS`): a natural feature's word or a
#: group's noun, by their first two characters
_AFTER_STARTS = FEATURE_STARTS | frozenset(f" {w}"[:2] for w in GROUP_WORDS)
_GROUPS = frozenset(GROUP_WORDS)


#: of a gazetteer's ``feature_bases`` (by its index's path), the group's adjectives that
#: name nothing alone, capitalised ("Nordic" of the Nordic countries), which end a run of no
#: name (see :func:`_group_adjective`; made at a gazetteer's first scan)
_ADJECTIVES: dict[object, tuple[str, ...]] = {}


def _group_adjective(run: str, bases: frozenset[str]) -> tuple[_Item, ...]:
    """A run that holds no name but ends with a group's adjective ("Nordic" of "the Nordic
    countries", "Leaders of the Nordic"): the adjective as a mention without candidates,
    which :func:`scan` keeps only before its group's noun (asked once a run's text, as the
    run's names are, and only of a run that ends with one of :data:`_ADJECTIVES`: memoised
    with them)."""
    lone = run[run.rfind(" ") + 1:].lower()
    if lone not in bases:
        return ()
    return ((len(run) - len(lone), len(run), lone, (), (), (), "", False, False, 0),)


def find_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    """Longest indexed names inside capitalised runs, left to right, not overlapping."""
    return scan(text, gaz)[0]


def scan(text: str, gaz: Gazetteer) -> tuple[list[Mention], bool]:
    """:func:`find_mentions`, and whether some capitalised run holds a word of
    :data:`limner_locations.forms.FORM_WORD` (a text where none does has no street or
    natural feature found by its form: ``add_forms(..., features=False)``)."""
    cache: dict[str, tuple[tuple[_Item, ...], bool]] = gaz.run_cache
    n = len(text)
    out: list[Mention] = []
    make = tuple.__new__
    dateline_after = _DATELINE_AFTER.match
    form_word = FORM_WORD.search
    features = False
    opened = -1  # where the text after a dateline begins
    bases = gaz.feature_bases
    adjectives = _ADJECTIVES.get(gaz.path)
    if adjectives is None:
        adjectives = _ADJECTIVES[gaz.path] = tuple(sorted(
            b.title() for b in bases if not b.startswith("the ") and not _names(gaz, b)))
    for run in _names_runs(text, gaz):
        rt = run.group()
        found = cache.get(rt)
        if found is None:
            if len(cache) > _CACHE_LIMIT:
                cache.clear()
            items = _match_run(rt, gaz)
            if not items and rt.endswith(adjectives):
                items = _group_adjective(rt, bases)
            found = cache[rt] = (items, form_word(rt) is not None)
        items, feature = found
        if feature:
            features = True
        base = run.start()
        if base > 3 and text.startswith("the ", base - 4) and (
                base == 4 or not text[base - 5].isalpha()):
            items = _after_the(rt, gaz, cache) or items
        elif base > 2 and text[base - 1] == "-" and (
                prefixed := _PREFIXED.search(text, base - 10, base)) is not None:
            items = _after_prefix(text[prefixed.start():base], rt, gaz, cache) or items
        if not items:
            continue
        for s0, e0, key, cands, before, after, prev_key, period, abbrev, hint in items:
            start, end = base + s0, base + e0
            if period and end < n and text[end] == ".":
                end += 1
            elif not after and key in bases and text[end:end + 2] in _AFTER_STARTS and (
                    feature_after := _FEATURE_AFTER.match(text, end)) is not None and (
                    natural := tuple(c for c in _names(
                        gaz, f"{key.removeprefix('the ')} {feature_after.group(1)}")
                        if gaz.feature[c[0]] in _FEATURES or (
                            gaz.feature[c[0]] == REGION and feature_after.group(1) in _GROUPS))):
                # (the feature that the gazetteer holds wins over a country, a state or a
                # town of the name: "the Jordan river", "the Colorado river"; and so does a
                # group of countries over a sea or a gulf: "the Baltic states", "The Gulf
                # states", whose article, indexed with "the Gulf", leaves the span)
                if key.startswith("the "):
                    key = key[4:]
                    if text[start:start + 4].lower() == "the ":
                        start += 4
                end = feature_after.end()
                key = f"{key} {feature_after.group(1)}"
                cands = natural
                hint &= ~(HINT_SINGLE | HINT_FUNCTION)
            elif not cands:
                continue  # (a group's adjective without its group's noun)
            # a sentence starts before it: only spaces back to an opener or a closing quote
            j = start - 1
            while j >= 0 and text[j] in " \t":
                j -= 1
            if j < 0:
                sentence_start = True
            else:
                ch = text[j]
                # (the story's first sentence opens after its dateline: "NEW DELHI — Air
                # quality", "LONDON (Reuters) - Police")
                sentence_start = ch in _OPENERS or (
                    ch in _CLOSERS and j > 0 and text[j - 1] in ".!?") or start == opened
            # (the pattern is asked last: few sentence-opening names are in capitals or
            # before a comma)
            dateline = sentence_start and (
                text[start:end].isupper() or text.startswith(",", end)) and (
                (found_dateline := dateline_after(text, end, min(n, end + 40))) is not None)
            if sentence_start and not dateline and key.startswith("the ") and text.startswith(
                    "The ", start) and not any(
                        gaz.name(e).startswith("The ") for e, _f in cands):
                # a name indexed with "the" that its place's own name lacks leaves the article
                # out of its span where it opens a sentence ("The Gulf states pledged aid":
                # the Persian Gulf), as after a lower-case "the" (see :func:`_after_the`);
                # "The Hague court ruled", "The Netherlands will" keep theirs
                start += 4
            if dateline:
                gap = _AFTER_DATELINE.match(text, found_dateline.end())
                opened = gap.end() if gap else found_dateline.end()
            out.append(make(Mention, (start, end, key, cands, before, prev_key, after,
                                      sentence_start, dateline, abbrev, hint)))
    return out, features
