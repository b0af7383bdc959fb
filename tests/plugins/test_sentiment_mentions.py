"""The run-time reading of a mention (:mod:`limner_sentiment.mentions`) equals its definition.

For any model of the file's format, not only the shipped one: the models
here are drawn at random over the words the sentences are made of (every
sort of feature, the sentence's lexicon words, the bags), so that nearly
every look-up finds a weight.  The definition is
:func:`~limner_sentiment.features.read_sentence` (the sentence scored on its
own, no words handed over), the ``"SX:"`` weights,
:func:`~limner_sentiment.logits.mention_logits` (itself checked against the
named features in ``test_sentiment_targets.py``),
:class:`~limner_sentiment.context.BagSums` and
:meth:`~limner_sentiment.model.TargetModel.probabilities`; the run-time path
must give the same probabilities and drivers to the last bit.
"""

from __future__ import annotations

import random
import string

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import limner
from limner_sentiment.context import BAGS, NAME, OPENERS, forms_and_clauses, read_tokens
from limner_sentiment.features import WINDOW, Reading, mention_words, read_sentence
from limner_sentiment.logits import _RULES, mention_logits, tables
from limner_sentiment.mentions import Sentence, _pairs, read, weights
from limner_sentiment.model import TargetModel, load_model
from limner_sentiment.scorer import score_sentence, score_sentences

_WORDS = [
    "Smith", "Jones", "the", "mayor", "said", "says", "told", "according", "by", "was", "were",
    "attacked", "praised", "against", "over", "with", "for", "but", "however", "while",
    "despite", "although", "not", "never", "isn't", "very", "embattled", "slammed", "hailed",
    "landmark", "under", "fire", "good", "terrible", "GREAT", "hero", "and", "who", "because",
    "“wonderful”", '"bad', 'news,"', "it's", "3", "-", "—", "…", ":)", "Sooo", "happy!",
    "sad?", "&amp;", "café", "élan", "U.S.", "no", "kind", "of", "like", "health", "care",
    "good,", "bad;", "(fine)", "«très»", "won't", "pro_life", "snake_case_name",
    "didn't", "Not", "No", "nor", "without", "doesn’t",
]
_GAPS = [" ", " ", " ", " ", " ", " ", "  ", "\t", " \u00a0", ", "]
_SORTS = ("P1", "P2", "N1", "N2", "Pw", "Nw", "LX", "RX", "SX")


def _forms() -> list[str]:
    forms = set(read_tokens(_WORDS).forms) | {"<s>", "</s>", ".", NAME, "", "great", "fire"}
    # the negation-marked forms the bags read after a cue
    forms |= {"not_" + f for f in forms if f and f not in (NAME, "<s>", "</s>", ".")}
    return sorted(forms)


_FORM_LIST = _forms()


def random_model(seed: int) -> TargetModel:
    """A model of the file's format with random weights over the test's words."""
    rng = random.Random(seed)

    def weight() -> tuple[float, float]:
        return (round(rng.uniform(-3, 3), 4), round(rng.uniform(-3, 3), 4))

    names: list[str] = [r for r in _RULES if rng.random() < 0.9]
    for sort in _SORTS:
        names += [f"{sort}:{f}" for f in _FORM_LIST if f and rng.random() < 0.6]
    for sort in ("PB", "NB"):
        names += [f"{sort}:{a}_{b}" for a in _FORM_LIST for b in _FORM_LIST if rng.random() < 0.05]
    bags = {
        f: tuple(0.0 if rng.random() < 0.2 else round(rng.uniform(-2, 2), 4)
                 for _ in range(2 * len(BAGS)))
        for f in _FORM_LIST if f and rng.random() < 0.8
    }
    return TargetModel(
        {n: weight() for n in names}, weight(), rng.uniform(0.8, 1.3), rng.uniform(0.8, 1.3),
        bags,
    )


def both_readings(sentence: str, model: TargetModel, *, forget: bool = False
                  ) -> tuple[Sentence | None, Reading]:
    """The run-time reading of ``sentence`` and its definition's; the first is ``None``
    exactly when the definition finds no word (checked here).  With ``forget``, the
    memo of forms is emptied first, so the run-time reading learns every token."""
    from limner_sentiment import context

    split: list[list[str] | None] = []
    (scored,) = score_sentences(sentence, [(0, len(sentence))], split)
    if forget:
        context._FORMS.clear()
        context._ENDS.clear()
    fast = read(sentence, scored, split[0], weights(model), model)
    reading = read_sentence(sentence, score_sentence(sentence))
    assert (fast is None) == (not reading.spans)
    return fast, reading


def plain(model: TargetModel, sentence: str, first: int, last: int
          ) -> tuple[tuple[float, float, float], list[tuple[str, float]]]:
    """A mention's probabilities and drivers by the definition (see the module)."""
    reading: Reading = read_sentence(sentence, score_sentence(sentence))
    zn, zp = model.sentence_logits(reading.shared)
    ln, lp = mention_logits(tables(model), reading, first, last, zn, zp)
    from limner_sentiment.context import BagSums

    bn, bp = BagSums(reading.tokens, model.bag_columns).logits(first, last)
    near = []
    for i in reading.hits:
        if first - WINDOW <= i < first or last < i <= last + WINDOW:
            d = first - i if i < first else i - last
            near.append((reading.hit_words[i], reading.valence[i] / (1.0 + d / WINDOW)))
    return model.probabilities(ln + bn, lp + bp), near


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30),
    st.lists(st.sampled_from(_GAPS), min_size=30, max_size=30),
    st.one_of(st.just(-1), st.integers(0, 2**32 - 1)),
)
@example(["Smith", "was", "slammed", "by", "Jones,", "who", "said", "it", "was", "good"],
         [" "] * 30, -1)
# negations in several clauses, mentions with words on both sides of them in their clause
@example(["the", "mayor", "praised", "Smith", "and", "Jones", "didn't", "attack", "the",
          "hero,", "but", "Smith", "was", "not", "good", "with", "Jones"], [" "] * 30, 7)
@example(["No", "good", "hero", "slammed", "Smith;", "Jones", "told", "the", "mayor", "never",
          "praised", "Smith", "despite", "terrible", "care"], [" "] * 30, 11)
# a mention after capitalised words and "the" at its clause's start is its subject
@example(["Not", "the", "GREAT", "Smith", "praised", "Jones,", "the", "Jones", "hero", "said",
          "the", "mayor", "Smith", "was", "good"], [" "] * 30, 5)
# runs of capitalised words longer than a title, after a lowercase word, a comma and at
# the start: the look back for a clause's head is answered by the sentence's table
@example(["the", "mayor", "praised"] + ["Smith", "Jones", "The"] * 6 + ["hero,"]
         + ["Jones", "Smith"] * 7, [" "] * 30, -1)
@example(["Smith", "Jones", "The"] * 6 + ["was", "good"], [" "] * 30, -1)
def test_a_mention_reads_the_same_as_its_definition_for_any_model(
    words: list[str], gaps: list[str], seed: int
) -> None:
    sentence = "".join(w + g for w, g in zip(words, gaps, strict=False)).strip()
    model = load_model() if seed < 0 else random_model(seed)
    fast, reading = both_readings(sentence, model)
    if fast is None:
        return
    size = len(sentence)
    for start in range(size + 2):
        for end in {start, start + 1, start + 3, start + 12, size, size + 2}:
            if end >= start:
                assert fast.locate(start, end) == mention_words(reading, start, end)
    n = len(reading.spans)
    for first in range(n):
        for last in range(first, min(n, first + 3)):
            expected_p, expected_near = plain(model, sentence, first, last)
            assert fast.score(first, last) == (*expected_p, expected_near)


def plain_forms(tokens: list[str]) -> tuple[list[str], list[int]]:
    """A sentence's forms and clause starts by their definition (see limner_sentiment.context)."""
    forms = []
    for token in tokens:
        word = token.strip(string.punctuation + "“”‘’«»—–…")
        forms.append(word if word.islower() else NAME if word[:1].isalpha() else "")
    starts = {0} if tokens else set()
    for i, token in enumerate(tokens):
        mark = token[-1] in ",;:\"“”«»" or (
            len(token) > 1 and token[-1] in ".!?)'’" and token[-2] in ",;:\"“”«»")
        if mark and i + 1 < len(tokens):
            starts.add(i + 1)
        if forms[i] in OPENERS:
            starts.add(i)
    return forms, sorted(starts) or [0]


@given(st.lists(st.sampled_from(_WORDS), max_size=40))
def test_forms_clauses_and_watched_words_in_one_pass(words: list[str]) -> None:
    watch = OPENERS | {"said", "slammed", "however"}
    forms, clauses, found = forms_and_clauses(words, watch)
    assert (forms, clauses) == plain_forms(words)
    assert found == watch.intersection(forms)
    assert (read_tokens(words).forms, read_tokens(words).clauses) == (forms, clauses)


def test_forms_stay_right_when_the_memo_is_full(monkeypatch: pytest.MonkeyPatch) -> None:
    from limner_sentiment import context

    monkeypatch.setattr(context, "_FORMS_LIMIT", 4)
    words = ["Smith", "said,", "but", "the", "mayor", "who", "won't", "3", "GREAT", "good;"]
    # a memo past its limit that knows none of the words (other tests may have taught
    # it every one, and a memo that learns nothing is never emptied)
    fillers = [f"filler{i}" for i in range(8)]
    context._FORMS.clear()
    context._ENDS.clear()
    context.learn_forms(fillers)
    for start in range(len(words)):  # the memo is emptied, and fills again
        tokens = words[start:] + words[:start]
        forms, clauses, _ = forms_and_clauses(tokens)
        assert (forms, clauses) == plain_forms(tokens)
    assert len(context._FORMS) <= 4 + len(words)
    assert context._FORMS.keys().isdisjoint(fillers)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30),
    st.lists(st.sampled_from(_GAPS), min_size=30, max_size=30),
    st.booleans(),
)
# clause marks beyond ASCII alone, no mark, no watched word: the reading's shortcuts
@example(["Smith", "“wonderful”", "mayor", "«très»", "good"], [" "] * 30, False)
@example(["the", "mayor", "praised", "Jones"], [" "] * 30, True)
@example(["Jones", "said", "it", "was", "good", "but", "not", "GREAT"], [" "] * 30, False)
def test_a_sentence_reads_its_forms_clauses_and_special_words_as_defined(
    words: list[str], gaps: list[str], forget: bool
) -> None:
    """The run-time reading's forms, clauses, speech verbs, contrast word and valences
    are the definition's, whether the memo of forms knows the tokens or not."""
    sentence = "".join(w + g for w, g in zip(words, gaps, strict=False)).strip()
    fast, reading = both_readings(sentence, load_model(), forget=forget)
    if fast is None:
        return
    assert (list(fast.forms), fast.clauses) == plain_forms(fast.tokens)
    assert (list(fast.forms), fast.clauses) == (reading.tokens.forms, reading.tokens.clauses)
    assert fast.speech == reading.speech and fast.turn == reading.turn
    assert fast.valence == reading.valence and fast.hit_words == reading.hit_words
    assert list(fast.bag_forms) == reading.tokens.bag_forms  # negation-marked as defined


def test_a_sentence_read_past_the_memos_limit_learns_every_token_with_its_cue(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A memo past its limit is emptied before a sentence's look-ups, never between them:
    every token the sentence reads, a negation cue among them, is in the memos of forms,
    clause ends and cues, and the reading is the definition's; the memo stays bounded."""
    from limner_sentiment import context

    monkeypatch.setattr(context, "_FORMS_LIMIT", 4)
    words = ["Smith", "won't", "praise", "the", "mayor,", "who", "was", "not", "good;",
             "Jones", "didn't", "attack", "the", "hero"]
    context.forget_forms()
    context.learn_forms([f"filler{i}" for i in range(8)])  # past the limit
    model = load_model()
    for start in range(0, len(words), 3):  # each sentence brings new tokens
        tokens = words[start:] + words[:start]
        fast, reading = both_readings(" ".join(tokens), model)
        assert fast is not None
        assert set(tokens) <= context._FORMS.keys() and set(tokens) <= context._ENDS.keys()
        assert {t for t in tokens if context.is_cue(t)} <= context.CUE_TOKENS
        assert list(fast.bag_forms) == reading.tokens.bag_forms  # negation-marked
        assert (list(fast.forms), fast.clauses) == (reading.tokens.forms,
                                                    reading.tokens.clauses)
        assert len(context._FORMS) <= 4 + len(words)
    assert not any(k.startswith("filler") for k in context._FORMS)


def test_the_memo_of_forms_learns_a_token_as_it_is_looked_up() -> None:
    """A token the memo lacks is learned by the look-up itself (an itemgetter of a
    sentence's tokens too), as learn_forms learns it; ``get`` and ``in`` learn nothing."""
    from operator import itemgetter

    from limner_sentiment import context

    tokens = ["Zyxwv,", "qwerty", "isn't", "«Abc»", "3;", "x’s"]
    context.forget_forms()
    assert context._FORMS.get("qwerty") is None and "qwerty" not in context._FORMS
    assert not context._FORMS and not context._ENDS
    forms = itemgetter(*tokens)(context._FORMS)
    learned = (dict(context._FORMS), dict(context._ENDS), set(context.CUE_TOKENS))
    context.forget_forms()
    context.learn_forms(tokens)
    assert learned == (dict(context._FORMS), dict(context._ENDS), set(context.CUE_TOKENS))
    assert forms == tuple(context._FORMS[t] for t in tokens)
    assert "isn't" in context.CUE_TOKENS and forms[0] == NAME and forms[1] == "qwerty"
    context.forget_forms()
    assert context._ENDS["Zyxwv,"] is True and context._FORMS.keys() == {"Zyxwv,"}


def _without(model: TargetModel, family: str) -> TargetModel:
    """``model`` less one family of format 4's features: the clause's side bags, the
    negation-marked bag words or the crosses."""
    weights = dict(model.weights)
    bags = dict(model.bags)
    if family == "sides":
        bags = {k: (*row[:4], 0.0, 0.0, 0.0, 0.0) for k, row in bags.items()}
    elif family == "negated":
        bags = {k: row for k, row in bags.items() if not k.startswith("not_")}
    else:
        weights = {k: v for k, v in weights.items() if not k.startswith("X:")}
    return TargetModel(weights, model.bias, model.negative, model.positive, bags)


@pytest.mark.parametrize("family", ["sides", "negated", "crosses"])
def test_each_family_of_format_4_moves_the_sums_that_the_fast_path_matches(
    family: str,
) -> None:
    """The equality checks above would fail if the run-time path dropped a family: each
    moves the definition's probabilities of some mention here (negations in two clauses,
    roles, speech and a contrast word, mentions with words on both sides in their clause),
    and the run-time path gives the definition's to the last bit."""
    sentence = ("The mayor praised Smith and Jones didn't attack the hero, but Smith said "
                "Jones was not good with the terrible mayor")
    model = random_model(3)
    fast, reading = both_readings(sentence, model)
    assert fast is not None
    less = _without(model, family)
    moved = 0
    n = len(reading.spans)
    for first in range(n):
        for last in range(first, min(n, first + 2)):
            p, near = plain(model, sentence, first, last)
            assert fast.score(first, last) == (*p, near)
            moved += plain(less, sentence, first, last)[0] != p
    assert moved > n // 2


_PAIR_TEXT = st.text("ab_", max_size=5)


@given(
    st.dictionaries(_PAIR_TEXT, st.complex_numbers(allow_nan=False), max_size=12),
    _PAIR_TEXT,
    _PAIR_TEXT,
)
def test_an_edge_pair_is_found_by_its_two_words_as_by_the_joined_string(
    table: dict[str, complex], a: str, b: str
) -> None:
    """The run-time edge-pair tables (``{a: {b: weight}}``) give what the definition's
    ``"a_b"`` key gives, for words with ``_`` in them too."""
    pairs = _pairs(table)
    assert pairs.get(a, {}).get(b) == table.get(a + "_" + b)
    for key, weight in table.items():
        for i, c in enumerate(key):
            if c == "_":
                assert pairs[key[:i]][key[i + 1 :]] == weight


@given(
    st.complex_numbers(allow_nan=False, allow_infinity=False, max_magnitude=1e12),
    st.complex_numbers(allow_nan=False, allow_infinity=False, max_magnitude=1e12),
    st.floats(min_value=1e-3, max_value=1.0),
)
@example(0j, complex(-0.0, -0.0), 0.5)
@example(complex(-0.0, 1.0), complex(-0.0, -2.0), 0.25)
def test_a_scaled_bag_added_as_one_complex_product_is_each_parts_float_sum(
    bag: complex, x: complex, scale: float
) -> None:
    """``bag + x * scale`` (the run-time path's form for a clause's bag and its sides)
    gives each part ``bag.real + x.real * scale`` and ``bag.imag + x.imag * scale``,
    the definition's two float sums: the product's cross terms (``x.imag * 0.0``) are
    zeros, so only the sign of an exact zero can differ, which no probability tells
    (``exp(-0.0) == exp(0.0)``, and a zero added to any other number leaves it)."""
    got = bag + x * scale
    assert got.real == bag.real + x.real * scale
    assert got.imag == bag.imag + x.imag * scale
    one = x * scale  # the sentence's bag: its sum scaled
    assert (one.real, one.imag) == (x.real * scale, x.imag * scale)


def test_a_plain_targets_name_is_read_through_its_features_own_lookup() -> None:
    """Features held in a dict subclass with its own ``in`` and ``[]`` are asked through them."""

    class Folded(dict):  # type: ignore[type-arg]
        def __contains__(self, key: object) -> bool:
            return isinstance(key, str) and key.title() in self.keys()

        def __getitem__(self, key: str) -> object:
            return dict.__getitem__(self, key.title())

    text = "Smith won the prize. Smith lost the vote."
    doc = limner.Document(text)
    # (of a kind no plugin defines: a generic target is stored as the Target class)
    doc.add([limner.Annotation(kind="organization", start=a, end=a + 5,
                               features=Folded({"Name": "Smith"})) for a in (0, 21)])
    out = limner.Enricher(plugins=["sentiment"]).enrich(doc)
    targets = [a for a in out.select("sentiment") if a.get("scope") == "target"]
    assert [(t.get("name"), t.get("mentions")) for t in targets] == [("Smith", 2)]


_QUOTED_WORDS = [
    "Smith", "Jones", "Reuters", "said", "says", "added", "told", "Said", "the", "leader",
    "opposition", '"We', 'lost,"', "“We", "won,”", "'It", "was", "bad,'", ":", '"Fine."',
    "hit", "by", "floods", "in", "was", "praised", "sacked", "and", ",", "of", "London,",
    "speaking", "to", "BBC", "Monday", "won", "a", "prize",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_QUOTED_WORDS), min_size=1, max_size=16))
@example(['"We', 'lost,"', "said", "opposition", "leader", "Smith"])
@example(["Smith", "said", '"Fine."'])
@example(['"We', 'lost,"', "Smith", "added"])
def test_a_sentence_without_a_speech_verb_skips_the_speakers_reading_alone(
    words: list[str],
) -> None:
    """``Sentence.at`` tells the news events whether the sentence holds a word of
    ``events.SAID`` from its speech verbs (``Sentence.speech``, read once a sentence):
    where it holds none, every mention's label is what the events' full reading
    gives, for every span of up to three words."""
    from limner_sentiment.events import SAID, event_label, located_label
    from limner_sentiment.features import SPEECH

    assert SAID <= SPEECH  # a word of SAID is a speech verb
    fast, _ = both_readings(" ".join(words), load_model())
    if fast is None:
        return
    said = bool(fast.speech)
    assert said or SAID.isdisjoint(fast.forms)
    tokens, forms, clauses = fast.tokens, fast.forms, fast.clauses
    for first in range(fast.n):
        for last in range(first, min(fast.n, first + 3)):
            assert event_label(tokens, forms, clauses, first, last, said) == event_label(
                tokens, forms, clauses, first, last)
            assert located_label(tokens, forms, clauses, first, last, said) == (
                located_label(tokens, forms, clauses, first, last))
