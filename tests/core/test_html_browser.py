"""The html page as a reader sees it: loaded in headless Chromium, driven by Playwright.

Needs Debian's ``chromium`` (``.ci/run`` installs it; ``$LIMNER_CHROMIUM``
names another binary) and the ``playwright`` package (in the ``test`` extra;
it drives the installed browser and downloads none).  Without them the tests
skip, unless ``$CI`` is set, where they fail: CI must run them.

Set ``LIMNER_SCREENSHOTS=docs/images`` to refresh the screenshots in the docs.
"""

from __future__ import annotations

import math
import os
import random
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import limner
from limner.formats import htmlmap, htmlpanels
from tests.conftest import ROOT, corpus_path
from tests.core.test_html import HOSTILE, hostile_document, shown

CHROMIUM = os.environ.get("LIMNER_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# every annotation id that a panel entry stands for
LISTED = "[...document.querySelectorAll('aside [data-ids]')].flatMap(e => e.dataset.ids.split(' '))"
# whether the n-th highlighted mark is on screen
IN_VIEW = """(n) => { const m = document.querySelectorAll("mark.hit")[n];
  if (!m) return false; const r = m.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= innerHeight; }"""
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
# records what the page's policy blocked: an attempted fetch or an injected script
WATCH = """
window.__blocked = [];
document.addEventListener("securitypolicyviolation",
  (e) => window.__blocked.push(e.violatedDirective + " " + e.blockedURI));
"""


def _needs_browser() -> Any:
    missing = []
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing.append("the playwright package (pip install -e '.[test]')")
    if not Path(CHROMIUM).is_file():
        missing.append(f"Chromium at {CHROMIUM} (apt-get install chromium)")
    if missing:
        why = "browser tests need " + " and ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(f"{why}; CI is set, so they may not skip", pytrace=False)
        pytest.skip(why)
    return sync_playwright


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_playwright = _needs_browser()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


class Visit:
    """A page opened from a file, with every request, dialog and script error recorded."""

    def __init__(self, browser: Any, path: Path, viewport: dict[str, int]) -> None:
        self.url = path.as_uri()
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(viewport=viewport)
        self.context.add_init_script(WATCH)
        self.context.on("request", lambda r: self.requests.append(r.url))
        self.page = self.context.new_page()
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(self.url)

    def run(self, script: str, arg: Any = None) -> Any:
        return self.page.evaluate(script, arg)

    def assert_quiet(self) -> None:
        """Nothing left the page, nothing was blocked, nothing failed."""
        assert self.requests == [self.url]
        assert self.run("window.__blocked") == []
        assert self.dialogs == [] and self.errors == []

    def screenshot(self, tmp_path: Path, name: str, **kwargs: Any) -> Path:
        shot = tmp_path / name
        self.page.screenshot(path=str(shot), **kwargs)
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        keep = os.environ.get("LIMNER_SCREENSHOTS")
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            shutil.copy(shot, Path(keep) / name)
        return shot

    def close(self) -> None:
        self.context.close()


def write_page(tmp_path: Path, name: str, *docs: limner.Document) -> Path:
    path = tmp_path / name
    fmt = limner.PluginManager(plugins=[]).formats()["html"]
    path.write_text(fmt.dumps(docs), encoding="utf-8", errors="strict")
    return path


@pytest.fixture(scope="module")
def seed_doc(seed_text: str) -> limner.Document:
    doc = limner.enrich(seed_text)
    doc.id = "azerbaijan-victory-day.txt"
    return doc


@pytest.fixture
def seed_visit(browser: Any, seed_doc: limner.Document, tmp_path: Path) -> Iterator[Visit]:
    visit = Visit(browser, write_page(tmp_path, "seed.html", seed_doc), DESKTOP)
    yield visit
    visit.close()


def _loneliest(places: list[htmlmap.Place]) -> htmlmap.Place:
    """The place farthest from any other, whose marker nothing covers."""

    def gap(p: htmlmap.Place) -> float:
        return min(math.dist((p.lat, p.lon), (q.lat, q.lon)) for q in places if q is not p)

    return max(places, key=gap)


def test_seed_page_shows_highlights_map_and_toggles(
    seed_visit: Visit, seed_doc: limner.Document, tmp_path: Path
) -> None:
    v = seed_visit
    kinds = sorted({m.kind for m in seed_doc.annotations if m.kind in ("location", "number")})
    assert kinds == ["location", "number"]
    places = htmlmap.places_of(seed_doc.select("location"))
    assert v.run("document.querySelectorAll('mark').length") >= len(seed_doc.select("number"))
    assert v.run("document.querySelectorAll('.tone').length") > 0
    pins = v.run("[...document.querySelectorAll('circle.pin')].map(c => c.dataset.ids)")
    assert sorted(pins) == sorted(" ".join(p.ids) for p in places)
    # the panels: every quote under its speaker, every place, every figure
    listed = set(v.run(LISTED))
    assert {a.id for a in seed_doc.select(["quote", "location", "number"])} <= listed
    v.screenshot(tmp_path, "html-view-desktop.png")

    # unticking "location" hides the places' highlights, and only those
    box = v.page.locator("label", has_text=re.compile(r"^location\b")).locator("input")
    style = "(sel) => getComputedStyle(document.querySelector(sel)).backgroundColor"
    k = v.run("(id) => document.getElementById(id).id.split('-k')[1]", box.get_attribute("id"))
    before = v.run(style, f"mark.k{k}")
    assert before != "rgba(0, 0, 0, 0)"
    other = v.run("(k) => document.querySelector(`mark:not(.k${k})`).className", k)
    other_before = v.run(style, f"mark.{other}")
    box.uncheck()
    assert v.run(style, f"mark.k{k}") == "rgba(0, 0, 0, 0)"
    assert v.run(style, f"mark.{other}") == other_before
    box.check()
    assert v.run(style, f"mark.k{k}") == before

    # clicking a marker highlights exactly the mentions it stands for, and shows them
    place = _loneliest(places)
    v.page.locator(f'circle.pin[data-ids="{" ".join(place.ids)}"]').click()
    hit = v.run("[...new Set([...document.querySelectorAll('mark.hit')].map(m => m.dataset.id))]")
    assert sorted(hit) == sorted(place.ids)
    v.page.wait_for_function(IN_VIEW, arg=0)
    # and a speaker's quote in the panel highlights the quote
    quote = seed_doc.select("quote")[0]
    v.page.locator(f'li.quote[data-ids="{quote.id}"]').click()
    assert v.run("[...document.querySelectorAll('mark.hit')].map(m => m.dataset.id)") == [
        quote.id
    ] * v.run(f"document.querySelectorAll('mark[data-id=\"{quote.id}\"]').length")
    v.assert_quiet()


def test_seed_page_reads_on_a_phone(
    browser: Any, seed_doc: limner.Document, tmp_path: Path
) -> None:
    v = Visit(browser, write_page(tmp_path, "seed.html", seed_doc), PHONE)
    try:
        assert v.run("document.documentElement.scrollWidth") <= PHONE["width"]
        text = v.run("document.querySelector('article.text').getBoundingClientRect().toJSON()")
        panels = v.run("document.querySelector('aside.panels').getBoundingClientRect().toJSON()")
        assert panels["top"] >= text["bottom"] and text["width"] <= PHONE["width"]
        v.screenshot(tmp_path, "html-view-phone.png")
        v.run("document.querySelector('aside.panels').scrollIntoView()")
        v.screenshot(tmp_path, "html-view-phone-panels.png")
        v.assert_quiet()
    finally:
        v.close()


def test_seed_page_prints_text_then_panels(
    browser: Any, seed_doc: limner.Document, tmp_path: Path
) -> None:
    v = Visit(browser, write_page(tmp_path, "seed.html", seed_doc), DESKTOP)
    try:
        v.page.emulate_media(media="print")
        assert v.run("getComputedStyle(document.querySelector('.layout')).display") == "block"
        assert v.run("getComputedStyle(document.querySelector('.legend input')).display") == "none"
        text = v.run("document.querySelector('article.text').getBoundingClientRect().bottom")
        panels = v.run("document.querySelector('aside.panels').getBoundingClientRect().top")
        assert panels >= text
        # printing opens every panel, the lazy ones too
        v.run("window.dispatchEvent(new Event('beforeprint'))")
        assert v.run("[...document.querySelectorAll('details')].every(d => d.open)")
        assert v.run("document.querySelectorAll('details > template').length") == 0
        pdf = v.page.pdf()
        assert pdf[:5] == b"%PDF-" and len(pdf) > 10_000
        v.assert_quiet()
    finally:
        v.close()


def test_hostile_document_runs_nothing(browser: Any, tmp_path: Path) -> None:
    doc = hostile_document()
    v = Visit(browser, write_page(tmp_path, "hostile.html", doc), DESKTOP)
    try:
        assert v.run("window.__pwned") is None
        assert v.page.title() != "pwned"
        assert v.run("document.querySelectorAll('img, a, iframe, object, embed').length") == 0
        assert v.run("document.scripts.length") == 1
        assert (
            v.run("document.querySelectorAll('[onerror], [onload], [href^=javascript]').length")
            == 0
        )
        # the text reads as written (lone surrogates and NUL as U+FFFD), none of it lost
        text = v.run("document.querySelector('article.text').textContent")
        assert text == shown(doc.text)
        for bad in HOSTILE[:4]:
            assert bad in text
        assert v.run("document.querySelectorAll('circle.pin').length") == 1
        v.page.locator("circle.pin").click()
        assert v.run("document.querySelectorAll('mark.hit').length") == len(doc.select("location"))
        v.assert_quiet()
    finally:
        v.close()


# where a character of the text is drawn: the left edge of its box
X_OF = """(i) => { const walker = document.createTreeWalker(
    document.querySelector('article.text'), NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    if (i < node.data.length) { const r = document.createRange();
      r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect().x; }
    i -= node.data.length; } }"""


def test_right_to_left_paragraphs_read_from_the_right(browser: Any, tmp_path: Path) -> None:
    # each paragraph takes the direction of its first letter: an Arabic or a Hebrew one
    # ends at its left, its full stop left of its first word, where an English one ends
    # at its right
    paragraphs = ["قال الرئيس إن الاقتصاد ينمو.", "הוא אמר: «אנחנו כאן».", "Then it rained."]
    text = "\n\n".join(paragraphs)
    doc = limner.Document(text=text, id="rtl")
    doc.add([limner.Annotation(kind="place", start=4, end=10)])
    v = Visit(browser, write_page(tmp_path, "rtl.html", doc), DESKTOP)
    try:
        assert v.run("document.querySelector('article.text').textContent") == text
        for words in paragraphs:
            start = text.index(words)
            first, last = v.run(X_OF, start), v.run(X_OF, start + len(words) - 1)
            assert (last < first) == (words != paragraphs[-1]), words
        v.assert_quiet()
    finally:
        v.close()


def large_document(words: int = 50_000, places: int = 5_000) -> limner.Document:
    """``words`` words in paragraphs, ``places`` of them places (some without coordinates),
    a figure every 97 words and a quote every 400."""
    rng = random.Random(17)
    vocabulary = ["the", "of", "and", "to", "in", "said", "that", "for", "on", "was", "minister"]
    tokens = [rng.choice(vocabulary) for _ in range(words)]
    where = sorted(rng.sample(range(words), places))
    for i in where:
        tokens[i] = f"Town{i}"
    parts, offsets, pos = [], {}, 0
    for i, token in enumerate(tokens):
        offsets[i] = pos
        sep = ".\n\n" if i % 120 == 119 else (". " if i % 15 == 14 else " ")
        parts.append(token + sep)
        pos += len(token) + len(sep)
    doc = limner.Document(text="".join(parts), id="large")
    anns = []
    for n, i in enumerate(where):
        features: dict[str, Any] = {"name": tokens[i], "country": ["FR", "DE", "US", "KE"][n % 4]}
        if n % 10:
            features |= {"lat": rng.uniform(-50, 70), "lon": rng.uniform(-170, 170)}
        anns.append(
            limner.Annotation(
                kind="location",
                start=offsets[i],
                end=offsets[i] + len(tokens[i]),
                features=features,
            )
        )
    for i in range(0, words - 20, 97):
        anns.append(
            limner.Annotation(
                kind="number",
                start=offsets[i],
                end=offsets[i] + len(tokens[i]),
                features={"value": i},
            )
        )
    for i in range(5, words - 40, 400):
        anns.append(
            limner.Annotation(
                kind="quote",
                start=offsets[i],
                end=offsets[i + 30],
                features={"speaker": f"Speaker {i % 7}"},
            )
        )
    doc.add(anns)
    return doc


def test_large_document_opens_and_its_panels_render_when_opened(
    browser: Any, tmp_path: Path
) -> None:
    doc = large_document()
    v = Visit(browser, write_page(tmp_path, "large.html", doc), DESKTOP)
    try:
        located = htmlmap.places_of(doc.select("location"))
        assert v.run("document.querySelectorAll('circle.pin').length") == len(located)
        # the long panels wait in templates until opened
        lazy = v.run("document.querySelectorAll('details > template').length")
        assert lazy >= 2 and len(doc.select("location")) > htmlpanels.LAZY
        assert v.run("document.querySelectorAll('li.pl').length") == 0
        v.page.locator("details.places > summary").click()
        # the toggle event comes a task after the click
        v.page.wait_for_function(
            "() => document.querySelector('details.places > template') === null"
        )
        count = v.run("document.querySelectorAll('li.pl').length")
        assert count == len({a.get("name") for a in doc.select("location")})
        last = doc.select("location")[-1]
        v.page.locator(f'li.pl[data-ids="{last.id}"]').click()
        assert v.run("document.querySelector('mark.hit').dataset.id") == last.id
        v.page.wait_for_function(IN_VIEW, arg=0)  # far down the text, in a block not yet laid out
        # a country's heading stands for many places; clicking it again moves to the next
        heading = v.page.locator("details.places h4").first
        heading.click()
        assert v.run("document.querySelectorAll('mark.hit').length") > 100
        v.page.wait_for_function(IN_VIEW, arg=0)
        heading.click()
        v.page.wait_for_function(IN_VIEW, arg=1)
        v.assert_quiet()
    finally:
        v.close()


def test_ten_thousand_crossing_annotations_open_with_every_one_listed(
    browser: Any, tmp_path: Path
) -> None:
    """10,000 spans that all cross one another made a page of gigabytes (each end reopened
    every mark above it), which no browser opened; an empty document beside them."""
    n = 10_000
    doc = limner.Document(text="word " * (2 * n // 5), id="crossing")
    doc.add([limner.Annotation(kind="window", start=i, end=i + n) for i in range(n)])
    v = Visit(browser, write_page(tmp_path, "crossing.html", doc, limner.Document(text="")),
              DESKTOP)
    try:
        assert v.run("document.querySelectorAll('section.doc').length") == 2
        ids = v.run("new Set([...document.querySelectorAll('mark')].map(m => m.dataset.id)).size")
        assert ids == 16
        v.page.locator("details.kind > summary").click()
        v.page.wait_for_function("() => document.querySelector('details.kind > template') === null")
        assert v.run("document.querySelectorAll('details.kind tr[data-ids]').length") == n
        v.page.locator('tr[data-ids="w1"]').click()
        assert v.run("document.querySelectorAll('mark.hit').length") >= 1
        v.page.locator(f'tr[data-ids="w{n}"]').click()  # one not drawn: found nowhere
        assert v.run("document.querySelectorAll('mark.hit').length") == 0
        v.assert_quiet()
    finally:
        v.close()


def test_the_load_time_benchmark_runs(browser: Any, tmp_path: Path) -> None:
    """benchmarks/html_view.py end to end on small documents (no timing is asserted)."""
    corpus_path("bbc/bbc.jsonl")
    out = tmp_path / "table.md"
    script = ROOT / "benchmarks" / "html_view.py"
    args = ["--words", "1500", "--places", "150", "--repeat", "1", "--markdown", str(out)]
    subprocess.run([sys.executable, str(script), *args], check=True, capture_output=True)
    rows = out.read_text().splitlines()
    assert len(rows) == 5 and "BBC" in rows[3] and "1,500 words, 150 places" in rows[4]
    assert all(re.search(r"\| \d[\d,]* \| \d[\d,]* \|$", row) for row in rows[2:])
