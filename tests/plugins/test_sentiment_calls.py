"""A writer's call in the document score (limner_sentiment.aggregate.called): a call to
end the subject ("It is time to scrap it") or to keep it ("It should be extended") is the
writer's stance toward it, read against the tone of the events the text recounts; and an
answer to a view the sentence before reports (limner_sentiment.aggregate.answered: "Critics
called the plan a disaster. They were wrong.") is the writer's verdict on that view."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import limner
from limner_sentiment.aggregate import CALL, answer, answered, call, called
from limner_sentiment.annotator import label

ENRICHER = limner.Enricher(["sentiment"])
#: Short opinion passages labelled for the writer's stance before limner was run on them
#: (``data/sentiment_calls.json``): 9 of 24 read right by the document score before the
#: calls were read, 18 after.
PASSAGES = Path(__file__).parent / "data" / "sentiment_calls.json"
#: Short opinion passages that report a view and answer it, beside the same words in other
#: senses, labelled before limner was run on them (``data/sentiment_rebuttals.json``): 14
#: of 30 read right by the document score before the answers were read, 27 after.
ANSWERS = Path(__file__).parent / "data" / "sentiment_rebuttals.json"


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


def test_the_written_answers_to_views_are_read_for_the_writers_stance() -> None:
    passages = json.loads(ANSWERS.read_text("utf-8"))["passages"]
    assert len(passages) == 30
    right = [label(_document(p["text"]).get("score")) == p["label"] for p in passages]
    assert sum(right) >= 27, [p["text"] for p, r in zip(passages, right, strict=True) if not r]


def test_an_answer_rejects_or_takes_up_the_view_before_it() -> None:
    assert answer(_w("they were wrong.")) == (0, 3, -1.0)
    assert answer(_w("it will not.")) == (0, 3, -1.0)
    assert answer(_w("it won't.")) == (0, 2, -1.0)
    assert answer(_w("that is simply not true.")) == (0, 5, -1.0)
    assert answer(_w("it did nothing of the kind.")) == (0, 6, -1.0)
    assert answer(_w("the figures say otherwise.")) == (0, 4, -1.0)
    assert answer(_w("the evidence from ontario suggests they are wrong.")) == (5, 8, -1.0)
    assert answer(_w("they could not have been more wrong.")) == (0, 7, -1.0)
    assert answer(_w("they are right.")) == (0, 3, 1.0)
    assert answer(_w("rightly so.")) == (0, 2, 1.0)
    # a negation turns a verdict
    assert answer(_w("they are not wrong.")) == (0, 4, 1.0)
    # a noun after a determiner at the head
    assert answer(_w("the critics were wrong.")) == (1, 4, -1.0)


def test_what_answers_no_view_is_not_read() -> None:
    # a call, a verdict with a noun phrase of its own, a negation of another thing, a
    # verdict that does not close its clause, a long sentence, agreement with "so"
    assert answer(_w("they were wrong to wait.")) is None
    assert answer(_w("the printed times were wrong for a week.")) is None
    assert answer(_w("it does not matter.")) is None
    assert answer(_w("it is kind.")) is None
    assert answer(_w("it is so.")) is None
    assert answer(_w("the new system is wrong.")) is None
    assert answer(_w("they were wrong.")[:1]) is None
    long = _w("after months of talks and three false starts the unions were not wrong.")
    assert answer(long) is None


def test_an_answer_turns_the_views_words_from_the_word_that_tells_it() -> None:
    before = _w("when the lunches came in critics called them costly.")
    held = ((2, "lunches", 0.5), (5, "critics", -0.9), (8, "costly", -1.0))
    read = answered(
        before,
        "When the lunches came in, critics called them costly.",
        held,
        _w("they were wrong."),
        ((2, "wrong", -1.7),),
    )
    assert read is not None
    turned, change, kept, dropped = read
    # the view, from "critics", counts against itself; "lunches" before it is untouched
    assert turned == ((2, "lunches", 0.5), (5, "critics", 0.9), (8, "costly", 1.0))
    assert change == 3.8
    assert kept == () and dropped == 1.7
    # taken up, the view counts twice
    read = answered(before, "", held, _w("they are right."), ())
    assert read is not None and read[1] == -1.9
    # no view told before (no verb of saying, no quotation marks), or one of no tone
    assert (
        answered(
            _w("the plan is costly."),
            "The plan is costly.",
            ((3, "costly", -1.0),),
            _w("they were wrong."),
            (),
        )
        is None
    )
    assert answered(before, "", ((2, "lunches", 0.5),), _w("they were wrong."), ()) is None
    # quotation marks tell a view without a verb
    assert (
        answered(
            _w("costly the sign read."),
            '"Costly," the sign read.',
            ((0, "costly", -1.0),),
            _w("it is not."),
            (),
        )
        is not None
    )
    # a view told in the negative, answered by a negation alone: agreement
    never = _w("critics said the bridge would never open.")
    read = answered(never, "", ((0, "critics", -0.9),), _w("it did not."), ())
    assert read is not None and read[1] == -0.9


def test_an_answer_counts_in_the_document_alone() -> None:
    text = "Opposition MPs called the budget reckless and cruel. They were wrong."
    doc = ENRICHER.enrich(text)
    scores = {
        a.get("scope"): a.get("score")
        for a in doc.select("sentiment")
        if a.get("scope") != "sentence"
    }
    sentences = [a.get("score") for a in doc.select("sentiment") if a.get("scope") == "sentence"]
    assert scores["document"] > 0 and all(s < 0 for s in sentences)
    # without a view before it, "They were wrong." is read as its words
    assert _document("The budget is here. They were wrong.").get("score") < 0
