"""Folds of a gold split by story, for the trainers' out-of-fold checks
(``train_roles.py``, ``oof_events.py``)."""

from __future__ import annotations

import hashlib
from typing import Any


def story_fold(gold: dict[str, Any], folds: int) -> int:
    """The fold of a gold document: by story (its ``cluster``, else its id), so that no report
    of one story teaches the model that is checked on another report of it."""
    key = gold.get("cluster") or gold["id"]
    return int(hashlib.md5(key.encode("utf-8")).hexdigest(), 16) % folds
