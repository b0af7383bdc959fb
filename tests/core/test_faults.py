"""Faulty third-party plugins, packaged and installed for real beside the
first-party ones.  For each fault: the first-party annotations survive, the
offender is named, and ``--strict`` turns the fault into exit 1."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from tests.core.installed import install, run

HEAD = """
import attrs
import limner

def note(kind):
    return lambda doc: [limner.Annotation(kind=kind, start=0, end=min(1, len(doc.text)))]
"""

#: plugin name -> the body of its module (after HEAD)
FAULTS = {
    "unmet": """
@limner.hookimpl
def limner_annotators(config):
    return [limner.Annotator("unmet", ("fault",), note("fault"), requires=("nosuchkind",))]
""",
    "annotators5": """
@limner.hookimpl
def limner_annotators(config):
    return 5
""",
    "formats5": """
@limner.hookimpl
def limner_formats():
    return [5]
""",
    "options5": """
@limner.hookimpl
def limner_config_options():
    return [5]
""",
    "nokind": """
@attrs.frozen(kw_only=True)
class NoKind(limner.Annotation):
    extra: int = 0

@limner.hookimpl
def limner_annotation_kinds():
    return [NoKind]
""",
    "importexit": """
import sys

sys.exit(4)
""",
    "hookexit": """
@limner.hookimpl
def limner_annotators(config):
    raise SystemExit(5)
""",
    "setupexit": """
def setup():
    import sys

    sys.exit(3)

@limner.hookimpl
def limner_annotators(config):
    return [limner.Annotator("setupexit", ("fault",), note("fault"), setup=setup)]
""",
    "badname": """
@limner.hookimpl
def limner_annotators(config):
    return [limner.Annotator(5, ("fault",), note("fault"))]
""",
    "addraise": """
def run(doc):
    doc.add([limner.Annotation(kind="fault", start=0, end=1)], source="addraise")
    raise RuntimeError("added, then failed")

@limner.hookimpl
def limner_annotators(config):
    return [limner.Annotator("addraise", ("fault",), run)]
""",
    "clearerrors": """
def run(doc):
    doc.errors.clear()
    return []

@limner.hookimpl
def limner_annotators(config):
    return [limner.Annotator("clearerrors", ("fault",), run, uses=("number", "quote"))]
""",
    "features": """
def run(doc):
    doc.select("number")[0].features["hacked"] = True
    return []

@limner.hookimpl
def limner_annotators(config):
    return [limner.Annotator("features", ("fault",), run, requires=("number",))]
""",
    "undeclared": """
@limner.hookimpl
def limner_annotators(config):
    return [limner.Annotator("undeclared", ("fault",), note("number"))]
""",
    "sysexit": """
def run(doc):
    raise SystemExit(0)

@limner.hookimpl
def limner_annotators(config):
    return [limner.Annotator("sysexit", ("fault",), run)]
""",
    "interrupt": """
def run(doc):
    raise KeyboardInterrupt

@limner.hookimpl
def limner_annotators(config):
    return [limner.Annotator("interrupt", ("fault",), run)]
""",
    "dangling": """
@attrs.frozen(kw_only=True)
class Pointer(limner.Annotation):
    kind: str = "pointer"
    target: str | None = limner.ref()

@limner.hookimpl
def limner_annotation_kinds():
    return [Pointer]

@limner.hookimpl
def limner_annotators(config):
    return [limner.Annotator("dangling", ("pointer",), lambda doc: [
        Pointer(start=0, end=1, target="q99")])]
""",
}

TEXT = "“We built 300 homes,” the minister said on Monday."


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("faults")
    package = root / "limner-faults"
    package.mkdir()
    entry_points = "\n".join(f'{name} = "limner_fault_{name}"' for name in FAULTS)
    (package / "pyproject.toml").write_text(
        textwrap.dedent(
            """
            [build-system]
            requires = ["setuptools>=61"]
            build-backend = "setuptools.build_meta"

            [project]
            name = "limner-faults"
            version = "0.0.1"

            [project.entry-points.limner]
            {entry_points}

            [tool.setuptools]
            py-modules = [{modules}]
            """
        ).format(
            entry_points=entry_points,
            modules=", ".join(f'"limner_fault_{name}"' for name in FAULTS),
        ),
        encoding="utf-8",
    )
    for name, body in FAULTS.items():
        (package / f"limner_fault_{name}.py").write_text(HEAD + body, encoding="utf-8")
    return install(root, package)


def with_only(env: dict[str, str], fault: str) -> dict[str, str]:
    """The environment with one of the faulty plugins installed (the others disabled)."""
    others = [name for name in FAULTS if name != fault]
    return {**env, "LIMNER_DISABLE_PLUGINS": ",".join([*others, "locations", "evaluate"])}


def enrich(env: dict[str, str], *args: str):
    return run(env, "-m", "limner", "enrich", "-", *args, stdin=TEXT)


def first_party_survive(stdout: str) -> dict:
    data = json.loads(stdout)
    kinds = {a["kind"] for a in data["annotations"]}
    assert {"number", "quote", "sentiment"} <= kinds, kinds
    number = next(a for a in data["annotations"] if a["kind"] == "number")
    assert number["value"] == 300 and "hacked" not in number
    return data


@pytest.mark.parametrize(
    ("fault", "named"),
    [
        ("unmet", "'unmet': annotator 'unmet' requires kind 'nosuchkind'"),
        ("annotators5", "'annotators5' is disabled: limner_annotators returned 5"),
        ("formats5", "'formats5' is disabled: limner_formats returned 5"),
        ("options5", "'options5' is disabled: limner_config_options returned 5"),
        ("nokind", "'nokind' is disabled: limner_annotation_kinds returned NoKind"),
        ("importexit", "'importexit' (limner_fault_importexit) could not be loaded"),
        ("badname", "'badname': an annotator is named 5; a name is a non-empty str"),
        ("hookexit", "'hookexit': hook limner_annotators failed and is ignored: SystemExit: 5"),
    ],
)
def test_a_plugin_fault_at_load_is_named_and_the_rest_runs(
    env: dict[str, str], fault: str, named: str
) -> None:
    env = with_only(env, fault)
    proc = enrich(env)
    assert proc.returncode == 0, proc.stderr
    assert named in proc.stderr and "Traceback" not in proc.stderr
    first_party_survive(proc.stdout)
    strict = enrich(env, "--strict")
    assert strict.returncode == 1, strict.stderr
    first_party_survive(strict.stdout)


@pytest.mark.parametrize(
    ("fault", "error_type", "message"),
    [
        ("addraise", "TypeError", "cannot add to the document it reads"),
        ("clearerrors", "AttributeError", "'tuple' object has no attribute 'clear'"),
        ("features", "ContractError", "changed the features of 'n1'"),
        ("undeclared", "ContractError", "returned kind 'number', which it does not declare"),
        ("sysexit", "SystemExit", "0"),
        ("setupexit", "SystemExit", "setup failed: 3"),
        ("interrupt", "KeyboardInterrupt", ""),
        ("dangling", "ContractError", "target='q99', which is neither an annotation"),
    ],
)
def test_an_annotator_fault_is_recorded_naming_the_plugin(
    env: dict[str, str], fault: str, error_type: str, message: str
) -> None:
    proc = enrich(with_only(env, fault), "--strict")
    assert proc.returncode == 1, proc.stderr
    data = first_party_survive(proc.stdout)
    assert {a["source"] for a in data["annotations"]} <= {
        "numbers",
        "quotes",
        "sentiment",
        "segment",
    }
    (error,) = data["errors"]
    assert (error["plugin"], error["annotator"], error["type"]) == (fault, fault, error_type)
    assert message in error["message"]
    assert f"<stdin>: {fault}/{fault}: {error_type}" in proc.stderr


def test_an_unmet_requirement_is_noted_in_each_document(env: dict[str, str]) -> None:
    env = with_only(env, "unmet")
    data = json.loads(enrich(env).stdout)
    assert data["errors"] == [
        {
            "plugin": "unmet",
            "annotator": "unmet",
            "type": "Skipped",
            "message": "not run: it requires kind 'nosuchkind', which no enabled annotator "
            "produces",
        }
    ]
    asked = enrich(env, "--plugins", "unmet,numbers")
    assert asked.returncode == 2
    assert "'unmet' (plugin 'unmet') requires kind 'nosuchkind'" in asked.stderr
    listing = run(env, "-m", "limner", "plugins", "--json")
    assert listing.returncode == 0, listing.stderr
    (annotator,) = {p["name"]: p for p in json.loads(listing.stdout)}["unmet"]["annotators"]
    assert annotator["runnable"] is False
    assert "'nosuchkind', which no enabled annotator produces" in annotator["not_runnable"]
    text = run(env, "-m", "limner", "plugins")
    assert "NOT RUNNABLE: requires kind 'nosuchkind'" in text.stdout


def test_a_kind_without_a_default_does_not_break_loading_or_listing(env: dict[str, str]) -> None:
    env = with_only(env, "nokind")
    listing = run(env, "-m", "limner", "plugins")
    assert listing.returncode == 0 and "Traceback" not in listing.stderr
    assert "BROKEN: limner_annotation_kinds returned NoKind" in listing.stdout
    code = (
        "import sys, limner\n"
        "doc = limner.Document.from_json(sys.stdin.read())\n"
        "print(type(doc.select('number')[0]).__name__)\n"
    )
    proc = enrich(env)
    loaded = run(env, "-c", code, stdin=proc.stdout)
    assert loaded.stdout.strip() == "Number", loaded.stderr


def test_a_plugin_exiting_at_import_is_listed_as_broken(env: dict[str, str]) -> None:
    listing = run(with_only(env, "importexit"), "-m", "limner", "plugins")
    assert listing.returncode == 0, listing.stderr
    assert "BROKEN: SystemExit: 4" in listing.stdout
    assert "numbers" in listing.stdout


def test_batch_strict_counts_plugin_faults(env: dict[str, str], tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": TEXT}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = run(
        with_only(env, "formats5"),
        "-m",
        "limner",
        "batch",
        str(source),
        "-o",
        str(out),
        "--strict",
    )
    assert proc.returncode == 1, proc.stderr
    assert "'formats5' is disabled" in proc.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "a"


def test_limner_formats_names_a_malformed_formats_hook(env: dict[str, str]) -> None:
    proc = run(with_only(env, "formats5"), "-m", "limner", "formats")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    assert "limner: warning: limner plugin 'formats5' is disabled" in proc.stderr
    assert "jsonl" in proc.stdout
