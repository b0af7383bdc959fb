"""The target model: a three-way logistic regression over the features of a mention.

The features are those of :mod:`limner_sentiment.features` (rules, lexicon
words) and :mod:`limner_sentiment.context` (window, edge pairs, and the
sentence's and clause's bags, whose weights are kept by word in
:attr:`TargetModel.bags`). Its weights ship as package data
(``data/target_model.json``), trained by ``python -m limner_sentiment.train``
from the NewsMTSC training file (see ``docs/plugins/sentiment.md``); nothing
is downloaded. Neutral is the reference class: each feature has a weight
toward negative and one toward positive. The score of a mention is
``P(positive) - P(negative)``, in [-1, 1]; its label is the most probable one
once negative's and positive's probabilities are weighed by two factors chosen
on data the weights were not fitted on. """

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, fields
from importlib import resources
from pathlib import Path

from limner_sentiment.context import BAGS, bag_columns
from limner_sentiment.derived import cached

__all__ = ["LABELS", "TargetModel", "load_model"]

#: The labels, in the order of :meth:`TargetModel.probabilities`.
LABELS = ("negative", "neutral", "positive")
#: The model file's format; a file of another version is refused.  Format 4 added the
#: clause's side bags (``CL``, ``CR``: a bag word's row of eight numbers, not four),
#: negation-marked bag words and the crosses (:data:`limner_sentiment.features.CROSSES`).
VERSION = 4


@dataclass(frozen=True)
class TargetModel:
    """Weights toward negative and positive (neutral is 0) and the label thresholds.

    Attributes:
        weights: feature -> ``(toward negative, toward positive)``: the rule,
            lexicon-word and window features.
        bias: the intercepts ``(negative, positive)``.
        negative: the factor on ``P(negative)`` before the label is taken
            (see :meth:`label`).
        positive: the factor on ``P(positive)``.
    """

    weights: Mapping[str, tuple[float, float]]
    bias: tuple[float, float]
    negative: float
    positive: float
    #: word form -> its eight bag weights, ``(negative, positive)`` for each of the four
    #: bags of :data:`limner_sentiment.context.BAGS` in turn
    bags: Mapping[str, tuple[float, ...]] = field(default_factory=dict)
    #: the weights of the ``"SX:"`` features by bare word (a sentence's lexicon words)
    sentence: Mapping[str, tuple[float, float]] = field(init=False, repr=False, compare=False)
    #: the words of :attr:`sentence`, as a set to intersect a sentence's words with
    sentence_words: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        shared = {k[3:]: v for k, v in self.weights.items() if k.startswith("SX:")}
        object.__setattr__(self, "sentence", shared)
        object.__setattr__(self, "sentence_words", frozenset(shared))

    @functools.cached_property
    def bag_columns(self) -> tuple[dict[str, float], ...]:
        """:attr:`bags` by column (:func:`limner_sentiment.context.bag_columns`), made when
        first asked (the definition's :class:`~limner_sentiment.context.BagSums` reads them;
        the run-time path reads :attr:`bags` its own way)."""
        return bag_columns(self.bags)

    def logits(
        self, features: Iterable[tuple[str, float]], start: tuple[float, float] | None = None
    ) -> tuple[float, float]:
        """The logits ``(negative, positive)`` against neutral (0) of ``features``.

        ``start`` holds logits already summed (the bias included) for features
        given apart; without it the sum starts from the bias.
        """
        zn, zp = self.bias if start is None else start
        get = self.weights.get
        for name, value in features:
            w = get(name)
            if w is not None:
                zn += w[0] * value
                zp += w[1] * value
        return zn, zp

    def sentence_logits(self, shared: AbstractSet[str]) -> tuple[float, float]:
        """The bias plus the sentence term: the ``"SX:"`` weights of the lexicon words
        ``shared`` by a sentence (:attr:`limner_sentiment.features.Reading.shared`),
        each worth ``1 / sqrt(len(shared))``."""
        zn, zp = self.bias
        if shared:
            scale = 1.0 / math.sqrt(len(shared))
            sentence = self.sentence
            for word in self.sentence_words & shared:
                zn += sentence[word][0] * scale
                zp += sentence[word][1] * scale
        return zn, zp

    def add_logits(self, names: Iterable[str], zn: float, zp: float) -> tuple[float, float]:
        """``(zn, zp)`` plus the weights of the features ``names``, each worth 1."""
        get = self.weights.get
        for name in names:
            w = get(name)
            if w is not None:
                zn += w[0]
                zp += w[1]
        return zn, zp

    def probabilities(self, zn: float, zp: float) -> tuple[float, float, float]:
        """``(P(negative), P(neutral), P(positive))`` from the logits."""
        top = max(zn, zp, 0.0)
        en, e0, ep = math.exp(zn - top), math.exp(-top), math.exp(zp - top)
        s = en + e0 + ep
        return en / s, e0 / s, ep / s

    def label(self, pn: float, p0: float, pp: float) -> str:
        """The label of probabilities ``(negative, neutral, positive)``: the largest once weighed.

        Negative's probability is multiplied by :attr:`negative` and
        positive's by :attr:`positive` before the largest is taken.
        """
        n, p = pn * self.negative, pp * self.positive
        if p >= n and p > p0:
            return "positive"
        if n > p0:
            return "negative"
        return "neutral"

    def to_json(self) -> dict[str, object]:
        """The JSON form written to the package data."""
        return {
            "version": VERSION,
            "bias": [round(b, 5) for b in self.bias],
            "label_factors": {"negative": self.negative, "positive": self.positive},
            "weights": {
                k: [round(v[0], 4), round(v[1], 4)] for k, v in sorted(self.weights.items())
            },
            "bags": {k: [round(x, 4) for x in v] for k, v in sorted(self.bags.items())},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> TargetModel:
        """The model from its JSON form (see :meth:`to_json`).

        Raises:
            ValueError: a file of another format version (a format-3 file, whose
                bag rows hold four numbers, among them), or a bag row not of
                eight numbers.
        """
        if data.get("version") != VERSION:
            raise ValueError(
                f"target model version {data.get('version')!r}, expected {VERSION} "
                "(train it again: python -m limner_sentiment.train)"
            )
        raw = data["weights"]
        thresholds = data["label_factors"]
        bias = data["bias"]
        assert isinstance(raw, dict) and isinstance(thresholds, dict) and isinstance(bias, list)
        weights = {str(k): (float(v[0]), float(v[1])) for k, v in raw.items()}
        bags = data.get("bags", {})
        assert isinstance(bags, dict)
        width = 2 * len(BAGS)
        for word, row in bags.items():
            if not isinstance(row, list) or len(row) != width:
                raise ValueError(f"target model bag row {word!r}: expected {width} numbers")
        return cls(
            weights,
            (float(bias[0]), float(bias[1])),
            float(thresholds["negative"]),
            float(thresholds["positive"]),
            {str(k): tuple(map(float, v)) for k, v in bags.items()},
        )


#: The shipped model, in the package.
MODEL_FILE = "data/target_model.json"


@functools.cache
def load_model() -> TargetModel:
    """The shipped model, read once per process.

    Its tables are kept in the user cache once read (see
    :mod:`limner_sentiment.derived`): later processes read them from there,
    several times faster than the JSON, until the model file changes.
    """
    source = resources.files("limner_sentiment").joinpath(MODEL_FILE)
    if not isinstance(source, Path):  # not a plain file (a zipped install): no cache
        return _read_model()
    return cached(
        "target_model", (source, Path(__file__)), _read_model, _model_tables, _from_tables
    )


def _read_model() -> TargetModel:
    """The shipped model, from its JSON."""
    text = resources.files("limner_sentiment").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return TargetModel.from_json(json.loads(text))


def _model_tables(model: TargetModel) -> dict[str, object]:
    """What the cache keeps of a model: the value of each of its fields set on creation,
    mappings as dicts (the other fields are derived again by ``__post_init__``)."""
    return {
        f.name: dict(value) if isinstance(value := getattr(model, f.name), Mapping) else value
        for f in fields(model)
        if f.init
    }


def _from_tables(tables: object) -> TargetModel:
    """The model from :func:`_model_tables`'s values.

    Raises:
        ValueError: they are not what it wrote for a model of this version.
    """
    names = {f.name for f in fields(TargetModel) if f.init}
    if not isinstance(tables, dict) or set(tables) != names:
        raise ValueError("not a target model's tables")
    if not (isinstance(tables["weights"], dict) and isinstance(tables["bags"], dict)
            and isinstance(tables["bias"], tuple) and len(tables["bias"]) == 2):
        raise ValueError("not a target model's tables")
    # every bag row of this format's width (a table kept for another format is refused)
    if set(map(len, tables["bags"].values())) - {2 * len(BAGS)}:
        raise ValueError("not a target model's tables")
    return TargetModel(**tables)


def shipped_bags(model: TargetModel) -> tuple[dict[str, complex], ...] | None:
    """The run-time path's complex tables of the shipped model's bags
    (:func:`limner_sentiment.mentions.joined_bags`), kept in the user cache apart from
    the model's tables and read only when a process first reads a target (making them
    takes several times longer); None for any other model."""
    from limner_sentiment.mentions import joined_bags

    if model is not load_model():
        return None
    source = resources.files("limner_sentiment").joinpath(MODEL_FILE)
    if not isinstance(source, Path):
        return None
    here = Path(__file__)
    return cached(
        "target_bags", (source, here, here.with_name("mentions.py")),
        lambda: joined_bags(model.bags), lambda tables: tables, _bag_tables,
    )


def _bag_tables(tables: object) -> tuple[dict[str, complex], ...]:
    """:func:`shipped_bags`'s tables read back.

    Raises:
        ValueError: they are not four dicts.
    """
    if not (isinstance(tables, tuple) and len(tables) == len(BAGS)
            and all(isinstance(bag, dict) for bag in tables)):
        raise ValueError("not a target model's bag tables")
    return tables
