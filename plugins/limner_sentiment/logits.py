"""A mention's logits summed straight from its sentence's reading, no feature named.

:func:`mention_logits` adds up exactly what
``model.logits(mention_features(...))`` and
``model.add_logits(window_features(...))`` add up, in the same order, so the
sums are the same to the last bit; but it never builds a feature's name.
The model's weights are split once, when first asked, into one table per
sort of feature (:class:`Tables`): the weight of ``"P1:word"`` is looked up
by ``"word"`` in the ``P1`` table, that of ``"PB:a_b"`` by ``"a_b"`` in the
``PB`` table, a rule feature's weight is a local constant.  A mention then
costs a few dictionary look-ups and no string is made but the two edge pairs.

:func:`~limner_sentiment.features.mention_features` and
:func:`~limner_sentiment.context.window_features` stay the definition (the
training reads them); ``tests/plugins/test_sentiment_targets.py`` checks
that both ways give the same sums.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass

from limner_sentiment.context import clause_span
from limner_sentiment.features import (
    _AIMED,
    _BE,
    _WITH,
    CROSS,
    CROSSES,
    WINDOW,
    Reading,
    opens_clause,
)
from limner_sentiment.model import TargetModel

__all__ = ["Tables", "mention_logits", "tables"]

_Weight = tuple[float, float]
_ZERO: _Weight = (0.0, 0.0)
_RULES = (
    "near_left", "near_right", "own", "left_pos", "left_neg", "right_pos", "right_neg",
    "sentence", "role:subject", "role:agent", "role:passive_agent", "role:aimed", "role:with",
    "quoted", "speaker", "speaker_pos", "speaker_neg", "after_turn", "before_turn",
    *CROSSES,
)
_WINDOW_TABLES = ("P1", "P2", "N1", "N2", "PB", "NB", "Pw", "Nw", "LX", "RX")


@dataclass(frozen=True)
class Tables:
    """The model's weights by sort of feature, each table keyed by the name's tail.

    Attributes:
        rules: rule feature -> its weight, ``(0.0, 0.0)`` when the model has none.
        window: sort (``"P1"``, ``"PB"``, ``"LX"`` ...) -> word or pair -> weight.
    """

    rules: Mapping[str, _Weight]
    window: Mapping[str, Mapping[str, _Weight]]


def tables(model: TargetModel) -> Tables:
    """The :class:`Tables` of ``model``, made once per model (kept on it)."""
    made = model.__dict__.get("_tables")
    if isinstance(made, Tables):
        return made
    window: dict[str, dict[str, _Weight]] = {sort: {} for sort in _WINDOW_TABLES}
    for name, weight in model.weights.items():
        sort, colon, tail = name.partition(":")
        if colon and sort in window:
            window[sort][tail] = weight
    rules = {name: model.weights.get(name, _ZERO) for name in _RULES}
    made = Tables(rules, window)
    object.__setattr__(model, "_tables", made)  # a cache: the model's fields are unchanged
    return made


def _squash(x: float) -> float:
    return x / (abs(x) + 2.0)


def mention_logits(
    t: Tables, reading: Reading, first: int, last: int, zn: float, zp: float
) -> tuple[float, float]:
    """``(zn, zp)`` plus the weights of the rule, lexicon-word and window features of a mention.

    The same sums as ``model.add_logits(window_features(reading.tokens, first,
    last), *model.logits(mention_features(reading, first, last), (zn, zp)))``.
    """
    rules = t.rules
    window = t.window
    n = len(reading.spans)
    lo = first - WINDOW if first > WINDOW else 0
    hi = last + 1 + WINDOW
    if hi > n:
        hi = n
    hits = reading.hits
    cum_pos, cum_neg = reading.cum_pos, reading.cum_neg
    h_first = bisect.bisect_left(hits, first)
    h_after = bisect.bisect_right(hits, last)
    h_lo = bisect.bisect_left(hits, lo, 0, h_first)
    h_hi = bisect.bisect_left(hits, hi, h_after)
    if h_lo < h_hi:  # lexicon words near the mention, weighed by distance
        valence, hit_words = reading.valence, reading.hit_words
        near_l = near_r = 0.0
        table = window["LX"]
        for k in range(h_lo, h_first):
            i = hits[k]
            near_l += valence[i] / (1.0 + (first - i) / WINDOW)
            w = table.get(hit_words[i])
            if w is not None:
                zn += w[0]
                zp += w[1]
        table = window["RX"]
        for k in range(h_after, h_hi):
            i = hits[k]
            near_r += valence[i] / (1.0 + (i - last) / WINDOW)
            w = table.get(hit_words[i])
            if w is not None:
                zn += w[0]
                zp += w[1]
        if near_l:
            v = _squash(near_l)
            w = rules["near_left"]
            zn += w[0] * v
            zp += w[1] * v
        if near_r:
            v = _squash(near_r)
            w = rules["near_right"]
            zn += w[0] * v
            zp += w[1] * v
        own = cum_pos[h_after] - cum_pos[h_first] - (cum_neg[h_after] - cum_neg[h_first])
        if own:
            v = _squash(own)
            w = rules["own"]
            zn += w[0] * v
            zp += w[1] * v
    h_n = len(hits)
    if h_n:  # the sentence's sums on either side, in the order mention_features names them
        v = cum_pos[h_first]
        v = v / (abs(v) + 2.0)
        w = rules["left_pos"]
        zn += w[0] * v
        zp += w[1] * v
        v = cum_neg[h_first]
        v = v / (abs(v) + 2.0)
        w = rules["left_neg"]
        zn += w[0] * v
        zp += w[1] * v
        v = cum_pos[h_n] - cum_pos[h_after]
        v = v / (abs(v) + 2.0)
        w = rules["right_pos"]
        zn += w[0] * v
        zp += w[1] * v
        v = cum_neg[h_n] - cum_neg[h_after]
        v = v / (abs(v) + 2.0)
        w = rules["right_neg"]
        zn += w[0] * v
        zp += w[1] * v
        v = reading.total
        v = v / (abs(v) + 2.0)
        w = rules["sentence"]
        zn += w[0] * v
        zp += w[1] * v
    forms = reading.tokens.forms
    spans = reading.spans
    # role: subject, agent, aim (as in mention_features; forms of names read as "")
    before = forms[first - 1] if first > 0 else ""
    subject = opens_clause(reading.text, spans, reading.word, first)
    if subject:
        w = rules["role:subject"]
        zn += w[0]
        zp += w[1]
    role = ""  # the role a cross reads
    if before == "by":
        role = "agent"
        w = rules["role:agent"]
        zn += w[0]
        zp += w[1]
        if first > 1 and forms[first - 2] in _BE:
            w = rules["role:passive_agent"]
            zn += w[0]
            zp += w[1]
    elif before in _AIMED:
        role = "aimed"
        w = rules["role:aimed"]
        zn += w[0]
        zp += w[1]
    elif before in _WITH:
        role = "with"
        w = rules["role:with"]
        zn += w[0]
        zp += w[1]
    quotes = reading.quotes
    if quotes and bisect.bisect_right(quotes, spans[first][0]) % 2 == 1:
        w = rules["quoted"]
        zn += w[0]
        zp += w[1]
    speech = reading.speech
    s = -1
    if speech:
        k = bisect.bisect_right(speech, last)
        sp = sn = 0.0
        if k < len(speech) and speech[k] - last <= 3:
            s = speech[k]
            h_s = bisect.bisect_left(hits, s)
            sp, sn = cum_pos[h_n] - cum_pos[h_s], cum_neg[h_n] - cum_neg[h_s]
        elif k > 0 and first - speech[k - 1] <= 2:
            s = speech[k - 1]
            h_s = bisect.bisect_left(hits, s)
            sp, sn = cum_pos[h_s], cum_neg[h_s]
        if s >= 0:
            w = rules["speaker"]
            zn += w[0]
            zp += w[1]
            if sp:
                v = _squash(sp)
                w = rules["speaker_pos"]
                zn += w[0] * v
                zp += w[1] * v
            if sn:
                v = _squash(sn)
                w = rules["speaker_neg"]
                zn += w[0] * v
                zp += w[1] * v
    if reading.turn < n:
        w = rules["after_turn" if first > reading.turn else "before_turn"]
        zn += w[0]
        zp += w[1]
    if h_n:  # the crosses (features._crosses), each worth CROSS
        c0, c1 = clause_span(reading.tokens, first, last)
        left = hits[h_first - 1] if h_first > 0 and hits[h_first - 1] >= c0 else -1
        right = hits[h_after] if h_after < h_n and hits[h_after] < c1 else -1
        if left >= 0 or right >= 0:
            valence = reading.valence
            near = left if right < 0 or (left >= 0 and first - left <= right - last) else right
            sign = "+" if valence[near] > 0 else "-"
            crossed = []
            if right >= 0 and subject:
                crossed.append("X:subject|" + ("+" if valence[right] > 0 else "-"))
            if role:
                crossed.append("X:" + role + "|" + sign)
            if s >= 0:
                crossed.append("X:speaker|" + sign)
            if reading.turn < n:
                crossed.append(
                    ("X:after_turn|" if first > reading.turn else "X:before_turn|") + sign
                )
            for name in crossed:
                w = rules[name]
                zn += w[0] * CROSS
                zp += w[1] * CROSS
    # the window (context.window_features), each feature worth 1
    p1 = (forms[first - 1] or ".") if first >= 1 else "<s>"
    p2 = (forms[first - 2] or ".") if first >= 2 else "<s>"
    n1 = (forms[last + 1] or ".") if last + 1 < n else "</s>"
    n2 = (forms[last + 2] or ".") if last + 2 < n else "</s>"
    for w in (
        window["P1"].get(p1, _ZERO),
        window["P2"].get(p2, _ZERO),
        window["N1"].get(n1, _ZERO),
        window["N2"].get(n2, _ZERO),
        window["PB"].get(p2 + "_" + p1, _ZERO),
        window["NB"].get(n1 + "_" + n2, _ZERO),
    ):
        zn += w[0]
        zp += w[1]
    table = window["Pw"]
    for i in (first - 3, first - 4):
        if i >= 0 and forms[i]:
            w = table.get(forms[i], _ZERO)
            zn += w[0]
            zp += w[1]
    table = window["Nw"]
    for i in (last + 3, last + 4):
        if i < n and forms[i]:
            w = table.get(forms[i], _ZERO)
            zn += w[0]
            zp += w[1]
    return zn, zp

