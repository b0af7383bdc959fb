"""The numbers scanner's fast paths find exactly what their plain patterns find.

- the word-run scan (:func:`~limner_numbers.patterns.word_runs_lower`, runs after a
  space and after other characters found apart) and the digit scan
  (:func:`~limner_numbers.patterns.digit_runs`) give the spans of their patterns;
- the tests of what may follow a figure (:mod:`limner_numbers.heads`) never rule out a
  currency or a unit that the patterns would read;
- whether a unit after an article is priced (:class:`~limner_numbers.finder._Prices`)
  and which amount of money is nearest cents (:func:`~limner_numbers.finder._nearest`),
  answered from indexes made once, are what a search over every amount gives;
- whether a figure's line is prose (:func:`~limner_numbers.finder._in_prose`), from
  the text's line breaks and lower-case words found once, is what a search of the
  line finds.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from limner_numbers import finder as F
from limner_numbers import heads as H
from limner_numbers import patterns as P
from limner_numbers.figure import Figure
from limner_numbers.lexicon import NUMBER_WORDS
from limner_numbers.wordnum import Token, parse_word, parse_words

# pieces that make number-word runs, their edges and their near misses
_PIECES = ["one", "two", "hundred", "million", "first", "half", "and", "a", "-", ",", " ",
           "\n", "(", "x", "none", "fold", "5", "é", "'s", "twenty", "seven", "th"]


def _reference(text: str) -> list[tuple[int, int, bool]]:
    return [(m.start(), m.end(), False) for m in P.WORDS_LOWER.finditer(text)]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_word_runs_are_the_pattern_s_runs(text: str) -> None:
    assert P.word_runs_lower(text) == _reference(text)


@given(st.lists(st.sampled_from([*_PIECES, "\t", "&", "an", "€", ".", "_", "-one"]),
                max_size=60).map("".join))
def test_word_runs_after_any_separator(text: str) -> None:
    assert P.word_runs_lower(text) == _reference(text)


def test_word_runs_longer_than_the_pattern_allows() -> None:
    # past 41 words a run ends and the next starts inside it: the fast scan's runs,
    # found from other starts, must give way to the pattern's own
    for n in (40, 41, 42, 83):
        for sep in (" ", "-", ", ", " and ", "\n"):
            for before in ("", " ", "(", "5"):
                text = before + sep.join(["one", "two-three"] * n) + " two"
                assert P.word_runs_lower(text) == _reference(text), (n, sep, before)


def test_word_runs_at_the_edges() -> None:
    for text, runs in [
        ("one", [(0, 3, False)]),
        ("one two", [(0, 7, False)]),
        ("x (one) two-three", [(3, 6, False), (8, 17, False)]),
        ("none fivefold", []),
        ("", []),
    ]:
        assert P.word_runs_lower(text) == runs == _reference(text)


# digits, their separators, the vulgar fractions Latin-1 holds and one it does not, and
# characters that could be taken for them
_DIGIT_PIECES = ["0", "1", "7", "42", ".", ",", " ", "..", "½", "¼", "⅔", "x", "é", "-",
                 "\n", "１", "٣", "€"]


def _digit_reference(text: str) -> list[tuple[int, int, bool]]:
    return [(m.start(), m.end(), True) for m in P.DIGITS.finditer(text)]


@given(st.lists(st.sampled_from(_DIGIT_PIECES), max_size=30).map("".join))
def test_digit_runs_are_the_pattern_s_runs(text: str) -> None:
    assert P.digit_runs(text) == _digit_reference(text)


@given(st.text(max_size=40))
def test_digit_runs_of_any_text(text: str) -> None:
    assert P.digit_runs(text) == _digit_reference(text)


def test_digit_runs_at_the_edges() -> None:
    for text, runs in [
        (".5", [(0, 2, True)]),
        ("a.5.", [(1, 4, True)]),
        ("..5,000.", [(1, 8, True)]),
        ("1,2 .,3", [(0, 3, True), (6, 7, True)]),
        ("½", [(0, 1, True)]),
        ("x ⅔5", [(2, 4, True)]),
        (". , ..", []),
        ("", []),
    ]:
        assert P.digit_runs(text) == runs == _digit_reference(text)


# what follows figures: currency and unit words and their beginnings, symbols, codes,
# spaces and dashes, words that begin like them, and characters that case folding
# matches to ASCII letters (the kelvin sign, the long s, the dotted capital I)
_AFTER_PIECES = [" ", "  ", "\t", "-", " - ", "euro", "Euros", "EUR", "us", "US dollars",
                 "dollar", "p", "pence", "cents", "C", "km", "kg", "Km/h", "m", "mi", "min",
                 "in", "inch", "sq", "square", "cubic", "feet", "year", "yea", "people", "peso",
                 "x", "e", "s", "k", "K", "ſ", "İ", "°C", "µg", "€", "$", "£", "5", ".", ",",
                 ")", "'", "_", "é", "an", "and", "the", "lb", "lbs", "hp", "yr"]


def _spans(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


@given(st.lists(st.sampled_from(_AFTER_PIECES), max_size=8).map("".join))
def test_what_may_follow_never_rules_out_a_match(text: str) -> None:
    follows = H.follows(text, 0)
    unit_like = H.may_have_unit(text, 0)
    currency, unit = P.CURRENCY_AFTER.match(text, 0), P.UNIT.match(text, 0)
    # fast == plain: the patterns asked only where the tests allow, as the scanner asks them
    assert _spans(currency if follows & H.CURRENCY else None) == _spans(
        currency if unit_like else None)
    assert _spans(unit if follows & H.UNIT else None) == _spans(unit if unit_like else None)
    assert _spans(currency if follows & H.CURRENCY_ALONE else None) == _spans(currency)
    assert H.currency_may_follow(text, 0) == bool(follows & H.CURRENCY_ALONE)


@given(st.text(max_size=12))
def test_what_may_follow_any_text(text: str) -> None:
    follows = H.follows(text, 0)
    if not follows & H.CURRENCY_ALONE:
        assert P.CURRENCY_AFTER.match(text) is None
    if not follows & H.UNIT and H.may_have_unit(text, 0):
        assert P.UNIT.match(text) is None


@given(st.lists(st.sampled_from(_AFTER_PIECES), max_size=8).map("".join),
       st.sampled_from(["", "5", "(5", "a 5"]))
def test_what_may_follow_from_the_memo_is_what_the_tests_say(after: str, before: str) -> None:
    # the memo is keyed by the few characters the tests read: fast == plain
    text = before + after
    e = len(before)
    assert H.follows(text, e) == H.what_follows(text, e)
    for cut in range(len(after)):
        assert H.follows(text[:e + cut], e) == H.what_follows(text[:e + cut], e)


def test_what_may_follow_rules_out_ordinary_words() -> None:
    for text in [" people", " and", " years", "-6", ")", ".", " the"]:
        assert not H.follows(text, 0) & H.CURRENCY_ALONE, text
    for text in [" people", " and", "-6", " to be", " Nat"]:
        assert not H.follows(text, 0) & H.UNIT, text
    for text in [" euros", "-euro", " USD", "p", " £", " cents", " US dollars"]:
        assert H.follows(text, 0) & H.CURRENCY_ALONE, text
    for text in [" km", "-year", " years", " square miles", "kg", " in", " °C"]:
        assert H.follows(text, 0) & H.UNIT, text


@given(st.text(max_size=40) | st.text(st.characters(max_codepoint=255), max_size=40))
def test_lower_is_str_lower(text: str) -> None:
    assert P.lower(text) == text.lower()


@given(st.sampled_from(sorted({*NUMBER_WORDS, "a", "an", "and", ",", "&", "x"}))
       | st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12),
       st.integers(min_value=0, max_value=10**6))
def test_a_one_word_run_is_read_as_the_plain_reader_reads_it(word: str, start: int) -> None:
    for _ in range(2):  # the first reading fills the memo, the second comes from it
        assert parse_word(word, start) == parse_words([Token(word, start, start + len(word))])


def _priced_plain(text: str, fig: Figure, money: list[Figure]) -> bool:
    """The plain definition: no sentence end between the unit and some amount."""
    for m in money:
        lo, hi = (fig.end, m.start) if m.start >= fig.end else (m.end, fig.start)
        if lo <= hi and not P.SENTENCE_END.search(text, lo, hi):
            return True
    return False


_SPAN = st.tuples(st.integers(0, 15), st.integers(1, 8))


@given(st.lists(st.sampled_from(["a", " ", ".", "!", ";", "\n", '"', "’", "x", ". ", ".\n",
                                 "$", "?'"]), min_size=1, max_size=16).map("".join),
       _SPAN, st.lists(_SPAN, max_size=5))
def test_a_unit_is_priced_as_the_plain_search_says(text: str, unit: tuple[int, int],
                                                   amounts: list[tuple[int, int]]) -> None:
    # the index of sentence ends and amounts, made once, answers as a search per amount
    n = len(text)
    fig = Figure(min(unit[0], n - 1), min(unit[0] + unit[1], n), None, "quantity")
    money = sorted((Figure(min(s, n - 1), min(s + w, n), None, "money") for s, w in amounts),
                   key=lambda f: f.start)
    assert F._Prices(text, money).priced(fig) == _priced_plain(text, fig, money)


@given(st.lists(st.integers(0, 30), min_size=1, max_size=8), st.integers(0, 35))
def test_the_nearest_amount_is_the_one_min_finds(starts: list[int], at: int) -> None:
    figs = [Figure(s, s + 2, None, "money") for s in starts]
    assert F._nearest(figs)(at) is min(figs, key=lambda o: abs(o.start - at))


@given(st.lists(st.sampled_from(["Big", "Four", "four", "said", " ", "\n", "'", "-", "’",
                                 "x", "ab", "cdef", "5", "."]), min_size=1,
                max_size=20).map("".join), st.integers(0, 80), st.integers(0, 6))
def test_a_line_of_prose_is_what_the_search_of_its_line_finds(text: str, s: int,
                                                              width: int) -> None:
    s = min(s, len(text) - 1)
    e = min(s + width, len(text))
    lo = text.rfind("\n", 0, s) + 1
    hi = text.find("\n", e)
    plain = F._LOWER_WORD.search(text, lo, hi if hi >= 0 else len(text)) is not None
    assert F._in_prose(text, s, e) == plain
    assert F._in_prose(text, s, e) == plain  # again, from the memo of the text's lines
    fresh = text[:1] + text[1:]  # an equal text, another string: its lines found anew
    assert F._in_prose(fresh, s, e) == plain


def test_the_lines_of_a_text_are_not_held_after_its_figures_are_found() -> None:
    # the lines of the text found once for _in_prose are this thread's, and forgotten
    # when find_figures returns
    import gc

    text = "THE BIG FOUR\nIt cost 5 dollars and four more."
    assert F.find_figures(text)
    assert [o for o in gc.get_objects() if isinstance(o, F._Lines) and o.text == text] == []
