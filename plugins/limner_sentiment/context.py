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
- four bags (:func:`bag_ranges`): every word before it in the sentence
  (``BL:``), every word after it (``BR:``), the other words of its own
  clause (``C:``) and the words of the other clauses (``O:``).  Each bag's
  words count ``1 / sqrt(size)`` of the bag, so that long sentences do not
  weigh more.  A bag is a range of tokens, so that its weights are read
  from prefix sums over the sentence (:class:`BagSums`): a mention costs the
  same whatever the sentence's length and however many mentions share it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

__all__ = [
    "BAGS",
    "NAME",
    "OPENERS",
    "BagSums",
    "Tokens",
    "bag_features",
    "bag_ranges",
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
#: The bags, in the order of a bag word's weights.
BAGS = ("BL", "BR", "C", "O")
_STRIP = string.punctuation + "“”‘’«»—–…"
_CLAUSE_END = frozenset(",;:\"“”«»")


@dataclass(frozen=True)
class Tokens:
    """A sentence's token forms and clause starts (see the module).

    Attributes:
        forms: one form per token.
        clauses: the index of each clause's first token, in order (0 first).
    """

    forms: list[str]
    clauses: list[int]


@functools.lru_cache(maxsize=1 << 16)
def _token(token: str) -> tuple[str, bool, bool]:
    """``(form, opens a clause, ends a clause)`` of one token (see the module)."""
    word = token.strip(_STRIP)
    if not word or not word[0].isalpha():
        form = ""
    elif word[0].isupper():
        form = NAME
    elif word.islower():
        form = word.lower()
    else:
        form = NAME  # "iPhone", "eBay": capitals inside
    ends = token[-1] in _CLAUSE_END or (len(token) > 1 and token[-2] in _CLAUSE_END)
    return form, form in OPENERS, ends


def read_tokens(tokens: Sequence[str]) -> Tokens:
    """The forms and clause starts of a sentence's tokens (its words as written)."""
    info = list(map(_token, tokens))
    forms = [f for f, _, _ in info]
    clauses = [0]
    opens_next = False
    for i, (_, opens, ends) in enumerate(info):
        if i and (opens or opens_next) and clauses[-1] != i:
            clauses.append(i)
        opens_next = ends
    return Tokens(forms, clauses)


def _form(forms: Sequence[str], i: int, first: int, last: int) -> str:
    if i < 0:
        return "<s>"
    if i >= len(forms):
        return "</s>"
    return forms[i] or "."


def window_features(tokens: Tokens, first: int, last: int) -> list[tuple[str, float]]:
    """The window and edge-pair features of a mention covering tokens ``first``..``last``."""
    forms = tokens.forms
    p1 = _form(forms, first - 1, first, last)
    p2 = _form(forms, first - 2, first, last)
    n1 = _form(forms, last + 1, first, last)
    n2 = _form(forms, last + 2, first, last)
    f = [
        ("P1:" + p1, 1.0),
        ("P2:" + p2, 1.0),
        ("N1:" + n1, 1.0),
        ("N2:" + n2, 1.0),
        ("PB:" + p2 + "_" + p1, 1.0),
        ("NB:" + n1 + "_" + n2, 1.0),
    ]
    n = len(forms)
    for i in (first - 3, first - 4):
        if i >= 0 and forms[i]:
            f.append(("Pw:" + forms[i], 1.0))
    for i in (last + 3, last + 4):
        if i < n and forms[i]:
            f.append(("Nw:" + forms[i], 1.0))
    return f


def bag_ranges(tokens: Tokens, first: int, last: int) -> tuple[tuple[int, int], ...]:
    """The token ranges ``[a, b)`` of the four bags, in :data:`BAGS` order; ``C`` and ``O`` in two parts.

    Returns ``((0, first), (last + 1, n), (c0, first), (last + 1, c1), (0, c0), (c1, n))``:
    before, after, the clause's part before and after the mention, the other
    clauses before and after.  The clause is that of the mention's first
    token, stretched to its last.
    """
    n = len(tokens.forms)
    clauses = tokens.clauses
    k = bisect.bisect_right(clauses, first) - 1
    c0 = clauses[k] if k >= 0 else 0
    j = bisect.bisect_right(clauses, last)
    c1 = clauses[j] if j < len(clauses) else n
    return (0, first), (last + 1, n), (c0, first), (last + 1, c1), (0, c0), (c1, n)


def _scale(size: int) -> float:
    return 1.0 / math.sqrt(size) if size > 0 else 0.0


def bag_features(tokens: Tokens, first: int, last: int) -> dict[str, float]:
    """The bag features of a mention, named (``"BL:word"`` ...), as the model is trained on them.

    The same sums as :meth:`BagSums.logits` reads from prefix sums; this form
    costs the sentence's length and serves training and checking.
    """
    forms = tokens.forms
    bl, br, cl, cr, ol, orr = bag_ranges(tokens, first, last)
    out: dict[str, float] = {}
    for name, parts in (("BL", (bl,)), ("BR", (br,)), ("C", (cl, cr)), ("O", (ol, orr))):
        scale = _scale(sum(b - a for a, b in parts))
        for a, b in parts:
            for i in range(a, b):
                if forms[i]:
                    key = name + ":" + forms[i]
                    out[key] = out.get(key, 0.0) + scale
    return out


class BagSums:
    """A sentence's bag weights as prefix sums, for the mentions in it.

    Args:
        tokens: the sentence's tokens.
        weights: form -> eight weights, ``(negative, positive)`` for each bag
            of :data:`BAGS` in turn.
    """

    __slots__ = ("cum", "tokens")

    def __init__(self, tokens: Tokens, weights: Mapping[str, Sequence[float]]) -> None:
        self.tokens = tokens
        zero = (0.0,) * 8
        rows = [weights.get(f, zero) if f else zero for f in tokens.forms]
        # one running sum per weight, each of len(forms) + 1
        self.cum = [list(itertools.accumulate(col, initial=0.0)) for col in zip(*rows, strict=True)] if rows else [[0.0]] * 8

    def logits(self, first: int, last: int) -> tuple[float, float]:
        """The bags' logits ``(negative, positive)`` for a mention on tokens ``first``..``last``."""
        bl, br, cl, cr, ol, orr = bag_ranges(self.tokens, first, last)
        cum = self.cum
        zn = zp = 0.0
        for bag, parts in enumerate(((bl,), (br,), (cl, cr), (ol, orr))):
            size = 0
            sn = sp = 0.0
            cn, cp = cum[2 * bag], cum[2 * bag + 1]
            for a, b in parts:
                if b > a:
                    size += b - a
                    sn += cn[b] - cn[a]
                    sp += cp[b] - cp[a]
            if size:
                scale = 1.0 / math.sqrt(size)
                zn += sn * scale
                zp += sp * scale
        return zn, zp
