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

Work is linear in the text and the forms: the forms, read from their last word
back, make an Aho-Corasick automaton of their words (each word keyed with whether
a space comes before it, a form found in any case by its words casefolded, one
found only as written by its words as written), which reads the text's words
once, from the last back, and gives at each word the longest form that opens
there; the mentions are then taken from the first word on, the longest first.
No word is read again for a form that opens at another, so forms opening with
one word ("Mr Ahmed", "Mr Banda"), forms whose leading parts are forms ("Bank",
"Bank of", "Bank of England") and a text that repeats a form's opening ("ha ha
ha" before a form "ha ha ha ha ho") cost the text's words and the forms' words
once each.
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


class _Automaton:
    """An Aho-Corasick automaton over the keys of words, of the forms read backwards.

    A node is an index: ``goto[node]`` maps a key to the next node, ``fail[node]`` is
    the node of the longest proper suffix of its keys that is a node too, and
    ``best[node]`` the longest form among its keys' suffixes, as ``(its words, its
    rank among the forms, its name)``, or None.
    """

    __slots__ = ("best", "fail", "goto")

    def __init__(self) -> None:
        self.goto: list[dict[Any, int]] = [{}]
        self.fail: list[int] = [0]
        self.best: list[tuple[int, int, str] | None] = [None]

    def add(self, keys: Sequence[Any], found: tuple[int, int, str]) -> bool:
        """Put ``keys`` in with ``found`` at their end; False if another form ends there."""
        goto, node = self.goto, 0
        for key in keys:
            nxt = goto[node].get(key)
            if nxt is None:
                nxt = goto[node][key] = len(goto)
                goto.append({})
                self.fail.append(0)
                self.best.append(None)
            node = nxt
        if self.best[node] is not None:
            return False
        self.best[node] = found
        return True

    def link(self) -> None:
        """Set each node's failure link and longest form, breadth first from the root."""
        goto, fail, best = self.goto, self.fail, self.best
        queue = list(goto[0].values())
        for node in queue:  # the root's children fail to the root, their forms their own
            for key, child in goto[node].items():
                back = fail[node]
                while back and key not in goto[back]:
                    back = fail[back]
                fail[child] = goto[back].get(key, 0)
                if best[child] is None:
                    best[child] = best[fail[child]]
                queue.append(child)

    def longest(self, keys: Sequence[Any]) -> list[tuple[int, int, str] | None]:
        """At each of ``keys``' places, the longest form whose keys, backwards, open there."""
        goto, fail, best = self.goto, self.fail, self.best
        out: list[tuple[int, int, str] | None] = [None] * len(keys)
        if len(goto) == 1:
            return out
        node = 0
        for k in range(len(keys) - 1, -1, -1):
            key = keys[k]
            while node and key not in goto[node]:
                node = fail[node]
            node = goto[node].get(key, 0)
            out[k] = best[node]
        return out


class NameFinder:
    """Finds the named targets of ``sentiment.target_names`` in a document.

    Args:
        names: each target's forms, its name first (see :func:`parse_names`).
    """

    def __init__(self, names: Sequence[Sequence[str]]) -> None:
        self.names = tuple(tuple(forms) for forms in names)
        #: the forms' automata, one of the forms found in any case (words casefolded) and
        #: one of the forms found as written; a form's keys are its words from the last
        #: back, each ``(glued, word)`` (whether it follows the word before with no
        #: space), its first word under both keys, the space before it being no part of it
        self._automata = (_Automaton(), _Automaton())
        rank = 0
        for forms in self.names:
            for written in forms:
                form = _Form(forms[0], written)
                automaton = self._automata[form.cased]
                inner = list(zip(form.glued, form.tokens[1:], strict=True))[::-1]
                found = (len(form.tokens), rank, form.name)
                first = form.tokens[0]
                # either both keys of the first word end a form already, or neither does
                if automaton.add([*inner, (False, first)], found):  # else listed earlier
                    automaton.add([*inner, (True, first)], found)
                    rank += 1
        for automaton in self._automata:
            automaton.link()

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
        glued = [k > 0 and tokens[k][0] == tokens[k - 1][1] for k in range(len(tokens))]
        folded = self._automata[0].longest(
            list(zip(glued, [w.casefold() for w in written], strict=True))
        )
        cased = self._automata[1].longest(list(zip(glued, written, strict=True)))
        out: list[limner.Annotation] = []
        i, n = 0, len(tokens)
        while i < n:
            # the longest form that opens here, the one listed first on a tie
            best, other = folded[i], cased[i]
            if other is not None and (
                best is None or other[0] > best[0] or (other[0] == best[0] and other[1] < best[1])
            ):
                best = other
            if best is None:
                i += 1
                continue
            end = i + best[0]
            out.append(Target(start=tokens[i][0], end=tokens[end - 1][1], name=best[2]))
            i = end
        return out
