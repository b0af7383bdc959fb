"""The words around a mention (:mod:`limner_sentiment.context`): forms, clauses, window, bags."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from limner_sentiment.context import (
    BAGS,
    NAME,
    BagSums,
    bag_features,
    clause_span,
    read_tokens,
    window_features,
)
from limner_sentiment.model import load_model
from limner_sentiment.scorer import word_spans


def test_forms_mask_names_numbers_and_punctuation() -> None:
    tokens = read_tokens(['The', 'senator,', '"outraged,"', 'blasted', 'Dana', 'Reyes', 'over',
                          '40', 'iPhone', 'sales.'])
    assert tokens.forms == [NAME, "senator", "outraged", "blasted", NAME, NAME, "over", "", NAME,
                            "sales"]


def test_clauses_start_after_clause_marks_and_at_openers() -> None:
    words = ["Reyes", "won", "the", "vote", ",", "but", "critics", "who", "opposed", "her",
             "slammed", "the", "count"]
    tokens = read_tokens(words)
    assert tokens.clauses == [0, 5, 7]  # after ",", at "but" (the same clause), at "who"
    words = ["Reyes", "said", ":", "it", "was", "a", "win", "and", "a", "relief"]
    assert read_tokens(words).clauses == [0, 3, 7]


def test_window_reads_who_does_what_to_whom() -> None:
    tokens = read_tokens(["Critics", "attacked", "Reyes", "and", "praised", "Cole"])
    reyes = dict.fromkeys(window_features(tokens, 2, 2), 1)
    assert reyes["P1:attacked"] == 1 and reyes["PB:<n>_attacked"] == 1
    assert reyes["N1:and"] == 1 and reyes["NB:and_praised"] == 1
    critics = dict.fromkeys(window_features(tokens, 0, 0), 1)
    assert critics["N1:attacked"] == 1 and critics["P1:<s>"] == 1 and "Nw:praised" in critics
    cole = dict.fromkeys(window_features(tokens, 5, 5), 1)
    assert cole["P1:praised"] == 1 and cole["N1:</s>"] == 1 and "Pw:attacked" in cole


def test_bags_are_the_sentence_and_the_mentions_clause() -> None:
    tokens = read_tokens(["Reyes", "lost", "badly", ",", "while", "Cole", "won", "easily"])
    assert clause_span(tokens, 5, 5) == (4, 8)  # Cole: "while Cole won easily"
    assert clause_span(tokens, 0, 0) == (0, 4)  # Reyes: "Reyes lost badly ,"
    assert clause_span(tokens, 0, 5) == (0, 8)  # a mention across clauses: both
    f = bag_features(tokens, 5, 5)
    assert f["C:won"] == pytest.approx(1 / math.sqrt(4))
    assert f["S:won"] == pytest.approx(1 / math.sqrt(8)) and f["S:lost"] == f["S:won"]
    assert "C:lost" not in f
    assert f["S:<n>"] == pytest.approx(2 / math.sqrt(8))  # names count as names, never by name
    # the clause's sides: "while" left of Cole, "won easily" right of Cole
    assert f["CL:while"] == pytest.approx(1.0) and "CL:won" not in f
    assert f["CR:won"] == pytest.approx(1 / math.sqrt(2)) and "CR:while" not in f
    reyes = bag_features(tokens, 0, 0)
    assert not any(k.startswith("CL:") for k in reyes)  # nothing left of the clause's subject
    assert reyes["CR:lost"] == pytest.approx(1 / math.sqrt(3))


def test_words_after_a_negation_cue_are_marked_to_the_clause_end() -> None:
    tokens = read_tokens(["Reyes", "did", "not", "win", "the", "vote", ",", "but", "Cole",
                          "never", "lost", "it"])
    assert tokens.forms[3] == "win"  # the window reads the words as they are
    assert tokens.bag_forms == [NAME, "did", "not", "not_win", "not_the", "not_vote", "",
                                "but", NAME, "never", "not_lost", "not_it"]
    f = bag_features(tokens, 8, 8)
    assert "S:not_win" in f and "C:not_lost" in f and "CR:not_lost" in f and "S:win" not in f
    # a cue with a capital counts; without a cue the bags read the forms
    assert read_tokens(["No", "deal", "was", "made"]).bag_forms[1:] == [
        "not_deal", "not_was", "not_made"]
    plain = read_tokens(["Reyes", "won"])
    assert plain.marked is None and plain.bag_forms == plain.forms
    assert not any(k.endswith((":Cole", ":Reyes")) for k in f)


words = st.sampled_from(["Reyes", "praised", "the", "deal", ",", "but", "critics", "who",
                         "slammed", "her", "\"", "and", "42", ":", "Cole", "won", "not",
                         "Never", "didn't", "no", "deal,"])


@given(st.lists(words, min_size=1, max_size=30), st.data())
def test_prefix_sums_give_the_named_bag_features(tokens_: list[str], data: st.DataObject) -> None:
    tokens = read_tokens(tokens_)
    n = len(tokens_)
    first = data.draw(st.integers(0, n - 1))
    last = data.draw(st.integers(first, n - 1))
    bags = load_model().bags
    zn, zp = BagSums(tokens, load_model().bag_columns).logits(first, last)
    en = ep = 0.0
    for name, value in bag_features(tokens, first, last).items():
        bag, word = name.split(":", 1)
        row = bags.get(word)
        if row is not None:
            at = 2 * BAGS.index(bag)
            en += row[at] * value
            ep += row[at + 1] * value
    assert zn == pytest.approx(en, abs=1e-9) and zp == pytest.approx(ep, abs=1e-9)


def test_no_name_has_a_weight() -> None:
    model = load_model()
    for name in [*model.weights, *model.bags]:
        word = name.split(":", 1)[-1]
        assert word == word.lower() or word in ("<s>", "</s>", NAME), name


@given(st.text(alphabet=st.sampled_from(["a", "b", " ", "\n", "\t", "\u00a0", "é", ","]),
               max_size=40))
def test_word_spans_are_the_runs_without_white_space(text: str) -> None:
    assert word_spans(text) == [m.span() for m in re.finditer(r"\S+", text)]


@given(st.text(alphabet=st.sampled_from(["a", "b", " ", "\n", "\u00a0", "é", "’", ",", "&", ";"]),
               max_size=40))
def test_words_read_with_the_offsets_are_the_words_at_them(text: str) -> None:
    from limner_sentiment.scorer import read_words, score_sentence, score_with_offsets

    scored = score_sentence(text)
    again, spans, words = read_words(text, scored)
    assert (again, spans) == score_with_offsets(text, scored)
    if words is not None:
        assert words == [text[a:b] for a, b in spans]
    # the same with the sentence's split made before, as the document pass gives it
    assert read_words(text, scored, text.split())[:2] == (again, spans)
    given_words = read_words(text, scored, text.split())[2]
    if given_words is not None:
        assert given_words == [text[a:b] for a, b in spans]


def test_the_document_pass_hands_each_sentence_its_words() -> None:
    from limner_sentiment.scorer import score_sentences

    text = "Smith  praised Jones. Critics attacked\nthe plan. Café owners were glad."
    spans = [(0, 21), (22, 50), (51, len(text))]
    words: list[list[str] | None] = []
    score_sentences(text, spans, words)
    # a sentence that is not ASCII: none handed on; the others of the text keep theirs
    assert words == [text[0:21].split(), text[22:50].split(), None]
    ascii_text = text.replace("é", "e")
    words = []
    score_sentences(ascii_text, spans, words)
    assert words == [ascii_text[a:b].split() for a, b in spans]


def _learned(token: str) -> tuple[str, bool, bool]:
    """A token's form, clause end and cue, as the memos hold them once it is learned."""
    from limner_sentiment import context

    for memo in (context._FORMS, context._ENDS):
        memo.pop(token, None)
    context.CUE_TOKENS.discard(token)
    form = context._learn(token)
    return form, context._ENDS[token], token in context.CUE_TOKENS


def _learned_by_definition(token: str) -> tuple[str, bool, bool]:
    """The same by the definition: the token stripped of marks, its form by its case."""
    from limner_sentiment.context import _CLOSERS, _MARKS, _STRIP, is_cue

    word = token.strip(_STRIP)
    form = word if word.islower() else (NAME if word[:1].isalpha() else "")
    end = token[-1] in _MARKS or (
        token[-1] in _CLOSERS and len(token) > 1 and token[-2] in _MARKS
    )
    return form, end, is_cue(word)


@given(st.text(alphabet=st.sampled_from("aBn'’t\",.;:!?«»—…²½é1 Xx"), min_size=1, max_size=8))
def test_a_token_is_learned_as_its_definition_reads_it(token: str) -> None:
    # letters and digits of any script, marks of ASCII and beyond, "n't" written both ways
    assert _learned(token) == _learned_by_definition(token)
    for word in ("didn't", "Didn’t", "never", "No", "nothing.", "Reyes", "40", "½", "é"):
        assert _learned(word) == _learned_by_definition(word), word


class _Token(str):
    """A token that counts how often it is stripped of marks."""

    strips = 0

    def strip(self, chars: str | None = None) -> str:
        type(self).strips += 1
        return str(self).strip(chars)


def test_a_token_of_letters_and_digits_alone_is_not_stripped() -> None:
    # one C-level test says it has no mark at either end (nor "n't"): no strip is asked
    _Token.strips = 0
    assert _learned(_Token("Qwzrt2")) == (NAME, False, False)
    assert _learned(_Token("never")) == ("never", False, True)
    assert _Token.strips == 0
    assert _learned(_Token("never,")) == ("never", True, True)
    assert _Token.strips == 1
