"""bench/eval_dedup.py: gold identities, alignment and pairwise figures on a tiny story.

The gold file is written here: an English and a Hindi report of one meeting (the same story),
the English one also reporting an agreement, and one unrelated document. The pairwise figures
are scored against fake mentions whose event ids we choose, so the expected values can be
worked out by hand; one test runs the real ingest on the same file for what does not depend on
the extractor.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from testkit import REPO, SHARED

SCRIPT = REPO / "bench" / "eval_dedup.py"


def _load():
    spec = importlib.util.spec_from_file_location("eval_dedup", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ed = _load()

JAI = {"name": "S. Jaishankar", "country": "IND", "sector": "GOV"}
LAV = {"name": "Sergei Lavrov", "country": "RUS", "sector": "GOV"}
MEET = {"type": "CONSULT", "actor1": JAI, "actor2": LAV, "date": "2025-11-18",
        "location": {"name": "Moscow", "country": "RUS"}, "planned": False}
DEAL = {"type": "AGREE", "actor1": {"name": "India", "country": "IND", "sector": "GOV"},
        "actor2": {"name": "Russia", "country": "RUS", "sector": "GOV"}, "date": "2025-11-18",
        "location": None, "planned": False}
PROTEST = {"type": "PROTEST", "actor1": {"name": "farmers", "country": "IND", "sector": "CVL"},
           "actor2": None, "date": "2025-11-17", "location": {"name": "Ludhiana", "country": "IND"},
           "planned": False}

DOCS = [
    {"id": "en-1", "lang": "en", "published": "2025-11-18", "cluster": "s1",
     "text": "Moscow, Nov 18 (PTI) External Affairs Minister S. Jaishankar met Russian Foreign "
             "Minister Sergei Lavrov in Moscow on Tuesday. India and Russia signed an agreement "
             "on trade in national currencies.",
     "events": [MEET, DEAL]},
    # the Hindi report of the same meeting, with its actors in the other order (CONSULT is
    # symmetric) and the date only to the month
    {"id": "hi-1", "lang": "hi", "published": "2025-11-18", "cluster": "s1",
     "text": "मॉस्को, 18 नवंबर (भाषा) रूस के विदेश मंत्री सर्गेई लावरोव ने मंगलवार को मॉस्को में "
             "विदेश मंत्री एस. जयशंकर से मुलाकात की।",
     "events": [dict(MEET, actor1=LAV, actor2=JAI, date="2025-11")]},
    {"id": "en-2", "lang": "en", "published": "2025-11-17", "cluster": None,
     "text": "Ludhiana, Nov 17 Farmers protested outside the district office on Monday.",
     "events": [PROTEST]},
]


@pytest.fixture(scope="module")
def match():
    if not (SHARED / "eval" / "score.py").exists():
        pytest.fail(f"{SHARED}/eval/score.py is missing: tests expect ../shared beside the repository")
    return ed.load_event_match()


def mention(event, event_id):
    return dict(event, event_id=event_id)


def test_pairwise_pure():
    # one story, two documents: a and b are one event, c another
    items = {"s": [("d1", 1, "e1"), ("d1", 2, "e2"), ("d2", 1, "e1")]}
    r = ed.pairwise(items)
    assert (r["pairs"], r["gold_positive"], r["system_positive"], r["true_positive"]) == (2, 1, 1, 1)
    assert (r["precision"], r["recall"], r["f1"]) == (1.0, 1.0, 1.0)
    split = ed.pairwise({"s": [("d1", 1, "e1"), ("d1", 2, "e2"), ("d2", 1, "e3")]})
    assert (split["recall"], split["precision"], split["f1"]) == (0.0, None, None)
    merged = ed.pairwise({"s": [("d1", 1, "e1"), ("d1", 2, "e1"), ("d2", 1, "e1")]})
    assert (merged["precision"], merged["recall"]) == (0.5, 1.0)   # the same-document pair is not counted
    assert merged["pairs"] == 2
    # pairs never cross stories
    assert ed.pairwise({"s": [("d1", 1, "e1")], "t": [("d2", 1, "e1")]})["pairs"] == 0


def test_dates_compatible():
    assert ed.dates_compatible("2025-11-18", "2025-11-18")
    assert ed.dates_compatible("2025-11", "2025-11-18")
    assert ed.dates_compatible(None, "2025-11-18")
    assert not ed.dates_compatible("2025-11-18", "2025-11-20")


def test_gold_identities(match):
    story = [d for d in DOCS if d["cluster"] == "s1"]
    ident = ed.gold_identities(story, match)
    assert ident[("en-1", 0)] == ident[("hi-1", 0)]
    assert ident[("en-1", 1)] != ident[("en-1", 0)]
    # another day is another meeting
    other_day = [story[0], dict(story[1], events=[dict(MEET, date="2025-11-20")])]
    ident = ed.gold_identities(other_day, match)
    assert ident[("en-1", 0)] != ident[("hi-1", 0)]


def test_perfect_clustering(match):
    mentions = {"en-1": [mention(MEET, "e-meet"), mention(DEAL, "e-deal")],
                "hi-1": [mention(dict(MEET, actor1=LAV, actor2=JAI), "e-meet")],
                "en-2": [mention(PROTEST, "e-protest")]}
    r = ed.score_documents(DOCS, mentions, match)
    assert (r["stories"], r["story_documents"], r["gold_events"], r["gold_identities"]) == (1, 2, 3, 2)
    assert r["aligned_events"] == 3
    assert (r["pairs"], r["gold_positive"], r["system_positive"], r["true_positive"]) == (2, 1, 1, 1)
    assert (r["precision"], r["recall"], r["f1"]) == (1.0, 1.0, 1.0)
    assert (r["story_mentions"], r["story_system_events"]) == (3, 2)


def test_split_cluster_gives_recall_zero(match):
    mentions = {"en-1": [mention(MEET, "e-meet-en"), mention(DEAL, "e-deal")],
                "hi-1": [mention(MEET, "e-meet-hi")]}
    r = ed.score_documents(DOCS, mentions, match)
    assert (r["gold_positive"], r["system_positive"], r["true_positive"]) == (1, 0, 0)
    assert r["recall"] == 0.0 and r["precision"] is None


def test_unaligned_events_are_left_out(match):
    # the Hindi report's meeting was not found: no pair is left, precision and recall undefined;
    # a spurious mention of another type aligns with nothing
    mentions = {"en-1": [mention(MEET, "e1"), mention(DEAL, "e2")],
                "hi-1": [mention(PROTEST, "e1")]}
    r = ed.score_documents(DOCS, mentions, match)
    assert r["aligned_events"] == 2 and r["pairs"] == 0
    assert r["gold_positive_all_events"] == 1
    assert (r["precision"], r["recall"]) == (None, None)


def test_real_ingest_smoke(tmp_path: Path, match):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DOCS), encoding="utf-8")
    before = gold.read_bytes()
    r = ed.evaluate(gold, tmp_path / "store.duckdb")
    assert gold.read_bytes() == before
    assert (tmp_path / "store.duckdb").exists()
    assert r["store_documents"] + r["store_rejected"] == 3
    assert (r["stories"], r["gold_events"], r["gold_identities"]) == (1, 3, 2)
    assert 0 <= r["aligned_events"] <= 3
    for key in ("precision", "recall"):
        assert r[key] is None or 0.0 <= r[key] <= 1.0
    assert r["story_system_events"] <= r["story_mentions"]
    assert r == ed.evaluate(gold)    # deterministic, whatever the store path
