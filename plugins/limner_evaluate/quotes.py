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
articles write double quotes as two apostrophes.  A fragment is also direct
when it is one double-quoted stretch itself (:func:`quoted_stretch`): the
corpus derives ``kind`` per relation, so the quoted fragment of a relation
that goes on in unquoted words is labelled ``mixed`` with them, while the
units scored here are fragments.  Fragments of one relation that only white
space separates are read as one (the corpus splits content only where words
such as "he said" come between).  The quoted stretch is read from the marks
at or right next to the fragment, either way their curl is typed, and over a
paragraph that a quotation runs on from, as the corpus derives ``kind``.  The
scope ``kind`` scores direct quotes against PolNeAR's ``kind`` alone, for
comparison.

Recall is also given per *cue family* of the gold attributions (see
:func:`cue_family`): speech verbs, stance verbs, evidence, noun cues and
passives, so that a reader sees which kinds of attribution are missed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

import limner
from limner_evaluate.measures import Counts, overlaps, score_spans
from limner_evaluate.task import (
    Column,
    DocReport,
    Item,
    Task,
    gold_span,
    misses,
    record_id,
    surface,
)

__all__ = ["FAMILIES", "KINDS", "TRIM", "Quotes", "cue_family", "is_direct", "quoted_stretch",
           "trim"]

#: The ``kind`` values of the corpus schema (PolNeAR's, as limner's suites write it).
KINDS = ("direct", "indirect")

def _word_set(block: str) -> frozenset[str]:
    return frozenset(block.split())


#: The cue families whose recall is reported, and "other" for the rest.
FAMILIES = ("speech", "stance", "evidence", "noun", "passive", "other")

_AUX = _word_set(
    """
    has have had will would could should can may might must did does do not also to
    is was are were be been being n't never just already first publicly repeatedly
    later now then again still even
    """
)
_BE = frozenset(["is", "was", "are", "were", "be", "been", "being", "'s", "’s"])
_STEMS = {
    "passive": ("reportedly", "allegedly", "purportedly", "supposedly"),
    "evidence": (
        "show", "find", "found", "reveal", "indicat", "estimat", "conclu", "rule", "ruling",
        "determin", "demonstrat", "project", "forecast", "poll", "survey", "stud", "data",
        "result", "finding", "analys",
    ),
    "stance": (
        "believ", "think", "thought", "know", "knew", "feel", "felt", "fear", "hop", "expect",
        "want", "wish", "doubt", "seem", "appear", "support", "oppos", "endors", "back",
        "favo", "prefer", "plan", "seek", "sought", "intend", "agree", "disagree", "view",
        "see", "saw", "seen", "consider", "regard", "like", "worr", "decid", "decision",
        "choose", "chose", "trust", "suspect", "assum", "imagin", "wonder", "look", "sound",
    ),
    "speech": (
        "say", "said", "tell", "told", "add", "not", "warn", "insist", "claim", "argu",
        "explain", "announc", "declar", "assert", "acknowledg", "admit", "confirm", "writ",
        "wrote", "ask", "repl", "respond", "counter", "recall", "predict", "promis", "vow",
        "urg", "stress", "emphasi", "tweet", "remark", "observ", "suggest", "contend",
        "conced", "alleg", "charg", "complain", "jok", "quip", "report", "testif", "point",
        "caution", "reiterat", "boast", "pledg", "demand", "answer", "stat", "den",
        "repeat", "mention", "describ", "call", "cit", "propos", "threaten", "comment",
        "critic", "blast", "slam", "prais", "accus", "attack", "decr", "denounc", "condemn",
        "dismiss", "reject", "question", "challeng", "mock", "thank", "blam", "defend",
        "tout", "according", "speak", "spoke", "talk", "post", "chant", "lament", "echo",
        "highlight", "refer", "declin", "refus", "express", "discuss", "list", "quot",
        "read", "respon", "retort", "vot", "continu", "assur", "remind", "shout",
        "email", "offer", "order", "request", "encourag", "recommend", "impl", "assail",
        "portray", "compar", "identif", "nam", "titl", "deliver", "put", "made", "learn",
    ),
}
_NOUN_ENDINGS = ("ment", "tion", "sion", "ism", "ance", "ence", "ure")
_NOUNS = _word_set(
    """
    claim claims call calls statement remarks remark comments comment criticism
    questions question charge charges view views accusation accusations allegation
    allegations complaints complaint promise promises plea support opposition
    attacks attack praise warning warnings interview tweet letter speech report
    reports
    """
)


def cue_family(cue: str | None) -> str:
    """The family of a gold cue: speech, stance, evidence, noun, passive or other.

    A form of "be" with a past participle ("is expected", "was reported")
    or an adverb such as "reportedly" is a passive; a cue headed by a noun
    ("claim", "support for", "criticism of", "in a statement") is a noun
    cue; "in" before a finding ("in a poll") is evidence; otherwise the first
    word with a known stem decides ("later said" -> speech), and a colon
    (``Sanders: …``) is speech.
    """
    if not cue:
        return "other"
    words = [w.strip(".,:;“”\"'’") for w in cue.lower().split()]
    words = [w for w in words if w]
    if not words:
        return "speech" if cue.strip() in {":", "—", "-"} else "other"
    if any(w in _BE for w in words) and any(
        w.endswith(("ed", "en", "wn", "ght", "id")) and w not in _BE for w in words[1:]
    ):
        return "passive"
    content = [w for w in words if w not in _AUX]
    if not content:
        return "other"
    head = content[0]
    if head in _STEMS["passive"]:
        return "passive"
    if head in _NOUNS or head.endswith(_NOUN_ENDINGS):
        return "noun"
    if head in {"in", "the", "a", "an", "his", "her", "their"} and len(content) > 1:
        last = content[-1]
        if last in _NOUNS or last.endswith(_NOUN_ENDINGS):
            return "noun"
        if head == "in":
            return "evidence"  # "in a poll", "in the report"
    for word in content:
        for family in ("evidence", "stance", "speech"):
            if any(word.startswith(stem) for stem in _STEMS[family]):
                return family
    return "other"

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


_MARKS = "\"“”"


def quoted_stretch(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one double-quoted stretch, marks included.

    The fragment, with the marks right next to it, opens with a double
    quotation mark and closes with one
    (punctuation after the closing mark aside), with no mark between them
    except the opening mark that starts a paragraph of a quotation running
    on from the paragraph before (a paragraph that does not close it).
    Two apostrophes count as a double quotation mark, and a mark counts
    whichever way its curl is typed (``“We are ready,“ said …``): the
    corpus derives ``kind`` from double marks, straight and curly, alike.
    A fragment that ends its paragraph without a closing mark is closed
    when the next paragraph reopens the quotation (the typography of a
    quotation over several paragraphs: only the last one closes it).
    """
    start, end = _with_adjacent_marks(text, start, end)
    inner = text[start:end].strip().rstrip(".,;:!?").replace("''", '"')
    if len(inner) < 3 or inner[0] not in _MARKS:
        return False
    if inner[-1] in _MARKS:
        body = inner[1:-1]
    elif _runs_on(text, end):
        body = inner[1:]
    else:
        return False
    lines = body.split("\n")
    for i in range(1, len(lines)):
        line = lines[i].lstrip()
        if line[:1] in _MARKS and not lines[i - 1].rstrip().endswith(("\"", "”")):
            lines[i] = line[1:]
    return not any(mark in line for line in lines for mark in _MARKS)


def _with_adjacent_marks(text: str, start: int, end: int) -> Span:
    """The fragment with the quotation marks right next to it (the corpus derives ``kind``
    from the marks at or right next to the content; some fragments cut a two-apostrophe
    mark in half)."""
    while start > 0 and text[start - 1] in "\"“”'":
        start -= 1
    j = end
    while j < len(text) and text[j] in ".,;:!?":
        j += 1
    if j < len(text) and text[j] in "\"“”'":
        end = j
        while end < len(text) and text[end] in "\"“”'":
            end += 1
    return start, end


def _runs_on(text: str, end: int) -> bool:
    """Whether the paragraph ends at ``end`` (punctuation aside) and the next one opens a quote."""
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip(" \t.,;:!?…—–-"):
        return False
    rest = text[line_end : line_end + 400].lstrip()
    return rest[:1] in _MARKS or rest.startswith("''")


def _joined(text: str, frags: Sequence[Sequence[int]]) -> list[Span]:
    """A relation's fragments in text order, those apart by white space alone as one."""
    out: list[Span] = []
    for a, b in sorted(gold_span(text, f[0], f[1]) for f in frags):
        if out and a >= out[-1][1] and not text[out[-1][1] : a].strip():
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _check_labels(quote: Mapping[str, Any]) -> None:
    """Refuse a gold attribution whose ``kind`` or ``mixed`` the corpus schema does not have.

    Either may be left out (the quotation marks then decide what is direct),
    but one spelt otherwise ("Direct", "drect") was scored as not direct.

    Raises:
        ValueError: naming the field, the value and what it may be.
    """
    if "kind" in quote and quote["kind"] not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, got {quote['kind']!r}")
    if "mixed" in quote and not isinstance(quote["mixed"], bool):
        raise ValueError(f"mixed must be true or false, got {quote['mixed']!r}")


def _span(value: Any) -> Span | None:
    if isinstance(value, list | tuple) and len(value) == 2 and all(
        isinstance(v, int) and not isinstance(v, bool) for v in value
    ):
        return int(value[0]), int(value[1])
    return None


class Quotes(Task):
    name = "quotes"
    kind = "quote"
    default_corpora = ("polnear/polnear-dev.jsonl",)
    #: limner's suites of news attributions (data/quotes/README.md), not from PolNeAR
    suites: ClassVar[dict[str, tuple[str, ...]]] = {"news": ("data/quotes/news.jsonl",),
                                                     "world": ("data/quotes/world.jsonl",),
                                                     "registers": ("data/quotes/registers.jsonl",),
                                                     "fresh": ("data/quotes/fresh.jsonl",)}
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
    ) + tuple(
        Column(f"R {family}", f"all.families.{family}.recall") for family in FAMILIES[:-1]
    )

    gold_arrays: ClassVar[tuple[str, ...]] = ("quotes",)

    def read(self, record: Mapping[str, Any], n: int) -> Item:
        text = record["text"]
        gold = []
        for q in record["quotes"]:  # (a record without gold is of another corpus)
            _check_labels(q)
            frags = q.get("fragments") or [[q["start"], q["end"]]]
            speakers = [s for s in map(_span, q.get("speaker_fragments") or ()) if s]
            if not speakers and q.get("speaker_start") is not None:
                speakers = [(int(q["speaker_start"]), int(q["speaker_end"]))]
            direct = is_direct(text, q)
            cue = " ".join(text[int(a) : int(b)] for a, b in q.get("cue_fragments") or ())
            family = cue_family(cue or q.get("cue"))
            for frag in _joined(text, frags):
                s, e = trim(text, *frag)
                if s < e:
                    gold.append({"start": s, "end": e,
                                 "direct": direct or quoted_stretch(text, *frag),
                                 "kind": q.get("kind") == "direct", "speaker": speakers,
                                 "family": family})
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
        reports = [DocReport(item.id, 0) for item in items]
        cands = [_trimmed(item.text, pred) for item, pred in zip(items, preds, strict=True)]
        for scope, flag in _SCOPES:
            exact, overlap = Counts(), Counts()
            right = judged = 0
            family_gold = dict.fromkeys(FAMILIES, 0)
            family_found = dict.fromkeys(FAMILIES, 0)
            for item, pred, report in zip(items, cands, reports, strict=True):
                golds = [g for g in item.gold if flag is None or g[flag]]
                kept = pred if flag is None else [p for p in pred if p["direct"]]
                gs, ps, pairs = score_spans(golds, kept, exact, overlap)
                for g in golds:
                    family_gold[g.get("family", "other")] += 1
                for i, _ in pairs:
                    family_found[golds[i].get("family", "other")] += 1
                for i, j in pairs:
                    want = golds[i]["speaker"]
                    if not want:
                        continue
                    judged += 1
                    said = kept[j]["speaker"]
                    if said is not None and any(overlaps(said, g) for g in want):
                        right += 1
                    elif flag is None:
                        who = surface(item.text, said) if said else None
                        report.details.append(f"{surface(item.text, gs[i], 40)!r}: speaker "
                                              f"{who!r}, gold {surface(item.text, want[0])!r}")
                if flag is None:  # the per-document report lists the misses of scope "all"
                    report.details += misses(item.text, gs, ps, pairs)
                    report.misses = len(report.details)
            metrics[scope] = {
                "exact": exact.as_dict(),
                "overlap": overlap.as_dict(),
                "speaker": {"judged": judged, "right": right,
                            "accuracy": right / judged if judged else None},
                "families": {
                    family: {"gold": family_gold[family], "found": family_found[family],
                             "recall": (family_found[family] / family_gold[family]
                                        if family_gold[family] else None)}
                    for family in FAMILIES
                },
            }
        return metrics, reports


#: The scopes scored, each with the gold flag that selects its quotes (``None``: all).
_SCOPES = (("direct", "direct"), ("all", None), ("kind", "kind"))


def _trimmed(text: str, pred: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The predictions with their spans trimmed (see :func:`trim`); emptied ones dropped."""
    out = []
    for p in pred:
        s, e = trim(text, p["start"], p["end"])
        if s < e:
            out.append({"start": s, "end": e, "direct": bool(p.get("direct")),
                        "speaker": _span(p.get("speaker"))})
    return out
