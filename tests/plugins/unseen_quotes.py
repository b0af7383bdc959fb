"""Short news passages from other outlets and topics, with their attributions labelled by
hand, and their score: the check of the quotes plugin on news that is not PolNeAR.

The passages (``data/unseen_quotes.txt``, its head says how they are marked) were
written for limner's tests, in the style of UK courts and local news, Indian, Nigerian,
Kenyan, Ghanaian, South African, Australian and Canadian politics, business, sport,
health, science and wire copy, and labelled before the plugin was run on them.  They
are read into PolNeAR's schema (``text`` and ``quotes`` with ``fragments``,
``speaker_fragments``, ``cue_fragments`` and ``kind``), so they are scored exactly as
``limner evaluate quotes`` scores PolNeAR.

Run as a script to print the figures, or to write the passages as JSONL for
``limner evaluate quotes FILE``::

    python -m tests.plugins.unseen_quotes
    python -m tests.plugins.unseen_quotes --write unseen_quotes.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

import limner
from limner_evaluate.quotes import Quotes, quoted_stretch

DATA = Path(__file__).parent / "data" / "unseen_quotes.txt"

#: One mark: its role (content, source, cue), its attribution's number and its words.
_MARK = re.compile(r"⟦([csv])(\d+)(?: ([^⟦⟧]*))?⟧")
_ROLES = {"c": "fragments", "s": "speaker_fragments", "v": "cue_fragments"}


def parse(block: str) -> dict[str, Any]:
    """One passage (``id: NAME`` on its first line, then its marked text) as a record."""
    head, _, body = block.strip().partition("\n")
    if not head.startswith("id: "):
        raise ValueError(f"a passage starts with 'id: NAME', not {head!r}")
    parts: list[str] = []
    length = 0
    found: dict[int, dict[str, list[list[int]]]] = {}
    last = 0
    for m in _MARK.finditer(body):
        plain = body[last : m.start()]
        parts.append(plain)
        length += len(plain)
        words = m.group(3) or ""
        attribution = found.setdefault(int(m.group(2)), {role: [] for role in _ROLES.values()})
        if words:
            attribution[_ROLES[m.group(1)]].append([length, length + len(words)])
        parts.append(words)
        length += len(words)
        last = m.end()
    parts.append(body[last:])
    text = "".join(parts)
    if "⟦" in text or "⟧" in text:
        raise ValueError(f"{head}: a mark is not closed or nests another")
    quotes = []
    for number in sorted(found):
        q = found[number]
        if not q["fragments"]:
            raise ValueError(f"{head}: attribution {number} has no content")
        stretches = [quoted_stretch(text, a, b) for a, b in q["fragments"]]
        kind = "direct" if all(stretches) else "mixed" if any(stretches) else "indirect"
        quotes.append({"number": number, "kind": kind, **q})
    return {"id": head[4:].strip(), "text": text, "quotes": quotes}


def records() -> list[dict[str, Any]]:
    """Every passage of the data file, as a record in PolNeAR's schema."""
    blocks: list[list[str]] = [[]]
    for line in DATA.read_text("utf-8").splitlines():
        if line == "---":
            blocks.append([])
        elif not line.startswith("#"):
            blocks[-1].append(line)
    return [parse("\n".join(block)) for block in blocks if "".join(block).strip()]


def score(enricher: limner.Enricher) -> dict[str, Any]:
    """``limner evaluate quotes``'s figures over the passages, and its per-passage misses."""
    task = Quotes()
    items = [task.read(record, n) for n, record in enumerate(records())]
    preds = [task.from_doc(enricher.enrich(item.text)) for item in items]
    metrics, reports = task.score(items, preds)
    metrics["misses"] = [f"{r.id}: {d}" for r in reports for d in r.details]
    return metrics


def _figures(metrics: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"documents": metrics["documents"]}
    for scope in ("direct", "all"):
        m = metrics[scope]
        out[scope] = {
            "gold": m["overlap"]["gold"],
            "exact F1": round(m["exact"]["f1"], 3),
            "overlap P": round(m["overlap"]["precision"], 3),
            "overlap R": round(m["overlap"]["recall"], 3),
            "overlap F1": round(m["overlap"]["f1"], 3),
            "speaker accuracy": (round(m["speaker"]["accuracy"], 3)
                                 if m["speaker"]["accuracy"] is not None else None),
            "speakers judged": m["speaker"]["judged"],
        }
    return out


if __name__ == "__main__":  # pragma: no cover
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="write the passages as JSONL here and stop")
    args = parser.parse_args()
    if args.write:
        with args.write.open("w", encoding="utf-8") as f:
            for record in records():
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        result = score(limner.Enricher(["quotes"]))
        print(json.dumps(_figures(result), indent=1))
        print("\n".join(result["misses"]))
