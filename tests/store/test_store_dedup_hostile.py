"""Dedup rule 10: armed groups and criminals are blocked by their sector, not their country,
and a generic group the report gave no country fits one of its sector from anywhere:
"militants attacked the patrol" and "Lashkar-e-Taiba attacked the patrol" that day in that town
are one attack; another town, another sector or a named person's country stay as they were.
A store keyed by the older rule is re-keyed and re-clustered by its next writer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from store_records import doc_record, event_groups

from ghatna.store.dedup import Actor, Item, Place, actors_compatible, cluster_block
from ghatna.store.loader import Store
from ghatna.store.records import block_key

ARMY = {"name": "army", "id": "group:army", "country": "IND", "sector": "MIL"}
NAMED_GROUP = {"name": "Lashkar", "id": "org:armed-outfit", "country": "PAK", "sector": "REB"}
UNPLACED = {"name": "militants", "id": "group:militants", "country": None, "sector": "REB"}
FOREIGN = {"name": "militants", "id": "group:militants", "country": "PAK", "sector": "REB"}
COMMANDER = {"name": "A Commander", "id": "person:outfit-chief", "country": "PAK",
             "sector": "REB"}
GANG = {"name": "gangsters", "id": "group:gangsters", "country": None, "sector": "CRM"}


def _event(actor1: dict[str, Any], actor2: dict[str, Any] | None = None,
           place: str = "Bandipora") -> dict[str, Any]:
    return {"type": "ASSAULT", "actor1": actor1, "actor2": actor2 or ARMY,
            "date": "2024-11-02", "date_text": "2 November",
            "location": {"name": place, "country": "IND"}, "planned": False,
            "negated": False, "lang": "en", "confidence": 0.8, "sentence": "s", "span": [0, 1]}


def test_armed_groups_of_any_country_share_a_block() -> None:
    key = block_key(_event(NAMED_GROUP))
    assert key == "ASSAULT|s:REB|c:IND|n0"
    assert block_key(_event(UNPLACED)) == key == block_key(_event(FOREIGN))
    # a named person keeps his country (a person's sector follows his role)
    assert block_key(_event(COMMANDER)) == "ASSAULT|c:PAK|c:IND|n0"
    # criminals are blocked by their own sector
    assert block_key(_event(GANG)) == "ASSAULT|s:CRM|c:IND|n0"
    # the state's side keeps its country
    assert block_key(_event(ARMY, UNPLACED)) == "ASSAULT|c:IND|s:REB|n0"


@pytest.mark.parametrize("a,b,ok", [
    (Actor("id:group:militants", None, "REB"), Actor("id:org:armed-outfit", "PAK", "REB"), True),
    (Actor("id:group:militants", None, "REB"), Actor("id:group:militants", "PAK", "REB"), True),
    (Actor("id:group:militants", "IND", "REB"), Actor("id:group:militants", "PAK", "REB"), False),
    (Actor("id:group:militants", None, "REB"), Actor("id:group:gangsters", "IND", "CRM"), False),
    (Actor("id:group:militants", None, "REB"), Actor("id:country:PAK", "PAK", "GOV"), False),
    (Actor("id:org:armed-outfit", "PAK", "REB"), Actor("id:org:other-outfit", "PAK", "REB"), False),
])
def test_a_group_without_a_country_fits_one_of_its_sector(a: Actor, b: Actor, ok: bool) -> None:
    assert actors_compatible(a, b) is ok
    assert actors_compatible(b, a) is ok


def _item(mid: str, agent: Actor, town: str) -> Item:
    return Item(mention_id=mid, block_key="ASSAULT|s:REB|c:IND|n0", doc_id=mid, position=0,
                published=dt.date(2024, 11, 2), date="2024-11-02",
                place=Place(f"name:{town}|IND", town, "city", "IND", "Jammu and Kashmir"),
                actor1=agent, actor2=Actor("id:group:army", "IND", "MIL"), date_text="2 November")


def test_one_attack_told_with_and_without_the_outfit() -> None:
    outfit = Actor("id:org:armed-outfit", "PAK", "REB")
    unplaced = Actor("id:group:militants", None, "REB")
    items = [_item("a", unplaced, "bandipora"), _item("b", outfit, "bandipora"),
             _item("c", unplaced, "baramulla")]
    assert sorted(sorted(i.mention_id for i in c) for c in cluster_block(items)) == \
        [["a", "b"], ["c"]]


def test_store_rekeys_an_older_rules_blocks(tmp_path: Path) -> None:
    records = [doc_record("outfit", "2024-11-02", [_event(NAMED_GROUP)]),
               doc_record("unplaced", "2024-11-02", [_event(UNPLACED)]),
               doc_record("elsewhere", "2024-11-02", [_event(UNPLACED, place="Baramulla")])]
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.load_records(records)
        store.finalize()
        one_pass = event_groups(store)
        assert one_pass == [["elsewhere"], ["outfit", "unplaced"]]
        # as rule 9 left it: the outfit in its country's block, the others in the group's
        store.con.execute("UPDATE mentions SET block_key = CASE WHEN doc_id = 'outfit' "
                          "THEN 'ASSAULT|c:PAK|c:IND|n0' ELSE 'ASSAULT|id:group:militants|"
                          "c:IND|n0' END, event_id = 'old-' || doc_id")
        store.con.execute("UPDATE meta SET value = '9' WHERE key = 'dedup_rule'")
    with Store(db) as store:  # the next writer rebuilds the keys and re-clusters
        store.finalize()
        assert event_groups(store) == one_pass
