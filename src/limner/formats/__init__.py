"""Output and input formats, each contributed by a plugin.

A :class:`Format` writes documents to a text stream and, where it can, reads
them back.  The built-in ``json``, ``jsonl`` and ``table`` formats live in
:mod:`limner.formats.builtin`, ``html`` in :mod:`limner.formats.html`; they
register through the ``limner_formats`` hook like any third-party format.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

import attrs

from limner.document import Annotation, Document

__all__ = ["Format", "ReadFunc", "WriteFunc"]

#: Writes documents to a text stream.
WriteFunc = Callable[[Iterable[Document], IO[str]], None]
#: Reads documents from a text stream.
ReadFunc = Callable[[IO[str]], Iterator[Document]]


@attrs.frozen
class Format:
    """A named output (and optionally input) format.

    Args:
        name: what ``--format`` takes, e.g. ``"jsonl"``.
        write: writes a sequence of documents to a text stream.
        read: reads documents back, or ``None`` for output-only formats.
        extension: the usual file name suffix, e.g. ``".jsonl"``.
        description: one line for ``limner formats``.
        streaming: whether ``write`` handles documents one at a time, so a
            batch run can write each document as soon as it is done.
        plugin: the plugin that contributed it (filled in by limner).
    """

    name: str
    write: WriteFunc = attrs.field(repr=False)
    read: ReadFunc | None = attrs.field(default=None, repr=False)
    extension: str = ""
    description: str = ""
    streaming: bool = False
    plugin: str = ""

    def dumps(self, docs: Iterable[Document]) -> str:
        """The formatted documents as one string."""
        import io

        buf = io.StringIO()
        self.write(docs, buf)
        return buf.getvalue()


def _shown_fields(a: Annotation) -> dict[str, Any]:
    """What a readable format shows of ``a`` besides its span: its JSON form
    without ``id``, ``kind``, ``start``, ``end``, ``source`` and ``None`` values."""
    return {
        k: v
        for k, v in a.to_dict().items()
        if v is not None and k not in ("id", "kind", "start", "end", "source")
    }
