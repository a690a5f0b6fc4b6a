"""The event-type model's probabilities are the sums of its sparse weights made one by one in
feature order (the form the model was trained and thresholded with), bit for bit."""

from __future__ import annotations

import random

from ghatna.learned import event_types
from ghatna.learned.event_types import EventTypeModel, column_sum, event_type_model
from ghatna.learned.modelfile import sigmoid


def sparse_probabilities(model: EventTypeModel, features: list[str]) -> dict[str, float]:
    """The reference: each feature's (type, weight) pairs added to the type's running sum."""
    z = {t: model.bias[t] for t in model.types}
    for feature in features:
        for etype in model.types:
            weight = model.weights[etype].get(feature)
            if weight is not None:
                z[etype] += weight
    return {t: sigmoid(v) for t, v in z.items()}


def test_probabilities_equal_the_sparse_sums_bit_for_bit() -> None:
    model = event_type_model()
    known = sorted(model.by_feature)
    rng = random.Random(12)
    for _ in range(300):
        features = rng.choices(known, k=rng.randint(0, 80))
        features += [f"w:unknown{rng.randint(0, 9)}"] * rng.randint(0, 3)  # no weight: ignored
        rng.shuffle(features)
        got = model.probabilities(features)
        want = sparse_probabilities(model, features)
        assert list(got) == list(want)
        assert [v.hex() for v in got.values()] == [v.hex() for v in want.values()]


def test_a_feature_without_weights_gives_no_dense_row() -> None:
    model = event_types._read_model(event_types.MODEL_PATH)
    assert model.dense_weights("w:no-such-word-anywhere") is None
    feature = next(iter(model.by_feature))
    row = model.dense_weights(feature)
    assert row is not None and len(row) == len(model.types)
    assert {i for i, w in enumerate(row) if w} <= {i for i, _ in model.by_feature[feature]}
    assert model.probabilities([]) == sparse_probabilities(model, [])


def test_column_sum_adds_left_to_right_without_compensation() -> None:
    # 1e16 + 1.0 rounds back to 1e16: a compensated sum (Python 3.12's sum) would give 1.0
    assert column_sum([1.0, -1e16], 1e16) == 0.0
    assert column_sum([0.1, 0.2, 0.3], 0.0) == ((0.0 + 0.1) + 0.2) + 0.3
    assert event_types._sequential_sum([1.0, -1e16], 1e16) == 0.0
