"""Static cross-lingual word vectors (``model/word_vectors.bin``), read with the standard
library only.

The table is built once, at train time, by ``training/build_word_vectors.py``: every word of
its vocabulary (~48,000 word norms: the corpus train split, the project's lexicons and
regression sentences, wordfreq's most frequent Hindi and English words) embedded on its own
by multilingual-e5-small, reduced by PCA to a few dozen dimensions, each scaled to unit
variance and stored as int8. Hindi and English words of one meaning lie close (हमला and
"attack"), which lets a model trained on one carry over to the other and to words its
training sentences never held. The encoder is never needed at run time.

File format: one JSON header line (``dim``, ``count``, ``scale``, ``encoder``,
``words_bytes``), the sorted words joined by newlines, then ``count * dim`` signed bytes.
"""

from __future__ import annotations

import json
from array import array
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import ResourceError
from ..rescache import compiled

MODEL_PATH = Path(__file__).parent / "model" / "word_vectors.bin"
MAX_CACHED = 100_000  # words whose vector (or lack of one) is kept between sentences


@dataclass(frozen=True, slots=True)
class WordVectors:
    """word -> row of ``table`` (``dim`` signed bytes); a value is the byte / ``scale``."""

    dim: int
    scale: float
    rows: dict[str, int]
    table: bytes
    # word -> its vector as floats, or () for a word without one, made on first sight
    seen: dict[str, tuple[float, ...]] = field(default_factory=dict, init=False,
                                               compare=False)

    def vector(self, word: str) -> tuple[float, ...]:
        """The word's vector, ``()`` if the table lacks it."""
        got = self.seen.get(word)
        if got is None:
            row = self.rows.get(word)
            if row is None:
                got = ()
            else:
                start = row * self.dim
                scale = self.scale
                got = tuple(b / scale for b in array("b", self.table[start:start + self.dim]))
            if len(self.seen) >= MAX_CACHED:
                self.seen.clear()
            self.seen[word] = got
        return got


@lru_cache(maxsize=1)
def word_vectors(path: Path = MODEL_PATH) -> WordVectors:
    """The shipped table (from the compiled cache, see ``ghatna.rescache``) or another file."""
    return _shipped() if path == MODEL_PATH else read_vectors(path)


@compiled("word_vectors")
def _shipped() -> WordVectors:
    return read_vectors(MODEL_PATH)


def read_vectors(path: Path) -> WordVectors:
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ResourceError(f"the word-vector table {path} is missing: run "
                            "`python training/build_word_vectors.py`") from exc
    end = data.index(b"\n")
    header = json.loads(data[:end])
    words_end = end + 1 + header["words_bytes"]
    words = data[end + 1:words_end].decode("utf-8").split("\n")
    table = data[words_end:]
    if len(words) != header["count"] or len(table) != header["count"] * header["dim"]:
        raise ResourceError(f"the word-vector table {path} is truncated")
    return WordVectors(dim=header["dim"], scale=header["scale"],
                       rows={w: i for i, w in enumerate(words)}, table=table)
