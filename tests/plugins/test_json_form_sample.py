"""The sample of docs/json-format.md is what limner writes for the seed article."""

from __future__ import annotations

import json
import re
from pathlib import Path

import limner

PAGE = Path(__file__).resolve().parents[2] / "docs" / "json-format.md"


def test_the_json_forms_sample_is_the_seed_articles(seed_text: str) -> None:
    """The sample gave the seed's document a score of -0.21 (it is positive) and ids,
    a place's feature and a speaker's mention that the seed no longer has: a new user
    comparing it with `limner enrich` found neither.  Each field it shows is the run's."""
    block = re.search(r"```json\n(.*?)```", PAGE.read_text("utf-8"), re.S)
    assert block is not None
    sample = json.loads(block.group(1))
    written = json.loads(limner.enrich(seed_text).to_json(layers=False))
    by_id = {a["id"]: a for a in written["annotations"]}
    assert sample["annotations"]
    for shown in sample["annotations"]:
        assert shown["id"] in by_id, shown
        made = by_id[shown["id"]]
        assert {key: made.get(key) for key in shown} == shown


def test_a_saved_document_enriched_again_is_the_same(seed_text: str) -> None:
    """The seed has quotes and speakers but no sources: saved and enriched again, the
    quotes annotator (which makes all three kinds) lacked a kind, ran again, and added
    its six quotes and four people a second time."""
    enricher = limner.Enricher()
    written = enricher.enrich(seed_text).to_json()
    assert '"kind": "quote"' in written and '"kind": "source"' not in written
    again = enricher.enrich(limner.Document.from_json(written))
    assert again.to_json() == written
