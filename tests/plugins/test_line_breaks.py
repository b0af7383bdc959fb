"""Every first-party plugin reads a text's line breaks alike, whatever system wrote them:
``\\r\\n`` (Windows), a lone ``\\r`` (classic Mac OS), U+2028 and U+2029 (word
processors, web pages' JSON), a vertical tab, a form feed.  The annotations of a story with its
paragraphs broken each way are those of its ``\\n`` form (``\\r\\n`` read as a space and a
line feed), on the same spans."""

from __future__ import annotations

from typing import Any

import pytest

import limner

ENRICHER = limner.Enricher()

#: a story whose quotes, speakers, places, numbers and targets each depend on its lines
STORY = (
    "Storm hits Cornwall{p}"
    "Power was cut to 20,000 homes in Cornwall on Tuesday as winds reached 90mph.{p}"
    '"It was terrifying," said Jane Smith, who lives in Truro.{p}'
    '"We lost the roof of the shed{p}'
    '"And the garden fence too," she added.{p}'
    'Mr Brown of the Met Office said: "More storms are coming."'
)


def _annotations(text: str) -> list[tuple[Any, ...]]:
    doc = ENRICHER.enrich(text)
    out = []
    for a in doc.annotations:
        fields = a.to_dict()
        del fields["id"]
        out.append(tuple(sorted((k, repr(v)) for k, v in fields.items())))
    return sorted(out)


@pytest.mark.parametrize("paragraph", ["\r\n\r\n", "\r\r", "\u2029", "\u2028\u2028",
                                       "\x0b", "\x0c", "\r\n", "\r", "\u2028"])
def test_the_plugins_read_every_line_break_as_a_line_feed(paragraph: str) -> None:
    feeds = paragraph.replace("\r\n", " \n")
    fed = STORY.format(p="".join(c if c in " \n" else "\n" for c in feeds))
    text = STORY.format(p=paragraph)
    assert len(text) == len(fed)  # the same offsets: the annotations compare as they are
    got = _annotations(text)
    assert got == _annotations(fed)
    kinds = {dict(a)["kind"] for a in got}
    assert {"'quote'", "'person'", "'location'", "'number'", "'sentiment'"} <= kinds
