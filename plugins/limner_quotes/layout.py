"""Paragraphs and sentences of a text, found lazily around the places that need them.

The quotes plugin does not ask for the segmenter's sentence layer (it would
cost more than the plugin itself); it splits only the paragraphs in which a
quotation mark or a speech verb occurs.  A paragraph is a line: news text
puts one paragraph per line, and a quote that is not closed by the end of
its line is taken to end there.
"""

from __future__ import annotations

import bisect
import functools
import re

from limner_quotes.lexicon import word_set

__all__ = ["Layout"]

_NEWLINE = re.compile(r"\n")
#: A match's start and span, mapped over a scan's matches in C (a comprehension runs a
#: frame and a method look-up a match).
_START = re.Match.start
_SPAN = re.Match.span
# a sentence end: terminal punctuation and closing marks, then space and an opener;
# one scan per punctuation mark, each starting with that literal character (which
# ``re`` skips ahead to far faster than to a character class), at the first mark
# of a run only.  After a full stop a spaced dash may open the next sentence where
# what follows it ends its line within 49 characters: a wire credit or a byline set
# after the story's last sentence ("… would resume. — Reuters", ". - Jane Smith, AP");
# a dateline's state ("DECATUR, Ill. — Sen. Ted Cruz weighed in …") runs on, and after
# "?" or "!" a dash goes on with the sentence ("is — are you ready for this? — …").
_SENT_ENDS = tuple(
    (
        mark,
        re.compile(
            re.escape(mark)
            + r"""(?<![.!?…].)[.!?…]*+["'”’»)\]]*+"""
            + r"""(?=[ \t\u00a0]+(?:''|["'“‘«(\[]"""
            + (r"""|[-—–―][ \t\u00a0]+(?=[A-Z][^\n]{0,48}(?:\n|\Z))""" if mark == "." else "")
            + r""")?[A-Z0-9\u00c0-\u024f])"""
        ),
    )
    for mark in ".!?…"
)
#: Six characters before a period that no abbreviation ends with (all are shorter).
_LONG_WORD = re.compile(r"""[^ .("“'‘]{6}""")
_ABBREVIATIONS = word_set(
    """
    mr mrs ms dr prof rev fr sr jr st mt gen col lt maj capt sgt adm gov sen rep pres amb
    supt insp det jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp bros no
    vs etc al e.g i.e u.s u.k u.n u.s.a e.u d.c a.m p.m
    """
)


class Layout:
    """Paragraph and sentence bounds of one text, computed on demand and cached."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._newlines = list(map(_START, _NEWLINE.finditer(text)))
        self._sentences: dict[int, list[int]] = {}
        #: where the first sentence of a paragraph starts after its dateline, if it has one
        self._datelines: dict[int, int] = {}
        self._end_scans: list[tuple[str, re.Pattern[str]]] | None = None
        self._last = (1, 0)  # the line found last (none yet)

    def paragraph(self, pos: int) -> tuple[int, int]:
        """The ``(start, end)`` of the line holding ``pos``, line break excluded."""
        last = self._last
        if last[0] <= pos <= last[1]:  # most look-ups fall in the line looked up before
            return last
        i = bisect.bisect_left(self._newlines, pos)
        start = self._newlines[i - 1] + 1 if i > 0 else 0
        end = self._newlines[i] if i < len(self._newlines) else len(self.text)
        self._last = (start, end)
        return start, end

    def previous_paragraph(self, start: int) -> tuple[int, int] | None:
        """The nearest non-blank line before the line that starts at ``start``."""
        pos = start - 1
        for _ in range(8):  # bounded: runs of blank lines do not make this quadratic
            if pos < 0:
                break
            p_start, p_end = self.paragraph(pos)
            if self.text[p_start:p_end].strip():
                return p_start, p_end
            pos = p_start - 1
        return None

    def _ends(self, p_start: int, p_end: int) -> list[int]:
        ends = self._sentences.get(p_start)
        if ends is None:
            text = self.text
            ends = []
            scans = self._end_scans
            if scans is None:  # once per text: the marks it holds at all
                scans = [(mark, pattern) for mark, pattern in _SENT_ENDS if mark in text]
                self._end_scans = scans
            spans: list[tuple[int, int]] = []
            for mark, pattern in scans:
                if text.find(mark, p_start, p_end) >= 0:  # a line without the mark: not scanned
                    spans += map(_SPAN, pattern.finditer(text, p_start, p_end))
            if len(spans) > 1:
                spans.sort()
            for stop, stop_end in spans:
                # a lone period after a word shorter than six characters (no _LONG_WORD
                # before it) may end an abbreviation: "Mr.", "U.S."
                if text[stop] == "." and stop_end - stop == 1:
                    if stop - 6 < p_start:
                        if _abbreviation(text, stop, p_start):
                            continue
                    else:
                        tail = text[stop - 6 : stop]
                        space = tail.rfind(" ")
                        if space >= 0:  # a space in the six: no long word, and the space
                            # before the word is the one _abbreviation would look for
                            if _abbreviation(text, stop, p_start, stop - 6 + space):
                                continue
                        elif (  # six letters are a long word without the pattern
                            not tail.isalpha()
                            and _LONG_WORD.match(text, stop - 6, stop) is None
                            and _abbreviation(text, stop, p_start)
                        ):
                            continue
                ends.append(stop_end)
            ends.append(p_end)
            self._sentences[p_start] = ends
            start = p_start
            while start < p_end and text[start] in " \t\u00a0":
                start += 1
            if text[start : start + 2].isupper():
                dateline = _dateline().match(text, start, ends[0])
                if dateline is not None:
                    self._datelines[p_start] = dateline.end()
        return ends

    def sentence(self, pos: int) -> tuple[int, int]:
        """The ``(start, end)`` of the sentence holding ``pos`` (leading space skipped)."""
        last = self._last
        p_start, p_end = last if last[0] <= pos <= last[1] else self.paragraph(pos)
        ends = self._sentences.get(p_start)
        if ends is None:
            ends = self._ends(p_start, p_end)
        i = bisect.bisect_right(ends, pos)
        if i >= len(ends):
            i = len(ends) - 1
        start = ends[i - 1] if i > 0 else p_start
        text = self.text
        while start < ends[i] and text[start] in " \t\u00a0":
            start += 1
        if i == 0 and self._datelines:  # "LAGOS (Reuters) - …": the story starts after it
            start = self._datelines.get(p_start, start)
        return start, ends[i]


#: A wire story's dateline before its first sentence: a place in capitals, maybe a
#: region or a date after a comma and an agency in brackets, then a dash ("LAGOS
#: (Reuters) - ", "WASHINGTON (AP) — ", "NEW DELHI, March 3 (Reuters) - ", "SYDNEY,
#: Australia — ").
_DATELINE = (
    r"[A-Z][A-Z.'’\-]+(?:[ \t\u00a0]+[A-Z][A-Z.'’\-]+){0,3}"
    r"(?:,[ \t\u00a0]+[A-Za-z0-9 .]{1,30}?)?(?:[ \t\u00a0]+\([^()\n]{1,40}\))?"
    r"[ \t\u00a0]+[-—–―]{1,2}[ \t\u00a0]+(?=[\"“‘'A-Z0-9])"
)


@functools.cache
def _dateline() -> re.Pattern[str]:
    """:data:`_DATELINE`, compiled when a paragraph first opens with two capitals (most
    texts have none), and by the plugin's load, which keeps its code."""
    return re.compile(_DATELINE)


def _abbreviation(text: str, stop: int, floor: int, space: int | None = None) -> bool:
    """Whether the period at ``stop`` ends an abbreviation, not a sentence; ``space``, when
    given, is the last space before it within the six characters before it (the one
    searched for here)."""
    if space is None:
        # max(rfind, floor - 1, stop - 21), by comparisons: a call of max costs more
        space = text.rfind(" ", stop - 20 if stop - 20 > floor else floor, stop)
        if space < floor - 1:
            space = floor - 1
        if space < stop - 21:
            space = stop - 21
    word = text[space + 1 : stop].lower().lstrip(".(\"“'‘")
    if len(word) == 1 and word.isalpha():
        return True
    if word not in _ABBREVIATIONS:
        # initials joined by periods ("J.K. Rowling", "B.V. Nagarathna") open a name,
        # unless a word that opens a sentence follows ("flew home to L.A. He said")
        return (
            "." in word
            and _INITIALS.fullmatch(word) is not None
            and _OPENING_WORD.match(text, stop + 1) is None
        )
    if word == "no":  # "No. 2", but "he said no. But …" ends a sentence
        return text[stop + 1 : stop + 3].strip()[:1].isdigit()
    if word in _CLOSING:  # "in the U.S. He said …": the abbreviation also ends the sentence
        return _OPENING_WORD.match(text, stop + 1) is None
    return True


_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
#: Abbreviations that often end a sentence: a place, a company, a time, "Jr."
_CLOSING = word_set("u.s u.k u.n u.s.a e.u d.c inc ltd co corp jr sr etc a.m p.m")
#: Words that open a sentence and never follow those abbreviations inside one.
_OPENING_WORD = re.compile(
    r"[ \t\u00a0]+(?:He|She|They|It|We|I|But|And|The|This|That|These|Those|In|On|At|If|"
    r"When|While|As|After|Before|So|Yet|There)\b"
)
