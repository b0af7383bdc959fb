"""Output and input formats, each contributed by a plugin.

A :class:`Format` writes documents to a text stream and, where it can, reads
them back.  The built-in ``json``, ``jsonl`` and ``table`` formats live in
:mod:`limner.formats.builtin`, ``html`` in :mod:`limner.formats.html`
(registered by :mod:`limner.formats.htmlformat`, which loads it on first use); the
exchange formats ``sqlite``, ``csv``, ``brat`` and ``webanno`` in modules of
their own.  They all register through the ``limner_formats`` hook like any
third-party format.

Some formats do not write to a stream but to a path: an SQLite database
(``target="file"``) or a folder of files (``target="directory"``); they give
``write_path`` and ``read_path``.  :meth:`Format.save` and :meth:`Format.load`
take a path and work for both kinds.  A format whose documents can be written
one at a time to a file that a stopped run resumes gives ``batch_writer``, and
``limner batch`` can write it.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, Protocol

import attrs

from limner.config import plain_str
from limner.document import Annotation, Document, Error, ref_fields
from limner.encoding import sniff
from limner.errors import InputError, PluginWarning, plugin_fault

__all__ = ["BatchWriter", "Format", "ReadFunc", "WriteFunc", "documents", "load", "save"]

#: Writes documents to a text stream; formats that declare ``options`` take
#: them as keyword arguments (``kind=`` for ``csv``).  What it returns is not read.
WriteFunc = Callable[..., object]
#: Reads documents from a text stream: any iterable of them (a generator, a list).
ReadFunc = Callable[[IO[str]], Iterable[Document]]
#: Writes documents to a file or folder path.  What it returns is not read.
WritePathFunc = Callable[..., object]
#: Reads documents from a file or folder path: any iterable of them.
ReadPathFunc = Callable[[Path], Iterable[Document]]

TARGETS = ("stream", "file", "directory")


class BatchWriter(Protocol):
    """Where ``limner batch`` writes documents, one at a time, resumably.

    Opened on the output path, and refusing then (:class:`~limner.InputError`)
    an output that is not what it writes; ``done_ids`` are the ids already written (a
    document cut short by a crash is not among them, and is not left half
    written); each ``write`` is on disk, as far as a crash of the process is
    concerned, when it returns; ``close`` makes it durable.

    A writer may also have ``placed_digests()``, called after ``done_ids``: the ids
    of the documents named by their line (``line-7``: records without an id of their
    own), each with :func:`limner.batch.text_digest` of its text.  A resume then
    refuses a source edited above those records (which moved them to other lines'
    names); without it, such records are known by their name alone.
    """

    def done_ids(self) -> set[str]: ...

    def write(self, doc: Document) -> None: ...

    def close(self) -> None: ...


def _check_target(instance: Any, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in TARGETS:
        raise ValueError(f"a format's target is one of {', '.join(TARGETS)}, not {value!r}")


def _check_name(instance: Any, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"a format's name is a non-empty str (what --format takes), not {value!r}")


def _check_callable(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not callable(value):
        raise TypeError(
            f"format {instance.name!r}: {attribute.name} must be callable, got "
            f"{type(value).__name__}"
        )


def _option_names(value: Iterable[str] | str) -> tuple[str, ...]:
    """A format's option names: one (a str) or several, each a str."""
    names = (value,) if isinstance(value, str) else tuple(value)
    if not all(isinstance(n, str) and n.isidentifier() for n in names):
        raise ValueError(f"a format's options are keyword names, not {value!r}")
    return names


@attrs.frozen
class Format:
    """A named output (and optionally input) format.

    Args:
        name: what ``--format`` takes, e.g. ``"jsonl"``.
        write: writes a sequence of documents to a text stream (for a path
            format, what it can write to a stream; may raise
            :class:`~limner.InputError` saying that a path is needed).
        read: reads documents back, or ``None`` for output-only formats.
        extension: the usual file name suffix, e.g. ``".jsonl"``.
        description: one line for ``limner formats``.
        streaming: whether ``write`` handles documents one at a time, so a
            batch run can write each document as soon as it is done.
        plugin: the plugin that contributed it (filled in by limner).
        target: ``"stream"`` (the default), ``"file"`` (a path the format
            opens itself, like a database) or ``"directory"`` (a folder of files).
        write_path: ``write_path(docs, path, **options)``, for ``file`` and
            ``directory`` formats.
        read_path: ``read_path(path)``, reading back what ``write_path`` wrote.
        options: names of the keyword options ``write``/``write_path`` take
            (``("kind",)`` for ``csv``); the command line passes ``--kind``.
        batch_writer: opens a :class:`BatchWriter` on a path, for ``limner batch``.
        drops: what a round trip through the format loses, in a few words
            (empty when nothing is lost).
        unique_ids: the format holds one document per id (a database keyed
            by it); ``limner enrich`` refuses, before any work, inputs that
            would give two documents one id.
        detect: ``detect(path)``, whether the file or folder at ``path`` holds
            this format's documents, by a quick look (its first bytes, the
            names of its files), never a whole read; ``False`` for a path it
            cannot read.  ``limner enrich --input auto`` and :func:`limner.load`
            (where the extension does not tell) read such a path with the
            format.  ``None``: the format is read only when named.
    """

    name: str = attrs.field(converter=plain_str, validator=_check_name)
    write: WriteFunc = attrs.field(repr=False, validator=_check_callable)
    read: ReadFunc | None = attrs.field(default=None, repr=False, validator=_check_callable)
    extension: str = ""
    description: str = ""
    streaming: bool = False
    plugin: str = ""
    target: str = attrs.field(default="stream", validator=_check_target)
    write_path: WritePathFunc | None = attrs.field(
        default=None, repr=False, validator=_check_callable
    )
    read_path: ReadPathFunc | None = attrs.field(
        default=None, repr=False, validator=_check_callable
    )
    options: tuple[str, ...] = attrs.field(default=(), converter=_option_names)
    batch_writer: Callable[[Path], BatchWriter] | None = attrs.field(
        default=None, repr=False, validator=_check_callable
    )
    drops: str = ""
    unique_ids: bool = False
    detect: Callable[[Path], bool] | None = attrs.field(
        default=None, repr=False, validator=_check_callable
    )

    def __attrs_post_init__(self) -> None:
        if self.write is None:
            raise TypeError(f"format {self.name!r}: write must be callable, got None")
        if self.target != "stream" and self.write_path is None:
            raise ValueError(
                f"format {self.name!r} writes a {self.target}: it needs write_path "
                "(write_path(docs, path, **options))"
            )

    @property
    def reads(self) -> bool:
        """Whether the format reads documents back."""
        return self.read is not None or self.read_path is not None

    def dumps(self, docs: Iterable[Document] | Document, **options: Any) -> str:
        """The formatted documents (or one document) as one string.

        Raises:
            TypeError: ``docs`` is not a Document or an iterable of them.
            InputError: an option the format does not take.
        """
        import io

        buf = io.StringIO()
        self.write(documents(docs), buf, **self._options(options))
        return buf.getvalue()

    def save(self, docs: Iterable[Document] | Document, path: str | Path, **options: Any) -> None:
        """Write ``docs`` (or one document) to ``path`` (a file, or a folder for
        ``directory`` formats).

        A file is written beside ``path`` and takes its place once whole: a
        write that fails (a document the format refuses) leaves the file at
        ``path`` as it was.  A path that is no plain file (a pipe, a device,
        a link), or a file in a folder that takes no new file, is written in
        place.

        Raises:
            InputError: an option the format does not take, a folder at ``path``
                (or a str ``path`` ending with a slash, ``"out/"``, which names
                one) for a format that writes a file, or a text the
                format cannot write in UTF-8 (a lone surrogate, which only
                the JSON formats, sqlite and webanno keep, as escapes).
            TypeError: ``docs`` is not a Document or an iterable of them.
            OSError: the file cannot be written (its folder does not exist,
                say); the message names ``path``.
        """
        self.check_path(path)  # (before any work)
        path = Path(path)
        options = self._options(options)
        docs = documents(docs)
        if self.write_path is not None:
            self.write_path(docs, path, **options)
            return
        part = part_of(path)
        out: IO[str] | None = None
        if not path.is_symlink() and (path.is_file() or not path.exists()):
            with contextlib.suppress(PermissionError, FileNotFoundError):
                # (a folder that takes no new file, or none: the error names the path)
                out = part.open("w", encoding="utf-8", newline="\n")
        try:
            if out is None:  # written in place
                with path.open("w", encoding="utf-8", newline="\n") as out:
                    self.write(docs, out, **options)
                return
            try:
                with out:
                    self.write(docs, out, **options)
                take_place(part, path)
            finally:
                part.unlink(missing_ok=True)
        except UnicodeEncodeError as exc:
            code = ord(exc.object[exc.start])
            raise InputError(
                f"{path}: the {self.name} format cannot write U+{code:04X} (a lone surrogate, "
                "which UTF-8 cannot carry) from a document (its text, id, a kind or a "
                "field); the json, jsonl, sqlite "
                "and webanno formats keep it"
            ) from None

    def check_path(self, path: str | Path) -> None:
        """Refuse a path this format cannot write as :meth:`save` would write it.

        Raises:
            InputError: for a format that writes a file, a folder at ``path`` or a
                str ``path`` ending with a slash (``"out/"``, which names one); for
                one that writes a file of its own (``sqlite``), a ``path`` that is
                no regular file (a device such as ``/dev/null``, a pipe), which
                it would put its file in the place of; for one that writes a folder
                (``brat``), anything at ``path`` but a folder (a file, a device, a pipe).
        """
        if self.target == "directory":
            if os.path.lexists(path) and not Path(path).is_dir():
                what = "a file" if Path(path).is_file() else "no folder"
                raise InputError(f"{path} is {what}; the {self.name} format writes a folder")
            return
        if names_folder(path):
            raise InputError(
                f"{path} ends with a slash, which names a folder; the {self.name} format "
                "writes a file (give its name without the slash)"
            )
        path = Path(path)
        if path.is_dir():
            raise InputError(f"{path} is a folder; the {self.name} format writes a file")
        if self.target == "file" and path.exists() and not path.is_file():
            raise InputError(
                f"{path} is not a regular file (a device, a pipe); the {self.name} format "
                "writes a file of its own, which would take its place"
            )
        if self.target == "file":
            made = f"the {self.name} format writes {path.name} as a file of its own, made beside it"
            refuse_a_closed_folder(path, made)
        if path.is_file() and held_by_a_batch(path):
            raise InputError(
                f"{path} is being written by a batch run now; a new file in its place would "
                "take it away from the run (whose documents went on into the file replaced): "
                "wait for the run to end, or write to another file"
            )

    def load(self, path: str | Path) -> Iterator[Document]:
        """Read the documents at ``path`` back.

        Raises:
            InputError: the format does not read, or the input is not what it
                writes (not UTF-8, say; the message names ``path``).
        """
        path = Path(path)
        if self.read_path is not None:
            yield from self.read_path(path)
            return
        if self.read is None:
            raise InputError(f"the {self.name} format writes only; it cannot read {path}")
        # UTF-8, or the encoding a byte order mark names, as limner reads every text file;
        # the file opened once, so that a pipe (`<(cmd)`) loses none of it to the look
        with path.open("rb") as raw:
            encoding, mark = sniff(raw.peek(4)[:4])
            fh = io.TextIOWrapper(raw, encoding=encoding, newline="")
            try:
                if mark:
                    fh.read(1)  # the mark, decoded
                yield from self.read(fh)
            except UnicodeDecodeError as exc:
                label = "UTF-8" if not mark else f"{encoding.upper()} (from its byte order mark)"
                raise InputError(
                    f"{path}: not {label}: byte 0x{exc.object[exc.start]:02x} cannot be read"
                ) from None
            except InputError as exc:
                if str(path) in str(exc):
                    raise
                raise InputError(f"{path}: {exc}") from None

    def holds(self, path: str | Path) -> bool:
        """Whether the file or folder at ``path`` holds this format's documents, by its
        :attr:`detect` (``False`` for a format without one, and for a path that is no
        regular file or folder: a pipe, ``<(cmd)``, or a device, which a look would
        drain).  A ``detect`` that raises (a third party's mistake) answers ``False``,
        with a warning naming the format."""
        path = Path(path)
        # (a pipe or a device is never looked at: what a look read would be gone from it)
        if self.detect is None or not (path.is_file() or path.is_dir()):
            return False
        try:
            return bool(self.detect(path))
        except BaseException as exc:  # (a plugin's detect must not break reading a text)
            if not plugin_fault(exc):
                raise
            warnings.warn(
                f"format {self.name!r} ({self.plugin or 'a plugin'}): its detect raised "
                f"{type(exc).__name__}: {exc}; {path} is not read as {self.name}",
                PluginWarning,
                stacklevel=2,
            )
            return False

    def _options(self, options: dict[str, Any]) -> dict[str, Any]:
        given = {k: v for k, v in options.items() if v is not None}
        unknown = sorted(set(given) - set(self.options))
        if unknown:
            takes = ", ".join(self.options) or "none"
            raise InputError(
                f"the {self.name} format takes no option {unknown[0]!r} (it takes: {takes})"
            )
        return given


def documents(docs: Iterable[Document] | Document) -> Iterator[Document]:
    """``docs`` one at a time (a Document given alone: that one), each checked to be a
    Document: what a format's ``write`` is given.

    Raises:
        TypeError: ``docs`` is neither a Document nor an iterable of them (checked
            at once), or an item is no Document (checked as it is reached).
    """
    if isinstance(docs, Document):
        return iter([docs])
    if isinstance(docs, str | bytes | Mapping) or not isinstance(docs, Iterable):
        raise TypeError(
            f"expected a Document or an iterable of Documents, got {type(docs).__name__}"
        )
    return _each_a_document(docs)


def _each_a_document(docs: Iterable[Any]) -> Iterator[Document]:
    for i, doc in enumerate(docs):
        if not isinstance(doc, Document):
            raise TypeError(
                f"expected Documents: item {i} is {type(doc).__name__}, not a Document"
            )
        yield doc


def part_of(path: Path) -> Path:
    """The file beside ``path`` that a whole write goes to before it takes ``path``'s place."""
    return path.with_name(f".{path.name}.{os.getpid()}.part")


def through_link(path: Path) -> Path:
    """The file that a whole write to ``path`` replaces: the one a link at ``path``
    points at (the link stays a link, as a write in place leaves it), else ``path``."""
    return path.resolve() if path.is_symlink() else path


def refuse_a_closed_folder(path: Path, writes: str) -> None:
    """Refuse ``path`` where its folder takes no new file and ``writes`` says what
    makes one beside it (a format's file of its own, to take its place; SQLite's
    journal): a file that could be written, in a folder that could not, failed after
    the work.  A folder that is not there is left to the write, whose error names it.

    Raises:
        InputError: the folder of ``path`` (of the file a link there points at) is closed
            to new files.
    """
    folder = through_link(path).parent
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(f"cannot create files in {folder}, and {writes}")


def held_by_a_batch(path: Path) -> bool:
    """Whether a ``limner batch`` holds the file ``path`` now (an exclusive ``flock``, see
    :func:`limner.batch.held_output`): ``False`` where the system takes no locks."""
    try:
        import fcntl
    except ImportError:  # (no flock: nothing is held)
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)  # (only an exclusive hold refuses it)
    except BlockingIOError:
        return True
    except OSError:  # a file system that takes no locks
        return False
    finally:
        os.close(fd)  # (which lets the shared lock go)
    return False


def take_place(part: Path, path: Path) -> None:
    """Put the file ``part``, written whole, in the place of ``path``, in one step,
    with the mode of the file it replaces.

    Raises:
        InputError: ``path`` is no regular file (a device, a pipe): a file never
            takes its place (``/dev/null`` made a regular file breaks the system).
    """
    if path.exists():
        if not path.is_file():
            raise InputError(
                f"{path} is not a regular file (a device, a pipe); it is left as it is"
            )
        shutil.copymode(path, part)
    os.replace(part, path)


def unpointed(
    items: Iterable[dict[str, Any]],
    kinds: Mapping[str, type[Annotation]],
    plugin: str,
    where: str = "the file",
) -> list[Error]:
    """Set to ``None`` each pointer (a field made with :func:`~limner.ref`, by the class
    of its kind in ``kinds``) among the annotations ``items`` (their JSON forms) that
    names none of them, and say so (not in ``where``): what a reader does with a file
    in which another tool deleted the annotation a quote or a sentiment pointed at."""
    items = list(items)
    ids = {item.get("id") for item in items}
    errors = []
    for item in items:
        cls = kinds.get(item.get("kind", ""))
        for key in ref_fields(cls) if cls is not None else ():
            value = item.get(key)
            if value is not None and value not in ids:
                item[key] = None
                errors.append(
                    Error(
                        plugin=plugin,
                        annotator="read",
                        type="MissingTarget",
                        message=f"annotation {item.get('id')}: its {key} {value!r} is not "
                        f"in {where}; None",
                    )
                )
    return errors


def _shown_fields(a: Annotation) -> dict[str, Any]:
    """What a readable format shows of ``a`` besides its span: its JSON form
    without ``id``, ``kind``, ``start``, ``end``, ``source`` and ``None`` values."""
    return {
        k: v
        for k, v in a.to_dict().items()
        if v is not None and k not in ("id", "kind", "start", "end", "source")
    }


def fields_of(a: Annotation) -> dict[str, Any]:
    """An annotation's own fields and features, as in its JSON form, without
    the base keys (id, kind, start, end, source, score)."""
    return {
        k: v
        for k, v in a.to_dict().items()
        if k not in ("id", "kind", "start", "end", "source", "score")
    }


def _format_for(path: Path, name: str | None, manager: Any, *, reading: bool = False) -> Format:
    """The format named, or told by ``path``'s extension or content; ``reading``: for
    :func:`load`, which refuses a format that writes only, naming those that read."""
    from limner.plugins import PluginManager

    formats: dict[str, Format] = (manager or PluginManager()).formats()
    able = sorted(n for n, f in formats.items() if f.reads or not reading)
    told = ""
    if name is None:
        suffix = path.suffix.lower()
        by_ext = {f.extension: f.name for f in formats.values() if f.extension}
        by_ext.update({".sqlite": "sqlite", ".sqlite3": "sqlite"})
        name = by_ext.get(suffix)
        told = f" (told by the name's {path.suffix})"
        if name is None:
            found = detected(path, formats.values())
            if found is None:
                raise InputError(
                    f"{path}: cannot tell the format from the name or the content; "
                    f"pass format= one of {', '.join(able)}"
                )
            name, told = found.name, ""
    if name not in formats:
        raise InputError(f"unknown format {name!r}; installed: {', '.join(sorted(formats))}")
    if reading and not formats[name].reads:
        # (limner.load("article.txt") said "the table format writes only", a format
        # the user never named, and not what to do)
        raise InputError(
            f"{path}: the {name} format{told} writes only; limner.load reads "
            f"{', '.join(able)} (pass format=...); a plain text is not loaded but "
            "enriched: limner.enrich(text)"
        )
    return formats[name]


def detected(path: str | Path, formats: Iterable[Format]) -> Format | None:
    """The first of ``formats`` (by name) that reads and :meth:`~Format.holds` the file
    or folder at ``path``, or ``None``."""
    for fmt in sorted(formats, key=lambda f: f.name):
        if fmt.reads and fmt.holds(path):
            return fmt
    return None


def names_folder(path: str | Path) -> bool:
    """Whether ``path`` is a str ending with a separator (``"out/"``), which names a
    folder.  A :class:`~pathlib.Path` cannot say so: it drops the slash."""
    return isinstance(path, str) and path.endswith(
        (os.sep, os.altsep) if os.altsep else os.sep
    )


def save(
    docs: Iterable[Document] | Document,
    path: str | Path,
    format: str | None = None,
    *,
    manager: Any = None,
    **options: Any,
) -> None:
    """Write documents to ``path`` in a format named, or told by the file's extension.

    >>> import limner, tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "news.db"
    >>> limner.save(limner.Document(text="Hello", id="a"), out)
    >>> [d.text for d in limner.load(out)]
    ['Hello']

    Args:
        docs: a document or several.
        path: a file, or a folder for ``brat``.
        format: a format's name (``"sqlite"``, ``"brat"``, ...); by default
            from the extension (``.db``, ``.jsonl``, ``.json``, ``.jsonld``, ``.csv``).
        manager: the :class:`~limner.PluginManager` to look formats up in.
        options: the format's options (``kind=`` for ``csv``).

    Raises:
        InputError: an unknown format, or one the extension does not tell.
    """
    fmt = _format_for(Path(path), format, manager)
    fmt.save(docs, path, **options)  # as given: Path drops the slash of "out/"


def load(path: str | Path, format: str | None = None, *, manager: Any = None) -> list[Document]:
    """The documents at ``path``, read by a format named or told by the extension.

    Raises:
        InputError: an unknown format, one that does not read, or bad input.
    """
    path = Path(path)
    return list(_format_for(path, format, manager, reading=True).load(path))
