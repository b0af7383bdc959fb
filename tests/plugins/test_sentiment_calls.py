"""A writer's call in the document score (limner_sentiment.aggregate.called): a call to
end the subject ("It is time to scrap it") or to keep it ("It should be extended") is the
writer's stance toward it, read against the tone of the events the text recounts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import limner
from limner_sentiment.aggregate import CALL, call, called
from limner_sentiment.annotator import label

ENRICHER = limner.Enricher(["sentiment"])
#: Short opinion passages labelled for the writer's stance before limner was run on them
#: (``data/sentiment_calls.json``): 9 of 24 read right by the document score before the
#: calls were read, 18 after.
PASSAGES = Path(__file__).parent / "data" / "sentiment_calls.json"


def _w(text: str) -> list[str]:
    """A sentence's words as the scorer's cleaned text splits them (lower case, a
    period left on the last)."""
    return text.split()


def _document(text: str) -> Any:
    doc = ENRICHER.enrich(text)
    (document,) = [a for a in doc.select("sentiment") if a.get("scope") == "document"]
    return document


def test_the_written_passages_are_read_for_the_writers_stance() -> None:
    passages = json.loads(PASSAGES.read_text("utf-8"))["passages"]
    assert len(passages) == 24
    right = [label(_document(p["text"]).get("score")) == p["label"] for p in passages]
    assert sum(right) >= 18, [p["text"] for p, r in zip(passages, right, strict=True) if not r]


def test_a_call_to_end_or_to_keep_the_subject_is_read_with_its_direction() -> None:
    assert called(_w("it is time to scrap it."), ()) == (2, 5, -1.0)
    assert called(_w("the scheme should be extended to every town."), ()) == (2, 5, 1.0)
    assert called(_w("the plan should now be quietly shelved."), ()) == (2, 7, -1.0)
    assert called(_w("the council should think again."), ()) == (2, 5, -1.0)
    assert called(_w("the restart should go ahead."), ()) == (2, 5, 1.0)
    assert called(_w("councillors should reject it on thursday."), ()) == (1, 3, -1.0)
    assert called(_w("the change deserves to be made permanent."), ()) == (2, 7, 1.0)
    # a negation turns it, and so does "wrong to"; "right to" after a copula judges it
    assert called(_w("the levy should not be scrapped."), ()) == (2, 6, 1.0)
    assert called(_w("it must not be allowed to go ahead."), ()) == (1, 5, -1.0)
    assert called(_w("the government was right to withdraw it."), ()) == (3, 6, -1.0)
    assert called(_w("the government was wrong to withdraw it."), ()) == (3, 6, 1.0)


def test_what_is_no_call_of_the_writers_is_not_read() -> None:
    # a call others make, an object the sentence rates itself, an idiom, a call whose
    # head is another verb, an opener without "to", a prediction
    assert called(_w("critics say the levy should be scrapped."), ()) is None
    assert called(_w("we argue that the levy should be kept."), ()) == (5, 8, 1.0)
    assert (
        called(_w("the state must end the suffering of these families."), ((5, "suffering", -2.1),))
        is None
    )
    assert called(_w("the council should keep an eye on the bills."), ()) is None
    assert called(_w("groups should keep pressing for more."), ()) is None
    assert called(_w("it is time to find other support."), ()) is None
    assert called(_w("there was no time for support."), ()) is None
    assert called(_w("the storm should pass by friday."), ()) is None


def test_a_call_replaces_its_words_shares_and_counts_in_the_document_alone() -> None:
    hits = ((2, "reject", -1.8), (5, "good", 1.9))
    read = call(_w("councillors should reject it as a good thing."), hits)
    assert read is not None
    kept, change = read
    assert kept == ((1, "should reject", -CALL), (5, "good", 1.9))
    assert change == -CALL + 1.8
    # after "but" a call weighs 1.5, as a word does
    read = call(_w("it works, but it should be scrapped."), ())
    assert read is not None and read[1] == -1.5 * CALL
    text = "The new bus lanes were fought at every meeting. Other towns should copy them."
    doc = ENRICHER.enrich(text)
    document = next(a for a in doc.select("sentiment") if a.get("scope") == "document")
    sentences = [a for a in doc.select("sentiment") if a.get("scope") == "sentence"]
    assert document.get("score") > 0 and ["should copy", CALL] in document.get("drivers")
    # the sentence's own score does not read it
    assert all("should copy" not in [d[0] for d in a.get("drivers")] for a in sentences)


def test_a_document_of_one_sentence_reads_no_call() -> None:
    # a sentence alone scores in the document as it does alone (VADER's rated snippets)
    text = "The scheme should be scrapped at once."
    doc = ENRICHER.enrich(text)
    scores = {a.get("scope"): a.get("score") for a in doc.select("sentiment")}
    assert scores.get("document") == scores.get("sentence", 0.0)
    assert _document(text + " " + text).get("score") < 0
