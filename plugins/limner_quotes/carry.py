"""The speaker a quotation without a cue of its own takes: the nearest attribution before it.

News writing attributes a quotation once and lets the next ones run on
without a cue ("“…,” she said. “…”").  The first pass carries the speaker
of the last *direct* quote to such a quotation; :func:`carry_nearest`
prefers a nearer attribution of any kind, when one stands between them:

- ``Biden “has a role to play,” said NAME. “He has that appeal.”`` (the
  first quotation is a fragment inside reported speech, not a direct quote);
- ``NAME said the plan would fail. “It is all lies.”``;
- ``“…,” she said.`` two paragraphs up, then ``NAME added that … “…”``.

The nearer attribution must end in the quotation's paragraph, or in the
paragraph just before when the quotation opens its own paragraph (the
convention of a quotation introduced at the end of the paragraph before).
Work is one pass over the found quotes, in text order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from limner_quotes.cues import SAYING_NOUNS, VERB_FORMS
from limner_quotes.lexicon import SPEECH_VERBS, run_match, word_set
from limner_quotes.phrases import Mention, phrase_after, phrase_before
from limner_quotes.sources import (
    DOCUMENT_HEADS,
    cannot_speak,
    main_subject,
    puts_it,
    sentence_start,
)

__all__ = ["carry_nearest"]


class _Quote(Protocol):
    start: int
    end: int
    style: str
    mention: Mention | None
    carried: Mention | None
    cue: str | None
    cue_start: int
    cue_end: int


def _paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _previous_paragraph(text: str, p_start: int) -> int:
    """Where the paragraph before the one at ``p_start`` starts, blank lines skipped."""
    i = p_start - 1  # the line break that ends the previous line
    lo = max(0, p_start - 2000)
    while i > lo and text[i - 1] in " \t\u00a0\r\n":
        i -= 1
    return _paragraph_start(text, i)


def _opens_paragraph(text: str, start: int, p_start: int) -> bool:
    """Whether only white space and quotation marks come before ``start`` in its paragraph."""
    return not text[p_start:start].strip(" \t\u00a0\"“”„«»'‘’")


#: Verbs that attribute a quotation they follow, beyond the speech verbs.
_AFTER_VERBS = SPEECH_VERBS | word_set("read reads")
#: ``”, said X.`` or ``,” X said.`` right after a closing mark: the end of a quotation's
#: own attribution, which a quotation inside a clause does not get from the first pass.
#: A full stop that ends a title or an initial ("Mr.", "Sen.", "J."), not a sentence.
_ABBREVIATED = (
    r"(?:(?<=\bMr)|(?<=\bMs)|(?<=\bDr)|(?<=\bMrs)|(?<=\bSen)|(?<=\bRep)|(?<=\bGov)"
    r"|(?<=\bGen)|(?<=\bJr)|(?<=\bSr)|(?<=\bSt)|(?<=\b[A-Z]))\."
)
_SAID_NAME = re.compile(
    r"[\"”’']{1,3}[ \t\u00a0]+(?P<verb>[a-z]+)[ \t\u00a0]+"
    r"(?P<who>(?:[^.!?\"“”\n]|" + _ABBREVIATED + r"){1,160}?)[.!?][ \t\u00a0]*\Z"
)
_NAME_SAID = re.compile(
    r"[\"”’']{1,3}[ \t\u00a0]+(?P<who>(?:[^.!?\"“”\n,]|" + _ABBREVIATED + r"){1,60}?)"
    r"[ \t\u00a0]+(?P<verb>[a-z]+)\b[^.!?\"“”\n]{0,120}?[.!?][ \t\u00a0]*\Z"
)
#: A stop, closing marks, white space and an opening, or a line break: the end of a
#: sentence, opening with one class of both so a search skips to them in one scan.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])[\"”’']*[ \t\u00a0]+[\"“‘'A-Z])")
#: ``- NAME.`` or ``— NAME, tweeting …``: a paragraph that only signs the quotation before it.
_SIGNATURE = re.compile(r"[ \t\u00a0]*[-—―–][ \t\u00a0]*(?=[A-Z])")
_CLOSERS = "\"”’'"


def _closing_cue(text: str, floor: int, start: int) -> Mention | None:
    """The speaker of ``“…,” said X.`` or ``“…,” X said.`` right before ``start``."""
    i = start
    while i > floor and text[i - 1] in " \t\u00a0\"“„«'‘":
        i -= 1  # back over the opening mark of the quote itself
    lo = max(floor, i - 240)
    mark = max(text.rfind("\"", lo, i), text.rfind("”", lo, i), text.rfind("’", lo, i),
               text.rfind("'", lo, i))
    if mark < 0 or text[mark - 1 : mark] not in {",", "?", "!", "…", "'", "’", "\""}:
        return None
    while mark > lo and text[mark - 1] in _CLOSERS:
        mark -= 1
    m = _SAID_NAME.match(text, mark, i)
    if m is not None and m.group("verb") in _AFTER_VERBS:
        return phrase_after(text, m.start("who"), m.end("who"))
    m = _NAME_SAID.match(text, mark, i)
    if m is None or m.group("verb") not in _AFTER_VERBS:
        return None
    found = phrase_before(text, m.start("who"), m.start("verb"))
    return found if found is not None and found.mention != "description" else None


_MORE = re.compile(r"[^.!?\n]{0,200}")
_OPENING_CUE = re.compile(
    r"(?P<verb>[a-z]+)[ \t\u00a0]*[,:][ \t\u00a0]*[\"“„«'‘]{1,2}[ \t\u00a0]*\Z"
)


def _next_sentence(text: str, f: _Quote) -> bool:
    """Whether the cue read after a quotation belongs to the next sentence.

    ``“… at all.” He added, “…”``, ``“…” She noted that …``: a quotation that
    ends with a full stop, then a capitalised word, then a cue whose sentence
    goes on with words of its own (a quotation, a colon, ``that`` or more than
    eight words).  ``“…?” she asked.`` and ``“….” Trump said.`` keep their cue.
    """
    if f.cue_start < f.end:
        return False
    i = f.end
    while i < f.cue_start and text[i] in " \t\u00a0":
        i += 1
    if text[i : i + 1] == ".":
        i += 1
    elif text[f.end - 1 : f.end] != ".":
        return False
    while i < f.cue_start and text[i] in "\"”’' \t\u00a0":
        i += 1
    if not text[i : i + 1].isupper():
        return False
    rest = run_match(_MORE, text, f.cue_end).group()
    return len(rest.split()) > 8 or any(c in rest for c in "\"“”:") or " that " in rest


def _opening_cue(text: str, floor: int, start: int) -> Mention | None:
    """The speaker of ``X said, “`` or ``X added: “`` right before the quote at ``start``."""
    i = start
    while i > floor and text[i - 1] in " \t\u00a0":
        i -= 1
    m = _OPENING_CUE.search(text, max(floor, i - 30), start)
    if m is None or m.group("verb") not in SPEECH_VERBS:
        return None
    found = phrase_before(text, floor, m.start("verb"))
    return found if found is not None and found.mention != "description" else None


_MESSAGES = DOCUMENT_HEADS | word_set(
    "message statement words way question answer line lines note remarks"
)
#: Words that join a verb phrase to the one before it, with the same subject.
_COORDINATORS = word_set("and but yet")
_AFTER_CLOSE = re.compile(r"[\"”’']{1,2}[ \t\u00a0]+(?=[A-Za-z])")
_VERB_AFTER = re.compile(r"[ \t\u00a0]+(?:(?:then|later|also|quickly)[ \t\u00a0]+)?([a-z]+)\b")
_VERB_FIRST = re.compile(r"([a-z]+)[ \t\u00a0]+(?=[A-Z])")


def _cue_verb(word: str) -> bool:
    """A verb that can attribute the quotation before it: a cue of any family, or a verb
    in the past tense ("shot back", "riffed", "pressed", "jeered")."""
    return (word in VERB_FORMS or word.endswith("ed")) and not word.endswith("ing")


def _signature(text: str, f: _Quote) -> tuple[Mention, int, int] | None:
    """The name in a paragraph of its own that signs the quotation ending the paragraph
    before it: ``“…” ¶ - NAME.`` (a dash, then a name, and little else)."""
    i = f.end
    while i < len(text) and text[i] in "\"”’'.,!? \t\u00a0" and i - f.end < 6:
        i += 1
    if i >= len(text) or text[i] not in "\r\n":
        return None  # the quotation does not end its paragraph
    while i < len(text) and text[i] in " \t\u00a0\r\n" and i - f.end < 12:
        i += 1
    m = _SIGNATURE.match(text, i, i + 4)
    if m is None:
        return None
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    if line_end - m.end() > 160:
        return None
    who = phrase_after(text, m.end(), line_end)
    if who is None or who.mention != "name":
        return None
    dash = m.start()
    while text[dash] in " \t\u00a0":
        dash += 1
    return who, dash, dash + 1


_PUT_IT = re.compile(
    r"(?<![\w’'])(?:As|as)[ \t\u00a0]+(?P<who>[^.;:!?\"“”\n]{2,120}?)[ \t\u00a0]+"
    r"(?P<verb>put|puts|putting)[ \t\u00a0]+it\b[^.;!?\"“”\n]{0,80}?[,:][ \t\u00a0]*\Z"
)


def _put_it(text: str, f: _Quote) -> tuple[Mention, int, int] | None:
    """``As X put it, “…”`` and ``As X, the party's leader, puts it in a memo: “…”``."""
    i = f.start
    while i > 0 and text[i - 1] in " \t\u00a0\"“„«'‘":
        i -= 1
    lo = max(0, i - 240)
    if text.find("put", lo, i) < 0:  # the verb the pattern needs: most quotes have none before
        return None
    m = _PUT_IT.search(text, lo, i)
    if m is None:
        return None
    who = phrase_after(text, m.start("who"), m.end("who"))
    if who is None or not puts_it(text, who):
        return None
    return who, m.start("verb"), m.end("verb")


def _introducing_clause(text: str, f: _Quote) -> tuple[Mention, int, int] | None:
    """``X issued a statement, “…”``, ``X had this to say: “…”``: a clause ending with a
    comma or a colon right before the quotation, whose verb phrase holds a cue verb or
    a message; its subject speaks."""
    i = f.start
    while i > 0 and text[i - 1] in " \t\u00a0\"“„«'‘":
        i -= 1
    if i > 0 and text[i - 1] in "\r\n":  # "X issued the following statement: ¶ “…”"
        while i > 0 and text[i - 1] in " \t\u00a0\r\n" and f.start - i < 12:
            i -= 1
        if i == 0 or text[i - 1] != ":":
            return None
    if i == 0 or text[i - 1] not in ",:":
        return None
    end = i - 1
    colon = text[end] == ":"
    start = sentence_start(text, end)
    subject = main_subject(text, start, end)
    if subject is None or subject.end >= end or (
        subject.mention == "description" and not (colon and subject.definite)
    ):
        return None
    if subject.mention == "description" and text[subject.start : subject.end].rsplit(
        None, 1
    )[-1].lower() in SAYING_NOUNS:
        return None  # "The message was clear: “…”": a saying no one owns speaks nothing
    words = text[subject.end : end].split()
    if not 1 <= len(words) <= 12 or any(c in text[subject.end : end] for c in "\"“”"):
        return None
    # the verb of the last coordinated verb phrase introduces the quotation: "X declined
    # to comment, but added: “…”" (its cue is "added"), else the first of the clause
    last = max((k for k, w in enumerate(words) if w.lower() in _COORDINATORS), default=-1)
    earliest: tuple[Mention, int, int] | None = None
    at = subject.end
    for k, w in enumerate(words):
        at = text.find(w, at, end)
        low = w.strip(",.").lower()
        if (low in VERB_FORMS and not low.endswith("ing")) or (k and low in _MESSAGES):
            cue = subject, at, at + len(w.strip(",."))
            if k > last:
                return cue
            earliest = earliest or cue
        at += len(w)
    if earliest is not None:
        return earliest
    if colon and words[0].islower() and words[0].isalpha():
        # "The board went even further: “…”": a colon introduces what its subject said
        return subject, end, end + 1
    return None


def _following_cue(text: str, f: _Quote) -> tuple[Mention, int, int] | None:
    """``“…,” X shot back.`` or ``“…,” remembered X.``: the attribution right after a
    quotation that the first pass left without a speaker, with any cue verb."""
    if f.end < 1 or text[f.end - 1] not in ",?!…—-":
        return None
    m = _AFTER_CLOSE.match(text, f.end, f.end + 6)
    if m is None:
        return None
    i = m.end()
    first = _VERB_FIRST.match(text, i, i + 30)
    if first is not None and _cue_verb(first.group(1)) and text[i].islower():
        who = phrase_after(text, first.end(), first.end() + 120)
        if who is not None and who.mention != "description":
            return who, first.start(1), first.end(1)
        return None
    who = phrase_after(text, i, i + 120)
    if who is None or who.mention == "description":
        return None
    verb = _VERB_AFTER.match(text, who.end, who.end + 30)
    if verb is None or not (_cue_verb(verb.group(1)) or text.startswith(" back", verb.end())):
        return None  # "shot back", "hit back": an answer
    return who, verb.start(1), verb.end(1)


def carry_nearest(text: str, found: Sequence[_Quote]) -> None:
    """Give each direct quote without a cue the nearest attribution's speaker before it.

    ``found`` is in text order (by start); a quote's ``carried`` is replaced
    when an attribution with a speaker ends after the carried speaker's words
    and before the quote, within the window described in the module doc.
    """
    last: Mention | None = None  # the speaker words of the nearest attribution so far
    last_at = -1  # where that attribution ends (its content or its speaker words)
    quoted = -1  # where the last direct quote with a speaker ends
    # where the first sentence end after ``quoted`` ends (-1: not read yet; past the text:
    # none): a sentence end lies between ``quoted`` and a position exactly when that one
    # ends at or before it (see _ends_before), so it is searched for once per quote, not
    # from the quote to each later speaker (a search of the class at every character)
    first_end = -1
    for f in found:
        direct = f.style == "direct"
        if direct:
            _choose(text, f, last, last_at)
        source = f.mention
        # "…, said X, who noted that …": X, not the relative, speaks on
        if source is None or source.role == "who" or source.end > f.end + 260:
            continue
        if not direct and quoted >= 0:
            if first_end < 0:
                first_end = _first_sentence_end(text, quoted)
            if first_end > source.start:
                continue  # "“…!” X declared, a point he makes after callers asked …": X's
        end = f.end if f.end > source.end else source.end
        if end >= last_at:
            last, last_at = source, end
        if direct:
            quoted = f.end
            first_end = -1


def _first_sentence_end(text: str, start: int) -> int:
    """Where the first match of ``_SENTENCE_END`` at or after ``start`` ends (past the
    text's end when there is none).

    ``_SENTENCE_END.search(text, start, end)`` finds a match exactly when this is at most
    ``end``: a match from a given position is the only one from there (the marks' and
    the spaces' runs are read whole, and the character after them ends it), no match
    starts inside another (none of their later characters is a stop or a line break),
    so the matches' ends grow with their starts, and the first ends first.
    """
    m = _SENTENCE_END.search(text, start)
    return m.end() if m is not None else len(text) + 1


def _choose(text: str, f: _Quote, last: Mention | None, last_at: int) -> None:
    """The speaker of one direct quote, given the nearest attribution before it."""
    if f.mention is not None:
        own = None
        if f.cue_start < f.start and f.mention.mention == "description":
            own = _put_it(text, f)  # "As X put it in a memo to employees explaining, “"
        if own is None and f.cue_start < f.start and cannot_speak(text, f.mention):
            own = _put_it(text, f) or _introducing_clause(text, f)  # not "Right …, “"
        if own is not None:
            f.mention, f.cue_start, f.cue_end = own
            f.cue = text[f.cue_start : f.cue_end].lower()
        if _next_sentence(text, f):
            f.mention = _opening_cue(text, _paragraph_start(text, f.start), f.start)
            if f.mention is None:
                f.cue, f.cue_start, f.cue_end = None, -1, -1
        if f.mention is not None:
            return
    own = _following_cue(text, f) or _put_it(text, f)
    if own is None:
        own = _signature(text, f)
    if own is None:
        own = _introducing_clause(text, f)
    if own is not None:
        f.mention, f.cue_start, f.cue_end = own
        f.cue = text[f.cue_start : f.cue_end].lower()
        f.carried = None
        return
    p_start = _paragraph_start(text, f.start)
    floor = p_start
    if _opens_paragraph(text, f.start, p_start) and p_start > 1:
        floor = _previous_paragraph(text, p_start)
    carried = f.carried
    closing = _closing_cue(text, p_start, f.start)
    if closing is None and floor < p_start:  # "“…,” she said. ¶ “…”": the paragraph before
        end = p_start - 1
        while end > floor and text[end - 1] in " \t\u00a0\r\n":
            end -= 1
        closing = _closing_cue(text, floor, end)
    if closing is not None:
        f.carried = closing
    elif (
        last is not None
        and floor <= last_at <= f.start
        and last.end <= f.start
        and (carried is None or last.start > carried.end)
    ):
        f.carried = last
