"""Reported speech and attributed content beyond "X said": every cue family.

:func:`attributions` reads the cues of :mod:`limner_quotes.cues` that the
first pass of :mod:`limner_quotes.finder` left alone, and reports, for each:

- an active verb with a source before it ("the senator criticized …",
  "a poll shows …", "the court ruled that …"): the rest of the clause, with
  the addressee skipped for verbs that name one first ("urged voters to …");
- a participle after a comma or a preposition ("…, arguing that …", "began
  by saying …"): the source is the speaker just before the comma, else the
  subject of the sentence;
- a passive ("X is expected to …", "it was reported that …", "X was asked
  whether …"): the subject (unless "it") and the complement, the ``by``
  phrase as the source;
- a raising verb ("X seemed to …"): the complement, with X as the source
  when X names someone, else with X as part of the content;
- a noun cue ("X's claim that …", "his call for …"): the complement, the
  possessor or the ``by`` phrase as the source;
- a parenthetical cue ("A, X says, B" and "A, X argued."): the words around it;
- a colon ("X said: A. B."): the words after it, to the end of the paragraph,
  or the next paragraph when the colon ends one;
- a frame opening a sentence ("In a new poll, …", "Asked whether …");
- a headline ("Senator Says Plan Will Fail"): the words after the verb.

Each rule reads a bounded window around its cue, so the pass is linear in the
text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

import regex

from limner_quotes.cues import (
    ANSWERS,
    CLAUSE_ONLY,
    COMPOUND_PARTS_AFTER,
    COMPOUND_PARTS_BEFORE,
    FRAME_NOUNS,
    NOUN_CUES,
    NOUNLIKE,
    OBJECT_FIRST,
    PARTICIPLES,
    PARTICLE_ONLY,
    PASSIVE_HEADS,
    PHRASAL,
    RAISING,
    REFUSALS,
    RULING_FORMS,
    SAYING_NOUNS,
    SILENCES,
    SPEECH,
    THERE_NOUNS,
    TOPIC_PARTICLES,
    VERB_FORMS,
    inflect,
)
from limner_quotes.layout import Layout
from limner_quotes.lexicon import (
    ASSEMBLY_HEADS,
    DETERMINERS,
    MIXED_VERBS,
    OPENING_PRONOUNS,
    ORGANIZATION_HEADS,
    PERSON_NOUNS,
    PERSON_PLURALS,
    PREPOSITIONS,
    REPORTING_VERBS,
    ROLE_WORDS,
    SPEECH_VERBS,
    run_match,
    word_set,
    word_start_pattern,
)
from limner_quotes.phrases import (
    FINITE_VERBS,
    HEARER_BEFORE,
    Mention,
    Token,
    by_means,
    participle_source,
    passive_agent,
    phrase_after,
    phrase_before,
    pronoun_mention,
    regular_past,
    skip_space,
    subject_but,
    subject_start,
)
from limner_quotes.sources import (
    DOCUMENT_HEADS,
    TIME_AFTER,
    claim_target,
    claim_there,
    it_clause,
    saying_noun,
    text_answer,
    word_starts,
)

__all__ = ["Attribution", "attributions", "before_next_clause", "cue_hits", "noun_head"]

_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})
#: The verb forms of the cue words :func:`cue_hits` gives: every cue verb's, and a court's
#: *held*, which ``cue_hits`` gives only where it is a ruling (see ``_court_holds``).
_CUE_FORMS = {**VERB_FORMS, **RULING_FORMS}
_RAISING_FORMS = frozenset(f for b in RAISING for f in inflect(b))
_RAISING_OR_EXPECTED = _RAISING_FORMS | {"expected"}
#: Past participles of the cue verbs: after a form of "be" they make a passive.
PARTICIPLES_PAST = PASSIVE_HEADS | frozenset(
    form for form, (base, _) in VERB_FORMS.items() if form == inflect(base)[3]
)
_HEADLINE = frozenset(
    w.capitalize()
    for b in word_set(
        "say tell warn claim urge call slam blast admit deny vow insist argue "
        "ask accuse praise reject back endorse defend attack predict promise"
    )
    for w in inflect(b)[:3]
)
#: Participles of a state of mind that are no verbs of saying: after "be" and before
#: "that" the subject holds the clause ("They are convinced that …", "Officials are
#: concerned that …"); elsewhere they attribute nothing ("the people concerned", "shocked
#: by the news").
_MIND_STATES = word_set(
    """
    convinced persuaded concerned alarmed shocked surprised astonished dismayed
    disappointed relieved
    """
)
#: Participles that after "be" tell a state of mind of the subject, who holds the view.
_HOLDER_STATES = frozenset({"worried"}) | _MIND_STATES
_ALL = frozenset(_CUE_FORMS) | NOUN_CUES | _ADVERBS | PASSIVE_HEADS | _MIND_STATES


_LOOKED_FOR = (
    _ALL
    | {"heard"}
    | _HEADLINE
    | frozenset(w.capitalize() for w in _ADVERBS)
    | REPORTING_VERBS
    | {"according", "According"}
    | SAYING_NOUNS
    | FRAME_NOUNS
)
#: Words of a text, for a set intersection with the cue words: one C-level scan,
#: then one ``str.find`` loop per distinct cue word the text holds (a regular
#: expression of a thousand alternatives is tried at every position, far slower).
_WORD = re.compile(r"[A-Za-z][a-z]+")
#: The same scan for the default vocabulary, whose words all have at least
#: ``_SHORTEST`` letters: shorter words ("of", "to", "he") are not even read.
#: A whole word of the vocabulary is still one token, the scan starting at its
#: first letter (the character before it is not a letter).
_SHORTEST = min(len(w) for w in _LOOKED_FOR)
_LONG_WORD = re.compile(rf"[A-Za-z][a-z]{{{_SHORTEST - 1},}}")
#: The words of the default vocabulary that ``_LONG_WORD`` can give (all but
#: ``op-ed``), as ASCII bytes, for :func:`_letter_runs`.
_SCANNED = {w.encode("ascii"): w for w in _LOOKED_FOR if _LONG_WORD.fullmatch(w)}
_SCANNED_BYTES = frozenset(_SCANNED)
#: Every byte but an ASCII letter made a space: a text's runs of ASCII letters
#: are then the pieces of one ``bytes.split``.
_LETTERS_ONLY = bytes(
    c if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256)
)


def _letter_runs(text: str) -> bytes:
    """``text`` with every character but an ASCII letter made a space, as bytes: its
    maximal runs of ASCII letters are the pieces of its ``split()``, at the offsets of
    ``text``.

    A word of ``_SCANNED`` that stands between two characters that are not
    ASCII letters (or the ends of the text) is one of these runs exactly, as
    it is one token of ``_LONG_WORD.findall(text)``; a run that is a word of
    ``_SCANNED`` is also a token of that scan.  So both give the same words of
    ``_SCANNED``, and these runs come without a regular expression match (and
    its allocations) per word: passes in C over the text.  Latin-1 keeps
    one byte per character as ASCII does (a character it lacks is one ``?``, a
    space here), and encodes text that it holds (most news: a pound sign, an accent)
    as one copy, where ASCII replaces each such character on its slow path.
    """
    return text.encode("latin-1", "replace").translate(_LETTERS_ONLY)




def _scanned_hits(text: str) -> tuple[list[tuple[int, int]], list[bytes]]:
    """:func:`cue_hits` of the default vocabulary, and the words it found (as bytes).

    The runs that are cue words, in text order, come from one filter in C over the
    runs; each is then found at its place by one search from the end of the one
    before, for the word as a whole run: the searches together read the text once,
    where a search per distinct word from the text's start read it once per word.
    A run is a whole word where the characters beside it continue no word
    (:func:`_in_word`: not a digit, an apostrophe, a hyphen, a letter of Latin-1).
    A word that is a noun where it stands (:func:`_noun_use`) is left out; only a verb
    form after the end of a determiner (``_DETERMINER_ENDS``), or a part of a compound
    noun, is read for it (``_NOUN_TESTS``).
    """
    runs = _letter_runs(text)
    found = list(filter(_SCANNED_BYTES.__contains__, runs.split()))
    if not found:
        return [], found
    find = (b" " + runs + b" ").find  # a run at offset i is " run " at offset i
    spaced = _SPACED
    n = len(text)
    edge = _EDGE
    ends = _DETERMINER_ENDS
    hits: list[tuple[int, int]] = []
    at = 0
    for word in found:
        padded, test = spaced[word]  # test 0: never a noun; 1: a verb form; 2: a compound's part
        i = find(padded, at)
        j = i + len(word)
        at = j + 1  # the space after the run may open the next one's
        if (i == 0 or text[i - 1] in edge or not _in_word(text[i - 1])) and (
            j >= n or text[j] in edge or not _in_word(text[j])
        ):
            if test and (test == 2 or runs[i - 4 : i - 1] in ends) and _noun_use(text, i, j):
                continue
            hits.append((i, j))
    return hits, found


def cue_hits(text: str, vocabulary: frozenset[str] = _LOOKED_FOR) -> list[tuple[int, int]]:
    """``(start, end)`` of every word of ``vocabulary`` in the text, whole words, in order."""
    if vocabulary is _LOOKED_FOR:
        hits, found = _scanned_hits(text)
        held = not _HOLD_BYTES.isdisjoint(found)
    else:
        words = list(vocabulary.intersection(_WORD.findall(text)))
        hits = [(i, j) for i, j in _occurrences(text, words) if not _noun_use(text, i, j)]
        held = not _HOLD_FORMS.isdisjoint(words)
    if held:  # "held" is a cue of a court's ruling only
        hits = [(i, j) for i, j in hits if text[i:j] not in _HOLD_FORMS or _court_holds(text, i, j)]
    return hits


#: Determiners and possessive pronouns, after which a word is a noun, never a verb with a
#: subject: "the think tank", "its show", "a say".  ("her" is left out: an object pronoun
#: opens a clause after "made", "let" or "heard": "heard her say that …"; so is a
#: capital "A", a name in "Patient A said".)
_NOUN_DETERMINERS = word_set("the a an his its their our my your The An His Its Their Our My Your")
#: The cue words that are verb forms and no noun cues: after a determiner, nouns ("the
#: thought that …", "the added feature"); a noun cue stays one ("the claim that …"), and
#: so does an adverb ("the supposedly imminent ban") and a gerund, whose possessor is its
#: subject ("his saying that …", "his questioning of the candidate").
_VERBS_ONLY = frozenset(
    w for w in (frozenset(_CUE_FORMS) | REPORTING_VERBS) - NOUN_CUES - SAYING_NOUNS
    if not w.endswith("ing")
)
#: The last three characters before a word's space where a word of ``_NOUN_DETERMINERS``
#: ends there, in a text's letter runs (see ``_letter_runs``: "the", "eir" of "their",
#: " an", and "a" after a space and any letter or space, "n a" of "in a"): a verb form
#: after one of them is read by ``_noun_use``, one slice of bytes that lets through every
#: verb form after a determiner.
_DETERMINER_ENDS = frozenset(
    [(b" " + d.encode("latin-1"))[-3:] for d in _NOUN_DETERMINERS if len(d) > 1]
    + [bytes([c]) + b" a" for c in b" " + bytes(range(65, 91)) + bytes(range(97, 123))]
)
#: Each cue word as a letter run -> what ``_scanned_hits`` tests of it: 2, a part of a
#: compound of ``COMPOUND_NOUNS`` (read by ``_noun_use`` wherever it stands); 1, a verb
#: form of ``_VERBS_ONLY`` (read where a determiner ends before it); 0, nothing.
_NOUN_TESTS = {
    run: 2 if word in COMPOUND_PARTS_AFTER or word in COMPOUND_PARTS_BEFORE or word == "saying"
    else 1 if word in _VERBS_ONLY else 0
    for run, word in _SCANNED.items()
}
#: Each word of ``_SCANNED`` -> the word between two spaces (in the text's letter runs,
#: padded with a space at each end, the word as a whole run), and its ``_NOUN_TESTS``.
_SPACED = {b: (b" " + b + b" ", _NOUN_TESTS[b]) for b in _SCANNED}
#: Punctuation that may end the second part of a compound ("a think tank, the …").
_WORD_END = ",.;:!?)”\"'’"


def _noun_use(text: str, i: int, j: int) -> bool:
    """Whether the cue word at ``i``-``j`` is a noun where it stands, so no cue: a verb
    form right after a determiner or a possessive pronoun ("the think tank", "its show"),
    or a part of a lexicalised compound noun (``COMPOUND_NOUNS``: "several think tanks",
    "The chat show host").  A noun cue after a determiner stays a cue ("the claim that
    …").  Reads the word on each side of the cue word alone."""
    word = text[i:j]
    if word == "saying":  # "the old saying": the noun (sources.saying_noun)
        return saying_noun(text, i)
    if i > 1 and text[i - 1] == " " and text[i - 2] != " ":
        before = text[i - 12 if i > 12 else 0 : i - 1].rsplit(None, 1)
        if before:
            prev = before[-1]
            if prev in _NOUN_DETERMINERS and word in _VERBS_ONLY:
                return True
            parts = COMPOUND_PARTS_BEFORE.get(word)
            if parts is not None and prev.lower() in parts:
                return True
    parts = COMPOUND_PARTS_AFTER.get(word)
    if parts is not None and text[j : j + 1] == " ":
        after = text[j + 1 : j + 14].split(None, 1)
        return bool(after) and after[0].rstrip(_WORD_END).lower() in parts
    return False


def _occurrences(text: str, words: list[str]) -> list[tuple[int, int]]:
    """``(start, end)`` of every whole-word occurrence of ``words`` in the text, in order."""
    hits: list[tuple[int, int]] = []
    n = len(text)
    find = text.find
    edge = _EDGE
    for word in words:
        size = len(word)
        i = find(word)
        while i >= 0:
            j = i + size
            # a character of _EDGE is a boundary: one set test for most words
            if (i == 0 or text[i - 1] in edge or not _in_word(text[i - 1])) and (
                j >= n or text[j] in edge or not _in_word(text[j])
            ):
                hits.append((i, j))
            i = find(word, j)
    hits.sort()
    return hits


def _in_word(ch: str) -> bool:
    """Whether ``ch`` continues a word: a letter or digit, an apostrophe or a hyphen."""
    return ch.isalnum() or ch in "’'-"


#: The commonest characters around a word, none of which continues one (``_in_word``).
_EDGE = frozenset(" \n,.;:!?\"“”()")


_SUBJECT_WORD = re.compile(
    r"(?:(?<![\w’'])(?i:he|she|they|we|i|it|who)|[A-Z][\w’'.\-]*|\w+(?:ed|man|men|woman|women|"
    r"er|ers|or|ors|ist|ists|ent|ents|ant|ants|ial|ials|ies|ions)(?:['’]s)?)[ \t\u00a0]+"
    r"(?:(?:also|now|later|then|has|have|had|would|will|could|did|does|do|not|never|still)"
    r"[ \t\u00a0]+){0,2}\Z"
)
#: ``_SUBJECT_WORD`` with its word ending in a suffix tried only where a word starts: a
#: match from inside a word is also one from the character before it (``\w+`` takes
#: one more), so only the first character of the window is left to try inside a word.
#: ``\w+`` from every position of every word, then each suffix at each of its lengths,
#: is the pattern's cost.
_SUBJECT_WORD_START = re.compile(
    _SUBJECT_WORD.pattern.replace(r"|\w+(?:ed|", r"|(?<!\w)\w+(?:ed|")
)


#: The words ``_SUBJECT_WORD`` allows between the subject and the cue.
_SUBJECT_ADVERBS = [
    "also", "now", "later", "then", "has", "have", "had", "would", "will", "could", "did",
    "does", "do", "not", "never", "still",
]
#: ``_SUBJECT_WORD`` spelled backwards, for the window read backwards from the cue: one
#: match at the cue instead of a search that tries three alternatives at every position
#: of the window.  Read backwards, the white space and adverbs come first, then the
#: subject word: a pronoun, then the test for the character before it (the window's
#: own, else, after a NUL that ends the reversed window, the one before the window,
#: which the look-behind reads); the characters of a name back to a capital; or a suffix
#: and a letter before it.  A match needs only to exist: the greedy count of adverbs and
#: the alternatives are all tried.
_SUBJECT_WORD_REVERSED = re.compile(
    r"[ \t\u00a0]+(?:(?:" + "|".join(w[::-1] for w in _SUBJECT_ADVERBS) + r")[ \t\u00a0]+){0,2}"
    r"(?:(?i:eh|ehs|yeht|ew|i|ti|ohw)(?![\w’']|\x00[\w’'])|[\w’'.\-]*[A-Z]"
    r"|(?:s['’])?(?:de|nam|nem|namow|nemow|re|sre|ro|sro|tsi|stsi|tne|stne|tna|stna|lai"
    r"|slai|sei|snoi)\w)"
)


def subject_word_before(text: str, lo: int, v0: int) -> bool:
    """Whether ``_SUBJECT_WORD`` matches in ``text[lo:v0]`` (a name, pronoun or noun, then
    the cue), found with ``_SUBJECT_WORD_REVERSED`` (``_SUBJECT_WORD_START`` and the
    plain pattern where the window holds a NUL)."""
    window = text[lo:v0]
    if "\x00" not in window:
        return _SUBJECT_WORD_REVERSED.match(
            window[::-1] + "\x00" + text[lo - 1] if lo > 0 else window[::-1]
        ) is not None
    if _SUBJECT_WORD_START.search(text, lo, v0) is not None:
        return True
    # a word that the window cuts: the plain pattern from the window's first character
    return lo > 0 and _WORDISH.match(text, lo - 1) is not None and (
        _SUBJECT_WORD.match(text, lo, v0) is not None
    )


_WORDISH = re.compile(r"\w")
#: Pronouns and determiners that open a subject of their own ("His call to …", "That
#: view has …", "You question …").
_NO_ORDINARY_OPENERS = OPENING_PRONOUNS | word_set("your my that let's")


def _ordinary_opener(text: str, v0: int) -> bool:
    """Whether the word right before the cue at ``v0`` opens a sentence or a line and
    the text writes it in lower case elsewhere: an adjective or a noun before a noun
    ("Consumer demand will …", "Early estimates from …", "Mixed signals from …"), no
    name.  Not a pronoun or a determiner, nor a body's, a group's or a document's
    word ("Police fear", "Unions claim", "Poll finds"), nor a word the text also
    writes with its capital inside a sentence."""
    end = v0 - 1  # the cue follows the word and one space
    start = end - 1
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    if not text[start].isupper() or end - start < 2:
        return False
    k = start - 1
    while k >= 0 and text[k] in " \t\u00a0\"“'‘":
        k -= 1
    if k >= 0 and text[k] not in ".!?\n":
        return False
    word = text[start:end]
    low = word.lower()
    if low in _NO_ORDINARY_OPENERS or low in DETERMINERS or low in DOCUMENT_HEADS or (
        low in ORGANIZATION_HEADS or low in PERSON_PLURALS or low in ROLE_WORDS
    ):
        return False
    # (each word's places are found once a text, shared with bare_plural, and what they
    # tell is kept for the text: each sentence the word opens would read them all again)
    if not text_answer(text, _written_whole, low):
        return False
    # a name is written with its capital inside a sentence too: "with Orange"
    return all(at == start for at in text_answer(text, _first_inside, word))


def _written_whole(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` as a whole word (:func:`_whole_word`)."""
    n = len(word)
    return any(_whole_word(text, at, at + n) for at in word_starts(text, word))


def _first_inside(text: str, word: str) -> tuple[int, ...]:
    """The first two places ``text`` writes ``word`` whole inside a sentence (enough to
    tell whether it does so anywhere but at one given place)."""
    n = len(word)
    found: list[int] = []
    for at in word_starts(text, word):
        if at > 1 and text[at - 2] in _INSIDE and _whole_word(text, at, at + n):
            found.append(at)
            if len(found) == 2:
                break
    return tuple(found)


#: The characters before the space before a word inside a sentence.
_INSIDE = frozenset("abcdefghijklmnopqrstuvwxyz,;")


def _whole_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole word: no letter, digit, apostrophe or hyphen
    is next to it."""
    return (start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "’'-")) and (
        end >= len(text) or not (text[end].isalnum() or text[end] in "’'-")
    )


_AFTER_NOUN = frozenset({"that", "for", "to", "by", "from"})
#: A word that no verb with a subject follows: "to support", "the claims", "his views".
_NOT_AFTER = re.compile(
    word_start_pattern([
        "the", "a", "an", "to", "of", "his", "her", "their", "its", "our", "my", "your", "this",
        "these", "those", "for", "in", "on", "with", "and", "or",
    ])
    + r"[ \t\u00a0]+\Z"
)
#: A form of "be" (and an adverb) right before a participle (see ``word_start_pattern``).
_BE = re.compile(
    word_start_pattern(["is", "was", "are", "were", "been", "be", "being", "’s", "'s"])
    + r"(?:[ \t\u00a0]+(?:not|widely|also|now|generally|largely|long|still|increasingly|"
    r"initially|originally|once))?[ \t\u00a0]+\Z"
)


def _be_start(before: str) -> int:
    """Where the form of "be" that ends ``before`` starts ("was" of "the deal was "): the
    words before a passive's participle, which end with one (:data:`_BE` found it)."""
    m = _BE.search(before)
    assert m is not None  # (the caller read a passive)
    return m.start()


_BE_WORDS = frozenset({"is", "was", "are", "were", "been", "be", "being"})
_BE_ADVERBS = word_set(
    "not widely also now generally largely long still increasingly initially originally once"
)


def _after_be(before: str) -> bool:
    """A cheap test that ``before`` ends with a form of "be" (and an adverb): see ``_BE``."""
    tail = before[-26:].lower().split()
    if not tail:
        return False
    last = tail[-1]
    if last in _BE_WORDS or last.endswith(("’s", "'s")):
        return True
    return len(tail) > 1 and last in _BE_ADVERBS and (
        tail[-2] in _BE_WORDS or tail[-2].endswith(("’s", "'s"))
    )


_COMPLEMENT = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*(?:(that|to|as|by|of)\b)?[ \t\u00a0]*")
_OBJECT = re.compile(r"[ \t\u00a0]+[^.;:!?,\"“”]{1,50}?[ \t\u00a0](that|to|of|for|about)\b")
#: A plural's possessive keeps its "s" in the owner ("The unions' demands": "The unions").
_POSSESSOR = re.compile(
    r"(?:(?<![\w’'])((?i:his|her|their|its|my|our))|([\w’'.\- ]{2,60}?)(?:’s|'s|(?<=s)[’']))"
    r"(?:[ \t\u00a0]+[a-z][\w\-]*){0,2}[ \t\u00a0]+\Z"
)
#: What every match of ``_POSSESSOR`` holds: an apostrophe or a possessive pronoun.  A
#: window without one is passed over in one quick scan (``_POSSESSOR`` tries a lazy
#: run of up to 60 characters from each position).
_POSSESSIVE = re.compile(r"[’']|(?i:his|her|their|its|my|our)")


def _possessive(text: str, lo: int, v0: int) -> bool:
    """Whether ``_POSSESSIVE`` finds an apostrophe or a possessive pronoun in
    ``text[lo:v0]``.  In ASCII the pronouns match their letters in either case alone, so
    ``in`` tests of the lower-cased window answer (the search tries two alternatives at
    every position); elsewhere the pattern does (``İts`` is ``its`` to it)."""
    window = text[lo:v0]
    if not window.isascii():
        return _POSSESSIVE.search(text, lo, v0) is not None
    if "'" in window:
        return True
    low = window.lower()
    return (
        "his" in low or "her" in low or "their" in low or "its" in low or "my" in low
        or "our" in low
    )
#: The characters of the words ``_POSSESSOR`` reads before a possessive's mark, as a
#: run read backwards from the mark.
_OWNER_RUN = re.compile(r"[\w’'.\- ]*")
#: The marks of a possessive that ``_POSSESSOR`` reads after a word.
_OWNER_MARKS = frozenset({"’s", "'s", "s’", "s'"})
#: The lengths of the possessive pronouns of ``_POSSESSOR``: "my", "his", "their".
_OWNER_PRONOUN_SIZES = (2, 3, 5)


def _possessor(text: str, lo: int, v0: int) -> re.Match[str] | None:
    """``_POSSESSOR.search(text, lo, v0)``, tried only where a match may start.

    Every match ends with its tail at ``v0``: white space, at most two words in lower
    case, each after white space of its own; so the tail starts where one of the last
    three runs of white space before ``v0`` starts, right after a possessive pronoun
    or a possessive's mark.  A match of the pronoun starts that pronoun's length before
    it; one of the words before a mark starts anywhere in the run of the words'
    characters (at most 60) that ends at the mark, where it matches too if it matches
    further right: its leftmost place is the run's start.  So the search's match (the
    leftmost) is the first of those places where the pattern matches; the search tries
    each place of the window, the lazy run of up to 60 characters from each (some
    300,000 instructions a window).
    """
    places = set()
    end = v0
    for _ in range(3):
        start = end
        while start > lo and text[start - 1] in " \t\u00a0":
            start -= 1
        if start == end:
            break  # no white space here: no tail ends at v0 this far back
        for size in _OWNER_PRONOUN_SIZES:
            places.add(start - size)
        if text[start - 2 : start] in _OWNER_MARKS and start - 2 > lo:
            mark = start - 2
            floor = mark - 60 if mark - 60 > lo else lo
            run = run_match(_OWNER_RUN, text[floor:mark][::-1]).end()
            if run >= 2:
                places.add(mark - run)
        end = start
        while end > lo and text[end - 1] not in " \t\u00a0":
            end -= 1  # the word before that white space
    for at in sorted(places):
        if at >= lo:
            m = _POSSESSOR.match(text, at, v0)
            if m is not None:
                return m
    return None


_PRONOUN_CLAUSE = re.compile(
    r"[ \t\u00a0]*(?:he|she|they|we|i|it|there|the[ \t][\w\-]+|[A-Z][\w’'\-]+)[ \t\u00a0]+"
    r"(?:is|was|are|were|had|has|have|would|will|could|can|should|must|might|did|does|do)\b"
)
#: The "about" after the words that tell where, when or to whom one spoke, in the
#: same clause ("spoke to reporters who asked about" is the reporters' question).
_THAT_AFTER = re.compile(r"(?<=[ \t\u00a0])(?=that[ \t\u00a0])")
_ABOUT = re.compile(
    r"(?:(?!(?<![\w’'])(?:who|whom|which|that|and|but|when|while|as|after|before)\b)"
    r"[^.;:!?,\"“”\n]){1,60}?(?<![\w’'])(about)\b"
)
_BY = re.compile(r"[ \t\u00a0]+(?:by|from)[ \t\u00a0]+")
#: A comma, semicolon or colon, or a conjunction (a whole word), then white space: where
#: a clause opens.  The marks and the conjunctions' first letters open the pattern as one
#: class (see ``word_start_pattern``), so a search skips to them in one scan.
_CLAUSE_BREAK = re.compile(
    r"(?:[,;:]|"
    + word_start_pattern(
        ["and", "but", "because", "while", "although", "as", "after", "since", "when", "if"],
        r"\w",
        ignore_case=False,
    )
    + r"\b)[ \t\u00a0]+"
)
_TITLE_WORD = re.compile(r"[A-Z][\w’'\-]*")
_MARKS = "\"“”„«»'‘’"


def quote_before(text: str, s_start: int, comma: int) -> bool:
    """Whether a quotation mark closes right before ``comma`` in a way that makes the words
    before the comma a direct quote read before (``“We will win”, he said``), not a mixed
    quote: any mark but a double one, or a double one whose quotation opens the sentence.
    A quotation that closes a clause begun in plain words (``The strike would continue
    “until the last man”, a spokesman said``) is part of the words attributed."""
    mark = text[comma - 1] if comma > 0 else ""
    if mark not in _MARKS:
        return False
    if mark not in "”\"»":
        return True
    opener = text.rfind("“" if mark == "”" else "«" if mark == "»" else '"', s_start, comma - 1)
    return opener < 0 or not text[s_start:opener].strip(_OPEN_SPACE)


#: What may stand before a quotation that opens its sentence: white space and a dash.
_OPEN_SPACE = " \t\u00a0\n-—–("


class Attribution:
    """Content attributed by one cue: one or two fragments, a source, the cue's span."""

    __slots__ = ("cue_end", "cue_start", "family", "fragments", "mention")

    def __init__(
        self,
        fragments: list[tuple[int, int]],
        mention: Mention | None,
        cue_start: int,
        cue_end: int,
        family: str,
    ) -> None:
        self.fragments = fragments
        self.mention = mention
        self.cue_start = cue_start
        self.cue_end = cue_end
        self.family = family


#: Every character ``str.isspace`` holds true (the tests check it over all of Unicode).
WHITE_SPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
#: What :func:`_trim` strips before and after a fragment: one set test a character,
#: not a call of ``str.isspace`` and a second test.
_TRIM_HEAD = frozenset(WHITE_SPACE + ",;:—–-")
_TRIM_TAIL = frozenset(WHITE_SPACE + ".,;:!?—–-")


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """``text[a:b]`` without white space, and the marks of :func:`trim_plain`, at its ends."""
    while a < b and text[a] in _TRIM_HEAD:
        a += 1
    while b > a and text[b - 1] in _TRIM_TAIL:
        b -= 1
    return a, b


def trim_plain(text: str, a: int, b: int) -> tuple[int, int]:
    """:func:`_trim`, with ``str.isspace``."""
    while a < b and (text[a].isspace() or text[a] in ",;:—–-"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".,;:!?—–-"):
        b -= 1
    return a, b


#: The spaces after a position, then a word: letters and digits (``isalnum``, which is
#: ``\w`` less the underscore), apostrophes and hyphens.
_WORD_AFTER = re.compile(r"[ \t\u00a0]*+((?:[^\W_]|[’'\-])*+)")


def _word_after(text: str, i: int, limit: int) -> tuple[int, int]:
    """The span of the word after ``i`` (spaces skipped), not past ``limit``: empty if none."""
    if i >= limit:
        return i, i
    m = _WORD_AFTER.match(text, i, limit)
    assert m is not None  # (an empty run matches)
    return m.span(1)


def word_after_plain(text: str, i: int, limit: int) -> tuple[int, int]:
    """:func:`_word_after`, one character at a time."""
    j = skip_space(text, i, limit)
    k = j
    while k < limit and (text[k].isalnum() or text[k] in "’'-"):
        k += 1
    return j, k


def _clause_start(text: str, s_start: int, pos: int) -> int:
    """Where the clause holding ``pos`` begins: after the last comma or conjunction."""
    lo = max(s_start, pos - 160)
    last = s_start
    for m in _CLAUSE_BREAK.finditer(text, lo, pos):
        last = m.end()
    return last


def _headline(text: str, p_start: int, p_end: int) -> bool:
    """Whether the line is a title-case headline (most words capitalised)."""
    words = text[p_start:p_end].split()
    if not 3 <= len(words) <= 25:
        return False
    caps = sum(1 for w in words if _TITLE_WORD.match(w))
    return caps * 4 >= len(words) * 3


def attributions(
    text: str,
    layout: Layout,
    *,
    taken: Callable[[int], bool],
    hits: list[tuple[int, int]] | None = None,
    free: list[tuple[int, int]] | None = None,
    asked: list[tuple[re.Match[str], int, int]] | None = None,
) -> list[Attribution]:
    """The attributions of the cues at positions ``taken`` does not claim, in text order.

    ``hits`` are the cue words of the text as :func:`cue_hits` gives them;
    ``free``, when given, those of them that ``taken`` does not claim (the
    caller may find them faster than one call of ``taken`` a cue); ``asked``, when
    given, the text's questions after "Asked" as :func:`asked_questions` gives them
    (the caller has read them already).
    """
    if hits is None:
        hits = cue_hits(text)
    if free is None:
        free = [h for h in hits if not taken(h[0])]
    out: list[Attribution] = []
    until = -1
    for v0, v1 in free:
        if v0 < until:
            continue
        a = _one(text, layout, v0, v1)
        if a is None:
            continue
        if _TITLE_THEN_NAME.match(text, v1) is not None and _titles(text, v0, v1):
            continue  # "Senior advocate Kapil Sibal": a person noun before a name, no verb
        a.fragments = [f for f in a.fragments if f[1] > f[0] and not taken(f[0])]
        if not a.fragments:
            continue
        a.fragments[-1] = before_next_clause(text, a.fragments[-1], hits)
        read = a.cue_end  # where the attribution's words end, its fragments' last
        for _, e in a.fragments:
            if e > read:
                read = e
        a.fragments = [_before_quotation(text, f, taken) for f in a.fragments]
        a.fragments = [f for f in a.fragments if f[1] - f[0] >= 3]
        if not a.fragments:
            continue
        if out and out[-1].family == "noun" and _predicate_of(text, out[-1], a):
            continue  # "His claim that … was dismissed by X": what became of the claim
        out.append(a)
        if read > until:
            until = read
    if asked is None:
        asked = asked_questions(text, layout)
    framed = [a for a in _framed(text, layout, asked) if not taken(a.cue_start)]
    if framed:
        spans = [f for a in out for f in a.fragments]
        for a in framed:
            if not any(s < a.fragments[0][1] and a.fragments[0][0] < e for s, e in spans):
                out.append(a)
        out.sort(key=lambda a: a.cue_start)
    return out


def _predicate_of(text: str, noun: Attribution, a: Attribution) -> bool:
    """Whether the cue of ``a`` is the main verb that follows the content of ``noun``, a
    noun cue in subject position whose words ``a`` holds: "His claim that the vote was
    rigged *was dismissed* by the court" (auxiliaries and adverbs between)."""
    end = noun.fragments[-1][1]
    if not any(s <= noun.cue_start < e for s, e in a.fragments) or a.cue_start < end:
        return False
    return all(
        w in _PREDICATE_HEADS or w in _ADVERBS_BEFORE or w.endswith("ly")
        for w in text[end : a.cue_start].split()
    )


_OPENING_MARK = re.compile(r"[\"“„«‘']")


def _before_quotation(
    text: str, fragment: tuple[int, int], taken: Callable[[int], bool]
) -> tuple[int, int]:
    """The fragment cut before a direct quotation that opens a sentence of its own inside
    it: the quotation has its own speaker (``… came shouts. (“I want no fight,” said X.)``).
    """
    a, b = fragment
    for n, m in enumerate(_OPENING_MARK.finditer(text, a, b)):
        if n >= 8:
            break
        i = m.start()
        j = i - 1
        while j > a and text[j] in " \t\u00a0":
            j -= 1
        if i > a and text[j] in ".!?(;" and taken(i):
            return _trim(text, a, j if text[j] == "(" else i)  # it opens a sentence
    return fragment


#: A clause of its own: a comma, semicolon or dash, and a conjunction or relative
#: that opens a clause with its own subject.
_NEXT_CLAUSE = re.compile(  # one class of its first characters opens it (one scan)
    r"[,; \t\u00a0](?:(?:(?<=[,;])|(?<=[ \t\u00a0])[—–])[ \t\u00a0]+"
    r"(?:whereas|but|while|although|though|who|which)[ \t\u00a0]+|(?<=;)[ \t\u00a0]+)"
)


#: What every match of ``_NEXT_CLAUSE`` holds: a comma, a semicolon or a dash.
_CLAUSE_MARK = re.compile(r"[,;—–]")


#: A clause with a subject of its own right before a finite cue verb: an opener
#: (a comma, a coordinating or subordinating conjunction), the subject (a
#: pronoun, a capitalised name, or a short noun phrase opened by a determiner),
#: then auxiliaries and adverbs.  Anchored at the verb (``\Z`` at the window's end).
#: ``regex``'s ``\w`` holds combining marks: "Pen\u0303a Nieto" is one name.
_SUBJECT_CLAUSE = regex.compile(
    r"(?:[,;][ \t\u00a0]+(?:(?:and|but|so|yet|as|after|because|since|when|while|though"
    r"|although|before|until|once|if|whereas)[ \t\u00a0]+)?"
    r"|(?<=[\w’'\"”)])[ \t\u00a0]+(?:and|but|as|after|because|since|when|while|before|until"
    r"|once|whereas)[ \t\u00a0]+)"
    r"(?P<subject>(?<![\w’'])(?:(?P<pronoun>he|she|they|we|I|it|He|She|They|We|It"
    r"|none|few|many|most|some|several|others|another|both|half"
    r"|[a-z]+-(?:thirds|fourths|quarters)"
    r"|\d+(?:\.\d+)?[ \t\u00a0]?(?:%|percent))"
    r"|[A-Z][\w’'.\-]*(?:[ \t\u00a0]+(?:[A-Z][\w’'.\-]*|of|de|von|van))*"
    r"|(?:the|a|an|his|her|their|its|our|many|some|most|several|other|both|few|all|no"
    r"|The|A|An|His|Her|Their|Its|Many|Some|Most|Several|Other|Both|Few|All|No)"
    r"(?:[ \t\u00a0]+[\w’'\-]+){1,4}))"
    r"(?:[ \t\u00a0]+(?:has|have|had|is|was|are|were|will|would|could|can|may|might|should"
    r"|must|did|does|do|also|later|then|now|still|not|never|already|repeatedly|publicly"
    r"|privately|recently|previously|once|again|first|even|just|been|quickly|long|often))*"
    r"[ \t\u00a0]+\Z"
)
#: The conjunctions that open ``_SUBJECT_CLAUSE`` with no comma or semicolon before them,
#: between white space: a window that holds none of them, no comma and no semicolon is
#: not searched (the search, of ``regex``, tries the pattern at every position).
_OPENING_CONJUNCTIONS = word_set(
    "and but as after because since when while before until once whereas"
)
_NOT_SUBJECT_HEADS = word_set(
    """
    that this which who what to of in on at for with by from and or but as than then
    there here not also so
    """
)


def _own_clause(text: str, a: int, v0: int, v1: int, b: int) -> int:
    """Where a clause with its own subject and the finite cue verb at ``v0`` opens, or -1.

    ``"…, and the governor insisted that …"``, ``"…, as Y reported, …"``,
    ``"While he refused …, Mr. Obama deemed …"``: the opener before the
    subject.  The verb must be finite (not a gerund, not a form as often a
    noun after a noun) and have words of its own after it.
    """
    word = text[v0:v1]
    if word.endswith("ing") or word.lower() not in _CUE_FORMS:
        return -1
    nxt = skip_space(text, v1, b)
    final = nxt >= b or (text[nxt] in ".!?" and skip_space(text, nxt + 1, b) >= b)
    if not final and (b - nxt < 6 or text[nxt] in ",.;:!?"):
        return -1
    lo = v0 - 70 if v0 - 70 > a else a
    window = text[lo:v0]
    if "," not in window and ";" not in window and _OPENING_CONJUNCTIONS.isdisjoint(
        window.split()
    ):
        return -1  # no comma, semicolon or conjunction, one of which every match holds
    m = _SUBJECT_CLAUSE.search(text, lo, v0)
    if m is None or m.start() - a < 3:
        return -1
    if final and text[m.start()] != ",":
        return -1  # "…, the newspaper reported.": a sentence-final attribution of its own
    subject = m.group("subject").split()
    if subject[-1].lower() in _NOT_SUBJECT_HEADS or len(subject) > 6:
        return -1
    if word.lower() in NOUNLIKE and m.group("pronoun") is None:
        return -1  # "and the party's plans": a noun, unless a pronoun is its subject
    start: int = m.start()
    return start


def _titles(text: str, v0: int, v1: int) -> bool:
    """Whether the cue word at ``text[v0:v1]``, before a name, is a person noun in the
    singular after a capitalised word or an article: a title (``Senior advocate``, ``the
    advocate``), not a verb (``accused Tony Blair of``, ``they advocate``)."""
    word = text[v0:v1]
    if word not in PERSON_NOUNS or word.endswith(("ed", "ing", "s")):
        return False
    before = text[max(0, v0 - 30) : v0].split()
    return bool(before) and (before[-1][:1].isupper() or before[-1].lower() in {"the", "a", "an"})


#: Two capitalised words after a word: a name that a person noun before it titles.
_TITLE_THEN_NAME = re.compile(r"[ \t\u00a0]+[A-Z][\w’'\-]*[ \t\u00a0]+[A-Z]")
_COMMA_VERB = re.compile(r",[ \t\u00a0]*\Z")
#: "and" right before a verb, with no subject between: "… and said …", "… and later added".
_AND_VERB = re.compile(r"[ \t\u00a0]and[ \t\u00a0]+(?:(?:also|then|later)[ \t\u00a0]+)?\Z")
#: ``_AND_VERB`` with "but" as well, after a to-infinitive: "declined to name them but
#: said …" (with no subject of its own, the infinitive leaves "but said" to the cue's).
_AND_BUT_VERB = re.compile(
    r"[ \t\u00a0](?:and|but)[ \t\u00a0]+(?:(?:also|then|later)[ \t\u00a0]+)?\Z"
)
#: The finite speech verbs that, after "and" or "but", attribute again for the same subject.
_SAID_AGAIN = word_set(
    "said says added adds insisted insists told tells warned warns argued argues"
)
#: Words that open a fronted subordinate clause: "After X accused him of sexism, he …".
_SUBORDINATORS = word_set(
    "After As When While Although Though Since Before If Because Once Until Unless Even"
)
_SUBJECT_AFTER = re.compile(
    r",[ \t\u00a0]+(?:(?:he|she|they|we|I|it|the|a|an|his|her|their|its|this|that)\b|[A-Z])"
)


def _finite(word: str) -> bool:
    low = word.lower()
    return low in _CUE_FORMS and not low.endswith("ing") and low not in NOUNLIKE and word.islower()


def _speech_participle(word: str) -> bool:
    """A participle of a speech verb ("saying", "arguing"): after a comma it opens an
    attribution of its own."""
    return word.endswith("ing") and word.islower() and _CUE_FORMS.get(word, ("", ""))[1] == "speech"


def _fronted_clause_end(text: str, a: int, b: int) -> int:
    """Where a fronted subordinate clause that holds the content ends, or -1.

    ``After X accused him of sexism, he warned …``, ``Even as he accused the
    department of favouritism, NAME would not …``: the content ends at the
    comma that opens the main clause.
    """
    comma = text.find(",", a, b)
    if comma < 0:
        return -1  # most fragments: no comma, no main clause after one
    lo = max(0, a - 120)
    start = max(text.rfind(". ", lo, a) + 2, text.rfind("\n", lo, a) + 1, lo)
    if start == lo and lo > 0:
        return -1  # the sentence opens further back than the window: no fronted clause here
    while start < a and text[start] in " \t\u00a0\"“'‘":
        start += 1
    space = text.find(" ", start, start + 8)
    if space < 0 or text[start:space] not in _SUBORDINATORS or text.find(",", start, a) >= 0:
        return -1
    m = _SUBJECT_AFTER.search(text, comma, b)
    return m.start() if m is not None and m.start() - a >= 3 else -1


_SOURCE_TAIL = re.compile(r"[ \t\u00a0]*(?:[A-Za-z]+[ \t\u00a0]*){0,2}[.!?]?[ \t\u00a0]*\Z")
_COMMA_THE = re.compile(
    r",[\"”’']*[ \t\u00a0]+(?:(?!(?:and|but|or|who|which|that|as|when|while|if)\b)"
    r"[\w’'.\-]+[ \t\u00a0]+){0,4}\Z"
)


def _final_attribution(text: str, a: int, b: int, v0: int, v1: int) -> int:
    """The comma of a sentence-final attribution that ends the fragment ``text[a:b]``
    ("…, officials said.", "…, the Gazette reported Tuesday."), or -1.

    The finite speech verb is at most two words from the fragment's end, and its
    speaker phrase follows a comma: the sentence is that speaker's report, and the
    fragment stops before it.
    """
    if text[v0:v1].lower() not in SPEECH_VERBS or not _finite(text[v0:v1]):
        return -1  # (the set test first: most cue words are no speech verbs)
    if _SOURCE_TAIL.match(text, v1, b) is None:
        return -1
    m = phrase_before(text, max(a, v0 - 80), v0)
    if m is None or m.start - a < 3:
        return -1
    comma = _COMMA_THE.search(text, max(a, m.start - 60), m.start)
    return comma.start() if comma is not None else -1


def before_next_clause(
    text: str, fragment: tuple[int, int], hits: list[tuple[int, int]]
) -> tuple[int, int]:
    """The fragment cut before a later clause that holds a cue of its own.

    "…, whereas Y acknowledged that …", "…, who frequently criticizes …",
    "…, and Y insisted that …", "… after Y suggested that …", "…, according
    to the report": the clause is another attribution, with its own source, not
    part of this one's content.
    """
    a, b = fragment
    # a to-infinitive has no subject of its own: "but said" after it is the cue's subject
    # speaking again ("declined to name them but said …"); after a clause, "… but said"
    # may be the clause's subject's ("said the minister backed it but said …")
    infinitive = text.startswith("to ", a)
    according = text.find(", according to ", max(a, b - 200), b)  # it ends the sentence
    if according - a >= 3:  # "X said …, according to the report": the report's attribution
        return _trim(text, a, according)
    fronted = _fronted_clause_end(text, a, b)
    if fronted >= 0:
        return _trim(text, a, fronted)
    i = bisect.bisect_right(hits, (a, a))
    stop = min(len(hits), i + 50)  # bounded: a sentence of a thousand cues stays linear
    while i < stop and hits[i][0] < b:
        v0, v1 = hits[i]
        if text[v0:v1] in _SAYING_ONLY:  # "his advice to the PM": a noun, no clause's cue
            i += 1
            continue
        cut = _final_attribution(text, a, b, v0, v1)
        if cut >= 0:  # "… was fine, officials said.": the officials' attribution of all
            return _trim(text, a, cut)
        if _COMMA_VERB.search(text, v0 - 4 if v0 - 4 > a else a, v0) is not None and (
            _finite(text[v0:v1])
            or (_speech_participle(text[v0:v1]) and _LISTED.match(text, v1) is None)
        ):  # (not a participle of a list: "reading, writing and maths")
            cut = text.rfind(",", a, v0)
            if cut - a >= 3:  # "…, said one candidate": the main verb resumes; "…, saying
                return _trim(text, a, cut)  # that …": a participle attributes on its own
        near = v0 - 14 if v0 - 14 > a else a
        if (text.find("and ", near, v0) >= 0 or (infinitive and text.find("but ", near, v0) >= 0)
                ) and (text[v0:v1] in _SAID_AGAIN or _reports_again(text[v0:v1])):
            joined = (_AND_BUT_VERB if infinitive else _AND_VERB).search(text, near, v0)
            if joined is not None and joined.start() - a >= 3:
                # "… and said …", "… but said …": the subject speaks again
                return _trim(text, a, joined.start())
        last = None
        lo = v0 - 80 if v0 - 80 > a else a  # a comparison costs less than a call of max
        if _CLAUSE_MARK.search(text, lo, v0) is not None:  # most windows: no mark, no clause
            for m in _NEXT_CLAUSE.finditer(text, lo, v0):
                last = m
        if last is not None and last.start() > a and len(text[last.end() : v0].split()) <= 6:
            return _trim(text, a, last.start())
        cut = _own_clause(text, a, v0, v1, b)
        if cut >= 0:
            return _trim(text, a, cut)
        i += 1
    return fragment


_IN_FRAME = re.compile(
    r"(?<![^\s\"“(])In[ \t\u00a0]+(?:a|an|the|its|his|her|their|this|that)[ \t\u00a0]+"
    r"[^,.;:!?\"“”\n]{0,60}?\b(poll|polls|survey|surveys|study|report|statement|interview|"
    r"letter|analysis|memo|editorial|speech|post|tweet|filing|ruling|opinion|review|"
    r"assessment|op-ed|essay|column|remarks|address|testimony)\b[^,;:!?\"“”\n]{0,80}?,"
    r"[ \t\u00a0]+"
)
_ASKED = re.compile(
    r"(?<![^\s\"“(])Asked[ \t\u00a0]+(?:[^,;:!?\"“”\n]{0,40}?[ \t\u00a0])??"
    r"(whether|if|what|why|how|when|who|about|to)\b"
)


#: A full name and a verb of speech right after a cue word, which is then the name's title
#: ("senior advocate Colin Gonsalves argued", "consumer advocate Jane Doe said").
_TITLE_OF_SPEAKER = re.compile(
    r"[ \t\u00a0]+[A-Z][\w’'\-]+(?:[ \t\u00a0]+[A-Z][\w’'\-]+){1,2}[ \t\u00a0]+"
    r"(?:(?:has|had|also)[ \t\u00a0]+)?"
    r"(?:said|says|argued|argues|told|tells|added|adds|wrote|writes|warned|warns|insisted)\b"
)


_STOP_SUBJECT = word_set("that which who whom whose when where while if because as")


def _has_own_cue(text: str, a: int, b: int) -> bool:
    """Whether the clause at ``a`` opens with a subject and a cue verb of its own.

    ``In a statement, the minister said …``: the minister is the source of
    what follows, not the statement that frames it.  The verb is one of the
    first twelve words (a subject may be long: "the Green Party's transport spokesperson
    Julie Anne Genter wrote"), after at least one, with no comma or relative before it.
    """
    words = text[a : min(b, a + 140)].split()[:12]
    for i, word in enumerate(words):
        low = word.rstrip(",:;")
        if i > 0 and not low.endswith("ing") and (low in VERB_FORMS or low in REPORTING_VERBS):
            return True
        if word.endswith((",", ":", ";")) or low.lower() in _STOP_SUBJECT:
            return False
    return False


def _framed(
    text: str, layout: Layout, asked: list[tuple[re.Match[str], int, int]]
) -> list[Attribution]:
    """``In a new poll, …`` and ``Asked whether …, X said``: cues that open a sentence,
    those after "Asked" from ``asked`` (:func:`asked_questions`)."""
    out = []
    at = text.find("In ")
    while at >= 0:  # a match tried at each "In " only: the regular expression is long
        m = _IN_FRAME.match(text, at)
        at = text.find("In ", at + 3)
        if m is not None and layout.sentence(m.start())[0] == m.start():
            s_end = layout.sentence(m.start())[1]
            mention = phrase_after(text, m.start() + 3, m.end(1))
            a, b = _trim(text, m.end(), s_end)
            if b - a >= 12 and text[a] not in _MARKS and not _own_cue_after_asides(text, a, b):
                out.append(Attribution([(a, b)], mention, m.start(), m.start() + 2,
                                       "evidence" if m.group(1).startswith(("poll", "surv",
                                                                           "stud", "rep",
                                                                           "anal"))
                                       else "noun"))
    for m, a, b in asked:
        # the question is the asker's: the agent after "by", else no one written
        # (the answerer is the subject of the main clause, who speaks after it)
        by = m.start() + 6  # after "Asked "
        asker = phrase_after(text, by + 3, m.start(1)) if text.startswith("by ", by) else None
        out.append(Attribution([(a, b)], asker, m.start(), m.start() + 5, "speech"))
    return out


def asked_questions(text: str, layout: Layout) -> list[tuple[re.Match[str], int, int]]:
    """The questions that open a sentence after "Asked" (``Asked whether …, X said``), each
    as the match of its opening and its clause's span, up to the first comma."""
    out: list[tuple[re.Match[str], int, int]] = []
    if "Asked" not in text:
        return out
    for m in _ASKED.finditer(text):
        s_start, s_end = layout.sentence(m.start())
        if s_start != m.start():
            continue
        start = m.start(1) if m.group(1) != "about" else m.end(1)
        comma = text.find(",", start, s_end)
        end = comma if comma > start else s_end
        a, b = _trim(text, start, end)
        if b - a >= 8:
            out.append((m, a, b))
    return out


def outside_questions(
    text: str, asked: list[tuple[re.Match[str], int, int]], hits: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The cue words of ``hits`` less those inside a question of ``asked`` (as
    :func:`asked_questions` gives them), each opening its sentence after "Asked": the
    question's clause is its topic, not speech, so no cue inside it attributes (``Asked if
    he regretted the decision, he said …``: the main clause's verb does), where a comma
    closes the question; with none, its end is not known."""
    spans = [(a, b) for _, a, b in asked if text[b : b + 1] == ","]
    if not spans:  # (a question with no comma after it may run on into the main clause)
        return hits
    out = []
    k = 0  # one walk along both lists (each in text order), not a search of the spans a hit
    for hit in hits:
        while k < len(spans) and spans[k][1] <= hit[0]:
            k += 1
        if k == len(spans) or hit[0] < spans[k][0]:
            out.append(hit)
    return out


def _own_cue_after_asides(text: str, a: int, b: int) -> bool:
    """:func:`_has_own_cue` at ``a``, or after one or two short asides set off by commas
    that go on with the frame: ``In a post on X, formerly Twitter, on Sunday night, she
    wrote …`` (five words at most each, none opening with a verb: ``In the poll,
    conducted in May, Smith led …`` reports the poll's finding)."""
    for step in range(3):
        if _has_own_cue(text, a, b):
            return True
        comma = text.find(",", a, min(b, a + 40))
        first = text[a : comma if comma > a else b].split(None, 1)[0].lower() if b > a else ""
        if step and not first.endswith("ing") and (
            first in VERB_FORMS or first in REPORTING_VERBS
        ):
            return True  # "In a statement, one of the lawyers, Ana Diaz, said …"
        if comma < 0 or text.count(" ", a, comma) > 4:
            return False
        if first.endswith(("ed", "ing")) or first in VERB_FORMS:
            return False
        a = skip_space(text, comma + 1, b)
    return False


def _after_appositive(text: str, v0: int, v1: int) -> bool:
    """Whether the cue form at ``v0``-``v1`` that may be a plural noun ("estimates",
    "forecasts") stands right after a comma and right before "that": the comma that
    closes an appositive, the form the verb of the name before it ("Oxfam, a charity,
    estimates that …").  The caller then asks that the subject found before the cue be a
    name or a role set off from the cue by the appositive ("Last year, estimates that …
    proved wrong" has none: a noun)."""
    return text[v0 - 2 : v0] == ", " and text.startswith(" that ", v1)


def _noun_subject(text: str, v0: int, v1: int) -> bool:
    """Whether the plural noun cue at ``v0``-``v1`` is the subject of a finite verb right
    after it ("Jobless claims rose", "No charges were brought"), not the verb of a
    relative clause whose object comes first: after a pronoun ("the deputy she hopes
    will succeed her") or a name after a relative or "the" ("which Yukos claims was
    sold", "the countries the ADB fears are most at risk")."""
    if text[slice(*_word_after(text, v1, min(len(text), v1 + 12)))] not in FINITE_VERBS:
        return False
    before = text[v0 - 40 if v0 > 40 else 0 : v0].split()[-2:]
    if not before or before[-1].lower() in OPENING_PRONOUNS:
        return False
    return not (
        len(before) == 2 and before[0] in _BEFORE_RELATIVE_SUBJECT and before[1][:1].isupper()
    )


#: An article and one or two lower-case words right before a word, none a pronoun, a
#: relative or an auxiliary: a noun phrase that the word ends ("a flood warning", "an
#: excessive heat warning"; not "a move it hopes", "the woman who calls").
_ARTICLE_NOUNS_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)[ \t\u00a0]+(?:(?!(?:he|she|it|they|we|i|you|who|whom|which|that"
    r"|whose|one|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should"
    r"|do|does|did)\b)[a-z]+[ \t\u00a0]+){1,2}\Z")


#: "a" or "an" and one or two capitalised words right before a word: "a UN", "an EU
#: Commission".
_A_NAME_BEFORE = re.compile(r"(?<![\w’'])[Aa]n?[ \t\u00a0]+(?:[A-Z][\w\-’'.]*[ \t\u00a0]+){1,2}\Z")


def _compound_noun(text: str, v0: int) -> bool:
    """Whether the cue word at ``v0``, a noun as well as a verb's form ("warning",
    "comments"), ends a noun phrase that an article opens one or two words before it: "a
    flood warning in parts of Wales", "an excessive heat warning in place" are nouns (a
    compound's head), not a participle whose particle opens what is said; after a
    noun of people or of a body it is a participle ("with the chairman warning of
    cuts", "the government warning that …")."""
    if _ARTICLE_NOUNS_BEFORE.search(text, v0 - 40 if v0 > 40 else 0, v0) is None:
        # "a UN report released on …", "an EU warning": after "a" and a name a base form
        # or a noun, never a verb that agrees with a singular subject
        k = text.rfind(" ", v0 - 40 if v0 > 40 else 0, v0 - 1)
        if not text[k + 1 : k + 2].isupper() and text[v0 - 1 : v0] == " " and (
                text.find("\u00a0", k + 1, v0) < 0 and text.find("\t", k + 1, v0) < 0):
            return False  # (the word before is no name's: most words, told in C)
        return _A_NAME_BEFORE.search(text, v0 - 40 if v0 > 40 else 0, v0) is not None and (
            not text[v0 : v0 + 12].split(None, 1)[0].lower().endswith(("ed", "s"))
        )
    before = text[max(0, v0 - 30):v0].split()[-1]
    return not (before in ROLE_WORDS or before in PERSON_NOUNS or before in PERSON_PLURALS
                or before in ORGANIZATION_HEADS)


#: Words before a name that is the subject of a relative clause: "which Yukos claims".
_BEFORE_RELATIVE_SUBJECT = word_set("which that who whom the")


#: What may stand before a claim noun that opens its sentence as the subject: nothing, or
#: an article ("Allegations that …", "The allegation that …"), not a preposition ("Despite
#: claims that …, he won", whose clause is no subject).
_SUBJECT_OPENERS = frozenset({"", "The", "A", "An", "These", "Those"})


def _claim_of_no_one(text: str, layout: Layout, v0: int, v1: int) -> Attribution | None:
    """The that-clause of a claim whose target is the subject (:func:`claim_target`) or
    that an existential "there" states (:func:`claim_there`), attributed to no named
    source, as "It was claimed that …" is."""
    s_start, s_end = layout.sentence(v0)
    a, b = _trim(text, v1 + len(" that "), s_end)
    if b - a < 3 or text[a] in _MARKS:
        return None
    if v0 - s_start < 5 and text[s_start:v0].strip() in _SUBJECT_OPENERS:
        # "The allegation that … was never proved.": the subject's clause ends before its verb
        b = _before_main_verb(text, a, b, False)
    return Attribution([(a, b)], None, v0, v1, "noun")


#: A negated auxiliary or modal right before a verb of saying that is as often a noun: the
#: word is a verb ("would not comment on …", "did not comment", "won't comment"); not
#: after a copula ("is not comment but news").
_NEGATIONS_BEFORE = (
    *(f"{aux}{neg} "
      for aux in ("would", "will", "did", "does", "do", "could", "can", "should", "may",
                  "might", "must")
      for neg in (" not", "n't", "n’t")),
    "won't ", "won’t ", "cannot ",
)


def _negated_verb(text: str, v0: int, low: str) -> bool:
    """Whether the verb of saying ``low`` at ``v0`` follows a negated auxiliary or modal
    (``_NEGATIONS_BEFORE``): a verb, though it is as often a noun."""
    return text.endswith(_NEGATIONS_BEFORE, v0 - 12 if v0 > 12 else 0, v0) and (
        VERB_FORMS.get(low, ("", ""))[1] == "speech"
    )


def _one(text: str, layout: Layout, v0: int, v1: int) -> Attribution | None:
    word = text[v0:v1]
    low = word.lower()
    if low in SAYING_NOUNS and (
        text.find(":", v1, v1 + 48) >= 0 or text.find(" that ", v1, v1 + 48) >= 0
    ):
        said = _owned_saying(text, layout, v0, v1)  # "Her message was simple: …", "… was that"
        if said is not None or low not in _ALL:
            return said
    elif low in _SAYING_ONLY:
        return None  # "the advice", "a response": a noun of saying outside the frame
    if low in _MIND_STATES and not text.startswith(" that ", v1):
        return None  # "the people concerned", "shocked by the news": no clause held
    if low in THERE_NOUNS and (claim_target(text, v0, v1) or claim_there(text, v0, v1)):
        return _claim_of_no_one(text, layout, v0, v1)
    # whether _NOT_AFTER found nothing before the cue: it then finds nothing in the
    # sentence's part of that window either (a match there is a match in the window)
    not_after_read = False
    negated = False  # a verb of saying after "would not", "didn't": a verb, not a noun
    apposed = False
    if not word[0].isupper():  # cheap tests first: most cue words attribute nothing
        if low in NOUN_CUES:
            if low not in VERB_FORMS or _compound_noun(text, v0):
                j, k = _word_after(text, v1, min(len(text), v1 + 12))
                if text[j:k] not in _AFTER_NOUN and not (
                    low in _VIEW_NOUNS and text.startswith(",", v1)
                ):  # "the claim that …", "In her opinion, …"
                    return None
        elif low == "heard":
            if HEARER_BEFORE.search(text, max(0, v0 - 24), v0) is None:
                return None  # "she heard a bang": heard by no court
        elif low not in _ADVERBS:
            if _NOT_AFTER.search(text, v0 - 8 if v0 > 8 else 0, v0) is not None:
                if low in _SPEECH_BASES and text[v0 - 3 : v0] == "to ":
                    return _due_to(text, layout, v0)  # "X is due to announce that …"
                if text[v0 - 4 : v0] != "and " or not _past_verb(low):
                    return None  # "to support", "his views": no verb with a subject here
                # "… went on strike and demanded that …": the subject's second verb
            not_after_read = True
        negated = low in NOUNLIKE and _negated_verb(text, v0, low)
        if low in NOUNLIKE and not (low in _VIEW_NOUNS and text.startswith(",", v1)) and (
            not (apposed := _after_appositive(text, v0, v1))
        ) and not negated and (
            not subject_word_before(text, v0 - 24 if v0 > 24 else 0, v0)
            or (v0 > 2 and text[v0 - 2].islower() and _ordinary_opener(text, v0))
            or (low[-1] == "s" and _noun_subject(text, v0, v1))
        ):
            return None  # "the plans", "new figures": a noun, unless a name or pronoun precedes
        if _TITLE_OF_SPEAKER.match(text, v1) is not None:
            return None  # "senior advocate Colin Gonsalves argued": a title, no verb
    s_start, s_end = layout.sentence(v0)
    if word[0].isupper():
        if word in _HEADLINE:
            p_start, p_end = layout.paragraph(v0)
            if v0 > p_start and _headline(text, p_start, p_end):
                return _headline_cue(text, v0, v1, p_start, p_end)
        if v0 != s_start:
            return None
    if low in _ADVERBS:
        a, b = _trim(text, _clause_start(text, s_start, v0), s_end)
        return Attribution([(a, b)], None, v0, v1, "passive")
    if low == "heard":
        return _heard(text, s_start, s_end, v0, v1)
    before = text[v0 - 40 if v0 - 40 > s_start else s_start : v0]
    passive = (low in PARTICIPLES_PAST or low in _MIND_STATES) and _after_be(before) and (
        _BE.search(before) is not None
    )
    if passive and low == "told" and HEARER_BEFORE.search(before) is not None:
        return _heard(text, s_start, s_end, v0, v1)  # "the jury was told …"
    if passive and low in PASSIVE_HEADS:
        return _passive(text, s_start, s_end, v0, v1, before)
    if passive and low in _HOLDER_STATES:
        # "the leaders are worried about …": a state of mind, held by the subject
        c, e = _content_after(text, _cue_end(text, v1, s_end), s_end, "")
        be = v0 - len(before) + _be_start(before)
        holder = phrase_before(text, s_start, be)
        if e - c < 3 or text[c] in _MARKS or holder is None:
            return None
        return Attribution([(c, e)], holder, v0, v1, "stance")
    if passive:
        # "Rubio was asked whether …": the subject is addressed, not the source
        agent = passive_agent(text, s_start, v0, s_end)
        read = (
            _agent_attribution(text, s_start, s_end, v0, v1, agent) if agent is not None else None
        )
        if read is not None:  # "Rubio was asked by X whether …": the agent, then the content
            return read
        c, e = _content_after(text, _cue_end(text, v1, s_end), s_end, "")
        by = _BY.match(text, v1, s_end)
        mention = phrase_after(text, by.end(), s_end) if by is not None else None
        if by is not None and c < by.end():
            # "The deal was announced by Rachel Osei": the agent did it, and what it
            # did it to is the subject, as in _passive
            be = v0 - len(before) + _be_start(before)
            c, e = _trim(text, _clause_start(text, s_start, be), be)
            if e - c < 3 or text[c:e].lower() in {"it", "this", "that"}:
                return None
        elif e - c < 3 or text[c] in _MARKS:
            return None
        return Attribution([(c, e)], mention, v0, v1, "passive")
    if low in _RAISING_OR_EXPECTED:  # (one test for both on the path of every cue)
        if low != "expected":
            return _raising(text, s_start, s_end, v0, v1)
        if text.startswith(" to ", v1):
            j, k = _word_after(text, v1 + 4, s_end)
            if text[j:k] in _SPEECH_BASES:  # "she’s expected to argue that …": to come
                return _due_to(text, layout, j)
    if low in NOUN_CUES:
        noun = _noun(text, s_start, s_end, v0, v1)
        if noun is not None or low not in _CUE_FORMS:
            return noun
    if low not in _CUE_FORMS:
        return None
    if low in PARTICLE_ONLY:
        j, k = _word_after(text, v1, s_end)
        if text[j:k] not in TOPIC_PARTICLES:
            # "talked" alone or "spoke to reporters" tells no content; "talked about X"
            # does, and so does "spoke to reporters on Tuesday about X"
            about = _ABOUT.match(text, v1, min(s_end, v1 + 80))
            if about is None:
                return None
            v1 = about.start(1)
    elif low in ANSWERS and text.startswith("to", skip_space(text, v1, s_end)):
        # "responding to questions from MPs": what is answered; what is said may follow
        # after "that" ("replied to the letter that …")
        answered = _THAT_AFTER.search(text, v1, s_end)
        if answered is None:
            return None
        v1 = answered.start() - 1  # the cue runs to the words answered: "replied to the letter"
    base, family = _CUE_FORMS[low]
    if base == "call" and _convened(text, v1, s_end):
        return None  # "called an emergency meeting", "called a snap election": no speech
    if base in _STRIKING and _struck_thing(text, v1, s_end):
        return None  # "slammed the door", "slammed his racket onto the ground": a blow
    if base == "recall" and _recalled_things(text, v1, s_end):
        return None  # "recalled 1 million cars", "recalled its ambassador": called back
    if low in _CITING and text[v0 - 2 : v0] == ", " and (
            _cites_a_source(text, v1, s_end) or _closed_before_that(text, v1, s_end)):
        # "…, according to a report, citing officials": a source's source; "reported,
        # citing a memo, that …": the clause after the aside is the verb's before it
        return None
    if not not_after_read and (
        _NOT_AFTER.search(text, v0 - 8 if v0 - 8 > s_start else s_start, v0) is not None
    ):
        return None  # "the claims", "to support", "his views": no verb with a subject here
    if low in PARTICIPLES:
        if _LISTED.match(text, v1) is not None and text[v0 - 2 : v0] == ", ":
            return None  # "reading, writing and maths": a noun of a list, no complement
        source = participle_source(text, s_start, v0)
        if source is not None:
            return _participle(text, s_end, v0, v1, family, source)
    colon = _colon_content(text, layout, v1) if family == "speech" else None
    reading = _content(text, s_start, s_end, v0, v1, low)
    if colon is None and reading is None:
        return None  # nothing to attribute: the source is not looked for (the costly part)
    mention = phrase_before(text, s_start, v0)
    if mention is None and family == "speech" and text[v0 - 4 : v0] == "but ":
        mention = subject_but(text, s_start, v0)  # "… welcomed it but cautioned that …"
    if mention is None:
        return None
    if text[v0 - 4 : v0] in _JOINED_BY and _passive_before(text[mention.start : v0].split()):
        return None  # "The reporter was arrested and accused of spying": passive as the first
    if apposed and (mention.mention == "description" or text.find(",", mention.end, v0 - 2) < 0):
        return None  # "Last year, estimates that …": the comma closes no appositive
    if mention.mention == "description" and (
        (low in NOUNLIKE and not negated and not _name_ends(text, mention))
        or not noun_head(text, mention)
    ):
        return None
    if colon is not None:
        return Attribution([colon], mention, v0, v1, family)
    if reading is None:
        return None
    return _active(text, s_start, s_end, v0, mention, family, reading)


def _past_verb(low: str) -> bool:
    """Whether the cue word ``low`` is a verb in the past tense that is never a noun
    ("demanded", "accused"): after "and" a second verb of the clause's subject."""
    return low[-2:] == "ed" and low in VERB_FORMS and low not in NOUNLIKE


def _reports_again(word: str) -> bool:
    """Whether ``word`` after "and" ends the content before it: a verb of saying in the
    past ("… and accused him of …", "… and promised that …"), the subject's second report;
    a verb of another family may be the content's own ("said she was tired and wanted …")."""
    return _past_verb(word) and VERB_FORMS[word][1] == "speech"


#: "and" or "but" right before a cue verb (with its space): a verb joined to the one before.
_JOINED_BY = ("and ", "but ")
#: Forms of "be" and "get" that make a participle after them passive.
_PASSIVE_BE = word_set("is are was were been being get gets got")


def _passive_before(words: list[str]) -> bool:
    """Whether ``words``, a subject and its verb up to "and" or "but", end in a passive
    ("The reporter was arrested and", "were quickly detained but"): a participle joined
    to it is passive too, its subject no speaker."""
    return len(words) >= 3 and words[-2][-2:] in ("ed", "en") and (
        words[-3] in _PASSIVE_BE or (len(words) >= 4 and words[-4] in _PASSIVE_BE))


#: "a" or "an" after "call": an act called, not words ("called a meeting").
_A_OBJECT = re.compile(r"[ \t\u00a0]+an?[ \t\u00a0]+")
_THREE_WORDS = re.compile(r"\S+(?:[ \t\u00a0]+\S+){0,2}")
#: What makes "called a X ..." say something of X: a second noun phrase or a quotation
#: ("called a reporter a liar", "called a rival “weak”").
_COMPLEMENT_MARKS = re.compile(r"[ \t\u00a0](?:an?|the)[ \t\u00a0]|[\"“‘]")


#: "and" or "or" right after a word: the word is one of a list ("reading, writing and
#: maths"), not a verb with a complement (unless a second participle shares it:
#: "tweeting and emailing a video").
_LISTED = re.compile(r",?[ \t\u00a0]+(?:and|or)\b(?![ \t\u00a0]+[a-z]+ing\b)")
#: Participles whose object, after a comma, may be the source of what is reported.
_CITING = frozenset({"citing", "quoting"})
#: Plural heads of a source that no list of person nouns holds.
_SOURCE_PLURALS = word_set("sources people insiders aides")
#: Words that go on with a clause after a source phrase: "quoting X as saying that …".
_CLAUSE_WORDS = word_set("that as who which whose be was were is are had has said says")


#: The forms of "hold", a cue of a court's ruling only.
_HOLD_FORMS = frozenset(RULING_FORMS)
_HOLD_BYTES = frozenset(w.encode() for w in _HOLD_FORMS)
#: The heads of a court's or a judge's name: "the court held", "the justices have held".
_BENCH = word_set("court tribunal judge judges justice justices panel bench magistrate majority")
#: Words between a bench and its verb: "the court has also unanimously held".
_BENCH_BETWEEN = word_set("has have had also previously repeatedly long")


def _court_holds(text: str, v0: int, v1: int) -> bool:
    """Whether the "held" at ``v0`` gives a court's ruling: "that" after it and a court, a
    judge or the bench right before it, maybe with a name after the title ("The court
    held that the ban was unlawful", "Judge Ana Diaz also held that …"); "held a
    meeting" and "holds the record" report nothing."""
    if not text.startswith(" that ", v1):
        return False
    names = 0
    for word in reversed(text[max(0, v0 - 60) : v0].split()[-6:]):
        low = word.lower()
        if low in _BENCH:
            return True
        if low in _BENCH_BETWEEN or low.endswith("ly"):
            continue
        if not word[:1].isupper() or names == 3:
            return False
        names += 1  # "Judge Ana Diaz"
    return False


def _closed_before_that(text: str, v1: int, s_end: int) -> bool:
    """Whether the object of *citing* or *quoting* after ``v1`` ends at a comma with "that"
    after it ("…, citing an internal review, that no data was lost"): the participle is
    an aside, and the clause is the complement of the verb before it."""
    comma = text.find(",", v1, s_end)
    return comma >= 0 and text.startswith(" that ", comma + 1)


def _cites_a_source(text: str, v1: int, s_end: int) -> bool:
    """Whether the object of *citing* or *quoting* after ``v1`` is a source that ends its
    clause, named (a name, a role) or described by a person noun's plural ("…, citing
    officials in the ministry.", "…, citing people familiar with the talks, …",
    "…, quoting two sources close to the team."): it names where the words attributed
    before it come from, and is no content of its own.  Not "quoting X as saying …",
    whose words follow, nor "citing signs that …"."""
    m = phrase_after(text, skip_space(text, v1, s_end), s_end)
    if m is None or "’s" in text[m.start : m.end] or "'s" in text[m.start : m.end]:
        return False  # "quoting Comey's statement": a document's words
    stop = m.end
    while stop < s_end and text[stop] not in ",;.\n":
        stop += 1
    rest = text[m.end : stop].lower().split()
    if len(rest) > 4 or not _CLAUSE_WORDS.isdisjoint(rest):
        return False
    if m.mention in {"name", "role"}:
        return True
    words = text[m.start : m.end].lower().split()
    return m.mention == "description" and any(
        w in PERSON_PLURALS or w in _SOURCE_PLURALS for w in words[:3]
    )


#: What "recall" calls back, no memory it tells: goods or envoys within its first four
#: words ("recalled the affected vehicles", "recalled its ambassador"); a count of
#: things is read by :func:`_recalled_things`.
_RECALLED = word_set(
    """
    cars vehicles trucks lorries buses models products units devices phones laptops
    batteries airbags toys medicines drugs batches tablets engines planes jets aircraft
    ambassador ambassadors envoy envoys diplomats troops
    """
)


def _recalled_things(text: str, v1: int, s_end: int) -> bool:
    """Whether "recall" ending at ``v1`` calls back things, no memory it tells: a count
    right after it ("recalled 1 million cars", "recalls 300,000"), or goods or envoys
    within its first four words (:data:`_RECALLED`); "recalled the day …", "recalled his
    time in the army" and "recalled that …" tell what is remembered."""
    j, k = _word_after(text, v1, s_end)
    if k > j and text[j].isdigit() and not (k - j == 4 and text[j : j + 2] in ("19", "20")):
        return True  # (a year is a time remembered: "recalled 1968 as …")
    for _ in range(4):
        if k <= j:
            return False
        if text[j:k] in _RECALLED:
            return True
        j, k = _word_after(text, k, s_end)
    return False


#: Verbs of attack that are also verbs of striking a thing: "slammed the plan", "slammed
#: the door".
_STRIKING = frozenset(("slam", "blast", "lash"))
#: Things struck or moved by these verbs: "slammed the door", "lashed the ball", "blasts
#: an ace", "slammed on the brakes".
_STRUCK_NOUNS = word_set(
    "door doors gate lid window ball brakes brake fist fists hand hands racket racquet phone "
    "receiver car laptop shot shots ace forehand backhand volley serve penalty header"
)
_STRUCK_DETERMINERS = word_set("the a an his her their its my our your")
#: The possessives of the subject's own things: "slammed his racket onto the ground".
_OWN = word_set("his her their my your")
#: Words after such a thing that end its noun phrase: a preposition, an adverb of motion
#: ("the door behind her", "the ball into the net", "the laptop shut"); not a noun
#: ("the car industry", "the penalty decision").
_AFTER_THING = word_set(
    "on onto into against down shut open behind in at over past wide high home across "
    "through off with to and so"
)
#: Prepositions of motion after a thing of one's own: "slammed her hand against the wall".
_MOVED = word_set("onto into against down")
#: An adverb of motion after the verb or its object of up to four words (no word that
#: opens a clause or a topic): "slammed the laptop shut", "blasted wide when clear",
#: "slammed well over the bar".
_MOTION_AFTER = re.compile(
    r"(?:[ \t\u00a0]+(?!(?:as|for|over|after|out|on|at|with|about|to|that|which|who)\b)"
    r"[\w’'\-]+){0,4}?[ \t\u00a0]+(?:(?:well|just)[ \t\u00a0]+)?"
    r"(?:shut\b|over[ \t\u00a0]+the[ \t\u00a0]+(?:cross)?bar\b"
    r"|wide(?=[ \t\u00a0]*[,.;]|[ \t\u00a0]+(?:of|when|from|and|again)\b))"
)


def _struck_thing(text: str, v1: int, s_end: int) -> bool:
    """Whether the object of a verb of attack ending at ``v1`` (``_STRIKING``) is a thing
    struck or moved, no one spoken of: a thing of ``_STRUCK_NOUNS`` that ends its phrase
    ("slammed the door", "slammed on the brakes", "lashed the ball past the keeper"); a
    thing of the subject's own that a preposition of motion follows ("slammed his racket
    onto the ground"); or an adverb of motion ("slammed the laptop shut", "blasted wide").
    Not "slammed the plan as …", "blasted the BBC over its coverage", "slammed the
    inquiry into the deaths", "slammed the car industry": a preposition after any other
    object is its noun's.  A few words read from ``v1``."""
    j, k = _word_after(text, v1, s_end)
    if text[j:k] == "on":
        j, k = _word_after(text, k, s_end)
    own = text[j:k] in _OWN
    if text[j:k] in _STRUCK_DETERMINERS:
        j, k = _word_after(text, k, s_end)
    if k > j and text[j:k] in _STRUCK_NOUNS:
        j, e = _word_after(text, k, s_end)
        after = text[j:e]
        if after in _AFTER_THING or after[-2:] == "ly" or (
            j == e and (j >= s_end or text[j] in ",.;!?")
        ):
            return True
    elif own and k > j:
        for _ in range(2):  # "his racket onto", "her right hand against"
            j, k = _word_after(text, k, s_end)
            if text[j:k] in _MOVED:
                return True
    return _MOTION_AFTER.match(text, v1, s_end) is not None


def _convened(text: str, v1: int, s_end: int) -> bool:
    """Whether "call" ending at ``v1`` calls an act into being ("called an emergency
    meeting", "called a snap election", "called a strike"): "a" or "an" after it and
    no second noun phrase or quotation within the next few words."""
    m = _A_OBJECT.match(text, v1, s_end)
    if m is None:
        return False
    # the next three words: "a reporter a liar", not "a meeting to discuss the crisis"
    words = _THREE_WORDS.match(text, m.end(), s_end)
    end = words.end() if words is not None else s_end
    return _COMPLEMENT_MARKS.search(text, m.end() - 1, end) is None


def _heard(text: str, s_start: int, s_end: int, v0: int, v1: int) -> Attribution | None:
    """``X, a court heard.``, ``The inquest heard that …``, ``The jury was told …``: what
    was said before a court or a hearing, whose speaker is not named; the court (a body)
    is its source.  ``heard`` and ``told`` with any other subject attribute nothing
    (``she heard a bang``, ``he was told to leave``): the callers test it."""
    mention = phrase_before(text, s_start, v0)
    reading = _content(text, s_start, s_end, v0, v1, "heard")
    if mention is None or reading is None:
        return None
    return _active(text, s_start, s_end, v0, mention, "evidence", reading)


#: What :func:`_content` reads after an active cue: the cue's end, whether the
#: cue is parenthetical ("A, X said." or "A, X says, B"), and the content span
#: when it is not.
_Reading = tuple[int, bool, tuple[int, int]]


def _content(
    text: str, s_start: int, s_end: int, v0: int, v1: int, low: str
) -> _Reading | None:
    """What an active cue at ``v0`` can attribute, whatever its source; ``None`` if nothing.

    A parenthetical cue needs a comma before the verb; any other needs a
    complement that :func:`_content_after` accepts.  Most cue words fail here,
    before their source is read.
    """
    cue_end = _cue_end(text, v1, s_end)
    nxt = skip_space(text, cue_end, s_end)
    if text.startswith(_TIME_PREPOSITIONS, nxt):  # "…, data showed on Friday.": a time
        time = _time_tail(text, nxt, s_end)
        if time >= 0:
            nxt = time
    elif low in _TELLING and (hearer := _HEARER_ONLY.match(text, cue_end, s_end)) is not None:
        nxt = skip_space(text, hearer.end(), s_end)  # "A, he told the court, B": a hearer
    if nxt >= s_end or text[nxt] in ".!?,":
        if nxt < s_end and text.startswith(_CITING_ASIDES, nxt):
            # "Reuters reported, citing three sources, that …": a participle's aside
            # between the verb and its clause names the source's sources
            after = _after_citing_aside(text, nxt, s_end, text.rfind(",", s_start + 1, v0) < 0)
            if after > 0:
                return cue_end, False, _trim(text, after, s_end)
        if text.rfind(",", s_start + 1, v0) < 0:
            return None
        return cue_end, True, (nxt, nxt)
    a, b = _content_after(text, cue_end, s_end, low)
    if b <= a or text[a] in _MARKS:
        return None
    if (_AUXILIARY_FIRST.match(text, a) is not None and not _gap_relative(text, s_start, v0, low)
            and (low in NOUNLIKE or not text[max(cue_end, a - 6) : a].rstrip().endswith("that"))):
        # "A hospital trust has been fined", "That charge was denied": the cue word is a
        # noun, the subject's (not "few experts believe that is likely": "that" is one)
        return None
    if text.startswith("by ", a) and not by_means(text, a - 1):
        return None  # "documents seen by the BBC": a participle and its agent, no content
    if low in MIXED_VERBS and any(ch in _MARKS for ch in text[a:b]):
        return None  # called the plan “a disaster”: the quoted fragment is the quote
    return cue_end, False, (a, b)


_TIME_PREPOSITIONS = ("on ", "in ", "last ", "this ", "late ", "early ")
#: A participle's aside that opens right after a cue: ", citing …", ", quoting …".
_CITING_ASIDES = (", citing ", ", quoting ")
#: What may open a clause with no "that" after such an aside: a determiner, a subject
#: pronoun ("reported, citing sources, the deal was off", "said, citing a review, no
#: data had been lost").
_CLAUSE_OPENERS = word_set(
    "the a an his her its their this these those he she it they we there no some all most "
    "many few both every each"
)


def _after_citing_aside(text: str, i: int, s_end: int, clause: bool) -> int:
    """Where the clause starts after a *citing* or *quoting* aside that opens at the
    comma ``i`` right after a cue and closes at the next comma with "that" after it
    ("Reuters reported on Monday, citing three sources, that the deal was off"), or, when
    ``clause`` (the cue ends no clause before it: no comma before it), with a clause's
    subject after it ("Bloomberg reported, citing sources, the deal was off"); else -1.
    The aside holds no comma of its own: one ``find`` a cue that opens one."""
    comma = text.find(",", i + 8, s_end)
    if comma < 0:
        return -1
    if text.startswith(" that ", comma + 1):
        return comma + 7
    if not clause:
        return -1
    j, k = _word_after(text, comma + 1, s_end)
    word = text[j:k]
    if k > j and (word in _CLAUSE_OPENERS or word[0].isupper()):
        return j
    return -1


#: A hearer and nothing else after a verb of telling, up to a comma or the sentence's end
#: (``A, he told the court, B``, ``A, the minister told the Dáil.``): a determiner and up
#: to four words, a name or a noun phrase, no word that opens or makes a clause (``told
#: the court the man lied``), nor a preposition (``he warned the Fed against buying
#: bonds`` tells what the warning was).
_HEARER_ONLY = re.compile(
    r"(?:[ \t\u00a0]+(?:the|a|an|his|her|their|its|our))?"
    r"(?:[ \t\u00a0]+(?!(?:that|to|who|which|he|she|it|they|we|i|there|was|were|is|are|had"
    r"|has|have|would|will|could|can|may|might|should|must|not|about|against|for|from|into"
    r"|on|over|with|by|in|at|after|before|as|than|like|simply|also|us|the|a|an|his|her"
    r"|their|its|our|this|these|those|some|no)\b)[\w’'\-.]+){1,4}?"
    r"(?=[ \t\u00a0]*(?:,|[.!?]?$|[.!?][ \t\u00a0\n]))",
    re.IGNORECASE,
)
#: Words right before a cue that make it a verb whose object is what a relative clause
#: is about ("which they claim is", "a move it hopes will", "what the party had hoped
#: would"): a subject pronoun or an auxiliary.
_VERB_BEFORE = word_set("i you he she it we they had has have was were is are would will")
#: Relative words that open such a clause within a few words before the cue ("which
#: Yukos claims was", "that ministers believe will").
_RELATIVES = word_set("which that what who whom")
#: Words before a name that make it a noun's modifier, not a clause's subject ("the
#: Orlando attack was", "but Republican support was").
_MODIFIER_BEFORE = word_set(
    "the a an this that these those his her its their our my your and but or nor of in on "
    "at for with to from by as than after before over under about into"
)


def _gap_relative(text: str, s_start: int, v0: int, low: str) -> bool:
    """Whether the cue at ``v0`` is the verb of a relative clause whose object it reports,
    as in "which Yukos claims was illegally sold", "a tactic Democrats hope will work",
    rather than a noun heading a subject ("The NHS trust has apologised", "That charge
    was denied", "Clinton's tweet is")."""
    words = text[max(s_start, v0 - 80) : v0].split()
    if not words:
        return False
    last = words[-1]
    if last.lower() in _VERB_BEFORE:
        return True
    for w in reversed(words[-7:-1]):
        if w[-1] in ",;:":
            break
        if w.lower() in _RELATIVES:
            return True
    # a relative left out after a noun: "a tactic Democrats hope will", "everything Trump
    # says is", "the countries the ADB fears are" (a verb's -s after "the" and a name); not
    # a name that modifies a noun ("the Orlando attack is", "Rubio's attack")
    if len(words) < 2 or not last[0].isupper() or last[-1] in "'’" or last[-2:] in ("'s", "’s"):
        return False
    before = words[-2]
    if before.lower() in _BEFORE_RELATIVE_SUBJECT:
        return low.endswith("s")
    return before.isalpha() and before.islower() and before not in _MODIFIER_BEFORE


#: A finite auxiliary that would open the content: a clause cannot open without its
#: subject, so the cue word before it heads the subject ("The NHS trust has apologised",
#: "The Labour claim was rejected").
_AUXILIARY_FIRST = re.compile(
    r"(?:has|have|had|is|are|was|were|will|would|can|could|should|may|might|must|does|did)"
    r"(?![\w’'])"
)


def _time_tail(text: str, i: int, s_end: int) -> int:
    """The end of a time after a preposition (at ``i``) that ends a clause after its cue
    ("…, figures showed on Tuesday.", "…, the survey found last month.", "…, data
    showed in April."), else -1."""
    j, k = _word_after(text, i, s_end)
    j, k = _word_after(text, k, s_end)
    if text[j:k] not in _DATE_NAMES and text[j:k] not in _TIME_NOUNS:
        return -1
    j, e = _word_after(text, k, s_end)
    if text[j:e] in _DAY_PARTS:
        k = e
    e = skip_space(text, k, s_end)
    return k if e >= s_end or text[e] in ".!?," else -1


_TIME_NOUNS = word_set("yesterday today tonight week month year")


_NOT_HEADS = word_set(
    """
    do does did you me him us them what who which whom by to of in on at for with
    from and or but if so not only just also very much more most many few there here
    it this that these those than then now today yesterday
    """
)

#: The words of ``_NOT_HEADS`` that stand alone for a part of a group as a subject (the
#: phrase :func:`phrases.phrase_before` reads is then that one word): "Few expect that …",
#: "Many expect …", "Most expect …".
_ALONE_HEADS = word_set("many few most")

#: Words whose "'s" is "is" or "has", never a possessive: "it's", "that's", "what's".
_CONTRACTED = word_set(
    "it he she that there here what who where when why how let this everyone everybody "
    "someone somebody nobody"
)


def noun_head(text: str, m: Mention) -> bool:
    """Whether a descriptive phrase ends with a word that can head a noun phrase.

    A word before the last with a negative contraction ("don't") or a contracted "is"
    ("it's", "what's") holds a verb: the phrase is no noun phrase.  A possessive
    ("the governor's office", "the club's board") determines the noun after it."""
    words = text[m.start : m.end].split()
    if not words:
        return False
    last = words[-1].lower()
    if len(words) == 1 and last in _ALONE_HEADS:
        # "Few expect that …", "Many expect …": a quantifier alone is the subject; "most"
        # before an -ly word is an adverb of degree ("Trump most recently defended …")
        return last != "most" or not (text[m.end : m.end + 16].split() or [""])[0].endswith("ly")
    return last.isalpha() and last not in _NOT_HEADS and all(
        w is words[-1] or not (
            (low := w.lower()).endswith(("n’t", "n't"))
            or (low.endswith(("’s", "'s")) and low[:-2] in _CONTRACTED)
        )
        for w in words
    )


def _name_ends(text: str, m: Mention) -> bool:
    """Whether a descriptive phrase with a post-modifier ends with a name ("members of
    Congress"): a cue after it is a verb, as after the name alone."""
    return m.role is not None and text[text.rfind(" ", m.start, m.end) + 1].isupper()


def _back(text: str, floor: int, pos: int) -> int:
    i = pos - 1
    while i > floor and text[i] in " \t\u00a0":
        i -= 1
    return max(i, floor)


#: The forms of *warn*, whose "of" is its particle as "about" is ("warned of a battle
#: ahead": what is warned of is the content, as after "warned about"); after other verbs
#: "of" opens a topic or a thing ("said of the plan that …", "tells of a family").
_WARN_FORMS = frozenset(inflect("warn"))
#: The phrases of certainty that may stand right after a verb, each with the space
#: before it: an adverbial read past ("say for sure what …", "said for certain that …"),
#: not the verb's particle "for" and its object ("called for calm").
_FOR_SURE = (" for sure", " for certain")


def _for_sure_end(text: str, c: int) -> int:
    """The end of "for sure" or "for certain" right after ``c`` (a space before it), read
    past as a time after a verb is; ``c`` where neither stands there whole ("for
    surety", "for sure-footed action")."""
    for phrase in _FOR_SURE:
        end = c + len(phrase)
        if text.startswith(phrase, c) and (
                end == len(text) or not (text[end].isalnum() or text[end] in "-’'")):
            return end  # (not "for sure-footed action", "for certain's sake")
    return c


def _cue_end(text: str, v1: int, s_end: int) -> int:
    """The end of the cue: the verb, with a particle that belongs to it ("called for",
    "warned of"), not a preposition that opens a time ("promised on Monday to …") nor
    "for" of "for sure" ("say for sure what …")."""
    j, k = _word_after(text, v1, s_end)
    word = text[j:k]
    if (
        k > j
        and word in PHRASAL
        and word != "to"
        and (word != "of" or text[text.rfind(" ", 0, v1) + 1 : v1].lower() in _WARN_FORMS)
        and TIME_AFTER.match(text, v1, s_end) is None
        and not _quantity_after(text, k, s_end)
        and (word != "for" or _for_sure_end(text, v1) == v1)
    ):
        return k
    return v1


#: Names of days and months: "on Friday", "in April".
_DATE_NAMES = word_set(
    """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December
    """
)
#: Words that open a quantity: "at least 40", "about fifty", "over half".
QUANTITY_WORDS = word_set(
    """
    least most half dozen dozens hundred hundreds thousand thousands million millions one
    two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    sixty seventy eighty ninety
    """
)
#: The parts of a day after its name: "on Tuesday night".
_DAY_PARTS = word_set("night morning afternoon evening")


def _quantity_after(text: str, i: int, limit: int) -> bool:
    """Whether the word after ``i`` opens a quantity or names a day or a month: "said at
    least 40 …", "said over 100 …", "…, data showed on Friday." (the word before it is
    its modifier or a time's preposition, not the cue's particle)."""
    j, k = _word_after(text, i, limit)
    return k > j and (
        text[j].isdigit() or text[j:k] in QUANTITY_WORDS or text[j:k] in _DATE_NAMES
    )


_ON_IN = (" on ", " in ")


def _day_after(text: str, c: int, s_end: int) -> int:
    """The end of a day or a month after "on" or "in" (a space before it at ``c``),
    right after a cue and before its object ("announced on Friday the arrest of …"),
    else -1."""
    j, k = _word_after(text, c + 4, s_end)
    if text[j:k] not in _DATE_NAMES or k >= s_end or text[k] not in " \t\u00a0":
        return -1
    j, e = _word_after(text, k, s_end)
    if text[j:e] in _DAY_PARTS:
        k = e
    j = skip_space(text, k, s_end)
    return k if k < j < s_end and (text[j].islower() or text[j] in "“\"") else -1


#: A vote's tally right after a cue: "ruled 6-3 that", "found by 2-1 that", "ruled 5-4 on
#: Monday" (after the verbs of a ruling, :data:`_TALLY_VERBS`, or before "that"; "predicted
#: 2-1" predicts a score).
_TALLY = re.compile(r"[ \t]+(?:by[ \t]+)?[0-9]{1,3}[-–][0-9]{1,3}(?![0-9])")
_TALLY_VERBS = word_set("ruled rules voted votes decided decides")


def _content_after(text: str, c: int, s_end: int, low: str) -> tuple[int, int]:
    """The content that follows a cue ending at ``c``: its complement or its object.

    An empty span when the cue takes only a complement and has none here.  Cue verbs
    joined by "and", "or" or "nor" share what follows the last ("would not confirm or
    deny the report", "neither confirmed nor denied that …"); a quantity of speech is no
    content ("did not say a word", "said nothing"), and before "about" or "on" it leaves
    the topic ("has said little about the plan").
    """
    a, b = _complement_after(text, c, s_end, low)
    while text.startswith(_JOINERS, a) and (joined := _JOINED_VERB.match(text, a, b)) and (
            (second := joined.group(1)) in VERB_FORMS and second not in NOUNLIKE):
        a, b = _complement_after(text, joined.end(), s_end, second)
    if b > a and text[a] in _QUANTITY_FIRST and (said := _QUANTITY_SAID.match(text, a, b)):
        return (said.end(), b) if said.end() < b else (b, b)
    return a, b


def _complement_after(text: str, c: int, s_end: int, low: str) -> tuple[int, int]:
    """:func:`_content_after` for the one cue ``low``, verbs joined after it unread."""
    if text[c + 1 : c + 2].isdigit() and (tally := _TALLY.match(text, c, s_end)) and (
            low in _TALLY_VERBS or text.startswith(" that", tally.end())):
        c = tally.end()  # "ruled 6-3 that …": the vote is no content
        if not text.startswith(" that", c):
            return c, c  # "ruled 5-4 on Monday", "ruled 7-2 in favour of": no clause
    if text.startswith(_FOR_SURE, c):  # "say for sure what …": the clause after it, and
        c = _for_sure_end(text, c)  # after a time that follows ("for sure on Friday whether")
    time = TIME_AFTER.match(text, c, s_end)
    if time is not None:  # "vowed last night to continue": the time is no content
        c = time.end()
    elif text.startswith(_ON_IN, c):  # "announced on Friday the arrest of …"
        day = _day_after(text, c, s_end)
        if day >= 0:
            c = day
    if low in _TO_HEARER and text.startswith(" to ", c) and _addressee(text, c + 4, s_end) and (
            hearer := _to_whom_end(text, c, s_end)) >= 0:
        c = hearer  # "wrote to her MP about the noise": whom it went to, then what
    if low in _ASKING and (asked := _ASKED_WHO.match(text, c, min(s_end, c + 60))) is not None:
        return _trim(text, asked.start(1), s_end)  # "asked reporters whether …": the question
    if low in OBJECT_FIRST and _THAT_NEXT.match(text, c) is None:
        # (not "cautioned that the data had yet to …": no hearer, the clause at once)
        m = _OBJECT.match(text, c, min(s_end, c + 60))
        if m is not None and m.group(1) == "of" and _member_of(text, c, m.start(1)):
            # "told members of the public to stay indoors": the group is the hearer's
            m = _OBJECT.match(text, m.end(), min(s_end, m.end() + 50))
        told = None
        if m is not None and m.group(1) in {"that", "to"} and not _finite_cue(text, c, m.start(1)):
            if low in _TELLING:
                told = _ADDRESSEE.match(text, c, m.start(1))
            if told is None:  # not "told MPs the boats had to be stopped": a clause opens
                c = m.start(1) if m.group(1) == "to" else m.end()  # after the hearer
        elif low in _TELLING:
            told = _ADDRESSEE.match(text, c, min(s_end, c + 60))
        if told is not None:  # "told reporters the deal was done": the hearer, then a clause
            c = told.end()
    m = _COMPLEMENT.match(text, c, s_end)
    if m is not None and m.group(1) == "that":
        c = m.end()
    elif m is not None and m.group(1) == "to" and _unsaid(text, c, m.end(), s_end, low):
        return c, c  # "declined to comment", "asked not to be named": nothing was said
    elif (
        low in CLAUSE_ONLY
        and (m is None or m.group(1) not in {"to", "as"})
        and _PRONOUN_CLAUSE.match(text, c, s_end) is None
    ):
        return c, c
    a, b = _trim(text, c, s_end)
    return a, b


#: A second verb joined to the cue: "confirm or deny", "neither confirm nor deny".
_JOINED_VERB = re.compile(r"(?:and|or|nor)[ \t\u00a0]+([a-z]+)\b")
_JOINERS = ("and", "or", "nor")
#: The first letters of a quantity of speech (``_QUANTITY_SAID``).
_QUANTITY_FIRST = frozenset("nasml")
#: A quantity of speech as a verb's whole object, or before its topic: "did not say a
#: word", "said nothing", "has said little about the plan".
_QUANTITY_SAID = re.compile(
    r"(?:nothing|anything|something|much|little|a[ \t\u00a0]+(?:word|thing))"
    r"(?:[ \t\u00a0]+(?:more|else|further|publicly))?"
    r"(?:[ \t\u00a0]+(?:about|on)[ \t\u00a0]+|[ \t\u00a0]*\Z)"
)


#: Verbs of saying whose "to" and a person or a body right after them name the hearer, not
#: what was said ("wrote to her MP about the noise", "complained to the manager about the
#: service", "apologised to fans for the delay"); not "responded to", "referred to",
#: "pointed to", "admitted to", whose object after "to" is what is answered or owned.
_TO_HEARER = frozenset(
    form
    for base in ("say", "write", "complain", "explain", "confide", "apologise", "apologize",
                 "insist", "announce", "reveal", "confess", "boast", "brag", "stress",
                 "mention", "whisper", "shout", "joke", "lament", "grumble", "protest")
    for form in inflect(base)
)
#: The words that end the hearer after such a verb's "to" and open what was said.
_HEARER_ENDS = frozenset(("about", "for", "that"))
#: Words that no such hearer holds: a relative clause's ("to customers who bought tickets
#: for …": what follows is theirs).
_NOT_IN_HEARER = frozenset(("who", "whom", "which", "whose"))
#: The joiners that, before a word other than "to", join a verb after the hearer.
_HEARER_JOINERS = frozenset(("and", "but", "or", "nor"))


def _to_whom_end(text: str, c: int, s_end: int) -> int:
    """The end of the hearer after a verb's "to" (a space before it at ``c``): before the
    word that opens what was said ("about", "for", "that", an infinitive's "to", not a
    second hearer's "and to Clinton") or at a comma, within 50 characters; -1 where a
    relative clause, a participle or a joined verb stands in it ("to all three parties
    urging them not to …", "to customers and promised that …": what follows is theirs or
    the second verb's).  A figure's comma is no end ("to his 20,000 followers, …")."""
    window = text[c + 4 : min(s_end, c + 55)]
    words = window.split(" ")
    at = c + 4
    for n, word in enumerate(words):
        if n and (word in _HEARER_ENDS or (word == "to" and n + 1 < len(words) and (
                nxt := words[n + 1]) and nxt[0].islower() and nxt not in DETERMINERS)):
            return at - 1
        if (word in _NOT_IN_HEARER or word.endswith("ing") or not word
                or (word in _HEARER_JOINERS and (n + 1 >= len(words) or words[n + 1] != "to"))):
            return -1
        if word[-1] == ",":
            return at + len(word) - 1 if n else -1
        if any(ch in '.;:!?"“”()' for ch in word):
            return -1
        at += len(word) + 1
    return -1


#: Nouns of people whose "of" names the group they belong to, not what they hear of:
#: "told members of the committee that …", "assured members of staff that …", "told
#: families of the victims that …" (not "warned drivers of delays": the topic).
_MEMBERS = word_set("members member families relatives representatives")


def _member_of(text: str, c: int, of: int) -> bool:
    """Whether the hearer after the verb (from ``c``) to the "of" at ``of`` is headed by
    one of ``_MEMBERS``, at most an article or a modifier before it ("the families of",
    "senior members of")."""
    words = text[c:of].split()
    return 0 < len(words) <= 3 and words[-1].lower() in _MEMBERS


#: "that" right after a verb: its clause, with no hearer before it.
_THAT_NEXT = re.compile(r"[ \t\u00a0]+that[ \t\u00a0]")
#: The forms of "ask", whose hearer may come before a question: "asked reporters whether …".
_ASKING = word_set("ask asks asked asking")
#: A hearer of up to four words, then the word that opens an indirect question.
_ASKED_WHO = re.compile(
    r"(?:[ \t\u00a0]+(?!(?:whether|if|how|what|why|when|where|who|which|that|to)\b)"
    r"[\w’'\-.]+){1,4}?[ \t\u00a0]+(whether|if|how|what|why|when|where|who)\b"
)
#: Verbs whose hearer may come right before a clause with no "that": "told reporters the
#: deal was done", "warned voters the plan would fail".
_TELLING = word_set(
    "told tells tell telling warned warns assured assures reminded reminds promised promises"
)
#: The hearer before such a clause: a name, an object pronoun, or a noun phrase (an
#: article, up to two modifiers: "a press conference", "a Senate committee", "local
#: farmers") headed by a plural (in -s, in -men, or "police", "people", "children") or a
#: noun of an audience or an assembly ("told parliament", "told the squad"), maybe a day
#: after it ("told reporters yesterday"), followed by the clause's subject (an article,
#: a pronoun).
_AUDIENCES = "|".join(sorted(
    ASSEMBLY_HEADS
    | word_set(
        "hearing conference audience crowd meeting rally briefing summit nation media public "
        "staff squad"
    )
))
_ADDRESSEE = re.compile(
    r"[ \t\u00a0]+(?:(?:the|a|an)[ \t\u00a0]+)?"
    # a group's members: "told members of the committee the figures were wrong"
    r"(?:(?:" + "|".join(sorted(_MEMBERS)) + r")[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?)?"
    r"(?:[A-Z][\w’'\-.]*(?:[ \t\u00a0]+[A-Z][\w’'\-.]*){0,3}+|him|her|them|us|me"
    r"|(?:(?![A-Z]{2,}\b)[\w’'\-]+[ \t\u00a0]+){0,2}?"
    r"(?:[a-z]+s|[a-z]*men|police|people|children|" + _AUDIENCES + ")"
    # an outlet's programme, named at length: "told ABC Radio National's Breakfast program"
    r"|(?:[\w’'\-]+[ \t\u00a0]+){1,4}?(?:programme|program|show|podcast|newspaper|radio"
    r"|station|channel|magazine|website|news agency))"
    r"(?:[ \t\u00a0]+(?:yesterday|today|tonight|on[ \t\u00a0]+[A-Z][a-z]+day))?"
    r"[ \t\u00a0]+(?=(?:the|a|an|he|she|they|it|we|i|there|his|her|their|its|our)[ \t\u00a0])"
)


def _unsaid(text: str, c: int, i: int, s_end: int, low: str) -> bool:
    """Whether the "to" clause from ``c`` (its verb at ``i``) after the cue ``low`` keeps
    silent: "declined to be named", and after any cue "not to be named" (a wish for
    anonymity, not a statement).  A refusal ("declined to comment", "refused to say
    whether …", "refused to leave") reports what was refused, as its to-infinitive; after
    "declined to" a number, a currency sign or a determiner is no verb but the level of
    a fall ("Shares declined to 300p", "declined to their lowest level")."""
    j, k = _word_after(text, i, s_end)
    verb = text[j:k].lower()
    passive = verb == "be"
    if passive:
        j, k = _word_after(text, k, s_end)
        verb = text[j:k].lower()
    elif low in REFUSALS and (
        j == k or not text[j].isalpha() or verb in DETERMINERS or verb in _ABOUT_A_NUMBER
    ):
        return True
    return passive and verb in _SILENCED and (
        low in REFUSALS or _NOT_TO.search(text, max(0, c - 5), i) is not None)


#: Words that open a number's approximation: "declined to about 5p".
_ABOUT_A_NUMBER = word_set("about around roughly nearly almost under below")
#: The past participles of the verbs of silence: "declined to be named".
_SILENCED = frozenset(inflect(base)[3] for base in SILENCES)
_NOT_TO = re.compile(r"(?<![\w’'])not[ \t\u00a0]+to[ \t\u00a0]*\Z")


def _finite_cue(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` holds a finite cue verb: the words skipped as an addressee
    ("told reporters that") would then hold a clause of their own ("asked for a photo
    and the candidate said that")."""
    return any(
        (w in VERB_FORMS or w in REPORTING_VERBS) and not w.endswith("ing")
        for w in text[a:b].split()
    )


_COLON_AFTER = re.compile(r"(?:[ \t\u00a0]+[^.;:!?\"“”\n]{0,40}?)?:[ \t\u00a0]*")


def _colon_content(text: str, layout: Layout, v1: int) -> tuple[int, int] | None:
    """``X said: A. B.``: the reported words after a colon, to the end of the paragraph.

    A colon that ends its paragraph introduces the next paragraph, when that
    paragraph is not a quotation (quotation marks are read as direct quotes).
    """
    if text.find(":", v1, v1 + 48) < 0:  # most cues: no colon near, nor their line looked up
        return None
    p_end = layout.paragraph(v1)[1]
    limit = min(p_end, v1 + 48)
    if text.find(":", v1, limit) < 0:
        return None
    m = _COLON_AFTER.match(text, v1, limit)
    if m is None:
        return None
    start = m.end()
    if start >= p_end:
        nxt = p_end + 1
        while nxt < len(text) and text[nxt] in " \t\u00a0\r\n" and nxt - p_end < 8:
            nxt += 1
        if nxt >= len(text) or text[nxt] in _MARKS or text[nxt].isspace():
            return None
        start, p_end = nxt, layout.paragraph(nxt)[1]
    if text[start] in _MARKS:
        return None
    a, b = _trim(text, start, p_end)
    return (a, b) if b - a >= 12 else None


#: A noun phrase, then the subject of a relative clause that opens with no pronoun: "a
#: claim the treasurer", "a view his colleagues share" (a determiner, one or two
#: lower-case words that are no preposition or quantifier, then a determiner or a
#: possessive), read from a speaker phrase's start.
_RELATIVE_GAP = re.compile(
    r"(?i:a|an|the|this|another)[ \t\u00a0]+"
    r"(?:(?!(?:of|for|at|in|with|from|on|to|by|and|or|all|both|half|like|among)\b)"
    r"[a-z][a-z\-]*[ \t\u00a0]+){1,2}"
    r"(?:the|a|an|his|her|its|their|our|my|your|this|these|those)\b"
)


def _active(
    text: str,
    s_start: int,
    s_end: int,
    v0: int,
    mention: Mention,
    family: str,
    reading: _Reading,
) -> Attribution | None:
    cue_end, parenthetical, (a, b) = reading
    if not parenthetical:
        return Attribution([(a, b)], mention, v0, cue_end, family)
    # "A, X argued." or "A, X says, B": the words around the parenthetical cue
    if _RELATIVE_GAP.match(text, mention.start, mention.end) is not None:
        # "A, a claim the treasurer rejected.": a noun and a relative clause with no
        # pronoun, whose verb takes that noun as its object; A is not its words
        return None
    nxt = a
    comma = _back(text, s_start, mention.start)
    if text[comma - 2 : comma + 1] == "the" and comma - 3 > s_start and text[comma - 3] == " ":
        comma = _back(text, s_start, comma - 2)  # "A, the IMD said, B": a name after "the"
    end = comma
    if text[comma] in "”\"" and text[comma - 1] == "," and not quote_before(
        text, s_start, comma + 1
    ):  # 'Sanders “is tapping into …,” X told …': a quotation closes the clause, unless
        opener = text.rfind("“" if text[comma] == "”" else '"', s_start, comma)  # a verb of
        if not REPORTING_VERBS.isdisjoint(text[s_start:opener].split()):  # reporting before
            return None  # it attributes it ("X said she felt that “…,” she said")
        end = comma + 1
    elif comma <= s_start or text[comma] != ",":
        return None
    elif quote_before(text, s_start, comma):
        return None  # ”, X said: the direct quote before it was read already
    fragments = [_trim(text, s_start, end)]
    if nxt < s_end and text[nxt] == ",":
        a, b = _trim(text, nxt + 1, s_end)
        if b > a and text[a] not in _MARKS:
            fragments.append((a, b))
    return Attribution(fragments, mention, v0, cue_end, family)


def _participle(
    text: str, s_end: int, v0: int, v1: int, family: str, mention: Mention
) -> Attribution | None:
    """``X …, arguing that …``: the source found by :func:`participle_source`."""
    if text[mention.start] in _MARKS:
        return None
    low = text[v0:v1].lower()
    cue_end = _cue_end(text, v1, s_end)
    a, b = _content_after(text, cue_end, s_end, low)
    if mention.start > a:  # "Despite criticizing X, Tom said": the fronted clause ends
        b = min(b, _trim(text, a, mention.start)[1])  # before the subject it belongs to
    if b <= a or text[a] in _MARKS:
        return None
    return Attribution([(a, b)], mention, v0, cue_end, family)


def _passive(
    text: str, s_start: int, s_end: int, v0: int, v1: int, before: str
) -> Attribution | None:
    """``X is expected to …``, ``it was reported that …``: subject and complement."""
    m = _COMPLEMENT.match(text, v1, s_end)
    be = v0 - len(before) + _be_start(before)
    subject = _without_auxiliaries(text, *_trim(text, _clause_start(text, s_start, be), be))
    if m is None or m.group(1) not in {"that", "to", "as"}:
        # "it is understood the two sides are close": a clause without "that" after
        # an "it" that stands for it
        if m is None or m.group(1):
            return None
        c = it_clause(text, v0, v1)
        if c <= v1 or c >= s_end:
            return None
    else:
        c = m.end() if m.group(1) == "that" else m.start(1)
        said = _SAID_TO.match(text, m.end(), s_end) if m.group(1) == "to" else None
        if said is not None:  # "X is understood to have told colleagues that …", "X is
            # reported to have said …": what X said, X's attribution, the frame in its cue
            verb = said.group(said.lastindex or 1)
            speaker = phrase_before(text, s_start, be)
            a, b = _content_after(text, said.end(), s_end, verb)
            if speaker is not None and b - a >= 3:
                return Attribution([(a, b)], speaker, v0, said.end(), "speech")
        elif m.group(1) == "to":  # "X is expected to announce that …": speech to come
            to_come = _said_to_come(text, s_start, s_end, be, v0, m.end())
            if to_come is not None:
                return to_come
    fragments = []
    if subject[1] > subject[0] and text[subject[0] : subject[1]].lower() not in {"it", "this"}:
        fragments.append(subject)
    fragments.append(_trim(text, c, s_end))
    mention = None
    by = _BY.match(text, v1, s_end)
    if by is not None:
        mention = phrase_after(text, by.end(), s_end)
    return Attribution(fragments, mention, v0, v1, "passive")


def _said_to_come(
    text: str, s_start: int, s_end: int, be: int, frame: int, to_end: int
) -> Attribution | None:
    """``X is expected to announce that …``, ``X is due to tell MPs whether …``: speech to
    come (a verb of saying after the frame's "to", then a clause that opens with *that*,
    *whether* or *if*), the subject's attribution, the frame in its cue; the subject is the
    words before ``be``, the frame's first word ("is"), and ``frame`` where the cue opens."""
    j, k = _word_after(text, to_end, s_end)
    low = text[j:k]
    if low not in _SPEECH_BASES:
        return None
    cue_end = _cue_end(text, k, s_end)
    a, b = _content_after(text, cue_end, s_end, low)
    if b - a < 3 or (
        not text[cue_end:a].rstrip().endswith("that") and not text.startswith(_QUESTION, a)
    ):
        return None  # "is expected to announce new measures": an act, no words
    speaker = phrase_before(text, s_start, be)
    if speaker is None:
        return None
    return Attribution([(a, b)], speaker, frame, cue_end, "speech")


#: The bare verbs of saying: "(is expected to) announce", "(is due to) tell".
_SPEECH_BASES = frozenset(SPEECH)
#: The words that open a reported question: its content opens with them.
_QUESTION = ("whether ", "if ")
#: "is due to", "are set to", "was scheduled to", "she’s expected to": a frame of what is
#: to come before a verb (:func:`_passive` reads "is expected to" first).
_DUE_TO = re.compile(
    r"(?:(?<![\w’'])(?:is|are|was|were|be)[ \t\u00a0]+|[’']s[ \t\u00a0]+)"
    r"(?:(?:also|now|still)[ \t\u00a0]+)?"
    r"(?:due|set|scheduled|slated|poised|likely|expected)[ \t\u00a0]+to[ \t\u00a0]+\Z"
)


#: The frames' last words before "to" (see :data:`_DUE_TO`).
_TO_COME = word_set("due set scheduled slated poised likely expected")


def _due_to(text: str, layout: Layout, v0: int) -> Attribution | None:
    """``X is due to announce that …``: :func:`_said_to_come` after a frame of
    :data:`_DUE_TO` that ends at the verb ``v0``."""
    space = text.rfind(" ", v0 - 16 if v0 > 16 else 0, v0 - 4)  # the word before "to"
    if text[space + 1 : v0 - 4] not in _TO_COME:
        return None  # (most "to say" follow no such frame: the sentence is not read)
    s_start, s_end = layout.sentence(v0)
    frame = _DUE_TO.search(text, max(s_start, v0 - 40), v0)
    if frame is None:
        return None
    be = frame.start()
    return _said_to_come(text, s_start, s_end, be, text.index(" ", be) + 1, v0 - 1)


#: A verb of saying after a passive's "to": "is understood to have told", "is said to
#: tell" (not "is expected to announce": an act to come; not "is understood to have
#: agreed a deal": no words).
_SAID_TO = re.compile(
    r"(?:have[ \t\u00a0]+(said|told|warned|claimed|insisted|admitted|asked|complained|stated)"
    r"|(say|tell))\b"
)

#: Auxiliaries and negations before a passive's "be": "it has been alleged", "the deal
#: may not have been signed"; no part of its subject.
_AUXILIARIES = word_set(
    "has have had having will would may might must can could shall should not never also"
)


def _without_auxiliaries(text: str, a: int, b: int) -> tuple[int, int]:
    """The subject ``text[a:b]`` without the auxiliaries that end it ("It has" → "It")."""
    while b > a:
        space = text.rfind(" ", a, b)
        if space < 0 or text[space + 1 : b].lower() not in _AUXILIARIES:
            break
        b = space
    return a, b


#: Words that open the content after a passive's agent: "informed by X that …".
_AFTER_AGENT = frozenset({"that", "whether", "if", "about", "to", "of", "what", "how", "why"})


def _agent_attribution(
    text: str, s_start: int, s_end: int, v0: int, v1: int, agent: tuple[Mention | None, int]
) -> Attribution | None:
    """``X was informed by Y that …`` (the content after the agent) or ``A, X was informed
    by Y.`` (the words before the comma): the agent ``Y`` is the source.  ``None`` when
    neither follows the agent."""
    mention, after = agent
    j, k = _word_after(text, after, s_end)
    if text[j:k] in _AFTER_AGENT:
        c, e = _content_after(text, after, s_end, "")
        if e - c < 3 or text[c] in _MARKS:
            return None
        return Attribution([(c, e)], mention, v0, v1, "passive")
    if text[skip_space(text, after, s_end) : s_end].strip(" \t\u00a0.!?"):
        return None  # words after the agent that open no content
    hearer = phrase_before(text, s_start, v0)
    if hearer is None:
        return None
    comma = _back(text, s_start, hearer.start)
    if comma <= s_start or text[comma] != "," or text[comma - 1] in _MARKS:
        return None
    return Attribution([_trim(text, s_start, comma)], mention, v0, v1, "passive")


def _raising(text: str, s_start: int, s_end: int, v0: int, v1: int) -> Attribution | None:
    """``X seemed to …``: the subject and the complement, no source."""
    m = _COMPLEMENT.match(text, v1, s_end)
    if m is None or m.group(1) not in {"that", "to", "as"}:
        return None
    c = m.end() if m.group(1) == "that" else m.start(1)
    mention = phrase_before(text, s_start, v0)
    fragments = [_trim(text, c, s_end)]
    if mention is None or mention.mention == "description":
        # "the plan seemed to …": no one holds the view; the subject is part of what is reported
        mention = None
        subject = _trim(text, _clause_start(text, s_start, v0), v0)
        if subject[1] - subject[0] > 1:
            fragments.insert(0, subject)
    return Attribution(fragments, mention, v0, v1, "stance")


#: Nouns of a message, which "to" follows with whom it went to ("his letter to the
#: board"), where "opposition to", "support to" or "a promise to" tell what is held.
_ADDRESSED = word_set(
    """
    message messages letter letters statement statements speech speeches remarks comments
    email emails memo memos tweet tweets post posts note notes testimony interview
    """
)
#: A "that" as a word.
_THAT_WORD = re.compile(r"\bthat\b")


def _addressee(text: str, i: int, s_end: int) -> bool:
    """Whether the word after "to" at ``i`` opens whom a noun cue addressed, not a verb
    of what was said: a name, a determiner, or a noun of people ("to developers")."""
    j, k = _word_after(text, i, s_end)
    word = text[j:k]
    return bool(word) and (
        word[0].isupper() or word in DETERMINERS or word in PERSON_PLURALS
        or word in PERSON_NOUNS or word in ROLE_WORDS
    )


#: Nouns of a view that a sentence opens with: "In her view, …", "In Ash's opinion, …".
_VIEW_NOUNS = word_set("view opinion estimation")
#: What opens such a sentence before the possessor: "In", "But in", "And, in".
_IN_VIEW = re.compile(
    r"(?:(?:But|And|Yet|So|Still),?[ \t\u00a0]+)?[Ii]n[ \t\u00a0]+(?:the[ \t\u00a0]+)?"
)


def _owner(text: str, s_start: int, v0: int) -> tuple[re.Match[str] | None, Mention | None]:
    """The possessive before the noun at ``v0`` and the owner it names: "X's claim",
    "his call", "the minister's message" (``(None, None)`` where none is written)."""
    lo = max(s_start, v0 - 70)
    pos = _possessor(text, lo, v0) if _possessive(text, lo, v0) else None
    if pos is None:
        return None, None
    if pos.group(1):
        # a letter that matches without regard to case but lower-cases to no pronoun
        # ("hıs" with a dotless i) names no one
        pronoun = _PRONOUN_OF.get(pos.group(1).lower())
        return pos, _own_possessor(text, s_start, pos.start(1)) or (
            pronoun_mention(pos.start(1), pos.end(1), pronoun) if pronoun else None
        )
    return pos, phrase_before(text, s_start, pos.end(2))


#: Adjectives of how a saying is put: "simple", "clear", "blunt", "stark" (not "slow",
#: "unanimous", "late", which tell of an act or a vote, no words said).
_PUT_SO = word_set(
    """
    simple clear blunt stark short brief plain direct firm unequivocal unambiguous
    straightforward emphatic succinct explicit categorical frank candid stern terse curt
    """
)
#: The forms of "be" between an owned noun of saying and what it says: "was", "is", and
#: after a plural noun "were", "are" ("His words were clear: …").
_IS_WAS = frozenset({"was", "is", "were", "are"})
#: Characters that no words between the noun and its colon hold: the frame is one clause.
_NOT_IN_FRAME = frozenset(',;.!?()"“”\n')
#: The nouns looked for only in a frame they open, no cue words otherwise: the nouns of
#: ``SAYING_NOUNS`` that are none and those of ``FRAME_NOUNS`` ("In the words of X, …",
#: "In the eyes of X, …", read by the finder).
_SAYING_ONLY = (SAYING_NOUNS | FRAME_NOUNS) - _ALL


def saying_frame(words: list[str], colon: bool) -> bool:
    """Whether ``words``, those between an owned noun of saying and a colon (``colon``) or
    a "that", make its frame: at most "to" and one to three words of whom it addressed,
    then "was", "is", "were" or "are" and, before a colon, an adjective of how words are
    put (``_PUT_SO``): "was simple", "to his players was clear", "was" (before "that")."""
    n = len(words)
    if colon:
        if n < 2 or words[-1] not in _PUT_SO:
            return False
        n -= 1
    return n >= 1 and words[n - 1] in _IS_WAS and (n == 1 or (words[0] == "to" and 3 <= n <= 5))


#: The prepositions after which an owned noun of saying heads no subject; "of" is not one
#: ("The point of her message was that …": a part of the message, what it says).
_NOT_OWNERS_AFTER = PREPOSITIONS - {"of"}


def saying_owner(text: str, s_start: int, v0: int) -> Mention | None:
    """Who owns the noun of saying at ``v0`` whose frame was read: the possessive's owner
    (``_owner``) where the owned noun heads the subject, or where "of" joins it to a
    part of what was said ("The point of her message was that …", "The tone of his
    message was clear: …"); an owner after another preposition ("The trouble with his
    argument was clear: …", a comment on the words) or no owner ("The message was clear:
    …") is no one."""
    mention = _owner(text, s_start, v0)[1]
    if mention is None:
        return None
    before = text[max(s_start, mention.start - 12) : mention.start].split()
    return None if before and before[-1].lower() in _NOT_OWNERS_AFTER else mention


def saying_before_colon(
    text: str, toks: list[Token], lo: int, layout: Layout | None
) -> tuple[Mention | None, str] | None:
    """The frame of an owned noun of saying that ``toks`` end with, before a quotation's
    colon (``Her message was simple: “…”``): the owner (:func:`saying_owner`, ``None``
    where no one owns it: "The message was clear: “…”") and the noun; ``None`` where the
    tokens end in no such frame.  The same test as :func:`_owned_saying`'s."""
    n = len(toks)
    if n < 3 or toks[-1][2] not in _PUT_SO or toks[-2][2] not in _IS_WAS:
        return None
    for back in range(3, min(n, 7) + 1):
        v0, v1, noun = toks[-back]
        if noun in SAYING_NOUNS:
            if any(c in _NOT_IN_FRAME for c in text[v1 : toks[-1][1]]) or not saying_frame(
                [t[2] for t in toks[n - back + 1 :]], True
            ):
                return None
            s_start = max(lo, layout.sentence(v0)[0]) if layout is not None else lo
            return saying_owner(text, s_start, v0), noun
    return None


def _owned_saying(text: str, layout: Layout, v0: int, v1: int) -> Attribution | None:
    """``Her message was simple: …``, ``The coach's message to his players was clear:
    …``, ``Her message was that …``: a noun of saying (``SAYING_NOUNS``) that a possessive
    owns and its frame (:func:`saying_frame`) before a colon or a "that"; the owner speaks
    the words after it (after a colon as after "X said:", to the end of the paragraph; after
    "that" the clause, to the end of the sentence).  A noun with no owner ("The message was
    clear: …") names no speaker; the frame is not read.  A quotation after the colon is
    the direct reader's (``finder._before_cue``, which reads the frame by the same test)."""
    mark = text.find(":", v1, v1 + 48)
    that = -1
    if mark < 0 or not text[mark - 1 : mark].isalpha() or any(
        c in _NOT_IN_FRAME for c in text[v1:mark]
    ):  # "Her message was that …"
        that = text.find(" that ", v1, v1 + 48)
        if that < 0 or any(c in _NOT_IN_FRAME for c in text[v1:that]):
            return None
        mark = that
    # one split, no pattern compiled
    if not saying_frame(text[v1:mark].split(), that < 0):
        return None
    s_start, s_end = layout.sentence(v0)
    if that < 0:
        content = _colon_content(text, layout, v1)
        if content is None:
            return None
    else:
        a, b = _trim(text, that + 6, s_end)
        if b - a < 3 or text[a] in _MARKS:
            return None
        content = (a, b)
    mention = saying_owner(text, s_start, v0)
    if mention is None:
        return None
    return Attribution([content], mention, v0, v1, "noun")


def _noun(text: str, s_start: int, s_end: int, v0: int, v1: int) -> Attribution | None:
    """``X's claim that …``, ``the statement by X that …``, ``his call for …``."""
    pos, mention = _owner(text, s_start, v0)
    if (
        mention is not None
        and pos is not None
        and text[v0:v1].lower() in _VIEW_NOUNS
        and text.startswith(",", v1)
        and _IN_VIEW.fullmatch(text, s_start, mention.start) is not None
    ):  # "In her view, …", "But in the minister's opinion, …": the clause after the comma
        a, b = _trim(text, v1 + 1, s_end)
        if b > a and text[a] not in _MARKS:
            return Attribution([(a, b)], mention, v0, v1, "noun")
        return None
    c = v1
    by = _BY.match(text, v1, s_end)
    if by is not None:
        after = phrase_after(text, by.end(), s_end)
        if after is not None and mention is None:
            mention = after
            c = after.end
    j, k = _word_after(text, c, s_end)
    if text[j:k] not in {"that", "for", "to"}:
        return None
    if mention is None:
        return None
    if text[j:k] == "to" and text[v0:v1].lower() in _ADDRESSED and _addressee(text, k, s_end):
        # "the mayor's message to developers", "his email to Politico that …": "to"
        # names who was addressed; what was said follows a "that", if any
        that = _THAT_WORD.search(text, k, min(s_end, k + 60))
        if that is None or any(ch in text[k : that.start()] for ch in ",;:()"):
            return None
        j, k = that.span()
    c = k if text[j:k] == "that" else j
    a, b = _trim(text, c, s_end)
    if b <= a or text[a] in _MARKS:
        return None
    if text.startswith("for comment", a):
        return None  # "a request for comment": asked for words, none reported
    if _subject_noun(text, s_start, v0):
        b = _before_main_verb(text, a, b, text[j:k] != "that")
    return Attribution([(a, b)], mention, v0, v1, "noun")


#: The auxiliaries and finite forms of "be" that open a predicate.
_PREDICATE_HEADS = word_set(
    "is are was were has have had will would can could may might must should shall does did"
)
#: Words after which a predicate belongs to a clause inside the complement: "…, and the
#: count was wrong", "…, which was bankrupt", "… because officials were paid".
_INNER_CLAUSE = word_set(
    """
    and but or nor that which who whom whose because if when while although though whether
    where as since after before until unless than so
    """
)
#: Adverbs that stand before an auxiliary or between it and its verb.
_ADVERBS_BEFORE = word_set("also not never still now already only even just")


def _subject_noun(text: str, s_start: int, v0: int) -> bool:
    """Whether the noun cue at ``v0`` heads the subject of its sentence: "His claim that
    …", "The minister's promise to …" (at most four words before it, none a verb)."""
    words = text[subject_start(text, s_start, v0) : v0].split()
    return len(words) <= 4 and not any(
        (w.islower() and (w in FINITE_VERBS or w.endswith("ed"))) or w.endswith(",")
        for w in words
    )


#: Finite past forms of the sentence's main verb after a subject noun's that-clause ("came",
#: "took"), without the auxiliaries of ``_PREDICATE_HEADS`` and the forms that are as often
#: nouns or participles ("cut", "hit", "set", "said").
_PAST_FORMS = FINITE_VERBS - _PREDICATE_HEADS - word_set("cut hit put set quit shut said says")
#: Words after which an "-ed" word is no finite verb but an adjective or a participle ("the
#: armed men", "more skilled workers", "based on flawed data"), or the clause's subject
#: right after "that" (the empty word).
_NOT_BEFORE_VERB = word_set(
    """
    the a an this these those his her their its our my your some any no every each all both
    many several few more most less much very so too of in on at for with by from to into
    about over under after before as than that not be been being
    """
) | {""}
#: Words that open a noun phrase: a verb's object right after it ("lied shocked *the* jury").
_OBJECT_OPENERS = word_set(
    "the a an this these those his her their its our my your some many him her them us me it"
)


def _finite_past(words: list[str], k: int, last: str) -> bool:
    """Whether ``words[k]`` is a finite verb in the past: an irregular past ("came") or a
    regular "-ed" form, after a word that no such verb follows (``_NOT_BEFORE_VERB``, an
    adverb in "-ly"), with no agent after it ("warnings issued by …")."""
    w = words[k]
    if k + 1 < len(words) and words[k + 1] == "by":
        return False
    if w in _PAST_FORMS:
        return last not in _NOT_BEFORE_VERB
    return regular_past(w) and last not in _NOT_BEFORE_VERB and not last.endswith("ly")


def _before_main_verb(text: str, a: int, b: int, verbless: bool) -> int:
    """Where the complement ``text[a:b]`` of a noun cue in subject position ends: before
    the sentence's main verb, an auxiliary that follows the complement's own predicate
    with no conjunction, relative or comma between ("His claim that the vote was rigged
    *was* dismissed"); in a complement without a finite verb of its own ("promise to end
    power cuts *has* been met"), the first.  In a that-clause, a finite verb in the past
    after the clause's own predicate ends it too ("Her admission that she had lied
    *shocked* the jury", "His warning that prices would rise *came* too late"): after a
    participle ("had lied"), a noun ("needed more skilled workers *surprised* analysts")
    or, before an object's opener, a verb ("he lied *prompted* an inquiry"); not an
    adjective after a verb ("banned imported goods").  ``b`` when none."""
    predicates = 1 if verbless else 0
    inner = False
    last = ""
    verb = False  # whether ``last`` is a finite verb of the clause ("he *lied*")
    at = a
    pieces = text[a:b].split(" ")
    words = [w.rstrip(".;:!?") for w in pieces]  # "was:" before a quotation
    for k, word in enumerate(pieces):
        start = at
        at += len(word) + 1
        if word.endswith(","):
            inner = True
            verb = False
            continue
        w = words[k]
        finite = False
        if w in _INNER_CLAUSE:
            inner = True
        elif w in _PREDICATE_HEADS and last not in _PREDICATE_HEADS:
            if predicates and not inner:
                if last in _ADVERBS_BEFORE or last.endswith("ly"):  # "… also could"
                    start -= len(last) + 1
                return trim_plain(text, a, start)[1]
            predicates += 1
            inner = False
        elif not verbless and last not in _PREDICATE_HEADS and _finite_past(words, k, last):
            after = words[k + 1] if k + 1 < len(words) else ""
            if predicates and not inner and (
                not verb or w in _PAST_FORMS or after in _OBJECT_OPENERS
            ):
                return trim_plain(text, a, start)[1]
            if after not in _PREDICATE_HEADS:  # not "the man arrested was"
                predicates += 1  # the clause's own verb, or a joined clause's ("… and she
                inner = False  # cried"), as an auxiliary is
            finite = True
        verb = finite
        last = w
    return b


#: Verbs whose subject owns the message that follows them: "X used his speech to …",
#: "X shared her belief that …", "X has his own ideas for …".
_OWN_VERBS = word_set(
    """
    used uses shared shares made makes gave gives delivered delivers repeated repeats
    reiterated reiterates expressed expresses voiced voices renewed renews devoted devotes
    has have had
    """
)
_OWN_VERB = re.compile(r"([a-z]+)[ \t\u00a0]+(?:much[ \t\u00a0]+of[ \t\u00a0]+)?\Z")


def _own_possessor(text: str, s_start: int, pronoun: int) -> Mention | None:
    """The subject of ``X used his speech to …``: a possessive pronoun right after a verb
    that gives the subject's own words is the subject, named where the clause names it."""
    verb = _OWN_VERB.search(text, max(s_start, pronoun - 24), pronoun)
    if verb is None or verb.group(1) not in _OWN_VERBS:
        return None
    subject = phrase_before(text, s_start, verb.start(1))
    if subject is None or subject.mention == "pronoun" or (
        subject.mention == "description" and not text[subject.start].isupper()
    ):
        return None
    return subject


_PRONOUN_OF = {"his": "he", "her": "she", "their": "they", "its": "it", "my": "i", "our": "we"}


def _headline_cue(text: str, v0: int, v1: int, p_start: int, p_end: int) -> Attribution | None:
    """``Senator Warns Plan Will Fail``: the words after the verb, the words before as source."""
    mention = phrase_before(text, p_start, v0)
    if mention is None:
        return None
    a, b = _trim(text, v1, p_end)
    if b - a < 3:
        return None
    return Attribution([(a, b)], mention, v0, v1, "speech")
