"""The exceptions and warnings limner raises, all under :class:`LimnerError`."""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Iterator

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


def extra_missing(exc: ImportError, user: str, needs: str, extra: str) -> ImportError:
    """The ImportError to raise for ``exc``, met where ``user`` imports the package that
    the extra ``extra`` installs (named for it: ``pandas``, ``spacy``, ``dask``): one that
    names the extra when that package is missing, else ``exc`` as it is (a package of
    its own that fails to import)."""
    if (exc.name or "").split(".")[0] != extra:
        return exc
    return ImportError(
        f"{user} needs {needs}, which is not installed: pip install 'limner[{extra}]'"
    )


class PluginWarning(UserWarning):
    """A plugin could not be loaded or one of its hooks failed; the others go on."""


#: What plugin code may raise that counts as the plugin's fault, wherever limner
#: calls it outside an annotator's run (importing it, its hooks, an annotator's
#: ``setup``, an option's ``validate``): any ``Exception``, and ``SystemExit``
#: and ``GeneratorExit``, which a plugin has no business raising into limner.
#: ``KeyboardInterrupt`` is not among them: it is the user's, and stops the run.
#: (An annotator's run is isolated further, see :mod:`limner.isolation`.)
PLUGIN_FAULTS: tuple[type[BaseException], ...] = (Exception, SystemExit, GeneratorExit)


def said(exc: BaseException) -> str:
    """What an exception of plugin code says (``str(exc)``), or, when it cannot say it
    (its ``__str__`` raises, or gives no str), a line saying so: naming a plugin's
    fault is never a fault of its own, which cost the other plugins' work."""
    try:
        return str(exc)
    except PLUGIN_FAULTS as inner:
        return f"(its message cannot be shown: its __str__ failed with {type(inner).__name__})"


@contextlib.contextmanager
def plugin_filters() -> Iterator[None]:
    """Around plugin code that limner calls outside an annotator's run (importing
    it, its hooks, an annotator's ``setup``): the warnings filters it changes
    (``warnings.simplefilter("error")`` at import, ``"ignore"`` in a hook) are
    the plugin's alone, and are put back as they were when it returns, so that
    limner's own :class:`PluginWarning` is neither raised as an exception that
    ends the run nor hidden.  (An annotator's run is not guarded: the filters
    are the process's, shared by every thread.)"""
    with warnings.catch_warnings():
        yield
