"""Dedup rule 12: reports of one story. Two documents that name two persons, organisations or
towns in common beyond the two mentions' own actors tell one story (``dedup.story_linked``);
then a mention of an event's very day is not compared by place (reports place one police
action at the dateline, the district or where the march began), and a timeless report joins
the one event of its block that a report of its story tells. Reports of the same block and day
that are not linked stay apart when their towns differ (farmers protest in many towns a day).
The store reads what each document names from its own mentions, so batches end as one pass."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

from store_records import doc_record, groups_after_batches, groups_after_shuffled_batches

from ghatna.store.dedup import (
    Actor,
    Cluster,
    Item,
    Place,
    cluster_block,
    story_linked,
    story_names,
)

POLICE = {"name": "police", "id": "group:police", "country": "IND", "sector": "POL"}
FARMERS = {"name": "farmers", "id": "group:farmers", "country": "IND", "sector": "CVL"}
MINISTER = {"name": "A Farm Minister", "id": "person:farm-minister", "country": "IND",
            "sector": "GOV"}
UNION_LEADER = {"name": "A Union Leader", "id": "person:union-leader", "country": "IND",
                "sector": "CVL"}
OTHER_LEADER = {"name": "Another Leader", "id": "person:other-leader", "country": "IND",
                "sector": "CVL"}
BOTH = [MINISTER, UNION_LEADER]
DAY = "2024-02-13"


def _event(etype: str, actor1: dict[str, Any], actor2: dict[str, Any], place: str,
           date: str | None = DAY, text: str | None = "13 February") -> dict[str, Any]:
    return {"type": etype, "actor1": actor1, "actor2": actor2, "date": date,
            "date_text": text if date else None,
            "location": {"name": place, "country": "IND", "kind": "city"}, "planned": False,
            "negated": False, "lang": "en", "confidence": 0.8, "sentence": "s", "span": [0, 1]}


def _report(doc_id: str, place: str, names: list[dict[str, Any]],
            published: str | None = DAY, dated: bool = True) -> dict[str, Any]:
    """A report of police acting against farmers in ``place`` and of the farmers' protest
    against each of ``names`` (another block: what ties the story)."""
    date = DAY if dated else None
    events = [_event("COERCE", POLICE, FARMERS, place, date)]
    events += [_event("PROTEST", FARMERS, named, place, date) for named in names]
    return doc_record(doc_id, published, events)


def _coerce_groups(groups: list[list[str]], docs: set[str]) -> list[list[str]]:
    """The events (documents, id left out) that hold a COERCE report of ``docs``."""
    return sorted(g[:-1] for g in groups if set(g[:-1]) & docs)


def test_two_reports_of_one_story_placed_in_two_towns_are_one_event(tmp_path: Path) -> None:
    # the Hindi report places the baton charge at the border post, the English one in the
    # district town; both tell the protest against the same minister and union leader
    hindi = _report("hi", "Shambhu", BOTH)
    english = _report("en", "Ambala", BOTH)
    groups = groups_after_batches(tmp_path / "a.duckdb", [[hindi, english]])
    # the baton charge is one; each protest is linked by one name only beyond its own actor
    # (the other leader), so the protests stay compared by place
    assert [g[:-1] for g in groups] == [["en"], ["en"], ["en", "hi"], ["hi"], ["hi"]]


def test_reports_that_share_nothing_else_stay_apart(tmp_path: Path) -> None:
    # the same block, the same day, two towns: two baton charges, each report its own story
    first = _report("a", "Shambhu", BOTH)
    second = _report("b", "Hisar", [OTHER_LEADER])
    bare = _report("c", "Jind", [])
    # one shared name is no link: many stories name one minister
    one_name = _report("d", "Sirsa", [MINISTER])
    groups = groups_after_batches(tmp_path / "a.duckdb", [[first, second, bare, one_name]])
    assert all(len(g[:-1]) == 1 for g in groups)


def test_a_timeless_report_joins_the_event_its_story_tells(tmp_path: Path) -> None:
    # two baton charges in Ambala, a year apart; a report without any date or publication
    # day names the minister that one of them was against
    story = _report("story", "Ambala", BOTH)
    older = doc_record("older", "2023-02-10",
                       [_event("COERCE", POLICE, FARMERS, "Ambala", "2023-02-10", "10 February"),
                        _event("PROTEST", FARMERS, OTHER_LEADER, "Ambala", "2023-02-10",
                               "10 February")])
    # it shares the minister and the town with the story's report, the town alone with the
    # older one
    timeless = _report("timeless", "Ambala", [MINISTER], published=None, dated=False)
    groups = groups_after_batches(tmp_path / "a.duckdb", [[story, older, timeless]])
    assert _coerce_groups(groups, {"older", "timeless"}) == [
        ["older"], ["older"], ["story", "timeless"], ["story", "timeless"]]
    # the same report naming nothing else fits both: nothing tells which, it stays apart
    alone = _report("alone", "Ambala", [], published=None, dated=False)
    groups = groups_after_batches(tmp_path / "b.duckdb", [[story, older, alone]])
    assert ["alone"] in [g[:-1] for g in groups]


def test_batches_in_any_order_end_as_one_pass(tmp_path: Path) -> None:
    docs = [_report("hi", "Shambhu", BOTH), _report("en", "Ambala", BOTH),
            _report("b", "Hisar", [OTHER_LEADER]), _report("c", "Jind", []),
            _report("timeless", "Ambala", [MINISTER], published=None, dated=False)]
    one_pass = groups_after_batches(tmp_path / "one.duckdb", [docs])
    assert ["en", "hi", "timeless"] in [g[:-1] for g in one_pass]
    for groups in groups_after_shuffled_batches(tmp_path, docs, seed=12):
        assert groups == one_pass


def _item(mid: str, place: str, story: frozenset[str]) -> Item:
    return Item(mention_id=mid, block_key="COERCE|c:IND|c:IND|n0", doc_id=mid, position=0,
                published=dt.date.fromisoformat(DAY), date=DAY,
                place=Place(key=f"name:{place}|IND", name=place, kind="city", country="IND",
                            admin1=None),
                actor1=Actor("id:group:police", "IND", "POL"),
                actor2=Actor("id:group:farmers", "IND", "CVL"), date_text="13 February",
                story=story)


def test_what_links_two_reports() -> None:
    names = story_names(["id:person:farm-minister", "id:group:police", "id:country:IND",
                         "id:org:gov-ind", "id:org:state-police"], ["geo:1"])
    assert names == {"id:person:farm-minister", "id:org:state-police", "@geo:1"}
    story = frozenset({"id:person:farm-minister", "@geo:1"})
    a, b = _item("a", "shambhu", story), _item("b", "ambala", story)
    assert story_linked(b, Cluster(seed=a, place=a.place, members=[a]))
    # one name is not enough
    c = _item("c", "ambala", frozenset({"id:person:farm-minister"}))
    assert not story_linked(c, Cluster(seed=a, place=a.place, members=[a]))
    # the mentions' own actor shared counts for nothing: the rule compares it anyway
    police = frozenset({"id:org:state-police", "@geo:1"})
    d, e = _item("d", "shambhu", police), _item("e", "ambala", police)
    d.actor1 = e.actor1 = Actor("id:org:state-police", "IND", "POL")
    assert not story_linked(e, Cluster(seed=d, place=d.place, members=[d]))


def test_clustering_is_order_free() -> None:
    minister = frozenset({"id:person:farm-minister", "id:person:union-leader"})
    items = [_item("a", "shambhu", minister), _item("b", "ambala", minister),
             _item("c", "hisar", frozenset({"id:person:union-leader"})),
             _item("d", "shambhu", frozenset())]
    expected = [["a", "b", "d"], ["c"]]
    rng = random.Random(5)
    for _ in range(6):
        shuffled = rng.sample(items, len(items))
        assert sorted(sorted(i.mention_id for i in g) for g in cluster_block(shuffled)) == expected
