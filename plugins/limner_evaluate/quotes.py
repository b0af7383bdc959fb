"""The quotes task: quotation content spans and speaker mentions, scored on PolNeAR.

Gold: each attribution's content ``fragments`` (a quote split by "he said"
has two), its ``kind`` (direct or not) and its ``speaker_fragments``.
Predictions: ``{"start", "end", "direct", "speaker"}`` where ``speaker`` is
the ``(start, end)`` of the words naming the speaker at this quote, or
``None``.  Both sides are trimmed of white space, quotation marks, the
punctuation ``, . ; : ! ? … — – - ( ) [ ]`` and a leading "that" before
matching, so the marks a corpus or a tool keeps in its spans do not decide a
match.

A gold attribution is *direct* when PolNeAR's ``kind`` says so, or when every
fragment is a stretch between two-apostrophe marks (``'' … ''``): PolNeAR
derived ``kind`` from ``"``, ``“`` and ``”`` alone, and its New York Times
articles write double quotes as two apostrophes.  The scope ``kind`` scores
direct quotes against PolNeAR's ``kind`` alone, for comparison.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import limner
from limner_evaluate.measures import Counts, match_exact, match_overlap, overlaps
from limner_evaluate.task import Column, DocReport, Item, Task, record_id, surface

__all__ = ["TRIM", "Quotes", "is_direct", "trim"]

#: Characters trimmed from both ends of content spans before matching.
TRIM = frozenset(" \t\n\r\f\v\u00a0\u2009\u202f\"'“”„‟«»‹›‘’‚‛,.;:!?…—–-()[]")

Span = tuple[int, int]


def trim(text: str, start: int, end: int) -> Span:
    """The span without the :data:`TRIM` characters at its ends (may become empty)."""
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    if end - start > 5 and text[start : start + 5].lower() == "that ":
        return trim(text, start + 5, end)
    return start, end


def _apostrophe_quoted(text: str, frag: Sequence[int]) -> bool:
    """Whether a fragment is one stretch between two-apostrophe marks: ``'' … ''``."""
    inner = text[int(frag[0]) : int(frag[1])].strip()
    if not (len(inner) > 4 and inner.startswith("''") and inner.rstrip(".,").endswith("''")):
        return False
    return "''" not in inner[2:].rstrip(".,")[:-2]


def is_direct(text: str, quote: Mapping[str, Any]) -> bool:
    """Whether a PolNeAR attribution is a direct quote (see the module doc)."""
    if quote.get("kind") == "direct":
        return True
    frags = quote.get("fragments") or [[quote["start"], quote["end"]]]
    return not quote.get("mixed") and all(_apostrophe_quoted(text, f) for f in frags)


def _span(value: Any) -> Span | None:
    if isinstance(value, list | tuple) and len(value) == 2 and all(
        isinstance(v, int) and not isinstance(v, bool) for v in value
    ):
        return int(value[0]), int(value[1])
    return None


class Quotes(Task):
    name = "quotes"
    kind = "quote"
    plugin = "quotes"
    default_corpora = ("polnear/polnear-dev.jsonl",)
    peers = ("textacy",)
    columns = tuple(
        Column(f"{head} {label}", f"{scope}.{path}")
        for scope, head in (("direct", "direct"), ("all", "all"), ("kind", "kind-direct"))
        for label, path in (
            ("F1 exact", "exact.f1"),
            ("P overlap", "overlap.precision"),
            ("R overlap", "overlap.recall"),
            ("F1 overlap", "overlap.f1"),
            ("speaker acc", "speaker.accuracy"),
        )
    )

    def read(self, record: Mapping[str, Any], n: int) -> Item:
        text = record["text"]
        gold = []
        for q in record.get("quotes", ()):
            frags = q.get("fragments") or [[q["start"], q["end"]]]
            speakers = [s for s in map(_span, q.get("speaker_fragments") or ()) if s]
            if not speakers and q.get("speaker_start") is not None:
                speakers = [(int(q["speaker_start"]), int(q["speaker_end"]))]
            direct = is_direct(text, q)
            for frag in frags:
                s, e = trim(text, int(frag[0]), int(frag[1]))
                if s < e:
                    gold.append({"start": s, "end": e, "direct": direct,
                                 "kind": q.get("kind") == "direct", "speaker": speakers})
        gold.sort(key=lambda g: (g["start"], g["end"]))
        return Item(record_id(record, n), text, gold)

    def from_doc(self, doc: limner.Document) -> list[dict[str, Any]]:
        out = []
        for a in doc.select(self.kind):
            mention = doc.get(a.get("speaker_mention"))
            out.append({
                "start": a.start, "end": a.end, "direct": a.get("style") == "direct",
                "speaker": (mention.start, mention.end) if mention is not None else None,
            })
        return out

    def score(
        self, items: Sequence[Item], preds: Sequence[Any]
    ) -> tuple[dict[str, Any], list[DocReport]]:
        metrics: dict[str, Any] = {"documents": len(items)}
        reports = {item.id: DocReport(item.id, 0) for item in items}
        for scope in ("direct", "all", "kind"):
            exact, overlap = Counts(), Counts()
            right = judged = 0
            key = "kind" if scope == "kind" else "direct"
            for item, pred in zip(items, preds, strict=True):
                golds = [g for g in item.gold if scope == "all" or g[key]]
                cands = []
                for p in pred:
                    if scope == "all" or p.get("direct"):
                        s, e = trim(item.text, p["start"], p["end"])
                        if s < e:
                            cands.append((s, e, p.get("speaker")))
                gs = [(g["start"], g["end"]) for g in golds]
                ps = [(s, e) for s, e, _ in cands]
                exact.add(len(match_exact(gs, ps)), len(gs), len(ps))
                pairs = match_overlap(gs, ps)
                overlap.add(len(pairs), len(gs), len(ps))
                report = reports[item.id]
                for i, j in pairs:
                    if not golds[i]["speaker"]:
                        continue
                    judged += 1
                    said = _span(cands[j][2])
                    if said is not None and any(overlaps(said, g) for g in golds[i]["speaker"]):
                        right += 1
                    elif scope == "all":
                        who = surface(item.text, said) if said else None
                        want = surface(item.text, golds[i]["speaker"][0])
                        report.details.append(f"{surface(item.text, gs[i], 40)!r}: speaker "
                                              f"{who!r}, gold {want!r}")
                        report.misses += 1
                if scope == "all":
                    hit_g = {i for i, _ in pairs}
                    hit_p = {j for _, j in pairs}
                    for i, g in enumerate(gs):
                        if i not in hit_g:
                            report.misses += 1
                            report.details.append(f"missed {surface(item.text, g)!r}")
                    for j, p in enumerate(ps):
                        if j not in hit_p:
                            report.misses += 1
                            report.details.append(f"spurious {surface(item.text, p)!r}")
            metrics[scope] = {
                "exact": exact.as_dict(),
                "overlap": overlap.as_dict(),
                "speaker": {"judged": judged, "right": right,
                            "accuracy": right / judged if judged else None},
            }
        return metrics, list(reports.values())
