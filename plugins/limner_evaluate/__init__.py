"""limner plugin ``evaluate``: the ``limner evaluate`` command and its scorers.

``limner evaluate TASK CORPUS...`` scores limner's plugins (numbers, quotes,
locations, sentiment) on public corpora and, with ``--peers``, the tools a
user would pick instead, side by side in one run.  The plugin adds no
annotators; it contributes the command through ``limner_cli_commands`` and
reads the other plugins' annotations only through the document (never by
importing them).  :func:`evaluate` is the same evaluation from Python.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import limner

if TYPE_CHECKING:
    from limner_evaluate.command import evaluate_command
    from limner_evaluate.runner import TASKS, CorpusResult, SystemResult, evaluate

# Every Enricher loads this plugin (it is an entry point), and most never
# evaluate: the command and the scorers are imported on first use, not here.
_LAZY = {
    "evaluate_command": "limner_evaluate.command",
    "TASKS": "limner_evaluate.runner",
    "CorpusResult": "limner_evaluate.runner",
    "SystemResult": "limner_evaluate.runner",
    "evaluate": "limner_evaluate.runner",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value

__all__ = ["TASKS", "CorpusResult", "SystemResult", "evaluate", "evaluate_command",
           "limner_cli_commands"]


@limner.hookimpl
def limner_cli_commands(cli: Any) -> None:
    """Add ``evaluate`` to the ``limner`` command group."""
    from limner_evaluate.command import evaluate_command

    cli.add_command(evaluate_command)
