"""The static word-vector table (``learned/word_vectors.py``) and the event-type model's dense
features (``learned/features.py``): read with the standard library, features and weights
combined as the file says; where the table has been built (``training/build_word_vectors.py``;
it is not shipped, docs/learned.md), Hindi and English words of one meaning lie close."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path

import pytest

from ghatna.errors import ResourceError
from ghatna.learned import features
from ghatna.learned.event_types import EventTypeModel
from ghatna.learned.word_vectors import MODEL_PATH, WordVectors, read_vectors, word_vectors


def _write_table(path: Path, words: list[str], rows: list[list[int]], scale: float) -> None:
    text = "\n".join(words).encode("utf-8")
    header = {"dim": len(rows[0]), "count": len(words), "scale": scale, "encoder": "test",
              "words_bytes": len(text)}
    table = bytes(b & 0xFF for row in rows for b in row)
    path.write_bytes(json.dumps(header).encode() + b"\n" + text + table)


def test_a_table_is_read_back_word_by_word(tmp_path: Path) -> None:
    path = tmp_path / "v.bin"
    _write_table(path, ["alpha", "बीटा"], [[10, -20, 127], [-127, 0, 5]], scale=10.0)
    vectors = read_vectors(path)
    assert vectors.dim == 3
    assert vectors.vector("alpha") == (1.0, -2.0, 12.7)
    assert vectors.vector("बीटा") == (-12.7, 0.0, 0.5)
    assert vectors.vector("gamma") == ()


def test_a_truncated_table_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "v.bin"
    _write_table(path, ["alpha", "beta"], [[1, 2], [3, 4]], scale=1.0)
    path.write_bytes(path.read_bytes()[:-1])
    with pytest.raises(ResourceError):
        read_vectors(path)


def _cosine(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    return dot / math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))


@pytest.mark.parametrize("hindi, english, other", [
    ("हमला", "attack", "meeting"),
    ("गिरफ्तार", "arrested", "election"),
    ("मुलाकात", "meeting", "attack"),
])
def test_hindi_and_english_words_of_one_meaning_lie_close(hindi: str, english: str,
                                                         other: str) -> None:
    if not MODEL_PATH.exists():
        pytest.skip("the word-vector table is not built (training/build_word_vectors.py)")
    vector = word_vectors().vector
    assert _cosine(vector(hindi), vector(english)) > _cosine(vector(hindi), vector(other))


def test_dense_weights_add_to_the_binary_sums() -> None:
    weights = {"A": {"w:x": 0.5, "d:mean:0": 2.0, "d:max:1": -1.0},
               "B": {"w:y": 1.0, "d:max:0": 0.25}}
    names = ("d:mean:0", "d:mean:1", "d:max:0", "d:max:1")
    model = EventTypeModel.from_weights(("A", "B"), {"A": 0.0, "B": -1.0}, weights,
                                        keep_threshold=0.0, add_threshold=0.5,
                                        add_beside_threshold=1.01, dense_names=names)
    assert set(model.offsets) == {"w:x", "w:y"}
    got = model.probabilities(["w:x"], [1.0, 0.0, 2.0, 0.5])
    assert got["A"] == pytest.approx(1 / (1 + math.exp(-(0.5 + 2.0 - 0.5))))
    assert got["B"] == pytest.approx(1 / (1 + math.exp(-(-1.0 + 0.5))))
    # a word's vector as a trigger: the mean's and the maximum's weights of each dimension
    assert model.vector_weight("A", (1.0, 1.0)) == 1.0
    assert model.vector_weight("B", ()) == 0.0
    plain = EventTypeModel.from_weights(("A",), {"A": 0.0}, {"A": {"w:x": 1.0}}, 0.0, 0.5, 1.01)
    assert plain.dense_rows == () and plain.vector_weight("A", (1.0,)) == 0.0


@pytest.fixture
def tiny_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[WordVectors]:
    path = tmp_path / "v.bin"
    _write_table(path, ["angrily", "attacked", "loudly"], [[0, 20], [10, 0], [-10, 5]], scale=10.0)
    table = read_vectors(path)
    monkeypatch.setattr(features, "word_vectors", lambda: table)
    features.dense_names.cache_clear()
    yield table
    features.dense_names.cache_clear()


def test_dense_features_pool_the_content_words_only(tiny_table: WordVectors) -> None:
    from testkit import run_stages

    doc = run_stages("The mob angrily attacked the police loudly in Ranchi on Friday.", "mentions")
    sentence, mentions = doc.sentences[0], doc.mentions[0]
    # "the", "in", "on" are function words, the mob, the police and Ranchi
    # are mentions
    assert sorted(features.content_vectors(sentence, mentions)) == [
        (-1.0, 0.5), (0.0, 2.0), (1.0, 0.0)]
    assert features.dense_names() == ("d:mean:0", "d:mean:1", "d:max:0", "d:max:1")
    assert features.dense_features(sentence, mentions) == [0.0, 2.5 / 3, 1.0, 2.0]
    assert features.dense_features(sentence, mentions, ("max",)) == [1.0, 2.0]
    bare = run_stages("The the of.", "mentions")
    assert features.dense_features(bare.sentences[0], bare.mentions[0]) == [0.0] * 4
