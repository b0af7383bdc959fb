"""Places found by the form of their name, where no packaged data holds them.

English news names streets, rivers, lakes, valleys and townships in a fixed
form, a capitalised name and a feature word ("Orchard Street", "Kanawha
River", "Lake Lanier", "Jerome Township"); it lists counties as "Eastland
and Callahan counties", and gives a legislator's district after the party's
letter ("D-Braxton").  :func:`add_forms` finds those spans, once the
gazetteer's places are chosen, and gives each a feature type and, where the
story allows, a point:

- a **street**: one to four capitalised words or ordinals before a street type
  (Street, St., Road, Rd., Avenue, Ave., Drive, Boulevard, Blvd., Lane,
  Parkway, Pike), with a compass direction after it: "1935 Orchard St.",
  "North Nokomis Street", "40th Avenue South", "Seventh Street N.W."; not
  before another capitalised word ("Main Street Bistro" is a shop), not after
  an initial or a title ("Marvin F. Lane", "Mr Lane" are people), not "X
  County Road" (a numbered
  road); Lane and Pike, which are also surnames, only after a house number or
  a preposition ("on Kelley Lane"; "Diane Lane" is a person); the point of the
  town, county or district the text puts it in right after it ("Oxford Street in
  London", "1935 Orchard St., Alexandria"), else none, since no packaged data has
  streets;
- a **natural feature or township**: a name before River, Creek, Lake,
  Reservoir, Bay, Harbor, Sound, Valley, Mountains, Hills, Island(s), Wilderness,
  National Forest, National Park, Township, Twp., or after Lake, Mount, Mt.,
  River, "Gulf of", "Bay of", "Isle of", followed by no other capitalised
  word ("Boston Harbor Hotel" is a hotel).  It takes the point of the place
  the gazetteer found inside it ("Sacramento River", "Boston Harbor",
  "Hamilton Township"); a form that is itself the name of a town or division
  in a state the story names is that entry ("Mt. Pleasant"); a peak "Mount
  X" and a river "the River X" take the point of the town their sentence
  names nearest to them ("the River Wye near Hereford"); any other is left
  out, as its point is unknown;
- a **list of counties**: each name of "A, B and C counties" (or parishes) is
  the county of that name, in a state the story names, else the namesake
  nearest to the story's places;
- a **legislator's district**: the place after D-, R-, I- or DFL- ("D-Braxton"
  is Braxton County, "R-Pa." Pennsylvania).

The gazetteer's own spans win where they cover or cross a form ("Mount
Pleasant" the town, "Battle Creek" the city); a form that contains a chosen
place replaces it.  The patterns run only around their feature words, found
first by one fast search; each has bounded repetitions, so work is linear in
the text.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from typing import NamedTuple, Protocol

import regex

from limner import lazy_regex
from limner_locations.folding import fold
from limner_locations.gazetteer import (
    CAPITAL,
    CITY,
    CONTINENT,
    COUNTRY,
    COUNTY,
    DISTRICT,
    FLAG_ABBREV,
    REGION,
    Gazetteer,
)
from limner_locations.proximity import km
from limner_locations.vocabulary import DIRECTIONS, FUNCTION_WORDS, ILLNESS_AFTER, MODIFIERS

__all__ = ["FORM_WORD", "Form", "Kept", "add_forms", "county_lists"]


class Kept(Protocol):
    """A place the gazetteer found and the resolver kept: its span and entry (the
    resolver's own results are such)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def entry(self) -> int: ...


class Form(NamedTuple):
    """A span found by its form: a new place, or a new span for a kept one.

    ``entry`` is the gazetteer entry (-1 when none) whose fields the
    annotation takes; ``lat``/``lon`` the point (NaN when none); ``replaces``
    the indices in the kept list of the places it stands for.
    """

    start: int
    end: int
    name: str
    feature: str
    entry: int
    lat: float
    lon: float
    evidence: tuple[str, ...]
    replaces: tuple[int, ...]


_WORD = r"(?:\p{Lu}[\p{L}'’\-]*+|\p{Lu}\.|\d{1,3}(?:st|nd|rd|th)|(?:Mc|Mac|De|La)\p{Lu}\p{L}*+)"
_STREET_TYPES = ("Street|St\\.|Road|Rd\\.|Avenue|Ave\\.|Drive|Boulevard|Blvd\\.|Lane|Parkway"
                 "|Pike")
_STREET = lazy_regex(
    rf"(?<![\w.'’\-&])((?:{_WORD}[ \t]){{1,4}})(?:{_STREET_TYPES})(?![\w'’\-])")
#: street types that are also surnames: the street needs a house number or a preposition
#: before it ("of 18 Sunnybrook Lane", "on Kelley Lane", "Berry Lane and ...")
_SURNAME_TYPES = ("Lane", "Pike")
_STREET_BEFORE = re.compile(
    r"(?:\b(?:on|off|at|of|in|near|along|onto|to|from|between|and|into|via)|\d)[ \t]+$")
_STREET_ANCHOR = re.compile(rf"(?:{_STREET_TYPES})(?![\w'’\-])")
_NATURAL_AFTER = {
    "river": "river", "creek": "river", "lake": "lake", "reservoir": "lake", "bay": "sea",
    "harbor": "sea", "harbour": "sea", "sound": "sea", "valley": "area", "mountains": "mountain",
    "hills": "mountain", "sea": "sea", "strait": "sea", "straits": "sea", "desert": "area",
    "delta": "area",
    "island": "island", "islands": "island", "wilderness": "area", "national forest": "area",
    "national park": "area", "township": "district", "twp.": "district",
}
#: words that after a place's name name its wind, not a feature: the sea breeze of a coast
#: is "the X Doctor" ("the Cape Doctor", "the Fremantle Doctor", "the Albany Doctor")
_WIND_WORDS = frozenset(["Doctor"])
_NATURAL_BEFORE = {"lake": "lake", "mount": "mountain", "mt.": "mountain", "river": "river",
                   "gulf of": "sea", "bay of": "sea", "isle of": "island", "loch": "lake",
                   "lough": "lake", "cape": "area", "strait of": "sea", "straits of": "sea",
                   "sea of": "sea"}
_BEFORE_WORDS = (r"Lake|Mount|Mt\.|River|Loch|Lough|Cape|Gulf[ \t]of|Bay[ \t]of|Isle[ \t]of"
                 r"|Straits?[ \t]of|Sea[ \t]of")
_AFTER_WORDS = ("River|Creek|Lake|Reservoir|Bay|Harbor|Harbour|Sound|Valley|Mountains|Hills"
                "|Islands?|Sea|Straits?|Desert|Delta"
                "|Wilderness|National[ \t]Forest|National[ \t]Park|Township|Twp\\.")
_NATURAL = lazy_regex(
    rf"(?<![\w.'’\-&])(?:"
    rf"((?:{_WORD}[ \t]){{1,3}})((?:{_AFTER_WORDS})(?:[ \t](?:{_AFTER_WORDS}))?)"
    rf"|({_BEFORE_WORDS})[ \t]({_WORD})"
    rf")(?![\w'’\-])")
_NATURAL_ANCHOR = re.compile(rf"(?:{_AFTER_WORDS}|{_BEFORE_WORDS})(?![\w'’\-])")
#: either anchor above: a text without a match of it has no street and no natural feature,
#: and costs one scan for both (most texts)
_FORM_ANCHOR = re.compile(
    rf"(?:{_STREET_TYPES}|{_AFTER_WORDS}|{_BEFORE_WORDS})(?![\w'’\-])")
#: the first word of each feature word of that anchor, in a capitalised run: every feature
#: word of a street or a natural feature follows a space or opens the match, so it opens a
#: word of some run; a story none of whose runs holds one of these has neither, and is not
#: scanned for them (see :func:`add_forms`; :mod:`limner_locations.matching` asks it of
#: each run once; the word may end a longer one, "BigLake", which costs only a scan)
FORM_WORD = re.compile(
    r"(?:Street|St|Road|Rd|Avenue|Ave|Drive|Boulevard|Blvd|Lane|Parkway|Pike"
    r"|River|Creek|Lake|Reservoir|Bay|Harbor|Harbour|Sound|Valley|Mountains|Hills|Islands?"
    r"|Wilderness|National|Township|Twp|Mount|Mt|Gulf|Isle|Sea|Straits?|Desert|Delta|Loch"
    r"|Lough|Cape)(?![a-z])")
_COUNTIES_ANCHOR = re.compile(r"[ \t](?:counties|parishes|Counties|Parishes|COUNTIES)\b")
_COUNTIES = lazy_regex(
    rf"(?<![\w.'’\-&])((?:{_WORD}(?:[ \t]{_WORD})?(?:,[ \t](?:and|or)[ \t]|,[ \t]"
    rf"|[ \t](?:and|or)[ \t])){{1,12}}+{_WORD}(?:[ \t]{_WORD})?)[ \t]"
    rf"(counties|parishes|Counties|Parishes|COUNTIES)\b")
_COUNTY_NAME = lazy_regex(rf"{_WORD}(?:[ \t]{_WORD})?")
_ABBREV = lazy_regex(r"\.[ \t]?\p{L}")  # "W. Va.", "N.D."
#: the words, as regex's \S+ finds them (the separators \x1c-\x1f, spaces to re alone,
#: are named): compiled by re, whose code the pattern cache keeps
_SPLIT = re.compile(r"[\S\x1c-\x1f]+")
#: a party's letter before a legislator's district ("D-Braxton", "R-Elbow Lake"), or
#: "ex-" before a name ("ex-Downing Street")
_PARTY = regex.compile(r"(?:\p{Lu}{1,3}|Ex|ex|Former|former)-(?=\p{Lu})")
#: a legislator's party and district: "Sen. Tom Bakk, DFL-Cook", "Rep. Nick Rahall, D-W. Va."
_DISTRICT = regex.compile(
    r"(?<![\w\-])(?:D|R|I|DFL)-(\p{Lu}[\p{L}.]*+(?:[ \t]\p{Lu}[\p{L}.]*+)?)"
    r"(?=[,);:]|[ \t\n]++[^\p{Lu}\s]|\s*+$|(?<=\.)[ \t\n]++\p{Lu})")
_DISTRICT_ANCHOR = re.compile(r"-[A-Z]")
#: a compass direction after a street's type belongs to its name ("40th Avenue South",
#: "Seventh Street N.W.")
_QUARTER = lazy_regex(
    r"[ \t](?:(?:North|South|East|West)(?:east|west)?|[NS]\.[EW]\.|[NS][EW])(?![\w'’\-])")
_NEXT_CAPITAL = regex.compile(r"[ \t]\p{Lu}")
_MAX_POINTS = 24  # a story's places compared with each namesake, at most
_TOWNS = (CITY, CAPITAL, COUNTY, DISTRICT)
_LOCAL = frozenset([CITY, CAPITAL, COUNTY, DISTRICT, REGION])
_NOT_NAME = FUNCTION_WORDS | MODIFIERS | frozenset(["the", "a", "an", "both", "and", "to"])
#: titles of people: "Mr Lane", "Sen. Pike" are people, not streets
_TITLES = frozenset(["mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "rev", "sen",
                     "rep", "gov", "judge", "mayor", "coach", "officer", "sgt", "lt", "capt"])


def _clean_name(start: int, words: str) -> int:
    """Where the name in ``words`` (found at ``start``) begins, or -1 when none does.

    Leading function words ("The", "In") are dropped, and so is everything up
    to a sentence break ("... College Avenue. Lane"), a possessive ("Warren
    County's Hamilton Township", "Warden's Memphis Street") or a party's
    letter ("R-Elbow Lake").
    """
    parts = [(m.start(), m.group()) for m in _SPLIT.finditer(words)]
    first = 0
    for i, (_, w) in enumerate(parts[:-1]):
        if (w.endswith(".") and len(w) > 2) or w.endswith(("'s", "’s")):
            first = i + 1
    for i, (at, w) in enumerate(parts):
        if i < first:
            continue
        low = w.lower()
        if low in _NOT_NAME or (low in DIRECTIONS and i == len(parts) - 1):
            continue
        party = _PARTY.match(w)
        skip: int = party.end() if party else 0
        return start + int(at) + skip
    return -1


def _followed_by_name(text: str, end: int) -> bool:
    """Whether a capitalised word (other than a compass direction) follows the span."""
    if not _NEXT_CAPITAL.match(text, end, min(len(text), end + 2)):
        return False
    return not _QUARTER.match(text, end, min(len(text), end + 12))


def _windows(anchor: re.Pattern[str], text: str, back: int, ahead: int,
             pos: int = 0) -> list[tuple[int, int]]:
    """The stretches of ``text`` around each match of ``anchor`` (merged where they meet),
    from ``pos``, before which it has no match.

    The patterns of this module are run only there: a fast search for the
    feature words first, so that a text without them costs one scan.
    """
    out: list[tuple[int, int]] = []
    n = len(text)
    for m in anchor.finditer(text, pos):
        lo, hi = max(0, m.start() - back), min(n, m.end() + ahead)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _finditer(pattern: regex.Pattern[str], anchor: re.Pattern[str], text: str, back: int,
              ahead: int, pos: int = 0) -> Iterator[regex.Match[str]]:
    for lo, hi in _windows(anchor, text, back, ahead, pos):
        yield from pattern.finditer(text, lo, hi)


def _streets(text: str, pos: int = 0) -> list[tuple[int, int, str]]:
    out = []
    for m in _finditer(_STREET, _STREET_ANCHOR, text, 120, 0, pos):
        words = m.group(1)
        if words.rstrip().endswith(".") and len(words.split()[-1]) == 2:
            continue  # after an initial: a person ("Marvin F. Lane")
        if not _TITLES.isdisjoint(w.rstrip(".").lower() for w in words.split()):
            continue  # after a title: a person ("Mr Lane")
        start = _clean_name(m.start(1), words)
        if start < 0 or start >= m.start(1) + len(words.rstrip()):
            continue
        if _followed_by_name(text, m.end()) or words.split()[-1] == "County":
            continue  # "Main Street Bistro"; "Otter Tail County Road 80" (a numbered road)
        if text.endswith(_SURNAME_TYPES, 0, m.end()) and not _STREET_BEFORE.search(
                text, max(0, start - 12), start):
            continue  # "Diane Lane", "Rosamund Pike": a street only after "on", "of 18", ...
        quarter = _QUARTER.match(text, m.end(), min(len(text), m.end() + 12))
        out.append((start, quarter.end() if quarter else m.end(), "street"))
    return out


def _naturals(text: str, pos: int = 0) -> list[tuple[int, int, str]]:
    out = []
    for m in _finditer(_NATURAL, _NATURAL_ANCHOR, text, 120, 60, pos):
        if m.group(1) is not None:
            words, kind = m.group(1), m.group(2)
            start = _clean_name(m.start(1), words)
            if start < 0 or start >= m.start(1) + len(words.rstrip()):
                continue
            # (the last feature word decides: "National Park", or "River" of "Elm National
            # Park River")
            kinds = kind.lower().split()
            feature = _NATURAL_AFTER.get(" ".join(kinds[-2:])) or _NATURAL_AFTER[kinds[-1]]
        else:
            start = m.start(3)
            feature = _NATURAL_BEFORE[" ".join(m.group(3).lower().split())]
            name = m.group(4)
            if name.lower() in _NOT_NAME or name.rpartition("-")[2][:1].islower():
                continue  # (a word of a compound: "Cape Town-based" is no cape)
            if name in _WIND_WORDS:
                continue  # (a wind: "the Cape Doctor" is no cape)
        end = m.end()
        if text[end - 2:end] in ("'s", "’s"):
            end -= 2  # a possessive: "Mount Hood's slopes"
        elif _followed_by_name(text, end) or ILLNESS_AFTER.match(text, end, end + 40):
            continue  # (an illness's name: "Ross River virus")
        out.append((start, end, feature))
    return out


def county_lists(text: str) -> list[tuple[int, int, str]]:
    """(start, end, suffix) of each name in a list of counties or parishes ("Putnam, Jasper
    and Newton counties": the spans of the three names, each with ``"county"``).

    The one reader of such lists: the resolver reads each listed name as its county
    (:mod:`limner_locations.resolving`), and :func:`add_forms` annotates the names it
    did not keep.
    """
    out = []
    if "ounties" not in text and "arishes" not in text and "OUNTIES" not in text:
        return []
    for m in _finditer(_COUNTIES, _COUNTIES_ANCHOR, text, 600, 0):
        suffix = "parish" if m.group(2).lower() == "parishes" else "county"
        for n in _COUNTY_NAME.finditer(m.group(1)):
            name, start = n.group(), m.start(1) + n.start()
            first = name.split(None, 1)
            if len(first) == 2 and first[0].lower() in _NOT_NAME:
                start += len(name) - len(first[1])  # "In Putnam", "The Jasper": the name
                name = first[1]
            if name.lower() in _NOT_NAME:
                continue
            out.append((start, m.start(1) + n.end(), suffix))
    return out


def _overlaps(kept: Sequence[Kept], starts: list[int], s: int, e: int) -> bool:
    """Whether a kept place overlaps the span ``s:e``."""
    lo = bisect_left(starts, s)
    return (lo < len(kept) and kept[lo].start < e) or (lo > 0 and kept[lo - 1].end > s)


def _pick(gaz: Gazetteer, key: str, features: tuple[int, ...], admin1: set[str],
          points: Sequence[tuple[int, float, float]], *more: str) -> int:
    """The entry of ``key`` (or of the keys ``more``) of one of ``features`` in a state the
    story names, else the one nearest to the story's other places; -1 when there is none."""
    cands = [i for k in (key, *more) for i, _ in gaz.lookup(k) if gaz.feature[i] in features]
    if len(cands) <= 1:
        return cands[0] if cands else -1

    def rank(i: int) -> tuple[bool, float, int]:
        lat, lon = gaz.lat[i], gaz.lon[i]
        far = min((km(lat, lon, a, b) for _, a, b in points[:_MAX_POINTS]), default=0.0)
        return gaz.admin1_key(i) in admin1, -far if not math.isnan(far) else -1e9, gaz.pop[i]

    return max(cands, key=rank)


#: a township lies this close to the story's other places, or its name is a namesake's
_TOWNSHIP_KM = 150.0


def _near_namesake(text: str, gaz: Gazetteer, kept: Sequence[Kept], point: Kept,
                   local_points: list[tuple[int, float, float]]) -> int:
    """For a township named for a kept town (``point``) that lies farther than
    :data:`_TOWNSHIP_KM` from every other local place of the story, the namesake town or
    division that lies within it ("Hamilton Township ... Mercer County ... Trenton" is
    Hamilton, New Jersey, not Hamilton, Ontario); -1 when there is none or no need."""
    others = [q for q in local_points if q[0] != point.start]
    lat, lon = gaz.lat[point.entry], gaz.lon[point.entry]
    if not others or any(km(lat, lon, a, b) <= _TOWNSHIP_KM for _, a, b in others):
        return -1
    admin1 = {gaz.admin1_key(k.entry) for k in kept if k.start != point.start} - {""}
    near = _pick(gaz, fold(text[point.start:point.end]), _TOWNS, admin1, others)
    if near < 0 or near == point.entry or math.isnan(gaz.lat[near]) or not any(
            km(gaz.lat[near], gaz.lon[near], a, b) <= _TOWNSHIP_KM for _, a, b in others):
        return -1
    return near


#: what joins a street to the town it lies in: "Oxford Street in London", "1935 Orchard
#: St., Alexandria"
_STREET_IN = (" in ", ", ")


def _street_town(text: str, gaz: Gazetteer, kept: Sequence[Kept], starts: list[int],
                 end: int) -> Kept | None:
    """The kept town, county or district right after a street that ends at ``end`` and
    "in" or a comma ("Main Street in Ballymena"), if it has a point; else None."""
    for joint in _STREET_IN:
        if text.startswith(joint, end):
            i = bisect_left(starts, end + len(joint))
            if i < len(kept) and kept[i].start == end + len(joint):
                k = kept[i]
                if gaz.feature[k.entry] in _TOWNS and not math.isnan(gaz.lat[k.entry]):
                    return k
            return None
    return None


#: the first words of the forms that the town of their sentence places: a peak ("Mount X",
#: "Mt. X"), a headland ("Cape X"), a Scottish or Irish lake ("Loch X", "Lough X") and a
#: river in the British and Irish form ("the River X"), whose rivers are short
_SENTENCE_PLACED = frozenset(["River", "Mount", "Mt.", "Cape", "Loch", "Lough"])
#: ... and the last words of those it places: a strait, a sea, a desert, a delta and a
#: national park, which lie by the towns a story names with them ("Cook Strait from
#: Wellington", "the Mojave Desert near Barstow", "Virunga National Park, north of Goma");
#: not a range, a valley or a lake, nor a river named "X River", whose towns can lie far from
#: any one point of it
_SENTENCE_PLACED_LAST = frozenset(["Strait", "Straits", "Sea", "Desert", "Delta", "Park"])
#: ... and the first words of those named "of" a place that it places: a strait, a gulf, a
#: bay or a sea named after a country or a town lies on its coast, which a town the story
#: names with it says better than the country's centre ("the Gulf of Finland ... Kotka",
#: "the Gulf of Honduras, near Punta Gorda"); with no such town, the place named in it
_SENTENCE_PLACED_OF = frozenset(["Strait", "Straits", "Gulf", "Bay", "Sea"])
#: how far from the feature a town of its sentence is looked for, each way, in characters
_SENTENCE_REACH = 160
#: a sentence's end between a feature and a town: a stop, a question or exclamation mark
#: (a quote's mark or a bracket may close after it) before a space, or a line break
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s|\n")
#: "the" before "River X": without it, "River X" names a club ("drew with River Plate")
_THE = ("the ", "The ")
#: the towns of a feature's sentence lie this close to each other, or do not place it
_SENTENCE_KM = 150.0


def _sentence_town(text: str, gaz: Gazetteer, kept: Sequence[Kept], starts: list[int],
                   s: int, e: int) -> Kept | None:
    """For a peak or a river at ``s:e`` named by its form "Mount X", "Mt. X" or "the River
    X", or a strait, gulf, bay or sea "of" a country ("the Gulf of Finland"), no town in
    its name, the kept town, county or district nearest to it in its own
    sentence, with a point, within :data:`_SENTENCE_REACH` characters ("the River Wye near
    Hereford", "In Denver, climbers were rescued from Mount Quillabee"), where the
    sentence's towns lie within :data:`_SENTENCE_KM` of each other; else None.

    A peak stands by its towns, and a river named "the River X" is one of Britain's or
    Ireland's, short enough that a town on it lies near its point; a river named "X River"
    (the American form: "the Red River ... in Fargo") and a lake are left to their own, and
    so is a range ("the Tatra Mountains").  A state or a country is too wide to place it; a
    town of another sentence is not its town, nor a name in capitals (a dateline's, a
    headline's: "JAKARTA (Reuters) - Mount Merapi"); towns far apart ("in Leeds and Bristol
    ... the River Quill") do not say where along it the sentence is."""
    if not _placed_by_sentence(text, s, text[s:e].split()):
        return None
    towns: list[tuple[int, Kept]] = []
    lo = bisect_left(starts, s)
    for j in range(lo - 1, max(-1, lo - 5), -1):  # (a few before it, nearest first)
        k = kept[j]
        if s - k.end > _SENTENCE_REACH or _SENTENCE_END.search(text, k.end, s):
            break
        if _sentence_point(text, gaz, k):
            towns.append((s - k.end, k))
    hi = bisect_left(starts, e, lo)
    for j in range(hi, min(len(kept), hi + 4)):  # (and after it)
        k = kept[j]
        if k.start - e > _SENTENCE_REACH or _SENTENCE_END.search(text, e, k.start):
            break
        if _sentence_point(text, gaz, k):
            towns.append((k.start - e, k))
    if not towns:
        return None
    points = [(gaz.lat[k.entry], gaz.lon[k.entry]) for _, k in towns]
    if any(km(*a, *b) > _SENTENCE_KM for i, a in enumerate(points) for b in points[i + 1:]):
        return None
    return min(towns, key=lambda t: t[0])[1]


def _placed_by_sentence(text: str, s: int, words: list[str]) -> bool:
    """Whether the feature of ``words``, at ``s``, is of a form its sentence's town places:
    :data:`_SENTENCE_PLACED` and a name, "the River X", a word of
    :data:`_SENTENCE_PLACED_OF` and "of" ("Strait of X", "Gulf of X"), or a name and a word
    of :data:`_SENTENCE_PLACED_LAST` ("National Park" for "Park")."""
    last = words[-1]
    if last in _SENTENCE_PLACED_LAST:
        return last != "Park" or words[-2] == "National"
    if words[0] in _SENTENCE_PLACED_OF and words[1] == "of":
        return True
    return len(words) == 2 and words[0] in _SENTENCE_PLACED and (words[0] != "River" or (
        text.endswith(_THE, 0, s) and (s == 4 or not text[s - 5].isalnum())))


def _sentence_point(text: str, gaz: Gazetteer, k: Kept) -> bool:
    """Whether the kept place ``k`` is a town, county or district with a point, not written
    in capitals."""
    return gaz.feature[k.entry] in _TOWNS and not math.isnan(gaz.lat[k.entry]) and not (
        text[k.start:k.end].isupper())


def add_forms(text: str, gaz: Gazetteer, kept: Sequence[Kept],
              features: bool = True) -> list[Form]:
    """The spans found by their form (see the module docstring), merged with ``kept``.

    Returns the forms to add; a form lists in ``replaces`` the kept places
    it contains (they are dropped in its favour).  Forms overlapping a kept
    place they do not contain are left out.  ``features=False`` says that
    no capitalised run of the text holds a word of :data:`FORM_WORD` (see
    :func:`limner_locations.matching.scan`): the text is then not scanned
    for streets and natural features, as it has none.
    """
    if not text:
        return []
    # (neither anchor matches before the first match of both: the two scans start there)
    first = _FORM_ANCHOR.search(text) if features else None
    found: list[tuple[int, int, str]] = _naturals(text, first.start()) + _streets(
        text, first.start()) if first else []
    districts = list(_finditer(_DISTRICT, _DISTRICT_ANCHOR, text, 4, 40))
    lists = county_lists(text)
    if not (found or districts or lists):
        return []
    starts = [k.start for k in kept]
    forms: list[Form] = []
    admin1 = {gaz.admin1_key(k.entry) for k in kept} - {""}
    local_points = [(k.start, gaz.lat[k.entry], gaz.lon[k.entry]) for k in kept
                    if gaz.feature[k.entry] in _LOCAL and not math.isnan(gaz.lat[k.entry])]
    last_end = 0
    for s, e, feature in sorted(found):
        if s < last_end:
            continue  # (sorted by start: overlapping the previous form)
        lo = bisect_left(starts, s)
        inside = []
        clash = False
        for j in range(max(0, lo - 1), len(kept)):
            k = kept[j]
            if k.start >= e:
                break
            if k.end <= s:
                continue
            if s <= k.start and k.end <= e and (k.start, k.end) != (s, e):
                inside.append(j)
            else:
                clash = True  # the gazetteer's span covers or crosses it
                break
        if clash:
            continue
        lat = lon = math.nan
        if feature == "street":
            if inside and kept[inside[0]].start == s and gaz.feature[
                    kept[inside[0]].entry] in (COUNTRY, CONTINENT, REGION):
                # a country or state the resolver kept stays itself ("UK High Street")
                s = kept[inside[0]].end + 1
                inside = inside[1:]
                if s >= e or not text[s:e].strip():
                    continue
            ev: tuple[str, ...] = ("a name before a street type",)
            town = _street_town(text, gaz, kept, starts, e)
            if town is not None:
                # "Oxford Street in London", "1935 Orchard St., Alexandria": the street
                # lies in the town the text puts it in, and takes its point
                lat, lon = gaz.lat[town.entry], gaz.lon[town.entry]
                ev = (*ev, f"point of {gaz.name(town.entry)}, the town it lies in")
        else:
            if inside and kept[inside[0]].start == s and text.startswith(
                    ("'s ", "’s "), kept[inside[0]].end) and gaz.feature[
                        kept[inside[0]].entry] in (COUNTRY, CONTINENT, REGION):
                # a country's or a state's possessive before the feature word names no
                # feature: "Somalia's Bay and Bakool regions" (the places stay themselves;
                # a person's names one, "Hawke's Bay")
                continue
            point = next((kept[j] for j in inside if gaz.feature[kept[j].entry] in _LOCAL
                          and not math.isnan(gaz.lat[kept[j].entry])), None)
            if point is None:
                # a town or division of that very name in a state the story names ("Mt.
                # Pleasant", "Sun Valley", "Clinton Township"); else a peak or a river
                # named "Mount X" or "the River X" lies by the town its sentence names
                # nearest to it; else no point is known and the feature is left out
                entry = _pick(gaz, fold(text[s:e]), _TOWNS, admin1, local_points)
                if entry >= 0 and gaz.admin1_key(entry) in admin1:
                    forms.append(Form(s, e, gaz.name(entry), "", entry, gaz.lat[entry],
                                      gaz.lon[entry], ("a place of this name",), ()))
                    last_end = e
                    continue
                town = _sentence_town(text, gaz, kept, starts, s, e)
                if town is None:
                    # a country, territory, island or sea after the form's "of" ("the Gulf
                    # of Finland", "the Strait of Gibraltar") is no place of its own there:
                    # the feature is, at that place's point (not a demonym before its word:
                    # "the French Broad River" is no French river)
                    named = next((kept[j] for j in inside
                                  if not math.isnan(gaz.lat[kept[j].entry])), None) if (
                        text.find(" of ", s, e) >= 0) else None
                    if named is None:
                        continue
                    forms.append(Form(
                        s, e, text[s:e], feature, -1, gaz.lat[named.entry],
                        gaz.lon[named.entry], (f"a name of the form of a {feature}",
                                               f"point of {gaz.name(named.entry)}, named in it"),
                        tuple(inside)))
                    last_end = e
                    continue
                forms.append(Form(
                    s, e, text[s:e], feature, -1, gaz.lat[town.entry], gaz.lon[town.entry],
                    (f"a name of the form of a {feature}",
                     f"point of {gaz.name(town.entry)}, named in its sentence"), tuple(inside)))
                last_end = e
                continue
            lat, lon = gaz.lat[point.entry], gaz.lon[point.entry]
            ev = (f"a name of the form of a {feature}",
                  f"point of {gaz.name(point.entry)}, named in it")
            if feature == "district":
                near = _near_namesake(text, gaz, kept, point, local_points)
                if near >= 0:
                    lat, lon = gaz.lat[near], gaz.lon[near]
                    ev = (f"a name of the form of a {feature}",
                          f"point of {gaz.name(near)}, near the story's other places")
        forms.append(Form(s, e, text[s:e], feature, -1, lat, lon, ev, tuple(inside)))
        last_end = e
    taken = [(f.start, f.end) for f in forms]  # (sorted, not overlapping)
    taken_starts = [t[0] for t in taken]

    def free(s: int, e: int) -> bool:
        i = bisect_left(taken_starts, s)
        return not ((i < len(taken) and taken[i][0] < e) or (i > 0 and taken[i - 1][1] > s))

    # a legislator's district: "D-Braxton", "R-Elbow Lake", "D-W. Va."
    for m in districts:
        s, e = m.span(1)
        name = m.group(1)
        if name.endswith(".") and not _ABBREV.search(name) and not any(
                f & FLAG_ABBREV for _, f in gaz.lookup(fold(name))):
            e -= 1  # a full stop, not an abbreviation's period ("D-McDowell.", not "R-Pa.")
        if not free(s, e) or _overlaps(kept, starts, s, e):
            continue
        key = fold(text[s:e])
        entry = next((i for i, _ in gaz.lookup(key)
                      if gaz.feature[i] == REGION and gaz.admin1_key(i)), -1)
        if entry < 0:
            entry = _pick(gaz, key, _TOWNS, admin1, local_points, f"{key} county")
        if entry < 0:
            continue
        forms.append(Form(s, e, gaz.name(entry), "", entry, gaz.lat[entry], gaz.lon[entry],
                          ("a legislator's district after the party's letter",), ()))
    # lists of counties: "Eastland and Callahan counties"
    for s, e, suffix in lists:
        if not free(s, e):
            continue
        lo = bisect_left(starts, s)
        same = lo < len(kept) and (kept[lo].start, kept[lo].end) == (s, e)
        if (not same and _overlaps(kept, starts, s, e)) or (
                same and gaz.feature[kept[lo].entry] not in _TOWNS and lo > 0
                and kept[lo - 1].end == s - 2 and text.endswith(", ", 0, s)):
            continue  # (a state qualifying the town before: "Dublin, Ohio, and Clay counties")
        entry = _pick(gaz, f"{fold(text[s:e])} {suffix}", (COUNTY,), admin1, local_points)
        if entry < 0:
            continue
        forms.append(Form(s, e, gaz.name(entry), "", entry, gaz.lat[entry], gaz.lon[entry],
                          ("in a list of counties",), (lo,) if same else ()))
    return forms
