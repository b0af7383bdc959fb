"""Speaker phrases: the words before or after a speech verb that name who spoke.

:func:`phrase_before` walks back from a verb ("Information Minister Murtaza
Solangi said", "a spokesman for the campaign said", "he also said") and
:func:`phrase_after` reads forward from one ("said Khazar Farhadov, Ambassador
of Azerbaijan to Pakistan", "stated the ambassador").  Both look at a bounded
window of tokens, so their cost does not grow with the text.
"""

from __future__ import annotations

import bisect
import itertools
import re
import threading
import unicodedata
from typing import NamedTuple

import regex

from limner import lazy_regex
from limner_quotes.cues import VERB_FORMS
from limner_quotes.lexicon import (
    BOUNDARY_WORDS,
    BUSINESS_NOUNS,
    COURT_HEADS,
    DETERMINERS,
    DOCUMENT_HEADS,
    FEMALE_WORDS,
    GROUP_NOUNS,
    MALE_WORDS,
    NATIONALITIES,
    NP_SKIP_WORDS,
    OCCUPATIONS,
    OPENING_PRONOUNS,
    ORGANIZATION_HEADS,
    PARTICLES,
    PERSON_NOUNS,
    PERSON_PLURALS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_WORDS,
    SPEECH_VERBS,
    WEEKDAYS,
    word_set,
    word_start_pattern,
)

__all__ = [
    "FINITE_VERBS",
    "HEARER_BEFORE",
    "NOT_PAST",
    "QUOTED_AS",
    "Mention",
    "by_means",
    "clause_subject",
    "inverted_speaker",
    "participle_source",
    "passive_agent",
    "phrase_after",
    "phrase_before",
    "pronoun_mention",
    "read_afresh",
    "regular_past",
    "subject_but",
    "subject_start",
    "tokenize",
]

#: A token: a run of word characters (letters, digits, ``_``, apostrophes, hyphens and
#: combining marks, Unicode category M, which belong to the letter they follow:
#: ``Ame\u0301lie`` is one word), or one other character that is not white space.
#: ``regex``'s ``\w`` holds the marks; ``\p{N}`` adds the numerals ``re``'s ``\w``
#: holds (``½``), and the white space is ``str.isspace``'s (``\x1c``-``\x1f`` too).  A
#: figure whose commas part its thousands (``2,000``) is one token: its commas set off
#: nothing (``A survey of 2,000 adults found …``).
_TOKEN = r"[0-9]{1,3}(?:,[0-9]{3})+(?![\w\p{N}’'\-])|[\w\p{N}’'\-]+|[^\w\p{N}\s\x1c-\x1f]"
#: A token with the white space before it: every other character is a token, so
#: the lengths of the pieces give each token's offsets.
_SPACED_TOKEN = lazy_regex(r"([\s\x1c-\x1f]*+)(" + _TOKEN + ")")
_ABBREV = word_set(
    """
    mr mrs ms dr prof sen rep gov gen col lt maj capt sgt adm rev st jr sr sir amb pres
    """
)
#: Capitalised words that open a sentence and are no part of a name ("And Ginepri said").
_OPENING_WORDS = word_set(
    """
    And But If So Or When While As Then Yet Also However Meanwhile Now Still In On At For With
    From By After Before Since Although Though Because Asked Speaking Earlier Later Instead
    Indeed
    """
)
#: Capitalised pronouns run together with a verb, and "You": a pronoun, never a name
#: (the opening pronouns of the lexicon that are not the speaker pronouns, capitalised).
_PRONOUN_OPENERS = frozenset(w.capitalize() for w in OPENING_PRONOUNS - PRONOUNS)
#: Capitalised words of closed classes that open a sentence and name no one: adverbs,
#: prepositions, demonstratives, "Having" ("Having said that"), the pronouns above and
#: the indefinite ones ("Everyone agreed", "Nobody expected").
#: Alone before the verb, they are no speaker's name ("This confirms", "That suggests").
_NO_NAMES = _PRONOUN_OPENERS | word_set(
    """
    Whilst Whether Why How What Where Not Ultimately Currently Elsewhere Locally Originally
    Technically Furthermore Of To During Despite Without Towards Between Following Having
    This These Those Here There It Let's Everyone Everybody Someone Somebody Anyone Anybody
    Nobody
    """
)
_OPENING_WORDS = _OPENING_WORDS | _NO_NAMES
_PREPOSITIONS = word_set(
    """
    of for at in with from on to outside inside near
    """
)
#: Words that do not end a descriptive phrase read forward ("a spokesman for").
_TRAILING = _PREPOSITIONS | DETERMINERS
#: Determiners that stand alone for one of a group as a speaker: "said one", "another said".
_ONE_OF_THEM = frozenset({"one", "another"})
_WINDOW = 75
_NEAR = 36
#: A phrase read in the near window that starts within this many characters of its start
#: may go on before it: the wide window is read instead.
_NEAR_MARGIN = 16


class Mention(NamedTuple):
    """Words that name a speaker.

    Attributes:
        start, end: the span of the words.
        mention: ``"name"``, ``"role"``, ``"pronoun"`` or ``"description"``.
        name: the name without titles or roles ("Murtaza Solangi"), if any.
        role: the role or title, lower-cased, if any.
        gender: ``"m"``, ``"f"`` or ``None`` when the words do not tell.
        definite: a role phrase that refers back ("the ambassador"), not "a spokesman".
    """

    start: int
    end: int
    mention: str
    name: str | None = None
    role: str | None = None
    gender: str | None = None
    definite: bool = False


Token = tuple[int, int, str]
#: ``_made(Mention, fields)`` is ``Mention(*fields)`` with every field given, made
#: without the named tuple's ``__new__`` (a Python function, several times slower):
#: tens of thousands of speaker phrases are read over a corpus.
_made = tuple.__new__


def _glued(text: str, after: int, word: str) -> bool:
    """Whether a period right after ``word``, ending at ``after`` in ``text``, belongs to it.

    ``Mr.``, ``U.``, ``etc.,``: an abbreviation, a lone capital, or a period
    followed by a comma or a closing parenthesis.
    """
    return (
        (after < len(text) and text[after] in ",)")
        or word.lower() in _ABBREV
        or (len(word) == 1 and word.isupper())
    )


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]`` as ``(start, end, surface)``; abbreviations keep a period.

    The same as :func:`tokenize_plain`, read from the window's pieces between
    white space (``str.split``, the white space of ``\\s``): a piece of letters
    and digits alone (``str.isalnum``, which is ``\\w`` less the underscore) is
    one token, and the others are read by :func:`_piece`.
    A regular expression match per token costs far more than these tests.  A
    window whose only white space is the space (``str.isprintable``) is split
    on single spaces, each piece's place the sum of the lengths before it (an
    empty piece, between two spaces, is no token).
    """
    toks: list[Token] = []
    append = toks.append
    window = text[start:end]
    if window.isprintable():  # then its only white space is " ": no search
        s = start
        for piece in window.split(" "):
            e = s + len(piece)
            if piece.isalnum():
                append((s, e, piece))
            elif piece:
                _piece(text, toks, piece, s, e)
            s = e + 1
        return toks
    find = text.find
    e = start
    for piece in window.split():
        s = find(piece, e)
        e = s + len(piece)
        if piece.isalnum():
            append((s, e, piece))
        else:
            _piece(text, toks, piece, s, e)
    return toks


def _piece(text: str, toks: list[Token], piece: str, s: int, e: int) -> None:
    """Append the tokens of ``piece``, at ``[s, e)``, which is not letters and digits alone:
    each half of a piece of those and one final punctuation mark (``said,``), else those
    of the tokens' pattern (``O’Brien``, ``Jose\u0301``)."""
    head = piece[:-1]
    last = piece[-1]
    if last in _PLAIN_ENDS and head.isalnum():
        if last == "." and _glued(text, e, head):
            toks.append((s, e, piece))  # "Mr." "U." "etc.,": the period glued to its word
        else:
            toks.append((s, e - 1, head))
            toks.append((e - 1, e, last))
        return
    if piece.replace("-", "a").replace("’", "a").replace("'", "a").isalnum():
        # "so-called", "O’Brien", "-": letters, digits, hyphens and apostrophes are one word
        toks.append((s, e, piece))
        return
    _pieces(text, toks, piece, s)


def _widened(text: str, start: int, near: int, end: int, toks: list[Token]) -> list[Token]:
    """The tokens of ``text[start:end]`` from ``toks``, those of ``text[near:end]`` (``start
    <= near``): the tokens after the first white space from ``near`` on are the same (the
    pieces between white space are tokenized one by one), and only the words before it
    are tokenized."""
    cut = near
    if cut > start and not text[cut - 1].isspace():  # near cuts a word: from its end on
        while cut < end and not text[cut].isspace():
            cut += 1
    return tokenize(text, start, cut) + toks[bisect.bisect_left(toks, (cut,)) :]


#: Punctuation that ends a word's piece (``said,``) and is a token of its own: other
#: last characters (a combining mark, an apostrophe) are read by the tokens' pattern.
_PLAIN_ENDS = frozenset(".,;:!?)]}\"”“‘(…%")
_TOKEN_ONLY = regex.compile(_TOKEN)


def _pieces(text: str, toks: list[Token], piece: str, at: int) -> None:
    """Append the tokens of ``piece`` (no white space), which starts at ``at``."""
    first = True
    pos = at
    for word in _TOKEN_ONLY.findall(piece):
        s = pos
        pos = s + len(word)
        if word == "." and not first:  # a period right after a token: glued to it?
            ps, _, pw = toks[-1]
            if _glued(text, pos, pw):
                toks[-1] = (ps, pos, pw + ".")
                continue
        first = False
        toks.append((s, pos, word))


def tokenize_plain(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]`` as ``(start, end, surface)``; abbreviations keep a period."""
    toks: list[Token] = []
    append = toks.append
    pos = start
    for space, word in _SPACED_TOKEN.findall(text, start, end):  # faster than match objects
        s = pos + len(space)
        pos = s + len(word)
        if word == "." and not space and toks:  # a period right after a token: glued to it?
            ps, _, pw = toks[-1]
            if _glued(text, pos, pw):
                toks[-1] = (ps, pos, pw + ".")
                continue
        append((s, pos, word))
    return toks


def _key(word: str) -> str:
    return word.lower().rstrip(".")


def _gender_of(keys: list[str]) -> str | None:
    """``"f"`` or ``"m"`` when a key (a word as :func:`_key` gives it) tells, else ``None``.
    (``isdisjoint`` answers without building the set of the words in common.)"""
    if not FEMALE_WORDS.isdisjoint(keys):
        return "f"
    if not MALE_WORDS.isdisjoint(keys):
        return "m"
    return None


def _gender(words: list[str]) -> str | None:
    return _gender_of([w.lower().rstrip(".") for w in words])


def pronoun_mention(s: int, e: int, w: str) -> Mention:
    """The mention of a personal pronoun at ``[s, e)``, with the gender it tells."""
    low = w.lower()
    gender = "m" if low == "he" else "f" if low == "she" else None
    return _made(Mention, (s, e, "pronoun", None, low, gender, False))


#: Last words of a name that is no person's: a body's, a document's or an undertaking's.
_NOT_SURNAMES = ORGANIZATION_HEADS | DOCUMENT_HEADS | word_set(
    "project projects industry industries consortium programme program initiative"
)


#: Nouns that describe a person before a name in news ("Love Island star Molly", "rugby
#: legend Jonny Wilkinson", "mum Kerry") though their commonest sense is none (no
#: ``PERSON_NOUNS``): read as a role in lower case, as a person noun is.
_EPITHETS = frozenset(("star", "superstar", "legend", "icon", "idol", "mum"))
#: The person nouns and the epithets: one set lookup a word.
#: (the nouns of trades are person nouns: "builder", "vlogger" and a few more, which the
#: person nouns lacked, were read before one name word only where both tables held them)
_PERSON_KEYS = PERSON_NOUNS | _EPITHETS | OCCUPATIONS


def _person_key(key: str) -> bool:
    """Whether the lower-cased ``key`` names a person before a name: a person noun, an
    epithet (``_EPITHETS``), or a family noun's compound with its count ("dad-of-two",
    "mum-of-three", "father-of-four"), never a given name.  (Callers test
    ``_PERSON_KEYS`` first, as most words are no compound.)"""
    if key in _PERSON_KEYS:
        return True
    at = key.find("-of-")
    return at > 0 and key[:at] in _PERSON_KEYS


def _from_run(run: list[Token], appositive: str | None = None) -> Mention | None:
    """A mention from a run of name, title and role tokens (in text order)."""
    definite: Token | None = None
    articled = False
    opening: Token | None = None
    while run and (run[0][2].lower() in {"the", "a", "an"} or run[0][2] in _OPENING_WORDS):
        definite = run[0] if run[0][2].lower() == "the" else None
        articled = articled or run[0][2].lower() in {"the", "a", "an"}
        opening = run[0]
        run = run[1:]
    if not run and opening is not None and opening[2] in _NO_NAMES:
        if opening[2] in _PRONOUN_OPENERS:
            pronoun = opening[2].split("'", 1)[0]  # "I'd say", "You will understand"
            return pronoun_mention(opening[0], opening[0] + len(pronoun), pronoun)
        return Mention(opening[0], opening[1], "description")  # "That suggests": no name
    while run and not (
        run[-1][2][:1].isupper()
        or run[-1][2].lower().rstrip(".") in ROLE_WORDS
        or _joined_particle(run[-1][2])
    ):
        run = run[:-1]
    if not run:
        return None
    words = [w for _, _, w in run]
    keys = [w.lower().rstrip(".") for w in words]
    if (  # not "a UK Independence Party MEP", "the East Midlands MEP": roles
        keys[-1] in _POSTFIX_TITLES
        and len(words) >= 3
        and not articled
        and keys[-2] not in ORGANIZATION_HEADS
        and words[-2][:1].isupper()
        and words[-3][:1].isupper()
        and keys[-2] not in ROLE_WORDS
        and keys[-3] not in ROLE_WORDS
    ):  # "Paul Boateng MP": the title after the name is its role
        named = _from_run(run[:-1], appositive)
        if named is not None and named.mention == "name":
            titled = keys[-1] if named.role is None else f"{named.role}, {keys[-1]}"
            return _made(Mention, (named.start, run[-1][1], "name", named.name, titled,
                                   named.gender, False))
    last_role = -1
    for i, key in enumerate(keys):
        if key in ROLE_WORDS or ((key in _PERSON_KEYS or ("-of-" in key and _person_key(key)) or (
                # "Spaniard Rafael Nadal", "said American Coco Gauff"; not a body's name
                # ("the British Retail Consortium", "American Life Project")
                key in NATIONALITIES and not articled and keys[-1] not in _NOT_SURNAMES))
                                 and (key == words[i] or (
                i == 0 and len(words) > 2 and words[1][:1].isupper() and words[2][:1].isupper()
                and key not in BUSINESS_NOUNS
        ) or (  # "Dad-of-two Steve said": a count's compound is never a given name,
                # nor is a noun of a trade ("Singer Adele said", "Rapper Stormzy said")
                i == 0 and len(words) == 2 and ("-of-" in key or key in OCCUPATIONS)
                and words[1][:1].isupper()
        ))):
            # a title, or a person noun inside the run ("Acme worker Tom Reyes") or
            # capitalised before a full name ("Singer Courtney Love", "Actor Tom Hanks";
            # not a firm's noun: "Miner Highland Gold"), or a trade's noun before one
            # name word
            last_role = i
    if (
        last_role == len(keys) - 1
        and not articled
        and keys[-1] in _SURNAME_ROLES
        and len(words) > 1
        and words[-2][:1].isupper()
        and words[-2].isalpha()
        and keys[-2] not in ROLE_WORDS
        and keys[-2] not in ORGANIZATION_HEADS
        and keys[-2] not in _TITLE_FIRSTS
    ):  # "Mervyn King", "John Major", "Sue Bishop": a surname, no title
        last_role = max((i for i, key in enumerate(keys[:-2]) if key in ROLE_WORDS), default=-1)
    if 0 <= last_role < len(keys) - 1 and (
        all(key in ORGANIZATION_HEADS for key in keys[last_role + 1 :])
        or (
            words[last_role][:1].isupper()
            and any(
                key in ORGANIZATION_HEADS
                for key in itertools.takewhile(_not_of, keys[last_role + 1 :])
            )
        )
    ):
        # "Justice Department", "General Assembly", "Major League Baseball": a role word
        # before a body's head noun is part of the body's name, not a title before a
        # person's name (whose words are no body's head nouns); a role in lower case
        # stays one ("official Xinhua News Agency", "Yukos' owner Menatep Group")
        last_role = -1
    if (
        last_role == len(keys) - 1 > 1
        and keys[0] in ORGANIZATION_HEADS
        and keys[1] in ("of", "for")
        and not any(key in ROLE_WORDS for key in keys[2:-1])
    ):
        last_role = -1  # "Department of Justice", "Ministry for Finance": a body's name
    if 0 <= last_role < len(keys) - 1 and keys[last_role + 1] in ("of", "for"):
        # "Secretary of State John Kerry", "Minister for Home Affairs K Shanmugam"
        last_role = _office_end(keys, words, last_role + 1, definite is not None)
    if len(words) - 3 > last_role:
        for p in range(len(words) - 3, last_role, -1):
            if words[p][-2:] in _POSSESSIVE_ENDS:
                if keys[-1] not in ORGANIZATION_HEADS:  # not "Sainsbury's Bank", a body
                    last_role = p  # "Ryanair's Michael O'Leary": the possessor is no name
                break
    name_words = words[last_role + 1 :]
    role_words = words[: last_role + 1]
    start, end = run[0][0], run[-1][1]
    gender = _gender_of(
        keys + [w.lower().rstrip(".") for w in appositive.split()] if appositive else keys
    )
    role = " ".join(role_words).lower() if role_words else None
    if appositive:
        role = appositive.lower() if role is None else f"{role}, {appositive.lower()}"
    if name_words:
        # (every match of _FIGURE_WORD holds a digit: a word of letters alone is none)
        if not name_words[-1].isalpha() and _FIGURE_WORD.match(name_words[-1]) is not None:
            return None  # "promised Rs5 billion", "the M25": a figure or a code, no name
        name = " ".join(name_words).replace(" ,", ",")
        if name.endswith(("’s", "'s")):
            name = name[:-2]
        if not name.isascii():  # "Ame\u0301lie" is named "Amélie", as in composed text
            name = unicodedata.normalize("NFC", name)
        return _made(Mention, (start, end, "name", name, role, gender, False))
    if definite is not None:  # "the minister, speaking …, said": the role with its article
        start = definite[0]
    return _made(Mention, (start, end, "role", None, role, gender, True))


#: Role words that are also common surnames: after a capitalised name word they end the
#: name ("Mervyn King", "John Major"), where a title would stand before it.
_SURNAME_ROLES = word_set("king major bishop judge dean marshal marshall prince knight pope")
#: Words that open a title ending so ("Crown Prince", "District Judge"), no given names.
_TITLE_FIRSTS = word_set(
    "crown grand high district circuit county supreme federal chief presiding deputy vice "
    "trial appeals sergeant drum field"
)

#: An amount written with a currency's letters or sign: "Rs5", "KSh2,800", "A$3", "R20bn"
#: (not a code such as "G7" or "M25", which may name a speaker).
_FIGURE_WORD = re.compile(
    r"(?:[A-Z][A-Za-z]?[a-z]|[A-Z]{1,3}[$¢£€])[0-9]|[A-Z]{1,3}[0-9][0-9,.]*(?:bn|tn|m|k)\Z"
)


def _not_of(key: str) -> bool:
    return key != "of"  # "President of the European Commission": an office, then a name


#: Titles written after a name: "Paul Boateng MP", "Jane Roe QC".
_POSTFIX_TITLES = word_set("mp mep msp mla mpp qc kc")


_POSSESSIVE_ENDS = frozenset({"’s", "'s"})


def _title(word: str) -> bool:
    """Whether ``word`` is a capitalised role word, a title: "Chancellor", "Secretary"."""
    return word[:1].isupper() and _key(word) in ROLE_WORDS


def _office_end(keys: list[str], words: list[str], of: int, definite: bool) -> int:
    """The index of the last word of a title with "of" or "for" ("Secretary of State",
    "Chancellor of the Exchequer", "Minister for Finance"), whose "of" or "for" is
    ``words[of]``: the name after it is its last two capitalised words, or its last one
    after a one-word office ("Secretary of State Kerry"); none after a body's head noun
    ("President of the European Commission") nor where those words name a place or a body
    ("Governor of New South Wales").  After "the" the office is written alone as often as
    with its holder ("the Minister of Foreign Affairs"), so there a name is read only when
    two capitalised words follow the office's own after its last small word ("the
    Secretary of State Antony Blinken", "the Chancellor of the Exchequer Rachel Reeves").
    """
    caps = [i for i in range(of + 1, len(words)) if words[i][:1].isupper()]
    whole = len(words) - 1
    if len(caps) < 2 or keys[-1] in ORGANIZATION_HEADS:
        return whole
    if definite:
        small = max(i for i in range(of, len(words))
                    if not words[i][:1].isupper() and keys[i] not in PARTICLES)
        tail = [i for i in caps if i > small]
        if len(tail) < 3:
            return whole
        caps = tail
    name = caps[-2:] if len(caps) > 2 else caps[-1:]
    if any(keys[i] in _NO_NAME_WORDS or keys[i] in ORGANIZATION_HEADS for i in name):
        return whole
    return name[0] - 1


#: Words of the names of places and bodies that no person's name is made of: after an
#: office's "of" they are its own ("the Governor of New South Wales", "the Mayor of Salt
#: Lake City"), not a holder's name.
_NO_NAME_WORDS = word_set(
    "north south east west northern southern eastern western central new united national "
    "federal great greater upper lower city county state states island islands kingdom "
    "province territory coast affairs"
)


def _joined_particle(word: str) -> bool:
    """Whether ``word`` is a lower-case particle joined by a hyphen to a capitalised name:
    "al-Hassan", "el-Sisi", "bin-Laden"."""
    cut = word.find("-")
    return 0 < cut < len(word) - 1 and word[cut + 1].isupper() and word[:cut] in PARTICLES


def _particles_then_name(toks: list[Token], j: int, end: int) -> bool:
    """Whether ``toks[j]`` opens a run of one to three lower-case name particles followed by a
    capitalised word before ``toks[end]`` ("van Beethoven", "von der Leyen", "de la Torre",
    "ten Hag"), or is a particle joined to its name ("al-Hassan"); not after an article or
    a number word ("the ten Democrats": a count)."""
    if j < end and "-" in toks[j][2] and toks[j][2][:1].islower() and _joined_particle(toks[j][2]):
        return j == 0 or toks[j - 1][2].lower() not in DETERMINERS
    k = j
    while k < end and k - j < 3 and toks[k][2].lower() in PARTICLES and toks[k][2].islower():
        k += 1
    return (
        j < k < end
        and (toks[k][2][:1].isupper() or _joined_particle(toks[k][2]))
        and (j == 0 or toks[j - 1][2].lower() not in DETERMINERS)
    )


def _capitals_back(toks: list[Token], i: int, floor: int) -> int:
    """The index of the token before the run of capitalised words that ends at ``toks[i]``
    (``i`` itself when that token is no such word), or ``floor`` when the run reaches it."""
    while i > floor and toks[i][2][:1].isupper() and toks[i][2][:1].isalpha():
        i -= 1
    return i


def _and_in_body(toks: list[Token], k: int) -> bool:
    """Whether the "and" at ``toks[k]`` joins two capitalised words of a body's name.

    Either the capitalised words after it hold the body's head noun and one
    capitalised word after "the" stands before it ("the Food and Drug
    Administration", "the Trinidad and Tobago Police Service"), or the words
    before it go back to a body's head noun and its "of" or "for" ("Department of
    Health and Human Services", "Ministry of Fisheries and Oceans", "Office for
    Science and Technology"), over capitalised words alone, and the words after it
    hold no head noun of their own ("United Bank of Africa and Standard Trust Bank"
    are two banks)."""
    if k + 1 >= len(toks):
        return False
    if not toks[k + 1][2][:1].isupper():
        # "Department of Agriculture, Food and the Marine": "the" before the last of a
        # body's list
        return (  # (a list with a comma: "X of A and the B" may be two bodies)
            toks[k + 1][2] == "the"
            and k + 2 < len(toks)
            and toks[k + 2][2][:1].isupper()
            and toks[_capitals_back(toks, k - 1, 0)][2] == ","
            and _body_list_back(toks, k - 1)
        )
    n = k + 1
    while n < len(toks) and toks[n][2][:1].isupper():
        if n > k + 1 and _title(toks[n][2]) and toks[k - 1][2][:1].isupper() and (
                k < 2 or not toks[k - 2][2][:1].isupper()):
            # a title after a remit of two words joined by "and", the first after no
            # capitalised word: "Business and Trade Secretary Jonathan Reynolds" (not "Tom
            # Smith and Prime Minister Jane Roe", two people)
            return True
        if _key(toks[n][2]) in ORGANIZATION_HEADS:
            before = toks[k - 1][2]
            return (  # not "the IMF and World Bank", "the Independent and The Times"
                k >= 2
                and toks[k - 2][2].lower() == "the"
                and before.isalpha()
                and before[:1].isupper()
                and not before.isupper()
                and _key(before) not in ORGANIZATION_HEADS
                and toks[k + 1][2].lower() not in DETERMINERS
            )
        n += 1
    return _body_list_back(toks, k - 1)


def _body_list_back(toks: list[Token], i: int) -> bool:
    """Whether the capitalised words ending at ``toks[i]``, and groups of them before it
    set off by commas, go back to a body's head noun and its "of" or "for" ("Department
    of Health", "Department for Environment, Food", "Department for Digital, Culture,
    Media")."""
    j = _capitals_back(toks, i, 0)
    while j < i and toks[j][2] == "," and j > 0 and toks[j - 1][2][:1].isupper():
        i = j - 1
        j = _capitals_back(toks, i, 0)
    return (
        j < i
        and toks[j][2] in ("of", "for")
        and j > 0
        and toks[j - 1][2][:1].isupper()
        and (_key(toks[j - 1][2]) in ORGANIZATION_HEADS or (
            # an office's one-word remit before "and": "Minister for Health and Social
            # Care", "Secretary of State for Business and Trade" (not "Minister for Health
            # Stephen Donnelly and …", a name)
            j == i - 1 and (_title(toks[j - 1][2]) or (
                j > 2 and toks[j - 2][2] in ("of", "for") and _title(toks[j - 3][2])))))
    )


def _comma_in_body(toks: list[Token], c: int, end: int) -> bool:
    """Whether the comma at ``toks[c]`` separates two names of a body's list that ends
    with "and" before ``toks[end]`` ("Department for Environment, Food and Rural
    Affairs")."""
    if c + 1 > end or not toks[c + 1][2][:1].isupper() or not _body_list_back(toks, c - 1):
        return False
    return any(toks[k][2] == "and" for k in range(c + 1, end))


#: Marks that end a sentence before the next one's first word.
_SENTENCE_ENDS = frozenset(".!?")


def _joined_after_comma(toks: list[Token], k: int) -> bool:
    """Whether the "and" or "&" at ``toks[k]`` joins two runs of capitalised words of
    which the first follows a comma: a sentence-final speaker phrase names one body
    ("…, Fisheries and Oceans Canada said", "…, Procter & Gamble said") or two sources
    ("…, Tom Smith and Mary Jones said") whole.  Not when a capitalised word comes
    before the comma, other than a day, a month or a sentence's first word ("in April,",
    "Overall,"): the last two of a list of names ("the Penfolds, Lindemans and
    Rosemount brands")."""
    if k + 1 >= len(toks) or not toks[k + 1][2][:1].isupper():
        return False
    j = _capitals_back(toks, k - 1, -1)
    if not (j < k - 1 and j >= 1 and toks[j][2] == ","):
        return False
    before = toks[j - 1][2]
    return not before[:1].isupper() or before in _TIME_WORDS or (
        j >= 2 and toks[j - 2][2] in _SENTENCE_ENDS)


def _in_body_name(toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` goes on with the capitalised name of a body that ``toks[k - 1]``
    is part of: a capitalised word after a capitalised word or after an "and" that
    joins them (:func:`_and_in_body`), or such an "and"."""
    w = toks[k][2]
    if w == "and":
        return _and_in_body(toks, k)
    before = toks[k - 1][2]
    return w[:1].isupper() and (
        before[:1].isupper() or (before == "and" and _and_in_body(toks, k - 1))
    )


#: The prepositions that join the words of a body's name: "Bank of England", "Transport
#: for London".
_BODY_JOINS = frozenset({"of", "for"})


def _joins_body(toks: list[Token], j: int, inside: bool) -> bool:
    """Whether the "of" or "for" at ``toks[j]`` joins two parts of one body's name, where
    capitalised words stand on both sides of it (maybe "the" after it).

    A body's head noun before it ("Bank of England", "Office for National
    Statistics"); "for" after one other capitalised word that is no role and no plural of
    people ("Transport for London", "Campaign for Nuclear Disarmament"; not "Cameron
    Easley for Morning Consult", "Lawyers for Mr Smith"); "of" or "for" after capitalised
    words that "the" opens ("the Port of Dover", "the City of London
    Corporation", "the Daughters of the American Revolution": a person's name takes no
    article), or after a plural of people capitalised inside a sentence ("campaign group
    Friends of the Earth"; ``inside`` tells that of a run that opens the tokens).  Not
    after a role, whose "of" opens an office ("the Mayor of London"), nor after a name
    with no article ("Tom Reyes of Acme", "Senator Boxer of California": a person and
    where they are from)."""
    if j == 0 or j + 1 >= len(toks):
        return False
    before = toks[j - 1][2]
    nxt = j + 1 if toks[j + 1][2] != "the" else j + 2
    if nxt >= len(toks) or not (before[:1].isupper() and toks[nxt][2][:1].isupper()):
        return False
    key = _key(before)
    if key in ORGANIZATION_HEADS:
        return True
    if key in ROLE_WORDS or key in _NOT_HEAD_NOUNS or not before.isalpha():
        return False  # (an office; "As for the Sanders claim", "But for Mrs. Clinton")
    k = j - 1
    while k >= 0 and toks[k][2][:1].isupper() and toks[k][2] != "The":
        k -= 1
    if k >= 0 and toks[k][2] in _ARTICLES_THE:
        return key not in PERSON_NOUNS  # (not "the Member of Parliament for Leeds")
    if toks[j][2] == "for":  # one word before it: not "Cameron Easley for Morning Consult"
        # (a writer and the paper), "Lawyers for Mr Smith" (people)
        return k == j - 2 and key not in PERSON_PLURALS and key not in GROUP_NOUNS
    if k != j - 2 or key not in PERSON_PLURALS:
        return False
    if k < 0:
        return inside
    mark = toks[k][2]
    return mark[:1].isalnum() or mark in ",;:" or (
        mark in _CLOSING_MARKS and k > 0 and toks[k - 1][2] in ",?!"
    )


#: The article before a body's name, as a token.
_ARTICLES_THE = frozenset({"the", "The"})
#: Closing quotation marks, after which a sentence goes on when a comma ends the quote.
_CLOSING_MARKS = frozenset({'"', "”", "’", "'"})


#: The tokens a name's words leave out: the brackets a run reads past ("the Peoples
#: Democratic Party (PDP)").  A quotation mark never joins a run (a nickname's marks are
#: read as spaces first, :func:`limner_quotes.marks.nicknames_unmarked`).
_NOT_IN_NAMES = frozenset('()')


def _name_run_back(toks: list[Token], i: int, text: str | None = None) -> int:
    """Index of the first token of the name-and-title run ending at ``toks[i]``; with the
    ``text`` the tokens are of, whether they open inside a sentence is read (see
    :func:`_joins_body`), when a body's name asks, else they are taken not to."""
    j = i
    inside: bool | None = None if text is not None else False
    while j >= 0:
        w = toks[j][2]  # (a nickname's marks are read as spaces: marks.nicknames_unmarked)
        if w == ")":
            k = j - 1
            while k >= 0 and toks[k][2] != "(" and j - k < 8:
                k -= 1
            if k < 0 or toks[k][2] != "(":
                break
            j = k - 1
            continue
        if w[:1].isupper() or w.lower().rstrip(".") in ROLE_WORDS:
            j -= 1
            continue
        if _particles_then_name(toks, j, i + 1):
            j -= 1
            continue
        if j < i and w.isalpha() and w.islower() and w not in _NOT_MODIFIERS:
            if (
                toks[j + 1][2].islower()
                and _key(toks[j + 1][2]) in ROLE_WORDS
                and w not in DETERMINERS
            ):
                j -= 1  # "Kenyan opposition leader Raila Odinga": a word of the title
                continue
            if (
                j > 0
                and toks[j - 1][2].lower() in {"the", "a", "an"}
                and any(_key(t[2]) in ROLE_WORDS for t in toks[j + 1 : i + 1])
            ):
                j -= 1  # "The former England captain": an adjective after the article
                continue
        if w.lower() == "the" and j > 1 and toks[j - 1][2] == "of" and _title(toks[j - 2][2]):
            j -= 1  # "Chancellor of the Exchequer Rishi Sunak": the office is the title's
            continue
        if (w == "for" or w.lower() == "of") and j > 0 and (
            # an office: "Secretary of State", "Minister for Home Affairs" (capitalised
            # before "for": "a spokesman for X" is a post-modifier)
            ((w != "for" or toks[j - 1][2][:1].isupper()) and _key(toks[j - 1][2]) in ROLE_WORDS)
            # a body's name: "Bank of America", "University of Oxford", "Office for
            # National Statistics", "Institute for Fiscal Studies", "Transport for London"
            or (j < i and _joins_body(toks, j, _opens_inside(text, toks, inside)))
        ):
            j -= 1
            continue
        if w == "the" and 1 < j < i and toks[j - 1][2] in _BODY_JOINS and (
            _joins_body(toks, j - 1, _opens_inside(text, toks, inside))
        ):
            j -= 1  # "Friends of the Earth": the article inside a body's name
            continue
        if w == "and" and j < i and _and_in_body(toks, j):
            j -= 1  # "the Department of Foreign Affairs and Trade": one body's name
            continue
        if w == "the" and 0 < j < i and toks[j - 1][2] == "and" and _and_in_body(toks, j - 1):
            j -= 2  # "the Department of Agriculture, Food and the Marine"
            continue
        if w == "," and j < i and _comma_in_body(toks, j, i):
            j -= 1  # "the Department for Environment, Food and Rural Affairs"
            continue
        if w == "&" and 0 < j < i and toks[j - 1][2][:1].isupper() and toks[j + 1][2][:1].isupper():
            j -= 1  # "Allen & Overy & Co said": "&" binds the parts of one name
            continue
        if (w == "and" or w == "&") and j < i and _joined_after_comma(toks, j):
            j -= 1  # "…, Marks and Spencer said", "…, Tom Smith and Mary Jones said"
            continue
        break
    first = j + 1
    if first > 0 and toks[first - 1][2].lower() == "the":
        first -= 1
    return first


#: A time right before a verb: "have in the past said", "said on Monday".  Its first
#: white space is written apart (``[ \t\u00a0][ \t\u00a0]*``, the same as ``[ \t\u00a0]+``)
#: so that the pattern opens with a class and a search skips to white space in one scan.
_TIME_BEFORE = re.compile(
    r"[ \t\u00a0][ \t\u00a0]*"
    r"(?:in[ \t\u00a0]+the[ \t\u00a0]+past|on[ \t\u00a0]+\w+day|last[ \t\u00a0]+\w+|"
    r"this[ \t\u00a0]+week|in[ \t\u00a0]+\w+[ \t\u00a0]+interviews?|"
    r"in[ \t\u00a0]+(?:(?:early|mid|late)[ \t\u00a0]+)?(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December))[ \t\u00a0]*\Z"
)
#: Every character that the first letter of a pronoun below matches without regard to
#: case: h, s, t, w, i, and the dotted and dotless i and the long s.
PRONOUN_INITIALS = "HISTWhistw\u0130\u0131\u017f"
#: A pronoun subject right before a verb: ``(?<![\w’'])(?i:(he|she|they|we|i|it))``, then
#: white space and up to two adverbs or auxiliaries to the verb.  The pattern opens with
#: the class of the pronouns' first letters, case-sensitive, so that a search skips to
#: the next of them in one tight scan (a pattern that opens with a look-around is tried
#: at every position of the window, at some 300 instructions each); the rest of each
#: pronoun follows the look-behind at its first letter, without regard to case, and
#: the look-behind of two characters tests the one before that letter (none at the
#: text's start).
_PRONOUN_BEFORE = re.compile(
    rf"([{PRONOUN_INITIALS}](?<![\w’'].)"
    r"(?i:(?<=h)e|(?<=s)he|(?<=t)hey|(?<=w)e|(?<=i)(?:|t)))[ \t\u00a0]+"
    r"(?:(?:also|later|then|has|had|have|would|will|previously|once|again|recently|earlier"
    r"|just|further|still|even|is|was|were|are)[ \t\u00a0]+){0,2}\Z"
)


#: "and" or "but" (group 1) right before a verb, no mark between it and the clause's
#: start: "… doubled down and said", "The groups welcomed the ruling but warned …", a
#: second verb of the clause's subject.
_AND_BEFORE = re.compile(
    # (the period of a title or an initial is no mark: "Ms. Khan said Mr. Trump was …")
    r"(?:[^,;:.!?\"“”]|(?:(?<=\bMr)|(?<=\bMs)|(?<=\bMrs)|(?<=\bDr)|(?<=\bSt)|(?<=\bJr)"
    r"|(?<=\b[A-Z]))\.(?=[ \t\u00a0]*[A-Z]|[A-Z]\.)){3,}[ \t\u00a0](and|but)[ \t\u00a0]+"
    r"(?:(?:also|later|then|has|had|have|was|is)[ \t\u00a0]+)?\Z"
)


def subject_but(text: str, lo: int, verb: int) -> Mention | None:
    """The subject of the clause whose second verb, after "but", is at ``verb`` ("The
    groups welcomed the ruling but cautioned that …": The groups), no mark between the
    clause's start (not before ``lo``) and "but"; else None."""
    joined = _AND_BEFORE.match(text, verb - 200 if verb - 200 > lo else lo, verb)
    if joined is None or joined.group(1) != "but":
        return None
    return _joined_subject(text, lo, verb)


#: Subordinators whose clause's subject a verb joined by "and" or "but" at its end shares:
#: "… cheered when Trump spotted a sign and asked …" (Trump asked).  Not those that are as
#: often prepositions ("after the game", "as a boy"), nor "that", whose clause a verb of
#: the sentence's subject may govern ("said that … and …").
_SUBORDINATORS = (" when ", " whenever ", " while ", " because ", " if ", " although ",
                  " though ", " whereas ")
#: Lower-case words that open a subordinate clause's subject.
_CLAUSE_SUBJECTS = word_set("he she they we the his her their its")


def _joined_subject(text: str, lo: int, verb: int) -> Mention | None:
    """The subject of a verb joined by "and" or "but" to the one before it, with no mark
    between: the subject of the last subordinate clause opened before it, if one is
    ("The crowd cheered when Trump spotted a sign and asked …"), else the sentence's."""
    start = subject_start(text, lo, verb)
    at = -1  # where the last subordinate clause opens, looked for in _AND_BEFORE's window
    near = verb - 200 if verb - 200 > start else start
    for word in _SUBORDINATORS:
        k = text.rfind(word, near, verb)
        if k >= 0 and k + len(word) > at:
            at = k + len(word)
    if at > 0:
        space = text.find(" ", at, verb)
        nxt = text[at : space if space >= 0 else verb]
        if nxt[:1].isupper() or nxt in _CLAUSE_SUBJECTS:
            inner = clause_subject(text, at, verb)
            if inner is not None and inner.start == at:
                return inner
    return clause_subject(text, start, verb)


#: The speaker phrases read in the text being read in this thread, by their window: one
#: in twenty is read again by a later rule (the broad pass after reported speech, a
#: sentence-final attribution), at some 75,000 instructions each.  Per thread, so that
#: two texts read at once (an annotator timed in a thread of its own) never share one;
#: kept for one reading of a text (:func:`read_afresh`), so a text read twice is read
#: twice.
_READ = threading.local()


def read_afresh() -> None:
    """Forget the speaker phrases this thread has read, and what it found of the text
    (:func:`limner_quotes.sources.word_starts`): the next text is read anew."""
    _READ.read = None
    _READ.index = None


def phrase_before(text: str, lo: int, verb: int) -> Mention | None:
    """The speaker phrase that ends right before the verb at ``verb`` (not before ``lo``).

    For a second verb of one subject ("Trump doubled down and said"), the
    subject of the sentence.  Read once per window of a text (:func:`read_phrase_before`).
    """
    read = _READ.__dict__.get("read")
    if read is None or read[0] is not text:
        read = _READ.read = (text, {})
    memo: dict[tuple[int, ...], Mention | None] = read[1]
    key = (lo, verb)
    if key in memo:
        return memo[key]
    m = memo[key] = read_phrase_before(text, lo, verb)
    return m


#: A possessive's ending and the space after it: the words after it are owned.
_OWNER_ENDS = ("'s ", "’s ")


def _role_owned(text: str, near: int, start: int) -> bool:
    """Whether the phrase at ``start`` follows a possessive of a word in lower case (a
    role's, "The prime minister's official spokesman"), whose words before the window at
    ``near`` the phrase would leave out; a name's possessive ("Italy's Illva Saronno")
    is no part of the name read."""
    if not text.startswith(_OWNER_ENDS, start - 3):
        return False
    owner = text[text.rfind(" ", near, start - 3) + 1 : start - 3]
    return owner.isalpha() and owner.islower()


def read_phrase_before(text: str, lo: int, verb: int) -> Mention | None:
    """:func:`phrase_before`, read afresh."""
    # the windows' starts, never before lo, by comparisons (a call of max costs more)
    if text.find("and", verb - 10 if verb - 10 > lo else lo, verb) >= 0:
        joined = _AND_BEFORE.match(text, verb - 200 if verb - 200 > lo else lo, verb)
        if joined is not None and joined.group(1) == "and":
            return _joined_subject(text, lo, verb)
    at = verb - 30 if verb - 30 > lo else lo
    window = text[at:verb]
    time = (
        _TIME_BEFORE.search(text, at, verb)
        if "past" in window or "day" in window or "last" in window or "week" in window
        or "interview" in window
        or " in " in window
        else None
    )
    if time is not None:  # "have in the past said", "said on Monday": skip the time phrase
        verb = time.start()
    pronoun = _PRONOUN_BEFORE.search(text, verb - 28 if verb - 28 > lo else lo, verb)
    if pronoun is not None:  # "he said", "she also said": the commonest case, read directly
        s, e = pronoun.span(1)
        return pronoun_mention(s, e, pronoun.group(1))
    # a participle's subject has no post-modifier: in "footage of X asking", X asks
    post = _PARTICIPLE.match(text, verb) is None
    near = verb - _NEAR if verb - _NEAR > lo else lo
    m = None
    wide = verb - _WINDOW if verb - _WINDOW > lo else lo
    if near > lo:  # most phrases are short: look close first, further only when needed
        toks = tokenize(text, near, verb)
        m = _phrase_before(text, near, verb, post, toks, near + _NEAR_MARGIN)
        if m is not None and (m.start - near < _NEAR_MARGIN or text.startswith("and ", m.start - 4)
                              or text.startswith("and the ", m.start - 8)
                              or _role_owned(text, near, m.start)
                              or _cut_role(text, near, m)):
            m = None  # (or "…and Human Services", "…, Food and the Marine", which a body's
            # name may hold whole; or "The prime minister's official spokesman", whose
            # owner the near window may hold only in part)
        if m is None:
            m = _phrase_before(text, lo, verb, post, _widened(text, wide, near, verb, toks))
    else:
        m = _phrase_before(text, lo, verb, post, tokenize(text, wide, verb))
    if (m is None or m.mention == "description") and text.find(
        "who ", verb - 70 if verb - 70 > lo else lo, verb
    ) >= 0:
        head = _relative_head(text, lo, verb)  # "two paramedics who treated him said"
        if head is not None:
            return head
    if time is not None and m is not None and m.mention == "description":
        m = _participle_dropped(text, m)  # "A report published last week found …"
    if m is not None and m.mention != "pronoun" and text[m.start] in PRONOUN_INITIALS:
        # (a match opens with a pronoun's first letter, in any case: most phrases don't)
        lead = _PRONOUN_LEAD.match(text, m.start, m.end)
        if lead is not None:
            # "I could", "They must", "She's", "He'll": the pronoun alone speaks; the
            # words after it are a modal, a negation or a contracted auxiliary
            return pronoun_mention(m.start, m.start + len(lead.group(1)), lead.group(1))
    return m


#: Past participles not in "-ed" that modify a noun before a time phrase ("A statement
#: issued on Monday", "The letter, written last week" has its comma).
_PARTICIPLES_NOT_ED = word_set("written given shown seen made taken held sent put set done")
#: Words in "-ed" that are no verbs ("two hundred", "the sacred site", "in need").
NOT_PAST = word_set(
    """
    hundred sacred naked wicked beloved rugged ragged jagged kindred shred bed red shed wed
    bred need needs speed seed feed deed greed weed breed steed indeed embed
    """
)


def regular_past(word: str) -> bool:
    """Whether ``word`` is a regular past or past participle: a lower-case word in "-ed"
    of more than three letters that is no word of :data:`NOT_PAST`."""
    return (len(word) > 3 and word.endswith("ed") and word.isalpha() and word.islower()
            and word not in NOT_PAST)


def _past_participle(word: str) -> bool:
    """:func:`regular_past`, or a common participle not in "-ed" ("written", "held")."""
    return regular_past(word) or word in _PARTICIPLES_NOT_ED
#: Words after which a participle is no modifier of a noun: an article or determiner.
_NO_HEAD = word_set("the a an this that these those his her their its our my")


def _participle_dropped(text: str, m: Mention) -> Mention:
    """``m`` without a last word that is a past participle after its head noun: with the
    time phrase skipped between it and the verb ("A report published last week found",
    "The study released on Monday shows"), the participle and the time modify the noun,
    which is the subject ("A report", "The study")."""
    cut = text.rfind(" ", m.start, m.end)
    if cut <= m.start:
        return m
    if not _past_participle(text[cut + 1 : m.end]):
        return m
    head = text[m.start : cut].rsplit(None, 1)
    if not head or head[-1].lower() in _NO_HEAD:
        return m
    return m._replace(end=cut)


#: A pronoun, then only a contracted auxiliary, modals, auxiliaries, negations or adverbs
#: up to the end of a phrase read before a verb ("I could", "they didn't", "She's").
_PRONOUN_LEAD = re.compile(
    r"(?i:(he|she|they|we|i|it))(?:[’'](?i:s|ll|d|ve|re|m))?"
    r"(?:[ \t\u00a0]+(?i:could|can|must|may|might|should|shall|would|will|did|do|does"
    r"|not|never|always|often|essentially|also|just|still|even|has|had|have|is|was|are|were"
    r"|cannot|(?:did|do|does|could|would|should|wo|ca|is|was|are|were|has|have|had|must)n[’']t))*"
    r"\Z"
)


def _cut_role(text: str, near: int, m: Mention) -> bool:
    """Whether ``m`` has a role and the window at ``near`` cut a word in two: the role
    may open with the word's rest ("hief spokesman" of "The Taliban's chief spokesman,
    NAME,") or stop at it ("rights chief" of "The UN's human rights chief, NAME,", the
    "an" of "human" read as an article)."""
    return m.role is not None and text[near - 1].isalnum() and not text[near].isspace()


def _relative_head(text: str, lo: int, verb: int) -> Mention | None:
    """The noun that a restrictive relative clause right before ``verb`` follows, when the
    clause has a verb of its own (``two paramedics who treated him said``; in ``critics
    who have said`` the relative's own verb is the cue): its speaker phrase, else ``None``."""
    relative = _WHO_CLAUSE.search(text, max(lo, verb - 70), verb)
    if relative is None or relative.start() <= lo or not any(
        w not in NP_SKIP_WORDS and not w.endswith("ly")
        for w in text[relative.start() : verb].split()[1:]
    ):
        return None
    head = phrase_before(text, lo, relative.start())
    if head is None or head.mention == "pronoun":
        return None
    return None if text[head.start : head.end].lower() in _INDEFINITE else head


_PARTICIPLE = re.compile(r"[a-z]+ing\b")
#: Pronouns that a restrictive relative clause may follow: "everyone who …" names no one.
_INDEFINITE = word_set(
    "everyone everybody anyone anybody someone somebody nobody those all none one"
)
#: A restrictive relative clause right before a verb, with a word or more after "who" and
#: no comma before it: "paramedics who treated him said", "a neighbour who knew her said".
_WHO_CLAUSE = re.compile(
    r"(?<=[\w’'])[ \t\u00a0]who[ \t\u00a0]+(?:[a-z][\w’'\-]*[ \t\u00a0]+){1,6}\Z"
)


#: A verb followed by "by" (maybe with an adverb between): "told by", "warned again by".
_BY_AFTER = re.compile(r"[a-z]+(?:[ \t\u00a0]+[a-z]+ly)?[ \t\u00a0]+by[ \t\u00a0]+(?=\S)")
#: The forms of "be" before a passive participle, as ``_BE_BEFORE`` tries them.
_BE_FORMS = ("is", "was", "are", "were", "be", "been", "being")
#: A form of "be" right before a participle, maybe with an adverb: "was", "has been also".
_BE_BEFORE = re.compile(
    word_start_pattern(list(_BE_FORMS)) + r"[ \t\u00a0]+"
    r"(?:(?:not|never|also|just|again|once|later|then|[a-z]+ly)[ \t\u00a0]+)?\Z"
)


#: Nouns of a means, not an agent, after "by": "was told by phone", "informed by letter".
_MEANS = word_set(
    "phone telephone email e-mail mail letter post fax text video radio telegram cable hand"
)


#: A court or a hearing right before "heard" or "was told": "a court heard", "the
#: inquest was told", "Southwark Crown Court heard", "the tribunal has heard".
HEARER_BEFORE = re.compile(
    word_start_pattern(sorted(COURT_HEADS | word_set("hearing trial")))
    + r"[ \t\u00a0]+"
    r"(?:(?:was|were|has|had|have|been|also|later|previously)[ \t\u00a0]+){0,2}\Z"
)


def passive_agent(text: str, lo: int, verb: int, hi: int) -> tuple[Mention | None, int] | None:
    """The speaker of a passive speech verb at ``verb``: "Jones was told by Smith", "has
    been warned by the minister", "Jones was told that …".  The subject before the verb
    is the hearer, never the speaker; the agent after "by" (up to ``hi``) speaks.
    ``(agent, end)``, where ``end`` is where the agent's words end, with ``agent``
    ``None`` when no speaker phrase follows "by" ("told by phone") or no "by" follows
    the verb (``end`` is then the verb's end); ``None`` when the verb is no passive (no
    form of "be" right before it, not before ``lo``, or a present participle: "was
    saying"), or without "by" after a court or a hearing ("the inquest was told").
    """
    be = lo if lo > verb - 26 else verb - 26
    if _BE_BEFORE.search(text, be, verb) is None:
        return None
    by = _BY_AFTER.match(text, verb, hi)
    if by is None:
        if HEARER_BEFORE.search(text, max(lo, verb - 24), verb) is not None:
            return None  # "the jury was told": a court's hearing, the source of what it heard
        verb_word = _AGENT_WORD.match(text, verb, hi)
        if verb_word is None or verb_word.group().lower().endswith("ing"):
            return None  # "Jones was saying": an active verb, its subject speaks
        return None, verb_word.end()  # "Jones was told that …": no one is named
    at = by.end()
    word = _AGENT_WORD.match(text, at, hi)
    if word is not None:
        low = word.group().lower()
        pronoun = _OBJECT_PRONOUNS.get(low)
        if pronoun is not None:
            return pronoun_mention(at, word.end(), pronoun), word.end()
        if low in _MEANS:
            return None, word.end()
    agent = phrase_after(text, at, hi)
    if agent is None or agent.start != at:
        return None, at
    return agent, agent.end


_AGENT_WORD = re.compile(r"[\w’'\-]+")
_BY_WORD = re.compile(r"[ \t\u00a0]+by[ \t\u00a0]+([\w’'\-]+)")


def by_means(text: str, at: int) -> bool:
    """Whether "by" and a means of speaking follow ``at``: " by phone", " by letter"."""
    m = _BY_WORD.match(text, at)
    return m is not None and m.group(1).lower() in _MEANS


#: Words that stand alone for a part of a group, as a subject: "another says", "many said".
_QUANTIFIER_PRONOUNS = word_set("another others many some most few several none both one")
#: What may come right before such a word that stands alone: a clause's opening word or
#: mark, or the end of the sentence before ("… spoke. Another added: “…”").
_OPENERS = word_set(", ; . ! ? and but while whereas though although")
#: Quantifiers that a negation before them makes a holder of no one or of fewer than all:
#: "No one believes …", "Not everyone agrees …", "Not many expect …".
_NEGATED_QUANTIFIERS = word_set("one everyone everybody all many")
#: The negations of such a quantifier, in either case.
_NO_NOT = word_set("no not No Not")
#: Adverbs of degree that may stand before such a negation, inside the description:
#: "Virtually no one believes …", "Almost no one expects …".
_DEGREE = word_set("virtually almost nearly practically")


def _negation_opens(toks: list[Token], k: int) -> int:
    """Where the description opens whose negation is ``toks[k]``, when it opens its clause
    (at the window's start or after one of ``_OPENERS``), maybe after an adverb of degree:
    the negation's index ("No one", "but not everyone") or the adverb's ("Virtually no
    one"); else -1."""
    if toks[k][2] not in _NO_NOT:
        return -1
    if k and toks[k - 1][2].lower() in _DEGREE:
        k -= 1  # "Virtually no one": the adverb opens the description
    return k if k == 0 or toks[k - 1][2].lower() in _OPENERS else -1


#: Nouns that end in -ly, which a speaker phrase may end with: not adverbs ("a source
#: close to the family said", "an ally of the minister said").
_LY_NOUNS = word_set("family ally assembly rally supply monopoly anomaly")


#: The negations a verb of saying keeps its reading after, as after "never": "did not
#: say whether …", "would neither confirm nor deny the report".
_NEGATIONS = word_set("not neither")
#: A contracted negation ("didn't say", "won't comment"): the auxiliary is skipped as
#: "did not" is.
_CONTRACTED_NOT = ("n't", "n’t")
_VERB_WORD = re.compile(r"[A-Za-z]+")


def _speech_verb_at(text: str, verb: int) -> bool:
    """Whether the cue at ``verb`` is a verb of saying (``cues.VERB_FORMS``)."""
    m = _VERB_WORD.match(text, verb)
    return m is not None and VERB_FORMS.get(m.group().lower(), ("", ""))[1] == "speech"


def _phrase_before(
    text: str, lo: int, verb: int, post: bool, toks: list[Token], floor: int = -1
) -> Mention | None:
    """The speaker phrase before ``verb``; ``post``: with a post-modifier that ends there;
    ``toks``: the tokens of the window before ``verb``, from ``lo`` or at most ``_WINDOW``
    characters.  With a ``floor``, ``None`` as soon as the phrase is known to start before
    it (a near window's reading that :func:`read_phrase_before` would set aside): every
    reading below starts at or before the token it reads back from, the name's run at or
    before its first word that is no article or opening word, and a post-modifier's head
    before the phrase it modifies."""
    i = len(toks) - 1
    while i >= 0:
        w = toks[i][2]
        low = w.lower()
        if low in NP_SKIP_WORDS or (
            (w in _NEGATIONS or low.endswith(_CONTRACTED_NOT) or w == "cannot")
            and _speech_verb_at(text, verb)
        ) or (
            low.endswith("ly") and w.islower() and len(w) > 4 and low not in _LY_NOUNS
        ):
            i -= 1
            continue
        if w == ",":
            opening = _aside_back(toks, i)
            if opening > 0:  # "Critics, however, said": the words before the aside
                i = opening - 1
                continue
        break
    if i < 0 or toks[i][0] < floor:
        return None
    w = toks[i][2]
    low = w.lower()
    if low in PRONOUNS:
        return pronoun_mention(*toks[i])
    if w in PREPOSITIONS and _PARTICIPLE.match(text, verb) is None:
        # "Shares fell on reports that …": a speaker phrase ends in no preposition (a
        # name may: "The Love Below"); before a gerund ("X, despite admitting that …") the
        # preposition opens the gerund's clause
        return None
    if low == "neither" and i > 0 and toks[i - 1][2][:1].isalnum() and (
        toks[i - 1][2].lower() not in BOUNDARY_WORDS
    ):  # "would neither confirm nor deny": the verb is negated and reports nothing, as
        return None  # after "not" (a boundary word); not "Neither side", "(Neither wanted"
    if low in _QUANTIFIER_PRONOUNS and (i == 0 or toks[i - 1][2].lower() in _OPENERS):
        return Mention(toks[i][0], toks[i][1], "description")  # "…, another says", "many said"
    if low in _NEGATED_QUANTIFIERS and i > 0 and (k := _negation_opens(toks, i - 1)) >= 0:
        return Mention(toks[k][0], toks[i][1], "description")  # "No one", "Not everyone"
    if low == "who" and w != "WHO":  # "critics who say", "X, who also said": the
        # relative pronoun ("WHO" in capitals is the World Health Organization)
        return Mention(toks[i][0], toks[i][1], "pronoun", role="who")
    if w == ",":
        m = _appositive_back(text, toks, i)
        return m if m is not None else _subject_before_appositive(text, lo, toks[i][0])
    if w[:1].isupper() or w == ")" or (
            # a surname joined to its particle after a given name and another capitalised
            # word or a title: "Abdel Fattah al-Burhan said", "Chief Ali al-Hassan said"
            # (not "affiliate Ansar al-Sharia appears", a group's name)
            _joined_particle(w) and i > 1 and toks[i - 1][2][:1].isupper() and (
                toks[i - 2][2][:1].isupper() or _key(toks[i - 2][2]) in ROLE_WORDS)):
        if w == ")":
            i = _before_bracket(toks, i)
        first = _name_run_back(toks, i, text)
        run = [t for t in toks[first : i + 1] if t[2] not in _NOT_IN_NAMES]
        if run and run[0][0] < floor and _run_opens_before(run, floor):
            return None
        named = _from_run(run)
        return _post_modified(toks, first, named) if named is not None and post else named
    described = _description_back(toks, i, floor)
    if described is None or not post:
        return described
    first = i
    while toks[first][0] > described.start:
        first -= 1
    return _post_modified(toks, first, described)


def _before_bracket(toks: list[Token], i: int) -> int:
    """The last token of a name before the bracket that ``toks[i]`` (")") closes, else
    ``i``: a party, a constituency or an affiliation in brackets after a name is no part
    of it ("Mr Lee (Labour) said", "Sen. Bernie Sanders (I-Vt.) said"; "the Peoples
    Democratic Party (PDP) said" is named without its acronym)."""
    k = i - 1
    while k > 0 and toks[k][2] != "(" and i - k < 8:
        k -= 1
    if k > 0 and toks[k][2] == "(" and (toks[k - 1][2][:1].isupper() or _key(
            toks[k - 1][2]) in ROLE_WORDS):
        return k - 1
    return i


def _run_opens_before(run: list[Token], floor: int) -> bool:
    """Whether a mention that :func:`_from_run` reads from ``run`` starts before ``floor``:
    it starts at the first word that is no article or opening word, or before it (at an
    article it keeps, or at the last such word when no other is left)."""
    for t in run:
        if t[0] >= floor:
            return False
        w = t[2]
        if not (w.lower() in {"the", "a", "an"} or w in _OPENING_WORDS):
            return True
    return True


#: Words set off by commas between a speaker and the verb that are neither a role nor
#: a clause of the speaker's ("Critics, however, said", "The firm, too, said").
_ASIDE_WORDS = word_set(
    """
    however meanwhile too also though instead indeed moreover nevertheless nonetheless
    therefore likewise similarly separately again then thus still furthermore besides
    previously earlier later meantime
    """
)
#: Words that open a phrase set off by commas between a speaker and the verb ("The
#: company, in a statement, said", "The minister, for her part, said", "The judge, at
#: the time, said", "The mayor, as expected, said").
_ASIDE_OPENERS = word_set("in at on as during after by")
#: "for his part", "for their part": the one phrase after "for" that is an aside ("Smith,
#: for the prosecution, said" names a role).
_FOR_PART = re.compile(r"for[ \t\u00a0]+(?:his|her|their|its|our|my|your)[ \t\u00a0]+part\Z")


def _aside_back(toks: list[Token], i: int) -> int:
    """Where the aside that the comma ``toks[i]`` closes opens: the index of its opening
    comma, or -1 where the words between the commas are no aside (a role, an age, a
    clause) or there is no opening comma within eight words."""
    j = i - 1
    while j >= 0 and toks[j][2] != ",":
        if i - j > 8 or toks[j][2] in '.;:!?"“”()':
            return -1
        j -= 1
    if j <= 0 or j == i - 1:
        return -1
    first = toks[j + 1][2]
    if j == i - 2:
        return j if first.lower() in _ASIDE_WORDS else -1
    if first in _ASIDE_OPENERS and not (first == "as" and toks[j + 2][2] == "well"):
        return j  # (not "Mrs Clinton, as well as her campaign, said": both speak)
    if first == "for" and _FOR_PART.match(" ".join(t[2] for t in toks[j + 1 : i])):
        return j
    if _past_participle(first) and (
            toks[j + 2][2].lower() in _AFTER_PARTICIPLE or toks[j + 2][2][:1].isdigit()):
        # "The report, published last week, found …", "Smith, aged 45, said": a participle
        # and a time, an agent or a place (a verb with an object is a clause: "X, emailed
        # supporters on Monday, telling them …")
        return j
    return -1


#: Words after a past participle that opens an aside: a preposition, an agent's "by", a
#: time ("published last week", "elected in May", "based on …", "aged 45").
_AFTER_PARTICIPLE = word_set(
    "by in on at for from to with after before during last this earlier yesterday today"
)


#: Object pronouns, with the pronoun each stands for as a subject ("him": "he").
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "i"}
#: Prepositions that open a post-modifier of a speaker's noun: "a friend of X", "a
#: spokesman for X", "an aide to X", "an analyst at X", "a spokeswoman with X", "a judge
#: in X", "the senator from X".
_POST_PREPOSITIONS = word_set("of for to at with in from")
#: Adjectives that take a post-modifier's preposition: "a source close to X",
#: "people familiar with X".
_POST_ADJECTIVES = word_set("close closest near familiar loyal")
#: Words that "to" goes on after in a speaker phrase: the adjectives above and the nouns
#: of those who serve someone ("a source close to the talks", "an aide to the president").
_TO_HEADS = _POST_ADJECTIVES | word_set("aide aides adviser advisers advisor advisors")
#: The head words of an inverted attribution's speaker phrase: a role ("coach"), its
#: plural ("analysts", "prosecutors"), a group of people ("witnesses", "residents"),
#: a body ("police", "authorities") or a document ("said the report").
_GROUP_HEADS = (
    ROLE_WORDS
    | GROUP_NOUNS
    | ORGANIZATION_HEADS
    | DOCUMENT_HEADS
    | frozenset([w + "s" for w in ROLE_WORDS])
    | PERSON_NOUNS
    | PERSON_PLURALS
)
#: Words that end a head noun read back from a post-modifier: no noun heads a phrase there.
_NOT_HEAD_NOUNS = BOUNDARY_WORDS | DETERMINERS | NP_SKIP_WORDS | _PREPOSITIONS | PRONOUNS


def _post_modified(toks: list[Token], first: int, m: Mention) -> Mention:
    """The speaker phrase whose post-modifier ends with ``m`` (from ``toks[first]``):
    "a friend of Smith", "a source close to the family", "people familiar with the
    matter", "Mr. Morgan of the Sierra Club".  The whole phrase names the speaker: the
    head noun phrase before the preposition is its role ("friend", "source"), or its
    name for a name with a post-modifier that opens with a determiner.  ``m`` itself when
    no noun heads a post-modifier before it.
    """
    if first < 2 or _possessive_end(toks, m):
        return m  # "any mention of Russia's suspected …": the words go on past the name
    prep = toks[first - 1][2].lower()
    if prep in {"and", "or"} and first > 3 and toks[first - 2][2][:1].isupper():
        # "farmers in Eldoret and Kitale": the post-modifier holds two names
        joined = _name_run_back(toks, first - 2)
        if (
            joined >= 2
            and toks[joined - 1][2].lower() in _POST_PREPOSITIONS
            and _named_group(toks[joined - 2][2])
        ):  # (after a group: in "a tie at Old Trafford and Ancelotti said" Ancelotti speaks)
            first = joined
            prep = toks[first - 1][2].lower()
    if prep not in _POST_PREPOSITIONS:
        return m
    h = first - 2
    if h > 0 and _past_participle(toks[h][2]):
        return _participle_modified(toks, h, m)
    if prep in {"to", "with"} and toks[h][2].lower() in _POST_ADJECTIVES:
        h -= 1  # "close to", "familiar with"
        if h < 0:
            return m
    elif prep in {"to", "with"} and not _named_group(toks[h][2]) and not (
            prep == "to" and _key(toks[h][2]) in DOCUMENT_HEADS):
        return m  # after a role or a group only ("an aide to X"), not "went to X"; a
        # document's addressee: "A report to the cabinet warns", "A letter to parents said"
    elif prep in {"in", "from"} and not (
        _named_group(toks[h][2]) or _key(toks[h][2]) in ORGANIZATION_HEADS
    ):
        return m  # "a judge in Texas", "the council in Leeds"; not "a reaction from X"
    head = toks[h][2]
    low = head.lower()
    if not head.isalpha() or low in _NOT_HEAD_NOUNS or (
        low.endswith("ly") and low not in _LY_NOUNS
    ):
        return m
    if (low.endswith("ed") or low in FINITE_VERBS or low in SPEECH_VERBS) and not _named_group(
        head
    ):
        return m  # "officers who arrived at the scene": a verb, no noun, before "at"
    start_of_sentence = h == 0 or not toks[h - 1][2][:1].isalnum()
    common = head.islower() or (
        _named_group(head)
        and (start_of_sentence or toks[h - 1][2].lower() in DETERMINERS)
    )
    if not common:  # a name: "Mr. Morgan of the Sierra Club", not "Bank of America"
        if toks[first][2].lower() not in DETERMINERS and not (
            prep == "of" and m.mention == "name" and not _quantity(head)
        ) and prep != "in":
            return m  # a name's post-modifier opens with a determiner or is "of" a name
        named = _from_run(
            [t for t in toks[_name_run_back(toks, h) : h + 1] if t[2] not in _NOT_IN_NAMES]
        )
        if named is None or named.mention != "name":
            return m
        return _made(
            Mention, (named.start, m.end, "name", named.name, named.role, named.gender, False)
        )
    described = _description_back(toks, h)
    if described is None:
        return m
    s = described.start
    k = h
    while k > 0 and toks[k - 1][0] >= s:
        k -= 1
    if k == h and low.endswith("ing") and not _named_group(head):
        return m  # "officers arriving at the scene" reads the noun before the participle
    if k > 0 and toks[k - 1][2][:1].isdigit():
        k -= 1  # "48 percent of Democrats"
        s = toks[k][0]
    words = [w for _, _, w in toks[k : h + 1]]
    return _headed(s, m.end, words, _head_words(words) or words)


def _participle_modified(toks: list[Token], h: int, m: Mention) -> Mention:
    """The speaker phrase whose head noun a past participle at ``toks[h]`` and its phrase
    ending with ``m`` modify: "A study published in the Lancet" (found), "Officials
    based in Kabul" (said); the noun before the participle heads it where it names a
    document, a body or people ("study", "officials"), else ``m`` ("the man who had
    appeared in court": no such noun)."""
    noun = toks[h - 1][2]
    key = _key(noun)
    if not noun.isalpha() or key in _NOT_HEAD_NOUNS or not (
        key in DOCUMENT_HEADS or key in ORGANIZATION_HEADS or _named_group(noun)
    ):
        return m
    described = _description_back(toks, h - 1)
    if described is None:
        return m
    k = h - 1
    while k > 0 and toks[k - 1][0] >= described.start:
        k -= 1
    if k > 0 and toks[k - 1][2].isalnum() and toks[k][2].lower() not in DETERMINERS:
        return m  # the subject opens its clause, or with a determiner: not "… and
        # activists joined in a chant", whose "joined" is the verb
    words = [w for _, _, w in toks[k : h + 1]]
    return _headed(described.start, m.end, words, words[:-1])


def _headed(s: int, e: int, words: list[str], head: list[str]) -> Mention:
    """The descriptive phrase ``words`` (``text[s:e]``) whose head noun phrase is ``head``,
    the words before its post-modifier: its role is the head's words less those that only
    count or pick (:func:`_quantity`), or none when no other word is left; a role when a
    role word is among them."""
    role = " ".join(w.lower() for w in head if not _quantity(w)) or None
    kind = "role" if any(_key(w) in ROLE_WORDS for w in head) else "description"
    definite = words[0].lower() in {"the", "this"}
    return _made(Mention, (s, e, kind, None, role, _gender(head), definite))


def _possessive_end(toks: list[Token], m: Mention) -> bool:
    """Whether the last token of ``m`` is a possessive ("Russia's")."""
    for _s, e, w in reversed(toks):
        if e == m.end:
            return w.endswith(("’s", "'s", "s’", "s'"))
    return False


def _named_group(word: str) -> bool:
    """Whether ``word`` is a role, a group noun or a person noun ("aide", "officials",
    "people", "investigators")."""
    key = _key(word)
    if key in ROLE_WORDS or key in GROUP_NOUNS or key in PERSON_PLURALS:
        return True
    return word.islower() and key in PERSON_NOUNS  # "Smith of the Sierra Club": a name


def _appositive_back(text: str, toks: list[Token], i: int) -> Mention | None:
    """``NAME, ROLE PHRASE, said``: the name before the appositive, the appositive as role."""
    j = i - 1
    while j >= 0 and toks[j][2] != "," and i - j < 16:
        if toks[j][2] in '.;:!?"“”':
            return None
        j -= 1
    if j <= 0 or toks[j][2] != ",":
        return None
    if toks[j - 1][2] == ")":  # "the spokesman of the Peoples Democratic Party (PDP), NAME,":
        # the body's short name in brackets is read past, as if it were not there
        k = j - 2
        while k > 0 and toks[k][2] != "(" and j - k < 8:
            k -= 1
        if k > 0 and toks[k][2] == "(":
            return _appositive_back(text, toks[:k] + toks[j:], i - (j - k))
    first = _name_run_back(toks, j - 1)
    if first > 0 and toks[first - 1][2] in _PLACE_PREPOSITIONS:
        # "Police in Sydney, Nova Scotia, said", "Authorities in North-Rhine Westphalia,
        # the German state next to Belgium, announced": a place after a preposition and
        # what the appositive says of it, no name and its role; the speaker is the
        # phrase that ends with the place
        return phrase_before(text, toks[0][0], toks[j][0])
    run = [t for t in toks[first:j] if t[2] not in _NOT_IN_NAMES]
    if run and (_key(run[-1][2]) in ROLE_WORDS or _office_of(toks, j - 1) >= 0):
        # "the Prime Minister, Rishi Sunak, said", "the head of Kenya Power, NAME, said"
        inside = _name_in_appositive(toks, j, i)
        if inside is not None:
            return inside
    if not any(w[:1].isupper() and w not in _OPENING_WORDS and w.lower() not in DETERMINERS
               for _, _, w in run):  # "her senior adviser, NAME," or "A spokesman, NAME,"
        inside = _name_in_appositive(toks, j, i)
        if inside is None and j + 2 == i and toks[j + 1][2].isdigit():
            # "The accused, 27, told": an age after a description, read as before a verb
            inside = _description_back(toks, j - 1)
        elif inside is None and not run and j + 2 < i and _no_role(toks[j + 1][2]) and (
            _AGED.match(toks[j - 1][2]) or _key(toks[j - 1][2]) in PERSON_NOUNS
            or toks[j - 1][2] in PERSON_PLURALS
        ):  # "The 19-year-old, speaking outside court, said", "a 24-year-old, who was
            # injured, said": a clause set off after a person's description that no name
            # or role word holds, and that a determiner opens, read as before a verb
            # (not "his Mexican heritage, who fights …, claims", nor after a preposition:
            # "their laws, for instance, said")
            described = _description_back(toks, j - 1)
            if described is not None and text[described.start : described.end].split(
                " ", 1
            )[0].lower() in _APPOSITION_DETERMINERS:
                inside = described
        if inside is not None or not any(w[:1].isupper() for _, _, w in run):
            return inside
    appositive = text[toks[j + 1][0] : toks[i - 1][1]] if j + 1 < i else None
    if appositive is not None and (
        appositive.isdigit() or _no_role(appositive.split(" ", 1)[0])
    ):  # "Mrs Grace Otieno, 54, said": an age; "An official, who spoke on condition of
        # anonymity, said": a relative clause; "The minister, speaking in Lagos, said": a
        # participle's clause; none is a role
        appositive = None
    return _from_run(run, appositive)


#: Prepositions of place: a capitalised run after one is a place, not a speaker's name
#: (not "at", which more often names a firm: "his partner at Lenox, NAME, said").
_PLACE_PREPOSITIONS = frozenset({"in", "from", "near", "outside", "across"})


def _no_role(word: str) -> bool:
    """Whether an appositive opening with ``word`` is a clause, no role: a relative
    pronoun ("who spoke …") or a participle ("speaking after the match")."""
    return word in _RELATIVES or (word.endswith("ing") and word.islower() and len(word) > 4)


#: Words that open a relative clause set off by commas after a speaker's phrase.
_RELATIVES = word_set("who whom whose which that")
#: A sentence's end: a stop, maybe a closing mark, white space and an opening; or a line
#: break.  Written to open with one class of the stop and the line break, so a search
#: skips to them in one scan (as ``[.!?]…|\n`` it is tried at every position).
SENTENCE_BREAK = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])[\"”’']?[ \t\u00a0]+(?=[\"“‘'A-Z]))")
_AS = re.compile(r"(?:As|But|And|So|Yet)[ \t\u00a0]+(?=[A-Z])")


def _subject_before_appositive(text: str, lo: int, comma: int) -> Mention | None:
    """``NAME, A LONG APPOSITIVE …, said``: the name that opens the sentence (or follows
    "As" or a connective) and is set off by a comma, when the appositive is too long to
    be read back from the verb (``comma`` is the comma before the verb)."""
    start = max(lo, comma - 300)
    for brk in SENTENCE_BREAK.finditer(text, start, comma):
        start = brk.end()
    if text.find(",", start, comma) < 0:
        return None  # no comma opens an appositive before the one at the verb
    dateline = _DATELINE.match(text, start, min(comma, start + 90))
    if dateline is not None:
        start = dateline.end()
    lead = _AS.match(text, start, comma)
    start = lead.end() if lead is not None else subject_start(text, start, comma)
    m = phrase_after(text, start, comma)
    if m is None or m.end > comma or text[m.end : m.end + 1] != ",":
        return None
    if m.mention == "description" or (m.end + 1 >= comma and m.start == start):
        return None  # a description, or no appositive between the name and the verb
    return m  # (or a role and the name set off after it: "The director, Ken Macdonald, says")


_APPOSITION_DETERMINERS = word_set("the his her their its a an another one")


def _name_in_appositive(toks: list[Token], j: int, i: int) -> Mention | None:
    """``ROLE PHRASE, NAME, said``: the name between the commas, the phrase as its role.

    ``toks[j]`` and ``toks[i]`` are the commas; the phrase before the first
    must be a description that ends with a role word ("her senior adviser").
    """
    inner = toks[j + 1 : i]
    if not 1 <= len(inner) <= 4 or not all(
        w[:1].isupper() and w.rstrip(".").replace("-", "").replace("’", "").isalpha()
        for _, _, w in inner
    ):
        return None
    if j < 1:
        return None
    office = _office_of(toks, j - 1)
    if office >= 0:  # "the chief executive of Woolworths, NAME,": the office is the role
        return _from_run(inner, " ".join(t[2] for t in toks[office:j]).lower())
    if _key(toks[j - 1][2]) not in ROLE_WORDS and not _described(toks, j - 1):
        return None  # "her senior adviser, NAME," or "the assailant, NAME,"
    described = _description_back(toks, j - 1)
    role = toks[j - 1][2].lower() if described is None else (described.role or None)
    return _from_run(inner, role)


def _office_of(toks: list[Token], k: int) -> int:
    """The index of the first role word of an office that ends at ``toks[k]`` with "of" and a
    body's name ("chief executive of Woolworths", "head of the Reserve Bank"), else -1."""
    n = k
    while n > k - 5 and n > 0 and toks[n][2][:1].isupper():
        n -= 1
    if n == k or n < 1:
        return -1
    if toks[n][2] == "the":
        n -= 1
    if n < 1 or toks[n][2] != "of" or _key(toks[n - 1][2]) not in ROLE_WORDS:
        return -1
    n -= 1
    while n > 0 and _key(toks[n - 1][2]) in ROLE_WORDS:
        n -= 1  # "chief executive", "managing director"
    return n


def _described(toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` ends a noun phrase of one to four lower-case words opened by a
    determiner or a possessive: "the assailant", "her eldest daughter", "the club’s new
    signing", "Jacinda Ardern's successor"."""
    n = k
    while n >= 0 and k - n < 4:
        w = toks[n][2]
        if not (w.islower() and w.replace("-", "").isalpha()) or w in BOUNDARY_WORDS or (
            w in _PREPOSITIONS or w in _APPOSITION_DETERMINERS
        ):
            break
        n -= 1
    if n == k or n < 0:
        return False
    w = toks[n][2]
    return w.lower() in _APPOSITION_DETERMINERS or w.endswith(("’s", "'s"))


#: A person named by their age: "the 24-year-old", "two 30-year-olds".
_AGED = re.compile(r"\d{1,3}-year-olds?\Z")


def _description_back(toks: list[Token], i: int, floor: int = -1) -> Mention | None:
    """A descriptive phrase ending at ``toks[i]``: "a senior official", "sources"; ``None``
    when it would start before ``floor``."""
    head = toks[i][2]
    low = head.lower()
    if not (head[:1].isalpha() or _AGED.match(head)) or low in BOUNDARY_WORDS or (
        low in DETERMINERS
    ):
        return None
    j = i
    start = i
    while j >= 0 and i - j < 8:
        w = toks[j][2]
        low = w.lower()
        if not w[:1].isalnum() and w not in {"’s", "'s"}:
            break
        if low in BOUNDARY_WORDS:
            if low == "not" and start == j + 1 and toks[start][2].lower() in (
                _NEGATED_QUANTIFIERS
            ) and _negation_opens(toks, j) >= 0:
                start = j  # "Not all economists agree …": the negation opens the phrase
            break
        if low == "all" and j > 0 and toks[j - 1][2].lower() in _BE_FORMS:
            break  # "… was all the striker would say": "all" heads what was said
        if low in DETERMINERS or w[:1].isupper():
            start = j
        j -= 1
    if start == i and i - 1 >= 0 and toks[i - 1][2][:1].isalpha():
        prev = toks[i - 1][2].lower()
        if prev not in BOUNDARY_WORDS and prev not in _PREPOSITIONS and i - 1 > j:
            start = i - 1 if not prev.endswith(("ed", "ing")) else i
    if toks[start][0] < floor:
        return None
    words = [w for _, _, w in toks[start : i + 1]]
    if words[0].lower() in _PREPOSITIONS:
        return None
    s, e = toks[start][0], toks[i][1]
    head_words = _head_words(words)
    if head_words is not None:  # "a spokesman for the company": the words before "for" head it
        return _headed(s, e, words, head_words)
    roles = [w for w in words if w.lower().rstrip(".") in ROLE_WORDS]
    definite = words[0].lower() in {"the", "this"} or words[0][:1].isupper()
    if roles:
        role = " ".join(w.lower() for w in words if w.lower() not in DETERMINERS)
        return _made(Mention, (s, e, "role", None, role, _gender(words), definite))
    return _made(Mention, (s, e, "description", None, None, None, False))


def _head_words(words: list[str]) -> list[str] | None:
    """The words of a descriptive phrase before its post-modifier ("a spokesman" of "a
    spokesman for the company", "people" of "people familiar with the matter"), or
    ``None`` when no post-modifier follows a noun ("one of the officials").  The "of" or
    "for" inside a body's name that modifies the head is no post-modifier of it ("a Bank
    of England spokesman", :func:`_joins_body`)."""
    for q in range(1, len(words)):
        if words[q].lower() in _POST_PREPOSITIONS and not (
            words[q] in _BODY_JOINS and _joins_body([(0, 0, w) for w in words], q, False)
        ):
            end = q - 1 if words[q - 1].lower() in _POST_ADJECTIVES else q
            head = words[:end]
            if any(w.lower() in _OBJECT_PRONOUNS or w.lower() in PRONOUNS for w in head):
                return None  # "X confronted him with …": a verb and its object, no noun
            if any(not _quantity(w) for w in head):
                return head
            return None
    return None


#: Words that count a part of what the post-modifier names ("more of its members").
_PARTS = word_set("more less half none rest part")


def _quantity(word: str) -> bool:
    """Whether ``word`` only counts or picks ("one", "more", "30"): no head noun."""
    low = word.lower()
    return low in DETERMINERS or low in _PARTS or word[:1].isdigit()


def phrase_after(text: str, start: int, hi: int) -> Mention | None:
    """The speaker phrase that starts at ``start`` (after the verb), not past ``hi``; read
    once per window of a text, as :func:`phrase_before` (one in twenty is read again)."""
    read = _READ.__dict__.get("read")
    if read is None or read[0] is not text:
        read = _READ.read = (text, {})
    memo: dict[tuple[int, ...], Mention | None] = read[1]
    key = (start, hi, True)  # (apart from phrase_before's pairs)
    if key in memo:
        return memo[key]
    m = memo[key] = read_phrase_after(text, start, hi)
    return m


def read_phrase_after(text: str, start: int, hi: int) -> Mention | None:
    """:func:`phrase_after`, read afresh."""
    toks = tokenize(text, start, min(hi, start + _WINDOW))
    if not toks:
        return None
    w = toks[0][2]
    if w.lower() in PRONOUNS:
        return pronoun_mention(*toks[0])
    if (w[:1].isupper() and w.lower() not in DETERMINERS) or (
            # "said van Gaal", "said bin Salman"; not a count, "said ten Democrats"
            w in PARTICLES and _particles_then_name(toks, 0, len(toks))
            and not (w == "ten" and len(toks) > 1 and toks[1][2].endswith("s"))):
        j = 0
        cut = -1  # where a bracket after the name opens: the name ends there
        inside = None  # whether the run opens inside a sentence, read when asked
        while j < len(toks):
            t = toks[j][2]
            if t in _BODY_JOINS and j > 0 and inside is None:
                inside = _inside_sentence(text, start)
            if (  # the cheap tests first: most words of a run are capitalised
                t[:1].isupper()
                or t.lower().rstrip(".") in ROLE_WORDS
                or _particles_then_name(toks, j, len(toks))
                or (t.lower() == "of" and j > 0 and _key(toks[j - 1][2]) in ROLE_WORDS)
                # a body's name: "said Transport for London", "said Friends of the Earth"
                or (t in _BODY_JOINS and j > 0 and _joins_body(toks, j, bool(inside)))
                or (t == "the" and j > 1 and toks[j - 1][2] in _BODY_JOINS
                    and _joins_body(toks, j - 1, bool(inside)))
                # "Acme worker Tom Reyes": a person noun between capitalised words
                or ((t in _PERSON_KEYS or ("-of-" in t and _person_key(t)))
                    and j + 1 < len(toks) and toks[j + 1][2][:1].isupper())
            ):
                j += 1
            elif t == "(":
                k = j + 1
                while k < len(toks) and toks[k][2] != ")" and k - j < 8:
                    k += 1
                if k >= len(toks) or toks[k][2] != ")":
                    break
                # "said Rep. Beto O'Rourke (D-Tex.), a Clinton endorser": a bracket after
                # a name is no part of it (as _before_bracket reads it before a verb);
                # an appositive after the bracket is read
                cut, j = j, k + 1
                break
            else:
                break
        run = toks[:cut] if cut > 0 else toks[:j]
        run = [t for t in run if t[2] not in _NOT_IN_NAMES]
        appositive = None
        if (j + 3 < len(toks) and toks[j][2] == "," and toks[j + 1][2].isdigit()
                and toks[j + 2][2] == ","):
            j += 2  # an age, then the appositive: "said Moira Campbell, 67, a teacher"
        if j < len(toks) and toks[j][2] == ",":
            k = j + 1
            while k < len(toks) and toks[k][2] not in {",", ".", ";", ":", "!", "?", "“", "”", '"'}:
                k += 1
            if (j + 1 < k <= j + 14 and toks[j + 1][2][:1].isalpha()
                    and toks[j + 1][2].lower() not in _RELATIVES):
                # an appositive, not a relative clause ("said Mrs Alvarez, whose house …")
                appositive = text[toks[j + 1][0] : toks[k - 1][1]]
        return _from_run(run, appositive)
    if w.lower() in DETERMINERS or w.islower():
        k = 0
        while k < len(toks) and (k < 8 or (k < 14 and _in_body_name(toks, k))):
            t = toks[k][2]
            if not t[:1].isalnum() or (
                k > 0 and t.lower() in BOUNDARY_WORDS and not (t == "and" and _and_in_body(toks, k))
                and not (t.isupper() and len(t) > 1)  # an acronym: "the WHO"
                # "a source close to the talks", "an aide to the president"
                and not (t == "to" and toks[k - 1][2].lower() in _TO_HEADS)
            ):
                break
            k += 1
        if k == 0:
            return None
        if k == 1 and toks[0][2].lower() in _ONE_OF_THEM and (
            len(toks) == 1 or not toks[1][2][:1].isalnum()
        ):  # "“…,” said one.", "said another": one of a group named before
            return Mention(toks[0][0], toks[0][1], "description")
        if k == 1 and toks[0][2] == "her" and (len(toks) == 1 or not toks[1][2][:1].isalnum()):
            # "according to her, …": "her" with no noun after it is the object pronoun,
            # read as "him" and "them" are, not a possessive determiner
            return Mention(toks[0][0], toks[0][1], "description")
        words = [t for _, _, t in toks[:k]]
        while words and words[-1].lower() in _TRAILING:
            words.pop()
            k -= 1
        if not words:
            return None
        named = _role_then_name(toks, k)
        if named is not None:
            if named.mention != "name" and named.role:  # "the Prime Minister, Rishi Sunak"
                return _name_after_role(toks, k, named.role) or named
            return named
        s, e = toks[0][0], toks[k - 1][1]
        roles = [t for t in words if _key(t) in ROLE_WORDS]
        if roles:
            role = " ".join(t.lower() for t in words if t.lower() not in DETERMINERS)
            named = _name_after_role(toks, k, role)
            if named is not None:
                return named
            definite = words[0].lower() in {"the", "this"}
            return Mention(s, e, "role", role=role, gender=_gender(words), definite=definite)
        if (
            words[0].lower() == "the"
            and len(words) > 1
            and words[-1][:1].isupper()
            and all(w[:1].isupper() or w in _NAME_JOINS for w in words[1:])
            and not (k < len(toks) and (toks[k][2] in _NAME_GLUE or (
                toks[k][2] == "and" and k + 1 < len(toks) and toks[k + 1][2][:1].isupper())))
        ):
            # "according to the Office for National Statistics", "said the BBC": a body's
            # name after its article, as before a verb ("The IMF said"); not a name cut
            # short ("the M&S spokesman", "the World Travel and Tourism Council")
            named = _from_run(toks[1:k])
            if named is not None and _body_name(named) and (
                # one word: an acronym or a body's noun ("the BBC", "the Times"), not
                # a word of a label ("The Latest: …")
                " " in (named.name or "") or (named.name or "").isupper()
                or _key(named.name or "") in ORGANIZATION_HEADS
            ):
                return named
        return Mention(s, e, "description")
    return None


def _opens_inside(text: str | None, toks: list[Token], known: bool | None) -> bool:
    """``known``, else whether ``toks`` open inside a sentence of ``text``
    (:func:`_inside_sentence`): read only when a body's name asks."""
    if known is not None:
        return known
    return text is not None and _inside_sentence(text, toks[0][0])


def _inside_sentence(text: str, start: int) -> bool:
    """Whether ``start`` stands inside a sentence: after a word, a comma, a semicolon or a
    colon, or after a quotation that a comma, a question or an exclamation mark ends
    ("“…,” said X")."""
    i = start
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    if i == 0:
        return False
    c = text[i - 1]
    if c in _CLOSING_MARKS:
        return i > 1 and text[i - 2] in ",?!"
    return c.isalnum() or c in ",;:"


#: Lower-case words inside a body's name: "Office for National Statistics", "Mail on
#: Sunday", "Department of Agriculture, Food and the Marine".
_NAME_JOINS = frozenset({"of", "for", "and", "the", "on", "de", "du", "la", "des"})
#: Marks that join a name's parts: "M&S", "Rolls-Royce", "O'Brien".
_NAME_GLUE = frozenset({"&", "-", "'", "’", "/"})


def _body_name(m: Mention) -> bool:
    """Whether a name read after "the" names a body: an acronym ("the IMF"), a name
    headed by a body's noun ("the Federal Reserve Bank"), or any name that does not end
    as a demonym or a party's member does ("the Argentine", "the Wisconsin Republican"
    describe a person)."""
    return m.mention == "name" and m.name is not None and (
        m.name.isupper()
        or _key(m.name.split()[-1]) in ORGANIZATION_HEADS
        or not m.name.endswith(_MEMBER_ENDS)
    )


def _name_after_role(toks: list[Token], k: int, role: str) -> Mention | None:
    """``the Prime Minister, Rishi Sunak``: the name of one to four capitalised words set
    off by a comma after a role that ends at ``toks[k]``, up to the end of the words read
    or a punctuation mark, with the role; else ``None``."""
    if k >= len(toks) or toks[k][2] != ",":
        return None
    n = k + 1
    while n < len(toks) and n - k <= 4 and toks[n][2][:1].isupper() and toks[n][2][:1].isalpha():
        n += 1
    if n == k + 1 or n - k > 4 or (n < len(toks) and toks[n][2][:1].isalnum()):
        return None
    named = _from_run(toks[k + 1 : n], role)
    return named if named is not None and named.mention == "name" else None


#: The days that may open or close an inverted attribution ("said on Tuesday a spokeswoman",
#: "said Tom Brown on Tuesday"): keys as :func:`_key` gives them.
_DAYS = WEEKDAYS | word_set("yesterday today tonight")


def inverted_speaker(text: str, start: int, end: int) -> Mention | None:
    """The speaker of an inverted attribution that fills ``text[start:end]``, else ``None``.

    ``…, said spokesman Tom Brown``, ``…, said a spokeswoman for the ministry``,
    ``…, added the coach``: the words after the cue, read as :func:`phrase_after`
    reads the speaker after a direct quote's ``,” said``, are a name or a role,
    a day before or after them aside.  Before its first role word or name come
    a few modifiers at most (not a pronoun, a preposition or a verb); after its
    name or its role words, the phrase goes on only with a prepositional phrase
    that holds no verb, or a role with a name after a comma.  In ``said the
    minister was wrong``, ``said Tom Brown had left`` or ``said he's with
    Hillary Clinton`` the words after the cue are a clause.
    """
    toks = tokenize(text, start, min(end, start + _WINDOW))
    if not toks or toks[-1][1] < end:
        return None  # longer than a speaker phrase is read
    if len(toks) > 2 and _key(toks[-1][2]) in _DAYS:
        toks.pop()
        if toks[-1][2] == "on":
            toks.pop()
    if len(toks) > 2 and toks[0][2] == "on" and _key(toks[1][2]) in _DAYS:
        toks = toks[2:]
    elif len(toks) > 1 and _key(toks[0][2]) in _DAYS:
        toks = toks[1:]
    k = 0  # the head: the first role word, group noun or capitalised word
    while k < len(toks) and not (toks[k][2][:1].isupper() or _key(toks[k][2]) in _GROUP_HEADS):
        w = toks[k][2].lower()
        if k >= 3 or not w[:1].isalpha() or w in _NOT_MODIFIERS or _contracted(w):
            return None
        k += 1
    if k >= len(toks):
        return None
    m = phrase_after(text, toks[0][0], toks[-1][1])
    if m is None:
        return None
    if m.mention == "description" and k == 1 and toks[0][2].lower() == "the":
        # "said the FOMC", "said the Kremlin": a name after "the", as before the verb
        j = 1  # (an "and" inside a body's name too: "said the Food and Drug Administration")
        while j < len(toks) and (
            _capitalised(toks[j]) or (toks[j][2] == "and" and _and_in_body(toks, j))
        ):
            j += 1
        run = toks[:j]
        if len(run) > 1 and run[-1][1] == m.end:
            m = _from_run(run) or m
    if m.mention == "name":
        while k < len(toks) and toks[k][1] <= m.end:
            k += 1
    else:  # "the coach", "police", "economists at the bank": its role or group words
        while k < len(toks) and (_key(toks[k][2]) in _GROUP_HEADS or toks[k][2][:1].isupper()):
            k += 1
    if k >= len(toks):
        return m
    if toks[k][2] == "," and m.mention == "role" and 1 < len(toks) - k <= 4 and all(
        t[2][:1].isupper() for t in toks[k + 1 :]
    ):
        return m  # "said the spokesman, Tom Brown": the role, as after a direct quote
    if (
        toks[k][2] == ","
        and m.mention == "name"
        and 1 < len(toks) - k <= 10
        and (
            toks[k + 1][2].lower() in _APPOSITIVE_OPENERS
            or any(_key(t[2]) in ROLE_WORDS for t in toks[k + 1 :])
        )
        and not any(t[2] in NP_SKIP_WORDS or t[2] in SPEECH_VERBS or not t[2][:1].isalnum()
                    for t in toks[k + 1 :])
    ):
        return m  # "said Tom Brown, the party leader": a name and its appositive
    if toks[k][2] in _POST_ADJECTIVES and k + 1 < len(toks) and toks[k + 1][2] in _PREPOSITIONS:
        k += 1  # "said a source close to the talks", "said people familiar with the plan"
    if toks[k][2] not in _PREPOSITIONS or any(
        t[2] in NP_SKIP_WORDS or t[2] in SPEECH_VERBS for t in toks[k + 1 :]
    ):
        return None
    return m


#: Words that open an appositive after a speaker's name: "Tom Brown, the leader".
_APPOSITIVE_OPENERS = word_set("the a an his her their its our one another")


def _capitalised(tok: Token) -> bool:
    return tok[2][:1].isupper()


def _contracted(word: str) -> bool:
    """Whether ``word`` is a pronoun and a verb run together: ``he's``, ``they’re``."""
    return word.replace("’", "'").split("'")[0] in PRONOUNS


#: Words that are no modifier before the head of a speaker phrase.
_NOT_MODIFIERS = _PREPOSITIONS | NP_SKIP_WORDS | SPEECH_VERBS | BOUNDARY_WORDS | PRONOUNS


#: Capitalised words of time that follow a role read forward ("said the spokesman Thursday"):
#: the days an inverted attribution may hold, "Tomorrow" and the months.
_TIME_WORDS = frozenset(
    w.title()
    for w in _DAYS
    | word_set(
        """
        tomorrow january february march april may june july august september october
        november december
        """
    )
)


def _serves(word: str) -> bool:
    """Whether ``word``, in lower case, names one who speaks for, serves or stands close to
    someone named after a preposition: "spokesman", "aide", "source", "close"."""
    return word.islower() and (
        _key(word) in ROLE_WORDS or word in PERSON_NOUNS or word in PERSON_PLURALS
        or word in GROUP_NOUNS or word in _POST_ADJECTIVES
    )


def _role_then_name(toks: list[Token], k: int) -> Mention | None:
    """``coach Tom Brown``, ``police spokesman Tom Brown``: lower-case role words, then a
    capitalised name right after a role word, among the first ``k`` tokens.  The name and
    the role before it, as :func:`_from_run` splits them; ``None`` without such a name."""
    for c in range(1, k):
        if (
            toks[c][2][:1].isupper()
            and (
                _key(toks[c - 1][2]) in ROLE_WORDS
                # "said shopkeeper Raj Patel": any person noun before a name of two words
                # ("fellow Democrats" is no role and a name)
                or (
                    toks[c - 1][2].islower()
                    and toks[c - 1][2] in PERSON_NOUNS
                    and c + 1 < k
                    and toks[c + 1][2][:1].isupper()
                )
            )
            and toks[c][2] not in _TIME_WORDS  # "said officials Monday": a time, not a name
        ):
            if any(toks[j][2] in _POST_PREPOSITIONS and _serves(toks[j - 1][2])
                   for j in range(1, c - 1)):
                # "a spokesman for President Joe Biden", "an aide to Senator Tom Reyes": the
                # name is the object of the role's post-modifier, not the speaker's
                return None
            n = c + 1
            while n < k and (
                toks[n][2][:1].isupper()
                or _particles_then_name(toks, n, k)
            ):
                n += 1
            m = _from_run(toks[:n])
            if m is None or m.mention != "name" or toks[c - 1][2] not in PERSON_NOUNS:
                return m
            named = _from_run(toks[c:n])  # the person noun is a role _from_run does not know
            if named is None or named.mention != "name":
                return m
            role = " ".join(w.lower() for _, _, w in toks[:c])
            if named.role:
                role = f"{role} {named.role}"
            gender = named.gender or _gender([w for _, _, w in toks[:c]])
            return _made(Mention, (m.start, m.end, "name", named.name, role, gender, False))
    return None


_LEAD_IN = re.compile(
    r"(?:,[’'”\"]*|\b(?:by|after|before|while|when|without|in|since|upon))[ \t\u00a0]*"
    r"(?:also[ \t\u00a0]+)?\Z"
)
#: A speech verb of a finished attribution, as a whole word (group 1).
_SAID = (
    r"(?<![\w’'])(said|says|told|added|wrote|argued|noted|explained|stated|tweeted|continued"
    r"|replied|responded|answered|vowed|insisted|declared|warned|conceded|acknowledged"
    r"|countered|quipped|joked|remarked)"
)
#: Before a participle: the verb and its words, then a comma or a connective
#: ("X said, adding", "X replied, before adding", "X responded before adding").
_SAID_BEFORE = re.compile(
    _SAID + r"(?:[ \t\u00a0]+[^,;:!?\"“”]{1,60}?(?:,[ \t\u00a0]+[^,;:!?\"“”]{1,60}?)?)?"
    r"(?:[’'”\"]*[ \t\u00a0]*,[’'”\"]*[ \t\u00a0]*(?:(?:before|while|then)[ \t\u00a0]+)?"
    r"|[ \t\u00a0]+(?:before|while)[ \t\u00a0]+)(?:also[ \t\u00a0]+)?\Z"
)
_SAID_SUBJECT = re.compile(_SAID + r"[ \t\u00a0]+(?=\S)")


_FRONT_PARTICIPLE = re.compile(
    r"(?:(?i:after|while|despite|besides|by|before|since|upon|without|in|when|on|instead"
    r"[ \t\u00a0]+of)[ \t\u00a0]+)?\Z"
)
_CLAUSE_END = re.compile(
    r"[!?;\n]|(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr))(?<!\b(?:Mrs|Sen|Rep|Gov|Gen|Col))(?<![A-Z])\.(?=\s)"
)


def _fronted_participle(text: str, s_start: int, verb: int) -> Mention | None:
    """The subject of the main clause for a participle that opens its sentence, alone or
    after a preposition ("Despite challenging the leader, Cruz said …", "After saying …,
    the man …"): the words after the comma that ends the fronted clause."""
    dateline = _DATELINE.match(text, s_start, min(verb, s_start + 90))
    start = dateline.end() if dateline is not None else s_start
    if verb - start > 14 or _FRONT_PARTICIPLE.match(text, start, verb) is None:
        return None
    end = _CLAUSE_END.search(text, verb, min(len(text), verb + 300))
    limit = end.start() if end is not None else min(len(text), verb + 300)
    at = _subject_after_comma(text, verb, limit)
    return clause_subject(text, at, limit) if at >= 0 else None


def participle_source(text: str, s_start: int, verb: int) -> Mention | None:
    """Who speaks in a participle clause ("…, adding that", "began by saying").

    ``None`` when the participle does not follow a comma or a preposition.
    Otherwise the speaker of the attribution just before the comma
    (``X said, adding``, ``said X, adding``), else the subject of the
    sentence (``X left early, arguing that``).
    """
    lo = max(s_start, verb - 160)
    if text[max(lo, verb - 4) : verb].rstrip().endswith(" as"):
        quoted = QUOTED_AS.search(text, lo, verb)
        if quoted is not None:
            # "the agency quoted Wassim Bouhlel, a Nice native, as saying": the one quoted
            return phrase_after(text, quoted.start(2), quoted.end(2))
    fronted = _fronted_participle(text, s_start, verb)
    if fronted is not None:
        return fronted
    if text.find("ccording to", lo, verb) >= 0:
        source = _ACCORDING_BEFORE.search(text, lo, verb)
        if source is not None:
            # "…, according to the agency, citing documents …": the source cites
            return phrase_after(text, source.start(1), source.end(1))
    if _LEAD_IN.search(text, max(lo, verb - 12), verb) is None:
        return None
    said = _SAID_BEFORE.search(text, lo, verb)
    if said is not None:
        after = _SAID_SUBJECT.match(text, said.start(1))
        m = phrase_before(text, s_start, said.start(1))
        if m is None and after is not None:
            m = phrase_after(text, after.end(), said.end())
        if m is not None and (m.mention != "description" or _THE.match(text, m.start)):
            return m  # "the longtime donor said, adding": a definite description speaks
    start = subject_start(text, s_start, verb)
    nearer = _nearest_clause_subject(text, start, verb)
    if nearer is not None:
        return nearer
    m = clause_subject(text, start, verb)
    if m is not None and m.mention == "description" and not text[m.start].isupper() and (
        _ARTICLE.match(text, start, verb) is None
    ):
        return None
    return m


#: "according to" and its source (group 1), then the comma right before a participle.
_ACCORDING_BEFORE = re.compile(
    r"(?<![\w’'])[Aa]ccording[ \t\u00a0]+to[ \t\u00a0]+([^,;:.!?\"“”]{1,80}?)"
    r"[ \t\u00a0]*,[ \t\u00a0]*\Z"
)


#: How demonyms and members of a party end ("Argentine", "Australian", "Republican",
#: "Democrat", "Japanese", "Briton", "Spaniard", "Socialist"): a capitalised word after
#: "the" that ends so describes a person, no body.
_MEMBER_ENDS = ("an", "ine", "ese", "ish", "crat", "ist", "on", "ard", "i", "er", "ch")


#: "quoted" (or "cited", group 1) and the one quoted (group 2), up to the "as" of "as
#: saying", an appositive with it ("quoted Wassim Bouhlel, a Nice native, as"); not the
#: passive ("X was quoted by a paper as saying": X speaks, read as any subject is).
QUOTED_AS = re.compile(
    r"(?<![\w’'])(?<!was[ \t\u00a0])(?<!are[ \t\u00a0])(?<!\bis[ \t\u00a0])(?<!\bbe[ \t\u00a0])"
    r"(?<!were[ \t\u00a0])(?<!been[ \t\u00a0])"
    r"(quoted|quotes|cited|cites)[ \t\u00a0]+(?!(?:by|in|on|at)\b)"
    r"([^.!?;:\"“”]{1,120}?)[ \t\u00a0]+as[ \t\u00a0]*\Z"
)


#: A clause joined to the one before it, with its own subject: "…, and the governor …",
#: "…; he …", "… in which he …".
_JOINED_CLAUSE = re.compile(
    r"(?:[,;][ \t\u00a0]+(?:and|but|so|yet)[ \t\u00a0]+|;[ \t\u00a0]+"
    r"|(?<![\w’'])in[ \t\u00a0]+which[ \t\u00a0]+(?=(?:he|she|they|we)\b))"
)


_QUOTE_MARKS = ('"', "“", "”", "''")


def _nearest_clause_subject(text: str, start: int, verb: int) -> Mention | None:
    """The subject of the last clause joined before a participle ("X unleashed attacks,
    and the governor tripped up Y by calling …": the governor), when that clause has a
    subject and a verb of its own."""
    last = None
    for m in _JOINED_CLAUSE.finditer(text, max(start + 1, verb - 200), verb):
        last = m
    if last is None or any(mark in text[last.start() : verb] for mark in _QUOTE_MARKS):
        return None  # no clause read across a quotation
    at = last.end()
    subject = clause_subject(text, at, verb)
    if subject is None or subject.start != at or (
        subject.mention == "description" and not _ARTICLE.match(text, at, verb)
    ):
        return None
    nxt = _WORD_AFTER.match(text, subject.end, verb)
    if nxt is None or nxt.group(1).lower() in _NOT_VERB_AFTER or not nxt.group(1).isalpha():
        return None
    return subject


#: Common verbs in the past tense that do not end in -ed: they end a subject read forward.
FINITE_VERBS = word_set(
    """
    is are was were has had will would can could may might must took made went came began
    spent sent gave got kept left held stood met said says told rose sat ran won lost put
    set saw knew thought felt brought bought fought wrote spoke drew threw grew struck
    cut hit quit shut led fled paid sold heard built meant found fell broke chose drove
    flew sought caught became withdrew oversaw swept dealt
    """
)


def clause_subject(text: str, start: int, limit: int) -> Mention | None:
    """The subject that opens a clause at ``start``: a noun phrase opened by an article
    up to its verb ("the port director toured …"), else :func:`phrase_after`."""
    if _ARTICLE.match(text, start, limit) is not None:
        phrase = _noun_phrase(text, start, limit)
        words = text[phrase.start : phrase.end] if phrase is not None else ""
        if (
            phrase is not None and phrase.mention in ("description", "role")
            and ("’s " in words or "'s " in words) and words.rsplit(None, 1)[-1][:1].isupper()
        ):
            # "The Congress party's Rahul Gandhi …, telling", "The company's founder Elon
            # Musk …, saying": the name after its owner and role, read as before a verb
            # of speech; "The team's manager" stays the description
            verb = skip_space(text, phrase.end, limit)
            named = phrase_before(text, start, verb) if verb < limit else None
            if named is not None and named.start >= start and named.mention == "name":
                return named
        return phrase
    if _OWNER.match(text, start, limit) is not None:
        # a name's possessive before a body or people: "Kenya's central bank held …" is
        # the bank, "Trump's lawyers filed …" the lawyers; the owner of a thing speaks
        # through it ("Palin's posts …, saying")
        owned = _noun_phrase(text, start, limit)
        if owned is not None:
            head = text[owned.start : owned.end].rsplit(None, 1)[-1]
            if _key(head) in ORGANIZATION_HEADS or _named_group(head):
                return owned
            if head[:1].isupper():  # "South Africa's power utility Eskom said …": the
                # name after its role, read as before a verb
                verb = skip_space(text, owned.end, limit)
                named = phrase_before(text, start, verb) if verb < limit else None
                if named is not None and named.start >= start:
                    return named
    m = phrase_after(text, start, limit)
    if m is not None and m.mention == "name" and m.start == start:
        nxt = _GROUP_AFTER.match(text, m.end, limit)
        if nxt is not None and (
            _named_group(nxt.group(1)) or _key(nxt.group(1)).rstrip("s") in ORGANIZATION_HEADS
        ):
            # "Business groups on both sides … have urged": a capitalised word that opens
            # its sentence before a noun of people is no name; the phrase up to its verb
            # is read as before a verb of speech ("Oxfam senior policy adviser Max Lawson")
            phrase = _noun_phrase(text, start, limit)
            verb = skip_space(text, phrase.end, limit) if phrase is not None else limit
            named = phrase_before(text, start, verb) if verb < limit else None
            if named is not None and named.start >= start:
                return named
    return m


#: A name's possessive, then a word in lower case: "Kenya's central bank", "South
#: Africa's power utility".
_OWNER = re.compile(r"(?:[A-Z][\w\-]*[ \t\u00a0]+){0,3}[A-Z][\w\-]*[’']s[ \t\u00a0]+(?=[a-z])")
#: The word in lower case right after a name: "Business *groups*".
_GROUP_AFTER = re.compile(r"[ \t\u00a0]+([a-z]+)\b")


def skip_space(text: str, at: int, limit: int) -> int:
    """The first index from ``at`` (before ``limit``) that holds no space or tab."""
    while at < limit and text[at] in " \t\u00a0":
        at += 1
    return at


def _noun_phrase(text: str, start: int, limit: int) -> Mention | None:
    """The noun phrase that opens a clause at ``start`` ("the union leaders gathered …"),
    up to its verb: a word that ends in -ed or -ly, an auxiliary, or a boundary word."""
    toks = tokenize(text, start, min(limit, start + _WINDOW))
    k = 1
    while k < len(toks) and k < 8:
        w = toks[k][2]
        low = w.lower()
        if not w[:1].isalnum() or low in BOUNDARY_WORDS or low in NP_SKIP_WORDS or (
            low in _PREPOSITIONS
            or (w.islower() and (low in FINITE_VERBS or low.endswith(("ed", "ly"))))
        ):  # (a verb in lower case: "The Met Office", "The Rising Sun" are names)
            break
        k += 1
    if k < 2 or k >= len(toks):
        return None
    words = [w for _, _, w in toks[:k]]
    s, e = toks[0][0], toks[k - 1][1]
    definite = words[0].lower() in {"the", "this"}
    verb = toks[k][2]
    if (
        words[0].lower() == "the"
        and all(w[:1].isupper() for w in words[1:])
        and (verb in FINITE_VERBS or (verb.islower() and verb.endswith("ed")))
    ):
        # "The IMF cut …", "The Federal Reserve raised …": a name after its article and
        # before its verb, read as it is read before a verb of speech ("The IMF said");
        # not a name cut short by "of" or "and" ("The University of …")
        # not when it ends as a demonym or a party's member does ("The Argentine", "The
        # Wisconsin Republican", "The Democrat"): those describe a person
        named = phrase_before(text, start, toks[k][0])
        if named is not None and _body_name(named):
            return named
    if any(_key(w) in ROLE_WORDS for w in words):
        role = " ".join(w.lower() for w in words if w.lower() not in DETERMINERS)
        return Mention(s, e, "role", role=role, gender=_gender(words), definite=definite)
    return Mention(s, e, "description", definite=definite)


_FRONTED = re.compile(
    r"(?:In|On|At|After|Before|During|Since|Last|Earlier|Later|Then|Yet|But|And|So|Still|Here|"
    r"There(?=,)|"
    r"However|Meanwhile|Instead|Indeed|Also|Now|Today|Yesterday|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\b[^,.;:!?\"“”]{0,60},[ \t\u00a0]+"
)
#: A dateline that opens a story: ``WASHINGTON (AP) - ``, ``PARIS, Texas — ``,
#: ``NEW YORK -- ``: a place in capitals, maybe a region and an agency, then a dash.
_DATELINE = re.compile(
    r"[A-Z][A-Z.’'\-]+(?:[ \t\u00a0][A-Z][A-Z.’'\-]+)*"
    r"(?:,[ \t\u00a0]+[A-Z][\w.’']*(?:[ \t\u00a0][A-Z0-9][\w.’']*)?)?"
    r"(?:[ \t\u00a0]*\([^()\n]{1,40}\))?[ \t\u00a0]*[-—–―]+[ \t\u00a0]+(?=[A-Z“\"])"
)
#: Words that open a fronted phrase or clause before the subject ("Despite …, X said").
_FRONT_WORDS = word_set(
    """
    in on at after before during since last earlier later then yet but and so still here
    however meanwhile instead indeed also now today yesterday monday tuesday wednesday
    thursday friday saturday sunday despite besides unlike like while when whenever although
    though because as if once until unless upon without with by for from to among amid
    following throughout given rather even just back shortly late early
    asked faced
    """
)
#: Words that open a fronted phrase only with a comma right after them: the place adverb
#: of "There, the chairman said …", where with none it is the existential subject of
#: "There were fears …".
_COMMA_FRONT_WORDS = word_set("There")
#: Lower-case words after a capitalised phrase that show it is not a subject.
_NOT_VERB_AFTER = _PREPOSITIONS | DETERMINERS | word_set("and or but by as about into than")
_THE = re.compile(r"[Tt]he[ \t\u00a0]")
_ARTICLE = re.compile(r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)[ \t\u00a0]")
_WORD_AFTER = re.compile(r"[ \t\u00a0]*(\(|[—–―]|[a-z][\w’'\-]*)")


#: Connectives that open a sentence with no comma after them ("And then Trump …").
_CONNECTIVE = re.compile(
    r"(?:And|But|So|Yet|Then|Also|Still|Now)(?:[ \t\u00a0]+(?:then|now|also|so))?[ \t\u00a0]+"
    r"(?=[A-Z]|(?:he|she|they|we|i|the|a|an|his|her|their|its)\b)"
)


def _fronted_word(word: str, nxt: str) -> bool:
    """Whether a sentence's first word opens a fronted phrase: a preposition or
    subordinator ("Despite", "While"), the short participles of a question ("Asked
    about …", "Faced with …"), or a participle of six letters or more before a
    lower-case word ("Speaking at", "Reached by")."""
    if word.lower() in _FRONT_WORDS:
        return True
    return len(word) > 5 and word.endswith(("ing", "ed")) and nxt[:1].islower()


def _subject_after_comma(text: str, start: int, limit: int) -> int:
    """The first comma before ``limit`` after which a subject and its verb come
    ("At an event in Ames, Iowa, on Sunday, Mrs. Clinton tried …": the comma before
    "Mrs."), or -1.  A few commas are tried, each with a bounded reading."""
    pos = start
    for _ in range(6):
        comma = text.find(",", pos, min(limit, start + 260))
        if comma < 0:
            return -1
        pos = comma + 1
        at = skip_space(text, pos, limit)
        if _ARTICLE.match(text, at, limit) is not None:
            return at  # "the man", "his aides": a noun phrase opens the main clause
        m = phrase_after(text, at, limit)
        if m is None or m.start != at or m.mention == "description":
            continue
        if m.mention == "pronoun":
            return at
        nxt = _WORD_AFTER.match(text, m.end, limit)
        if nxt is not None and nxt.group(1).lower() not in _NOT_VERB_AFTER:
            return at
    return -1


def subject_start(text: str, s_start: int, limit: int) -> int:
    """Where the subject of a sentence begins: after a dateline (``WASHINGTON (AP) -``)
    and after a fronted phrase or clause ("In May, …", "Speaking at a rally in Salem,
    New Hampshire, Trump …", "Despite challenging the leader, Cruz said …")."""
    dateline = _DATELINE.match(text, s_start, min(limit, s_start + 90))
    if dateline is not None:
        s_start = dateline.end()
    word_end = text.find(" ", s_start, limit)
    if word_end < 0:
        return s_start
    word = text[s_start:word_end].strip(",")
    if not word[:1].isupper() or not (
        _fronted_word(word, text[word_end + 1 : word_end + 3])
        or (word in _COMMA_FRONT_WORDS and text[word_end - 1] == ",")
    ):
        return s_start
    at = _subject_after_comma(text, word_end, limit)
    if at >= 0:
        return at
    joined = _CONNECTIVE.match(text, s_start, limit)
    if joined is not None:  # "And then Trump went …, saying": no fronted phrase, a connective
        return joined.end()
    m = _FRONTED.match(text, s_start, limit)
    return m.end() if m is not None else s_start
