# mypy: disable-error-code="empty-body"
"""Every hook a limner plugin can implement, each with its reference.

Hooks are grouped by the order limner calls them in: what a plugin defines
(annotation kinds, options), what it contributes to an enricher (annotators,
the segmenter), and what it adds to input and output (formats, commands).

A plugin is a module or object whose functions are marked with
``@limner.hookimpl`` and carry these names; it may accept fewer arguments
than the spec lists.  One with a function limner would never call (marked
under a name that is no hook, or named as a hook but not marked) or would
never await (an ``async def``) is refused when it loads.  limner calls each
plugin's implementation on its own, so one that raises (anything but a
``KeyboardInterrupt``, see :func:`limner.errors.plugin_fault`), or changes
what the run relies on (the handlers of the signals that stop it, the
standard streams, the recursion limit), is reported (a
:class:`~limner.PluginWarning` naming it) and the others still count.
Each result is checked where it is collected: a plugin whose hook returns
something other than what its reference promises (not a list, ``None``
included, or an item of the wrong type) is disabled with a warning that says
what was wrong, and ``limner plugins`` lists it as broken.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    import click

    from limner.annotator import Annotator, Segmenter
    from limner.config import Config, Option
    from limner.document import Annotation
    from limner.formats import Format


__all__ = ["hookimpl", "hookspec"]

hookspec = pluggy.HookspecMarker("limner")
#: The marker for plugin hook implementations: ``@limner.hookimpl``.
hookimpl = pluggy.HookimplMarker("limner")


# -- what a plugin defines ------------------------------------------------------


@hookspec
def limner_annotation_kinds() -> Sequence[type[Annotation]]:
    """Return the :class:`~limner.Annotation` subclasses this plugin defines.

    Called once per plugin manager, when documents are loaded from JSON and
    when ``limner plugins`` lists what is installed.  Each class's ``kind``
    default is the kind it stands for; an annotation whose kind no plugin
    defines loads as a generic :class:`~limner.Annotation`.  When two plugins
    define the same kind, the plugin whose annotators make it wins (else the
    one whose name sorts first) and a warning names both; when both make it, an
    Enricher leaves out the annotators of the other that make it.
    """


@hookspec
def limner_config_options() -> Sequence[Option]:
    """Return the :class:`~limner.Option` objects this plugin reads.

    Called once per enricher, before annotators are made.  Name each option
    ``<plugin>.<option>`` (``"numbers.decimal_comma"``): the prefix is the
    author's to write, limner does not add it, and the conformance kit checks
    it; an option that another plugin declares too is kept by one of them
    (:meth:`limner.PluginManager.claim`: the plugin named as its prefix before
    another) and a warning names both.  The user's values are converted to
    the type of each option's default
    (a string given for a list or a dict is read as JSON) and checked
    against it, then by the option's own ``validate``, which must
    return the value or raise ``ValueError`` (a ``None`` for a value that is
    not ``None``, or any other exception it raises, is a
    :class:`~limner.ConfigError` naming the option); an unknown name or a
    value of the wrong type is a :class:`~limner.ConfigError`.  A plugin whose
    ``validate`` refuses its option's own default is disabled when it loads,
    with a warning naming the option.  A default of a
    type that JSON cannot hold (a ``Path``, a set) is a value the command line
    cannot give, and ``limner plugins --json`` lists it as its repr.
    """


# -- what a plugin contributes to an enricher --------------------------------------


@hookspec
def limner_annotators(config: Config) -> Sequence[Annotator]:
    """Return the :class:`~limner.Annotator` objects this plugin contributes.

    Called once per enricher (once per worker process in parallel runs), with
    the resolved configuration of every enabled plugin.  Load heavy resources
    lazily, on the first document, so that listing plugins stays fast.  An
    annotator whose name, or a kind in its ``produces``, ``requires`` or
    ``uses``, is not a non-empty str, or whose ``func`` (or ``setup``) is not
    callable, is left out with a :class:`~limner.PluginWarning`; the plugin's
    other annotators are kept.
    An annotator whose name another plugin's annotator has too is kept or left
    out by :meth:`limner.PluginManager.claim` (a built-in's name is never
    taken by another plugin); one in a cycle of ``requires`` and ``uses``
    is left out; each with a warning, or a :class:`~limner.PlanError` when its
    plugin was asked for by name.
    """


@hookspec(firstresult=True)
def limner_segmenter(config: Config) -> Segmenter | None:
    """Return the :class:`~limner.Segmenter` that splits text into sentences and tokens.

    First result wins: the built-in segmenter is registered ``trylast``, so a
    plugin that returns a segmenter replaces it; return ``None`` to leave the
    choice to others.  It runs as three on-demand annotators: ``sentences``
    (kind ``sentence``, annotations), ``sentence-spans`` (kind
    ``sentence-span``, the same spans as a compact layer) and ``tokens`` (kind
    ``token``, a compact layer), each only when an enabled annotator requires
    or uses its kind or the caller asks for it.
    """


# -- input, output and the command line -------------------------------------------------


@hookspec
def limner_formats() -> Sequence[Format]:
    """Return the output (and input) :class:`~limner.Format` objects this plugin adds.

    Called when the command line, or :meth:`limner.PluginManager.formats`,
    looks formats up; the built-in ``json``, ``jsonl``, ``table`` and
    ``html`` come through this hook too.  A ``Format`` refuses, when it is
    made, a name that is not a non-empty str, a ``write`` (or ``read``,
    ``write_path``, ...) that is not callable, a ``file`` or ``directory``
    target without ``write_path``, and options that are not keyword names;
    the hook then fails and its plugin is named in a warning.  A format name
    that two plugins' formats have is kept by one of them
    (:meth:`limner.PluginManager.claim`: a built-in's ``json`` is never taken
    by another plugin) and a warning names both.
    """


@hookspec
def limner_cli_commands(cli: click.Group) -> None:
    """Add commands to the ``limner`` command-line group.

    Called once, the first time the command line lists its commands or
    meets one it does not define, with a click group; add commands with
    ``cli.add_command(...)`` or the ``@cli.command()`` decorator.  A command
    whose name is limner's own is not added; of two plugins' commands of one
    name, the one :meth:`limner.PluginManager.claim` ranks first is; each with
    a warning on standard error.
    """
