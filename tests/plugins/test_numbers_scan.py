"""The numbers scanner's fast word-run scan finds exactly what its pattern finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from limner_numbers import patterns as P

# pieces that make number-word runs, their edges and their near misses
_PIECES = ["one", "two", "hundred", "million", "first", "half", "and", "a", "-", ",", " ",
           "\n", "(", "x", "none", "fold", "5", "é", "'s", "twenty", "seven", "th"]


def _reference(text: str) -> list[tuple[int, int, bool]]:
    return [(m.start(), m.end(), False) for m in P.WORDS_LOWER.finditer(text)]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_word_runs_are_the_pattern_s_runs(text: str) -> None:
    assert P.word_runs_lower(text) == _reference(text)


def test_word_runs_at_the_edges() -> None:
    for text, runs in [
        ("one", [(0, 3, False)]),
        ("one two", [(0, 7, False)]),
        ("x (one) two-three", [(3, 6, False), (8, 17, False)]),
        ("none fivefold", []),
        ("", []),
    ]:
        assert P.word_runs_lower(text) == runs == _reference(text)
