"""Dedup: "security forces" stand for the army and the police of their country alike
(``umbrella_groups.tsv``), so reports of one encounter naming either are one event; another
day, another town, another country or a civilian group stay apart. Records of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from ghatna.store.dedup import Actor, Item, Place, actors_compatible, cluster_block

SECURITY_FORCES = Actor("id:group:security forces", "IND", "POL")
ARMY = Actor("id:group:army", "IND", "MIL")
SOLDIERS = Actor("id:group:soldiers", "IND", "MIL")
NAMED_ARMY = Actor("id:org:indian-army", "IND", "MIL")
PARAMILITARY = Actor("id:org:crpf", "IND", "POL")
POLICE = Actor("id:group:police", "IND", "POL")
FOREIGN_ARMY = Actor("id:group:army", "PAK", "MIL")
VILLAGERS = Actor("id:group:villagers", "IND", "CVL")
OFFICIALS = Actor("id:group:officials", "IND", "GOV")
MILITANTS = Actor("id:group:militants", None, "REB")


@pytest.mark.parametrize("a,b,ok", [
    (SECURITY_FORCES, ARMY, True),          # the umbrella term and one of the forces under it
    (SECURITY_FORCES, SOLDIERS, True),
    (SECURITY_FORCES, NAMED_ARMY, True),
    (SECURITY_FORCES, PARAMILITARY, True),  # (its own sector, as before)
    (SECURITY_FORCES, FOREIGN_ARMY, False),  # another country's
    (SECURITY_FORCES, VILLAGERS, False),    # not civilians
    (SECURITY_FORCES, OFFICIALS, False),    # nor the civil administration
    (ARMY, POLICE, False),                  # two forces of two sectors stay two
    (NAMED_ARMY, PARAMILITARY, False),
])
def test_security_forces_cover_the_army_and_the_police(a: Actor, b: Actor, ok: bool) -> None:
    assert actors_compatible(a, b) is ok
    assert actors_compatible(b, a) is ok


KUPWARA = Place("geo:1", "kupwara", "city", "IND", "Jammu and Kashmir")
BARAMULLA = Place("geo:2", "baramulla", "city", "IND", "Jammu and Kashmir")


def _item(mid: str, agent: Actor, date: str = "2024-05-14", place: Place = KUPWARA) -> Item:
    return Item(mention_id=mid, block_key="ASSAULT|b", doc_id=mid, position=0,
                published=dt.date.fromisoformat(date), date=date, place=place, actor1=agent,
                actor2=MILITANTS, date_text=f"{date[8:]}.{date[5:7]}.")


def _groups(items: list[Item]) -> list[list[str]]:
    return sorted(sorted(i.mention_id for i in c) for c in cluster_block(items))


def test_one_encounter_told_with_security_forces_and_with_the_army() -> None:
    items = [_item("a", SECURITY_FORCES), _item("b", ARMY), _item("c", SECURITY_FORCES)]
    assert _groups(items) == [["a", "b", "c"]]
    assert _groups(items[::-1]) == [["a", "b", "c"]]


def test_the_event_keeps_the_army_so_the_police_elsewhere_stay_apart() -> None:
    # security forces, then the army: the event is the army's; the police's act is not it
    items = [_item("a", SECURITY_FORCES), _item("b", ARMY), _item("c", POLICE)]
    assert _groups(items) == [["a", "b"], ["c"]]


def test_encounters_of_another_day_or_town_stay_apart() -> None:
    items = [_item("a", SECURITY_FORCES), _item("b", ARMY, date="2024-05-16")]
    assert _groups(items) == [["a"], ["b"]]
    items = [_item("a", SECURITY_FORCES), _item("b", ARMY, place=BARAMULLA)]
    assert _groups(items) == [["a"], ["b"]]
