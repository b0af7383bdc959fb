"""limner plugin ``sentiment``: tone per sentence, per document and per place or speaker.

Scores come from VADER's human-rated lexicon (read from the ``vaderSentiment``
package) with rules for news text; see ``docs/plugins/sentiment.md``.  The
plugin adds kind ``sentiment`` with ``scope`` ``sentence``, ``document`` or
``target``, a ``score`` in [-1, 1] and the ``drivers`` that explain it.
"""

from __future__ import annotations

from collections.abc import Sequence

import limner
from limner_sentiment.annotator import SentimentAnnotator
from limner_sentiment.kinds import Sentiment
from limner_sentiment.lexicon import load as load_lexicon

__all__ = ["Sentiment", "SentimentAnnotator"]


def _drivers(value: int) -> int:
    if value < 0:
        raise ValueError("expected a whole number of words, 0 or more")
    return value


@limner.hookimpl
def limner_annotation_kinds() -> Sequence[type[limner.Annotation]]:
    return [Sentiment]


@limner.hookimpl
def limner_config_options() -> Sequence[limner.Option]:
    return [
        limner.Option(
            "sentiment.max_drivers", 5,
            help="how many [word, weight] drivers each sentiment annotation keeps",
            validate=_drivers,
        ),
        limner.Option(
            "sentiment.sentences", True,
            help="add one sentiment annotation per sentence (document and targets always)",
        ),
        limner.Option(
            "sentiment.targets", True,
            help="score each location and quoted speaker found by other plugins",
        ),
    ]


@limner.hookimpl
def limner_annotators(config: limner.Config) -> Sequence[limner.Annotator]:
    annotator = SentimentAnnotator(
        max_drivers=config.get("sentiment.max_drivers", 5),
        sentences=config.get("sentiment.sentences", True),
        targets=config.get("sentiment.targets", True),
    )
    return [
        limner.Annotator(
            "sentiment",
            produces=("sentiment",),
            func=annotator,
            requires=("sentence-span",),
            uses=("location", "quote", "person"),
            setup=load_lexicon,
        )
    ]
