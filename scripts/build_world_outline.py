"""Build the world outline that the ``html`` format draws its maps on.

Reads ``countries-110m.json`` of the npm package ``world-atlas`` (Natural
Earth's Admin 0 countries, 1:110m, public domain, as TopoJSON), simplifies
each arc (Douglas-Peucker, shared borders simplified once so that neighbours
still meet), drops islands too small to see at that scale, and writes
``src/limner/formats/world_110m.json``: two SVG paths in an equirectangular
plane (x = (lon + 180) * 10, y = (90 - lat) * 10, in whole tenths of a
degree), the land to fill and the borders between countries to stroke.

Run it from the repository root; with no argument it fetches the package
with ``npm pack``::

    python scripts/build_world_outline.py [path/to/countries-110m.json]
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "world-atlas@2.0.2"
OUT = Path(__file__).resolve().parents[1] / "src" / "limner" / "formats" / "world_110m.json"
TOLERANCE = 0.2  # degrees: below what one pixel of a page-wide world map shows
MIN_AREA = 0.5  # square degrees: smaller rings (islets) are dropped
SCALE = 10  # units per degree in the output plane

LICENSE = (
    "Natural Earth data: public domain (naturalearthdata.com terms of use). "
    "TopoJSON packaging, world-atlas: Copyright 2013-2019 Michael Bostock, ISC license: "
    "Permission to use, copy, modify, and/or distribute this software for any purpose with or "
    "without fee is hereby granted, provided that the above copyright notice and this "
    "permission notice appear in all copies. THE SOFTWARE IS PROVIDED \"AS IS\" AND THE "
    "AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED "
    "WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY "
    "SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING "
    "FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER "
    "TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS "
    "SOFTWARE."
)

Point = tuple[float, float]


def fetch() -> dict[str, object]:
    """``countries-110m.json`` from the npm registry's ``world-atlas`` package."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, check=True)
        (tarball,) = Path(tmp).glob("world-atlas-*.tgz")
        with tarfile.open(tarball) as tar:
            member = tar.extractfile("package/countries-110m.json")
            assert member is not None
            return json.load(member)  # type: ignore[no-any-return]


def decode_arcs(topology: dict) -> list[list[Point]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker, keeping both ends (iterative, so long arcs do not recurse deep)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        (x1, y1), (x2, y2) = points[i], points[j]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = -1.0, -1
        for k in range(i + 1, j):
            px, py = points[k]
            if norm == 0:
                d = ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            else:
                d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm
            if d > best:
                best, index = d, k
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack += [(i, index), (index, j)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def rings(geometry: dict) -> list[list[int]]:
    if geometry["type"] == "Polygon":
        return list(geometry["arcs"])
    if geometry["type"] == "MultiPolygon":
        return [ring for polygon in geometry["arcs"] for ring in polygon]
    return []


def ring_points(ring: list[int], arcs: list[list[Point]]) -> list[Point]:
    points: list[Point] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def unwrap(points: list[Point]) -> list[Point]:
    """The line continued across the antimeridian instead of jumping back (x may pass 180)."""
    out: list[Point] = []
    shift = 0.0
    for lon, lat in points:
        if out and lon + shift - out[-1][0] > 180:
            shift -= 360
        elif out and lon + shift - out[-1][0] < -180:
            shift += 360
        out.append((lon + shift, lat))
    return out


def area(points: list[Point]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in itertools.pairwise(points))) / 2


def path(lines: list[list[Point]], closed: bool) -> str:
    """Relative SVG path data in whole units of the output plane."""
    out = []
    for line in lines:
        grid = [(round((lon + 180) * SCALE), round((90 - lat) * SCALE)) for lon, lat in line]
        steps = [grid[0]] + [b for a, b in itertools.pairwise(grid) if a != b]
        if len(steps) < 2:
            continue
        x, y = steps[0]
        moves = " ".join(f"{b[0] - a[0]} {b[1] - a[1]}" for a, b in itertools.pairwise(steps))
        out.append(f"M{x} {y}l{moves}")
        if closed:
            out.append("z")
    return "".join(out).replace(" -", "-")


def build(topology: dict) -> dict[str, object]:
    raw = decode_arcs(topology)
    arcs = [simplify(a, TOLERANCE) for a in raw]
    geometries = topology["objects"]["countries"]["geometries"]
    land: list[list[Point]] = []
    users: dict[int, set[int]] = {}
    for n, geometry in enumerate(geometries):
        for ring in rings(geometry):
            for index in ring:
                users.setdefault(index if index >= 0 else ~index, set()).add(n)
            points = ring_points(ring, raw)
            # Antarctica is left out: a flat map cannot close it, and news rarely needs it
            if area(points) >= MIN_AREA and max(lat for _, lat in points) > -60:
                land.append(unwrap(ring_points(ring, arcs)))
    borders = [unwrap(arcs[i]) for i, who in sorted(users.items()) if len(who) > 1]
    return {
        "source": f"npm {PACKAGE}, countries-110m.json (Natural Earth 4.1.0, 1:110m Admin 0)",
        "license": LICENSE,
        "plane": f"x = (lon + 180) * {SCALE}, y = (90 - lat) * {SCALE}",
        "tolerance_degrees": TOLERANCE,
        "land": path(land, closed=True),
        "borders": path(borders, closed=False),
    }


def main() -> None:
    topology = json.loads(Path(sys.argv[1]).read_text()) if len(sys.argv) > 1 else fetch()
    data = build(topology)
    OUT.write_text(json.dumps(data, indent=0) + "\n")
    print(f"{OUT}: {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
