"""The ``brat`` format: brat standoff files, ``ID.txt`` and ``ID.ann``, in a folder.

Each document is written as its text (``ID.txt``, UTF-8), each CRLF written as
LF, and its annotations as text-bound annotations at the offsets of that text
(``ID.ann``)::

    T1	number 0 14	Nearly 300,000
    A1	category T1 cardinal
    #1	AnnotatorNotes T1	{"id": "n1", "source": "numbers", "value": 300000, ...}

- The kind is the brat type when it holds only letters, digits, ``-`` and
  ``_`` (all that both brat and INCEpTION take in a type name); another is
  written as those characters (the others as ``_``) and ``-`` with 8 hex
  digits of the SHA-256 of the exact kind (``named thing`` as
  ``named_thing-<hash>``).  The kind of such a type is kept in the note
  (``kind``) and in ``annotation.conf`` (a ``# kind TYPE "kind"`` comment), and
  the reader gives it back; a type changed in brat is read as the type, and a
  ``%XX`` type (as limner wrote kinds before) as the characters it escapes.
- Every field whose value is ``true`` or a string without white space,
  ``|``, ``,`` or ``:`` becomes an attribute (``A`` lines, ``true`` as its
  value), for brat's and INCEpTION's filters; the annotation's id, source,
  score and every field, exactly, go in its note (``#`` line) as one JSON
  object, which the reader prefers.
- A field that points at another annotation (a quote's ``speaker_mention``)
  becomes a relation (``R`` line) named for the field.
- ``annotation.conf`` lists the types, the relations, the attributes with their values,
  and allows overlapping spans, so that brat shows the folder as it is: writing
  into a folder adds to what its ``annotation.conf`` declares; one that limner
  did not write is left alone.
- A span that crosses a line end, or holds a tab or a form feed, is written as
  fragments cut there, as brat requires; an empty span as it is (brat does not show it).
- ``ID`` is the document id when it is a safe file name (letters, digits,
  ``-``, ``_``, ``.``, no leading dot, at most 200 characters) that no other
  document of the call or file of the folder has (compared in lower case);
  else its safe characters (others as ``_``, cut to 191) and ``-`` with 8 hex
  digits of the SHA-256 of the exact id (``doc`` for an empty one; a number
  after it for an id given twice).  Then ``ID.id.json`` beside it holds the
  exact id, which the reader gives back (else the file name).  The files of
  another document's id are never overwritten.
  Document ``meta`` and ``errors`` are not written.
- A CRLF of the text is written as LF, the offsets moved with it: brat's server
  reads the ``.txt`` with universal newlines (a CRLF is one character), INCEpTION
  reads it raw, and both read an LF-ended text alike (with CRLFs, brat refused
  every annotation after the first).  Where the CRLFs were is kept beside it, in
  ``ID.crlf.json`` (written only for a text that held one; neither tool reads
  it), and the reader puts them back: the text comes back exact, each annotation
  on the same characters.  A lone CR is written as it is (brat reads it as one
  character too).

Reading (:func:`read_brat`) takes any brat folder: annotations written by hand
or by other tools come back with the brat id as id, ``brat`` as source, the
attributes as string fields and a note of brat's Notes box (not limner's JSON:
a comment, or limner's note edited) as a ``note`` field.  A discontinuous span
becomes one annotation from its first start to its last end, its fragments
kept in a ``fragments`` field; overlapping spans are kept as they are.  A
relation sets the field it is named for, on its first argument, to the id of
its second; limner's own pointers are read from the relations, as edited in
brat, not from the notes.  Events, equivalences and normalizations are not
read.  An attribute named for a key of the annotation itself (``id``,
``source``, ``score``, ...) is no field and is left out.  An annotation whose
offsets fall outside the text is left out; one whose written text differs from
the text at its offsets keeps its offsets; each such case is recorded in the
document's ``errors`` (plugin ``brat``).
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from limner.document import Annotation, Document, Error, dumps, loads, ref_fields
from limner.errors import InputError
from limner.formats import part_of, take_place, through_link

__all__ = ["read_brat", "write_brat"]

_UNSAFE_TYPE = re.compile(r"[^A-Za-z0-9_-]")
_UNSAFE_FILE = re.compile(r"[^A-Za-z0-9_.-]")
_ATTR_VALUE = re.compile(r"[^\s|,:]+")
_BASE = ("id", "kind", "start", "end", "source")
#: The longest file stem written: a file name holds at most 255 bytes on most file
#: systems, and the stem is ASCII, with room left for a number and ``.ann``.
_STEM = 200


def _short_hash(value: str) -> str:
    """8 hex digits of the SHA-256 of ``value`` (a lone surrogate's bytes as written)."""
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def _type_name(kind: str) -> str:
    """The brat type of ``kind``: the kind itself when it holds only letters, digits, ``-``
    and ``_`` (all that brat and INCEpTION both take in a type name), else its characters
    of those (the others as ``_``; ``kind`` when none) and ``-`` with a short hash of the
    exact kind, which the note and ``annotation.conf`` map back to it."""
    if kind and not _UNSAFE_TYPE.search(kind):
        return kind
    return f"{_UNSAFE_TYPE.sub('_', kind) or 'kind'}-{_short_hash(kind)}"


def _kind(type_name: str, given: dict[str, str] | None = None) -> str:
    """The kind of the brat type ``type_name``: as ``given`` (``annotation.conf``'s mapping)
    maps it; else the type, ``%XX`` escapes read (as limner wrote kinds before)."""
    if given and type_name in given:
        return given[type_name]
    if type_name == "%":
        return ""
    return re.sub(r"((?:%[0-9A-Fa-f]{2})+)", _unescaped, type_name)


def _unescaped(m: re.Match[str]) -> str:
    """The characters of the ``%XX`` bytes ``m`` matched, as :func:`_escaped` wrote them
    (a lone surrogate's included); bytes that are no UTF-8 as U+FFFD."""
    data = bytes.fromhex(m[1].replace("%", ""))
    try:
        return data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return data.decode("utf-8", "replace")


def _file_stem(doc_id: str, taken: set[str], owners: dict[str, str]) -> str:
    """The file stem of the document ``doc_id``: the id itself, less a ``.txt`` it ends
    with (the id of a text file is its name: ``a.txt`` is written ``a.txt`` and
    ``a.ann``, not ``a.txt.txt``), when that is a safe name
    (letters, digits, ``-``, ``_``, ``.``; no leading dot; at most :data:`_STEM`
    characters) that is free, else its safe characters cut and ``-`` with a short hash
    of the exact id, and a number after that for an id met twice in one call.

    A stem is free when no document of this call has it (``taken``) and no file of the
    folder has it, or only files of this same id (``owners``: the id of each stem in
    the folder, by stem in lower case).  Stems are compared in lower case, as a file
    system that ignores case compares them.

    Raises:
        InputError: every stem tried holds another document's files (no other id
            maps to a hashed stem but by a hash collision); the message names both ids.
    """
    name = doc_id[:-4] if doc_id[-4:].lower() == ".txt" and len(doc_id) > 4 else doc_id
    safe = _UNSAFE_FILE.sub("_", name).lstrip(".")
    hashed = f"{safe[: _STEM - 9] or 'doc'}-{_short_hash(doc_id)}"
    tried = [name] if safe == name and 0 < len(name) <= _STEM else []
    if name != doc_id and owners.get(doc_id.lower()) == doc_id:
        tried.insert(0, doc_id)  # its files written so before (a.txt.txt): replaced
    tried += [hashed] + [f"{hashed}-{k}" for k in range(2, 1000)]
    other = None
    for stem in tried:
        key = stem.lower()
        owner = owners.get(key, doc_id)
        if key not in taken and owner == doc_id:
            taken.add(key)
            return stem
        if owner != doc_id:
            other = other if other is not None else owner
    raise InputError(
        f"document {doc_id!r}: its file names are taken by the files of document "
        f"{other!r}; not overwritten"
    )


def _doc_id(stem_path: Path) -> tuple[str, str | None]:
    """The id of the document of the files ``stem_path`` (a path without suffix): the one
    ``ID.id.json`` beside them holds (written where the stem is not the id), else the stem;
    and a problem when that file is there but holds no id (edited)."""
    side = stem_path.with_name(stem_path.name + _ID_FILE)
    if not side.is_file():
        return stem_path.name, None
    try:
        data = loads(_utf8(side, side.read_bytes()))
    except InputError:
        data = None
    doc_id = data.get("id") if isinstance(data, dict) else None
    if not isinstance(doc_id, str):
        return stem_path.name, f"{side.name} holds no document id; the file name is the id"
    return doc_id, None


def _owners(folder: Path) -> dict[str, str]:
    """The document id of each file stem of ``folder`` (``.txt`` or ``.ann``), by stem in
    lower case."""
    owners: dict[str, str] = {}
    for path in folder.iterdir():
        if path.suffix in (".txt", ".ann") and path.is_file():
            owners.setdefault(path.stem.lower(), _doc_id(path.with_suffix(""))[0])
    return owners


#: beside ``ID.txt``, the exact document id, where ``ID`` is not it
_ID_FILE = ".id.json"


#: What Python's line reading (``str.splitlines``, brat's ``codecs`` reader) ends a line
#: at: a form feed or a vertical tab as much as a newline
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_BREAK_OR_TAB = re.compile(f"[\t{_LINE_BREAKS}]")
#: Where a span is cut into fragments: a line break (CRLF as one), at which brat's line
#: reading ends a T line, and a tab, the separator of an .ann line's parts
_CUT = re.compile(f"\r\n|[\t{_LINE_BREAKS}]")


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut at line breaks and tabs, which no T line holds; the characters
    cut at left out.

    brat holds the text written on a T line to the texts of its fragments joined by a
    space, and refuses the annotation where they differ: a span holding a tab or a form
    feed, written as one fragment with a space for it on the line, was not shown in brat.
    """
    out: list[tuple[int, int]] = []
    s = start
    for m in _CUT.finditer(text, start, end):
        if m.start() > s:
            out.append((s, m.start()))
        s = m.end()
    if end > s or not out:
        out.append((s, max(s, end)))
    return out


def _one_line(value: str) -> str:
    """``value`` with a space for each tab (the separator of an .ann line) and line break."""
    return _BREAK_OR_TAB.sub(" ", value)


# the line ends that JSON leaves as they are and brat (Python's splitlines) cuts lines at
_JSON_LINE_ENDS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _note_json(note: dict[str, Any]) -> str:
    """``note`` as JSON on one line: escapes for the line ends that JSON leaves raw."""
    return dumps(note).translate(_JSON_LINE_ENDS)


@attrs.define
class _Config:
    """The entity types and attribute values met, for ``annotation.conf``."""

    types: set[str] = attrs.field(factory=set)
    attributes: dict[str, set[str]] = attrs.field(factory=dict)
    relations: dict[str, set[tuple[str, str]]] = attrs.field(factory=dict)
    #: the kind of each type name that is not the kind itself
    kinds: dict[str, str] = attrs.field(factory=dict)

    def add_conf(self, conf: str) -> None:
        """Add what an ``annotation.conf`` that limner wrote declares (lines it does not
        write are skipped)."""
        section = ""
        for line in conf.splitlines():
            head = re.fullmatch(r"\[(\w+)\]", line.strip())
            if head is not None:
                section = head[1]
                continue
            kind = _KIND_LINE.fullmatch(line)
            if kind is not None:
                try:
                    value = loads(kind[2])
                except InputError:
                    value = None
                if isinstance(value, str) and _type_name(value) == kind[1]:
                    self.kinds[kind[1]] = value
                continue
            if not line.strip() or line.startswith(("#", "<")):
                continue
            if section == "entities" and not re.search(r"\s", line):
                self.types.add(line)
            elif section == "relations":
                m = re.fullmatch(r"(\S+) Arg1:(\S+), Arg2:(\S+)", line)
                if m is not None:
                    pairs = self.relations.setdefault(m[1], set())
                    pairs.update((a, b) for a in m[2].split("|") for b in m[3].split("|"))
            elif section == "attributes":
                m = re.fullmatch(r"(\S+) Arg:<ENTITY>, Value:(\S+)", line)
                if m is not None:
                    self.attributes.setdefault(m[1], set()).update(m[2].split("|"))

    def text(self) -> str:
        lines = [
            _CONF_MARK,
            *(f"# kind {t} {dumps(k)}" for t, k in sorted(self.kinds.items())),
            "[entities]",
            *sorted(self.types),
            "[relations]",
            "<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OL-TYPE>:<ANY>",
        ]
        for name, pairs in sorted(self.relations.items()):
            firsts = "|".join(sorted({a for a, _ in pairs}))
            seconds = "|".join(sorted({b for _, b in pairs}))
            lines.append(f"{name} Arg1:{firsts}, Arg2:{seconds}")
        lines += ["[events]", "[attributes]"]
        for name, values in sorted(self.attributes.items()):
            lines.append(f"{name} Arg:<ENTITY>, Value:{'|'.join(sorted(values))}")
        return "\n".join(lines) + "\n"


_CONF_MARK = "# made by limner: the types and attributes of the annotations in this folder"
#: a comment of ``annotation.conf``: the kind (JSON) of a type name that is not the kind
_KIND_LINE = re.compile(r"# kind ([A-Za-z0-9_-]+) (\".*\")")


def _attribute(value: Any) -> str | None:
    """How a field value shows as a brat attribute value, or None if it does not."""
    if value is True:
        return "true"
    if isinstance(value, str) and _ATTR_VALUE.fullmatch(value):
        return value
    return None


def ann_lines(doc: Document, config: _Config | None = None) -> list[str]:
    """The lines of ``doc``'s ``.ann`` file; ``config`` collects what ``annotation.conf`` lists."""
    config = config if config is not None else _Config()
    lines: list[str] = []
    n_attr = n_rel = 0
    brat_id = {a.id: f"T{t}" for t, a in enumerate(doc.annotations, 1)}
    for t, a in enumerate(doc.annotations, 1):
        frags = _fragments(doc.text, a.start, a.end)
        spans = ";".join(f"{s} {e}" for s, e in frags)
        surface = " ".join(doc.text[s:e] for s, e in frags)
        type_name = _type_name(a.kind)
        config.types.add(type_name)
        if type_name != a.kind:
            config.kinds[type_name] = a.kind
        lines.append(f"T{t}\t{type_name} {spans}\t{surface}")  # (no tab nor break)
        data = a.to_dict()
        refs = ref_fields(type(a))
        for key, value in data.items():
            if key in _BASE or key == "score" or _UNSAFE_TYPE.search(key):
                continue
            if key in refs:  # a pointer to another annotation: a relation (see _relations)
                other = doc.get(value) if isinstance(value, str) else None
                if other is not None:
                    n_rel += 1
                    lines.append(f"R{n_rel}\t{key} Arg1:T{t} Arg2:{brat_id[other.id]}")
                    pair = (type_name, _type_name(other.kind))
                    config.relations.setdefault(key, set()).add(pair)
                continue
            shown = _attribute(value)
            if shown is not None:
                n_attr += 1
                lines.append(f"A{n_attr}\t{key} T{t} {shown}")
                config.attributes.setdefault(key, set()).add(shown)
        # the kind in the note only where the type is not the kind: the reader maps it back
        note = {k: v for k, v in data.items() if k != "kind" or type_name != a.kind}
        lines.append(f"#{t}\tAnnotatorNotes T{t}\t{_note_json(note)}")
    return lines


def _lf_ended(doc: Document) -> tuple[Document, list[int]]:
    """``doc`` with each CRLF of its text written as LF, its annotations on the same
    characters (an offset between a CR and its LF is that of the LF), and where the
    CRLFs were: the offset of each LF that was one, in the new text.  ``doc`` itself
    and no offsets when its text holds no CRLF.

    brat's server reads a ``.txt`` with universal newlines, a CRLF as one character,
    and took every annotation after a CRLF for one whose text differs; INCEpTION
    reads it raw.  A text with LF line ends is read alike by both.
    """
    if "\r\n" not in doc.text:
        return doc, []
    crs = [m.start() for m in _CRLF.finditer(doc.text)]

    def at(offset: int) -> int:
        return offset - bisect.bisect_left(crs, offset)

    moved = [attrs.evolve(a, start=at(a.start), end=at(a.end)) for a in doc.annotations]
    lf = Document(text=doc.text.replace("\r\n", "\n"), id=doc.id, annotations=moved)
    return lf, [c - i for i, c in enumerate(crs)]


def _crlf_ended(doc: Document, lfs: list[int]) -> Document:
    """The document read from an LF-ended ``.txt`` and its ``.ann``, its text given back
    the CRLFs it was written without (at the LFs at ``lfs``), its annotations on the
    same characters (an offset at such an LF is that of its CR)."""

    def at(offset: int) -> int:
        return offset + bisect.bisect_left(lfs, offset)

    text = doc.text
    parts, last = [], 0
    for lf in lfs:
        parts.append(text[last:lf])
        parts.append("\r")
        last = lf
    parts.append(text[last:])
    moved = [attrs.evolve(a, start=at(a.start), end=at(a.end)) for a in doc.annotations]
    return Document(text="".join(parts), id=doc.id, annotations=moved, errors=doc.errors)


_CRLF = re.compile("\r\n")

#: beside ``ID.txt``, where its text's CRLFs were (only for a text that held some)
_LINE_ENDS = ".crlf.json"


def _line_ends(path: Path, text: str) -> tuple[list[int], str | None]:
    """The offsets of the LFs of ``text`` that were CRLFs, as ``path`` (an ``ID.crlf.json``)
    says, and a problem when it is there but does not fit the text (edited): then none.
    """
    if not path.is_file():
        return [], None
    try:
        data = loads(_utf8(path, path.read_bytes()))
    except InputError:
        data = None
    lfs = data.get("crlf") if isinstance(data, dict) else None
    if (
        not isinstance(lfs, list)
        or not all(type(n) is int and 0 <= n < len(text) and text[n] == "\n" for n in lfs)
        or lfs != sorted(set(lfs))
    ):
        return [], f"{path.name} does not fit the text; its line ends are read as LF"
    return lfs, None


def write_brat(docs: Iterable[Document], path: Path | str) -> None:
    """Write ``ID.txt`` and ``ID.ann`` for each document into the folder ``path``.

    Raises:
        InputError: ``path`` exists and is not a folder.
    """
    folder = Path(path)
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder}: the brat format writes a folder, and this is a file")
    folder.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    owners = _owners(folder)
    config = _Config()
    for given in docs:
        doc, crlfs = _lf_ended(given)
        stem = _file_stem(doc.id, taken, owners)
        body = "".join(line + "\n" for line in ann_lines(doc, config))
        _put_whole(
            {
                # (None: one of an earlier document of another id, now written as its own;
                # one of an earlier text of this name, with CRLFs)
                folder / f"{stem}{_ID_FILE}": (
                    dumps({"id": doc.id}) + "\n" if stem != doc.id else None
                ),
                folder / f"{stem}.txt": doc.text,
                folder / f"{stem}{_LINE_ENDS}": dumps({"crlf": crlfs}) + "\n" if crlfs else None,
                folder / f"{stem}.ann": body,
            }
        )
    conf = folder / "annotation.conf"
    if conf.exists():
        data = conf.read_bytes()
        if not data.startswith(_CONF_MARK.encode()):
            return  # the user's own, in whatever encoding
        config.add_conf(_utf8(conf, data))  # files of earlier runs stay declared
    _put_whole({conf: config.text()})


def _put_whole(files: dict[Path, str | None]) -> None:
    """Write one document's files (``None``: the file removed), each whole beside its
    place first, then each moved into its place: a write that fails part way (a full
    disk) leaves the document's files as they were, where its text was replaced and its
    ``.ann`` cut short, the document written before lost.  A link stays a link, the file
    it points at replaced."""
    parts: list[tuple[Path, Path]] = []
    try:
        for path, content in files.items():
            if content is not None:
                target = through_link(path)
                part = part_of(target)
                parts.append((part, target))
                # (surrogates as they are held: a text may hold lone ones, as brat reads it)
                with part.open("w", encoding="utf-8", errors="surrogatepass", newline="") as fh:
                    fh.write(content)
        for path, content in files.items():
            if content is None:
                path.unlink(missing_ok=True)
        for part, target in parts:
            take_place(part, target)
    finally:
        for part, _ in parts:
            part.unlink(missing_ok=True)


#: The kinds of a brat line that a note or an attribute may be on, which limner reads
#: none of, by the first letter of its id
_UNREAD_TARGETS = (("R", "relation"), ("E", "event"), ("N", "normalization"), ("*", "equivalence"))


def _note(value: str) -> dict[str, Any] | None:
    """The JSON object a note holds, as limner writes it; ``None`` for a note that holds
    none (a remark typed in brat, or one nested too deep, or with NaN, which limner never
    writes: read as a remark, where it raised a bare RecursionError)."""
    try:
        data = loads(value)
    except InputError:
        return None
    return data if isinstance(data, dict) else None


def parse_ann(
    doc_id: str, text: str, ann: str, type_kinds: dict[str, str] | None = None
) -> Document:
    """The document of ``text`` with the annotations of the ``.ann`` content ``ann``;
    ``type_kinds`` the kind of each type name that is not the kind (``annotation.conf``'s).

    Raises:
        InputError: an annotation holds what a document or the class of its kind
            refuses.
    """
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    data: dict[str, Any] | None
    attrs_of: dict[str, dict[str, Any]] = {}
    relations: list[tuple[str, str, str, str]] = []  # (R id, name, from T, to T)
    notes: dict[str, dict[str, Any]] = {}
    remarks: dict[str, str] = {}  # notes that are not limner's JSON: written in brat
    problems: list[str] = []
    # the first A or # line of each target, to name one left out: a note on no annotation
    # (its T deleted, or on a relation, which limner reads no note of) went without a word
    said_on: dict[str, str] = {}
    ids_read: set[str] = set()  # the ids of the lines read
    # only \n ends a line: a note's JSON may hold U+0085 or U+2028, which splitlines() cuts at
    for lineno, raw in enumerate(ann.split("\n"), 1):
        line = raw.removesuffix("\r")
        if not line.strip():
            continue
        # a T line's text, and a note, are the rest of the line, tabs and all: brat takes the
        # text by its length, and writes a tab of the document's as it is
        parts = line.split("\t", 2)
        head = parts[0]
        # an id is its line's alone, whatever its kind (brat writes none twice: a hand-edited
        # file may hold one): a second T, R, A, E or # of an id is left out, the first kept;
        # equivalences all have the id *
        if head in ids_read and head != "*":
            problems.append(f"line {lineno}: a second {head}; the first is kept")
            continue
        try:
            if head.startswith("T"):
                type_name, _, offsets = parts[1].partition(" ")
                frags = []
                for piece in offsets.split(";"):
                    s, e = piece.split()
                    frags.append((int(s), int(e)))
                spans[head] = (type_name, frags, parts[2] if len(parts) > 2 else "")
            elif head.startswith(("A", "M")):
                name, target, *value = parts[1].split(" ")
                if name in _OWN_FIELDS:  # (limner writes none: a brat user may name one so)
                    problems.append(
                        f"{head}: {name} is a key of {target} itself, not a field; left out"
                    )
                    ids_read.add(head)  # (read, and left out: a second line of it is a second)
                    continue
                attrs_of.setdefault(target, {})[name] = value[0] if value else True
                said_on.setdefault(target, head)
            elif head.startswith("#"):
                _, target = parts[1].split(" ", 1)
                remark = parts[2] if len(parts) > 2 else ""
                said_on.setdefault(target.strip(), head)
                data = _note(remark)
                if data is not None and "id" in data:
                    notes[target.strip()] = data
                elif remark:  # a comment typed in brat's Notes box, or limner's note edited
                    remarks.setdefault(target.strip(), remark)
            elif head.startswith("R"):
                name, arg1, arg2 = parts[1].split()
                relations.append((head, name, _arg(arg1, "Arg1"), _arg(arg2, "Arg2")))
            elif not head.startswith(("E", "*", "N")):  # events, equivalences: not read
                raise ValueError(head)
        except (IndexError, ValueError):
            problems.append(f"line {lineno}: not a brat standoff line: {line[:80]!r}")
        else:
            ids_read.add(head)
    for target, head in said_on.items():
        if target in spans:
            continue
        if target in ids_read:  # a relation, an event, a normalization: limner reads none's
            kind = next((k for p, k in _UNREAD_TARGETS if target.startswith(p)), "annotation")
            problems.append(
                f"{head}: on {kind} {target}, whose notes and attributes limner does not "
                "read; left out"
            )
        else:
            problems.append(f"{head}: on {target}, which is no annotation of the file; left out")
    read: dict[str, dict[str, Any]] = {}  # the fields of each annotation kept, by T id
    used: set[str] = set()
    for tid, (type_name, frags, surface) in spans.items():
        start = min(s for s, _ in frags)
        end = max(e for _, e in frags)
        if start < 0 or end > len(text) or any(s > e for s, e in frags):
            problems.append(
                f"{tid}: offsets {frags} lie outside the text of {len(text)} characters; left out"
            )
            continue
        note = notes.get(tid)
        kind = _kind(type_name, type_kinds)
        if note is not None:
            data = dict(note)
            noted = data.pop("kind", None)
            if isinstance(noted, str) and _type_name(noted) == type_name:
                kind = noted  # (a type changed in brat is read as the type)
            s0, e0 = note.get("start"), note.get("end")
            if (
                type(s0) is int
                and type(e0) is int
                and 0 <= s0 <= e0 <= len(text)
                and _fragments(text, s0, e0) == frags
            ):
                start, end = s0, e0  # the span as written, line ends at its edges included
        else:
            data = {"id": tid, "source": "brat", **attrs_of.get(tid, {})}
            joined = " ".join(text[s:e] for s, e in frags)
            if surface and surface not in (joined, _one_line(joined)):
                problems.append(
                    f"{tid}: the .ann says {surface[:40]!r} but the text at {frags} is "
                    f"{joined[:40]!r}; the offsets are kept"
                )
            if len(frags) > 1:
                data["fragments"] = [list(f) for f in frags]
            written = remarks.get(tid)
            if written is not None:
                if written.lstrip().startswith("{"):
                    problems.append(
                        f"{tid}: its note is not the JSON object limner writes (edited in "
                        "brat?); read as an annotation made in brat, the note kept in its "
                        "note field"
                    )
                if "note" in data:
                    problems.append(f"{tid}: an attribute named note; its note is left out")
                else:
                    data["note"] = written
        data.update(kind=kind, start=start, end=end)
        if data["id"] in used:
            data["id"] = tid if tid not in used else f"{tid}-{len(used)}"
        used.add(data["id"])
        read[tid] = data
    from limner.plugins import default_kinds

    kinds = default_kinds()
    _relations(read, relations, kinds, problems)
    try:
        annotations = [Annotation.from_dict(data) for data in read.values()]
        typed = [kinds.get(a.kind, Annotation).from_dict(a.to_dict()) for a in annotations]
    except (ValueError, TypeError) as exc:
        raise InputError(str(exc)) from None
    errors = [Error(plugin="brat", annotator="read", type="BratInput", message=p) for p in problems]
    try:
        return Document(text=text, id=doc_id, annotations=typed, errors=errors)
    except (ValueError, TypeError) as exc:  # a value the document or its kind refuses (a note's)
        raise InputError(str(exc)) from None


#: the keys of an annotation's JSON form that a relation never sets
_OWN_FIELDS = frozenset({*_BASE, "score", "features"})


def _declared(cls: type[Annotation]) -> set[str]:
    return {f.name for f in attrs.fields(cls)}


def _arg(value: str, role: str) -> str:
    """The T id of a relation's argument (``Arg1:T3``)."""
    name, _, tid = value.partition(":")
    if name != role or not tid:
        raise ValueError(value)
    return tid


def _relations(
    read: dict[str, dict[str, Any]],
    relations: list[tuple[str, str, str, str]],
    kinds: Any,
    problems: list[str],
) -> None:
    """Set each annotation's pointers from the ``R`` lines, as brat shows and edits them.

    A relation sets the field it is named for, on its first argument, to the id of its
    second.  A pointer field that limner writes as a relation (one declared with
    :func:`~limner.ref` whose name is a brat type) takes its value from the relations
    alone: a relation deleted in brat, or whose mention was deleted, leaves it ``None``.
    """
    for data in read.values():
        cls = kinds.get(data["kind"])
        for key in ref_fields(cls) if cls is not None else ():
            if not _UNSAFE_TYPE.search(key):
                data[key] = None
    given: set[tuple[str, str]] = set()
    for rid, name, first, second in relations:
        cls = kinds.get(read[first]["kind"], Annotation) if first in read else Annotation
        if first not in read or second not in read:
            problems.append(f"{rid}: {name} from {first} to {second}, not both read; left out")
        elif name in _OWN_FIELDS or (name in _declared(cls) and name not in ref_fields(cls)):
            problems.append(f"{rid}: {name} is a field of {first} that holds no id; left out")
        elif (first, name) in given:
            problems.append(f"{rid}: a second {name} from {first}; the first is kept")
        else:
            given.add((first, name))
            read[first][name] = read[second]["id"]


def read_brat(path: Path | str) -> Iterator[Document]:
    """The documents of a brat folder (every ``X.ann`` with its ``X.txt``), by file name.

    Raises:
        InputError: ``path`` is not a folder, an ``.ann`` has no ``.txt``, a file
            is not UTF-8, or an annotation holds what a document or the class of its
            kind refuses (a note's id that is not a string, an empty type); the
            message names the ``.ann`` file.
    """
    folder = Path(path)
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder of brat files")
    type_kinds = _type_kinds(folder / "annotation.conf")
    for ann_path in sorted(folder.glob("*.ann")):
        txt = ann_path.with_suffix(".txt")
        if not txt.is_file():
            raise InputError(f"{ann_path}: no text file {txt.name} beside it")
        text = _utf8(txt, txt.read_bytes())
        # a byte order mark (an editor's, Notepad's) is no part of the .ann's first line: it
        # made that line no standoff, its annotation lost; the offsets count the .txt's alone
        ann = _utf8(ann_path, ann_path.read_bytes()).removeprefix("\ufeff")
        doc_id, id_problem = _doc_id(ann_path.with_suffix(""))
        try:
            doc = parse_ann(doc_id, text, ann, type_kinds)
        except InputError as exc:
            raise InputError(f"{ann_path}: {exc}") from None
        if id_problem is not None:
            doc.errors.append(
                Error(plugin="brat", annotator="read", type="BratInput", message=id_problem)
            )
        lfs, problem = _line_ends(ann_path.with_suffix(_LINE_ENDS), text)
        if problem is not None:
            doc.errors.append(
                Error(plugin="brat", annotator="read", type="BratInput", message=problem)
            )
        if lfs:
            doc = _crlf_ended(doc, lfs)
        yield doc


def _type_kinds(conf: Path) -> dict[str, str]:
    """The kind of each type name that is not the kind, as the ``annotation.conf`` that
    limner wrote at ``conf`` lists them (none from one it did not write)."""
    if not conf.is_file():
        return {}
    data = conf.read_bytes()
    if not data.startswith(_CONF_MARK.encode()):
        return {}
    config = _Config()
    config.add_conf(_utf8(conf, data))
    return config.kinds


def _utf8(path: Path, data: bytes) -> str:
    """The text of the brat file ``path``, whose bytes are ``data``: UTF-8, as brat reads
    it (a byte order mark kept, as brat counts it; a lone surrogate as limner writes it).

    Raises:
        InputError: ``data`` is not UTF-8, naming the file and the first bad byte.
    """
    try:
        return data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not UTF-8: byte 0x{data[exc.start]:02x} at {exc.start} cannot be read "
            "(brat reads its files as UTF-8: re-encode it)"
        ) from None
