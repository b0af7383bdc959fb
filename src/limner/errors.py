"""The exceptions and warnings limner raises, all under :class:`LimnerError`."""

from __future__ import annotations

import contextlib
import types
import warnings
from collections.abc import Iterator
from typing import Any

__all__ = [
    "AnnotatorTimeout",
    "ConfigError",
    "ContractError",
    "InputError",
    "LimnerError",
    "PlanError",
    "PluginWarning",
    "json_type",
    "never_ran",
    "plugin_fault",
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


#: the JSON names of the types of a decoded value (ints and floats are "a number")
_JSON_TYPES = {type(None): "null", bool: "a boolean", str: "a string", list: "an array",
               dict: "an object"}


def json_type(value: Any) -> str:
    """The JSON name of the type of a decoded ``value``, with its article ("a number",
    "an object", "null"), for a message on a record's field of another type."""
    return _JSON_TYPES.get(type(value), "a number")


def plugin_fault(exc: BaseException) -> bool:
    """Whether ``exc``, raised by plugin code where limner calls it outside an
    annotator's run (importing it, its hooks, an annotator's ``setup``, an option's
    ``validate``, a format's writer), is the plugin's fault: anything but a
    ``KeyboardInterrupt``, which is the user's and stops the run.  ``SystemExit``,
    ``GeneratorExit`` and every other ``BaseException`` that is not an ``Exception``
    (``asyncio.CancelledError`` from a library the plugin runs, a class of its own)
    are the plugin's: they went through limner and ended the run, every other
    plugin's work and the caller's document lost.  (An annotator's run is isolated
    further, see :mod:`limner.isolation`.)

    Every ``except`` of plugin code is ``except BaseException as exc:`` followed by
    ``if not plugin_fault(exc): raise``: the one rule of what is whose."""
    return not isinstance(exc, KeyboardInterrupt)


def never_ran(value: object) -> str | None:
    """What ``value``, returned by plugin code, says of a body that never ran, or ``None``:
    a coroutine (of an ``async def``, which limner calls and never awaits; closed here,
    so that Python does not warn of it at exit), an async generator, or a generator
    where limner reads no result (a setup's: a function with a ``yield``).

    An ``async def setup()`` or a setup with a ``yield`` returned at once without
    loading anything, and its annotator ran without its resources, without a word.
    """
    if isinstance(value, types.CoroutineType):
        value.close()
        return "a coroutine (an async def, which limner never awaits: make it a def)"
    if isinstance(value, types.AsyncGeneratorType):
        return "an async generator (limner never iterates one: make it a def)"
    if isinstance(value, types.GeneratorType):
        return "a generator (a function with a yield, whose body runs only when iterated)"
    return None


def said(exc: BaseException) -> str:
    """What an exception of plugin code says (``str(exc)``, as a str of its own), or,
    when it cannot say it (its ``__str__`` raises, or gives no str), a line saying so:
    naming a plugin's fault is never a fault of its own, which cost the other plugins'
    work."""
    try:
        text = str(exc)
        # (a str of a subclass, which __str__ may give, as a str: its own __eq__ and
        # __hash__, asked when the document's errors are compared, are the plugin's)
        return text if type(text) is str else str.__str__(text)
    except BaseException as inner:
        if not plugin_fault(inner):  # (a KeyboardInterrupt: the user's)
            raise
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
