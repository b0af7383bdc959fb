"""The html format, read back with an HTML parser: the text unchanged, marks balanced,
everything escaped, every annotation in a panel, the map only where there are places.
(tests/core/test_html_browser.py loads the same pages in Chromium.)"""

from __future__ import annotations

import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import limner
from limner.formats import htmlmap, htmlpanels
from limner.formats.html import write_html
from limner.testing import nasty_texts


class _Reader(HTMLParser):
    """Collects what the tests look at: the text, the marks, ids, scripts, attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.max_depth = 0
        self.in_text = 0
        self.text: list[str] = []
        self.titles: list[str] = []
        self.mark_ids: list[str] = []
        self.panel_ids: set[str] = set()
        self.pins: list[list[str]] = []
        self.tags: dict[str, int] = {}
        self.attrs: list[tuple[str, str, str | None]] = []
        self.scripts: list[str] = []
        self.in_script = False
        self.templates = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags[tag] = self.tags.get(tag, 0) + 1
        self.attrs.extend((tag, k, v) for k, v in attrs)
        a = dict(attrs)
        if tag == "article" and a.get("class") == "text":
            self.in_text = 1
        elif self.in_text and tag not in ("mark", "span", "div"):
            raise AssertionError(f"unexpected <{tag}> in the text")
        if tag == "mark":
            self.depth += 1
            self.max_depth = max(self.max_depth, self.depth)
            self.titles.append(a["title"])
            self.mark_ids.append(a["data-id"])
        if tag == "circle":
            self.pins.append(a["data-ids"].split(" "))
        elif "data-ids" in a:
            self.panel_ids.update(a["data-ids"].split(" "))
        if tag == "script":
            self.in_script = True
        if tag == "template":
            self.templates += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.depth -= 1
            assert self.depth >= 0
        if tag == "article":
            self.in_text = 0
        if tag == "script":
            self.in_script = False

    def handle_data(self, data: str) -> None:
        if self.in_text:
            self.text.append(data)
        if self.in_script:
            self.scripts.append(data)


def page_of(*docs: limner.Document) -> str:
    fmt = limner.PluginManager(plugins=[]).formats()["html"]
    return fmt.dumps(docs)


def render(*docs: limner.Document) -> _Reader:
    reader = _Reader()
    reader.feed(page_of(*docs))
    reader.close()
    assert reader.depth == 0
    return reader


def shown(text: str) -> str:
    """What the page shows of a text: lone surrogates and NUL as U+FFFD."""
    return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF or c == "\0" else c for c in text)


def test_nested_and_crossing_marks() -> None:
    doc = limner.Document(text="Over 7 billion <dollars> & more", id="d")
    doc.add(
        [
            limner.Annotation(kind="number", start=0, end=14, features={"value": 7e9}),
            limner.Annotation(kind="location", start=5, end=6),
            limner.Annotation(kind="quote", start=10, end=24),
        ]
    )
    reader = render(doc)
    assert "".join(reader.text) == doc.text
    assert reader.max_depth == 2
    assert any("value=7000000000.0" in t for t in reader.titles)


@given(nasty_texts(), st.data())
def test_the_page_keeps_every_character(text: str, data: st.DataObject) -> None:
    doc = limner.Document(text=text)
    n = len(text)
    anns = []
    for _ in range(data.draw(st.integers(0, 6))):
        a = data.draw(st.integers(0, n))
        anns.append(
            limner.Annotation(
                kind=data.draw(st.sampled_from("xyz")), start=a, end=data.draw(st.integers(a, n))
            )
        )
    doc.add(anns)
    reader = render(doc)
    assert "".join(reader.text) == shown(text)
    # every annotation is in a panel, marked or not
    assert {a.id for a in doc.annotations} <= reader.panel_ids


def test_write_html_writes_a_whole_page() -> None:
    buf = io.StringIO()
    write_html([limner.Document(text="a"), limner.Document(text="b")], buf)
    page = buf.getvalue()
    assert page.startswith("<!doctype html>") and page.count('<section class="doc"') == 2
    assert page.count("<script>") == 1 and page.rstrip().endswith("</html>")


def test_write_html_of_no_document_is_a_page() -> None:
    buf = io.StringIO()
    write_html([], buf)
    reader = _Reader()
    reader.feed(buf.getvalue())
    assert "section" not in reader.tags and reader.tags["html"] == 1


@pytest.mark.parametrize("kind", ["sentence", "sentence-span"])
def test_sentence_wide_spans_are_listed_not_marked(kind: str) -> None:
    doc = limner.Enricher(plugins=[], kinds=[kind]).enrich("One here. Two there.")
    layer = doc.layer("sentence-span")
    first = limner.Span(*next(iter(layer))) if layer else doc.select("sentence")[0]
    doc.add(
        [
            limner.Annotation(kind="tone", start=first.start, end=first.end, score=0.5),
            limner.Annotation(kind="word", start=0, end=3),
        ]
    )
    reader = render(doc)
    assert [t.split(" ")[1] for t in reader.titles] == ["word:"]
    assert "".join(reader.text) == doc.text
    tone = next(a for a in doc.annotations if a.kind == "tone")
    assert tone.id in reader.panel_ids


HOSTILE = [
    "<img src=x onerror=\"window.__pwned=1;document.title='pwned'\">",
    "</script><script>window.__pwned=2</script>",
    "<svg onload=alert(1)>",
    '"><a href="javascript:alert(1)">x</a>',
    "\x00\x01\x07\x1b\x7f\u2028\ufeff",
    "\ud800 lone \udfff",
    "-->]]><!--",
]


def hostile_document() -> limner.Document:
    """Markup, script ends, ``javascript:`` URLs, control characters and lone surrogates,
    in the text, the id, and every kind of field the page shows.

    Its annotations are stored as they are (:func:`stored_as_given`): the document's
    own rules would refuse a country that is no country code, and the page must be safe
    for whatever document it is given.
    """
    text = " Paris. ".join(HOSTILE) + " Paris."
    paris = [m.start() for m in re.finditer("Paris", text)]
    evil = " ".join(HOSTILE)
    made = [
        limner.Annotation(kind="quote", start=0, end=40, features={"speaker": evil}),
        limner.Annotation(kind="person", start=41, end=60, features={"role": evil}),
        *(
            limner.Annotation(
                kind="location",
                start=p,
                end=p + 5,
                features={
                    "name": evil,
                    "country": evil,
                    "feature": evil,
                    "lat": 48.85,
                    "lon": 2.35,
                },
            )
            for p in paris
        ),
        limner.Annotation(
            kind="number",
            start=5,
            end=9,
            features={"value": evil, "unit": evil, "counted": evil, "qualifier": evil},
        ),
        limner.Annotation(
            kind="sentiment", start=0, end=len(text), score=-0.5, features={"scope": "document"}
        ),
        limner.Annotation(
            kind="sentiment",
            start=paris[0],
            end=paris[0] + 5,
            score=0.3,
            features={"scope": "target", "name": evil, "target": evil},
        ),
        limner.Annotation(kind=evil, start=1, end=2, features={evil: evil}),
    ]
    return stored_as_given(
        text, HOSTILE[1] + HOSTILE[0], [attrs.evolve(a, id=f"a{i}") for i, a in enumerate(made)]
    )


def stored_as_given(
    text: str, doc_id: str, annotations: list[limner.Annotation]
) -> limner.Document:
    """A document holding ``annotations`` as they are, past the rules of their kinds'
    classes and the schema, which ``add`` and the constructor hold them to: what no
    document should hold, for the page to be safe with all the same."""
    doc = limner.Document(text=text, id=doc_id)
    doc._restore(annotations, read=True)  # (the loader's path, its checks made before)
    return doc


def test_hostile_text_and_fields_are_only_text() -> None:
    doc = hostile_document()
    reader = render(doc)
    assert "".join(reader.text) == shown(doc.text)
    # nothing from the document became an element, an attribute or a script
    for tag in ("img", "a", "iframe", "object", "embed", "link", "base", "form"):
        assert tag not in reader.tags
    assert reader.tags["script"] == 1
    assert "".join(reader.scripts) == htmlpanels_script()
    for tag, name, value in reader.attrs:
        assert not name.startswith("on"), (tag, name)
        assert name not in ("href", "src", "action", "formaction") or value == "#limner-world"
    # the map still has its marker, each panel its entries
    assert reader.pins == [[a.id for a in doc.select("location")]]
    assert {a.id for a in doc.annotations} <= reader.panel_ids | set(reader.mark_ids) | {
        a.id for a in doc.select("sentiment") if a.get("scope") == "document"
    }


def htmlpanels_script() -> str:
    from importlib.resources import files

    return files("limner.formats").joinpath("html_page.js").read_text("utf-8")


def test_the_script_is_allowed_by_hash_and_nothing_else() -> None:
    page = page_of(limner.Document(text="x"))
    policy = re.search(r'Content-Security-Policy" content="([^"]+)"', page)
    assert policy is not None
    rules = dict(r.strip().split(" ", 1) for r in policy.group(1).split(";"))
    assert rules["default-src"] == "'none'"
    assert re.fullmatch(r"'sha256-[A-Za-z0-9+/]+=*'", rules["script-src"])


def located(n: int, *, coords: bool = True, spread: int = 1) -> limner.Document:
    text = " ".join(f"Town{i}." for i in range(n))
    doc = limner.Document(text=text, id="places")
    anns = []
    for i, m in enumerate(re.finditer(r"Town\d+", text)):
        features: dict[str, object] = {"name": m.group(), "country": "FR"}
        if coords:
            features |= {"lat": 40 + (i % spread) * 0.1, "lon": 2 + (i % spread) * 0.1}
        anns.append(
            limner.Annotation(kind="location", start=m.start(), end=m.end(), features=features)
        )
    doc.add(anns)
    return doc


def test_no_places_no_map() -> None:
    reader = render(limner.Document(text="Nothing is anywhere."))
    assert "svg" not in reader.tags and "circle" not in reader.tags


def test_places_without_coordinates_are_listed_but_not_mapped() -> None:
    doc = located(3, coords=False)
    page = page_of(doc)
    reader = render(doc)
    assert "svg" not in reader.tags
    assert {a.id for a in doc.annotations} <= reader.panel_ids
    assert page.count("no coordinates") == 3


def test_one_marker_per_position_carrying_every_mention() -> None:
    places = located(12, spread=4)
    # a latitude that is no number (past the rules a document holds its annotations to)
    bad = limner.Annotation(kind="location", start=0, end=4, id="bad1", features={"lat": "north"})
    doc = stored_as_given(places.text, places.id, [*places.annotations, bad])
    reader = render(doc)
    assert len(reader.pins) == 4
    with_coords = {a.id for a in doc.annotations if isinstance(a.get("lat"), float)}
    assert sorted(i for pin in reader.pins for i in pin) == sorted(with_coords)
    assert "1 mention without coordinates" in page_of(doc)


# (an int past a float's range raised OverflowError, which stopped the page)
@pytest.mark.parametrize("lat", [float("nan"), float("inf"), 91.0, True, None, 10**400, -(10**400)])
def test_unusable_coordinates_are_no_coordinates(lat: object) -> None:
    a = limner.Annotation(kind="location", start=0, end=1, features={"lat": lat, "lon": 0})
    assert htmlmap.coordinates(a) is None


def test_the_view_box_fits_the_places() -> None:
    places = [htmlmap.Place("a", 40.0, 47.0, ("l1",)), htmlmap.Place("b", 34.0, 73.0, ("l2",))]
    svg = htmlmap.map_svg(places, str)
    x, y, w, h = map(float, re.search(r'viewBox="([^"]+)"', svg).group(1).split())
    squeeze = float(re.search(r"scale\(([\d.]+) 1\)", svg).group(1))
    for p in places:
        px, py = (p.lon + 180) * 10 * squeeze, (90 - p.lat) * 10
        assert x < px < x + w and y < py < y + h
    assert w < 3600 * squeeze / 4  # a region, not the world


@pytest.mark.parametrize(
    "where",
    [
        [(-77.85, 166.67)],  # McMurdo: south of 60 S, where the outline stops
        [(-90.0, 0.0), (90.0, 0.0)],  # both poles
        [(0.0, 180.0)],  # on the antimeridian
        [(0.0, -180.0), (10.0, 179.9)],
        [(-54.8, -68.3), (-64.8, -64.1)],  # Ushuaia and Palmer Station
    ],
)
def test_every_marker_is_whole_inside_the_view(where: list[tuple[float, float]]) -> None:
    # the view stopped at 60 S and at the edges of the world: a marker past them was cut
    # off or drawn outside the map
    places = [htmlmap.Place(f"p{i}", lat, lon, (f"l{i}",)) for i, (lat, lon) in enumerate(where)]
    svg = htmlmap.map_svg(places, str)
    x, y, w, h = map(float, re.search(r'viewBox="([^"]+)"', svg).group(1).split())
    circles = re.findall(r'<circle class="pin" cx="([^"]+)" cy="([^"]+)" r="([^"]+)"', svg)
    assert len(circles) == len(places)
    for cx, cy, r in (map(float, c) for c in circles):
        assert x <= cx - r and cx + r <= x + w and y <= cy - r and cy + r <= y + h, (cx, cy)


def test_places_either_side_of_the_antimeridian_are_shown_as_neighbours() -> None:
    # Fiji and Tonga, 800 km apart: the view spanned the whole world between them
    suva = htmlmap.Place("Suva", -18.1, 178.4, ("l1",))
    places = [suva, htmlmap.Place("Tonga", -21.1, -175.2, ("l2",))]
    svg = htmlmap.map_svg(places, str)
    x, _, w, _ = map(float, re.search(r'viewBox="([^"]+)"', svg).group(1).split())
    squeeze = float(re.search(r"scale\(([\d.]+) 1\)", svg).group(1))
    assert w < 3600 * squeeze / 4  # a region, not the world
    xs = [float(c) for c in re.findall(r'<circle class="pin" cx="([^"]+)"', svg)]
    assert all(x < cx < x + w for cx in xs) and abs(xs[0] - xs[1]) < 100 * squeeze
    # the land east of the antimeridian is drawn there too
    assert svg.count(f'href="#{htmlmap.OUTLINE_ID}"') == 2


@pytest.mark.parametrize(
    "where",
    [
        [(-16.5, 180.0), (-16.5, -180.0)],  # one meridian, written both ways
        [(-16.5, 179.999), (-16.5, -179.999)],  # each 0.001° from it
        [(90.0, 0.0), (90.0, 135.0)],  # the North Pole, at any longitude
        [(-89.999, -45.0), (-90.0, 10.0)],  # the South Pole, to 0.01°
    ],
)
def test_one_point_of_the_earth_is_one_marker(where: list[tuple[float, float]]) -> None:
    # two markers were drawn for one place: its longitude 180 and -180 were two positions
    mentions = [
        limner.Annotation(
            kind="location", start=0, end=1, id=f"l{i}", features={"lat": lat, "lon": lon}
        )
        for i, (lat, lon) in enumerate(where)
    ]
    places = htmlmap.places_of(mentions)
    assert [p.ids for p in places] == [("l0", "l1")]
    assert len(re.findall(r'<circle class="pin"', htmlmap.map_svg(places, str))) == 1


def test_the_world_outline_is_shipped_with_its_source() -> None:
    from importlib.resources import files

    data = json.loads(files("limner.formats").joinpath("world_110m.json").read_text("utf-8"))
    assert "Natural Earth" in data["source"] and "public domain" in data["license"]
    assert data["land"].startswith("M") and data["land"].count("z") > 100
    assert len(data["land"]) + len(data["borders"]) < 60_000


def test_long_panels_are_rendered_when_opened() -> None:
    doc = located(htmlpanels.LAZY + 1)
    page = page_of(doc)
    places = re.search(r'<details class="places"[^>]*>.*?</details>', page, re.S)
    assert (
        places is not None
        and "<template>" in places.group()
        and " open" not in places.group(0).split(">", 1)[0]
    )
    short = page_of(located(3))
    assert "<template>" not in short


def test_figures_read_as_figures() -> None:
    doc = limner.Document(text="over seven billion dollars, 10 to 20 km")
    doc.add(
        [
            limner.Annotation(
                kind="number",
                start=0,
                end=26,
                features={"value": 7e9, "unit": "USD", "qualifier": "over", "category": "money"},
            ),
            limner.Annotation(
                kind="number",
                start=28,
                end=39,
                features={"value": 10, "low": 10, "high": 20, "unit": "km"},
            ),
        ]
    )
    page = page_of(doc)
    assert "over 7,000,000,000" in page and "10–20" in page


def test_a_qualifier_after_a_figure_is_shown_after_it() -> None:
    """A hedge the text puts after the figure read before it ("or so 12", "odd 1,200")."""
    text = "a dozen or so, 1,200-odd, 18+, over 40"
    doc = limner.Document(text=text)
    for words, value, qualifier in [("a dozen or so", 12, "or so"), ("1,200-odd", 1200, "odd"),
                                    ("18+", 18, "plus"), ("over 40", 40, "over")]:
        start = text.index(words)
        doc.add([limner.Annotation(kind="number", start=start, end=start + len(words),
                                   features={"value": value, "qualifier": qualifier})])
    page = page_of(doc)
    for shown in ["12 (or so)", "1,200 (odd)", "18 (plus)", "over 40"]:
        assert f'<td class="num">{shown}</td>' in page


def test_speakers_group_their_quotes() -> None:
    doc = limner.Document(text='"A," said Ann. "B," said Ann. "C," said Bob.')
    doc.add(
        [
            limner.Annotation(kind="quote", start=1, end=2, features={"speaker": "Ann"}),
            limner.Annotation(kind="quote", start=16, end=17, features={"speaker": "Ann"}),
            limner.Annotation(kind="quote", start=31, end=32, features={"speaker": "Bob"}),
        ]
    )
    page = page_of(doc)
    speakers = re.search(r'<details class="speakers".*?</details>', page, re.S).group()
    assert speakers.index("Ann") < speakers.index("Bob")
    assert re.search(r'data-ids="q1 q2">Ann <span class="n">2<', speakers)


def test_an_id_with_a_space_stays_one_id_for_the_script() -> None:
    text = '"A," said Ann. "B," said Bob.'
    quotes = [("a b", 1, 2, "Ann"), ("a", 16, 17, "Bob"), ("b%20", 20, 23, "Bob")]
    doc = limner.Document.from_dict(
        {
            "schema": "limner/1",
            "text": text,
            "annotations": [
                {"id": i, "kind": "quote", "start": s, "end": e, "source": "",
                 "style": "direct", "speaker": who, "speaker_mention": None}
                for i, s, e, who in quotes
            ],
        }
    )
    reader = render(doc)
    # the script splits data-ids at spaces: "a b" was the ids of the quotes "a" and "b"
    assert len(set(reader.mark_ids)) == 3 and reader.panel_ids == set(reader.mark_ids)
    page = page_of(doc)
    ann = re.search(r'data-ids="([^"]*)">Ann', page).group(1).split(" ")
    assert ann == [reader.mark_ids[0]] and " " not in reader.mark_ids[0]


def test_marks_grow_linearly_with_annotations() -> None:
    """One quote over the whole text and n places inside it: the quote is reopened after
    each place, so the page holds about 2n marks, never n squared."""

    def marks(n: int) -> int:
        doc = located(n)
        doc.add([limner.Annotation(kind="quote", start=0, end=len(doc.text))])
        return page_of(doc).count("<mark ")

    small, large = marks(500), marks(1000)
    assert large <= 2.1 * small and large <= 2 * 1000 + 2


def test_spans_that_all_cross_one_another_make_no_square_of_marks() -> None:
    """n spans of one length, one character apart, all cross: each end reopened every
    mark above it, n squared marks (2,000 made a page of 115 MB, 10,000 one of gigabytes
    that no browser opened).  At most 16 marks are drawn over a character; the other
    annotations are in their panel, and the page says so."""

    def staircase(n: int) -> limner.Document:
        doc = limner.Document(text="x" * (2 * n), id="d")
        doc.add([limner.Annotation(kind="k", start=i, end=i + n) for i in range(n)])
        return doc

    small, large = page_of(staircase(500)), page_of(staircase(1000))
    assert large.count("<mark ") <= 2.1 * small.count("<mark ")
    doc = staircase(1000)
    reader = render(doc)
    assert reader.max_depth == 16 and len(set(reader.mark_ids)) == 16
    assert "".join(reader.text) == doc.text
    assert {a.id for a in doc.annotations} <= reader.panel_ids
    assert "984 highlights over text that 16 others cover already are not drawn" in large
    # news text lies far below: every annotation is marked, and nothing is said
    nested = limner.Document(text="x" * 50, id="n")
    nested.add([limner.Annotation(kind="k", start=i + 1, end=49 - i) for i in range(16)])
    assert render(nested).max_depth == 16 and "not drawn" not in page_of(nested)


def test_sentence_tone_shades_the_text() -> None:
    doc = limner.Enricher(plugins=[], kinds=["sentence"]).enrich("Good day. Bad day. A day.")
    sentences = doc.select("sentence")
    doc.add(
        [
            limner.Annotation(
                kind="sentiment",
                start=s.start,
                end=s.end,
                score=score,
                features={"scope": "sentence"},
            )
            for s, score in zip(sentences, [0.8, -0.6, 0.0], strict=True)
        ]
    )
    page = page_of(doc)
    assert page.count('<span class="tone"') == 2  # neutral sentences stay white
    assert "rgba(34,197,94" in page and "rgba(239,68,68" in page
    assert 'id="d1-tone"' in page


def test_one_outline_for_every_map_on_the_page() -> None:
    page = page_of(located(2), limner.Document(text="none"), located(3, spread=3))
    assert page.count(f'id="{htmlmap.OUTLINE_ID}"') == 1
    assert page.count(f'href="#{htmlmap.OUTLINE_ID}"') == 2
    assert page.index(f'id="{htmlmap.OUTLINE_ID}"') < page.index(f'href="#{htmlmap.OUTLINE_ID}"')
    # each section's ids and checkboxes are its own
    assert page.count('id="d1-k0"') == page.count('id="d3-k0"') == 1


def test_limner_enrich_writes_the_seed_article_as_a_page(tmp_path: Path) -> None:
    """``limner enrich FILE -f html -o page.html`` with every plugin: a map, speakers, figures."""
    from click.testing import CliRunner

    from limner.cli import cli
    from tests.conftest import SEED

    out = tmp_path / "seed.html"
    result = CliRunner().invoke(cli, ["enrich", str(SEED), "-f", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    reader = _Reader()
    reader.feed(out.read_text(encoding="utf-8"))
    assert "".join(reader.text) == SEED.read_text(encoding="utf-8")
    assert len(reader.pins) > 5 and reader.tags["mark"] > 100
    page = out.read_text(encoding="utf-8")
    for panel in ("map", "speakers", "places", "figures", "tones"):
        assert f'<details class="{panel}"' in page


@pytest.mark.parametrize("sep", ["\n\n", "\n", "\r\n\r\n", "\r", "\r\r", "\u2028"])
def test_long_texts_are_cut_into_blocks_at_line_breaks(sep: str) -> None:
    """A text of CR line ends (an old Mac tool's) was one block, however long."""
    from limner.formats.html import _blocks

    text = sep.join(f"Paragraph {i} " + "word " * 150 for i in range(200))
    cuts = _blocks(text)
    assert len(cuts) > 10
    assert all(text[c - 1] == sep[-1] and text[c] == "P" for c in cuts)
    assert page_of(limner.Document(text=text)).count('<div class="blk">') == len(cuts) + 1
    assert "".join(render(limner.Document(text=text)).text) == text
    assert _blocks("word " * 10_000) == []  # no line break: one block
