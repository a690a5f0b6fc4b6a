"""The event-type model: for each PLOVER type, a logistic regression over sentence features
(``features.py``) giving the probability that the sentence reports an event of that type.

The coder uses it two ways (thresholds in the model file, chosen on the dev split):
- a pattern event whose type the model finds very unlikely in its sentence is dropped;
- a type the model finds likely is coded at the sentence's most indicative word for that
  type (the roles and the rest of the coder as for a pattern); beside a pattern's event of
  another type it needs a higher probability.

The model file (``model/event_types.json``, read by :func:`_read_model` into the dense table of
:class:`EventTypeModel`) is written by ``training/train_events.py``:
``{"types": [...], "bias": {type: b}, "weights": {type: {feature: w}},
"keep_threshold": p, "add_threshold": p, "add_beside_threshold": p,
"dense_features": [name, ...]}``. The dense features (``features.dense_features``: the mean and
maximum of the content words' static vectors) have real values; their weights are kept apart
from the table of the binary features (``dense_rows``), and a file without ``dense_features``
gives a model that never asks for them.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache, reduce
from itertools import chain
from operator import add, mul
from pathlib import Path
from typing import cast

from ..rescache import compiled
from .features import pair_feature, word_features
from .modelfile import read_model_file, sigmoid

MODEL_PATH = Path(__file__).parent / "model" / "event_types.json"
MAX_CACHED_ROWS = 200_000  # features whose rows (or lack of weights) are kept between sentences
Entry = tuple[int, tuple[float, ...]]  # a feature's offset in the table and its row


def _sequential_sum(values: Iterable[float], start: float) -> float:
    """``start + v1 + v2 + ...`` added left to right, each addition rounded (plain doubles)."""
    return reduce(add, values, start)


# Before Python 3.12 the built-in sum adds floats exactly so, in C; from 3.12 on it compensates
# rounding errors (a different result in the last bits), so the reduce above is used there.
column_sum: Callable[[Iterable[float], float], float] = (
    sum if sys.version_info < (3, 12) else _sequential_sum)


@dataclass(frozen=True, slots=True)
class EventTypeModel:
    """The model with its weights as one dense table: row ``offsets[feature]`` of ``matrix``
    (``len(types)`` doubles) holds the feature's weight for each type, 0.0 where it has none.
    In the compiled cache the table is one block of bytes (an ``array``) and the offsets one
    dict: ~8 ms to unpickle, where the file's dict of dicts (and a per-feature index of
    (type, weight) pairs) took ~70 ms, at every start of a command that extracts."""

    types: tuple[str, ...]
    bias: dict[str, float]
    keep_threshold: float
    add_threshold: float
    add_beside_threshold: float
    offsets: dict[str, int]  # feature -> index of its row's first weight in ``matrix``
    matrix: array[float]
    # feature -> its row as a tuple, or () for a feature without weights, made on the feature's
    # first sight (emptied past MAX_CACHED_ROWS entries: the news' vocabulary has no end)
    dense: dict[str, tuple[float, ...]] = field(default_factory=dict, init=False,
                                                compare=False)
    dense_names: tuple[str, ...] = ()  # the real-valued features, in the order they are given
    dense_rows: tuple[tuple[float, ...], ...] = ()  # per type: the dense features' weights
    # per type: the weights of a word's vector as a trigger (mean's + max's, per dimension)
    vector_rows: tuple[tuple[float, ...], ...] = ()
    pools: tuple[str, ...] = ()  # the poolings the dense features are made by, in order
    # word -> (offset, row) of its own features that have weights; word pair -> its (offset,
    # row) or () (both made on first sight, emptied past MAX_CACHED_ROWS entries; the rows are
    # those of ``dense``, shared)
    word_entries: dict[str, tuple[Entry, ...]] = field(default_factory=dict, init=False,
                                                       compare=False)
    pair_entries: dict[tuple[str, str], Entry | tuple[()]] = field(
        default_factory=dict, init=False, compare=False)

    @classmethod
    def from_weights(cls, types: tuple[str, ...], bias: dict[str, float],
                     weights: dict[str, dict[str, float]], keep_threshold: float,
                     add_threshold: float, add_beside_threshold: float,
                     dense_names: tuple[str, ...] = ()) -> EventTypeModel:
        """The model of the file's ``{type: {feature: weight}}`` (each weight stored as is)."""
        dense_rows = tuple(tuple(weights[t].get(n, 0.0) for n in dense_names)
                           for t in types) if dense_names else ()
        weights = {t: {f: w for f, w in weights[t].items() if not f.startswith("d:")}
                   for t in types}
        # rows in the features' sorted order: a row's offset orders it as sentence_features does
        features = sorted({feature for etype in types for feature in weights[etype]})
        offsets = {feature: i * len(types) for i, feature in enumerate(features)}
        matrix = array("d", bytes(8 * len(offsets) * len(types)))
        for i, etype in enumerate(types):
            for feature, weight in weights[etype].items():
                matrix[offsets[feature] + i] = weight
        return cls(types=types, bias=bias, keep_threshold=keep_threshold,
                   add_threshold=add_threshold, add_beside_threshold=add_beside_threshold,
                   offsets=offsets, matrix=matrix, dense_names=dense_names,
                   dense_rows=dense_rows, vector_rows=_vector_rows(dense_names, dense_rows),
                   pools=tuple(dict.fromkeys(n.split(":")[1] for n in dense_names)))

    def decides_beside_patterns(self) -> bool:
        """Can the model change what a sentence with a pattern match codes? Not when its
        thresholds keep every match (``keep_threshold`` <= 0: every probability reaches it) and
        add no type beside one (``add_beside_threshold`` > 1: no probability reaches it); the
        coder then skips the model in such sentences."""
        return self.keep_threshold > 0.0 or self.add_beside_threshold <= 1.0

    def dense_weights(self, feature: str) -> tuple[float, ...] | None:
        """The feature's weight for each type in ``types`` order; ``None`` if it has none."""
        return self._row(feature) or None

    def _row(self, feature: str) -> tuple[float, ...]:
        """The feature's cached row, ``()`` if it has no weight (looked up on first sight)."""
        got = self.dense.get(feature)
        if got is None:
            start = self.offsets.get(feature)
            got = () if start is None else tuple(self.matrix[start:start + len(self.types)])
            if len(self.dense) >= MAX_CACHED_ROWS:
                self.dense.clear()
            self.dense[feature] = got
        return got

    def weights_of(self, etype: str) -> dict[str, float]:
        """Every feature's weight for one type (the features with a weight for another type
        only give 0.0 here)."""
        i = self.types.index(etype)
        return {feature: self.matrix[start + i] for feature, start in self.offsets.items()}

    def probabilities(self, features: list[str],
                      dense: list[float] | None = None) -> dict[str, float]:
        """Each type's probability given the features, added in the order given."""
        got = list(map(self.dense.get, features))
        if None in got:  # a feature seen for the first time
            got = [self._row(f) if r is None else r for r, f in zip(got, features)]
        # () is a feature without weights (about a third)
        return self._from_rows(list(filter(None, got)), dense)

    def word_probabilities(self, norms: list[str], context: list[str],
                           dense: list[float] | None = None) -> dict[str, float]:
        """``probabilities(sentence_features(...))`` read word by word (the hottest loop of the
        coder): each word's and each word pair's rows are cached with their offsets, and
        offsets follow the features' sorted order, so the rows are added in the same order and
        the sums are the same bit for bit; one feature given twice counts once, as in the
        sorted set."""
        # the cached entries looked up in C (map), a call only for a word or pair seen first
        cached = list(map(self.word_entries.get, norms))
        by_word = cast(list[tuple[Entry, ...]], cached) if None not in cached else \
            [self._word_entries(w) if got is None else got for got, w in zip(cached, norms)]
        found: dict[int, tuple[float, ...]] = dict(chain.from_iterable(by_word))
        cached_pairs = list(map(self.pair_entries.get, zip(norms, norms[1:])))
        by_pair = cached_pairs if None not in cached_pairs else \
            [self._pair_entry(pair) if got is None else got
             for got, pair in zip(cached_pairs, zip(norms, norms[1:]))]
        found.update(cast(Iterable[Entry], filter(None, by_pair)))  # (): a pair without weights
        for feature in context:
            start = self.offsets.get(feature)
            if start is not None:
                found[start] = self._row(feature)
        return self._from_rows([found[start] for start in sorted(found)], dense)

    def _entry(self, feature: str) -> Entry | None:
        start = self.offsets.get(feature)
        return None if start is None else (start, self._row(feature))

    def _word_entries(self, word: str) -> tuple[Entry, ...]:
        got = tuple(e for e in map(self._entry, word_features(word)) if e is not None)
        if len(self.word_entries) >= MAX_CACHED_ROWS:
            self.word_entries.clear()
        self.word_entries[word] = got
        return got

    def _pair_entry(self, pair: tuple[str, str]) -> Entry | tuple[()]:
        got = self._entry(pair_feature(*pair)) or ()
        if len(self.pair_entries) >= MAX_CACHED_ROWS:
            self.pair_entries.clear()
        self.pair_entries[pair] = got
        return got

    def _from_rows(self, rows: list[tuple[float, ...]],
                   dense: list[float] | None) -> dict[str, float]:
        # Each type's sum is made in the same order as ever (bias, then feature by feature), so
        # it is bit-identical to adding the file's sparse weights one by one: a type the feature
        # has no weight for adds 0.0, which changes no sum (only the sign of a zero, and the
        # logistic of -0.0 is that of 0.0). The sums run per type over the columns of the
        # features' dense rows, in C (``column_sum``).
        biases = list(map(self.bias.__getitem__, self.types))
        z = list(map(column_sum, zip(*rows), biases)) if rows else biases
        if dense and self.dense_rows:  # the real-valued features, after the binary ones
            z = [v + sum(map(mul, row, dense)) for v, row in zip(z, self.dense_rows)]
        return dict(zip(self.types, map(sigmoid, z)))

    def trigger_weight(self, etype: str, norm: str) -> float:
        """How much one word says "this type" (its unigram weight)."""
        start = self.offsets.get(f"w:{norm}")
        return 0.0 if start is None else self.matrix[start + self.types.index(etype)]

    def vector_weight(self, etype: str, vector: tuple[float, ...]) -> float:
        """How much a word's static vector says "this type" (0.0 without dense features)."""
        if not self.vector_rows or not vector:
            return 0.0
        return sum(map(mul, self.vector_rows[self.types.index(etype)], vector))


def _vector_rows(names: tuple[str, ...],
                 rows: tuple[tuple[float, ...], ...]) -> tuple[tuple[float, ...], ...]:
    """Per type, dimension by dimension: the weight of the mean's and of the maximum's
    feature added (``d:mean:i`` + ``d:max:i``)."""
    if not names:
        return ()
    dims = sorted({int(n.rsplit(":", 1)[1]) for n in names})
    out = []
    for row in rows:
        weight = dict(zip(names, row))
        out.append(tuple(weight.get(f"d:mean:{i}", 0.0) + weight.get(f"d:max:{i}", 0.0)
                         for i in dims))
    return tuple(out)


@lru_cache(maxsize=1)
def event_type_model(path: Path = MODEL_PATH) -> EventTypeModel:
    """The shipped model (from the compiled cache, see ``ghatna.rescache``) or another file."""
    return _shipped_model() if path == MODEL_PATH else _read_model(path)


@compiled("event_types")
def _shipped_model() -> EventTypeModel:
    return _read_model(MODEL_PATH)


def _read_model(path: Path) -> EventTypeModel:
    data = read_model_file(path, "event-type model")
    return EventTypeModel.from_weights(
        types=tuple(data["types"]), bias=data["bias"], weights=data["weights"],
        keep_threshold=data["keep_threshold"], add_threshold=data["add_threshold"],
        add_beside_threshold=data["add_beside_threshold"],
        dense_names=tuple(data.get("dense_features", ())))
