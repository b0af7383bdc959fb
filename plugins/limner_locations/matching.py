"""Finding place-name candidates in text: capitalised runs looked up in the gazetteer.

A *run* is a sequence of capitalised words (with connectors such as "of"
and separators such as hyphens, apostrophes and abbreviation periods).
Within a run the longest indexed name is taken from left to right.  Each
:class:`Mention` records what the matcher saw around it (the run it sits
in, a dateline, a comma qualifier, a sentence start), which the resolver
turns into evidence.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex

from limner_locations.folding import TOKEN, fold_token
from limner_locations.gazetteer import FLAG_ABBREV, Gazetteer

__all__ = ["Mention", "find_mentions"]

# a capitalised word, then up to 7 more capitalised words or connectors, possessive-free
_RUN = regex.compile(
    r"""
    (?<![\w'’.\-])
    \p{Lu}[^\W_]*+(?:['’ʼ](?![sS]\b)[^\W_]++)*+
    (?:
      (?:[ \t]{1,2}+|[\-‐–]|(?<=(?<![\w.])\p{Lu}\p{Ll}{0,2})\.[ \t]?+)
      (?:\p{Lu}[^\W_]*+(?:['’ʼ](?![sS]\b)[^\W_]++)*+|(?:of|de|del|la|le|du|da|upon|on|and|the|al|el|sur|am|im|an|y)
                          (?=[ \t\-]\p{Lu}))
    ){0,7}+
    """,
    regex.VERBOSE,
)
_DATELINE_AFTER = regex.compile(
    r"(?:,[ \t]*+\p{Lu}[\p{L}.]*+(?:[ \t]\p{Lu}[\p{L}.]*+)?)?(?::|[ \t]*+[—–-]|[ \t]*+\((?:AP|Reuters|AFP|CNN)\))")
_SENTENCE_START = regex.compile(r"(?:^|[.!?:;]['\"’”)\]]*+[ \t]++|\n[ \t]*+|[\"“‘(\[][ \t]*+)$")
_MAX_LOOK = 40


@attrs.frozen(slots=True)
class Mention:
    """A span whose folded text is an indexed name.

    ``before``/``after`` are the capitalised words of the same run outside
    the span (``prev_key`` is the key of a mention ending right before it
    in the same run, if any); ``key`` is the folded name; ``candidates`` the (entry, flags)
    pairs of the gazetteer.
    """

    start: int
    end: int
    key: str
    candidates: tuple[tuple[int, int], ...]
    before: tuple[str, ...]
    prev_key: str
    after: tuple[str, ...]
    sentence_start: bool
    dateline: bool


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), fold_token(m.group())) for m in TOKEN.finditer(text, start, end)]


def find_mentions(text: str, gaz: Gazetteer) -> Iterator[Mention]:
    """Longest indexed names inside capitalised runs, left to right, not overlapping."""
    prefixes = gaz.prefixes
    lookup = gaz.lookup
    for run in _RUN.finditer(text):
        rs, re_ = run.span()
        toks = _tokens(text, rs, re_)
        n = len(toks)
        i = 0
        after_mention = 0
        prev_key = ""
        while i < n:
            s0, _, first = toks[i]
            if not text[s0].isupper():
                i += 1
                continue
            # folded string of the rest of the run, with token boundaries
            bounds = []
            parts = []
            length = -1
            for _, _, f in toks[i:]:
                parts.append(f)
                length += len(f) + 1
                bounds.append(length)
            joined = " ".join(parts)
            best_j = -1
            best_key = ""
            for key in prefixes(joined):
                k = len(key)
                if k in bounds:
                    j = i + bounds.index(k)
                    if j > best_j:
                        best_j, best_key = j, key
            if best_j < 0:
                i += 1
                continue
            end = toks[best_j][1]
            # abbreviations keep their final period ("U.S.", "W.Va.")
            cands = tuple(lookup(best_key))
            if end < len(text) and text[end] == "." and (
                    (best_j > i and text[toks[best_j][0] - 1] == ".")
                    or any(f & FLAG_ABBREV for _, f in cands)):
                end += 1
            head = text[max(0, s0 - _MAX_LOOK):s0]
            sentence_start = bool(_SENTENCE_START.search(head))
            yield Mention(
                start=s0,
                end=end,
                key=best_key,
                candidates=cands,
                before=tuple(text[a:b] for a, b, _ in toks[:i]),
                prev_key=prev_key if after_mention == i and i > 0 else "",
                after=tuple(text[a:b] for a, b, _ in toks[best_j + 1:]),
                sentence_start=sentence_start,
                dateline=sentence_start and bool(
                    _DATELINE_AFTER.match(text, end, min(len(text), end + 40))) and (
                    text[s0:end].isupper() or text[end:end + 1] == ","),
            )
            i = after_mention = best_j + 1
            prev_key = best_key
