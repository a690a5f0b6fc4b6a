"""Learned Hindi named-entity tagger (linear-chain CRF, python-crfsuite).

``features.sentence_features`` turns a token list into crfsuite string features; it is shared by
training (``training/train_ner.py``) and run time (``tagger.NerTagger``), so the two never drift.
"""

from .features import sentence_features
from .tagger import LABELS, NerTagger, bio_to_spans

__all__ = ["LABELS", "NerTagger", "bio_to_spans", "sentence_features"]
