"""Dedup rule 13: a timeless report (no date, no publication day) of two named actors that fits
several days of one visit told by one report joins the day whose event has those very two
actors (``dedup._tells_both_sides``, ``dedup._one_visit``). Events of two reports, or of one
report years apart, or a timeless report with a country on one side, leave it apart as before:
nothing tells which. The store clusters each block from its own mentions, so batches in any
order end as one pass."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

from store_records import doc_record, groups_after_batches, groups_after_shuffled_batches

from ghatna.store.dedup import Actor, Item, Place, cluster_block

MINISTER = {"name": "A Foreign Minister", "id": "person:visiting-minister", "country": "IND",
            "sector": "GOV"}
HOST = {"name": "A Host Minister", "id": "person:host-minister", "country": "RUS",
        "sector": "GOV"}
RUSSIA = {"name": "Russia", "id": "country:RUS", "country": "RUS", "sector": "GOV"}
ARRIVAL, TALKS = "2024-02-12", "2024-02-13"


def _consult(actor1: dict[str, Any], actor2: dict[str, Any], date: str | None,
             text: str | None) -> dict[str, Any]:
    return {"type": "CONSULT", "actor1": actor1, "actor2": actor2, "date": date,
            "date_text": text if date else None,
            "location": {"name": "Moscow", "country": "RUS", "kind": "city"}, "planned": False,
            "negated": False, "lang": "en", "confidence": 0.8, "sentence": "s", "span": [0, 1]}


def _visit(doc_id: str = "visit", arrival: str = ARRIVAL, talks: str = TALKS
           ) -> dict[str, Any]:
    """One report of the visit: the minister's arrival in Russia (a country on one side) on
    Monday and his talks with the host on Tuesday."""
    return doc_record(doc_id, talks, [_consult(MINISTER, RUSSIA, arrival, "Monday"),
                                      _consult(MINISTER, HOST, talks, "Tuesday")])


def _timeless(doc_id: str, actor1: dict[str, Any], actor2: dict[str, Any]) -> dict[str, Any]:
    """A report with no publication day telling the talks without a date (the host first)."""
    return doc_record(doc_id, None, [_consult(actor1, actor2, None, None)], lang="hi")


def _with(groups: list[list[str]], doc_id: str) -> list[str]:
    """The documents of the event that holds ``doc_id`` (event id left out)."""
    return next(g[:-1] for g in groups if doc_id in g[:-1])


def test_a_timeless_report_joins_the_day_of_one_visit_with_its_two_actors(
        tmp_path: Path) -> None:
    groups = groups_after_batches(tmp_path / "a.duckdb",
                                  [[_visit(), _timeless("talks", HOST, MINISTER)]])
    # Monday's arrival ("the minister and Russia") stays its own event; the timeless report
    # of the two ministers' talks is Tuesday's
    assert sorted(g[:-1] for g in groups) == [["talks", "visit"], ["visit"]]


def test_without_one_visit_or_both_named_it_stays_apart(tmp_path: Path) -> None:
    # the two days told by two reports: nothing says that one report's story is the talks
    arrival = doc_record("arrival", "2024-02-12", [_consult(MINISTER, RUSSIA, ARRIVAL, "Monday")])
    talks = doc_record("talks-day", "2024-02-14", [_consult(MINISTER, HOST, TALKS, "Tuesday")])
    groups = groups_after_batches(tmp_path / "a.duckdb",
                                  [[arrival, talks, _timeless("t", HOST, MINISTER)]])
    assert _with(groups, "t") == ["t"]
    # one report telling the talks and an arrival two years before: two visits
    old = _visit("old", arrival="2022-02-12")
    groups = groups_after_batches(tmp_path / "b.duckdb", [[old, _timeless("t", HOST, MINISTER)]])
    assert _with(groups, "t") == ["t"]
    # the timeless report names the minister and a country: both days have them
    groups = groups_after_batches(tmp_path / "c.duckdb",
                                  [[_visit(), _timeless("t", MINISTER, RUSSIA)]])
    assert _with(groups, "t") == ["t"]


def test_batches_in_any_order_end_as_one_pass(tmp_path: Path) -> None:
    docs = [_visit(), _timeless("talks", HOST, MINISTER), _timeless("arrived", MINISTER, RUSSIA),
            _visit("other", arrival="2021-02-15", talks="2021-02-16")]
    one_pass = groups_after_batches(tmp_path / "one.duckdb", [docs[:3]])
    assert sorted(g[:-1] for g in one_pass) == [["arrived"], ["talks", "visit"], ["visit"]]
    one_pass = groups_after_batches(tmp_path / "all.duckdb", [docs])
    for groups in groups_after_shuffled_batches(tmp_path, docs, seed=13):
        assert groups == one_pass


def _item(mid: str, actor2: Actor, date: str | None, published: str | None) -> Item:
    return Item(mention_id=mid, block_key="CONSULT|c:IND|c:RUS|n0", doc_id=mid[0], position=0,
                published=dt.date.fromisoformat(published) if published else None, date=date,
                place=Place(key="geo:moscow", name="moscow", kind="city", country="RUS",
                            admin1=None),
                actor1=Actor("id:person:visiting-minister", "IND", "GOV"), actor2=actor2,
                date_text="Monday" if date else None)


def test_cluster_block_is_order_free() -> None:
    host = Actor("id:person:host-minister", "RUS", "GOV")
    russia = Actor("id:country:RUS", "RUS", "GOV")
    items = [_item("v1", russia, ARRIVAL, "2024-02-14"), _item("v2", host, TALKS, "2024-02-14"),
             _item("t1", host, None, None)]
    expected = sorted(sorted(i.mention_id for i in g) for g in cluster_block(list(items)))
    assert expected == [["t1", "v2"], ["v1"]]
    rng = random.Random(5)
    for _ in range(4):
        shuffled = rng.sample(items, len(items))
        assert sorted(sorted(i.mention_id for i in g) for g in cluster_block(shuffled)) == expected
