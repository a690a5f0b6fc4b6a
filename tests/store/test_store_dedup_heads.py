"""Dedup rule 10: a state's government (or a Union ministry) and the person who headed it on the
event's day are one actor (``office_bodies.tsv`` with ``offices.tsv``); on another day, or for
another person or body, they stay apart. Real knowledge-base ids, records of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from ghatna.store.dedup import Actor, Item, Place, actors_compatible, cluster_block
from ghatna.store.heads import heads
from ghatna.tsv import load_table

PUNJAB_GOV = Actor("id:org:gov-punjab", "IND", "GOV")
HARYANA_GOV = Actor("id:org:gov-haryana", "IND", "GOV")
MANN = Actor("id:person:bhagwant-mann", "IND", "GOV")  # chief minister of Punjab from 2022-03-16
PM = Actor("id:person:narendra-modi", "IND", "GOV")
HOME_MINISTER = Actor("id:person:amit-shah", "IND", "GOV")
MEA = Actor("id:org:mea-ind", "IND", "GOV")
JAISHANKAR = Actor("id:person:s-jaishankar", "IND", "GOV")  # external affairs minister from 2019-05-30
CENTRE = Actor("id:implicit:gov:IND", "IND", "GOV")
FARMERS = Actor("id:group:farmers", "IND", "CVL")
CHINA = Actor("id:country:CHN", "CHN", "GOV")


def _day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


@pytest.mark.parametrize("a,b,day,ok", [
    (PUNJAB_GOV, MANN, "2022-03-24", True),     # the state's government and its chief minister
    (PUNJAB_GOV, MANN, "2021-03-24", False),    # ... not before he took office
    (HARYANA_GOV, MANN, "2022-03-24", False),   # ... nor another state's government
    (PUNJAB_GOV, PM, "2022-03-24", False),      # nor the prime minister
    (MEA, JAISHANKAR, "2023-06-01", True),      # a ministry and its minister
    (MEA, JAISHANKAR, "2018-06-01", False),     # ... before his term
    (MEA, HOME_MINISTER, "2023-06-01", False),  # ... another minister
    (PUNJAB_GOV, MANN, None, False),            # no day: nothing says who was in office
])
def test_a_body_and_who_headed_it_that_day(a: Actor, b: Actor, day: str | None,
                                           ok: bool) -> None:
    when = _day(day) if day else None
    assert actors_compatible(a, b, when) is ok
    assert actors_compatible(b, a, when) is ok


def test_without_a_day_two_named_actors_stay_different() -> None:
    assert actors_compatible(PUNJAB_GOV, MANN) is False


def test_every_body_is_an_organisation_of_the_knowledge_base() -> None:
    orgs = {row["id"] for row in load_table("actors.tsv") if row["kind"] == "org"}
    roles = {row["role"] for row in load_table("offices.tsv")}
    for row in load_table("office_bodies.tsv"):
        assert row["body"] in orgs, row
        assert row["role"] in roles, row


def test_heads_reads_open_and_closed_terms() -> None:
    assert heads(MANN.key, PUNJAB_GOV.key, _day("2025-01-01"))      # an open term
    assert not heads(MANN.key, PUNJAB_GOV.key, _day("2022-03-15"))  # the day before it began
    assert not heads(PUNJAB_GOV.key, MANN.key, _day("2025-01-01"))  # a body heads no person


def _item(mid: str, a1: Actor, a2: Actor | None, date: str = "2022-03-24",
          etype: str = "REQUEST") -> Item:
    return Item(mention_id=mid, block_key=f"{etype}|b", doc_id=mid, position=0,
                published=dt.date.fromisoformat(date), date=date, place=None, actor1=a1,
                actor2=a2, date_text=f"{date[8:]}.{date[5:7]}.")


def _groups(items: list[Item]) -> list[list[str]]:
    return sorted(sorted(i.mention_id for i in c) for c in cluster_block(items))


def test_government_request_joins_its_chief_ministers_request_that_day() -> None:
    # "the Punjab government asked the Centre", "Mann asked the PM", "Mann asked the home
    # minister": one request; the event keeps the person, so the second office holder of the
    # other side still fits (dedup rule 8)
    items = [_item("a", PUNJAB_GOV, CENTRE), _item("b", MANN, PM), _item("c", MANN, HOME_MINISTER)]
    assert _groups(items) == [["a", "b", "c"]]
    assert _groups(items[::-1]) == [["a", "b", "c"]]


def test_government_request_of_another_day_stays_apart() -> None:
    items = [_item("a", PUNJAB_GOV, CENTRE, date="2022-03-20"), _item("b", MANN, PM)]
    assert _groups(items) == [["a"], ["b"]]


def test_before_the_term_the_government_and_the_man_are_two_actors() -> None:
    items = [_item("a", PUNJAB_GOV, CENTRE, date="2021-03-24"),
             _item("b", MANN, PM, date="2021-03-24")]
    assert _groups(items) == [["a"], ["b"]]


def test_ministry_and_minister_reject_one_claim() -> None:
    ministry = _item("a", MEA, CHINA, "2023-06-01", "REJECT")
    minister = _item("b", JAISHANKAR, CHINA, "2023-06-01", "REJECT")
    other = _item("c", HOME_MINISTER, CHINA, "2023-06-01", "REJECT")
    assert _groups([ministry, minister]) == [["a", "b"]]
    # the home minister heads another ministry: the MEA's rejection is not his
    assert _groups([ministry, other]) == [["a"], ["c"]]


def test_protest_against_a_government_and_its_chief_minister() -> None:
    items = [_item("a", FARMERS, PUNJAB_GOV, etype="PROTEST"),
             _item("b", FARMERS, MANN, etype="PROTEST"),
             _item("c", FARMERS, HARYANA_GOV, etype="PROTEST")]
    assert _groups(items) == [["a", "b"], ["c"]]


SPOKESPERSON = Actor("id:person:randhir-jaiswal", "IND", "GOV")  # the MEA's from 2024-01-01


def _placed(mid: str, a1: Actor, place: Place, date: str = "2024-03-14") -> Item:
    item = _item(mid, a1, CHINA, date, "REJECT")
    item.place = place
    return item


def test_spokesperson_speaks_for_the_ministry_wherever_each_report_places_it() -> None:
    # one report places the rejection at the ministry's seat, the other where the claim is:
    # the place is what reports get wrong, not who rejected whom that day
    delhi = Place("geo:1", "new delhi", "city", "IND", "Delhi")
    disputed = Place("geo:2", "itanagar", "city", "IND", "Arunachal Pradesh")
    items = [_placed("a", MEA, delhi), _placed("b", SPOKESPERSON, disputed)]
    assert _groups(items) == [["a", "b"]]
    # ... before his term (the predecessor spoke), two actors in two places
    items = [_placed("a", MEA, delhi, "2023-03-14"), _placed("b", SPOKESPERSON, disputed,
                                                             "2023-03-14")]
    assert _groups(items) == [["a"], ["b"]]
    # ... and another body's man is not its voice
    items = [_placed("a", MEA, delhi), _placed("b", HOME_MINISTER, disputed)]
    assert _groups(items) == [["a"], ["b"]]


CONGRESS = Actor("id:org:inc", "IND", "PTY")
BJP = Actor("id:org:bjp", "IND", "PTY")
KHARGE = Actor("id:person:mallikarjun-kharge", "IND", "PTY")  # Congress president from 2022-10-26
NADDA = Actor("id:person:jp-nadda", "IND", "PTY")


@pytest.mark.parametrize("a,b,day,ok", [
    (CONGRESS, KHARGE, "2024-03-01", True),    # a party and its president that day
    (BJP, KHARGE, "2024-03-01", False),        # ... not another party's (one office, many bodies)
    (CONGRESS, NADDA, "2024-03-01", False),
    (BJP, NADDA, "2024-03-01", True),
    (CONGRESS, KHARGE, "2021-03-01", False),   # ... not before his term
])
def test_a_party_and_its_president(a: Actor, b: Actor, day: str, ok: bool) -> None:
    assert actors_compatible(a, b, _day(day)) is ok
    assert actors_compatible(b, a, _day(day)) is ok
