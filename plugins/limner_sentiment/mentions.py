"""A sentence read once for the mentions in it, and each mention's probabilities.

The run-time path of target sentiment.  It gives, to the last bit, what the
plain definition gives: :func:`~limner_sentiment.features.read_sentence`, the
sentence's ``"SX:"`` weights, :func:`~limner_sentiment.logits.mention_logits`,
:class:`~limner_sentiment.context.BagSums` and
:meth:`~limner_sentiment.model.TargetModel.probabilities`, each float added in
the same order (``tests/plugins/test_sentiment_reading.py`` checks it).
What it saves is the work around the sums:

- a sentence is read in one function (:func:`read`) into one slotted
  :class:`Sentence`: no word-span pairs, no reading object, token objects or
  bag object of its own; what only some sentences need (news idiom, speech
  verbs, quotation marks, lexicon prefix sums) is done only there; the
  places of its clause openers and special words come from one C-level
  pass over its forms, not from a scan of the forms per word;
- the parts of a mention's sum that are the same for every mention of the
  sentence (the ``sentence`` rule feature) are multiplied once;
- the bags' two columns are summed in one C-level pass over the forms, each
  bag word's ``(negative, positive)`` weights held as one complex number
  (the real and the imaginary parts add up exactly as two float sums would);
- the model's weights are laid out once (:class:`Weights`): the rule
  features' weights as plain floats, the window tables by sort, an edge
  pair's weight looked up by its two words (no string joined per mention);
- a mention's two logits are summed as one complex number,
  ``negative + positive * 1j`` (:class:`Weights`): one addition per term
  where the definition makes two, each part the same float sum;
- a bag scaled and added is one complex product and one addition
  (``bag + x * scale``), not a ``complex`` made from the parts' two float
  sums: the product's cross terms are zeros (``x.imag * 0.0``), so each part
  is the same float, only an exact zero's sign can differ, and no
  probability tells that (``tests/plugins/test_sentiment_mentions.py``);
- a mention's probabilities and drivers are worked out inline in one pass
  over its window (:meth:`Sentence.score`; no call per feature sort), and
  mentions on the same words of a sentence are scored once;
- a pass over a sentence's words costs far more per word when it calls a
  function for each (``map`` over a bound method: some 400 machine
  instructions a word on CPython 3.11) than a set operation does (some 40), so a
  sentence skips the passes it can rule out with one: the places of the
  watched words only when a set pass finds one, the clause ends only when
  its text holds a clause mark; a bag's words are looked up with one
  argument each (:class:`_Bag` gives ``0j`` for a word without weights);
- a sentence's tokens are looked up in the memos of forms and clause ends
  by one ``operator.itemgetter`` of them (some 225 instructions a token,
  against 425 for a ``map`` over the memo's ``__getitem__``); a bag is still
  a ``sum`` over a ``map``, which streams its values where an itemgetter
  builds a tuple of them first.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Callable, Mapping, Sequence
from operator import add as _add
from operator import itemgetter
from typing import TypeVar

from limner_sentiment import context as _context
from limner_sentiment.context import (
    _ENDS,
    _FORMS,
    _MARKS,
    CUE_TOKENS,
    NAME,
    OPENERS,
    forget_forms,
    negated,
)
from limner_sentiment.events import (
    OBJECT_VERBS,
    TRIGGERS,
    event_label,
    located_label,
    own_clause,
    paired,
)
from limner_sentiment.events import adjust as adjust_for_event
from limner_sentiment.features import (
    _AIMED,
    _BE,
    _CLAUSE_END,
    _NEWS_WORDS,
    _QUOTE_MARK,
    _SPECIAL_WORDS,
    _TURN,
    _WITH,
    CROSS,
    CROSSED,
    SPEECH,
    WINDOW,
    running_sums,
    word_valences,
)
from limner_sentiment.lexicon import NEWS, NEWS_PHRASES, load
from limner_sentiment.logits import tables
from limner_sentiment.model import TargetModel, shipped_bags
from limner_sentiment.scorer import _ENTITY, Scored, read_offsets

__all__ = ["Scores", "Sentence", "Weights", "joined_bags", "read", "weights"]

#: A mention's ``(P(negative), P(neutral), P(positive), drivers)`` (:meth:`Sentence.score`).
Scores = tuple[float, float, float, list[tuple[str, float]]]
_NO_DRIVERS: list[tuple[str, float]] = []
T = TypeVar("T")
_bisect_left = bisect.bisect_left
_bisect_right = bisect.bisect_right
_exp = math.exp
_accumulate = itertools.accumulate


class Weights:
    """The target model's weights laid out for :func:`read` and :meth:`Sentence.score`.

    Made once per model (:func:`weights`).  Every weight is one complex
    number, ``negative + positive * 1j``: a mention's two logits are summed
    as one complex number, whose real and imaginary parts add up exactly as
    the two float sums of the definition do, with one addition where the
    definition makes two.  The rule features' weights are attributes (zero
    when the model has none); the window tables are those of
    :func:`~limner_sentiment.logits.tables`, by sort (an edge pair's keyed
    by its two words, :func:`_pairs`); the bags' columns are joined per bag.
    """

    __slots__ = (
        "after_turn", "agent", "aimed", "bag_c", "bag_cl", "bag_cr", "bag_s", "before_turn",
        "bias", "crossed", "left_neg",
        "left_pos", "lx", "n1", "n2", "nb", "near_left", "near_right", "nw", "own", "p1", "p2",
        "passive_agent", "pb", "pw", "quoted", "right_neg", "right_pos", "rx", "sentence",
        "sentence_weights", "sentence_words", "speaker", "speaker_neg", "speaker_pos",
        "subject", "with_",
    )

    def __init__(self, model: TargetModel) -> None:
        t = tables(model)
        rules = {name: complex(*weight) for name, weight in t.rules.items()}
        self.bias = model.bias
        self.sentence_words = model.sentence_words
        self.sentence_weights = model.sentence
        self.near_left = rules["near_left"]
        self.near_right = rules["near_right"]
        self.own = rules["own"]
        self.left_pos = rules["left_pos"]
        self.left_neg = rules["left_neg"]
        self.right_pos = rules["right_pos"]
        self.right_neg = rules["right_neg"]
        self.sentence = rules["sentence"]
        self.subject = rules["role:subject"]
        self.agent = rules["role:agent"]
        self.passive_agent = rules["role:passive_agent"]
        self.aimed = rules["role:aimed"]
        self.with_ = rules["role:with"]
        self.quoted = rules["quoted"]
        self.speaker = rules["speaker"]
        self.speaker_pos = rules["speaker_pos"]
        self.speaker_neg = rules["speaker_neg"]
        self.after_turn = rules["after_turn"]
        self.before_turn = rules["before_turn"]
        w = {sort: {k: complex(a, b) for k, (a, b) in table.items()}
             for sort, table in t.window.items()}
        self.lx, self.rx = w["LX"], w["RX"]
        self.p1, self.p2, self.n1, self.n2 = w["P1"], w["P2"], w["N1"], w["N2"]
        self.pb, self.nb = _pairs(w["PB"]), _pairs(w["NB"])
        self.pw, self.nw = w["Pw"], w["Nw"]
        # the bags' complex tables: the shipped model's from the user cache, else made here
        joined = shipped_bags(model) or joined_bags(model.bags)
        self.bag_s, self.bag_c, self.bag_cl, self.bag_cr = map(_Bag, joined)
        # the crosses' weights times what a cross is worth, by what is crossed, then by the
        # sign (0: "-", 1: "+"); each part the product the definition makes
        self.crossed = {
            what: tuple(
                complex(t.rules[f"X:{what}|{sign}"][0] * CROSS,
                        t.rules[f"X:{what}|{sign}"][1] * CROSS)
                for sign in "-+"
            )
            for what in CROSSED
        }


def _pairs(table: Mapping[str, complex]) -> dict[str, dict[str, complex]]:
    """An edge-pair table (``"a_b"`` -> weight) as ``{a: {b: weight}}``.

    A mention looks its pair up with the two forms it has, not with a string
    joined from them (a new string, hashed, each time).  A key with several
    ``_`` is entered at each of them: ``(a, b)`` gives one string
    ``a + "_" + b``, so no two keys meet at the same place.
    """
    out: dict[str, dict[str, complex]] = {}
    for key, weight in table.items():
        at = key.find("_")
        while at >= 0:
            out.setdefault(key[:at], {})[key[at + 1 :]] = weight
            at = key.find("_", at + 1)
    return out


class _Bag(dict[str, complex]):
    """A bag's weights by word, ``0j`` for a word without any (``bag[word]`` is
    ``bag.get(word, 0j)``): its words are summed by ``map(bag.__getitem__, forms)``,
    one argument a word, no default repeated alongside."""

    __slots__ = ()

    def __missing__(self, key: str) -> complex:
        return 0j


def joined_bags(bags: Mapping[str, Sequence[float]]) -> tuple[dict[str, complex], ...]:
    """The four bags' weights by word as complex numbers (:func:`_joined`), as plain dicts
    (what :mod:`marshal` keeps in the user cache): the bag rows' eight columns, two for
    each bag, by a C-level transposition."""
    words = list(bags)
    columns = list(zip(*bags.values(), strict=True)) if words else [()] * 8
    return tuple(dict(_joined(words, columns[c], columns[c + 1])) for c in (0, 2, 4, 6))


def _joined(words: Sequence[str], neg: Sequence[float], pos: Sequence[float]) -> _Bag:
    """One bag's weights by word, ``negative + positive * 1j`` (``neg`` and ``pos`` the
    bag's two columns of the model's bag rows, in the order of ``words``).

    As :func:`~limner_sentiment.context.bag_columns` reads them: a zero weight
    (``-0.0`` too, made ``0.0`` by adding ``0.0``) is ``0.0``.  A word with
    neither weight is kept, as ``0j``: the definition adds ``0.0`` for it as
    for any word it has no weight for, and a look-up that finds it makes no
    call to :meth:`_Bag.__missing__`.  Made by C-level maps, no Python loop
    over the model's words.
    """
    values = map(complex, map(_add, neg, _ZEROS), map(_add, pos, _ZEROS))
    out = _Bag(zip(words, values, strict=True))
    # the forms of names and of numbers, in most sentences, found without a call
    for word in (NAME, ""):
        out.setdefault(word, 0j)
    return out


_ZEROS = itertools.repeat(0.0)


def weights(model: TargetModel) -> Weights:
    """The :class:`Weights` of ``model``, made once per model (kept on it)."""
    made = model.__dict__.get("_fast_weights")
    if isinstance(made, Weights):
        return made
    made = Weights(model)
    object.__setattr__(model, "_fast_weights", made)  # a cache: the model's fields are unchanged
    return made


class Sentence:
    """A sentence read once for all the mentions in it (see :func:`read`).

    Attributes:
        text: the sentence.
        spaced: whether its words are ``text.split()`` at single spaces
            (:func:`~limner_sentiment.scorer.spaced_words`): they are then
            located by counting spaces (a word's start, when a quotation
            mark asks for it, by the length of the words before it joined),
            and ``starts`` and ``ends`` are not set.
        starts, ends: its words' offsets in the sentence.
        tokens, forms: its words as written, and their forms
            (:mod:`limner_sentiment.context`); ``forms`` is a tuple (one
            ``itemgetter`` of the memo), not a list.  ``bag_forms``: the
            forms the bags read (negation-marked, ``forms`` itself in a
            sentence without a negation cue).
        hits: the indices of the words with a valence, in order; ``valence``
            and ``hit_words`` give their weight and lexicon word.
        shared: the logits every mention of the sentence starts from (the
            bias and the ``"SX:"`` weights), ``negative + positive * 1j``;
            ``sentence_z`` the ``sentence`` rule's term, ``bag`` the
            sentence's bag, ``clause_bags`` each clause's once asked,
            ``sides`` each clause's running sums of a side bag once asked
            (:meth:`_running_sides`).
        seen: ``first * n + last`` -> :meth:`score` of a mention on words
            ``first``..``last`` (mentions on the same words score the same).
        events: whether a word of a news event is among its forms
            (:data:`~limner_sentiment.events.TRIGGERS`): only then does
            :meth:`at` look for one; ``acted`` whether a verb of an act done
            to an object is (:data:`~limner_sentiment.events.OBJECT_VERBS`).
    """

    __slots__ = (
        "acted", "bag", "bag_forms", "clause_bags", "clauses", "cum", "cum_neg", "cum_pos",
        "ends", "events", "forms", "heads", "hit_words", "hits", "n", "quotes", "seen",
        "sentence_z", "shared", "sides", "spaced", "speech", "starts", "text", "tokens", "turn",
        "valence", "w",
    )

    starts: list[int]
    ends: list[int]
    tokens: list[str]
    forms: Sequence[str]
    bag_forms: Sequence[str]
    sides: dict[int, list[complex]]
    hits: list[int]
    valence: dict[int, float]
    hit_words: dict[int, str]
    seen: dict[int, Scores]
    events: bool
    acted: bool
    heads: list[bool] | None
    w: Weights
    text: str
    spaced: bool
    n: int
    clauses: list[int]
    cum_pos: list[float]
    cum_neg: list[float]
    speech: list[int]
    turn: int
    quotes: list[int] | None
    shared: complex
    sentence_z: complex
    bag: complex
    clause_bags: dict[int, complex]
    cum: tuple[list[float], list[float]] | None

    def locate(self, start: int, end: int) -> tuple[int, int]:
        """The words ``(first, last)`` a mention at ``start``..``end`` covers.

        As :func:`~limner_sentiment.features.mention_words`: a mention inside
        a word, or an empty one, covers the word it lies in (or the nearest
        word after it).  Words at single spaces are found by counting the
        spaces before the offsets (word ``i`` ends at the ``i``-th space),
        with no offsets made.
        """
        n = self.n
        if self.spaced:
            text = self.text
            first = text.count(" ", 0, start + 1)
            last = text.count(" ", 0, end - 1) if end > 0 else -1
        else:
            first = _bisect_right(self.ends, start)
            last = _bisect_left(self.starts, end) - 1
        if first >= n:
            first = n - 1
        return first, last if last > first else first

    def at(self, start: int, end: int) -> Scores:
        """:meth:`score` of the words a mention at ``start``..``end`` (offsets in the
        sentence) covers (:meth:`locate`), worked out once for each pair of words:
        mentions on the same words score the same (``seen``).  Where a news event
        names the mention (:func:`~limner_sentiment.events.event_label`; in a sentence
        without an event's word, :func:`~limner_sentiment.events.located_label`), its
        label weighs more (:func:`~limner_sentiment.events.adjust`)."""
        first, last = self.locate(start, end)
        n = self.n
        key = first * n + last
        seen = self.seen
        known = seen.get(key)
        if known is None:
            known = self.score(first, last)
            # (a sentence without a speech verb, self.speech, holds none of events.SAID:
            # no mention of it is a quote's speaker, and that reading is skipped)
            if self.events:  # a word of a news event in the sentence (limner_sentiment.events)
                label = event_label(self.tokens, self.forms, self.clauses, first, last,
                                    bool(self.speech), self.acted)
            else:  # a place that only locates, a procedure scheduled: in any sentence
                label = located_label(self.tokens, self.forms, self.clauses, first, last,
                                      bool(self.speech))
            if label is not None:
                known = adjust_for_event(known, label, own_clause(
                    self.clauses, self.hits, n, first, last))
            seen[key] = known
        return known

    def score(self, first: int, last: int) -> Scores:
        """A mention on words ``first``..``last``: ``(P(negative), P(neutral), P(positive),
        drivers)``, the drivers being the lexicon words in its window weighed by their
        distance, in order.

        The logits are one complex number (see :class:`Weights`), their terms
        added in the order of the definition.
        """
        w = self.w
        n = self.n
        z = self.shared
        forms = self.forms
        hits = self.hits
        near = _NO_DRIVERS
        if hits:
            cum_pos, cum_neg = self.cum_pos, self.cum_neg
            h_first = _bisect_left(hits, first)
            h_after = _bisect_right(hits, last, h_first)
            # hits are word indices (>= 0, < n): no need to clip the window to the sentence
            h_lo = _bisect_left(hits, first - WINDOW, 0, h_first)
            h_hi = _bisect_left(hits, last + 1 + WINDOW, h_after)
            if h_lo < h_hi:  # lexicon words near the mention, weighed by distance
                valence, hit_words = self.valence, self.hit_words
                near = []
                near_l = near_r = 0.0
                table = w.lx
                for k in range(h_lo, h_first):
                    i = hits[k]
                    word = hit_words[i]
                    d = valence[i] / (1.0 + (first - i) / WINDOW)
                    near_l += d
                    near.append((word, d))
                    x = table.get(word)
                    if x is not None:
                        z += x
                table = w.rx
                for k in range(h_after, h_hi):
                    i = hits[k]
                    word = hit_words[i]
                    d = valence[i] / (1.0 + (i - last) / WINDOW)
                    near_r += d
                    near.append((word, d))
                    x = table.get(word)
                    if x is not None:
                        z += x
                if near_l:
                    z += w.near_left * (near_l / (abs(near_l) + 2.0))
                if near_r:
                    z += w.near_right * (near_r / (abs(near_r) + 2.0))
                own = cum_pos[h_after] - cum_pos[h_first] - (cum_neg[h_after] - cum_neg[h_first])
                if own:
                    z += w.own * (own / (abs(own) + 2.0))
            # the sentence's sums on either side, in the order mention_features names them
            # (a side without words of that sign adds a zero term: left out, as near_l's)
            v = cum_pos[h_first]
            if v:
                z += w.left_pos * (v / (v + 2.0))
            v = cum_neg[h_first]
            if v:
                z += w.left_neg * (v / (v + 2.0))
            h_n = len(hits)
            v = cum_pos[h_n] - cum_pos[h_after]
            if v:
                z += w.right_pos * (v / (abs(v) + 2.0))
            v = cum_neg[h_n] - cum_neg[h_after]
            if v:
                z += w.right_neg * (v / (abs(v) + 2.0))
            z += self.sentence_z
        # role: subject, agent, aim
        if first == 0:
            z += w.subject
            subject = True
            before = ""
            p1 = p2 = "<s>"
        else:
            # the head of its clause (features.opens_clause): only capitalised words and
            # "the" between the clause's start and the mention
            tokens = self.tokens
            j = first - 1
            token = tokens[j]
            subject = token[-1] in _CLAUSE_END or (len(token) > 1 and token[-2] in _CLAUSE_END)
            stop = j - _TITLE_RUN
            while not subject and (token[:1].isupper() or forms[j] == "the"):
                j -= 1
                if j < 0:
                    subject = True
                    break
                if j == stop:  # a long run of names: the sentence's table answers
                    subject = self._heads()[j]
                    break
                token = tokens[j]
                subject = token[-1] in _CLAUSE_END or (len(token) > 1 and token[-2] in _CLAUSE_END)
            if subject:
                z += w.subject
            before = forms[first - 1]
            p1 = before or "."
            p2 = (forms[first - 2] or ".") if first >= 2 else "<s>"
        role = None  # the role's crossed weights (the crosses, below)
        if before == "by":
            z += w.agent
            role = w.crossed["agent"]
            if first > 1 and forms[first - 2] in _BE:
                z += w.passive_agent
        elif before in _AIMED:
            z += w.aimed
            role = w.crossed["aimed"]
        elif before in _WITH:
            z += w.with_
            role = w.crossed["with"]
        quotes = self.quotes
        if quotes:
            if self.spaced:  # word first starts after the first - 1 words and their spaces
                at = len(" ".join(self.tokens[:first])) + 1 if first else 0
            else:
                at = self.starts[first]
            if _bisect_right(quotes, at) % 2 == 1:
                z += w.quoted
        speech = self.speech
        spoke = False
        if speech:
            z, spoke = self._speaker(z, first, last)
        turn = self.turn
        if turn < n:
            z += w.after_turn if first > turn else w.before_turn
        # the crosses (features._crosses): a mention with a role, speech or a side of the
        # contrast word, and a lexicon word in its clause
        if hits and (subject or role is not None or spoke or turn < n):
            z = self._crosses(z, first, last, h_first, h_after, subject, role, spoke)
        # the window (context.window_features), each feature worth 1
        if last + 1 < n:
            n1 = forms[last + 1] or "."
            n2 = (forms[last + 2] or ".") if last + 2 < n else "</s>"
        else:
            n1 = n2 = "</s>"
        x = w.p1.get(p1)
        if x is not None:
            z += x
        x = w.p2.get(p2)
        if x is not None:
            z += x
        x = w.n1.get(n1)
        if x is not None:
            z += x
        x = w.n2.get(n2)
        if x is not None:
            z += x
        pairs = w.pb.get(p2)  # the pair p2_p1, then n1_n2 (see _pairs)
        if pairs is not None:
            x = pairs.get(p1)
            if x is not None:
                z += x
        pairs = w.nb.get(n1)
        if pairs is not None:
            x = pairs.get(n2)
            if x is not None:
                z += x
        if first >= 3:
            table = w.pw
            f = forms[first - 3]
            if f:
                x = table.get(f)
                if x is not None:
                    z += x
            if first >= 4:
                f = forms[first - 4]
                if f:
                    x = table.get(f)
                    if x is not None:
                        z += x
        if last + 3 < n:
            table = w.nw
            f = forms[last + 3]
            if f:
                x = table.get(f)
                if x is not None:
                    z += x
            if last + 4 < n:
                f = forms[last + 4]
                if f:
                    x = table.get(f)
                    if x is not None:
                        z += x
        # (a new family of per-mention features adds its terms here, ``z += weight * value``,
        # at the place of the definition's sum where its features come: what a sentence
        # shares is read once in read(), into an attribute of the Sentence)
        # the bags: the sentence's, and the mention's clause (or clauses), then the clause's
        # sides (BagSums.logits), summed apart and then added to the rest
        clauses = self.clauses
        if len(clauses) == 1:
            k0 = k = a = 0
            c1 = n
            bag = self.clause_bags.get(0)
            if bag is None:
                bag = self._clause_bag(0)
        else:
            k0 = _bisect_right(clauses, first) - 1
            if k0 + 1 < len(clauses) and clauses[k0 + 1] <= last:
                k = _bisect_right(clauses, last, k0) - 1
                bag = self._across(k0, k + 1)
            else:
                k = k0
                bag = self.clause_bags.get(k0)
                if bag is None:
                    bag = self._clause_bag(k0)
            a = clauses[k0]
            c1 = clauses[k + 1] if k + 1 < len(clauses) else n
        # the clause's sides: the words of clause k0 (from a) left of the mention, then
        # those of clause k (to c1) right of it, from each clause's running sums
        if first > a:
            cum = self.sides.get(k0)
            if cum is None:
                cum = self._running_sides(k0)
            bag += cum[first - a] * _SCALES[first - a]
        if last + 1 < c1:
            b = clauses[k]
            cum = self.sides.get(-1 - k)
            if cum is None:
                cum = self._running_sides(-1 - k)
            bag += (cum[c1 - b] - cum[last + 1 - b]) * _SCALES[c1 - last - 1]
        z += bag
        # model.probabilities, inline
        zn = z.real
        zp = z.imag
        top = zn if zn > zp else zp
        if top < 0.0:
            top = 0.0
        en, e0, ep = _exp(zn - top), _exp(-top), _exp(zp - top)
        total = en + e0 + ep
        return en / total, e0 / total, ep / total, near

    def _heads(self) -> list[bool]:
        """For each word, whether a mention just after it heads its clause
        (:func:`~limner_sentiment.features.opens_clause`): the word ends a clause,
        or it is capitalised or "the" and the word before it is such a word too (the
        sentence's start is one).  Made once a sentence, when a mention's look back
        over capitalised words runs past :data:`_TITLE_RUN` of them, so that a run of
        names costs one pass, not one per name."""
        heads = self.heads
        if heads is None:
            heads = self.heads = []
            append = heads.append
            opens = True
            for token, form in zip(self.tokens, self.forms, strict=True):
                if token[-1] in _CLAUSE_END or (len(token) > 1 and token[-2] in _CLAUSE_END):
                    opens = True
                elif not (token[:1].isupper() or form == "the"):
                    opens = False
                append(opens)
        return heads

    def _speaker(self, z: complex, first: int, last: int) -> tuple[complex, bool]:
        """``z`` plus the terms of a mention's own speech (a speech verb next to it), and
        whether it speaks."""
        w = self.w
        speech = self.speech
        hits = self.hits
        k = _bisect_right(speech, last)
        if k < len(speech) and speech[k] - last <= 3:
            h_s = _bisect_left(hits, speech[k])
            h_n = len(hits)
            cum_pos, cum_neg = self.cum_pos, self.cum_neg
            sp, sn = cum_pos[h_n] - cum_pos[h_s], cum_neg[h_n] - cum_neg[h_s]
        elif k > 0 and first - speech[k - 1] <= 2:
            h_s = _bisect_left(hits, speech[k - 1])
            sp, sn = self.cum_pos[h_s], self.cum_neg[h_s]
        else:
            return z, False
        z += w.speaker
        if sp:
            z += w.speaker_pos * (sp / (abs(sp) + 2.0))
        if sn:
            z += w.speaker_neg * (sn / (abs(sn) + 2.0))
        return z, True

    def _crosses(
        self, z: complex, first: int, last: int, h_first: int, h_after: int, subject: bool,
        role: tuple[complex, ...] | None, spoke: bool,
    ) -> complex:
        """``z`` plus the crosses' terms (:func:`limner_sentiment.features._crosses`): the
        nearest lexicon words left and right of the mention in its clause, by bisection."""
        hits = self.hits
        clauses = self.clauses
        n = self.n
        if len(clauses) == 1:
            c0, c1 = 0, n
        else:
            k0 = _bisect_right(clauses, first) - 1
            c0 = clauses[k0]
            k1 = _bisect_right(clauses, last, k0)
            c1 = clauses[k1] if k1 < len(clauses) else n
        left = hits[h_first - 1] if h_first and hits[h_first - 1] >= c0 else -1
        right = hits[h_after] if h_after < len(hits) and hits[h_after] < c1 else -1
        if left < 0 and right < 0:
            return z
        valence = self.valence
        near = left if right < 0 or (left >= 0 and first - left <= right - last) else right
        plus = valence[near] > 0
        crossed = self.w.crossed
        if subject and right >= 0:
            z += crossed["subject"][valence[right] > 0]
        if role is not None:
            z += role[plus]
        if spoke:
            z += crossed["speaker"][plus]
        turn = self.turn
        if turn < n:
            z += crossed["after_turn" if first > turn else "before_turn"][plus]
        return z

    def _running_sides(self, key: int) -> list[complex]:
        """Running sums (from ``0j``) of a clause's words' side-bag weights, made once per
        clause and side by a C-level pass: ``key`` ``k`` gives clause ``k``'s left-side
        weights', ``-1 - k`` its right-side weights' (``len(clause) + 1`` each)."""
        made = self.sides.get(key)
        if made is None:  # (the caller looked first: made here, once)
            k, column = (key, self.w.bag_cl) if key >= 0 else (-1 - key, self.w.bag_cr)
            clauses = self.clauses
            a = clauses[k]
            part = self.bag_forms[a : clauses[k + 1] if k + 1 < len(clauses) else self.n]
            made = self.sides[key] = list(
                _accumulate(map(column.__getitem__, part), initial=0j)
            )
        return made

    def _clause_bag(self, k: int) -> complex:
        """The sentence's bag plus clause ``k``'s (:meth:`BagSums.logits
        <limner_sentiment.context.BagSums.logits>`), kept for the clause's other mentions.

        :meth:`_clause` and :meth:`_size`, inline (a sentence asks for most of its clauses).
        """
        clauses = self.clauses
        a = clauses[k]
        size = (clauses[k + 1] if k + 1 < len(clauses) else self.n) - a
        z: complex = sum(map(self.w.bag_c.__getitem__, self.bag_forms[a : a + size]))
        made = self.clause_bags[k] = self.bag + z * _SCALES[size]
        return made

    def _across(self, k0: int, k1: int) -> complex:
        """The bags of a mention across clauses ``k0``..``k1 - 1``, from running sums."""
        clauses = self.clauses
        cum = self.cum
        if cum is None:
            sums = [self._clause(k) for k in range(len(clauses))]
            cum = self.cum = (
                list(itertools.accumulate((z.real for z in sums), initial=0.0)),
                list(itertools.accumulate((z.imag for z in sums), initial=0.0)),
            )
        cum_n, cum_p = cum
        c1 = clauses[k1] if k1 < len(clauses) else self.n
        size = c1 - clauses[k0]
        scale = _SCALES[size]
        bag = self.bag
        return complex(
            bag.real + (cum_n[k1] - cum_n[k0]) * scale,
            bag.imag + (cum_p[k1] - cum_p[k0]) * scale,
        )

    def _size(self, k: int) -> int:
        clauses = self.clauses
        return (clauses[k + 1] if k + 1 < len(clauses) else self.n) - clauses[k]

    def _clause(self, k: int) -> complex:
        """The unscaled sums of clause ``k``'s words, ``negative + positive * 1j``."""
        a = self.clauses[k]
        size = self._size(k)
        total: complex = sum(map(self.w.bag_c.__getitem__, self.bag_forms[a : a + size]))
        return complex(total)



def read(sentence: str, scored: Scored, split: list[str] | None, w: Weights,
         model: TargetModel) -> Sentence | None:
    """Read ``sentence`` (scored as ``scored``) for its mentions; ``None`` if it has no word.

    ``split``, when given, is ``sentence.split()`` made before (see
    :func:`~limner_sentiment.scorer.read_offsets`).  The same reading as
    :func:`~limner_sentiment.features.read_sentence`, with the sentence's
    shared logits and bag sums.
    """
    s = Sentence()
    # scorer.spaced_words, inline: words at single spaces are located by counting spaces
    # (in a sentence of up to _SPACED_MAX characters: a count is a pass over the sentence
    # for each mention, where a longer one has its words' offsets made once, and bisected)
    if (
        split
        and len(sentence) <= _SPACED_MAX
        and sentence.count(" ") == len(split) - 1
        and sentence.isascii()
        and sentence.isprintable()
        and ("&" not in sentence or _ENTITY.search(sentence) is None)
    ):
        tokens = split
        n = len(tokens)
        s.spaced = True
    else:
        scored, starts, ends, words = read_offsets(sentence, scored, split)
        n = len(starts)
        if not n:
            return None
        tokens = words if words is not None else list(
            map(sentence.__getitem__, map(slice, starts, ends))
        )
        s.spaced = False
        s.starts = starts
        s.ends = ends
    # context.forms_and_clauses, inline for a sentence whose tokens were all seen before,
    # and the places of the watched words (clause openers, special words), in one C-level
    # pass; the tokens' forms, and their clause ends when asked, each by one C-level call:
    # an itemgetter of the tokens (its look-ups cost half those of a map over a bound
    # method, some 225 machine instructions a token against 425)
    get = itemgetter(*tokens) if n > 1 else _one(tokens[0])
    if len(_FORMS) > _context._FORMS_LIMIT:  # (emptied before the look-ups, never between them)
        forget_forms()
    # a token not seen before is learned as it is looked up (context._Forms): its form,
    # clause end and cue, in the memos before the sentence reads them
    forms = get(_FORMS)
    # the places of the watched words are looked for only when one C-level set pass
    # (no call per form) finds one
    at = (
        _NOTHING_AT if _WATCHED_OFF(forms)
        else list(itertools.compress(_RANGE(n), map(_WATCHED_IN, forms)))
    )
    # a token ends a clause only with a clause mark in it: a sentence without one (a
    # C-level search of its text per mark) skips the pass over its tokens
    if (
        "," in sentence or ";" in sentence or ":" in sentence or '"' in sentence
        or (not sentence.isascii() and _has_curly_mark(sentence))
    ):
        closing = get(_ENDS)
        clause_end = True in closing
    else:
        clause_end = False
    if clause_end or (at and not _OPENERS_OFF(map(forms.__getitem__, at))):
        starts_at = set(itertools.compress(range(1, n + 1), closing)) if clause_end else set()
        for i in at:
            if forms[i] in OPENERS:
                starts_at.add(i)
        starts_at.discard(0)
        starts_at.discard(n)
        clauses = sorted(starts_at)
        clauses.insert(0, 0)
    else:
        clauses = _ONE_CLAUSE
    s.w = w
    s.n = n
    s.text = sentence
    s.tokens = tokens
    s.forms = forms
    s.clauses = clauses
    # (a word of an event opening the sentence has a name's form: "Tributes have been
    # paid to X", "Blow for X")
    # (or a word of each set of a pair of events.PAIRED: "The case against X collapsed")
    s.events = not _NO_EVENT(forms) or (n > 0 and (
        tokens[0].lower() in TRIGGERS or paired(forms, tokens[0].lower())))
    # whether a verb of an act done to an object is among them (events.OBJECT_VERBS), read
    # once for all the mentions of a sentence with an event's word
    s.acted = s.events and not _NO_ACT(forms)
    valence: dict[int, float] = {}
    hit_words: dict[int, str] = {}
    if scored.hits:
        word_valences(scored, n, valence, hit_words)
    if at:
        s.speech, s.turn = _specials(forms, at, valence, hit_words, n)
    else:
        s.speech, s.turn = _NO_SPEECH, n
    s.valence = valence
    s.hit_words = hit_words
    zn, zp = w.bias
    if hit_words:
        shared = set(hit_words.values())
        scale = _SCALES[len(shared)]
        sentence_weights = w.sentence_weights
        for word in w.sentence_words & shared:  # the smaller set is walked
            weight = sentence_weights[word]
            zn += weight[0] * scale
            zp += weight[1] * scale
        hits = s.hits = sorted(valence)
        s.cum_pos, s.cum_neg = [0.0], [0.0]
        running_sums(valence, hits, s.cum_pos, s.cum_neg)
        v = scored.raw
        s.sentence_z = w.sentence * (v / (abs(v) + 2.0))
    else:
        s.hits = _NO_HITS
        s.cum_pos = s.cum_neg = _NO_SUMS
    s.shared = complex(zn, zp)
    if '"' in sentence or (not sentence.isascii() and _has_curly_quote(sentence)):
        s.quotes = list(map(_MATCH_START, _QUOTE_MARK.finditer(sentence)))
    else:
        s.quotes = None
    # the forms the bags read: negation-marked in a sentence with a cue (one C-level set
    # test over its tokens finds it)
    if _NO_CUE(tokens):
        s.bag_forms = forms
    else:
        s.bag_forms = negated(tokens, forms, clauses)
    # the sentence's bag: one sum of complex numbers, its parts as BagSums's two sums
    scale = _SCALES[n]
    total: complex = sum(map(w.bag_s.__getitem__, s.bag_forms))
    s.bag = total * scale
    s.clause_bags = {}
    s.sides = {}
    s.cum = None
    s.seen = {}
    s.heads = None
    return s


class _Scales(dict[int, float]):
    """What a bag of ``size`` words is scaled by, ``1.0 / math.sqrt(size)`` (``0.0`` for
    none, as :func:`~limner_sentiment.context._scale`), by size: worked out when a size
    is first asked for, then looked up (no call a bag; the same float).  It holds one
    entry for each size met, no more than the words of the longest sentence read."""

    __slots__ = ()

    def __missing__(self, size: int) -> float:
        value = self[size] = 1.0 / math.sqrt(size) if size > 0 else 0.0
        return value


_SCALES = _Scales()
#: The longest sentence whose words are located by counting spaces (see :func:`read`):
#: some 150 words, past nearly every sentence of the news
_SPACED_MAX = 1_000
_NO_SPEECH: list[int] = []
_MATCH_START = re.Match.start
_NOTHING_AT: list[int] = []
# the words a sentence's forms are searched for in one pass: clause openers, special words
_WATCHED = OPENERS | _SPECIAL_WORDS
_OPENERS_OFF = OPENERS.isdisjoint
_RANGE = range
_WATCHED_IN = _WATCHED.__contains__
_WATCHED_OFF = _WATCHED.isdisjoint
_NO_CUE = CUE_TOKENS.isdisjoint
_NO_EVENT = TRIGGERS.isdisjoint
_NO_ACT = OBJECT_VERBS.isdisjoint
#: How many capitalised words (or "the") a mention's look back for its clause's head
#: passes over before the sentence's table of heads (:meth:`Sentence._heads`) answers:
#: past any title and name of the news ("Karnataka Chief Minister", "The Bank of
#: England"), so that the table is made only for a run of names.
_TITLE_RUN = 12


def _one(token: str) -> Callable[[Mapping[str, T]], tuple[T]]:
    """``itemgetter(token)`` as it is for several tokens: a tuple of one."""

    def get(table: Mapping[str, T]) -> tuple[T]:
        return (table[token],)

    return get


def _has_curly_mark(text: str) -> bool:
    """Whether ``text`` holds a clause mark beyond ASCII (see ``context._MARKS``)."""
    return any(map(text.__contains__, _CURLY_MARKS))


_CURLY_MARKS = sorted(c for c in _MARKS if not c.isascii())
# the clause starts of a sentence of one clause (never changed: a mention only reads them)
_ONE_CLAUSE = [0]
_NO_HITS: list[int] = []
_NO_SUMS: list[float] = [0.0]


def _has_curly_quote(text: str) -> bool:
    return "“" in text or "”" in text or "«" in text or "»" in text


def _specials(
    forms: Sequence[str], at: list[int], valence: dict[int, float], hit_words: dict[int, str],
    n: int,
) -> tuple[list[int], int]:
    """The speech verbs and first contrast word of a sentence, and its news idiom's valences.

    As :func:`limner_sentiment.features._specials`: ``at`` holds the places,
    in order, of the watched words among the sentence's forms (the special
    words among them); news idiom gets its valence where the sentence score
    left the word at 0, flipped by a negation among the three words before.
    Returns ``(speech verb indices, first contrast word index or n)``.
    """
    lex = load()
    negations = lex.negations
    speech: list[int] = []
    turn = n
    for i in at:
        word = forms[i]
        if word not in _SPECIAL_WORDS:
            continue  # a clause opener
        if word in SPEECH:
            speech.append(i)
        if word in _TURN and i < turn:
            turn = i
        if word not in _NEWS_WORDS or i in valence:
            continue
        previous = forms[i - 1] if i else ""
        v = NEWS_PHRASES.get((previous, word)) if previous and previous != NAME else None
        if v is None:
            v = NEWS.get(word)
        if v is None:
            continue
        for j in range(max(0, i - 3), i):
            x = forms[j]
            if x != NAME and (x in negations or x.endswith("n't")):
                v *= lex.negation_scalar
                break
        valence[i] = v
        hit_words[i] = word
    return speech, turn
