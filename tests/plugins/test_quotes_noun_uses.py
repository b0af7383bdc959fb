"""Tests of the quotes plugin on cue words that are not cues where they stand: a cue form
used as a noun or inside a compound noun ("the think tank", "a talk show host"), a claim
whose target is the sentence's subject ("He has faced claims that …"), and the bound of a
noun's that-clause in the subject ("Her admission that she had lied shocked the jury")."""

from __future__ import annotations

from functools import partial

import pytest

import limner
from tests.plugins import support
from tests.plugins.support import quotes_of
from tests.scaling import assert_linear

ENRICHER = limner.Enricher(["quotes"])

attributions = partial(support.attributions, ENRICHER)


def _cues(text: str) -> list[tuple[str, str | None]]:
    """``(content, cue)`` of every quote of ``text``, in text order."""
    return [(q["text"], q["cue"]) for q in quotes_of(ENRICHER, text)]


# -- a cue form used as a noun, or as a part of a compound noun, is no cue ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Researchers at the think tank said the policy had failed.",
         [("the policy had failed", "said")]),
        ("A think tank said wages would stagnate.", [("wages would stagnate", "said")]),
        ("Officials from several think tanks attended the talks in Geneva.", []),
        ("The report, published by the think tank on Monday, warned that prices would rise.",
         [("prices would rise", "warned")]),
        ("The talk show host said the guest had cancelled.",
         [("the guest had cancelled", "said")]),
        ("He appeared on a talk show and said the deal was dead.",
         [("the deal was dead", "said")]),
        ("Game show host Bob Barker said the format was tired.",
         [("the format was tired", "said")]),
    ],
)
def test_a_cue_form_inside_a_compound_noun_is_no_cue(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _cues(text) == expected


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The chat show host asked him about the film.", "show"),
        ("The Resolution Foundation, a think tank, estimates that wages will stagnate.",
         "think"),
    ],
)
def test_a_part_of_a_compound_is_no_cue_of_the_words_after_it(text: str, noun: str) -> None:
    assert all(cue != noun for _, cue in _cues(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Researchers at the think tank said the policy had failed.",
         "Researchers at the think tank"),
        ("The talk show host said the guest had cancelled.", "The talk show host"),
    ],
)
def test_the_real_cue_after_a_compound_has_the_whole_phrase_as_speaker(
    text: str, expected: str
) -> None:
    assert [m for _, m in attributions(text)] == [expected]


def test_the_verb_reading_of_the_same_words_is_still_a_cue() -> None:
    # the verb after a plural subject: "Polls show …", "the data show …"
    assert _cues("Polls show support for the plan is falling.") == [
        ("support for the plan is falling", "show")
    ]
    assert _cues("The data show house prices rose.") == [("house prices rose", "show")]


# -- a cue form that may be a plural noun, after an appositive, is the subject's verb --------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Oxfam, a charity, estimates that 2 billion people lack water.",
         "2 billion people lack water", "Oxfam"),
        ("Ofwat, the regulator, forecasts that bills will rise.", "bills will rise", "Ofwat"),
        ("Jane Smith, its chief executive, estimates that sales fell sharply.",
         "sales fell sharply", "Jane Smith"),
        ("Tesco, the retailer, estimates that sales fell sharply.", "sales fell sharply",
         "Tesco"),
    ],
)
def test_a_nounlike_cue_after_an_appositive_and_before_that_is_the_verb(
    text: str, content: str, speaker: str
) -> None:
    assert attributions(text) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same forms as verbs of a name with an appositive, which the finder reads
        ("Ofwat, the regulator, reports that bills rose sharply.",
         [("bills rose sharply", "Ofwat")]),
        ("Jane Smith, its chief executive, claims that sales fell sharply.",
         [("sales fell sharply", "Jane Smith")]),
        # the noun with a participle's phrase set off by commas: the verb after it is read
        ("The group's estimates, published today, show that prices rose sharply.",
         [("prices rose sharply", "The group's estimates")]),
        # a comma that closes no appositive: the form is a noun
        ("Last year, estimates that growth would slow proved wrong.", []),
    ],
)
def test_a_nounlike_cue_without_an_appositive_before_it_reads_as_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert attributions(text) == expected


# -- a claim's target is not its speaker --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("He has faced claims that he misled parliament.", "he misled parliament", "claims"),
        ("She faces allegations that she took bribes.", "she took bribes", "allegations"),
        ("The minister is facing accusations that he lied to MPs.", "he lied to MPs",
         "accusations"),
    ],
)
def test_a_claim_that_the_subject_faces_has_no_named_speaker(
    text: str, content: str, cue: str
) -> None:
    found = quotes_of(ENRICHER, text)
    assert [(q["text"], q["cue"], q["mention"], q["speaker"]) for q in found] == [
        (content, cue, None, None)
    ]
    assert found[0]["source_type"] == quotes_of(
        ENRICHER, "It was claimed that he misled parliament."
    )[0]["source_type"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The company dismissed reports that it would close the plant.",
         "reports that it would close the plant", "The company"),
        ("He refuted claims that he was involved.", "claims that he was involved", "He"),
        ("He denied the allegations that he had taken bribes.",
         "the allegations that he had taken bribes", "He"),
    ],
)
def test_the_subject_who_rejects_a_claim_speaks_the_rejection_not_the_claim(
    text: str, content: str, speaker: str
) -> None:
    assert attributions(text) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("There were rumours that the club would be sold.", "the club would be sold",
         "rumours"),
        ("There were rumors that the club would be sold.", "the club would be sold", "rumors"),
        ("The minister faced rumours that she would resign.", "she would resign", "rumours"),
        ("There had been fresh allegations that the vote was rigged.", "the vote was rigged",
         "allegations"),
        ("There are also rumours that the bank will drop its listing.",
         "the bank will drop its listing", "rumours"),
    ],
)
def test_rumours_are_a_claim_of_no_one_named(text: str, content: str, cue: str) -> None:
    assert [(q["text"], q["cue"], q["mention"], q["speaker"])
            for q in quotes_of(ENRICHER, text)] == [(content, cue, None, None)]


def test_no_rumours_are_no_claim() -> None:
    assert attributions("There were no rumours that the club would be sold.") == []


def test_the_one_who_denies_rumours_speaks_the_denial() -> None:
    assert attributions("She denied rumours that she would resign.") == [
        ("rumours that she would resign", "She")
    ]


# -- a noun's that-clause in the subject ends before the main verb ------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Her admission that she had lied shocked the jury.", "she had lied"),
        ("His claim that the vote was rigged angered officials.", "the vote was rigged"),
        ("Her warning that prices would rise came too late.", "prices would rise"),
        ("His admission that he lied prompted an inquiry.", "he lied"),
    ],
)
def test_a_subject_nouns_that_clause_ends_before_the_main_verb(text: str, content: str) -> None:
    assert [c for c, _ in attributions(text)] == [content]


def test_a_participle_or_adjective_inside_the_clause_does_not_end_it() -> None:
    assert [c for c, _ in attributions(
        "Her insistence that the company needed more skilled workers surprised analysts."
    )] == ["the company needed more skilled workers"]


# -- linear ---------------------------------------------------------------------------------


def test_many_compounds_and_faced_claims_are_linear() -> None:
    def make(n: int) -> str:
        return " ".join(
            "The think tank said the talk show host has faced claims that the chat show "
            f"{i} failed, and her admission that she had lied shocked the jury."
            for i in range(n)
        )

    assert_linear(make, ENRICHER.enrich, 300)


def test_rumours_and_estimates_after_appositives_are_linear() -> None:
    def make(n: int) -> str:
        return " ".join(
            f"There were rumours that club {i} would be sold. Oxfam, a charity, estimates "
            f"that {i} million people lack water."
            for i in range(n)
        )

    assert len(attributions(make(2))) == 4
    assert_linear(make, ENRICHER.enrich, 300)


def test_a_long_that_clause_of_a_subject_noun_is_read_in_linear_time() -> None:
    """The clause's words are read once for its bound, however many verbs it holds."""

    def make(n: int) -> str:
        return "Her admission that " + "she lied and " * n + "she cried shocked the jury."

    assert [c for c, _ in attributions(make(2))] == ["she lied and she lied and she cried"]
    assert_linear(make, ENRICHER.enrich, 1_000)


# -- a dummy subject ("there", "here", "it") is no claim's maker ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "There were no claims that the vote was rigged.",
        "There were no reports that anyone was hurt.",
        "Here were no suggestions that the deal would fail.",
    ],
)
def test_a_dummy_subject_names_no_one(text: str) -> None:
    doc = ENRICHER.enrich(text)
    assert [text[p.start : p.end] for p in doc.select("person")] == []
    assert [q.get("speaker_mention") for q in doc.select("quote")] == []


def test_there_before_a_claim_noun_still_states_a_claim_of_no_one() -> None:
    assert [(q["text"], q["cue"], q["mention"]) for q in quotes_of(
        ENRICHER, "There were fears that the plant would close."
    )] == [("the plant would close", "fears", None)]


# -- an existential "there" with auxiliaries, adverbs and adjectives before its claim --------


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("There have also been rumours that the club will be sold.",
         "the club will be sold", "rumours"),
        ("There have long been allegations that the minister lied.",
         "the minister lied", "allegations"),
        ("There were already fears that the plant would close.",
         "the plant would close", "fears"),
        ("There were persistent rumours that the club would be sold.",
         "the club would be sold", "rumours"),
        ("There are growing fears that the strike will spread.",
         "the strike will spread", "fears"),
        ("There is widespread concern that the bank will cut rates.",
         "the bank will cut rates", "concern"),
        ("There’s a growing fear that the bank will cut rates.",
         "the bank will cut rates", "fear"),
        ("There have been growing concerns that the dam could fail.",
         "the dam could fail", "concerns"),
        ("There had also been unconfirmed reports that the leader was ill.",
         "the leader was ill", "reports"),
    ],
)
def test_there_be_with_auxiliaries_adverbs_and_adjectives_states_a_claim(
    text: str, content: str, cue: str
) -> None:
    assert [(q["text"], q["cue"], q["mention"], q["speaker"])
            for q in quotes_of(ENRICHER, text)] == [(content, cue, None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "There have also been no rumours that the club will be sold.",
        "There were never any suggestions that the vote was rigged.",
        "There is a man who claims that the vote was rigged.",
        "There are few fears that the plant will close.",
        # more than a few words between "there" + "be" and the noun: another clause
        ("There were, the chairman said after a long meeting in London, rumours that the "
         "club would be sold."),
    ],
)
def test_there_be_without_a_claim_or_too_far_states_none(text: str) -> None:
    assert [q["cue"] for q in quotes_of(ENRICHER, text) if q["mention"] is None] == []


def test_many_existential_claims_with_words_between_are_linear() -> None:
    def make(n: int) -> str:
        return " ".join(
            f"There have also been growing fears that plant {i} would close. There were "
            "also very many"
            for i in range(n)
        )

    assert len(attributions(make(2))) == 2
    assert_linear(make, ENRICHER.enrich, 300)


def test_there_be_before_a_verb_after_to_is_no_noun_of_a_claim() -> None:
    assert attributions("There is every reason to hope that the plant will reopen.") == []


def test_there_and_a_comma_is_a_fronted_place_before_the_subject() -> None:
    text = "There, the chairman declined to comment but said one was a Trump supporter."
    found = attributions(text)
    # the refusal is the chairman's too, and ends before "but said"
    assert [m for _, m in found] == ["the chairman", "the chairman"]
    assert found[0][0] == "to comment"
    assert found[1] == ("one was a Trump supporter", "the chairman")


@pytest.mark.parametrize(
    "text",
    [
        "There are more than 6,000 companies here, showing their latest products.",
        "There have already been telling responses that could resound in the campaign.",
    ],
)
def test_a_dummy_there_is_no_speaker_of_any_cue(text: str) -> None:
    doc = ENRICHER.enrich(text)
    assert [a.kind for a in doc.annotations if a.kind != "quote"] == []  # no person, no body
    assert [q.get("speaker_mention") for q in doc.select("quote")
            if q.get("speaker_mention") is not None] == []


# -- the one who comments on, answers or causes a claim is not its maker ----------------------


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The coach has yet to comment on claims that he had been sacked.",
         "he had been sacked", "claims"),
        # a day between the verb and its preposition
        ("The school has yet to comment Tuesday on reports that the dean had been fired.",
         "the dean had been fired", "reports"),
        ("The minister has yet to react to allegations that she lied.", "she lied",
         "allegations"),
    ],
)
def test_a_claim_the_subject_comments_on_or_answers_has_no_named_speaker(
    text: str, content: str, cue: str
) -> None:
    assert [(q["text"], q["cue"], q["mention"], q["speaker"])
            for q in quotes_of(ENRICHER, text)] == [(content, cue, None, None)]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("The coach declined to comment on reports that he had been sacked.",
         "to comment on reports that he had been sacked", "The coach"),
        ("The school declined to comment Tuesday on reports that the dean had been fired.",
         "to comment Tuesday on reports that the dean had been fired", "The school"),
        # negated, the verb's object is its content (PolNeAR: "would not comment on" + "an
        # executive order …"), the claim inside it as in a refusal
        ("The coach would not comment on reports that he had been sacked.",
         "reports that he had been sacked", "The coach"),
    ],
)
def test_a_refusal_to_comment_on_a_claim_holds_the_claim(
    text: str, content: str, source: str
) -> None:
    # PolNeAR: "The school declined to comment Tuesday on" + "reports that Starr had been
    # terminated …", one attribution, the school its source
    assert attributions(text) == [(content, source)]


def test_the_one_who_answers_a_claim_speaks_the_answer_not_the_claim() -> None:
    # the answer is the speaker's (the claim is inside it, as PolNeAR marks "responded …
    # to reports that …"); Nehlen is not the maker of the reports
    text = "Nehlen responded on Friday to reports that Trump planned to endorse his opponent."
    assert [(q["cue"], q["mention"]) for q in quotes_of(ENRICHER, text)] == [
        ("responded", "Nehlen")
    ]


def test_a_claim_denied_in_the_passive_is_the_agents_denial_as_in_the_active() -> None:
    assert attributions("Reports that he had been sacked were denied by the club.") == [
        ("Reports that he had been sacked", "the club")
    ]
    assert attributions("The club denied reports that he had been sacked.") == [
        ("reports that he had been sacked", "The club")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Shares fell on reports that the firm would be sold.",
        "The shares fell amid reports that the firm would be sold.",
        "The police acted on reports that a man was armed.",
    ],
)
def test_a_speaker_phrase_never_ends_in_a_preposition(text: str) -> None:
    doc = ENRICHER.enrich(text)
    assert [text[p.start : p.end] for p in doc.annotations if p.kind != "quote"] == []


@pytest.mark.parametrize(
    "text",
    [
        # a noun cue after a preposition: the words before are no speaker phrase
        "Mr Flight landed in trouble over remarks on Tory tax plans.",
        "Kilroy-Silk quit his show over remarks he made about Arabs.",
    ],
)
def test_the_words_before_a_preposition_are_no_speaker_of_a_noun_cue(text: str) -> None:
    assert [m for _, m in attributions(text)
            if m is not None and m.split()[-1] in {"over", "on", "about"}] == []
    assert [p.kind for p in ENRICHER.enrich(text).annotations if p.kind == "person"] == []


def test_a_gerund_after_a_preposition_keeps_the_subject_before_it() -> None:
    text = "House Speaker Paul Ryan, despite admitting that he had concerns, backed the bill."
    assert [(q["text"], q["speaker"]) for q in quotes_of(ENRICHER, text)] == [
        ("he had concerns", "Paul Ryan"), ("the bill", "Paul Ryan")
    ]


# -- speculation is a claim noun; "talk that" is not read ------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("There is widespread speculation that the minister will quit.",
         "the minister will quit", "speculation"),
        ("The move fuelled speculation that a sale is near.", "a sale is near", "speculation"),
        ("Her absence has sparked speculation that she is ill.", "she is ill", "speculation"),
        # a verb of causing: its subject makes no claim, whatever the noun
        ("The move fuelled rumours that a sale is near.", "a sale is near", "rumours"),
        ("The move fuelled claims that a sale is near.", "a sale is near", "claims"),
        ("The vote stoked fears that the union would split.", "the union would split", "fears"),
    ],
)
def test_speculation_and_a_caused_claim_have_no_named_maker(
    text: str, content: str, cue: str
) -> None:
    assert [(q["text"], q["cue"], q["mention"], q["speaker"])
            for q in quotes_of(ENRICHER, text)] == [(content, cue, None, None)]


def test_the_one_who_dismisses_speculation_speaks_the_dismissal() -> None:
    assert attributions("He dismissed speculation that he would quit.") == [
        ("speculation that he would quit", "He")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "There was no speculation that the minister would quit.",
        # PolNeAR marks no "talk that" ("fends off talk that …", "quash any talk that …")
        "There is talk that the minister will quit.",
    ],
)
def test_no_speculation_and_talk_state_no_claim(text: str) -> None:
    assert attributions(text) == []


def test_comments_on_claims_and_caused_speculation_are_linear() -> None:
    def make(n: int) -> str:
        return " ".join(
            f"The coach declined to comment Tuesday on reports that club {i} was sold. The "
            "move fuelled speculation that a sale is near. Shares rose on claims that it "
            "was."
            for i in range(n)
        )

    assert len(attributions(make(2))) == 6
    assert_linear(make, ENRICHER.enrich, 300)


def test_joined_cue_verbs_and_quantities_of_speech_are_linear() -> None:
    # each verb joined by "or" is read once, from where the one before it ends; the
    # speaker phrase is read back past "not" once
    def make(n: int) -> str:
        chain = " or ".join(["confirm", "deny"] * n)
        return (f"Her spokesman would not {chain} the report. He said nothing. The firm "
                "declined to comment. ") * 2

    assert attributions(make(2)) == [
        ("the report", "Her spokesman"), ("to comment", "The firm")
    ] * 2
    assert_linear(make, ENRICHER.enrich, 300)


def test_possessive_subjects_of_refusals_are_linear() -> None:
    # each subject phrase is read back once, its words tested once each; a chain of
    # possessives is read no further back than a speaker phrase's window
    def make(n: int) -> str:
        chain = " ".join(["the deputy's"] * n)
        return (f"The governor's office declined to comment. Shares in {chain} firm declined "
                "to 300p. ") * 2

    assert attributions(make(2)) == [("to comment", "The governor's office")] * 2
    assert_linear(make, ENRICHER.enrich, 300)


def test_refusals_ended_before_but_said_are_linear() -> None:
    # each cue after "but" is tested once, in a window of fixed width before it
    def make(n: int) -> str:
        return (f"He declined to name delegate {n} but said one was a minister. " * n
                + "She declined to comment " + "but said no " * n + "more.")

    assert attributions(make(1))[:2] == [("to name delegate 1", "He"), ("one was a minister", "He")]
    assert_linear(make, ENRICHER.enrich, 300)


# -- "would not comment on …": a verb of saying after a negated auxiliary ---------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("The coach would not comment on the decision.", "the decision", "The coach"),
        ("The coach won't comment on the decision.", "the decision", "The coach"),
        ("The ministry did not comment on the figures.", "the figures", "The ministry"),
        # a contracted negation is skipped as "did not" is, before any verb of saying
        ("The coach didn't say whether he had resigned.", "whether he had resigned",
         "The coach"),
        ("The coach couldn't confirm the report.", "the report", "The coach"),
    ],
)
def test_a_verb_of_saying_after_a_negated_auxiliary_attributes(
    text: str, content: str, source: str
) -> None:
    # PolNeAR marks 20 of the 33 "not comment" and "not respond" of its train half
    assert attributions(text) == [(content, source)]


@pytest.mark.parametrize(
    "text",
    [
        "It is not comment but news.",  # after a copula: a noun
        "She gave no comment on the decision.",
        "Those are not comments we recognise.",
    ],
)
def test_a_noun_after_a_negation_stays_a_noun(text: str) -> None:
    assert attributions(text) == []
