"""The sentence scorer: VADER's valence rules over one sentence, with limner's news rules.

A sentence is split on white space as VADER does (dashes split words too);
each word found in the VADER lexicon gets its human-rated valence, unless it
is part of a name ("Hope Smith": a capitalized word inside a sentence that is
not a headline) or used in a neutral news sense ("countries like Pakistan",
"health care"); numbers in the lexicon ("86") are ignored.  The rules then
adjust it: boosters and dampeners in the three words before it, negation in
the same window (cut at a clause break: a comma, semicolon or colon), "no",
"least", the idioms VADER knows, capitals as emphasis (only when capitals are
a minority of the sentence's words, so that headlines are not shouting),
contrast ("but", "however", clause-initial "yet"/"still": what follows
weighs 1.5, what precedes 0.5) and concession ("although", "though",
"whereas": the conceded clause weighs 0.5, the rest 1.5).  Exclamation marks
and repeated question marks amplify the sum; the sentence score is VADER's
normalization ``sum / sqrt(sum**2 + 15)``.  The words that moved the score
are returned with their final weights, so every score can be explained.
"""

from __future__ import annotations

import contextlib
import functools
import html
import itertools
import math
import operator
import re
import string
from collections.abc import Iterator, Sequence, Set
from typing import Any, NamedTuple

from limner_sentiment.lexicon import (
    ACTIVE,
    BEEN,
    BURDENS,
    CHANGE_BETWEEN,
    CHANGES,
    CHOSEN,
    CHOSEN_AUXILIARIES,
    CHOSEN_CLAUSES,
    COMPARATIVE_MODALS,
    CONCESSION,
    CONCESSION_AT_START,
    CONTRAST,
    CONTRAST_AT_CLAUSE_HEAD,
    CONVICTIONS,
    COPULA_FALLS,
    COPULAS,
    COST_OF,
    COST_OF_REACH,
    COSTS_MEASURED,
    DESERVES,
    EDGE_ROOM,
    ESCAPES,
    FALL_IDIOMS,
    FALL_NOUNS,
    FALLS,
    FLIGHT_REACH,
    FLIGHTS,
    FORECAST_BETWEEN,
    GOODS_MEASURED,
    GROUP_ENDS,
    GUARD_REACH,
    GUARDS,
    HARM_ENDS,
    HARM_STOPS,
    HARMS,
    LACK,
    LACK_VERBS,
    LACK_WORDS,
    LEVEL_ANCHORS,
    LEVEL_BETWEEN,
    LEVEL_NOUNS,
    LEVELS,
    LIKE_SUBJECTS,
    LOWS,
    MEASURES,
    NEEDS,
    NEGATED_MODALS,
    NEUTRAL_AFTER,
    NEUTRAL_BEFORE,
    NEVER_BEEN,
    NO_ONE,
    NONE_DID_AUXILIARIES,
    NONE_OF_ENDS,
    NOT_BEFORE_A_VERB,
    NOUNS_IN_NEWS,
    OBLIGED,
    OBLIGED_TO,
    PARTICLE_VERBS,
    PASSIVE_AUXILIARIES,
    PHRASE_AUXILIARIES,
    PHRASE_DETERMINERS,
    PRICED_ASSETS,
    REDUCES,
    RISE_NOUNS,
    RISES,
    RISES_TO_COME,
    SHORTFALL_BETWEEN,
    SPARED,
    STANDING_LOSSES,
    STANDING_REACH,
    STANDINGS,
    TIME_CLAUSES,
    Lexicon,
    load,
    punctuated_words,
)

__all__ = [
    "ALPHA",
    "CLAIMS",
    "Prepared",
    "Scored",
    "claimed",
    "kind_of",
    "normalize",
    "prepare",
    "prepare_text",
    "read_offsets",
    "read_words",
    "score_sentence",
    "score_sentences",
    "score_with_offsets",
    "score_words",
    "split_words",
    "using",
]

#: VADER's normalization constant: the raw sum at which the score reaches 0.5 is sqrt(5).
ALPHA = 15.0

# Same-length replacements for non-ASCII text: curly quotes and apostrophes read as
# straight ones, dashes and ellipses separate words, guillemets are quotes.
_FOLD_PAIRS = (
    ("’", "'"), ("‘", "'"), ("\u2032", "'"), ("“", '"'), ("”", '"'), ("„", '"'), ("«", '"'),
    ("»", '"'), ("—", " "), ("–", " "), ("―", " "), ("‒", " "), ("…", " "), ("\u00a0", " "),
)
# ASCII punctuation that never belongs to a word; a one-to-one ASCII table, which
# CPython's str.translate applies at C speed.  Apostrophes, hyphens, ampersands,
# periods, slashes and "@" stay inside tokens ("don't", "h&k", "U.S.", "@user").
_PUNCTUATION = '!"#$%()*+,:;<=>?[\\]^_`{|}~'
_SPACE = str.maketrans(dict.fromkeys(_PUNCTUATION, " "))
# the text cleaned for scanning also has its ASCII white space as spaces (the same words
# for str.split), so that a word's edges are found next to a space (score_sentences)
_ASCII_SPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"
_SPACE_BYTES = bytes.maketrans(
    (_PUNCTUATION + _ASCII_SPACE).encode(), b" " * len(_PUNCTUATION + _ASCII_SPACE)
)
#: White space beyond ASCII (``str.split`` splits at it; U+00A0 is folded to a space).
_WIDE_SPACES = (
    "\x85", "\u1680", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006",
    "\u2007", "\u2008", "\u2009", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000",
)
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
# VADER's punctuation, stripped from both ends of a word on the careful path.
_STRIP = string.punctuation
#: Characters after which a new clause starts: a negation or booster does not reach across.
CLAUSE_END = frozenset(",;:")
_OPENERS = frozenset('"([')
_SENTENCE_OR_CLAUSE = frozenset(".!?;:")
#: What ends a clause or a sentence: no news phrase runs across it.
_BREAKS = CLAUSE_END | _SENTENCE_OR_CLAUSE
_ELONGATED = re.compile(r"([a-zA-Z])\1\1")
_ELONGATED_SMALL = re.compile(r"([a-z])\1\1")


@functools.cache
def _run_of_three() -> re.Pattern[str]:
    """A character written three times or more in a row, for :func:`_shorten`: compiled
    when a text first holds an elongated word (few do), and by the plugin's load, which
    keeps its code."""
    return re.compile(r"(.)\1{2,}")


_EMOJI_HINT = re.compile(
    "[\u00a9\u00ae\u203c\u2049\u2100-\u2bff\u3030\u303d\u3297\u3299\U0001f000-\U0001faff]"
)
_TURNS = CONTRAST | CONCESSION | CONTRAST_AT_CLAUSE_HEAD | CONCESSION_AT_START


class Scored(NamedTuple):
    """A scored run of words (a sentence, or a part of one).

    Attributes:
        raw: the sum of the adjusted valences and punctuation emphasis (VADER's
            ``sum_s``), on the lexicon's -4..4 scale per word.
        score: ``raw`` normalized into [-1, 1].
        hits: ``(word index, word, weight)`` for each word that moved the score.
    """

    raw: float
    score: float
    hits: tuple[tuple[int, str, float], ...]


@contextlib.contextmanager
def using(lexicon: Lexicon) -> Iterator[None]:
    """Score with ``lexicon`` instead of the shipped one inside the ``with`` block.

    For fitting valences (``limner_sentiment.fit``) and for checking the
    rules against vaderSentiment with VADER's own valences
    (``using(build({}))``).  Not thread-safe: other threads scoring at the
    same time read the same lexicon.
    """
    ACTIVE.append(lexicon)
    _clear()
    try:
        yield
    finally:
        ACTIVE.remove(lexicon)
        _clear()


def _derived() -> tuple[Any, ...]:
    """The memoised tables derived from the lexicon in use."""
    return (_emoticons, _phrase_words, _rules_and_turns, _scan_sets, _lossy_emoticons)


def _clear() -> None:
    """Forget what was derived from the lexicon in use."""
    for cached in _derived():
        cached.cache_clear()


def prepare() -> None:
    """Derive the scanning tables from the lexicon in use now, not on the first sentence.

    A plugin's ``setup`` calls it, so that the first document's time (and
    its timeout) holds only its own work, and so that ``-j`` workers forked
    after setup share the tables instead of each deriving them.
    """
    for cached in _derived():
        cached()


def normalize(raw: float) -> float:
    """VADER's squashing of a raw sum into [-1, 1]: ``raw / sqrt(raw**2 + ALPHA)``."""
    if raw == 0.0:
        return 0.0
    return max(-1.0, min(1.0, raw / math.sqrt(raw * raw + ALPHA)))


def split_words(sentence: str) -> tuple[list[str], list[str]]:
    """The words of a sentence: ``(words as written, words lower-cased)``.

    Words are separated by white space, as in VADER, and dashes; the
    lower-cased words lose the punctuation around them (a period or
    apostrophe may stay at a word's end; the lexicon lookup allows for it).
    A token made only of punctuation, such as an emoticon ``:)``, is kept
    whole.  Both lists have one entry per token.
    """
    if not sentence.isascii():
        sentence = _fold(sentence)
    orig = sentence.split()
    low = sentence.lower().translate(_SPACE).split()
    if len(low) != len(orig):  # a token of punctuation only: VADER's careful path
        low = _careful_words(orig)
    elif not _emoticons().isdisjoint(orig):  # ":D" lost its colon
        emoticons = _emoticons()
        low = [w.lower() if w in emoticons else x for w, x in zip(orig, low, strict=True)]
    return orig, low


@functools.cache
def _emoticons() -> frozenset[str]:
    """The lexicon's entries that contain punctuation (emoticons), in both cases."""
    lex = load()
    keys = lex.emoticons if lex.emoticons is not None else punctuated_words(lex.valence)
    return frozenset(keys) | {k.upper() for k in keys} | {k.lower() for k in keys}


def _careful_words(orig: list[str]) -> list[str]:
    """The words lower-cased, with punctuation stripped from both ends, as VADER reads them.

    VADER's rule: a word of two characters or fewer once stripped was likely an
    emoticon (":)"), so it is kept whole.
    """
    lowered = list(map(str.lower, orig))
    stripped = list(map(str.strip, lowered, itertools.repeat(_STRIP, len(lowered))))
    return [s if len(s) > 2 else w for s, w in zip(stripped, lowered, strict=True)]


def _emoji_words(sentence: str) -> str:
    """The sentence with each emoji the lexicon describes replaced by its description."""
    emoji = load().emoji

    def describe(m: re.Match[str]) -> str:
        desc = emoji.get(m.group())
        return m.group() if desc is None else f" {desc} "

    return _EMOJI_HINT.sub(describe, sentence)


def _punctuation_emphasis(sentence: str) -> float:
    """VADER's emphasis from exclamation marks (up to 4) and repeated question marks."""
    if "!" not in sentence and "?" not in sentence:
        return 0.0
    ep = min(sentence.count("!"), 4) * 0.292
    qm = sentence.count("?")
    if qm <= 1:
        return ep
    return ep + (qm * 0.18 if qm <= 3 else 0.96)


def _caps_emphasis(orig: list[str]) -> bool:
    """Whether words in capitals stand out: some are, and they are a minority."""
    caps = sum(1 for w in orig if w.isupper() and len(w) > 1)
    return 0 < caps * 2 <= len(orig)


def _negated(word: str, lex: Lexicon) -> bool:
    return word in lex.negations or "n't" in word


@functools.cache
def _phrase_words() -> frozenset[str]:
    """Every word of VADER's special phrases and multi-word boosters.

    A phrase can only be present where each of its words is, so a word
    outside this set rules out every phrase through it (see :func:`_idioms`).
    """
    lex = load()
    phrases = [*lex.special, *(b for b in lex.boosters if " " in b)]
    return frozenset(w for phrase in phrases for w in phrase.split(" "))


def _idioms(valence: float, low: list[str], i: int, lex: Lexicon) -> float:
    """VADER's special-case phrases around word ``i`` and its two-word dampeners."""
    words = _phrase_words()
    w0, w1, w2, w3 = low[i], low[i - 1], low[i - 2], low[i - 3]
    if w1 in words or w2 in words:  # every phrase before word i has one of them
        special = lex.special
        for seq in (f"{w1} {w0}", f"{w2} {w1} {w0}", f"{w2} {w1}", f"{w3} {w2} {w1}", f"{w3} {w2}"):
            if seq in special:
                valence = special[seq]
                break
    n = len(low)
    if w0 in words and n - 1 > i and low[i + 1] in words:  # phrases from word i on
        special = lex.special
        if (seq := f"{w0} {low[i + 1]}") in special:
            valence = special[seq]
        if n - 1 > i + 1 and (seq := f"{w0} {low[i + 1]} {low[i + 2]}") in special:
            valence = special[seq]
    if w2 in words:  # every booster phrase below has it
        for gram in (f"{w3} {w2} {w1}", f"{w3} {w2}", f"{w2} {w1}"):
            if gram in lex.boosters:
                valence += lex.boosters[gram]
    return valence


class _Caps:
    """Whether capitals stand out in a sentence (:func:`_caps_emphasis`), found once.

    VADER asks for every word in capitals; counting the sentence's capitals
    each time made a long sentence of such words quadratic.
    """

    __slots__ = ("orig", "value")

    def __init__(self, orig: list[str]) -> None:
        self.orig = orig
        self.value: bool | None = None

    def __bool__(self) -> bool:
        if self.value is None:
            self.value = _caps_emphasis(self.orig)
        return self.value


def _valence(i: int, orig: list[str], low: list[str], lex: Lexicon, caps: _Caps) -> float:
    """The adjusted valence of lexicon word ``i`` (VADER's ``sentiment_valence``).

    ``caps`` says, once per sentence, whether its capitals stand out.
    """
    val = lex.valence
    word = low[i]
    base = val[word]
    valence = base
    if word == "no" and i != len(low) - 1 and low[i + 1] in val:
        valence = 0.0
    if (
        (i > 0 and low[i - 1] == "no")
        or (i > 1 and low[i - 2] == "no")
        or (i > 2 and low[i - 3] == "no" and low[i - 1] in ("or", "nor"))
    ):
        valence = base * lex.negation_scalar
    # capitals count as emphasis only where a word in capitals asks (the word
    # itself or a booster before it), and only if they stand out in the sentence
    if orig[i].isupper() and caps:
        valence += lex.caps_increment if valence > 0 else -lex.caps_increment
    boosters = lex.boosters
    for k in range(3):
        j = i - k - 1
        if j < 0:
            break
        if orig[j][-1] in CLAUSE_END:
            break  # the window does not reach into the previous clause
        prev = low[j]
        if prev in val:
            continue
        scalar = boosters.get(prev, 0.0)
        if scalar:  # a booster or dampener, stronger in capitals
            if valence < 0:
                scalar = -scalar
            if orig[j].isupper() and caps:
                scalar += lex.caps_increment if valence > 0 else -lex.caps_increment
            valence += scalar * (1.0, 0.95, 0.9)[k]
        valence = _negation(valence, low, k, i, lex)
        if k == 2:
            valence = _idioms(valence, low, i, lex)
    if (
        i > 0
        and low[i - 1] == "least"
        and "least" not in val
        and (i == 1 or low[i - 2] not in ("at", "very"))
    ):
        valence *= lex.negation_scalar
    return valence


def _negation(valence: float, low: list[str], k: int, i: int, lex: Lexicon) -> float:
    """VADER's negation check for the word ``k + 1`` places before word ``i``.

    A comparative after "could not be" says the most there is (:func:`_none_more`,
    asked only of a negation that would flip the word).
    """
    scalar = lex.negation_scalar
    if k == 0:
        prev = low[i - 1]
        if prev in lex.negations or "n't" in prev or _far_from(low, i - 1):
            return valence * scalar
        return valence
    if k == 1:
        if low[i - 2] == "never" and low[i - 1] in ("so", "this"):
            return valence * 1.25
        if low[i - 2] == "without" and low[i - 1] == "doubt":
            return valence
        if _far_from(low, i - 2) and low[i - 1] in _FAR_FROM_BETWEEN:
            return valence * scalar  # "far from being perfect", "far from a disaster"
        if not _negated(low[i - 2], lex):
            return valence
        return valence * (1.25 if _none_more(low, i - 2, i) else scalar)
    if (low[i - 3] == "never" and low[i - 2] in ("so", "this")) or low[i - 1] in ("so", "this"):
        return valence * 1.25
    if low[i - 3] == "without" and "doubt" in (low[i - 2], low[i - 1]):
        return valence
    if not _negated(low[i - 3], lex):
        return valence
    return valence * (1.25 if _none_more(low, i - 3, i) else scalar)


def _far_from(low: list[str], j: int) -> bool:
    """Whether word ``j`` is the "from" of "far from", which says "not" before what
    it qualifies ("far from perfect", "far from the truth"; "far from home" names no
    lexicon word)."""
    return low[j] == "from" and j > 0 and low[j - 1] == "far"


#: The words "far from" may have before what it negates.
_FAR_FROM_BETWEEN = frozenset({"being", "a", "an", "the"})


def kind_of(words: Sequence[str], i: int) -> bool:
    """Whether the word at ``i`` (``"kind"``) opens "kind of": a sort ("a particular kind
    of incompetence"), not kindness; the scorer and the adjectives' tone both read it so."""
    return i + 1 < len(words) and words[i + 1] == "of"


def _none_more(low: list[str], j: int, i: int) -> bool:
    """Whether the negation at word ``j`` opens "could not be" or "never been" before a
    comparative, word ``i`` ("could not be happier", "can't have been better", "couldn't
    be more pleased"; "have never been better", "rarely felt prouder"): nothing could be,
    or has been, more, the opposite of a negation."""
    negation = low[j]
    between = low[j + 1 : i]
    if between and between[-1] == "more":
        between = between[:-1]
    elif not (low[i].endswith("er") or low[i] in ("worse", "best", "worst")):
        return False
    if negation in NEGATED_MODALS or (
        negation in ("not", "never", "hardly", "scarcely")
        and j > 0 and low[j - 1] in COMPARATIVE_MODALS
    ):
        return between == ["be"] or between == ["have", "been"]
    return negation in NEVER_BEEN and len(between) == 1 and between[0] in BEEN


def _contrast(orig: list[str], low: list[str]) -> tuple[int, int, int]:
    """Where the sentence turns: ``(contrast index, concession start, concession end)``.

    -1 where there is none.  The contrast index is that of the first contrast
    word (a clause-initial one for "yet" and "still"), the concession starts
    at the first concession word and runs to the next clause break (or the
    end of the sentence).
    """
    turn = conc = conc_end = -1
    for w in _TURNS.intersection(low):
        j = low.index(w)
        if w in CONCESSION_AT_START:
            if j:  # only at the sentence's head: "While the minister is right, ..."
                continue
            conc = 0
            continue
        if w in CONCESSION:
            if conc < 0 or j < conc:
                conc = j
            continue
        if w in CONTRAST_AT_CLAUSE_HEAD:
            count = low.count(w)
            while j > 0 and orig[j - 1][-1] not in CLAUSE_END:  # not at a clause head
                count -= 1
                j = low.index(w, j + 1) if count else -1
            if j < 0:
                continue
        if turn < 0 or j < turn:
            turn = j
    if conc >= 0:
        conc_end = len(low)
        for m in range(conc, len(low)):
            if orig[m][-1] in CLAUSE_END:
                conc_end = m + 1
                break
    return turn, conc, conc_end


#: The negations that may stand between a passive's auxiliary and a verb of
#: :data:`~limner_sentiment.lexicon.CHOSEN` ("was not re-elected").
_NOT_CHOSEN = frozenset({"not", "never"})


def _news_sense(i: int, low: list[str], orig: list[str]) -> bool:
    """Whether lexicon word ``i`` carries its rated sense, not a neutral news sense.

    "like" counts as a verb only after a subject or an auxiliary ("I like",
    "would like"), not as a preposition ("countries like Pakistan"); the
    phrases of :data:`~limner_sentiment.lexicon.NEUTRAL_AFTER` and
    :data:`~limner_sentiment.lexicon.NEUTRAL_BEFORE` ("health care", "engaged
    in", "as well"), also with a determiner between their words ("saved a
    penalty", "broke the record"), are neutral unless a clause or sentence
    break stands between their words ("caught fire, crews said").  A verb of
    :data:`~limner_sentiment.lexicon.CHOSEN` counts only after a finite passive's
    auxiliary or "been" (not "would be elected"), an adverb or a negation between
    ("was elected", "was narrowly re-elected", "was not elected"), not before "to"
    ("elected to the Senate in 2008": a seat among many, a career's history as often
    as news), nor in a clause of time or condition opened in the two words before
    the auxiliary ("since she was elected", "if they were elected"), nor with its
    year after it ("was elected in 1997": a career's history, :func:`_dated`); "sworn"
    only before "in".
    """
    word = low[i]
    if word == "like":
        return i > 0 and low[i - 1] in LIKE_SUBJECTS
    if word in CHOSEN:
        # "was elected", "has been re-elected", "was unanimously elected": one chosen;
        # "elected officials", "the newly elected mayor": an office's kind
        following = (low[i + 1].rstrip(".") if i + 1 < len(low) and orig[i][-1] not in _BREAKS
                     else "")
        if following == "to" or (word == "sworn" and following != "in"):
            return False  # "elected to the Senate"; "sworn in", not "sworn to secrecy"
        if _dated(i, low, orig):
            return False  # "was elected in 1997 at the age of 24": a career's history
        for k in range(i - 1, max(-1, i - 3), -1):
            if orig[k][-1] in _BREAKS:
                return False
            if low[k] in CHOSEN_AUXILIARIES:
                # in a clause of time or condition the choice dates or conditions another
                # thing ("before he is sworn in", "if they were elected"), as a harm's end
                # does in a clause of time
                return CHOSEN_CLAUSES.isdisjoint(low[max(0, k - 2) : k])
            if not (low[k].endswith("ly") or low[k] in _NOT_CHOSEN):
                return False  # ("was not elected": the negation turns it, as VADER's does)
        return False
    if word in NOUNS_IN_NEWS and i > 0 and (
        # a possessive, or an amount ("500", "£5m": a digit at its end or after a currency)
        low[i - 1].endswith("'s") or low[i - 1][-1:].isdigit() or low[i - 1][1:2].isdigit()
    ):
        return False
    before = NEUTRAL_AFTER.get(word)
    if before is not None:
        # back over up to two determiners, possessives or auxiliaries ("a deal was
        # struck", "saved Salah's penalty"), never across a clause or sentence break
        for k in range(i - 1, max(-1, i - 4), -1):
            if orig[k][-1] in _BREAKS:
                break
            previous = low[k]
            if previous in before:
                return False
            if not (
                previous in PHRASE_DETERMINERS
                or previous in PHRASE_AUXILIARIES
                or previous.endswith("'s")
            ):
                break
    after = NEUTRAL_BEFORE.get(word)
    if after is None or orig[i][-1] in _BREAKS:
        return True
    # on over up to two determiners or possessives ("broke the club's record",
    # "sanctioned the union's request")
    for k in range(i + 1, min(len(low), i + 4)):
        following = low[k].rstrip(".'")  # the period a sentence's last word keeps
        if following in after:
            return False
        if orig[k][-1] in _BREAKS or not (
            following in PHRASE_DETERMINERS or following.endswith("'s")
        ):
            break
    return True


#: The most words from a verb of :data:`~limner_sentiment.lexicon.CHOSEN` to the "in"
#: of its year ("was elected mayor of Leeds in 2010").
_DATED_REACH = 4


def _year(token: str) -> bool:
    """Whether ``token`` is a year written in figures ("1997", "2004,")."""
    token = token.rstrip(".,;:)'")
    return len(token) == 4 and token.isdigit() and token[0] in "12"


def _dated(i: int, low: list[str], orig: list[str]) -> bool:
    """Whether the choice at ``i`` is dated by a year in figures after it, "in" and the
    year or "in", a month and the year, within :data:`_DATED_REACH` words and its
    clause ("was elected in 1997", "were elected in 2004 on the list system", "was
    re-elected mayor in May 2015"): a choice told with its year is a career's history,
    told in a profile or an obituary, not the news of the day."""
    n = len(low)
    for k in range(i + 1, min(n - 1, i + 1 + _DATED_REACH)):
        if orig[k - 1][-1] in _BREAKS:
            return False
        if low[k] == "in" and orig[k][-1] not in _BREAKS:
            return _year(low[k + 1]) or (
                k + 2 < n and orig[k + 1][-1] not in _BREAKS and _year(low[k + 2]))
    return False


def _word(token: str) -> bool:
    return token[0].isalpha() and "/" not in token


def _opens(previous: str) -> bool:
    """Whether a word after ``previous`` starts something new (a handle or link counts)."""
    return previous[-1] in _SENTENCE_OR_CLAUSE or previous[0] == "@" or "/" in previous


def _named(i: int, orig: list[str]) -> bool:
    """Whether word ``i``, written with a capital inside a sentence, may be part of a name.

    It may not when it opens a quotation or follows a sentence or clause
    break, a handle or a link.
    """
    word = orig[i]
    return (
        i > 0
        and len(word) > 1
        and word[0].isalpha()
        and word.istitle()
        and word[0] not in _OPENERS
        and not _opens(orig[i - 1])
    )


def _names_apply(orig: list[str]) -> tuple[bool, int]:
    """Whether capitals mark names in this sentence, and which word opens it.

    Capitals mark nothing when most words have them (a headline).  The first
    word, past handles, links and acronyms such as "RT", opens the sentence.
    """
    if (sum(map(str.istitle, orig)) + sum(map(str.isupper, orig))) * 2 > len(orig):
        return False, 0
    first = next((j for j, w in enumerate(orig) if _word(w) and not w.isupper()), 0)
    return True, first


def _positions(low: list[str], present: Set[str]) -> list[int]:
    """Where the tokens in ``present`` occur in ``low``, in order.

    One C-level pass over ``low`` (a membership test per word, the places
    picked by ``itertools.compress``), linear in the sentence whatever the
    number of distinct lexicon words in it.  Two scans per distinct word
    (``list.index`` and ``list.count``, each comparing every word) cost 1%
    more of the plain run.
    """
    return list(itertools.compress(range(len(low)), map(present.__contains__, low)))


def score_words(
    orig: list[str],
    low: list[str],
    emphasis: float = 0.0,
    present: Set[str] | None = None,
    contraction: bool | None = None,
    rules: Set[str] | None = None,
) -> Scored:
    """Score a sentence given as words (see :func:`split_words`).

    A lexicon word counts unless it is part of a name (a capitalized word
    inside a sentence that is not a headline, see :func:`_named`) or used in a
    neutral news sense (:func:`_news_sense`).

    Args:
        orig: the words as written (capitals matter).
        low: the same words lower-cased and stripped.
        emphasis: punctuation emphasis added to the sum in its direction.
        present: the lexicon tokens of ``low``, when the caller knows them.
        contraction: ``False`` when the caller knows that no word holds "n't"
            (the sentence's text has none); ``None`` to look.
        rules: the words of ``low`` that a rule or a contrast looks for, when
            the caller knows them.
    """
    lex = load()
    if present is None:
        scanning = _scan_sets()
        scanning.learn(low)
        present = scanning.words.intersection(low)
        rules = scanning.rules & present
        if rules:
            present = present - scanning.rules_only
    if not present:
        if not rules or (
            _HARM_WORDS.isdisjoint(rules) and not _lacks(rules, low)
            and not (_cost_changed(rules, low) and _cost_rose(low, orig))
        ):
            return _EMPTY
        present = frozenset()  # a harm or a cost a rule may name, and no lexicon word
    if not present:
        found: list[int] = []
    elif len(present) == 1:  # most sentences: one lexicon word, found once
        (only,) = present
        found = [low.index(only)] if low.count(only) == 1 else _positions(low, present)
    else:
        found = _positions(low, present)
    val, modifiers = lex.valence, lex.modifiers
    if not val.keys() >= present:  # "good." or "''good": read the word itself
        lookup = lex.lookup
        low = list(low)
        for i in found:
            low[i] = lookup[low[i]]
        rules = None  # "no." now reads "no", which a rule looks for
    if contraction is None or contraction:
        contraction = "n't" in "".join(low)
    # no rule word anywhere: each word's window is plain too (one C-level check,
    # which also says whether the sentence can turn on a contrast word)
    if rules is None:
        rules = _rules_and_turns().intersection(low)
    if not rules:
        plain, turns = not contraction, False
    else:
        plain = not contraction and modifiers.isdisjoint(rules)
        turns = not _TURNS.isdisjoint(rules)
    names: tuple[bool, int] | None = None
    caps: _Caps | None = None
    hits: list[tuple[int, str, float]] = []
    for i in found:
        w = low[i]
        if w == "kind" and kind_of(low, i):
            continue
        if i and orig[i].istitle() and _named(i, orig):
            if names is None:
                names = _names_apply(orig)
            if names[0] and i != names[1]:
                continue
        if w in _SENSES and not _news_sense(i, low, orig):
            continue
        if plain and not orig[i].isupper():
            hits.append((i, w, val[w]))  # no rule applies: the lexicon's valence
            continue
        window = low[i - 3 : i] if i >= 3 else low[:i]
        if (
            w not in modifiers
            and modifiers.isdisjoint(window)
            and not orig[i].isupper()
            and (not contraction or "n't" not in "".join(window))
        ):
            hits.append((i, w, val[w]))  # no rule applies: the lexicon's valence
            continue
        if caps is None:
            caps = _Caps(orig)
        v = _valence(i, orig, low, lex, caps)
        if v:
            hits.append((i, w, v))
    # the nouns of a harm no lexicon rates, read only where a rule names them (HARMS)
    harms: set[int] | None = None
    read: set[int] = set()
    if rules and not _HARMS_OR_LACKS.isdisjoint(rules) and (
        not _HARM_WORDS.isdisjoint(rules) or not _NEED_WORDS.isdisjoint(low)
    ):  # (a need is looked for only after a word of its lack)
        harms, hits = _harms(hits, low, orig, lex, read)
    if not hits and not (rules and _good_changed(rules, present, low)):
        return _EMPTY
    if not _OTHER_CHANGES.isdisjoint(rules) or (
        not COPULA_FALLS.isdisjoint(rules)
        and _after_copula(low, COPULA_FALLS.intersection(rules))
    ) or (not _GUARD_WORDS.isdisjoint(present) and "from" in low) or (
        not STANDING_LOSSES.isdisjoint(present) and "as" in low
    ):  # (a standing lost asks only with its "as": "lost its title as")
        hits = _changed(hits, low, orig, lex.negation_scalar, lex.negations, read)
        if not hits:
            return _EMPTY  # a good named by no change
    if not _SHORTFALLS.isdisjoint(rules):
        hits = _shortfall(hits, low, lex.negation_scalar)
    if not CLAIMS.isdisjoint(rules):
        hits = _unmet(hits, low, orig)
    if not HARD_TO.isdisjoint(rules):
        hits = _hard_to(hits, low, lex.negation_scalar)
    if not _NONE_DID.isdisjoint(rules):
        hits = _none_did(hits, low, orig, lex, read)
    if harms:
        hits = [h for h in hits if h[0] not in harms or h[0] in read]
        if not hits:
            return _EMPTY
    if turns:
        turn, conc, conc_end = _contrast(orig, low)
        adjusted = []
        for i, w, v in hits:
            if conc >= 0:
                v *= 0.5 if conc <= i < conc_end else 1.5
            if turn >= 0:
                v *= 0.5 if i < turn else 1.5
            adjusted.append((i, w, v))
        hits = adjusted
    raw = 0.0
    for hit in hits:
        raw += hit[2]
    if raw > 0:
        raw += emphasis
    elif raw < 0:
        raw -= emphasis
    else:
        return _scored((0.0, 0.0, tuple(hits)))
    score = raw / math.sqrt(raw * raw + ALPHA)  # normalize(), inlined on the hot path
    if score > 1.0:
        score = 1.0
    elif score < -1.0:
        score = -1.0
    return _scored((raw, score, tuple(hits)))


@functools.cache
def _rules_and_turns() -> frozenset[str]:
    """The words that ask for a rule: boosters, negations and the like, contrast words,
    and the words of a change (:func:`_changed`); of the guarding words, those no lexicon
    rates (a lexicon word is found as one: "protect" alone keeps the plain path)."""
    lex = load()
    return (
        lex.modifiers | _TURNS | _CHANGES_AND_LEVELS | _SHORTFALLS | _NONE_DID | CLAIMS
        | HARD_TO | _HARM_WORDS | frozenset(w for w in _GUARD_WORDS if w not in lex.valence)
    )


#: The nouns of :data:`~limner_sentiment.lexicon.HARMS`, as a sentence's last word too
#: ("avoided relegation.").
_HARM_WORDS = frozenset(HARMS) | frozenset(w + "." for w in HARMS)
#: The nouns of a need that a word of its lack may name
#: (:data:`~limner_sentiment.lexicon.NEEDS`): looked for only in a sentence holding such a
#: word, so that no sentence is read for a need alone.
_NEED_WORDS = NEEDS | frozenset(w + "." for w in NEEDS)
_HARMS_AND_NEEDS = _HARM_WORDS | _NEED_WORDS
#: The words that tell a need's lack right before it or one word before ("without power",
#: "no running water"; not "never leave home without it", where "never" is of the verb).
_LACKING = frozenset({"no", "without"})
_HARMS_OR_LACKS = _HARM_WORDS | _LACKING
#: The words that keep their object from what "from" names (:data:`GUARDS`).
_GUARD_WORDS = frozenset(GUARDS)


def _lacks(rules: Set[str], low: list[str]) -> bool:
    """Whether a sentence holding the rule words ``rules`` may tell a need's lack: a word
    of lack among them, and a need among its words ``low`` (one C-level pass)."""
    return not _LACKING.isdisjoint(rules) and not _NEED_WORDS.isdisjoint(low)


#: The goods measured (:data:`~limner_sentiment.lexicon.GOODS_MEASURED`), also as a
#: sentence's last word ("a fall in its shares.").
_GOODS = frozenset(GOODS_MEASURED) | frozenset(w + "." for w in GOODS_MEASURED)
#: The words of a change that may name a good: the verbs and nouns of a rise or a fall.
_GOOD_CHANGES = FALLS | RISES | FALL_NOUNS | RISE_NOUNS
#: The words of a change that may name a cost: those of a rise only (a cost's fall is left
#: as it was read, :func:`_changed`).
_COST_RISES = RISES | RISE_NOUNS | RISES_TO_COME
#: The harms, and the words of a rise that may name a cost: a sentence of no lexicon
#: word holding none of them is read for neither (:func:`score_sentences`).
_HARMS_OR_RISES = _HARM_WORDS | _COST_RISES
#: The costs measured (:data:`~limner_sentiment.lexicon.COSTS_MEASURED`), also as a
#: sentence's last word: no lexicon's words nor rule words, looked for only in a sentence
#: holding a rise (:func:`_cost_changed`) and in the pass of :func:`_changed`.
_COSTS = frozenset(COSTS_MEASURED) | frozenset(w + "." for w in COSTS_MEASURED)
#: The ratings of what a change may name though no lexicon reads it there: the goods and
#: the costs.
_MEASURED = {**GOODS_MEASURED, **COSTS_MEASURED}
#: The costs in the singular ("the petrol price rose"), which before a word of a rise in
#: "-s" name a kind of change ("price increases lifted revenue").
_SINGULAR_COSTS = frozenset(w for w in COSTS_MEASURED if not w.endswith("s"))


def _good_changed(rules: Set[str], present: Set[str], low: list[str]) -> bool:
    """Whether a sentence holding the rule words ``rules`` and the lexicon words
    ``present`` and the words ``low`` may tell a good's change or a cost's rise: a word of
    a rise or a fall among the first and a good among the second (a good of
    :data:`GOODS_MEASURED` is a lexicon word, read here only where the lexicon's reading
    left it unread), or a word of a rise among the first and a cost among the words
    (:func:`_cost_changed`)."""
    return (
        not _GOOD_CHANGES.isdisjoint(rules) and not _GOODS.isdisjoint(present)
    ) or _cost_changed(rules, low)


def _cost_changed(rules: Set[str], low: list[str]) -> bool:
    """Whether a sentence of the rule words ``rules`` and the words ``low`` holds a word
    of a rise and a cost of :data:`COSTS_MEASURED` (one C-level pass over the words, only
    where a rise is).  The costs are no rule words: a sentence holding one and no rise
    keeps its fast paths."""
    return not _COST_RISES.isdisjoint(rules) and not _COSTS.isdisjoint(low)


def _cost_rose(low: list[str], orig: list[str]) -> bool:
    """Whether a cost of :data:`COSTS_MEASURED` in ``low`` rises (:func:`_rise_of`):
    a sentence of no lexicon word is read only then."""
    return any(_rise_of(c, low, orig) >= 0 for c in _positions(low, _COSTS))


def _rise_of(c: int, low: list[str], orig: list[str]) -> int:
    """The place of the verb of a rise whose subject is the cost at ``c``, or -1: right
    after it, past at most three words of :data:`CHANGE_BETWEEN` or of a rise told as
    coming (:data:`FORECAST_BETWEEN`: "Petrol prices rose", "Mortgage costs have
    surged", "Energy prices will jump", "fares are set to rise"; not across a comma),
    and past the phrase of what it is the cost of or where it is paid (:data:`COST_OF`,
    at most :data:`COST_OF_REACH` words: "The cost of a weekly shop climbed", "Ticket
    prices for the final have soared").  Not the price of a thing held, after a word of
    :data:`PRICED_ASSETS` or with one in its phrase ("share prices", "house prices",
    "the price of shares": its rise is its owners' gain), nor a singular cost right
    before a word in "-s" ("price increases", "price rises": a kind of change named,
    not one told).  The cost's fall is not read: "prices fell" is told as often of a
    seller's loss or a slump's sign as of a buyer's relief."""
    if c and low[c - 1] in PRICED_ASSETS:
        return -1
    n = len(low)
    k = c
    if orig[k][-1] in _BREAKS:
        return -1
    if k + 2 < n and low[k + 1] in COST_OF:
        # "the cost of a weekly shop", "prices at the pump": the phrase's last word
        m = k + 2
        while True:
            if orig[m - 1][-1] in _BREAKS or m - k - 1 > COST_OF_REACH:
                return -1
            w = low[m]
            if w in _COST_RISES or w in CHANGE_BETWEEN or w in FORECAST_BETWEEN:
                break
            if w in PRICED_ASSETS:
                return -1  # "the price of shares", "the cost of a house"
            m += 1
            if m >= n:
                return -1
        if m == k + 2:
            return -1  # "prices in rising": no phrase
        k = m - 1
    start = k
    coming = False  # a rise told as coming: its verb in the base form too
    while True:
        if orig[k][-1] in _BREAKS:
            return -1
        k += 1
        if k >= n:
            return -1
        w = low[k]
        if w in CHANGE_BETWEEN:
            pass
        elif w in FORECAST_BETWEEN or (w == "to" and low[k - 1] in FORECAST_BETWEEN):
            coming = True
        else:
            break
        if k - start > 3:
            return -1
    word = low[k].rstrip(".")  # "could soar.", "price rises.": the sentence's last word
    if word not in _COST_RISES or (word in RISES_TO_COME and not coming):
        return -1
    if k == c + 1 and low[c] in _SINGULAR_COSTS and word.endswith("s"):
        return -1
    return k


#: The last word of a rise told as coming, before its verb (:func:`_forecast_before`).
_FORECAST_OR_TO = FORECAST_BETWEEN | {"to"}
#: The costs and the harms: what a rise may name past the words of a forecast, or with
#: no lexicon word before its verb (looked for once per sentence, where asked).
_PRICED = _COSTS | _HARM_WORDS


def _cost_before(k: int, j: int, low: list[str], orig: list[str]) -> int:
    """The place of the cost whose rise is the verb at ``j`` (:func:`_rise_of`), the word
    at ``k`` the last before the verb's auxiliaries: that word, or one at most
    :data:`COST_OF_REACH` + 1 words before it that the phrase of what it costs follows;
    -1 where there is none."""
    lo = max(0, k - COST_OF_REACH - 1)
    if _COSTS.isdisjoint(low[lo : k + 1]):
        return -1  # most verbs of a rise: no cost before them (one C-level test)
    for c in range(k, lo - 1, -1):
        if c < k and orig[c][-1] in _BREAKS:
            break
        if low[c] in _COSTS and _rise_of(c, low, orig) == j:
            return c
    return -1


def _forecast_before(k: int, low: list[str], orig: list[str]) -> int:
    """The place before the words of a rise told as coming that end at ``k``
    (:data:`FORECAST_BETWEEN`, with its auxiliaries: "will", "are set to", "is likely
    to"), at most three words; -1 where ``k`` ends none."""
    start = k
    while k >= 0 and start - k <= 3 and orig[k][-1] not in _BREAKS:
        w = low[k]
        if w in FORECAST_BETWEEN or w in CHANGE_BETWEEN or (
            w == "to" and k and low[k - 1] in FORECAST_BETWEEN
        ):
            k -= 1
            continue
        return k if k < start else -1
    return -1


def _harms(
    hits: list[tuple[int, str, float]], low: list[str], orig: list[str], lex: Lexicon,
    read: set[int],
) -> tuple[set[int], list[tuple[int, str, float]]]:
    """The places of the nouns of a harm in ``low`` (:data:`HARMS`), and ``hits`` with them
    among it at their rating, a negation right before or one word before read as VADER
    reads one ("no deaths", "no new cases", "without serious injuries": then ``read``,
    kept whatever else names it; not "no other aftermarket cases", where "no" is of
    what the noun qualifies).
    A need of :data:`NEEDS` is placed only where "without" or "no" right before it or one
    word before tells its lack and it ends its noun group ("left without power"; not "no
    water damage"), at :data:`LACK`, that "no" then not read for itself; a need's lack in
    one word (:data:`LACK_WORDS`) is read after :data:`LACK_VERBS` ("left homeless").
    A word with a capital inside a sentence is a name's, and one the lexicon in use rates is
    read as that lexicon's: both left out.  The rules of a
    change and of none (:func:`_changed`, :func:`_none_did`) add to ``read`` the places
    they name; the others are dropped once they have run."""
    harms: set[int] = set()
    scalar = lex.negation_scalar
    n = len(low)
    told: set[int] = set()  # the "no" that tells a need's lack: not read for itself
    for i in _positions(low, _HARMS_AND_NEEDS):
        w = low[i].rstrip(".")
        if (i and orig[i][:1].isupper()) or w in lex.valence:
            continue  # a name's word, or one the lexicon in use rates itself
        need = w in NEEDS
        if (need or w in LACK_WORDS) and not (
            i + 1 >= n or orig[i][-1] in _BREAKS or low[i + 1] in GROUP_ENDS
        ):
            continue  # "no water damage", "homeless charities": it qualifies a noun
        v = LACK if need else HARMS[w]
        denied = False
        for k in range(i - 1, max(-1, i - 3), -1):
            if orig[k][-1] in _BREAKS:
                break
            if low[k] in _LACKING if need else (low[k] in _DENIALS or "n't" in low[k]):
                denied = True
                if need:
                    told.add(k)
                break
        if need:
            if not denied:
                continue  # a need named without its lack: no tone
            read.add(i)  # "left without power", "no food or shelter": a need lacking
        elif denied:
            v *= scalar
            read.add(i)
        elif i and w in LACK_WORDS and low[i - 1] in LACK_VERBS:
            read.add(i)  # "hundreds were left homeless": a need's lack in one word
        harms.add(i)
        hits.append((i, w, v))
    if told:
        hits = [h for h in hits if h[0] not in told]
    if harms:
        hits.sort(key=_first)
    return harms, hits


#: The words that deny a harm of :data:`HARMS` right before it or one word before ("no
#: deaths", "without serious injuries", "zero new cases"): not every negation of VADER's
#: ("despite the closure" is no denial of it).
_DENIALS = frozenset({"no", "not", "without", "never", "zero", "nor"})


def _first(hit: tuple[int, str, float]) -> int:
    return hit[0]


#: The words that ask for :func:`_changed`.
_CHANGES_AND_LEVELS = CHANGES | LEVELS | COPULA_FALLS
#: The rule words that ask for it wherever they are; "down" asks only after a copula
#: (most sentences with "down" have none: "let us down", "broke down").  A guarding word
#: no lexicon rates is a rule word and asks here ("protecting"); one a lexicon rates
#: ("protect", "safe") asks only with a "from" in the sentence.
_OTHER_CHANGES = (_CHANGES_AND_LEVELS - COPULA_FALLS) | _GUARD_WORDS
#: The words :func:`_changed` reads: the guarding words too, and the verbs of a standing
#: lost, which are lexicon words (VADER rates "lost") and no rule words: a sentence whose
#: one lexicon word is "lost" keeps the plain path, and one with another asks for the
#: rule only with an "as" ("lost its title as the world's best").
_CHANGE_WORDS = _CHANGES_AND_LEVELS | _GUARD_WORDS | STANDING_LOSSES
#: Those words and the goods (:data:`_GOODS`) a change may name, found in one pass.
_CHANGE_OR_GOOD = _CHANGE_WORDS | _GOODS


def _after_copula(low: list[str], words: Set[str]) -> bool:
    """Whether any of ``words`` stands right after a copula in ``low`` ("are down")."""
    for w in words:
        i = low.index(w)
        while True:
            if i and low[i - 1] in COPULAS:
                return True
            try:
                i = low.index(w, i + 1)
            except ValueError:
                break
    return False
#: The words that ask for :func:`_shortfall`: what is owed, and the comparative.
_SHORTFALLS = DESERVES | {"better", "better."}


#: The words that ask for :func:`_unmet`: a promise, and what was "supposed" or "meant"
#: to be.
CLAIMS = frozenset({"promised", "promises", "supposed", "meant"})
#: Words before "promised" as an adjective ("the promised reforms", "their own promised
#: cuts"): a phrase's determiners, and "our", "this".
_BEFORE_PROMISED = PHRASE_DETERMINERS | {"our", "this"}
#: The most words a claim runs over, and the words that end it ("promised much but failed
#: to deliver").
_CLAIM_WORDS = 8
_CLAIM_ENDS = frozenset(
    {"but", "yet", "although", "though", "however", "while", "whereas", "because"})
#: What ends the clause of an expectation ("was supposed to make life easier, but ...").
_CLAUSE_STOPS = tuple(",;:.!?")


def _unmet(
    hits: list[tuple[int, str, float]], low: list[str], orig: list[str]
) -> list[tuple[int, str, float]]:
    """``hits`` without a promise's own rating and the words :func:`claimed` marks: a
    claim or an expectation, which a report or an editorial cites to judge it, not a
    judgement of the writer's.  Whether it was met is read from the words that say so
    ("never delivered", "instead")."""
    marked = claimed(low, orig)
    out = []
    for i, w, v in hits:
        if w.rstrip(".,;:!?") in ("promised", "promises") or (i < len(low) and marked[i]):
            continue
        out.append((i, w, v))
    return out


def claimed(low: Sequence[str], orig: Sequence[str] | None = None) -> bytearray:
    """Which of a sentence's words (``low``, lower case) are claimed, 1 each: what is
    promised ("the Grill promises fine dining"; "the promised reforms", two words) and
    what "supposed to" or "meant to" says should be ("the update was supposed to make
    life easier"), each to the end of its clause (read from ``orig``, the words as
    written, when given), a contrast or eight words ("promised much but failed to
    deliver"); "promises to be a huge encounter" is the writer's own forecast.  The words
    are marked once: a sentence of many claims costs its length."""
    n = len(low)
    marked = bytearray(n)
    for k in range(n - 1):
        w = low[k]
        if w in ("supposed", "meant") and low[k + 1] == "to":
            start = k + 2
        elif w in ("promised", "promises") and k and low[k - 1] in _BEFORE_PROMISED:
            marked[k + 1 : k + 3] = b"\x01" * (min(k + 3, n) - k - 1)
            continue
        elif w in ("promised", "promises") and low[k + 1 : k + 3] != ["to", "be"]:
            start = k + 1
        else:
            continue
        end = start
        last = min(n, start + _CLAIM_WORDS)
        while end < last and low[end] not in _CLAIM_ENDS and (
                orig is None or not orig[end - 1].endswith(_CLAUSE_STOPS)):
            end += 1
        marked[start:end] = b"\x01" * (end - start)
    return marked


#: The words that ask for :func:`_none_did`; "single" for "not a single patient died".
_NONE_DID = NO_ONE | {"no", "none", "single"} | {w + "." for w in (*NO_ONE, "none")}


def _none_did(
    hits: list[tuple[int, str, float]], low: list[str], orig: list[str], lex: Lexicon,
    read: set[int] | None = None,
) -> list[tuple[int, str, float]]:
    """``hits`` with what a subject of none says did not happen negated: "no one was
    hurt", "nobody has been injured", "none of the passengers was seriously harmed",
    "no buildings were damaged" (up to two words after the auxiliaries), and what "no"
    and a noun say there was none of: "no reports of damage or injuries", "no evidence
    of harm" (up to four words after "of").  VADER negates only the two words after
    "no" and the three after "none".  What there was none of is read when the noun
    is no lexicon word the scorer reads ("no lack of confidence", "no chance of an
    upset" are read by VADER's rule of "no"), and up to a word of
    :data:`NONE_OF_ENDS` ("no details of how the records disappeared").  A word the
    scorer has negated already (its weight's sign is not its valence's) is left as it
    is; nothing is read across a clause's end, nor after "no" and a number ("No 10").
    The "no" of such a subject is a negation, and not read for itself (VADER rates
    "no" as bad, and reads it so unless a lexicon word follows it).

    "Not a single" and a noun is such a subject too ("not a single patient died"); a
    subject of none before a verb with nothing after it in its clause (its end, or a
    preposition: "no one died", "nobody died in the crash") says the verb did not
    happen; and a verb right before "no one", "nobody" or "none" as its object says it
    was done to none ("the fire killed no one", "injured nobody"): the verb is negated.
    A subject of none before a verb with an object is left as it is ("no one expected
    such a terrible result").  The places negated are added to ``read``, when given.
    """
    n = len(low)
    valence, turn = lex.valence, lex.negation_scalar
    scope: set[int] = set()
    negation: set[int] = set()  # a "no" that negates here is no word of tone
    listed: set[int] = set()  # what "no reports of" covers: no harm of HARMS is read there
    at: set[int] | None = None
    for p in _positions(low, _NONE_DID):
        word = low[p].rstrip(".")
        if word == "single":  # "not a single patient died": as "no patient died"
            if p < 2 or low[p - 1] != "a" or low[p - 2] != "not" or p + 1 >= n:
                continue
            word, head = "no", p + 1
            named = True
        else:
            head = p + 1 if word == "no" and p + 1 < n else p
            # a subject that names who or what none was: "no one", "nobody"
            named = word in NO_ONE or (head != p and low[head].rstrip(".") == "one")
        if (
            p
            and named
            and orig[p - 1][-1] not in _BREAKS
            and (p < 2 or low[p - 2] not in NOT_BEFORE_A_VERB)  # not "a struggling nobody"
            and (head + 1 >= n or orig[head][-1] in _BREAKS or low[head + 1] in GROUP_ENDS)
            and (word != "none" or head + 1 >= n or low[head + 1] != "of")
        ):
            # "the fire killed no one", "injured nobody in the blast": a verb done to none
            # (not "thankfully no one was hurt": a subject, what follows its verb)
            if at is None:
                at = {i for i, _, _ in hits}
            if p - 1 in at:
                scope.add(p - 1)
                negation.add(p)
                continue
        if orig[p][-1] in _BREAKS or orig[head][-1] in _BREAKS or head + 1 >= n:
            continue
        if head != p and any(c.isdigit() for c in low[head]):
            continue  # "No 10 was cautious": a name
        q = head + 1
        if word == "no" and low[head] != "one" and low[q] == "of":
            # "there were no reports of damage or injuries", "found no evidence of harm"
            if low[head] in valence:
                continue
            last = q + 4
            k = q + 1
            while k < n and k <= last and low[k] not in NONE_OF_ENDS:
                scope.add(k)
                listed.add(k)
                if orig[k][-1] in _BREAKS:
                    break
                k += 1
            negation.add(p)
            continue
        if word == "none" and low[q] == "of":  # "none of the passengers was"
            q += 1
            while q < n and q - head <= 4 and low[q] not in NONE_DID_AUXILIARIES:
                if orig[q][-1] in _BREAKS:
                    break
                q += 1
        if named and q < n and low[q] not in NONE_DID_AUXILIARIES and (
            orig[q - 1][-1] not in _BREAKS
        ) and (q + 1 >= n or orig[q][-1] in _BREAKS or low[q + 1] in GROUP_ENDS):
            # "no one died", "nobody died in the crash": a verb with no object
            if at is None:
                at = {i for i, _, _ in hits}
            if q in at:
                scope.add(q)
                negation.add(p)
            continue
        if q >= n or low[q] not in NONE_DID_AUXILIARIES or orig[q - 1][-1] in _BREAKS:
            continue
        while q + 1 < n and low[q + 1] in NONE_DID_AUXILIARIES and orig[q][-1] not in _BREAKS:
            q += 1
        last = q + 2  # "was hurt", "were seriously hurt"
        k = q
        while k < n and k < last and orig[k][-1] not in _BREAKS:
            k += 1
            scope.add(k)
        negation.add(p)
    if not negation:
        return hits
    if read is not None:
        read |= scope - listed if listed else scope
    return [
        (i, w, v * turn if i in scope and v * (
            valence[w] if w in valence else HARMS.get(w, LACK)) > 0 else v)
        for i, w, v in hits
        if i not in negation
    ]


#: The words of "hard to", which says what follows it is not so ("hard to love", "hard to
#: fault", "impossible to care about").
HARD_TO = frozenset({"hard", "difficult", "impossible", "tough"})


def _hard_to(
    hits: list[tuple[int, str, float]], low: list[str], turn: float
) -> list[tuple[int, str, float]]:
    """``hits`` with the word after "hard to", "difficult to", "impossible to" or "tough
    to" negated (VADER's negation scalar, ``turn``): "hard to love" says not lovable,
    "hard to fault" faultless; the word of difficulty before it is then no judgement of
    its own and is dropped ("hard to say" keeps it: nothing follows to negate)."""
    negated = {i for i, _, _ in hits if i > 1 and low[i - 1] == "to" and low[i - 2] in HARD_TO}
    if not negated:
        return hits
    return [
        (i, w, v * turn if i in negated else v)
        for i, w, v in hits
        if not (i + 2 in negated and low[i] in HARD_TO)
    ]


def _shortfall(
    hits: list[tuple[int, str, float]], low: list[str], turn: float
) -> list[tuple[int, str, float]]:
    """``hits`` with the "better" of what is owed turned: "patients deserve better",
    "Britain deserves far better", "ministers must do better", "he should have done
    better", "we have to do better" say that what is falls short, and read as "not
    better" (VADER's negation scalar, ``turn``).  "Could", "can", "will" and "would"
    hope or compare ("we can do better", "would do better than most"), and are left as
    VADER reads them, as is "done better" without a duty ("few have done better")."""
    out = []
    for i, w, v in hits:
        if w.rstrip(".") == "better" and _owed(i, low):
            v *= turn
        out.append((i, w, v))
    return out


def _owed(i: int, low: list[str]) -> bool:
    """Whether the comparative at ``i`` follows what is owed (:func:`_shortfall`)."""
    k = i - 1
    while k >= 0 and i - k <= 2 and low[k] in SHORTFALL_BETWEEN:
        k -= 1
    if k < 0:
        return False
    if low[k] in DESERVES:
        return True
    if low[k] == "done" and k >= 2 and low[k - 1] == "have":
        k -= 1  # "should have done better": the duty is before "have"
    elif low[k] != "do":
        return False
    duty = low[k - 1] if k >= 1 else ""
    if duty in OBLIGED:
        return True
    return duty == "to" and k >= 2 and low[k - 2] in OBLIGED_TO


def _changed(
    hits: list[tuple[int, str, float]], low: list[str], orig: list[str], turn: float,
    negations: Set[str], read: set[int] | None = None,
) -> list[tuple[int, str, float]]:
    """``hits`` with the tone of what falls turned, and a change's own rating dropped.

    What falls (the lexicon word before a verb of :data:`FALLS`, or after a verb of
    :data:`REDUCES`, or before one in the passive, or after a noun of
    :data:`FALL_NOUNS` and "in") weighs its valence times ``turn`` (VADER's
    negation scalar): "unemployment fell", "crime rates have fallen", "reduced
    poverty", "poverty was reduced", "a fall in crime" read as "not unemployment",
    and "profits fell", "confidence slumped" as "not profits".  What rises keeps its
    valence ("the death toll rose", "a rise in unemployment").  Either way the verb or
    noun of the change is not read for itself ("increase", "eased" and "cut" are rated
    as a gain, an ease and a wound).  Auxiliaries, adverbs of degree and the measures of
    a thing may stand between what changes and its verb (:data:`CHANGE_BETWEEN`);
    nothing is read across a comma or a sentence break, and a change negated in the
    three words before it ("did not fall", "never rose") is left as VADER reads it.
    The places of what changes are added to ``read``, when given.

    A cost (:data:`~limner_sentiment.lexicon.COSTS_MEASURED`) right before a verb of a
    rise (:func:`_rise_of`: "Petrol prices rose", "Mortgage costs have surged") joins
    the hits at its rating: bad news.  A cost's fall is not read.

    A company's shares (:data:`~limner_sentiment.lexicon.GOODS_MEASURED`), where the
    lexicon's reading left the word unread (its news sense: "shares in", "the company's
    shares"), are placed among what a change after them may name, and join the hits at
    their rating only where one does ("Shares in Ocado slumped 15%", "Netflix shares
    soared"): their fall is bad news, their rise good; not in the base form "rise"
    ("expects its shares to rise", "saw their shares rise": a forecast, another's view).
    """
    at = {i for i, _, _ in hits}  # the positions of the lexicon's words
    turned: set[int] = set()
    dropped: set[int] = set()
    named: set[int] = set()  # what rises, and what falls
    escaped: set[int] = set()  # what a verb of escape names (ESCAPES)
    n = len(low)
    goods: list[int] = []  # the goods measured, read as what a change after them names
    priced: bool | None = None  # whether a cost or a harm stands in the sentence
    for j in _positions(low, _CHANGE_OR_GOOD):
        word = low[j].rstrip(".")
        if word in GOODS_MEASURED:
            # a good is what a change names, no change; one the lexicon's reading left
            # unread, and not a name's word inside the sentence ("Shares Direct"), is
            # placed among the words a change after it may name
            if j not in at and (not j or not orig[j][:1].isupper()):
                at.add(j)
                goods.append(j)
            continue
        if not negations.isdisjoint(low[max(0, j - 3) : j]):
            continue
        if word in STANDING_LOSSES:
            # "lost its title as the world's best": the standing after "as" is lost
            a = _word_after(j, low, orig, "as", STANDING_REACH + 1)
            if a > j + 1 and low[a - 1] in STANDINGS and orig[a][-1] not in _BREAKS:
                turned.update(_group_after(a + 1, low, orig, at))
            continue
        if word in GUARDS:
            # "protect tenants from eviction", "keep families safe from harm": a threat
            f = _guarded(j, low, orig, GUARDS[word])
            group = _group_after(f + 1, low, orig, at) if f > 0 else []
            if group:
                turned.update(group)
                escaped.update(group)
                dropped.add(j)  # the guard and what it guards against say one thing
                continue
            if word not in REDUCES:
                continue
        if word in LEVELS:
            _level(j, low, orig, at, turned, dropped, named)
            continue
        if word in ESCAPES and _fled_before(j, low, orig):
            # "fled to escape the fighting": a flight, not a harm escaped nor a boon
            dropped.add(j)
            continue
        if j + 1 < n and low[j + 1] == "up" and orig[j][-1] not in _BREAKS:
            continue  # "ended up", "grew up": a verb of another sense
        if word in COPULA_FALLS and (
            not j or low[j - 1] not in COPULAS or _attributed(j, low, orig)
        ):
            continue  # "let us down", "is down to luck": no change
        # "called off the strike": what is stopped follows the particle
        after = j + 1
        particle = PARTICLE_VERBS.get(word)
        harm_only = word in HARM_STOPS  # "paid off its debts": only a burden
        charged = False
        if particle is not None:
            if particle == "of":
                after = _of_after(j, low, orig)  # "cleared the nurse of all charges"
                charged = after > j + 1  # then only a charge (a bad word) is what is undone
            if after >= n or low[after].rstrip(".") != particle or orig[j][-1] in _BREAKS:
                continue  # "was called a liar": no change
            after += 1
            if particle != "of":
                dropped.add(j)  # "struck down", "called off": no blow, no call
        before = low[j - 1] if j else ""
        # the thing after: "reduced (the) poverty", "a fall in (violent) crime"
        if (
            (word in FALL_NOUNS or word in RISE_NOUNS)
            and j + 1 < n
            and low[j + 1] == "in"
            and orig[j][-1] not in _BREAKS
        ):
            # (not "growth in a tough quarter": a time or a place after "in")
            group = [] if low[j + 2 : j + 3] in (["a"], ["an"]) else _group_after(
                j + 2, low, orig, at
            )
            if group and low[group[-1]] not in FALL_IDIOMS:
                if word in FALL_NOUNS:
                    turned.update(group)
                named.update(group)
                dropped.add(j)
                continue
        if before in NOT_BEFORE_A_VERB or before.endswith("'s"):
            continue  # "a clear cut hero", "the director's cut", "ill at ease"
        if (
            word in REDUCES
            and orig[after - 1][-1] not in _BREAKS
            and j
            and (orig[j - 1][-1] not in _BREAKS or word.endswith("ing"))
            # "was halted": what stops is before, unless "of" names it ("was cleared of")
            # or the verb keeps it after ("was spared the worst")
            and (low[j - 1] not in PASSIVE_AUXILIARIES or particle == "of" or word in SPARED
                 or particle == "from")  # ("is recovering from": no passive)
        ):
            # (not at a clause's head: "..., cut the nonsense" bids, it reports no fall;
            # a participle there reports one: "..., sparing the town the worst")
            group = _group_after(after, low, orig, at)
            if group and harm_only and not _burdens(group, low):
                group = []  # "paid off the builders", "repaid his kindness": no burden
            if group and charged and any(v >= 0 for i, _, v in hits if i in group):
                group = []  # "cleared the former head of the charity": no charge
            if group:
                turned.update(group)
                if word in ESCAPES:  # a threat by the verb's sense: a harm escaped
                    escaped.update(group)
                dropped.add(j)
                continue
            if particle == "from":
                continue  # "was recovered from the river": what is recovered is no harm
        if word.endswith("ing") and (word in FALLS or word in RISES) and j + 1 < n:
            # a participle before what changes: "falling unemployment", "rising prices"
            group = _group_after(j + 1, low, orig, at)
            if group:
                if word in FALLS:
                    turned.update(group)
                named.update(group)
                dropped.add(j)
                continue
            following = low[j + 1].rstrip(".")
            if orig[j][-1] not in _BREAKS and not (
                following in GROUP_ENDS
                or following in CHANGE_BETWEEN
                or following.endswith("ly")
            ):
                continue  # "battle falling sales": nothing before it falls
        # the thing before: "unemployment (has) fell", "poverty was reduced"
        k = j - 1
        passive = False
        while k >= 0 and j - k <= 3 and low[k] in CHANGE_BETWEEN and orig[k][-1] not in _BREAKS:
            passive = passive or low[k] in PASSIVE_AUXILIARIES
            k -= 1
        if k < 0 or orig[k][-1] in _BREAKS:
            continue
        group = _group_before(k, low, orig, at)
        if not group:
            # no lexicon word before the verb: a cost that rises, or a cost's or a harm's
            # rise told as coming, looked for only where a sentence holds one
            if word not in _COST_RISES:
                continue
            if priced is None:
                priced = not _PRICED.isdisjoint(low)
            if not priced:
                continue
            if low[k] in _FORECAST_OR_TO:
                # "bills will rise", "fares are set to climb", "prices could soar"
                k = _forecast_before(k, low, orig)
                if k < 0:
                    continue
                group = _group_before(k, low, orig, at)
                if group:
                    if low[group[0]].rstrip(".") not in HARMS:
                        continue  # "profits are set to rise": another's forecast
                    named.update(group)
                    dropped.add(j)
                    continue
            elif word not in RISES:
                continue  # "the climb", "a jump in": no rise told by these forms
            c = _cost_before(k, j, low, orig)
            if c < 0:
                continue
            # a cost that rises, no lexicon's word ("Petrol prices rose", "The cost of a
            # weekly shop climbed", "Energy prices will jump"): it joins the hits at its
            # rating, as a good does ("could soar", a base form after a forecast, too)
            goods.append(c)
            named.add(c)
            dropped.add(j)
            continue
        if word in FALLS or word in COPULA_FALLS or (
            word in REDUCES and passive and (not harm_only or _burdens(group, low))
        ) or (word in HARM_ENDS and _ends_a_harm(group, low, orig)):
            # ("the drought has broken": a harm's end, where "the storm has broken" begins)
            turned.update(group)
            if word in ESCAPES and passive:  # "the challenge was fended off"
                escaped.update(group)
            dropped.add(j)
        elif word in RISES:
            if word == "rise" and low[group[0]] in _GOODS:
                # a good's rise in the base form follows a modal, "to" or a verb of
                # seeing as often as not, a forecast or another's view ("could see its
                # shares rise", "saw their shares rise"): no news of a change
                continue
            named.update(group)
            dropped.add(j)
    if goods:
        # the goods a change named join the hits, at their rating
        added = [(g, low[g], _MEASURED[low[g].rstrip(".")]) for g in goods
                 if g in named or g in turned]
        if added:
            hits = sorted(hits + added, key=_first)
    if read is not None:
        read |= turned
        read |= named
    if not turned and not dropped:
        return hits
    return [
        (i, w, (abs(v * turn) if i in escaped else v * turn) if i in turned else v)
        for i, w, v in hits
        if i not in dropped
    ]


#: The most words between a verb of an acquittal and its "of" ("cleared the former nurse
#: of"): the one acquitted.
OF_REACH = 4


def _of_after(j: int, low: list[str], orig: list[str]) -> int:
    """The place of the "of" after the verb of an acquittal at ``j`` ("acquitted of
    fraud", "cleared the nurse of all charges"), with at most :data:`OF_REACH` words of
    the one acquitted between (:func:`_word_after`); ``j + 1`` where there is none."""
    k = _word_after(j, low, orig, "of", OF_REACH + 1)
    return k if k > 0 else j + 1


def _burdens(group: list[int], low: list[str]) -> bool:
    """Whether every word of ``group`` is a burden of :data:`BURDENS` ("its debts.")."""
    return all(low[g].rstrip(".") in BURDENS for g in group)


def _ends_a_harm(group: list[int], low: list[str], orig: list[str]) -> bool:
    """Whether a verb of :data:`HARM_ENDS` ends the harm ``group`` before it: every word
    of it a noun of :data:`HARMS`, not in a clause of time opened in the two words before
    it ("after the drought ended")."""
    if not _HARM_WORDS.issuperset([low[g] for g in group]):
        return False
    first = min(group)
    for p in range(first - 1, max(-1, first - 3), -1):
        if orig[p][-1] in _BREAKS:
            break
        if low[p] in TIME_CLAUSES:
            return False
    return True


def _guarded(
    j: int, low: list[str], orig: list[str], before: frozenset[str] | None
) -> int:
    """The place of the "from" after the guarding word at ``j`` and its object, at most
    :data:`GUARD_REACH` words on, over a noun group (:func:`_word_after`: "protect
    tenants from eviction", "saved thousands from death"), when a word of
    ``before`` stands in the three before ``j`` if given ("keep families safe from
    harm"); -1 when there is none."""
    if before is not None and before.isdisjoint(low[max(0, j - 3) : j]):
        return -1
    return _word_after(j, low, orig, "from", GUARD_REACH)


def _fled_before(j: int, low: list[str], orig: list[str]) -> bool:
    """Whether a verb of flight (:data:`FLIGHTS`) stands in the :data:`FLIGHT_REACH`
    words before the verb of escape at ``j``, in its clause ("fled across the border to
    escape the fighting")."""
    for p in range(j - 1, max(-1, j - 1 - FLIGHT_REACH), -1):
        if orig[p][-1] in _BREAKS:
            return False
        if low[p] in FLIGHTS:
            return True
    return False


def _word_after(j: int, low: list[str], orig: list[str], word: str, reach: int) -> int:
    """The place of ``word`` among the ``reach`` words after ``j``, the words between
    those of a noun group: none a preposition or conjunction (:data:`GROUP_ENDS`) and
    no break after any but the last (an abbreviation's point may end a name: "cleared
    John Smith Jr. of fraud"); -1 where there is none.  The preposition after a verb
    and its object ("protect tenants from", "cleared the nurse of") is found by it
    (:func:`_guarded`, :func:`_of_after`)."""
    for k in range(j + 1, min(j + 1 + reach, len(low))):
        if low[k] == word:
            return k
        if orig[k - 1][-1] in _BREAKS or low[k] in GROUP_ENDS:
            return -1
    return -1


def _level(
    j: int, low: list[str], orig: list[str], at: set[int], turned: set[int], dropped: set[int],
    named: set[int],
) -> None:
    """Read the level at ``j`` ("a record low", "their lowest level") as the measure of a
    change, when something reaches it: it is not read for itself, and what reaches a low
    has fallen ("crime is at a record low" reads as "crime fell"); what reaches a high
    keeps its tone.  After "to" or "from" the verb before it is a change
    ("has fallen to a record low"), which reads what changes itself, and is not read
    for itself either.  A level is a noun: followed by a clause's end, a word of
    :data:`GROUP_ENDS` or of :data:`LEVEL_NOUNS` ("at low prices" is no level).
    """
    n = len(low)
    if j + 1 < n and orig[j][-1] not in _BREAKS:
        following = low[j + 1].rstrip(".")
        if following not in LEVEL_NOUNS and following not in GROUP_ENDS:
            return
    a = j - 1
    while a >= 0 and j - a <= 3 and orig[a][-1] not in _BREAKS and (
        low[a] in LEVEL_BETWEEN or _measure_of_time(low[a])
    ):
        a -= 1
    if a >= 0 and orig[a][-1] == "," and _changed_before(a, low, orig):
        # "unemployment fell to 3.9%, the lowest since 1969": the level of the change
        # before the comma, no tone of its own (what changed was read with its verb)
        dropped.add(j)
        return
    if a < 0 or low[a] not in LEVEL_ANCHORS or orig[a][-1] in _BREAKS:
        return
    dropped.add(j)
    anchor = low[a]
    if anchor in ("to", "from"):
        if a and (low[a - 1] in FALLS or low[a - 1] in RISES) and orig[a - 1][-1] not in _BREAKS:
            dropped.add(a - 1)  # "has fallen to a record low": no fall of a soldier
        return
    dropped.add(a)  # "hit a record low": no blow
    k = a - 1
    while k >= 0 and a - k <= 3 and low[k] in CHANGE_BETWEEN and orig[k][-1] not in _BREAKS:
        k -= 1
    if k < 0 or orig[k][-1] in _BREAKS:
        return
    group = _group_before(k, low, orig, at)
    named.update(group)
    if group and low[j] in LOWS:
        turned.update(group)


#: The most words before a level's comma that a verb of a rise or a fall is looked for in
#: ("Sales fell 8% in May, the lowest in three years").
LEVEL_CHANGE_REACH = 6


def _changed_before(a: int, low: list[str], orig: list[str]) -> bool:
    """Whether a verb of :data:`FALLS` or :data:`RISES` stands in the
    :data:`LEVEL_CHANGE_REACH` words that end with the comma at ``a``, in the same clause:
    the level after the comma is then that change's ("fell to 3.9%, the lowest since
    1969", "rose 20%, a five-year high")."""
    for k in range(a, max(-1, a - LEVEL_CHANGE_REACH), -1):
        if k < a and orig[k][-1] in _BREAKS:
            return False
        word = low[k]
        if word in FALLS or word in RISES:
            return True
    return False


def _attributed(j: int, low: list[str], orig: list[str]) -> bool:
    """Whether "down" at ``j`` opens "to" and what it is owed to ("success is down to
    hard work"), not a level or an amount ("down to 4%", "down to its lowest level")."""
    if j + 2 >= len(low) or low[j + 1] != "to" or orig[j][-1] in _BREAKS:
        return False
    k = j + 2
    while k < len(low) - 1 and low[k] in LEVEL_BETWEEN:
        k += 1
    return not (_measure_of_time(low[k]) or low[k] in LEVELS)


def _measure_of_time(word: str) -> bool:
    """Whether ``word`` is a number or a span before a level ("a 20-year low", "a
    two-decade high")."""
    return any(c.isdigit() for c in word) or word.endswith(
        ("-year", "-month", "-week", "-day", "-decade")
    )


def _group_after(
    start: int, low: list[str], orig: list[str], at: set[int]
) -> list[int]:
    """The lexicon words among the word at ``start`` and the two after it, up to a clause
    or sentence break, a preposition or conjunction, or another change: what a change
    names after it ("the deficit", "child poverty", "violent crime"); a determiner first
    does not count among the three ("the planned rail strike")."""
    found = []
    n = len(low)
    if start < n and low[start] in PHRASE_DETERMINERS and orig[start][-1] not in _BREAKS:
        start += 1
    end = min(start + 3, n)
    k = start
    while k < end:
        word = low[k]
        if word in GROUP_ENDS or word in CHANGES:
            # "the risk of depression": past "of" after a measure, the thing measured;
            # "his conviction for murder": past "for" after a conviction, the charge
            if k > start and (
                (word == "of" and low[k - 1] in MEASURES)
                or (word == "for" and low[k - 1] in CONVICTIONS)
            ):
                k += 2 if k + 1 < n and low[k + 1] in PHRASE_DETERMINERS else 1
                end = min(k + 3, n)
                continue
            break
        if k in at:
            found.append(k)
        if orig[k][-1] in _BREAKS:
            break
        k += 1
    return found


def _group_before(k: int, low: list[str], orig: list[str], at: set[int]) -> list[int]:
    """The lexicon words of the noun group that ends at ``k``, before a change ("violent
    crime"), or, when ``k`` ends a phrase after a preposition of :data:`_HEAD_BEFORE`,
    its head ("support for the party", "trust among voters": "support", "trust"); after
    a conviction's "for" the charge ("his conviction for murder was quashed")."""
    if low[k] in NOT_BEFORE_A_VERB:
        return []  # "so perfect in the fall": no noun before the change
    for p in range(k - 1, max(-1, k - 1 - _HEAD_REACH), -1):
        if orig[p][-1] in _BREAKS or low[p] in _HEAD_STOPS:
            break  # "the collapse in 2001 when the lira plunged": another clause's
        if (low[p] in _HEAD_BEFORE and not (p and low[p - 1] in CONVICTIONS)) or (
            low[p] == "of" and k - p <= 2 and k not in at and p
            and low[p - 1] not in MEASURES
        ):
            # (and "cases of measles rose": what "of" names is unrated, the thing it is
            # of is not; "the number of smokers fell" is a measure of what "of" names)
            h = p - 1
            if h >= 0 and orig[h][-1] in _BREAKS:
                break  # "..., with average delays rising": the preposition opens a clause
            if h >= 0 and h in at:
                return [h]
            return []
    if k not in at:
        return []
    group = [k]
    for p in range(k - 1, max(-1, k - 3), -1):
        if p not in at or orig[p][-1] in _BREAKS:
            break
        group.append(p)
    return group


#: Prepositions after the head of what changes ("support for the party fell", "trust
#: among voters fell", "profits at the chain fell"): the head before them is what falls.
#: Not "of": in "the number of deaths fell", "levels of crime fell" what falls is what
#: "of" names.
_HEAD_BEFORE = frozenset({"for", "among", "in", "with", "from", "on", "at"})
#: The most words back from a change's last word to the preposition after its head
#: ("losses at the state-owned rail operator narrowed": four); to an "of" two ("cases
#: of measles rose"), as what "of" names is short where it is unrated and the thing it
#: is of changes ("the best of everything recent price drops" names no change of "best").
_HEAD_REACH = 4
#: Words that open a clause, at which the look back for a head's preposition stops ("the
#: economy teetered on the brink of collapse in 2001 when the lira plunged": not the
#: collapse).
_HEAD_STOPS = frozenset({
    "and", "or", "but", "while", "although", "though", "whereas", "because", "after",
    "before", "since", "until", "once", "who", "which", "when", "if", "unless",
})


class _Scan:
    """The sets that find a sentence's lexicon and rule words in one C-level pass.

    Attributes:
        words: the lexicon's tokens and the rule words: every lexicon word as it
            is, and those of the spellings with apostrophes and periods around
            them (:attr:`~limner_sentiment.lexicon.Lexicon.lookup`) met so far.
        rules: the rule words (:func:`_rules_and_turns`).
        rules_only: the rule words that are not lexicon tokens.
        checked: the tokens with an apostrophe or period at an end met so far
            (whether each is a spelling is settled: it is in ``words`` if so).

    The spellings with a period after a word (``good.``) are made with the set;
    one with an apostrophe or two or three periods (``good...``) joins it when a
    sentence first holds it (:meth:`learn`; :func:`score_sentences` looks at a
    sentence's words only when it has an apostrophe next to a space, at an end
    or before a period, or two periods in a row).  Before, every spelling of
    every word was made at start-up (225,000 of them, a tenth of a second), and
    then each word with each run of periods (22,500, a quarter of a start-up's
    scanning tables, for the few texts that write "..").
    """

    __slots__ = ("checked", "longest", "lookup", "rules", "rules_only", "words")

    #: Past this many tokens ``checked`` starts again: memory stays bounded.
    LIMIT = 100_000

    def __init__(self, lex: Lexicon) -> None:
        rules = _rules_and_turns()
        boosters = lex.boosters
        self.lookup = lex.lookup
        self.rules = rules
        self.rules_only = frozenset(r for r in rules if self.lookup.word(r) is None)
        plain = [w for w in lex.valence if w not in boosters]
        self.words = set(plain)
        # the spellings with a period after a word and nothing else around it ("good.",
        # most often a sentence's last word): made here, so that only a sentence with an
        # apostrophe next to a space, or with "..", needs its words looked at
        self.words.update(map(operator.add, plain, itertools.repeat(".")))
        self.words.update(rules)
        self.checked: set[str] = set()
        #: no token longer than this spells a word: such tokens are neither looked up
        #: nor kept in ``checked`` (a text's long tokens would hold memory for nothing)
        self.longest = max(map(len, plain), default=0) + EDGE_ROOM

    def learn(self, tokens: Sequence[str]) -> None:
        """Settle each token of ``tokens`` with an apostrophe or period at an end."""
        checked = self.checked
        longest = self.longest
        for token in tokens:
            if (
                token
                and (token[0] == "'" or token[-1] in ".'")
                and len(token) <= longest
                and token not in checked
            ):
                self.learn_one(token)

    def learn_one(self, token: str) -> None:
        """Settle ``token``: in ``words`` if it spells a lexicon word (and kept in ``lookup``)."""
        word = self.lookup.word(token)
        if word is not None:
            self.lookup[token] = word  # kept before ``words`` names it
            self.words.add(token)
        if len(self.checked) >= self.LIMIT:
            self.checked.clear()
        self.checked.add(token)


@functools.cache
def _scan_sets() -> _Scan:
    """The scanning sets of the lexicon in use (:class:`_Scan`)."""
    return _Scan(load())


_EMPTY = Scored(0.0, 0.0, ())
#: ``Scored`` from a ``(raw, score, hits)`` tuple (``Scored._make`` without its checks).
_scored = functools.partial(tuple.__new__, Scored)
_SENSES = frozenset({"like", *NEUTRAL_AFTER, *NEUTRAL_BEFORE, *CHOSEN})
# lexicon words that a rule of score_words' loop asks about besides the rule words
_ASKS = _SENSES | {"kind"}


def _shorten(low: list[str]) -> list[str]:
    """Elongated words ("sooo", "loooove") read as the lexicon word they stretch, if any."""
    lex = load()
    valence, boosters = lex.valence, lex.boosters
    out = []
    for w in low:  # only for sentences with a letter written three times in a row
        if w not in valence and _ELONGATED.search(w) is not None:
            run = _run_of_three()
            two = run.sub(r"\1\1", w)
            one = run.sub(r"\1", w)
            for form in (two, one):
                if form in valence or form in boosters:
                    w = form
                    break
        out.append(w)
    return out


def score_sentence(sentence: str) -> Scored:
    """Score one sentence: VADER's rules with limner's news rules (see the module)."""
    if _has_emoji(sentence):
        sentence = _emoji_words(sentence)
    if "&" in sentence and _ENTITY.search(sentence) is not None:
        sentence = html.unescape(sentence)
    orig, low = split_words(sentence)
    if _ELONGATED.search(sentence) is not None:
        low = _shorten(low)
    return score_words(orig, low, _punctuation_emphasis(sentence))


class Prepared(NamedTuple):
    """A document's text made ready, once, for scoring any spans of it (:func:`prepare_text`).

    Attributes:
        text: the text.
        ascii_text: whether it is ASCII.
        folded: the text with :data:`_FOLD_PAIRS` applied (the text itself when ASCII).
        cleaned: ``folded`` lower-cased, its punctuation and its ASCII white space
            turned into spaces; ``None`` when lower-casing moved the offsets (every
            span is then scored on its own).
        careful: whether some span may need the careful path (emoji, HTML
            entities, a letter written three times).
        contractions: whether ``cleaned`` holds "n't" anywhere.
    """

    text: str
    ascii_text: bool
    folded: str
    cleaned: str | None
    careful: bool
    contractions: bool


def prepare_text(text: str) -> Prepared:
    """``text`` folded, lower-cased and cleaned of punctuation once, for :func:`score_sentences`.

    The work is C-level passes over the whole text; a document's sentences
    and any other spans of it (a quoted speaker's parts of sentences) are
    then scored from the same preparation.
    """
    ascii_text = text.isascii()
    folded = text if ascii_text else _fold(text)
    lowered = folded.lower()
    if len(lowered) != len(folded):  # lower-casing moved the offsets
        return Prepared(text, ascii_text, folded, None, False, False)
    # bytes.translate is C speed whatever the text; ASCII bytes keep their places
    if ascii_text:
        data = lowered.encode("ascii").translate(_SPACE_BYTES)
        cleaned = data.decode("ascii")
    else:
        data = lowered.encode("utf-8", "surrogatepass").translate(_SPACE_BYTES)
        cleaned = data.decode("utf-8", "surrogatepass")
    careful = (
        ("&" in text and _ENTITY.search(text) is not None)
        or _has_emoji(text)
        or _triple_letter(data)
    )
    # "n't" is found in the cleaned text once; a span is searched only if it can hold one
    return Prepared(text, ascii_text, folded, cleaned, careful, "n't" in cleaned)


def score_sentences(
    text: str,
    spans: Sequence[tuple[int, int]],
    words: list[list[str] | None] | None = None,
    prepared: Prepared | None = None,
    lows: list[list[str] | None] | None = None,
) -> list[Scored]:
    """Score each sentence ``text[start:end]`` of a document; the same as :func:`score_sentence`.

    The text is lower-cased and cleaned of punctuation once for the whole
    document (C-level byte translation, :func:`prepare_text`), and its distinct
    words are checked once for lexicon words, emoticons and elongated words; a
    sentence without a lexicon word then costs one split and one set
    intersection.  Only the sentences that need it (emoji, emoticons, HTML
    entities, elongated words) take the careful path of :func:`score_sentence`.

    When ``words`` is a list, each sentence's words as written
    (``text[a:b].split()``) are appended to it, the ones the scorer split
    anyway, or ``None`` where it did not split them that way (a sentence that
    is not ASCII, one read the careful way).  ``prepared``, when given, is
    :func:`prepare_text` of ``text`` made before (the document pass's, for a
    second call over other spans of the same text); it is made here when it
    is not given or is another text's.

    When ``lows`` is a list, each sentence's words of the cleaned text
    (``prepared.cleaned[a:b].split()``, the adjectives' tone reads them) are
    appended to it, the list the scorer split and hashed anyway, or ``None``
    where it did not split them (a sentence read the careful way, a text
    whose lower-casing moved the offsets).
    """
    if prepared is None or prepared.text is not text:
        prepared = prepare_text(text)
    _, ascii_text, folded, cleaned, careful, contractions = prepared
    if cleaned is None:  # lower-casing moved the offsets
        if words is not None:
            words.extend([None] * len(spans))
        if lows is not None:
            lows.extend([None] * len(spans))
        return [score_sentence(text[a:b]) for a, b in spans]
    # one pass over a sentence's words finds its lexicon words and its rule words
    scanning = _scan_sets()
    scan, rule_words, rules_only = scanning.words, scanning.rules, scanning.rules_only
    learn = scanning.learn
    # words at spaces only (white space beyond ASCII is rare; cleaning made ASCII's spaces)
    spaced = cleaned.isascii() or not any(map(cleaned.__contains__, _WIDE_SPACES))
    # no "!" or "?" in the text: no sentence's punctuation emphasis to look for
    marks = "!" in folded or "?" in folded
    lossy = _lossy_emoticons()
    valence = load().valence
    out = []
    empty = _EMPTY
    for a, b in spans:
        if careful and _careful(text[a:b]):
            out.append(score_sentence(text[a:b]))
            if words is not None:
                words.append(None)
            if lows is not None:
                lows.append(None)
            continue
        sentence = cleaned[a:b]
        low = sentence.split()
        if lows is not None:
            lows.append(low)  # not changed below: a careful reading makes a new list
        # the spellings of lexicon words among the words join the scanning set
        # (_Scan.learn): those with a period after them are in it from the start; one
        # with more periods after it has ".." in the sentence; one with an apostrophe
        # among its edges has it next to a space, at an end of the sentence or before
        # a period ("better'.") when the words are at spaces (a memchr finds most
        # sentences without an apostrophe at all)
        if low and (not spaced or ".." in sentence or (
            "'" in sentence
            and (sentence[0] == "'" or sentence[-1] == "'"
                 or "' " in sentence or " '" in sentence or "'." in sentence)
        )):
            learn(low)
        present: Set[str] | None = scan.intersection(low)
        orig = folded[a:b].split()
        if words is not None:
            # folding changes only characters beyond ASCII, one for one: an ASCII
            # sentence's words are the same in the folded text
            words.append(orig if ascii_text or text[a:b].isascii() else None)
        if len(orig) != len(low):  # "1,000" or ":)": VADER's careful split (split_words)
            low = _careful_words(orig)
            present = None
        elif not lossy.isdisjoint(orig):  # ":D" lost its colon
            emoticons = _emoticons()
            low = [w.lower() if w in emoticons else x for w, x in zip(orig, low, strict=True)]
            present = None
        elif not present or (
            present <= rules_only and (_HARMS_OR_RISES.isdisjoint(present) or (
                _HARM_WORDS.isdisjoint(present) and _COSTS.isdisjoint(low)
            ))
            and (_LACKING.isdisjoint(present) or _NEED_WORDS.isdisjoint(low))
        ):  # no lexicon word, nor a harm a rule may name, nor a cost by a word of a rise
            # (whether it rises is score_words's to read, once), nor a need lacking
            out.append(empty)
            continue
        if marks and (folded.find("!", a, b) >= 0 or folded.find("?", a, b) >= 0):
            emphasis = _punctuation_emphasis(folded[a:b])
        else:
            emphasis = 0.0
        if present is None:  # words re-read the careful way
            out.append(score_words(orig, low, emphasis))
            continue
        rules = rule_words & present
        if rules:
            present = present - rules_only
        contraction = contractions and cleaned.find("n't", a, b) >= 0
        if not rules and not contraction and len(present) == 1:
            # one lexicon word, once, as it is, no rule word in the sentence, not in
            # capitals, not in a name or a news sense: what score_words gives, inline
            (w,) = present
            if w in valence and w not in _ASKS and low.count(w) == 1:
                i = low.index(w)
                word = orig[i]
                v = valence[w]
                if v and not word.isupper() and not (i and word.istitle()):
                    raw = v + emphasis if v > 0 else v - emphasis
                    score = raw / math.sqrt(raw * raw + ALPHA)
                    if score > 1.0:
                        score = 1.0
                    elif score < -1.0:
                        score = -1.0
                    out.append(_scored((raw, score, ((i, w, v),))))
                    continue
        out.append(score_words(orig, low, emphasis, present, contraction, rules))
    return out


_NOT_LOWER = bytes(c for c in range(256) if not 97 <= c <= 122)
_NOT_LOWER_1 = bytes.maketrans(_NOT_LOWER, b"\x01" * len(_NOT_LOWER))
_NOT_LOWER_2 = bytes.maketrans(_NOT_LOWER, b"\x02" * len(_NOT_LOWER))


def _triple_letter(data: bytes) -> bool:
    """Whether ``data`` has a letter a-z three times in a row (C-level, no regex).

    Byte ``i`` of ``x`` is zero exactly when bytes ``i`` and ``i + 1`` are the
    same letter (other bytes become 1 on one side and 2 on the other), so two
    zero bytes in a row mark a letter written three times.  Lower-cased text
    with such a run is a superset of the texts :data:`_ELONGATED` matches.
    """
    n = len(data)
    if n < 3:
        return False
    x = int.from_bytes(data[:-1].translate(_NOT_LOWER_1), "big") ^ int.from_bytes(
        data[1:].translate(_NOT_LOWER_2), "big"
    )
    return x.to_bytes(n - 1, "big").find(b"\0\0") >= 0


def _has_emoji(text: str) -> bool:
    """Whether ``text`` holds a character of :data:`_EMOJI_HINT`.

    ASCII text holds none; text whose characters all fit in Latin-1 can only
    hold its "©" and "®", which two byte searches find; other text is
    scanned with the pattern.
    """
    if text.isascii():
        return False
    try:
        latin = text.encode("latin-1")
    except UnicodeEncodeError:
        return _EMOJI_HINT.search(text) is not None
    return b"\xa9" in latin or b"\xae" in latin


def _careful(sentence: str) -> bool:
    """Whether a sentence has emoji, HTML entities or elongated words (:func:`score_sentence`).

    A capital letter written three times ("BBB", "AAA", "Henry VIII") is an elongated
    word only where shortening it makes a word the lexicon reads ("SOOO"): elsewhere the
    sentence's words are its words, read the plain way, whose words the verdict phrases
    and the targets read too ("downgraded Italy's credit rating to BBB").  A small letter
    written three times ("sooo", "Awww", "www") keeps the careful path.
    """
    if _expands(sentence):
        return True
    if _ELONGATED.search(sentence) is None:
        return False
    if _ELONGATED_SMALL.search(sentence) is not None:
        return True
    _, low = split_words(sentence)
    return _shorten(low) != low


@functools.cache
def _lossy_emoticons() -> frozenset[str]:
    """The emoticons (as written) that cleaning punctuation would change (":)", ":D")."""
    return frozenset(e for e in _emoticons() if e.lower().translate(_SPACE).split() != [e.lower()])


def _fold(text: str) -> str:
    """:data:`_FOLD_PAIRS` applied with ``str.replace`` (C speed on any text)."""
    for old, new in _FOLD_PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text


def score_with_offsets(sentence: str, scored: Scored) -> tuple[Scored, list[tuple[int, int]]]:
    """Score a sentence and say where each word is: ``(scored, [(start, end), ...])``.

    Offsets are relative to ``sentence`` and indexed like the word indices in
    ``scored.hits``.  Emoji and HTML entities are not expanded here (that
    would move offsets); otherwise the rules are those of :func:`score_sentence`.

    Args:
        sentence: the sentence.
        scored: the sentence's :func:`score_sentence` score.  It is returned
            as it is when the sentence has neither emoji nor HTML entities
            (both readings are then the same), so that only the offsets are
            found.
    """
    scored, spans, _ = read_words(sentence, scored)
    return scored, spans


def read_words(
    sentence: str, scored: Scored, split: list[str] | None = None
) -> tuple[Scored, list[tuple[int, int]], list[str] | None]:
    """:func:`score_with_offsets`, with the words as written when they came for free.

    The third item is ``sentence``'s words (``sentence[start:end]`` for each
    span) when the sentence is ASCII text whose words are split by single
    spaces (most sentences: the split that found the offsets made them);
    ``None`` otherwise.  ``split``, when given, is ``sentence.split()``
    made before (by :func:`score_sentences`): the offsets are then found
    from its words' lengths when they are single-spaced, without a new split.
    """
    scored, starts, ends, words = read_offsets(sentence, scored, split)
    return scored, list(zip(starts, ends, strict=True)), words


def read_offsets(
    sentence: str, scored: Scored, split: list[str] | None = None
) -> tuple[Scored, list[int], list[int], list[str] | None]:
    """:func:`read_words` with the words' starts and ends as two lists, not pairs.

    Returns ``(scored, starts, ends, words)``; ``zip(starts, ends)`` are
    :func:`read_words`' spans.  Single-spaced text (most sentences) takes
    C-level work only: the words' lengths summed into offsets.
    """
    ascii_text = sentence.isascii()
    folded = sentence if ascii_text else _fold(sentence)
    words: list[str] | None = None
    if split and ascii_text:
        starts, ends = _offsets(split)
        # the words joined by single spaces: their lengths and the gaps add up to the
        # text, and printable text has no white space but " "
        if ends[-1] == len(sentence) and sentence.isprintable():
            if "&" not in sentence or _ENTITY.search(sentence) is None:
                return scored, starts, ends, split  # ASCII: no emoji, no entity to expand
            words = split
    if words is None:
        words = folded.split(" ")
        # printable text has no white space but " ": then only runs of spaces need the regex
        if "" in words or not folded.isprintable():
            spans = [m.span() for m in _WORD.finditer(folded)]
            starts = [a for a, _ in spans]
            ends = [b for _, b in spans]
            words = None
        else:
            starts, ends = _offsets(words)
    if words is not None:  # single spaces, printable: str.split() finds these very words
        if not _expands(sentence):
            return scored, starts, ends, words if ascii_text else None
    elif not _expands(sentence) and len(folded.split()) == len(starts):
        return scored, starts, ends, None
    orig, low = split_words(folded)
    if len(orig) != len(starts):  # white space that str.split and the regex disagree on
        orig = list(map(folded.__getitem__, map(slice, starts, ends)))
        low = _careful_words(orig)
    if _ELONGATED.search(sentence) is not None:
        low = _shorten(low)
    return score_words(orig, low, _punctuation_emphasis(sentence)), starts, ends, None


def word_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each run of non-space characters of ``text``, in order.

    Text whose words are separated by single spaces (most sentences) takes
    C-level work only: the words' lengths summed into offsets; other text a
    regular expression.
    """
    words = text.split(" ")
    if "" in words or not text.isprintable():
        return [m.span() for m in _WORD.finditer(text)]
    return list(zip(*_offsets(words), strict=True))


def _offsets(words: list[str]) -> tuple[list[int], list[int]]:
    """The starts and ends of ``words`` joined by single spaces."""
    # word i + 1 starts one past the end of word i: the lengths plus one, summed
    starts = list(
        itertools.accumulate(map(operator.add, map(len, words), _ONES), initial=0)
    )
    ends = list(map(operator.sub, itertools.islice(starts, 1, None), _ONES))
    starts.pop()  # the start of a word after the last
    return starts, ends


_ONES = itertools.repeat(1)


def spaced_words(sentence: str, split: list[str] | None) -> bool:
    """Whether ``split`` (``sentence.split()``) is ``sentence`` read as it is, at single spaces.

    True for ASCII text whose words are joined by single spaces and which
    holds no HTML entity (most sentences): :func:`read_offsets` then gives
    ``split`` itself as the words, ``scored`` as it is, and offsets summed
    from the words' lengths, so word ``i`` starts after the ``i``-th space.
    One C-level pass over the words' lengths.
    """
    # printable ASCII has no white space but " ": its words are at single spaces when
    # there are as many spaces as gaps between them (none before, after or doubled)
    return (
        split is not None
        and bool(split)
        and sentence.isascii()
        and sentence.count(" ") == len(split) - 1
        and sentence.isprintable()
        and ("&" not in sentence or _ENTITY.search(sentence) is None)
    )


def _expands(sentence: str) -> bool:
    """Whether :func:`score_sentence` reads emoji or HTML entities in ``sentence``."""
    return _has_emoji(sentence) or ("&" in sentence and _ENTITY.search(sentence) is not None)


_WORD = re.compile(r"\S+")
