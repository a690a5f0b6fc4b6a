"""Run time of the CRF named-entity tagger: BIO tags and entity spans for a token list."""

from __future__ import annotations

import struct
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ResourceError
from ..rescache import compiled
from .features import FeatureBuilder, PairTables, pair_tables

MODEL_PATH = Path(__file__).parent / "model" / "hi_ner.crfsuite"
LABELS = ("PERSON", "LOCATION", "ORGANIZATION")


def bio_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """``(start, end exclusive, label)`` spans of a BIO sequence; a stray ``I-`` starts a span."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, lab = tag.partition("-")
        if prefix == "I" and lab == label and start >= 0:
            continue
        if start >= 0:
            spans.append((start, i, label))
            start, label = -1, ""
        if prefix in ("B", "I") and lab:
            start, label = i, lab
    return spans


def model_attributes(path: Path) -> frozenset[str] | None:
    """Every attribute name of a crfsuite CRF1d model file, read from its attribute dictionary
    (a CQDB chunk: a backward array of record offsets, each record ``id, key size, key``) about
    twenty times faster than ``Tagger.info()``; ``None`` if the layout is not the expected one."""
    data = path.read_bytes()
    if len(data) < 48 or data[:4] != b"lCRF" or data[8:12] != b"FOMC":
        return None
    off = struct.unpack_from("<I", data, 36)[0]  # header: magic, size, type, version, 4 counts
    if data[off:off + 4] != b"CQDB":
        return None
    bwd_size, bwd_off = struct.unpack_from("<2I", data, off + 16)
    names = []
    for rec in struct.unpack_from(f"<{bwd_size}I", data, off + bwd_off):
        if rec:
            ksize = struct.unpack_from("<I", data, off + rec + 4)[0]
            names.append(data[off + rec + 8:off + rec + 7 + ksize].decode("utf-8"))
    return frozenset(names)


@compiled("ner_attributes")
def _shipped_attributes() -> frozenset[str] | None:
    """The shipped model's attribute names (kept in the compiled cache: reading them from the
    model file takes longer than opening the model)."""
    return model_attributes(MODEL_PATH)


@compiled("ner_pairs")
def _shipped_pairs() -> PairTables | None:
    """The shipped model's word-pair attributes by their words (see ``pair_tables``)."""
    known = _shipped_attributes()
    return None if known is None else pair_tables(known)


def known_attributes(path: Path) -> frozenset[str] | None:
    """Every attribute name of the model at ``path`` (see :func:`model_attributes`)."""
    return _shipped_attributes() if path == MODEL_PATH else model_attributes(path)


class NerTagger:
    """CRF tagger over the model shipped in ``ghatna/ner/model`` (loaded on first use)."""

    def __init__(self, model_path: str | Path | None = None) -> None:
        self.model_path = Path(model_path) if model_path else MODEL_PATH
        self._tagger: Any = None  # a pycrfsuite.Tagger once loaded (the library is untyped)
        self._features = FeatureBuilder()
        self._lock = threading.Lock()

    def _load(self) -> Any:
        if self._tagger is None:
            with self._lock:
                if self._tagger is None:
                    if not self.model_path.is_file():
                        raise ResourceError(
                            f"NER model {self.model_path} is missing: train it with "
                            "`.venv/bin/python training/train_ner.py`")
                    try:
                        import pycrfsuite
                    except ImportError as exc:  # pragma: no cover - dependency declared
                        raise ResourceError("the NER tagger needs python-crfsuite "
                                            "(pip install python-crfsuite)") from exc
                    tagger = pycrfsuite.Tagger()
                    tagger.open(str(self.model_path))
                    known = known_attributes(self.model_path)
                    pairs = _shipped_pairs() if self.model_path == MODEL_PATH else None
                    if known is None:
                        known, pairs = frozenset(tagger.info().attributes), None
                    # features the model has no weight for change nothing: leave them out
                    self._features = FeatureBuilder(known, pairs)
                    self._tagger = tagger
        return self._tagger

    def tag(self, tokens: list[str]) -> list[str]:
        """BIO tags (``B-PERSON``, ``I-LOCATION``, ``O`` ...), one per token."""
        if not tokens:
            return []
        tagger = self._load()
        feats = self._features.sentence(list(tokens))
        with self._lock:  # a crfsuite Tagger is not safe to share between threads
            return list(tagger.tag(feats))

    def entities(self, tokens: list[str]) -> list[tuple[int, int, str]]:
        """Entity spans: ``(start token, end token exclusive, PERSON|LOCATION|ORGANIZATION)``."""
        return bio_to_spans(self.tag(tokens))


@lru_cache(maxsize=1)
def default_tagger() -> NerTagger:
    """The process-wide tagger over the shipped model."""
    return NerTagger()
