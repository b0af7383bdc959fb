"""Per-target sentiment: how the text speaks of each place, person or caller-named target.

Targets come from the document, read by kind and field only:

- every annotation of kind ``target`` (a caller's own targets): each is a
  target of its own, except that those sharing a ``name`` pool into one, with
  the ``person`` annotations and the quoted speaker of that name;
- every annotation of the kinds in ``sentiment.target_kinds`` (by default
  ``location``, ``person`` and ``organization``): mentions pool by
  ``geonameid`` when they have one, else by kind and ``name`` (their text
  when they have no name);
- every quoted speaker (``quote`` annotations grouped by ``speaker``): the
  speaker's mention joins the person target of the same name.

Each mention is scored in its sentence by the target model
(:mod:`limner_sentiment.model` over :mod:`limner_sentiment.features` and
:mod:`limner_sentiment.context`): three probabilities, negative, neutral and
positive.  A target's probabilities are the mean over its mentions; its
``score`` is ``P(positive) - P(negative)``, its ``label`` the most probable
once weighed by the model's label factors, and its ``confidence`` the
probability of that label.  A speaker's own quoted words make
``quoted_score``, kept apart from ``score``.

Work is linear in the text plus the mentions: a sentence is read once
whatever the number of mentions in it, a mention costs a bounded window, and
mentions on the same span (a caller's target given twice) are scored once.
A quoted speaker's parts of sentences are scored from the document pass's
cleaning of the text (:func:`~limner_sentiment.scorer.prepare_text`), not
from a cleaning of their own.
"""

from __future__ import annotations

import bisect
import enum
import itertools
from bisect import bisect_right
from collections.abc import Sequence
from operator import attrgetter, itemgetter
from typing import Any, Final, final

import limner
from limner_sentiment.aggregate import _CANCELS, _round, combine, rounding, top_drivers
from limner_sentiment.kinds import Sentiment, Target
from limner_sentiment.mentions import Scores, Sentence, read, weights
from limner_sentiment.model import load_model
from limner_sentiment.scorer import Prepared, Scored, score_sentences

__all__ = ["DEFAULT_KINDS", "target_sentiments"]

#: The kinds whose annotations are targets unless ``sentiment.target_kinds`` says otherwise.
DEFAULT_KINDS = ("location", "person", "organization")

# one target-scope annotation per target: the fast constructor
_target = limner.builder(
    Sentiment,
    "start", "end", "scope", "score", "target", "drivers", "name", "mentions", "sentences",
    "quoted_score", "label", "confidence",
)



@final  # (no subclass: a check of its type by `type(t) is _Target` is exhaustive)
class _Target:
    """A target: its name, its mentions (in reading order once collected), a speaker's quotes."""

    __slots__ = ("mentions", "mixed", "name", "own_quotes")

    def __init__(self, name: str, mentions: list[limner.Annotation]) -> None:
        self.name = name
        self.mentions = mentions
        #: the spans of a quoted speaker's own words (``None``: not quoted)
        self.own_quotes: list[tuple[int, int]] | None = None
        #: whether its mentions came from more than one kind (or a quote): only then
        #: are they sorted (one kind's come in reading order, from ``Document.select``)
        self.mixed = False


def collect_targets(
    doc: limner.Document, kinds: Sequence[str]
) -> list[_Target | limner.Annotation]:
    """The targets of ``doc``: caller ``target`` annotations, ``kinds``, quoted speakers.

    In the order they are first met; a target's mentions in reading order.  A
    caller target without a name, a target of its own with one mention, is
    the annotation itself (no :class:`_Target` made for it: a caller may hand
    in thousands), named by its text.
    """
    text = doc.text
    groups: dict[object, Any] = {}
    callers = doc.select("target")
    # a caller's targets all of the plugin's class and none named (the common hand-in):
    # each a target of its own, kept by C-level passes, none pooled (no Python step a
    # target); they come first, as the loop below keeps them.  (A stored Target holds no
    # feature "name", its field's: looked for all the same, in those with features.)
    own: list[Any] = []
    if (
        callers
        and set(map(type, callers)) == _TARGET_CLASS
        and not any(map(_NAME, callers))
        and all(map(_no_name, filter(None, map(_FEATURES, callers))))
    ):
        own = list(filter(_ID, callers))
        callers = []
    for a in callers:
        # Annotation.get, inline for the classes that do not override it; a plain
        # limner.Annotation has no field "name" (slotted, no __dict__), so no getattr
        # (a failed getattr raises and catches an AttributeError inside: some 3,000
        # machine instructions a target)
        if type(a) is _PLAIN:  # no attribute "name": only the features are asked
            features = a.features
            # (not .get: a dict subclass is asked through its own "in" and "[]")
            name = features["name"] if "name" in features else None  # noqa: SIM401
        elif type(a).get is _GET:
            features = a.features
            name = features["name"] if "name" in features else getattr(a, "name", None)
        else:
            name = a.get("name")
        if name:
            # pooled with the other targets of its name, and with the person of that
            # name (its mentions, a quoted speaker's quotes): one target a name
            key: object = ("person", str(name).casefold())
            target = groups.get(key)
            if target is None:
                groups[key] = _Target(str(name), [a])
            else:
                target.mentions.append(a)
        else:  # a target of its own, kept as the annotation itself (its id is unique,
            # and no other key is a str): named by its text when its sentiment is made
            groups[a.id] = a
    for kind in kinds:
        if kind == "target":
            continue
        made: set[int] = set()  # the targets this kind made (by id)
        for a in doc.select(kind):
            if type(a).get is _GET:  # Annotation.get, inline
                features = a.features
                name = features["name"] if "name" in features else getattr(a, "name", None)
                gid = (features["geonameid"] if "geonameid" in features
                       else getattr(a, "geonameid", None))
            else:
                name = a.get("name")
                gid = a.get("geonameid")
            if not name:
                name = text[a.start : a.end]
            key = ("g", gid) if gid is not None else (kind, str(name).casefold())
            target = groups.get(key)
            if target is None:
                target = groups[key] = _Target(str(name), [a])
                made.add(id(target))
            else:
                target.mentions.append(a)
                if id(target) not in made:
                    target.mixed = True
    if "quote" in doc.kinds:
        _speakers(doc, groups)
    out: list[_Target | limner.Annotation] = own
    for t in groups.values():
        if type(t) is not _Target:
            if t.id:
                out.append(t)
        elif t.mentions and t.mentions[0].id:
            if t.mixed and len(t.mentions) > 1:
                t.mentions.sort(key=_reading_order)
            out.append(t)
    return out


_GET = limner.Annotation.get
_TARGET_CLASS = {Target}
_NAME = attrgetter("name")
_ID = attrgetter("id")
_FEATURES = attrgetter("features")


def _no_name(features: Any) -> bool:
    """Whether a target's ``features`` hold no ``"name"``."""
    return "name" not in features
_FIRST = itemgetter(0)
_SECOND = itemgetter(1)
_PLAIN = limner.Annotation


def _reading_order(m: limner.Annotation) -> tuple[int, int]:
    return m.start, -m.end


def _speakers(doc: limner.Document, groups: dict[object, _Target]) -> None:
    """Attach each quoted speaker's quotes (and speaker mention) to its person target."""
    seen: dict[object, set[str]] = {}
    for q in doc.select("quote"):
        speaker = q.get("speaker")
        if not speaker:
            continue
        key = ("person", str(speaker).casefold())
        target = groups.get(key)
        if target is None:
            target = groups[key] = _Target(str(speaker), [])
        if target.own_quotes is None:
            target.own_quotes = []
        target.own_quotes.append((q.start, q.end))
        mention = doc.get(q.get("speaker_mention"))
        if mention is not None:
            ids = seen.get(key)
            if ids is None:
                ids = seen[key] = {m.id for m in target.mentions}
            if mention.id not in ids:
                target.mentions.append(mention)
                target.mixed = True
                ids.add(mention.id)


def target_sentiments(
    doc: limner.Document,
    sentences: Sequence[tuple[int, int]],
    limit: int,
    sentence_scores: Sequence[Scored],
    kinds: Sequence[str] = DEFAULT_KINDS,
    words: Sequence[list[str] | None] | None = None,
    prepared: Prepared | None = None,
    text: str | None = None,
) -> list[limner.Annotation]:
    """One ``target`` sentiment per target of ``doc`` (see the module).

    Args:
        doc: the document, with the annotations that name targets.
        sentences: the document's sentences, in order, as ``(start, end)``.
        limit: how many drivers each annotation keeps.
        sentence_scores: the sentences' scores from the document pass; a
            sentence is read again, word by word, only when a target is
            mentioned in it.
        kinds: the kinds whose annotations are targets (besides ``target``).
        words: each sentence's ``split()`` as the document pass made it
            (:func:`~limner_sentiment.scorer.score_sentences`), or ``None``.
        prepared: the document pass's :func:`~limner_sentiment.scorer.prepare_text`
            of the text, or ``None``: the quoted speakers' parts of sentences are
            scored from it, the text not cleaned again.
        text: the document pass's ``limner.line_feeds(doc.text)``, or ``None`` (made
            here): the text its sentences were read in.
    """
    targets = collect_targets(doc, kinds)
    if not targets:
        return []
    model = load_model()
    fast = weights(model)
    label_of = model.label
    negative, positive = model.negative, model.positive  # its label factors
    round3, cancels, round4 = _round, _CANCELS, round_4
    if text is None:  # the text as the document pass read it: its line breaks all "\n"
        text = limner.line_feeds(doc.text)
    # the sentences' starts and ends, by C-level passes (no loop step a sentence)
    starts = list(map(_FIRST, sentences))
    ends = list(map(_SECOND, sentences))
    analysed: dict[int, Sentence | None] = {}
    # the quoted parts of sentences, scored together for the quoted speakers (who come
    # from quote annotations alone, collect_targets: without any, no pass over the targets)
    fragments = (_fragments(text, starts, ends, targets, prepared) if "quote" in doc.kinds
                 else {})
    build, chain = _target, itertools.chain.from_iterable
    out: list[limner.Annotation] = []
    append = out.append
    unread = _UNREAD

    # (start, end) -> scores_of(start, end): mentions on the same span (a name met
    # again, a caller's repeated target) are found and scored once
    spans: dict[tuple[int, int], tuple[int, Scores] | None] = {}

    def scores_of(start: int, end: int) -> tuple[int, Scores] | None:
        """The sentence a mention lies in and the mention's scores, or None outside
        every sentence or in one without words; each sentence is read once, when a
        mention is first found in it, and each span scored once."""
        key = (start, end)
        known = spans.get(key, unread)
        if known is not unread:
            return known
        found: tuple[int, Scores] | None = None
        k = bisect_right(starts, start) - 1
        if k >= 0 and (start < ends[k] or (start == ends[k] and end <= start)):
            base = starts[k]
            sentence = analysed.get(k, unread)
            if sentence is unread:
                sentence = analysed[k] = read(
                    text[base : ends[k]], sentence_scores[k],
                    words[k] if words is not None else None, fast, model,
                )
            if sentence is not None:  # (None: a sentence without words)
                found = k, sentence.at(start - base, end - base)
        spans[key] = found
        return found

    for target in targets:
        if type(target) is _Target:
            mentions = target.mentions
            if len(mentions) != 1 or target.own_quotes is not None:
                pn = p0 = pp = 0.0
                scored = 0
                # mentions come in reading order, so their sentences do too: count the changes
                in_sentences = 0
                last_k = -1
                parts: list[list[tuple[str, float]]] = []  # the scored mentions' drivers
                for m in target.mentions:
                    found = scores_of(m.start, m.end)
                    if found is None:
                        continue
                    k, (qn, q0, qp, near) = found
                    pn += qn
                    p0 += q0
                    pp += qp
                    scored += 1
                    if k != last_k:
                        in_sentences += 1
                        last_k = k
                    if near:
                        parts.append(near)
                first_mention = target.mentions[0]
                if scored:
                    if scored > 1:
                        pn, p0, pp = pn / scored, p0 / scored, pp / scored
                    score = round4(pp - pn)
                    label = label_of(pn, p0, pp)
                    confidence: float | None = round4(
                        pn if label == "negative" else pp if label == "positive" else p0
                    )
                else:
                    score, label, confidence = 0.0, "neutral", None
                append(
                    build(
                        first_mention.start,
                        first_mention.end,
                        "target",
                        score,
                        first_mention.id,
                        # ranked here, for the annotation that keeps them (a new list each time)
                        (top_drivers(parts[0] if len(parts) == 1 else chain(parts), limit)
                         if parts and limit > 0 else []),
                        target.name,
                        len(target.mentions),
                        in_sentences,
                        _quoted(starts, ends, target.own_quotes, sentence_scores, fragments, text)
                        if target.own_quotes
                        else None,
                        label,
                        confidence,
                    )
                )
                continue
            # one mention, not a quoted speaker: the path above without its sums over
            # mentions, the same values (a sum of one is the one, unscaled)
            m = mentions[0]
            name = target.name
        else:  # a caller target of its own (see collect_targets), named by its text
            m = target
            name = text[m.start : m.end]
        start = m.start
        end = m.end
        # a span met before (a caller's repeated target) is found without a call
        met = spans.get((start, end), unread)
        found = scores_of(start, end) if met is unread else met
        if found is None:  # outside every sentence, or in one without words
            append(build(start, end, "target", 0.0, m.id, [], name, 1, 0, None,
                         "neutral", None))
            continue
        pn, p0, pp, near = found[1]
        # TargetModel.label, inline, with the probability of the label it gives
        weighed_n = pn * negative
        weighed_p = pp * positive
        if weighed_p >= weighed_n and weighed_p > p0:
            label, confidence = "positive", pp
        elif weighed_n > p0:
            label, confidence = "negative", pn
        else:
            label, confidence = "neutral", p0
        if not near or limit <= 0:
            drivers = []
        elif len(near) == 1:  # top_drivers of one word, inline
            word, weight = near[0]
            drivers = [[word, round3(weight)]] if abs(weight) >= cancels else []
        else:
            drivers = top_drivers(near, limit)
        append(build(
            start, end, "target", round4(pp - pn), m.id, drivers,
            name, 1, 1, None, label, round4(confidence),
        ))
    return out


#: A score as reported, ``round(x, 4)`` (:func:`limner_sentiment.aggregate.rounding`).
round_4 = rounding(4)


class _Unread(enum.Enum):
    """What a dict of analysed sentences or scored spans gives for a key not in it."""

    UNREAD = 0


# an analysed sentence not looked up yet (None is a sentence without words)
_UNREAD: Final = _Unread.UNREAD


def _quote_parts(
    starts: Sequence[int], ends: Sequence[int], quotes: Sequence[tuple[int, int]]
) -> list[tuple[int, int, int]]:
    """The parts of ``quotes`` in each sentence: ``(sentence, start, end)``, none empty."""
    parts = []
    n = len(starts)
    for qs, qe in quotes:
        k = max(0, bisect.bisect_right(starts, qs) - 1)
        while k < n and starts[k] < qe:
            a = qs if qs > starts[k] else starts[k]
            b = qe if qe < ends[k] else ends[k]
            if a < b:
                parts.append((k, a, b))
            k += 1
    return parts


def _fragments(
    text: str, starts: Sequence[int], ends: Sequence[int],
    targets: Sequence[_Target | limner.Annotation],
    prepared: Prepared | None = None,
) -> dict[str, float]:
    """The raw sums of the quoted parts of sentences, by text, scored in one document pass.

    :func:`~limner_sentiment.scorer.score_sentences` gives each span what
    :func:`~limner_sentiment.scorer.score_sentence` gives its text, and reads
    the document's text once for them all (not at all when ``prepared``, the
    document pass's cleaning of it, is given).
    """
    spans: dict[str, tuple[int, int]] = {}
    for target in targets:
        if type(target) is _Target and target.own_quotes:
            for k, a, b in _quote_parts(starts, ends, target.own_quotes):
                if a != starts[k] or b != ends[k]:
                    spans.setdefault(text[a:b], (a, b))
    if not spans:
        return {}
    scored = score_sentences(text, list(spans.values()), None, prepared)
    return dict(zip(spans, (s.raw for s in scored), strict=True))


def _quoted(
    starts: Sequence[int],
    ends: Sequence[int],
    quotes: Sequence[tuple[int, int]],
    sentence_scores: Sequence[Scored],
    fragments: dict[str, float],
    text: str,
) -> float:
    """The pooled tone of the quoted words, one raw sum per part of a quote in a sentence.

    A part that is a whole sentence takes the sentence's raw sum from
    ``sentence_scores``; the others their raw sum in ``fragments`` (see
    :func:`_fragments`).
    """
    raws = []
    for k, a, b in _quote_parts(starts, ends, quotes):
        if a == starts[k] and b == ends[k]:
            raws.append(sentence_scores[k].raw)
        else:
            raws.append(fragments[text[a:b]])
    return round(combine(raws), 4)
