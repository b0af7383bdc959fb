"""The ``html`` format: one self-contained page made for reading an enriched text.

Each document becomes a section: a legend with a checkbox per kind (unticking
one hides its highlights), the text with every annotation marked in its
kind's colour and each sentence shaded by its tone, and beside it the panels:
a map of the places, the speakers with their quotes, the places grouped by
country, the figures as a table, the tone towards each target and a table for
any other kind.  Clicking a marker or a panel entry highlights the
annotations it stands for.

The page fetches nothing (a Content-Security-Policy forbids it, and there is
nothing to fetch: the world outline and the one small script are inline),
escapes every character of text and field values it shows, and works without
its script too (the toggles are pure CSS; the script adds the highlighting on
click and the lazy panels).  It prints as text then panels, and folds into one
column on a phone.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import html
import itertools
import re
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import IO

import attrs

from limner.document import Annotation, Document
from limner.formats import htmlmap, htmlpanels

__all__ = ["write_html"]

# (highlight, line) pairs; no reds or greens, which shade the tone of sentences
_PALETTE = [
    ("#fde68a", "#b7791f"),
    ("#bfdbfe", "#2563eb"),
    ("#ddd6fe", "#7c3aed"),
    ("#fed7aa", "#c2410c"),
    ("#a5f3fc", "#0e7490"),
    ("#e5e7eb", "#4b5563"),
    ("#f5d0fe", "#a21caf"),
    ("#c7d2fe", "#4338ca"),
]
_LONG = 60  # characters: a kind whose spans average longer is underlined, not highlighted
# lone surrogates (no page can carry them) and NUL (browsers drop it) show as U+FFFD
_UNSHOWABLE = re.compile("[\ud800-\udfff\x00]")
_BLOCK = 4000  # characters: the text is cut into blocks near this size, at paragraph breaks
#: the most marks (and shades) drawn over one character: news text nests two or three, and
#: each cut in the text reopens the marks above one that ends there, so that spans that
#: all cross one another (a sliding window of n) made n squared marks
_DEPTH = 16


QUOTE, LOCATION, NUMBER, SENTIMENT = "quote", "location", "number", "sentiment"


def _escape(text: str) -> str:
    """HTML-escaped (quotes too), with what no page can show replaced by U+FFFD."""
    return html.escape(_UNSHOWABLE.sub("\ufffd", text))


@cache
def _asset(name: str) -> str:
    return files("limner.formats").joinpath(name).read_text("utf-8")


def _policy() -> str:
    script = base64.b64encode(hashlib.sha256(_asset("html_page.js").encode()).digest()).decode()
    return (
        "default-src 'none'; style-src 'unsafe-inline'; "
        f"script-src 'sha256-{script}'; base-uri 'none'; form-action 'none'"
    )


@attrs.frozen
class _Item:
    """An element to wrap around a span of the text."""

    start: int
    end: int
    rank: int  # on equal spans, the lower rank is opened first (outside)
    open: str
    close: str


def _marked_text(text: str, items: list[_Item], blocks: Iterable[int]) -> str:
    """The text in blocks, with the items nested where spans nest, split where they cross.

    Work is linear in the text and the items (times the nesting depth): every
    item is opened once, and reopened only where another ends inside it.
    """
    opens: dict[int, list[_Item]] = {}
    for it in items:
        opens.setdefault(it.start, []).append(it)
    for starting in opens.values():
        starting.sort(key=lambda it: (-it.end, it.rank))
    breaks = set(blocks)
    cuts = sorted({0, len(text)} | set(opens) | {it.end for it in items} | breaks)
    out = ['<div class="blk">']
    stack: list[_Item] = []
    for i, pos in enumerate(cuts[:-1]):
        if pos in breaks or any(it.end <= pos for it in stack):
            out.extend(it.close for it in reversed(stack))
            if pos in breaks:
                out.append('</div><div class="blk">')
            stack = [it for it in stack if it.end > pos]
            out.extend(it.open for it in stack)
        for it in opens.get(pos, ()):
            out.append(it.open)
            stack.append(it)
        out.append(_escape(text[pos : cuts[i + 1]]))
    out.extend(it.close for it in reversed(stack))
    out.append("</div>")
    return "".join(out)


def _shallow(items: list[_Item]) -> tuple[list[_Item], int]:
    """The items to draw, at most :data:`_DEPTH` over any character (the outer first),
    and how many are left out (their annotations stay in their panels)."""
    kept: list[_Item] = []
    ends: list[int] = []  # a heap of the ends of the items kept that are open
    for it in sorted(items, key=lambda it: (it.start, -it.end, it.rank)):
        while ends and ends[0] <= it.start:
            heapq.heappop(ends)
        if len(ends) < _DEPTH:
            kept.append(it)
            heapq.heappush(ends, it.end)
    return kept, len(items) - len(kept)


def _blocks(text: str) -> list[int]:
    """Where to cut the text into blocks: after a paragraph break every ``_BLOCK``
    characters or so, or after any line break where paragraphs run longer.

    Only line breaks are cut at, so that the blocks read as the text flows: LF, CRLF,
    a CR alone and the others the segmenter ends a line at (a text of CR line ends was
    one block, however long).
    """
    from limner.segment import _LINE  # (what breaks a line: CR and CRLF too, as LF)

    out: list[int] = []
    last = 0
    for m in _LINE.finditer(text):
        if m.end() >= len(text):
            break
        paragraph = m["para"] is not None or text[m.start()] == "\u2029"
        if m.end() - last >= (_BLOCK if paragraph else 2 * _BLOCK):
            out.append(m.end())
            last = m.end()
    return out


def _tone_colour(score: float) -> str:
    strength = min(abs(score), 1.0)
    if strength < 0.05:
        return ""
    rgb = "34,197,94" if score > 0 else "239,68,68"
    return f"rgba({rgb},{0.06 + 0.22 * strength:.2f})"


def _score(a: Annotation) -> float | None:
    s = a.score
    return float(s) if isinstance(s, int | float) and s == s else None


@attrs.define
class _Sorted:
    """The annotations of one document, sorted by what the page does with them."""

    marked: list[Annotation] = attrs.field(factory=list)
    shades: list[Annotation] = attrs.field(factory=list)
    overall: list[Annotation] = attrs.field(factory=list)
    targets: list[Annotation] = attrs.field(factory=list)
    by_kind: dict[str, list[Annotation]] = attrs.field(factory=dict)


def _sort(doc: Document) -> _Sorted:
    out = _Sorted()
    whole = (0, len(doc.text))
    # spans as wide as a sentence or the text would tint everything: sentence
    # tone shades the text, other wide spans are listed in their panel only
    sentences = {(s.start, s.end) for s in doc.select("sentence")}
    spans = doc.layer("sentence-span")
    if spans is not None:
        sentences.update(spans)
    for a in doc.annotations:
        if a.kind == "sentence":
            continue
        span = (a.start, a.end)
        if a.kind == SENTIMENT:
            scope = a.get("scope")
            if scope == "document" or (scope is None and span == whole):
                out.overall.append(a)
                continue
            if scope == "sentence" or (scope is None and span in sentences):
                out.shades.append(a)
                continue
            if scope == "target":
                out.targets.append(a)
                continue
        out.by_kind.setdefault(a.kind, []).append(a)
        if a.end > a.start and span not in sentences and span != whole:
            out.marked.append(a)
    return out


def _mark_title(a: Annotation) -> str:
    return f"{a.id} {a.kind}: {htmlpanels.fields(a)}"


def _legend(n: int, kinds: list[str], counts: dict[str, int], shades: int) -> str:
    items = [
        f'<label><input type="checkbox" id="d{n}-k{i}" checked>'
        f'<span class="sw k{i}"></span>{_escape(kind)} <span class="n">{counts[kind]:,}</span>'
        "</label>"
        for i, kind in enumerate(kinds)
    ]
    if shades:
        items.append(
            f'<label><input type="checkbox" id="d{n}-tone" checked>'
            f'<span class="sw tone-sw"></span>sentence tone <span class="n">{shades:,}</span>'
            "</label>"
        )
    if not items:
        return ""
    return f'<fieldset class="legend ui"><legend>Show</legend>{"".join(items)}</fieldset>'


def _rules(n: int, kinds: list[str], long: set[str], shades: int) -> str:
    """This section's colours, and the CSS that hides a kind when its box is unticked.

    Kinds of long spans (quotes) are underlined, so that the words inside them
    keep their own highlights and the sentence shading shows through.
    """
    rules = []
    for i, kind in enumerate(kinds):
        fill, line = _PALETTE[i % len(_PALETTE)]
        rules.append(f"#d{n} .sw.k{i}{{background:{fill};border-color:{line}}}")
        if kind in long:
            rules.append(
                f"#d{n} mark.k{i}{{background:transparent;text-decoration:underline 2px {line};"
                "text-underline-offset:.28em;text-decoration-skip-ink:none}"
            )
        else:
            rules.append(f"#d{n} mark.k{i}{{background:{fill}}}")
        rules.append(
            f"#d{n}:has(#d{n}-k{i}:not(:checked)) mark.k{i}"
            "{background:transparent;box-shadow:none;text-decoration:none}"
        )
    if shades:
        rules.append(f"#d{n}:has(#d{n}-tone:not(:checked)) .tone{{background:none !important}}")
    return f"<style>{''.join(rules)}</style>"


class _Page:
    """Writes the sections of one page; the world outline goes in once, before the first map."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.sections = 0
        self.outline = False

    def section(self, doc: Document) -> None:
        self.sections += 1
        n = self.sections
        found = _sort(doc)
        kinds = sorted({a.kind for a in found.marked})
        spans: dict[str, list[int]] = {}
        for a in found.marked:
            spans.setdefault(a.kind, []).append(a.end - a.start)
        long = {k for k, v in spans.items() if sum(v) > _LONG * len(v)}
        index = {k: i for i, k in enumerate(kinds)}
        counts = {k: len(v) for k, v in found.by_kind.items()}
        items = [
            _Item(
                a.start,
                a.end,
                1,
                f'<mark class="k{index[a.kind]}" data-id="{htmlpanels.ids_attr([a.id], _escape)}" '
                f'title="{_escape(_mark_title(a))}">',
                "</mark>",
            )
            for a in found.marked
        ]
        for a in found.shades:
            score = _score(a)
            colour = _tone_colour(score) if score is not None else ""
            if colour and a.end > a.start:
                title = _escape(f"sentence tone {htmlpanels.tone_label(score or 0.0)} ({a.id})")
                items.append(
                    _Item(
                        a.start,
                        a.end,
                        0,
                        f'<span class="tone" style="background:{colour}" title="{title}">',
                        "</span>",
                    )
                )
        w = self.out.write
        w(f'<section class="doc" id="d{n}">{_rules(n, kinds, long, len(found.shades))}<header>')
        w(f"<h2>{_escape(doc.id or f'Document {n}')}</h2>")
        for a in found.overall:
            score = _score(a)
            if score is not None:
                w(f'<p class="tone-doc">Overall tone: {_escape(htmlpanels.tone_label(score))}</p>')
        w(_legend(n, kinds, counts, len(found.shades)))
        items, deep = _shallow(items)
        if deep:
            w(
                f'<p class="note">{deep:,} highlight{"s" if deep != 1 else ""} over text that '
                f"{_DEPTH} others cover already {'are' if deep != 1 else 'is'} not drawn; "
                "every annotation is in its panel.</p>"
            )
        w('</header><div class="layout"><article class="text">')
        w(_marked_text(doc.text, items, _blocks(doc.text)))
        w('</article><aside class="panels">')
        if found.by_kind:
            w(
                '<p class="note hint">Click a marker, a speaker, a place or a figure to find it in'
                " the text; click again for the next mention.</p>"
            )
        self.panels(doc, found)
        w("</aside></div></section>\n")

    def panels(self, doc: Document, found: _Sorted) -> None:
        w = self.out.write
        locations = found.by_kind.get(LOCATION, [])
        places = htmlmap.places_of(locations)
        if places:
            if not self.outline:
                w(htmlmap.outline_defs())
                self.outline = True
            located = sum(len(p.ids) for p in places)
            missing = len(locations) - located
            note = (
                f'<p class="note">{missing:,} mention{"s" if missing != 1 else ""} '
                "without coordinates, listed under Places.</p>"
                if missing
                else ""
            )
            w(
                f'<details class="map" open><summary>Map <span class="n">{len(places):,} places'
                f"</span></summary>{htmlmap.map_svg(places, _escape)}{note}</details>"
            )
        panels: list[htmlpanels.Panel] = []
        if QUOTE in found.by_kind:
            panels.append(htmlpanels.speakers(found.by_kind[QUOTE], doc, _escape))
        if locations:
            located_ids = {i for p in places for i in p.ids}
            panels.append(htmlpanels.places(locations, doc, _escape, lambda a: a.id in located_ids))
        if NUMBER in found.by_kind:
            panels.append(htmlpanels.figures(found.by_kind[NUMBER], doc, _escape))
        if found.targets:
            panels.append(htmlpanels.tones(found.targets, doc, _escape))
        for kind, anns in sorted(found.by_kind.items()):
            if kind not in (QUOTE, LOCATION, NUMBER):
                panels.append(htmlpanels.generic(kind, anns, doc, _escape))
        for panel in panels:
            w(htmlpanels.render(panel, _escape))
        if doc.errors:
            items = "".join(
                f"<li>{_escape(f'{e.plugin}/{e.annotator}: {e.type}: {e.message}')}</li>"
                for e in doc.errors
            )
            w(f'<details class="errors" open><summary>Errors</summary><ul>{items}</ul></details>')


def write_html(docs: Iterable[Document], out: IO[str]) -> None:
    """Write one page holding every document, each in its own section."""
    docs = iter(docs)
    first = next(docs, None)
    title = f"{first.id} · limner" if first is not None and first.id else "limner"
    out.write(
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_policy()}">\n'
        '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
        f"<title>{_escape(title)}</title>\n<style>{_asset('html_page.css')}</style>\n"
        "</head><body>\n"
    )
    page = _Page(out)
    for doc in itertools.chain([first] if first is not None else [], docs):
        page.section(doc)
    out.write(f"<script>{_asset('html_page.js')}</script>\n</body></html>\n")
