"""The locations plugin's per-process memos: what each spares a first pass.

    PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no \\
        --cachegrind-out-file=/dev/null \\
        python benchmarks/locations_memos.py --limit 300 --keep none
    # ... the same with --keep static_cache,sure_cache (or context-free, or all)
    # ... and with --bytes dump, then --bytes load: what reading them back costs

One new process opens the place index and runs ``limner_locations.locate``
over the first ``--limit`` texts of the corpus (a first pass: every memo
empty), then empties every memo of the gazetteer but those ``--keep`` names
and runs the same texts again.  Two runs that differ only in ``--keep`` differ
only in their second pass, so the difference of their instruction counts is
the work those memos, held before the texts are met, spare a first pass.

The memos are the gazetteer's ``*_cache`` attributes (their entries after the
first pass are printed) and ``fold`` (``folding.fold_token``'s cache).  Of
those keyed by a name and its qualifiers (``static_cache``, ``sure_cache``)
only the entries of names without one are kept: what a name gives whatever
the story.  ``context-free`` keeps every memo that reads no story (the names'
look-ups and candidates, the candidates' parts, the entries' fields, those
names' parts and pass-one outcomes), ``all`` keeps all, ``none`` none.

``--bytes dump`` pickles the kept memos before the second pass (and keeps
them as they were); ``--bytes load`` pickles them and reads them back into
emptied memos: the difference of the two is what decoding them from bytes,
as from a file, would cost.
"""

from __future__ import annotations

import argparse
import os
import pickle
from pathlib import Path
from typing import Any

from run import read_texts  # (benchmarks/run.py, beside this script)

from limner_locations import _Annotate, locate
from limner_locations.folding import fold_token

ROOT = Path(__file__).resolve().parent.parent

#: the gazetteer's memos that hold what a name or an entry gives, whatever the story
CONTEXT_FREE = (
    "fold",
    "name_cache",
    "head_cache",
    "prior_cache",
    "group_cache",
    "entry_cache",
    "static_cache",
    "sure_cache",
)
#: memos keyed by (name, qualifiers): only the entries of names without a qualifier are kept
_QUALIFIED = ("static_cache", "sure_cache")
_BARE: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default = Path(os.environ.get("LIMNER_CORPORA", ROOT.parent / "shared" / "corpora"))
    ap.add_argument(
        "--corpus",
        type=Path,
        default=default / "bbc" / "bbc.jsonl",
        help="a JSONL file with a 'text' field (default: BBC)",
    )
    ap.add_argument("--limit", type=int, default=None, help="only the first N texts")
    ap.add_argument(
        "--keep",
        default="none",
        help="memos kept for the second pass: comma-separated names, context-free, all "
        "or none (default)",
    )
    ap.add_argument(
        "--bytes",
        choices=("no", "dump", "load"),
        default="no",
        help="pickle the kept memos (dump), and read them back (load)",
    )
    args = ap.parse_args()
    if not args.corpus.is_file():
        ap.error(f"corpus {args.corpus} not found (give --corpus or set LIMNER_CORPORA)")
    texts = read_texts(args.corpus, args.limit)
    gaz = _Annotate("").load()
    memos = sorted(name for name in vars(gaz) if name.endswith("_cache"))
    if args.keep == "all":
        keep = ["fold", *memos]
    elif args.keep == "context-free":
        keep = list(CONTEXT_FREE)
    else:
        keep = [] if args.keep == "none" else args.keep.split(",")
    unknown = [name for name in keep if name != "fold" and name not in memos]
    if unknown:
        ap.error(f"no memo {', '.join(unknown)} (the memos: fold, {', '.join(memos)})")
    for text in texts:
        locate(text, gaz)
    print(f"{len(texts)} texts, first pass; entries of each memo:")
    for name in memos:
        print(f"  {name:<18} {len(getattr(gaz, name)):7,}")
    kept: dict[str, dict[Any, Any]] = {}
    for name in keep:
        if name == "fold":
            continue
        memo = getattr(gaz, name)
        if name in _QUALIFIED and args.keep != "all":
            kept[name] = {k: v for k, v in memo.items() if k[1] == _BARE}
        else:
            kept[name] = dict(memo)
    blob = pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL) if args.bytes != "no" else b""
    if args.bytes == "load":
        kept = pickle.loads(blob)
    for name in memos:
        getattr(gaz, name).clear()
        getattr(gaz, name).update(kept.get(name, {}))
    if "fold" not in keep:
        fold_token.cache_clear()
    for text in texts:
        locate(text, gaz)
    held = sum(map(len, kept.values()))
    size = f", {len(blob):,} bytes pickled" if blob else ""
    print(f"second pass, keeping {', '.join(keep) or 'no memo'} ({held:,} entries{size})")


if __name__ == "__main__":
    main()
