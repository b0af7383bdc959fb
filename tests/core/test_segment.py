"""The built-in segmenter: sentences and tokens."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import limner
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


@pytest.mark.parametrize("brk", ["\r", "\r\n", "\u2028", "\v", "\f"])
def test_any_line_break_ends_a_sentence_as_a_newline_does(brk: str) -> None:
    """Only LF broke a line: a file with CR line ends (an old Mac tool's) was one
    sentence, "big.\rOver 300" no end at all, and the numbers plugin read the
    qualifier of "Over 300" as the word "big."'s."""
    text = "Markets Fall\n\nParis is big.\nOver 300 came.\nA line that\nwraps here."
    expected = ["Markets Fall", "Paris is big.", "Over 300 came.", "A line that\nwraps here."]
    assert split(text) == expected
    assert split(text.replace("\n", brk)) == [s.replace("\n", brk) for s in expected]


def test_a_paragraph_separator_ends_a_sentence_as_a_blank_line_does() -> None:
    assert split("It went\u2029on") == split("It went\n\non") == ["It went", "on"]


@given(st.text(alphabet="ab A1.!?\n\t \"”)", max_size=60))
def test_cr_or_crlf_line_ends_split_as_lf_ones(text: str) -> None:
    assert sentences(text.replace("\n", "\r")) == sentences(text)
    crlf = text.replace("\n", "\r\n")
    lf_at = [i for i, c in enumerate(crlf) if c != "\r"]  # offset in text -> offset in crlf
    ends = [*lf_at, len(crlf)]
    assert sentences(crlf) == [(lf_at[a], ends[b - 1] + 1) for a, b in sentences(text)]


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beyonce\u0301 sang in Cafe\u0301 Fu\u0308zuli.",
         ["Beyonce\u0301", "sang", "in", "Cafe\u0301", "Fu\u0308zuli", "."]),
        ("हिन्दी में 12\u0301 O’Brie\u0301n", ["हिन्दी", "में", "12\u0301", "O’Brie\u0301n"]),
        ("a\U0001d167b \u0301x", ["a\U0001d167b", "\u0301", "x"]),  # (a stray mark alone)
    ],
)
def test_a_combining_mark_stays_in_the_token_of_the_character_before_it(
    text: str, expected: list[str]
) -> None:
    """Python's \\w takes no combining mark: a word written decomposed (as macOS
    writes names) was two tokens, "Beyonce" and the accent, and a Hindi word a token for
    each letter and each vowel sign."""
    assert tokens(text).texts(text) == expected


@given(st.one_of(texts(), nasty_texts()))
def test_a_combining_mark_starts_no_token_but_after_white_space(text: str) -> None:
    for s, _ in tokens(text):
        if unicodedata.category(text[s]).startswith("M"):
            assert s == 0 or text[s - 1].isspace(), (text, s)


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


@given(
    st.text(alphabet="ab A1.!?…\n\t \"'”’»)]\u00a0", max_size=60)
    | st.text(alphabet="a A.!\n\r \u2028\u2029\x0b\x0c\u00a0", max_size=40)
    | nasty_texts()
)
def test_candidates_are_those_of_one_scan(text: str) -> None:
    # one pattern per first character, merged: a run of marks read from its second
    # mark must end where the run read from its first ends, or this law breaks; a
    # text whose only break is "\n" is scanned for its breaks by a pattern that opens
    # with it, any other by the pattern of every break
    assert list(map(_shape, _candidates(text))) == list(map(_shape, _ONE_SCAN.finditer(text)))


@pytest.mark.parametrize("space", ["\t", "\u00a0", "\u2009", "\u202f", "\u3000", "\u2003"])
def test_any_space_after_a_full_stop_ends_a_sentence(space: str) -> None:
    assert split(f"Smith praised Jones.{space}Jones left.") == ["Smith praised Jones.",
                                                               "Jones left."]


@given(st.text(alphabet="ab A.\n\r\u2028\u2029\x85\x0b\x0c", max_size=40))
def test_line_feeds_keeps_every_break_as_a_line_feed_and_every_other_character(
    text: str,
) -> None:
    fed = line_feeds(text)
    assert len(fed) == len(text)
    # "\r\n" stays one break; NEL, which str.splitlines also breaks at, is kept
    assert len(fed.splitlines()) == len(text.splitlines())
    assert set(fed) - set(text) <= {"\n", " "}
    for a, b in zip(text, fed, strict=True):
        assert b == a or (a in "\r\u2028\u2029\x0b\x0c" and b in "\n ")
    assert "\r" not in fed


def test_the_soft_hyphen_is_the_one_format_character_of_latin_1() -> None:
    """What lets :func:`limner.visible_text` pass Latin-1 text without a soft hyphen
    as it is, untested for format characters."""
    import regex

    assert regex.findall(r"\p{Cf}", "".join(map(chr, range(256)))) == ["\u00ad"]


# Latin-1 text (a pound sign, an accent) with and without the soft hyphen, and text beyond it
_VISIBLE_PIECES = st.sampled_from(
    ["a", " ", "\n", "£", "é", "\u00ff", "\u00ad", "\u200b", "\ufeff", "\u2060", "’", "\u0100",
     "\U000e0001"]
)


@pytest.mark.parametrize("given", [None, b"Ger\xc2\xadmany", 3])
def test_visible_text_names_what_is_no_str(given: object) -> None:
    """Was "'NoneType' object has no attribute 'isascii'" (and the like)."""
    with pytest.raises(TypeError, match=r"visible_text\(\) takes text, a str, got "
                       + type(given).__name__):
        limner.visible_text(given)  # type: ignore[arg-type]


def test_sniff_encoding_names_what_is_no_bytes() -> None:
    """A str was "startswith first arg must be str or a tuple of str, not bytes"."""
    with pytest.raises(TypeError, match=r"sniff_encoding\(\) takes head, .*bytes.*got str "
                       r".*a str is text already decoded"):
        limner.sniff_encoding("\ufeffhello")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="got NoneType"):
        limner.sniff_encoding(None)  # type: ignore[arg-type]
    assert limner.sniff_encoding(bytearray(b"\xff\xfeh\x00")) == ("utf-16-le", 2)
    assert limner.sniff_encoding(b"\xef\xbb\xbfhello world") == ("utf-8", 3)


@settings(max_examples=400, deadline=None)
@given(st.lists(_VISIBLE_PIECES, max_size=20).map("".join))
def test_visible_text_drops_the_format_characters_and_maps_spans_back(text: str) -> None:
    """Text is read as it is exactly when it holds no format character; otherwise
    each kept character maps back to itself, a start past the format characters
    before it and an end before those after it."""
    import regex

    visible, at, to = limner.visible_text(text)
    assert visible == regex.sub(r"\p{Cf}", "", text)
    unchanged = visible is text
    assert unchanged is (regex.search(r"\p{Cf}", text) is None)
    kept = [i for i, c in enumerate(text) if regex.match(r"\p{Cf}", c) is None]
    assert [text[at(j)] for j in range(len(visible))] == list(visible)
    assert [at(j) for j in range(len(visible))] == kept
    assert [to(j + 1) for j in range(len(visible))] == [i + 1 for i in kept]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x1b[31mERROR\x1b[0m: disk full", "ERROR: disk full"),
        ("a \x1b[1;32mgreen\x1b[m word", "a green word"),
        ("\x1b]0;a title\x07Ready", "Ready"),
        ("\x1b(BPlain \x1bMtext", "Plain text"),
        ("caf\u00e9 \x1b[4mMen\u00fc\x1b[24m", "caf\u00e9 Men\u00fc"),
        ("Ger\u00admany \x1b[7m\u0100\x1b[27m", "Germany \u0100"),
        # a command string cut off takes its line only, not the rest of the text
        ("Title\x1b]0;my window\nSecond line, 42 sheep.", "Title\nSecond line, 42 sheep."),
        ("\u201cA\u201d\x1b]0;t\r\nB 7", "\u201cA\u201d\r\nB 7"),
        ("\x1bPq#0;2\x1b\\ DCS 7", " DCS 7"),
        # a control sequence cut off before its final byte takes its parameters with it
        ("Temperature \x1b[3", "Temperature "),
        ("a\x1b[31\nb 7", "a\nb 7"),
        # ESC, a space and a letter open no sequence: the ESC is kept, the words too
        ("Press \x1b to quit.", "Press \x1b to quit."),
    ],
)
def test_visible_text_drops_a_terminals_control_sequences(text: str, shown: str) -> None:
    """A terminal's control sequence (ESC "[" to its final byte, an operating system
    command to its bell, ESC and one byte) colours or moves text and is none: read as
    absent as a format character is, in ASCII, Latin-1 and other text alike, each kept
    character mapped back to itself."""
    visible, at, to = limner.visible_text(text)
    assert visible == shown
    assert [text[at(j)] for j in range(len(visible))] == list(visible)
    assert [text[to(j + 1) - 1] for j in range(len(visible))] == list(visible)
    assert limner.visible_text("the end \x1b")[0] == "the end \x1b"  # a lone ESC is kept
