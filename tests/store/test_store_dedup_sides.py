"""Blocks by the actors' countries, not their sectors: a politician coded as a party leader
(PTY) in one report and as the head of government (GOV) in another, because office terms
depend on the event date each report gives, is one actor of one event; a store clustered by
the older rule (sector sides) has its block keys rebuilt and is re-clustered by its next
writer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from store_records import doc_record, event_groups

from ghatna.store.dedup import Actor, Item, actors_compatible, cluster_block
from ghatna.store.loader import Store
from ghatna.store.records import block_key

VISITOR = {"name": "Visiting PM", "id": "person:visiting-pm", "country": "NPL"}
HOST = {"name": "PM of India", "id": "person:pm-of-ind", "country": "IND", "sector": "GOV"}
NEPAL = {"name": "Nepal", "id": "country:NPL", "country": "NPL", "sector": "GOV"}
CONGRESS = {"name": "Nepali Party", "id": "org:nepali-party", "country": "NPL", "sector": "PTY"}


def _event(actor1: dict[str, Any], actor2: dict[str, Any], etype: str = "CONSULT",
           date: str = "2025-11-18") -> dict[str, Any]:
    return {"type": etype, "actor1": actor1, "actor2": actor2, "date": date,
            "date_text": "18 November", "location": None, "planned": False, "negated": False,
            "lang": "en", "confidence": 0.8, "sentence": "s", "span": [0, 1]}


def _record(doc_id: str, *events: dict[str, Any]) -> dict[str, Any]:
    return doc_record(doc_id, "2025-11-18", list(events))




def test_one_person_of_two_sectors_is_one_actor() -> None:
    as_party = Actor("id:person:visiting-pm", "NPL", "PTY")
    as_office = Actor("id:person:visiting-pm", "NPL", "GOV")
    assert actors_compatible(as_party, as_office)
    assert block_key(_event({**VISITOR, "sector": "PTY"}, HOST)) == \
        block_key(_event({**VISITOR, "sector": "GOV"}, HOST))
    # the sides stay what they were within the block: a party is not the state
    assert not actors_compatible(Actor("id:org:nepali-party", "NPL", "PTY"),
                                 Actor("id:country:NPL", "NPL", "GOV"))


def _item(mid: str, a1: Actor, a2: Actor, etype: str = "CONSULT") -> Item:
    return Item(mention_id=mid, block_key=f"{etype}|c:IND|c:NPL|n0", doc_id=mid, position=0,
                published=dt.date(2025, 11, 18), date="2025-11-18", place=None, actor1=a1,
                actor2=a2, date_text="18 November")


def test_reports_of_one_meeting_with_date_dependent_sectors_merge_others_do_not() -> None:
    host = Actor("id:person:pm-of-ind", "IND", "GOV")
    items = [_item("party", Actor("id:person:visiting-pm", "NPL", "PTY"), host),
             _item("office", host, Actor("id:person:visiting-pm", "NPL", "GOV")),
             _item("country", host, Actor("id:country:NPL", "NPL", "GOV")),
             # the same block, but a party and farmers are not the visiting head of government
             _item("a-party", Actor("id:org:nepali-party", "NPL", "PTY"), host),
             _item("farmers", Actor("id:group:farmers", "NPL", "CVL"), host)]
    groups = sorted(sorted(i.mention_id for i in c) for c in cluster_block(items))
    assert groups == [["a-party"], ["country", "office", "party"], ["farmers"]]


def test_the_event_keeps_the_office_sector_whichever_report_came_first() -> None:
    # the party-sector report sorts first (published first); the event then takes the
    # office-sector one, so a later report naming only the country still fits it
    def item(mid: str, visitor: Actor, day: int) -> Item:
        return Item(mention_id=mid, block_key="CONSULT|c:IND|c:NPL|n0", doc_id=mid,
                    position=0, published=dt.date(2025, 11, day), date="2025-11-18",
                    place=None, actor1=visitor, actor2=Actor("id:person:pm-of-ind", "IND", "GOV"),
                    date_text="18 November")
    items = [item("party", Actor("id:person:visiting-pm", "NPL", "PTY"), 18),
             item("office", Actor("id:person:visiting-pm", "NPL", "GOV"), 19),
             item("country", Actor("id:country:NPL", "NPL", "GOV"), 20)]
    assert [sorted(i.mention_id for i in c) for c in cluster_block(items)] == \
        [["country", "office", "party"]]
    # with no office-sector report, the country is not the party leader
    assert len(cluster_block([items[0], items[2]])) == 2


def test_store_merges_the_sectors_and_rekeys_an_older_rules_store(tmp_path: Path) -> None:
    records = [_record("party", _event({**VISITOR, "sector": "PTY"}, HOST)),
               _record("office", _event(HOST, {**VISITOR, "sector": "GOV"})),
               _record("nepal", _event(NEPAL, HOST)),
               _record("congress", _event(CONGRESS, HOST))]
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.load_records(records)
        store.finalize()
        one_pass = event_groups(store)
        assert one_pass == [["congress"], ["nepal", "office", "party"]]
        keys = store.con.execute("SELECT DISTINCT block_key FROM mentions").fetchall()
        assert keys == [("CONSULT|c:IND|c:NPL|n0",)]
        # as the older rule left it: sector sides, each block its own events
        store.con.execute("UPDATE mentions SET block_key = 'CONSULT|c:IND:state|c:NPL:' || "
                          "coalesce(actor1_sector, '') || doc_id, event_id = 'old-' || doc_id")
        store.con.execute("UPDATE meta SET value = '2' WHERE key = 'dedup_rule'")
    with Store(db) as store:  # the next writer rebuilds the keys and re-clusters
        assert store.pending() == 4
        assert store.con.execute("SELECT DISTINCT block_key FROM mentions").fetchall() == keys
        store.finalize()
        assert event_groups(store) == one_pass
        assert store.con.execute("SELECT count(*) FROM events").fetchall() == [(2,)]
