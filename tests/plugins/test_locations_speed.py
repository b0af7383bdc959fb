"""The locations plugin's fast paths give what the plain ones give, on any input.

Each fast path of the plugin replaced a plain one that was simpler to read;
the plain one is kept here as the reference, and hypothesis (and the public
corpora, when present) check that both agree.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from limner.testing import nasty_texts, news_texts, texts
from limner_locations import gazetteer
from limner_locations.folding import TOKEN, fold_token
from limner_locations.gazetteer import FLAG_ABBREV
from limner_locations.matching import (
    _MAX_NAME,
    _NOT_NAME_WORDS,
    _RUN,
    CITY_BODIES,
    HINT_FUNCTION,
    HINT_HEADS,
    HINT_NAMED,
    HINT_SINGLE,
    _biggest_town,
    _match_run,
)
from limner_locations.resolving import _NOT_LETTERS, _among_words
from limner_locations.vocabulary import FUNCTION_WORDS
from tests.conftest import corpus_path


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
            if 10 * _biggest_town(gaz, best_key, own=True) < _biggest_town(gaz, short):
                best_j, best_key = best_j - 1, short
        cands = tuple(gaz.lookup(best_key))
        abbrev = any(f & FLAG_ABBREV for _, f in cands)
        period = (best_j > i and run[toks[best_j][0] - 1] == ".") or abbrev
        before = tuple(run[a:b] for a, b, _ in toks[:i])
        after = tuple(run[a:b] for a, b, _ in toks[best_j + 1:])
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
          "Kelleyland", "Las", "Vegas", "St.", "Louis", "Bay", "Area", "a" * 130, "Ⅻ", "ǅ"]
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


@pytest.mark.slow
@pytest.mark.parametrize("relative", ["bbc/bbc.jsonl", "lgl/lgl.jsonl"])
def test_fast_matcher_equals_plain_on_corpora(gaz: gazetteer.Gazetteer, relative: str) -> None:
    path = corpus_path(relative)
    runs = {run for line in path.open(encoding="utf-8")
            for run in _runs(json.loads(line)["text"])}
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
