"""The event-type trainer's labelled sentences and the out-of-fold folds
(training/train_events.py, training/oof_events.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
import oof_events  # noqa: E402
import train_events  # noqa: E402

from ghatna.data import Document  # noqa: E402

TEXT = ("The minister met the visiting delegation in Delhi on Monday. "
        "It rained heavily in the city later that evening.")


def _gold(doc_id: str, cluster: str | None = None) -> dict:
    event = {"type": "CONSULT", "evidence": "The minister met the visiting delegation"}
    gold = {"id": doc_id, "text": TEXT, "events": [event]}
    if cluster:
        gold["cluster"] = cluster
    return gold


def test_a_sentence_is_labelled_by_the_evidence_inside_it() -> None:
    gold = _gold("d1")
    doc = train_events._read(Document(id="d1", raw=TEXT))
    labels = [types for _, types, _ in train_events.doc_examples(gold, doc)]
    assert labels == [{"CONSULT"}, set()]


def test_folds_follow_the_story_cluster(tmp_path: Path) -> None:
    path = tmp_path / "train.jsonl"
    docs = [_gold("a", "story-1"), _gold("b", "story-1"), _gold("c", "story-2"), _gold("d")]
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    folds = {gold["id"]: fold for gold, _, fold in oof_events.read_folds(path, 5)}
    assert folds["a"] == folds["b"]  # one story, one fold: no story is coded by a model that saw it
    assert all(0 <= f < 5 for f in folds.values())
