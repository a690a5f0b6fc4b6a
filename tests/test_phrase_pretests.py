"""The word pre-tests that let most sentences skip the phrase tests (attribution, spread,
reciprocal ...) must never change an answer: checked against the tests without them, on
made-up token lists and on the mentions of the corpus dev split."""

import json
import random
from pathlib import Path

import pytest

from ghatna.data import Document, Token
from ghatna.pipeline.attribution import is_attribution
from ghatna.pipeline.clauses import has_phrase, may_hold, phrase_keys
from ghatna.pipeline.pipeline import default_pipeline

ROOT = Path(__file__).resolve().parent.parent
PHRASES = frozenset({"according to", "said", "के मुताबिक", "x"})


def _tokens(norms: list[str]) -> list[Token]:
    return [Token(text=n or ".", start=0, end=1, script="latn", norm=n) for n in norms]


def _plain(norms: list[str], phrases: frozenset[str]) -> bool:
    joined = f" {' '.join(norms)} "
    return any(f" {p} " in joined for p in phrases)


def test_each_phrase_is_keyed_by_its_longest_word() -> None:
    assert phrase_keys(PHRASES) == frozenset({"according", "said", "मुताबिक", "x"})
    assert phrase_keys(frozenset({"a b", " "})) is None  # a phrase of no word: no pre-test


def test_a_sentence_without_any_phrase_word_is_ruled_out() -> None:
    assert not may_hold(["police", "arrested", "two"], PHRASES)
    assert not may_hold(["police", "के", "to"], PHRASES)  # no phrase without its key
    assert may_hold(["police", "said"], PHRASES)
    assert may_hold(["police", "according to"], PHRASES)  # a norm of several words


@pytest.mark.parametrize("seed", range(5))
def test_has_phrase_answers_as_the_plain_search(seed: int) -> None:
    rng = random.Random(seed)
    vocab = ["according", "to", "said", "के", "मुताबिक", "x", "xx", "", "police", "to said",
             "according to", "मुताबिक पुलिस"]
    for _ in range(2000):
        norms = [rng.choice(vocab) for _ in range(rng.randint(0, 6))]
        assert has_phrase(_tokens(norms), PHRASES) == _plain(norms, PHRASES), norms


def test_attribution_marks_as_the_test_of_every_mention() -> None:
    """On the corpus dev split: a mention is marked a source exactly when the per-mention test
    says so (the sentence pre-test skips none)."""
    pipeline = default_pipeline()
    marked = 0
    with (ROOT / "corpus" / "dev.jsonl").open(encoding="utf-8") as fh:
        for line in list(fh)[:60]:
            record = json.loads(line)
            doc = pipeline.run(Document(id=record["id"], raw=record["text"],
                                        published=record.get("published")))
            for sentence, mentions in zip(doc.sentences, doc.mentions):
                for m in mentions:
                    expected = m.kind != "date" and is_attribution(sentence, m)
                    assert m.attrs.source == expected, (m.text, sentence.start)
                    marked += expected
    assert marked > 0  # the split does hold attributions
