"""Tests of the quotes plugin's shortcuts: each fast path finds what the plain reading finds."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import limner
import limner_quotes
import limner_quotes.attribution as attribution
import limner_quotes.carry
import limner_quotes.finder as finder
import limner_quotes.phrases as phrases
import limner_quotes.sources
import limner_quotes.sources as sources
from limner_quotes import annotate_quotes
from limner_quotes.attribution import (
    _CLAUSE_MARK,
    _COLON_AFTER,
    _LOOKED_FOR,
    _NEXT_CLAUSE,
    _NOT_AFTER,
    _POSSESSIVE,
    _POSSESSOR,
    _SUBJECT_WORD,
    _word_after,
    cue_hits,
    subject_word_before,
    word_after_plain,
)
from limner_quotes.carry import _PUT_IT, _put_it
from limner_quotes.finder import _STOP_CHARS, _no_stop
from limner_quotes.layout import _LONG_WORD, _SENT_ENDS, Layout, _abbreviation
from limner_quotes.lexicon import word_start_pattern
from limner_quotes.phrases import (
    _BE_BEFORE,
    _BE_FORMS,
    _PRONOUN_BEFORE,
    PRONOUN_INITIALS,
    Mention,
    tokenize,
    tokenize_plain,
)
from limner_quotes.recent import Latest
from limner_quotes.resolve import People, _role_heads
from tests.scaling import assert_linear

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


# any character (letters of other scripts, digits, marks, lone surrogates) beside cue
# words, their capitalised forms, and words that hold one
_ANY_PIECES = st.one_of(
    st.text(max_size=4),
    st.sampled_from(sorted(_LOOKED_FOR)),
    st.sampled_from(["Said", "SAID", "unsaid", "said’s", "op-ed", "Op-ed", "\ud83d", "ß", "£",
                     "\u00ff", "\u0100", "?", "2", "“", "”", "(", "\n"]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_ANY_PIECES, max_size=30).map("".join))
def test_cue_scan_of_letter_runs_finds_what_the_word_scan_finds(text: str) -> None:
    assert cue_hits(text) == _cue_hits_plain(text)


@pytest.mark.parametrize(
    "text",
    [
        "said said said",  # runs one space apart: each search starts at the space before
        "said,said.said",
        "unsaid said said-so said’s said",  # the same run whole and inside longer words
        "\U0001f600said said\U0001f600 said",  # a character past Latin-1 is one place
        "é said ésaid saidé warned",
        "said",
        "According to, he said: “He warned”",
    ],
)
def test_cue_scan_finds_each_run_at_its_own_place(text: str) -> None:
    assert cue_hits(text) == _cue_hits_plain(text)


def test_the_edge_characters_of_the_cue_scan_continue_no_word() -> None:
    # a character of _EDGE is taken as a boundary without the plain test
    assert attribution._EDGE
    for ch in attribution._EDGE:
        assert not (ch.isalnum() or ch in "’'-"), ch
        assert not attribution._in_word(ch)
    assert all(attribution._in_word(ch) for ch in "a7é’'-")


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


# Possessors, pronouns and the letters that match them without regard to case ("ı", "ſ").
_OWNED = st.sampled_from(
    [" ", "  ", "\u00a0", ",", ".", "'", "’", "'s", "’s", "s’", "s'", "his", "HIS", "Her",
     "their", "its", "my", "our", "ſ", "ı", "İ", "hıs", "the", "a", "to", "The", "claim",
     "claims", "call", "statement", "that", "for", "by", "Smith", "officials", "minister",
     "said", "he", "-", "_", "x", "\n"]
)
_OWNED_TEXTS = st.lists(_OWNED, max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(_OWNED_TEXTS, st.integers(0, 200), st.integers(0, 200))
def test_possessor_is_looked_for_only_where_a_possessive_is(text: str, a: int, b: int) -> None:
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    if _POSSESSIVE.search(text, a, b) is None:
        assert _POSSESSOR.search(text, a, b) is None
    assert attribution._possessive(text, a, b) is (_POSSESSIVE.search(text, a, b) is not None)


_OWNERS = st.sampled_from(
    ["his", "Her", "İts", "hıs", "their", "my", "our", "’s", "'s", "s’", "s'", "s", "’", "'",
     " ", "  ", "\t", "\u00a0", "Smith", "the", "minister", "new", "claim", ",", ".", "-",
     "é", "“", "\n", "x", "A"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_OWNERS, max_size=30).map("".join), st.integers(0, 200), st.integers(0, 200))
def test_possessor_tried_where_a_match_may_start_finds_what_the_search_finds(
    text: str, a: int, b: int
) -> None:
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    plain = _POSSESSOR.search(text, a, b)
    fast = attribution._possessor(text, a, b)
    got = (fast.span(), fast.groups()) if fast else None
    assert got == ((plain.span(), plain.groups()) if plain else None)


def test_possessor_starts_at_the_run_of_words_before_the_mark() -> None:
    text = "He attacked “the prime minister’s new claim"
    v0 = text.rindex("claim")
    m = attribution._possessor(text, 0, v0)
    assert m is not None and m.group(2) == "the prime minister"
    assert m.span() == _POSSESSOR.search(text, 0, v0).span()  # type: ignore[union-attr]


@settings(max_examples=300, deadline=None)
@given(_OWNED_TEXTS)
def test_noun_cue_reads_the_same_with_and_without_the_possessive_shortcut(text: str) -> None:
    text = text + " claim that the plan would fail."
    v0 = text.rindex("claim")
    v1 = v0 + len("claim")
    fast = attribution._noun(text, 0, len(text), v0, v1)
    saved = attribution._possessive
    attribution._possessive = lambda text, lo, v0: True  # the plain reading: always search
    try:
        plain = attribution._noun(text, 0, len(text), v0, v1)
    finally:
        attribution._possessive = saved
    assert _as_tuple(fast) == _as_tuple(plain)


def _as_tuple(a: attribution.Attribution | None) -> object:
    return None if a is None else (a.fragments, a.mention, a.cue_start, a.cue_end, a.family)


def test_a_possessive_with_a_dotless_i_names_no_one() -> None:
    text = "hıs claim that the plan would fail."
    found = attribution._noun(text, 0, len(text), 4, 9)
    assert found is None  # no source: not a crash
    # the whole plugin on it (it raised KeyError before)
    assert annotate_quotes("In hıs statement that the plan would fail, he wept.") == []


@settings(max_examples=300, deadline=None)
@given(_OWNED_TEXTS, st.integers(0, 200), st.integers(0, 200), st.integers(0, 200))
def test_a_window_that_holds_no_determiner_before_the_cue_holds_none_in_part(
    text: str, a: int, b: int, v: int
) -> None:
    """The reuse in ``_one``: nothing found in ``[a, v)`` means nothing found in ``[b, v)``."""
    a, b, v = sorted(min(x, len(text)) for x in (a, b, v))
    if _NOT_AFTER.search(text, a, v) is None:
        assert _NOT_AFTER.search(text, b, v) is None


@settings(max_examples=500, deadline=None)
@given(_OWNED_TEXTS, st.integers(0, 200), st.integers(0, 200))
def test_word_after_scan_finds_what_the_plain_loop_finds(text: str, i: int, limit: int) -> None:
    limit = min(limit, len(text))
    assert _word_after(text, i, limit) == word_after_plain(text, i, limit)


# Subjects before a verb: pronouns (and the letters that match them without regard to
# case), names, nouns in -ed, -er, -ions, auxiliaries, and words the window may cut.
_SUBJECTS = st.sampled_from(
    [" ", "  ", "\u00a0", "\t", "\n", "he", "He", "HE", "she", "ſhe", "ıt", "İT", "it", "we",
     "i", "they", "who", "also", "has", "not", "never", "will", "later", "officials",
     "critics", "reformed", "ed", "ers", "women", "ions", "bed", "Smith", "McCain", "the",
     "plans", "x", "_", "’", "'", "-", ".", ",", "7", "é", "said", "\x00", "woman", "WHO",
     "O’Neill", "socialist", "do", "then", "3ed", "minister's", "'s", "’s", "critics’s"]
)
_SUBJECT_TEXTS = st.lists(_SUBJECTS, max_size=12).map("".join)
# A subject's shape before a cue: words, then white space and adverbs to the window's end.
_SUBJECT_ENDS = st.tuples(
    st.lists(_SUBJECTS, max_size=4).map("".join),
    st.lists(
        st.tuples(st.sampled_from([" ", "  ", "\t", "\u00a0"]),
                  st.sampled_from(["also", "has", "never", "not", "still", "He", "it",
                                   "officials", "Smith", "bed", "ıt", "ſhe", "minister's",
                                   "ers’s"])).map("".join),
        max_size=3,
    ).map("".join),
    st.sampled_from([" ", "  ", "\t", "\u00a0"]),
).map("".join)
# The pronoun before a verb as the plain pattern reads it: tried at every position.
_PRONOUN_PLAIN = re.compile(
    r"(?<![\w’'])(?i:(he|she|they|we|i|it))[ \t\u00a0]+"
    r"(?:(?:also|later|then|has|had|have|would|will|previously|once|again|recently|earlier"
    r"|just|further|still|even|is|was|were|are)[ \t\u00a0]+){0,2}\Z"
)


def test_pronoun_initials_are_what_the_pronouns_start_with_without_regard_to_case() -> None:
    letters = {c for c in map(chr, range(0x110000)) if re.fullmatch("(?i:h|s|t|w|i)", c)}
    assert letters == set(PRONOUN_INITIALS)


@settings(max_examples=500, deadline=None)
@given(_SUBJECT_TEXTS, st.integers(0, 120), st.integers(0, 120))
def test_pronoun_before_a_verb_is_found_as_by_the_plain_pattern(
    text: str, lo: int, verb: int
) -> None:
    lo, verb = sorted((min(lo, len(text)), min(verb, len(text))))
    fast = _PRONOUN_BEFORE.search(text, lo, verb)
    plain = _PRONOUN_PLAIN.search(text, lo, verb)
    assert (fast and (fast.span(), fast.groups())) == (plain and (plain.span(), plain.groups()))


@functools.cache
def _letter_variants(letter: str) -> tuple[str, ...]:
    """Every character that matches ``letter`` without regard to case."""
    return tuple(c for c in map(chr, range(0x110000)) if re.fullmatch(f"(?i:{letter})", c))


def _case_variants(word: str) -> list[str]:
    """Every spelling of ``word`` that matches it without regard to case ("ſHe", "İt")."""
    return ["".join(p) for p in itertools.product(*map(_letter_variants, word))]


@pytest.mark.parametrize("pronoun", ["he", "she", "they", "we", "i", "it"])
def test_pronoun_before_a_verb_in_every_case_and_after_every_edge(pronoun: str) -> None:
    # the first letter is read case by case, the rest without regard to case, and the
    # character before it (or the window's start, or the text's) by the look-behind
    for spelled in _case_variants(pronoun):
        for before in ["", " ", "x", "’", "'", "_", "7", "(", "é", "-", "“"]:
            for after in [" ", "  also ", "\tis was ", " said", "x ", "", " also then is "]:
                text = before + spelled + after
                for lo in range(len(before) + 2):
                    lo = min(lo, len(text))
                    fast = _PRONOUN_BEFORE.search(text, lo, len(text))
                    plain = _PRONOUN_PLAIN.search(text, lo, len(text))
                    assert (fast and (fast.span(), fast.groups())) == (
                        plain and (plain.span(), plain.groups())
                    ), (text, lo)
    assert _PRONOUN_BEFORE.search("the minister said that he also ", 0, 31).group(1) == "he"
    assert _PRONOUN_BEFORE.search("the ", 1, 4) is None  # "he" of "the" is no pronoun


# Words at a word's start, in every case the pattern matches without regard to case, the
# characters a word may go on with before them, and the spaces and adverbs after them.
_STARTED = st.sampled_from(
    [" ", "  ", "\u00a0", "\t", "\n", "the", "The", "THE", "a", "an", "An", "and", "to", "of",
     "his", "hıs", "HİS", "ıts", "its", "their", "is", "İs", "ıs", "was", "waſ", "been", "be",
     "being", "’s", "'s", "s", "court", "Court", "COURT", "jury", "trial", "hearing", "inquest",
     "also", "not", "quickly", "widely", "x", "_", "’", "'", "-", ".", ",", "(", "7", "é", "K",
     "k", "\u212a"]
)


def _plain_started(words: list[str], rest: str) -> re.Pattern[str]:
    """``(?<![\\w’'])(?i:W1|W2|…)`` and ``rest``: the pattern tried at every position."""
    return re.compile(r"(?<![\w’'])(?i:" + "|".join(map(re.escape, words)) + ")" + rest)


_WORD_START_PAIRS = [
    (attribution._NOT_AFTER, _plain_started(
        ["the", "a", "an", "to", "of", "his", "her", "their", "its", "our", "my", "your",
         "this", "these", "those", "for", "in", "on", "with", "and", "or"],
        r"[ \t\u00a0]+\Z")),
    (attribution._BE, _plain_started(
        ["is", "was", "are", "were", "been", "be", "being", "’s", "'s"],
        r"(?:[ \t\u00a0]+(?:not|widely|also|now|generally|largely|long|still|increasingly"
        r"|initially|originally|once))?[ \t\u00a0]+\Z")),
    (phrases.HEARER_BEFORE, _plain_started(
        ["court", "hearing", "inquest", "inquiry", "jury", "trial", "tribunal"],
        r"[ \t\u00a0]+(?:(?:was|were|has|had|have|been|also|later|previously)[ \t\u00a0]+)"
        r"{0,2}\Z")),
    (_BE_BEFORE, _plain_started(
        list(_BE_FORMS),
        r"[ \t\u00a0]+(?:(?:not|never|also|just|again|once|later|then|[a-z]+ly)[ \t\u00a0]+)?"
        r"\Z")),
]


@pytest.mark.parametrize("pair", range(len(_WORD_START_PAIRS)))
@settings(max_examples=400, deadline=None)
@given(st.lists(_STARTED, max_size=10).map("".join), st.integers(0, 80), st.integers(0, 80))
def test_word_start_patterns_find_what_the_look_behind_first_finds(
    pair: int, text: str, lo: int, end: int
) -> None:
    lo, end = sorted((min(lo, len(text)), min(end, len(text))))
    fast, plain = _WORD_START_PAIRS[pair]
    a, b = fast.search(text, lo, end), plain.search(text, lo, end)
    assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


# Words, marks and white space around the clause breaks, stops, times, "be" and pronouns.
_OPENED = st.sampled_from(
    [" ", "  ", "\u00a0", "\t", "\n", "in", "the", "past", "on", "Monday", "last", "week",
     "this", "May", "interview", "interviews", "and", "but", "as", "after", "if", "when",
     "While", "AND", "android", ",", ";", ":", ".", "!", "?", "\"", "“", "Mr", "Mrs", "A",
     "Capt", "Prof", "is", "IS", "İs", "ıs", "be", "got", "GETS", "not", "quickly", "It", "it",
     "İt", "has", "been", "widely", "its", "they", "their", "them", "he", "she", "HIS", "her",
     "him", "i", "I", "me", "my", "x", "_", "’", "'", "-", "é", "7", "K", "ſ", "—", "–",
     "whereas", "who", "which", "though"]
)


def _pronouns_plain(words: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(
        sorted(words | limner_quotes.sources._PERSON_PRONOUNS_ANY, key=len, reverse=True)
    )
    return re.compile(rf"(?<![A-Za-z])(?:{alternatives})(?![A-Za-z])", re.IGNORECASE | re.ASCII)


# Each pattern that opens with a class, and the same pattern as first written.
_OPENED_PAIRS = [
    (phrases._TIME_BEFORE, re.compile(
        phrases._TIME_BEFORE.pattern.replace("[ \\t\\u00a0][ \\t\\u00a0]*", "[ \\t\\u00a0]+", 1))),
    (attribution._CLAUSE_BREAK, re.compile(
        r"(?:[,;:]|\b(?:and|but|because|while|although|as|after|since|when|if)\b)[ \t\u00a0]+")),
    (attribution._NEXT_CLAUSE, re.compile(
        r"(?:[,;]|[ \t\u00a0][—–])[ \t\u00a0]+(?:whereas|but|while|although|though|who|which)"
        r"[ \t\u00a0]+|;[ \t\u00a0]+")),
    (finder._STOP_CHARS, re.compile(
        r"[!?;\"“”„«»]|\.(?<![A-Z]\.)(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr)\.)"
        r"(?<!\b(?:Mrs|Sen|Rep|Gov|Gen|Col|Sgt|Adm|Rev)\.)(?<!\bCapt\.)(?<!\bProf\.)"
        r"(?=[ \t\u00a0])")),
    (limner_quotes.sources._BE_BEFORE, re.compile(
        r"\b(?:is|are|was|were|be|been|being|get|gets|got)[ \t\u00a0]+"
        r"(?:(?:not|never|[a-z]+ly)[ \t\u00a0]+)?\Z", re.IGNORECASE)),
    (limner_quotes.sources._IT_BE_BEFORE, re.compile(
        r"(?<![\w’'])[Ii]t[ \t\u00a0]+(?:is|was|has[ \t\u00a0]+been|had[ \t\u00a0]+been)"
        r"[ \t\u00a0]+(?:(?:widely|also|now|generally|largely|still|increasingly|initially"
        r"|originally)[ \t\u00a0]+)?\Z")),
    (limner_quotes.sources._IT_OR_PERSON, _pronouns_plain(limner_quotes.sources._IT_PRONOUNS)),
    (limner_quotes.sources._BODY_OR_PERSON,
     _pronouns_plain(limner_quotes.sources._BODY_PRONOUNS)),
]


@pytest.mark.parametrize("pair", range(len(_OPENED_PAIRS)))
@settings(max_examples=300, deadline=None)
@given(st.lists(_OPENED, max_size=12).map("".join), st.integers(0, 80), st.integers(0, 80))
def test_patterns_opened_by_a_class_find_what_they_found_as_first_written(
    pair: int, text: str, a: int, b: int
) -> None:
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    fast, plain = _OPENED_PAIRS[pair]
    assert [(m.span(), m.groups()) for m in fast.finditer(text, a, b)] == [
        (m.span(), m.groups()) for m in plain.finditer(text, a, b)
    ]
    assert fast.findall(text, a, b) == plain.findall(text, a, b)


# Openers of a clause, near misses, subjects and white space before a finite cue.
_CLAUSES = st.sampled_from(
    [" ", "  ", "\u00a0", "\t", "\n", ",", ";", "and", "But", "but", "as", "after", "when",
     "whereas", "android", "sand", "he", "He", "the", "party", "Smith", "Peña", "Pen\u0303a",
     "Nieto", "60%", "two-thirds", "x", "’", ")", "\"", "”", "has", "also", "it", "I", "7"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_CLAUSES, max_size=14).map("".join))
def test_a_clause_of_its_own_needs_a_comma_a_semicolon_or_a_conjunction(text: str) -> None:
    # _own_clause searches only a window that holds one of them: every match does
    window = text[-70:]
    if "," not in window and ";" not in window and attribution._OPENING_CONJUNCTIONS.isdisjoint(
        window.split()
    ):
        assert attribution._SUBJECT_CLAUSE.search(text, max(0, len(text) - 70)) is None


def test_speaker_phrase_is_read_once_per_window_of_a_text() -> None:
    first = "Officials in Lagos said the plan would fail. He later said it had."
    second = "The minister told reporters and Mary Jones said the plan would fail."
    for text in (first, second, first):  # a text read again after another
        for verb in [m.start() for m in re.finditer("said|told", text)]:
            for lo in (0, max(0, verb - 30)):
                fresh = phrases.read_phrase_before(text, lo, verb)
                assert phrases.phrase_before(text, lo, verb) == fresh
                assert phrases.phrase_before(text, lo, verb) == fresh  # from the memo
                after = phrases.read_phrase_after(text, verb + 5, len(text))
                assert phrases.phrase_after(text, verb + 5, len(text)) == after
                assert phrases.phrase_after(text, verb + 5, len(text)) == after
    # the same window of another text with the same characters' places is read afresh
    a, b = "He said so.", "We said so."
    assert phrases.phrase_before(a, 0, 3).gender == "m"  # type: ignore[union-attr]
    assert phrases.phrase_before(b, 0, 3).gender is None  # type: ignore[union-attr]


def test_a_text_annotated_twice_is_read_twice() -> None:
    text = "Officials in Lagos said the plan would fail, and he later said it had."
    first = annotate_quotes(text)
    assert phrases._READ.read is None  # the reading's phrases are not kept after it
    assert annotate_quotes(text) == first


def test_speaker_phrases_of_two_threads_are_read_apart() -> None:
    import threading

    a, b = "He said so.", "She said so."
    assert phrases.phrase_before(a, 0, 3).role == "he"  # type: ignore[union-attr]
    seen: list[str | None] = []
    reader = threading.Thread(
        target=lambda: seen.append(phrases.phrase_before(b, 0, 4).role)  # type: ignore[union-attr]
    )
    reader.start()
    reader.join()
    assert seen == ["she"]
    assert phrases.phrase_before(a, 0, 3).role == "he"  # type: ignore[union-attr]


def test_word_start_pattern_opens_with_the_first_letters_in_every_case() -> None:
    pattern = word_start_pattern(["is", "said", "keep", "’s"])
    letters = {c for c in map(chr, range(0x110000)) if re.fullmatch("(?i:i|s|k)", c)}
    assert set(pattern[1 : pattern.index("]")]) == letters | {"’"}
    started = re.compile(pattern + r"\Z")
    assert started.search("it is", 0, 5).span() == (3, 5)
    assert started.search("this", 2, 4) is None  # "is" inside a word
    assert started.search("KEEP", 0, 4) is not None
    assert started.search("Tom’s", 0, 5) is None  # the apostrophe goes on from a word


# Stops, closing and opening marks, white space and line breaks: sentence ends and near misses.
_BREAKS = st.sampled_from(
    [".", "!", "?", "\n", " ", "  ", "\t", "\u00a0", "\"", "”", "’", "'", "“", "‘", "A", "Z",
     "a", "x", ",", "Mr", "said", "..", ".\n", "é", "7"]
)
# The sentence ends as the plain patterns read them: a stop's alternative, then the line break.
_BREAK_PLAIN = re.compile(r"[.!?][\"”’']?[ \t\u00a0]+(?=[\"“‘'A-Z])|\n")
_SENTENCE_END_PLAIN = re.compile(r"[.!?][\"”’']*[ \t\u00a0]+[\"“‘'A-Z]|\n")


@pytest.mark.parametrize(
    ("fast", "plain"),
    [
        (phrases.SENTENCE_BREAK, _BREAK_PLAIN),
        (limner_quotes.carry._SENTENCE_END, _SENTENCE_END_PLAIN),
    ],
)
@settings(max_examples=300, deadline=None)
@given(st.lists(_BREAKS, max_size=16).map("".join), st.integers(0, 80), st.integers(0, 80))
def test_sentence_breaks_are_found_as_by_the_plain_patterns(
    fast: re.Pattern[str], plain: re.Pattern[str], text: str, a: int, b: int
) -> None:
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    assert [m.span() for m in fast.finditer(text, a, b)] == [
        m.span() for m in plain.finditer(text, a, b)
    ]


@settings(max_examples=500, deadline=None)
@given(_SUBJECT_TEXTS, st.integers(0, 120), st.integers(0, 120))
def test_subject_word_from_word_starts_finds_what_the_plain_search_finds(
    text: str, lo: int, v0: int
) -> None:
    lo, v0 = sorted((min(lo, len(text)), min(v0, len(text))))
    assert subject_word_before(text, lo, v0) is (_SUBJECT_WORD.search(text, lo, v0) is not None)


@settings(max_examples=500, deadline=None)
@given(_SUBJECT_ENDS, st.integers(0, 30))
def test_subject_word_read_backwards_from_the_cue_finds_what_the_search_finds(
    text: str, back: int
) -> None:
    lo = max(0, len(text) - back)  # the window ends where a cue would stand
    found = _SUBJECT_WORD.search(text, lo, len(text)) is not None
    assert subject_word_before(text, lo, len(text)) is found


def test_subject_word_cut_by_the_window() -> None:
    text = "the officials plans"
    v0 = text.index("plans")
    lo = text.index("ficials")  # the window cuts "officials": the plain search matches
    assert _SUBJECT_WORD.search(text, lo, v0) is not None
    assert subject_word_before(text, lo, v0)


_COLONS = st.sampled_from([" ", "\u00a0", "\t", ":", "said", "the", "plan", ".", "“", "\n", "x"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_COLONS, max_size=30).map("".join), st.integers(0, 120), st.integers(0, 120))
def test_colon_content_is_looked_for_only_where_a_colon_is(text: str, a: int, b: int) -> None:
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    if text.find(":", a, b) < 0:
        assert _COLON_AFTER.match(text, a, b) is None


def _sentence_plain(text: str, pos: int) -> tuple[int, int]:
    """The sentence holding ``pos``: every end pattern run over its whole line."""
    p_start = text.rfind("\n", 0, pos) + 1
    p_end = text.find("\n", pos)
    p_end = len(text) if p_end < 0 else p_end
    spans = sorted(
        m.span() for _, pattern in _SENT_ENDS for m in pattern.finditer(text, p_start, p_end)
    )
    ends = [
        e for s, e in spans
        if not (
            text[s] == "." and e - s == 1
            and (s - 6 < p_start or _LONG_WORD.match(text, s - 6, s) is None)
            and _abbreviation(text, s, p_start)
        )
    ] + [p_end]
    i = min(sum(1 for e in ends if e <= pos), len(ends) - 1)
    start = ends[i - 1] if i > 0 else p_start
    while start < ends[i] and text[start] in " \t\u00a0":
        start += 1
    return start, ends[i]


_PROSE = st.sampled_from(
    [" ", "  ", "\u00a0", "\n", ".", ". ", "!", "? ", "…", "”", "’", ")", "He", "A", "7",
     "said", "Mr", "U.S", "No", "the", "abcdefg", "é", "É", "2004", "(", "“", "'", "J.K",
     "e.g", "Corp", "minister", "Inc"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PROSE, max_size=12).map("".join))
def test_abbreviation_reads_the_space_it_is_given_as_the_one_it_finds(text: str) -> None:
    # the space a line's scan finds in the six characters before a period is the one
    # _abbreviation looks for
    for stop in range(6, len(text)):
        if text[stop] == ".":
            space = text[stop - 6 : stop].rfind(" ")
            if space >= 0:
                assert _abbreviation(text, stop, 0, stop - 6 + space) is _abbreviation(
                    text, stop, 0
                )


@settings(max_examples=400, deadline=None)
@given(st.lists(_PROSE, max_size=40).map("".join), st.data())
def test_sentence_bounds_skip_lines_without_a_mark_and_find_the_same(
    text: str, data: st.DataObject
) -> None:
    layout = Layout(text)
    for pos in data.draw(st.lists(st.integers(0, max(0, len(text) - 1)), max_size=6)):
        if pos < len(text):
            assert layout.sentence(pos) == _sentence_plain(text, pos)


# Clauses before a cue: openers, conjunctions, subjects, auxiliaries.
_CLAUSES = st.sampled_from(
    [" ", "  ", "\u00a0", "\t", ",", ";", "—", "–", "-", "and", "but", "as", "while", "who",
     "which", "whereas", "once", "he", "He", "I", "the", "The", "governor", "Smith", "has",
     "also", "never", "x", "7", "2.5", "%", "percent", "two-thirds", "”", "’", "."]
)
_CLAUSE_TEXTS = st.lists(_CLAUSES, max_size=24).map("".join)


@settings(max_examples=500, deadline=None)
@given(_CLAUSE_TEXTS, st.integers(0, 200), st.integers(0, 200))
def test_next_clause_is_looked_for_only_where_a_comma_or_dash_is(text: str, a: int, b: int) -> None:
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    if _CLAUSE_MARK.search(text, a, b) is None:
        assert list(_NEXT_CLAUSE.finditer(text, a, b)) == []


def _disjoint(bounds: list[int]) -> list[tuple[int, int]]:
    """Sorted, disjoint spans from a list of cut points (every other gap is a span)."""
    cuts = sorted(set(bounds))
    return [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts) - 1, 2)]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.integers(0, 300), max_size=40),
    st.lists(st.integers(0, 300), max_size=16),
    st.lists(st.integers(0, 300), max_size=16),
    st.sets(st.integers(0, 300), max_size=8),
)
def test_cues_outside_the_held_spans_are_picked_as_one_search_a_cue_picks_them(
    starts: list[int], first: list[int], second: list[int], cues: set[int]
) -> None:
    hits = sorted({(s, s + 4) for s in starts})
    direct = finder._Spans(_disjoint(first))
    held = finder._Spans(_disjoint(second))
    union = finder._merged(sorted(direct.spans + held.spans))
    plain = [
        h for h in hits
        if not (h[0] in cues or direct.holding(h[0]) >= 0 or held.holding(h[0]) >= 0)
    ]
    assert finder._outside(hits, union, cues) == plain


_REPORTS = st.sampled_from(
    [" ", ", ", ". ", "\n", "“", "”", ":", "said", "says", "argued", "claimed", "warned that",
     "the minister", "Ana Ruiz", "he", "officials", "a poll shows", "according to", "In a",
     "statement", "the plan will fail", "“We will win,”", "x"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_REPORTS, max_size=30).map("".join), st.sets(st.integers(0, 200), max_size=6))
def test_attributions_read_the_same_from_the_cues_left_free_as_from_a_test_of_each(
    text: str, claimed: set[int]
) -> None:
    layout = Layout(text)
    hits = cue_hits(text)
    held = finder._Spans(_disjoint(sorted(claimed)))

    def taken(pos: int) -> bool:
        return held.holding(pos) >= 0

    free = finder._outside(hits, held.spans, set())
    plain = attribution.attributions(text, layout, taken=taken, hits=hits)
    fast = attribution.attributions(text, Layout(text), taken=taken, hits=hits, free=free)
    assert [_as_tuple(a) for a in fast] == [_as_tuple(a) for a in plain]


def _colon_content_plain(text: str, layout: Layout, v1: int) -> tuple[int, int] | None:
    """``_colon_content`` as it read before: the cue's line looked up first, then the colon."""
    p_end = layout.paragraph(v1)[1]
    limit = min(p_end, v1 + 48)
    m = _COLON_AFTER.match(text, v1, limit)
    if m is None:
        return None
    start = m.end()
    if start >= p_end:
        nxt = p_end + 1
        while nxt < len(text) and text[nxt] in " \t\u00a0\r\n" and nxt - p_end < 8:
            nxt += 1
        if nxt >= len(text) or text[nxt] in attribution._MARKS or text[nxt].isspace():
            return None
        start, p_end = nxt, layout.paragraph(nxt)[1]
    if text[start] in attribution._MARKS:
        return None
    a, b = attribution._trim(text, start, p_end)
    return (a, b) if b - a >= 12 else None


@settings(max_examples=400, deadline=None)
@given(st.lists(_COLONS, max_size=40).map("".join), st.integers(0, 160))
def test_colon_content_is_read_the_same_whether_the_colon_or_the_line_is_looked_for_first(
    text: str, v1: int
) -> None:
    v1 = min(v1, len(text))
    layout = Layout(text)
    assert attribution._colon_content(text, layout, v1) == _colon_content_plain(text, layout, v1)


# words, abbreviations, single letters and the marks a period may be glued before, beside
# every kind of white space, underscores, apostrophes, hyphens and any other character
_TOKEN_PIECES = st.one_of(
    st.sampled_from(
        ["Mr", "mr", "Dr", "U", "S", "x", "etc", "said", "Blair’s", "so-called", "rock'n",
         "_", "a_b", "7", "3.5", "2,000", ".", ",", ")", "(", "...", "’", "'", "-", "—", " ",
         "  ",
         "\t", "\n", "\u00a0", "\u2003", "\u00ad", "\u200b", "é", "ß", "\u0301", "“", "”",
         "\u00b2"]
    ),
    st.text(max_size=3),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_TOKEN_PIECES, max_size=30).map("".join), st.integers(0, 90), st.integers(0, 90))
def test_tokens_read_from_pieces_are_the_tokens_of_the_pattern(text: str, a: int, b: int) -> None:
    a, b = min(a, b, len(text)), min(max(a, b), len(text))
    assert tokenize(text, a, b) == tokenize_plain(text, a, b)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(_TOKEN_PIECES, max_size=30).map("".join),
    st.integers(0, 90),
    st.integers(0, 90),
    st.integers(0, 90),
)
def test_a_window_widened_from_its_tail_has_the_tokens_of_the_whole(
    text: str, a: int, near: int, b: int
) -> None:
    a, near, b = sorted((min(a, len(text)), min(near, len(text)), min(b, len(text))))
    assert phrases._widened(text, a, near, b, tokenize(text, near, b)) == tokenize(text, a, b)


def test_tokens_of_every_window_of_glued_periods() -> None:
    # windows that cut a word or end between a period and the comma or bracket after it
    text = "Mr. Reyes  (of the U.S.), said x., Dr.) a_b. 3.5.\tBlair’s so-called “view.” ok"
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            assert tokenize(text, a, b) == tokenize_plain(text, a, b), (a, b)


@pytest.mark.parametrize(
    "word", ["so-called", "O’Brien", "-", "--", "rock'n'roll", "’90s", "al-Sisi", "x²-y", "3-2"]
)
def test_a_piece_of_letters_digits_hyphens_and_apostrophes_is_one_token(word: str) -> None:
    text = f"said {word} today"
    assert tokenize(text, 0, len(text)) == tokenize_plain(text, 0, len(text))
    assert (5, 5 + len(word), word) in tokenize(text, 0, len(text))


_LABEL_PATTERN = re.compile(r"[A-Z][\w’'.\-]{0,20}(?:[ \t\u00a0][A-Z][\w’'.\-]{0,20}){0,2}")


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(["A", "Q", "Smith", "x", "1", "_", "’", "'", ".", "-", " ", "\t",
                         "\u00a0", "\n", "é", "É", "\u0301", "\u00b2", ":", "y" * 19]),
        max_size=8,
    ).map("".join)
)
def test_a_turn_label_read_word_by_word_is_the_label_pattern(label: str) -> None:
    assert finder._turn_label(label) == (_LABEL_PATTERN.fullmatch(label) is not None)


@pytest.mark.parametrize("figure", ["2,000", "1,313", "12,500,000"])
def test_a_figure_whose_commas_part_its_thousands_is_one_token(figure: str) -> None:
    # a comma after it, or one that parts no thousands ("1,50"), is a token of its own
    text = f"of {figure} adults, 1,50 or {figure},"
    toks = tokenize(text, 0, len(text))
    assert toks == tokenize_plain(text, 0, len(text))
    assert [w for _, _, w in toks] == ["of", figure, "adults", ",", "1", ",", "50", "or",
                                       figure, ","]


def test_speaker_phrases_made_without_the_named_tuple_constructor_are_mentions() -> None:
    from limner_quotes.phrases import Mention, phrase_before, pronoun_mention

    assert pronoun_mention(0, 2, "He") == Mention(0, 2, "pronoun", role="he", gender="m")
    text = "Foreign Minister Ana Ruiz said. The minister said. A senior official said."
    name = phrase_before(text, 0, text.index(" said"))
    role = phrase_before(text, 31, text.index(" said", 31))
    description = phrase_before(text, 51, text.rindex(" said"))
    assert name == Mention(0, 25, "name", name="Ana Ruiz", role="foreign minister", gender=None)
    assert role == Mention(32, 44, "role", role="minister", definite=True)
    assert description == Mention(51, 68, "role", role="senior official", definite=True)
    for m in (name, role, description, pronoun_mention(0, 3, "she")):
        assert type(m) is Mention and m.name == m[3] and m.definite == m[6]


def test_white_space_is_every_character_str_isspace_holds() -> None:
    spaces = "".join(c for c in map(chr, range(0x110000)) if c.isspace())
    assert spaces == attribution.WHITE_SPACE


# fragments with white space of every kind and the marks trimmed at either end, or not
_TRIM_PIECES = st.one_of(
    st.sampled_from([" ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\x1c", "\u200b", ".", ",",
                     ";", ":", "!", "?", "—", "–", "-", "“", "a", "7", "é"]),
    st.text(max_size=2),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_TRIM_PIECES, max_size=20).map("".join), st.integers(0, 40), st.integers(0, 40))
def test_trim_by_set_tests_trims_what_the_plain_tests_trim(text: str, a: int, b: int) -> None:
    a, b = min(a, b, len(text)), min(max(a, b), len(text))
    assert attribution._trim(text, a, b) == attribution.trim_plain(text, a, b)


def _trim_end_plain(text: str, a: int, b: int) -> int:
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".,;:"):
        b -= 1
    return b


@settings(max_examples=400, deadline=None)
@given(st.lists(_TRIM_PIECES, max_size=20).map("".join), st.integers(0, 40), st.integers(0, 40))
def test_end_trim_by_one_set_test_trims_what_the_plain_tests_trim(
    text: str, a: int, b: int
) -> None:
    a, b = min(a, b, len(text)), min(max(a, b), len(text))
    assert finder._trim_end(text, a, b) == _trim_end_plain(text, a, b)


# forms of "be" in any case and white space, the letters that take a case of theirs
# ("ſ", "İ", the Kelvin sign), adverbs, and words that end with a form ("this", "tribe")
_BE_PIECES = st.sampled_from(
    ["is", "IS", "Was", "wa\u017f", "\u0130s", "are", "were", "be", "been", "being", "BEING",
     "this", "tribe", "(", "“", "’", "'", "x", "not", "also", "firmly", "Firmly", "told", " ",
     "  ", "\t", "\n", "\u00a0", "\u2003", "\u212a", ",", ".", "7"]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_BE_PIECES, max_size=14).map("".join), st.integers(0, 60), st.integers(0, 60))
def test_be_before_a_verb_is_found_as_by_the_plain_pattern(text: str, a: int, b: int) -> None:
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    fast, plain = _WORD_START_PAIRS[3]
    assert fast is _BE_BEFORE
    x, y = fast.search(text, a, b), plain.search(text, a, b)
    assert (x and x.span()) == (y and y.span())


def test_be_before_a_verb_still_found() -> None:
    for text in ["He was told", "It is, (Was firmly\u00a0told", "they WERE also\ttold",
                 "the fund has been told", "\u0130s told", "wa\u017f told"]:
        b = text.rindex("told")
        assert _BE_BEFORE.search(text, 0, b) is not None


# -- resolution: the people named so far, each question asked of an index ---------------------


class PlainPeople:
    """:class:`limner_quotes.resolve.People` as first written: every question walks back
    over everyone named so far, most recent first."""

    def __init__(self) -> None:
        self._recent: list[tuple[str, set[str], list[str | None]]] = []  # name, roles, gender
        self._words: set[str] = set()

    def _find_name(self, name: str) -> tuple[str, set[str], list[str | None]] | None:
        words = name.split()
        for person in reversed(self._recent):
            if person[0] == name:
                return person
        for person in reversed(self._recent):
            full = person[0].split()
            if len(words) < len(full) and (
                full[-len(words):] == words or full[: len(words)] == words
            ):
                return person
        return None

    def _touch(self, person: tuple[str, set[str], list[str | None]]) -> None:
        self._recent = [p for p in self._recent if p is not person] + [person]

    def fits(self, gender: str | None) -> bool:
        return any(p[2][0] in (None, gender) for p in self._recent)

    def may_be(self, m: Mention, gender: str | None) -> bool:
        person = self._find_name(m.name) if m.name else None
        return person is None or person[2][0] in (None, gender)

    def goes_by(self, gender: str | None, name: str) -> bool:
        if name not in self._words:
            return False
        person = self._find_name(name)
        return (person is not None and len(person[0].split()) > 1 and person[0] != name
                and person[2][0] in (None, gender))

    def last(self) -> str | None:
        return self._recent[-1][0] if self._recent else None

    def resolve(self, m: Mention) -> str | None:
        if m.mention == "name" and m.name:
            person = self._find_name(m.name)
            if person is None:
                size = len(m.name.split())
                self._recent = [p for p in self._recent if not (
                    len(p[0].split()) < size and m.name.endswith(" " + p[0]))]
                person = (m.name, _role_heads(m.role), [m.gender])
                self._recent.append(person)
                if size > 1:
                    self._words.update(m.name.split())
            else:
                person[1].update(_role_heads(m.role))
                person[2][0] = person[2][0] or m.gender
                self._touch(person)
            return person[0]
        if m.mention == "role" and m.definite:
            heads = _role_heads(m.role)
            for person in reversed(self._recent):
                if heads & person[1]:
                    self._touch(person)
                    return person[0]
            return None
        if m.mention == "pronoun" and m.gender is not None:
            for person in reversed(self._recent):
                if person[2][0] in (None, m.gender):
                    person[2][0] = person[2][0] or m.gender
                    return person[0]
        return None


_NAME_WORDS = st.sampled_from(["Tom", "Reyes", "Ann", "Lee", "Donald", "Trump", "Tom Reyes"])
_GENDERS = st.sampled_from([None, "m", "f"])
_MENTIONS = st.one_of(
    st.builds(lambda words, role, gender: Mention(0, 1, "name", " ".join(words), role, gender),
              st.lists(_NAME_WORDS, min_size=1, max_size=3) | st.sampled_from([[" "], ["  Lee"]]),
              st.sampled_from([None, "sen.", "spokesman", "the ambassador", "chief"]), _GENDERS),
    st.builds(lambda role, gender: Mention(0, 1, "role", None, role, gender, True),
              st.sampled_from(["the senator", "the spokeswoman", "the chief", "the baker"]),
              _GENDERS),
    st.builds(lambda gender: Mention(0, 1, "pronoun", None, "he", gender), _GENDERS),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_MENTIONS, max_size=30), st.lists(_NAME_WORDS, min_size=1, max_size=3))
def test_people_answer_as_the_plain_walk_back(mentions: list[Mention], asked: list[str]) -> None:
    fast, plain = People(), PlainPeople()
    name = " ".join(asked)
    for m in mentions:
        assert fast.resolve(m) == plain.resolve(m)
        assert fast.last() == plain.last() and fast.known() is bool(plain._recent)
        assert fast.name_words() == plain._words
        for gender in (None, "m", "f"):
            assert fast.fits(gender) is plain.fits(gender)
            assert fast.goes_by(gender, name) is plain.goes_by(gender, name)
            assert fast.may_be(m, gender) is plain.may_be(m, gender)
            asked_m = Mention(0, 1, "name", name)
            assert fast.may_be(asked_m, gender) is plain.may_be(asked_m, gender)


def _named_then(n: int, then: Callable[[int], Mention]) -> list[Mention]:
    """``n`` people named in full, then ``n`` mentions ``then(i)``."""
    named = [Mention(0, 1, "name", f"Tom{i} Reyes{i}", None, "f") for i in range(n)]
    return named + [then(i) for i in range(n)]


@pytest.mark.parametrize("then", [
    lambda i: Mention(0, 1, "name", f"Reyes{i}"),  # each person by their surname
    lambda i: Mention(0, 1, "role", None, "the spokesman", None, True),  # a role no one had
    lambda i: Mention(0, 1, "pronoun", None, "he", "m"),  # a pronoun of no one's gender
    lambda i: Mention(0, 1, "name", "Tom0 Reyes0"),  # the first named, again and again
], ids=["surnames", "roles", "pronouns", "named-again"])
def test_resolving_n_people_takes_linear_work(then: Callable[[int], Mention]) -> None:
    """Issue: each mention walked back over everyone named before it (n²): a story of
    n speakers, then n surnames, roles or pronouns."""

    def run(mentions: list[Mention]) -> list[str | None]:
        people = People()
        return [people.resolve(m) for m in mentions]

    small = _named_then(3, then)
    plain = PlainPeople()
    assert run(small) == [plain.resolve(m) for m in small]
    assert_linear(lambda n: _named_then(n, then), run, n=300)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.sampled_from("abcde"), st.sampled_from("xyz")),
                max_size=40))
def test_the_latest_under_a_key_is_the_newest_entry_still_current(
    steps: list[tuple[bool, str, str]],
) -> None:
    # each step names an item (entered under a key, ``when`` the clock) or asks a key; an
    # entry is current while its item was not named since: the plain answer is the newest
    # current entry of all entered under the key
    named: dict[str, int] = {}
    latest: Latest[str, str] = Latest(lambda key, when, item: named[item] == when)
    entered: list[tuple[str, int, str]] = []
    for clock, (names, item, key) in enumerate(steps, 1):
        if names:
            named[item] = clock
            latest.add(key, clock, item)
            entered.append((key, clock, item))
        else:
            plain = [(w, i) for k, w, i in entered if k == key and named[i] == w]
            assert latest.top(key) == (max(plain) if plain else None)


def test_a_body_is_the_latest_named_that_holds_the_word() -> None:
    orgs = sources.Organizations()
    text = "the ministry"
    the_ministry = Mention(0, len(text), "description")
    for name in ("Foreign Ministry", "Health Ministry"):
        assert orgs.resolve(text, Mention(0, 1, "name", name)) == name
    assert orgs.resolve(text, the_ministry) == "Health Ministry"
    orgs.resolve(text, Mention(0, 1, "name", "Foreign Ministry"))
    # named again last: "Foreign Ministry", not the one named in between
    assert orgs.resolve(text, the_ministry) == "Foreign Ministry"
    assert orgs.resolve(text, Mention(0, len(text), "description")) == "Foreign Ministry"


# -- a word's places in a text: scanned for the first words, then read from an index ---------


def plain_word_starts(text: str, word: str) -> list[int]:
    """Where ``word`` stands whole in ``text``: the scan of the text for the word."""
    found, n = [], len(word)
    at = text.find(word)
    while at >= 0:
        end = at + n
        if (at == 0 or not text[at - 1].isalnum()) and (end >= len(text)
                                                         or not text[end].isalnum()):
            found.append(at)
        at = text.find(word, end)
    return found


def plain_first_places(text: str, word: str, end: int) -> list[int]:
    """The first four places of ``word`` before ``end``, as ``_in_a_longer_name`` found them."""
    found, n = [], len(word)
    i = text.find(word, 0, end)
    while i >= 0 and len(found) < 4:
        found.append(i)
        i = text.find(word, i + n, end)
    return found


_PLACE_PIECES = st.sampled_from(
    ["Reyes", "reyes", "Reyesville", "DeReyes", "Tom", "ReyesReyes", "Re", "yes", "O'Neil",
     "a.a", "_", "é", "2", "ǅ", "٣", "\u0301", " ", ".", "'", "-", "\n", "AAA", "ÉÉ", "R" * 45])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PLACE_PIECES, max_size=30).map("".join),
       st.lists(_PLACE_PIECES | st.text(min_size=1, max_size=3), min_size=1, max_size=8),
       st.lists(st.integers(0, 200), min_size=1, max_size=6))
def test_word_places_equal_the_plain_scans(text: str, words: list[str], ends: list[int]) -> None:
    for k in range(sources._SCANNED_WORDS):  # the first words scanned, the rest indexed
        assert sources.word_starts(text, f"w{k}x") == plain_word_starts(text, f"w{k}x")
        assert sources._first_places(text, f"W{k}x", len(text)) == plain_first_places(
            text, f"W{k}x", len(text))
    for word in words:
        assert sources.word_starts(text, word) == plain_word_starts(text, word)
        for end in ends:  # (asked in any order, as mentions are)
            assert sources._first_places(text, word, end) == plain_first_places(text, word, end)


_NICKNAME_PIECES = st.sampled_from(
    [" ", "  ", "\"", "“", "”", "'", "‘", "’", "Earvin", "Magic", "Johnson", "The", "Rock",
     "a", "Z", "é", "-", ".", ",", "\n", "said", "x'", "s’"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_NICKNAME_PIECES, max_size=30).map("".join))
def test_nicknames_found_at_the_marks_after_a_space_are_those_of_the_whole_scan(
    text: str,
) -> None:
    from limner_quotes.marks import _NICKNAME, _nicknames

    assert [m.span() for m in _nicknames(text)] == [m.span() for m in _NICKNAME.finditer(text)]


def test_nicknames_next_to_each_other_are_found_as_the_whole_scan_finds_them() -> None:
    from limner_quotes.marks import _NICKNAME, _nicknames, nicknames_unmarked

    # marks after a space with no lower-case letter before it open no nickname ('B')
    text = "by Earvin \"Magic\" Johnson and Dwayne “The Rock” Johnson, o 'A' 'B' Cc"
    found = [m.span() for m in _nicknames(text)]
    assert found == [m.span() for m in _NICKNAME.finditer(text)]
    assert len(found) == 2
    assert nicknames_unmarked(text).startswith("by Earvin  Magic  ")


_SENTENCE_END_PIECES = st.sampled_from(
    [" ", "  ", "\u00a0", "\t", ".", "!", "?", "\n", "\"", "”", "“", "’", "‘", "'", "A", "a",
     "Z", "7", "(", "Mr", "said"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_SENTENCE_END_PIECES, max_size=30).map("".join), st.integers(0, 70),
       st.integers(0, 70))
def test_a_sentence_end_lies_before_a_place_when_the_first_after_the_quote_ends_there(
    text: str, a: int, b: int
) -> None:
    from limner_quotes.carry import _SENTENCE_END, _first_sentence_end

    b = min(b, len(text))  # (a speaker's words start in the text)
    found = _SENTENCE_END.search(text, a, b) is not None
    assert found is (_first_sentence_end(text, a) <= b)


_PHRASE_PIECES = st.sampled_from(
    ["the", "The", "a", "an", "But", "And", "This", "chief", "executive", "Chief", "minister",
     "Minister", "spokesman", "for", "of", "at", "in", "and", "Smith", "John", "Bank",
     "England", "Ryanair's", "deputy", "official", "officials", "people", "familiar", "with",
     "close", "to", "who", ",", "(", ")", "PDP", "he", "also", "has", "however", "senior",
     "27", "24-year-old", "al-Hassan", "UK", "MP", "said.", "Mr", "Department", "Justice",
     "analyst", "at", "firm", "sources", "many", "another", "one", "new", "former"]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PHRASE_PIECES, min_size=1, max_size=16), st.integers(0, 30),
       st.integers(0, 40))
def test_a_near_reading_stopped_at_its_floor_is_one_that_starts_before_it(
    words: list[str], cut: int, margin: int
) -> None:
    """A near window's reading with a floor is the reading without one, or ``None`` where
    that reading starts before the floor (and read_phrase_before sets it aside)."""
    text = " ".join(words).replace(" ,", ",") + " said"
    verb = len(text) - 4
    near = min(cut, verb)
    floor = near + margin
    for post in (True, False):
        toks = tokenize(text, near, verb)
        plain = phrases._phrase_before(text, near, verb, post, toks)
        floored = phrases._phrase_before(text, near, verb, post, toks, floor)
        assert floored == plain or (floored is None and plain.start < floor)


def test_a_near_reading_that_starts_past_its_floor_is_kept() -> None:
    text = "Yesterday the bank's chief economist John Smith said"
    verb = text.index(" said") + 1
    toks = tokenize(text, 0, verb)
    assert phrases._phrase_before(text, 0, verb, True, toks, 16) == phrases._phrase_before(
        text, 0, verb, True, toks
    )
    assert phrases._phrase_before(text, 0, verb, True, toks, 30) is None


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_line_breaks_and_sentence_ends_mapped_from_matches_are_the_plain_ones(text: str) -> None:
    """The places mapped from the scans' matches (``re.Match.start`` and ``span``) are
    those a comprehension over the same matches collects."""
    layout = Layout(text)
    assert layout._newlines == [i for i, c in enumerate(text) if c == "\n"]
    p_start, p_end = layout.paragraph(0)
    ends = layout._ends(p_start, p_end)
    assert ends == sorted(ends) and ends[-1] == p_end
    for end in ends[:-1]:
        assert any(
            end in [m.end() for m in pattern.finditer(text, p_start, p_end)]
            for _, pattern in _SENT_ENDS
        )
    marks = limner_quotes.marks._double_marks(text)
    assert marks == sorted(marks)
    assert all(text[a:b] in ('"', "“", "”", "''", "„", "«", "»") for a, b in marks)


def test_a_gender_is_told_by_any_word_of_the_phrase() -> None:
    assert phrases._gender_of(["the", "chairwoman"]) == "f"
    assert phrases._gender_of(["mr", "smith"]) == "m"
    assert phrases._gender_of(["chairman", "mrs"]) == "f"  # female words are read first
    assert phrases._gender_of(["the", "minister"]) is None
    assert phrases._gender_of([]) is None
    assert phrases._gender(["Mrs.", "Jones"]) == "f"


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from("AMRsbn5£$0,.k'’-é"), min_size=1, max_size=8))
def test_a_word_of_letters_alone_is_never_a_figure(word: str) -> None:
    """The figure pattern is skipped for a word of letters alone: it never matches one."""
    match = phrases._FIGURE_WORD.match(word) is not None
    assert match == (not word.isalpha() and match)
    if word.isalpha():
        assert not match


def test_a_name_with_a_figure_is_no_speaker_and_a_plain_name_is() -> None:
    assert phrases._from_run([(0, 8, "promised"), (9, 12, "Rs5")]) is None
    named = phrases._from_run([(0, 4, "Theresa"), (8, 11, "May")])
    assert named is not None and named.mention == "name" and named.name == "Theresa May"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("I could said", "I"),
        ("She's said", "She"),
        ("ſhe has said", "ſhe"),
        ("They must said", "They"),
        ("Mr Smith said", None),
    ],
)
def test_a_pronoun_lead_is_read_where_the_phrase_opens_with_a_pronoun_initial(
    text: str, speaker: str | None
) -> None:
    verb = text.rindex("said")
    m = phrases.read_phrase_before(text, 0, verb)
    if speaker is None:
        assert m is None or m.mention != "pronoun"
    else:
        assert m is not None and m.mention == "pronoun" and text[m.start : m.end] == speaker


def _engine_order(annotations: list[limner.Annotation]) -> list[limner.Annotation]:
    """The order the engine stores a batch in: by start, the longer first, a tie in
    batch order (``Document.add``)."""
    return sorted(annotations, key=lambda a: (a.start, -a.end))


def _plain_batch(annotations: list[limner.Annotation]) -> list[limner.Annotation]:
    """The batch as the plugin handed it over before it sorted it: the speakers' words,
    then the quotes (each list in its own order, which a stable sort keeps)."""
    return [a for a in annotations if a.kind != "quote"] + [
        a for a in annotations if a.kind == "quote"
    ]


def test_annotations_are_handed_over_by_start() -> None:
    text = (
        "“We will not give up,” she said on Monday.\n"
        "Later John Smith, the mayor, said the plan would cost more. "
        "“It is a disgrace,” he added."
    )
    found = annotate_quotes(text)
    assert {a.kind for a in found} == {"quote", "person"}
    starts = [a.start for a in found]
    assert starts == sorted(starts)  # the engine stores them without a sort of its own
    assert [id(a) for a in _engine_order(found)] == [
        id(a) for a in _engine_order(_plain_batch(found))
    ]
    doc = limner.Enricher(plugins=["quotes"]).enrich(text)
    assert [(a.kind, a.start, a.end) for a in doc.annotations] == [
        (a.kind, a.start, a.end) for a in _engine_order(found)
    ]


_SENTENCES = st.lists(
    st.sampled_from(
        [
            "“We will win this,” she said.",
            "“It is over,” said Mr Smith.",
            "John Smith said the plan would work.",
            "He added that costs had risen.",
            "“The talks,” the minister said, “have failed.”",
            "According to the report, prices fell.",
            "Nothing happened.",
        ]
    ),
    max_size=8,
).flatmap(lambda parts: st.sampled_from([" ", "\n"]).map(lambda sep: sep.join(parts)))


@settings(max_examples=300, deadline=None)
@given(st.one_of(_TEXTS, _SENTENCES))
def test_the_sort_by_start_stores_what_the_plain_batch_stores(text: str) -> None:
    found = annotate_quotes(text)
    starts = [a.start for a in found]
    assert starts == sorted(starts)
    assert [id(a) for a in _engine_order(found)] == [
        id(a) for a in _engine_order(_plain_batch(found))
    ]


def test_the_sort_by_start_stays_linear_in_quotes_and_speakers() -> None:
    def make(n: int) -> str:
        return " ".join(
            f"“We will win round {i},” she said. John Smith said the plan would work."
            for i in range(n)
        )

    assert_linear(make, annotate_quotes, n=60)



def _before_post_modifier_plain(words: list[str]) -> list[str]:
    """The words before a post-modifier as ``source_type`` first read them: every word
    tested, the first one found cutting."""
    of = [
        i
        for i, w in enumerate(words)
        if w in sources._OF_IN
        or (
            i
            and w.endswith("ed")
            and w.islower()
            and sources._head(words[i - 1 : i]) in sources.DOCUMENT_HEADS
        )
    ]
    return words[: of[0]] if of and of[0] > 0 else words


# Words of speaker phrases: prepositions in their cases, participles in "-ed" after a
# document's head and not, "ed" inside a word and at its end in other cases.
_PHRASE_WORD_LIST = """
    of Of OF in In from by on to at for with figures data report study the The Bank England
    ONS released published Released issued RELEASED reed Ed ed United Medics seized Reed led
    chief Tom police red report’s data, figures. embedded bed
"""
_PHRASE_WORDS = st.sampled_from(_PHRASE_WORD_LIST.split())


@settings(max_examples=500, deadline=None)
@given(st.lists(_PHRASE_WORDS, min_size=1, max_size=7), st.sampled_from([" ", "  ", "\n"]))
def test_words_before_a_post_modifier_are_what_each_word_tested_gives(
    words: list[str], sep: str
) -> None:
    spoken = sep.join(words)
    assert sources._before_post_modifier(spoken, spoken.split()) == (
        _before_post_modifier_plain(spoken.split())
    )


@pytest.mark.parametrize(
    ("spoken", "own"),
    [
        ("figures released on Tuesday", ["figures"]),
        ("data from the ONS", ["data"]),
        ("the Bank of England", ["the", "Bank"]),
        ("Of the residents", ["Of", "the", "residents"]),
        ("United Medics", ["United", "Medics"]),
        ("the report published", ["the", "report"]),
        ("police seized", ["police", "seized"]),
    ],
)
def test_words_before_a_post_modifier(spoken: str, own: list[str]) -> None:
    assert sources._before_post_modifier(spoken, spoken.split()) == own
