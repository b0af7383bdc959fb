"""The tone of a sentence's adjectives: Pattern's subjectivity lexicon, beside VADER's.

VADER's lexicon is strong on the words of social media and weak on the
judging adjectives of reviews and opinion writing ("predictable",
"contrived", "uneven", "lucid"); Pattern's lexicon of English adjectives
(De Smedt and Daelemans, the lexicon TextBlob reads; PDDL) rates some 1,500
of them from -1 to +1.  A sentence's *tone* is the mean of the polarities of
its words that lexicon holds, as Pattern reads them:

- a word's polarity is the mean over its senses in the lexicon;
- an adverb of the lexicon with an intensity (``very``, ``extremely``,
  ``slightly``) right before a word multiplies its polarity, and is no
  assessment of its own;
- a negation among the two words before flips and halves it (``not good``
  is ``-0.5 * good``), as Pattern's does;
- a word rated 0 counts in the mean (``a new plan`` is flat).

The score of a sentence is then VADER's normalization of its summed valence
plus the tone's weight times its tone (:func:`weighed` gives each word's share), and a document's
the same pooling of those sums (:func:`limner_sentiment.aggregate.document`).
The weight is one number fitted on the training parts of VADER's three
rated sets (tweets, movie and Amazon review snippets; never their held-out
fifths), for the mean of their Pearson r.  The target model reads the
summed valences alone (its features are unchanged by the tone).

``data/tone.json`` holds the lexicon as read (word -> mean polarity, and the
intensifiers) and the weight.  It is made by this module as a script, from
the XML file of an installed ``textblob`` (the ``train`` extra)::

    python -m limner_sentiment.tone build    # the lexicon, from textblob's en-sentiment.xml
    python -m limner_sentiment.tone fit      # the weight, on VADER's sets (LIMNER_CORPORA)

Where it fails: the lexicon rates adjectives without their noun ("a high
price" and "high praise" are both ``high``), counts the many flat
adjectives of news ("new", "last", "other") in the mean, so a sentence's
tone is diluted by them, and reads no sarcasm.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from limner_sentiment import afinn
from limner_sentiment.lexicon import CHANGE_VERBS
from limner_sentiment.scorer import CLAIMS, Scored, claimed, kind_of, split_words

__all__ = ["Tone", "build", "load", "parts", "sentence_shares", "tone", "weighed"]

DATA = Path(__file__).with_name("data") / "tone.json"

#: Words that negate the assessment after them (and any word ending in "n't").
NEGATIONS = frozenset({"not", "never", "no", "cannot", "nor", "without"})
#: Pattern's factor for a negated assessment.
NEGATED = -0.5


@dataclass(frozen=True)
class Tone:
    """The lexicon as read, and the weight of a sentence's tone in its summed valence.

    Attributes:
        polarity: word -> mean polarity over its senses (-1 .. 1).
        intensity: intensifying adverb -> its factor (no assessment of its own).
        weight: what a tone of 1 adds to a sentence's summed valence.
        assessed: ``polarity`` without the intensifiers and the verbs of a change
            (:data:`~limner_sentiment.lexicon.CHANGE_VERBS`): the words that count, each
            also with a period after it.
    """

    polarity: Mapping[str, float]
    intensity: Mapping[str, float]
    weight: float
    assessed: dict[str, float] = field(init=False, repr=False, compare=False)
    #: the keys of ``assessed``, for one C-level test of a sentence's words
    words: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # a sentence's last word keeps its period in the scorer's cleaned text
        # ("contrived."): each word is also looked up so written
        # the verbs of a rise or a fall that news writes as verbs ("rose", "decreased"):
        # a change's verb is not rated for itself (scorer._changed), nor as an adjective
        assessed = {w: p for w, p in self.polarity.items()
                    if w not in self.intensity and w not in CHANGE_VERBS}
        assessed.update({w + ".": p for w, p in list(assessed.items())})
        object.__setattr__(self, "assessed", assessed)
        object.__setattr__(self, "words", frozenset(assessed))


@lru_cache(maxsize=1)
def load() -> Tone:
    """The shipped lexicon and weight (``data/tone.json``), read once."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return Tone(data["polarity"], data["intensity"], float(data["weight"]))


def parts(
    words: Sequence[str],
    lexicon: Tone | None = None,
    *,
    scale: float = 1.0,
    contracted: bool = True,
) -> list[tuple[int, str, float]]:
    """Each assessed word's share of the sentence's tone, ``(index, word, polarity / n)``
    for the ``n`` words of the lexicon among ``words`` (lower-cased); none without any.

    The shares sum to :func:`tone`; a word rated 0 counts in ``n`` and has no share.
    ``scale`` multiplies each share (``scale * (polarity / n)``: :func:`weighed`);
    ``contracted=False`` says that no word ends in "n't" (the caller knows the
    sentence's text has none), which is then not looked for.
    """
    t = lexicon if lexicon is not None else load()
    if t.words.isdisjoint(words):  # one C-level pass: a quarter of news sentences
        return []
    assessed = t.assessed
    # the places of the lexicon's words (a comprehension: no call a word, as map makes)
    at = [i for i, word in enumerate(words) if word in assessed]
    if not CLAIMS.isdisjoint(words):
        # what a claim covers is no judgement of the writer's (the scorer's rule,
        # limner_sentiment.scorer.claimed): neither rated nor counted
        marked = claimed(words)
        at = [i for i in at if not marked[i]]
    if "kind" in words:  # "a particular kind of incompetence": a sort, not kindness
        at = [i for i in at if words[i] != "kind" or not kind_of(words, i)]
    count = len(at)
    intensity = t.intensity
    found: list[tuple[int, str, float]] = []
    for i in at:
        word = words[i]
        p = assessed[word]
        if not p:
            continue
        if i:
            before = words[i - 1]
            factor = intensity.get(before)
            if factor is not None:
                p *= factor
            if before in NEGATIONS or (i > 1 and words[i - 2] in NEGATIONS) or (
                contracted and (before.endswith("n't") or (i > 1 and words[i - 2].endswith("n't")))
            ):
                p *= NEGATED
        if word[-1] == ".":  # a sentence's last word, named without its period
            word = word[:-1]
        # scale * (p / n): times 1.0, the very share
        found.append((i, word, scale * ((1.0 if p > 1.0 else -1.0 if p < -1.0 else p) / count)))
    return found


def tone(words: Sequence[str], lexicon: Tone | None = None) -> float:
    """The mean polarity of the lexicon's words among ``words`` (lower-cased), 0.0 without any.

    >>> round(tone("the plot is predictable and the ending contrived".split()), 3)  # -0.2, -0.5
    -0.35
    >>> tone("not predictable".split()) == -0.5 * tone(["predictable"])
    True
    """
    return sum(p for _, _, p in parts(words, lexicon))


def weighed(words: Sequence[str], lexicon: Tone | None = None) -> list[tuple[int, str, float]]:
    """:func:`parts` times the tone's weight: what each adjective adds to the sentence's
    summed valence, as ``(index, word, weight)`` hits (the scorer's own are
    :attr:`~limner_sentiment.scorer.Scored.hits`)."""
    t = lexicon if lexicon is not None else load()
    if not t.weight:
        return []
    return parts(words, t, scale=t.weight)


def sentence_shares(
    prepared: object,
    text: str,
    spans: Sequence[tuple[int, int]],
    lexicon: Tone | None = None,
    lows: Sequence[list[str] | None] | None = None,
    scored: Sequence[Scored] | None = None,
) -> list[list[tuple[int, str, float]]]:
    """:func:`weighed` of each sentence ``text[a:b]`` of ``spans``, its words read from the
    document's preparation (:func:`words_of`); the lexicon looked up once for them all;
    then the shares of AFINN's words (:func:`limner_sentiment.afinn.parts`), those the
    scorer read itself left out when ``scored``, each sentence's
    :class:`~limner_sentiment.scorer.Scored`, is given.

    ``lows``, when given, holds each sentence's words as the scorer split them
    (:func:`~limner_sentiment.scorer.score_sentences`), ``None`` where it did not:
    those lists are read instead of splitting the sentence again (the same words,
    their hashes already made by the scorer's look-up).
    """
    t = lexicon if lexicon is not None else load()
    rated = afinn.load()
    if not t.weight and not rated.weight:
        return [[] for _ in spans]
    if lows is None:
        lows = [None] * len(spans)
    # a word ends in "n't" only where the cleaned text holds one: the document's, then
    # the sentence's, looked for once (words read otherwise are looked at one by one)
    cleaned = getattr(prepared, "cleaned", None)
    contractions = cleaned is None or getattr(prepared, "contractions", True)
    k = t.weight
    out = []
    for s, ((a, b), words) in enumerate(zip(spans, lows, strict=True)):
        if words is not None and cleaned is not None:
            shares = parts(words, t, scale=k, contracted=contractions and cleaned.find(
                "n't", a, b) >= 0) if k else []
        else:
            words = words_of(prepared, text, a, b)
            shares = weighed(words, t)
        # and AFINN's words that neither lexicon rates (limner_sentiment.afinn)
        more = afinn.parts(words, rated, scored[s].hits if scored is not None else ())
        out.append(shares + more if more else shares)
    return out


def build(xml: str | Path) -> tuple[dict[str, float], dict[str, float]]:
    """The lexicon of Pattern's ``en-sentiment.xml``: each form's mean polarity over its
    senses (lower-cased, rounded to 4 places), and the adverbs with an intensity."""
    import xml.etree.ElementTree as ET  # building alone reads XML (7 M instructions an import)

    senses: dict[str, list[float]] = {}
    intensity: dict[str, float] = {}
    for word in ET.parse(xml).getroot().iter("word"):
        form = (word.get("form") or "").lower()
        if not form or " " in form:
            continue
        senses.setdefault(form, []).append(float(word.get("polarity") or 0.0))
        factor = float(word.get("intensity") or 1.0)
        if (word.get("pos") or "").startswith("RB") and factor != 1.0:
            intensity[form] = factor
    polarity = {f: round(sum(v) / len(v), 4) for f, v in sorted(senses.items())}
    return polarity, dict(sorted(intensity.items()))


def _textblob_xml() -> Path:
    """``en-sentiment.xml`` of the installed ``textblob``, found without importing it."""
    import importlib.util

    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("textblob is not installed (pip install 'limner[train]')")
    return Path(next(iter(spec.submodule_search_locations))) / "en" / "en-sentiment.xml"


#: The weights tried by ``fit``.
GRID = tuple(k / 4 for k in range(21))


def fit_weight(corpora: Path, lexicon: Tone) -> tuple[float, list[str]]:
    """The weight of :data:`GRID` with the best mean Pearson r over the training parts of
    VADER's three sets, and a report line per weight
    (:func:`limner_sentiment.fit.weight_on_grid`: a sentence's sum is its summed
    valence plus the weight times its tone)."""
    from limner_sentiment.fit import weight_on_grid

    return weight_on_grid(corpora, GRID, lambda s, words: (s.raw, tone(words, lexicon)))


def words_of(prepared: object, text: str, a: int, b: int) -> list[str]:
    """The lower-cased words of ``text[a:b]`` without punctuation, from the document's
    preparation (:func:`~limner_sentiment.scorer.prepare_text`) when it kept offsets,
    else as the scorer splits a sentence on its own
    (:func:`~limner_sentiment.scorer.split_words`)."""
    cleaned: str | None = getattr(prepared, "cleaned", None)
    if cleaned is not None:
        return cleaned[a:b].split()
    return split_words(text[a:b])[1]


def main(argv: Sequence[str] | None = None) -> None:
    import argparse  # the script alone parses arguments (8 M instructions an import)

    parser = argparse.ArgumentParser(prog="python -m limner_sentiment.tone",
                                     description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("step", choices=("build", "fit"))
    parser.add_argument("--xml", type=Path, help="en-sentiment.xml (default: textblob's)")
    parser.add_argument("--corpora", type=Path, default=os.environ.get("LIMNER_CORPORA"))
    parser.add_argument("--output", type=Path, default=DATA)
    args = parser.parse_args(argv)
    current = json.loads(args.output.read_text(encoding="utf-8")) if args.output.is_file() else {}
    if args.step == "build":
        polarity, intensity = build(args.xml or _textblob_xml())
        weight = float(current.get("weight", 0.0))
    else:
        if not args.corpora:
            parser.error("give --corpora or set LIMNER_CORPORA")
        polarity, intensity = current["polarity"], current["intensity"]
        weight, report = fit_weight(Path(args.corpora), Tone(polarity, intensity, 0.0))
        print("\n".join(report), file=sys.stderr)
        print(f"weight {weight}", file=sys.stderr)
    data = {"weight": weight, "intensity": intensity, "polarity": polarity}
    args.output.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n",
                           encoding="utf-8")
    load.cache_clear()


if __name__ == "__main__":
    main()
