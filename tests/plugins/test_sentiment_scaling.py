"""sentiment stays linear: work counted at n and 2n of pathological generators.

Time is not asserted (noisy on a shared machine); the work is.  :func:`work`
counts the Python calls and the calls into C a run makes (``sys.setprofile``),
and apart the scans of a whole list (``list.index``, ``list.count``), whose
cost is the list's length.  A linear run does about twice the work at 2n;
a quadratic one four times.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

import limner
from limner_sentiment import Target, phrases
from limner_sentiment.lexicon import load
from limner_sentiment.scorer import score_sentence
from tests.scaling import assert_linear

# a linear run at 2n does at most this many times the work at n (quadratic: 4)
RATIO = 2.5


class Work:
    """What a run did: Python calls, C calls, whole-list scans, and the characters of
    the strings searched (``str.count``, ``find``, ``index``: each call counts its
    string's length, what a search without bounds passes over)."""

    def __init__(self) -> None:
        self.calls = 0
        self.scans = 0
        self.searched = 0

    def __call__(self, frame: FrameType, event: str, arg: Any) -> None:
        if event in ("call", "c_call"):
            self.calls += 1
            if event == "c_call" and getattr(arg, "__name__", "") in _SEARCHES:
                owner = getattr(arg, "__self__", None)
                if isinstance(owner, list) and arg.__name__ != "find":
                    self.scans += 1
                elif isinstance(owner, str):
                    self.searched += len(owner)


_SEARCHES = frozenset({"index", "count", "find"})


def work(run: Callable[[], object]) -> Work:
    counted = Work()
    sys.setprofile(counted)
    try:
        run()
    finally:
        sys.setprofile(None)
    return counted


@pytest.fixture(scope="module")
def enricher() -> limner.Enricher:
    e = limner.Enricher(plugins=["sentiment"])
    e.enrich("Warm up: load the lexicon and the model. Nice.")
    return e


def lexicon_words() -> list[str]:
    """VADER's plain lower-case words, in a fixed order."""
    return sorted(w for w in load().valence if w.isalpha() and w.islower())


def places(n: int, quoted: bool = False) -> limner.Document:
    """One sentence naming ``n`` distinct places, each a target, each after a lexicon word
    (with ``quoted``, each in quotation marks)."""
    words = lexicon_words()
    parts = []
    targets = []
    offset = 0
    for i in range(n):
        name = f"Place{i}"
        part = f'{words[i % len(words)]} "{name}"' if quoted else f"{words[i % len(words)]} {name}"
        start = offset + len(part) - len(name) - quoted
        targets.append(Target(start=start, end=start + len(name), name=name))
        parts.append(part)
        offset += len(part) + 1
    doc = limner.Document(" ".join(parts) + ".")
    doc.add(targets)
    return doc


def test_capitalised_lexicon_words_in_a_long_sentence_are_linear(
    enricher: limner.Enricher,
) -> None:
    """Issue 19, item 1: "GOOD bad " * n once rescanned the sentence for every capital."""
    small = work(lambda: enricher.enrich("GOOD bad " * 2000))
    large = work(lambda: enricher.enrich("GOOD bad " * 4000))
    assert large.calls <= RATIO * small.calls
    doc = enricher.enrich("GOOD bad " * 2000)
    (document,) = [a for a in doc.select("sentiment") if a.get("scope") == "document"]
    # the emphasis still applies (capitals are half of the words, a minority)
    drivers = dict(document.get("drivers"))
    assert drivers["good"] / 2000 > load().valence["good"] > 0


@pytest.mark.parametrize("quoted", [False, True], ids=["plain", "quoted"])
def test_many_targets_in_one_sentence_are_linear(enricher: limner.Enricher, quoted: bool) -> None:
    """Issue 19, item 3: each target once rescanned every lexicon word of its sentence;
    and located its words by counting the spaces before it (or joining the words
    before it, in a sentence with quotation marks), a pass over the sentence each."""
    small_doc, large_doc = places(1000, quoted), places(2000, quoted)
    small = work(lambda: enricher.enrich(small_doc))
    large = work(lambda: enricher.enrich(large_doc))
    assert large.calls <= RATIO * small.calls
    assert large.searched <= RATIO * small.searched
    out = enricher.enrich(places(2000, quoted))
    targets = [a for a in out.select("sentiment") if a.get("scope") == "target"]
    assert len(targets) == 2000


def test_many_distinct_lexicon_words_are_found_in_one_pass(enricher: limner.Enricher) -> None:
    """Issue 19, item 3: each distinct lexicon word once cost two scans of the sentence."""
    words = lexicon_words()
    sentence = " ".join(words[:1000]) + "."
    longer = " ".join(words[:2000]) + "."
    small = work(lambda: enricher.enrich(sentence))
    large = work(lambda: enricher.enrich(longer))
    assert large.calls <= RATIO * small.calls
    assert large.scans <= small.scans + 4  # not one scan per distinct word


def test_pathological_targets_never_raise_and_stay_linear(enricher: limner.Enricher) -> None:
    """Targets covering the whole text, empty, inside a word, overlapping, 10,000 of them."""

    def doc(n: int) -> limner.Document:
        text = "The embattled mayor was slammed, but critics hailed the landmark deal. " * (n // 10)
        d = limner.Document(text)
        end = len(text)
        targets = [Target(start=0, end=end, name="all"), Target(start=5, end=5),
                   Target(start=end, end=end), Target(start=6, end=9)]
        targets += [Target(start=(i * 7) % end, end=min(end, (i * 7) % end + 15)) for i in range(n)]
        d.add(targets)
        return d

    small_doc, large_doc = doc(5000), doc(10000)
    small = work(lambda: enricher.enrich(small_doc))
    large = work(lambda: enricher.enrich(large_doc))
    assert large.calls <= RATIO * small.calls
    out = enricher.enrich(doc(10000))
    assert out.errors == []
    scored = [a for a in out.select("sentiment") if a.get("scope") == "target"]
    assert len(scored) == 10004  # one each; only named targets pool, and names differ
    assert all(-1 <= a.score <= 1 for a in scored)
    assert {a.get("label") for a in scored} <= {"negative", "neutral", "positive"}


def targets_at(text: str, pattern: str) -> limner.Document:
    """``text`` as a document with each match of ``pattern`` a target of no name."""
    doc = limner.Document(text)
    doc.add([Target(start=m.start(), end=m.end()) for m in re.finditer(pattern, text)])
    return doc


def fresh_run(enricher: limner.Enricher) -> Callable[[limner.Document], limner.Document]:
    """What reads a document anew in each run: a copy of its text and its targets (their
    names kept), enriched."""

    def fresh(doc: limner.Document) -> limner.Document:
        copy = limner.Document(doc.text)
        copy.add([Target(start=a.start, end=a.end, name=a.get("name"))
                  for a in doc.select("target")])
        return enricher.enrich(copy)

    return fresh


def names_after_an_event(n: int, between: str) -> limner.Document:
    """One clause of ``n`` capitalised names after a word of a news event (``between``
    each two names), each a target: a mention's subject is looked for among the
    capitalised words before it, its place among those after it."""
    text = "beat " + between.join(f"Place{i}" for i in range(n)) + " of Xland was fined."
    doc = limner.Document(text)
    doc.add([Target(start=m.start(), end=m.end(), name=m.group())
             for m in re.finditer(r"Place\d+", text)])
    return doc


@pytest.mark.parametrize(
    "between", [" ", " The ", " and ", ", ", " side "],
    ids=["names", "the-names", "and-names", "comma-names", "side-names"],
)
def test_a_news_event_before_many_names_is_read_in_linear_time(
    enricher: limner.Enricher, between: str
) -> None:
    """The news events (limner_sentiment.events) look back for a subject's head and on
    for its verb over a bounded number of words, not over the whole run of names: after
    each name ("names"), each "The", each name opening a clause ("and", a comma: a
    mention's clause was found by walking over the sentence's clause openers, n steps
    for each of n mentions), each side's description ("beat Place0 side Place1 side
    Place2 …": read back over at most two).  The walks are loops inside one call, so
    the lines run are counted (:func:`tests.scaling.assert_linear`), not the calls."""
    fresh = fresh_run(enricher)  # each run reads a new document
    assert_linear(lambda n: names_after_an_event(n, between), fresh, n=1000, ratio=RATIO)
    out = fresh(names_after_an_event(200, between))
    assert len([a for a in out.select("sentiment") if a.get("scope") == "target"]) == 200


def test_a_run_of_descriptions_each_a_target_is_read_in_linear_time(
    enricher: limner.Enricher,
) -> None:
    """A word that both describes a name and is a description ("rival", "top"), repeated,
    each a target: a mention's subject is read back through the words before its
    description (events.DESCRIBING) over at most three of them, not over the run."""
    assert_linear(lambda n: targets_at("Hull beat " + "rival " * n + "Leeds.", "rival"),
                  fresh_run(enricher), n=500, ratio=RATIO)


def test_many_bodies_telling_their_own_news_in_one_sentence_are_linear(
    enricher: limner.Enricher,
) -> None:
    """Each name before "said profits" has its reported clause read again as its own news
    (:func:`limner_sentiment.events._own_news`), over a bounded view of the words: a
    sentence of n such names, none with a clause's end between them, is not read n
    times over."""

    def run_of(n: int) -> limner.Document:
        text = " ".join(f"Firm{i} said profits fell 20% and" for i in range(n)) + " more."
        return targets_at(text, r"Firm\d+")

    fresh = fresh_run(enricher)
    assert_linear(run_of, fresh, n=300, ratio=RATIO)
    out = fresh(run_of(20))
    labels = [a.get("label") for a in out.select("sentiment") if a.get("scope") == "target"]
    assert labels[0] == "negative"  # the first, at its clause's head


def test_many_claims_in_one_sentence_are_linear(enricher: limner.Enricher) -> None:
    """A sentence of many promises, each a claim over the words after it: the claimed words
    are marked once, not searched for every rated word."""
    assert_linear(lambda n: "The firm promised good results and " * n, enricher.enrich,
                  n=1000, ratio=RATIO)
    # and the claims are still read as claims
    scored = score_sentence("The firm promised good results, it failed; " * 50)
    words = [w for _, w, _ in scored.hits]
    assert words.count("failed") == 50
    assert "good" not in words


@pytest.mark.parametrize(
    "unit",
    [
        "it falls short of a step in the right direction but too little, too late ",
        "the plan is misguided and critics argue that the ban is unfair ",
    ],
    ids=["phrases", "verdicts"],
)
def test_many_phrases_among_many_rated_words_in_one_sentence_are_linear(
    enricher: limner.Enricher, unit: str
) -> None:
    """A sentence of thousands of set phrases among thousands of rated words: each rated
    word is placed among the phrases by one bisection, not checked against every phrase
    found (a look at each made 2,000 repeats of the first unit 0.6 s, 4,000 of them 2.4 s)."""
    assert_linear(lambda n: unit * n, enricher.enrich, n=1000, ratio=RATIO)
    # and a rated word inside a phrase still gives way to the phrase, one outside stays
    scored = enricher.enrich("It is a step in the right direction, but a terrible one. " * 3)
    (document,) = [a for a in scored.select("sentiment") if a.get("scope") == "document"]
    drivers = dict(document.get("drivers"))
    assert drivers["step in the right direction"] > 0
    assert "right" not in drivers
    assert drivers["terrible"] < 0


def test_many_harms_reduced_or_denied_in_one_sentence_are_linear(
    enricher: limner.Enricher,
) -> None:
    """A sentence of many nouns of harm, each named by a change or a denial: each is placed
    once and read by the rules in one pass, not searched for every rated word."""
    unit = "the drug cut deaths and cases fell and no one died in the crash and "
    assert_linear(lambda n: unit * n, enricher.enrich, n=1000, ratio=RATIO)
    # and each is still read: a turned harm, and a verb done to none
    words = [w for _, w, _ in score_sentence(unit * 50).hits]
    assert words.count("deaths") == 50
    assert words.count("died") == 50


def test_many_harms_spared_ended_or_lacking_in_one_sentence_are_linear(
    enricher: limner.Enricher,
) -> None:
    """A sentence of many harms spared, guarded against or ended and many needs lacking:
    the word after a guard's object is looked for within a few words, never over the
    sentence."""
    unit = ("the town was spared the worst and the law will protect tenants from eviction "
            "and the siege was lifted and the drought has finally broken and many were left "
            "without power and ")
    assert_linear(lambda n: unit * n, enricher.enrich, n=500, ratio=RATIO)
    # and each is still read
    words = [w.rstrip(".") for _, w, _ in score_sentence(unit * 50).hits]
    for word in ("worst", "eviction", "siege", "drought", "power"):
        assert words.count(word) == 50, word


@pytest.mark.parametrize(
    ("unit", "word"),
    [
        ("Leeds fell five places and ", "places"),
        ("Ireland thrashed Italy 48-7 and ", "thrashed"),
        ("analysts upgraded Shell to buy and ", "upgraded"),
        ("a step in the right direction and the rankings ", "direction"),
    ],
    ids=["standings", "contests", "ratings", "phrases-then-anchors"],
)
def test_many_units_of_a_change_or_result_in_one_sentence_are_linear(
    enricher: limner.Enricher, unit: str, word: str
) -> None:
    """One sentence of many standings told as changes, contests' results, ratings or set
    phrases before a ranking's word: whether an anchor lies in a unit taken, or a unit read
    meets one, is asked of the units by bisection, not of each unit in turn (a look at each
    made 2n of "fell 5 places" 3.8 times the work of n)."""
    assert_linear(lambda n: unit * n + ".", enricher.enrich, n=300, ratio=RATIO)
    # and each unit is still read, once
    units = [phrase for _, _, phrase, _ in phrases.find((unit * 40 + ".").split())]
    assert sum(word in phrase for phrase in units) == 40, units[:6]


class _LookedAt(list[str]):
    """A sentence's words that count how many of them a reading looks at: all of them for
    a membership test, the slice's for a slice, one for an index."""

    looked = 0

    def __contains__(self, word: object) -> bool:
        _LookedAt.looked += len(self)
        return super().__contains__(word)

    def __getitem__(self, i: Any) -> Any:
        got = super().__getitem__(i)
        _LookedAt.looked += len(got) if isinstance(i, slice) else 1
        return got


def test_many_names_after_one_verb_look_at_a_schedules_window_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whether a name's clause runs "ahead of" or "behind" a schedule was asked, for each
    name, by a test of the whole sentence for either word: one sentence of 8,000 names
    after "cut funds for" took 2.7 s, 0.9 s at 4,000 (0.33 s and 0.15 s since).  The
    reading looks at its window of words after the verb, which the test of the whole
    sentence only spared."""
    from limner_sentiment import events

    enricher = limner.Enricher(
        plugins=["sentiment"], config={"sentiment.target_names": "Ann Smith"}
    )
    schedule = events._schedule
    monkeypatch.setattr(
        events, "_schedule", lambda forms, start, k1: schedule(_LookedAt(forms), start, k1)
    )
    counts = []
    for n in (200, 400):
        _LookedAt.looked = 0
        doc = enricher.enrich("The government cut funds for " + ", ".join(["Ann Smith"] * n) + ".")
        (target,) = [a for a in doc.select("sentiment") if a.get("scope") == "target"]
        assert target.get("mentions") == n
        counts.append(_LookedAt.looked)
    assert 0 < counts[1] <= RATIO * counts[0], counts
