"""limner plugin ``locations``: places in English news, found through a gazetteer and resolved.

Annotates kind ``location`` (id prefix ``l``): toponyms and demonyms, each
with the chosen GeoNames entry (``geonameid``, ``lat``, ``lon``,
``country``, ``feature``), a ``score`` in points and the ``evidence`` for
the choice.  The gazetteer index is built once into the user cache and
opened on the first document; see ``docs/plugins/locations.md``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import ClassVar

import attrs

import limner

# The modules compile some 85 patterns (11,000 characters, 140 M instructions) on import:
# the code re makes of them is kept in the user cache (limner.pattern_cache), and a later
# process (each batch worker too) hands it to re's engine instead of compiling them again.
with limner.pattern_cache("locations"):
    from limner_locations import resolving
    from limner_locations.forms import add_forms
    from limner_locations.gazetteer import FEATURES, Gazetteer, open_gazetteer
    from limner_locations.matching import scan
    from limner_locations.resolving import resolve

    # and those compiled at first use, as few texts need them: compiled here too, so that
    # their code is kept with the others' and no later process compiles them
    resolving._played_at()
    resolving._software_words()

__all__ = ["Location", "locate"]


@attrs.frozen(kw_only=True)
class Location(limner.Annotation):
    """A place named in the text (or a demonym standing for one).

    Attributes:
        name: the gazetteer's name of the place ("Islamabad", "Azerbaijan"), or
            the text's for a place found by its form ("Elm Street").
        geonameid: the GeoNames id, or None for the places of the plugin's
            supplement and those found by their form, which have none.
        lat, lon: WGS84 degrees (a representative point), or None if unknown.
        country: ISO 3166-1 alpha-2 code, or None (continents, world regions).
        feature: "continent", "country", "region" (a first-level division or
            a region), "county", "district" (another second-level division),
            "city", "capital", "sea", "river", "lake", "mountain", "island",
            "area", "street" (the last two found by the form of their name:
            :mod:`limner_locations.forms`) or "demonym" (see ``FEATURES`` in
            :mod:`limner_locations.building`).
        population: the gazetteer's population, or None when not recorded.
        evidence: the reasons behind the choice, each with its points.
    """

    id_prefix: ClassVar[str] = "l"
    kind: str = "location"
    name: str = ""
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    feature: str = ""
    population: int | None = None
    evidence: list[str] = attrs.field(factory=list, hash=False)


def _coord(value: float) -> float | None:
    return None if math.isnan(value) else round(value, 5)


_EntryInfo = tuple[str, int | None, float | None, float | None, str | None, str, int | None]


def _entry_info(gaz: Gazetteer, i: int) -> _EntryInfo:
    """The annotation fields of entry ``i`` (memoised per process)."""
    info: _EntryInfo | None = gaz.entry_cache.get(i)
    if info is None:
        if len(gaz.entry_cache) > 200_000:
            gaz.entry_cache.clear()
        gid = gaz.gid[i]
        pop = gaz.pop[i]
        info = gaz.entry_cache[i] = (
            gaz.name(i), int(gid) if gid else None, _coord(gaz.lat[i]), _coord(gaz.lon[i]),
            gaz.country(i) or None, FEATURES[gaz.feature[i]], int(pop) if pop else None)
    return info


def locate(text: str, gaz: Gazetteer) -> list[Location]:
    """The locations of ``text`` according to the gazetteer ``gaz`` (no engine needed).

    Format characters are read as absent (:func:`limner.visible_text`): "Ger\u00admany"
    (a soft hyphen) is Germany and "Man\u200bchester" (a zero-width space) Manchester,
    each span given in ``text``'s offsets."""
    shown, at, to = limner.visible_text(text)
    if shown is text:
        return _locate(text, gaz)
    out = _locate(shown, gaz)
    for a in out:
        object.__setattr__(a, "start", at(a.start))
        object.__setattr__(a, "end", to(a.end))
    return out


def _locate(text: str, gaz: Gazetteer) -> list[Location]:
    """:func:`locate` of a text that holds no format character."""
    text = limner.plain_spaces(text)  # (one character for one: the offsets hold)
    out = []
    mentions, features = scan(text, gaz)
    resolved = resolve(text, gaz, mentions)
    forms = add_forms(text, gaz, resolved, features)
    dropped = {j for f in forms for j in f.replaces}
    infos = gaz.entry_cache
    build = _location
    for j, (start, end, entry, demonym, score, evidence) in enumerate(resolved):
        if dropped and j in dropped:
            continue
        info = infos.get(entry)
        if info is None:
            info = _entry_info(gaz, entry)
        name, gid, lat, lon, country, feature, pop = info
        out.append(build(start, end, score, name, gid, lat, lon, country,
                         "demonym" if demonym else feature, pop, list(evidence)))
    for f in forms:
        if f.entry >= 0:
            name, gid, lat, lon, country, feature, pop = _entry_info(gaz, f.entry)
            feature = f.feature or feature
        else:
            name, gid, country, feature, pop = f.name, None, None, f.feature, None
            lat, lon = _coord(f.lat), _coord(f.lon)
        out.append(_location(f.start, f.end, 0.0, name, gid, lat, lon, country, feature, pop,
                             list(f.evidence)))
    if forms:
        out.sort(key=lambda a: (a.start, a.end))
    return out


_location = limner.builder(
    Location, "start", "end", "score", "name", "geonameid", "lat", "lon", "country", "feature",
    "population", "evidence",
)


class _Annotate:
    """The annotator: opens the gazetteer on the first document."""

    def __init__(self, cache_dir: str) -> None:
        # a leading ~ is the home folder, as in $LIMNER_CACHE_DIR (limner.cache_dir), also
        # where no shell expanded it (a config file): it was a folder named "~" in the
        # working folder, where a 300 MB index was built
        self.cache_dir = Path(cache_dir).expanduser() if cache_dir else None
        self.gaz: Gazetteer | None = None

    def load(self) -> Gazetteer:
        """The gazetteer, opened (and built into the cache first if needed) on first use.

        The one place the index is loaded: a set-up step before the first
        document may call it, so that building never counts against a
        document's time budget.
        """
        if self.gaz is None:
            self.gaz = open_gazetteer(self.cache_dir)
        return self.gaz

    def __call__(self, doc: limner.Document) -> Iterable[limner.Annotation]:
        if not doc.text:
            return []
        return locate(limner.line_feeds(doc.text), self.gaz or self.load())

    def setup(self) -> None:
        """Open the gazetteer (building its index on first use), before any document."""
        self.load()


@limner.hookimpl
def limner_annotation_kinds() -> Sequence[type[limner.Annotation]]:
    return [Location]


def _cache_dir(value: str) -> str:
    if "\0" in value:  # no file system takes it: refused here, not at each document's setup
        raise ValueError("expected a folder path, which cannot hold a NUL character")
    return value


@limner.hookimpl
def limner_config_options() -> Sequence[limner.Option]:
    return [
        limner.Option(
            "locations.cache_dir",
            "",
            help="where the gazetteer index is built and kept "
            "(default: limner.cache_dir(): $LIMNER_CACHE_DIR, else $XDG_CACHE_HOME/limner "
            "or ~/.cache/limner)",
            validate=_cache_dir,
        ),
    ]


@limner.hookimpl
def limner_annotators(config: limner.Config) -> Sequence[limner.Annotator]:
    annotate = _Annotate(config.get("locations.cache_dir", ""))
    return [
        limner.Annotator(
            "locations", produces=("location",), func=annotate, setup=annotate.setup
        )
    ]
