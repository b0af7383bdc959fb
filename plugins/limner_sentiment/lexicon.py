"""The VADER lexicon and rule word lists, read from the installed ``vaderSentiment`` package.

Valences (human mean ratings from -4 to +4), boosters and dampeners, negation
words and special idioms come from ``vaderSentiment`` itself, so the lexicon
is the maintained one and not a copy.  limner adds only the word lists its
news rules need on top (contrast and concession markers, the subjects after
which "like" is a verb, the phrases in which a lexicon word has a neutral news
sense) and the spellings a token may have once punctuation is gone.
The valences in use are VADER's with the learned ones of
``data/lexicon_weights.json`` over them (fitted by ``limner_sentiment.fit``);
:func:`vader_valence` gives VADER's own.  Everything is loaded once per
process, on first use, never at import.

The shipped lexicon's tables are kept in the user cache
(``sentiment/lexicon-*.marshal``, see :mod:`limner_sentiment.derived`),
keyed to VADER's files, the learned valences and this module, so that a
process reads them back instead of parsing VADER's files (and importing
``vaderSentiment``).  The spellings a token may have once punctuation is gone
(``'good``, ``good.``; some 30 a word, 225,000 in all) are not enumerated:
:class:`Spellings` works out a token's lexicon word when the token is first
met, the same word the enumeration (:func:`all_spellings`) gives it.
"""

from __future__ import annotations

import functools
import json
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar, overload

from limner_sentiment.derived import cached

__all__ = ["Lexicon", "Spellings", "all_spellings", "edge_words", "load", "punctuated_words"]

_T = TypeVar("_T")

#: Words that turn the sentence around: what follows weighs more (VADER's "but").
CONTRAST = frozenset({"but", "however", "nevertheless", "nonetheless"})
#: Contrast words that count only at the head of a clause ("Yet it worked", not "not yet").
CONTRAST_AT_CLAUSE_HEAD = frozenset({"yet", "still"})
#: Words that open a concession: the clause they open weighs less.
CONCESSION = frozenset({"although", "though", "whereas"})
#: Words that open a concession only at the head of a sentence ("While the minister is right
#: that ..., the plan fails"; "Whatever the complaints, the election was fair"; not "the firm
#: grew while rivals shrank").
CONCESSION_AT_START = frozenset({"while", "whatever", "despite"})

#: Words after which "like" is the verb ("I like it"), not the preposition.
LIKE_SUBJECTS = frozenset({
    "i", "you", "we", "they", "he", "she", "it", "people", "who", "would", "i'd", "you'd",
    "we'd", "they'd", "really", "also", "still", "do", "did", "does", "don't", "didn't",
    "doesn't", "dont", "didnt", "doesnt", "not", "to",
})
#: Lexicon words that are neutral after one of these words (news senses): the names of
#: institutions and schemes ("health care", "NHS trust", "child benefit", "political
#: parties"), of weather ("tropical depression") and of the markets ("Brent crude"),
#: and a sport's "penalty" after what a goalkeeper or taker does with it.
NEUTRAL_AFTER: dict[str, frozenset[str]] = {
    "well": frozenset({"as"}),
    "care": frozenset({
        "health", "healthcare", "child", "intensive", "critical", "social", "medical",
    }),
    **dict.fromkeys(("party", "parties"), frozenset({
        "political", "ruling", "opposition", "labour", "conservative", "coalition", "both",
        "two", "all", "third", "other", "main", "major", "minor", "smaller", "rival",
        "warring", "interested",
    })),
    "trust": frozenset({
        "nhs", "hospital", "hospitals", "health", "ambulance", "housing", "wildlife",
        "charitable", "investment", "academy",
    }),
    **dict.fromkeys(("benefit", "benefits"), frozenset({
        "child", "housing", "disability", "unemployment", "jobless", "welfare", "sickness",
        "incapacity",
    })),
    "relief": frozenset({"tax"}),
    "depression": frozenset({"tropical"}),
    # a field of policy or of the law, not a feeling ("national security", "criminal
    # justice", "obstruction of justice", "conflict of interest")
    "security": frozenset({
        "national", "homeland", "social", "cyber", "border", "energy", "food", "internal",
        "airport", "private", "data", "network", "maximum", "tight", "heightened",
    }),
    "justice": frozenset({"criminal", "juvenile", "civil", "military", "of"}),
    "interest": frozenset({"of"}),
    # a cut in a rate, not a wound ("an early rate cut")
    **dict.fromkeys(("cut", "cuts"), frozenset({"rate", "rates"})),
    # a test's result, not a judgement ("tested positive for a banned substance")
    **dict.fromkeys(("positive", "negative"), frozenset({
        "tested", "tests", "testing", "test", "hiv",
    })),
    # a deal is struck ("a deal was struck", "the agreement struck in May")
    "struck": frozenset({
        "deal", "deals", "agreement", "agreements", "accord", "bargain", "compromise",
        "truce", "pact",
    }),
    "crude": frozenset({"brent", "wti", "benchmark", "light", "sweet", "heavy"}),
    "penalty": frozenset({
        "saved", "saves", "save", "saving", "converted", "converts", "missed", "misses",
        "conceded", "concedes", "scored", "scores",
    }),
    **dict.fromkeys(("share", "shares"), frozenset({
        "a", "an", "the", "its", "their", "his", "her", "our", "your", "my", "this", "that",
        "these", "those", "each", "per", "market", "majority", "minority", "controlling",
        "ordinary", "preference", "million", "billion", "thousand", "hundred",
    })),
}
#: Lexicon words that are neutral before one of these words (news senses): a word
#: rated for another sense that news writes in the name of a thing ("crude oil", "gross
#: domestic product", "cancer charity", "war chest", "penalty kick", "strike rate",
#: "fire crews"), or in a phrase whose sense is not the word's ("profit warning",
#: "broke the record", "beating forecasts", "arrested the decline").
NEUTRAL_BEFORE: dict[str, frozenset[str]] = {
    "crude": frozenset({
        "oil", "price", "prices", "futures", "output", "production", "exports", "imports",
        "inventories", "stocks", "stockpiles", "supplies", "reserves", "shipments",
        "cargoes", "tanker", "tankers",
    }),
    "gross": frozenset({
        "domestic", "margin", "margins", "profit", "profits", "revenue", "revenues",
        "income", "sales", "pay", "salary", "earnings", "value", "debt", "output",
        "receipts",
    }),
    **dict.fromkeys(("profit", "profits"), frozenset({"warning", "warnings"})),
    "cancer": frozenset({
        "charity", "charities", "research", "researchers", "centre", "center", "centres",
        "centers", "specialist", "specialists", "screening", "ward", "unit", "nurse",
        "nurses", "services", "drug", "drugs", "vaccine", "vaccines", "hospital",
        "institute", "society",
    }),
    "critical": frozenset({"care", "infrastructure", "minerals", "mass"}),
    "war": frozenset({"chest", "chests", "memorial", "memorials"}),
    "penalty": frozenset({
        "kick", "kicks", "spot", "area", "box", "shootout", "shoot-out", "shootouts",
        "goal", "goals", "corner", "corners", "try", "taker", "takers", "save", "saves",
    }),
    "attacking": frozenset({
        "midfielder", "midfielders", "player", "players", "football", "intent", "options",
    }),
    "fire": frozenset({
        "crews", "crew", "service", "services", "brigade", "brigades", "station",
        "stations", "department", "chief", "officers", "engine", "engines",
    }),
    "trust": frozenset({"fund", "funds"}),
    **dict.fromkeys(("benefit", "benefits"), frozenset({
        "claimants", "claims", "cap", "payments", "recipients", "system",
    })),
    "broke": frozenset({"record", "records", "world"}),
    # a deal is struck, not a blow ("struck a deal", "strike a balance")
    **dict.fromkeys(("struck", "strike", "strikes", "striking"), frozenset({
        "deal", "deals", "agreement", "agreements", "accord", "bargain", "compromise",
        "balance", "truce", "pact", "rate", "rates",
    })),
    # the heritage sense of a place or a building, and the past of an offence: not a
    # turning point ("the historic pier", "historic abuse")
    "historic": frozenset({
        "building", "buildings", "house", "houses", "home", "homes", "church", "churches",
        "site", "sites", "town", "towns", "centre", "center", "city", "district", "quarter",
        "core", "castle", "castles", "monument", "monuments", "bridge", "pier", "mill",
        "mills", "market", "street", "streets", "hall", "inn", "pub", "ship", "railway",
        "port", "harbour", "harbor", "village", "villages", "square", "fort", "palace",
        "theatre", "theater", "cathedral", "abbey", "mansion", "cottage", "gardens", "park",
        "structure", "structures", "ruins", "property", "properties", "estate", "county",
        "abuse", "allegations", "offences", "offenses", "crimes", "cases", "claims", "data",
    }),
    # approval of a thing ("sanctioned funds", "sanctioned the request"), not a penalty
    "sanctioned": frozenset({
        "funds", "funding", "money", "grant", "grants", "loan", "loans", "spending",
        "budget", "plan", "plans", "project", "projects", "scheme", "schemes", "request",
        "requests", "application", "construction", "purchase", "expansion", "release",
        "payment", "payments", "posts", "recruitment", "use", "sale", "merger",
    }),
    "beating": frozenset({"expectations", "forecasts", "estimates", "predictions"}),
    "arrested": frozenset({"decline", "slide", "fall"}),
    # a penalty, not a fine day ("a fine of £5m", "the fine imposed on the firm")
    "fine": frozenset({"of", "imposed", "levied", "handed", "issued"}),
    "engage": frozenset({"in"}),
    "engaged": frozenset({"in"}),
    "engages": frozenset({"in"}),
    "engaging": frozenset({"in"}),
    # an offence is committed: its own word carries the tone ("committed fraud")
    "committed": frozenset({
        "by", "crime", "crimes", "suicide", "fraud", "murder", "murders", "offence",
        "offences", "offense", "offenses", "atrocities", "perjury", "treason", "genocide",
        "violations", "abuses", "assault", "assaults", "attacks", "rape", "sexual", "war",
        "adultery", "misconduct", "theft", "robbery", "burglary",
    }),
    "interest": frozenset({"rate", "rates", "payments"}),
    # a central bank's move on a rate, not a wound or a loss ("cut interest rates",
    # "slashed rates to 1%"): a rate's change is neither good nor bad news in itself (a
    # cost to borrowers, a gain to savers), and a rise of one is read as nothing already
    **dict.fromkeys(("cut", "cuts", "cutting", "slashed", "slashes", "slashing"),
                    frozenset({"interest", "rate", "rates"})),
    "care": frozenset({"home", "homes", "worker", "workers", "sector"}),
    "credit": frozenset({"card", "cards", "rating", "ratings"}),
    "security": frozenset({
        "council", "forces", "services", "guards", "adviser", "advisor", "advisers",
        "advisors", "official", "officials", "agencies", "agency", "clearance",
        "clearances", "camera", "cameras", "checks", "personnel", "staff", "guard", "team",
        "minister", "chief", "service", "cabinet", "analyst", "analysts", "establishment",
        "apparatus", "operation", "operations", "measures", "policy", "firm", "firms",
        "footage", "sources",
    }),
    **dict.fromkeys(("share", "shares"), frozenset({
        "price", "prices", "in", "of", "fell", "rose", "were", "are", "was", "is", "closed",
        "traded", "jumped", "plunged", "slipped", "dropped", "gained", "sank", "soared",
        "surged", "slumped", "tumbled", "climbed", "rallied", "slid", "lost", "index",
        "capital", "sale", "sales", "buyback", "buybacks", "option", "options", "holder",
        "holders", "issue", "offering",
    })),
}


#: Words a phrase of :data:`NEUTRAL_AFTER` or :data:`NEUTRAL_BEFORE` may have between
#: its two words ("saved a penalty", "broke the record", "beating the forecasts"); a
#: possessive counts as one ("broke the club's record", "sanctioned the union's request"),
#: and so does "own" after one ("broke her own world record").
PHRASE_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "own"})
#: Auxiliaries a phrase of :data:`NEUTRAL_AFTER` may have between its words, the second
#: word a verb in the passive ("a deal was struck", "a deal has been struck").
PHRASE_AUXILIARIES = frozenset({"was", "were", "is", "are", "be", "been", "has", "have", "had"})


#: Lexicon words rated for a verb or an adjective ("we share their hopes", "a fine day")
#: that news mostly writes as nouns ("its shares fell", "market share", "a £5m fine"):
#: besides their phrases of :data:`NEUTRAL_AFTER` and :data:`NEUTRAL_BEFORE`, neutral
#: after a possessive ("the company's shares", "the regulator's fine") or a number ("10
#: shares", "a £800,000 fine").
NOUNS_IN_NEWS = frozenset({"share", "shares", "fine"})

def _set(words: str) -> frozenset[str]:
    """The words of ``words``, separated by spaces."""
    return frozenset(words.split())


def _forms(words: str) -> frozenset[str]:
    """The words of ``words`` and each with the period a sentence's last word keeps."""
    split = words.split()
    return frozenset(split + [w + "." for w in split])


#: Verbs of a fall, read after what falls ("unemployment fell", "deaths have
#: dropped", "tensions eased", "losses narrowed"): the tone of what falls turns
#: (see :data:`CHANGES`).
FALLS = _forms(
    "fell falls falling fallen dropped drops dropping declined declines declining "
    "decreased decreases decreasing eased eases easing slumped slumps slumping plunged "
    "plunges plunging plummeted plummets plummeting tumbled tumbles tumbling sank "
    "sinking shrank shrinks shrinking shrunk slowed slowing narrowed narrowing dipped "
    "dips dipping slid slides sliding halved waned wanes waning subsided subsides "
    "subsiding receded recedes receding slipped slips slipping"
)
#: Verbs of a rise ("the death toll rose", "profits soared"): what rises keeps its tone,
#: the verb's own rating ("increase" is rated as a gain) is not read.  "Rallied" is a
#: market's or a price's rise after a fall ("Shares in Rolls-Royce rallied 8%"); not
#: "rallies", as often the noun of a crowd's meeting.
RISES = _forms(
    "rose rise rises rising risen increased increases increasing grew grows growing grown "
    "climbed climbs climbing jumped jumps jumping soared soars soaring surged surges surging "
    "rocketed rockets rocketing spiked spikes spiking doubled doubles tripled trebled "
    "widened widens widening mounted mounts mounting swelled swells rallied"
)
#: Verbs that make something fall, stop it or keep it from happening, read before what
#: falls ("reduced poverty", "cut crime", "eased tensions", "called off the strike",
#: "cancelled the festival", "averted a crisis") or after it in the passive ("poverty was
#: reduced", "the strike was called off"): to stop a bad thing is good news, a good thing
#: bad news.
REDUCES = _forms(
    "cut cuts cutting reduced reduces reducing lowered lowers lowering slashed slashes "
    "slashing curbed curbs curbing halved halves halving eased eases easing lessened "
    "lessens lessening slowed dented dents denting dashed "
    "cancelled canceled cancels cancelling canceling scrapped scraps scrapping shelved "
    "axed abandoned abandons abandoning halted halts halting call calls called calling "
    "averted averts averting avoided avoids avoiding prevented prevents preventing "
    "spared sparing quashed quashes overturned overturns repealed repeals revoked revokes "
    "rescinded wipe wipes wiped wiping acquitted cleared struck downgraded downgrades "
    "downgrading "
    # a harm escaped or dodged, and one staved, fended or warded off ("narrowly
    # escaped bankruptcy", "dodged relegation", "staved off a default")
    "escaped escapes escaping dodged dodges dodging "
    "staved staves staving fended fends fending warded wards warding "
    # a thing ended or lifted ("ended his goal drought", "the ban was lifted")
    "ended lifted "
    # a burden paid off or repaid: only a burden (HARM_STOPS)
    "paid pays paying repaid repays repaying "
    # the base forms, after "to" or a modal ("will avoid a crisis", "plans to reduce
    # poverty", "could prevent deaths"); not "lower", "ease", "spare", "halt" or "dent",
    # as often an adjective or a noun ("lower prices", "spare parts")
    "reduce slash curb halve lessen cancel scrap abandon avert avoid prevent quash "
    "overturn repeal revoke rescind downgrade escape dodge stave fend ward "
    # a harm recovered from ("has recovered from a knee injury"): only before "from"
    # (PARTICLE_VERBS), a harm escaped (ESCAPES); not the base form, as often a hope or a
    # failure ("failed to recover from", "may never recover from")
    "recovered recovers recovering"
)
#: Verbs of :data:`REDUCES` of a harm escaped ("escaped bankruptcy", "dodged relegation",
#: "fended off a challenge"): what they name is a threat by the verb's sense, so it reads
#: as a harm escaped, good news, whatever its rating ("fended off top-tier challengers",
#: where VADER rates "challengers" as good).
ESCAPES = _forms(
    "escaped escapes escaping escape dodged dodges dodging dodge staved staves staving "
    "stave fended fends fending fend warded wards warding ward "
    # what is lifted is a harm ended ("the ban was lifted", "lifted the siege") or a thing
    # raised ("lifted hopes"): good news either way
    "lifted "
    # what one recovers from is a harm escaped ("recovered from a knee injury")
    "recovered recovers recovering"
)
#: Verbs of flight, before which a verb of :data:`ESCAPES` tells why people fled, not a
#: harm escaped ("thousands fled across the border to escape the fighting", "families
#: fleeing to escape the floods"): the flight is the news, and what was fled keeps its
#: tone.  Looked for in the :data:`FLIGHT_REACH` words before the verb of escape, in its
#: clause.
FLIGHTS = _set("fled flee flees fleeing")
FLIGHT_REACH = 8
#: Verbs of :data:`REDUCES` whose passive keeps what is stopped after it ("the village was
#: spared the worst", "he was spared jail"), where another's passive names nothing after
#: it ("the trial was halted after ...").
SPARED = _forms("spared")
#: Verbs that end a harm of :data:`HARMS` before them ("the drought has finally broken",
#: "the siege was broken", "the drought has ended", "the outbreak ended in May", "the
#: backlog has been resolved"), read as a verb of :data:`FALLS` is; before another
#: subject they begin a thing or break it ("the storm has broken", "the barrier was
#: broken", "the deficit ceiling"), end a good thing or a time ("the season ended", "the
#: same pay has ended") or settle it, and are left as the lexicon rates them.  In a
#: clause of time the end is when something else happened, not news of its own ("after
#: the drought ended, ...", :data:`TIME_CLAUSES`), and is not read.
HARM_ENDS = _forms("broken ended resolved")
#: The words that open a clause of time, two words or fewer before the harm that ends in
#: it ("after the war ended", "since the strike was called off", "when the drought
#: broke"): see :data:`HARM_ENDS`.
TIME_CLAUSES = _set("after when since until once before")
#: Verbs of :data:`REDUCES` that end only a burden of :data:`BURDENS`, named after them or
#: before their passive: money owed paid off or repaid ("paid off its debts", "the debt
#: was repaid", "repaid the arrears").  What else they name is no burden ended: "repaid
#: his kindness", "paid off the builders", and a bad thing paid off is bought off ("paid
#: off the kidnappers").  "Paid" stops a thing only before "off" (:data:`PARTICLE_VERBS`;
#: "the gamble paid off" names nothing).
HARM_STOPS = _forms("paid pays paying repaid repays repaying")
#: The burdens that :data:`HARM_STOPS` end: money owed and work waiting, each rated by
#: VADER's lexicon ("debt") or read as a noun of :data:`HARMS`.
BURDENS = _set("debt debts arrears backlog backlogs")
#: Words that keep their object from what "from" names a few words after them ("protect
#: tenants from eviction", "saved thousands from death", "was spared from the axe"), and
#: the words one of which must stand in the three before it for it to be one (``None``:
#: none need): "keep families safe from harm", where "no one is safe from the virus" says
#: the threat is there.  What "from" names is a threat by the word's sense, read as a
#: harm escaped (as after :data:`ESCAPES`), and the word is not read for itself.  Not
#: "guard", which guards "against", nor "kept ... from", which holds a thing prevented
#: ("kept him from winning").
GUARDS: dict[str, frozenset[str] | None] = {
    **dict.fromkeys((
        "protect", "protects", "protected", "protecting", "shield", "shields", "shielded",
        "shielding", "save", "saves", "saved", "saving", "spared", "sparing",
    ), None),
    "safe": _set("keep keeps kept keeping"),
}
#: The most words from a guarding verb to its "from" ("protect the town's tenants from").
GUARD_REACH = 4
#: Verbs of :data:`REDUCES` that stop something only with a particle after them ("called
#: off the strike", "the strike was called off", "wiped out its profit", "acquitted of
#: fraud", "the court struck down the ban"), and that particle; without it they are no
#: change ("was called a liar", "the storm struck").  Only the past "struck": "strike"
#: and "strikes" are as often the nouns of what is called off.
PARTICLE_VERBS: dict[str, str] = {
    **dict.fromkeys(("call", "calls", "called", "calling"), "off"),
    **dict.fromkeys(("wipe", "wipes", "wiped", "wiping"), "out"),
    **dict.fromkeys(("acquitted", "cleared"), "of"),
    **dict.fromkeys(("paid", "pays", "paying"), "off"),
    "struck": "down",
    **dict.fromkeys(("recovered", "recovers", "recovering"), "from"),
    **dict.fromkeys((
        "stave", "staves", "staved", "staving", "fend", "fends", "fended", "fending",
        "ward", "wards", "warded", "warding",
    ), "off"),
}
#: Nouns of a change before "in" and what changes ("a fall in crime", "a rise in
#: unemployment"): a fall turns the tone of what falls, a rise keeps it.  The nouns of a
#: rise are also verbs of a rise told as coming ("Energy bills will surge"), with the
#: period a sentence's last word keeps ("... will jump.").
FALL_NOUNS = _set(
    "fall falls drop drops decline declines decrease decreases reduction reductions "
    "cut cuts dip slump plunge"
)
RISE_NOUNS = _forms("rise rises increase increases jump surge spike")
#: Verbs of a standing lost, before the standing and "as" ("lost its title as the world's
#: best", "lost her place as the top seed", "loses its crown as Europe's busiest
#: airport"): what "as" names is what was lost, and its praise turns as what falls does.
#: Only after a noun of :data:`STANDINGS` at most :data:`STANDING_REACH` words after the
#: verb: "lost two games as the side struggled" names a time, not a standing.
STANDING_LOSSES = _forms("lost loses lose losing")
STANDINGS = _set(
    "title titles place crown status position spot mantle tag rank ranking record "
    "reputation standing"
)
STANDING_REACH = 3
#: (They are rule words of the scorer's changes but no change that ends what another
#: change names: "avoid losing voters" is a loss avoided.)
#: Every word of a change: the scorer's rule words, so that a sentence holding none
#: pays nothing for the rule.
#: The base forms of a rise read only after the words of a rise told as coming
#: (:data:`FORECAST_BETWEEN`: "Electricity prices could soar", "fares are expected to
#: climb"); elsewhere a noun or another sense as often ("the climb", "a rocket").  "Rise",
#: "jump", "surge" and "increase" are words of a change already.  With the period a
#: sentence's last word keeps ("Electricity prices could soar.").
RISES_TO_COME = _forms("soar climb rocket")
CHANGES = FALLS | RISES | REDUCES | FALL_NOUNS | RISE_NOUNS | HARM_ENDS | RISES_TO_COME
#: Nouns of a harm that news measures, counts or escapes and that no lexicon the scorer
#: reads rates, on VADER's scale (-4..4) as their nearest rated words are ("casualties"
#: as "casualty"; the words AFINN rates at AFINN's rating on this scale): read by the
#: scorer only where a rule names them, as what changes ("cases of measles have risen",
#: "pollution levels dropped", "cut deaths by half"), what is stopped or escaped
#: ("avoided relegation") or what there was none of ("no deaths were reported"), so that
#: a harm measured keeps or turns its tone as "unemployment fell" does.  Elsewhere they
#: are no tone of their own ("the court heard three cases"): the words of harm read
#: everywhere lowered the check on news (docs/plugins/sentiment-notes.md).
HARMS: dict[str, float] = {
    "cases": -1.2, "infections": -1.6, "infection": -1.6, "deaths": -1.6,
    "injuries": -1.6, "casualties": -2.4, "overdoses": -1.6,
    "emissions": -1.2, "pollution": -1.6, "homelessness": -2.0, "arrears": -1.4,
    "backlog": -1.2, "backlogs": -1.2, "relegation": -1.6,
    "default": -1.6, "closure": -1.2, "closures": -1.2, "evictions": -2.0,
    # the harms that end ("the drought has broken", "the siege was lifted"): a spell of
    # harm as "deaths" (-1.6; "blockade" AFINN's -2 × 0.8), a restriction as "closures"
    "drought": -1.6, "droughts": -1.6, "heatwave": -1.2, "siege": -1.6, "sieges": -1.6,
    "blockade": -1.6, "curfew": -1.2, "lockdown": -1.2, "embargo": -1.2,
    # a need's lack in one word ("were left homeless"; AFINN's -2 × 0.8): see NEEDS
    "homeless": -1.6, "jobless": -1.6,
    # harms measured, paid off or ended ("delays have eased", "paid off its debts", "the
    # outbreak has ended"): as "delay" (-1.3) and "debt" (-1.5), an outbreak as
    # "infections"
    "delays": -1.3, "debts": -1.5, "outbreak": -1.6, "outbreaks": -1.6,
    # the prices people pay and the waits they bear ("cut fees for students", "fares will
    # rise", "energy bills fell", "queues have grown"): as VADER's "charges" (-1.1) and
    # "backlog"
    "fees": -1.1, "fares": -1.1, "bills": -1.1, "rents": -1.1, "queues": -1.2, "waits": -1.2,
}
#: The goods of a company that news measures by their change, and that no lexicon the
#: scorer reads rates in that sense: a company's shares.  "Shares" is VADER's word (0.9,
#: "she shares their hopes"), left unread in its news sense ("shares in X", "the
#: company's shares", ``NEUTRAL_AFTER``, ``NEUTRAL_BEFORE``, ``NOUNS_IN_NEWS``); there
#: the scorer reads it only as what a change after it names (``scorer._changed``:
#: "Shares in Ocado slumped 15%", "Netflix shares soared 14%", "Shares of Apple
#: climbed"): their rise is good news, their fall bad, as "profits fell" reads with
#: VADER's "profits" (1.9); at 1.5, as "growth" (1.5).  The other goods a change is told
#: of ("sales", "stock", "exports", "wages", "the pound") are no lexicon words: a sentence
#: holding one and no lexicon word is never read by the scorer, and reading them there
#: cost far more than the rule's share of the plugin's time
#: (docs/plugins/sentiment-notes.md, the twenty-first round).
GOODS_MEASURED: dict[str, float] = {"shares": 1.5}
#: The costs news measures by their change: the prices and costs people and firms pay.
#: No lexicon rates them; the scorer reads one only as what a change after it names
#: (``scorer._changed``, found in the pass that rule makes: "Petrol prices rose to a
#: record high", "Mortgage costs have surged", "The price of bread rose by 20p", "Gas
#: prices plunged"): their rise is bad news, their fall good, as the prices of
#: ``HARMS`` ("fares", "bills", "rents") read, at their rating (-1.1, as VADER's
#: "charges").  Not after a word of :data:`PRICED_ASSETS` ("share prices rose", "house
#: prices fell": the price of a thing held, whose rise is its owners' gain).
COSTS_MEASURED: dict[str, float] = {
    "prices": -1.1, "price": -1.1, "costs": -1.1, "cost": -1.1, "premiums": -1.1,
    # the levies people pay ("Council tax will rise by 5%", "Fuel duty is set to rise")
    # and the rise of prices itself ("Inflation climbed to 10.1%"), at the same rating
    "tax": -1.1, "taxes": -1.1, "duty": -1.1, "inflation": -1.1,
}
#: The things held whose price rises to their owners' gain, right before a word of
#: :data:`COSTS_MEASURED` ("share prices", "the company's share price", "house prices").
PRICED_ASSETS = _set(
    "share shares stock stocks house houses property properties home homes asset assets land"
)
#: Words that may stand between a cost or a harm and the verb of its rise when the rise is
#: told as coming: a modal or a phrase of a forecast ("Energy bills will jump 20%",
#: "Train fares are set to rise", "Electricity prices could soar", "fares are expected to
#: climb"); a rise to come of what people pay or bear is bad news as one that came is.
#: Not "would", a condition's ("Taxes would rise if Labour was re-elected": no rise
#: told).  "To" is read only after one of them ("set to", "expected to": not "cut prices to
#: increase sales").  Read only before a verb of :data:`RISES` whose subject is a cost or
#: a harm: a good's rise to come is another's forecast ("expects its shares to rise"),
#: left unread.
FORECAST_BETWEEN = _set(
    "will could may might should set expected likely due poised forecast predicted"
)
#: The prepositions after a cost that open the phrase of what it is the cost of, or where
#: it is paid, before the verb of its rise ("The cost of a weekly shop climbed", "The
#: price of heating oil soared", "Ticket prices for the final have soared"): at most
#: :data:`COST_OF_REACH` words after the preposition.
COST_OF = _set("of at for in")
COST_OF_REACH = 5
#: The basic needs whose lack is bad news ("left without power", "without water for a
#: week", "no food or shelter"): read by the scorer only right after a word of denial or
#: one word after it ("without running water"), and only where the need ends its noun
#: group ("no water damage" lacks none), each at :data:`LACK`.  The need's lack told in
#: one word ("homeless", "jobless", in :data:`HARMS`) is read as such a complement of
#: :data:`LACK_VERBS` ("were left homeless").
NEEDS = _set("power electricity water food heat heating shelter home homes")
#: The rating of a need's lack, on VADER's scale: as "homeless" (AFINN's -2 × 0.8).
LACK = -1.6
#: The lack of a need told in one word, and the words after which it is said of the
#: subject ("hundreds were left homeless", "became homeless").
LACK_WORDS = _set("homeless jobless")
LACK_VERBS = _set("left made become became becoming is are was were been be")
#: The adverb of a fall, read as a verb of :data:`FALLS` right after a copula
#: ("accidents are down", "crime is down 10%"); elsewhere no change ("let us down").
#: ("Profits were up" needs no rule: what rises keeps its tone, and "up" has none.)
COPULA_FALLS = _forms("down")
COPULAS = _set("is are was were be been")
#: The levels a change reaches, as nouns ("fell to a record low", "arrears were at their
#: lowest level", "hit a ten-year high"): a thing at a low has fallen, one at a high has
#: risen, and the level is the measure of the change, not a tone of its own (VADER rates
#: "low" and "lowest" as bad).
LOWS = _forms("low lows lowest")
HIGHS = _forms("high highs highest")
LEVELS = LOWS | HIGHS
#: The words that reach a level: "to" and "from" after a verb of a change, which reads
#: what changes itself ("fell to a record low"); the others after what reached it
#: ("crime is at a record low", "unemployment hit a 50-year low").
LEVEL_ANCHORS = _set("to from at hit hits reached reaches touched touches near")
#: Words between the anchor and the level ("to a record low", "at its lowest", "a fresh
#: all-time high"); besides, a number or a span of time ("a 20-year low", "a
#: two-decade high").
LEVEL_BETWEEN = _set("a an the its their his her new fresh record all-time historic")
#: Words after a level that leave it a noun ("its lowest level since 2008", "a record
#: low of 8%", "the lowest on record"); a clause's or sentence's end does too, and so
#: does a word of :data:`GROUP_ENDS`.  Any other is what the adjective qualifies: "at
#: low prices" is no level.
LEVEL_NOUNS = _set("level levels point points mark")
#: The past tenses of a rise or a fall that Pattern's adjectives rate for another sense
#: ("rose", a colour; "decreased"): not read by the tone.
CHANGE_VERBS = frozenset({"rose", "decreased"})
#: Words that may stand between what changes and its verb: auxiliaries, adverbs of
#: degree, and the measures of a thing ("the death toll rose", "crime rates have
#: fallen sharply").
CHANGE_BETWEEN = _set(
    "has have had was were is are been be being also further sharply steadily "
    "slightly significantly dramatically again finally rate rates level levels figure "
    "figures toll tolls number numbers count counts"
)
#: Words after which a word of a change is no verb ("a clear cut hero", "the
#: director's cut", "ill at ease"): determiners, possessives and prepositions.
NOT_BEFORE_A_VERB = _set(
    "a an the this that these those his her its their our my your at of in on with "
    "for from by clear"
)
#: Words that end the noun group after a change ("cut crime in half", "reduced
#: poverty by", "halted after patients suffered"): prepositions and conjunctions, and
#: the pronouns that open a clause as its subject ("captives who escaped she was
#: forced": no object).
GROUP_ENDS = _set(
    "in by to of and or for with without on at from as than but that which who against into "
    "through across off out up down back after before because when while until since "
    "despite amid during if i he she we they"
)
#: Measures and shares of a thing before "of" and the thing ("cut the risk of depression",
#: "reduced the number of deaths", "wiped out most of its profit"): what changes is what
#: "of" names, and the measure with it.
MEASURES = _set(
    "rate rates level levels number numbers count counts toll tolls figure figures risk "
    "risks threat threats likelihood incidence spread cost costs most half all much part "
    "bulk rest some"
)
#: A court's finding of guilt before "for" and the charge ("quashed his conviction for
#: murder", "his conviction for fraud was overturned"): what the finding is for is what
#: a change names, as what "of" names after a measure of :data:`MEASURES` is, so that
#: the charge undone turns as a charge an acquittal clears does.
CONVICTIONS = _set("conviction convictions")
#: What one falls in without a fall of it ("they fall in love").
FALL_IDIOMS = frozenset({"love"})
#: Auxiliaries of the passive, which make a verb of :data:`REDUCES` read backwards.
PASSIVE_AUXILIARIES = _set(
    "was were been be being is are"
)


#: Subjects that say none did (:data:`NONE_DID`, with "no one", "none of ..." and "no"
#: before a noun): "no one was hurt", "nobody was injured", "none of the passengers was
#: harmed", "no buildings were damaged".
NO_ONE = _set("nobody no-one noone")
#: Auxiliaries between such a subject and what it says did not happen ("was", "has
#: been", "were seriously"): the passive's and the perfect's.
NONE_DID_AUXILIARIES = _set("was were is are been be has have had being")
#: The words that end what "no" and a noun say there was none of: prepositions and
#: conjunctions other than "and" and "or", and the words that open a clause ("no
#: details of how the records disappeared").
NONE_OF_ENDS = (GROUP_ENDS - {"and", "or"}) | _set("how what why whether where")


#: Adverbs that say "not" ("hardly inspiring", "scarcely credible"): negations, where
#: VADER reads them as dampeners ("hardly inspiring" came out positive).  Not "barely",
#: which as often says "only just" ("barely survived").
HARDLY = frozenset({"hardly", "scarcely"})


#: What is owed, before a comparative ("patients deserve better", "Britain deserves far
#: better"): the comparative names what is lacking, and reads as its opposite.
DESERVES = _set("deserve deserves deserved deserving")
#: Obligations before "do better" or "have done better" ("ministers must do better",
#: "he should have done better"), and the words of one before "to" ("we have to do
#: better", "ought to have done better"): a shortfall.  Not "could", "can", "will" or
#: "would", nor "to" after a wish ("hope to do better", "would do better than most"),
#: which hope for more or compare.
OBLIGED = _set("should must")
OBLIGED_TO = _set("has have had need needs ought")
#: The words between what is owed and its comparative ("deserve much better").
SHORTFALL_BETWEEN = _set("much far a lot so")


#: A comparative read after "could not be" ("could not be happier", "couldn't have been
#: better") says the most there is, not its opposite: the negation is read as "never so".
COMPARATIVE_MODALS = frozenset({"could", "can"})
#: Negations that say "the most" before a verb of being and a comparative, no modal
#: before them ("have never been better", "rarely been prouder", "never felt happier").
NEVER_BEEN = frozenset({"never", "rarely", "seldom"})
BEEN = frozenset({"been", "felt", "looked", "sounded"})
NEGATED_MODALS = frozenset({"couldn't", "can't", "couldnt", "cant", "cannot"})


#: News idiom missing from VADER's lexicon or rated by it for another sense (on its -4..4
#: scale): how reporting frames someone ("embattled", "slammed", "hailed", "landmark").
#: Read by the target model's features; the words VADER lacks are also in the sentence
#: score's lexicon (:data:`NEWS_ADDED`).
NEWS: dict[str, float] = {
    # pressure and blame
    "slammed": -2.0, "slams": -2.0, "blasted": -2.0, "blasts": -2.0, "lambasted": -2.3,
    "lambastes": -2.3, "denounced": -2.0, "denounces": -2.0, "rebuked": -1.8, "rebukes": -1.8,
    "chided": -1.4, "scolded": -1.6, "berated": -2.0, "excoriated": -2.4, "castigated": -2.2,
    "embattled": -2.0, "beleaguered": -2.0, "besieged": -1.6, "under-fire": -2.0,
    "scandal-plagued": -2.5, "scandal-hit": -2.5, "discredited": -2.2, "disgraced": -2.4,
    "ousted": -1.6, "indicted": -2.2, "impeached": -2.0, "convicted": -2.2, "sanctioned": -1.2,
    "backlash": -1.8, "firestorm": -2.0, "uproar": -1.8, "botched": -2.2, "bungled": -2.2,
    "allegations": -1.4, "alleged": -0.8, "allegedly": -0.8, "misconduct": -2.2,
    "corruption": -2.6, "corrupt": -2.6, "bribery": -2.6, "probe": -0.8, "indictment": -2.0,
    "subpoenaed": -1.2, "controversy": -1.5, "controversies": -1.5, "racism": -2.8,
    "sexist": -2.6, "extremist": -2.4, "falsely": -1.6, "baseless": -1.8, "debunked": -1.6,
    "resign": -1.0, "resignation": -1.0, "rebuke": -1.8, "condemnation": -2.0,
    # praise and success
    "hailed": 2.0, "hails": 2.0, "lauded": 2.2, "lauds": 2.2, "acclaimed": 2.2,
    "landmark": 1.6, "historic": 1.4, "milestone": 1.6, "breakthrough": 2.0,
    "landslide": 1.2, "victory": 2.0, "victories": 2.0, "triumphant": 2.4, "bipartisan": 1.0,
    "endorsed": 1.2, "endorsement": 1.2, "championed": 1.8, "spearheaded": 1.2,
    "pioneering": 1.8, "heroic": 2.6, "praise": 2.2, "praising": 2.2,
}
#: Two-word news idiom: the valence given to the second word after the first.
NEWS_PHRASES: dict[tuple[str, str], float] = {
    ("under", "fire"): -2.0,
    ("came", "under"): -1.0,
    ("stepped", "down"): -1.0,
    ("step", "down"): -1.0,
    ("called", "out"): -1.2,
}


@dataclass(frozen=True)
class Lexicon:
    """What the sentence scorer looks words up in (all keys lower-cased).

    Attributes:
        valence: word or emoticon -> mean human rating (-4 .. 4).
        boosters: intensifiers (+0.293) and dampeners (-0.293).
        negations: words that flip the valence of what follows.
        special: multi-word phrases with a valence of their own ("the bomb").
        emoji: single-character emoji -> the English words that describe it.
        increment: a booster's weight (B_INCR).
        caps_increment: the emphasis of a word in capitals (C_INCR).
        negation_scalar: what a negation multiplies a valence by (N_SCALAR).
        lookup: what a lower-cased token may look like -> the lexicon word
            (apostrophes and periods at either end allowed; boosters left out,
            as VADER does not score them): a :class:`Spellings`, which works a
            token's word out when it is first asked for.
        modifiers: every word a rule looks for before a lexicon word; a
            lexicon word with none of them in the three words before it keeps
            its valence (the scorer's fast path).
        emoticons: the words of ``valence`` that hold punctuation
            (:func:`punctuated_words`); ``None``: found when asked for.
    """

    valence: dict[str, float]
    boosters: dict[str, float]
    negations: frozenset[str]
    special: dict[str, float]
    emoji: dict[str, str]
    increment: float
    caps_increment: float
    negation_scalar: float
    lookup: Spellings
    modifiers: frozenset[str]
    emoticons: tuple[str, ...] | None = None


# What may cling to a word once other punctuation is gone: quotes written with
# apostrophes, a full stop, an ellipsis.
_EDGE_BEFORE = ("", "'", "''")
_EDGE_AFTER = ("", ".", "..", "...", "'", "''", ".'", ".''", "'.", "''.")
# Words too common to signal a phrase on their own ("kind of", "to die for").
_COMMON = frozenset({"the", "of", "to", "for", "a"})


def _read(name: str) -> str:
    return resources.files("vaderSentiment").joinpath(name).read_text(encoding="utf-8")


#: The learned valences (``data/lexicon_weights.json``), fitted by ``limner_sentiment.fit``.
WEIGHTS_FILE = "data/lexicon_weights.json"
#: The weights file's format; a file of another version is refused.
WEIGHTS_VERSION = 1


def vader_valence() -> dict[str, float]:
    """VADER's human ratings, as the package ships them (numbers left out)."""
    valence: dict[str, float] = {}
    for line in _read("vader_lexicon.txt").splitlines():
        parts = line.strip().split("\t")
        # numbers in the lexicon are chat codes ("143", "86"); in news they are amounts
        if len(parts) >= 2 and not parts[0].isdigit():
            valence[parts[0]] = float(parts[1])
    return valence


#: Words of an economy's state that news writes and VADER's lexicon lacks, rated on its
#: scale (-4..4) as its nearest words are ("downturn" as "decline", "upbeat" as
#: "optimistic").  Added to the shipped lexicon under the learned valences.  Not the
#: verbs of a rise or a fall ("soared", "plunged"), whose tone is that of what rises or
#: falls (see scorer._changed), nor the words of disaster ("famine", "casualties"),
#: which lowered the check on news (docs/plugins/sentiment-notes.md).
NEWS_WORDS: dict[str, float] = {
    "upbeat": 1.9, "resilient": 1.5, "rebound": 1.2, "rebounded": 1.2, "recovery": 1.4,
    "thrive": 2.0, "thrives": 2.0, "thrived": 2.0, "thriving": 2.0, "flourish": 2.2,
    "flourishing": 2.2, "slump": -1.6, "downturn": -1.8, "setback": -1.6, "setbacks": -1.6,
    "lacklustre": -1.4, "lackluster": -1.4, "tepid": -1.0, "jitters": -1.2,
    "bankruptcy": -2.4, "layoffs": -2.0, "redundancies": -1.8,
}


#: Verbs of one chosen for an office or a seat by a vote, or installed in it, rated (on
#: VADER's scale, as "endorsed" and "promoted" are: 1.2, 1.8) only in the passive that
#: says someone was chosen ("was elected mayor", "has been re-elected", "was narrowly
#: elected", "was sworn in as the first woman judge"; see :data:`CHOSEN_AUXILIARIES`);
#: elsewhere they name an office's kind, no news ("elected officials", "the newly elected
#: council"), and are not read.  ("Appointed" is left out: measured, it lowered a blind
#: target set by a neutral target; the target events read one appointed to a post.)
CHOSEN: dict[str, float] = {
    "elected": 1.5, "re-elected": 1.5, "reelected": 1.5,
    # only before "in" ("was sworn in as president"; not "were sworn to secrecy")
    "sworn": 1.2,
}
#: The auxiliaries of the passive before a verb of :data:`CHOSEN`, which may have one
#: adverb between ("was unanimously elected"): the finite ones and "been" ("has been
#: re-elected"), not "be" and "being", which say what may or would happen ("would be
#: elected", "the first woman to be elected", "of being elected for one party").
CHOSEN_AUXILIARIES = _set("was were is are been")
#: The words that open a clause of time or of condition, two words or fewer before the
#: auxiliary of a verb of :data:`CHOSEN`: the choice there dates or conditions another
#: thing ("before he is sworn in", "since she was elected", "if Labour was re-elected"),
#: and is not read.
CHOSEN_CLAUSES = TIME_CLAUSES | _set("if unless whether")


#: Verbs of a contest won over another side (read by ``phrases.contest``, not rated
#: alone): in the active where the result follows in the clause, a score or a margin
#: ("Ireland thrashed Italy 48-7", "thrashed England by nine wickets", "on penalties"),
#: the subject's win, rated as "won" is (:data:`CONTEST_WIN`); in the passive ("India
#: were thrashed by South Africa", "getting hammered 42-6"), the subject's defeat
#: (:data:`CONTEST_DEFEAT`, about "beaten"'s).  Elsewhere they name no result ("police
#: beat the protesters", "the storm hammered the coast", "prices edged higher") and are
#: not read.
CONTESTS = _set(
    "beat beats thrashed hammered routed trounced edged outclassed outplayed whitewashed "
    "pipped humbled"
)
#: The ratings of a contest won and of one lost.
CONTEST_WIN = 1.5
CONTEST_DEFEAT = -1.5
#: Verbs VADER rates for violence, shock or loss that name a contest won where a result
#: follows them in the active ("The All Blacks crushed Namibia 71-3", "stunned Spain on
#: penalties"): read there as a win in place of VADER's rating; elsewhere, and in the
#: passive, VADER's rating stands ("were crushed 6-0").
CONTESTS_RATED = _set("defeated defeats crushed stunned")
#: Verbs of a contest that tell a win plainly: read as one in the active only at the end
#: of a course, after "to" ("came from behind to beat Rangers 3-2", "fought back to
#: defeat X 2-1"); "Arsenal beat Chelsea 2-1 at the Emirates" and "Davenport defeated
#: Jie Zheng 6-2 7-5" are reports, neutral (VADER's rating of "defeated" dropped).
PLAIN_CONTESTS = _set("beat beats defeated defeats")
#: Verbs of a contest before "out" in another sense: "hammered out a deal", "thrashed
#: out the details" (an agreement reached), not read.
OUT_IDIOMS = _set("hammered thrashed")
#: Defeats told with a particle, read as :data:`CONTEST_DEFEAT` only in that sense:
#: "crashed out" ("crashed out of the League Cup"), the passive's "knocked out" ("were
#: knocked out of the FA Cup") and "held" to a draw ("were held to a goalless draw by
#: Jamaica").  "Knocked Y out" and "held Y to a draw", a win of the subject, and every
#: other "crashed", "knocked" and "held" are not read.
DEFEATS_TOLD = _set("crashed knocked held")
#: What tells a contest's result after its verb: a margin's units after "by" and a
#: number ("by nine wickets", "by a point", "by 30 runs"), and the ways a tie is settled
#: after "on" ("on penalties", "on aggregate").
MARGIN_UNITS = _set(
    "wicket wickets run runs point points goal goals stroke strokes shot shots length "
    "lengths second seconds try tries frame frames innings"
)
SETTLED = _set("penalties aggregate")
#: The numbers written as words before a margin's unit ("by nine wickets").
MARGIN_NUMBERS = _set(
    "a an one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty"
)
#: The most words from a contest's verb to its result ("edged out Leeds Rhinos 14-12").
CONTEST_REACH = 6


#: A standing told as a change of a thing good for its owner (read by
#: ``phrases.standing``, not rated alone): an analyst's or an agency's rating, a place in
#: a ranking.  None of these words passes a verdict, and the lexicons rate them for other
#: senses or not at all ("upgraded X to overweight" reads VADER's "overweight", -1.6,
#: "fell 20 places in the press freedom index" reads "freedom", +2.2): the rise is good
#: news for the owner, the fall bad, as a contest won or lost is told
#: (:data:`CONTEST_WIN`, :data:`CONTEST_DEFEAT`).  (A company's shares and a market's
#: close are no standing: the shares are read in the sentence's sum as one word, a good
#: of :data:`GOODS_MEASURED` that a change after it names, ``scorer._changed``; the close
#: by the events for its owner, ``events.CLOSED``, not in the sum: the sentences holding
#: "higher" or "lower" are too many in news to be read again for it at the plugin's cost.)
STANDING_RISE = 1.5
STANDING_FALL = -1.5
#: The verbs of a change read before a ranking: those of :data:`RISES` and
#: :data:`FALLS`, and "gained", "rallied", "lost", "shed", each a change told as done or
#: going on; not the base form "rise", which follows a modal or "to" as often as not, a
#: forecast or a hope ("could rise to third").
STANDING_RISES = (RISES - _forms("rise")) | _forms("gained gains rallied rallies advanced")
STANDING_FALLS = FALLS | _forms("lost loses shed sheds retreated")
#: An analyst's or an agency's rating changed, before "to" and the rating given
#: ("upgraded Shell to buy", "downgraded Boeing to sell", "upgraded Greece's credit rating
#: to investment grade"): the verb tells which way it moved, whatever the rating given
#: ("downgraded X to hold").  Without a rating after "to" it is no rating ("downgraded
#: the storm to a tropical depression": a change of :data:`REDUCES`).
RATED_UP = _set("upgraded upgrades upgrade upgrading")
RATED_DOWN = _set("downgraded downgrades downgrade downgrading")
RATINGS_GIVEN = _forms(
    "buy outperform overweight accumulate sell underperform underweight hold neutral junk "
    "investment investment-grade equal-weight aaa aa aa+ aa- a+ a- bbb bbb+ bbb- bb bb+ bb- "
    "b+ b- ccc"
)
RATING_REACH = 7
#: A place in a ranking gained or lost: a verb of :data:`STANDING_RISES` or
#: :data:`STANDING_FALLS` before a number of places ("fell 20 places", "rose five
#: places"), before "to" and an ordinal (``events.ordinal``: "slipped to 40th", "climbed to
#: second"), or before a ranking itself ("climbed the rankings", "slid down the table");
#: what the ranking measures is its name, not a tone of the sentence ("in the press
#: freedom index", "in the happiness index").
PLACES = _forms("places")
RANKINGS = _forms("rankings ranking table tables standings index chart charts ladder league")
#: The most words from a ranking's verb to the ranking ("fell 20 places in the world
#: press freedom index").
RANKING_REACH = 9


#: The news words the shipped lexicon adds where VADER's lacks them: :data:`NEWS_WORDS`,
#: the idiom of :data:`NEWS` and the verbs of :data:`CHOSEN` (a word VADER rates keeps
#: its rating).
NEWS_ADDED: dict[str, float] = NEWS_WORDS | NEWS | CHOSEN


def shipped_tables() -> dict[str, Any]:
    """The shipped lexicon's tables, derived afresh: VADER's ratings, the news words it
    lacks (:data:`NEWS_ADDED`) and the learned valences (:func:`learned_weights`)."""
    return _tables(learned_weights(), NEWS_ADDED)


def learned_weights() -> dict[str, float]:
    """The shipped learned valences: word -> valence on VADER's scale (empty if none ship)."""
    path = resources.files("limner_sentiment").joinpath(WEIGHTS_FILE)
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("version") != WEIGHTS_VERSION:
        raise ValueError(f"lexicon weights version {data.get('version')!r}, "
                         f"expected {WEIGHTS_VERSION}")
    return {str(k): float(v) for k, v in data["valence"].items()}


def load() -> Lexicon:
    """The lexicon in use: VADER's with the learned valences over it (read once, cached).

    :func:`limner_sentiment.scorer.using` puts another in use for a while.
    """
    return ACTIVE[-1] if ACTIVE else _shipped()


#: Lexicons put in use instead of the shipped one, innermost last.
ACTIVE: list[Lexicon] = []


@functools.cache
def _shipped() -> Lexicon:
    return _from_tables(_shipped_tables())


class Spellings(dict[str, str]):
    """What a lower-cased token may look like -> the lexicon word, filled as tokens are asked for.

    A token is a lexicon word (not a booster) written as it is, or with one
    of :data:`_EDGE_BEFORE` before it and one of :data:`_EDGE_AFTER` after
    it.  ``spellings[token]`` gives its word (``KeyError`` for a token that is
    none), ``token in spellings`` and ``spellings.get(token)`` say whether it
    is one; the answer is the one :func:`all_spellings` gives (where two
    words could be read in a token, the one it wrote last wins: the later
    word of the lexicon's order, then the later edges; a word written as it
    is always reads as itself).  Only the tokens asked for are kept: it is a
    table to ask (``in``, ``[]``, ``get``), and ``len``, iteration, ``keys()``,
    ``items()``, ``copy()`` and ``dict(...)`` cover only the tokens asked for
    so far (:func:`all_spellings` gives them all).
    """

    __slots__ = ("_boosters", "_edgy", "_order", "_valence")

    def __init__(
        self,
        valence: dict[str, float],
        boosters: dict[str, float],
        edgy: tuple[str, ...] | None = None,
    ) -> None:
        super().__init__()
        self._valence = valence
        self._boosters = boosters
        self._order: dict[str, int] | None = None
        # the middles of the words that start or end with an apostrophe or period (a few
        # emoticons); ``edgy``, those words, when the caller has them (the cached tables)
        self._edgy = frozenset(
            w.strip(".'") for w in (edge_words(valence) if edgy is None else edgy)
        )

    def word(self, token: str) -> str | None:
        """The lexicon word ``token`` spells, or ``None`` (nothing is kept; ``None`` for
        anything but a string)."""
        if not isinstance(token, str):
            return None
        valence, boosters = self._valence, self._boosters
        if token in valence and token not in boosters:
            return token
        # a word read in the token has the token's middle (what is left once apostrophes
        # and periods are stripped from both ends) as its own middle
        middle = token.strip(".'")
        if middle not in valence and middle not in self._edgy:
            return None
        n = len(token)
        lead = n - len(token.lstrip("'"))  # apostrophes before: "'" and "''" may be edges
        trail = token[len(token.rstrip(".'")) :]  # apostrophes and periods after
        if not lead and not trail:
            return None  # no edge: only the token itself could be a word
        afters = _afters(trail[-3:])
        found: list[tuple[int, int, str]] = []
        for b in range(min(lead, 2) + 1):
            for a, size in afters:
                if b + size < n:
                    word = token[b : n - size]
                    if word in valence and word not in boosters:
                        found.append((b, a, word))
        if not found:
            return None
        if len(found) == 1:
            return found[0][2]
        if self._order is None:
            self._order = {w: i for i, w in enumerate(valence)}
        order = self._order
        return max(found, key=lambda f: (order[f[2]], f[0], f[1]))[2]

    def __missing__(self, token: str) -> str:
        word = self.word(token)
        if word is None:
            raise KeyError(token)
        self[token] = word
        return word

    def __contains__(self, token: object) -> bool:
        return dict.__contains__(self, token) or (
            isinstance(token, str) and self.word(token) is not None
        )

    # dict's own overloads: a default of another type is given back as it is
    @overload
    def get(self, token: str, default: None = None) -> str | None: ...
    @overload
    def get(self, token: str, default: str) -> str: ...
    @overload
    def get(self, token: str, default: _T) -> str | _T: ...
    def get(self, token: str, default: _T | None = None) -> str | _T | None:
        """``self[token]``, or ``default`` for a token that spells no lexicon word."""
        try:
            return self[token]
        except KeyError:
            return default


@functools.cache
def _afters(trail: str) -> tuple[tuple[int, int], ...]:
    """``(index, length)`` of the edges of :data:`_EDGE_AFTER` that a token ending in ``trail``
    (its last three apostrophes and periods) ends with."""
    return tuple((a, len(after)) for a, after in enumerate(_EDGE_AFTER) if trail.endswith(after))


def edge_words(valence: dict[str, float]) -> tuple[str, ...]:
    """The lexicon's words that start or end with an apostrophe or period."""
    return tuple(w for w in valence if w[0] in ".'" or w[-1] in ".'")


def punctuated_words(valence: dict[str, float]) -> tuple[str, ...]:
    """The lexicon's words that hold punctuation (emoticons), in the lexicon's order."""
    return tuple(filter(_PUNCTUATED.search, valence))


_PUNCTUATED = re.compile(f"[{re.escape(string.punctuation)}]")


def all_spellings(valence: dict[str, float], boosters: dict[str, float]) -> dict[str, str]:
    """Every spelling of every lexicon word -> the word: what :class:`Spellings` answers.

    The plain definition, kept for the tests (some 225,000 entries: making them
    took a tenth of a second of every start-up).
    """
    lookup: dict[str, str] = {}
    for word in valence:
        if word in boosters:
            continue
        for before in _EDGE_BEFORE:
            for after in _EDGE_AFTER:
                lookup[f"{before}{word}{after}"] = word
    lookup.update((w, w) for w in valence if w not in boosters)
    return lookup


#: The widest edges a spelling may have around its word (_EDGE_BEFORE, _EDGE_AFTER).
EDGE_ROOM = max(map(len, _EDGE_BEFORE)) + max(map(len, _EDGE_AFTER))

#: The layout of the lexicon's cached tables (:func:`_tables`); bump it when they change.
TABLES_VERSION = 2


def build(weights: dict[str, float], missing: Mapping[str, float] | None = None) -> Lexicon:
    """The lexicon with ``weights`` replacing or adding valences (0 removes a word), and
    ``missing``'s words added where VADER's lexicon lacks them."""
    return _from_tables(_tables(weights, missing))


def _shipped_tables() -> dict[str, Any]:
    """The shipped lexicon's tables: from the user cache, or derived and kept there."""
    vader = resources.files("vaderSentiment")
    ours = resources.files("limner_sentiment")
    sources = [vader.joinpath(name) for name in
               ("vader_lexicon.txt", "emoji_utf8_lexicon.txt", "vaderSentiment.py")]
    sources += [ours.joinpath(WEIGHTS_FILE), Path(__file__)]
    if not all(isinstance(p, Path) and p.is_file() for p in sources):
        # a zipped install, or no learned valences: nothing to key a cache to
        return shipped_tables()
    return cached(
        f"lexicon-v{TABLES_VERSION}",
        [Path(str(p)) for p in sources],
        shipped_tables,
        dict,
        _checked_tables,
    )


def _tables(
    weights: dict[str, float], missing: Mapping[str, float] | None = None
) -> dict[str, Any]:
    """What a :class:`Lexicon` is made of, as values :mod:`marshal` keeps: VADER's ratings,
    ``missing``'s words where VADER lacks them, ``weights`` over both."""
    from vaderSentiment import vaderSentiment as vs

    valence = vader_valence()
    for word, value in (missing or {}).items():
        valence.setdefault(word, value)
    for word, value in weights.items():
        if value:
            valence[word] = value
        else:
            valence.pop(word, None)
    emoji: dict[str, str] = {}
    for line in _read("emoji_utf8_lexicon.txt").splitlines():
        parts = line.strip().split("\t")
        if len(parts) >= 2 and len(parts[0]) == 1:
            emoji[parts[0]] = parts[1]
    negations = set(vs.NEGATE) | HARDLY
    boosters = {w: v for w, v in vs.BOOSTER_DICT.items() if w not in HARDLY}
    # floats, as every other weight: an idiom VADER rates with a whole number (``the
    # shit``: 3) is reported as 3.0 in a driver, whatever was rounded before it
    special = {phrase: float(value) for phrase, value in vs.SPECIAL_CASES.items()}
    modifiers = set(negations) | {"no", "least", "never", "without", "so", "this", "or", "nor"}
    modifiers.add("far")  # "far from perfect": a negation (the scorer's _negation)
    for phrase in (*boosters, *special):
        # a phrase is present only if its distinctive words are
        modifiers.update(w for w in phrase.split() if w not in _COMMON)
    return {
        "valence": valence,
        "boosters": boosters,
        # sorted: a set's order varies with the hash seed, the cached file must not
        "negations": tuple(sorted(negations)),
        "special": special,
        "emoji": emoji,
        "increment": float(vs.B_INCR),
        "caps_increment": float(vs.C_INCR),
        "negation_scalar": float(vs.N_SCALAR),
        "modifiers": tuple(sorted(modifiers)),
        "edgy": edge_words(valence),
        "emoticons": punctuated_words(valence),
    }


_TABLE_TYPES = {
    "valence": dict, "boosters": dict, "negations": tuple, "special": dict, "emoji": dict,
    "increment": float, "caps_increment": float, "negation_scalar": float, "modifiers": tuple,
    "edgy": tuple, "emoticons": tuple,
}


def _checked_tables(payload: object) -> dict[str, Any]:
    """:func:`_tables`' values read back from the cache.

    Raises:
        ValueError: they are not what :func:`_tables` makes.
    """
    if not isinstance(payload, dict) or set(payload) != set(_TABLE_TYPES):
        raise ValueError("not a lexicon's tables")
    if not all(type(payload[k]) is t for k, t in _TABLE_TYPES.items()):
        raise ValueError("not a lexicon's tables")
    return payload


def _from_tables(tables: dict[str, Any]) -> Lexicon:
    """The lexicon made of :func:`_tables`' values."""
    valence: dict[str, float] = tables["valence"]
    boosters: dict[str, float] = tables["boosters"]
    return Lexicon(
        valence=valence,
        boosters=boosters,
        negations=frozenset(tables["negations"]),
        special=tables["special"],
        emoji=tables["emoji"],
        increment=tables["increment"],
        caps_increment=tables["caps_increment"],
        negation_scalar=tables["negation_scalar"],
        lookup=Spellings(valence, boosters, tables["edgy"]),
        modifiers=frozenset(tables["modifiers"]),
        emoticons=tables["emoticons"],
    )
