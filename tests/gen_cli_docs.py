"""Writes docs/cli.md from the commands' own ``--help`` (run after changing the CLI).

``tests/core/test_docs.py`` fails when the page is stale.
"""

from __future__ import annotations

import inspect
from pathlib import Path

import click

import limner.cli

CORE_COMMANDS = ["enrich", "batch", "setup", "plugins", "formats", "new-plugin"]
PAGE = Path(__file__).resolve().parent.parent / "docs" / "cli.md"


def _help(command: click.Command, name: str, parent: click.Context) -> str:
    ctx = click.Context(
        command,
        info_name=name,
        parent=parent,
        terminal_width=88,
        max_content_width=88,
        help_option_names=["-h", "--help"],
    )
    return command.get_help(ctx)


def render() -> str:
    exit_codes = inspect.getdoc(limner.cli).split("Exit codes:", 1)[1].strip()
    parts = [
        "# Command-line reference\n",
        "Generated from `--help` by `python tests/gen_cli_docs.py`; the test suite fails when",
        "it is stale.  Plugins add commands of their own (`limner evaluate`, see",
        "[evaluation](evaluation.md)); `limner --help` lists what is installed.\n",
        "## Exit codes\n",
        exit_codes + "\n",
    ]
    top = click.Context(
        limner.cli.cli,
        info_name="limner",
        terminal_width=88,
        max_content_width=88,
        help_option_names=["-h", "--help"],
    )
    parts += ["## `limner`\n", "```text", limner.cli.cli.get_usage(top), "```\n"]
    for name in CORE_COMMANDS:
        parts += [
            f"## `limner {name}`\n",
            "```text",
            _help(limner.cli.cli.commands[name], name, top),
            "```\n",
        ]
    return "\n".join(parts)


if __name__ == "__main__":
    PAGE.write_text(render(), encoding="utf-8")
    print(f"wrote {PAGE}")
