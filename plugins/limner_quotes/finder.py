"""Finding quotes in a text: direct quotes from their marks, reported speech from its verbs.

:func:`find_quotes` returns :class:`Found` records in text order; the
annotator turns them into ``quote`` and ``person`` annotations.  The rules:

- a quoted stretch is a *direct* quote when it stands on its own: it opens a
  paragraph or follows punctuation (``said, “…``, ``. “…``), and it ends its
  sentence, its paragraph, or is followed by an attribution (``,” she said``);
- a quotation over several paragraphs (each reopened with a mark, only the
  last closed) is one direct quote; a line that is only a quoted stretch in
  capitals, or in single marks where the text quotes between double marks,
  is a heading, left out;
- a quoted stretch inside a clause (``called the plan “a disaster”``) is a
  *mixed* quote when the sentence holds a speech verb, and is otherwise a
  title, a name or a scare quote, left out; so is a short stretch (fewer than
  ``min_words`` words) that no speech verb attributes.  When the stretch is
  the whole complement of its verb (``she declared “…”``), it is direct; a
  lower-case stretch after a comma that no cue introduces finishes the
  clause before it (a mixed quote);
- *indirect* speech is a clause after a speech verb with a speaker before it
  ("X said (that) …", "according to X, …") or a sentence that ends with its
  attribution (``…, officials said.``, ``…, said spokesman Tom Brown.``: words
  after the verb that are only a speaker phrase are no reported clause); a
  reported clause that holds a quoted fragment is *mixed*.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Literal

import attrs
import regex

from limner import lazy_regex
from limner_quotes.attribution import (
    QUANTITY_WORDS,
    WHITE_SPACE,
    asked_questions,
    attributions,
    before_next_clause,
    cue_hits,
    outside_questions,
    quote_before,
    saying_before_colon,
    trim_plain,
)
from limner_quotes.cues import (
    CLAIM_NOUNS,
    FRAME_NOUNS,
    NOUN_CUES,
    SPEECH,
    THERE_NOUNS,
    VERB_FORMS,
    inflect,
)
from limner_quotes.layout import Layout
from limner_quotes.lexicon import (
    BELIEF_VERBS,
    BOUNDARY_WORDS,
    DETERMINERS,
    MIXED_VERBS,
    NP_SKIP_WORDS,
    ORGANIZATION_HEADS,
    PARTICLES,
    PERSON_NOUNS,
    PREPOSITIONS,
    REPORTING_VERBS,
    ROLE_WORDS,
    SPEECH_VERBS,
    WEEKDAYS,
    word_pattern,
    word_set,
)
from limner_quotes.marks import Stretch, stretches
from limner_quotes.phrases import (
    FINITE_VERBS,
    QUOTED_AS,
    Mention,
    _named_group,
    clause_subject,
    inverted_speaker,
    participle_source,
    passive_agent,
    phrase_after,
    phrase_before,
    pronoun_mention,
    regular_past,
    skip_space,
    subject_start,
    tokenize,
)
from limner_quotes.sources import (
    claim_target,
    claim_there,
    description_head,
    puts_it,
    saying_noun,
    source_type,
)

__all__ = ["Found", "find_quotes"]

_CUE = re.compile(
    r"\b(?=[a-z])" + word_pattern(SPEECH_VERBS | BELIEF_VERBS | MIXED_VERBS | {"according"}) + r"\b"
)
_REPORTING = REPORTING_VERBS | {"according"}


#: The words that open reported speech in a whole-text scan ("According" only
#: before "to").
_OPENERS = _REPORTING | {"According"} | FRAME_NOUNS
#: What stands before "words of X, …" or "eyes of X, …" that attributes to X: "In the words
#: of X, …", "In the eyes of X, …".
_IN_THE = frozenset({"In the ", "in the "})
#: The length of each of :data:`_IN_THE`: a frame noun's "In the" starts so far before it.
_IN_THE_LEN = len("In the ")
#: The openers that are also claim nouns ("claims", "reports") or nouns an existential
#: "there" states ("fears", "hopes"): see ``claim_target`` and ``claim_there``.
_CLAIM_FORMS = _OPENERS & THERE_NOUNS
#: The openers that are claim nouns ("claims", "reports", "charges").
_CLAIM_VERB_FORMS = _OPENERS & CLAIM_NOUNS
#: The last letters of the claim nouns and the nouns of a held state: a word before "that"
#: that ends otherwise is none.
_CLAIM_ENDS = frozenset(w[-1] for w in THERE_NOUNS)
_PRONOUN_CUE = re.compile(
    r"(?i:(he|she|they|we|i))[ \t\u00a0]+(?:(?:also|later|then)[ \t\u00a0]+)?([a-z]+)\b"
)
_DASH_NAME = re.compile(r"[ \t\u00a0]*[―—–-][ \t\u00a0]*(?=[A-Z])")
#: A turn's label: a name and a colon at a line's start (``regex``'s ``\w`` holds the
#: combining marks of a decomposed accent, ``JOSE\u0301:``).
_LABEL = regex.compile(
    r"^[ \t\u00a0]{0,4}([A-Z][\w’'.\-]{1,30}(?:[ \t][A-Z][\w’'.\-]{0,30}){0,2})"
    r":[ \t\u00a0]+(?=\S)",
    regex.MULTILINE,
)
_COLON = re.compile(r":[ \t\u00a0]")
_NOT_LABELS = word_set(
    """
    By From Via Posted Published Filed Reporting Editing Written Words Text Story Dateline
    Note Update Updated Editor Photo Photos Source Sources Related Read Watch Video
    Correction Credit Image Images Caption Warning Disclaimer Tags Topics Share Follow
    Contact Email Click Subscribe Advertisement Listen See Also Q A Question Answer Here
    Summary Background Bottom Line Why What How When Where Who Breaking Exclusive Analysis
    Opinion Review Live Key
    Storm Hurricane Typhoon Cyclone Tornado Brexit Covid Coronavirus Budget Election
    Elections Explainer Factbox Timeline Profile Obituary Interview Comment Editorial Letters
    Weather Sport Business Politics World Results Preview Recap Verdict Fact Crisis War
    Trial Inquiry Markets Quiz Podcast Gallery Pictures
    Pictured Picture Above Below Left Right Top Inset Main Clockwise
    """
)  # (and words that open a headline's topic, "Storm Darragh: …", or label a picture's place,
#   "Pictured: …", "Above: …", "Inset: …"; not "Poll:", "Report:", sources)
_MARKS = "\"“”„«»'‘’"
_STOPS = frozenset(".!?;")
_OBJECT_VERBS = word_set(
    """
    told tells telling asked asks
    """
)


@attrs.define
class Found:
    """A quote found in the text.

    Attributes:
        start, end: the quoted or reported words.
        style: ``"direct"``, ``"mixed"`` or ``"indirect"``.
        mention: the speaker phrase attributing it here, if any.
        cue: the attributing verb ("said") or phrase ("according to").
        carried: the speaker phrase of the earlier quote this one continues, if any.
        cue_start, cue_end: the span of the cue (-1 when there is none).
        family: the cue's family for the cues of the second pass (``speech``,
            ``stance``, ``evidence``, ``noun``, ``passive``), else ``None``.
    """

    start: int
    end: int
    style: str
    mention: Mention | None = None
    cue: str | None = None
    carried: Mention | None = None
    cue_start: int = -1
    cue_end: int = -1
    family: str | None = None


def _free_start(text: str, st: Stretch, p_start: int) -> bool:
    """Whether the stretch opens a paragraph or follows punctuation."""
    i = st.open - 1
    while i >= p_start and text[i] in " \t\u00a0":
        i -= 1
    return i < p_start or text[i] in ",:;.!?—–-(…" or text[i] in _MARKS


def _free_end(text: str, st: Stretch, p_end: int) -> bool:
    """Whether the stretch ends its sentence or paragraph."""
    i = skip_space(text, st.after, p_end)
    if i >= p_end:
        return True
    ch = text[i]
    if ch in ",.;:!?—–-)…" or ch in '“„«"':
        return True
    return st.end > st.start and text[st.end - 1] in ".?!,…" and ch.isupper()


_NEXT_WORD = re.compile(r"[ \t\u00a0]*([A-Za-z][\w’'\-]*)")
#: Words that, right after a closing mark, go on with the sentence rather than attribute it.
_NOT_ATTRIBUTION = word_set(
    """
    by which who whom whose where since and or nor but because like too as in on at for with
    while when after before if though although so than that from of to into about during
    until unless whereas not even also including especially then
    """
)


def _clause_goes_on(
    text: str, st: Stretch, p_start: int, before: tuple[Mention, str, int] | None
) -> bool:
    """Whether a stretch after a comma or a dash opens in lower case: its sentence goes on.

    ``Officials said that if the bill passes, “we will have to close.”``: the
    quotation finishes a clause begun before it, so the words before it are
    part of what is reported (a mixed quote), unless a cue ends right before
    the mark (``he said, “but …”``, ``he said on Monday, “…``; ``before``, the
    cue read before the mark) with no subordinate clause opened after it.
    """
    if before is not None and _SUBORDINATE.search(text, before[2], st.open) is None:
        return False
    i = _skip_back(text, p_start, st.open)
    if i < p_start or text[i] not in ",—–-":
        return False
    if not any(ch.isalpha() and ch.islower() for ch in text[st.start : st.start + 1]):
        return False
    # (a cue of speech right before the comma does not end the clause here: read so, it
    # changed ten PolNeAR quotes, several for the worse)
    last = [w.strip(".,;:’'\"“”").lower() for w in text[max(p_start, i - 40) : i].split()[-3:]]
    return not any(w in _WORDS_OF for w in last)


_SUBORDINATE = re.compile(
    r"\b(?:that|if|when|whether|because|while|once|unless|although|though|since|until)\b"
)
#: Words that end a lead-in naming whose words follow: "in her words, “…”".
_WORDS_OF = word_set("words phrase it")


#: Verbs that attribute a quote to a text or tell how it was said, beside the cue lexicon.
_UTTERED = word_set("read reads wrote writes went goes began begins")


_NO_FORM = ("", "")


def _trailing_source(text: str, st: Stretch, p_end: int) -> tuple[Mention, str, int] | None:
    """The source after a quote whose verb is outside the speech verbs.

    ``“…,” the statement read``, ``“…,” scoffed a protester``, ``“…,” an
    angry mayor retorted``: the first verb after the closing mark (a cue of
    any family, a past tense, or *read*, *wrote*, *went on*) among its first
    20 words (names with their institution run long: ``“…,” engineers A and
    B of the Centre for … wrote in March``), with the words before it as the
    source, or the words after it when it comes first.  Only for a stretch
    that ends with a comma, a question or an exclamation mark, of two words or
    more, not in title case.
    """
    if st.end <= st.start or text[st.end - 1] not in ",?!" or _words(text, st.start, st.end) < 2:
        return None
    if _title_case(text, st.start, st.end):
        return None
    i = skip_space(text, st.after, p_end)
    toks = tokenize(text, i, min(p_end, i + 160))
    if not toks or toks[0][2].lower() in _NOT_ATTRIBUTION:
        return None
    for k, (s, e, w) in enumerate(toks[:20]):
        if w in _STOPS or w in _MARKS or (k == 0 and not w[:1].isalpha()):
            return None
        low = w.lower()
        if w[:1].islower() and (
            low in VERB_FORMS or low in SPEECH_VERBS or low in _UTTERED
            or (low.endswith("ed") and len(low) > 4)
        ):
            if k == 0:
                if low.endswith("ing"):
                    return None  # “…,” referring to …: a participle, not the attribution
                m = phrase_after(text, skip_space(text, e, p_end), p_end)
            else:
                m = phrase_after(text, i, s) or phrase_before(text, i, s)
            return (m, low, e) if m is not None else None
    return None


def _attributed_shape(text: str, st: Stretch, min_words: int) -> bool:
    """Whether a sentence-opening stretch is shaped as a quote with its attribution after it.

    ``“We will be back next year,” the statement on its website reads.``: the
    words end with a comma, a question or an exclamation mark inside the
    closing mark, the sentence goes on after it, and they are not a title
    (title case) nor shorter than ``min_words``; the quote is direct even
    when the attribution's words are not read as a speaker.
    """
    if st.end <= st.start or text[st.end - 1] not in ",?!":
        return False
    nxt = _NEXT_WORD.match(text, st.after)
    if nxt is None or nxt.group(1).lower() in _NOT_ATTRIBUTION:
        return False  # “Title,” by the writer; “…,” which …; “…,” and “…”
    return _words(text, st.start, st.end) >= min_words and not _title_case(
        text, st.start, st.end
    )


def _words(text: str, start: int, end: int) -> int:
    return text.count(" ", start, end) + 1


def _after_cue(text: str, st: Stretch, p_end: int) -> tuple[Mention, str, int] | None:
    """The attribution right after a closing mark: ``,” said X`` or ``,” X said``."""
    limit = min(p_end, st.after + 220)
    i = st.after
    while i < limit and text[i] in " \t\u00a0,—–-":
        i += 1
    if i >= limit or text[i] in _MARKS:
        return None
    quick = _PRONOUN_CUE.match(text, i, limit)
    if quick is not None and (
        quick.group(2) in SPEECH_VERBS
        or quick.group(2) in VERB_FORMS
        or (quick.group(2).endswith("ed") and len(quick.group(2)) > 4)
    ):  # ,” he said (or any verb in the past tense): the commonest case
        return (
            pronoun_mention(quick.start(1), quick.end(1), quick.group(1)),
            quick.group(2),
            quick.end(),
        )
    dash = _DASH_NAME.match(text, st.after, limit)
    if dash is not None:  # “…” ― Jorge Falcon
        m = phrase_after(text, dash.end(), limit)
        if m is not None and m.mention == "name":
            return m, "―", m.end
    found = _CUE.search(text, i, min(limit, i + 100))
    if found is None and limit > i + 100 and text[i].isupper():  # a long appositive
        found = _CUE.search(text, i, limit)
    if found is None:
        return None
    if found.group() not in SPEECH_VERBS and found.group() != "according":
        # ,” a neighbour who knew her said: a verb of the speaker's relative clause first
        later = _CUE.search(text, found.end(), min(limit, i + 100))
        if later is not None and later.group() in SPEECH_VERBS:
            found = later
    s, e = found.span()
    cue = found.group()
    between = text[i:s].split()
    if len(between) > 40 or not _no_stop(text, i, s):
        return None
    if cue == "according":
        if between or not text.startswith(" to ", e):
            return None
        m = phrase_after(text, skip_space(text, e + 4, limit), limit)
        return (m, "according to", e) if m is not None else None
    if cue not in SPEECH_VERBS:
        return None
    if cue == "saying" and between and between[-1] == "as":
        quoted = QUOTED_AS.search(text, i, s)
        if quoted is not None:  # ,” the agency quoted a spokesman as saying: the one quoted
            m = phrase_after(text, quoted.start(2), quoted.end(2))
            return (m, quoted.group(1), quoted.end(1)) if m is not None else None
    if all(w.lower() in NP_SKIP_WORDS for w in between):
        m = phrase_after(text, skip_space(text, e, limit), limit)
        return (m, cue, e) if m is not None else None
    passive = passive_agent(text, i, s, limit)
    if passive is not None:  # ,” Jones was told by Smith: the agent speaks
        return (passive[0], cue, e) if passive[0] is not None else None
    # (after words that end with a comma, a question or an exclamation mark: an
    # attribution follows; after a full stop, a new sentence may have its own clause)
    clause = (
        _CLAUSE_BEFORE_CUE.match(text, i, s)
        if st.end > st.start and text[st.end - 1] in ",?!"
        else None
    )
    if clause is not None:
        # ,” one shopkeeper, who did not want to give her name, told the paper: the phrase
        # before a relative or participle clause set off by commas speaks
        m = phrase_after(text, i, clause.end(1))
        if m is not None and m.end == clause.end(1) and not _role_after_ing(clause.group(2)):
            return m, cue, e
    m = phrase_before(text, i, s)
    if m is None or (
        len(lead := text[i : m.start].split()) > 1 and " ".join(lead) not in _ALL_SAID
    ):
        m = phrase_after(text, i, s)  # "Mr. Morgan of the Sierra Club said"
        if m is None or m.mention == "description":
            return None
    return m, cue, e


#: A form of "be" and "all" between a quotation and its speaker: ,” was all the striker
#: would say (the speaker phrase stops before "all", which heads what was said).
_ALL_SAID = frozenset({"is all", "was all", "are all", "were all"})
#: A speaker's phrase, then a relative or participle clause set off by commas, up to the
#: cue: "one shopkeeper, who did not want to give her name, " (group 1: the phrase).
_CLAUSE_BEFORE_CUE = re.compile(
    r"([^,;:.!?\"“”]{2,60}?),[ \t\u00a0]+(?:who|whose|which|[a-z]{2,}ing[ \t\u00a0]+(\w+))\b"
    r"[^;:.!?\"“”]{2,120},[ \t\u00a0]*\Z"
)


def _role_after_ing(word: str | None) -> bool:
    """Whether the word after an -ing word is a role: "managing director", "acting chief"
    make an appositive, no participle's clause."""
    return word is not None and word.lower() in ROLE_WORDS




# the period first, the abbreviations it may end after looked at only behind a period
# (not at every position of the range searched)
_STOP_CHARS = re.compile(  # one class of the marks and the period opens it (one scan)
    r"[!?;\"“”„«».](?:(?<!\.)"
    r"|(?<=\.)(?<![A-Z]\.)(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr)\.)(?<!\b(?:Mrs|Sen|Rep|Gov|Gen|Col|Sgt|Adm|Rev)\.)"
    r"(?<!\bCapt\.)(?<!\bProf\.)(?=[ \t\u00a0]))"
)


def _no_stop(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds no sentence end or quotation mark."""
    return _STOP_CHARS.search(text, start, end) is None


def _participle_subject(text: str, s_start: int, verb: int) -> Mention | None:
    """The source of a participle or of "to say" that introduces a quote, when one is clear.

    :func:`participle_source` reads it; a description is taken only when it
    opens the sentence (a subject), never the noun of a prepositional phrase.
    """
    if not _lead_in(text, s_start, verb):
        return None
    subject = subject_start(text, s_start, verb)
    m = participle_source(text, s_start, verb)
    if m is None:
        m = phrase_after(text, subject, verb)
    if m is None or (m.start <= subject and not text[m.end : verb].strip(" \t\u00a0,")):
        # the sentence's first phrase ran up to the verb: it holds the clause, not only a
        # source (the speaker of an attribution before the comma is one: "said X, adding")
        return None
    if m.mention == "description" and m.start != subject:
        return None  # a description must open the sentence
    return m


def _lead_in(text: str, s_start: int, verb: int) -> bool:
    """A comma, "by", "to", "before" … right before the verb: a participle or infinitive clause."""
    return _LEAD.search(text, max(s_start, verb - 12), verb) is not None


_DASH_LABEL = re.compile(
    r"[ \t\u00a0][-—–―][ \t\u00a0]+(?=(?:[A-Z][\w’'.\-]*[ \t\u00a0]*){1,5}\Z)"
)
_PREPOSITION_FIRST = re.compile(
    r"(?:about|of|on|in|at|for|to|from|with|by|over|after|before|during)[ \t\u00a0]"
)
#: Verbs that with "back" answer someone: "shot back, “".
_SHOT = frozenset({"shot", "fired", "hit", "shoots", "fires", "hits", "wrote", "writes"})
_AFTER_PREPOSITION = re.compile(
    r"(?<![\w’'])(?:by|after|before|while|without|since|upon)[ \t\u00a0]+\Z"
)
_LEAD = re.compile(
    r"(?:,|\b(?:by|after|before|while|when|without|in|since|upon|to))[ \t\u00a0]*\Z"
)


#: The endings of a possessive: "Victim's", "Teachers'".
_OWNED = ("'s", "’s", "s'", "s’")
#: The forms of "put" before "it" that give a speaker's words: "As X put it, “".
_PUT = frozenset({"put", "puts"})
#: The verb that gives a document's words: "The sign read: “…”".
_READ = word_set("read reads")
#: Verbs whose words right after them name the hearer: "told the Daily Mail: “".
_HEARER_FIRST = frozenset(
    form for base in ("tell", "ask", "inform", "assure", "remind") for form in inflect(base)
)


def _before_cue(
    text: str, st: Stretch, floor: int, layout: Layout | None = None
) -> tuple[Mention, str, int] | None:
    """The attribution that introduces a quote: ``X said, “`` or ``said X: “`` or ``X: “``."""
    end = st.open - 1
    while end >= floor and text[end] in " \t\u00a0":
        end -= 1
    if end < floor or text[end] not in ",:—":
        return None
    lo = max(floor, end - 240)
    toks = tokenize(text, max(lo, end - 120), end)
    if len(toks) < 16 and end - 120 > lo:  # only the last 14 tokens are read when there are more
        toks = tokenize(text, lo, end)
    if not toks:
        return None
    if text[end] == ":" and (said := saying_before_colon(text, toks, lo, layout)) is not None:
        # "Her message was simple: “…”": the noun's owner; "The message was clear: “…”": no one
        return (said[0], said[1], end) if said[0] is not None else None
    for back in range(1, min(len(toks), 14) + 1):
        s, e, w = toks[-back]
        if w in _MARKS or w in _STOPS:
            break
        low = w.lower()
        if back == 1 and low == "back" and len(toks) > 1 and toks[-2][2].lower() in _SHOT:
            m = phrase_before(text, lo, toks[-2][0])  # "X shot back, “", "X fired back: “"
            return (m, f"{toks[-2][2].lower()} back", e) if m is not None else None
        if back == 1 and low == "it" and len(toks) > 1 and toks[-2][2].lower() in _PUT:
            m = phrase_before(text, lo, toks[-2][0])  # "As X put it, “", "As one fan puts it, “"
            return (m, "put it", e) if m is not None and puts_it(text, m) else None
        if back == 1 and low in _READ and text[end] == ":" and (
            (m := phrase_before(text, lo, s)) is not None and source_type(text, m) == "document"
        ):  # "One placard read: “", "The statement reads: “": the document's words
            return m, low, e
        if low == "according" and back >= 2 and toks[-back + 1][2] == "to":
            m = phrase_after(text, skip_space(text, toks[-back + 1][1], end), end)
            return (m, "according to", e) if m is not None else None
        if (low in SPEECH_VERBS and not (low == "saying" and saying_noun(text, s))) or (
            low == "say" and back >= 2 and toks[-back - 1][2] == "to"
        ):  # (not "As the old saying goes, “": the noun, sources.saying_noun)
            passive = passive_agent(text, lo, s, end)
            if passive is not None:  # "Jones was told by Smith: “": the agent speaks
                return (passive[0], low, e) if passive[0] is not None else None
            m = None
            if back == 1 and layout is not None and (low.endswith("ing") or low == "say"):
                # "X …, saying, “", "X began by saying, “", "X went on to say, “": the subject
                m = _participle_subject(text, max(floor, layout.sentence(s)[0]), s)
            object_before = back == 1 and _AFTER_PREPOSITION.search(text, lo, s) is not None
            if m is None and not object_before:
                m = phrase_before(text, lo, s)  # not "… by saying": a preposition's object
            if (m is None and not object_before and low.endswith("ing")
                    and _comma_before(text, lo, s) >= 0):
                m = phrase_after(text, skip_space(text, floor, s), s)  # "He …, saying, “"
            if back == 1:
                return (m, low, e) if m is not None else None
            start = skip_space(text, e, end)
            names_after = text[start : start + 1].isupper()
            if low in _HEARER_FIRST:
                # "The mother, from Leeds, told the Daily Mail: “": the words after the
                # verb are the hearer, never the speaker; the speaker is the subject
                if m is None and low.endswith("ing"):  # "X …, telling Breitbart: “"
                    start = max(floor, layout.sentence(s)[0]) if layout is not None else lo
                    m = _participle_subject(text, start, s)
                elif m is None:
                    m = clause_subject(text, subject_start(text, lo, s), s)
                return (m, low, e) if m is not None else None
            if m is None or (m.mention == "description" and names_after):
                after = phrase_after(text, start, end)
                if after is not None and _PREPOSITION_FIRST.match(text, start) is None:
                    return after, low, e  # not "had this to say about the plan: “"
            return (m, low, e) if m is not None else None
    if text[end] == ":" and len(toks) <= 5 and all(w[:1].isupper() for _, _, w in toks):
        m = phrase_after(text, toks[0][0], end)
        if m is not None:
            return m, ":", end
    if (text[end] == ":" and 2 <= len(toks) <= 4 and toks[0][2][:1].isupper()
            and all(w.isalpha() and w.islower() for _, _, w in toks[1:])):
        # "Police chief: “…”", "Health secretary: “…”": a headline's label in sentence
        # case is its speaker where the words are one role's, as a name's are
        m = phrase_after(text, toks[0][0], end)
        if m is not None and m.mention == "role" and m.start == toks[0][0] and m.end == end:
            return m, ":", end
        first_word = toks[0][2]
        owned = first_word.endswith(_OWNED)
        # the head: the last word after an owner, the first before "of"
        head = toks[-1][2] if owned else first_word.lower() if toks[1][2] == "of" else ""
        if (owned or (head and len(toks) > 2)) and (
            _named_group(head) or head in ORGANIZATION_HEADS
        ):
            # "Victim's mother: “…”", "Teachers' union: “…”", "Mother of victim: “…”",
            # "Friends of the accused: “…”": an owner's person or body, or a person or a
            # body and its "of" phrase, read whole as before a verb (the first word alone
            # is no speaker); not an owner's thing ("Republicans' reaction: “…”", whose
            # owner speaks), nor a thing and its phrase ("Cost of living: “…”")
            m = phrase_before(text, toks[0][0], end)
            if m is not None and m.start == toks[0][0] and m.end == end:
                return m, ":", end
    if text[end] == ":":  # "Title of the item - Jane Roe: “…”": a name after a dash signs it
        dash = _DASH_LABEL.search(text, max(lo, end - 60), end)
        if dash is not None:
            m = phrase_after(text, dash.end(), end)
            if m is not None and m.mention == "name" and m.end == end:
                return m, ":", end
    if text[end] == ":":  # "Mr. Smith shot back: “…": the subject of the introducing clause
        first = len(toks)
        while first > 0 and toks[first - 1][2] not in _STOPS and toks[first - 1][2] not in _MARKS:
            first -= 1
        if first < len(toks) and (first > 0 or toks[0][0] == floor):
            m = phrase_after(text, toks[first][0], end)
            if m is not None and m.mention != "description" and m.end < end:
                return m, ":", end + 1
    return None


# the words between the verb and "that" open no relative or participle clause: in "said X,
# an analyst who notes that …" or "said Tuesday, noting that …", the clause is theirs
_THAT = re.compile(
    r"""[ \t\u00a0](?:(?!\b(?:who|which|whose)\b|,[ \t\u00a0]+[a-z]+ing\b)"""
    r"""[^.;:!?"“”«»\n]){0,60}?"""
    r"""\bthat,?[ \t\u00a0]+(?=\S)"""
)
#: The days of the week, as a time after a verb names them ("said Monday", "on Friday"):
#: :data:`lexicon.WEEKDAYS` capitalised (a set, and in a fixed order for the patterns).
_WEEKDAY_SET = frozenset(w.capitalize() for w in WEEKDAYS)
_WEEKDAY_NAMES = tuple(sorted(_WEEKDAY_SET))
#: A day between a verb and a clause that a hearer or a frame comes before ("told
#: reporters on Monday he …", "said in a statement Friday it …"); right after the verb the
#: time is read by :func:`_time_end`, which reads these days and more.
_DAY = (
    r"(?:(?:on[ \t]+)?(?:" + "|".join(_WEEKDAY_NAMES) + r"|yesterday|today|tonight)[ \t]+)?"
)
_PRONOUN = r"(?i:he|she|they|it|we|i|there)\b"
_OPENER = (
    r"(?i:he|she|they|it|we|i|there|the|a|an|his|her|their|its|this|these|those|no|some|many"
    r"|most|our|my|your|all|both|every|any)\b"
)
_NOT_CLAUSE = (
    r"(?!(?:in|on|at|to|during|after|before|with|of|for|about|from|by|as|when|while|last|"
    r"earlier|later|then|so|goodbye|hello|yes|no|nothing|something|anything|little|much|"
    r"more|less|repeatedly|publicly|privately|recently|previously|also|again|once|twice|"
    r"not|only|just|now|here|there|what|which|how|why|where|who|if|whether"
    r"|(?:late|early)[ \t]+(?:on|in|last|this|that)|(?:late|early)[ \t]+[A-Z][a-z]+day)\b)"
)
_CAPITALIZED_SUBJECT = (  # not a day ("said Tuesday in Paris"): _DAY reads days
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][\w’'\-.]*(?:[ \t]+[A-Z][\w’'\-.]*){0,4}[ \t]+"
    # not the particles inside a name ("said Rafael de la Torre.")
    r"(?!(?:" + word_pattern(PARTICLES) + r"[ \t]+){1,3}[A-Z])[a-z]"
)
#: A name set off by an appositive, then a lower-case word: the subject of a clause and
#: its verb ("said Tom Brown, the leader, had left").
_APPOSED_SUBJECT = (
    r"[A-Z][\w’'\-.]*(?:[ \t]+[A-Z][\w’'\-.]*){0,4},[ \t]+[^,.;:!?\"“”()]{1,80}?,[ \t]+"
    r"(?!(?:and|but|or|nor|so|yet|who|whom|whose|which|where|when|while|as|if|because|although"
    r"|though|after|before|since|until|unless|whereas|then)\b|[a-z]+ing\b)[a-z]"
)
#: What frames a reported clause between the verb and the clause: "said in a statement
#: (on Friday) it …", "said in a joint statement the …"; only a subject after it opens
#: the clause ("said in a statement posted online" reports nothing after it).
_FRAME = (
    r"in[ \t]+(?:a|an|the|his|her|its|their)[ \t]+(?:[a-z][a-z-]*[ \t]+)?"
    r"(?:statement|interview|letter|filing|e-?mail|post|tweet|speech|release|briefing"
    r"|note|video|message|memo|submission|blog|podcast|broadcast)[ \t]+" + _DAY
)
#: A clause after a verb and its time (read first, :func:`_time_end`): one a pronoun opens
#: (``_CLAUSE``), or after a verb of saying one any subject opens (``_SAY_CLAUSE``).
_CLAUSE = re.compile(r"[ \t\u00a0]+(?=" + _PRONOUN + r")")
_SAY_CLAUSE = re.compile(
    r"[ \t\u00a0]+(?="
    + _OPENER
    + r"|"
    + _CAPITALIZED_SUBJECT
    + r"|"
    + _APPOSED_SUBJECT
    + r"|"
    + _NOT_CLAUSE
    + r"[a-z][\w’'\-]*[ \t]+[a-z]"
    # a figure heads the subject as a number word does ("said 20 people had died", as
    # "said two people had died"): the clause is read here, where a cue after it
    # ("…, the agency reported") leaves the whole-text pass no room for it (and so does
    # a count after a word of approximation: _rough_clause, read only after such a word)
    + r"|[$£€]?[0-9][\w,.%]*[ \t]+[a-z])"
)
#: The words of approximation that may open a count after a verb of saying, each with the
#: space before it ("said at least 20 …", "said nearly 40 …"; "up to" is two lower-case
#: words, which ``_SAY_CLAUSE`` reads), and the word each takes after it, if any.
_ROUGH_WORDS = (" at ", " more ", " fewer ", " less ", " nearly ", " almost ", " about ",
                " around ", " roughly ")
_ROUGH_SECOND = {"at": ("least", "most"), "more": ("than",), "fewer": ("than",),
                 "less": ("than",)}
#: The words that open a time right after a verb (see :func:`_time_end`), each with the
#: space before and after it.
_TIME_OPENS = tuple(
    f" {w} " for w in ("on", *_WEEKDAY_NAMES, "yesterday", "today", "tonight", "earlier",
                       "this", "last")
)
_DAY_PARTS = frozenset(("morning", "afternoon", "evening", "night"))
_TIME_UNITS = _DAY_PARTS | {"week", "weekend", "month", "year"}
#: The finite verbs after which a time is the clause's subject, not a time read past
#: ("said last year was the hottest", "saying this year will …").
_SUBJECT_VERBS = word_set(
    "is are was were will would has have had can could may might must should")


def _time_end(text: str, at: int, limit: int) -> int:
    """Where the reported clause's words may start after the time right after a verb (at
    ``at``, the space after the verb): the space after the time, read past whole ("said
    yesterday …", "said on Friday night …", "said earlier this week …", "said last month
    …", "said today …"), so that no word of it opens the clause ("said yesterday more
    than 200 …"); ``at`` itself where no time follows, or where a finite verb follows the
    time, whose subject it is ("said last year was the hottest")."""
    if not text.startswith(_TIME_OPENS, at):
        return at
    words = text[at:limit].split(None, 5)
    k = 0
    if words[0] == "on":
        k = 1
        if len(words) < 2 or words[1] not in _WEEKDAY_SET:
            return at
    w = words[k] if k < len(words) else ""
    if w in _WEEKDAY_SET or w == "yesterday":
        if k + 1 < len(words) and words[k + 1] in _DAY_PARTS:
            k += 1  # "on Friday night", "yesterday morning"
    elif w == "earlier" and k + 2 < len(words) and words[k + 1] in ("this", "last") and (
        words[k + 2] in _TIME_UNITS
    ):
        k += 2  # "earlier this week"
    elif w in ("this", "last"):
        if k + 1 >= len(words) or words[k + 1] not in _TIME_UNITS:
            return at
        k += 1  # "last week", "this morning"
    elif w == "earlier" and k + 1 < len(words) and words[k + 1] == "today":
        k += 1
    elif w not in ("today", "tonight", "earlier"):
        return at
    if k + 1 >= len(words) or words[k + 1] in _SUBJECT_VERBS:
        return at
    end = at
    for word in words[: k + 1]:
        end = text.index(word, end) + len(word)
    return end


def _rough_clause(text: str, v_end: int, limit: int) -> int:
    """Where a reported clause opens with a count after a word of approximation ("said at
    least 20 people …", "said more than two …", "said about 300 …"), as one opens with a
    bare figure or a number word, or -1; read word by word, only where ``text`` holds
    one of ``_ROUGH_WORDS`` at ``v_end``: right after the verb, or after the time that
    :func:`_time_end` reads past there ("said on Monday at least 20 …")."""
    if not text.startswith(_ROUGH_WORDS, v_end):
        return -1
    words = text[v_end:limit].split(None, 4)
    k = 2 if words and words[0] in _ROUGH_SECOND else 1
    if len(words) < k + 2 or (k == 2 and words[1] not in _ROUGH_SECOND[words[0]]):
        return -1
    count, after = words[k], words[k + 1]
    if not "a" <= after[0] <= "z":
        return -1  # the count heads a subject: a verb or a noun follows it
    if count in QUANTITY_WORDS:  # "nearly two …", "about half …"
        return v_end + 1
    figure = count[1:] if count[0] in "$£€" else count  # "$5m", "20", "1,200", "40%"
    plain = figure.replace(",", "").replace(".", "").replace("%", "")
    return v_end + 1 if figure[:1].isdigit() and plain.isalnum() else -1


@functools.cache
def _framed_clause() -> re.Pattern[str]:
    """A reported clause after a frame right after the verb ("said in a statement it …"),
    compiled when a text first holds " in " after such a verb (some 10 M instructions),
    and by the plugin's load, which keeps its code."""
    return re.compile(r"[ \t]+" + _FRAME + r"(?=" + _OPENER + r"|" + _CAPITALIZED_SUBJECT + r")")
#: The hearer (one to three words, no "to"), then a clause with a subject pronoun, or a
#: question that "if" or "whether" opens, after a hearer or none: "told reporters he …",
#: "asked the minister if he …", "was asked if she …" (the question word is the
#: clause's, never the hearer's).
_OBJECT_CLAUSE = re.compile(
    r"[ \t\u00a0]+(?:(?=(?:if|whether)[ \t])|(?:(?!(?:if|whether|to)[ \t])[\w’'\-]+[ \t]+){1,3}?"
    r"(?:(?=(?:if|whether)[ \t])|" + _DAY + r"(?=" + _PRONOUN + ")))"
)
_SAY_VERBS = word_set(
    """
    said says say saying added adds adding argued argues insisted insists believes believe
    thinks think thought predicted acknowledged acknowledges conceded wrote writes
    """
)


#: A subject pronoun right after the verb, or after its day ("said today he …").
_SUBJECT_PRONOUN = re.compile(r"[ \t\u00a0]+" + _DAY + r"(?i:he|she|they|we|i|it|there)[ \t\u00a0]")


def _own_that(text: str, v_end: int, that_end: int) -> bool:
    """Whether the ``that`` ending at ``that_end`` belongs to a clause that opens right
    after the verb: ``said she intended to show that …`` (a subject pronoun first, or a
    day then one: ``said today he would veto any bill that …``) or
    ``said the mayor wanted to prove that …`` or ``who told reporters the deal was off,
    said later that …`` (a cue verb in the past tense between)."""
    if _SUBJECT_PRONOUN.match(text, v_end, that_end) is not None:
        return True
    words = text[v_end:that_end].split()[:-1]
    return any(
        w in VERB_FORMS and k and words[k - 1] not in _ARTICLES
        and (w.endswith("ed") or (w in _IRREGULAR_PAST_CUES and words[k - 1][-1] == ","))
        for k, w in enumerate(words)
    )


#: Cue verbs in a past tense that does not end in "-ed" ("said", "told", "wrote"): one
#: right after a comma resumes a sentence whose subject a clause interrupted.
_IRREGULAR_PAST_CUES = FINITE_VERBS.intersection(VERB_FORMS) - word_set(
    "is are was were has had will would can could may might must says"
)


_ARTICLES = word_set("the a an his her their its our this")

#: Verbs whose object before "that" is their hearer ("warned the board that …").
_HEARER_THAT = frozenset(
    form
    for base in word_set(
        """
        tell ask warn remind assure inform notify convince persuade promise advise
        caution teach show urge
        """
    )
    for form in inflect(base)
)
#: What opens a noun phrase that a relative "that" may follow ("vetoed the bill that …").
_DETERMINERS = word_set("the a an any every some no this these those each his her their its")
#: What opens a clause with its subject after "that" (the clause is then a complement).
_SUBJECT_OPENERS = word_set(
    """
    he she they it we i you there the a an his her their its this these those no some
    many most our my your all both every any each one two three few several such
    """
)
#: Nouns of time, which head an adjunct ("said the other day that …"), not an object.
_TIME_NOUNS = word_set(
    """
    day days week weeks month months year years morning afternoon evening night time
    weekend moment hour hours minute decade
    """
)


def _relative_that(text: str, v_end: int, that_start: int, that_end: int, verb: str) -> bool:
    """Whether the ``that`` of ``text[that_start:that_end]`` opens a relative clause of
    the verb's object, not what the verb reports: ``vetoed any bill that cut …``.

    The words between the verb and ``that`` are a noun phrase (a determiner first, not
    a hearer's verb, not a noun of time or a noun that reports, as in "the claim that"),
    and the clause after ``that`` has no subject of its own (a lower-case word that no
    subject opens: "that cut", "that passed", not "that the", "that he", "that Smith")."""
    if verb in _HEARER_THAT:
        return False
    gap = text[v_end:that_start].split()
    if len(gap) < 2 or gap[0] not in _DETERMINERS:
        return False
    head = gap[-1].rstrip(",")
    if head in _TIME_NOUNS or head in NOUN_CUES:
        return False
    after = _NEXT_WORD.match(text, that_end)
    if after is None:
        return False
    word = after.group(1)
    return word.islower() and word not in _SUBJECT_OPENERS


def _clause_start(text: str, v_end: int, s_end: int, verb: str) -> int:
    """Where the reported clause after a speech verb begins, or -1 if none does."""
    limit = min(s_end, v_end + 80)
    m = _THAT.match(text, v_end, limit) if text.find("that", v_end, limit) >= 0 else None
    own = m is None or _own_that(text, v_end, m.end())
    that = -1 if m is None or own else text.rfind("that", v_end, m.end())
    if that - 1 > v_end and text[that - 2] in _CLAIM_ENDS and claim_target(
        text, text.rfind(" ", v_end, that - 1) + 1, that - 1
    ):  # "denied the allegations that …": what is denied is the claim, not its content
        return skip_space(text, v_end, s_end)
    if m is not None and not own and not _relative_that(text, v_end, that, m.end(), verb):
        if verb == "expected" and text.startswith(" to ", v_end) and (
            (said := _NEXT_WORD.match(text, v_end + 4)) is not None
            and said.group(1) in _SPEECH_BASES
        ):
            return -1  # "X is expected to say that …": the clause is the verb's after "to"
        return m.end()
    if verb in _OBJECT_VERBS:
        pattern = _OBJECT_CLAUSE
    elif verb in _SAY_VERBS:
        pattern = _SAY_CLAUSE
    elif verb in BELIEF_VERBS:
        return -1
    else:
        pattern = _CLAUSE
    at = v_end if pattern is _OBJECT_CLAUSE else _time_end(text, v_end, limit)
    m = pattern.match(text, at, min(s_end, v_end + 60))
    if m is None and pattern is _SAY_CLAUSE and text.startswith(" in ", v_end):
        m = _framed_clause().match(text, v_end, min(s_end, v_end + 90))
    elif m is None and pattern is _SAY_CLAUSE and text.startswith(_ROUGH_WORDS, at):
        c = _rough_clause(text, at, min(s_end, v_end + 60))
        return c if c < s_end else -1
    return m.end() if m is not None and m.end() < s_end else -1


def _skip_back(text: str, floor: int, pos: int) -> int:
    """The index of the last non-space character before ``pos`` (``floor - 1`` if none)."""
    i = pos - 1
    while i >= floor and text[i] in " \t\u00a0":
        i -= 1
    return i


def _comma_before(text: str, floor: int, pos: int) -> int:
    """The index of a comma right before ``pos`` (spaces between), or -1."""
    i = _skip_back(text, floor, pos)
    return i if i >= floor and text[i] == "," else -1


#: What :func:`_trim_end` strips: white space (as ``str.isspace`` has it) and four marks.
_END_TRIMMED = frozenset(WHITE_SPACE + ".,;:")


def _trim_end(text: str, a: int, b: int) -> int:
    """The end of ``text[a:b]`` without white space, periods, commas, semicolons and colons."""
    while b > a and text[b - 1] in _END_TRIMMED:  # one set test, not isspace and a second
        b -= 1
    return b


class _Spans:
    """Sorted, non-overlapping spans with a fast "which one holds this position"."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def holding(self, pos: int) -> int:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i if i >= 0 and pos < self.spans[i][1] else -1

    def first_inside(self, a: int, b: int) -> int:
        i = bisect.bisect_left(self.starts, a)
        return i if i < len(self.starts) and self.starts[i] < b else -1


def find_quotes(text: str, *, min_words: int = 4, indirect: bool = True) -> list[Found]:
    """Every quote of ``text``, in text order (see the module docstring for the rules)."""
    layout = Layout(text)
    found: list[Found] = []
    embedded: list[Stretch] = []
    direct: list[tuple[int, int]] = []
    kept: list[Stretch] = []
    prev_close = 0
    last_para = (-1, -1)
    last_with_speaker: Found | None = None
    cue_ends: set[int] = set()  # verbs that attribute a direct quote are not read again
    runs_on = False  # whether a direct quote was left open at the end of its paragraph
    all_stretches = stretches(text, layout)
    doubles = any(not st.single for st in all_stretches)  # single marks then set headings
    for st in all_stretches:
        p_start, p_end = layout.paragraph(st.open)
        floor = max(p_start, prev_close)
        if not st.single:  # a single-quoted word inside a speaker phrase does not end it
            prev_close = st.after
        if not _free_start(text, st, p_start):  # inside a clause: no attribution is read
            embedded.append(st)
            continue
        after = _after_cue(text, st, p_end) if st.closed else None
        if after is not None and text[st.end - 1] == "." and (
            after[0].end < after[2] and _clause_after_cue(text, after[2])
        ):  # “….” She added that …: a sentence of its own reports more, it names no
            after = None  # speaker of the quote before it
        if (
            st.closed
            and after is None
            and not _free_end(text, st, p_end)
            and not _attributed_shape(text, st, min_words)
        ):
            # a short quotation whose verb after it has a named speaker, or is a verb of
            # speech, is attributed all the same: “Enough is enough,” thundered Keir
            # Starmer; “It's a disgrace,” fumed one resident.
            after = _trailing_source(text, st, p_end)
            if after is None or (after[0].mention == "description"
                                 and VERB_FORMS.get(after[1], _NO_FORM)[1] != "speech"):
                embedded.append(st)
                continue
        before = None if after is not None else _before_cue(text, st, floor, layout)
        if after is None and _clause_goes_on(text, st, p_start, before):
            embedded.append(st)  # "X said that if A, “b …”": the quote ends a reported clause
            continue
        if after is None and before is None and st.closed:
            after = _trailing_source(text, st, p_end)
        if before is None and after is None and st.open <= skip_space(text, p_start, p_end):
            prev = layout.previous_paragraph(p_start)
            if prev is not None and text[prev[1] - 1 : prev[1]] == ":":
                before = _before_cue(text, Stretch(prev[1], prev[1], 0, 0, False), prev[0])
                if before is None:  # "X put it this way:" -- the subject introduces the quote
                    before = _colon_subject(text, layout, prev[1] - 1)
        cue = after or before
        if cue is None and _heading(text, st, p_start, p_end, doubles):
            embedded.append(st)
            continue
        f = Found(st.start, st.end, "direct")
        if cue is not None:
            f.mention, f.cue, verb_end = cue
            cue_ends.add(verb_end)
            f.cue_start, f.cue_end = _cue_span(text, f.cue, verb_end)
        elif last_with_speaker is not None:
            near = layout.paragraph(last_with_speaker.start)
            if near == (p_start, p_end) or (
                _words(text, st.start, st.end) >= min_words
                and (near == layout.previous_paragraph(p_start) or near == last_para)
            ):
                f.carried = (
                    last_with_speaker.mention
                    if last_with_speaker.mention is not None
                    else last_with_speaker.carried
                )
        if f.mention is None and f.carried is None and _words(text, st.start, st.end) < min_words:
            embedded.append(st)
            continue
        direct.append((st.open, st.after))
        kept.append(st)
        runs_on = runs_on or not st.closed
        if f.mention is not None or f.carried is not None:
            last_with_speaker = f
        found.append(f)
        last_para = (p_start, p_end)
    if runs_on:  # only a stretch left open at its paragraph's end can run on
        found = _join_paragraphs(text, found, kept)
    if indirect:
        spans = _Spans(direct)
        hits = cue_hits(text)  # every cue word, read once for both passes
        # the questions after "Asked", read once for both passes
        asked = asked_questions(text, layout)
        if asked:  # less the cue words of a fronted question ("Asked if he regretted …,")
            hits = outside_questions(text, asked, hits)
        found.extend(_reported(text, layout, spans, cue_ends, hits))
        marked = _Spans(_merged([(s.open, s.after) for s in sorted(embedded + kept)]))
        found.extend(_broad(text, layout, marked, found, hits, asked))
        _relatives_end(text, layout, found)
    _mixed(text, layout, found, embedded)
    if "dd" in text:
        found = [f for f in found if not _tally_added(text, f)]
    found.sort(key=lambda f: (f.start, -f.end))
    return found


#: The forms of "add" that report speech ("she added that …") and tally ("he added 22
#: points").
_ADD_FORMS = word_set("add adds added adding")
_CURRENCIES = frozenset("£$€¥")
#: The number words of a count ("added three new flights"): the words of a quantity
#: without those that open a clause's subject as often ("added most of those …").
_COUNTS = QUANTITY_WORDS - word_set("least most half")
#: The ordinals that open what "add" tallies ("added a second goal").
_ORDINALS = word_set("first second third fourth fifth")
#: Words that open a reported clause's article or quantity before the count ("added a
#: further £2m", "added another 40").
_BEFORE_COUNT = word_set("a an another further")
#: Words that make a reported clause finite ("added 20 people had been hurt",
#: "adding 200 jobs would follow"): its verb, so "add" reports speech.
_CLAUSE_VERBS = FINITE_VERBS | word_set("have should shall do does did be been being")


def _tally_added(text: str, f: Found) -> bool:
    """Whether ``f`` is a tally, not speech: "add" with no clause after it, only a count
    or an amount right after it, a figure, a number word (the quantities of
    :data:`~limner_quotes.attribution.QUANTITY_WORDS` that count) or an ordinal ("Jordan Poole
    added 22 off the bench", "Kane added a second goal", "the bank added 0.5% to its
    forecast", "added a further £2m"). "Add" reports speech only with a clause ("added
    that …", "added 20 people had been hurt") or a quotation."""
    if f.style != "indirect" or f.cue is None or f.cue.lower() not in _ADD_FORMS:
        return False
    words = text[f.start : f.end].lower().split()
    k = 0
    while k < len(words) - 1 and k < 2 and words[k] in _BEFORE_COUNT:
        k += 1
    first = words[k] if words else ""
    if not (first[:1].isdigit() or (first[:1] in _CURRENCIES and first[1:2].isdigit())
            or first in _COUNTS or first in _ORDINALS):
        return False
    return not any(w.strip(",;:") in _CLAUSE_VERBS for w in words)


#: The words that open a reported clause right after a cue: "She added that …", "He
#: said it was …".
_CLAUSE_OPENERS = word_set("that he she they it we I there")


def _clause_after_cue(text: str, v_end: int) -> bool:
    """Whether a reported clause opens right after the cue that ends at ``v_end``."""
    if text[v_end : v_end + 1] not in (" ", "\t", "\u00a0"):
        return False
    words = text[v_end : v_end + 8].split(None, 1)
    return bool(words) and words[0] in _CLAUSE_OPENERS and len(words) > 1


def _relatives_end(text: str, layout: Layout, found: list[Found]) -> None:
    """End the content of a cue in a relative clause where the main verb's attribution starts.

    In "Critics who have long opposed the plan say it will fail" the stance of
    the relative clause ("opposed") attributes "the plan", and "say" is the
    main verb of "Critics", found as an attribution of its own: the relative's
    content ends before it, where it would have run on to the sentence's end.
    Only a main verb whose speaker phrase ends right before the relative
    pronoun cuts, so "X said Y told him Z" (a cue inside the content, with its
    own subject after the first cue) and "ignorants who will believe anything
    he says" keep their content whole.
    """
    relatives = [f for f in found if f.mention is not None and f.mention.role == "who"]
    if not relatives:
        return
    mains = sorted(
        (f.cue_start, f.mention.end)
        for f in found
        if f.mention is not None and f.mention.role != "who" and f.cue_start >= 0
    )
    for f in relatives:
        assert f.mention is not None
        i = bisect.bisect_right(mains, (f.start, len(text)))
        if (
            i < len(mains)
            and mains[i][0] < f.end
            and mains[i][1] <= f.mention.start
            and not text[mains[i][1] : f.mention.start].strip(" \t\u00a0")
        ):  # the main verb's speaker phrase is the noun the relative pronoun follows
            start, end = trim_plain(text, f.start, mains[i][0])
            if end > start:
                f.end = end
                continue
        cut = -1 if f.style == "direct" else _main_verb_resumes(
            text, layout, f.mention.start, f.start, f.end)
        if cut >= 0:
            f.end = cut


#: Adverbs between the comma that closes a relative clause and the main verb
#: ("…, later left").
_BEFORE_MAIN = word_set("later then also still now soon quickly swiftly")


#: What opens a main clause of its own inside a sentence: its subject starts after it.
_CLAUSE_JOINTS = (", but ", ", and ", "; ")


def _main_verb_resumes(text: str, layout: Layout, pronoun: int, a: int, b: int) -> int:
    """Where the content ``text[a:b]`` of a cue in a relative clause ends when the clause
    sits between the sentence's subject and its main verb: at the comma before that verb
    ("The minister, who said the plan would fail, left the building": "the plan would
    fail"), or -1.

    Only a non-restrictive relative right after the subject that opens the sentence (a
    phrase of at most eight words, no comma, no verb) has a main verb after it; the
    comma that resumes the sentence is the last one of the content before a finite verb
    (an auxiliary, a modal, a common irregular past, a regular "-ed" past), maybe after
    an adverb ("…, later left").  A main verb that is itself a cue is read by the rule
    above."""
    if text[pronoun - 2 : pronoun] != ", " or text.find(",", a, b) < 0:
        return -1
    start = layout.sentence(pronoun)[0]
    for joint in _CLAUSE_JOINTS:  # "…, but Gov. Maggie Hassan, who is …, also …": the clause's
        k = text.rfind(joint, start, pronoun)
        if k >= 0:
            start = k + len(joint)
    while start < pronoun and text[start] in " \t\u00a0\"“'‘":
        start += 1
    subject = text[start : pronoun - 2].split()
    if not subject or len(subject) > 8 or not subject[0][:1].isupper() or any(
        "," in w or (w.islower() and (w in FINITE_VERBS or w.endswith("ed"))) for w in subject
    ):
        return -1  # "He met the minister, who …": the relative ends the sentence
    cut = -1
    b = min(b, a + 400)  # (bounded: many relatives in one sentence stay linear)
    comma = text.find(", ", a, b)
    while comma >= 0:
        words = text[comma + 2 : b].split(None, 2)
        if words and (words[0] in _BEFORE_MAIN or words[0].endswith("ly")):
            words = words[1:]
        if words:
            w = words[0]
            if w in FINITE_VERBS or regular_past(w):
                cut = comma
        comma = text.find(", ", comma + 2, b)
    if cut - a < 3:
        return -1
    start, end = trim_plain(text, a, cut)
    return end if end > start else -1


def _heading(text: str, st: Stretch, p_start: int, p_end: int, doubles: bool) -> bool:
    """Whether an unattributed stretch is a heading: a line of its own in single marks or capitals.

    News that quotes between double marks sets quotations in headlines and
    subheadings between single marks (``‘A fight from start to finish.’`` on
    a line of its own) or in capitals; without a cue they title what follows
    rather than quote it.  In a text that quotes between single marks only
    (``doubles`` false), a single-quoted line is a quote like any other.
    """
    line = text[p_start:p_end].strip().rstrip(".!?:")
    if not line or line[0] != text[st.open] or len(line) > st.after - st.open + 2:
        return False
    words = text[st.start : st.end]
    return (st.single and doubles) or (words.upper() == words and any(c.isalpha() for c in words))


def _join_paragraphs(text: str, found: list[Found], kept: list[Stretch]) -> list[Found]:
    """One quote for a quotation that runs over several paragraphs.

    News typography leaves a quotation open at the end of each paragraph but
    the last and opens the next paragraph with a new mark; such paragraphs
    are one quote (the marks that reopen it are inside its span), unless a
    paragraph brings a cue of its own.  That cue names the speaker of the
    paragraphs it continues too, when they have none (``“… ⏎ “…,” she said.``).
    ``found`` and ``kept`` are the direct quotes and their stretches, in order.
    """
    out: list[Found] = []
    prev: Stretch | None = None
    for f, st in zip(found, kept, strict=True):
        if (
            prev is not None
            and not prev.closed
            and not prev.single
            and not st.single
            and out
            and not text[prev.close : st.open].strip()
            and "\n" in text[prev.close : st.open]
        ):
            if f.mention is None:
                out[-1].end = f.end
                prev = st
                continue
            if out[-1].mention is None and out[-1].carried is None:
                out[-1].carried = f.mention  # the quotation's speaker, named at its end
        out.append(f)
        prev = st
    return out


#: The bare verbs of saying: "(is expected to) say", "(is due to) announce".
_SPEECH_BASES = frozenset(SPEECH)


def _reported(
    text: str, layout: Layout, direct: _Spans, cue_ends: set[int], hits: list[tuple[int, int]]
) -> list[Found]:
    """Indirect speech: clauses after speech verbs and sentences ending with an attribution."""
    out: list[Found] = []
    taken_until = -1
    for v0, v1 in hits:
        word = text[v0:v1]
        if word not in _OPENERS:
            continue
        if v0 < taken_until or v1 in cue_ends or (v0 > 0 and text[v0 - 1].isalnum()):
            continue
        if direct.holding(v0) >= 0:
            continue
        there = False  # "There are growing fears that …": a noun, the claim of no one named
        if word in _CLAIM_FORMS:
            if word in _CLAIM_VERB_FORMS and text[v0 - 1 : v0] == " " and text[
                text.rfind(" ", v0 - 14 if v0 > 14 else 0, v0 - 1) + 1 : v0 - 1
            ] in PREPOSITIONS:
                continue  # "refused to comment on reports it may …": a noun after a
                # preposition, no verb (a held state may be the subject's: "in hopes that")
            if claim_target(text, v0, v1):
                continue  # "He has faced claims that …": a noun, the claim of no one named
            there = claim_there(text, v0, v1)
        verb = word.lower()
        p_start, p_end = layout.paragraph(v0)
        f = None
        aside = None
        if verb == "according":
            if not text.startswith(" to", v1):
                continue
            f = _according(text, v1, *layout.sentence(v0))
        elif verb in FRAME_NOUNS:
            if not text.startswith(" of ", v1) or text[v0 - _IN_THE_LEN : v0] not in _IN_THE:
                continue  # "her words", "the words of the song were …", "his eyes": no frame
            f = _according(text, v1, *layout.sentence(v0), v0 - _IN_THE_LEN)
        elif (v0 >= 5 and text[v0 - 1] == " "
              and text.find("As ", v0 - 60 if v0 > 60 else 0, v0) >= 0
              and (f := _as_said(text, v0, v1, *layout.sentence(v0), verb)) is not None):
            pass  # "As Smith said, the plan failed": the clause after the attribution
        else:
            clause = _clause_start(text, v1, p_end, verb)
            sentence = None
            inverted: _Inverted | Literal[False] | None = False  # False: not read yet
            if clause >= 0:
                sentence = layout.sentence(v0)
                if clause < sentence[1]:
                    inverted = _inverted(text, v0, v1, *sentence)
                    if inverted is None:
                        f = (
                            Found(clause, _trim_end(text, clause, sentence[1]), "indirect",
                                  None, verb)
                            if there else _after_verb(text, v0, clause, *sentence, verb)
                        )
                        if f is not None:
                            f.start, f.end = before_next_clause(text, (f.start, f.end), hits)
            if (
                f is None
                and verb in SPEECH_VERBS
                and text.rfind(",", max(p_start, v0 - 400), v0) >= 0
            ):
                f, aside = _sentence_final(
                    text, v0, v1, *(sentence or layout.sentence(v0)), verb, inverted, hits
                )
        if f is None:
            continue
        # "The price, said analysts, will rise": the words before an attribution set off
        # by commas are the subject of the words after it, however short
        shortest = 1 if aside is not None and _determined(text, f.start) else 12
        taken_until = max(taken_until, _kept(text, direct, f, v0, v1, verb, out, shortest))
        if aside is not None:  # "A, said X, B": the words on both sides of the attribution
            taken_until = max(taken_until, _kept(text, direct, aside, v0, v1, verb, out, 1))
    out.extend(_labelled(text, layout, direct))
    return out


def _as_said(text: str, v0: int, v1: int, s_start: int, s_end: int, verb: str) -> Found | None:
    """``As Smith said, the plan failed.``, ``As he told reporters on Monday, the talks
    are over.``: a sentence that opens with "As", a speaker phrase and the verb, then a
    few words at most and a comma; what follows the comma is what was said."""
    if not text.startswith("As ", s_start) or v0 - s_start > 60:
        return None
    comma = text.find(",", v1, min(s_end, v1 + 40))
    if comma < 0 or any(c in text[v1:comma] for c in '.;:"“”'):
        return None
    m = phrase_before(text, s_start + 3, v0)
    if m is None or text[s_start + 3 : m.start].strip() not in ("", "the"):
        return None
    start = skip_space(text, comma + 1, s_end)
    end = _trim_end(text, start, s_end)
    return Found(start, end, "indirect", m, verb) if end > start else None


def _determined(text: str, start: int) -> bool:
    """Whether the words at ``start`` open with a determiner: a noun phrase ("The price"),
    not a connective or an adverbial ("Instead", "As a result")."""
    word = _NEXT_WORD.match(text, start)
    return word is not None and word.group(1).lower() in DETERMINERS


def _kept(
    text: str,
    direct: _Spans,
    f: Found,
    v0: int,
    v1: int,
    verb: str,
    out: list[Found],
    shortest: int = 12,
) -> int:
    """Append ``f``, trimmed of quotation marks and of a direct quote inside it, to ``out``
    unless a direct quote holds it or it is shorter than ``shortest`` characters; the end
    it keeps, else -1."""
    inner = direct.first_inside(f.start, f.end)
    # "according to", "in the words of", "in the eyes of"
    opened = (v0 - _IN_THE_LEN if verb in FRAME_NOUNS else v0), v1 + 3
    if inner >= 0 and verb in _FRAMES and direct.spans[inner][1] < f.end:
        # "“…,” X said, according to the paper.": the paper reports X's words
        f.style = "mixed"
        f.cue_start, f.cue_end = opened
        out.append(f)
        return f.end
    if inner >= 0:
        f.end = _trim_end(text, f.start, direct.spans[inner][0])
    while f.start < f.end and (text[f.start] in _MARKS or text[f.start].isspace()):
        f.start += 1  # "… warned that “the road …”"
    while f.end > f.start and (
        text[f.end - 1] in _MARKS or text[f.end - 1] in ".,;:" or text[f.end - 1].isspace()
    ):
        f.end -= 1
    if direct.holding(f.start) >= 0 or f.end - f.start < shortest:
        return -1
    f.cue_start, f.cue_end = opened if verb in _FRAMES else (v0, v1)
    out.append(f)
    return f.end


def _label_matches(text: str, layout: Layout) -> list[re.Match[str]]:
    """The matches of ``_LABEL``, tried only on the lines that hold a colon and a space."""
    out = []
    last = -1
    for colon in _COLON.finditer(text):
        line = layout.paragraph(colon.start())[0]
        if line == last:
            continue
        last = line
        m = _LABEL.match(text, line)
        if m is not None:
            out.append(m)
    return out


def _caps_label(label: str) -> bool:
    """A name in capitals that can label a turn of a transcript (not ``NOTE``, ``UPDATE``)."""
    return label.isupper() and label.split()[0].title() not in _NOT_LABELS


_TURN_OPENING = lazy_regex(
    r"[ \t\u00a0]*(?:\p{Lu}[\p{Lu}\p{M}’'.\-]+(?:[ \t]\p{Lu}[\p{Lu}\p{M}’'.\-]*){0,2}:"
    r"|[(\[….]|$)"
)


def _turn_end(text: str, layout: Layout, start: int) -> int:
    """The end of a transcript turn opened at ``start``: its paragraph and the paragraphs
    after it, up to the next turn, a note in brackets or an ellipsis (five at most)."""
    end = layout.paragraph(start)[1]
    for _ in range(5):
        nxt = end
        while nxt < len(text) and text[nxt] in "\r\n":
            nxt += 1
        if nxt >= len(text) or nxt - end > 4 or _TURN_OPENING.match(text, nxt) is not None:
            break
        end = layout.paragraph(nxt)[1]
    return _trim_end(text, start, end)


def _labelled(text: str, layout: Layout, direct: _Spans) -> list[Found]:
    """``Sanders: Clinton needs to …``: a paragraph opened by a name and a colon."""
    out = []
    matches = _label_matches(text, layout)
    # a transcript: two paragraphs or more open with a speaker's name in capitals ("SMITH:");
    # elsewhere a label in capitals is a dateline ("ISLAMABAD:")
    transcript = sum(1 for m in matches if _caps_label(m.group(1))) >= 2
    for m in matches:
        label = m.group(1)
        caps = label.isupper()
        if (caps and not (transcript and _caps_label(label))) or (
            label.split()[0] in _NOT_LABELS or direct.holding(m.end()) >= 0
        ):
            continue
        if text[m.end()] in _MARKS:
            continue
        if caps:  # a turn of a transcript: the words up to the next turn
            end = _turn_end(text, layout, m.end())
            mention = phrase_after(text, m.start(1), m.end(1))
            # a turn of one short word ("THE WITNESS: No.") is the speaker's answer
            if mention is not None and any(ch.isalnum() for ch in text[m.end() : end]):
                out.append(Found(m.end(), end, "indirect", mention, ":", None, m.end(1),
                                 m.end(1) + 1))
            continue
        end = _trim_end(text, m.end(), layout.sentence(m.end())[1])
        if _words(text, m.end(), end) < 4:
            continue
        mention = phrase_after(text, m.start(1), m.end(1))
        if mention is None or mention.mention == "description":
            continue
        out.append(Found(m.end(), end, "indirect", mention, ":", None, m.end(1), m.end(1) + 1))
    return out


def _after_verb(text: str, v0: int, c: int, s_start: int, s_end: int, verb: str) -> Found | None:
    """``X said (that) …``: the clause starting at ``c``, with the speaker before the verb."""
    passive = passive_agent(text, s_start, v0, s_end)
    if passive is not None:  # "Jones was told by Smith that …": the agent speaks
        return Found(c, _trim_end(text, c, s_end), "indirect", passive[0], verb)
    mention = participle_source(text, s_start, v0) if verb.endswith("ing") else None
    if mention is None:
        mention = phrase_before(text, s_start, v0)
    if mention is None:
        # the subject of "X has ... but has said"
        mention = clause_subject(text, subject_start(text, s_start, v0), v0)
        if mention is not None and mention.mention == "description" and not mention.definite:
            mention = None
        if mention is None and verb not in _SAY_VERBS:
            return None  # a clause after "say" is reported speech even when its speaker is unclear
    end = _trim_end(text, c, s_end)
    if mention is not None and mention.start > c:  # "While saying that …, he …": the
        end = _trim_end(text, c, mention.start)  # fronted clause ends before its subject
    return Found(c, end, "indirect", mention, verb)


#: What parts the words of a turn's label (one character each) and what a word of it may
#: hold after its capital (``re``'s ``\w`` is ``str.isalnum`` and the underscore).
_LABEL_SPACES = str.maketrans("\t\u00a0", "  ")
_LABEL_MARKS = frozenset("_’'.-")


def _turn_label(label: str) -> bool:
    """Whether ``label``, the words before a colon that opens a sentence, is a turn's
    label: one to three capitalised words ("A", "Q", "Smith", "Interviewer", "John
    Smith"), each a capital A to Z and at most 20 word characters, apostrophes, full
    stops or hyphens, one space, tab or no-break space apart (read word by word, as the
    pattern of these words would, which compiled at every start-up)."""
    words = label.translate(_LABEL_SPACES).split(" ")
    return len(words) <= 3 and all(
        "A" <= w[:1] <= "Z" and len(w) <= 21
        and all(ch.isalnum() or ch in _LABEL_MARKS for ch in w[1:])
        for w in words
    )
#: A comma that opens a participle, a relative clause or an adjunct of the sentence
#: (``…, the UN said, while …``, ``…, officials said, with …``): the attribution before
#: it is over.
#: Verbs that make the words after a sentence-final verb a clause, not its speaker.
_AUXILIARIES = word_set("is are was were has have had will would can could may might must should")
_TAIL = re.compile(
    r",[ \t\u00a0]+(?:[a-z]+ing\b|who\b|which\b|whose\b|according\b|adding\b|a\b|an\b"
    r"|while\b|whereas\b|with\b|as\b|but\b|and\b|although\b|though\b|amid\b|after\b"
    r"|despite\b|because\b|since\b|even\b)"
)


#: Words after the comma that closes an attribution at the end of a sentence's first
#: clause that go on with what was said: a conjunction that opens a clause of the same
#: speaker's (``…, the agency said, because …``, ``…, analysts warned, as supply
#: tightens``), not a participle, a relative clause or an appositive of the speaker.
_GOES_ON = word_set("and but because while whereas although though since as with")
#: "As" and a person's pronoun after that comma: the speakers' own circumstance, not
#: what they said ("…, lawmakers said, as they bristled at …", "…, she said, as she left").
_AS_THEY = re.compile(r",[ \t\u00a0]+as[ \t\u00a0]+(?:he|she|they|we|I)\b")


#: The comma before a sentence-final speaker phrase, with the words the phrase leaves
#: out before its name ("…, the Gazette reported.", "…, veteran Republicans said."); not
#: a conjunction, which opens a clause of its own ("…, after Eskom announced cuts.").
_LEAD_BEFORE = re.compile(
    r",[ \t\u00a0]*(?:(?!(?:and|but|or|who|which|that|as|when|while|if|after|before|because"
    r"|since|until|once|unless|although|though|whereas|where)\b)"
    r"[\w’'.\-]+[ \t\u00a0]+){0,4}\Z"
)


#: An inverted attribution's speaker, with the comma that closes it (:func:`_inverted`).
_Inverted = tuple[Mention, int]


def _inverted(text: str, v0: int, v1: int, s_start: int, s_end: int) -> _Inverted | None:
    """The speaker of ``…, said spokesman Tom Brown.``: a speech verb after a comma, then
    only a speaker phrase (:func:`inverted_speaker`) to the end of the attribution (its
    sentence's end, or a comma opening a participle or a relative clause), with the
    index of the comma that closes it inside its sentence (``A, said X, B``), else -1.
    Not after *tell* (``…, X told the station.``: its object is the hearer) nor after a
    participle (``…, saying election timing was a matter for the prime minister``: a
    clause)."""
    verb = text[v0:v1]
    before = _comma_before(text, s_start, v0)
    if verb in _OBJECT_VERBS or verb.endswith("ing") or before < 0:
        return None
    tail = _TAIL.search(text, v1, min(s_end, v1 + 300))
    end = tail.start() if tail is not None else s_end
    while end > v1 and text[end - 1] in _FINAL_TRIMMED:
        end -= 1
    start = skip_space(text, v1, end)
    if start >= end:
        return None
    m = inverted_speaker(text, start, end)
    if m is not None:
        return m, -1
    relative = _RELATIVE.search(text, start, end)
    if relative is not None and text.find(",", relative.end(), end) < 0 and (
            m := inverted_speaker(text, start, relative.start())) is not None:
        # "…, said the man who found the body.": the relative clause is his; not "X, Y,
        # said the man who succeeded him, Paul Manafort, should …": a clause's subject
        return m, -1
    aside = _aside(text, v0, v1, s_start, before, start, end)
    if aside < 0:
        return None
    m = inverted_speaker(text, start, _skip_back(text, start, aside) + 1)
    return (m, aside) if m is not None else None


#: A relative clause with no comma before it after an inverted speaker.
_RELATIVE = re.compile(r"[ \t\u00a0](?:who|whom|whose)[ \t\u00a0]")


def _aside(text: str, v0: int, v1: int, s_start: int, before: int, start: int, end: int) -> int:
    """The comma that closes an attribution set off by commas inside its sentence
    (``The price, said analysts, was too high.``), else -1.  Only after *say* and its
    kin (``The deal, announced Friday, …`` is a participle), when the words before it
    hold no comma of their own (after ``Mr Smith, a former minister, said Tom Brown,
    …`` the words are a clause), and when the words after it go on with a verb within
    four words (``…, said Rita Katz, the director of …``: an appositive) and open with
    no conjunction (``…, said Howard, but …``)."""
    comma = text.find(",", start, end)
    if comma < 0 or text[v0:v1].lower() not in _SAY_VERBS or "," in text[s_start:before]:
        return -1
    words = text[comma + 1 : end].split(None, 4)[:4]
    if not words or words[0].lower() in BOUNDARY_WORDS:
        return -1
    if words[0].lower() not in _VERB_FIRST:  # "…, said Tom Brown, the leader, was …"
        second = text.find(",", comma + 1, min(end, comma + 80))
        after = text[second + 1 : end].split(None, 1)[:1] if second >= 0 else None
        if after and after[0].lower() in _VERB_FIRST:
            return second
    if words[0].lower() in _VERB_FIRST:
        return comma
    return comma if any(w.lower() in NP_SKIP_WORDS for w in words) else -1


#: Words that open the predicate after an attribution set off by commas: auxiliaries,
#: modals and the adverbs that may stand before them.
_VERB_FIRST = NP_SKIP_WORDS | word_set("can could may might must shall should cannot")


#: What ends a sentence-final attribution besides its words: white space and stops.
_FINAL_TRIMMED = frozenset(WHITE_SPACE + ".!?")


def _sentence_final(
    text: str,
    v0: int,
    v1: int,
    s_start: int,
    s_end: int,
    verb: str,
    inverted: _Inverted | Literal[False] | None = False,
    hits: list[tuple[int, int]] | None = None,
) -> tuple[Found | None, Found | None]:
    """``…, officials said.`` or ``…, said the minister.``: the sentence before the comma,
    with, after an attribution set off by commas (``A, said X, B``, as ``A, X says, B``),
    the words after it (``B``), else ``None``.

    The attribution may go on with a participle or a relative clause after a
    comma (``…, Mr. Reyes said Tuesday, noting that …``; ``…, said Ana Ruiz,
    an economist who …``): the words from that comma on are not read.  ``inverted``
    is :func:`_inverted`'s reading of the same verb and sentence when the caller has
    made it (``False`` when not): it stops at the same ``_TAIL`` this function trims at.
    A conjunction after that comma (``…, the IMD said, and …``, ``…, analysts warned,
    as …``) goes on with what was said: those words, to the sentence's end, are the
    second reading, to a later clause with a cue of its own among ``hits`` (the text's
    cue words); none when the clause has a verb of reporting of its own
    (:func:`_own_reporting`: ``…, the ministry said, while the opposition said …``).
    """
    comma = _comma_before(text, s_start, v0)
    if text.rfind(",", max(s_start, v0 - 400), v0) < 0:
        return None, None
    colon = text.find(":", s_start, min(s_start + 32, v0))
    if colon >= 0 and _turn_label(text[s_start:colon]):
        # "A: Because the time is right, she said.", "Smith: We ran out of money, she
        # said": a turn's label (a transcript's Q and A, a speaker's name) is no part of
        # the words reported after it
        s_start = skip_space(text, colon + 1, comma)
    tail = _TAIL.search(text, v1, min(s_end, v1 + 300))
    goes_on = -1  # where the words reported go on after the attribution, if they do
    sentence_end = s_end
    if tail is not None:
        if text[tail.start() + 2 : tail.end()].lstrip() in _GOES_ON and (
            text.find(",", v1, tail.start()) < 0
            and _AS_THEY.match(text, tail.start()) is None
        ):  # "…, the IMD said, and rivers could burst their banks."
            goes_on = skip_space(text, tail.start() + 1, s_end)
        s_end = tail.start()
    if s_end - v1 > (160 if comma >= 0 else 80):
        return None, None
    if inverted is False:
        inverted = _inverted(text, v0, v1, s_start, s_end) if comma >= 0 else None
    mention = inverted[0] if inverted is not None else None
    aside = inverted is not None and inverted[1] >= 0
    if aside and s_start < comma and text[comma - 1] not in _MARKS:
        assert inverted is not None  # as aside says
        after = skip_space(text, inverted[1] + 1, s_end)
        return (
            Found(s_start, _trim_end(text, s_start, comma), "indirect", mention, verb),
            Found(after, _trim_end(text, after, s_end), "indirect", mention, verb),
        )
    rest = text[v1:s_end].rstrip(" \t\u00a0.!?")
    nxt = skip_space(text, v1, s_end)
    words_after = comma >= 0 and rest and nxt < s_end and (
        text[nxt].isupper() or rest.startswith(" the ")
    )
    passive = passive_agent(text, s_start, v0, s_end)
    if passive is not None:  # "…, Jones was told by Smith.": the agent, not the hearer
        lead = _lead(text, s_start, v0, text[passive[1] : s_end].rstrip(" \t\u00a0.!?"))
        if lead is None:
            return None, None
        mention, comma = passive[0], lead[1]
    else:
        # not "…, X told the station."
        if mention is None and words_after and verb not in _OBJECT_VERBS:
            mention = phrase_after(text, nxt, s_end)  # "…, said the Bank of England."
            if mention is not None and mention.mention == "description" and (
                    not _AUXILIARIES.isdisjoint(text[mention.start : mention.end].split())):
                # "The study, published on Monday, suggests the ice sheet is melting": the
                # words after the verb are its clause (a subject and its verb), no speaker
                return None, None
        if mention is None:
            lead = _lead(text, s_start, v0, rest)
            if lead is None:
                return None, None
            mention, comma = lead
    if comma <= s_start or quote_before(text, s_start, comma):
        return None, None
    end = _trim_end(text, s_start, comma)
    rest_of = None
    if goes_on >= 0 and not _own_reporting(text, goes_on, sentence_end, hits or []):
        # the clause after the attribution's comma, to a later clause with a cue
        a, b = before_next_clause(text, (goes_on, _trim_end(text, goes_on, sentence_end)),
                                  hits or [])
        rest_of = Found(a, b, "indirect", mention, verb)
    return Found(s_start, end, "indirect", mention, verb), rest_of


def _own_reporting(text: str, a: int, b: int, hits: list[tuple[int, int]]) -> bool:
    """Whether the clause at ``a`` (a conjunction's) has a verb of reporting of its own
    within its first six words (``while the opposition said …``, ``and analysts expect
    …``): another source's words, not those of the attribution before it."""
    i = bisect.bisect_left(hits, (a, a))
    while i < len(hits) and hits[i][0] < b:
        v0, v1 = hits[i]
        if len(text[a:v0].split()) > 5:
            return False
        word = text[v0:v1]
        if (word in REPORTING_VERBS or word + "s" in REPORTING_VERBS) and word[-3:] != "ing":
            return True  # (a plain form as its third person's: "analysts expect")
        i += 1
    return False


def _lead(text: str, s_start: int, v0: int, rest: str) -> tuple[Mention, int] | None:
    """The speaker phrase before the verb at ``v0`` of ``…, the Gazette reported.``, with
    the comma before it (:data:`_LEAD_BEFORE`), when ``rest``, the words after the verb
    (or after a passive's agent), are a few at most and hold no punctuation; else ``None``."""
    if rest.count(" ") > 6 or any(c in rest for c in ',;:"“”«»'):
        return None
    if not _FINITE.isdisjoint(rest.lower().split()):
        # "Speaking on radio, the president claimed the election had been stolen": a
        # clause of its own after the verb is what it reports, no sentence-final tail
        return None
    before = phrase_before(text, s_start, v0)
    if before is None or (before.role == "who" and text.startswith("who", before.start)):
        # "…, said one resident, who asked not to be named.": a relative clause's verb
        # attributes no words before the noun the clause follows (the WHO is a body)
        return None
    lead = _LEAD_BEFORE.search(text, max(s_start, before.start - 60), before.start)
    if lead is None or (
        before.role is not None
        and text[s_start : lead.start()].lower().endswith(before.role.rsplit(", ", 1)[-1])
    ):  # "The head of Kenya Power, Joseph Siror, told …": the name's own title, no clause
        return None
    return before, lead.start()


#: The cue words of the frames :func:`_according` reads.
_FRAMES = frozenset({"according"}) | FRAME_NOUNS


def _according(
    text: str, v1: int, s_start: int, s_end: int, in_the: int = -1
) -> Found | None:
    """``According to X, …``, ``But, according to X, …`` and ``…, according to X.``;
    and ``In the words of X, …`` or ``In the eyes of X, …`` (``in_the``: where its "In"
    starts; -1 for "according to"), read so, whose X is someone who speaks: a name, a
    role, a pronoun, a body, a document or a description of people ("one teacher", "many
    voters"; not "the song", "the old proverb", "the storm").

    The source phrase may run long before its comma (``According to early
    results of the exit poll conducted by …, …``); a sentence that ends with
    ``according to X`` without a comma before it is attributed whole.  "In the words
    of X" is read where it opens its sentence (after a connective at most): within one,
    the quoted words after it are X's, not the sentence before it.
    """
    toks = tokenize(text, v1, min(s_end, v1 + 160))
    if not toks or toks[0][2] != ("to" if in_the < 0 else "of") or len(toks) < 2:
        return None
    mention = phrase_after(text, toks[1][0], s_end)
    if mention is None or (in_the >= 0 and not _speaks(text, mention)):
        return None
    cue = "according to" if in_the < 0 else text[in_the : v1 + 3].lower()  # "in the eyes of"
    v0 = v1 - len("according") if in_the < 0 else in_the
    if _skip_back(text, s_start, v0) < s_start or _LEAD_WORD.match(text, s_start, v0):
        comma = text.find(",", mention.end, s_end)
        if comma < 0 or comma - mention.end > 150:
            return None
        if mention.mention == "name":  # "According to Dr Raj Patel, a cardiologist, …"
            apposed = _apposed(text, comma + 1, s_end)
            if apposed is None and mention.role is not None:
                # no appositive: what follows the comma is what is reported, not the
                # source's role ("According to Reuters, inflation rose …")
                mention = phrase_after(text, toks[1][0], comma) or mention
            comma = apposed or comma
        start = skip_space(text, comma + 1, s_end)
        return Found(start, _trim_end(text, start, s_end), "indirect", mention, cue)
    if in_the >= 0:
        return None  # "…, in the words of X, ‘…’": the quoted words after it are X's
    comma = _comma_before(text, s_start, v0)
    if comma > s_start:
        if text[comma - 1] in _MARKS:
            return None
        after = text.find(",", toks[1][0], s_end)
        if after >= 0 and _PARTICIPLE_AFTER.match(text, after + 1) is not None:
            # "…, according to Reuters, citing two sources": the participle is no role
            mention = phrase_after(text, toks[1][0], after) or mention
        return Found(s_start, _trim_end(text, s_start, comma), "indirect", mention, cue)
    if comma < 0 and "," not in text[v1:s_end] and s_end - v1 <= 80 and v0 - s_start > 20:
        end = _trim_end(text, s_start, v0)  # "… by 271 delegates according to the count."
        return Found(s_start, end, "indirect", mention, cue)
    return None


def _speaks(text: str, m: Mention) -> bool:
    """Whether the phrase after "in the words of" or "in the eyes of" names someone who
    speaks: anything but a description whose head is no person, group, body or document
    ("the song", "the storm")."""
    if m.mention != "description":
        return True
    # the head before "of" ("the song of the miners": "song", not "miners"), as "As X put
    # it" takes it
    return _named_group(description_head(text, m)) or source_type(text, m) != "person"


#: A participle in lower case after a comma and white space ("…, citing").
_PARTICIPLE_AFTER = re.compile(r"[ \t\u00a0]*[a-z]+ing\b")
#: The words up to the next comma, without punctuation: maybe an appositive.
_UP_TO_COMMA = re.compile(r"[^,.;:!?\"“”()\n]{1,90},")
#: Words that make a clause of what stands between two commas, not an appositive.
_FINITE = word_set(
    "is are was were will would has have had can could may might must should shall do does did"
)
_OF_WORDS = word_set("of at for to with in from on")


def _apposed(text: str, at: int, s_end: int) -> int | None:
    """The comma that closes an appositive opening at ``at`` ("According to Dr Raj
    Patel, a cardiologist at the hospital, …"): a noun phrase whose head, before its
    post-modifier, is a role or a person noun, with no finite verb; else ``None``."""
    m = _UP_TO_COMMA.match(text, at, s_end)
    if m is None:
        return None
    words = [w.strip("’'").lower() for w in text[at : m.end() - 1].split()]
    if not words or any(w in _FINITE for w in words):
        return None
    cut = next((k for k, w in enumerate(words) if w in _OF_WORDS), len(words))
    if cut == 0:
        return None
    head = words[cut - 1]
    head = head[:-2] if head.endswith(("’s", "'s")) else head
    return m.end() - 1 if head in ROLE_WORDS or head in PERSON_NOUNS else None


#: A connective and its comma opening a sentence before "according to": "But, according to".
_LEAD_WORD = re.compile(
    r"(?:But|And|Now|So|Yet|Still|However|Instead|Meanwhile|Moreover|Also|Again|Indeed)"
    r"[ \t\u00a0]*,[ \t\u00a0]*\Z"
)


def _mixed(text: str, layout: Layout, found: list[Found], embedded: list[Stretch]) -> None:
    """Mark reported clauses holding a quoted fragment as mixed; attribute lone fragments."""
    reported = sorted((f for f in found if f.style == "indirect"), key=lambda f: f.start)
    starts = [f.start for f in reported]
    for st in embedded:
        i = bisect.bisect_right(starts, st.start) - 1
        if i >= 0 and reported[i].end >= st.start:
            f = reported[i]
            f.style = "mixed"
            if f.end < st.end:
                f.end = st.end
            if st.closed and f.start <= st.open and f.end < st.after:
                f.end = st.after  # a span holding a fragment's opening mark holds its closing one
            continue
        if st.single or _words(text, st.start, st.end) < 2:
            continue
        if _CUE.search(text, max(layout.paragraph(st.open)[0], st.open - 300), st.open) is None:
            continue  # no verb before it in its paragraph: its sentence need not be found
        s_start = layout.sentence(st.open)[0]
        for m in _CUE.finditer(text, max(s_start, st.open - 300), st.open):
            verb = m.group()
            if verb == "according" or (verb == "saying" and saying_noun(text, m.start())):
                continue  # (not "The old saying “…”": the noun, sources.saying_noun)
            mention = phrase_before(text, s_start, m.start())
            if mention is not None:
                style = "direct" if _whole_complement(text, m, st, layout) else "mixed"
                found.append(
                    Found(st.start, st.end, style, mention, verb, None, m.start(), m.end())
                )
                break


def _whole_complement(text: str, verb: re.Match[str], st: Stretch, layout: Layout) -> bool:
    """Whether a quoted stretch is the whole complement of the verb before it: direct.

    ``she declared “What a night!”``, ``what he called “a disgrace”``: the
    stretch follows the verb with nothing between and ends its clause; not
    after ``so-called`` or ``self-described`` (a label, not an attribution),
    nor after *tell* (its object is the addressee: ``told “Morning Report”``),
    nor a name in title case after a naming verb (``a film called “The Long
    Road Home”``).
    """
    word = verb.group()
    if text[verb.end() : st.open].strip() or word in _OBJECT_VERBS:
        return False
    if verb.start() > 0 and text[verb.start() - 1] in "-‐‑":
        return False
    if not _free_end(text, st, layout.paragraph(st.open)[1]) and not (
        st.end > st.start and text[st.end - 1] == ","
    ):
        return False
    return word not in MIXED_VERBS or not _title_case(text, st.start, st.end)


def _title_case(text: str, start: int, end: int) -> bool:
    """Whether every word of four letters or more (and the first word) is capitalised."""
    first = True
    for word in text[start:end].split():  # most stretches are sentences: the first words tell
        w = word.strip(".,;:!?()'’‘“”\"")
        if not w:
            continue
        if first:
            if w[:1].islower():
                return False
            first = False
        elif len(w) > 3 and not w[:1].isupper():
            return False
    return not first


def _cue_span(text: str, cue: str | None, end: int) -> tuple[int, int]:
    """The span of a cue read before ``end`` (``according to`` ends after "according")."""
    if cue is None:
        return -1, -1
    if cue == "according to":
        return end - 9, end + 3
    start = end - len(cue)
    if start >= 0 and text[start:end].lower() == cue:
        return start, end
    at = text.rfind(cue, max(0, end - 40), end + 1)
    return (at, at + len(cue)) if at >= 0 else (-1, -1)


def _broad(
    text: str,
    layout: Layout,
    direct: _Spans,
    found: list[Found],
    hits: list[tuple[int, int]],
    asked: list[tuple[re.Match[str], int, int]],
) -> list[Found]:
    """The cues of every family that the first pass left alone (see :mod:`.attribution`);
    ``asked``, the questions after "Asked" (:func:`.attribution.asked_questions`)."""
    spans = sorted((f.start, f.end) for f in found)
    cues = {f.cue_start for f in found if f.cue_start >= 0}
    held = _Spans(_merged(spans))

    def taken(pos: int) -> bool:
        return pos in cues or direct.holding(pos) >= 0 or held.holding(pos) >= 0

    free = _outside(hits, _merged(sorted(direct.spans + held.spans)), cues)
    out = []
    for a in attributions(text, layout, taken=taken, hits=hits, free=free, asked=asked):
        cue = text[a.cue_start : a.cue_end].lower()
        for s, e in a.fragments:
            if text.startswith(_OBJECT_STARTS, s) and _object_only(text, s, e):
                continue
            out.append(Found(s, e, "indirect", a.mention, cue, None, a.cue_start, a.cue_end,
                             a.family))
    return out


#: Object pronouns: a verb's object, never the words it attributes.
_OBJECTS = word_set("him her them me us")
_OBJECT_STARTS = tuple(w for o in _OBJECTS for w in (o, o.title()))


def _object_only(text: str, s: int, e: int) -> bool:
    """Whether the words ``text[s:e]`` are a person the cue names rather than what it
    attributes: an object pronoun alone or before the main clause's speech verb (``a
    neighbour who knew her said …``: not ``her said``)."""
    words = text[s:e].split(None, 3)
    if not words or words[0].lower() not in _OBJECTS:
        return False
    return len(words) == 1 or any(w in SPEECH_VERBS for w in words[1:3])


def _outside(
    hits: list[tuple[int, int]], spans: list[tuple[int, int]], cues: set[int]
) -> list[tuple[int, int]]:
    """The hits that start neither inside one of ``spans`` (sorted, disjoint) nor at a
    position of ``cues``: one walk along both lists, not a search of the spans a hit."""
    out = []
    k = 0
    n = len(spans)
    for hit in hits:
        v0 = hit[0]
        while k < n and spans[k][1] <= v0:
            k += 1
        if (k < n and spans[k][0] <= v0) or v0 in cues:
            continue
        out.append(hit)
    return out


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _colon_subject(text: str, layout: Layout, colon: int) -> tuple[Mention, str, int] | None:
    """The subject of a sentence ending with a colon that introduces a quote."""
    s_start = layout.sentence(colon)[0]
    m = phrase_after(text, s_start, colon)
    if m is None or m.mention == "description" or text[s_start] in _MARKS:
        return None
    return m, ":", colon + 1
