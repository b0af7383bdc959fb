"""limner plugin ``evaluate``: the ``limner evaluate`` command and its scorers.

``limner evaluate TASK CORPUS...`` scores limner's plugins (numbers, quotes,
locations, sentiment) on public corpora and, with ``--peers``, the tools a
user would pick instead, side by side in one run.  The plugin adds no
annotators; it contributes the command through ``limner_cli_commands`` and
reads the other plugins' annotations only through the document (never by
importing them).  :func:`evaluate` is the same evaluation from Python.
"""

from __future__ import annotations

from typing import Any

import limner
from limner_evaluate.command import evaluate_command
from limner_evaluate.runner import TASKS, CorpusResult, SystemResult, evaluate

__all__ = ["TASKS", "CorpusResult", "SystemResult", "evaluate", "evaluate_command",
           "limner_cli_commands"]


@limner.hookimpl
def limner_cli_commands(cli: Any) -> None:
    """Add ``evaluate`` to the ``limner`` command group."""
    cli.add_command(evaluate_command)
