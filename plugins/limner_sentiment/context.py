"""The words around a mention: its window, the word pairs at its edges, and four bags.

A sentence's tokens are read once (:func:`read_tokens`): each token's *form*
and where its clauses start.  A form is the token lower-cased and stripped of
punctuation when it is written in lower case (``"attacked"``, ``"don't"``);
:data:`NAME` when it starts with a capital (a name, or a word opening the
sentence: no name is ever a feature); ``""`` for numbers and punctuation.
A clause starts at the first token, after a token ending in ``,``, ``;``,
``:`` or a quotation mark, and at a word that opens a clause
(:data:`OPENERS`: "but", "while", "because", "who", "and" ...).

What a mention reads there, all conjoined with where the word stands:

- its window (:func:`window_features`): the word just before (``P1:``) and
  just after (``N1:``), the second before and after (``P2:``, ``N2:``),
  the third and fourth on each side (``Pw:``, ``Nw:``), and the pairs of
  words at each edge (``PB:a_b``, ``NB:a_b``): "X attacked", "attacked X",
  "was praised X", "X was criticized";
- four bags (:func:`bag_features`): every word of the sentence (``S:``),
  every word of the mention's own clause (``C:``), so that a word weighs
  differently in the target's clause than elsewhere, and the words of that
  clause left of the mention (``CL:``) and right of it (``CR:``), so that
  "X attacked Y" reads "attacked" one way for X and another for Y.  Each
  bag's words count ``1 / sqrt(size)`` of the bag (a side's size is its
  own), so that long sentences do not weigh more.  Inside a clause, a word
  after a negation cue (:func:`is_cue`: VADER's negations and "no", not
  "despite"; a word ending in "n't"; written with a capital too) is read in
  the bags as ``"not_" + form`` (:func:`negated`; the cue itself, names and
  numbers as they are): "did not win" gives ``not_win``.
  The sentence's bag is summed once for all its mentions, each clause's
  once for the mentions in it, and each clause's running sums of its side
  bags once (:class:`BagSums`): a mention costs the same whatever the
  sentence's length and however many mentions share it.
"""

from __future__ import annotations

import bisect
import itertools
import math
import operator
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import cast

__all__ = [
    "BAGS",
    "CUE_TOKENS",
    "NAME",
    "OPENERS",
    "BagSums",
    "Tokens",
    "bag_columns",
    "bag_features",
    "clause_span",
    "forget_forms",
    "forms_and_clauses",
    "is_cue",
    "learn_forms",
    "negated",
    "read_tokens",
    "window_features",
]

#: The form of a word written with a capital.
NAME = "<n>"
#: Words that open a clause (the clause starts at the word).
OPENERS = frozenset({
    "but", "while", "although", "though", "whereas", "because", "after", "before", "since",
    "who", "which", "when", "if", "unless", "despite", "and",
})
#: The bags, in the order of a bag word's weights: the sentence, the mention's clause,
#: the clause's words left of the mention and right of it.
BAGS = ("S", "C", "CL", "CR")
_STRIP = string.punctuation + "“”‘’«»—–…"
# a token ends a clause when it ends with a clause mark, or with one and a closing mark
_MARKS = frozenset(",;:\"“”«»")
_CLOSERS = frozenset(".!?)'’")


@dataclass(frozen=True)
class Tokens:
    """A sentence's token forms and clause starts (see the module).

    Attributes:
        forms: one form per token.
        clauses: the index of each clause's first token, in order (0 first).
        marked: the forms as the bags read them (:func:`negated`), or None
            when they are ``forms`` (a sentence without a negation cue).
    """

    forms: list[str]
    clauses: list[int]
    marked: list[str] | None = None

    @property
    def bag_forms(self) -> list[str]:
        """The forms the bags read: :attr:`marked`, else :attr:`forms`."""
        return self.forms if self.marked is None else self.marked


class _Forms(dict[str, str]):
    """The memo of forms by token: a token not in it is learned as it is looked up
    (``memo[token]``, and so an ``operator.itemgetter`` of a sentence's tokens), its
    clause end and whether it is a negation cue with it (:func:`_learn`): no
    ``KeyError`` raised and caught, no second look-up of the sentence's tokens.
    ``get`` and ``in`` learn nothing.  Not a plain dict, so a set operation with it as
    the other operand (``set.difference(memo)``) would iterate over every key: the
    tokens not in it are found by ``in`` (:func:`learn_forms`)."""

    __slots__ = ()

    def __missing__(self, token: str) -> str:
        return _learn(token)


class _Ends(dict[str, bool]):
    """The memo of clause ends by token, learning as :class:`_Forms` does."""

    __slots__ = ()

    def __missing__(self, token: str) -> bool:
        _learn(token)
        return self[token]


# token -> form, for the tokens seen (most repeat: "the", "said", "Mr")
_FORMS: dict[str, str] = _Forms()
# token -> whether it ends a clause, for the same tokens as _FORMS
_ENDS: dict[str, bool] = _Ends()
# the tokens of _FORMS that are negation cues (is_cue)
CUE_TOKENS: set[str] = set()
_FORMS_LIMIT = 1 << 17
_NONE = itertools.repeat(None)


def forget_forms() -> None:
    """Empty the memos of forms, clause ends and cues together (:func:`learn_forms`'s
    bound; a reader of a sentence calls it before its look-ups, never between them, so
    that every token of the sentence is in all three when it reads them)."""
    _FORMS.clear()
    _ENDS.clear()
    CUE_TOKENS.clear()


def read_tokens(tokens: Sequence[str]) -> Tokens:
    """The forms and clause starts of a sentence's tokens (its words as written).

    Done with C-level maps over the tokens: a token's form is looked up
    among those of the tokens seen before (about 131,072 kept), and worked
    out in Python only the first time (:func:`forms_and_clauses`).
    """
    forms, clauses, _ = forms_and_clauses(tokens)
    if CUE_TOKENS.isdisjoint(tokens):  # no negation cue: the bags read the forms
        return Tokens(forms, clauses)
    return Tokens(forms, clauses, negated(tokens, forms, clauses))


def _cues() -> frozenset[str]:
    global _CUE_WORDS
    if _CUE_WORDS is None:
        from limner_sentiment.lexicon import load

        _CUE_WORDS = (load().negations | {"no"}) - {"despite"}
    return _CUE_WORDS


# the words that cue a negation in the bags, read from the lexicon on first use (_cues)
_CUE_WORDS: frozenset[str] | None = None
_NOT = ("n't", "n’t")


def is_cue(token: str) -> bool:
    """Whether a token is a negation cue: stripped of punctuation and lower-cased, one of
    VADER's negations or "no" (not "despite", a contrast), or a word ending in "n't"."""
    word = token.strip(_STRIP).lower()
    return word in _cues() or word.endswith(_NOT)


def negated(tokens: Sequence[str], forms: Sequence[str], clauses: Sequence[int]) -> list[str]:
    """The forms as the bags read them: inside each clause, every word after a negation cue
    (:func:`is_cue`) written ``"not_" + form``; the cues themselves, names and numbers, and
    the words before a clause's first cue, as they are."""
    out = list(forms)
    n = len(forms)
    bounds = [*clauses, n]
    for k in range(len(clauses)):
        on = False
        for i in range(bounds[k], bounds[k + 1]):
            if tokens[i] in CUE_TOKENS:
                on = True
            elif on:
                form = forms[i]
                if form and form != NAME:
                    out[i] = "not_" + form
    return out


def forms_and_clauses(
    tokens: Sequence[str], watch: frozenset[str] = OPENERS
) -> tuple[list[str], list[int], frozenset[str]]:
    """:func:`read_tokens` as ``(forms, clauses, found)``, without the :class:`Tokens`.

    ``found`` holds the forms of ``watch`` (a superset of :data:`OPENERS`)
    that the sentence has, found in the same C-level pass as its openers.
    """
    forms = list(map(_FORMS.get, tokens))
    if None in forms:  # tokens not seen yet
        learn_forms(tokens, forms)
        forms = list(map(_FORMS.__getitem__, tokens))
    n = len(tokens)
    ends = list(map(_ENDS.__getitem__, tokens))
    found = watch.intersection(forms)
    openers = OPENERS.intersection(found) if found else found
    if openers or True in ends:
        # the token after each clause end, a C-level pass
        starts = set(itertools.compress(range(1, n + 1), ends))
        for w in openers:  # each found by C-level scans, as many as it occurs
            i = -1
            for _ in range(forms.count(w)):
                i = forms.index(w, i + 1)
                starts.add(i)
        starts.discard(0)
        starts.discard(n)
        clauses = sorted(starts)
        clauses.insert(0, 0)
        # (no None is left in forms: the tokens not seen yet were learnt above)
        return cast("list[str]", forms), clauses, found
    return cast("list[str]", forms), [0], found


def learn_forms(tokens: Sequence[str], forms: Sequence[str | None] | None = None) -> None:
    """Put the forms and clause ends of the tokens not seen yet into the memos.

    ``forms``, when given, are the tokens' forms looked up in the memo
    (``None``: not seen); without them the tokens not in the memo are found
    by ``in``.  A memo that holds more than 131,072 tokens when a sentence
    brings new ones is emptied and learns that sentence's tokens (so it holds
    at most 131,072 and the tokens of one sentence); the run-time reading
    (:func:`limner_sentiment.mentions.read`) empties it past that bound before
    its look-ups, which learn the tokens missing (:class:`_Forms`).
    """
    if len(_FORMS) > _FORMS_LIMIT:
        forget_forms()
        new = set(tokens)  # every token is read again, for both memos
    elif forms is None:  # (by "in": a set difference would read the memo's every key)
        new = set(itertools.filterfalse(_FORMS.__contains__, tokens))
    else:
        new = set(itertools.compress(tokens, map(operator.is_, forms, _NONE)))
    for token in new:
        _learn(token)


def _learn(token: str) -> str:
    """Put ``token``'s form, clause end and cue into the memos; return its form."""
    if token.isalnum():  # most tokens: no mark to strip, and no "n't" (one C-level test)
        word = token
        low = word.lower()  # is_cue, inline
        if low in (_CUE_WORDS or _cues()):
            CUE_TOKENS.add(token)
    else:
        word = token.strip(_STRIP)
        low = word.lower()  # is_cue, inline
        if low in (_CUE_WORDS or _cues()) or low.endswith(_NOT):
            CUE_TOKENS.add(token)
    # (dict.__setitem__: the memos' own classes only add a reading of missing keys)
    form = _FORMS[token] = word if word.islower() else (
        NAME if word[:1].isalpha() else ""  # a capital somewhere, or no letter
    )
    last = token[-1]
    _ENDS[token] = last in _MARKS or (
        last in _CLOSERS and len(token) > 1 and token[-2] in _MARKS
    )
    return form


def _at(forms: Sequence[str], i: int) -> str:
    if i < 0:
        return "<s>"
    if i >= len(forms):
        return "</s>"
    return forms[i] or "."


def window_features(tokens: Tokens, first: int, last: int) -> list[str]:
    """The window and edge-pair features of a mention on tokens ``first``..``last`` (worth 1)."""
    forms = tokens.forms
    n = len(forms)
    p1 = (forms[first - 1] or ".") if first >= 1 else "<s>"
    p2 = (forms[first - 2] or ".") if first >= 2 else "<s>"
    n1 = (forms[last + 1] or ".") if last + 1 < n else "</s>"
    n2 = (forms[last + 2] or ".") if last + 2 < n else "</s>"
    f = [
        "P1:" + p1, "P2:" + p2, "N1:" + n1, "N2:" + n2,
        "PB:" + p2 + "_" + p1, "NB:" + n1 + "_" + n2,
    ]
    for i in (first - 3, first - 4):
        if i >= 0 and forms[i]:
            f.append("Pw:" + forms[i])
    for i in (last + 3, last + 4):
        if i < n and forms[i]:
            f.append("Nw:" + forms[i])
    return f


def clause_span(tokens: Tokens, first: int, last: int) -> tuple[int, int]:
    """The token range ``[c0, c1)`` of a mention's clause: that of its first token, to its last."""
    clauses = tokens.clauses
    k = bisect.bisect_right(clauses, first) - 1
    c0 = clauses[k] if k >= 0 else 0
    j = bisect.bisect_right(clauses, last)
    return c0, clauses[j] if j < len(clauses) else len(tokens.forms)


def _scale(size: int) -> float:
    return 1.0 / math.sqrt(size) if size > 0 else 0.0


def bag_features(tokens: Tokens, first: int, last: int) -> dict[str, float]:
    """The bag features of a mention, named (``"S:word"``, ``"C:word"``, ``"CL:word"``,
    ``"CR:word"``), as trained on.

    The same sums as :meth:`BagSums.logits` reads from the sentence's and
    clauses' sums; this form costs the sentence's length and serves training
    and checking.  A side of the clause without words (the mention at its
    start, or at its end) adds nothing.
    """
    forms = tokens.bag_forms
    c0, c1 = clause_span(tokens, first, last)
    out: dict[str, float] = {}
    for name, a, b in (("S", 0, len(forms)), ("C", c0, c1), ("CL", c0, first),
                       ("CR", last + 1, c1)):
        scale = _scale(b - a)
        for i in range(a, b):
            if forms[i]:
                key = name + ":" + forms[i]
                out[key] = out.get(key, 0.0) + scale
    return out


def bag_columns(weights: Mapping[str, Sequence[float]]) -> tuple[dict[str, float], ...]:
    """The bag weights by column: one dict word -> weight for each of the eight
    (negative, positive for each bag of :data:`BAGS`), zeros left out."""
    return tuple(
        {w: row[c] for w, row in weights.items() if row[c]} for c in range(2 * len(BAGS))
    )


class BagSums:
    """A sentence's bag weights, summed once for all the mentions in it.

    The sentence's bag is summed when the sentence is read, a clause's when
    a mention first needs it; each sum is a C-level
    ``sum(map(column.get, forms, zeros))``.  The sides of a clause come from
    running sums over its words (``itertools.accumulate`` over the same
    maps, made once per clause): a side is one running sum (the left, from
    the clause's start) or the difference of two (the right, to its end).

    Args:
        tokens: the sentence's tokens.
        columns: :func:`bag_columns` of the model's bag weights.
    """

    __slots__ = ("c_n", "c_p", "clauses", "cum", "forms", "l_n", "l_p", "r_n", "r_p",
                 "sentence", "sides", "spans")

    def __init__(self, tokens: Tokens, columns: Sequence[Mapping[str, float]]) -> None:
        forms = self.forms = tokens.bag_forms
        self.clauses = tokens.clauses
        n = len(forms)
        s_n, s_p, self.c_n, self.c_p, self.l_n, self.l_p, self.r_n, self.r_p = columns
        scale = _scale(n)
        self.sentence = (
            sum(map(s_n.get, forms, itertools.repeat(0.0, n))) * scale,
            sum(map(s_p.get, forms, itertools.repeat(0.0, n))) * scale,
        )
        #: clause index -> its bag's logits, once a mention in it asked
        self.spans: dict[int, tuple[float, float]] = {}
        self.cum: tuple[list[float], list[float]] | None = None
        #: clause index -> the running sums of its left and right sides' weights
        #: (negative, positive of each), ``size + 1`` each, once a mention in it asked
        self.sides: dict[int, tuple[list[float], list[float], list[float], list[float]]] = {}

    def logits(self, first: int, last: int) -> tuple[float, float]:
        """The bags' logits ``(negative, positive)`` for a mention on tokens ``first``..``last``:
        the sentence's bag plus the clause's, then its left side's, then its right side's."""
        clauses = self.clauses
        k0 = bisect.bisect_right(clauses, first) - 1
        k1 = bisect.bisect_right(clauses, last)
        zn, zp = self.sentence
        if k1 - k0 > 1:  # a mention across clauses: their sums, from running sums
            cum_n, cum_p = self._running()
            c1 = clauses[k1] if k1 < len(clauses) else len(self.forms)
            scale = _scale(c1 - clauses[k0])
            zn = zn + (cum_n[k1] - cum_n[k0]) * scale
            zp = zp + (cum_p[k1] - cum_p[k0]) * scale
        else:
            clause = self.spans.get(k0)
            if clause is None:
                cn, cp = self._clause(k0)
                scale = _scale(self._size(k0))
                clause = self.spans[k0] = (cn * scale, cp * scale)
            zn = zn + clause[0]
            zp = zp + clause[1]
        a = clauses[k0]
        if first > a:  # the clause's words left of the mention
            l_n, l_p, _, _ = self._sides(k0)
            scale = _scale(first - a)
            zn += l_n[first - a] * scale
            zp += l_p[first - a] * scale
        k = k1 - 1
        b = clauses[k]
        size = self._size(k)
        if last + 1 < b + size:  # the clause's words right of the mention
            _, _, r_n, r_p = self._sides(k)
            scale = _scale(b + size - last - 1)
            zn += (r_n[size] - r_n[last + 1 - b]) * scale
            zp += (r_p[size] - r_p[last + 1 - b]) * scale
        return zn, zp

    def _size(self, k: int) -> int:
        clauses = self.clauses
        return (clauses[k + 1] if k + 1 < len(clauses) else len(self.forms)) - clauses[k]

    def _clause(self, k: int) -> tuple[float, float]:
        """The unscaled sums of clause ``k``'s words."""
        a = self.clauses[k]
        size = self._size(k)
        part = self.forms[a : a + size]
        return (
            sum(map(self.c_n.get, part, itertools.repeat(0.0, size))),
            sum(map(self.c_p.get, part, itertools.repeat(0.0, size))),
        )

    def _sides(self, k: int) -> tuple[list[float], list[float], list[float], list[float]]:
        """The running sums (from 0.0) of clause ``k``'s left-side and right-side weights."""
        made = self.sides.get(k)
        if made is None:
            a = self.clauses[k]
            size = self._size(k)
            part = self.forms[a : a + size]
            l_n, l_p, r_n, r_p = (
                list(itertools.accumulate(
                    map(column.get, part, itertools.repeat(0.0, size)), initial=0.0
                ))
                for column in (self.l_n, self.l_p, self.r_n, self.r_p)
            )
            made = self.sides[k] = (l_n, l_p, r_n, r_p)
        return made

    def _running(self) -> tuple[list[float], list[float]]:
        """Running sums of the clauses' unscaled sums, made once (``len(clauses) + 1`` each)."""
        if self.cum is None:
            sums = [self._clause(k) for k in range(len(self.clauses))]
            self.cum = (
                list(itertools.accumulate((x for x, _ in sums), initial=0.0)),
                list(itertools.accumulate((y for _, y in sums), initial=0.0)),
            )
        return self.cum
