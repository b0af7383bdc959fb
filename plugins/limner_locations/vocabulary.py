"""English words the matcher needs to know: function words, and words that extend a place name.

These are vocabulary, not places: a capitalised function word ("The",
"In") opens a sentence rather than a name; a place name that is a function
word ("Of", a town in Turkey) is never taken alone; direction words
("Northern") may precede a place without making it part of another name.
"""

from __future__ import annotations

import re

__all__ = ["ABBREVIATIONS", "CONNECTORS", "DATE_NAMES", "DIRECTIONS", "FEATURE_WORDS",
           "FUNCTION_WORDS", "GENERIC_WORDS", "GIVEN_NAMES", "GROUP_WORDS", "ILLNESS_AFTER",
           "LOCATIVES", "MODIFIERS",
           "NAME_HEADS", "ORG_WORDS", "PLANETS", "SEASONS", "TOWN_WORDS"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_DAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
_MONTHS = _words(
    "january february march april may june july august september october november december"
)
#: The names of the days and the months (May among them): after "on", a date, which no
#: place's name holds ("in Truro on Saturday", "off Lampedusa on May 3"; see
#: :func:`limner_locations.matching.find_mentions`).
DATE_NAMES = _DAYS | _MONTHS

FUNCTION_WORDS = _words(
    """
    a about above across after against ago all almost along also although am among an and
    another any are around as at away back be because been before behind being below
    beneath beside besides between beyond both but by can could despite did do does down
    during each either else even ever every few for from further had has have he her here
    hers him his how however i if in inside into is it its just least less like many may
    me meanwhile might more most much must my near neither never next no nor not now of off
    often on once one only onto or other our out outside over own per perhaps since so some
    still such than that the their them then there these they this those though through
    throughout thus till to today too toward towards under unless until up upon us very via
    was we well were what whatever when where whether which while who whom whose why will
    with within without would yet you your yesterday tomorrow tonight
    """
) | DATE_NAMES

#: Lower-case words allowed inside a multi-word place name ("Isle of Man").
CONNECTORS = _words("of de del la le du da upon on and the al el sur am im an y a "
                    "au aux en les des di do dos das")

#: Abbreviations of two or three letters whose period does not end a sentence: the period
#: joins them to the capitalised word after them ("St. Paul", "Mt. Vernon", "Gen.
#: Washington", "Mr. Jordan", "Gainesville, Ga. Police"); after any other short word
#: ("Sea.", "Cup.", "Xi.") a period ends the sentence, and the name after it opens a new one.
#: Saints, mounts and forts; titles of people; AP-style abbreviations of US states; others
#: of places ("Co. Durham", "Gt. Yarmouth").
ABBREVIATIONS = _words(
    """
    St Mt Ft Pt Ste Sta Mts Pte
    Mr Ms Mrs Dr Jr Sr Lt Gen Gov Sen Rep Col Maj Adm Sgt Cpl Pvt Det Rev Hon Fr Bp Br Wm
    Ga Va Pa Md Mo Ky La Me Vt Fla Ala Ark Ind Kan Neb Nev Ore Tex Wis Wyo Cal Del Ill
    Co Nr Gt
    """
)

#: Words that may qualify a place without forming another name ("Northern Ohio").
DIRECTIONS = _words(
    """
    north south east west northern southern eastern western central northeast northwest
    southeast southwest northeastern northwestern southeastern southwestern upper lower
    greater downtown rural metro
    """
)

#: Numbers and adjectives that open a headline or sentence before a place without being part
#: of a name ("Three Eastland County residents", "Former Hall County official", "Metropolitan
#: Atlanta"); a place after one is not taken for a surname or an organisation's name.
MODIFIERS = _words(
    """
    two three four five six seven eight nine ten eleven twelve dozens hundreds thousands
    former metropolitan missing nearby neighboring neighbouring suburban
    """
)

#: Words of natural features that news writes in lower case after a name ("the Godavari
#: river", "the Atlas mountains"), or that end a name ("Darling Downs"): see
#: :func:`limner_locations.matching.scan` and :func:`limner_locations.resolving._reject`.
FEATURE_WORDS = ("river", "lake", "mountains", "valley", "delta", "basin", "downs")

#: Heads of an institution's name "X of Y" ("the University of Texas", "the College of
#: Charleston", "the Institute of Technology"): the name is the institution's, its Y the
#: place, and no town bears it as a name, though GeoNames lists a few so ("University of
#: Texas", "University Of Maryland"): see :meth:`limner_locations.building.Builder.name`.
#: (A settlement's or a harbour's word is a town's name's head: "Port of Spain", "City of
#: London".)
INSTITUTION_HEADS = ("university", "college", "school", "academy", "institute")

#: Plural nouns of countries that news writes in lower case after an adjective to name a
#: group of them ("the Baltic states", "the Nordic countries", "the Gulf nations"): where
#: the gazetteer holds the adjective and the noun as a region, the mention is that region,
#: the noun with it (see :func:`limner_locations.matching.scan`); and so the nouns of a group
#: of island countries after their ocean's or sea's name ("the Pacific island nations"),
#: listed first, as the longer
GROUP_WORDS = ("island states", "island countries", "island nations", "states", "countries",
               "nations")

#: The seasons, written capitalised as often as not: after "in" a time, not a town ("in
#: Spring next year" is no Spring, Texas).
SEASONS = _words("spring summer autumn fall winter")

#: The planets and the Moon, whose names some towns bear ("Earth, Texas", "Mars,
#: Pennsylvania"): after "on" a world, not a town ("landed on Mars", "living on Earth").
PLANETS = _words("mercury venus earth moon mars jupiter saturn uranus neptune pluto")

#: Prepositions that announce a place ("in Mobile", "from Reading").
LOCATIVES = _words(
    "in at from near to outside across throughout around toward towards into via of"
)

#: Head nouns of organisation, facility and event names that a place may modify
#: ("Lachin International Airport", "Khojaly Genocide", "Gainesville Police", "Dublin Arts
#: Council"), and the words of a date, which follow a place but never a first name.
NAME_HEADS = _words(
    f"""
    airport airports international {" ".join(INSTITUTION_HEADS)} schools
    police sheriff county city town township village borough district council councils
    government parliament assembly court courts department hospital clinic station
    river lake bay park square
    church cathedral mosque museum library stadium arena hall centre center mall market
    club united rovers athletic fc times post herald news daily tribune journal gazette
    chronicle observer telegraph sun star press radio tv television area region valley
    high middle elementary memorial public fire water board commission chamber regional
    genocide massacre war conflict crisis summit agreement accord declaration treaty
    process talks peace army forces navy police troops authority authorities people
    mayor state volunteer volunteers community municipal civic parks recreation historical
    historic convention circuit inn hotel citizens senior seniors emergency committee
    correctional junior alliance republican republicans democrat democrats harbour harbor
    redevelopment chapter health medical business economic planning housing transit
    township commissioners officials residents library hospital schools festival fair
    arts art singers symphony orchestra choir chorus ballet opera theatre theater players
    lions rotary kiwanis legion vfw foundation society association league zoo cemetery
    governor governors food pantry grammar premier premiers chief minister ministers policemen
    province provinces oblast governorate prefecture territory canton municipality
    """
) | _words(
    # the date after a place in news style ("off Steveston March 16", "in Ashford Tuesday")
    "jan feb mar apr jun jul aug sep sept oct nov dec"
) | (DATE_NAMES - {"may"})


#: English words that some divisions take as their whole name ("Central", "Lakes"):
#: a division so named is not indexed.
GENERIC_WORDS = _words(
    """
    central centre center capital coast coastal lakes lake delta plateau islands island
    border highlands lowlands mountain mountains river rivers valley east west north south
    interior littoral savanes savannah plains western eastern northern southern midlands
    union independence liberty grand forest oriental occidental national federal district
    city
    """
)
#: ... and a few more that only towns take ("Commerce, Texas", "Hope, Arkansas"); a town called
#: Savannah is another matter: capitalised, the word is the city in Georgia, not a plain.
TOWN_WORDS = (GENERIC_WORDS - {"savannah"}) | _words(
    "commerce justice area pleasant hope progress unity")

#: Given names of people in the news that are also the own names of countries, US states
#: or cities of 100,000 people or more (folded): before a surname they are the person's
#: ("Vladimir Putin", "Israel Katz", "Kenya Moore", "Washington Sundar", "Dallas Green",
#: "Georgia May Jagger", "India Willoughby"), though such a strong place is otherwise kept
#: before any capitalised word.  One rule decides, in
#: :func:`limner_locations.resolving._before_surname`: the word after the name is a
#: surname unless it is the head of a name, an event's or an institution's
#: (:data:`NAME_HEADS`, :data:`ORG_WORDS`: "Sydney Opera House", "Milan Fashion Week",
#: "Kenya Airways", "Georgia Power", "India Gate"), a team's plural ("Dallas Cowboys",
#: "Houston Rockets"), or in capitals, and unless the text places the name ("the", "a" or
#: a locative right before it: "the Dallas Cowboys", "a Kenya Airways jet", "in Georgia").
GIVEN_NAMES = _words(
    """
    jordan israel chad virginia kenya india georgia
    alexandra alexandria austin brandon charlotte darwin elizabeth eugene florence george
    gilbert halle hassan irving jackson kobe leon madison mary milan nancy nigel norman orlando
    paris regina salvador santiago savannah sofia sydney tyler victoria vladimir warren
    brooklyn lincoln dallas houston washington
    """
)

#: Words that follow a place's name in the name of a firm, a team, a body, a monument or
#: an event named for it, besides :data:`NAME_HEADS` ("Kenya Airways", "Georgia Power",
#: "India Gate", "Washington Monument", "the Kenya Wildlife Service", "Dallas Stars" is a
#: plural): after a given name of :data:`GIVEN_NAMES` they keep the place, as a surname
#: would not.
ORG_WORDS = _words(
    """
    airways airlines air aviation aerospace rail railways railway transport ferries ports port
    power energy electric electricity gas oil petroleum telecom telecoms mobile broadband
    bank banking insurance securities stock capital finance financial fund holdings group
    motors motor steel mining cement cements instruments industries industrial mutual
    today express mail standard monthly weekly magazine review records globe examiner
    inquirer courier sentinel dispatch guardian
    film films studios pictures music fashion design
    gate tower bridge dome aquarium gardens garden monument palace castle heights beach
    tech polytechnic consensus
    rugby cricket football soccer basketball baseball hockey tennis golf racing sport sports
    derby cup trophy series classic grand challenge championship tour rally sevens
    protocol automotive
    senate house legislature lottery bureau highway patrol national guard delegation
    congress congressional democratic president presidential supreme secretary federal
    attorney embassy consulate ambassador foreign defence defense treasury census customs
    immigration trade ministry cabinet prime constitution electoral election primary
    lawmakers voters division divisions agency protection cross crescent
    service services corporation trust
    editor editors correspondent correspondents reporter columnist bureau beltway
    magic jazz heat thunder lightning avalanche wild spirit dynamo galaxy sky fever storm
    mercury liberty dream crew impact revolution union fire
    """
)

#: a noun of an illness right after a name, maybe after one more capitalised word: the name
#: is the illness's or its virus's, not a place, whatever place bears it ("West Nile virus",
#: "Ross River virus", "Rift Valley fever", "Lyme disease", "the Hong Kong flu", "Hendra
#: virus"; "an outbreak in Hong Kong" is the place).  Matched at a name's end, by the
#: resolver and by the forms of names alike.
ILLNESS_AFTER = re.compile(r"(?:[ \t]++[A-Z][a-z]++)?+[ \t]++(?:virus|viruses|fever|flu"
                           r"|influenza|disease|encephalitis|syndrome)\b")
