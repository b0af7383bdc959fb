"""Tests of the quotes plugin's shortcuts: each fast path finds what the plain reading finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from limner_quotes.attribution import _LOOKED_FOR, cue_hits
from limner_quotes.carry import _PUT_IT, _put_it
from limner_quotes.finder import _STOP_CHARS, _no_stop

# The period's abbreviations read before it, at every position (the pattern before the shortcut).
_STOP_PLAIN = re.compile(
    r"[!?;\"“”„«»]"
    r"|(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr))(?<!\b(?:Mrs|Sen|Rep|Gov|Gen|Col|Sgt|Adm|Rev))"
    r"(?<!\bCapt)(?<!\bProf)\.(?=[ \t\u00a0])"
)

_PIECES = st.sampled_from(
    [" ", "  ", "\u00a0", "\t", ".", ". ", ",", "!", "?", ";", "“", "”", "\"", "'", "’", "-",
     "Mr", "Mrs", "Dr", "Capt", "Prof", "Sen", "St", "A", "U.S", "e", "x", "said", "Said",
     "says", "according", "According", "claims", "warned", "say", "sa", "unsaid", "he", "of",
     "put", "puts", "it", "As", "as", "Smith", "7", "_", "é", "\n"]
)
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(0, 60), st.integers(0, 60))
def test_stop_shortcut_finds_what_the_plain_pattern_finds(text: str, a: int, b: int) -> None:
    a, b = min(a, b), max(a, b)
    plain = _STOP_PLAIN.search(text, a, b)
    fast = _STOP_CHARS.search(text, a, b)
    assert (fast.span() if fast else None) == (plain.span() if plain else None)
    assert _no_stop(text, a, b) is (plain is None)


def test_stop_skips_abbreviations_only() -> None:
    assert _no_stop("said Mr. Smith and Dr. Jones", 0, 28)
    assert not _no_stop("said Mr. Smith. Then", 0, 20)
    assert not _no_stop("it ends here. Next", 0, 18)


def _cue_hits_plain(text: str) -> list[tuple[int, int]]:
    """Every whole word of the cue vocabulary, found word by word."""
    out = []
    for m in re.finditer(r"[A-Za-z]+", text):
        i, j = m.span()
        before_ok = i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "’'-")
        after_ok = j >= len(text) or not (text[j].isalnum() or text[j] in "’'-")
        if m.group() in _LOOKED_FOR and before_ok and after_ok:
            out.append((i, j))
    return out


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_cue_scan_skipping_short_words_finds_every_cue(text: str) -> None:
    expected = _cue_hits_plain(text)
    assert cue_hits(text) == expected
    assert cue_hits(text, frozenset(_LOOKED_FOR)) == expected  # the general scan


class _Q:
    def __init__(self, start: int) -> None:
        self.start = start


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_put_it_is_looked_for_only_where_the_verb_is(text: str) -> None:
    if "put" not in text:
        assert _put_it(text, _Q(len(text))) is None  # type: ignore[arg-type]
        assert _PUT_IT.search(text, 0, len(text)) is None


def test_put_it_still_found() -> None:
    text = "As the minister put it in a speech on Monday, “we will not wait.”"
    found = _put_it(text, _Q(text.index("“") + 1))  # type: ignore[arg-type]
    assert found is not None
    assert text[found[0].start : found[0].end] == "the minister"
