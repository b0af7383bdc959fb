"""AFINN's ratings of the words VADER's lexicon and Pattern's adjectives leave out.

VADER's lexicon was built for social media; Pattern's (:mod:`limner_sentiment.tone`)
rates adjectives.  AFINN (Finn Årup Nielsen's word list, the ``afinn`` package,
ODbL) rates 3,382 English words from -5 to +5, among them nouns and verbs of
judgement and of news that neither holds ("inept", "flaw", "harmful",
"atrocity", "riveting", "breakthrough", "lucrative", "corruption" is VADER's
already).  A word of AFINN's counts here when:

- it is one word, rated at least :data:`LEAST` either way (a rating of 1 is
  mostly a flat word of news: "rise", "dropped", "limits", "settlement");
- neither the scorer's lexicon (:func:`limner_sentiment.lexicon.load`) nor the
  tone's adjectives (:func:`limner_sentiment.tone.load`) rate it: each word is
  read by one lexicon only.

A short list of the words of a verdict on a plan, a decision or a policy
that none of the three rates (:data:`VERDICTS`: "sensible", "prudent",
"misguided", "ill-conceived", "unworkable", "indefensible") joins AFINN's, rated
on its scale.

Each such word adds its rating times 0.8 (AFINN's -5..5 on VADER's -4..4)
times the weight to its sentence's summed valence, negated as VADER negates
(a negation among the three words before multiplies it by the lexicon's
``negation_scalar``), and is one of the sentence's drivers, as the tone's
adjectives are.  What a claim covers ("the plan was supposed to be a
breakthrough") is not rated, as the scorer rates it.  The target model reads
the scorer's valences alone: its features do not change.

The weight (``data/afinn.json``) is one number, fitted on the training parts
of VADER's three rated sets for the best mean Pearson r of the document
score, as the tone's weight is; ``afinn`` is read from the installed package,
never downloaded::

    python -m limner_sentiment.afinn fit     # the weight, on VADER's sets (LIMNER_CORPORA)

Where it fails: AFINN rates a word without its sense in context ("dying" in
"a dying industry" and "dying to see it"), some of its words are flat in
news ("leading", "gold"), and a name written in lower case at a sentence's
start is read as a word.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from limner_sentiment.lexicon import HARMS
from limner_sentiment.lexicon import load as lexicon
from limner_sentiment.scorer import CLAIMS, _negated, claimed

__all__ = ["LEAST", "VERDICTS", "Ratings", "load", "parts", "read_afinn"]

DATA = Path(__file__).with_name("data") / "afinn.json"
#: The least rating (either way) of a word that counts.
LEAST = 2
#: AFINN's scale (-5..5) on VADER's (-4..4).
SCALE = 0.8
#: The words of a verdict on a plan, a decision or a policy that none of the three
#: lexicons rates ("the plan is misguided", "a sensible step", "an indefensible
#: decision"), rated on AFINN's scale as AFINN rates its nearest words ("foolish" and
#: "mistake" -2, "fiasco" -3, "admire" and "praise" 3), each at least :data:`LEAST`
#: either way.
#: They join AFINN's list read from the installed package and count as its words do
#: (a word AFINN rates keeps AFINN's rating; one the scorer or the tone rates is left
#: to them).
VERDICTS: Mapping[str, int] = {
    **dict.fromkeys((
        "sensible", "prudent", "pragmatic", "judicious", "shrewd", "far-sighted",
        "farsighted", "principled", "statesmanlike", "well-judged", "well-designed",
        "even-handed"), 2),
    **dict.fromkeys(("commendable", "laudable"), 3),
    **dict.fromkeys((
        "misguided", "wrongheaded", "wrong-headed", "ill-conceived", "ill-judged",
        "ill-advised", "half-baked", "half-hearted", "overblown", "counterproductive",
        "counter-productive", "unworkable", "unjustified", "gimmick", "muddled", "belated",
        "tokenistic", "piecemeal", "wasteful", "unaffordable", "unsustainable",
        "shortsighted", "slapdash", "heavy-handed", "high-handed", "disingenuous"), -2),
    **dict.fromkeys((
        "unjustifiable", "indefensible", "shambolic", "shambles", "debacle", "negligent",
        "callous"), -3),
}


@dataclass(frozen=True)
class Ratings:
    """The words that count (word -> rating on VADER's scale, also with a period after
    it: a sentence's last word keeps it in the scorer's cleaned text) and the weight."""

    valence: Mapping[str, float]
    weight: float
    words: frozenset[str]


def read_afinn(path: Path | None = None) -> dict[str, int]:
    """AFINN-165's English ratings, from the installed ``afinn`` package (or ``path``),
    found without importing it.

    Raises:
        RuntimeError: ``afinn`` is not installed (it is one of limner's dependencies).
    """
    if path is None:
        spec = importlib.util.find_spec("afinn")
        if spec is None or not spec.submodule_search_locations:
            raise RuntimeError("the afinn package is not installed (pip install afinn)")
        path = Path(next(iter(spec.submodule_search_locations))) / "data" / "AFINN-en-165.txt"
    out: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, rating = line.rpartition("\t")
        if word:
            out[word] = int(rating)
    return out


def ratings(weight: float, afinn: Mapping[str, int] | None = None) -> Ratings:
    """The words that count (see the module) with ``weight``: of ``afinn``, or of
    AFINN's installed list with :data:`VERDICTS` beside it."""
    from limner_sentiment.tone import load as tone

    rated = lexicon().valence
    adjectives = tone().polarity
    valence: dict[str, float] = {}
    listed = afinn if afinn is not None else {**VERDICTS, **read_afinn()}
    for word, rating in listed.items():
        if (
            abs(rating) >= LEAST and " " not in word and word not in rated
            and word not in adjectives
        ):
            valence[word] = valence[word + "."] = rating * SCALE
    return Ratings(valence, weight, frozenset(valence))


@lru_cache(maxsize=1)
def load() -> Ratings:
    """The words that count and the shipped weight (``data/afinn.json``), read once."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return ratings(float(data["weight"]))


def parts(
    words: Sequence[str],
    table: Ratings | None = None,
    read: Sequence[tuple[int, str, float]] = (),
) -> list[tuple[int, str, float]]:
    """Each rated word's share of the sentence's summed valence, ``(index, word,
    weight)``, for ``words`` (lower-cased, as the scorer's cleaned text splits);
    none without any.  A word is negated as the scorer negates one (a negation of
    VADER's, or a word in "n't", among the three words before it).  A noun of a harm
    (:data:`~limner_sentiment.lexicon.HARMS`) that the scorer read, one of its hits
    ``read``, is not read again ("cut deaths by half": the scorer turns "deaths")."""
    t = table if table is not None else load()
    if not t.weight or t.words.isdisjoint(words):  # one C-level pass: most sentences
        return []
    valence = t.valence
    at = [i for i, word in enumerate(words) if word in valence]
    if not CLAIMS.isdisjoint(words):
        marked = claimed(words)  # what a claim covers is no judgement of the writer's
        at = [i for i in at if not marked[i]]
    lex = lexicon()
    found: list[tuple[int, str, float]] = []
    places: set[int] | None = None  # the scorer's words, found once when a harm asks
    for i in at:
        word = words[i]
        if read and word.rstrip(".") in HARMS:
            if places is None:
                places = {h[0] for h in read}
            if i in places:
                continue  # read by the scorer, where a rule named it
        v = valence[word] * t.weight
        if any(_negated(before, lex) for before in words[max(0, i - 3) : i]):
            v *= lex.negation_scalar
        found.append((i, word[:-1] if word[-1] == "." else word, v))
    return found


#: The weights tried by ``fit``.
GRID = tuple(k / 8 for k in range(13))


def fit_weight(corpora: Path, table: Ratings) -> tuple[float, list[str]]:
    """The weight of :data:`GRID` with the best mean Pearson r over the training parts of
    VADER's three sets (the tone's weight as shipped), and a report line per weight
    (:func:`limner_sentiment.fit.weight_on_grid`: a sentence's sum is its summed
    valence and its tone's shares, plus the weight times its AFINN words' sum)."""
    from limner_sentiment.fit import weight_on_grid
    from limner_sentiment.tone import load as tone
    from limner_sentiment.tone import weighed

    unit = Ratings(table.valence, 1.0, table.words)
    adjectives = tone()

    def sums(scored: Any, words: list[str]) -> tuple[float, float]:
        with_tone = scored.raw + sum(w for _, _, w in weighed(words, adjectives))
        return with_tone, sum(w for _, _, w in parts(words, unit))

    return weight_on_grid(corpora, GRID, sums)


def main(argv: Sequence[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m limner_sentiment.afinn",
                                     description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("step", choices=("fit",))
    parser.add_argument("--corpora", type=Path, default=os.environ.get("LIMNER_CORPORA"))
    parser.add_argument("--output", type=Path, default=DATA)
    args = parser.parse_args(argv)
    if not args.corpora:
        parser.error("give --corpora or set LIMNER_CORPORA")
    table = ratings(1.0)
    weight, report = fit_weight(Path(args.corpora), table)
    print(f"{len(table.words) // 2} words of AFINN's count", file=sys.stderr)
    print("\n".join(report), file=sys.stderr)
    print(f"weight {weight}", file=sys.stderr)
    args.output.write_text(json.dumps({"weight": weight}) + "\n", encoding="utf-8")
    load.cache_clear()


if __name__ == "__main__":
    main()
