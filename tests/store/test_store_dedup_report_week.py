"""Dedup rule 11: a mention dated by its report's day alone (no date words: the extractor's
fallback to the publication day) that fits no event of that day joins an event that a report
named by a calendar day within the week before ("on November 1" in one report, nothing in a
report of November 5). A day counted from a report ("Monday") is no such anchor: reports of
consecutive days of a strike tell them so. The store re-clusters the report-day mention when
the calendar report arrives later, and ends as one pass over every mention would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from store_records import consult_record, groups_after_batches

from ghatna.store.dedup import UNDATED_WINDOW_DAYS, Item, block_footprints, cluster_block

# 2024-11-01 is a Friday, 2024-11-05 a Tuesday
FRI, MON, TUE = "2024-11-01", "2024-11-04", "2024-11-05"


def _item(mid: str, date: str, text: str | None, published: str, planned: bool = False) -> Item:
    return Item(mention_id=mid, block_key="k", doc_id=mid, position=0,
                published=dt.date.fromisoformat(published), date=date, place=None,
                date_text=text, planned=planned)


def _groups(items: list[Item]) -> list[list[str]]:
    return sorted(sorted(i.mention_id for i in c) for c in cluster_block(items))


def test_a_report_day_joins_an_event_named_by_a_calendar_day_of_the_week_before() -> None:
    # "militants attacked the patrol on November 1" and, in a report of November 5 that names
    # no day, "militants attacked the patrol": one attack
    items = [_item("cal", FRI, "November 1", "2024-11-02"), _item("tue", TUE, "", TUE)]
    assert _groups(items) == [["cal", "tue"]]
    assert _groups(items[::-1]) == [["cal", "tue"]]
    assert _item("tue", TUE, None, TUE).report_day
    assert not _item("tue", TUE, "today", TUE).report_day


def test_a_report_day_keeps_to_its_own_day_and_to_the_week() -> None:
    # an event of its own day that fits wins over the calendar day before
    same_day = [_item("cal", FRI, "November 1", FRI), _item("cal5", TUE, "5 November", TUE),
                _item("tue", TUE, "", TUE)]
    assert _groups(same_day) == [["cal"], ["cal5", "tue"]]
    # more than a week before: another event
    far = [_item("cal", "2024-10-28", "October 28", "2024-10-28"), _item("tue", TUE, "", TUE)]
    assert UNDATED_WINDOW_DAYS == 7
    assert _groups(far) == [["cal"], ["tue"]]
    # a day counted back from a report ("Monday" in a Tuesday report) is no anchor: two days
    # of a strike told "on Monday" and with no date by reports of Tuesday stay two events
    strike = [_item("mon", MON, "Monday", TUE), _item("tue", TUE, "", TUE)]
    assert _groups(strike) == [["mon"], ["tue"]]
    # a day named in words ("today") is the report's own on purpose
    assert _groups([_item("cal", FRI, "November 1", FRI), _item("tue", TUE, "today", TUE)]) \
        == [["cal"], ["tue"]]
    # an announcement with no date is matched by the plan rule, not by this one
    assert _groups([_item("cal", FRI, "November 1", FRI), _item("tue", TUE, "", TUE, True)]) \
        == [["cal"], ["tue"]]


def test_a_report_day_reaches_the_week_before_in_the_footprints() -> None:
    tue = dt.date.fromisoformat(TUE)
    rows: list[tuple[str, str | None, dt.date | None, bool, bool, bool, bool, bool]] = [
        ("tue", TUE, tue, False, False, False, True, True),
        ("mon", MON, tue, False, True, False, False, False)]
    reach = {key: span for key, span, _ in block_footprints(rows)}
    day = tue.toordinal()
    assert reach["tue"] == (day - UNDATED_WINDOW_DAYS, day)
    assert reach["mon"] == (day - 1, day - 1)


A = {"name": "Visiting Envoy", "id": "person:visiting-envoy", "country": "NPL", "sector": "GOV"}
B = {"name": "Trade Minister", "id": "person:trade-minister", "country": "IND", "sector": "GOV"}


def _record(doc_id: str, published: str | None, date: str | None, date_text: str | None
            ) -> dict[str, Any]:
    return consult_record(doc_id, published, date, date_text, A, B)


def test_the_store_moves_a_report_day_when_the_calendar_report_arrives(tmp_path: Path) -> None:
    cal = _record("cal", "2024-11-02", FRI, "November 1")
    tue_a = _record("tue-a", TUE, TUE, "")
    tue_b = _record("tue-b", TUE, TUE, None)
    later = _record("later", "2024-11-20", "2024-11-20", "")
    one_pass = groups_after_batches(tmp_path / "a.duckdb", [[cal, tue_a, tue_b, later]])
    assert [g[:-1] for g in one_pass] == [["cal", "tue-a", "tue-b"], ["later"]]
    # Tuesday's reports first make an event of their own; the calendar report takes them in
    assert groups_after_batches(tmp_path / "b.duckdb", [[tue_a, tue_b], [later], [cal]]) \
        == one_pass
    assert groups_after_batches(tmp_path / "c.duckdb", [[tue_a], [cal, later], [tue_b]]) \
        == one_pass
    assert groups_after_batches(tmp_path / "d.duckdb", [[later, tue_b], [cal], [tue_a]]) \
        == one_pass
