"""Per-target sentiment: how each place and each quoted speaker is spoken of.

Targets come from other plugins, read by kind and field only: every
``location`` (grouped by ``geonameid``, else by ``name``) and every quoted
speaker (``quote`` annotations grouped by ``speaker``, with their ``person``
mentions of the same ``name``).  For each sentence that mentions a target, the
words that moved the sentence are weighed by their distance from the mention
(``1 / (1 + d / DECAY)`` for a word ``d`` words away, halved across a clause
break), so that in "Azerbaijan helped, Armenia attacked" each place gets its
own side of the sentence.  Words inside the mention itself do not count.  The
sentences are pooled as a document's are (see :mod:`limner_sentiment.aggregate`).
A speaker's own quoted words are kept apart: they make ``quoted_score``, not
``score``, which is the tone of the text about the speaker.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import itemgetter

import limner
from limner_sentiment.aggregate import combine, top_drivers
from limner_sentiment.kinds import Sentiment
from limner_sentiment.scorer import CLAUSE_END, Scored, score_sentence, score_with_offsets

__all__ = ["DECAY", "PERIPHERAL", "target_sentiments"]

#: Distance (in words) at which a word counts half as much for a target.
DECAY = 4.0
#: How much the sentence counts for a place or person named as the object of a
#: preposition ("a peace agreement to X", "liberated from X"): the sentence is
#: mostly about its subject.
PERIPHERAL = 0.25
_PREPOSITIONS = frozenset({
    "to", "from", "against", "towards", "toward", "into", "at", "for", "with", "on", "over",
    "upon",
})
# A word span's start and end, to bisect the words of a sentence by.
_start = itemgetter(0)
_end = itemgetter(1)
# one target-scope annotation per target: the fast constructor
_target = limner.builder(
    Sentiment,
    "start", "end", "scope", "score", "target", "drivers", "name", "mentions", "sentences",
    "quoted_score",
)


@dataclass
class _Target:
    name: str
    mentions: list[limner.Annotation] = field(default_factory=list)
    own_quotes: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Sentence:
    """A sentence read word by word: its words' offsets and which words end a clause."""

    text: str
    base: int
    scored: Scored
    #: word offsets relative to ``text``, indexed like the word indices of ``scored.hits``
    spans: list[tuple[int, int]]
    #: the indices of the words ending in a comma, semicolon or colon, in order
    clause_ends: list[int]


class _QuoteSpans:
    """Spans of a speaker's own quotes, asked whether a word lies inside one of them."""

    def __init__(self, quotes: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(quotes)
        self.starts = [s for s, _ in ordered]
        # the furthest end among the quotes that start at or before each one
        self.reach: list[int] = []
        furthest = -1
        for _, e in ordered:
            furthest = max(furthest, e)
            self.reach.append(furthest)

    def covers(self, a: int, b: int) -> bool:
        """Whether some quote holds the whole span ``[a, b)``."""
        k = bisect.bisect_right(self.starts, a)
        return k > 0 and self.reach[k - 1] >= b


def target_sentiments(
    doc: limner.Document,
    sentences: Sequence[tuple[int, int]],
    limit: int,
    sentence_scores: Sequence[Scored],
) -> list[limner.Annotation]:
    """One ``target`` sentiment per location and per quoted speaker of ``doc``.

    Args:
        doc: the document, with the ``location``, ``quote`` and ``person``
            annotations of other plugins (none: no targets).
        sentences: the document's sentences, in order, as ``(start, end)``.
        limit: how many drivers each annotation keeps.
        sentence_scores: the sentences' scores from the document pass (as
            :func:`~limner_sentiment.scorer.score_sentence` gives them): a
            sentence without a lexicon word contributes 0 without being read
            again, and the others are not scored again, only split into words
            (see :func:`~limner_sentiment.scorer.score_with_offsets`); a
            quote that spans a whole sentence takes the sentence's score.
    """
    targets = _locations(doc) + _speakers(doc)
    if not targets or not sentences:
        return []
    text = doc.text
    starts = [a for a, _ in sentences]
    ends = [b for _, b in sentences]
    # the sentences read so far, by index, shared by the targets they mention
    analysed: dict[int, _Sentence] = {}
    # the raw sums of quoted fragments, by text
    fragments: dict[str, float] = {}
    out: list[limner.Annotation] = []
    for target in targets:
        excluded = _QuoteSpans(target.own_quotes) if target.own_quotes else None
        raws: list[float] = []
        drivers: list[tuple[str, float]] = []
        for k, mentions in _by_sentence(target.mentions, starts, ends):
            if not sentence_scores[k].hits:
                raws.append(0.0)
                continue
            sentence = analysed.get(k)
            if sentence is None:
                sentence = analysed[k] = _analyse(
                    text[starts[k] : ends[k]], starts[k], sentence_scores[k]
                )
            raw, moved = _near(sentence, mentions, excluded)
            raws.append(raw)
            drivers.extend(moved)
        first = target.mentions[0]
        quoted = (
            _quoted(text, starts, ends, target.own_quotes, sentence_scores, fragments)
            if target.own_quotes
            else None
        )
        out.append(
            _target(
                first.start,
                first.end,
                "target",
                round(combine(raws), 4),
                first.id,
                top_drivers(drivers, limit) if drivers else [],
                target.name,
                len(target.mentions),
                len(raws),
                quoted,
            )
        )
    return out


def _by_sentence(
    mentions: Sequence[limner.Annotation], starts: Sequence[int], ends: Sequence[int]
) -> list[tuple[int, list[limner.Annotation]]]:
    """The mentions grouped by the sentence they start in, in sentence order.

    A mention that starts outside every sentence is left out.
    """
    groups: dict[int, list[limner.Annotation]] = {}
    for m in mentions:
        k = bisect.bisect_right(starts, m.start) - 1
        if k >= 0 and m.start < ends[k]:
            groups.setdefault(k, []).append(m)
    return sorted(groups.items())


def _analyse(text: str, base: int, scored: Scored) -> _Sentence:
    """Split a sentence starting at ``base`` into words (see :func:`score_with_offsets`)."""
    scored, spans = score_with_offsets(text, scored)
    if "," in text or ";" in text or ":" in text:
        clause_ends = [t for t, (_, b) in enumerate(spans) if text[b - 1] in CLAUSE_END]
    else:
        clause_ends = []
    return _Sentence(text, base, scored, spans, clause_ends)


def _locations(doc: limner.Document) -> list[_Target]:
    text = doc.text
    groups: dict[object, _Target] = {}
    for a in doc.select("location"):
        name = a.get("name") or text[a.start : a.end]
        gid = a.get("geonameid")
        key = ("g", gid) if gid is not None else ("n", str(name).casefold())
        target = groups.get(key)
        if target is None:
            target = groups[key] = _Target(str(name))
        target.mentions.append(a)
    return [t for t in groups.values() if t.mentions[0].id]


def _speakers(doc: limner.Document) -> list[_Target]:
    quotes = []
    for q in doc.select("quote"):
        speaker = q.get("speaker")
        if speaker:
            quotes.append((q, str(speaker)))
    if not quotes:
        return []
    text = doc.text
    persons: dict[str, list[limner.Annotation]] = {}
    for p in doc.select("person"):
        name = p.get("name") or text[p.start : p.end]
        persons.setdefault(str(name), []).append(p)
    groups: dict[str, tuple[_Target, set[str]]] = {}
    for q, name in quotes:
        group = groups.get(name)
        if group is None:
            mentions = list(persons.get(name, ()))
            group = groups[name] = (_Target(name, mentions=mentions), {m.id for m in mentions})
        target, ids = group
        target.own_quotes.append((q.start, q.end))
        mention = doc.get(q.get("speaker_mention"))
        if mention is not None and mention.id not in ids:
            target.mentions.append(mention)
            ids.add(mention.id)
    out = []
    for target, _ in groups.values():
        if target.mentions:
            target.mentions.sort(key=lambda a: (a.start, -a.end))
            out.append(target)
    return out


def _near(
    sentence: _Sentence, mentions: Sequence[limner.Annotation], excluded: _QuoteSpans | None
) -> tuple[float, list[tuple[str, float]]]:
    """The sentence's raw sum as seen from the mentions, and the weighted words.

    Each word that moved the sentence is weighed by its distance from the
    nearest word of a mention (the earlier one on a tie); words of the
    mentions and words inside ``excluded`` spans (a speaker's own quotes) do
    not count.
    """
    scored = sentence.scored
    if not scored.hits:
        return 0.0, []
    spans = sentence.spans
    base = sentence.base
    # the words a mention overlaps: words are in order and do not overlap, so
    # they run from the first ending after its start to the last starting before its end
    at = sorted(
        {
            i
            for m in mentions
            for i in range(
                bisect.bisect_right(spans, m.start - base, key=_end),
                bisect.bisect_left(spans, m.end - base, key=_start),
            )
        }
    )
    if not at:
        return 0.0, []
    first, last = at[0], at[-1]
    clause_ends = sentence.clause_ends
    peripheral: bool | None = None
    raw = 0.0
    moved: list[tuple[str, float]] = []
    for i, word, v in scored.hits:
        if i < first:
            j = first
        elif i > last:
            j = last
        else:
            p = bisect.bisect_left(at, i)
            if at[p] == i:
                continue  # a word of a mention
            before, after = at[p - 1], at[p]
            j = before if i - before <= after - i else after
        if excluded is not None and excluded.covers(base + spans[i][0], base + spans[i][1]):
            continue
        weight = 1.0 / (1.0 + abs(j - i) / DECAY)
        lo, hi = (j, i) if j < i else (i, j)
        if clause_ends:
            c = bisect.bisect_left(clause_ends, lo)
            if c < len(clause_ends) and clause_ends[c] < hi:  # a clause ends between them
                weight *= 0.5
        if peripheral is None:
            peripheral = all(_peripheral(sentence.text, spans, j) for j in at)
        if peripheral:
            weight *= PERIPHERAL
        raw += v * weight
        moved.append((word, v * weight))
    return raw, moved


def _peripheral(sentence: str, spans: Sequence[tuple[int, int]], j: int) -> bool:
    """Whether word ``j`` is the object of a preposition ("to Armenia"), not a possessor."""
    if j == 0:
        return False
    a, b = spans[j - 1]
    if sentence[a:b].lower() not in _PREPOSITIONS:
        return False
    word = sentence[spans[j][0] : spans[j][1]].rstrip(".,;:!?\"”’)")
    return not word.endswith(("'s", "’s", "s'", "s’"))


def _quoted(
    text: str,
    starts: Sequence[int],
    ends: Sequence[int],
    quotes: Sequence[tuple[int, int]],
    sentence_scores: Sequence[Scored],
    fragments: dict[str, float],
) -> float:
    """The pooled tone of the quoted words, one raw sum per part of a quote in a sentence.

    A part that is a whole sentence takes the sentence's raw sum from
    ``sentence_scores``; the others are scored with
    :func:`~limner_sentiment.scorer.score_sentence` and kept in ``fragments``
    (by text) for the other speakers of the document.
    """
    raws = []
    n = len(starts)
    for qs, qe in quotes:
        k = max(0, bisect.bisect_right(starts, qs) - 1)
        while k < n and starts[k] < qe:
            a = qs if qs > starts[k] else starts[k]
            b = qe if qe < ends[k] else ends[k]
            if a < b:
                if a == starts[k] and b == ends[k]:
                    raws.append(sentence_scores[k].raw)
                else:
                    fragment = text[a:b]
                    raw = fragments.get(fragment)
                    if raw is None:
                        raw = fragments[fragment] = score_sentence(fragment).raw
                    raws.append(raw)
            k += 1
    return round(combine(raws), 4)
