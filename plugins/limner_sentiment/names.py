"""Targets named by the user: every place the text writes them becomes a ``target`` mention.

``sentiment.target_names`` holds the names, separated by commas; one target's
other forms follow its name, separated by ``|`` (``"Sadiq Khan|Khan|the
mayor"``).  Each occurrence of any form becomes a :class:`~limner_sentiment.Target`
named by the first form, so the sentiment plugin pools them into one target,
with any ``target`` annotation of that name the caller added.

How a form is found:

- as whole words: not inside a longer word ("Khan" is not found in "Khanna"),
  with any run of white space where the form has one ("the  mayor", a line
  break between "Sadiq" and "Khan");
- a curly apostrophe is a straight one, and a hyphen of Unicode's a hyphen
  ("O'Neill" finds "O’Neill");
- a form written in lower case throughout is found in any case ("the mayor"
  finds "The Mayor"); a form with a capital letter only as written ("Bush"
  finds no "bush");
- the longest form that fits wins, and occurrences do not overlap ("Sadiq
  Khan" is one mention, not also "Khan"); a form listed under two names
  belongs to the first.

Work is linear in the text: its words are listed once, and from each word the
forms are walked word by word (a tree of their words, with the space before
each word and, for forms found only as written, the words as written), so that
forms opening with one word ("Mr Ahmed", "Mr Banda", "the mayor", "the
minister") are not each tried at every place the word stands, and a form whose
leading parts are forms too ("Bank", "Bank of", "Bank of England") is not read
again from its first word for each of them.  A walk from a word goes as deep as
the text follows a form, at most the longest form's words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import limner
from limner_sentiment.kinds import Target

__all__ = ["NameFinder", "parse_names"]

#: A word, or one mark that is neither a word character nor white space.
_TOKEN = re.compile(r"\w+|[^\w\s]")
#: Marks written in more than one way, read as one ("O’Neill" is "O'Neill").
_SAME_MARK = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2010": "-", "\u2011": "-"}


class _Form:
    """One written form of a named target: its tokens and whether case counts."""

    __slots__ = ("cased", "glued", "name", "tokens")

    def __init__(self, name: str, form: str) -> None:
        self.name = name
        found = list(_TOKEN.finditer(form))
        #: whether each token after the first follows the one before with no space
        self.glued = [found[i].start() == found[i - 1].end() for i in range(1, len(found))]
        self.cased = form != form.lower()
        words = [_SAME_MARK.get(m.group(), m.group()) for m in found]
        self.tokens = words if self.cased else [w.casefold() for w in words]


def parse_names(value: str) -> tuple[tuple[str, ...], ...]:
    """The targets of ``value`` (names separated by commas, forms by ``|``), each its forms.

    Entries with nothing in them (``"Khan,,Smith"``) are skipped.

    Raises:
        ValueError: an entry gives no form (``"|"``).
    """
    out: list[tuple[str, ...]] = []
    for entry in value.split(","):
        if not entry.strip():
            continue
        forms = tuple(dict.fromkeys(f.strip() for f in entry.split("|") if f.strip()))
        if not forms:
            raise ValueError(f"the entry {entry.strip()!r} names no target")
        out.append(forms)
    return tuple(out)


class NameFinder:
    """Finds the named targets of ``sentiment.target_names`` in a document.

    Args:
        names: each target's forms, its name first (see :func:`parse_names`).
    """

    def __init__(self, names: Sequence[Sequence[str]]) -> None:
        self.names = tuple(tuple(forms) for forms in names)
        #: the forms' trees by their tokens, one of the forms found in any case (tokens
        #: casefolded) and one of the forms found as written: a node is a dict of the next
        #: token's nodes, keyed by the first token itself and then by ``(glued, token)``
        #: (whether the token follows the one before with no space), and under ``None``
        #: the form that ends there, as ``(its rank among the forms, its name)``
        self._trees: tuple[dict[Any, Any], dict[Any, Any]] = ({}, {})
        rank = 0
        for forms in self.names:
            for written in forms:
                form = _Form(forms[0], written)
                node = self._trees[form.cased].setdefault(form.tokens[0], {})
                for glued, token in zip(form.glued, form.tokens[1:], strict=True):
                    node = node.setdefault((glued, token), {})
                if None not in node:  # else listed under an earlier name: it stays there
                    node[None] = (rank, form.name)
                    rank += 1

    def __call__(self, doc: limner.Document) -> list[limner.Annotation]:
        """One :class:`~limner_sentiment.Target` per occurrence of a form, in reading order."""
        text = doc.text
        same = _SAME_MARK
        tokens = [
            (m.start(), m.end(), same.get(w, w))
            for m in _TOKEN.finditer(text)
            for w in (m.group(),)
        ]
        written = [t[2] for t in tokens]
        folded = [w.casefold() for w in written]
        glued = [k > 0 and tokens[k][0] == tokens[k - 1][1] for k in range(len(tokens))]
        walks = (
            (self._trees[0], folded, list(zip(glued, folded, strict=True))),
            (self._trees[1], written, list(zip(glued, written, strict=True))),
        )
        out: list[limner.Annotation] = []
        i, n = 0, len(tokens)
        while i < n:
            end, found = 0, (0, "")
            for tree, words, keys in walks:  # the longest form that fits, the earlier on a tie
                node = tree.get(words[i])
                k = i + 1
                while node is not None:
                    here = node.get(None)
                    if here is not None and (k > end or (k == end and here[0] < found[0])):
                        end, found = k, here
                    node = node.get(keys[k]) if k < n else None
                    k += 1
            if end:
                out.append(Target(start=tokens[i][0], end=tokens[end - 1][1], name=found[1]))
            i = end or i + 1
        return out
