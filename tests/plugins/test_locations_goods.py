"""Wines, spirits and teas named bare after their land, read as goods before a noun of
their trade or after "a" with no noun after them, and the same names as places; and the
floors of the tenth set of passages from other outlets (``data/unseen_goods.json``)."""

from __future__ import annotations

import pytest

import limner
from tests.plugins import unseen_news
from tests.plugins.support import annotated


@pytest.fixture(scope="module")
def enricher() -> limner.Enricher:
    return limner.Enricher(["locations"])


# -- the tenth set (data/unseen_goods.json) ----------------------------------------------------

#: the floors of the tenth set (``python -m tests.plugins.unseen_news --set goods``): the
#: figures measured when they were last raised (as first scored, before any rule read them:
#: 81.4% and 93.5%)
GOODS_EXACT_F1 = 0.917
GOODS_RESOLVED = 0.940


def test_the_goods_labels_are_whole_words_of_their_story() -> None:
    unseen_news.assert_labels_are_whole_words(unseen_news.GOODS, least=40)


def test_goods_keeps_its_figures(enricher: limner.Enricher) -> None:
    unseen_news.assert_keeps_its_figures(
        enricher, unseen_news.GOODS, gold=50, f1=GOODS_EXACT_F1, resolved=GOODS_RESOLVED
    )


# -- a good named after its land -----------------------------------------------------------

#: (text, the name, whether it is a place there)
GOODS = [
    ("Champagne house Moet reported record sales in Singapore last year.", "Champagne", False),
    ("Cognac house Hennessy will open a visitor centre in Shanghai.", "Cognac", False),
    ("A Rioja producer has bought two estates in Portugal.", "Rioja", False),
    ("The chef pours a Marsala and a Madeira into the sauce.", "Madeira", False),
    ("His order was simple: a Sancerre for her and a Chablis for himself.", "Chablis", False),
    (
        "Hail fell across the Champagne region on Tuesday, damaging vines near Reims.",
        "Champagne",
        True,
    ),
    (
        "The mayor of Cognac has asked Paris for help after the river Charente burst its banks.",
        "Cognac",
        True,
    ),
    ("Flights to Madeira were cancelled on Sunday as high winds hit.", "Madeira", True),
    ("They spent a week on Madeira with friends from Lisbon.", "Madeira", True),
    # a town of the list before a noun of another trade stays the town
    ("Bordeaux house prices rose 5% last year, the agency said.", "Bordeaux", True),
    ("Porto house prices have doubled since 2015.", "Porto", True),
    ("Porto sales of new cars fell in March.", "Porto", True),
]


@pytest.mark.parametrize(("text", "name", "place"), GOODS)
def test_a_good_named_after_its_land(
    enricher: limner.Enricher, text: str, name: str, place: bool
) -> None:
    found = [p["surface"] for p in annotated(enricher, text, "location")]
    assert (name in found) == place, found
