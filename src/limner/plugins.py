"""The plugin manager: loading plugins, isolating their faults, listing them.

Plugins come from three places: limner's built-ins (the segmenter and the
output formats), the ``limner`` entry point group of installed
distributions, and objects registered in code.  Which entry-point plugins load
is decided by an allowlist and a blocklist, from arguments or from the
environment variables ``LIMNER_PLUGINS`` and ``LIMNER_DISABLE_PLUGINS``
(comma-separated names).  A plugin that fails to import or to register, or
whose hook raises (``SystemExit`` included, see
:func:`limner.errors.plugin_fault`), is reported as a
:class:`~limner.PluginWarning` naming it, and every other plugin keeps working.
"""

from __future__ import annotations

import difflib
import functools
import importlib
import inspect
import itertools
import operator
import os
import re
import warnings
from array import array
from collections.abc import Callable, Iterable, Mapping
from importlib.metadata import EntryPoint, entry_points
from typing import Any, cast

import attrs
import pluggy

from limner import document, hookspecs
from limner.annotator import Annotator, Segmenter
from limner.collector import held_back
from limner.config import Config, Option, name_list, plain_str, resolve_config
from limner.document import Annotation, Document, Layer, Sentence, builder
from limner.errors import ConfigError, PluginWarning, never_ran, plugin_fault, said
from limner.isolation import held_to_the_run

__all__ = ["ENTRY_POINT_GROUP", "PluginInfo", "PluginManager", "default_kinds"]

#: The entry point group (and pluggy project name) of limner plugins.
ENTRY_POINT_GROUP = "limner"

#: Built-in plugins, registered the same way as any other.
BUILTINS: dict[str, str] = {
    "segment": "limner.segment",
    "formats": "limner.formats.builtin",
    "html": "limner.formats.htmlformat",
}


@attrs.frozen
class PluginInfo:
    """What ``limner plugins`` shows about one plugin."""

    name: str
    origin: str  # "builtin", "entry point" or "registered"
    module: str
    version: str | None = None
    distribution: str | None = None
    error: str | None = None


def _env_names(variable: str) -> str | None:
    """The names an environment variable gives, or ``None`` (as if unset) when it
    gives none: ``LIMNER_PLUGINS=`` is what a script or a compose file makes of a
    variable of its own that is unset, not a wish for no plugins (``-p ""``,
    ``plugins=[]`` say that)."""
    value = os.environ.get(variable)
    return value if value and name_list(value, variable) else None


class PluginManager:
    """Loads limner plugins and calls their hooks one plugin at a time.

    Args:
        plugins: allowlist of plugin names to load from entry points (all
            when ``None``; default from ``LIMNER_PLUGINS``, unless it is empty).  Built-ins load
            unless blocked.  Names come as strs or as one comma-separated str
            (see :func:`limner.config.name_list`), here and in ``disable``.
        disable: blocklist of plugin names (default from
            ``LIMNER_DISABLE_PLUGINS``).
        entry_points: load the ``limner`` entry point group at all.
    """

    def __init__(
        self,
        plugins: str | Iterable[str] | None = None,
        disable: str | Iterable[str] | None = None,
        *,
        entry_points: bool = True,
    ) -> None:
        self._pm = pluggy.PluginManager(ENTRY_POINT_GROUP)
        self._pm.add_hookspecs(hookspecs)
        self._infos: dict[str, PluginInfo] = {}
        self._dists: dict[str, Any] = {}  # a loaded plugin's distribution, None for a built-in
        self._said: set[str] = set()  # warnings given once a manager
        #: installed plugins that plugins= or disable= (or their variables) left unloaded
        self._not_enabled: set[str] = set()
        #: the plugins asked for (``plugins=`` or ``LIMNER_PLUGINS``) that are not installed
        self.not_installed: tuple[str, ...] = ()
        allow = name_list(
            plugins if plugins is not None else _env_names("LIMNER_PLUGINS"), "plugins"
        )
        self.allow = None if allow is None else frozenset(allow)
        self.block = frozenset(
            name_list(
                disable if disable is not None else _env_names("LIMNER_DISABLE_PLUGINS"),
                "disable",
            )
            or ()
        )
        # a plugin asked for by the caller (not by LIMNER_PLUGINS) and disabled by
        # LIMNER_DISABLE_PLUGINS (a line of a shell's profile): said, as the disabling wins
        both = (
            sorted(self.allow & self.block)
            if plugins is not None and disable is None and self.allow
            else []
        )
        if both:
            warnings.warn(
                f"limner plugin(s) {', '.join(map(repr, both))} asked for and disabled by "
                f"LIMNER_DISABLE_PLUGINS; {'it is' if len(both) == 1 else 'they are'} not "
                "loaded",
                PluginWarning,
                stacklevel=2,
            )
        for name, module in BUILTINS.items():
            if name in self.block:
                self._not_enabled.add(name)
            else:
                self._load(
                    name, functools.partial(importlib.import_module, module), "builtin", module
                )
        if entry_points:
            self._load_entry_points()

    # -- loading ------------------------------------------------------------------

    def _load_entry_points(self) -> None:
        # of two entry points of one name, the one that sorts first loads: limner's own,
        # else that of the distribution whose name sorts first (the order in which Python
        # lists them is the order of the folder's listing, the file system's, and an
        # installed 'numbers' of another distribution replaced limner's own or not by it)
        # (a distribution's name is read, parsing its metadata, only for a name shared)
        eps = [
            ep
            for _, group in itertools.groupby(
                sorted(entry_points(group=ENTRY_POINT_GROUP), key=_entry_name), key=_entry_name
            )
            for ep in _ranked(list(group))
        ]
        seen: dict[str, EntryPoint] = {}
        for ep in eps:
            if ep.name in self.block or (self.allow is not None and ep.name not in self.allow):
                seen.setdefault(ep.name, ep)
                self._not_enabled.add(ep.name)
                continue
            if ep.name in seen or ep.name in self._infos:
                first = seen.get(ep.name)
                holder = (
                    f"limner's built-in {self._infos[ep.name].module}"
                    if first is None
                    else f"the entry point {first.value}{_from(first)}, which is loaded"
                )
                warnings.warn(
                    f"limner plugin {ep.name!r} ({ep.value}{_from(ep)}) is not loaded: another "
                    f"plugin has the name, {holder}; rename its entry point",
                    PluginWarning,
                    stacklevel=3,
                )
                continue
            seen[ep.name] = ep
            unnamable = _unnamable(ep.name)
            if unnamable:
                problem = (
                    f"its name {unnamable}, so --plugins, --disable and LIMNER_PLUGINS or "
                    "LIMNER_DISABLE_PLUGINS could neither ask for it nor leave it out; rename "
                    "its entry point"
                )
                self._infos[ep.name] = PluginInfo(
                    name=ep.name, origin="entry point", module=ep.value, error=problem
                )
                self._dists[ep.name] = getattr(ep, "dist", None)
                warnings.warn(
                    f"limner plugin {ep.name!r} ({ep.value}{_from(ep)}) is not loaded: {problem}",
                    PluginWarning,
                    stacklevel=3,
                )
                continue
            self._load(ep.name, ep.load, "entry point", ep.value, ep)
        installed = set(seen) | set(self._infos) | set(BUILTINS)
        #: the names of the plugins installed (loaded, disabled or not asked for)
        self.installed: tuple[str, ...] = tuple(sorted(installed))
        if self.allow is not None:
            missing = sorted(self.allow - installed)
            self.not_installed = tuple(missing)
            if missing:
                warnings.warn(
                    f"limner plugin(s) {', '.join(missing)} asked for but not installed; "
                    f"installed: {', '.join(sorted(installed)) or 'none'}",
                    PluginWarning,
                    stacklevel=3,
                )
        unknown = sorted(self.block - installed)
        if unknown:  # a misspelt name disables nothing: said, as for a name asked for
            warnings.warn(
                f"limner plugin(s) {', '.join(unknown)} asked to be disabled but not "
                f"installed; installed: {', '.join(sorted(installed))}",
                PluginWarning,
                stacklevel=3,
            )

    def _load(
        self,
        name: str,
        loader: Callable[[], Any],
        origin: str,
        module: str,
        ep: EntryPoint | None = None,
    ) -> None:
        # the version and distribution are read from the metadata when listed (infos)
        info = PluginInfo(name=name, origin=origin, module=module)
        self._dists[name] = getattr(ep, "dist", None)
        try:
            # (importing makes long-lived objects only)
            with held_back(), held_to_the_run("importing it"):
                plugin = loader()
            self._register(plugin, name)
        except BaseException as exc:  # any failure of third-party code, sys.exit() included
            if not plugin_fault(exc):  # (a KeyboardInterrupt: the user's)
                raise
            self._infos[name] = attrs.evolve(info, error=f"{type(exc).__name__}: {said(exc)}")
            warnings.warn(
                f"limner plugin {name!r} ({module}) could not be loaded and is skipped: "
                f"{type(exc).__name__}: {said(exc)}",
                PluginWarning,
                stacklevel=4,
            )
            return
        self._infos[name] = info

    def register(self, plugin: object, name: str | None = None) -> str:
        """Register a plugin object or module in code (tests, notebooks).

        Returns:
            The name it was registered under.

        Raises:
            pluggy.PluginValidationError: a hook implementation does not match its spec,
                or limner would never call it (see :meth:`_register`), or ``plugin``
                implements no limner hook at all (``register("numbers")``, a name
                where the module goes, was registered and did nothing).
        """
        name = name or getattr(plugin, "__name__", None) or type(plugin).__name__
        self._register(
            plugin, name, "register a plugin's module or object (an installed plugin is "
            "named in plugins=)"
        )
        self._infos[name] = PluginInfo(
            name=name,
            origin="registered",
            module=getattr(plugin, "__name__", type(plugin).__name__),
        )
        return name

    def _register(
        self,
        plugin: object,
        name: str,
        hint: str = "an entry point names a plugin's module or object",
    ) -> None:
        """Register ``plugin`` with pluggy, refusing one with a hook limner would never
        call: a function marked ``@limner.hookimpl`` whose name is no hook (a typo,
        ``limner_annotator``), or one named as a hook but not marked; and what
        implements no limner hook at all (an entry point ``module:VALUE`` naming a
        value, not the plugin; ``register("numbers")``), said with ``hint``.  Each
        used to load without a word and do nothing.

        Raises:
            pluggy.PluginValidationError: naming the function and what is wrong.
        """
        hooks = set(vars(self._pm.hook))
        for attr in dir(plugin):
            if not attr.startswith(f"{ENTRY_POINT_GROUP}_"):
                continue
            try:
                value = getattr(plugin, attr)
            except BaseException as exc:  # (pluggy's own look-up skips it too)
                if not plugin_fault(exc):  # (a KeyboardInterrupt: the user's)
                    raise
                continue
            opts = getattr(value, f"{ENTRY_POINT_GROUP}_impl", None)
            marked = isinstance(opts, dict)
            # (pluggy's own options: specname= names the hook, optionalhook= may name none)
            hook = (opts or {}).get("specname") or attr
            if marked and hook not in hooks and not (opts or {}).get("optionalhook"):
                near = difflib.get_close_matches(hook, sorted(hooks), n=1)
                hint = f" ({near[0]}?)" if near else ""
                raise pluggy.PluginValidationError(
                    plugin, f"{hook} is marked @limner.hookimpl but is no limner hook{hint}"
                )
            if not marked and attr in hooks and callable(value):
                raise pluggy.PluginValidationError(
                    plugin, f"{attr} is not marked @limner.hookimpl, so limner never calls it"
                )
            if marked and _async(value):
                raise pluggy.PluginValidationError(
                    plugin, f"{attr} is an async def, which limner never awaits: make it a def"
                )
        # (pluggy's own refusals dump every plugin registered, over many lines)
        if self._pm.get_plugin(name) is not None:
            raise ValueError(f"a plugin is registered as {name!r} already; choose another name")
        held = self._pm.get_name(plugin)
        if held is not None:
            raise ValueError(
                f"{_brief(plugin)} is registered already, as plugin {held!r}: one module or "
                "object is one plugin, of one name"
            )
        self._pm.register(plugin, name=name)
        if not self._pm.get_hookcallers(plugin):
            self._pm.unregister(name=name)
            raise pluggy.PluginValidationError(
                plugin, f"{type(plugin).__name__} {plugin!r:.60} implements no limner hook: {hint}"
            )

    def unregister(self, name: str) -> None:
        """Remove a plugin by name."""
        self._pm.unregister(name=name)
        self._infos.pop(name, None)

    def asked_for(self, name: str) -> bool:
        """Whether the user asked for plugin ``name`` by name (``plugins=``,
        ``LIMNER_PLUGINS``) or registered it in code, rather than merely having
        it installed."""
        info = self._infos.get(name)
        if info is not None and info.origin == "registered":
            return True
        return self.allow is not None and name in self.allow

    def builtin(self, name: str) -> bool:
        """Whether plugin ``name`` is one of limner's built-ins (``segment``, ``formats``...)."""
        info = self._infos.get(name)
        return info is not None and info.origin == "builtin"

    def claim(
        self, plugin: str, name: str, asked: bool | None = None
    ) -> tuple[bool, bool, bool, str]:
        """How the claim of ``plugin`` to ``name`` (of an annotator, a format, a
        command) ranks when another plugin's thing has the name too: the lowest keeps
        it.  That is the claim of a built-in (no plugin takes the name of the
        segmenter's ``tokens`` or of the ``json`` format), else of a plugin the user
        ``asked`` for (by default, :meth:`asked_for`), else of the plugin named as
        it, else of the plugin whose name sorts first: load order never decides."""
        if asked is None:
            asked = self.asked_for(plugin)
        return (not self.builtin(plugin), not asked, name != plugin, plugin)

    def ranked(self, held: str, other: str, name: str) -> tuple[str, str]:
        """``(keep, lose)`` of two plugins that both claim ``name``, by :meth:`claim`."""
        if self.claim(other, name) < self.claim(held, name):
            return other, held
        return held, other

    def _isolate(self, name: str, problem: str) -> None:
        """Take plugin ``name`` out, with a warning and the reason in its listing."""
        warnings.warn(
            f"limner plugin {name!r} is disabled: {problem}",
            PluginWarning,
            stacklevel=4,
        )
        if self._pm.get_plugin(name) is not None:
            self._pm.unregister(name=name)
        info = self._infos.get(name) or PluginInfo(name=name, origin="registered", module=name)
        self._infos[name] = attrs.evolve(info, error=problem)

    def _collect(
        self, hook: str, check: Callable[[Any], str | None], **kwargs: Any
    ) -> list[tuple[str, list[Any]]]:
        """:meth:`call_each`, each result checked item by item where it is collected.

        ``check(item)`` returns what is wrong with one item, or ``None``; a
        plugin whose result is not a sequence, or holds one wrong item, is
        taken out (:meth:`_isolate`), and the others' results are returned.
        """
        out: list[tuple[str, list[Any]]] = []
        # (a None too: a hook whose return was forgotten, which left its plugin loaded
        # and doing nothing without a word, as pluggy takes None for no result)
        for plugin, result in self._returned(hook, lambda plugin: kwargs):
            # (what the plugin returned is read, and said, by its own code: a generator
            # that raises, a __repr__ or a name's __len__ that fails, each its fault
            # alone, where the last two ended the loading of every plugin)
            try:
                problem = _result_problem(hook, result)
                if problem is None:
                    items = list(result)
                    problem = next((p for p in map(check, items) if p is not None), None)
                    problem = None if problem is None else f"{hook} returned {problem}"
            except BaseException as exc:
                if not plugin_fault(exc):  # (a KeyboardInterrupt: the user's)
                    raise
                problem = f"{hook} failed: {type(exc).__name__}: {said(exc)}"
            if problem is not None:
                self._isolate(plugin, problem)
                continue
            out.append((plugin, items))
        return out

    # -- calling hooks, one plugin at a time ------------------------------------------

    def call_each(self, hook: str, **kwargs: Any) -> list[tuple[str, Any]]:
        """Call ``hook`` on every plugin separately: ``[(plugin name, result)]``.

        A plugin whose implementation raises is reported with a
        :class:`~limner.PluginWarning` and left out.  Results come in plugin
        name order, so nothing depends on load order.
        """
        return self.call_each_with(hook, lambda plugin: kwargs)

    def call_each_with(
        self, hook: str, arguments: Callable[[str], Mapping[str, Any]]
    ) -> list[tuple[str, Any]]:
        """:meth:`call_each`, each plugin called with ``arguments(its name)``: a
        ``click`` group of its own for ``limner_cli_commands``, say, so that what each
        plugin added can be told apart."""
        return [(p, r) for p, r in self._returned(hook, arguments) if r is not None]

    def _returned(
        self, hook: str, arguments: Callable[[str], Mapping[str, Any]]
    ) -> list[tuple[str, Any]]:
        """:meth:`call_each_with`, a ``None`` returned kept (a plugin whose hook raised is
        left out)."""
        caller = getattr(self._pm.hook, hook)
        out: list[tuple[str, Any]] = []
        for impl in sorted(caller.get_hookimpls(), key=lambda i: i.plugin_name):
            result = _call_impl(impl, hook, arguments(impl.plugin_name))
            if result is not _FAILED:
                out.append((impl.plugin_name, result))
        return out

    @property
    def hook(self) -> Any:
        """pluggy's hook relay, for callers that want pluggy's own semantics."""
        return self._pm.hook

    # -- what plugins provide -------------------------------------------------------

    def infos(self) -> list[PluginInfo]:
        """Every plugin tried, loaded or not, sorted by name.

        The versions are read from the installed metadata here, not when the
        plugins load (parsing it costs start-up several milliseconds).
        """
        return sorted(map(self._described, self._infos.values()), key=lambda i: i.name)

    def _described(self, info: PluginInfo) -> PluginInfo:
        """``info`` with the version and distribution of a plugin loaded from one."""
        if info.name not in self._dists or info.origin == "registered":
            return info
        dist = self._dists[info.name]
        return attrs.evolve(
            info,
            version=getattr(dist, "version", None) if dist else _own_version(),
            distribution=getattr(dist, "name", None) if dist else "limner",
        )

    def names(self) -> list[str]:
        """Names of the plugins that loaded."""
        return sorted(n for n, i in self._infos.items() if i.error is None)

    def kinds(self) -> dict[str, type[Annotation]]:
        """Annotation classes by kind, from ``limner_annotation_kinds``.

        A kind that two plugins define is the class of the one whose annotators
        make it (else of the one whose name sorts first), and a warning names both:
        a plugin that defines, by mistake, a kind that another makes does not make
        the other's annotations unreadable.  When both make it, an Enricher leaves
        out the annotators of the plugin whose class is not used that make it
        (:meth:`unused_classes`): their annotations would be read back as the other's
        class, and the document read back would not be the one written.
        """
        return self._kinds(stacklevel=3)[0]

    def _kinds(
        self, stacklevel: int = 2
    ) -> tuple[
        dict[str, type[Annotation]],
        dict[tuple[str, str], tuple[str, type[Annotation], type[Annotation]]],
    ]:
        """What :meth:`kinds` returns, and what :meth:`unused_classes` returns, of one
        reading of the plugins' classes (an Enricher takes both: each reading warns of a
        kind two plugins define).  Its warnings point ``stacklevel`` frames up."""
        found: dict[str, type[Annotation]] = {"sentence": Sentence}
        owner: dict[str, str] = {"sentence": "segment"}
        rivals: list[tuple[str, str, type[Annotation]]] = []
        for plugin, classes in self._collect("limner_annotation_kinds", _kind_problem):
            for cls in classes:
                kind = _kind_of(cls)
                if kind in found and found[kind] is not cls:
                    rivals.append((kind, plugin, cls))
                    continue
                found[kind], owner[kind] = cls, plugin
        makers = self.makers() if rivals else {}
        unused: dict[tuple[str, str], tuple[str, type[Annotation], type[Annotation]]] = {}
        for kind, plugin, cls in rivals:
            made_by = makers.get(kind, set())
            if plugin in made_by and owner[kind] not in made_by:
                found[kind], owner[kind], plugin, cls = cls, plugin, owner[kind], found[kind]
            if plugin in made_by:  # (both make it: the owner's name sorts first)
                unused[(plugin, kind)] = (owner[kind], cls, found[kind])
                why = (
                    f" (both make it; the annotators of {plugin!r} that make it are left "
                    f"out of an Enricher)"
                )
            else:
                why = " (which makes it)" if owner[kind] in made_by else ""
            warnings.warn(
                f"annotation kind {kind!r} is defined by plugins {owner[kind]!r} and "
                f"{plugin!r}; the definition of {owner[kind]!r}{why} is used",
                PluginWarning,
                stacklevel=stacklevel,
            )
        document.note_native(found.values())
        return found, unused

    def unused_classes(
        self,
    ) -> dict[tuple[str, str], tuple[str, type[Annotation], type[Annotation]]]:
        """``(plugin, kind) -> (owner, its class, the class used)`` for each kind that a
        plugin makes and defines a class of, where the class used (by :meth:`kinds`) is
        that of ``owner``, another plugin that makes it too.  It reads the plugins'
        classes as :meth:`kinds` does, warnings and all."""
        return self._kinds(stacklevel=3)[1]

    def makers(self) -> dict[str, set[str]]:
        """The plugins whose annotators make each kind, with the options' defaults (what
        :meth:`annotators` warns of was warned of where it is called; ``{}`` if the
        defaults are refused)."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PluginWarning)
            try:
                annotators = self.annotators(self.config())
            except ConfigError:
                return {}
        makers: dict[str, set[str]] = {}
        for a in annotators:
            for kind in a.produces:
                makers.setdefault(kind, set()).add(a.plugin)
        return makers

    def not_enabled_makers(self, kinds: Iterable[str]) -> str:
        """What to say of ``kinds`` that installed plugins left out by ``plugins`` or
        ``disable`` make: ``""``, or "; plugin 'numbers', installed but not enabled,
        makes 'number': ..." with how to enable each.  Those plugins are loaded, on
        their own, for this question only (a plan's error)."""
        makers = self._not_enabled_kinds()
        said = []
        for kind in dict.fromkeys(kinds) if makers else ():
            for name in sorted(makers.get(kind, ())):
                how = (
                    "take it out of disable (--disable, LIMNER_DISABLE_PLUGINS)"
                    if name in self.block
                    else f"add it to plugins (-p {name}, LIMNER_PLUGINS)"
                )
                said.append(f"plugin {name!r}, installed but not enabled, makes {kind!r}: {how}")
        return "".join(f"; {line}" for line in said)

    def _not_enabled_kinds(self) -> dict[str, set[str]]:
        """Each kind that installed plugins left out by ``plugins`` or ``disable`` make
        -> their names: one manager of those plugins, loaded on their own, answers for
        every kind asked of it (one for each kind cost a manager and its annotators)."""
        names = self._not_enabled - set(self._infos)
        if not names:
            return {}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PluginWarning)
            makers = PluginManager(sorted(names), ()).makers()
        return {kind: made & names for kind, made in makers.items() if made & names}

    def kinds_by_plugin(self) -> dict[str, list[str]]:
        """The kinds each plugin defines, sorted, by plugin name."""
        return {
            plugin: sorted(map(_kind_of, classes))
            for plugin, classes in self._collect("limner_annotation_kinds", _kind_problem)
        }

    def options(self) -> dict[str, Option]:
        """Declared configuration options by name.

        An option that two plugins declare is kept by one (see :meth:`claim`; the
        plugin named as the option's prefix, ``numbers`` for ``numbers.x``, before
        another), and a :class:`~limner.PluginWarning` names both.  The one whose
        name sorted last replaced the other without a word: a plugin declaring
        ``numbers.decimal_comma`` with a default of its own changed how the numbers
        plugin reads every figure.
        """
        return self._one_by_name(
            self._collect("limner_config_options", _option_problem), "option", "declared",
            lambda name: name.partition(".")[0],
        )

    def config(self, given: Mapping[str, Any] | None = None) -> Config:
        """The resolved configuration (see :func:`limner.config.resolve_config`)."""
        return resolve_config(self.options(), given)

    def segmenter(self, config: Config) -> tuple[str, Segmenter] | None:
        """The first segmenter a plugin offers, with that plugin's name.

        Implementations are asked in pluggy's order (later registrations and
        ``tryfirst`` first, the ``trylast`` built-in last); one that raises is
        reported and skipped.
        """
        impls = self._pm.hook.limner_segmenter.get_hookimpls()
        for impl in reversed(impls):
            seg = _call_impl(impl, "limner_segmenter", {"config": config})
            if seg is None or seg is _FAILED:
                continue
            try:  # (its own __getattr__ and __repr__: its fault alone, as in _collect)
                problem = None
                methods = [getattr(seg, m, None) for m in ("sentences", "tokens")]
                if not all(map(callable, methods)):
                    problem = (
                        f"limner_segmenter returned {seg!r}, which has no sentences() and "
                        "tokens()"
                    )
                elif any(map(_async, methods)):
                    problem = (
                        f"limner_segmenter returned {seg!r}, whose sentences() or tokens() is "
                        "an async def, which limner never awaits: make it a def"
                    )
            except BaseException as exc:
                if not plugin_fault(exc):  # (a KeyboardInterrupt: the user's)
                    raise
                problem = f"limner_segmenter failed: {type(exc).__name__}: {said(exc)}"
            if problem is not None:
                self._isolate(impl.plugin_name, problem)
                continue
            return impl.plugin_name, cast(Segmenter, seg)
        return None

    def annotators(self, config: Config) -> list[Annotator]:
        """Every annotator of the enabled plugins, ``plugin`` filled in.

        The segmenter, if any plugin offers one, comes as three on-demand
        annotators: ``sentences`` (kind ``sentence``, annotations),
        ``sentence-spans`` (kind ``sentence-span``, the same spans as a compact
        layer) and ``tokens`` (kind ``token``, a layer).

        An annotator whose name or kinds are not non-empty strings is left
        out with a :class:`~limner.PluginWarning`; the plugin's others are kept.
        """
        out: list[Annotator] = []
        found = self.segmenter(config)
        if found is not None:
            out.extend(_segment_annotators(*found))
        for plugin, annotators in self._collect(
            "limner_annotators", _type_problem(Annotator, "limner.Annotator"), config=config
        ):
            for a in annotators:
                problem = _annotator_problem(a)
                if problem is not None:
                    warnings.warn(
                        f"limner plugin {plugin!r}: an annotator {problem}; it is left out",
                        PluginWarning,
                        stacklevel=3,
                    )
                    continue
                out.append(attrs.evolve(a, plugin=plugin))
        return out

    def formats(self) -> dict[str, Any]:
        """Formats by name (see :class:`limner.Format`).

        A name that two plugins' formats have is kept by one (see :meth:`claim`), and
        a :class:`~limner.PluginWarning` names both.
        """
        from limner.formats import Format

        return self._one_by_name(
            self._collect("limner_formats", _type_problem(Format, "limner.Format")),
            "format", "defined", lambda name: name,
        )

    def _one_by_name(
        self, collected: Iterable[tuple[str, Iterable[Any]]], noun: str, verb: str,
        prefix: Callable[[str], str],
    ) -> dict[str, Any]:
        """Each name's item (an option, a format) of ``collected`` (``(plugin, items)``
        pairs), each evolved to name its plugin: of one plugin's two items of a name, its
        first; of two plugins', the one :meth:`ranked` keeps, ``prefix`` of the name
        being the plugin it names first, and a :class:`~limner.PluginWarning` names both
        (once a manager: these are read often)."""
        out: dict[str, Any] = {}
        for plugin, items in collected:
            for item in items:
                held = out.get(item.name)
                if held is not None and held.plugin != plugin:
                    keep, lose = self.ranked(held.plugin, plugin, prefix(item.name))
                    message = (
                        f"{noun} {item.name!r} is {verb} by plugins {keep!r} and {lose!r}; "
                        f"that of {keep!r} is used"
                    )
                    if message not in self._said:
                        self._said.add(message)
                        warnings.warn(message, PluginWarning, stacklevel=3)
                    if keep == held.plugin:
                        continue
                elif held is not None:
                    continue
                out[item.name] = attrs.evolve(item, plugin=plugin)
        return out


def _result_problem(hook: str, result: Any) -> str | None:
    """What is wrong with ``result`` as the list that ``hook`` returns, or ``None``."""
    if isinstance(result, str | bytes | Mapping) or not isinstance(result, Iterable):
        forgot = " (is its return forgotten?)" if result is None else ""
        unrun = never_ran(result)
        return f"{hook} returned {unrun or repr(result)}, not a list{forgot}"
    return None


def _brief(plugin: object) -> str:
    """``plugin`` as a message names it: a module by its name, anything else by its repr."""
    if isinstance(plugin, type(os)):
        return f"the module {plugin.__name__}"
    return f"{type(plugin).__name__} {plugin!r:.60}"


def _entry_name(ep: EntryPoint) -> str:
    return ep.name


def _ranked(group: list[EntryPoint]) -> list[EntryPoint]:
    """Entry points of one name, by :func:`_entry_rank` (one alone as it is)."""
    return group if len(group) == 1 else sorted(group, key=_entry_rank)


def _entry_rank(ep: EntryPoint) -> tuple[str, bool, str, str]:
    """How entry point ``ep`` ranks among those of its name: limner's own first, then
    by the name of its distribution, then by its value; where Python lists it never
    decides."""
    dist = _dist_name(ep)
    return (ep.name, dist != "limner", dist, ep.value)


def _dist_name(ep: EntryPoint) -> str:
    """The normalised name of the distribution of ``ep`` (``""`` when it has none)."""
    name = getattr(getattr(ep, "dist", None), "name", None)
    return re.sub(r"[-_.]+", "-", name).lower() if isinstance(name, str) else ""


def _unnamable(name: str) -> str:
    """Why a list of names (``--disable a,b``, :func:`limner.config.name_list`) cannot
    give the plugin ``name`` back as itself, or ``""``: an installed plugin named
    ``a,b`` ran in every run, its name read as ``a`` and ``b`` wherever it was given."""
    if name_list(name, "plugins") == (name,):
        return ""
    if "," in name:
        return "holds a comma, which separates names where they are given"
    return "is blank or begins or ends with white space, which is taken off a name given"


def _from(ep: EntryPoint) -> str:
    """Where entry point ``ep`` comes from, as a warning says it: ``" in limner-x 1.0"``
    (nothing when it has no distribution)."""
    dist = getattr(ep, "dist", None)
    name = getattr(dist, "name", None)
    return f" in {name} {getattr(dist, 'version', '')}".rstrip() if name else ""


#: what :func:`_call_impl` gives for an implementation that raised
_FAILED: Any = object()


def _call_impl(impl: Any, hook: str, kwargs: Mapping[str, Any]) -> Any:
    """One plugin's implementation of ``hook``; :data:`_FAILED` (and a warning) if it
    raises."""
    args = {k: kwargs[k] for k in impl.argnames if k in kwargs}
    try:
        with held_to_the_run(f"its {hook}"):
            return impl.function(**args)
    except BaseException as exc:
        if not plugin_fault(exc):  # (a KeyboardInterrupt: the user's)
            raise
        warnings.warn(
            f"limner plugin {impl.plugin_name!r}: hook {hook} failed and is ignored: "
            f"{type(exc).__name__}: {said(exc)}",
            PluginWarning,
            stacklevel=4,
        )
        return _FAILED


def _sentence_spans(seg: Segmenter, text: str) -> tuple[array[int], array[int]]:
    """The starts and the ends of ``seg``'s sentences of ``text``, held to what a segmenter
    gives: pairs of ints, in order, not overlapping, within the text.

    Both the ``sentences`` and the ``sentence-spans`` annotators read them here, so a
    replaced segmenter's spans make both kinds or neither: the annotations took spans
    out of order (sorted when stored) and overlapping ones, the layer refused the first
    and took ``True`` for 1; a generator of spans, read twice, left the layer "as many
    starts as ends" short.

    Raises:
        ValueError: naming the first span that breaks a rule.
    """
    try:
        pairs = list(seg.sentences(text))
        firsts, seconds = [s for s, _ in pairs], [e for _, e in pairs]
        if bool in set(map(type, firsts)) or bool in set(map(type, seconds)):
            raise TypeError("a bool is no offset")
        starts, ends = array("q", firsts), array("q", seconds)
    except (TypeError, ValueError, OverflowError) as exc:
        raise ValueError(f"a sentence span is not a pair of ints: {exc}") from None
    if pairs and (
        min(starts) < 0 or ends[-1] > len(text)
        or any(map(operator.gt, starts, ends)) or any(map(operator.lt, starts[1:], ends))
    ):
        previous = 0
        for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
            if start < previous or end < start or end > len(text):
                raise ValueError(
                    f"the segmenter's sentence {i} [{start}, {end}) "
                    + ("starts before the end of the one before it: sentences are in "
                       "order and do not overlap" if start < previous and i else
                       "ends before it starts" if end < start else
                       f"lies outside the text of {len(text)} characters")
                )
            previous = end
    return starts, ends


def _segment_annotators(plugin: str, seg: Segmenter) -> list[Annotator]:
    from limner.segment import DefaultSegmenter

    sentence = builder(Sentence, "start", "end")
    # limner's own segmenter gives its spans in order, as ints, by its making; a
    # replaced one (a subclass of it included) is held to the rule
    own = type(seg) is DefaultSegmenter

    def sentences(doc: Document) -> list[Sentence]:
        if own:  # (Document.add checks the spans of the whole batch)
            return [sentence(s, e) for s, e in seg.sentences(doc.text)]
        return [sentence(s, e) for s, e in zip(*_sentence_spans(seg, doc.text), strict=True)]

    def sentence_spans(doc: Document) -> list[Layer]:
        if own:
            spans = seg.sentences(doc.text)
            starts, ends = array("q", [s for s, _ in spans]), array("q", [e for _, e in spans])
            return [Layer("sentence-span", starts, ends)]
        return [Layer("sentence-span", *_sentence_spans(seg, doc.text))]

    def tokens(doc: Document) -> list[Layer]:
        return [seg.tokens(doc.text)]

    return [
        Annotator("sentences", ("sentence",), sentences, on_demand=True, plugin=plugin),
        Annotator(
            "sentence-spans", ("sentence-span",), sentence_spans, on_demand=True, plugin=plugin
        ),
        Annotator("tokens", ("token",), tokens, on_demand=True, plugin=plugin),
    ]


def _kind_of(cls: type[Annotation]) -> str:
    field = attrs.fields_dict(cls)["kind"]
    if not isinstance(field.default, str):
        raise TypeError(f"{cls.__name__} gives no default for 'kind'")
    return str(plain_str(field.default))


def _type_problem(cls: type, name: str) -> Callable[[Any], str | None]:
    def problem(item: Any) -> str | None:
        return None if isinstance(item, cls) else f"{item!r}, which is not a {name}"

    return problem


def _annotator_problem(annotator: Annotator) -> str | None:
    """What is wrong with the name, kinds or callables of ``annotator``, or ``None``
    (a ``func`` that is not callable failed on every document, and a ``setup`` so,
    before the first)."""
    if not isinstance(annotator.name, str) or not annotator.name:
        return f"is named {annotator.name!r}; a name is a non-empty str"
    for field in ("func", "setup"):
        value = getattr(annotator, field)
        if not callable(value) and (field == "func" or value is not None):
            return (
                f"{annotator.name!r} has a {field} of {type(value).__name__} {value!r:.40}, "
                "which is not callable"
            )
        if _async(value):
            return (
                f"{annotator.name!r} has a {field} that is an async def, which limner never "
                "awaits (its body would never run); make it a def"
            )
        unfit = _unfit_arguments(value, one=field == "func")
        if unfit:
            return f"{annotator.name!r} has a {field} {unfit}"
    for field in ("produces", "requires", "uses"):
        for kind in getattr(annotator, field):
            if not isinstance(kind, str) or not kind:
                return (
                    f"{annotator.name!r} has {kind!r} in {field}; a kind is a non-empty str"
                )
    return None


def _unfit_arguments(func: Any, *, one: bool) -> str:
    """Why ``func`` cannot be called as limner calls it, with one argument (an
    annotator's ``func``, given the document) or none (its ``setup``), or ``""``
    (also for a callable whose signature Python cannot tell, and for ``None``).  Such a
    ``func`` failed on every document with Python's "takes 0 positional arguments but
    1 was given"."""
    if func is None:
        return ""
    try:
        signature = inspect.signature(func)
    except BaseException as exc:  # (some callables written in C tell none; plugin code may raise)
        if not plugin_fault(exc):  # (a KeyboardInterrupt: the user's)
            raise
        return ""
    try:
        signature.bind(None) if one else signature.bind()
    except TypeError as exc:
        given = "one argument, the document" if one else "no argument"
        bare = signature.replace(  # (its parameters as written, without their types)
            parameters=[p.replace(annotation=p.empty) for p in signature.parameters.values()],
            return_annotation=signature.empty,
        )
        return f"whose arguments {bare} cannot be given {given} ({exc})"
    return ""


def _async(func: Any) -> bool:
    """Whether ``func`` is an ``async def`` (a coroutine's or an async generator's
    function, a method or a ``functools.partial`` of one included): limner calls plugin
    code and never awaits it, so its body never runs."""
    return inspect.iscoroutinefunction(func) or inspect.isasyncgenfunction(func)


def _kind_problem(item: Any) -> str | None:
    """What is wrong with ``item`` as an annotation class, or ``None``."""
    if not (isinstance(item, type) and issubclass(item, Annotation) and attrs.has(item)):
        return f"{item!r}, which is not an attrs subclass of limner.Annotation"
    default = attrs.fields_dict(item)["kind"].default
    if not isinstance(default, str) or not default:
        return f"{item.__name__}, whose 'kind' has no default naming the kind"
    return None


def _option_problem(item: Any) -> str | None:
    if not isinstance(item, Option):
        return f"{item!r}, which is not a limner.Option"
    if not isinstance(item.name, str) or not item.name:
        return f"an option named {item.name!r}; a name is a non-empty str"
    problem = item.default_problem()
    if problem is not None:
        return f"option {item.name!r}, whose own default is refused: {problem}"
    return None


@functools.cache
def _own_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("limner")
    except PackageNotFoundError:  # running from a source tree
        return "0+unknown"


_default_kinds: dict[str, type[Annotation]] | None = None


def default_kinds() -> Mapping[str, type[Annotation]]:
    """Annotation classes of every installed plugin (computed once per process).

    :meth:`limner.Document.from_dict` asks for them when it is given no
    ``kinds``: the plugin manager hands them to the model, which knows no
    plugin.
    """
    global _default_kinds
    if _default_kinds is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PluginWarning)
            _default_kinds = PluginManager().kinds()
    return _default_kinds


document.set_kinds_source(default_kinds)
