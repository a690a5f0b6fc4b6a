"""Dedup across actor names of different coarseness: a country for its state's people, a
generic group for a named actor of its sector, two generic groups of one sector (each rule
with a case that merges and one that must not)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from ghatna.store.dedup import (
    Actor,
    Item,
    Place,
    actors_compatible,
    cluster_block,
    sides_compatible,
)
from ghatna.store.records import block_key

INDIA = Actor("id:country:IND", "IND", "GOV")
INDIA_GOV = Actor("id:implicit:gov:IND", "IND", "GOV")
PM = Actor("id:person:pm-of-ind", "IND", "GOV")
FM = Actor("id:person:fm-of-ind", "IND", "GOV")
ARMY = Actor("id:org:army-of-ind", "IND", "MIL")
POLICE = Actor("id:group:police", "IND", "POL")
STATE_POLICE = Actor("id:org:state-police", "IND", "POL")
FARMERS = Actor("id:group:farmers", "IND", "CVL")
PROTESTERS = Actor("id:group:protesters", "IND", "CVL")
UNION = Actor("id:org:farm-union", "IND", "CVL")
LEADER = Actor("id:person:opposition-leader", "IND", "PTY")
VISITOR = Actor("id:person:visiting-pm", "NPL", "GOV")
NEPAL = Actor("id:country:NPL", "NPL", "GOV")
GOV_OF_INDIA = Actor("id:org:gov-ind", "IND", "GOV")
GOV_OF_BIHAR = Actor("id:org:gov-bihar", "IND", "GOV")
# unnamed actors the coder inferred (learned/implicit_targets.py): the government is the state,
# any other sector a generic group of it
UNNAMED_CIVILIANS = Actor("id:implicit:cvl:IND", "IND", "CVL")
UNNAMED_FORCES = Actor("id:implicit:mil:IND", "IND", "MIL")
VILLAGERS = Actor("id:group:villagers", "IND", "CVL")


@pytest.mark.parametrize("a,b,ok", [
    (INDIA, PM, True),               # a country stands for its government
    (INDIA, ARMY, True),             # ... and its forces
    (INDIA, INDIA_GOV, True),        # two names of the state
    (INDIA, FARMERS, False),         # not for its civilians
    (INDIA, LEADER, False),          # nor for an opposition party
    (INDIA, VISITOR, False),         # nor for another country's people
    (POLICE, STATE_POLICE, True),    # a generic group for a named actor of its sector
    (POLICE, ARMY, False),           # ... of another sector
    (FARMERS, PROTESTERS, True),     # two generic groups of one sector
    (FARMERS, POLICE, False),
    (PM, FM, False),                 # two named people never
    (GOV_OF_INDIA, INDIA, True),     # the national government is the state, like its country
    (GOV_OF_INDIA, PM, True),        # ... and stands for its prime minister's act
    (GOV_OF_BIHAR, INDIA, True),     # (a country for any actor of its state, as above)
    (GOV_OF_BIHAR, PM, False),       # a state's government is a named organisation
    (UNION, FARMERS, True),
    (UNNAMED_CIVILIANS, VILLAGERS, True),   # unnamed civilians are a group of their sector
    (UNNAMED_CIVILIANS, UNION, True),
    (UNNAMED_CIVILIANS, INDIA, False),      # ... not the state
    (UNNAMED_CIVILIANS, POLICE, False),
    (UNNAMED_FORCES, INDIA, True),          # unnamed forces are of the state
    (UNNAMED_FORCES, ARMY, True),
    (INDIA_GOV, PM, True),                  # the unnamed government is the state
    (None, None, True),
    (PM, None, False),
])
def test_actors_compatible(a: Actor | None, b: Actor | None, ok: bool) -> None:
    assert actors_compatible(a, b) is ok
    assert actors_compatible(b, a) is ok


def test_block_key_is_the_actors_countries_not_their_sectors() -> None:
    def key(a1: dict[str, Any], etype: str = "CONSULT") -> str:
        return block_key({"type": etype, "actor1": a1,
                          "actor2": {"id": "country:NPL", "country": "NPL", "sector": "GOV"}})
    pm = {"id": "person:pm-of-ind", "country": "IND", "sector": "GOV"}
    india = {"id": "country:IND", "country": "IND", "sector": None}
    army = {"id": "org:army-of-ind", "country": "IND", "sector": "MIL"}
    farmers = {"id": "group:farmers", "country": "IND", "sector": "CVL"}
    # one block: whether they may be one is actors_compatible's (farmers never are the PM)
    assert key(pm) == key(india) == key(army) == key(farmers) == "CONSULT|c:IND|c:NPL|n0"
    assert key({**pm, "sector": "PTY"}) == key(pm)  # a sector that depends on the date
    assert key({**pm, "country": "PAK"}) != key(pm)
    assert key(pm) != key(pm, "ACCUSE")
    # an actor without a country keeps its own key
    assert key({"name": "Somebody"}) != key({"name": "Somebody Else"})


def _item(mid: str, a1: Actor | None, a2: Actor | None, date: str | None = "2025-11-18",
          place: Place | None = None, etype: str = "CONSULT") -> Item:
    # dates written with their day number (not counted from the report date)
    return Item(mention_id=mid, block_key=f"{etype}|b", doc_id=mid, position=0,
                published=dt.date(2025, 11, 18), date=date, place=place, actor1=a1, actor2=a2,
                date_text=date and f"{date[8:]}.{date[5:7]}.")


def _groups(items: list[Item]) -> list[list[str]]:
    return sorted(sorted(i.mention_id for i in c) for c in cluster_block(items))


def test_country_report_joins_the_officials_meeting() -> None:
    items = [_item("a", VISITOR, PM), _item("b", VISITOR, INDIA), _item("c", PM, VISITOR)]
    assert _groups(items) == [["a", "b", "c"]]


def test_two_officials_meeting_one_visitor_that_day_are_one_meeting() -> None:
    # dedup rule 8: the PM's and the FM's meeting with one visitor that day, one event
    items = [_item("a", VISITOR, PM), _item("b", VISITOR, PM), _item("c", VISITOR, FM),
             _item("d", VISITOR, INDIA)]
    assert _groups(items) == [["a", "b", "c", "d"]]
    # the same in any input order
    assert _groups(items[::-1]) == [["a", "b", "c", "d"]]


def test_country_report_of_another_day_stays_apart() -> None:
    items = [_item("a", VISITOR, PM), _item("b", VISITOR, INDIA, date="2025-11-17")]
    assert _groups(items) == [["a"], ["b"]]


def test_asymmetric_types_keep_the_roles() -> None:
    items = [_item("a", POLICE, FARMERS, etype="COERCE"),
             _item("b", FARMERS, POLICE, etype="COERCE")]
    assert _groups(items) == [["a"], ["b"]]
    items = [_item("a", STATE_POLICE, FARMERS, etype="COERCE"),
             _item("b", POLICE, PROTESTERS, etype="COERCE")]
    assert _groups(items) == [["a", "b"]]


def test_generic_groups_in_two_cities_stay_apart() -> None:
    karnal = Place("name:karnal|IND", "karnal", "city", "IND", "Haryana")
    hisar = Place("name:hisar|IND", "hisar", "city", "IND", "Haryana")
    items = [_item("a", POLICE, FARMERS, place=karnal, etype="COERCE"),
             _item("b", POLICE, PROTESTERS, place=hisar, etype="COERCE"),
             _item("c", STATE_POLICE, FARMERS, place=karnal, etype="COERCE")]
    assert _groups(items) == [["a", "c"], ["b"]]


def test_event_keeps_its_most_specific_actors() -> None:
    # once a named official joined, the event is his: an opposition leader's meeting is not
    items = [_item("a", VISITOR, INDIA), _item("b", VISITOR, PM), _item("c", VISITOR, LEADER)]
    assert _groups(items) == [["a", "b"], ["c"]]
    assert _groups([_item("a", NEPAL, INDIA), _item("b", VISITOR, PM)]) == [["a", "b"]]


def test_store_event_shows_the_named_actor_of_a_merged_event(tmp_path: Any) -> None:
    from ghatna.store.loader import Store
    from ghatna.store.records import content_hash, doc_key

    visitor = {"name": "Visiting PM", "id": "person:visiting-pm", "country": "NPL",
               "sector": "GOV"}
    reports = [("r1", {"name": "India", "id": "country:IND", "country": "IND", "sector": None}),
               ("r2", {"name": "PM of India", "id": "person:pm-of-ind", "country": "IND",
                       "sector": "GOV"}),
               ("r3", {"name": "farmers", "id": "group:farmers", "country": "IND",
                       "sector": "CVL"})]
    records = []
    for doc_id, host in reports:
        text = f"report {doc_id}"
        chash = content_hash(text)
        event = {"type": "CONSULT", "actor1": visitor, "actor2": host, "date": "2025-11-18",
                 "location": None, "planned": False, "negated": False, "lang": "en",
                 "confidence": 0.8, "sentence": text, "span": [0, 1]}
        records.append({"kind": "doc", "doc_key": doc_key(doc_id, chash), "id": doc_id,
                        "content_hash": chash, "published": "2025-11-18", "lang": "en",
                        "length": len(text), "events": [event]})
    with Store(tmp_path / "s.duckdb") as store:
        store.load_records(records)
        store.finalize()
        events = store.con.execute(
            "SELECT n_mentions, actor2_key FROM events ORDER BY n_mentions DESC").fetchall()
    # India and its prime minister: one event shown with the named actor; the farmers apart
    assert events == [(2, "id:person:pm-of-ind"), (1, "id:group:farmers")]


OTHER_VISITOR = Actor("id:person:visiting-fm", "NPL", "GOV")
CHIEF_MINISTER = Actor("id:person:chief-minister", "IND", "GOV")
AGENCY = Actor("id:org:probe-agency", "IND", "POL")
OTHER_AGENCY = Actor("id:org:other-agency", "IND", "POL")
FOREIGN_PM = Actor("id:person:pm-of-pak", "PAK", "GOV")
POLL_BODY = Actor("id:org:election-body", "IND", "GOV")


@pytest.mark.parametrize("first,second,ok", [
    ((VISITOR, PM), (VISITOR, FM), True),           # one side the same, the other two office holders
    ((PM, VISITOR), (FM, VISITOR), True),
    ((AGENCY, CHIEF_MINISTER), (OTHER_AGENCY, CHIEF_MINISTER), True),   # two forces of one state
    ((VISITOR, PM), (OTHER_VISITOR, FM), False),    # both sides differ
    ((VISITOR, PM), (VISITOR, LEADER), False),      # another sector (a party, not the state)
    ((VISITOR, ARMY), (VISITOR, PM), False),        # MIL against GOV
    ((VISITOR, PM), (VISITOR, FOREIGN_PM), False),  # office holders of two countries
    ((PM, CHIEF_MINISTER), (PM, POLL_BODY), False),  # a person and an organisation
    ((VISITOR, PM), (NEPAL, FM), False),            # the other side only compatible, not the same
])
def test_office_holders_of_one_state(first: tuple[Actor, Actor], second: tuple[Actor, Actor],
                                     ok: bool) -> None:
    pairs = tuple(zip(first, second))
    assert sides_compatible(pairs[0], pairs[1]) is ok
    assert sides_compatible(pairs[0], pairs[1], peers=False) is False


def test_office_holders_of_one_state_stay_apart_on_another_day() -> None:
    items = [_item("a", VISITOR, PM), _item("b", VISITOR, FM, date="2025-11-19")]
    assert _groups(items) == [["a"], ["b"]]


def test_a_timeless_report_of_another_office_holder_stays_apart() -> None:
    # no date, no publication day: it may be of any day; only its own actors place it
    timeless = Item(mention_id="t", block_key="COERCE|b", doc_id="t", position=0,
                    published=None, date=None, place=None, actor1=AGENCY, actor2=CHIEF_MINISTER)
    dated = _item("a", OTHER_AGENCY, CHIEF_MINISTER, etype="COERCE")
    assert _groups([dated, timeless]) == [["a"], ["t"]]
    same = Item(mention_id="u", block_key="COERCE|b", doc_id="u", position=0,
                published=None, date=None, place=None, actor1=OTHER_AGENCY,
                actor2=CHIEF_MINISTER)
    assert _groups([dated, same]) == [["a", "u"]]
