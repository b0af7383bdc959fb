"""The built-in formats: ``json``, ``jsonl`` and ``table``, and the exchange formats.

- ``json``: one document as an indented JSON object in the ``limner/1``
  form; several documents as a JSON array of such objects.
- ``jsonl``: one document per line, the same objects unindented; reads back.
- ``table``: a readable listing for the terminal, one annotation a line,
  grouped by kind, with its surface text and main fields.
- ``sqlite``, ``csv``, ``brat`` and ``webanno``: see :mod:`limner.formats.exchange`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from limner.document import Annotation, Document, dumps, loads
from limner.errors import InputError
from limner.formats import BatchWriter, Format, _shown_fields
from limner.formats.exchange import exchange_formats
from limner.hookspecs import hookimpl

__all__ = ["printable", "read_json", "read_jsonl", "write_json", "write_jsonl", "write_table"]


def write_json(docs: Iterable[Document], out: IO[str]) -> None:
    items = [d.to_dict(layers=False) for d in docs]
    data: Any = items[0] if len(items) == 1 else items
    out.write(dumps(data, indent=2))
    out.write("\n")


def read_json(stream: IO[str]) -> Iterator[Document]:
    data = loads(stream.read())
    for i, item in enumerate(data if isinstance(data, list) else [data]):
        try:
            yield Document._from_form(item, None, parsed=True)  # (read from JSON text)
        except InputError as exc:
            if not isinstance(data, list):
                raise
            raise InputError(f"document {i}: {exc}") from None


def write_jsonl(docs: Iterable[Document], out: IO[str]) -> None:
    for doc in docs:
        out.write(doc.to_json(layers=False))
        out.write("\n")


def read_jsonl(stream: IO[str]) -> Iterator[Document]:
    for lineno, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            yield Document.from_json(line)
        except (ValueError, TypeError) as exc:
            raise InputError(f"line {lineno}: not a limner document: {exc}") from None


# Characters a terminal acts on instead of showing: C0 and C1 controls, DEL,
# and the bidirectional overrides that reorder what is shown; and surrogate
# code points, which no terminal shows and UTF-8 cannot carry.
_CONTROLS = {
    c: (f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}")
    for c in (
        *range(0x20),
        *range(0x7F, 0xA0),
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
        *range(0xD800, 0xE000),
    )
}


def printable(text: str) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``), as ``ls`` does.

    Text written to a terminal must not drive it: an escape sequence in an
    article could clear the screen or set the clipboard.  A surrogate code
    point (a lone one, or a pair held as two) is shown as its escape too:
    UTF-8 cannot carry it.
    """
    return text.translate(_CONTROLS)


def _short(text: str, width: int) -> str:
    """``text`` on one line (white space runs as one space, controls escaped), cut to
    ``width`` characters with an ellipsis.

    Read from a head of the text, doubled until it gives more than ``width``: a span as
    long as the text, shown for each of its annotations, cost a pass over it each.
    """
    size = 2 * width
    while True:
        head = text[:size]
        shown = printable(" ".join(head.split()))
        if len(shown) > width:
            return shown[: width - 1] + "…"
        if len(head) == len(text):
            return shown
        size *= 2


def _fields(a: Annotation) -> str:
    parts = []
    for key, value in _shown_fields(a).items():
        if isinstance(value, (list, dict)) and not value:
            continue  # (not "value == []": a NumPy float compares elementwise)
        if isinstance(value, float):
            value = round(float(value), 3)
        text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
        parts.append(f"{printable(key)}={_short(text, 40)}")
    return " ".join(parts)


def write_table(docs: Iterable[Document], out: IO[str]) -> None:
    for doc in docs:
        title = printable(doc.id) or "(text)"
        out.write(f"== {title}: {len(doc.text)} characters, {len(doc)} annotations\n")
        kinds = sorted({a.kind for a in doc.annotations})  # every one the header counts
        for kind in kinds:
            items = doc.select(kind)
            out.write(f"\n{printable(kind)} ({len(items)})\n")
            for a in items:
                surface = _short(doc.text[a.start : a.end], 48)
                ident = printable(a.id)
                out.write(f"  {ident:<6} {a.start:>6}-{a.end:<6} {surface!s:<50} {_fields(a)}\n")
        for err in doc.errors:
            line = f"{err.plugin}/{err.annotator}: {err.type}: {err.message}"
            out.write(f"\n! {printable(line)}\n")
        out.write("\n")


def _jsonl_writer(path: Path) -> BatchWriter:
    from limner.batch import JsonlWriter

    return JsonlWriter(path)


@hookimpl
def limner_formats() -> list[Format]:
    return [
        Format(
            "json",
            write_json,
            read_json,
            ".json",
            "one JSON object (an array for several documents)",
            drops="compact layers (tokens)",
        ),
        Format(
            "jsonl",
            write_jsonl,
            read_jsonl,
            ".jsonl",
            "one JSON document per line",
            streaming=True,
            batch_writer=_jsonl_writer,
            drops="compact layers (tokens)",
        ),
        Format(
            "table",
            write_table,
            None,
            ".txt",
            "a readable listing for the terminal",
            streaming=True,
        ),
        *exchange_formats(),
    ]
