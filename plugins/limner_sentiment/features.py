"""What the target model reads: a sentence's words, and the features of one mention in it.

A sentence is read once (:class:`Reading`): its words with their offsets,
lower-cased and stripped, the lexicon words that moved its score (with their
weights after VADER's and limner's rules), where its quotations and clauses
lie, and its speech verbs.  Each mention of a target in it then costs a
bounded amount of work (:func:`mention_features`): the words in a window on
either side, the lexicon words of the mention's own clause, and sentence-wide
sums read from prefix sums, so that a sentence with many targets costs time
linear in its words plus its targets.

The features are of two sorts, both scaled to about [-1, 1]:

- numeric rule features: the summed valence of lexicon words before and
  after the mention (nearer words weigh more), in the mention's clause or
  beyond a clause break, inside quotation marks, after the mention's own
  speech verb (its words, not words about it), after a contrast word; the
  mention's role (subject of the sentence, agent after "by", object after a
  verb or a preposition such as "against");
- word features: the lower-cased words in a window of :data:`WINDOW` words
  on each side (``"L:word"``, ``"R:word"``), and the words of the rest of the
  sentence (``"S:word"``), so that news idiom ("slammed", "embattled",
  "under fire", "hailed", "landmark") gets the weight the training data gives
  it.  Capitalised words inside a sentence (names) and numbers are never
  features.
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Sequence
from dataclasses import dataclass

from limner_sentiment.lexicon import CONCESSION, CONTRAST, NEWS, NEWS_PHRASES, load
from limner_sentiment.scorer import Scored, score_with_offsets

__all__ = ["WINDOW", "Reading", "mention_features", "read_sentence"]

#: How many words on each side of a mention its window holds.
WINDOW = 4
#: Verbs and nouns that introduce what someone says.
SPEECH = frozenset({
    "said", "says", "say", "told", "tells", "wrote", "writes", "added", "adds", "argued",
    "argues", "claimed", "claims", "stated", "states", "tweeted", "tweets", "declared",
    "insisted", "insists", "noted", "notes", "explained", "warned", "warns", "according",
    "asked", "asks", "replied", "responded", "suggested", "suggests", "announced",
    "acknowledged", "admitted", "recalled", "continued", "posted", "testified",
})
#: Prepositions after which a mention is what something is done to or aimed at.
_AIMED = frozenset({"against", "at", "on", "toward", "towards", "over"})
#: Prepositions after which a mention is a companion or beneficiary.
_WITH = frozenset({"with", "for", "to", "behind"})
_BE = frozenset({"is", "was", "were", "are", "been", "be", "being", "has", "had", "have"})
_QUOTES = frozenset('"“”«»')
_STRIP = string.punctuation + "“”‘’«»—–…"
_LETTERS = re.compile(r"[a-z][a-z'\-]*[a-z]|[a-z]")
_WORD = re.compile(r"\S+")
_CLAUSE = frozenset(",;:")
_TURN = CONTRAST | CONCESSION | frozenset({"while", "despite"})


@dataclass
class Reading:
    """One sentence, read for its mentions.

    Attributes:
        spans: each word's ``(start, end)`` in the sentence.
        words: each word lower-cased and stripped of punctuation; ``""`` for a
            word that is never a feature (a name inside the sentence, a number).
        valence: each word's weight in the sentence score (0.0 for most).
        quoted: whether each word lies inside quotation marks.
        clause: the clause number of each word (clauses end at , ; :).
        turn: the index of the first contrast word, or ``len(words)``.
        speech: the indices of speech verbs, in order.
        pos, neg: prefix sums of positive and negative valence (``len + 1`` each).
        total: the sentence's raw score (its VADER sum).
        hit_words: the lexicon word read at each index that has a valence.
    """

    spans: list[tuple[int, int]]
    words: list[str]
    valence: list[float]
    quoted: list[bool]
    clause: list[int]
    turn: int
    speech: list[int]
    pos: list[float]
    neg: list[float]
    total: float
    hit_words: dict[int, str]


def read_sentence(sentence: str, scored: Scored) -> Reading:
    """Read ``sentence`` (already scored as ``scored``) word by word."""
    scored, spans = score_with_offsets(sentence, scored)
    n = len(spans)
    words: list[str] = []
    quoted: list[bool] = []
    clause: list[int] = []
    seen = 0  # quotation marks before the current word
    c = 0
    turn = n
    speech: list[int] = []
    for i, (a, b) in enumerate(spans):
        token = sentence[a:b]
        marks = sum(1 for ch in token if ch in _QUOTES) if _has_quote(token) else 0
        quoted.append(seen % 2 == 1 or (marks > 0 and token[0] in _QUOTES))
        seen += marks
        clause.append(c)
        stripped = token.strip(_STRIP)
        w = stripped.lower()
        if (
            not w
            or _LETTERS.fullmatch(w) is None
            or (i > 0 and stripped[:1].isupper() and not _opens_clause(sentence, spans, i))
        ):
            words.append("")
        else:
            words.append(w)
            if w in SPEECH:
                speech.append(i)
            elif turn == n and w in _TURN:
                turn = i
        if token[-1] in _CLAUSE or (len(token) > 1 and token[-2] in _CLAUSE):
            c += 1
    valence = [0.0] * n
    hit_words: dict[int, str] = {}
    lexicon = load().valence
    for i, word, v in scored.hits:
        if 0 <= i < n:
            news = NEWS.get(word)
            base = lexicon.get(word)
            if news is not None and base:
                v = news * v / base  # the news sense, with the rules' negation and emphasis
            valence[i] += v
            hit_words[i] = word
    _news(words, valence, hit_words)
    pos = [0.0] * (n + 1)
    neg = [0.0] * (n + 1)
    p = q = 0.0
    for i, v in enumerate(valence):
        if v > 0:
            p += v
        elif v < 0:
            q -= v
        pos[i + 1] = p
        neg[i + 1] = q
    return Reading(
        spans, words, valence, quoted, clause, turn, speech, pos, neg, scored.raw, hit_words
    )


def _news(words: Sequence[str], valence: list[float], hit_words: dict[int, str]) -> None:
    """Give the news idiom of :data:`~limner_sentiment.lexicon.NEWS` its valence.

    Only words the sentence score left at 0; a negation among the three
    words before flips it as VADER's rules do.
    """
    negations = load().negations
    previous = ""
    for i, w in enumerate(words):
        if w and not valence[i]:
            v = NEWS.get(w)
            phrase = NEWS_PHRASES.get((previous, w)) if previous else None
            if phrase is not None:
                v = phrase
            if v is not None:
                window = words[max(0, i - 3) : i]
                if any(x in negations or x.endswith("n't") for x in window):
                    v *= load().negation_scalar
                valence[i] = v
                hit_words[i] = w
        previous = w


def _has_quote(token: str) -> bool:
    return not _QUOTES.isdisjoint(token)


def _opens_clause(sentence: str, spans: Sequence[tuple[int, int]], i: int) -> bool:
    previous = sentence[spans[i - 1][0] : spans[i - 1][1]]
    return previous[-1] in ".!?:;\"“" or sentence[spans[i][0]] in _QUOTES


def _squash(x: float) -> float:
    return x / (abs(x) + 2.0)


def mention_words(reading: Reading, start: int, end: int) -> tuple[int, int]:
    """The words ``[first, last]`` a mention at ``start``..``end`` (sentence offsets) covers.

    A mention inside a word, or an empty one, covers the word it lies in (or
    the nearest word after it); ``(-1, -1)`` when the sentence has no words.
    """
    spans = reading.spans
    if not spans:
        return -1, -1
    first = bisect.bisect_right(spans, start, key=_end)
    if first >= len(spans):
        first = len(spans) - 1
    last = bisect.bisect_left(spans, end, key=_start) - 1
    return first, max(first, last)


def _start(span: tuple[int, int]) -> int:
    return span[0]


def _end(span: tuple[int, int]) -> int:
    return span[1]


def mention_features(reading: Reading, first: int, last: int) -> dict[str, float]:
    """The features of a mention covering words ``first``..``last`` of a sentence.

    Work is bounded by the window and the speech verbs near the mention, not
    by the sentence's length (sums over the sentence come from prefix sums).
    """
    words = reading.words
    n = len(words)
    valence = reading.valence
    f: dict[str, float] = {}
    lo = max(0, first - WINDOW)
    hi = min(n, last + 1 + WINDOW)
    for i in range(lo, first):
        w = words[i]
        if w:
            f["L:" + w] = 1.0
    for i in range(last + 1, hi):
        w = words[i]
        if w:
            f["R:" + w] = 1.0
    # the lexicon words near the mention, weighed by distance, on either side
    near_l = near_r = 0.0
    for i in range(lo, first):
        v = valence[i]
        if v:
            near_l += v / (1.0 + (first - i) / WINDOW)
    for i in range(last + 1, hi):
        v = valence[i]
        if v:
            near_r += v / (1.0 + (i - last) / WINDOW)
    pos, neg = reading.pos, reading.neg
    left_p, left_n = pos[first], neg[first]
    right_p, right_n = pos[n] - pos[last + 1], neg[n] - neg[last + 1]
    f["near_left"] = _squash(near_l)
    f["near_right"] = _squash(near_r)
    f["left_pos"] = _squash(left_p)
    f["left_neg"] = _squash(left_n)
    f["right_pos"] = _squash(right_p)
    f["right_neg"] = _squash(right_n)
    f["sentence"] = _squash(reading.total)
    # the mention's own words ("Embattled X", "Hero Y")
    own = pos[last + 1] - pos[first] - (neg[last + 1] - neg[first])
    if own:
        f["own"] = _squash(own)
    # role: subject (first words of the sentence or of its clause), agent, aim
    before = words[first - 1] if first > 0 else ""
    if first == 0 or reading.clause[first - 1] != reading.clause[first]:
        f["role:subject"] = 1.0
    if before == "by":
        f["role:agent"] = 1.0
    elif before in _AIMED:
        f["role:aimed"] = 1.0
    elif before in _WITH:
        f["role:with"] = 1.0
    if first > 1 and words[first - 2] in _BE and before == "by":
        f["role:passive_agent"] = 1.0
    if reading.quoted[first]:
        f["quoted"] = 1.0
    # the mention's own speech: what follows its speech verb is its words
    speech = reading.speech
    k = bisect.bisect_right(speech, last)
    if k < len(speech) and speech[k] - last <= 3:
        s = speech[k]
        f["speaker"] = 1.0
        f["speaker_pos"] = _squash(pos[n] - pos[s])
        f["speaker_neg"] = _squash(neg[n] - neg[s])
    elif k > 0 and first - speech[k - 1] <= 2:
        f["speaker"] = 1.0  # "said X": the words before are its words
        s = speech[k - 1]
        f["speaker_pos"] = _squash(pos[s])
        f["speaker_neg"] = _squash(neg[s])
    # contrast: which side of the turn the mention is on
    if reading.turn < n:
        f["after_turn" if first > reading.turn else "before_turn"] = 1.0
    return f


def sentence_words(reading: Reading) -> set[str]:
    """The word features every mention of the sentence shares (``"S:word"``)."""
    return {"S:" + w for w in reading.words if w}
