"""What kind of source a speaker phrase names: a person, an organisation or a document.

:func:`source_type` reads the head of the phrase: a personal pronoun or a
role is a person; an acronym ("FBI"), a name ending with an institution word
("the Justice Department", "the Trump campaign") or a phrase headed by one
("the ministry", "a federal court") is an organisation; a phrase headed by a
finding ("a new poll", "the study", "court documents") is a document.
:class:`Organizations` resolves a short name ("the ministry") to the
organisation named earlier in the document.
"""

from __future__ import annotations

from limner_quotes.lexicon import word_set
from limner_quotes.phrases import Mention

__all__ = ["DOCUMENT_HEADS", "ORGANIZATION_HEADS", "Organizations", "source_type"]

#: Nouns that head a document source: findings, records, publications' pieces.
DOCUMENT_HEADS = word_set(
    """
    poll polls survey surveys study studies report reports analysis analyses data
    research review reviews audit audits document documents record records filing
    filings memo memos figures numbers statistics results findings estimate estimates
    projections projection census index model forecast forecasts ruling rulings
    decision verdict opinion brief lawsuit complaint indictment letter letters email
    emails transcript transcripts statement article story editorial release paper
    papers documentation evidence footage video book
    """
)

#: Nouns that head an organisation: institutions, companies, outlets, bodies.
ORGANIZATION_HEADS = word_set(
    """
    campaign campaigns ministry department committee committees court courts panel
    commission agency agencies government governments administration office party
    parties company companies firm firms group groups organization organisation council
    board bureau network networks newspaper newspapers paper outlet station union unions
    association institute university college center centre foundation coalition team
    police military army navy service authority authorities house senate congress
    parliament legislature assembly cabinet embassy bank corporation corp inc times post
    journal news press tribune herald magazine channel fund caucus club league
    federation alliance movement council pac institution institutions
    """
)
_PERSON_PRONOUNS = word_set("he she i we you who")


def _head(words: list[str]) -> str:
    for w in reversed(words):
        w = w.strip(".,’'").lower()
        if w.endswith(("’s", "'s")):
            w = w[:-2]
        if w.isalpha():
            return w
    return ""


def source_type(text: str, m: Mention | None) -> str:
    """``"person"``, ``"organization"``, ``"document"`` or ``"unknown"`` for a speaker phrase."""
    if m is None:
        return "unknown"
    if m.mention == "pronoun":
        return "person" if m.role in _PERSON_PRONOUNS else "unknown"
    if m.mention == "role":
        return "person"
    words = text[m.start : m.end].split()
    if not words:
        return "unknown"
    of = [i for i, w in enumerate(words) if w.lower() == "of"]
    head = _head(words[: of[0]] if of and of[0] > 0 else words)
    if head in DOCUMENT_HEADS:
        return "document"
    if head in ORGANIZATION_HEADS:
        return "organization"
    if m.mention == "name":
        core = (m.name or "").replace(".", "")
        if len(core) >= 2 and core.isupper():
            return "organization"  # an acronym: "FBI", "CNN"
        if words[0] in {"The", "the"}:
            return "organization"
        return "person"
    return "person" if m.mention == "description" else "unknown"


class Organizations:
    """The organisations and documents of one document, for short names read later."""

    def __init__(self) -> None:
        self._named: list[str] = []  # most recent last

    def resolve(self, text: str, m: Mention) -> str | None:
        """The name an organisation phrase stands for ("the ministry" -> "Foreign Ministry")."""
        surface = text[m.start : m.end]
        words = surface.split()
        if m.mention == "name" and m.name:
            name = m.name[4:] if m.name.startswith("The ") else m.name
            if name in self._named:
                self._named.remove(name)
            self._named.append(name)
            return name
        if words and words[0].lower() in {"the", "this", "that"}:
            head = _head(words)
            for name in reversed(self._named):
                if head and head in name.lower().split():
                    return name
        return None
