"""Dedup rule 9: places that name one area differently. A region given inside a state and a
town of that state; a place the geocoder did not resolve, written "village, district", and
its district's town (each with a case that merges and one that must not)."""

from __future__ import annotations

import datetime as dt

import pytest

from ghatna.store.dedup import Actor, Item, Place, cluster_block, places_compatible
from ghatna.store.records import norm_name

POLICE = Actor("id:group:police", "IND", "POL")
FORCES = Actor("id:group:security forces", "IND", "POL")
REBELS = Actor("id:group:militants", "IND", "REB")
FARMERS = Actor("id:group:farmers", "IND", "CVL")


def _place(name: str, kind: str, admin1: str | None = None, country: str = "IND",
           geo: int | None = None) -> Place:
    key = f"geo:{geo}" if geo else f"name:{norm_name(name)}|{country}"
    return Place(key=key, name=norm_name(name), kind=kind, country=country, admin1=admin1)


# a region of the gazetteer carries the state it lies in (places.tsv), a geocoded town its state
VALLEY = _place("Kashmir", "region", admin1="Jammu and Kashmir")
HILLS = _place("Jammu", "region", admin1="Jammu and Kashmir")
SOPORE = _place("Sopore", "city", admin1="Jammu and Kashmir", geo=1)
KATHUA = _place("Kathua", "city", admin1="Jammu and Kashmir", geo=2)
SHIMLA = _place("Shimla", "city", admin1="Himachal Pradesh", geo=3)
STATE = _place("Jammu and Kashmir", "state")
HISAR = _place("Hisar", "city", admin1="Haryana", geo=4)
ROHTAK = _place("Rohtak", "city", admin1="Haryana", geo=5)
# "Rampura, Hisar": a village the geocoder does not know, written with its district
RAMPURA_HISAR = _place("Rampura, Hisar", "locality", admin1="Haryana")


@pytest.mark.parametrize("a,b,ok", [
    (VALLEY, SOPORE, True),          # a region and a town of its state
    (VALLEY, KATHUA, True),          # (which part of the state: the reports do not say)
    (VALLEY, SHIMLA, False),         # a town of another state
    (VALLEY, HILLS, False),          # two regions of one state
    (VALLEY, STATE, False),          # a region and its state: compared as before
    (STATE, SOPORE, True),           # a state and its town, as before
    (RAMPURA_HISAR, HISAR, True),    # "village, district" lies in the district's town
    (RAMPURA_HISAR, ROHTAK, False),  # not in another town of the state
    (_place("Rampura", "locality", admin1="Haryana"), HISAR, False),  # no district written
    (_place("Rampura, Hisar", "locality", country="PAK"), HISAR, False),  # another country
    (HISAR, ROHTAK, False),          # two towns of one state, as before
])
def test_places_that_name_one_area(a: Place, b: Place, ok: bool) -> None:
    assert places_compatible(a, b) is ok
    assert places_compatible(b, a) is ok


def _report(mid: str, a1: Actor, a2: Actor, place: Place, date: str | None = "2025-11-18",
            published: str | None = "2025-11-18") -> Item:
    return Item(mention_id=mid, block_key="ASSAULT|c:IND|c:IND|n0", doc_id=mid, position=0,
                published=dt.date.fromisoformat(published) if published else None, date=date,
                place=place, actor1=a1, actor2=a2)


def _groups(items: list[Item]) -> list[list[str]]:
    return sorted(sorted(i.mention_id for i in c) for c in cluster_block(items))


def test_an_encounter_told_in_the_region_and_in_its_town_is_one_event() -> None:
    # "security forces and militants exchanged fire in Sopore" and "police fought militants
    # in the valley" the same day: one encounter; one in Shimla that day is another
    items = [_report("town", FORCES, REBELS, SOPORE), _report("region", POLICE, REBELS, VALLEY),
             _report("elsewhere", POLICE, REBELS, SHIMLA)]
    assert _groups(items) == [["elsewhere"], ["region", "town"]]
    assert _groups(items[::-1]) == [["elsewhere"], ["region", "town"]]


def test_a_timeless_report_of_a_village_joins_the_one_event_of_its_district() -> None:
    # no date and no publication day: its village, written with the district, names the one
    # event in that district's town; with a second such event it stays apart
    timeless = _report("village", POLICE, FARMERS, RAMPURA_HISAR, date=None, published=None)
    in_hisar = _report("hisar", POLICE, FARMERS, HISAR)
    in_rohtak = _report("rohtak", POLICE, FARMERS, ROHTAK, "2025-11-20", "2025-11-20")
    assert _groups([timeless, in_hisar, in_rohtak]) == [["hisar", "village"], ["rohtak"]]
    again = _report("hisar-again", POLICE, FARMERS, HISAR, "2025-12-02", "2025-12-02")
    assert _groups([timeless, in_hisar, in_rohtak, again]) == \
        [["hisar"], ["hisar-again"], ["rohtak"], ["village"]]
