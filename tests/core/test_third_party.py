"""The third-party plugin of docs/plugin-guide.md, built and installed for real."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.core.installed import install
from tests.core.installed import run as run_in

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "plugin-guide.md"
FILE_BLOCK = re.compile(r"<!-- file: (?P<path>[^ ]+) -->\n```\w*\n(?P<body>.*?)```", re.S)


def write_example(root: Path) -> Path:
    blocks = list(FILE_BLOCK.finditer(GUIDE.read_text(encoding="utf-8")))
    assert {m["path"] for m in blocks} >= {
        "limner-hashtags/pyproject.toml",
        "limner-hashtags/limner_hashtags.py",
    }
    for m in blocks:
        path = root / m["path"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(m["body"], encoding="utf-8")
    return root / "limner-hashtags"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("thirdparty")
    package = write_example(root)
    return {"env": install(root, package), "package": str(package)}  # type: ignore[dict-item]


def run(installed, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return run_in(installed["env"], *args, stdin=stdin)


def test_installed_plugin_is_listed(installed) -> None:
    proc = run(installed, "-m", "limner", "plugins", "--json", "--plugins", "hashtags")
    assert proc.returncode == 0, proc.stderr
    listing = {p["name"]: p for p in json.loads(proc.stdout)}
    tags = listing["hashtags"]
    assert tags["version"] == "1.0.0" and tags["distribution"] == "limner-hashtags"
    assert tags["annotators"] == [
        {
            "name": "hashtags",
            "produces": ["hashtag"],
            "requires": ["sentence"],
            "uses": [],
            "on_demand": False,
            "runnable": True,
            "not_runnable": None,
        }
    ]
    assert tags["kinds"] == ["hashtag"]
    assert tags["options"][0]["name"] == "hashtags.lowercase"
    assert tags["options"][0]["value"] is True


def test_installed_plugin_runs_and_round_trips(installed) -> None:
    proc = run(
        installed,
        "-m",
        "limner",
        "enrich",
        "-",
        "--plugins",
        "hashtags",
        "-c",
        "hashtags.lowercase=false",
        stdin="Vote #Limner2026 now. Ask @press.",
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    tags = [a for a in data["annotations"] if a["kind"] == "hashtag"]
    assert [(t["tag"], t["mention"]) for t in tags] == [("Limner2026", False), ("press", True)]
    sentence_ids = {a["id"] for a in data["annotations"] if a["kind"] == "sentence"}
    assert all(t["sentence"] in sentence_ids for t in tags)
    code = (
        "import json, sys, limner\n"
        "data = json.load(sys.stdin)\n"
        "doc = limner.Document.from_dict(data)\n"
        "assert type(doc.select('hashtag')[0]).__name__ == 'Hashtag'\n"
        "assert doc.to_dict() == data\n"
        "print('ok')\n"
    )
    back = run(installed, "-c", code, stdin=proc.stdout)
    assert back.stdout.strip() == "ok", back.stderr


def test_the_guides_own_tests_pass(installed) -> None:
    proc = run(installed, "-m", "pytest", "-q", "-p", "no:cacheprovider", installed["package"])
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert "3 passed" in proc.stdout


EMAILS = Path(__file__).resolve().parent / "packages" / "limner-emails"


def test_a_second_plugin_written_from_the_guide_passes_the_kit(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    root = tmp_path_factory.mktemp("emails")
    package = shutil.copytree(EMAILS, root / EMAILS.name)  # pip builds in the folder
    env = install(root, package)
    proc = run_in(env, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(package), cwd=root)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert "3 passed" in proc.stdout
