"""The conformance kit (limner.testing): plugins registered in code, fixed seeds,
the troublemakers, and a ConformanceError that names the law, the plugin and
the text."""

from __future__ import annotations

import re
import types
from typing import ClassVar

import attrs
import pytest

import limner
import limner.testing
from limner.testing import (
    DEFAULT_EXAMPLES,
    TROUBLEMAKERS,
    ConformanceError,
    check_annotations,
    check_plugin,
)


@attrs.frozen(kw_only=True)
class Word(limner.Annotation):
    id_prefix: ClassVar[str] = "w"
    kind: str = "word"
    sentence: str | None = limner.ref()


def plugin_module(func, *, options=(), name: str = "limner_words", kinds=(Word,)):
    """A plugin module built in code, as an author has before packaging."""
    module = types.ModuleType(name)

    @limner.hookimpl
    def limner_annotators(config):
        return [limner.Annotator("words", ("word",), lambda doc: func(doc, config))]

    @limner.hookimpl
    def limner_config_options():
        return list(options)

    @limner.hookimpl
    def limner_annotation_kinds():
        return list(kinds)

    module.limner_annotators = limner_annotators
    module.limner_config_options = limner_config_options
    module.limner_annotation_kinds = limner_annotation_kinds
    return module


def first_word(doc: limner.Document, config) -> list[Word]:
    m = re.search(r"\w+", doc.text)
    return [Word(start=m.start(), end=m.end())] if m else []


def test_a_plugin_module_registered_in_code_is_checked() -> None:
    check_plugin(plugin_module(first_word), texts=["Hello world"], examples=10)


def test_a_bug_on_a_troublemaker_is_caught_in_every_run() -> None:
    def cr_bug(doc, config):
        if "\r" in doc.text:
            raise RuntimeError("cannot handle CR")
        return first_word(doc, config)

    for _ in range(3):  # deterministic: no run may miss it, even with no generated texts
        with pytest.raises(ConformanceError) as info:
            check_plugin(plugin_module(cr_bug), examples=0)
        assert "law 'never raises'" in str(info.value)
        assert "'words'" in str(info.value) and "\\r" in str(info.value)
        assert isinstance(info.value.__cause__, RuntimeError)


def test_a_plugins_own_exception_names_the_law_plugin_and_shrunk_text() -> None:
    def zero_bug(doc, config):
        if "0" in doc.text:
            raise ValueError("zero is unlucky")
        return first_word(doc, config)

    with pytest.raises(ConformanceError) as info:
        check_plugin(plugin_module(zero_bug), texts=["no digits"])
    message = str(info.value)
    assert message.startswith("law 'never raises' broken by plugin 'words' (annotator 'words')")
    assert "on text '0'" in message, message  # shrunk to the one character that matters
    assert isinstance(info.value.__cause__, ValueError)
    assert str(info.value.__cause__) == "zero is unlucky"


def test_an_annotator_that_never_ends_on_a_troublemaker_is_named_not_waited_for() -> None:
    """An annotator whose loop a ``\r`` never moves on: the kit ran it for ever, with no
    word of the plugin or the text; it is stopped at ``time_limit`` and named."""

    def stuck_on_cr(doc, config):
        i = 0
        while i < len(doc.text):
            if doc.text[i] != "\r":  # (the bug: a CR is never stepped over)
                i += 1
        return first_word(doc, config)

    with pytest.raises(ConformanceError) as info:
        check_plugin(plugin_module(stuck_on_cr), examples=0, time_limit=0.5)
    message = str(info.value)
    assert message.startswith("law 'ends in time' broken by plugin 'words' (annotator 'words')")
    assert "\\r" in message and "it ran past 0.5 s" in message
    assert isinstance(info.value.__cause__, limner.AnnotatorTimeout)
    assert limner.testing.TIME_LIMIT == 60


def test_a_setup_that_fails_is_named_by_the_kit() -> None:
    module = plugin_module(first_word)

    def load() -> None:
        raise OSError("no lexicon")

    @limner.hookimpl
    def limner_annotators(config):
        return [limner.Annotator("words", ("word",), lambda d: first_word(d, config), setup=load)]

    module.limner_annotators = limner_annotators
    with pytest.raises(ConformanceError, match=r"law 'never raises' broken by plugin 'words' "
                       r"\(annotator 'words'\): its setup failed: no lexicon"):
        check_plugin(module, examples=0)


def test_a_real_ctrl_c_stops_the_kit_and_a_plugins_own_interrupt_is_named() -> None:
    """A Ctrl-C while the kit runs was taken for the plugin's own ``KeyboardInterrupt``:
    a broken law, reported, and the test run went on to the next test."""
    import signal

    def interrupted(doc, config):
        signal.raise_signal(signal.SIGINT)  # (the user's Ctrl-C, as it arrives)
        return []

    with pytest.raises(KeyboardInterrupt) as info:
        check_plugin(plugin_module(interrupted), examples=0)
    assert not isinstance(info.value, ConformanceError)

    def own(doc, config):
        raise KeyboardInterrupt

    with pytest.raises(ConformanceError, match=r"law 'never raises' .*KeyboardInterrupt"):
        check_plugin(plugin_module(own), examples=0)


def test_the_same_seed_draws_the_same_texts() -> None:
    seen: list[list[str]] = [[], [], []]

    def recorder(i):
        def run(doc, config):
            seen[i].append(doc.text)
            return []

        return run

    check_plugin(plugin_module(recorder(0)), examples=30)
    check_plugin(plugin_module(recorder(1)), examples=30)
    check_plugin(plugin_module(recorder(2)), examples=30, seed=99)
    assert seen[0] == seen[1] and seen[0] != seen[2]
    assert set(TROUBLEMAKERS) <= set(seen[0])
    assert DEFAULT_EXAMPLES == 100


def test_dangling_references_are_caught_by_the_kit() -> None:
    # (stored around the checks: Document.add and the constructor refuse a reference
    # that names nothing, and so does the loader)
    doc = limner.Document(text="abc")
    doc._restore([Word(start=0, end=1, id="w1", source="words", sentence="sn9")], read=True)
    with pytest.raises(ConformanceError, match=r"law 'references resolve'.*sentence='sn9'"):
        check_annotations(doc)

    def dangling(doc, config):
        return [Word(start=0, end=0, sentence="nowhere")]

    with pytest.raises(ConformanceError, match=r"law 'references resolve'.*'nowhere'") as info:
        check_plugin(plugin_module(dangling), examples=1)
    assert isinstance(info.value.__cause__, limner.ContractError)


def test_undeclared_kinds_are_caught_by_the_kit() -> None:
    def other(doc, config):
        return [limner.Annotation(kind="number", start=0, end=0)]

    with pytest.raises(ConformanceError, match=r"law 'declares what it returns'.*'number'"):
        check_plugin(plugin_module(other), examples=1)


@pytest.mark.parametrize(
    ("option", "law"),
    [
        (limner.Option("lowercase", True), "options carry the plugin's prefix"),
        (limner.Option("other.lowercase", True), "options carry the plugin's prefix"),
        (limner.Option("words.n", 3, validate=lambda v: None), "validate returns the value"),
        (
            limner.Option("words.n", -1, validate=lambda v: v if v > 0 else 1 / 0),
            "validate returns the value",
        ),
    ],
)
def test_options_are_checked(option: limner.Option, law: str) -> None:
    with pytest.raises(ConformanceError, match=f"law {law!r} broken by plugin 'words'"):
        check_plugin(plugin_module(first_word, options=[option]), examples=1)


def test_malformed_hook_results_are_caught_by_the_kit() -> None:
    @attrs.frozen(kw_only=True)
    class NoKind(limner.Annotation):
        pass

    with pytest.raises(ConformanceError, match=r"hooks return what they promise.*NoKind"):
        check_plugin(plugin_module(first_word, kinds=(Word, NoKind)), examples=1)


def test_a_hook_limner_would_never_call_is_caught_by_the_kit() -> None:
    module = types.ModuleType("limner_careless")
    module.limner_annotator = limner.hookimpl(  # type: ignore[attr-defined]
        lambda config: [limner.Annotator("careless", ("careless",), lambda doc: [])]
    )
    with pytest.raises(
        ConformanceError,
        match=r"law 'hooks return what they promise' broken by plugin 'careless': "
        r"limner_annotator is marked @limner.hookimpl but is no limner hook",
    ):
        check_plugin(module, examples=1)


def test_a_class_whose_own_to_dict_fails_is_caught_by_the_kit() -> None:
    @attrs.frozen(kw_only=True)
    class Mute(limner.Annotation):
        kind: str = "mute"

        def to_dict(self) -> dict:
            raise RuntimeError("nothing to say")

    module = types.ModuleType("limner_mute")
    module.limner_annotation_kinds = limner.hookimpl(lambda: [Mute])  # type: ignore[attr-defined]
    module.limner_annotators = limner.hookimpl(  # type: ignore[attr-defined]
        lambda config: [limner.Annotator("mute", ("mute",), lambda doc: [Mute(start=0, end=0)])]
    )
    with pytest.raises(
        ConformanceError,
        match=r"law 'JSON round trip' broken by plugin 'mute' \(annotator 'mute'\).*"
        r"the to_dict of Mute .* raised RuntimeError: nothing to say",
    ):
        check_plugin(module, examples=1)


def test_a_json_round_trip_failure_names_the_plugin() -> None:
    @attrs.frozen(kw_only=True)
    class Tupled(limner.Annotation):
        kind: str = "word"
        parts: tuple = ()

    def tupled(doc, config):
        return [Tupled(start=0, end=0, parts=(1, 2))]

    with pytest.raises(ConformanceError, match="law 'JSON round trip' broken by plugin 'words'"):
        check_plugin(plugin_module(tupled, kinds=(Tupled,)), examples=1)


def test_names_of_installed_plugins_still_work() -> None:
    check_plugin("segment", texts=["One. Two."], examples=5)
    with pytest.raises(ConformanceError, match=r"'nosuch'.*not installed"):
        check_plugin("nosuch", examples=1)


@pytest.mark.parametrize("given", [5, ["segment", 5], types.ModuleType("limner_empty")])
def test_what_implements_no_hook_is_caught_not_passed(given: object) -> None:
    """Registered as a plugin object, an int or a list of names that is not all strs
    implemented nothing, was checked for nothing, and passed: a kit test that could not
    fail."""
    with pytest.raises(ConformanceError, match=r"hooks return what they promise.*implements "
                       "no limner hook"):
        check_plugin(given, examples=1)


@pytest.mark.parametrize("given", [[], ()])
def test_no_plugin_named_is_refused_not_passed(given: object) -> None:
    with pytest.raises(ValueError, match="names no plugin"):
        check_plugin(given, examples=1)
