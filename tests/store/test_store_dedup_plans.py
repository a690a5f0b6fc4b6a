"""An announcement and its occurrence (dedup rule 4): "the PMs will meet on Tuesday",
published on Monday, and "the PMs met on Tuesday", published on Wednesday, are one event that
keeps the occurrence's form; a plan that nothing fulfils stays an event of its own, and a plan
for a month is not matched to a day. A store clustered by the older rule (plans in blocks of
their own) is re-keyed and re-clustered by its next writer, and a batch that brings the
occurrence after its plan ends as one pass would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from store_records import doc_record, event_groups

from ghatna.store.dedup import Actor, Item, Place, cluster_block
from ghatna.store.loader import Store, table_dump
from ghatna.store.records import block_key

MODI = {"name": "Narendra Modi", "id": "person:narendra-modi", "country": "IND", "sector": "GOV"}
VISITOR = {"name": "Visiting PM", "id": "person:visiting-pm", "country": "NPL", "sector": "GOV"}
TRUMP = {"name": "Donald Trump", "id": "person:donald-trump", "country": "USA", "sector": "GOV"}
INDIA = {"name": "India", "id": "country:IND", "country": "IND", "sector": None}
DELHI = {"name": "New Delhi", "country": "IND", "kind": "city", "geonameid": 1261481}
WASHINGTON = {"name": "Washington", "country": "USA", "kind": "city", "geonameid": 4140963}


def _event(date: str | None, planned: bool, a1: dict[str, Any] = VISITOR,
           a2: dict[str, Any] = MODI, etype: str = "CONSULT", text: str = "Tuesday",
           location: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"type": etype, "actor1": a1, "actor2": a2, "date": date, "date_text": text,
            "location": location, "planned": planned, "negated": False, "lang": "en",
            "confidence": 0.8, "sentence": "s", "span": [0, 1]}


def _record(doc_id: str, published: str | None, *events: dict[str, Any]) -> dict[str, Any]:
    return doc_record(doc_id, published, list(events))




def _store(tmp_path: Path, *records: dict[str, Any]) -> Store:
    tmp_path.mkdir(parents=True, exist_ok=True)
    store = Store(tmp_path / "s.duckdb")
    store.load_records(list(records))
    store.finalize()
    return store


def test_a_plan_and_its_occurrence_share_a_block() -> None:
    assert block_key(_event("2025-11-18", True)) == block_key(_event("2025-11-18", False))


def test_a_plan_joins_its_occurrence_and_the_event_is_the_occurrence(tmp_path: Path) -> None:
    with _store(tmp_path,
                _record("will-meet", "2025-11-17", _event("2025-11-18", True)),
                _record("met", "2025-11-19", _event("2025-11-18", False)),
                _record("met-hi", "2025-11-19", _event("2025-11-18", False))) as store:
        assert event_groups(store) == [["met", "met-hi", "will-meet"]]
        assert store.con.execute("SELECT planned, date, n_articles FROM events").fetchall() == \
            [(False, "2025-11-18", 3)]


def test_reports_counting_the_day_from_different_days_meet(tmp_path: Path) -> None:
    # "will meet on Tuesday" (the 18th) and "met on Wednesday" read from another day: the 19th
    with _store(tmp_path,
                _record("will-meet", "2025-11-17", _event("2025-11-18", True)),
                _record("met", "2025-11-20", _event("2025-11-19", False))) as store:
        assert event_groups(store) == [["met", "will-meet"]]
    with _store(tmp_path / "far",
                _record("will-meet", "2025-11-17", _event("2025-11-18", True)),
                _record("met", "2025-11-21", _event("2025-11-20", False))) as store:
        assert event_groups(store) == [["met"], ["will-meet"]]


def test_a_plan_that_nothing_fulfils_stays_apart(tmp_path: Path) -> None:
    month_plan = _event("2025-12", True, text="in December")
    with _store(tmp_path,
                _record("plan", "2025-11-20", month_plan),
                _record("will-meet", "2025-11-17", _event("2025-11-18", True)),
                _record("visit", "2025-12-04", _event("2025-12-04", False, text="Thursday"))
                ) as store:
        # a month's plan is not matched to a day: the pair may meet more than once
        assert event_groups(store) == [["plan"], ["visit"], ["will-meet"]]
        assert sorted(store.con.execute("SELECT planned FROM events").fetchall()) == \
            [(False,), (True,), (True,)]


def test_an_undated_plan_joins_the_occurrence_nearest_its_publication(tmp_path: Path) -> None:
    # announced tariffs: two impositions a week apart, each with its own undated announcement;
    # where the reports place them (Washington, India) is not compared for the same named
    # actor against a country
    def tariff(date: str | None, planned: bool, place: dict[str, Any]) -> dict[str, Any]:
        return _event(date, planned, TRUMP, INDIA, "SANCTION", "", place)

    with _store(tmp_path,
                _record("first", "2025-07-31", tariff("2025-07-31", False, WASHINGTON)),
                _record("first-plan", "2025-07-30", tariff(None, True, DELHI)),
                _record("second", "2025-08-06", tariff("2025-08-06", False, WASHINGTON)),
                _record("second-hi", "2025-08-06", tariff("2025-08-06", False, DELHI)),
                _record("second-plan", "2025-08-07", tariff(None, True, DELHI))) as store:
        assert event_groups(store) == [["first", "first-plan"], ["second", "second-hi", "second-plan"]]


def _item(mid: str, date: str | None, planned: bool, published: str = "2025-11-19") -> Item:
    return Item(mention_id=mid, block_key="CONSULT|c:IND|c:NPL|n0", doc_id=mid, position=0,
                published=dt.date.fromisoformat(published), date=date,
                place=Place("geo:1", "delhi", "city", "IND", None),
                actor1=Actor("id:person:visiting-pm", "NPL", "GOV"),
                actor2=Actor("id:person:narendra-modi", "IND", "GOV"), planned=planned)


def test_joining_plans_is_order_free() -> None:
    items = [_item("plan-a", "2025-11-18", True, "2025-11-17"), _item("met", "2025-11-18", False),
             _item("plan-b", None, True, "2025-11-16"), _item("other", "2025-11-25", False),
             _item("plan-c", "2025-11-26", True, "2025-11-20")]
    want = sorted(sorted(i.mention_id for i in c) for c in cluster_block(items))
    assert want == [["met", "plan-a", "plan-b"], ["other", "plan-c"]]
    assert sorted(sorted(i.mention_id for i in c) for c in cluster_block(items[::-1])) == want


def test_the_occurrence_after_its_plan_ends_as_one_pass(tmp_path: Path) -> None:
    records = [_record("will-meet", "2025-11-17", _event("2025-11-18", True)),
               _record("undated-plan", "2025-11-16", _event(None, True, text="")),
               _record("met", "2025-11-19", _event("2025-11-18", False)),
               _record("later", "2025-11-27", _event("2025-11-26", False))]
    with _store(tmp_path / "one", *records) as store:
        one_pass = table_dump(store.con)
    with Store(tmp_path / "batches.duckdb") as store:
        for rec in records:
            store.load_records([rec])
            store.finalize()
        assert table_dump(store.con) == one_pass


def test_an_old_rule_store_puts_plans_back_with_their_occurrences(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with _store(tmp_path,
                _record("will-meet", "2025-11-17", _event("2025-11-18", True)),
                _record("met", "2025-11-19", _event("2025-11-18", False))) as store:
        one_pass = table_dump(store.con)
        # as rule 3 left it: the flags in the key, a plan its own event
        store.con.execute("UPDATE mentions SET block_key = replace(block_key, '|n0', "
                          "CASE WHEN planned THEN '|p1n0' ELSE '|p0n0' END), "
                          "event_id = 'old-' || doc_id")
        store.con.execute("UPDATE meta SET value = '3' WHERE key = 'dedup_rule'")
    with Store(db) as store:
        assert store.pending() == 2
        store.finalize()
        assert event_groups(store) == [["met", "will-meet"]]
        assert table_dump(store.con) == one_pass
