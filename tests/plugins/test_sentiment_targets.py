"""Targets from anywhere: caller ``target`` annotations, ``sentiment.target_kinds``, labels,
the target model (its reading of a sentence, its file, its load) and the evaluate target task."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import limner
import limner_evaluate
from limner_sentiment import Target, features
from limner_sentiment.features import mention_features, mention_words, read_sentence
from limner_sentiment.lexicon import build
from limner_sentiment.model import LABELS, TargetModel, load_model
from limner_sentiment.scorer import score_sentence, using
from tests.plugins.support import limner_metrics

ENRICHER = limner.Enricher(["sentiment"])


def targets_of(doc: limner.Document) -> list[limner.Annotation]:
    return [a for a in doc.select("sentiment") if a.get("scope") == "target"]


def enrich_with(text: str, *spans: tuple[int, int, str | None]) -> limner.Document:
    doc = limner.Document(text)
    doc.add([Target(start=a, end=b, name=name) for a, b, name in spans])
    return ENRICHER.enrich(doc)


def span(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


def test_each_caller_target_gets_one_sentiment_pointing_at_it() -> None:
    text = ("The embattled mayor was slammed by critics. "
            "Officials hailed Reyes for the landmark deal.")
    doc = enrich_with(text, (*span(text, "mayor"), None), (*span(text, "Reyes"), None))
    found = {doc[a.get("target")].start: a for a in targets_of(doc)}
    assert set(found) == {span(text, "mayor")[0], span(text, "Reyes")[0]}
    mayor, reyes = found[span(text, "mayor")[0]], found[span(text, "Reyes")[0]]
    assert mayor.get("label") == "negative" and mayor.score < 0
    assert reyes.get("label") == "positive" and reyes.score > 0
    for a in (mayor, reyes):
        assert a.get("name") == text[a.start : a.end]  # no name: the target's text
        assert 1 / 3 < a.get("confidence") <= 1
        assert a.get("mentions") == 1 and a.get("sentences") == 1


def test_targets_sharing_a_name_pool_into_one() -> None:
    text = "Critics slammed the mayor. Later the council praised the mayor. Reyes spoke."
    doc = enrich_with(
        text, (*span(text, "mayor"), "mayor"), (*span(text, "mayor", 1), "mayor"),
        (*span(text, "Reyes"), None),
    )
    pooled = {a.get("name"): a for a in targets_of(doc)}
    assert set(pooled) == {"mayor", "Reyes"}
    assert pooled["mayor"].get("mentions") == 2 and pooled["mayor"].get("sentences") == 2
    assert doc[pooled["mayor"].get("target")].start == span(text, "mayor")[0]  # the first


def test_who_does_what_to_whom() -> None:
    text = "Senator Hale praised Judge Ortiz for her courage."
    doc = enrich_with(text, (*span(text, "Ortiz"), None))
    (ortiz,) = targets_of(doc)
    assert ortiz.get("label") == "positive"
    text = "Police arrested Lopez after the violent attack on the village."
    (lopez,) = targets_of(enrich_with(text, (*span(text, "Lopez"), None)))
    assert lopez.get("label") == "negative"


def test_news_idiom_moves_a_target_that_vader_alone_leaves_neutral() -> None:
    text = "The embattled governor was ousted."
    with using(build({})):  # VADER's own lexicon reads nothing here
        assert score_sentence(text).score == 0
    assert score_sentence(text).score < 0  # the shipped one holds the idiom VADER lacks
    (governor,) = targets_of(enrich_with(text, (*span(text, "governor"), None)))
    assert governor.score < 0
    assert {w for w, _ in governor.get("drivers")} == {"embattled", "ousted"}


def test_the_kinds_of_target_kinds_are_targets_and_nothing_else_is() -> None:
    text = "Acme Corp was hailed for a landmark deal. Zed Ltd was slammed."

    def doc() -> limner.Document:
        d = limner.Document(text)
        d.add([limner.Annotation(kind="organization", start=0, end=9,
                                 features={"name": "Acme Corp"}),
               limner.Annotation(kind="organization", start=text.index("Zed"),
                                 end=text.index("Zed") + 7, features={"name": "Zed Ltd"}),
               limner.Annotation(kind="product", start=0, end=4)])
        return d

    found = {a.get("name"): a for a in targets_of(ENRICHER.enrich(doc()))}
    assert set(found) == {"Acme Corp", "Zed Ltd"}
    assert found["Acme Corp"].score > found["Zed Ltd"].score
    # a kind of the caller's own, which no plugin makes: said, and read
    with pytest.warns(limner.PluginWarning, match="names 'product', which no installed"):
        only = limner.Enricher(["sentiment"], config={"sentiment.target_kinds": "product"})
    assert [a.get("name") for a in targets_of(only.enrich(doc()))] == ["Acme"]
    with pytest.warns(limner.PluginWarning, match="names 'product'"):
        listed = limner.Enricher(["sentiment"], config={"sentiment.target_kinds": ["product"]})
    assert [a.get("name") for a in targets_of(listed.enrich(doc()))] == ["Acme"]
    off = limner.Enricher(["sentiment"], config={"sentiment.targets": False})
    assert targets_of(off.enrich(doc())) == []


def test_target_kinds_option_is_checked() -> None:
    with pytest.raises(limner.ConfigError, match="target_kinds"):
        limner.Enricher(["sentiment"], config={"sentiment.target_kinds": 3})
    e = limner.Enricher(["sentiment"], config={"sentiment.target_kinds": " location , ,person"})
    assert e.config.get("sentiment.target_kinds") == "location,person"


def test_every_scope_has_a_label() -> None:
    doc = ENRICHER.enrich("A wonderful day. The meeting is on Tuesday. A terrible loss.")
    labels = [(a.get("scope"), a.get("label")) for a in doc.select("sentiment")]
    assert ("sentence", "positive") in labels and ("sentence", "negative") in labels
    assert all(label in LABELS for _, label in labels)


def test_a_mention_reads_its_own_side_and_role() -> None:
    text = 'Jones attacked Smith, and Smith said "this is a wonderful day".'
    reading = read_sentence(text, score_sentence(text))
    jones = dict(mention_features(reading, *mention_words(reading, 0, 5)))
    smith = dict(mention_features(reading, *mention_words(reading, *span(text, "Smith"))))
    assert jones["role:subject"] == 1 and "role:subject" not in smith
    assert jones["near_right"] < 0 and smith["near_left"] < 0  # "attacked" on either side
    said = dict(mention_features(reading, *mention_words(reading, *span(text, "Smith", 1))))
    assert said["speaker"] == 1 and said["speaker_pos"] > 0  # its own words
    assert "RX:attacked" in jones and "LX:attacked" in smith  # the lexicon word itself
    assert not any(name.endswith((":Jones", ":and", ":this")) for name in [*jones, *said])


@pytest.mark.parametrize(("text", "target", "subject"), [
    ("The Bank of Canada held its key interest rate at 5 per cent.", "Bank of Canada", True),
    ("Karnataka Chief Minister Siddaramaiah chaired a meeting on drought relief.",
     "Siddaramaiah", True),
    ("Nigeria's Super Falcons reached the knockout stage.", "Super Falcons", True),
    ("After the vote, the Leeds Councillor Jane Doyle resigned.", "Jane Doyle", True),
    ("Residents said the Lagos State Government demolished their homes.",
     "Lagos State Government", False),
    ("Shares in Wesfarmers fell 4 per cent.", "Wesfarmers", False),
    ("Derry City beat Shamrock Rovers 2-0 at the Brandywell.", "Shamrock Rovers", False),
])
def test_a_target_after_its_determiner_or_title_is_its_clauses_subject(
        text: str, target: str, subject: bool) -> None:
    # a target given without "the" or its title is read as the span with them would be: only
    # capitalised words and "the" between the clause's start and the mention keep it the head
    reading = read_sentence(text, score_sentence(text))
    f = dict(mention_features(reading, *mention_words(reading, *span(text, target))))
    assert ("role:subject" in f) is subject


def test_only_lexicon_words_are_word_features() -> None:
    text = "The mayor of Springfield opened the new library on Tuesday."
    reading = read_sentence(text, score_sentence(text))
    mayor = dict(mention_features(reading, *mention_words(reading, *span(text, "mayor"))))
    words = {name for name in mayor if ":" in name and not name.startswith("role:")}
    assert words == set()  # no lexicon word: the model reads the role and nothing else
    text = "The mayor of Springfield hailed the new library on Tuesday."
    reading = read_sentence(text, score_sentence(text))
    mayor = dict(mention_features(reading, *mention_words(reading, *span(text, "mayor"))))
    assert "RX:hailed" in mayor and not any(n.endswith(":library") for n in mayor)


def test_mentions_inside_a_word_empty_or_past_the_end_are_read_as_a_word() -> None:
    text = "The mayor won."
    reading = read_sentence(text, score_sentence(text))
    assert mention_words(reading, 5, 5) == (1, 1)  # inside "mayor"
    assert mention_words(reading, 0, len(text)) == (0, 2)
    assert mention_words(reading, 99, 99) == (2, 2)


def test_the_model_file_is_small_and_round_trips() -> None:
    # its load time is measured by benchmarks/sentiment_targets.py; what keeps it
    # fast is the file's size, a few hundred KB of JSON read once per process
    from importlib import resources

    data = resources.files("limner_sentiment").joinpath("data/target_model.json")
    assert len(data.read_bytes()) < 1_250_000  # format 4: bag rows of eight numbers
    load_model.cache_clear()
    model = load_model()
    assert load_model() is model  # read once per process
    assert 0.5 <= model.positive <= 2 and 0.5 <= model.negative <= 2
    assert model.bags and all(len(row) == 8 for row in model.bags.values())
    again = TargetModel.from_json(json.loads(json.dumps(model.to_json())))
    assert again.weights == model.weights and again.bias == pytest.approx(model.bias, abs=1e-4)
    assert again.bags == model.bags
    with pytest.raises(ValueError, match="version"):
        TargetModel.from_json({**model.to_json(), "version": 99})
    # a file of format 3 (bag rows of four numbers, no side bags) is refused by name
    old = {**model.to_json(), "version": 3}
    old["bags"] = {k: v[:4] for k, v in old["bags"].items()}  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="version 3, expected 4"):
        TargetModel.from_json(old)
    with pytest.raises(ValueError, match="expected 8 numbers"):
        TargetModel.from_json({**old, "version": 4})
    pn, p0, pp = model.probabilities(*model.logits([("near_right", 0.5)]))
    assert pn + p0 + pp == pytest.approx(1.0)


def test_evaluate_scores_target_labels_by_part(tmp_path: Path) -> None:
    from limner_evaluate.sentiment import held_out

    ids = ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10"]
    assert any(held_out(i) for i in ids) and not all(held_out(i) for i in ids)
    rows = []
    for i in ids:
        text = "Critics slammed Smith. Jones praised the plan."
        rows.append({"id": i, "text": text, "targets": [
            {"start": 16, "end": 21, "polarity": "negative"},
            {"start": 23, "end": 28, "polarity": "positive"}]})
    path = tmp_path / "t.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (result,) = limner_evaluate.evaluate("sentiment", [path], peers=["vader"])
    limner_m, vader_m = (s.metrics for s in result.systems)
    assert limner_m is not None and vader_m is not None
    assert limner_m["targets"]["targets"] == 20
    assert limner_m["targets"]["macro_f1"] == pytest.approx(2 / 3)  # no neutral gold
    assert limner_m["targets"]["accuracy"] == 1.0
    parts = limner_m["targets"]["held_out"]["targets"] + limner_m["targets"]["training"]["targets"]
    assert parts == 20
    # vaderSentiment's score of the text stands in for each of its targets: right for one
    assert vader_m["targets"]["accuracy"] == 0.5


def _pooled_target(text: str, spans: list[tuple[int, int]]) -> limner.Annotation:
    doc = limner.Document(text)
    doc.add([limner.Annotation(kind="target", start=a, end=b, features={"name": "x"})
             for a, b in spans])
    (found,) = targets_of(ENRICHER.enrich(doc))
    return found


def test_evaluate_gives_further_mentions_as_targets_of_the_same_name() -> None:
    from limner_evaluate.sentiment import OWN_MENTIONS, Sentiment

    task = Sentiment()
    text = "Critics slammed Smith on Monday, and he apologised while Jones hid."
    smith, he, jones = span(text, "Smith"), span(text, " he ", 0), span(text, "Jones")
    he = (he[0] + 1, he[1] - 1)
    item = task.read({"id": "a", "text": text, "targets": [
        {"start": smith[0], "end": smith[1], "polarity": "negative",
         "further_mentions": [list(he), list(smith)]},  # its own span listed again: left out
        {"start": jones[0], "end": jones[1], "polarity": "neutral"}]}, 0)
    doc = task.document(item)
    assert isinstance(doc, limner.Document)
    given = [(a.start, a.end, a.get("name")) for a in doc.select("target")]
    assert OWN_MENTIONS == 2
    assert given == [(*smith, "target 1"), (*smith, "target 1"), (*he, "target 1"),
                     (*jones, "target 2")]
    # one target sentiment each, pooled: Smith's own mention twice and "he" once
    enriched = ENRICHER.enrich(doc)
    pooled = {a.get("name"): a for a in targets_of(enriched)}
    assert sorted(pooled) == ["target 1", "target 2"]
    assert pooled["target 1"].get("mentions") == 3
    alone = _pooled_target(text, [smith]).score, _pooled_target(text, [he]).score
    assert pooled["target 1"].score == pytest.approx((2 * alone[0] + alone[1]) / 3, abs=2e-4)
    assert task.from_doc(enriched) == {n: a.get("label") for n, a in pooled.items()}
    with pytest.raises(ValueError, match="further_mentions"):
        task.read({"id": "b", "text": text, "targets": [
            {"start": 0, "end": 7, "polarity": "neutral", "further_mentions": [[1, 2, 3]]}]}, 0)


def test_evaluate_scores_a_target_with_its_further_mentions(tmp_path: Path) -> None:
    text = ("Smith said on Monday that the budget would be published next week, "
            "and his rivals praised him warmly.")
    smith, him = span(text, "Smith"), span(text, "him")
    # with the shipped model, Smith's own mention alone reads neutral, "him" positive
    assert _pooled_target(text, [smith]).get("label") == "neutral"
    assert _pooled_target(text, [smith, smith, him]).get("label") == "positive"
    rows = [{"id": "a", "text": text, "targets": [
        {"start": smith[0], "end": smith[1], "polarity": "positive", "further_mentions": more}]}
        for more in ([], [list(him)])]
    for k, row in enumerate(rows):
        path = tmp_path / f"{k}.jsonl"
        path.write_text(json.dumps(row) + "\n", encoding="utf-8")
        (result,) = limner_evaluate.evaluate("sentiment", [path])
        (system,) = result.systems
        assert system.metrics is not None
        assert system.metrics["targets"]["accuracy"] == k  # right only with "him"


@pytest.mark.slow
def test_target_macro_f1_on_newsmtsc_beats_the_sentence_score() -> None:
    m = limner_metrics("sentiment", "newsmtsc/newsmtsc-train.jsonl")
    # reached: held-out fifth 0.680, training part 0.826, each target with its further
    # mentions (`limner evaluate sentiment`); the issue asks 0.68 of the held-out fifth
    assert m["targets"]["held_out"]["macro_f1"] >= 0.67
    assert m["targets"]["training"]["macro_f1"] >= 0.80


_SPECIAL_WORDS = sorted(features._SPECIAL_WORDS)
# the reference: a token (a run without white space) that is the special word once
# the punctuation around it is stripped
_TOKEN = re.compile(r"\S+")
_PUNCTUATION = string.punctuation + "“”‘’«»—–…"


@given(st.lists(st.one_of(st.sampled_from(_SPECIAL_WORDS),
                          st.sampled_from(["Said", "not", "never", "X2", "-", "'", "said-so",
                                           "good", "Jones", "”", ",", "."])),
                max_size=12),
       st.lists(st.sampled_from([" ", "", "  ", "\n"]), min_size=12, max_size=12))
@example(["Jones", "'", "said", "it", "-", "but"], [" ", "", " ", " ", "", ""] + [""] * 6)
def test_special_words_are_found_as_whole_tokens(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    reading = read_sentence(text, score_sentence(text))
    speech, turns = [], []
    for i, m in enumerate(_TOKEN.finditer(text)):
        word = m.group().strip(_PUNCTUATION)
        if word in features.SPEECH:
            speech.append(i)
        if word in features._TURN:
            turns.append(i)
    assert reading.speech == speech
    assert reading.turn == min(turns, default=len(reading.spans))


def _logits_both_ways(text: str, start: int, end: int) -> tuple[tuple[float, float], ...]:
    """A mention's logits from the named features (as trained) and from the tables."""
    from limner_sentiment.context import window_features
    from limner_sentiment.logits import mention_logits, tables

    model = load_model()
    reading = read_sentence(text, score_sentence(text))
    if not reading.spans:
        return ()
    first, last = mention_words(reading, start, end)
    shared = (0.25, -0.5)
    named = model.add_logits(
        window_features(reading.tokens, first, last),
        *model.logits(mention_features(reading, first, last), shared),
    )
    return named, mention_logits(tables(model), reading, first, last, *shared)


def test_the_tables_sum_what_the_named_features_sum_on_newsmtsc() -> None:
    from tests.conftest import corpus_path

    path = corpus_path("newsmtsc/newsmtsc-train.jsonl")
    checked = 0
    with path.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if n % 7:  # every seventh sentence: about 1,250, all of a mention's paths
                continue
            row = json.loads(line)
            for t in row["targets"]:
                named, tabled = _logits_both_ways(row["text"], t["start"], t["end"])
                assert tabled == pytest.approx(named, abs=1e-12), (row["text"], t)
                checked += 1
    assert checked > 1000


@given(st.lists(st.sampled_from([
    "Smith", "said", "by", "was", "attacked", "praised", "against", "with", "but", "not",
    "embattled", "slammed", "“great”", '"bad', 'news,"', "the", "good", "terrible", ",",
    "hero", "told", "despite", "-", "3", "http://x", "a_b",
]), min_size=1, max_size=20), st.integers(0, 30), st.integers(0, 6))
def test_the_tables_sum_what_the_named_features_sum(words: list[str], at: int, size: int) -> None:
    text = " ".join(words)
    start = min(at, len(text))
    both = _logits_both_ways(text, start, min(len(text), start + size))
    if both:
        assert both[1] == pytest.approx(both[0], abs=1e-12)


def test_a_caller_target_repeated_on_one_span_reads_as_the_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each caller target gets its own annotation; a span given again is scored once and
    labelled as the model labels its probabilities, its confidence that label's."""
    from limner_sentiment import targets as target_module

    text = ("Officials hailed Reyes for the landmark deal. Critics slammed the mayor over "
            "the scandal. Reyes spoke.")
    read = target_module.read
    sentences: list[tuple[int, object]] = []  # (sentence start, its reading)

    def reading(sentence: str, *rest: object) -> object:
        made = read(sentence, *rest)  # type: ignore[arg-type]
        sentences.append((text.index(sentence), made))
        return made

    monkeypatch.setattr(target_module, "read", reading)
    spans = [span(text, "Reyes"), span(text, "Reyes"), span(text, "mayor"),
             span(text, "Reyes", 1), span(text, "Reyes")]
    doc = enrich_with(text, *((a, b, None) for a, b in spans))
    found = targets_of(doc)
    assert sorted((a.start, a.end) for a in found) == sorted(spans)
    assert len({a.get("target") for a in found}) == 5  # each its own annotation
    first = [a for a in found if (a.start, a.end) == span(text, "Reyes")]
    assert len(first) == 3
    for a in first[1:]:
        for key in ("score", "label", "confidence", "drivers", "name", "mentions"):
            assert a.get(key) == first[0].get(key)
    assert len(sentences) == 3  # each sentence holding a target read once
    model = load_model()
    for a in found:
        base, sentence = max((s for s in sentences if s[0] <= a.start), key=lambda s: s[0])
        pn, p0, pp, _ = sentence.at(a.start - base, a.end - base)  # type: ignore[attr-defined]
        label = model.label(pn, p0, pp)
        assert a.get("label") == label
        assert a.get("confidence") == round(
            {"negative": pn, "neutral": p0, "positive": pp}[label], 4)
        assert a.score == round(pp - pn, 4)


def _collected(found: list[object]) -> list[object]:
    """``collect_targets``'s answer as comparable values: an annotation by its id, a
    pooled target by its name, its mentions' ids and its quotes."""
    from limner_sentiment import targets as target_module

    return [
        (t.name, [m.id for m in t.mentions], t.own_quotes)
        if type(t) is target_module._Target else t.id  # type: ignore[attr-defined]
        for t in found
    ]


@pytest.mark.parametrize("named", [(), (1,), (0, 2)])
@pytest.mark.parametrize("others", [False, True])
def test_unnamed_caller_targets_are_collected_as_the_loop_collects_them(
    monkeypatch: pytest.MonkeyPatch, named: tuple[int, ...], others: bool
) -> None:
    """A caller's targets, none named, are kept by C-level passes: the same targets in the
    same order as the loop over them gives (the loop is what reads a named one), with
    the places and quoted speakers after them."""
    from limner_sentiment import targets as target_module

    text = ('Officials hailed Reyes for the deal. "It is a disgrace," said Ortiz in Lima. '
            "Critics slammed Reyes in Lima.")
    spans = [span(text, "Reyes"), span(text, "Officials"), span(text, "Reyes", 1),
             span(text, "Critics")]
    doc = limner.Document(text)
    doc.add([Target(start=a, end=b, name="Reyes" if i in named else None)
             for i, (a, b) in enumerate(spans)])
    if others:
        lima = [limner.Annotation(kind="location", start=a, end=b, features={"name": "Lima"})
                for a, b in (span(text, "Lima"), span(text, "Lima", 1))]
        ortiz = limner.Annotation(kind="person", start=span(text, "Ortiz")[0],
                                  end=span(text, "Ortiz")[1], features={"name": "Ortiz"})
        stored = doc.add([*lima, ortiz])
        doc.add([limner.Annotation(kind="quote", start=0 + text.index('"'),
                                   end=text.index('"', text.index('"') + 1) + 1,
                                   features={"speaker": "Ortiz",
                                             "speaker_mention": stored[-1].id})])
    kinds = ("location", "person", "organization")
    fast = _collected(target_module.collect_targets(doc, kinds))
    monkeypatch.setattr(target_module, "_TARGET_CLASS", set())  # the loop, for every target
    assert fast == _collected(target_module.collect_targets(doc, kinds))
    assert len(fast) == len(spans) - max(0, len(named) - 1) + (2 if others else 0)
