"""Tests of the quotes plugin's speaker choice: which words name the source of each attribution."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

import limner
from limner_quotes import annotate_quotes
from tests.plugins import support
from tests.plugins.support import quotes_of
from tests.scaling import assert_linear

ENRICHER = limner.Enricher(["quotes"])


#: ``(content, speaker mention)`` of every quote of a text, and the speaker mention of the
#: quote whose content starts with the words given
attributions = partial(support.attributions, ENRICHER)
speaker_of = partial(support.speaker_of, ENRICHER)


# -- a clause with its own subject and cue is an attribution of its own ------------------


@pytest.mark.parametrize(
    ("text", "outer", "inner", "source"),
    [
        (("The mayor opposed the new toll on the bridge, and the governor insisted that it "
         "would pay for repairs."), "the new toll on the bridge", "it would pay", "the governor"),
        ("Union leaders criticized the senator because he opposes a higher minimum wage.",
         "the senator", "a higher minimum wage", "he"),
        (("While she refused to release the files, the minister deemed the request a "
         "reasonable one."), "to release the files", "the request", "the minister"),
        ("A farmer requested a photo and the candidate said that he would gladly pose for it.",
         "a photo", "he would gladly", "the candidate"),
    ],
)
def test_a_later_clause_with_its_own_subject_is_its_own_attribution(
    text: str, outer: str, inner: str, source: str
) -> None:
    found = attributions(text)
    assert any(c == outer for c, _ in found), found
    assert speaker_of(text, inner) == source


@pytest.mark.parametrize(
    "text",
    [
        # the complement itself opens with a subject and a verb: one attribution, not cut
        "The senator said the governor believes the plan will fail.",
        # a verb with no words after it attributes nothing: the content runs on
        "The senator opposed the plan because farmers complained.",
    ],
)
def test_a_clause_is_not_cut_without_an_attribution_of_its_own(text: str) -> None:
    found = attributions(text)
    assert found[0][1] == "The senator"
    assert found[0][0].endswith(("will fail", "farmers complained")), found


def test_a_frame_gives_way_to_the_subject_that_speaks() -> None:
    text = "In a statement on Friday, the ministry said that the border would stay open."
    assert speaker_of(text, "the border would stay open") == "the ministry"
    assert all(m != "a statement on Friday" for _, m in attributions(text))


def test_a_frame_gives_way_to_a_subject_with_a_stance() -> None:
    text = "In a new survey of farmers, most respondents expect prices to fall next year."
    assert speaker_of(text, "prices to fall") == "most respondents"


def test_a_frame_without_a_speaking_subject_is_the_source() -> None:
    text = "In a new survey of farmers, the price of feed topped the list of costs."
    assert speaker_of(text, "the price of feed") == "a new survey"


# -- a quotation without a cue takes the nearest attribution before it -------------------


def test_a_quotation_after_a_fragment_and_its_cue_takes_that_speaker() -> None:
    text = ("“We will rebuild,” said Tom Reyes, the governor.\n"
            "The mayor “has a lot of work ahead of her,” said Lena Ortiz, a council member. "
            "“She knows it, and she will not stop until it is done.”")
    assert speaker_of(text, "She knows it") == "Lena Ortiz"


def test_a_quotation_after_reported_speech_takes_its_speaker() -> None:
    text = ("“We will win this county,” said Tom Reyes.\n"
            "Lena Ortiz said the count was not over. “It is far too early to call this race.”")
    assert speaker_of(text, "It is far too early") == "Lena Ortiz"


def test_a_relative_pronoun_does_not_take_over_the_speaker() -> None:
    text = ("“Sales are up a little,” said Tom Reyes, who noted that prices fell last year. "
            "“Things are moving in the right direction now.”")
    assert speaker_of(text, "Things are moving") == "Tom Reyes"


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("The water was brown for a week, said one resident, who asked not to be named.",
         "The water was brown for a week", "one resident"),
        (("Nobody from the council has been out here since May, said a neighbour, who asked "
         "not to be identified."), "Nobody from the council has been out here since May",
         "a neighbour"),
        (("The pitch was unplayable by half-time, said a groundsman, who declined to be "
         "named."), "The pitch was unplayable by half-time", "a groundsman"),
    ],
)
def test_a_relative_clause_after_a_sentence_final_attribution_attributes_nothing(
    text: str, content: str, mention: str
) -> None:
    # "…, said one resident, who asked not to be named.": the relative's verb has no
    # words of its own before it; the words before the antecedent are the resident's
    assert attributions(text) == [(content, mention)]


def test_a_relative_refusal_after_a_sentence_final_attribution_is_its_own() -> None:
    text = ("The pitch was unplayable by half-time, said a groundsman, who declined to give "
            "his name.")
    assert attributions(text) == [
        ("The pitch was unplayable by half-time", "a groundsman"), ("to give his name", "who")
    ]


def test_the_who_in_capitals_is_a_body_before_a_sentence_final_verb() -> None:
    text = "A funding gap of $2bn still stood in the way of the target, the WHO said."
    assert attributions(text) == [
        ("A funding gap of $2bn still stood in the way of the target", "WHO")
    ]


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("Nobody expected this, said one fan outside the ground.", "Nobody expected this",
         "one fan outside the ground"),
        ("The vigil was for all of them, said a pastor inside the church.",
         "The vigil was for all of them", "a pastor inside the church"),
        ("The shelling stopped at dawn, said a farmer near the border.",
         "The shelling stopped at dawn", "a farmer near the border"),
    ],
)
def test_an_inverted_speaker_goes_on_with_a_phrase_of_place(
    text: str, content: str, mention: str
) -> None:
    # "outside", "inside" and "near" open a post-modifier as "at" and "in" do: the words
    # after the verb are its speaker, not its content
    assert attributions(text) == [(content, mention)]


def test_reported_speech_in_an_earlier_paragraph_does_not_reach_a_later_one() -> None:
    text = ("“We will win this county,” said Tom Reyes. “Nobody can stop us now.”\n"
            "Lena Ortiz said the count was not over.\n"
            "The results came late in the night.\n"
            "“Nobody expected a night like this one,” the crowd was told.")
    found = dict(attributions(text))
    assert found["Nobody can stop us now."] == "Tom Reyes"
    assert found.get("Nobody expected a night like this one,") != "Lena Ortiz"


# -- a cue after a full stop belongs to the next sentence --------------------------------


def test_a_cue_opening_the_next_sentence_is_not_the_quotations() -> None:
    text = ("Lena Ortiz said, “The case was brought with a zeal we have never seen.” "
            "He added, “In this case the rules were bent for a verdict.”")
    assert speaker_of(text, "The case was brought") == "Lena Ortiz"


def test_a_cue_opening_a_longer_sentence_gives_way_to_the_speaker_before() -> None:
    text = ("“We completely disagree with the claim that we are behind,” said Lena Ortiz. "
            "“We feel good about the places we are going to.” She noted a rally planned "
            "for Saturday in the north of the state with the governor.")
    assert speaker_of(text, "We feel good") == "Lena Ortiz"


@pytest.mark.parametrize(
    "text",
    [
        "“Why now, after all these years of silence?” Lena Ortiz asked the committee.",
        "“We will win this county and the next one.” Lena Ortiz said.",
    ],
)
def test_a_short_cue_after_a_quotation_stays_its_own(text: str) -> None:
    assert attributions(text)[0][1] == "Lena Ortiz"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“You want to be a tough guy tonight,” Tom Reyes shot back at the debate.",
         "Tom Reyes"),
        ("“Nobody in the room believed the numbers,” Lena Ortiz remembered.", "Lena Ortiz"),
        ("“Will the plan pass the senate this year?” Tom Reyes pressed.", "Tom Reyes"),
    ],
)
def test_a_quotation_takes_a_following_cue_of_any_verb(text: str, source: str) -> None:
    assert attributions(text)[0][1] == source


# -- a participle's source is the subject of its sentence ---------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (("Shortly after the vote, the union leaders gathered outside, warning that prices "
         "would rise."), "the union leaders"),
        (("On Friday, Lena Ortiz took a lighter tone, still calling out the council for its "
         "delays."), "Lena Ortiz"),
        (("Throughout the winter, the farmers held meetings, arguing that the new tax would "
         "ruin them."), "the farmers"),
        ("In May, the governor spent a week in the north, criticizing the new pipeline.",
         "the governor"),
    ],
)
def test_a_participle_takes_the_subject_past_a_fronted_phrase(text: str, source: str) -> None:
    assert attributions(text)[0][1] == source


def test_a_participle_after_there_is_keeps_no_subject() -> None:
    text = "There were also emails that night showing that officials knew about the attack."
    assert attributions(text)[0][1] != "There"


# -- a verb without speaker words takes the subject of its sentence -----------------------


def test_a_second_verb_takes_the_subject_past_a_fronted_phrase() -> None:
    text = ("In an interview with the local paper, Tom Reyes doubled down on his comments "
            "about the judge and said the ruling was unfair to the town.")
    assert speaker_of(text, "the ruling was unfair") == "Tom Reyes"


def test_a_passive_subject_is_not_made_the_source() -> None:
    text = "The senator was asked whether the plan would fail before the vote."
    assert attributions(text)[0][1] is None


@pytest.mark.parametrize(
    ("text", "outer", "inner", "source"),
    [
        (("After the mayor accused him of favouritism, the governor warned that the budget "
          "would be cut."), "him of favouritism", "the budget would be cut", "the governor"),
        (("Tom Reyes, who said he usually votes for the other party, said the candidate he "
          "likes best is the governor."), "he usually votes for the other party",
         "the candidate he likes best", "Tom Reyes"),
    ],
)
def test_a_fronted_or_relative_clause_ends_where_the_main_clause_resumes(
    text: str, outer: str, inner: str, source: str
) -> None:
    found = attributions(text)
    assert any(c == outer for c, _ in found), found
    assert speaker_of(text, inner) == source


def test_reported_speech_in_the_paragraph_before_reaches_over_a_blank_line() -> None:
    text = ("“We will win this county,” said Tom Reyes.\n\n"
            "Lena Ortiz said that the count was far from over.\n\n"
            "“It is far too early to call this race.”")
    assert speaker_of(text, "It is far too early") == "Lena Ortiz"


def test_content_stops_before_a_quotation_that_opens_its_own_sentence() -> None:
    text = ("“Call the roll,” came shouts from the crowd, as the crowd booed. "
            "(“I do not want to have a fight,” said one party activist.)")
    found = attributions(text)
    assert [c for c, _ in found if "I do not want" in c] == ["I do not want to have a fight,"]
    assert all(not c.endswith("(") for c, _ in found), found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (("Last month, the city council also called the plan careless, but said that no one "
         "should be blamed."), "the city council"),
        (("Recently, Tom Reyes stood at a rally in the north to say he was leaning toward the "
         "governor."), "Tom Reyes"),
    ],
)
def test_a_fronted_word_of_time_is_not_the_source(text: str, source: str) -> None:
    assert all(m == source for _, m in attributions(text)), attributions(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("On economic issues, 42% say they are liberal and 34% say they are conservative.",
         "42%"),
        ("About six in 10 said they want the next mayor to pursue a more liberal agenda.",
         "About six in 10"),
    ],
)
def test_a_share_of_a_group_is_the_source(text: str, source: str) -> None:
    assert attributions(text)[0][1] == source


# -- bad input: the speaker rules stay linear and never raise ---------------------------------


def _paragraph_of_runs(n: int) -> str:
    """One paragraph of ``n`` pieces that every speaker rule reads: quotations without a
    cue, reported speech, fronted words, shares, fronted clauses and relative clauses."""
    pieces = [
        "“We will not stop here.”",
        "Lena Ortiz said the count was not over.",
        "“It is far too early to call it.” He added, “Not yet.”",
        "Last month, the council also called the plan careless.",
        "About six in 10 said they want change.",
        "After the mayor accused him of favouritism, the governor warned that cuts would come.",
        "Tom Reyes, who said he votes for the other party, said the race is close,",
    ]
    return " ".join(pieces[i % len(pieces)] for i in range(n))


def test_the_speaker_rules_take_linear_time_on_one_long_paragraph() -> None:
    from tests.scaling import assert_linear

    assert_linear(_paragraph_of_runs, lambda text: ENRICHER.enrich(text), n=150)



def _letters(i: int) -> str:
    """A different run of lower-case letters for each ``i``: "b", "c", ... "ab", ..."""
    out = ""
    i += 1
    while i:
        out += chr(97 + i % 26)
        i //= 26
    return out


#: stories of ``n`` speakers or bodies, each quoted, then ``n`` quotes whose speaker words
#: each look back at them (a surname, a role, a body's head noun), or one name quoted
#: ``n`` times: each generator one a speaker rule once read in n²
SPEAKER_RUNS = {
    "n speakers, then n surnames": lambda n: " ".join(
        f"“Item {i},” said Tom{_letters(i)} Reyes{_letters(i)}." for i in range(n)
    ) + " " + " ".join(f"“Item {i},” said Reyes{_letters(i)}." for i in range(n)),
    "n speakers, then a role none of them had": lambda n: " ".join(
        f"“Item {i},” said Tom{_letters(i)} Reyes{_letters(i)}." for i in range(n)
    ) + " " + " ".join(f"“Item {i},” the spokesman said." for i in range(n)),
    "n women, then he": lambda n: " ".join(
        f"“Item {i},” said Mary Reyes{_letters(i)}." for i in range(n)
    ) + " " + " ".join(f"“Item {i},” he said." for i in range(n)),
    "n speakers, then the last again": lambda n: " ".join(
        f"“Item {i},” said Tom{_letters(i)} Reyes{_letters(i)}." for i in range(n)
    ) + " " + " ".join(f"“Item {i},” said Reyes{_letters(n - 1)}." for i in range(n)),
    "a role no one named carried": lambda n: " ".join(
        f"“Item {i} is on the list,” the former captain said." for i in range(n)),
    "n bodies, then a head noun none holds": lambda n: " ".join(
        f"“Item {i} is on the list,” the K{_letters(i)} Ministry said." for i in range(n)
    ) + " " + " ".join(f"“Item {i} is on the list,” the agency said." for i in range(n)),
    "a plural noun opening n sentences": lambda n: "Investigators said the fire was set. " * n,
    "a word opening n sentences, in lower case once": lambda n: (
        "The zorb fell. " + "Zorb claims it was bad. " * n + "“Item 1,” he said."),
    "n one-word names": lambda n: " ".join(
        f"“Item {i} is on the list,” said K{_letters(i)}x." for i in range(n)),
    "n bodies each referred back to by a short name and by it": lambda n: " ".join(
        f"K{_letters(i)}x cut {i} jobs. The operator said the cuts were over. It said a plan "
        "would follow." for i in range(n)),
}


@pytest.mark.parametrize("make", SPEAKER_RUNS.values(), ids=SPEAKER_RUNS.keys())
def test_speakers_named_before_take_linear_work(make: Any) -> None:
    """Issue: each speaker phrase looked back over every person, body or quote before it,
    or over every place its word is written (n²)."""
    from tests.scaling import assert_linear

    doc = ENRICHER.enrich(make(20))
    assert doc.errors == [] and doc.select("quote")
    assert_linear(make, enrich_afresh, n=600)


#: texts of ``n`` units of the rules of bodies' names: a body named as an object read back
#: by its short name, a firm named by a trade's word, a name in -ing opening its sentence
BODY_RUNS = {
    "n bodies named as objects, each then by its short name": lambda n: " ".join(
        f"Shoppers sued the K{_letters(i)} Bank. The bank said it would appeal."
        for i in range(n)),
    "n firms named by a trade's word, and names in -ing opening sentences": lambda n: " ".join(
        f"K{_letters(i)} Water said pipes burst. K{_letters(i)}ing said it would go."
        for i in range(n)),
}


@pytest.mark.parametrize(
    ("make", "speakers"),
    list(zip(BODY_RUNS.values(), [["Kb Bank"], ["Kb Water", "Kbing"]], strict=True)),
    ids=BODY_RUNS.keys(),
)
def test_bodies_named_by_their_words_and_read_back_take_linear_work(
    make: Any, speakers: list[str]
) -> None:
    """Each short name looks back at the sentence before it, each name at its own words."""
    from tests.scaling import assert_linear

    doc = ENRICHER.enrich(make(1))
    assert [q.get("speaker") for q in doc.select("quote")] == speakers
    assert_linear(make, enrich_afresh, n=150)


def test_a_pronoun_after_many_people_looks_for_the_names_its_window_holds() -> None:
    """A pronoun's antecedent was looked for by each word of every name given so far, one
    search of its window each: a story of 200 people each named again before "He said"
    made 40,568 searches, four times one of 100 (10,272); 4,000 people took 4.3 s.  The
    window's own words are looked up among the names' words first, and only those
    searched for."""
    import sys
    from types import FrameType

    from limner_quotes import sources

    def text(n: int) -> str:
        return " ".join(
            f"Tom{_letters(i)} Reyes{_letters(i)} said the plan was good. Reyes{_letters(i)} "
            "left early. He said it was fine."
            for i in range(n)
        )

    code = sources._words_found.__code__
    counts = []
    for n in (100, 200):
        finds = 0

        def profile(frame: FrameType, event: str, arg: Any) -> None:
            nonlocal finds
            if event == "c_call" and frame.f_code is code and arg.__name__ == "find":
                finds += 1

        sys.setprofile(profile)
        try:
            doc = ENRICHER.enrich(text(n))
        finally:
            sys.setprofile(None)
        assert len(doc.select("quote")) == 2 * n
        counts.append(finds)
    assert 0 < counts[1] <= 2.6 * counts[0], counts


def enrich_afresh(text: str) -> limner.Document:
    """The text enriched: each reading is a first one, since the plugin forgets what it
    found of a text (a word's places in it) when the reading ends."""
    return ENRICHER.enrich(text)

@pytest.mark.parametrize(
    "text",
    [
        "“" * 500 + "said, " * 500,
        ", after " * 2000 + "said that",
        "In " * 3000,
        "“”. " * 1000 + "He added, “",
        "42% say " * 1000,
        ("After " + "X accused Y, " * 500) * 2,
    ],
)
def test_the_speaker_rules_never_raise(text: str) -> None:
    doc = ENRICHER.enrich(text)
    assert doc.errors == []
    for a in doc.annotations:
        assert 0 <= a.start <= a.end <= len(text)


def test_a_dash_and_a_name_under_a_quotation_sign_it() -> None:
    text = ("“We are worried about the future of our children and of this town.”\n\n"
            "- Lena Ortiz.\n\nThe senator is right about the figures.")
    assert speaker_of(text, "We are worried") == "Lena Ortiz"


def test_a_name_with_a_title_after_a_quotation_and_its_fragment() -> None:
    text = ("Members may pay more “because they expect a certain level of service,” "
            "Mr. Chipok said. “But courses that are open to all may not have that choice.”")
    assert speaker_of(text, "But courses") == "Mr. Chipok"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (("At the time, she released a statement saying, “The company has been a trusted "
         "partner for years.”"), "she"),
        (("Minutes later, the campaign sent out a text message saying that the race was "
         "not over yet."), "the campaign"),
        ("Tom Reyes later Thursday told the radio station that both candidates would win.",
         "Tom Reyes"),
    ],
)
def test_the_issuer_of_a_message_speaks(text: str, source: str) -> None:
    assert attributions(text)[0][1] == source


def test_a_message_that_shows_something_is_its_own_source() -> None:
    text = "The governor was tied to the scandal, with one of her ads asking whether he lied."
    assert attributions(text)[0][1] == "one of her ads"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (("Right after the vote, Tom Reyes issued a statement, “Last night our town was let "
         "down by its council.”"), "Tom Reyes"),
        ("The governor had this to say about the plan: “Nobody will pay for it in the end.”",
         "The governor"),
    ],
)
def test_the_subject_of_an_introducing_clause_speaks(text: str, source: str) -> None:
    assert speaker_of(text, "Last night" if "Last" in text else "Nobody") == source


def test_the_last_verb_of_an_introducing_clause_is_the_quotations_cue() -> None:
    text = 'The spokeswoman declined to comment, but added: "We will review the decision."'
    refusal, quote = quotes_of(ENRICHER, text)
    assert (refusal["text"], refusal["cue"], refusal["mention"]) == (
        "to comment", "declined", "The spokeswoman")
    assert quote["style"] == "direct" and quote["text"] == "We will review the decision."
    assert quote["cue"] == "added" and quote["mention"] == "The spokeswoman"
    assert text[quote["cue_start"] : quote["cue_end"]] == "added"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The spokeswoman declined to comment, but added that the decision would be reviewed.",
         [("to comment", "The spokeswoman"),
          ("the decision would be reviewed", "The spokeswoman")]),
        ("A spokesman for the ministry refused to comment on the report.",
         [("to comment on the report", "A spokesman for the ministry")]),
        ("The company declined to say how many jobs would be cut.",
         [("to say how many jobs would be cut", "The company")]),
        ("Asked about the vote, the senator declined to say whether she would support it.",
         [("the vote", None), ("to say whether she would support it", "the senator")]),
        ("The governor has repeatedly refused to discuss the matter.",
         [("to discuss the matter", "The governor")]),
        ("Sanders aides declined to confirm the buys.", [("to confirm the buys", "Sanders aides")]),
    ],
)
def test_a_refusal_to_comment_or_to_say_is_an_attribution_of_what_was_refused(
    text: str, expected: list[tuple[str, str]]
) -> None:
    # PolNeAR: "Sanders aides declined to confirm the buys": cue "declined", content "to
    # confirm the buys", as for a refusal of any act ("refused to sign the agreement")
    assert attributions(text) == expected


def test_a_refusal_reads_a_verb_after_to_and_no_level_nor_a_wish_for_anonymity() -> None:
    assert attributions("The company declined to comment.") == [("to comment", "The company")]
    assert attributions("She refused to leave.") == [("to leave", "She")]
    # "declined to" a number or a noun phrase: a fall, no refusal
    for text in ("Shares declined to 300p.", "Sales declined to their lowest level in years.",
                 "Fees declined to $281 million in 2014.", "The price declined to about 5p."):
        assert attributions(text) == [], text
    # a refusal to be named is a condition of anonymity, as "asked not to be named"
    for text in ("A diplomat, who declined to be identified, said the talks had failed.",
                 '"It is a disaster," said one trader, who asked not to be named.'):
        assert [c for c, _ in attributions(text) if c.startswith("to ")] == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor's office declined to comment.",
         [("to comment", "The governor's office")]),
        ("The governor's office declined to say whether the road was late.",
         [("to say whether the road was late", "The governor's office")]),
        ("The governor’s office refused to comment on the report.",
         [("to comment on the report", "The governor’s office")]),
        ("The club's board denied the report.", [("the report", "The club's board")]),
        ("Smith's lawyers rejected the charges.", [("the charges", "Smith's lawyers")]),
    ],
)
def test_a_possessive_in_a_subject_noun_phrase_leaves_it_the_source(
    text: str, expected: list[tuple[str, str]]
) -> None:
    # a possessive determines the noun after it ("the governor's office"), as "the" does;
    # "it's", "that's" hold a verb, "don't" a negated one
    assert attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He declined to name the three delegates but said one was a minister.",
         [("to name the three delegates", "He"), ("one was a minister", "He")]),
        (("The firm declined to address the report specifically but said in a statement "
          "that it would cooperate."),
         [("to address the report specifically", "The firm"),
          ("it would cooperate", "The firm")]),
        ("The EU pledged to work towards lifting the ban but added that it was not ready.",
         [("to work towards lifting the ban", "EU"), ("it was not ready", "EU")]),
    ],
)
def test_a_to_infinitive_content_ends_before_but_and_a_verb_of_saying_again(
    text: str, expected: list[tuple[str, str]]
) -> None:
    # as "… and said …" ends any content: the infinitive has no subject of its own, so
    # the verb after "but" is the cue's subject's
    assert attributions(text) == expected


def test_a_clause_content_keeps_but_and_a_verb_of_saying() -> None:
    # after a clause with its own subject, "but said" may be that subject's: read as one
    assert attributions("He declined to name them but said one was a minister.")[0] == (
        "to name them", "He")
    assert attributions("She said the minister backed it but said it was late.") == [
        ("the minister backed it but said it was late", "She")
    ]


def test_a_possessive_subject_s_refusal_is_read_but_no_fall_nor_a_contracted_verb() -> None:
    assert attributions("The governor's office declined to comment.") == [
        ("to comment", "The governor's office")
    ]
    # "declined to" a level is a fall, whoever owns what fell
    for text in ("The governor's office declined to 3% growth.",
                 "Shares in the governor's firm declined to 300p."):
        assert attributions(text) == [], text
    # "'s" of "it", "that", "he" is "is": the words before the cue hold a verb, no subject
    for text in ("It's clear the office denied the report.",
                 "That's the office denied the report.",
                 "He's the man denied the report."):
        assert attributions(text) == [], text


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The minister, who was in Paris, said the talks had failed.", "The minister"),
        ("The coach, after the match, said the team deserved better.", "The coach"),
    ],
)
def test_a_role_before_an_appositive_keeps_its_article(text: str, source: str) -> None:
    (quote,) = quotes_of(ENRICHER, text)
    assert quote["mention"] == source and quote["speaker"] is None


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (("The minister, speaking on BBC Radio 4's Today programme, warned that the cuts "
          "would go ahead."), "the cuts would go ahead", "The minister"),
        ("The coach, speaking to reporters after the match, said the team deserved better.",
         "the team deserved better", "The coach"),
        ("Speaking at a rally in Ohio, the governor said schools would reopen.",
         "schools would reopen", "the governor"),
        ("Speaking on CNN's State of the Union, the governor said schools would reopen.",
         "schools would reopen", "the governor"),
        ("The official, who spoke on condition of anonymity, said the talks had stalled.",
         "the talks had stalled", "The official"),
    ],
)
def test_where_or_to_whom_one_spoke_is_not_what_was_said(
    text: str, content: str, source: str
) -> None:
    assert [c for c, _ in attributions(text)] == [content]
    assert speaker_of(text, content) == source


def test_a_mixed_quote_after_where_one_spoke_takes_the_verb_that_says_it() -> None:
    text = ("The minister, speaking on BBC Radio 4's Today programme, warned that "
            "\"difficult decisions\" lay ahead.")
    (quote,) = quotes_of(ENRICHER, text)
    assert quote["style"] == "mixed" and quote["text"].startswith("difficult decisions")
    assert quote["cue"] == "warned" and quote["mention"] == "The minister"
    assert quote["speaker"] is None


@pytest.mark.parametrize(
    "text",
    [
        "The senator spoke at length about the need for tighter border control.",
        "The senator spoke to reporters on Tuesday about the need for tighter border control.",
    ],
)
def test_what_one_spoke_about_is_what_was_said(text: str) -> None:
    assert attributions(text) == [("the need for tighter border control", "The senator")]


def test_a_sentence_final_attribution_is_not_swallowed_by_content_before_it() -> None:
    from limner_quotes.attribution import before_next_clause, cue_hits

    text = ("The former mayor allegedly sent the files to a rival campaign, the local paper "
            "reported.")
    start = text.index("sent")
    a, b = before_next_clause(text, (start, len(text) - 1), cue_hits(text))
    assert text[a:b] == "sent the files to a rival campaign"
    # a clause that goes on after its verb is not sentence-final: cut at its conjunction
    text = "The mayor opposed the toll, and the paper reported that it would pass."
    start = text.index("the toll")
    a, b = before_next_clause(text, (start, len(text) - 1), cue_hits(text))
    assert text[a:b] == "the toll"


# -- resolution: a title and its role word are one role ---------------------------------------


def test_a_title_resolves_the_role_word_it_abbreviates() -> None:
    text = ("Sen. Tom Reyes said the bill would pass in May.\n"
            "The vote was close.\n"
            "The senator added that he would not give up on the farmers.\n"
            "The campaign spokeswoman, Ana Diaz, said the race was tight. "
            "The spokesperson said the polls were wrong.")
    doc = ENRICHER.enrich(text)
    names = {doc.text[q.start : q.end]: q.get("speaker") for q in doc.select("quote")}
    assert names["he would not give up on the farmers"] == "Tom Reyes"
    assert names["the polls were wrong"] == "Ana Diaz"


def test_a_quotation_opening_a_paragraph_takes_the_closing_cue_of_the_one_before() -> None:
    text = ("Voters have a choice between four candidates “at the very least,” Lena Ortiz "
            "said.\n\n“I will vote for the candidate that best represents my views.”")
    assert speaker_of(text, "I will vote") == "Lena Ortiz"


def test_a_colon_ending_the_paragraph_before_introduces_the_quotation() -> None:
    text = ("After the storm, the governor issued the following statement:\n\n"
            "“Our prayers are with all those who lost their homes tonight.”")
    assert speaker_of(text, "Our prayers") == "the governor"


@pytest.mark.parametrize(
    "text",
    [
        "As Tom Reyes, the party's deputy leader, put it: “This person will not be confirmed.”",
        ("As Tom Reyes put it in his memo to employees explaining the deal, “Imagine a "
         "world where we lead.”"),
    ],
)
def test_as_x_put_it_introduces_the_quotation(text: str) -> None:
    assert attributions(text)[-1][1] == "Tom Reyes"


def test_an_attribution_inside_the_cue_sentence_does_not_take_over() -> None:
    text = ("“And I am not being paid for this!” Tom Reyes declared, a point he likes to make "
            "since a radio show during which callers asked how much he was paid. “I make my "
            "own money.”")
    assert speaker_of(text, "I make my own money") == "Tom Reyes"


def test_a_closing_cue_with_a_long_tail_gives_its_speaker() -> None:
    text = ("“Labels are for soup cans,” the former president told a crowd that the "
            "organisers put at three thousand people at a civic center here. “The presidency "
            "is a serious job.”")
    assert speaker_of(text, "The presidency") == "the former president"


# -- the subject of the main clause: past datelines, fronted clauses, long appositives -----


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a dateline in capitals opens the story: the place is never the subject
        (("LISBON (Wire) - The port director toured the new docks and said the cranes "
          "would be ready in May."), "the cranes", "The port director"),
        (("HARBOUR CITY, Ore. - Mayor Ines Duarte met fishermen on Monday and said the quay "
          "would reopen."), "the quay", "Mayor Ines Duarte"),
        # a fronted phrase with commas inside it: the subject after the last of them
        (("Speaking at a town hall in Millbrook, Vermont, the senator attacked the plan, "
          "saying it would raise fares."), "it would raise fares", "the senator"),
        (("At a rally in Ames, Iowa, on Sunday, Lena Ortiz tried to explain her vote, saying "
          "that the bill was rushed."), "the bill was rushed", "Lena Ortiz"),
    ],
)
def test_the_subject_is_read_past_a_dateline_and_a_fronted_phrase(
    text: str, content: str, source: str
) -> None:
    assert speaker_of(text, content) == source


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a participle that opens its sentence belongs to the subject of the main clause
        (("Despite criticizing the budget office, Tom Reyes said he could work with its "
          "director."), "the budget office", "Tom Reyes"),
        (("While insisting that he respects the mayor, the governor kept up his attacks on "
          "the plan."), "he respects the mayor", "the governor"),
        (("After saying he was nervous, the farmer stood up and asked about the dam."),
         "he was nervous", "the farmer"),
    ],
)
def test_a_fronted_participle_takes_the_subject_of_the_main_clause(
    text: str, content: str, source: str
) -> None:
    assert speaker_of(text, content) == source


def test_a_participle_after_a_connective_takes_the_subject() -> None:
    text = "And then the mayor went on the attack, saying, “Is the council going to act at last?”"
    assert speaker_of(text, "Is the council") == "the mayor"


@pytest.mark.parametrize(
    "text",
    [
        ("Tom Reyes, a retired engineer from the valley and the chairman of the local "
         "residents' association, said: “Nobody asked us about the dam.”"),
        ("As Lena Ortiz, an economist at a research institute in the capital and a member of "
         "the regional planning board, noted, “Nobody asked us about the dam.”"),
    ],
)
def test_a_name_before_a_long_appositive_speaks(text: str) -> None:
    assert speaker_of(text, "Nobody asked") in {"Tom Reyes", "Lena Ortiz"}


def test_a_definite_description_before_said_speaks_for_the_participle() -> None:
    text = ("“Nobody cares what the mayor spends,” the longtime donor said, adding that "
            "small donors may not be so patient.")
    assert speaker_of(text, "small donors") == "the longtime donor"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor went even further: “If he loses the vote, it is the end of his career.”",
        "The governor was blunt about the delay: “If he loses the vote, it is the end of it.”",
    ],
)
def test_a_colon_introduces_what_the_subject_of_its_clause_said(text: str) -> None:
    assert speaker_of(text, "If he loses") in {"The mayor", "The governor"}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor said she intended to prove that the port was safe.",
         "she intended to prove that the port was safe"),
        ("The mayor said the engineers wanted to show that the port was safe.",
         "the engineers wanted to show that the port was safe"),
    ],
)
def test_a_that_inside_the_reported_clause_is_not_the_verbs(text: str, content: str) -> None:
    assert speaker_of(text, content) == "The mayor"


def test_a_that_after_a_day_and_a_place_is_still_the_verbs() -> None:
    text = "The mayor said Tuesday in Lisbon that the port would reopen."
    assert speaker_of(text, "the port would reopen") == "The mayor"


def test_according_to_at_the_end_of_a_sentence_attributes_the_whole_sentence() -> None:
    text = "The engineer said the order was meant to delay the vote, according to the report."
    found = attributions(text)
    assert ("The engineer said the order was meant to delay the vote", "the report") in found
    assert ("the order was meant to delay the vote", "The engineer") in found


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (("According to Dr Raj Patel, a cardiologist at the hospital, the drug cuts deaths "
          "by a third."), "the drug cuts deaths by a third", "Dr Raj Patel"),
        (("According to Jaishankar, India's foreign minister, the border talks had made "
          "progress."), "the border talks had made progress", "Jaishankar"),
        ("According to Tom Reyes, the plan will fail before the winter.",
         "the plan will fail before the winter", "Tom Reyes"),
        ("According to Tom Reyes, the mayor is wrong, and the plan will fail.",
         "the mayor is wrong, and the plan will fail", "Tom Reyes"),
        ("According to police, the driver, a local man, was taken to hospital.",
         "the driver, a local man, was taken to hospital", "police"),
    ],
)
def test_an_appositive_after_according_to_is_not_the_content(
    text: str, content: str, mention: str
) -> None:
    assert attributions(text) == [(content, mention)]


def test_the_turns_of_a_transcript_are_attributed_to_the_names_in_capitals() -> None:
    text = ("Part of the interview follows.\n\nSMITH: The bridge was finished on time. Take a "
            "look.\n\n(BEGIN VIDEO CLIP.)\n\nJONES: It will last fifty years.\n\nIt was built "
            "well.\n\nSMITH: Do you really think so?\n")
    found = attributions(text)
    assert ("The bridge was finished on time. Take a look", "SMITH") in found
    assert ("It will last fifty years.\n\nIt was built well", "JONES") in found
    assert ("Do you really think so?", "SMITH") in found


@pytest.mark.parametrize("answer", ["No", "Yes", "OK", "I"])
def test_a_turn_of_one_short_word_is_the_speakers_answer(answer: str) -> None:
    text = (f"MS GRANT: Was anyone with you that night?\n\nTHE WITNESS: {answer}.\n\n"
            "MS GRANT: Thank you.\n")
    assert (answer, "WITNESS") in attributions(text)


def test_a_turn_of_marks_alone_is_no_answer() -> None:
    text = "MS GRANT: Was anyone with you that night?\n\nTHE WITNESS: ...\n\nMS GRANT: Well?\n"
    assert [c for c, s in attributions(text) if s == "WITNESS"] == []


def test_a_single_dateline_in_capitals_is_no_speaker() -> None:
    text = "ISLAMABAD: The council voted on Monday to reopen the northern border crossing."
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "outer", "inner", "source"),
    [
        ("All three mayors condemned the attacks, and none has said they want a curfew.",
         "the attacks", "they want a curfew", "none"),
        ("Most voters see crime as a problem, and three-fourths say the city needs more police.",
         "crime as a problem", "the city needs more police", "three-fourths"),
        ("Most voters see crime as a problem, and 43% say the city needs more police.",
         "crime as a problem", "the city needs more police", "43%"),
    ],
)
def test_a_share_or_none_opens_a_clause_of_its_own(
    text: str, outer: str, inner: str, source: str
) -> None:
    found = attributions(text)
    assert any(c == outer for c, _ in found), found
    assert speaker_of(text, inner) == source


def test_a_speech_participle_after_a_comma_ends_the_content_before_it() -> None:
    text = ("The candidate planned to reboot his campaign, saying in a statement only that he "
            "was refining his staff.")
    found = attributions(text)
    assert ("to reboot his campaign", "The candidate") in found
    assert ("he was refining his staff", "The candidate") in found


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("While one firm says there are more than 2,400 dealers, another says there are 1,800.",
         "there are 1,800", "another"),
        ("Both parties sent delegates, and many said the rules were unfair.",
         "the rules were unfair", "many"),
        (("While many farmers have expressed doubts about him, many said Monday that the dam "
          "must be built."), "the dam must be built", "many"),
    ],
)
def test_a_word_for_part_of_a_group_is_the_subject(text: str, content: str, source: str) -> None:
    assert speaker_of(text, content) == source


def test_who_is_worried_holds_the_view() -> None:
    text = "The port authority is worried that the new toll could drive ships away."
    assert speaker_of(text, "the new toll") == "The port authority"


def test_a_relative_who_is_the_speaker_words_and_resolves_to_its_antecedent() -> None:
    doc = ENRICHER.enrich("Tom Reyes, who had said he would run, criticized the plan on Monday.")
    quote = next(q for q in doc.select("quote") if q.text(doc).startswith("he would run"))
    assert doc[quote.speaker_mention].text(doc) == "who"
    assert quote.speaker == "Tom Reyes"


def test_words_after_a_preposition_never_name_the_speaker() -> None:
    text = "A report by auditors had this to say about the budget: “Every family will pay more.”"
    assert speaker_of(text, "Every family") != "about the budget"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (("The mayor unveiled the budget, and the treasurer went further by calling the "
          "cuts painful but needed."), "the cuts painful", "the treasurer"),
        ("Tom Reyes held a meeting in which he renewed his attack on the port, mocking its fees.",
         "its fees", "he"),
    ],
)
def test_a_participle_takes_the_subject_of_the_nearest_joined_clause(
    text: str, content: str, source: str
) -> None:
    assert speaker_of(text, content) == source


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Lena Ortiz used her keynote speech to call for a new bridge.", "to call for",
         "Lena Ortiz"),
        ("Tom Reyes shared his belief that the port would reopen.", "the port would reopen",
         "Tom Reyes"),
    ],
)
def test_a_message_the_subject_gives_is_the_subjects(text: str, content: str, source: str) -> None:
    assert speaker_of(text, content) == source


def test_who_is_told_is_not_the_speaker() -> None:
    text = "The bridge will reopen in May, the mechanic, Tad Ortiz, told the radio station."
    assert [m for _, m in attributions(text)] == ["Tad Ortiz"]


@pytest.mark.parametrize(
    "text",
    [
        "Another reader, Tom Reyes, wrote of the mayor: “He is still ignoring the port.”",
        "The bridge will reopen in May, the mechanic, Tom Reyes, said on Monday.",
    ],
)
def test_a_name_between_commas_after_a_description_speaks(text: str) -> None:
    assert "Tom Reyes" in [m for _, m in attributions(text)]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Asked about the toll, the mayor said no. But he said the bridge needs repairs.",
         "the bridge needs repairs", "he"),
        ("The mayor says the toll hurts trade in the U.S. He says the port will suffer.",
         "the port will suffer", "He"),
    ],
)
def test_a_sentence_ends_after_no_and_after_an_abbreviation_before_a_pronoun(
    text: str, content: str, source: str
) -> None:
    assert (content, source) in attributions(text)


def test_a_sentence_ends_before_a_quotation_opened_by_two_apostrophes() -> None:
    text = ("The treasurer noted that the closures were among the reasons for the cuts. "
            "''They are painful'' but necessary, he said.")
    assert ("the closures were among the reasons for the cuts", "The treasurer") in (
        attributions(text)
    )


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (("LISBON, Aug 31 (Wire) - The party leader toured the docks on Wednesday, saying "
          "his rival would close them."), "his rival would close them", "The party leader"),
        ("Late last month, the company went further, calling the reports unfair.",
         "the reports unfair", "the company"),
    ],
)
def test_the_subject_is_read_past_a_dated_dateline_and_a_fronted_late(
    text: str, content: str, source: str
) -> None:
    assert speaker_of(text, content) == source


def test_a_name_after_a_dash_and_before_a_colon_signs_the_quotation() -> None:
    text = "Pollsters share the blame for the hype - Jane Roe: “Pollsters are taking heat for it.”"
    assert speaker_of(text, "Pollsters are taking") == "Jane Roe"


def _sentence_of_clause_rules(n: int) -> str:
    """One sentence of ``n`` pieces that the clause-subject rules read: a dateline, fronted
    participles, joined clauses, long appositives, shares and a final 'according to'."""
    pieces = [
        ("despite criticizing the office, Tom Reyes, a retired engineer from the valley and "
         "the chairman of the board, said she intended to show that the port was safe,"),
        ("and the treasurer went further by calling the cuts painful, saying in a statement "
         "only that he was refining his staff,"),
        "and 43% say the mayor used her speech to call for a bridge, while another says no,",
    ]
    body = " ".join(pieces[i % len(pieces)] for i in range(n))
    return "LISBON, Aug 31 (Wire) - Speaking in Ames, Iowa, " + body + " according to the report."


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Tom Reyes arrived late. Then he spent much of his speech praising the new budget.",
         "the new budget", "he"),
        ("The board met the mayor, who spent most of her speech defending the new budget.",
         "the new budget", "who"),
    ],
)
def test_a_participle_after_the_object_of_its_verb_takes_that_verb_s_subject(
    text: str, content: str, source: str
) -> None:
    assert speaker_of(text, content) == source


@pytest.mark.parametrize(
    "text",
    [
        '"We will win the state," Tom Reyes replied, before adding that the count was slow.',
        '"We will win the state," Tom Reyes responded before adding that the count was slow.',
        ("\"We will win the state,\" Tom Reyes told the hosts of ''Morning Radio,'' adding that "
         "the count was slow."),
        # the speaker's appositive sits between the verb and the participle
        ("Turnout will be high, said Tom Reyes, an aide to the mayor, adding that the count "
         "was slow."),
    ],
)
def test_a_participle_after_a_quote_and_its_verb_is_that_speaker_s(text: str) -> None:
    assert speaker_of(text, "the count was slow") == "Tom Reyes"


def test_the_clause_subject_rules_take_linear_time_on_one_long_sentence() -> None:
    from tests.scaling import assert_linear

    assert_linear(_sentence_of_clause_rules, lambda text: ENRICHER.enrich(text), n=150)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an active cue whose subject no rule reads: left out
        ("The board, which first reported the loss, met on Monday.", False),
        # a question after "Asked" names no asker by its grammar: kept
        ("Asked about the new toll at the harbour, there was no answer from the board.", True),
        # a passive, a raising verb or an adverb names no source by its grammar: kept
        ("The ferry service is expected to resume next week.", True),
        ("The plan seemed to falter after the vote.", True),
        ("The senator was asked about the toll before the vote.", True),
        ("With the mayor reportedly considering a run for governor, the council met.", True),
    ],
)
def test_reported_speech_without_a_source_is_kept_only_when_its_grammar_names_none(
    text: str, kept: bool
) -> None:
    found = [a for a in annotate_quotes(text) if a.kind == "quote"]
    sourceless = [a for a in found if a.get("speaker_mention") is None]
    assert bool(sourceless) == kept, [(text[a.start:a.end], a.get("cue")) for a in found]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor's aides were also quiet, perhaps recognizing that the toll was a mistake.",
         "the toll was a mistake"),
        ("The two unions, which together vowed to fight the toll, met on Monday.",
         "to fight the toll, met on Monday"),
        ("The rise in fares came at a bad time, fueling worries that the ferry would close.",
         "the ferry would close"),
        ("The board in Lisbon, which first reported the loss, said nothing more.", "the loss"),
    ],
)
def test_an_adverb_or_a_verb_form_is_never_the_source(text: str, content: str) -> None:
    found = [a for a in annotate_quotes(text) if a.kind == "quote"]
    assert all(text[a.start : a.end] != content for a in found), found
    assert all(a.get("speaker_mention") is not None for a in found)


def test_a_person_who_seems_to_take_a_stance_is_its_source() -> None:
    text = "But so far, Lena Ortiz does not seem to be enjoying the fight over the toll."
    assert speaker_of(text, "to be enjoying the fight") == "Lena Ortiz"


def test_a_month_after_in_is_skipped_before_the_verb() -> None:
    text = "The harbour auditors in late April criticized the toll as a tax on the drivers."
    assert speaker_of(text, "the toll as a tax") == "The harbour auditors"


# -- lower-case role words before a name after the verb ------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ('"It is over," said coach Tom Brown.', "Tom Brown", "coach"),
        ('"It is over," said manager Tom Brown.', "Tom Brown", "manager"),
        ('"It is over," said spokesman Tom Brown.', "Tom Brown", "spokesman"),
        ('"It is over," said head coach Tom Brown.', "Tom Brown", "head coach"),
        ('"It is over," said police spokesman Tom Brown.', "Tom Brown", "police spokesman"),
        ('"It is over," said coach Tom de Brown, who led the team.', "Tom de Brown", "coach"),
        ('"It is over," said England coach Tom Brown.', "Tom Brown", "england coach"),
    ],
)
def test_a_lower_case_role_before_a_name_after_the_verb_is_split_off(
    text: str, name: str, role: str
) -> None:
    (quote,) = quotes_of(ENRICHER, text)
    assert quote["speaker"] == name
    assert quote["mention_name"] == name
    person = ENRICHER.enrich(text).select("person")[0]
    assert (person.name, person.role, person.mention) == (name, role, "name")


@pytest.mark.parametrize(
    "text",
    [
        '"It is over," said officials Monday.',
        '"It is over," said the spokesman Thursday.',
        '"It is over," said the coach of Manchester United.',
        '"It is over," said a spokesman for Tom Brown.',
    ],
)
def test_a_role_before_a_time_or_a_preposition_names_no_one(text: str) -> None:
    (quote,) = quotes_of(ENRICHER, text)
    assert quote["speaker"] is None and quote["mention_name"] is None


@pytest.mark.parametrize(
    ("text", "first", "second", "source"),
    [
        ("She was asked whether she would resign and said she would not.",
         "whether she would resign", "she would not", "She"),
        ("The mayor said the plan was flawed and said it should be scrapped.",
         "the plan was flawed", "it should be scrapped", "The mayor"),
        ("The firm reported a rise in profits and warned that sales would slow.",
         "a rise in profits", "sales would slow", "The firm"),
    ],
)
def test_and_with_a_second_speech_verb_ends_the_first_content(
    text: str, first: str, second: str, source: str
) -> None:
    # the subject speaks again: the words after "and said" are not the first verb's
    found = attributions(text)
    assert first in [c for c, _ in found], found
    assert (second, source) in found, found


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Two paramedics who treated him said he was conscious.", "he was conscious",
         "Two paramedics"),
        ("The officer who arrested them said they were calm.", "they were calm", "The officer"),
        ("Friends of the family who spoke to him said he was devastated.", "he was devastated",
         "Friends of the family"),
        ("“She was kind to everyone,” a neighbour who knew her said.",
         "She was kind to everyone,", "a neighbour"),
    ],
)
def test_the_noun_a_relative_clause_follows_speaks_not_the_relative_s_object(
    text: str, content: str, source: str
) -> None:
    # the relative clause has a verb and an object of its own: the main verb's subject
    # is the noun before "who", and the object pronoun is nobody's content either
    assert attributions(text) == [(content, source)]


@pytest.mark.parametrize(
    ("text", "relative", "main", "source"),
    [
        ("Critics who have long opposed the plan say it will fail.", "the plan",
         "it will fail", "Critics"),
        ("Analysts who expected a cut said the bank had surprised markets.", "a cut",
         "the bank had surprised markets", "Analysts"),
        ("Doctors who warned about the virus say they were ignored.", "the virus",
         "they were ignored", "Doctors"),
    ],
)
def test_a_relative_clause_s_own_attribution_ends_at_the_main_verb(
    text: str, relative: str, main: str, source: str
) -> None:
    # both verbs attribute: the relative's content no longer runs on into the main verb's
    found = attributions(text)
    assert (main, source) in found, found
    assert relative in [c for c, _ in found], found


def test_a_cue_inside_a_relative_s_content_with_its_own_subject_keeps_it_whole() -> None:
    text = "They are voters who will believe anything he says."
    assert "anything he says" in [c for c, _ in attributions(text)]


def test_a_relative_whose_own_verb_is_the_cue_still_speaks() -> None:
    assert speaker_of("Critics who have said the law is unfair were ignored.",
                      "the law is unfair") == "who"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister told reporters the deal was done.", "the deal was done"),
        ("Mr Smith told the BBC the plan would fail.", "the plan would fail"),
        ("She told Sky News the talks had collapsed.", "the talks had collapsed"),
        ("Officials warned voters the plan would fail.", "the plan would fail"),
        ("The minister told a press conference the plan would go ahead.",
         "the plan would go ahead"),
        ("The governor told a Senate committee the bank would act.", "the bank would act"),
        ("She told the party’s annual conference they had won the argument.",
         "they had won the argument"),
        ("He told local farmers the water would be back within days.",
         "the water would be back within days"),
        ("Defence counsel Ayesha Malik told the jury her client had no reason to lie.",
         "her client had no reason to lie"),
        ("The widow told the inquest her husband had complained of chest pains.",
         "her husband had complained of chest pains"),
    ],
)
def test_the_hearer_before_a_clause_without_that_is_no_content(text: str, content: str) -> None:
    assert [c for c, _ in attributions(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Doctors have warned the NHS faces its worst winter yet.",
         "the NHS faces its worst winter yet"),
        ("Economists warned the IMF expects a deeper recession.",
         "the IMF expects a deeper recession"),
    ],
)
def test_an_acronym_and_a_verb_in_s_after_the_cue_are_the_clause_not_a_hearer(
        text: str, content: str) -> None:
    # "the NHS faces …": an acronym is no modifier of a plural hearer ("local farmers")
    assert [q["text"] for q in quotes_of(ENRICHER, text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the clause after the hearer holds its own "to" or "that": it is the content
        ("Home Secretary Priya Desai told MPs the boats had to be stopped.",
         "the boats had to be stopped"),
        ("The coach told reporters the players wanted to stay in the city.",
         "the players wanted to stay in the city"),
        # a hearer that is an assembly or a team
        ("Opposition leader Tom Akers told parliament the government had lost control.",
         "the government had lost control"),
        ("The manager told the squad the club would not sell its captain.",
         "the club would not sell its captain"),
        ("The premier told the assembly the budget would be back in surplus by 2027.",
         "the budget would be back in surplus by 2027"),
    ],
)
def test_a_clause_after_the_hearer_is_the_content_whatever_follows_in_it(
    text: str, content: str
) -> None:
    assert [c for c, _ in attributions(text)] == [content]


def test_a_hearer_told_to_act_is_told_an_order() -> None:
    assert [c for c, _ in attributions("The minister told officials to stop the work.")] == [
        "to stop the work"
    ]


def test_a_hearer_then_a_name_is_left_as_it_is() -> None:
    # "Ms Alexander about …" opens no clause: nothing is skipped
    (found,) = attributions("He told Ms Alexander about her long search for medicine.")
    assert found[0] == "Ms Alexander about her long search for medicine"


# -- resolution: a pronoun stands for the person named last, speaker or not ---------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Jobless claims fell to 210,000, according to figures released on Thursday.",
         "figures released on Thursday"),
        ("Retail sales rose 2.3 per cent in March, according to data from Statistics Canada.",
         "data from Statistics Canada"),
        ("Inflation eased to 5.1 per cent, official figures showed.", "official figures"),
        ("Exports hit a record in October, a survey by the exporters' federation found.",
         "a survey by the exporters' federation"),
    ],
)
def test_a_document_with_a_post_modifier_or_an_adjective_is_a_document(
        text: str, mention: str) -> None:
    ((_, found, _, kind),) = typed(text)
    assert (found, kind) == (mention, "document")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (("The company was founded by Marcus Bell in 1998. He said on Tuesday that sales had "
         "doubled."), "sales had doubled", "Marcus Bell"),
        (("The motion was tabled by Senator Penny Walsh. She told reporters the vote was "
         "“a disgrace”."), "the vote was", "Penny Walsh"),
        (("The bill was signed by Governor Kathy Hochul last week.\n\nShe said the law would "
         "protect tenants."), "the law would protect tenants", "Kathy Hochul"),
        (("“We lost our way,” said Tom Reyes, the club’s chairman. The new coach, Aidan "
         "O’Connell, arrives on Monday. He said he was “thrilled” to join."),
         "he was", "Aidan O’Connell"),
        (("Crowds gathered outside the court where Mrs Anita Desai was sentenced. She said "
         "later that she would appeal."), "she would appeal", "Anita Desai"),
    ],
)
def test_a_pronoun_takes_a_person_named_in_a_sentence_before_it(
    text: str, content: str, speaker: str
) -> None:
    found = [q for q in quotes_of(ENRICHER, text) if q["text"].startswith(content)]
    assert [q["speaker"] for q in found] == [speaker]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a name in the speaker's own sentence, or of the other gender, is not the antecedent
        (("Sara Lind said the plan, drawn up by Tom Reyes, would fail. She said the vote "
         "was rigged."), "the vote was rigged", "Sara Lind"),
        (("Sara Lind spoke first. The new rules were drafted by Mr Tom Reyes. She said the vote "
         "was rigged."), "the vote was rigged", "Sara Lind"),
        (("Sara Lind said the vote was close. The Reserve Bank of India cut rates on Friday. "
         "She said the cut was welcome."), "the cut was welcome", "Sara Lind"),
    ],
)
def test_a_pronoun_keeps_the_speaker_past_names_that_do_not_fit(
    text: str, content: str, speaker: str
) -> None:
    found = [q for q in quotes_of(ENRICHER, text) if q["text"].startswith(content)]
    assert [q["speaker"] for q in found] == [speaker]


def test_a_name_inside_a_quotation_is_not_a_pronouns_antecedent() -> None:
    text = ("Sara Lind said the vote was close. “I spoke to Tom Reyes on Monday. "
            "He agreed with me,” she said.")
    found = [q for q in quotes_of(ENRICHER, text) if q["mention"] == "she"]
    assert [q["speaker"] for q in found] == ["Sara Lind"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("“I love this club,” said Mo Salah, adding: “I want to win everything here.”",
         "Mo Salah"),
        ("“We were poor,” said Tom Reyes, adding, “We will be better next week.”",
         "Tom Reyes"),
    ],
)
def test_a_participle_after_an_attribution_takes_its_speaker(text: str, mention: str) -> None:
    # the speaker of "said X, adding: “…”" is X, never a word of the quotation
    assert [m for _, m in attributions(text)] == [mention, mention]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The minister, responding to questions from MPs, said the plan was on track.",
         [("the plan was on track", "The minister")]),
        ("Ms Sitharaman, replying to the debate, said the economy was strong.",
         [("the economy was strong", "Ms Sitharaman")]),
        ("The minister responded to critics, saying the law was fair.",
         [("the law was fair", "The minister")]),
        ("She replied to the letter that the council would not pay.",
         [("the council would not pay", "She")]),
    ],
)
def test_what_one_answers_after_to_is_not_what_was_said(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert attributions(text) == found


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The mother, from Leeds, told the Daily Mail: “I just want answers about my son.”",
         "The mother"),
        ("The 42-year-old, a nurse from Durban, told News24: “We were never warned about it.”",
         "The 42-year-old"),
    ],
)
def test_the_hearer_after_told_is_never_the_speaker(text: str, mention: str) -> None:
    assert [m for _, m in attributions(text)] == [mention]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a place, or a name without a person's mark, does not take over from a speaker
        (("Tom Smith said the deal was good. Prices in New York rose by 3% last year. He said "
         "more jobs would follow."), "more jobs would follow", "Tom Smith"),
        (("Tom Smith said the deal was good. Manchester United won the league in 2013. He "
         "said the club needed a new manager."), "the club needed a new manager", "Tom Smith"),
        ("Prices in New York rose by 3% last year. He said more jobs would follow.",
         "more jobs would follow", None),
    ],
)
def test_a_name_without_a_persons_mark_is_no_antecedent_past_a_speaker(
    text: str, content: str, speaker: str | None
) -> None:
    found = [q for q in quotes_of(ENRICHER, text) if q["text"].startswith(content)]
    assert [q["speaker"] for q in found] == [speaker]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Union leaders vowed last night to continue the strike.", "to continue the strike"),
        ("The minister promised on Monday to cut fuel taxes.", "to cut fuel taxes"),
        ("The company pledged last week to invest £2bn in Wales.", "to invest £2bn in Wales"),
    ],
)
def test_a_time_between_the_cue_and_its_complement_is_not_content(
    text: str, content: str
) -> None:
    found = quotes_of(ENRICHER, text)
    assert [(q["text"], q["cue"]) for q in found] == [(content, text.split()[2])]


# -- a closed-class word that opens a sentence names no one ------------------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("This confirms that the account holder is a non-taxpayer.", "This"),
        ("Having said that, I'm always pleased when drugs cheats are caught.", "Having"),
        ("Elsewhere, supporting acts included two new bands from Glasgow.", "Elsewhere"),
        ("You will understand why they were deleted but it is fun to see more.", "You"),
        ("I'd say that the likelihood of an attack is very small.", "I"),
        ("We've called for the state pension to be increased to £109.", "We"),
        ("Let's hope the BBC does not get gagged for letting people speak.", "Let's"),
    ],
)
def test_a_closed_class_word_at_a_sentence_start_is_no_name(text: str, mention: str) -> None:
    found = quotes_of(ENRICHER, text)
    opening = [q for q in found if q["mention"] is not None and text.startswith(q["mention"])]
    assert [(q["mention"], q["mention_name"], q.get("speaker")) for q in opening] in (
        [],
        [(mention, None, None)] * len(opening),
    )
    assert all(q.get("speaker") != text.split()[0] for q in found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Orange said it was starting proceedings against the service.", "Orange"),
        ("Young told BBC Sport Wales he was happy with the draw.", "Young"),
        ("Five said it had received 100 complaints about the show.", "Five"),
        ("Blair said the plans would go ahead.", "Blair"),
    ],
)
def test_a_name_at_a_sentence_start_stays_the_speaker(text: str, speaker: str) -> None:
    assert [q.get("speaker") for q in quotes_of(ENRICHER, text)] == [speaker]


# -- an adjective or a noun before a noun cue opens no attribution -----------------------


@pytest.mark.parametrize(
    "text",
    [
        ("Consumer demand will remain fragile in many of Europe's largest countries. The "
         "bank expects consumer spending to pick up."),
        ("Early estimates from the World Bank put the amount of aid needed at about $5bn. "
         "Donors gave early pledges of $2bn."),
        ("Mixed signals from French economy\n\nThe French economy picked up speed, with "
         "mixed results."),
        "Falling demand and a lower tax take could hurt. Exports are falling.",
    ],
)
def test_an_ordinary_word_before_a_noun_cue_is_no_speaker(text: str) -> None:
    first = text.split()[0]
    assert all(q["mention"] != first for q in quotes_of(ENRICHER, text)), attributions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jobless claims rose to a three-month high, data showed Thursday.",
        "Mortgage rates climbed again as Treasury demands were met at the auction.",
        "Provincial estimates are due in March, the ministry in Regina said.",
        "Halifax fears grew overnight as the storm surge reached the harbour wall.",
    ],
)
def test_a_noun_cue_before_a_finite_verb_is_a_subject(text: str) -> None:
    # "claims rose", "demands were", "estimates are", "fears grew": a noun, the subject of
    # the verb after it, opens no attribution of the word before it
    assert all(q["cue"] not in {"claims", "demands", "estimates", "fears"}
               for q in quotes_of(ENRICHER, text)), attributions(text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("She named the deputy she hopes will succeed her as party leader.", "hopes",
         "will succeed her as party leader"),
        ("Talks stalled over the refinery, which Petrotrin claims was sold below its value.",
         "claims", "was sold below its value"),
    ],
)
def test_a_cue_before_a_finite_verb_in_a_relative_clause_stays_a_verb(
    text: str, cue: str, content: str
) -> None:
    assert [(q["cue"], q["text"]) for q in quotes_of(ENRICHER, text)] == [(cue, content)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (("Orange claims the new service has infringed its rights. The colour orange is its "
          "trademark, and a deal with Orange was refused."), "Orange"),
        ("Police fear the pair were driving a van. The police are keen to trace them.", "Police"),
        ("Blair demands an end to the row. Labour's blair-era rules stay.", "Blair"),
    ],
)
def test_a_name_before_a_noun_cue_stays_the_speaker(text: str, speaker: str) -> None:
    assert [q["mention"] for q in quotes_of(ENRICHER, text)][:1] == [speaker]


def typed(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """``(content, speaker mention, speaker, source type)`` of every quote of ``text``."""
    return [(q["text"], q["mention"], q.get("speaker"), q.get("source_type"))
            for q in quotes_of(ENRICHER, text)]


# -- an inverted cue at a sentence's end names a document or a body after "the" ----------


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("That the economy slowed in the spring was widely expected, said the report.",
         "That the economy slowed in the spring was widely expected", "the report"),
        ("There was no evidence of fraud at the count, said the audit.",
         "There was no evidence of fraud at the count", "the audit"),
        ("Nine in ten farmers in Punjab had cut their use of urea, said the survey.",
         "Nine in ten farmers in Punjab had cut their use of urea", "the survey"),
        ("More than 300 schools were short of teachers, added the study.",
         "More than 300 schools were short of teachers", "the study"),
    ],
)
def test_an_inverted_cue_names_a_document(text: str, content: str, mention: str) -> None:
    assert typed(text) == [(content, mention, None, "document")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("More members saw risks to inflation tilted to the upside, said the FOMC.",
         "More members saw risks to inflation tilted to the upside", "FOMC"),
        ("That offer is no longer on the table, said the Kremlin.",
         "That offer is no longer on the table", "Kremlin"),
        ("Lending to small firms fell for a third month, said the RBI.",
         "Lending to small firms fell for a third month", "RBI"),
        ("Wage growth in Germany will slow next year, said the Bundesbank.",
         "Wage growth in Germany will slow next year", "Bundesbank"),
    ],
)
def test_an_inverted_cue_names_a_body_after_the(text: str, content: str, speaker: str) -> None:
    assert typed(text) == [(content, speaker, speaker, "organization")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (("That rates would stay higher for longer was the view of most members, according "
         "to the minutes."), ("That rates would stay higher for longer was the view of most "
         "members")),
        ("The minutes showed that two members wanted a larger cut.",
         "two members wanted a larger cut"),
    ],
)
def test_a_meeting_s_minutes_are_a_document(text: str, content: str) -> None:
    ((found, mention, speaker, kind),) = typed(text)
    assert (found, mention.lower(), speaker, kind) == (content, "the minutes", None, "document")


# -- a wire story's dateline is no part of its first sentence ------------------------------


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (("LAGOS (Reuters) - Nigeria's central bank will keep rates on hold, its governor "
         "said on Tuesday."), "Nigeria's central bank will keep rates on hold", "its governor"),
        (("WASHINGTON (AP) — The Senate passed the bill late Thursday, Majority Leader Chuck "
         "Schumer said."), "The Senate passed the bill late Thursday",
         "Majority Leader Chuck Schumer"),
        ("NEW DELHI, March 3 (Reuters) - Exports rose 9% in February, government data showed.",
         "Exports rose 9% in February", "government data"),
        ("PERTH, Australia — Iron ore prices will stay low this year, analysts said.",
         "Iron ore prices will stay low this year", "analysts"),
    ],
)
def test_a_dateline_is_no_part_of_the_content(text: str, content: str, mention: str) -> None:
    assert [row[:2] for row in typed(text)] == [(content, mention)]


def test_a_capitalised_word_before_a_dash_without_a_story_stays() -> None:
    text = "NHS - it is all anyone talks about, said the candidate."
    assert [row[0] for row in typed(text)] == ["NHS - it is all anyone talks about"]


# -- a quantity after the cue opens the content, not a phrasal verb ------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Officials in Guwahati said at least 40 people had died in the floods.",
         "at least 40 people had died in the floods"),
        ("The fire service said over 100 firefighters were at the scene.",
         "over 100 firefighters were at the scene"),
        ("Rescuers said about 50 miners were still trapped underground.",
         "about 50 miners were still trapped underground"),
        ("The union said at most a third of its members would vote.",
         "at most a third of its members would vote"),
    ],
)
def test_a_quantity_after_the_cue_is_content(text: str, content: str) -> None:
    (q,) = quotes_of(ENRICHER, text)
    assert (q["text"], q["cue"]) == (content, "said")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The minister hinted at a cut in fuel duty.", "hinted at"),
        ("Campaigners called for an inquiry into the deaths.", "called for"),
    ],
)
def test_a_particle_before_a_noun_stays_the_cue_s(text: str, cue: str) -> None:
    assert [q["cue"] for q in quotes_of(ENRICHER, text)] == [cue]


# -- a time after the cue is neither the content nor the cue's particle --------------------


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("Exports fell 3% in the year to March, government figures showed on Tuesday.",
         "Exports fell 3% in the year to March", "showed"),
        ("Half of small firms plan to hire staff, the survey found last month.",
         "Half of small firms plan to hire staff", "found"),
        ("Rainfall in Queensland was twice the average, the data showed in April.",
         "Rainfall in Queensland was twice the average", "showed"),
        ("Kenyan police announced on Friday the arrest of two men over the robbery.",
         "the arrest of two men over the robbery", "announced"),
    ],
)
def test_a_time_after_the_cue_is_no_content(text: str, content: str, cue: str) -> None:
    assert [(q["text"], q["cue"]) for q in quotes_of(ENRICHER, text)] == [(content, cue)]


def test_a_possessive_day_after_a_particle_is_the_object() -> None:
    (q,) = quotes_of(ENRICHER, "The senator commented on Monday's vote in the chamber.")
    assert (q["text"], q["cue"]) == ("Monday's vote in the chamber", "commented on")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (("“The reactor could be running again within a year,” nuclear engineers Amit Rao and "
         "Helen Kowalczyk-Brandt of the Toronto-based Centre for Energy and Climate Security "
         "wrote in March."), "nuclear engineers Amit Rao"),
        (("“We have never seen numbers like this,” marine biologists Tane Walker and Mere "
         "Parata of the University of Otago's Department of Marine Science and Ecology "
         "reported last year."), "marine biologists Tane Walker"),
    ],
)
def test_a_long_attribution_after_a_quote_is_read_to_its_verb(text: str, mention: str) -> None:
    assert [q["mention"] for q in quotes_of(ENRICHER, text)] == [mention]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Everyone said the result was deserved after the penalty.", "Everyone"),
        ("Somebody told the station the bridge was closed.", "Somebody"),
        ("Nobody believed the figures the board put out in 1998.", "Nobody"),
    ],
)
def test_an_indefinite_pronoun_is_no_name(text: str, mention: str) -> None:
    (q,) = quotes_of(ENRICHER, text)
    assert (q["mention"].split()[0], q.get("speaker"), q["mention_name"]) == (mention, None, None)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (("The chief executive of Woolworths, Brad Banducci, said the company was confident "
         "about Christmas."), "the company was confident about Christmas", "Brad Banducci"),
        ("The governor of the Reserve Bank, Michele Bullock, said rates would stay on hold.",
         "rates would stay on hold", "Michele Bullock"),
        ("The head of Kenya Power, Joseph Siror, told reporters the grid was stable.",
         "the grid was stable", "Joseph Siror"),
        ("“Our stores are full,” the managing director of Shoprite, Pieter Engelbrecht, said.",
         "Our stores are full,", "Pieter Engelbrecht"),
    ],
)
def test_a_name_after_an_office_of_a_body_is_the_speaker(
    text: str, content: str, speaker: str
) -> None:
    assert [(row[0], row[2]) for row in typed(text)] == [(content, speaker)]


def test_the_office_of_a_body_is_the_role_of_the_name_after_it() -> None:
    text = "The chief executive of Safaricom, Peter Ndegwa, said the outage was over."
    (person,) = list(ENRICHER.enrich(text).select("person"))
    assert (person.get("name"), person.get("role")) == (
        "Peter Ndegwa", "chief executive of safaricom"
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The WHO warned on Monday that cases could double within a month.",
         "cases could double within a month"),
        ("Vaccination rates had stalled in 40 countries, the WHO said.",
         "Vaccination rates had stalled in 40 countries"),
        ("The outbreak is under control, said the WHO.", "The outbreak is under control"),
    ],
)
def test_who_in_capitals_is_the_health_body_not_a_relative_pronoun(text: str,
                                                                   content: str) -> None:
    assert typed(text) == [(content, "WHO", "WHO", "organization")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The Supreme Court ruled 6-3 that the law was unconstitutional.",
         "the law was unconstitutional"),
        ("The tribunal found by 2-1 that the dismissal had been unfair.",
         "the dismissal had been unfair"),
    ],
)
def test_a_vote_s_tally_before_that_is_no_content(text: str, content: str) -> None:
    assert [q["text"] for q in quotes_of(ENRICHER, text)] == [content]


@pytest.mark.parametrize("text", ["The High Court ruled 5-4 on Monday.",
                                  "Justices ruled 7-2 in favour of the state."])
def test_a_ruling_s_tally_with_no_clause_reports_nothing(text: str) -> None:
    assert quotes_of(ENRICHER, text) == []


def test_a_predicted_score_is_what_was_predicted() -> None:
    assert [q["text"] for q in quotes_of(ENRICHER, "The pundit predicted 2-1 to Arsenal.")] == [
        "2-1 to Arsenal"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mr Albanese told ABC Radio National's Breakfast program the government would act.",
         "the government would act"),
        ("The minister told the Reuters news agency the talks were over.",
         "the talks were over"),
        ("He told the Sunday Times newspaper the deal was off.", "the deal was off"),
    ],
)
def test_an_outlet_named_at_length_after_told_is_the_hearer(text: str, content: str) -> None:
    assert [q["text"] for q in quotes_of(ENRICHER, text)] == [content]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The Kremlin denied the report, calling it a provocation.", "Kremlin"),
        ("The Treasury rejected the claim, calling it absurd.", "Treasury"),
    ],
)
def test_a_participle_s_subject_named_after_the_is_an_organisation(text: str,
                                                                   mention: str) -> None:
    # the participle's subject is the name after "the", read as before the main verb
    found = [q for q in quotes_of(ENRICHER, text) if q["cue"] == "calling"]
    assert [(q["mention"], q["speaker"], q["source_type"]) for q in found] == [
        (mention, mention, "organization")]


@pytest.mark.parametrize(
    ("text", "speaker", "source_type"),
    [
        ("The IMF cut its forecast, saying the outlook had darkened.", "IMF", "organization"),
        ("The Federal Reserve raised rates, saying inflation had eased.", "Federal Reserve",
         "organization"),
        ("The BBC denied it had lost a bidding war, saying it had chosen to step back.", "BBC",
         "organization"),
    ],
)
def test_a_participle_s_subject_named_after_the_is_the_name(text: str, speaker: str,
                                                            source_type: str) -> None:
    # a verb in the past tense that does not end in -ed ("cut", "hit", "quit") ends the
    # subject as "raised" does; a name after "the" is the speaker, as before "said"
    found = [q for q in quotes_of(ENRICHER, text) if q["cue"] in ("saying",)]
    assert [(q["speaker"], q["source_type"]) for q in found] == [(speaker, source_type)]


@pytest.mark.parametrize(
    "text",
    [
        "The Argentine had stoked up the row by saying the crowd was too loud.",
        "The Wisconsin Republican criticised the policy, saying allies were worried.",
    ],
)
def test_a_demonym_or_a_member_after_the_is_no_name(text: str) -> None:
    found = [q for q in quotes_of(ENRICHER, text) if q["cue"] == "saying"]
    assert found and all(q["speaker"] is None for q in found), found


def test_a_role_ends_at_an_irregular_past_tense() -> None:
    found = quotes_of(ENRICHER, "The minister hit back, saying the claims were false.")
    assert [q["mention"] for q in found] == ["The minister"], found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Associated Press quoted Wassim Bouhlel, a Nice native, as saying the driver fled.",
         "Wassim Bouhlel"),
        ("The agency quoted Mr Khodorkovsky as saying via his lawyers that the bid was unfair.",
         "Khodorkovsky"),
        # the passive: the subject is quoted, whoever quotes
        ("Geoff Dixon was quoted by The Australian newspaper as saying the carrier was fine.",
         "Geoff Dixon"),
    ],
)
def test_the_one_quoted_as_saying_speaks(text: str, speaker: str) -> None:
    found = [q for q in quotes_of(ENRICHER, text) if q["cue"] == "saying"]
    assert [q["speaker"] for q in found] == [speaker], found


@pytest.mark.parametrize(
    "text",
    [
        'Smith said: "It was the best day of my life."',
        'Jones added: "It is not my right to give orders."',
    ],
)
def test_it_opening_a_quotation_does_not_make_its_speaker_a_body(text: str) -> None:
    found = quotes_of(ENRICHER, text)
    assert [q["source_type"] for q in found] == ["person"], found


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (('"We have been let down," one shopkeeper, who did not want to give her name, told '
          "the paper."), "one shopkeeper"),
        ('"It is over," an intelligence source, who was not authorized to speak, told Fox News.',
         "an intelligence source"),
        ('"We will fight on," Tom Reyes, speaking after the vote, told reporters.', "Tom Reyes"),
    ],
)
def test_a_clause_between_the_speaker_and_the_cue_after_a_quotation_is_skipped(
        text: str, mention: str) -> None:
    # the verb of the relative clause ("want", "authorized") is no cue of the quotation
    found = quotes_of(ENRICHER, text)
    assert [(q["cue"], q["mention"]) for q in found] == [("told", mention)], found


def test_an_appositive_with_an_ing_word_before_a_role_stays_a_role() -> None:
    text = ('"It is a fair price," Robert Peck, managing director at Acme Capital, told the '
            "paper.")
    found = quotes_of(ENRICHER, text)
    assert [q["speaker"] for q in found] == ["Robert Peck"], found


@pytest.mark.parametrize(
    "text",
    [
        "The Met Office has issued a warning, saying gusts could reach 70mph.",
        "The Met Office issued a statement, saying gusts could reach 70mph.",
    ],
)
def test_a_capitalised_word_spelled_as_a_verb_stays_in_a_subject_s_name(text: str) -> None:
    # "Met" is a verb only in lower case: "The Met Office" is the participle's subject
    found = [q for q in quotes_of(ENRICHER, text) if q["cue"] == "saying"]
    assert [(q["speaker"], q["text"]) for q in found] == [
        ("Met Office", "gusts could reach 70mph")], found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Department for Environment, Food and Rural Affairs said the ban would stay.",
         "Department for Environment, Food and Rural Affairs"),
        ("The Department for Digital, Culture, Media and Sport said talks would go on.",
         "Department for Digital, Culture, Media and Sport"),
        ("The Department of Agriculture, Food and the Marine said the matter was closed.",
         "Department of Agriculture, Food and the Marine"),
        # two bodies, no list: the last one speaks
        (("The American Federation of Teachers and the National Education Association "
          "endorsed her early over her rivals."), "National Education Association"),
    ],
)
def test_a_body_s_name_holds_a_list_with_commas(text: str, speaker: str) -> None:
    assert [q["speaker"] for q in quotes_of(ENRICHER, text)] == [speaker]


def test_a_spokesman_for_a_body_named_with_a_list_is_the_spokesman() -> None:
    text = "A spokesman for the Department for Culture, Media and Sport said there were no plans."
    found = quotes_of(ENRICHER, text)
    assert [(q["speaker"], q["mention"]) for q in found] == [
        (None, "A spokesman for the Department for Culture, Media and Sport")], found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to the Office for National Statistics, inflation rose to 6.9% in March.",
         "Office for National Statistics"),
        ("Inflation rose to 6.9% in March, according to the Kenya National Bureau of Statistics.",
         "Kenya National Bureau of Statistics"),
        ("According to the BBC, the talks had failed.", "BBC"),
        ("The deal was close, according to the Financial Times.", "Financial Times"),
    ],
)
def test_a_body_named_after_the_in_according_to_is_the_speaker(text: str, speaker: str) -> None:
    found = quotes_of(ENRICHER, text)
    assert [(q["speaker"], q["source_type"]) for q in found] == [(speaker, "organization")]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the BBC", "BBC"),
        ("the Financial Times", "Financial Times"),
        ("the Latest", None),  # one word, no acronym nor body's noun: a label's word
        ("the M&S spokesman", None),  # a name cut short at "&"
        ("the World Travel and Tourism Council", None),  # cut short at "and"
    ],
)
def test_a_body_after_the_is_named_only_when_its_name_is_whole(
        phrase: str, name: str | None) -> None:
    from limner_quotes.phrases import phrase_after

    text = f"{phrase} said"
    m = phrase_after(text, 0, len(phrase))
    assert m is not None and m.name == name, m


def test_according_to_a_name_then_a_comma_reads_no_role_from_the_clause() -> None:
    found = quotes_of(ENRICHER, "According to Reuters, inflation rose to 6.9% in March.")
    assert [(q["speaker"], q["text"]) for q in found] == [
        ("Reuters", "inflation rose to 6.9% in March")]
    person = ENRICHER.enrich("According to Reuters, inflation rose to 6.9% in March.")
    assert all(p.get("role") is None for p in person.select("person"))


@pytest.mark.parametrize(
    "text",
    [
        "The UN called an emergency meeting to discuss the crisis.",
        "The prime minister called a snap election for June.",
        "The union called a strike over pay.",
    ],
)
def test_calling_a_meeting_or_an_election_is_no_speech(text: str) -> None:
    assert quotes_of(ENRICHER, text) == []


def test_calling_someone_something_is_speech() -> None:
    found = quotes_of(ENRICHER, "Trump called a reporter a liar.")
    assert [q["text"] for q in found] == ["a reporter a liar"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('Asked if he would stand again, Mr Modi smiled and said: "The people will decide."',
         "Mr Modi"),
        ('Asked about the inquiry, a Labour spokesman told BBC News: "We expect it to end."',
         "a Labour spokesman"),
    ],
)
def test_asked_opens_a_fronted_clause_before_the_subject(text: str, mention: str) -> None:
    found = quotes_of(ENRICHER, text)
    # the question is an attribution of its own, whose asker is not written
    assert [q["mention"] for q in found] == [None, mention], found


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("I could say the same thing about the bank.", "I"),
        ("They must say there is no way to sell a tax rise.", "They"),
        ("She's essentially saying the same thing.", "She"),
        ("They didn't think the plan would work.", "They"),
        ("He'll argue that the plan works.", "He"),
        ("We can't say the deal is done.", "We"),
    ],
)
def test_a_pronoun_before_a_modal_or_a_contraction_is_the_mention_alone(
        text: str, mention: str) -> None:
    found = quotes_of(ENRICHER, text)
    assert [q["mention"] for q in found] == [mention], found


@pytest.mark.parametrize(
    "text",
    [
        "Writing on social media, the former president claimed the election had been stolen.",
        "Speaking on radio, the former president claimed the election had been stolen.",
    ],
)
def test_a_clause_after_the_verb_is_reported_not_the_fronted_phrase(text: str) -> None:
    found = quotes_of(ENRICHER, text)
    assert [q["text"] for q in found] == ["the election had been stolen"], found


def _mention_role(text: str) -> list[tuple[str | None, str | None]]:
    """``(speaker mention, its role)`` of every quote of ``text``."""
    doc = ENRICHER.enrich(text)
    out = []
    for q in doc.select("quote"):
        mention = doc.get(q.get("speaker_mention"))
        out.append((doc.text[mention.start : mention.end] if mention is not None else None,
                    mention.get("role") if mention is not None else None))
    return out


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        ("Critics, however, accused the government of ignoring warnings.", "Critics", None),
        ("Mr Smith, meanwhile, said the plan would work.", "Mr Smith", "mr"),
        ("The company, too, said it would appeal.", "The company", None),
        ("John Smith, in a statement, said the plan would work.", "John Smith", None),
        ("The minister, for her part, said the plan would work.", "The minister", "minister"),
        ("The mayor, as expected, said the plan would work.", "The mayor", "mayor"),
    ],
)
def test_an_aside_between_the_speaker_and_the_verb_is_neither_role_nor_speaker(
        text: str, mention: str, role: str | None) -> None:
    assert _mention_role(text) == [(mention, role)]


def test_a_role_or_a_second_speaker_between_commas_is_no_aside() -> None:
    text = "Smith, for the prosecution, told the court the man lied."
    assert _mention_role(text) == [("Smith", "for the prosecution")]
    text = "Mrs Clinton, as well as her campaign, has maintained that the server was secure."
    assert _mention_role(text)[0][1] != "mrs"  # "as well as …" is read with the speaker


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Farmers in Eldoret and Kitale complain that maize prices have collapsed.",
         "Farmers in Eldoret and Kitale"),
        ("Residents of Mingora and Swat said the water was rising.",
         "Residents of Mingora and Swat"),
        # after a noun that is no group of people the name after "and" speaks
        (("Chelsea lost after the defeat at Newcastle and Jose Mourinho said the team was "
         "tired."), "Jose Mourinho"),
    ],
)
def test_a_group_after_two_joined_names_speaks_whole(text: str, mention: str) -> None:
    assert [q["mention"] for q in quotes_of(ENRICHER, text)] == [mention]


def test_an_amount_after_a_verb_is_no_inverted_speaker() -> None:
    text = ("Prime Minister Shehbaz Sharif, who visited the region, promised Rs5 billion in "
            "relief and said the government would rebuild every school.")
    found = quotes_of(ENRICHER, text)
    assert {q["mention"] for q in found} == {"Prime Minister Shehbaz Sharif"}, found
    assert not any(q["text"].startswith("Prime Minister") for q in found), found
    # a code with digits may still name a speaker
    assert quotes_of(ENRICHER, "The G7 said it would act.")[0]["mention_name"] == "G7"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Kenya's central bank held its rate, saying inflation had eased.",
         "Kenya's central bank"),
        ("Nigeria's electoral commission postponed the vote, citing security concerns.",
         "Nigeria's electoral commission"),
        ("Trump's lawyers filed a motion, arguing the case was flawed.", "Trump's lawyers"),
        # the owner of a thing speaks through it
        ("Palin's posts include one last week saying the danger was real.", "Palin's"),
    ],
)
def test_a_participle_after_a_possessive_subject_is_the_body_or_the_people_it_owns(
        text: str, mention: str) -> None:
    assert [q["mention"] for q in quotes_of(ENRICHER, text)] == [mention]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Governor Mervyn King said rates would rise.", "Mervyn King"),
        ("Former prime minister John Major said the plan was wrong.", "John Major"),
        ("Council leader Sue Bishop said the budget was tight.", "Sue Bishop"),
        ("Stephen King said the book was done.", "Stephen King"),
        ('"We are ready," said Grant Dean, chair of the committee.', "Grant Dean"),
    ],
)
def test_a_role_word_after_a_given_name_is_a_surname(text: str, name: str) -> None:
    assert [q["mention_name"] for q in quotes_of(ENRICHER, text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a title that ends with such a word stays a title
        "The District Judge said the case was weak.",
        "Saudi Crown Prince said the deal was done.",
    ],
)
def test_a_title_ending_in_a_surname_word_stays_a_role(text: str) -> None:
    assert [q["mention_name"] for q in quotes_of(ENRICHER, text)] == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Department of Justice said it was studying the judgment.",
         "Department of Justice"),
        ("The Ministry for Justice said the plan was fair.", "Ministry for Justice"),
    ],
)
def test_a_body_named_after_its_office_is_a_name_no_role(text: str, name: str) -> None:
    found = quotes_of(ENRICHER, text)
    assert [(q["mention_name"], q["source_type"]) for q in found] == [(name, "organization")]


def test_a_frame_before_a_long_subject_with_its_own_cue_attributes_nothing() -> None:
    text = ("In a post on Facebook, the Green Party's transport spokesperson Julie Anne "
            "Genter wrote that the decision was bad.")
    found = quotes_of(ENRICHER, text)
    assert [(q["text"], q["mention_name"]) for q in found] == [
        ("the decision was bad", "Julie Anne Genter")
    ]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (("South Africa's power utility Eskom said on Friday it would cut power from 4 p.m., "
         "blaming the breakdown of six units."), "Eskom"),
        (("Business groups on both sides of the border have urged a deal, warning that "
         "thousands of jobs are at stake."), "Business groups"),
        (("Oxfam senior policy adviser Max Lawson welcomed the statement and said the "
         "ministers had passed the first hurdle."), "policy adviser Max Lawson"),
        ("Dutch firm Heineken saw its profits drop and warned that earnings may slide.",
         "Heineken"),
    ],
)
def test_a_subject_read_for_a_later_verb_is_read_as_before_a_verb_of_speech(
        text: str, mention: str) -> None:
    assert quotes_of(ENRICHER, text)[-1]["mention"] == mention


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (("Reacting, the spokesman of the Peoples Democratic Party (PDP), Debo Ologunagba, "
         "said the party welcomed the timetable."), "Debo Ologunagba"),
        (("Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said Sanders had pushed "
         "her."), "Claire McCaskill"),
    ],
)
def test_a_short_name_in_brackets_before_an_appositive_is_read_past(
        text: str, name: str) -> None:
    assert quotes_of(ENRICHER, text)[-1]["mention_name"] == name


@pytest.mark.parametrize(
    ("text", "name", "cue"),
    [
        (("Appearing for the petitioners, senior advocate Colin Gonsalves argued that the "
         "families would be homeless."), "Colin Gonsalves", "argued"),
        ("FBI general counsel James Baker said the probe is ongoing.", "James Baker", "said"),
    ],
)
def test_a_cue_word_before_a_full_name_and_its_verb_is_a_title(
        text: str, name: str, cue: str) -> None:
    found = quotes_of(ENRICHER, text)
    assert [(q["mention_name"], q["cue"]) for q in found] == [(name, cue)]


def test_a_participle_after_according_to_is_its_sources() -> None:
    text = ("Owners will be notified by mail in late December, according to the agency, "
            "citing documents submitted by the carmaker.")
    found = quotes_of(ENRICHER, text)
    assert [(q["cue"], q["mention"]) for q in found] == [
        ("according to", "the agency"), ("citing", "the agency")
    ]
    # citing people is no attribution of its own, and "citing …" is no role of the source
    text = "Prices rose 5%, according to Reuters, citing two sources familiar with the matter."
    assert _mention_role(text) == [("Reuters", None)]
    text = "The talks collapsed, according to a report by the Financial Times, citing officials."
    assert [q["mention"] for q in quotes_of(ENRICHER, text)] == [
        "a report by the Financial Times"
    ]


# -- "Asked whether …, X said": the question is the asker's ----------------------------


@pytest.mark.parametrize(
    ("text", "question", "asker"),
    [
        (("The agency issued the warning on Monday. Asked about the timing of the warning, "
          "she said it had been issued as soon as possible."),
         "the timing of the warning", None),
        (("The senator spoke in Des Moines. Asked if he was ever bullied, the Republican "
          "candidate said he was not."), "if he was ever bullied", None),
        (("Asked by reporters whether he would resign, Tom Reyes said he would stay on."),
         "whether he would resign", "reporters"),
        (("Asked by Matt Lauer to describe the device, O'Neill said it was small."),
         "to describe the device", "Matt Lauer"),
    ],
)
def test_an_asked_frame_is_the_askers_question_not_the_answerers(
    text: str, question: str, asker: str | None
) -> None:
    # the answerer speaks in the main clause; who asked is written after "by" or not at all
    assert speaker_of(text, question) == asker
    # the answer is still the answerer's
    assert attributions(text)[-1][1] not in (None, asker)


# -- a pronoun's antecedent: its own main clause's subject, a name repeated as a subject -


def _name_of(text: str, content: str) -> Any:
    found = [q["mention_name"] for q in quotes_of(ENRICHER, text) if q["text"].startswith(content)]
    assert found, quotes_of(ENRICHER, text)
    return found[0]


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (("Rio Tinto chief executive Jakob Stausholm said the project was on track. In Perth, "
          "the state treasurer Rita Saffioti welcomed the company's A$1.5bn investment in a "
          "new plant near Karratha, which she said would create 700 jobs."),
         "would create 700 jobs", "Rita Saffioti"),
        (("Acme chief executive Tom Brown said sales had risen. At the launch, finance director "
          "Jane Porter presented the results, and she said margins would improve."),
         "margins would improve", "Jane Porter"),
        (("Party leader Tom Brown said the vote was close. Mrs Penny Walsh backed the "
          "bill, which he said would pass."), "would pass", "Tom Brown"),
    ],
)
def test_a_pronoun_in_a_joined_clause_is_its_main_clause_s_named_subject(
    text: str, content: str, name: str
) -> None:
    # a relative ("which she said") or a clause after ", and" refers back to the subject of
    # its own sentence when a title or a role marks it as a person's, whose gender may fit
    # (not "Mrs Penny Walsh" for "he")
    assert _name_of(text, content) == name


def test_a_pronoun_after_a_person_named_again_as_a_subject_is_theirs() -> None:
    text = ("Marcel Lehel Lazar, 44, said he had guessed the passwords. Prosecutor Maya Song "
            "said the harm was great. A high school graduate, Lazar had no formal training. He "
            "told the New York Times that he was sorry.")
    assert _name_of(text, "he was sorry") == "Marcel Lehel Lazar"
    # a capitalised word that no one named so far goes by is no antecedent
    text = ("Marcel Lehel Lazar, 44, said he had guessed the passwords. Prosecutor Maya Song "
            "said the harm was great. More likely, the case will be appealed. She told the "
            "court that it had been fair.")
    assert _name_of(text, "it had been fair") == "Maya Song"


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (('Carlos Alcaraz beat Jannik Sinner in five sets. "It was the best match of my '
          'life," said the 21-year-old Spaniard.'), "It was the best match", "Carlos Alcaraz"),
        (("Sipho Ndlovu, 34, was robbed at gunpoint in Soweto. “I thought I was going to "
          "die,” the 34-year-old taxi driver said."), "I thought", "Sipho Ndlovu"),
    ],
)
def test_an_age_with_a_noun_after_it_refers_back_as_an_epithet(
    text: str, content: str, name: str
) -> None:
    assert _name_of(text, content) == name


def test_an_age_before_a_name_is_no_epithet() -> None:
    # "the 28-year-old Morientes" names someone: not the person named last
    text = ("Liverpool boss Rafael Benitez is keen to bolster his forward options. “If there "
            "is an offer I will look at it,” said the 28-year-old Morientes.")
    assert _name_of(text, "If there is an offer") != "Rafael Benitez"


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (('Virat Kohli struck an unbeaten century. "The pitch was slow," the former captain '
          'said afterwards.'), "The pitch was slow", "Virat Kohli"),
        (("Chief Minister Mamata Banerjee visited the flood-hit district on Monday. The "
          "Trinamool chief said relief would reach everyone."), "relief would", "Mamata Banerjee"),
        (("Taoiseach Micheál Martin said the budget would help families. The Fianna Fáil "
          "leader added that more homes would be built."), "more homes", "Micheál Martin"),
    ],
)
def test_a_role_no_one_carried_is_the_subject_of_the_sentence_before(
    text: str, content: str, name: str
) -> None:
    # "the former captain": a definite role with a word before its noun, that no person
    # named so far carried, is the person named as the subject of the sentence before
    assert _name_of(text, content) == name


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the role's noun names someone else in between
        (('Tom Reyes met the health minister on Tuesday. "We had a frank discussion," the '
          'new minister said.'), "We had a frank"),
        # a bare role is as often someone else the story is about
        (("John Smith, 45, was jailed for five years at Leeds Crown Court. The judge said he "
          "had shown no remorse."), "he had shown"),
        # the quotation speaks of the subject
        (('Chelsea beat Spurs 2-0 at Stamford Bridge. Cole Palmer scored twice in the second '
          'half. "He was brilliant today," the Chelsea manager said.'), "He was brilliant"),
        # no person is the subject of the sentence before
        (('Leeds sacked Jesse Marsch on Monday. "It has been a difficult decision," the club '
          'chairman said.'), "It has been"),
    ],
)
def test_a_role_is_not_the_subject_before_when_it_names_someone_else(
    text: str, content: str
) -> None:
    assert _name_of(text, content) is None


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (("The Department of Health said passengers on the flight may have been exposed. It "
          "urged them to call their GP."), "Department of Health", "organization"),
        (("The council said the bins would be collected on Friday. It said residents should "
          "leave them out overnight."), None, "organization"),
        (("The report said the hospital had failed patients. It found that staff were "
          "overworked."), None, "document"),
    ],
)
def test_it_after_a_body_that_spoke_in_the_sentence_before_is_that_body(
    text: str, name: str | None, kind: str
) -> None:
    # "It urged …": the organisation or document whose words were read last, in the
    # sentence before, with its name when the text gives one
    last = quotes_of(ENRICHER, text)[-1]
    assert (last["mention"], last["speaker"], last["source_type"]) == ("It", name, kind)


def test_it_after_a_person_is_no_body() -> None:
    text = ("The council said the bins would be collected. Cllr Tom Reyes said the plan was "
            "late. It said residents should wait.")
    last = quotes_of(ENRICHER, text)[-1]
    assert last["source_type"] != "organization"


def test_a_name_after_a_sentence_that_ends_with_a_capitalised_word_is_read_alone() -> None:
    # "… at the Emirates. Mikel Arteta …": the name of the next sentence is a person's, and
    # so "the Spaniard" refers back to him, not to a body called "Spaniard"
    text = ('Arsenal beat Chelsea 3-1 at the Emirates. Mikel Arteta praised his side. "We '
            'were outstanding," the Spaniard said.')
    last = quotes_of(ENRICHER, text)[-1]
    assert (last["speaker"], last["source_type"]) == ("Mikel Arteta", "person")
    text = ("Prices rose sharply across the country, according to the BBC. Tom Reyes runs "
            "a shop in Leeds. He said trade was slow.")
    assert _name_of(text, "trade was slow") == "Tom Reyes"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (("The Reserve Bank of Australia left rates on hold at 4.35%. The central bank said "
          "inflation remained too high."), "Reserve Bank of Australia"),
        (("Cumbria County Council has closed the A591 after a landslide. The council said "
          "the road would reopen next week."), "Cumbria County Council"),
        (("Judge Ana Diaz sat at Dublin Circuit Criminal Court on Monday. The court heard "
          "that the man had fled."), "Dublin Circuit Criminal Court"),
    ],
)
def test_a_body_named_in_the_sentence_before_names_its_short_form(text: str, name: str) -> None:
    # "the council" that no source named before is the body the sentence before (or its
    # own) names with the head word capitalised
    assert quotes_of(ENRICHER, text)[-1]["speaker"] == name


@pytest.mark.parametrize(
    "text",
    [
        # the subject before is a description, a person, or a passive's
        "The lender reported a profit of £5bn. The bank said lending had grown.",
        "Lena Ortiz reported a profit of £5bn. The bank said lending had grown.",
        "Barclays was fined £40m last year. The regulator said the bank had misled savers.",
    ],
)
def test_a_short_form_with_no_body_named_before_has_no_name(text: str) -> None:
    assert quotes_of(ENRICHER, text)[-1]["speaker"] is None


def test_a_title_s_words_are_no_antecedent() -> None:
    # "Romancing The Stone": capitalised words with "The" inside name a work, not a person
    text = ("Michael Douglas, 60, will star in the film. His best-known films include "
            "Romancing The Stone. He said he hoped to start shooting next year.")
    assert _name_of(text, "he hoped") == "Michael Douglas"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('House Speaker Emanuel "Chris" Welch said the budget was balanced.',
         "Emanuel Chris Welch"),
        ("Former CIA operative John “Tig” Tiegen found both issues to be disqualifying.",
         "John Tig Tiegen"),
    ],
)
def test_a_nickname_in_marks_inside_a_name_is_part_of_it(text: str, name: str) -> None:
    found = quotes_of(ENRICHER, text)
    assert [q["mention_name"] for q in found] == [name]
    assert found[0]["mention"].endswith(name.rsplit(" ", 1)[-1])


@pytest.mark.parametrize(
    ("text", "content", "mention", "name"),
    [
        ('"We are ready," said Earvin "Magic" Johnson.', "We are ready,",
         'Earvin "Magic" Johnson', "Earvin Magic Johnson"),
        ("“We are ready,” said Earvin “Magic” Johnson.", "We are ready,",
         "Earvin “Magic” Johnson", "Earvin Magic Johnson"),
        ('"It was close," Dwayne "The Rock" Johnson told reporters.', "It was close,",
         'Dwayne "The Rock" Johnson', "Dwayne The Rock Johnson"),
        ('"We are ready," Emanuel "Chris" Welch said.', "We are ready,",
         'Emanuel "Chris" Welch', "Emanuel Chris Welch"),
        ("“We are ready,” said Earvin 'Magic' Johnson.", "We are ready,",
         "Earvin 'Magic' Johnson", "Earvin Magic Johnson"),
        ('Dwayne "The Rock" Johnson told reporters the film would open in May.',
         "the film would open in May", 'Dwayne "The Rock" Johnson', "Dwayne The Rock Johnson"),
    ],
)
def test_a_direct_quote_before_a_name_with_a_nickname_is_the_whole_name_s(
    text: str, content: str, mention: str, name: str
) -> None:
    # the nickname's marks quote nothing and do not cut the name
    found = quotes_of(ENRICHER, text)
    assert [(q["text"], q["mention"], q["mention_name"]) for q in found] == [
        (content, mention, name)
    ]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        # a headline in title case: a word quoted between a verb or a preposition
        ("Pence: Trump Was ‘Mocking’ Clinton At The Rally", "Mocking"),
        ("Ted Cruz: I Am ‘Horrified’ By Donald Trump", "Horrified"),
    ],
)
def test_a_quoted_word_between_words_of_a_title_case_headline_is_no_nickname(
    text: str, fragment: str
) -> None:
    assert [q["style"] for q in quotes_of(ENRICHER, text) if fragment in q["text"]] == ["mixed"]


def test_a_reading_holds_nothing_of_its_text_after_it() -> None:
    # what a reading found of a text (a word's places) is this thread's and forgotten when
    # the reading ends: a text is not held after it, nor another thread's text read
    import gc

    from limner_quotes import sources

    text = '"We are ready," said Ana Ruiz. Investigators said Ruiz left. Ruiz said: "No."'
    doc = ENRICHER.enrich(text)
    assert doc.select("quote")
    held = [o for o in gc.get_objects() if isinstance(o, sources._TextRead) and o.text == text]
    assert held == []


# -- a participle's subject: the name after its owner and role ------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (("The Congress party's Rahul Gandhi demanded his arrest, telling reporters the "
          "minister was lying."), "Rahul Gandhi"),
        ("The company's founder Elon Musk left the stage, saying the deal was dead.",
         "Elon Musk"),
    ],
)
def test_a_participle_s_subject_named_after_its_owner_is_the_name(
    text: str, speaker: str
) -> None:
    (found,) = [q for q in quotes_of(ENRICHER, text) if q["cue"] in {"telling", "saying"}]
    assert found.get("speaker") == speaker


def test_a_participle_s_subject_with_no_name_stays_its_description() -> None:
    text = "The team's manager left early, saying the talks were over."
    (found,) = quotes_of(ENRICHER, text)
    assert found["mention"] == "The team's manager"
    assert found.get("speaker") is None


# -- "Another added: “…”": one of a group named before, never a name ----------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('Two ministers spoke. Another added: "We will not give in."', "Another"),
        ('The protesters were angry. One said: "We are tired."', "One"),
        ('Residents were furious. Another told the BBC: "Nobody listened."', "Another"),
        ("Residents were angry.\n\nOne said the council had failed them.", "One"),
        ("Three officials were present. A third said the plan was dead.", "A third"),
    ],
)
def test_one_of_a_group_opening_a_sentence_is_a_description(text: str, word: str) -> None:
    (quote,) = quotes_of(ENRICHER, text)
    assert (quote["mention"], quote["mention_name"], quote["speaker"]) == (word, None, None)
    assert support.only(ENRICHER, text, "person", word)["mention"] == "description"


# -- a verb of saying negated by "not" or "neither" keeps its reading, as after "never" ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He did not say whether he would stand.", [("whether he would stand", "He")]),
        ("The campaign would not say if Sullivan had been interviewed.",
         [("if Sullivan had been interviewed", "The campaign")]),
        ("She did not mention that she had been paid.", [("she had been paid", "She")]),
        ("Her spokesman would not confirm or deny the report.",
         [("the report", "Her spokesman")]),
        ("Her spokesman would neither confirm nor deny the report.",
         [("the report", "Her spokesman")]),
        ("The ministry would neither confirm nor deny that the talks had failed.",
         [("the talks had failed", "The ministry")]),
        ("She neither confirmed nor denied the claims.", [("the claims", "She")]),
        ("The firm has neither admitted nor denied wrongdoing in the settlement.",
         [("wrongdoing in the settlement", "The firm")]),
    ],
)
def test_a_verb_of_saying_negated_by_not_or_neither_keeps_its_reading(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert attributions(text) == expected


def test_a_negated_verb_of_saying_reports_a_clause_not_a_quantity_nor_a_wish() -> None:
    assert attributions("He did not say whether he would stand.") == [
        ("whether he would stand", "He")
    ]
    assert attributions("He did not say a word.") == []
    # a verb of stance after "not" reads as before: no speaker phrase past "not"
    assert attributions("He did not want to leave.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her spokesman denied the report.", [("the report", "Her spokesman")]),
        ("The ministry denied that the talks had failed.",
         [("the talks had failed", "The ministry")]),
        # "neither" of a subject is no negation of the verb
        ("Neither side said the talks had failed.", [("the talks had failed", "Neither side")]),
        ("Two men spoke. Neither said the talks had failed.",
         [("the talks had failed", "Neither")]),
    ],
)
def test_a_cue_without_a_negation_before_it_keeps_its_reading(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert attributions(text) == expected


# -- verbs joined by "and", "or", "nor" share their object; a quantity of speech is none ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her spokesman confirmed and denied the report.", [("the report", "Her spokesman")]),
        ("The firm admitted or denied that the payments were made.",
         [("the payments were made", "The firm")]),
    ],
)
def test_cue_verbs_joined_by_a_conjunction_share_what_follows_the_last(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said nothing.", []),
        ("He never said a word.", []),
        ("The coach has said nothing more.", []),
        ("She has said little about the plan.", [("the plan", "She")]),
        ("The minister said nothing about the cuts.", [("the cuts", "The minister")]),
    ],
)
def test_a_quantity_of_speech_is_no_content_and_leaves_its_topic(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert attributions(text) == expected


def test_a_quantity_that_opens_a_clause_is_its_subject() -> None:
    assert attributions("Adelson said much of the talk was about Israel.") == [
        ("much of the talk was about Israel", "Adelson")
    ]
    assert attributions("Adelson said much.") == []


# -- "was all the striker would say": "all" after "be" heads what was said, not the speaker --


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        ('"No comment," was all the striker would say.', "the striker", "striker"),
        ("That was all the minister said about the matter.", "the minister", "minister"),
        ('"We move on," is all the manager would say.', "the manager", "manager"),
    ],
)
def test_all_after_be_is_no_part_of_the_speaker(text: str, mention: str, role: str) -> None:
    (quote,) = quotes_of(ENRICHER, text)
    assert quote["mention"] == mention
    assert support.only(ENRICHER, text, "person", mention)["role"] == role


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a quantifier of the subject is part of it, as PolNeAR marks its sources ("All
        # three candidates", "Both women", "Each faction")
        ("All the players said they were tired.", "All the players"),
        ("Both the ministers said the plan had failed.", "Both the ministers"),
        ("The players were all tired, the coach said.", "the coach"),
    ],
)
def test_a_quantifier_of_the_subject_stays_in_the_speaker(text: str, mention: str) -> None:
    assert [m for _, m in attributions(text)] == [mention]


@pytest.mark.parametrize(
    "text", ['"No comment," was all Smith would say.', '“No comment,” was all Smith would say.']
)
def test_a_name_after_was_all_is_the_speaker_as_a_role_is(text: str) -> None:
    (quote,) = quotes_of(ENRICHER, text)
    assert (quote["mention"], quote["speaker"]) == ("Smith", "Smith")


def test_the_topic_after_asked_about_is_read_as_polnear_marks_it() -> None:
    # PolNeAR marks "Asked about X, Y said …" as two attributions: cue "Asked about", no
    # source, content X; and Y's cue with its clause
    assert attributions("Asked about his future, the manager said he was happy.") == [
        ("his future", None), ("he was happy", "the manager")
    ]


# -- "according to her": an object pronoun, not a possessive determiner -----------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (("Dr Amina Yusuf leads the team. According to her, the results could change "
          "treatment within five years."), "the results could change treatment within five years"),
        ("The results could change treatment within five years, according to her.",
         "The results could change treatment within five years"),
        ("According to her, the talks were going well.", "the talks were going well"),
    ],
)
def test_her_after_according_to_is_the_speaker_as_him_is(text: str, content: str) -> None:
    assert (content, "her") in attributions(text)
    him = text.replace(" her,", " him,").replace(" her.", " him.")
    assert (content, "him") in attributions(him)


def test_her_before_a_noun_stays_a_possessive() -> None:
    assert attributions("According to her lawyer, the deal was signed in secret.") == [
        ("the deal was signed in secret", "her lawyer")
    ]


# -- a descriptor before a name: "Love Island star Molly", "Dad-of-two Steve" ----------


@pytest.mark.parametrize(
    ("text", "mention", "name", "role"),
    [
        ('Love Island star Molly, 24, said: "I\'m absolutely gutted."',
         "Love Island star Molly", "Molly", "love island star"),
        ("Dad-of-two Steve Jones said he had been treated like dirt.",
         "Dad-of-two Steve Jones", "Steve Jones", "dad-of-two"),
        ("Dad-of-two Steve, 45, said he had been treated like dirt.",
         "Dad-of-two Steve", "Steve", "dad-of-two"),
    ],
)
def test_a_descriptor_before_a_name_is_its_role(
    text: str, mention: str, name: str, role: str
) -> None:
    (quote,) = quotes_of(ENRICHER, text)
    assert (quote["mention"], quote["speaker"]) == (mention, name)
    assert support.only(ENRICHER, text, "person", mention)["role"] == role


def test_every_noun_of_a_trade_is_a_person_key() -> None:
    """The trades' table is read only where its noun is also a person key: six of its
    nouns were not, and were never read."""
    from limner_quotes.lexicon import OCCUPATIONS
    from limner_quotes.phrases import _PERSON_KEYS

    assert OCCUPATIONS <= _PERSON_KEYS


def test_a_given_name_that_is_a_person_noun_stays_a_name() -> None:
    (quote,) = quotes_of(ENRICHER, "Hunter Biden said the case was political.")
    assert quote["speaker"] == "Hunter Biden"


@pytest.mark.parametrize(
    ("text", "mention", "name", "role", "given"),
    [
        ("Singer Adele said she was taking a break.", "Singer Adele", "Adele", "singer",
         "Hunter Biden said the case was political."),
        ("Rapper Stormzy, 30, told fans the tour was off.", "Rapper Stormzy", "Stormzy",
         "rapper", "Carter Page said he had done nothing wrong."),
        ("Actor Hanks said the film was his favourite.", "Actor Hanks", "Hanks", "actor",
         "Mason Mount said the team had played well."),
        ("Veteran Martinez said the win felt good.", "Veteran Martinez", "Martinez",
         "veteran", "Tucker Carlson said the network was wrong."),
        # nouns of the table that the person nouns lacked: they were never read
        ("Youtuber Zoella said the video was fake.", "Youtuber Zoella", "Zoella",
         "youtuber", "Carter Page said he had done nothing wrong."),
        ("Headteacher Jones said the school would close.", "Headteacher Jones", "Jones",
         "headteacher", "Mason Mount said the team had played well."),
    ],
)
def test_a_trades_noun_before_one_name_word_is_its_role(
    text: str, mention: str, name: str, role: str, given: str
) -> None:
    # at a sentence's start a noun of a trade is capitalised before a one-word name; a
    # noun that is as often a given name ("Hunter", "Carter", "Mason") stays in the name
    (quote,) = quotes_of(ENRICHER, text)
    assert (quote["mention"], quote["speaker"]) == (mention, name)
    assert support.only(ENRICHER, text, "person", mention)["role"] == role
    (kept,) = quotes_of(ENRICHER, given)
    assert kept["speaker"] == given.split(" said")[0]


# -- a party or a constituency in brackets after a name is no part of it ---------------


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Mr Lee (Labour) said the plan would fail.", "Mr Lee", "Lee"),
        ("Sen. Bernie Sanders (I-Vt.) said the plan would fail.",
         "Sen. Bernie Sanders", "Bernie Sanders"),
        ("The plan would fail, said Mr Lee (Labour).", "Mr Lee", "Lee"),
        ('"It will fail," said Jane Smith (Conservative, Hull North).',
         "Jane Smith", "Jane Smith"),
        ("The International Monetary Fund (IMF) said growth would slow.",
         "International Monetary Fund", "International Monetary Fund"),
    ],
)
def test_a_bracket_after_a_name_is_no_part_of_it(text: str, mention: str, name: str) -> None:
    (quote,) = quotes_of(ENRICHER, text)
    assert (quote["mention"], quote["speaker"]) == (mention, name)


def test_an_appositive_after_a_bracketed_party_is_still_the_role() -> None:
    text = ('"The bill will pass," said Rep. Beto O\'Rourke (D-Tex.), a Clinton endorser, '
            "on Tuesday.")
    (quote,) = quotes_of(ENRICHER, text)
    assert quote["speaker"] == "Beto O'Rourke"
    assert support.only(ENRICHER, text, "person", quote["mention"])["role"] == (
        "rep., a clinton endorser"
    )


def test_bracketed_parties_and_descriptors_are_linear() -> None:
    # a bracket after a name is read back over a fixed number of tokens, once a verb
    def make(n: int) -> str:
        return (
            "Mr Lee (Labour) said the plan would fail. " * n
            + '"It will pass," said Rep. Jane Roe (D-Ore.), a sponsor, on Friday. ' * n
            + "Love Island star Molly, 24, said she was gutted. " * n
        )

    assert attributions(make(1))[0] == ("the plan would fail", "Mr Lee")
    assert_linear(make, ENRICHER.enrich, 300)
