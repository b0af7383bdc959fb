"""One plugin's annotations over whole corpora, a line each: what a rule changes on text with
no gold, found by comparing two checkouts' lines.

    python benchmarks/outputs.py quotes > after.tsv
    PYTHONPATH=OLD/src:OLD/plugins python benchmarks/outputs.py quotes > before.tsv
    diff before.tsv after.tsv | grep -c '^<'     # the annotations that changed or went

Each line is a file's short name, the document's line number and the annotation's start,
then the annotation's fields that the plugin's rules decide (for a quote its style,
speaker, source type, cue and its speaker mention's role; for a location its surface,
name, country and point; for a number its surface, value, unit and category; for a
sentiment its scope, a target's name, and its label), then its words.  The corpora are read
from ``$LIMNER_CORPORA`` (default ``../shared/corpora``): all of BBC, for quotes PolNeAR's
training and development files too, for locations LGL, for numbers LGL, NewsMTSC and
PolNeAR.  Sentiment is run with every plugin, whose places and speakers are its targets
(``grep -P '\ttarget\t'`` keeps the targets' lines).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import limner

ROOT = Path(__file__).resolve().parent.parent

#: the corpus files each plugin is compared on, under the corpora folder
FILES = {
    "quotes": ("bbc/bbc.jsonl", "polnear/polnear-train.jsonl", "polnear/polnear-dev.jsonl"),
    "locations": ("bbc/bbc.jsonl", "lgl/lgl.jsonl"),
    "numbers": ("bbc/bbc.jsonl", "lgl/lgl.jsonl", "newsmtsc/newsmtsc-train.jsonl",
                "polnear/polnear-train.jsonl", "polnear/polnear-dev.jsonl"),
    "sentiment": ("bbc/bbc.jsonl",),
}
#: the plugins each is run with: sentiment's targets are the places and speakers the others find
RUN_WITH = {"sentiment": None}


def lines(plugin: str, corpora: Path) -> Iterator[str]:
    """The lines of ``plugin``'s annotations over its corpus files, in document order."""
    enricher = limner.Enricher(plugins=RUN_WITH.get(plugin, [plugin]))
    for name in FILES[plugin]:
        with (corpora / name).open(encoding="utf-8") as records:
            for i, record in enumerate(records):
                text = json.loads(record)["text"]
                doc = enricher.enrich(text)
                for a in doc.annotations:
                    fields = _fields(doc, a)
                    if fields is not None:
                        words = text[a.start : a.end][:60]
                        yield "\t".join([f"{name}:{i}:{a.start}", *fields, repr(words)])


def _fields(doc: limner.Document, a: limner.Annotation) -> list[str] | None:
    if a.kind == "quote":
        mention = doc.get(a.get("speaker_mention"))
        role = mention.get("role") if mention is not None else None
        return [str(a.get(k)) for k in ("style", "speaker", "source_type", "cue")] + [str(role)]
    if a.kind == "location":
        return [doc.text[a.start : a.end], str(a.get("name")), str(a.get("country")),
                str(a.get("lat")), str(a.get("lon"))]
    if a.kind == "number":
        return [doc.text[a.start : a.end]] + [str(a.get(k)) for k in ("value", "unit", "category")]
    if a.kind == "sentiment":  # a target's name and label; a sentence's or document's label
        scope = str(a.get("scope"))
        return [scope, str(a.get("name")) if scope == "target" else "", str(a.get("label"))]
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("plugin", choices=sorted(FILES))
    args = parser.parse_args()
    corpora = Path(os.environ.get("LIMNER_CORPORA", ROOT.parent / "shared" / "corpora"))
    out = sys.stdout
    for line in lines(args.plugin, corpora):
        out.write(line + "\n")


if __name__ == "__main__":
    main()
