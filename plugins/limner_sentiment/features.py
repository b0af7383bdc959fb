"""What the target model reads: a sentence's words, and the features of one mention in it.

A sentence is read once (:class:`Reading`): its words' offsets and forms
(:func:`limner_sentiment.context.read_tokens`), the lexicon words that moved
its score (with their weights after VADER's and limner's rules) and the news
idiom VADER lacks, its quotation marks, speech verbs and first contrast word.
Each mention of a target in it then costs a bounded amount of work
(:func:`mention_features`): the words in a window on either side, and
sentence-wide sums read from prefix sums by bisection, so that a sentence with
many targets costs time linear in its words plus its targets.

The features are of two sorts, both scaled to about [-1, 1]:

- rule features: the summed valence of lexicon words before and after the
  mention, apart for positive and negative, and near it (nearer words weigh
  more); the mention's own words; the sentence's sum; whether the mention
  speaks (a speech verb next to it) and the tone of what it says; whether it
  is quoted; which side of a contrast word it is on; its role (subject of
  the sentence or clause, agent after "by", also of a passive, aimed at
  after "against" or "over", with or for after "with" or "for");
- crosses (:data:`CROSSES`, each worth :data:`CROSS`): the mention's role,
  speech and side of the contrast word, each with the sign of the nearest
  lexicon word in its clause (for a subject, the nearest to its right), so
  that a subject followed by "praised" and one followed by "attacked", or
  the agent of a good or a bad deed, weigh apart;
- lexicon-word features: which lexicon words (VADER's, after limner's
  refit, and the news idiom VADER lacks: "slammed", "embattled", "hailed",
  "landmark") stand in a window of :data:`WINDOW` words on each side
  (``"LX:word"``, ``"RX:word"``) and anywhere in the sentence
  (``"SX:word"``), so that each such word gets the weight toward a target
  that the training data gives it.

Every other word is read by :mod:`limner_sentiment.context` (the window,
edge pairs and bags of a mention), by its form only: a name, a number or a
word written with a capital is never a feature.
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from limner_sentiment.context import NAME, Tokens, clause_span, read_tokens
from limner_sentiment.lexicon import CONCESSION, CONTRAST, NEWS, NEWS_PHRASES, load
from limner_sentiment.scorer import Scored, read_offsets

__all__ = ["CROSS", "CROSSED", "CROSSES", "WINDOW", "Reading", "mention_features", "occurrences",
           "read_sentence", "running_sums", "word_valences"]

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
_QUOTE_MARK = re.compile('["“”«»]')
_CLAUSE_END = frozenset(",;:.!?\"“”")
_TURN = CONTRAST | CONCESSION | frozenset({"while", "despite"})
_NEWS_WORDS = frozenset(NEWS) | frozenset(w for _, w in NEWS_PHRASES)
_SPECIAL_WORDS = SPEECH | _TURN | _NEWS_WORDS
#: What a cross feature is worth (a smaller value: a stronger L2 penalty on the crosses).
CROSS = 0.5
#: The cross features: ``"X:" + what + "|" + sign``, the sign that of the nearest lexicon
#: word in the mention's clause (to its right for ``subject``).
#: What the crosses cross with a sign, in the order of :data:`CROSSES`.
CROSSED = ("subject", "agent", "aimed", "with", "speaker", "before_turn", "after_turn")
CROSSES = tuple(f"X:{what}|{sign}" for what in CROSSED for sign in "+-")

@dataclass
class Reading:
    """One sentence, read for its mentions.

    Attributes:
        text: the sentence.
        spans: each word's ``(start, end)`` in the sentence.
        starts, ends: the words' starts and ends, to bisect by.
        hits: the indices of the words with a valence, in order.
        cum_pos, cum_neg: prefix sums of the positive and the negated negative
            valences over ``hits`` (``len(hits) + 1`` each).
        valence: word index -> its weight (VADER's rules, news idiom).
        hit_words: word index -> the lexicon word read there.
        quotes: the offsets of the quotation marks, in order.
        turn: the index of the first contrast word, or ``len(spans)``.
        speech: the indices of speech verbs, in order.
        total: the sentence's raw score (its VADER sum).
        shared: the distinct lexicon words of the sentence (the ``"SX:"``
            features every mention shares).
    """

    text: str
    spans: list[tuple[int, int]]
    starts: list[int]
    ends: list[int]
    hits: list[int]
    cum_pos: list[float]
    cum_neg: list[float]
    valence: dict[int, float]
    hit_words: dict[int, str]
    quotes: list[int]
    turn: int
    speech: list[int]
    total: float
    shared: set[str]
    #: the tokens' forms and clauses (:mod:`limner_sentiment.context`)
    tokens: Tokens = field(default_factory=lambda: Tokens([], [0]))

    def word(self, i: int) -> str:
        """Word ``i`` stripped of punctuation if written in lower case, else ``""``.

        A name, a number or a word opening a sentence with a capital is
        ``""``: its form (:mod:`limner_sentiment.context`) unless a name.
        """
        w = self.tokens.forms[i]
        return "" if w == NAME else w


def word_valences(scored: Scored, n: int, valence: dict[int, float],
                  hit_words: dict[int, str]) -> None:
    """Fill ``valence`` (summed, by word index) and ``hit_words`` (the lexicon word, by
    index) from the scorer's hits on a sentence of ``n`` words, the news idiom's words
    weighed in their news sense with what the rules made of them."""
    if not scored.hits:
        return
    lexicon = load().valence
    news_get = NEWS.get
    for i, word, v in scored.hits:
        if 0 <= i < n:
            news = news_get(word)
            if news is not None:
                base = lexicon.get(word)
                if base:
                    v = news * v / base  # the news sense, with the rules' negation and emphasis
            valence[i] = valence.get(i, 0.0) + v
            hit_words[i] = word


def running_sums(valence: dict[int, float], hits: list[int], cum_pos: list[float],
                 cum_neg: list[float]) -> None:
    """Append to ``cum_pos`` and ``cum_neg`` the running sums of the positive and the
    negative valences (as magnitudes) of the words ``hits``, in their order."""
    p = q = 0.0
    for i in hits:
        v = valence[i]
        if v > 0:
            p += v
        else:
            q -= v
        cum_pos.append(p)
        cum_neg.append(q)


def occurrences(forms: Sequence[str], words: AbstractSet[str]) -> list[tuple[int, str]]:
    """Every ``(index, form)`` of ``forms`` whose form is one of ``words``, in order,
    found by C-level scans of the forms (``words`` are few, the forms many)."""
    at: list[tuple[int, str]] = []
    for w in words:
        i = -1
        for _ in range(forms.count(w)):
            i = forms.index(w, i + 1)
            at.append((i, w))
    at.sort()
    return at


def read_sentence(sentence: str, scored: Scored, split: list[str] | None = None) -> Reading:
    """Read ``sentence`` (already scored as ``scored``) for its mentions.

    ``split``, when given, is ``sentence.split()`` made before (see
    :func:`~limner_sentiment.scorer.read_offsets`).

    Besides the word offsets (one C-level search), the work is per lexicon
    word and per special word (speech verbs, contrast words, news idiom,
    quotation marks), each found by a C-level search: no Python loop runs
    over the sentence's words.
    """
    scored, starts, ends, tokens = read_offsets(sentence, scored, split)
    spans = list(zip(starts, ends, strict=True))
    n = len(spans)
    if tokens is None:
        tokens = list(map(sentence.__getitem__, map(slice, starts, ends)))
    reading = Reading(
        sentence, spans, starts, ends, [], [0.0], [0.0], {}, {}, [], n, [],
        scored.raw, set(), read_tokens(tokens),
    )
    valence, hit_words = reading.valence, reading.hit_words
    word_valences(scored, n, valence, hit_words)
    forms = reading.tokens.forms
    if not _SPECIAL_WORDS.isdisjoint(forms):
        _specials(reading, _SPECIAL_WORDS.intersection(forms))
    reading.shared = set(hit_words.values())
    hits = reading.hits = sorted(valence)
    running_sums(valence, hits, reading.cum_pos, reading.cum_neg)
    if _has_quote(sentence):
        reading.quotes = [m.start() for m in _QUOTE_MARK.finditer(sentence)]
    return reading


def _specials(reading: Reading, found: AbstractSet[str]) -> None:
    """Find the speech verbs, the first contrast word and the news idiom of a sentence.

    ``found`` holds the special words among the sentence's forms; each
    occurrence counts where it stands as a whole token (not in "said-so" or
    "X2said").

    News idiom (:data:`~limner_sentiment.lexicon.NEWS`) gets its valence
    where the sentence score left the word at 0; a negation among the three
    words before flips it as VADER's rules do.
    """
    lex = load()
    negations = lex.negations
    valence = reading.valence
    forms = reading.tokens.forms
    for i, w in occurrences(forms, found):
        if w in SPEECH:
            reading.speech.append(i)
        if w in _TURN and i < reading.turn:
            reading.turn = i
        if w not in _NEWS_WORDS or i in valence:
            continue
        previous = reading.word(i - 1) if i else ""
        v = NEWS_PHRASES.get((previous, w)) if previous else None
        if v is None:
            v = NEWS.get(w)
        if v is None:
            continue
        window = [reading.word(j) for j in range(max(0, i - 3), i)]
        if any(x in negations or x.endswith("n't") for x in window):
            v *= lex.negation_scalar
        valence[i] = v
        reading.hit_words[i] = w


def _has_quote(text: str) -> bool:
    return not _QUOTES.isdisjoint(text)


def _squash(x: float) -> float:
    return x / (abs(x) + 2.0)


def mention_words(reading: Reading, start: int, end: int) -> tuple[int, int]:
    """The words ``[first, last]`` a mention at ``start``..``end`` (sentence offsets) covers.

    A mention inside a word, or an empty one, covers the word it lies in (or
    the nearest word after it); ``(-1, -1)`` when the sentence has no words.
    """
    ends = reading.ends
    if not ends:
        return -1, -1
    first = bisect.bisect_right(ends, start)
    if first >= len(ends):
        first = len(ends) - 1
    last = bisect.bisect_left(reading.starts, end) - 1
    return first, max(first, last)


def mention_features(reading: Reading, first: int, last: int) -> list[tuple[str, float]]:
    """The features of a mention covering words ``first``..``last`` of a sentence.

    Work is bounded by the window, not by the sentence's length: sums over
    the sentence come from prefix sums over its lexicon words, found by
    bisection, as do the quotation marks and speech verbs.
    """
    word = reading.word
    n = len(reading.spans)
    f: list[tuple[str, float]] = []
    lo = first - WINDOW if first > WINDOW else 0
    hi = last + 1 + WINDOW
    if hi > n:
        hi = n
    hits = reading.hits
    cum_pos, cum_neg = reading.cum_pos, reading.cum_neg
    h_lo = bisect.bisect_left(hits, lo)
    h_first = bisect.bisect_left(hits, first)
    h_after = bisect.bisect_right(hits, last)
    h_hi = bisect.bisect_left(hits, hi)
    if h_lo < h_hi:  # lexicon words near the mention, weighed by distance
        valence, hit_words = reading.valence, reading.hit_words
        near_l = near_r = 0.0
        for k in range(h_lo, h_first):
            i = hits[k]
            near_l += valence[i] / (1.0 + (first - i) / WINDOW)
            f.append(("LX:" + hit_words[i], 1.0))
        for k in range(h_after, h_hi):
            i = hits[k]
            near_r += valence[i] / (1.0 + (i - last) / WINDOW)
            f.append(("RX:" + hit_words[i], 1.0))
        if near_l:
            f.append(("near_left", _squash(near_l)))
        if near_r:
            f.append(("near_right", _squash(near_r)))
        own = cum_pos[h_after] - cum_pos[h_first] - (cum_neg[h_after] - cum_neg[h_first])
        if own:  # the mention's own words ("Embattled X", "Hero Y")
            f.append(("own", _squash(own)))
    h_n = len(hits)
    if h_n:
        f.append(("left_pos", _squash(cum_pos[h_first])))
        f.append(("left_neg", _squash(cum_neg[h_first])))
        f.append(("right_pos", _squash(cum_pos[h_n] - cum_pos[h_after])))
        f.append(("right_neg", _squash(cum_neg[h_n] - cum_neg[h_after])))
        f.append(("sentence", _squash(reading.total)))
    # role: subject (first words of the sentence or of its clause), agent, aim
    text, spans = reading.text, reading.spans
    before = word(first - 1) if first > 0 else ""
    if opens_clause(text, spans, word, first):
        f.append(("role:subject", 1.0))
    if before == "by":
        f.append(("role:agent", 1.0))
        if first > 1 and word(first - 2) in _BE:
            f.append(("role:passive_agent", 1.0))
    elif before in _AIMED:
        f.append(("role:aimed", 1.0))
    elif before in _WITH:
        f.append(("role:with", 1.0))
    quotes = reading.quotes
    if quotes and bisect.bisect_right(quotes, spans[first][0]) % 2 == 1:
        f.append(("quoted", 1.0))
    # the mention's own speech: what follows its speech verb is its words
    speech = reading.speech
    if speech:
        k = bisect.bisect_right(speech, last)
        s = -1
        if k < len(speech) and speech[k] - last <= 3:
            s = speech[k]
            h_s = bisect.bisect_left(hits, s)
            sp, sn = cum_pos[h_n] - cum_pos[h_s], cum_neg[h_n] - cum_neg[h_s]
        elif k > 0 and first - speech[k - 1] <= 2:  # "said X": the words before are its words
            s = speech[k - 1]
            h_s = bisect.bisect_left(hits, s)
            sp, sn = cum_pos[h_s], cum_neg[h_s]
        if s >= 0:
            f.append(("speaker", 1.0))
            if sp:
                f.append(("speaker_pos", _squash(sp)))
            if sn:
                f.append(("speaker_neg", _squash(sn)))
    # contrast: which side of the turn the mention is on
    if reading.turn < n:
        f.append(("after_turn" if first > reading.turn else "before_turn", 1.0))
    if h_n:
        _crosses(reading, first, last, h_first, h_after, f)
    return f


def _crosses(reading: Reading, first: int, last: int, h_first: int, h_after: int,
             f: list[tuple[str, float]]) -> None:
    """Append the cross features (:data:`CROSSES`) of a mention whose features so far are
    ``f``; ``h_first`` and ``h_after`` index the first lexicon word at or after ``first``
    and the first after ``last`` in ``reading.hits``."""
    hits = reading.hits
    c0, c1 = clause_span(reading.tokens, first, last)
    left = hits[h_first - 1] if h_first > 0 and hits[h_first - 1] >= c0 else -1
    right = hits[h_after] if h_after < len(hits) and hits[h_after] < c1 else -1
    if left < 0 and right < 0:
        return
    # the nearest (the left one on a tie), and the right one's sign for a subject
    near = left if right < 0 or (left >= 0 and first - left <= right - last) else right
    valence = reading.valence
    sign = "+" if valence[near] > 0 else "-"
    names = {name for name, _ in f}
    if right >= 0 and "role:subject" in names:
        f.append(("X:subject|" + ("+" if valence[right] > 0 else "-"), CROSS))
    for role, what in (("role:agent", "agent"), ("role:aimed", "aimed"), ("role:with", "with")):
        if role in names:
            f.append((f"X:{what}|{sign}", CROSS))
    if "speaker" in names:
        f.append(("X:speaker|" + sign, CROSS))
    if "before_turn" in names:
        f.append(("X:before_turn|" + sign, CROSS))
    elif "after_turn" in names:
        f.append(("X:after_turn|" + sign, CROSS))


def opens_clause(text: str, spans: Sequence[tuple[int, int]], form: Callable[[int], str],
                 first: int) -> bool:
    """Whether a mention starting at word ``first`` stands at the head of its clause: the
    subject role.  Only capitalised words (a title, a name, a place: "Prime Minister X",
    "Dr X", "Nigeria's X") and "the" may stand between the clause's start and the mention,
    so that "The Bank of Canada held", "Karnataka Chief Minister X chaired" make a subject
    of the target without its determiner or title, as a target spanning them would be.
    """
    i = first - 1
    while i >= 0:
        token = text[spans[i][0] : spans[i][1]]
        if _ends_clause(token):
            return True
        if not (token[:1].isupper() or form(i) == "the"):
            return False
        i -= 1
    return True


def _ends_clause(token: str) -> bool:
    return token[-1] in _CLAUSE_END or (len(token) > 1 and token[-2] in _CLAUSE_END)


def sentence_words(reading: Reading) -> set[str]:
    """The word features every mention of the sentence shares (``"SX:word"``)."""
    return {"SX:" + w for w in reading.shared}
