"""The seed report, end to end: every gold event with its date and place, and the same story
written (by us) in pure Hindi and in English gives the same events."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from testkit import REPO, SEED, SEED_GOLD, SHARED

from ghatna.data import Document
from ghatna.pipeline.pipeline import default_pipeline

DATA = Path(__file__).parent / "data"


def facts(events) -> set[tuple]:
    return {(e.type, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None,
             (e.date or "")[:7], e.location.name if e.location else None, e.planned)
            for e in events}


def extract_file(path: Path, doc_id: str) -> list:
    return default_pipeline().extract(Document(id=doc_id, raw=path.read_text(encoding="utf-8")))


def test_seed_scores_full_recall_with_the_shared_scorer(tmp_path: Path):
    out = tmp_path / "pred.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        subprocess.run([sys.executable, "-m", "ghatna.cli", "extract", str(SEED), "--format", "docs"],
                       stdout=fh, check=True, cwd=REPO)
    result = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(SEED_GOLD),
                             str(out), "--json"], capture_output=True, text=True, check=True)
    scores = json.loads(result.stdout.splitlines()[0])
    assert scores["recall"] == 1.0
    assert scores["f1"] >= 0.9
    assert scores["date_accuracy"] == 1.0
    assert scores["location_accuracy"] == 1.0


def test_seed_year_comes_from_the_text_not_from_outside():
    events = extract_file(SEED, "seed")
    tuesday = [e for e in events if e.actor2 and e.actor2.name == "Vladimir Putin"
               and e.date and e.date.startswith("2025-11")]
    assert [e.date for e in tuesday] == ["2025-11-18"]
    monday = [e for e in events if e.actor2 and e.actor2.name == "Sergei Lavrov"
              and e.date and e.date.startswith("2025-11")]
    assert [e.date for e in monday] == ["2025-11-17"]


def test_seed_evidence_points_into_the_raw_text():
    raw = SEED.read_text(encoding="utf-8")
    for event in extract_file(SEED, "seed"):
        start, end = event.span
        assert raw[start:end] == event.trigger
        s_start, s_end = event.sentence_span
        assert raw[s_start:s_end] == event.sentence
        assert s_start <= start < end <= s_end
        for actor in (event.actor1, event.actor2):
            if actor is not None and actor.span is not None:
                assert raw[actor.span[0]:actor.span[1]] in event.sentence or actor.text


@pytest.mark.parametrize("variant", ["seed_story_hi.txt", "seed_story_en.txt"])
def test_the_story_in_pure_hindi_and_english_gives_the_same_events(variant: str):
    mixed = facts(extract_file(SEED, "seed"))
    other = facts(extract_file(DATA / variant, variant))
    assert other == mixed
    assert len(other) == 8
