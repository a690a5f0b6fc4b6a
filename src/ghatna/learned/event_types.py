"""The event-type model: for each PLOVER type, a logistic regression over sentence features
(``features.py``) giving the probability that the sentence reports an event of that type.

The coder uses it two ways (thresholds in the model file, chosen on the dev split):
- a pattern event whose type the model finds very unlikely in its sentence is dropped;
- a type the model finds likely is coded at the sentence's most indicative word for that
  type (the roles and the rest of the coder as for a pattern); beside a pattern's event of
  another type it needs a higher probability.

The model file (``model/event_types.json``) is written by ``training/train_events.py``:
``{"types": [...], "bias": {type: b}, "weights": {type: {feature: w}},
"keep_threshold": p, "add_threshold": p, "add_beside_threshold": p}``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache, reduce
from operator import add
from pathlib import Path

from ..rescache import compiled
from .modelfile import read_model_file, sigmoid

MODEL_PATH = Path(__file__).parent / "model" / "event_types.json"


def _sequential_sum(values: Iterable[float], start: float) -> float:
    """``start + v1 + v2 + ...`` added left to right, each addition rounded (plain doubles)."""
    return reduce(add, values, start)


# Before Python 3.12 the built-in sum adds floats exactly so, in C; from 3.12 on it compensates
# rounding errors (a different result in the last bits), so the reduce above is used there.
column_sum: Callable[[Iterable[float], float], float] = (
    sum if sys.version_info < (3, 12) else _sequential_sum)


@dataclass(frozen=True, slots=True)
class EventTypeModel:
    types: tuple[str, ...]
    bias: dict[str, float]
    weights: dict[str, dict[str, float]]
    keep_threshold: float
    add_threshold: float
    add_beside_threshold: float
    # feature -> (type index, weight) pairs: one look-up per feature, not one per type
    by_feature: dict[str, tuple[tuple[int, float], ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        table: dict[str, list[tuple[int, float]]] = {}
        for i, etype in enumerate(self.types):
            for feature, weight in self.weights[etype].items():
                table.setdefault(feature, []).append((i, weight))
        self.by_feature.update({f: tuple(pairs) for f, pairs in table.items()})

    # feature -> its weight for every type (0.0 where it has none), made on the feature's
    # first use (not pickled with the model: the cache stays small and quick to load)
    dense: dict[str, tuple[float, ...]] = field(default_factory=dict, compare=False)

    def dense_weights(self, feature: str) -> tuple[float, ...] | None:
        """The feature's weight for each type in ``types`` order; ``None`` if it has none."""
        got = self.dense.get(feature)
        if got is None:
            pairs = self.by_feature.get(feature)
            if pairs is None:
                return None
            row = [0.0] * len(self.types)
            for i, weight in pairs:
                row[i] += weight
            got = self.dense[feature] = tuple(row)
        return got

    def probabilities(self, features: list[str]) -> dict[str, float]:
        # the hottest loop of the coder. Each type's sum is made in the same order as ever
        # (bias, then feature by feature), so it is bit-identical to adding the sparse weights
        # one by one: a type the feature has no weight for adds 0.0, which changes no sum
        # (only the sign of a zero, and the logistic of -0.0 is that of 0.0). The sums run
        # per type over the columns of the features' dense rows, in C (``column_sum``).
        dense = self.dense.get
        weighted = self.by_feature
        rows = []
        for feature in features:
            row = dense(feature)
            if row is None:
                if feature not in weighted:
                    continue  # about a third of a sentence's features have no weight
                row = self.dense_weights(feature)
            rows.append(row)
        biases = [self.bias[t] for t in self.types]
        z = [column_sum(col, b) for col, b in zip(zip(*rows), biases)] if rows else biases
        logistic = sigmoid
        return {t: logistic(v) for t, v in zip(self.types, z)}

    def trigger_weight(self, etype: str, norm: str) -> float:
        """How much one word says "this type" (its unigram weight)."""
        return self.weights[etype].get(f"w:{norm}", 0.0)


@lru_cache(maxsize=1)
def event_type_model(path: Path = MODEL_PATH) -> EventTypeModel:
    """The shipped model (from the compiled cache, see ``ghatna.rescache``) or another file."""
    return _shipped_model() if path == MODEL_PATH else _read_model(path)


@compiled("event_types")
def _shipped_model() -> EventTypeModel:
    return _read_model(MODEL_PATH)


def _read_model(path: Path) -> EventTypeModel:
    data = read_model_file(path, "event-type model")
    return EventTypeModel(types=tuple(data["types"]), bias=data["bias"], weights=data["weights"],
                          keep_threshold=data["keep_threshold"],
                          add_threshold=data["add_threshold"],
                          add_beside_threshold=data["add_beside_threshold"])
