"""limner plugin ``sentiment``: tone per sentence, per document and per target.

Sentence and document scores come from VADER's human-rated lexicon (read
from the ``vaderSentiment`` package, its valences refitted on VADER's rated
texts) with rules for news text; targets (the caller's ``target``
annotations, the kinds of ``sentiment.target_kinds``, quoted speakers) are
scored by a small model trained on NewsMTSC.  See
``docs/plugins/sentiment.md``.  The plugin adds kind ``sentiment`` with
``scope`` ``sentence``, ``document`` or ``target``, a ``score`` in [-1, 1], a
``label`` and the ``drivers`` that explain it, and declares kind ``target``.
"""

from __future__ import annotations

from collections.abc import Sequence

import limner

# The modules (and what they import) compile some patterns on import, 9 M instructions a
# process: the code re makes of them is kept in the user cache (limner.pattern_cache), and
# a later process hands it to re's engine instead of compiling them again.
with limner.pattern_cache("sentiment"):
    from limner_sentiment import scorer
    from limner_sentiment.afinn import load as load_afinn
    from limner_sentiment.annotator import SentimentAnnotator
    from limner_sentiment.kinds import Sentiment, Target
    from limner_sentiment.lexicon import load as load_lexicon
    from limner_sentiment.logits import tables
    from limner_sentiment.model import load_model
    from limner_sentiment.names import NameFinder, parse_names
    from limner_sentiment.phrases import anchors
    from limner_sentiment.scorer import prepare
    from limner_sentiment.targets import DEFAULT_KINDS
    from limner_sentiment.tone import load as load_tone

    # and the one compiled at first use, as few texts need it, so that no later process
    # compiles it
    scorer._run_of_three()

__all__ = ["Sentiment", "SentimentAnnotator", "Target"]


def _load() -> None:
    """Read the lexicons (VADER's, the adjectives' tone, AFINN's words, the verdict
    phrases) and the target model, and derive their tables, before the first document:
    none of it counts against a document's time budget."""
    load_lexicon()
    prepare()
    load_tone()
    load_afinn()
    anchors()
    tables(load_model())


def _drivers(value: int) -> int:
    if value < 0:
        raise ValueError("expected a whole number of drivers ([word, weight] pairs), 0 or more")
    return value


def _kinds(value: str) -> tuple[str, ...]:
    """The kinds of ``sentiment.target_kinds``: the option holds them as one string of
    names separated by commas (``limner.Option(names=True)``)."""
    return tuple(k for k in (name.strip() for name in value.split(",")) if k)


@limner.hookimpl
def limner_annotation_kinds() -> Sequence[type[limner.Annotation]]:
    return [Sentiment, Target]


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
            help="score targets: 'target' annotations, the target kinds, quoted speakers",
        ),
        limner.Option(
            "sentiment.target_kinds", ",".join(DEFAULT_KINDS),
            help="kinds whose annotations are targets (besides 'target'): a list, or "
                 "names separated by commas",
            kinds=True,
        ),
        limner.Option(
            "sentiment.target_names", "",
            help="names to find in the text and score as targets, separated by commas; "
                 "a target's other forms after its name, separated by '|' "
                 "('Sadiq Khan|Khan|the mayor')",
            validate=_names,
            names=True,
        ),
    ]


def _names(value: str) -> str:
    parse_names(value)  # raises ValueError for an entry with no form
    return value


@limner.hookimpl
def limner_annotators(config: limner.Config) -> Sequence[limner.Annotator]:
    kinds = _kinds(config.get("sentiment.target_kinds", ",".join(DEFAULT_KINDS)))
    annotator = SentimentAnnotator(
        max_drivers=config.get("sentiment.max_drivers", 5),
        sentences=config.get("sentiment.sentences", True),
        targets=config.get("sentiment.targets", True),
        target_kinds=kinds,
    )
    names = parse_names(config.get("sentiment.target_names", ""))
    finder = (
        [limner.Annotator("target-names", produces=("target",), func=NameFinder(names))]
        if names and annotator.targets
        else []
    )
    return [
        *finder,
        limner.Annotator(
            "sentiment",
            produces=("sentiment",),
            func=annotator,
            requires=("sentence-span",),
            # caller "target" annotations are read too; nobody makes them, which
            # the plan allows for a kind that is only used
            uses=tuple(dict.fromkeys(("target", "quote", *kinds))),
            setup=_load,
        )
    ]
