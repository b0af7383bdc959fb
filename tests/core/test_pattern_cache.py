"""Regular expressions kept compiled in the user cache (``limner.pattern_cache``).

A plugin's large patterns were compiled by ``re`` in every process (the numbers
plugin's some 500 M instructions at its first document); a pattern compiled in
the block is now handed to ``re``'s engine from the cache in later processes,
equal to what ``re`` compiles, and any fault of the cache costs only the
compiling.
"""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import limner
from limner import compiled

_compiler: Any = re._compiler  # type: ignore[attr-defined]
#: re's own compiling, as no test patches it
_PLAIN = _compiler.compile

#: Patterns of several kinds: named groups, look-arounds, classes, case folded, verbose.
PATTERNS: list[tuple[str, int]] = [
    (r"(?P<num>[0-9]+(?:[.,][0-9]+)?)[ \t]*(?P<unit>km|miles?|kg)\b", 0),
    (r"(?i:kilo(?:met(?:er|re)s?|grams?)|pounds?|ounces?)(?![\w])", 0),
    (r"(?<![A-Za-z])(?:one|two|three|twenty(?:-one)?)(?=\s)", 0),
    (r"\b[A-Z]{3}\b", re.IGNORECASE),
    (
        r"""(?x) (?P<year> [12][0-9]{3} )  # a year
          (?: - (?P<to> [0-9]{2} ) )?""",
        0,
    ),
    ("[\u00bc-\u00be\u2150-\u215e]|\u00e9t\u00e9", 0),
]
TEXT = "It weighs 12.5 kg, three Kilometres, EUR 2019-20 and ½ été; twenty-one miles"


@pytest.fixture
def compiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The patterns compiled, in order: by ``re`` itself, or by its steps to be kept (its
    cache emptied first; the check of those steps on :data:`compiled.CANARIES` left out)."""
    monkeypatch.setenv("LIMNER_CACHE_DIR", str(tmp_path / "cache"))
    seen: list[str] = []
    canaries = {p for p, _ in compiled.CANARIES}
    plain, code = _compiler.compile, compiled._code

    def counted(pattern: Any, flags: int = 0) -> Any:
        if pattern not in canaries:
            seen.append(pattern)
        return plain(pattern, flags)

    def coded(compiler: Any, parser: Any, pattern: Any, flags: int) -> Any:
        if pattern not in canaries:
            seen.append(pattern)
        return code(compiler, parser, pattern, flags)

    monkeypatch.setattr(_compiler, "compile", counted)
    monkeypatch.setattr(compiled, "_code", coded)
    re.purge()
    return seen


def _compile_all() -> list[re.Pattern[str]]:
    re.purge()
    with limner.pattern_cache("toy"):
        return [re.compile(p, f) for p, f in PATTERNS]


def _kept(tmp_path: Path) -> Path:
    (path,) = (tmp_path / "cache" / "patterns").glob("toy-*.marshal")
    return path


def _same(found: list[re.Pattern[str]]) -> None:
    for pattern, (p, f) in zip(found, PATTERNS, strict=True):
        truth = _PLAIN(p, f)  # (not through re's cache)
        assert pattern == truth and pattern.groupindex == truth.groupindex
        assert pattern.flags == truth.flags and pattern.groups == truth.groups
        assert [m.groupdict() or m.span() for m in pattern.finditer(TEXT)] == [
            m.groupdict() or m.span() for m in truth.finditer(TEXT)
        ]


def test_patterns_are_compiled_once_then_read_back(tmp_path: Path, compiles: list[str]) -> None:
    first = _compile_all()
    assert len(compiles) == len(PATTERNS)
    assert _kept(tmp_path).stat().st_mode & 0o777 == 0o644
    stamp = _kept(tmp_path).stat().st_mtime_ns
    compiles.clear()
    again = _compile_all()
    assert compiles == []  # none compiled: each handed to the engine from the cache
    assert again == first
    _same(again)
    assert _kept(tmp_path).stat().st_mtime_ns == stamp  # nothing new: not written again
    assert _compiler.compile.__name__ == "counted"  # re's own function put back


def test_a_new_pattern_is_compiled_and_kept(tmp_path: Path, compiles: list[str]) -> None:
    _compile_all()
    compiles.clear()
    with limner.pattern_cache("toy"):
        re.compile(PATTERNS[0][0])
        re.compile(r"(?P<new>[0-9]+)%")
    assert compiles == [r"(?P<new>[0-9]+)%"]
    compiles.clear()
    re.purge()
    with limner.pattern_cache("toy"):
        assert re.compile(r"(?P<new>[0-9]+)%").search("up 20%").group("new") == "20"
    assert compiles == []


@pytest.mark.parametrize("damage", ["flipped byte", "truncated", "garbage", "empty"])
def test_a_damaged_file_costs_only_the_compiling(
    tmp_path: Path, compiles: list[str], damage: str
) -> None:
    _compile_all()
    path = _kept(tmp_path)
    data = path.read_bytes()
    if damage == "flipped byte":
        path.write_bytes(data[:-40] + bytes([data[-40] ^ 0x01]) + data[-39:])
    elif damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        path.write_bytes(b"\x00garbage" * 50)
    else:
        path.write_bytes(b"")
    compiles.clear()
    _same(_compile_all())
    assert len(compiles) == len(PATTERNS)
    assert path.read_bytes() == data  # written again whole


def test_another_python_keeps_a_file_of_its_own(
    tmp_path: Path, compiles: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _compile_all()
    with monkeypatch.context() as patch:
        patch.setattr(compiled.sys, "version", sys.version + " (another build)")
        compiles.clear()
        _same(_compile_all())
        assert len(compiles) == len(PATTERNS)
    assert len(list((tmp_path / "cache" / "patterns").iterdir())) == 2


@pytest.mark.parametrize("fault", ["unwritable cache", "a block that raises"])
def test_what_cannot_be_kept_is_compiled_each_time(
    tmp_path: Path, compiles: list[str], monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    if fault == "unwritable cache":
        blocker = tmp_path / "a-file"
        blocker.write_text("not a folder", encoding="utf-8")
        monkeypatch.setenv("LIMNER_CACHE_DIR", str(blocker / "cache"))
        for _ in range(2):
            _same(_compile_all())
        assert len(compiles) == 2 * len(PATTERNS)
    else:

        def failing_import() -> None:
            with limner.pattern_cache("toy"):
                re.compile(PATTERNS[0][0])
                raise KeyError("the import failed")

        for _ in range(2):
            re.purge()
            with pytest.raises(KeyError):
                failing_import()
        assert not (tmp_path / "cache" / "patterns").exists()
        assert compiles == [PATTERNS[0][0]] * 2
    assert _compiler.compile.__name__ == "counted"


def test_other_threads_and_debug_are_compiled_as_usual(
    tmp_path: Path, compiles: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    others: list[re.Pattern[str]] = []
    run: Callable[[], None] = lambda: others.append(re.compile(r"[0-9]+ other"))  # noqa: E731
    for _ in range(2):
        re.purge()
        with limner.pattern_cache("toy"):
            re.compile(rb"[0-9]+ bytes")
            re.compile(r"[0-9]+ shown", re.DEBUG)
            thread = threading.Thread(target=run)
            thread.start()
            thread.join()
            re.compile(r"[0-9]+ mine")
    # the first time, all four; the second, the other thread's and the one shown alone
    assert compiles == [
        rb"[0-9]+ bytes",
        r"[0-9]+ shown",
        r"[0-9]+ other",
        r"[0-9]+ mine",
        r"[0-9]+ shown",
        r"[0-9]+ other",
    ]
    assert others[0] == others[1]
    assert capsys.readouterr().out.count("LITERAL") >= 2  # re.DEBUG's listing, each time


def test_the_numbers_plugins_patterns_are_read_back_in_a_later_process(tmp_path: Path) -> None:
    """Its patterns were compiled at each process's first document."""
    code = (
        "import re, limner_numbers\n"
        "from limner import compiled\n"
        "n = []; plain = re._compiler.compile; steps = compiled._code\n"
        "re._compiler.compile = lambda p, f=0: n.append(p) or plain(p, f)\n"
        "compiled._code = lambda c, q, p, f: n.append(p) or steps(c, q, p, f)\n"
        "limner_numbers.load()\n"
        "print(len([p for p in n if p not in {c for c, _ in compiled.CANARIES}]))\n"
    )
    env = _env(tmp_path)
    counts = [
        int(
            subprocess.run(
                [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(2)
    ]
    assert counts[0] > 100 and counts[1] == 0, counts


@pytest.mark.parametrize("plugin", ["limner_quotes", "limner_locations"])
def test_the_quotes_and_locations_patterns_are_read_back_in_a_later_process(
    tmp_path: Path, plugin: str
) -> None:
    """Their modules compiled their patterns on import in each process, none kept; each
    process here orders sets otherwise (its own hash seed), as a pattern made from a set
    in the order of its words was another string in each process, and missed.  Counted:
    the patterns compiled to be kept (the first process's, and any missed after)."""
    code = (
        "from limner import compiled\n"
        "n = []; steps = compiled._code\n"
        "compiled._code = lambda c, q, p, f: n.append(p) or steps(c, q, p, f)\n"
        f"import {plugin}\n"
        "print(len([p for p in n if p not in {c for c, _ in compiled.CANARIES}]))\n"
    )
    counts = [
        int(
            subprocess.run(
                [sys.executable, "-c", code],
                env=dict(_env(tmp_path), PYTHONHASHSEED=str(seed)),
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        for seed in (1, 2, 3)
    ]
    assert counts[0] > 50 and counts[1:] == [0, 0], counts


#: Texts that need the patterns the plugins compile at first use, as few texts do: why
#: each is here, and the text.  (Not a capital İ, whose lower case is longer: the number
#: words read as written are compiled at first use still, their pattern's text being some
#: 12 M instructions to build, which every start would pay to find the kept code.)
RARE_TEXTS: list[tuple[str, str]] = [
    (
        "words beyond Latin-1: number words found by the plain scan",
        "Ελλάδα: twenty-three ferries stayed in port at Piraeus on Tuesday as seamen struck.",
    ),
    (
        "an hour that shares a clock time's marker",
        "Polling stations in Lagos open from 8 to 2 p.m. on Saturday, the commission said.",
    ),
    (
        "a unit symbol with a second reading",
        "The phone records 8K video at 30fps and costs less than last year's model.",
    ),
    (
        "a reported clause after a frame",
        "The ministry said in a statement it would review the licences of the three firms.",
    ),
    (
        "a dateline",
        (
            "MONTEVIDEO, Uruguay (AP) — Farmers blocked the main roads into the capital on "
            "Monday, demanding lower fuel prices."
        ),
    ),
    (
        "a result's verb, a town and where the match was played",
        "Rotherham lost to Barnsley at home on Saturday, leaving the club fourth from bottom.",
    ),
    (
        "a place named like software",
        (
            "Developers said the new Java release would run on older phones. The update was "
            "shipped to Java users worldwide on Friday."
        ),
    ),
    (
        "a word written long",
        "Supporters said the renovated ground in Durban looked sooo much better than before.",
    ),
    (
        "a pronoun after more name words than are looked for one by one",
        (
            "Amara Okafor said the plan was late. Bruno Tavares said the plan was late. Chen "
            "Wei said the plan was late. Dilnoza Karimova said the plan was late. Emeka Nwosu"
            " said the plan was late. Farah Haddad said the plan was late. Gustav Lindqvist "
            "said the plan was late. Hana Novak said the plan was late. Ivan Petrov said the "
            "plan was late. Jorge Salinas said the plan was late. Kofi Mensah said the plan "
            "was late. Leila Ahmadi said the plan was late. Marek Zielinski said the plan was"
            " late. Nadia Boukhari said the plan was late. Oscar Velasquez said the plan was "
            "late. Priya Raman said the plan was late. Quentin Dubois said the plan was late."
            " Rosa Ferreira said the plan was late. Samir Khalil said the plan was late. "
            "Tomasz Wojcik said the plan was late. The board met again on Monday. The talks "
            "ended at noon. He said it would cost more."
        ),
    ),
]


def test_a_later_process_compiles_no_pattern_after_the_plugins_load(tmp_path: Path) -> None:
    """The patterns the plugins compile at first use, as few texts need them, were
    compiled by ``re`` in each process that met such a text (none was kept, being
    compiled outside the plugin's block).  Counted: the patterns ``re`` compiles while
    the texts above are enriched, after the plugins' load, in a process after one that
    filled the cache."""
    code = (
        "import json, re, sys, limner\n"
        "texts, index = json.loads(sys.stdin.read())\n"
        "enricher = limner.Enricher(['numbers', 'quotes', 'locations', 'sentiment'],\n"
        "                           {'locations.cache_dir': index})\n"
        "enricher.setup()\n"
        "n = []; plain = re._compiler.compile\n"
        "re._compiler.compile = lambda p, f=0: n.append(p) or plain(p, f)\n"
        "for text in texts:\n"
        "    enricher.enrich(text)\n"
        "print(json.dumps(n))\n"
    )
    given = json.dumps([[text for _, text in RARE_TEXTS], str(limner.cache_dir())])
    runs = [
        subprocess.run(
            [sys.executable, "-c", code],
            input=given,
            env=_env(tmp_path),
            capture_output=True,
            text=True,
            check=True,
        )
        for _ in range(2)
    ]
    assert json.loads(runs[1].stdout) == [], runs[1].stdout


def test_where_res_steps_differ_re_compiles_and_nothing_is_kept(
    tmp_path: Path, compiles: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Python whose ``re`` makes its code otherwise than :func:`compiled._code` does."""
    assert compiled._faithful(sys.modules["_sre"], _PLAIN, _compiler, _compiler._parser)
    monkeypatch.setattr(compiled, "_faithful", lambda *modules: False)
    for _ in range(2):
        _same(_compile_all())
    assert len(compiles) == 2 * len(PATTERNS)
    assert not (tmp_path / "cache" / "patterns").exists()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork")
def test_a_process_forked_while_another_threads_block_is_open_compiles(tmp_path: Path) -> None:
    """A block held a lock across its body: a process forked then (from another thread)
    found it held for good, and its own first block waited for ever."""
    code = (
        "import os, re, signal, threading, limner\n"
        "go, done = threading.Event(), threading.Event()\n"
        "def block():\n"
        "    with limner.pattern_cache('toy'):\n"
        "        re.compile('[0-9]+x'); go.set(); done.wait()\n"
        "t = threading.Thread(target=block); t.start(); go.wait()\n"
        "pid = os.fork()\n"
        "if pid == 0:\n"
        "    signal.alarm(20)\n"
        "    with limner.pattern_cache('toy'):\n"
        "        ok = re.compile('[a-z]+y').match('aby') is not None\n"
        "    os._exit(0 if ok else 3)\n"
        "_, status = os.waitpid(pid, 0); done.set(); t.join()\n"
        "print(os.waitstatus_to_exitcode(status))\n"
    )
    env = _env(tmp_path)
    run = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert run.stdout.strip() == "0", (run.stdout, run.stderr)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork")
def test_a_process_forked_inside_a_block_compiles_and_keeps_nothing(tmp_path: Path) -> None:
    """The child of a fork made by the block's own thread runs on inside the block: its
    patterns are compiled by it, and only the process that opened the block writes (the
    child leaves the block with a pattern the file lacks; the parent, with none, writes
    nothing, so a write of the child's would be what the file holds)."""
    code = (
        "import os, re, limner\n"
        "with limner.pattern_cache('toy'):\n"
        "    re.compile('[0-9]+x')\n"
        "with limner.pattern_cache('toy'):\n"
        "    re.compile('[0-9]+x')\n"
        "    pid = os.fork()\n"
        "    if pid == 0:\n"
        "        ok = re.compile('(?P<c>[a-z]+)y').match('aby').group('c') == 'ab'\n"
        "if pid == 0:\n"
        "    os._exit(0 if ok else 3)\n"
        "_, status = os.waitpid(pid, 0)\n"
        "print(os.waitstatus_to_exitcode(status))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.stdout.strip() == "0", (run.stdout, run.stderr)
    kept = compiled._read(tmp_path / "cache" / "patterns" / _kept_name(tmp_path))
    assert list(kept) == [("[0-9]+x", 0)]  # the child's pattern was not written


@pytest.mark.parametrize("kind", ["a fifo", "a folder", "a link to a fifo", "a link to a device"])
def test_a_kept_file_that_is_no_file_costs_only_the_compiling(
    tmp_path: Path, compiles: list[str], kind: str
) -> None:
    """A named pipe in the kept file's place made a start wait for ever for a writer."""
    _compile_all()
    path = _kept(tmp_path)
    path.unlink()
    if kind == "a fifo":
        os.mkfifo(path)
    elif kind == "a folder":
        path.mkdir()
    elif kind == "a link to a fifo":
        os.mkfifo(tmp_path / "fifo")
        path.symlink_to(tmp_path / "fifo")
    else:  # (read for ever, until memory ran out)
        path.symlink_to(os.devnull.replace("null", "zero"))
    compiles.clear()
    _same(_compile_all())
    assert len(compiles) == len(PATTERNS)


def test_processes_building_the_cache_at_once_all_get_res_patterns(tmp_path: Path) -> None:
    """Six processes compiling the same patterns into an empty cache at once: each gets
    what re compiles, and the file left is whole (a later process compiles none)."""
    code = (
        "import re, sys, limner\n"
        "from limner import compiled\n"
        "n = []; steps = compiled._code\n"
        "compiled._code = lambda c, q, p, f: n.append(p) or steps(c, q, p, f)\n"
        "pats = [r'(?P<n>[0-9]+) (?:km|miles?)', r'(?i)\\bkilo(?:gram|metre)s?\\b', r'[A-Z]{3}']\n"
        "with limner.pattern_cache('toy'):\n"
        "    got = [re.compile(p) for p in pats]\n"
        "plain = re._compiler.compile\n"
        "assert all(g == plain(p, 0) for g, p in zip(got, pats))\n"
        "print(len([p for p in n if p in pats]))\n"
    )
    env = _env(tmp_path)
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for _ in range(6)
    ]
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
        assert int(out) in (0, 3)
    after = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert after.stdout.strip() == "0"
    assert [p.name for p in (tmp_path / "cache" / "patterns").iterdir()] == [_kept_name(tmp_path)]


def _env(tmp_path: Path) -> dict[str, str]:
    """The environment of a Python run by a test: this one's imports, a cache of its own."""
    return dict(
        os.environ, PYTHONPATH=os.pathsep.join(sys.path), LIMNER_CACHE_DIR=str(tmp_path / "cache")
    )


def _kept_name(tmp_path: Path) -> str:
    (path,) = (tmp_path / "cache" / "patterns").glob("toy-*.marshal")
    return path.name


#: Pieces a generated pattern is made of: literals, escapes, classes, anchors.
_ATOMS = st.sampled_from(
    [
        "a",
        "b",
        "1",
        " ",
        "\u00e9",
        "\\.",
        "\\d",
        "\\w",
        "\\s",
        "\\W",
        ".",
        "[a-c]",
        "[^b1]",
        "[\\d\\s]",
        "[\u00e0-\u00ff]",
        "^",
        "$",
        "\\b",
        "\\B",
        "\\A",
        "\\Z",
    ]
)
_QUANTIFIERS = st.sampled_from(
    ["", "", "*", "+", "?", "{2}", "{1,3}", "*?", "+?", "??", "*+", "++"]
)


def _regexes() -> st.SearchStrategy[str]:
    """Patterns of every construct ``re`` has, nested: groups of each kind, look-arounds,
    alternation, quantifiers greedy, lazy and possessive, inline flags."""

    def wrap(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.tuples(st.lists(inner, min_size=1, max_size=3), _QUANTIFIERS).map(
                lambda t: "".join(t[0]) + t[1] if t[1] == "" else "(?:" + "".join(t[0]) + ")" + t[1]
            ),
            st.tuples(inner, inner).map(lambda t: f"{t[0]}|{t[1]}"),
            inner.map(lambda x: f"({x})"),
            inner.map(lambda x: f"(?P<g>{x})(?P=g)?"),
            inner.map(lambda x: f"(?={x})"),
            inner.map(lambda x: f"(?!{x})"),
            inner.map(lambda x: f"(?>{x})"),
            inner.map(lambda x: f"(?i:{x})"),
            st.sampled_from(["(?<=a)", "(?<!b1)", "(?<=\\d)"]),
        )

    return st.recursive(st.tuples(_ATOMS, _QUANTIFIERS).map("".join), wrap, max_leaves=8)


@given(
    pattern=_regexes(),
    flags=st.sampled_from([0, re.I, re.M, re.S, re.A, re.I | re.M | re.S, re.X]),
    texts=st.lists(st.text(alphabet="ab1 .\n\u00e9B_", max_size=14), max_size=4),
)
def test_kept_code_gives_the_pattern_re_compiles(
    pattern: str, flags: int, texts: list[str]
) -> None:
    """Whatever the pattern, the code kept (through marshal, as the file holds it) gives a
    pattern equal to ``re.compile``'s that finds the same matches."""
    try:
        truth = _PLAIN(pattern, flags)
    except re.error:
        assume(False)
    code = compiled._code(_compiler, _compiler._parser, pattern, flags)
    got = sys.modules["_sre"].compile(pattern, *marshal.loads(marshal.dumps(code)))
    assert got == truth
    assert (got.flags, got.groups, got.groupindex) == (truth.flags, truth.groups, truth.groupindex)
    for text in texts:
        assert [(m.span(), m.groups()) for m in got.finditer(text)] == [
            (m.span(), m.groups()) for m in truth.finditer(text)
        ]
        assert (got.fullmatch(text) is None) == (truth.fullmatch(text) is None)


def test_res_own_cache_and_purge_inside_a_block(tmp_path: Path, compiles: list[str]) -> None:
    """A pattern ``re`` already holds is handed back by ``re`` (the block sees it not, and
    keeps it not); purged, or compiled by the user's own call in the block, it is compiled
    once and kept, the same pattern each time."""
    pattern, flags = PATTERNS[0]
    before = re.compile(pattern, flags)  # (in re's cache, outside any block)
    with limner.pattern_cache("toy"):
        assert re.compile(pattern, flags) is before
    assert compiles == [pattern] and not (tmp_path / "cache" / "patterns").exists()
    with limner.pattern_cache("toy"):
        re.purge()
        mine = re.compile(pattern, flags)
        again = re.compile(pattern, flags)
        re.purge()
        third = re.compile(pattern, flags)
    assert mine is again and third == mine == _PLAIN(pattern, flags)
    assert compiles == [pattern] * 3  # (the third, purged, from the file not yet written)
    compiles.clear()
    re.purge()
    with limner.pattern_cache("toy"):
        assert re.compile(pattern, flags) == mine
    assert compiles == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is Linux's")
def test_a_huge_kept_file_costs_only_the_compiling(tmp_path: Path) -> None:
    """A kept file of 1 GB (sparse: it takes no disk) was read whole: in a process held to
    256 MB it ended the start with MemoryError, elsewhere it took the gigabyte.  It is
    refused unread, the patterns compiled and kept anew."""
    code = (
        "import re, resource, limner\n"
        "resource.setrlimit(resource.RLIMIT_AS, (256 << 20, 256 << 20))\n"
        "with limner.pattern_cache('toy'):\n"
        "    got = re.compile(r'(?P<n>[0-9]+) apples')\n"
        "print(got.match('3 apples')['n'])\n"
    )
    env = _env(tmp_path)
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
    path = tmp_path / "cache" / "patterns" / _kept_name(tmp_path)
    os.truncate(path, 1 << 30)
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert (run.returncode, run.stdout) == (0, "3\n"), run.stderr[-300:]
    assert path.stat().st_size < 1 << 20  # (kept anew)
