"""The enrichment engine: plan the annotators, run them, isolate their faults.

:class:`Enricher` asks the plugin manager for annotators, orders them from
their ``produces``/``requires``/``uses`` declarations (ties broken by name,
so the order never depends on how plugins were loaded) and runs them on each
document.  An annotator that raises, or runs past ``timeout``, becomes an
entry in ``doc.errors``; annotators that require what it produces are skipped
with the reason; every other annotation is kept.
"""

from __future__ import annotations

import contextlib
import difflib
import graphlib
import heapq
import itertools
import sys
import threading
import time
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from limner.annotator import Annotator
from limner.collector import held_back
from limner.config import Config, _owned, name_list, resolve_config
from limner.document import Annotation, Document, Error, Layer, blank_document
from limner.errors import (
    ConfigError,
    ContractError,
    PlanError,
    PluginWarning,
    never_ran,
    plugin_fault,
    plugin_filters,
    said,
)
from limner.isolation import (
    Checkpoint,
    UserInterrupt,
    check_results,
    checkpoint,
    is_view,
    marked_interrupts,
    read_only,
    restore_stop_handlers,
    rollback,
    run_begun,
    run_ended,
    stop_handlers,
    store_results,
    who,
)
from limner.plugins import PluginManager

__all__ = [
    "Enricher",
    "Timing",
    "enrich",
    "name_clashes",
    "plan",
    "select",
    "unrunnable",
]


def select(annotators: Sequence[Annotator], kinds: Iterable[str] | None = None) -> list[Annotator]:
    """The annotators to run: those wanted, and the on-demand ones they need.

    Wanted are the producers of ``kinds`` when given, else every annotator
    that is not on demand; then, transitively, the producers of every kind a
    wanted annotator requires or uses.
    """
    producers: dict[str, list[Annotator]] = {}
    for a in annotators:
        for kind in a.produces:
            producers.setdefault(kind, []).append(a)
    if kinds is None:
        todo = [a for a in annotators if not a.on_demand]
    else:
        todo = [p for k in kinds for p in producers.get(k, ())]
    chosen: dict[str, Annotator] = {}
    while todo:
        a = todo.pop()
        if a.name in chosen:
            continue
        chosen[a.name] = a
        for kind in (*a.requires, *a.uses):
            todo.extend(producers.get(kind, ()))
    return [a for a in annotators if a.name in chosen]


def plan(annotators: Sequence[Annotator]) -> list[Annotator]:
    """Order annotators so each runs after the producers of what it needs.

    Raises:
        PlanError: two annotators share a name, a required kind has no
            producer, or the declarations form a cycle; the message names the
            annotators involved.
    """
    by_name: dict[str, Annotator] = {}
    for a in annotators:
        if a.name in by_name:
            raise PlanError(
                f"two annotators are named {a.name!r} (plugins {by_name[a.name].plugin!r} "
                f"and {a.plugin!r}); disable one of the plugins"
            )
        by_name[a.name] = a
    producers = _producers(annotators)
    for a in annotators:
        for kind in a.requires:
            if kind not in producers:
                raise PlanError(
                    f"annotator {a.name!r} (plugin {a.plugin!r}) requires kind {kind!r}, "
                    f"which no enabled annotator produces{near_misses([kind], producers)}; "
                    f"enable a plugin that produces it or disable {a.plugin!r}"
                )
    deps = _dependencies(annotators, producers)
    sorter = graphlib.TopologicalSorter(deps)
    try:
        sorter.prepare()
    except graphlib.CycleError:
        stuck = _unorderable(deps)
        raise PlanError(
            f"annotators {', '.join(stuck)} form a cycle: {_cycle(deps, stuck)}"
        ) from None
    ready: list[str] = []
    order: list[Annotator] = []
    while sorter.is_active():
        for name in sorter.get_ready():
            heapq.heappush(ready, name)
        name = heapq.heappop(ready)  # ties go by name, whatever the load order
        order.append(by_name[name])
        sorter.done(name)
    return order


def near_misses(missing: Iterable[str], made: Iterable[str]) -> str:
    """What a message about kinds ``missing`` (not among those ``made``) adds when a kind
    made differs from one of them only in case or in how its characters are composed
    (``"café"`` as one code point or as ``e`` and a combining accent: the two print
    alike, and "requires kind 'café', which no enabled annotator produces" beside a
    plugin that makes 'café' said nothing of why); ``""`` when none does."""
    folded: dict[str, str] = {}
    for kind in made:
        folded.setdefault(_folded(kind), kind)
    near = [(m, folded[_folded(m)]) for m in missing if _folded(m) in folded]
    if not near:
        return ""
    return " (" + "; ".join(
        f"{m!a} differs from the kind made {k!a} only in case or in how its "
        "characters are composed" for m, k in near
    ) + ")"


def _folded(kind: str) -> str:
    return unicodedata.normalize("NFKC", kind).casefold()


def _unorderable(deps: Mapping[str, set[str]]) -> list[str]:
    """The annotators in a cycle, or needing one, sorted: those no order can place."""
    placed: set[str] = set()
    grew = True
    while grew:
        grew = False
        for name, needs in deps.items():
            if name not in placed and needs <= placed:
                placed.add(name)
                grew = True
    return sorted(set(deps) - placed)


def name_clashes(
    annotators: Sequence[Annotator], claim: Callable[[Annotator], Any]
) -> list[tuple[Annotator, str]]:
    """The annotators that lose a name they share with another, each with what it did.

    Of the annotators of one name, the one whose ``claim`` sorts first keeps it
    (:meth:`PluginManager.claim <limner.plugins.PluginManager.claim>`: of a
    built-in, of a plugin asked for, named after its own plugin, then by plugin
    name); load order never decides.
    """
    keeper: dict[str, Annotator] = {}
    for a in sorted(annotators, key=claim):
        keeper.setdefault(a.name, a)
    return [(a, _clash(a, keeper[a.name])) for a in annotators if keeper[a.name] is not a]


def _clash(a: Annotator, kept: Annotator) -> str:
    """What :func:`name_clashes` says of ``a``, whose name ``kept`` keeps: another plugin's
    annotator, or one of its own plugin's (which was said as another's, the plugin told
    to disable itself for it)."""
    if kept.plugin == a.plugin:
        return (
            f"has the name of another annotator of its own plugin, which runs instead (each "
            f"annotator of plugin {a.plugin!r} needs a name of its own)"
        )
    return f"is named as an annotator of plugin {kept.plugin!r}, which runs instead"


def unrunnable(
    annotators: Sequence[Annotator], asked: Callable[[Annotator], bool]
) -> list[tuple[Annotator, str]]:
    """The annotators no plan can run, each with what is wrong, in the order found.

    Unmet are those that require a kind nobody among the others makes; stuck
    those in a cycle of ``requires`` and ``uses``, or needing one.  An annotator
    for which ``asked`` is true is reported only when no other can be left out
    instead (dropping the others of a cycle may free it).  Leaving one out can
    leave others unmet in turn; they are included.
    """
    out: list[tuple[Annotator, str]] = []
    live = list(annotators)
    while True:
        made = {k for a in live for k in a.produces}
        bad = []
        for a in live:
            missing = [k for k in a.requires if k not in made]
            if missing:
                kinds = ", ".join(map(repr, missing))
                problem = (
                    f"requires kind {kinds}, which no enabled annotator produces"
                    f"{near_misses(missing, made)}"
                )
                bad.append((a, problem))
        if not bad:
            bad = _stuck(live, asked)
        if not bad:
            return out
        out.extend(bad)
        gone = {id(a) for a, _ in bad}
        live = [a for a in live if id(a) not in gone]


def _stuck(
    annotators: Sequence[Annotator], asked: Callable[[Annotator], bool]
) -> list[tuple[Annotator, str]]:
    """The annotators in a cycle, or needing one, with the cycle (those ``asked`` for
    only when nothing else is stuck)."""
    deps = _dependencies(annotators)
    stuck = _unorderable(deps)
    if not stuck:
        return []
    detail = _cycle(deps, stuck)
    found = [a for a in annotators if a.name in stuck]
    chosen = [a for a in found if not asked(a)] or found
    return [(a, f"is in a cycle: {detail}") for a in chosen]


def _warn_unmade_kinds(
    manager: PluginManager, config: Config, made: set[str], defined: Mapping[str, Any]
) -> None:
    """Warn of each kind that an option of kinds (``Option(kinds=True)``) names and no
    enabled plugin makes or defines a class of, nor an installed one, unless the
    option's default names it (a kind a plugin is awaited for): ``locaton`` for
    ``location`` was read as a kind the caller's annotations might hold, and the option
    did nothing, without a word.  ``made``: the kinds the enabled plugins make;
    ``defined``: those they define a class of (:meth:`~limner.PluginManager.kinds`, as
    the Enricher read them)."""
    elsewhere: dict[str, set[str]] | None = None  # (made by plugins not enabled: asked once)
    for option in (o for o in manager.options().values() if o.kinds):
        awaited = set(name_list(option.default, "it") or ())
        named = name_list(config.get(option.name), option.name) or ()
        unmade = [k for k in named if k not in made and k not in awaited and k not in defined]
        if unmade and elsewhere is None:
            elsewhere = manager._not_enabled_kinds()
        unmade = [k for k in unmade if k not in (elsewhere or {})]
        if unmade:
            # the kind meant may be one a plugin not enabled makes, or one awaited:
            # ``locaton`` with the sentiment plugin alone is ``location``
            known = sorted(made | awaited | defined.keys() | (elsewhere or {}).keys())
            close = {k: difflib.get_close_matches(k, known, n=1, cutoff=0.8) for k in unmade}
            said = ", ".join(
                repr(k) + (f" (did you mean {close[k][0]!r}?)" if close[k] else "")
                for k in unmade
            )
            warnings.warn(
                f"option {option.name!r} names {said}, which no installed plugin makes: "
                f"only annotations the caller gives can be of it; the kinds the enabled "
                f"plugins make: "
                f"{', '.join(sorted(made))}",
                PluginWarning,
                stacklevel=3,
            )


def _class_clashes(
    annotators: Sequence[Annotator],
    unused: Mapping[tuple[str, str], tuple[str, type[Annotation], type[Annotation]]],
) -> list[tuple[Annotator, str]]:
    """The annotators that make a kind their plugin defines a class of, where another
    plugin that makes it too defines the class used (``unused``, from
    :meth:`~limner.PluginManager.unused_classes`): one kind has one class, which reads
    every annotation of it back, and theirs would load as the other's."""
    out = []
    for a in annotators if unused else ():
        kind = next((k for k in a.produces if (a.plugin, k) in unused), None)
        if kind is not None:
            owner, own, used = unused[(a.plugin, kind)]
            out.append((a, (
                f"makes kind {kind!r} as {own.__qualname__}, but plugin {owner!r}, which "
                f"makes it too, defines it as {used.__qualname__}, the class that reads "
                f"every {kind!r} back (one kind has one class)"
            )))
    return out


def _producers(annotators: Sequence[Annotator]) -> dict[str, set[str]]:
    """Each kind the annotators produce -> the names of those that produce it."""
    producers: dict[str, set[str]] = {}
    for a in annotators:
        for kind in a.produces:
            producers.setdefault(kind, set()).add(a.name)
    return producers


def _dependencies(
    annotators: Sequence[Annotator], producers: Mapping[str, set[str]] | None = None
) -> dict[str, set[str]]:
    """Each annotator's name -> the names of the others that produce a kind it requires
    or uses: what must run before it (``producers``, when given, is
    :func:`_producers` of the same annotators).  An annotator that requires a kind it
    produces itself needs itself: a cycle of one, which no order can place (it read
    none of what it requires, without a word)."""
    if producers is None:
        producers = _producers(annotators)
    deps: dict[str, set[str]] = {a.name: set() for a in annotators}
    for a in annotators:
        for kind in a.uses:  # (an annotator may use its own kind: none is there yet)
            deps[a.name].update(producers.get(kind, set()) - {a.name})
        for kind in a.requires:  # its own: a cycle of one, as it cannot run before itself
            deps[a.name].update(producers.get(kind, ()))
    return deps


def _cycle(deps: dict[str, set[str]], stuck: Sequence[str]) -> str:
    """What each annotator of a cycle needs of the others, for a message."""
    held = set(stuck)
    return "; ".join(
        f"{n} requires a kind it produces itself"
        if n in deps[n]
        else f"{n} needs {', '.join(sorted(deps[n] & held))}"
        for n in sorted(held)
    )


@attrs.define
class Timing:
    """Time spent by one annotator: calls and seconds, summed."""

    calls: int = 0
    seconds: float = 0.0


class Enricher:
    """Enriches texts with the annotations of the enabled plugins.

    Args:
        plugins: names of the entry-point plugins to enable (all installed
            when ``None``); built-ins (``segment``, ``formats``, ``html``)
            load unless disabled.  Here, in ``disable`` and in ``kinds``,
            names come as strs or as one comma-separated str
            (``"numbers,quotes"``).
        config: option values, validated against what the plugins declare.
        disable: names of plugins not to load.
        manager: a ready :class:`~limner.plugins.PluginManager` (then
            ``plugins`` and ``disable`` must be ``None``).
        kinds: run only what it takes to produce these kinds (``None``:
            every annotator of the enabled plugins, and the on-demand ones,
            such as the segmenter's, that they need).
        timeout: seconds one annotator may spend on one document before it
            is stopped and recorded as an error, its results discarded, in
            any thread (see :mod:`limner.deadline`; ``None``: no limit).
            Resource loading (each annotator's ``setup``) does not count.
            A positive finite number.

    An annotator that cannot run (its required kinds no enabled annotator
    makes, it is in a cycle of requirements, or another plugin's annotator has
    its name and keeps it, see :func:`name_clashes`) is left out with a
    :class:`~limner.PluginWarning` when its plugin is merely installed;
    ``notes`` then holds an error of type ``Skipped`` for it, which every
    enriched document gets in its ``errors``.

    Raises:
        PlanError: ``kinds`` names no kind (``""``), no enabled annotator
            makes one of ``kinds``, or an annotator of a plugin asked for by
            name (``plugins``, registered in code) or making one of ``kinds``
            cannot run.
        ConfigError: an unknown option or an invalid value.
    """

    def __init__(
        self,
        plugins: str | Iterable[str] | None = None,
        config: Mapping[str, Any] | None = None,
        *,
        disable: str | Iterable[str] | None = None,
        manager: PluginManager | None = None,
        kinds: str | Iterable[str] | None = None,
        timeout: float | None = None,
    ) -> None:
        if manager is not None and (plugins is not None or disable is not None):
            raise ValueError("pass either manager or plugins/disable, not both")
        if manager is not None and not isinstance(manager, PluginManager):  # (a bare
            # AttributeError: "'str' object has no attribute 'config'")
            raise TypeError(
                f"manager takes a limner.PluginManager, not {type(manager).__name__} "
                f"{manager!r:.40} (plugins= takes plugin names)"
            )
        plugins, disable = name_list(plugins, "plugins"), name_list(disable, "disable")
        self._given_manager = manager is not None
        self.manager = manager or PluginManager(plugins, disable)
        self.config: Config = self.manager.config(config)
        self._given_config = _owned(config or {})
        self._plugins = plugins
        self._disable = disable
        self.timeout = _checked_timeout(timeout)
        self.kinds = name_list(kinds, "kinds")
        available = self.manager.annotators(self.config)
        self._made = {k for a in available for k in a.produces}  # (for a plan's errors)
        # its plugins' classes, known as their kinds' from now on, read once: each
        # reading warns of a kind two plugins define
        defined, unused = self.manager._kinds()
        _warn_unmade_kinds(self.manager, self.config, self._made, defined)
        if self.kinds is not None:
            made = self._made
            if not self.kinds:  # ("" or ","): a run that would make nothing, silently
                raise PlanError(
                    f"kinds names no kind (left out, every kind is made); kinds made: "
                    f"{', '.join(sorted(made))}"
                )
            unknown = sorted(set(self.kinds) - made)
            if unknown:
                raise PlanError(
                    f"no enabled plugin makes {', '.join(map(repr, unknown))}"
                    f"{near_misses(unknown, made)}; kinds made: {', '.join(sorted(made))}"
                    f"{self.manager.not_enabled_makers(unknown)}"
                )
        self.notes: list[Error] = []
        clashes = name_clashes(
            available, lambda a: self.manager.claim(a.plugin, a.name, self._asked(a))
        ) + _class_clashes(available, unused)
        if clashes:
            self._leave_out(clashes)
            gone = {id(a) for a, _ in clashes}
            available = [a for a in available if id(a) not in gone]
        chosen = select(available, self.kinds)
        dropped = self._leave_out(unrunnable(chosen, self._asked))
        if dropped:
            chosen = select([a for a in available if id(a) not in dropped], self.kinds)
        self.annotators: list[Annotator] = plan(chosen)
        self.timings: dict[str, Timing] = {a.name: Timing() for a in self.annotators}
        self._last = threading.local()  # (last_timings: each thread's own last call)
        self._set_up = False
        self._setup_errors: dict[str, Any] = {}
        self._setup_lock = threading.Lock()
        #: the thread whose setups are under way, and the annotator whose setup it runs
        self._in_setup: tuple[int, Annotator] | None = None

    def setup(self, report: Callable[[str, str], None] | None = None) -> dict[str, float]:
        """Run every annotator's ``setup`` (loading or building its resources), once.

        :meth:`enrich` calls it before the first document, outside the
        ``timeout``; call it yourself to pay the cost up front (before
        forking workers, or at a service's start).  An annotator whose setup
        fails is recorded in each document's ``errors`` and not run.

        Args:
            report: called as ``report(name, "start")`` before a setup that
                has not run yet, and ``report(name, "done")`` or
                ``report(name, "failed: <reason>")`` after it.

        Returns:
            Seconds spent per annotator whose setup ran in this call.
        """
        spent: dict[str, float] = {}
        held = self._in_setup
        if held is not None and held[0] == threading.get_ident():
            # (a setup that enriches with this Enricher, limner.enrich() in it among
            # others: it waited for the lock its own thread holds, and the process hung)
            raise RuntimeError(
                f"the setup of annotator {held[1].name!r} (plugin {held[1].plugin!r}) "
                "enriched with the Enricher it sets up, which runs no document before its "
                "setups end; a setup loads resources, it does not enrich"
            )
        with self._setup_lock:  # threads sharing an Enricher set it up once
            if not self._set_up:
                with held_back():  # resources live as long as the process
                    self._run_setups(report, spent)
        return spent

    def _run_setups(
        self, report: Callable[[str, str], None] | None, spent: dict[str, float]
    ) -> None:
        for annotator in self.annotators:
            if annotator.setup is None:
                continue
            if report is not None:
                report(annotator.name, "start")
            t0 = time.perf_counter()
            stops = stop_handlers(hangup=True)  # (SIGHUP's handler too: looked at only here)
            token, running, alone = (-1, -1), False, True
            try:
                token, running = run_begun(), True
                self._in_setup = (threading.get_ident(), annotator)
                try:
                    with plugin_filters():
                        returned = annotator.setup()
                finally:
                    self._in_setup = None
                unrun = never_ran(returned)
                if unrun is not None:
                    raise TypeError(
                        f"the setup of annotator {annotator.name!r} (plugin "
                        f"{annotator.plugin!r}) returned {unrun}; it loaded nothing"
                    )
                alone, running = run_ended(token), False
                changed = restore_stop_handlers(stops, alone)
                if changed is not None:  # (as in an annotator's run: see _run)
                    raise ContractError(
                        f"the setup of annotator {annotator.name!r} (plugin "
                        f"{annotator.plugin!r}) changed {changed}; the change is undone"
                    )
            except BaseException as exc:  # sys.exit() in a setup included
                if not plugin_fault(exc):  # (a KeyboardInterrupt: the user's)
                    raise
                if running:
                    alone, running = run_ended(token), False
                restore_stop_handlers(stops, alone)
                self._setup_errors[annotator.name] = _error(
                    annotator, type(exc).__name__, f"setup failed: {said(exc)}"
                )
                if report is not None:
                    report(annotator.name, f"failed: {type(exc).__name__}: {said(exc)}")
            else:
                if report is not None:
                    report(annotator.name, "done")
            finally:
                if running:  # (a real Ctrl-C: ends the run)
                    run_ended(token)
            spent[annotator.name] = time.perf_counter() - t0
        self._set_up = True

    @property
    def setup_errors(self) -> Mapping[str, Any]:
        """The :class:`~limner.document.Error` of each annotator whose setup failed, by name."""
        return dict(self._setup_errors)

    def _asked(self, annotator: Annotator) -> bool:
        """Whether the user asked for ``annotator``: its plugin by name (``plugins``,
        registered in code), or one of the ``kinds`` it makes."""
        return self.manager.asked_for(annotator.plugin) or bool(
            set(self.kinds or ()) & set(annotator.produces)
        )

    def _leave_out(self, problems: Sequence[tuple[Annotator, str]]) -> set[int]:
        """Leave out the annotators that cannot run, each with what is wrong with it.

        One the user asked for (see :meth:`_asked`) is a :class:`~limner.PlanError`;
        one merely installed is left out with a :class:`~limner.PluginWarning`,
        and every document gets a note of type ``Skipped`` in its ``errors``: an
        installed plugin's mistake costs its own annotators, not the run.

        Returns:
            The ``id()`` of each annotator left out.
        """
        for a, problem in problems:
            unmet_kind = problem.startswith("requires kind")
            if self._asked(a):
                remedy = "enable a plugin that produces it or " if unmet_kind else ""
                hint = (
                    self.manager.not_enabled_makers(k for k in a.requires if k not in self._made)
                    if unmet_kind
                    else ""
                )
                raise PlanError(
                    f"annotator {a.name!r} (plugin {a.plugin!r}) {problem}; "
                    f"{remedy}disable {a.plugin!r}{hint}"
                )
            remedy = "install or enable a plugin that produces it, or " if unmet_kind else ""
            warnings.warn(
                f"limner plugin {a.plugin!r}: annotator {a.name!r} {problem}; it is not run "
                f"({remedy}disable {a.plugin!r})",
                PluginWarning,
                stacklevel=3,
            )
            self.notes.append(
                Error(plugin=a.plugin, annotator=a.name, type="Skipped",
                      message=f"not run: it {problem}")
            )
        return {id(a) for a, _ in problems}

    def __repr__(self) -> str:
        names = ", ".join(a.name for a in self.annotators)
        return f"Enricher([{names}])"

    @property
    def produces(self) -> frozenset[str]:
        """Every kind the enabled annotators produce."""
        return frozenset(k for a in self.annotators for k in a.produces)

    def enrich(
        self,
        text: str | Document,
        id: str | None = None,
        meta: Mapping[str, Any] | None = None,
    ) -> Document:
        """Annotate ``text`` and return the new :class:`~limner.Document`.

        A document passed in is enriched in place with the annotators whose
        kinds it lacks, and returned; the errors of an annotator run again (it
        failed before) are those of this run alone.

        Raises:
            TypeError: ``text`` is neither ``str`` nor a Document, or is a Document
                given with an ``id`` or a ``meta`` other than its own (they were
                dropped); ``id`` is not a str (``0`` included: only ``None`` is
                the id ``""``), or ``meta`` not a mapping.
        """
        if isinstance(text, Document):
            if is_view(text):  # (it failed deep inside, "'tuple' object has no attribute")
                raise TypeError(
                    "enrich() was given the read-only view of a document that an annotator "
                    "reads: an annotator returns its annotations, it does not enrich the "
                    "document it reads (enrich a text of its own: enrich(doc.text))"
                )
            if (id is not None and id != text.id) or (meta is not None and meta != text.meta):
                raise TypeError(
                    "enrich() takes id and meta with a text; a Document has its own (set "
                    "doc.meta, or give them when the Document is made)"
                )
            doc = text
        elif isinstance(text, str):
            doc = _new_document(text, id, meta)
        else:
            raise TypeError(f"enrich() takes a str or a Document, got {type(text).__name__}")
        if doc is not text:  # a new document holds nothing, and no other call has it
            self._enrich(doc, _NONE_DONE, check_values=True)
            return doc
        with _enriching(doc):
            # enriched before, it holds the work of some annotators
            done = _done(doc, self.annotators) if doc.kinds else _NONE_DONE
            if doc.errors:  # those run again fail anew, or not
                again = [a for a in self.annotators if (a.plugin, a.name) not in done]
                _forget_errors(doc, again)
            self._enrich(doc, done, check_values=True)
        return doc

    def _enrich_for_writing(self, text: str, id: str, meta: Mapping[str, Any]) -> Document:
        """:meth:`enrich` of a new document that is written as a JSON line at once.

        The values of annotations are not checked as they are added: the
        encoder of the line checks every value it writes, and a document it
        refuses is enriched again with :meth:`enrich`, which refuses the
        offending annotator's results and records it in ``doc.errors`` (see
        :func:`limner.batch.enriched_line`).
        """
        doc = _new_document(text, id, meta)
        self._enrich(doc, _NONE_DONE, check_values=False)
        return doc

    def _enrich(
        self, doc: Document, done: frozenset[tuple[str, str]], *, check_values: bool
    ) -> None:
        """Set up if need be, note the plugins' notes in ``doc.errors``, and run the
        annotators not ``done`` (see :meth:`_run`)."""
        if not self._set_up:
            self.setup()
        last: dict[str, float] = {}
        self._last.timings = last
        for note in self.notes:
            if note not in doc.errors:
                doc.errors.append(note)
        with marked_interrupts():
            self._run(doc, done, check_values, last)

    @property
    def last_timings(self) -> dict[str, float]:
        """The seconds each annotator spent on this thread's last document (``{}``
        before its first): each thread enriching with the Enricher has its own, so two
        threads at once do not read or clear each other's.  (It was one dict, the
        last started call's, filled by every call under way.)"""
        return getattr(self._last, "timings", {})

    def _run(
        self,
        doc: Document,
        done: frozenset[tuple[str, str]],
        check_values: bool = True,
        last: dict[str, float] | None = None,
    ) -> None:
        """Run the annotators on ``doc``, each isolated from the others (see :meth:`enrich`)."""
        # kind -> the annotators that did not make it, each with whether it ran (and
        # failed) or was skipped: every one of them, not the last alone
        failed: dict[str, list[tuple[Annotator, bool]]] = {}
        view: Document | None = None  # shared by the annotators while doc.errors stays as it is
        # how many errors the document had when the view was made: the view's own are a
        # tuple (see read_only), not the list a Document declares, so they are not read
        view_errors = 0
        # the stopping signals' handlers and the standard streams, read once: each
        # annotator's changes are undone after it, so they are the same before every
        # annotator of the document
        stops = stop_handlers()
        mark: Checkpoint | None = None
        for annotator in self.annotators:
            if done and (annotator.plugin, annotator.name) in done:  # its work is there (_done)
                continue
            missing = [k for k in annotator.requires if k in failed] if failed else None
            if missing:
                message = _not_made(missing, failed, self.annotators)
                doc.errors.append(_error(annotator, "Skipped", message))
                _not_making(failed, annotator, ran=False)
                continue
            if annotator.name in self._setup_errors:
                doc.errors.append(self._setup_errors[annotator.name])
                _not_making(failed, annotator, ran=True)
                continue
            t0 = time.perf_counter()
            mark = checkpoint(doc, mark)  # (the last one lends what it copied)
            if view is None or view_errors != len(doc.errors):
                view = read_only(doc)
                view_errors = len(doc.errors)
            token, running, alone = (-1, -1), False, True
            try:
                token, running = run_begun(), True
                if self.timeout is None:
                    results = _results(annotator(view), annotator)
                else:
                    results = _timed(annotator, view, self.timeout)
                alone, running = run_ended(token), False
                annotations, layers, classes = _split_classes(results)
                checked = check_results(annotator, doc, annotations, layers, mark,
                                        classes=classes)
                if checked is not annotations:  # (some rebuilt as their kind's class)
                    annotations, classes = checked, None
                changed = restore_stop_handlers(stops, alone)
                if changed is not None:
                    raise ContractError(
                        f"annotator {annotator.name!r} (plugin {annotator.plugin!r}) changed "
                        f"{changed}; the change is undone and the batch is refused"
                    )
                store_results(annotator, doc, annotations, layers, check_values=check_values,
                              classes=classes)
            except BaseException as exc:
                # whatever a plugin raises, SystemExit and its own KeyboardInterrupt
                # included, is its failure alone; a real Ctrl-C ends the run
                rollback(doc, mark)
                if running:
                    alone, running = run_ended(token), False
                restore_stop_handlers(stops, alone)
                if isinstance(exc, UserInterrupt):
                    raise
                doc.errors.append(_error(annotator, type(exc).__name__, said(exc)))
                _not_making(failed, annotator, ran=True)
            finally:
                spent = time.perf_counter() - t0
                if last is not None:
                    last[annotator.name] = spent
                timing = self.timings.get(annotator.name)
                if timing is None:
                    timing = self.timings[annotator.name] = Timing()
                timing.calls += 1
                timing.seconds += spent
                if running:
                    run_ended(token)
            if not alone:
                # plugin code ran in another thread meanwhile: what the process's state
                # is now is what the next annotator is held to
                stops = stop_handlers()

    __call__ = enrich

    def pipe(
        self,
        texts: Iterable[str | Document | tuple[str, Mapping[str, Any]]],
        *,
        n_process: int = 1,
        chunksize: int = 16,
    ) -> Iterator[Document]:
        """Enrich many texts, yielding documents in input order.

        Items are texts, Documents, or ``(text, {"id": ..., "meta": ...})``
        pairs; a Document is enriched in place and yielded itself, as
        :meth:`enrich` does.  With ``n_process > 1`` the work is spread over
        worker processes (at most four a CPU, whatever ``n_process`` says:
        more only share the same cores), each of which loads the plugins once, and the
        documents are those of one process (a Document given is handed what
        its copy in a worker was given): an item that cannot be pickled to a worker
        (a Document whose ``meta`` holds a lock, say), or whose document
        cannot be pickled back, is enriched in this process instead, in its
        place; an item that :meth:`enrich` refuses (not a str or a Document,
        a pair whose second item is not a mapping of ``id`` and ``meta``)
        raises its error at its place, after the documents before it.  An item
        whose worker process dies with it (a crash in C code, a signal,
        ``os._exit``; tried again alone first) is given back in its place as it
        was given, with an :class:`~limner.Error` in ``doc.errors`` (``plugin``
        ``"limner"``, ``annotator`` ``"worker"``, ``type`` ``"WorkerDied"``,
        the message saying how it ended), as for an annotator that raised.
        With ``n_process=1`` a crash ends this process, as in any Python code.

        Raises:
            TypeError: ``texts`` is a single text or Document, a mapping (its
                keys are no texts), or not iterable;
                ``n_process`` or ``chunksize`` is not an int (raised at once).
            ValueError: ``n_process`` or ``chunksize`` is less than 1 (raised at once).
        """
        if isinstance(texts, str | bytes | Document | Mapping) or not isinstance(texts, Iterable):
            one = " (one text: use enrich)" if isinstance(texts, str | Document) else ""
            if isinstance(texts, Mapping):  # (its keys were read as the texts, in silence)
                one = (" (a mapping: its keys are no texts; pass (text, {'id': key}) pairs, "
                       "[(t, {'id': k}) for k, t in texts.items()], or its values)")
            raise TypeError(
                f"pipe() takes an iterable of texts, Documents or (text, extra) pairs, got "
                f"{type(texts).__name__}{one}"
            )
        for name, value in (("n_process", n_process), ("chunksize", chunksize)):
            if not isinstance(value, int) or isinstance(value, bool):
                raise TypeError(f"pipe()'s {name} is an int, got {type(value).__name__} {value!r}")
        for name, value in (("n_process", n_process), ("chunksize", chunksize)):
            if value < 1:  # (n_process=-1 is every core elsewhere: not one, in silence)
                raise ValueError(f"pipe()'s {name} is at least 1, got {value}")
        return self._pipe(texts, n_process, chunksize)

    def _pipe(
        self,
        texts: Iterable[str | Document | tuple[str, Mapping[str, Any]]],
        n_process: int,
        chunksize: int,
    ) -> Iterator[Document]:
        if n_process <= 1:
            for item in texts:
                yield self._enrich_item(item)
            return
        from limner.parallel import parallel_enrich

        yield from parallel_enrich(self, texts, n_process=n_process, chunksize=chunksize)

    def _enrich_item(self, item: str | Document | tuple[str, Mapping[str, Any]]) -> Document:
        if isinstance(item, tuple):
            if len(item) != 2 or not isinstance(item[1], Mapping):
                raise TypeError(
                    f"pipe() takes (text, {{'id': ..., 'meta': ...}}) pairs, got a tuple of "
                    f"{len(item)}" + (f" whose second item is {type(item[1]).__name__}"
                                      if len(item) == 2 else "")
                )
            text, extra = item
            unknown = sorted(map(str, set(extra) - _EXTRA_KEYS))
            if unknown:
                raise TypeError(
                    f"pipe()'s (text, extra) pair: extra takes the keys id and meta, not "
                    f"{unknown[0]!r}"
                )
            return self.enrich(text, id=extra.get("id"), meta=extra.get("meta"))
        return self.enrich(item)

    def __reduce__(self) -> tuple[Any, ...]:
        """An Enricher pickles as its :meth:`spec`: it is built anew where it is unpickled
        (its plugins loaded, its setups run before its first document there).  (Its
        plugins' modules do not pickle: "cannot pickle 'module' object" was all it said.)

        Raises:
            TypeError: it was made with a PluginManager, whose plugins (registered in
                code) its spec does not name.
        """
        if self._given_manager:
            raise TypeError(
                "an Enricher made with a PluginManager does not pickle: the plugins "
                "registered in code are not named by its spec(); build one in the other "
                "process, or make it from plugin names, Enricher(**enricher.spec())"
            )
        return (_from_spec, (self.spec(),))

    def __copy__(self) -> Enricher:
        """A shallow copy, sharing the plugins and their resources (as before
        :meth:`__reduce__`, which ``copy.copy`` would read otherwise)."""
        twin = object.__new__(type(self))
        twin.__dict__.update(self.__dict__)
        twin._last = threading.local()  # (its own last_timings)
        return twin

    def spec(self) -> dict[str, Any]:
        """What it takes to build an equal Enricher in another process."""
        return {
            "plugins": self._plugins,
            "disable": self._disable,
            "config": _owned(self._given_config),
            "kinds": self.kinds,
            "timeout": self.timeout,
        }


def _from_spec(spec: Mapping[str, Any]) -> Enricher:
    """The Enricher of ``spec`` (see :meth:`Enricher.__reduce__`)."""
    return Enricher(spec["plugins"], spec["config"], disable=spec["disable"],
                    kinds=spec["kinds"], timeout=spec["timeout"])


#: the keys of the ``extra`` of a ``(text, extra)`` item of :meth:`Enricher.pipe`
_EXTRA_KEYS = frozenset({"id", "meta"})


def _results(returned: Any, annotator: Annotator) -> list[Any]:
    """What ``annotator`` returned, as a list (a generator run to its end).

    Raises:
        TypeError: naming the annotator and what it returned, where an iterable of
            annotations is due: one annotation or layer, a string or a mapping (a str
            was read a character at a time, a dict by its keys), or what is not
            iterable at all (``None``, a ``return`` forgotten, said only "'NoneType'
            object is not iterable").

    A list (the common result) is taken as it is when nothing but this call holds it
    (the annotator made it and kept no hold on it: no one else can see it change), else
    copied, as any other iterable is read into a list of the engine's own.
    """
    if type(returned) is list:
        if sys.getrefcount(returned) == _UNHELD_RESULT:
            return returned
        return returned[:]
    if not isinstance(returned, str | bytes | Mapping | Annotation | Layer):
        try:
            items = iter(returned)
        except TypeError:
            pass
        else:
            return read_out(items)
    forgotten = " (is its return forgotten?)" if returned is None else ""
    unrun = never_ran(returned)
    raise TypeError(
        f"{who(annotator)} returned {unrun or type(returned).__name__}, not an iterable of "
        f"Annotations (and Layers){forgotten}"
    )


#: how many results :func:`read_out` takes from an iterator in one C-level step
_PIECE = 4096


def read_out(items: Iterator[Any]) -> list[Any]:
    """Every item of ``items``, read a piece of :data:`_PIECE` at a time.

    An iterator written in C that never ends (``itertools.repeat(a)``, ``cycle``,
    ``count`` mapped by a C function), read by ``list()``, is one call into C code,
    which neither the time limit nor Ctrl-C interrupts: it filled the memory until a
    ``MemoryError``, or until the system ended the process, the timeout given no say.
    Between two pieces both are heard.  (A generator, the common iterator, runs
    Python code at each item and was always interrupted; a list is not read here.)
    """
    out = list(itertools.islice(items, _PIECE))
    if len(out) < _PIECE:
        return out
    piece = out
    while len(piece) == _PIECE:
        piece = list(itertools.islice(items, _PIECE))
        out += piece
    return out


def _unheld_result_count() -> int | None:
    """What ``sys.getrefcount`` says, inside :func:`_results`, of a list that nothing but
    the call holds (an annotator's result passed straight in), measured on such a list;
    ``None`` (every list copied) where counts do not tell it: an interpreter other than
    CPython, or one without the GIL, whose counts are deferred."""
    gil = getattr(sys, "_is_gil_enabled", None)
    if sys.implementation.name != "cpython" or (gil is not None and not gil()):
        return None
    if sys.gettrace() is not None or sys.getprofile() is not None:
        # a tracer that reads a frame's locals (a debugger stepping through the import)
        # adds a reference: measured so, a list the plugin still holds would pass for one
        # that nothing holds
        return None
    return _count_in_call([])


def _count_in_call(returned: Any, annotator: Any = None) -> int:
    return sys.getrefcount(returned)


_UNHELD_RESULT = _unheld_result_count()


def _split_results(results: list[Any]) -> tuple[list[Annotation], list[Layer]]:
    """An annotator's results as annotations and layers (checked once per class, not per item).

    Raises:
        TypeError: a result is neither an Annotation nor a Layer.
    """
    annotations, layers, _ = _split_classes(results)
    return annotations, layers


def _split_classes(
    results: list[Any],
) -> tuple[list[Annotation], list[Layer], set[type[Annotation]] | None]:
    """:func:`_split_results`, and the classes of the annotations when it read them all
    (results of annotation classes alone, the common case), for the checks and the
    store that follow (``None``: not known)."""
    if not results:
        return [], [], None
    classes = set(map(type, results))
    if len(classes) == 1:  # the common case: one class, checked once
        (cls,) = classes
        if issubclass(cls, Annotation):
            return results, [], classes
        if cls is Layer:
            return [], results, None
    if all(issubclass(c, Annotation) for c in classes):
        return results, [], classes
    annotations = [r for r in results if isinstance(r, Annotation)]
    layers = [r for r in results if isinstance(r, Layer)]
    if len(annotations) + len(layers) != len(results):
        bad = next(r for r in results if not isinstance(r, Annotation | Layer))
        raise TypeError(f"annotator returned {type(bad).__name__}, not an Annotation")
    return annotations, layers, None


#: no annotator's work in the document (a new one)
_NONE_DONE: frozenset[tuple[str, str]] = frozenset()


def _done(doc: Document, annotators: Sequence[Annotator]) -> frozenset[tuple[str, str]]:
    """The annotators (as ``(plugin, name)``) whose work ``doc``, enriched before, holds: it
    holds every kind one produces, each as a layer or as annotations its plugin made,
    or an annotation or a layer made by its plugin of a kind that no other annotator
    of the plugin makes.  Those are not run again.

    Annotations of another plugin or given by the caller (no ``source``: ``target``
    annotations to score; a quote marked by hand in brat, which brat's reader gives the
    source ``brat``) are what an annotator reads,
    not its work, and tell nothing done: caller targets stopped the sentiment plugin's
    ``target-names`` from finding the names it was given, and another plugin's people
    a plugin that finds people too.  A layer stands for the work whoever gave it: a
    document holds one layer of a kind.

    An annotator that makes several kinds need not find each in a text (the quotes, the
    people who speak them, and no sources); a document saved and enriched again lacked
    a kind of it, the annotator ran again, and its quotes and people were added twice.
    An annotation's ``source`` names its plugin, not its annotator, so a kind that two
    annotators of one plugin make tells neither's work: such an annotator, with no kind
    of its own, is judged by its kinds alone, as before (one that was not there when
    the document was made is run).  One whose failure ``doc.errors`` holds is run: its
    kinds, made by another annotator of its plugin, were no sign of its work.  An
    annotator that makes no kind has no work to find, and is run.  Linear in the
    annotations of the kinds asked about and the errors, once per enrichment.
    """
    present = doc.kinds
    by_kind, layers = doc._by_kind, doc._layers
    # the annotators of each plugin that make each kind
    makers: dict[tuple[str, str], int] = {}
    for annotator in annotators:
        for kind in annotator.produces:
            key = (annotator.plugin or annotator.name, kind)
            makers[key] = makers.get(key, 0) + 1
    owned: dict[tuple[str, str], bool] = {}  # whether a plugin made a kind, by both

    def own(source: str, kind: str) -> bool:
        key = (source, kind)
        if key not in owned:
            layer = layers.get(kind)
            owned[key] = (layer is not None and layer.source == source) or any(
                a.source == source for a in by_kind.get(kind, ())
            )
        return owned[key]

    failed = {(e.plugin, e.annotator) for e in doc.errors}
    done: set[tuple[str, str]] = set()
    for annotator in annotators:
        source = annotator.plugin or annotator.name  # (as the engine stamps its results)
        produces = annotator.produces
        if not present.intersection(produces) or (annotator.plugin, annotator.name) in failed:
            continue
        every = set(produces) <= present and all(k in layers or own(source, k) for k in produces)
        if every or any(
            k in present and makers[(source, k)] == 1 and own(source, k) for k in produces
        ):
            done.add((annotator.plugin, annotator.name))
    return frozenset(done)


#: The Documents that enrich() calls are enriching, by ``id()``: each one's lock and the
#: number of calls that hold or wait for it (the entry goes with the last).
_ENRICHING: dict[int, tuple[threading.RLock, list[int]]] = {}
_ENRICHING_GUARD = threading.Lock()


@contextlib.contextmanager
def _enriching(doc: Document) -> Iterator[None]:
    """Hold ``doc`` for one :meth:`Enricher.enrich` call: a call on it in another thread
    waits for this one, then finds its work done, as a call after it does.  (Two at once
    each found the kinds missing and each stored them: every annotation twice.)  The
    same thread takes it again (an annotator that enriches the document its caller
    holds, as it could before); other documents do not wait."""
    key = id(doc)  # (doc lives through the call, so its id names no other)
    with _ENRICHING_GUARD:
        entry = _ENRICHING.get(key)
        if entry is None:
            entry = _ENRICHING[key] = (threading.RLock(), [0])
        entry[1][0] += 1
    try:
        with entry[0]:
            yield
    finally:
        with _ENRICHING_GUARD:
            entry[1][0] -= 1
            if not entry[1][0]:
                del _ENRICHING[key]


def _forget_errors(doc: Document, annotators: Iterable[Annotator]) -> None:
    """Drop from ``doc.errors`` what ``annotators`` (each of its plugin) failed with."""
    names = {(a.plugin, a.name) for a in annotators}
    kept = [e for e in doc.errors if (e.plugin, e.annotator) not in names]
    if len(kept) != len(doc.errors):
        doc.errors[:] = kept


def _not_making(
    failed: dict[str, list[tuple[Annotator, bool]]], annotator: Annotator, ran: bool
) -> None:
    """Note in ``failed`` that ``annotator`` made none of its kinds: it ran and failed
    (``ran``), or was skipped."""
    for kind in annotator.produces:
        failed.setdefault(kind, []).append((annotator, ran))


def _not_made(
    kinds: Sequence[str],
    failed: Mapping[str, Sequence[tuple[Annotator, bool]]],
    annotators: Sequence[Annotator],
) -> str:
    """Why an annotator that requires ``kinds`` is skipped: the annotators that make each
    failed (or were themselves skipped), as ``failed`` has them.  A kind another
    annotator made too is not whole without the failed ones' part, so what requires it
    is skipped all the same, and runs when the document is enriched again (see
    :func:`_done`)."""
    by: dict[tuple[int, ...], tuple[Sequence[tuple[Annotator, bool]], list[str]]] = {}
    for kind in kinds:
        makers = failed[kind]
        by.setdefault(tuple(id(a) for a, _ in makers), (makers, []))[1].append(kind)
    said = []
    for makers, made in by.values():
        what = " and ".join(repr(k) for k in made)
        it = "them" if len(made) > 1 else "it"
        unmade = {id(a) for a, _ in makers}
        also = [
            a for a in annotators
            if id(a) not in unmade and any(k in a.produces for k in made)
        ]
        part = (
            f" ({who(also[0])} made only part of {it})"
            if len(also) == 1
            else f" ({len(also)} other annotators made only part of {it})"
            if also
            else ""
        )
        kind = "kinds" if len(made) > 1 else "kind"
        said.append(f"{kind} {what}, which {_makers_fate(makers)}{part}")
    return f"not run: it requires {'; and '.join(said)}"


def _makers_fate(makers: Sequence[tuple[Annotator, bool]]) -> str:
    """The annotators that did not make a kind and why, for :func:`_not_made`: "annotator
    'a' (plugin 'p') makes, and that annotator failed"."""
    if len(makers) == 1:
        ((maker, ran),) = makers
        happened = "failed" if ran else "was not run either"
        return f"{who(maker)} makes, and that annotator {happened}"
    names = [who(a) for a, _ in makers]
    named = f"{', '.join(names[:-1])} and {names[-1]} make"
    fates = {ran for _, ran in makers}
    if len(fates) == 1:
        happened = "failed" if fates.pop() else "were not run either"
        return f"{named}, and those annotators {happened}"
    each = ", ".join(
        f"{a.name!r} {'failed' if ran else 'was not run either'}" for a, ran in makers
    )
    return f"{named}, and {'neither' if len(makers) == 2 else 'none of them'} made it ({each})"


def _error(annotator: Annotator, type_: str, message: str) -> Error:
    """The record of ``annotator``'s failure.  (Of the class imported with the module:
    one imported here, after plugin code that took ``limner.document`` out of
    ``sys.modules`` failed, was of a module loaded anew, and the document, whose errors
    are of its own ``Error``, could not be written.)"""
    return Error(plugin=annotator.plugin, annotator=annotator.name, type=type_, message=message)


#: the longest time limit a timer takes (292 years): a longer one failed every annotator
#: with an OverflowError (``timestamp out of range``), and one past a float's range
#: (an int of 400 digits) failed the Enricher so
MAX_TIMEOUT = threading.TIMEOUT_MAX


def _checked_timeout(timeout: float | None) -> float | None:
    """``timeout`` if it is ``None`` or a positive number of seconds up to :data:`MAX_TIMEOUT`.

    Raises:
        ConfigError: anything else (0, a negative number, NaN, infinity, more
            seconds than a timer holds).
    """
    if timeout is None:
        return None
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, int | float)
        or not 0 < timeout <= MAX_TIMEOUT  # (NaN too; an int is compared as it is)
    ):
        raise ConfigError(
            f"timeout must be a positive number of seconds, at most {MAX_TIMEOUT:.0f} "
            f"(or None for no limit), got {timeout!r:.40}"
        )
    return float(timeout)


def _timed(annotator: Annotator, doc: Document, seconds: float) -> list[Any]:
    """The annotator's results, or AnnotatorTimeout if it ran past ``seconds`` (see deadline)."""
    from limner.deadline import call_with_timeout  # its timers load only when a limit is set

    return call_with_timeout(
        lambda: _results(annotator(doc), annotator), seconds, annotator.name
    )


_shared: dict[tuple[Any, ...], Enricher] = {}


def _new_document(text: str, id: str | None, meta: Mapping[str, Any] | None) -> Document:
    """The new document of ``text`` to enrich: ``id`` ``""`` when ``None`` (only then: an id
    0 was made ``""`` by ``id or ""``, where an id 5 was refused), ``meta`` a copy."""
    return blank_document(text, "" if id is None else id, _meta(meta))


def _meta(meta: Mapping[str, Any] | None) -> dict[str, Any]:
    """A copy of the ``meta`` given for a new document (a ``TypeError`` for a non-mapping)."""
    if meta is None:
        return {}
    if not isinstance(meta, Mapping):
        raise TypeError(f"Document meta must be a mapping, got {type(meta).__name__}")
    return dict(meta)


def enrich(
    text: str,
    id: str | None = None,
    meta: Mapping[str, Any] | None = None,
    *,
    plugins: str | Iterable[str] | None = None,
    config: Mapping[str, Any] | None = None,
    kinds: str | Iterable[str] | None = None,
) -> Document:
    """Enrich ``text`` with a shared :class:`Enricher` (made once per setting).

    ``limner.enrich(text)`` is ``Enricher().enrich(text)`` without paying
    for plugin loading on every call.  ``plugins`` and ``kinds`` are taken
    as by :class:`Enricher`.
    """
    plugins, kinds = name_list(plugins, "plugins"), name_list(kinds, "kinds")
    if config is not None and not isinstance(config, Mapping):
        resolve_config({}, config)  # the error that names what config takes
    key = (
        tuple(sorted(plugins)) if plugins is not None else None,
        tuple(sorted((k, repr(v)) for k, v in (config or {}).items())),
        kinds,
    )
    enricher = _shared.get(key)
    if enricher is None:
        enricher = _shared[key] = Enricher(plugins, config, kinds=kinds)
    return enricher.enrich(text, id=id, meta=meta)
