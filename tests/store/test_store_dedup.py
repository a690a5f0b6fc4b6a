"""The dedup rule, piece by piece, and on the hand-built test set (Hindi, English, mixed)."""

from __future__ import annotations

import datetime as dt

import pytest
from store_dedup_set import hand_built_scores

from ghatna.store.dedup import (
    Actor,
    Item,
    Place,
    cluster_block,
    dates_compatible,
    is_relative,
    places_compatible,
    snap_day,
)
from ghatna.store.records import actor_key, block_key, norm_name


@pytest.mark.parametrize("a,b,ok", [
    ("2025-11-18", "2025-11-18", True),
    ("2025-11-18", "2025-11-19", False),
    ("2025-11-18", "2025-11", True),
    ("2025-11", "2025-10", False),
    ("2025-11", "2025", True),
    ("2025-11-18", "2024", False),
    (None, None, True),
    ("2025-11-18", None, False),
])
def test_dates_compatible(a: str | None, b: str | None, ok: bool) -> None:
    assert dates_compatible(a, b) is ok
    assert dates_compatible(b, a) is ok


def _place(name: str, kind: str = "city", country: str = "RUS", admin1: str | None = None) -> Place:
    key = f"country:{country}" if kind == "country" else f"name:{norm_name(name)}|{country}"
    return Place(key=key, name=norm_name(name), kind=kind, country=country, admin1=admin1)


def test_places_compatible() -> None:
    moscow, russia = _place("Moscow"), _place("Russia", "country")
    assert places_compatible(moscow, None)
    assert places_compatible(moscow, russia) and places_compatible(russia, moscow)
    assert not places_compatible(moscow, _place("Sochi"))
    assert not places_compatible(moscow, _place("India", "country", "IND"))
    punjab = _place("Punjab", "state", "IND")
    assert places_compatible(punjab, _place("Ludhiana", "city", "IND", admin1="Punjab"))
    assert not places_compatible(punjab, _place("Lucknow", "city", "IND", admin1="Uttar Pradesh"))


@pytest.mark.parametrize("hindi,english", [("पुतिन", "putin"), ("मॉस्को", "मॉस्को")])
def test_norm_name_is_stable(hindi: str, english: str) -> None:
    assert norm_name(hindi) == norm_name(hindi + "\u200d")
    assert norm_name("ज़ेलेंस्की") == norm_name("जेलेंस्की")
    assert norm_name("S. Jaishankar") == "s jaishankar"


def test_symmetric_types_ignore_actor_order() -> None:
    a = {"name": "A", "country": "IND"}
    b = {"name": "B", "id": "person:b"}
    for etype in ("CONSULT", "AGREE", "COOPERATE"):
        assert block_key({"type": etype, "actor1": a, "actor2": b}) == \
            block_key({"type": etype, "actor1": b, "actor2": a})
    assert block_key({"type": "ACCUSE", "actor1": a, "actor2": b}) != \
        block_key({"type": "ACCUSE", "actor1": b, "actor2": a})
    assert actor_key(b) == "id:person:b"
    assert actor_key(a) == "name:a|IND"


def _item(mid: str, date: str | None, published: str | None = "2025-11-20",
          place: Place | None = None) -> Item:
    return Item(mention_id=mid, block_key="k", doc_id=mid, position=0,
                published=dt.date.fromisoformat(published) if published else None, date=date,
                place=place)


def _between(mid: str, a1: Actor, a2: Actor, date: str | None, published: str | None,
             place: Place | None = None) -> Item:
    """A mention of an act of a1 on a2."""
    it = _item(mid, date, published, place)
    it.actor1, it.actor2 = a1, a2
    return it


def _groups(items: list[Item]) -> list[list[str]]:
    """The mention ids of each cluster, sorted."""
    return sorted(sorted(i.mention_id for i in c) for c in cluster_block(items))


def test_two_meetings_of_a_pair_stay_apart_and_month_joins_one() -> None:
    items = [_item("a", "2025-11-03"), _item("b", "2025-11-18"), _item("c", "2025-11-18"),
             _item("d", "2025-11")]
    clusters = _groups(items)
    # the month-precision report goes to the better attested meeting
    assert clusters == [["a"], ["b", "c", "d"]]


def test_undated_mention_joins_the_recent_event_only() -> None:
    items = [_item("a", "2025-11-18"), _item("b", None, published="2025-11-19"),
             _item("c", None, published="2026-02-01")]
    clusters = _groups(items)
    assert clusters == [["a", "b"], ["c"]]


def test_clustering_ignores_input_order() -> None:
    items = [_item("a", "2025-11-18"), _item("b", "2025-11"), _item("c", None),
             _item("d", "2025-11-03"), _item("e", "2025")]
    want = _groups(items)
    got = _groups(items[::-1])
    assert got == want


def test_hand_built_dedup_set_precision_recall() -> None:
    precision, recall, n_events, n_gold = hand_built_scores()
    print(f"dedup hand-built set: precision {precision:.3f} recall {recall:.3f}")
    assert precision == 1.0
    assert recall == 1.0
    assert n_events == n_gold


@pytest.mark.parametrize("date,text,relative", [
    ("2025-11-18", "Tuesday", True),
    ("2025-11-18", "yesterday", True),
    ("2025-11-18", "", True),                      # no date words: the report's own day
    ("2025-11-18", None, True),
    ("2025-11-18", "18 November", False),
    ("2025-11-18", "\u0967\u096e \u0928\u0935\u0902\u092c\u0930", False),  # Devanagari digits
    ("2025-11", "this month", False),              # only days are counted from the report
    (None, None, False),
])
def test_is_relative(date: str | None, text: str | None, relative: bool) -> None:
    assert is_relative(date, text) is relative


def _dated(mid: str, date: str, text: str) -> Item:
    return Item(mention_id=mid, block_key="k", doc_id=mid, position=0,
                published=dt.date(2025, 11, 20), date=date, place=None, date_text=text)


def test_relative_day_joins_the_calendar_day_next_to_it() -> None:
    # "Tuesday" counted from one report's day, "19 November" written in another: one event
    items = [_dated("a", "2025-11-19", "19 November"), _dated("b", "2025-11-18", "Tuesday")]
    assert _groups(items) == [["a", "b"]]
    # its own calendar day first, else the day before (a word counted from a later report),
    # else the day after; the same in any input order
    items = [_dated("a", "2025-11-17", "17 Nov"), _dated("b", "2025-11-19", "19 Nov"),
             _dated("c", "2025-11-19", "Wednesday"), _dated("d", "2025-11-18", ""),
             _dated("e", "2025-11-20", "Thursday"), _dated("f", "2025-11-16", "Sunday")]
    for order in (items, items[::-1]):
        groups = _groups(order)
        assert groups == [["a", "d", "f"], ["b", "c", "e"]]
    assert snap_day(10, {9, 11}) == 9 and snap_day(10, {10, 9}) == 10
    assert snap_day(10, {11}) == 11 and snap_day(10, {8, 12}) == 10


def test_days_that_are_not_relative_or_too_far_stay_apart() -> None:
    cases = [
        [_dated("a", "2025-11-19", "19 November"), _dated("b", "2025-11-18", "18 November")],
        [_dated("a", "2025-11-20", "20 November"), _dated("b", "2025-11-18", "Tuesday")],
        # two relative days: nothing fixes either, a day apart is two events
        [_dated("a", "2025-11-19", "Wednesday"), _dated("b", "2025-11-18", "Tuesday")],
    ]
    for items in cases:
        assert len(cluster_block(items)) == 2
        assert len(cluster_block(items[::-1])) == 2


def test_the_same_named_pair_on_one_day_is_one_event_wherever_each_report_places_it() -> None:
    modi, dahal = Actor("id:person:modi", "IND", "GOV"), Actor("id:person:dahal", "NPL", "GOV")
    police, farmers = Actor("id:group:police", "IND", "POL"), Actor("id:group:farmers", "IND",
                                                                     "CVL")
    delhi, kathmandu = _place("New Delhi", country="IND"), _place("Kathmandu", country="NPL")

    def item(mid: str, a1: Actor, a2: Actor, place: Place) -> Item:
        return _between(mid, a1, a2, "2025-11-18", "2025-11-20", place)

    named = [item("a", modi, dahal, delhi), item("b", modi, dahal, kathmandu)]
    assert len(cluster_block(named)) == 1
    # generic groups in two cities are two events (two different crowds)
    groups = [item("c", police, farmers, delhi), item("d", police, farmers, kathmandu)]
    assert len(cluster_block(groups)) == 2
    # an id-less name made from a bare title ("chief minister") is no one in particular
    cm = Actor("name:chief minister|IND", "IND", "GOV")
    titles = [item("e", cm, modi, delhi), item("f", cm, modi, kathmandu)]
    assert len(cluster_block(titles)) == 2


def test_an_act_between_two_states_placed_at_home_by_each_report_is_one_event() -> None:
    india = Actor("id:country:IND", "IND", "GOV")
    afghanistan = Actor("id:country:AFG", "AFG", "GOV")
    pakistan = Actor("id:country:PAK", "PAK", "GOV")
    delhi, kabul = _place("New Delhi", country="IND"), _place("Kabul", country="AFG")

    def item(mid: str, a1: Actor, a2: Actor, place: Place, date: str | None = "2021-08-20",
             published: str | None = "2021-08-20") -> Item:
        return _between(mid, a1, a2, date, published, place)

    # "भारत ने अफगानिस्तान को गेहूं भेजा" datelined New Delhi, "India sent wheat" from Kabul
    assert _groups([item("a", india, afghanistan, delhi), item("b", india, afghanistan, kabul)]) \
        == [["a", "b"]]
    # two reports without any day (timeless) too
    assert _groups([item("a", india, afghanistan, delhi, None, None),
                   item("b", india, afghanistan, kabul, None, None)]) == [["a", "b"]]
    # two towns of one of the two countries are two acts (shelling in two districts)
    assert _groups([item("a", india, pakistan, _place("Poonch", country="IND")),
                   item("b", india, pakistan, _place("Kupwara", country="IND"))]) == [["a"], ["b"]]
    # a place in a third country is no one's home: compared as ever
    assert _groups([item("a", india, afghanistan, delhi),
                   item("b", india, afghanistan, _place("Doha", country="QAT"))]) == [["a"], ["b"]]
    # a named actor and a group do not make a state's act: compared as ever
    farmers = Actor("id:group:farmers", "AFG", "CVL")
    assert _groups([item("a", india, farmers, delhi), item("b", india, farmers, kabul)]) \
        == [["a"], ["b"]]


def test_a_state_act_placed_in_either_whole_country_is_one_event() -> None:
    # "the US imposed a tariff on India" placed "United States", "Trump imposed it" placed
    # "India": no scene named, each report gives one side's country (dedup rule 10)
    usa, india = Actor("id:country:USA", "USA", "GOV"), Actor("id:country:IND", "IND", "GOV")
    president = Actor("id:person:us-president", "USA", "GOV")
    in_usa = Place("country:USA", "united states", "country", "USA", None)
    in_india = Place("country:IND", "india", "country", "IND", None)
    in_china = Place("country:CHN", "china", "country", "CHN", None)

    def item(mid: str, a1: Actor, a2: Actor, place: Place) -> Item:
        return _between(mid, a1, a2, "2025-08-06", "2025-08-06", place)

    assert _groups([item("a", usa, india, in_usa), item("b", president, india, in_india)]) \
        == [["a", "b"]]
    # a third country is no side's: compared as ever
    assert _groups([item("a", usa, india, in_usa), item("b", president, india, in_china)]) \
        == [["a"], ["b"]]
    # a town names a scene: compared as ever (a town in one country, the other country)
    washington = _place("Washington", country="USA")
    assert _groups([item("a", usa, india, washington), item("b", president, india, in_india)]) \
        == [["a"], ["b"]]
    # an actor outside the states (a country's farmers) does not make a state's act
    farmers = Actor("id:group:farmers", "IND", "CVL")
    assert _groups([item("a", usa, farmers, in_usa), item("b", president, farmers, in_india)]) \
        == [["a"], ["b"]]


def _timeless(mid: str, place: Place | None = None) -> Item:
    return Item(mention_id=mid, block_key="k", doc_id=mid, position=0, published=None,
                date=None, place=place)


def test_timeless_mention_joins_the_one_event_of_any_date_it_fits() -> None:
    # neither a date nor a publication day: it may be of any day, so it joins the one event
    # of its block that it fits and that shares its town (or a named actor) with it
    moscow, sochi = _place("Moscow"), _place("Sochi")
    items = [_item("a", "2019-03-02", published="2019-03-02", place=sochi),
             _item("b", "2025-11-18", place=moscow), _item("c", "2025-11-18"),
             _timeless("t", moscow)]
    assert _groups(items) == [["a"], ["b", "c", "t"]]
    # two such events: nothing tells which, it stays apart
    items.append(_item("d", "2021-05-05", published="2021-05-05", place=moscow))
    assert _groups(items) == [["a"], ["b", "c"], ["d"], ["t"]]
    # nothing but its block in common (no town, no named actor): apart
    alone = [_item("b", "2025-11-18", place=moscow), _timeless("t")]
    assert len(cluster_block(alone)) == 2


def test_timeless_mention_names_an_event_by_one_sides_actor_beside_a_named_one() -> None:
    lanka, navy = Actor("id:country:LKA", "LKA", "GOV"), Actor("id:org:sl-navy", "LKA", "MIL")
    fishers = Actor("id:group:fishermen", "IND", "CVL")
    india, japan = Actor("id:country:IND", "IND", "GOV"), Actor("id:country:JPN", "JPN", "GOV")
    minister = Actor("id:person:in-fm", "IND", "GOV")

    # "the Sri Lankan Navy freed the fishermen" (timeless) of "Sri Lanka freed the fishermen"
    freed = _between("a", lanka, fishers, "2021-03-27", "2021-03-28")
    assert _groups([freed, _between("t", navy, fishers, None, None)]) == [["a", "t"]]
    # "the foreign minister met Japan" (timeless) of "India and Japan met"
    met = _between("b", india, japan, "2019-11-30", "2019-11-30")
    assert _groups([met, _between("u", minister, japan, None, None)]) == [["b", "u"]]
    # neither side the event's own actor (a named one beside a country and a group): apart
    officials = Actor("id:group:officials", "JPN", "GOV")
    assert _groups([met, _between("v", minister, officials, None, None)]) == [["b"], ["v"]]
    # a generic group beside the same actor names nothing: apart
    sailors = Actor("id:group:sailors", "LKA", "MIL")
    assert _groups([freed, _between("w", sailors, fishers, None, None)]) == [["a"], ["w"]]
    # two such events: nothing tells which
    again = _between("c", lanka, fishers, "2022-01-05", "2022-01-05")
    assert _groups([freed, again, _between("t", navy, fishers, None, None)]) == [["a"], ["c"], ["t"]]


def test_timeless_mentions_change_no_other_event() -> None:
    moscow = _place("Moscow")
    dated = [_item("a", "2025-11-03", place=moscow), _item("b", "2025-11"), _item("c", None),
             _item("d", "2025-11-03", published="2025-11-04")]
    alone = _groups(list(dated))
    with_timeless = cluster_block(dated + [_timeless("t", moscow), _timeless("u")])
    assert any({"a", "t"} <= {i.mention_id for i in c} for c in with_timeless)
    assert sorted(sorted(i.mention_id for i in c if i.mention_id not in "tu")
                  for c in with_timeless if c != [] and {i.mention_id for i in c} != {"u"}) \
        == alone


def test_timeless_mention_keeps_to_its_place_and_joins_its_like() -> None:
    moscow, sochi = _place("Moscow"), _place("Sochi")
    items = [_item("a", "2025-11-18", place=moscow), _timeless("t", sochi),
             _timeless("u", sochi)]
    assert _groups(items) == [["a"], ["t", "u"]]
    # one that fits both goes to the better attested
    assert _groups(items + [_timeless("v")]) == [["a"], ["t", "u", "v"]]


def test_timeless_mention_between_two_countries_joins_the_one_event_of_its_block() -> None:
    # "भारत ने तुर्की को राहत सामग्री भेजी" (no date, no publication day) placed in Turkey, and
    # "India sent relief to Turkey" of one day placed in New Delhi: the block (type and both
    # countries) names the event when it holds one (dedup rule 11)
    india, turkey = Actor("id:country:IND", "IND", "GOV"), Actor("id:country:TUR", "TUR", "GOV")
    delhi, ankara = _place("New Delhi", country="IND"), _place("Turkey", "country", "TUR")
    sent = _between("a", india, turkey, "2023-02-07", "2023-02-07", delhi)
    assert _groups([sent, _between("t", india, turkey, None, None, ankara)]) == [["a", "t"]]
    # two such events: nothing tells which
    again = _between("b", india, turkey, "2020-05-01", "2020-05-01", delhi)
    assert _groups([sent, again, _between("t", india, turkey, None, None, ankara)]) \
        == [["a"], ["b"], ["t"]]
    # a generic group on one side names nothing
    rescuers = Actor("id:group:rescuers", "IND", "MIL")
    assert _groups([sent, _between("u", rescuers, turkey, None, None, ankara)]) == [["a"], ["u"]]


def test_one_persons_act_with_a_country_or_its_official_that_day_is_one_wherever_placed() -> None:
    # "Jaishankar met France" placed in Ukraine (the subject) and "Jaishankar held talks with
    # Colonna" placed in Bali, on one day: one meeting (a person is in one place that day)
    fm = Actor("id:person:in-fm", "IND", "GOV")
    france, colonna = Actor("id:country:FRA", "FRA", "GOV"), Actor("id:person:fr-fm", "FRA", "GOV")
    ukraine, bali = _place("Ukraine", "country", "UKR"), _place("Bali", country="IDN")

    def item(mid: str, a1: Actor, a2: Actor, place: Place, date: str | None = "2022-07-08",
             published: str | None = "2022-07-08") -> Item:
        return _between(mid, a1, a2, date, published, place)

    assert _groups([item("a", fm, france, ukraine), item("b", fm, colonna, bali)]) \
        == [["a", "b"]]
    # an organisation acts in many places at once: the army's shelling of India and of an
    # Indian post in two towns that day stay two
    army = Actor("id:org:pak-army", "PAK", "MIL")
    india, post = Actor("id:country:IND", "IND", "GOV"), Actor("id:org:in-army", "IND", "MIL")
    poonch, kupwara = _place("Poonch", country="IND"), _place("Kupwara", country="IND")
    assert _groups([item("c", army, india, poonch), item("d", army, post, kupwara)]) \
        == [["c"], ["d"]]
    # a generic group of its state ("French officials") names no one: compared as ever
    officials = Actor("id:group:officials", "FRA", "GOV")
    assert _groups([item("e", fm, france, ukraine), item("f", fm, officials, bali)]) \
        == [["e"], ["f"]]
    # timeless reports may be of any day: compared as ever
    assert _groups([item("g", fm, france, ukraine, None, None),
                    item("h", fm, colonna, bali, None, None)]) == [["g"], ["h"]]
