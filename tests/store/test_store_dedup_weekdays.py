"""A timeless report that names its weekday (issue 8): no date and no publication day, but
"शनिवार को" / "on Saturday" in its sentence. It may be of any week, so it joins the one event
of its block on that weekday that its actors and place fit (its weekday, not a shared name,
places it); two such events, or none, leave it apart. The store ends as one pass would, in
any order of batches."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from store_records import doc_record, event_groups

from ghatna.store.dedup import Actor, Item, cluster_block, weekday_named
from ghatna.store.loader import Store

INDIA = Actor("id:country:IND", "IND", "GOV")
JAPAN = Actor("id:country:JPN", "JPN", "GOV")


def test_weekday_named_in_hindi_and_english() -> None:
    assert weekday_named("शनिवार") == weekday_named("Saturday") == 5
    assert weekday_named("on Monday") == 0
    assert weekday_named("सोमवार और मंगलवार") is None  # two days name none
    assert weekday_named("12 March") is None
    assert weekday_named(None) is None


def _item(mid: str, date: str | None, date_text: str | None) -> Item:
    import datetime as dt

    published = dt.date.fromisoformat(date) if date else None
    return Item(mention_id=mid, block_key="CONSULT|c:IND|c:JPN|n0", doc_id=mid, position=0,
                published=published, date=date, place=None, actor1=INDIA, actor2=JAPAN,
                date_text=date_text)


def _groups(items: list[Item]) -> list[list[str]]:
    return sorted(sorted(i.mention_id for i in c) for c in cluster_block(items))


def test_a_timeless_report_joins_the_one_event_on_its_weekday() -> None:
    # 2019-11-30 was a Saturday, 2019-11-27 a Wednesday, 2018-10-29 a Monday
    dated = [_item("sat", "2019-11-30", "30 November"), _item("wed", "2019-11-27", "27 November"),
             _item("mon", "2018-10-29", "29 October")]
    assert _groups(dated + [_item("t", None, "शनिवार")]) == [["mon"], ["sat", "t"], ["wed"]]
    # without a weekday it shares no named actor or town with any: apart
    assert _groups(dated + [_item("t", None, None)]) == [["mon"], ["sat"], ["t"], ["wed"]]
    # no event on its weekday: apart; two: nothing tells which
    assert _groups(dated + [_item("t", None, "Friday")]) == [["mon"], ["sat"], ["t"], ["wed"]]
    two = dated + [_item("sat2", "2018-11-03", "3 November"), _item("t", None, "Saturday")]
    assert _groups(two) == [["mon"], ["sat"], ["sat2"], ["t"], ["wed"]]


A = {"name": "India", "id": "country:IND", "country": "IND", "sector": "GOV"}
B = {"name": "Japan", "id": "country:JPN", "country": "JPN", "sector": "GOV"}


def _record(doc_id: str, published: str | None, date: str | None, date_text: str | None
            ) -> dict[str, Any]:
    event = {"type": "CONSULT", "actor1": A, "actor2": B, "date": date, "date_text": date_text,
             "location": None, "planned": False, "negated": False, "lang": "hi",
             "confidence": 0.8, "sentence": f"report {doc_id}", "span": [0, 1]}
    return doc_record(doc_id, published, [event], lang="hi")


def _store_groups(db: Path, batches: list[list[dict[str, Any]]]) -> list[list[str]]:
    with Store(db) as store:
        for batch in batches:
            store.load_records(batch)
            store.finalize()
        return event_groups(store)


def test_the_store_places_a_weekday_report_in_any_order_of_batches(tmp_path: Path) -> None:
    timeless = _record("nodate", None, None, "शनिवार")
    saturday = _record("sat", "2019-11-30", "2019-11-30", "30 नवंबर")
    wednesday = _record("wed", "2019-11-27", "2019-11-27", "27 नवंबर")
    other_saturday = _record("sat2", "2018-11-03", "2018-11-03", "3 नवंबर")
    one_pass = _store_groups(tmp_path / "a.duckdb", [[timeless, saturday, wednesday]])
    assert one_pass == [["nodate", "sat"], ["wed"]]
    assert _store_groups(tmp_path / "b.duckdb", [[wednesday], [timeless], [saturday]]) == one_pass
    assert _store_groups(tmp_path / "c.duckdb", [[saturday, wednesday], [timeless]]) == one_pass
    # a second Saturday event arriving later makes it ambiguous: it leaves
    two = [["nodate"], ["sat"], ["sat2"], ["wed"]]
    assert _store_groups(tmp_path / "d.duckdb", [[timeless, saturday, wednesday, other_saturday]]) \
        == two
    assert _store_groups(tmp_path / "e.duckdb", [[timeless, saturday, wednesday],
                                                  [other_saturday]]) == two


def test_a_weekday_report_may_be_of_the_day_before_a_report_dated_by_its_own_day() -> None:
    # "Pakistan and Afghanistan agreed on Sunday" (timeless) and a report published on
    # Monday 2023-05-08 whose sentence names no day (dated by the report: empty date text)
    monday_report = _item("mon", "2023-05-08", "")
    assert _groups([monday_report, _item("t", None, "रविवार")]) == [["mon", "t"]]
    assert _groups([monday_report, _item("t", None, "Monday")]) == [["mon", "t"]]
    # a day the report names ("on Monday", "8 May") is no report day: Sunday is not it
    for named in (_item("mon", "2023-05-08", "सोमवार"), _item("mon", "2023-05-08", "8 May")):
        assert _groups([named, _item("t", None, "Sunday")]) == [["mon"], ["t"]]
    # and not the day after: a report does not tell tomorrow's act as done
    assert _groups([monday_report, _item("t", None, "Tuesday")]) == [["mon"], ["t"]]
