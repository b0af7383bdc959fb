"""The side panels of the ``html`` view: speakers, places, figures, tone, other kinds.

Each panel is a ``<details>`` element.  A panel with more than
:data:`LAZY` entries is written inside a ``<template>``, which the browser
parses but neither lays out nor paints; the page's script moves it into the
document when the reader opens the panel (or prints the page), so that a long
document opens as fast as its text alone.  Every entry that stands for
annotations carries their ids in ``data-ids``: clicking it highlights them.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Any

import attrs

from limner.document import Annotation, Document
from limner.formats import _shown_fields

__all__ = [
    "LAZY",
    "Panel",
    "figures",
    "generic",
    "ids_attr",
    "places",
    "render",
    "speakers",
    "tones",
]

#: Panels with more entries than this are rendered when first opened.
LAZY = 150
_EXCERPT = 280

Escape = Callable[[str], str]


@attrs.frozen
class Panel:
    """One side panel: its class, heading, entry count and body."""

    key: str
    title: str
    count: int
    body: str
    open: bool = True


def render(panel: Panel, escape: Escape) -> str:
    """The panel as a ``<details>`` element, its body deferred when it is long."""
    lazy = panel.count > LAZY
    body = f"<template>{panel.body}</template>" if lazy else panel.body
    state = " open" if panel.open and not lazy else ""
    return (
        f'<details class="{panel.key}"{state}><summary>{escape(panel.title)} '
        f'<span class="n">{panel.count:,}</span></summary>{body}</details>'
    )


def excerpt(doc: Document, a: Annotation, limit: int = _EXCERPT) -> str:
    """The annotation's surface text, cut to ``limit`` characters."""
    text = doc.text[a.start : a.end]
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def value(v: Any) -> str:
    """A field value as a reader would write it: ``7,000,000,000``, ``2.4``, ``USD``."""
    if v is None:
        return ""
    if isinstance(v, bool | str):
        return str(v)
    if isinstance(v, int):
        return f"{v:,}"
    if isinstance(v, float):
        if math.isfinite(v) and v.is_integer() and abs(v) < 1e15:
            return f"{int(v):,}"
        return f"{v:,.6g}"
    return json.dumps(v, ensure_ascii=False)


def ids_attr(ids: Iterable[str], escape: Escape) -> str:
    """Annotation ids as the value of ``data-id`` or ``data-ids``: one word each, for the
    page's script splits the value at spaces (in an id, ``%`` is written ``%25`` and a
    space ``%20``), the words joined by spaces."""
    return escape(" ".join(i.replace("%", "%25").replace(" ", "%20") for i in ids))


def _ids(annotations: Iterable[Annotation], escape: Escape) -> str:
    return ids_attr((a.id for a in annotations), escape)


def speakers(quotes: Sequence[Annotation], doc: Document, escape: Escape) -> Panel:
    """Quotes grouped by speaker, the most quoted first."""
    groups: dict[str, list[Annotation]] = {}
    for q in quotes:
        groups.setdefault(str(q.get("speaker") or ""), []).append(q)
    order = sorted(groups.items(), key=lambda kv: (kv[0] == "", -len(kv[1])))
    out = []
    for speaker, said in order:
        mentions = [m for m in (doc.get(q.get("speaker_mention")) for q in said) if m is not None]
        named = {str(m.get("role")) for m in mentions if m.get("role")}
        # "ambassador" says nothing that "ambassador of Azerbaijan to Pakistan" does not
        roles = sorted(r for r in named if not any(r != o and r in o for o in named))
        role = f' <span class="role">{escape(", ".join(roles))}</span>' if roles else ""
        name = escape(speaker) if speaker else "<i>no speaker found</i>"
        items = "".join(
            f'<li class="quote" data-ids="{ids_attr([q.id], escape)}" tabindex="0">'
            f"{escape(excerpt(doc, q))}</li>"
            for q in said
        )
        out.append(
            f'<div class="who"><h4 tabindex="0" data-ids="{_ids([*said, *mentions], escape)}">'
            f'{name}{role} <span class="n">{len(said)}</span></h4><ul>{items}</ul></div>'
        )
    return Panel("speakers", "Speakers", len(quotes), "".join(out))


@cache
def _country_name(code: str) -> str:
    try:
        import pycountry
    except ImportError:  # pragma: no cover - a dependency of limner, but the core does not insist
        return code
    country = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    return str(getattr(country, "common_name", None) or getattr(country, "name", code))


def places(
    locations: Sequence[Annotation],
    doc: Document,
    escape: Escape,
    located: Callable[[Annotation], bool],
) -> Panel:
    """Places grouped by country, each place once with its mentions."""
    countries: dict[str, dict[tuple[str, Any], list[Annotation]]] = {}
    for a in locations:
        code = str(a.get("country") or "")
        key = (str(a.get("name") or doc.text[a.start : a.end]), a.get("geonameid"))
        countries.setdefault(code, {}).setdefault(key, []).append(a)

    def size(group: dict[tuple[str, Any], list[Annotation]]) -> int:
        return sum(map(len, group.values()))

    out = []
    for code, group in sorted(countries.items(), key=lambda kv: (kv[0] == "", -size(kv[1]))):
        title = escape(_country_name(code)) if code else "No country"
        rows = []
        for (name, _), mentions in sorted(group.items(), key=lambda kv: -len(kv[1])):
            feature = mentions[0].get("feature")
            kind = f" · {escape(str(feature))}" if feature else ""
            where = "" if located(mentions[0]) else ' <span class="nocoord">no coordinates</span>'
            rows.append(
                f'<li class="pl" data-ids="{_ids(mentions, escape)}" tabindex="0">'
                f"<span>{escape(name)}{kind}{where}</span>"
                f'<span class="n">{len(mentions)}</span></li>'
            )
        every = [a for mentions in group.values() for a in mentions]
        out.append(
            f'<h4 tabindex="0" data-ids="{_ids(every, escape)}">{title} '
            f'<span class="n">{size(group)}</span></h4><ul>{"".join(rows)}</ul>'
        )
    return Panel("places", "Places", len(locations), "".join(out))


def figures(numbers: Sequence[Annotation], doc: Document, escape: Escape) -> Panel:
    """The numbers as a table: words, value, unit, what kind of figure, what is counted."""
    rows = []
    for a in numbers:
        low, high = a.get("low"), a.get("high")
        shown = value(a.get("value"))
        if a.get("category") == "date":
            # a date reads as a date, and a year without a thousands separator
            shown = str(a.get("date") or a.get("value") or "")
        elif low is not None and high is not None and low != high:
            shown = f"{value(low)}–{value(high)}"
        qualifier = a.get("qualifier")
        if qualifier and _follows(doc.text[a.start : a.end], str(qualifier)):
            shown = f"{shown} ({qualifier})"  # "a dozen or so": 12 (or so), not "or so 12"
        elif qualifier:
            shown = f"{qualifier} {shown}"
        rows.append(
            f'<tr tabindex="0" data-ids="{ids_attr([a.id], escape)}">'
            f"<td>{escape(excerpt(doc, a, 80))}</td>"
            f'<td class="num">{escape(shown)}</td><td>{escape(value(a.get("unit")))}</td>'
            f"<td>{escape(value(a.get('category')))}</td>"
            f"<td>{escape(value(a.get('counted')))}</td></tr>"
        )
    head = "<tr><th>text</th><th>value</th><th>unit</th><th>kind</th><th>counted</th></tr>"
    return Panel("figures", "Figures", len(numbers), _table(head + "".join(rows)))


def _follows(span: str, qualifier: str) -> bool:
    """Whether a figure's ``qualifier`` comes after it in its ``span`` ("40 or more",
    "1,200-odd", "18+" for "plus"), not before ("over 40")."""
    span, qualifier = span.casefold().rstrip(), qualifier.casefold()
    return (span.endswith(qualifier) and not span.startswith(qualifier)) or (
        qualifier == "plus" and span.endswith("+")
    )


def tone_label(score: float) -> str:
    """``+0.58 positive``: a score in [-1, 1] in words."""
    word = "positive" if score >= 0.05 else "negative" if score <= -0.05 else "neutral"
    return f"{score:+.2f} {word}"


def tones(targets: Sequence[Annotation], doc: Document, escape: Escape) -> Panel:
    """Sentiment towards each target (a place, a speaker), strongest first."""

    def score(a: Annotation) -> float:
        s = a.score
        return s if isinstance(s, int | float) and math.isfinite(s) else 0.0

    rows = []
    for a in sorted(targets, key=lambda a: -abs(score(a))):
        target = doc.get(a.get("target"))
        name = a.get("name") or (doc.text[target.start : target.end] if target else a.id)
        ids = [a.id] + ([target.id] if target else [])
        rows.append(
            f'<tr tabindex="0" data-ids="{ids_attr(ids, escape)}"><td>{escape(str(name))}</td>'
            f'<td class="num">{escape(tone_label(score(a)))}</td>'
            f'<td class="num">{escape(value(a.get("mentions")))}</td></tr>'
        )
    head = "<tr><th>target</th><th>tone</th><th>mentions</th></tr>"
    table = _table(head + "".join(rows))
    return Panel("tones", "Tone by target", len(targets), table, open=False)


def generic(kind: str, annotations: Sequence[Annotation], doc: Document, escape: Escape) -> Panel:
    """Any other kind: each annotation's id, text and fields."""
    rows = "".join(
        f'<tr tabindex="0" data-ids="{ids_attr([a.id], escape)}"><td>{escape(a.id)}</td>'
        f"<td>{escape(excerpt(doc, a, 120))}</td><td>{escape(fields(a))}</td></tr>"
        for a in annotations
    )
    return Panel("kind", kind, len(annotations), _table(rows), open=False)


def _table(rows: str) -> str:
    """A table that scrolls sideways inside its panel rather than widening the page."""
    return f'<div class="wide"><table>{rows}</table></div>'


def fields(a: Annotation) -> str:
    """``name=value`` for each shown field of the annotation."""
    return ", ".join(
        f"{k}={v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)}"
        for k, v in _shown_fields(a).items()
    )
