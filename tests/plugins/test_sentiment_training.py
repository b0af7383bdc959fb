"""Training the target model (:mod:`limner_sentiment.train`, :mod:`limner_sentiment.vectors`).

Needs numpy, the ``train`` extra; the shipped model never does.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

np = pytest.importorskip("numpy", reason="numpy (the train extra) trains the target model")

from limner_sentiment import train, vectors  # noqa: E402
from limner_sentiment.context import NAME  # noqa: E402


def _corpus() -> list[str]:
    """Two kinds of verbs in two kinds of company, and filler words in every sentence."""
    texts = []
    for subject, verb, thing in itertools.product(
        ["Critics", "Rivals", "Voters"], ["slammed", "lambasted", "blasted"],
        ["the failed plan", "the corrupt deal", "the botched rollout"],
    ):
        texts.append(f"{subject} angrily {verb} Smith over {thing} today")
    for subject, verb, thing in itertools.product(
        ["Allies", "Donors", "Friends"], ["praised", "lauded", "hailed"],
        ["the landmark plan", "the historic deal", "the bold rollout"],
    ):
        texts.append(f"{subject} warmly {verb} Jones for {thing} today")
    return texts


def _cosine(vec: vectors.Vectors, a: str, b: str) -> float:
    index = vec.index()
    return float(vec.matrix[index[a]] @ vec.matrix[index[b]])


def test_vectors_put_words_in_the_same_company_together() -> None:
    vec = vectors.build(_corpus(), dim=4, window=2)
    assert "slammed" in vec.words and NAME in vec.words
    assert not any(w[:1].isupper() for w in vec.words)  # names are one form
    assert np.allclose(np.linalg.norm(vec.matrix, axis=1), 1.0)
    # "lambasted" keeps the company of "slammed", not that of "praised"
    assert _cosine(vec, "lambasted", "slammed") > _cosine(vec, "lambasted", "praised") + 0.5
    assert _cosine(vec, "lauded", "hailed") > _cosine(vec, "lauded", "blasted") + 0.5


def test_vectors_are_deterministic() -> None:
    one, two = vectors.build(_corpus(), dim=4), vectors.build(_corpus(), dim=4)
    assert one.words == two.words
    assert np.array_equal(one.matrix, two.matrix)


def test_vectors_of_too_little_text() -> None:
    with pytest.raises(ValueError, match="no word"):
        vectors.build(["A few words only."])
    few = vectors.build(["good bad"] * 5, dim=64)  # two words: two dimensions at most
    assert few.words == ["bad", "good"] and few.matrix.shape[0] == 2


def test_news_text_reads_every_corpus_the_held_out_fifth_left_out(tmp_path: Path) -> None:
    def write(path: Path, records: list[dict[str, str]]) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")

    write(tmp_path / "newsmtsc" / "newsmtsc-train.jsonl",
          [{"id": "kept", "text": "a kept sentence"}, {"id": "held", "text": "a held sentence"}])
    write(tmp_path / "polnear" / "polnear-train.jsonl", [{"text": "polnear one\npolnear two"}])
    write(tmp_path / "lgl" / "lgl.jsonl", [{"text": "local news"}])
    texts = list(vectors.news_text(tmp_path, lambda rid: rid == "held"))
    # PolNeAR's development file and BBC are absent here: passed over
    assert texts == ["a kept sentence", "polnear one", "polnear two", "local news"]


def _examples() -> list[train.Example]:
    """Labelled mentions whose bags hold the verbs of :func:`_corpus` (each bag word worth 0.5)."""
    data: list[train.Example] = []
    for k, (verb, y) in enumerate(
        [("slammed", 0), ("blasted", 0), ("praised", 2), ("hailed", 2), ("met", 1), ("saw", 1)] * 4
    ):
        f = {"S:" + verb: 0.5, "S:today": 0.5, "C:" + verb: 0.5, "P1:" + verb: 1.0,
             "role:subject": 1.0}
        data.append((f, y, k % 4))
    return data


def test_vectors_fold_into_word_weights_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    vec = vectors.build([*_corpus(), *["Aides met Smith and saw Jones today"] * 5], dim=4)
    data = _examples()
    names = sorted({k for f, _, _ in data for k in f})
    index = {k: i for i, k in enumerate(names)}
    embedding = train.Embedding(vec, ("S", "C", "P1"), 1e-3, prune=0.0)
    monkeypatch.setattr(train, "PRUNE", 0.0)
    x = train._Matrix(data, index, train.embedded(data, vec, embedding.groups))
    w, b, wd = train._fit(x, len(names), 1e-3, embedding.l2)
    z = x.logits(w, b, wd)
    z -= z.max(axis=1, keepdims=True)
    direct = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    folded = train._model(names, w - w[:, 1:2], b - b[1], embedding, wd - wd[:, 1:2])
    # the dense features are gone: their weights live in the words' bag and window weights
    assert np.allclose(np.array(train.probabilities(folded, data)), direct, atol=1e-9)
    # a word never labelled gets weights from its vector: "lambasted" is read as "slammed"
    assert "lambasted" in folded.bags and "P1:lambasted" in folded.weights
    unseen = [({"S:lambasted": 0.5, "S:today": 0.5, "C:lambasted": 0.5, "P1:lambasted": 1.0,
                "role:subject": 1.0}, 0, 0)]
    pn, _, pp = train.probabilities(folded, unseen)[0]
    assert pn > pp


def test_an_extra_example_weighs_as_told() -> None:
    """Further mentions join the fit with their weight: weight 2 counts as two copies."""
    data = _examples()
    vocabulary = {k for f, _, _ in data for k in f}
    extra = [({"S:slammed": 0.5, "S:today": 0.5, "P1:hailed": 1.0}, 0, 1)]
    twice = train.train(data, vocabulary, 1e-3, None, extra, 2.0)
    copies = train.train([*data, *extra, *extra], vocabulary, 1e-3, None)
    once = train.train(data, vocabulary, 1e-3, None, extra, 1.0)
    alone = train.train(data, vocabulary, 1e-3, None)
    probe = [*data, *extra]
    assert np.allclose(train.probabilities(twice, probe), train.probabilities(copies, probe),
                       atol=1e-6)
    # the extra example moves the model, more at weight 2 than at 1
    hailed = [m.weights["P1:hailed"][0] for m in (alone, once, twice)]
    assert hailed[0] < hailed[1] < hailed[2]
    # cross-validation scores the data only, the extra examples fitted in the other folds
    assert len(train.cross_validate(data, vocabulary, 1e-3, None, extra, 1.0)) == len(data)


def test_further_mentions_are_read_from_the_training_part_only(tmp_path: Path) -> None:
    ids = [f"s{k}" for k in range(40)]
    held = next(i for i in ids if train.held_out(i))
    kept = next(i for i in ids if not train.held_out(i))
    text = "Smith said he would stay, and Smith thanked Jones."
    target = {"start": 0, "end": 5, "mention": "Smith", "polarity": "positive",
              "further_mentions": [[11, 13], [30, 35]]}
    other = {"start": 45, "end": 50, "mention": "Jones", "polarity": "neutral",
             "further_mentions": []}
    path = tmp_path / "newsmtsc-train.jsonl"
    path.write_text("".join(
        json.dumps({"id": i, "text": text, "targets": [target, other], "split": "train"}) + "\n"
        for i in (held, kept)
    ))
    further = train.further_mentions(path)
    assert [(y, k) for _, y, k in further] == [(2, train.fold(kept))] * 2  # "he", "Smith" again
    he, smith = (f for f, _, _ in further)
    assert he["P1:said"] == 1.0 and he["N1:would"] == 1.0  # read where it stands
    assert smith["N1:thanked"] == 1.0
    trained, checked, _ = train.read_corpus(path)
    assert len(trained) == len(checked) == 2  # the targets themselves, as before


def _corpora(root: Path) -> Path:
    """A small NewsMTSC-shaped corpus: 48 sentences, a target and a further mention each."""
    lines = []
    verbs = [("slammed", "negative"), ("praised", "positive"), ("met", "neutral")]
    for k in range(48):
        verb, label = verbs[k % 3]
        text = f"Critics {verb} Smith on day {k}, and he {verb} them back."
        start = text.index("Smith")
        he = text.index(" he ") + 1
        target = {"start": start, "end": start + 5, "mention": "Smith", "polarity": label,
                  "further_mentions": [[he, he + 2]]}
        lines.append(json.dumps({"id": f"t{k}", "text": text, "targets": [target],
                                 "split": "train"}))
    folder = root / "newsmtsc"
    folder.mkdir(parents=True)
    (folder / "newsmtsc-train.jsonl").write_text("\n".join(lines) + "\n")
    return root


def test_the_training_script_writes_a_model_deterministically(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from limner_sentiment.model import TargetModel

    root = _corpora(tmp_path / "corpora")
    one, two, none = tmp_path / "one.json", tmp_path / "two.json", tmp_path / "none.json"
    assert train.main([str(root), "--dim", "0", "--output", str(one)]) == 0
    printed = capsys.readouterr().out
    held = sum(train.held_out(f"t{k}") for k in range(48))
    assert f"further mentions: {48 - held}, weighing {train.FURTHER} each" in printed
    assert "held-out fifth" in printed and "cross-validation" in printed
    assert train.main([str(root), "--dim", "0", "--output", str(two)]) == 0
    capsys.readouterr()
    assert train.main([str(root), "--dim", "0", "--further", "0", "--output", str(none)]) == 0
    assert "further mentions:" not in capsys.readouterr().out
    assert one.read_bytes() == two.read_bytes()  # the same corpus, the same file
    assert one.read_bytes() != none.read_bytes()  # the further mentions moved the weights
    model = TargetModel.from_json(json.loads(one.read_text()))
    assert model.weights["P1:slammed"][0] > model.weights["P1:praised"][0]


def test_the_steps_of_the_fit_are_an_option_and_leave_the_default_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _corpora(tmp_path / "corpora")
    fewer, usual = tmp_path / "fewer.json", tmp_path / "usual.json"
    steps = train.STEPS
    assert train.main([str(root), "--dim", "0", "--steps", "20", "--output", str(fewer)]) == 0
    assert steps == train.STEPS
    assert train.main([str(root), "--dim", "0", "--output", str(usual)]) == 0
    assert fewer.read_bytes() != usual.read_bytes()
    with pytest.raises(SystemExit) as stopped:
        train.main([str(root), "--steps", "0", "--output", str(fewer)])
    assert stopped.value.code == 2
    capsys.readouterr()


def test_a_targets_own_span_is_not_one_of_its_further_mentions() -> None:
    text = "Critics slammed Smith, and he said nothing."
    at, at_he = text.index("Smith"), text.index("he ")
    smith, he = (at, at + 5), (at_he, at_he + 2)
    target = {"start": smith[0], "end": smith[1], "polarity": "negative",
              "further_mentions": [list(smith), list(he)]}
    (only,) = train.examples(text, [target], further=True)
    (alone,) = train.examples(text, [{**target, "start": he[0], "end": he[1]}])
    assert only == alone  # the mention "he", not Smith again
    with pytest.raises(ValueError, match="further_mentions"):
        train.examples(text, [{**target, "further_mentions": "3 9"}], further=True)


def test_read_parts_links_each_further_mention_to_its_target(tmp_path: Path) -> None:
    ids = [f"s{k}" for k in range(40)]
    held = next(i for i in ids if train.held_out(i))
    kept = next(i for i in ids if not train.held_out(i))
    text = "Smith said he would stay, and Smith thanked Jones."
    smith = {"start": 0, "end": 5, "polarity": "positive",
             "further_mentions": [[11, 13], [0, 5], [30, 35]]}
    jones = {"start": 44, "end": 49, "polarity": "neutral", "further_mentions": []}
    path = tmp_path / "newsmtsc-train.jsonl"
    path.write_text("".join(
        json.dumps({"id": i, "text": text, "targets": targets}) + "\n"
        for i, targets in ((kept, [jones, smith]), (held, [smith, jones]))
    ))
    trained, checked = train.read_parts(path)
    # the further mentions ("he", "Smith" again; not Smith's own span) point at Smith
    assert [y for _, y, _ in trained.examples] == [1, 2]
    assert trained.owners == [1, 1] and checked.owners == [0, 0]
    assert len(checked.examples) == 2 and len(checked.further) == 2
    assert trained.further[0][0]["P1:said"] == 1.0  # "he", read where it stands
    # the same examples as read_corpus gives
    examples, _, _ = train.read_corpus(path)
    assert examples == trained.examples


def test_the_fold_splits_cut_the_same_sentences_differently() -> None:
    ids = [f"s{k}" for k in range(200)]
    cuts = [[train.fold(i, split) for i in ids] for split in range(train.SPLITS)]
    assert cuts[0] == [train.fold(i) for i in ids]
    for cut in cuts:
        assert set(cut) == set(range(train.FOLDS))
    assert cuts[0] != cuts[1] and cuts[1] != cuts[2] and cuts[0] != cuts[2]
    with pytest.raises(ValueError, match="split"):
        train.fold("s1", train.SPLITS)


def test_pooled_weighs_a_targets_own_mention_as_told() -> None:
    probs = [(0.2, 0.6, 0.2), (0.1, 0.1, 0.8)]
    further = [(0.8, 0.1, 0.1), (0.5, 0.5, 0.0)]
    pooled = train.pooled(probs, further, [0, 0], 2.0)
    # the first target: its own twice and both further mentions once, over four
    assert pooled[0] == pytest.approx((0.4 + 0.8 + 0.5, 1.2 + 0.1 + 0.5, 0.4 + 0.1) / np.array(4))
    assert pooled[1] == probs[1]  # no further mention
    assert train.pooled(probs, further, [0, 0], 1.0)[0] == pytest.approx((0.5, 0.4, 0.1))
    assert train.pooled(probs, further, [0, 0], 0.0) == probs  # 0: each target alone
    with pytest.raises(ValueError, match="owners"):
        train.pooled(probs, further, [0], 2.0)  # a further mention with no owner


def test_the_evaluator_weighs_a_targets_own_span_as_the_training_script_does() -> None:
    from limner_evaluate.sentiment import OWN_MENTIONS

    assert float(OWN_MENTIONS) == train.POOL_OWN


def test_cross_validation_scores_further_mentions_by_the_fits_without_their_fold() -> None:
    data = _examples()
    vocabulary = {k for f, _, _ in data for k in f}
    scored = [({**data[0][0]}, data[0][1], data[0][2])]
    probs, more = train.cross_validate_mentions(data, scored, vocabulary, 1e-3)
    assert probs == train.cross_validate(data, vocabulary, 1e-3)
    assert more == [probs[0]]  # the same features, the same fold: the same fit


@pytest.mark.parametrize("weight", ["-0.5", "nan", "inf"])
def test_a_further_weight_that_is_no_weight_is_refused_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], weight: str
) -> None:
    root = _corpora(tmp_path / "corpora")
    out = tmp_path / "model.json"
    with pytest.raises(SystemExit) as stopped:
        train.main([str(root), "--dim", "0", "--further", weight, "--output", str(out)])
    assert stopped.value.code == 2
    assert "--further" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("weight", [-1.0, float("nan"), float("inf")])
def test_train_refuses_an_extra_weight_that_is_no_weight(weight: float) -> None:
    data = _examples()
    vocabulary = {k for f, _, _ in data for k in f}
    extra = [({"P1:hailed": 1.0}, 2, 0)]
    with pytest.raises(ValueError, match="extra_weight"):
        train.train(data, vocabulary, 1e-3, None, extra, weight)


def test_training_names_the_vector_corpora_it_passes_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _corpora(tmp_path / "corpora")
    (root / "bbc").mkdir()
    (root / "bbc" / "bbc.jsonl").write_text(json.dumps({"text": "Critics met Smith."}) + "\n")
    assert vectors.absent(root) == [
        "polnear/polnear-train.jsonl", "polnear/polnear-dev.jsonl", "lgl/lgl.jsonl"]
    out = tmp_path / "model.json"
    assert train.main([str(root), "--output", str(out)]) == 0
    err = capsys.readouterr().err
    # a model trained without them is not the shipped one: the run says so, by name
    for name in ("polnear/polnear-train.jsonl", "polnear/polnear-dev.jsonl", "lgl/lgl.jsonl"):
        assert name in err
    assert "bbc/bbc.jsonl" not in err and "differ" in err
    assert out.is_file()
    assert train.main([str(root), "--dim", "0", "--output", str(out)]) == 0
    assert capsys.readouterr().err == ""  # no vectors, nothing passed over


def test_training_without_the_newsmtsc_file_says_which_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "model.json"
    with pytest.raises(SystemExit) as stopped:
        train.main([str(tmp_path), "--output", str(out)])
    assert stopped.value.code == 2
    assert "newsmtsc/newsmtsc-train.jsonl" in capsys.readouterr().err
    assert not out.exists()


def test_pool_0_trains_on_each_target_alone_though_targets_have_further_mentions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from limner_sentiment.model import TargetModel

    root = _corpora(tmp_path / "corpora")  # every target has a further mention
    out = tmp_path / "alone.json"
    assert train.main([str(root), "--dim", "0", "--pool", "0", "--output", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "cross-validation macro-F1" in printed and "held-out fifth" in printed
    assert "with their" not in printed and "; alone" not in printed  # nothing pooled
    assert TargetModel.from_json(json.loads(out.read_text())).weights


def test_l2_fixes_the_penalty_without_the_grid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _corpora(tmp_path / "corpora")
    fixed, grid = tmp_path / "fixed.json", tmp_path / "grid.json"
    assert train.main([str(root), "--dim", "0", "--l2", "0.001", "--output", str(fixed)]) == 0
    printed = capsys.readouterr().out
    assert printed.count("cross-validation") == 1 and "L2 fixed: 0.001" in printed
    assert train.main([str(root), "--dim", "0", "--output", str(grid)]) == 0
    printed = capsys.readouterr().out
    assert printed.count("cross-validation") == len(train.L2_GRID) and "L2 chosen" in printed
    for bad in ("-1", "nan", "inf"):
        with pytest.raises(SystemExit) as stopped:
            train.main([str(root), "--dim", "0", "--l2", bad, "--output", str(fixed)])
        assert stopped.value.code == 2 and "--l2" in capsys.readouterr().err
