"""A learned second opinion on the language of Latin-script words (issue 9).

:func:`.romanized.tag_latin_tokens` reads each word from word lists and frequencies and lets
the neighbours decide the doubtful ones (Viterbi over two states). This module adds a
logistic regression over what that reading knows and what it cannot weigh by hand: the word
itself, its letters (prefixes, suffixes), its Hindi and English frequencies, its reading and
the Viterbi answer, and the same for the neighbouring words. It is trained by ``make train``
(``training/train_latin_lid.py``) on code-mixed sentences made from the project's own text
(Hindi documents of the corpus train split retyped in Latin letters by several spellers, with
English words and clauses inserted: every token's language is known from how it was made), and
on real romanized Hinglish of public web pages whose doubtful words were checked by hand
(``training/data/hinglish_real_text.txt``), and shipped as ``learned/model/latin_lid.json``:
``{"bias": b, "weights": {feature: w}, "keep_sources": [...], "enabled": bool, ...}``, read
with the standard library.

The shipped model is **not enabled** (``"enabled": false``): it gains little on our
development sets and on L3Cube-HingLID's test split in sentence context (0.931 -> 0.934 with
the real text, session 14), and it slows the romanized path by 15-30 % (docs/learned.md).
:func:`set_enabled` turns it on for measurement (``bench/langid_dev.py --learned``). A missing
file is not an error: the readings then decide alone.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from ..learned.modelfile import sigmoid
from . import romanlex

MODEL_FILE = Path(__file__).resolve().parents[1] / "learned" / "model" / "latin_lid.json"
#: Bound of the letters' log-odds feature (the n-gram score of :class:`.romanized.NgramModel`).
SCORE_BOUND = 3.0


class Reading(NamedTuple):
    """What :func:`.romanized.read_word` says of one word: language, source, score."""

    lang: str
    source: str
    score: float


@lru_cache(maxsize=1 << 16)
def _word_features(lower: str) -> tuple[tuple[str, float], ...]:
    hindi, english = romanlex.hindi_zipf(lower), romanlex.english_zipf(lower)
    feats: list[tuple[str, float]] = [
        ("w=" + lower, 1.0), ("pre2=" + lower[:2], 1.0), ("suf2=" + lower[-2:], 1.0),
        ("suf3=" + lower[-3:], 1.0), ("len=" + str(min(len(lower), 8)), 1.0),
        ("hz", hindi / 8.0), ("ez", english / 8.0), ("dz", (hindi - english) / 8.0),
        ("hz0", float(not hindi)), ("ez0", float(not english)),
    ]
    return tuple(feats)


def _context(prefix: str, word: str, reading: Reading | None, viterbi: str) -> dict[str, float]:
    if reading is None:
        return {prefix + "edge": 1.0}
    return {prefix + "w=" + word: 1.0, prefix + "src=" + reading.source + ":" + reading.lang: 1.0,
            prefix + "vit=" + viterbi: 1.0}


def token_features(words: list[str], readings: list[Reading],
                   viterbi: list[str]) -> list[dict[str, float]]:
    """The features of each word of one sentence (the same at training and at run time)."""
    lowers = [w.lower() for w in words]
    out: list[dict[str, float]] = []
    for i, (lower, reading) in enumerate(zip(lowers, readings, strict=True)):
        feats = dict(_word_features(lower))
        feats["src=" + reading.source + ":" + reading.lang] = 1.0
        feats["vit=" + viterbi[i]] = 1.0
        feats["vitsrc=" + viterbi[i] + ":" + reading.source] = 1.0
        feats["score"] = max(-SCORE_BOUND, min(SCORE_BOUND, reading.score)) / SCORE_BOUND
        feats["cap"] = float(words[i][:1].isupper())
        for offset, prefix in ((-1, "p1"), (1, "n1"), (-2, "p2"), (2, "n2")):
            j = i + offset
            inside = 0 <= j < len(words)
            feats.update(_context(prefix, lowers[j] if inside else "",
                                  readings[j] if inside else None,
                                  viterbi[j] if inside else ""))
        out.append(feats)
    return out


class LatinLidModel(NamedTuple):
    bias: float
    weights: dict[str, float]
    #: sure readings from these sources are kept; the model decides every other word
    keep_sources: frozenset[str]

    def hindi_log_odds(self, feats: dict[str, float]) -> float:
        weights = self.weights
        return self.bias + sum(weights.get(name, 0.0) * value for name, value in feats.items())

    def probability(self, feats: dict[str, float]) -> float:
        return sigmoid(self.hindi_log_odds(feats))


def model_from_json(data: dict[str, Any]) -> LatinLidModel:
    return LatinLidModel(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()},
                         frozenset(data.get("keep_sources", ())))


@lru_cache(maxsize=1)
def _shipped() -> tuple[LatinLidModel | None, bool]:
    try:
        data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None, False
    return model_from_json(data), bool(data.get("enabled", False))


_OVERRIDE: dict[str, bool] = {}


def set_enabled(enabled: bool | None) -> None:
    """Use the shipped model (True) or not (False) whatever its file says; None: as it says."""
    _OVERRIDE.clear()
    if enabled is not None:
        _OVERRIDE["enabled"] = enabled


def load_model() -> LatinLidModel | None:
    """The shipped model when it is enabled (its file or :func:`set_enabled`), else None
    (``make train`` builds the file)."""
    model, enabled = _shipped()
    return model if _OVERRIDE.get("enabled", enabled) else None


def learned_tags(words: list[str], readings: list[Reading], viterbi: list[str],
                 sure: list[bool], model: LatinLidModel) -> list[str]:
    """``hi``/``en`` per word: the model's answer (log-odds > 0: Hindi), except that a sure
    reading of a source the model keeps (``keep_sources``: the lexicons) stays as it is."""
    out: list[str] = []
    for feats, vit, is_sure, reading in zip(token_features(words, readings, viterbi), viterbi,
                                            sure, readings, strict=True):
        if is_sure and reading.source in model.keep_sources:
            out.append(vit)
        else:
            out.append("hi" if model.hindi_log_odds(feats) > 0 else "en")
    return out


def log_loss(p: float, hindi: bool) -> float:
    """Training diagnostics: the log loss of one answer."""
    p = min(1 - 1e-12, max(1e-12, p))
    return -math.log(p if hindi else 1 - p)
