"""Printing evaluation results: markdown tables, the worst documents, and JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from limner_evaluate.runner import TASKS, CorpusResult, SystemResult

__all__ = ["format_errors", "format_json", "format_tables", "lookup"]


def lookup(metrics: dict[str, Any] | None, path: str) -> Any:
    """The value at a dotted ``path`` in nested metrics, or ``None``."""
    value: Any = metrics
    for key in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _cell(value: Any, percent: bool, digits: int) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if percent:
        return f"{100 * value:.1f}%"
    return f"{value:,.{digits}f}"


def _row(system: SystemResult, columns: int) -> list[str]:
    return [system.system] + ["missing"] + [""] * (columns - 1)


def format_tables(results: Sequence[CorpusResult]) -> str:
    """One markdown table per task and corpus: a row per system, a column per metric.

    Systems that are not installed show ``missing``, with the reason below
    the table; the last column is the seconds the system took over the corpus.
    """
    out: list[str] = []
    for r in results:
        task = TASKS[r.task]
        heads = ["system", *(c.header for c in task.columns), "seconds"]
        out.append(f"### {r.task}: {r.corpus} ({r.documents:,} documents)")
        out.append("")
        out.append("| " + " | ".join(heads) + " |")
        out.append("|---" + "|---:" * (len(heads) - 1) + "|")
        notes = []
        for s in r.systems:
            if s.status != "ok":
                cells = _row(s, len(heads) - 1)
                notes.append(f"- {s.system}: {s.status}: {s.reason}")
            else:
                cells = [s.system] + [_cell(lookup(s.metrics, c.path), c.percent, c.digits)
                                      for c in task.columns] + [f"{s.seconds:.1f}"]
                if s.failures:
                    notes.append(f"- {s.system}: failed on {s.failures} document(s), "
                                 f"scored as empty; first: {s.reason}")
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
        if notes:
            out.extend(notes)
            out.append("")
    return "\n".join(out)


def format_errors(results: Sequence[CorpusResult], n: int) -> str:
    """The ``n`` documents where limner missed most, per task and corpus, with details."""
    out: list[str] = []
    for r in results:
        if r.corpus == "all files":
            continue
        for s in r.systems:
            if s.system != "limner" or s.status != "ok":
                continue
            worst = s.worst(n)
            out.append(f"### worst documents for limner: {r.task}, {r.corpus}")
            out.append("")
            if not worst:
                out.append("(no misses)")
            for doc in worst:
                out.append(f"- {doc.id} ({doc.misses} {TASKS[r.task].miss_unit})")
                out.extend(f"    - {d}" for d in doc.details[:12])
                if len(doc.details) > 12:
                    out.append(f"    - … and {len(doc.details) - 12} more")
            out.append("")
    return "\n".join(out)


def format_json(results: Sequence[CorpusResult], errors: int = 0) -> str:
    """Every result as JSON (the worst ``errors`` documents of each system included)."""
    return json.dumps({"results": [r.as_dict(errors) for r in results]}, indent=2,
                      ensure_ascii=False)
