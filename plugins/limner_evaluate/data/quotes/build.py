"""Build limner's suites of news attributions (``news.jsonl``, ``world.jsonl``,
``registers.jsonl``, ``fresh.jsonl``) from their marked passages (``news.txt``,
``world.txt``, ``registers.txt``, ``fresh.txt``).

Run from anywhere (``python plugins/limner_evaluate/data/quotes/build.py``); it
rewrites each suite's ``.jsonl`` beside itself, in PolNeAR's record format, which
``limner evaluate quotes`` reads: ``{"id", "text", "quotes": [{"number", "kind",
"fragments", "speaker_fragments", "cue_fragments"}]}``, offsets as ``[start, end]``
into ``text``.  ``news.txt``'s head says how the passages are marked.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from limner_evaluate.quotes import quoted_stretch

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "news.txt"
#: The suites, each built from ``NAME.txt`` into ``NAME.jsonl``.
SUITES = ("news", "world", "registers", "fresh")

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


def records(source: Path = SOURCE) -> list[dict[str, Any]]:
    """Every passage of ``source`` (``news.txt``), as a record in PolNeAR's schema."""
    blocks: list[list[str]] = [[]]
    for line in source.read_text("utf-8").splitlines():
        if line == "---":
            blocks.append([])
        elif not line.startswith("#"):
            blocks[-1].append(line)
    return [parse("\n".join(block)) for block in blocks if "".join(block).strip()]


def build(out: Path = HERE, suite: str = "news") -> Path:
    """Write the suite's ``.jsonl`` (``news.jsonl``) into ``out`` and return its path."""
    path = out / f"{suite}.jsonl"
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for record in records(HERE / f"{suite}.txt"):
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    for name in SUITES:
        print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE, name))
