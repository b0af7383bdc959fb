"""Name folding: the one normal form under which text and gazetteer names are compared.

A name is split into word tokens (letters and digits, with inner
apostrophes, which are dropped: "O'Fallon", "Ts'khinvali", and "Qo‘qon", whose left
quotation mark GeoNames writes for the ʻokina and the sign of Uzbek's letters; hyphens,
periods, spaces and a possessive "'s" separate them), each token is case-folded and stripped of
diacritics, and the tokens are joined with single spaces: "Füzuli",
"FUZULI" and "Fuzuli" fold alike, as do "Nagorno-Karabakh" and
"Nagorno Karabakh", "U.S." and "U S", "Azerbaijan’s" (first token) and
"Azerbaijan".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["TOKEN", "base_name", "fold", "fold_token"]

#: The combining marks of the Latin script's diacritics (U+0300 to U+036F and their
#: supplements), which text in decomposed form (NFD, as macOS writes file names and some
#: feeds their copy) writes after a letter: "Zu\u0308rich" is "Zürich".
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
#: A word token as seen by the matcher (letters/digits; marks kept inside, the combining
#: marks after a letter too: they split "Zu\u0308rich" into "Zu" and "rich", and no place
#: written so was found).
TOKEN = re.compile(
    rf"[^\W_][{_MARKS}]*+(?:[^\W_][{_MARKS}]*+)*+"
    rf"(?:['\u2018\u2019\u02bc](?![sS]\b)[^\W_][{_MARKS}]*+(?:[^\W_][{_MARKS}]*+)*+)*"
)

# letters NFKD does not decompose into a base letter plus marks
_SPECIAL = str.maketrans(
    {
        "ı": "i", "ə": "a", "ǝ": "a", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "ħ": "h",
        "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ŀ": "l", "ŧ": "t",
        "ʻ": "", "ʼ": "", "'": "", "\u2018": "", "\u2019": "",
    }
)


@lru_cache(maxsize=200_000)
def fold_token(token: str) -> str:
    """The folded form of one token: lower case, no diacritics."""
    low = token.casefold().translate(_SPECIAL)
    if low.isascii():
        return low
    decomposed = unicodedata.normalize("NFKD", low)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_SPECIAL)


def fold(name: str) -> str:
    """The folded form of a name: its folded tokens joined by single spaces."""
    return " ".join(fold_token(t) for t in TOKEN.findall(name))


_CITY_OF = re.compile(r"^(?:city|town|village|county|borough) of ")


def base_name(key: str) -> str:
    """A folded name without "City of" and the like: "City of Richmond" is Richmond's,
    "City of Westminster" Westminster's."""
    return _CITY_OF.sub("", key) if " of " in key else key
