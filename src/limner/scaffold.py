"""``limner new-plugin NAME``: the files of a new third-party plugin package.

:func:`new_plugin` writes ``limner-NAME/``: a ``pyproject.toml`` registering
the ``limner`` entry point, a module defining one annotation kind, one option
and one annotator, tests that run the conformance kit, and a GitHub Actions
workflow that runs them.  The plugin works as written (it marks words in
capitals), so the author starts from a green test run and changes it.
"""

from __future__ import annotations

import keyword
import os
import re
import secrets
import shutil
from collections.abc import Mapping
from pathlib import Path

__all__ = ["new_plugin", "plugin_files"]

_NAME = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*\Z")

_PYPROJECT = """\
[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "limner-{dash}"
version = "0.1.0"
description = "{title} annotations for limner"
readme = "README.md"
requires-python = ">=3.11"
dependencies = ["limner", "attrs"]

[project.optional-dependencies]
test = ["pytest", "hypothesis"]

# The entry point's name is the plugin's name: --plugins {name}, --disable {name}.
[project.entry-points.limner]
{name} = "limner_{name}"

[tool.setuptools]
packages = ["limner_{name}"]
"""

_MODULE = '''\
"""limner-{dash}: {title} annotations for limner.

Marks words written in capitals (the kind ``{name}``); replace the pattern,
the class and the annotator with your own.
"""

from __future__ import annotations

import re
from typing import ClassVar

import attrs

import limner


@attrs.frozen(kw_only=True)
class {cls}(limner.Annotation):
    """One {title} annotation: kind ``{name}``, ids ``{name}1``, ``{name}2``, ..."""

    id_prefix: ClassVar[str] = "{name}"  # no other kind's ids start with it
    kind: str = "{name}"
    word: str = ""
    sentence: str | None = limner.ref()  # the id of the sentence it stands in


def _pattern(value: str) -> str:
    """The option's check: a regular expression that compiles, returned as given."""
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"not a regular expression: {{exc}}") from None
    return value


@limner.hookimpl
def limner_annotation_kinds() -> list[type[limner.Annotation]]:
    return [{cls}]


@limner.hookimpl
def limner_config_options() -> list[limner.Option]:
    return [
        limner.Option(
            "{name}.pattern",
            r"\\b[A-Z]{{2,}}\\b",
            help="the regular expression of what to mark",
            validate=_pattern,
        )
    ]


@limner.hookimpl
def limner_annotators(config: limner.Config) -> list[limner.Annotator]:
    pattern = re.compile(config["{name}.pattern"])

    def annotate(doc: limner.Document) -> list[{cls}]:
        out = []
        for sentence in doc.select("sentence"):
            for m in pattern.finditer(doc.text, sentence.start, sentence.end):
                if m.end() > m.start():
                    out.append(
                        {cls}(start=m.start(), end=m.end(), word=m.group(), sentence=sentence.id)
                    )
        return out

    return [
        limner.Annotator("{name}", produces=("{name}",), requires=("sentence",), func=annotate)
    ]
'''

_TESTS = """\
import limner
from limner.testing import check_plugin


def test_marks_words_in_capitals():
    doc = limner.Enricher(plugins=["{name}"]).enrich("The UN met NATO. Nothing else.")
    found = doc.select("{name}")
    assert [a.word for a in found] == ["UN", "NATO"]
    assert doc.get(found[0].sentence).kind == "sentence"


def test_the_pattern_option():
    e = limner.Enricher(plugins=["{name}"], config={{"{name}.pattern": r"\\bmet\\b"}})
    assert [a.word for a in e.enrich("The UN met NATO.").select("{name}")] == ["met"]


def test_conforms():
    check_plugin("{name}", texts=["The UN met NATO.", "no capitals here", "ABC" * 300])
"""

_CI = """\
name: tests
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        python: ["3.11", "3.12"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: ${{ matrix.python }}
      - run: pip install -e '.[test]'
      - run: pytest
"""

_README = """\
# limner-{dash}

{title} annotations for [limner](https://pypi.org/project/limner/).

```sh
pip install -e '.[test]'
limner plugins                                  # lists {name}
echo "The UN met NATO." | limner enrich - --plugins {name} --format table
pytest                                          # its tests and limner's conformance kit
```
"""


def plugin_files(name: str, taken: Mapping[str, str] | None = None) -> dict[str, str]:
    """The files of plugin ``name`` by path (relative to ``limner-<name>/``).

    The name is the plugin's, its kind's, its ids' prefix and (capitalized) its
    class's.  ``taken`` holds the names that plugins installed hold already (as
    their own name, or a kind they make), each with what it names there.

    Raises:
        ValueError: ``name`` is not a lower-case Python identifier, ends with a
            digit (its ids would not tell prefix from count), its class's name would
            be a Python keyword (``None``), or ``taken`` holds it.
    """
    if not _NAME.match(name):
        raise ValueError(
            f"{name!r} cannot name a plugin: use lower-case letters, digits and single "
            "underscores, starting with a letter (e.g. 'acronyms')"
        )
    fields = {
        "name": name,
        "dash": name.replace("_", "-"),
        "title": name.replace("_", " ").capitalize(),
        "cls": "".join(part.capitalize() for part in name.split("_")),
    }
    if name[-1].isdigit():
        raise ValueError(
            f"{name!r} cannot name a plugin: it is its ids' prefix too, and ids such as "
            f"'{name}21' would not tell where the prefix ends and the count begins; end "
            "it with a letter"
        )
    if keyword.iskeyword(fields["cls"]):
        raise ValueError(
            f"{name!r} cannot name a plugin: its class would be named {fields['cls']}, "
            "which Python keeps for itself"
        )
    if taken and name in taken:
        raise ValueError(
            f"{name!r} cannot name a plugin: it is {taken[name]}, and the new plugin's "
            "name is its kind too"
        )
    return {
        "pyproject.toml": _PYPROJECT.format(**fields),
        f"limner_{name}/__init__.py": _MODULE.format(**fields),
        f"tests/test_{name}.py": _TESTS.format(**fields),
        ".github/workflows/tests.yml": _CI,
        "README.md": _README.format(**fields),
    }


def new_plugin(name: str, directory: Path, taken: Mapping[str, str] | None = None) -> Path:
    """Write the package of plugin ``name`` into ``directory/limner-<name>`` (``taken``
    as for :func:`plugin_files`).

    The files are written into a new folder beside the package folder, which
    takes its name once whole: a write that fails (a folder that takes no new
    file, a name too long for the file system, a full disk) leaves nothing.

    Returns:
        The package folder.

    Raises:
        ValueError: ``name`` cannot name a plugin.
        FileExistsError: the package folder exists already (nothing is written).
        NotADirectoryError: ``directory`` is no folder that exists (one named
            with a typo was made, with every folder on the way to it).
        OSError: the files cannot be written there (nothing is left); the
            message names the package folder.
    """
    files = plugin_files(name, taken)
    root = directory / f"limner-{name.replace('_', '-')}"
    if not directory.is_dir():
        raise NotADirectoryError(f"{directory} is not a folder; give one that exists")
    part = directory / f".limner-new-plugin-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        exists = root.exists()
        if not exists:
            part.mkdir()  # (the mode mkdir gives the package folder)
    except OSError as exc:  # (a name too long for the file system: said by exists)
        raise OSError(exc.errno, f"cannot write {root}: {exc.strerror or exc}") from None
    if exists:
        raise FileExistsError(f"{root} exists already; choose another name or folder")
    try:
        for path, text in files.items():
            target = part / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        os.rename(part, root)  # (one that appeared meanwhile, not empty: refused)
    except OSError as exc:
        shutil.rmtree(part, ignore_errors=True)
        raise OSError(exc.errno, f"cannot write {root}: {exc.strerror or exc}") from None
    except BaseException:
        shutil.rmtree(part, ignore_errors=True)
        raise
    return root

