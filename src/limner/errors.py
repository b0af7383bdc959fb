"""The exceptions and warnings limner raises, all under :class:`LimnerError`."""

from __future__ import annotations

__all__ = [
    "AnnotatorTimeout",
    "ConfigError",
    "ContractError",
    "InputError",
    "LimnerError",
    "PlanError",
    "PluginWarning",
]


class LimnerError(Exception):
    """Base class of limner's errors."""


class PlanError(LimnerError):
    """The enabled annotators cannot be ordered: a requirement nobody
    produces, or a cycle.  The message names the annotators involved."""


class ConfigError(LimnerError, ValueError):
    """A configuration option is unknown or its value is invalid."""


class InputError(LimnerError, ValueError):
    """An input (file, record, document) cannot be read; the message names it."""


class AnnotatorTimeout(LimnerError):
    """An annotator ran past the Enricher's ``timeout`` on one document."""


class ContractError(LimnerError):
    """An annotator broke the plugin contract: it returned a kind it does not
    declare in ``produces``, a reference to no annotation, or changed what it
    reads.  Recorded in ``doc.errors`` like any failure; the message names the
    annotator and its plugin."""


class PluginWarning(UserWarning):
    """A plugin could not be loaded or one of its hooks failed; the others go on."""


#: What plugin code may raise that counts as the plugin's fault, wherever limner
#: calls it outside an annotator's run (importing it, its hooks, an annotator's
#: ``setup``, an option's ``validate``): any ``Exception``, and ``SystemExit``
#: and ``GeneratorExit``, which a plugin has no business raising into limner.
#: ``KeyboardInterrupt`` is not among them: it is the user's, and stops the run.
#: (An annotator's run is isolated further, see :mod:`limner.isolation`.)
PLUGIN_FAULTS: tuple[type[BaseException], ...] = (Exception, SystemExit, GeneratorExit)
