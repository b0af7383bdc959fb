"""What a news event does to the targets it names: who won, who lost, who was punished.

The target model reads words near a mention and its role in the clause, and
it was taught on US political news, where results are rare: "Derry City beat
Shamrock Rovers 2-0", "Shares in X fell 4%", "X was jailed for six years",
"X reported a net loss", "a 3-0 defeat to X" tell a reader plainly who fared
well and who badly, yet hold no word of a sentiment lexicon near the target.
:func:`event_label` reads these events from a sentence's words and their forms
(:mod:`limner_sentiment.context`: a word's lower case, ``"<n>"`` for a word
with a capital, ``""`` for one without a letter), within the mention's clause.
A subject is a name at its clause's head (after "the" and words with a
capital, or "Shares in", and what the name is called in lower case before it:
"Japanese carmaker X", "former England striker X"; a reported clause opens
after "said", "say", "says" or "that"), with what is its own after it ("'s quarterly
profit", "shares"), a place or body ("of Winnipeg"), an age, a relative
clause of its own (", 41, who defeated") or an appositive between commas,
then auxiliaries or an adverb of manner ("soundly") and the verb (or, where
that names no event, a second verb after "and" or "but"); a list of names at a
clause's head is its subject, each name of it ("X and Y were both sent off", "X, Y
and Z all scored"); an object is a
name or a pronoun up to three words after its verb:

- **contests**: the subject of "beat", "defeated", "thrashed" ... won and its
  object lost; the one a defeat went to won ("a 3-0 defeat to X", "lost 6-3 to
  X", "lost by seven wickets to X", "went down to X", "was beaten by X"), the
  one a win came over lost ("a win over X", "victory against X"); the subject
  of "were beaten", "were eliminated" lost; the one who handed or inflicted a
  defeat won and the one handed it lost ("X handed Y their first defeat",
  "inflicted a 3-0 defeat on Y", "were handed a heavy defeat"), and the one
  "at the hands of" whom a defeat came won;
- **fortunes**: the subject of a gain ("won", "clinched", "qualified", "rose",
  "soared", "topped") or a loss ("lost", "fell", "slumped", "collapsed",
  "failed"), or the company whose shares, profit or sales these are ("Shares in
  X fell", "X's profit rose", "X shares jumped"); what falls of a bad thing is
  good ("X's losses fell", "Crime in X fell"), what rises of it bad ("Dengue
  cases in X have doubled", "Unemployment in X rose"); a gain with a particle
  after it is an idiom, not a result ("doubled down", "jumped into the race"),
  and so is a verb of a fall before "to" and a verb ("declined to comment");
  "became the first" is a gain, and so is a first or a win told with the
  copula ("is the first woman to head", "was the winner of"; not a first of a
  harm, "was the first person to be charged"); "has been unable to" a failure;
- **results**: the subject of "reported", "posted", "recorded" ... with a loss
  or a deficit in the words after (bad), or a profit, a record or growth (good,
  bad after a fall: "reported a drop in profit"); none of a harm is good
  ("recorded no deaths", "reported no rhino poaching"), none of a profit bad;
- **punishment and reward**: the one arrested, charged, accused, jailed, fined,
  banned, sacked ... (object, or subject of the passive, or the name before an
  appositive that opens with the participle: "X, accused of fraud, fled") fared
  badly; the accuser or critic (the subject of "accused", "blamed",
  "criticised", "condemned", "denounced" ..., or their agent after "by") says
  what the sentence holds against the other, and is neutral, as a speaker
  is; the one
  honoured, acquitted, freed, rescued, restored, repaired ..., or appointed to a post ("was
  appointed chief executive"), fared well (one elected is left to the model:
  NewsMTSC labels a career's elections neutral as often); a police force, a
  court, a regulator or another
  official body (a word of :data:`OFFICIAL` in its name) that punishes,
  rejects, cancels or rules is doing its work: neutral; the one ordered or
  told to pay, compensate or refund fared badly, as did the subject ordered,
  forced or compelled in the passive to do anything else ("was ordered by the
  High Court to rehouse", "was forced to cancel 40 flights"), the one who received an
  award (also by its name: "a Head of State Commendation") or was named "...
  of the Year" well;
- **harm done**: the subject that "left" people or homes "without" something;
- **what a subject raises or cuts**: a good ("cut 2,000 jobs", "raised its
  dividend", "created 400 jobs") or a harm ("increased fares", "halved waiting
  times"), the first of either within six words of the verb, and people hired
  by a figure ("has hired 300 people", "recruited 40 more nurses"); "fewer", "only",
  "no" before it leave the sense open ("created fewer jobs than expected"); an
  outbreak, a blaze, a wildfire or flooding "contained", "extinguished" or "averted" is
  a harm cut ("had contained the Nipah outbreak"); one shop, store, factory,
  office or restaurant, and a workforce, are goods as their plurals are ("opened its
  200th shop"), and "double" or "triple" raise as "doubled" does ("will double its
  workforce");
- **a contest's course**: the subject that "came back", "cruised", "rallied"
  ... to a win ("to beat X", "to a 4-1 win") or a draw ("came from behind to
  hold X 1-1"), that reached a later round
  ("reached the semi-finals", "booked their place in the final"), or was sent
  there ("sent X into the final"), fared well; the subject "held to a draw"
  badly, the one that "held X to a draw" well; the winner after a passive
  contest verb and "by" ("were knocked out of the Cup by X", "were crushed 6-0 by
  X", "were bowled out for 98 by X", "were held to a draw by X"), also after a
  side's description ("by League Two side X", "a defeat to Championship side
  X");
- **trouble and feats**: the subject that "faces" or "faced" something other
  than a fixture or a name ("faces a possible ban", not "face a home tie
  against X") fared badly, as did one that "struggled"; the one that "scored"
  (not "an own goal") or "saved" fared well;
- **how it went for a name**: "a blow for X", "a home defeat for X", "bad news
  for X" (bad); "a boost for X", "wins for X", "good news for X", "paid
  tribute to X" (good); a fortune's noun before "of", "at" or "for" ("the
  comeback of X", "the turnaround at X", "a triumph for X": good; "the downfall
  of X", "the collapse of X", "relegation for X", "turmoil at X": bad); the one a
  defeat came against won ("a nine-wicket
  defeat against X"), the one a prize was taken from lost ("took the seat
  from X"), and the subject that took or kept it won ("retained the ward");
  the one "declared winner" won; a side "held 0-0" drew; "stunned",
  "bowled out", "unseated", "overtook" are contest verbs, "suffered" a loss;
- **officials in their role**: the one after "by" and a punishment or an act
  of the role ("was arrested by the Hawks", "was placed under a commissioner by
  the Ministry") and an official body (a court, a council, a committee, a
  judge, a sheriff ...) that rejects, cancels, rules, orders, grants, refuses,
  approves, dismisses or issues are neutral, and so is a place that names where
  such a body is from ("US prosecutors charged", "Kisumu police have arrested");
  a body's agents ("Agents of the X arrested") act for it, and so do the police
  or officers in or from a place ("Police in Kisumu arrested", "Mounties in
  Nanaimo have charged": the place is neutral, and nothing else they do is its
  own), and a body's own official body ("Holyrood's finance committee has
  accused", "Kent's police arrested");
- **races**: the subject that leads, led or is leading where a margin or a poll
  follows ("leads Mr. Paul by 8 points", "led at 49 percent", "leading him in
  polling") fared well, and the rival behind it badly; the subject that trails
  fared badly, the one it trails well ("trail Labour by 9 points"); "topped X
  in three polls" put X behind; "led the party", "leads the inquiry" are no race;
- **punishments undone or kept**: the one whose conviction, ban or charges
  were quashed, overturned, dropped, lifted or reduced fared well ("quashed
  the conviction of X", "X's ban was lifted", "charges against X were
  dropped"), the one on whom a punishment was upheld or imposed badly ("upheld
  the conviction of X", "imposed a six-match ban on X"); sanctions, an
  embargo, restrictions, curbs and tariffs on a country or a company are read
  as a ban is ("lifted sanctions on X", "imposed an embargo on X"); not with a
  negation between ("did not quash");
- **a company's failure**: the subject that "went into administration", "went
  bust", "filed for bankruptcy" or "was placed into liquidation" fared badly;
- **honours**: the one "appointed to the Order of Canada" or "made an MBE"
  fared well, as one appointed to a post does;
- **reliefs**: the one granted bail, parole, asylum or a pardon fared well,
  the one denied or refused it badly ("granted bail to X", "X was denied
  parole", "granted X asylum"), and so with permission, consent, a licence, a
  visa, residency or citizenship ("was granted permission to build", "was
  refused a visa");
- **releases and setbacks**: the one "released from prison" (or custody,
  detention, captivity; "released on bail") or who "walked free" fared well;
  the one stripped of a title, "sent off", "dropped from" a side, "voted out",
  "made redundant", passed over ("was overlooked", "snubbed"), booed or
  jeered badly (a release from anything else, "released by her club", is no
  event);
- **a company's warnings, levels and closures; standings**: "issued a profit
  warning" is a bad result; the subject (or the company whose shares these
  are) that "hit a record high" fared well, "a five-year low" badly; closing
  or shutting stores, plants or offices is a cut of a good ("is to close 40
  stores"), opening them a gain; "downgraded" is done to the one it is done
  to, as a punishment is, "upgraded" as a reward; the subject that "came" or
  "finished" top or first fared well, bottom or last badly, and so did the one
  that "went" or "moved" top or bottom; the one that went in at, reached or
  hit "number one" fared well, as did the one that completed or staged a
  comeback, and the one that "made the final", "made the cut", "made the
  squad" or made a list of the best ("made the Asia's 50 Best list"; not
  "made the list of suspects"); the one that
  "was overtaken by" X lost to X; a side "wiped out" fared badly; the subject (or the
  company whose shares these are) that "closed", "ended" or "finished" higher, past a
  figure and the words of a measure, fared well, lower badly ("The Dax closed 0.8%
  higher", "X's shares ended the day 300 points lower"; not "ended the lower rate");
  a fall or a rise to an ordinal is a result ("slipped to 40th", "rose to third"), as
  one to a figure is;
- **harms escaped, boons handed**: the one "spared jail" or "saved from closure", or
  that "avoided a prison sentence", "escaped a ban" or "escaped with a warning", fared
  well
  (not "escaped from prison", a flight; not "avoided tax"); the one "handed a
  lifeline", "given the all-clear" or "given a standing ovation" well; the one
  "remanded in custody"
  badly; the subject that "claimed gold" or "scooped the title" won, and the
  one that "saw off" X won, X lost;
- **verdicts**: the one "found guilty" or "found liable" (subject of the
  passive, or object: "a jury found X guilty") fared badly, the one "found not
  guilty" or "declared innocent" well, also with the negation before the verb
  ("was not found guilty"); a plea ("pleaded not guilty") is no verdict;
- **research**: the body whose researchers, scientists or team ("Researchers
  at X have developed", "A team at X has captured") achieved something fared
  well, as did the school whose pupils or students achieved, won or passed
  ("Pupils at X achieved a 100% pass rate"), and so did the one who leads them ("A team
  led by Dr X at Y University has bred corals"); what they "found that" or "found
  no" is no achievement;
- **proposals**: the one whose plan, bid, application or appeal was granted
  ("approved X's application", "X's appeal was upheld") fared well, the one
  whose proposal was turned down ("rejected X's plan", "dismissed the
  application by X", "voted down Mayor X's plan") badly: read as a
  punishment undone or kept is, each noun with its own verbs;
- **recalls, records, targets, schedules**: the subject that recalled vehicles or
  products, or withdrew one from sale, fared badly ("recalled the meeting" is memory);
  the one that broke, set or lowered a record ("set a record low" is a level, and
  "lowered rates to a record low" no record broken), met or exceeded a target or
  forecasts, or finished ahead of schedule well, behind schedule badly; a record in a
  result says only how big it was ("reported a record loss" is bad); the subject that
  carried, sold, drew or welcomed a record or a milestone ("carried a record 160
  million passengers", "welcomed its millionth visitor") fared well, not where the
  record counts a harm ("handled a record number of complaints"), and the one that
  carried or sold more than before ("sold 18 per cent more SUVs") well, fewer badly;
  the one that had or reported its best year or quarter well, its worst badly ("did
  its best" is none); the one that had the lowest of a bad measure or the highest of a
  good one well ("had the lowest infant mortality rate", "recorded the highest
  turnout"), the other way round badly; the subject whose show, tour or season "sold
  out" fared well (not "sold out the country to Y", "sold out to a rival", "sold out
  of bread");
- **credit**: the one "thanks to" whom something came about fared well ("The library
  stayed open thanks to X", "Thanks to X's quick thinking, no one was hurt"), also
  through what X did ("thanks to the quick thinking of Captain X"); not "no thanks to X";
  so did the one to whom something is owed, other than money ("owes much to X",
  "owe their lives to X"; not "owes 5,000 pounds to X");
- **the progressive**: "is", "were", "has been" before a verb in -ing is the active,
  not the passive ("were beating X 2-0 at half-time" is a lead, not a defeat); the
  subject that "is recovering" or "is winning" fared well, as one that "recovered" or
  "won" did;
- **help given**: the subject that "helped", "helps" or "has been helping" ("X helped
  the village raise 40,000 pounds") fared well; not where what it helped is a harm
  ("helped fuel the row", :data:`FUELLED`), nor the one helped in the passive ("was
  helped from the pitch");
- **money given or raised for others**: the subject that "donated", "gave", "raised"
  or "pledged" a sum (a figure with a currency's sign, "money", "pounds", "million" ...)
  to or for someone ("X raised 5,000 pounds for the hospice", "X donated $50,000 to the
  fund") fared well; not a sum with no recipient ("raised $2 billion on the bond
  market") nor what is no sum ("gave 10 reasons for");
- **reopenings**: a place, a service or a business that "reopened" with no object
  after the verb fared well ("The A64 reopened on Monday"); what a subject reopens is
  another's ("reopened the inquiry");
- **nominations**: the one who "was nominated for" something (an award, a prize)
  fared well, as one shortlisted does; a nomination to a post is left to the model;
- **measures**: what counts how a body or a person fares (membership, attendance,
  approval, support, ratings, scores, ridership, audience, orders ..., or its shares
  and sales) before "of", "at", "in" or "for" and the name, or after its possessive,
  rose ("has grown", "improved", "reached a record") or fell ("dropped"): good or bad
  news for the name ("Membership of X has grown", "Sales at X dropped", "Approval of X
  fell"); the subject's own "dropped" or "grew" is not read;
- **lay-offs**: the subject that "laid off" or "will lay off" workers or staff cut
  them, as one that "cut 600 jobs" (:data:`LOWER`);
- **cuts told ahead**: the subject that announces, plans or intends a raise or a cut
  (:data:`INTENDS`: "announced plans to cut 300 jobs", "plans to lay off 400 workers",
  "announced it would shed 500 jobs", "unveiled plans to open 40 stores"), or whose
  headline puts "to" before it ("X to cut 2,000 jobs"), is read as one that made it (the
  base forms too: "will axe 900 jobs", "will create 450 jobs", "will raise fares"), and
  one that announces cuts as a noun (:data:`CUTS`: "confirmed 850 redundancies",
  "announced 2,000 job cuts") fared badly; so did the name after "at" such cuts ("job
  losses at X", "redundancies at X", :data:`TROUBLES_AT`); "announced a new chief
  executive" is none;
- **what was done to a subject's own**: after "had", "has" or "have" and "its", "his",
  "her" or "their", a punishment undone or kept ("had his conviction quashed": good; "had
  its ban extended": bad), a permit revoked or renewed (:data:`PERMITS`: "had its licence
  revoked": bad), a good cut or raised ("had its funding cut": bad);
- **a body's people**: the body whose directors, officials or staff (:data:`PEOPLE_OF`)
  were punished or rewarded fared so ("arrested two directors of X": bad); not people who
  are not its own ("two fans of X");
- **money and prizes that reach a name**: a sum poured or invested "into" or "in" it
  (:data:`INVESTED`: "Investors poured $400m into X"), raised by it from investors or in
  a funding round (:data:`FUNDERS`: "X raised $60m from investors"; not "on the bond
  market"), a prize it landed or secured (:data:`LANDED`: "landed a deal", "secured a
  contract"), a loan, a grant or a bailout approved "for" it ("approved a $3bn loan for
  X") are good news for it; damages or compensation won "from" it ("won £400,000 in
  damages from X") bad;
- **a ban on what a name owns**: a ban, sanctions or tariffs "on" a name's goods or
  parts are on the name ("lifted a ban on X's sleeping pill": good; "imposed tariffs on
  X's steel": bad), as "a ban on X" is;
- **prizes won from a rival**: the one "to" whom a prize was lost or handed ("lost three
  seats to X", "lost the final to X", "handed the contract to X") fared well, the one
  "against" or "over" whom it was won ("won the Test series against X", "won her libel
  case against X") badly, at most five words of the prize between (not after a modal or a
  negation, nor in the base forms, a contest to come: "backed X to win the series against
  Y"; nor what is lost or won without a contest: "lost its appeal to the High Court",
  "lost access to X", "won his first cap against X"); "outbid" is a contest verb; a
  takeover, a merger or an acquisition is a proposal of the one who makes it ("cleared
  X's takeover of Y": good for X; not for "the takeover of Y");
- **events through another**: funds cut, frozen or raised "to", "for", "from" or "of" a
  name or after its possessive (:data:`FUNDS_OF`: "slashed grants to X", "announced cuts
  to X's budget", "a 20% rise in funding for X") are bad or good news for the name, and
  the subject that moved them, in its role, is neutral; an event told as a noun gives
  its agent after "by" a cut of its own (:data:`NOMINAL_CUTS`: "the closure of the plant
  by X": bad) or a punishment done in its role (:data:`NOMINAL_PUNISH`: "the sacking of
  Y by X": neutral), and the one "of" whom a punishment was done fared badly ("the
  suspension of Dr X"); "the takeover of X by Y" is Y's proposal; the subject that
  "poached" a rival's people fared well, the rival "from" whom badly; a lawsuit
  "against" a name dismissed is good news for it (:data:`SUITS`);
- **courts and contests**: a prize lost "to" a name through a list of two prizes ("lost
  the match and the series to X") or "against" it ("lost his libel case against X") went
  to it; a sum raised "for" a name (:data:`RAISED_FOR`) or from a sale is its gain; the
  name is read through a possessive side or country, a possessive pronoun before a
  description and a title with a capital (:data:`TITLES`); a proposal's complement may
  stand before its passive verb ("X's bid to join the coalition was rejected"); a
  motion, a complaint or a claim "against" a name, or a motion of no confidence "in" it,
  is a proposal against it; what a court gave a name (:data:`DECIDED_BOONS`) upheld is
  good for it, quashed bad; a punishment approved or ordered is laid on it; a merger "of
  X and Y" blocked is bad for both;
- **deserts**: the subject that "earned" something fared well ("has earned
  accreditation", "earned a recall"), not a punishment or a rebuke ("earned a red
  card", "a ban", "a reputation for"), a sum, or what the subject's doing earned;
- **choices**: the one who "was chosen", "selected" or "picked" (from applicants, to
  host, for a squad) fared well, as one shortlisted does; not a particle's verb ("was
  picked up by police") nor a choice at random; the one who chooses is left to the model;
- **right or wrong to act**: the subject that "was right to", "is correct in", "was
  wise to" do something fared well ("X was right to hold rates"), the one that "was wrong
  to" or "unwise to" badly; not negated ("was not wrong to");
- **what is left, cheered or cleared**: the one left without something
  ("leaving the party without a single seat") fared badly, the one cheered or
  applauded well, and the subject that cleared a harm ("cleared a backlog")
  cut it;
- **places that locate**, read in any sentence (:func:`located_label`; the
  others only where an event's word is): an address after a name or an age
  ("X, 22, of Townsville"), a place joined to what it locates ("a Leeds-based
  lender"), and the first words of a body's or a building's name ("Leeds Crown
  Court", "the Massachusetts Institute of Technology", "Euston Station"), and a
  wire story's dateline, its place, state or country and agency ("CAIRO (AP) —",
  "BEIRUT, Lebanon — A blast ...") are neutral: what the sentence says is of the
  one so placed; so is a name passed over, after "through", "across" or "near"
  ("smuggled cocaine through Rotterdam"), where no event names it (a disaster that
  struck it does);
- **the one spoken to, the outlet**, read in any sentence too: the one after
  "told", "an interview with", "speaking to" ("told Reuters", "in an interview with
  CNN") is neutral; not the source after "according to";
- **the speaker of a quote**, read in any sentence too, where no event names
  it: the one after a quote and "said", "says" or "added" ('"...," said
  opposition leader X'), before "said" after a quote ('"...," X said') or
  before "said" and a quote ('X said: "..."') gets the label ``"speaker"``:
  where the model reads the speaker negative, what the quote holds against
  others is taken for blame of the speaker, and neutral decides; a speaker read
  positive or neutral is left as read (NewsMTSC labels many speakers by their
  praise);
- **decisions**: the one a court, a tribunal or a vote went against fared
  badly ("the High Court ruled against X", "a ruling against X", "voted 52-48
  against X"), the one it went for well ("found in favour of X", "the judge
  sided with X"); not with a negation before ("did not rule against X"), nor
  "voted for X" (NewsMTSC labels a voter's choice by the voter's stance: 2
  negative, 2 neutral, 1 positive in its file);
- **obituaries**: the subject of "died", "dies" or "passed away" after a
  relative clause between commas that tells the life ("X, who guided his group
  to three national titles, has died aged 72", "X, the soprano whose recordings
  ..., died on Sunday") fared well, as an obituary portrays it; not a death
  alone ("X has died": news, left to the model), nor a victim's (a harm in the
  clause, "who was shot"; "died after", "died from", "died in a crash");
- **places a disaster struck**, read in any sentence too, where no event names
  them: a flood, a storm, an earthquake, a wildfire, an outbreak ... (also in a
  storm's name: "Tropical Storm Ester") up to ten words before "in", "across" or
  "through" the place or a verb of striking it ("Flash floods in X swept away a
  bridge", "a typhoon hit parts of X and Y", "submerged 40 villages in X"), or
  the subject of the verb's passive ("X was battered by a storm"): negative; not
  a figure of speech ("a storm of protest in X") nor what guards against one
  or raises money for its victims ("flood defences held firm in X", "a tsunami
  warning", "a tsunami benefit show in X");
- **times**, read in any sentence too: a mention that is a day or a month
  alone ("on Thursday", not "May", "April" or "June", which are given names too)
  names a time, neutral;
- **procedures scheduled**, read in any sentence too: the subject at its clause's
  head for whom "will", "is expected to", "is due to", "is set to" or "is to"
  schedules a procedure of public life (vote, announce, meet, visit, testify,
  play, retire ...: :data:`PROCEDURES`) is news of what is to happen, neutral
  ("X will vote next week on a proposal", "X is expected to announce the aid
  package"); done ("X announced"), or no procedure ("X will face a hostile
  crowd", "X is expected to win"), it is read as before;
- **appositives, lists, participles, modals**: the one an appositive names
  is read as the object of the punishment or reward done to the noun group
  before it ("arraigned a former director of the Ports Authority, X, on a
  charge"); the last of a list of names as the first ("arrested X and Y";
  before a verb, which may be its own, only after a word: "Wins for Fulham
  and Crystal Palace"); what a subject's act did, in a clause of its
  participle after a comma, as its own ("opened the line, cutting the
  commute to 20 minutes"); a contest, punishment or reward after a modal
  ("must still beat X", "could charge X", "could have beaten X") is not yet
  done, and after a negation ("have not beaten X", "never beat X", "didn't
  beat X", "has never lost to X", "never won against X") not done, as is a
  defeat or a win before a modal ("A defeat to X would have ended their
  season", "A win over X could send them top"): no event
  (the subject of a negated verb has none either: "X was not charged" is left
  to the model, as NewsMTSC labels such a suspect by the suspicion), but a harm
  or a failure denied "a single" time is good news for its subject ("has not
  cancelled a single flight"), a gain so denied bad;
- **favourable portrayal where no list covered it**: a suspicion lifted ("found
  no wrongdoing at X", "lifting suspicion from X"), a gift from a name ("a gift
  of 200,000 dollars from X"), praise from a crowd ("Fans chanted X's name", "to
  welcome home X"), an act praised ("welcomed the agreement struck by X"), a
  rescue ("pulled three children from a burning house"), goods kept ("has kept
  every one of its 800 jobs"), money kept in a name ("savers kept their money in X";
  a name kept waiting fared badly), wages owed that a subject paid ("paid salaries
  owed to teachers"), a name's budget or bill carried ("the budget of X passed"; a
  rescue deal or a bailout for a name is bad for it), a right or a complaint upheld
  (as a proposal is), "vindicated" (as "cleared"), a windfall for a name (as a
  boost); and the one a bid, a challenge or a rally came from lost where it was
  beaten or held off ("beating bids from X", "held off a late rally from X");
- **clauses of time or reason**: after "as", "after", "when", "while", "since",
  "once", "because" or "why" the clause's subject is read at its head, as after
  "said" ("as Augsburg scored four"), its verb alone (no second verb after
  "and").

Where an event names the mention, the label it gives weighs :data:`EVENT_WEIGHT`
times its model probability (the model's probabilities renormalised): the event
decides unless the model gives its label less than about one chance in a thousand
against another ("cleared X of misconduct", where the harm's words make the model all
but certain the name fared badly, is read as the acquittal it is); where every word the
model read lies in the event's own clause, the event decides outright (:func:`own_clause`,
:func:`adjust`: "the fraud prosecution of X collapsed amid disclosure failures").  Where
it fails: events it has no word for ("its best month on record", "crossed Rs 80,000 crore
for the first time"), what is raised or cut that neither list holds ("lifted borrowing costs" is
read as neither), targets deep in a noun group ("Sales of the Ford F-150 dropped"),
an event reported by someone else as a claim ("X says Y beat Z" is read as the
sentence's), "lost" of a relative, and sentences whose judgement runs against the
result ("X won, but at a terrible cost").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from limner_sentiment.context import NAME, forms_and_clauses, is_cue

__all__ = [
    "EVENT_WEIGHT", "TRIGGERS", "adjust", "event_label", "located_label", "ordinal", "own_clause",
    "paired",
]


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Contest verbs: their subject won, their object lost.
WIN = _set(
    "beat beats beating defeated defeats defeating thrashed thrashes thrashing routed "
    "beaten trounced edged outclassed outplayed overcame overpowered eliminated eliminates swept "
    "hammered crushed downed humbled pipped whitewashed outscored dethroned knocked stunned "
    "bowled unseated unseating overtook overtaking overtakes overtaken outbid outbids"
)
#: Verbs of a gain: their subject fared well.
GAIN = _set(
    "won wins clinched clinches triumphed qualified rose risen rises jumped soared surged climbed "
    "rallied gained doubled tripled trebled rebounded recovered thrived boomed topped "
    "achieved scored netted saved recovering recovers winning"
)
#: Verbs of a loss: their subject fared badly.
LOSS = _set(
    "lost loses fell fallen slumped plunged plummeted tumbled sank slid crashed collapsed "
    "declined shrank failed defaulted trailed trails trailing stumbled folded bowed missed "
    "struggled struggles suffered suffers slipped slips"
)
#: Verbs of a lead in a race: a gain for their subject where a margin or a poll follows
#: (:data:`LEADS_BY`: "leads Mr. Paul by 8 points", "led at 49 percent", "leading him in
#: polling"); "led the party", "leads the team" are no race.
LEADS = _set("leads led leading")
#: Verbs of a race whose object is behind ("topped Trump in several polls"), or ahead.
AHEAD = _set("topped tops outpolled outpolls")
BEHIND = _set("trail trails trailed trailing")
#: What measures a lead in a race.
LEADS_BY = _set("percent cent percentage points point votes delegates seats poll polls polling")
#: What is done to someone who did wrong: the one it is done to fared badly.
PUNISH = _set(
    "arrested charged convicted jailed sentenced arraigned fined banned sued sues suing "
    "indicted accused accuses "
    "detained prosecuted deported evicted disqualified expelled impeached suspended "
    "sacked fired ousted dismissed barred grounded censured penalised penalized reprimanded "
    "deducted docked relegated stripped booed jeered heckled downgraded remanded demoted "
    "deselected delisted"
)
#: What is done to someone for their good: the one it is done to fared well.
REWARD = _set(
    "honoured honored awarded promoted acquitted cleared freed rescued congratulated "
    "knighted shortlisted inducted crowned upgraded cheered applauded restored reinstated "
    "vindicated exonerated repaired renovated refurbished"
)
#: The passive of an appointment to a post ("has been appointed chief executive"): the
#: one appointed fared well, as one promoted does (:data:`REWARD`); its active ("the
#: board appointed X") is left to the model, and "elected", which NewsMTSC labels
#: neutral in a career's story ("was elected to the Senate in 2008") as often as not.
APPOINTED = _set("appointed reappointed")
#: Words before "to" or "by" and a name that the name won against ("defeat to X").
DEFEATS = _set(
    "defeat defeats loss losses beaten defeated lost losing fell succumbed thrashed "
    "thrashing hammering drubbing"
)
#: Words before "over" or "against" and a name that the name lost to ("win over X").
WINS = _set("win wins victory victories triumph won winning")
#: "went down to X".
WENT = _set("went going go goes gone")
#: What is won, given or chosen, before a verb of :data:`WENT` and "to" a name, at most
#: :data:`AWARDED_OVER` words back ("The contract to run the ambulances went to X", "the
#: title went to X", "whose much-coveted endorsement went to X"): good news for the name,
#: as one chosen is; not money ("the cash went to X": a payment, a bribe as often).
AWARDED = _set(
    "contract contracts award awards prize prizes title titles trophy medal medals "
    "funding grant grants franchise licence license job post endorsement endorsements "
    "nomination places deal deals loan loans bailout"
)
AWARDED_OVER = 8
#: Verbs that report a company's results: what follows says how it fared.
RESULTS = _set(
    "reported posted recorded announced booked made swung returned earned issued"
)
#: Words after a good result that make it a bad one ("issued a profit warning").
WARNINGS = _set("warning warnings")
GOOD_RESULTS = _set("profit profits surplus record gain gains growth rise increase")
BAD_RESULTS = _set("loss losses deficit")
#: Words of :data:`GOOD_RESULTS` that only say how big a result was: what follows them
#: says which ("reported a record loss" is bad, "posted a record profit" good, "posted a
#: record" good).
RECORDS = _set("record")
#: Nouns of a fall before a result ("a drop in profit").
FALLING = _set("fall drop decline decrease slump plunge dip cut")
#: What a company's shares and results are called, before "in"/"of" and its name or
#: after its name ("Shares in X", "X shares", "X's profit").
HEADS = _set(
    "shares share stock stocks profit profits sales revenue revenues earnings value"
)
#: What counts how a body or a person fares, besides its shares and results
#: (:data:`HEADS`), before "of", "at", "in" or "for" and the name, or after its
#: possessive: its rise is good news for the name, its fall bad ("Membership of X has
#: grown", "Approval of Mayor X fell", "Ticket sales at X reached a record", "Reading
#: scores in X rose", "X's audience has doubled").
MEASURES = _set(
    "membership attendance attendances approval popularity support ratings "
    "scores enrolment enrolments enrollment enrollments ridership patronage audience "
    "audiences viewing readership subscribers bookings orders crowds applications"
)
_MEASURED = _set("of at in for")
#: Verbs of a rise or a fall that say how a measure (:data:`MEASURES`, :data:`HEADS`)
#: went, beside :data:`GAIN` and :data:`LOSS` ("has grown", "improved", "dropped"); of
#: a subject itself they say too little ("X dropped the charges", "X grew up").
RISEN = _set("grew grown grows improved improves increased increases")
DROPPED = _set("dropped drops decreased decreases dipped dips")
#: Things whose fall is good news, after a possessive ("X's losses fell").
BAD_NOUNS = _set(
    "loss losses debt debts deficit deficits costs cost unemployment jobless cases deaths "
    "crime arrears liabilities"
)
#: Words between a subject and its verb: auxiliaries and adverbs of a result.
AUXILIARIES = _set(
    "has have had was were is are be been being will would also again finally eventually "
    "narrowly comfortably still then later duly easily just"
)
PASSIVE = _set("was were been being is are be")
#: Words after a verb of a gain that make it an idiom, no result ("doubled down", "jumped
#: into the race", "topped up").
PARTICLES = _set("down into up")
#: What a side wins or loses before a match by the call of a coin ("won the toss"): no
#: result, for either side.
TOSSES = _set("toss")
#: Words that end a search for the verb before an object.
STOPS = _set(
    "in of at on for with from by to as and or but that which who after before against "
    "over into during amid late early last this next"
)
#: Words naming an official body or office, which punishes, rules and grants in its role
#: (a council, a parliament's committee, a judge and a sheriff as much as a court).
OFFICIAL = _set(
    "police court courts commission authority agency regulator tribunal prosecutors "
    "prosecutor gardaí garda board ombudsman inspectorate department ministry bureau "
    "council councils parliament committee judge judges magistrate magistrates watchdog "
    "sheriff commissioner"
)
#: The prepositions between a bad thing (:data:`BAD_NOUNS`) and the name it is of ("cases
#: in X", "deaths at X", "the debt of X").
_PLACED_BURDEN = _set("in at of")
#: Prepositions of a place or a body after a name, before its verb ("of Winnipeg").
PLACED = _set("of from in at")
#: "became the first".
BECAME = _set("became become becomes")
#: A first, or a win, told with the copula ("is the first woman to head the court", "was
#: only the second country to ban plastic bags", "was the winner of the debate"): good
#: news for the subject, as "became the first" is; a first of a harm is none ("was the
#: first person to be charged", "the first to die", :data:`_FIRST_HARMS`), nor "the first
#: time", nor a first not named by what it is ("was the first to speak").
ORDINALS = _set("first second third")
#: A market's close: the subject (or the company whose shares these are) that "closed",
#: "ended" or "finished" higher fared well, lower badly, with nothing between but a figure
#: and the words of a measure ("The Dax closed 0.8% higher", "X shares ended the day 300
#: points lower"); the comparative ends its clause or stands before a preposition (not
#: "ended the lower rate").  Its verbs are triggers already (a cut of :data:`LOWER`, a
#: standing of :data:`STANDING`).
CLOSED = _set("closed closes ended finished")
CLOSED_BETWEEN = _set(
    "the day session week points point per cent percent pc a slightly sharply marginally "
    "fractionally nearly almost about around"
)
CLOSED_OVER = 6
#: Words of a margin between a defeat and "to" ("lost by seven wickets to X").
MARGINS = _set(
    "by points point goals goal runs run wickets wicket strokes seconds two three four five "
    "six seven eight nine ten on aggregate wide the in overtime extra time after penalties "
    "a shootout single narrowly at home away"
)
#: The most words of a margin and where the game was played between a defeat and "to"
#: ("lost at home by a single point to X").
MARGIN_OVER = 7
#: Words after "to" that begin a level reached, not a verb ("rose to a record").
LEVELS = _set("a an the its their his her our new fresh record all-time")
#: Pronouns that can be the object of a verb.
OBJECTS = _set("him her them it us me")
#: Verbs of an order, and what an order to pay or make good makes of the one ordered
#: ("was ordered to compensate passengers", "has been told to pay back £17 million").
ORDERED = _set("ordered told forced required compelled")
PAYS = _set("pay repay compensate refund reimburse apologise apologize release")
#: Verbs of an order whose passive is a setback for its subject, whatever it is made to do
#: ("was ordered by the High Court to rehouse the family", "was forced to cancel").
_COMPELLED = _set("ordered forced compelled")
#: Verbs of receiving an honour (:data:`HONOURS`) in the words after them.
RECEIVED = _set("received receives collected")
HONOURS = _set(
    "approval award awards commendation honour honor prize medal grant accolade "
    "plaudits recognition knighthood fellowship scholarship ovation"
)
#: "left 2,000 children without a school place": what the subject left people without.
LEFT = _set("left leaves leaving")
#: Verbs that lower or end what follows them: good news for their subject where that is a
#: harm or a burden (:data:`HARMS`: "cut waiting times", "lowered fares"), bad where it is
#: a good (:data:`GOODS`: "cut 2,000 jobs", "slashed its dividend").
LOWER = _set(
    "cut cuts slashed slashes halved halves reduced reduces lowered lowers curbed trimmed "
    "trims axed axes shed sheds scrapped scraps abolished close closes closed closing shut "
    "shuts shutting cleared clears cutting slashing halving reducing lowering contained "
    "contains extinguished averted axe slash halve curb trim scrap abolish axing shedding "
    "scrapping"
)
#: Verbs that announce or intend what their subject will do ("announced plans to cut
#: 300 jobs", "plans to lay off 400 workers", "announced it would shed 500 jobs",
#: "unveiled 850 redundancies"): what follows
#: within :data:`INTENDED_OVER` words is read as the subject's own raise or cut, as
#: "will cut 300 jobs" is, and a cut named as a noun (:data:`CUTS`) as a cut of jobs.
INTENDS = _set(
    "plans planned planning intends intended aims aimed announced announces unveiled "
    "unveils confirmed confirms revealed reveals outlined outlines proposed proposes"
)
#: Words between a verb of :data:`INTENDS` and the raise or cut it announces.
_INTENDED_BETWEEN = _set("to plans plan a an its their further fresh new more it would will")
#: Cuts named as nouns: a subject that announces them cut jobs ("announced 850
#: redundancies", "confirmed 2,000 job cuts").
CUTS = _set("redundancies layoffs lay-offs cuts closures")
INTENDED_OVER = 4
#: "laid off", "lays off", "will lay off": a cut of what follows, as :data:`LOWER` is
#: ("laid off 600 workers", "will lay off a third of its staff").
LAID = _set("laid lays lay laying")
#: "paid off" and "repaid": a burden of :data:`HARMS` that follows ended, good news for
#: the subject as a cut of one is ("has paid off its debts", "repaid its arrears"); what
#: else is paid off is no cut ("paid off the builders", "the gamble paid off").
PAID = _set("paid pays paying repaid repays repaying settled settles settling")
#: What a subject paid or settled alone (no "off") that is good news for it, within
#: :data:`PAID_OVER` words of the verb: what was overdue ("paid three months of pension
#: arrears", "settled the arrears owed to bus staff") or owed ("paid salaries owed to
#: teachers", "paid the drivers the wages they were owed"); other sums paid are no cut
#: ("paid £3m for the site"), nor debts paid as they fall due or late ("paid its debts
#: late").
DEBTS = _set("arrears owed")
PAID_OVER = 8
#: The words of :data:`PAID`'s reading that have a sentence searched: the burdens, not
#: "paid" itself, which news uses for much else ("paid tribute", "paid £3m").
PAID_TRIGGERS = _set("debt debts arrears repaid repays repaying")
#: What is overdue or earned that a name paid or cleared in the passive ("the teachers'
#: arrears were paid by X", "the unpaid wages were settled by X", "the backlog of pensions
#: was cleared by X"), within :data:`PAID_OVER` words before the verb: good for it, and
#: bad where it was "not" paid (:func:`_dues_paid`).
DUES_PAID = DEBTS | _set("wages salaries salary pensions")
#: Verbs of hiring: their subject, in the active, took on people where a figure and whom
#: it hired follow ("has hired 300 people", "recruited 40 more nurses"), a good raised as
#: "created 300 jobs" is; not one hired alone ("hired a lawyer", "hired two hitmen").
HIRED = _set("hired hires hiring recruited recruits recruiting")
#: Whom a subject hires, besides the goods of a workforce (:data:`GOODS`: "staff",
#: "workers").
HIRED_WHOM = _set(
    "people nurses doctors teachers engineers drivers apprentices graduates officers "
    "carers researchers"
)
#: Words between a verb of hiring and its figure, or the figure and whom it counts.
_HIRED_BETWEEN = _set("more new extra another additional full-time part-time local")
#: The participles of :data:`LOWER` and :data:`RAISE` read after a subject's clause
#: ("opened the line, cutting the commute"), where its verb had the sentence searched:
#: no event word alone (:data:`TRIGGERS`), as they are common in news that names none.
PARTICIPLES = _set(
    "cutting slashing halving reducing lowering raising increasing creating boosting"
)
#: Verbs that raise or make what follows them: good news for their subject where that is
#: a good ("raised its dividend", "created 400 jobs"), bad where it is a harm ("raised
#: fares", "increased emissions").
RAISE = _set(
    "raised raises increased increases hiked hikes lifted lifts boosted boosts doubled "
    "double doubles tripled triple triples created creates open opens opened opening raising "
    "increasing creating boosting create raise increase hike"
)
#: What a subject gives people by raising it and takes by cutting it.
GOODS = _set(
    "jobs job posts staff workers employees services service funding benefits wages pay "
    "salaries pensions dividend dividends forecast forecasts outlook guidance routes flights "
    "branches investment grants stores shops factories plants sites offices mines outlets "
    "restaurants workforce store shop factory office outlet restaurant"
)
#: What a subject spares people by cutting it and burdens them with by raising it.
HARMS = _set(
    "emissions pollution waiting waits delays crime deaths poverty homelessness debt prices "
    "price fares fare fees fee rents rent bills bill tariffs tariff charges queues "
    "backlog backlogs infections journey journeys commute commutes outbreak outbreaks "
    "epidemic epidemics blaze blazes wildfire wildfires flooding debts arrears"
)
#: What a subject's work ran ahead of or behind ("completed the project six months ahead
#: of schedule", "two years behind schedule", "ahead of the federal deadline"): a
#: sentence is searched for it by "schedule" (:data:`TRIGGERS`), or by another event word.
SCHEDULES = _set("schedule deadline deadlines forecast forecasts projections expectations")
#: Words after "scored" that make it a failure ("scored an own goal", "scored lowest").
POORLY = _set("own poorly badly low lowest worst")
#: What "faces up to" a penalty begins with ("faces up to life in prison", "up to five
#: years"), as against a challenge ("faces up to the crisis").
PENALTIES = _set("life two three four five six seven eight nine ten twenty")
#: Verbs of a trouble ahead of their subject ("faces charges", "faced criticism"), when
#: what it faces is no name ("Arsenal face Chelsea on Sunday" is a fixture).
FACES = _set("face faces faced facing")
#: What a side faces that is a fixture, not a trouble ("face a home tie against X", "faces a
#: primary from a challenger").
FIXTURES = _set(
    "tie match game fixture trip clash replay derby visit showdown final semi-final "
    "rematch holders champions leaders hosts rivals opponents primary election runoff "
    "by-election contest race ballot"
)
#: Words that describe a team before its name, after its league ("League Two side X").
SIDES = _set(
    "side outfit club team visiting touring defending unbeaten struggling bottom top "
    "holders champions leaders hosts newcomer challenger rival candidate incumbent opponent"
)
#: The nouns of a company's trade that a place or a nationality stands before, with the
#: company's name after them ("Australian airline Qantas", "US media giant TimeWarner",
#: "Japanese carmaker Toyota"): the name says whose results, shares or deeds the sentence
#: tells, and the place only where the company is from (:func:`_trade_named`).  All the
#: companies of :data:`DESCRIPTIONS` (which holds these) but a start-up, a builder and a
#: co-operative.
COMPANY_TRADES = _set(
    "firm company group giant maker carmaker automaker chipmaker drugmaker retailer "
    "supermarket grocer bank lender insurer airline carrier operator broadcaster publisher "
    "miner producer manufacturer conglomerate chain developer housebuilder utility supplier "
    "exporter"
)
#: What a name is called before it, in lower case, after the words with a capital that
#: open its clause ("Japanese carmaker Toyota", "Former England striker X", "local
#: businessman X"): a trade, a role, a kind of body (with :data:`SIDES` and
#: :data:`COMPANY_TRADES`).  A subject and the one a defeat went to are read through
#: them (at most two, each with the words of :data:`DESCRIBING` before it, and then one
#: lower-case word of no list after an article or a word with a capital: "the sean-nos
#: singer X", "Kapa haka leader X", :func:`_unlisted_describing`).
DESCRIPTIONS = SIDES | COMPANY_TRADES | _set(
    "start-up startup builder co-operative cooperative "
    "striker midfielder defender goalkeeper keeper winger forward captain skipper coach "
    "manager boss batsman bowler all-rounder fly-half scrum-half full-back jockey trainer "
    "cyclist swimmer sprinter golfer boxer player star veteran "
    "businessman businesswoman entrepreneur tycoon billionaire teacher doctor nurse lawyer "
    "solicitor officer constable soldier pensioner student actor actress singer musician "
    "rapper comedian presenter author writer artist chef farmer driver pilot activist "
    "campaigner politician lawmaker senator councillor mayor minister leader chief "
    "executive chairman chairwoman governor official scientist professor suspect "
    "journalist reporter photographer blogger unionist dissident cleric preacher priest "
    "judge magistrate engineer worker banker trader investor economist director designer "
    "architect pianist guitarist poet novelist playwright filmmaker dancer athlete "
    "footballer cricketer member band orchestra choir ensemble quartet trio duo soprano "
    "tenor baritone conductor composer ballerina skater gymnast runner batter rider racer "
    "wrestler climber skier weightlifter hurdler guard pitcher quarterback "
    "violinist cellist harpist organist drummer saxophonist trumpeter painter sculptor "
    "historian researcher physician surgeon dentist pharmacist paramedic midwife "
    "firefighter lifeguard coastguard volunteer carer lecturer headteacher headmaster "
    "headmistress principal pupil graduate whistleblower paralympian olympian rower "
    "sailor diver archer fencer canoeist mountaineer referee umpire fisherman apprentice "
    "champion medallist medalist founder co-founder cofounder owner co-owner tenant "
    "landlord landlady homeowner shopkeeper tabloid newspaper editor treasurer envoy "
    "herdsman herder"
)
#: Titles that stand before a name with a capital ("Governor X", "Vice President X",
#: "Finance Minister X"), read as what the name is called (:func:`_described`).
TITLES = DESCRIPTIONS | _set(
    "president premier chancellor senator governor mayor minister secretary justice "
    "judge king queen prince princess sheikh dr mr mrs ms sir dame lord lady general speaker"
)
#: Words before a description, in lower case ("retired teacher X", "struggling retailer
#: X", "former England striker X", "new coach X").
DESCRIBING = _set(
    "former retired local veteran fellow young teenage mining oil energy budget dairy "
    "struggling troubled embattled rival leading top defending reigning trade union "
    "tennis squash golf basketball football rugby cricket hockey boxing chess figure pop "
    "rock jazz folk opera boy girl council board party staff crew late celebrated acclaimed "
    "renowned award-winning opposition police new incoming interim first-time rookie"
)
#: Words before "for" and a name that say how the name fared ("a blow for X", "a boost
#: for X", "wins for X"): good (:data:`WINS` and these) or bad (:data:`DEFEATS` and
#: :data:`BLOWS`).
BOOSTS = _set("boost boosts windfall windfalls payday bonanza")
BLOWS = _set("blow blows setback setbacks embarrassment humiliation headache")
#: Nouns of a name's fortune before "of", "at" or "for" and the name ("the comeback of X",
#: "the turnaround at X", "a triumph for X"; "the downfall of X", "the collapse of X",
#: "relegation for X"): what befell the name, good or bad.
FORTUNES_GOOD = _set("comeback turnaround revival resurgence triumph")
FORTUNES_BAD = _set("downfall demise collapse relegation closure plight")
#: Nouns of trouble before "at" and a name ("turmoil at X", "the crisis at X", "job
#: losses at X", "redundancies at X"), and of a place's turn for the better ("the
#: turnaround at X"): before "at", the others name a venue, not whose fortune it was ("a
#: comeback at the US Open", "triumph at the Brits").
TROUBLES_AT = _set("turmoil crisis chaos losses cuts redundancies layoffs lay-offs")
TURNAROUNDS_AT = _set("turnaround revival resurgence")
#: "good news for X", "bad news for X".
GOOD_NEWS = _set("good great welcome")
BAD_NEWS = _set("bad grim worrying")
#: "paid tribute to X", "Tributes have been paid to X", "Tributes poured in for X".
TRIBUTES = _set("tribute tributes")
#: "thanks to X": what the sentence tells came about through X, who is credited with it
#: ("The library stayed open thanks to X", "Thanks to X's quick thinking, no one was
#: hurt"), also through what X did ("thanks to the quick thinking of X").
THANKS = _set("thanks")
#: Verbs of a debt of credit ("owes much to X", "owe their lives to X"): the one after
#: "to" is credited, as after "thanks to", unless what is owed is money (:data:`MONEY`,
#: :data:`_DUES` or a figure).
OWED = _set("owe owes owed owing")
#: Verbs of help given: their subject, in the active, fared well ("X helped the village
#: raise 40,000 pounds", "X has been helping refugees find homes"), unless what it helped
#: is a harm (:data:`FUELLED`: "X helped fuel the row").
HELPED = _set("helped helps helping")
FUELLED = _set(
    "fuel fuelled fueled stoke stoked spread cause caused worsen worsened inflame "
    "inflamed trigger triggered provoke provoked deepen deepened escalate escalated cover "
    "covered hide hid sink sank derail derailed block blocked kill killed"
)
#: Verbs of money given or raised for others: their subject, in the active, fared well
#: where a sum (a figure with a currency's sign, or :data:`MONEY`) comes first after the
#: verb and "to" or "for" follows it ("X raised 5,000 pounds for the hospice", "X donated
#: $50,000 to the fund", "X gave $1.5 million to"); not a sum without a recipient
#: ("raised $2 billion in debt") nor what is no sum ("raised fares by 10% to").
DONATED = _set(
    "donated donates donating gave gives raised raises raising pledged pledges contributed "
    "contributes"
)
MONEY = _set(
    "savings deposits "
    "money funds cash pounds dollars euros rupees rand yen million millions billion "
    "billions crore lakh thousands"
)
_CURRENCIES = ("$", "\u00a3", "\u20ac", "\u20b9", "\u00a5", "Rs", "R")
_RECIPIENT = _set("to for towards")
#: Who a sum a subject raised came from, or how ("raised $60m from investors", "raised
#: £5m in a funding round"): money raised for the subject's own work, good news for it,
#: as a sum given to others is.
FUNDERS = _set("investors backers shareholders funding financing venture round sale sales")
#: Verbs whose subject won a prize of :data:`AWARDED` ("landed a deal", "secured a
#: contract", "bagged the franchise"), as one the prize "went to".
LANDED = _set("landed lands secured secures bagged bags")
#: "was nominated for" an award or a prize: the one nominated fared well, as one
#: shortlisted does (:data:`REWARD`); a nomination to a post ("nominated X to the court")
#: is left to the model.
NOMINATED = _set("nominated")
#: The passive of a choice among others: the one "chosen", "selected" or "picked" (to
#: host, to lead, from 300 applicants, by the board, for the squad) fared well, as one
#: shortlisted does; not a particle's verb ("was picked up by police") nor one chosen at
#: random (:data:`_CHOSEN_NOT` straight after); the active ("the board chose X") is left
#: to the model, as an election is.
CHOSEN = _set("chosen selected picked handpicked hand-picked")
_CHOSEN_NOT = _set("up off out apart at over")
#: A judgement of what the subject did, after the copula and before "to" or "in": "X
#: was right to hold rates", "is correct in saying" (good); "was wrong to make that
#: pledge" (bad); not negated ("was not wrong to" is left to the model).
RIGHT = _set("right correct wise justified")
WRONG = _set("wrong mistaken unwise foolish")
#: A place, a service or a business that reopened, with no object after the verb ("The
#: Grand Opera House reopened after a two-year restoration", "The A64 reopened on
#: Monday"): good news for it; what a subject reopens is another's ("reopened the
#: inquiry", "reopened talks").
REOPENED = _set("reopened reopens")
_REOPENED_AFTER = _set("after on in at this last following to with today yesterday")
#: Verbs that declare a winner ("declared X winner of the by-election").
DECLARED = _set("declared proclaimed")
#: Verbs of a contest's prize taken ("took the seat", "retained the ward") before
#: :data:`PRIZES`; the one it was taken from lost ("won the seat from X", with "won" too).
TOOK = _set(
    "took captured seized retained wrested snatched regained claimed scooped bagged grabbed "
    "gained"
)
#: "declared X winner of the by-election".
WINNERS = _set("winner winners")
_WITHOUT = _set("without")
_FIRST = _set("first")
PRIZES = _set(
    "seat seats ward title titles crown majority control gold silver bronze medal trophy "
    "cup championship pole council councils"
)
#: What a subject kept as its own, straight after the verb or after one word ("kept the
#: lead", "kept control of the council", "kept its majority"): good for the subject; a
#: name kept "in power" is the object's (:data:`KEPT_IN`).
KEPT_HELD = PRIZES | _set("lead")
#: The people of a body acting for it, before "of", "at" or "from" and its name ("Agents
#: of the National Bureau of Investigation arrested"; "Researchers at X have developed").
AGENTS = _set(
    "agents officers operatives detectives officials inspectors investigators troopers "
    "mounties deputies"
)
RESEARCHERS = _set(
    "researchers scientists engineers team astronomers physicists biologists chemists "
    "archaeologists geologists doctors"
) | _set("pupils students learners matriculants candidates graduates")
#: What a school's pupils achieve for it, as researchers' work is their body's ("Pupils
#: at X achieved a 100% pass rate", "Students at X won the national final"), besides the
#: contests they win (:data:`WIN`: "Pupils at X outscored every other school").
EARNED = _set("achieved won passed topped secured earned gained scooped")
#: What researchers achieve ("have developed a test", "have bred a wheat variety").
ACHIEVED = _set(
    "developed discovered found identified built bred created designed invented captured dated "
    "mapped sequenced detected solved cracked engineered produced grown"
)
#: What an official body does in its role, as its subject or after "by" ("was placed under
#: a commissioner by the Ministry"): news, not a judgement of it.  What it grants or
#: refuses is the other's event ("granted bail to X").
ROLE = _set(
    "rejected cancelled canceled revoked ruled quashed upheld placed ordered granted denied "
    "refused approved dismissed issued"
)
#: Verbs of an accusation or a criticism: their subject, or their agent after "by", says
#: what the sentence holds against the other ("X accused the government of hiding",
#: "was condemned by X"): neutral, as a speaker of a quote is (the one accused or
#: criticised is read by the model, or as a punishment's object is).
CRITICISE = _set(
    "accused accuses accusing blamed blames criticised criticized criticises criticizes "
    "condemned condemns denounced denounces lambasted lambasts castigated rebuked chided"
)
#: The passive verbs whose agent after "by" acts in its role, or speaks.
_IN_ROLE = PUNISH | ROLE | CRITICISE
#: The prepositions between a body's people or an official body and the mention ("Agents
#: of X", "Police in X", "officers from X").
_AGENT_OF = _set("of from in at")


def _in_role(forms: Sequence[str], i: int, k1: int) -> str | None:
    """``"neutral"`` where, from word ``i`` of a clause ending at ``k1``, auxiliaries of the
    active (at most three) lead to a verb of :data:`_IN_ROLE` ("have charged", "arrested"):
    an official body's act in its role; ``None`` otherwise."""
    x = _active_verb(forms, i, k1)
    return "neutral" if x < k1 and forms[x] in _IN_ROLE else None


def _active_verb(forms: Sequence[str], i: int, k1: int) -> int:
    """The place of the word after the auxiliaries of the active (at most three, none of
    :data:`PASSIVE`) from word ``i`` of a clause ending at ``k1`` ("has issued", "will
    have charged"): the verb a subject's act is read from (:func:`_in_role`,
    :func:`_at_work`); ``i`` where none opens there."""
    x = i
    stop = min(i + 3, k1)
    while x < stop and forms[x] in AUXILIARIES and forms[x] not in PASSIVE:
        x += 1
    return x


#: The participles of a punishment or a reward that open an appositive after a name
#: ("X, accused of fraud, fled"): what was done to the name.
_DONE_TO = PUNISH - _set("sues suing")
#: What follows a participle that opens an appositive ("accused of", "charged with",
#: "jailed for", "arrested on Monday", "sacked by the club", "banned from driving").
_AFTER_PARTICIPLE = _set(
    "of with for in on at by from over after under last earlier this twice"
)
#: Words before what is raised or cut that leave its sense open ("created fewer jobs than
#: expected", "cut only 12 posts").
SCANT = _set("fewer less only no not few little")
#: Verbs of a contest's course before "to" and its winning verb or noun ("came back from
#: two goals down to beat X", "cruised to a 4-1 win", "held on to win").
COURSE = _set(
    "came battled bounced stormed raced cruised eased romped powered rallied recovered "
    "went swept surged"
)
#: What "to" opens that names the subject's win ("to beat X", "to a 3-1 victory"), or a
#: draw won from behind ("came from behind to hold X 1-1").
TO_WIN = _set("beat defeat win overcome edge clinch victory triumph hold")
#: Words between "to" and a win that is a noun ("to a 3-1 victory", "to their first win").
BEFORE_WIN = _set("a an the their his her its first second third narrow comfortable")
#: Verbs of reaching a later round, and those rounds ("reached the semi-finals", "booked
#: their place in the final"), and the verbs that send someone there ("sent X into the
#: final").
REACHED = _set("reached reaches advanced progressed booked marched")
ROUNDS = _set(
    "final finals semi-final semi-finals semifinal semifinals semis quarter-final "
    "quarter-finals quarterfinal quarterfinals play-offs playoffs"
)
#: A place earned in a round, a shortlist, a squad or a list of the best: "made the
#: final", "made the shortlist", "made the cut", "made the Asia's 50 Best list" (a list
#: only with :data:`BEST` or "top" before it: "made the list of suspects" is none).
MADE = _set("made makes")
SELECTIONS = ROUNDS | _set("shortlist squad cut")
LISTS = _set("list lists")
SENT = _set("sent send sends fired")
#: Contest verbs whose passive has the winner after "by" ("were knocked out of the Cup
#: by X", "were crushed 6-0 by X", "were held to a goalless draw by X"), "knocked" and
#: "bowled" only before "out", "held" only before a draw (:func:`_held_to_draw`: "was
#: held by police" is no result).
BEATEN = _set(
    "beaten defeated thrashed routed trounced eliminated knocked edged outclassed "
    "outplayed whitewashed dethroned pipped overtaken crushed hammered humbled stunned "
    "bowled held"
)
#: Verbs of :data:`BEATEN` read only before "out".
_BEATEN_OUT = _set("knocked bowled")
#: Words between "to" and "draw" ("held to a goalless draw", "to a 1-1 draw").
BEFORE_DRAW = _set("a an the goalless scoreless")
#: A punishment as a noun, before "of", "against" or "on" and a name ("the conviction of
#: X", "charges against X", "the ban on X") or after a name's possessive ("X's sentence");
#: and what a state or a regulator lays on a country or a company as a ban ("sanctions on
#: X", "the embargo on X", "restrictions on X", "tariffs on X").
SANCTIONS = _set(
    "conviction convictions sentence sentences ban bans suspension detention deportation "
    "disqualification dismissal sacking expulsion charges charge fine fines penalty "
    "indictment extradition sanctions embargo embargoes restrictions curbs tariffs lawsuit "
    "lawsuits suit suits case cases"
)
#: Verbs that undo or lighten a punishment (good news for the one punished) or keep or
#: lay it on (bad news): "quashed the conviction of X", "X's ban was upheld".
UNDONE = _set(
    "quashed overturned reversed lifted dropped withdrew withdrawn rescinded revoked annulled "
    "scrapped reduced commuted shortened halved suspended stayed waived dismissed"
)
KEPT = _set("upheld imposed extended approved ordered")
#: A proposal or a request, before "of" or "by" and a name ("the application by X") or
#: after a name's possessive ("X's plan"), and the verbs that grant it (good news for the
#: one who made it) or turn it down (bad news): "councillors rejected X's plan", "the
#: court dismissed the application by X", "X's appeal was upheld".
PROPOSALS = _set(
    "plan plans proposal proposals bid bids application applications appeal appeals offer "
    "request requests motion bill budget scheme nomination petition claim claims right "
    "rights complaint complaints takeover merger acquisition protest protests"
)
#: The proposals of :data:`PROPOSALS` that another is the object of: only the one after
#: "by" or before "'s" made them ("cleared X's takeover of Y", "the merger by X"), not the
#: one after "of" ("the takeover of X").
TAKEOVERS = _set("takeover acquisition")
APPROVED = _set(
    "approved approves endorsed endorses adopted adopts ratified upheld allowed granted passed "
    "cleared"
)
REJECTED = _set(
    "rejected rejects rejecting dismissed dismisses blocked blocks vetoed vetoes thwarted "
    "scuppered overturned overturns dropped scrapped shelved abandoned down refused refuses "
    "defeated"
)
#: The verbs before "down" that turn something down ("voted down", "turned down").
_DOWN = _set("voted turned shot struck")
#: What a failed company goes into, or files for ("went into administration", "filed for
#: bankruptcy"); "went bust" too.
INSOLVENCY = _set("administration liquidation receivership insolvency bankruptcy")
_BUST = _set("bust bankrupt")
#: The verbs of a company's failure, before :data:`INSOLVENCY`.
INTO = _set("went gone goes going go entered enters filed files placed put")
#: Honours whose holders are "appointed" or "made" ("appointed to the Order of Canada",
#: "made an MBE"), in lower case.
ORDERS = _set("order mbe obe cbe kbe dbe dame knight companion")
#: What a court or a state grants or denies someone ("granted bail to X", "X was denied
#: parole", "granted X asylum"): granted, good for them; denied, bad.
RELIEFS = _set(
    "bail parole asylum clemency pardon reprieve permission consent licence license visa "
    "visas residency citizenship status injunction"
)
GRANTED = _set("granted given offered")
DENIED = _set("denied refused")
#: A place or an entry granted or denied, as a relief is ("were refused a place in the
#: top division", "was denied entry to the country", "was offered a place at Oxford");
#: not among the event words (:data:`TRIGGERS`: "took place"); "refused" and "denied"
#: are, as acts of an official's role (:data:`ROLE`).
PLACES = _set("place places entry")
#: Verbs of a verdict, and what it finds: the one "found guilty" (subject of the passive,
#: or object: "a jury found X guilty") fared badly, the one "found not guilty" or "found
#: innocent" well; a negation before the verb turns it ("was not found guilty").
VERDICT = _set("found declared ruled judged adjudged pronounced")
GUILTY = _set("guilty liable culpable")
#: Verbs of a place in a table or a poll, and the places ("came bottom of the survey",
#: "finished top of the group").
STANDING = _set("came finished ended placed")
TOP = _set("top first")
BOTTOM = _set("bottom last")
#: The most words after a verb of :data:`STANDING` over which "behind" or "ahead of" tells
#: the subject's place against others ("finished the season 17 points behind the
#: leaders", "came home ahead of the favourite"); not "from behind" (a comeback).
STANDING_OVER = 6
#: Verbs of a move in a table, read with :data:`TOP` and :data:`BOTTOM` as their "top"
#: and "bottom" only ("went top of the league", "moved bottom": "went first" is a turn).
MOVED = _set("went moved goes moves")
#: A chart or a poll topped: "number one" after a verb of a place, a move or a level
#: reached ("went straight in at number one", "reached number one in the charts").
CHARTED = _set("entered debuted charted climbed")
#: A comeback made good ("completed a remarkable comeback", "staged a fightback").
COMEBACKS = _set("comeback fightback turnaround")
MADE_GOOD = _set("completed completes staged stages mounted mounts sealed seals made makes")
#: Verbs of a level reached, and the levels ("shares hit a record high", "touched a
#: five-year low"): a high is good, a low bad, for the subject.
TOUCHED = _set("hit hits reached reaches touched touches struck")
HIGHS = _set("high highs peak")
LOWS = _set("low lows")
#: "saw off X": a contest won; "was handed", "was given".
SAW = _set("saw see sees seeing")
HANDED = _set("handed given")
#: Verbs of a harm escaped, and the harms: the subject that "avoided a prison
#: sentence", "escaped a ban", or the one "spared jail", fared well ("avoided tax" is
#: no harm of these, and "escaped from prison" a flight).
SPARED = _set("spared avoided avoids escaped escapes dodged")
HARMS_ESCAPED = _set(
    "jail prison sentence custody ban punishment relegation defeat charges charge "
    "prosecution conviction suspension deportation eviction bankruptcy administration "
    "closure injury serious warning"
)
#: What handed or given to the subject of the passive is good news ("was handed a
#: lifeline", "was given the all-clear", "was given a standing ovation", "was given a
#: hero's welcome").
BOONS = _set("lifeline all-clear boost reprieve chance ovation welcome")
#: Verbs that hand someone a defeat (:data:`DEALT_DEFEATS`): the one who hands it won, the
#: one handed it lost ("Hearts handed Celtic their first defeat", "inflicted a 3-0 defeat
#: on X", "were handed a heavy defeat"); and "at the hands of X" after a defeat names the
#: winner ("a 4-0 defeat at the hands of X"); a loss so dealt is more often a harm than a
#: contest's ("inflicted heavy losses on investors").
DEALT = _set("handed hands handing inflicted inflicts inflicting dealt deals dealing")
DEALT_DEFEATS = _set("defeat defeats thrashing hammering drubbing beating")
#: Verbs whose passive leaves its subject out ("was overlooked for the post").
PASSED_OVER = _set("overlooked snubbed")
#: A passive verb and the word after it that make a setback for the verb's subject: "was
#: sent off", "has been dropped from the squad", "was voted out of office", "were made
#: redundant", "was hit with a £7m fine", "were wiped out in Scotland", and one left out
#: of what others share: "was left out of the squad", "has been left off the list", "was
#: passed over for the post", "was dropped for the final" (not "was left off the hook":
#: :data:`_LET_OFF`).
SETBACKS = frozenset([("sent", "off"), ("dropped", "from"), ("voted", "out"),
                      ("made", "redundant"), ("hit", "with"), ("wiped", "out"),
                      ("left", "out"), ("left", "off"), ("passed", "over"),
                      ("dropped", "for")])
#: A name dropped from a list or a side, after a verb of :data:`DROPPED_FROM` and the
#: name: "from" and, within four words, a list, a side or a ticket (:data:`LINEUPS`:
#: "dropped X from its list of candidates", "omitted X from the squad"), or "to" and a
#: bench (:data:`BENCHES`: "dropped X to the bench"): bad for it, as the passive is
#: (:data:`SETBACKS`).  The verbs alone are not read here ("dropped the charges against
#: X", "dropped points to X", "prices dropped").  One recalled to such a place, in the
#: passive, fared well ("was recalled to the squad"; "was recalled to Moscow" is a
#: diplomat's, not read).
DROPPED_FROM = _set("dropped drops omitted omits")
LINEUPS = _set(
    "list lists squad team side ticket slate cabinet line-up lineup roster shortlist panel "
    "selection ballot xi"
)
BENCHES = _set("bench reserves")
_FROM = _set("from")
#: What a setback's particle may be followed by where it is a let-off ("was left off the
#: hook").
_LET_OFF = _set("hook")
#: A choice or an invitation not made, in the passive: "was not selected for the
#: squad", "was not invited to the meeting", "has not been picked since March", and a
#: place in a side not won, "did not make the squad" (:data:`SQUADS`): the one left out
#: fared badly, as one "left out" does (:data:`SETBACKS`).  The choice made is read in
#: :data:`CHOSEN`; "invited" alone is left to the model (an invitation is as often a
#: summons as an honour), and a round of a contest not reached ("did not make the
#: final") is a contest not won, left as "did not win" is.
NOT_CHOSEN = CHOSEN | _set("invited")
SQUADS = _set("squad shortlist")
#: Verbs of going home or away, before "empty-handed" or "with nothing" within
#: :data:`EMPTY_OVER` words: the subject won nothing ("went home empty-handed from the
#: awards", "walked away from the summit empty-handed", "came away with nothing").
EMPTY_VERBS = _set(
    "went go goes going gone came come comes coming walked walks left leave leaves "
    "returned returns flew finished ended"
)
EMPTY_OVER = 8
#: A run told by what it was without, after the subject's verb within
#: :data:`WITHOUT_OVER` words: "without a win", "without a single victory", "without
#: winning" are bad news for the subject ("went the whole season at home without a
#: single win"), "without a defeat", "without losing" good ("have gone 20 games without
#: defeat"); "a", "single", "any" and "league" may stand between.
WITHOUT_WINS = _set("win wins victory victories winning point points")
WITHOUT_LOSSES = _set("defeat defeats loss losses losing")
_WITHOUT_BETWEEN = _set("a single any league home away")
WITHOUT_OVER = 8
#: Where the one released was held ("was released from prison", "released on bail").
CUSTODY = _set("prison jail gaol custody detention captivity bail parole")
NOT = _set("not never")
INNOCENT = _set("innocent")
#: Verbs of a product recall, and what is recalled ("recalled 1.2 million vehicles",
#: "recalls 29,000 pounds of sausage"): bad news for their subject ("recalled the
#: meeting", "recalls that ..." are memory, no recall; "recall" and "recalling" are
#: memory more often than not, and no event word).
RECALLS = _set("recalls recalled")
RECALLED = _set(
    "vehicles cars trucks suvs models units products devices phones laptops batteries "
    "airbags engines tyres tires pounds tonnes tons packages packets jars bottles cans "
    "batches lots doses pills tablets drugs toys seats cribs heaters chargers tins cartons "
    "kits"
)
#: Verbs of a product withdrawn, before "from" or "off" and the market ("withdrew its
#: drug from sale", "pulled the toys off shelves"): bad news for their subject.
WITHDREW = _set("withdrew withdraws withdrawing pulled pulls")
OFF_SALE = _set("sale shelves market markets")
#: A sum taken out of a name: a verb of :data:`WITHDRAWN`, a sum (:data:`MONEY`, or a
#: figure with a currency's sign), then "from" or "out of" the name, at most
#: :data:`WITHDRAWN_OVER` words back from the preposition ("Investors pulled 400 million
#: pounds from X", "Customers have moved more than $2bn out of X"): bad news for the
#: name, whose backers left it.  Not a product withdrawn (no sum: :data:`WITHDREW`).
WITHDRAWN = _set("pulled pulls withdrew withdraws withdrawn withdrawing moved moves shifted")
WITHDRAWN_OVER = 8
#: Verbs that put a sum into what follows "into" or "in" ("Investors poured $400m into X",
#: "invested £2m in X"): good news for it, as a sum pulled from it is bad.
INVESTED = _set(
    "poured pours pumped pumps ploughed ploughs plowed plows invested invests injected injects"
)
_INTO = _set("into in")
#: Verbs of a name deserted or shunned by those it serves, before it as their object
#: ("Shoppers have deserted the Riverside Centre", "Fans boycotted X"): bad news for the
#: name (the passive is read by the model: "was shunned by former colleagues").
DESERTED = _set("deserted deserts deserting shunned shuns shunning boycotted boycotts boycotting")
#: Verbs of a record broken or set ("broke her own world record", "set a new course
#: record"): good news for their subject ("set a record low" is a level, read as one).
BROKE = _set(
    "broke breaks breaking smashed smashes shattered shatters set sets setting equalled "
    "equaled equals bettered betters lowered lowers"
)
#: The verbs of :data:`BROKE` that break a record only where it is their object:
#: "lowered her own national record to 10.94 seconds", not "lowered rates to a record
#: low" (a cut, :data:`LOWER`; "to" before the record).
_LOWERED = _set("lowered lowers")
RECORD_NOUNS = _set("record records")
#: Verbs of a volume carried, sold, drawn or served: before a record or a milestone
#: within the five words after ("carried a record 160 million passengers", "sold a
#: record 2.1 million cars", "drew a record crowd", "welcomed its millionth visitor"),
#: good news for their subject, as a record broken is (:data:`BROKE`); not where what
#: the record counts is a harm ("drew a record number of complaints", "sold a record
#: low", :data:`COUNTED_HARMS`), nor a modal or a negation before the verb (no
#: auxiliary of :data:`AUXILIARIES`, so the verb is not read).
VOLUMES = _set(
    "carried carries sold sells attracted attracts drew draws welcomed welcomes served "
    "serves handled handles shipped ships delivered delivers exported exports enrolled "
    "enrols enrolls hosted hosts"
)
#: "sold out" of a show, a tour or a season ("X's tour sold out in minutes", "sold out
#: Wembley"): what may follow "out" for it to be one, the clause's end too; not a
#: betrayal or a sale of a business ("sold out the country to Y", "sold out to a rival":
#: "to" in the six words after), nor stock run down ("sold out of bread").
SOLD = _set("sold sells")
SOLD_OUT = _set("in within at on again inside")
_TO = _set("to")
#: More or fewer of a volume than before ("sold 18 per cent more SUVs", "carried 2
#: million fewer passengers"): good news for the subject, or bad, unless what is counted
#: is a harm ("drew more complaints") or "more than" only says how many ("carried more
#: than 300 passengers").
MORE = _set("more")
FEWER = _set("fewer less")
#: More or fewer of something than any other, or than ever, after the subject's verb
#: ("produced more electricity last year than any other wind farm", "lends more books
#: than any library in the county", "won fewer seats than at any election since 1966",
#: "will receive less money than any other federation"): good news for the subject, or
#: bad, within :data:`COMPARED_OVER` words of its verb and "than" within
#: :data:`THAN_OVER` of the comparative; not where what is counted is a harm ("had more
#: complaints than any other airline", :data:`COUNTED_HARMS`, :data:`BAD_NOUNS`), after a
#: verb of a loss or a harm ("lost more games than", :data:`SINGLE_HARMS`) or a negation,
#: nor "more than" and a figure or an adjective ("more likely than any").
THAN_ALL = _set("any every ever")
COMPARED_OVER = 8
THAN_OVER = 6
_COMPARED_NOT = _set("than of on in to for about at with as")
#: Its best or its worst of a time ("had its best year on record", "enjoyed their
#: strongest quarter", "endured its worst season"): good or bad news for the subject,
#: after a verb of :data:`FARED` (or "had", read among the auxiliaries) and a possessive.
FARED = _set("had has have enjoyed enjoys endured endures posted reported recorded")
BEST = _set("best strongest")
WORST = _set("worst weakest")
_THEIRS = _set("its their his her")
#: The highest or the lowest of a measure, after a verb of :data:`FARED` and "the"
#: ("had the lowest infant mortality rate of the large states", "recorded the highest
#: turnout"): good news for the subject where the measure is a good one and highest, or
#: a bad one (:data:`MEASURED_HARMS`) and lowest; bad news the other way round.
HIGHEST = _set("highest")
LOWEST = _set("lowest")
MEASURED_HARMS = _set(
    "mortality unemployment poverty crime inflation deaths death infection infections "
    "cases debt deficit emissions pollution waiting"
)
MEASURED_GOODS = _set(
    "turnout literacy growth profit profits sales score scores satisfaction attendance "
    "survival employment wages pay"
)
#: The ordinals of a milestone reached ("its 50 millionth passenger").
MILESTONES = _set("thousandth millionth billionth")
#: What a record can count that is bad news for whoever has a record of it.
COUNTED_HARMS = BAD_NOUNS | BAD_RESULTS | _set(
    "complaints objections fines penalties claims injuries accidents casualties arrests "
    "cancellations delays refunds returns redundancies layoffs criticism incidents "
    "poaching infections fatalities"
)
#: "reported no deaths", "recorded zero cases": none of a harm is good news for the
#: subject, none of a good result bad ("reported no profit").
NONE_OF = _set("no zero")
#: Verbs of a target or an expectation met, and what is met ("met its four-hour target",
#: "exceeded forecasts", "surpassed expectations"): good news for their subject (a target
#: missed is a loss, :data:`LOSS`).
#: Verbs of something deserved: good news for their subject ("has earned accreditation",
#: "earned a recall to the squad"), unless what is earned within the four words after is
#: a punishment or a rebuke (:data:`EARNED_HARMS`, :data:`PUNISH`: "earned a ban",
#: "earned a red card", "earned a reputation for brutality"); not what the subject's
#: doing earned ("X's bigotry earned her a spot": the possessive, as of help given).
DESERVED = _set("earned earns")
EARNED_HARMS = _set(
    "ban bans suspension suspensions rebuke rebukes reprimand criticism condemnation "
    "red yellow card cards fine fines sentence wrath ire scorn reputation nickname "
    "dismissal sack warning warnings"
)
MET = _set(
    "met meets hit hits exceeded exceeds surpassed surpasses achieved achieves "
    "reached reaches topped tops outstripped"
)
GOALS = _set("target targets goal goals forecast forecasts expectations estimates projections")
#: A death reported of its subject ("has died", "died on Sunday at 91", "passed away"):
#: where a relative clause between commas tells the life ("X, who guided his group to
#: three national titles, has died aged 72", "X, the soprano whose recordings ...,
#: died"), the report is an obituary, and an obituary portrays its subject well; a
#: death alone ("X has died") is news, left to the model (NewsMTSC labels it neutral).
DIED = _set("died dies")
#: Words of the relative clause that tell of a life (:data:`DIED`).
WHO = _set("who whose")
#: What makes a death after a relative clause a victim's, not an obituary's: words
#: after the verb ("died after being stabbed", "died from his injuries", "died in a
#: crash") and in the clause ("who was shot on Friday").
_VIOLENT_AFTER = _set("after from when while following in")
HARMED = _set(
    "shot stabbed injured wounded hurt attacked beaten assaulted hit struck killed "
    "kidnapped abducted crushed burned burnt trapped rescued missing collapsed"
)
_FIRST_HARMS = PUNISH | HARMED | DIED | _set("die killed dead victim victims")
#: A decision before "against", "in favour of" or "with" and a name: the name lost it or
#: won it ("the court ruled against X", "the tribunal found in favour of X", "the judge
#: sided with X", "voted against X"); not with a negation before ("did not rule against
#: X"), nor "voted for X" (NewsMTSC labels a voter's choice by the voter's stance).
DECIDED = _set("ruled ruling found sided judgment judgement voted")
#: The decisions of :data:`DECIDED` that go "with" a name (a side taken): "ruled with X"
#: says little.
SIDED = _set("sided")
FAVOUR = _set("favour favor")
#: A suspicion lifted: what an inquiry "found no" (:data:`FOUND_NONE`) of at, by, in or
#: of a name ("found no wrongdoing at X", "found no evidence of misconduct by X"), or the
#: suspicion "lifted" or "removed" from it ("lifting suspicion from X"): good for the name.
WRONGDOING = _set(
    "wrongdoing wrongdoings misconduct impropriety improprieties negligence malpractice "
    "fault fraud corruption"
)
FOUND_NONE = _set("found finds find uncovered identified")
SUSPICION = _set("suspicion suspicions blame")
LIFTED = _set("lifted lifting lifts removed removing removes")
_BY_AT = _set("at by in of")
#: A gift "from" a name ("a gift of 200,000 dollars from X", "a bequest from X"): good for
#: the giver, as money donated for others is (:data:`DONATED`); a donation only with its
#: sum ("a donation of $5,000 from X"): "donations from developers" are no generosity.
GIFTS = _set("gift gifts bequest bequests")
DONATIONS = _set("donation donations")
#: The most words between a gift and the "from" before a name ("a gift of more than
#: 200,000 dollars from X").
GIFT_OVER = 6
#: Praise from a crowd: a name's "name" chanted or sung ("Fans chanted X's name"), a name
#: welcomed home ("lined the road to welcome home X"): good for the name.
CHANTED = _set("chanted chant chants chanting sang sing sings singing")
WELCOMED = _set("welcome welcomed welcomes welcoming")
#: A challenge beaten off: the one "from" whom a bid, a challenge or a rally came that a
#: contest verb (:data:`WIN`) or "held off", "saw off", "fought off", "fended off" beat
#: lost ("beating bids from X", "held off a late rally from X").
CHALLENGES = _set(
    "bid bids challenge challenges competition rally rivals fightback revolt revolts rebellion "
    "scare"
)
FENDED = _set("held holding saw seeing fought fighting fended fending beat beating")
#: Verbs that come through a challenge (:data:`CHALLENGES`) from a name, which lost
#: ("survived a late fightback from X", "survived a leadership challenge from X").
SURVIVED = _set("survived survives surviving withstood withstands")
#: What a name is given or refused as a party or a side's backing: withdrawn "from" or
#: "of" it (:data:`WITHDREW`: "withdrew its support from X", "pulled its backing from X",
#: "withdrew its endorsement of X") it fared badly; thrown "behind" it, well.
SUPPORTS = _set("support backing endorsement")
#: Verbs after which "behind" a name is good news for it ("rallied behind X", "united
#: behind X", "threw its support behind X" with :data:`SUPPORTS`).
RALLIED = _set("rallied rally rallies rallying united unite unites uniting")
#: Nouns and verbs after which "against" a name is bad news for it: a revolt of its own
#: side or its people ("a rebellion against X", "turned against X", "walked out in protest
#: against X", "a leadership challenge against X"), a strike or a boycott of its workers
#: or buyers ("called a strike against the carrier X").
REVOLTS = _set(
    "rebellion rebellions revolt revolts mutiny uprising coup protest protests turned turn "
    "turns turning challenge challenges strike strikes walkout walkouts boycott boycotts"
)
#: What a subject that survived (:data:`SURVIVED`) came through, within four words: a
#: challenge, a revolt, a vote or a motion ("survived a confidence vote").
SURVIVED_WHAT = CHALLENGES | _set("vote motion coup attempt plot")
#: A case a party brings and then drops: the one who drops it is neutral, no fall of its
#: own ("X dropped its lawsuit against Y"); the one it was against fared well
#: (:data:`SANCTIONS`, :data:`PROPOSALS`), as did the one an inquiry "into" was dropped
#: against ("dropped their investigation into X", :data:`INQUIRIES`).
DROPPED_OWN = _set("dropped drops dropping")
#: Points a side dropped, within three words after the verb (:data:`DROPPED_OWN`): it drew
#: or lost, bad for it ("dropped points at home", "dropped two points"), and good for the
#: one it dropped them "to" ("dropped two points to X", :func:`_won_or_lost`).
POINTS = _set("points point")
DROPPED_CASES = _set(
    "lawsuit lawsuits suit suits case cases claim claims complaint complaints investigation "
    "inquiry probe"
)
INQUIRIES = _set("investigation investigations inquiry inquiries probe probes")
INQUIRY_ENDED = _set("dropped drops abandoned abandons closed closes halted halts ended ends")
#: Nouns before "of" and a name that stand for it as a side ("withdrew support from the
#: government of X", "won the case against the board of X"), after "the" and up to two
#: words of :data:`GOVERNED`.
GOVERNMENTS = _set("government coalition administration cabinet regime board")
GOVERNED = _set(
    "minority majority coalition ruling governing interim caretaker military federal "
    "national state provincial regional outgoing new"
)
#: Verbs before "with" and a name that a side broke away from ("broke with X").
BROKE_WITH = _set("broke breaks")
#: Faith kept "with" a name, after a verb of :data:`KEPT_FAITH` ("kept faith with X"):
#: good for it; broken or lost (:data:`BROKE_WITH`, :data:`LOST_FAITH`), bad.  "Kept
#: faith" with no name after is not read.
FAITH = _set("faith")
KEPT_FAITH = _set("kept keeps keep keeping")
LOST_FAITH = _set("lost loses")
#: A name kept waiting after a verb of :data:`KEPT_FAITH` ("kept X waiting"): bad for it.
#: Money or a holding (:data:`HOLDINGS`) kept "in", "with" or "at" a name ("savers kept
#: their money in X", "kept their accounts at X"): its holders trusted it, good for it;
#: what is kept elsewhere names no place it was kept at ("kept the cash in a safe at X").
WAITING = _set("waiting")
HOLDINGS = _set("accounts account stakes stake shares investments")
#: Verbs of leaving money with a name ("depositors left their savings with X"), read as
#: keeping it there, of money alone (:data:`MONEY`).
LEFT_WITH = _set("left leave leaves")
#: What a name kept "under" is a watch on it ("regulators kept X under special
#: supervision"): bad for it (:func:`_kept`).
WATCHED = _set("supervision surveillance watch scrutiny review investigation")
#: Those who hold money or custom with a name, and the verbs of staying "with" it or
#: "away from" it ("investors stayed with X": good for it; "advertisers stayed away from
#: X": bad), read by :func:`_after_word`.
HOLDERS = _set(
    "investors depositors shareholders savers customers clients members policyholders "
    "bondholders subscribers advertisers sponsors"
)
STAYED = _set("stayed stays stuck sticks remained remains")
#: Groups of crime: the leader told in an aside after them ("The smuggling gang, led by
#: X, moved cigarettes", "a kidnapping ring, run by X") leads a crime, bad for it.
GANGS = _set("gang gangs ring rings syndicate syndicates cartel cartels mob")
_KEPT_IN = _set("in with at")
#: The endings of events, read after the mention an event names (:func:`_ended`), by the
#: mention's role in it.  A threat against a party (a rebellion, a coup, a strike, a
#: boycott, a bid, a case, a motion, a challenge) named "against" it, or as
#: :data:`THREAT_PREPOSITIONS` tells ("the bid for X", "a boycott of X", "the challenge to
#: X", "a walkout at X", "the trial of X", "an attempt to unseat X"; not an offer, which a
#: company may turn down for its own gain: "had an offer for X rejected"): one that came to
#: nothing (:data:`ENDED_SHORT`: "collapsed", "fizzled out", "was called off", "was
#: withdrawn") is good news for its target, one that came to pass (:data:`ENDED_DONE`: "succeeded",
#: "went ahead", "spread", "was upheld") bad.  A party's own side or hope ("the
#: government of X", "the rescue of X", "talks to rescue X") fares as its party does: it
#: collapsed, bad; it survived, good.
THREATS = _set(
    "rebellion rebellions revolt revolts mutiny uprising coup plot protest protests "
    "challenge challenges strike strikes walkout walkouts boycott boycotts bid bids "
    "case cases lawsuit lawsuits suit suits action charges complaint complaints motion "
    "motions campaign attempt probe investigation inquiry petition trial trials prosecution "
    "prosecutions hearing hearings charge allegation allegations"
)
#: The word that joins each threat of :data:`THREATS` to its target besides "against".
THREAT_PREPOSITIONS = {
    "for": _set("bid bids"),
    "of": _set("boycott boycotts trial trials prosecution prosecutions"),
    "to": _set("challenge challenges"),
    "at": _set("strike strikes walkout walkouts"),
    "into": _set("probe probes investigation investigations inquiry inquiries"),
}
#: A trial or a prosecution of a name (:data:`THREATS`) that collapsed or was thrown out
#: ended short (good for the name); one that began, resumed, ended or closed tells no
#: outcome (:data:`TRIAL_UNDECIDED`), and is not read as an ending.
TRIALS = _set("trial trials prosecution prosecutions")
TRIAL_UNDECIDED = _set("ended ends closed closes began begins resumed resumes carried")
#: Verbs after "to" that make a threat of an attempt ("an attempt to unseat X", "a
#: campaign to recall X"), and those that make a hope of it ("talks to rescue X").
OUSTING = _set("unseat oust remove recall topple impeach depose overthrow sack")
RESCUING = _set("rescue save revive")
#: Nouns before "of" and a name that are the name's hope ("the rescue of X collapsed"),
#: or its own plan, before "of" or "by" ("the celebrated merger plan of X collapsed", "the
#: takeover bid by X failed": whatever praise its words hold, it came to nothing); not a
#: sale, which the sets label both ways ("Talks on the sale of X collapsed" neutral).
HOPES = _set("rescue")
PLANS = _set("plan plans scheme schemes merger agenda budget budgets bill bills")
#: Plans "by" a name ("the bid by X collapsed"; "a bid for X" is a threat to it).
PLANS_BY = PLANS | _set("bid bids")
#: The words of an ending that came to nothing, alone or with the word after them.
ENDED_SHORT = _set(
    "collapsed collapses fizzled failed fails crumbled crumbles foundered faltered petered "
    "withdrawn abandoned dropped rejected dismissed averted suspended defeated scrapped "
    "shelved quashed ended closed halted backfired"
)
#: Verbs in the active that end a threat, before it ("called off their strike against X",
#: "withdrew its bid for X"), within :data:`ENDED_BEFORE` words of it.
ENDING = _set("withdrew withdraws dropped drops abandoned abandons suspended suspends "
              "scrapped scraps shelved shelves ended ends")
ENDED_BEFORE = 4
ENDED_SHORT_PAIRS = frozenset(
    [("called", "off"), ("thrown", "out"), ("fell", "short"), ("fell", "apart"),
     ("falls", "short"), ("fell", "through"), ("voted", "down"), ("struck", "out"),
     ("died", "down"), ("died", "away")]
)
#: The words of an ending that came to pass, alone or with the word after them.
ENDED_DONE = _set(
    "succeeded succeeds spread spreads escalated escalates intensified upheld carried "
    "resumed resumes began begins"
)
ENDED_DONE_PAIRS = frozenset(
    [("went", "ahead"), ("go", "ahead"), ("goes", "ahead"), ("gathered", "pace"),
     ("gathers", "pace")]
)
#: Words after a threat that tell it is to be weak ("protests against X are expected to
#: be muted"): no harm done to X, nor a threat that came to nothing; neutral.
MUTED = _set("muted subdued low-key small smaller")
#: Verbs after a party's own side or hope that tell it ended ("the government of X
#: fell", "talks to rescue X collapsed").
OWN_ENDED = _set(
    "collapsed collapses fell falls crumbled failed fails foundered stalled stalls scrapped "
    "flopped flops"
)
#: Verbs after a party's own side or hope that tell it lasted ("the government of X
#: survived a censure motion").
LASTED = _set("survived survives")
#: Verbs after a party's own plan (:data:`PLANS`) that tell it was carried ("the budget of
#: X passed", "the plan of X, criticised by farmers, was approved"), good for the party
#: whatever blame its words hold, and those that tell it was thrown out ("the budget of X,
#: praised by economists, was voted down" or "rejected"), bad whatever praise they hold;
#: read of a plan alone ("the government of X passed a law" is no plan carried).
PLAN_CARRIED = _set("passed passes approved cleared adopted carried")
PLAN_LOST = _set("rejected defeated")
#: A rescue or a bailout "for" a name, alone or at the head of a deal, a package, a bid,
#: talks or a loan ("a rescue deal for X", "a bailout for X"), or a bailout "of" it: the
#: name needed rescue, bad for it whether the rescue came or fell through; a rescue "by"
#: a name is its own act (:data:`PLANS_BY`'s, read apart), and a rescue team "of" a place
#: is no rescue of it.
RESCUES = _set("rescue bailout bail-out")
BAILOUTS = _set("bailout bail-out")
RESCUE_HEADS = _set("deal deals package packages bid bids talks loan loans plan plans")
#: Favour and doubt held "for", "of", "about", "towards" or "to" a name, and the verbs that
#: tell it faded: favour that faded is bad for the name ("the praise for X faded",
#: "support for X waned", "the honeymoon for X ended": :data:`SPELLS`), doubt that faded
#: good ("doubts about X eased", "criticism of X faded", "questions about X disappeared");
#: read as an ending (:func:`_ended`).
FAVOURS = _set(
    "praise support enthusiasm goodwill popularity admiration acclaim optimism honeymoon"
)
DOUBTS = _set(
    "criticism doubts doubt fears fear concerns concern worries scepticism skepticism "
    "opposition anger hostility questions complaints scrutiny"
)
FADED = _set(
    "faded fades fading waned wanes waning cooled cools evaporated evaporates ebbed ebbs "
    "eased eases subsided subsides dissipated dissipates disappeared disappears vanished "
    "vanishes fell"
)
#: A fading told in two words ("criticism of X died down", "died away"), read as
#: :data:`FADED` is; a threat that did ("protests against X died down") came to nothing
#: (:data:`ENDED_SHORT_PAIRS`).
FADED_PAIRS = frozenset([("died", "down"), ("died", "away"), ("dies", "down")])
#: Favour held for a spell (:data:`SPELLS`) that ended or is over fades too ("the
#: honeymoon for X ended", "is over"); other favour or doubt that "ended" may be words that
#: ended ("his criticism of X ended: ..."), and is not read.
SPELLS = _set("honeymoon")
#: The nouns a spell is told with ("the honeymoon period for X").
SPELL_HEADS = _set("period spell")
SPELL_ENDED = _set("ended ends over")
#: The verbs that tell favour or doubt held on or grew: favour good for the name ("the
#: honeymoon for X continued", "support for X grew"), doubt bad ("concerns about X grew").
GREW = _set("grew grows mounted mounts deepened deepens continued continues lasted "
            "intensified intensifies")
_FADED_OF = _set("for of about towards toward to over")
#: The most words after the mention an ending is looked for in.
ENDED_OVER = 6
#: The most words of an aside set off by commas after the mention, over which its
#: ending is read ("the plan of X, criticised by farmers, was approved").
ASIDE_OVER = 8
#: Verbs of a vote or a decision, and the verbs after "to" that tell what it did to the
#: name after them (:func:`_voted_to`): removed it ("voted to remove X", "voted to sack
#: coach X"), bad for it, or kept it ("voted to keep X", "voted to re-elect X"), good.
VOTED = _set("voted votes decided decides agreed agrees")
VOTED_OUT = OUSTING | _set("dismiss expel suspend censure deselect drop fire replace")
VOTED_IN = _set("keep retain re-elect reelect reinstate confirm back")
#: Verbs of leaving a post, and the words of a reason after them, within
#: :data:`LEFT_OVER` words, that is a family's or one's health's (:func:`_left_for`): a
#: departure for such a reason says nothing for or against the one who left (NewsMTSC
#: labels the sentiment a sentence expresses toward a target, and none is expressed).
RESIGNED = _set("resigned resigns quit quits retired retires")
STEPPED = _set("stepped steps stood stands")
LEFT_FOR = _set(
    "health ill illness ailing family families wife's husband's wife husband children "
    "personal"
)
LEFT_OVER = 10
#: Verbs of a call made on a name, and the verbs after the name and "to" that make it a
#: call to go or to make amends (:func:`_called_to_go`): "called on X to quit", "urged X
#: to step down", "called on X to apologise", bad for X.
CALLED_ON = _set("called calls calling")
URGED = _set("urged urges urging pressed presses pressing")
TO_GO = _set("resign quit go apologise apologize")
TO_GO_PAIRS = frozenset([("step", "down"), ("stand", "down"), ("step", "aside"),
                         ("stand", "aside")])
#: The words that open a noun group set off by commas before a name it describes ("the
#: mayor, X,", "its chairman, X,", "a newcomer, X."), and the most words it may hold
#: (:func:`_apposed_group`).
GROUP_OPENERS = _set("the a an its their his her our")
GROUP_OVER = 5
#: Verbs of a member's leaving a side: the side left "from" fared badly, the one joined
#: "to" well ("defected from X to Y").
DEFECTED = _set("defected defects defecting")
#: How many words back from "to" a verb of :data:`DEFECTED` is looked for.
DEFECTED_OVER = 6
#: A rescue: the subject that "rescued" someone, or "pulled" or "dragged" them from a
#: peril (:data:`PERILS`: "pulled three children from a burning house", "dragged a man
#: from the river"), fared well, as the one rescued does (:data:`REWARD`).
RESCUED = _set("rescued rescues rescuing")
PULLED = _set("pulled pulls dragged drags carried carries")
PERILS = _set(
    "burning fire flames blaze water river sea sinking rubble wreckage floodwater "
    "floodwaters icy surf debris"
)
#: Goods kept: the subject that "kept", "preserved", "protected" or "safeguarded" a good
#: (:data:`GOODS`, the first of a good or a harm within six words: "has kept every one of
#: its 800 jobs", "protected 300 posts") fared well, as one that created them.
PRESERVED = _set("kept keeps preserved preserves protected protects safeguarded safeguards")
#: An act praised: the one "by" whom an act was done that others "welcomed", "praised" or
#: "hailed" ("welcomed the agreement struck by X", "praised the rescue led by X") fared
#: well; not the praiser of the passive ("was praised by X"), nor past a comma.
PRAISED = _set(
    "welcomed welcomes praised praises hailed hails applauded applauds lauded lauds"
)
#: The most words between the verb of praise and the "by" (:func:`_praised_act`).
PRAISED_OVER = 6
#: A harm or a failure of the subject's denied to the last of it ("has not cancelled a
#: single flight", "did not lose a single game"): good for the subject; a gain denied so
#: ("has not won a single match") bad.  Read only before "a single" (:func:`_not_single`).
SINGLE_HARMS = LOSS | _set(
    "lose miss cancelled cancel conceded concede dropped drop cut closed close shed axed "
    "delayed delay sacked"
)
SINGLE_GAINS = GAIN | _set("win score created create")
_DID = _set("did does do")
#: What a body's money for another is called: the funding, grants or budget a
#: government, a ministry or a council cuts or raises "to", "for", "from" or "of" a name,
#: or of its possessive ("cut grants to X", "announced cuts to X's budget", "a 20% rise in
#: funding for X"): the name fared badly or well, and the body that cut or raised it, in
#: its role, is neutral.
FUNDS_OF = _set(
    "funding funds grant grants subsidy subsidies aid budget budgets spending allocation "
    "allocations"
)
#: Nouns of a cut and of a rise, before the funds or, for a cut, before "to" or "for" and
#: the name itself ("cuts to X", "funding cuts for X", "a rise in funding for X").
FUND_CUTS = _set("cuts cut freeze reduction reductions")
FUND_RISES = _set("rise rises increase increases boost")
#: Verbs that stop another's funds, beside the cuts of :data:`LOWER` ("froze funding for
#: X", "withdrew funding from X").
FROZE = _set("froze freezes freeze frozen withdrew withdraws withdrawn")
_FUNDS_TO = _set("to for from of")
_FUND_CUT_TO = _set("to for")
#: The most words read back from the funds to the verb or the noun that moved them ("slashed
#: its grants", "announced a 20% rise in funding").
FUNDS_OVER = 4
#: The most words read on from a subject's verb to the funds it moved ("cut the Arts
#: Council's budget", "announced cuts to the BBC's budget").
OTHERS_FUNDS_OVER = 6
#: Events told as nouns whose agent follows "by" ("the closure of the Ayr plant by X",
#: "the recall of 80,000 kettles by X", "the layoffs by X"): a cut the agent made of its
#: own, bad news for it, as "X closed the plant" is.
NOMINAL_CUTS = _set(
    "closure closures recall recalls layoffs lay-offs redundancies shutdown shutdowns axing"
)
#: Punishments told as nouns: the one "of" whom fared badly ("the sacking of manager X",
#: "the suspension of Dr X"), the agent "by" whom acts in its role, neutral ("the
#: dismissal of X by the Judicial Service Commission"); not where a verb before undoes it
#: or a negation stands there ("quashed the suspension of X", :func:`_sanction`), and not
#: a conviction, a detention or a deportation alone, which NewsMTSC labels by the story
#: ("The conviction of X sparked protests").
NOMINAL_PUNISH = _set(
    "sacking sackings dismissal suspension expulsion arrest arrests removal ouster ousting "
    "eviction evictions demotion firing impeachment disqualification prosecution jailing"
)
#: The most words read back from "by" to the noun of an event.
NOMINAL_OVER = 8
#: The punishments of :data:`SANCTIONS` that one brings against another: lifted or
#: dismissed, good news for the one they were brought against ("dismissed a lawsuit
#: against X"), and read only after "against" (the one who brings a lawsuit is the
#: loser where it is dismissed).
SUITS = _set("lawsuit lawsuits suit suits case cases")
#: Verbs of a rival's people or custom won away: their subject fared well, and the one
#: "from" whom they were won badly ("X poached marketing chief Y from rival Z"), as one a
#: prize was lost to and the one that lost it.
POACHED = _set("poached poaches poaching")
POACHED_OVER = 6
#: How many times its model probability the event's label weighs (about e ** 7): an
#: event's reading is plain English and overturns the model unless the model gives its
#: label less than about 1 in 1,100 against the likeliest ("cleared X of misconduct": the
#: model's 0.2% positive, from the harm's words around the name).  148 (about e ** 5)
#: before 2026-12-06's seventh round, which left such readings to the model.
EVENT_WEIGHT = 1100.0
#: Every word an event is read from: a sentence without one is not searched.
TRIGGERS = (
    WIN | GAIN | LOSS | LEADS | AHEAD | BEHIND | PUNISH | REWARD | DEFEATS | WINS | RESULTS
    | BECAME | ORDERED | RECEIVED | LEFT | LOWER | RAISE | ROUNDS | FACES | BOOSTS | BLOWS
    | TRIBUTES | DECLARED | TOOK | ACHIEVED | SANCTIONS | INSOLVENCY | _BUST | VERDICT
    | PASSED_OVER | STANDING | TOUCHED
    | {verb for verb, _ in SETBACKS} | {"released", "walked"}
    | SPARED | SAW | HANDED | DEALT
    | RELIEFS | {"unable", "named", "draw", "held", "news", "appointed", "lead", "advantage"}
    | ROLE | CRITICISE | REJECTED - {"down"} | APPROVED - {"passed", "allowed", "granted"} | RECALLS
    | WITHDREW | RECORD_NOUNS | MET - {"hit", "hits", "reached", "reaches", "topped", "tops"}
    | MILESTONES | SOLD | VOLUMES | ORDINALS | WINNERS | MOVED | CHARTED | COMEBACKS | BEST
    | WORST | SELECTIONS | LISTS | HIGHEST | LOWEST
    | {"schedule", "away", "ruling", "sided", "judgment", "judgement"} | DIED
    | THANKS | HELPED | DONATED | NOMINATED | RIGHT | WRONG | REOPENED | CHOSEN | RISEN
    | DROPPED | LAID | DESERVED | SUSPICION - {"blame"} | {"single"} | GIFTS | DONATIONS
    | CHANTED | WELCOMED | RESCUED | {"dragged", "drags", "fended"}
    | PRESERVED | PRAISED | HIRED | OWED | FORTUNES_GOOD | FORTUNES_BAD | TROUBLES_AT
    | {"than", "empty-handed"} | NOT_CHOSEN | WITHDRAWN | DESERTED | PAID_TRIGGERS | CUTS
    | INVESTED | LANDED | POACHED | FROZE | NOMINAL_CUTS | NOMINAL_PUNISH | SUITS | APPOINTED
    | _set("funding grant grants subsidy subsidies")
    | SURVIVED | SUPPORTS | RALLIED | REVOLTS | BROKE_WITH | DEFECTED | DROPPED_FROM
) - PARTICIPLES
#: Pairs of word sets of which a sentence with no word of :data:`TRIGGERS` must hold a
#: word of each to be searched (:func:`paired`): the readings of an event's ending, a vote,
#: a call on a name and a departure need two words, each too common alone ("case" and
#: "collapsed", "voted" and "remove", "resigned" and "health").
PAIRED = (
    (THREATS | OUSTING, ENDED_SHORT | ENDED_DONE | ENDING | MUTED | FOUND_NONE
     | {verb for verb, _ in ENDED_SHORT_PAIRS | ENDED_DONE_PAIRS}),
    (GOVERNMENTS | HOPES | PLANS_BY | RESCUING, OWN_ENDED | LASTED | PLAN_CARRIED | PLAN_LOST
     | {"voted"}),
    (RESCUES, _set("for of")),
    (VOTED, VOTED_OUT | VOTED_IN),
    (RESIGNED | STEPPED, LEFT_FOR),
    (CALLED_ON | URGED, TO_GO | {verb for verb, _ in TO_GO_PAIRS}),
    (FAITH, KEPT_FAITH | BROKE_WITH | LOST_FAITH),
    (KEPT_FAITH, KEPT_HELD | WAITING | HOLDINGS | MONEY | WATCHED),
    (LEFT_WITH, MONEY),
    (PAID | {"cleared"}, DUES_PAID),
    (HOLDERS, STAYED),
    (GANGS, _set("led headed run")),
    (FAVOURS | DOUBTS, FADED | GREW | SPELL_ENDED | {"died", "dies"}),
)

#: Every word of the first set of a pair of :data:`PAIRED`: a sentence with none (one
#: C-level pass over its forms) is no pair's.
PAIRED_FIRST = frozenset().union(*(one for one, _ in PAIRED))


def paired(forms: Sequence[str], first: str) -> bool:
    """Whether a sentence of ``forms`` (``first``: its first word in lower case, whose
    form is a name's) holds a word of each set of a pair of :data:`PAIRED`."""
    if PAIRED_FIRST.isdisjoint(forms) and first not in PAIRED_FIRST:
        return False
    for one, other in PAIRED:
        if (first in one or not one.isdisjoint(forms)) and not other.isdisjoint(forms):
            return True
    return False


#: The words before a mention after which an ending may be read (:func:`_ended`), and
#: those after which a vote may (:func:`_voted_to`): a bound on the mentions asked.
_ENDED_AFTER = (
    frozenset(THREAT_PREPOSITIONS) | OUSTING | RESCUING | _FADED_OF
    | {"against", "the", "by", "at"}
)
_VOTED_ON = VOTED_OUT | VOTED_IN
#: The most words a subject's title or a place after its name is read over ("Karnataka
#: Chief Minister X", "X of Rio de Janeiro"): a bound that keeps a mention's reading
#: constant in the length of a run of names.
HEAD = 6
_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")
#: The most words an appositive after a subject is read over ("X, a former care home
#: manager who stole £86,000 from elderly residents, has been jailed").
APPOSITIVE = 20


def event_label(
    tokens: Sequence[str], forms: Sequence[str], clauses: Sequence[int], first: int, last: int,
    said: bool = True, acted: bool = True,
) -> str | None:
    """The label the news event around the mention on words ``first``..``last`` gives it.

    ``"positive"``, ``"negative"``, ``"neutral"`` (an official body punishing),
    ``"speaker"`` (the speaker of a quote: :func:`adjust`) or ``None`` where no event
    names the mention (see the module).  ``clauses``
    are the words that open the sentence's clauses, in order, the first 0.  ``said``
    false tells that no form of the sentence is one of :data:`SAID` (a fact of the
    sentence, read once for all its mentions): no mention of it is then a quote's
    speaker, and :func:`_speaker` is not asked.  ``acted`` false tells the same of
    :data:`OBJECT_VERBS`: no mention of it is then the object of an act, and
    :func:`_as_object` is not asked.
    """
    # the clause's words: from the last opener at or before the mention to the first
    # after it (a mention may hold a clause opener: "Securities and Investments"), by
    # bisection: a walk over the openers cost a sentence of n clauses n per mention
    if _modifier(tokens, forms, first, last) or _medium(tokens, forms, first) or (
            first == last and tokens[first].rstrip(_TRAILING).lower() in TIMES):
        # what the sentence says is the located one's, not the place's, and the speaker's,
        # not the outlet's (in any sentence: :func:`located_label` reads these where no
        # event's word is)
        return "neutral"
    k = bisect_right(clauses, first)
    k0 = clauses[k - 1] if k else 0
    k1 = _clause_end(clauses, last, len(forms))
    # the word before what the mention is called ("by bottom club X", "of trade unionist
    # X"), before its head as a subject (over "the" and words with a capital), and before
    # that head and what it is called, read once for the readings of the words before it
    described = _described(tokens, forms, first - 1, k0)
    head = _head(tokens, forms, first - 1, k0)
    before = described if head == first - 1 else _described(tokens, forms, head, k0)
    n = len(forms)
    label = (
        (_ended(tokens, forms, k1, described, last, k0)
         if described >= k0 and forms[described] in _ENDED_AFTER else None)
        or (_kept(forms, k0, described, last)
            if described > k0 and forms[described] in _KEPT_BEFORE else None)
        or _sanction(tokens, forms, k0, k1, first, last, described)
        or (_after_word(tokens, forms, k0, described)
            if last + 1 >= len(forms) or forms[last + 1] not in MODALS
            # a modal after the agent of an event told as a noun is the event's outcome:
            # "The closure of the plant by X will cost 240 jobs"
            else _nominal_before(forms, described - 1, k0)
            if described > k0 and forms[described] == "by" else None)
        or (_as_object(tokens, forms, k0, k1, first, last) if acted else None)
        or (_name_chanted(forms, k0, first, last)
            if last + 1 < len(forms) and forms[last + 1] == "name" else None)
        or (_tickets_sold(tokens, forms, k0, k1, first, last)
            if first >= 2 and forms[first - 1] in ("for", "the") else None)
        or _as_subject(tokens, forms, clauses, k0, k1, first, last, before)
        # an appositive only after a comma: no call for the others
        or (_appositive_object(tokens, forms, first, last)
            if first >= 2 and tokens[first - 1].endswith(",") else None)
        or (_apposed_subject(tokens, forms, clauses, first, last)
            if 2 <= first <= APPOSED and tokens[first - 1].endswith(",")
            and tokens[last].endswith(",") else None)
        or (_scheduled(tokens, forms, k0, k1, first, last, before)
            if last + 1 < len(forms) and forms[last + 1] in _SCHEDULING else None)
    )
    if label is None and first >= 3 and tokens[first - 1].endswith(",") and (
            last == len(forms) - 1 or tokens[last].endswith((",", "."))):
        g = _apposed_group(tokens, forms, first)
        if g is not None:
            # the name read in the place of the group it is set off after: "called on the
            # mayor, X, to quit" as "called on X to quit"
            view = [*tokens[:g], *tokens[first:last], tokens[last].rstrip(","),
                    *tokens[last + 1 :]]
            view_forms, view_clauses, _ = forms_and_clauses(view)
            # (no speaker: "said the coach, X" is read as the sentence is, after)
            label = event_label(view, view_forms, view_clauses, g, g + last - first, False,
                                acted)
            if label is not None:
                return label
    if label is None and described >= 2 and forms[described] == "by" and (
            forms[described - 1] in LED_BY or forms[described - 1] == "run") and forms[
            described - 2] in GANGS:
        return "negative"  # "The smuggling gang, led by X, moved cigarettes"
    if label is None and described - 2 > k0 and forms[described] not in _NO_LEADER:
        by = _leader_by(tokens, forms, k0, described)
        if by:
            label = _led_group(tokens, forms, k0, by - 2)
            if label is None and _group_opens(tokens, forms, k0, by - 2):
                # the group is its clause's subject: "A coalition led by X took control"
                # read as "X took control"
                view = [*tokens[:k0], *tokens[first:]]
                view_forms, view_clauses, _ = forms_and_clauses(view)
                label = event_label(view, view_forms, view_clauses, k0, k0 + last - first,
                                    False, acted)
    if label is None and described >= k0 and forms[described] in _VOTED_ON:
        label = _voted_to(forms, described, k0)
    if label is None and last + 2 < n and forms[last + 1] == "to" and _called_to_go(
            forms, described, k0, last):
        return "negative"
    if label is None and last + 2 < n and (
            forms[last + 1] in RESIGNED or forms[last + 1] in STEPPED) and _left_for(
            forms, k1, last):
        return "neutral"
    if label is None and first >= 3:
        label = _led_team(tokens, forms, k0, k1, first, last, head) or _made_by(
            tokens, forms, k0, k1, first, last, head)
    if label is None and last + 1 < k1 and forms[last + 1] in _AT_WORK_NEXT and _at_work(
            tokens, forms, k0, k1, first, last, head):
        return "neutral"  # "The Bureau of Meteorology has issued a warning"
    if label is None and _stricken(tokens, forms, first, last):
        return "negative"  # a place a disaster struck
    if label is None and first >= 1 and forms[first - 1] in _PASSED_BEFORE and _passed(
            tokens, forms, first, last):
        return "neutral"  # "smuggled through Rotterdam", "planted across Cordoba"
    if label is None and (
        (last + 2 < n and (forms[last + 1] == "and" or (
            forms[last + 1] == NAME and tokens[last].endswith(","))))
        or (first >= 2 and (forms[first - 1] == "and" or (
            forms[first - 1] == NAME and tokens[first - 1].endswith(","))))
    ):
        # a name joined to others by "and" or a comma: a list that may be the subject
        label = _listed_subject(tokens, forms, clauses, first, last)
    if label is None and first >= 2 and forms[first - 1] == "and" and tokens[first - 2][
            :1].isupper():
        # the last of a list of names: read as the list's first name is ("arrested X and
        # Y on Monday"); before a verb, which may be its own ("beat X and Y won"), only
        # after a word ("Wins for Fulham and Crystal Palace left the table unchanged")
        # (the first name's own verb is no reading of it: "and" follows it)
        start = _list_start(tokens, first - 2)
        k = bisect_right(clauses, start)
        k0 = clauses[k - 1] if k else 0
        described = _described(tokens, forms, start - 1, k0)
        if last + 1 < len(forms) and _verb_like(forms[last + 1]):
            return _after_word(tokens, forms, k0, described)
        k1 = _clause_end(clauses, first - 2, len(forms))
        return (
            _sanction(tokens, forms, k0, k1, start, first - 2, described)
            or _after_word(tokens, forms, k0, described)
            or (_as_object(tokens, forms, k0, k1, start, first - 2) if acted else None)
        )
    if label is None and said and last + 2 < len(forms) and forms[last + 1] in TELLS_OWN:
        # "X said profits rose", "X said it would create 400 jobs": its own news, told
        label = _own_news(tokens, forms, clauses, k0, first, last, acted)
    if label is None and said and _speaker(tokens, forms, first, last):
        return "speaker"  # what a quote says is of whom it speaks
    return label


def _ended(tokens: Sequence[str], forms: Sequence[str], k1: int, described: int, last: int,
           k0: int) -> str | None:
    """The label an event's ending gives the mention on words ..``last`` by its role in
    the event (:data:`THREATS`): the threat against it came to nothing (good for it; an
    inquiry into it that "found no" wrongdoing among them) or to pass (bad), its own side,
    hope or plan (:data:`PLANS`) collapsed (bad) or survived (good), or favour for it
    (:data:`FAVOURS`) faded (bad) or doubt about it (:data:`DOUBTS`) did (good).
    ``described`` is the word before what the mention is called (:func:`_described`)."""
    j = described
    role = None
    tried = False
    plan = False
    spell = False
    if j > k0 and ((forms[j] == "of" and (
            forms[j - 1] in GOVERNMENTS or forms[j - 1] in HOPES or forms[j - 1] in PLANS))
            or (forms[j] == "by" and forms[j - 1] in PLANS_BY)):
        role = "own"  # "the short-lived government of X", "the merger plan of X"
        plan = forms[j - 1] in PLANS
    elif j > k0 + 1 and forms[j - 1] == "to" and (forms[j] in OUSTING or forms[j] in RESCUING):
        role = "threat" if forms[j] in OUSTING else "own"  # "an attempt to unseat X"
    else:
        while j >= k0 and forms[j] == "the":
            j -= 1
        if j > k0:
            p1, p2 = forms[j], forms[j - 1]
            if p2 == NAME:  # a word opening the sentence ("Protests against X")
                p2 = tokens[j - 1].lower()
            if (p1 == "for" or (p1 == "of" and p2 in BAILOUTS)) and (p2 in RESCUES or (
                    p2 in RESCUE_HEADS and j - 2 >= k0
                    and (tokens[j - 2].lower() if forms[j - 2] == NAME else forms[j - 2])
                    in RESCUES)):
                return "negative"  # "a rescue deal for X", "a bailout of X"
            if p2 in THREATS and (p1 == "against" or p2 in THREAT_PREPOSITIONS.get(p1, ())):
                role = "threat"  # "a rebellion against X", "the bid for X"
                tried = p2 in TRIALS
            elif (p1 in _FADED_OF and (p2 in FAVOURS or p2 in DOUBTS)) or (
                    p1 == "at" and p2 in DOUBTS):
                role = "favour" if p2 in FAVOURS else "doubt"  # "the praise for X"
                spell = p2 in SPELLS
            elif p1 in _FADED_OF and p2 in SPELL_HEADS and j - 2 >= k0 and forms[
                    j - 2] in SPELLS:
                role = "favour"  # "the honeymoon period for X"
                spell = True
        if role is None and described >= k0 and forms[described] == "the":
            # "the minority government of X": :func:`_described` read over it
            x = described + 1
            while x < last and forms[x] != "of":
                x += 1
            if x < last and forms[x - 1] in GOVERNMENTS:
                role = "own"
    if role is None:
        return None
    if role == "threat" and forms[j] != "to":
        for x in range(j - 2, max(k0, j - 2 - ENDED_BEFORE) - 1, -1):
            if forms[x] in ENDING or (forms[x] == "called" and forms[x + 1] == "off"):
                return "positive"  # "called off their strike against X"
    n = len(forms)
    start = last + 1
    if k1 == start < n and tokens[last].endswith(",") and (
            forms[start].endswith("ed") or forms[start] in IRREGULAR_PAST):
        # an aside after the name ("the budget of X, praised by business groups, was voted
        # down"): its ending is read after the aside's closing comma
        x = start
        while x < n and x - start < ASIDE_OVER and not tokens[x].endswith((",", ".", ";")):
            x += 1
        if x - start >= ASIDE_OVER or x + 1 >= n or not tokens[x].endswith(","):
            return None
        start = x + 1
        k1 = n
        for y in range(start, min(n, start + ENDED_OVER)):
            if tokens[y].endswith((",", ";")):
                k1 = y + 1
                break
    end = min(k1, start + ENDED_OVER)
    for x in range(start, end):
        f = forms[x]
        if f in NOT:
            return None
        if role == "favour" or role == "doubt":
            if f in FADED or (spell and f in SPELL_ENDED and (
                    f != "over" or forms[x - 1] in PASSIVE)) or (
                    x + 1 < n and (f, forms[x + 1]) in FADED_PAIRS):
                return "negative" if role == "favour" else "positive"
            if f in GREW:
                return "positive" if role == "favour" else "negative"
            continue
        if role == "own":
            if f in OWN_ENDED or (plan and (f in PLAN_LOST or (
                    f == "voted" and x + 1 < k1 and forms[x + 1] == "down"))):
                return "negative"
            if f in LASTED or (plan and f in PLAN_CARRIED):
                return "positive"
            continue
        if tried and f in TRIAL_UNDECIDED:
            continue  # "the trial of X began", "ended with a verdict"
        pair = (f, forms[x + 1]) if x + 1 < len(forms) else (f, "")
        if f in ENDED_SHORT or pair in ENDED_SHORT_PAIRS or (f in FOUND_NONE and pair[1] == "no"):
            return "positive"  # "the inquiry into X found no wrongdoing": it came to nothing
        if f in ENDED_DONE or pair in ENDED_DONE_PAIRS:
            return "negative"
        if f in MUTED:
            return "neutral"
    return None


#: The words before a mention after which :func:`_kept` may read it.
_KEPT_BEFORE = KEPT_FAITH | _KEPT_IN | {"the"}


def _kept(forms: Sequence[str], k0: int, described: int, last: int) -> str | None:
    """The label of a name kept waiting (:data:`WAITING`: "kept X waiting", bad for it)
    or that money or a holding was kept in, with or at (:data:`MONEY`,
    :data:`HOLDINGS`: "kept their savings with X", good for it).  ``described`` is the
    word before what the name is called."""
    j = described
    while j > k0 and forms[j] == "the":
        j -= 1
    if forms[j] in KEPT_FAITH:
        if last + 2 < len(forms) and forms[last + 1] == "under" and not WATCHED.isdisjoint(
                forms[last + 2 : last + 4]):
            return "negative"  # "kept X under special supervision"
        return "negative" if last + 1 < len(forms) and forms[last + 1] in WAITING else None
    if forms[j] not in _KEPT_IN or j - 2 < k0:
        return None
    x = j - 1
    if forms[x] not in MONEY and forms[x] not in HOLDINGS:
        return None
    x -= 1
    if x > k0 and forms[x] in _THEIRS:
        x -= 1  # "kept their money in X"
    return "positive" if forms[x] in KEPT_FAITH or (
        forms[x] in LEFT_WITH and forms[j - 1] in MONEY) else None


def _voted_to(forms: Sequence[str], described: int, k0: int) -> str | None:
    """The label of a vote or a decision on the name after "to" and a verb
    (:data:`VOTED`, :data:`VOTED_OUT`, :data:`VOTED_IN`): "voted to remove X" bad for it,
    "voted to keep X" good.  ``described`` is the word before what the name is called."""
    j = described
    if j - 2 < k0 or forms[j - 1] != "to":
        return None
    x = j - 2
    if x > k0 and forms[x] not in VOTED and forms[x - 1] in VOTED:
        x -= 1  # "voted unanimously to sack X"
    if forms[x] not in VOTED:
        return None
    if forms[j] in VOTED_OUT:
        return "negative"
    if forms[j] in VOTED_IN:
        return "positive"
    return None


def _called_to_go(forms: Sequence[str], described: int, k0: int, last: int) -> bool:
    """Whether the name on words ..``last`` is called on or urged to go or to make amends
    (:data:`CALLED_ON`, :data:`URGED`, :data:`TO_GO`): "called on X to quit", "urged X to
    step down".  ``described`` is the word before what the name is called."""
    j = described
    if j < k0 or not (forms[j] in URGED or (
            forms[j] == "on" and j > k0 and forms[j - 1] in CALLED_ON)):
        return False
    n = len(forms)
    if last + 2 >= n or forms[last + 1] != "to":
        return False
    verb = forms[last + 2]
    return verb in TO_GO or (last + 3 < n and (verb, forms[last + 3]) in TO_GO_PAIRS)


def _left_for(forms: Sequence[str], k1: int, last: int) -> bool:
    """Whether the name on words ..``last`` left its post for a family's or its health's
    sake (:data:`RESIGNED`, :data:`LEFT_FOR`): "X resigned, citing his wife's illness",
    "X stepped down for health reasons", "X quit to spend more time with his family"."""
    n = len(forms)
    x = last + 1
    if x < n and forms[x] in RESIGNED:
        x += 1
    elif x + 1 < n and forms[x] in STEPPED and forms[x + 1] in ("down", "aside"):
        x += 2
    else:
        return False
    return not LEFT_FOR.isdisjoint(forms[x : min(n, x + LEFT_OVER)])


def _apposed_group(tokens: Sequence[str], forms: Sequence[str], first: int) -> int | None:
    """Where the noun group that the name at ``first`` is set off by commas after begins
    ("called on the mayor, X, to quit": the word "the"), or ``None``: a word of
    :data:`GROUP_OPENERS` and at most :data:`GROUP_OVER` words in lower case without a
    comma or a verb's form, the last ending in the comma before the name."""
    for g in range(first - 1, max(-1, first - 1 - GROUP_OVER), -1):
        f = forms[g]
        if g < first - 1 and tokens[g].endswith((",", ";", ":")):
            return None
        if f in GROUP_OPENERS and g < first - 1 and not (g > 0 and forms[g - 1] == "of"):
            return g  # (on over "of": "the head of the broadcaster, X,")
        if not tokens[g][:1].islower() or f in AUXILIARIES or f in TRIGGERS or (
                f in STOPS and f != "of"):
            return None
    return None


#: The verbs before which a body tells its own news ("X said profits rose").
TELLS_OWN = _set("said says")
#: The most words of the reported clause read as the speaker's own news (the readings
#: of a subject look no further), so that each mention costs a bounded view.
OWN_REACH = 24
#: The words after :data:`TELLS_OWN` that make the reported clause the speaker's own: the
#: pronoun of a body ("it") or its possessive ("its profits"); a person's pronouns are
#: left out ("police said he was arrested" is not of the police), and so is "it" before
#: "was", "is" or "would be", most often a clause's dummy subject ("said it was wrong to
#: suggest").
_OWN = _set("it its")


def _own_news(
    tokens: Sequence[str], forms: Sequence[str], clauses: Sequence[int], k0: int,
    first: int, last: int, acted: bool,
) -> str | None:
    """The label of the news a mention tells of itself: the clause reported after "said"
    or "says" (and "that") whose subject is "it", "its ..." or a body's measure of
    :data:`HEADS` or :data:`BAD_NOUNS` alone ("Tesco said profits rose 12%", "X says
    it will create 400 jobs", "X said its losses had narrowed"), read as though the
    mention were that subject ("X's profits rose", "X will create 400 jobs"); ``k0`` is
    the start of the mention's clause (:func:`event_label`'s).  Only the words of the
    mention's clause before it (a head's, at most :data:`APPOSITIVE`) and at most
    :data:`OWN_REACH` of the reported clause are read again, so the reading stays
    linear."""
    n = len(forms)
    j = last + 2
    if forms[j] == "that" and j + 1 < n:
        j += 1
    word = forms[j]
    if word in _OWN:
        rest = j + 1
        if word == "it" and rest < n and (forms[rest] in PASSIVE or (
                forms[rest] in MODALS and rest + 1 < n and forms[rest + 1] == "be")):
            return None  # "said it was wrong to ...", "said it would be too early to ..."
    elif word in HEADS or word in BAD_NOUNS:
        rest = j
    else:
        return None
    if first - k0 > APPOSITIVE:
        return None  # too far into its clause to be the head of it
    end = min(_clause_end(clauses, j, n), rest + OWN_REACH)
    if rest >= end:
        return None
    name = tokens[last].rstrip(_TRAILING)
    if word != "it":
        name += "'s"  # "its profits", "profits": the mention's own
    view = [*tokens[k0:last], name, *tokens[rest:end]]
    view_forms, view_clauses, _ = forms_and_clauses(view)
    label = event_label(view, view_forms, view_clauses, first - k0, last - k0, False, acted)
    return None if label == "speaker" else label


#: The words of an official body's name (with :data:`OFFICIAL`'s): a weather service, a
#: statistics office, a geological survey, an aviation administration.
BODY_WORDS = OFFICIAL | _set("service office survey administration")
#: The body's people between its name and its verb ("Environment Agency officers found").
_BODY_PEOPLE = AGENTS | _set("forecasters scientists staff")
#: What an official body does in its ordinary work, as the subject of the active: it
#: warns, issues, rates, records, reports, publishes, predicts, confirms, recalls,
#: grounds, finds; news told through it, not a judgement of it.  Not the present forms
#: that are nouns as often ("the Agency's records", "Met Office forecasts show").
AT_WORK = _set(
    "issued warned warns rated recorded reported published publishes predicted predicts "
    "confirmed confirms recalled grounded found finds measured estimated inspected"
)
#: Verbs of :data:`AT_WORK`'s kind read only after an auxiliary, being nouns as often
#: ("has forecast heavy rain"; "The Met Office forecast for the weekend proved wrong").
_AT_WORK_AFTER_AUX = _set("forecast")
#: The words that may follow an official body at its work (:func:`_at_work`): a verb, an
#: auxiliary or its people; the auxiliaries hold those of a procedure scheduled
#: (:data:`_SCHEDULING`), so one look comes before either reading.
_AT_WORK_NEXT = AT_WORK | AUXILIARIES | _BODY_PEOPLE


def _at_work(tokens: Sequence[str], forms: Sequence[str], k0: int, k1: int, first: int,
             last: int, head: int) -> bool:
    """Whether the mention on words ``first``..``last`` is an official body doing its
    ordinary work: a name holding a word of :data:`BODY_WORDS` ("The Bureau of
    Meteorology", "the Care Quality Commission"), at its clause's head (only "the" and
    words with a capital before it), its people or not after it (:data:`_BODY_PEOPLE`),
    then auxiliaries of the active (at most three) and a verb of :data:`AT_WORK` ("has
    issued a warning", "rated the home inadequate", "officers found dead fish"; after
    an auxiliary, :data:`_AT_WORK_AFTER_AUX`: "has forecast heavy rain").  ``head`` is
    the word before the mention's head (:func:`_head` of ``first - 1``)."""
    if tokens[last].endswith(_POSSESSIVE) or head >= k0:
        return False
    if BODY_WORDS.isdisjoint(t.rstrip(_TRAILING).lower() for t in tokens[first : last + 1]):
        return False
    i = last + 1
    if i < k1 and forms[i] in _BODY_PEOPLE:
        i += 1
    x = _active_verb(forms, i, k1)
    return x < k1 and (forms[x] in AT_WORK or (x > i and forms[x] in _AT_WORK_AFTER_AUX))


#: The most words before a name that is the appositive of a sentence's opening noun
#: group ("The chief executive of the firm, X, was sacked"): a bound that keeps the
#: reading constant in the sentence's length.
APPOSED = 10
#: The words that open a sentence's noun group whose appositive a name may be.
_DETERMINERS = _set("the a an its their his her our")


def _apposed_subject(tokens: Sequence[str], forms: Sequence[str], clauses: Sequence[int],
                     first: int, last: int) -> str | None:
    """The label of the verb whose subject the mention on words ``first``..``last`` names
    as the appositive of the sentence's opening noun group, between commas: "The chief
    executive, X, was sacked", "The developer of the tower, X, has been refused
    permission", "Its founder, X, was honoured"; the group opens with a determiner
    (:data:`_DETERMINERS`) at the sentence's head, holds no comma and is at most
    :data:`APPOSED` words (the caller has seen the mention between commas within them),
    and an auxiliary or a verb's past form follows the mention's comma; else ``None``."""
    n = len(forms)
    i = last + 1
    if i >= n or tokens[0].lower() not in _DETERMINERS or not _verb_like(forms[i]) or any(
            tokens[x].endswith(",") for x in range(first - 1)):
        return None
    return _predicate(tokens, forms, i, _clause_end(clauses, i, n), False, False, first,
                      last)


#: Words between a list of names that is a clause's subject and its verb ("X and Y were
#: both sent off", "X, Y and Z all scored").
_JOINTLY = _set("both all each")


def _listed_subject(tokens: Sequence[str], forms: Sequence[str], clauses: Sequence[int],
                    first: int, last: int) -> str | None:
    """The label of the verb a list of names holding the mention on words ``first``..
    ``last`` is the subject of ("X and Y were sent off", "X, Y and Z all scored"): the
    list read as one subject (:func:`_as_subject`, which asks it to stand at its
    clause's head), its names joined by commas and one "and", at most :data:`LIST` words
    each way, a verb's form or "both", "all", "each" after it; else ``None``.  The
    caller has seen the mention joined to a name by "and" or a comma."""
    n = len(forms)
    # forward to the list's last name: over names, commas between them and one "and"
    end = last
    anded = first >= 1 and forms[first - 1] == "and"
    x = last + 1
    stop = min(n, last + 1 + LIST)
    while x < stop:
        if forms[x] == "and" and not anded and x + 1 < n and tokens[x + 1][:1].isupper():
            anded = True
        elif tokens[x][:1].isupper() and forms[x] == NAME:
            end = x
        else:
            break
        x += 1
    if not anded or end + 1 >= n or tokens[end].endswith(",") or not (
            _verb_like(forms[end + 1]) or forms[end + 1] in _JOINTLY):
        return None
    # back to the list's first name: over names and the commas between them
    start = first
    x = first - 1
    stop = max(0, first - 1 - LIST)
    while x >= stop and (tokens[x][:1].isupper() or (forms[x] == "and" and x > 0)):
        if forms[x] != "and":
            start = x
        x -= 1
    if start == first and end == last:
        return None
    k = bisect_right(clauses, start)
    k0 = clauses[k - 1] if k else 0
    return _as_subject(tokens, forms, clauses, k0, _clause_end(clauses, end, n), start, end,
                       _described(tokens, forms, _head(tokens, forms, start - 1, k0), k0))


def located_label(tokens: Sequence[str], forms: Sequence[str], clauses: Sequence[int],
                  first: int, last: int, said: bool = True) -> str | None:
    """``"neutral"`` where the mention on words ``first``..``last`` only says where someone
    or something is from or is (:func:`_modifier`), is the one spoken to or the outlet
    (:func:`_medium`), names a time (:data:`TIMES`) or is the subject of a procedure
    scheduled (:func:`_scheduled`); ``"speaker"`` where it is the speaker of a quote
    (:func:`_speaker`); ``"negative"`` where it is a place a disaster struck
    (:func:`_stricken`),
    else ``None``: the readings of :func:`event_label` that a sentence without an
    event's word (:data:`TRIGGERS`) needs.  ``said`` as :func:`event_label`'s."""
    if _modifier(tokens, forms, first, last) or _medium(tokens, forms, first) or (
            first == last and tokens[first].rstrip(_TRAILING).lower() in TIMES):
        return "neutral"
    if said and _speaker(tokens, forms, first, last):
        return "speaker"
    if _stricken(tokens, forms, first, last):
        return "negative"
    if first >= 1 and forms[first - 1] in _PASSED_BEFORE and _passed(
            tokens, forms, first, last):
        return "neutral"
    if last + 1 < len(forms) and forms[last + 1] in _AT_WORK_NEXT:
        k = bisect_right(clauses, first)
        k0 = clauses[k - 1] if k else 0
        k1 = _clause_end(clauses, last, len(forms))
        head = _head(tokens, forms, first - 1, k0)
        if _at_work(tokens, forms, k0, k1, first, last, head):
            return "neutral"  # "The National Weather Service warned of dangerous heat"
        if forms[last + 1] in _SCHEDULING:
            return _scheduled(tokens, forms, k0, k1, first, last,
                              _described(tokens, forms, head, k0))
    return None


#: Disasters of nature and outbreaks of disease: the place they strike fares badly ("Flash
#: floods in X swept away a bridge", "a typhoon hit parts of X", "X was battered by a
#: storm"), in any sentence (:func:`_stricken`).  Capitalised as in a storm's name too
#: ("Tropical Storm Ester", "Hurricane Mitch").
DISASTERS = _set(
    "flood floods flooding floodwater floodwaters tornado tornadoes twister cyclone cyclones "
    "typhoon typhoons hurricane hurricanes earthquake earthquakes quake quakes tsunami "
    "wildfire wildfires bushfire bushfires landslide landslides mudslide mudslides "
    "avalanche avalanches storm storms downpour downpours blizzard blizzards heatwave "
    "eruption outbreak outbreaks epidemic"
)
#: Disasters that are figures of speech before "of" ("a flood of complaints", "a storm of
#: protest"); "an outbreak of cholera" is one.
FIGURATIVE = _set("flood storm storms")
#: What guards against a disaster or warns of it, or raises money for its victims, after
#: the disaster's word ("flood defences held firm in X", "a tsunami warning in X", "a
#: tsunami benefit show in X"): no disaster struck.
PROTECTIONS = _set(
    "defences defenses defence defense barrier barriers wall walls warning warnings alert "
    "alerts drill drills shelter shelters insurance benefit benefits appeal appeals fund "
    "funds fundraiser concert concerts telethon"
)
#: The words before a place a disaster struck: "in", "across", "through" it, or a verb of
#: striking ("hit", "battered", "submerged" ...), whose passive names it too ("X was hit
#: by floods").
STRUCK_IN = _set("in across throughout through")
STRIKES = _set(
    "hit hits struck strikes battered batters lashed lashes ravaged ravages swept sweeps "
    "submerged submerges flooded floods flattened devastated pounded pounds rocked rocks "
    "engulfed inundated"
)
#: What the place may be a part of ("parts of X", "much of X").
PARTS = _set("parts part much areas most swathes")
#: The most words back from the place a disaster is read over.
STRICKEN = 10


def _stricken(tokens: Sequence[str], forms: Sequence[str], first: int, last: int) -> bool:
    """Whether the mention on words ``first``..``last`` is a place a disaster
    (:data:`DISASTERS`, at most :data:`STRICKEN` words before) struck: after "in",
    "across" or "through" it or a verb of striking (:data:`STRUCK_IN`, :data:`STRIKES`;
    with "the", "parts of" between, or as the last of a list of names), or the subject of
    such a verb's passive with the disaster after it ("X was battered by a storm")."""
    n = len(forms)
    i = last + 1
    if i + 2 < n and forms[i] in PASSIVE and forms[i + 1] in STRIKES and forms[i + 2] == "by":
        return any(_disaster(tokens, forms, x) for x in range(i + 3, min(n, i + 7)))
    j = first - 1
    if j >= 1 and forms[j] == "and" and tokens[j - 1][:1].isupper():
        j = _list_start(tokens, j - 1) - 1
    if j >= 0 and forms[j] == "the":
        j -= 1
    if j >= 1 and forms[j] == "of" and forms[j - 1] in PARTS:
        j -= 2
    if j < 1 or not (forms[j] in STRUCK_IN or forms[j] in STRIKES):
        return False
    return any(_disaster(tokens, forms, x) for x in range(j - 1, max(-1, j - 1 - STRICKEN), -1))


#: Prepositions of a way or a nearness ("smuggled through Rotterdam", "planted across
#: Cordoba", "near Goma"): the name after them is a place passed over, neither praised nor
#: blamed where no event names it (a disaster that struck it does: :func:`_stricken`).
#: Not "off", more often a verb's particle than a place's preposition ("cut off X",
#: "shakes off Russian meddling").
PASSED = _set("through across near")
#: The word just before a mention that may be a place passed over (:func:`_passed`):
#: one of :data:`PASSED`, or "the" after one.
_PASSED_BEFORE = PASSED | {"the"}


def _passed(tokens: Sequence[str], forms: Sequence[str], first: int, last: int) -> bool:
    """Whether the mention on words ``first``..``last`` is a name (written with a capital,
    not a possessive) after one of :data:`PASSED`, "the" between or not."""
    j = first - 1
    if j >= 0 and forms[j] == "the":
        j -= 1
    return (j >= 0 and forms[j] in PASSED and forms[first] == NAME
            and not tokens[last].endswith(_POSSESSIVE))


def _disaster(tokens: Sequence[str], forms: Sequence[str], x: int) -> bool:
    """Whether word ``x`` names a disaster (:data:`DISASTERS`), not as a figure of speech
    (:data:`FIGURATIVE`) nor as what guards against one (:data:`PROTECTIONS`)."""
    form = forms[x]
    if form == NAME:
        form = tokens[x].rstrip(_TRAILING).lower()
    if form not in DISASTERS or x + 1 >= len(forms):
        return form in DISASTERS
    after = forms[x + 1]
    return not ((form in FIGURATIVE and after == "of") or after in PROTECTIONS)


#: Words that name a time ("on Thursday", "in February"), neither praised nor blamed where
#: a mention is one of them alone: the days, "today", "yesterday", "tonight", and the
#: months that are no given names (not "April", "May", "June", "August").
TIMES = _set(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight "
    "january february march july september october november december"
)
#: The words before the one spoken to or the outlet ("told Reuters", "in an interview with
#: the BBC", "speaking to reporters"): the word just before it (after "the"), and the word
#: before that.  Not "according to", whose source NewsMTSC labels by its claim as often as
#: not.
MEDIA = frozenset([("told", ""), ("with", "interview"),
                   ("with", "interviews"), ("to", "speaking"), ("to", "spoke"),
                   ("to", "talking"), ("to", "talked")])


def _medium(tokens: Sequence[str], forms: Sequence[str], first: int) -> bool:
    """Whether the mention opening at word ``first`` is the one spoken to or the outlet of
    what is said (:data:`MEDIA`): neither praised nor blamed by what is said."""
    j = first - 1
    if j >= 0 and forms[j] == "the":
        j -= 1
    if j < 0:
        return False
    if (forms[j], "") in MEDIA:
        return True
    if j < 1:
        return False
    before = forms[j - 1]
    if before == NAME:  # the word before opens the sentence ("Speaking to X, ...")
        before = tokens[j - 1].lower()
    return (forms[j], before) in MEDIA


#: The verbs that name the speaker of a quote ('"...," said X', 'X said: "..."').
SAID = _set("said says added")
_CLOSING = ('"', "\u201d", "'", "\u2019")
_OPENING = ('"', "\u201c", "'", "\u2018")
#: The most words between "said" and the speaker after it ('said opposition leader X').
SPEAKER_TITLE = 3


def _speaker(tokens: Sequence[str], forms: Sequence[str], first: int, last: int) -> bool:
    """Whether the mention on words ``first``..``last`` is the speaker of a quote: after
    the quote and "said" ('"...," said X', '"...," said opposition leader X'), before "said"
    after the quote ('"...," X said'), or before "said" and the quote ('X said: "..."'):
    what the quote says is of whom it speaks, not of the speaker."""
    n = len(forms)
    if first >= 1 and tokens[first - 1].endswith(_CLOSING) and last + 1 < n and (
            forms[last + 1] in SAID):
        return True  # '"We lost," X said.'
    if last + 2 < n and forms[last + 1] in SAID and tokens[last + 2].startswith(_OPENING):
        return True  # 'X said: "We lost."'
    j = first - 1
    while j >= 1 and first - j <= SPEAKER_TITLE and forms[j] not in SAID:
        if not forms[j] or tokens[j].endswith((",", ".", ";", ":")):
            return False
        j -= 1
    return j >= 1 and forms[j] in SAID and tokens[j - 1].endswith(_CLOSING)


#: Procedures of public life, of no outcome yet when scheduled ("will vote next week",
#: "is expected to announce the package", "is due to testify"): news of what is to
#: happen, not a judgement of the one who is to do it.
PROCEDURES = _set(
    "announce vote deliver chair attend meet visit hold present publish hear consider "
    "review discuss debate host travel sign address play retire decide rule appear testify "
    "speak"
)
#: What schedules a subject's act: "will", or "is" or "are" and "expected", "due", "set" or
#: "scheduled" before "to" (or "to" alone: "is to announce").
_SCHEDULING = _set("will is are")
_SCHEDULED = _set("expected due set scheduled")


def _scheduled(tokens: Sequence[str], forms: Sequence[str], k0: int, k1: int, first: int,
               last: int, before: int) -> str | None:
    """``"neutral"`` where the mention on words ``first``..``last`` heads its clause (after
    "the", words with a capital and what it is called) and a procedure of
    :data:`PROCEDURES` is scheduled for it ("X will vote next week", "X is expected to
    announce"); ``None`` otherwise.  ``before`` is the word before the mention's head and
    what it is called (:func:`_described` of :func:`_head` of ``first - 1``), as
    :func:`_as_subject`'s."""
    if tokens[last].endswith(_POSSESSIVE) or before >= k0:
        return None
    i = last + 1
    if i >= k1 or forms[i] not in _SCHEDULING:
        return None
    if forms[i] != "will":
        if i + 1 < k1 and forms[i + 1] in _SCHEDULED:
            i += 1
        i += 1
        if i >= k1 or forms[i] != "to":
            return None
    i += 1
    return "neutral" if i < k1 and forms[i] in PROCEDURES else None


#: The most words a list of names before "and" is read back over ("Wins for Fulham,
#: Everton and Crystal Palace").
LIST = 12


def _list_start(tokens: Sequence[str], j: int) -> int:
    """The first word of the first name of a list of names whose last name before "and"
    ends at word ``j``: back over words with a capital, and over commas between names,
    at most :data:`LIST` words."""
    stop = max(0, j - LIST)
    start = j
    x = j - 1
    while x >= stop and tokens[x][:1].isupper():
        if not tokens[x].endswith(","):
            start = x
        elif x + 1 <= j:
            start = x  # "Fulham, Everton": the comma ends the name before
        x -= 1
    return start


#: The words that follow a place to name a body or a building of it ("Leeds Crown Court",
#: "West Yorkshire Police", "Wakefield Prison"), as written in news.
BODY_HEADS = frozenset(
    ["Court", "Council", "Police", "Constabulary", "Prison", "Airport", "Hospital", "Infirmary",
     "Hospitals", "Institute", "University", "College", "Academy", "School", "Stadium",
     "Station", "Museum"]
)
#: The first of two words of such a name ("Leeds Crown Court", "Kent County Council").
BODY_FIRSTS = frozenset(
    ["Crown", "Magistrates", "Magistrates'", "High", "County", "City", "District", "Borough"]
)
#: Nouns that a place or a nationality of one word, with a capital, stands before to say
#: where a party or a currency is from ("from German rival X", "lost market share to
#: Chinese rivals", "against the US dollar", "the Japanese yen"): the place is neutral,
#: whatever the sentence tells of the rival or the currency (:func:`_modifier`; not a
#: pronoun, "his rival").
FROM_WHERE_NOUNS = _set(
    "rival rivals competitor competitors counterpart counterparts dollar dollars currency "
    "currencies pound pounds euro yen yuan renminbi rupee rupees peso pesos rand ruble rouble "
    "lira franc krona krone ringgit baht shekel naira shilling greenback"
)
#: What a place is joined to by a hyphen to say where something is from or is ("a
#: Leeds-based lender", "the Kenyan-born runner", "a Paris-bound flight").
_WHERE_FROM = ("-based", "-born", "-bred", "-bound", "-headquartered", "-registered",
               "-listed")


def _modifier(tokens: Sequence[str], forms: Sequence[str], first: int, last: int) -> bool:
    """Whether the mention on words ``first``..``last`` only says where someone or
    something is from or is: an address after a name or an age ("X, 22, of Townsville,
    was charged", "X, from Bristol, won", with its division after a comma: "of Harrogate,
    North Yorkshire"), a place joined to what it locates ("a Leeds-based lender"), or
    the first words of a body's or a building's name ("at Leeds Crown Court", "West
    Yorkshire Police said"), or the dateline before a wire story ("BEIRUT, Lebanon
    (AP) — A blast ...", :func:`_dateline`).  What the sentence says is of the one so
    placed, and the place is neutral: a news event names it with no label of its own."""
    token = tokens[last]
    if "-" in token and token.rstrip(_TRAILING).lower().endswith(_WHERE_FROM):
        return True
    if first < DATELINE and tokens[0].isupper() and _dateline(tokens, last):
        return True
    n = len(tokens)
    if first == last and last + 1 < n and forms[last + 1] in FROM_WHERE_NOUNS and (
            token[:1].isupper()) and not (
            token.endswith(_MARKS_AFTER) or token.endswith(_POSSESSIVE)):
        # "from German rival X", "against the US dollar" (not a pronoun: "his rival")
        return True
    # (two set look-ups first: the test of the mention's marks is the dearer, and the
    # trade is rare)
    if last + 2 < n and (
        forms[last + 1] in COMPANY_TRADES or forms[last + 2] in COMPANY_TRADES
    ) and _trade_named(forms, last + 1) and not token.endswith(_MARKS_AFTER):
        return True  # "Losses at Australian airline Qantas widened": the airline's loss
    if last + 1 < n and forms[last + 1] == NAME and not token.endswith(_MARKS_AFTER):
        head = tokens[last + 1]
        if head in BODY_FIRSTS and last + 2 < n:
            head = tokens[last + 2]
        if head.rstrip(_TRAILING) in BODY_HEADS:
            return True
    j = first - 1
    if j >= 1 and forms[j] in _DESCRIBING:
        # read before the division's comma below: "the Bishop of Durham, John Smith,
        # praised" names the bishop, not a division of Durham
        head = forms[j - 1]
        named = head == NAME  # "the Bishop of Durham", "the Bank of England"
        if named:
            head = tokens[j - 1].lower()
        if head in OFFICES or (head in BODIES and (named or forms[j] != "of")):
            return True  # "the Bishop of Durham praised", "a bank in Lagos was fined"
    if j >= 1 and forms[j] == NAME and tokens[j].endswith(",") and forms[j - 1] in _FROM_OF:
        j -= 1  # "of Harrogate, North Yorkshire": the division after the town
    if j >= 1 and forms[j] == "from" and forms[j - 1] in FROM_PEOPLE:
        return True  # "two men from Kumasi were arrested"
    if j >= 1 and forms[j] in _FROM_OF:
        before = tokens[j - 1]
        return before.endswith(",") and (forms[j - 1] == NAME or before[:-1].isdigit())
    return False



def _trade_named(forms: Sequence[str], j: int) -> bool:
    """Whether word ``j``, after a mention, opens a company's trade and its name: a noun
    of :data:`COMPANY_TRADES`, at most one lower-case word before it ("media giant",
    "electronics firm"), then a word with a capital ("Australian airline Qantas", "US media
    giant TimeWarner").  Two looks at most, for any mention."""
    f = forms[j]
    if f == NAME:
        return False
    if f not in COMPANY_TRADES:
        j += 1
        if j + 1 >= len(forms) or forms[j] not in COMPANY_TRADES:
            return False
    return forms[j + 1] == NAME


#: The most words a dateline runs before its dash ("NAIROBI, Kenya, March 3 (Reuters) —").
DATELINE = 8
#: The dashes that end a dateline.
_DASHES = ("—", "–", "--", "-")


def _dateline(tokens: Sequence[str], last: int) -> bool:
    """Whether a dateline that ends after word ``last`` opens the sentence, its first word
    in capitals ("CAIRO", "MEXICO CITY"): the words up to a dash or the agency in brackets
    ("SEOUL, March 3 (Yonhap) --", "BEIRUT, Lebanon - "; at most :data:`DATELINE` words,
    each written with a capital, a digit or a bracket), or, where the dash is not a word
    (an em dash reads as a space), the words in capitals up to a comma and the one after
    it, before a word with a capital ("BEIRUT, Lebanon — A blast")."""
    n = len(tokens)
    for x in range(min(n, DATELINE + 1)):
        t = tokens[x]
        if t in _DASHES or t.startswith(_DASHES):
            return x > last
        if t[:1] == "(" and t.endswith(")"):
            return x >= last  # "(AP)", "(Reuters)": the agency's too
        if not (t[:1].isupper() or t[:1].isdigit()):
            break
    x = 0
    while x < n - 2 and tokens[x].isupper() and not tokens[x].endswith(","):
        x += 1  # "MEXICO CITY, ..."
    # "BEIRUT, Lebanon A blast ...": the place's state or country after its comma, then the
    # story's first word (not "NATO, Russia and China agreed")
    return (x + 2 < n and x + 1 >= last and tokens[x].isupper() and tokens[x].endswith(",")
            and tokens[x + 1][:1].isupper() and tokens[x + 1][-1:].isalpha()
            and tokens[x + 2][:1].isupper())


_TRAILING = ".,;:!?’'\"”)"
_MARKS_AFTER = tuple(_TRAILING)
_FROM_OF = frozenset(("of", "from"))
#: People named by where they come from ("two men from Kumasi were arrested", "a woman
#: from Luton"): the place before which one of these and "from" stand says only where
#: they are from, and is neutral, as an address after a name is.
FROM_PEOPLE = _set(
    "man men woman women boy boys girl girls teenager teenagers youth youths person "
    "people couple family families teacher teachers doctor doctors nurse nurses "
    "businessman businessmen businesswoman"
)
#: The prepositions after which a place is part of another's description ("the Bishop
#: of X", "a bank in X", "a firm from X").
_DESCRIBING = frozenset(("of", "in", "from"))
#: The nouns of a church's office held for a place ("the Bishop of X", "the priest of
#: X"): what befalls the one who holds it is theirs, and the place after one of
#: :data:`_DESCRIBING` is neutral.  Not an elected office ("mayor", "governor", "MP",
#: "senator"), nor the place's government or leader: they act for the place, and what
#: they do is read as its own as often.
OFFICES = _set("bishop bishops archbishop vicar priest imam")
#: The nouns of a body or an institution that a place after "in" or "from" only locates
#: ("a bank in X", "the civic body in X"), or after "of" in the body's name, written
#: with a capital ("the Bank of X", "the University of X").  A lower-case "of" is
#: left: it names an owner or a whole as often ("the body of X", "the office of X");
#: and "firm", an adjective as often ("held firm in X"), is left for its plural.
BODIES = _set(
    "bank banks firms company companies school schools hospital hospitals council "
    "councils body church churches mosque charity charities university universities "
    "college office offices factory factories"
)


def _sanction(
    tokens: Sequence[str], forms: Sequence[str], k0: int, k1: int, first: int, last: int,
    described: int,
) -> str | None:
    """The label of a punishment of the mention's undone or kept: "quashed the conviction
    of X", "charges against X were dropped", "X's ban was upheld", "imposed a fine on X";
    or of a proposal of the mention's granted or turned down: "rejected X's plan",
    "dismissed the application by X", "X's appeal was upheld"; the verb within three
    words before the punishment or the proposal (before the name's description, for a
    possessive: "voted down Mayor X's plan") or, after the mention, past auxiliaries;
    ``None`` with a negation between ("did not quash").  ``described`` is the word before
    what the mention is called (:func:`_described` of ``first - 1``)."""
    owned = tokens[last].endswith(_POSSESSIVE)
    against = False
    if owned:
        noun = last + 1
        if noun >= k1:
            return None
        found = forms[noun]
        if found in SUITS:
            return None  # "X's lawsuit was dismissed": X brought it
        if found in FUNDS_OF:
            # "announced cuts to X's budget", "cut the Arts Council's budget"
            return _funds_moved(forms, described - (
                described > k0 and forms[described] == "the"), k0)
        if found not in SANCTIONS and found not in PROPOSALS:
            if described < k0 or forms[described] != "on":
                return None
            # a ban laid on what the mention owns is laid on it ("lifted a ban on X's
            # pill", "sanctions on X's central bank"): read as "a ban on X"
            owned = False
        else:
            # the verb before the name's title ("voted down Mayor X's plan")
            before = _described(tokens, forms, _head(tokens, forms, described, k0), k0)
            after = noun + 1
    if not owned:
        # "the detention of trade unionist X": read through what the name is called, and
        # "the" ("the application by the City of X")
        at = described
        if at > k0 and forms[at] == "the":
            at -= 1
        noun = at - 1
        if noun < k0 or forms[at] not in _OF_ON:
            return None
        found = forms[noun] if forms[noun] != NAME else tokens[noun].lower()  # "Charges"
        if found == "confidence" and forms[at] in _CONFIDENCE_IN and noun - 3 >= k0 and (
                forms[noun - 1] == "no" and forms[noun - 2] == "of"
                and forms[noun - 3] in PROPOSALS):
            # "a motion of no confidence in X": a proposal against X
            noun -= 3
            found = forms[noun]
            against = True
        elif forms[at] == "in":
            return None
        else:
            against = forms[at] == "against"
        if forms[at] == "by" and forms[noun] == NAME:
            # "cleared the takeover of X by Y": the proposal before the one taken over
            y = noun
            while y > k0 and noun - y < HEAD and forms[y] in _NAME_OR_THE:
                y -= 1
            if y > k0 and forms[y] == "of" and forms[y - 1] in TAKEOVERS:
                noun = y - 1
                found = forms[noun]
        if found in SUITS and forms[at] != "against":
            return None  # "the lawsuit by X": X brought it
        if forms[at] in _MADE_BY_WHOM and found not in PROPOSALS:
            # "by" and "from" name who made a proposal ("the bid from X was turned
            # down"), not who was punished
            return None
        if found in TAKEOVERS and forms[at] != "by":
            return None  # "cleared the takeover of X by Y": X is the one taken over
        before = noun - 1
        after = last + 1
    if found in SANCTIONS:
        good, bad = UNDONE, KEPT
    elif found in PROPOSALS:
        good, bad = APPROVED, REJECTED
        if not owned and against:
            # a motion, a claim or a complaint against the name: "the complaint against X
            # was upheld" (bad for X), "the motion against X was defeated" (good)
            good, bad = bad, good
    elif found in DECIDED_BOONS:
        good, bad = UPHELD, BOONS_UNDONE
    else:
        return None
    verb = None
    for x in range(before, max(k0, before - 3) - 1, -1):
        f = forms[x]
        if f in good or f in bad:
            verb = x
            break
        if f and f not in _BEFORE_SANCTION and "-" not in f and not (
                x == before and f.isalpha()):
            # "a six-match ban"; one word naming its kind straight before the noun ("the
            # murder conviction of X", "the takeover bid from X")
            break
    if verb is None:
        x = after
        if owned and x < k1 and forms[x] in _COMPLEMENTS:
            # "X's appeal against the fine was upheld", "X's bid to join the coalition
            # was rejected": past the proposal's complement to its passive
            for y in range(x + 1, min(k1, x + COMPLEMENT_OVER)):
                if forms[y] in PASSIVE:
                    after, x = y - 1, y
                    break
                if is_cue(tokens[y]):
                    break
        while x < k1 and x < after + 3 and forms[x] in AUXILIARIES:
            x += 1
        if x < k1 and x > after and (forms[x] in good or forms[x] in bad):
            verb = x
        elif x + 1 < k1 and x > after and forms[x] in _DOWN and forms[x + 1] == "down":
            verb = x + 1  # "X's plan was voted down", "the bid from X was turned down"
    if verb is None or any(map(is_cue, tokens[max(k0, verb - 2) : verb])):
        return None  # "had not quashed the conviction of X"
    if forms[verb] == "down" and (verb == k0 or forms[verb - 1] not in _DOWN):
        return None  # "voted down", "turned down", not "down" alone
    return "positive" if forms[verb] in good else "negative"


_OF_ON = _set("of against on by from in")
#: The prepositions before the one a motion of no confidence is in, and the one a
#: proposal against the name is read as made "against".
_CONFIDENCE_IN = _set("in against")
#: What a court or a vote gives a name (an acquittal, an election, a victory, a release):
#: upheld, confirmed or ordered, good news for it; quashed, annulled or struck down, bad
#: ("quashed the acquittal of X", "struck down the election of X", "upheld the election
#: victory of X", "ordered the release of X").
DECIDED_BOONS = _set("acquittal acquittals election victory release pardon")
UPHELD = _set("upheld confirmed ordered approved endorsed")
BOONS_UNDONE = _set(
    "quashed overturned reversed annulled nullified voided cancelled canceled rescinded "
    "revoked down"
)
#: The words that open a proposal's complement after a possessive ("X's appeal against
#: the fine", "X's bid to join", "X's application for a pardon", "X's protest over the
#: result"), and the most words from it to the passive of the verb that grants or turns
#: the proposal down.
_COMPLEMENTS = _set("against to for over")
COMPLEMENT_OVER = 7
_NAME_OR_THE = frozenset((NAME, "the"))
_MADE_BY_WHOM = _set("by from")
_OF_AT_FOR = _set("of at for")
#: Words between a verb and the punishment it undoes or keeps ("quashed his two
#: convictions", "imposed a six-month ban").
_BEFORE_SANCTION = _set("the a an his her their its two three all both remaining lifetime")




def _funds_moved(forms: Sequence[str], x: int, k0: int) -> str | None:
    """The label the cut or the rise whose verb or noun ends at word ``x``, before
    another's funds (:data:`FUNDS_OF`), gives the one they are for: ``"negative"`` for a
    cut or a freeze (:data:`LOWER`, :data:`FROZE`, :data:`FUND_CUTS`), ``"positive"`` for a
    rise (:data:`RAISE`, :data:`FUND_RISES`), at most :data:`FUNDS_OVER` words back over
    articles, figures and "to" or "in" ("cuts to the", "a 20% rise in"); ``None`` with a
    negation or none."""
    for y in range(x, max(k0 - 1, x - FUNDS_OVER), -1):
        f = forms[y]
        if f in LOWER or f in FROZE or f in FUND_CUTS or f in RAISE or f in FUND_RISES:
            if y > k0 and is_cue(forms[y - 1]):
                return None  # "did not cut funding for X"
            return "positive" if f in RAISE or f in FUND_RISES else "negative"
        if f and f not in _BEFORE_FUNDS:
            return None
    return None


#: Words between a cut or a rise and the funds it moves ("cuts to the", "a rise in its").
_BEFORE_FUNDS = _set("to in the a an its their his her deep further more new extra")


def _others_funds(tokens: Sequence[str], forms: Sequence[str], start: int, k1: int) -> bool:
    """Whether the first funds (:data:`FUNDS_OF`) within :data:`OTHERS_FUNDS_OVER` words
    from ``start`` are another's: before "to", "for" or "from" and a name ("cut grants to
    X", "a rise in funding for the X"), or after a name's possessive ("cuts to the BBC's
    budget")."""
    for x in range(start, min(start + OTHERS_FUNDS_OVER, k1)):
        if forms[x] in FUNDS_OF:
            if x > start and tokens[x - 1].endswith(_POSSESSIVE) and tokens[x - 1][:1].isupper():
                return True
            y = x + 1
            if y < k1 and forms[y] in _FUNDS_TO:
                y += 1
                if y < k1 and forms[y] == "the":
                    y += 1
                return y < k1 and forms[y] == NAME
            return False
    return False




def _nominal_before(forms: Sequence[str], j: int, k0: int) -> str | None:
    """The label an event told as a noun (:data:`NOMINAL_CUTS`, :data:`NOMINAL_PUNISH`)
    gives its agent after "by" (word ``j + 1``), the noun within :data:`NOMINAL_OVER` words
    before it with no verb between ("was closed by X" is another's reading): a cut of its
    own, ``"negative"``; a punishment, done in its role, ``"neutral"``."""
    for x in range(j, max(k0 - 1, j - NOMINAL_OVER), -1):
        f = forms[x]
        if f in NOMINAL_CUTS:
            return "negative"
        if f in NOMINAL_PUNISH:
            return "neutral"
        if f in PASSIVE or f in AUXILIARIES or f == "by":
            return None
    return None


def _fortune(preposition: str, noun: str) -> str | None:
    """The label a noun of fortune before ``preposition`` ("of", "at", "for") and a name
    gives the name ("the comeback of X", "the turnaround at X": positive; "the downfall
    of X", "relegation for X", "turmoil at X": negative), else ``None``."""
    if preposition == "at":  # a place's fortune, not a venue's ("a triumph at the Brits")
        return ("positive" if noun in TURNAROUNDS_AT else "negative" if noun in TROUBLES_AT
                else None)
    if noun in FORTUNES_GOOD:
        return "positive"
    if noun in FORTUNES_BAD:
        return "negative"
    return None


#: Verbs between a group and "by" and its leader's name ("an alliance led by X", "a
#: coalition headed by X"): the name is read in the group's place (:func:`_led_group`).
LED_BY = _set("led headed")
#: The most words of the group before "led by" (:data:`LED_BY`): "a centre-right
#: alliance".
LED_GROUP_OVER = 4


#: The most words in lower case that describe a leader between "by" and the name ("led
#: by the former general X", "headed by independent councillor X").
LEADER_DESCRIBED = 4
#: The words at which no leader's description is read back over to "by": a name, a word
#: without a letter, and the prepositions and conjunctions a clause's words stop at.
_NO_LEADER = (STOPS - {"by"}) | {NAME, ""}


def _leader_by(tokens: Sequence[str], forms: Sequence[str], k0: int, described: int) -> int:
    """The word "by" after :data:`LED_BY` that the name's leader is told after, at
    ``described`` or back over at most :data:`LEADER_DESCRIBED` words in lower case
    without a comma before it (what the leader is called: "the former general"); 0 where
    none is."""
    x = described
    while x - 2 > k0 and described - x < LEADER_DESCRIBED:
        f = forms[x]
        if f == "by":
            return x if forms[x - 1] in LED_BY else 0
        if f in _NO_LEADER or tokens[x].endswith(","):
            return 0
        x -= 1
    return 0


def _group_opens(tokens: Sequence[str], forms: Sequence[str], k0: int, j: int) -> bool:
    """Whether the group that word ``j`` ends (before "led by" and its leader's name)
    opens its clause: only an article, words of :data:`DESCRIBING` or a possessive before
    it, at most :data:`LED_GROUP_OVER` words, and no comma after it ("A coalition led by X
    took control", not "The march, led by X, passed off"); its leader is then read as the
    clause's subject."""
    if tokens[j].endswith(","):
        return False
    x = j - 1
    while x >= k0 and j - x < LED_GROUP_OVER and (
            forms[x] in _ARTICLES or forms[x] in DESCRIBING or forms[x] in _THEIRS
            or (x == 0 and tokens[0].lower() in _ARTICLES)):  # "A coalition", "The alliance"
        x -= 1
    return x < k0


def _led_group(tokens: Sequence[str], forms: Sequence[str], k0: int, j: int) -> str | None:
    """The label of the words before a group its leader's name is told after ("lost the
    seat to an alliance led by X", "a strike against the coalition headed by X"): word
    ``j`` ends the group; :func:`_after_word` reads the word before the group (over an
    article, words of :data:`DESCRIBING` and other lower-case words, at most
    :data:`LED_GROUP_OVER`) as if the name stood there.  A group with no such word before
    it ("The march, led by X, passed off", "A team led by X won") is not read here (one
    that opens its clause: :func:`_group_opens`)."""
    if tokens[j].endswith(","):
        return None  # "The march, led by X,": an aside, not the group's place
    x = j - 1
    while x >= k0 and j - x < LED_GROUP_OVER and (
            forms[x] in _ARTICLES or forms[x] in DESCRIBING or forms[x] in _THEIRS):
        x -= 1
    if x <= k0:
        return None
    return _after_word(tokens, forms, k0, x)


def _after_word(tokens: Sequence[str], forms: Sequence[str], k0: int, described: int
                ) -> str | None:
    """The label of the words just before the mention: "a defeat to (the) X", "lost 6-3
    to X", "went down to X", "a win over X", "a blow for X", "paid tribute to X", also
    with a side's description between ("by League Two side X"): ``described`` is the
    word before what the mention is called (:func:`_described`)."""
    j = described
    bare = j  # the word before the mention's "the", if any
    while bare >= k0 and forms[bare] == "the":
        bare -= 1
    by = _head(tokens, forms, j, k0) if j >= k0 and forms[j] == NAME else j  # "by Minister X"
    if _thanked(tokens, forms, by, k0) or _owed(forms, bare, k0):
        return "positive"
    if by > k0 and forms[by] == "by" and _praised_act(tokens, forms, by - 1, k0):
        return "positive"  # "welcomed the agreement struck by X"
    if by - 1 > k0 and forms[by] == "of" and forms[by - 1] in NOMINAL_PUNISH and not any(
            forms[x] in UNDONE or is_cue(tokens[x]) for x in range(max(k0, by - 5), by - 1)):
        return "negative"  # "the sacking of manager X", "the suspension of Dr X"
    if by != j and by > k0 and forms[by] in _OF_AT_FOR:
        fortune = _fortune(forms[by], forms[by - 1])
        if fortune is not None:
            return fortune  # after a title: "the downfall of Senator X"
    j = bare
    if j > k0:
        p1, p2 = forms[j], forms[j - 1]
        if p2 == NAME:  # a word opening the sentence ("Wins for X")
            p2 = tokens[j - 1].lower()
        if (p1 in _BY_AT and p2 in WRONGDOING and _found_none(forms, j - 2, k0)) or (
                p1 == "from" and p2 in SUSPICION and _lifted(forms, j - 2, k0)):
            return "positive"  # "found no wrongdoing at X", "lifting suspicion from X"
        if p1 == "from" and p2 in CHALLENGES and _fended_off(forms, j - 2, k0):
            return "negative"  # "beating bids from X", "held off a late rally from X"
        if (p1 == "from" or p1 == "of") and p2 in SUPPORTS and not WITHDREW.isdisjoint(
                forms[max(k0, j - 4) : j - 1]):
            return "negative"  # "withdrew its support from X", "pulled its backing from X"
        if p1 == "behind" and (p2 in SUPPORTS or p2 in RALLIED):
            return "positive"  # "rallied behind X", "threw its support behind X"
        if p1 == "into" and p2 in INQUIRIES and not INQUIRY_ENDED.isdisjoint(
                forms[max(k0, j - 4) : j - 1]):
            return "positive"  # "dropped their investigation into X"
        if p1 == "against" and p2 in REVOLTS:
            return "negative"  # "a rebellion against X", "turned against X"
        if p1 == "with" and p2 in BROKE_WITH:
            return "negative"  # "broke with X"
        if p1 == "with" and p2 in FAITH and j - 2 >= k0:
            p3 = forms[j - 2]
            if p3 in KEPT_FAITH:
                return "positive"  # "kept faith with X"
            if p3 in BROKE_WITH or p3 in LOST_FAITH:
                return "negative"  # "broke faith with X", "lost faith in X"
        if p1 == "from" and p2 in DEFECTED:
            return "negative"  # "defected from X"
        if p1 == "by" and (p2 in PAID or p2 == "cleared"):
            paid = _dues_paid(forms, j - 2, k0)
            if paid is not None:
                return paid  # "the teachers' arrears were paid by X"
        if (p1 == "with" and p2 in STAYED and _holders(tokens, forms, j - 2, k0)) or (
                p1 == "from" and p2 == "away" and j - 2 > k0 and forms[j - 2] in STAYED
                and _holders(tokens, forms, j - 3, k0)):
            # "investors stayed with X"; "advertisers stayed away from X"
            return "positive" if p1 == "with" else "negative"
        if p1 == "to" and not DEFECTED.isdisjoint(forms[max(k0, j - DEFECTED_OVER) : j]):
            return "positive"  # "defected to X", "defected from Y to X"
        if p1 == "home" and p2 in WELCOMED:
            return "positive"  # "lined the road to welcome home X"
        if p1 == "from" and _gift_before(tokens, forms, j - 1, k0):
            return "positive"  # "a gift of 200,000 dollars from X", "a bequest from X"
        if (p1 == "to" and (p2 in TRIBUTES or (p2 == "paid" and any(
                tokens[x].lower() in TRIBUTES for x in range(max(k0, j - 6), j))))) or (
                p1 == "for" and any(
                    tokens[x].lower() in TRIBUTES for x in range(max(k0, j - 6), j - 1))):
            # "paid tribute to X", "Tributes have been paid to X", "Tributes poured in for
            # X", "Tributes came from across the country for X"
            return "positive"
        if p1 == "to" and p2 in RELIEFS:  # "granted bail to X", "refused asylum to X"
            for x in range(j - 2, max(k0, j - 5) - 1, -1):
                label = _relief(forms, x, j - 1, j)
                if label is not None:
                    return label
        if p1 == "by" and _passive_before(forms, j - 1, k0, _IN_ROLE):
            # "was arrested by X", "was placed under a commissioner by X": the one who
            # punishes or rules, in its role
            return "neutral"
        if p1 == "by":
            nominal = _nominal_before(forms, j - 1, k0)
            if nominal is not None:
                return nominal  # "the closure of the plant by X", "the sacking of Y by X"
        if p1 in _FUNDS_TO:
            if p2 in FUND_CUTS and p1 in _FUND_CUT_TO:
                return "negative"  # "cuts to X", "funding cuts for X"
            if p2 in FUNDS_OF:
                moved = _funds_moved(forms, j - 2, k0)
                if moved is not None:
                    return moved  # "slashed funding for X", "a rise in funding for X"
        if p1 in _DECIDED_BEFORE:
            label = _decision(tokens, forms, j, k0)
            if label is not None:
                return label  # "ruled against X", "found in favour of X", "sided with X"
        if p1 == "for":
            # "good news for X", also opening the sentence ("Good news for X commuters:")
            p3 = ((tokens[j - 2].lower() if forms[j - 2] == NAME else forms[j - 2])
                  if p2 == "news" and j - 2 >= k0 else "")
            if p2 in WINS or p2 in BOOSTS or p3 in GOOD_NEWS:
                return "positive"  # "a boost for X", "wins for X", "good news for X"
            if p2 in DEFEATS or p2 in BLOWS or p3 in BAD_NEWS:
                return "negative"  # "a blow for X", "a home defeat for X"
        if p1 in _OF_AT_FOR:
            fortune = _fortune(p1, p2)
            if fortune is not None:
                return fortune  # "the comeback of X", "relegation for X", "turmoil at X"
        if p1 == "against" and p2 in DEFEATS:
            return "positive"  # "a nine-wicket defeat against X"
        if p1 == "on" and p2 in DEALT_DEFEATS and not DEALT.isdisjoint(
                forms[max(k0, j - 6) : j - 1]):
            return "negative"  # "inflicted a 3-0 defeat on X"
        if p1 == "of" and p2 == "hands" and j - 3 > k0 and forms[j - 3] == "at" and (
                not DEFEATS.isdisjoint(forms[max(k0, j - 8) : j - 3])):
            return "positive"  # "a 4-0 defeat at the hands of X", "lost at the hands of X"
        if p1 == "from" and not POACHED.isdisjoint(forms[max(k0, j - POACHED_OVER) : j]):
            return "negative"  # "poached marketing chief Y from rival X"
        if p1 == "from" and _taken_before(forms, j - 1, k0):
            return "negative"  # "took the Surrey seat from X"
        if p1 == "to" and p2 in WENT and not AWARDED.isdisjoint(
                forms[max(k0, j - 1 - AWARDED_OVER) : j - 1]):
            return "positive"  # "The contract to run the ambulances went to X"
        if (p1 == "from" or (p1 == "of" and p2 == "out")) and _withdrawn(
                tokens, forms, j - 1 if p1 == "from" else j - 2, k0):
            return "negative"  # "Investors pulled 400 million pounds from X"
        if p1 in _INTO and _withdrawn(tokens, forms, j - 1, k0, INVESTED):
            return "positive"  # "Investors poured $400m into X", "invested £2m in X"
        if ((p1 in ("to", "by") and p2 in DEFEATS) or (
                p1 in ("over", "against") and p2 in WINS)) and _modal_before(forms, j - 1, k0):
            return None  # "has never lost to X", "could have won against X"
        if p1 in ("to", "by"):
            if (
                p2 in DEFEATS
                or (p2 == "down" and j - 2 >= k0 and forms[j - 2] in WENT)
                or (p2 == "" and j - 2 >= k0 and forms[j - 2] in DEFEATS)
                or (p1 == "to" and _margin_before(forms, j - 1, k0))
            ):
                return "positive"
            if p1 == "by" and _passive_before(forms, j - 1, k0, BEATEN):
                return "positive"  # "were knocked out of the Scottish Cup by X"
        elif p1 in ("over", "against") and p2 in WINS:
            return "negative"
        if p1 in _CONTESTED:
            contest = _won_or_lost(forms, j - 1, k0, p1)
            if contest is not None:
                return contest  # "lost the final to X", "won the case against X"
    return None


#: Verbs whose object, taken by a name after "to", the name won ("lost three seats to X",
#: "lost the contract to X"), and whose object, won "against" or "over" a name, the name
#: lost ("won the series against X", "won her libel case against X"); not their base
#: forms, most often a contest still to come ("if they win their replay against X",
#: "backed X to win the series against Y").
LOST_TO = _set("lost loses losing ceded cedes conceded surrendered forfeited")
#: Verbs that hand a prize (:data:`AWARDED`) "to" a name: good news for the name, as one
#: the prize "went to" ("handed the bin contract to X", "awarded the franchise to X").
GIVEN_TO = _set("handed awarded gave given granted")
WON_OVER = _set("won wins winning")
#: Sums handed "for" a name ("approved a $3bn loan for X"), and what is won "from" a
#: name in court ("won £400,000 in damages from X").
FUNDS = _set("loan loans bailout grant grants funding")
GIVEN_FOR = GIVEN_TO | _set("approved approves")
#: Verbs that raise a sum "for" a name (a sum of :data:`MONEY`: "the sale raised
#: A$240 million for X", "raised 5,000 pounds for the hospice"): good news for the name.
RAISED_FOR = _set("raised raises")
DAMAGES = _set("damages compensation payout settlement")
WON_FROM = _set("won wins awarded")
_NONE: frozenset[str] = frozenset()
#: Each preposition's verbs read alone, its prizes, and the verbs read with a prize
#: before the preposition (:func:`_won_or_lost`).
_CONTESTS = {
    "to": (LOST_TO, AWARDED | POINTS, GIVEN_TO | DROPPED_OWN),
    "for": (_NONE, FUNDS | MONEY, GIVEN_FOR | RAISED_FOR),
    "from": (_NONE, DAMAGES, WON_FROM), "over": (WON_OVER, _NONE, _NONE),
    "against": (WON_OVER | LOST_TO, _NONE, _NONE),
}
_CONTESTED = frozenset(_CONTESTS)
#: The words that open the second prize of a list of two ("the match and the series").
_PRIZE_OPENS = _set("the a an his her its their")
#: The prepositions after which the name lost what was won.
_TAKEN_FROM = _set("over against from")
#: The most words of what was won or lost between the verb and "to", "over" or
#: "against".
CONTESTED_OVER = 5
#: Prizes held "of" a body before the one they were lost to ("lost control of the council
#: to X", "lost the leadership of the party to X"): the "of" is passed over, and the
#: prize before it read as far back again.
HELD_OF = _set("control command majority leadership")
#: Where or how a contest was played, after a preposition between the verb and the one it
#: was lost to ("lost at home to X", "lost on penalties to X"): passed over with it.
PLAYED = _set("home penalties aggregate")
#: What is lost "to" someone, or won "against" them, without a contest ("lost its appeal
#: to the High Court", "lost access to X", "won his first cap against X", an appearance).
_NOT_CONTESTED = PROPOSALS | _set("access touch contact sight interest patience cap caps")


def _won_or_lost(forms: Sequence[str], j: int, k0: int, preposition: str) -> str | None:
    """The label of the name after ``preposition`` at ``j + 1``, the other party of a
    contest whose prize stands between the verb and it (at most :data:`CONTESTED_OVER`
    words, none a preposition or an auxiliary: "lost the final to X", "won the Test series
    against X"): a prize lost "to" the name (:data:`LOST_TO`) or handed to it
    (:data:`GIVEN_TO`, :data:`AWARDED`), or a sum approved "for" it (:data:`FUNDS`), is
    good news for it; one won "over" or "against" it (:data:`WON_OVER`), or damages won
    "from" it (:data:`DAMAGES`, over "in": "won £400,000 in damages from X"), bad; ``None``
    after a modal or a negation ("could lose the seat to X"), or where what is lost is no
    prize (:data:`_NOT_CONTESTED`).  Two prizes joined by "and" are one list of them,
    each of up to :data:`CONTESTED_OVER` words ("lost the match and the series to X"),
    the "and" opening the mention's clause or not, the second prize opening with an
    article or a possessive (:data:`_PRIZE_OPENS`; not "lost when exporting textiles and
    clothing to X")."""
    verbs, prizes, given = _CONTESTS[preposition]
    prize = False
    x = j
    over = CONTESTED_OVER
    floor = k0
    while x >= floor and j - x < over:
        f = forms[x]
        prize = prize or f in prizes
        if f in verbs or (prize and f in given):
            if x == j or _modal_before(forms, x, k0):
                return None  # the verb straight before: read by the rules above
            if f in LOST_TO:
                return "positive"  # "lost his libel case against X": X won it
            return "negative" if preposition in _TAKEN_FROM else "positive"
        if f == "and" and over == CONTESTED_OVER and x < j and forms[x + 1] in _PRIZE_OPENS:
            over = j - x + CONTESTED_OVER  # the list's first prize, as far back again
            floor = max(0, x - CONTESTED_OVER)
        elif f == "of" and over == CONTESTED_OVER and x > floor and forms[x - 1] in HELD_OF:
            over = j - x + CONTESTED_OVER  # "lost control of the council to X"
        elif f in _NOT_CONTESTED or f in AUXILIARIES or (
                f in STOPS and not (f == "in" and preposition == "from")
                and not (x < j and forms[x + 1] in PLAYED)):
            return None
        x -= 1
    return None


_DECIDED_BEFORE = _set("against with of")
#: The most words between "thanks to" and the "of" before a name ("thanks to the
#: quick thinking of X").
THANKED_OVER = 4


def _thanked(tokens: Sequence[str], forms: Sequence[str], j: int, k0: int) -> bool:
    """Whether word ``j``, before what the mention is called and its title with a
    capital ("of Captain X": the caller's :func:`_head`), ends "thanks to (the)", or
    "thanks to" and at most :data:`THANKED_OVER` words before an "of" ("thanks to the
    quick thinking of X")."""
    while j >= k0 and forms[j] == "the":
        j -= 1
    if j <= k0:
        return False
    if forms[j] == "to":
        return _thanks(tokens, forms, j - 1, k0)
    return forms[j] == "of" and _thanks_before(tokens, forms, j - 1, k0)


_DUES = _set("taxes tax rent fees bills interest wages arrears money debt debts loan loans")
#: The most words between a verb of :data:`OWED` and the "to" before the name.
OWED_OVER = 4


def _dues_paid(forms: Sequence[str], j: int, k0: int) -> str | None:
    """The label of the name a passive verb of :data:`PAID` is told "by", where word
    ``j`` ends what comes before the verb: dues of :data:`DUES_PAID` within
    :data:`PAID_OVER` words, paid (``"positive"``) or "not" paid (``"negative"``), else
    ``None``."""
    negated = False
    for x in range(j, max(k0 - 1, j - PAID_OVER), -1):
        f = forms[x]
        if f in NOT:
            negated = True
        elif f in DUES_PAID:
            return "negative" if negated else "positive"
        elif not f or f == NAME:
            return None
    return None


def _holders(tokens: Sequence[str], forms: Sequence[str], j: int, k0: int) -> bool:
    """Whether word ``j``, or the word before it, names holders of :data:`HOLDERS`
    ("Investors", "most shareholders"), also opening the sentence."""
    for x in (j, j - 1):
        if x >= k0 and x >= 0 and (
                tokens[x].lower() if forms[x] == NAME else forms[x]) in HOLDERS:
            return True
    return False


def _owed(forms: Sequence[str], j: int, k0: int) -> bool:
    """Whether word ``j``, before what the mention is called and its "the", is "to" after
    a verb of :data:`OWED` at most :data:`OWED_OVER` words back, with no sum or dues
    between or just before it ("owes much to X", "owe their lives to X"; not "owes
    5,000 pounds to X", "owed back taxes to X", "the debt owed to X")."""
    if j <= k0 or forms[j] != "to":
        return False
    for x in range(j - 1, max(k0 - 1, j - 2 - OWED_OVER), -1):
        f = forms[x]
        if f in OWED:
            # nor the dues before the participle: "the debt owed to X", "£5m owed to X"
            before = forms[x - 1] if x > k0 else "the"
            return bool(before) and before not in MONEY and before not in _DUES
        if not f or f in MONEY or f in _DUES or f == NAME:
            return False
    return False


def _thanks(tokens: Sequence[str], forms: Sequence[str], x: int, k0: int) -> bool:
    """Whether word ``x`` is "thanks" (also opening the sentence) and not "no thanks"."""
    return (forms[x] if forms[x] != NAME else tokens[x].lower()) in THANKS and not (
        x > k0 and forms[x - 1] == "no")


def _thanks_before(tokens: Sequence[str], forms: Sequence[str], j: int, k0: int) -> bool:
    """Whether "thanks to" comes at most :data:`THANKED_OVER` words before word ``j``
    (the word before an "of" that is just before a name), with none of "of", a word with
    a capital or a possessive pronoun between: "thanks to the quick thinking of X", not
    "thanks to its purchase of X", whose act is another's."""
    for x in range(j, max(k0, j - THANKED_OVER), -1):
        f = forms[x]
        if f == "to":
            return _thanks(tokens, forms, x - 1, k0)
        if f == "of" or f == NAME or not f or f in _THEIRS:
            return False  # "thanks to its acquisition of X": the act is another's
    return False


def _found_none(forms: Sequence[str], x: int, k0: int) -> bool:
    """Whether "no" and a verb of finding (:data:`FOUND_NONE`) end at word ``x``, before
    what was not found ("found no wrongdoing"), also over "evidence of" ("found no evidence
    of misconduct"): at most four words back."""
    if x >= k0 + 2 and forms[x] == "of" and forms[x - 1] == "evidence":
        x -= 2
    return x > k0 and forms[x] == "no" and forms[x - 1] in FOUND_NONE


def _lifted(forms: Sequence[str], x: int, k0: int) -> bool:
    """Whether a verb of :data:`LIFTED` ends at word ``x``, before a suspicion ("lifted
    suspicion", "removing the blame"), over "the" or "all"."""
    if x > k0 and forms[x] in ("the", "all"):
        x -= 1
    return x >= k0 and forms[x] in LIFTED


def _from_peril(forms: Sequence[str], start: int, k1: int) -> bool:
    """Whether "from" and, within three words, a peril (:data:`PERILS`) follow within six
    words of ``start`` in the clause ("three children from a burning house")."""
    for x in range(start, min(start + 6, k1 - 1)):
        if forms[x] == "from":
            return _within(forms, x + 1, 3, k1, PERILS)
    return False


def _praised_act(tokens: Sequence[str], forms: Sequence[str], j: int, k0: int) -> bool:
    """Whether a verb of praise (:data:`PRAISED`) in the active comes at most
    :data:`PRAISED_OVER` words before word ``j`` (before "by"), with an object between ("the
    agreement struck"): over no comma, auxiliary, name or clause word."""
    for x in range(j, max(k0 - 1, j - PRAISED_OVER - 1), -1):
        f = forms[x]
        if f in PRAISED:
            return x < j and (x == k0 or forms[x - 1] not in PASSIVE)
        if not f or f == NAME or f in AUXILIARIES or f in REPORTED or tokens[x].endswith(
                (",", ";", ":")):
            return False
    return False


#: What is sold out for a name's show ("Tickets for X's first concert sold out").
TICKETS = _set("tickets seats")
#: The most words between the name and "sold out" (:func:`_tickets_sold`).
TICKETS_OVER = 8


def _tickets_sold(tokens: Sequence[str], forms: Sequence[str], k0: int, k1: int, first: int,
                  last: int) -> str | None:
    """``"positive"`` where the mention on words ``first``..``last`` follows "tickets for"
    or "seats for" (over "the") at its clause's head and "sold out" comes within
    :data:`TICKETS_OVER` words after it ("Tickets for X's first concert sold out within
    an hour"), as a show of the name's sold out; else ``None``."""
    j = first - 1
    if forms[j] == "the":
        j -= 1
    if j - 1 < k0 or forms[j] != "for" or tokens[j - 1].lower() not in TICKETS or (
            j - 2 >= k0 and forms[j - 2] not in ("the", "all")):
        return None
    for x in range(last + 1, min(last + 1 + TICKETS_OVER, k1 - 1)):
        if forms[x] in SOLD:
            return "positive" if forms[x + 1] == "out" else None
    return None


#: After "a hit": whom it pleased ("a hit with commuters", "a hit among fans").
_HIT_WITH = _set("with among")


def _a_hit(forms: Sequence[str], start: int, k1: int) -> bool:
    """Whether "hit" and "with" or "among" follow at ``start``, after at most two words
    ("a hit with commuters", "a big hit among fans", "a smash hit with"): after the
    copula, a success, not a blow ("a hit to its profits")."""
    for x in range(start, min(start + 3, k1 - 1)):
        if forms[x] == "hit":
            return forms[x + 1] in _HIT_WITH
    return False


def _fended_off(forms: Sequence[str], j: int, k0: int) -> bool:
    """Whether a contest verb (:data:`WIN`) or "held off", "saw off" ... (:data:`FENDED`)
    ends at most three words before word ``j`` ("beating bids", "held off a late rally")."""
    for x in range(j, max(k0 - 1, j - 4), -1):
        f = forms[x]
        if f in WIN or f in SURVIVED:
            return True
        if f == "off":
            return x > k0 and forms[x - 1] in FENDED
        if not f or f in AUXILIARIES or (f in STOPS and f not in _LATE):
            return False
    return False


_LATE = _set("late early last")


def _name_chanted(forms: Sequence[str], k0: int, first: int, last: int) -> str | None:
    """``"positive"`` where the mention on words ``first``..``last``, a possessive before
    "name", is the object of a verb of :data:`CHANTED` ("Fans chanted X's name"), over
    "the"; else ``None``."""
    j = first - 1
    if j >= k0 and forms[j] == "the":
        j -= 1
    return "positive" if j >= k0 and forms[j] in CHANTED and forms[last] != "the" else None


def _gift_before(tokens: Sequence[str], forms: Sequence[str], j: int, k0: int) -> bool:
    """Whether a gift (:data:`GIFTS`), or a donation with its sum (:data:`DONATIONS`), ends
    at word ``j`` (before "from"): the gift's word itself, or a sum (a figure, a word of
    :data:`MONEY`, "of", "a", "more than" ...) back to it, at most :data:`GIFT_OVER`
    words."""
    if j >= k0 and forms[j] in GIFTS:
        return True
    summed = False
    for x in range(j, max(k0 - 1, j - GIFT_OVER), -1):
        f = forms[x]
        if f in GIFTS or f in DONATIONS:
            return summed
        if f in MONEY or (not f and any(c.isdigit() for c in tokens[x])):
            summed = True
        elif f not in _GIFT_SUM:
            return False
    return False


_GIFT_SUM = _set("of a an more than nearly almost about some over")


def _not_single(forms: Sequence[str], i: int, k1: int) -> str | None:
    """The label of a predicate at word ``i`` that denies its verb to the last of what it
    does ("not cancelled a single flight", "never lost a single game", "did not lose a
    single match"): ``"positive"`` for a harm or a failure (:data:`SINGLE_HARMS`),
    ``"negative"`` for a gain (:data:`SINGLE_GAINS`), else ``None``; four words read."""
    if i + 1 < k1 and forms[i] in _DID and forms[i + 1] in NOT:
        i += 1
    if i + 3 >= k1 or forms[i] not in NOT or forms[i + 2] != "a" or forms[i + 3] != "single":
        return None
    verb = forms[i + 1]
    if verb in SINGLE_HARMS:
        return "positive"
    return "negative" if verb in SINGLE_GAINS else None


def _decision(tokens: Sequence[str], forms: Sequence[str], j: int, k0: int) -> str | None:
    """The label of a decision (:data:`DECIDED`) whose "against", "with" or "in favour of"
    is word ``j``, just before a name: ``"negative"`` against it, ``"positive"`` for it,
    ``None`` where no decision is there or a negation comes before it."""
    p1 = forms[j]
    if p1 == "of":
        if j - 3 < k0 or forms[j - 1] not in FAVOUR or forms[j - 2] != "in":
            return None
        verb = j - 3  # "ruled in favour of X"
    else:
        verb = j - 1
        if verb > k0 and not forms[verb]:
            verb -= 1  # "voted 40-33 against X"
        if verb < k0 or p1 == "for" or (p1 == "with" and forms[verb] not in SIDED):
            return None  # "voted for X": NewsMTSC labels a voter's choice by its stance
    if verb < k0 or forms[verb] not in DECIDED or any(
            map(is_cue, tokens[max(k0, verb - 2) : verb])):
        return None
    return "negative" if p1 == "against" else "positive"


def _as_object(
    tokens: Sequence[str], forms: Sequence[str], k0: int, k1: int, first: int, last: int
) -> str | None:
    """The label of the verb the mention is the object of, up to three words after it
    ("banned former executive X"): a name or a pronoun ("cleared her"), not a possessive
    ("awarded X's prize", "beat his record") but where its rating is changed
    (:func:`_rating_owner`: "upgraded Greece's credit rating"), nor a phrase of time ("was
    arrested this week")."""
    if tokens[last].endswith(_POSSESSIVE):
        return _rating_owner(tokens, forms, k0, k1, first, last)
    at = first - 1 - (first - 1 > k0 and forms[first - 1] == "the")  # "officials of the X"
    if at - 2 >= k0 and forms[at] in _OF_AT and forms[at - 1] in PEOPLE_OF and (
            tokens[first][:1].isupper()):
        # "arrested two directors of X", "charged three officials at X": the body's
        # people punished or rewarded, the body's trouble or credit
        j = at - 2
        while j >= k0 and first - j <= PEOPLE_OVER and (
                not forms[j] or forms[j] in _BEFORE_SANCTION or forms[j] in _PEOPLE_BETWEEN):
            j -= 1
        if j > k0 and forms[j] == "of" and forms[j - 1] in NOMINAL_PUNISH:
            j -= 1  # "the arrest of three directors of X"
        if j >= k0 and (forms[j] in PUNISH or forms[j] in REWARD or forms[j] in NOMINAL_PUNISH
                        ) and not _modal_before(forms, j, k0):
            return "positive" if forms[j] in REWARD else "negative"
        return None
    if tokens[first][:1].isupper() or forms[first] in OBJECTS:
        j = first - 1
        while j >= k0 and first - j <= 4:
            f = forms[j]
            if ((f in WIN and f != "knocked") or f in PUNISH or f in REWARD) and _modal_before(
                    forms, j, k0):
                return None  # "must still beat X", "could charge X": not done yet
            if (f in WIN and f != "knocked") or f in PUNISH:
                return "negative"
            if f in DESERTED:
                # "Shoppers have deserted the Riverside Centre" ("have not deserted X":
                # not done)
                return None if _modal_before(forms, j, k0) else "negative"
            if f in ORDERED and _to_pay(forms, last + 1, k1):
                return "negative"  # "ordered X to release the records"
            relief = _relief(forms, j, last + 1, k1)
            if relief is not None:
                return relief  # "granted him bail", "denied X parole"
            if f in REWARD:
                return "positive"
            if f in DEALT and _within(forms, last + 1, 5, k1, DEALT_DEFEATS):
                # "handed Celtic their first defeat" ("could hand X a defeat": not yet)
                return None if _modal_before(forms, j, k0) else "negative"
            if f in LEFT and _within(forms, last + 1, 4, k1, _WITHOUT):
                return "negative"  # "leaving the party without a single seat"
            if f == "off" and j > k0 and forms[j - 1] in SAW:
                return "negative"  # "saw off Jones in straight sets"
            if f in FORCED_OUT and forms[j + 1] == "out":
                return "negative"  # "forced out chief executive X"
            if f in _KEPT_OR_DROPPED and last + 1 < k1:
                kept = _kept_or_dropped(forms, f, last + 1, k1)
                if kept is not None:
                    # "kept X in office", "dropped X from its list", "dropped X as its
                    # candidate"
                    return kept
            if f in VERDICT:
                verdict = _verdict(forms, last + 1, k1, j > k0 and forms[j - 1] in NOT)
                if verdict is not None:
                    return verdict  # "a jury found X not guilty"
            if f in SENT and _within(forms, last + 1, 4, k1, ROUNDS):
                return "positive"  # "sent Australia into the semi-finals"
            if f in DECLARED and _within(forms, last + 1, 6, k1, WINNERS):
                return "positive"  # "declared X winner of the by-election"
            if (f in LEADS or f in AHEAD or f in BEHIND) and _within(
                forms, last + 1, 6, k1, LEADS_BY
            ) and (last + 1 >= k1 or forms[last + 1] not in LEADS_BY):
                # "leads Mr. Paul by 8 points": behind in a race; "trails X by 200
                # delegates": ahead ("topped the UK poll" names no rival)
                return "positive" if f in BEHIND else "negative"
            if not f or f in STOPS or f in AUXILIARIES or f in GAIN or f in LOSS or f in WIN:
                break
            j -= 1
        o = first - 2 - FORCED_TITLE
        if o >= k0 and forms[o] in FORCED_OUT and forms[o + 1] == "out" and all(
                forms[x] and forms[x] != NAME and forms[x] not in STOPS
                for x in range(o + 2, first)):
            return "negative"  # "forced out chief operating officer X"
    return None


def _kept_or_dropped(forms: Sequence[str], verb: str, at: int, k1: int) -> str | None:
    """The label of a name kept or dropped (``verb``, before it) by what follows it from
    word ``at``: a candidacy after "as" (:data:`CANDIDACY`), a place kept (:data:`KEPT_IN`,
    :data:`KEPT_AWAY`, :data:`KEPT_ON`), a side kept from scoring (:data:`KEPT_DOWN`), a
    list or a side dropped from (:data:`LINEUPS`, :data:`BENCHES`)."""
    after = forms[at]
    if (verb in DROPPED_AS or verb in KEPT_AS) and _within(forms, at, 2, k1, _AS) and _within(
            forms, at, 5, k1, CANDIDACY):
        # "dropped X as its candidate", "kept X as their nominee"
        return "negative" if verb in DROPPED_AS else "positive"
    if at + 1 >= k1:
        return "negative" if verb in KEPT_AS and after in KEPT_DOWN else None
    if verb in KEPT_AS:
        if after in KEPT_DOWN:
            return "negative"  # "kept X scoreless"
        return _kept_at(forms, at, k1) if after in KEPT_AT else None
    if verb in DROPPED_FROM and (
            (after in _FROM and _within(forms, at + 1, 4, k1, LINEUPS))
            or (after in _TO and _within(forms, at + 1, 2, k1, BENCHES))):
        return "negative"  # "dropped X from its list", "dropped X to the bench"
    return None


def _kept_at(forms: Sequence[str], at: int, k1: int) -> str | None:
    """The label of a name kept "in" or "on" (word ``at``) a place (:data:`KEPT_IN`,
    :data:`KEPT_AWAY`, within three words) or "on" straight before :data:`KEPT_ON`."""
    if forms[at] == "on" and forms[at + 1] in KEPT_ON:
        return "positive"  # "kept X on as coach"
    for x in range(at + 1, min(at + 4, k1)):
        f = forms[x]
        if f in KEPT_IN:
            return "positive"
        if f in KEPT_AWAY:
            return "negative"
        if f in STOPS:
            break
    return None




#: A body's people, before "of" or "at" its name, whose punishment or reward is the
#: body's ("arrested two directors of X", "jailed three former officials at X").
PEOPLE_OF = _set(
    "directors director executives executive officials official employees employee staff "
    "managers manager bosses boss members officers"
)
_OF_AT = _set("of at")
#: Words between the verb and the body's people ("two former senior", "several").
_PEOPLE_BETWEEN = _set("former senior several four five six seven eight nine ten top")
#: The most words from the verb to the body's name.
PEOPLE_OVER = 7


#: A rating changed, told of its owner's possessive ("upgraded Greece's credit rating",
#: "cut Ghana's rating deeper into junk territory", "raised Brazil's credit rating by one
#: notch"): the verb right before the possessive, a rating among the three words after
#: it.  The owner fared well on a rise, badly on a cut; "raised" and "cut" alone are no
#: rating's ("cut Ghana's aid", "raised Brazil's profile").
RATING_UP = _set("upgraded upgrades upgrading raised raises raising lifted lifts")
RATING_DOWN = _set(
    "downgraded downgrades downgrading cut cuts cutting lowered lowers lowering slashed")
RATINGS_OWNED = _set("rating ratings")
RATING_OWNED_OVER = 3


def _rating_owner(
    tokens: Sequence[str], forms: Sequence[str], k0: int, k1: int, first: int, last: int
) -> str | None:
    """The label of a name whose rating a verb right before its possessive changed
    (:data:`RATING_UP`, :data:`RATING_DOWN`, :data:`RATINGS_OWNED`): "Moody's upgraded
    Greece's credit rating to investment grade" is good news for Greece.  Not done yet
    after a modal ("could cut Italy's rating"), nor a lower-case word's ("cut its
    rating": the pronoun's owner is another mention)."""
    j = first - 1
    if j < k0 or not tokens[first][:1].isupper():
        return None
    f = forms[j]
    up = f in RATING_UP
    if not (up or f in RATING_DOWN) or not _within(
            forms, last + 1, RATING_OWNED_OVER, k1, RATINGS_OWNED):
        return None
    if _modal_before(forms, j, k0):
        return None
    return "positive" if up else "negative"


#: Verbs before "out" and an object that push the object from its post ("forced out
#: chief executive X", "forced out chief operating officer X", a title of up to
#: :data:`FORCED_TITLE` words between): bad for it.
FORCED_OUT = _set("forced")
FORCED_TITLE = 3
#: Verbs of a party's choice of a candidate, before the name, "as" and a candidacy
#: (:data:`CANDIDACY`): "dropped X as its candidate" bad for X, "kept X as their nominee"
#: good; without a candidacy after ("dropped the charges", "kept the lead") not read here.
DROPPED_AS = _set("dropped drops")
KEPT_AS = _set("kept keeps retained")
_AS = _set("as")
CANDIDACY = _set("candidate candidates nominee nominees standard-bearer")
#: A name kept where it stands or held where it would not be, after a verb of
#: :data:`KEPT_AS`, the name, "in" or "on" (:data:`KEPT_AT`) and, within three words, a
#: post or a place on a list or in a side (:data:`KEPT_IN`: "kept X in office", "kept chair
#: X in post", "kept X on the ballot", "retained X in the squad"): good for it; a place of
#: confinement (:data:`KEPT_AWAY`: "kept X in custody", "kept X in the dark"): bad.  "On"
#: straight before a word of :data:`KEPT_ON` is a post kept too ("kept manager X on for
#: another season", "kept X on as coach").  Without a place after the name ("kept X
#: waiting", "kept the lead", "kept the pressure on X") not read here; a bench is left
#: to the model (a judge's seat, a player's exclusion).
KEPT_AT = _set("in on")
KEPT_IN = _set(
    "office post posts charge side team squad cabinet job role ballot shortlist ticket "
    "list line-up lineup roster payroll staff board power"
)
KEPT_AWAY = _set("custody jail prison detention captivity dark limbo remand sidelines")
KEPT_ON = _set("as for until")
#: A side kept from scoring, straight after the name ("kept X scoreless for 20 minutes"):
#: bad for it.
KEPT_DOWN = _set("scoreless goalless pointless wicketless")
#: The verbs :func:`_kept_or_dropped` reads.
_KEPT_OR_DROPPED = KEPT_AS | DROPPED_AS | DROPPED_FROM


#: The most words an object's noun group before its appositive is read over ("arraigned a
#: former director of the Nigerian Ports Authority, X,").
OBJECT_GROUP = 8


def _appositive_object(tokens: Sequence[str], forms: Sequence[str], first: int, last: int
                       ) -> str | None:
    """The label of a punishment or a reward done to the noun group the mention names in
    an appositive between commas ("arresting its alleged mastermind, X, in Hyderabad",
    "arraigned a former director of the Ports Authority, X, on a charge"): the verb before
    that group, at most :data:`OBJECT_GROUP` words back, over no other comma, verb or
    clause word (but "of"); not such a word straight after a determiner, which only says
    what the group is called ("The suspended officer, X, was reinstated")."""
    n = len(forms)
    if first < 2 or not tokens[first - 1].endswith(",") or not (
            last == n - 1 or tokens[last].endswith((",", "."))):
        return None
    for x in range(first - 2, max(-1, first - 2 - OBJECT_GROUP), -1):
        f = forms[x]
        if (f in PUNISH or f in REWARD) and x and tokens[x - 1].lower() in _DETERMINERS:
            return None  # "The suspended officer, X,": what it is called, no act done to it
        if f in PUNISH:
            return "negative"
        if f in REWARD:
            return "positive"
        if tokens[x].endswith((",", ";", ":")) or (f in STOPS and f != "of") or (
                f in AUXILIARIES or f in TRIGGERS):
            return None
    return None


def _as_subject(
    tokens: Sequence[str], forms: Sequence[str], clauses: Sequence[int], k0: int, k1: int,
    first: int, last: int, before: int,
) -> str | None:
    """The label of the verb the mention is the subject of: only "the" and words with a
    capital before it in its clause (a title, at most :data:`HEAD` words), or "(the)
    shares in", "Agents of", "Researchers at"; after it what of it ("'s quarterly
    profit", "shares"), a place, auxiliaries, then the verb.  ``before`` is the word
    before the subject's head and what it is called (:func:`_described` of
    :func:`_head` of ``first - 1``)."""
    n = len(forms)
    possessive = tokens[last].endswith(_POSSESSIVE)
    j = before
    research = False
    # a clause of time or reason: "as Augsburg scored four", "why X was right to" (its
    # verb alone: a verb after "and" is the main clause's more often, "after X resigned,
    # and narrowly won")
    subordinate = j >= k0 and forms[j] in SUBORDINATE
    if j >= k0 and (forms[j] in REPORTED or subordinate):
        # a reported clause opens: "Parents say the department has left ..."
        j = k0 - 1
    agent = False
    burden = False
    measured = False
    if j >= k0:
        head = tokens[j - 1].lower() if j > k0 else ""
        research = forms[j] in ("at", "of", "from") and head in RESEARCHERS
        agent = forms[j] in _AGENT_OF and (head in AGENTS or head in OFFICIAL)
        # "Dengue cases in X have doubled", "Unemployment in X fell": a bad thing of X's
        burden = forms[j] in _PLACED_BURDEN and head in BAD_NOUNS
        # "Membership of X", "Sales at X", "Approval of X": what counts how X fares
        measured = forms[j] in _MEASURED and (head in MEASURES or head in HEADS)
        if not (measured or agent or research or burden):
            return None
        if _head(tokens, forms, j - 2, k0) >= k0 and not (
                research and j - 2 >= k0 and forms[j - 2] in ("a", "the")):
            return None
        if agent:
            # "Agents of X arrested", "Police in X have charged": the body's people, or a
            # body where the mention is, act in its role; nothing else they do is its
            return _in_role(forms, last + 1, k1)
    # after it: what of it ("'s quarterly profit", "shares"), auxiliaries, the verb
    i = last + 1
    if (
        i == k1 and i + 1 < n and not forms[i] and tokens[last].endswith(",")
        and tokens[i].endswith(",")
    ):
        # an age between commas, a clause of its own: "Dan Wright, 28, faces ..."
        i += 1
        k1 = _clause_end(clauses, i, n)
    if i + 1 < n and tokens[i - 1].endswith(",") and forms[i] in _DONE_TO and (
            forms[i + 1] in _AFTER_PARTICIPLE or not forms[i + 1]):
        # an appositive that opens with what was done to the name: "X, accused of fraud,
        # fled", "X, 41, charged with murder, appeared in court", "X, fined £500, ..."; not
        # the name's own verb after its appositive ("The winner, X, accused the industry")
        return "negative"
    told = -1  # the word after a relative clause that tells a life, if any (DIED)
    if i < n and tokens[i - 1].endswith(","):
        who = i + 1 < n and forms[i] == "who"
        if who:
            # a relative clause of the name's own: "Karen Handel, who defeated Jon Ossoff"
            label = _predicate(tokens, forms, i + 1, _clause_end(clauses, i + 1, n),
                               possessive, research, first, last)
            if label is not None:
                return label
        if who or i == last + 1:
            # an appositive between commas, then the name's verb: "Yolanda Pruitt, first
            # elected in 2015, lost her seat", "X, who kept the clinic open, received a
            # commendation" (at most APPOSITIVE words)
            for j in range(i, min(n - 1, i + APPOSITIVE)):
                if tokens[j].endswith(","):
                    if any(forms[x] in WHO for x in range(i, j + 1)) and not any(
                            forms[x] in HARMED for x in range(i, j + 1)):
                        told = j + 1
                    i = j + 1
                    k1 = _clause_end(clauses, i, n)
                    break
            else:
                if who:
                    return None
    label = _predicate(tokens, forms, i, k1, possessive, research, first, last, burden,
                       measured)
    if label is None and told == i and _obituary(forms, i, k1):
        return "positive"  # "X, who founded the town's first library, has died aged 88"
    if label is None and not possessive and not subordinate and i < k1 < n - 1 and (
        _verb_like(forms[i]) and forms[k1] in ("and", "but")
        and (forms[k1 + 1] in AUXILIARIES or forms[k1 + 1] in TRIGGERS)
    ):
        # the subject's second verb: "twisted his ankle early in the second set but
        # overcame Melzer" (the first a verb's form: not "Irish band U2 ...", where the
        # mention modifies the subject)
        label = _predicate(tokens, forms, k1 + 1, _clause_end(clauses, k1 + 1, n),
                           possessive, research, first, last)
    if label is None and k1 < n - 1 and forms[k1] in PARTICIPLES and tokens[k1 - 1].endswith(
            ",") and not possessive and i < k1 and _verb_like(forms[i]):
        # what the subject's act did, in a clause of its participle: "opened the Red Line,
        # cutting the journey to 35 minutes"
        label = _predicate(tokens, forms, k1, _clause_end(clauses, k1, n),
                           possessive, research, first, last)
    return label


def _obituary(forms: Sequence[str], i: int, k1: int) -> bool:
    """Whether the predicate at word ``i`` (of a clause ending at ``k1``) reports its
    subject's death as an obituary does (:data:`DIED`: "has died aged 72", "died on
    Sunday", "passed away in Thiruvananthapuram on Friday"), not a victim's ("died after",
    "died from", "died in a crash", :data:`_VIOLENT_AFTER`; "in" and a name is a place)."""
    while i < k1 and forms[i] in AUXILIARIES:
        i += 1
    if i >= k1:
        return False
    if forms[i] == "passed" and i + 1 < k1 and forms[i + 1] == "away":
        i += 1
    elif forms[i] not in DIED:
        return False
    after = forms[i + 1] if i + 1 < len(forms) else ""
    if after == "in" and i + 2 < len(forms) and forms[i + 2] == NAME:
        return True  # "died in Mexico City at 87"
    return after not in _VIOLENT_AFTER


def _predicate(
    tokens: Sequence[str], forms: Sequence[str], i: int, k1: int, possessive: bool,
    research: bool, first: int, last: int, bad: bool = False, measured: bool = False,
) -> str | None:
    """The label of the predicate that opens at word ``i`` of a clause ending at ``k1``,
    its subject on words ``first``..``last`` (see :func:`_as_subject`): what of the
    subject (``possessive``), a place, auxiliaries, then the verb; ``bad`` where what
    rises or falls is a bad thing of the subject's ("Crime in X fell")."""
    if possessive:
        steps = 0
        while (
            i < k1 and steps < 5 and forms[i] and forms[i] not in AUXILIARIES
            and forms[i] not in GAIN and forms[i] not in LOSS and forms[i] not in WIN
            and forms[i] not in TOUCHED and forms[i] not in RISEN and forms[i] not in DROPPED
            and (forms[i] not in SOLD or i + 1 >= k1 or forms[i + 1] != "out")
            and (forms[i] not in MADE or i + 1 >= k1 or forms[i + 1] != "the")
            and forms[i] not in _COMPARATIVES
            and (forms[i] not in CLOSED or _closed(forms, i + 1, k1) is None)
        ):
            if forms[i] in OFFICIAL:
                # "Holyrood's finance committee has accused", "Kent's police arrested": its
                # official body acts in its role; nothing else the body does is its own
                return _in_role(forms, i + 1, k1)
            bad = bad or forms[i] in BAD_NOUNS
            measured = measured or forms[i] in MEASURES or forms[i] in HEADS
            i += 1
            steps += 1
    elif i < k1 and forms[i] in HEADS:
        i += 1
        measured = True
    elif i + 1 < k1 and forms[i] in PLACED and tokens[i + 1][:1].isupper():
        # "Dr Jane Roe of Winnipeg was ...": a place or a body after the name
        i += 1
        end = min(k1, i + HEAD)
        while i < end and tokens[i][:1].isupper() and forms[i] != "the":
            i += 1
    elif i + 1 < k1 and forms[i] in OFFICIAL and not research:
        # "US prosecutors charged X", "Kenyan police have arrested": the mention names
        # where the body is from, the body acts in its role; nothing else is its own
        return _in_role(forms, i + 1, k1)
    passive = False
    steps = 0
    while i < k1 and steps < 3 and (forms[i] in AUXILIARIES or _manner(forms[i]) or (
            forms[i] in _JOINTLY and i > last + 1 and forms[i - 1] in PASSIVE) or (
            forms[i] in _JOINTLY and i == last + 1 and forms[i - 1] == NAME)):
        passive = passive or forms[i] in PASSIVE
        i += 1
        steps += 1
    if passive and i + 1 < k1 and forms[i] == "to" and forms[i - 1] in ("is", "are"):
        passive = False  # "is to close 50 stores": what is planned, in the active
        i += 1
    elif i == last + 1 and i + 1 < k1 and forms[i] == "to" and (
            forms[i + 1] in LOWER or forms[i + 1] in RAISE or forms[i + 1] in LAID):
        i += 1  # a headline's plan: "X to cut 2,000 jobs", read as "X is to cut"
    if not passive or forms[i - 1] in ("has", "have", "had"):
        single = _not_single(forms, i, k1)
        if single is not None:
            return single  # "has not cancelled a single flight"
    if i + 1 < k1 and (forms[i] in NOT or forms[i] in _DID) and _not_chosen(
            forms, i, k1, passive):
        return "negative"  # "was not selected for the squad", "did not make the squad"
    negated = False
    if i + 1 < k1 and forms[i] in ("not", "never") and forms[i + 1] in VERDICT:
        negated = True  # "was not found guilty"
        i += 1
    if i >= k1:
        return None
    verb = forms[i]
    if passive and verb.endswith("ing"):
        passive = False  # "is recovering", "are winning": the progressive, in the active
    # "had the lowest infant mortality rate" ("had" read as an auxiliary), "recorded the
    # highest turnout"
    the = i if verb == "the" and i > 0 and forms[i - 1] in FARED else (
        i + 1 if verb in FARED else -1)
    if 0 <= the < k1 - 1 and forms[the] == "the" and (
            forms[the + 1] in HIGHEST or forms[the + 1] in LOWEST):
        for f in forms[the + 2 : min(the + 6, k1)]:
            if f in MEASURED_HARMS or f in MEASURED_GOODS:
                return "positive" if (f in MEASURED_GOODS) == (
                    forms[the + 1] in HIGHEST) else "negative"
        return None
    if verb in _THEIRS and i > 0 and forms[i - 1] in FARED:
        verb = forms[i - 1]  # "had its best year": "had" was read as an auxiliary
        i -= 1
    if verb in FARED and i + 2 < k1 and forms[i + 1] in _THEIRS and (
            forms[i + 2] in BEST or forms[i + 2] in WORST):
        return "positive" if forms[i + 2] in BEST else "negative"  # "had its best year"
    if verb in HAD and i + 3 < k1 and forms[i + 1] in _THEIRS:
        done = _had_done(forms, i + 2, k1)
        if done is not None:
            return done  # "had its licence revoked", "had his conviction quashed"
    if verb in VERDICT and passive:
        verdict = _verdict(forms, i + 1, k1, negated)
        if verdict is not None:
            return verdict  # "was found guilty", "was found not guilty of murder"
    # one set test of the words after the verb for both readings that need one
    compared = _within(forms, i, COMPARED_OVER, k1, _COMPARED_OR_WITHOUT) and (
        _than_all(forms, i, k1) or _run_without(forms, i + 1, k1))
    if compared:
        # "lends more books than any library in the county", "went the whole season
        # without a single win"
        return compared
    if research:
        # "Researchers at X have developed a test": what they achieved, not what they
        # found to be so ("found that"), is good news for X, and so is a contest they
        # won ("Pupils at X outscored every other school")
        return "positive" if (verb in ACHIEVED or verb in EARNED or verb in WIN) and (
            i + 1 >= k1 or forms[i + 1] not in ("that", "no", "little", "nothing")) else None
    if not passive and verb not in _PREDICATE_VERBS:
        # no rule below names this verb (most words after a subject): of them, only a
        # verb after "to" and a schedule read other words; the rest is not walked
        return None if _to_verb(forms, i, k1) else _schedule(forms, i + 1, k1)
    if verb == "unable":
        return "negative"  # "has been unable to say"
    if verb == "held":
        if passive and i + 1 < k1 and not forms[i + 1]:
            return "negative"  # "were held 0-0 by Morecambe"
        if _held_to_draw(forms, i + 1, k1):
            # "were held to a goalless draw" (the subject dropped points); "held X to a draw"
            return "negative" if passive else "positive"
    if verb in SURVIVED and not passive and _within(forms, i + 1, 4, k1, SURVIVED_WHAT):
        return "positive"  # "survived a leadership challenge", "survived a shareholder revolt"
    if verb in DROPPED_OWN and not passive and _within(forms, i + 1, 3, k1, DROPPED_CASES):
        return "neutral"  # "X dropped its lawsuit against Y": its own suit, no fall
    if verb in DROPPED_OWN and not passive and _within(forms, i + 1, 3, k1, POINTS):
        return "negative"  # "dropped points at home", as one held to a draw
    if verb in INTO and _insolvent(forms, i + 1, k1):
        return "negative"  # "went into administration", "filed for bankruptcy"
    if passive and (verb in RIGHT or verb in WRONG) and i + 1 < k1 and forms[i + 1] in (
            "to", "in"):
        return "positive" if verb in RIGHT else "negative"  # "X was right to hold rates"
    if verb in REOPENED and not passive and (i + 1 >= k1 or forms[i + 1] in _REOPENED_AFTER
                                             or not forms[i + 1]):
        return "positive"  # "The Grand Opera House reopened after a two-year restoration"
    if verb in DONATED and not passive and not possessive and _sum_given(tokens, forms, i + 1, k1):
        return "positive"  # "X raised 5,000 pounds for the hospice"
    if verb in DONATED and not passive and not possessive and _sum_given(
            tokens, forms, i + 1, k1, FUNDERS):
        return "positive"  # "X raised $60m from investors", "raised £5m in a funding round"
    if verb in LANDED and not passive and _within(forms, i + 1, 4, k1, AWARDED):
        return "positive"  # "landed a deal to supply the navy", "secured a contract"
    if verb in RESCUED and not passive and not possessive and i + 1 < k1 and forms[i + 1]:
        return "positive"  # "Lifeguards rescued two swimmers"
    if verb in PULLED and not passive and not possessive and _from_peril(forms, i + 1, k1):
        return "positive"  # "pulled three children from a burning house"
    if verb in HELPED and not passive and not possessive and not _within(
            forms, i + 1, 5, k1, FUELLED):
        return "positive"  # "X helped the village raise 40,000 pounds"
    if passive and verb in ("a", "an") and _a_hit(forms, i + 1, k1):
        return "positive"  # "X's new route has been a hit with commuters"
    if passive and verb in _COPULA_OPENERS and _copula_first(forms, i, k1):
        return "positive"  # "is the first woman to head", "was the winner of the debate"
    if passive:
        if verb in WIN or verb in PUNISH or (verb in ORDERED and _to_pay(forms, i + 1, k1)) or (
                verb in _COMPELLED and "to" in forms[i + 1 : min(i + 9, k1)]):
            return "negative"
        relief = _relief(forms, i, i + 1, k1)
        if relief is not None:
            return relief  # "was granted bail", "has been refused asylum"
        if verb in ("appointed", "made") and any(
            t.lower().strip(".,") in ORDERS for t in tokens[i + 1 : min(i + 5, k1)]
        ):
            return "positive"  # "was appointed to the Order of Canada", "was made an MBE"
        if verb == "named" and any(
            t.lower().strip(".,") == "year" for t in tokens[i + 1 : min(i + 8, k1)]
        ):
            return "positive"  # "was named Pharmacist of the Year"
        if (verb in PASSED_OVER or (verb, forms[i + 1] if i + 1 < k1 else "") in SETBACKS
                ) and not _within(forms, i + 2, 2, k1, _LET_OFF):
            return "negative"  # "was overlooked for the job", "was sent off"
        if verb in CHOSEN and (i + 1 >= k1 or forms[i + 1] not in _CHOSEN_NOT):
            return "positive"  # "was chosen from 300 applicants", "has been selected to host"
        if verb in NOMINATED and i + 1 < k1 and forms[i + 1] == "for":
            return "positive"  # "has been nominated for an Oscar", as one shortlisted
        if verb == "spared" and _within(forms, i + 1, 3, k1, HARMS_ESCAPED):
            return "positive"  # "was spared jail"
        if verb == "saved" and i + 1 < k1 and forms[i + 1] == "from":
            return "positive"  # "has been saved from closure", as one rescued
        if verb in HANDED and _within(forms, i + 1, 4, k1, BOONS):
            return "positive"  # "was handed a lifeline", "was given the all-clear"
        if verb in DEALT and _within(forms, i + 1, 5, k1, DEALT_DEFEATS):
            return "negative"  # "were handed a 4-0 defeat", "was dealt a heavy loss"
        if verb == "released" and _within(forms, i + 1, 3, k1, CUSTODY):
            return "positive"  # "was released from prison", "released on bail"
        if verb in RECALLS and i + 1 < k1 and forms[i + 1] in _TO and _within(
                forms, i + 2, 3, k1, LINEUPS):
            return "positive"  # "was recalled to the squad"
        if verb in REWARD or verb in APPOINTED:
            return "positive"
        return _schedule(forms, i + 1, k1)
    if verb in STANDING and i + 1 < k1 and (forms[i + 1] in TOP or forms[i + 1] in BOTTOM) and (
            i + 2 >= k1 or forms[i + 2] != "to"):
        # "came bottom of the table", "finished top" ("came first to the scene" is no place)
        return "positive" if forms[i + 1] in TOP else "negative"
    if verb in STANDING:
        standing = _standing(forms, i + 1, k1)
        if standing is not None:
            return standing  # "finished the season 17 points behind the leaders"
    if verb in EMPTY_VERBS and _empty_handed(forms, i + 1, k1):
        return "negative"  # "went home empty-handed", "came away with nothing"
    if verb in MOVED and i + 1 < k1 and forms[i + 1] in ("top", "bottom") and (
            i + 2 >= k1 or forms[i + 2] != "to"):
        return "positive" if forms[i + 1] == "top" else "negative"  # "went top of the league"
    if (verb in STANDING or verb in MOVED or verb in TOUCHED or verb in CHARTED) and any(
            forms[x] == "number" and forms[x + 1] == "one"
            for x in range(i + 1, min(i + 5, k1 - 1))):
        return "positive"  # "went straight in at number one", "reached number one"
    if verb in MADE_GOOD and _within(forms, i + 1, 4, k1, COMEBACKS):
        return "positive"  # "completed a remarkable comeback"
    if verb in TOUCHED:
        level = _level(forms, i + 1, k1)
        if level is not None:
            return level  # "shares hit a record high", "hit a five-year low"
    if verb in SPARED and i + 1 < k1 and forms[i + 1] != "from" and _within(
            forms, i + 1, 4, k1, HARMS_ESCAPED):
        # "avoided a prison sentence", "escaped with a warning" ("escaped from prison" is
        # a flight)
        return "positive"
    if verb in SAW and i + 1 < k1 and forms[i + 1] == "off":
        return "positive"  # "saw off Jones in straight sets"
    if verb == "walked" and i + 1 < k1 and forms[i + 1] == "free":
        return "positive"  # "walked free from court"
    if verb in WASTED and _within(forms, i + 1, 5, k1, ADVANTAGES):
        return "negative"  # "blew a three-goal lead"
    if verb in RECEIVED:
        # an honour in lower case, or the last word of one's name ("received a Head of
        # State Commendation", "received the Queen's Gallantry Medal")
        return "positive" if _within(forms, i + 1, 4, k1, HONOURS) or _named_honour(
            tokens, forms, i + 1, k1) else None
    if verb in LEFT:
        return "negative" if _within(forms, i + 1, 6, k1, _WITHOUT) else None
    if verb in BECAME and _within(forms, i + 1, 3, k1, _FIRST):
        return "positive"  # "became the first", "has become India's first"
    if verb in MADE and i + 1 < k1 and forms[i + 1] == "the":
        # in lower case: a list's name is written with capitals ("50 Best list")
        ahead: Sequence[str] = [t.lower().strip(".,;:") for t in tokens[i + 2 : min(i + 8, k1)]]
        for x, f in enumerate(ahead):
            if f in SELECTIONS and (x + 1 >= len(ahead) or ahead[x + 1] != "of"):
                return "positive"  # "made the final", "made the cut" (not "the cut of")
            if f in LISTS:
                if not BEST.isdisjoint(ahead[:x]) or "top" in ahead[:x]:
                    return "positive"  # "made the Asia's 50 Best list"
                break
    if verb in POACHED and not passive and not possessive:
        return "positive"  # "X poached marketing chief Y from rival Z"
    if verb in DESERVED and not passive and not possessive and i + 1 < k1 and forms[
            i + 1] and not _within(
            forms, i + 1, 4, k1, EARNED_HARMS | PUNISH | BAD_RESULTS):
        return "positive"  # "has earned accreditation", "earned a recall to the squad"
    if (verb in INTENDS or verb in LOWER or verb in RAISE or verb in FROZE) and _others_funds(
            tokens, forms, i + 1, k1):
        # "The Treasury announced cuts to the BBC's budget", "Ottawa slashed aid to X": a
        # body moving another's funds, in its role
        return "neutral"
    if verb in INTENDS and not passive:
        # "announced plans to cut 300 jobs", "plans to lay off 400 workers": the subject's
        # own cut or raise, told ahead; "announced 850 redundancies": a cut as a noun
        x = i + 1
        while x < k1 and x < i + 1 + INTENDED_OVER and forms[x] in _INTENDED_BETWEEN:
            x += 1
        if x < k1 and (forms[x] in LOWER or forms[x] in RAISE or forms[x] in LAID):
            intended = _predicate(tokens, forms, x, k1, possessive, research, first, last)
            if intended is not None:
                return intended
        elif _within(forms, x, INTENDED_OVER, k1, CUTS):
            return "negative"
    if verb in RESULTS and i + 1 < k1 and forms[i + 1] in NONE_OF:
        # "reported no rhino poaching", "recorded zero cases", "made no profit"
        for f in forms[i + 2 : min(i + 6, k1)]:
            if f in COUNTED_HARMS or f in HARMS:
                return "positive"
            if f in GOOD_RESULTS:
                return "negative"
        return None
    if verb in RESULTS:
        fell = False
        record = False
        # six words, a figure "12 per cent" or "9 percent" as one ("a 12 per cent fall in
        # operating profit", as "a 12% fall in operating profit")
        ahead = forms[i + 1 : min(i + 7, k1)]
        end = min(i + 7 + 2 * ahead.count("per") + ahead.count("percent"), k1)
        for x in range(i + 1, end):
            f = forms[x]
            if f in FALLING:
                fell = True
            elif f in BAD_RESULTS:
                return "negative"
            elif f in GOOD_RESULTS:
                if x + 1 < k1 and forms[x + 1] in WARNINGS:
                    return "negative"  # "issued a profit warning"
                if f in RECORDS:
                    record = True  # "a record loss": the words after say which
                    continue
                return "negative" if fell else "positive"
        if record:
            return "negative" if fell else "positive"  # "posted a record"
        return None
    if verb in LAID and i + 2 < k1 and forms[i + 1] == "off" and _first_of(
            forms, i + 2, 6, k1):
        return "negative"  # "laid off 600 workers at its coal mine", as "cut 600 jobs"
    if verb in PAID and not passive and not possessive:
        x = i + 2 if i + 1 < k1 and forms[i + 1] == "off" else (
            i + 1 if verb.startswith("re") else k1)
        if x < k1 and _first_of(forms, x, 6, k1) is False:
            return "positive"  # "has paid off its debts", "repaid its arrears"
        if x == k1 and not DEBTS.isdisjoint(forms[i + 1 : min(i + 1 + PAID_OVER, k1)]):
            return "positive"  # "paid three months of pension arrears"
    if verb in HIRED and not passive and not possessive and _hired(forms, i + 1, k1):
        return "positive"  # "has hired 300 people at its plant", as "created 300 jobs"
    if verb in PRESERVED and not possessive and _first_of(forms, i + 1, 6, k1):
        return "positive"  # "has kept every one of its 800 jobs"
    if verb in LOWER or verb in RAISE:
        good = _first_of(forms, i + 1, 6, k1)
        if good is not None:
            return "positive" if good == (verb in RAISE) else "negative"
    if verb in ("scored", "netted") and _within(forms, i + 1, 3, k1, POORLY):
        return "negative"  # "scored an own goal", "scored poorly"
    if verb in FACES:
        x = i + 1
        while x < k1 and forms[x] in ("a", "an", "the", "new", "fresh", "further", "more"):
            x += 1
        # what is faced, no name within three words ("face minnows the Faroe Islands")
        ahead = forms[x : min(x + 3, k1)]
        if x + 2 < k1 and forms[x] == "up" and forms[x + 1] == "to" and (
                not forms[x + 2] or forms[x + 2] in PENALTIES):
            return "negative"  # "faces up to life in prison", "faces up to 10 years"
        return "negative" if x < k1 and forms[x] not in ("", "up", "down") and (
            FIXTURES.isdisjoint(ahead) and NAME not in ahead) else None
    if verb in DEALT and _within(forms, i + 1, 6, k1, DEALT_DEFEATS):
        return "positive"  # "handed Celtic their first defeat", "inflicted a defeat on X"
    if verb in CRITICISE and (i + 1 >= k1 or forms[i + 1] not in STOPS):
        # "X accused the state government of hiding the death toll"; not a headline's
        # passive, its preposition straight after ("X accused of fraud", "X blamed for
        # crash")
        return "neutral"
    if verb in TOOK and _within(forms, i + 1, 4, k1, PRIZES):
        return "positive"  # "took the Surrey seat", "retained the ward"
    if verb in KEPT_AS and _within(forms, i + 1, 2, k1, KEPT_HELD):
        return "positive"  # "kept the lead", "kept control of the council"
    if verb in COURSE and _to_win(forms, i + 1, k1):
        return "positive"  # "came back from five runs down to beat X"
    if verb in REACHED and _within(forms, i + 1, 6, k1, ROUNDS):
        return "positive"  # "reached the final", "booked their place in the semi-finals"
    if verb in CLOSED:
        closed = _closed(forms, i + 1, k1)
        if closed is not None:
            return closed if not bad else ("negative" if closed == "positive" else "positive")
    if verb not in _FAILED and _to_verb(forms, i, k1):
        # "declined to comment": no result ("fell to 3%", "rose to a record", "slipped to
        # 40th", "failed to pay" are)
        return None
    if verb in RECALLS and _within(forms, i + 1, 6, k1, RECALLED):
        return "negative"  # "recalled 1.1 million vehicles"
    if verb in WITHDREW and _off_sale(forms, i + 1, k1):
        return "negative"  # "withdrew its sickle cell drug from sale"
    if verb in BROKE and _within(forms, i + 1, 5, k1, RECORD_NOUNS) and not (
            verb in _LOWERED and _to_first(forms, i + 1, k1)):
        level = _level(forms, i + 1, k1)
        return "positive" if level is None else level  # "broke the world record"
    if verb in SOLD and i + 1 < k1 and forms[i + 1] == "out":
        after = forms[i + 2] if i + 2 < k1 else None
        return "positive" if (after is None or after in SOLD_OUT or after == NAME) and not (
            _within(forms, i + 2, 6, k1, _TO)) else None
    if verb in VOLUMES:
        more = _more_or_fewer(forms, i + 1, k1)
        if more is not None:
            return more  # "sold 18 per cent more SUVs", "carried fewer passengers"
    if verb in VOLUMES and (_within(forms, i + 1, 5, k1, RECORD_NOUNS) or _within(
            forms, i + 1, 5, k1, MILESTONES)):
        # "carried a record 160 million passengers", "welcomed its millionth visitor";
        # what the record counts, or a low, says when it is none ("a record number of
        # complaints")
        if _level(forms, i + 1, k1) is not None or _within(forms, i + 1, 8, k1, COUNTED_HARMS):
            return None
        return "positive"
    if verb in MET and _within(forms, i + 1, 5, k1, GOALS):
        return "positive"  # "met its four-hour target", "exceeded forecasts"
    if (verb in LEADS or verb in BEHIND) and _within(forms, i + 1, 8, k1, LEADS_BY):
        # "leads Mr. Paul by 8 points": ahead in a race; "trail Labour by 9 points"
        return "negative" if verb in BEHIND else "positive"
    if measured and not passive and (verb in RISEN or verb in DROPPED or (
            verb in TOUCHED and _within(forms, i + 1, 3, k1, RECORD_NOUNS))):
        # a measure of the subject's rose or fell: "Membership of X has grown to 240",
        # "Sales at X dropped", "Ticket sales at X reached a record 60,000"
        return "positive" if (verb in DROPPED) == bad else "negative"
    if i + 2 < k1 and forms[i + 2] in TOSSES and forms[i + 1] == "the" and (
            verb in GAIN or verb in LOSS):
        return "neutral"  # "won the toss and chose to bat": the coin's call, no result
    if verb in WIN or verb in GAIN:
        if i + 1 < k1 and forms[i + 1] in PARTICLES:
            return None
        return "negative" if bad else "positive"
    if verb in LOSS:
        return "positive" if bad else "negative"
    if (verb in PUNISH or verb in ROLE) and not OFFICIAL.isdisjoint(
        t.lower().strip(".,") for t in tokens[first : min(last + 1, first + 2 * HEAD)]
    ):
        return "neutral"
    return _schedule(forms, i + 1, k1)


_COPULA_OPENERS = _set("the only")
#: "had", "has", "have" before what a subject owns and what was done to it ("had its
#: licence revoked", "has had his conviction quashed", "had its funding cut").
HAD = _set("had has have")
#: Permits a subject holds (with :data:`RELIEFS`): revoked, bad news for it; renewed or
#: restored, good.
PERMITS = RELIEFS | _set("accreditation registration permit permits franchise")
REVOKED = _set("revoked withdrawn suspended cancelled canceled removed stripped")
RENEWED = _set("renewed restored reinstated extended granted approved")
#: The most words of what a subject owns before the noun ("had its operating licence
#: revoked").
HAD_OVER = 3


def _had_done(forms: Sequence[str], x: int, k1: int) -> str | None:
    """The label of what was done to a subject's own (its noun among the
    :data:`HAD_OVER` words from ``x``, the participle after it, over an adverb): a
    punishment (:data:`SANCTIONS`) undone is good news, kept bad ("had his conviction
    quashed", "had its ban extended"); a permit (:data:`PERMITS`) revoked bad, renewed
    good ("had its licence revoked"); a good (:data:`GOODS`) cut bad, raised good, a harm
    (:data:`HARMS`) the other way round ("had its funding cut", "had its debts
    reduced"); else ``None``."""
    for noun in range(x, min(x + HAD_OVER, k1 - 1)):
        n = forms[noun]
        if n in SANCTIONS or n in PERMITS or n in GOODS or n in HARMS:
            break
    else:
        return None
    v = noun + 1
    if _manner(forms[v]) and v + 1 < k1:
        v += 1  # "had its licence swiftly revoked"
    p = forms[v]
    if n in SANCTIONS:
        good, bad = UNDONE, KEPT
    elif n in PERMITS:
        good, bad = RENEWED, REVOKED
    elif n in GOODS:
        good, bad = RAISE, LOWER
    else:
        good, bad = LOWER, RAISE
    return "positive" if p in good else "negative" if p in bad else None

#: The verbs after which a verb after "to" still names a result ("failed to pay").
_FAILED = _set("failed struggled struggles")


def _to_verb(forms: Sequence[str], i: int, k1: int) -> bool:
    """Whether "to" and a verb follow the verb at word ``i`` ("declined to comment"): a
    word after "to" that is no level (:data:`LEVELS`: "rose to a record") nor an
    ordinal ("slipped to 40th") nor a figure ("fell to 3%")."""
    return (i + 2 < k1 and forms[i + 1] == "to" and bool(forms[i + 2])
            and forms[i + 2] not in LEVELS and not ordinal(forms[i + 2]))


_ORDINAL_WORDS = ORDINALS | _set(
    "fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)


def ordinal(form: str) -> bool:
    """Whether ``form`` is an ordinal, a place in a ranking ("third", "40th"); a form, so
    without the period a sentence's last word keeps."""
    return form in _ORDINAL_WORDS or (
        form[-2:] in ("st", "nd", "rd", "th") and form[:-2].isdigit())


def _closed(forms: Sequence[str], x: int, k1: int) -> str | None:
    """A market's close after its verb (:data:`CLOSED`), from word ``x``: ``"positive"``
    for "higher", ``"negative"`` for "lower", past a figure and the words of a measure
    (:data:`CLOSED_BETWEEN`) within :data:`CLOSED_OVER` words, the comparative ending the
    clause or before a preposition; ``None`` for any other."""
    for k in range(x, min(k1, x + CLOSED_OVER)):
        f = forms[k]
        if f == "higher" or f == "lower":
            if k + 1 < k1 and forms[k + 1] and forms[k + 1] not in _AFTER_CLOSE:
                return None  # "ended the lower rate"
            return "positive" if f == "higher" else "negative"
        if f and f not in CLOSED_BETWEEN:
            return None
    return None


#: What may follow a market's closing comparative: a preposition, a conjunction, a name
#: ("higher on Friday").
_AFTER_CLOSE = _set("on at in to after as and but while with than from by for") | {NAME}


def _more_or_fewer(forms: Sequence[str], x: int, k1: int) -> str | None:
    """``"positive"`` where more of a volume follows a verb of :data:`VOLUMES` from word
    ``x`` (after at most a figure: "18 per cent more", "2 million more"), ``"negative"``
    where fewer does; ``None`` for neither, for "more than", and for a harm counted
    (:data:`COUNTED_HARMS`)."""
    end = min(x + 5, k1)
    while x < end and (not forms[x] or forms[x] in _FIGURE_WORDS):
        x += 1
    if x >= end or (forms[x] not in MORE and forms[x] not in FEWER):
        return None
    if x + 1 < k1 and forms[x + 1] in ("than", "of"):
        return None
    if _within(forms, x + 1, 4, k1, COUNTED_HARMS):
        return None
    return "positive" if forms[x] in MORE else "negative"


_FIGURE_WORDS = _set("per cent percent million billion thousand hundred times")
_COMPARATIVES = MORE | FEWER
_COMPARED_OR_WITHOUT = _COMPARATIVES | _WITHOUT


def _than_all(forms: Sequence[str], i: int, k1: int) -> str | None:
    """``"positive"`` where more of something than any other, or than ever, follows the
    verb at word ``i`` (:data:`THAN_ALL`: "lends more books than any library", "won more
    seats than ever"), ``"negative"`` where fewer or less does; ``None`` for neither, for
    a harm counted (:data:`COUNTED_HARMS`, :data:`BAD_NOUNS`), after a verb of a loss or a
    harm (:data:`SINGLE_HARMS`) or a negation, and for "more than" or an adjective after
    the comparative (:data:`_COMPARED_NOT`, a word in -ly)."""
    end = min(i + COMPARED_OVER, k1)
    x = i
    while x < end and forms[x] not in _COMPARATIVES:
        if forms[x] in SINGLE_HARMS or forms[x] in NOT or forms[x] in NEGATIONS:
            return None  # "lost more games than", "has not sold more"
        x += 1
    if x >= end or x + 1 >= k1:
        return None
    after = forms[x + 1]
    if not after or after in _COMPARED_NOT or after.endswith("ly"):
        return None  # "more than 300", "more likely than any"
    for y in range(x + 1, min(x + 1 + THAN_OVER, k1 - 1)):
        f = forms[y]
        if f in COUNTED_HARMS or f in BAD_NOUNS or f in HARMS:
            return None  # "had more complaints than any other airline"
        if f == "than":
            g = forms[y + 1]
            if g in THAN_ALL or (g in ("at", "in") and _next_is(forms, y + 1, k1, "any")):
                return "positive" if forms[x] in MORE else "negative"
            return None
    return None


def _standing(forms: Sequence[str], start: int, k1: int) -> str | None:
    """``"negative"`` where "behind" follows a verb of :data:`STANDING` within
    :data:`STANDING_OVER` words from ``start`` ("finished the season 17 points behind the
    leaders"), ``"positive"`` where "ahead of" does ("came home ahead of the
    favourite"); ``None`` for neither and for "from behind" (a comeback)."""
    for x in range(start, min(start + STANDING_OVER, k1)):
        f = forms[x]
        if (f == "behind" or (f == "ahead" and _next_is(forms, x, k1, "of"))) and (
                forms[x - 1] != "from"):
            return "negative" if f == "behind" else "positive"
    return None


def _empty_handed(forms: Sequence[str], start: int, k1: int) -> bool:
    """Whether "empty-handed" or "with nothing" follows a verb of :data:`EMPTY_VERBS`
    within :data:`EMPTY_OVER` words from ``start`` ("went home empty-handed from the
    awards", "came away with nothing")."""
    for x in range(start, min(start + EMPTY_OVER, k1)):
        f = forms[x]
        if f == "empty-handed" or (f == "with" and _next_is(forms, x, k1, "nothing")):
            return True
    return False


def _next_is(forms: Sequence[str], x: int, k1: int, word: str) -> bool:
    """Whether ``word`` follows word ``x`` in the clause ending at ``k1``: the second word
    of a phrase read after a verb ("ahead of", "with nothing", "than at any";
    :func:`_standing`, :func:`_empty_handed`, :func:`_than_all`)."""
    return x + 1 < k1 and forms[x + 1] == word


def _run_without(forms: Sequence[str], start: int, k1: int) -> str | None:
    """``"negative"`` where "without" and a win (:data:`WITHOUT_WINS`) follow the verb
    within :data:`WITHOUT_OVER` words from ``start``, ``"positive"`` where "without" and a
    defeat (:data:`WITHOUT_LOSSES`) do; ``None`` for neither."""
    x = start
    end = min(start + WITHOUT_OVER, k1)
    while x < end and forms[x] != "without":
        x += 1
    x += 1
    while x < k1 and forms[x] in _WITHOUT_BETWEEN:
        x += 1
    if x >= k1:
        return None
    if forms[x] in WITHOUT_WINS:
        return "negative"
    return "positive" if forms[x] in WITHOUT_LOSSES else None


def _not_chosen(forms: Sequence[str], i: int, k1: int, passive: bool) -> bool:
    """Whether a choice or an invitation not made opens at word ``i`` (a negation, or
    "did" and one): the passive of :data:`NOT_CHOSEN` after "not" ("was not selected",
    "were not invited", "has not been picked"; not a particle's verb, "was not picked up",
    :data:`_CHOSEN_NOT`), or "did not make the" and a selection within three words ("did
    not make the squad", :data:`SQUADS`)."""
    if forms[i] in _DID:
        return (forms[i + 1] in NOT and i + 3 < k1 and forms[i + 2] == "make"
                and forms[i + 3] == "the" and _within(forms, i + 4, 3, k1, SQUADS))
    x = i + 1
    if forms[x] == "been" and forms[i - 1] in ("has", "have", "had"):
        passive = True
        x += 1
    return passive and x < k1 and forms[x] in NOT_CHOSEN and (
        x + 1 >= k1 or forms[x + 1] not in _CHOSEN_NOT)


def _withdrawn(tokens: Sequence[str], forms: Sequence[str], x: int, k0: int,
               verbs: AbstractSet[str] = WITHDRAWN) -> bool:
    """Whether a sum was taken out of what follows the preposition after word ``x``: the
    sum at ``x`` (a word of :data:`MONEY`, or a figure with a currency's sign) as the
    object of a verb of :data:`WITHDRAWN` within :data:`WITHDRAWN_OVER` words back, over no
    preposition ("pulled 400 million pounds from", "moved more than $2bn out of"; not a
    fee, "moved to Chelsea for £2m from X"); or, given ``verbs`` :data:`INVESTED`, put
    into it ("poured $400m into")."""
    t = tokens[x]
    if forms[x] not in MONEY and not (t.startswith(_CURRENCIES) and any(
            c.isdigit() for c in t)):
        return False
    for y in range(x - 1, max(k0, x - WITHDRAWN_OVER) - 1, -1):
        if forms[y] in verbs:
            return True
        if forms[y] in STOPS and forms[y] != "than":
            return False
    return False


def _copula_first(forms: Sequence[str], i: int, k1: int) -> bool:
    """Whether the words from ``i``, after a copula, tell a first or a win of the subject
    ("the first woman to head", "only the second country to", "the winner of"):
    :data:`ORDINALS`, then what it is, then "to" within four words, or
    :data:`WINNERS` within three; not of a harm (:data:`_FIRST_HARMS`)."""
    end = min(i + 4, k1)
    x = i
    while x < end and forms[x] not in ORDINALS and forms[x] not in WINNERS:
        x += 1
    if x >= end:
        return False
    if _within(forms, x, 8, k1, _FIRST_HARMS):
        return False
    if forms[x] in WINNERS:
        return True
    return x + 1 < k1 and forms[x + 1] not in ("to", "time", "") and _within(
        forms, x + 2, 4, k1, _TO)


#: The most words after a verb over which its work's schedule is read ("completed the
#: Marina Park project six months ahead of schedule").
SCHEDULE_WINDOW = 12


#: Words before a verb that make its act one not yet done ("must still beat X", "could
#: charge him"), and adverbs between them.
MODALS = _set("must will would could should may might can cannot shall")
_STILL = _set("still yet also not")
#: Words before a verb that make its act one not done ("have not beaten X", "never beat
#: X", "didn't charge him"), with the contractions' typographic apostrophe too.
_CONTRACTED = _set(
    "didn't doesn't don't hasn't haven't hadn't wasn't weren't isn't aren't won't "
    "wouldn't couldn't shouldn't can't mustn't"
)
NEGATIONS = NOT | _CONTRACTED | frozenset(word.replace("'", "\u2019") for word in _CONTRACTED)
#: Auxiliaries between a modal or a negation and its verb ("could have beaten X", "has
#: not been", "did not charge").
_BETWEEN = _STILL | _set("has have had was were is are be been being did do does")


def _modal_before(forms: Sequence[str], j: int, k0: int) -> bool:
    """Whether a modal (:data:`MODALS`) or a negation (:data:`NEGATIONS`) stands before
    the verb at ``j``, over at most two adverbs or auxiliaries ("must still beat", "could
    have beaten", "have not beaten", "never lost to"): an act not done, or not yet."""
    x = j - 1
    while x >= k0 and x >= j - 3:
        if forms[x] in MODALS or forms[x] in NEGATIONS:
            return True
        if forms[x] not in _BETWEEN:
            return False
        x -= 1
    return False


def _named_honour(tokens: Sequence[str], forms: Sequence[str], x: int, k1: int) -> bool:
    """Whether the name of an honour opens at word ``x`` (after "a", "the", "his" ...):
    a run of words with a capital ("of" within it) whose last is one of :data:`HONOURS`
    ("a Head of State Commendation", "the Queen's Gallantry Medal"; not "the Award Fund's
    report"), at most :data:`HEAD` words."""
    if x < k1 and forms[x] in _BEFORE_SANCTION:
        x += 1
    end = min(x + HEAD, k1)
    last = None
    while x < end and (tokens[x][:1].isupper() or (forms[x] == "of" and last is not None)):
        if tokens[x][:1].isupper():
            last = x
        if tokens[x].endswith((",", ".", ";", ":")):
            break
        x += 1
    return last is not None and tokens[last].lower().strip(".,;:") in HONOURS


def _schedule(forms: Sequence[str], start: int, k1: int) -> str | None:
    """``"positive"`` where the words from ``start`` say the subject's work ran ahead of a
    schedule (:data:`SCHEDULES`, after at most two words: "ahead of the federal
    deadline"), ``"negative"`` behind one; ``None`` otherwise (within
    :data:`SCHEDULE_WINDOW` words of the clause)."""
    end = min(start + SCHEDULE_WINDOW, k1)
    window = forms[start:end]
    if "ahead" not in window and "behind" not in window:
        return None  # a window without either word: no walk (a test of the whole
        # sentence, asked once a name, was n² in a sentence of many names)
    for x in range(start, end):
        f = forms[x]
        if f == "ahead" and x + 1 < end and forms[x + 1] == "of" and _within(
                forms, x + 2, 3, end, SCHEDULES):
            return "positive"
        if f == "behind" and _within(forms, x + 1, 3, end, SCHEDULES):
            return "negative"
    return None


def own_clause(clauses: Sequence[int], hits: Sequence[int], n: int, first: int,
               last: int) -> bool:
    """Whether every word with a valence (``hits``, word indices in order) lies in the
    clause or clauses of the mention on words ``first``..``last`` (``clauses``: the word
    each opens, ``n`` the sentence's words): where so, whatever the model reads against
    an event that names the mention comes from the words the event was read from (its
    noun, what names it, how it ended), and :func:`adjust` lets the event decide."""
    if not hits:
        return True
    k0 = bisect_right(clauses, first) - 1
    k1 = bisect_right(clauses, last, k0)
    return clauses[k0] <= hits[0] and hits[-1] < (clauses[k1] if k1 < len(clauses) else n)


def adjust(
    scores: tuple[float, float, float, list[tuple[str, float]]], label: str,
    own: bool = False,
) -> tuple[float, float, float, list[tuple[str, float]]]:
    """``scores`` (negative, neutral, positive, drivers) with ``label`` weighing
    :data:`EVENT_WEIGHT` times, renormalised; ``"speaker"`` weighs neutral so only
    where negative is the likeliest of the three (the speaker of a quote is not blamed by
    what it holds against others), and leaves the scores as they are otherwise.

    ``own`` (:func:`own_clause`): every word the model read lies in the event's own
    clause, so its certainty against the event is the event's own words counted again;
    where the model gives the event's label less than another, the event decides: its
    label takes the probability the model gave the likeliest other (the two exchanged)
    before it is weighed."""
    pn, p0, pp, near = scores
    if label == "speaker":
        if pn <= p0 or pn <= pp:
            return scores
        p0 *= EVENT_WEIGHT
    elif label == "positive":
        if own and pp < max(pn, p0):
            if pn >= p0:
                pn, pp = pp, pn
            else:
                p0, pp = pp, p0
        pp *= EVENT_WEIGHT
    elif label == "negative":
        if own and pn < max(pp, p0):
            if pp >= p0:
                pn, pp = pp, pn
            else:
                pn, p0 = p0, pn
        pn *= EVENT_WEIGHT
    else:
        if own and p0 < max(pn, pp):
            if pn >= pp:
                pn, p0 = p0, pn
            else:
                p0, pp = pp, p0
        p0 *= EVENT_WEIGHT
    total = pn + p0 + pp
    return pn / total, p0 / total, pp / total, near


def _head(tokens: Sequence[str], forms: Sequence[str], j: int, k0: int) -> int:
    """The word before the head of a subject that ends at word ``j``: back over "the"
    and words with a capital, at most :data:`HEAD` of them.  Below ``k0``: the clause
    opens with the head; a longer run ends on one of its own words, which is no word a
    subject follows."""
    stop = j - HEAD
    while j >= k0 and j > stop and (forms[j] == "the" or tokens[j][:1].isupper()):
        j -= 1
    return j


def _described(tokens: Sequence[str], forms: Sequence[str], j: int, k0: int) -> int:
    """:func:`_head`'s answer ``j`` read on through what the name is called before it:
    while word ``j`` is one of :data:`DESCRIPTIONS` (at most two), back over it, the
    words of :data:`DESCRIBING` (at most three) and those :func:`_head` passes over: a
    bound per mention, whatever the run of such words.  A possessive pronoun before a
    description is passed over with it ("to its rival X", "to her challenger X"); so is
    the name whose possessive stands straight before the mention, a side or a country
    the mention is of ("lost the title to Mexico's X", "conceded to Labor's X"), and a
    title with a capital with the words with a capital before it (:data:`TITLES`: "the
    election of Governor X", "the case against Vice President X").
    """
    if j >= k0 and tokens[j][:1].isupper() and (
            tokens[j].endswith(_POSSESSIVE) or tokens[j].rstrip(".").lower() in TITLES):
        j = _head(tokens, forms, j, k0)
    for _ in range(2):
        if j < k0 or forms[j] not in DESCRIPTIONS:
            break
        j -= 1
        stop = j - 3  # at most three words before each ("former reigning world champion")
        while j >= k0 and j > stop and forms[j] in DESCRIBING:
            j -= 1
        if j > k0 and _unlisted_describing(tokens, forms, j):
            j -= 1  # "the sean-nos singer X", "Kapa haka leader X"
        elif j >= k0 and forms[j] in _THEIRS:
            j -= 1  # "to its rival X", "against her challenger X"
        j = _head(tokens, forms, j, k0)
    if j - 1 > k0 and forms[j] == "of" and forms[j - 1] in GOVERNMENTS:
        # "the minority government of X", "the board of X": the side the name leads
        x = j - 2
        while x > k0 and j - x <= 3 and forms[x] in GOVERNED:
            x -= 1
        if forms[x] == "the":
            j = x
    return j


#: What may stand before a lower-case word that describes a name's trade and is in no
#: list (:func:`_unlisted_describing`): "the", "a", "an" (or a word with a capital).
_ARTICLES = _set("the a an")


def _unlisted_describing(tokens: Sequence[str], forms: Sequence[str], j: int) -> bool:
    """Whether word ``j``, before a description (:data:`DESCRIPTIONS`), is a lower-case
    word of no list that describes it ("the sean-nos singer", "Kapa haka leader"): after
    an article or a word with a capital, and itself no verb's form, function word or
    event's word, nor a description itself (at most two are read)."""
    f = forms[j]
    if not f or f == NAME or not (forms[j - 1] in _ARTICLES or forms[j - 1] == NAME):
        return False
    return not (f in STOPS or f in _FADED_OF or f in _ARTICLES or f in REPORTED
                or f in DESCRIPTIONS or _verb_like(f) or f.endswith("ing"))


def _to_pay(forms: Sequence[str], start: int, k1: int) -> bool:
    """Whether "to" and a verb of :data:`PAYS` follow within eight words of ``start``
    in the clause ("to compensate passengers", "to pay back")."""
    return any(
        forms[x] == "to" and forms[x + 1] in PAYS for x in range(start, min(start + 8, k1 - 1))
    )


def _margin_before(forms: Sequence[str], j: int, k0: int) -> bool:
    """Whether a defeat and its margin end at word ``j`` ("lost by seven wickets",
    "beaten 3-1 on aggregate", "lost at home by a point"): words of :data:`MARGINS` and
    figures back to a word of :data:`DEFEATS`, fewer than :data:`MARGIN_OVER`; not after a
    modal or a negation ("had never lost by seven wickets")."""
    steps = 0
    while j >= k0 and steps < MARGIN_OVER:
        f = forms[j]
        if f in DEFEATS:
            return steps > 0 and not _modal_before(forms, j, k0)
        if f and f not in MARGINS:
            return False
        j -= 1
        steps += 1
    return False


def _clause_end(clauses: Sequence[int], i: int, n: int) -> int:
    """Where the clause that holds word ``i`` ends: the first of ``clauses`` (the words
    that open the sentence's clauses, in order) after it, else ``n``, the sentence's end."""
    k = bisect_right(clauses, i)
    return clauses[k] if k < len(clauses) else n


def _verb_like(form: str) -> bool:
    """Whether ``form``, right after a subject, reads as the start of its predicate: an
    auxiliary, an adverb of manner or a verb's past form (in -ed, or a common irregular
    one)."""
    return (
        form in AUXILIARIES or form.endswith("ed") or form in IRREGULAR_PAST
        or form in TRIGGERS or _manner(form)
    )


#: Verbs of a lead thrown away ("blew a three-goal lead", "squandered a 2-0 advantage"):
#: bad for their subject.
WASTED = _set("blew blown squandered surrendered threw thrown")
ADVANTAGES = _set("lead leads advantage")


def _relief(forms: Sequence[str], verb: int, start: int, k1: int) -> str | None:
    """The label of a relief granted or denied by the verb at ``verb``, where one of
    :data:`RELIEFS` or :data:`PLACES` is among the three words from ``start``."""
    f = forms[verb]
    if (f in GRANTED or f in DENIED) and (
            _within(forms, start, 3, k1, RELIEFS) or _within(forms, start, 3, k1, PLACES)):
        return "positive" if f in GRANTED else "negative"
    return None


#: Words after which a reported clause opens, its subject at its head ("Residents said
#: the council demolished ...", "found that X had failed").
REPORTED = _set("said say says that")


#: Words that open a clause of time or reason, its subject at its head ("as X scored
#: four", "after X beat Y", "That is why X was right to"); not "if" or "unless", whose
#: clause is no fact.
SUBORDINATE = _set("as after when whenever while since once because why")


#: Common irregular past forms, for :func:`_verb_like`.
IRREGULAR_PAST = _set(
    "gave took made went came got did saw ran kept told began brought bought found paid "
    "put set sold spent struck threw wrote sent built drew broke chose fought hit knew "
    "let meant sought stood spoke stole swore tore wore blew"
)


def _level(forms: Sequence[str], x: int, k1: int) -> str | None:
    """``"positive"`` for a high, ``"negative"`` for a low, within the four words from
    ``x`` ("a record high", "a five-year low"), ``None`` for neither."""
    for f in forms[x : min(x + 4, k1)]:
        if f in HIGHS:
            return "positive"
        if f in LOWS:
            return "negative"
    return None


def _verdict(forms: Sequence[str], x: int, k1: int, negated: bool) -> str | None:
    """The label of a verdict whose finding opens at word ``x`` ("guilty", "not guilty",
    "innocent"), its verb negated or not; ``None`` where no finding follows."""
    if x < k1 and forms[x] in NOT:
        negated = not negated
        x += 1
    if x >= k1:
        return None
    if forms[x] in GUILTY:
        return "positive" if negated else "negative"
    if forms[x] in INNOCENT:
        return "negative" if negated else "positive"
    return None


def _manner(form: str) -> bool:
    """Whether ``form`` is an adverb of manner between a subject and its verb ("soundly
    defeated", "quietly dropped"): a word in -ly of five letters or more that is no
    event's word."""
    return len(form) > 4 and form.endswith("ly") and form not in TRIGGERS


def _sum_given(tokens: Sequence[str], forms: Sequence[str], start: int, k1: int,
               after: AbstractSet[str] = _RECIPIENT) -> bool:
    """Whether a sum opens at word ``start`` (after at most two words such as "more
    than", "nearly", "a"): a figure with a currency's sign or a word of :data:`MONEY`,
    within three words, and "to", "for" or "towards" (:data:`_RECIPIENT`, or a word of
    ``after``) within five words of it (:data:`DONATED`)."""
    end = min(k1, start + 3)
    for x in range(start, end):
        t = tokens[x]
        if forms[x] in MONEY or (t.startswith(_CURRENCIES) and any(c.isdigit() for c in t)):
            return _within(forms, x + 1, 5, k1, after)
        if forms[x] in STOPS and forms[x] not in ("than",):
            return False
    return False


#: "A team led by X": the verbs between researchers (:data:`RESEARCHERS`) and the one who
#: leads them.
LED = _set("led headed")
#: What a name made, ran or paid for shares what befalls it: the noun group that opens the
#: clause (a determiner, then at most :data:`MADE_OVER` words of no comma), a verb of
#: :data:`MADE_BY`, "by" and the name (or researchers "at", "of" or "from" it), then the
#: group's predicate, read as the name's own ("The tram line run by X carried its
#: millionth passenger", "A vaccine developed by researchers at X has cut admissions",
#: "A clean-up paid for by X has cleared 12 tonnes of plastic", "The stand built by X
#: collapsed"); an official body's act in its role is left ("neutral" is no share).
MADE_BY = _set(
    "run operated built developed made designed created invented produced founded "
    "organised organized funded financed"
)
MADE_OVER = 6


def _led_team(tokens: Sequence[str], forms: Sequence[str], k0: int, k1: int, first: int,
              last: int, head: int) -> str | None:
    """``"positive"`` where the mention on words ``first``..``last`` leads researchers
    (over a title with a capital: "A team led by Dr X at Y University has bred corals")
    whose verb after it is an achievement, as the researchers' body's is (:data:`ACHIEVED`,
    :data:`EARNED`); else ``None``.  ``head`` is :func:`_head` of ``first - 1``."""
    j = head
    if j - 2 < k0 or forms[j] != "by" or forms[j - 1] not in LED or (
            tokens[j - 2].lower() not in RESEARCHERS):  # also opening the sentence
        return None
    return _predicate(tokens, forms, last + 1, k1, False, True, first, last)


def _made_by(tokens: Sequence[str], forms: Sequence[str], k0: int, k1: int, first: int,
             last: int, head: int) -> str | None:
    """The label of the predicate of the noun group the mention on words ``first``..
    ``last`` made, ran or paid for, as the group's subject (:data:`MADE_BY`: "The tram
    line run by X carried its millionth passenger"); else ``None``.  ``head`` is
    :func:`_head` of ``first - 1``."""
    j = head
    if j - 2 >= k0 and forms[j] in ("at", "of", "from") and tokens[j - 1].lower(
            ) in RESEARCHERS:
        j -= 2  # "developed by researchers at X"
    if j - 2 < k0 or forms[j] != "by":
        return None
    verb = j - 1
    if forms[verb] == "for" and forms[verb - 1] == "paid":
        verb -= 1  # "paid for by X"
    elif forms[verb] not in MADE_BY:
        return None
    if verb - k0 > MADE_OVER or tokens[k0].lower() not in _DETERMINERS or any(
            tokens[x].endswith(",") for x in range(k0, verb)):
        return None
    label = _predicate(tokens, forms, last + 1, k1, False, False, first, last)
    return label if label in ("positive", "negative") else None


def _to_first(forms: Sequence[str], start: int, k1: int) -> bool:
    """Whether "to" comes before a record (:data:`RECORD_NOUNS`) among the five forms from
    ``start`` in the clause: the record is no object ("lowered rates to a record low")."""
    for f in forms[start : min(start + 5, k1)]:
        if f in RECORD_NOUNS:
            return False
        if f == "to":
            return True
    return False


def _within(forms: Sequence[str], start: int, count: int, k1: int, words: AbstractSet[str]
            ) -> bool:
    """Whether one of ``words`` is among the ``count`` forms from ``start`` in the clause."""
    return not words.isdisjoint(forms[start : min(start + count, k1)])


def _first_of(forms: Sequence[str], start: int, count: int, k1: int) -> bool | None:
    """Whether the first of :data:`GOODS` and :data:`HARMS` among the ``count`` forms from
    ``start`` in the clause is a good (``True``) or a harm (``False``); ``None`` without
    either."""
    for x in range(start, min(start + count, k1)):
        f = forms[x]
        if f in SCANT:
            return None  # "created fewer jobs than expected"
        if f in GOODS:
            return True
        if f in HARMS:
            return False
    return None


#: Words that count whom a subject hired, besides a figure ("hundreds of workers").
_HIRED_COUNTS = _set("hundreds thousands dozens")


def _hired(forms: Sequence[str], start: int, k1: int) -> bool:
    """Whether a figure (a word without a letter, or "hundreds", "thousands", "dozens"
    and "of") opens the words from ``start`` in the clause, then whom it counts
    (:data:`HIRED_WHOM` or a workforce's goods, :data:`GOODS`), with at most two words of
    :data:`_HIRED_BETWEEN` before and after the figure: six words at most."""
    x = start
    while x < k1 and x < start + 2 and forms[x] in _HIRED_BETWEEN:
        x += 1
    if x >= k1 or not (forms[x] == "" or forms[x] in _HIRED_COUNTS):
        return False
    x += 1
    if x < k1 and forms[x] == "of":
        x += 1
    stop = min(k1, x + 3)
    while x < stop and forms[x] in _HIRED_BETWEEN:
        x += 1
    return x < k1 and (forms[x] in HIRED_WHOM or forms[x] in GOODS)


def _to_win(forms: Sequence[str], start: int, k1: int) -> bool:
    """Whether "to" and a win (:data:`TO_WIN`, after at most three words of
    :data:`BEFORE_WIN` or a score) follow within ten words of ``start`` in the clause."""
    for x in range(start, min(start + 10, k1 - 1)):
        if forms[x] != "to":
            continue
        y = x + 1
        while y < k1 and y - x <= 3 and (forms[y] in BEFORE_WIN or not forms[y]):
            y += 1
        return y < k1 and forms[y] in TO_WIN
    return False


def _passive_before(forms: Sequence[str], j: int, k0: int, verbs: AbstractSet[str]) -> bool:
    """Whether a passive verb of ``verbs`` (:data:`BEATEN`: "were knocked out of the Cup",
    "was beaten on penalties", "were held to a draw"; :data:`PUNISH`: "was arrested") ends
    within seven words before word ``j`` (the word before "by")."""
    for x in range(j, max(k0, j - 7), -1):
        f = forms[x]
        if (
            f in verbs and x > k0 and forms[x - 1] in PASSIVE
            and (f not in _BEATEN_OUT or (x + 1 < len(forms) and forms[x + 1] == "out"))
            and (f != "held" or _held_to_draw(forms, x + 1, j + 1))
        ):
            return True
    return False


def _insolvent(forms: Sequence[str], start: int, k1: int) -> bool:
    """Whether a company's failure follows a verb of :data:`INTO` at ``start``: "bust",
    "bankrupt", or "into" or "for" and a word of :data:`INSOLVENCY` (after
    "the", "voluntary" and the like, at most two words); "entered administration"."""
    if start >= k1:
        return False
    f = forms[start]
    if f in _BUST:
        return True
    x = start + 1 if f in ("into", "for", "in") else start
    end = min(x + 3, k1)
    while x < end:
        if forms[x] in INSOLVENCY:
            return True
        if forms[x] in STOPS or not forms[x]:
            return False
        x += 1
    return False


def _off_sale(forms: Sequence[str], start: int, k1: int) -> bool:
    """Whether "from" or "off" and, within two words, the market (:data:`OFF_SALE`:
    "from sale", "off the shelves", "from the US market") follow within eight words of
    ``start`` in the clause."""
    for x in range(start, min(start + 8, k1 - 1)):
        if forms[x] in ("from", "off"):
            return _within(forms, x + 1, 3, k1, OFF_SALE)
    return False


def _held_to_draw(forms: Sequence[str], start: int, k1: int) -> bool:
    """Whether "to" and a draw ("to a goalless draw", "to a 1-1 draw") follow within six
    words of ``start`` in the clause, with no more than three words between them."""
    for x in range(start, min(start + 6, k1 - 1)):
        if forms[x] != "to":
            continue
        y = x + 1
        while y < k1 and y - x <= 3 and (forms[y] in BEFORE_DRAW or not forms[y]):
            y += 1
        return y < k1 and forms[y] == "draw" and (y + 1 >= k1 or forms[y + 1] != "up")
    return False


def _taken_before(forms: Sequence[str], j: int, k0: int) -> bool:
    """Whether a prize taken ("took the Surrey seat", "won the title") ends at word ``j``
    (before "from"): a verb of :data:`TOOK`, then a word of :data:`PRIZES`, within six
    words."""
    prize = False
    for x in range(j, max(k0 - 1, j - 6), -1):
        f = forms[x]
        if f in PRIZES:
            prize = True
        elif f in TOOK or f == "won":
            return prize
    return False


#: Every word :func:`_predicate` reads as its verb (each set and word its ``verb`` is
#: compared with; a test holds them to its source): a verb of none of them meets no
#: rule of its own, and only :func:`_to_verb` and :func:`_schedule` are read after it.
_PREDICATE_VERBS = frozenset().union(
    ACHIEVED, APPOINTED, BECAME, BEHIND, BROKE, CHARTED, CHOSEN, CLOSED, COURSE, CRITICISE,
    DEALT, DESERVED, DONATED, DROPPED, EARNED, EMPTY_VERBS, FACES, FARED, GAIN, HANDED,
    FROZE, HELPED, HIRED, INTENDS, INTO, LAID, LANDED, LEADS, LEFT, LOSS, LOWER, MADE, MADE_GOOD,
    MET, MOVED, NOMINATED, ORDERED, PAID, PASSED_OVER, POACHED, PRESERVED, PULLED, PUNISH, RAISE,
    REACHED, DROPPED_OWN, SURVIVED,
    RECALLS, RECEIVED, REOPENED, RESCUED, RESULTS, REWARD, RIGHT, RISEN, ROLE, SAW, SOLD,
    SPARED, STANDING, TOOK, TOUCHED, VERDICT, VOLUMES, WASTED, WIN, WITHDREW, WRONG,
    _COMPELLED, _COPULA_OPENERS, _FAILED, _LOWERED, _THEIRS,
    ("a", "an", "appointed", "held", "made", "named", "netted", "released", "saved",
     "scored", "spared", "the", "unable", "walked"),
)


#: Every word :func:`_as_object` reads as the verb of an act done to its object, with
#: those of :func:`_relief` and :func:`_rating_owner` (a test holds them to their
#: source): where none is among a sentence's forms, no mention of it is such an object
#: (:func:`event_label`'s ``acted``).
OBJECT_VERBS = (
    WIN | PUNISH | REWARD | DESERTED | ORDERED | GRANTED | DENIED | DEALT | LEFT | VERDICT
    | SENT | DECLARED | LEADS | AHEAD | BEHIND | RATING_UP | RATING_DOWN | _set("off")
    | NOMINAL_PUNISH | DROPPED_AS | KEPT_AS | DROPPED_FROM
)
