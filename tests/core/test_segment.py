"""The built-in segmenter: sentences and tokens."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from limner.segment import _LINE, _MARK_TAIL, _candidates, line_feeds, sentences, tokens
from limner.testing import nasty_texts, texts


def split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text)]


def gaps(text: str, spans: Iterable[tuple[int, int]]) -> list[str]:
    """The text around ``spans``, asserting that each is non-empty, inside it, after the last."""
    out, prev = [], 0
    for a, b in spans:
        assert prev <= a < b <= len(text)
        out.append(text[prev:a])
        prev = b
    return [*out, text[prev:]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith met Gen. Jones on Nov. 3. They talked.",
            ["Mr. Smith met Gen. Jones on Nov. 3.", "They talked."],
        ),
        (
            "The U.S. economy grew 2.4 per cent. Prices rose.",
            ["The U.S. economy grew 2.4 per cent.", "Prices rose."],
        ),
        ("J. K. Rowling wrote it. She is rich.", ["J. K. Rowling wrote it.", "She is rich."]),
        (
            "“We will win,” he said. “We must.” Then he left.",
            ["“We will win,” he said.", "“We must.”", "Then he left."],
        ),
        (
            'He said: "It is over." The crowd cheered.',
            ['He said: "It is over."', "The crowd cheered."],
        ),
        (
            "Markets Fall Sharply\n\nShares fell on Monday.",
            ["Markets Fall Sharply", "Shares fell on Monday."],
        ),
        (
            "Headline Without Stop\nBy: A Reporter\n\nISLAMABAD: The minister spoke. He left.",
            [
                "Headline Without Stop",
                "By: A Reporter",
                "ISLAMABAD: The minister spoke.",
                "He left.",
            ],
        ),
        ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
        ("It cost $1.5m in 2004. i.e. a lot.", ["It cost $1.5m in 2004. i.e. a lot."]),
        (
            "A line that wraps\nin the middle of a sentence.",
            ["A line that wraps\nin the middle of a sentence."],
        ),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_empty_and_blank() -> None:
    assert sentences("") == []
    assert sentences(" \n\t\n ") == []


@given(nasty_texts())
def test_sentences_are_ordered_trimmed_and_cover_every_visible_character(text: str) -> None:
    spans = sentences(text)
    assert "".join(gaps(text, spans)).strip() == ""
    assert not any(text[a].isspace() or text[b - 1].isspace() for a, b in spans)


def test_tokens() -> None:
    text = "O’Brien paid $300,000.50 for forty-four U.S. flags!"
    layer = tokens(text)
    assert layer.texts(text) == [
        "O’Brien",
        "paid",
        "$",
        "300,000.50",
        "for",
        "forty-four",
        "U.S",
        ".",
        "flags",
        "!",
    ]
    assert layer.kind == "token"


@given(texts())
def test_tokens_are_in_bounds_ordered_and_never_whitespace(text: str) -> None:
    layer = tokens(text)
    gaps(text, layer)
    assert not any(text[s:e].isspace() for s, e in layer)


def test_linear_on_pathological_input() -> None:
    text = "1," * 200_000 + ". " * 100_000 + "Mr. " * 50_000 + "Wow" + "!" * 200_000 + "?" * 9
    assert sentences(text)
    assert len(tokens(text)) > 0


# the candidates as one scan with a character class would find them
_ONE_SCAN = re.compile(f"[.!?…]{_MARK_TAIL}|{_LINE.pattern}", re.VERBOSE)


def _shape(m: re.Match[str]) -> tuple[int, int, str | None, str | None]:
    groups = m.groupdict()
    return m.start(), m.end(), groups.get("close"), groups.get("nl")


@given(st.text(alphabet="ab A1.!?…\n\t \"'”’»)]\u00a0", max_size=60) | nasty_texts())
def test_candidates_are_those_of_one_scan(text: str) -> None:
    # one pattern per first character, merged: a run of marks read from its second
    # mark must end where the run read from its first ends, or this law breaks
    assert list(map(_shape, _candidates(text))) == list(map(_shape, _ONE_SCAN.finditer(text)))


#: every line break str.splitlines knows, as one break and as a paragraph's two
_BREAKS = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1e"]


@pytest.mark.parametrize("brk", _BREAKS)
def test_any_line_break_ends_a_sentence_and_a_headline_as_a_line_feed_does(brk: str) -> None:
    text = "Storm hits Cornwall{0}Power was cut.{0}Winds reached 90mph{0}in Truro."
    assert split(text.format(brk)) == ["Storm hits Cornwall", "Power was cut.",
                                       f"Winds reached 90mph{brk}in Truro."]
    assert split(text.format(brk * 2))[-1] == "in Truro."  # a blank line: a paragraph


@pytest.mark.parametrize("space", ["\t", "\u00a0", "\u2009", "\u202f", "\u3000", "\u2003"])
def test_any_space_after_a_full_stop_ends_a_sentence(space: str) -> None:
    assert split(f"Smith praised Jones.{space}Jones left.") == ["Smith praised Jones.",
                                                               "Jones left."]


@given(st.text(alphabet="ab A.\n\r\u2028\u2029\x85\x0c", max_size=40))
def test_line_feeds_keeps_every_break_as_a_line_feed_and_every_other_character(
    text: str,
) -> None:
    fed = line_feeds(text)
    assert len(fed) == len(text)
    assert len(fed.splitlines()) == len(text.splitlines())  # "\r\n" stays one break
    assert set(fed) - set(text) <= {"\n", " "}
    for a, b in zip(text, fed, strict=True):
        assert b == a or (a in "\r\u2028\u2029\x85\x0c" and b in "\n ")
    assert "\r" not in fed
