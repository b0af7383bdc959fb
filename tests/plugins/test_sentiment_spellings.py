"""Tests of how the sentiment scorer finds lexicon words written with apostrophes and periods
around them (``'good``, ``good.``), and of the lexicon's tables kept in the user cache.

The spellings are worked out as tokens are met (``lexicon.Spellings``,
``scorer._Scan``), not enumerated at start-up: each fast path is checked against
its plain definition, the enumeration of every spelling (``lexicon.all_spellings``).
The cached tables must be the ones derived from the package data, and a stale,
damaged or other-version cache file must end in the tables derived again.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from limner_sentiment import derived, lexicon, scorer
from limner_sentiment.lexicon import Spellings, all_spellings, load
from limner_sentiment.scorer import prepare_text, score_sentence, score_sentences


@pytest.fixture(scope="module")
def full() -> dict[str, str]:
    lex = load()
    return all_spellings(lex.valence, lex.boosters)


@functools.cache
def _full() -> dict[str, str]:
    return all_spellings(load().valence, load().boosters)


@functools.cache
def _plain_scan() -> frozenset[str]:
    """What the scanner looked for before: every spelling, and the rule words."""
    return frozenset(_full()) | scorer._rules_and_turns()


@functools.cache
def _words() -> tuple[list[str], list[str], list[str], tuple[str, ...]]:
    lex = load()
    return (sorted(lex.valence), sorted(lex.boosters), list(lexicon.edge_words(lex.valence)),
            lexicon.edge_words(lex.valence))


# -- spellings ----------------------------------------------------------------------


def test_every_spelling_reads_as_the_enumeration_says(full: dict[str, str]) -> None:
    lex = load()
    spellings = Spellings(lex.valence, lex.boosters)
    assert len(full) > 200_000
    assert [t for t, word in full.items() if spellings.word(t) != word] == []
    assert all(t in spellings for t in list(full)[::97])
    assert spellings["''good.''"] == full["''good.''"] == "good"


def test_collisions_read_as_the_enumeration_wrote_them() -> None:
    """Where one token spells two words, the word written last wins, as in the dict the
    enumeration builds; a word written as it is always reads as itself."""
    valence = {"ok": 1.0, "ok.": 2.0, "'ok": 0.5, "x": -1.0, "x'": 1.0}
    spellings = Spellings(valence, {})
    plain = all_spellings(valence, {})
    tokens = {*plain, "ok..", "'ok.", "''ok.'", "'x'", "x''", "'x.", "'x'.", "so."}
    for token in tokens:
        assert spellings.word(token) == plain.get(token), token
        assert (token in spellings) == (token in plain), token
        assert spellings.get(token) == plain.get(token), token
    assert spellings["ok."] == "ok." and spellings["'ok."] == plain["'ok."]
    with pytest.raises(KeyError):
        spellings["'nothing."]


_edge = st.sampled_from(["", "'", "''", "'''", ".", "..", "...", "....", ".'", "'.", "''.", ".''"])


@st.composite
def _tokens(draw: st.DrawFn) -> str:
    words, boosters, edgy, _ = _words()
    core = draw(st.one_of(
        st.sampled_from(words),
        st.sampled_from(boosters),
        st.sampled_from(edgy),
        st.text(alphabet="ab'.:-#", min_size=0, max_size=5),
    ))
    return draw(_edge) + core + draw(_edge)


@settings(max_examples=400, deadline=None)
@given(_tokens())
def test_any_token_reads_as_the_enumeration_says(token: str) -> None:
    lex = load()
    plain = _full()
    spellings = Spellings(lex.valence, lex.boosters, _words()[3])
    if token:
        assert spellings.word(token) == plain.get(token)
        assert (token in spellings) == (token in plain)


def test_edge_and_punctuated_words_match_their_definitions() -> None:
    import string

    valence = load().valence
    assert lexicon.edge_words(valence) == tuple(
        w for w in valence if w[0] in ".'" or w[-1] in ".'")
    assert lexicon.punctuated_words(valence) == tuple(
        w for w in valence if any(c in string.punctuation for c in w))


# -- the scanner learns what it meets ------------------------------------------------


_PIECES = ["good", "bad", "not", "no", "very", "but", "kind", "of", "Hope", "said", "the",
           "'", "''", ".", "...", " ", "  ", "\n", "\t", "\u2003", "\x85", ",", ":)", "'good",
           "good.", "bad'", "u.s.", "mr.", "don't", "'s", "great.'", "''nice''.", "(", "\"",
           "better'.", "win''.", "good.''"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.data())
def test_learned_scan_finds_what_every_spelling_finds(
    pieces: list[str], data: st.DataObject
) -> None:
    """After a text is scored, the scanning set holds, for each of its sentences (at word
    bounds or not), the same tokens as the set of every spelling did."""
    text = "".join(pieces)
    n = len(text)
    cuts = sorted(data.draw(st.lists(st.integers(0, n), max_size=6)))
    spans = [(a, b) for a, b in zip([0, *cuts], [*cuts, n], strict=True) if a < b]
    spans += data.draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n))
                                .map(sorted).map(tuple), max_size=3))
    plain = _plain_scan()
    scorer._clear()  # nothing learned before
    prepared = prepare_text(text)
    got = score_sentences(text, spans, None, prepared)
    assert got == [score_sentence(text[a:b]) for a, b in spans]
    if prepared.cleaned is None:
        return
    words = scorer._scan_sets().words
    for a, b in spans:
        low = prepared.cleaned[a:b].split()
        assert words.intersection(low) == plain.intersection(low), (text[a:b], low)


@pytest.mark.parametrize("text", [
    "It changed the country for the better'.\"",
    "a 'good' plan",
    "a good'' plan",
    "'good",
    "it was good.'",
    "it was nice''. Then",
    "they said ''great'' and left",
    "good... and bad..",
    "Mr. Good went to the U.S. yesterday",
    "good.\u2003'nice",
    "line one\n'great\tthing'",
])
def test_learned_scan_finds_each_kind_of_edge(text: str) -> None:
    plain = _plain_scan()
    scorer._clear()
    prepared = prepare_text(text)
    assert score_sentences(text, [(0, len(text))], None, prepared) == [score_sentence(text)]
    low = (prepared.cleaned or "").split()
    assert scorer._scan_sets().words.intersection(low) == plain.intersection(low)
    scorer._clear()


def test_checked_tokens_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    scorer._clear()
    scan = scorer._scan_sets()
    monkeypatch.setattr(scorer._Scan, "LIMIT", 50)
    scan.learn([f"word{i}." for i in range(200)] + ["good."])
    assert len(scan.checked) <= 50
    assert "good." in scan.words  # what was learned stays learned
    scorer._clear()


def test_tokens_too_long_to_spell_a_word_are_not_kept() -> None:
    """A long token with an apostrophe is no spelling: it is neither looked up nor kept."""
    scorer._clear()
    scan = scorer._scan_sets()
    long_token = "'" + "x" * 500 + "."
    scan.learn([long_token, "'good'"])
    assert long_token not in scan.checked and long_token not in scan.words
    assert "'good'" in scan.words
    # the bound is right: the longest word with the widest edges is still found
    word = max((w for w in load().valence if w not in load().boosters), key=len)
    spelled = "''" + word + ".''"
    assert len(spelled) == scan.longest
    scan.learn([spelled])
    assert spelled in scan.words
    scorer._clear()


def test_empty_tokens_are_scored_as_before() -> None:
    """score_words takes what any caller hands it, an empty token among them."""
    with_empty = scorer.score_words(["", "good"], ["", "good"])
    assert with_empty.raw == scorer.score_words(["good"], ["good"]).raw > 0
    assert [(i, w) for i, w, _ in with_empty.hits] == [(1, "good")]


def test_spellings_answer_none_for_what_is_not_a_string() -> None:
    lookup = load().lookup
    assert lookup.get(None) is None  # type: ignore[arg-type]
    assert 1 not in lookup
    with pytest.raises(KeyError):
        lookup[1]  # type: ignore[index]


def test_cleaned_text_has_only_spaces_for_white_space() -> None:
    text = "Good\tnews.\nBad\x0bnews\x1cand\rmore\x0c"
    cleaned = prepare_text(text).cleaned
    assert cleaned is not None and cleaned.isprintable()
    assert cleaned.split() == text.lower().split()
    wide = {chr(c) for c in range(128, sys.maxunicode + 1) if chr(c).isspace()} - {"\u00a0"}
    assert set(scorer._WIDE_SPACES) == wide


# -- the lexicon's tables in the user cache --------------------------------------------


@pytest.fixture
def weights(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The learned valences copied to a file of our own, the cache in a folder of our own."""
    monkeypatch.setenv("LIMNER_CACHE_DIR", str(tmp_path / "cache"))
    shipped = Path(str(lexicon.resources.files("limner_sentiment").joinpath(lexicon.WEIGHTS_FILE)))
    copy = tmp_path / "lexicon_weights.json"
    copy.write_bytes(shipped.read_bytes())
    monkeypatch.setattr(lexicon, "WEIGHTS_FILE", str(copy))
    return copy


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = lexicon._tables

    def counted(w: dict[str, float], missing: object = None) -> dict[str, object]:
        calls.append(1)
        return real(w, missing)  # type: ignore[arg-type]

    monkeypatch.setattr(lexicon, "_tables", counted)
    return calls


def _files(folder: Path) -> list[Path]:
    return sorted((folder / "cache" / "sentiment").glob("lexicon-*.marshal"))


def test_cached_lexicon_is_the_derived_one(
    weights: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counting(monkeypatch)
    first = lexicon._shipped_tables()
    again = lexicon._shipped_tables()
    assert len(calls) == 1 and len(_files(tmp_path)) == 1  # derived once, then read back
    plain = lexicon.shipped_tables()
    assert first == again == plain
    assert list(again["valence"]) == list(plain["valence"])  # the order counts (collisions)
    made = lexicon._from_tables(again)
    built = lexicon.build(lexicon.learned_weights(), lexicon.NEWS_ADDED)
    for field in ("valence", "boosters", "negations", "special", "emoji", "increment",
                  "caps_increment", "negation_scalar", "modifiers", "emoticons"):
        assert getattr(made, field) == getattr(built, field), field
    assert made.valence == load().valence


def test_changed_weights_are_read_again(
    weights: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counting(monkeypatch)
    lexicon._shipped_tables()
    data = json.loads(weights.read_text(encoding="utf-8"))
    word = next(iter(data["valence"]))
    data["valence"][word] = 3.25
    weights.write_text(json.dumps(data), encoding="utf-8")
    tables = lexicon._shipped_tables()
    assert len(calls) == 2
    assert tables["valence"][word] == 3.25  # type: ignore[index]
    lexicon._shipped_tables()
    assert len(calls) == 2


@pytest.mark.parametrize("damage", ["truncated", "garbage", "other shape"])
def test_damaged_lexicon_cache_is_derived_again(
    weights: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    calls = _counting(monkeypatch)
    good = lexicon._shipped_tables()
    (path,) = _files(tmp_path)
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 3])
    elif damage == "garbage":
        path.write_bytes(b"\x00" * 64)
    else:  # a sound file of the right key holding tables of another shape
        key = derived.marshal.loads(data[len(derived._MAGIC) + derived._CRC.size:])[0]
        sources = [Path(stat[0]) for stat in key[4]]
        derived._write(path, derived._key(key[1], sources), {"valence": []})
    assert lexicon._shipped_tables() == good
    assert len(calls) == 2
    assert lexicon._shipped_tables() == good and len(calls) == 2  # rewritten whole


def test_version_bump_keeps_a_file_of_its_own(
    weights: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counting(monkeypatch)
    lexicon._shipped_tables()
    monkeypatch.setattr(lexicon, "TABLES_VERSION", lexicon.TABLES_VERSION + 1)
    lexicon._shipped_tables()
    assert len(calls) == 2 and len(_files(tmp_path)) == 2
    lexicon._shipped_tables()
    assert len(calls) == 2


def test_processes_writing_the_cache_at_once_each_get_the_tables(tmp_path: Path) -> None:
    """Several processes starting at once on an empty cache each derive and write the
    file (written whole under a temporary name, then renamed): every one gets the tables,
    and the file left is a sound one that the next process reads back."""
    import os
    import subprocess

    env = {**os.environ, "LIMNER_CACHE_DIR": str(tmp_path / "cache")}
    script = (
        "import json, sys\n"
        "from limner_sentiment import lexicon\n"
        "t = lexicon._shipped_tables()\n"
        "sys.stdout.write(json.dumps([len(t['valence']), t['valence'].get('good')]))\n"
    )
    runs = [subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE,
                             text=True) for _ in range(4)]
    outs = [json.loads(r.communicate(timeout=120)[0]) for r in runs]
    assert all(r.returncode == 0 for r in runs)
    want = lexicon.shipped_tables()
    assert outs == [[len(want["valence"]), want["valence"]["good"]]] * 4
    (path,) = _files(tmp_path)
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".")]  # no scratch left
    read = derived._read(path, derived.marshal.loads(
        path.read_bytes()[len(derived._MAGIC) + derived._CRC.size:])[0])
    assert lexicon._checked_tables(read) == want
