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
