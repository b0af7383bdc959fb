"""The conformance kit: laws every limner plugin must obey, and the checks.

Each law has a name that a :class:`ConformanceError` quotes, with the plugin,
the annotator and the text that broke it:

- ``hooks return what they promise``: every hook result is well formed (the
  engine would disable the plugin with a :class:`~limner.PluginWarning`);
- ``options carry the plugin's prefix``: option names start with ``<plugin>.``;
- ``validate returns the value``: an option's ``validate`` returns the value
  (possibly normalized), never ``None`` for a value that is not ``None``;
- ``never raises``: an annotator returns, whatever the text (its ``setup`` too);
- ``ends in time``: an annotator returns within :func:`check_plugin`'s
  ``time_limit`` (:data:`TIME_LIMIT`) on every text: one that loops for ever on
  a troublemaker (an index that a ``\r`` never moves on) made the kit hang, where
  it names the plugin and the text;
- ``returns annotations``: only :class:`~limner.Annotation` and
  :class:`~limner.Layer` objects, with spans that fit the text;
- ``declares what it returns``: only kinds named in ``produces``;
- ``keeps its kind's form``: an annotation of a kind a plugin gives a class
  (``location``, ``target``...) or the schema has rules for fits them;
- ``references resolve``: every :func:`~limner.ref` field holds the id of an
  annotation of the document;
- ``reads without changing``: the document an annotator reads is unchanged;
- ``ids unique``, ``has a source``, ``JSON values``: what the store promises;
- ``deterministic``: the same text gives an equal document;
- ``JSON round trip``: the JSON form loads back to an equal document.
"""

from __future__ import annotations

import functools
import types
import warnings
from collections.abc import Iterable, Sequence
from typing import Any

import pluggy
from hypothesis import HealthCheck, given, settings
from hypothesis import seed as fixed_seed
from hypothesis import strategies as st

from limner.annotator import Annotator
from limner.config import Option
from limner.deadline import call_with_timeout
from limner.document import Document, ref_fields
from limner.errors import AnnotatorTimeout, LimnerError, PluginWarning
from limner.isolation import (
    UserInterrupt,
    check_results,
    checkpoint,
    marked_interrupts,
    read_only,
    store_results,
)
from limner.pipeline import Enricher, _split_results, read_out
from limner.plugins import PluginManager
from limner.testing._strategies import TROUBLEMAKERS, nasty_texts, news_texts
from limner.testing._strategies import texts as any_texts

__all__ = [
    "DEFAULT_EXAMPLES",
    "DEFAULT_SEED",
    "TIME_LIMIT",
    "ConformanceError",
    "check_annotations",
    "check_document",
    "check_plugin",
]

#: How many generated texts :func:`check_plugin` tries by default (besides the
#: troublemakers and the texts given).
DEFAULT_EXAMPLES = 100
#: The seed of the generated texts: the same texts in every run, unless changed.
DEFAULT_SEED = 12
#: The seconds :func:`check_plugin` gives one annotator on one text by default (law
#: ``ends in time``); a plugin's ``setup`` runs before, outside it.
TIME_LIMIT = 60.0


class ConformanceError(AssertionError):
    """A plugin broke one of the laws; the message names the law, the plugin
    and the text, and a plugin's own exception is the ``__cause__``."""


def _shown(text: str) -> str:
    return repr(text) if len(text) <= 200 else f"{text[:200]!r}... ({len(text)} characters)"


def _broken(law: str, who: str, text: str | None, detail: str) -> ConformanceError:
    on = "" if text is None else f" on text {_shown(text)}"
    return ConformanceError(f"law {law!r} broken by {who}{on}: {detail}")


def _who(annotator: Annotator) -> str:
    return f"plugin {annotator.plugin!r} (annotator {annotator.name!r})"


def check_annotations(doc: Document) -> None:
    """Every annotation's span lies in the text; ids unique; sources set;
    fields JSON values; every :func:`~limner.ref` field points at an annotation
    of the document.

    Raises:
        ConformanceError: naming the law and the offending annotation.
    """
    import json

    n = len(doc.text)
    ids = {a.id for a in doc.annotations}
    seen: set[str] = set()
    for a in doc.annotations:
        who = f"plugin {a.source!r}"
        if not (0 <= a.start <= a.end <= n):
            raise _broken(
                "returns annotations",
                who,
                None,
                f"{a.id} [{a.start}, {a.end}) lies outside the text of {n} characters",
            )
        if a.id in seen:
            raise _broken("ids unique", who, None, f"duplicate id {a.id}")
        seen.add(a.id)
        if not a.source:
            raise _broken("has a source", "an unknown plugin", None, f"{a.id} has no source")
        try:
            json.dumps(a.to_dict(), allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise _broken(
                "JSON values", who, None, f"{a.id} ({a.kind}) is not JSON-serializable: {exc}"
            ) from None
        for name in ref_fields(type(a)):
            value = getattr(a, name)
            if value not in (None, "") and value not in ids:
                raise _broken(
                    "references resolve",
                    who,
                    None,
                    f"{a.id} ({a.kind}) has {name}={value!r}, which is no annotation of the "
                    "document",
                )
    for name, layer in doc.layers.items():
        prev = -1
        for s, e in layer:
            if not (0 <= s <= e <= n) or s < prev:
                raise _broken(
                    "returns annotations",
                    f"plugin {layer.source!r}",
                    None,
                    f"layer {name}: span [{s}, {e}) out of bounds or order",
                )
            prev = s


def check_document(enricher: Enricher, text: str) -> Document:
    """Enrich ``text`` and check every law on the result.

    Each annotator is run on its own first, so that an exception it raises
    comes out as the ``__cause__`` of the :class:`ConformanceError` instead of
    an entry in ``doc.errors``.  Then: annotations in bounds and references
    resolved (:func:`check_annotations`); the engine, run twice, gives an
    equal document with no errors (deterministic); the JSON form round-trips
    to an equal document.

    Returns:
        The enriched document.

    Raises:
        ConformanceError: naming the law, the plugin, the annotator and the text.
    """
    doc = _enrich_watching(enricher, text)
    try:
        check_annotations(doc)
    except ConformanceError as exc:
        raise ConformanceError(f"{exc} (text {_shown(text)})") from None
    again = enricher.enrich(text)
    if again.errors:
        e = again.errors[0]
        raise _broken(
            "never raises",
            f"plugin {e.plugin!r} (annotator {e.annotator!r})",
            text,
            f"the engine recorded {e.type}: {e.message}",
        )
    if again != doc or enricher.enrich(text) != again:
        raise _broken(
            "deterministic",
            f"plugins {', '.join(sorted({a.plugin for a in enricher.annotators}))}",
            text,
            "two runs on the same text give different documents",
        )
    back = Document.from_json(doc.to_json(), enricher.manager.kinds())
    if back != doc:
        if back.text != doc.text:
            raise _broken(
                "JSON round trip", "limner itself", text, "the text does not survive its JSON form"
            )
        changed = next(
            (a for a, b in zip(doc.annotations, back.annotations, strict=False) if a != b), None
        )
        who = f"plugin {changed.source!r}" if changed is not None else "the plugins"
        raise _broken("JSON round trip", who, text, f"{changed!r} loads back as something else")
    return doc


def _enrich_watching(enricher: Enricher, text: str) -> Document:
    """Run each annotator as the engine does, raising at the first broken law (a real
    Ctrl-C is the user's, as in the engine: it was taken for the plugin's own
    ``KeyboardInterrupt``, a broken law, and the test run went on)."""
    with marked_interrupts():
        return _watched(enricher, text)


def _watched(enricher: Enricher, text: str) -> Document:
    doc = Document(text=text)
    for annotator in enricher.annotators:
        who = _who(annotator)
        before = repr(doc.to_dict())
        mark = checkpoint(doc)
        try:
            view = read_only(doc)
            if enricher.timeout is None:
                results = read_out(iter(annotator(view)))
            else:
                results = call_with_timeout(
                    functools.partial(_listed, annotator, view), enricher.timeout, annotator.name
                )
        except AnnotatorTimeout as exc:
            raise _broken(
                "ends in time", who, text, f"it ran past {enricher.timeout:g} s"
            ) from exc
        except UserInterrupt:
            raise
        except BaseException as exc:  # the plugin's own fault, whatever it is
            raise _broken("never raises", who, text, f"{type(exc).__name__}: {exc}") from exc
        if repr(doc.to_dict()) != before:
            raise _broken("reads without changing", who, text, "it changed the document")
        try:
            annotations, layers = _split_results(results)
        except TypeError as exc:
            raise _broken("returns annotations", who, text, str(exc)) from exc
        try:
            annotations = check_results(annotator, doc, annotations, layers, mark)
        except LimnerError as exc:
            law = (
                "references resolve"
                if "neither an annotation" in str(exc)
                else (
                    "reads without changing"
                    if "changed the feature" in str(exc) or "changed the field" in str(exc)
                    else (
                        "keeps its kind's form"
                        if "the batch's annotation" in str(exc)
                        else (
                            "JSON round trip"
                            if "the to_dict of" in str(exc)
                            else "declares what it returns"
                        )
                    )
                )
            )
            raise _broken(law, who, text, str(exc)) from exc
        try:
            store_results(annotator, doc, annotations, layers)
        except ValueError as exc:
            raise _broken("returns annotations", who, text, str(exc)) from exc
    return doc


def _listed(annotator: Annotator, doc: Document) -> list[Any]:
    """What ``annotator`` returns for ``doc``, as a list (a generator run to its end, a
    piece at a time, so that the time limit is heard: :func:`limner.pipeline.read_out`)."""
    return read_out(iter(annotator(doc)))


def _plugin_name(plugin: object) -> str:
    if isinstance(plugin, types.ModuleType):
        return plugin.__name__.rpartition(".")[2].removeprefix("limner_")
    return type(plugin).__name__.lower()


def _enricher(
    plugins: object,
    name: str | None,
    config: dict[str, Any] | None,
    timeout: float | None = None,
) -> tuple[Enricher, list[str]]:
    """The enricher of the plugins under test, and their names; hook laws checked."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", PluginWarning)
        if isinstance(plugins, str) or (
            isinstance(plugins, Sequence) and all(isinstance(p, str) for p in plugins)
        ):
            names = [plugins] if isinstance(plugins, str) else list(plugins)
            if not names:  # (it checked nothing, and passed)
                raise ValueError("check_plugin() names no plugin to check: give its name")
            manager = PluginManager(names)
        else:
            manager = PluginManager(plugins=[])
            names = [name or _plugin_name(plugins)]
            try:
                manager.register(plugins, names[0])
            except pluggy.PluginValidationError as exc:  # a hook that cannot be called
                raise _broken(
                    "hooks return what they promise", f"plugin {names[0]!r}", None, str(exc)
                ) from exc

        _check_options(manager, names)
        try:
            enricher = Enricher(manager=manager, config=config, timeout=timeout)
        except LimnerError as exc:
            raise _broken(
                "hooks return what they promise", f"plugins {', '.join(names)}", None, str(exc)
            ) from exc
        manager.kinds(), manager.formats()
    for w in caught:
        if any(f"{n!r}" in str(w.message) for n in names):
            raise _broken(
                "hooks return what they promise",
                f"plugin(s) {', '.join(names)}",
                None,
                str(w.message),
            )
    unknown = [n for n in names if n not in manager.names()]
    if unknown:
        raise _broken(
            "hooks return what they promise",
            f"plugin {unknown[0]!r}",
            None,
            "it is not installed or failed to load",
        )
    return enricher, names


def _check_options(manager: PluginManager, names: Sequence[str]) -> None:
    """The laws of options, on what the plugins' ``limner_config_options`` return (before
    the engine reads it: it disables a plugin whose option's own default is refused,
    which the kit names by this law).  A result that is no list of options is left to
    the law of hooks."""
    for plugin, options in manager.call_each("limner_config_options"):
        if plugin not in names or not isinstance(options, list | tuple):
            continue
        who = f"plugin {plugin!r}"
        for option in options:
            if not isinstance(option, Option) or not isinstance(option.name, str):
                continue
            if not option.name.startswith(f"{plugin}."):
                raise _broken(
                    "options carry the plugin's prefix",
                    who,
                    None,
                    f"option {option.name!r} should be named {plugin}.<option>",
                )
            problem = option.default_problem()
            if problem is not None:
                raise _broken(
                    "validate returns the value",
                    who,
                    None,
                    f"option {option.name!r}: its own default is refused: {problem}; "
                    "return the value (normalized if need be) or raise ValueError",
                )


def check_plugin(
    plugins: object,
    *,
    texts: Iterable[str] = (),
    examples: int | Iterable[str] = DEFAULT_EXAMPLES,
    seed: int = DEFAULT_SEED,
    config: dict[str, Any] | None = None,
    name: str | None = None,
    max_examples: int | None = None,
    time_limit: float | None = TIME_LIMIT,
) -> None:
    """Check a plugin on the troublemakers, the given texts and generated texts.

    Deterministic: the same ``seed`` draws the same texts in every run.

    Args:
        plugins: the entry-point name of an installed plugin, several names
            of plugins that work together, or a plugin object or module
            registered in code (before it is packaged).
        texts: texts to check first, typical of what it annotates.
        examples: how many generated texts to try (:data:`DEFAULT_EXAMPLES`).
            A list of texts is taken as ``texts``, as earlier versions did.
        seed: the seed of the generated texts (:data:`DEFAULT_SEED`).
        config: option values for the enricher.
        name: the name to register a plugin object under (default: a
            module's name without ``limner_``, or the class name lower-cased);
            its options must start with it.
        max_examples: the older name of ``examples``.
        time_limit: the seconds one annotator may spend on one text (law ``ends in
            time``; ``None``: no limit).  Each ``setup`` runs first, outside it.

    Raises:
        ConformanceError: a law is broken; the message names the law, the
            plugin and the (shrunk) text, and a plugin's own exception is its
            ``__cause__``.
    """
    given_texts = list(texts)
    if isinstance(examples, int):
        count = examples
    else:
        given_texts.extend(examples)
        count = DEFAULT_EXAMPLES
    if max_examples is not None:
        count = max_examples
    enricher, _ = _enricher(plugins, name, config, time_limit)
    enricher.setup()  # (what it builds is not timed, as in the engine)
    for annotator in enricher.annotators:
        failed = enricher.setup_errors.get(annotator.name)
        if failed is not None:
            raise _broken("never raises", _who(annotator), None, f"its {failed.message}")
    for text in given_texts:
        check_document(enricher, text)

    def generated(text: str) -> None:
        check_document(enricher, text)

    test = given(st.one_of(any_texts(), news_texts(), nasty_texts()))(generated)
    test = settings(
        max_examples=max(count, 1),
        deadline=None,
        database=None,
        report_multiple_bugs=False,
        suppress_health_check=list(HealthCheck),
    )(test)
    if count > 0:
        fixed_seed(seed)(test)()  # first, so that what it finds is shrunk
    for text in TROUBLEMAKERS:
        check_document(enricher, text)
