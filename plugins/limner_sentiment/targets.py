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
from limner_sentiment.scorer import Scored, score_sentence, score_with_offsets

__all__ = ["DECAY", "PERIPHERAL", "target_sentiments"]

#: Distance (in words) at which a word counts half as much for a target.
DECAY = 4.0
_CLAUSE_END = frozenset(",;:")
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


@dataclass
class _Target:
    name: str
    mentions: list[limner.Annotation] = field(default_factory=list)
    own_quotes: list[tuple[int, int]] = field(default_factory=list)


def target_sentiments(
    doc: limner.Document,
    sentences: Sequence[limner.Annotation],
    limit: int,
    sentence_scores: Sequence[Scored] | None = None,
) -> list[limner.Annotation]:
    """One ``target`` sentiment per location and per quoted speaker of ``doc``.

    Args:
        doc: the document, with the ``location``, ``quote`` and ``person``
            annotations of other plugins (none: no targets).
        sentences: the document's sentences, in order.
        limit: how many drivers each annotation keeps.
        sentence_scores: the sentences' scores from the document pass (as
            :func:`~limner_sentiment.scorer.score_sentence` gives them): a
            sentence without a lexicon word then contributes 0 without being
            read again, and the others are not scored again, only split into
            words (see :func:`~limner_sentiment.scorer.score_with_offsets`).
    """
    targets = _locations(doc) + _speakers(doc)
    if not targets or not sentences:
        return []
    text = doc.text
    starts = [s.start for s in sentences]
    analysed: dict[int, tuple[Scored, list[tuple[int, int]]]] = {}
    out: list[limner.Annotation] = []
    for target in targets:
        by_sentence: dict[int, list[limner.Annotation]] = {}
        for m in target.mentions:
            k = bisect.bisect_right(starts, m.start) - 1
            if k >= 0 and m.start < sentences[k].end:
                by_sentence.setdefault(k, []).append(m)
        raws: list[float] = []
        drivers: list[tuple[str, float]] = []
        for k, mentions in sorted(by_sentence.items()):
            s = sentences[k]
            if sentence_scores is not None and not sentence_scores[k].hits:
                raws.append(0.0)
                continue
            if k not in analysed:
                analysed[k] = score_with_offsets(
                    text[s.start : s.end], None if sentence_scores is None else sentence_scores[k]
                )
            scored, spans = analysed[k]
            raw, moved = _near(
                scored, spans, text[s.start : s.end], s.start, mentions, target.own_quotes
            )
            raws.append(raw)
            drivers.extend(moved)
        first = target.mentions[0]
        out.append(
            Sentiment(
                start=first.start,
                end=first.end,
                scope="target",
                score=round(combine(raws), 4),
                target=first.id,
                drivers=top_drivers(drivers, limit),
                name=target.name,
                mentions=len(target.mentions),
                sentences=len(raws),
                quoted_score=_quoted(text, sentences, starts, target.own_quotes),
            )
        )
    return out


def _locations(doc: limner.Document) -> list[_Target]:
    groups: dict[object, _Target] = {}
    for a in doc.select("location"):
        name = a.get("name") or doc.text[a.start : a.end]
        gid = a.get("geonameid")
        key = ("g", gid) if gid is not None else ("n", str(name).casefold())
        groups.setdefault(key, _Target(str(name))).mentions.append(a)
    return [t for t in groups.values() if t.mentions and t.mentions[0].id]


def _speakers(doc: limner.Document) -> list[_Target]:
    quotes = [q for q in doc.select("quote") if q.get("speaker")]
    if not quotes:
        return []
    persons: dict[str, list[limner.Annotation]] = {}
    for p in doc.select("person"):
        name = p.get("name") or doc.text[p.start : p.end]
        persons.setdefault(str(name), []).append(p)
    groups: dict[str, _Target] = {}
    for q in quotes:
        name = str(q.get("speaker"))
        target = groups.get(name)
        if target is None:
            target = groups[name] = _Target(name, mentions=list(persons.get(name, ())))
        target.own_quotes.append((q.start, q.end))
        mention = doc.get(q.get("speaker_mention"))
        if mention is not None and all(m.id != mention.id for m in target.mentions):
            target.mentions.append(mention)
    out = []
    for target in groups.values():
        if target.mentions:
            target.mentions.sort(key=lambda a: (a.start, -a.end))
            out.append(target)
    return out


def _near(
    scored: Scored,
    spans: Sequence[tuple[int, int]],
    sentence: str,
    base: int,
    mentions: Sequence[limner.Annotation],
    excluded: Sequence[tuple[int, int]],
) -> tuple[float, list[tuple[str, float]]]:
    """The sentence's raw sum as seen from the mentions, and the weighted words.

    ``spans`` are word offsets relative to ``sentence``, which starts at
    ``base`` in the document; words inside ``excluded`` spans (a speaker's own
    quotes) do not count.
    """
    if not scored.hits:
        return 0.0, []
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
    peripheral = all(_peripheral(sentence, spans, j) for j in at)
    raw = 0.0
    moved: list[tuple[str, float]] = []
    for i, word, v in scored.hits:
        a, b = base + spans[i][0], base + spans[i][1]
        if i in at or any(s <= a and b <= e for s, e in excluded):
            continue
        j = min(at, key=lambda j: (abs(j - i), j))
        weight = 1.0 / (1.0 + abs(j - i) / DECAY)
        lo, hi = (j, i) if j < i else (i, j)
        if any(sentence[spans[t][1] - 1] in _CLAUSE_END for t in range(lo, hi)):
            weight *= 0.5
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
    sentences: Sequence[limner.Annotation],
    starts: Sequence[int],
    quotes: Sequence[tuple[int, int]],
) -> float | None:
    """The pooled tone of the quoted words (``None`` when there are none)."""
    if not quotes:
        return None
    raws = []
    for qs, qe in quotes:
        k = max(0, bisect.bisect_right(starts, qs) - 1)
        while k < len(sentences) and sentences[k].start < qe:
            a, b = max(qs, sentences[k].start), min(qe, sentences[k].end)
            if a < b:
                raws.append(score_sentence(text[a:b]).raw)
            k += 1
    return round(combine(raws), 4)
