"""Who a speaker phrase stands for: names, roles and pronouns resolved in reading order.

A :class:`People` registry is fed the speaker phrases of a document in the
order they occur.  A name that repeats the surname (or first name) of a
person already named resolves to that person's full name; a definite role
("the ambassador", "Information Minister") resolves to the most recent named
person who carried that role; "he" and "she" to the most recent named person
whose gender is not known to differ.
"""

from __future__ import annotations

import attrs

from limner_quotes.lexicon import ROLE_WORDS
from limner_quotes.phrases import Mention

__all__ = ["People"]


@attrs.define
class _Known:
    name: str
    roles: set[str]
    gender: str | None
    words: list[str] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.words = self.name.split()  # split once: every later mention compares with them


#: Titles and their role words, and variants of one role, read as one head: "Sen. X"
#: is "the senator", "the spokeswoman" is "the spokesperson".
_SAME_ROLE = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
    "col": "colonel", "capt": "captain", "lt": "lieutenant", "sgt": "sergeant",
    "adm": "admiral", "maj": "major", "prof": "professor", "spokesman": "spokesperson",
    "spokeswoman": "spokesperson", "chairman": "chair", "chairwoman": "chair",
    "chairperson": "chair", "congressman": "representative",
    "congresswoman": "representative", "lawmaker": "legislator", "advisor": "adviser",
    "officials": "official",
}


def _role_heads(role: str | None) -> set[str]:
    if not role:
        return set()
    heads = set()
    for w in role.split():
        w = w.rstrip(".,")
        if w in ROLE_WORDS:
            heads.add(_SAME_ROLE.get(w, w))
    return heads


class People:
    """The named people of one document, in the order they were mentioned."""

    def __init__(self) -> None:
        self._recent: list[_Known] = []  # most recent last
        self._words: set[str] = set()  # the words of the names of more than one word

    def _touch(self, person: _Known) -> None:
        self._recent.remove(person)
        self._recent.append(person)

    def _find_name(self, name: str) -> _Known | None:
        words = name.split()
        for person in reversed(self._recent):
            if person.name == name:
                return person
        for person in reversed(self._recent):
            full = person.words
            if len(words) < len(full) and (
                full[-len(words) :] == words or full[: len(words)] == words
            ):
                return person
        return None

    def fits(self, gender: str | None) -> bool:
        """Whether a person named so far may be one of ``gender`` (not known to differ)."""
        return any(person.gender in (None, gender) for person in self._recent)

    def may_be(self, m: Mention, gender: str | None) -> bool:
        """Whether the name ``m`` may stand for someone of ``gender``: a person named so far
        under that name is not known to be of another."""
        person = self._find_name(m.name) if m.name else None
        return person is None or person.gender in (None, gender)

    def name_words(self) -> set[str]:
        """The words of the names of more than one word given so far."""
        return self._words

    def goes_by(self, gender: str | None, name: str) -> bool:
        """Whether a person named so far in full goes by ``name`` (a surname or a first
        name: "Lazar" for "Marcel Lehel Lazar") and may be of ``gender``."""
        if name not in self._words:
            return False  # (most capitalised words: no one goes by them)
        person = self._find_name(name)
        return (
            person is not None
            and len(person.words) > 1
            and person.name != name
            and person.gender in (None, gender)
        )

    def known(self) -> bool:
        """Whether anyone has been named so far."""
        return bool(self._recent)

    def last(self) -> str | None:
        """The full name of the person named last, if any."""
        return self._recent[-1].name if self._recent else None

    def resolve(self, m: Mention) -> str | None:
        """The full name that ``m`` stands for, remembering it for later mentions."""
        if m.mention == "name" and m.name:
            person = self._find_name(m.name)
            if person is None:
                size = len(m.name.split())
                for other in list(self._recent):
                    if len(other.words) < size and (m.name.endswith(" " + other.name)):
                        self._recent.remove(other)  # "Trump" named before "Donald Trump"
                person = _Known(m.name, _role_heads(m.role), m.gender)
                self._recent.append(person)
                if size > 1:
                    self._words.update(person.words)
            else:
                person.roles |= _role_heads(m.role)
                person.gender = person.gender or m.gender
                self._touch(person)
            return person.name
        if m.mention == "role" and m.definite:
            heads = _role_heads(m.role)
            for person in reversed(self._recent):
                if heads & person.roles:
                    self._touch(person)
                    return person.name
            return None
        if m.mention == "pronoun" and m.gender is not None:
            for person in reversed(self._recent):
                if person.gender in (None, m.gender):
                    if person.gender is None:
                        person.gender = m.gender
                    return person.name
        return None
