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

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..rescache import compiled
from .modelfile import read_model_file, sigmoid

MODEL_PATH = Path(__file__).parent / "model" / "event_types.json"


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

    def probabilities(self, features: list[str]) -> dict[str, float]:
        # the hottest loop of the coder: local names, no empty-tuple iteration; the sums are
        # made in the same order as ever (feature by feature), so they are bit-identical
        z = [self.bias[t] for t in self.types]
        get = self.by_feature.get
        for feature in features:
            pairs = get(feature)
            if pairs is not None:
                for i, weight in pairs:
                    z[i] += weight
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
