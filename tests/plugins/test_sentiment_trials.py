"""Trials of the target model's features (:mod:`limner_sentiment.trials`).

Needs numpy, the ``train`` extra; the shipped model never does.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("numpy", reason="numpy (the train extra) trains the target model")

from limner_sentiment import train, trials
from limner_sentiment.features import Reading, mention_words, read_sentence, sentence_words
from limner_sentiment.scorer import score_sentence


def _read(text: str) -> Reading:
    return read_sentence(text, score_sentence(text))


def _features(text: str, mention: str) -> tuple[Reading, int, int, dict[str, float]]:
    reading = _read(text)
    at = text.index(mention)
    first, last = mention_words(reading, at, at + len(mention))
    return reading, first, last, train.mention_example(
        reading, sentence_words(reading), first, last)


def _changed(trial: str, text: str, mention: str, prefix: str) -> set[str]:
    """The features opening with ``prefix`` that the trial ``trial`` adds to a mention's."""
    reading, first, last, f = _features(text, mention)
    change = trials.TRIALS[trial].change
    assert change is not None
    change(reading, first, last, f)
    return {k for k in f if k.startswith(prefix)}


def test_negation_marks_the_words_after_a_cue_up_to_the_clause_mark() -> None:
    reading = _read("Smith did not win the vote, and Jones isn't happy but he never lost.")
    forms = trials.negated_forms(reading)
    assert forms[3:6] == ["not_win", "not_the", "not_vote"]
    assert forms[6] == "and"  # after the comma: the scope has ended
    assert forms[9:12] == ["not_happy", "not_but", "not_he"]
    assert forms[1:3] == ["did", "not"] and forms[7] == "<n>"  # the cue itself, a name: as they are
    opened = trials.negated_forms(reading, openers=True)
    assert opened[10:12] == ["but", "he"]  # "but" opens a clause
    assert opened[13] == "not_lost"
    near = trials.negated_forms(_read("They did not win the vote today at all."), reach=2)
    assert near[3:7] == ["not_win", "not_the", "vote", "today"]
    assert trials.negated_forms(_read("No one praised Smith."))[1:3] == ["not_one", "not_praised"]


def test_a_negation_trial_reads_the_marked_words_into_both_bags() -> None:
    # the shipped bags end a cue's scope at a clause opener too ("but"), the trial at a
    # clause mark only: it marks "attacked" where the shipped features do not
    text = "Critics did not praise Smith but attacked Jones."
    reading, first, last, f = _features(text, "Smith")
    shipped = dict(f)
    assert "S:not_praise" in shipped and "S:attacked" in shipped
    trials.TRIALS["neg"].change(reading, first, last, f)  # type: ignore[misc]
    assert "S:not_attacked" in f and "C:not_praise" in f and "S:attacked" not in f
    assert f["S:not_attacked"] == shipped["S:attacked"]  # the same count, another word
    assert {k for k in f if not k.startswith(("S:", "C:"))} == {
        k for k in shipped if not k.startswith(("S:", "C:"))}


def test_bands_put_each_word_by_its_distance_from_the_mention() -> None:
    text = "one two three four five six seven eight nine ten eleven twelve Smith a b c d"
    reading, first, last, f = _features(text, "Smith")
    change = trials.TRIALS["bands"].change
    assert change is not None
    change(reading, first, last, f)
    assert not any(k.startswith("C:") for k in f) and "S:one" in f
    assert {k for k in f if k.startswith("D0:")} == {"D0:ten", "D0:eleven", "D0:twelve",
                                                     "D0:a", "D0:b", "D0:c"}
    assert "D1:three" in f and "D1:d" in f and "D2:two" in f
    assert f["D0:a"] == pytest.approx(1 / 6**0.5)


def test_crosses_pair_the_role_with_the_nearest_lexicon_word_in_the_clause() -> None:
    reading, first, last, f = _features("Smith praised the plan, and critics hated it.", "Smith")
    change = trials.TRIALS["cross"].change
    assert change is not None
    change(reading, first, last, f)
    assert f["X:role:subject|+>"] == 1.0 and f["X:*|+>"] == 1.0
    assert not any(k.endswith(("-<", "->")) for k in f)  # "hated": another clause


@pytest.mark.parametrize(("text", "mention", "part", "sign"), [
    ("Smith gave a weak speech in Leeds.", "Smith", "tone:CR", -1),
    ("After a brilliant season, Okafor signed a new deal with the club.", "Okafor", "tone:CR", 1),
    ("A brilliant Sharma century, and the hosts were not happy.", "Sharma", "tone:CL", 1),
    ("The board said the plan Patel backed was not good enough.", "Patel", "tone:CR", -1),
])
def test_a_tone_trial_reads_the_adjectives_of_each_side_of_the_clause(
    text: str, mention: str, part: str, sign: int
) -> None:
    reading, first, last, f = _features(text, mention)
    change = trials.TRIALS["tone-sides"].change
    assert change is not None
    change(reading, first, last, f)
    tones = {k: v for k, v in f.items() if k.startswith("tone:")}
    assert set(tones) == {part}  # the other side holds no rated adjective
    assert tones[part] * sign > 0


def test_the_tone_of_a_clause_is_the_mean_of_its_adjectives_the_mention_left_out() -> None:
    text = "The quick and clever fix from Mr Brown was a poor idea, Kaur said."
    reading, first, last, f = _features(text, "Brown")
    at, polar = trials.tone_polarities(reading)
    forms = reading.tokens.forms
    assert [forms[i] for i in at] == ["quick", "clever", "poor"]
    change = trials.TRIALS["tone-all"].change
    assert change is not None
    change(reading, first, last, f)
    c0, c1 = trials.clause_span(reading.tokens, first, last)
    inside = [i for i in at if c0 <= i < c1]
    assert f["tone:C"] == pytest.approx(sum(polar.get(i, 0.0) for i in inside) / len(inside))
    assert f["tone:WR"] == pytest.approx(polar[at[-1]])  # "poor", within four words
    assert f["tone:WL"] == pytest.approx(polar[at[1]])  # "clever"; "quick", five words away


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Osei gave a brilliant speech in Accra.", "Osei", {"T:role:subject|+"}),
    ("It was a clumsy tackle by Murphy, the referee said.", "Murphy", {"T:role:agent|-"}),
    ("A brilliant season ended for Tanaka in Osaka.", "Tanaka", {"T:role:with|+"}),
    ("A clumsy tackle, and Murphy was sent off.", "Murphy", set()),  # the tone: another clause
])
def test_the_tone_role_trial_crosses_the_role_with_the_tone_it_acts_on(
    text: str, mention: str, expected: set[str]
) -> None:
    assert _changed("tone-role", text, mention, "T:") == expected


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Opposition MPs criticised Ramaphosa over the power cuts.", "Ramaphosa", {"X:object|-"}),
    ("Fans praised the brave Kohli after the final.", "Kohli", {"X:object|+"}),
    ("Albanese criticised the deal on Tuesday.", "Albanese", set()),  # the subject
    ("The union thanked members, then met Dlamini in Durban.", "Dlamini", set()),  # too far
])
def test_the_object_trial_crosses_a_toned_word_just_before_the_mention(
    text: str, mention: str, expected: set[str]
) -> None:
    assert _changed("object", text, mention, "X:object") == expected


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Senators took aim at Warren over the plan.", "Warren", {"I:attack<"}),
    ("Nkemelu is under intense pressure after the defeat.", "Nkemelu", {"I:pressure>"}),
    ("The club paid tribute to Ashworth on Saturday.", "Ashworth", {"I:support<"}),
    ("Rao broke the record in Bhopal, officials said.", "Rao", {"I:success>"}),
    ("Rao met the minister, and the team broke the record.", "Rao", set()),  # another clause
])
def test_the_idiom_trial_names_the_class_and_side_of_an_idiom_in_the_clause(
    text: str, mention: str, expected: set[str]
) -> None:
    assert _changed("idiom", text, mention, "I:") == expected


def test_combined_trials_change_in_turn_and_join_their_vector_groups() -> None:
    joined = trials.trial("neg+bands")
    assert joined.groups == ("S", "C", "CL", "CR", "D0", "D1", "D2")
    reading, first, last, f = _features("Critics did not praise Smith today.", "Smith")
    assert joined.build is not None
    joined.build(None)(reading, first, last, f)  # type: ignore[arg-type]
    assert "S:not_praise" in f and "D0:not_praise" not in f and "D0:praise" in f
    assert not any(k.startswith("C:") for k in f)


def _corpus(root: Path) -> Path:
    lines = []
    verbs = [("slammed", "negative"), ("praised", "positive"), ("met", "neutral")]
    for k in range(60):
        verb, label = verbs[k % 3]
        text = f"Critics {verb} Smith on day {k}, and he {verb} them back."
        start = text.index("Smith")
        he = text.index(" he ") + 1
        target = {"start": start, "end": start + 5, "polarity": label,
                  "further_mentions": [[he, he + 2]]}
        lines.append(json.dumps({"id": f"t{k}", "text": text, "targets": [target]}))
    path = root / "newsmtsc-train.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_a_trial_is_scored_on_each_split_without_a_model_written(tmp_path: Path) -> None:
    path = _corpus(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    figures = trials.run(trials.TRIALS["baseline"], path, None, (0, 1))
    assert len(figures) == 2
    for pooled, alone in figures:
        assert pooled == pytest.approx(1.0) and alone == pytest.approx(1.0)  # the verb tells
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    with pytest.raises(ValueError, match="vectors"):
        trials.run(trials.TRIALS["lex"], path, None, (0,))


def test_a_factorization_machine_ties_the_crosses_into_a_low_rank_table() -> None:
    """Rank 1: for each class, the crosses' weights (roles by signs) form a matrix of rank 1,
    where free weights fitted on the same data do not."""
    import numpy as np

    data: list[train.Example] = []
    for k, (role, sign, y) in enumerate(
        [("a", "+", 2), ("a", "-", 0), ("b", "+", 0), ("b", "-", 2), ("c", "+", 1),
         ("c", "-", 2)] * 6
    ):
        data.append(({f"X:{role}|{sign}": 1.0, f"X:*|{sign}": 1.0, "S:w": 0.5}, y, k % 4))
    names = sorted(train.vocabulary_of(data))
    index = {k: i for i, k in enumerate(names)}
    x = train._Matrix(data, index)

    def table(w: np.ndarray, c: int) -> np.ndarray:
        return np.array([[w[index[f"X:{r}|{s}"], c] for s in "+-"] for r in "abc"])

    tied, _, _ = trials._tied_fit(names, 1, None)(x, len(names), 1e-3)
    free, _, _ = train._fit(x, len(names), 1e-3)
    for c in range(3):
        singular = np.linalg.svd(table(tied, c), compute_uv=False)
        assert singular[1] < 1e-9 * singular[0]
    assert max(np.linalg.svd(table(free, c), compute_uv=False)[1] for c in range(3)) > 0.1
    plain = train._fit
    with trials._fitting(trials._tied_fit(names, 1, None)):
        assert train._fit is not plain  # what train.train calls while a trial runs
    assert train._fit is plain  # the plain fit is back
