"""Attribution cues of general English, grouped in families, with every inflection.

A cue is the word or phrase that attributes content to a source: a speech
verb ("said", "warning", "has argued"), a stance verb ("believes",
"endorsed", "opposes"), an evidence verb whose subject is a finding ("the
poll shows", "the court ruled"), a noun ("the claim that", "in a
statement"), or a passive ("is expected to", "it was reported that").  The
verbs are listed by their base form; :func:`inflect` spells the other forms
(``-s``, ``-ed``, ``-ing`` and the irregular ones), so every tense and
participle of a listed verb is a cue.
"""

from __future__ import annotations

import re

__all__ = [
    "ANSWERED_ON",
    "ANSWERS",
    "CAUSE_VERBS",
    "CLAIM_NOUNS",
    "CLAUSE_ONLY",
    "COMPOUND_NOUNS",
    "COMPOUND_PARTS_AFTER",
    "COMPOUND_PARTS_BEFORE",
    "EVIDENCE",
    "FAMILIES",
    "FRAME_NOUNS",
    "NOT_CUES",
    "NOUNLIKE",
    "NOUN_CUES",
    "OBJECT_FIRST",
    "PARTICIPLES",
    "PARTICLE_ONLY",
    "PASSIVE_HEADS",
    "PHRASAL",
    "RAISING",
    "REFUSALS",
    "RULING_FORMS",
    "SAYING_NOUNS",
    "SILENCES",
    "SPEECH",
    "STANCE",
    "TARGET_VERBS",
    "TOPIC_PARTICLES",
    "VERB_FORMS",
    "inflect",
]


def _words(block: str) -> tuple[str, ...]:
    return tuple(block.split())


#: Verbs of saying: they report what a source said or wrote.
SPEECH = _words(
    """
    say tell add note warn insist claim argue explain announce declare assert acknowledge
    admit confirm write ask reply respond counter recall predict promise vow urge stress
    emphasize emphasise conclude tweet remark observe suggest contend concede allege charge
    complain joke quip muse report testify point agree caution reiterate boast pledge
    shout yell demand scold snap exclaim whisper answer interject retort state deny
    repeat mention describe call cite propose threaten comment brag lament
    concur complain criticize criticise blast slam praise accuse attack decry denounce
    condemn dismiss reject question challenge mock ridicule thank blame defend tout
    applaud welcome hail chide rebuke lash assail berate castigate disparage insult
    recount relate inform remind assure advise caution counsel recommend request plead
    beg implore order instruct invite urge encourage announce proclaim disclose reveal
    publish email chant preach lecture swear
    acknowledge reaffirm affirm maintain clarify specify elaborate summarize summarise
    characterize characterise portray label dub brand term refer echo highlight underscore
    signal hint imply guarantee offer forecast estimate calculate decline refuse veto
    discuss express talk speak
    opine posit postulate theorize theorise speculate surmise conjecture hypothesize
    stipulate vouch attest certify profess avow aver dispute refute rebut deplore
    bemoan gripe moan whine commend laud extol acclaim compliment
    censure reprimand admonish excoriate lambaste skewer deride scoff sneer taunt
    lampoon vilify demonize demonise fume scream mutter mumble contradict
    infer deduce corroborate substantiate divulge confide confess
    advocate champion entreat exhort beseech forewarn prophesy underline query
    enquire repudiate disavow disown retract recant gainsay pronounce decree quote
    invoke allude restate notify depose crow gloat trumpet regret chastise upbraid heckle
    apologize apologise reassure expound insinuate
    """
)

#: Verbs of stance: belief, wish, support or opposition held by a source.
STANCE = _words(
    """
    believe think know feel fear hope expect want wish doubt suspect worry assume imagine
    guess reckon consider regard view see deem favor favour prefer support oppose
    endorse back seek plan intend decide choose
    recognize recognise understand realize realise agree disagree trust accept deny
    welcome embrace object protest resist reckon anticipate envision foresee presume
    wonder question contemplate
    perceive fret dread envisage conceive aspire
    """
)

#: Verbs whose subject is a finding or a ruling: polls, studies, courts, panels.
EVIDENCE = _words(
    """
    show find reveal indicate suggest estimate conclude rule determine demonstrate
    confirm project forecast calculate
    """
)

#: Forms that are as often nouns ("the plans", "his calls"): cues only after a
#: name, a pronoun or a role.
NOUNLIKE = frozenset(
    _words("""
    back backs plan plans call calls claim claims charge charges report reports support
    supports offer offers question questions challenge challenges view views comment
    comments estimate estimates forecast forecasts demand demands request requests object
    objects protest protests favor favors favour favours fear fears hope hopes doubt doubts
    order orders project projects record records attack attacks vow vows pledge pledges
    promise promises answer answers reply replies charge counter counters post posts
    tweet tweets email emails rule rules find finds lecture lectures signal signals hint
    hints guess guesses figure figures accept welcome welcomes praise praises blame
    blames order defend defends attack mock mocks thank thanks label labels brand brands
    term terms echo echoes state states point points note notes talks
    """)
)

#: Raising verbs: their subject and their complement are both the content.
RAISING = _words("seem appear")

#: Irregular verbs: base -> (third person, past, past participle, gerund).
_IRREGULAR = {
    "say": ("says", "said", "said", "saying"),
    "tell": ("tells", "told", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "think": ("thinks", "thought", "thought", "thinking"),
    "find": ("finds", "found", "found", "finding"),
    "know": ("knows", "knew", "known", "knowing"),
    "feel": ("feels", "felt", "felt", "feeling"),
    "see": ("sees", "saw", "seen", "seeing"),
    "foresee": ("foresees", "foresaw", "foreseen", "foreseeing"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "show": ("shows", "showed", "shown", "showing"),
    "swear": ("swears", "swore", "sworn", "swearing"),
    "sing": ("sings", "sang", "sung", "singing"),
    "mean": ("means", "meant", "meant", "meaning"),
    "understand": ("understands", "understood", "understood", "understanding"),
    "choose": ("chooses", "chose", "chosen", "choosing"),
    "forecast": ("forecasts", "forecast", "forecast", "forecasting"),
    "put": ("puts", "put", "put", "putting"),
    "grant": ("grants", "granted", "granted", "granting"),
    "lie": ("lies", "lied", "lied", "lying"),
}
#: Verbs that double their last consonant before -ed and -ing.
_DOUBLING = frozenset(
    _words("""
    admit commit regret refer prefer infer quip snap plan rebut confer permit omit
    beg brag dub fret slam
    """)
)
_VOWELS = frozenset("aeiou")


def inflect(base: str) -> tuple[str, str, str, str, str]:
    """``(base, third person, past, past participle, gerund)`` of an English verb."""
    if base in _IRREGULAR:
        return (base, *_IRREGULAR[base])
    stem = base + base[-1] if base in _DOUBLING else base
    consonant_y = base.endswith("y") and base[-2] not in _VOWELS  # "deny", not "say"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = base + "es"
    elif consonant_y:
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    if base.endswith("e"):
        past = base + "d"
    elif consonant_y:
        past = base[:-1] + "ied"
    else:
        past = stem + "ed"
    if base.endswith("ie"):
        gerund = base[:-2] + "ying"
    elif base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        gerund = base[:-1] + "ing"
    else:
        gerund = stem + "ing"
    return base, third, past, past, gerund


def _forms(bases: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for base in bases:
        for form in inflect(base):
            out.setdefault(form, base)
        if _BRITISH_LL.search(base):  # "signalled" beside "signaled"
            out.setdefault(base + "led", base)
    return out


#: A verb that ends in one vowel and "l" after a consonant: British spelling doubles the
#: "l" before -ed and -ing ("signalled", "labelled"), American does not.  Only the past is
#: added: the gerunds are nouns as often ("counselling", "labelling").
_BRITISH_LL = re.compile(r"[^aeiou][aeiou]l\Z")


#: Families in the order a form shared by several is given to (speech first).
FAMILIES = ("speech", "stance", "evidence")

#: Forms read far more often as nouns or adjectives than as cues ("the state",
#: "a note", "the ruling party", "the finding"): never cues.
NOT_CUES = frozenset(_words("state note ruling finding rules"))

#: Every form of every cue verb -> (base form, family).
VERB_FORMS: dict[str, tuple[str, str]] = {}
for _family, _bases in (("speech", SPEECH), ("evidence", EVIDENCE), ("stance", STANCE + RAISING)):
    for _form, _base in _forms(_bases).items():
        if _form not in NOT_CUES:
            VERB_FORMS.setdefault(_form, (_base, _family))
#: "The court held that …": a court's ruling, the only reading of *held* and *holds* as a
#: cue.  They are kept out of ``VERB_FORMS``, which every reader looks words up in, so that
#: no reader takes "held talks", "held a news conference:" or "holds the view" for one; only
#: the cue words of ``attribution.cue_hits`` hold them, after a court or a judge and before
#: "that".  The other forms ("hold", "holding") are never cues.
RULING_FORMS: dict[str, tuple[str, str]] = {"held": ("hold", "evidence"),
                                            "holds": ("hold", "evidence")}

#: Past participles that, after a form of "be", make a passive attribution.
PASSIVE_HEADS = frozenset(
    inflect(base)[3]
    for base in _words("""
    say report expect believe think know consider see view rumor rumour allege estimate
    predict project understand claim suspect feel fear
    """)
)

#: The present participles of the cue verbs ("…, arguing that").
PARTICIPLES = frozenset(inflect(b)[4] for b in SPEECH + STANCE + EVIDENCE)

#: Verbs that take their addressee before the content ("told reporters that").
OBJECT_FIRST = frozenset(
    form
    for base in _words("""
    tell ask urge warn remind assure reassure inform notify advise caution encourage implore
    beg instruct order invite accuse thank blame praise criticize criticise call
    """)
    for form in inflect(base)
)

#: Particles that belong to a cue ("called for", "pointed out", "lashed out at").
PHRASAL = frozenset(
    _words("""
    for on out to about of at up against back into over in
    """)
)

#: Nouns that attribute content: "the claim that", "in a statement", "X's call for".
NOUN_CUES = frozenset(
    _words("""
    statement statements claim claims assertion assertions allegation allegations
    accusation accusations charge charges remark remarks comment comments call calls
    demand demands warning warnings promise promises pledge pledges vow vows argument
    arguments belief beliefs view views opinion opinions suggestion suggestions
    proposal proposals assessment assessments prediction predictions forecast
    forecasts estimate estimates conclusion conclusions finding findings announcement
    announcements insistence criticism criticisms complaint complaints denial denials
    admission admissions testimony interview interviews speech speeches tweet tweets
    post posts letter letters memo memos report reports essay op-ed editorial
    suggestion threat threats plea pleas request requests hope hopes fear fears
    concern concerns doubt doubts position message messages recommendation
    recommendations ruling rulings verdict decision decisions opposition support
    endorsement endorsements idea ideas explanation view questions question rumour rumours
    rumor rumors speculation
    """)
)

#: Nouns of a saying whose owner speaks the words after a colon when "was" or "is" (after
#: a plural "were" or "are") and an adjective of how it is put stand between ("Her message
#: was simple: …", "His verdict was blunt: …", "Her advice to young writers is simple: …",
#: "His words were clear: …"), or the clause after "was that" ("Her message was that …");
#: read in that frame alone.  The plurals are those no reader takes for a verb after a
#: possessive ("Their demands are clear: …", "His warnings were blunt: …"); "answers",
#: "replies" and "points" are left out: after a determiner the cue scan refuses them as
#: the verbs they are first ("He answers", "points out").
SAYING_NOUNS = frozenset(
    _words("""
    message messages verdict verdicts advice answer response responses reply warning
    warnings view views argument arguments point position positions plea pleas demand
    demands words
    """)
)

#: The nouns of a frame that opens a sentence, "In the X of Y, …", and gives its clause to Y:
#: Y's words ("In the words of one teacher, …") or Y's view ("In the eyes of many voters,
#: …"); read by the finder in that frame alone, no cue words otherwise.
FRAME_NOUNS = frozenset({"words", "eyes"})

#: Verbs that attribute only a complement clause ("maintained that …", "plans to
#: …", "declined to …"): with a plain object they tell an act, not a view.
CLAUSE_ONLY = frozenset(
    form
    for base in _words("""
    maintain propose seek offer plan intend aim decide choose publish accept welcome
    recognize recognise guarantee grant hold record decline refuse post
    """)
    for form in inflect(base)
)

#: Verbs of refusal: "declined to comment", "refused to say whether …", "refused to
#: leave" attribute what was refused, their to-infinitive, as PolNeAR marks them; "to
#: be named" after them is a wish for anonymity, and "declined to 300p" a fall.
REFUSALS = frozenset(form for base in ("decline", "refuse") for form in inflect(base))

#: What a source declines or refuses to do when it keeps silent; their participles
#: after "to be" make a wish for anonymity, no statement: "declined to be named",
#: "asked not to be identified".
SILENCES = frozenset(
    _words("""
    comment say discuss elaborate speculate answer respond talk speak specify detail
    disclose reveal confirm explain address identify name give provide
    """)
)

#: Verbs that attribute only with a particle ("talked about", "spoke out against").
PARTICLE_ONLY = frozenset(form for base in ("talk", "speak") for form in inflect(base))

#: Verbs of answering, whose object after "to" is what they answer, never what was
#: said: "responding to questions from MPs", "replied to the letter".
ANSWERS = frozenset(form for base in ("reply", "respond", "react") for form in inflect(base))

#: The particles after which those verbs tell what was said; the others tell
#: where, to whom or how ("speaking on BBC Radio 4", "spoke to reporters", "spoke
#: at a rally", "spoke on condition of anonymity").
TOPIC_PARTICLES = frozenset(_words("about out up against"))


#: The compounds of ``COMPOUND_NOUNS``, two words each, separated by commas.
_LINES_OF_PAIRS = """
    think tank, think tanks, think piece, think pieces,
    talk show, talk shows, talk radio, chat show, chat shows, game show, quiz show,
    quiz shows, road show, tv show, tv shows, radio show, radio shows, reality show,
    fashion show, motor show, air show, horse show, flower show, puppet show,
    variety show, comedy show, cookery show, cookery shows, cooking show, cooking shows,
    breakfast show, magic show, slide show, show host, show hosts, show trial, show trials,
    report card, report cards, wish list, wish lists
"""

#: Lexicalised compound nouns one of whose parts is a cue form ("think tank", "talk show",
#: "chat show", "show host", "report card"): there the cue form is a part of a noun, never
#: a verb, in every case ("Researchers at the think tank said …", "The chat show host
#: asked …").  Compounds written as one word or with a hyphen ("roadshow", "say-so",
#: "tell-tale", "think-tank") hold no whole cue word and need no entry.  Forms that a
#: plural subject shares with a verb are left out: "trade shows", "reality shows" ("The
#: reality shows that …").
COMPOUND_NOUNS = frozenset(
    tuple(pair.split())
    for pair in _LINES_OF_PAIRS.split(",")
)
#: The cue form of each compound as its first part -> the words that may follow it.
COMPOUND_PARTS_AFTER: dict[str, frozenset[str]] = {
    first: frozenset(b for a, b in COMPOUND_NOUNS if a == first)
    for first in {a for a, _ in COMPOUND_NOUNS}
}
#: The cue form of each compound as its second part -> the words (lower case) before it.
COMPOUND_PARTS_BEFORE: dict[str, frozenset[str]] = {
    second: frozenset(a for a, b in COMPOUND_NOUNS if b == second)
    for second in {b for _, b in COMPOUND_NOUNS}
}

#: Nouns of a claim whose maker goes unnamed where the sentence's subject is its target:
#: "He has faced claims that …", "She denied allegations that …".
CLAIM_NOUNS = frozenset(
    _words("""
    claim claims allegation allegations accusation accusations suggestion suggestions
    report reports rumour rumours rumor rumors charge charges speculation complaint
    complaints assertion assertions announcement announcements
    """)
)

#: Nouns that an existential "there" states as held with no holder named ("There were
#: rumours that …", "There are growing fears that …"): the claim nouns and the nouns of
#: a held fear, hope, concern or doubt.
THERE_NOUNS = CLAIM_NOUNS | frozenset(
    _words("fear fears hope hopes concern concerns doubt doubts")
)

#: Verbs whose subject is the target of the claim that is their object, not its maker:
#: one faces it, or denies, rejects, dismisses, refutes or disputes it.
TARGET_VERBS = frozenset(
    form
    for base in _words("face deny reject dismiss refute dispute rebut")
    for form in inflect(base)
)

#: Verbs whose subject causes or ends talk that others make, not its maker: "The move
#: fuelled speculation that …", "Her absence sparked rumours that …", "He sought to quash
#: claims that …".  British and American spellings of the doubled forms both.
CAUSE_VERBS = frozenset(
    _words("""
    fuel fuels fuelled fueled fuelling fueling stoke stokes stoked stoking spark sparks
    sparked sparking trigger triggers triggered triggering prompt prompts prompted
    prompting fan fans fanned fanning ignite ignites ignited igniting reignite reignites
    reignited reigniting drive drives drove driven driving quash quashes quashed
    quashing dispel dispels dispelled dispeled dispelling dispeling scotch scotches
    scotched scotching allay allays allayed allaying
    """)
)

#: Verbs whose subject answers or comments on the claim that is the object of their
#: preposition, not its maker: "declined to comment on reports that …", "responded to
#: claims that …".  Each form -> its preposition.
ANSWERED_ON: dict[str, str] = {
    form: prep
    for base, prep in (("comment", "on"), ("respond", "to"), ("react", "to"), ("reply", "to"))
    for form in inflect(base)
}
