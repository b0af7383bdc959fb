"""Verdicts told in set phrases, read as one unit: "falls short", "a step in the right
direction", "leaves much to be desired", "a breath of fresh air", "a recipe for disaster".

Editorial and opinion writing delivers its verdict in set phrases of English that no
word lexicon rates ("falls short", "goes a long way", "a damp squib", "a game changer")
or rates backwards, word by word ("a missed opportunity" reads "opportunity" as praise,
"a shot in the arm" and "a recipe for disaster" read "shot" and "disaster", "raises
more questions than it answers" reads nothing).  :data:`PHRASES` lists such phrases of
general English, as idiom dictionaries give them, each rated on the scorer's -4..4 scale
(VADER's) for the verdict it passes: mild praise or blame about 1.2 to 1.5, a plain
verdict about 2, a damning or glowing one 2.5 and more.  A verb's forms are written
``{falls|fell|fall|falling|fallen} short``, expanded once, and a word marked ``*`` is
the phrase's anchor (see below); a leading article is left out, so that "a step",
"another step" and "an important step in the right direction" all match.

A sentence's phrase (:func:`find`) replaces its words' own ratings: every lexicon's
share of a word inside it (VADER's, the adjectives' tone, AFINN's) is dropped and the
phrase's rating counts instead (:func:`apply`), negated as VADER negates a word (a
negation among the three words before it: "is not a step in the right direction", "is
no silver bullet"), weighed around "but" as the scorer weighs a word, and not rated
under a claim ("was supposed to be a game changer"), as AFINN's words are not.  A
phrase listed with ``~`` counts only when denied ("does not go far enough"), and "pay
off" not before an object ("paid off the loan").  It shows among the drivers as one
unit ("falls short").  A sentence holding one judges
(:func:`limner_sentiment.aggregate.marks`).  The target model reads the scorer's
valences alone: its features do not change.

Matching is one pass over a sentence's words: a set test for the phrases' anchors, each
phrase's longest word that is no function word, or the one marked ``*`` where that is
common in news ("short", "desired", "direction", "deserves"; most sentences hold none),
then at each anchor the few phrases built on it, looked up by the word next to it and
compared on the words they span; a phrase matched is stepped over, so that the phrases
inside it are not read again ("step in the right direction" holds "right direction").

Where it fails: a phrase in its literal sense ("the runner fell short of the line", "a
drop in the ocean's temperature"), a phrase broken by an inserted word ("falls so badly
short", "a step, at last, in the right direction"), a phrase whose verdict depends on
what it is said of ("a far cry from the chaos of last year" praises), a counterfactual
("would have gone a long way" blames), and sarcasm ("a triumph of common sense,
then").
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence

from limner_sentiment.events import BEFORE_DRAW, ordinal  # ("held to a goalless draw")
from limner_sentiment.lexicon import (
    CONTEST_DEFEAT,
    CONTEST_REACH,
    CONTEST_WIN,
    CONTESTS,
    CONTESTS_RATED,
    CONTRAST,
    DEFEATS_TOLD,
    GROUP_ENDS,
    MARGIN_NUMBERS,
    MARGIN_UNITS,
    OUT_IDIOMS,
    PASSIVE_AUXILIARIES,
    PLACES,
    PLAIN_CONTESTS,
    RANKING_REACH,
    RANKINGS,
    RATED_DOWN,
    RATED_UP,
    RATING_REACH,
    RATINGS_GIVEN,
    SETTLED,
    STANDING_FALL,
    STANDING_FALLS,
    STANDING_RISE,
    STANDING_RISES,
    _forms,
)
from limner_sentiment.lexicon import load as lexicon
from limner_sentiment.scorer import CLAIMS, _negated, claimed

__all__ = [
    "FLAT_PHRASES", "PHRASES", "REPORTS", "SETBACKS", "STANDING_WORDS", "Phrase", "anchor",
    "anchors", "apply", "expand", "find", "standing", "table"]

#: Verdict phrases of general English on the scorer's -4..4 scale; ``{a|b}`` are
#: alternatives (a verb's forms), each expanded into a phrase of its own; ``*`` marks the
#: word the phrase is looked for at, where its longest word is common in news
#: (:func:`anchor`); ``~`` opens a phrase that counts only when denied.
PHRASES: Mapping[str, float] = {
    # falling short of what was needed or promised
    "{falls|fell|fall|falling|fallen} short": -1.5,
    "{falls|fell|fall|falling|fallen} {well|far|way} short": -2.0,
    "{leaves|left|leave|leaving} {much|a lot|a great deal|something} to be *desired": -2.0,
    "*{misses|missed|miss|missing} the {point|mark}": -1.5,
    "wide of the mark": -1.5,
    "{misses|missed|miss|missing} an opportunity": -1.5,
    "{missed|wasted|lost|squandered} {opportunity|opportunities|chance}": -1.5,
    "too little too late": -2.0,
    "too little and too late": -2.0,
    "drop in the {ocean|bucket}": -1.5,
    "{paper|papers|papered|papering} over the cracks": -1.5,
    "sticking plaster": -1.2,
    "sticking-plaster": -1.2,
    "band-aid solution": -1.2,
    "half measures": -1.2,
    "half-measures": -1.2,
    "*lip service": -1.5,
    "slap on the wrist": -1.2,
    "damp squib": -1.5,
    "far *cry from": -0.8,
    "long way to go": -0.8,
    "{raises|raised|raise|raising} more questions than": -1.5,
    "*jury is still out": -0.5,
    "jury's still out": -0.5,
    "*jury is out": -0.5,
    # going wrong, or backwards
    "step backwards": -1.5,
    "step backward": -1.5,
    "backward step": -1.5,
    "backwards step": -1.5,
    "retrograde step": -1.5,
    "step in the wrong direction": -1.5,
    "wrong direction": -1.2,
    "wrong track": -1.2,
    "step too far": -1.5,
    "bridge too far": -1.5,
    "{goes|went|go|going|gone} too far": -1.5,
    "*recipe for {disaster|chaos|trouble}": -2.5,
    "{accident|disaster} *waiting to happen": -2.5,
    "*slap in the face": -2.0,
    "kick in the teeth": -2.0,
    "poisoned chalice": -2.0,
    "white elephant": -2.0,
    "house of cards": -1.5,
    "smoke and mirrors": -1.5,
    "pie in the sky": -1.5,
    "fool's errand": -1.5,
    "storm in a teacup": -1.0,
    "exercise in futility": -2.0,
    "pyrrhic victory": -1.2,
    "hollow victory": -1.2,
    "false dawn": -1.5,
    "race to the bottom": -1.5,
    "dead in the water": -2.0,
    "dead end": -1.5,
    "dead-end": -1.5,
    "out of touch": -1.5,
    "out of {its|their|his|her|our|my|your} depth": -1.5,
    "behind the *curve": -1.0,
    "{kick|kicks|kicked|kicking} the can down the road": -1.5,
    "rearranging the deckchairs": -1.5,
    "rearranging the deck chairs": -1.5,
    "good money after *bad": -1.5,
    "{bury|buries|buried|burying} {its|their|his|her} heads in the sand": -1.5,
    "{bury|buries|buried|burying} {its|their|his|her} head in the sand": -1.5,
    "asleep at the wheel": -2.0,
    "{shoot|shoots|shot|shooting} {itself|themselves|himself|herself} in the foot": -1.5,
    "{beggars|beggar|beggared|defies|defy|defied} {belief|logic|comprehension}": -2.0,
    "*{flies|fly|flew|flying} in the face of": -1.5,
    "last straw": -1.5,
    "bitter pill": -1.5,
    "*sorry state": -2.0,
    "sorry *saga": -2.0,
    "can of worms": -1.5,
    "knee-jerk": -1.5,
    "back to square one": -1.2,
    "back to the drawing board": -1.0,
    "{hits|hit|hitting} a brick wall": -1.5,
    "{lost|losing|lose|loses} the plot": -1.5,
    "wake-up call": -1.0,
    "*wake up call": -1.0,
    "cause for {concern|alarm}": -1.5,
    "{leaves|left|leave|leaving} a {bad|sour|bitter|nasty} taste": -1.5,
    "tip of the iceberg": -1.0,
    "elephant in the room": -1.0,
    "hammer blow": -2.0,
    "body blow": -1.5,
    "cop-out": -1.5,
    "non-starter": -1.5,
    "nonstarter": -1.5,
    "~worth the paper": 2.5,
    "wrong side of history": -1.5,
    # right, and working
    "step in the right direction": 1.5,
    "steps in the right direction": 1.5,
    "right direction": 1.2,
    "right track": 1.2,
    "back on track": 1.2,
    "*step forward": 1.2,
    "*leap forward": 1.5,
    "*{deserves|deserve|deserved|deserving} credit": 1.5,
    "credit where credit is due": 1.5,
    "credit where it is due": 1.5,
    "credit where it's due": 1.5,
    "hats off to": 1.5,
    "breath of fresh air": 2.0,
    "{goes|went|go|going|gone} a long way": 1.2,
    "{goes|went|go|going|gone} some way": 0.8,
    # what goes far enough is a verdict only when denied ("does not go far enough"; "has
    # gone far enough" may say "stop")
    "~{goes|went|go|going|gone} far enough": 2.0,
    "{pays|paid|pay|paying} off": 1.2,
    "{hits|hit|hitting} the mark": 1.5,
    "{hits|hit|hitting} the right note": 1.5,
    "{strikes|struck|strike|striking} the right {balance|note|tone}": 1.5,
    "*right call": 1.5,
    "*right decision": 1.5,
    "*right move": 1.5,
    "*right thing to do": 1.5,
    "shot in the arm": 1.8,
    "game changer": 2.0,
    "game-changer": 2.0,
    "safe pair of hands": 1.5,
    "safe hands": 1.2,
    "winning formula": 2.0,
    "win-win": 2.0,
    "no-brainer": 1.5,
    "force for good": 2.0,
    "silver lining": 1.0,
    "silver bullet": 1.2,
    "feather in {its|their|his|her|the} cap": 1.5,
    "*tour de force": 2.5,
    "stroke of genius": 2.5,
    "masterstroke": 2.0,
    "cut above": 1.5,
    "head and shoulders above": 2.0,
    "second to *none": 2.5,
    "cause for celebration": 2.0,
    "job well done": 2.0,
    "{rises|rose|rise|rising|risen} to the {occasion|challenge}": 1.8,
    "{delivers|delivered|deliver|delivering} the goods": 1.5,
    "gold standard": 2.0,
    "{stands|stood|stand|standing} the test of time": 2.0,
    "{punches|punched|punch|punching} above {its|their|his|her|our|my|your} weight": 2.0,
    "worth {its|their|his|her} weight in gold": 2.5,
    "fit for purpose": 1.5,
    "{hits|hit|hitting} the *ground running": 1.5,
    "long overdue": 0.8,
    "long-overdue": 0.8,
    "sigh of relief": 1.0,
    "level playing field": 1.0,
    "role model": 1.5,
}

#: Set phrases of general English that pass no verdict though a lexicon rates a word of
#: them in another sense: a price ("valued at"), a basis ("on the strength of"), an amount
#: ("at great expense", "well over"), a kind ("of its kind"), a concession ("can be
#: forgiven for thinking"), a case put ("argued that"), a letter's closing formula ("Yours
#: faithfully", "Yours sincerely": the courtesy of a letter's form, not its tone; a
#: "Sincerely" standing alone is left, as it is the adverb of "I sincerely hope"), an
#: obituary's list of the family left ("is survived by her husband": no survival of a
#: harm), and a match's coin toss ("won the toss and chose to bat": no result).  Each
#: is read as a phrase of
#: :data:`PHRASES` is, rated 0: its words' shares are dropped, nothing counts instead, and
#: the sentence does not judge by it.  ("A great deal of", "no doubt" and "for the most
#: part" are left out: in reviews they carry the praise they qualify, "a great deal of
#: charm", "no doubt the best".)
FLAT_PHRASES: tuple[str, ...] = (
    "{valued|valuing} at",
    "on the strength of",
    "at great {expense|cost}",
    "of {its|their|this|that|every|any|his|her} kind",
    "of the same kind",
    "{can|could|may|might} be *forgiven for",
    "*well {over|above|below|under|beyond|past|into}",
    "{argue|argues|argued|arguing} that",
    "yours {faithfully|sincerely|truly}",
    "{is|are|was|were} survived by",
    "{won|wins|win|winning|lost|loses|lose|losing} the toss",
    # a patient's state told as hospitals tell it: "stable" is no praise
    "{stable|comfortable} condition",
    # a vote on a government's or a leader's survival: the verb tells its result ("lost a
    # confidence vote", "survived a confidence vote"), "confidence" none (looked for at
    # "vote": "confidence" is common in news, "consumer confidence")
    "confidence {*vote|*votes|*motion}",
)

#: A patient's state told in the set phrases of hospitals and the news that reports them
#: ("was discharged from hospital", "is in a critical condition"), on the scorer's scale
#: as a report: found and read as a phrase of :data:`PHRASES` is (its words' shares
#: dropped, its rating instead), but no verdict, so a sentence holding one does not judge
#: by it.  "Discharged" and "released" alone tell no patient's state ("discharged
#: sewage", "released a statement"); "critical" and "serious" alone are VADER's (-1.1,
#: -0.1); "critical but stable" is still critical (a contrast would have "stable" weigh
#: 1.5 times); a "stable condition" is neither (:data:`FLAT_PHRASES`).
REPORTS: Mapping[str, float] = {
    "{released|discharged} from {hospital|the hospital}": 1.5,
    "discharged after treatment": 1.5,
    "{critical|life-threatening} condition": -2.0,
    "serious condition": -1.5,
    "critical but stable condition": -1.5,
}

#: A penalty or a setback told in the set phrases of court, business and sport news,
#: where no lexicon rates the verb ("was fined £10m", "was sent off in the second half",
#: "was dropped from the squad"): read as a report of :data:`REPORTS` is (its words'
#: shares dropped, its rating instead, no verdict).  "Fined" and "sent off" only in the
#: passive, the one punished as their subject ("the regulator fined the bank", "sent
#: off the application" tell no harm to their subject); "dropped" and "axed" only in the
#: passive and before "from" ("was dropped from the England squad"; "prices dropped from
#: $5", "the charges were dropped" are no setback of the subject).  Each is looked for at
#: its verb ("being" and "getting", longer, are common).  The passive's auxiliary is one
#: of :data:`~limner_sentiment.lexicon.PASSIVE_AUXILIARIES` or a form of "get" ("got
#: fined"): :data:`_PASSIVE_OR_GET`.
_PASSIVE_OR_GET = (
    "{" + "|".join([*sorted(PASSIVE_AUXILIARIES), "get", "gets", "got", "getting"]) + "}"
)
SETBACKS: Mapping[str, float] = {
    f"{_PASSIVE_OR_GET} *fined": -1.5,
    f"{_PASSIVE_OR_GET} *sent off": -1.5,
    f"{_PASSIVE_OR_GET} {{*dropped|*axed}} from": -1.5,
}

#: A phrase as listed: its words, the place of its anchor among them (:func:`table`), its
#: text (the driver's name), its rating and whether it counts only when denied.
Phrase = tuple[tuple[str, ...], int, str, float, bool]

_ALTERNATIVES = re.compile(r"\{([^{}]*)\}")


def expand(pattern: str) -> list[str]:
    """The phrases a pattern of :data:`PHRASES` writes, each alternative of its
    ``{a|b}`` groups in turn ("{falls|fell} short" -> "falls short", "fell short")."""
    parts = _ALTERNATIVES.split(pattern)  # text, group, text, group, ... text
    choices = [[p] if k % 2 == 0 else p.split("|") for k, p in enumerate(parts)]
    return [" ".join("".join(c).split()) for c in itertools.product(*choices)]


#: Words no phrase is anchored on: the pronouns, determiners, prepositions and
#: auxiliaries that hold many of news's sentences (:func:`anchor`).
FUNCTION_WORDS = frozenset({
    "a", "an", "the", "of", "in", "on", "to", "for", "out", "and", "is", "its", "his",
    "her", "our", "my", "your", "their", "from", "after", "some", "still", "itself",
    "themselves", "himself", "herself", "than", "more", "with", "into", "that", "this",
    "about", "there", "where", "which", "what", "have", "been", "does", "were"})


def anchor(words: Sequence[str]) -> int:
    """The place of a phrase's anchor among its words: the word marked ``*`` in
    :data:`PHRASES`, else its longest word that is not of :data:`FUNCTION_WORDS`, the
    last of the longest (a long word is a rare one: "can of worms" is looked for at
    "worms", "last straw" at "straw", "falls short" at "short"), so that the words looked
    at are those few that a phrase may be built on, not "last", "can" or "from"."""
    for k, w in enumerate(words):
        if w.startswith("*"):
            return k
    content = [w if w not in FUNCTION_WORDS else "" for w in words]
    longest = max(map(len, content))
    return max(k for k, w in enumerate(content) if len(w) == longest)


@functools.cache
def table() -> dict[str, tuple[Phrase, ...]]:
    """The phrases by their anchor (:func:`anchor`) and the word next to it, longest
    first (built once): under ``"short<falls"`` those whose anchor "short" has "falls"
    before it, under ``"breath>of"`` those that open with their anchor "breath" and have
    "of" after it, under the anchor alone those of one word.  Most of an anchor's places
    in news are ruled out by one look-up of the word before or after it.  An anchor that
    ends its phrase is listed also with the period a sentence's last word keeps.  (One
    flat table: many small ones would each be another object for the collector to
    visit.)"""
    return _built()[0]


@functools.cache
def _built() -> tuple[dict[str, tuple[Phrase, ...]], frozenset[str]]:
    """:func:`table`, and the texts of the phrases of :data:`PHRASES` (the units that
    pass a verdict: a contest's result, a standing's change and a report of
    :data:`REPORTS` or :data:`SETBACKS` pass none), built in one pass."""
    by_key: dict[str, list[Phrase]] = {}
    verdicts: set[str] = set()
    listed = itertools.chain(
        PHRASES.items(), REPORTS.items(), SETBACKS.items(),
        ((p, 0.0) for p in FLAT_PHRASES))
    for pattern, rating in listed:
        denied = pattern.startswith("~")
        judged = pattern in PHRASES
        for marked in expand(pattern.lstrip("~")):
            k = anchor(marked.split())
            phrase = marked.replace("*", "")
            if judged:
                verdicts.add(phrase)
            words = tuple(phrase.split())
            entry = (words, k, phrase, float(rating), denied)
            for key in [words[k]] + ([words[k] + "."] if k == len(words) - 1 else []):
                if k:
                    key += "<" + words[k - 1]
                elif len(words) > 1:
                    key += ">" + words[1]
                by_key.setdefault(key, []).append(entry)
    return {key: tuple(sorted(ps, key=lambda p: -len(p[0]))) for key, ps in by_key.items()}, (
        frozenset(verdicts))


@functools.cache
def anchors() -> frozenset[str]:
    """The words a phrase is anchored on, the verbs of a contest's result
    (:func:`contest`) and the words of a standing's change (:data:`STANDING_WORDS`), also
    with the period a sentence's last word keeps: a sentence holding none holds no
    phrase."""
    return frozenset(key.partition("<")[0].partition(">")[0] for key in table()) | _UNIT_WORDS


#: The verbs of a contest's result (:func:`contest`).
_CONTEST_WORDS = CONTESTS | CONTESTS_RATED | DEFEATS_TOLD
#: The auxiliaries of a contest's passive: the passive's, and "get" ("getting hammered").
_CONTEST_PASSIVE = PASSIVE_AUXILIARIES | frozenset({"get", "gets", "got", "getting"})


def _score(word: str) -> bool:
    """Whether ``word`` is a match's score ("3-2", "48-7", "3-2."): figures either side
    of one hyphen or dash."""
    word = word.rstrip(".")
    for dash in "-\u2013":
        a, sep, b = word.partition(dash)
        if sep:
            return a.isdigit() and b.isdigit() and len(a) <= 3 and len(b) <= 3
    return False


def _contest_passive(words: Sequence[str], i: int) -> bool:
    """Whether the verb at ``i`` is a passive's participle: an auxiliary of the passive
    (or "getting") right before it, or before one adverb in -ly ("were thoroughly
    outplayed")."""
    for k in range(i - 1, max(-1, i - 3), -1):
        w = words[k]
        if w.endswith("."):
            return False
        if w in _CONTEST_PASSIVE:
            return True
        if not w.endswith("ly"):
            return False
    return False


def _result_after(words: Sequence[str], i: int) -> bool:
    """Whether a contest's result follows the verb at ``i`` within
    :data:`~limner_sentiment.lexicon.CONTEST_REACH` words of its sentence: a score
    ("beat Rangers 3-2"), "by", a number and a margin's unit ("by nine wickets", "by a
    point"), or "on penalties", "on aggregate"."""
    n = len(words)
    for k in range(i + 1, min(n, i + 1 + CONTEST_REACH)):
        if words[k - 1].endswith("."):
            return False
        w = words[k]
        if _score(w):
            return True
        if k + 1 < n and (w == "on" or w == "by"):
            following = words[k + 1].rstrip(".")
            if w == "on" and following in SETTLED:
                return True
            if w == "by" and (following in MARGIN_NUMBERS or following.isdigit()):
                return k + 2 < n and words[k + 2].rstrip(".") in MARGIN_UNITS
    return False


def contest(words: Sequence[str], i: int) -> float | None:
    """The rating of the contest's verb at word ``i`` read as a result told through the
    side (``None`` where it tells none, and any rating of its own stands; 0.0 where it is
    a plain report, its own rating dropped).

    A verb of :data:`~limner_sentiment.lexicon.CONTESTS` or
    :data:`~limner_sentiment.lexicon.CONTESTS_RATED` in the active with its result after
    it in its sentence (a score, a margin, "on penalties": "Ireland thrashed Italy
    48-7", "The All Blacks crushed Namibia 71-3") is the subject's win; one of
    :data:`~limner_sentiment.lexicon.PLAIN_CONTESTS` ("beat", "defeated") only after
    "to" ("came from behind to beat Rangers 3-2"), a plain report elsewhere ("Arsenal
    beat Chelsea 2-1"). In the passive, or with the score right after it (a participle
    after its noun: "the Chelsea side crushed 5-1", "getting hammered 42-6"), a verb of
    ``CONTESTS`` is the subject's defeat ("India were thrashed by South Africa"), and
    VADER's rating of the others stands.  A verb of
    :data:`~limner_sentiment.lexicon.DEFEATS_TOLD` is a defeat in its sense only:
    "crashed out", "were knocked out", "were held to a draw".  "Hammered out" and
    "thrashed out" (an agreement) are none.  What :mod:`limner_sentiment.events` reads
    of the same results is each side's (its ``WIN`` and ``BEATEN``).
    """
    n = len(words)
    word = words[i]
    ends = word.endswith(".")
    word = word.rstrip(".")
    following = words[i + 1].rstrip(".") if i + 1 < n and not ends else ""
    if word in DEFEATS_TOLD:
        if word == "crashed":
            return CONTEST_DEFEAT if following == "out" else None
        if not _contest_passive(words, i):
            return None
        if word == "knocked":
            return CONTEST_DEFEAT if following == "out" else None
        if following != "to":  # "were held to a draw", "to a 1-1 draw"
            return None
        for k in range(i + 2, min(n, i + 5)):
            w = words[k].rstrip(".")
            if w == "draw":
                return CONTEST_DEFEAT
            if words[k].endswith(".") or not (w in BEFORE_DRAW or _score(w)):
                return None
        return None
    if following == "out" and word in OUT_IDIOMS:
        return None  # "hammered out a deal"
    rated = word in CONTESTS_RATED
    if _contest_passive(words, i) or _score(following):
        return None if rated else CONTEST_DEFEAT
    if ends or not _result_after(words, i):
        return None
    if word in PLAIN_CONTESTS and (i == 0 or words[i - 1] != "to"):
        return 0.0  # "Arsenal beat Chelsea 2-1": a report
    return CONTEST_WIN


#: The words a standing's change is looked for at (:func:`standing`): the verbs of a
#: rating, "places" and the rankings named by a word no other sense has ("rankings",
#: "standings"; "index", "table" and "league" are read only as the end of a unit from
#: "places").  They are anchors of the phrases' pass (:func:`anchors`): words rare in
#: news, so that few sentences are read for them.
_RANKING_WORDS = _forms("places rankings ranking standings")
_RATED_WORDS = RATED_UP | RATED_DOWN
STANDING_WORDS = _RANKING_WORDS | _RATED_WORDS


def _number(word: str) -> bool:
    """Whether ``word`` is a count ("12", "five")."""
    return word.isdigit() or (word in MARGIN_NUMBERS and word not in ("a", "an"))


def _direction(word: str) -> float:
    """The rating of a standing's verb: a rise, a fall, or 0.0 for neither."""
    if word in STANDING_RISES:
        return STANDING_RISE
    if word in STANDING_FALLS:
        return STANDING_FALL
    return 0.0


def _rated(words: Sequence[str], i: int) -> tuple[int, int, float, int] | None:
    """A rating changed at word ``i`` ("upgraded", "downgraded"): "to" and a rating of
    :data:`~limner_sentiment.lexicon.RATINGS_GIVEN` within
    :data:`~limner_sentiment.lexicon.RATING_REACH` words after it ("upgraded Shell to buy",
    "downgraded Italy's credit rating to BBB-")."""
    n = len(words)
    for k in range(i + 1, min(n - 1, i + RATING_REACH)):
        w = words[k]
        if w.endswith("."):
            return None
        if w == "to":
            if words[k + 1] not in RATINGS_GIVEN:
                return None
            rating = STANDING_RISE if words[i] in RATED_UP else STANDING_FALL
            return i, k + 2, rating, i
    return None


def _ranked(words: Sequence[str], i: int) -> tuple[int, int, float, int] | None:
    """A place in a ranking gained or lost, at "places" or a ranking, word ``i``: a verb
    of a rise or a fall before a number of places ("fell 20 places"), before "to" and an
    ordinal ("slipped to 40th"), or before the ranking itself ("climbed the rankings",
    "slid down the standings"), within :data:`~limner_sentiment.lexicon.RANKING_REACH` words.
    The unit runs to the ranking named after "in" or "on" (from "places": "fell 20 places
    in the press freedom index"), so that what the ranking measures is not read."""
    n = len(words)
    at_places = words[i].rstrip(".") == "places"
    if at_places:
        if i < 2 or not _number(words[i - 1]):
            return None
        rating = _direction(words[i - 2])
        if not rating:
            return None
        start, end = i - 2, i + 1
        if not words[i].endswith(".") and end < n and words[end] in ("in", "on"):
            for k in range(end + 1, min(n, i + RANKING_REACH)):
                if words[k].rstrip(".") in RANKINGS:
                    return start, k + 1, rating, start
                if words[k].endswith(".") or words[k] in GROUP_ENDS:
                    break
        return start, end, rating, start
    for k in range(i - 1, max(-1, i - RANKING_REACH), -1):
        w = words[k]
        if w.endswith(".") or w in PLACES:
            return None
        rating = _direction(w)
        if not rating:
            continue
        following = words[k + 1] if k + 1 < i else ""
        if following in ("up", "down"):  # "climbed up the rankings"
            following = words[k + 2] if k + 2 < i else ""
        if following == "the" or (
            following == "to" and k + 2 < i and ordinal(words[k + 2].rstrip("."))
        ):
            return k, i + 1, rating, k
        return None
    return None


def standing(words: Sequence[str], i: int) -> tuple[int, int, float, int] | None:
    """A standing told as a change of a thing good for its owner, at word ``i`` (one of the
    words it is looked for at): ``(start, end, rating, verb)`` of the unit (``verb`` the
    place of its verb, a negation right before which turns it), the rise
    :data:`~limner_sentiment.lexicon.STANDING_RISE`, the fall
    :data:`~limner_sentiment.lexicon.STANDING_FALL`; ``None`` where it tells none.

    A rating changed ("upgraded Shell to buy") and a place in a ranking ("fell 20 places
    in the press freedom index", "climbed the rankings").  It is a report, no verdict;
    what :mod:`limner_sentiment.events` reads of such changes is the owner's."""
    if words[i] in _RATED_WORDS:
        return _rated(words, i)
    return _ranked(words, i)


def _units_at(
    words: Sequence[str], found: list[tuple[int, int, str, float]], places: list[int],
    read: Callable[[Sequence[str], int], tuple[int, int, float] | None],
) -> list[tuple[int, int, str, float]]:
    """``found`` with the units that ``read`` finds at ``places`` outside its units (the
    unit's first and end word and its rating, or ``None``), each a unit of its words, in
    reading order.  The units taken, ``found``'s and those added, never overlap, so their
    starts and ends rise together: whether a place lies in one, or a unit read meets one,
    is two bisections, whatever the number of units a sentence holds ("fell 5 places and
    ..." a thousand times in one sentence)."""
    starts = [a for a, _, _, _ in found]
    ends = [b for _, b, _, _ in found]
    added = False
    for i in places:
        k = bisect_right(starts, i)
        if k and i < ends[k - 1]:
            continue  # (inside the unit that starts last at or before it)
        unit = read(words, i)
        if unit is None:
            continue
        a, b, rating = unit
        k = bisect_left(starts, b)
        if k and ends[k - 1] > a:
            continue  # (it meets the unit that starts last before its end)
        found.append((a, b, " ".join(words[a:b]).rstrip("."), rating))
        starts.insert(k, a)
        ends.insert(k, b)
        added = True
    if added:
        found.sort(key=lambda f: f[0])
    return found


def _standing_unit(words: Sequence[str], i: int) -> tuple[int, int, float] | None:
    """A standing's change at ``i`` (:func:`standing`), turned by a negation right before
    its verb ("have not fallen", "never rose"): a negation further back is another
    clause's, the cleaned words keep no comma ("Grief Never Grows Old, slipped four
    places")."""
    unit = standing(words, i)
    if unit is None:
        return None
    a, b, rating, verb = unit
    if verb and _negated(words[verb - 1], lexicon()):
        rating *= lexicon().negation_scalar
    return a, b, rating


def _contest_unit(words: Sequence[str], i: int) -> tuple[int, int, float] | None:
    """The verb of a contest's result at ``i`` (:func:`contest`), a unit of one word,
    turned where it is denied."""
    rating = contest(words, i)
    if rating is None:
        return None
    if rating and _denied(words, i):
        rating *= lexicon().negation_scalar
    return i, i + 1, rating


#: The verbs of a contest's result as a sentence's words hold them.
_ANCHORED = _CONTEST_WORDS | frozenset(w + "." for w in _CONTEST_WORDS)
#: The words read as units of one reading or another, not by the phrases' table: a
#: contest's verbs and a standing's words (one set test an anchor, as before the
#: standings were read).
_UNIT_WORDS = _ANCHORED | STANDING_WORDS


def find(words: Sequence[str]) -> list[tuple[int, int, str, float]]:
    """The phrases of :data:`PHRASES` in a sentence's words (lower-cased, as the scorer
    splits its cleaned text): ``(first index, end index, phrase, rating)`` in reading
    order, none overlapping (the longest at an anchor wins, and a phrase that would
    start inside one found is not read); none without any.  The rating is negated as
    VADER negates a word (a negation among the three words before the phrase: times the
    lexicon's ``negation_scalar``: "is not a step in the right direction"); a phrase
    that counts only when denied ("go far enough", listed with ``~``) is found only so;
    "pay off" with an object after it ("paid off the loan", "pay off £2bn of debt") is
    no verdict.  The verbs of a contest's result (:func:`contest`) outside a phrase are
    units of one word among them."""
    at = anchors()
    if at.isdisjoint(words):  # one C-level pass: most sentences
        return []
    by_key = table()
    n = len(words)
    found: list[tuple[int, int, str, float]] = []
    after = 0  # the first word a phrase found does not hold
    # the places of the anchors, picked by one C-level pass; at each, the phrases of the
    # word before it or after it, each compared on the words it spans
    contests: list[int] | None = None  # the places of a contest's verbs, if any
    standings: list[int] | None = None  # the places of a standing's words, if any
    for i in itertools.compress(range(n), map(at.__contains__, words)):
        if i < after:
            continue
        w = words[i]
        if w in _UNIT_WORDS:
            if w in STANDING_WORDS:
                if standings is None:
                    standings = []
                standings.append(i)
                continue  # no phrase is anchored on it
            if contests is None:
                contests = []
            contests.append(i)
            continue  # nor on a contest's verb
        best: tuple[int, int, str, float] | None = None
        for key in (
            w + "<" + words[i - 1].strip(".'") if i else "",
            w + ">" + words[i + 1].strip(".'") if i + 1 < n else "",
            w,
        ):
            candidates = by_key.get(key)
            if candidates is None:
                continue
            for phrase_words, k, phrase, rating, denied in candidates:
                start = i - k
                end = start + len(phrase_words)
                if best is not None and end - start <= best[1] - best[0]:
                    break  # longest first: none after it is longer than the one found
                if start < after or start < 0 or end > n:
                    continue
                span = tuple(words[start:end])
                if span != phrase_words and tuple(x.strip(".'") for x in span) != phrase_words:
                    continue
                if phrase_words[-1] == "off" and end < n and _object(words[end]):
                    continue
                if _denied(words, start):
                    rating *= lexicon().negation_scalar
                elif denied:
                    continue
                best = (start, end, phrase, rating)
                break
        if best is not None:
            found.append(best)
            after = best[1]
    if contests is not None:
        found = _units_at(words, found, contests, _contest_unit)
    if standings is not None:
        found = _units_at(words, found, standings, _standing_unit)
    return found


#: The words that open an object after "pay off" ("paid off the loan", "pay off its debts").
_OBJECT_OPENERS = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "some", "all",
    "part", "debt", "debts", "loans", "loan", "mortgage", "mortgages", "creditors", "bills",
    "arrears", "bonds", "this", "that", "these", "those", "more", "much", "most"})


def _object(word: str) -> bool:
    """Whether ``word`` opens an object (a determiner, a debt, an amount)."""
    return word in _OBJECT_OPENERS or word[:1].isdigit() or word[:1] in "£$€"


def _denied(words: Sequence[str], i: int) -> bool:
    """Whether a negation (VADER's, or a word in "n't") stands among the three words
    before word ``i``."""
    lex = lexicon()
    return any(_negated(before, lex) for before in words[max(0, i - 3) : i])


def apply(
    words: Sequence[str], hits: Sequence[tuple[int, str, float]]
) -> tuple[list[tuple[int, str, float]], float, bool] | None:
    """A sentence's hits with its phrases read as units, the change to its sum, and
    whether it holds a verdict.

    ``hits`` are the sentence's ``(index, word, weight)`` shares of every lexicon
    (indexes into ``words``); each phrase of :func:`find` drops the hits inside it
    and adds its own, ``(first index, phrase, rating)``, its rating weighed as the
    scorer weighs a word around "but" (0.5 before it, 1.5 after), none under a claim;
    a phrase of :data:`FLAT_PHRASES` adds none, and is no verdict.
    ``None`` when the sentence holds no phrase (the hits and the sum stand)."""
    found = find(words)
    if not found:
        return None
    if not CLAIMS.isdisjoint(words):
        marked = claimed(list(words))  # what a claim covers is no judgement of the writer's
        found = [f for f in found if not marked[f[0]]]
        if not found:
            return None
    kept: list[tuple[int, str, float]] = []
    delta = 0.0
    # the phrases found are in reading order and none overlaps: the one a hit could lie
    # in is the last that starts at or before it (one bisection a hit, not a look at
    # every phrase: a sentence may hold thousands of both)
    starts = [a for a, _, _, _ in found]
    ends = [b for _, b, _, _ in found]
    for hit in hits:
        i = hit[0]
        j = bisect_right(starts, i) - 1
        if j >= 0 and i < ends[j]:
            delta -= hit[2]
        else:
            kept.append(hit)
    turns = CONTRAST.intersection(words)
    turn = min(map(words.index, turns)) if turns else -1
    verdict = False
    verdicts = _built()[1]
    for a, _, phrase, rating in found:
        if not rating:  # a flat phrase: its words' shares dropped, nothing instead
            continue
        if turn >= 0:  # as the scorer weighs a word around "but"
            rating *= 0.5 if a < turn else 1.5
        kept.append((a, phrase, rating))
        delta += rating
        # a contest's result, a standing's change and a patient's state are reports
        verdict = verdict or phrase in verdicts
    kept.sort(key=lambda h: h[0])
    return kept, delta, verdict
