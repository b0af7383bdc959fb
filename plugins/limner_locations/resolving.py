"""Choosing among a name's gazetteer entries, and deciding whether a mention is a place.

All mentions of one name in a document are resolved together (one sense
per story).  Each candidate entry gets a score in points: a prior from its
kind and population (countries and continents highest, cities by the
logarithm of their population, alternate spellings below an entry's own
name, first-level divisions above namesake towns), plus context from the
rest of the document: a comma qualifier ("Paris, Texas", "Gainesville, Ga."),
its country or first-level division named by another name, other places of
the story within 150 km, the dateline.  Three passes: the first resolves
what is sure without context (from names that can stand as places only);
the second chooses every name with that context; the third lets the towns
chosen with support of their own stand as nearby places for the others.
Then the containment the story implies decides between namesakes: a town
and a county, district or first-level division of the story that holds it
go together (:func:`_contain`), and namesakes without support settle near
each other.  Names listed before "counties" are read as counties.  The
best entry wins; each mention is then kept only if it passes the acceptance
rules (function and common words, names inside longer names, person names,
small places without support).  Every reason is written to ``evidence``.
"""

from __future__ import annotations

import copy
import functools
import itertools
import math
import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

import regex

from limner import lazy_regex
from limner_locations.folding import base_name, fold
from limner_locations.gazetteer import (
    AREA,
    BUILDING,
    CAPITAL,
    CITY,
    CONTINENT,
    COUNTRY,
    COUNTY,
    DISTRICT,
    FEATURES,
    FLAG_ABBREV,
    FLAG_ADMIN1,
    FLAG_DEMONYM,
    FLAG_ISLAND,
    FLAG_PRIMARY,
    FLAG_SHORT,
    ISLAND,
    LAKE,
    MOUNTAIN,
    REGION,
    RIVER,
    SEA,
    Gazetteer,
)
from limner_locations.matching import (
    CALL_SIGN,
    CITY_BODIES,
    FEATURE_ENDS,
    FEATURE_STARTS,
    HINT_FUNCTION,
    HINT_HEADS,
    HINT_NAMED,
    HINT_SINGLE,
    Mention,
)
from limner_locations.proximity import NEAR_KM, Proximity, km
from limner_locations.vocabulary import (
    ABBREVIATIONS,
    DIRECTIONS,
    FUNCTION_WORDS,
    GIVEN_NAMES,
    ILLNESS_AFTER,
    LOCATIVES,
    NAME_HEADS,
    ORG_WORDS,
    PLANETS,
    SEASONS,
    TOWN_WORDS,
)

__all__ = ["Resolved", "resolve"]

#: Seas, rivers, lakes, mountains, islands, buildings and areas (all from the supplement).
_NATURAL = frozenset({SEA, RIVER, LAKE, MOUNTAIN, ISLAND, BUILDING, AREA})
#: the water features whose point (the middle of their water) places the towns on their shore
_WATER_NEAR = frozenset({SEA, LAKE})
_PRIOR = {COUNTRY: 9.0, CONTINENT: 8.5, COUNTY: 6.0, DISTRICT: 5.0,
          **dict.fromkeys(_NATURAL, 7.0)}
_DATELINE_MARK = "@dateline"  # in a name's qualifier set: it opens a dateline
#: ... it is qualified by a town or district holding some of its candidates, which its
#: admin1 set lists as "@" and their entries (see :func:`_in_qualifier`)
_HELD_MARK = "@held"
_IN_MARK = "@in"  # ... it is qualified by "in" and a place holding some of its candidates
_MARKS = frozenset([_HELD_MARK, _IN_MARK])
_BESIDE_MARK = "@beside"  # ... it is named side by side with a town near some candidates
_DATELINE_SET = frozenset((_DATELINE_MARK,))
#: ... it is written right after a church office's "of", as its see (see :func:`resolve`)
_SEE_MARK = "@see"
_SEE_SET = frozenset((_SEE_MARK,))
_SEE_QUAL: tuple[frozenset[str], frozenset[str]] = (_SEE_SET, frozenset())
_SURNAME = "\x00surname"  # in the set of person names: the name follows a given name
_INNER = "\x00inner"  # ... the story writes the name after another capitalised word
_GIVEN = "\x00given"  # ... the name is a given name before a surname ("Jordan Henderson")
_FULL = "\x00full"  # ... the name ends a person's full name inside a sentence ("Michael Jordan")
#: capitalised words before a name that are no given name: a month's or a day's
_NOT_GIVEN = frozenset(["January", "February", "March", "April", "May", "June", "July",
                        "August", "September", "October", "November", "December", "Monday",
                        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
#: ... the same, in lower case: function words that are given names too ("Georgia May
#: Jagger"), not function words there
_NOT_GIVEN_LOWER = frozenset(w.lower() for w in _NOT_GIVEN)
_MADE = "\x00made"  # ... the name follows a model year: a maker's ("a 2007 Toyota Camry")
_DOLLAR_MARK = "@dollar"  # ... it is read in a story that counts in "$" and names no country
#: ... it is read in a story of people who went to another country, which its qualifier set
#: lists as "=" and its code (see :func:`_movers`)
_MOVED_MARK = "@moved"
_NATURAL_MARK = "@the"  # ... a mention of it follows "the" ("the Red Sea")
_NATURAL_SET = frozenset((_NATURAL_MARK,))
#: a dateline names a town: a first-level division of the name gives way to it ("NEW YORK
#: (Reuters) -" is the city, whose name there is an alternate spelling, not the state)
DATELINE_DIVISION = 3.0
#: "the" before a name that is also a natural feature of the supplement: the sea, river,
#: lake, range or island ("the Red Sea" is the sea, not Egypt's Red Sea governorate)
NATURAL_THE = 2.0
#: a town's own name cut before its river or region ("Newcastle" of Newcastle upon Tyne,
#: "Frankfurt" of Frankfurt am Main) counts as its own name, these points below it
SHORT_FORM = 1.0
#: countries whose own currency is a dollar written "$" at home
_DOLLAR_COUNTRIES = frozenset(["US", "CA", "AU", "NZ", "SG", "HK", "JM", "TT", "BS", "BB",
                               "BZ", "BM", "FJ", "GY", "LR", "KY", "VI", "PR", "GU"])
#: ... and the points of such a country's towns and counties then
DOLLAR = 2.0
#: the points of a town or county of the country a story's people went to, as its country
#: after a comma gives ("Filipino nurses who moved to Canada ... London": "London, Canada")
MOVED_TO = 5.0
_NO_QUAL: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
BIG_CITY = 100_000
FOREIGN_CITY = 400_000  # below this, a town of a country the story never names needs support
#: a town this populous, of several words that no other place bears, is kept right after "in"
#: or "near" ("in Fort McMurray", "near Mount Isa"; "at The Woodlands", "east of Hampton Park"
#: are a venue's or a park's); of one word, right after "near" ("near Timaru")
UNIQUE_TOWN = 10_000

_QUALIFIER = regex.compile(r",[ \t]*+(\p{Lu}[\p{L}.]*+(?:[ \t.]{1,2}+\p{Lu}[\p{L}.]*+){0,3})")
#: "in" and a place right after a name, or after its comma, a compass word may come
#: between ("Perth in Scotland", "Richmond in London", "Tripoli, in northern Lebanon"); or
#: a comma and a compass word before the place, which no list of places has ("Kingston,
#: south-west London", "Aleppo, northern Syria"): the place's words end the name's phrase,
#: no possessive, hyphen, letter or capitalised word following them ("Perth in Scotland's
#: worst storm" is no qualifier of Perth)
_IN_QUALIFIER = lazy_regex(
    r"[ \t]in[ \t]++(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east"
    r"|south-?west)(?:ern)?+[ \t]++)?+"
    r"(\p{Lu}\p{L}*+(?:[ \t]\p{Lu}\p{L}*+){0,3})(?!['\u2019\-]|[ \t]\p{Lu})")


#: ... and after a comma, the compass word not to be left out: a `re` pattern (kept compiled
#: between processes, where a `regex` one costs some 5 M instructions to compile in each),
#: so the place's words are read in ASCII letters ("Kingston, south-west London"; "Kloten,
#: north Zürich" is not read)
_COMMA_COMPASS = re.compile(
    r",[ \t]++(?:north|south|east|west|central|north-?east|north-?west|south-?east"
    r"|south-?west)(?:ern)?+[ \t]++"
    r"([A-Z][a-z]*+(?:[ \t][A-Z][a-z]*+){0,3})(?!['\u2019\-]|[^\W\d_]|[ \t][A-Z])")


#: a town or district lying this close to a bigger town or to a district of another name is
#: held by it ("Richmond in London", 14 km from the centre of London)
HELD_KM = 25.0
_HELD_DEG = HELD_KM / 111.0  # (degrees of latitude: points further apart are never held)
_DETERMINER = re.compile(
    r"[ \t]++(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|some|every)\b")
_AMPERSAND_AFTER = re.compile(r"[ \t]?&[ \t]?[A-Z]")
_AMPERSAND_BEFORE = re.compile(r"[A-Za-z][ \t]?&[ \t]?$")


def _firm(text: str, start: int, end: int) -> bool:
    """Whether "&" joins the name at ``start:end`` to another ("Stevens & Wilkinson")."""
    # (both patterns need an "&" within 8 characters of the name: one search for it)
    return text.find("&", start - 8 if start > 8 else 0, end + 8) >= 0 and bool(
        _AMPERSAND_AFTER.match(text, end, end + 8)
        or _AMPERSAND_BEFORE.search(text, max(0, start - 8), start))
#: words after a name that make it a town's own ("Ashford Borough Council", "Ashford
#: Police"): a person's name does not govern a town's council or police
_CIVIC = frozenset(["city", "mayor", "police", "township", "council", "councils", "sheriff",
                    "borough"])
#: ... in lower case right after a name ("Jersey City police said", "Hove council")
_CIVIC_AFTER = re.compile(rf"[ \t]++(?:{'|'.join(sorted(_CIVIC))})\b")
#: ... and "in" or "near" right before a name that ends its run ("the depot in Ashford.")
_IN_PLACE = re.compile(r"\b(?:in|near)[ \t]$")
_NEAR_PLACE = re.compile(r"\bnear[ \t]$")
#: ... whose matches all end so (a space or tab after "in" or "near", before the end or a
#: final line break): searched for only where the text before the name ends so
_IN_PLACE_ENDS = ("n ", "n\t", "r ", "r\t", "n \n", "n\t\n", "r \n", "r\t\n")
#: a list of names after a locative preposition, up to the "and" or "or" before a name: the
#: name ends the list of places, not a person before a verb of people ("councils in Gwynedd
#: and Conwy said", "officials from Leeds, Hull and York said"); asked only where the text
#: before the name ends so
_IN_LIST = re.compile(
    r"\b(?:in|from|near|across|throughout)[ \t]++[^\W\d_a-z][\w'’.\-]*+"
    r"(?:[ \t]++[^\W\d_a-z][\w'’.\-]*+)?+(?:,[ \t]++[^\W\d_a-z][\w'’.\-]*+"
    r"(?:[ \t]++[^\W\d_a-z][\w'’.\-]*+)?+)*+,?[ \t]++(?:and|or)[ \t]++$")
_LIST_ENDS = (" and ", " or ")
#: verbs of people, not places: a bare name right before one is a person's ("Jones said",
#: "Manning ruled")
_SPEECH_WORDS = (r"said|says|told|added|asked|wrote|explained|noted|ruled|testified|pleaded"
                 r"|argued|admitted|declined|recalled|replied|insisted|laughed|smiled"
                 r"|administration|presidency")
_SPEECH = re.compile(rf"[ \t]*+(?:{_SPEECH_WORDS})\b")
#: a day after a place is no part of its name ("the crash in Alexandria Friday night")
_WEEKDAYS = frozenset(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                       "Sunday"])
#: street types: a place before one is part of a street's name ("Washington Avenue")
_STREETS = frozenset(["street", "st", "road", "rd", "avenue", "ave", "drive", "boulevard",
                      "blvd", "lane", "parkway", "pike"])
#: the last words of a venue's name: a town's name opening one ("Madison Square Garden",
#: "Wembley Stadium", "the Melbourne Cricket Ground") is the venue's, and names the town
#: only where the story places the town (see :func:`_reject`)
_VENUES = frozenset(["stadium", "arena", "garden", "gardens", "ground", "grounds", "coliseum",
                     "colosseum", "speedway", "raceway", "racecourse", "velodrome",
                     "ballpark", "fieldhouse", "playhouse"])
#: ... and the two words that end one ("the Sydney Opera House")
_VENUE_PAIRS = frozenset([("opera", "house"), ("concert", "hall"), ("music", "hall")])
#: the words of a natural feature, with their space: a town's name before one in lower case
#: ("the Godavari river") or ending with one ("Darling Downs") may be the feature's (see
#: :func:`_reject`; :data:`limner_locations.matching.FEATURE_ENDS`)
_FEATURE_AFTER = re.compile(rf"(?:{'|'.join(FEATURE_ENDS)})\b")
#: "City of", "State of" ... opening a matched name (see :func:`resolve`)
_OF_PREFIX = re.compile(r"(?:City|State|Town|Village|Commonwealth|CITY|STATE|TOWN) of[ \t]+")
#: ... which only a name whose folded key opens so can open with (asked of those alone)
_OF_KEYS = ("city of ", "state of ", "town of ", "village of ", "commonwealth of ")
#: a country this populous has an adjective that news uses of its people ("Lebanese"); a
#: smaller one's name is used as its own adjective ("a Jersey man")
_DEMONYM_COUNTRY = 1_000_000
#: nouns of a town's people and institutions: a country's name before one is a town's
_LOCAL_NOUNS = (r"woman|man|girl|boy|teen|resident|residents|native|couple|family|mayor"
                r"|schools?|students|High|Middle|Junior|Elementary|Independent|middle"
                r"|elementary|School|Schools")
_LOCAL_NOUN = re.compile(rf"[ \t]++(?:{_LOCAL_NOUNS})\b")
#: nouns of a team's people: a place's name before one is a club's ("Everton fans",
#: "Chelsea striker", "Leeds boss", "the Vasco da Gama club"), as a team is named for its
#: town or a person
_TEAM_WORDS = (r"fans|supporters|striker|strikers|midfielder|midfielders|defender|defenders"
               r"|goalkeeper|winger|boss|manager|captain|skipper|squad|club|coach"
               r"|quarterback|pitcher|batsman|bowler")
#: ... also after the team's name in the plural, maybe of two words ("Kansas City Chiefs
#: quarterback", "Winnipeg Jets fans", "Chennai Super Kings fans"; not an event's or a
#: place's: "the London Olympics boss", see :func:`_reject`), where a player's position
#: names the team's player too ("Toronto Raptors guard", "Leeds Rhinos prop"; after a town
#: alone the word may be the town's: "a Denver guard")
_PLAYER_WORDS = (r"guard|forward|centre|center|linebacker|receiver|running[ \t]back"
                 r"|shortstop|outfielder|catcher|prop|hooker|fly-half|scrum-half"
                 r"|wicketkeeper|all-rounder|spinner|rookie")
_TEAM = re.compile(rf"[ \t]++(?:(?:[A-Z][A-Za-z]*[ \t]++)?([A-Z][A-Za-z0-9]*[a-z0-9]s)[ \t]++"
                   rf"|(?:City|United|Athletic|Albion|Hotspur|Argyle|Orient|Alexandra|F\.?C\.?)"
                   rf"[ \t]++)?+(?:{_TEAM_WORDS}|(?(1)(?:{_PLAYER_WORDS})|(?!)))\b")
#: ... the words that open what the rules of a team after a name look for (:data:`_TEAM`,
#: :data:`_FOLLOWERS`, :data:`_CLUB_SUFFIX`, :data:`_RESULT`, :data:`_SCORE`, :data:`_OFFICE`),
#: maybe after two capitalised words: one match at a town's end that fails where all of
#: them would (most towns are followed by none: they are asked only where it matches)
_SIDE_AFTER = re.compile(
    rf"[ \t]++(?:[A-Z][A-Za-z0-9.\-]*[ \t]++){{0,2}}(?:{_TEAM_WORDS}|{_PLAYER_WORDS}|players"
    r"|United|Rovers|Wanderers|Hotspur|Albion|Argyle|Academicals|City|A|F"
    r"|drew|beat|won|lost|thrashed|were|was|by|\d|administration|presidency|era)")
#: the folded first words of a saint's name ("St Michael", "Saint-Denis", "Ste. Anne")
_SAINT_KEYS = ("st ", "saint ", "ste ", "sainte ")
#: ... and a team's name of one or two capitalised words of any number before a noun of
#: its followers or players ("Brisbane Lions supporters", "Melbourne Storm fans", "Perth
#: Scorchers players"), which a service club's ("Lions Club") or a body's people are not
#: called; not an event's ("the London Marathon fans"), a body's singular head's ("the
#: Sydney Symphony fans") nor a person's ("Nairobi Raila supporters", of a story that
#: writes Raila Odinga)
_FOLLOWERS = re.compile(r"[ \t]++([A-Z][A-Za-z]*+)(?:[ \t]++([A-Z][A-Za-z]*+))?+[ \t]++"
                        r"(?:fans|supporters|players)\b")
#: a dish named after a place, or a breed named after one (its name is the dish's or the
#: breed's, not the place's): a noun of a dish right after the name ("Peking duck",
#: "Yorkshire pudding", "Bombay mix", "Singapore Sling", "Brussels sprouts"), a noun of a
#: food made there or of a breed, maybe after one word, after a name that is not a
#: country's ("Kobe beef", "Parma ham", "Hereford cattle", "Rhode Island Red hens",
#: "Staffordshire bull terrier"), or a breed's noun right after a country's ("Jersey cows",
#: "Guernsey cattle"; "Brazil beef exports", "Kenya dairy cows" are the countries', a food's
#: noun or a word between, and so are "US cattle" and "Kenya cattle prices" below);
#: "a restaurant in Peking" stays the place.  A cloth's or a garment's noun right after a
#: name makes it the cloth's as a dish's does ("Madras cloth", "Madras checks", "Donegal
#: tweed", "Nottingham lace", "a Fair Isle jumper")
_DISH = re.compile(r"[ \t]++(?:duck|ducks|pudding|puddings|mix|noodles|sprouts|[Ss]ling|tart"
                   r"|tarts|bun|buns|cake|cakes|wings|sauce|mustard"
                   r"|cloth|checks|tweed|tweeds|lace|jumper|jumpers"
                   # (and the drink's words of :data:`_DRINK_BEFORE`'s rule, read in the same
                   # match: a drink's noun, group 1, or a noun of its trade, group 2)
                   r"|(wines?+|teas?+|brandy|cider|whiske?y)\b(?![ \t]++(?:farms?+|estates?+"
                   r"|gardens?+|regions?+|country|valleys?+|routes?+|trails?+|tours?+"
                   r"|growers?+|towns?+|districts?+|areas?+))|(sales|exports?+|imports?+"
                   r"|shipments|makers?+|producers?+|houses?+|brands?+|prices))\b")
_BREED = re.compile(r"([ \t]+[A-Za-z]+)?[ \t]++(?:(beef|ham|cheese)|terriers?+|retrievers?+"
                    r"|spaniels?+|pony|ponies|cattle|cows?+|hens?+|pigs?+|hounds?+|collies?+"
                    r"|mastiffs?+|setters?+|sheepdogs?+)\b")
#: ... the nouns that open the words those two and :data:`ILLNESS_AFTER` look for, maybe
#: after one word: one match at a name's end that fails where all three would (as most
#: names are followed by none, the three are asked only where it matches)
_NOUN_AFTER = re.compile(
    r"(?:[ \t]++[A-Za-z]++)?[ \t]++(?:duck|pudding|mix|noodles|sprouts|Sling|sling|tart|bun"
    r"|cake|wings|sauce|mustard|cloth|checks|tweed|lace|jumper|wine|tea|brandy|cider|whisk"
    r"|sales|export|import|shipments|maker|producer|house|brand|prices|beef|ham|cheese"
    r"|terrier|retriever|spaniel|pon|cattle|cow|hen|pig|hound|collie|mastiff|setter|sheepdog"
    r"|virus|fever|flu|influenza|disease|encephalitis|syndrome)")
#: ... and a wine, a spirit, a tea or a cheese named after its town or region (the words
#: after the name are read by :data:`_DISH`): a name
#: right before a drink's noun ("Darjeeling tea", "Rioja wines"), right after a measure of
#: a drink and "of" ("a glass of Rioja", "a bottle of 1945 Bordeaux") or after "mature" or
#: "vintage" ("mature Cheddar"), or before a noun of its trade in a sentence of drink or
#: cheese ("Cognac sales to China fell, the spirits federation said", "Stilton makers ...
#: the blue cheese"); a country ("China wine imports"), a first-level division of known
#: people ("California wine sales") and a demonym ("Californian wine") stay places, and
#: so does a town in a sentence of drink without such a noun ("vineyards around San
#: Felipe", "Cognac, a town of brandy houses") or before a drink's noun that names its land
#: or its growers ("Paarl wine farms", "Darjeeling tea gardens")
#: (asked only after one of these ends)
_DRINK_BEFORE_ENDS = ("of ", "0 ", "1 ", "2 ", "3 ", "4 ", "5 ", "6 ", "7 ", "8 ", "9 ",
                      "mature ", "vintage ")
_DRINK_BEFORE = re.compile(r"(?:\b(?:glass|glasses|bottle|bottles|cask|casks)"
                           r"[ \t]++of(?:[ \t]++\d{4})?+|\b(?:mature|vintage))[ \t]++$")
_DRINK_WORDS = re.compile(r"\b(?:wines?+|brand(?:y|ies)|spirits|distill(?:ers?+|ery|eries)"
                          r"|whiske?y|cheeses?+|vintages?+|sommeliers?+|bottles?+|cellars?+"
                          r"|drinks?+)\b")
#: ... and the wines, spirits and teas whose name is their land's (the trade's goods): one
#: of these before a house of the trade, a producer or a maker is the
#: good's whatever its sentence holds ("Champagne house Moet", "a Rioja producer has
#: bought two estates"; "the Champagne region", "Cognac, a town" stay places, and so do
#: towns before nouns of other trades: "Bordeaux house prices", "Porto sales")
_GOODS_NAMES = frozenset(["champagne", "cognac", "armagnac", "calvados", "rioja", "chablis",
                          "sancerre", "madeira", "marsala", "barolo", "chianti", "tokaji",
                          "bordeaux", "burgundy", "port", "sherry", "speyside", "darjeeling",
                          "assam", "islay", "jerez", "porto", "douro", "medoc", "beaujolais"])
_GOODS_TRADE = re.compile(r"[ \t]++(?:houses?+\b(?![ \t]++(?:prices|sales|values?+|market"
                          r"|builders?+|buyers|owners|building))|producers?+\b|makers?+\b)")
#: ... and so is one after "a" or "an" with no noun after it, a glass or a bottle of it ("a
#: Marsala and a Madeira", "a Sancerre for her"; "a Burgundy village" is the place's)
_GOODS_ARTICLE = ("a ", "an ", "A ", "An ")
_GOODS_AFTER = re.compile(r"[ \t]*+(?:[.,;:!?)]|$|(?:and|or|for|with|from|to|into|by|at|in"
                          r"|on)\b)")
#: ... but a country's name before a breed's noun that is itself before a noun of its
#: trade is the country's ("US cattle ranchers", "Kenya cattle prices", "UK pig farmers")
_HERD_TRADE = re.compile(r"[ \t]++(?:farmers?+|farms?+|farming|ranchers?+|ranch(?:es|ing)?+"
                         r"|prices?+|exports?+|imports?+|industry|industries|markets?+"
                         r"|herds?+|sector|trade|producers?+|production|sales|numbers"
                         r"|population|breeders?+|feed|meat|disease|keepers?+|owners?+)\b")
#: ... and a place's name in a sentence of animals after a possessive and before a verb of
#: its own or a stop ("Her Chihuahua barked at every dog", "walking her Labrador, a dog of
#: ten"), or after an article and before "named" or "called" and a name ("a Labrador
#: called Max, the family's dog"), is a breed; before a noun it is the place ("a Devon man
#: had been told he could use his four dogs"), and so after an article ("Stray dogs roam
#: the Bronx.")
_ANIMAL_WORDS = re.compile(r"\b(?:dogs?+|puppy|puppies|breeds?+|pets?+|kennels?+|barked"
                           r"|barking|leash)\b")
_PET_AFTER = re.compile(r"[.,;:!?]|[ \t]++(?:is|was|were|are|has|had|named|called|bit|bites"
                        r"|barked|barks)\b")
_PET_BEFORE = ("her ", "his ", "my ", "our ", "their ", "your ", "Her ", "His ", "My ", "Our ",
               "Their ", "Your ")
_ARTICLE_BEFORE = ("a ", "an ", "the ", "A ", "An ", "The ")
_NAMED_AFTER = re.compile(r"[ \t]++(?:named|called)[ \t]++[A-Z]")
#: ... and a word that only a club's name has after its town ("Manchester United",
#: "Bolton Wanderers", "Plymouth Argyle"; not "the United States" or "United Nations"), and
#: a football club's initials, maybe after "City" ("Toronto FC", "Cork City FC", "Bournemouth
#: A.F.C.")
_CLUB_SUFFIX = re.compile(
    r"[ \t]++(?:United(?![ \t]++(?:States|Kingdom|Arab|Nations|Provinces|Church|Methodist"
    r"|Reform|Reformed|Way|Front|Party|Democratic))|Rovers|Wanderers|Hotspur|Albion|Argyle"
    r"|Academicals|(?:City[ \t]++)?+(?:A\.?)?+F\.?C)\b")
#: ... and a town after a player's noun and "from", or after "signed from" or "on loan
#: from", is the club the player comes from ("a striker from Lyon", "on loan from Leeds";
#: "a 34-year-old from Leeds" is the town); asked only after "from ", each a whole word
#: ("a shopkeeper from Leeds", "a beekeeper from Lyon" are the town).  The player's nouns
#: are not :data:`_TEAM_WORDS`' and no tuple is shared: those name any of a club's people
#: after its name ("Leeds fans", "Lyon boss"), while from a town a fan, a coach or a club is
#: the town's ("fans from Leeds travelled"), and "keeper", "playmaker" after a town's name
#: are left to it (one tuple for both drops towns of the BBC articles: Newcastle, Bolton)
_CLUB_FROM = tuple(f" {w} from " for w in (
    "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "full-back",
    "centre-back", "playmaker", "signed", "signing", "on loan"))
#: a French, Spanish, Italian or Portuguese word of a street, a square, a bridge, a gate or
#: a station and its particle before a name: the name is part of the street's or the
#: station's ("the Gare du Nord", "the Gare de Lyon", "the Place de la Concorde"), not the
#: place it is named for; read from the words of the name's run before it (the matcher
#: joins a particle to the capitalised words on either side: "Gare du Nord" is one run)
_STREET_WORDS = frozenset([
    "Gare", "Rue", "Place", "Avenue", "Boulevard", "Quai", "Pont", "Porte", "Calle", "Plaza",
    "Paseo", "Avenida", "Puerta", "Via", "Viale", "Piazza", "Piazzale", "Corso", "Ponte",
    "Porta", "Stazione", "Rua", "Praça", "Largo", "Estación", "Estação"])
_PARTICLES = frozenset(["de", "du", "des", "del", "di", "da", "do", "dos", "das", "la"])


#: a match's result after a name: a verb and a score within four words ("Newcastle drew 1-1",
#: "Brisbane beat the Storm 24-18", "Norwich City were beaten 2-0"), or a draw with or at a
#: side ("drew with Brentford"): the name is the club's, as before a team's word; so it is
#: with up to two capitalised words of the club's name between ("Toronto Maple Leafs beat
#: the Ottawa Senators 3-2", "Wigan Warriors beat Warrington Wolves 16-10")
#: up to two capitalised words of a club's name, and a match's score
_CLUB_WORDS = r"(?:[ \t]++[A-Z][A-Za-z]*+(?:-[A-Z][A-Za-z]*+)?+){0,2}?"
#: a score ("24-17"), or a cricket match's margin ("by 24 runs", "by six wickets", "by an
#: innings and 12 runs")
_A_SCORE = r"\d{1,3}[-–]\d{1,3}"
_A_MARGIN = (r"(?:\d{1,3}[-–]\d{1,3}|by[ \t]++(?:an[ \t]++innings[ \t]++and[ \t]++)?+"
             r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]++"
             r"(?:runs?|wickets?))")
_RESULT = re.compile(
    _CLUB_WORDS + r"[ \t]++(?:(?:drew|beat|won|lost|thrashed"
    r"|(?:were|was)[ \t]++beaten)[ \t]++(?:[^\s.,;]++[ \t]++){0,3}?"
    + _A_SCORE + r"\b|drew[ \t]++(?:with|at|away)\b)")
#: ... the same, where a score may be a cricket match's margin (asked only of a text with
#: "runs" or "wickets")
_RESULT_MARGIN = re.compile(
    _CLUB_WORDS + r"[ \t]++(?:(?:drew|beat|won|lost|thrashed"
    r"|(?:were|was)[ \t]++beaten)[ \t]++(?:[^\s.,;]++[ \t]++){0,3}?"
    + _A_MARGIN + r"\b|drew[ \t]++(?:with|at|away)\b)")
#: ... or between a result's verb (and "the") and the score ("Leinster beat Munster 24-17",
#: "lost to Otago 31-20", "beat Kano Pillars 2-1", "beat the Ottawa Senators 3-2")
_BEATEN = re.compile(
    r"\b(?:beat|beating|thrashed|defeated|edged|hammered|routed|lost[ \t]++to|drew[ \t]++with)"
    r"(?:[ \t]++the)?+[ \t]++$")
_SCORE = re.compile(_CLUB_WORDS + r"[ \t]++" + _A_SCORE + r"\b")
_SCORE_MARGIN = re.compile(_CLUB_WORDS + r"[ \t]++" + _A_MARGIN + r"\b")
#: ... or after "drew", "won" or "lost", the score and "with", "against" or "to" ("Hull drew
#: 1-1 with Sunderland", "lost 2-0 to Leeds"; "defeated 52-48 with Leeds councillors" is a vote),
#: or after a passive's "held" or "beaten", the score and "by" ("were held 1-1 by Fulham"),
#: maybe with "the" ("lost 112-104 to the Detroit Pistons")
_SCORED = re.compile(
    r"\b(?:(?:drew|won|lost)[ \t]++" + _A_SCORE + r"[ \t]++(?:with|against|to)|(?:held|beaten)"
    r"[ \t]++" + _A_SCORE + r"[ \t]++by)[ \t]++(?:the[ \t]++)?+$")
#: ... the words it ends with before its blanks, asked first (a test of the window's end:
#: the pattern is searched at every place of the window)
_SCORED_ENDS = ("with", "against", "to", "by", "the")
#: the places a side is named for: towns, and counties and states ("Kerry beat Dublin 1-15
#: to 0-14", "Texas beat Oklahoma 34-30", "Leinster beat Munster 24-17"); a country's side
#: is its nation's, and so is that of the UK's four nations, its first-level divisions
#: ("England beat Fiji 26-21" names England as "Fiji" names Fiji)
_SIDES = frozenset([CITY, CAPITAL, REGION, COUNTY, DISTRICT])
#: ... in a story that gives a match's result with its score (a result's verb, then the
#: score within four words), a result without one names sides too: a name right before
#: "lost", "beat" or "drew" ("Green Bay lost at home to Detroit", "Mayo lost to Galway by a
#: point") or right after "lost to", "drew with" ("lost to Galway", "drew with Hibernian")
_BARE_AFTER = (" lost ", " beat ", " drew ", " won ", " thrashed ", " defeated ",
               " were beaten ", " was beaten ", " held ")  # ("held" before a name only)
#: ... the result's verbs before the side (a draw held, lost to, beaten), asked here and
#: by :data:`_PLAYED_AT`
_RESULT_VERBS = ("lost to", "beat", "defeated", "thrashed", "drew with", "held")
_BARE_BEFORE = (*(f" {w} " if w == "held" else f"{w} " for w in _RESULT_VERBS),
                "at home to ", "away to ", "at home with ")  # (not "upheld", "withheld")
#: ... their first four letters and the last four characters, asked first (a slice and a
#: set: most towns stand at none)
_BARE_HEADS = frozenset(w[1:5] for w in _BARE_AFTER)
_BARE_TAILS = frozenset(w[-4:] for w in _BARE_BEFORE)
#: ... and so in a story that writes how a match ended, in words that only a match's end
#: has: a draw held or earned, overtime, extra time, penalties, a place in the league's table,
#: a series won or lost ("Toronto defeated Miami in overtime", "Leeds lost to Everton on
#: penalties", "Milan beat Napoli to go top of the table", "Madrid held Barcelona to a draw",
#: "Boston won the series"; "won the prize draw" is none)
_MATCH_ENDINGS = ("to a draw", "goalless draw", "scoreless draw", "in overtime",
                  "extra time", "on penalties", "penalty shoot", "of the table",
                  "won the series", "lost the series", "swept the series")
#: ... or where a side beaten, held or lost to is followed by where the match was played
#: ("Leeds lost to Everton at home", "beat the Rams on the road"; "lost their jobs at home"
#: is none): searched once a text, after the endings, and only where a town stands at a
#: result's verb (compiled at first use)
_PLAYED_AT = (
    r"\b(?:" + "|".join(w.replace(" ", r"[ \t]++") for w in _RESULT_VERBS)
    + r")(?:[ \t]++the)?+(?:[ \t]++[A-Z][\w'-]*+){1,3}[ \t]++(?:at[ \t]++home"
    r"|away[ \t]++from[ \t]++home|on[ \t]++the[ \t]++road)\b")
#: ... its words, asked first (the expression is searched only in a text that has one)
_PLAYED_AT_WORDS = (" at home", " away from home", " on the road")


@functools.cache
def _played_at() -> re.Pattern[str]:
    """:data:`_PLAYED_AT`, compiled at first use (and by the plugin's load, which keeps
    its code)."""
    return re.compile(_PLAYED_AT)


#: ... the verb before a score ("beat Oklahoma 34", "drew 1"), up to the score's first
#: number (asked at each hyphen or dash between digits, see :func:`_scored_result`)
_VERB_BEFORE_SCORE = re.compile(
    r"\b(?:drew|beat|won|lost|thrashed|defeated|beaten)[ \t]++(?:[^\s.,;]++[ \t]++){0,3}?"
    r"\d{1,3}$")


def _scored_result(text: str) -> bool:
    """Whether the text gives a match's result with its score: a result's verb, then within
    four words a score ("beat Oklahoma 34-30", "drew 1-1"); found from the hyphens and
    dashes between digits, few in most texts, not by searching the whole text."""
    for dash in ("-", "\u2013"):
        i = text.find(dash, 1)
        while i > 0:
            if text[i - 1].isdigit() and text[i + 1:i + 2].isdigit() and (
                    _VERB_BEFORE_SCORE.search(text, i - 60 if i > 60 else 0, i) is not None):
                return True
            i = text.find(dash, i + 1)
    # (or a cricket match's margin: "beat Yorkshire by 24 runs", found from its last word)
    for unit in (" runs", " wickets"):
        i = text.find(unit, 1)
        while i > 0:
            if _VERB_BEFORE_MARGIN.search(text, i - 80 if i > 80 else 0, i) is not None:
                return True
            i = text.find(unit, i + 1)
    return False


#: ... the verb before a margin, up to its number ("beat Yorkshire by 24", "won by an
#: innings and 12")
_VERB_BEFORE_MARGIN = re.compile(
    r"\b(?:beat|won|lost|thrashed|defeated|beaten)[ \t]++(?:[^\s.,;]++[ \t]++){0,3}?by"
    r"[ \t]++(?:an[ \t]++innings[ \t]++and[ \t]++)?+"
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)$")


#: a capital after a lower-case letter: "BoE", "DfT", "MoD", short forms of bodies (read
#: as abbreviations in :func:`resolve`, as "US" in capitals is)
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
#: nouns of a listed firm's stock: a name before one that the story also writes inside a
#: longer name is the firm's ("RJ Reynolds Tobacco ... Reynolds shares"; "London shares"
#: alone is the market's)
_STOCK_WORDS = r"shares|stock|stocks|shareholders"
#: three at once, as :func:`resolve` asks them of every name: a match is
#: ``_LOCAL_NOUN``'s when its first group is set, ``_SPEECH``'s when its second is, a
#: stock's when its third is (no word is in two; a team's word is asked by :func:`_reject`,
#: with :data:`_TEAM`)
_AFTER_NAME = re.compile(
    rf"[ \t]++({_LOCAL_NOUNS})\b|[ \t]*+({_SPEECH_WORDS})\b|[ \t]++({_STOCK_WORDS})\b")
#: a saint's name opens these (folded): before a possessive and a capitalised word, a
#: church's, school's or park's ("St. Mary's High School", "St James' Park")
_SAINT_HEADS = ("st ", "saint ", "ste ", "sainte ")
_SAINT_POSSESSIVE = lazy_regex(r"['\u2019]s?[ \t]++\p{Lu}")
#: ... or, when the possessive is part of the name ("St. John's"), a capitalised word after it
#: ("St. John's Lutheran Church"; "St. John's, Newfoundland" is the town)
_SAINT_NAME_AFTER = lazy_regex(r"[ \t]++\p{Lu}")
_POSSESSIVE = re.compile(r"['\u2019]s?\b")
#: a model year after an article or a possessive, right before a name: the name is a maker's
#: ("a 2007 Toyota Camry", "her 2015 Mercedes"), whatever its size; "the 2008 Beijing
#: Olympics" is the town's
_MODEL_YEAR = re.compile(
    r"\b(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)[ \t]++(?:19|20)\d\d[ \t]++$")
#: a maker's verb and, within three words, its works or earnings after a name: the name is a
#: firm's ("Toyota will build a plant", "Toyota posted record profits") where the story never
#: names the town's country (see :func:`_reject`)
_MAKER = re.compile(
    r"[ \t]++(?:(?:will|would|is[ \t]++to|plans[ \t]++to)[ \t]++)?+"
    r"(?:build|builds|built|open|opens|opened|close|closes|closed|posted|posts|reported"
    r"|recall|recalls|recalled|sell|sells|sold|produce|produces|produced"
    r"|ship|ships|shipped|deliver|delivers|delivered)"
    r"[ \t]++(?:(?:[^\s.,;]|(?<=\d)[.,](?=\d))++[ \t]++){0,3}?"
    r"(?:plants?|factory|factories|profits?|earnings|sales"
    r"|vehicles|cars)\b"
    # ... or a firm's own people right after the name ("Toyota executives"; a town has a
    # spokeswoman too: "an Arlington spokeswoman")
    r"|[ \t]++(?:executives|shareholders|dealers)\b")
#: a town name before these is a leader's ("the Lincoln presidency"), whatever its size
_OFFICE = re.compile(r"[ \t]++(?:administration|administrations|presidency|era)\b")


class Resolved(NamedTuple):
    """A mention kept as a place: the chosen entry, its score and the evidence."""

    start: int
    end: int
    entry: int
    demonym: bool
    score: float
    evidence: tuple[str, ...]


class _Context:
    """What the whole document says: countries, regions and points named, by name."""

    def __init__(self) -> None:
        # (plain dicts of counts: cheaper to make per document than Counters)
        self.countries: dict[str, dict[str, int]] = {}
        self.admin1: dict[str, dict[str, int]] = {}
        self.points: dict[str, tuple[float, float]] = {}
        #: the points as a grid, made once all are known (:meth:`done`)
        self.near: Proximity = Proximity({})
        #: the points of the seas, bays and lakes named in full, and then (see :meth:`done`)
        #: them as a grid, when there are any (read only by :func:`_choose`)
        self.water_points: dict[str, tuple[float, float]] = {}
        self.water: Proximity | None = None
        self.total_countries: dict[str, int] = {}
        self.total_admin1: dict[str, int] = {}
        #: the regions written out (by their own name or as a qualifier), by name
        self.named_admin1: dict[str, dict[str, int]] = {}
        self.total_named_admin1: dict[str, int] = {}
        #: the region written out most often, when one is (see :meth:`done`)
        self.focus = ""
        #: the countries of the regions written out
        self.division_countries: frozenset[str] = _EMPTY
        #: ... and those of them that hold most of their country's people ("England")
        self.broad: set[str] = set()
        #: the regions written out as the demonym of people or goods ("Texan tourists",
        #: "Scottish fans": see :func:`_of_people`), by how often so, and then (see
        #: :meth:`done`) those named no other way
        self.people: dict[str, int] = {}
        self.people_only: frozenset[str] = _EMPTY

    def done(self) -> None:
        """Index the points for :meth:`Proximity.near` (after the last :meth:`add`)."""
        self.near = Proximity(self.points)
        if self.water_points:
            self.water = Proximity(self.water_points)
        if self.people:
            self.people_only = frozenset(a1 for a1, n in self.people.items()
                                         if self.total_named_admin1.get(a1, 0) <= n)
        self.division_countries = frozenset(a1.split(".", 1)[0] for a1 in self.total_named_admin1
                                            if a1 not in self.people_only)
        # the story's own region: written out at least twice, and more often than any other
        counts = sorted(((n, a1) for a1, n in self.total_named_admin1.items()
                         if a1 not in self.broad), reverse=True)
        if counts and counts[0][0] >= 2 and (len(counts) == 1 or counts[0][0] > counts[1][0]):
            self.focus = counts[0][1]

    def add(self, key: str, country: str, admin1: str, n: int, named: bool = False,
            broad: bool = False) -> None:
        if broad:
            self.broad.add(admin1)
        if admin1 and named:
            own = self.named_admin1.setdefault(key, {})
            own[admin1] = own.get(admin1, 0) + n
            self.total_named_admin1[admin1] = self.total_named_admin1.get(admin1, 0) + n
        if country:
            own = self.countries.setdefault(key, {})
            own[country] = own.get(country, 0) + n
            self.total_countries[country] = self.total_countries.get(country, 0) + n
        if admin1:
            own = self.admin1.setdefault(key, {})
            own[admin1] = own.get(admin1, 0) + n
            self.total_admin1[admin1] = self.total_admin1.get(admin1, 0) + n

    def drop(self, key: str, country: str, n: int) -> None:
        """Take back ``n`` of the mentions of ``key`` that :meth:`add` counted for
        ``country`` (before :meth:`done`)."""
        if not n:
            return
        own = self.countries[key]
        own[country] -= n
        if not own[country]:
            del own[country]
            if not own:
                del self.countries[key]
        self.total_countries[country] -= n
        if not self.total_countries[country]:
            del self.total_countries[country]


class _LowerWords:
    """Whether a word occurs in lower case in the text.

    The first few questions search the text; after that its words are read
    once into a set, so that a story of many names costs one scan, not one
    per name.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: set[str] | None = None
        self.asked = 0
        #: the answers given by the current way of asking (a name is asked once a mention)
        self.known: dict[str, bool] = {}
        #: whether a capitalised word stands alone before a verb of people (see
        #: :meth:`speaks`), asked once a word
        self.speakers: dict[str, bool] = {}
        #: past the first few such questions, the words right before a verb of people and
        #: where they end (see :func:`_before_speech`), read once
        self.before_speech: dict[str, list[int]] | None = None
        #: whether the text gives a match's result with its score (see :meth:`scored`)
        self.result: bool | None = None
        #: whether the text writes how a match ended (see :meth:`played`)
        self.ended: bool | None = None
        #: whether the text writes "runs" or "wickets": it may give a cricket match's
        #: margin ("by 24 runs"), read as a score (asked once a text, by the first town)
        self.margin: bool | None = None
        #: where the text's last "the province", "the state" or "the territory" starts
        #: (see :meth:`ranked_after`), -1 where it has none
        self.last_rank: int | None = None

    def ranked_after(self, end: int) -> bool:
        """Whether the text names a division by its rank ("the province") at or after
        ``end``, as :data:`_RANK_AFTER` reads it.  Its last match is found once a text and
        each mention compared with it: a search from each mention to the end of the text
        was n² in a story's mentions of divisions (the matches cannot overlap, so the
        last is at or after ``end`` exactly when one is)."""
        if self.last_rank is None:
            self.last_rank = -1
            for m in _RANK_AFTER.finditer(self.text):
                self.last_rank = m.start()
        return self.last_rank >= end

    def scored(self) -> bool:
        """Whether the text gives a match's result with its score ("beat Oklahoma 34-30",
        "drew 1-1"), asked once a text."""
        if self.result is None:
            self.result = _scored_result(self.text)
        return self.result

    def played(self) -> bool:
        """Whether the text writes how a match ended, as only a match ends (see
        :data:`_MATCH_ENDINGS`: "in overtime", "on penalties", "to a draw"), asked once a
        text, and only where a town stands at a result's verb."""
        if self.ended is None:
            text = self.text
            self.ended = any(ending in text for ending in _MATCH_ENDINGS)
            if not self.ended and any(venue in text for venue in _PLAYED_AT_WORDS):
                self.ended = _played_at().search(text) is not None
        return self.ended

    def speaks(self, word: str) -> bool:
        """Whether ``word`` stands alone right before a verb of people somewhere in the text,
        not after "the" or a capitalised word ("Hilton said", not "the Cowboys said" or
        "Paris Hilton said"): the story writes it as a person's surname."""
        found = self.speakers.get(word)
        if found is None:
            if len(self.speakers) < _SEARCHES or _SPEAKER_WORD.fullmatch(word) is None:
                found = _speaks(self.text, word)
            else:  # (past the first few words: a search each is n² in distinct words)
                if self.before_speech is None:
                    self.before_speech = _before_speech(self.text)
                n = len(word)
                found = any(_no_name_before(self.text, j - n)
                            for j in self.before_speech.get(word, ()))
            self.speakers[word] = found
        return found

    def has(self, word: str) -> bool:
        if self.words is not None:
            return word in self.words
        self.asked += 1
        if self.asked == _SEARCHES + 1:
            self.known.clear()  # (the way of asking changes: see :func:`_among_words`)
        found = self.known.get(word)
        if found is None:
            found = self.known[word] = self._search(word)
        return found

    def _search(self, word: str) -> bool:
        if self.asked > _SEARCHES:
            # (every word, split at anything but a letter; a lower-case word is found as
            # itself, and a key is always in lower case)
            if self.asked <= _SEARCHES_BEFORE_SET:
                return _among_words(self.text, word)
            self.words = set(self.text.translate(_NOT_LETTERS).split())
            return word in self.words
        text = self.text
        i = text.find(word)
        while i >= 0:
            j = i + len(word)
            if (i == 0 or not text[i - 1].isalpha()) and (
                    j >= len(text) or not text[j].isalpha()):
                return True
            i = text.find(word, j)
        return False


def _full_name(text: str, start: int, before: tuple[str, ...]) -> bool:
    """Whether the one capitalised word right before the name at ``start`` is a given name
    that opens a person's full name inside a sentence ("Michael Jordan won"): a word of
    letters, no month or day, after a lower-case word or a comma."""
    if len(before) != 1 or not before[0].isalpha() or before[0] in _NOT_GIVEN:
        return False
    words = text[max(0, start - len(before[0]) - 30):start].split()
    return len(words) > 1 and words[-1] == before[0] and (
        words[-2][-1:] == "," or words[-2].islower())


def _speaks(text: str, word: str) -> bool:
    """See :meth:`_LowerWords.speaks` (one search for the word, then its surroundings)."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if _SPEECH.match(text, j) and (i == 0 or not (
                text[i - 1].isalnum() or text[i - 1] in "'\u2019.-")) and _no_name_before(text, i):
            return True
        i = text.find(word, j)
    return False


def _no_name_before(text: str, i: int) -> bool:
    """Whether the word at ``i`` follows neither "the" nor a capitalised word."""
    before = text[max(0, i - 40):i].split()
    return not before or (before[-1] not in ("the", "The") and not (
        before[-1][:1].isupper() and i > 0 and text[i - 1] == " "
        and before[-1][-1:].isalpha()))


#: the words :func:`_speaks` reads from :func:`_before_speech`: letters, digits and the
#: characters that join them into one word for it (no other character can start a place
#: of the word that an earlier place of it overlaps, so no place of it is skipped)
_SPEAKER_WORD = re.compile(r"(?:[^\W_]|['\u2019.\-])+")
#: ... such a word that ends where the search ends (its start: the first place from which
#: the word's characters reach that end)
_SPEAKER_WORD_END = re.compile(r"(?:[^\W_]|['\u2019.\-])++\Z")
#: every place a verb of people starts, overlapping ones too
_SPEECH_AT = re.compile(rf"(?=(?:{_SPEECH_WORDS})\b)")


def _before_speech(text: str) -> dict[str, list[int]]:
    """For each word of :data:`_SPEAKER_WORD` right before a verb of people (maybe after
    spaces or tabs), where it ends: one scan of the text for the verbs, each read back to
    the start of its word, where :func:`_speaks` searched the text for each word.

    A word is read back from the verb by a search of the few characters before it
    (:data:`_SPEAKER_WORD_END`, widened while the word reaches the window's start), not
    by listing every word of the text."""
    out: dict[str, list[int]] = {}
    word_end = _SPEAKER_WORD_END.search
    for q in _SPEECH_AT.finditer(text):
        j = q.start()
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if j == 0:
            continue
        width = 16
        while True:
            lo = j - width if j > width else 0
            word = word_end(text, lo, j)
            if word is None or word.start() > lo or lo == 0:
                break
            width *= 4  # (the word may begin before the window: read a wider one)
        if word is not None:
            out.setdefault(text[word.start():j], []).append(j)
    return out


_SEARCHES = 8
#: what separates words for :class:`_LowerWords`: ASCII's and the common typographic
#: marks that are not letters (other characters stay attached, as in no English word)
_NOT_LETTERS = dict.fromkeys(
    [c for c in range(128) if not chr(c).isalpha()]
    + [ord(c) for c in "\u00a0\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019\u201a"
       "\u201b\u201c\u201d\u201e\u201f\u2026\u00ab\u00bb\u2039\u203a\u00b7\u2022"
       "\u00bf\u00a1\u00b4\u02bc"], " ")
#: ... the set is read only after this many questions: until then each is one search for
#: the word between separators (:func:`_among_words`), cheaper than reading every word
_SEARCHES_BEFORE_SET = 64
_SEPARATOR = re.compile("[\\s" + "".join(re.escape(chr(c)) for c in _NOT_LETTERS) + "]")


def _among_words(text: str, word: str) -> bool:
    """``word in set(text.translate(_NOT_LETTERS).split())``, by searching for it."""
    if not word or _SEPARATOR.search(word):
        return False
    is_separator = _SEPARATOR.match
    n = len(text)
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or is_separator(text, i - 1)) and (j == n or is_separator(text, j)):
            return True
        i = text.find(word, j)
    return False


def _prior(gaz: Gazetteer, idx: int, flags: int, ev: list[str] | None = None) -> float:
    """The points of a candidate from its kind and population; with ``ev``, the reasons
    are appended to it (written only for the names that are kept: :func:`_explain`)."""
    f = gaz.feature[idx]
    pop = 0
    if f in _PRIOR:
        p, what = _PRIOR[f], FEATURES[f]
    elif f == REGION:
        if gaz.country(idx) == "US" and gaz.admin1_key(idx) and flags & FLAG_ADMIN1:
            p, what = 8.0, "US state"
        elif flags & FLAG_ADMIN1:
            # (one whose people the supplement counts, a region of it that GeoNames holds
            # as a division, "England", "Scotland", "Chechnya", weighs as that region did)
            p, what = (7.0, "first-level division of known population") if gaz.pop[idx] else (
                5.5, "first-level division")
            held = gaz.holds[idx]
            if math.log10(held + 10) > p:
                # (a division holds at least the people of its biggest town: it weighs as
                # much as that town, so that a namesake town abroad of fewer people does
                # not take its name, "Victoria" of Hong Kong, 956,800 people, from the
                # Australian state, which holds Melbourne)
                p = math.log10(held + 10)
                what = f"first-level division holding a town of {held} people"
        else:
            p, what = (7.0 if gaz.pop[idx] else 4.5), "region"
    else:
        pop = gaz.pop[idx]
        p, what = math.log10(pop + 10), ""
    base = p
    capital = f == CAPITAL
    alternate = not flags & (FLAG_PRIMARY | FLAG_DEMONYM | FLAG_ABBREV)
    # (only the capital's own name is named like the division: an alternate spelling of
    # it is not, "Philadelphia", an old name of Amman, whose governorate bears "Amman")
    namesake = capital and not alternate and _division_namesake(gaz, idx)
    if capital:
        p += 1.5
    if namesake:
        p += 1.5
    short = alternate and bool(flags & FLAG_SHORT)
    if alternate:
        p -= SHORT_FORM if short else 2.5
    if ev is not None:
        ev.append(f"{what} +{base:.3g}" if what else f"population {pop} +{base:.1f}")
        if capital:
            ev.append("national capital +1.5")
        if namesake:
            ev.append("national capital named like a division of its country +1.5")
        if short:
            ev.append(f"a short form of its name -{SHORT_FORM:g}")
        elif alternate:
            ev.append("alternate spelling -2.5")
    return p


#: the word after a demonym, in lower case (see :func:`_of_people`)
_WORD_AFTER = re.compile(r"[ \t]([a-z]+)")
#: ... the nouns of its state's bodies, which act on its own ground ("Scottish police")
_STATE_NOUNS = frozenset(["police", "government", "ministers", "minister", "parliament",
                          "army", "troops", "soldiers", "officials", "authorities", "courts"])


def _of_people(text: str, m: Mention) -> bool:
    """Whether the demonym ``m`` is the adjective of the noun after it, a noun of people,
    firms or goods that go about ("Texan tourists", "Scottish rugby fans", "a Texan oil
    firm"): it says where they come from.  A plural ("Ohioans") is the region's people
    themselves, and a body of its state (:data:`_STATE_NOUNS`) acts on its own ground."""
    if text[m.end - 1:m.end] in ("s", "S"):
        return False
    word = _WORD_AFTER.match(text, m.end)
    return word is not None and word.group(1) not in _STATE_NOUNS


#: nouns of people who come to a place from elsewhere, to see, perform or buy: a first-level
#: division written out right before one says where they come from ("Ohio tourists", "Texas
#: investors", "a Virginia choir"), as its demonym before people does (not "fans": a US
#: state before it names a college's team, whose fans are at home, "Georgia fans in Athens")
_VISITORS = frozenset(["tourists", "visitors", "travellers", "travelers", "holidaymakers",
                       "pilgrims", "investors", "buyers", "retirees", "choir", "choirs",
                       "orchestra", "delegation", "backpackers"])
#: ... and the nouns of visitors before "from" and the division: there a team's fans and
#: supporters have come from it too ("Rugby supporters from Scotland travelled to Perth")
_VISITORS_FROM = _VISITORS | {"fans", "supporters"}
#: the noun before "from" (and "the") that ends right before a division written out
_FROM_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z][a-z]+)[ \t]from[ \t](?:the[ \t])?\Z")


def _of_visitors(text: str, m: Mention) -> bool:
    """Whether the division written out as ``m`` is the modifier of a noun of
    :data:`_VISITORS` right after it, or follows such a noun and "from" ("Tourists from
    Ontario jammed the ferries out of Kingston", "supporters from Scotland")."""
    word = _WORD_AFTER.match(text, m.end)
    if word is not None and word.group(1) in _VISITORS:
        return True
    before = _FROM_BEFORE.search(text, max(0, m.start - 30), m.start)
    return before is not None and before.group(1).lower() in _VISITORS_FROM


#: verbs of people moving from one country to another: a country's demonym before a noun of
#: people and one of these, then "to" or "in" right before another country's name, names
#: people of the country who went to that one ("Venezuelan families who fled to Spain",
#: "Argentine doctors who settled in Spain", "Argentine families who fled the 2001 crisis to
#: Spain": see :func:`_movers`)
_MOVING = frozenset(["fled", "moved", "emigrated", "migrated", "relocated", "resettled",
                     "settled", "arrived", "went", "came", "sailed", "escaped"])
#: ... the "to" or "in" before the country they went to
_START = operator.attrgetter("start")
_MOVED_TO = re.compile(r"[ \t](?:to|in)[ \t](?:the[ \t])?(?=[A-Z])")


def _movers(text: str, gaz: Gazetteer, ms: list[Mention], mentions: Sequence[Mention],
            cc: str, went: set[str]) -> int:
    """How many of the mentions ``ms`` of country ``cc``'s demonym name people of the
    country who went to another that the story names (:data:`_MOVING`): the country they
    left does not place the story's towns, the one they went to does ("Venezuelan families
    who fled to Spain opened bakeries in Valencia" is Spain's Valencia).  Its people
    without a verb of moving are at home ("Venezuelan families in Valencia queued for
    food"), as are those who moved to a town ("... who moved to Valencia from Caracas").
    The countries they went to are added to ``went``: where the story names the country
    they left no other way, it is told in the one they went to, and that country's towns
    and counties gain as if its name followed them after a comma (:data:`MOVED_TO`:
    "Filipino nurses who moved to Canada now staff the hospitals of London and Windsor" are
    Ontario's towns, though London is England's capital and the two lie 170 km apart; in a
    story that names Russia, "Russian artists who emigrated to the U.S." leave Moscow to
    Russia)."""
    n = 0
    for m in ms:
        # (a verb of moving among the four words after the demonym's noun, asked first)
        if _MOVING.isdisjoint(text[m.end:m.end + 60].split(None, 5)[1:5]):
            continue
        moved = _MOVED_TO.search(text, m.end, m.end + 100)
        if moved is None:
            continue
        # (words in lower case only between, a noun of people first and a verb of moving
        # after it: no clause's or sentence's end, "... moved here. In Spain")
        words = text[m.end:moved.start()].split()
        if not 2 <= len(words) <= 9 or _MOVING.isdisjoint(words[1:]) or not all(
                (w.isalnum() and w.islower()) or w.isdigit() for w in words):
            continue
        # (the mentions run left to right: the one opening where the words end, if any)
        at = moved.end()
        k = bisect_left(mentions, at, key=_START)
        if k < len(mentions) and mentions[k].start == at:
            to = [gaz.country(i) for i, _fl in mentions[k].candidates
                  if gaz.feature[i] == COUNTRY and gaz.country(i) != cc]
            if to:
                n += 1
                went.update(to)
    return n


#: the words that join two names side by side ("Kingston and Surbiton", "from San Jose to
#: Cartago"; not a comma, which may open a qualifier: "Dover, Kent")
_JOINS = frozenset([" and ", " or ", " to ", " & "])
_BESIDE_SET = frozenset((_BESIDE_MARK,))
#: the points a town gains named side by side with a town within NEAR_KM of it
BESIDE = 3.0
#: names with more town candidates than this are not paired (a bound on the work)
_BESIDE_MOST = 24


def _beside(gaz: Gazetteer, c1: tuple[tuple[int, int], ...], c2: tuple[tuple[int, int], ...]
            ) -> tuple[frozenset[str], frozenset[str]]:
    """The marks (``&entry``) of the towns of each name, by their own name and of
    :data:`TOWN_AFTER_LOCATIVE` people or more, that lie within :data:`NEAR_KM` of such a
    town of the other: two towns named side by side are near each other
    ("Kingston and Surbiton" is Kingston upon Thames, "San Jose and Sunnyvale" California's
    city).  A name that a country or a first-level division bears (:func:`_land_named`:
    "Oregon and Washington"), that has no namesake, or all of whose towns lie so near gains
    nothing; and
    where a national capital of a million people or more bears either name away from the
    other, neither does (news names such a capital alone: "London and Paris" are no towns
    of Ontario)."""
    t1 = [i for i, fl in c1 if fl & _OWN_NAME and gaz.feature[i] in (CITY, CAPITAL)
          and gaz.pop[i] >= TOWN_AFTER_LOCATIVE]
    t2 = [i for i, fl in c2 if fl & _OWN_NAME and gaz.feature[i] in (CITY, CAPITAL)
          and gaz.pop[i] >= TOWN_AFTER_LOCATIVE]
    if not t1 or not t2 or len(t1) > _BESIDE_MOST or len(t2) > _BESIDE_MOST or (
            _land_named(gaz, c1) or _land_named(gaz, c2)):
        return _EMPTY, _EMPTY  # (and "Oregon and Washington" are states)
    near1: set[int] = set()
    near2: set[int] = set()
    lat, lon = gaz.lat, gaz.lon
    deg = NEAR_KM / 111.0
    for i in t1:
        li, oi = lat[i], lon[i]
        for j in [j for j in t2 if abs(lat[j] - li) <= deg]:
            if km(li, oi, lat[j], lon[j]) <= NEAR_KM:
                near1.add(i)
                near2.add(j)

    if not near1 or any(gaz.feature[i] == CAPITAL and gaz.pop[i] >= MAJOR_CITY and i not in near
                        for towns, near in ((t1, near1), (t2, near2)) for i in towns):
        return _EMPTY, _EMPTY

    def marks(cands: tuple[tuple[int, int], ...], near: set[int]) -> frozenset[str]:
        if len(cands) < 2 or len(near) == len(cands):
            return _EMPTY
        return frozenset(f"&{i}" for i in near)

    return marks(c1, near1), marks(c2, near2)


#: what parts the names of a list: a comma, or a closing "and" or "or" ("Perth, Dundee,
#: Stirling and Inverness"; a comma with a word of its own is a qualifier, "Kingston, south-west
#: London", and no list)
_LIST_SEPS = frozenset([", ", " and ", " or ", ", and ", ", or "])
_LIST_MARK = "@list"


def _listed(gaz: Gazetteer, cs: Sequence[tuple[tuple[int, int], ...]]
            ) -> list[frozenset[str]]:
    """The marks (``&entry``) of each name of a list of three names or more ("Perth,
    Dundee, Stirling and Inverness", "Kingston, Wimbledon and Croydon") that a list gives,
    as :func:`_beside` gives two joined names: of a name's towns (by their own name), those
    near (within :data:`NEAR_KM`) a town of the most other names of the list, when that is
    two names or more and not every candidate: the other names agree on one land around it.
    A town near one other name's alone gains nothing ("London, Paris, Tokyo and New York":
    London and Paris of Ontario lie near each other, the capitals stand; "the counties
    Douglas, Lancaster and Sarpy" is no Isle of Man's capital near England's Lancaster).
    A name a country or a first-level division bears is no town of the list and gains
    nothing ("France, Germany, Italy and Spain"); a list across the world has no towns near
    each other ("Tokyo" and "New York")."""
    feature, lat, lon = gaz.feature, gaz.lat, gaz.lon
    towns: list[list[int]] = []
    for c in cs:
        t = [] if _land_named(gaz, c) else [
            i for i, fl in c if fl & _OWN_NAME and feature[i] in (CITY, CAPITAL)]
        towns.append(t if len(t) <= _BESIDE_MOST else [])
    deg = NEAR_KM / 111.0
    out: list[frozenset[str]] = []
    for k, c in enumerate(cs):
        if len(c) < 2 or not towns[k]:
            out.append(_EMPTY)
            continue
        counts: dict[int, int] = {}
        for i in towns[k]:
            li, oi = lat[i], lon[i]
            n = 0
            for j, others in enumerate(towns):
                if j != k:
                    for o in others:
                        if abs(lat[o] - li) <= deg and km(li, oi, lat[o], lon[o]) <= NEAR_KM:
                            n += 1
                            break
            counts[i] = n
        best = max(counts.values())
        near = [i for i, n in counts.items() if n == best]
        if best < 2 or len(near) == len(c):
            out.append(_EMPTY)
        else:
            out.append(frozenset(f"&{i}" for i in near))
    return out


def _beside_a_town(gaz: Gazetteer, g: _Group, beside: list[tuple[_Group, _Group]],
                   cands_of: dict[_Group, tuple[tuple[int, int], ...]]) -> bool:
    """Whether a name that a rank, an event or a government's act makes a first-level
    division (:func:`_governed`) is named side by side with a town near one of its towns
    (:func:`_beside`): the neighbour makes it the town ("An earthquake shook Concepción and
    Talcahuano" is Chile's city, not Paraguay's department of Concepción)."""
    for ga, gb in beside:
        if g not in (ga, gb) or ga == gb or ga not in cands_of or gb not in cands_of:
            continue
        memo_beside = (_BESIDE_MARK, ga, gb)
        found = gaz.static_cache.get(memo_beside)
        if found is None:
            found = gaz.static_cache[memo_beside] = _beside(gaz, cands_of[ga], cands_of[gb])
        if found[0] if g == ga else found[1]:
            return True
    return False


def _land_named(gaz: Gazetteer, cands: tuple[tuple[int, int], ...]) -> bool:
    """Whether a country or a first-level division bears the name as its own, other than a
    division named after its own main town ("San Jose", "Valencia", "Alexandria" are the
    towns, "Oregon" the state)."""
    for i, fl in cands:
        if not fl & _OWN_NAME:
            continue
        f = gaz.feature[i]
        if f == COUNTRY:
            return True
        if f == REGION and fl & FLAG_ADMIN1:
            a1 = gaz.admin1_key(i)
            if not any(gaz.feature[j] in (CITY, CAPITAL) and gaz.admin1_key(j) == a1
                       and gaz.pop[j] >= TOWN_AFTER_LOCATIVE for j, _fl in cands):
                return True
    return False


def _division_namesake(gaz: Gazetteer, idx: int) -> bool:
    """Whether a first-level division of the capital ``idx``'s country bears its name: the
    capital is meant unless the story says otherwise ("Washington said" is the US
    government; the state needs a town of its own in the story, "Seattle")."""
    cc = gaz.country(idx)
    # (a division's name is indexed as an alias where it is its own big town's, "Madrid",
    # "Kharkiv": still the division's name, though the town takes it)
    return any(gaz.feature[i] == REGION and (flags & FLAG_ADMIN1 or gaz.admin1_key(i))
               and gaz.country(i) == cc for i, flags in gaz.lookup(fold(gaz.name(idx))))


def _qualifier(text: str, gaz: Gazetteer, end: int) -> tuple[frozenset[str], frozenset[str]]:
    """Countries and admin1 keys named right after a mention (", Texas", ", Ga.")."""
    q = _QUALIFIER.match(text, end, min(len(text), end + 40))
    if not q:
        return _NO_QUAL
    words = q.group(1)
    found_q: tuple[frozenset[str], frozenset[str]] | None = gaz.qualifier_cache.get(words)
    if found_q is not None:
        return found_q
    countries: set[str] = set()
    admin1: set[str] = set()
    parts = fold(words).split()
    for n in range(min(len(parts), 4), 0, -1):
        found = gaz.lookup(" ".join(parts[:n]))
        for idx, _flags in found:
            f = gaz.feature[idx]
            if f == COUNTRY:
                countries.add(gaz.country(idx))
            elif f == REGION and gaz.admin1_key(idx):
                admin1.add(gaz.admin1_key(idx))
            elif f == REGION:
                countries.add(gaz.country(idx))
        if found:
            break
    if len(gaz.qualifier_cache) > 100_000:
        gaz.qualifier_cache.clear()
    result = gaz.qualifier_cache[words] = (frozenset(countries), frozenset(admin1))
    return result


def _in_qualifier(text: str, gaz: Gazetteer, end: int, g: _Group,
                  cands: tuple[tuple[int, int], ...],
                  form: regex.Pattern[str] | re.Pattern[str] = _IN_QUALIFIER
                  ) -> tuple[frozenset[str], frozenset[str]]:
    """What "in" and a place right after a mention say of it, as :func:`_qualifier` reads a
    comma's place: "Perth in Scotland", "Cambridge in England", "Banff in Alberta".  Only a
    place that holds a candidate of the name is one: a country or first-level division that
    a candidate lies in, or a bigger town or a district of another name within
    :data:`HELD_KM` of a candidate town ("Richmond in London"); "Washington in Iraq" or "Paris
    in January" say nothing of the name, nor does a place holding only a place that bears it
    as an alternate or former name ("Bank of China in New York": Arcade, New York, was once
    called China).  The place's words must be the whole of a place's
    name and end the phrase (see :data:`_IN_QUALIFIER`); ``form`` :data:`_COMMA_COMPASS`
    reads a comma and a compass word instead ("Kingston, south-west London")."""
    q = form.match(text, end, min(len(text), end + 48))
    if not q:
        return _NO_QUAL
    words = q.group(1)
    memo = (g, words)
    found_q: tuple[frozenset[str], frozenset[str]] | None = gaz.qualifier_cache.get(memo)
    if found_q is not None:
        return found_q
    countries: set[str] = set()
    admin1: set[str] = set()
    held: set[str] = set()
    found = gaz.lookup(fold(words))
    # (the name's candidates by their own name, their countries and divisions: read once)
    own = [i for i, fl in cands if fl & _OWN_NAME] if found else []
    own_cc = {gaz.country(i) for i in own}
    own_a1 = {gaz.admin1_key(i) for i in own}
    local: list[int] | None = None
    for idx, flags in found:
        if flags & (FLAG_ABBREV | FLAG_DEMONYM):
            continue
        f = gaz.feature[idx]
        if f == COUNTRY:
            if gaz.country(idx) in own_cc:
                countries.add(gaz.country(idx))
        elif f == REGION and gaz.admin1_key(idx):
            if gaz.admin1_key(idx) in own_a1:
                admin1.add(gaz.admin1_key(idx))
        elif f in _LOCAL and not math.isnan(gaz.lat[idx]) and gaz.country(idx) in own_cc:
            # (a district holds what lies near its centre whatever its size; a town, the
            # smaller towns and districts near it: no namesake of its own)
            if local is None:
                local = [i for i in own if gaz.feature[i] in _LOCAL]
            cc, lat, lon, pop = gaz.country(idx), gaz.lat[idx], gaz.lon[idx], gaz.pop[idx]
            town = f in (CITY, CAPITAL)
            for i in local:
                if i != idx and abs(gaz.lat[i] - lat) <= _HELD_DEG and gaz.country(i) == cc and (
                        not town or gaz.pop[i] < pop) and (
                        km(lat, lon, gaz.lat[i], gaz.lon[i]) <= HELD_KM):
                    held.add(f"@{i}")
    if held:
        countries.add(_HELD_MARK)
        admin1 |= held
    if countries or admin1:
        countries.add(_IN_MARK)
    if len(gaz.qualifier_cache) > 100_000:
        gaz.qualifier_cache.clear()
    result = gaz.qualifier_cache[memo] = (frozenset(countries), frozenset(admin1))
    return result


def _candidate(gaz: Gazetteer, idx: int, flags: int) -> _Static:
    """A candidate's context-free part without a qualifier (memoised per process)."""
    found: _Static | None = gaz.prior_cache.get((idx, flags))
    if found is None:
        if len(gaz.prior_cache) > 200_000:
            gaz.prior_cache.clear()
        f = gaz.feature[idx]
        found = gaz.prior_cache[(idx, flags)] = (
            gaz.pop[idx], -idx, _prior(gaz, idx, flags), idx, flags, gaz.country(idx),
            gaz.admin1_key(idx), f, gaz.lat[idx], gaz.lon[idx], False,
            _is_strong(gaz, f, idx, flags))
    return found


def _qualified(t: _Static, qual: tuple[frozenset[str], frozenset[str]]) -> _Static:
    """A candidate (of :func:`_candidate`) with the points of the name's qualifiers: a comma
    qualifier naming its region or country, an opening dateline, a story's dollars."""
    p, cc, a1, f = t[2], t[5], t[6], t[7]
    qualified = False
    if a1 and a1 in qual[1]:
        p += 6.0
        qualified = True
    elif cc and cc in qual[0]:
        p += 5.0
        qualified = True
    elif _HELD_MARK in qual[0] and f"@{t[3]}" in qual[1]:
        p += 6.0
        qualified = True
    elif _MOVED_MARK in qual[0] and f in _LOCAL and f"={cc}" in qual[0]:
        p += MOVED_TO
        qualified = True
    if _BESIDE_MARK in qual[0] and f"&{t[3]}" in qual[1]:
        p += BESIDE
    if _DATELINE_MARK in qual[0]:
        if f in (CITY, CAPITAL):
            p += 2.0
        elif f == REGION and a1:
            p -= DATELINE_DIVISION
    if _NATURAL_MARK in qual[0] and f in _NATURAL:
        p += NATURAL_THE
    if _DOLLAR_MARK in qual[0] and f in _LOCAL and cc in _DOLLAR_COUNTRIES:
        p += DOLLAR
    return (t[0], t[1], p, t[3], t[4], cc, a1, f, t[8], t[9], qualified, t[11])


def _points(gaz: Gazetteer, idx: int, flags: int, qual: tuple[frozenset[str], frozenset[str]],
            national: int, admin1_named: int, close: bool, ev: list[str]) -> float:
    """The score of one candidate, with its reasons appended to ``ev``.

    ``national``, ``admin1_named`` and ``close`` are the context :func:`_choose`
    found for it (its country named, its region named, near another place).
    """
    p = _prior(gaz, idx, flags, ev)
    cc = gaz.country(idx)
    a1 = gaz.admin1_key(idx)
    f = gaz.feature[idx]
    if a1 and a1 in qual[1]:
        p += 6.0
        ev.append("qualified by its state or region +6")
    elif cc and cc in qual[0]:
        p += 5.0
        ev.append("qualified by its country +5")
    elif _HELD_MARK in qual[0] and f"@{idx}" in qual[1]:
        p += 6.0
        ev.append("qualified by the town or district holding it +6")
    elif _MOVED_MARK in qual[0] and f in _LOCAL and f"={cc}" in qual[0]:
        p += MOVED_TO
        ev.append(f"of the country {cc} the story's people went to +{MOVED_TO:g}")
    if _BESIDE_MARK in qual[0] and f"&{idx}" in qual[1]:
        p += BESIDE
        ev.append(f"named side by side with a town within {NEAR_KM:g} km +{BESIDE:g}")
    if _DATELINE_MARK in qual[0]:
        if f in (CITY, CAPITAL):
            p += 2.0
            ev.append("a town opening a dateline +2")
        elif f == REGION and a1:
            p -= DATELINE_DIVISION
            ev.append(f"a first-level division opening a dateline, which names a town "
                      f"-{DATELINE_DIVISION:g}")
    if _NATURAL_MARK in qual[0] and f in _NATURAL:
        p += NATURAL_THE
        ev.append(f"a sea, river, lake, range or island after 'the' +{NATURAL_THE:g}")
    if _DOLLAR_MARK in qual[0] and f in _LOCAL and cc in _DOLLAR_COUNTRIES:
        p += DOLLAR
        ev.append(f"a story counting in dollars, a place of a dollar country +{DOLLAR:g}")
    if national:
        bonus = 3.0
        p += bonus
        ev.append(f"country {cc} named in text +{bonus:g}")
        if national == 2:
            p += MAIN_TOWN
            ev.append(f"a main town of its country, named, beside a national capital abroad "
                      f"+{MAIN_TOWN:g}")
    if admin1_named:
        bonus = _region_bonus(f, admin1_named)
        p += bonus
        how = ("of another place of the story", "named in text", "named most in text",
               "named in text, holding most of its country's people")[
            admin1_named - 1] if f != REGION else "named in text"
        ev.append(f"region {a1} {how} +{bonus:g}")
    if close:
        p += 2.0
        ev.append(f"within {NEAR_KM:g} km of another place +2")
    return p


class _Choice(NamedTuple):
    """The chosen entry of a name, its points, and what supports it.

    ``qual`` is kept so that the reasons can be written out (:func:`_explain`)
    for the names that are kept, and only for those.
    """

    entry: int
    flags: int
    score: float
    qualified: bool  # a comma qualifier names its state or country
    regional: bool  # qualified, its state named, or near another place of the story
    #: its country named by another name of the story (1), and it a main town of its country
    #: beside a national capital abroad (2: :func:`_main_towns`)
    national: int
    strong: bool  # see :func:`_is_strong`
    qual: tuple[frozenset[str], frozenset[str]]
    admin1_named: int  # its state or region named (2) or implied by a town in it (1)
    close: bool  # within NEAR_KM of another place of the story
    options: tuple[tuple[float, _Static], ...] = ()  # local candidates within 2 points
    #: towns and divisions that a place of the story lying in them (or holding them) could
    #: make win: (points, candidate, its country named, its region named), best first
    reach: tuple[tuple[float, _Static, int, int], ...] = ()
    within: str = ""  # the name of the story's place it lies in or holds (:func:`_contain`)
    divides: bool = False  # a county, district or first-level division is in ``reach``


# (population, -entry, points from prior and qualifiers, entry, flags, country, admin1,
#  feature, lat, lon, qualified, strong) of each candidate of a name; the first two items
#  break ties between equal points
_Static = tuple[int, int, float, int, int, str, str, int, float, float, bool, bool]
_LOCAL = (CITY, CAPITAL, COUNTY, DISTRICT)
_DIVISIONS = (COUNTY, DISTRICT, REGION)
_OWN_NAME = FLAG_PRIMARY | FLAG_DEMONYM | FLAG_ABBREV | FLAG_SHORT
_MAX_CONTEXT = 8.0
_make = tuple.__new__  # (a named tuple made from its fields' tuple, without its __new__)
_EMPTY: frozenset[str] = frozenset()
_EMPTY_ENTRIES: frozenset[int] = frozenset()


class _Name(NamedTuple):
    """The context-free part of a name's resolution (see :func:`_static`)."""

    cands: tuple[_Static, ...]
    countries: frozenset[str]  # of the candidates
    admin1: frozenset[str]
    nation: bool = False  # a country, continent, world region or natural feature is one
    #: the country of a national capital among them, or of a city 30 times as populous as
    #: any namesake (see :func:`_gated`), and its population
    major: str = ""
    major_pop: int = 0
    major_capital: bool = False  # ... which is a national capital
    #: ... or a first-level division (by its own name), its population the people of its
    #: biggest town, thirty times those of a namesake town abroad (see :func:`_gated`)
    major_division: bool = False
    #: the countries and the keys of the first-level divisions among them by their own name
    #: (see :func:`_sibling`)
    divided: frozenset[str] = frozenset()
    #: the entries of the towns among them that are main towns of their country beside a
    #: national capital abroad (see :func:`_main_towns`)
    main: frozenset[int] = frozenset()


def _static(gaz: Gazetteer, g: _Group, cands: tuple[tuple[int, int], ...],
            qual: tuple[frozenset[str], frozenset[str]]) -> _Name:
    """The context-free part of each candidate's points (memoised per process).

    ``g`` stands for the candidate list (see :func:`resolve`).
    """
    memo_key = (g, qual)
    found: _Name | None = gaz.static_cache.get(memo_key)
    if found is not None:
        return found
    if len(gaz.static_cache) > 200_000:
        gaz.static_cache.clear()
    if qual[0] or qual[1]:
        out = [_qualified(_candidate(gaz, idx, flags), qual) for idx, flags in cands]
    else:
        out = [_candidate(gaz, idx, flags) for idx, flags in cands]
    if _IN_MARK in qual[0]:
        # "in" and a place holding some of the candidates decides among them: the place
        # was read as a qualifier only because the gazetteer holds the name in it
        out = [t for t in out if t[10] and t[4] & _OWN_NAME] or out
    if any(t[7] == REGION and not t[5] for t in out):
        # a world region ("Middle East", "Caribbean") is never a namesake town or county
        # that the story does not qualify ("Middle East, Md."): neither nearby places nor
        # the country named make such a town the region's namesake
        out = [t for t in out if t[7] not in _LOCAL or t[10]]
    top = max(t[2] for t in out)
    # context adds at most 8 points (3 for the country, 3 for the region, 2 for proximity):
    # a candidate further behind can never win, nor reach the best's proximity range
    out = [t for t in out if t[2] >= top - _MAX_CONTEXT]
    divisions = [t for t in out if t[7] == REGION and t[4] & FLAG_ADMIN1]
    divided = frozenset([t[5] for t in divisions] + [t[6] for t in divisions if t[6]]) if (
        divisions) else _EMPTY
    major = _major(gaz, out, cands)
    found = gaz.static_cache[memo_key] = _Name(
        tuple(out), frozenset(t[5] for t in out if t[5]), frozenset(t[6] for t in out if t[6]),
        any(t[7] in (COUNTRY, CONTINENT) or t[7] in _NATURAL or (t[7] == REGION and not t[6])
            for t in out),
        *major, divided, _main_towns(gaz, out, major[0]) if major[2] else _EMPTY_ENTRIES)
    return found


#: a town holding this share of its country's people is one of its main towns
MAIN_TOWN_SHARE = 0.02
#: ... and, its country named, it gains a national capital's points beside a capital abroad
MAIN_TOWN = 1.5


def _main_towns(gaz: Gazetteer, out: list[_Static], capital_country: str) -> frozenset[int]:
    """The towns among a national capital's namesakes abroad that hold 2% or more of their
    own country's people: Lebanon's Tripoli, its second city, beside Libya's capital.  With
    its country named in the story and the capital's not, such a town is what the story
    means as much as a capital would be: the gate on a capital's namesakes does not hold it
    (:func:`_gated`) and it gains a capital's points (:func:`_ranked`).  A smaller town
    abroad stays gated ("Lisbon" in a story naming the US is Portugal's capital)."""
    found = []
    for t in out:
        if t[7] == CITY and t[5] and t[5] != capital_country:
            country = gaz.country_entry.get(t[5])
            if country is not None and t[0] >= gaz.pop[country] * MAIN_TOWN_SHARE:
                found.append(t[3])
    return frozenset(found) if found else _EMPTY_ENTRIES


def _sibling(name: _Name, t: _Static) -> bool:
    """Whether candidate ``t`` is a town, county or district named like a first-level
    division of its country other than its own: its own division written out in the story
    gives it nothing against that division ("England and Wales" name two nations of the
    United Kingdom, not a village of England called Wales; "Vermont and Georgia" no town of
    Vermont)."""
    return t[5] in name.divided and t[7] in _LOCAL and t[6] not in name.divided


def _major(gaz: Gazetteer, out: list[_Static], cands: tuple[tuple[int, int], ...]
           ) -> tuple[str, int, bool, bool]:
    """The country and population of a national capital among a name's candidates (by its
    own name), or of a city of a million people 30 times as populous as any namesake ("Los
    Angeles"), or else of the first-level division of the name (by its own name) that holds
    the biggest town, with that town's people; and whether it is a capital, a division."""
    for t in out:
        if t[7] == CAPITAL and t[4] & _OWN_NAME:
            return t[5], t[0], True, False
    big = max(out, key=lambda t: t[0])
    if big[7] == CITY and big[0] >= MAJOR_CITY and big[4] & _OWN_NAME and _dominant(
            gaz, big[3], cands):
        return big[5], big[0], False, False
    holds, division = 0, None
    for t in out:
        if t[7] == REGION and t[6] and t[4] & FLAG_ADMIN1 and t[4] & _OWN_NAME and (
                gaz.holds[t[3]] > holds):
            holds, division = gaz.holds[t[3]], t
    if division is not None:
        return division[5], holds, False, True
    return "", 0, False, False


#: a church office's title, whose "of" right before a name names its see (see
#: :func:`resolve`): "the Archbishop of", "a bishop of", "the Diocese of", "the Patriarch of"
_SEE_BEFORE = frozenset(["bishop", "bishops", "archbishop", "archbishops", "diocese",
                         "dioceses", "archdiocese", "archdioceses", "patriarch", "patriarchs"])
#: a city this populous, 30 times as populous as any namesake, is one news names by itself
MAJOR_CITY = 1_000_000
#: a first-level division holding this many times a namesake town's people (in its biggest
#: town) is not outweighed by that town abroad with its country merely named
DIVISION_TIMES = 30


def _gated(name: _Name, t: _Static, how: int, hit_d: frozenset[str]) -> bool:
    """Whether the country named gives candidate ``t`` nothing: a smaller town, county or
    district namesake of a national capital (named by its own name), or a town namesake of
    a city of a million people 30 times as populous as any namesake ("Los Angeles" is no
    district of Madrid; Surrey, the English county, is not gated by the Canadian city), in
    another country,
    whose own region the story does not name (``how`` 0) and that no qualifier places, in
    a story that writes out no first-level division of its country (``hit_d``: a story
    that names Kentucky and Georgia is told in the US).  "Lisbon" in a story that names the
    US and San Diego is Portugal's capital, not Lisbon, Maine; "Vienna, Va." and "Vienna"
    in a story naming Virginia are the town, and "San Jose" in a story naming the US is
    the Californian city, larger than Costa Rica's capital.

    Likewise a town abroad whose namesake first-level division holds thirty times its people
    (the division's biggest town): a country merely named does not make a small town
    outweigh a province ("China and the US met in Bali" is the Indonesian province, not a
    Chinese town of 7,101 people; "Officials in Bali, Cameroon" and a story writing out a
    division of the town's country keep the town)."""
    if name.major_division:
        return not how and t[7] == CITY and t[5] != name.major and not t[10] and (
            t[0] * DIVISION_TIMES <= name.major_pop) and t[5] not in hit_d
    return bool(name.major) and not how and (
        t[7] in _LOCAL if name.major_capital else t[7] == CITY) and t[5] != name.major and (
        not t[10]) and t[0] < name.major_pop and t[5] not in hit_d and t[3] not in name.main


_Ranked = tuple[tuple[float, _Static], tuple[tuple[float, _Static], ...],
                tuple[tuple[float, _Static, int, int], ...], bool]


_Hits = tuple[_Name, frozenset[str], frozenset[str], frozenset[str], frozenset[str], _Ranked]


def _choose(gaz: Gazetteer, g: _Group, cands: tuple[tuple[int, int], ...],
            qual: tuple[frozenset[str], frozenset[str]], ctx: _Context | None,
            hits: dict[_Group, _Hits] | None = None) -> _Choice:
    """The best entry for a name, given its qualifiers and the document context.

    The reasons are written out only when asked for (:func:`_explain`), for
    the names that are kept.  ``hits`` keeps, by name, what the context's
    countries and regions give: a second call with only new points (pass 3
    of :func:`resolve`) reads it instead of asking again.
    """
    key = g[0]
    if "\x00" in key:
        key = key.split("\x00", 1)[0]  # (see :func:`resolve` for the suffix)
    memo = hits.get(g) if hits is not None else None
    if memo is None:
        memo = _hits(gaz, g, cands, qual, ctx, key)
        if hits is not None:
            hits[g] = memo
    name, hit_c, hit_a, hit_n, hit_d, ranked = memo
    score, best = ranked[0]
    close = False
    options = ranked[1]
    if options and ctx is not None and (ctx.near.any or ctx.water is not None):
        near = ctx.near.near
        # (a sea, bay or lake named in full is near a namesake of 10,000 people or more
        # within NEAR_KM of the middle of its water, which it lifts above the best:
        # "Saint John ... the Bay of Fundy"; it supports no smaller place, as a
        # neighbourhood within reach of a lake's middle, "Queen's University in Kingston
        # ... Lake Ontario", nor the best itself, which the feature's own rule reads: "cut
        # Holyhead off" by "the Irish Sea" lies by it, see _keep_held)
        water = ctx.water
        # proximity adds 2 points: only towns within 2 of the best can gain (the order of
        # (points, candidate) pairs, compared without making them)
        for sc, t in options:
            sc += 2.0
            if (sc > score or (sc == score and t > best)) and (near(t[8], t[9], key) or (
                    water is not None and t is not ranked[0][1] and t[0] >= UNIQUE_TOWN
                    and water.near(t[8], t[9], key))):
                score, best, close = sc, t, True
        if not close and best[7] == CAPITAL:
            # a national capital lying near none of the story's other places weighs
            # without its capital's points against a namesake lying near one, where the
            # story's places name no country but the namesake's ("Police in Kingston ...
            # near Napanee" is Ontario's town, "Dublin police ... near Columbus" Ohio's);
            # another country named holds it ("Jamaican police ... Kingston ... Toronto",
            # a story of Athens's Olympics naming Britain and a town of Texas); the name's
            # own country, which it names itself, is not counted
            own = ctx.countries.get(key)
            named = [cc for cc, n in ctx.total_countries.items()
                     if not own or n > own.get(cc, 0)]
            if len(named) < 2 and not near(best[8], best[9], key) and not (
                    water is not None and best[0] >= UNIQUE_TOWN
                    and water.near(best[8], best[9], key)):
                bar = score - FAR_CAPITAL
                for sc, t, _national, _how in ranked[2]:
                    if t[7] in _LOCAL and t is not best and sc + 2.0 > bar and (
                            not named or named[0] == t[5]) and (near(t[8], t[9], key) or (
                            water is not None and t[0] >= UNIQUE_TOWN
                            and water.near(t[8], t[9], key))):
                        score, best, close = sc + 2.0, t, True
                        break
    admin1_named = _how_named(best[6], hit_a, hit_n) if hit_a and not (
        name.divided and _sibling(name, best)) else 0
    # (0: no country of its named, or the country gives it nothing; 1: its country named; 2:
    # ... and it is a main town of its country beside a capital abroad, :func:`_main_towns`)
    national = (2 if best[3] in name.main else 1) if best[5] in hit_c and not (
        name.major and _gated(name, best, admin1_named, hit_d)) else 0
    if (national or admin1_named) and name.nation and best[7] in _LOCAL and not close:
        national, admin1_named = 0, 0
    return _make(_Choice, (best[3], best[4], score, best[10], best[10] or admin1_named or close,
                           national, best[11], qual, admin1_named, close, options, ranked[2],
                           "", ranked[3]))


#: the points a national capital gives way by, against a namesake near another place of the
#: story, where it lies near none (its capital's points, :func:`_points`: see :func:`_choose`)
FAR_CAPITAL = 1.5


def _hits(gaz: Gazetteer, g: _Group, cands: tuple[tuple[int, int], ...],
          qual: tuple[frozenset[str], frozenset[str]], ctx: _Context | None,
          key: str) -> _Hits:
    """A name's candidates, the countries and regions of them that the context names
    (see :func:`_ranked`), and their ranking before proximity."""
    name = gaz.static_cache.get((g, qual))
    if name is None:
        name = _static(gaz, g, cands, qual)
    hit_c = hit_a = hit_n = _EMPTY
    if ctx is not None:
        tc, ta = ctx.total_countries, ctx.total_admin1
        # the candidates' countries and regions named by another name of the story
        if tc and not name.countries.isdisjoint(tc):
            hit_c = name.countries.intersection(tc)
            own = ctx.countries.get(key)
            if own:
                hit_c = frozenset(cc for cc in hit_c if tc[cc] - own.get(cc, 0))
        if ta and not name.admin1.isdisjoint(ta):
            hit_a = name.admin1.intersection(ta)
            own = ctx.admin1.get(key)
            if own:
                hit_a = frozenset(a1 for a1 in hit_a if ta[a1] - own.get(a1, 0))
            if name.major and ctx.people_only and not hit_a.isdisjoint(ctx.people_only):
                # a region named only by the demonym of people or goods says where they
                # come from, not where the story is: it gives the namesakes abroad of a
                # national capital or a major city nothing ("Texan tourists in Paris",
                # "Scottish fans flew to Perth"), where its region written out would
                hit_a = frozenset(a1 for a1 in hit_a if a1 not in ctx.people_only
                                  or a1.startswith(name.major + "."))
            # ... and of those, the regions written out, not only implied by a town in them
            tn = ctx.total_named_admin1
            if hit_a and tn and not hit_a.isdisjoint(tn):
                own = ctx.named_admin1.get(key, {})
                hit_n = frozenset(a1 for a1 in hit_a if tn.get(a1, 0) - own.get(a1, 0))
                if ctx.focus in hit_n:  # (marked by a leading "@": the story's own region)
                    hit_n = hit_n | {"@" + ctx.focus}
                if ctx.broad and not hit_n.isdisjoint(ctx.broad):  # (by "~": see _how_named)
                    hit_n = hit_n | {"~" + a1 for a1 in hit_n & ctx.broad}
    # (of the namesakes of a capital or a major city, the countries of which the story
    # writes out a division)
    hit_d = hit_c.intersection(ctx.division_countries) if (
        name.major and hit_c and ctx is not None) else _EMPTY
    ranked = gaz.ranked_cache.get((g, qual, hit_c, hit_a, hit_n, hit_d))
    if ranked is None:
        ranked = _ranked(gaz, g, qual, name, hit_c, hit_a, hit_n, hit_d)
    return name, hit_c, hit_a, hit_n, hit_d, ranked


def _ranked(gaz: Gazetteer, g: _Group, qual: tuple[frozenset[str], frozenset[str]],
            name: _Name, hit_c: frozenset[str], hit_a: frozenset[str],
            hit_n: frozenset[str], hit_d: frozenset[str] = _EMPTY) -> _Ranked:
    """The best candidate of a name before proximity, and the towns within 2 points of it.

    ``hit_c`` and ``hit_a`` are the candidates' countries and regions that
    other names of the story name, ``hit_n`` those of the regions that are
    written out (memoised per process with them).
    """
    scored = []
    nation = name.nation
    major = name.major
    for t in name.cands:
        p = t[2]
        a1 = t[6]
        how = _how_named(a1, hit_a, hit_n) if a1 in hit_a and not (
            name.divided and _sibling(name, t)) else 0
        if t[5] in hit_c and not (major and _gated(name, t, how, hit_d)):
            p += MAIN_TOWN + 3.0 if t[3] in name.main else 3.0
        if how:
            p += _region_bonus(t[7], how)
        scored.append((p, t))
    if nation:
        # the country and region named never make a town out of a country on their own
        # ("China" in a Texan story): the town must also lie near another place of the story
        best = max((t[2], t) if t[7] in _LOCAL else (p, t) for p, t in scored)
    else:
        best = max(scored)  # ties: the larger population, then the lower entry
    top = best[0]
    local = tuple([(sc, t) for sc, t in scored if sc >= top - 2.0 and t[7] in _LOCAL])
    # (the containment bonus; against a country, proximity with it, as the country's points
    # owe nothing to the story: "Jordan" beside "Scott County" and "Shakopee")
    floor = top - CONTAINED - (2.0 if nation else 0.0)
    near_best = [(sc, t) for sc, t in scored if sc >= floor and (
        t[7] in _LOCAL or (t[7] == REGION and t[6]))]
    if len(near_best) > 1:
        near_best.sort(reverse=True)
    reach = tuple([(sc, t, (2 if t[3] in name.main else 1) if t[5] in hit_c and not (
                       major and _gated(name, t, how, hit_d)) else 0, how)
                   for sc, t in near_best[:_MAX_OPTIONS]
                   for how in (_how_named(t[6], hit_a, hit_n) if hit_a and not (
                       name.divided and _sibling(name, t)) else 0,)])
    if len(gaz.ranked_cache) > 200_000:
        gaz.ranked_cache.clear()
    divides = False
    for item in reach:
        if item[1][7] in _DIVISIONS:
            divides = True
            break
    result: _Ranked = (best, local, reach, divides)
    gaz.ranked_cache[(g, qual, hit_c, hit_a, hit_n, hit_d)] = result
    return result


#: A town's or county's points when its first-level division is written out in the story
#: ("Kentucky"), and when it is only implied by a town of the story lying in it ("Atlanta")
REGION_NAMED = 3.0
REGION_IMPLIED = 1.0
#: ... and more when that division is the story's own: written out most often, twice or more
REGION_FOCUS = 4.0
#: ... and less when it holds most of its country's people ("England")
REGION_BROAD = 2.0


def _how_named(a1: str, hit_a: frozenset[str], hit_n: frozenset[str]) -> int:
    """0: the region is not named; 1: implied by a town; 2: written out; 3: the focus; 4:
    written out, a division holding most of its country's people ("England", which says
    little more of a town than its country does: "England beat Wales in Wellington" is no
    town of Shropshire; see :func:`_most_of_country`)."""
    if a1 not in hit_a:
        return 0
    if a1 not in hit_n:
        return 1
    if "~" + a1 in hit_n:
        return 4
    return 3 if "@" + a1 in hit_n else 2


def _region_bonus(f: int, how: int) -> float:
    """The points of a candidate of feature ``f`` whose region is implied by another place
    of the story (``how`` 1), written out (2) or the story's own region (3)."""
    if f == REGION:
        return 2.0
    return (REGION_IMPLIED, REGION_NAMED, REGION_FOCUS, REGION_BROAD)[how - 1]


def _explain(gaz: Gazetteer, c: _Choice) -> tuple[str, ...]:
    """The reasons behind a choice, each with its points."""
    memo_key = (c.entry, c.flags, c.qual, c.national, c.admin1_named, c.close, c.within)
    found: tuple[str, ...] | None = gaz.explain_cache.get(memo_key)
    if found is None:
        if len(gaz.explain_cache) > 200_000:
            gaz.explain_cache.clear()
        ev: list[str] = []
        _points(gaz, c.entry, c.flags, c.qual, c.national, c.admin1_named, c.close, ev)
        if c.within:
            ev.append(c.within)
        found = gaz.explain_cache[memo_key] = tuple(ev)
    return found


def _dominant(gaz: Gazetteer, idx: int, cands: Sequence[tuple[int, int]]) -> bool:
    """A big city (population >= 100,000) at least 30 times as populous as any namesake."""
    pop = gaz.pop[idx]
    if pop < BIG_CITY:
        return False
    return all(gaz.pop[i] * 30 <= pop for i, _ in cands if i != idx)


def _after_comma(text: str, start: int) -> bool:
    return text[max(0, start - 3):start].rstrip(" \t").endswith(",")


def _is_strong(gaz: Gazetteer, f: int, idx: int, flags: int) -> bool:
    """Countries, continents, US states, named regions, counties, big cities, and the
    first-level divisions that are islands of their name ("Tasmania", "Sicily")."""
    if f in (COUNTRY, CONTINENT, COUNTY) or f in _NATURAL:
        return True
    if f == REGION:
        return gaz.pop[idx] > 0 or bool(flags & FLAG_ISLAND) or (
            gaz.country(idx) == "US" and bool(flags & FLAG_ADMIN1))
    return gaz.pop[idx] >= BIG_CITY and bool(flags & (FLAG_PRIMARY | FLAG_SHORT))


_Group = tuple[str, bool]  # a folded name, and whether its abbreviations were dropped


def _most_of_country(gaz: Gazetteer, idx: int) -> bool:
    """Whether the division ``idx`` holds most of its country's people ("England"): written
    out, it says no more of the story's towns than a town of it does (their region is
    implied, not named; "England beat Wales in Wellington" is no English village), while
    as a qualifier, "Cambridge, England", it names their region."""
    country = gaz.country_entry.get(gaz.country(idx))
    return country is not None and 2 * gaz.pop[idx] > gaz.pop[country]


def _facts(gaz: Gazetteer, g: _Group, cands: tuple[tuple[int, int], ...]
           ) -> tuple[tuple[tuple[int, int], ...], bool, bool]:
    """What a name's candidates are, whatever the story (memoised per process): those
    that it names only by an alternate spelling, whether one is a first-level division,
    and whether one is a natural feature (a sea, river, lake, range or island).  ``g``
    stands for the candidate list (see :func:`resolve`)."""
    found: tuple[tuple[tuple[int, int], ...], bool, bool] | None = gaz.group_cache.get(g)
    if found is None:
        if len(gaz.group_cache) > 200_000:
            gaz.group_cache.clear()
        found = gaz.group_cache[g] = (
            tuple([c for c in cands if not c[1] & _OWN_NAME]),
            any(gaz.feature[i] == REGION and gaz.admin1_key(i) for i, _ in cands),
            any(gaz.feature[i] in _NATURAL for i, _ in cands))
    return found


def _towns_named(gaz: Gazetteer, key: str, cands: tuple[tuple[int, int], ...]
                 ) -> tuple[tuple[int, int], ...]:
    """The towns, counties and districts among ``cands`` whose own name folds to ``key``
    (memoised per process with the name's other facts)."""
    found: tuple[tuple[int, int], ...] | None = gaz.group_cache.get((key, "caps"))
    if found is None:
        found = gaz.group_cache[(key, "caps")] = tuple(
            c for c in cands if gaz.feature[c[0]] in _LOCAL and fold(gaz.name(c[0])) == key)
    return found


def _short_forms(gaz: Gazetteer, key: str, cands: tuple[tuple[int, int], ...]
                 ) -> tuple[tuple[int, int], ...]:
    """The countries, continents and world regions among ``cands`` that the short name
    ``key`` names only as a short form, not as their own name ("car" of the Central African
    Republic; not "chad", "peru"); memoised per process with the name's other facts."""
    found: tuple[tuple[int, int], ...] | None = gaz.group_cache.get((key, "short"))
    if found is None:
        found = gaz.group_cache[(key, "short")] = tuple(
            c for c in cands if (gaz.feature[c[0]] in (COUNTRY, CONTINENT) or (
                gaz.feature[c[0]] == REGION and not gaz.admin1_key(c[0])))
            and not c[1] & FLAG_DEMONYM and fold(gaz.name(c[0])) != key)
    return found


def _after_the(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is "the" ("the Red Sea")."""
    return text.endswith(("the ", "The "), 0, start) and (
        start == 4 or not text[start - 5].isalpha())


#: pass 1's outcome for a name (see :func:`_sure`)
_Sure = tuple[bool, str, str, tuple[float, float] | None, int, bool, bool, bool]
_NOT_SURE: _Sure = (False, "", "", None, -1, False, False, False)


def _sure(gaz: Gazetteer, g: _Group, cands: tuple[tuple[int, int], ...],
          qual: tuple[frozenset[str], frozenset[str]]) -> _Sure:
    """Pass 1 for one name, without context (memoised per process by :func:`resolve`).

    Whether its choice is sure enough to be context for the others (with
    the country and admin1 key it then contributes), its point if it is a
    town or county that may stand as a nearby place, its entry, and what
    :func:`resolve` asks of that entry whatever the story: whether it is a
    strong place (:func:`_is_strong`, with the flags of the entry's first
    candidate), a first-level division named by its own name, a region.
    """
    if len(gaz.sure_cache) > 200_000:
        gaz.sure_cache.clear()
    result = _NOT_SURE
    if not (len(cands) > 1 and not (qual[0] or qual[1]) and all(
            gaz.feature[i] in (CITY, CAPITAL) and gaz.pop[i] < BIG_CITY for i, _ in cands)):
        # (an ambiguous small-town name without qualifier is never sure)
        first = _choose(gaz, g, cands, qual, None)
        e = first.entry
        f = gaz.feature[e]
        # a division is sure unless a namesake of its kind ties with it ("Walker County"
        # of Alabama, Georgia and Texas)
        # (and a county named bare, "Norfolk", "Kent", unless it wins by a point over a
        # namesake town: Norfolk, Virginia)
        # (a namesake that is the same place, of the same country and division, is no
        # tie: "England", a region of the supplement and a first-level division of GeoNames)
        cc, a1 = gaz.country(e), gaz.admin1_key(e)
        tied = not first.qualified and any(
            t[3] != e and (t[7] == f or (f == COUNTY and t[7] in (CITY, CAPITAL)))
            and t[2] >= first.score - 1.0
            and (t[5] != cc or bool(t[6] and a1 and t[6] != a1))
            for t in _static(gaz, g, cands, qual).cands)
        # (a division of the town's own country bearing its name is no rival: "Madrid",
        # "Beirut" are the capitals, whose provinces are named after them)
        sure = (f in (COUNTRY, CONTINENT, REGION, COUNTY, DISTRICT) and not tied) or (
            first.qualified or (f in (CITY, CAPITAL) and _dominant(gaz, e, cands)))
        add = sure and not (f == REGION and not gaz.pop[e] and not gaz.admin1_key(e))
        if f in _NATURAL and not cc:
            # a feature of no one country whose name divisions of one country bear (named
            # after it, they lie on it) places the story in that country: "Sancerre ... on
            # the Loire" is the French town, as "the Loire" read as the division said
            lands = {gaz.country(i) for i, _ in cands if gaz.feature[i] in _DIVISIONS}
            if len(lands) == 1:
                cc = lands.pop()
                add = True
        lat = gaz.lat[e]
        single = len(cands) == 1 and bool(first.flags & FLAG_PRIMARY)
        point = None
        if f in _LOCAL and (sure or single) and not math.isnan(lat):
            point = (lat, gaz.lon[e])
        flags = next(fl for i, fl in cands if i == e)
        # (a county outside the US is named bare, "Devon", "Kent", as people are: it is
        # context only where a mention stands as a place, as a district is)
        result = (add, cc, gaz.admin1_key(e), point, e,
                  _is_strong(gaz, f, e, flags) and not (f == COUNTY and gaz.country(e) != "US"),
                  f == REGION and bool(flags & FLAG_ADMIN1), f == REGION)
    gaz.sure_cache[(g, qual)] = result
    return result


def resolve(text: str, gaz: Gazetteer, mentions: Sequence[Mention]) -> list[Resolved]:
    """The mentions kept as places, each with its chosen entry and evidence.

    Mentions are grouped by name; a group's key is the folded name and
    whether its abbreviation candidates were dropped (a name's candidates
    are fixed by the gazetteer, so this key stands for the candidate list
    and hashes fast).
    """
    persons: set[str] = set()  # names used for a person ("Mike Jones", "Jones said")
    civic: set[str] = set()  # names before a town's own council or police ("Ashford Mayor")
    inner: set[str] = set()  # one-word names written after a capitalised word ("RJ Reynolds")
    traded: set[str] = set()  # ... and before a noun of a firm's stock ("Reynolds shares")
    groups: dict[_Group, list[Mention]] = {}
    cands_of: dict[_Group, tuple[tuple[int, int], ...]] = {}
    qualified: dict[_Group, tuple[frozenset[str], frozenset[str]]] = {}
    datelines: set[_Group] = set()
    after_the: set[_Group] = set()  # names with a mention right after "the" ("the Red Sea")
    townish: set[_Group] = set()  # names before a noun of a town's life ("a Jordan man")
    local: set[_Group] = set()  # ... those read as towns, not as the country of their name
    inside: set[_Group] = set()  # names with a mention that is not a sentence's first word
    any_see = False  # a mention right after a church office's "of" ("Bishop of")
    # (the standard engine reads an end past the text as the text's end: the windows after
    # a name are not cut to it)
    after_name = _AFTER_NAME.match
    # each qualified mention of a name, by its place among the name's mentions
    qual_at: dict[_Group, list[tuple[int, tuple[frozenset[str], frozenset[str]]]]] = {}
    counties = "ounties" in text or "arishes" in text or "OUNTIES" in text
    beside: list[tuple[_Group, _Group]] = []  # two names side by side (see _beside)
    lists: list[list[_Group]] = []  # the names of a list "A, B and C" (see _listed)
    run: list[_Group] = []  # ... the list being read
    last_end, last_g = -9, ("", False)
    for m in mentions:
        if counties and (not m.after or m.after[0] in ("and", "or")) and text.startswith(
                (",", " "), m.end):
            m = _in_counties(text, gaz, m)
        start, end, key, cands, _before, prev_key, after, _ss, dateline, abbrev, hint = m
        # a capitalised word before it, not a function word or direction: a longer name
        # (not a public body's word before a country or a division, "Police Scotland")
        agency = _ends_agency(_before, after)
        named = hint & HINT_NAMED and not prev_key and not agency
        # (a verb of people after it, or a noun of a town's life: one match for both)
        said = after_name(text, end, end + 12)
        if hint & HINT_SINGLE and not agency and ((named and not after) or (
                said is not None and said.lastindex == 2 and not (
                    text.endswith(_LIST_ENDS, 0, start)
                    and _IN_LIST.search(text, start - 80 if start > 80 else 0, start))
                # (after "of" the name is where the speaker is from, not the speaker:
                # "The Governor of Lagos said", "the mayor of Byron said")
                and text[max(0, start - 12):start].rsplit(None, 1)[-1:] != ["of"])):
            persons.add(key)  # (a team's name, like a person's, names no small place)
        if hint & HINT_SINGLE and hint & HINT_NAMED and text.startswith(" ", start - 1):
            if not after:
                persons.add(f"{key}{_SURNAME}")  # ("John Dallas": a surname, see _reject)
                if _full_name(text, start, _before):
                    persons.add(f"{key}{_FULL}")  # ("Michael Jordan": see _reject)
            inner.add(key)
        if hint & HINT_SINGLE and after and key in GIVEN_NAMES and _before_surname(
                text, key, start, end, after, division=_names_division(gaz, cands)):
            persons.add(f"{key}{_GIVEN}")  # ("Jordan Henderson": a given name, see _reject)
        if said is not None and said.lastindex == 3 and hint & HINT_SINGLE:
            traded.add(key)
        if start > 6 and text[start - 2].isdigit() and _MODEL_YEAR.search(
                text, start - 16, start) is not None:
            persons.add(f"{key}{_MADE}")  # (every mention of it: "... The Toyota was towed")
        if (after and not _CIVIC.isdisjoint(map(str.lower, after))) or (
                not after and text.endswith(_IN_PLACE_ENDS, start - 8 if start > 8 else 0, start)
                and _IN_PLACE.search(text, max(0, start - 8), start)
                and not text.startswith("'", end)):
            civic.add(key)
        # what no context can make a place: function words, words inside other names (and
        # the head of an "X of Y" name: "Council" of "Council of Europe", whose Y is a place)
        if hint & HINT_FUNCTION:
            surface = text[start:end]
            if not (surface.isupper() and len(surface) > 1):
                continue
        if (named and not dateline) or hint & HINT_HEADS:
            continue
        if hint & HINT_SINGLE and _before and key in NAME_HEADS and (
                _before[-1].lower() in DIRECTIONS):
            continue  # the head of a name after a direction: "Western University"
        # abbreviations ("Ga.") stand for a place only after a comma ("Gainesville, Ga.")
        g = (key, False)
        if abbrev and not _after_comma(text, start):
            cands = tuple(c for c in cands if not c[1] & FLAG_ABBREV)
            g = (key, True)
        if 1 < end - start <= 5 and not dateline and (
                (text[start:end].isupper() and (end - start <= 3 or _among_lower(
                    text, start, end) or CALL_SIGN.match(text, end) is not None))
                or (end - start <= 4 and _INNER_CAPITAL.search(text, start, end) is not None)):
            # "US", "UK" in capitals are abbreviations, not the towns "Us" and "Uk" that
            # bear those letters as their name (a town's name abbreviated so, "NYC", stays),
            # nor the places that some tongue spells so ("PTA" is no Pretoria, "AMA" no
            # Amman: an acronym, whose letters name a place only as its own name); so is
            # a short form in mixed case ("BoE", "MoD": no town named Boe); and so are four
            # or five capitals between words in lower case ("the aerospace group EADS", "on
            # WRAZ") or joined to a band ("WRAZ-TV", "KISS-FM"): an acronym or a station's
            # call letters, not a headline in capitals
            towns = _towns_named(gaz, key, cands)
            if towns or _facts(gaz, g, cands)[0]:
                cands = tuple(c for c in cands if c not in towns and c[1] & _OWN_NAME)
                g = (f"{key}\x00caps", g[1])
        elif len(key) <= 4 and end - start <= 5:
            # ... and the reverse: a country's short form of four letters or fewer, other
            # than its name ("CAR", "ROC", "PNG"), is one only in capitals ("Drive My Car",
            # "Roc-A-Fella", "Thomas Mann's novels" name no country)
            short = _short_forms(gaz, key, cands)
            if short and not text[start:end].isupper():
                cands = tuple(c for c in cands if c not in short)
                g = (f"{key}\x00lower", g[1])
        if not cands:
            continue
        ms = groups.get(g)
        if ms is None:
            groups[g] = [m]
            cands_of[g] = cands
        else:
            ms.append(m)
        if start - last_end < 6 and text[last_end:start] in _JOINS:
            beside.append((last_g, g))
        # a list written "A, B and C" or "A, B, C" (see _listed)
        if start - last_end < 7 and text[last_end:start] in _LIST_SEPS:
            if text[last_end] == ",":
                if not run:
                    run.append(last_g)
                run.append(g)
                if start - last_end > 2:  # (", and": the list ends)
                    if len(run) > 2:
                        lists.append(run)
                    run = []
            elif run:
                run.append(g)
                lists.append(run)
                run = []
        elif run:
            if len(run) > 2:
                lists.append(run)
            run = []
        last_end = end
        last_g = g
        if not (m.sentence_start and hint & HINT_SINGLE) or dateline:
            inside.add(g)
        # a mention right after a church office's "of" is marked as its see in its own
        # qualifier ("the Archbishop of Canterbury": see below), so that a mention of the
        # name that the text qualifies otherwise ("Canterbury, New Zealand") is split off
        # and resolved by its own qualifier
        here = _NO_QUAL
        if text[start - 2] == "f" and start > 3 and text.startswith(
                "of ", start - 3) and _word_before(text, start - 3) in _SEE_BEFORE:
            here = _SEE_QUAL
            any_see = True
        if text.startswith(",", end) or (  # a qualifier opens with a comma, or with "in"
                text.startswith("in", end + 1) and text.startswith((" ", "\t"), end)):
            qc, qa = (_in_qualifier(text, gaz, end + 1, g, cands)
                      if text.startswith(", in ", end)  # ("Tripoli, in northern Lebanon")
                      else _qualifier(text, gaz, end) if text.startswith(",", end)
                      else _in_qualifier(text, gaz, end, g, cands))
            if not (qc or qa) and text.startswith(", ", end) and text[end + 2:end + 3].islower():
                # (a comma, a compass word and a place: "Kingston, south-west London")
                qc, qa = _in_qualifier(text, gaz, end, g, cands, _COMMA_COMPASS)
            if qc or qa:
                here = (here[0] | qc, here[1] | qa)
        if here is not _NO_QUAL:
            old = qualified.get(g, _NO_QUAL)
            qualified[g] = (old[0] | here[0], old[1] | here[1])
            qual_at.setdefault(g, []).append((len(groups[g]) - 1, here))
        if dateline:
            datelines.add(g)
        if _after_the(text, start):
            after_the.add(g)
        if said is not None and said.lastindex == 1 and not text[start:end].isupper():
            townish.add(g)  # ("US students": an abbreviation is the country's)
    for g, marks in qual_at.items():
        if len(marks) > 1 and any(q != marks[0][1] for _i, q in marks):
            _split_by_qualifier(g, marks, groups, cands_of, qualified, datelines,
                                (inside, after_the, townish))
    # a country's name before a noun of a town's people or institutions ("a Jordan man",
    # "the Jordan middle school") is a town's in a story placed in the town's country,
    # unless the story names that country otherwise: news writes "a Jordanian man" of the
    # country (see below, after pass 1; meanwhile the name gives no context)
    town_use: dict[_Group, str] = {}
    for g in townish:
        cands = cands_of[g]
        country = next((gaz.country(c[0]) for c in cands if gaz.feature[c[0]] == COUNTRY
                        and gaz.pop[c[0]] >= _DEMONYM_COUNTRY), "")
        if country and any(gaz.feature[c[0]] in (CITY, CAPITAL) for c in cands):
            town_use[g] = country
    quals: dict[_Group, tuple[frozenset[str], frozenset[str]]] = {}
    sees: list[_Group] = []  # names (or their parts) read as a church office's see
    for g in groups:
        q = qualified.get(g, _NO_QUAL)
        if any_see and _SEE_MARK in q[0]:
            # (the mark is the see rule's to set, where it holds: see below)
            sees.append(g)
            q = (q[0] - _SEE_SET, q[1])
        if g in datelines:
            q = (q[0] | _DATELINE_SET, q[1])
        if g in after_the and _facts(gaz, g, cands_of[g])[2]:
            q = (q[0] | _NATURAL_SET, q[1])
        quals[g] = q
    # a name written with a division's rank or government is the division (its other
    # entries are dropped before any context is gathered)
    def renamed(g: _Group, suffix: str, cands: tuple[tuple[int, int], ...]) -> _Group:
        """Put name ``g`` under its key with ``suffix``, with candidates ``cands`` (a
        rule's choice among its own), keeping its mentions, qualifier and marks."""
        g2 = (f"{g[0]}{suffix}", g[1])
        groups[g2] = groups.pop(g)
        del cands_of[g]
        cands_of[g2] = cands
        quals[g2] = quals.pop(g)
        for marked in (inside, datelines):
            if g in marked:
                marked.add(g2)
        return g2

    governed: set[_Group] = set()
    ranked_names, island_names = _governed(text, gaz, groups, cands_of)
    for g in ranked_names:
        if g in town_use or _beside_a_town(gaz, g, beside, cands_of):
            continue
        governed.add(renamed(g, "\x00state", tuple(
            c for c in cands_of[g] if gaz.feature[c[0]] == REGION and gaz.admin1_key(c[0]))))
    # a name right after "on" that an island of the supplement bears is the island, not its
    # namesake division or town ("homes on Flores" is the island of Indonesia, not Uruguay's
    # department): English says a place is on an island (its other entries are dropped)
    for g in island_names:
        if g in town_use:
            continue
        renamed(g, "\x00island", tuple(c for c in cands_of[g] if gaz.feature[c[0]] == ISLAND))
    # a name right after a church office's title and "of" names the office's see, which
    # English names by its cathedral city: where a town of the name of
    # TOWN_AFTER_LOCATIVE people or more bears it as its own, the name's regions, counties
    # and districts (_DIVISIONS) that do not stand alone as places (not _is_strong) are
    # dropped ("the Archbishop of Canterbury" is no region of New Zealand), and such a town
    # is a place as after "in" (see _reject: "the Archbishop of Armagh"); a see that no such town
    # bears stays what the name is ("the Episcopal Bishop of Texas", a diocese named for
    # its state), and so does a strong division with its claim ("the Episcopal Bishop of
    # Virginia" is the US state, not Virginia, South Africa, a town of 122,502 people).
    # Which town is left to the story and the towns' sizes, as for any name ("the Bishop
    # of Durham" alone is North Carolina's city, larger than England's).  The rule holds
    # for the mentions of the see's qualifier part only: a mention that the text qualifies
    # otherwise was split off above ("the Archbishop of Canterbury ... Canterbury, New
    # Zealand" keeps New Zealand's region)
    for g in sees:
        if g not in groups or g in town_use:
            continue
        cands = cands_of[g]
        see = tuple(c for c in cands if gaz.feature[c[0]] not in _DIVISIONS or _is_strong(
            gaz, gaz.feature[c[0]], c[0], c[1]))
        if not any(
                gaz.feature[i] in (CITY, CAPITAL) and fl & FLAG_PRIMARY
                and gaz.pop[i] >= TOWN_AFTER_LOCATIVE for i, fl in see):
            continue
        g2 = renamed(g, "\x00see", see)
        quals[g2] = (quals[g2][0] | _SEE_SET, quals[g2][1])
    persons |= inner & traded  # a firm's name, like a person's, names no small place
    persons -= civic
    persons -= {f"{key}{_SURNAME}" for key in civic}
    if inner:
        # (whatever the preposition before another mention: "Barack Obama ... faith in
        # Obama" is no town of Japan, see :func:`_after_town_locative`)
        persons.update([f"{key}{_INNER}" for key in inner])
    lower_words = _LowerWords(text)
    # names that may well not be places at all: a person's, a lower-case word of the story
    # ("Mobile" beside "mobile"), a single word only ever opening a sentence ("Hope fades")
    standing_memo: dict[_Group, int] = {}

    def standing(g: _Group) -> int:
        """Whether some mention of the name can stand as a place (see :func:`_stands`)."""
        found = standing_memo.get(g)
        if found is None:
            found = 0
            for m in groups[g]:
                found = max(found, _stands(text, m))
                if found == 2:
                    break
            standing_memo[g] = found
        return found

    weak_memo: dict[_Group, bool] = {}

    def weak(g: _Group) -> bool:
        found = weak_memo.get(g)
        if found is None:
            base = (g[0].split("\x00", 1)[0], g[1]) if "\x00" in g[0] else g
            m0 = groups[g][0]
            found = weak_memo[g] = base[0] in persons or base not in inside or (
                " " not in base[0] and lower_words.has(base[0])
                and not text[m0.start:m0.end].isupper())
        return found

    # pass 1: priors and qualifiers; what is sure becomes context for the others, provided
    # a name with namesakes can stand as a place somewhere in the story ("Byron" of "the
    # Byron Steakhouse" names no Australian district; a name without namesakes, "the
    # Wollondilly Society", still says where the story is)
    ctx = _Context()
    sure_entries: dict[int, str] = {}  # entry -> the first name that surely gives it
    # the names of countries and of first-level divisions given so (their demonyms may name
    # people who went to another country: see _movers)
    nations: list[tuple[_Group, str, str, int]] = []
    sure_cache = gaz.sure_cache
    for g, ms in groups.items():
        q = quals[g]
        found = sure_cache.get((g, q))
        if found is None:
            found = _sure(gaz, g, cands_of[g], q)
        add, cc, a1, point, entry, strong, division, region = found
        if g in town_use:
            continue
        if entry >= 0 and (add or point is not None) and len(cands_of[g]) > 1 and not (
                q[0] or q[1] or g in datelines):
            # (a weak name, or one before another capitalised word, gives context only if
            # it is a strong place, or a first-level division before another word:
            # "Ontario Provincial Police"; a street's or an office's name never)
            if standing(g) < 1:
                continue
            if not strong and (standing(g) < 2 or weak(g)) and not (
                    division and not weak(g)):
                continue
        if add:
            name = g[0].split("\x00", 1)[0] if "\x00" in g[0] else g[0]
            ctx.add(name, cc, a1, len(ms), region or a1 in q[1],
                    region and bool(a1) and _most_of_country(gaz, entry))
            if (not a1 and gaz.feature[entry] == COUNTRY) or (region and a1):
                nations.append((g, name, cc, entry))
            if region and a1:
                # (a region named by its demonym before its people or their goods, or
                # written out before a noun of visitors: see _hits)
                of = _of_people if any(
                    i == entry and fl & FLAG_DEMONYM for i, fl in cands_of[g]) else _of_visitors
                n = sum(1 for m in ms if of(text, m))
                if n:
                    ctx.people[a1] = ctx.people.get(a1, 0) + n
            sure_entries.setdefault(entry, name)
        if point is not None:
            ctx.points[g[0].split("\x00", 1)[0]] = point
        elif " " in g[0] and entry >= 0 and gaz.feature[entry] in _WATER_NEAR and not (
                math.isnan(gaz.lat[entry])):
            # a sea, bay or lake named in full ("the Bay of Fundy", "Lake Ontario") is a
            # nearby place for the towns of 10,000 people or more on its shore, among a
            # name's namesakes (see _choose): its point, the middle of its water, lies
            # within NEAR_KM of them ("Lobster boats from Saint John fished the Bay of
            # Fundy" is New Brunswick's city); a river's point, somewhere along it, is not
            ctx.water_points[g[0].split("\x00", 1)[0]] = (gaz.lat[entry], gaz.lon[entry])
    if len(ctx.total_countries) > 1:
        # a country's demonym naming people of it who went to another country the story
        # names does not name it, and the country they went to places the story's towns
        # where the story names the country they left no other way (see _movers)
        went: dict[str, set[str]] = {}
        for g, name, cc, entry in nations:
            if any(i == entry and fl & FLAG_DEMONYM for i, fl in cands_of[g]):
                ctx.drop(name, cc, _movers(text, gaz, groups[g], mentions, cc,
                                           went.setdefault(cc, set())))
        to = {c for cc, there in went.items() if cc not in ctx.total_countries for c in there}
        if to:
            there_set = _MOVED_SET | {"=" + c for c in to}
            quals = {g: (q[0] | there_set, q[1]) for g, q in quals.items()}
    for cc in _currencies(text):
        ctx.add(f"\x00{cc}", cc, "", 1)
    if not ctx.total_countries:
        # (asked only of a story that names no country: one that does says where it is)
        for cc in _public_life(text):
            ctx.add(f"\x00{cc}", cc, "", 1)
    ctx.done()
    if not ctx.total_countries and _dollars(text):
        # a story that counts in "$" and names no country is told in a dollar country: its
        # towns and counties gain over their namesakes elsewhere ("NORWICH — ... a
        # $480,000 package" is not Norwich, England), never over a country or a division
        quals = {g: (q[0] | _DOLLAR_SET, q[1]) for g, q in quals.items()}
    for g, country in town_use.items():
        if country in ctx.total_countries:
            continue  # "Jordanian police said a Jordan man was hurt in Amman"
        if not any(gaz.country(c[0]) in ctx.total_countries for c in cands_of[g]
                   if gaz.feature[c[0]] in (CITY, CAPITAL)):
            # only a story placed in the town's country reads the name as the town's ("a
            # Brazil man won the lottery" alone is the country's; beside "Indiana", the town)
            continue
        g2 = (f"{g[0]}\x00town", g[1])
        local.add(g2)
        groups[g2] = groups.pop(g)
        cands_of[g2] = tuple(c for c in cands_of[g] if gaz.feature[c[0]] in (CITY, CAPITAL))
        quals[g2] = quals.pop(g)
        if g in inside:
            inside.add(g2)
    # two towns named side by side ("Kingston and Surbiton", "from San Jose to Cartago") are
    # near each other: the namesakes of each near one of the other's gain (see _beside)
    for ga, gb in beside:
        # (a name renamed since, by a rule of its own, is left as that rule read it)
        if ga == gb or ga not in cands_of or gb not in cands_of or (
                len(cands_of[ga]) < 2 and len(cands_of[gb]) < 2):
            continue
        memo_beside = (_BESIDE_MARK, ga, gb)
        found_beside = gaz.static_cache.get(memo_beside)
        if found_beside is None:
            found_beside = gaz.static_cache[memo_beside] = _beside(
                gaz, cands_of[ga], cands_of[gb])
        near1, near2 = found_beside
        for g, near in ((ga, near1), (gb, near2)):
            if near:
                q = quals[g]
                quals[g] = (q[0] | _BESIDE_SET, q[1] | near)
    # the names of a list "A, B, C and D" are each other's neighbours as two joined names
    # are: a namesake near the towns of the most other names gains (see _listed)
    if run and len(run) > 2:
        lists.append(run)
    for listed in lists:
        names = [g for g in dict.fromkeys(listed) if g in cands_of]
        if len(names) < 3 or all(len(cands_of[g]) < 2 for g in names) or 2 * sum(
                1 for g in names if g[0] in GIVEN_NAMES) >= len(names):
            continue  # (and a list of people named like towns: "Lincoln, Jackson and Grant")
        memo_list = (_LIST_MARK, *names)
        found_list = gaz.static_cache.get(memo_list)
        if found_list is None:
            found_list = gaz.static_cache[memo_list] = _listed(
                gaz, [cands_of[g] for g in names])
        for g, near in zip(names, found_list, strict=True):
            if near:
                q = quals[g]
                quals[g] = (q[0] | _BESIDE_SET, q[1] | near)
    # pass 2: with the context
    # a name that is only an alternate spelling of the place another name of the story
    # gives ("Mexico" for "Mexico City") is not that place: its other entries compete
    group_facts = gaz.group_cache
    for g in list(groups):
        cands = cands_of[g]
        facts = group_facts.get(g)
        alternates = (facts if facts is not None else _facts(gaz, g, cands))[0]
        taken = [c for c in alternates if sure_entries.get(c[0], g[0]) != g[0]] if (
            alternates) else alternates
        if taken and len(taken) < len(cands):
            g2 = (f"{g[0]}\x00{','.join(str(c[0]) for c in taken)}", g[1])
            groups[g2] = groups.pop(g)
            cands_of[g2] = tuple(c for c in cands if c not in taken)
            quals[g2] = quals[g]
    hits: dict[_Group, _Hits] = {}
    chosen = {g: _choose(gaz, g, cands_of[g], quals[g], ctx, hits) for g in groups}
    # the countries of the towns chosen in pass 2 with support of their own or as big
    # cities weigh among a name's namesakes abroad, as a country written out does, where
    # they move the name to another country ("the Mezquita in Cordoba ... the ministry in
    # Madrid" is Spain's Córdoba, not Argentina's larger city); they name no country for
    # what else the story asks
    placed: dict[str, str] = {}
    moved: set[_Group] = set()
    for g, c in chosen.items():
        if gaz.feature[c.entry] == CAPITAL and c.flags & _OWN_NAME and c.strong:
            cc = gaz.country(c.entry)
            if cc and cc not in ctx.total_countries:
                placed.setdefault(g[0].split("\x00", 1)[0], cc)
    if placed:
        new = set(placed.values())
        weighed: _Context | None = None
        for g, c in chosen.items():
            if c.national or c.qualified or gaz.country(c.entry) in new:
                continue
            statics = hits[g][0].cands
            # (only a big town of the capital's country can take the name: see below)
            if not any(t[5] in new and t[0] >= BIG_CITY and t[7] in (CITY, CAPITAL)
                       for t in statics):
                continue
            if weighed is None:
                weighed = copy.copy(ctx)
                weighed.countries = dict(ctx.countries)
                weighed.total_countries = dict(ctx.total_countries)
                for name, cc in placed.items():
                    weighed.add(name, cc, "", 1)
            moved_to = _choose(gaz, g, cands_of[g], quals[g], weighed)
            if moved_to.strong and gaz.country(moved_to.entry) != gaz.country(c.entry):
                chosen[g] = moved_to
                moved.add(g)
    # pass 3: the towns chosen in pass 2 with support of their own (their country or
    # region named, a sure place nearby, a big city), or towns of 10,000 people or more
    # standing as places with no namesake that a nearby place could lift above them (none
    # within proximity's 2 points: "Maidenhead", whose namesake abroad holds a twentieth
    # of its people; no person's name nor a word), stand as nearby places for the
    # others, so that a story's namesakes settle together (a local story's towns lie
    # near each other: "A man from Maidenhead was arrested in Windsor" is England's town)
    more = {g[0].split("\x00", 1)[0]: (gaz.lat[c.entry], gaz.lon[c.entry])
            for g, c in chosen.items()
            if gaz.feature[c.entry] in _LOCAL and g[0] not in ctx.points
            and c.flags & _OWN_NAME and (c.regional or c.national or c.strong or (
                len(c.options) == 1 and len(cands_of[g]) > 1 and standing(g) == 2
                and not weak(g) and gaz.pop[c.entry] >= TOWN_AFTER_LOCATIVE))}
    if more:
        ctx.points = {**more, **ctx.points}
        ctx.near = Proximity(ctx.points)  # (the regions named, and so the focus, are as they were)
        # (only the nearby places changed: a name without local options stays as it is,
        # and the others keep what the countries and regions named gave them)
        chosen = {g: _choose(gaz, g, cands_of[g], quals[g], ctx, hits) if (
            c.options and g not in moved) else c for g, c in chosen.items()}
    # (a country or first-level division opening its sentences stands as a place: "Georgia
    # lawmakers ... in Savannah and Macon" is the US state that holds them)
    def opens(g: _Group) -> bool:
        """A country or region weak only for opening its sentences."""
        base = g[0].split("\x00", 1)[0]
        return gaz.feature[chosen[g].entry] in (COUNTRY, REGION) and base not in persons and (
            " " in base or not lower_words.has(base))

    _contain(gaz, chosen, lambda g: bool(standing(g)) and (not weak(g) or opens(g)), ctx.near)
    _settle_together(gaz, chosen)
    _coordinate(text, gaz, groups, chosen, cands_of)
    for g in governed:
        chosen[g] = chosen[g]._replace(
            regional=True, within="written with the rank or government of a first-level division"
            ", or struck by an event of a region's size")
    strong_keys = {g[0].split("\x00", 1)[0] if "\x00" in g[0] else g[0]
                   for g, c in chosen.items() if c.strong}
    demonym_keys = {g[0].split("\x00", 1)[0] if "\x00" in g[0] else g[0]
                    for g, c in chosen.items() if c.flags & FLAG_DEMONYM}
    out: list[Resolved] = []
    held: list[tuple[Mention, _Choice, list[str]]] = []
    steered: list[tuple[_Group, Mention, int]] | None = None
    bearers: dict[_Group, _Choice | None] | None = None  # (see _own_bearer)
    countries_named = bool(ctx.total_countries)
    starts: set[int] | None = None  # where the story's names open (asked of few stories)

    def reject(m: Mention, c: _Choice, extra: list[str], own_only: bool, is_local: bool,
               feature: int) -> str | None:
        """:func:`_reject` of the mention ``m`` as ``c``, with what the story says (the
        loop below writes the same call in place, a call a mention cheaper; asked so by
        :func:`_unsteered`)."""
        return _reject(text, gaz, m, c, extra, persons, strong_keys, lower_words,
                       countries_named and not (own_only and _alone(text, m)),
                       is_local, feature, countries_named and not own_only, demonym_keys)

    for g, ms in groups.items():
        c = chosen[g]
        reasons: tuple[str, ...] | None = None
        score = 0.0
        demonym = False
        is_local = g in local
        feature = gaz.feature[c.entry]
        town = feature in (CITY, CAPITAL)
        by_other_name = town and not c.flags & _OWN_NAME  # (a town chosen by another of its names)
        own_only = _own_only(ctx, g, feature)
        for m in ms:
            if town and text.startswith(
                    _AND_THE, m.end) and (band := _AND_THE_NAME.match(text, m.end)):
                # a town's name before "and the" and a capitalised word that opens no
                # place's name is a band's, a show's or a club's: "Echo and the Bunnymen",
                # "Chorlton and the Wheelies", "Chelsea and the Gunners" ("Oxford and the
                # New York Public Library" stays Oxford)
                if starts is None:
                    starts = {n.start for n in mentions}
                if band.end() not in starts:
                    continue
            extra: list[str] = []
            why = _reject(text, gaz, m, c, extra, persons, strong_keys, lower_words,
                          countries_named and not (own_only and _alone(text, m)),
                          is_local, feature, countries_named and not own_only, demonym_keys)
            if why is not None and why in _UNSUPPORTED:
                if town and c.national and not c.regional and not m.after and (
                        _town_locative(text, m.start)
                        or _CIVIC_AFTER.match(text, m.end, m.end + 12)):
                    # (the country named chose the namesake, after a locative or before a
                    # town's own police or council, but does not keep it: see _unsteered)
                    if steered is None:
                        steered = []
                    steered.append((g, m, c.entry))
                if (feature == REGION and gaz.admin1_key(c.entry)) or (
                        feature == CITY and c.flags & _OWN_NAME):
                    # (kept below if a place of the story lies in it, or holds it)
                    held.append((m, c, extra))
                    continue
            if why is None:
                if reasons is None:  # (what the name's mentions share, made once)
                    reasons = _explain(gaz, c)
                    score = round(c.score, 2)
                    demonym = bool(c.flags & FLAG_DEMONYM)
                # "City of Richmond", "State of Ohio" (alternate names of some entries): the
                # place's name is the part after "of", as news annotations mark it
                start, end = m.start, m.end
                if m.key.startswith(_OF_KEYS):
                    prefix = _OF_PREFIX.match(text, start, end)
                    if prefix and prefix.end() < end:
                        start = prefix.end()
                out.append(_make(Resolved, (start, end, c.entry, demonym, score,
                                            (*reasons, *extra) if extra else reasons)))
            elif by_other_name and why in _UNPLACED and not m.after and (
                    _place_within(text, m.end)
                    or (why is _SMALL_UNSUPPORTED and _town_locative(text, m.start))):
                # a town refused by another of its names ("Salisbury", Harare's old name),
                # where the text places the name as a town's ("in", "near", "from", or a
                # noun of a place within it after), gives way to the best place bearing the
                # name as its own, if it stands
                if bearers is None:
                    bearers = {}
                if g not in bearers:
                    bearers[g] = _own_bearer(gaz, g, c.entry, cands_of[g], quals[g], ctx, hits)
                c2 = bearers[g]
                if c2 is not None:
                    extra = []
                    f2 = gaz.feature[c2.entry]
                    # (the story's country named by the name alone, as the refused town's,
                    # is no country of the story for the place bearing it: see _own_only)
                    if reject(m, c2, extra, _own_only(ctx, g, f2), is_local, f2) is None:
                        out.append(_make(Resolved, (
                            m.start, m.end, c2.entry, bool(c2.flags & FLAG_DEMONYM),
                            round(c2.score, 2), (*_explain(gaz, c2), *extra, _BEARER))))
    if held and out:
        _keep_held(gaz, held, out)
    if steered:
        _unsteered(text, gaz, steered, out, cands_of, quals, ctx, persons, local, reject)
    out.sort()  # by start, then end (spans of kept mentions never coincide)
    return out


_UNSTEERED = "the country named chose a namesake it gives no support: the best place without it"
#: :func:`_reject` of a mention as a choice, with what the story says (made by
#: :func:`resolve`): the mention, the choice, the evidence to append to, whether the story
#: names the name's own country only by the name (:func:`_own_only`), whether the name is
#: local, and the choice's feature
_Rejecter = Callable[[Mention, _Choice, list[str], bool, bool, int], "str | None"]


def _own_only(ctx: _Context, g: _Group, feature: int) -> bool:
    """Whether every country the story names is named by the one-word town or division
    ``g`` itself, as its own: a town or a division does not name its own country for itself
    ("Flooding hit Leicester" names no country but the town's), so such a story is read as
    naming none where the mention stands alone (see :func:`_alone`)."""
    if not ctx.total_countries or feature not in (CITY, REGION) or " " in g[0]:
        return False
    own = ctx.countries.get(g[0].split("\x00", 1)[0])
    return own is not None and all(
        n <= own.get(cc, 0) for cc, n in ctx.total_countries.items())


def _unsteered(text: str, gaz: Gazetteer, steered: list[tuple[_Group, Mention, int]],
               out: list[Resolved], cands_of: dict[_Group, tuple[tuple[int, int], ...]],
               quals: dict[_Group, tuple[frozenset[str], frozenset[str]]], ctx: _Context,
               persons: set[str], local: set[_Group], reject: _Rejecter) -> None:
    """Give the mentions that the story's country steered to a namesake, and that were then
    dropped for want of support (and not kept by :func:`_keep_held`), the name's best place
    without that steer, kept where it stands on its own.

    A country named gives its towns 3 points (:func:`_ranked`) but is no support to keep a
    town of the US (:func:`_reject`: a story names the US for many reasons); where those
    points alone chose a small US namesake, the name was lost, though its best place
    stands ("Talks resumed in Geneva, the US said" named no Geneva: Geneva, Illinois, was
    chosen and dropped; Geneva in Switzerland, a town of 100,000 people or more after "in",
    is kept).  A namesake whose own state or county the story names, or that a qualifier
    places, has support and never comes here ("in Geneva, Illinois", "Police in Kane County
    said a man was shot in Geneva").  The place without the steer is the best town of
    another country, and it is kept only where the text places it as :func:`_reject` keeps
    a town after a locative (:func:`_after_town_locative`: "in", "near", "from", "off" right
    before a town of 10,000 people or more that ends its run) and it passes every test a
    place passes: a film, a club or a person by a town's name ("the thriller Constantine",
    "Sheffield Wednesday") stays nothing, and so does a town after "in" that a smaller
    namesake of its own country makes ambiguous."""
    kept = {r[0] for r in out}
    alts: dict[_Group, _Choice | None] = {}
    known: dict[_Group, bool] = {}  # whether a name's best town abroad is known worldwide
    for g, m, entry in steered:
        if m.start in kept:
            continue  # (kept by the place of the story that holds it)
        if g not in alts:
            qual = quals[g]
            steer = gaz.country(entry)
            towns = [t for t in _static(gaz, g, cands_of[g], qual).cands
                     if t[7] in (CITY, CAPITAL) and t[5] != steer]
            t = max(towns, key=lambda t: (t[2], t)) if towns else None
            alts[g] = None if t is None else _make(_Choice, (
                t[3], t[4], t[2], t[10], t[10], False, t[11], qual, 0, False, (), (), "", False))
        c = alts[g]
        if c is None or f"{m.key}{_INNER}" in persons:
            continue
        if not _after_town_locative(text, gaz, c, cands_of[g], m.start, m.end,
                                    " " not in m.key):
            # (the text must place it: "in Geneva", not "Constantine dropped"; or, before
            # its own police or council, a town of BIG_CITY people or more lying near
            # another place of the story, which supports it: "Windsor police said ... a
            # chase that ended in Detroit" is Ontario's city)
            if not (gaz.pop[c.entry] >= BIG_CITY and _CIVIC_AFTER.match(
                    text, m.end, m.end + 12) and ctx.near.near(
                        gaz.lat[c.entry], gaz.lon[c.entry], m.key)):
                continue
            c = c._replace(score=c.score + 2.0, regional=True, close=True)
        feature = gaz.feature[c.entry]
        extra: list[str] = []
        why = reject(m, c, extra, _own_only(ctx, g, feature), g in local, feature)
        if why == _SMALL_UNSUPPORTED and g not in known:
            known[g] = _known_worldwide(gaz, c.entry, cands_of[g])  # (once a name)
        if why is None or (why == _SMALL_UNSUPPORTED and known[g]):
            # (a town the world names far more widely than any namesake stands after its
            # locative as a big town does: see _known_worldwide)
            reasons = (*_explain(gaz, c), *extra, _UNSTEERED)
            out.append(_make(Resolved, (m.start, m.end, c.entry, bool(c.flags & FLAG_DEMONYM),
                                        round(c.score, 2), (*reasons, _KNOWN) if why else reasons)))


#: a town that GeoNames names in this many ways or more (its alternate names, of every
#: tongue: the index's ``alternates`` column) ...
KNOWN_NAMES = 30
#: ... and this many times as many as any other town of its name is known worldwide
KNOWN_TIMES = 3
_KNOWN = (f"a town the world names in {KNOWN_NAMES} ways or more, {KNOWN_TIMES} times as many "
          "as any namesake")


def _known_worldwide(gaz: Gazetteer, idx: int, cands: tuple[tuple[int, int], ...]) -> bool:
    """Whether the town ``idx`` is known worldwide beside the other towns of its name: GeoNames
    gives it :data:`KNOWN_NAMES` names or more, of every tongue (the index's ``alternates``
    column), and :data:`KNOWN_TIMES` times as many as any other town among ``cands`` that
    bears the name as its own (not Dayton, Ohio, of 27 names, once called Venice).  How
    many tongues name a town follows how widely news names it, as its people do not: Venice,
    Italy (51,298 people), has 66 names; Venice, California (40,885), 15; Venice, Florida,
    11.  A steered namesake that gives way to such a town (see :func:`_unsteered`) leaves it
    standing after its locative, as a town of :data:`BIG_CITY` people stands.  Where the
    namesake is named as widely (Manchester, New Hampshire, 60 names; England's, 59), its
    people decide, as before."""
    names = gaz.cols["alternates"]
    own = names[idx]
    if own < KNOWN_NAMES:
        return False
    feature = gaz.feature
    return all(KNOWN_TIMES * names[i] <= own for i, fl in cands
               if i != idx and fl & _OWN_NAME and feature[i] in (CITY, CAPITAL))


def _split_by_qualifier(g: _Group, marks: list[tuple[int, tuple[frozenset[str], frozenset[str]]]],
                        groups: dict[_Group, list[Mention]],
                        cands_of: dict[_Group, tuple[tuple[int, int], ...]],
                        qualified: dict[_Group, tuple[frozenset[str], frozenset[str]]],
                        datelines: set[_Group], marked: tuple[set[_Group], ...]) -> None:
    """Split a name whose mentions are qualified differently ("from Paris, Texas, to Paris,
    France") into one name per qualifier, each resolved on its own: a qualifier decides its
    own mention, not the others'.  An unqualified mention goes with the nearest qualified
    mention before it ("... to Paris, France. Paris is ..." is the French capital), or, when
    none comes before it, with the first one after it.  One pass over the name's mentions.
    A dateline marks the part that holds it; the name's other marks ("inside", after "the",
    before a noun of a town's life) go to every part."""
    ms = groups.pop(g)
    cands = cands_of.pop(g)
    del qualified[g]
    own = dict(marks)
    current = marks[0][1]
    split: dict[tuple[frozenset[str], frozenset[str]], list[Mention]] = {}
    for i, m in enumerate(ms):
        current = own.get(i, current)
        found = split.get(current)
        if found is None:
            split[current] = [m]
        else:
            found.append(m)
    for n, (q, part) in enumerate(split.items()):
        # (the suffix keeps the name's candidates: see :func:`resolve`)
        g2 = (f"{g[0]}\x00q{n}", g[1])
        groups[g2] = part
        cands_of[g2] = cands
        qualified[g2] = q
        if g in datelines and any(m.dateline for m in part):
            datelines.add(g2)
        for flags in marked:
            if g in flags:
                flags.add(g2)
    for flags in (datelines, *marked):
        flags.discard(g)


def _keep_held(gaz: Gazetteer, held: list[tuple[Mention, _Choice, list[str]]],
               out: list[Resolved]) -> None:
    """Keep the names rejected only for want of support (``held``) that a place of the
    story kept in ``out`` vouches for: a town that a county or district of the story holds
    (within :data:`CONTAINED_KM` of its point, in its country: "Cornwall Council approved
    plans for homes on the edge of Truro") or that lies within :data:`BY_FEATURE_KM` of a
    sea, lake, river, peak or island the story keeps ("Holyhead ferry ... the Irish Sea"),
    then a first-level division that holds a town,
    county or district of the story (the same first-level code: "Ballina ... on the NSW
    north coast", "A Kerry man ... near Killarney"), as the towns that gained from it say.

    A town's holder is the first division of the story, in the order kept, that holds
    it; the divisions are read once each (a county named a hundred times is one), by
    country and latitude, and each town entry asks once: the work per held mention is
    bounded by the divisions within reach of its latitude, never by the story's length."""
    bands = _by_latitude(gaz, [r[2] for r in out])
    holders: dict[int, int] = {}  # town entry -> its holder, or -1
    regions = []
    features = None
    by_feature: dict[int, int] = {}  # town entry -> the feature it lies by, or -1
    by_namesake: dict[str, tuple[int, int]] = {}  # name -> (its town by a feature, the feature)
    for m, c, extra in held:
        if gaz.feature[c.entry] == REGION:
            regions.append((m, c, extra))
            continue
        holder = -1
        if bands is not None:
            holder = holders.get(c.entry, -2)
            if holder == -2:
                holder = holders[c.entry] = _holder(gaz, bands, c.entry)
        if holder >= 0:
            out.append(_make(Resolved, (m.start, m.end, c.entry, False, round(c.score, 2), (
                *_explain(gaz, c), *extra, f"lies in {gaz.name(holder)}, kept in the story"))))
            continue
        if features is None:
            # (the first few distinct ones, each town entry asking once: the work per held
            # mention is bounded, never by the story's length)
            features = list(dict.fromkeys(
                r[2] for r in out if gaz.feature[r[2]] in _BY_FEATURES
                and not math.isnan(gaz.lat[r[2]])))[:_BY_FEATURES_READ]
        by = by_feature.get(c.entry, -2)
        if by == -2:
            lat, lon = gaz.lat[c.entry], gaz.lon[c.entry]
            by = by_feature[c.entry] = next((
                f for f in features if km(lat, lon, gaz.lat[f], gaz.lon[f]) <= BY_FEATURE_KM),
                -1) if features and lat == lat else -1
        if by >= 0:
            # a town by a sea, a lake, a river, a peak or an island that the story keeps
            # ("Holyhead ... the Irish Sea", "Kaub ... the Rhine"), as by a county
            out.append(_make(Resolved, (m.start, m.end, c.entry, False, round(c.score, 2), (
                *_explain(gaz, c), *extra, f"lies by {gaz.name(by)}, kept in the story"))))
            continue
        if not features:
            continue
        other = by_namesake.get(m.key, (-2, -1))
        if other[0] == -2:
            other = by_namesake[m.key] = _namesake_by(gaz, m.candidates, c.entry, features)
        if other[0] >= 0:
            # a namesake of the town by such a feature, where the one chosen lies by none
            # ("Woolwich ... the Thames": London's Woolwich, not Maine's)
            out.append(_make(Resolved, (m.start, m.end, other[0], False, round(c.score, 2), (
                f"a namesake by {gaz.name(other[1])}, kept in the story", *extra))))
    if regions:
        inside: dict[str, int] = {}
        for r in out:
            if gaz.feature[r[2]] in _LOCAL:
                inside.setdefault(gaz.admin1_key(r[2]), r[2])
        for m, c, extra in regions:
            town = inside.get(gaz.admin1_key(c.entry))
            if town is None or town == c.entry:
                continue
            # (a demonym stays one: "the Welsh rail operator" is no mention of Wales itself)
            out.append(_make(Resolved, (m.start, m.end, c.entry, bool(c.flags & FLAG_DEMONYM),
                                        round(c.score, 2), (*_explain(gaz, c), *extra,
                                        f"holds {gaz.name(town)}, kept in the story"))))


def _namesake_by(gaz: Gazetteer, cands: tuple[tuple[int, int], ...], chosen: int,
                 features: list[int]) -> tuple[int, int]:
    """The town of its own name among ``cands`` (not ``chosen``) nearest to one of
    ``features``, within :data:`BY_FEATURE_KM` of it, and that feature; else ``(-1, -1)``.
    The candidates are read once per name, at most :data:`_BY_NAMESAKES_READ` of them."""
    best, best_km, by = -1, BY_FEATURE_KM, -1
    for i, flags in cands[:_BY_NAMESAKES_READ]:
        if i == chosen or not flags & FLAG_PRIMARY or gaz.feature[i] not in _LOCAL:
            continue
        lat, lon = gaz.lat[i], gaz.lon[i]
        if lat != lat:
            continue
        for f in features:
            d = km(lat, lon, gaz.lat[f], gaz.lon[f])
            if d <= best_km:
                best, best_km, by = i, d, f
    return best, by


#: why a name is not kept that a place of the story lying in it answers (see :func:`resolve`)
#: The reasons :func:`_reject` gives a place that nothing in the text supports: a
#: region or a town named as itself is held, not refused, by them (kept if a place of
#: the story lies in it or holds it).  Named once, so that the test and the reason
#: cannot drift apart.
_SMALL_UNSUPPORTED = "small place without support in the text"
_INITIAL_UNSUPPORTED = "sentence-initial word without support"
_UNSUPPORTED = frozenset([_SMALL_UNSUPPORTED, _INITIAL_UNSUPPORTED])
#: why a town chosen by another of its names is refused where the text places the name:
#: by the size and namesake tests after a locative, or with no locative before it
_ALTERNATE_UNPLACED = "an alternate spelling without a qualifier or a locative preposition"
_UNPLACED = frozenset([_SMALL_UNSUPPORTED, _ALTERNATE_UNPLACED])


def _alone(text: str, m: Mention) -> bool:
    """Whether a mention stands alone in its sentence: not its first word unless no other
    place bears its name ("Townsville was flooded"), before no capitalised word, nor a
    possessive and one ("Metro Vancouver", "Man found shot", "Norman's Welding" are
    not)."""
    return (not m.sentence_start or len(m.candidates) == 1) and not (
        m.after and m.after[0][:1].isupper()) and (
        _SAINT_POSSESSIVE.match(text, m.end, m.end + 16) is None)


#: "and the" after a name, and the capitalised word after it (see :func:`resolve`)
_AND_THE = (" and the ", " & the ")
_AND_THE_NAME = re.compile(r" (?:and|&) the (?=[A-Z])")


#: A town this close to the point of a county or district named in the story lies in it.
CONTAINED_KM = 40.0
#: ... and a town this close to the point of a sea, lake, river, peak or island the story
#: keeps lies by it (see :func:`_keep_held`)
BY_FEATURE_KM = 60.0
_BY_FEATURES = frozenset({SEA, RIVER, LAKE, MOUNTAIN, ISLAND})
_BY_FEATURES_READ = 16
#: ... and the namesakes of a held town read for one by such a feature, at most
_BY_NAMESAKES_READ = 64
#: ... and both gain these points ("Dublin and Laurens County": Dublin, Georgia)
CONTAINED = 4.0
#: ... and these when the division is a first-level one ("Waycross" and "Georgia")
CONTAINED_REGION = 2.0
_BAND = 0.5  # degrees of a cell of :func:`_contain`'s grid; CONTAINED_KM < 0.5 * 111 km
_PER_CELL = 8  # names' candidates kept per cell (bounds the work on hostile text)

#: degrees of latitude within which a division can hold a town: two points CONTAINED_KM
#: apart differ by at most CONTAINED_KM / 111.19 degrees of latitude (111.0: a margin)
_HOLD_DLAT = CONTAINED_KM / 111.0

#: a story's divisions of one country, by latitude: their latitudes, and (latitude, order of
#: first mention, longitude, entry) in the same order
_Band = tuple[list[float], list[tuple[float, int, float, int]]]


def _by_latitude(gaz: Gazetteer, entries: Iterable[int]) -> dict[str, _Band] | None:
    """The counties and districts with a point among the story's places ``entries`` (each
    once, in the order of its first mention) by country, each country's sorted by
    latitude, for :func:`_holder`; None where there are none."""
    firsts: dict[int, None] = {}
    for d in entries:
        if d not in firsts and gaz.feature[d] in (COUNTY, DISTRICT) and not math.isnan(
                gaz.lat[d]):
            firsts[d] = None
    if not firsts:
        return None
    rows: dict[str, list[tuple[float, int, float, int]]] = {}
    for order, d in enumerate(firsts):
        rows.setdefault(gaz.country(d), []).append((gaz.lat[d], order, gaz.lon[d], d))
    bands: dict[str, _Band] = {}
    for cc, row in rows.items():
        row.sort()
        bands[cc] = ([r[0] for r in row], row)
    return bands


def _latitude_band(lats: Sequence[float], lat: float, dlat: float) -> range:
    """The indices of the latitudes ``lats`` (sorted) within ``dlat`` degrees of ``lat``:
    the only points of a list sorted by latitude that may lie within ``dlat * 111`` km."""
    return range(bisect_left(lats, lat - dlat), bisect_right(lats, lat + dlat))


def _holder(gaz: Gazetteer, bands: dict[str, _Band], town: int) -> int:
    """The first division (by first mention) of the town's country within CONTAINED_KM of
    its point, or -1: only the divisions within :data:`_HOLD_DLAT` of its latitude are
    measured."""
    band = bands.get(gaz.country(town))
    lat, lon = gaz.lat[town], gaz.lon[town]
    if band is None or lat != lat:  # (NaN: no point, held by none)
        return -1
    lats, row = band
    best = first = -1
    for i in _latitude_band(lats, lat, _HOLD_DLAT):
        a, order, b, d = row[i]
        if (best < 0 or order < first) and km(lat, lon, a, b) <= CONTAINED_KM:
            best, first = d, order
    return best


def _contain(gaz: Gazetteer, chosen: dict[_Group, _Choice],
             stands: Callable[[_Group], bool], near: Proximity) -> None:
    """A town and a division of the story that holds it go together.

    "Volunteers from Dublin and Laurens County": of the Dublins, one lies in
    a Laurens County (Dublin, Georgia), and of the Laurens Counties, one holds
    a Dublin: both take those entries (+4 each, "lies in Laurens County,
    named in the story" and "holds Dublin, named in the story").  A town lies in a
    county or district when it is within 40 km of the division's point.
    First-level divisions count too, by their code, with +2: "Waycross"
    and "Georgia" are the town of the US state when nothing else
    says which Georgia (a country named by another place of the story, as
    Tbilisi names Georgia the country, keeps the tie).  A candidate takes
    part only if the points could make it win; of several, the one with the
    most partners wins.  Only names that stand as places take part (not
    "Jasper" of "Mike Jasper").  The work is bounded by the candidates
    near each division (at most 8 names per cell of half a degree, 8 towns
    per first-level division), never by the length of the story.
    """
    if not any(c.divides and c.reach and not c.qualified for c in chosen.values()):
        return  # (most stories: no namesake division, so nothing to pair; see below)
    divisions = []
    states: dict[str, list[tuple[float, _Static, int, int, _Group, str]]] = {}
    open_ = []
    for g, c in chosen.items():
        if not c.reach or c.qualified:
            continue
        open_.append((g, c))
        # (a first-level division already chosen gives its towns its points as it is)
        if not c.divides or not any(
                t[7] in (COUNTY, DISTRICT) or (t[7] == REGION and t[3] != c.entry)
                for _sc, t, _n, _a in c.reach) or not stands(g):
            continue
        name = base_name(g[0].split("\x00", 1)[0])
        for item in c.reach:
            t = item[1]
            if t[7] in (COUNTY, DISTRICT) and t[8] == t[8]:  # (not NaN: a point)
                divisions.append((*item, g, name))
            elif t[7] == REGION and t[3] != c.entry:
                states.setdefault(t[6], []).append((*item, g, name))
    if not (divisions or states):
        return  # (most stories: no namesake division that a town could make win)
    cells: dict[tuple[int, int], list[tuple[float, _Static, int, int, _Group, str]]] = {}
    towns: dict[str, list[tuple[float, _Static, int, int, _Group, str]]] = {}
    for g, c in open_:
        name = ""
        for item in c.reach:
            t = item[1]
            if t[7] not in (CITY, CAPITAL) or t[8] != t[8]:  # (NaN: no point)
                continue
            name = name or base_name(g[0].split("\x00", 1)[0])
            entry = (*item, g, name)
            if divisions:
                cell = cells.setdefault((math.floor(t[8] / _BAND), math.floor(t[9] / _BAND)), [])
                if len(cell) < _PER_CELL:
                    cell.append(entry)
            if t[6] in states and not item[3]:  # (a region already named gives its points)
                held = towns.setdefault(t[6], [])
                if len(held) < _PER_CELL:
                    held.append(entry)
    if not (cells or towns):
        return
    # name -> candidate entry -> (points with the bonus, candidate, country named, region
    # named, the bonus, how, the partner's entry, the partners' names, the closest partner)
    gains: dict[_Group, dict[int, tuple[float, _Static, int, int, float, str, int, set[str],
                                        float]]] = {}

    def gain(big: tuple[float, _Static, int, int, _Group, str],
             small: tuple[float, _Static, int, int, _Group, str], bonus: float,
             dist: float) -> None:
        # a first-level division and a town: both must be able to win with the bonus (or
        # have won without it) ("Georgia" is not the US state for an "Athens" that stays
        # Greek); a county holding a namesake of a town of the story is evidence enough
        # between namesake counties
        for p, cand, _cn, _ca, g, _n in (big, small) if bonus == CONTAINED_REGION else ():
            c = chosen[g]
            if c.entry != cand[3] and p + bonus <= c.score:
                return
        for (p, cand, cn, ca, g, _n), how, other, partner in (
                (big, "holds", small[1][3], small[5]), (small, "lies in", big[1][3], big[5])):
            mine = gains.setdefault(g, {})
            found = mine.get(cand[3])
            if found is None or found[0] < p + bonus:
                mine[cand[3]] = (p + bonus, cand, cn, ca, bonus, how, other,
                                 {partner} | (found[7] if found else set()),
                                 min(dist, found[8]) if found else dist)
            else:
                found[7].add(partner)
                if dist < found[8]:
                    mine[cand[3]] = (*found[:8], dist)

    for d in divisions:
        t, name = d[1], d[5]
        ci, cj = math.floor(t[8] / _BAND), math.floor(t[9] / _BAND)
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                for town in cells.get((ci + di, cj + dj), ()):
                    tt = town[1]
                    if town[5] != name:
                        dist = km(t[8], t[9], tt[8], tt[9])
                        if dist <= CONTAINED_KM and stands(town[4]):
                            gain(d, town, CONTAINED, dist)
    for a1, regions in states.items():
        for town in towns.get(a1, ()):
            for r in regions:
                if r[5] != town[5] and stands(town[4]):
                    gain(r, town, CONTAINED_REGION, CONTAINED_KM)
    for g, options in gains.items():
        # the most points, then the most partners ("Sumner County" holding both
        # "Hendersonville" and "Gallatin" rather than another holding one), then the closest; a
        # town also near another place of the story keeps those points too
        key = g[0].split("\x00", 1)[0]
        p, t, nat, adm, bonus, how, other, _partners, _dist = max(
            options.values(), key=lambda o: (o[0], len(o[7]), -o[8], o[1]))
        close = t[7] in _LOCAL and bool(near) and near.near(t[8], t[9], key)
        p += 2.0 * close
        c = chosen[g]
        if (p >= c.score and t[3] != c.entry and bonus == CONTAINED) or p > c.score:
            reason = f"{how} {gaz.name(other)}, named in the story +{bonus:g}"
            chosen[g] = c._replace(entry=t[3], flags=t[4], score=p,
                                   qualified=t[10], strong=t[11], regional=True, national=nat,
                                   admin1_named=adm, close=close, within=reason)


_MAX_OPEN = 16  # names settled together at most (the pairs asked grow with their square)
_MAX_OPTIONS = 12  # candidates of each of them


def _settle_together(gaz: Gazetteer, chosen: dict[_Group, _Choice]) -> None:
    """Namesakes without support settle together: a town or county whose namesakes tie
    takes the one lying near a namesake of another such name of the story.

    "Hendersonville" and "Sumner County" in a story that names neither state:
    Hendersonville, Tennessee lies in Sumner County, Tennessee, so the county
    is that one and not the Kansas namesake.  Only
    names with no support of their own take part (no qualifier, no country or
    region named, no sure place nearby), and only when some of a name's options
    lie near another name's options and others do not, and only names read by
    their own name (an alternate spelling, "The City" for a town called so in
    other tongues, is no town that namesakes settle near).  The work is bounded
    (at most 16 names of 12 options each), whatever the length of the story.
    """
    open_ = [(g, c) for g, c in chosen.items()
             if len(c.options) > 1 and not (c.regional or c.national)
             and gaz.feature[c.entry] in _LOCAL
             and not (c.strong and gaz.feature[c.entry] in (CITY, CAPITAL))
             and c.flags & _OWN_NAME][:_MAX_OPEN]
    if len(open_) < 2:
        return
    opts = [(g, g[0].split("\x00", 1)[0], c, c.options[:_MAX_OPTIONS]) for g, c in open_]
    # every option's point, by latitude: each question reads only the band within reach
    points = sorted((t[8], t[9], name) for _g, name, _c, theirs in opts for _sc, t in theirs
                    if t[8] == t[8])  # (not NaN)
    lats = [p[0] for p in points]
    reach = NEAR_KM / 111.0
    for g, name, c, mine in opts:
        near = []
        for sc, t in mine:
            lat, lon = t[8], t[9]
            if lat != lat:  # (NaN: no point)
                continue
            lo, hi = bisect_left(lats, lat - reach), bisect_right(lats, lat + reach)
            if any(k != name and km(lat, lon, a, b) <= NEAR_KM
                   for a, b, k in points[lo:hi]):
                near.append((sc, t))
        if not near or len(near) == len(mine):
            continue
        sc, t = max(near)
        chosen[g] = c._replace(entry=t[3], flags=t[4], score=sc + 2.0, qualified=t[10],
                               strong=t[11], close=True)


#: what joins two names of a list: "Ontario and Quebec", "Ontario, Quebec"
_JOINED = re.compile(r"(?:[ \t]*+,[ \t]*+(?:and[ \t]++|or[ \t]++)?+|[ \t]++(?:and|or|&)[ \t]++)")


def _coordinate(text: str, gaz: Gazetteer, groups: dict[_Group, list[Mention]],
                chosen: dict[_Group, _Choice],
                cands_of: dict[_Group, tuple[tuple[int, int], ...]]) -> None:
    """A town listed right beside a first-level division of its country, named by the
    division's own name, is that country's first-level division of its name, when there
    is one: "freezing rain across Ontario and Quebec" is the province of Quebec, not
    Quebec City (``within`` says so); "Kharkiv and Zaporizhzhia" are two cities, though
    each names its oblast too."""
    # (not a national capital: "Alabama and Washington" may well be the government)
    towns = {g for g, c in chosen.items() if gaz.feature[c.entry] == CITY and _facts(
        gaz, g, cands_of[g])[1]}
    # ... and a first-level division listed right beside a country is the country of its
    # name, when there is one: "Samoa, France, Italy, Georgia and Chinese Taipei"
    states = {g for g, c in chosen.items() if gaz.feature[c.entry] == REGION
              and c.flags & FLAG_ADMIN1 and any(gaz.feature[i] == COUNTRY for i, _f in cands_of[g])}
    if not (towns or states):
        return
    spans = sorted((m.start, m.end, g) for g, ms in groups.items() for m in ms)
    switched: dict[_Group, _Choice] = {}
    for k, (start, end, g) in enumerate(spans):
        state = g in states
        if g in switched or not (state or g in towns):
            continue
        for j in (k - 1, k + 1):
            if not 0 <= j < len(spans):
                continue
            s2, e2, other = spans[j]
            lo, hi = (e2, start) if j < k else (end, s2)
            if other == g or not _JOINED.fullmatch(text, lo, hi):
                continue
            c = _listed_with(gaz, chosen[g], cands_of[g], chosen[other], state)
            if c is not None:
                switched[g] = c
                break
    chosen.update(switched)


def _listed_with(gaz: Gazetteer, c: _Choice, cands: tuple[tuple[int, int], ...],
                 partner: _Choice, state: bool) -> _Choice | None:
    """The choice ``c`` becomes, listed right beside ``partner`` (see :func:`_coordinate`):
    a first-level division (``state``) beside a country is the country of its name; a
    town beside a first-level division is the division of its name in that division's
    country, when there is one; None when it stays."""
    pf = gaz.feature[partner.entry]
    if state:
        if pf != COUNTRY:
            return None
        idx, flags = next((i, f) for i, f in cands if gaz.feature[i] == COUNTRY)
        return c._replace(
            entry=idx, flags=flags, regional=False, qualified=False, national=True,
            strong=True, options=(), reach=(),
            within=f"listed with {gaz.name(partner.entry)}, a country")
    if pf != REGION or not partner.flags & FLAG_ADMIN1:
        return None
    cc = gaz.country(partner.entry)
    idx, flags = next(((i, f) for i, f in cands if gaz.feature[i] == REGION
                       and gaz.admin1_key(i) and gaz.country(i) == cc), (-1, 0))
    if idx < 0:
        return None
    return c._replace(
        entry=idx, flags=flags, regional=True, qualified=False,
        national=c.national or cc in (gaz.country(c.entry),),
        strong=_is_strong(gaz, REGION, idx, flags), options=(), reach=(),
        within=f"listed with {gaz.name(partner.entry)}, a first-level division of its country")


#: the words of a first-level division's own rank and government: after a town's name
#: ("Washington state", "Quebec's premier", "Kaduna State Governor") or before "of" and it
#: ("the province of Quebec", "the Premier of Victoria"), they make the name its
#: country's division of that name
_RANKS = ("state", "province")
_GOVERNING = (*_RANKS, "premier", "governor")


def _cased(words: tuple[str, ...], upper: bool = True) -> str:
    """An alternation of ``words`` in lower case, with a capital, and (``upper``) in
    capitals: the forms that news writes a division's rank in."""
    return "|".join(f for w in words for f in (w, w.title(), *((w.upper(),) if upper else ())))


_GOVERNED_AFTER = re.compile(rf"(?:['\u2019]s)?+[ \t]++(?:{_cased(_GOVERNING)})\b")
_GOVERNED_BEFORE = re.compile(rf"(?:{_cased(_GOVERNING, upper=False)})[ \t]++of[ \t]++$")
#: ... and the ranks that news writes of divisions outside the US ("the Donetsk region",
#: "Kyiv oblast"), which make the name a division of the country of its big towns: "the
#: Washington region" and "the Charlotte region" are US metropolitan areas
_RANKS_ABROAD = ("region", "oblast", "prefecture", "governorate")
_GOVERNED_ABROAD = re.compile(
    rf"(?:['\u2019]s)?+[ \t]++(?:{_cased(_RANKS_ABROAD, upper=False)})\b")
#: ... and "county" in lower case after the name, of a first-level division of a country
#: whose first-level divisions English calls counties ("Cork county", "Kisumu county",
#: "Nyeri county"): the name is the division.  Elsewhere "county" after a name is a US
#: county's or an English one's, not a division abroad ("Santa Barbara county" is no
#: department of Honduras)
_COUNTY_AFTER = (" county", "'s county", "\u2019s county")
_COUNTY_COUNTRIES = frozenset(["IE", "KE", "LR", "HR", "HU", "RO", "EE", "LT", "SE", "NO"])


def _county_after(text: str, end: int) -> bool:
    """Whether "county" in lower case, a word of its own, follows the name ending at
    ``end`` (after its possessive too; see :data:`_COUNTY_AFTER`)."""
    if not text.startswith(_COUNTY_AFTER, end):
        return False
    after = text.find("county", end, end + 10) + 6
    return not text[after:after + 1].isalpha()


#: ... and a US legislator's or governor's title and name before "of" ("Sen. Raphael
#: Warnock of", "Rep. Marjorie Taylor Greene of"): the name after "of" is the US state
_MEMBER_OF = re.compile(
    r"\b(?:Sen|Rep|Gov)\.[ \t]++(?:[A-Z][\w.'’-]*+[ \t]++){1,4}of[ \t]$")


#: the US parties' members, whose news is of the US states
_PARTISAN = (" Democrats", " Republicans", " GOP ")
#: the events of a region's size, and the verbs of their striking a place ("A typhoon hit
#: Okinawa", "Floods swept Punjab", "Typhoon Jebi hit Okinawa"; see :func:`_struck`)
_REGION_EVENTS = frozenset([
    "typhoon", "typhoons", "hurricane", "hurricanes", "cyclone", "cyclones", "storm", "storms",
    "earthquake", "earthquakes", "quake", "quakes", "tsunami", "monsoon", "monsoons", "flood",
    "floods", "flooding", "drought", "droughts", "blizzard", "blizzards", "heatwave",
    "snowstorm", "snowstorms"])
_STRIKING = frozenset([
    "hit", "hits", "struck", "strikes", "striking", "lashed", "lashes", "lashing", "battered",
    "batters", "battering", "pounded", "pounds", "pounding", "swept", "sweeps", "sweeping",
    "ravaged", "ravages", "devastated", "devastates", "slammed", "rocked", "rocks", "rattled",
    "shook", "gripped", "grips", "paralysed", "paralyzed"])
#: ... the verbs with the space after them, for one string test before the words are read
_STRIKING_ENDS = tuple(sorted(f"{w}{sp}" for w in _STRIKING for sp in " \t"))
#: ... and their last letters, asked first (most words before a name end otherwise: "in",
#: "of", "to", "the", "from")
_STRIKING_LAST = frozenset(w[-1] for w in _STRIKING)


def _struck(text: str, start: int) -> bool:
    """Whether the name at ``start`` is the object of a verb of striking after an event of a
    region's size, or after such an event's noun and its own name ("A typhoon hit Okinawa",
    "Typhoon Jebi hit Okinawa", "The storm battered Okinawa"; :data:`_REGION_EVENTS`,
    :data:`_STRIKING`): a first-level division and its namesake town are both places
    there, and the event names the division.  "A fire hit Okinawa" is of a town's size.
    Three words before the name are read, by string tests."""
    if text[start - 2:start - 1] not in _STRIKING_LAST or not text.endswith(
            _STRIKING_ENDS, 0, start):
        return False
    i, verb = _letters_before(text, start)
    if verb not in _STRIKING:
        return False
    j, event = _letters_before(text, i)
    if event in _REGION_EVENTS:
        return True
    # (an event's own name between its noun and the verb: "Typhoon Jebi hit")
    return j < i and text[j:j + 1].isupper() and _letters_before(text, j)[1] in _REGION_EVENTS


#: the acts of a government that a division's name is the subject of, as the name of its
#: government ("Quebec will hold an election", "Queensland declared a state of emergency",
#: "Ontario passed a law"; see :func:`_acts`): the verbs, the words before them that make
#: their tense, and the nouns of the act
_ACT_VERBS = frozenset([
    "hold", "holds", "held", "declare", "declares", "declared", "pass", "passes", "passed",
    "impose", "imposes", "imposed", "introduce", "introduces", "introduced", "enact",
    "enacts", "enacted", "announce", "announces", "announced", "call", "calls", "called",
    "lift", "lifts", "lifted"])
_ACT_TENSES = frozenset(["will", "would", "has", "had", "could", "must", "may", "might"])
_ACT_NOUNS = frozenset([
    "election", "elections", "referendum", "law", "laws", "bill", "legislation", "lockdown",
    "curfew", "emergency", "disaster"])
#: ... the words that end the verb's object before such a noun ("passed a motion on the
#: law", "called for a lockdown" are no act of the name's)
_ACT_BREAKS = frozenset(["on", "in", "at", "to", "for", "with", "about", "over", "after",
                         "before", "and", "or", "but", "that", "against", "from", "by"])

#: ... and the name before its government ("Quebec's government", "the Quebec
#: government"), which is its own
_GOVERNMENT_AFTER = tuple(f"{p} {g}" for p in ("", "'s", "\u2019s")
                          for g in ("government", "Government"))


def _acts(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is the subject of a government's act: right
    before one of :data:`_ACT_VERBS` (after a word of its tense), whose object, within four
    words and no preposition between, is an election, a referendum, a law, a lockdown, a
    curfew or a state of emergency ("Quebec will hold an election", "Ontario passed a
    law", "Queensland declared a state of emergency"); or right before any verb in lower
    case (after a word of its tense) whose object is its own, "its" ("Queensland will
    reopen its borders", "Victoria extended its lockdown": a body acts, no person); or
    right before its government ("Quebec's government said"): a first-level division and
    its namesake town are both places there, and a government's act names the division.
    Seven words after the name are read at most, by string tests."""
    if text.startswith(_GOVERNMENT_AFTER, end):
        return True
    if text[end:end + 1] != " ":
        return False
    words = text[end + 1:end + 72].split(None, 7)
    if not words:
        return False
    i = 1 if words[0] in _ACT_TENSES else 0
    if i >= len(words):
        return False
    if i + 1 < len(words) and words[i + 1] == "its" and words[i][:1].islower() and (
            words[i] not in _ACT_BREAKS):
        # (any verb whose object is the name's own, no person's: "Queensland will reopen
        # its borders", "Victoria extended its lockdown"; "Victoria extended her lead" is
        # a woman's)
        return True
    if words[i] not in _ACT_VERBS:
        return False
    for word in words[i + 1:i + 5]:
        word = word.rstrip(".,;:!?")
        if word in _ACT_NOUNS:
            return True
        if word in _ACT_BREAKS or not (word[:1].islower() or word[:1].isdigit()):
            return False
    return False


def _governed(text: str, gaz: Gazetteer, groups: dict[_Group, list[Mention]],
              cands_of: dict[_Group, tuple[tuple[int, int], ...]]
              ) -> tuple[list[_Group], list[_Group]]:
    """The names written with the rank or the government of a first-level division named
    like them, which are that division, not its namesake town: "wildfires in Washington
    state" is the US state, not the capital; "Quebec's premier", "the province of
    Quebec" the province, not Quebec City; "Rio de Janeiro state" the state.  Asked
    before the story's context is gathered, so that the division places the story's
    other names ("Washington state lawmakers met in Olympia"); a name that is also a
    country is left to it.  So is a name struck by an event of a region's size, a storm,
    a quake, floods ("A typhoon hit Okinawa" is the prefecture, not its town of Okinawa;
    see :func:`_struck`).

    And, second, the names right after "on" (before no possessive) that an island of the
    supplement and some other place bear, which are the island (see :func:`_on_island`):
    "homes on Flores" is Indonesia's island, not Uruguay's department.  Both are read
    from the mentions of a name whose candidates hold a first-level division or a
    natural feature, in one pass over the story's names."""
    out = []
    isles: list[_Group] = []
    # (whether the story writes a legislator's title or a party's members: searched for
    # in the whole text once some name is a first-level division's, which most stories'
    # names are not)
    titled: bool | None = None
    partisan = False
    countries: set[_Group] | None = None  # the names a country bears, in a partisan story
    facts_of = gaz.group_cache
    for g, ms in groups.items():
        # the cheap tests first: a name that no first-level division bears (most names;
        # memoised), then a rank or a title right beside a mention of the name, where
        # alone the patterns can match ("region" or "statement" elsewhere in the story
        # says nothing of it); only then are its candidates counted.  (A legislator's or
        # governor's state, "Rep. Marjorie Taylor Greene of Georgia", is the US state even
        # where a country bears its name.)
        cands = cands_of[g]
        facts = facts_of.get(g)
        if facts is None:
            facts = _facts(gaz, g, cands)
        if facts[2] and any(_on_island(text, m.start, m.end) for m in ms) and any(
                gaz.feature[i] == ISLAND for i, _f in cands) and not all(
                gaz.feature[i] == ISLAND for i, _f in cands):
            isles.append(g)
            continue
        if not facts[1]:
            continue
        if titled is None:
            titled = "Sen." in text or "Rep." in text or "Gov." in text
            partisan = any(word in text for word in _PARTISAN)
        member = titled and any(text.endswith(" of ", 0, m.start) and _MEMBER_OF.search(
            text, max(0, m.start - 48), m.start) for m in ms)
        if not member and partisan and countries is None:
            # (a story of US party politics that names no other country: "Georgia's runoff
            # ... Democrats said"; "Democrats condemned Russia's attack on Georgia" names
            # one; the names that a country bears are gathered once)
            countries = {h for h in groups if any(
                gaz.feature[i] == COUNTRY for i, _f in cands_of[h])}
        party = not member and countries is not None and countries <= {g}
        ranked = any(_GOVERNED_AFTER.match(text, m.end, m.end + 12) or (
            text.find("of", max(0, m.start - 14), m.start) >= 0 and _GOVERNED_BEFORE.search(
                text, max(0, m.start - 14), m.start)) for m in ms)
        abroad = not ranked and any(_GOVERNED_ABROAD.match(text, m.end, m.end + 15) for m in ms)
        county = not (ranked or abroad) and any(_county_after(text, m.end) for m in ms)
        struck = not (ranked or abroad or county) and any(_struck(text, m.start) for m in ms)
        acted = not (ranked or abroad or county or struck) and any(
            _acts(text, m.end) for m in ms)
        if not (member or party or ranked or abroad or county or struck or acted):
            continue
        n = states = 0
        country = False
        for i, _f in cands:
            f = gaz.feature[i]
            if f == COUNTRY or (acted and f == CAPITAL and gaz.pop[i] >= BIG_CITY):
                # (a country's name is left to it; so, where it acts, is a national
                # capital's, whose acts are its country's government's by this plugin's
                # convention: "Washington imposed a ban" is no act of the US state)
                country = True
            elif f == REGION and gaz.admin1_key(i):
                n += 1
                states += gaz.country(i) == "US"
        if ((member or (party and country)) and states == 1 and len(cands) > 1) or (
                not country and 0 < n < len(cands) and (
                    ranked or struck or acted or (abroad and _abroad(gaz, cands)) or (
                        county and any(
                            gaz.feature[i] == REGION and gaz.admin1_key(i)
                            and gaz.country(i) in _COUNTY_COUNTRIES for i, _f in cands)))):
            if not member and _placed_elsewhere(text, gaz, g, ms, cands):
                continue
            out.append(g)
    return out, isles


def _placed_elsewhere(text: str, gaz: Gazetteer, g: _Group, ms: list[Mention],
                      cands: tuple[tuple[int, int], ...]) -> bool:
    """Whether a comma's country right after some mention of a name, or "in" and a country,
    holds none of the name's first-level divisions ("An earthquake shook Concepción, Chile's
    second city", "... Concepción in Chile": Chile's town, not Paraguay's department): the
    text places the name, and a rank, an event or a government's act makes no division of
    another country of it.  The words after the comma or "in" are read once per mention
    (see :func:`_qualifier` and :func:`_in_qualifier`, memoised by their words)."""
    for m in ms:
        if text.startswith(",", m.end):
            countries, admin1 = _qualifier(text, gaz, m.end)
        elif text.startswith(" in ", m.end):
            # (a country that holds some candidate of the name: "in January" says nothing)
            countries, admin1 = _in_qualifier(text, gaz, m.end, g, cands)
            countries = countries - _MARKS
        else:
            continue
        if countries and not admin1 and not any(
                gaz.feature[i] == REGION and gaz.admin1_key(i) and gaz.country(i) in countries
                for i, _f in cands):
            return True
    return False


def _abroad(gaz: Gazetteer, cands: tuple[tuple[int, int], ...]) -> bool:
    """Whether a name's first-level divisions lie outside the US, in the country of each of
    its big towns (see :data:`_GOVERNED_ABROAD`)."""
    countries = {gaz.country(i) for i, _f in cands
                 if gaz.feature[i] == REGION and gaz.admin1_key(i)}
    return "US" not in countries and all(
        gaz.country(i) in countries for i, _f in cands
        if gaz.feature[i] in (CITY, CAPITAL) and gaz.pop[i] >= BIG_CITY)


#: the rank of a first-level division, or its government, right after its name or ending
#: it ("Fujian province", "Lagos State", "Ontario Premier Doug Ford", "Kerala Chief
#: Minister"): the name is the division's, in any story (the words of :data:`_GOVERNING`
#: and :data:`_RANKS_ABROAD`, in any case, and a few more)
_DIVISION_RANK = re.compile(
    rf"(?:['\u2019]s)?+[ \t]++(?:{'|'.join(_GOVERNING + _RANKS_ABROAD)}|territory"
    r"|chief[ \t]minister|government|legislature|provincial|territorial)\b",
    re.IGNORECASE)
#: ... or its police, where no town bears its name as its own ("Sabah police", "Kerala Police"; a
#: town's police are written so too: "Berea police" are Berea, Kentucky's, not a district's
#: of Lesotho)
_POLICE = re.compile(r"[ \t]++[Pp]olice\b")
#: ... or its council, written without "the" ("Cornwall Council approved", "Mayo County
#: Council said"; "the Federation Council" is a body of its own)
_DIVISION_COUNCIL = re.compile(r"[ \t]++(?:[Cc]ounty[ \t]++)?+(?:[Cc]ouncil|[Aa]ssembly)\b")
_RANK_ENDS = (" state", " province", " region", " prefecture", " governorate", " oblast",
              " territory", " territories")
#: ... or named again by its rank later in the story ("Ontario has seen a rise in measles
#: cases, the province's chief medical officer said"): the story names a division of that
#: rank, and the name is the division's
_RANK_AFTER = re.compile(r"\bthe[ \t]++(?:province|state|territory)\b")


def _ranked_division(text: str, key: str, start: int, end: int) -> bool:
    """Whether a division's name at ``start:end`` is written with its rank, government
    or council (see :data:`_DIVISION_RANK` and :data:`_DIVISION_COUNCIL`)."""
    return key.endswith(_RANK_ENDS) or _DIVISION_RANK.match(text, end, end + 24) is not None or (
        _DIVISION_COUNCIL.match(text, end, end + 24) is not None and not _after_the(text, start))


#: currency signs of one country before an amount ("£300m", "A$2 billion", "KSh 500"): a
#: story that counts in them names their country (not "$" or "€", shared by many; not
#: "E£", "US$": a letter before the sign makes it another currency)
_CURRENCY_OF = {"£": "GB", "A$": "AU", "AU$": "AU", "C$": "CA", "CA$": "CA", "NZ$": "NZ",
                "₹": "IN", "₦": "NG", "HK$": "HK", "S$": "SG", "R$": "BR", "KSh": "KE",
                "Ksh": "KE"}
_CURRENCY = regex.compile(
    r"(?<![\p{L}\p{N}])(" + "|".join(regex.escape(c) for c in sorted(
        _CURRENCY_OF, key=len, reverse=True)) + r")[ \t]?+\d")
#: ... which all hold one of these marks; a match begins at most this many characters
#: before its mark
_CURRENCY_REACH = {"£": 0, "₹": 0, "₦": 0, "KSh": 0, "Ksh": 0, "$": 2}
#: ... and the characters that stand right before a mark inside a sign, for the marks that
#: never open one ("A$", "NZ$": a "$" after any other character is no sign's)
_BEFORE_MARK = {mark: frozenset(sign[sign.index(mark) - 1] for sign in _CURRENCY_OF
                                if mark in sign)
                for mark, reach in _CURRENCY_REACH.items()
                if reach and not any(sign.startswith(mark) for sign in _CURRENCY_OF)}


_DOLLAR_SET = frozenset((_DOLLAR_MARK,))
_MOVED_SET = frozenset((_MOVED_MARK,))
_DOLLAR_AMOUNT = re.compile(r"(?<![A-Za-z$])\$[ \t]?\d")


def _dollars(text: str) -> bool:
    """Whether the text counts in "$" alone before an amount ("$480,000", not "US$5")."""
    return "$" in text and _DOLLAR_AMOUNT.search(text) is not None


def _currencies(text: str) -> set[str]:
    """The countries whose own currency the text counts in (see ``_CURRENCY_OF``)."""
    # (``_CURRENCY.finditer(text)``, asked only where a match can begin, a few characters
    # before a mark: no match begins inside another, so the countries are those of the
    # matches that begin anywhere; a mark of one country is asked until it is found once)
    # (a mark that never opens a sign, "$", is asked only after a character that stands
    # before it in one: a match of another sign nearby holds its own mark, asked there)
    found: set[str] = set()
    match = _CURRENCY.match
    for mark, reach in _CURRENCY_REACH.items():
        before = _BEFORE_MARK.get(mark)
        i = text.find(mark)
        while i >= 0:
            if before is not None and text[i - 1:i] not in before:
                i = text.find(mark, i + 1)
                continue
            for q in range(max(0, i - reach), i + 1):
                amount = match(text, q)
                if amount is not None:
                    found.add(_CURRENCY_OF[amount.group(1)])
            if not reach and amount is not None:
                break
            i = text.find(mark, i + 1)
    return found


#: words of one country's public life, not place names: its police and courts, its local
#: government, its schools, its parties and its units ("sheriff's deputies", "council tax",
#: "RCMP"): a story that uses them is told in that country.  Only words that no other
#: English-speaking country uses for its own institutions: "MP", "premier", "province",
#: "mph", "Rs", "crore" and "lakh" (India, Pakistan, Bangladesh, Nepal), "congressman"
#: (the Philippines), "highway patrol" (New South Wales), "county commissioner" (Kenya),
#: "constabulary" (Jamaica), "A-levels" (Singapore, Sri Lanka), "school district"
#: (British Columbia) and "AFL" (also the AFL-CIO) are shared, and say nothing; so is
#: "Garda" alone (Lake Garda), where "Gardaí", its plural, is Ireland's police.
_PUBLIC_LIFE = {
    "US": (r"[Ss]heriff(?:[’']?s)? (?:[Oo]ffice|[Dd]epartment|[Dd]eput(?:y|ies))",
           r"[Cc]ounty [Ss]heriff", r"[Ss]tate [Tt]roopers?",
           r"[Dd]istrict [Aa]ttorney", r"Interstate \d+",
           r"GOP", r"Fahrenheit", r"ZIP [Cc]ode",
           r"[Bb]oard of [Ss]upervisors", r"Medicaid", r"[Mm]isdemeanor",
           r"[Ss]tate (?:[Ss]enator|[Rr]epresentative|Sen\.|Rep\.)"),
    "GB": (r"[Cc]ouncil [Tt]ax", r"NHS", r"GCSEs?", r"Ofsted", r"Crown Prosecution Service"),
    "CA": (r"RCMP", r"MPPs?"),
    "AU": (r"Centrelink",),
    "IN": (r"[Dd]istrict [Cc]ollector", r"Lok Sabha", r"Rajya Sabha"),
    "IE": (r"Garda[íi]", r"Garda Síochána", r"Taoiseach", r"T[áa]naiste", r"Dáil",
           r"Oireachtas", r"Seanad"),
}
#: ... each country's words as one pattern (asked only of a story that names no country)
_PUBLIC = tuple(
    (cc, lazy_regex(rf"(?<![\p{{L}}\p{{N}}])(?:{'|'.join(words)})(?![\p{{L}}\p{{N}}-])"))
    for cc, words in _PUBLIC_LIFE.items())


#: ... and what every match of a country's words holds: a text without any of them is not
#: searched with the country's pattern (a search for a string is far faster)
_PUBLIC_FRAGMENTS = {
    "US": ("heriff", "rooper", "ttorney", "Interstate", "GOP", "Fahrenheit", "ZIP",
           "upervisors", "Medicaid", "isdemeanor", "tate Sen", "tate sen", "tate Rep",
           "tate rep"),
    "GB": ("ouncil Tax", "ouncil tax", "NHS", "GCSE", "Ofsted", "Crown Prosecution Service"),
    "CA": ("RCMP", "MPP"),
    "AU": ("Centrelink",),
    "IN": ("ollector", "Sabha"),
    "IE": ("Garda", "naiste", "aoiseach", "Dáil", "Oireachtas", "Seanad"),
}


#: words of a public body named by its word and then its country or division ("Police
#: Scotland", "Environment Canada", "Statistics Canada", "Sport England", "Public Health
#: England"): the place ends the body's name, and is the place ("Air Canada" is a firm's)
_AGENCY_WORDS = frozenset(["police", "environment", "transport", "statistics", "sport",
                           "health", "parks", "fisheries", "oceans", "tourism", "visit",
                           "historic", "heritage", "revenue", "elections", "immigration",
                           "justice", "infrastructure", "forestry", "education"])


def _agency(gaz: Gazetteer, c: _Choice, f: int, before: tuple[str, ...],
            after: tuple[str, ...]) -> bool:
    """Whether a country or a first-level division ends a public body's name after a word
    of :data:`_AGENCY_WORDS` ("Police Scotland said", "Environment Canada")."""
    return _ends_agency(before, after) and (
        f == COUNTRY or (f == REGION and bool(gaz.country(c.entry))))


def _ends_agency(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether a name ends a body's name after a word of :data:`_AGENCY_WORDS` ("Police
    Scotland", "Environment Canada"), whatever the name resolves to."""
    return not after and bool(before) and before[-1].lower() in _AGENCY_WORDS


def _public_life(text: str) -> set[str]:
    """The countries whose own public life the text speaks of (see ``_PUBLIC_LIFE``)."""
    return {cc for cc, pattern in _PUBLIC if any(
        fragment in text for fragment in _PUBLIC_FRAGMENTS[cc]) and pattern.search(text)}


#: "the" right before a word, as :func:`_reject` asks of a demonym before a natural feature
_THE_BEFORE = ("the ", "The ", "THE ")


#: a noun of programming right after a name: the name is a language's or a program's, not a
#: place's ("Java programming", "Java applets", "the Java runtime"; not a noun of a person,
#: whom a place's name qualifies as any noun: "a Brazilian programmer"; see :func:`_reject`,
#: which asks it of a natural feature, an island of the supplement: "Java")
_SOFTWARE_AFTER = (" programming", " applet", " runtime", " compiler", " bytecode")
#: the natural features named like a language of programming or a program ("Java"): in a
#: text of software they are software's (see :func:`_software_text`)
_SOFTWARE_NAMES = frozenset(["java"])
#: the words of computing that make a text one of software, in a name's sentence or the one
#: before it (compiled at first use: few texts name such a feature)
_SOFTWARE_WORDS = (r"\b(?:software|programs?|code|coding|developers?|phones?|mobiles?"
                   r"|computers?|apps?|Sun Microsystems|Oracle)\b")


@functools.cache
def _software_words() -> re.Pattern[str]:
    """:data:`_SOFTWARE_WORDS`, compiled at first use (and by the plugin's load, which
    keeps its code)."""
    return re.compile(_SOFTWARE_WORDS, re.IGNORECASE)


def _software_text(text: str, start: int, end: int) -> bool:
    """Whether the sentence of the name at ``start:end``, or the one before it, speaks of
    software (a word of :data:`_SOFTWARE_WORDS`): "written in Java", "Java developers",
    "phones now have Java onboard".  Reads the two sentences, of 300 characters each at
    most, once for each mention of such a name."""
    stop = text.rfind(". ", start - 300 if start > 300 else 0, start)
    if stop < 0:
        lo = start - 300 if start > 300 else 0
    else:
        before = text.rfind(". ", stop - 300 if stop > 300 else 0, stop)
        lo = before + 2 if before >= 0 else (stop - 300 if stop > 300 else 0)
    hi = text.find(". ", end, end + 300)
    return _software_words().search(text, lo, hi if hi >= 0 else end + 300) is not None


def _sentence_has(text: str, start: int, end: int, words: re.Pattern[str]) -> bool:
    """Whether the sentence of the name at ``start:end`` (300 characters either side at
    most) holds one of ``words``."""
    stop = text.rfind(". ", start - 300 if start > 300 else 0, start)
    lo = stop + 2 if stop >= 0 else (start - 300 if start > 300 else 0)
    hi = text.find(". ", end, end + 300)
    return words.search(text, lo, hi if hi >= 0 else end + 300) is not None


#: the characters that open every pattern of the words after a name that :func:`_reject` reads
_BLANKS = frozenset(" \t")
#: a water feature's form before its name ("the Strait of X", "the Gulf of X") ...
_FORM_OF = ("Strait of ", "Straits of ", "Gulf of ", "Bay of ", "Sea of ", "Isle of ")
#: ... and the words of a feature's own form, which name no place after it ("the Strait of
#: Bay" names no strait of Somalia's Bay region)
_FORM_WORDS = frozenset(["bay", "bays", "sea", "seas", "gulf", "strait", "straits", "isle",
                         "island", "islands", "lake", "river", "cape", "sound", "harbour",
                         "harbor", "creek", "loch", "lough", "channel"])


def _reject(text: str, gaz: Gazetteer, m: Mention, c: _Choice, ev: list[str],
            persons: set[str], strong_keys: set[str], lower_words: _LowerWords,
            countries_named: bool = False, local: bool = False, f: int = -1,
            abroad: bool = False, demonym_keys: set[str] | None = None) -> str | None:
    """Why the mention is not kept as a place, or None when it is (appends to ``ev``);
    ``f`` is the feature of the chosen entry, when the caller has it; ``abroad``, the story
    names a country other than the town's own (not only by the town itself);
    ``demonym_keys``, the names that the story's demonyms are read by."""
    start, end, key, _cands, before, prev_key, after, sentence_start, dateline, _abbrev, hint = m
    if f < 0:
        f = gaz.feature[c.entry]
    single = " " not in key
    town = f in (CITY, CAPITAL)
    # (the rules of the words after it read patterns that open with a space or a tab: a
    # mention before a comma, a full stop or a possessive's mark skips them all)
    spaced = text[end:end + 1] in _BLANKS
    # (... and those of a team, asked of a town or a side, by one test)
    sided = spaced and (town or f in _SIDES) and _SIDE_AFTER.match(
        text, end, end + 50) is not None
    # (function words, heads of "X of Y" names and names after a capitalised word with
    # no mention before it are dropped by :func:`resolve` before this)
    if dateline:
        ev.append("dateline")
        return None
    if single and key in _FORM_WORDS and text.endswith(_FORM_OF, 0, start):
        # a feature's form whose "of" is followed by a word of a feature's form, not by a
        # place of its kind (a country, a town, an island), names no place: the water the
        # story means is none the index holds, and neither it nor the word is annotated
        return "a feature's word after a feature's form and 'of' ('the Strait of Bay')"
    if f == REGION and key.endswith(" state") and (after or not _after_the(text, start)) and (
            gaz.country(c.entry) == "US" and fold(gaz.name(c.entry)) not in key):
        # a US state's nickname ("Golden State") is the state after "the" ("wildfires
        # swept the Golden State"); bare, it is the team that bears it ("Golden State beat
        # the Lakers", "Golden State travel to Denver"), and before a capitalised word a
        # part of a longer name ("the Golden State Warriors", "the Golden State Freeway")
        return "a state's nickname without 'the', or inside a longer name"
    if town and not c.qualified and f"{key}{_MADE}" in persons:
        return "a maker's name: the story writes a model year before it ('a 2007 Toyota')"
    if sided and town and (team := _TEAM.match(text, end, end + 30)) is not None and (
            team.group(1) is None or (team.group(1).lower() not in _NOT_SURNAMES
                                      and team.group(1).lower() not in NAME_HEADS)):
        # (a club is named for its town; "Charlton County manager" is the county's)
        return "a team's name before a noun of its people ('Everton fans')"
    if f in (REGION, COUNTY, DISTRICT) and key.startswith(_SAINT_KEYS) and key.count(
            " ") == 1 and _POSSESSIVE.match(text, end):
        # (a division named for a saint alone, in the possessive, is a church's, a school's
        # or a hospital's, whatever follows: "St. Michael's pupils", "switch to St.
        # Michael's for the English program"; a town keeps it: "St. Cloud's budget")
        return "a saint's possessive: a church's or a school's ('St. Michael's pupils')"
    if sided and town and (team := _FOLLOWERS.match(text, end, end + 40)) is not None and (
            not any(w is not None and (w.lower() in _NOT_SURNAMES or fold(w) in persons or (
                not w.endswith("s") and w.lower() in NAME_HEADS)) for w in team.groups())):
        return "a team's name before a noun of its followers ('Brisbane Lions supporters')"
    # (a dish's, a cloth's, a breed's, a drink's or an illness's noun after it: one test)
    nouns = spaced and _NOUN_AFTER.match(text, end, end + 40) is not None
    dish = _DISH.match(text, end, end + 20) if nouns else None
    if (dish is not None and dish.lastindex is None) or (nouns and (breed := _BREED.match(
            text, end, end + 30)) is not None and (f != COUNTRY or (
                breed.lastindex is None and not text[start:end].isupper()
                and _HERD_TRADE.match(text, breed.end(), breed.end() + 20) is None))):
        return ("a dish's, a cloth's or a breed's name ('Peking duck', 'Madras cloth', "
                "'Shetland pony', 'Jersey cows')")
    if f != COUNTRY and not c.flags & FLAG_DEMONYM and ((not (f == REGION and c.strong) and (
            (dish is not None and (
                dish.lastindex == 1
                or (key in _GOODS_NAMES and _GOODS_TRADE.match(text, end) is not None)
                or _sentence_has(text, start, end, _DRINK_WORDS)))
            or (text.endswith(_DRINK_BEFORE_ENDS, 0, start) and _DRINK_BEFORE.search(
                text, start - 24 if start > 24 else 0, start) is not None))) or (
                    key in _GOODS_NAMES and text.endswith(_GOODS_ARTICLE, 0, start)
                    and _GOODS_AFTER.match(text, end) is not None)):
        return "a wine's, a spirit's or a cheese's name ('a glass of Rioja', 'Cognac sales')"
    if nouns and ILLNESS_AFTER.match(text, end, end + 40) is not None:
        return "an illness's name: a noun of an illness after it ('West Nile virus')"
    if f != COUNTRY and ((text.endswith(_PET_BEFORE, 0, start) and _PET_AFTER.match(
            text, end) is not None) or (text.endswith(_ARTICLE_BEFORE, 0, start) and (
                _NAMED_AFTER.match(text, end) is not None))) and _sentence_has(
                    text, start, end, _ANIMAL_WORDS):
        return "a breed's name in a sentence of animals ('Her Labrador barked')"
    if before and before[-1] in _PARTICLES and len(before) > 1 and (
            before[-2] in _STREET_WORDS or (before[-2:] == ("de", "la") and len(before) > 2
                                            and before[-3] in _STREET_WORDS)):
        return "part of a street's or a station's name ('the Gare du Nord', 'Rue de Rivoli')"
    if f in _NATURAL and text.startswith(_SOFTWARE_AFTER, end):
        return "software's name: a noun of programming after it ('Java programming')"
    if f in _NATURAL and key in _SOFTWARE_NAMES and not c.national and _software_text(
            text, start, end):
        # (a natural feature named like a language, in a text of software: "written in
        # Java", "Java developers"; its country named keeps it the island: "offices in
        # Java, Indonesia's most populous island")
        return "software's name: a text of software, its country not named"
    if f == ISLAND and not c.flags & _OWN_NAME and (key in persons or _POSSESSIVE.match(
            text, end) or not (_arrived_on(text, start, end) or _town_locative(text, start))):
        # an island by a name that is a person's too ("Lewis", "Flores": the supplement's
        # placed names) is the island only where the text places it, before no possessive,
        # in a story that does not write it as a person's: "He died on Lewis", "The ferry
        # to Lewis"; not "Lewis said", "the pressure on Flores", "a tree planted in Flores'
        # honor" of a story of Matthew Flores
        return "an island's name that is a person's too, where the text does not place it"
    if sided and town and _CLUB_SUFFIX.match(text, end, end + 20) is not None:
        return "a club's name: a word only a club's has after its town ('Manchester United')"
    # (a town is asked always; a county or a state, and a result without a score, only in
    # a story that gives a result with its score, which most do not)
    if town or (f in _SIDES and lower_words.scored() and not (
            f == REGION and gaz.country(c.entry) == "GB")):
        if text.startswith("from ", start - 5) and text.endswith(_CLUB_FROM, 0, start):
            return "a club's name: the club a player comes from ('a striker from Lyon')"
        margin = lower_words.margin
        if margin is None:
            margin = lower_words.margin = " runs" in text or " wickets" in text
        if sided and (_RESULT_MARGIN if margin else _RESULT).match(
                text, end, end + 50) is not None:
            return "a team's name before a match's result ('Newcastle drew 1-1')"
        if (sided and (_SCORE_MARGIN if margin else _SCORE).match(
                text, end, end + 40) is not None and (
                _BEATEN.search(text, start - 14 if start > 14 else 0, start) is not None)) or (
                    text[start - 30 if start > 30 else 0:start].rstrip(" \t").endswith(
                        _SCORED_ENDS) and _SCORED.search(
                            text, start - 30 if start > 30 else 0, start) is not None):
            return ("a team's name between a result's verb and its score, or after both "
                    "('beat Munster 24-17', 'drew 1-1 with Sunderland')")
        if (((head := text[end + 1:end + 5]) in _BARE_HEADS and text.startswith(
                _BARE_AFTER, end) and (head != "held" or text[end + 6:end + 7].isupper())) or (
                    text[start - 4:start] in _BARE_TAILS and text.endswith(
                        _BARE_BEFORE, 0, start))) and (
                            lower_words.scored() or lower_words.played()):
            return ("a team's name at a result without a score, in a story that gives a "
                    "result with its score or a match's ending ('Green Bay lost at home to "
                    "Detroit', 'Toronto defeated Miami in overtime')")
    # part of a longer name (a person's, an organisation's): a place right after a
    # capitalised word ("Khazar", "Main") is part of that name, unless the word is a
    # function word opening the sentence ("In"), a direction ("Northern") or a place
    # itself separated by more than a space ("Washington-Moscow")
    if hint & HINT_NAMED and not (
            prev_key and prev_key in strong_keys and text[start - 1:start] != " ") and not (
                # (a people's combining form ends in "o" before its hyphen: "Sino-US talks",
                # "Franco-German", "the Sino-Japanese war"; it opens no longer name)
                text.startswith("-", start - 1) and before[-1].endswith("o")) and not (
                before and not after and _agency(gaz, c, f, before, after)) and not (
                # (a people's adjective between "the" and a natural feature says whose part
                # of it is meant: "the Peruvian Andes", "the Swiss Alps", "the Canadian
                # Rockies"; without "the" it opens a firm's name: "Canadian Pacific")
                f in _NATURAL and prev_key and demonym_keys and prev_key in demonym_keys
                and text[start - 1:start] == " " and text.endswith(
                    _THE_BEFORE, 0, start - 1 - len(before[-1]))):
        return f"after the capitalised word {before[-1]!r}"
    if sided and town and _OFFICE.match(text, end, end + 18):
        return "a leader's name before 'administration', 'presidency' or 'era'"
    # (a qualifier of another mention of the name, "in Jackson, Mississippi", does not
    # make this one a place: "Jackson Browne will play two nights in Jackson, Mississippi")
    qualified = c.qualified and not text.startswith(" ", end)
    if after and not qualified and _before_surname(
            text, key, start, end, after, town and not c.flags & FLAG_DEMONYM,
            f == COUNTRY or (f == REGION and key in GIVEN_NAMES and bool(
                gaz.admin1_key(c.entry)))):
        return f"a given name before {after[0]!r}"
    if single and after and not qualified and not c.flags & FLAG_DEMONYM and _before_speaker(
            text, start, end, after, lower_words):
        # ("Dallas Green died on Thursday. ... Green said", "Paris Hilton ... Hilton said")
        return f"a given name before {after[0]!r}, a surname the story writes alone"
    strong = c.strong
    if not c.qualified and key.startswith(_SAINT_HEADS) and ((
            not strong and _SAINT_POSSESSIVE.match(text, end, min(len(text), end + 16))) or (
                key.endswith(" s") and after and after[0].lower() not in _CIVIC
                and _SAINT_NAME_AFTER.match(text, end, end + 8))):
        # "St James' Park", "St. Mary's High School": a saint's church, school or park
        # (a town's possessive before a common noun stays the town's: "St. Cloud's
        # budget"; so does a big city's: "St. Petersburg's airport")
        return "a saint's name before a possessive and a name"
    if key in persons and not c.qualified and (not strong or (
            ((f == CITY and f"{key}{_SURNAME}" in persons) or (
                f"{key}{_GIVEN}" in persons and f != COUNTRY) or f"{key}{_FULL}" in persons)
            and _SPEECH.match(text, end, end + 12))):
        # (a big city too, right before a verb of people, when the story writes its name
        # as a surname: "referee John Dallas. Dallas said"; a capital so is its
        # government, "Beijing said"; and a place other than a country when the story
        # writes its name as the given name of a person it names in full: "Victoria
        # Beckham ... Victoria said"; a country speaks in news, and news refers back to a
        # person by the surname: "Israel Katz said ... Israel said" is the country)
        return "also used as a person's name in the text"
    if sentence_start and single and f not in (COUNTRY, CONTINENT) and _DETERMINER.match(
            text, end, end + 8):
        return "opens a sentence before a determiner (a verb or adjective: 'Reading the')"
    if not strong and after and after[0][:1].isupper() and (
            after[0].lower() not in NAME_HEADS) and after[0] not in _WEEKDAYS and not (
            _city_body(after)) and not (local and _LOCAL_NOUN.match(text, end, end + 14)) and (
            not (f == REGION and (_body_initials(text, start, end, after[0]) or (
                gaz.admin1_key(c.entry) and _ranked_division(text, key, start, end)) or (
                _initials(text, start, end))))) and (
            # (the town opening the dateline is the story's own wherever it recurs:
            # "NORWICH — ..." then "the Norwich Public Safety Building")
            _DATELINE_MARK not in c.qual[0] or f not in (CITY, CAPITAL)):
        return f"a first name before {after[0]!r}"
    if single and town and key in TOWN_WORDS and not (
            c.qualified or dateline):
        return "an English word ('Central', 'Union') without a qualifier"
    if after and after[0].lower().rstrip(".") in _STREETS:
        # a street is named after the place: "Washington Avenue", "Malta Road"
        return f"part of a street's name before {after[0]!r}"
    if after and town and (after[-1].lower() in _VENUES or (
            len(after) > 1 and (after[-2].lower(), after[-1].lower()) in _VENUE_PAIRS)) and not (
            c.regional or c.qualified or (c.national and gaz.country(c.entry) != "US")
            or _dominant(gaz, c.entry, _cands)):
        # a town's name opening a venue's is the venue's: it names the town only where the
        # story places the town (its region or country named, a place near it, a
        # qualifier) or no namesake comes near it ("the Sydney Opera House"); else it is
        # a town elsewhere ("Madison Square Garden" is no Madison, Wisconsin)
        return f"the first word of a venue's name before {after[-1]!r}, a town not placed"
    if town and (key.endswith(FEATURE_ENDS) or (
            not after and text[end:end + 2] in FEATURE_STARTS
            and _FEATURE_AFTER.match(text, end, end + 12) is not None)) and not c.regional:
        # a town's name before a natural feature's word in lower case ("the Godavari
        # river", "the Periyar river"), or ending with one ("Darling Downs"), names the
        # feature as often: the town only where the story places the town (its region
        # named, a qualifier, a place near it), not a namesake town of another state
        return "a natural feature's name, not a town the story places"
    if f in _NATURAL and after and after[0][:1].isupper():
        # a sea, river or range names other things after it ("Atlantic Beach", "Alps
        # Road", "Pacific Coast Federation", "Thames Valley District")
        return f"part of a longer name before {after[0]!r}"
    if f == REGION and after and after[0][:1].isupper() and text.startswith(" ", end) and (
            not gaz.admin1_key(c.entry) and after[0].lower() not in NAME_HEADS) and not (
            # (an abbreviation is the body's own name, "EU Trade Commissioner", "the EU
            # Constitution"; so is one after the name, "East Midlands MEP")
            text[start:end].isupper() or after[0].isupper()):
        # ... and so does a region of the supplement, before a word that heads no name of
        # its own after a space ("Midwest Restoration", "New England Patriots"; "EU-Israel
        # talks" and "Middle East Peace Process" are kept)
        return f"part of a firm's or a team's name before {after[0]!r}"
    if not strong and _firm(text, start, end):
        return "part of a firm's name ('Stevens & Wilkinson')"
    # a locative preposition right before it: the last word of the 12 characters before
    # ("according to" names a source, not a place: "according to Metro 911")
    before_words = text[start - 22 if start > 22 else 0:start].split()
    locative = (bool(before_words) and before_words[-1].lower() in LOCATIVES and not (
        len(before_words) > 1 and before_words[-1] == "to"
        and before_words[-2].lower() == "according")) or (
        # (the last member of a list after a locative is read as the first is: "Voters in
        # Assam and Sindh", "from Leeds, Hull and York")
        text.endswith(_LIST_ENDS, 0, start) and _IN_LIST.search(
            text, start - 80 if start > 80 else 0, start) is not None)
    if single and f == CITY and not (c.national or c.regional or c.qualified or locative) and (
            text.startswith(" ", end) and _MAKER.match(text, end, end + 60)):
        return "a firm's name before a maker's verb ('Toyota will build a plant')"
    big = strong and town
    if big and f == CITY and single and abroad and not (
            c.national or c.regional or c.qualified or locative) and after and (
                text.startswith(" ", end)) and _surname_follows(text, start, end, after, True):
        # (a big town abroad, before a word that reads as a surname, in a story that names
        # other countries but not the town's: a person's given name, "Jos Buttler hit 84 as
        # Lancashire won at Old Trafford in Manchester", not Jos, Nigeria)
        return (f"a given name before {after[0]!r}: a town of a country the story does "
                f"not name")
    if big and f == CITY and countries_named and not (c.national or c.regional) and (
            gaz.pop[c.entry] < FOREIGN_CITY) and not locative and not (
                len(_cands) == 1 and (not single or _CIVIC_AFTER.match(text, end, end + 12))):
        # (the story's "in Nice", "flew to Split" say it is a place: kept, as a town
        # under 100,000 people is with its locative; so is a name that no other place
        # bears, of several words or before its own police or council: "Jersey City police
        # said", "North Charleston"; its own country is all the story names)
        return "a town of a country the story does not name, among others it names"
    # (a name in capitals, "US", is an abbreviation, not the lower-case word "us"; asked
    # only now, as the text's words are read only for a name no test above rejected)
    surface = text[start:end]
    common = single and not (surface.isupper() and len(surface) > 1) and lower_words.has(key)
    if common and f == COUNTRY and not (sentence_start and not _POSSESSIVE.match(text, end)):
        # a country capitalised inside a sentence, or before a possessive, is the country
        # whatever the story's lower-case words ("Turkey's central bank" beside the turkey
        # of Thanksgiving, "Chad" beside a hanging chad)
        common = False
    # (the evidence of the rejections above is dropped, so these two are noted only now)
    if common:
        ev.append("also used as a lower-case word in the text")
    if single and f == CITY and not (after or locative or c.qualified) and (
            f"{key}{_SURNAME}" in persons):
        # a town's name alone, where the story writes it after a given name too ("Janet
        # Jackson's ... Last year, Jackson exposed"), is the person's surname, whatever the
        # town's size ("in Jackson" stays the town)
        return "a surname the story writes after a given name"
    if locative:
        ev.append("after a locative preposition")
    if local:
        ev.append("a town's name, before a noun of a town's people or institutions")
    # a town before its government's words ("Dublin City Council", "Dublin City Manager")
    # is a town: the text says so
    civic = town and len(after) > 1 and _city_body(after)
    if civic:
        ev.append("a town's name, before its government ('City Council')")
    if strong and not common:
        return None
    # (a name that opens the dateline is the story's own town wherever it recurs)
    supported = c.regional or (c.national and gaz.country(c.entry) != "US") or (
        _DATELINE_MARK in c.qual[0] and town) or local or civic or (
        # (a church office's see, a town of TOWN_AFTER_LOCATIVE people or more, is a place
        # as a town after "in" is: "the Archbishop of Canterbury")
        town and _SEE_MARK in c.qual[0]
        and gaz.pop[c.entry] >= TOWN_AFTER_LOCATIVE) or (
        # (a town after a preposition of place, near another place of the story: "The
        # ferry from Dover to Calais" places both, whose country the story need not name)
        c.close and locative and town) or (
        # (a town named side by side with a town near it: see _beside)
        town and _BESIDE_MARK in c.qual[0] and f"&{c.entry}" in c.qual[1])
    if not c.flags & _OWN_NAME and town and not (
            c.qualified or locative or ((c.admin1_named or (
                c.national and gaz.country(c.entry) != "US")) and not (
                sentence_start and single))):
        # a town matched only by one of its alternate spellings ("Lane") and supported
        # by nearby places alone: the story must say it is a place (a qualifier, a
        # locative, its country or region named: "Lachin" in a story naming Azerbaijan;
        # a word opening a sentence, only the first two: "NEW DELHI — Air quality")
        return _ALTERNATE_UNPLACED
    if common:
        return None if locative and (supported or c.score >= 9.0) else "common word"
    if f == REGION and not (big or supported) and c.flags & _OWN_NAME and gaz.admin1_key(
            c.entry) and lower_words.ranked_after(end):
        ev.append("a division the story names again by its rank ('the province')")
        return None
    if big or supported or (f in _DIVISIONS and _ranked_division(text, key, start, end)) or (
            # (a division alone, by its own name, struck by an event of a region's size:
            # "An earthquake struck Sichuan"; see :func:`_struck`)
            f == REGION and c.flags & _OWN_NAME and gaz.admin1_key(c.entry)
            and (_struck(text, start) or _acts(text, end))) or (
            f == REGION and _POLICE.match(text, end, end + 10) is not None and gaz.admin1_key(
                c.entry) and not any(gaz.feature[i] in (CITY, CAPITAL) and fl & FLAG_PRIMARY
                                 for i, fl in _cands)) or (
            len(_cands) == 1 and c.flags & _OWN_NAME and ((f == CAPITAL and not single) or (
                f == CITY and gaz.pop[c.entry] >= UNIQUE_TOWN
                and (_NEAR_PLACE if single else _IN_PLACE).search(
                    text, start - 6 if start > 6 else 0, start)
                and not (single and _POSSESSIVE.match(text, end))))):
        # (a national capital of several words that no other place bears stands alone:
        # "Kuwait City recorded 52C"; a town of one word, only after "near" and before no
        # possessive: "in God", "near Obama's home" are no towns)
        return None
    if f == REGION and not single and c.flags & _OWN_NAME and gaz.admin1_key(c.entry) and any(
            w not in DIRECTIONS and not lower_words.has(w) for w in key.split()) and (
            key[1] != " " or text.find(".", start, end) >= 0) and sum(
            gaz.feature[i] == REGION for i, _f in _cands) == 1 and not key.startswith(
                _SAINT_KEYS):
        # a first-level division of several words by its own name, one of them no word of
        # the story in lower case nor a direction, that no other region bears, stands alone
        # ("Flooding hit New South Wales", "British Columbia", "the S.C. Highway Patrol";
        # "South West", "Western Cape" and "West Coast", of New Zealand and Western
        # Australia, need a locative, a rank or a neighbour, and so do initials without
        # periods: "the N-C extension area"; and a saint's name, which is more often a
        # church's, a school's or the saint's: "St. Michael's pupils" is no Barbadian parish)
        return None
    if f == REGION and single and not sentence_start and c.flags & FLAG_ADMIN1 and gaz.holds[
            c.entry] >= BIG_CITY and key not in GIVEN_NAMES and (
            c.flags & FLAG_SHORT or fold(gaz.name(c.entry)) == key) and not abroad:
        # a first-level division of one word by its own name (or the part of it that news
        # writes, "Newfoundland"), holding a town of 100,000 people or more, stands alone
        # as such a town does ("Floods hit Kerala", "Heavy rain hit Sindh"; not a given
        # name, "Victoria", nor "Northland", of New Zealand, which holds no such town; a
        # word opening its sentence needs support, as any does: "Ontario has seen")
        ev.append(f"a first-level division holding a town of {BIG_CITY:,} people or more")
        return None
    if town and not after and not (
            countries_named and not c.national and f != CAPITAL) and (
            f"{key}{_INNER}" not in persons) and _after_town_locative(
                text, gaz, c, _cands, start, end, single):
        ev.append(f"a town of {ALTERNATE_AFTER_LOCATIVE:,} people or more by another of its "
                  "names, right after 'in', 'near', 'from', 'off' or a noun of travel's 'to'"
                  if not c.flags & _OWN_NAME else
                  f"a town of {TOWN_AFTER_LOCATIVE:,} people or more by its own name, right "
                  "after 'in', 'near', 'from', 'off' or a noun of travel's 'to', or before a "
                  "noun of a place within it ('cathedral', 'station', 'council')"
                  if gaz.pop[c.entry] >= TOWN_AFTER_LOCATIVE else
                  "a town by its own name right after 'off', at sea by its coast")
        return None
    if sentence_start and single:
        return _INITIAL_UNSUPPORTED
    if f in (COUNTY, DISTRICT) and not after and _on_island(text, start, end):
        # a county or district right after "on", the preposition of an island, which such
        # a division often is ("came ashore on Lesbos", "stranded on Palawan"), ending its
        # run, is the place that the best of its namesakes is, as after "in" below
        ev.append("a county or district right after 'on', as an island is")
        return None
    if (f == REGION and locative) or (f in _DIVISIONS and not after and (
            _town_locative(text, start) or _arrived_on(text, start, end) or (
                f != REGION and _the_division(
                text, key, start, end, c.flags)))):
        # a first-level division after a locative, and a county or district right after
        # "in", "near" or "from" ending its run ("lives in Cornwall"; not "Points of
        # Light", "went to Cher", "in Kentish Town"), is the place that the best of its
        # namesakes is (not after a preposition and "the" alone: "in the South East" of
        # an English story is not Botswana's district; "the Northwest Territories" is
        # ranked; a county or district that English names with "the" is so named: "in the
        # Scottish Borders", "from the Wirral"; and any division after "on" and a word of
        # arriving or staying, as a town there: "residents on Phuket")
        if not locative:
            ev.append("a county or district by its own name after 'in the', 'near the' or "
                      "'from the'")
        return None
    return _SMALL_UNSUPPORTED


#: a town this populous, by its own name, right after "in", "near", "from" or "off" is the
#: place (see :func:`_after_town_locative`)
TOWN_AFTER_LOCATIVE = 10_000
#: a town this populous is the place by another of its names (one of GeoNames' alternate
#: spellings, of every tongue: "München", "Wien", "Ciudad de México") right after one of those
#: prepositions, as by its own name (see :func:`_after_town_locative`): the size at which a
#: town abroad stands without its country (:data:`FOREIGN_CITY`; a smaller town's other
#: names hold more that are no place's in English: "Google" is one of Topeka's)
ALTERNATE_AFTER_LOCATIVE = FOREIGN_CITY
#: ... those four prepositions, right before the name
_TOWN_LOCATIVE = re.compile(r"\b(?:in|near|from|off)[ \t]$")
#: ... of which "off" places a town of any size: what lies off a place is at sea by its
#: coast ("capsized off Lampedusa", "anchored off Sfax"), which news says of small places
#: as of big ones
_OFF = re.compile(r"\boff[ \t]$")
#: ... and "to" after a noun of travel, which goes to a place as "in" is in one ("flights
#: to Maun", "the road to Tsavo", "the ferry to Split"; not "talked to Obama")
_TRAVEL_TO = re.compile(
    r"\b(?:flights?|roads?|trips?|journeys?|routes?|ferry|ferries|trains?|bus|buses"
    r"|voyages?)[ \t]+to[ \t]$")


def _town_locative(text: str, start: int) -> bool:
    """Whether "in", "near", "from", or "to" after a noun of travel, is right before
    ``start`` (see :data:`_TOWN_LOCATIVE`, :data:`_TRAVEL_TO`)."""
    if _TOWN_LOCATIVE.search(text, start - 6 if start > 6 else 0, start) is not None:
        return True
    return text.endswith(("to ", "to\t"), 0, start) and _TRAVEL_TO.search(
        text, start - 14 if start > 14 else 0, start) is not None
#: "in the", "near the" or "from the" right before a name (see :func:`_the_division`)
_THE_LOCATIVES = ("in the ", "near the ", "from the ")


def _the_division(text: str, key: str, start: int, end: int, flags: int) -> bool:
    """Whether "in the", "near the" or "from the" is right before a county's or district's
    own name ``key`` at ``start:end``, a word of which is no compass direction, and the
    name ends its phrase (a stop, a comma or the line's end after it, or a function word:
    "in the Scottish Borders.", "from the Wirral and Chester"): English names some
    divisions with "the".  A name of compass words after "the" is a region of the story's
    own country as often ("in the South East" of an English story is not Delhi's or
    Botswana's district), and a name before a noun an adjective ("set in the Alpine
    country").  The caller asks it of a county or district ending its run."""
    if not (flags & FLAG_PRIMARY and text.endswith(_THE_LOCATIVES, 0, start)) or all(
            w in DIRECTIONS for w in key.split()):
        return False
    lead = start - (9 if text.endswith("near the ", 0, start) or text.endswith(
        "from the ", 0, start) else 7)
    if lead > 0 and text[lead - 1].isalnum():
        return False  # (a longer word: "within the", "Lin the")
    if text[end:end + 1] not in (" ", "\t"):
        return True  # (a stop, a comma, the line's end)
    word = text[end + 1:end + 16].split(None, 1)
    return not word or "".join(itertools.takewhile(str.isalpha, word[0])).lower() in (
        FUNCTION_WORDS)


#: "on" right before a name: the locative preposition of an island (see :func:`_on_island`)
_ON = re.compile(r"\bon[ \t]$")


def _on_island(text: str, start: int, end: int) -> bool:
    """Whether "on" is right before the name at ``start:end``, which no possessive follows:
    English says a place is on an island, and a second-level division named as an island
    is one ("on Lesbos", "on Gotland", "on Palawan", "on Cebu"; not "on Reading's desk").
    The caller asks it of a county or district alone: a town after "on" is as often a
    person, a club, a body or a word ("pressure on Obama", "take on Portadown", "called on
    Congress", "on Earth"), and a first-level division as often a people's or a trade's
    ("dependence on Gulf states")."""
    return text.endswith(("on ", "on\t"), 0, start) and _ON.search(
        text, start - 4 if start > 4 else 0, start) is not None and not _POSSESSIVE.match(
            text, end)
#: the words of arriving, landing, staying or living somewhere, and the nouns of the people
#: who do, whose "on" places a town (see :func:`_arrived_on`)
_ARRIVING = frozenset([
    "land", "lands", "landed", "landing", "arrive", "arrives", "arrived", "arriving", "ashore",
    "aground", "stranded", "marooned", "shipwrecked", "trapped", "holiday", "holidays",
    "holidaying", "holidayed", "honeymoon", "honeymooning", "honeymooned", "vacation",
    "vacationing", "vacationed", "live", "lives", "lived", "living", "born", "evacuated",
    "home", "homes", "house", "houses", "residents", "tourists", "holidaymakers", "islanders",
    # (and of something happening, being found or dying somewhere: "Protests erupted on
    # Lampedusa", "a body was found on Hydra", "died on Ibiza")
    "erupted", "erupts", "happened", "occurred", "found", "discovered", "died", "raged",
    "raging"])
#: the particles after which "on" places a name only after one of their verbs ("grew up on
#: Gotland", "broke out on Evia"; not "gave up on Chelsea", "lashed out on Twitter")
_ARRIVING_PHRASAL = {
    "up": frozenset(["grew", "grow", "grows", "growing", "grown", "brought", "raised",
                     "washed"]),
    "out": frozenset(["broke", "break", "breaks", "breaking", "broken"])}


def _arrived_on(text: str, start: int, end: int) -> bool:
    """Whether "on" is right before the name at ``start:end`` after a word of arriving,
    landing, staying or living somewhere, or a noun of the people who do ("landed on
    Lampedusa", "stranded on Kos", "a holiday on Corfu", "residents on Phuket"; or of
    something happening, being found or dying there: "Protests erupted on Lampedusa",
    "found on Hydra"; :data:`_ARRIVING`), or after a particle that follows one of its
    verbs ("grew up on Gotland", "broke out on Evia"; :data:`_ARRIVING_PHRASAL`): English
    says a place is on its island, and a small town that stands for its island is named
    so.  "On" after any other word names no town (a
    person, a club, a body, a topic or a word as often: "pressure on Obama", "take on
    Portadown", "called on Congress"), nor after these one of the planets and the Moon,
    whose names are towns' too ("landed on Mars", "living on Earth"; :data:`PLANETS`).
    A few characters before the name are read, by string tests."""
    if not text.endswith(("on ", "on\t"), 0, start) or start < 5 or (
            text[start - 4] not in " \t"):
        return False
    i, word = _letters_before(text, start - 4)  # (start - 4: the space before "on")
    verbs = _ARRIVING_PHRASAL.get(word)
    if verbs is not None:
        # (a particle: the word before it must be one of its verbs)
        if _letters_before(text, i)[1] not in verbs:
            return False
    elif word not in _ARRIVING:
        return False
    return fold(text[start:end]) not in PLANETS


def _letters_before(text: str, at: int) -> tuple[int, str]:
    """The word of letters alone (16 at most) before the spaces or tabs that end at
    ``at``: its start, and it in lower case; ``""`` where the run of letters is longer,
    or none is there."""
    k = at
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    i = k
    low = k - 16 if k > 16 else 0
    while i > low and text[i - 1].isalpha():
        i -= 1
    if i > 0 and text[i - 1].isalpha():
        return i, ""
    return i, text[i:k].lower()


#: nouns in lower case of a place or a body within a town, right after its name: "Ely
#: cathedral", "Crewe station", "Inverness airport", "Truro hospital", "Ely council" say that
#: the name is a place as "in" before it does, where no locative stands before it (see
#: :func:`_after_town_locative`); a noun of an event, a title or a memorial does not ("the
#: Chelsea flower show", "the Wimbledon champion", "the Lincoln memorial")
_PLACE_NOUNS = ("cathedral", "minster", "abbey", "airport", "station", "harbour", "harbor",
                "pier", "beach", "castle", "hospital", "prison", "council", "town centre",
                "town center", "city centre", "city center")
#: ... as a word after a space (see :func:`_place_within`)
_PLACE_WITHIN = re.compile(rf" (?:{'|'.join(_PLACE_NOUNS)})\b")
#: ... whose matches open with a space and a noun's first three letters: the expression is
#: asked only where the text after the name does
_PLACE_HEADS = tuple(dict.fromkeys(f" {noun[:3]}" for noun in _PLACE_NOUNS))
#: ... where "in" follows none of the nouns and verbs whose "in" takes an object, not a
#: place ("faith in Obama", "a stake in Tesla", "invested in Genet")
_IN_OBJECT = re.compile(
    r"\b(?:faith|trust|confidence|belief|beliefs|believe|believes|believed|believer"
    r"|believers|interest|interests|interested|stake|stakes|shares|invest|invests|invested"
    r"|investing|investment|investments|involvement|involved)[ \t]++in[ \t]$")


def _place_within(text: str, end: int) -> bool:
    """Whether a noun of :data:`_PLACE_NOUNS` follows the name ending at ``end`` ("Ely
    cathedral", "Crewe station"), the expression asked only after its first letters."""
    return text.startswith(_PLACE_HEADS, end) and _PLACE_WITHIN.match(text, end) is not None


#: the marks outside ASCII that write an apostrophe, a soft sign or an ʻokina inside a
#: town's own name ("Nuku‘alofa", "Qo‘qon", "Prokop’yevsk", "Xi’an"): punctuation, which
#: the text writes as "'" or leaves out, not an accent of a letter that the text lacks
_APOSTROPHE_MARKS = str.maketrans(dict.fromkeys("\u2018\u2019\u02bb\u02bc", "'"))


def _after_town_locative(text: str, gaz: Gazetteer, c: _Choice,
                         cands: tuple[tuple[int, int], ...], start: int, end: int,
                         single: bool) -> bool:
    """Whether the town ``c`` is read at ``start:end`` for the preposition right before it:
    "in", "near", "from" or "off" says that the name is a place, and its best namesake (the
    most populous where the story says nothing more: "lives in Truro" is Cornwall's, larger
    than Nova Scotia's) is kept when it has :data:`TOWN_AFTER_LOCATIVE` people or more (of
    any size after "off": "a boat capsized off Lampedusa"), by its own name as the text
    writes it (a town of :data:`BIG_CITY` people or more by the short form of its name too,
    "in Frankfurt" of Frankfurt am Main; not in capitals, an acronym's: "in GIF files"),
    ending its run of capitalised words ("near Griffith Park" is the park's), before no
    possessive ("in God" is no Göd, Hungary, whose name has an accent the text's lacks;
    "near Obama's home" no Obama, Japan), and no season ("in Spring next year"); "in"
    after a word whose "in" takes an object is none ("faith in Obama", "a stake in X").  A
    namesake town of its own country, by its own name, of a tenth of its people or more,
    leaves the choice to the story ("in Clinton" names no state of the US: Clinton,
    Maryland, and Clinton, Iowa, are of a size; "in Rock Hill" is South Carolina's, 15
    times Missouri's): where one country has several, its readers are told which.  (The
    caller asks this only of a town whose country the story names, or of a story that
    names no country: "drafted in David" of a story naming France and Italy is no town
    of Panama, though a national capital is asked in any story, as news names a capital
    abroad without its country: "landed in Reykjavik from Nuuk"; and of a name that the
    story never writes after another capitalised word: "Barack Obama ... faith in
    Obama".)  A town of :data:`ALTERNATE_AFTER_LOCATIVE` people or more is so read by
    another of its names too ("in München", "in Ciudad de México", "in Washington DC"),
    where no other place bears that name as its own but a division holding the town
    ("Wien", the Land of Vienna; "in Roma" names Roma, Queensland, as well).  A lower-case
    noun of a place or a body within a town right after the name says as much as "in"
    before it (:data:`_PLACE_WITHIN`: "at Ely cathedral", "Crewe station", "Ely council
    approved"), and the same sizes and namesakes decide."""
    entry = c.entry
    pop = gaz.pop[entry]
    other = not c.flags & _OWN_NAME
    if other and pop < ALTERNATE_AFTER_LOCATIVE:
        return False
    arrived = not other and _arrived_on(text, start, end)
    if not other and (not (c.flags & FLAG_PRIMARY or (
            # (the short form that English writes of a big town's name is its own name, as
            # :func:`_is_strong` reads it: "in Frankfurt" is Frankfurt am Main)
            c.flags & FLAG_SHORT and pop >= BIG_CITY)) or (
            pop < TOWN_AFTER_LOCATIVE and not (
            arrived or (text.endswith(("off ", "off\t"), 0, start) and _OFF.search(
                text, start - 5 if start > 5 else 0, start) is not None)))):
        return False
    if text[start:end].isupper():
        return False
    if not arrived and (not _town_locative(text, start) or (
            _IN_OBJECT.search(text, start - 20 if start > 20 else 0, start) is not None)) and (
            not _place_within(text, end)):
        return False
    if single and _POSSESSIVE.match(text, end):
        return False
    if not other and not (name := gaz.name(entry)).isascii() and text[start:end].isascii() and (
            not name.translate(_APOSTROPHE_MARKS).isascii()):
        return False
    if fold(text[start:end]) in SEASONS:
        return False
    if arrived and any(i != entry and gaz.pop[i] > pop and gaz.feature[i] in (CITY, CAPITAL)
                       for i, _fl in cands):
        # (after "on", the island's town where a bigger town bears the name by another
        # spelling: "evacuated on Rhodes" is Ródos, Greece, not Rhodes, New South Wales,
        # whose own name it is; the story must say which)
        return False
    if other:
        # (another spelling of a big town is the town where no other place bears it as its
        # own name but the town's own division: "Wien" is Vienna and the Land of Vienna,
        # "Warszawa" Warsaw and its district; "Roma" is Roma, Queensland, too)
        a1 = gaz.admin1_col[entry]
        return not any(i != entry and fl & _OWN_NAME and not (
            gaz.feature[i] in _DIVISIONS and gaz.admin1_col[i] == a1) for i, fl in cands)
    cc = gaz.country_col[entry]
    if any(i != entry and fl & FLAG_PRIMARY and gaz.country_col[i] == cc
           and gaz.feature[i] in (CITY, CAPITAL) and 10 * gaz.pop[i] >= pop
           for i, fl in cands):
        return False
    # (a namesake that only the story's country named supports is not read after the
    # locative where a town abroad of the name is known worldwide: it gives way to that
    # town, as a dropped one does, see _unsteered; "A US firm opened an office in Hereford"
    # is England's, 30 names, not Texas's, 8)
    return not (c.national and not (c.regional or c.qualified) and any(
        gaz.country_col[i] != cc and fl & _OWN_NAME and gaz.feature[i] in (CITY, CAPITAL)
        and _known_worldwide(gaz, i, cands) for i, fl in cands))


_BEARER = "another town's old or other name, refused as that town: the place bearing it"


def _own_bearer(gaz: Gazetteer, g: _Group, entry: int, cands: tuple[tuple[int, int], ...],
                qual: tuple[frozenset[str], frozenset[str]], ctx: _Context,
                hits: dict[_Group, _Hits]) -> _Choice | None:
    """The best place bearing the name ``g`` as its own, in the story's context, where the
    town ``entry``, chosen by another of its names, is refused: a name that a bigger town
    bore once or bears in another tongue is the own name of smaller towns, and the text
    that places the name ("in Salisbury", "Salisbury cathedral") places the best of them,
    as it would had the bigger town never borne it ("Salisbury" is Harare's old name, and
    Harare was refused, as other towns bear the name as their own: Salisbury, England, is
    the place).  None where no place bears it as its own, or a division holding the town
    bears it as its own ("Roma", Rome's and its province's).  The choice is made once a
    name, over its candidates."""
    key = g[0].split("\x00", 1)[0] if "\x00" in g[0] else g[0]
    if fold(gaz.name(entry)).startswith(f"{key} "):
        # (nor where the name is the bigger town's own name clipped, its name in use, not a
        # past one: a guard that no known sentence turns on, as "in Rio" of Rio de Janeiro
        # is refused either way: its bearers are Río, Greece, dropped for the accent that
        # the text's name lacks, see _after_town_locative, and two US towns under
        # TOWN_AFTER_LOCATIVE people)
        return None
    own = tuple(c for c in cands if c[1] & _OWN_NAME and c[0] != entry)
    a1 = gaz.admin1_col[entry]
    if not own or any(gaz.feature[i] in _DIVISIONS and gaz.admin1_col[i] == a1 for i, _f in own):
        # (a division holding the town bears the name as its own: the name is the town's
        # own in its tongue, not a past one, and the story must say which, as after any
        # locative: "in Roma" is Rome and the province of Rome, "in Moskva" Moscow)
        return None
    return _choose(gaz, (f"{g[0]}\x00own", g[1]), own, qual, ctx, hits)


#: a list of names ending in "counties" ("Putnam, Jasper and Newton counties"): each is a
#: county's name, not the town's
_COUNTIES = lazy_regex(
    r"(?:(?:,[ \t]++(?:and[ \t]++|or[ \t]++)?+|[ \t]++(?:and|or|&)[ \t]++)"
    r"\p{Lu}[\p{L}'’.\-]*+(?:[ \t]\p{Lu}[\p{L}'’.\-]*+)?+){0,8}+,?+[ \t]++"
    r"(counties|Counties|parishes|Parishes|COUNTIES)\b")


_LIST_BEFORE = re.compile(r"(?:,|\band|\bor|&)[ \t]+$")
#: ... or the end of a range ("from Ellsworth to Riley counties")
_RANGE_BEFORE = re.compile(r"(?:,|\band|\bor|&|\bto|\bthrough)[ \t]+$")


def _in_counties(text: str, gaz: Gazetteer, m: Mention) -> Mention:
    """The mention read as a county's name when a list of names ending in "counties"
    follows it ("Putnam, Jasper and Newton counties"; the bare name of a county is
    otherwise left to the towns), else the mention unchanged.  A state or country alone
    right before "counties" is the state's ("Texas counties"), not at the end of a
    list ("Jasper and Texas counties"), nor one that qualifies the town before it ("Dublin,
    Ohio, and Clay counties")."""
    found = _COUNTIES.match(text, m.end, min(len(text), m.end + 240))
    if found is None:
        return m
    if found.start(1) - m.end < 3 and not _RANGE_BEFORE.search(
            text, max(0, m.start - 6), m.start):
        # alone right before "counties": "Texas counties", "the three metro Macon counties"
        # (one name is no list of counties: the counties of a state or around a town)
        return m
    if text.endswith(", ", 0, m.start) and text[m.start - 3:m.start - 2].isalpha() and any(
            gaz.feature[i] in (COUNTRY, REGION) for i, _flags in m.candidates):
        return m  # a state qualifying the town before: "Dublin, Ohio, and Clay counties"
    key = m.key + (" parish" if found.group(1).lower() == "parishes" else " county")
    cands = tuple(gaz.lookup(key))
    if not cands:
        return m
    return m._replace(key=key, candidates=cands, abbrev=False, hint=m.hint & ~HINT_FUNCTION)


#: the last words of newspapers' names ("The New York Times", "the Washington Post")
_PUBLICATIONS = frozenset(["times", "post", "herald", "tribune", "journal", "gazette",
                           "chronicle", "examiner", "courier", "telegraph", "inquirer",
                           "dispatch", "sentinel", "observer", "guardian", "globe"])


def _stands(text: str, m: Mention) -> int:
    """Whether a mention can stand as a place: 2 yes, 1 only if it names a strong place
    (it is followed by another capitalised word or joined to a firm's name by "&"), 0 no
    (it names a street or a leader's office).  Mirrors the tests of :func:`_reject` that
    do not depend on the chosen entry's context."""
    if m.hint & HINT_NAMED and text[m.start - 1:m.start] == " " and not _ends_agency(
            m.before, m.after):
        return 0  # part of a longer name ("Maple Grove Lot 4"; "Police Scotland" names its land)
    end, after = m.end, m.after
    if after and after[0].lower().rstrip(".") in _STREETS:
        return 0
    if _OFFICE.match(text, end, end + 18):
        return 0
    if after and _before_surname(text, m.key, m.start, end, after):
        return 0
    if after and after[-1].lower() in _PUBLICATIONS:
        return 0  # a newspaper's name says where it is printed, not where the story is
    if after and after[0][:1].isupper() and after[0].lower() not in NAME_HEADS and (
            after[0] not in _WEEKDAYS) and not _city_body(after):
        return 1
    if _firm(text, m.start, end):
        return 1
    return 2


#: a word in capitals: two letters or more, none in lower case
_CAPS_WORD = re.compile(r"[^a-z]*[A-Z][^a-z]*[A-Z][^a-z]*")


def _among_lower(text: str, start: int, end: int) -> bool:
    """Whether neither word on either side of ``start:end`` on its line is in capitals:
    the span is not part of a run in capitals (a headline, a dateline)."""
    line = text.rfind("\n", max(0, start - 24), start) + 1 or max(0, start - 24)
    before = text[line:start].rsplit(None, 1)
    if before and _CAPS_WORD.fullmatch(before[-1]):
        return False
    stop = text.find("\n", end, end + 24)
    after = text[end:stop if stop >= 0 else end + 24].split(None, 1)
    return not (after and _CAPS_WORD.fullmatch(after[0]))


def _body_initials(text: str, start: int, end: int, word: str) -> bool:
    """Whether ``word``, right after a division's name at ``start:end``, is the initials of
    one of its bodies ("Kerala BJP", "Ontario NDP", "Nova Scotia RCMP"): in capitals, in a
    text where the name is not (a surname is never written so in running text), and no
    Roman numeral ("Richard III")."""
    return len(word) > 1 and word.isupper() and word.isalpha() and text.startswith(
        " ", end) and not text[start:end].isupper() and word.strip("IVXLCDM") != ""


def _initials(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is written as initials in running text ("the NSW
    SES said"): a division's abbreviation, never a given name, which is not written in
    capitals where the words after it are not."""
    surface = text[start:end]
    return 1 < len(surface) <= 5 and surface.isalpha() and surface.isupper() and any(
        ch.islower() for ch in text[end:end + 40])


_SAINTS = ("Saint", "St", "Ste", "Sainte", "SAINT", "ST", "STE")
#: a capitalised word's possessive right before a name ("Haiti's ")
_AFTER_POSSESSIVE = regex.compile(r"\b\p{Lu}\p{L}*+['\u2019]s $")
#: words that end the name of a thing named after a place, besides :data:`NAME_HEADS`: a
#: given name of :data:`GIVEN_NAMES` before them is the place's ("the Sydney Olympics",
#: "Virginia Tech", "a Virginia Freedom of Information Act request")
_NOT_SURNAMES = frozenset(["olympics", "olympic", "games", "marathon", "act", "commonwealth",
                           "tech", "week", "show", "masters", "open", "conference", "forum",
                           "exchange", "bourse", "metro", "expo"])


def _before_surname(text: str, key: str, start: int, end: int, after: tuple[str, ...],
                    town: bool = False, division: bool = False) -> bool:
    """Whether a one-word name of :data:`GIVEN_NAMES` ending at ``end``, or a town's
    one-word name (``town``) at ``start:end`` right after a capitalised word's possessive
    ("Haiti's Dudley Dorival", "Sweden's Robert Kronberg": a country's athlete; not a
    demonym, "Yesterday's Georgian Foreign Ministry"), is a person's given name: a
    capitalised word follows it after a space ("Vladimir Putin", "Israel Katz"), and neither
    that word nor the last of its run is a head of an organisation's or a facility's name
    ("Sydney Opera House", "Israel Defense Forces", "Victoria Station"), a day ("Milan
    Tuesday") or a saint's ("Paris Saint-Germain"); see :data:`_NOT_SURNAMES`."""
    if not text.startswith(" ", end):
        return False
    given = key in GIVEN_NAMES
    if not given and not (town and text.startswith("s ", start - 2) and " " not in key
                          and _AFTER_POSSESSIVE.search(text, max(0, start - 24), start)):
        return False
    return _surname_follows(text, start, end, after, given, division)


def _surname_follows(text: str, start: int, end: int, after: tuple[str, ...], given: bool,
                     division: bool = False) -> bool:
    """Whether the capitalised words ``after`` a one-word name at ``start:end`` (a space
    between) read as a surname: see :func:`_before_surname`; ``given``, the name is a given
    name of :data:`GIVEN_NAMES` or a town's name read as one, by the same tests."""
    word = after[0]
    if not word[:1].isupper() or word in _WEEKDAYS or word in _SAINTS:
        return False
    first, last = word.lower(), after[-1].lower()
    if first in NAME_HEADS or first in _NOT_SURNAMES or last in NAME_HEADS or (
            last in _NOT_SURNAMES) or _city_body(after):
        return False
    if not given:
        return True
    # (a given name of the list: the word after it is a surname unless it names a firm, a
    # team, a body or a monument ("Kenya Airways", "India Gate"), is a title ("Georgia
    # Gov."), a function word ("Georgia On My Mind") or in capitals ("Paris SG"); unless
    # the word is a plural where the name is a country's or a division's ("Georgia
    # Educators"), after an article ("the Dallas Cowboys") or written after "the" in the
    # story ("Dallas Cowboys' stadium ... the Cowboys' new stadium"): a team, a body, a
    # people; and unless a locative right before places the name ("in Georgia"), where it
    # is no possessive's ("in George W. Bush's second term")
    if (len(word) > 1 and (word.isupper() or (
            first in FUNCTION_WORDS and first not in _NOT_GIVEN_LOWER))) or (
                word in ABBREVIATIONS):
        return False
    run = _CAPITALISED_RUN.match(text, end, end + 60)
    words = run.group().lower().split() if run is not None else [first]
    if any(w.rstrip("'\u2019.") in ORG_WORDS or w in NAME_HEADS for w in words):
        return False
    placing = _word_before(text, start)
    if _plural(word) or _plural(after[-1]):
        bare = word.rstrip("'\u2019")
        # (the story's "the Cowboys" is looked for within _THE_REACH characters of the
        # name, so that a text of many such names is read in linear time)
        lo, hi = max(0, start - _THE_REACH), end + _THE_REACH
        if division or placing in _ARTICLES or text.find(f"the {bare}", lo, hi) >= 0 or (
                text.find(f"The {bare}", lo, hi) >= 0):
            return False
    if placing not in _PLACING_LOCATIVES:
        return True
    i = text.find(after[-1], end, end + 80)
    return i >= 0 and text.startswith(("'s", "\u2019s", "'", "\u2019"), i + len(after[-1]))


#: the capitalised words after a name, up to four ("Georgia Environmental Protection
#: Division", "Kenya Red Cross"): where one names a firm, a body or a team, the name is
#: no given name
_CAPITALISED_RUN = re.compile(r"(?:[ \t]+[A-Z][\w'\u2019.&-]*){1,4}")


#: how far from a given name before a plural the story's "the" and that plural are looked
#: for ("Dallas Cowboys' stadium ... the Cowboys' new stadium")
_THE_REACH = 2000


#: words right before a given name of :data:`GIVEN_NAMES` that make it the place, or a
#: thing named for it: an article before a plural ("the Dallas Cowboys"), or a locative
#: ("in Georgia"; not "from" or "at", which people are named after as often: "a call
#: from Israel Katz")
_ARTICLES = frozenset(["the", "a", "an"])
_PLACING_LOCATIVES = frozenset(["in", "near", "across", "throughout", "around", "outside",
                                "inside", "into"])


def _before_speaker(text: str, start: int, end: int, after: tuple[str, ...],
                    lower_words: _LowerWords) -> bool:
    """Whether a one-word name ending at ``end`` is a person's given name as the story
    shows it: a capitalised word follows it after a space, that word and its run's last
    are no head of an organisation's or facility's name (:data:`NAME_HEADS`,
    :data:`_NOT_SURNAMES`), and the story writes that word alone before a verb of people
    ("Dallas Green ... Green said"; not "Dallas Police ... Police said"), or the two words
    stand right before one ("Lincoln Riley said")."""
    first = after[0]
    if not (first[:1].isupper() and text.startswith(" ", end)) or first in _WEEKDAYS or (
            first in _SAINTS):
        return False
    lower, last = first.lower(), after[-1].lower()
    if lower in NAME_HEADS or lower in _NOT_SURNAMES or last in NAME_HEADS or (
            last in _NOT_SURNAMES) or _city_body(after):
        return False
    # (a firm's word is no surname: "Tokyo Electric said", "Osaka Gas said")
    if lower in ORG_WORDS or last in ORG_WORDS:
        return False
    # (or the two words stand right before such a verb: "Lincoln Riley said"; a word in
    # capitals is a title, not a surname: "the Salford MP told"; a locative right before
    # the name places it: "In Kenya Ruto said")
    if lower_words.speaks(first):
        return True
    if len(after) != 1 or first.isupper() or _SPEECH.match(
            text, end + 1 + len(first), end + 16 + len(first)) is None:
        return False
    return _word_before(text, start) not in _PLACING_LOCATIVES


def _word_before(text: str, start: int) -> str:
    """The word right before a name at ``start``, in lower case, when one space parts
    them ("in" of "in Kenya"), else "" (a line's start, a comma, a quotation mark); a word
    of more than 13 letters is read by its last 13 (the longest word asked of, a church
    office's "archdioceses", has 12)."""
    if text[start - 1 : start] != " ":
        return ""
    head = text[start - 14 if start > 14 else 0 : start].rsplit(None, 1)
    return head[-1].lower() if head else ""


def _names_division(gaz: Gazetteer, cands: Sequence[tuple[int, int]]) -> bool:
    """Whether a name's entries hold a country or a first-level division by its own name."""
    return any(flags & _OWN_NAME and (gaz.feature[i] == COUNTRY or (
        gaz.feature[i] == REGION and bool(gaz.admin1_key(i)))) for i, flags in cands)


def _plural(word: str) -> bool:
    """Whether a capitalised word reads as a plural noun ("Educators", "Systems",
    "Cowboys'"): it ends in "s" after a lower-case letter other than "s", "u" or "i"
    ("Ross", "Lucas" and "Davis" read as no plurals)."""
    w = word.rstrip("'\u2019")
    return len(w) > 3 and w[-1] == "s" and w[-2] not in "sui" and w[-2].islower()


#: "City", "Town", "Village" before a word of :data:`CITY_BODIES` name a town's government
_TOWN_WORDS_BEFORE_BODIES = frozenset(["City", "Town", "Village"])


def _city_body(after: tuple[str, ...]) -> bool:
    """Whether the words after a name are its town's government ("City Council", "Town
    Hall", "Village Board" is not: only the words of :data:`CITY_BODIES`)."""
    return len(after) > 1 and after[0] in _TOWN_WORDS_BEFORE_BODIES and (
        after[1].lower() in CITY_BODIES)
