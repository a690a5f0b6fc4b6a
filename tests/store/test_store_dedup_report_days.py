"""Dedup rule 9: a day told by no date words at all (the report's own day) counts on the day
before when a report of that day named it in words as its own ("today", "on Wednesday" in a
Wednesday report): the later report tells yesterday's news. The store re-clusters the event it
leaves when such a report arrives, and ends as one pass over every mention would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from store_records import consult_record, groups_after_batches

from ghatna.store.dedup import Item, cluster_block, snap_report_day

# 2025-11-19 is a Wednesday
WED, THU = "2025-11-19", "2025-11-20"


def _item(mid: str, date: str | None, text: str | None, published: str) -> Item:
    return Item(mention_id=mid, block_key="k", doc_id=mid, position=0,
                published=dt.date.fromisoformat(published), date=date, place=None,
                date_text=text)


def _groups(items: list[Item]) -> list[list[str]]:
    return sorted(sorted(i.mention_id for i in c) for c in cluster_block(items))


def test_a_report_without_date_words_tells_the_day_before_that_a_report_named_its_own() -> None:
    # "the minister met the envoy on Wednesday" (a Wednesday report) and "the minister met the
    # envoy" (a Thursday report, dated by its publication day): one meeting
    items = [_item("wed", WED, "Wednesday", WED), _item("thu", THU, "", THU)]
    assert _groups(items) == [["thu", "wed"]]
    assert _groups(items[::-1]) == [["thu", "wed"]]
    # "today" in Wednesday's report counts as well
    assert _groups([_item("wed", WED, "today", WED), _item("thu", THU, None, THU)]) == \
        [["thu", "wed"]]


def test_a_report_day_stays_where_its_own_day_is_named_or_nothing_names_the_day_before() -> None:
    cases = [
        # "on Wednesday" counted back from a Thursday report: the reports of Thursday tell
        # Wednesday and Thursday (two days of a strike)
        [_item("back", WED, "Wednesday", THU), _item("thu", THU, "", THU)],
        # two reports dated by their own days a day apart: nothing names either day
        [_item("wed", WED, "", WED), _item("thu", THU, "", THU)],
        # only the day before: Friday's report is not of Wednesday
        [_item("wed", WED, "Wednesday", WED), _item("fri", "2025-11-21", "", "2025-11-21")],
    ]
    for items in cases:
        assert len(cluster_block(items)) == 2
        assert len(cluster_block(items[::-1])) == 2
    # Thursday named as its report's own day keeps Thursday's report there
    items = [_item("wed", WED, "Wednesday", WED), _item("thu-named", THU, "today", THU),
             _item("thu", THU, "", THU)]
    assert _groups(items) == [["thu", "thu-named"], ["wed"]]


def test_snap_report_day() -> None:
    assert snap_report_day(10, set(), {9}) == 9
    assert snap_report_day(10, set(), {9, 10}) == 10   # its own day named
    assert snap_report_day(10, {10}, {9}) == 10        # a calendar day
    assert snap_report_day(10, set(), {11}) == 10      # never forward
    assert snap_report_day(10, set(), set()) == 10


A = {"name": "Visiting Envoy", "id": "person:visiting-envoy", "country": "NPL", "sector": "GOV"}
B = {"name": "Trade Minister", "id": "person:trade-minister", "country": "IND", "sector": "GOV"}


def _record(doc_id: str, published: str | None, date: str | None, date_text: str | None) -> dict[str, Any]:
    return consult_record(doc_id, published, date, date_text, A, B)


def test_the_store_moves_a_report_day_when_the_report_naming_the_day_before_arrives(
        tmp_path: Path) -> None:
    thu_a = _record("thu-a", THU, THU, "")
    thu_b = _record("thu-b", THU, THU, "")
    wed = _record("wed", WED, WED, "Wednesday")
    fri = _record("fri", "2025-11-21", "2025-11-21", "")
    one_pass = groups_after_batches(tmp_path / "a.duckdb", [[thu_a, thu_b, wed, fri]])
    assert [g[:-1] for g in one_pass] == [["fri"], ["thu-a", "thu-b", "wed"]]
    # Thursday's reports first make an event of their own; Wednesday's report moves them
    assert groups_after_batches(tmp_path / "b.duckdb", [[thu_a, thu_b], [fri], [wed]]) == one_pass
    assert groups_after_batches(tmp_path / "c.duckdb", [[wed], [thu_a], [fri, thu_b]]) == one_pass
    assert groups_after_batches(tmp_path / "d.duckdb", [[fri, thu_b], [wed, thu_a]]) == one_pass
