"""Speed-ups that must change no answer (issue 12): each is checked against the plain form it
replaced, kept here, on the sentences of the corpus dev split (read, not copied)."""

from __future__ import annotations

import json
import random
from itertools import accumulate
from pathlib import Path

import pytest

from ghatna.data import Document, Sentence
from ghatna.pipeline.clauses import clause_around, has_phrase, phrase_in_clause
from ghatna.pipeline.dates import _marker_length, is_future, tense_markers
from ghatna.pipeline.gazetteer import knowledge_base
from ghatna.pipeline.matching import stream
from ghatna.pipeline.mentions import hit_tokens, match_gazetteer
from ghatna.pipeline.pipeline import default_pipeline
from ghatna.pipeline.predicates import lexicon
from ghatna.resources import word_class

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def dev_sentences() -> list[Sentence]:
    pipeline = default_pipeline()
    sentences: list[Sentence] = []
    with (ROOT / "corpus" / "dev.jsonl").open(encoding="utf-8") as fh:
        for line in list(fh)[:60]:
            record = json.loads(line)
            doc = pipeline.run(Document(id=record["id"], raw=record["text"],
                                        published=record.get("published")))
            sentences.extend(doc.sentences)
    return sentences


@pytest.mark.parametrize("seed", range(4))
def test_hit_tokens_reads_as_the_tables_of_piece_starts_and_ends(seed: int) -> None:
    """The bisection against the two tables it replaced, at every text position, for token
    lists with empty norms (tokens no piece stands for) between the pieces."""
    rng = random.Random(seed)
    for _ in range(300):
        norms = [rng.choice(["", "x", "मोदी", "new delhi", "ab"]) for _ in range(rng.randint(0, 9))]
        kept = [i for i, norm in enumerate(norms) if norm]
        pieces = [norms[i] for i in kept]
        starts = list(accumulate([len(piece) + 1 for piece in pieces], initial=1))
        pos_to_token = dict(zip(starts, kept))
        end_to_token = {s + len(piece): i + 1 for s, piece, i in zip(starts, pieces, kept)}
        size = starts[-1] + 2
        for begin in range(-1, size):
            for end in range(begin, size):
                first, last = pos_to_token.get(begin), end_to_token.get(end)
                plain = None if first is None or last is None else (first, last)
                assert hit_tokens(starts, kept, begin, end) == plain, (norms, begin, end)


def test_gazetteer_still_finds_known_names(dev_sentences: list[Sentence]) -> None:
    found = sum(len(match_gazetteer(s, knowledge_base())) for s in dev_sentences)
    assert found > 100  # the dev sentences name many known actors and places


def test_is_future_reads_as_the_scan_of_every_word(dev_sentences: list[Sentence]) -> None:
    words, suffixes = tense_markers()
    futures = 0
    for sentence in dev_sentences:
        tokens = sentence.tokens
        for start in range(0, len(tokens), 3):
            stretch = tokens[start:start + 12]
            norms = [t.norm for t in stretch if t.norm]
            plain = any(_marker_length(norms, p, words, suffixes) for p in range(len(norms)))
            assert is_future(stretch) == plain, [t.text for t in stretch]
            futures += plain
    assert futures > 20


def test_phrase_in_clause_answers_as_the_clause_search(dev_sentences: list[Sentence]) -> None:
    """The sentence pre-test skips no clause that holds a phrase (reciprocals, and a class
    whose words are everywhere, so that both answers occur)."""
    answers: set[bool] = set()
    for name in ("reciprocal", "negation"):
        phrases = word_class(name)
        for sentence in dev_sentences:
            for at in range(0, len(sentence.tokens), 2):
                plain = has_phrase(clause_around(sentence, at), phrases)
                assert phrase_in_clause(sentence, at, phrases) == plain
                answers.add(plain)
    assert answers == {True, False}


def test_candidates_kept_per_window_are_those_of_the_position(dev_sentences: list[Sentence]
                                                             ) -> None:
    """The patterns offered at a position, looked up by its window of words (once it was seen
    before, too), are those the index offers there afresh."""
    index, _ = lexicon()
    offered = 0
    for sentence in dev_sentences:
        lang = "hi" if sentence.lang == "hi" else "en"
        norms = stream(sentence)[0]
        heads = index.heads.get(lang, frozenset())
        for pos in [p for p, word in enumerate(norms) if word in heads]:
            size = index.longest.get((lang, norms[pos]), 0)
            fresh = index._offered_at(lang, norms, pos, size)
            assert index.candidates(lang, norms, pos) == fresh
            assert index.candidates(lang, norms, pos) == fresh
            offered += len(fresh)
    assert offered > 100
