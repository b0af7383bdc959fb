"""limner plugin ``quotes``: who said what, in direct, mixed and reported speech.

It annotates kind ``quote`` (the quoted, reported or attributed words,
without the quotation marks; ``style``, ``speaker``, ``speaker_mention``,
``cue``, ``cue_start``, ``cue_end``, ``source_type``), kind ``person`` (the
words naming each speaker, with the full name they resolve to) and kind
``source`` (the words naming an organisation or a document as a source).
See docs/plugins/quotes.md for the rules and measured accuracy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import partial
from operator import attrgetter, itemgetter

import limner

# The modules compile some 180 patterns (20,000 characters, 360 M instructions) on import:
# the code re makes of them is kept in the user cache (limner.pattern_cache), and a later
# process (each batch worker too) hands it to re's engine instead of compiling them again.
with limner.pattern_cache("quotes"):
    from limner_quotes import finder, layout, sources
    from limner_quotes.carry import carry_nearest
    from limner_quotes.cues import NOUN_CUES, NOUNLIKE
    from limner_quotes.finder import Found, find_quotes
    from limner_quotes.kinds import Person, Quote, Source
    from limner_quotes.lexicon import SPEECH_VERBS
    from limner_quotes.marks import nicknames_unmarked
    from limner_quotes.phrases import Mention, phrase_before, read_afresh
    from limner_quotes.resolve import People
    from limner_quotes.sources import (
        Organizations,
        a_place,
        bare_plural,
        body_noun,
        body_subject_before,
        clause_antecedent,
        ends_at_most_once,
        epithet,
        full_name_before,
        impersonal,
        it_subject,
        named_before,
        repair_sources,
        settle_sources,
        source_type,
        subject_before,
        written_small,
    )

    # and those compiled at first use, as few texts need them: compiled here too, so that
    # their code is kept with the others' and no later process compiles them
    finder._framed_clause()
    layout._dateline()
    sources._word_places()

__all__ = ["Person", "Quote", "Source", "annotate_quotes"]


def _min_words(value: int) -> int:
    if value < 1:
        raise ValueError("expected a whole number of words, at least 1")
    return value


@limner.hookimpl
def limner_annotation_kinds() -> Sequence[type[limner.Annotation]]:
    return [Quote, Person, Source]


@limner.hookimpl
def limner_config_options() -> Sequence[limner.Option]:
    return [
        limner.Option(
            "quotes.indirect",
            True,
            help="also annotate reported speech and every other attribution "
            "(X said that ..., a poll shows ...), not only quotation marks",
        ),
        limner.Option(
            "quotes.min_words",
            4,
            help="a quoted stretch no speech verb attributes needs this many words to count",
            validate=_min_words,
        ),
    ]


@limner.hookimpl
def limner_annotators(config: limner.Config) -> Sequence[limner.Annotator]:
    indirect = bool(config.get("quotes.indirect", True))
    min_words = int(config.get("quotes.min_words", 4))

    def run(doc: limner.Document) -> Iterable[limner.Annotation]:
        return annotate_quotes(
            limner.line_feeds(doc.text), min_words=min_words, indirect=indirect
        )

    return [limner.Annotator("quotes", produces=("quote", "person", "source"), func=run)]


def annotate_quotes(
    text: str, *, min_words: int = 4, indirect: bool = True
) -> list[limner.Annotation]:
    """The ``quote``, ``person`` and ``source`` annotations of ``text``.

    The ids are labels for the engine, which gives the final ids.
    """
    read_afresh()  # the speaker phrases of this reading alone (see phrases.phrase_before)
    try:
        return _annotate(text, min_words, indirect)
    finally:
        read_afresh()  # (nor is the text held after it)


def _first_quoted(found: Iterable[Found]) -> dict[tuple[int, int], tuple[int, int]]:
    """The first direct quotation of each speaker's words (by their span): one pass over the
    quotes, where each role no one named carried searched them all (n² in roles)."""
    first: dict[tuple[int, int], tuple[int, int]] = {}
    for f in found:
        if f.style == "direct" and f.mention is not None:
            first.setdefault((f.mention.start, f.mention.end), (f.start, f.end))
    return first


def _annotate(text: str, min_words: int, indirect: bool) -> list[limner.Annotation]:
    text, at, to = limner.visible_text(text)
    text = nicknames_unmarked(text)  # 'Earvin "Magic" Johnson' is one name, no quote
    found = find_quotes(text, min_words=min_words, indirect=indirect)
    repair_sources(text, found)
    carry_nearest(text, found)
    settle_sources(text, found)
    people = People()
    orgs = Organizations()
    labels: dict[tuple[int, int], tuple[str | None, str | None, str]] = {}
    persons: list[limner.Annotation] = []
    order = sorted(
        (m for f in found for m in (f.mention, f.carried) if m is not None),
        key=itemgetter(0, 1),
    )  # by start, then end
    last_end = 0  # where the speaker words read so far end
    body: tuple[int, str, str | None] | None = None  # the last body's words: end, kind, name
    before_verbs: set[tuple[int, int]] | None = None
    first_quoted: dict[tuple[int, int], tuple[int, int]] | None = None
    for m in order:
        key = (m.start, m.end)
        if key in labels:
            continue
        before = last_end
        if m.end > last_end:
            last_end = m.end
        if m.mention == "name" and m.role is None and text[m.end - 1] in "sn":
            m = bare_plural(text, m) or m  # "Investigators said": no name
            if m.name and text[m.end - 2] in "'’" and " " not in m.name:
                if before_verbs is None:  # read once, at the first such name
                    before_verbs = _before_verbs(text, found)
                if key in before_verbs:
                    m = _possessive_name(text, m)
        kind = source_type(text, m)
        spoke = body  # the body whose words spoke last, if they were the last words read
        if kind == "person":
            body = None
        name: str | None = None
        new_label = f"speaker-{len(labels)}"
        if kind == "person":
            antecedent = _antecedent(text, m) if m.role == "who" else None
            if m.mention == "pronoun":
                if m.gender is not None:
                    # "the treasurer Rita Saffioti welcomed …, which she said …": the subject
                    # of the pronoun's own main clause, else a person named before
                    antecedent = clause_antecedent(text, m)
                    if antecedent is None or not people.may_be(antecedent, m.gender):
                        antecedent = named_before(
                            text, before, m, partial(people.fits, m.gender),
                            partial(people.goes_by, m.gender), people.name_words(),
                        )
            elif m.role is None and epithet(text, m):  # "The Spaniard added": named last
                antecedent = named_before(text, before, m, people.known)
                if antecedent is None:
                    name = people.last()
                    persons.append(
                        _person(at(m.start), to(m.end), new_label, name, m.role, m.mention)
                    )
                    labels[key] = (new_label, name, kind)
                    continue
            if antecedent is None and m.mention == "name" and m.role is None and m.name and (
                    " " not in m.name and not people.is_named(m.name)):
                # a surname alone whose full name the story wrote where no one spoke:
                # "Opposition leader Raila Odinga disagreed. … Odinga said"
                antecedent = full_name_before(text, m)
            name = people.resolve(antecedent if antecedent is not None else m)
            if name is None and m.definite and m.mention == "role":
                # "Virat Kohli struck a century. “…,” the former captain said": a role no
                # one named so far carried is the subject of the sentence before
                if first_quoted is None:  # read once, at the first such role
                    first_quoted = _first_quoted(found)
                quoted = first_quoted.get(key)  # the first quotation of these words
                antecedent = subject_before(
                    text, m.start if quoted is None else min(m.start, quoted[0]), m, quoted
                )
                if antecedent is not None:
                    name = people.resolve(antecedent)
            if name is None and (referred := _referred_body(
                    text, m, people, orgs, spoke, before)) is not None:
                # "Southern Railway cancelled all trains. The operator said …": a body
                kind, name = "organization", referred
        if kind == "person":
            persons.append(_person(at(m.start), to(m.end), new_label, name, m.role, m.mention))
        else:
            if (
                m.mention == "pronoun" and _for_a_body(text, m) and body is not None
                and body[0] == before and ends_at_most_once(text, before, m.start)
            ):
                # "The department said … It urged them to …", "Anglian Water said … They
                # added …": the body that spoke last, in the sentence before
                kind, name = body[1], body[2]
            elif m.mention == "pronoun" and _for_a_body(text, m) and (
                (named := it_subject(text, m)) is not None and named[1] != "person"
                and (m.role == "it" or named[1] == "organization")
            ):  # "The company posted a loss. It said …", "Ajax sacked their coach. They
                # said …": the subject of the sentence before (a document's is "it")
                kind, name = named[1], orgs.resolve(text, named[0])
            elif name is None:
                name = orgs.resolve(text, m)
                if name is None:  # "The Financial Conduct Authority fined the bank. “…,”
                    # the regulator added": the body its short name refers back to
                    name = _referred_body(text, m, people, orgs, body, before)
                elif (nearer := _nearer_body(text, m, people, orgs, name)) is not None:
                    name = nearer  # "Lloyds Bank said … Farmers sued Barclays Bank. The
                    # bank said …": Barclays Bank
            if kind != "unknown":
                body = (m.end, kind, name)
            persons.append(_source(at(m.start), to(m.end), new_label, name, kind, m.mention))
        labels[key] = (new_label, name, kind)
    quotes: list[limner.Annotation] = []
    for f in found:
        source = f.mention if f.mention is not None else f.carried
        if source is None and f.style != "direct" and not impersonal(text, f.cue_start, f.cue_end):
            # reported speech whose source no rule finds is almost never a
            # sourceless attribution but a misread one: it is left out
            continue
        label, name, kind = (
            labels[(source.start, source.end)] if source is not None else (None, None, "unknown")
        )
        cue_start, cue_end = (at(f.cue_start), to(f.cue_end)) if f.cue_start >= 0 else (None, None)
        quotes.append(
            _quote(at(f.start), to(f.end), f.style, name, label, f.cue, cue_start, cue_end, kind)
        )
    # by start, a tie in batch order (a person before a quote): the engine stores a
    # batch by start, the longer first at a tie, and sorts only a batch whose starts do
    # not rise (its sort builds a key an annotation; this one reads one field, in C);
    # a stable sort, so the engine's order is that of persons + quotes as before
    return sorted(persons + quotes, key=_start)


_start = attrgetter("start")


def _for_a_body(text: str, m: Mention) -> bool:
    """Whether the pronoun ``m`` may stand for a body: "it", or "They" opening its
    sentence before a verb of saying ("They added", "They also said"), a body's people
    going on with what it said; not "they" inside a sentence, nor "They are hungry for
    change", which in news stand for people."""
    if m.role == "it":
        return True
    if m.role != "they" or text[m.start] != "T":
        return False
    words = text[m.end : m.end + 40].split(None, 2)
    if words and (words[0] == "also" or words[0].endswith("ly")):
        words = words[1:]
    return bool(words) and words[0] in SPEECH_VERBS


#: A sentence's end: a stop before white space.
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")


def _referred_body(
    text: str,
    m: Mention,
    people: People,
    orgs: Organizations,
    body: tuple[int, str, str | None] | None,
    before: int,
) -> str | None:
    """The name of the body that the short name ``m`` ("the regulator", "The
    operator") refers back to where no name so far holds its noun: the body named as
    the subject of the sentence before, else the body whose words spoke last, ending at
    ``before``, in the sentence before (``body``); ``None`` when ``m`` is no body's
    short name or neither names one."""
    if not body_noun(text, m):
        return None
    subject = body_subject_before(text, m.start, m, people.is_named)
    if subject is not None:
        return orgs.resolve(text, subject)
    if (
        body is not None and body[1] == "organization" and body[2] is not None
        and body[0] == before and ends_at_most_once(text, before, m.start)
        and _SENTENCE_END.search(text, before, m.start) is not None
        and not written_small(text, body[2], before - len(body[2]))
        and not a_place(text, body[2], before - len(body[2]))
    ):  # (in its own sentence, a body that spoke is another than its short name's; a
        # word capitalised to open a sentence, "Less", named none; a place, "Kenya
        # reported a drought", is no body)
        return body[2]
    return None


def _nearer_body(
    text: str, m: Mention, people: People, orgs: Organizations, name: str
) -> str | None:
    """The body that the sentence right before the short name ``m`` of a body ("the
    bank") names as its subject or its object (:func:`body_subject_before`), where its
    name holds the short name's noun and it is another than ``name``, the body of that
    noun named earlier: the nearest body of the kind is meant ("Lloyds Bank said … Farmers
    sued Barclays Bank. The bank said …" -- Barclays Bank).  ``None`` where that sentence
    names no such body, or names it only after a preposition of place ("travelled to
    Danske Bank in Dublin"): the earlier body stays."""
    noun = body_noun(text, m)
    if not noun:
        return None
    subject = body_subject_before(text, m.start, m, people.is_named)
    if subject is None or not subject.name or noun.capitalize() not in subject.name.split():
        return None
    nearer = orgs.resolve(text, subject)
    return nearer if nearer is not None and nearer != name else None


def _before_verbs(text: str, found: Sequence[Found]) -> set[tuple[int, int]]:
    """The spans of the speaker words that the cue of a verb follows right after: in
    "Moody's said", not "Trump's remarks" (a noun's possessor; a cue word that is as
    often a noun is read as one)."""
    return {
        (f.mention.start, f.mention.end) for f in found
        if f.mention is not None and f.family != "noun" and f.cue_start >= f.mention.end
        and not text[f.mention.end : f.cue_start].strip()
        and _first_word(text, f.cue_start) not in _NOUN_WORDS
    }


#: Cue words that are as often nouns: after a possessive, a noun.
_NOUN_WORDS = NOUN_CUES | NOUNLIKE


def _first_word(text: str, start: int) -> str:
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[start:end].lower()


def _possessive_name(text: str, m: Mention) -> Mention:
    """``m``, one word before a verb, named with its ``'s`` where the text never writes
    the name without it: "Moody's said", "McDonald's said" (firms named for a
    possessive) keep it; in "Clinton's said", the name written elsewhere as "Clinton" is
    the speaker's, its ``'s`` a contracted "has"."""
    name = m.name or ""
    if _name_written_bare(text, name):
        return m
    return m._replace(name=name + text[m.end - 2 : m.end])


def _name_written_bare(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` as a whole word (after no letter, digit, "_",
    apostrophe or hyphen; before no letter, digit, "_" or hyphen) without ``'s`` after it.
    The occurrences are read left to right, each after the last one's end, as a pattern of
    the name would find them: a scan of the string, where that pattern was compiled
    afresh for each name."""
    i, size = text.find(name), len(name)
    while i >= 0:
        end = i + size
        if (i == 0 or not _word_char(text[i - 1], "’'-")) and (
            end == len(text) or not _word_char(text[end], "-")
        ):
            if not text.startswith(("'s", "’s"), end):
                return True
            i = text.find(name, end if size else end + 1)
        else:
            i = text.find(name, i + 1)
    return False


def _word_char(c: str, marks: str) -> bool:
    """Whether ``c`` is a character of ``\\w`` (a letter, digit or "_") or of ``marks``."""
    return c.isalnum() or c == "_" or c in marks


_BEFORE_WHO = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*\Z")


def _antecedent(text: str, who: Mention) -> Mention | None:
    """The name or definite role a relative "who" follows: "Tom Reyes, who said …"."""
    m = _BEFORE_WHO.search(text, max(0, who.start - 4), who.start)
    end = m.start() if m is not None else who.start
    if end <= 0 or not (text[end - 1].isalnum() or text[end - 1] in ".)"):
        return None
    before = phrase_before(text, max(0, end - 120), end)
    if before is None or before.mention not in {"name", "role"} or before.end != end:
        return None
    return before


# fast constructors (limner.builder): a long article holds hundreds of quotes
_quote = limner.builder(
    Quote,
    "start",
    "end",
    "style",
    "speaker",
    "speaker_mention",
    "cue",
    "cue_start",
    "cue_end",
    "source_type",
)
_source = limner.builder(Source, "start", "end", "id", "name", "source_type", "mention")
_person = limner.builder(Person, "start", "end", "id", "name", "role", "mention")
