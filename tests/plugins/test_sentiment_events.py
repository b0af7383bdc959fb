"""News events toward their targets (:mod:`limner_sentiment.events`): who won, who lost,
who was punished, read from the words around a mention, and what they do to its label."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import limner
from limner_sentiment import Target, events
from limner_sentiment.context import read_tokens
from limner_sentiment.events import EVENT_WEIGHT, adjust, event_label

ENRICHER = limner.Enricher(["sentiment"])


def label_in(sentence: str, surface: str) -> str | None:
    """:func:`event_label` of the mention ``surface`` in ``sentence`` (split at spaces)."""
    tokens = sentence.split()
    words = surface.split()
    first = next(i for i in range(len(tokens))
                 if [t.strip(",.") for t in tokens[i : i + len(words)]] == words
                 or tokens[i : i + len(words)] == words)
    read = read_tokens(tokens)
    return event_label(tokens, read.forms, read.clauses, first, first + len(words) - 1)


def plugin_label(sentence: str, surface: str) -> str:
    doc = limner.Document(sentence)
    start = sentence.index(surface)
    doc.add([Target(start=start, end=start + len(surface))])
    doc = ENRICHER.enrich(doc)
    (found,) = [a for a in doc.select("sentiment") if a.get("scope") == "target"]
    return str(found.get("label"))


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # contests: the subject won, the object lost; a defeat went to the winner
    ("Hartlepool beat Barnet 3-1 at Victoria Park on Tuesday night.", "Hartlepool", "positive"),
    ("Hartlepool beat Barnet 3-1 at Victoria Park on Tuesday night.", "Barnet", "negative"),
    ("The Wallabies slumped to a 40-10 defeat to Argentina in Mendoza.", "Argentina", "positive"),
    ("Leinster lost 27-12 to Munster at Thomond Park.", "Munster", "positive"),
    ("Auckland went down to Wellington by six wickets.", "Wellington", "positive"),
    ("The visitors sealed a 2-0 win over Motherwell with a late header.", "Motherwell",
     "negative"),
    ("Sheffield Wednesday were beaten at home by a late penalty.", "Sheffield Wednesday",
     "negative"),
    # fortunes: a gain or a loss of the subject, or of its shares and results
    ("Shares in Burberry fell 6% in early trading.", "Burberry", "negative"),
    ("Infosys shares jumped after the outsourcer raised its forecast.", "Infosys", "positive"),
    ("Rolls-Royce's profit soared to a record.", "Rolls-Royce's", "positive"),
    ("Vodafone's losses narrowed in the second half.", "Vodafone's", None),
    ("Vodafone's losses fell in the second half.", "Vodafone's", "positive"),
    ("Peloton collapsed into administration in March.", "Peloton", "negative"),
    # results reported: a loss, a profit, a drop in profit
    ("Qantas reported a net loss of A$1.9 billion for the year.", "Qantas", "negative"),
    ("Tesco posted a record profit as food inflation eased.", "Tesco", "positive"),
    ("Unilever reported a 9% drop in quarterly profit.", "Unilever", "negative"),
    # punishment and reward: the one it is done to; an official body in its role
    ("A judge in Leeds jailed Darren Pike for eight years.", "Darren Pike", "negative"),
    ("Priya Nair was acquitted of all charges by a jury in Chennai.", "Priya Nair",
     "positive"),
    ("Greater Manchester Police arrested three men after the raid.",
     "Greater Manchester Police", "neutral"),
    ("The Financial Conduct Authority fined Barclays £40 million.", "Barclays", "negative"),
    ("The Financial Conduct Authority fined Barclays £40 million.",
     "Financial Conduct Authority", "neutral"),
    ("Dr Ama Owusu of Kumasi was honoured for her work on malaria.", "Ama Owusu", "positive"),
    # an appointment to a post is good news for the one appointed
    ("Kumar has been appointed chief executive of the board.", "Kumar", "positive"),
    # a contest's margin between the defeat and the winner; a first
    ("Otago lost by 40 runs to Canterbury at Hagley Oval.", "Canterbury", "positive"),
    ("Rwanda became the first country to ban plastic bags.", "Rwanda", "positive"),
    # a first or a win told with the copula
    ("Ama Owusu is the first woman to head the Supreme Court.", "Ama Owusu", "positive"),
    ("Rwanda was only the second country to ban plastic bags.", "Rwanda", "positive"),
    ("Marco Rubio was the clear winner of the debate.", "Marco Rubio", "positive"),
    ("The Health Board has been unable to explain the delays.", "Health Board", "negative"),
    # a mention that holds a clause opener ("and") is one subject
    ("The Trade and Industry Commission fined Ace Ltd.", "Trade and Industry Commission",
     "neutral"),
    # what a subject raises or cuts: a good (jobs, a dividend) or a harm (fares, waits)
    ("Bord Telecom cut 2,000 jobs after a fall in orders.", "Bord Telecom", "negative"),
    ("Zenith Bank raised its dividend to N4 a share.", "Zenith Bank", "positive"),
    ("Northern Rail increased fares by 9% from January.", "Northern Rail", "negative"),
    ("Fife Council has halved waiting times for home repairs.", "Fife Council", "positive"),
    ("Acme created 400 jobs at its plant in Derry.", "Acme", "positive"),
    ("Acme created fewer jobs than expected.", "Acme", None),
    ("Acme lifted the ban on Sunday trading.", "Acme", None),
    # a contest's course to a win, a draw, a later round, the winner after a passive
    ("The Detroit Tigers came back from five runs down to beat the Cleveland Guardians.",
     "Detroit Tigers", "positive"),
    ("The Detroit Tigers came back from five runs down to beat the Cleveland Guardians.",
     "Cleveland Guardians", "negative"),
    ("Leeds cruised to a 4-1 win at Elland Road.", "Leeds", "positive"),
    ("Leeds went to Brussels to discuss the deal.", "Leeds", None),
    ("Port Vale came from behind to hold Wrexham 1-1 at Vale Park.", "Port Vale",
     "positive"),
    ("Port Vale hope to hold Wrexham at Vale Park.", "Port Vale", None),
    ("Manchester City were held to a goalless draw at Turf Moor.", "Manchester City",
     "negative"),
    ("Burnley held Arsenal to a 1-1 draw.", "Burnley", "positive"),
    ("The council held a meeting to draw up plans.", "council", None),
    ("Arsenal reached the semi-finals of the Champions League.", "Arsenal", "positive"),
    ("Her penalty sent Australia into the semi-finals.", "Australia", "positive"),
    ("Kilmarnock were knocked out of the Scottish Cup by League Two side Stenhousemuir.",
     "Stenhousemuir", "positive"),
    ("Kilmarnock slumped to a 3-0 defeat to Championship side Hull City.", "Hull City",
     "positive"),
    ("The man was knocked down by a van driven by John Smith.", "John Smith", None),
    # a trouble faced; a fixture is none; a goal scored, an own goal; a struggle
    ("Dunmore Holdings faces a possible fine of £2 million.", "Dunmore Holdings", "negative"),
    ("Wexford face a home tie against Kilkenny in the quarter-finals.", "Wexford", None),
    ("Dan Wright, 28, faces up to life in prison for his role.", "Dan Wright", "negative"),
    ("Dan Wright faces up to 10 years in prison.", "Dan Wright", "negative"),
    ("Dan Wright faces up to the crisis.", "Dan Wright", None),
    ("Ana Ruiz faces a primary from a younger challenger.", "Ana Ruiz", None),
    ("Colbert's ratings have risen steadily since January.", "Colbert's", "positive"),
    ("Acme's shares have fallen by a third.", "Acme's", "negative"),
    ("Tomi Lahren sues Glenn Beck for wrongful termination.", "Glenn Beck", "negative"),
    ("Ireland face minnows the Faroe Islands in Dublin on Wednesday.", "Ireland", None),
    ("Aoife Byrne scored twice in the second half.", "Aoife Byrne", "positive"),
    ("Aoife Byrne scored an own goal in the second half.", "Aoife Byrne", "negative"),
    ("The Tigers struggled to contain the visitors' pace.", "Tigers", "negative"),
    # a winner after a defeat and its descriptions; a prize taken from someone
    ("Otago crashed to a nine-wicket defeat against Canterbury.", "Canterbury", "positive"),
    ("Hull fell 3-1 to the visiting Leyton Orient on Saturday.", "Leyton Orient", "positive"),
    ("Leeds lost 5-4 in overtime to the Hamilton Tigers.", "Hamilton Tigers", "positive"),
    ("The mayor was defeated in Regina by Green newcomer Ana Lima.", "Ana Lima", "positive"),
    ("Tomás Ruiz was declared winner of the Oyo East by-election.", "Tomás Ruiz", None),
    ("The commission declared Tomás Ruiz winner of the by-election.", "Tomás Ruiz",
     "positive"),
    ("The Greens took the Surrey seat from the Conservatives.", "Greens", "positive"),
    ("The Greens took the Surrey seat from the Conservatives.", "Conservatives", "negative"),
    ("The Greens took part in the talks.", "Greens", None),
    ("Down to ten men, Galway United still beat Sligo Rovers 2-1.", "Galway United",
     "positive"),
    ("Bradford City were held 0-0 by bottom club Morecambe.", "Bradford City", "negative"),
    ("Gilas Pilipinas stunned Australia 88-84 in Manila.", "Australia", "negative"),
    ("The Proteas bowled out Sri Lanka for 42 in Durban.", "Sri Lanka", "negative"),
    ("Leinster suffered a heavy defeat in Toulouse.", "Leinster", "negative"),
    # how it went for someone: a blow, a boost, a win, news good or bad; tributes
    ("It was a blow for Aberdeen as their captain was ruled out.", "Aberdeen", "negative"),
    ("Wins for Fulham and Everton left the table unchanged.", "Fulham", "positive"),
    ("It is good news for Galway commuters.", "Galway", "positive"),
    ("Good news for Galway commuters: the buses will run every ten minutes.", "Galway",
     "positive"),
    ("Grim news for Galway commuters as the buses stop.", "Galway", "negative"),
    ("Tributes have been paid to Máire Ní Bhriain, the sean-nós singer.", "Máire Ní Bhriain",
     "positive"),
    ("The minister paid tribute to Máire Ní Bhriain.", "Máire Ní Bhriain", "positive"),
    # past what the name is called, "the late" or "award-winning" included
    ("Fans paid tributes to the late singer Máire Walsh.", "Máire Walsh", "positive"),
    ("Tributes have been paid to the award-winning actor Tom Reed.", "Tom Reed", "positive"),
    ("The minister paid £40 to Máire Ní Bhriain.", "Máire Ní Bhriain", None),
    # an official body in its role: after "by" a punishment, or as the subject
    ("Sipho Dube was arrested by the Hawks on charges of fraud.", "Hawks", "neutral"),
    ("Agents of the National Bureau of Investigation arrested a man in Pasay City.",
     "National Bureau of Investigation", "neutral"),
    ("The Election Commission rejected the nomination papers of Asad Kundi.",
     "Election Commission", "neutral"),
    ("The Federal Court has ordered Harbour Finance to pay $18 million.", "Federal Court",
     "neutral"),
    # what researchers at a body achieve; what they found to be so is no achievement
    ("Researchers at McGill University have found a protein that flags cancer early.",
     "McGill University", "positive"),
    ("A team at the University of Arizona has captured images of a storm on Mars.",
     "University of Arizona", "positive"),
    ("Researchers at McGill University found that sales fell.", "McGill University", None),
    ("Researchers at McGill University found no evidence of harm.", "McGill University",
     None),
    ("Researchers at McGill University could not reproduce the results.",
     "McGill University", None),
    # what a school's pupils achieve; what else they do is not the school's
    ("Pupils at Halden Academy achieved a 100% pass rate this year.", "Halden Academy",
     "positive"),
    ("Students at Harlow College won the national debating final.", "Harlow College",
     "positive"),
    ("Students at Harlow College protested outside the gates.", "Harlow College", None),
    ("Students at Harlow College have not passed the inspection.", "Harlow College", None),
    # a lead in a race, measured: the leader ahead, the rival behind
    ("Mayor Ortiz leads Dana Reyes by 6 points in the latest survey.", "Mayor Ortiz",
     "positive"),
    ("Mayor Ortiz leads Dana Reyes by 6 points in the latest survey.", "Dana Reyes",
     "negative"),
    ("Ortiz led at 41 percent among likely voters.", "Ortiz", "positive"),
    ("Labour topped the Conservatives in three polls this week.", "Conservatives",
     "negative"),
    ("The Greens still trail Labour by 9 points.", "Greens", "negative"),
    ("The Greens still trail Labour by 9 points.", "Labour", "positive"),
    # a manner adverb between the subject and the verb; the name's own relative clause
    ("Hull soundly defeated Leeds on Saturday.", "Hull", "positive"),
    ("Hull soundly defeated Leeds on Saturday.", "Leeds", "negative"),
    ("Dana Reyes, who defeated the incumbent in 2019, is running again.", "Dana Reyes",
     "positive"),
    ("Dana Reyes, 52, who was convicted of fraud, appealed.", "Dana Reyes", "negative"),
    # an appositive between commas, then the name's verb
    ("Councillor Ann Lee, first elected in 2011, lost her seat to a newcomer.", "Ann Lee",
     "negative"),
    ("Tom Reyes, a former bank clerk who took £40,000 from his clients, has been jailed.",
     "Tom Reyes", "negative"),
    ("Munster, though, have won four of their last five games.", "Munster", "positive"),
    # a relative clause of no event, then the name's own verb; a second verb of the subject
    ("Nurse Ada Obi, who kept the clinic open through the floods, received a commendation.",
     "Ada Obi", "positive"),
    ("The Kingston Frontenacs gave up four goals and lost 6-3 to Ottawa.",
     "Kingston Frontenacs", "negative"),
    ("The Frenchman twisted his ankle in the second set but overcame Dana Reyes.",
     "Frenchman", "positive"),
    # a rating changed, told of its owner's possessive
    ("Fitch upgraded Portugal's credit rating to A-.", "Portugal's", "positive"),
    ("The agency raised Brazil's credit rating by one notch.", "Brazil's", "positive"),
    ("Moody's cut Ghana's rating deeper into junk territory.", "Ghana's", "negative"),
    ("The agency lowered Italy's sovereign debt rating.", "Italy's", "negative"),
])
def test_an_event_gives_its_targets_a_label(sentence: str, surface: str,
                                            label: str | None) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    # idioms with a particle: no result
    ("Senator Blake doubled down on his claims on Sunday.", "Senator Blake"),
    ("Mayor Ortiz jumped into the race for governor.", "Mayor Ortiz"),
    # a possessive is no object; a phrase of time is none either
    ("The panel awarded Oxford's team the prize.", "Oxford's"),
    # a possessive's rating changed only by a verb of a rating, not yet after a modal;
    # "raised" or "cut" before another thing of the owner's is no rating's (its funds
    # cut are its loss: :func:`test_events_that_befall_one_party_through_another`)
    ("The government raised Ghana's concerns at the summit.", "Ghana's"),
    ("The agency could cut Italy's rating next month.", "Italy's"),
    ("The visit raised Brazil's profile abroad.", "Brazil's"),
    ("Police said he was arrested this week in Leeds.", "this week"),
    # a name that is not the clause's subject: "said" stands between
    ("Analysts at Citi said margins fell.", "Citi"),
    # the event's words in another clause
    ("Rangers beat Hibs, and Morton drew with Ayr.", "Morton"),
    # leading no race: no margin or poll follows; a poll's modifier is no rival
    ("Mayor Ortiz leads the inquiry into the fire.", "Mayor Ortiz"),
    ("Mayor Ortiz led the party to its first win.", "Mayor Ortiz"),
    ("Her single topped the Irish poll for a week.", "Irish"),
    # a relative clause that is not the name's own (no comma before "who")
    ("Fans of Dana Reyes who defeated the incumbent cheered.", "Dana Reyes"),
    # after the appositive the name's own verb, not one of the clause it reports
    ("Ann Lee, the club's chair, said the team lost.", "Ann Lee"),
    # a mention that modifies the subject: the second verb is not its
    ("Irish band U2 have been honoured at the awards, but were beaten to a prize by Blue.",
     "Irish"),
])
def test_no_event_names_the_target(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


def test_an_event_decides_the_plugin_label_where_no_lexicon_word_does() -> None:
    # no word of the sentence is in a sentiment lexicon: the model alone says neutral
    sentence = "Dundalk beat Bohemians 2-0 at Oriel Park on Friday."
    assert plugin_label(sentence, "Dundalk") == "positive"
    assert plugin_label(sentence, "Bohemians") == "negative"
    sentence = "The Regulatory Authority fined Telkom R5 million on Friday."
    assert plugin_label(sentence, "Telkom") == "negative"


def test_an_event_word_opening_the_sentence_is_read_by_the_plugin() -> None:
    # the word opening the sentence has a name's form: the plugin still reads the event
    # (the model alone says neutral here)
    sentence = "Tributes have been paid to Máire Ní Bhriain, the sean-nós singer."
    assert label_in(sentence, "Máire Ní Bhriain") == "positive"
    assert plugin_label(sentence, "Máire Ní Bhriain") == "positive"


def test_the_event_label_weighs_more_and_the_probabilities_still_sum_to_one() -> None:
    pn, p0, pp, _ = adjust((0.1, 0.8, 0.1, []), "positive")
    assert pp == pytest.approx(0.1 * EVENT_WEIGHT / (0.9 + 0.1 * EVENT_WEIGHT))
    assert pn + p0 + pp == pytest.approx(1.0)
    assert pp > p0 > pn / 2
    assert adjust((0.2, 0.6, 0.2, []), "neutral")[1] > 0.99


def test_an_event_overturns_a_model_all_but_certain_of_the_other_label() -> None:
    # the harm's words make the model near certain the name fared badly; the acquittal is
    # plain English and decides
    pn, p0, pp, _ = adjust((0.959, 0.039, 0.002, []), "positive")
    assert pp > pn > p0
    # a certainty beyond about one chance in a thousand is left to the model
    pn, p0, pp, _ = adjust((0.9998, 0.0001, 0.0001, []), "positive")
    assert pn > pp


def test_an_acquittal_reads_positive_among_the_harms_words() -> None:
    # the model alone: 96% negative, 0.2% positive
    sentence = "An inquiry cleared Constable Mira Holt of misconduct over the raid."
    assert label_in(sentence, "Mira Holt") == "positive"
    assert plugin_label(sentence, "Mira Holt") == "positive"


_WORDS = ["beat", "the", "Smith", "to", "defeat", "lost", "was", "jailed", "Police", "'s",
          "shares", "in", "fell", "reported", "a", "loss", "down", "went", ",", "her",
          "over", "win", "Jones's", "profit", "by", "2-1", "and"]


@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=25), st.data())
def test_any_mention_of_any_words_gets_a_label_or_none(words: list[str],
                                                       data: st.DataObject) -> None:
    tokens = [w for w in words if w.strip()] or ["Smith"]
    read = read_tokens(tokens)
    first = data.draw(st.integers(0, len(tokens) - 1))
    last = data.draw(st.integers(first, len(tokens) - 1))
    assert event_label(tokens, read.forms, read.clauses, first, last) in (
        None, "positive", "negative", "neutral", "speaker")


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a verb of a fall with "to" and a word after is a refusal, not a result
    ("Hyundai declined to comment on the report.", "Hyundai", None),
    ("Hyundai shares declined to 3,400 won.", "Hyundai", "negative"),
    # a failure to act is a loss
    ("Ofwat failed to publish its review on time.", "Ofwat", "negative"),
    # the rise of a bad thing of the subject's
    ("Ireland's jobless total rose in March.", "Ireland's", "negative"),
])
def test_what_follows_a_verb_of_a_fall_or_a_rise(sentence: str, surface: str,
                                                 label: str | None) -> None:
    assert label_in(sentence, surface) == label


@given(st.lists(st.sampled_from([*_WORDS, "Beat", ".", "\n\n", '"', "(", "—"]), min_size=1,
                max_size=30).map(" ".join),
       st.lists(st.tuples(st.integers(-2, 200), st.integers(0, 200)), max_size=8))
def test_any_targets_in_text_full_of_events_get_a_label_and_nothing_raises(
        text: str, spans: list[tuple[int, int]]) -> None:
    doc = limner.Document(text)
    targets = [Target(start=min(a, b, len(text)), end=min(max(a, b), len(text)))
               for a, b in spans if a >= 0]
    doc.add(targets)
    out = ENRICHER.enrich(doc)
    assert not out.errors
    found = [a for a in out.select("sentiment") if a.get("scope") == "target"]
    assert len(found) == len(targets)
    assert all(a.get("label") in ("negative", "neutral", "positive") for a in found)
    assert all(-1.0 <= a.score <= 1.0 for a in found)


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # an order to pay or make good
    ("Qantas was ordered to refund passengers on cancelled flights.", "Qantas", "negative"),
    ("A tribunal ordered Deliveroo to pay its riders holiday pay.", "Deliveroo", "negative"),
    ("Mayor Ito ordered the council to review the plans.", "Mayor Ito", None),
    # made to do anything else by an order, in the passive: a setback all the same
    ("Harbour City Council has been ordered by the High Court to rehouse a family.",
     "Harbour City Council", "negative"),
    ("Harland Air was forced to cancel 40 flights on Friday.", "Harland Air", "negative"),
    ("Kofi Boateng was told to wait outside the hall.", "Kofi Boateng", None),
    ("Kofi Boateng was required to register with the board.", "Kofi Boateng", None),
    ("Harland Air was ordered last month.", "Harland Air", None),
    # an honour received, a title named
    ("Dr Ama Mensah received an award for her research.", "Ama Mensah", "positive"),
    ("Dr Ama Mensah received a letter from the board.", "Ama Mensah", None),
    ("Kofi Boateng was named Coach of the Year in Accra.", "Kofi Boateng", "positive"),
    ("Kofi Boateng was named as a witness.", "Kofi Boateng", None),
    # what the subject left people without
    ("Northern Powergrid left 40,000 homes without power.", "Northern Powergrid",
     "negative"),
])
def test_orders_honours_and_what_was_left_without(sentence: str, surface: str,
                                                  label: str | None) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # what the name is called before it, in lower case: read through to the subject
    ("Japanese carmaker Mazda reported a net loss for the year.", "Mazda", "negative"),
    ("Former Wales winger Gareth Lloyd was jailed for four years.", "Gareth Lloyd",
     "negative"),
    ("Local businessman Dev Patel was fined for breaching the order.", "Dev Patel",
     "negative"),
    ("Struggling retailer Wilko has collapsed into administration.", "Wilko", "negative"),
    ("Mining giant Anglo Pacific posted a record profit.", "Anglo Pacific", "positive"),
    ("Shares in chipmaker Arm fell 5% on Monday.", "Arm", "negative"),
    # and to the one a defeat went to, or a blow came for
    ("It was a blow for carmaker Mazda.", "Mazda", "negative"),
    ("Ross County lost 2-0 to bottom club Livingston.", "Livingston", "positive"),
])
def test_what_a_name_is_called_before_it(sentence: str, surface: str,
                                         label: str | None) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    # a lower-case word that describes no name: the name is not the clause's subject
    ("Sales of the firm Mazda bought fell 5%.", "Mazda"),
    ("The report Mazda published fell short.", "Mazda"),
    # more than two descriptions: beyond the rule's reach
    ("Club captain manager coach Ann Lee was jailed.", "Ann Lee"),
])
def test_a_description_reads_no_more_than_it_should(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a punishment undone or lightened: good news for the one punished
    ("The appeal court quashed the conviction of Ravi Shah.", "Ravi Shah", "positive"),
    ("Judges overturned Ravi Shah's conviction.", "Ravi Shah's", "positive"),
    ("Ravi Shah's conviction was quashed on appeal.", "Ravi Shah's", "positive"),
    ("Charges against Ravi Shah were dropped.", "Ravi Shah", "positive"),
    ("The board lifted its ban on Ravi Shah.", "Ravi Shah", "positive"),
    # kept or laid on: bad news
    ("The court upheld the conviction of Ravi Shah.", "Ravi Shah", "negative"),
    ("The league imposed a six-match ban on Ravi Shah.", "Ravi Shah", "negative"),
    # a company's failure
    ("Hartwell Foods went into administration on Monday.", "Hartwell Foods", "negative"),
    ("Hartwell Foods has gone into voluntary liquidation.", "Hartwell Foods", "negative"),
    ("Hartwell Foods filed for bankruptcy protection.", "Hartwell Foods", "negative"),
    ("Hartwell Foods went bust in 2009.", "Hartwell Foods", "negative"),
    ("Hartwell Foods was placed into administration.", "Hartwell Foods", "negative"),
    # an honour whose holders are appointed or made
    ("Ravi Shah was appointed to the Order of Canada.", "Ravi Shah", "positive"),
    ("Ravi Shah has been made an MBE for services to music.", "Ravi Shah", "positive"),
])
def test_punishments_undone_failures_and_honours(sentence: str, surface: str,
                                                 label: str | None) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    # a negation between; a punishment neither undone nor kept
    ("The court did not quash the conviction of Ravi Shah.", "Ravi Shah"),
    ("The court had not quashed the conviction of Ravi Shah.", "Ravi Shah"),
    ("Judges never overturned Ravi Shah's conviction.", "Ravi Shah's"),
    ("The conviction of Ravi Shah sparked protests.", "Ravi Shah"),
    # "went" and "filed" without a failure; an appointment negated or only possible
    ("Hartwell Foods went into the talks with confidence.", "Hartwell Foods"),
    ("Ravi Shah went under the knife on Friday.", "Ravi Shah"),
    ("Ravi Shah filed for divorce in June.", "Ravi Shah"),
    ("Ravi Shah was not appointed chief executive in May.", "Ravi Shah"),
    ("Ravi Shah could be appointed chief executive in May.", "Ravi Shah"),
    # a first of a harm, a first not named, a first negated, the first time
    ("Dan Wright was the first person to be charged under the law.", "Dan Wright"),
    ("Dan Wright was the first to speak.", "Dan Wright"),
    ("Dan Wright was not the first woman to head the court.", "Dan Wright"),
    ("Dan Wright was the first victim of the attack to be named.", "Dan Wright"),
])
def test_what_is_no_punishment_undone_nor_failure(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


def test_a_punishment_undone_decides_the_plugin_label() -> None:
    # the model alone reads the conviction's words as bad for the one convicted
    sentence = "Judges overturned Ravi Shah's conviction."
    assert plugin_label(sentence, "Ravi Shah's") == "positive"
    assert plugin_label("Hartwell Foods went into administration.", "Hartwell Foods") == (
        "negative")


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a punishment suspended or stayed, of a name described before it
    ("The court stayed the deportation of campaigner Ama Osei.", "Ama Osei", "positive"),
    ("A judge suspended the sentence of reporter Ama Osei.", "Ama Osei", "positive"),
    # a result told with a figure in words: "per cent" and "percent" count as "%"
    ("Brookfield Dairies reported a 14 per cent fall in operating profit.",
     "Brookfield Dairies", "negative"),
    ("Brookfield Dairies reported a 9 percent rise in quarterly profit.", "Brookfield Dairies",
     "positive"),
    # a lead thrown away
    ("Penrith blew a three-goal lead at home.", "Penrith", "negative"),
    ("Penrith squandered a 2-0 advantage and drew.", "Penrith", "negative"),
])
def test_stays_figures_in_words_and_leads_thrown_away(sentence: str, surface: str,
                                                      label: str | None) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    # a result's words past six (a figure in words counted as one)
    ("Brookfield Dairies reported on Monday that its new chief had overseen record growth.",
     "Brookfield Dairies"),
    # "blew" without a lead; a suspension that is no punishment's
    ("Penrith blew the whistle on the scheme.", "Penrith"),
    ("The club suspended the contract of Ama Osei.", "Ama Osei"),
])
def test_no_stay_result_or_lead_thrown_away(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # the subject at the head of a reported clause
    ("Parents say the Harbour Board has left 300 children without a place.", "Harbour Board",
     "negative"),
    ("The inquiry found that Harbour Board had failed to act.", "Harbour Board", "negative"),
    ("Ama Osei said Penrith were beaten 3-0 at home.", "Penrith", "negative"),
    # bail, parole, asylum granted or denied
    ("The High Court granted bail to the activist Ama Osei.", "Ama Osei", "positive"),
    ("The court granted Ama Osei bail on Monday.", "Ama Osei", "positive"),
    ("Ama Osei was denied bail and remanded in custody.", "Ama Osei", "negative"),
    ("Ama Osei has been granted asylum.", "Ama Osei", "positive"),
    ("The board refused parole to Ama Osei.", "Ama Osei", "negative"),
])
def test_reported_clauses_and_reliefs_granted(sentence: str, surface: str,
                                              label: str | None) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    # given something other than a relief; a reported clause of no event's word
    ("Ama Osei was given a new role.", "Ama Osei"),
    ("Residents said the Harbour Board demolished 200 homes.", "Harbour Board"),
])
def test_no_reported_subject_nor_relief(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # verdicts: found guilty (passive subject, or object of "found"), or not
    ("Former councillor Mary Okafor was found guilty of fraud at Leeds Crown Court.",
     "Mary Okafor", "negative"),
    ("A jury at the Old Bailey found Dylan Reece guilty of manslaughter.", "Dylan Reece",
     "negative"),
    ("Grant Holloway was found not guilty of dangerous driving.", "Grant Holloway", "positive"),
    ("Jurors found Ms Adebayo not guilty on all counts.", "Adebayo", "positive"),
    ("Priya Nair was not found guilty of any offence.", "Priya Nair", "positive"),
    ("The nurse Colin Tait was declared innocent after a retrial.", "Colin Tait", "positive"),
    ("Brookes Transport was found liable for the crash on the A38.", "Brookes Transport",
     "negative"),
])
def test_verdicts(sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label
    assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    ("Kevin Marsh was found dead at his home in Swindon.", "Kevin Marsh"),
    ("Researchers found Nadia Ruiz's results hard to repeat.", "Nadia Ruiz's"),
    ("Dominic Rhodes pleaded not guilty to all charges.", "Dominic Rhodes"),
    ("Officers found Lee Grant at a friend's flat.", "Lee Grant"),
])
def test_no_verdict(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # released from custody, walked free: good; stripped of a title, sent off, dropped
    # from a side, voted out, made redundant, passed over, booed: bad
    ("Aid worker Tomas Berg was released from captivity after 14 months.", "Tomas Berg",
     "positive"),
    ("Lindiwe Mokoena was released on bail pending an appeal.", "Lindiwe Mokoena", "positive"),
    ("Harvey Quinn walked free from Cardiff Crown Court on Thursday.", "Harvey Quinn",
     "positive"),
    ("Sprinter Femi Ade was stripped of his national title.", "Femi Ade", "negative"),
    ("The federation stripped Karla Voss of her gold medal.", "Karla Voss", "negative"),
    ("Midfielder Owen Tully was sent off for a second booking.", "Owen Tully", "negative"),
    ("Wicketkeeper Sam Birch has been dropped from the Test side.", "Sam Birch", "negative"),
    ("Councillor Rhian Price was voted out of office in May.", "Rhian Price", "negative"),
    ("Fans jeered Marco Lentini as he left the pitch.", "Marco Lentini", "negative"),
    ("Conductor Ada Lunn received a standing ovation at the Proms.", "Ada Lunn", "positive"),
])
def test_releases_and_setbacks(sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label
    assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    ("The Rolling Stones were released from their contract with Decca.", "Rolling Stones"),
    ("Lorna Diaz was released by her club at the end of the season.", "Lorna Diaz"),
    ("Ben Cole dropped out of the race on Monday.", "Ben Cole"),
    ("Anna Petrov was sent to Geneva for the talks.", "Anna Petrov"),
    ("Mayor Ian Frost voted against the budget.", "Ian Frost"),
])
def test_no_release_or_setback(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a company's warnings, levels, closures and ratings; places in a table; a rival
    # overtaken; a party wiped out
    ("Retailer Marlowes issued a profit warning on Tuesday.", "Marlowes", "negative"),
    ("Shares in Halden Mining hit a record high on Friday.", "Halden Mining", "positive"),
    ("Norbury Bank's shares touched a five-year low.", "Norbury Bank's", "negative"),
    ("Kestrel Foods is to close 40 stores next year.", "Kestrel Foods", "negative"),
    ("Kestrel Foods opened 12 new stores last year.", "Kestrel Foods", "positive"),
    ("Fenwick Rail was downgraded by the rating agency.", "Fenwick Rail", "negative"),
    ("Ashby Water was hit with a £7m fine for sewage spills.", "Ashby Water", "negative"),
    ("Brightline came bottom of the customer satisfaction table.", "Brightline", "negative"),
    ("Team Ineos finished top of the standings.", "Team Ineos", "positive"),
    ("Hearts went top of the league with a 2-0 win at Ibrox.", "Hearts", "positive"),
    ("Rory Keane made the cut at Augusta for the first time.", "Rory Keane", "positive"),
    ("Ella Moss made the Wales squad for the autumn series.", "Ella Moss", "positive"),
    ("Ritu Dalmia's restaurant made the Asia's 50 Best list.", "Ritu Dalmia's",
     "positive"),
    ("Hearts moved bottom of the table after defeat.", "Hearts", "negative"),
    ("Dua Lipa went straight in at number one in the charts.", "Dua Lipa", "positive"),
    ("Dua Lipa's single reached number one in six countries.", "Dua Lipa's", "positive"),
    ("Leinster completed a remarkable comeback in Dublin.", "Leinster", "positive"),
    ("Volvo was overtaken by BYD as the top seller in Norway.", "BYD", "positive"),
    ("The Liberals were wiped out in the province.", "Liberals", "negative"),
])
def test_company_fortunes_and_standings(sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label
    assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    ("Marlowes issued a statement on Tuesday.", "Marlowes"),
    ("Kestrel Foods closed the deal in March.", "Kestrel Foods"),
    ("Ella Moss came first to the scene.", "Ella Moss"),
    ("Ella Moss went first in the draw.", "Ella Moss"),
    ("Dan Wright made the list of suspects.", "Dan Wright"),
    ("Dan Wright made the decision on Monday.", "Dan Wright"),
    ("Dan Wright did not make the final.", "Dan Wright"),
    ("Dan Wright made the cut of the film.", "Dan Wright"),
    ("Hearts went top to bottom of the list.", "Hearts"),
    ("Leinster moved to Dublin in 2019.", "Leinster"),
    ("Leinster could make a comeback next season.", "Leinster"),
    ("Leinster have not completed a comeback this season.", "Leinster"),
    ("Storm Ciara hit the coast on Sunday.", "Storm Ciara"),
    ("Fenwick Rail is to blame for the delays.", "Fenwick Rail"),
])
def test_no_company_fortune_or_standing(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # harms escaped, boons handed, a prize claimed, a rival seen off; remanded
    ("Former director Paul Hurst was spared jail at Bristol Crown Court.", "Paul Hurst",
     "positive"),
    ("Nadia Farouk avoided a prison sentence after a late plea.", "Nadia Farouk", "positive"),
    ("Striker Leon Baird escaped with a warning from the disciplinary panel.", "Leon Baird",
     "positive"),
    ("Dundee narrowly avoided relegation on the final day.", "Dundee", "positive"),
    ("Struggling airline Skyvale was handed a lifeline by investors.", "Skyvale", "positive"),
    ("Swimmer Mia Lowe claimed gold in the 200m butterfly.", "Mia Lowe", "positive"),
    ("Ruth Amadi saw off Jo Kent in straight sets at Eastbourne.", "Ruth Amadi", "positive"),
    ("Ruth Amadi saw off Jo Kent in straight sets at Eastbourne.", "Jo Kent", "negative"),
    ("Darren Shaw was remanded in custody until next month.", "Darren Shaw", "negative"),
])
def test_harms_escaped_and_boons(sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label
    assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    ("Inmate Carl Boyd escaped from prison in December.", "Carl Boyd"),
    ("Tech giant Vantor avoided tax on its profits for years.", "Vantor"),
    ("Maria Ortiz was given a tour of the factory.", "Maria Ortiz"),
    ("Emma Hale claimed that the figures were wrong.", "Emma Hale"),
])
def test_no_harm_escaped_or_boon(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface"), [
    # an official body's own act in its role names no other event word: the sentence is
    # still searched, and the body read as doing its work
    ("The Election Commission has rejected the nomination papers of the candidate.",
     "Election Commission"),
    ("The Supreme Court ruled on the appeal on Friday.", "Supreme Court"),
    ("The Public Service Commission cancelled the results of 400 candidates.",
     "Public Service Commission"),
])
def test_an_official_body_in_its_role_is_read_without_another_event_word(
        sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) == "neutral"
    assert plugin_label(sentence, surface) == "neutral"


@pytest.mark.parametrize(("sentence", "surface"), [
    # a council, a committee, a judge: official in their role too, and granting, refusing,
    # approving, dismissing or issuing is in that role; so is the one after "by" a
    # passive of the role
    ("The State Examinations Council cancelled the results of 300 candidates.",
     "State Examinations Council"),
    ("The High Court granted bail to the activist Ama Osei.", "High Court"),
    ("Judge Rosa Tan dismissed the case against the two men.", "Judge Rosa Tan"),
    ("The planning committee approved the scheme on Tuesday.", "planning committee"),
    ("Harbour School was placed under a commissioner by the Ministry of Education.",
     "Ministry of Education"),
    ("The bid was rejected by the Lagos State Council last week.", "Lagos State Council"),
])
def test_more_official_bodies_and_acts_in_their_role(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) == "neutral"
    assert plugin_label(sentence, surface) == "neutral"


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a place before an official body's noun names where the body is from: neutral where
    # the body acts in its role, and nothing of the body's is its own
    ("Kisumu police have arrested a man over the fraud.", "Kisumu", "neutral"),
    ("US prosecutors charged the founder with fraud on Monday.", "US", "neutral"),
    ("The Punjab court ruled on the appeal on Friday.", "Punjab", "neutral"),
    ("Kisumu police were fined for the delay.", "Kisumu", None),
    ("Kisumu police won the cup on Saturday.", "Kisumu", None),
])
def test_a_place_that_names_an_official_body(sentence: str, surface: str,
                                             label: str | None) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a body's people or an official body in or from a place act in the role: the place or
    # the body named after them is neutral where they punish or rule, and nothing else
    # they do is its own
    ("Mounties in Nanaimo have charged a man with arson.", "Nanaimo", "neutral"),
    ("Police in Kisumu arrested a man on Monday.", "Kisumu", "neutral"),
    ("Officers from Scotland Yard detained two men.", "Scotland Yard", "neutral"),
    ("Officers from Scotland Yard were jailed for corruption.", "Scotland Yard", None),
    ("Police in Kisumu won the national cup.", "Kisumu", None),
])
def test_a_place_of_the_people_who_act_in_a_role(sentence: str, surface: str,
                                                 label: str | None) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a body's own official body ("X's committee", "X's police") acts in its role, and
    # nothing else it does or suffers is the mention's
    ("Holyrood's finance committee has accused the government of hiding the cost.",
     "Holyrood's", "neutral"),
    ("Kent's police arrested two men on Monday.", "Kent's", "neutral"),
    ("Leeds's council was fined £40,000.", "Leeds's", None),
    ("Tesco's profit fell 5% in the year.", "Tesco's", "negative"),
])
def test_a_body_s_own_official_body(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # an official body punished, or cutting what people have, is no body in its role; a
    # body that no word names as official is left to the model as a subject (after "by"
    # a passive of the role is read as the role's: "was rejected by X"), and so is the one
    # after "by" a verb of no role
    ("Kent County Council was fined £40,000 over the data breach.", "Kent County Council",
     "negative"),
    ("Leeds City Council cut 200 jobs in March.", "Leeds City Council", "negative"),
    ("Harbour Foods rejected the takeover offer on Monday.", "Harbour Foods", None),
    ("The takeover offer was welcomed by Harbour Foods on Monday.", "Harbour Foods", None),
])
def test_what_is_no_official_body_in_its_role(sentence: str, surface: str,
                                              label: str | None) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # an accusation is done to its object, or to the subject of its passive; an
    # appositive that opens with a punishment's participle says what was done to the name
    ("Rival candidate Joan Obi accused Governor Peter Lamb of fraud.", "Peter Lamb",
     "negative"),
    ("Peter Lamb was accused of fraud by the auditor.", "Peter Lamb", "negative"),
    ("Peter Lamb, accused of fraud, fled the country in May.", "Peter Lamb", "negative"),
    ("Peter Lamb, 41, charged with murder, appeared at Leeds Crown Court.", "Peter Lamb",
     "negative"),
    ("Peter Lamb, who was accused of fraud, fled the country.", "Peter Lamb", "negative"),
])
def test_accusations_and_what_an_appositive_says_was_done(sentence: str, surface: str,
                                                          label: str) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    # the accuser or critic, subject or agent after "by", says what the sentence holds
    # against the other: neutral, as a speaker is
    ("Joan Obi accused Governor Peter Lamb of fraud.", "Joan Obi"),
    ("Peter Lamb, who accused the council of fraud, spoke on Monday.", "Peter Lamb"),
    ("Opposition leader Joan Obi has criticised the budget as a betrayal.", "Joan Obi"),
    ("Harland Works blamed the delays on a shortage of steel.", "Harland Works"),
    ("The raids were condemned by the Harbour City Council.", "Harbour City Council"),
    ("The cuts were denounced by Joan Obi on Monday.", "Joan Obi"),
])
def test_the_accuser_or_critic_is_neutral(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) == "neutral"
    assert plugin_label(sentence, surface) == "neutral"


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # the one accused or criticised: as before, a punishment's object or the model's
    ("Joan Obi accused Governor Peter Lamb of fraud.", "Peter Lamb", "negative"),
    ("Peter Lamb was accused by Joan Obi of fraud.", "Peter Lamb", "negative"),
    ("Peter Lamb was criticised by Joan Obi for the delays.", "Peter Lamb", None),
    ("Joan Obi criticised Peter Lamb for the delays.", "Peter Lamb", None),
    # a headline's passive, its preposition straight after the verb: no critic
    ("Harland Works accused of misleading investors", "Harland Works", None),
    ("Peter Lamb blamed for Cup exit", "Peter Lamb", None),
    ("Peter Lamb criticised over handling of floods", "Peter Lamb", None),
])
def test_the_one_accused_or_criticised(sentence: str, surface: str, label: str | None
                                       ) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    # the speaker of a quote, after it and "said" (a title between), before "said" after
    # it, or before "said" and the quote; no subject of the clause before it
    ('"We lost," said Ama Osei, the club captain.', "Ama Osei"),
    ('"This is a disgrace," said opposition leader Ama Osei.', "Ama Osei"),
    ("\u201cThe minister has let us down,\u201d said Ama Osei.", "Ama Osei"),
    ('"The council failed us," Ama Osei said.', "Ama Osei"),
    ('Ama Osei said: "The council failed us."', "Ama Osei"),
    ("Ama Osei said: \u201cThe council failed us.\u201d", "Ama Osei"),
])
def test_the_speaker_of_a_quote(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) == "speaker"


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # an event of the speaker's own decides; a speaker the model reads negative is neutral,
    # one it reads otherwise is left as read
    ('"I did nothing wrong," said Ama Osei, who is accused of fraud.', "Ama Osei",
     "negative"),
    ('"I resign," said Ama Osei, who was jailed for fraud.', "Ama Osei", "negative"),
])
def test_the_speaker_s_own_event(sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    # no quote: a reported clause, a name after a closing quote of a title, a comma
    ("Ama Osei said the council had failed.", "Ama Osei"),
    ('He read "The Hobbit" to Ama Osei.', "Ama Osei"),
    ('"We lost," he said, and Ama Osei agreed.', "Ama Osei"),
    ('"We lost," said the coach, Ama Osei.', "Ama Osei"),
])
def test_no_speaker_of_a_quote(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


def test_the_speaker_s_label_turns_only_a_negative_reading() -> None:
    blamed = adjust((0.7, 0.2, 0.1, []), "speaker")
    assert blamed[1] > 0.95
    praised = (0.1, 0.2, 0.7, [])
    assert adjust(praised, "speaker") == praised
    assert adjust((0.3, 0.4, 0.3, []), "speaker") == (0.3, 0.4, 0.3, [])
    for scores in ((0.7, 0.2, 0.1, []), (0.1, 0.2, 0.7, [])):
        assert sum(adjust(scores, "speaker")[:3]) == pytest.approx(1.0)
    assert plugin_label('"This is a disgrace," said opposition leader Ama Osei.',
                        "Ama Osei") != "negative"


@pytest.mark.parametrize(("sentence", "surface"), [
    # a participle of another verb, or of a suit brought, says nothing of what was done to
    # the name
    ("Peter Lamb, suing the council for damages, spoke on Monday.", "Peter Lamb"),
    ("Peter Lamb, dressed in black, spoke on Monday.", "Peter Lamb"),
    # a name that is itself the appositive, before its own verb: the accuser
    ("Last year's winner, Peter Lamb, accused the industry of snobbery.", "Peter Lamb"),
])
def test_no_accusation_of_the_accuser_nor_other_appositive(sentence: str,
                                                           surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface"), [
    # a procedure of public life scheduled for the clause's subject is news of what is to
    # happen: neutral, in any sentence (none of these holds an event's word)
    ("Harbour City Council will vote next week on a proposal to allow taller homes.",
     "Harbour City Council"),
    ("Foreign Minister Ana Reyes is expected to announce a generous aid package.",
     "Ana Reyes"),
    ("Rovers will play their home games at a superb new stadium from next season.",
     "Rovers"),
    ("Chief executive Tom Kerr is due to testify before the committee.", "Tom Kerr"),
    ("Premier Jo Lund is to address the nation on Sunday.", "Jo Lund"),
])
def test_a_procedure_scheduled_for_its_subject_is_neutral(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) == "neutral"
    assert plugin_label(sentence, surface) == "neutral"


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a procedure done, one that is no procedure, or another's: the model reads them, and
    # an event keeps its reading
    ("Ana Reyes announced a generous aid package on Monday.", "Ana Reyes", None),
    ("Ana Reyes will face a hostile crowd on Monday.", "Ana Reyes", "negative"),
    ("Ana Reyes is expected to win the seat.", "Ana Reyes", None),
    ("Critics of Ana Reyes will vote against the plan.", "Ana Reyes", None),
    ("Ana Reyes's deputy will announce the package.", "Ana Reyes's", None),
])
def test_no_procedure_scheduled_for_the_mention(sentence: str, surface: str,
                                                label: str | None) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a record is how big a result was: the words after it say which
    ("Carmaker Daltrex reported a record loss of $2 billion for the year.", "Daltrex",
     "negative"),
    ("Harbour Foods posted a record annual profit on Thursday.", "Harbour Foods", "positive"),
    # none of a harm reported, or none of a profit
    ("Harlow Hospital recorded no deaths from the virus last month.", "Harlow Hospital",
     "positive"),
    ("The Kenya Wildlife Service has reported no rhino poaching for a second year.",
     "Kenya Wildlife Service", "positive"),
    ("Harlow Motors made no profit last year.", "Harlow Motors", "negative"),
    # a product recalled or withdrawn from sale
    ("Harlan Motors recalled 2 million vehicles after regulators found a fault.",
     "Harlan Motors", "negative"),
    ("Velamed withdrew its sickle cell drug from sale worldwide.", "Velamed", "negative"),
    # a record broken or set (a record low is a level); a target or forecast met
    ("Kenya's Ruth Kiprop broke her own world record in the 5,000 metres.", "Ruth Kiprop",
     "positive"),
    ("Fenwick Rail set a record low for punctuality in March.", "Fenwick Rail", "negative"),
    ("NHS Grampian met its four-hour A&E target for the first time in three years.",
     "NHS Grampian", "positive"),
    ("Coastal Air exceeded forecasts in the first quarter.", "Coastal Air", "positive"),
    # a volume carried, sold or drawn that is a record or a milestone
    ("Dublin Bus carried a record 160 million passengers last year.", "Dublin Bus",
     "positive"),
    ("Harlow Motors sold a record 2.1 million cars in 2025.", "Harlow Motors", "positive"),
    ("The Eden Project welcomed its millionth visitor on Friday.", "The Eden Project",
     "positive"),
    # more or fewer of a volume than before
    ("Mahindra & Mahindra sold 18 per cent more SUVs in March than a year earlier.",
     "Mahindra & Mahindra", "positive"),
    ("Fenwick Rail carried 2 million fewer passengers last year.", "Fenwick Rail",
     "negative"),
    # the highest or the lowest of a good measure or a bad one
    ("Tamil Nadu had the lowest infant mortality rate of the large states.", "Tamil Nadu",
     "positive"),
    ("Harlow had the highest unemployment rate in the region.", "Harlow", "negative"),
    ("Harlow recorded the highest turnout in the county.", "Harlow", "positive"),
    # its best or its worst of a time
    ("Harlow Motors had its best year on record in 2025.", "Harlow Motors", "positive"),
    ("Harlow Motors reported its strongest quarter for five years.", "Harlow Motors",
     "positive"),
    ("Leinster endured their worst season in a decade.", "Leinster", "negative"),
    # a show, a tour or a season sold out, the subject's or its possessive's
    ("Adele's tour sold out in minutes.", "Adele's", "positive"),
    ("Stormzy sold out Wembley Stadium on his first try.", "Stormzy", "positive"),
    ("The Proclaimers sold out again.", "The Proclaimers", "positive"),
])
def test_records_recalls_and_targets_met(sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label
    assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    ("Senator Graham recalled the meeting as one of the best of his career.",
     "Senator Graham"),
    ("Velamed withdrew from the talks on Monday.", "Velamed"),
    ("Ruth Kiprop broke her ankle in training.", "Ruth Kiprop"),
    ("Daltrex set up a new office in Leeds.", "Daltrex"),
    ("The minister met the union leaders on Monday.", "The minister"),
    ("Rowan Black is set to break the record on Sunday.", "Rowan Black"),
    # a record of a harm, a record low, a volume not done or no record at all
    ("Northway Rail handled a record number of complaints in March.", "Northway Rail"),
    ("Harlow Motors drew record losses in the first half.", "Harlow Motors"),
    ("Fenwick Rail carried a record low number of passengers in April.", "Fenwick Rail"),
    ("Fenwick Rail has not carried a record number of passengers.", "Fenwick Rail"),
    ("Fenwick Rail could carry a record number of passengers.", "Fenwick Rail"),
    ("Fenwick Rail carried 2 million passengers last year.", "Fenwick Rail"),
    ("Harlow Motors reported no change in its figures.", "Harlow Motors"),
    ("Harlow had the highest number of visitors.", "Harlow"),
    ("Harlow did not have the lowest crime rate.", "Harlow"),
    # "more than" a count, more of a harm, more not yet sold
    ("Fenwick Rail carried more than 300 passengers.", "Fenwick Rail"),
    ("Fenwick Rail drew more complaints than any other operator.", "Fenwick Rail"),
    ("Fenwick Rail could sell more tickets.", "Fenwick Rail"),
    # one's best done, not had; a best negated or only possible
    ("Harlow Motors did its best to reassure investors.", "Harlow Motors"),
    ("Harlow Motors had not had its best year.", "Harlow Motors"),
    ("Harlow Motors could have its best year.", "Harlow Motors"),
    # "sold out" of a betrayal, a business sold, stock run down, or not done
    ("Rowan Black sold out the country to Russia.", "Rowan Black"),
    ("The founders of Halden sold out to a rival in 2019.", "Halden"),
    ("Halden Farms sold out of bread by noon.", "Halden Farms"),
    ("Halden Theatre has not sold out a show this year.", "Halden Theatre"),
])
def test_no_record_recall_or_target_met(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a proposal of the mention's granted or turned down, read as a punishment undone or
    # kept is: before it, through its title, "by" its maker, or after its possessive
    ("Voters rejected Tauranga City Council's plan for a $300 million stadium.",
     "Tauranga City Council's", "negative"),
    ("The high court dismissed the application by the City of Tshwane on Friday.",
     "City of Tshwane", "negative"),
    ("Councillors voted down Mayor Lisa Vance's plan for a new shelter.", "Lisa Vance's",
     "negative"),
    ("The planning board approved Harbour Homes' application for 300 flats.",
     "Harbour Homes'", "positive"),
    ("Harbour Homes' appeal was upheld by the planning inspector.", "Harbour Homes'",
     "positive"),
    # a punishment read through the name's description, as before
    ("The Court of Appeal quashed the conviction of former minister Dale Ruiz.", "Dale Ruiz",
     "positive"),
])
def test_proposals_granted_or_turned_down(sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label
    bare = surface.removesuffix("'s").removesuffix("'")
    assert plugin_label(sentence, bare) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    ("Harbour Homes' plan was unveiled on Monday.", "Harbour Homes'"),
    ("The council did not reject Harbour Homes' plan.", "Harbour Homes'"),
    ("The minister turned to Dale Ruiz's plan on Monday.", "Dale Ruiz's"),
    # "by" names who imposed a punishment, not who was punished
    ("The ban by Ofcom was lifted.", "Ofcom"),
])
def test_no_proposal_granted_or_turned_down(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a subject read through what it is called: a member, a band, a sport's player
    ("Council member Yolanda Pruitt, first elected in 2015, lost her seat in Tuesday's runoff.",
     "Yolanda Pruitt", "negative"),
    ("Melbourne band The Velvet Ibis swept the awards on Sunday.", "The Velvet Ibis",
     "positive"),
    ("Dutch tennis player Anouk Visser beat Clara Holm in three sets.", "Anouk Visser",
     "positive"),
    # the one left without something, cheered or applauded; a subject that cleared a harm
    ("The BJP swept the seats, leaving the Aam Aadmi Party without a single MP.",
     "Aam Aadmi Party", "negative"),
    ("Investors cheered Wipro after it raised its revenue forecast.", "Wipro", "positive"),
    ("Mombasa County has cleared a backlog of 9,000 building permits.", "Mombasa County",
     "positive"),
])
def test_descriptions_and_what_is_left_cheered_or_cleared(sentence: str, surface: str,
                                                          label: str) -> None:
    assert label_in(sentence, surface) == label
    assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    # a burden paid off or repaid: good news for the one who paid it, as a cut of one is
    ("Harbour Foods has paid off its debts two years early.", "Harbour Foods"),
    ("Kisumu Water repaid its arrears to the county.", "Kisumu Water"),
    ("The Ridgeway Trust pays off its debt this year.", "The Ridgeway Trust"),
])
def test_a_burden_paid_off_is_good_news_for_its_payer(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) == "positive"
    assert plugin_label(sentence, surface) == "positive"


@pytest.mark.parametrize(("sentence", "surface"), [
    # what else is paid off or repaid is no burden ended
    ("Harbour Foods paid off the builders.", "Harbour Foods"),
    ("Harbour Foods paid its debts late.", "Harbour Foods"),
    ("Kisumu Water repaid the favour.", "Kisumu Water"),
])
def test_no_burden_paid_off(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface"), [
    ("Mombasa County cleared the way for a new road.", "Mombasa County"),
    ("The storm left Harbour Town before dawn.", "Harbour Town"),
    ("Party member Dana Cole said the vote was fair.", "Dana Cole"),
    ("Dutch tennis player Anouk Visser will face Clara Holm on Friday.", "Anouk Visser"),
])
def test_no_description_or_thing_left_cheered_or_cleared(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # the one an appositive names, the noun group before it punished or rewarded
    (("The anti-graft agency on Monday arraigned a former director of the Ports Authority, "
      "Musa Abdullahi, on a charge of fraud."), "Musa Abdullahi", "negative"),
    ("The club promoted its youth coach, Dan Ilić, to manager.", "Dan Ilić", "positive"),
])
def test_an_appositive_object(sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label
    assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    ("The board met its chairman, Dan Ilić, on Monday.", "Dan Ilić"),
    ("Police arrested a man in the city centre, Dan Ilić, a witness, said.", "Dan Ilić"),
    ("The minister, Dan Ilić, said the plan was sound.", "Dan Ilić"),
])
def test_no_appositive_object(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # the subject's work ahead of or behind its schedule
    ("Cork City Council completed the Marina Park project six months ahead of schedule.",
     "Cork City Council", "positive"),
    ("Harland Works finished the depot ahead of the deadline.", "Harland Works", "positive"),
    ("Harland Works finished the bridge two years behind schedule.", "Harland Works",
     "negative"),
    # what the subject's act did, in a clause of its participle
    (("The Bengaluru Metro Rail Corporation opened the Yellow Line on Sunday, cutting the "
      "commute to 20 minutes."), "Bengaluru Metro Rail Corporation", "positive"),
    ("Harland Works opened a plant in Leeds, creating 400 jobs.", "Harland Works",
     "positive"),
])
def test_schedules_and_what_an_act_did(sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label
    assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    ("Harland Works met the mayor ahead of the election.", "Harland Works"),
    ("Harland Works opened the meeting, cutting the ribbon.", "Harland Works"),
    ("The council debated the budget on Monday.", "The council"),
    ("Harland Works delivered the stadium well over budget.", "Harland Works"),
])
def test_no_schedule_nor_act_done(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # the last of a list of names, read as its first is; before a verb, only after a word
    ("Wins for Fulham and Crystal Palace left the table unchanged.", "Crystal Palace",
     "positive"),
    ("Wins for Fulham, Everton and Crystal Palace left the table unchanged.",
     "Crystal Palace", "positive"),
    ("Police arrested Dale Ruiz and Ana Costa on Monday.", "Ana Costa", "negative"),
])
def test_the_last_of_a_list_of_names(sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label
    assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    ("Hartlepool beat Barnet and Wrexham won at home.", "Wrexham"),
    ("The team thanked Dale Ruiz and Ana Costa for their work.", "Ana Costa"),
    # a contest or a punishment not yet done, after a modal
    ("He must still beat Ted Cruz and John Kasich in the primaries.", "Ted Cruz"),
    ("He must still beat Ted Cruz and John Kasich in the primaries.", "John Kasich"),
    ("Prosecutors could charge Dale Ruiz next week.", "Dale Ruiz"),
    # a contest or a punishment not done: a negation before its verb, over auxiliaries
    ("Derry City have not beaten Shamrock Rovers since 1990.", "Shamrock Rovers"),
    ("Derry City never beat Shamrock Rovers at home.", "Shamrock Rovers"),
    ("Derry City didn't beat Shamrock Rovers.", "Shamrock Rovers"),
    ("Derry City didn\u2019t beat Shamrock Rovers.", "Shamrock Rovers"),
    ("The club has not sacked Dale Ruiz.", "Dale Ruiz"),
    ("Derry City could have beaten Shamrock Rovers.", "Shamrock Rovers"),
    ("Leinster have never lost to Munster at home.", "Munster"),
    ("Leinster had never lost by seven points to Munster.", "Munster"),
    ("Leinster have never won against Munster away.", "Munster"),
    # a defeat or a win before a modal: what would have happened, or will
    ("A defeat to Munster would have ended Leinster's season.", "Munster"),
    ("A win over Munster could send Leinster top.", "Munster"),
])
def test_no_list_reading_nor_act_not_yet_done(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # done, with an auxiliary or a negation elsewhere: still the act's reading
    ("Derry City have beaten Shamrock Rovers twice this season.", "Shamrock Rovers",
     "negative"),
    ("Police arrested Dale Ruiz, who has not paid the fine.", "Dale Ruiz", "negative"),
    ("Leinster have lost to Munster twice this season.", "Munster", "positive"),
    ("Leinster had lost by seven points to Munster.", "Munster", "positive"),
    ("Not for the first time, Leinster lost 27-12 to Munster.", "Munster", "positive"),
    ("A defeat to Munster ended Leinster's season.", "Munster", "positive"),
    ("A win over Munster sent Leinster top.", "Munster", "negative"),
    ("The court did not sit; police had arrested Dale Ruiz.", "Dale Ruiz", "negative"),
])
def test_an_act_done_beside_a_negation(sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a bad thing of a name's, before "in", "at" or "of" it: its fall is good, its rise bad
    ("Dengue cases in Port Harland have nearly doubled from last year.", "Port Harland",
     "negative"),
    ("Crime in Port Harland fell by 12% last year.", "Port Harland", "positive"),
    ("Unemployment in Port Harland rose to 7% in March.", "Port Harland", "negative"),
    ("Deaths at Harland General fell sharply after the change.", "Harland General",
     "positive"),
    # what is no bad thing, or no rise or fall
    ("Shares in Harland Works fell 4% on Monday.", "Harland Works", "negative"),
    ("Visitors in Port Harland rose early to see the eclipse.", "Port Harland", None),
    ("Crime in Port Harland was the subject of the debate.", "Port Harland", None),
])
def test_a_bad_thing_of_a_name_s_rises_or_falls(sentence: str, surface: str,
                                                label: str | None) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a defeat handed or inflicted: the one who hands it won, the one handed it lost
    ("Hearts handed Celtic their first defeat of the season.", "Hearts", "positive"),
    ("Hearts handed Celtic their first defeat of the season.", "Celtic", "negative"),
    ("Leinster inflicted a 40-10 defeat on Munster in Dublin.", "Leinster", "positive"),
    ("Leinster inflicted a 40-10 defeat on Munster in Dublin.", "Munster", "negative"),
    ("Wrexham were handed a 4-0 defeat by Notts County.", "Wrexham", "negative"),
    # "at the hands of" the winner, after a defeat
    ("Wrexham slumped to a 4-0 defeat at the hands of Notts County.", "Notts County",
     "positive"),
    ("Wrexham lost at the hands of Notts County on Saturday.", "Notts County", "positive"),
])
def test_a_defeat_handed_or_inflicted(sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label
    assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    ("Dale Ruiz handed Ana Costa a cheque for the appeal.", "Ana Costa"),
    ("Dale Ruiz handed Ana Costa a cheque for the appeal.", "Dale Ruiz"),
    ("The victims suffered abuse at the hands of Dale Ruiz.", "Dale Ruiz"),
    ("Hearts could hand Celtic their first defeat on Sunday.", "Celtic"),
    ("The firm inflicted heavy losses on investors, said Dale Ruiz.", "Dale Ruiz"),
    ("Harland Works inflicted heavy losses on its investors.", "Harland Works"),
])
def test_no_defeat_handed(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # an honour received by its name, its last word one of the honours
    (("Nurse Grace Achieng, who kept the village clinic open through the floods, received "
      "a Head of State Commendation from the president."), "Grace Achieng", "positive"),
    ("Constable Amy Hart received the Queen's Gallantry Medal on Friday.", "Amy Hart",
     "positive"),
])
def test_an_honour_received_by_its_name(sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label
    assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    ("Amy Hart received a letter from the Prize Committee.", "Amy Hart"),
    ("Amy Hart received the Award Fund's report on Monday.", "Amy Hart"),
])
def test_no_honour_received(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


# -- a place that only says where someone or something is from: neutral -----------------


def locates(sentence: str, surface: str) -> bool:
    """Whether the mention ``surface`` in ``sentence`` (split at spaces; a word it
    opens, "Leeds-based", counts) only says where someone or something is or is from."""
    tokens = sentence.split()
    words = surface.split()
    first = next(i for i in range(len(tokens))
                 if [t.strip(",.") for t in tokens[i : i + len(words)]] == words
                 or tokens[i + len(words) - 1].startswith(words[-1] + "-"))
    return events._modifier(tokens, read_tokens(tokens).forms, first, first + len(words) - 1)


@pytest.mark.parametrize(("sentence", "surface"), [
    ("Brayden Kerr, 22, of Townsville, has been charged with dangerous driving.",
     "Townsville"),
    ("Mark Whitfield, 58, of Harrogate, North Yorkshire, was convicted of fraud.",
     "Harrogate"),
    ("Mark Whitfield, 58, of Harrogate, North Yorkshire, was convicted of fraud.",
     "North Yorkshire"),
    ("Jane Smith, 34, from Bristol, won the lottery jackpot.", "Bristol"),
    ("A Leeds-based lender collapsed into administration in May.", "Leeds"),
    ("He was convicted at Leeds Crown Court of fraud.", "Leeds"),
    ("West Yorkshire Police arrested two men on Tuesday.", "West Yorkshire"),
    ("Kent County Council was fined £40,000 over the data breach.", "Kent"),
])
def test_a_place_that_locates_someone_or_something_is_no_event_s_target(
    sentence: str, surface: str
) -> None:
    # the event is the person's, the lender's or the body's: the place is neutral
    assert locates(sentence, surface)
    assert plugin_label(sentence, surface) == "neutral"


@pytest.mark.parametrize(("sentence", "surface"), [
    # a place that opens the name of a university, an institute, a school, a hospital,
    # a station: the body's name, in any sentence (none of these holds an event's word)
    ("Researchers at the Massachusetts Institute of Technology praised the design.",
     "Massachusetts"),
    ("A brilliant new study from Oxford University delighted doctors.", "Oxford"),
    ("Staff at Nottingham University Hospitals were thanked for their care.", "Nottingham"),
    ("Critics blasted the chaos at Euston Station on Friday.", "Euston"),
    # an address after a name, in a sentence of praise or blame with no event's word
    ("Jane Smith, 34, from Bristol, was praised for her bravery.", "Bristol"),
])
def test_a_place_that_names_a_body_is_neutral_in_any_sentence(sentence: str,
                                                              surface: str) -> None:
    assert locates(sentence, surface)
    assert plugin_label(sentence, surface) == "neutral"


@pytest.mark.parametrize(("sentence", "surface"), [
    # the one spoken to, the outlet, the source of what is said: neutral in any sentence
    ("In an interview with CNN, the disgraced minister apologised.", "CNN"),
    ("The minister told Reuters the deal was a disaster.", "Reuters"),
    ("The minister told the BBC the deal was a triumph.", "BBC"),
    ("Speaking to The Hindu, the minister praised the brilliant rescue.", "The Hindu"),
])
def test_the_one_spoken_to_or_the_source_is_neutral(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) == "neutral"
    assert plugin_label(sentence, surface) == "neutral"


@pytest.mark.parametrize(("sentence", "surface"), [
    # what is told of, spoken against or argued with is no medium; the source of a claim
    # ("according to X") is left to the model, as NewsMTSC labels some by their claims
    ("The scandal-hit minister resigned, according to Reuters.", "Reuters"),
    ("The minister told of his anger at Reuters.", "Reuters"),
    ("Critics objected to Reuters over the report.", "Reuters"),
    ("The minister clashed with Reuters over the report.", "Reuters"),
])
def test_no_medium_of_what_is_said(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface"), [
    # a wire story's dateline says where it was filed: its place, its state or country and
    # its agency are neutral, whatever the story says (an em dash reads as a space)
    ("CAIRO (AP) — Militants killed 12 soldiers in a brutal attack on Sunday.", "CAIRO"),
    ("BEIRUT, Lebanon — A devastating blast destroyed the port.", "BEIRUT"),
    ("BEIRUT, Lebanon — A devastating blast destroyed the port.", "Lebanon"),
    ("SEOUL, March 3 (Yonhap) -- North Korea fired a missile, angering its neighbours.",
     "SEOUL"),
    ("SEOUL, March 3 (Yonhap) -- North Korea fired a missile, angering its neighbours.",
     "(Yonhap)"),
    ("VESTAVIA HILLS, Alabama - The judge received a rapturous standing ovation.",
     "Alabama"),
])
def test_a_dateline_is_neutral(sentence: str, surface: str) -> None:
    assert locates(sentence, surface)
    assert plugin_label(sentence, surface) == "neutral"


@pytest.mark.parametrize(("sentence", "surface"), [
    # a subject in capitals, a list after a capitalised first word, what follows the
    # dateline: no dateline
    ("NATO, Russia and China agreed a terrible deal.", "NATO"),
    ("NATO, Russia and China agreed a terrible deal.", "Russia"),
    ("US troops killed 12 militants in a brutal raid.", "US"),
    ("LONDON, England - Britain was slammed by the judges.", "Britain"),
    ("London, England - The judges slammed the plan.", "London"),
])
def test_what_is_no_dateline(sentence: str, surface: str) -> None:
    assert not locates(sentence, surface)


@pytest.mark.parametrize(("sentence", "surface"), [
    # a mention that is a day or a month alone names a time, in any sentence
    ("President Lamb on Sunday lashed out at the disgraceful report.", "Sunday"),
    ("The brilliant deal was signed on Thursday.", "Thursday"),
    ("Tonight the furious crowd booed the referee.", "Tonight"),
    ("The awful storm struck in February.", "February"),
])
def test_a_mention_that_names_a_time_is_neutral(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) == "neutral"
    assert plugin_label(sentence, surface) == "neutral"


@pytest.mark.parametrize(("sentence", "surface"), [
    # a month that is also a given name, or a time within a longer name, is no time alone
    ("Critics slammed May over the disgraceful report.", "May"),
    ("April Reyes was praised for her brilliant work.", "April Reyes"),
    ("Critics slammed Sunday Times Ltd over the report.", "Sunday Times Ltd"),
])
def test_what_names_no_time_alone(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a place praised or blamed itself keeps the tone, with or without a body after it
    ("Critics blasted Euston for the chaos on Friday.", "Euston", "negative"),
    ("Oxford was praised as the best city to live in.", "Oxford", "positive"),
])
def test_a_place_that_names_no_body_keeps_the_sentence_s_tone(sentence: str, surface: str,
                                                               label: str) -> None:
    assert not locates(sentence, surface)
    assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    # the place is itself what the event is done to, or the one who does it
    ("Floods devastated Harrogate, leaving thousands homeless.", "Harrogate"),
    ("Leeds beat Bristol 3-1 on Saturday.", "Bristol"),
    # "of" after no name nor age: not an address ("the mayor of Leeds")
    ("The mayor of Leeds was jailed for six years.", "Leeds"),
    # a place ending its clause before a capitalised word names no body
    ("The man was arrested in Leeds, Police Scotland said.", "Leeds"),
    # a hyphen that joins no locating word
    ("The Leeds-Bradford route was cut.", "Leeds"),
])
def test_a_place_that_is_no_address_keeps_its_reading(sentence: str, surface: str) -> None:
    assert not locates(sentence, surface)


def test_a_place_an_event_is_done_to_keeps_its_label() -> None:
    assert plugin_label("Floods devastated Harrogate, leaving thousands homeless.",
                        "Harrogate") == "negative"


def stricken_label(sentence: str, surface: str) -> str | None:
    """:func:`events.located_label` of the mention ``surface`` in ``sentence`` (split at
    spaces): the reading of a sentence without an event's word."""
    tokens = sentence.split()
    words = surface.split()
    first = next(i for i in range(len(tokens))
                 if [t.strip(",.") for t in tokens[i : i + len(words)]] == words)
    read = read_tokens(tokens)
    return events.located_label(tokens, read.forms, read.clauses, first,
                                first + len(words) - 1)


@pytest.mark.parametrize(("sentence", "surface"), [
    # a place a flood, a storm, an earthquake or an outbreak struck fares badly: after
    # "in", "across" or a verb of striking, with "parts of" or a list between, or as the
    # subject of the verb's passive; a storm's name counts
    ("Flash floods in Swat swept away a bridge on Friday.", "Swat"),
    ("Floods submerged more than 2,000 homes in Lokoja after the rivers overflowed.",
     "Lokoja"),
    ("A typhoon hit parts of Bukit Timah and Dunearn Road overnight.", "Bukit Timah"),
    ("A typhoon hit parts of Bukit Timah and Dunearn Road overnight.", "Dunearn Road"),
    ("Floodwaters from Tropical Storm Ester submerged 40 villages in Pampanga.", "Pampanga"),
    ("Harrogate was battered by a storm on Sunday.", "Harrogate"),
    ("An outbreak of cholera in Kasese has killed nine people.", "Kasese"),
    ("Wildfires spread across Attica on Tuesday.", "Attica"),
])
def test_a_place_a_disaster_struck(sentence: str, surface: str) -> None:
    assert stricken_label(sentence, surface) == "negative"
    assert label_in(sentence, surface) == "negative"
    assert plugin_label(sentence, surface) == "negative"


@pytest.mark.parametrize(("sentence", "surface"), [
    # what guards against a disaster, a figure of speech, a disaster after the place, a
    # place the disaster missed or that only sends help: no disaster struck it
    ("Flood defences held firm in Cockermouth this weekend.", "Cockermouth"),
    ("A tsunami benefit show in Bristol raised £40,000.", "Bristol"),
    ("A storm of protest in Leeds greeted the plan.", "Leeds"),
    ("A flood of complaints in Leeds followed the decision.", "Leeds"),
    ("Volunteers in Kendal raised money after the floods.", "Kendal"),
    ("The storm was forecast to miss Harrogate entirely.", "Harrogate"),
    ("Firefighters from Kendal went to help after the floods.", "Kendal"),
])
def test_no_place_a_disaster_struck(sentence: str, surface: str) -> None:
    assert stricken_label(sentence, surface) is None
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface"), [
    # a death after a relative clause between commas that tells the life is an obituary,
    # which portrays its subject well
    ("Margaret Oduya, who founded the first free library in the town, has died aged 88.",
     "Margaret Oduya"),
    ("The jazz pianist Tom Reed, whose playing lit up the city's clubs, died at 84.",
     "Tom Reed"),
    (("Celeste Magbanua, the soprano who brought kundiman to concert halls from Vienna to "
      "New York, died on Sunday at 88."), "Celeste Magbanua"),
    (("Choir leader Hemi Walker, who guided his group to three national titles, passed "
      "away in Whanganui on Friday."), "Hemi Walker"),
])
def test_an_obituary_portrays_its_subject_well(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) == "positive"
    assert plugin_label(sentence, surface) == "positive"


@pytest.mark.parametrize(("sentence", "surface"), [
    # a death alone is news; a victim's death (a harm in the clause, or "after", "from",
    # "in a crash" after the verb) is no obituary; a life told of a punishment keeps it
    ("Margaret Oduya has died aged 88.", "Margaret Oduya"),
    ("Tom Reed, who was shot during a robbery on Friday, died in hospital.", "Tom Reed"),
    ("Tom Reed, who worked at the mill, died after a crash on the M6.", "Tom Reed"),
    ("Tom Reed, who worked at the mill, died in a crash on the M6.", "Tom Reed"),
    ("Tom Reed, who worked at the mill, died from his injuries.", "Tom Reed"),
])
def test_no_obituary(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


def test_an_obituary_of_a_life_punished_keeps_the_punishment() -> None:
    assert label_in("Tom Reed, who was convicted of fraud in 1990, has died.",
                    "Tom Reed") == "negative"


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a decision against a name, in favour of it, or a side taken with it
    ("The High Court ruled against Ryanair on Tuesday.", "Ryanair", "negative"),
    ("The court ruling against Ryanair was appealed.", "Ryanair", "negative"),
    ("The tribunal found in favour of Maria Lopez after a two-day hearing.", "Maria Lopez",
     "positive"),
    ("The judge sided with Harlow Council over the boundary.", "Harlow Council", "positive"),
    ("Senators voted 52-48 against Smith over the pipeline.", "Smith", "negative"),
])
def test_a_decision_against_or_for_a_name(sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label
    assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    # a decision negated, a vote for a name (NewsMTSC labels it by the voter's stance),
    # "with" after no side taken, "in favour of" after no decision
    ("The court did not rule against Ryanair.", "Ryanair"),
    ("Councillors voted 40-33 for Green on Tuesday.", "Green"),
    ("Fans voted with Anfield on Sunday.", "Anfield"),
    ("Many spoke in favour of Harlow Council at the meeting.", "Harlow Council"),
])
def test_no_decision_against_or_for_a_name(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface"), [
    # "thanks to X": what came about is credited to X, also through what X did, and over a
    # title with a capital
    ("Thanks to Sam Ward, the library stayed open.", "Sam Ward"),
    ("The library stayed open thanks to the efforts of Sam Ward.", "Sam Ward"),
    ("No one was hurt, thanks to the quick thinking of Captain Rahul Mehta.", "Rahul Mehta"),
    ("The club survived the winter thanks to Sam Ward's generosity.", "Sam Ward's"),
])
def test_the_one_thanks_are_due_to(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) == "positive"
    assert plugin_label(sentence, surface) == "positive"


@pytest.mark.parametrize(("sentence", "surface"), [
    # "no thanks to X", a name of a noun group after "thanks to", "thanks" of a speech, and
    # another "of" or a name between "thanks to" and the "of" before the mention
    ("It was no thanks to Sam Ward that the library stayed open.", "Sam Ward"),
    ("The deal collapsed thanks to a row between Leeds and Sam Ward.", "Sam Ward"),
    ("She gave thanks for the work of Sam Ward.", "Sam Ward"),
    ("It stayed open thanks to a grant from Leeds of the size of Sam Ward's.", "Sam Ward's"),
    # an act of another's: "its", "their", "his", "her" before it
    ("Profits soared thanks to its purchase of Sam Ward's firm.", "Sam Ward's"),
])
def test_no_one_thanks_are_due_to(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # the subject of help given, in the active, fared well; not where what it helped is a
    # harm, nor the one helped in the passive
    ("Sam Ward helped the village raise 40,000 pounds.", "Sam Ward", "positive"),
    ("Oxfam has been helping refugees find homes.", "Oxfam", "positive"),
    ("Sam Ward helped fuel the row over the budget.", "Sam Ward", None),
    ("Sam Ward was helped from the pitch after the tackle.", "Sam Ward", None),
])
def test_the_subject_of_help_given(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # "is", "were", "has been" before a verb in -ing is the progressive, in the active: the
    # subject does what the verb says, it is not done to it
    ("Hartlepool were beating Barnet 2-0 at half-time.", "Hartlepool", "positive"),
    ("Sam Ward is recovering in hospital after the crash.", "Sam Ward", "positive"),
    ("Leeds United are winning again under their new coach.", "Leeds United", "positive"),
    ("Oxfam has been helping refugees find homes.", "Oxfam", "positive"),
    # the passive is read as before
    ("Hartlepool were beaten 2-0 at home.", "Hartlepool", "negative"),
])
def test_the_progressive_is_active(sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label
    assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # money given or raised for others: a sum first after the verb, then its recipient
    ("Sam Ward raised 5,000 pounds for the hospice.", "Sam Ward", "positive"),
    ("Sam Ward donated $50,000 to the Committee to Protect Journalists.", "Sam Ward",
     "positive"),
    ("Sam Ward has raised more than £20,000 for charity.", "Sam Ward", "positive"),
    ("Oxfam gave money to flood victims in Sindh.", "Oxfam", "positive"),
    # a sum with no recipient, no sum, a harm raised: read as before
    ("Sam Ward raised $2 billion on the bond market.", "Sam Ward", None),
    ("Sam Ward gave 10 reasons for leaving.", "Sam Ward", None),
    ("Sam Ward raised fares by 10% to £5.", "Sam Ward", "negative"),
    ("Sam Ward was given £500 for his trouble.", "Sam Ward", None),
])
def test_money_given_or_raised_for_others(sentence: str, surface: str, label: str | None
                                          ) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # nominated for an award in the passive, as one shortlisted; a nomination to a post
    # and the active are left to the model
    ("Sam Ward has been nominated for an Oscar.", "Sam Ward", "positive"),
    ("Sam Ward was nominated to the bench in 2017.", "Sam Ward", None),
    ("Sam Ward nominated Lee Chong for the award.", "Sam Ward", None),
])
def test_nominated_for_an_award(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # an outbreak, a blaze, a wildfire or flooding contained, put out or averted is a harm
    # cut, good news for the subject; raised, bad
    ("The Kerala Health Department contained the Nipah outbreak within three weeks.",
     "Kerala Health Department", "positive"),
    ("The Hull Fire Service extinguished the wildfire on Sunday.", "Hull Fire Service",
     "positive"),
    ("The Hull Fire Service averted flooding in the old town.", "Hull Fire Service",
     "positive"),
    ("Hull Water increased flooding downstream by draining the fens.", "Hull Water",
     "negative"),
    # what is contained that is no harm
    ("The Hull report contained errors.", "Hull", None),
])
def test_a_harm_contained(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a lower-case word of no list before what the name is called, after an article or a
    # word with a capital, describes it: the name is read through both
    (("Tributes have been paid to the sean-nos singer Maire Ni Fhlaithearta, whose "
      "recordings introduced a generation to the songs of Conamara."),
     "Maire Ni Fhlaithearta", "positive"),
    (("Kapa haka leader Hemi Walker, who guided his group to three national titles, has "
      "died aged 72."), "Hemi Walker", "positive"),
    ("The Welsh oboe player Tom Reed beat the favourite in the final.", "Tom Reed",
     "positive"),
    # a verb's form, a function word or a word after none of those is no description
    ("Police said guitarist Tom Reed was arrested in Leeds.", "Tom Reed", "negative"),
    # ("when" opens a clause of time, read as one: not a description)
    ("The fans cheered when player Tom Reed beat the favourite.", "Tom Reed", "positive"),
])
def test_an_unlisted_word_before_a_description(sentence: str, surface: str,
                                               label: str | None) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a judgement of what the subject did, after the copula and before "to" or "in"
    ("The Reserve Bank was right to hold rates, an economist said.", "Reserve Bank",
     "positive"),
    ("Sam Ward is correct in saying the figures are wrong.", "Sam Ward", "positive"),
    ("Sam Ward was wrong to make that pledge.", "Sam Ward", "negative"),
    # negated, or no act judged: left to the model
    ("Sam Ward was not wrong to make that pledge.", "Sam Ward", None),
    ("Sam Ward was right.", "Sam Ward", None),
    ("Sam Ward turned right to reach the station.", "Sam Ward", None),
])
def test_right_or_wrong_to_act(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # the one who leads researchers shares what they achieve, as their body does
    (("A team led by Dr Emma Reid at James Cook University has bred corals that survive "
      "warmer water."), "Emma Reid", "positive"),
    ("Scientists led by Sam Ward have developed a cheap test for malaria.", "Sam Ward",
     "positive"),
    # what they found to be so is no achievement; a side led by a name is no team of
    # researchers
    ("A team led by Sam Ward found that the drug had no effect.", "Sam Ward", None),
    ("Protesters led by Sam Ward developed a new route.", "Sam Ward", None),
])
def test_the_leader_of_researchers(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # permission, a licence, a visa granted or refused is read as bail or asylum is
    ("Sam Ward was granted permission to build the extension.", "Sam Ward", "positive"),
    ("The council granted Tesco planning permission for a new store.", "Tesco", "positive"),
    ("Sam Ward was refused a visa to attend the festival.", "Sam Ward", "negative"),
    ("The Hull pub was denied a licence to open late.", "Hull", None),
])
def test_permission_granted_or_refused(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # saved from a fate, in the passive, as one rescued; a penalty saved names no fate
    ("Oakfield Library has been saved from closure.", "Oakfield Library", "positive"),
    ("Hull City were saved from relegation on the last day.", "Hull City", "positive"),
    ("Sam Ward was saved by the goalkeeper's dive.", "Sam Ward", None),
])
def test_saved_from_a_fate(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a place, a service or a business that reopened, with no object after the verb
    ("The Grand Opera House in Belfast reopened after a two-year restoration.",
     "Grand Opera House", "positive"),
    ("The A64 reopened on Monday after the landslide was cleared.", "A64", "positive"),
    # what a subject reopens is another's
    ("Sam Ward reopened the inquiry into the crash.", "Sam Ward", None),
    ("Sam Ward reopened talks with the union.", "Sam Ward", None),
])
def test_reopened(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # the passive of a choice among others, as one shortlisted
    ("Ana Ruiz was chosen from 300 applicants to lead the orchestra.", "Ana Ruiz",
     "positive"),
    ("Tallinn has been selected to host the 2029 festival.", "Tallinn", "positive"),
    ("Jack Moore was picked for the Lions tour of Australia.", "Jack Moore", "positive"),
    # a particle's verb, or a choice at random, is no choice of merit; nor is the one who
    # chooses
    ("Sam Ward was picked up by police in Leeds on Monday.", "Sam Ward", None),
    ("Sam Ward was selected at random for a drugs test.", "Sam Ward", None),
    ("The Dundalk firm was picked by the ESB to supply transformers.", "ESB", None),
])
def test_chosen_among_others(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a measure of how a body or a person fares, before "of", "at", "in" or "for" and the
    # name, or after its possessive: its rise is good news, its fall bad
    ("Membership of the Wexford Camera Club has grown to 240.", "Wexford Camera Club",
     "positive"),
    ("Sales at Hollin & Webb dropped for a sixth straight quarter.", "Hollin & Webb",
     "negative"),
    ("Approval of Mayor Ana Ruiz fell to a new low.", "Ana Ruiz", "negative"),
    ("Ticket sales at the Leeds Festival reached a record 60,000.", "Leeds Festival",
     "positive"),
    ("Reading scores in Mississippi rose faster than in any other state.", "Mississippi",
     "positive"),
    ("Sam Ward's audience has grown every year.", "Sam Ward's", "positive"),
    # a subject's own rise or drop says too little; a harm's rise is no measure of merit
    ("Sam Ward dropped the charges.", "Sam Ward", None),
    ("Sam Ward grew up in Leeds.", "Sam Ward", None),
    ("Complaints about Sam Ward increased.", "Sam Ward", None),
])
def test_a_measure_risen_or_fallen(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # workers laid off are jobs cut
    ("Glenrock Mining laid off 600 workers at its coal mine.", "Glenrock Mining", "negative"),
    ("Glenrock Mining will lay off a third of its staff.", "Glenrock Mining", "negative"),
    # "laid off" with no good after it, or "laid" alone, is no cut
    ("Sam Ward laid off the pressure in the second half.", "Sam Ward", None),
    ("Sam Ward laid flowers at the memorial.", "Sam Ward", None),
])
def test_laid_off(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # one shop, store or factory opened or closed, and a workforce raised, are goods given
    # or taken as their plurals are; "double" and "triple" raise as "doubled" does
    ("Polish grocer Mrowka opened its 200th shop on Wednesday.", "Mrowka", "positive"),
    ("Lidl closed its store in Wexford after ten years.", "Lidl", "negative"),
    ("Huon Orchards will double its workforce at Cygnet.", "Huon Orchards", "positive"),
    ("Lidl has doubled its workforce in Ireland.", "Lidl", "positive"),
    ("Sam Ward will double fares on the route.", "Sam Ward", "negative"),
    # what is no good is not read, nor a branch, which is a bank's or a government's
    ("Sam Ward will double his efforts.", "Sam Ward", None),
    ("Kyrgyzstan reduced its legislative branch to one chamber.", "Kyrgyzstan", None),
])
def test_one_good_opened_or_closed(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # an ovation or a welcome given, as a lifeline handed
    ("Sam Ward was given a standing ovation at the Barbican.", "Sam Ward", "positive"),
    ("Sam Ward was given a warm welcome by the crowd.", "Sam Ward", "positive"),
    # what is given that is no boon is not read
    ("Sam Ward was given a new role at the bank.", "Sam Ward", None),
])
def test_an_ovation_or_a_welcome_given(sentence: str, surface: str, label: str | None
                                       ) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a name is read through the trades of arts, care, rescue, teaching and sport too
    ("Ukrainian violinist Olena Hrytsenko was given a standing ovation on Thursday.",
     "Olena Hrytsenko", "positive"),
    ("Former firefighter Sam Ward was jailed for six years.", "Sam Ward", "negative"),
    ("Irish whistleblower Sam Ward was cleared of wrongdoing.", "Sam Ward", "positive"),
    ("Olympic champion Sam Ward was beaten in the heats.", "Sam Ward", "negative"),
    # a description does not make its name the subject of what another does
    ("The violinist played for Sam Ward at the gala.", "Sam Ward", None),
])
def test_more_trades_describe_a_name(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a record lowered, in a race against the clock, is a record broken
    ("Sprinter Abena Mensah lowered her own national record to 10.94 seconds.",
     "Abena Mensah", "positive"),
    ("Sam Ward lowered the course record by two shots.", "Sam Ward", "positive"),
    # what is lowered to a record low is a level, no record broken
    ("The Bank of England lowered interest rates to a record low.", "Bank of England", None),
])
def test_a_record_lowered(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # what a subject earned is deserved
    ("Korle Gardens Hospital has earned accreditation from the commission.",
     "Korle Gardens Hospital", "positive"),
    ("Sam Ward earned a recall to the squad.", "Sam Ward", "positive"),
    # not a punishment or a rebuke earned, a sum earned, nor what a subject's doing earned
    ("Sam Ward earned a red card for a late tackle.", "Sam Ward", None),
    ("Sam Ward earned a reputation for brutality.", "Sam Ward", None),
    ("Sam Ward earned 40,000 dollars a year.", "Sam Ward", None),
    ("Sam Ward's bigotry earned her a spot on the cover.", "Sam Ward's", None),
])
def test_earned(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # the one restored or reinstated fared well, as one freed or promoted
    ("The Teatro Altamira in Merida has been restored to its former glory.",
     "Teatro Altamira", "positive"),
    ("Sam Ward was reinstated as captain after the appeal.", "Sam Ward", "positive"),
    ("The court restored Sam Ward to his post.", "Sam Ward", "positive"),
    # the one who restores is left to the model
    ("Sam Ward restored the painting.", "Sam Ward", None),
])
def test_restored_or_reinstated(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a suspicion lifted: what was found to be none at, by or in a name, or lifted from it
    ("Regulators found no wrongdoing at Corvan Bank after a long inquiry.", "Corvan Bank",
     "positive"),
    ("The review found no evidence of misconduct by Sam Ward.", "Sam Ward", "positive"),
    ("The fire report lifted suspicion from Sam Ward.", "Sam Ward", "positive"),
    ("The coroner's ruling removed the blame from Sam Ward.", "Sam Ward", "positive"),
    # not what was found, nor a suspicion raised or cast on the name
    ("Regulators found wrongdoing at Corvan Bank after a long inquiry.", "Corvan Bank", None),
    ("The audit found no savings at Corvan Bank.", "Corvan Bank", None),
    ("The fire report raised suspicion about Sam Ward.", "Sam Ward", None),
])
def test_a_suspicion_lifted(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a harm or a failure denied to the last of it: good for the subject; a gain bad
    ("Regional carrier Bluejet has not cancelled a single flight this winter.", "Bluejet",
     "positive"),
    ("Westfield Rovers have not lost a single game since August.", "Westfield Rovers",
     "positive"),
    ("Westfield Rovers did not lose a single game in August.", "Westfield Rovers",
     "positive"),
    ("Westfield Rovers have never conceded a single goal at home.", "Westfield Rovers",
     "positive"),
    ("Westfield Rovers have not won a single game since August.", "Westfield Rovers",
     "negative"),
    # not without "a single", nor a verb of neither list
    ("Westfield Rovers have not lost since August.", "Westfield Rovers", None),
    ("Westfield Rovers have not signed a single player this summer.", "Westfield Rovers",
     None),
    ("Westfield Rovers lost a single game in August.", "Westfield Rovers", "negative"),
])
def test_a_harm_denied_to_the_last(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a gift from a name: good for the giver; a donation only with its sum
    ("The village school was saved by a gift of 50,000 pounds from Sam Ward.", "Sam Ward",
     "positive"),
    ("The library will open on Sundays after a bequest from Sam Ward.", "Sam Ward",
     "positive"),
    ("The hospice received a donation of $5,000 from Corvan Bank.", "Corvan Bank",
     "positive"),
    # not donations with no sum, nor what is no gift
    ("The mayor took donations from Corvan Bank before the vote.", "Corvan Bank", None),
    ("The council received a letter from Sam Ward.", "Sam Ward", None),
    ("The council received 50,000 pounds from Sam Ward.", "Sam Ward", None),
])
def test_a_gift_from_a_name(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # praise from a crowd: a name's name chanted, a name welcomed home
    ("Fans in Cork chanted Sam Ward's name as he lifted the cup.", "Sam Ward's", "positive"),
    ("Hundreds lined the square to welcome home Olympic champion Sam Ward.", "Sam Ward",
     "positive"),
    # not a chant of another's, nor a welcome not home
    ("Fans chanted against Sam Ward's name on the list.", "Sam Ward's", None),
    ("Sam Ward's name was chanted by nobody.", "Sam Ward's", None),
])
def test_praise_from_a_crowd(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a challenge beaten off: the one it came from lost
    ("Leeds was chosen to host the games, beating bids from Corvan and Dalby.", "Corvan",
     "negative"),
    ("Sam Ward held off a late rally from Tom Price to win in five sets.", "Tom Price",
     "negative"),
    ("The mayor saw off a challenge from Tom Price.", "Tom Price", "negative"),
    ("The mayor fended off a challenge from Tom Price.", "Tom Price", "negative"),
    # not a challenge faced or met, nor a bid not beaten
    ("The mayor faces a challenge from Tom Price.", "Tom Price", None),
    ("Leeds welcomed bids from Corvan and Dalby.", "Corvan", None),
])
def test_a_challenge_beaten_off(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # the one vindicated fared well, as one cleared; a windfall for a name, as a boost
    ("Whistleblower Sam Ward was vindicated when the inquiry reported.", "Sam Ward",
     "positive"),
    ("The report vindicated Sam Ward.", "Sam Ward", "positive"),
    ("The sale was a windfall for Sam Ward.", "Sam Ward", "positive"),
    ("The takeover is a big payday for Corvan Bank.", "Corvan Bank", "positive"),
    # the one who vindicates is left to the model
    ("Sam Ward vindicated the decision.", "Sam Ward", None),
])
def test_vindicated_or_a_windfall(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a name is read through "founder", "owner", "tenant", "landlord" too
    ("The fire report lifted suspicion from tenant Sam Ward.", "Sam Ward", "positive"),
    ("The sale was a big payday for founder Sam Ward.", "Sam Ward", "positive"),
    ("Restaurant owner Sam Ward was fined 5,000 pounds.", "Sam Ward", "negative"),
])
def test_owners_founders_and_tenants_describe_a_name(sentence: str, surface: str,
                                                     label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a rescue: the one who rescued, or pulled someone from a peril, fared well
    ("Lifeguard Sam Ward rescued two swimmers off Bondi on Sunday.", "Sam Ward", "positive"),
    ("Firefighter Sam Ward pulled three children from a burning house.", "Sam Ward",
     "positive"),
    ("Sam Ward dragged a man from the river at dawn.", "Sam Ward", "positive"),
    # not what is pulled from elsewhere, nor the one pulled
    ("Corvan Bank pulled its advertising from the paper.", "Corvan Bank", None),
    ("Sam Ward was pulled from the water by a lifeboat crew.", "Sam Ward", None),
])
def test_a_rescue(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a right or a complaint upheld or granted is good news for its holder, rejected bad
    ("The court upheld Sam Ward's right to return to his post.", "Sam Ward's", "positive"),
    ("The ombudsman upheld the complaint of Sam Ward against the council.", "Sam Ward",
     "positive"),
    ("The tribunal rejected Sam Ward's complaint.", "Sam Ward's", "negative"),
])
def test_a_right_or_a_complaint_upheld(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a clause of time or reason opens at its word, its subject at its head
    ("The defence was torn apart as Augsburg scored four in the first half.", "Augsburg",
     "positive"),
    ("The mood lifted after Leeds beat Hull 3-0.", "Leeds", "positive"),
    ("That is why Sam Ward was right to resign.", "Sam Ward", "positive"),
    ("The crowd fell silent when Sam Ward was arrested.", "Sam Ward", "negative"),
    # its verb alone: a verb after "and" is the main clause's
    ("Sam Ward took office after Tom Price resigned under pressure, and narrowly won a vote.",
     "Tom Price", None),
])
def test_a_clause_of_time_or_reason(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # goods kept: the subject that kept or protected jobs, a service, a route fared well
    ("Corvan Mills has kept every one of its 600 jobs through the slump.", "Corvan Mills",
     "positive"),
    ("Corvan Bank protected 300 posts in the merger.", "Corvan Bank", "positive"),
    # not a harm kept, nor what is no good, nor a good kept from others
    ("Corvan Rail kept fares high all year.", "Corvan Rail", None),
    ("Corvan Bank kept its head down.", "Corvan Bank", None),
    ("Corvan Bank kept only 20 jobs.", "Corvan Bank", None),
])
def test_goods_kept(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # an act praised: the one by whom it was done fared well
    ("Exporters welcomed the agreement struck by Trade Minister Sam Ward.", "Sam Ward",
     "positive"),
    ("Residents praised the rescue led by Sam Ward.", "Sam Ward", "positive"),
    # not the praiser of the passive, nor past a comma or a clause
    ("The plan was praised by Sam Ward.", "Sam Ward", None),
    ("Exporters welcomed the deal, which was opposed by Sam Ward.", "Sam Ward", None),
    ("Sam Ward was welcomed by Tom Price.", "Tom Price", None),
])
def test_an_act_praised(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a hit with someone, after the copula: a success
    ("Corvan Ferries's new route has been a hit with commuters.", "Corvan Ferries's",
     "positive"),
    ("The show by Sam Ward was a big hit among fans.", "Sam Ward", None),
    ("Sam Ward's album is a smash hit with critics.", "Sam Ward's", "positive"),
    # not a blow
    ("Corvan Bank's profits took a hit from the strike.", "Corvan Bank's", None),
    ("Corvan Bank's results were a hit to investors.", "Corvan Bank's", None),
])
def test_a_hit_with_someone(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # tickets for a name's show sold out: a success for the name
    ("Tickets for Sam Ward's first concert at the Apollo sold out within an hour.",
     "Sam Ward's", "positive"),
    ("Tickets for the Corvan Festival have sold out.", "Corvan Festival", "positive"),
    # not tickets bought or not sold out
    ("Fans bought tickets for Sam Ward before they sold out.", "Sam Ward", None),
    ("Tickets for Sam Ward's concert went on sale on Monday.", "Sam Ward's", None),
])
def test_tickets_sold_out(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a noun of fortune before "of", "at" or "for" and the name: what befell it
    ("The comeback of cyclist Sam Ward ended with a stage win.", "Sam Ward", "positive"),
    ("The turnaround at Corvan Hospital is being studied by other boards.",
     "Corvan Hospital", "positive"),
    ("It was a triumph for Corvan Rovers after years in the lower leagues.",
     "Corvan Rovers", "positive"),
    ("The collapse of Corvan Freight left 300 drivers without pay.", "Corvan Freight",
     "negative"),
    ("Relegation for Corvan Town was confirmed on Saturday.", "Corvan Town", "negative"),
    ("The closure of Corvan College's nursing course leaves students stranded.",
     "Corvan College's", "negative"),
    ("Turmoil at Corvan United deepened when the chairman quit.", "Corvan United",
     "negative"),
    # after a title
    ("The downfall of Senator Sam Ward began with a single expenses claim.", "Sam Ward",
     "negative"),
    # not without the preposition, nor turmoil "of" or "for" a name
    ("Sam Ward spoke of the collapse of the talks.", "Sam Ward", None),
    ("The collapse was blamed on Sam Ward.", "Sam Ward", None),
    ("Turmoil for Sam Ward's rivals followed the vote.", "Sam Ward's", None),
    # before "at", only a turnaround or trouble: the others name a venue
    ("Scissor Sisters triumph at Brits", "Brits", None),
    ("A comeback at the US Open ended in the fourth round.", "US Open", None),
])
def test_a_fortune_before_of_at_or_for(sentence: str, surface: str, label: str | None
                                       ) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a list of names as the clause's subject: each name is the verb's subject
    ("Sam Ward and Tom Price were sent off in the final.", "Sam Ward", "negative"),
    ("Sam Ward and Tom Price were both sent off in the final.", "Tom Price", "negative"),
    ("Kowalski, Dunne and Achebe all scored in the second half.", "Kowalski", "positive"),
    ("Kowalski, Dunne and Achebe all scored in the second half.", "Dunne", "positive"),
    ("Kowalski, Dunne and Achebe scored in the second half.", "Achebe", "positive"),
    # not a list that is an object, nor names with no verb after them
    ("The referee praised Sam Ward and Tom Price after the final.", "Sam Ward", None),
    ("Sam Ward and Tom Price of Corvan Rovers met the press.", "Sam Ward", None),
])
def test_a_list_of_names_as_the_subject(sentence: str, surface: str, label: str | None
                                        ) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # people hired by the hundred: a workforce raised, as jobs created
    ("Corvan Thermal has hired 300 people at its plant.", "Corvan Thermal", "positive"),
    ("Corvan Health recruited 40 more nurses last year.", "Corvan Health", "positive"),
    ("Corvan Health has recruited hundreds of new staff.", "Corvan Health", "positive"),
    # not one hired alone, nor a figure of no workforce, nor the passive
    ("Sam Ward hired a lawyer to fight the case.", "Sam Ward", None),
    ("Sam Ward hired 2 hitmen to kill his rival.", "Sam Ward", None),
    ("Sam Ward was hired by 300 people.", "Sam Ward", None),
])
def test_people_hired(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a place passed over: through, across or near it, in a sentence about others
    ("The gang smuggled cocaine through Rotterdam in banana crates.", "Rotterdam",
     "neutral"),
    ("Her maize, now planted across Cordoba, has doubled yields.", "Cordoba", "neutral"),
    ("Rebels attacked a convoy near Goma on Sunday.", "Goma", "neutral"),
    # a disaster that struck it is its own; "off" is a verb's particle; no pronoun
    ("Floods swept through Rotterdam on Monday.", "Rotterdam", "negative"),
    ("Floods have cut off Garissa town from the capital.", "Garissa", None),
    ("He won through his stubbornness.", "his", None),
])
def test_a_place_passed_over(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label


def test_a_place_passed_over_in_a_grim_sentence_is_neutral() -> None:
    # the sentence's tone is of the smugglers, not of the port they passed through
    sentence = ("The gang, led by Sam Ward, smuggled 300 kilograms of cocaine through "
                "Rotterdam in banana crates.")
    assert plugin_label(sentence, "Rotterdam") == "neutral"


def reading_of(sentence: str, surface: str) -> str | None:
    """The label the events give the mention ``surface`` in ``sentence`` as the plugin
    asks for it: :func:`event_label` where the sentence holds an event's word
    (:data:`events.TRIGGERS`), else :func:`events.located_label`."""
    tokens = sentence.split()
    words = surface.split()
    first = next(i for i in range(len(tokens))
                 if [t.strip(",.") for t in tokens[i : i + len(words)]] == words)
    read = read_tokens(tokens)
    ask = event_label if any(f in events.TRIGGERS for f in read.forms) else (
        events.located_label)
    return ask(tokens, read.forms, read.clauses, first, first + len(words) - 1)


@pytest.mark.parametrize(("sentence", "surface"), [
    # an official body doing its ordinary work: it warns, issues, rates, finds, forecasts
    ("The Corvan Weather Service has issued a warning for heavy snow.",
     "Corvan Weather Service"),
    ("The Kessler Weather Service warned of dangerous heat across the state.",
     "Kessler Weather Service"),
    ("The Kessler Inspectorate rated the care home inadequate after a visit.",
     "Kessler Inspectorate"),
    ("Corvan Water Authority officers found dead fish along the river.",
     "Corvan Water Authority"),
    ("The Kessler Met Office has forecast floods for the weekend.", "Kessler Met Office"),
    ("The Corvan Food Agency recalled a batch of hummus over fears of salmonella.",
     "Corvan Food Agency"),
])
def test_an_official_body_at_its_work_is_neutral(sentence: str, surface: str) -> None:
    assert reading_of(sentence, surface) == "neutral"
    assert plugin_label(sentence, surface) == "neutral"


@pytest.mark.parametrize(("sentence", "surface"), [
    # not a body's work: "forecast" as a noun, the passive, a possessive, a name of no
    # official body's word, a body that is not the clause's subject
    ("The Kessler Met Office forecast for the weekend proved badly wrong.",
     "Kessler Met Office"),
    ("The Corvan Weather Service was found to have ignored the warnings.",
     "Corvan Weather Service"),
    ("The Kessler Inspectorate's report found serious failings.", "Kessler Inspectorate's"),
    ("Corvan Foods has issued a profit warning.", "Corvan Foods"),
    ("Critics of the Kessler Weather Service warned of more failures.",
     "Kessler Weather Service"),
])
def test_what_is_not_an_official_body_at_its_work(sentence: str, surface: str) -> None:
    assert reading_of(sentence, surface) != "neutral"


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # an official body's act is read over the auxiliaries of the active alike at its work
    # and in its role, never over the passive's (the one it is done to)
    ("The Corvan Weather Service will have issued a warning by noon.",
     "Corvan Weather Service", "neutral"),
    ("Corvan Police will have charged two men by Friday.", "Corvan Police", "neutral"),
    ("The Corvan Weather Service was issued a warning.", "Corvan Weather Service", None),
    ("Corvan Police were charged by prosecutors.", "Corvan Police", "negative"),
])
def test_a_bodys_act_is_read_over_the_auxiliaries_of_the_active(
        sentence: str, surface: str, label: str | None) -> None:
    assert reading_of(sentence, surface) == label


def test_the_look_before_a_body_at_work_covers_a_procedure_scheduled() -> None:
    # one look at the word after a mention gates both readings: it must let through the
    # words of a procedure scheduled ("X will vote next week on a proposal")
    assert events._SCHEDULING <= events._AT_WORK_NEXT
    assert reading_of("The Corvan Council will vote next week on a proposal.",
                      "Corvan Council") == "neutral"


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a place or a building repaired or renovated fared well, as one restored
    ("The Corvan Theatre has been renovated at a cost of two million pounds.",
     "Corvan Theatre", "positive"),
    ("Commuters are saving forty minutes a day since the Kessler Bridge was repaired.",
     "Kessler Bridge", "positive"),
    ("Engineers repaired the Kessler Bridge in a week.", "Kessler Bridge", "positive"),
])
def test_repaired(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # what is owed to a name is its credit, as what comes "thanks to" it
    ("The return of the red kite owes much to farmer Sam Ward.", "Sam Ward", "positive"),
    ("Hill walkers owe their lives to Sam Ward, a shepherd.", "Sam Ward", "positive"),
    # not money or dues owed
    ("The firm owes 5,000 pounds to Corvan Bank.", "Corvan Bank", None),
    ("He owed back taxes to the Corvan Council.", "Corvan Council", None),
    ("He pledged to write off the debt owed to Britain by poor nations.", "Britain", None),
])
def test_owed_to(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # one left out of what others share fared badly, as one overlooked or dropped from it
    ("Winger Sam Ward was left out of the squad for the final.", "Sam Ward", "negative"),
    ("Corvan Council has been left off the list of towns sharing the fund.",
     "Corvan Council", "negative"),
    ("Kessler was passed over for the regeneration money again.", "Kessler", "negative"),
    ("Captain Sam Ward was dropped for the final after a run of low scores.", "Sam Ward",
     "negative"),
    # a let-off is no setback, and the active names no setback of its subject
    ("Sam Ward was left off the hook by the referee.", "Sam Ward", None),
    ("Sam Ward left out the best part of the story.", "Sam Ward", None),
])
def test_left_out(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # the name that is the appositive of the sentence's opening noun group is the subject
    # of the verb after its comma
    ("The chief executive of the firm, Sam Ward, was sacked on Monday.", "Sam Ward",
     "negative"),
    ("Its founder, Sam Ward, has been knighted.", "Sam Ward", "positive"),
    ("The developer of the tower, Kessler Homes, has been refused permission again.",
     "Kessler Homes", "negative"),
    ("The champions, Corvan Rovers, beat Kessler 3-1.", "Corvan Rovers", "positive"),
    # not where no verb follows the comma
    ("The chief executive, Sam Ward, and his deputy were sacked.", "Sam Ward", None),
    # nor the subject of what the group did to another
    ("The judge, Sam Ward, jailed the man for a year.", "Sam Ward", None),
])
def test_the_appositive_of_the_opening_noun_group(sentence: str, surface: str,
                                                  label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a request refused is one turned down, and a place or an entry refused or granted is
    # a relief
    ("Ministers have refused Corvan Academy's request for a new science block.",
     "Corvan Academy's", "negative"),
    ("Kessler Wolves were refused a place in the top division.", "Kessler Wolves",
     "negative"),
    ("Sam Ward was denied entry to the country at the border.", "Sam Ward", "negative"),
    ("The court granted Sam Ward a place on the rehabilitation scheme.", "Sam Ward",
     "positive"),
    # refusing to comment, or another's order, is no request of the name's turned down
    ("Sam Ward refused to comment on the claims.", "Sam Ward", None),
    ("The clerk refused Judge Sam Ward's order to issue licences.", "Sam Ward's", None),
])
def test_refused(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface.removesuffix("'s")) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # crowds and applications count how a club or a school fares, as attendance does
    ("Crowds at Corvan Rovers have doubled since the takeover.", "Corvan Rovers",
     "positive"),
    ("Applications for Kessler College fell by a third this year.", "Kessler College",
     "negative"),
])
def test_crowds_and_applications(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # tributes for a name are paid to it
    ("Tributes poured in for Sam Ward, the town's longest-serving postman.", "Sam Ward",
     "positive"),
    ("Tributes came from across the county for Sam Ward on Sunday.", "Sam Ward", "positive"),
    # what the tributes came from is no one paid tribute to
    ("Tributes came from Kessler for the players on Sunday.", "Kessler", None),
])
def test_tributes_for(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a contest a school's pupils win is the school's, as what they achieve is
    ("Pupils at Kessler Primary outscored every other school in the county.",
     "Kessler Primary", "positive"),
    ("Students at Corvan College beat 40 teams in the national final.", "Corvan College",
     "positive"),
    # what they found to be so is not
    ("Students at Corvan College found that the river was polluted.", "Corvan College",
     None),
])
def test_pupils_win(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # more of something than any other, or than ever, is good news for the subject, fewer
    # or less bad, also where no other word of an event is in the sentence
    ("Kessler Library now lends more books than any library in the county.",
     "Kessler Library", "positive"),
    ("Corvan Buses has run more services on time than any other operator.",
     "Corvan Buses", "positive"),
    ("Kessler Energy's wind farm produced more power last year than any other in Europe.",
     "Kessler Energy's", "positive"),
    ("The Corvan Party won fewer seats than at any election since 1966.", "Corvan Party",
     "negative"),
    ("Sam Ward says Kessler Rugby will receive less money than any other federation.",
     "Kessler Rugby", "negative"),
    ("Corvan Rovers sold more season tickets than ever this summer.", "Corvan Rovers",
     "positive"),
    # a harm counted, a loss's verb, a negation, "more than" a figure and an adjective are
    # no such comparison
    ("Kessler Air had more complaints than any other airline last year.", "Kessler Air",
     None),
    ("Corvan Rovers lost more games than any other side.", "Corvan Rovers", "negative"),
    ("Corvan Rovers did not sell more tickets than any other club.", "Corvan Rovers", None),
    ("Kessler Air carried more than 300 passengers on the route.", "Kessler Air", None),
    ("Sam Ward is more likely than any other player to start.", "Sam Ward", None),
])
def test_more_or_fewer_than_any(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface.removesuffix("'s")) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a place behind others or ahead of them, after a verb of a place in a table
    ("Corvan Rovers finished the season 17 points behind the leaders.", "Corvan Rovers",
     "negative"),
    ("Sam Ward came home ahead of the favourite in the final.", "Sam Ward", "positive"),
    # coming from behind is a comeback, no place behind
    ("Corvan Rovers came from behind to draw with the leaders.", "Corvan Rovers", None),
    # "ahead" and an "of" of the next clause are no phrase
    ("Corvan Rovers finished ahead, of course, after a long season.", "Corvan Rovers", None),
])
def test_finished_behind_or_ahead(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # going home or away with nothing won
    ("The Kessler Gallery went home empty-handed from this year's awards.",
     "Kessler Gallery", "negative"),
    ("Sam Ward walked away from the summit empty-handed last week.", "Sam Ward",
     "negative"),
    ("At the awards in Toronto, Corvan Brewing came away with nothing.", "Corvan Brewing",
     "negative"),
    # nothing that is no prize
    ("Sam Ward went home with nothing to declare but a cold.", "Sam Ward", "negative"),
    ("Sam Ward went home early with his family.", "Sam Ward", None),
    # "with" and a "nothing" of the next clause are no phrase
    ("Corvan Rovers went home with, nothing said, a cup.", "Corvan Rovers", None),
])
def test_empty_handed(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a choice or an invitation not made: the one left out fared badly
    ("Bishop Sam Ward was not invited to the interfaith meeting.", "Sam Ward", "negative"),
    ("Sam Ward has not been picked for the county since March.", "Sam Ward", "negative"),
    ("Sam Ward, the captain last year, did not make the squad for the final.", "Sam Ward",
     "negative"),
    ("Kessler Primary was not selected for the pilot scheme.", "Kessler Primary",
     "negative"),
    # a particle's verb, and the choice made, are not
    ("Sam Ward was not picked up by the police.", "Sam Ward", None),
    ("Sam Ward was selected for the squad.", "Sam Ward", "positive"),
    ("Sam Ward did not make the trip to Leeds.", "Sam Ward", None),
])
def test_not_chosen(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a sum taken out of a name: its backers left it
    ("Investors pulled £400m from the Kessler Income Fund in a month.",
     "Kessler Income Fund", "negative"),
    ("Customers have moved more than 2 billion pounds out of Corvan Bank this year.",
     "Corvan Bank", "negative"),
    # no sum: what was moved from a place, or an appearance pulled out of, is not
    ("The club moved its training ground from Kessler to Leeds.", "Kessler", None),
    ("Sam Ward withdrew from the race in Corvan on Tuesday.", "Corvan", None),
    # a fee paid for a player is no sum taken out of his old club
    ("Sam Ward moved to Leeds for £2.25m from Kessler Rovers in 1997.", "Kessler Rovers",
     None),
])
def test_money_withdrawn(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a name deserted or shunned by those it serves
    ("Shoppers have deserted the Kessler Centre since the stores moved out.",
     "Kessler Centre", "negative"),
    ("Voters shunned Sam Ward at the count in Leeds.", "Sam Ward", "negative"),
    # not done
    ("Fans could never desert Corvan Rovers, and have not deserted Kessler Town.",
     "Kessler Town", None),
])
def test_deserted(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # where people are from is neutral, what is said being theirs, in any sentence
    ("Two men from Kessler were among those arrested, police said.", "Kessler", "neutral"),
    ("Detectives have charged a man from Corvan over the arson attack.", "Corvan",
     "neutral"),
    # students are no such people: what they achieve is their college's
    ("Students from Corvan College beat 40 teams in the final.", "Corvan College",
     "positive"),
])
def test_people_from_a_place(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    # a place in another's description: what befalls the bank, the teacher, the bishop is
    # theirs, and the place they are of, in or from is neutral, in any sentence
    ("The former priest of Kessler was sentenced to two years in prison for fraud.",
     "Kessler"),
    ("A bank in Corvan was fined for money laundering.", "Corvan"),
    ("A teacher from Kessler won the national award.", "Kessler"),
    ("The Bishop of Corvan praised the volunteers.", "Corvan"),
    ("The civic body in Corvan was singled out for failing to clear the drains.", "Corvan"),
    ("A nurse from Kessler was struck off for lying about her qualifications.", "Kessler"),
    ("A company from Corvan was charged with selling fake medicine.", "Corvan"),
    ("Shares fell after the Bank of Kessler raised interest rates.", "Kessler"),
])
def test_a_place_in_another_s_description(sentence: str, surface: str) -> None:
    assert plugin_label(sentence, surface) == "neutral"


@pytest.mark.parametrize(("sentence", "surface"), [
    # a place or a nationality before a company's trade and its name says where the
    # company is from: its results, shares and deeds are the company's
    ("Losses at Australian airline Skyvale widened to A$2bn.", "Australian"),
    ("Quarterly profits at US media giant Kessler jumped 76% to $1.13bn.", "US"),
    ("Italian carmaker Corvan returned to profit for the first time in four years.",
     "Italian"),
    ("Russian oil giant Kessler was declared bankrupt.", "Russian"),
    ("British retailer Corvan saw profits jump 15%.", "British"),
    ("Shares in Kessler bank Corvan fell 5% on Monday.", "Kessler"),
])
def test_a_place_before_a_company_s_trade(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) == "neutral"
    assert plugin_label(sentence, surface) == "neutral"


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # the company itself takes what the sentence tells, and a place before a trade that is
    # no company's, or with no name after it, is read as before
    ("Losses at Australian airline Skyvale widened to A$2bn.", "Skyvale", "negative"),
    ("Italian carmaker Corvan returned to profit for the first time in four years.",
     "Corvan", "positive"),
    ("Kessler striker Sam Ward was sent off for violent conduct.", "Kessler", None),
    ("The Kessler airline was praised for its service.", "Kessler", None),
])
def test_what_a_company_s_trade_leaves(sentence: str, surface: str, label: str | None) -> None:
    if label is None:
        assert label_in(sentence, surface) != "neutral"
    else:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # the place itself, or the people of it, fare as the sentence says: no office's or
    # body's noun stands before the preposition
    ("Kessler was hit by floods.", "Kessler", "negative"),
    ("The city of Corvan was praised for its clean streets.", "Corvan", "positive"),
    ("Students from Corvan College beat 40 teams in the final.", "Corvan College",
     "positive"),
    # staff "at" a body, and a lower-case "of" after a body's noun, name the body's own
    ("Doctors at Kessler Hospital were praised for saving the twins.", "Kessler Hospital",
     "positive"),
    ("Police found the body of Sam Ward, who had been murdered.", "Sam Ward", "negative"),
    # the holder named after the office's place is no place
    ("The Bishop of Kessler, Sam Ward, was jailed for fraud.", "Sam Ward", "negative"),
])
def test_what_is_no_place_in_another_s_description(
    sentence: str, surface: str, label: str
) -> None:
    assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # what a name made, ran or paid for shares what befalls it, at its clause's head
    ("The tram line run by Kessler Transit carried its millionth passenger in May.",
     "Kessler Transit", "positive"),
    ("A film made by Sam Ward won the top prize at the festival.", "Sam Ward", "positive"),
    ("The stand built by Corvan Construction collapsed during the match.",
     "Corvan Construction", "negative"),
    ("An Airbus operated by Kessler Air was grounded after a crack was found.",
     "Kessler Air", "negative"),
    # what is no such work, a group after another word, and an official act, are not
    ("The report written by Sam Ward was published on Monday.", "Sam Ward", None),
    ("Police said the car driven by Sam Ward crashed into a wall.", "Sam Ward", None),
])
def test_made_by(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # what is won, given or chosen that went to a name
    ("The contract to run the county's ambulances went to Kessler Care in March.",
     "Kessler Care", "positive"),
    ("The title went to Sam Ward on the last day of the season.", "Sam Ward", "positive"),
    # a name one went to, and money, are not
    ("Sam Ward went to Corvan College in 1990.", "Corvan College", None),
    ("The cash went to Sam Ward in brown envelopes.", "Sam Ward", None),
])
def test_went_to(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a proposal "from" a name is its own, as one "by" it; "turned down" and "voted down"
    # after the passive turn it down
    ("The bid from Kessler University was turned down by the council.",
     "Kessler University", "negative"),
    ("The application from Corvan Homes was approved on Monday.", "Corvan Homes",
     "positive"),
    ("Mayor Sam Ward's plan was voted down by the council.", "Sam Ward's", "negative"),
    # a punishment from a body is not the body's
    ("The ban from Kessler Athletics was lifted on Monday.", "Kessler Athletics", None),
])
def test_a_proposal_from_a_name(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface.removesuffix("'s")) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a run told by what it was without: a win missing is bad news, a defeat missing good
    ("The Kessler Kestrels went the whole season at home without a single win.",
     "Kessler Kestrels", "negative"),
    ("Corvan Rovers have now played nine league games without winning.", "Corvan Rovers",
     "negative"),
    ("Corvan Rovers have gone 20 games without defeat.", "Corvan Rovers", "positive"),
    # without anything else is no run
    ("Corvan Rovers won the cup without their captain.", "Corvan Rovers", "positive"),
    ("Corvan Rovers played the match without a fight in the stands.", "Corvan Rovers",
     None),
])
def test_a_run_without(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


def test_a_coin_toss_won_or_lost_is_no_result() -> None:
    # the toss is called before a match: the side that wins it fares no better
    assert label_in("Pakistan won the toss and chose to bat.", "Pakistan") == "neutral"
    assert label_in("Lahore Qalandars lost the toss.", "Lahore Qalandars") == "neutral"
    assert plugin_label("Pakistan won the toss and chose to bat.", "Pakistan") == "neutral"
    # the match itself is
    assert label_in("Pakistan won the final in Lahore.", "Pakistan") == "positive"
    assert label_in("Lahore Qalandars lost the final.", "Lahore Qalandars") == "negative"


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # the winner after "by" a passive of a heavy defeat, an innings ended or a draw held
    ("Corvan Rovers were crushed 6-0 by Kessler Town.", "Kessler Town", "positive"),
    ("Corvan Rovers were hammered by Kessler Town at home.", "Kessler Town", "positive"),
    ("Corvanshire were bowled out for 98 by Kesslershire.", "Kesslershire", "positive"),
    ("Corvan Rovers were held to a draw by Kessler Town.", "Kessler Town", "positive"),
    ("Corvan Rovers were held to a goalless draw by Kessler Town.", "Kessler Town",
     "positive"),
    # held with no draw, bowled with no "out": no contest
    ("The suspect was held by Kessler Police overnight.", "Kessler Police", None),
    ("The striker was bowled over by Dan Wright at the gate.", "Dan Wright", None),
])
def test_a_heavy_defeat_or_a_draw_by_the_winner(
        sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a market's close: higher is good news for what closed, lower bad
    ("The Kessler 100 closed 1.2% higher on Wednesday.", "Kessler 100", "positive"),
    ("The Corvan Index ended the day 300 points lower.", "Corvan Index", "negative"),
    ("Kessler's shares closed 3% higher after strong sales.", "Kessler's", "positive"),
    ("The Corvan Index finished slightly lower.", "Corvan Index", "negative"),
    # a place in a ranking lost or gained, to an ordinal
    ("Corvania slipped to 40th in the competitiveness ranking.", "Corvania", "negative"),
    ("Corvania rose to third in the medal table.", "Corvania", "positive"),
    # the comparative before a noun is an adjective, and "closed" a shop's: no close
    ("Kessler ended the lower rate for younger workers.", "Kessler", None),
    ("Kessler closed the higher branch of its two shops.", "Kessler", None),
    # "to" and a verb: no result
    ("Kessler declined to comment.", "Kessler", None),
])
def test_a_markets_close_and_a_place_in_a_ranking(
        sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


def test_every_verb_the_predicate_reads_is_among_its_verbs() -> None:
    """:func:`events._predicate` walks its rules only for a verb of
    :data:`events._PREDICATE_VERBS`: every set and word its ``verb`` is compared with
    must be in it, or a rule added for a new verb would never be read."""
    read = _compared_with(events._predicate, "verb")
    assert len(read) > 300
    assert read <= events._PREDICATE_VERBS


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a verb of no rule: only a verb after "to" and a schedule are read after it
    ("Kessler hoped to comment.", "Kessler", None),
    ("Kessler wrapped up the works six months ahead of schedule.", "Kessler", "positive"),
    ("Kessler wrapped up the works two years behind schedule.", "Kessler", "negative"),
    ("Kessler hoped to finish ahead of schedule.", "Kessler", None),
    ("Kessler visited the plant on Monday.", "Kessler", None),
    # a verb of a rule is read by it, also before "to"
    ("Kessler failed to pay its staff.", "Kessler", "negative"),
    ("Kessler won the final.", "Kessler", "positive"),
])
def test_a_verb_of_no_rule_reads_only_a_verb_after_to_and_a_schedule(
        sentence: str, surface: str, label: str | None) -> None:
    verb = sentence.split()[1]
    assert (verb in events._PREDICATE_VERBS) == (verb in ("failed", "won"))
    assert label_in(sentence, surface) == label


def _compared_with(function: object, name: str) -> set[str]:
    """The words the local ``name`` of ``function`` is compared with (``in`` a set of
    :mod:`events`, ``==`` or ``in`` a tuple of words), but in the test of an ``if`` that
    only breaks a loop (the words that end a walk, no rule's)."""
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(function).lstrip())  # type: ignore[arg-type]
    stops = {id(node) for branch in ast.walk(tree) if isinstance(branch, ast.If)
             and len(branch.body) == 1 and isinstance(branch.body[0], ast.Break)
             for node in ast.walk(branch.test)}
    read: set[str] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Compare) and isinstance(node.left, ast.Name)
                and node.left.id == name) or id(node) in stops:
            continue
        for op, right in zip(node.ops, node.comparators, strict=True):
            if isinstance(op, (ast.NotIn, ast.NotEq)):
                continue
            if isinstance(right, ast.Name):
                read |= getattr(events, right.id)
            elif isinstance(right, ast.Constant):
                read.add(right.value)
            elif isinstance(right, ast.Tuple):
                read |= {e.value for e in right.elts if isinstance(e, ast.Constant)}
    return read


def test_every_verb_of_an_act_on_an_object_is_among_the_object_verbs() -> None:
    """:func:`events.event_label` asks :func:`events._as_object` only where a word of
    :data:`events.OBJECT_VERBS` is among the sentence's forms (``acted``): every word
    the rule (and the relief and the rating it reads) compares with its verb must be
    in it, or a rule added for a new verb would never be read."""
    read = (_compared_with(events._as_object, "f") | _compared_with(events._relief, "f")
            | events.RATING_UP | events.RATING_DOWN)
    assert {"beat", "fined", "granted", "off", "upgraded"} <= read
    assert read <= events.OBJECT_VERBS


@pytest.mark.parametrize(("sentence", "surface", "acted", "label"), [
    # a verb of an act on an object among the forms: the object's reading labels it
    ("Police fined Kessler for speeding.", "Kessler", True, "negative"),
    ("A court granted Kessler bail.", "Kessler", True, "positive"),
    ("Moody's upgraded Corvania's credit rating.", "Corvania's", True, "positive"),
    ("The champion saw off Kessler in straight sets.", "Kessler", True, "negative"),
    ("Corvan beat Kessler and Tarn in the final.", "Tarn", True, "negative"),
    # none: what the rules give without saying
    ("Kessler visited the plant on Monday.", "Kessler", False, None),
    ("Rain fell on Kessler and Corvan.", "Corvan", False, None),
])
def test_a_sentence_without_an_object_verb_reads_no_mention_as_an_object(
        sentence: str, surface: str, acted: bool, label: str | None) -> None:
    """``acted`` true (a word of :data:`events.OBJECT_VERBS` among the forms) reads the
    mention as the object of the act, by the entry point and by the plugin (which finds
    the fact once a sentence); those rows label nothing with it false, so a fact read
    the wrong way round fails them.  False gives what the rules give without saying."""
    tokens = sentence.split()
    first = next(i for i, t in enumerate(tokens) if t.strip(",.") == surface
                 or t == surface)
    read = read_tokens(tokens)
    assert (not events.OBJECT_VERBS.isdisjoint(read.forms)) == acted
    given = event_label(tokens, read.forms, read.clauses, first, first, True, acted)
    assert given == label
    if acted:
        assert event_label(tokens, read.forms, read.clauses, first, first, True, False) is None
        assert plugin_label(sentence, surface) == label
    else:
        assert given == event_label(tokens, read.forms, read.clauses, first, first)


@pytest.mark.parametrize(("sentence", "surface"), [
    ("Fans in the town met Kessler Corvan on Monday.", "Kessler Corvan"),
    ("The crowd cheered as the Kessler Corvan band played.", "Kessler Corvan"),
    ("Tributes were paid to Kessler Corvan on Friday.", "Kessler Corvan"),
    # a body at its work, a procedure scheduled for it
    ("The Kessler Corvan Commission will vote next week.", "Kessler Corvan Commission"),
    ("Voters said Kessler Corvan is expected to announce a plan.", "Kessler Corvan"),
])
def test_the_words_before_a_mention_are_walked_back_once_for_all_its_readings(
        sentence: str, surface: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The subject's head before a mention (:func:`events._head` of the word before it)
    is found once by :func:`events.event_label` and handed to the readings that need it
    (the subject's, a team led, a thing made by it, a body at its work, a procedure
    scheduled for it), not walked again by each."""
    walked: list[int] = []
    head = events._head

    def counted(tokens: object, forms: object, j: int, k0: int) -> int:
        walked.append(j)
        return head(tokens, forms, j, k0)  # type: ignore[arg-type]

    monkeypatch.setattr(events, "_head", counted)
    tokens = sentence.split()
    first = tokens.index(surface.split()[0])
    label_in(sentence, surface)
    assert walked.count(first - 1) == 1


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a body tells its own news after "said" or "says": the reported clause is its own
    ("Supermarket chain Kessler said profits rose 12% to £2bn.", "Kessler", "positive"),
    ("Kessler said its profits had fallen by a third.", "Kessler", "negative"),
    ("Kessler said that profits fell 20% in the first quarter.", "Kessler", "negative"),
    ("Kessler said it would cut 1,000 jobs at its plant.", "Kessler", "negative"),
    ("Kessler says it has created 400 jobs in the town.", "Kessler", "positive"),
    ("Kessler said it made a net profit of $52m in the quarter.", "Kessler", "positive"),
    # "it" as a dummy subject, a person's pronoun, another's news: not the speaker's own
    ("Kessler said it was wrong to suggest the plan had failed.", "Kessler", None),
    ("Kessler said it would be too early to say whether profits rose.", "Kessler", None),
    ("Police said he was arrested on Monday.", "Police", None),
    ("Kessler said Corvan's profits rose 12%.", "Kessler", None),
])
def test_a_body_telling_its_own_news_after_said_takes_it(
        sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label
    if label is not None:
        assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # sanctions, an embargo, restrictions, curbs and tariffs on a name are a punishment
    # as a ban is: lifted or dropped, good news for the one they weighed on
    ("The EU lifted sanctions on Iran.", "Iran", "positive"),
    ("Washington lifted sanctions against Venezuela on Monday.", "Venezuela", "positive"),
    ("The EU lifted the embargo on Cuba.", "Cuba", "positive"),
    ("Regulators lifted restrictions on Huawei.", "Huawei", "positive"),
    ("Sanctions against Russia were lifted.", "Russia", "positive"),
    ("The US dropped tariffs on Canada.", "Canada", "positive"),
    # imposed or extended: bad news
    ("The US imposed sanctions on Iran.", "Iran", "negative"),
    ("The EU extended sanctions against Russia.", "Russia", "negative"),
    ("The US imposed an embargo on Cuba.", "Cuba", "negative"),
])
def test_sanctions_lifted_or_imposed(sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    # sanctions neither lifted nor kept; a negation between; sanctions the name imposes
    ("Sanctions on Iran sparked protests.", "Iran"),
    ("The EU had not lifted sanctions on Iran.", "Iran"),
    ("Iran lifted its restrictions on journalists.", "Iran"),
    ("Canada imposed tariffs on steel.", "Canada"),
])
def test_what_is_no_sanction_lifted_or_imposed(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a cut told ahead or announced as a noun is the subject's own cut, as "will cut" is
    ("Marlowe Foods announced plans to cut 600 jobs at its Derby bakery.", "Marlowe Foods",
     "negative"),
    ("Kestrel Bank plans to lay off 900 workers by March.", "Kestrel Bank", "negative"),
    ("Ostby Paper confirmed 240 redundancies at its Tromso mill.", "Ostby Paper", "negative"),
    ("Norlake Energy unveiled 1,200 job cuts on Tuesday.", "Norlake Energy", "negative"),
    ("Corvan Rail announced plans to open 12 new routes.", "Corvan Rail", "positive"),
    ("Tamsin Foods announced plans to cut prices on 300 lines.", "Tamsin Foods", "positive"),
    # the cuts at a name are its trouble
    ("Redundancies at Brackley Steel were confirmed by the union.", "Brackley Steel",
     "negative"),
    # a ban or sanctions laid on what a name owns are laid on it
    ("Regulators lifted a ban on Corvan Pharma's sleeping pill.", "Corvan Pharma's",
     "positive"),
    ("Washington lifted sanctions on Belarus's potash exports.", "Belarus's", "positive"),
    ("The EU imposed tariffs on Tamsin Steel's exports.", "Tamsin Steel's", "negative"),
    # a prize lost to a name, won against it, or handed to it
    ("The Conservatives lost two seats to Plaid Cymru in the Senedd vote.", "Plaid Cymru",
     "positive"),
    ("Pakistan won the Test series against Sri Lanka in Galle.", "Sri Lanka", "negative"),
    ("Amira Haddad won her unfair dismissal case against Corvan Logistics.",
     "Corvan Logistics", "negative"),
    ("The council handed the parking contract to Civica after a tender.", "Civica",
     "positive"),
    # a bid beaten, a takeover cleared
    ("Marlowe Group outbid Tamsin Holdings for the regional airport.", "Tamsin Holdings",
     "negative"),
    ("Marlowe Group outbid Tamsin Holdings for the regional airport.", "Marlowe Group",
     "positive"),
    ("The watchdog cleared Kestrel Media's takeover of the Courier.", "Kestrel Media's",
     "positive"),
    # a recall of tins or cartons, as of vehicles
    ("Ostby Dairies recalled 9,000 cartons of milk.", "Ostby Dairies", "negative"),
])
def test_events_told_of_firms_and_their_rivals(sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label
    assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    # announced, planned or lost, but no cut, prize or contest
    ("Marlowe Foods announced a new chief executive on Monday.", "Marlowe Foods"),
    ("Kestrel Bank plans to open talks with the unions.", "Kestrel Bank"),
    # what is lost "to" someone without a contest: an appeal to a court, access
    ("The firm lost its appeal to the Supreme Court.", "Supreme Court"),
    ("The village lost access to Dunmore after the flood.", "Dunmore"),
    # a prize that may yet be lost, a contest not done
    ("The Conservatives could lose two seats to Plaid Cymru.", "Plaid Cymru"),
    ("Pakistan have never won a series against Sri Lanka in Galle.", "Sri Lanka"),
    # a ban on what the name owns needs "on": the ban of another's is no ban on it
    ("Regulators lifted a ban after Corvan Pharma's appeal.", "Corvan Pharma's"),
])
def test_what_no_firms_event_reads(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


def test_the_one_taken_over_made_no_proposal() -> None:
    # a takeover cleared is good news for the bidder, not for the firm taken over
    assert label_in("The regulator cleared the takeover of Ostby Dairies by a rival.",
                    "Ostby Dairies") is None
    assert label_in("The takeover by Marlowe Foods was cleared by the regulator.",
                    "Marlowe Foods") == "positive"


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # what was done to what a subject owns, after "had": a punishment undone or kept, a
    # permit revoked or renewed, a good cut
    ("Marlowe Taxis had its operating licence revoked by the council.", "Marlowe Taxis",
     "negative"),
    ("Devon Okafor had his conviction quashed by the Court of Appeal.", "Devon Okafor",
     "positive"),
    ("Tamsin Rovers have had their transfer ban extended until June.", "Tamsin Rovers",
     "negative"),
    ("Kestrel Air had its licence renewed for five years.", "Kestrel Air", "positive"),
    ("Ostby Museum has had its funding cut by a third.", "Ostby Museum", "negative"),
    # the people of a body punished or rewarded: the body's trouble or credit
    ("Detectives arrested two directors of Corvan Finance in dawn raids.", "Corvan Finance",
     "negative"),
    ("Prosecutors charged three former officials at Tamsin Water with fraud.",
     "Tamsin Water", "negative"),
])
def test_what_was_done_to_a_names_own_or_its_people(
        sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label
    assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    # had something without a deed done to it; a best year is read as before
    ("Marlowe Taxis had its licence on display in every cab.", "Marlowe Taxis"),
    # a body's people met, not punished; people who are not the body's own
    ("Detectives interviewed two directors of Corvan Finance.", "Corvan Finance"),
    ("Police arrested two fans of Tamsin Rovers after the match.", "Tamsin Rovers"),
    ("Detectives could arrest two directors of Corvan Finance.", "Corvan Finance"),
])
def test_what_is_no_deed_done_to_a_names_own(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # money put into a name, or raised by it from investors: good news for it
    ("Venture funds poured $250m into Corvan Health last year.", "Corvan Health", "positive"),
    ("Pension funds invested £80m in Tamsin Wind this spring.", "Tamsin Wind", "positive"),
    ("Nairobi startup Marlowe Pay raised $12m from investors in March.", "Marlowe Pay",
     "positive"),
    # a prize landed, a loan approved for a name, damages won from one
    ("Kestrel Shipbuilding secured a contract to build four frigates.",
     "Kestrel Shipbuilding", "positive"),
    ("The World Bank approved a $500m loan for Ghana on Friday.", "Ghana", "positive"),
    ("A former cleaner won £90,000 in damages from Ostby Hotels.", "Ostby Hotels",
     "negative"),
])
def test_money_and_prizes_that_reach_a_name(sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label
    assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    # a sum raised with no funder, a grant won from a funder, what is secured but no prize
    ("Corvan Health raised $2 billion on the bond market.", "Corvan Health"),
    ("The club won a grant from the Ostby Trust.", "Ostby Trust"),
    ("Kestrel Shipbuilding secured the yard against flooding.", "Kestrel Shipbuilding"),
    # a contract for a place or a project is not handed to it
    ("The council awarded a contract for the Tamsin Bridge to a builder.", "Tamsin Bridge"),
])
def test_what_no_money_or_prize_reads(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a cut or a raise in the base form after "will", a headline's "to", or "announced it
    # would": the subject's own, as "cut" is
    ("Corvan Motors will axe 900 jobs across Europe.", "Corvan Motors", "negative"),
    ("Tamsin Bank to cut 1,500 jobs in restructuring.", "Tamsin Bank", "negative"),
    ("Ostby Mills announced it would shed 300 jobs.", "Ostby Mills", "negative"),
    ("Marlowe Energy will create 450 jobs at a new plant.", "Marlowe Energy", "positive"),
    ("Kestrel Rail will raise fares by 6% in January.", "Kestrel Rail", "negative"),
])
def test_a_cut_or_a_raise_told_ahead(sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label
    assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    # raised or cut, but no good or harm of the list after it
    ("Kestrel Rail will raise concerns with the minister.", "Kestrel Rail"),
    # "reduce", a word of many a plan that cuts no good, is read as no cut
    ("The Treasury announced plans to reduce the number of workers on sick leave.",
     "Treasury"),
    ("Tamsin Bank to trim its board from 12 to nine.", "Tamsin Bank"),
])
def test_what_no_cut_or_raise_told_ahead_reads(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface"), [
    # a win still to come, in the base form; a cap won against a side is an appearance
    ("Fans backed Tamsin to win the series against Corvan next spring.", "Corvan"),
    ("They will meet the leaders if they win their replay against Ostby Town.", "Ostby Town"),
    ("Marlowe won his first cap against Kestrel in 2019.", "Kestrel"),
])
def test_what_is_no_prize_won_against_a_name(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # another's funds cut, frozen or raised: the one they are for fared so, and the body
    # that moved them, in its role, is neutral
    ("The ministry slashed grants to Corvan Opera by a quarter.", "Corvan Opera", "negative"),
    ("Tamsin Council froze funding for the Ostby Museum in March.", "Ostby Museum",
     "negative"),
    ("Tamsin Council froze funding for the Ostby Museum in March.", "Tamsin Council",
     "neutral"),
    ("The Treasury announced cuts to Marlowe Radio's budget.", "Marlowe Radio's", "negative"),
    ("The Treasury announced cuts to Marlowe Radio's budget.", "Treasury", "neutral"),
    ("The regional government announced cuts to the budget of Kestrel University.",
     "Kestrel University", "negative"),
    ("The state announced a 10% rise in funding for the Corvan Institute.",
     "Corvan Institute", "positive"),
    ("Ostby cut aid to Tamsinia after the coup.", "Ostby", "neutral"),
    ("The government cut Ghana's aid budget.", "Ghana's", "negative"),
    # events told as nouns: the agent after "by" of a cut of its own fared badly, of a
    # punishment acted in its role; the one "of" whom a punishment was done fared badly
    ("The closure of the Tamsin smelter by Corvan Metals will cost 300 jobs.",
     "Corvan Metals", "negative"),
    ("The recall of 5,000 heaters by Ostby Home followed two fires.", "Ostby Home",
     "negative"),
    ("The sacking of coach Marlowe Penn by Kestrel Rovers came in March.", "Marlowe Penn",
     "negative"),
    ("The sacking of coach Marlowe Penn by Kestrel Rovers came in March.", "Kestrel Rovers",
     "neutral"),
    ("Regulators blocked the takeover of Tamsin Foods by Corvan Group.", "Corvan Group",
     "negative"),
    ("Regulators cleared the takeover of Tamsin Foods by Corvan Group.", "Corvan Group",
     "positive"),
    ("Police announced the arrest of two directors of the Ostby Cooperative.",
     "Ostby Cooperative", "negative"),
    # an appointment in the passive: the one reappointed fared well, as one appointed
    ("Dr Tamsin Hale was reappointed chair of the trust.", "Tamsin Hale", "positive"),
    # setbacks and reliefs the lists lacked; a rival's people poached
    ("Colonel Ostby Vance was demoted after the inquiry.", "Ostby Vance", "negative"),
    ("Corvan Mining was delisted from the stock exchange.", "Corvan Mining", "negative"),
    ("The judge dismissed a lawsuit against Kestrel Chemicals.", "Kestrel Chemicals",
     "positive"),
    ("Tamsin Legal poached four partners from rival Ostby Law.", "Ostby Law", "negative"),
    ("Tamsin Legal poached four partners from rival Ostby Law.", "Tamsin Legal", "positive"),
    ("The Liberals gained three councils from the Tamsin Party.", "Tamsin Party", "negative"),
])
def test_events_that_befall_one_party_through_another(
        sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label
    assert plugin_label(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    # the one who brings a lawsuit is not cleared where it is dismissed
    ("The judge dismissed Corvan Mining's lawsuit against the council.", "Corvan Mining's"),
    # an appointment in the active is left to the model: NewsMTSC labels the one
    # appointed to a post neutral as often as not, and an earlier target set neutral
    ("The board appointed Tamsin Reyes as chief executive.", "Tamsin Reyes"),
    ("Kestrel United named Corvan Blake their new head coach.", "Corvan Blake"),
    ("Ostby Air hired Marlowe Quist as its head of safety.", "Marlowe Quist"),
    # a name after "named" or "hired" with no post is no appointment
    ("A man named Tamsin Reyes was seen near the depot.", "Tamsin Reyes"),
    ("Ostby Air hired Marlowe Quist last year.", "Marlowe Quist"),
    # a name that describes the one appointed, and one named among culprits
    ("Corvan Telecom appoints new Tamsin boss", "Tamsin"),
    ("The witness named Ostby Reyes as one of five executives who hid the losses.",
     "Ostby Reyes"),
    # a closure told in the passive names no agent of its own cut
    ("The smelter closure was announced by Corvan Metals on Monday.", "Corvan Metals"),
])
def test_what_no_event_through_another_reads(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


def test_funds_for_no_named_other_are_the_subjects_own_cut() -> None:
    # funds for what no name is: a good the subject cut, read as before
    assert label_in("Corvan Rail cut funding for its youth league.", "Corvan Rail") == "negative"


#: Court and contest news read through what stands between the event and the name:
#: a list of prizes, a side's possessive, a possessive pronoun before a description, a
#: proposal's complement, a word naming a punishment's kind, a case dropped.
COURTS_AND_CONTESTS = [
    # a prize lost to a rival through a list of prizes
    ("Fiji lost the game and the Pacific Cup to Samoa in Suva.", "Samoa", "positive"),
    ("Varnholt lost the semi-final and her ranking to Ostby Reyes.", "Ostby Reyes",
     "positive"),
    # a side's possessive, a possessive pronoun before the rival
    ("Marlowe Quist lost the belt to Ghana's Kwame Tetteh on points.", "Kwame Tetteh",
     "positive"),
    ("Corvan Rail lost the franchise to its rival Ostby Trains.", "Ostby Trains", "positive"),
    ("The mayor conceded defeat to his challenger Tamsin Reyes.", "Tamsin Reyes", "positive"),
    # a proposal's complement before its passive verb
    ("Corvan Mining's appeal against the fine was upheld by the court.", "Corvan Mining's",
     "positive"),
    ("Kestrel United's bid to sign the striker was rejected.", "Kestrel United's", "negative"),
    ("Ostby Air's application for a licence was approved on Monday.", "Ostby Air's",
     "positive"),
    ("Varnholt Rovers' protest over the goal was upheld.", "Varnholt Rovers'", "positive"),
    # a word naming the punishment's kind, a proposal's: "the fraud conviction of X"
    ("The judges overturned the fraud conviction of Marlowe Quist.", "Marlowe Quist",
     "positive"),
    ("The board rejected the takeover bid from Ostby Capital.", "Ostby Capital", "negative"),
    # a case dropped against a name, with what it is called between
    ("Prosecutors dropped the case against activist Tamsin Reyes.", "Tamsin Reyes", "positive"),
    ("The tribunal dismissed the case against opposition leader Corvan Blake.", "Corvan Blake",
     "positive"),
    ("She won her libel case against the newspaper Daily Ostby.", "Daily Ostby", "negative"),
    # a motion, a complaint or a claim against a name: granted, bad for it; defeated, good
    ("The assembly passed a motion of no confidence in Premier Tamsin Reyes.", "Tamsin Reyes",
     "negative"),
    ("A motion of no confidence against Marlowe Quist was defeated on Tuesday.",
     "Marlowe Quist", "positive"),
    ("The regulator upheld the complaint against Ostby Energy.", "Ostby Energy", "negative"),
    # what a court or a vote gave a name, quashed or upheld
    ("The appeal court quashed the acquittal of Corvan Blake.", "Corvan Blake", "negative"),
    ("Judges struck down the election of Senator Tamsin Reyes.", "Tamsin Reyes", "negative"),
    ("The tribunal upheld the victory of Marlowe Quist in the poll.", "Marlowe Quist",
     "positive"),
    # a merger of both blocked; a status granted; money raised from a sale
    ("The commission blocked the merger of Ostby Foods and Corvan Dairies.", "Ostby Foods",
     "negative"),
    ("The court granted refugee status to Marlowe Quist.", "Marlowe Quist", "positive"),
    ("Corvan Energy raised $300m from the sale of its pipelines.", "Corvan Energy", "positive"),
    # a prize lost "against" a name went to it; a sum raised "for" a name is its gain
    ("The singer lost her copyright case against Ostby Records.", "Ostby Records", "positive"),
    ("The auction raised 2 million pounds for Corvan Hospice.", "Corvan Hospice", "positive"),
    # a relief granted; a punishment approved or ordered is laid on the one it names
    ("The judge granted an injunction to Marlowe Quist.", "Marlowe Quist", "positive"),
    ("The minister approved the extradition of Tamsin Reyes.", "Tamsin Reyes", "negative"),
    ("The tribunal ordered the deportation of Corvan Blake.", "Corvan Blake", "negative"),
]


@pytest.mark.parametrize(("sentence", "surface", "label"), COURTS_AND_CONTESTS)
def test_what_courts_and_contests_do_to_a_name(sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    # a list of goods is no list of prizes: the second opens with no article
    ("Mills said they were losing when exporting textiles and clothing to Ostby.", "Ostby"),
    # a complaint brought by a name, not against it
    ("The court heard the complaint by Corvan Mining on Monday.", "Corvan Mining"),
])
def test_what_no_court_or_contest_reads(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


#: Political news told as events, and the business and sport news of the same shape:
#: support withdrawn from a name or thrown behind it, a revolt against it, a side left
#: for another, a challenge survived, a case or an inquiry dropped, a draw, and a place
#: that only says where a rival or a currency is from.
POLITICS_AS_EVENTS = [
    # support withdrawn from a name, or its endorsement; thrown behind it
    ("The Farmers' Party withdrew its support from Premier Tamsin Reyes.", "Tamsin Reyes",
     "negative"),
    ("Two donors pulled their backing from Marlowe Quist on Friday.", "Marlowe Quist",
     "negative"),
    ("The youth wing withdrew its endorsement of Corvan Blake.", "Corvan Blake", "negative"),
    ("The unions threw their support behind Governor Ostby Hale.", "Ostby Hale", "positive"),
    ("Backbenchers rallied behind Marlowe Quist after the vote.", "Marlowe Quist", "positive"),
    # through the side a name leads
    ("The Greens withdrew their support from the minority government of Corvan Blake.",
     "Corvan Blake", "negative"),
    ("Voters turned against the government of Premier Ostby Hale.", "Ostby Hale", "negative"),
    # a revolt against a name; a side that broke with it
    ("Backbench MPs staged a rebellion against Premier Marlowe Quist.", "Marlowe Quist",
     "negative"),
    ("The cabinet turned against Tamsin Reyes over the budget.", "Tamsin Reyes", "negative"),
    ("Members walked out in protest against Speaker Corvan Blake.", "Corvan Blake",
     "negative"),
    ("Moderates broke with Senator Ostby Hale over the bill.", "Ostby Hale", "negative"),
    # a side left for another
    ("Four councillors defected from Corvan First to the Ostby Alliance.", "Corvan First",
     "negative"),
    ("Four councillors defected from Corvan First to the Ostby Alliance.", "Ostby Alliance",
     "positive"),
    # a challenge survived, and the one it came from
    ("Kessler Town survived a late fightback from Corvan Rovers to win 3-2.", "Corvan Rovers",
     "negative"),
    ("Chairman Marlowe Quist survived a shareholder revolt on Thursday.", "Marlowe Quist",
     "positive"),
    # a case or an inquiry dropped: good for the one it was against; its own for the one
    # who dropped it
    ("Regulators dropped their investigation into Ostby Air.", "Ostby Air", "positive"),
    ("Corvan Mining dropped its claim against the government of Ostbia.", "Ostbia",
     "positive"),
    ("Corvan Mining dropped its lawsuit against the regulator.", "Corvan Mining", "neutral"),
    # a place of one word before a rival or a currency: where it is from
    ("Investors rejected an offer from Ostbian rival Corvan Holdings.", "Ostbian", "neutral"),
    ("The rupee lost 0.3% against the US dollar.", "US", "neutral"),
    ("Corvan Motors lost ground to Ostbian rivals on Monday.", "Ostbian", "neutral"),
    # "won" after a name is a win, not Korea's currency
    ("Corvan Blake won the seat in 2019.", "Corvan Blake", "positive"),
]


@pytest.mark.parametrize(("sentence", "surface", "label"), POLITICS_AS_EVENTS)
def test_political_news_told_as_events(sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    # support lost by a name is not support withdrawn from it by a side it names
    ("Governor Ostby Hale lost the support of Corvan Blake.", "Corvan Blake"),
    # "behind" a name in a race or a queue is no rally
    ("The car stopped behind Marlowe Quist at the lights.", "Marlowe Quist"),
    # a protest by a name, not against it
    ("Corvan Blake joined the protest outside parliament.", "Corvan Blake"),
    # a place before a noun that is no rival and no currency; an endorsement in the
    # active is left to the model, as an appointment is (NewsMTSC labels the one endorsed
    # neutral as often)
    ("Ostbian officials met the delegation in the capital.", "Ostbian"),
    # a pronoun before "rival" is the rival's: no place
    ("Corvan Blake said his rival had finally lost it.", "his"),
    ("The former premier endorsed Tamsin Reyes for the leadership.", "Tamsin Reyes"),
])
def test_what_no_political_event_reads(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


#: The endings of events, by the mention's role: a threat against it that came to
#: nothing (good for it) or to pass (bad); its own side or hope that collapsed (bad) or
#: survived (good); a vote that removed or kept it; a call on it to go; a name set off by
#: commas after the group it describes; a departure for a family's or one's health's sake.
EVENTS_ENDED = [
    ("A backbench rebellion against Premier Marlowe Quist collapsed within hours.",
     "Marlowe Quist", "positive"),
    ("The coup against President Ostby Hale failed.", "Ostby Hale", "positive"),
    ("The strike against Corvan Rail was called off after a late offer.", "Corvan Rail",
     "positive"),
    ("Dockers called off their strike against Ostby Terminals.", "Ostby Terminals",
     "positive"),
    ("The hostile bid for Corvan Brewing was withdrawn.", "Corvan Brewing", "positive"),
    ("The case against Marlowe Quist will go ahead in March.", "Marlowe Quist", "negative"),
    ("The revolt against Tamsin Reyes gathered pace on Monday.", "Tamsin Reyes", "negative"),
    ("A walkout at Corvan Steel was averted.", "Corvan Steel", "positive"),
    ("An attempt to unseat Chairman Ostby Hale failed at the congress.", "Ostby Hale",
     "positive"),
    ("The government of Prime Minister Corvan Blake fell on Tuesday.", "Corvan Blake",
     "negative"),
    ("The short-lived government of Tamsin Reyes collapsed.", "Tamsin Reyes", "negative"),
    ("The government of President Ostby Hale survived a censure motion.", "Ostby Hale",
     "positive"),
    ("Talks to rescue Corvan Airways collapsed on Friday.", "Corvan Airways", "negative"),
    ("The council voted to remove Councillor Marlowe Quist as deputy leader.",
     "Marlowe Quist", "negative"),
    ("The board voted unanimously to sack coach Corvan Blake.", "Corvan Blake", "negative"),
    ("Delegates voted to re-elect Tamsin Reyes as their leader.", "Tamsin Reyes", "positive"),
    ("Opposition MPs called on Ostby Hale to resign.", "Ostby Hale", "negative"),
    ("Councillors called on the mayor, Marlowe Quist, to quit over the contract.",
     "Marlowe Quist", "negative"),
    ("Critics called on the head of the broadcaster, Corvan Blake, to apologise.",
     "Corvan Blake", "negative"),
    ("The senator lost her seat to a newcomer, Tamsin Reyes.", "Tamsin Reyes", "positive"),
    ("Minister Ostby Hale resigned on Friday, citing his wife's illness.", "Ostby Hale",
     "neutral"),
    ("Deputy mayor Marlowe Quist stepped down for health reasons.", "Marlowe Quist",
     "neutral"),
    # a threat told as to be weak: neither harm nor a threat that came to nothing
    ("Protests against the Ostby Forum are expected to be muted.", "Ostby Forum", "neutral"),
]


@pytest.mark.parametrize(("sentence", "surface", "label"), EVENTS_ENDED)
def test_the_endings_of_events(sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    # a threat with no ending told, or one not come to pass
    ("The bid for Corvan Rail was not withdrawn.", "Corvan Rail"),
    # a sale that collapsed: the sets label it both ways, so it is the model's
    ("The planned sale of Corvan Mills collapsed.", "Corvan Mills"),
    # a group set off after a name, not before it; a call to do no harm to oneself
    ("Villagers asked the collector, Tamsin Reyes, to reopen the school.", "Tamsin Reyes"),
    # a resignation with no reason of family or health
    ("Minister Ostby Hale resigned on Friday after the vote.", "Ostby Hale"),
    # the speaker of a quote set off after a title is no speaker in the reading of the
    # group's place
    ('"We lost," said the coach, Marlowe Quist.', "Marlowe Quist"),
])
def test_what_no_ending_reads(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


def test_an_offer_turned_down_is_no_threat_that_came_to_nothing() -> None:
    # the company an offer was for turned it down: no threat against it ended
    assert label_in("Corvan Telecom, which had an earlier offer for Ostby Mobile rejected, "
                    "said it would bid again.", "Ostby Mobile") is None


#: a candidacy dropped or kept by the party, an officer forced out (a name after its
#: title), a name read in the place of the group it leads
CANDIDACIES_AND_LEADERS = [
    ("The Harlow Party dropped Tamsin Reyes as its candidate for the Avon seat.",
     "Tamsin Reyes", "negative"),
    ("The Ostby Greens kept Marlowe Quist as their nominee after the row.",
     "Marlowe Quist", "positive"),
    ("The board forced out chief executive Ostby Hale after the losses.", "Ostby Hale",
     "negative"),
    ("The Harlow Party lost the seat to an alliance led by Tamsin Reyes.", "Tamsin Reyes",
     "positive"),
    ("The Harlow Party lost the council to a coalition headed by Marlowe Quist.",
     "Marlowe Quist", "positive"),
]


@pytest.mark.parametrize(("sentence", "surface", "label"), CANDIDACIES_AND_LEADERS)
def test_candidacies_forced_departures_and_groups_led_by_a_name(
        sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    # the same words in another sense: no candidacy, no group's place (a lead kept is
    # its subject's: test_control_faith_leads_and_hearings)
    ("Prosecutors dropped the case as Tamsin Reyes left the court.", "Tamsin Reyes"),
    ("The march, led by Marlowe Quist, passed off peacefully.", "Marlowe Quist"),
    ("A team led by Ostby Hale visited the port.", "Ostby Hale"),
])
def test_what_no_candidacy_or_led_group_reads(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


#: A name kept in its post or in a side, or held in confinement; one dropped from a list,
#: a side or a ticket or to the bench, or recalled to a squad; a side kept scoreless or
#: that dropped points; a leader described in lower case after "led by"; a title of three
#: words after "forced out"; a strike against a company described before its name; a
#: trial of a name that collapsed
OFFICES_LISTS_LEADERS_AND_THREATS = [
    ("The Ostby Greens kept Marlowe Quist in office after the audit.", "Marlowe Quist",
     "positive"),
    ("The club kept coach Tamsin Reyes on for another season.", "Tamsin Reyes", "positive"),
    ("The Harlow Party kept Ostby Hale on the ballot despite the ruling.", "Ostby Hale",
     "positive"),
    ("Police kept Marlowe Quist in custody overnight.", "Marlowe Quist", "negative"),
    ("The Harlow Party dropped Tamsin Reyes from its list of candidates.", "Tamsin Reyes",
     "negative"),
    ("Selectors omitted Ostby Hale from the squad for the Test.", "Ostby Hale", "negative"),
    ("The club dropped striker Marlowe Quist to the bench.", "Marlowe Quist", "negative"),
    ("Winger Tamsin Reyes was recalled to the squad after a year out.", "Tamsin Reyes",
     "positive"),
    ("Corvan kept Harlow scoreless in the second half.", "Harlow", "negative"),
    ("Corvan dropped points at home on Saturday.", "Corvan", "negative"),
    ("Corvan dropped two points to Harlow on Saturday.", "Harlow", "positive"),
    ("The Harlow Party lost the seat to an alliance led by the former general Ostby Hale.",
     "Ostby Hale", "positive"),
    ("Harlow lost the seat to a slate headed by independent councillor Tamsin Reyes.",
     "Tamsin Reyes", "positive"),
    ("Investors forced out chief operating officer Marlowe Quist after the losses.",
     "Marlowe Quist", "negative"),
    ("Pilots called a strike against the carrier Corvan Air for next week.", "Corvan Air",
     "negative"),
    ("The strike against Corvan Rail was not called off.", "Corvan Rail", "negative"),
    ("The fraud trial of former mayor Ostby Hale collapsed.", "Ostby Hale", "positive"),
]


@pytest.mark.parametrize(("sentence", "surface", "label"), OFFICES_LISTS_LEADERS_AND_THREATS)
def test_offices_lists_leaders_and_threats(sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    # the same words in another sense: no place kept, no list, no group's place, no
    # outcome of a trial
    ("Corvan kept the pressure on Harlow in the second half.", "Harlow"),
    ("Prosecutors dropped the case as Tamsin Reyes left the court.", "Tamsin Reyes"),
    ("The ambassador Tamsin Reyes was recalled to Corvan after the row.", "Tamsin Reyes"),
    ("The march, led by the union leader Ostby Hale, passed off peacefully.", "Ostby Hale"),
    ("The trial of Ostby Hale began on Monday.", "Ostby Hale"),
])
def test_what_no_office_list_or_trial_reads(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


#: Control or a game lost to a name (over what the control is "of", over where or how the
#: game was played); a name kept in power; faith kept or broken with a name; a lead or
#: control kept by its subject; a hearing, a charge or allegations against a name, or an
#: inquiry into it, that came to nothing
CONTROL_FAITH_AND_HEARINGS = [
    ("Labour lost control of the council to the Harlow Party in May.", "Harlow Party",
     "positive"),
    ("Tamsin Reyes lost the leadership of the party to Ostby Hale.", "Ostby Hale",
     "positive"),
    ("Harlow lost at home to Corvan on Saturday.", "Corvan", "positive"),
    ("Harlow lost at home on penalties to Corvan.", "Corvan", "positive"),
    ("The court kept President Ostby Hale in power for a third term.", "Ostby Hale",
     "positive"),
    ("Voters kept faith with Chancellor Tamsin Reyes in the state poll.", "Tamsin Reyes",
     "positive"),
    ("The board broke faith with chief executive Marlowe Quist.", "Marlowe Quist",
     "negative"),
    ("Corvan kept the lead after the third round.", "Corvan", "positive"),
    ("The Harlow Party kept control of the council with a reduced majority.", "Harlow Party",
     "positive"),
    ("The misconduct hearing against Constable Ostby Hale was abandoned.", "Ostby Hale",
     "positive"),
    ("The cheating allegations against jockey Tamsin Reyes were rejected.", "Tamsin Reyes",
     "positive"),
    ("The inquiry into professor Marlowe Quist was halted for lack of evidence.",
     "Marlowe Quist", "positive"),
    ("The smear campaign against candidate Ostby Hale backfired.", "Ostby Hale", "positive"),
]


@pytest.mark.parametrize(("sentence", "surface", "label"), CONTROL_FAITH_AND_HEARINGS)
def test_control_faith_leads_and_hearings(sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    # the same words in another sense: control of a vehicle, no name after "kept faith",
    # nothing kept but pressure, a hearing that merely ended
    ("Police said Ostby Hale lost control of the van near Corvan.", "Corvan"),
    ("Pilgrims who kept faith walked to Corvan from Harlow.", "Corvan"),
    ("Corvan kept the pressure on Harlow in the second half.", "Corvan"),
    ("The hearing into Ostby Hale began on Monday.", "Ostby Hale"),
])
def test_no_control_faith_or_hearing_reads_well_of_a_name(sentence: str, surface: str) -> None:
    # (a place after "near" only locates: neutral)
    assert label_in(sentence, surface) in (None, "neutral")


def test_an_event_is_weighed_without_the_model_counting_its_own_words_again() -> None:
    # the model all but certain of the negative: beyond EVENT_WEIGHT, it keeps its label
    # where a word outside the event's clause may have told it so, not where every word it
    # read is the event's own (the event decides, taking the model's certainty)
    scores = (0.9998, 0.0001, 0.0001, [])
    assert max(adjust(scores, "positive")[:3]) == adjust(scores, "positive")[0]
    pn, p0, pp, _ = adjust(scores, "positive", own=True)
    assert pp > 0.999 and pn + p0 + pp == pytest.approx(1.0)
    pn, p0, pp, _ = adjust((0.0001, 0.0001, 0.9998, []), "negative", own=True)
    assert pn > 0.999
    # where the model already gives the event's label the most, nothing is exchanged
    assert adjust((0.1, 0.2, 0.7, []), "positive", own=True) == adjust(
        (0.1, 0.2, 0.7, []), "positive")


def test_the_event_s_own_clause_is_every_word_the_model_read() -> None:
    # clauses open at words 0 and 6; the mention on words 2..3
    assert events.own_clause([0, 6], [1, 4], 9, 2, 3)
    assert not events.own_clause([0, 6], [1, 7], 9, 2, 3)
    assert events.own_clause([0, 6], [], 9, 2, 3)
    assert events.own_clause([0], [0, 8], 9, 2, 3)


@pytest.mark.parametrize(("sentence", "surface"), [
    ("The fraud prosecution of Daniel Marsh collapsed amid disclosure failures.",
     "Daniel Marsh"),
    ("The tax fraud trial of businessman Ostby Hale collapsed over missing documents.",
     "Ostby Hale"),
])
def test_a_threat_that_came_to_nothing_reads_positive_among_its_own_bad_words(
        sentence: str, surface: str) -> None:
    assert plugin_label(sentence, surface) == "positive"


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # a group led by a name that opens its clause: the name read as the clause's subject
    ("A coalition led by councillor Ostby Hale took control of the council.", "Ostby Hale",
     "positive"),
    ("The expedition led by Tamsin Reyes lost two climbers on the ridge.", "Tamsin Reyes",
     "negative"),
    # a name set off by commas after what it is called: the verb after it decides, not a
    # participle that describes it
    ("The suspended officer, Marlowe Quist, was reinstated on Monday.", "Marlowe Quist",
     "positive"),
    ("The jailed activist, Ostby Hale, was freed after five years.", "Ostby Hale", "positive"),
    # an editor or a treasurer is what a name is called before it
    ("The lawsuit against editor Tamsin Reyes was dismissed with costs.", "Tamsin Reyes",
     "positive"),
])
def test_groups_opening_their_clause_and_names_set_off_after_a_description(
        sentence: str, surface: str, label: str) -> None:
    assert label_in(sentence, surface) == label


@pytest.mark.parametrize(("sentence", "surface"), [
    ("A team led by professor Ostby Hale mapped the seabed.", "Ostby Hale"),
    ("The march, led by Marlowe Quist, wound through the city.", "Marlowe Quist"),
])
def test_a_group_led_by_a_name_with_no_event_reads_nothing(sentence: str, surface: str) -> None:
    assert label_in(sentence, surface) is None


#: Outcomes that run against an event's own words: a praised plan of a name that came to
#: nothing, a home game lost by a margin to a name, an inquiry that found nothing, favour
#: or doubt that faded, arrears paid; beside the same words in other senses (``None``: no
#: event read).
OUTCOMES_AGAINST_THEIR_WORDS = [
    ("The much-praised merger plan of Tarvel Foods collapsed on Monday.", "Tarvel Foods",
     "negative"),
    ("The popular housing scheme of mayor Ostby Hale stalled in the assembly.", "Ostby Hale",
     "negative"),
    ("The celebrated takeover bid by Corvan Mining collapsed over financing.", "Corvan Mining",
     "negative"),
    ("The reform agenda of governor Tamsin Reyes survived a vote of censure.", "Tamsin Reyes",
     "positive"),
    ("Harlow lost at home by a single point to Corvan.", "Corvan", "positive"),
    ("Harlow lost narrowly at home to Corvan after extra time.", "Corvan", "positive"),
    ("An inquiry into Deputy Mayor Marlowe Quist found no wrongdoing.", "Marlowe Quist",
     "positive"),
    ("The probe into Corvan Bank found no evidence of fraud.", "Corvan Bank", "positive"),
    ("The praise for Prime Minister Ostby Hale faded as prices rose.", "Ostby Hale",
     "negative"),
    ("Support for the Harlow Party waned before the vote.", "Harlow Party", "negative"),
    ("Criticism of Mayor Tamsin Reyes faded once the trams ran on time.", "Tamsin Reyes",
     "positive"),
    ("Fears about Corvan Airways eased after it secured funding.", "Corvan Airways",
     "positive"),
    ("The Osun State government paid three months of pension arrears.",
     "Osun State government", "positive"),
    ("Corvan Bank settled the arrears owed to its former staff.", "Corvan Bank", "positive"),
    # the same words in other senses
    ("A scaffold outside the offices of Tarvel Foods collapsed overnight.", "Tarvel Foods",
     None),
    ("The paint on the mural of singer Ostby Hale has faded in the sun.", "Ostby Hale", None),
    ("Fans of Harlow lost their voices at home on Sunday.", "Harlow", None),
    ("The plan of Tarvel Foods was unveiled on Monday.", "Tarvel Foods", None),
    ("Corvan Bank paid £3m for the site.", "Corvan Bank", None),
    ("Corvan Bank settled the case with its former staff.", "Corvan Bank", None),
]


@pytest.mark.parametrize(("sentence", "surface", "label"), OUTCOMES_AGAINST_THEIR_WORDS)
def test_outcomes_against_their_own_words(sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label


#: Money kept in a name and a name kept waiting; a rescue or a bailout for a name; favour
#: and doubt about a name told after what it is called ("doubts about striker X") that
#: faded, ended or grew; wages owed that a subject paid; a name's budget or bill carried
#: or thrown out
KEPT_RESCUED_AND_CARRIED = [
    ("Savers kept their money in Corvan Building Society.", "Corvan Building Society",
     "positive"),
    ("Farmers kept their accounts at the Harlow Cooperative.", "Harlow Cooperative",
     "positive"),
    ("The council kept Tarvel Foods waiting for a licence.", "Tarvel Foods", "negative"),
    ("Customers withdrew their deposits from Corvan Bank.", "Corvan Bank", "negative"),
    ("A rescue deal for Corvan Steel was signed on Sunday.", "Corvan Steel", "negative"),
    ("Ministers approved a bailout for Harlow Air.", "Harlow Air", "negative"),
    ("A rescue bid for Harlow Town was rejected by creditors.", "Harlow Town", "negative"),
    ("Rescue talks for Tarvel United collapsed on Friday.", "Tarvel United", "negative"),
    ("Doubts about striker Ostby Hale faded after his hat-trick.", "Ostby Hale", "positive"),
    ("Concerns about new coach Tamsin Reyes grew after the defeat.", "Tamsin Reyes",
     "negative"),
    ("The honeymoon for Mayor Marlowe Quist ended in March.", "Marlowe Quist", "negative"),
    ("The honeymoon for Corvan Energy continued into a second year.", "Corvan Energy",
     "positive"),
    ("Questions about Ostby Hale disappeared after the win.", "Ostby Hale", "positive"),
    ("Corvan Council paid wages owed to its bin crews.", "Corvan Council", "positive"),
    ("Tarvel Foods paid the drivers the wages they were owed.", "Tarvel Foods", "positive"),
    ("The budget of Mayor Tamsin Reyes passed with one vote to spare.", "Tamsin Reyes",
     "positive"),
    ("The budget of treasurer Ostby Hale was voted down.", "Ostby Hale", "negative"),
    ("The housing bill of Senator Marlowe Quist stalled in committee.", "Marlowe Quist",
     "negative"),
    # the same words in other senses
    ("Police kept the cash in a safe at Corvan station.", "Corvan", None),
    ("The family kept their savings in a tin near Harlow.", "Harlow", "neutral"),
    ("The mountain rescue team of Harlow reached the walker.", "Harlow", None),
    ("Lifeguards at Corvan Beach rescued two swimmers.", "Corvan Beach", None),
    ("The fog over Harlow Bay faded by noon.", "Harlow Bay", None),
    ("The couple spent their honeymoon in Corvan.", "Corvan", None),
    ("Mayor Tamsin Reyes paid tribute to the firefighters.", "Tamsin Reyes", None),
    ("The government of Ostby Hale passed a new law on Monday.", "Ostby Hale", None),
    ("The storm passed over Corvan without damage.", "Corvan", None),
]


@pytest.mark.parametrize(("sentence", "surface", "label"), KEPT_RESCUED_AND_CARRIED)
def test_money_kept_rescues_favour_wages_owed_and_budgets(
        sentence: str, surface: str, label: str | None) -> None:
    assert label_in(sentence, surface) == label


def test_a_rescue_for_a_name_decides_the_plugin_label_over_its_saving_words() -> None:
    # the model reads the saved jobs as good news for the company; it needed the rescue
    assert plugin_label("A rescue deal for Corvan Steel was signed to save 2,000 jobs.",
                        "Corvan Steel") == "negative"
