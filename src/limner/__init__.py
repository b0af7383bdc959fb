"""limner: standoff annotations for English news.

The public API is what this module exports (and :mod:`limner.testing` for
plugin authors); every other module is private and free to change.

>>> import limner
>>> doc = limner.enrich("Nearly 300,000 people returned. Mr. Aliyev spoke.", plugins=[],
...                     kinds=["sentence"])
>>> [doc.text[s.start:s.end] for s in doc.select("sentence")]
['Nearly 300,000 people returned.', 'Mr. Aliyev spoke.']
"""

from __future__ import annotations

import importlib
from importlib import metadata as _metadata
from typing import TYPE_CHECKING, Any

from limner.annotator import AnnotateFunc, Annotator, Segmenter
from limner.cache import cache_dir, cache_lock, cache_scratch, clear_superseded, read_kept
from limner.config import Config, Option
from limner.document import (
    SCHEMA,
    Annotation,
    Document,
    Error,
    Layer,
    Sentence,
    Span,
    builder,
    ref,
)
from limner.encoding import sniff as sniff_encoding
from limner.errors import (
    AnnotatorTimeout,
    ConfigError,
    ContractError,
    InputError,
    LimnerError,
    PlanError,
    PluginWarning,
    json_type,
)
from limner.formats import Format, load, save
from limner.formats.tabular import frame
from limner.hookspecs import hookimpl, hookspec
from limner.pipeline import Enricher, Timing, enrich, plan
from limner.plugins import ENTRY_POINT_GROUP, PluginInfo, PluginManager
from limner.segment import line_feeds, plain_spaces, visible_text

if TYPE_CHECKING:  # (imported when first asked for: a start that uses none pays none)
    from limner.compiled import lazy_regex, pattern_cache
    from limner.sums import FileSum, file_sums

#: The names of the public API imported when first asked for, by module.
_LATER = {"FileSum": "limner.sums", "file_sums": "limner.sums", "pattern_cache": "limner.compiled",
          "lazy_regex": "limner.compiled"}


def __getattr__(name: str) -> Any:
    """``limner.__version__``: the installed distribution's version, as ``limner
    --version`` prints it, read when first asked (some 2 ms, not paid by every import);
    and the names of :data:`_LATER`, imported when first asked for."""
    if name in _LATER:
        value = getattr(importlib.import_module(_LATER[name]), name)
        globals()[name] = value
        return value
    if name == "__version__":
        try:
            version = _metadata.version("limner")
        except _metadata.PackageNotFoundError:  # (sources on the path, never installed)
            version = "0+unknown"
        globals()["__version__"] = version
        return version
    raise AttributeError(f"module 'limner' has no attribute {name!r}")


__all__ = [
    "ENTRY_POINT_GROUP",
    "SCHEMA",
    "AnnotateFunc",
    "Annotation",
    "Annotator",
    "AnnotatorTimeout",
    "Config",
    "ConfigError",
    "ContractError",
    "Document",
    "Enricher",
    "Error",
    "FileSum",
    "Format",
    "InputError",
    "Layer",
    "LimnerError",
    "Option",
    "PlanError",
    "PluginInfo",
    "PluginManager",
    "PluginWarning",
    "Segmenter",
    "Sentence",
    "Span",
    "Timing",
    "builder",
    "cache_dir",
    "cache_lock",
    "cache_scratch",
    "clear_superseded",
    "enrich",
    "file_sums",
    "frame",
    "hookimpl",
    "hookspec",
    "json_type",
    "lazy_regex",
    "line_feeds",
    "load",
    "pattern_cache",
    "plain_spaces",
    "plan",
    "read_kept",
    "ref",
    "save",
    "sniff_encoding",
    "visible_text",
]
