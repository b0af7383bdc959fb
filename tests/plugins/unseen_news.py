"""Short news paragraphs from other regions, with their places labelled by hand, and
their score: the check of the locations plugin on news that is not LGL.

The paragraphs (``data/unseen_news.json``) were written for limner's tests, in the style
of world news, epidemics in Africa and Asia, and UK, Australian, Canadian and Indian local
news, and labelled before the plugin was run on them.  Every occurrence of a listed
surface is a gold place; demonyms found by the plugin are left out of the count (the
paragraphs label none).  Scored as ``limner evaluate locations`` scores LGL: exact spans,
and of the overlapping pairs, the share resolved (the same GeoNames id, or within 161 km,
500 km for a country or first-level division).

A second set (``data/unseen_regions.json``) holds 120 short passages in the style of
outlets, countries and years not in the corpora (UK regional, Irish, Canadian, Australian,
Indian, Nigerian, Kenyan, South African, US local and European news: politics, courts,
sport, weather, business), labelled the same way before the plugin was run on them, with
points read from a map; clubs named for a town, firms and people are no places there.

A third set (``data/unseen_world.json``) holds 121 passages in the style of outlets and
regions neither covers (Pakistan, Bangladesh, the Philippines, Indonesia, Malaysia, Vietnam;
Mexico, Brazil, Argentina, Colombia; the Middle East and North Africa; Scandinavia, the
Baltic and Eastern Europe; Scotland and Wales; US county news; seas, rivers, ranges and
straits; travel; conflict; places named like people, firms, clubs or words), labelled the
same way before the plugin was run on them; a sea, strait, range or region wider than
500 km is resolved within 500 km, as a country is.

A fourth set (``data/unseen_registers.json``) holds 66 passages in registers the three do
not cover (sport match reports with players' names, obituaries, travel, shipping and
aviation, weather warnings naming counties and districts, US local news with "City, ST"
datelines, Indian districts, African regions, Latin American and Asian news in English),
labelled the same way before the plugin was run on them; a national side is its country, a
state's abbreviation after a dateline's town is its state.

A fifth set (``data/unseen_names.json``) holds 107 passages about names that hold a place
(institutions, councils, banks and universities named with a place; gulfs, bays and straits;
places written with St, Saint or St.; clubs before a noun of their supporters; dishes and
breeds named after places), from Africa, South and East Asia, Latin America, Oceania, the
Nordics, the Gulf, the Caribbean and small islands, labelled the same way before the plugin
was run on them: a place inside an institution's name is a place, as LGL's gold labels it,
and a dish, a breed or a club named after a place is none.

A sixth set (``data/unseen_features.json``) holds 178 passages about places beyond a town
gazetteer (rivers, lakes, seas, straits and gulfs, mountains and ranges, deserts, islands,
national parks, regions of the world such as the Sahel, the Balkans or the Outback), storms
and diseases named after places or like them (no places: "Hurricane Milton", "West Nile
virus", "Lyme disease"), breeds with no word of pets in their sentence, and towns a gazetteer
of towns lacks, labelled the same way before the plugin was run on them; a river, range,
desert or region wider than 500 km is resolved within 500 km.

A seventh set (``data/unseen_water.json``) holds 104 passages about gulfs, bays, seas,
straits and capes named after a country or a town ("the Gulf of Finland", "Cape Horn"),
towns that share their name with a larger namesake (Toledo, Paris, Perth, Victoria,
Santiago, Cordoba, Valencia, Durango, Merida, San Jose, Alexandria, Hamilton, Kingston),
told apart by a state or country after a comma or by a neighbouring place in the sentence,
and winds, dances, cloths and wines named after places, which are no places ("the Cape
Doctor", "Madras checks", "a glass of Rioja"), labelled the same way before the plugin was
run on them.

An eighth set (``data/unseen_namesakes.json``) holds 136 passages about towns of one name in
several countries (Kingston, Santander, San Felipe, Santa Ana, Charleston, Cordoba, Victoria,
Valencia, Merida, Hamilton, Tripoli, Hyderabad, Salem, Georgetown, La Paz, Santa Cruz and
more), told apart by the story's other places, its country words, its currency, its teams
or its outlet, some where the better-known namesake is right; goods named after places,
which are no places (a wine, a spirit, a cheese or a tea: "a glass of Rioja", "Cognac
sales", "mature Cheddar"), and breeds in the plural ("bred Dalmatians"); and plain places of
the same names, which stay places ("the Champagne region", "Cognac, a town"), labelled the
same way before the plugin was run on them.

A ninth set (``data/unseen_evidence.json``) holds 204 passages about towns of one name in
several countries where no capital is named: told apart by a demonym before a body of the
state ("the Lebanese army"), a national or regional body ("Police Scotland", "the Ontario
Provincial Police"), a first-level division or towns near one namesake; and, as many, passages
where the bigger namesake is right though a smaller one's country, region or people are
mentioned for another reason ("Canadian tourists ... in Paris", "A Texan oil firm opened an
office in London"), labelled the same way before the plugin was run on them.

A tenth set (``data/unseen_goods.json``) holds 42 passages about wines, spirits and teas
named bare after places in a list of drinks, a wine list, an order or a house or producer
of their trade ("runs to Chablis and Sancerre", "Champagne house Moet"), which are no
places, the same names as places in the same kinds of stories ("flights to Madeira"), and
names of a feature's form whose "of" names a place or none ("the Strait of Hormuz", "the
Strait of Bay"), labelled the same way before the plugin was run on them.

An eleventh set (``data/unseen_europe.json``) holds 59 passages about rivers, seas and bays
of Europe ("the Loire", "the Douro", "the Bay of Biscay"), names of a feature's form whose
"of" names a place or a feature's own name ("the Strait of Messina", "the Isle of Dogs") or
none ("the Strait of Hope"), and Spanish towns sharing their name with a town of Latin America
("Jerez", "Santander", "Leon", "Merida"), as many where the American one is right ("Leon, in
Guanajuato state"), labelled the same way before the plugin was run on them.

A twelfth set (``data/unseen_countries.json``) holds 56 passages about towns of one name in
several countries where the story names one namesake's country or its people ("Chile's copper
exports ... Concepción", "Libya's rival governments ... Tripoli", "Spain's sherry makers ...
Jerez"), as many where it names the other's ("Paraguay's president ... Concepción", "Mexico's
army ... Jerez", "Ohio lawmakers ... Dublin"), a US state before a noun of visitors or buyers
beside Ireland's capital ("Ohio tourists ... Dublin's Temple Bar"), and names of a feature's
form whose "of" names a place or a feature's own name ("the Strait of Hormuz", "the Bay of
Plenty") or none ("the Strait of Bay", "the Gulf of Sorrows"), which are no places, labelled
the same way before the plugin was run on them.

A thirteenth set (``data/unseen_movers.json``) holds 60 passages about people of one country
who went to another, where the country they went to places the story's towns ("Venezuelan
families who moved to Spain ... Valencia"), as many where people at home or moving within their
own country are right ("Venezuelan families in Valencia queued for food", "Tourists from Spain
crowded Córdoba's Mezquita"), visitors from a country ("Tourists from Argentina ... the Mezquita
in Cordoba"), and towns named beside a neighbour ("Concepción and Talcahuano", "San Jose and
Sunnyvale", "San Jose to Cartago"), labelled the same way before the plugin was run on them.

A fourteenth set (``data/unseen_visitors.json``) holds 72 passages about visitors from a
country, where the story happens elsewhere ("Golf fans from Australia filled every hotel in
Perth and Dundee"), as many where the visitors' hosts are the story's country ("Argentina's
tourism ministry said visitors from Brazil filled the hotels of Córdoba"), people who went
to a country whose towns lie beyond a neighbour's reach ("Filipino nurses who moved to
Canada now staff the hospitals of London and Windsor"), Kingston, Perth and Concepción named
alone or beside a town of their own country, and rivers, lakes, bays and districts ("the
Elbe", "Lake Constance", "the Bay of Fundy", "the Isle of Dogs", "the Bay of Pigs"),
labelled the same way before the plugin was run on them.

A fifteenth set (``data/unseen_neighbours.json``) holds 82 passages of towns of one name in
several countries named alone beside other towns of the story, near one namesake and far
from another, among them national capitals' namesakes ("Police in Kingston said a driver
was arrested near Napanee", "Moscow police ... investigators from Pullman"), and as many
where the capital or the big city is right ("Gunmen shot two men in downtown Kingston ...
Montego Bay", "Protesters marched in Athens as dockers in Piraeus struck"); and towns named
beside a town of the smaller namesake's land or after a comma and a compass word ("A man
from Maidenhead was arrested in Windsor", "Kingston, south-west London"), as many where the
big namesake is right ("Windsor ... Detroit", "Perth to Mandurah"), labelled the same way
before the plugin was run on them.

A sixteenth set (``data/unseen_placed.json``) holds 58 passages of towns of one name in
several countries placed by the rest of their story: named alone in a story placed by their
division ("Ontario Provincial Police said ... east of Kingston"), in a comma list of their own
country's towns ("Perth, Dundee, Stirling and Inverness"), beside a neighbour across a border
("Windsor police said ... the tunnel to Detroit", "Cornwall police said ... from Massena"), in a
landmark's name ("Windsor Castle", "Lincoln Cathedral") and beside water ("Lobster boats from
Saint John fished the Bay of Fundy"), and as many where the big namesake is right ("Perth,
Mandurah and Bunbury", "Ferries from Dover to Calais", "the Perth Mint"), labelled the same way
before the plugin was run on them.

A seventeenth set (``data/unseen_lists.json``) holds 54 passages of towns named in a list
written "A, B and C" or "A, B, C and D", in the manner of local and national news of many
countries: towns of one name in several countries among their own country's towns ("Perth,
Carleton Place and Almonte", "Kingston, Wimbledon and Croydon"), as many lists where the big
namesakes are right ("Perth, Mandurah and Bunbury", "Hyderabad, Bengaluru, Chennai and
Pune"), lists across the world ("London, Paris, Tokyo and New York"), lists of countries, and
lists of people named like towns ("Lincoln, Jackson and Grant"), which are no places,
labelled the same way before the plugin was run on them.

Run as a script to print the figures (``--set regions`` or ``--regions`` for the second set,
``--set world`` for the third, ``--set registers`` for the fourth, ``--set names`` for the
fifth, ``--set features`` for the sixth, ``--set water`` for the seventh, ``--set namesakes``
for the eighth, ``--set evidence`` for the ninth, ``--set goods`` for the tenth, ``--set
europe`` for the eleventh, ``--set countries`` for the twelfth, ``--set movers`` for the
thirteenth, ``--set visitors`` for the fourteenth, ``--set neighbours`` for the fifteenth,
``--set placed`` for the sixteenth, ``--set lists`` for the seventeenth)::

    python -m tests.plugins.unseen_news
    python -m tests.plugins.unseen_news --set regions
    python -m tests.plugins.unseen_news --set world
    python -m tests.plugins.unseen_news --set registers
    python -m tests.plugins.unseen_news --set names
    python -m tests.plugins.unseen_news --set features
    python -m tests.plugins.unseen_news --set water
    python -m tests.plugins.unseen_news --set namesakes
    python -m tests.plugins.unseen_news --set evidence
    python -m tests.plugins.unseen_news --set goods
    python -m tests.plugins.unseen_news --set europe
    python -m tests.plugins.unseen_news --set countries
    python -m tests.plugins.unseen_news --set movers
    python -m tests.plugins.unseen_news --set visitors
    python -m tests.plugins.unseen_news --set neighbours
    python -m tests.plugins.unseen_news --set placed
    python -m tests.plugins.unseen_news --set lists
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path
from typing import Any

import limner
from limner_evaluate.measures import haversine_km, match_exact, match_overlap

DATA = Path(__file__).parent / "data" / "unseen_news.json"
REGIONS = Path(__file__).parent / "data" / "unseen_regions.json"
WORLD = Path(__file__).parent / "data" / "unseen_world.json"
REGISTERS = Path(__file__).parent / "data" / "unseen_registers.json"
NAMES = Path(__file__).parent / "data" / "unseen_names.json"
FEATURES = Path(__file__).parent / "data" / "unseen_features.json"
WATER = Path(__file__).parent / "data" / "unseen_water.json"
NAMESAKES = Path(__file__).parent / "data" / "unseen_namesakes.json"
EVIDENCE = Path(__file__).parent / "data" / "unseen_evidence.json"
GOODS = Path(__file__).parent / "data" / "unseen_goods.json"
EUROPE = Path(__file__).parent / "data" / "unseen_europe.json"
COUNTRIES = Path(__file__).parent / "data" / "unseen_countries.json"
MOVERS = Path(__file__).parent / "data" / "unseen_movers.json"
VISITORS = Path(__file__).parent / "data" / "unseen_visitors.json"
NEIGHBOURS = Path(__file__).parent / "data" / "unseen_neighbours.json"
PLACED = Path(__file__).parent / "data" / "unseen_placed.json"
LISTS = Path(__file__).parent / "data" / "unseen_lists.json"
#: the sets by the name ``--set`` takes
SETS = {
    "news": DATA,
    "regions": REGIONS,
    "world": WORLD,
    "registers": REGISTERS,
    "names": NAMES,
    "features": FEATURES,
    "water": WATER,
    "namesakes": NAMESAKES,
    "evidence": EVIDENCE,
    "goods": GOODS,
    "europe": EUROPE,
    "countries": COUNTRIES,
    "movers": MOVERS,
    "visitors": VISITORS,
    "neighbours": NEIGHBOURS,
    "placed": PLACED,
    "lists": LISTS,
}


def stories(data: Path = DATA) -> list[dict[str, Any]]:
    """The paragraphs, each with its ``text`` and labelled ``places``."""
    stored: list[dict[str, Any]] = json.loads(data.read_text("utf-8"))["stories"]
    return stored


def gold_of(story: dict[str, Any]) -> list[dict[str, Any]]:
    """Every occurrence of each labelled surface, with its place's id and point."""
    text = story["text"]
    out = []
    for place in story["places"]:
        for m in re.finditer(rf"(?<!\w){re.escape(place['surface'])}(?!\w)", text):
            out.append({**place, "start": m.start(), "end": m.end()})
    out.sort(key=lambda g: g["start"])
    return out


def assert_labels_are_whole_words(data: Path = DATA, *, least: int) -> None:
    """The set holds at least ``least`` paragraphs, every labelled place occurs in its
    paragraph as a whole word, and no two gold spans overlap."""
    held = stories(data)
    assert len(held) >= least
    for story in held:
        gold = gold_of(story)
        assert len(gold) >= len(story["places"]), story["text"]
        for a, b in itertools.pairwise(gold):
            assert a["end"] <= b["start"], (a, b)


def assert_keeps_its_figures(
    enricher: limner.Enricher, data: Path, *, gold: int, f1: float, resolved: float
) -> None:
    """The set's score (:func:`score`) holds at least ``gold`` labelled places and is at
    or above its floors: exact F1 ``f1`` and the share resolved ``resolved``."""
    result = score(enricher, data)
    assert result["gold"] >= gold
    assert result["f1"] >= f1, result["misses"]
    assert result["resolved"] >= resolved, result["misses"]


def score(enricher: limner.Enricher, data: Path = DATA) -> dict[str, Any]:
    """Exact precision, recall and F1, and the resolved share, over all the paragraphs;
    ``misses`` lists what was not found, not resolved, or found but not labelled."""
    tp = n_gold = n_pred = pairs = resolved = 0
    misses: list[str] = []
    for story in stories(data):
        text = story["text"]
        gold = gold_of(story)
        doc = enricher.enrich(text)
        pred = [a for a in doc.select("location") if a.get("feature") != "demonym"]
        gs = [(g["start"], g["end"]) for g in gold]
        ps = [(a.start, a.end) for a in pred]
        exact = match_exact(gs, ps)
        tp += len(exact)
        n_gold += len(gs)
        n_pred += len(ps)
        found = {i for i, _ in exact}
        misses += [f"not found: {g['surface']!r}" for i, g in enumerate(gold) if i not in found]
        spans = {j for _, j in exact}
        misses += [
            f"spurious: {text[a.start : a.end]!r}" for j, a in enumerate(pred) if j not in spans
        ]
        for i, j in match_overlap(gs, ps):
            g, a = gold[i], pred[j]
            pairs += 1
            lat, lon = a.get("lat"), a.get("lon")
            km = haversine_km(g["lat"], g["lon"], lat, lon) if lat is not None else None
            ok = (g["geonameid"] is not None and a.get("geonameid") == g["geonameid"]) or (
                km is not None and km <= (500.0 if g["large"] else 161.0)
            )
            resolved += ok
            if not ok:
                where = "no point" if km is None else f"{km:,.0f} km off"
                misses.append(
                    f"not resolved: {g['surface']!r} as {a.get('name')!r} "
                    f"({a.get('country')}), {where}"
                )
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "gold": n_gold,
        "pairs": pairs,
        "resolved": resolved / pairs if pairs else 0.0,
        "misses": misses,
    }


if __name__ == "__main__":  # pragma: no cover
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set",
        choices=sorted(SETS),
        default="news",
        dest="name",
        help="which set of passages to score (default: news)",
    )
    parser.add_argument(
        "--regions",
        action="store_const",
        const="regions",
        dest="name",
        help="the second set (the same as --set regions)",
    )
    result = score(limner.Enricher(["locations"]), SETS[parser.parse_args().name])
    print(json.dumps({k: v for k, v in result.items() if k != "misses"}, indent=1))
    print("\n".join(result["misses"]))
