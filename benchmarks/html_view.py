"""How fast the ``html`` view is written, and how fast Chromium opens it, on long documents.

Three documents: the seed article, a 50,000-word document made of BBC
articles (``$LIMNER_CORPORA/bbc/bbc.jsonl``) enriched with every plugin, and a
synthetic 50,000-word document holding 5,000 places (the one the browser
tests use).  For each it times ``write_html`` (median of 3), the page's size,
and, in headless Chromium driven by Playwright, the median over ``--repeat``
fresh tabs of: the load event (navigation start to ``loadEventEnd``), the
first contentful paint, opening the Places panel (lazy when long), and a
click on a map marker until its mentions are highlighted.  ``--before REV``
also writes each document with the ``html`` module of a git revision and
opens that page, for comparison.

    python benchmarks/html_view.py [--repeat 5] [--before REV] [--markdown out.md]
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.core.test_html_browser import CHROMIUM, FLAGS, large_document  # noqa: E402

import limner  # noqa: E402
from limner.formats.html import write_html  # noqa: E402

Writer = Callable[[Iterable[limner.Document], IO[str]], None]


def bbc_document(words: int) -> limner.Document:
    """BBC articles, in corpus order, until ``words`` words, as one document."""
    corpora = Path(os.environ.get("LIMNER_CORPORA", ROOT.parent / "shared" / "corpora"))
    texts, count = [], 0
    with (corpora / "bbc" / "bbc.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"]
            texts.append(text)
            count += len(text.split())
            if count >= words:
                break
    return limner.Document(text="\n\n".join(texts), id=f"bbc-{words}-words")


def old_writer(rev: str) -> Writer:
    source = subprocess.run(
        ["git", "show", f"{rev}:src/limner/formats/html.py"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    path = Path(tempfile.mkdtemp()) / "old_html.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("old_html", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    writer: Writer = module.write_html
    return writer


def write(doc: limner.Document, writer: Writer) -> tuple[str, float]:
    times, page = [], ""
    for _ in range(3):
        buf = io.StringIO()
        t = time.perf_counter()
        writer([doc], buf)
        times.append(time.perf_counter() - t)
        page = buf.getvalue()
    return page, statistics.median(times)


LOAD = """() => {
  const nav = performance.getEntriesByType("navigation")[0];
  const fcp = performance.getEntriesByName("first-contentful-paint")[0];
  return {load: nav.loadEventEnd, fcp: fcp ? fcp.startTime : null,
          marks: document.querySelectorAll("mark").length,
          pins: document.querySelectorAll("circle.pin").length,
          nodes: document.getElementsByTagName("*").length};
}"""
OPEN = """async () => {
  const d = document.querySelector("details.places");
  if (!d) return null;
  const t = performance.now();
  d.open = true;
  await new Promise(r => requestAnimationFrame(() => setTimeout(r)));
  return performance.now() - t;
}"""
CLICK = """async () => {
  const pins = document.querySelectorAll("circle.pin");
  if (!pins.length) return null;
  const t = performance.now();
  pins[0].dispatchEvent(new MouseEvent("click", {bubbles: true}));
  await new Promise(r => requestAnimationFrame(() => setTimeout(r)));
  return performance.now() - t;
}"""


def open_page(browser: Any, path: Path, repeat: int) -> dict[str, Any]:
    runs = []
    for _ in range(repeat):
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(path.as_uri(), wait_until="load")
        page.wait_for_timeout(200)
        run = page.evaluate(LOAD)
        run["open"] = page.evaluate(OPEN)
        run["click"] = page.evaluate(CLICK)
        runs.append(run)
        page.close()

    def median(key: str) -> float | None:
        values = [r[key] for r in runs if r[key] is not None]
        return statistics.median(values) if values else None

    return {k: median(k) for k in ("load", "fcp", "open", "click")} | {
        k: runs[0][k] for k in ("marks", "pins", "nodes")
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--places", type=int, default=5_000, help="in the synthetic document")
    parser.add_argument("--before", metavar="REV", help="also measure the html module of REV")
    parser.add_argument("--markdown", type=Path)
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    seed = limner.enrich((ROOT / "seeds" / "azerbaijan-victory-day.txt").read_text())
    seed.id = "seed"
    t = time.perf_counter()
    bbc = limner.enrich(bbc_document(args.words))
    enrich_s = time.perf_counter() - t
    synthetic = large_document(args.words, args.places)
    docs = [
        (f"seed article ({len(seed.text.split()):,} words)", seed),
        (f"BBC, {len(bbc.text.split()):,} words, all plugins (enrich {enrich_s:.1f} s)", bbc),
        (f"synthetic, {len(synthetic.text.split()):,} words, {args.places:,} places", synthetic),
    ]
    writers: list[tuple[str, Writer]] = [("now", write_html)]
    if args.before:
        writers.append((args.before, old_writer(args.before)))
    rows = []
    tmp = Path(tempfile.mkdtemp())
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        for name, doc in docs:
            for label, writer in writers:
                page, seconds = write(doc, writer)
                path = tmp / "page.html"
                path.write_text(page, encoding="utf-8")
                row = {"document": name, "writer": label, "annotations": len(doc)}
                row |= {"write_s": seconds, "MB": len(page.encode()) / 1e6}
                row |= open_page(browser, path, args.repeat)
                rows.append(row)
                print(json.dumps(row), flush=True)
        browser.close()

    def ms(v: float | None) -> str:
        return "–" if v is None else f"{v:,.0f}"

    lines = [
        (
            "| document | html of | annotations | marks | write s | page MB | load ms | "
            "first paint ms | open Places ms | marker click ms |"
        ),
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        lines.append(
            f"| {r['document']} | {r['writer']} | {r['annotations']:,} | {r['marks']:,} | "
            f"{r['write_s']:.2f} | {r['MB']:.1f} | {ms(r['load'])} | {ms(r['fcp'])} | "
            f"{ms(r['open'])} | {ms(r['click'])} |"
        )
    table = "\n".join(lines)
    print(table)
    if args.markdown:
        args.markdown.write_text(table + "\n")


if __name__ == "__main__":
    main()
