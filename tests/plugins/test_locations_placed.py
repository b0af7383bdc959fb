"""The floors of the sixteenth set of passages from other outlets
(``data/unseen_placed.json``): towns of one name in several countries placed by the rest of
their story (their division, a comma list, a neighbour across a border, a landmark, water).

Run as a script to print right/total and the misses::

    python -m tests.plugins.test_locations_placed
"""

from __future__ import annotations

import pytest

import limner
from tests.plugins import unseen_news


@pytest.fixture(scope="module")
def enricher() -> limner.Enricher:
    return limner.Enricher(["locations"])


#: the floors of the sixteenth set (``python -m tests.plugins.unseen_news --set placed``):
#: the figures measured when they were last raised (as first scored, before any rule read
#: them: exact F1 96.4%, resolved 86.7%, 104 of 120 pairs; 37 of the 58 passages right)
PLACED_EXACT_F1 = 0.963
PLACED_RESOLVED = 0.866


def test_the_placed_labels_are_whole_words_of_their_story() -> None:
    unseen_news.assert_labels_are_whole_words(unseen_news.PLACED, least=58)


def test_placed_keep_their_figures(enricher: limner.Enricher) -> None:
    unseen_news.assert_keeps_its_figures(
        enricher,
        unseen_news.PLACED,
        gold=127,
        f1=PLACED_EXACT_F1,
        resolved=PLACED_RESOLVED,
    )


if __name__ == "__main__":  # pragma: no cover
    result = unseen_news.score(limner.Enricher(["locations"]), unseen_news.PLACED)
    print(f"resolved: {round(result['resolved'] * result['pairs'])}/{result['pairs']}")
    print(f"exact F1: {result['f1']:.4f} over {result['gold']} labelled places")
    print("\n".join(result["misses"]))
