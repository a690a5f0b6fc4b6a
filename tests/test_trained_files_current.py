"""The shipped generated files are what their ``make train`` step builds from the shipped inputs.

Only the steps that need no training extra (scikit-learn, wordfreq) are rebuilt here, so that CI
catches a stale file: the NER word-frequency table (from the romanized lexicon) and the implicit
target model (from the gold events of the corpus train split). Each rebuild takes well under a
second. When one fails, rerun ``make train`` (docs/learned.md) and commit what it writes.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "training"))

import train_implicit_targets  # noqa: E402
import train_ner  # noqa: E402

from ghatna.ner.features import ZIPF_PATH  # noqa: E402


def test_ner_frequency_table_is_the_one_built_from_the_shipped_romanized_lexicon(tmp_path):
    rebuilt = tmp_path / "hi_ner_zipf.tsv"
    train_ner.write_zipf_table(train_ner.LEXICON, rebuilt)
    stale = "stale: run `make generated` (build_romanized.py, train_latin_lid.py, train_ner.py --zipf-only)"
    assert rebuilt.read_bytes() == ZIPF_PATH.read_bytes(), stale


def test_implicit_target_model_is_the_one_built_from_the_train_split():
    model = train_implicit_targets.train_model(REPO / "corpus" / "train.jsonl",
                                               **train_implicit_targets.DEFAULTS)
    stale = "stale: rerun training/train_implicit_targets.py (make train)"
    assert train_implicit_targets.model_text(model) == \
        train_implicit_targets.OUT.read_text(encoding="utf-8"), stale
