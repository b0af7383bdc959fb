"""The ``limner`` command line (click).

Commands: ``enrich`` (files or standard input, any format), ``batch``
(a JSONL corpus, resumable), ``plugins`` and ``formats`` (what is
installed), ``new-plugin`` (the package of a new plugin).  Plugins add
commands through the ``limner_cli_commands`` hook.

Exit codes:

- 0: success (annotator failures are reported on standard error, not fatal);
- 1: `--strict`, and an annotator failed or was skipped, or a plugin could
  not be used (it failed to load, a hook returned something malformed, or
  it requires a kind nobody makes), or, in `batch`, a record could not be
  read;
- 2: bad usage: an unknown option, format or plugin option, an option
  given two values (`-p numbers -p quotes`, `-c k=1 -c k=2`, `--progress
  --no-progress`; the same value twice is kept once), a kind that
  no enabled plugin makes (`-k`) or that the run does not make (`--kind`),
  annotators that cannot be ordered, a `--timeout` that is not a positive
  number, an output path that cannot be written or that ends with a slash
  (`-o out/`, a folder) where the format writes a file, or that is no regular
  file (a device, a pipe) where the format writes a file of its own (`sqlite`),
  or whose folder takes no new file there (`sqlite` writes its database and
  SQLite its journal beside it), or that is no folder where the format writes a
  folder (`brat`), an output that the format cannot add to (in `batch`, a file
  that is not a limner database for `-f sqlite`, or a database for `-f jsonl`,
  or JSON lines that are no limner documents, a copy of the source), a file
  named twice for a format
  that holds one document per id (`sqlite`, `webanno`), or two documents
  read back with one id, in `enrich`, an
  output that is one of its inputs or that a batch writes now, or `-` given
  twice (standard input is read once), or, in `batch`, a source, output,
  errors file and `OUTPUT.run.json` that are not four different files,
  an output, errors file or `OUTPUT.run.json` that is not a regular file (a device, a pipe),
  an output whose documents other plugins, options or fields made, or an
  output or errors file that another batch writes now
  (all checked before any work: an output is left as it was); or an output that fails as it is
  written (a full disk), or a batch's errors file (the error names the file
  that failed, which may be on another disk than the output), or standard
  output closed (`>&-`) where the documents go to it;
- 3: an input could not be read (a missing file or `batch` source, standard
  input closed (`<&-`) where it is read, or
  invalid UTF-8 without `--encoding-errors replace`, or, in `enrich`, a
  limner document that does not load (`--input`); a file that starts
  with a byte order mark is read as UTF-8, UTF-16 or UTF-32, as the mark
  says; `enrich` reads every input before it enriches any, so that a bad
  one stops the run before the work on the others is done);
- 130: interrupted by Ctrl-C (SIGINT), 143 by SIGTERM and 129 by SIGHUP (the
  terminal closed), which end a command as Ctrl-C does (an output under way
  is not left half written: a batch keeps the documents it wrote, its
  workers are ended, and the same command goes on from there);
- 141: the reader of standard output went away (`limner enrich ... | head`):
  the command stops and says nothing, as a process that SIGPIPE ends.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import io
import json
import os
import re
import signal
import sys
import threading
import time
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

import click

from limner.config import config_pairs
from limner.document import Annotation, Document, Sentence, _id_prefix
from limner.encoding import decode
from limner.errors import (
    ConfigError,
    InputError,
    LimnerError,
    PlanError,
    PluginWarning,
    plugin_fault,
    said,
)
from limner.formats import Format, detected, names_folder
from limner.formats.builtin import printable
from limner.isolation import (
    _HANGUPS,
    UserInterrupt,
    noted,
    noted_interrupts,
    raise_noted_interrupt,
)
from limner.pipeline import Enricher, name_clashes, unrunnable
from limner.plugins import PluginManager

__all__ = ["cli", "main", "read_text", "run"]

EXIT_STRICT = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a process that Ctrl-C ended
EXIT_TERMINATED = 143  # 128 + SIGTERM
EXIT_HANGUP = 129  # 128 + SIGHUP: the terminal closed, or `kill -HUP`
EXIT_PIPE = 141  # 128 + SIGPIPE: the reader of standard output went away (`| head`)

#: the signals, other than Ctrl-C's, that end a command as Ctrl-C does: SIGTERM (`kill`,
#: a job scheduler's stop) and, where there is one, SIGHUP (the terminal closed)
_ENDING = (signal.SIGTERM, *_HANGUPS)


class _Terminated(UserInterrupt):
    """A signal of :data:`_ENDING`, raised where a Ctrl-C would be: the run ends as it
    does on Ctrl-C, and the process exits with 128 and the signal's number."""

    def __init__(self, signum: int = signal.SIGTERM) -> None:
        super().__init__()
        self.signum = signum


def _raise_terminated(signum: int, frame: Any) -> None:
    raise noted(_Terminated(signum))


def _interrupted_exit(exc: KeyboardInterrupt) -> int:
    """The exit code of a command that ``exc`` ended: 130 for Ctrl-C, 128 and the
    signal's number for one of :data:`_ENDING` (143 for SIGTERM, 129 for SIGHUP)."""
    return 128 + exc.signum if isinstance(exc, _Terminated) else EXIT_INTERRUPTED


@contextlib.contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """Within the block, a signal of :data:`_ENDING` (`kill`, a job scheduler's stop, the
    terminal closed) ends the run as Ctrl-C does: the output is closed with what is
    written, the workers are ended.  A SIGHUP's default ended the process where it was:
    an errors file left empty, a run note beside no output.

    Each is left as it is where the process has a handler of its own for it, or off the
    main thread.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    taken = [s for s in _ENDING if signal.getsignal(s) is signal.SIG_DFL]
    for signum in taken:
        signal.signal(signum, _raise_terminated)
    try:
        yield
    finally:
        for signum in taken:
            signal.signal(signum, signal.SIG_DFL)


def read_text(path: str, data: bytes, errors: str = "strict") -> str:
    """Decode ``data`` (read from ``path``) as UTF-8, or as its byte order mark says.

    A leading byte order mark is dropped (see :mod:`limner.encoding`).

    Raises:
        InputError: invalid UTF-8 with ``errors="strict"``, naming the file
            and the byte offset.
    """
    return decode(path, data, errors)


class _OnceCommand(click.Command):
    """A command whose options of one value refuse a second, other value (``-p numbers
    -p locations``): click keeps the last one given, and the first was lost without a
    word, where every input named twice is refused (as ``-c`` given two values is)."""

    def make_parser(self, ctx: click.Context) -> Any:
        parser = super().make_parser(ctx)
        # (the parser's own options: click has no public hook between two occurrences)
        found = [
            *getattr(parser, "_long_opt", {}).values(),
            *getattr(parser, "_short_opt", {}).values(),
        ]
        for option in {id(o): o for o in found}.values():
            if getattr(option, "action", None) in ("store", "store_const"):
                option.process = _given_once(option, option.process, ctx)
        return parser


def _given_once(option: Any, process: Any, ctx: click.Context) -> Any:
    """``process`` of the parser's ``option``, refusing a value other than the one its
    name was given before (the same value again is kept once)."""

    def once(value: Any, state: Any) -> None:
        given = state.opts.get(option.dest, _NOT_GIVEN)
        new = option.const if option.action == "store_const" else value
        if given is not _NOT_GIVEN and given != new:
            main = max(option.obj.opts, key=len)
            other = option.obj.secondary_opts
            if other:  # a switch (--progress/--no-progress): both were given
                off = max(other, key=len)
                message = f"{main} and {off} are both given; give one"
            else:
                message = f"{main} is given twice, as {given!r} and {new!r}; give it once"
            raise click.UsageError(message, ctx)
        process(value, state)

    return once


_NOT_GIVEN = object()


class _LimnerGroup(click.Group):
    """A group that adds plugin commands on first use, not at import."""

    command_class = _OnceCommand

    _loaded = False

    def _load_plugin_commands(self) -> None:
        """Add the plugins' commands, each plugin's in a group of its own: a command
        named as limner's own is not added, and of two plugins' commands of one name
        the one :meth:`~limner.PluginManager.claim` ranks first is; each said."""
        if self._loaded:
            return
        self._loaded = True
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", PluginWarning)
            pm = PluginManager()
            groups: dict[str, click.Group] = {}

            def own_group(plugin: str) -> dict[str, click.Group]:
                return {"cli": groups.setdefault(plugin, click.Group())}

            pm.call_each_with("limner_cli_commands", own_group)
            added: dict[str, str] = {}
            for plugin, group in groups.items():
                for name, command in group.commands.items():
                    if name in self.commands and name not in added:
                        warnings.warn(
                            f"command {name!r} is added by plugin {plugin!r} but is limner's "
                            "own; it is not added",
                            PluginWarning,
                            stacklevel=2,
                        )
                        continue
                    if name in added:
                        keep, lose = pm.ranked(added[name], plugin, name)
                        warnings.warn(
                            f"command {name!r} is added by plugins {keep!r} and {lose!r}; that "
                            f"of {keep!r} is used",
                            PluginWarning,
                            stacklevel=2,
                        )
                        if keep == added[name]:
                            continue
                    self.add_command(command, name)
                    added[name] = plugin
        _show_warnings(caught)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            # a Ctrl-C that a finaliser drops still ends the run; a SIGTERM ends every
            # command as Ctrl-C does (an output's part file removed)
            with noted_interrupts(), _sigterm_interrupts():
                return super().invoke(ctx)
        except KeyboardInterrupt as exc:  # click's would say "Aborted!" and exit 1, as --strict
            _say_interrupted("limner: interrupted")
            ctx.exit(_interrupted_exit(exc))
        except BrokenPipeError:
            # the reader went away (`| head`): stop, say nothing, and exit as a process
            # that SIGPIPE ended would (Python ignores the signal, so it is an error here)
            _discard_stdout()
            ctx.exit(EXIT_PIPE)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._load_plugin_commands()
        return super().list_commands(ctx)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        found = super().get_command(ctx, cmd_name)
        if found is None:
            self._load_plugin_commands()
            found = super().get_command(ctx, cmd_name)
        return found


def _parse_config(items: Sequence[str]) -> dict[str, str]:
    """The ``-c`` options (:func:`~limner.config.config_pairs`); a fault is a usage error."""
    try:
        return config_pairs(items)
    except ConfigError as exc:
        raise click.BadParameter(str(exc), param_hint="--config") from None


def _make_enricher(
    plugins: str | None,
    disable: str | None,
    config: Sequence[str],
    timeout: float | None,
    kinds: str | None = None,
) -> tuple[Enricher, int]:
    """The enricher, and how many plugin warnings making it gave (printed here)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", PluginWarning)
        try:
            enricher = Enricher(
                plugins,
                _parse_config(config),
                disable=disable,
                timeout=timeout,
                kinds=kinds,
            )
        except (PlanError, ConfigError) as exc:
            raise click.UsageError(str(exc)) from None
        if plugins is not None and enricher.manager.not_installed:
            # a name given on the command line that no plugin has (a typo: `-p number`)
            # ran nothing of it, and exited 0 after a warning
            raise click.UsageError(_not_installed(enricher.manager))
        # every hook's result is checked now, so that --strict sees each fault (the
        # Enricher has read the plugins' classes: read again, a kind two plugins define
        # would be warned of twice)
        enricher.manager.formats()
    return enricher, _show_warnings(caught)


def _not_installed(manager: PluginManager) -> str:
    """The message for ``-p`` names that no installed plugin has, each with the
    installed names it is close to."""
    installed = manager.installed
    said = []
    for name in manager.not_installed:
        close = difflib.get_close_matches(name, installed, n=2, cutoff=0.6)
        hint = f" (did you mean {' or '.join(map(repr, close))}?)" if close else ""
        said.append(f"{name!r}{hint}")
    return (
        f"--plugins: no installed plugin is named {', '.join(said)}; installed: "
        f"{', '.join(installed)} (see `limner plugins`)"
    )


def _show_warnings(caught: Sequence[warnings.WarningMessage]) -> int:
    """Print plugin warnings one line each (others as Python would); return their count."""
    count = 0
    for w in caught:
        if issubclass(w.category, PluginWarning):
            click.echo(f"limner: warning: {w.message}", err=True)
            count += 1
        else:
            warnings.showwarning(w.message, w.category, w.filename, w.lineno, w.file, w.line)
    return count


def _report(doc: Document, name: str) -> int:
    for err in doc.errors:
        click.echo(
            printable(f"limner: {name}: {err.plugin}/{err.annotator}: {err.type}: {err.message}"),
            err=True,
        )
    return len(doc.errors)


def _writable(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An output path that can be written, checked before any work is done (else usage
    error), as an absolute path (see :func:`_from_start`)."""
    if value is None or value == "-":
        return value
    if not value:  # (the folder the command runs in, to Path: a batch failed on it at the
        # first document, after every setup, saying the same command would go on)
        raise click.BadParameter("an empty path names no file", ctx, param)
    fault = _unwritable(Path(value))
    if fault is not None:
        raise click.BadParameter(fault, ctx, param)
    return _from_start(value)


def _from_start(path: str) -> str:
    """``path`` (``-`` as it is) as the absolute path it names in the folder the command
    started in: the paths given on the command line are taken so before any plugin code
    runs, so that a plugin that changes the working directory moves no input or output.

    A trailing slash is kept (``os.path.abspath`` drops it): it says the path is a folder
    (:func:`~limner.formats.names_folder`), which a format that writes a file refuses."""
    if path == "-":
        return path
    full = os.path.abspath(path)
    return full + os.sep if names_folder(path) and not names_folder(full) else full


def _check_file_path(path: str | None, writes: str) -> None:
    """Refuse (usage error) a path given as a folder (``out/``) where ``writes`` is a file:
    it was written as a file named ``out``, the slash lost."""
    if path is not None and path != "-" and names_folder(path):
        raise click.UsageError(
            f"{path} ends with a slash, which names a folder; {writes} a file "
            "(give its name without the slash)"
        )


def _from_start_arg(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """:func:`_from_start`, as an argument's callback."""
    return _from_start(value)


def _unwritable(path: Path) -> str | None:
    """Why ``path`` cannot be written (a folder: why no file can be made in it), or None."""
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():  # a folder format's output; the others refuse it by their target
        if not os.access(path, os.W_OK | os.X_OK):
            return f"cannot create files in {path}"
        return None
    if path.exists():
        if not os.access(path, os.W_OK):
            return f"{path} is not writable"
    elif not parent.is_dir():
        return f"the folder {parent} does not exist"
    elif not os.access(parent, os.W_OK | os.X_OK):
        return f"cannot create files in {parent}"
    return None


class _Spoken:
    """A standard stream as a setup sees it, noting in ``said`` (shared by standard
    output and error) whether anything was written to it."""

    def __init__(self, stream: TextIO | None, said: list[bool]) -> None:
        self.stream = stream
        self.said = said

    def write(self, text: str) -> int:
        if text:
            self.said[0] = True
        assert self.stream is not None
        return self.stream.write(text)

    def __getattr__(self, name: str) -> Any:  # flush, isatty, fileno, encoding, ...
        return getattr(self.stream, name)


def _stream_handlers() -> list[Any]:
    """Every ``logging.StreamHandler`` of a logger (the root's included) whose stream can
    be set; none where nothing has imported :mod:`logging` (no handler exists then)."""
    logging = sys.modules.get("logging")
    if logging is None:
        return []
    loggers = [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]
    found: dict[int, Any] = {}
    for logger in loggers:
        for handler in getattr(logger, "handlers", ()):  # (a placeholder has none)
            if isinstance(handler, logging.StreamHandler) and not isinstance(
                getattr(type(handler), "stream", None), property  # (the last resort's)
            ):
                found[id(handler)] = handler
    return list(found.values())


def _handlers_spoken(spoken: dict[int, _Spoken]) -> list[tuple[Any, Any]]:
    """Point each logging stream handler that writes to a stream ``spoken`` wraps (keyed
    by the stream's id) at its wrapper instead, so that what it writes is noted; return
    each handler so pointed with the stream it had."""
    swapped = []
    for handler in _stream_handlers():
        wrapper = spoken.get(id(handler.stream))
        if wrapper is not None:
            swapped.append((handler, handler.stream))
            _set_stream(handler, wrapper)
    return swapped


def _handlers_unspoken(swapped: list[tuple[Any, Any]]) -> None:
    """Point the handlers of :func:`_handlers_spoken` (``swapped``) back at the streams
    they had, and those a setup made on a wrapper (``logging.basicConfig()`` in a setup,
    while ``sys.stderr`` was one) at the stream it wraps."""
    for handler, stream in swapped:
        if isinstance(handler.stream, _Spoken):
            _set_stream(handler, stream)
    for handler in _stream_handlers():
        if isinstance(handler.stream, _Spoken):
            _set_stream(handler, handler.stream.stream)


def _set_stream(handler: Any, stream: Any) -> None:
    """Point ``handler`` at ``stream``, under its lock, without flushing the stream it had
    (as ``setStream`` does): a closed one would end the command."""
    handler.acquire()
    try:
        handler.stream = stream
    finally:
        handler.release()


def _setup(enricher: Enricher, always: bool = False) -> None:
    """Run the annotators' setups, saying on standard error what takes a while.

    A setup still running after half a second (a first use that builds its
    data) is announced, and its time reported when done; with ``always``,
    every setup is reported.  A setup that has said what it does itself (the
    place index's first build, on standard error; a print, which goes there
    too within the commands' block; a line logged through a handler of
    :mod:`logging` that writes to either stream, such as the one of
    ``logging.basicConfig()`` that a plugin set up when imported) is not
    announced again.  All of it goes one way, through the streams' wrappers:
    the handlers, which hold the stream they were given, wrote past them, and the
    setup's own line was followed by the announcement.
    """
    timers: dict[str, threading.Timer] = {}
    started: dict[str, float] = {}
    said = [False]
    spoken = (_Spoken(sys.stdout, said), _Spoken(sys.stderr, said))

    def announce(name: str) -> None:
        if said[0]:
            return
        click.echo(
            f"limner: setting up {name} (done once and kept for later runs; "
            "`limner setup` does it ahead of time)...",
            err=True,
        )

    def report(name: str, what: str) -> None:
        if what == "start":
            said[0] = False
            started[name] = time.monotonic()
            if always:
                click.echo(f"limner: setting up {name}...", err=True)
                return
            timers[name] = threading.Timer(0.5, announce, (name,))
            timers[name].daemon = True
            timers[name].start()
            return
        timer = timers.pop(name, None)
        if timer is not None:
            timer.cancel()
            timer.join()
        spent = time.monotonic() - started.get(name, time.monotonic())
        if always or spent >= 0.5 or what != "done":
            click.echo(f"limner: {name}: {what} in {spent:.1f} s", err=True)

    out, err = spoken
    # the streams a logging handler may hold: those the setup sees, and the process's own
    # (a handler made before standard output was set aside holds it)
    wrapped: dict[int, _Spoken] = {}
    for stream, wrapper in ((out.stream, out), (err.stream, err),
                            (sys.__stdout__, out), (sys.__stderr__, err)):
        if stream is not None and wrapper.stream is not None:
            wrapped.setdefault(id(stream), wrapper)
    if out.stream is not None:
        sys.stdout = out
    if err.stream is not None:
        sys.stderr = err
    swapped: list[tuple[Any, Any]] = []
    try:
        swapped = _handlers_spoken(wrapped)
        enricher.setup(report=report)
    finally:
        _handlers_unspoken(swapped)
        if sys.stdout is out:
            sys.stdout = out.stream
        if sys.stderr is err:
            sys.stderr = err.stream
    raise_noted_interrupt()  # (a Ctrl-C during the setups that a finaliser dropped)


_plugin_options = [
    click.option(
        "--plugins",
        "-p",
        metavar="NAMES",
        help=(
            "Comma-separated plugins to enable (default: all installed; env LIMNER_PLUGINS). "
            "A name no installed plugin has is a usage error (in LIMNER_PLUGINS, a warning)."
        ),
    ),
    click.option(
        "--disable",
        metavar="NAMES",
        help="Comma-separated plugins not to load (env LIMNER_DISABLE_PLUGINS).",
    ),
    click.option(
        "--config",
        "-c",
        multiple=True,
        metavar="KEY=VALUE",
        help="Set a plugin option, e.g. -c numbers.decimal_comma=true (repeatable; an "
        "option given two values is refused).",
    ),
]
_timeout_option = click.option(
    "--timeout",
    type=float,
    default=None,
    metavar="SECONDS",
    help="Stop an annotator that runs longer than this on one document (a positive "
    "number; loading resources does not count; any thread).",
)


_kinds_option = click.option(
    "--kinds",
    "-k",
    metavar="KINDS",
    help="Comma-separated kinds to make, with what they need (default: every enabled "
    "plugin's), e.g. -k number,sentence; `sentence` and `token` are made only when asked "
    "for or needed.",
)


def _with_plugin_options(f: Any) -> Any:
    for option in reversed(_plugin_options):
        f = option(f)
    return f


@click.group(cls=_LimnerGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="limner")
def cli() -> None:
    """Enrich English news text with standoff annotations: numbers, quotes,
    places and sentiment."""


def _doc_id(name: str) -> str:
    """The id of the document of the input ``name``: its path, ``<stdin>`` for ``-``."""
    return "<stdin>" if name == "-" else name


def _inputs(
    files: Sequence[str], errors: str, mode: str, reader: Format | None, formats: Iterable[Format]
) -> Iterator[tuple[str, str | list[Document]]]:
    """Each input's document id and text, or the documents a format read from it, read as
    they are asked for, from the paths as they are now (see :func:`_from_start`).

    An input is read by ``reader`` (``--input`` naming a format), or, with ``mode``
    ``"auto"``, by the first of ``formats`` that tells it holds that format's documents
    (:meth:`~limner.formats.Format.holds`: an SQLite database, a brat folder, a JSON-LD
    file of Web Annotations); any other input is text, read as UTF-8 (or as a byte order
    mark says) by :func:`_read_text`."""
    for name in files or ["-"]:
        path = Path(_from_start(name))
        fmt = reader
        if fmt is None and mode == "auto" and name != "-":
            fmt = detected(path, formats)
        if fmt is None:
            yield _doc_id(name), _read_text(name, path, errors)
        else:
            yield _doc_id(name), _read_with(fmt, name, path, errors)


def _read_text(name: str, path: Path, errors: str) -> str:
    try:
        if name == "-":
            if sys.stdin is None:  # (started with it closed: `<&-`, a daemon's)
                raise InputError("-: cannot read: standard input is closed; give FILEs")
            if _is_terminal(sys.stdin) and sys.stderr is not None:
                # (no FILE given at a prompt: it waited for text without a word)
                click.echo(
                    "limner: reading the text from the terminal: end it with Ctrl-D on a "
                    "line of its own (Ctrl-Z and Enter on Windows), or give FILEs",
                    err=True,
                )
            data = sys.stdin.buffer.read()
        else:
            data = path.read_bytes()
        return read_text(_doc_id(name), data, errors)
    except IsADirectoryError:
        raise InputError(
            f"{name}: cannot read: it is a folder; limner enrich reads files, and folders "
            "of a format that reads folders (brat: X.ann beside X.txt), which this one is not"
        ) from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror}") from None
    except MemoryError:  # (a device with no end, /dev/zero; a file past the memory)
        raise InputError(f"{name}: cannot read: too large to hold in memory") from None


def _is_terminal(stream: Any) -> bool:
    """Whether ``stream`` is a terminal (``False`` for one that cannot say)."""
    try:
        return bool(stream.isatty())
    except (AttributeError, OSError, ValueError):
        return False


def _read_with(fmt: Format, name: str, path: Path, errors: str) -> list[Document]:
    """The documents that the format ``fmt`` reads from the input ``name``: from its path,
    or, for standard input, from its text (a format that reads from a stream only).

    Raises:
        InputError: the input cannot be read, or is not what the format reads (the
            message names the input).
    """
    if name == "-" and fmt.read is None:
        what = "folder" if fmt.target == "directory" else "file"
        raise InputError(
            f"-: the {fmt.name} format reads a {what}, not standard input; give its path"
        )
    if name != "-" and not path.exists():
        raise InputError(f"{name}: cannot read: No such file or directory")
    try:
        if name == "-":
            assert fmt.read is not None
            return list(fmt.read(io.StringIO(_read_text(name, path, errors), newline="")))
        return list(fmt.load(path))
    except InputError as exc:
        raise InputError(exc if name in str(exc) else f"{name}: {exc}") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read as {fmt.name}: {exc.strerror or exc}") from None


#: what ``limner enrich --input`` reads an input as, besides the name of a format that reads
INPUT_MODES = ("auto", "text", "document")


def _input_reader(formats: Mapping[str, Format], mode: str) -> tuple[str, Format | None]:
    """What ``--input`` says: one of :data:`INPUT_MODES` and ``None``, or the format it
    names (``json`` and ``jsonl`` are ``document``, read as it reads them, a document's
    line named in an error).

    Raises:
        click.UsageError: a name that is no mode and no format that reads.
    """
    if mode in ("json", "jsonl"):
        return "document", None
    if mode in INPUT_MODES:
        return mode, None
    readers = sorted(name for name, f in formats.items() if f.reads)
    takes = f"it takes {', '.join(INPUT_MODES)}, or a format that reads: {', '.join(readers)}"
    if mode not in formats:
        raise click.UsageError(f"--input {mode!r} is no mode and no installed format; {takes}")
    if not formats[mode].reads:
        raise click.UsageError(f"--input {mode}: the {mode} format writes only; {takes}")
    return mode, formats[mode]


def _documents_in(name: str, text: str, mode: str) -> list[Document] | None:
    """The limner documents that the input ``name`` holds, or ``None`` for plain text.

    With ``mode`` ``"auto"``, an input is read as documents when it is JSON that
    carries limner's schema marker (:func:`~limner.batch.is_document`): one
    document (``limner enrich -f json`` of one file), a JSON list of them (of
    several files), or a stream of them one after another: JSON lines (``-f
    jsonl``), or documents each on several lines (``jq .`` of JSON lines, ``-f
    json`` outputs appended to one file); the first one's marker decides, and a
    document's place is the line where it starts.  One that starts with the marker
    (its first member, as limner writes it) and is not JSON is a document cut short,
    refused as a broken document of a stream is.  Any other text, JSON without
    the marker included, is text.  With ``"document"`` it must be so; with
    ``"text"`` it is text whatever it holds.  A document is read as a batch reads
    one (:func:`~limner.batch.loaded_document`); its id is its own (else the
    input's name, and its line or item).

    Raises:
        InputError: a document breaks a rule of the form (naming the input, the
            line or item, and the field), or is not JSON, or ``mode`` is
            ``"document"`` and the input holds none.
    """
    if mode == "text":
        return None
    from limner.batch import is_document, loaded_document

    def refused(why: str) -> list[Document] | None:  # (text, unless documents were asked for)
        if mode == "document":
            raise InputError(f"{name}: not a limner document (--input document): {why}")
        return None

    if not text.lstrip().startswith(("{", "[")):
        return refused("not JSON")
    where: str
    try:
        value = json.loads(text)
        records = value if isinstance(value, list) else [value]
        where = "item"
    except (ValueError, RecursionError):  # (not one JSON value: maybe several, as lines
        # or pretty-printed; or one too deep to read, which the values' reading says)
        values = _json_values(text)
        try:
            n, first = next(values)
        except _BrokenValue as exc:
            if _MARKED.match(text):  # (a document cut short, not a text)
                raise InputError(f"{name}, line {exc.line}: not JSON: {exc.reason}") from None
            return refused("not JSON")
        if not (isinstance(first, dict) and is_document(first)):
            return refused("not JSON (its first value carries no schema marker)")
        records, numbers, where, value = [first], [n], "line", None
        try:
            for n, rec in values:
                records.append(rec)
                numbers.append(n)
        except _BrokenValue as exc:
            raise InputError(f"{name}, line {exc.line}: not JSON: {exc.reason}") from None
    else:
        numbers = list(range(1, len(records) + 1))
    if not records or not (isinstance(records[0], dict) and is_document(records[0])):
        return refused("it carries no schema marker (\"schema\": \"limner/1\")")
    many = value is None or isinstance(value, list)
    docs = []
    for n, rec in zip(numbers, records, strict=True):
        at = f"{name}, {where} {n}" if many else name
        if not (isinstance(rec, dict) and is_document(rec)):
            raise InputError(f"{at}: not a limner document among documents")
        fallback = None if "id" in rec else (f"{_doc_id(name)}:{n}" if many else _doc_id(name))
        try:
            docs.append(loaded_document(rec, fallback))
        except InputError as exc:
            raise InputError(f"{at}: {exc}") from None
    return docs


class _BrokenValue(ValueError):
    """A value of a stream of JSON values (:func:`_json_values`) that is not JSON."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


#: the start of a value that carries limner's schema marker as its first member (as
#: every writer of limner's puts it), or of a list whose first item does: such an input
#: that is not JSON is a document cut short (a copy stopped part way), not a text
_MARKED = re.compile(r'[ \t\n\r]*(?:\[[ \t\n\r]*)?\{[ \t\n\r]*"schema"[ \t\n\r]*:[ \t\n\r]*'
                     r'"limner/[^"\\]*"[ \t\n\r]*[,}]')
#: what JSON reads as whitespace between values, and the line breaks within it
_JSON_SPACE = re.compile(r"[ \t\n\r]*")
_LINE_BREAK = re.compile(r"\r\n?|\n")


def _json_values(text: str) -> Iterator[tuple[int, Any]]:
    """``(line, value)`` of each JSON value of ``text``, one after another with
    whitespace between (or none): JSON lines, or values each written on several lines
    (`jq .` of JSON lines, outputs of `-f json` appended to one file); ``line`` is where
    the value starts.  Not split at the lines' ends, which a value's string may hold
    (U+2028 stands raw in a JSON string, and ``str.splitlines`` ends a line there).

    Raises:
        _BrokenValue: a value that is not JSON (naming the line where it starts).
    """
    decode = _RAW_DECODE
    pos, line, end = 0, 1, len(text)
    while True:
        after = _JSON_SPACE.match(text, pos).end()  # type: ignore[union-attr]
        line += len(_LINE_BREAK.findall(text, pos, after))
        if after == end:
            return
        try:
            value, pos = decode(text, after)
        except ValueError as exc:
            raise _BrokenValue(line, str(exc)) from None
        except RecursionError:  # (a text of 100,000 "[": Python's decoder gives up)
            raise _BrokenValue(line, "nested too deeply to read") from None
        yield line, value
        line += len(_LINE_BREAK.findall(text, after, pos))


_RAW_DECODE = json.JSONDecoder().raw_decode


def _get_format(pm: PluginManager, name: str) -> Any:
    formats = pm.formats()
    if name not in formats:
        raise click.UsageError(
            f"unknown format {name!r}; installed formats: {', '.join(sorted(formats))}"
        )
    return formats[name]


@cli.command()
@click.argument("files", nargs=-1, metavar="FILE... | -")
@click.option(
    "--format",
    "-f",
    "format_name",
    default="json",
    show_default=True,
    help="Output format (see `limner formats`).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(writable=True),
    default=None,
    callback=_writable,
    help="Write here instead of standard output (`-` is standard output; a folder for "
    "`-f brat`, a database file for `-f sqlite`; a path ending with a slash is a folder).",
)
@click.option(
    "--kind",
    "table_kind",
    default=None,
    metavar="KIND",
    help="For `-f csv`: write this kind's annotations, a column per field (a kind "
    "that the run makes).",
)
@click.option(
    "--escape-formulas",
    is_flag=True,
    help="For `-f csv`: write a ' before each text cell that starts with =, +, -, @, a tab "
    "or a carriage return, which a spreadsheet would run as a formula.",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Exit 1 when any annotator failed or was skipped, or a plugin could not be used.",
)
@click.option(
    "--encoding-errors",
    type=click.Choice(["strict", "replace"]),
    default="strict",
    show_default=True,
    help="On invalid UTF-8: stop with an error naming the byte (strict) or "
    "read it as U+FFFD (replace).",
)
@click.option(
    "--input",
    "input_mode",
    metavar="auto|text|document|FORMAT",
    default="auto",
    show_default=True,
    help="Read each input as text, as limner documents (the output of -f json or "
    "-f jsonl: their annotations kept, the plugins asked for run over them), or as "
    "a format that reads (sqlite, brat, webanno; see `limner formats`); auto: "
    "a format's when it tells the input is its own (an SQLite database, a folder "
    'of brat files, W3C Web Annotations), documents when it is JSON carrying "schema": '
    '"limner/1", else text.',
)
@_with_plugin_options
@_kinds_option
@_timeout_option
def enrich(
    files: tuple[str, ...],
    format_name: str,
    output: str | None,
    table_kind: str | None,
    escape_formulas: bool,
    strict: bool,
    encoding_errors: str,
    input_mode: str,
    plugins: str | None,
    disable: str | None,
    config: tuple[str, ...],
    kinds: str | None,
    timeout: float | None,
) -> None:
    """Annotate FILEs (UTF-8 text; `-` or nothing reads standard input, which at a
    terminal ends with Ctrl-D).

    Each file becomes one document whose id is its path.  A file that holds limner
    documents (see --input) is read as those documents, with their own ids.
    """
    # (here, not in the block: standard output is standard error's there)
    if output in (None, "-") and sys.stdout is None:  # started closed: `>&-`, a daemon's
        raise click.UsageError("standard output is closed: give -o FILE to write the documents to")
    with _printed_aside() as documents:  # standard output is the documents'
        enricher, failures = _make_enricher(plugins, disable, config, timeout, kinds)
        fmt = _get_format(enricher.manager, format_name)
        formats = enricher.manager.formats()
        mode, reader = _input_reader(formats, input_mode)
        inputs = _inputs(files, encoding_errors, mode, reader, formats.values())
        output = _check_output(fmt, output, table_kind)
        if escape_formulas and "escape_formulas" not in fmt.options:
            raise click.UsageError(
                "--escape-formulas is for formats read by spreadsheets (csv); "
                f"{fmt.name} takes none"
            )
        if table_kind is not None:
            _check_table_kind(enricher, table_kind)
        if files.count("-") > 1:  # the second would read what the first left: nothing
            raise click.UsageError(
                "'-' is given twice; standard input is read once, as one document"
            )
        if fmt.unique_ids:
            _check_unique_ids(fmt, files)
        if output is not None:
            _check_not_an_input(output, files)
        try:  # every input read before any work: one that could not be read (the last of
            # a thousand files, not UTF-8) ended the run after the others were enriched
            texts: list[tuple[str, str | Document]] = []
            for name, read in inputs:
                given = read if isinstance(read, list) else _documents_in(name, read, mode)
                if given is None:
                    assert isinstance(read, str)
                    texts.append((name, read))
                else:
                    texts.extend((d.id, d) for d in given)
        except InputError as exc:
            click.echo(f"limner: error: {exc}", err=True)
            sys.exit(EXIT_INPUT)
        if fmt.unique_ids:  # (documents read back keep their own ids)
            ids = [name for name, _ in texts]
            twice = next((i for n, i in enumerate(ids) if i in ids[:n]), None)
            if twice is not None:
                raise click.UsageError(
                    f"two documents have the id {twice!r}; the {fmt.name} format holds "
                    "one document per id"
                )
        _setup(enricher)
        docs: list[Document] = []
        for name, text in texts:
            doc = enricher.enrich(text, id=name) if isinstance(text, str) else enricher.enrich(text)
            raise_noted_interrupt()
            failures += _report(doc, name)
            docs.append(doc)
        # (within the block: what a thread of a plugin's prints meanwhile goes to
        # standard error, not into the documents)
        _write(fmt, docs, output, documents, table_kind, escape_formulas)
    if strict and failures:
        sys.exit(EXIT_STRICT)


def _check_output(fmt: Any, output: str | None, table_kind: str | None) -> str | None:
    """Refuse, before any work, an output the format cannot write or an option it does not take.

    Returns the path to write, or None for standard output (no ``-o``, or ``-o -``).
    """
    if table_kind is not None and "kind" not in fmt.options:
        raise click.UsageError(f"--kind is for table formats (csv); {fmt.name} takes no --kind")
    if table_kind is not None and not table_kind.strip():
        raise click.UsageError("--kind needs a kind, e.g. --kind number")
    if output == "-":  # standard output, as for the inputs
        output = None
    if fmt.target != "stream" and output is None:
        what = (
            "a folder of files: give -o FOLDER"
            if fmt.target == "directory"
            else "a file: give -o FILE"
        )
        raise click.UsageError(
            f"the {fmt.name} format writes {what} (it cannot write to standard output)"
        )
    if output is not None:
        try:
            fmt.check_path(output)
        except InputError as exc:
            raise click.UsageError(str(exc)) from None
    return output


def _check_not_an_input(output: str, files: Sequence[str]) -> None:
    """Refuse, before any work, an output that is one of the input files (under
    any name): writing it would replace the text it holds (all of it, for -f csv)."""
    for name in files:
        if name == "-":
            continue
        try:
            same = os.path.samefile(name, output)
        except OSError:  # one of them is not there: not one file (a missing input says so)
            continue
        if same:
            raise click.BadParameter(
                f"{output} is the input {name}; writing it would replace the text it holds",
                param_hint="--output",
            )


def _check_table_kind(enricher: Enricher, kind: str) -> None:
    """Refuse, before any work, a ``--kind`` that the run does not make (its table would be
    empty whatever the text), naming the kinds that can be asked for."""
    if kind in enricher.produces:
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PluginWarning)  # shown when the enricher was made
        made = {k for a in enricher.manager.annotators(enricher.config) for k in a.produces}
    if kind not in made:
        raise click.BadParameter(
            f"no enabled plugin makes {kind!r}; kinds made: {', '.join(sorted(made)) or 'none'}",
            param_hint="--kind",
        )
    asked = ",".join([*(enricher.kinds or ()), kind])
    raise click.BadParameter(
        f"this run does not make {kind!r}; ask for it with -k {asked}", param_hint="--kind"
    )


def _check_unique_ids(fmt: Any, files: Sequence[str]) -> None:
    """Refuse, before any work, inputs that would give two documents one id."""
    seen: set[str] = set()
    for name in files or ["-"]:
        doc_id = _doc_id(name)
        if doc_id in seen:
            raise click.UsageError(
                f"{name!r} is given twice; the {fmt.name} format holds one document per id, "
                "and a document's id is its file's path"
            )
        seen.add(doc_id)


def _write(
    fmt: Any,
    docs: Iterable[Document],
    output: str | None,
    stream: Any,
    table_kind: str | None = None,
    escape_formulas: bool = False,
) -> None:
    """Write ``docs`` to the file ``output``, or with none to ``stream`` (the command's
    output, from :func:`_printed_aside`)."""
    options: dict[str, Any] = {"kind": table_kind} if table_kind is not None else {}
    if escape_formulas:
        options["escape_formulas"] = True
    try:
        if output is None:
            fmt.write(docs, stream, **options)
            stream.flush()
        else:
            fmt.save(docs, output, **options)
    except BrokenPipeError:
        if output is None:  # (its buffer is not written again when it is closed)
            _discard_stdout(stream)
        raise  # the reader went away (`| head`): the command group's own exit (EXIT_PIPE)
    except OSError as exc:  # a full disk, a device that takes no writes
        where = "standard output" if output is None else output
        click.echo(f"limner: error: cannot write {where}: {exc.strerror or exc}", err=True)
        if output is None:  # what is left in its buffer is not written again at exit
            _discard_stdout(stream)
        sys.exit(EXIT_USAGE)
    except InputError:
        raise  # a document the format cannot write, said by the format (main's exit)
    except BaseException as exc:  # the format's own fault, sys.exit() in it included
        if not plugin_fault(exc):  # (a KeyboardInterrupt: the user's)
            raise
        click.echo(
            f"limner: error: the {fmt.name} format (plugin {fmt.plugin!r}) failed: "
            f"{type(exc).__name__}: {said(exc)}",
            err=True,
        )
        sys.exit(EXIT_STRICT)


@contextlib.contextmanager
def _printed_aside(descriptor: bool = True) -> Iterator[Any]:
    """Within the block, what plugin code prints (in a hook, a setup, an annotator, a
    thread it started) goes to standard error: standard output holds the command's
    output alone, so that `limner enrich -f jsonl` and the `--json` listings stay
    readable.  Yields the stream of that output: standard output as it was before the
    block, which is written within it.

    ``sys.stdout`` is standard error meanwhile, and so, with ``descriptor``, is
    the file descriptor behind it, so that what is written to the descriptor
    itself (``os.write(1, ...)``, a program run in a subprocess) goes there too;
    the stream yielded is then one of its own on a copy of the descriptor, which
    no other thread writes to.  (A thread of a plugin's that printed while the
    documents were written, after the block, wrote into them, and printing to the
    same ``sys.stdout`` from two threads at once could crash the interpreter.  A
    batch, whose OUTPUT may be ``/dev/stdout``, opened within the block, leaves
    the descriptor as it is.)  In the console script, when the block ends without
    an error while threads are left running, what is printed stays aside until the
    process ends (see :func:`_aside_for_good`).
    """
    own = sys.stdout
    saved = _descriptor_aside() if descriptor else None
    out = own if saved is None else _stream_on(saved[1], own)
    ended = False
    sys.stdout = _StderrAside(sys.stderr)
    try:
        yield out
        ended = True
    finally:
        # a thread that plugin code left running prints on until the exit: the output
        # written, what is printed stays aside, with no moment of standard output between
        stays = (saved is not None and ended and _PROCESS_ENDS
                 and threading.active_count() > 1)
        if not stays:
            sys.stdout = own
        if out is not own:
            try:
                out.flush()
            except (OSError, ValueError):  # (the reader gone: its buffer to the null device)
                _discard_stdout(out)
            with contextlib.suppress(OSError, ValueError):
                out.close()
        if saved is not None:
            fd, copy = saved
            sys.stderr.flush()
            if not stays:  # (else the descriptor stays standard error's)
                os.dup2(copy, fd)
            os.close(copy)


#: whether the process ends with the command (the console script), so that what is
#: printed once a command's output is written need not go to standard output again
_PROCESS_ENDS = False


def _stream_on(fd: int, like: Any) -> Any:
    """A text stream of its own on a copy of descriptor ``fd``, encoded as ``like`` is."""
    copy = os.dup(fd)
    try:
        return open(  # (closed by the caller)
            copy, "w", encoding=getattr(like, "encoding", None) or "utf-8",
            errors=getattr(like, "errors", None) or "strict", closefd=True,
        )
    except BaseException:
        os.close(copy)
        raise


#: every :class:`_StderrAside` made (see its ``__init__``)
_KEPT_ALIVE: list[_StderrAside] = []


class _StderrAside:
    """Standard error as plugin code sees ``sys.stdout`` within :func:`_printed_aside`:
    what it writes goes there, and a ``close()`` (plugin code that ends what it takes
    for its own output) only flushes.  Standard error itself closed so, limner's
    messages and the traceback of what then failed were lost, and `limner enrich`
    wrote no document, ending with exit 1."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        # held until the process ends: ``print`` in another thread reads ``sys.stdout``
        # without holding it (CPython 3.11), so one freed when it is replaced (at the end
        # of the block) crashed a plugin's thread printing at that moment, a
        # segmentation fault; a command makes two or three of these
        _KEPT_ALIVE.append(self)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    def close(self) -> None:
        self._stream.flush()

    @property
    def closed(self) -> bool:
        return bool(self._stream.closed)

    def __enter__(self) -> _StderrAside:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _descriptor_aside() -> tuple[int, int] | None:
    """Point standard output's file descriptor at standard error's; return it and a copy
    of what it was (``None`` where the streams have no descriptors: a test's buffers)."""
    try:
        fd, err = sys.stdout.fileno(), sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):  # (io.UnsupportedOperation is an OSError)
        return None
    if fd == err:
        return None
    sys.stdout.flush()
    copy = os.dup(fd)
    os.dup2(err, fd)
    return fd, copy


def _say_interrupted(line: str) -> None:
    """Say on standard error that the command was interrupted, as far as it can be said:
    the terminal that a hang-up closed takes no more (EIO), nor does a reader gone (EPIPE),
    and the exit code must still be the signal's, not 1 for the failed line (nor 120 for
    the interpreter's flush of it at exit: standard error is pointed at the null device)."""
    try:
        click.echo(line, err=True)
    except (OSError, ValueError):  # (ValueError: standard error closed)
        _discard_stdout(sys.stderr)


def _discard_stdout(stream: Any = None) -> None:
    """Point standard output (or ``stream``) at the null device, so that the
    interpreter's flush of it at exit (which fails again on a full device, and makes
    the exit code 120) writes nothing."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, (sys.stdout if stream is None else stream).fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):  # (no real file behind it: a test's buffer)
        pass


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@_with_plugin_options
def plugins(
    as_json: bool,
    plugins: str | None,
    disable: str | None,
    config: tuple[str, ...],
) -> None:
    """List installed plugins: version, annotators, kinds, formats, options.

    An option shows the value it takes with the given --config (its default
    when none is given).  A plugin that failed to load is marked BROKEN, and an
    annotator that cannot run (its required kinds no enabled plugin makes, it
    is in a cycle of requirements, or another plugin's annotator holds its
    name) is marked NOT RUNNABLE, each with the reason.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", PluginWarning)
        with _printed_aside() as out:
            pm = PluginManager(plugins, disable)
            if plugins is not None and pm.not_installed:  # as enrich and batch refuse it
                raise click.UsageError(_not_installed(pm))
            listing = describe_plugins(pm, _parse_config(config))
            # (within the block: what a plugin's thread prints goes aside, see enrich)
            _list_plugins(listing, as_json, out)
    _show_warnings(caught)


def _list_plugins(listing: list[dict[str, Any]], as_json: bool, out: Any) -> None:
    """Print the listing of :func:`plugins` to ``out``."""
    echo = functools.partial(click.echo, file=out)
    if as_json:
        for p in listing:  # a plugin's option of a value JSON cannot hold: its repr
            p["options"] = [
                {k: _json_or_repr(v) if k in ("default", "value") else v for k, v in o.items()}
                for o in p["options"]
            ]
        text = json.dumps(listing, indent=2, ensure_ascii=False)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate a plugin gave (an option's default,
            # a help): escaped, as JSON writes it, where it ended with a traceback
            text = json.dumps(listing, indent=2)
        echo(text)
    else:
        for p in listing:
            head = f"{p['name']} {p['version'] or ''}".rstrip()
            echo(f"{head}  [{p['origin']}: {p['module']}]")
            if p["error"]:
                echo(f"  BROKEN: {p['error']}")
            for a in p["annotators"]:
                req = f" requires {', '.join(a['requires'])}" if a["requires"] else ""
                uses = f" uses {', '.join(a['uses'])}" if a["uses"] else ""
                echo(
                    f"  annotator {a['name']}: produces {', '.join(a['produces'])}{req}{uses}"
                )
                if not a["runnable"]:
                    echo(f"    NOT RUNNABLE: {a['not_runnable']}")
            if p["kinds"]:
                echo(f"  kinds: {', '.join(p['kinds'])}")
            if p["formats"]:
                echo(f"  formats: {', '.join(p['formats'])}")
            for o in p["options"]:
                value, default = _plugin_repr(o["value"]), _plugin_repr(o["default"])
                set_ = "" if value == default else f" (default {default})"
                echo(f"  option {o['name']} = {value}{set_}  {o['help']}")


def _json_or_repr(value: Any) -> Any:
    """``value`` if JSON holds it (no NaN), else its repr: an option of a plugin may
    have a default of any type (a ``Path``), which ``limner plugins --json`` lists so,
    as ``OUTPUT.run.json`` notes it."""
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError, RecursionError):
        return _plugin_repr(value)
    return value


def _plugin_repr(value: Any) -> str:
    """The repr of ``value``, a plugin's (an option's default), or what it is when its
    repr fails: an int of more than 4,300 digits, a class whose ``__repr__`` raises
    (``limner plugins`` and ``--json`` ended with a traceback, listing nothing)."""
    try:
        return repr(value)
    except BaseException as exc:
        if not plugin_fault(exc):  # (a KeyboardInterrupt: the user's)
            raise
        return f"<{type(value).__name__}: its repr failed with {type(exc).__name__}>"


def describe_plugins(
    pm: PluginManager, config: dict[str, str] | None = None
) -> list[dict[str, Any]]:
    """What ``limner plugins --json`` prints, one dict per plugin."""
    try:
        cfg = pm.config(config)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    annotators = pm.annotators(cfg)
    # (what an Enricher leaves out, judged on every annotator, asked for or not)
    clashes = name_clashes(annotators, lambda a: pm.claim(a.plugin, a.name))
    clashed = {id(a) for a, _ in clashes}
    blocked = {
        id(a): problem
        for a, problem in [
            *clashes,
            *unrunnable([a for a in annotators if id(a) not in clashed], lambda a: False),
        ]
    }
    kinds = pm.kinds_by_plugin()
    formats = pm.formats()
    options = pm.options()
    out = []
    for info in pm.infos():
        out.append(
            {
                "name": info.name,
                "version": info.version,
                "origin": info.origin,
                "module": info.module,
                "distribution": info.distribution,
                "error": info.error,
                "annotators": [
                    {
                        "name": a.name,
                        "produces": list(a.produces),
                        "requires": list(a.requires),
                        "uses": list(a.uses),
                        "on_demand": a.on_demand,
                        "runnable": id(a) not in blocked,
                        "not_runnable": blocked.get(id(a)),
                    }
                    for a in annotators
                    if a.plugin == info.name
                ],
                "kinds": kinds.get(info.name, []),
                "formats": sorted(f.name for f in formats.values() if f.plugin == info.name),
                "options": [
                    {"name": o.name, "default": o.default, "value": cfg[o.name], "help": o.help}
                    for o in options.values()
                    if o.plugin == info.name
                ],
            }
        )
    return out


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def formats(as_json: bool) -> None:
    """List installed output formats."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", PluginWarning)
        with _printed_aside() as out:
            found = PluginManager().formats()
            _show_warnings(caught)
            # (within the block: what a plugin's thread prints goes aside, see enrich)
            _list_formats(found, as_json, out)


def _list_formats(found: Mapping[str, Any], as_json: bool, out: Any) -> None:
    """Print the listing of :func:`formats` to ``out``."""
    echo = functools.partial(click.echo, file=out)
    rows = [
        {
            "name": f.name,
            "plugin": f.plugin,
            "extension": f.extension,
            "reads": f.reads,
            "target": f.target,
            "batch": f.batch_writer is not None,
            "description": f.description,
            "drops": f.drops,
        }
        for f in sorted(found.values(), key=lambda f: f.name)
    ]
    if as_json:
        echo(json.dumps(rows, indent=2))
        return
    for r in rows:
        mode = "read/write" if r["reads"] else "write"
        echo(f"{r['name']:<8} {mode:<10} {r['plugin']:<10} {r['description']}")
        if r["drops"]:
            echo(f"{'':<30}drops: {r['drops']}")


@cli.command()
@click.argument("source", type=click.Path(), callback=_from_start_arg)
@click.option(
    "--output",
    "-o",
    required=True,
    type=click.Path(dir_okay=False),
    callback=_writable,
    help="File of enriched documents (appended to; resumed): JSONL, or an SQLite "
    "database with -f sqlite.",
)
@click.option(
    "--format",
    "-f",
    "format_name",
    default=None,
    help="Output format, one that a batch can resume: jsonl, or sqlite (see `limner formats`); "
    "default: sqlite for an OUTPUT ending in .db, .sqlite or .sqlite3, else jsonl (an "
    "OUTPUT ending in another format's extension, such as .csv or .json, is refused).",
)
@click.option(
    "--errors-file",
    type=click.Path(dir_okay=False),
    default=None,
    callback=_writable,
    help="Where bad records go, one JSON line each (default: OUTPUT.errors.jsonl).",
)
@click.option(
    "--text-field",
    default="text",
    show_default=True,
    help="The field of each input record that holds the text.",
)
@click.option(
    "--id-field",
    default="id",
    show_default=True,
    help="The field that holds the record id (else: the line number).",
)
@click.option(
    "--processes",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes (at most four a CPU: more are not started).  A record whose "
    "worker process dies with it (a crash, a signal) goes to the errors file; with -j 1 a "
    "crash ends the run.",
)
@click.option(
    "--retry-died",
    is_flag=True,
    help="Enrich again the records the errors file holds as having ended their worker "
    "process (a resume skips them: each would end its worker again).",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar (default: when standard error is a terminal).",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Exit 1 when any annotator failed, a record was bad, or a plugin could not be used.",
)
@_with_plugin_options
@_kinds_option
@_timeout_option
def batch(
    source: str,
    output: str,
    format_name: str | None,
    errors_file: str | None,
    text_field: str,
    id_field: str,
    processes: int,
    retry_died: bool,
    progress: bool | None,
    strict: bool,
    plugins: str | None,
    disable: str | None,
    config: tuple[str, ...],
    kinds: str | None,
    timeout: float | None,
) -> None:
    """Enrich a JSONL corpus SOURCE into OUTPUT, one document per line (`-` reads
    standard input).

    Resumable: documents already in OUTPUT (by id) are skipped, so a run
    stopped by a crash or Ctrl-C goes on where it was.  A record without an
    id is named by its line (line-7): a resume over a source edited above
    such records is refused, naming the first line that moved.  A record that cannot
    be read goes to the errors file with its reason and the run goes on; one whose
    worker process died with it is skipped by a resume (--retry-died: enriched again).
    What made OUTPUT's documents (plugins, options, text and id fields) is
    noted in OUTPUT.run.json; a resume with others is refused.
    """
    from limner.batch import (
        check_fields,
        check_paths,
        check_source,
        errors_path_for,
        held_output,
    )

    try:
        check_fields(text_field, id_field)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="'--id-field'") from None

    for option, value in (("--output", output), ("--errors-file", errors_file)):
        if value == "-":
            raise click.BadParameter(
                "a batch writes files it can resume, not standard output", param_hint=option
            )
        _check_file_path(value, f"{option} of a batch is")
    errors_path = Path(errors_file) if errors_file else errors_path_for(Path(output))
    if errors_file is None:  # an explicit one was checked as an option
        fault = _unwritable(errors_path)
        if fault is None and errors_path.is_dir():
            fault = f"{errors_path} is a folder"
        if fault is not None:
            raise click.UsageError(f"the errors file (default: OUTPUT.errors.jsonl): {fault}")
    try:
        check_paths(Path(source), Path(output), errors_path)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    try:
        check_source(Path(source))
    except InputError as exc:
        click.echo(f"limner: error: {exc}", err=True)
        sys.exit(EXIT_INPUT)
    with contextlib.ExitStack() as held:
        held.enter_context(_printed_aside(descriptor=False))  # OUTPUT may be standard output's
        enricher, plugin_faults = _make_enricher(plugins, disable, config, timeout, kinds)
        if format_name is None:
            format_name = _batch_format_of(Path(output), enricher.manager)
        fmt = _get_format(enricher.manager, format_name)
        if fmt.batch_writer is None:
            batchable = sorted(n for n, f in enricher.manager.formats().items() if f.batch_writer)
            raise click.UsageError(
                f"a batch cannot write the {fmt.name} format; it writes {', '.join(batchable)}"
            )
        try:  # another batch writing OUTPUT or its errors file now is refused before
            # OUTPUT's writer is opened
            held.enter_context(held_output(Path(output), errors_path))
        except ConfigError as exc:
            raise click.UsageError(str(exc)) from None
        _batch_held(
            enricher, fmt, source, output, errors_path, text_field, id_field, processes,
            progress, strict, plugin_faults, retry_died,
        )


def _batch_format_of(output: Path, manager: PluginManager) -> str:
    """The format of a batch's OUTPUT given without ``-f``: sqlite for a name ending in
    .db, .sqlite or .sqlite3, else jsonl; a name whose ending is another format's that
    a batch cannot write (``out.csv``, ``out.html``, ``out.json``) is a usage error (it
    was written as JSON lines without a word)."""
    suffix = output.suffix.lower()
    if suffix in (".db", ".sqlite", ".sqlite3"):
        return "sqlite"
    formats = manager.formats()
    # (the format an ending tells as limner.load tells it: the last of the formats that
    # name it)
    told = {f.extension.lower(): f for f in formats.values() if f.extension}.get(suffix)
    if told is not None and told.batch_writer is not None:  # (a plugin's that resumes)
        return str(told.name)
    if told is not None:
        batchable = sorted(n for n, f in formats.items() if f.batch_writer)
        raise click.UsageError(
            f"OUTPUT {str(output)!r} ends in {output.suffix}, the {told.name} format's, which "
            f"a batch cannot write (it writes {', '.join(batchable)}): give -f jsonl to write "
            f"JSON lines to that name, or name it {output.stem}.jsonl and convert it after "
            f"(`limner enrich {output.stem}.jsonl -f {told.name}`)"
        )
    return "jsonl"


def _batch_held(
    enricher: Enricher,
    fmt: Any,
    source: str,
    output: str,
    errors_path: Path,
    text_field: str,
    id_field: str,
    processes: int,
    progress: bool | None,
    strict: bool,
    plugin_faults: int,
    retry_died: bool = False,
) -> None:
    """The rest of ``limner batch``, OUTPUT held for this run alone."""
    from limner.batch import WriteFailed, run_checked_batch

    failed = f"limner: error: the {fmt.name} format (plugin {fmt.plugin!r}) failed opening {output}"
    try:  # an output the format cannot resume (not its database) is refused before any work
        writer = fmt.batch_writer(Path(output))
    except InputError as exc:
        raise click.BadParameter(str(exc), param_hint="--output") from None
    except OSError as exc:
        click.echo(f"limner: error: cannot write {output}: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_USAGE)
    except BaseException as exc:  # the format's own fault: a traceback
        if not plugin_fault(exc):  # (a KeyboardInterrupt: the user's)
            raise
        click.echo(f"{failed}: {type(exc).__name__}: {said(exc)}", err=True)
        sys.exit(EXIT_STRICT)
    missing = [m for m in ("done_ids", "write", "close") if not callable(getattr(writer, m, None))]
    if missing:  # (None: the documents went into a JSONL file under the format's name)
        click.echo(
            f"{failed}: its batch_writer returned {type(writer).__name__}, which has no "
            f"{missing[0]}()",
            err=True,
        )
        sys.exit(EXIT_STRICT)
    try:
        _setup(enricher)
    except BaseException:
        writer.close()
        raise
    try:
        stats = run_checked_batch(  # (the paths are checked above, before any setup)
            enricher,
            Path(source),
            Path(output),
            errors_path=errors_path,
            text_field=text_field,
            id_field=id_field,
            processes=processes,
            progress=sys.stderr.isatty() if progress is None else progress,
            writer=writer,
            retry_died=retry_died,
        )
    except InputError as exc:
        click.echo(f"limner: error: {exc}", err=True)
        sys.exit(EXIT_INPUT)
    except ConfigError as exc:  # a resume by other plugins or options
        raise click.UsageError(str(exc)) from None
    except OSError as exc:  # a full disk, as the output is written: a traceback
        where = exc.filename or output
        click.echo(
            f"limner: error: cannot write {where}: {exc.strerror or exc}; the documents "
            "written are kept, and the same command goes on from there",
            err=True,
        )
        sys.exit(EXIT_USAGE)
    except (WriteFailed, LimnerError) as exc:  # a writer's fault; workers that die idle
        what = ""
        if isinstance(exc, WriteFailed):
            what = f"the {fmt.name} format (plugin {fmt.plugin!r}) failed "
        click.echo(
            f"limner: error: {what}{exc}; the documents written are kept, and the same "
            "command goes on from there",
            err=True,
        )
        sys.exit(EXIT_STRICT)
    except KeyboardInterrupt as exc:
        _say_interrupted(
            "limner: interrupted; the documents written are kept, and the same command "
            "goes on from there"
        )
        sys.exit(_interrupted_exit(exc))
    # where to read why: a source of plain text ended "24 bad records", and no more
    where = f" (their reasons in {printable(str(errors_path))})" if stats.bad else ""
    click.echo(
        f"limner: {stats.written} written, {stats.skipped} already done, "
        f"{stats.bad} bad records{where}, {stats.failures} annotator failures",
        err=True,
    )
    if strict and (stats.bad or stats.failures or plugin_faults):
        sys.exit(EXIT_STRICT)


def _names_taken() -> dict[str, str]:
    """The names that the plugins installed hold: theirs, the kinds they define or
    make, their kinds' id prefixes, and their annotators', each with what it names
    (what ``limner new-plugin`` cannot name a plugin: its package names its kind, its
    ids' prefix and its annotator so, and an annotator of a name another plugin's
    holds never runs)."""
    # (not the descriptor: the command's own line is printed after the block, and a
    # thread a plugin left running would keep it on standard error)
    with warnings.catch_warnings(), _printed_aside(descriptor=False):
        warnings.simplefilter("ignore", PluginWarning)  # a broken plugin keeps its name
        pm = PluginManager()
        taken = {info.name: f"the name of the installed plugin {info.name!r}"
                 for info in pm.infos()}
        made = [(plugin, kind) for kind, plugins in pm.makers().items()
                for plugin in sorted(plugins)]
        for plugin, kinds in pm.kinds_by_plugin().items():
            made.extend((plugin, kind) for kind in kinds)
        classes = pm.kinds()
        prefixes = {_id_prefix(classes.get(kind, Annotation), kind): kind
                    for kind in sorted({*classes, *(kind for _, kind in made)})}
        prefixes.setdefault(Sentence.id_prefix, "sentence")
        try:
            annotators = pm.annotators(pm.config())
        except LimnerError:  # (options that do not resolve: the names above still hold)
            annotators = []
    for plugin, kind in made:
        taken.setdefault(kind, f"the kind {kind!r} of the plugin {plugin!r}")
    for prefix, kind in prefixes.items():  # (the new kind's ids would read as these)
        taken.setdefault(prefix, f"the id prefix of the kind {kind!r}")
    for a in annotators:
        taken.setdefault(a.name, f"the name of the annotator {a.name!r} of the plugin {a.plugin!r}")
    return taken


@cli.command("new-plugin")
@click.argument("name")
@click.option(
    "--directory",
    "-d",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Where to write the package folder.",
)
def new_plugin(name: str, directory: Path) -> None:
    """Write a new plugin package, limner-NAME, ready to install and test.

    It holds the entry point, an annotation kind, an option, an annotator,
    tests that run the conformance kit, and a CI workflow; see the plugin
    guide.
    """
    from limner.scaffold import new_plugin as write

    try:
        root = write(name, directory, _names_taken())
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="NAME") from None
    except (FileExistsError, NotADirectoryError) as exc:
        raise click.UsageError(str(exc)) from None
    except OSError as exc:  # a folder that takes no new file, a name too long for it
        click.echo(f"limner: error: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_USAGE)
    click.echo(f"wrote {root}; next: pip install -e '{root}[test]' && pytest {root}")


@cli.command()
@_with_plugin_options
def setup(plugins: str | None, disable: str | None, config: tuple[str, ...]) -> None:
    """Load or build what the annotators need (the place index, lexicons) now.

    The first `enrich` or `batch` does it otherwise, before its first
    document and outside `--timeout`.  Run it once after installing limner,
    or in a container's build, so that no later run waits.  One that was
    killed mid-way (even by SIGKILL) is simply run again: each build clears
    away the scratch that killed builds left in the cache.  Exit 1 if a
    setup failed.
    """
    with _printed_aside():  # what plugin code prints goes to standard error, as in enrich
        enricher, _ = _make_enricher(plugins, disable, config, None)
        _setup(enricher, always=True)
    ready = [a.name for a in enricher.annotators if a.setup is not None]
    if enricher.setup_errors:
        sys.exit(EXIT_STRICT)
    click.echo(f"limner: ready: {', '.join(ready) or 'nothing to set up'}", err=True)


def main(argv: Sequence[str] | None = None) -> None:
    """Run the command line on ``argv`` (default: the process's arguments)."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="limner")
    except InputError as exc:
        click.echo(f"limner: error: {exc}", err=True)
        sys.exit(EXIT_INPUT)


def run() -> None:
    """The console script's entry point (and ``python -m limner``'s): :func:`main`,
    then the process ends at once (see :func:`_end_process`)."""
    global _PROCESS_ENDS
    _PROCESS_ENDS = True
    try:
        main()
    except SystemExit as exc:
        _end_process(exc.code)
        raise


#: seconds that the end of a command waits for threads left running (see :func:`_exit_anyway`)
_THREAD_GRACE = 5.0


def _exit_anyway(code: int | None, seconds: float) -> None:
    """End the process with ``code`` in ``seconds`` if a thread still keeps it by then,
    naming the threads: a thread that plugin code started and never ended (a poller, a
    watcher) kept the command from exiting, its work done, for ever.  Python's own exit
    runs meanwhile, waiting for the threads (a pool's idle workers end there)."""

    def end() -> None:
        names = sorted(
            t.name for t in threading.enumerate()
            if not t.daemon and t is not threading.main_thread()
        )
        if not names:  # the threads ended: the exit goes on (its atexit handlers run)
            return
        with contextlib.suppress(OSError, ValueError, AttributeError):
            sys.stdout.flush()
        with contextlib.suppress(OSError, ValueError, AttributeError):
            sys.stderr.write(
                f"limner: warning: threads that plugin code left running ({', '.join(names)}) "
                f"did not end within {seconds:g} seconds of the end of the command; ended\n"
            )
            sys.stderr.flush()
        os._exit(code or 0)

    timer = threading.Timer(seconds, end)
    timer.daemon = True
    timer.start()


def _aside_for_good() -> None:
    """The command's output written, what is printed from then on goes to standard error,
    as within :func:`_printed_aside`: a thread that plugin code left running (a poller
    printing its ticks) wrote into standard output after the documents of `limner
    enrich -f jsonl`, while the command waited for it to end.  (Standard output that
    cannot be flushed, its reader gone, is left to Python's own exit to report.)"""
    if sys.stdout is None or sys.stderr is None:  # (closed at start: print() writes nothing)
        return
    try:
        if _descriptor_aside() is None:
            sys.stdout.flush()
    except (OSError, ValueError):
        return
    sys.stdout = _StderrAside(sys.stderr)


def _end_process(code: Any) -> None:
    """End the process now with ``code``, without tearing down the heap object by object.

    Freeing the plugins' tables and the memos a long run filled, one object at
    a time, takes a few tenths of a second; the operating system takes the
    whole heap back at once.  ``atexit`` handlers run and the standard streams
    are flushed first, as at a normal exit; finalizers of objects still alive
    do not run, which Python does not promise at exit either.  Returns (and
    the caller exits as usual) when the code is not an int or ``None``, or
    another thread is still running: Python's exit waits for it, and for
    :data:`_THREAD_GRACE` seconds at most (see :func:`_exit_anyway`).
    """
    if not (code is None or isinstance(code, int)):
        return
    if threading.active_count() > 1:
        _aside_for_good()
        _exit_anyway(code, _THREAD_GRACE)
        return
    import atexit

    atexit._run_exitfuncs()
    try:
        if sys.stdout is not None:  # (None: the process started with it closed)
            sys.stdout.flush()
    except BrokenPipeError:  # the reader went away before the last of the output
        _discard_stdout()
        code = EXIT_PIPE
    except (OSError, ValueError):
        return  # a closed or broken stream: Python's own exit reports it
    try:
        if sys.stderr is not None:
            sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(code or 0)
