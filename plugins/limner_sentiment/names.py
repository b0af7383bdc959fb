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
forms are walked word by word (a tree of their words), so that forms opening
with one word ("Mr Ahmed", "Mr Banda", "the mayor", "the minister") are not
each tried at every place the word stands.
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
        seen: set[tuple[bool, tuple[str, ...], tuple[bool, ...]]] = set()
        #: the forms' tree by their tokens, casefolded: each node a dict of the next
        #: token's nodes, and under ``None`` the forms that end there, in their names' order
        self._tree: dict[str | None, Any] = {}
        for forms in self.names:
            for written in forms:
                form = _Form(forms[0], written)
                key = (form.cased, tuple(form.tokens), tuple(form.glued))
                if key in seen:  # listed under an earlier name: it stays there
                    continue
                seen.add(key)
                node = self._tree
                for token in form.tokens:
                    node = node.setdefault(token.casefold(), {})
                node.setdefault(None, []).append(form)

    def __call__(self, doc: limner.Document) -> list[limner.Annotation]:
        """One :class:`~limner_sentiment.Target` per occurrence of a form, in reading order."""
        text = doc.text
        tree = self._tree
        same = _SAME_MARK
        tokens = [(m.start(), m.end(), same.get(w, w))
                  for m in _TOKEN.finditer(text) for w in (m.group(),)]
        folded = [t[2].casefold() for t in tokens]
        out: list[limner.Annotation] = []
        i, n = 0, len(tokens)
        while i < n:
            end, name = 0, ""
            node = tree.get(folded[i])
            k = i + 1
            while node is not None:  # the longest form that fits, the earlier name on a tie
                for form in node.get(None, ()):
                    if _match(form, tokens, folded, i, n):
                        end, name = k, form.name
                        break
                node = node.get(folded[k]) if k < n else None
                k += 1
            if end:
                out.append(Target(start=tokens[i][0], end=tokens[end - 1][1], name=name))
            i = end or i + 1
        return out


def _match(
    form: _Form, tokens: list[tuple[int, int, str]], folded: list[str], i: int, n: int
) -> int:
    """The index after the tokens of ``form`` when they start at ``i``, else 0.

    Tokens are whole words (or single marks), so a form's words never match
    part of a longer word; the spaces between them must be where the form
    has them.
    """
    count = len(form.tokens)
    if i + count > n:
        return 0
    words = [t[2] for t in tokens[i : i + count]] if form.cased else folded[i : i + count]
    if words != form.tokens:
        return 0
    for k, glued in enumerate(form.glued, start=i + 1):
        if (tokens[k][0] == tokens[k - 1][1]) != glued:
            return 0
    return i + count
