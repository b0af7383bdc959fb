"""Configuration options that plugins declare, and their validation.

A plugin declares :class:`Option` objects through the
``limner_config_options`` hook; the user passes values as a mapping
(``Enricher(config={"numbers.decimal_comma": True})``) or on the command
line (``--config numbers.decimal_comma=true``), where strings are converted to
the type of the default.
"""

from __future__ import annotations

import copy
import difflib
import json
import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import attrs

from limner.errors import ConfigError, never_ran, plugin_fault, said

__all__ = ["Config", "Option", "config_pairs", "name_list", "plain_str", "resolve_config"]


def plain_str(value: Any) -> Any:
    """``value`` as a str of its own when it is a str of a subclass (a ``StrEnum``'s
    member), read by ``str``'s code, not the subclass's; anything else as it is.

    The names and kinds that plugins give (an annotator's, an option's, a format's, a
    kind class's default) are held so, the one rule for them: a subclass's own
    ``__hash__`` or ``__eq__`` that raised, or lied, ended the loading of every plugin
    (the plan keys annotators by name), where its value is all limner reads.
    """
    return str.__str__(value) if isinstance(value, str) and type(value) is not str else value


def name_list(value: str | Iterable[str] | None, what: str) -> tuple[str, ...] | None:
    """Names given as one comma-separated str or as a collection of strs, or ``None``.

    Every entry point that takes names (plugins to enable or disable, kinds to
    make) reads them here, so ``"numbers,quotes"``, ``"numbers"`` and
    ``["numbers", "quotes"]`` mean the same everywhere.  Names are stripped,
    empty ones dropped, repeats kept once, in the order given.

    Raises:
        TypeError: ``value`` is neither a str nor a collection of strs (``what``
            names the argument in the message).
    """
    if value is None:
        return None
    if isinstance(value, str):
        items: Iterable[object] = value.split(",")
    elif isinstance(value, Iterable) and not isinstance(value, bytes | Mapping):
        items = value
    else:
        raise TypeError(f"{what} takes names (a str, comma-separated, or strs), not {value!r}")
    out: dict[str, None] = {}
    for item in items:
        if not isinstance(item, str):
            raise TypeError(f"{what} takes names (strs), not {item!r}")
        if item.strip():
            out[item.strip()] = None
    return tuple(out)


def config_pairs(items: Iterable[str]) -> dict[str, str]:
    """The options of ``KEY=VALUE`` strings, as the command line's ``-c``/``--config``
    gives them: keys stripped, values as written.

    A key given twice with another value is refused, as every input named twice on
    the command line is (a later ``-c`` silently won): a value given twice is kept once.

    Raises:
        ConfigError: an item is not ``KEY=VALUE``, or a key is given two values.
    """
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise ConfigError(f"{item!r} is not KEY=VALUE")
        if key in out and out[key] != value:
            raise ConfigError(
                f"{key!r} is given twice, as {out[key]!r} and {value!r}; give it once"
            )
        out[key] = value
    return out


@attrs.frozen
class Option:
    """One configuration option.

    Args:
        name: dotted, prefixed with the plugin's name: ``"locations.min_population"``.
        default: the value when none is given.  Its type is the option's:
            strings are converted to it (for a list or a dict, read as JSON:
            ``-c plugin.words='["a", "b"]'``), and a value of another type is
            refused (an int is taken for a float; a float option refuses NaN and
            infinity unless its default is infinite; ``None`` allows any type).
        help: one line for ``limner plugins`` and the docs.
        validate: checks a value already of the default's type, returning it
            (possibly normalized) or raising ``ValueError`` with a message
            saying what is allowed; returning ``None`` for a value that is
            not ``None`` is a :class:`ConfigError`, and so is anything else
            it raises (a ``KeyError``, ``SystemExit``), naming the option.
        plugin: the plugin that declared it (filled in by limner).
        names: the option takes names, as every entry point that takes names
            does (:func:`name_list`): one str of names separated by commas, or
            a list or tuple of strs (from a str, a JSON list: ``'["a", "b"]'``,
            as every list option takes one); the value is held as the
            comma-separated str of the names (the default is such a str).  A set
            is refused, as by a list option: its order is not the caller's but
            that of the hash seed, which changes from run to run.
        kinds: the option's names are kinds of annotations (implies ``names``): a
            name no enabled plugin makes, nor an installed one, and that is not in
            the default (a kind a plugin is awaited for), is warned of once, when
            an Enricher is made, with the kinds made (a misspelt kind is read
            as a kind the caller's annotations may hold).
    """

    name: str = attrs.field(converter=plain_str)
    default: Any
    help: str = ""
    validate: Callable[[Any], Any] | None = attrs.field(default=None, repr=False, eq=False)
    plugin: str = ""
    names: bool = False
    kinds: bool = False

    def __attrs_post_init__(self) -> None:
        if self.kinds:
            object.__setattr__(self, "names", True)

    def convert(self, value: Any) -> Any:
        """Convert and validate a user value, raising :class:`ConfigError`.

        A list, a dict or a set is converted as a copy of its own (see :func:`_own`):
        a ``validate`` that normalizes it in place (``words.sort()``) changed the
        caller's ``config``, or the option's default.
        """
        value = _own(value)
        if self.names and isinstance(value, set | frozenset):
            raise ConfigError(
                f"invalid value {value!r} for option {self.name!r}: a set has no order "
                "(it would be the hash seed's); give a list, or names separated by commas"
            )
        if self.names and value is not None:
            if isinstance(value, str) and value.lstrip().startswith(("[", "{")):
                # a list written as JSON, as a list option takes it from -c (a name
                # never starts so): not the names '["location"' and '"person"]'
                try:
                    value = json.loads(value)
                except ValueError:
                    raise ConfigError(
                        f"invalid value {value!r} for option {self.name!r}: it starts as JSON "
                        "but is not JSON; give names separated by commas, or a JSON list"
                    ) from None
            try:
                value = ",".join(name_list(value, "it") or ())
            except TypeError as exc:
                raise ConfigError(
                    f"invalid value {value!r} for option {self.name!r}: {exc}"
                ) from None
        if (
            isinstance(value, str)
            and not isinstance(self.default, str)
            and self.default is not None
        ):
            value = _from_string(self.name, value, self.default)
        value = _of_type(self.name, value, self.default)
        if self.validate is not None:
            try:
                checked = self.validate(value)
            except (TypeError, ValueError) as exc:
                raise ConfigError(
                    f"invalid value {value!r} for option {self.name!r}: {said(exc)}"
                ) from None
            except BaseException as exc:  # a bug in the plugin's validate
                if not plugin_fault(exc):  # (a KeyboardInterrupt: the user's)
                    raise
                raise ConfigError(
                    f"{self._named()}: its validate failed "
                    f"on {value!r}: {type(exc).__name__}: {said(exc)}"
                ) from None
            if checked is None and value is not None:
                raise ConfigError(
                    f"{self._named()}: its validate returned "
                    f"None for {value!r}; a validate returns the value or raises ValueError"
                )
            unrun = never_ran(checked)
            if unrun is not None:  # (an async def: the coroutine was the value)
                raise ConfigError(
                    f"{self._named()}: its validate returned {unrun} for {value!r}; a "
                    "validate returns the value or raises ValueError"
                )
            value = checked
        return value

    def _named(self) -> str:
        """The option as a message names it: with its plugin, once limner filled it in."""
        return f"option {self.name!r}" + (f" (plugin {self.plugin!r})" if self.plugin else "")

    def default_problem(self) -> str | None:
        """What is wrong with the option's own default, as :meth:`convert` judges a value,
        when the option has a ``validate`` (it refuses the default, raises on it or
        returns ``None`` for it), or ``None``.  A default of ``None`` (no value) is not
        judged, nor the default of an option without a ``validate``.

        A plugin whose option's default its own ``validate`` refuses is disabled when it
        loads: the default went to its annotators unchecked, a value it says is wrong
        (and one its ``validate`` would normalize, as it is).
        """
        if self.validate is None or self.default is None:
            return None
        try:
            self.convert(self.default)
        except ConfigError as exc:
            return str(exc)
        return None


def _of_type(name: str, value: Any, default: Any) -> Any:
    """``value`` if it has the type of ``default`` (an int is taken as a float), else raise."""
    if default is None:
        return value
    if isinstance(default, bool):
        ok = isinstance(value, bool)
    elif isinstance(default, int):
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif isinstance(default, float):
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if ok:
            # NaN passes every bound a validate checks (it compares false to all), an
            # infinity ("1e999" too) is no setting; an int past a float's range was an
            # OverflowError.  An option whose default is infinite takes infinity.
            try:
                value = float(value)
            except OverflowError:
                value = math.inf
            if math.isnan(value) or (math.isinf(value) and not math.isinf(default)):
                raise ConfigError(
                    f"invalid value {value!r} for option {name!r}: expected a finite number"
                )
    else:
        ok = isinstance(value, type(default))
    if not ok:
        raise ConfigError(
            f"invalid value {value!r} for option {name!r}: expected {_wanted(default)}"
        )
    return value


def _wanted(default: Any) -> str:
    """What an option whose default is ``default`` takes, as its errors say it."""
    if isinstance(default, bool):
        return "true or false"
    if isinstance(default, int):
        return "a whole number"
    if isinstance(default, float):
        return "a number"
    if isinstance(default, list | dict):
        return f"a {type(default).__name__} (in a string, as JSON: {_JSON_FORM[type(default)]})"
    return f"a {type(default).__name__}"


#: how a list or a dict option is written in a string (see :func:`_from_string`)
_JSON_FORM = {list: "[...]", dict: "{...}"}


def _from_string(name: str, raw: str, default: Any) -> Any:
    try:
        if isinstance(default, bool):
            low = raw.strip().lower()
            if low in {"1", "true", "yes", "on"}:
                return True
            if low in {"0", "false", "no", "off"}:
                return False
            raise ValueError
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
        if isinstance(default, list | dict):  # `-c plugin.words='["a", "b"]'`
            return json.loads(raw)
    except ValueError:  # (a JSONDecodeError too)
        # say what the option takes, not what int() or float() said
        raise ConfigError(
            f"invalid value {raw!r} for option {name!r}: expected {_wanted(default)}"
        ) from None
    return raw


class Config(Mapping[str, Any]):
    """The resolved configuration: every declared option with its value.

    A value that is a list, a dict or a set is a copy of its own: a plugin that
    changes the list it reads (``config["x.words"].append(...)`` in its hook) changed
    its option's default for every later run of the process (and what ``limner
    plugins`` lists), or the caller's own ``config`` mapping, and with it what the
    worker processes of a parallel run were given, which changed it again.
    """

    def __init__(self, values: Mapping[str, Any]) -> None:
        self._values = _owned(values)

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"Config({self._values!r})"

    def __hash__(self) -> int:
        return hash(tuple(sorted((k, repr(v)) for k, v in self._values.items())))

    @staticmethod
    def parse_pairs(items: Iterable[str]) -> dict[str, str]:
        """The options of ``KEY=VALUE`` strings, read as the command line's ``-c`` reads
        them (:func:`config_pairs`): a command a plugin adds reads its own so.

        >>> Config.parse_pairs(["numbers.decimal_comma=true"])
        {'numbers.decimal_comma': 'true'}

        Raises:
            ConfigError: an item is not ``KEY=VALUE``, or a key is given two values.
        """
        return config_pairs(items)


#: the types of option values that a :class:`Config` holds copies of
_MUTABLE = frozenset({list, dict, set})


def _own(value: Any) -> Any:
    """A copy of ``value`` when it is a list, a dict or a set (which plugin code may
    change in place), else ``value``: the one rule of option values that a plugin's
    code is handed."""
    return copy.deepcopy(value) if type(value) in _MUTABLE else value


def _owned(values: Mapping[str, Any]) -> dict[str, Any]:
    """The options of ``values``, each as :func:`_own` gives it: what a :class:`Config`
    holds, and what :meth:`limner.Enricher.spec` builds the Enricher of another process
    from (a ``pipe`` worker, an unpickled copy), so that a list the caller, or code
    handed a spec, changed later changes neither."""
    return {key: _own(value) for key, value in values.items()}


def resolve_config(options: Mapping[str, Option], given: Mapping[str, Any] | None) -> Config:
    """Defaults overlaid with ``given``, each value validated.

    Raises:
        ConfigError: a key no enabled plugin declares, or an invalid value.
    """
    values = {name: opt.default for name, opt in options.items()}
    if given is not None and not isinstance(given, Mapping):
        raise ConfigError(
            f"config takes a mapping of option names to values "
            f"({{'numbers.decimal_comma': True}}), not {type(given).__name__}"
        )
    for key, raw in (given or {}).items():
        opt = options.get(key)
        if opt is None:
            known = ", ".join(sorted(options)) or "none"
            plugin = str(key).partition(".")[0]
            # a near miss (a letter of the plugin's name in capitals, two letters turned
            # about): it was said to be of no enabled plugin, or left to the list
            close = difflib.get_close_matches(str(key).lower(), options, n=2, cutoff=0.8)
            if close:
                raise ConfigError(
                    f"unknown configuration option {key!r} (did you mean "
                    f"{' or '.join(map(repr, close))}?); known options: {known}"
                )
            if not any(name.partition(".")[0] == plugin for name in options):
                # an option of a plugin left out (-p, --disable) or not installed
                raise ConfigError(
                    f"unknown configuration option {key!r}: no enabled plugin has options "
                    f"under {plugin!r} (is that plugin installed and enabled?); "
                    f"known options: {known}"
                )
            raise ConfigError(f"unknown configuration option {key!r}; known options: {known}")
        values[key] = opt.convert(raw)
    return Config(values)
