"""The ``sentiment`` annotator: scores every sentence, the document and each target."""

from __future__ import annotations

import functools
import operator

import limner
from limner_sentiment.aggregate import (
    CALLS,
    FORECASTS,
    SCENE_REACH,
    SCENES,
    backgrounded,
    call,
    hit_drivers,
    marks,
    pooled_drivers,
)
from limner_sentiment.aggregate import document as pooled
from limner_sentiment.kinds import Sentiment
from limner_sentiment.phrases import anchors
from limner_sentiment.phrases import apply as read_phrases
from limner_sentiment.scorer import Scored, normalize, prepare_text, score_sentences
from limner_sentiment.targets import DEFAULT_KINDS, round_4, target_sentiments
from limner_sentiment.tone import sentence_shares

__all__ = ["NEUTRAL", "SentimentAnnotator", "label"]

#: A sentence or document score with ``|score| < NEUTRAL`` is labelled neutral.
NEUTRAL = 0.05


def label(score: float) -> str:
    """The label of a sentence or document score (see :data:`NEUTRAL`)."""
    if score >= NEUTRAL:
        return "positive"
    if score <= -NEUTRAL:
        return "negative"
    return "neutral"


# one sentence-scope annotation per sentence with a lexicon word: the fast constructor
_sentence = limner.builder(Sentiment, "start", "end", "score", "drivers", "label")
# and the document's (the keyword constructor and its checks cost a small document's
# sentence annotations' worth)
_document = limner.builder(Sentiment, "start", "end", "scope", "score", "drivers", "label")
#: The weight of an ``(index, word, weight)`` hit.
_weight = operator.itemgetter(2)


class SentimentAnnotator:
    """Annotates a document with sentence, document and target sentiment.

    Args:
        max_drivers: how many ``[word, weight]`` pairs each annotation keeps.
        sentences: whether to add one annotation per sentence that has a
            lexicon word (a sentence without one scores 0 and gets none; the
            document and target scores count every sentence either way).
        targets: whether to score targets: the caller's ``target``
            annotations, the annotations of ``target_kinds`` and quoted speakers.
        target_kinds: the kinds whose annotations are targets.
    """

    def __init__(
        self,
        max_drivers: int = 5,
        sentences: bool = True,
        targets: bool = True,
        target_kinds: tuple[str, ...] = DEFAULT_KINDS,
    ) -> None:
        self.max_drivers = max_drivers
        self.sentences = sentences
        self.targets = targets
        self.target_kinds = tuple(target_kinds)
        # the kinds whose annotations make targets
        self._sources = frozenset(("target", "quote", *self.target_kinds))

    def __call__(self, doc: limner.Document) -> list[limner.Annotation]:
        """Return the new ``sentiment`` annotations for ``doc`` (the document one always)."""
        text = limner.line_feeds(doc.text)
        spans = _sentence_spans(doc)
        # targets come only from annotations of the source kinds: without any, none
        targets = bool(self.targets and len(doc) and not self._sources.isdisjoint(doc.kinds))
        # the sentences' words as the scorer splits them, for the targets' reading
        words: list[list[str] | None] | None = [] if targets else None
        # the text cleaned once, for the sentences and for the quoted speakers' parts of them
        prepared = prepare_text(text)
        # and the sentences' words of the cleaned text, which the tone reads again
        lows: list[list[str] | None] = []
        scored: list[Scored] = score_sentences(text, spans, words, prepared, lows)
        limit = self.max_drivers
        # each sentence's summed valence with the tone of its adjectives, whose shares join
        # the words that explain it (limner_sentiment.tone)
        raws: list[float] = []
        hits_of: list[tuple[tuple[int, str, float], ...]] = []
        # (AFINN's share of a harm the scorer read, where a rule named it, left out)
        shares_of = sentence_shares(prepared, text, spans, None, lows, scored)
        for r, shares in zip(scored, shares_of, strict=True):
            if shares:
                raws.append(r.raw + sum(map(_weight, shares)))  # the same sum, no generator
                hits_of.append((*r.hits, *shares))
            else:
                raws.append(r.raw)
                hits_of.append(r.hits)
        # verdicts told in set phrases ("falls short", "a step in the right direction")
        # replace their words' ratings, and the sentences holding one judge
        # (limner_sentiment.phrases), looked for where a sentence holds a phrase's anchor
        # (one set test each; a sentence read the careful way, None, holds no words here)
        phrased: list[int] = []
        # and the sentences holding a verb of a forecast, found in the same set test
        # (limner_sentiment.aggregate.forecasts)
        told: list[int] = []
        # and the sentences that may open with a time before now ("Five years ago, ...",
        # "Until now, ..."), among those the same set test holds (its words are among the
        # held ones; a sentence held by one alone finds no phrase below)
        # (limner_sentiment.aggregate.before_now)
        scened: list[int] = []
        # and the sentences that may hold a writer's call ("It is time to scrap it", "should
        # be extended"), in a document of more than one sentence
        # (limner_sentiment.aggregate.called)
        calling: list[int] | None = [] if len(lows) > 1 else None
        unanchored, unheld, untold = anchors().isdisjoint, _held().isdisjoint, FORECASTS.isdisjoint
        uncalled = CALLS.isdisjoint
        for k, low in enumerate(lows):
            if not low or unheld(low):
                continue
            if calling is not None and not uncalled(low):
                calling.append(k)
            if low[0] == "until" or "ago" in low[1:SCENE_REACH]:
                scened.append(k)
            if not untold(low):
                told.append(k)
                if unanchored(low):
                    continue
            read = read_phrases(low, hits_of[k])
            if read is None:
                continue
            kept, change, verdict = read
            hits_of[k] = tuple(kept)
            raws[k] += change
            if verdict:  # a flat phrase ("valued at") is none
                phrased.append(k)
        # a writer's call counts in the document alone, and its sentence judges
        document_raws, document_hits = raws, hits_of
        for k in calling or ():
            low = lows[k]
            assert low is not None  # (a sentence held has words)
            called = call(low, hits_of[k])
            if called is None:
                continue
            if document_raws is raws:
                document_raws, document_hits = list(raws), list(hits_of)
            document_hits[k], change = called
            document_raws[k] += change
            if k not in phrased:
                phrased.append(k)
        # the document first: the annotations then come in reading order, as stored
        # the sentences that turn on the one before and those that judge weigh apart, and a
        # fronted phrase's words less than the clause they set the scene for
        document = round_4(pooled(backgrounded(document_raws, lows, document_hits, text, spans,
                                               prepared.cleaned, told, scened),
                                  *marks(text, spans, scored, lows, document_hits, phrased)))
        out: list[limner.Annotation] = [
            _document(0, len(text), "document", document,
                      pooled_drivers(document_hits, limit), label(document))
        ]
        if self.sentences:
            # scores rounded as round(x, 4) gives them, mostly without a decimal string (the
            # tone makes them too many to remember)
            build, round4, drivers = _sentence, round_4, hit_drivers
            # label(r), inline; a sentence gets one when the lexicon scored a word of it
            out.extend(
                build(a, b, r, drivers(hits, limit),
                      "positive" if r >= NEUTRAL else "negative" if r <= -NEUTRAL else "neutral")
                for (a, b), scored_one, hits, raw in zip(spans, scored, hits_of, raws, strict=True)
                if scored_one.hits
                for r in (round4(normalize(raw)),)
            )
        if targets:
            out.extend(
                target_sentiments(doc, spans, limit, scored, self.target_kinds, words, prepared,
                                  text)
            )
        return out


@functools.cache
def _held() -> frozenset[str]:
    """The words a sentence is read again for in the document pass: the verdict phrases'
    anchors, the verbs of a forecast and the words of a time before now (one set test of
    each sentence's words)."""
    return anchors() | FORECASTS | SCENES | CALLS


def _sentence_spans(doc: limner.Document) -> list[tuple[int, int]]:
    """The sentences as ``(start, end)``: the segmenter's compact layer, else any annotations."""
    layer = doc.layer("sentence-span")
    if layer is not None:
        return list(layer)
    return [(s.start, s.end) for s in doc.select("sentence")]
