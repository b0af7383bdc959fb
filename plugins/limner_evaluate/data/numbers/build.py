"""Build limner's general suite of English numbers from ``cases.txt`` and num2words.

Run from anywhere (``python plugins/limner_evaluate/data/numbers/build.py``); it
rewrites ``dev/`` and ``test/`` beside itself, one JSON-lines file per category,
in the record format of ``limner evaluate numbers``: ``{"id", "text", "category",
"quantities": [{"surface", "start", "end", "value", "uncertainty"}]}``.

Hand-written cases come from ``cases.txt`` (marks ``{surface|value}``); to them
are added numbers in words rendered by ``num2words`` (cardinals, ordinals and
decimals, from a fixed seed), whose gold value is the number rendered.  Cases
alternate between the two halves in the order written: the first of each
category to ``dev``, the second to ``test``, and so on.
"""

from __future__ import annotations

import json
import random
import re
from fractions import Fraction
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
_MARK = re.compile(r"\{([^{}|]+)\|([^{}]+)\}")


def _value(spec: str) -> tuple[float | None, float | None]:
    """A gold value and uncertainty from a mark: "74", "1/3", "40+2/7", "60..69", "null"."""
    spec = spec.strip()
    if spec == "null":
        return None, None
    if ".." in spec:
        lo, hi = (Fraction(x) for x in spec.split(".."))
        return _num((lo + hi) / 2), _num((hi - lo) / 2)
    return _num(sum((Fraction(part) for part in spec.split("+")), Fraction(0))), None


def _num(x: Fraction) -> float:
    return int(x) if x.denominator == 1 else float(x)


def parse_case(line: str) -> tuple[str, list[dict[str, Any]]]:
    """The text of a marked-up case and its gold quantities."""
    text, quantities, last = "", [], 0
    for m in _MARK.finditer(line):
        text += line[last:m.start()]
        surface = m.group(1)
        value, unc = _value(m.group(2))
        q: dict[str, Any] = {"surface": surface, "start": len(text),
                             "end": len(text) + len(surface), "value": value}
        if unc is not None:
            q["uncertainty"] = unc
        quantities.append(q)
        text += surface
        last = m.end()
    return text + line[last:], quantities


def hand_cases() -> dict[str, list[str]]:
    """The marked-up lines of ``cases.txt`` by category."""
    out: dict[str, list[str]] = {}
    category = None
    for raw in (HERE / "cases.txt").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("## "):
            category = line[3:].strip()
            out.setdefault(category, [])
        elif line and not line.startswith("#") and category is not None:
            out[category].append(line)
    return out


def rendered_cases() -> list[str]:
    """Numbers in words from num2words, as marked-up lines (category ``words``)."""
    from num2words import num2words

    rng = random.Random(18)
    lines = []
    frames = ["The report counted {} cases.", "{} people signed the letter.",
              "The hall seats {} guests.", "We planted {} trees."]
    for k in range(16):
        n = rng.choice([rng.randint(2, 99), rng.randint(100, 9999), rng.randint(10**4, 10**7)])
        words = num2words(n)
        frame = frames[k % len(frames)]
        if frame.startswith("{}"):
            words = words[0].upper() + words[1:]
        lines.append(frame.format("{" + words + "|" + str(n) + "}"))
    for _ in range(8):
        n = rng.choice([rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 10**6)])
        lines.append("She was the {" + num2words(n, to="ordinal") + "|" + str(n)
                     + "} person in line.")
    for _ in range(6):
        x = rng.randint(1, 999) / 100
        lines.append("The gauge read {" + num2words(x) + "|" + repr(x) + "} at noon.")
    return lines


def build(out: Path = HERE) -> dict[str, tuple[int, int]]:
    """Write ``out/dev/`` and ``out/test/``; the count of cases per category and half."""
    cases = hand_cases()
    cases["words"] = cases.get("words", []) + rendered_cases()
    counts = {}
    for half in ("dev", "test"):
        (out / half).mkdir(parents=True, exist_ok=True)
        for old in (out / half).glob("*.jsonl"):
            old.unlink()
    for category, lines in cases.items():
        halves: dict[str, list[str]] = {"dev": [], "test": []}
        for i, line in enumerate(lines):
            text, quantities = parse_case(line)
            half = "dev" if i % 2 == 0 else "test"
            record = {"id": f"{category}-{i:03d}", "text": text, "category": category,
                      "quantities": quantities}
            halves[half].append(json.dumps(record, ensure_ascii=False))
        for half, records in halves.items():
            (out / half / f"{category}.jsonl").write_text("\n".join(records) + "\n",
                                                           encoding="utf-8")
        counts[category] = (len(halves["dev"]), len(halves["test"]))
    return counts


if __name__ == "__main__":
    total = 0
    for category, (dev, test) in build().items():
        print(f"{category}: {dev} dev, {test} test")
        total += dev + test
    print(f"{total} cases")
