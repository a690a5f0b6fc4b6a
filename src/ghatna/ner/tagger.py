"""Run time of the CRF named-entity tagger: BIO tags and entity spans for a token list."""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

from ..errors import ResourceError
from .features import sentence_features

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


class NerTagger:
    """CRF tagger over the model shipped in ``ghatna/ner/model`` (loaded on first use)."""

    def __init__(self, model_path: str | Path | None = None) -> None:
        self.model_path = Path(model_path) if model_path else MODEL_PATH
        self._tagger = None
        self._lock = threading.Lock()

    def _load(self):
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
                    self._tagger = tagger
        return self._tagger

    def tag(self, tokens: list[str]) -> list[str]:
        """BIO tags (``B-PERSON``, ``I-LOCATION``, ``O`` ...), one per token."""
        if not tokens:
            return []
        tagger = self._load()
        feats = sentence_features(list(tokens))
        with self._lock:  # a crfsuite Tagger is not safe to share between threads
            return list(tagger.tag(feats))

    def entities(self, tokens: list[str]) -> list[tuple[int, int, str]]:
        """Entity spans: ``(start token, end token exclusive, PERSON|LOCATION|ORGANIZATION)``."""
        return bio_to_spans(self.tag(tokens))


@lru_cache(maxsize=1)
def default_tagger() -> NerTagger:
    """The process-wide tagger over the shipped model."""
    return NerTagger()
