"""Running an evaluation: read the corpora, run limner and the peers, score each.

:func:`evaluate` is the programmatic entry: a task name, corpus files, the
peers wanted, and optionally a ready :class:`limner.Enricher` (tests pass
one built on a plugin manager with their own plugins).  Each system runs once
over every document of every file; the scores come per file and, when there
are several files, pooled over all of them.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

import limner
from limner_evaluate.locations import Locations
from limner_evaluate.numbers import Numbers
from limner_evaluate.peers import PeerMissing, load_peer
from limner_evaluate.quotes import Quotes
from limner_evaluate.sentiment import Sentiment
from limner_evaluate.task import DocReport, Item, Task

__all__ = [
    "CORPORA_SOURCES",
    "TASKS",
    "CorporaNotFound",
    "CorpusResult",
    "SystemResult",
    "corpora_dir",
    "default_corpus_paths",
    "evaluate",
    "make_enricher",
    "missing_corpora_message",
    "read_corpus",
    "suite_paths",
]

#: The tasks by name, in the order ``evaluate all`` runs them.
TASKS: dict[str, Task] = {t.name: t for t in (Numbers(), Quotes(), Locations(), Sentiment())}


@attrs.define
class SystemResult:
    """One system on one corpus: ``status`` is ``ok``, or ``missing`` with the ``reason``.

    An ``ok`` system that raised on some documents counts them in ``failures``
    (``reason``: the first error).
    """

    system: str
    status: str
    reason: str | None = None
    seconds: float = 0.0
    failures: int = 0
    metrics: dict[str, Any] | None = None
    reports: list[DocReport] = attrs.field(factory=list)

    def worst(self, n: int) -> list[DocReport]:
        """The ``n`` documents with the most misses (ties in corpus order)."""
        bad = [r for r in self.reports if r.misses > 0]
        return sorted(bad, key=lambda r: -r.misses)[:n]

    def as_dict(self, errors: int = 0) -> dict[str, Any]:
        out: dict[str, Any] = {"system": self.system, "status": self.status}
        if self.reason:
            out["reason"] = self.reason
        if self.status == "ok":
            out.update(seconds=round(self.seconds, 3), failures=self.failures,
                       metrics=self.metrics)
            if errors:
                out["worst"] = [r.as_dict() for r in self.worst(errors)]
        return out


@attrs.define
class CorpusResult:
    """Every system's scores on one corpus file (or on several pooled)."""

    task: str
    corpus: str
    documents: int
    systems: list[SystemResult]

    def as_dict(self, errors: int = 0) -> dict[str, Any]:
        return {"task": self.task, "corpus": self.corpus, "documents": self.documents,
                "systems": [s.as_dict(errors) for s in self.systems]}


#: Where each public corpus folder comes from: what it is, its source, its license.
CORPORA_SOURCES: dict[str, tuple[str, str, str]] = {
    "quantulum3": ("quantities in English sentences (quantulum3's test data)",
                   "https://github.com/nielstron/quantulum3", "MIT"),
    "polnear": ("attributions in political news (PolNeAR, Newell et al. 2018)",
                "https://github.com/networkdynamics/PolNeAR", "none stated for the data"),
    "lgl": ("toponyms in local news resolved to GeoNames (LGL, Lieberman et al. 2010)",
            "https://github.com/milangritta/Pragmatic-Guide-to-Geoparsing-Evaluation",
            "GPL-3.0 for the redistributing repository"),
    "vader-sentiment": ("human sentiment ratings (VADER, Hutto & Gilbert 2014)",
                        "https://github.com/cjhutto/vaderSentiment", "MIT"),
    "newsmtsc": ("sentiment toward people in news (NewsMTSC, Hamborg & Donnay 2021)",
                 "https://github.com/fhamborg/NewsMTSC",
                 "MIT for its own files; the sentences belong to their publishers"),
}


class CorporaNotFound(LookupError):
    """No corpora folder was given; the message says which corpora and how to point at them."""


def corpora_dir(given: str | os.PathLike[str] | None = None) -> Path:
    """The corpora folder: ``given``, else ``$LIMNER_CORPORA``.

    Raises:
        CorporaNotFound: neither is set; limner never guesses a folder
            outside the project.  The message names the corpora each task
            reads, where each comes from and how to point at them.
    """
    if given is not None:
        return Path(given)
    env = os.environ.get("LIMNER_CORPORA")
    if env:
        return Path(env)
    raise CorporaNotFound(missing_corpora_message())


def missing_corpora_message() -> str:
    """What to do when no corpora folder is known: the corpora, their sources and licenses."""
    lines = [
        (
            "no corpora folder: pass --corpora FOLDER or set LIMNER_CORPORA=FOLDER, or give "
            "CORPUS files.  The folder holds the public corpora, one subfolder each, in JSON "
            "lines as docs/evaluation.md describes:"
        ),
    ]
    for name, (what, source, license_) in CORPORA_SOURCES.items():
        lines.append(f"  {name}/: {what}; source {source}; license: {license_}")
    return "\n".join(lines)


def default_corpus_paths(task: Task, root: Path) -> list[Path]:
    """The task's default corpus files under ``root`` that exist (glob patterns expanded)."""
    out: list[Path] = []
    for pattern in task.default_corpora:
        out.extend(sorted(root.glob(pattern)))
    return out


def suite_paths(task: Task, name: str) -> list[Path]:
    """The files of a suite shipped with limner_evaluate (``general-dev`` for numbers).

    Raises:
        ValueError: the task has no suite of that name.
    """
    if name not in task.suites:
        known = ", ".join(task.suites) or "none"
        raise ValueError(f"the {task.name} task has no suite {name!r} (suites: {known})")
    here = Path(__file__).resolve().parent
    return [p for pattern in task.suites[name] for p in sorted(here.glob(pattern))]


def read_corpus(task: Task, path: Path, limit: int | None = None) -> list[Item]:
    """The gold items of a JSON-lines corpus file (the first ``limit`` when given).

    Raises:
        limner.InputError: the file cannot be read (not UTF-8, a folder), or
            a line is not JSON or lacks what the task needs (a text, gold
            spans within it); the message gives the file and line.
    """
    items: list[Item] = []
    try:
        with path.open("rb") as fh:  # decoded a line at a time, so an error names its line
            for n, line in enumerate(_lines(path, fh), 1):
                if limit is not None and len(items) >= limit:
                    break
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except (ValueError, RecursionError) as exc:
                    raise limner.InputError(f"{path}:{n}: not a {task.name} record: "
                                            f"{type(exc).__name__}: {exc}") from None
                if not isinstance(record, dict):  # a task reads the fields of an object
                    raise limner.InputError(f"{path}:{n}: not a {task.name} record: not a "
                                            f"JSON object but {limner.json_type(record)}")
                if not isinstance(record.get("text", ""), str):  # every task's text
                    raise limner.InputError(f"{path}:{n}: not a {task.name} record: its field "
                                            f"'text' is {limner.json_type(record['text'])}, not a "
                                            "string")
                for field in task.gold_arrays:  # a field of another shape holds no gold
                    if field in record and (fault := _not_objects(field, record[field])):
                        raise limner.InputError(f"{path}:{n}: not a {task.name} record: "
                                                f"{fault}")
                try:
                    items.append(task.read(record, n))  # (its text a string: checked above)
                except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
                    # (AttributeError: a gold entry that is no object, read with .get)
                    raise limner.InputError(f"{path}:{n}: not a {task.name} record: "
                                            f"{_why(task, record, n, exc)}") from None
    except OSError as exc:
        raise limner.InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return items


class _Trail:
    """The field of a record a task read last: its dotted path, and whether it was absent."""

    path = ""
    value: Any = None
    absent = False

    def read(self, path: str, value: Any, absent: bool = False) -> Any:
        self.path, self.value, self.absent = path, value, absent
        return _traced(value, path, self)


def _traced(value: Any, path: str, trail: _Trail) -> Any:
    if isinstance(value, dict):
        return _TracedObject(value, path, trail)
    if isinstance(value, list):
        return _TracedArray(value, path, trail)
    return value


class _TracedObject(dict[str, Any]):
    """A JSON object that tells its trail each field read from it."""

    def __init__(self, value: dict[str, Any], path: str, trail: _Trail) -> None:
        super().__init__(value)
        self._path, self._trail = path, trail

    def _at(self, key: Any) -> str:
        return f"{self._path}.{key}" if self._path else str(key)

    def __getitem__(self, key: Any) -> Any:
        if key not in self:
            self._trail.read(self._at(key), None, absent=True)
            raise KeyError(key)
        return self._trail.read(self._at(key), super().__getitem__(key))

    def get(self, key: Any, default: Any = None) -> Any:
        return self[key] if key in self else default  # noqa: SIM401 (dict.get reads past it)


class _TracedArray(list[Any]):
    """A JSON array that tells its trail each item read from it."""

    def __init__(self, value: list[Any], path: str, trail: _Trail) -> None:
        super().__init__(value)
        self._path, self._trail = path, trail

    def __getitem__(self, index: Any) -> Any:
        if not isinstance(index, int):  # (a slice, or a key read as an object's)
            self._trail.read(self._path, list(super().__iter__()))
            return super().__getitem__(index)
        return self._trail.read(f"{self._path}[{index}]", super().__getitem__(index))

    def __iter__(self) -> Iterator[Any]:
        for i, value in enumerate(super().__iter__()):
            yield self._trail.read(f"{self._path}[{i}]", value)


def _why(task: Task, record: dict[str, Any], n: int, exc: BaseException) -> str:
    """Why a line is not a record of ``task``, naming the field at fault.

    The record is read once more through a trail of the fields read from it
    (every task reads its records through :meth:`Task.read`), so that a field
    of the wrong shape (``"quantities": "abc"``, where a list of objects is
    read) or absent is named with what it holds, not Python's words about
    the value alone ("string indices must be integers").
    """
    said = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, RecursionError):
        return said
    trail = _Trail()
    try:
        task.read(_TracedObject(record, "", trail), n)
    except Exception as again:  # (read as before, it fails as before: else Python's words)
        if not trail.path or type(again) is not type(exc):
            return said
        if trail.absent and isinstance(again, KeyError):
            return f"no field {trail.path!r}"
        if isinstance(again, ValueError):  # a task's own words on a value it refused
            where = re.sub(r"(^|\.)[^.\[]*$|\[\d+\]$", "", trail.path)  # the value's object
            return f"{where}: {again}" if where else str(again)
        return _another_shape(trail.path, trail.value)
    return said


def _not_objects(field: str, value: Any) -> str | None:
    """Why a record's ``field`` is not an array of objects (a task's gold), or ``None``.

    An empty string or object was read as an empty array, a text with no gold.
    """
    if type(value) is not list:
        return _another_shape(field, value)
    if {*map(type, value)} - {dict}:  # (the types taken in C: a corpus is read at its pace)
        i = next(i for i, entry in enumerate(value) if type(entry) is not dict)
        return _another_shape(f"{field}[{i}]", value[i])
    return None


def _another_shape(path: str, value: Any) -> str:
    """That a record's field at ``path`` holds ``value``, of a shape the task does not read."""
    if value is None:
        return f"its field {path!r} is null"
    shown = json.dumps(value, ensure_ascii=False)
    shown = shown if len(shown) <= 40 else shown[:39] + "…"
    return f"its field {path!r} is of another shape: {limner.json_type(value)}, {shown}"


def _lines(path: Path, fh: IO[bytes]) -> Iterator[str]:
    """The lines of the corpus file ``fh`` by the rule ``limner batch`` reads its source
    by: UTF-8, or the encoding a byte order mark names, the mark dropped, and a UTF-8
    mark at the start of a line too (files joined with ``cat``).  A corpus saved by an
    editor that writes a mark (Notepad's UTF-8) was refused ("Unexpected UTF-8 BOM")
    where `limner batch` reads it."""
    head = fh.read(4)
    encoding, skip = limner.sniff_encoding(head)
    fh.seek(skip)
    if encoding != "utf-8":
        try:
            yield from io.TextIOWrapper(fh, encoding=encoding, newline="")
        except UnicodeDecodeError as exc:
            raise limner.InputError(f"{path}: not {encoding.upper()} (from its byte order "
                                    f"mark): {exc.reason}") from None
        return
    for n, raw in enumerate(fh, 1):
        if raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise limner.InputError(f"{path}:{n}: not UTF-8: {exc.reason} (byte "
                                    f"0x{raw[exc.start]:02x} at {exc.start})") from None


def make_enricher(plugin: str, config: Mapping[str, Any] | None = None) -> limner.Enricher:
    """The enricher that runs limner's ``plugin`` alone (with the segmenter it needs)."""
    return limner.Enricher(plugins=[plugin], config=config)


def _limner_predict(task: Task, enricher: limner.Enricher) -> Callable[[Item], Any]:
    def predict(item: Item) -> Any:
        doc = enricher.enrich(task.document(item))
        if doc.errors:
            e = doc.errors[0]
            raise RuntimeError(f"{e.annotator}: {e.type}: {e.message}")
        return task.from_doc(doc)

    return predict


def _on_text(predict: Callable[[str], Any]) -> Callable[[Item], Any]:
    """A peer's prediction of an item: it reads the text alone."""
    return lambda item: predict(item.text)


def _run(name: str, predict: Callable[[Item], Any], items: Sequence[Item],
         empty: Any) -> tuple[list[Any], float, dict[int, str]]:
    """Predictions, seconds, and each failed item's error by its index."""
    preds = []
    failures: dict[int, str] = {}
    t0 = time.perf_counter()
    for n, item in enumerate(items):
        try:
            preds.append(predict(item))
        except Exception as exc:  # one bad document must not end the evaluation
            failures[n] = f"{item.id}: {type(exc).__name__}: {exc}"
            preds.append(empty)
    return preds, time.perf_counter() - t0, failures


def _systems(
    task: Task,
    peers: Iterable[str],
    enricher: limner.Enricher | None,
    config: Mapping[str, Any] | None,
) -> list[tuple[str, Callable[[Item], Any] | None, str | None]]:
    """``(name, predict or None, reason when missing)`` for limner and each peer."""
    out: list[tuple[str, Callable[[Item], Any] | None, str | None]] = []
    if enricher is None:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                enricher = make_enricher(task.name, config)
            except limner.ConfigError:
                raise
            except limner.LimnerError as exc:
                out.append(("limner", None, f"{type(exc).__name__}: {exc}"))
        said = "; ".join(str(w.message) for w in caught)
    else:
        said = ""
    if enricher is not None:
        if task.kind in enricher.produces:
            out.append(("limner", _limner_predict(task, enricher), None))
        else:
            reason = f"no enabled plugin produces the kind {task.kind!r}"
            out.append(("limner", None, reason + (f" ({said})" if said else "")))
    for peer in peers:
        try:
            out.append((peer, _on_text(load_peer(peer, task.name)), None))
        except PeerMissing as exc:
            out.append((peer, None, str(exc)))
    return out


def evaluate(
    task_name: str,
    paths: Sequence[str | os.PathLike[str]],
    *,
    peers: Iterable[str] = (),
    enricher: limner.Enricher | None = None,
    config: Mapping[str, Any] | None = None,
    limit: int | None = None,
) -> list[CorpusResult]:
    """Score limner (and ``peers``) on ``task_name`` over the corpus files ``paths``.

    Args:
        task_name: one of :data:`TASKS`.
        paths: JSON-lines corpus files in the task's schema.
        peers: peer names (see :data:`limner_evaluate.peers.PEERS`); those
            not installed are reported as missing.
        enricher: the limner enricher to score; by default one running the
            task's plugin alone.
        config: limner option values for the default enricher.
        limit: score only the first ``limit`` documents of each file.

    Returns:
        One :class:`CorpusResult` per file, and one pooling all files when
        there are several.

    Raises:
        limner.ConfigError: ``config`` names an unknown option or a bad value.
        limner.InputError: a corpus file cannot be read, holds no documents
            (empty, or blank lines alone), or a line is not a record of the
            task (a ``ValueError``).
    """
    task = TASKS[task_name]
    files = [(str(p), read_corpus(task, Path(p), limit)) for p in paths]
    for label, items in files:
        if not items:  # every figure of no documents would be a made-up 0.0% or n/a
            raise limner.InputError(f"{label}: holds no documents: nothing to score")
    everything = [item for _, items in files for item in items]
    results = [CorpusResult(task.name, label, len(items), []) for label, items in files]
    pooled = CorpusResult(task.name, "all files", len(everything), [])
    for name, predict, reason in _systems(task, peers, enricher, config):
        if predict is None:
            for r in [*results, pooled]:
                r.systems.append(SystemResult(name, "missing", reason))
            continue
        preds, seconds, failures = _run(name, predict, everything, task.empty)
        start = 0
        for r, (_, items) in zip(results, files, strict=True):
            end = start + len(items)
            metrics, reports = task.score(items, preds[start:end])
            failed = [failures[n] for n in sorted(failures) if start <= n < end]
            share = seconds * len(items) / len(everything) if everything else 0.0
            r.systems.append(SystemResult(name, "ok", failed[0] if failed else None, share,
                                          len(failed), metrics, reports))
            start = end
        metrics, reports = task.score(everything, preds)
        first = failures[min(failures)] if failures else None
        pooled.systems.append(SystemResult(name, "ok", first, seconds, len(failures), metrics,
                                           reports))
    return results + ([pooled] if len(files) > 1 else [])
