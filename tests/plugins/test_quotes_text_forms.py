"""Tests of the quotes plugin on the same words written in other code points.

A decomposed accent (a letter, then a combining mark, Unicode category M)
is read as the composed letter: the mark belongs to the word it follows.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

import limner
from tests.plugins.support import annotated

ENRICHER = limner.Enricher(["quotes"])


def decomposed(text: str) -> tuple[str, list[int]]:
    """``text`` in NFD, and where each offset of ``text`` lies in it."""
    out: list[str] = []
    where: list[int] = []
    at = 0
    for ch in text:
        where.append(at)
        piece = unicodedata.normalize("NFD", ch)
        out.append(piece)
        at += len(piece)
    where.append(at)
    return "".join(out), where


def readings(text: str, where: list[int] | None = None) -> list[dict[str, Any]]:
    """The plugin's annotations of ``text`` without ids, offsets moved by ``where``,
    strings in NFC."""
    out = []
    for kind in ("quote", "person", "source"):
        for a in annotated(ENRICHER, text, kind):
            a = {k: v for k, v in a.items() if k not in {"id", "speaker_mention"}}
            for key in ("start", "end", "cue_start", "cue_end"):
                if where is not None and a.get(key) is not None:
                    a[key] = where[a[key]]
            for key, value in a.items():
                if isinstance(value, str):
                    a[key] = unicodedata.normalize("NFC", value)
            out.append(a)
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Montréal and Québec voted, said Amélie.",
        "José said the vote was fair.",
        '"We will win," said Amélie Côté, the mayor of Montréal.',
        "Amélie Côté, the mayor of Montréal, said the plan would fail.",
        '"We will win," Zoë Brontë said.',
        "According to José Martí, the plan failed.",
        '"It is over," said Chloé Núñez. Núñez added: "We must go on."',
        "The vote failed when Mr. Peña Nieto invited Mr. Trump to a meeting.",
        "Señor Peña told reporters that the vote was rigged.",
        '"We will not give up on this town, ever again." — José Martí',
        "JOSÉ MARTÍ: We will not give up on this town at all.\nPEÑA: We will not.",
        "The café owner said that prices rose.",
    ],
)
def test_a_decomposed_accent_reads_as_the_composed_letter(text: str) -> None:
    nfd, where = decomposed(text)
    assert nfd != text
    assert readings(nfd) == readings(text, where)


def test_a_name_with_combining_marks_is_one_name_with_its_marks() -> None:
    text = "Montre\u0301al and Que\u0301bec voted, said Ame\u0301lie."
    (person,) = annotated(ENRICHER, text, "person")
    assert person["surface"] == "Ame\u0301lie"
    assert person["name"] == "Amélie"
    (quote,) = annotated(ENRICHER, text, "quote")
    assert quote["speaker"] == "Amélie"
    (person,) = annotated(ENRICHER, "Jose\u0301 said the vote was fair.", "person")
    assert (person["surface"], person["name"]) == ("Jose\u0301", "José")


# -- format characters (Unicode category Cf) are read as absent ----------------------------

_FORMAT_CHARACTERS = ["\u200b", "\u2060", "\u00ad", "\ufeff", "\u200d", "\u200e"]


@pytest.mark.parametrize("cf", _FORMAT_CHARACTERS)
@pytest.mark.parametrize(
    ("template", "quoted", "speaker"),
    [
        # before the opening mark, after a sentence's end
        ('The mayor spoke.{cf} "We will rebuild the town," said Smith.',
         "We will rebuild the town,", "Smith"),
        ('The mayor spoke. {cf}"We will rebuild the town," said Smith.',
         "We will rebuild the town,", "Smith"),
        # opening the text (a byte order mark), and after the closing mark
        ('{cf}"Fine," said Smith in Nice, France.', "Fine,", "Smith"),
        ('"We will rebuild the town,"{cf} said Smith.', "We will rebuild the town,", "Smith"),
        ('“We will rebuild the town,”{cf} Smith said.', "We will rebuild the town,", "Smith"),
        # inside the quote, the cue and the name
        ('"We will re{cf}build the town," sa{cf}id Sm{cf}ith.',
         "We will re{cf}build the town,", "Smith"),
    ],
)
def test_a_format_character_is_read_as_absent(
    cf: str, template: str, quoted: str, speaker: str
) -> None:
    text = template.format(cf=cf)
    found = annotated(ENRICHER, text, "quote")
    assert [(q["style"], q["surface"], q["speaker"]) for q in found] == [
        ("direct", quoted.format(cf=cf), speaker)
    ]
    (person,) = annotated(ENRICHER, text, "person")
    assert person["surface"].replace(cf, "") == speaker and person["name"] == speaker


@pytest.mark.parametrize("cf", _FORMAT_CHARACTERS)
def test_format_characters_give_the_annotations_of_the_text_without_them(cf: str) -> None:
    plain = (
        "The mayor spoke. “We will rebuild the town,” said Smith. Jones, the treasurer, "
        "said the town had no money. According to Brown, the work starts in May."
    )
    text = plain.replace(". ", f".{cf} ").replace("“", f"{cf}“").replace("Jones", f"Jo{cf}nes")
    visible = [i for i, ch in enumerate(text) if ch != cf]  # where each character of plain is
    expected = []
    for a in readings(plain):
        for start, end in (("start", "end"), ("cue_start", "cue_end")):
            if a.get(start) is not None:  # a span holds the format characters inside it only
                a[start], a[end] = visible[a[start]], visible[a[end] - 1] + 1
        a["surface"] = text[a["start"] : a["end"]]
        expected.append(a)
    assert len(expected) >= 6
    assert readings(text) == expected
