"""Tests that enriching compiles no regular expression once each pattern a text asks for
has been compiled: no pattern is built from a document's words, and none is passed to
``re`` or ``regex`` as a string each call (a look-up in their caches, and a compile again
once a pattern falls out of them)."""

from __future__ import annotations

import re
from typing import Any

import pytest
import regex
import regex._main
from hypothesis import given
from hypothesis import strategies as st

import limner
from limner_quotes import _name_written_bare

#: Texts from outlets, countries and topics of every kind, each reaching a rule that once
#: compiled a pattern as it read (a unit's name, a currency's adjective, a unit's second
#: reading, a clock's hour, an elongated word, a name before "'s said"):
#: ``(text, kind, surface)``, an annotation the text gets.
TEXTS: list[tuple[str, str, str]] = [
    (
        "The reserve covers 4,500 square kilometres of wetland in northern Botswana.",
        "number",
        "4,500 square kilometres",
    ),
    (
        "The fare rose to 350 Pakistani rupees on the Lahore metro this spring.",
        "number",
        "350 Pakistani rupees",
    ),
    ("The drone records footage at 120fps for the slow-motion replays.", "number", "120fps"),
    ("Polling stations in Nairobi stay open from 6 to 8 p.m. on Tuesday.", "location", "Nairobi"),
    (
        "Fans queued for hours and the new stadium looks sooo good, said one visitor.",
        "sentiment",
        "Fans queued for hours and the new stadium looks sooo good, said one visitor.",
    ),
    (
        "Sergio Marchetti left the Turin club in May. Marchetti's said little since.",
        "quote",
        "little since",
    ),
]


@pytest.fixture
def compiles(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The patterns handed to ``re`` and ``regex`` to compile (or look up in their caches)
    while the fixture lasts."""
    seen: list[Any] = []
    for module in (re, regex._main):
        original = module._compile

        def counted(pattern: Any, *args: Any, _original: Any = original, **kw: Any) -> Any:
            seen.append(pattern)
            return _original(pattern, *args, **kw)

        monkeypatch.setattr(module, "_compile", counted)
    return seen


def test_a_second_reading_of_the_texts_compiles_nothing(compiles: list[Any]) -> None:
    enricher = limner.Enricher(plugins="numbers,quotes,locations,sentiment")
    for text, kind, surface in TEXTS:  # the first reading compiles what each text asks
        doc = enricher.enrich(text)
        assert not doc.errors, doc.errors
        assert surface in [text[a.start : a.end] for a in doc.select(kind)], (text, kind)
    compiles.clear()
    for text, _kind, _surface in TEXTS:
        enricher.enrich(text)
    assert compiles == []


@pytest.mark.parametrize(
    ("text", "name", "bare"),
    [
        ("Moody's said the outlook was stable.", "Moody's", True),
        ("Moody's said the outlook was stable.", "Moody", False),
        ("Clinton spoke. Clinton's said so.", "Clinton", True),
        ("Clintons and Clinton-era aides: Clinton's said so.", "Clinton", False),
        ("O'Clinton and Clinton's said so.", "Clinton", False),
        ("A's A's A", "A's A", False),  # the second is within the first, never read
        ("", "Clinton", False),
    ],
)
def test_a_name_written_bare(text: str, name: str, bare: bool) -> None:
    assert _name_written_bare(text, name) is bare


def _by_pattern(text: str, name: str) -> bool:
    """What :func:`_name_written_bare` tells, as a pattern of the name finds it."""
    return any(
        not text.startswith(("'s", "’s"), m.end())
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])", text)
    )


@given(
    st.text(alphabet="ab '’s-_é1.", max_size=14),
    st.text(alphabet="ab '’s-", max_size=4),
)
def test_a_name_written_bare_is_what_a_pattern_of_it_finds(text: str, name: str) -> None:
    assert _name_written_bare(text, name) is _by_pattern(text, name)
