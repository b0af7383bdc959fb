"""Trials of the target model's features: ``python -m limner_sentiment.trials NAME ...``.

A trial (:class:`Trial`) changes what the training reads of each mention
(:data:`limner_sentiment.train.Featurer`) and, where it asks, the word
vectors; :func:`run` then scores it as the training script chooses, by the
cross-validation of the training four fifths alone, over each of the three
fold splits (:func:`limner_sentiment.train.fold`): the L2 penalty the
shipped model chose (:data:`L2`), the further mentions as training mentions
(weighing :data:`~limner_sentiment.train.FURTHER`) and pooled with their
targets (the own mention weighing :data:`~limner_sentiment.train.POOL_OWN`),
the label factors chosen on the cross-validated probabilities.  It prints,
for each split, the macro-F1 with the further mentions pooled and each
target alone.  The held-out fifth is never read and no model file is
written: a trial that holds on every split is then trained into the shipped
model by :mod:`limner_sentiment.train`.

``baseline`` is the shipped model's features; the other trials are listed by
``--list``.  The word vectors take some 27 CPU seconds to build; ``--vectors
FILE`` keeps them in ``FILE`` (numpy's ``.npz``) for the next run.
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import copy
import json
import math
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from limner_sentiment import train, vectors
from limner_sentiment.context import (
    _ENDS,
    _STRIP,
    NAME,
    Tokens,
    bag_features,
    clause_span,
    is_cue,
    learn_forms,
    read_tokens,
)
from limner_sentiment.features import Reading, mention_features, running_sums
from limner_sentiment.lexicon import load

__all__ = ["L2", "TRIALS", "Trial", "combined", "main", "negated_forms", "run", "trial"]

#: The L2 penalty of the shipped model (chosen by the training script from its grid).
L2 = 1e-3


@dataclass(frozen=True)
class Trial:
    """A change to what the target model reads.

    Attributes:
        about: what it changes, in a line.
        change: changes a mention's named features in place (None: none).
        groups: the bags and window positions whose words' vectors are read.
        words: extends or changes the word vectors before the fit (None: as built).
    """

    about: str
    change: train.Featurer | None = None
    groups: tuple[str, ...] = train.VECTOR_GROUPS
    words: Callable[[vectors.Vectors], vectors.Vectors] | None = None
    #: makes ``change`` from the word vectors, where it needs them
    build: Callable[[vectors.Vectors], train.Featurer] | None = None
    #: the crosses' factorization machine: ``(rank, L2 or None)`` (None: crosses fitted free)
    tie: tuple[int, float | None] | None = None
    #: groups read through their words' vectors alone, with no weight per word of their own
    dense_only: tuple[str, ...] = ()


def _tokens(reading: Reading) -> list[str]:
    text = reading.text
    return [text[a:b] for a, b in reading.spans]


def _clause_ends(reading: Reading) -> list[bool]:
    tokens = _tokens(reading)
    learn_forms(tokens)
    return [_ENDS[t] for t in tokens]


def negated_forms(reading: Reading, openers: bool = False, reach: int = 0) -> list[str]:
    """The sentence's forms, each word after a negation cue (up to the next clause mark,
    also to the next clause opener with ``openers``, at most ``reach`` words when not 0)
    written ``"not_" + form``; names, numbers and the cues themselves as they are."""
    forms = reading.tokens.forms
    ends = _clause_ends(reading)
    cues = list(map(is_cue, _tokens(reading)))
    starts = set(reading.tokens.clauses) if openers else set()
    out = list(forms)
    left = 0
    for i, f in enumerate(forms):
        if i in starts:
            left = 0
        if left and f and f != NAME and not cues[i]:
            out[i] = "not_" + f
        if left:
            left -= 1
        if cues[i]:
            left = reach or len(forms)
        if ends[i]:
            left = 0
    return out


def _memo(fn: Callable[[Reading], Any]) -> Callable[[Reading], Any]:
    """``fn`` of a reading, worked out once per reading (the mentions of a sentence share it)."""
    kept: dict[int, tuple[Reading, Any]] = {}

    def memo(reading: Reading) -> Any:
        got = kept.get(id(reading))
        if got is None or got[0] is not reading:
            if len(kept) > 64:
                kept.clear()
            got = kept[id(reading)] = (reading, fn(reading))
        return got[1]

    return memo


def _rebag(forms_of: Callable[[Reading], list[str]], add: bool = False) -> train.Featurer:
    """A change that reads the bags over other forms (replacing them, or beside them as
    ``"S:"``/``"C:"`` words of their own with ``add``)."""

    def change(reading: Reading, first: int, last: int, f: dict[str, float]) -> None:
        forms = forms_of(reading)
        if forms == reading.tokens.forms:
            return
        if not add:
            for k in [k for k in f if k.startswith(("S:", "C:"))]:
                del f[k]
            f.update(bag_features(Tokens(forms, reading.tokens.clauses), first, last))
            return
        plain = reading.tokens.forms
        marked = [g if g != p else "" for g, p in zip(forms, plain, strict=True)]
        for k, v in bag_features(Tokens(marked, reading.tokens.clauses), first, last).items():
            f[k] = f.get(k, 0.0) + v

    return change


def _negated_vectors(sign: float) -> Callable[[vectors.Vectors], vectors.Vectors]:
    """Vectors where ``"not_" + w`` has ``sign`` times ``w``'s vector."""

    def words(found: vectors.Vectors) -> vectors.Vectors:
        import numpy as np

        extra = ["not_" + w for w in found.words]
        matrix = np.vstack([found.matrix, sign * found.matrix])
        return vectors.Vectors([*found.words, *extra], matrix)

    return words


def expanded_lexicon(
    found: vectors.Vectors, k: int = 10, floor: float = 0.4, scale: float = 0.5,
    least: float = 0.0,
) -> dict[str, float]:
    """A valence for each word with a vector that the lexicon lacks: the mean of its ``k``
    nearest lexicon words' valences (by cosine, those at ``floor`` or more), weighed by
    their cosines, times ``scale``; a word with none that near, or whose mean is under
    ``least`` in size, gets none."""
    import numpy as np

    lexicon = load().valence
    known = [i for i, w in enumerate(found.words) if w in lexicon and w != NAME]
    values = np.array([lexicon[found.words[i]] for i in known])
    basis = found.matrix[known]
    out: dict[str, float] = {}
    rest = [i for i, w in enumerate(found.words) if w not in lexicon and w != NAME]
    for a in range(0, len(rest), 2048):
        block = rest[a : a + 2048]
        sims = found.matrix[block] @ basis.T
        top = np.argsort(-sims, axis=1)[:, :k]
        for r, i in enumerate(block):
            s_ = sims[r, top[r]]
            on = s_ >= floor
            if on.any():
                mean = float((s_[on] @ values[top[r][on]]) / s_[on].sum())
                if abs(mean) >= least:
                    out[found.words[i]] = scale * mean
    return out


def _expanded(
    k: int = 10, floor: float = 0.4, scale: float = 0.5, words: bool = False,
    least: float = 0.0,
) -> Callable[[vectors.Vectors], train.Featurer]:
    """The lexicon sums (near, left, right, own, speaker) read with :func:`expanded_lexicon`
    too: each such word of the sentence, with no valence of its own there, gets its expanded
    one (times the negation scalar after a cue among the three words before); with
    ``words``, it also enters the window's lexicon words (``LX:``, ``RX:``)."""

    def build(found: vectors.Vectors) -> train.Featurer:
        table = expanded_lexicon(found, k, floor, scale, least)
        print(f"expanded lexicon: {len(table)} words", file=sys.stderr)
        lex = load()

        def reread(reading: Reading) -> Reading | None:
            forms = reading.tokens.forms
            cues = list(map(is_cue, _tokens(reading)))
            valence = dict(reading.valence)
            hit_words = dict(reading.hit_words)
            added = False
            for i, w in enumerate(forms):
                v = table.get(w)
                if v is None or i in valence:
                    continue
                if any(cues[max(0, i - 3) : i]):
                    v *= lex.negation_scalar
                valence[i] = v
                hit_words[i] = w if words else "~"
                added = True
            if not added:
                return None
            out = copy.copy(reading)
            out.valence, out.hit_words = valence, hit_words
            out.hits = sorted(valence)
            out.cum_pos, out.cum_neg = [0.0], [0.0]
            running_sums(valence, out.hits, out.cum_pos, out.cum_neg)
            return out

        memo = _memo(reread)

        def change(reading: Reading, first: int, last: int, f: dict[str, float]) -> None:
            other = memo(reading)
            if other is None:
                return
            for key, _ in mention_features(reading, first, last):
                f.pop(key, None)
            for key, v in mention_features(other, first, last):
                if key not in ("LX:~", "RX:~"):
                    f[key] = v

        return change

    return build


def _bands(cuts: tuple[int, ...] = (3, 10), keep: str = "S") -> train.Featurer:
    """Bags by distance from the mention (``D0:`` the words 1 to ``cuts[0]`` away, on either
    side, ``D1:`` to ``cuts[1]``, ``D2:`` beyond), each word counting ``1/sqrt(size)`` of
    its band, in place of the bags not in ``keep``."""

    def change(reading: Reading, first: int, last: int, f: dict[str, float]) -> None:
        for key in [key for key in f if key[:2] in ("S:", "C:") and key[0] not in keep]:
            del f[key]
        forms = reading.tokens.forms
        n = len(forms)
        bands: list[list[str]] = [[] for _ in range(len(cuts) + 1)]
        sizes = [0] * (len(cuts) + 1)
        for i in range(n):
            if first <= i <= last:
                continue
            d = first - i if i < first else i - last
            b = 0
            while b < len(cuts) and d > cuts[b]:
                b += 1
            sizes[b] += 1
            if forms[i]:
                bands[b].append(forms[i])
        for b, words in enumerate(bands):
            if not words:
                continue
            scale = 1.0 / math.sqrt(sizes[b])
            for w in words:
                key = f"D{b}:{w}"
                f[key] = f.get(key, 0.0) + scale

    return change


#: The features of a mention's place in its sentence that :func:`_crossed` crosses.
ROLE_FEATURES = ("role:subject", "role:agent", "role:passive_agent", "role:aimed", "role:with",
                 "speaker", "quoted", "before_turn", "after_turn")


def _crossed(value: float = 1.0, side: bool = True) -> train.Featurer:
    """The mention's role, speech and side features (or ``none``) crossed with the sign of the
    nearest lexicon word in its clause (and which side of the mention it stands on), each
    cross worth ``value`` (a smaller value: a stronger L2 penalty on the crosses)."""

    def change(reading: Reading, first: int, last: int, f: dict[str, float]) -> None:
        c0, c1 = clause_span(reading.tokens, first, last)
        best = None
        for i in reading.hits:
            if i < c0 or i >= c1 or first <= i <= last:
                continue
            d = first - i if i < first else i - last
            if best is None or d < best[0]:
                best = (d, i)
        if best is None:
            return
        i = best[1]
        sign = "+" if reading.valence[i] > 0 else "-"
        if side:
            sign += "<" if i < first else ">"
        roles = [r for r in ROLE_FEATURES if r in f] or ["none"]
        for r in roles:
            f[f"X:{r}|{sign}"] = value
        f[f"X:*|{sign}"] = value

    return change



def _sides(clause: bool = True, keep: str = "S") -> train.Featurer:
    """The clause's bag (or, without ``clause``, the sentence's) split in two: ``CL:`` its
    words before the mention and ``CR:`` those after (``L:`` and ``R:`` for the sentence), each
    counting ``1/sqrt(size)`` of its part, in place of the bags not in ``keep``."""

    def change(reading: Reading, first: int, last: int, f: dict[str, float]) -> None:
        for key in [key for key in f if key[:2] in ("S:", "C:") and key[0] not in keep]:
            del f[key]
        forms = reading.tokens.forms
        a, b = clause_span(reading.tokens, first, last) if clause else (0, len(forms))
        names = ("CL", "CR") if clause else ("L", "R")
        for name, lo, hi in ((names[0], a, first), (names[1], last + 1, b)):
            if hi <= lo:
                continue
            scale = 1.0 / math.sqrt(hi - lo)
            for w in forms[lo:hi]:
                if w:
                    key = f"{name}:{w}"
                    f[key] = f.get(key, 0.0) + scale

    return change



def _role_bag(roles: tuple[str, ...] = ("role:subject",), name: str = "CS") -> train.Featurer:
    """The clause's bag again, as ``name:`` words, for a mention with one of ``roles``: a
    word of the clause may weigh otherwise toward its subject than toward the others."""

    def change(reading: Reading, first: int, last: int, f: dict[str, float]) -> None:
        if not any(r in f for r in roles):
            return
        for key, v in [(key, v) for key, v in f.items() if key.startswith("C:")]:
            f[name + key[1:]] = v

    return change



def tone_polarities(reading: Reading) -> tuple[list[int], dict[int, float]]:
    """The indices of the sentence's words that Pattern's lexicon holds
    (:mod:`limner_sentiment.tone`, read from the forms: names and numbers are none), and
    each one's polarity after its intensifier and negation (:func:`tone.parts` times their
    count; a word rated 0 counts and has none)."""
    from limner_sentiment import tone

    forms = reading.tokens.forms
    assessed = tone.load().assessed
    at = [i for i, w in enumerate(forms) if w in assessed]
    return at, {i: share * len(at) for i, _, share in tone.parts(forms)}


_tone_of = _memo(tone_polarities)


def _tone(parts: tuple[str, ...] = ("CL", "CR"), scale: float = 1.0,
          words: bool = False, mean: bool = True) -> train.Featurer:
    """The tone of Pattern's adjectives around a mention (the mean polarity of the lexicon's
    words there, the mention's own left out; without ``mean``, their sum, squashed to
    -1 .. 1 as the lexicon sums are), times ``scale``, as features ``tone:PART``:
    ``S`` the sentence, ``C`` the clause, ``CL``/``CR`` the clause's words before and after
    the mention, ``WL``/``WR`` the window's (:data:`~limner_sentiment.features.WINDOW`
    words); with ``words``, also each lexicon word in the window as ``TL:word``/``TR:word``."""
    from limner_sentiment.features import WINDOW

    def change(reading: Reading, first: int, last: int, f: dict[str, float]) -> None:
        at, polar = _tone_of(reading)
        if not at:
            return
        n = len(reading.tokens.forms)
        c0, c1 = clause_span(reading.tokens, first, last)
        spans = {"S": [(0, first), (last + 1, n)], "C": [(c0, first), (last + 1, c1)],
                 "CL": [(c0, first)], "CR": [(last + 1, c1)],
                 "WL": [(max(0, first - WINDOW), first)],
                 "WR": [(last + 1, min(n, last + 1 + WINDOW))]}
        for part in parts:
            inside = [i for i in at if any(a <= i < b for a, b in spans[part])]
            if inside:
                total = sum(polar.get(i, 0.0) for i in inside)
                value = total / len(inside) if mean else total / (abs(total) + 1.0)
                if value:
                    f["tone:" + part] = scale * value
        if words:
            forms = reading.tokens.forms
            for i in at:
                if polar.get(i) and max(0, first - WINDOW) <= i < first:
                    f["TL:" + forms[i]] = 1.0
                elif polar.get(i) and last < i <= last + WINDOW:
                    f["TR:" + forms[i]] = 1.0

    return change


def _tone_role(value: float = 0.5) -> train.Featurer:
    """The mention's role crossed with the sign of its clause's tone on the side it acts
    on: a subject's (``role:subject``) the words after it, any other mention's (an agent,
    aimed at, with, or none) the words before it, as ``T:role|+`` or ``T:role|-``, worth
    ``value``: "X gave a brilliant speech" and "a brilliant speech by X" alike."""
    side = _tone(("CL", "CR"))

    def change(reading: Reading, first: int, last: int, f: dict[str, float]) -> None:
        tones: dict[str, float] = {}
        side(reading, first, last, tones)
        subject = "role:subject" in f
        toned = tones.get("tone:CR" if subject else "tone:CL")
        if not toned:
            return
        roles: list[str] = [r for r in ("role:subject", "role:agent", "role:aimed", "role:with")
                            if r in f] or ["none"]
        for r in roles:
            f[f"T:{r}|{'+' if toned > 0 else '-'}"] = value

    return change


def _object(reach: int = 3, value: float = 0.5) -> train.Featurer:
    """The mention as what a toned word is done to: the nearest lexicon word before it in its
    clause, at most ``reach`` words before, with no role of subject, agent or speaker
    (``"criticized X"``, ``"praised the X"``), crossed with that word's sign as
    ``X:object|+`` or ``X:object|-``, worth ``value``."""

    def change(reading: Reading, first: int, last: int, f: dict[str, float]) -> None:
        if "role:subject" in f or "role:agent" in f or "speaker" in f:
            return
        c0, _ = clause_span(reading.tokens, first, last)
        k = bisect.bisect_left(reading.hits, first) - 1
        if k < 0:
            return
        i = reading.hits[k]
        if i < c0 or first - i > reach:
            return
        f["X:object|" + ("+" if reading.valence[i] > 0 else "-")] = value

    return change


#: Classes of news idiom the lexicon reads word by word or not at all: each phrase, its
#: words in order with at most one word between, names its class.
IDIOMS: dict[str, tuple[tuple[str, ...], ...]] = {
    "attack": (("took", "aim"), ("takes", "aim"), ("lashed", "out"), ("lashes", "out"),
               ("hit", "out"), ("hits", "out"), ("fired", "back"), ("tore", "into"),
               ("went", "after"), ("piled", "on"), ("took", "swipe"), ("took", "shot")),
    "pressure": (("under", "pressure"), ("under", "scrutiny"), ("hot", "water"),
                 ("on", "defensive"), ("calls", "resign"), ("faces", "questions"),
                 ("facing", "questions"), ("no", "confidence"), ("profit", "warning"),
                 ("fell", "short"), ("lost", "ground"), ("record", "low")),
    "support": (("paid", "tribute"), ("pays", "tribute"), ("stood", "by"), ("stands", "by"),
                ("came", "defense"), ("rallied", "behind"), ("gave", "credit"),
                ("high", "marks"), ("vote", "confidence")),
    "success": (("broke", "record"), ("breaks", "record"), ("record", "high"),
                ("won", "praise"), ("wins", "praise"), ("won", "support"),
                ("gained", "ground"), ("pulled", "off"), ("sealed", "win")),
}


def _idiom_marks(reading: Reading) -> list[tuple[int, str]]:
    """Each idiom of :data:`IDIOMS` in the sentence: ``(index of its last word, class)``."""
    forms = reading.tokens.forms
    out = []
    for name, phrases in IDIOMS.items():
        for a, b in phrases:
            if a not in forms:
                continue
            for i, w in enumerate(forms):
                if w == a and b in forms[i + 1 : i + 3]:
                    out.append((forms.index(b, i + 1), name))
    return out


_idioms_of = _memo(_idiom_marks)


def _idioms() -> train.Featurer:
    """The classes of news idiom (:data:`IDIOMS`) in the mention's clause, by side:
    ``I:class<`` before the mention, ``I:class>`` after it."""

    def change(reading: Reading, first: int, last: int, f: dict[str, float]) -> None:
        found = _idioms_of(reading)
        if not found:
            return
        c0, c1 = clause_span(reading.tokens, first, last)
        for i, name in found:
            if c0 <= i < first:
                f[f"I:{name}<"] = 1.0
            elif last < i < c1:
                f[f"I:{name}>"] = 1.0

    return change


def document_frequencies(corpus: Path) -> tuple[dict[str, int], int]:
    """How many of the training part's sentences (the held-out fifth left out) hold each form,
    and how many sentences there are."""
    df: Counter[str] = Counter()
    n = 0
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if train.held_out(str(record["id"])):
                continue
            tokens = record["text"].split()
            if tokens:
                n += 1
                df.update(set(read_tokens(tokens).forms))
    return dict(df), n


def _idf(power: float = 1.0, floor: int = 1) -> Callable[[vectors.Vectors], train.Featurer]:
    """Each bag word's value times its inverse document frequency over the training part's
    sentences, ``log(n / df) ** power`` over their mean (a word seen fewer than ``floor``
    times as if seen ``floor`` times): a weight that folds into the word's bag weights."""

    def build(found: vectors.Vectors) -> train.Featurer:
        corpus = Path(os.environ["LIMNER_CORPORA"]) / "newsmtsc" / "newsmtsc-train.jsonl"
        df, n = document_frequencies(corpus)
        raw = {w: math.log(n / max(c, floor)) ** power for w, c in df.items()}
        mean = sum(raw.values()) / len(raw)
        top = math.log(n / floor) ** power / mean
        idf = {w: v / mean for w, v in raw.items()}

        def change(reading: Reading, first: int, last: int, f: dict[str, float]) -> None:
            for key in f:
                if key[:2] in ("S:", "C:"):
                    f[key] *= idf.get(key[2:], top)

        return change

    return build


def _bag_power(power: float) -> train.Featurer:
    """Each bag's words counting ``size ** -power`` of it rather than ``1/sqrt(size)``."""

    def change(reading: Reading, first: int, last: int, f: dict[str, float]) -> None:
        n = len(reading.tokens.forms)
        c0, c1 = clause_span(reading.tokens, first, last)
        for key in f:
            if key[:2] == "S:":
                f[key] *= n ** (0.5 - power)
            elif key[:2] == "C:":
                f[key] *= (c1 - c0) ** (0.5 - power)

    return change



def _tied_fit(names: Sequence[str], rank: int, l2_pair: float | None) -> Callable[..., Any]:
    """:func:`limner_sentiment.train._fit` with the crosses ``"X:role|sign"`` (role not ``*``)
    of ``names`` tied into a factorization machine's low-rank term: their weights, for each
    class, are ``U[role] . V[sign]`` (``rank`` numbers each, L2 ``l2_pair``, the sparse L2
    when None), fitted by the same Adam through the chain rule.  The crosses' weights are a
    table of their own at run time, a look-up as any feature's."""
    np = train._numpy()
    tied: list[tuple[int, str, str]] = []  # (column, role, sign)
    for j, name in enumerate(names):
        if name.startswith("X:") and not name.startswith("X:*|"):
            role, sign = name[2:].split("|", 1)
            tied.append((j, role, sign))
    roles = sorted({r for _, r, _ in tied})
    signs = sorted({g for _, _, g in tied})
    cols = np.array([j for j, _, _ in tied], dtype=np.int64)
    ra = np.array([roles.index(r) for _, r, _ in tied], dtype=np.int64)
    sb = np.array([signs.index(g) for _, _, g in tied], dtype=np.int64)

    def fit(x: Any, d: int, l2: float, l2_dense: float = 0.0) -> tuple[Any, Any, Any]:
        lp = l2 if l2_pair is None else l2_pair
        rng = np.random.default_rng(0)
        u = 0.1 * rng.standard_normal((len(roles), rank, 3))
        v = 0.1 * rng.standard_normal((len(signs), rank, 3))
        w = np.zeros((d, 3))
        b = np.zeros(3)
        wd = np.zeros((0 if x.dense is None else x.dense.shape[1], 3))
        sample, onehot = train.balanced(x)
        params = [w, b, wd, u, v]
        moments = [(np.zeros_like(q), np.zeros_like(q)) for q in params]
        for t in range(1, train.STEPS + 1):
            if len(cols):
                w[cols] = np.einsum("pkc,pkc->pc", u[ra], v[sb])
            g, gw = train.gradients(x, w, b, wd, sample, onehot, d)
            gu = np.zeros_like(u)
            gv = np.zeros_like(v)
            if len(cols):
                gp = gw[cols]  # the crosses' gradient, through U and V
                np.add.at(gu, ra, gp[:, None, :] * v[sb])
                np.add.at(gv, sb, gp[:, None, :] * u[ra])
                gu += lp * u
                gv += lp * v
                gw[cols] = 0.0
            gw += l2 * w
            if len(cols):
                gw[cols] = 0.0
            grads = [gw, g.sum(axis=0),
                     x.dense.T @ g + l2_dense * wd if x.dense is not None else wd, gu, gv]
            for param, grad, (m1, m2) in zip(params, grads, moments, strict=True):
                train.adam_step(param, grad, m1, m2, t)
        if len(cols):
            w[cols] = np.einsum("pkc,pkc->pc", u[ra], v[sb])
        return w, b, wd

    return fit


@contextlib.contextmanager
def _fitting(fit: Callable[..., Any] | None) -> Iterator[None]:
    """:func:`limner_sentiment.train._fit` replaced by ``fit`` for a while (None: as it is)."""
    if fit is None:
        yield
        return
    plain = train._fit
    train._fit = fit
    try:
        yield
    finally:
        train._fit = plain



def common_words(root: Path, ratio: float = 10.0, least: int = 5) -> frozenset[str]:
    """The words the news text under ``root`` writes in lower case (``least`` times or more) at
    least ``ratio`` times as often as with a capital where no sentence opens ("the",
    "however", "critics"; not "trump", "warren")."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for text in vectors.news_text(root, train.held_out):
        tokens = text.split()
        for i, token in enumerate(tokens):
            word = token.strip(_STRIP)
            if not word.isalpha():
                continue
            if word.islower():
                lower[word] += 1
            elif (i and word[0].isupper() and word[1:].islower()
                  and tokens[i - 1][-1] not in '.!?:"“'):
                upper[word.lower()] += 1
    return frozenset(w for w, c in lower.items() if c >= least and c >= ratio * upper[w])


def _initial(ratio: float = 10.0) -> Callable[[vectors.Vectors], train.Featurer]:
    """The sentence's first word read as the word it is (``"however"``, ``"critics"``), not as a
    name, when the news text writes it in lower case far more often (:func:`common_words`):
    every feature read again from the sentence so read."""
    from limner_sentiment import features as feats

    def build(found: vectors.Vectors) -> train.Featurer:
        common = common_words(Path(os.environ["LIMNER_CORPORA"]), ratio)
        print(f"common words: {len(common)}", file=sys.stderr)

        def reread(reading: Reading) -> Reading | None:
            forms = reading.tokens.forms
            if not forms or forms[0] != NAME:
                return None
            text = reading.text
            word = text[reading.spans[0][0] : reading.spans[0][1]].strip(_STRIP)
            if word.lower() not in common or not word[1:].islower():
                return None
            new = list(forms)
            new[0] = word.lower()
            out = copy.copy(reading)
            out.tokens = Tokens(new, reading.tokens.clauses)
            out.valence = dict(reading.valence)
            out.hit_words = dict(reading.hit_words)
            out.speech = []
            out.turn = len(new)
            if not feats._SPECIAL_WORDS.isdisjoint(new):
                feats._specials(out, feats._SPECIAL_WORDS.intersection(new))
            out.shared = set(out.hit_words.values())
            out.hits = sorted(out.valence)
            out.cum_pos, out.cum_neg = [0.0], [0.0]
            running_sums(out.valence, out.hits, out.cum_pos, out.cum_neg)
            return out

        memo = _memo(reread)

        def change(reading: Reading, first: int, last: int, f: dict[str, float]) -> None:
            other = memo(reading)
            if other is None:
                return
            f.clear()
            f.update(train.mention_example(other, feats.sentence_words(other), first, last))

        return change

    return build


TRIALS: dict[str, Trial] = {
    "baseline": Trial("the shipped model's features"),
    "neg": Trial(
        "negation-marked bag words: after a cue, to the next clause mark, 'not_' + word",
        _rebag(_memo(negated_forms)),
    ),
    "neg-open": Trial(
        "negation-marked bag words, the scope ending at a clause opener too",
        _rebag(_memo(lambda r: negated_forms(r, openers=True))),
    ),
    "neg3": Trial(
        "negation-marked bag words, at most three words after the cue",
        _rebag(_memo(lambda r: negated_forms(r, reach=3))),
    ),
    "neg-vec": Trial(
        "negation-marked bag words, 'not_' + word with minus the word's vector",
        _rebag(_memo(negated_forms)), words=_negated_vectors(-1.0),
    ),
    "lex": Trial("the lexicon sums read with a lexicon expanded over the word vectors "
                 "(10 nearest, cosine >= 0.4, half their mean)", build=_expanded()),
    "lex-words": Trial("as lex, the expanded words also the window's lexicon words",
                       build=_expanded(words=True)),
    "lex-strong": Trial("as lex, only words whose mean is 1 or more in size (their mean, "
                        "scale 1)", build=_expanded(scale=1.0, least=1.0)),
    "bands": Trial("bags by distance (1-3, 4-10, 11+ words) in place of the clause's bag",
                   _bands(), groups=("S", "D0", "D1", "D2")),
    "bands-c": Trial("bags by distance beside the clause's bag", _bands(keep="SC"),
                     groups=("S", "C", "D0", "D1", "D2")),
    "sides": Trial("the clause's bag split into its words before and after the mention",
                   _sides(), groups=("S", "CL", "CR")),
    "sides-c": Trial("the clause's words before and after the mention, beside the clause's bag",
                     _sides(keep="SC"), groups=("S", "C", "CL", "CR")),
    "c-subj": Trial("the clause's bag again for a mention that is its clause's subject",
                    _role_bag(), groups=("S", "C", "CS")),
    "idf": Trial("bag words weighed by their inverse document frequency", build=_idf()),
    "idf-half": Trial("bag words weighed by the square root of their idf", build=_idf(0.5)),
    "bagpow-0.3": Trial("bag words counting size ** -0.3", _bag_power(0.3)),
    "bagpow-0.7": Trial("bag words counting size ** -0.7", _bag_power(0.7)),
    "initial": Trial("the sentence's first word read as a word where news writes it in lower "
                     "case ten times as often", build=_initial()),
    "bands-dense": Trial("bags by distance beside the clause's bag, read through their words' "
                         "vectors alone", _bands(keep="SC"), groups=("S", "C", "D0", "D1", "D2"),
                         dense_only=("D0", "D1", "D2")),
    "sides-dense": Trial("the clause's words before and after the mention, beside the clause's "
                         "bag, read through their words' vectors alone", _sides(keep="SC"),
                         groups=("S", "C", "CL", "CR"), dense_only=("CL", "CR")),
    "cross": Trial("role/speech/side crossed with the sign and side of the clause's nearest "
                   "lexicon word", _crossed()),
    "cross-half": Trial("as cross, each cross worth 0.5", _crossed(0.5)),
    "cross-quarter": Trial("as cross, each cross worth 0.25", _crossed(0.25)),
    "fm1": Trial("as cross, the crosses' weights a factorization machine of rank 1",
                 _crossed(), tie=(1, None)),
    "fm2": Trial("as cross, the crosses' weights a factorization machine of rank 2",
                 _crossed(), tie=(2, None)),
    "cross-sign": Trial("as cross, the sign alone (no side)", _crossed(side=False)),
    "tone-c": Trial("the adjectives' tone (Pattern's lexicon) of the clause, the mention left "
                    "out", _tone(("C",))),
    "tone-sides": Trial("the adjectives' tone of the clause's words before and after the "
                        "mention", _tone()),
    "tone-sides2": Trial("as tone-sides, the tone times 2", _tone(scale=2.0)),
    "tone-win": Trial("the adjectives' tone of the window's words before and after the mention",
                      _tone(("WL", "WR"))),
    "tone-all": Trial("the adjectives' tone of the sentence, the clause, its sides and the "
                      "window", _tone(("S", "C", "CL", "CR", "WL", "WR"))),
    "object": Trial("the mention as the object of a toned word (its clause's nearest lexicon "
                    "word, at most three words before), crossed with its sign, worth 0.5",
                    _object()),
    "idiom": Trial("classes of news idiom (attack, pressure, support, success) in the "
                   "mention's clause, by side", _idioms()),
    "tone-sum": Trial("as tone-sides, the polarities summed (and squashed), not their mean",
                      _tone(mean=False)),
    "tone-role": Trial("the mention's role crossed with the sign of its clause's tone on the "
                       "side it acts on, worth 0.5", _tone_role()),
    "tone-words": Trial("the adjectives of Pattern's lexicon in the window, by side, as words",
                        _tone((), words=True)),
}


def combined(names: Sequence[str]) -> Trial:
    """The trials ``names`` at once: their changes in turn, the union of their vector groups
    (each trial's ``words`` and ``build`` too, in turn)."""
    parts = [TRIALS[n] for n in names]
    groups: list[str] = []
    for t in parts:
        groups.extend(g for g in t.groups if g not in groups)

    def words(found: vectors.Vectors) -> vectors.Vectors:
        for t in parts:
            if t.words is not None:
                found = t.words(found)
        return found

    def build(found: vectors.Vectors) -> train.Featurer:
        changes = [t.build(found) if t.build is not None else t.change for t in parts]

        def change(reading: Reading, first: int, last: int, f: dict[str, float]) -> None:
            for c in changes:
                if c is not None:
                    c(reading, first, last, f)

        return change

    ties = [t.tie for t in parts if t.tie is not None]
    dense = tuple(g for t in parts for g in t.dense_only)
    return Trial(" + ".join(t.about for t in parts), None, tuple(groups), words, build,
                 ties[0] if ties else None, dense)


def trial(name: str) -> Trial:
    """The trial ``name``, or the trials joined by ``+`` in it at once (:func:`combined`)."""
    return combined(name.split("+")) if "+" in name else TRIALS[name]


def _load_vectors(root: Path, cache: Path | None) -> vectors.Vectors:
    import numpy as np

    if cache is not None and cache.is_file():
        with np.load(cache, allow_pickle=True) as data:
            return vectors.Vectors([str(w) for w in data["words"]], data["matrix"])
    found = vectors.build(vectors.news_text(root, train.held_out), vectors.DIM)
    if cache is not None:
        np.savez(cache, words=np.array(found.words, dtype=object), matrix=found.matrix)
    return found


def run(
    trial: Trial, corpus: Path, found: vectors.Vectors | None, splits: Sequence[int] = (0, 1, 2),
    l2: float = L2,
) -> list[tuple[float, float]]:
    """``(macro-F1 pooled, macro-F1 alone)`` of the trial's cross-validation on each split."""
    words = found if found is None or trial.words is None else trial.words(found)
    change = trial.change
    if trial.build is not None:
        if found is None:
            raise ValueError("this trial reads the word vectors")
        change = trial.build(found)
    out = []
    for split in splits:
        trained, _ = train.read_parts(corpus, split, change)
        data = trained.examples
        vocabulary = train.vocabulary_of(data)
        if trial.dense_only:
            prefixes = tuple(g + ":" for g in trial.dense_only)
            vocabulary = {k for k in vocabulary if not k.startswith(prefixes)}
        embedding = None if words is None else train.Embedding(words, trial.groups, l2)
        tied = None if trial.tie is None else _tied_fit(sorted(vocabulary), *trial.tie)
        with _fitting(tied):
            cv, cv_further = train.cross_validate_mentions(
                data, trained.further, vocabulary, l2, embedding, trained.further, train.FURTHER
            )
        gold = [y for _, y, _ in data]
        both = train.pooled(cv, cv_further, trained.owners, train.POOL_OWN)
        n, p = train.choose_factors(both, gold)
        f1, _ = train.macro_f1(gold, train.labels(both, n, p))
        alone, _ = train.macro_f1(gold, train.labels(cv, n, p))
        out.append((f1, alone))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("trials", nargs="*", help="the trials to run (see --list)")
    parser.add_argument("--corpora", default=os.environ.get("LIMNER_CORPORA"))
    parser.add_argument("--vectors", type=Path, default=None,
                        help="keep the word vectors in this .npz file, and read them from it")
    parser.add_argument("--splits", default="0,1,2", help="the fold splits (default 0,1,2)")
    parser.add_argument("--l2", type=float, default=L2, help=f"the L2 penalty (default {L2:g})")
    parser.add_argument("--steps", type=int, default=train.STEPS,
                        help=f"full-batch Adam steps of each fit (default {train.STEPS})")
    parser.add_argument("--list", action="store_true", help="list the trials")
    args = parser.parse_args(argv)
    if args.steps < 1:
        parser.error(f"--steps: one or more, not {args.steps}")
    if args.list:
        for name, known in TRIALS.items():
            print(f"{name}: {known.about}")
        return 0
    unknown = [t for t in args.trials if not set(t.split("+")) <= set(TRIALS)]
    if unknown or not args.trials:
        parser.error(f"trials: some of {', '.join(TRIALS)}, not {unknown or 'none'}")
    if not args.corpora:
        parser.error("give --corpora or set LIMNER_CORPORA")
    root = Path(args.corpora)
    corpus = root / "newsmtsc" / "newsmtsc-train.jsonl"
    splits = [int(s) for s in args.splits.split(",") if s]
    found = _load_vectors(root, args.vectors)
    for name in args.trials:
        t0 = time.process_time()
        with train.fitting_steps(args.steps):
            figures = run(trial(name), corpus, found, splits, args.l2)
        pooled_ = [f for f, _ in figures]
        alone = [a for _, a in figures]
        mean = sum(pooled_) / len(pooled_)
        print(f"{name}: pooled {' '.join(f'{f:.5f}' for f in pooled_)} (mean {mean:.5f}); "
              f"alone {' '.join(f'{a:.5f}' for a in alone)} "
              f"(mean {sum(alone) / len(alone):.5f}); {time.process_time() - t0:.0f} CPU s",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

