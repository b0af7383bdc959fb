"""Targets named in ``sentiment.target_names``: found in the text, pooled, scored."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import limner
from limner.cli import cli
from limner_sentiment.names import NameFinder, parse_names
from tests.plugins.test_sentiment_scaling import RATIO, work
from tests.scaling import assert_linear


def found(text: str, names: str) -> list[tuple[str, str]]:
    """``(text found, target name)`` for each mention the finder makes, in reading order."""
    finder = NameFinder(parse_names(names))
    return [(text[a.start : a.end], a.get("name")) for a in finder(limner.Document(text))]


def target_scores(doc: limner.Document) -> dict[str, limner.Annotation]:
    return {a.get("name"): a for a in doc.select("sentiment") if a.get("scope") == "target"}


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # every form, pooled under the first; the longest form wins where two fit
        (
            "Mayor Sadiq Khan spoke. Later Khan left.",
            "Sadiq Khan|Khan",
            [("Sadiq Khan", "Sadiq Khan"), ("Khan", "Sadiq Khan")],
        ),
        # whole words only
        ("Khanna and Khan's aide met.", "Khan", [("Khan", "Khan")]),
        ("The Tata-owned firm and Tata Steel.", "Tata Steel", [("Tata Steel", "Tata Steel")]),
        # a lower-case form is found in any case; a capitalised one only as written
        (
            "The Mayor and the mayor's office.",
            "the mayor",
            [("The Mayor", "the mayor"), ("the mayor", "the mayor")],
        ),
        ("Bush won, and the bush burned.", "Bush", [("Bush", "Bush")]),
        # any white space between the words, a line break too; marks as written
        (
            "Prime  Minister Modi and Prime\nMinister Albanese.",
            "Prime Minister",
            [("Prime  Minister", "Prime Minister"), ("Prime\nMinister", "Prime Minister")],
        ),
        ("AT&T and AT & T and U.S. officials.", "AT&T|U.S.", [("AT&T", "AT&T"), ("U.S.", "AT&T")]),
        (
            "Sinead O\u2019Neill and O'Neill.",
            "O'Neill",
            [("O\u2019Neill", "O'Neill"), ("O'Neill", "O'Neill")],
        ),
        (
            "Zo\u00eb Ball and ZO\u00cb BALL; the strasse and the Stra\u00dfe.",
            "zo\u00eb ball|stra\u00dfe",
            [
                ("Zo\u00eb Ball", "zo\u00eb ball"),
                ("ZO\u00cb BALL", "zo\u00eb ball"),
                ("strasse", "zo\u00eb ball"),
                ("Stra\u00dfe", "zo\u00eb ball"),
            ],
        ),
        # a form listed under two names belongs to the first
        ("Khan spoke.", "Sadiq Khan|Khan, Imran Khan|Khan", [("Khan", "Sadiq Khan")]),
        # entries with nothing in them are skipped
        ("Ruto and Odinga.", " ,Ruto,, Odinga ,", [("Ruto", "Ruto"), ("Odinga", "Odinga")]),
        ("Nothing here.", "Ruto", []),
        # a text of no words: nothing found, no error
        ("", "Ruto", []),
        (" \n\t ", "Ruto", []),
    ],
)
def test_forms_are_found_as_whole_words(
    text: str, names: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, names) == expected


def test_named_targets_are_pooled_and_scored() -> None:
    e = limner.Enricher(
        plugins=["sentiment"],
        config={"sentiment.target_names": ["Sadiq Khan|Khan|the mayor", "Ruth Bell"]},
    )
    doc = e.enrich(
        "Critics slammed the mayor over the delays. Khan said the scheme would work. "
        "Residents thanked Ruth Bell for her help."
    )
    scores = target_scores(doc)
    assert set(scores) == {"Sadiq Khan", "Ruth Bell"}
    assert scores["Sadiq Khan"].get("mentions") == 2
    assert scores["Sadiq Khan"].get("sentences") == 2
    assert scores["Ruth Bell"].get("label") == "positive"
    # each sentiment points at its first mention, a target annotation of the document
    first = doc.get(scores["Sadiq Khan"].get("target"))
    assert first is not None and first.kind == "target"
    assert doc.text[first.start : first.end] == "the mayor"


def test_a_named_target_pools_with_the_person_of_its_name() -> None:
    """The quotes plugin's speaker and the named target are one target: its mentions
    and the tone of its own quoted words together, not two targets of one name."""
    e = limner.Enricher(
        plugins=["sentiment", "quotes"],
        config={"sentiment.target_names": "Sadiq Khan|Khan|the mayor"},
    )
    doc = e.enrich('Critics slammed the mayor on Monday. "It will work," said Sadiq Khan.')
    # (the critics, who speak in "slammed", are a target of their own)
    (target,) = [
        a
        for a in doc.select("sentiment")
        if a.get("scope") == "target" and a.get("name") == "Sadiq Khan"
    ]
    # "the mayor", and "Sadiq Khan" twice: the name found, and the speaker's mention
    assert target.get("mentions") == 3
    assert target.get("sentences") == 2
    assert target.get("quoted_score") is not None


def test_a_document_with_the_callers_targets_is_searched_for_the_names_too() -> None:
    """The caller's own targets are what the plugin reads, not its work: they are scored,
    and the names given are found beside them (the caller's targets stopped the search,
    and the named targets got nothing).  A document the search ran on is not searched
    again."""
    from limner_sentiment import Target

    text = "The minister resigned. Officials praised Jane Doyle."
    doc = limner.Document(text)
    doc.add([Target(start=0, end=12, name="Jane Doyle")])
    e = limner.Enricher(plugins=["sentiment"], config={"sentiment.target_names": "Jane Doyle"})
    out = e.enrich(doc)
    assert [(a.start, a.end, a.source) for a in out.select("target")] == [
        (0, 12, ""),
        (41, 51, "sentiment"),
    ]
    assert target_scores(out)["Jane Doyle"].get("mentions") == 2  # pooled by name
    saved = out.to_json()
    assert e.enrich(limner.Document.from_json(saved)).to_json() == saved


def test_without_names_no_finder_runs() -> None:
    names = [a.name for a in limner.Enricher(plugins=["sentiment"]).annotators]
    assert "target-names" not in names
    e = limner.Enricher(plugins=["sentiment"], config={"sentiment.target_names": "Khan"})
    assert "target-names" in [a.name for a in e.annotators]
    off = limner.Enricher(
        plugins=["sentiment"],
        config={"sentiment.target_names": "Khan", "sentiment.targets": False},
    )
    assert "target-names" not in [a.name for a in off.annotators]


@pytest.mark.parametrize("value", ["|", "Khan, | ,Ruto", " | | "])
def test_an_entry_with_no_form_is_refused_by_name(value: str) -> None:
    with pytest.raises(limner.ConfigError, match=r"sentiment\.target_names.*names no target"):
        limner.Enricher(plugins=["sentiment"], config={"sentiment.target_names": value})


def test_the_command_line_scores_named_targets(tmp_path: object) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "enrich",
            "-",
            "-p",
            "sentiment",
            "-f",
            "json",
            "-c",
            "sentiment.target_names=Sadiq Khan|the mayor",
            "-c",
            "sentiment.target_kinds=",
        ],
        input="Critics slammed the mayor over delays. Sadiq Khan said it would work.\n",
    )
    assert result.exit_code == 0, result.output
    annotations = json.loads(result.stdout)["annotations"]
    targets = [a for a in annotations if a["kind"] == "sentiment" and a["scope"] == "target"]
    assert [(t["name"], t["mentions"]) for t in targets] == [("Sadiq Khan", 2)]


def test_finding_names_is_linear_in_the_text_and_the_names() -> None:
    """Many names and a long text: work at 2n is about twice the work at n, not four times."""

    def run(n: int) -> None:
        names = ",".join(f"Person{i} Surname{i}|Surname{i}" for i in range(n))
        text = " ".join(f"Person{i} Surname{i} met Surname{i} and Surname." for i in range(n))
        finder = NameFinder(parse_names(names))
        assert len(finder(limner.Document(text))) == 2 * n

    small = work(lambda: run(1000))
    large = work(lambda: run(2000))
    assert large.calls <= RATIO * small.calls


def test_finding_names_of_one_first_word_is_linear_in_the_text_and_the_names() -> None:
    """Names that open with one word ("Mr Ahmed", "Mr Banda", ...; "the mayor", "the
    minister"): each place the word stood in the text tried every form it opens, the
    text's places times the names; now the forms are walked word by word."""

    def run(n: int) -> None:
        names = ",".join(f"Mr Surname{i}|the envoy{i}" for i in range(n))
        text = " ".join(f"Mr Surname{i} met the envoy{i} and Mr Nobody." for i in range(n))
        finder = NameFinder(parse_names(names))
        found = finder(limner.Document(text))
        assert len(found) == 2 * n and found[-1].get("name") == f"Mr Surname{n - 1}"

    small = work(lambda: run(300))
    large = work(lambda: run(600))
    assert large.calls <= RATIO * small.calls, (small.calls, large.calls)


def _nested_names(n: int) -> tuple[NameFinder, limner.Document]:
    """Targets "Word0", "Word0 Word1", ... "Word0 ... Word(n-1)": every leading part of the
    longest name is a name too; the text writes the longest twice, once glued to a mark."""
    words = [f"Word{i}" for i in range(n)]
    names = ",".join(" ".join(words[: k + 1]) for k in range(n))
    longest = " ".join(words)
    text = f"Critics met {longest} today. Later {longest}'s aide and {words[0]} spoke."
    return NameFinder(parse_names(names)), limner.Document(text)


def test_a_name_whose_every_leading_part_is_a_name_is_found_in_linear_work() -> None:
    """Each leading part of a long name, itself a name, was checked again word by word
    from the name's first word: work grew with the square of the name's length."""

    def run(arg: tuple[NameFinder, limner.Document]) -> None:
        finder, doc = arg
        found = finder(doc)
        longest = " ".join(f"Word{i}" for i in range(len(finder.names)))
        assert [a.get("name") for a in found] == [longest, longest, "Word0"]

    assert_linear(_nested_names, run, n=300)


def _echoed_name(n: int) -> tuple[NameFinder, limner.Document]:
    """The targets "ha" and "ha ha … ha ho" (n + 1 words): a text of n words "Ha" follows
    the long form's opening from every one of its words, never to its end."""
    names = "ha," + " ".join(["ha"] * n) + " ho"
    text = "The crowd chanted " + " ".join(["Ha"] * n) + " and went home."
    return NameFinder(parse_names(names)), limner.Document(text)


def test_a_text_that_repeats_a_names_opening_is_read_in_work_linear_in_text_and_names() -> None:
    """From each word the finder walked as deep as the text followed a form: a text that
    repeats the opening of a form of L words cost L times its words (the text times the
    names a user gives); one pass over the words now finds every form."""

    def run(arg: tuple[NameFinder, limner.Document]) -> None:
        finder, doc = arg
        found = finder(doc)
        assert len(found) == doc.text.count("Ha ")
        assert {a.get("name") for a in found} == {"ha"}

    assert_linear(_echoed_name, run, n=300)
