"""The event-type model's probabilities are the sums of the model file's sparse weights made
one by one in feature order (the form the model was trained and thresholded with), bit for bit,
though the model holds them as one dense table."""

from __future__ import annotations

import json
import random
from functools import cache
from pathlib import Path
from typing import Any

from ghatna.data import Document, Mention, Sentence, Token
from ghatna.learned import event_types
from ghatna.learned.event_types import column_sum, event_type_model
from ghatna.learned.features import context_features, sentence_features, words
from ghatna.learned.modelfile import read_model_file, sigmoid
from ghatna.pipeline.pipeline import default_pipeline

REPO = Path(__file__).resolve().parents[1]


@cache
def model_file() -> dict[str, Any]:
    return read_model_file(event_types.MODEL_PATH, "event-type model")


def sparse_probabilities(features: list[str]) -> dict[str, float]:
    """The reference: each type's bias plus the file's weights of the features it has one for."""
    data = model_file()
    z = {t: data["bias"][t] for t in data["types"]}
    for feature in features:
        for etype in data["types"]:
            weight = data["weights"][etype].get(feature)
            if weight is not None:
                z[etype] += weight
    return {t: sigmoid(v) for t, v in z.items()}


def test_probabilities_equal_the_sparse_sums_bit_for_bit() -> None:
    model = event_type_model()
    known = sorted(model.offsets)
    rng = random.Random(12)
    for _ in range(300):
        features = rng.choices(known, k=rng.randint(0, 80))
        features += [f"w:unknown{rng.randint(0, 9)}"] * rng.randint(0, 3)  # no weight: ignored
        rng.shuffle(features)
        got = model.probabilities(features)
        want = sparse_probabilities(features)
        assert list(got) == list(want)
        assert [v.hex() for v in got.values()] == [v.hex() for v in want.values()]


def test_the_dense_table_holds_the_file_weights() -> None:
    data = model_file()
    model = event_types._read_model(event_types.MODEL_PATH)
    features = {f for weights in data["weights"].values() for f in weights
                if not f.startswith("d:")}  # the dense features' weights are kept apart
    assert set(model.offsets) == features
    rng = random.Random(3)
    for feature in rng.sample(sorted(features), 500):
        row = model.dense_weights(feature)
        assert row == tuple(data["weights"][t].get(feature, 0.0) for t in data["types"])
        word = feature[2:]
        if feature.startswith("w:"):
            assert [model.trigger_weight(t, word) for t in data["types"]] == list(row)
    assert model.dense_weights("w:no-such-word-anywhere") is None
    assert model.trigger_weight(data["types"][0], "no-such-word-anywhere") == 0.0
    etype = data["types"][1]
    assert {f: w for f, w in model.weights_of(etype).items() if f in data["weights"][etype]} \
        == data["weights"][etype]
    assert model.probabilities([]) == sparse_probabilities([])
    for etype, row in zip(data["types"], model.dense_rows):
        assert row == tuple(data["weights"][etype].get(n, 0.0) for n in model.dense_names)


def test_column_sum_adds_left_to_right_without_compensation() -> None:
    # 1e16 + 1.0 rounds back to 1e16: a compensated sum (Python 3.12's sum) would give 1.0
    assert column_sum([1.0, -1e16], 1e16) == 0.0
    assert column_sum([0.1, 0.2, 0.3], 0.0) == ((0.0 + 0.1) + 0.2) + 0.3
    assert event_types._sequential_sum([1.0, -1e16], 1e16) == 0.0


def _corpus_sentences() -> list[tuple[Sentence, list[Mention]]]:
    """Sentences of the first corpus training documents with their mentions, as the coder
    sees them."""
    pipeline = default_pipeline()
    out = []
    with (REPO / "corpus" / "train.jsonl").open(encoding="utf-8") as fh:
        for line in list(fh)[:40]:
            record = json.loads(line)
            doc = pipeline.run(Document(id=record["id"], raw=record["text"],
                                        published=record.get("published")))
            out += list(zip(doc.sentences, doc.mentions))
    return out


def _made_up_sentence(rng: random.Random, vocabulary: list[str]) -> Sentence:
    """Words the model knows (some twice, so features repeat) and a few it does not."""
    words = rng.choices(vocabulary, k=rng.randint(0, 30)) + ["nosuchword"] * rng.randint(0, 2)
    words += words[:rng.randint(0, 3)]
    rng.shuffle(words)
    tokens = [Token(w, 0, len(w), "deva", norm=w) for w in words]
    return Sentence(0, 0, tokens=tokens, lang=rng.choice(["hi", "en"]))


def test_word_by_word_probabilities_equal_the_sorted_features_bit_for_bit() -> None:
    model = event_type_model()
    vocabulary = sorted(f[2:] for f in model.offsets if f.startswith("w:"))
    rng = random.Random(8)
    cases = _corpus_sentences()
    assert len(cases) > 200
    cases += [(_made_up_sentence(rng, vocabulary), []) for _ in range(300)]
    for sentence, mentions in cases:
        want = model.probabilities(sentence_features(sentence, mentions))
        got = model.word_probabilities(words(sentence), context_features(sentence, mentions))
        assert list(got) == list(want)
        assert [v.hex() for v in got.values()] == [v.hex() for v in want.values()]
