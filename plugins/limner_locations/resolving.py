"""Choosing among a name's gazetteer entries, and deciding whether a mention is a place.

Each candidate entry gets a score in points: a prior from its kind and
population (countries and continents highest, cities by the logarithm of
their population, alternate spellings below an entry's own name), plus
context from the whole document: the country or US state it lies in is
named elsewhere, a comma qualifier follows ("Paris, Texas"), other places
of the story lie near it.  The best entry wins; a mention is then kept
only if it passes the acceptance rules (common words, names inside longer
names, small places without support).  Every reason is written to the
``evidence`` list of the location.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

import attrs

from limner_locations.folding import fold
from limner_locations.gazetteer import (
    CAPITAL,
    CITY,
    CONTINENT,
    COUNTRY,
    COUNTY,
    FEATURES,
    FLAG_ABBREV,
    FLAG_DEMONYM,
    FLAG_PRIMARY,
    REGION,
    Gazetteer,
)
from limner_locations.matching import Mention
from limner_locations.vocabulary import DIRECTIONS, FUNCTION_WORDS, LOCATIVES

__all__ = ["Resolved", "resolve"]

_PRIOR = {COUNTRY: 9.0, CONTINENT: 8.5, COUNTY: 6.0}
_NEAR_KM = 150.0
MODIFIER_RULE = False


@attrs.frozen(slots=True)
class Resolved:
    """A mention kept as a place: the chosen entry, its score and the evidence."""

    start: int
    end: int
    entry: int
    demonym: bool
    score: float
    evidence: tuple[str, ...]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


class _Doc:
    """What the whole document says: evidence shared by all mentions."""

    def __init__(self, text: str, gaz: Gazetteer, mentions: Sequence[Mention]) -> None:
        self.text = text
        self.gaz = gaz
        self.mentions = mentions
        self.lower_words = {w.lower() for w in _LOWER_WORD.findall(text)}
        # countries and admin1 regions named by unambiguous strong mentions, per key
        self.countries: dict[str, Counter[str]] = defaultdict(Counter)
        self.admin1: dict[str, Counter[str]] = defaultdict(Counter)
        self.total_countries: Counter[str] = Counter()
        self.total_admin1: Counter[str] = Counter()

    def tally(self) -> None:
        """Sum the per-key evidence into document totals."""
        for c in self.countries.values():
            self.total_countries.update(c)
        for c in self.admin1.values():
            self.total_admin1.update(c)


import regex  # noqa: E402  (kept beside its only use)

_LOWER_WORD = regex.compile(r"(?<![\w'’])\p{Ll}[\p{Ll}]{2,}+(?![\w'’])")
_QUALIFIER = regex.compile(r",[ \t]*+(\p{Lu}[\p{L}.]*+(?:[ \t.]{1,2}+\p{Lu}[\p{L}.]*+){0,3})")


def _prior(gaz: Gazetteer, idx: int, flags: int) -> tuple[float, list[str]]:
    f = gaz.feature[idx]
    ev: list[str] = []
    if f in _PRIOR:
        p = _PRIOR[f]
        ev.append(f"{FEATURES[f]} +{p:g}")
    elif f == REGION:
        pop = gaz.pop[idx]
        if gaz.country(idx) == "US" and gaz.admin1_key(idx):
            p = 8.0
        elif pop:
            p = 7.0
        else:
            p = 4.5
        ev.append(f"region +{p:g}")
    else:
        pop = gaz.pop[idx]
        p = math.log10(pop + 10)
        ev.append(f"population {pop} +{p:.1f}")
        if f == CAPITAL:
            p += 1.5
            ev.append("national capital +1.5")
    if not flags & (FLAG_PRIMARY | FLAG_DEMONYM | FLAG_ABBREV):
        p -= 2.5
        ev.append("alternate spelling -2.5")
    return p, ev


def _qualifier(doc: _Doc, m: Mention) -> tuple[set[str], set[str]]:
    """Countries and admin1 keys named right after the mention (", Texas", ", Ga.")."""
    q = _QUALIFIER.match(doc.text, m.end, min(len(doc.text), m.end + 40))
    if not q:
        return set(), set()
    words = q.group(1).rstrip(".")
    key = fold(words)
    countries: set[str] = set()
    admin1: set[str] = set()
    for k in {key, " ".join(key.split()[:2]), key.split()[0] if key else ""}:
        for idx, _flags in doc.gaz.lookup(k) if k else ():
            f = doc.gaz.feature[idx]
            if f == COUNTRY:
                countries.add(doc.gaz.country(idx))
            elif f == REGION and doc.gaz.admin1_key(idx):
                admin1.add(doc.gaz.admin1_key(idx))
            elif f == REGION:
                countries.add(doc.gaz.country(idx))
    return countries, admin1


def _score(doc: _Doc, m: Mention, idx: int, flags: int, qual: tuple[set[str], set[str]],
           near: list[tuple[float, float]] | None) -> tuple[float, list[str]]:
    gaz = doc.gaz
    p, ev = _prior(gaz, idx, flags)
    cc = gaz.country(idx)
    a1 = gaz.admin1_key(idx)
    f = gaz.feature[idx]
    if qual[0] or qual[1]:
        if a1 and a1 in qual[1]:
            p += 6.0
            ev.append("qualified by its state/region +6")
        elif cc in qual[0]:
            p += 5.0
            ev.append("qualified by its country +5")
    own_c = doc.countries.get(m.key)
    own_a = doc.admin1.get(m.key)
    n_c = doc.total_countries[cc] - (own_c[cc] if own_c else 0) if cc else 0
    n_a = doc.total_admin1[a1] - (own_a[a1] if own_a else 0) if a1 else 0
    if f not in (COUNTRY, CONTINENT) and cc and n_c:
        p += 3.0
        ev.append(f"country {cc} named in text +3")
    if f in (COUNTRY,) and n_c:
        p += 1.0
        ev.append(f"country {cc} supported by other places +1")
    if a1 and f != REGION and n_a:
        p += 3.0
        ev.append(f"region {a1} named in text +3")
    if f == REGION and a1 and n_a:
        p += 2.0
        ev.append(f"places of {a1} named in text +2")
    if near and f in (CITY, CAPITAL, COUNTY):
        lat, lon = gaz.lat[idx], gaz.lon[idx]
        if not math.isnan(lat) and any(_km(lat, lon, a, b) <= _NEAR_KM for a, b in near):
            p += 2.0
            ev.append(f"within {_NEAR_KM:g} km of another place +2")
    return p, ev


def _best(doc: _Doc, m: Mention, near: dict[str, list[tuple[float, float]]] | None
          ) -> tuple[int, int, float, list[str]]:
    qual = _qualifier(doc, m)
    best: tuple[float, int, int, list[str]] | None = None
    pts = None
    if near is not None:
        pts = [p for k, ps in near.items() if k != m.key for p in ps]
    for idx, flags in m.candidates:
        if flags & FLAG_ABBREV and not _after_comma(doc.text, m.start):
            continue
        s, ev = _score(doc, m, idx, flags, qual, pts)
        # ties: larger population, then lower entry index (deterministic)
        cand = (s, doc.gaz.pop[idx], -idx, ev)
        if best is None or cand[:3] > (best[0], doc.gaz.pop[best[1]], -best[1]):
            best = (s, idx, flags, ev)
    if best is None:
        return -1, 0, -math.inf, []
    return best[1], best[2], best[0], best[3]


def _after_comma(text: str, start: int) -> bool:
    return text[max(0, start - 3):start].rstrip(" \t").endswith(",")


def _in_longer_name(m: Mention) -> str | None:
    """Why the mention is part of a longer name (a person's, an organisation's), or None.

    A place right after a capitalised word ("Khazar", "Mr") is taken as part of
    that name, unless the word is a function word opening the sentence ("In")
    or a direction ("Northern"); a place that heads an "X of Y" name
    ("Council of Europe") is not a place, while the Y is.
    """
    if m.before:
        prev = m.before[-1]
        if prev[:1].isupper() and prev.lower() not in FUNCTION_WORDS \
                and prev.lower() not in DIRECTIONS:
            return f"after the capitalised word {prev!r}"
    if len(m.after) >= 2 and m.after[0] in ("of", "de", "du", "del"):
        return f"heads the name ending {' '.join(m.after)!r}"
    if MODIFIER_RULE and m.after and m.after[0][:1].isupper():
        return f"before the capitalised word {m.after[0]!r}"
    return None


def resolve(text: str, gaz: Gazetteer, mentions: Sequence[Mention]) -> list[Resolved]:
    """The mentions kept as places, each with its chosen entry and evidence."""
    doc = _Doc(text, gaz, mentions)
    usable = [m for m in mentions if m.candidates]
    # pass 1: priors and qualifiers only; strong choices become document evidence
    for m in usable:
        idx, flags, s, _ = _best(doc, m, None)
        if idx < 0:
            continue
        f = gaz.feature[idx]
        cc = gaz.country(idx)
        if f in (COUNTRY, CONTINENT) or (f == REGION and gaz.admin1_key(idx)) or s >= 5.0:
            if cc:
                doc.countries[m.key][cc] += 1
            a1 = gaz.admin1_key(idx)
            if a1:
                doc.admin1[m.key][a1] += 1
    doc.tally()
    # pass 2: with document evidence; nearby unambiguous places
    near: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for m in usable:
        cities = [i for i, _ in m.candidates if gaz.feature[i] in (CITY, CAPITAL)]
        if len(m.candidates) == 1 and cities and not math.isnan(gaz.lat[cities[0]]):
            near[m.key].append((gaz.lat[cities[0]], gaz.lon[cities[0]]))
    chosen: list[tuple[Mention, int, int, float, list[str]]] = []
    for m in usable:
        idx, flags, s, ev = _best(doc, m, near)
        if idx >= 0:
            chosen.append((m, idx, flags, s, ev))
    persons = _person_keys(doc, usable)
    out: list[Resolved] = []
    for m, idx, flags, s, ev in chosen:
        reason = _reject(doc, m, idx, flags, s, ev, persons)
        if reason is None:
            out.append(Resolved(m.start, m.end, idx, bool(flags & FLAG_DEMONYM), round(s, 2),
                                tuple(ev)))
    return out


_SPEECH = regex.compile(r"[ \t]*+(?:said|says|told|added|asked|wrote|explained|noted|\(\w)")


def _person_keys(doc: _Doc, mentions: Sequence[Mention]) -> set[str]:
    """Names used for a person somewhere in the text ("Mike Jones", "Jones said")."""
    out = set()
    for m in mentions:
        if " " in m.key:
            continue
        prev = m.before[-1] if m.before else ""
        if prev[:1].isupper() and prev.lower() not in FUNCTION_WORDS \
                and prev.lower() not in DIRECTIONS and not m.after:
            out.add(m.key)
        elif _SPEECH.match(doc.text, m.end, min(len(doc.text), m.end + 12)):
            out.add(m.key)
    return out


def _reject(doc: _Doc, m: Mention, idx: int, flags: int, s: float, ev: list[str],
            persons: set[str]) -> str | None:
    """Why the mention is not kept as a place, or None when it is (appends to ``ev``)."""
    gaz = doc.gaz
    f = gaz.feature[idx]
    key = m.key
    single = " " not in key
    surface = doc.text[m.start:m.end]
    if single and key in FUNCTION_WORDS and not (surface.isupper() and len(surface) > 1):
        return "function word"
    if m.dateline:
        ev.append("dateline")
        return None
    longer = _in_longer_name(m)
    if longer is not None:
        return longer
    qualified = any("qualified" in e for e in ev)
    us_state = f == REGION and bool(gaz.admin1_key(idx)) and gaz.country(idx) == "US"
    strong = f in (COUNTRY, CONTINENT, COUNTY) or us_state or (f == REGION and gaz.pop[idx] > 0)
    if key in persons and not qualified and f not in (COUNTRY, CONTINENT):
        return "also used as a person's name in the text"
    common = single and key in doc.lower_words
    if common:
        ev.append("also used as a lower-case word in the text")
    locative = _preceded_by_locative(doc.text, m.start)
    if locative:
        ev.append("after a locative preposition")
    if strong and not common:
        return None
    cc = gaz.country(idx)
    regional = any("region" in e and "named in text" in e for e in ev) or qualified or any(
        "within" in e for e in ev)
    national = any(e.startswith("country") and "named in text" in e for e in ev)
    supported = regional or (national and cc != "US")
    big = f in (CITY, CAPITAL) and gaz.pop[idx] >= 100_000 and flags & FLAG_PRIMARY
    if common:
        return None if (supported and locative) or (s >= 9.0 and locative) else "common word"
    if m.sentence_start and single and not supported and not big:
        return "sentence-initial word without support"
    if big or supported:
        return None
    if f == REGION and locative and s >= 4.5:
        return None
    return "small place without support in the text"


def _preceded_by_locative(text: str, start: int) -> bool:
    head = text[max(0, start - 12):start].rstrip()
    word = head.rsplit(None, 1)[-1].lower() if head.split() else ""
    return word in LOCATIVES
