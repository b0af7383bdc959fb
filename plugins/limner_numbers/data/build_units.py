"""Derive the numbers plugin's unit table from quantulum3's unit registry.

Run ``python plugins/limner_numbers/data/build_units.py`` with quantulum3 installed
(``pip install 'limner[peers]'``); it rewrites ``units.json`` beside itself, which
ships as package data and is read by :mod:`limner_numbers.lexicon` at first use
(no quantulum3 at run time).

What it keeps: the units of the measures news and common science write (length,
area, volume, mass, time, speed, data, energy, power, pressure, temperature,
frequency, force, radiation and a few more); for each, the English names and
their plurals (``words``, matched regardless of case) and the symbols (``symbols``,
matched exactly).  What it leaves out, so that figures stay figures:

- names that are common English words in quantulum3's own list (``drop``, ``quad``,
  ``atmosphere``) or shorter than three letters;
- prefixed units no news story writes (exa-, atto-, ...), and units of particle
  physics and genetics (barns, base pairs);
- symbols of one character (the hand table in ``lexicon.py`` decides those, as
  ``m`` is a million or a metre), symbols that are common words (``in``, ``at``,
  ``dam``) or codes (``Gb`` is a unit of genetics and a gigabit), two-letter
  lower-case symbols outside a short list of everyday ones (``km``, ``kg``,
  ``ml``, ``oz``), and symbols with characters that are not letters, digits,
  ``/``, ``°``, ``µ``, ``²`` or ``³``.

The hand table in ``lexicon.py`` wins over this one wherever both have a surface.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TypedDict

HERE = Path(__file__).resolve().parent


class UnitTable(TypedDict):
    """What ``units.json`` holds: the surfaces that name each unit."""

    source: str
    words: dict[str, str]  # surface (matched regardless of case): unit name
    symbols: dict[str, str]  # symbol (matched exactly): unit name


def _words(text: str) -> list[str]:
    return text.split()


#: The measures (quantulum3's entities) whose units are kept.
MEASURES = frozenset([
    "acceleration", "area", "current", "data storage", "data transfer rate", "electric potential",
    "energy", "force", "frequency", "length", "mass", "mass flow", "power", "pressure",
    "radiation absorbed dose", "radioactivity", "sound level", "speed", "temperature", "time",
    "volume", "volumetric flow",
])
#: Names that quantulum3's common-word list misses but English prose uses as words.
DENY = frozenset([
    "drop", "quad", "stere", "peck", "bary", "barie", "barad", "barrie", "speed of light",
    "lightspeed", "bevatron", "atmosphere", "standard atmosphere", "shake", "jiffy", "moment",
    "span", "hand", "finger", "line", "point", "pica", "chain", "rod", "pole", "perch", "link",
    "league", "cable", "fathom", "mil", "rack", "unit", "block", "gauge", "grain", "dram",
    "scruple",
    "pound force", "slug", "quarter", "hundredweight", "carat", "sheet", "bolt", "cord", "score",
    "gross", "ream", "bale", "pack", "bit", "nibble", "word", "session", "shift", "bar", "bars",
    "gal", "gals", "gray", "grays", "ell", "ells", "kip", "kips", "dalton", "daltons", "galileo",
    "galileos", "curie", "curies", "annum", "annums", "per second", "per seconds", "gaj", "gajs",
])
#: Prefixed units no news story writes, and units of particle physics and genetics.
_EXOTIC = re.compile(
    r"^(?:exa|zetta|yotta|peta|atto|femto|zepto|yocto|exb|zeb|yob|peb)|barn|base pair|nucleotide"
    r"|annum|revolution|year$|years$"
)
#: Plurals that quantulum3's rule gets wrong ("hertzzes", "celsiuses").
_BAD_PLURAL = re.compile(r"zzes$|siuses$|heits$|grades$|ss |ies of|ss$")
#: Two-letter lower-case symbols that are read as units; others are too often words or codes.
_SHORT_OK = frozenset(_words(
    "km cm mm kg mg ml cl dl mi yd ft oz lb qt pt nm ms ns hp ha ac kt kn"
))
_SYMBOL_DENY = frozenset(_words(
    "in am pm st ly ka ky ab au ua nt bp Gb Mb mb gb tb yb zb Py Gy Dm Pm Mm Gm fur lea fath qr "
    "pk Ha kb ct tf hs gm kp nb pb fb Ey ym zm dam CFM CFPM PPH SLM SLPM SCCM SCFM Gal "
    "Grps Mrps Trps Prps krps rps tpd nt Cal mps ips dyn pdl hph"
))
_SYMBOL_OK = re.compile(r"[A-Za-z0-9/°µ²³]+")
_WORD_OK = re.compile(r"[a-z]+(?:[ -][a-z]+){0,2}")


def build() -> UnitTable:
    """The table: ``{"source", "words": {surface: name}, "symbols": {symbol: name}}``."""
    import quantulum3
    import quantulum3.load as load

    units = load.units("en_US")
    lang = Path(load.TOPDIR) / "_lang" / "en_US" / "common-words.json"
    common = {w for ws in json.loads(lang.read_text(encoding="utf-8")).values() for w in ws}
    words: dict[str, str] = {}
    symbols: dict[str, str] = {}
    for name, unit in sorted(units.names.items()):
        if unit.entity.name not in MEASURES or _EXOTIC.search(name):
            continue
        for surface in unit.surfaces:
            s = " ".join(surface.lower().split())
            if s in DENY or s in common or len(s) < 3 or not _WORD_OK.fullmatch(s):
                continue
            words.setdefault(s, name)
            plural = load.pluralize(s)
            if (plural and _WORD_OK.fullmatch(plural) and plural not in common
                    and plural not in DENY and not _BAD_PLURAL.search(plural)):
                words.setdefault(plural, name)
        for symbol in unit.symbols:
            if (len(symbol) < 2 or symbol.lower() in common or symbol.lower() in DENY
                    or symbol in _SYMBOL_DENY or not _SYMBOL_OK.fullmatch(symbol)
                    or (len(symbol) == 2 and symbol.islower() and symbol not in _SHORT_OK)):
                continue
            symbols.setdefault(symbol, name)
    return {"source": f"quantulum3 {quantulum3.__version__}", "words": words, "symbols": symbols}


if __name__ == "__main__":
    table = build()
    out = HERE / "units.json"
    out.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                   encoding="utf-8")
    print(f"{out}: {len(table['words'])} words, {len(table['symbols'])} symbols")
