"""The ``regex`` patterns that few texts ask for are compiled at their first use.

The quotes and locations plugins give such a pattern by ``limner.lazy_regex``: no
process pays for compiling it at the plugin's load, and what it finds is what
``regex.compile`` of the same text finds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import regex
from hypothesis import given
from hypothesis import strategies as st

from limner import lazy_regex
from limner_locations import forms, matching, resolving
from limner_quotes import finder, phrases

#: every pattern given by ``lazy_regex``, by where it is
LAZY = {
    "forms._STREET": forms._STREET,
    "forms._NATURAL": forms._NATURAL,
    "forms._QUARTER": forms._QUARTER,
    "forms._COUNTIES": forms._COUNTIES,
    "forms._COUNTY_NAME": forms._COUNTY_NAME,
    "forms._ABBREV": forms._ABBREV,
    "matching._RUN": matching._RUN,
    "matching._WORD_CHAR": matching._WORD_CHAR,
    "resolving._IN_QUALIFIER": resolving._IN_QUALIFIER,
    "resolving._SAINT_POSSESSIVE": resolving._SAINT_POSSESSIVE,
    "resolving._SAINT_NAME_AFTER": resolving._SAINT_NAME_AFTER,
    "resolving._COUNTIES": resolving._COUNTIES,
    **{f"resolving._PUBLIC[{cc}]": p for cc, p in resolving._PUBLIC},
    "finder._TURN_OPENING": finder._TURN_OPENING,
    "phrases._SPACED_TOKEN": phrases._SPACED_TOKEN,
}


def test_nothing_is_compiled_before_the_first_use() -> None:
    seen: list[str] = []
    original = regex._main._compile

    def counted(pattern: str, *args: object, **kw: object) -> object:
        seen.append(pattern)
        return original(pattern, *args, **kw)

    regex._main._compile = counted
    try:
        pattern = lazy_regex(r"\p{Lu}\p{Ll}++", regex.IGNORECASE)
        repr(pattern)
        assert seen == []
        found = pattern.findall("Kyiv and ÉCOLE")
        assert seen == [r"\p{Lu}\p{Ll}++"]
        pattern.search("Lviv")
        pattern.match("Lviv")
        assert seen == [r"\p{Lu}\p{Ll}++"]  # compiled once, its methods kept
    finally:
        regex._main._compile = original
    assert found == regex.compile(r"\p{Lu}\p{Ll}++", regex.IGNORECASE).findall("Kyiv and ÉCOLE")
    assert pattern.flags == regex.compile(r"\p{Lu}\p{Ll}++", regex.IGNORECASE).flags


@given(st.text(alphabet="aZé É.,' \t-\nNorth:([…0½", max_size=40))
def test_a_lazy_pattern_finds_what_the_compiled_one_finds(text: str) -> None:
    for pattern in LAZY.values():
        compiled = regex.compile(pattern.pattern, pattern.flags)
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in compiled.finditer(text)]
        assert pattern.findall(text) == compiled.findall(text)
        assert pattern.groups == compiled.groups


def test_a_process_that_loads_the_plugins_compiles_none_of_the_lazy_patterns() -> None:
    code = (
        "import json, regex, regex._main\n"
        "seen = []\n"
        "original = regex._main._compile\n"
        "def counted(pattern, *a, **k):\n"
        "    seen.append(pattern)\n"
        "    return original(pattern, *a, **k)\n"
        "regex._main._compile = counted\n"
        "import limner\n"
        "enricher = limner.Enricher(plugins='quotes,locations')\n"
        "enricher.setup()\n"
        "enricher.enrich('Officials in Paris said the talks would go on.')\n"
        "print(json.dumps([p for p in seen if isinstance(p, str)]))\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True, timeout=300)
    compiled = set(json.loads(out.stdout.splitlines()[-1]))
    assert compiled  # the patterns most texts ask for are compiled at the load
    assert [name for name, p in LAZY.items() if p.pattern in compiled] == []
