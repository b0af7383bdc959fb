"""The schema's checks, compiled to Python by fastjsonschema once and shipped in
``limner._schema_checks``: in step with the schema, and what a read runs."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import fastjsonschema
import pytest

import limner
import limner.validate
from tests.core.test_json_form import _every_kind, _set
from tests.gen_schema_checks import COMMAND, MODULE, render, rules_digest

STALE = f"src/limner/_schema_checks.py is stale: run {COMMAND}"


def _read(data: dict[str, Any]) -> str:
    """What reading ``data`` gives: the refusal's words, or ``ok``."""
    try:
        limner.Document.from_dict(json.loads(json.dumps(data)), kinds={})
    except limner.InputError as exc:
        return str(exc)
    return "ok"


#: a rule of each part broken: the document's, an annotation's, a quote's, a number's,
#: a location's pattern, a sentiment's, a layer's
BROKEN = [
    ("id", 3),
    ("annotations.0.start", -1),
    ("annotations.1.style", "sung"),
    ("annotations.2.category", "lots"),
    ("annotations.3.country", "France"),
    ("annotations.4.score", "high"),
    ("layers.0.starts", [0, -6]),
]


def _refused() -> list[dict[str, Any]]:
    return [_set(_every_kind(), path, value) for path, value in BROKEN]


def test_the_shipped_checks_are_of_the_shipped_schema() -> None:
    """The module was written from the parts of the schema as it is: a schema changed,
    or parted anew, without the module written again fails here."""
    import limner._schema_checks as checks

    assert rules_digest() == checks.RULES_SHA256, STALE


def test_the_shipped_checks_are_what_the_generator_writes() -> None:
    """Word for word, where the fastjsonschema installed is the one that wrote them
    (another may write the same rules in other words)."""
    import limner._schema_checks as checks

    if checks.FASTJSONSCHEMA_VERSION != fastjsonschema.VERSION:
        pytest.skip(f"written by fastjsonschema {checks.FASTJSONSCHEMA_VERSION}")
    assert MODULE.read_text(encoding="utf-8") == render(), STALE


def test_a_read_compiles_no_part_of_the_schema(monkeypatch) -> None:
    """A process's reads run the shipped checks: fastjsonschema compiles nothing, for a
    document that keeps the rules or one that breaks a rule of any part."""

    def compiled(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("compiled at run time")

    monkeypatch.setattr(fastjsonschema, "compile", compiled)
    parts = limner.validate._Parts()
    monkeypatch.setattr(limner.validate, "_validators", lambda: parts)
    assert _read(_every_kind()) == "ok"
    assert [_read(data).split(":")[0] for data in _refused()] == [
        "id",
        "annotations[0].start",
        "annotations[1].style",
        "annotations[2].category",
        "annotations[3].country",
        "annotations[4].score",
        "layers[0].starts[1]",
    ]
    assert set(parts._compiled) == set(limner.validate.part_names())


def test_without_the_shipped_checks_each_part_is_compiled(monkeypatch) -> None:
    """Were the module missing, each part is compiled when first needed, and a read
    says what it says with the module."""
    parts = limner.validate._Parts()
    monkeypatch.setattr(limner.validate, "_validators", lambda: parts)
    said = [_read(_every_kind()), *map(_read, _refused())]
    monkeypatch.setitem(sys.modules, "limner._schema_checks", None)  # (a failed import)
    assert limner.validate._generated_checks() is None
    calls: list[str] = []
    compile_ = fastjsonschema.compile

    def counted(definition: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(definition.get("title", "a part"))
        return compile_(definition, *args, **kwargs)

    monkeypatch.setattr(fastjsonschema, "compile", counted)
    parts = limner.validate._Parts()
    assert [_read(_every_kind()), *map(_read, _refused())] == said
    assert len(calls) == len(limner.validate.part_names())


def test_a_document_that_keeps_the_rules_is_read_without_fastjsonschema(tmp_path) -> None:
    """Importing fastjsonschema (its compilers, urllib) was some 14 M instructions of a
    process's first read; the shipped checks need its exception only to refuse."""
    import subprocess

    good = tmp_path / "good.json"
    good.write_text(json.dumps(_every_kind()), encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(_refused()[2]), encoding="utf-8")
    code = (
        "import json, sys, limner\n"
        "try:\n"
        "    limner.Document.from_dict(json.loads(open(sys.argv[1]).read()), kinds={})\n"
        "    said = 'ok'\n"
        "except limner.InputError as exc:\n"
        "    said = str(exc).split(':')[0]\n"
        "print(said, 'fastjsonschema' in sys.modules)\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    said = [
        subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                       check=True, env=env).stdout.split()
        for path in (good, bad)
    ]
    assert said == [["ok", "False"], ["annotations[1].style", "True"]]
