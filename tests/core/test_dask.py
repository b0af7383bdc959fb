"""The Dask integration, on the threaded scheduler and on a local cluster."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import limner
import limner.batch

db = pytest.importorskip("dask.bag", reason="dask is in limner's test extras")
distributed = pytest.importorskip("distributed")

from limner.dask import enrich_bag  # noqa: E402

TEXTS = [f"Report {i}. It was filed by Mr. Smith on Nov. {i % 28 + 1}." for i in range(24)]


def test_a_missing_dask_names_the_extra() -> None:
    # without Dask, enrich_bag said only "No module named 'dask'"
    code = (
        "import sys; sys.modules['dask'] = None; sys.modules['dask.bag'] = None\n"
        "from limner.dask import enrich_bag\n"
        "try:\n"
        "    enrich_bag(['One.'], plugins=[])\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "limner.dask needs Dask" in out.stdout and "pip install 'limner[dask]'" in out.stdout


def test_bag_matches_enricher_in_order() -> None:
    bag = db.from_sequence(TEXTS, npartitions=5)
    docs = enrich_bag(bag, plugins=[], kinds=["sentence"]).compute(scheduler="threads")
    expected = [limner.Enricher(plugins=[], kinds=["sentence"]).enrich(t) for t in TEXTS]
    assert docs == expected


def test_records_keep_ids_and_meta() -> None:
    bag = db.from_sequence([{"id": 7, "text": "One. Two.", "lang": "en"}], npartitions=1)
    (doc,) = enrich_bag(bag, plugins=[], kinds=["sentence"]).compute(scheduler="sync")
    assert (doc.id, doc.meta, len(doc.select("sentence"))) == ("7", {"lang": "en"}, 2)


def test_the_id_is_read_from_the_id_field_as_batch_reads_it(tmp_path: Path) -> None:
    """enrich_bag had no id_field: a corpus whose ids are in another field got ids of
    "" where `limner batch --id-field` gave each its own (and its ``id`` went to meta)."""
    records = [{"doc_id": 7, "id": "x", "text": "One. Two.", "lang": "en"},
               {"doc_id": "b", "body": "Three."}]
    bag = db.from_sequence(records[:1], npartitions=1)
    (doc,) = enrich_bag(bag, plugins=[], kinds=["sentence"], id_field="doc_id").compute(
        scheduler="sync"
    )
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(records[0]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    limner.batch.run_batch(limner.Enricher(plugins=[], kinds=["sentence"]), source, out,
                           id_field="doc_id")
    (line,) = out.read_text(encoding="utf-8").splitlines()
    assert doc == limner.Document.from_json(line)
    assert (doc.id, doc.meta) == ("7", {"id": "x", "lang": "en"})
    with pytest.raises(limner.InputError, match=r"record 'b' has no string field 'text'"):
        enrich_bag(
            db.from_sequence(records[1:]), plugins=[], id_field="doc_id", strict=True
        ).compute(scheduler="sync")


@pytest.mark.parametrize(
    ("bag", "fields", "why"),
    [(["One."], {}, r"takes a dask\.bag\.Bag, got list"),
     (None, {}, r"takes a dask\.bag\.Bag, got NoneType"),
     ("bag", {"id_field": None}, r"id_field names a field \(a str\), got None"),
     ("bag", {"text_field": ["text"]}, r"text_field names a field \(a str\)")],
)
def test_what_is_no_bag_or_no_field_name_is_a_type_error(bag, fields, why) -> None:
    """A list (not yet a bag) was a bare AttributeError ("no attribute map_partitions");
    an id_field of None read every record as one without an id."""
    given = db.from_sequence([{"id": 1, "text": "One."}]) if bag == "bag" else bag
    with pytest.raises(TypeError, match=why):
        enrich_bag(given, plugins=[], **fields)


def test_one_field_named_as_both_text_and_id_is_refused_before_any_task() -> None:
    # as limner batch refuses it (limner.batch.check_fields): every id was the whole text
    with pytest.raises(ValueError, match="both read from the field 'body'"):
        enrich_bag(db.from_sequence([{"body": "One."}]), plugins=[], text_field="body",
                   id_field="body")


def test_bad_configuration_fails_before_any_task() -> None:
    with pytest.raises(limner.ConfigError):
        enrich_bag(db.from_sequence(["x"]), plugins=[], config={"no.such": 1})


@pytest.mark.parametrize("config", [[], "", 0, [("segment.x", 1)]])
def test_a_config_that_is_no_mapping_is_refused_as_the_enricher_refuses_it(
    config: object,
) -> None:
    """``dict(config or {})`` took [] as no options, and a list of pairs as a mapping."""
    with pytest.raises(limner.ConfigError, match="config takes a mapping"):
        enrich_bag(db.from_sequence(["x"]), plugins=[], config=config)


def test_bad_record_names_itself() -> None:
    bag = db.from_sequence([{"id": "r1", "body": "x"}], npartitions=1)
    with pytest.raises(limner.InputError, match=r"'r1'.*'text'"):
        enrich_bag(bag, plugins=[], strict=True).compute(scheduler="sync")


def test_on_a_local_cluster() -> None:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        bag = db.from_sequence(TEXTS, npartitions=4)
        docs = enrich_bag(bag, plugins=[], kinds=["sentence", "token"]).compute()
    assert [d.text for d in docs] == TEXTS
    assert all(len(d.select("sentence")) == 2 and len(d.layer("token")) > 5 for d in docs)


def test_a_timeout_is_passed_to_the_workers_and_checked_first() -> None:
    with pytest.raises(limner.ConfigError, match="timeout"):
        enrich_bag(db.from_sequence(["x"]), plugins=[], timeout=-1)
    bag = db.from_sequence(TEXTS[:4], npartitions=2)
    docs = enrich_bag(bag, plugins=[], kinds=["sentence"], timeout=5).compute(scheduler="threads")
    assert [len(d.select("sentence")) for d in docs] == [2, 2, 2, 2]


def test_names_may_be_one_comma_separated_string_as_everywhere() -> None:
    bag = db.from_sequence(["One. Two."], npartitions=1)
    (doc,) = enrich_bag(bag, plugins="", kinds="sentence").compute(scheduler="sync")
    (listed,) = enrich_bag(bag, plugins=[], kinds=["sentence"]).compute(scheduler="sync")
    assert doc == listed and len(doc.select("sentence")) == 2
    (numbers,) = enrich_bag(db.from_sequence(["5 people."]), plugins="numbers",
                            disable="quotes").compute(scheduler="sync")
    assert [a.kind for a in numbers.annotations] == ["number"]


def test_an_item_that_is_neither_text_nor_record_names_itself() -> None:
    bag = db.from_sequence(["ok", 5], npartitions=1)
    with pytest.raises(limner.InputError, match=r"item 5 .*int"):
        enrich_bag(bag, plugins=[], strict=True).compute(scheduler="sync")


@pytest.mark.parametrize("rid", [True, [1], {"a": 1}])
def test_a_record_whose_id_is_no_string_or_number_is_refused_as_batch_refuses_it(
    rid: object,
) -> None:
    # the id was written as Python writes it ("True", "{'a': 1}"), where limner batch
    # sets such a record aside
    bag = db.from_sequence([{"id": rid, "text": "One."}], npartitions=1)
    with pytest.raises(limner.InputError, match=r"'id' is .*, not a string or a number"):
        enrich_bag(bag, plugins=[], strict=True).compute(scheduler="sync")
    (doc,) = enrich_bag(db.from_sequence([{"id": 2.5, "text": "One."}]), plugins=[]).compute(
        scheduler="sync"
    )
    assert doc.id == "2.5"


def test_bad_records_are_documents_that_say_why_and_the_bag_goes_on(tmp_path: Path) -> None:
    """One record without a text failed the whole bag, where limner batch sets it aside
    in its errors file and writes the others."""
    good = [{"id": f"g{i}", "text": f"Item {i}. Done."} for i in range(6)]
    items: list[object] = [*good[:2], {"id": "notext", "body": "x"}, *good[2:4],
                           {"id": True, "text": "x"}, 5, *good[4:]]
    bag = db.from_sequence(items, npartitions=3)
    docs = enrich_bag(bag, plugins=[], kinds=["sentence"]).compute(scheduler="threads")
    assert [d.id for d in docs] == ["g0", "g1", "notext", "g2", "g3", "", "", "g4", "g5"]
    bad = [d for d in docs if d.errors]
    assert [(d.text, [e.type for e in d.errors]) for d in bad] == [("", ["InputError"])] * 3
    assert [e.message for d in bad for e in d.errors] == [
        "record 'notext' has no string field 'text'",
        "record {'id': True, 'text': 'x'}: 'id' is true, not a string or a number",
        "item 5 is neither a text nor a record but int",
    ]
    assert all(len(d.select("sentence")) == 2 for d in docs if not d.errors)
    # batch sets the same records aside, with the same reasons
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps(x) + "\n" for x in items), encoding="utf-8")
    stats = limner.batch.run_batch(limner.Enricher(plugins=[], kinds=["sentence"]), source, out)
    assert (stats.written, stats.bad) == (6, 3)
    with pytest.raises(limner.InputError, match=r"no string field|not a string|neither"):
        enrich_bag(bag, plugins=[], strict=True).compute(scheduler="sync")


def test_a_limner_document_in_a_bag_is_read_as_one_and_enriched_further() -> None:
    first = limner.Enricher(plugins="numbers").enrich("Over 40 people came.", id="d1",
                                                      meta={"desk": "city"})
    broken = {**first.to_dict(), "id": "d2", "text": ""}  # its number past the text
    bag = db.from_sequence([first.to_dict(), broken], npartitions=1)
    doc, bad = enrich_bag(bag, plugins=[], kinds=["sentence"]).compute(scheduler="sync")
    assert (doc.id, doc.meta) == ("d1", {"desk": "city"})
    assert doc.select("number") == first.select("number") and doc.select("sentence")
    assert bad.id == "d2" and bad.errors[0].message.startswith(
        "record 'd2': not a limner/1 document: annotations[0]"
    )


def test_a_bag_of_documents_is_enriched_further_and_its_documents_left_as_they_were() -> None:
    """A Document (what enrich_bag makes) was an item "neither a text nor a record": in
    its place, a document of no text and an InputError, where its JSON form is read."""
    firsts = enrich_bag(db.from_sequence(TEXTS[:4], npartitions=2), plugins=[],
                        kinds=["sentence"]).compute(scheduler="sync")
    held = [limner.Document.from_json(d.to_json()) for d in firsts]
    bag = db.from_sequence(firsts, npartitions=2)
    docs = enrich_bag(bag, plugins=[], kinds=["token"]).compute(scheduler="threads")
    assert [d.text for d in docs] == TEXTS[:4] and not any(d.errors for d in docs)
    assert all(d.select("sentence") == f.select("sentence") and d.layer("token")
               for d, f in zip(docs, firsts, strict=True))
    assert firsts == held  # (a task does not change what it is given)
