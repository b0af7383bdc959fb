"""Word lists the quotes plugin reads: speech verbs, roles, titles, pronouns.

Speech verbs attribute a quote ("said", "told", "according to"); verbs of
belief and finding ("believes", "found") attribute only a ``that`` clause.
Role and title words let "the ambassador" or "Information Minister" stand
for a named person; honorifics and gendered roles tell "he" from "she".
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

__all__ = [
    "ASSEMBLY_HEADS",
    "BELIEF_VERBS",
    "BOUNDARY_WORDS",
    "BUSINESS_NOUNS",
    "COURT_HEADS",
    "DETERMINERS",
    "DOCUMENT_HEADS",
    "FEMALE_WORDS",
    "GROUP_NOUNS",
    "MALE_WORDS",
    "MIXED_VERBS",
    "NP_SKIP_WORDS",
    "OCCUPATIONS",
    "OPENING_PRONOUNS",
    "PARTICLES",
    "PERSON_NOUNS",
    "PERSON_PLURALS",
    "PREPOSITIONS",
    "PRONOUNS",
    "REPORTING_VERBS",
    "ROLE_WORDS",
    "SPEECH_VERBS",
    "WEEKDAYS",
    "run_match",
    "word_pattern",
    "word_set",
    "word_start_pattern",
]


def word_set(block: str) -> frozenset[str]:
    """The white-space separated words of ``block``, as a set."""
    return frozenset(block.split())


#: Verbs that attribute direct or reported speech, in the forms news uses.
SPEECH_VERBS = word_set(
    """
    said says say saying told tells telling added adds adding stated states stating
    noted notes noting warned warns warning insisted insists insisting claimed claims
    argued argues arguing explained explains explaining announced announces declared
    declares asserted asserts acknowledged acknowledges admitted admits confirmed confirms
    wrote writes asked asks replied replies responded responds countered counters
    recalled recalls predicted predicts promised promises vowed vows urged urges
    stressed stresses emphasized emphasizes emphasised emphasises continued continues
    concluded concludes tweeted tweets remarked remarks observed observes suggested
    suggests contended contends conceded concedes alleged alleges charged complained
    complains joked jokes quipped mused muses reported reports testified testifies
    pointed agreed agrees cautioned cautions reiterated reiterates boasted boasts
    pledged pledges shouted yelled demanded demands scolded snapped exclaimed wondered
    whispered answered answers interjected retorted asking writing
    proclaimed proclaims lamented laments recited recites cracked cracks chanted
    echoed echoes posted
    """
)

#: The speech and belief verbs looked for everywhere as openers of reported speech
#: (the others attribute only a quote they stand next to).
REPORTING_VERBS = word_set(
    """
    said says say saying told tells telling added adds adding stated warned warns
    noted notes argued argues claimed claims insisted insists wrote writes asked asks
    reported reports announced announces suggested suggests believes believe believed
    explained explains acknowledged acknowledges declared declares tweeted predicted
    confirmed confirms thinks think thought found finds showed shows show revealed
    indicated indicates expects expected hopes fears knows feels felt denied maintained
    maintains testified promised vowed pledged recalled admitted conceded stressed
    emphasized contended complained
    """
)

#: Verbs that attribute a ``that`` clause only (beliefs, findings, reports).
BELIEF_VERBS = word_set(
    """
    believes believed thinks thought knows knew hopes hoped feels felt fears feared
    expects expected estimates estimated found finds showed shows revealed reveals
    indicated indicates denied denies maintained maintains assured assures reminded
    informed acknowledged learned signaled signalled worried worries
    """
)

#: Verbs that attribute a quoted fragment inside a clause ("called it “a disaster”").
MIXED_VERBS = word_set("called calls calling described describes dubbed labeled labelled")

#: Personal pronouns that can stand for a speaker.
PRONOUNS = word_set("he she they we i it")
#: The pronouns a sentence opens with as its subject: those above, "you", and the forms
#: run together with a verb ("I'd say", "You will understand", "We've seen").
OPENING_PRONOUNS = PRONOUNS | word_set(
    "you you'd you're you've you'll i'd i've i'm i'll we've we're we'd we'll"
)

#: Words that open a clause as its subject, after an "it is believed" with no "that".
CLAUSE_SUBJECTS = word_set(
    "the a an this these those his her their its our my he she they we there"
)


def opens_clause(word: str) -> bool:
    """Whether ``word`` may open a clause as its subject: a determiner, a pronoun or a
    name ("it is understood *the* talks failed", "it is thought *Manchester* United …")."""
    return word.lower() in CLAUSE_SUBJECTS or word[:1].isupper()


#: Words that may sit between a speaker and the verb ("he also said").
NP_SKIP_WORDS = word_set(
    """
    also later then has had have previously repeatedly once again recently earlier would
    will did does do just often frequently reportedly publicly privately flatly simply
    further quickly subsequently is was were are been since still even long ever never
    always already
    """
)

#: Words that end a speaker phrase when walking back from the verb.
BOUNDARY_WORDS = word_set(
    """
    that and but because while when as if which who whom whose so than where after before
    since although though whether or nor yet what how why to be not
    """
)

#: Words that may open a descriptive speaker phrase ("a spokesman for ...").
DETERMINERS = word_set(
    """
    the a an another one two three four several many some other his her their its our
    both all most few each this these those any no
    """
)

#: Lower-case name particles ("Ursula von der Leyen", "Erik ten Hag").
PARTICLES = word_set(
    "de da del della der den van von ten ter bin ibn al el la le di dos du ben ul"
)

#: Titles and roles that precede or follow a name (lower-cased, periods stripped).
ROLE_WORDS = word_set(
    """
    mr mrs ms miss mx dr prof sir dame lord lady madam
    president vice prime minister ministers secretary ambassador envoy diplomat consul
    senator sen representative rep congressman congresswoman lawmaker legislator
    governor gov mayor spokesman spokeswoman spokesperson chairman chairwoman chair
    chairperson director chief executive ceo cfo coo head leader judge justice
    general gen colonel col captain capt lieutenant lt sergeant sgt major maj admiral adm
    officer commissioner attorney lawyer counsel prosecutor professor adviser advisor aide
    analyst economist manager coach deputy chancellor candidate nominee founder
    co-founder owner editor correspondent reporter author researcher scientist doctor
    sheriff inspector detective king queen prince princess pope bishop archbishop cardinal
    rev father sheikh emir premier speaker official officials strategist pollster
    striker midfielder defender goalkeeper player boss secretary-general
    president-elect commander governor-general treasurer auditor principal dean
    superintendent mp mep msp mla mpp qc kc constable councillor councilor cllr det insp supt
    duke duchess earl baron baroness countess pm cm vp dg
    shri smt shrimati alhaji alhaja hajia mallam datuk datin dato seri tun hon honourable
    taoiseach tanaiste tánaiste sultan ayatollah imam rabbi pastor vicar ombudsman coroner
    magistrate
    """
)

#: Nouns of trades and roles that news sets before a name with no article, capitalised at
#: a sentence's start even before one name word ("Singer Adele said", "Rapper Stormzy
#: said"), lower-cased.  Left out: those that are as often given names or surnames before
#: a surname ("Hunter Biden", "Carter Page", "Mason Mount", "Baker Mayfield", "Tucker
#: Carlson", "Cooper", "Porter", "Archer", "Fisher", "Walker", "Taylor", "Deacon"), and
#: family nouns that are titles as well ("Mother Teresa", "Father Ted"); grandparents are
#: kept.  Each is a person noun too (:data:`PERSON_NOUNS` or, for the few it lacks,
#: through ``phrases``'s person keys).
OCCUPATIONS = word_set(
    """
    actor actress singer songwriter rapper musician guitarist drummer pianist violinist
    composer comedian comic presenter broadcaster journalist columnist novelist writer
    poet playwright screenwriter filmmaker photographer artist painter sculptor designer
    architect dancer model chef businessman businesswoman entrepreneur tycoon billionaire
    millionaire banker campaigner activist blogger influencer vlogger youtuber footballer
    cricketer golfer boxer cyclist sprinter athlete swimmer jockey skier gymnast rower
    winger batsman referee umpire pundit historian academic astronaut surgeon nurse
    paramedic midwife teacher headteacher lecturer student pupil pensioner widow widower
    veteran farmer builder plumber electrician mechanic firefighter soldier pilot
    grandmother grandfather
    """
)

#: Words that mark a person as male or female (titles, roles).
MALE_WORDS = word_set(
    "mr sir lord king prince father spokesman chairman congressman shri alhaji"
)
FEMALE_WORDS = word_set(
    "mrs ms miss dame lady madam queen princess spokeswoman chairwoman congresswoman smt "
    "shrimati alhaja hajia datin"
)


_Trie = dict[str, "_Trie"]


def word_pattern(words: frozenset[str]) -> str:
    """A regular expression matching any of ``words``, built as a trie.

    A trie-shaped alternation is tried one character at a time, several times
    faster than a flat list of alternatives with Python's ``re``.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        optional = "" in node
        if len(branches) == 1 and not optional:
            return branches[0]
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if optional else group

    return build(trie)


#: The characters besides its two cases that an ASCII letter matches without regard to
#: case in ``re``: the dotted and the dotless i, the Kelvin sign, the long s.
_OTHER_CASES = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def word_start_pattern(
    words: list[str], before: str = "[\\w’']", *, ignore_case: bool = True, ascii: bool = False
) -> str:
    """``(?<!BEFORE)(?i:W1|W2|…)``, one of ``words`` (ASCII letters and apostrophes) where
    no character of the class ``before`` stands before it, as a pattern that opens with
    the class of the words' first characters (in every case, with ``ignore_case``).

    ``re`` searches for such a pattern by skipping to the next character of the class
    in one scan, where a pattern that opens with a look-behind is tried at every
    position (some 300 instructions each).  The same look-behind follows the first
    character, two characters wide (the one before it; none at the text's start), and
    the rest of each word follows a look-behind at its first character: the words that
    share a first character are tried in their order, and no other word can match where
    that character stands, so the matches are the same.  (``\\b`` before a word is the
    look-behind of ``\\w``.)  With ``ascii``, for a pattern compiled with ``re.ASCII``, the
    class holds the ASCII cases alone, as the pattern matches no other: a class of
    characters past Latin-1 costs ``re`` some 2 M instructions to compile.
    """
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0].lower() if ignore_case else word[0], []).append(word[1:])
    firsts = "".join(
        c + c.upper() + ("" if ascii else _OTHER_CASES.get(c, "")) if ignore_case else c
        for c in rests
    )
    branches = "|".join(
        f"(?<={re.escape(c)})(?:{'|'.join(map(re.escape, after))})" for c, after in rests.items()
    )
    return f"[{re.escape(firsts)}](?<!{before}.)" + (
        f"(?i:{branches})" if ignore_case else f"(?:{branches})"
    )


def run_match(
    run: re.Pattern[str], text: str, pos: int = 0, endpos: int = sys.maxsize
) -> re.Match[str]:
    """The match of ``run`` at ``pos``, a pattern of a run of characters that may be empty
    (``[\\w ]*``): it matches at every position, if only the empty string."""
    m = run.match(text, pos, endpos)
    assert m is not None  # (an empty run matches)
    return m


#: Heads of the courts and hearings that hear evidence and witnesses: "the court
#: heard", "the inquest was told", "told the jury".
COURT_HEADS = word_set("court jury tribunal inquest inquiry")
#: Heads of the bodies that sit to hear someone: a court, an assembly, a board, a team
#: ("told the committee", "told parliament", "told the squad").
ASSEMBLY_HEADS = COURT_HEADS | word_set(
    "committee panel house parliament senate congress assembly cabinet council board press "
    "team party"
)
#: Nouns that head an organisation: institutions, companies, outlets, bodies, and the
#: assemblies above.
ORGANIZATION_HEADS = ASSEMBLY_HEADS | word_set(
    """
    campaign campaigns ministry department committees courts commission agency agencies
    government governments administration office parties company companies firm firms
    group groups organization organisation bureau network networks newspaper newspapers
    paper outlet station union unions association institute university college center
    centre foundation coalition police military army navy service authority authorities
    legislature embassy bank corporation corp inc times post journal news tribune herald
    magazine channel fund caucus club league federation alliance movement pac
    institution institutions society chamber school republic bench palace secretariat
    directorate inspectorate regulator watchdog brigade force trust trusts hospital hospitals
    charity charities airport airports museum museums
    """
)


#: Nouns that head a document source: findings, records, publications' pieces.
DOCUMENT_HEADS = word_set(
    """
    poll polls survey surveys study studies report reports analysis analyses data
    research review reviews audit audits document documents record records filing
    filings memo memos figures numbers statistics results findings estimate estimates
    projections projection census index model forecast forecasts ruling rulings
    decision verdict opinion brief lawsuit complaint indictment letter letters email
    emails transcript transcripts statement article story editorial release paper
    papers documentation evidence footage video book minutes investigation investigations
    inquiry inquiries probe probes sign signs notice notices placard placards banner banners
    leaflet leaflets poster posters plaque plaques label labels headline headlines caption
    captions readout readouts dossier dossiers manifesto manifestos communique communiques
    communiqué communiqués guidance test tests autopsy autopsies examination examinations
    judgment judgments judgement judgements
    """
)


#: Nouns of a business that stand before its name: "budget carrier SpiceJet", "carmaker
#: Toyota", "drinks giant Diageo".  The heads of bodies' names it shares with
#: ``ORGANIZATION_HEADS`` are only those never a person's place or role: that set's
#: "centre", "team", "house" or "club" before a name ("England centre Mathew Tait") head
#: a person's phrase.
BUSINESS_NOUNS = word_set(
    """
    carrier airline maker carmaker automaker retailer supermarket giant operator lender
    insurer miner brewer broadcaster publisher chain conglomerate startup manufacturer
    supplier exporter importer utility firm firms company companies group agency bank
    corporation network outlet newspaper magazine regulator watchdog fund
    """
)


#: Prepositions (lower case): no verb follows one ("fell on reports it may …": a noun),
#: and no speaker phrase ends in one.  A gerund may follow ("despite admitting that …").
PREPOSITIONS = word_set(
    """
    of for at in with from on outside inside near about above across against amid amidst
    among amongst around behind below beneath beside besides between beyond by despite
    during into onto over through throughout toward towards under unlike upon via within
    without
    """
)


#: Nouns of people and of groups of people that head a speaker phrase ("People familiar
#: with the matter said", "Relatives of victims: …", "His family said", "Victim's
#: family: …"), beside the role words and the person nouns; a family is a group of
#: people, no body (WordNet files it under groups, so the person nouns lack it).
GROUP_NOUNS = word_set(
    """
    people person persons source sources friend friends relative relatives associate
    associates colleague colleagues ally allies member members resident residents witness
    witnesses expert experts critic critics supporter supporters employee employees staff
    staffer staffers worker workers insider insiders family families
    """
)


#: The days of the week, lower-cased: "said on Tuesday a spokeswoman", "Tuesday's talks".
WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")


def _read_person_nouns() -> frozenset[str]:
    path = Path(__file__).parent / "data" / "person_nouns.txt"
    lines = path.read_text("utf-8").split("\n")
    return frozenset(w for w in lines if w and not w.startswith("#"))


def _plurals(words: frozenset[str]) -> frozenset[str]:
    """The plural forms of person nouns: ``investigators``, ``witnesses``, ``deputies``,
    ``spokesmen`` (and ``humans`` beside ``humen``, never written, for a word in -man).

    One loop that tests a word's last letter first: each ending below has its own
    last letter, and a call and a tuple a word cost more at every start.
    """
    out: list[str] = []
    add = out.append
    for word in words:
        last = word[-1]
        if last == "n" and word.endswith("man"):
            add(word[:-3] + "men")
            add(word + "s")
        elif last == "d" and word.endswith("child"):
            add(word + "ren")
        elif last in "sxz" or (last == "h" and word.endswith(("ch", "sh"))):
            add(word + "es")
        elif last == "y" and len(word) > 1 and word[-2] not in "aeiou":
            add(word[:-1] + "ies")
        elif last == "e" and word.endswith("wife"):
            add(word[:-2] + "ves")
        else:
            add(word + "s")
    return frozenset(out)


#: Nouns whose commonest sense names a person ("investigator", "shopkeeper",
#: "paramedic"), lower-cased: derived from WordNet by ``data/build_person_nouns.py``.
PERSON_NOUNS = _read_person_nouns()
#: Their plurals ("investigators", "witnesses", "spokesmen").
PERSON_PLURALS = _plurals(PERSON_NOUNS)

#: Words for one of a people, as news writes them before a full name ("Spaniard Rafael
#: Nadal", "Briton Andy Murray", "Russian Dmitriy Bogdanov"), lower-cased: a country's
#: demonym or the noun of one of its people.  Left out: continents' ("European"),
#: adjectives that open bodies' names alone ("Philippine"), and words that are as often
#: given names ("Dane", "Roman", "Norman", "Jordan").
NATIONALITIES = word_set(
    """
    afghan albanian algerian american angolan argentine argentinian armenian australian
    austrian azerbaijani azeri bahraini bangladeshi belarusian belgian bolivian bosnian
    brazilian british briton brit bulgarian cambodian cameroonian canadian chilean chinese
    colombian croat croatian cuban cypriot czech danish dutch dutchman dutchwoman
    ecuadorian egyptian emirati englishman englishwoman eritrean estonian ethiopian
    filipino finn finnish french frenchman frenchwoman georgian german ghanaian greek
    guatemalan haitian honduran hungarian icelandic indian indonesian iranian iraqi irish
    irishman irishwoman israeli italian ivorian jamaican japanese jordanian kazakh kenyan
    kiwi korean kuwaiti latvian lebanese libyan lithuanian malaysian mexican moldovan
    mongolian moroccan mozambican nepalese nicaraguan nigerian norwegian omani pakistani
    palestinian panamanian paraguayan peruvian pole polish portuguese qatari romanian
    russian rwandan saudi scot scotsman scotswoman scottish senegalese serb serbian
    singaporean slovak slovene slovenian somali spaniard spanish sudanese swede swedish
    swiss syrian taiwanese thai tunisian turk turkish ugandan ukrainian uruguayan uzbek
    venezuelan vietnamese welsh welshman welshwoman yemeni zambian zimbabwean
    """
)

#: Hyphenated titles made of a role or a person noun ("Attorney-General",
#: "Solicitor-General", "Director-General", "Vice-President", "Deputy-Governor",
#: "Premier-elect") are role words as their parts are.
ROLE_WORDS = ROLE_WORDS | frozenset(
    [f"{w}-general" for w in ROLE_WORDS | PERSON_NOUNS]
    + [f"{a}-{w}" for a in ("vice", "deputy", "lieutenant") for w in ROLE_WORDS]
    + [f"{w}-elect" for w in ROLE_WORDS]
)
