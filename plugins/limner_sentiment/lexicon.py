"""The VADER lexicon and rule word lists, read from the installed ``vaderSentiment`` package.

Valences (human mean ratings from -4 to +4), boosters and dampeners, negation
words and special idioms come from ``vaderSentiment`` itself, so the lexicon
is the maintained one and not a copy.  limner adds only the word lists its
news rules need on top (contrast and concession markers, the subjects after
which "like" is a verb, the phrases in which a lexicon word has a neutral news
sense) and the spellings a token may have once punctuation is gone.
Everything is loaded once per process, on first use, never at import.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

__all__ = ["Lexicon", "load"]

#: Words that turn the sentence around: what follows weighs more (VADER's "but").
CONTRAST = frozenset({"but", "however", "nevertheless", "nonetheless"})
#: Contrast words that count only at the head of a clause ("Yet it worked", not "not yet").
CONTRAST_AT_CLAUSE_HEAD = frozenset({"yet", "still"})
#: Words that open a concession: the clause they open weighs less.
CONCESSION = frozenset({"although", "though", "whereas"})

#: Words after which "like" is the verb ("I like it"), not the preposition.
LIKE_SUBJECTS = frozenset({
    "i", "you", "we", "they", "he", "she", "it", "people", "who", "would", "i'd", "you'd",
    "we'd", "they'd", "really", "also", "still", "do", "did", "does", "don't", "didn't",
    "doesn't", "dont", "didnt", "doesnt", "not", "to",
})
#: Lexicon words that are neutral after one of these words (news senses).
NEUTRAL_AFTER: dict[str, frozenset[str]] = {
    "well": frozenset({"as"}),
    "care": frozenset({"health", "healthcare", "child", "intensive", "social", "medical"}),
    "party": frozenset({"political", "ruling", "opposition", "labour", "conservative"}),
}
#: Lexicon words that are neutral before one of these words (news senses).
NEUTRAL_BEFORE: dict[str, frozenset[str]] = {
    "engage": frozenset({"in"}),
    "engaged": frozenset({"in"}),
    "engages": frozenset({"in"}),
    "engaging": frozenset({"in"}),
    "committed": frozenset({"by"}),
    "interest": frozenset({"rate", "rates", "payments"}),
    "credit": frozenset({"card", "cards", "rating", "ratings"}),
    "security": frozenset({"council", "forces", "services", "guards"}),
}


@dataclass(frozen=True)
class Lexicon:
    """What the sentence scorer looks words up in (all keys lower-cased).

    Attributes:
        valence: word or emoticon -> mean human rating (-4 .. 4).
        boosters: intensifiers (+0.293) and dampeners (-0.293).
        negations: words that flip the valence of what follows.
        special: multi-word phrases with a valence of their own ("the bomb").
        emoji: single-character emoji -> the English words that describe it.
        increment: a booster's weight (B_INCR).
        caps_increment: the emphasis of a word in capitals (C_INCR).
        negation_scalar: what a negation multiplies a valence by (N_SCALAR).
        lookup: what a lower-cased token may look like -> the lexicon word
            (apostrophes and periods at either end allowed; boosters left out,
            as VADER does not score them).
        modifiers: every word a rule looks for before a lexicon word; a
            lexicon word with none of them in the three words before it keeps
            its valence (the scorer's fast path).
    """

    valence: dict[str, float]
    boosters: dict[str, float]
    negations: frozenset[str]
    special: dict[str, float]
    emoji: dict[str, str]
    increment: float
    caps_increment: float
    negation_scalar: float
    lookup: dict[str, str]
    modifiers: frozenset[str]


# What may cling to a word once other punctuation is gone: quotes written with
# apostrophes, a full stop, an ellipsis.
_EDGE_BEFORE = ("", "'", "''")
_EDGE_AFTER = ("", ".", "..", "...", "'", "''", ".'", ".''", "'.", "''.")
# Words too common to signal a phrase on their own ("kind of", "to die for").
_COMMON = frozenset({"the", "of", "to", "for", "a"})


def _read(name: str) -> str:
    return resources.files("vaderSentiment").joinpath(name).read_text(encoding="utf-8")


@functools.cache
def load() -> Lexicon:
    """The lexicon, read from ``vaderSentiment`` on the first call and cached."""
    from vaderSentiment import vaderSentiment as vs

    valence: dict[str, float] = {}
    for line in _read("vader_lexicon.txt").splitlines():
        parts = line.strip().split("\t")
        # numbers in the lexicon are chat codes ("143", "86"); in news they are amounts
        if len(parts) >= 2 and not parts[0].isdigit():
            valence[parts[0]] = float(parts[1])
    emoji: dict[str, str] = {}
    for line in _read("emoji_utf8_lexicon.txt").splitlines():
        parts = line.strip().split("\t")
        if len(parts) >= 2 and len(parts[0]) == 1:
            emoji[parts[0]] = parts[1]
    negations = set(vs.NEGATE)
    boosters = dict(vs.BOOSTER_DICT)
    special = dict(vs.SPECIAL_CASES)
    modifiers = set(negations) | {"no", "least", "never", "without", "so", "this", "or", "nor"}
    for phrase in (*boosters, *special):
        # a phrase is present only if its distinctive words are
        modifiers.update(w for w in phrase.split() if w not in _COMMON)
    lookup: dict[str, str] = {}
    for word in valence:
        if word in boosters:
            continue
        for before in _EDGE_BEFORE:
            for after in _EDGE_AFTER:
                lookup[f"{before}{word}{after}"] = word
    lookup.update((w, w) for w in valence if w not in boosters)
    return Lexicon(
        valence=valence,
        boosters=boosters,
        negations=frozenset(negations),
        special=special,
        emoji=emoji,
        increment=float(vs.B_INCR),
        caps_increment=float(vs.C_INCR),
        negation_scalar=float(vs.N_SCALAR),
        lookup=lookup,
        modifiers=frozenset(modifiers),
    )
