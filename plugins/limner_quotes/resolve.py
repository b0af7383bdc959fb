"""Who a speaker phrase stands for: names, roles and pronouns resolved in reading order.

A :class:`People` registry is fed the speaker phrases of a document in the
order they occur.  A name that repeats the surname (or first name) of a
person already named resolves to that person's full name; a definite role
("the ambassador", "Information Minister") resolves to the most recent named
person who carried that role; "he" and "she" to the most recent named person
whose gender is not known to differ.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from limner_quotes.lexicon import ROLE_WORDS
from limner_quotes.phrases import Mention
from limner_quotes.recent import Latest

__all__ = ["People"]


#: the first item of the keys a person is found under: words that open or end their
#: name, a role they carried, their gender
_PART, _ROLE, _GENDER = "part", "role", "gender"
_Key = tuple[str | None, ...]


@attrs.define(eq=False)  # (one person is one object: found by identity, never compared)
class _Known:
    name: str
    roles: set[str]
    gender: str | None
    words: list[str] = attrs.field(init=False)
    parts: frozenset[_Key] = attrs.field(init=False)
    seen: int = 0  # when last named
    gone: bool = False  # read since as part of a longer name ("Trump", then "Donald Trump")

    def __attrs_post_init__(self) -> None:
        self.words = self.name.split()  # split once: every later mention compares with them
        # the words a later mention may give of this name: its first or last words, any
        # number short of all (and no words at all, as a name of only spaces asks)
        words = self.words
        self.parts = frozenset(
            [(_PART, *words[:k]) for k in range(len(words))]
            + [(_PART, *words[len(words) - k :]) for k in range(1, len(words))]
        )


def _still_known(key: _Key, seen: int, person: _Known) -> bool:
    """Whether ``person``, entered under ``key`` when named at ``seen``, is still known
    under it: not named again since, not read as part of a longer name, and of the
    gender of a gender's key."""
    return person.seen == seen and not person.gone and (
        key[0] != _GENDER or person.gender == key[1]
    )


def _fitting(gender: str | None) -> tuple[_Key, ...]:
    """The keys of the people who may be of ``gender``: not known to be of another."""
    return ((_GENDER, None),) if gender is None else ((_GENDER, None), (_GENDER, gender))


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
    """The named people of one document, in the order they were mentioned.

    Every question is "the person named most recently who ...": who carries these
    words at the start or end of their name, a role, a gender that fits.  Each is
    answered from an index of that property (:class:`~limner_quotes.recent.Latest`,
    the people by when they were last named), never by a walk back over everyone
    named so far, which made a story of n speakers cost n² (n names then n surnames,
    roles or pronouns none of them carries).  A person named again is entered anew;
    the entries they leave behind, and those of people no longer named, are dropped
    when they come to the top.
    """

    def __init__(self) -> None:
        self._last: _Known | None = None  # the person named last
        self._by_name: dict[str, _Known] = {}  # each person by their full name
        self._latest: Latest[_Key, _Known] = Latest(_still_known)
        self._clock = 0  # when a person was last named (``_Known.seen``)
        self._words: set[str] = set()  # the words of the names of more than one word

    def _push(self, key: _Key, person: _Known) -> None:
        self._latest.add(key, person.seen, person)

    def _top(self, key: _Key) -> _Known | None:
        """The person named most recently who is still known under ``key``."""
        found = self._latest.top(key)
        return None if found is None else found[1]

    def _latest_of(self, keys: Iterable[_Key]) -> _Known | None:
        best = None
        for key in keys:
            person = self._top(key)
            if person is not None and (best is None or person.seen > best.seen):
                best = person
        return best

    def _touch(self, person: _Known) -> None:
        """``person`` named now: the most recent under each of their keys."""
        self._clock += 1
        person.seen = self._clock
        self._last = person
        for key in person.parts:
            self._push(key, person)
        for role in person.roles:
            self._push((_ROLE, role), person)
        self._push((_GENDER, person.gender), person)

    def _find_name(self, name: str) -> _Known | None:
        person = self._by_name.get(name)
        if person is not None:
            return person
        # the person named last whose name opens or ends with these words
        return self._top((_PART, *name.split()))

    def fits(self, gender: str | None) -> bool:
        """Whether a person named so far may be one of ``gender`` (not known to differ)."""
        return self._latest_of(_fitting(gender)) is not None

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

    def is_named(self, name: str) -> bool:
        """Whether someone named so far goes by ``name`` (their name, or its first or last
        words)."""
        return self._find_name(name) is not None

    def known(self) -> bool:
        """Whether anyone has been named so far."""
        return self._last is not None

    def last(self) -> str | None:
        """The full name of the person named last, if any."""
        return self._last.name if self._last is not None else None

    def resolve(self, m: Mention) -> str | None:
        """The full name that ``m`` stands for, remembering it for later mentions."""
        if m.mention == "name" and m.name:
            person = self._find_name(m.name)
            if person is None:
                name = m.name
                size = len(name.split())
                space = name.find(" ")
                while space >= 0:  # "Trump" named before "Donald Trump": the same person
                    other = self._by_name.get(name[space + 1 :])
                    if other is not None and len(other.words) < size:
                        other.gone = True
                        del self._by_name[other.name]
                    space = name.find(" ", space + 1)
                person = _Known(name, _role_heads(m.role), m.gender)
                self._by_name[name] = person
                if size > 1:
                    self._words.update(person.words)
            else:
                person.roles |= _role_heads(m.role)
                person.gender = person.gender or m.gender
            self._touch(person)
            return person.name
        if m.mention == "role" and m.definite:
            person = self._latest_of((_ROLE, head) for head in _role_heads(m.role))
            if person is None:
                return None
            self._touch(person)
            return person.name
        if m.mention == "pronoun" and m.gender is not None:
            person = self._latest_of(_fitting(m.gender))
            if person is None:
                return None
            if person.gender is None:
                person.gender = m.gender
                self._push((_GENDER, m.gender), person)  # (when named, not now)
            return person.name
        return None
