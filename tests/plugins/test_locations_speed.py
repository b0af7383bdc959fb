"""The locations plugin's fast paths give what the plain ones give, on any input.

Each fast path of the plugin replaced a plain one that was simpler to read;
the plain one is kept here as the reference, and hypothesis (and the public
corpora, when present) check that both agree.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

import pytest
import regex
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import limner
from limner.testing import nasty_texts, news_texts, texts
from limner_locations import forms, gazetteer, proximity, resolving
from limner_locations.folding import TOKEN, fold_token
from limner_locations.gazetteer import (
    CAPITAL,
    CITY,
    COUNTY,
    DISTRICT,
    FEATURES,
    FLAG_ABBREV,
    FLAG_ADMIN1,
    FLAG_DEMONYM,
    FLAG_PRIMARY,
    FLAG_SHORT,
    REGION,
)
from limner_locations.matching import (
    _ABBREVIATED,
    _ASCII_RUN,
    _COUNTY_BODIES,
    _MAX_NAME,
    _NOT_NAME_WORDS,
    _POSSESSIVE,
    _RUN,
    CITY_BODIES,
    HINT_FUNCTION,
    HINT_HEADS,
    HINT_NAMED,
    HINT_SINGLE,
    _across_possessive,
    _after_the,
    _biggest_town,
    _Joined,
    _match_run,
    _possessives,
    _tokens,
    runs,
    scan,
)
from limner_locations.resolving import (
    _AFTER_NAME,
    _CURRENCY,
    _CURRENCY_OF,
    _CURRENCY_REACH,
    _DATELINE_MARK,
    _DOLLAR_COUNTRIES,
    _DOLLAR_MARK,
    _HELD_MARK,
    _IN_PLACE,
    _IN_PLACE_ENDS,
    _LOCAL,
    _LOCAL_NOUN,
    _MOVED_MARK,
    _NATURAL,
    _NATURAL_MARK,
    _NOT_LETTERS,
    _OF_KEYS,
    _OF_PREFIX,
    _PRIOR,
    _PUBLIC,
    _PUBLIC_FRAGMENTS,
    _PUBLIC_LIFE,
    _SEARCHES,
    _SPEAKER_WORD,
    _SPEECH,
    _SPEECH_AT,
    CONTAINED_KM,
    DATELINE_DIVISION,
    DOLLAR,
    MOVED_TO,
    NATURAL_THE,
    SHORT_FORM,
    _among_words,
    _before_speech,
    _by_latitude,
    _candidate,
    _currencies,
    _division_namesake,
    _holder,
    _is_strong,
    _LowerWords,
    _prior,
    _public_life,
    _qualified,
    _speaks,
    _sure,
)
from limner_locations.vocabulary import DATE_NAMES, FUNCTION_WORDS


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.open_gazetteer()


def plain_match_run(run: str, gaz: gazetteer.Gazetteer) -> tuple[Any, ...]:
    """The names inside one run, as the matcher found them before its fast path: every
    indexed prefix of the folded rest of the run, the longest ending at a token's end."""
    toks = [(m.start(), m.end(), fold_token(m.group())) for m in TOKEN.finditer(run)]
    n = len(toks)
    out = []
    i = after_mention = 0
    prev_key = ""
    while i < n:
        s0 = toks[i][0]
        if not run[s0].isupper():
            i += 1
            continue
        bounds = []
        length = -1
        for t in toks[i:]:
            length += len(t[2]) + 1
            bounds.append(length)
        joined = " ".join(t[2] for t in toks[i:])[:_MAX_NAME]
        best_j, best_key = -1, ""
        for key in gaz.prefixes(joined):
            if len(key) in bounds:
                j = i + bounds.index(len(key))
                if j > best_j:
                    best_j, best_key = j, key
        if best_j < 0:
            i += 1
            continue
        if best_j > i and toks[best_j][2] == "city" and best_j + 1 < n and (
                toks[best_j + 1][2] in CITY_BODIES):
            short = best_key[: bounds[best_j - i - 1]]
            same = frozenset(e for e, f in gaz.lookup(short) if f & FLAG_PRIMARY)
            if 10 * _biggest_town(gaz, best_key, own=True, besides=same) < _biggest_town(
                    gaz, short):
                best_j, best_key = best_j - 1, short
        if best_j > i and toks[best_j][2] == "county" and best_j + 1 < n and (
                toks[best_j + 1][2] in _COUNTY_BODIES):
            short = best_key[: bounds[best_j - i - 1]]
            if any(gaz.feature[e] == COUNTY and gaz.country(e) != "US"
                   for e, _f in gaz.lookup(short)):
                best_j, best_key = best_j - 1, short
        cands = tuple(gaz.lookup(best_key))
        abbrev = any(f & FLAG_ABBREV for _, f in cands)
        period = (best_j > i and run[toks[best_j][0] - 1] == ".") or abbrev
        before = tuple(run[a:b] for a, b, _ in toks[:i])
        after = tuple(run[a:b] for a, b, _ in toks[best_j + 1:])
        if len(after) > 1 and after[0] == "on" and toks[best_j + 2][2] in DATE_NAMES:
            after = ()  # ("in Truro on Saturday": a date ends the name's run)
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


def _runs(text: str) -> list[str]:
    return [m.group() for m in _RUN.finditer(text)]


def _agree(gaz: gazetteer.Gazetteer, text: str, cold: bool) -> None:
    for run in _runs(text):
        if cold:  # the memos empty, as in a new process, then filled
            gaz.name_cache.clear()
            gaz.head_cache.clear()
        assert _match_run(run, gaz) == plain_match_run(run, gaz), run


#: words of names of one, two and more tokens, with the connectors, abbreviations and
#: "City" bodies the matcher treats apart, and words that are no place
_WORDS = ["New", "York", "City", "Council", "Salt", "Lake", "Cambridge", "Boulder", "Rio", "de",
          "Janeiro", "Port", "au", "Prince", "U.S.", "W.Va.", "Ga.", "S.C.", "Isle", "of", "Man",
          "São", "Paulo", "ZÜRICH", "Füzuli", "O'Fallon", "Azerbaijan’s", "Republic", "the",
          "Congo", "Democratic", "Mr", "The", "In", "May", "Of", "Police", "Mayor", "Georgia",
          "Washington", "Springfield", "Aix", "en", "Provence", "Middle", "East", "Xx", "Q",
          "Kelleyland", "Las", "Vegas", "St.", "Louis", "Bay", "Area", "a" * 130, "Ⅻ", "ǅ", "on",
          "Monday", "Truro"]
_SEPARATORS = [" ", "  ", "-", ". ", ".", ", ", " and ", "\u2013", "'s ", "\n"]


@st.composite
def place_runs(draw: st.DrawFn) -> str:
    """Texts dense in capitalised runs, names and the matcher's special cases."""
    n = draw(st.integers(1, 14))
    parts = []
    for _ in range(n):
        parts.append(draw(st.sampled_from(_WORDS)))
        parts.append(draw(st.sampled_from(_SEPARATORS)))
    return "".join(parts)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(place_runs(), st.booleans())
def test_fast_matcher_equals_plain_on_names(gaz: gazetteer.Gazetteer, text: str,
                                            cold: bool) -> None:
    _agree(gaz, text, cold)


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(texts(400) | news_texts(40) | nasty_texts(20), st.booleans())
def test_fast_matcher_equals_plain_on_any_text(gaz: gazetteer.Gazetteer, text: str,
                                               cold: bool) -> None:
    _agree(gaz, text, cold)


@pytest.fixture(scope="module", params=["bbc/bbc.jsonl", "lgl/lgl.jsonl"])
def stories(request: pytest.FixtureRequest,
            corpus: Callable[[str], list[dict[str, Any]]]) -> list[str]:
    """The texts of a BBC or LGL story file, read once for all the tests of this module."""
    read = [record["text"] for record in corpus(request.param)]
    assert len(read) > 500
    return read


@pytest.mark.slow
def test_fast_matcher_equals_plain_on_corpora(gaz: gazetteer.Gazetteer,
                                              stories: list[str]) -> None:
    runs = {run for text in stories for run in _runs(text)}
    assert len(runs) > 1000
    gaz.name_cache.clear()
    gaz.head_cache.clear()
    differ = [run for run in sorted(runs) if _match_run(run, gaz) != plain_match_run(run, gaz)]
    assert not differ, differ[:10]


# -- the resolver's question "is this name also a lower-case word of the story?" ----------------

_TEXT_CHARS = st.sampled_from(["a", "b", "ab", "us", " ", "\u00a0", "\u3000", "\x85", "\x1c",
                               ".", "-", "’", "'", "é", "1", "_", "\u2028", "A", "\n", "\t"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_TEXT_CHARS, max_size=20).map("".join) | st.text(max_size=30),
       st.lists(_TEXT_CHARS, max_size=3).map("".join) | st.text(max_size=4))
def test_word_search_equals_word_set(text: str, word: str) -> None:
    assert _among_words(text, word) == (word in set(text.translate(_NOT_LETTERS).split()))


# -- the matcher's tokens of a run ------------------------------------------------------------


def plain_tokens(run: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), fold_token(m.group())) for m in TOKEN.finditer(run)]


_RUN_PARTS = st.sampled_from(["New", "york", "A", "ST", "x", " ", "  ", "-", ".", "'", "O'Neil",
                              "Füzuli", "İ", "ß", "1", "_", "\t", "’s"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_RUN_PARTS, max_size=12).map("".join) | st.text(max_size=30))
def test_tokens_of_a_run_equal_plain(run: str) -> None:
    assert _tokens(run) == plain_tokens(run)


# -- "is this name also a lower-case word of the story?", asked again and again ---------------


class PlainLowerWords(_LowerWords):
    """:class:`_LowerWords` without its memo of answers: every question searches."""

    def has(self, word: str) -> bool:
        if self.words is not None:
            return word in self.words
        self.asked += 1
        return self._search(word)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT_CHARS, max_size=40).map("".join),
       st.lists(st.sampled_from(["a", "b", "ab", "us", "é", "1"]), max_size=80))
def test_lower_words_memo_equals_plain(text: str, questions: list[str]) -> None:
    fast, plain = _LowerWords(text), PlainLowerWords(text)
    assert [fast.has(q) for q in questions] == [plain.has(q) for q in questions]


# -- a candidate's context-free points ---------------------------------------------------------


def plain_prior(gaz: gazetteer.Gazetteer, idx: int, flags: int) -> tuple[float, list[str]]:
    """The prior and its reasons, as the resolver wrote them before it wrote the reasons
    only for the names kept."""
    f = gaz.feature[idx]
    ev: list[str] = []
    if f in _PRIOR:
        p = _PRIOR[f]
        ev.append(f"{FEATURES[f]} +{p:g}")
    elif f == REGION:
        if gaz.country(idx) == "US" and gaz.admin1_key(idx) and flags & FLAG_ADMIN1:
            p = 8.0
            ev.append(f"US state +{p:g}")
        elif flags & FLAG_ADMIN1:
            # (one whose people the supplement counts weighs as the supplement's region)
            known = bool(gaz.pop[idx])
            p = 7.0 if known else 5.5
            held = gaz.holds[idx]  # (as much as its biggest town, when more)
            if math.log10(held + 10) > p:
                p = math.log10(held + 10)
                ev.append(f"first-level division holding a town of {held} people +{p:.3g}")
            elif known:
                ev.append(f"first-level division of known population +{p:g}")
            else:
                ev.append(f"first-level division +{p:g}")
        elif gaz.pop[idx]:
            p = 7.0
            ev.append(f"region +{p:g}")
        else:
            p = 4.5
            ev.append(f"region +{p:g}")
    else:
        pop = gaz.pop[idx]
        p = math.log10(pop + 10)
        ev.append(f"population {pop} +{p:.1f}")
        if f == CAPITAL:
            p += 1.5
            ev.append("national capital +1.5")
            # (by its own name only: an old name of it is not the division's)
            if _division_namesake(gaz, idx) and flags & (
                    FLAG_PRIMARY | FLAG_DEMONYM | FLAG_ABBREV):
                p += 1.5
                ev.append("national capital named like a division of its country +1.5")
    if not flags & (FLAG_PRIMARY | FLAG_DEMONYM | FLAG_ABBREV):
        if flags & FLAG_SHORT:
            p -= SHORT_FORM
            ev.append(f"a short form of its name -{SHORT_FORM:g}")
        else:
            p -= 2.5
            ev.append("alternate spelling -2.5")
    return p, ev


def plain_candidate(gaz: gazetteer.Gazetteer, idx: int, flags: int,
                    qual: tuple[frozenset[str], frozenset[str]]) -> tuple[Any, ...]:
    """A candidate's context-free tuple, computed afresh for its qualifiers."""
    p = plain_prior(gaz, idx, flags)[0]
    cc, a1, f = gaz.country(idx), gaz.admin1_key(idx), gaz.feature[idx]
    if a1 and a1 in qual[1]:
        p += 6.0
    elif cc and cc in qual[0]:
        p += 5.0
    elif _HELD_MARK in qual[0] and f"@{idx}" in qual[1]:
        p += 6.0
    elif _MOVED_MARK in qual[0] and f in _LOCAL and f"={cc}" in qual[0]:
        p += MOVED_TO
    if f in (CITY, CAPITAL) and _DATELINE_MARK in qual[0]:
        p += 2.0
    if f == REGION and a1 and _DATELINE_MARK in qual[0]:
        p -= DATELINE_DIVISION
    if f in _NATURAL and _NATURAL_MARK in qual[0]:
        p += NATURAL_THE
    if _DOLLAR_MARK in qual[0] and f in _LOCAL and cc in _DOLLAR_COUNTRIES:
        p += DOLLAR
    qualified = bool((a1 and a1 in qual[1]) or (cc and cc in qual[0]) or (
        _HELD_MARK in qual[0] and f"@{idx}" in qual[1]) or (
        _MOVED_MARK in qual[0] and f in _LOCAL and f"={cc}" in qual[0]))
    return (gaz.pop[idx], -idx, p, idx, flags, cc, a1, f, gaz.lat[idx], gaz.lon[idx],
            qualified, _is_strong(gaz, f, idx, flags))


_NAMES = ["washington", "georgia", "paris", "london", "us", "ga", "springfield", "jordan",
          "new york", "red sea", "nile", "newcastle", "frankfurt", "stoke",
          "mexico", "santa maria", "laurens county", "ontario", "quebec", "dublin", "wales",
          "middle east", "thames", "kabul", "islamabad", "brazil"]


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(_NAMES),
       st.sets(st.sampled_from(["US", "GB", "IE", "CA", _DATELINE_MARK, _DOLLAR_MARK,
                                _NATURAL_MARK, _MOVED_MARK, "=CA", "=GB", "=US"])),
       st.sets(st.sampled_from(["US.GA", "US.OH", "CA.08", "GB.ENG"])), st.booleans())
def test_candidate_points_equal_plain(gaz: gazetteer.Gazetteer, name: str, countries: set[str],
                                      regions: set[str], cold: bool) -> None:
    if cold:
        gaz.prior_cache.clear()
    qual = (frozenset(countries), frozenset(regions))
    for idx, flags in gaz.lookup(name):
        fast = _candidate(gaz, idx, flags)
        if qual[0] or qual[1]:
            fast = _qualified(fast, qual)
        assert fast == plain_candidate(gaz, idx, flags, qual)
        ev: list[str] = []
        assert (_prior(gaz, idx, flags, ev), ev) == plain_prior(gaz, idx, flags)


# -- the scan for capitalised runs ---------------------------------------------------------------

#: the pattern of the runs as it was written before the period's look back followed it
PLAIN_RUN = regex.compile(_RUN.pattern.replace(
    rf"\.(?<=(?<![\w.])(?:\p{{Lu}}|{_ABBREVIATED}|STE?|MT|FT)\.)",
    rf"(?<=(?<![\w.])(?:\p{{Lu}}|{_ABBREVIATED}|STE?|MT|FT))\."), regex.VERBOSE)


def test_plain_run_pattern_is_the_former_one() -> None:
    assert PLAIN_RUN.pattern != _RUN.pattern
    assert r"(?<![\w'’.\-])" in PLAIN_RUN.pattern


def _spans(found: Any) -> list[tuple[int, int]]:
    return [m.span() for m in found]


#: pieces of text around capitalised runs: ASCII words, connectors, abbreviations, the
#: quotes and dashes outside ASCII that a run reads, and word characters outside ASCII
#: (letters, a combining mark, a title-case letter, another script's digit) that send
#: the text to the plain scan
_SCAN_PARTS = ["New", "York", "of", "the", "de", "and", "St.", "ST.", "STE.", "MT.", "Ft.",
               "N.", "Nev.", "U.S.", "Mr.", "Sea.", "Xi.", "Gen.", "x.", "A", "a", "Ga", "d'",
               "l’", "d", "Ivoire", "O'Neil", "O’Neil", "’s", "'s",
               "'S", "ʼ", "-", "\u2010", "\u2013", "\u2014", " ", "  ", "\t", "\n", ".", ",",
               "£", "\u201c", "\x85", "_", "1", "Füzuli", "é", "e\u0301", "İ", "ǅ", "٣", "Ⅻ"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_PARTS), max_size=40).map("".join)
       | texts(300) | news_texts(20) | nasty_texts(20))
def test_run_scan_equals_plain(text: str) -> None:
    assert _spans(runs(text)) == _spans(PLAIN_RUN.finditer(text))
    assert _spans(_RUN.finditer(text)) == _spans(PLAIN_RUN.finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([p for p in _SCAN_PARTS if all(
    c.isascii() or c in "’\u2010\u2013\u2014£\u201c\x85" for c in p)]), max_size=40).map("".join))
def test_ascii_run_scan_equals_plain(text: str) -> None:
    # (texts with no word character outside ASCII, the ones the standard engine scans: not
    # "ʼ", a modifier letter that reads as an apostrophe and is a word character)
    assert _spans(_ASCII_RUN.finditer(text)) == _spans(PLAIN_RUN.finditer(text))


@pytest.mark.slow
def test_run_scan_equals_plain_on_corpora(stories: list[str]) -> None:
    differ = [i for i, text in enumerate(stories)
              if _spans(runs(text)) != _spans(PLAIN_RUN.finditer(text))]
    assert not differ, differ[:10]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*_SCAN_PARTS, "s", "S", "’S", "'sS", "'s_", "'s1", "'sé"]),
                max_size=40).map("".join) | texts(300) | news_texts(20) | nasty_texts(20))
def test_possessive_marks_equal_plain(text: str) -> None:
    assert _possessives(text) == {m.start() for m in _POSSESSIVE.finditer(text)}


@pytest.mark.slow
def test_possessive_marks_equal_plain_on_corpora(stories: list[str]) -> None:
    differ = [i for i, text in enumerate(stories)
              if _possessives(text) != {m.start() for m in _POSSESSIVE.finditer(text)}]
    assert not differ, differ[:10]


def plain_across_possessive(text: str, gaz: gazetteer.Gazetteer, run: Any) -> tuple[Any, bool]:
    """A run before "'s" joined to it, as the matcher read it before its memo: the run's
    tokens asked of the index at every such run (a name ending so only as a place's own
    name, not an alternate spelling: "Tonga's" of a Cameroonian village)."""
    n = len(text)
    end = run.start() + len(run.group())
    if not (end + 1 < n and text[end] in "'\u2019" and text[end + 1] in "sS") or (
            end + 2 < n and text[end + 2].isalnum()):
        return run, False
    capital_after = end + 3 < n and text[end + 2] == " " and text[end + 3].isupper()
    toks = [t[2] for t in _tokens(run.group())]
    for k in range(len(toks)):
        key = " ".join([*toks[k:], "s"])
        if any(f & FLAG_PRIMARY for _, f in gaz.lookup(key)):
            return _Joined(text[run.start():end + 2], run.start()), (
                capital_after and next(gaz.trie.iterkeys(key + " "), None) is not None)
        if capital_after and next(gaz.trie.iterkeys(key + " "), None) is not None:
            return _Joined(text[run.start():end + 2], run.start()), True
    return run, False


def _across_agree(gaz: gazetteer.Gazetteer, text: str) -> None:
    for run in runs(text):
        plain_run, plain_on = plain_across_possessive(text, gaz, run)
        for _ in range(2):  # (the memo empty, then filled)
            fast_run, fast_on = _across_possessive(text, gaz, run)
            assert (fast_run.start(), fast_run.group(), fast_on) == (
                plain_run.start(), plain_run.group(), plain_on), run.group()


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from([*_WORDS, "King", "Lynn", "John", "Martha", "Vineyard", "Cox",
                                 "Bazar", "Britain"]), min_size=1, max_size=8).flatmap(
    lambda words: st.lists(st.sampled_from(["'s ", "’s ", "'S ", "'s", "'s, ", " "]),
                           min_size=len(words), max_size=len(words)).map(
        lambda seps: "".join(w + s for w, s in zip(words, seps, strict=True)))))
def test_possessive_joins_equal_plain(gaz: gazetteer.Gazetteer, text: str) -> None:
    gaz.possessive_cache.clear()
    _across_agree(gaz, text)


@pytest.mark.slow
def test_possessive_joins_equal_plain_on_corpora(gaz: gazetteer.Gazetteer,
                                                 stories: list[str]) -> None:
    gaz.possessive_cache.clear()
    for text in stories:
        if "'s" in text or "’s" in text or "'S" in text or "’S" in text:
            _across_agree(gaz, text)


def plain_after_the(rt: str, gaz: gazetteer.Gazetteer) -> tuple[Any, ...]:
    """The name of a whole run after "the", as the matcher read it before its fast path:
    every such run read again with "The" before it."""
    opened = "The " + rt
    items = _match_run(opened, gaz)
    if len(items) != 1 or items[0][0] != 0 or items[0][1] != len(opened) or not (
            items[0][2].startswith("the ")):
        return ()
    _s, _e, key, cands, _b, _a, _p, period, abbrev, hint = items[0]
    return ((0, len(rt), key, cands, (), (), "", period, abbrev, hint),)


def _after_the_agree(gaz: gazetteer.Gazetteer, texts: list[str]) -> None:
    for rt in {run for text in texts for run in _runs(text)}:
        gaz.name_cache.clear()
        gaz.head_cache.clear()
        cache: dict[str, Any] = {}
        want = plain_after_the(rt, gaz)
        assert _after_the(rt, gaz, cache) == want, rt  # (the memos filled)
        gaz.name_cache.clear()
        gaz.head_cache.clear()
        assert _after_the(rt, gaz, {}) == want, rt  # (the memos empty)
        assert _after_the(rt, gaz, cache) == want, rt  # (the run read before)


_THE_WORDS = ["States", "Gulf", "Amazon", "Hague", "Netherlands", "Bronx", "Gambia", "Fort",
              "Worth", "Bahamas", "Philippines", "Lake", "District", "United", "Kingdom",
              "Midlands", "Red", "Sea", "West", "Bank", "Dalles", "Woodlands", "Isle", "Wight"]


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from([*_WORDS, *_THE_WORDS]), min_size=1, max_size=4).flatmap(
    lambda words: st.lists(st.sampled_from([" ", "  ", "-", ". ", "'s "]),
                           min_size=len(words), max_size=len(words)).map(
        lambda seps: "".join(w + s for w, s in zip(words, seps, strict=True)).strip())))
def test_name_after_the_equals_plain(gaz: gazetteer.Gazetteer, text: str) -> None:
    _after_the_agree(gaz, [text])


@pytest.mark.slow
def test_name_after_the_equals_plain_on_corpora(gaz: gazetteer.Gazetteer,
                                                stories: list[str]) -> None:
    # (the runs that follow a lower-case "the", where the matcher asks)
    after = [text[m.start():] for text in stories for m in re.finditer(r"(?<![A-Za-z])the ",
                                                                       text)]
    _after_the_agree(gaz, [text[4:] for text in after if text[4:5].isupper()])


# -- pass 1's facts of a name's entry, kept with its outcome ------------------------------------


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(_NAMES), st.sets(st.sampled_from(["US", "GB", _DATELINE_MARK])),
       st.sets(st.sampled_from(["US.GA", "GB.ENG"])))
def test_sure_facts_equal_plain(gaz: gazetteer.Gazetteer, name: str, countries: set[str],
                                regions: set[str]) -> None:
    cands = tuple(gaz.lookup(name))
    qual = (frozenset(countries), frozenset(regions))
    gaz.sure_cache.clear()
    _add, _cc, _a1, _point, entry, strong, division, region = _sure(
        gaz, (name, False), cands, qual)
    if entry < 0:
        assert (strong, division, region) == (False, False, False)
        return
    # (what resolve computed from the entry in every story before it was kept here)
    flags = next(f for i, f in cands if i == entry)
    f = gaz.feature[entry]
    assert strong == _is_strong(gaz, f, entry, flags)
    assert division == bool(f == REGION and flags & FLAG_ADMIN1)
    assert region == (f == REGION)


# -- "in" or "near" right before a name --------------------------------------------------------


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["in", "near", "In", "pin", "ear", "r", "n", " ", "\t", "\n",
                                 "  ", "x", "é", "Main", "."]), max_size=12).map("".join),
       st.integers(0, 40))
def test_in_place_check_equals_plain(text: str, start: int) -> None:
    start = min(start, len(text))
    lo = max(0, start - 8)
    plain = _IN_PLACE.search(text, lo, start) is not None
    assert (text.endswith(_IN_PLACE_ENDS, lo, start)
            and _IN_PLACE.search(text, lo, start) is not None) == plain


# -- streets and natural features: one scan for both first --------------------------------------

_FORM_PARTS = ["Elm", "Main", "Street", "St.", "Road", "Lane", "Pike", "Drive", "Lake", "Mount",
               "Mt.", "River", "Creek", "Bay", "of", "Gulf", "Isle", "National", "Park",
               "Forest", "Twp.", "Township", "Sound", "Valley", "Mountains", "Islands", "Ann",
               "1935", "on", "the", " ", " ", "\t", ",", ".", "-", "’", "Streets", "Lakeside",
               "Oak", "Marvin F.", "Mr"]


def plain_found(text: str) -> list[tuple[int, int, str]]:
    """The streets and natural features of a text, each scan from the text's start."""
    return forms._naturals(text) + forms._streets(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_FORM_PARTS), max_size=30).map(" ".join)
       | st.lists(st.sampled_from(_FORM_PARTS), max_size=30).map("".join) | news_texts(20))
def test_form_scans_from_the_first_anchor_equal_plain(text: str) -> None:
    first = forms._FORM_ANCHOR.search(text)
    fast = forms._naturals(text, first.start()) + forms._streets(text, first.start()) if (
        first) else []
    assert fast == plain_found(text)


def test_form_scans_find_streets_and_features_after_the_first_anchor() -> None:
    text = "Bay leaves. They live at 12 Elm Street, a mile from Oak Lake and Mount Hood."
    first = forms._FORM_ANCHOR.search(text)
    assert first is not None and first.start() == 0
    later = text[first.end():]
    found = plain_found(later)
    assert {kind for _s, _e, kind in found} == {"street", "lake", "mountain"}
    start = forms._FORM_ANCHOR.search(later)
    assert start is not None
    assert forms._naturals(later, start.start()) + forms._streets(later, start.start()) == found


# -- the currencies and the public life a story speaks of ---------------------------------------

_MONEY_PARTS = [*_CURRENCY_OF, "$", "US$", "E£", "€", "A", "C", "K", "S", "h", "x", "é", "1",
                "5", "٣", " ", "\t", "\n", ",", "-", "'"]


def plain_currencies(text: str) -> set[str]:
    """The countries of the currencies a text counts in, by one scan of the whole text."""
    if not any(mark in text for mark in _CURRENCY_REACH):
        return set()
    return {_CURRENCY_OF[m.group(1)] for m in _CURRENCY.finditer(text)}


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_MONEY_PARTS), max_size=24).map("".join)
       | st.text(alphabet="£$AUCNZHKSRsh₹₦ 5x\t", max_size=20) | news_texts(10))
def test_currency_search_equals_plain(text: str) -> None:
    assert _currencies(text) == plain_currencies(text)


def test_currency_search_finds_each_sign() -> None:
    assert _currencies("£5 and CA$ 3, A$4, KSh 9, ₹2, NZ$1") == {"GB", "CA", "AU", "KE", "IN",
                                                                 "NZ"}
    assert _currencies("E£5, US$3, XA$4, CA$x, £ x") == set()


def plain_public_life(text: str) -> set[str]:
    """The countries whose public life a text speaks of, each pattern asked of every text."""
    return {cc for cc, pattern in _PUBLIC if pattern.search(text)}


@pytest.mark.parametrize(("cc", "words"),
                         [(cc, words) for cc, all_words in sorted(_PUBLIC_LIFE.items())
                          for words in all_words])
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_public_life_match_holds_a_fragment(cc: str, words: str,
                                                  data: st.DataObject) -> None:
    found = data.draw(st.from_regex(words, fullmatch=True))
    assert any(fragment in found for fragment in _PUBLIC_FRAGMENTS[cc]), (words, found)


_PUBLIC_PARTS = ["Sheriff's Office", "county sheriff", "State Troopers", "district attorney",
                 "Interstate 95", "GOP", "ZIP code", "Medicaid", "state Sen.", "State Rep.",
                 "council tax", "NHS", "GCSEs", "Ofsted", "RCMP", "MPPs", "Centrelink",
                 "Lok Sabha", "District Collector", "Interstate", "tate", "ouncil", "x", "-",
                 "é", "1", " ", "\t"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PUBLIC_PARTS), max_size=10).map("".join)
       | st.lists(st.sampled_from(_PUBLIC_PARTS), max_size=10).map(" ".join) | news_texts(10))
def test_public_life_search_equals_plain(text: str) -> None:
    assert _public_life(text) == plain_public_life(text)


@pytest.mark.slow
def test_money_and_public_life_equal_plain_on_corpora(stories: list[str]) -> None:
    differ = [i for i, text in enumerate(stories) if _currencies(text) != plain_currencies(
        text) or _public_life(text) != plain_public_life(text)]
    assert not differ, differ[:10]
    assert any(_currencies(text) for text in stories)


# -- a text none of whose runs holds a feature word is not scanned for streets -----------------


@settings(max_examples=300, deadline=None)
@given(st.from_regex(forms._FORM_ANCHOR, fullmatch=True))
def test_every_feature_word_holds_a_form_word(word: str) -> None:
    assert forms.FORM_WORD.search(word) is not None


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from([*_FORM_PARTS, "é", "(", "&", "'", "x", "The", "Of"]),
                max_size=30).map(" ".join)
       | st.lists(st.sampled_from([*_FORM_PARTS, "é", "(", "&", "x"]), max_size=30).map("".join)
       | news_texts(20) | nasty_texts(10))
def test_forms_skipped_without_a_form_word_equal_plain(gaz: gazetteer.Gazetteer,
                                                       text: str) -> None:
    _mentions, features = scan(text, gaz)
    assert forms.add_forms(text, gaz, [], features) == forms.add_forms(text, gaz, [])
    if not features:
        first = forms._FORM_ANCHOR.search(text)
        assert not first or plain_found(text) == []


@pytest.mark.slow
def test_forms_skipped_without_a_form_word_equal_plain_on_corpora(
        gaz: gazetteer.Gazetteer, stories: list[str]) -> None:
    skipped = [text for text in stories if not scan(text, gaz)[1]]
    assert len(skipped) > len(stories) // 3
    assert all(plain_found(text) == [] for text in skipped)


# -- the words right after a name, and "City of" opening it -------------------------------------

_AFTER_PARTS = ["said", "says", "administration", "man", "mayor", "resident", "residents",
                "schools", "School", "High", "saidx", "mans", "s", "x", " ", "  ", "\t", "\n",
                ",", "_", "é", "1"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_AFTER_PARTS), max_size=8).map("".join),
       st.integers(0, 30), st.integers(0, 30))
def test_words_after_a_name_in_one_match_equal_plain(text: str, pos: int, ahead: int) -> None:
    pos = min(pos, len(text))
    end = min(len(text), pos + ahead)
    found = _AFTER_NAME.match(text, pos, end)
    noun = found is not None and found.lastindex == 1
    speech = found is not None and found.lastindex == 2
    assert noun == (_LOCAL_NOUN.match(text, pos, end) is not None)
    assert speech == (_SPEECH.match(text, pos, end) is not None)


_OF_WORDS = ["City", "CITY", "State", "Town", "Village", "VILLAGE", "Commonwealth", "of", "Of",
             "Richmond", "Ohio", "Virginia", "New", "York", "the", "Citys"]


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(_OF_WORDS), min_size=1, max_size=8).map(" ".join)
       | news_texts(10))
@example("Officials of the State of Ohio, the COMMONWEALTH OF VIRGINIA and the City of "
         "Richmond met.")
def test_city_of_only_opens_keys_that_say_so(gaz: gazetteer.Gazetteer, text: str) -> None:
    for m in scan(text, gaz)[0]:
        if _OF_PREFIX.match(text, m.start, m.end) is not None:
            assert m.key.startswith(_OF_KEYS), (text, m)


def test_city_of_is_cut_from_the_names_that_open_so() -> None:
    text = "Officials of the State of Ohio met."
    found = [text[a.start:a.end] for a in limner.enrich(text, plugins=["locations"]).select(
        "location")]
    assert found == ["Ohio"]


# -- the distance between two points --------------------------------------------------------


def plain_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The haversine distance as first written, with math.radians and min."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


_DEGREES = st.floats(-400.0, 400.0) | st.sampled_from([0.0, -0.0, 90.0, -90.0, 180.0, -180.0,
                                                       math.nan])


@settings(max_examples=1000, deadline=None)
@given(_DEGREES, _DEGREES, _DEGREES, _DEGREES)
def test_distance_equals_plain(lat1: float, lon1: float, lat2: float, lon2: float) -> None:
    fast, plain = proximity.km(lat1, lon1, lat2, lon2), plain_km(lat1, lon1, lat2, lon2)
    assert fast == plain or (math.isnan(fast) and math.isnan(plain))


# -- nearness: a story's few points, read by latitude ------------------------------------------


def plain_near(points: dict[str, tuple[float, float]], lat: float, lon: float,
               key: str) -> bool:
    """Whether a name other than ``key`` has a point within NEAR_KM, every point measured."""
    return lat == lat and any(
        k != key and proximity.km(lat, lon, a, b) <= proximity.NEAR_KM
        for k, (a, b) in points.items())


_KEYS = st.sampled_from(["paris", "lyon", "dover", "calais", "x"])


@st.composite
def story_points(draw: st.DrawFn) -> tuple[dict[str, tuple[float, float]], float, float]:
    """A story's points around one place (so that some are near each other), and a point
    to ask about; now and then a point without a latitude (NaN)."""
    lat0 = draw(st.floats(-70, 70))
    lon0 = draw(st.floats(-179, 179))
    offset = st.floats(-3, 3)
    points = {draw(_KEYS) + str(i): (
        math.nan if draw(st.integers(0, 9)) == 0 else lat0 + draw(offset), lon0 + draw(offset))
        for i in range(draw(st.integers(0, 30)))}
    return points, lat0 + draw(offset), lon0 + draw(offset)


@settings(max_examples=500, deadline=None)
@given(story_points(), st.sampled_from(["paris0", "lyon1", "dover2", "x3", "y"]))
def test_nearness_by_latitude_equals_plain(story: tuple[dict[str, tuple[float, float]],
                                                       float, float], key: str) -> None:
    points, lat, lon = story
    assert proximity.Proximity(points).near(lat, lon, key) == plain_near(points, lat, lon, key)


@given(st.floats(-90, 90), st.floats(-180, 180), st.floats(-180, 180),
       st.floats(0, 180), st.booleans())
def test_points_further_in_latitude_than_the_band_are_never_near(
        lat: float, lon: float, lon2: float, more: float, north: bool) -> None:
    """What reading the points by latitude relies on: a point ``_DLAT`` degrees of
    latitude or more to the north or south is further than NEAR_KM, whatever the
    longitudes."""
    other = lat + (proximity._DLAT + more) * (1 if north else -1)
    assume(-90 <= other <= 90)
    assert proximity.km(lat, lon, other, lon2) > proximity.NEAR_KM


# -- "does the story write this word alone before a verb of people?", past the first words ------

_SPEAKS_PARTS = ["Hilton", "hilton", "Green", "Paris", "the", "The", "Mr", " ", "  ", "\t", "\n",
                 "said", "says", "saidx", "told", "administration", ".", ",", "'", "’", "-", "_",
                 "é", "1", "O'Neil", "Hiltonsaid", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SPEAKS_PARTS), max_size=24).map("".join),
       st.lists(st.sampled_from(_SPEAKS_PARTS) | st.text(min_size=1, max_size=3), min_size=1,
                max_size=6))
def test_speakers_read_from_the_verbs_equal_the_plain_search(text: str, words: list[str]) -> None:
    lower = _LowerWords(text)
    for k in range(_SEARCHES):  # the first words searched for, the rest read from the verbs
        assert lower.speaks(f"W{k}q") is _speaks(text, f"W{k}q")
    for word in words:
        assert lower.speaks(word) is _speaks(text, word), (text, word)


def test_speakers_read_from_the_verbs_past_the_first_words() -> None:
    for text, word, speaks in [("Yes. Hilton said so.", "Hilton", True),
                               ("Yes. Paris Hilton said so.", "Hilton", False),
                               ("the Hilton said", "Hilton", False),
                               ("Hiltonsaid", "Hilton", True),
                               ("O'Neil \t told us", "O'Neil", True),
                               ("DeHilton said", "Hilton", False)]:
        lower = _LowerWords(text)
        for k in range(_SEARCHES):
            lower.speaks(f"W{k}q")
        assert lower.before_speech is None
        assert lower.speaks(word) is speaks is _speaks(text, word), text
        assert lower.before_speech is not None  # (read from the verbs)



def plain_before_speech(text: str) -> dict[str, list[int]]:
    """:func:`_before_speech` as it was first written: every word of the text listed, and
    the word before each verb found among them by its start."""
    from bisect import bisect_right

    runs = [(m.start(), m.end()) for m in _SPEAKER_WORD.finditer(text)]
    starts = [a for a, _b in runs]
    out: dict[str, list[int]] = {}
    for q in _SPEECH_AT.finditer(text):
        j = q.start()
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        k = bisect_right(starts, j - 1) - 1
        if j > 0 and k >= 0 and runs[k][1] >= j:
            out.setdefault(text[runs[k][0]:j], []).append(j)
    return out


_LONG_WORDS = ["x" * 15, "y" * 16, "z" * 17, "w" * 63, "v" * 64, "u" * 65, "www.example.co.uk",
               "O'Neil-Smith", "_", "é", "ß"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SPEAKS_PARTS + _LONG_WORDS), max_size=24).map("".join))
@example("x" * 300 + " said")
@example("a" * 16 + "said, " + "b" * 64 + "\t told")
@example("é" * 17 + "-" + "1" * 70 + " said")
def test_words_before_speech_read_back_equal_every_word_listed(text: str) -> None:
    assert _before_speech(text) == plain_before_speech(text)


def test_words_before_speech_over_the_corpora(stories: list[str]) -> None:
    for text in stories:
        assert _before_speech(text) == plain_before_speech(text)


# -- a held town and the story's divisions that may hold it ----------------------------------------


def plain_holder(gaz: gazetteer.Gazetteer, kept: list[int], town: int) -> int:
    """The division that holds a held town, as :func:`_keep_held` found it before it read
    the divisions once each by latitude: the first kept mention of a county or district
    with a point, of the town's country, within CONTAINED_KM, every mention measured."""
    divisions = [d for d in kept if gaz.feature[d] in (COUNTY, DISTRICT)
                 and not math.isnan(gaz.lat[d])]
    lat, lon, cc = gaz.lat[town], gaz.lon[town], gaz.country(town)
    return next((d for d in divisions if gaz.country(d) == cc and proximity.km(
        lat, lon, gaz.lat[d], gaz.lon[d]) <= CONTAINED_KM), -1)


def fast_holder(gaz: gazetteer.Gazetteer, kept: list[int], town: int) -> int:
    bands = _by_latitude(gaz, kept)
    return -1 if bands is None else _holder(gaz, bands, town)


#: names whose entries (every namesake) are counties, districts and towns near each other
#: (northern Illinois, Cornwall and Devon) and far apart
_HOLDER_NAMES = ["kane county", "cook county", "dupage county", "will county", "lake county",
                 "mchenry county", "kendall county", "dekalb county", "cornwall", "devon",
                 "plymouth", "aurora", "elgin", "joliet", "naperville", "chicago", "wheaton",
                 "truro", "bodmin", "exeter", "springfield", "police", "mission", "paris"]


@pytest.fixture(scope="module")
def holder_entries(gaz: gazetteer.Gazetteer) -> list[int]:
    return sorted({e for name in _HOLDER_NAMES for e, _f in gaz.lookup(name)})


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_holder_by_latitude_equals_plain(gaz: gazetteer.Gazetteer, holder_entries: list[int],
                                         data: st.DataObject) -> None:
    kept = data.draw(st.lists(st.sampled_from(holder_entries), max_size=40))
    town = data.draw(st.sampled_from(holder_entries))
    assert fast_holder(gaz, kept, town) == plain_holder(gaz, kept, town)


def test_holder_is_the_first_division_named_that_holds_the_town(
        gaz: gazetteer.Gazetteer, holder_entries: list[int]) -> None:
    """Of several divisions that hold a town, the one named first, whatever their latitudes."""
    aurora = next(e for e, _f in gaz.lookup("aurora") if gaz.admin1_key(e) == "US.IL"
                  and gaz.feature[e] == CITY)
    holders = [e for e in holder_entries if gaz.feature[e] == COUNTY
               and plain_holder(gaz, [e], aurora) == e]
    assert len(holders) >= 2, [gaz.name(e) for e in holders]
    for kept in (holders, holders[::-1], holders * 3, holders[::-1] * 3):
        assert fast_holder(gaz, kept, aurora) == kept[0]


# -- the acceptance rules of the words after a name, skipped where no blank follows ---------------

#: the patterns that :func:`limner_locations.resolving._reject` reads only where a space or a
#: tab follows the name
_AFTER_BLANK = ["_TEAM", "_FOLLOWERS", "_DISH", "_BREED", "ILLNESS_AFTER", "_CLUB_SUFFIX",
                "_RESULT", "_RESULT_MARGIN", "_SCORE", "_SCORE_MARGIN", "_OFFICE"]
_AFTER_CHARS = st.sampled_from([" ", "\t", ",", ".", "'s", "’s", "-", ")", "\n", "\u00a0", ":",
                                "1-1", "0", "A"])
_AFTER_WORDS = st.sampled_from(["duck", "Lions", "fans", "United", "FC", "City", "drew", "beat",
                                "24-17", "by", "6", "runs", "virus", "Nile", "pony", "cattle",
                                "administration", "era", "were", "beaten", "striker", "players"])


@settings(max_examples=500, deadline=None)
@given(_AFTER_CHARS, st.lists(st.tuples(_AFTER_WORDS, st.sampled_from([" ", "\t", "  ", ", "])),
                              max_size=6).map(lambda parts: "".join(map("".join, parts))),
       st.sampled_from(_AFTER_BLANK))
@example(",", " drew 1-1", "_RESULT")
def test_patterns_after_a_name_need_a_blank(first: str, rest: str, name: str) -> None:
    text = "Leeds" + first + rest
    end = len("Leeds")
    found = getattr(resolving, name).match(text, end, end + 50)
    if text[end:end + 1] not in resolving._BLANKS:
        assert found is None, (name, text)


_NOUN_WORDS = st.sampled_from(["duck", "ducks", "Sling", "sling", "tarts", "wine", "wines",
                               "teas", "whiskey", "whisky", "farms", "exports", "prices", "beef",
                               "ham", "pony", "ponies", "cows", "sheepdogs", "virus", "viruses",
                               "flu", "fever", "Valley", "Ross", "River", "bull", "Red", "said",
                               "the", "Nile", "dairy", "hotels", "sauce", "D", "encephalitis"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([" ", "\t", "  ", ",", "-"]), _NOUN_WORDS),
                min_size=1, max_size=5).map(lambda parts: "".join(map("".join, parts))))
@example(" Rift Valley fever")
@example(" bull terriers")
def test_noun_after_a_name_is_asked_first(rest: str) -> None:
    # (where a dish's, a breed's or an illness's noun follows, the one test matches too)
    text = "Leeds" + rest
    end = len("Leeds")
    gate = resolving._NOUN_AFTER.match(text, end, end + 40) is not None
    for pattern, reach in ((resolving._DISH, 20), (resolving._BREED, 30),
                           (resolving.ILLNESS_AFTER, 40)):
        if pattern.match(text, end, end + reach) is not None:
            assert gate, (pattern.pattern[:30], text)


_SIDE_WORDS = st.sampled_from(["fans", "Lions", "supporters", "players", "striker", "boss",
                               "Rhinos", "prop", "guard", "City", "United", "States", "Rovers",
                               "F.C.", "FC", "A.F.C", "drew", "beat", "were", "beaten", "with",
                               "24-17", "1-1", "by", "six", "wickets", "runs", "an", "innings",
                               "and", "administration", "era", "Aston-Villa", "said", "49ers",
                               "Kansas", "Chiefs", "quarterback", "running", "back", "Super"])


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([" ", "\t", "  ", ","]), _SIDE_WORDS),
                min_size=1, max_size=6).map(lambda parts: "".join(map("".join, parts))))
@example(" Super Kings fans")
@example(" Raptors guard")
@example(" City FC")
@example(" Rovers beat Leeds 2-0")
@example(" drew with Leeds")
def test_side_after_a_name_is_asked_first(rest: str) -> None:
    # (where a team's noun, a club's word, a result or a leader's office follows, the one
    # test matches too)
    text = "Leeds" + rest
    end = len("Leeds")
    gate = resolving._SIDE_AFTER.match(text, end, end + 50) is not None
    for pattern, reach in ((resolving._TEAM, 30), (resolving._FOLLOWERS, 40),
                           (resolving._CLUB_SUFFIX, 20), (resolving._RESULT, 50),
                           (resolving._RESULT_MARGIN, 50), (resolving._SCORE, 40),
                           (resolving._SCORE_MARGIN, 40), (resolving._OFFICE, 18)):
        if pattern.match(text, end, end + reach) is not None:
            assert gate, (pattern.pattern[:30], text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["drew", "won", "lost", "held", "beaten", "1-1", "24-17",
                                           "with", "against", "to", "by", "the", "at"]),
                          st.sampled_from([" ", "\t", "  ", " \t"])),
                min_size=1, max_size=6).map(lambda parts: "".join(map("".join, parts))))
@example("drew 1-1 with the ")
@example("were held 0-0 by  ")
def test_scored_before_a_name_is_asked_by_its_end_first(before: str) -> None:
    text = before + "Leeds"
    start = len(before)
    window = text[start - 30 if start > 30 else 0:start]
    if resolving._SCORED.search(text, start - 30 if start > 30 else 0, start) is not None:
        assert window.rstrip(" \t").endswith(resolving._SCORED_ENDS), text


#: The patterns moved from the regex module to re (whose code the pattern cache keeps),
#: each beside the regex pattern it was: the same matches on any text.
_MOVED_TO_RE = [(forms._SPLIT, regex.compile(r"\S+"))]
_MOVED_CHARS = st.sampled_from([
    "a", "Z", "É", "é", "ß", "İ", "ı", "ǅ", "Ж", "ж", "中", "ع", "1", "²", "٣", "_", "-", ".",
    "’", "'", "e\u0301", "\u200b", "\u200d", "\ufeff", " ", "\t", "\n", "\r", "\x0b", "\x0c",
    "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\u00a0", "\u1680", "\u180e", "\u2007", "\u2028",
    "\u2029", "\u202f", "\u205f", "\u3000", "St. Paul", "W. Va.", "R-Elbow Lake"])


@pytest.mark.parametrize(("moved", "was"), _MOVED_TO_RE, ids=lambda p: p.pattern)
def test_a_pattern_moved_to_re_has_its_regex_meaning_on_every_character(
        moved: re.Pattern[str], was: regex.Pattern[str]) -> None:
    # (each character alone, every code point: the classes of re and regex named alike
    # differ, \s on the separators \x1c-\x1f, \w on marks and numerals)
    text = "".join(map(chr, range(0x110000)))
    assert [m.span() for m in moved.finditer(text)] == [m.span() for m in was.finditer(text)]
    for c in map(chr, range(0x110000)):
        assert (moved.fullmatch(c) is None) == (was.fullmatch(c) is None), hex(ord(c))


@settings(max_examples=400, deadline=None)
@given(st.lists(_MOVED_CHARS, max_size=30).map("".join) | st.text(max_size=40),
       st.sampled_from(_MOVED_TO_RE))
def test_a_pattern_moved_to_re_finds_what_regex_found(
        text: str, pair: tuple[re.Pattern[str], regex.Pattern[str]]) -> None:
    moved, was = pair
    assert [(m.span(), m.groups()) for m in moved.finditer(text)] == [
        (m.span(), m.groups()) for m in was.finditer(text)], text
