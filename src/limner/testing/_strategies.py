"""Hypothesis strategies for texts and documents."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from limner.document import Annotation, Document

__all__ = ["TROUBLEMAKERS", "documents", "nasty_texts", "news_texts", "texts"]

_NEWS_WORDS = [
    "said",
    "the",
    "minister",
    "Azerbaijan",
    "Paris",
    "Texas",
    "300,000",
    "2.4",
    "20%",
    "$5m",
    "forty-four",
    "a dozen",
    "nearly",
    "over",
    "“",
    "”",
    '"',
    "'",
    "«",
    "»",
    "Mr.",
    "U.S.",
    "Nov.",
    "ISLAMABAD:",
    "\n\n",
    ".",
    ",",
    "!",
    "?",
    "according to",
    "he",
    "she",
    "good",
    "terrible",
    "not",
    "very",
    "but",
    "1993",
    "billion",
    "km",
    "per cent",
    "said that",
    "O’Brien",
    "rock ’n’ roll",
    "—",
    "-",
    "(",
    ")",
    "Fuzuli",
    "Füzuli",
    "Laçın",
    "Reading",
]
_NASTY = [
    "\x00",
    "\ud800",
    "\udfff",
    "\r\n",
    "\r",
    "\u0301",
    "e\u0301",
    "\u200b",
    "\u200f",
    "\u202e",
    "שלום",
    "مرحبا",
    "\ufeff",
    "🇦🇿",
    "👩‍👩‍👧",
    "\u2028",
    "\u2029",
    "\t",
    " ",
    "ǅ",
    "ß",
    "İ",
    "ﬁ",
    "Ⅻ",
    "٣",
    "１２３",
    "\U0001d7d9",
    "a" * 50,
    "1," * 40,
    "“" * 20,
]


#: Texts that broke plugins before: each is tried by :func:`~limner.testing.check_plugin`
#: in every run, and :func:`nasty_texts` draws them whole as well as in parts.
TROUBLEMAKERS: tuple[str, ...] = (
    "",
    " ",
    " \t\n\r\n ",
    "\r",
    "One.\rTwo said “yes”.\rThree in Paris.",
    "line one\r\nline two\r\n",
    "\x00",
    "a\x00b 300,000 \x00",
    "\ud800",
    "\udfff \ud83d said \ud800",
    "e\u0301",
    "\u0301\u0301 Cafe\u0301 “de\u0301ja\u0300”",
    "שלום עולם. مرحبا بالعالم",
    "\u202eright to left\u202c and \u200f",
    "\ufeffThe BOM",
    "👩‍👩‍👧 🇦🇿 ５ km",
)


def texts(max_size: int = 400) -> st.SearchStrategy[str]:
    """Any Python text, surrogates and control characters included."""
    return st.text(st.characters(codec=None), max_size=max_size)


def news_texts(max_words: int = 60) -> st.SearchStrategy[str]:
    """Word salads of news vocabulary: numbers, quote marks, names, cues."""
    return st.lists(st.sampled_from(_NEWS_WORDS), max_size=max_words).map(" ".join)


def nasty_texts(max_parts: int = 30) -> st.SearchStrategy[str]:
    """News words mixed with NUL, lone surrogates, CR/LF, combining marks, RTL, emoji.

    Draws the :data:`TROUBLEMAKERS` whole, and in parts of longer texts.
    """
    part = st.one_of(
        st.sampled_from(_NEWS_WORDS),
        st.sampled_from(_NASTY + list(TROUBLEMAKERS)),
        texts(8),
    )
    return st.one_of(
        st.sampled_from(TROUBLEMAKERS), st.lists(part, max_size=max_parts).map("".join)
    )


@st.composite
def _annotated(draw: Any, text_strategy: st.SearchStrategy[str]) -> Document:
    text = draw(text_strategy)
    n = len(text)
    anns = []
    for _ in range(draw(st.integers(0, 8))):
        a = draw(st.integers(0, n))
        b = draw(st.integers(a, n))
        kind = draw(st.sampled_from(["alpha", "beta", "gamma"]))
        feats = draw(
            st.dictionaries(
                st.sampled_from(["x", "y", "label"]),
                st.one_of(st.none(), st.integers(), st.text(max_size=5)),
            )
        )
        anns.append(Annotation(kind=kind, start=a, end=b, features=feats))
    doc = Document(text=text, id=draw(st.text(max_size=5)))
    doc.add(anns, source="test")
    return doc


def documents(text_strategy: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Document]:
    """Documents with random generic annotations over any text."""
    return _annotated(text_strategy if text_strategy is not None else texts(200))
