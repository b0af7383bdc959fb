"""The plugin manager: loading, allow and block lists, fault isolation."""

from __future__ import annotations

import importlib.metadata
import os
import re
import subprocess
import sys
import textwrap
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import limner
import limner.plugins
from limner.segment import DefaultSegmenter
from tests.core.fakes import make_plugin, marker
from tests.core.installed import entry_points_of

GOOD = """
import limner

@limner.hookimpl
def limner_annotators(config):
    return [limner.Annotator("shout", ("shout",), lambda doc: [
        limner.Annotation(kind="shout", start=0, end=min(1, len(doc.text)))])]
"""
BROKEN_IMPORT = "raise ImportError('missing dependency frobnicate')\n"
BAD_HOOK = """
import limner

@limner.hookimpl
def limner_annotators(cfg_with_wrong_name):
    return []
"""
RAISING_HOOK = """
import limner

@limner.hookimpl
def limner_annotators(config):
    raise RuntimeError("cannot start")
"""


@pytest.fixture
def fake_entry_points(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    sources = {"good": GOOD, "broken": BROKEN_IMPORT, "badhook": BAD_HOOK, "raising": RAISING_HOOK}
    entry_points_of(
        tmp_path,
        monkeypatch,
        {f"fakeplug_{name}": textwrap.dedent(src) for name, src in sources.items()},
        [(name, f"fakeplug_{name}") for name in sources],
    )
    return sources


def test_broken_plugins_warn_by_name_and_the_rest_works(fake_entry_points) -> None:
    with pytest.warns(limner.PluginWarning) as caught:
        enricher = limner.Enricher()
    messages = "\n".join(str(w.message) for w in caught)
    assert "'broken'" in messages and "frobnicate" in messages
    assert "'badhook'" in messages
    assert "'raising'" in messages and "cannot start" in messages
    assert [a.name for a in enricher.annotators] == ["shout"]
    doc = enricher.enrich("hey")
    assert [a.kind for a in doc.annotations] == ["shout"] and doc.errors == []
    infos = {i.name: i for i in enricher.manager.infos()}
    assert infos["broken"].error and "ImportError" in infos["broken"].error
    assert infos["good"].error is None


def test_allowlist_and_blocklist_from_arguments(fake_entry_points) -> None:
    pm = limner.PluginManager(plugins=["good"])
    assert pm.names() == ["formats", "good", "html", "segment"]
    with pytest.warns(limner.PluginWarning, match="'broken'"):
        pm = limner.PluginManager(disable=["good", "badhook", "raising"])
    assert "good" not in pm.names()


def test_allowlist_and_blocklist_from_environment(fake_entry_points, monkeypatch) -> None:
    monkeypatch.setenv("LIMNER_PLUGINS", "good,broken")
    monkeypatch.setenv("LIMNER_DISABLE_PLUGINS", "broken")
    assert limner.PluginManager().names() == ["formats", "good", "html", "segment"]


@pytest.mark.parametrize("value", ["", " ", " , "])
def test_an_empty_plugins_variable_is_as_unset_not_an_empty_list(
    fake_entry_points, monkeypatch, value: str
) -> None:
    # `LIMNER_PLUGINS=${PLUGINS}` in a compose file or a script, with PLUGINS unset
    monkeypatch.setenv("LIMNER_PLUGINS", value)
    monkeypatch.setenv("LIMNER_DISABLE_PLUGINS", "broken,badhook,raising")
    assert "good" in limner.PluginManager().names()
    assert limner.PluginManager(plugins="").names() == ["formats", "html", "segment"]


def test_asking_for_a_missing_plugin_warns(fake_entry_points) -> None:
    with pytest.warns(limner.PluginWarning, match="nosuch.*not installed"):
        limner.PluginManager(plugins=["good", "nosuch"])


def test_disabling_a_plugin_that_is_not_installed_warns(fake_entry_points) -> None:
    with pytest.warns(limner.PluginWarning, match="nosuch.*disabled but not installed"):
        pm = limner.PluginManager(disable=["good", "badhook", "broken", "raising", "nosuch"])
    assert "good" not in pm.names()


def test_a_plugin_asked_for_and_disabled_warns_naming_where_the_disabling_came_from(
    fake_entry_points, monkeypatch
) -> None:
    """``LIMNER_DISABLE_PLUGINS=good`` left in a shell's profile, and ``-p good`` asked:
    the plugin was left out and the run made nothing, without a word."""
    monkeypatch.setenv("LIMNER_DISABLE_PLUGINS", "good")
    with pytest.warns(limner.PluginWarning, match=r"'good' asked for and disabled by "
                      r"LIMNER_DISABLE_PLUGINS; it is not loaded"):
        pm = limner.PluginManager(plugins=["good", "segment"])
    assert "good" not in pm.names()
    with warnings.catch_warnings():  # both in one call, or both by the environment: meant
        warnings.simplefilter("error")
        assert "good" not in limner.PluginManager(plugins="good", disable="good").names()
        monkeypatch.setenv("LIMNER_PLUGINS", "good,segment")
        assert "good" not in limner.PluginManager().names()


def test_disabling_installed_plugins_warns_of_none(fake_entry_points, recwarn) -> None:
    limner.PluginManager(disable=["good", "badhook", "broken", "raising", "segment"])
    assert not [w for w in recwarn if "disabled but not installed" in str(w.message)]


def test_a_plugin_name_taken_twice_is_said_not_skipped_in_silence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two entry points of one name (two distributions, or one named as a built-in):
    the first loads, and a warning names the one left out; it used to be dropped
    without a word, its author left to wonder why it never ran."""
    entry_points_of(
        tmp_path,
        monkeypatch,
        {"fakeplug_first": textwrap.dedent(GOOD), "fakeplug_second": textwrap.dedent(GOOD)},
        [("twice", "fakeplug_first"), ("twice", "fakeplug_second"),
         ("segment", "fakeplug_second")],
    )
    with pytest.warns(limner.PluginWarning) as caught:
        pm = limner.PluginManager()
    said = sorted(str(w.message) for w in caught)
    assert said == [
        ("limner plugin 'segment' (fakeplug_second) is not loaded: another plugin has the "
        "name, limner's built-in limner.segment; rename its entry point"),
        ("limner plugin 'twice' (fakeplug_second) is not loaded: another plugin has the "
        "name, the entry point fakeplug_first, which is loaded; rename its entry point"),
    ]
    infos = {i.name: i.module for i in pm.infos()}
    assert (infos["twice"], infos["segment"]) == ("fakeplug_first", "limner.segment")
    limner.PluginManager(disable=["twice", "segment"])  # disabled, whichever: no word


@pytest.mark.parametrize("listed", ["theirs first", "ours first"])
def test_of_two_entry_points_of_one_name_the_listing_order_never_decides(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, listed: str
) -> None:
    """A distribution that registers ``numbers`` beside limner's own: limner's loads,
    and of two other distributions' ``twice``, the one whose distribution sorts first.
    Which loaded was the order Python lists the distributions in, a folder's listing
    (the file system's order, or the first folder of ``sys.path``): an installed
    package could replace limner's numbers on one machine and not on another."""
    from importlib.metadata import EntryPoint
    from types import SimpleNamespace

    for module in ("plug_ours", "plug_theirs", "plug_b", "plug_a"):
        (tmp_path / f"{module}.py").write_text(textwrap.dedent(GOOD), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))

    def ep(name: str, value: str, dist: str) -> EntryPoint:
        return EntryPoint(name, value, "limner")._for(SimpleNamespace(name=dist, version="1"))

    eps = [
        ep("numbers", "plug_theirs", "limner-numbers-plus"),
        ep("numbers", "plug_ours", "limner"),
        ep("twice", "plug_b", "Limner_B"),
        ep("twice", "plug_a", "limner-zz"),
    ]
    if listed == "ours first":
        eps.reverse()
    monkeypatch.setattr(limner.plugins, "entry_points", lambda group: eps)
    monkeypatch.setattr(limner.plugins, "_default_kinds", None)  # (as entry_points_of)
    with pytest.warns(limner.PluginWarning) as caught:
        pm = limner.PluginManager(plugins=["numbers", "twice"])
    infos = {i.name: i.module for i in pm.infos()}
    assert (infos["numbers"], infos["twice"]) == ("plug_ours", "plug_b")
    assert sorted(str(w.message) for w in caught) == [
        ("limner plugin 'numbers' (plug_theirs in limner-numbers-plus 1) is not loaded: another "
         "plugin has the name, the entry point plug_ours in limner 1, which is loaded; rename "
         "its entry point"),
        ("limner plugin 'twice' (plug_a in limner-zz 1) is not loaded: another plugin has the "
         "name, the entry point plug_b in Limner_B 1, which is loaded; rename its entry point"),
    ]


def test_kinds_conflict_warns_and_first_name_wins() -> None:
    import attrs

    @attrs.frozen(kw_only=True)
    class One(limner.Annotation):
        kind: str = "dup"

    @attrs.frozen(kw_only=True)
    class Two(limner.Annotation):
        kind: str = "dup"

    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(limner_annotation_kinds=lambda: [Two]), "zeta")
    pm.register(make_plugin(limner_annotation_kinds=lambda: [One]), "alpha")
    with pytest.warns(limner.PluginWarning, match="'dup'"):
        assert pm.kinds()["dup"] is One


def test_segmenter_is_replaced_through_the_first_result_hook() -> None:
    class Lines(DefaultSegmenter):
        def sentences(self, text: str) -> list[tuple[int, int]]:
            out, pos = [], 0
            for line in text.split("\n"):
                if line:
                    out.append((pos, pos + len(line)))
                pos += len(line) + 1
            return out

    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(limner_segmenter=lambda config: Lines()), "lines")
    e = limner.Enricher(manager=pm, kinds=["sentence"])
    assert e.annotators[0].plugin == "lines"
    doc = e.enrich("Mr. Smith. Left\nNext")
    assert [doc.text[s.start : s.end] for s in doc.select("sentence")] == [
        "Mr. Smith. Left",
        "Next",
    ]


@pytest.mark.parametrize(
    ("spans", "problem"),
    [
        ([(0, 2), (3, 1)], r"sentence 1 \[3, 1\) ends before it starts"),
        ([(0, 2, 3), (4,)], "not a pair of ints: too many values to unpack"),
        ([(0, 2.5)], "not a pair of ints: 'float'"),
        ([(0, 99)], r"sentence 0 \[0, 99\) lies outside the text of 10 characters"),
        ([(-1, 2)], r"sentence 0 \[-1, 2\) lies outside the text"),
        # out of order and overlapping: the annotations took them (sorted when stored,
        # or overlapping as given), where the layer refused the first and took the second
        ([(5, 9), (0, 4)], r"sentence 1 \[0, 4\) starts before the end of the one before"),
        ([(0, 6), (5, 9)], r"sentence 1 \[5, 9\) starts before the end of the one before"),
        ([(0, 4), (0, 4)], r"sentence 1 \[0, 4\) starts before the end of the one before"),
        # True for 1: the layer took it, the annotations refused it
        ([(False, True)], "not a pair of ints: a bool is no offset"),
    ],
)
def test_a_segmenter_giving_bad_spans_fails_alone_making_neither_kind(
    spans: list, problem: str
) -> None:
    """The ``sentences`` and ``sentence-spans`` annotators hold the segmenter's spans to
    one rule (pairs of ints, in order, not overlapping, within the text), and fail alike."""

    class Bad(DefaultSegmenter):
        def sentences(self, text: str) -> list:
            return spans

    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(limner_segmenter=lambda config: Bad()), "bad")
    e = limner.Enricher(manager=pm, kinds=["sentence", "sentence-span", "token"])
    doc = e.enrich("Some text.")
    assert doc.kinds == {"token"}
    assert sorted((e.plugin, e.annotator, e.type) for e in doc.errors) == [
        ("bad", "sentence-spans", "ValueError"), ("bad", "sentences", "ValueError")
    ]
    for error in doc.errors:
        assert re.search(problem, error.message), error.message


def test_a_segmenter_giving_its_spans_as_an_iterator_makes_both_kinds() -> None:
    """The spans are read once: an iterator gave the annotations and left the layer "as
    many starts as ends" short (its starts read, nothing left for its ends)."""

    class Lazy(DefaultSegmenter):
        def sentences(self, text: str) -> Iterator[tuple[int, int]]:
            return iter([(0, 4), (5, 10), (10, 10)])

    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(limner_segmenter=lambda config: Lazy()), "lazy")
    doc = limner.Enricher(manager=pm, kinds=["sentence", "sentence-span"]).enrich("Some text.")
    assert doc.errors == []
    assert [(s.start, s.end) for s in doc.select("sentence")] == [(0, 4), (5, 10), (10, 10)]
    assert list(doc.layer("sentence-span") or ()) == [(0, 4), (5, 10), (10, 10)]


@given(st.text(alphabet="ab .!?\n\"'’A1", max_size=60))
def test_the_sentence_layer_holds_the_sentences_spans(text: str) -> None:
    doc = limner.Enricher(plugins=[], kinds=["sentence", "sentence-span"]).enrich(text)
    layer = doc.layer("sentence-span")
    assert layer is not None and layer.source == "segment"
    assert list(layer) == [(s.start, s.end) for s in doc.select("sentence")]


def test_a_segmenter_returning_none_defers_to_the_builtin() -> None:
    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(limner_segmenter=lambda: None), "shy")
    e = limner.Enricher(manager=pm, kinds=["sentence"])
    assert e.annotators[0].plugin == "segment"


def test_non_annotator_results_are_ignored_with_a_warning() -> None:
    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(limner.Annotator("ok", ("ok",), marker("ok"))), "fine")

    class Odd:
        @limner.hookimpl
        def limner_annotators(self, config):
            return ["not an annotator"]

    pm.register(Odd(), "odd")
    with pytest.warns(limner.PluginWarning, match="'odd'.*not a limner.Annotator"):
        e = limner.Enricher(manager=pm)
    assert [a.name for a in e.annotators] == ["ok"]


def test_registered_plugins_are_listed() -> None:
    pm = limner.PluginManager(plugins=[])
    pm.register(make_plugin(), "mine")
    info = {i.name: i for i in pm.infos()}["mine"]
    assert info.origin == "registered"
    pm.unregister("mine")
    assert "mine" not in pm.names()


@pytest.mark.parametrize("plugin", ["numbers", None, 5, object()])
def test_registering_what_implements_no_hook_is_refused(plugin: object) -> None:
    """``pm.register("numbers")`` (a name where the module goes) registered a str, which
    did nothing: the plugin the user meant was never loaded, and nothing said so."""
    import pluggy

    pm = limner.PluginManager(plugins=[])
    with pytest.raises(pluggy.PluginValidationError, match="implements no limner hook"):
        pm.register(plugin, "mine")
    assert "mine" not in pm.names()
    pm.register(make_plugin(), "mine")  # (the name is free again)
    assert "mine" in pm.names()


def test_one_module_named_by_two_entry_points_is_said_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two entry points of one distribution name one module (an old name kept beside a
    new one): the second could not be loaded, and its warning went on over many lines,
    pluggy's dump of every plugin registered, its module and path."""
    entry_points_of(
        tmp_path,
        monkeypatch,
        {"fakeplug_same": textwrap.dedent(GOOD)},
        [("newname", "fakeplug_same"), ("oldname", "fakeplug_same")],
    )
    with pytest.warns(limner.PluginWarning) as caught:
        pm = limner.PluginManager()
    assert [str(w.message) for w in caught] == [
        ("limner plugin 'oldname' (fakeplug_same) could not be loaded and is skipped: "
         "ValueError: the module fakeplug_same is registered already, as plugin 'newname': "
         "one module or object is one plugin, of one name")
    ]
    assert "newname" in pm.names() and "oldname" not in pm.names()
    with pytest.raises(ValueError, match=r"^a plugin is registered as 'newname' already; "):
        pm.register(make_plugin(), "newname")


def test_an_entry_point_that_names_no_plugin_is_broken_not_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An entry point that names a value of the module (``fakeplug_value:VERSION``), not
    the module: it loaded, listed as a plugin with nothing, and did nothing, without a
    word, as ``register`` of such a value did before it was refused."""
    entry_points_of(
        tmp_path,
        monkeypatch,
        {"fakeplug_value": textwrap.dedent(GOOD) + "VERSION = 42\n"},
        [("valued", "fakeplug_value:VERSION"), ("good", "fakeplug_value")],
    )
    with pytest.warns(limner.PluginWarning, match=r"'valued' .*could not be loaded.*int 42 "
                      r"implements no limner hook: an entry point names a plugin's module"):
        pm = limner.PluginManager()
    assert "valued" not in pm.names() and "good" in pm.names()
    assert "implements no limner hook" in {i.name: i for i in pm.infos()}["valued"].error


def test_formats_come_from_the_hook() -> None:
    pm = limner.PluginManager(plugins=[])
    fmts = pm.formats()
    assert {"json", "jsonl", "table"} <= set(fmts)
    assert fmts["jsonl"].plugin == "formats"
    doc = limner.Document(text="x")
    assert fmts["jsonl"].dumps([doc]).count("\n") == 1


FORMATS_OF = """
import limner

@limner.hookimpl
def limner_formats():
    return [limner.Format(name, write=lambda docs, out: out.write({plugin!r}))
            for name in {names!r}]
"""


def test_a_format_name_taken_twice_is_kept_by_one_rule_and_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An installed plugin's format named as a built-in one (`json`, what `limner
    enrich` writes by default) no longer replaces it because the plugin's name sorts
    first; of two plugins' formats, the one named after its plugin keeps the name;
    a warning names both."""
    formats = {"aaa": ["json", "fancy"], "fancy": ["fancy"]}
    entry_points_of(
        tmp_path,
        monkeypatch,
        {f"fakeplug_{p}": FORMATS_OF.format(plugin=p, names=n) for p, n in formats.items()},
        [(p, f"fakeplug_{p}") for p in formats],
    )
    pm = limner.PluginManager()
    with pytest.warns(limner.PluginWarning) as caught:
        formats = pm.formats()
    assert (formats["json"].plugin, formats["fancy"].plugin) == ("formats", "fancy")
    assert sorted(str(w.message) for w in caught) == [
        "format 'fancy' is defined by plugins 'fancy' and 'aaa'; that of 'fancy' is used",
        "format 'json' is defined by plugins 'formats' and 'aaa'; that of 'formats' is used",
    ]


@pytest.mark.parametrize("rival", ["aaa", "zzz"])
def test_an_option_declared_by_two_plugins_is_kept_by_one_rule_and_said(rival: str) -> None:
    """A plugin that declares ``numbers.decimal_comma`` (another plugin's option) with a
    default of its own: the plugin whose name sorted last replaced the other's option
    without a word, so that an installed ``zzz`` made the numbers plugin read '3,5' as
    3.5 and '1.000' as a thousand in every run."""
    pm = limner.PluginManager(plugins=["numbers"])
    pm.register(
        make_plugin(limner_config_options=lambda: [limner.Option("numbers.decimal_comma", True),
                                                   limner.Option(f"{rival}.x", 1)]),
        rival,
    )
    with pytest.warns(limner.PluginWarning) as caught:
        options = pm.options()
    assert (options["numbers.decimal_comma"].plugin, options[f"{rival}.x"].plugin) == (
        "numbers", rival
    )
    assert [str(w.message) for w in caught] == [
        (f"option 'numbers.decimal_comma' is declared by plugins 'numbers' and {rival!r}; "
         "that of 'numbers' is used")
    ]
    assert limner.Enricher(manager=pm).config["numbers.decimal_comma"] is False


def _write(docs, out) -> None:
    out.write("x")


@pytest.mark.parametrize(
    ("given", "error", "message"),
    [
        ({"name": ""}, ValueError, "a format's name is a non-empty str"),
        ({"name": 3}, ValueError, "a format's name is a non-empty str .* not 3"),
        ({"write": None}, TypeError, "write must be callable, got None"),
        ({"read": "read"}, TypeError, "read must be callable, got str"),
        ({"detect": True}, TypeError, "detect must be callable, got bool"),
        ({"target": "file"}, ValueError, "writes a file: it needs write_path"),
        ({"options": ("kind", 1)}, ValueError, "a format's options are keyword names"),
    ],
)
def test_a_careless_format_is_refused_when_made(given: dict, error: type, message: str) -> None:
    """Not when a document is written with it (a format of no name, or ``write=None``,
    was listed as it was, and failed then)."""
    with pytest.raises(error, match=message):
        limner.Format(**({"name": "mine", "write": _write} | given))


def test_a_plugin_whose_format_is_refused_is_named_and_the_rest_works() -> None:
    class Careless:
        @limner.hookimpl
        def limner_formats(self):
            return [limner.Format(name="", write=_write)]

    pm = limner.PluginManager(plugins=[])
    pm.register(Careless(), "careless")
    with pytest.warns(limner.PluginWarning, match="'careless'.*name is a non-empty str"):
        fmts = pm.formats()
    assert "" not in fmts and "jsonl" in fmts


def test_one_option_name_is_one_option() -> None:
    """``options="kind"`` is the option ``kind``, not the letters k, i, n and d."""
    fmt = limner.Format("mine", _write, options="kind")
    assert fmt.options == ("kind",)
    with pytest.raises(limner.InputError, match=r"takes no option 'k' .*it takes: kind"):
        fmt.dumps([], k=1)


@pytest.mark.parametrize("field", ["produces", "requires", "uses"])
@pytest.mark.parametrize("value", [1, None, b"x"])
def test_an_annotator_names_kinds_of_the_wrong_type(field: str, value: object) -> None:
    given = {"name": "a", "produces": ("x",), "func": marker("x")} | {field: value}
    with pytest.raises(TypeError, match=r"an annotator's kinds are a kind .* or several, got"):
        limner.Annotator(**given)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        # set where no shell expands a tilde (a Dockerfile's ENV, a .env file, systemd)
        ({"LIMNER_CACHE_DIR": "~/limner-cache"}, "{home}/limner-cache"),
        ({"LIMNER_CACHE_DIR": "/srv/cache"}, "/srv/cache"),
        ({"XDG_CACHE_HOME": "/var/cache/u"}, "/var/cache/u/limner"),
        # the XDG base directory rules: a relative path there is invalid, and ignored
        ({"XDG_CACHE_HOME": "cache"}, "{home}/.cache/limner"),
        ({"XDG_CACHE_HOME": "~/xdg"}, "{home}/.cache/limner"),
        ({"XDG_CACHE_HOME": ""}, "{home}/.cache/limner"),
        # blank is not set (it named a folder " " in the working folder)
        ({"LIMNER_CACHE_DIR": " "}, "{home}/.cache/limner"),
        ({"LIMNER_CACHE_DIR": " \t ", "XDG_CACHE_HOME": "/var/cache/u"}, "/var/cache/u/limner"),
        # spaces around a path are no part of it (" /srv/cache" was a folder " " in the
        # working folder, and "~/c " a folder "c " at home)
        ({"LIMNER_CACHE_DIR": " /srv/cache "}, "/srv/cache"),
        ({"LIMNER_CACHE_DIR": "~/limner-cache\n"}, "{home}/limner-cache"),
    ],
)
def test_the_cache_folder_never_depends_on_the_working_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, env: dict[str, str], expected: str
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("LIMNER_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.chdir(tmp_path)
    assert limner.cache_dir("locations") == Path(expected.format(home=home)) / "locations"


def test_a_relative_cache_folder_is_taken_in_the_folder_limner_started_in(
    tmp_path: Path,
) -> None:
    """`LIMNER_CACHE_DIR=cache`: a relative path followed the working folder, so that code
    that changed it (a plugin, a service) built the cache again somewhere else."""
    (tmp_path / "elsewhere").mkdir()
    code = (
        "import os, limner; first = limner.cache_dir('x'); os.chdir('elsewhere'); "
        "print(first); print(limner.cache_dir('x'))"
    )
    env = dict(os.environ, LIMNER_CACHE_DIR="cache", PYTHONPATH=os.pathsep.join(sys.path))
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [str(tmp_path / "cache" / "x")] * 2


def test_the_package_says_its_version_as_the_command_line_does() -> None:
    """`limner.__version__` raised AttributeError, though `limner --version` worked."""
    from click.testing import CliRunner

    from limner.cli import cli

    assert limner.__version__ == importlib.metadata.version("limner")
    shown = CliRunner().invoke(cli, ["--version"]).output
    assert limner.__version__ in shown
