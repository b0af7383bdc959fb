"""The ``html`` format: one self-contained page with the annotations highlighted.

Each document becomes a section: the text with every annotation (except
those that span a whole sentence or the whole text) marked in a colour for its kind, each
mark's tooltip giving its fields, and a table of the annotations by kind.
The page needs no network and no script; it escapes everything it shows.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from typing import IO

from limner.document import Annotation, Document
from limner.formats import Format, _shown_fields
from limner.hookspecs import hookimpl

__all__ = ["write_html"]

_PALETTE = ["#fde68a", "#bfdbfe", "#bbf7d0", "#fbcfe8", "#ddd6fe", "#fed7aa", "#a5f3fc", "#e5e7eb"]
_SURROGATE = re.compile("[\ud800-\udfff]")
_STYLE = """
body{font:15px/1.6 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}
.text{white-space:pre-wrap;border:1px solid #ddd;padding:1rem;border-radius:6px}
mark{border-radius:3px;padding:0 1px;color:inherit} mark mark{outline:1px solid #0003}
table{border-collapse:collapse;font-size:13px;margin:.5rem 0 1.5rem}
td,th{border-bottom:1px solid #eee;padding:2px 8px;text-align:left;vertical-align:top}
.legend span{padding:1px 6px;margin-right:6px;border-radius:3px} .errors{color:#b91c1c}
"""


def _fields(a: Annotation) -> str:
    return ", ".join(
        f"{k}={v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)}"
        for k, v in _shown_fields(a).items()
    )


def _marked_text(doc: Document, shown: list[Annotation], colour: dict[str, str]) -> str:
    """The text with ``<mark>`` elements, nested where spans nest, split where they cross."""
    text = doc.text
    opens: dict[int, list[Annotation]] = {}
    for a in shown:
        opens.setdefault(a.start, []).append(a)
    cuts = sorted({0, len(text)} | {a.start for a in shown} | {a.end for a in shown})
    out: list[str] = []
    stack: list[Annotation] = []
    for i, pos in enumerate(cuts[:-1]):
        # close what ends here, reopening marks that cross it
        ended = [a for a in stack if a.end <= pos]
        if ended:
            keep = [a for a in stack if a.end > pos]
            out.append("</mark>" * len(stack))
            stack = []
            for a in keep:
                out.append(_open(a, colour))
                stack.append(a)
        for a in sorted(opens.get(pos, ()), key=lambda a: -a.end):
            out.append(_open(a, colour))
            stack.append(a)
        out.append(_escape(text[pos : cuts[i + 1]]))
    out.append("</mark>" * len(stack))
    return "".join(out)


def _escape(text: str) -> str:
    """HTML-escaped, lone surrogates (which no page can carry) shown as U+FFFD."""
    return html.escape(_SURROGATE.sub("\ufffd", text))


def _open(a: Annotation, colour: dict[str, str]) -> str:
    title = _escape(f"{a.id} {a.kind}: {_fields(a)}")
    return f'<mark style="background:{colour[a.kind]}" title="{title}">'


def _section(doc: Document) -> str:
    everything = [a for a in doc.annotations if a.kind != "sentence"]
    # spans as wide as a sentence or the text (sentence and document scores)
    # would tint everything; they are listed in the tables instead
    wide = {(s.start, s.end) for s in doc.select("sentence")} | {(0, len(doc.text))}
    spans = doc.layer("sentence-span")
    if spans is not None:
        wide.update(spans)
    shown = [a for a in everything if a.end > a.start and (a.start, a.end) not in wide]
    kinds = sorted({a.kind for a in everything})
    colour = {k: _PALETTE[i % len(_PALETTE)] for i, k in enumerate(kinds)}
    parts = [f"<section><h2>{_escape(doc.id or 'Document')}</h2>"]
    legend = "".join(f'<span style="background:{colour[k]}">{_escape(k)}</span>' for k in kinds)
    parts.append(f'<p class="legend">{legend}</p>')
    parts.append(f'<div class="text">{_marked_text(doc, shown, colour)}</div>')
    for kind in kinds:
        rows = "".join(
            f"<tr><td>{_escape(a.id)}</td><td>{_escape(doc.text[a.start : a.end][:120])}</td>"
            f"<td>{_escape(_fields(a))}</td></tr>"
            for a in doc.select(kind)
        )
        parts.append(f"<h3>{_escape(kind)}</h3><table>{rows}</table>")
    if doc.errors:
        items = "".join(
            f"<li>{_escape(f'{e.plugin}/{e.annotator}: {e.type}: {e.message}')}</li>"
            for e in doc.errors
        )
        parts.append(f'<ul class="errors">{items}</ul>')
    parts.append("</section>")
    return "\n".join(parts)


def write_html(docs: Iterable[Document], out: IO[str]) -> None:
    out.write(
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>limner</title><style>{_STYLE}</style></head><body>\n"
    )
    for doc in docs:
        out.write(_section(doc))
        out.write("\n")
    out.write("</body></html>\n")


@hookimpl
def limner_formats() -> list[Format]:
    return [
        Format(
            "html",
            write_html,
            None,
            ".html",
            "one self-contained page with the annotations highlighted",
        )
    ]
