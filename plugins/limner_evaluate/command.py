"""The ``limner evaluate`` command."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

import limner
from limner_evaluate.peers import PEERS
from limner_evaluate.report import format_errors, format_json, format_tables
from limner_evaluate.runner import (
    TASKS,
    CorporaNotFound,
    CorpusResult,
    corpora_dir,
    default_corpus_paths,
    evaluate,
    suite_paths,
)

__all__ = ["evaluate_command"]

_DATA = Path(__file__).resolve().parent / "data"
#: limner's exit code for an input that cannot be read (docs/cli.md)
_EXIT_INPUT = 3


def _config(pairs: tuple[str, ...]) -> dict[str, Any]:
    """The ``--config`` options, read as ``limner enrich -c`` reads them."""
    try:
        return dict(limner.Config.parse_pairs(pairs))
    except limner.ConfigError as exc:
        raise click.BadParameter(str(exc), param_hint="--config") from None


@click.command("evaluate")
@click.argument("task", type=click.Choice([*TASKS, "all"]))
@click.argument("corpus", nargs=-1, type=click.Path(path_type=Path))
@click.option("--peers", "all_peers", is_flag=True,
              help="Also score every peer of the task that is installed.")
@click.option("--peer", "peer_names", multiple=True, metavar="NAME",
              help=f"Also score this peer (repeatable): {', '.join(PEERS)}.")
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@click.option("--errors", type=click.IntRange(min=0), default=0, metavar="N",
              help="List the N documents where limner missed most, with what it missed.")
@click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N",
              help="Score only the first N documents of each corpus file.")
@click.option("--corpora", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of the public corpora (default: $LIMNER_CORPORA; "
                   "without either, the command says which corpora it needs).")
@click.option("--config", "config_pairs", multiple=True, metavar="KEY=VALUE",
              help="A limner option for the evaluated plugin (repeatable; an option "
                   "given two values is refused).")
@click.option("--suite", "suites", multiple=True, metavar="NAME",
              help="Score a suite shipped with limner, beside any CORPUS (repeatable; "
                   + "; ".join(f"{name}: {', '.join(task.suites)}"
                               for name, task in TASKS.items() if task.suites)
                   + ").")
def evaluate_command(
    task: str,
    corpus: tuple[Path, ...],
    all_peers: bool,
    peer_names: tuple[str, ...],
    as_json: bool,
    errors: int,
    limit: int | None,
    corpora: Path | None,
    config_pairs: tuple[str, ...],
    suites: tuple[str, ...] = (),
) -> None:
    """Score limner's TASK plugin (numbers, quotes, locations, sentiment, or all) on CORPUS files.

    Without CORPUS or a suite, the task's public corpus is read from the
    corpora folder.  With --peers, the tools a user would pick instead are scored on
    the same texts in the same run; one not installed is reported as missing.
    """
    unknown = sorted(set(peer_names) - set(PEERS))
    if unknown:
        raise click.BadParameter(f"unknown peer(s) {', '.join(unknown)}; "
                                 f"known: {', '.join(PEERS)}", param_hint="--peer")
    if task == "all" and (corpus or suites):
        raise click.UsageError("'evaluate all' reads each task's own corpora; "
                             "give no CORPUS or --suite")
    config = _config(config_pairs)
    try:
        root = corpora_dir(corpora)
    except CorporaNotFound as exc:
        if task == "all" or not (corpus or suites):
            wanted = list(TASKS) if task == "all" else [task]
            reads = "; ".join(f"{n} reads {', '.join(TASKS[n].default_corpora)}" for n in wanted)
            raise click.UsageError(f"{exc}\n{reads} under it") from None
        root = Path.cwd()  # CORPUS files or shipped suites given: no folder needed
    names = list(TASKS) if task == "all" else [task]
    results: list[CorpusResult] = []
    skipped: list[str] = []
    for name in names:
        t = TASKS[name]
        try:
            shipped = [p for suite in suites for p in suite_paths(t, suite)]
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--suite") from None
        paths = [*corpus, *shipped] or default_corpus_paths(t, root)
        if not paths:
            skipped.append(f"{name}: no corpus given and none of "
                           f"{', '.join(t.default_corpora)} under {root}")
            continue
        peers = [p for p in PEERS if name in PEERS[p] and (all_peers or p in peer_names)]
        try:
            done = evaluate(name, paths, peers=peers, config=config, limit=limit)
        except limner.ConfigError as exc:
            raise click.BadParameter(str(exc), param_hint="--config") from None
        except limner.InputError as exc:
            # a corpus that cannot be read (all are read before any is scored): exit 3,
            # as limner's other inputs
            click.echo(f"limner: error: {exc}", err=True)
            raise SystemExit(_EXIT_INPUT) from None
        except ValueError as exc:
            raise click.ClickException(str(exc)) from None
        for r in done:  # name the default corpora as the README does: lgl/lgl.jsonl
            path = Path(r.corpus)
            if path.is_relative_to(root):
                r.corpus = path.relative_to(root).as_posix()
            elif path.is_relative_to(_DATA):  # a shipped suite: numbers/dev/age.jsonl
                r.corpus = path.relative_to(_DATA).as_posix()
        results.extend(done)
        if not as_json:  # each task's tables as soon as they are ready
            click.echo(format_tables(done))
            if errors:
                click.echo(format_errors(done, errors))
    if not results:
        raise click.ClickException("nothing to evaluate: " + "; ".join(skipped))
    if as_json:
        click.echo(format_json(results, errors))
    for line in skipped:
        click.echo(f"skipped {line}", err=True)
