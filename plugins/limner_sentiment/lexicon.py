"""The VADER lexicon and rule word lists, read from the installed ``vaderSentiment`` package.

Valences (human mean ratings from -4 to +4), boosters and dampeners, negation
words and special idioms come from ``vaderSentiment`` itself, so the lexicon
is the maintained one and not a copy.  limner adds only the word lists its
news rules need on top (contrast and concession markers, the subjects after
which "like" is a verb, the phrases in which a lexicon word has a neutral news
sense) and the spellings a token may have once punctuation is gone.
The valences in use are VADER's with the learned ones of
``data/lexicon_weights.json`` over them (fitted by ``limner_sentiment.fit``);
:func:`vader_valence` gives VADER's own.  Everything is loaded once per
process, on first use, never at import.
"""

from __future__ import annotations

import functools
import json
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


#: News idiom missing from VADER's lexicon (rated on its -4..4 scale): how reporting
#: frames someone ("embattled", "slammed", "hailed", "landmark").  Read by the
#: target model's features, not by the sentence score.
NEWS: dict[str, float] = {
    # pressure and blame
    "slammed": -2.0, "slams": -2.0, "blasted": -2.0, "blasts": -2.0, "lambasted": -2.3,
    "lambastes": -2.3, "denounced": -2.0, "denounces": -2.0, "rebuked": -1.8, "rebukes": -1.8,
    "chided": -1.4, "scolded": -1.6, "berated": -2.0, "excoriated": -2.4, "castigated": -2.2,
    "embattled": -2.0, "beleaguered": -2.0, "besieged": -1.6, "under-fire": -2.0,
    "scandal-plagued": -2.5, "scandal-hit": -2.5, "discredited": -2.2, "disgraced": -2.4,
    "ousted": -1.6, "indicted": -2.2, "impeached": -2.0, "convicted": -2.2, "sanctioned": -1.2,
    "backlash": -1.8, "firestorm": -2.0, "uproar": -1.8, "botched": -2.2, "bungled": -2.2,
    "allegations": -1.4, "alleged": -0.8, "allegedly": -0.8, "misconduct": -2.2,
    "corruption": -2.6, "corrupt": -2.6, "bribery": -2.6, "probe": -0.8, "indictment": -2.0,
    "subpoenaed": -1.2, "controversy": -1.5, "controversies": -1.5, "racism": -2.8,
    "sexist": -2.6, "extremist": -2.4, "falsely": -1.6, "baseless": -1.8, "debunked": -1.6,
    "resign": -1.0, "resignation": -1.0, "rebuke": -1.8, "condemnation": -2.0,
    # praise and success
    "hailed": 2.0, "hails": 2.0, "lauded": 2.2, "lauds": 2.2, "acclaimed": 2.2,
    "landmark": 1.6, "historic": 1.4, "milestone": 1.6, "breakthrough": 2.0,
    "landslide": 1.2, "victory": 2.0, "victories": 2.0, "triumphant": 2.4, "bipartisan": 1.0,
    "endorsed": 1.2, "endorsement": 1.2, "championed": 1.8, "spearheaded": 1.2,
    "pioneering": 1.8, "heroic": 2.6, "praise": 2.2, "praising": 2.2,
}
#: Two-word news idiom: the valence given to the second word after the first.
NEWS_PHRASES: dict[tuple[str, str], float] = {
    ("under", "fire"): -2.0,
    ("came", "under"): -1.0,
    ("stepped", "down"): -1.0,
    ("step", "down"): -1.0,
    ("called", "out"): -1.2,
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


#: The learned valences (``data/lexicon_weights.json``), fitted by ``limner_sentiment.fit``.
WEIGHTS_FILE = "data/lexicon_weights.json"
#: The weights file's format; a file of another version is refused.
WEIGHTS_VERSION = 1


def vader_valence() -> dict[str, float]:
    """VADER's human ratings, as the package ships them (numbers left out)."""
    valence: dict[str, float] = {}
    for line in _read("vader_lexicon.txt").splitlines():
        parts = line.strip().split("\t")
        # numbers in the lexicon are chat codes ("143", "86"); in news they are amounts
        if len(parts) >= 2 and not parts[0].isdigit():
            valence[parts[0]] = float(parts[1])
    return valence


def learned_weights() -> dict[str, float]:
    """The shipped learned valences: word -> valence on VADER's scale (empty if none ship)."""
    path = resources.files("limner_sentiment").joinpath(WEIGHTS_FILE)
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("version") != WEIGHTS_VERSION:
        raise ValueError(f"lexicon weights version {data.get('version')!r}, "
                         f"expected {WEIGHTS_VERSION}")
    return {str(k): float(v) for k, v in data["valence"].items()}


def load() -> Lexicon:
    """The lexicon in use: VADER's with the learned valences over it (read once, cached).

    :func:`limner_sentiment.scorer.using` puts another in use for a while.
    """
    return ACTIVE[-1] if ACTIVE else _shipped()


#: Lexicons put in use instead of the shipped one, innermost last.
ACTIVE: list[Lexicon] = []


@functools.cache
def _shipped() -> Lexicon:
    return build(learned_weights())


def build(weights: dict[str, float]) -> Lexicon:
    """The lexicon with ``weights`` replacing or adding valences (0 removes a word)."""
    from vaderSentiment import vaderSentiment as vs

    valence = vader_valence()
    for word, value in weights.items():
        if value:
            valence[word] = value
        else:
            valence.pop(word, None)
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
