"""Towns of one name in several countries told apart by the story's evidence when no capital
is named: a region's demonym before its people or goods, a public body named with its land;
and the floors of the ninth set of passages from other outlets
(``data/unseen_evidence.json``)."""

from __future__ import annotations

import pytest

import limner
from tests.plugins import unseen_news
from tests.plugins.support import places


@pytest.fixture(scope="module")
def enricher() -> limner.Enricher:
    return limner.Enricher(["locations"])


# -- the ninth set (data/unseen_evidence.json) ------------------------------------------------

#: the floors of the ninth set (``python -m tests.plugins.unseen_news --set evidence``): the
#: figures measured when they were last raised (as first scored, before any rule read them:
#: 94.1% and 85.6%)
EVIDENCE_EXACT_F1 = 0.940
EVIDENCE_RESOLVED = 0.874


def test_the_evidence_labels_are_whole_words_of_their_story() -> None:
    unseen_news.assert_labels_are_whole_words(unseen_news.EVIDENCE, least=200)


def test_evidence_keeps_its_figures(enricher: limner.Enricher) -> None:
    unseen_news.assert_keeps_its_figures(
        enricher, unseen_news.EVIDENCE, gold=450, f1=EVIDENCE_EXACT_F1, resolved=EVIDENCE_RESOLVED
    )


# -- a capital's or a major city's namesakes weighed by the story's evidence --------------------

#: (text, surface, its country): a region's demonym before a noun of people or goods says
#: where they come from and leaves a national capital or a major city its name; the region's
#: people in the plural, a body of its state after the demonym, and a public body named with
#: its land ("Police Scotland") say where the story is
WEIGHED = [
    ("Texan tourists in Paris were warned of pickpockets.", "Paris", "FR"),
    ("Scottish rugby fans flew to Perth for the tour match.", "Perth", "AU"),
    ("A Floridian couple married in Melbourne last spring.", "Melbourne", "AU"),
    ("Police Scotland said a man was arrested in Perth on Friday.", "Perth", "GB"),
    ("Scottish police said a man was arrested in Perth on Friday.", "Perth", "GB"),
    ("The drill prepares Ohioans for tornado season, officials in Dublin said.", "Dublin", "US"),
    ("A Texas man was arrested in Paris after the chase.", "Paris", "US"),
]


@pytest.mark.parametrize(("text", "surface", "country"), WEIGHED)
def test_a_namesake_is_weighed_by_the_storys_evidence(
    enricher: limner.Enricher, text: str, surface: str, country: str
) -> None:
    found = [p for p in places(enricher, text) if p["surface"] == surface]
    assert found, text
    assert found[0]["country"] == country, found[0]
