"""The number scanner's tries (``limner_numbers.patterns.trie``): the terse form it writes
compiles to the same program as the plain form (every character escaped, every optional
part in a group), so that the patterns match exactly what they matched before."""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _compiler, _parser  # type: ignore[attr-defined]

from hypothesis import given, settings
from hypothesis import strategies as st

from limner_numbers import lexicon, patterns


def plain_trie(words: Iterable[str]) -> str:
    """The reference: ``re.escape`` of every character, ``(?:...)?`` around every optional part
    (over the same character trie, :func:`~limner_numbers.patterns.tree`: what is tested is
    how the pattern is written)."""

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(patterns.tree(words))


def program(pattern: str, flags: int = 0) -> list[int]:
    """What ``re`` runs for ``pattern``: the compiled program."""
    return list(_compiler._code(_parser.parse(pattern, flags), flags))


# letters, the characters a pattern gives a meaning to, and those re.escape escapes besides
_CHARS = st.sampled_from(list("abcAB yz0-.#&~'()[]{}?*+|^$\\/%\t\n·é€"))
_WORDS = st.lists(st.text(_CHARS, min_size=1, max_size=6), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(_WORDS, st.sampled_from([0, re.IGNORECASE]))
def test_terse_trie_compiles_to_the_plain_program(words: list[str], flags: int) -> None:
    terse, plain = patterns.trie(words), plain_trie(words)
    assert program(terse, flags) == program(plain, flags)
    compiled = re.compile(terse, flags)
    for w in words:  # and it does match each word, whole
        assert compiled.fullmatch(w) is not None


def test_shipped_tables_compile_to_the_plain_program() -> None:
    tables = [
        lexicon.WORD_UNITS, sorted(lexicon.NUMBER_WORDS), patterns._cased(lexicon.MONTHS),
        sorted(lexicon.SYMBOL_UNITS, key=len, reverse=True),
        {*lexicon.CURRENCY_WORDS, *lexicon.ADJECTIVE_CURRENCY_WORDS},
        {a for a, _ in lexicon.CURRENCY_ADJECTIVES},
    ]
    shorter = 0
    for words in tables:
        terse, plain = patterns.trie(words), plain_trie(words)
        for flags in (0, re.IGNORECASE):
            assert program(terse, flags) == program(plain, flags)
        shorter += len(plain) - len(terse)
    assert shorter > 1000  # the point of it: less for the parser to read
