"""A third-party plugin that uses every hook and each part of limner's public API that a
plugin is written with, as docs/plugin-guide.md, docs/hooks.md and docs/formats.md
describe them: type-checked with ``mypy --strict`` by tests/core/test_typing.py, as a
plugin's author would check it against the installed limner.  Never loaded."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, ClassVar

import attrs
import click

import limner
from limner.testing import check_plugin


@attrs.frozen(kw_only=True)
class Shout(limner.Annotation):
    """A word in capitals: kind "shout", ids sh1, sh2, ..."""

    id_prefix: ClassVar[str] = "sh"
    kind: str = "shout"
    word: str = ""
    sentence: str | None = limner.ref()  # the id of the sentence it stands in
    marks: list[str] = attrs.field(factory=list)


_build = limner.builder(Shout, "start", "end", "word")


def shouts(doc: limner.Document, least: int) -> Iterator[Shout | limner.Layer]:
    """The words in capitals of ``least`` letters or more, read through the text as it
    shows, and a layer of where they start."""
    text = limner.plain_spaces(limner.line_feeds(doc.text))
    visible, start_of, end_of = limner.visible_text(text)
    tokens = doc.layer("token")
    if tokens is None:
        return
    starts: list[int] = []
    for i, word in zip(tokens.between(0, len(text)), tokens.texts(text), strict=True):
        if len(word) >= least and word.isupper():
            start = tokens.starts[i]
            starts.append(start)
            yield _build(start, start + len(word), word)
    for sentence in doc.select("sentence", within=(0, len(text))):
        if sentence.get("score") is None and doc.get(sentence.id) is not None:
            yield Shout(start=sentence.start, end=sentence.start, sentence=sentence.id)
    yield limner.Layer("shout-start", starts, starts)
    assert start_of(0) <= end_of(len(visible))


def _least(value: Any) -> int:
    if not isinstance(value, int) or value < 1:
        raise ValueError("shouts.least takes a whole number of at least 1")
    return value


class Lines:
    """A segmenter of a sentence a line: its spans given as they are found (a segmenter's
    ``sentences`` may give any iterable of pairs, read once)."""

    def sentences(self, text: str) -> Iterator[tuple[int, int]]:
        start = 0
        for line in text.split("\n"):
            yield start, start + len(line)
            start += len(line) + 1

    def tokens(self, text: str) -> limner.Layer:
        starts = [i for i, c in enumerate(text) if c != " " and (i == 0 or text[i - 1] == " ")]
        ends = [text.find(" ", s) % (len(text) + 1) for s in starts]
        return limner.Layer("token", starts, ends)


def write_lines(docs: Iterable[limner.Document], stream: IO[str]) -> int:
    """One document's JSON a line; what was written, as ``stream.write`` says it."""
    return stream.write("".join(doc.to_json() + "\n" for doc in docs))


def write_folder(docs: Iterable[limner.Document], path: Path, *, kind: str = "shout") -> None:
    for doc in docs:
        (path / f"{doc.id}.json").write_text(json.dumps([a.id for a in doc.select(kind)]))


@limner.hookimpl
def limner_annotation_kinds() -> list[type[limner.Annotation]]:
    return [Shout]


@limner.hookimpl
def limner_config_options() -> list[limner.Option]:
    return [
        limner.Option("shouts.least", 2, help="The fewest letters of a shout.", validate=_least),
        limner.Option("shouts.kinds", "token", names=True),
    ]


@limner.hookimpl
def limner_annotators(config: limner.Config) -> list[limner.Annotator]:
    least: int = config["shouts.least"]
    return [
        limner.Annotator(
            "shouts",
            produces=("shout", "shout-start"),
            requires=("token", "sentence"),
            uses="number",
            func=lambda doc: shouts(doc, least),
            setup=lambda: None,
        )
    ]


@limner.hookimpl
def limner_segmenter(config: limner.Config) -> limner.Segmenter | None:
    return Lines() if config.get("shouts.least") == 1 else None


@limner.hookimpl
def limner_formats() -> list[limner.Format]:
    return [
        # a writer that returns what it wrote, and a reader that gives a list
        limner.Format(
            "lines",
            write=write_lines,
            read=lambda stream: [limner.Document.from_json(line) for line in stream],
            extension=".lines",
        ),
        limner.Format(
            "shout-folder",
            write=write_lines,
            target="directory",
            write_path=write_folder,
            options=("kind",),
        ),
    ]


@limner.hookimpl
def limner_cli_commands(cli: click.Group) -> None:
    @cli.command()
    @click.argument("pairs", nargs=-1)
    def shout(pairs: tuple[str, ...]) -> None:
        """Print the options given as KEY=VALUE."""
        click.echo(limner.Config.parse_pairs(pairs))


def check() -> None:
    doc = limner.Enricher(plugins=["shouts"], config={"shouts.least": 3}).enrich("A BIG day.")
    for a in doc.select("shout"):
        assert isinstance(a, Shout)
        print(a.word, a.get("marks"), doc.text[a.start : a.end], limner.json_type(a.score))
    encoding, skip = limner.sniff_encoding(b"\xef\xbb\xbf{}")
    print(encoding, skip, limner.enrich("It rained.", plugins=[]).to_json())
    check_plugin("shouts", texts=["A BIG day."], examples=10, seed=7)
