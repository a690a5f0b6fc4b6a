"""A relative day moves when a calendar day arrives next to it: the store re-clusters the
event it leaves and the one it joins, and ends as one pass over every mention would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from store_records import consult_record, groups_after_batches

from ghatna.store.loader import Store

A = {"name": "Visiting PM", "id": "person:visiting-pm", "country": "NPL", "sector": "GOV"}
B = {"name": "PM of India", "id": "person:pm-of-ind", "country": "IND", "sector": "GOV"}


def _record(doc_id: str, published: str | None, date: str | None, date_text: str | None) -> dict[str, Any]:
    return consult_record(doc_id, published, date, date_text, A, B)


def test_relative_day_moves_to_a_new_calendar_day_before_it(tmp_path: Path) -> None:
    tuesday = _record("rel", "2025-11-18", "2025-11-18", "Tuesday")
    on_19 = _record("cal19", "2025-11-20", "2025-11-19", "19 November")
    on_17 = _record("cal17", "2025-11-17", "2025-11-17", "17 November")
    on_30 = _record("cal30", "2025-11-30", "2025-11-30", "30 November")
    # alone with the 19th, "Tuesday" (the 18th) joins it
    assert [g[:-1] for g in groups_after_batches(tmp_path / "a.duckdb", [[tuesday, on_19]])] == \
        [["cal19", "rel"]]
    # the 17th named later takes it (the day before wins): the 19th's event is rebuilt too
    one_pass = groups_after_batches(tmp_path / "b.duckdb", [[tuesday, on_19, on_17, on_30]])
    assert [g[:-1] for g in one_pass] == [["cal17", "rel"], ["cal19"], ["cal30"]]
    assert groups_after_batches(tmp_path / "c.duckdb", [[tuesday, on_19], [on_30], [on_17]]) == one_pass
    assert groups_after_batches(tmp_path / "d.duckdb", [[on_17], [tuesday], [on_19, on_30]]) == one_pass


def test_two_relative_days_stay_apart(tmp_path: Path) -> None:
    monday = _record("mon", "2025-11-17", "2025-11-17", "Monday")
    tuesday = _record("tue", "2025-11-18", "2025-11-18", "today")
    assert [g[:-1] for g in groups_after_batches(tmp_path / "a.duckdb", [[monday, tuesday]])] == \
        [["mon"], ["tue"]]


def test_a_timeless_report_joins_an_event_of_any_later_batch(tmp_path: Path) -> None:
    # no date and no publication day: nothing places it in time, so it joins the one event
    # its (named) actors fit, whenever that event's reports arrive, and leaves it when a
    # second meeting of the pair makes it ambiguous; the store always ends as one pass
    timeless = _record("nodate", None, None, None)
    first = _record("first", "2025-11-18", "2025-11-18", "18 November")
    second = _record("second", "2025-11-19", "2025-11-18", "18 November")
    other = _record("other", "2023-02-01", "2023-02-01", "1 February")
    one_pass = groups_after_batches(tmp_path / "a.duckdb", [[timeless, first, second]])
    assert [g[:-1] for g in one_pass] == [["first", "nodate", "second"]]
    assert groups_after_batches(tmp_path / "b.duckdb", [[timeless], [first], [second]]) == one_pass
    assert groups_after_batches(tmp_path / "c.duckdb", [[first], [timeless], [second]]) == one_pass
    two = groups_after_batches(tmp_path / "d.duckdb", [[timeless, first, second, other]])
    assert [g[:-1] for g in two] == [["first", "second"], ["nodate"], ["other"]]
    assert groups_after_batches(tmp_path / "e.duckdb", [[timeless, first], [second], [other]]) == two
    assert groups_after_batches(tmp_path / "f.duckdb", [[other], [timeless], [first, second]]) == two


def test_a_store_of_an_older_dedup_rule_is_reclustered_by_its_next_writer(tmp_path: Path
                                                                        ) -> None:
    records = [_record("nodate", None, None, None),
               _record("first", "2025-11-18", "2025-11-18", "18 November")]
    one_pass = groups_after_batches(tmp_path / "a.duckdb", [records])
    db = tmp_path / "old.duckdb"
    groups_after_batches(db, [records])
    with Store(db) as store:  # the current rule: opening changes nothing
        assert store.pending() == 0
        # as an older ghatna left it: its own events, no rule recorded
        store.con.execute("UPDATE mentions SET event_id = 'old-' || mention_id")
        store.con.execute("UPDATE events SET event_id = 'old-' || rep_mention_id")
        store.con.execute("DELETE FROM meta WHERE key = 'dedup_rule'")
    with Store(db) as store:
        assert store.pending() == 2
        assert store.con.execute("SELECT count(*) FROM events").fetchall() == [(0,)]
    assert groups_after_batches(db, [[]]) == one_pass  # the next ingest finalizes first
