"""The built-in ``html`` plugin: the format's entry, without the page's code.

Every :class:`~limner.PluginManager` loads the built-in plugins, a batch
included; the code that makes the page (:mod:`limner.formats.html`, with its
map and panels) is imported when a page is first written, not by every run.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO

from limner.document import Document
from limner.formats import Format
from limner.hookspecs import hookimpl

__all__ = ["write_html"]


def write_html(docs: Iterable[Document], out: IO[str]) -> None:
    """Write one page holding every document (see :func:`limner.formats.html.write_html`)."""
    from limner.formats.html import write_html as write

    write(docs, out)


@hookimpl
def limner_formats() -> list[Format]:
    return [
        Format(
            "html",
            write_html,
            None,
            ".html",
            "a page made for reading: highlights with toggles, map, speakers, figures, tone",
        )
    ]
