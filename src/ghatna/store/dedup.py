"""Deduplication: which mentions report the same real-world event.

The rule (written down in ``docs/store.md``):

1. **Block**: two mentions can only be one event when they have the same PLOVER type, the
   same actor countries (an actor without one: its own key; for CONSULT, AGREE and COOPERATE
   in either order; not the sectors: an office holder's depends on the event date; armed
   groups and criminals, unless a person, by their sector whatever their country) and the
   same ``negated`` flag (a denial is a different fact from the occurrence). See
   :func:`ghatna.store.records.block_key`. An unresolved name (no knowledge-base id) is
   compared, and without a country blocked, by its spelling key
   (:func:`ghatna.store.records.spelling_key`: "Satyendar Jain" and "Satyendra Jain", one
   written from Hindi, one by an English report, are one actor). Within a block the actors
   must be compatible (:func:`actors_compatible`: the same canonical key whatever sector each
   report gives it, a country or its national government for an actor of its state, a
   generic group for an actor of its sector); or, on one side, two different named actors of
   one country and one state sector (GOV, MIL, POL, JUD, LEG: :func:`state_peers`) while the
   other side is the very same actor (:func:`sides_compatible`; two persons or two
   organisations): the foreign minister's and
   the prime minister's meeting with one visitor that day are one meeting, as the shared
   scorer counts them; not for a timeless mention. A state's government or a ministry and the
   person at its head on the mention's day are one actor (:func:`_heads`); "security forces"
   stand for the army and the police of their country alike (:func:`_covers`). An event keeps
   its most specific actors.
2. **Dates** are intervals (a day, a month, a year). Two dated mentions are compatible when one
   interval contains the other: same day, or a day inside the other's month or year, or a month
   inside the other's year. A relative day (a weekday, "today": :func:`is_relative`) counts
   on the calendar-named day of its block that is its own, else the day before, else the day
   after (:func:`snap_day`); a day told by no date words at all (the report's own day) that
   no calendar day fixes counts on the day before when a report of that day named it in
   words as its own ("today", a Wednesday report's "Wednesday") and none names its own day so
   (:func:`snap_report_day`); such a day that fits no event of its own joins one named by a
   calendar day within the week before (:func:`_earlier_in_week`: the report tells a recent
   act without its day). A mention without a date is compatible with an event dated within
   the week up to its document's publication day (news reports what just happened), else with
   an undated event first reported within that week. A *timeless* mention, with neither a
   date nor a publication day, may be of any day: it comes last and joins the one event of
   its block, whatever its date, that its actors and place fit and that shares a named actor
   or its town with it, or the very actor of one side beside a named actor of the other,
   or whose two actors are countries (:func:`_names_it`) or, when its date text names a weekday (the report said "Saturday"
   with no day to count it from), that lies on that weekday (or the day before an event
   dated only by its report's day: :func:`_places_it`), when there is exactly one such
   event; else, of those events (or, its text naming no weekday, of all it fits), the one
   that a report of its story tells (:func:`story_linked`); else, when those events are
   the days of one visit told by one report (:func:`_one_visit`) and the one event among
   them with both of its very named actors (:func:`_tells_both_sides`); else it joins another
   timeless one. So every event a mention can join starts within its footprint (:func:`footprint`; a
   timeless mention's is every day), which lets a new batch be clustered with the runs of
   mentions it overlaps only (:func:`affected_mentions`).
3. **Places** are compatible when one is missing, they are the same place (GeoNames id,
   gazetteer id, or normalised name + country), or one is a country (or state) and the other
   lies in it, or one is a region given inside a state and the other a town of that state
   ("Kashmir" and Bandipora: :func:`_in_area`), or one is a place the geocoder did not
   resolve written "village, district" whose name ends with the other town's
   (:func:`_named_inside`; a timeless mention's town names an event the same way). Places are not compared when both actors are the same named person or
   organisation, or one is and the other side is a country in both (one report places Modi's
   talks with Dahal in New Delhi, another in the dateline's Kathmandu; Trump's tariff on
   India is placed in Washington or in India: the place is what reports get wrong, not who
   did what to whom that day; a body and who acted for it that day count as the same named
   actor here); nor when one side is the same named person and the other a country and a
   named actor of its state, in mentions placed in time (:func:`_person_there`). Nor when both sides are countries and each report places the
   act in a different one of them (India's aid to Afghanistan told from New Delhi and from
   Kabul); two towns of one country are compared as ever. Nor for a mention of an event's
   very day whose report tells the event's story: the two documents name two persons,
   organisations or towns in common beyond the mentions' own actors (:func:`story_linked`,
   :func:`_linked_same_day`); an event whose place fits is preferred to one that fits so.
4. **Clustering** is greedy but order-free: mentions are sorted by date precision (day, month,
   year, none), then date, publication day, document id and position; each joins the first
   compatible event, and a coarse mention that fits several events joins the one with the most
   mentions (ties: the earliest). The result depends only on the *set* of mentions in a block,
   so it is the same for any number of workers, any input order, and after a crash and re-run.
   **Announcements** (``planned``: "will meet on Tuesday", "announced tariffs") are clustered
   apart from the reports of what happened, then each planned event joins the occurrence that
   fulfils it (:func:`_join_plans`): actors and place fit, and the planned day is the
   occurrence's or a day next to it, or the plan is undated and the occurrence lies within a
   week of its publication day (the nearest one). The event is the occurrence (its date; its
   representative mention is not planned). A plan that nothing fulfils stays an event of its
   own; a plan for a month or a year is not matched to a day.
5. **Event id**: a hash of the block key and the id of the event's earliest mention in
   (publication day, document id, position) order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Set
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TypeVar

from ..ontology import sector_group, symmetric_types
from ..pipeline.calendar_words import calendar_words
from ..resources import surface_key
from ..tsv import load_table
from .heads import heads
from .records import actor_level, norm_name, short_hash, spelling_key

K = TypeVar("K", bound=Hashable)

#: How far before its publication day an undated mention may place its event.
UNDATED_WINDOW_DAYS = 7

#: How far after its publication day an undated *planned* mention ("will meet", "announced
#: tariffs") may place the occurrence it joins (see :func:`_plan_window`).
PLAN_WINDOW_DAYS = 7

#: How many names (persons, organisations, towns) two reports must share, beyond the
#: mentions' own actors, to tell one story (:func:`story_linked`).
STORY_LINK_NAMES = 2

#: The version of this rule. A store clustered by another version (kept in its ``meta`` table,
#: key ``dedup_rule``) has all of its mentions re-clustered by its next writer
#: (``loader.Store``), so a store always ends as one pass of the current rule would leave it.
#: Bump it whenever a change of this module or of ``records.block_key`` can change any event
#: id; the next writer also rebuilds the stored block keys. (2: a timeless mention joins the
#: one event of any date that it fits and that shares a named actor or its town. 3: blocks by
#: the actors' countries, not their date-dependent sectors. 4: announcements share the block
#: of the occurrence and join it when the dates agree. 5: an unnamed actor of a sector other
#: than government, ``id:implicit:cvl:IND``, is a generic group of it, not the state. 6: a
#: timeless mention whose date text names a weekday joins the one event on that weekday.
#: 7: a timeless mention also names an event by one side's very actor beside a named actor
#: of the other, and its weekday may be the day before an event dated by its report's day;
#: places are not compared for two states' act placed by each report in a country of its own.
#: 8: two named actors of one state sector on one side fit when the other side is the same.
#: 9: a region given inside a state fits a town of that state; "village, district" lies in
#: its district's town; a report's own day with no date words moves to the day before when
#: a report of that day named it as its own. 10: a body (a state's government, a ministry, the
#: army, a party) and the person who acted for it on the mention's day are one actor;
#: "security forces" cover the army and the police; two states' act placed in either whole
#: country; armed groups and criminals blocked by sector, a group with no country fits one
#: of its sector. 11: a mention dated by its report's day alone joins an event named by a
#: calendar day in the week before when none on its day fits; a timeless mention between two
#: countries names the one event of its block; places are not compared when one side is the
#: same person and the other a country and an actor of its state. 12: reports of one story,
#: whose documents name two persons, organisations or towns in common beyond the mentions'
#: own actors: a mention of an event's very day is not compared by place, and a timeless
#: mention joins the one event its story's report tells. 13: a timeless mention of two named
#: actors that fits several days of one visit told by one report joins the day whose event has
#: those very two actors; an unresolved name is compared, and without a country blocked, by
#: its spelling key, ``records.spelling_key``.)
DEDUP_RULE = "13"

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
_PLACE_RANK = {"country": 0, "state": 1, "admin1": 1, "region": 1}  # anything else: 2 (city...)


@dataclass(slots=True)
class Place:
    """The parts of a location dedup compares."""

    key: str
    name: str
    kind: str | None
    country: str | None
    admin1: str | None

    @property
    def rank(self) -> int:
        """0 country, 1 state/region, 2 anything more specific."""
        if self.kind == "country" or self.key.startswith("country:"):
            return 0
        return _PLACE_RANK.get(self.kind or "", 2)


@dataclass(frozen=True, slots=True)
class Actor:
    """The parts of an actor dedup compares (the block already fixed its country and side)."""

    key: str
    country: str | None = None
    sector: str | None = None

    @property
    def level(self) -> int:
        """0 a country, 1 a generic group, 2 a named person or organisation."""
        return actor_level(self.key)


def actors_compatible(a: Actor | None, b: Actor | None, day: int | None = None) -> bool:
    """The same actor, or a coarse name for it: a country for anyone of its state (its
    government, forces, police, courts), a generic group for a named actor of its country and
    sector, a state's government or a ministry for who headed it on ``day`` (:func:`_heads`).
    Two other different named actors, or two different groups, never are."""
    if a is None or b is None:
        return a is None and b is None
    if a.key == b.key:  # (one generic name, two countries: two groups, blocked together
        return a.level != 1 or not (a.country and b.country and a.country != b.country)
    if not a.country or a.country != b.country:  # armed groups are blocked by sector)
        return _unplaced_group(a, b) or _unplaced_group(b, a)
    coarse, fine = (a, b) if a.level <= b.level else (b, a)
    if coarse.level == 0:
        return fine.level == 0 or fine.sector in sector_group("state")
    if coarse.level == 2:
        return _heads(a, b, day) or _heads(b, a, day)
    return coarse.level == 1 and ((coarse.sector is not None and coarse.sector == fine.sector)
                                  or _covers(coarse, fine) or _covers(fine, coarse))


def _unplaced_group(group: Actor, other: Actor) -> bool:
    """A generic group the report gave no country and a group or a named organisation of its
    sector from anywhere: "militants attacked the patrol" and "Lashkar-e-Taiba attacked it"
    (the block, by sector for armed groups and criminals, already holds them together)."""
    return (group.level == 1 and not group.country and group.sector is not None
            and group.sector == other.sector and other.level >= 1)


@cache
def _umbrella_sectors() -> dict[str, frozenset[str]]:
    """A generic group's key -> the sectors it stands for (``umbrella_groups.tsv``)."""
    return {f"id:group:{row['name']}": sector_group(row["sectors"])
            for row in load_table("umbrella_groups.tsv")}


def _covers(group: Actor, other: Actor) -> bool:
    """Whether a generic group stands for every force of several sectors and ``other`` is of
    one of them: "security forces" for the army, the paramilitary forces and the police that
    other reports of one encounter name."""
    return (group.level == 1 and other.key != group.key
            and other.sector in _umbrella_sectors().get(group.key, frozenset()))


def _heads(person: Actor, body: Actor, day: int | None) -> bool:
    """A person who held, on ``day``, an office acting for a body (``office_bodies.tsv`` with
    ``offices.tsv``: a state's chief minister its government, a Union minister or the MEA's
    spokesperson his ministry, the army chief the army): "the Punjab government sought" and
    "Chief Minister Mann sought" that day name one actor, as the shared scorer counts them
    (same country and sector)."""
    return (_kind(person.key) == "person" and _kind(body.key) == "org"
            and heads(person.key, body.key, day))


def sides_compatible(first: tuple[Actor | None, Actor | None],
                     second: tuple[Actor | None, Actor | None], peers: bool = True,
                     day: int | None = None) -> bool:
    """The actors of an event and of a report of it, side by side: both sides compatible
    (:func:`actors_compatible`), or (with ``peers``) one side two office holders of one state
    (:func:`state_peers`) while the other side is the very same actor: "India's foreign
    minister met Russia's" and "Modi met Putin" that day are one meeting, as they are one
    event to the shared scorer (same country and sector)."""
    one, two = actors_compatible(*first, day), actors_compatible(*second, day)
    if one and two:
        return True
    if not peers:
        return False
    return ((two and _same_actor(*second) and state_peers(*first))
            or (one and _same_actor(*first) and state_peers(*second)))


def _same_actor(a: Actor | None, b: Actor | None) -> bool:
    return a is not None and b is not None and a.key == b.key


def state_peers(a: Actor | None, b: Actor | None) -> bool:
    """Two different named actors of one kind (two persons, two organisations), one country
    and one sector of its state (GOV, MIL, POL, JUD, LEG: ``sector_names.tsv`` group
    ``state``): two reports naming different office holders or agencies for one state's act.
    A person and an organisation are not (the PM thanking the election body and congratulating
    a chief minister are two acts)."""
    return (a is not None and b is not None and a.level == 2 and b.level == 2
            and a.key != b.key and _kind(a.key) == _kind(b.key)
            and bool(a.country) and a.country == b.country
            and a.sector is not None and a.sector == b.sector
            and a.sector in sector_group("state"))


def _kind(key: str) -> str:
    """What a named actor's key names: ``person``, ``org`` (``id:person:...``), or ``name``
    for a name the knowledge base does not hold."""
    parts = key.split(":", 2)
    return parts[1] if parts[0] == "id" and len(parts) == 3 else "name"


def _office_day(item: Item | Cluster) -> int | None:
    """The day on which a mention (or an event: its seed) tells who held an office."""
    return (item if isinstance(item, Item) else item.seed).office_day


def _finer(a: Actor | None, b: Actor | None) -> Actor | None:
    """The more specific of two compatible actors (the first on a tie). Of one actor given
    two sectors (a politician out of office at one report's date and in it at another's),
    the state's: one report of an office holder's act shows him acting for his country. Of a
    body and the person who headed it (:func:`_heads`), the person: the other reports of his
    act name him."""
    if a is None or (b is not None and b.level > a.level):
        return b
    if b is not None and b.level == a.level == 2 and (_kind(a.key), _kind(b.key)) == ("org",
                                                                                      "person"):
        return b
    if b is not None and b.level == a.level == 1 and _covers(a, b) and not _covers(b, a):
        return b  # "security forces", then "the army": the event is the army's
    if (b is not None and b.key == a.key and b.sector in sector_group("state")
            and a.sector not in sector_group("state")):
        return b
    return a


@dataclass(slots=True)
class Item:
    """One mention as dedup sees it."""

    mention_id: str
    block_key: str
    doc_id: str
    position: int
    published: dt.date | None
    date: str | None
    place: Place | None
    actor1: Actor | None = None
    actor2: Actor | None = None
    date_text: str | None = None
    interval: tuple[int, int] | None = None  # ordinal days, inclusive
    precision: int = 3  # 0 day, 1 month, 2 year, 3 none
    relative: bool = False  # a day counted from the report date (see is_relative)
    symmetric: bool = False  # a type whose actors may come in either order
    planned: bool = False  # announced, intended or scheduled, not (yet) reported as done
    weekday: int | None = None  # undated: the weekday its text names (0 Monday), if one
    story: frozenset[str] = frozenset()  # what its document names anywhere (story_names)

    def __post_init__(self) -> None:
        self.interval, self.precision = date_interval(self.date)
        self.relative = is_relative(self.date, self.date_text)
        self.symmetric = self.block_key.split("|", 1)[0] in symmetric_types()
        self.weekday = weekday_named(self.date_text) if self.interval is None else None

    def snap(self, calendar_days: Set[int], today_days: Set[int] = frozenset()) -> None:
        """A relative day moves to the calendar day next to it (see :func:`snap_day`); a day
        told by no date words at all, else, to the day before when another report named that
        day in words as its own (see :func:`snap_report_day`)."""
        written, _ = date_interval(self.date)
        if self.relative and written is not None:
            day = _snapped(written[0], bool(self.date_text), (calendar_days, today_days))
            self.interval = (day, day)

    @property
    def office_day(self) -> int | None:
        """The day on which who held an office matters (:func:`_heads`): its day, or for an
        undated report its publication day; none for a month, a year or no time at all."""
        if self.precision == 0 and self.interval is not None:
            return self.interval[0]
        if self.interval is None and self.published is not None:
            return self.published.toordinal()
        return None

    @property
    def report_day(self) -> bool:
        """Dated by no date words at all: the extractor's fallback to the report's own day."""
        return self.relative and not self.date_text and not self.planned

    @property
    def timeless(self) -> bool:
        """Neither a date nor a publication day: nothing places it in time."""
        return self.interval is None and self.published is None

    def order_key(self) -> tuple[object, ...]:
        """Processing order: days named in the calendar, then days counted from the report
        date, then months, years, undated and timeless; then chronological, then document
        order. Timeless mentions come last, so that no other mention's event depends on them."""
        start = self.interval[0] if self.interval else 0
        return (self.precision + self.timeless, self.relative, start,
                self.published or dt.date.min, self.doc_id, self.position, self.mention_id)

    def doc_order_key(self) -> tuple[object, ...]:
        return (self.published or dt.date.min, self.doc_id, self.position, self.mention_id)


@dataclass(slots=True)
class Cluster:
    """An event being built: its seed fixes the date, its place is the most specific seen."""

    seed: Item
    place: Place | None
    members: list[Item] = field(default_factory=list)
    actor1: Actor | None = None
    actor2: Actor | None = None

    def orientation(self, item: Item | Cluster) -> tuple[Actor | None, Actor | None] | None:
        """The actors of an item (or of another event) in this event's order when they fit it
        (either order for a symmetric type), else None."""
        pairs = [(item.actor1, item.actor2)]
        if self.seed.symmetric:
            pairs.append((item.actor2, item.actor1))
        # a timeless mention may be of any day: only its own actors place it
        peers = not (isinstance(item, Item) and item.timeless)
        day = _office_day(item)
        for a1, a2 in pairs:
            if sides_compatible((self.actor1, a1), (self.actor2, a2), peers, day):
                return a1, a2
        return None

    def add(self, item: Item) -> None:
        """Take the item in: the event keeps its most specific actors and place."""
        self.members.append(item)
        self._refine(item)

    def absorb(self, plan: Cluster) -> None:
        """Take in a planned event that this occurrence fulfils (:func:`_join_plans`): the
        event keeps its own date and the most specific actors and place of both."""
        self.members.extend(plan.members)
        self._refine(plan)

    def _refine(self, other: Item | Cluster) -> None:
        """Keep the more specific of this event's and ``other``'s actors and place."""
        oriented = self.orientation(other)
        if oriented is not None:
            self.actor1, self.actor2 = _finer(self.actor1, oriented[0]), _finer(self.actor2,
                                                                                oriented[1])
        if other.place is not None and (self.place is None or other.place.rank > self.place.rank):
            self.place = other.place


@lru_cache(maxsize=65536)
def date_interval(value: str | None) -> tuple[tuple[int, int] | None, int]:
    """``YYYY-MM-DD`` / ``YYYY-MM`` / ``YYYY`` to (first, last ordinal day) and a precision rank."""
    if not value:
        return None, 3
    try:
        if len(value) >= 10:
            day = dt.date.fromisoformat(value[:10]).toordinal()
            return (day, day), 0
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            first = dt.date(year, month, 1)
            nxt = dt.date(year + month // 12, month % 12 + 1, 1)
            return (first.toordinal(), nxt.toordinal() - 1), 1
        if len(value) == 4:
            year = int(value)
            return (dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()), 2
    except ValueError:
        pass
    return None, 3


def is_relative(date: str | None, date_text: str | None) -> bool:
    """A day-precision date whose text names no number: a weekday, "yesterday", "today", or
    no text (the report's own day). A date written with its day number is not."""
    return relative_day(date, any(ch.isdecimal() for ch in date_text or ""))


def relative_day(date: str | None, numbered: bool) -> bool:
    """:func:`is_relative` from whether the date text has a digit (the store asks SQL:
    ``regexp_matches(date_text, '\\p{Nd}')``, the same digits as ``str.isdecimal``)."""
    return bool(date) and len(date or "") >= 10 and not numbered


def snap_day(day: int, calendar_days: Set[int]) -> int:
    """Where a relative day ("Thursday", "yesterday", the report's day) counts: its own day
    when a mention of its block names that day in the calendar, else the calendar-named day
    before it, else the one after it, else its own. Reports published on different days
    count such words from different days; a date written out is the better evidence. The
    answer depends only on which calendar days the block has, never on clustering."""
    for candidate in (day, day - 1, day + 1):
        if candidate in calendar_days:
            return candidate
    return day


def snap_report_day(day: int, calendar_days: Set[int], today_days: Set[int]) -> int:
    """Where a day told by no date words at all (the report's own day, the extractor's
    fallback) counts once :func:`snap_day` has placed it: where it is when that is a calendar
    day or a day another report of its block named in words as its own ("today", or the
    weekday of its publication: :func:`today_days`); else on the day before when a report of
    that day named it so: a later report telling the act without a date tells yesterday's
    news. A report that itself counts back ("Monday" in a Tuesday report) fixes nothing: the
    reports of one day that tell "yesterday" and no date are two days of a strike. Depends
    only on the block's sets of days, like :func:`snap_day`."""
    if day in calendar_days or day in today_days or day - 1 not in today_days:
        return day
    return day - 1


def today_days(items: Iterable[Item], calendar: Set[int]) -> set[int]:
    """The days that mentions of a block name in words as their report's own day ("today",
    "on Wednesday" in a Wednesday report), where :func:`snap_day` places them."""
    return own_days(((i.date, i.relative, bool(i.date_text), i.published) for i in items),
                    calendar)


def own_days(facts: Iterable[tuple[str | None, bool, bool, dt.date | None]],
             calendar: Set[int]) -> set[int]:
    """:func:`today_days` from ``(date as written, relative, date text not empty, publication
    day)`` facts: the store's footprint rows give these, not items."""
    out = set()
    for date, relative, worded, published in facts:
        written, _ = date_interval(date)  # as written: snapping may have moved it
        if (relative and worded and written is not None
                and published is not None and written[0] == published.toordinal()):
            out.add(snap_day(written[0], calendar))
    return out


def calendar_days(items: Iterable[Item]) -> set[int]:
    """The days that the block's mentions name in the calendar (not counted from a report)."""
    return {i.interval[0] for i in items
            if i.precision == 0 and not i.relative and i.interval is not None}


def intervals_compatible(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """One interval contains the other (same day; a day inside a month; a month in a year)."""
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def dates_compatible(a: str | None, b: str | None) -> bool:
    """The date rule for two dated values (undated ones are handled by the clusterer)."""
    ia, _ = date_interval(a)
    ib, _ = date_interval(b)
    if ia is None or ib is None:
        return ia is None and ib is None
    return intervals_compatible(ia, ib)


def places_compatible(a: Place | None, b: Place | None) -> bool:
    """Same place, one missing, or one is the country/state the other lies in."""
    if a is None or b is None or a.key == b.key:
        return True
    if a.name and a.name == b.name and (not a.country or not b.country or a.country == b.country):
        return True
    for outer, inner in ((a, b), (b, a)):
        if outer.rank == 0 and outer.country and outer.country == inner.country:
            return True
        if outer.rank == 1 and inner.rank > 1 and _in_area(inner, outer):
            return True
        if _named_inside(inner, outer):
            return True
    return False


def _in_area(inner: Place, area: Place) -> bool:
    """A town of a state (its ``admin1``) and that state, or a region given inside that state
    ("Kashmir" of Jammu and Kashmir and a town of Jammu and Kashmir): reports name a region
    loosely, so a town of its state may be of it. (A region and its state, or two regions of
    one state, stay compared as before.)"""
    if (area.country or "") != (inner.country or ""):
        return False
    state = norm_name(inner.admin1)
    return bool(state) and state in (area.name, norm_name(area.admin1))


def _named_inside(inner: Place, outer: Place) -> bool:
    """A place the geocoder did not resolve, written "village, district": its name ends with
    the other town's whole name, in one country ("Kaimla, Karnal" lies in Karnal)."""
    return (inner.rank == 2 and outer.rank == 2 and bool(outer.name) and bool(inner.country)
            and inner.country == outer.country and inner.name.endswith(" " + outer.name))


def _undated_window(item: Item) -> tuple[int, int] | None:
    if item.published is None:
        return None
    end = item.published.toordinal()
    return end - UNDATED_WINDOW_DAYS, end


#: The footprint of a timeless mention (neither a date nor a publication day): every day, since
#: it may join an event of any date (see :func:`_candidates`).
NO_TIME = (0, dt.date.max.toordinal())


def footprint(date: str | None, published: dt.date | None, planned: bool = False
              ) -> tuple[int, int]:
    """The days a mention can share an event over (see :func:`affected_mentions`): its date's
    interval (a relative day: the day it snaps to, given by the caller); undated, the week up
    to its publication day; with neither, every day (:data:`NO_TIME`: a block holding a
    timeless mention is one run). A planned mention's reaches as far as the occurrences it
    may join (:func:`_plan_window`)."""
    interval, _ = date_interval(date)
    if interval is None and published is None:
        return NO_TIME
    if planned:
        return _plan_reach(interval, published)
    if interval is not None:
        return interval
    assert published is not None
    end = published.toordinal()
    return end - UNDATED_WINDOW_DAYS, end


def _plan_reach(interval: tuple[int, int] | None, published: dt.date | None) -> tuple[int, int]:
    """The footprint of a planned mention: a day and the days next to it, a month or year
    itself, undated the weeks around its publication day."""
    if interval is None:
        assert published is not None
        day = published.toordinal()
        return day - UNDATED_WINDOW_DAYS, day + PLAN_WINDOW_DAYS
    if interval[0] == interval[1]:
        return interval[0] - 1, interval[1] + 1
    return interval


FootprintRow = tuple[K, tuple[int, int], bool]
#: One row of :func:`block_footprints`: ``(key, date, publication day, date text has a digit,
#: date text is not empty, planned, has a new mention, has only new mentions)``.
FootprintInput = tuple[K, str | None, dt.date | None, bool, bool, bool, bool, bool]


def block_footprints(rows: list[FootprintInput[K]]) -> list[FootprintRow[K]]:
    """The footprint rows of one block for :func:`affected_mentions`, from its
    :data:`FootprintInput` rows. A relative day counts on the day it snaps to among the
    calendar days (and, told with no date words, the days named as their report's own:
    :func:`snap_report_day`) of the mentions with its ``planned`` flag; when a new mention
    moves it, the day it snapped to before is a row too, so the event it leaves is rebuilt."""
    now = {flag: _anchor_days([r for r in rows if r[5] == flag]) for flag in (False, True)}
    before = {flag: _anchor_days([r for r in rows if r[5] == flag and not r[7]])
              for flag in (False, True)}
    out: list[FootprintRow[K]] = []
    for key, date, published, numbered, worded, planned, new, only_new in rows:
        interval, _ = date_interval(date)
        if interval is None or not relative_day(date, numbered):
            out.append((key, footprint(date, published, planned), new))
            continue
        day = _snapped(interval[0], worded, now[planned])
        old = _snapped(interval[0], worded, before[planned])
        reach = _day_reach(planned, worded)
        out.append((key, reach((day, day), None), new or (day != old and not only_new)))
        if day != old and not only_new:
            out.append((key, reach((old, old), None), True))
    return out


def _day_reach(planned: bool, worded: bool
               ) -> Callable[[tuple[int, int], dt.date | None], tuple[int, int]]:
    """How far a relative day's mention reaches: a planned one the days next to it
    (:func:`_plan_reach`), one told by no date words the week before it
    (:func:`_earlier_in_week`), else its day."""
    if planned:
        return _plan_reach
    if not worded:
        return lambda i, _p: (i[0] - UNDATED_WINDOW_DAYS, i[1])
    return lambda i, _p: i


def _anchor_days(rows: list[FootprintInput[K]]) -> tuple[set[int], set[int]]:
    """The calendar days and the days named as their report's own (see :func:`today_days`)
    among :func:`block_footprints` rows."""
    calendar = calendar_days_of((r[1], r[3]) for r in rows)
    return calendar, own_days(((r[1], relative_day(r[1], r[3]), r[4], r[2]) for r in rows),
                              calendar)


def _snapped(day: int, worded: bool, anchors: tuple[Set[int], Set[int]]) -> int:
    """Where a relative day counts (:meth:`Item.snap`) given a block's anchor days."""
    calendar, today = anchors
    day = snap_day(day, calendar)
    return day if worded else snap_report_day(day, calendar, today)


def calendar_days_of(dates: Iterable[tuple[str | None, bool]]) -> set[int]:
    """The calendar days among ``(date, date text has a digit)`` pairs (see
    :func:`calendar_days`)."""
    out = set()
    for date, numbered in dates:
        interval, precision = date_interval(date)
        if interval is not None and precision == 0 and not relative_day(date, numbered):
            out.add(interval[0])
    return out


def affected_mentions(rows: list[tuple[K, tuple[int, int], bool]]) -> set[K]:
    """Of one block's ``(mention key, footprint, is new)`` rows, the mentions whose events a new
    mention can change: the connected runs of overlapping footprints that hold a new one. (A
    key may stand for every mention of one date and publication day: they share a footprint.)

    Every candidate event of a mention has a seed whose footprint overlaps the mention's, and
    an event's members all overlap its seed, so a run of overlapping footprints that no other
    footprint touches is clustered exactly as in the whole block (the sort order restricted to
    it is the same). Re-clustering only those runs gives the whole block's result, at the cost
    of the new mentions' own weeks, months or years instead of the block's whole history."""
    out: set[K] = set()
    run: list[K] = []
    run_new = False
    run_end = -1
    for mention_id, (lo, hi), new in sorted(rows, key=lambda r: r[1]):
        if lo > run_end:  # a gap: the previous run is closed
            if run_new:
                out.update(run)
            run, run_new = [], False
        run.append(mention_id)
        run_new = run_new or new
        run_end = max(run_end, hi)
    if run_new:
        out.update(run)
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _fits(item: Item | Cluster, cluster: Cluster, linked: bool = True) -> bool:
    """Compatible actors, and places unless both actors are the same named ones (or one is
    and the other a country in both), or both are countries and each report places the act
    in a country of its own (:func:`_in_each_sides_country`); so too when both are states'
    actors and both places whole countries, each one side's (:func:`_both_country_wide`). A
    body and who acted for it that day (:func:`_heads`) are the same named actor here too."""
    oriented = cluster.orientation(item)
    if oriented is None:
        return False
    sides = ((oriented[0], cluster.actor1), (oriented[1], cluster.actor2))
    day = _office_day(item)
    named = [_same_named(a, b) or _one_body(a, b, day) for a, b in sides]
    countries = [a is not None and b is not None and a.level == 0 and b.level == 0
                 for a, b in sides]
    if all(n or c for n, c in zip(named, countries)) and any(named):
        return True
    if _person_there(item, sides, named):
        return True
    if ((all(countries) or (_both_country_wide(item.place, cluster.place)
                             and _of_states(sides)))
            and _in_each_sides_country(item.place, cluster.place, sides)):
        return True
    return (places_compatible(item.place, cluster.place)
            or (linked and _linked_same_day(item, cluster)))


def _person_there(item: Item | Cluster, sides: tuple[tuple[Actor | None, Actor | None], ...],
                  named: list[bool]) -> bool:
    """One side the same named person, the other the same named actor or a country and an
    actor of its state, in mentions placed in time: a person is in one place on one day, so
    "Jaishankar met France" placed where the talks were about and "Jaishankar held talks with
    Colonna" placed at the venue are one meeting. (Not for a timeless mention: it may be of any
    day. An organisation acts in many places at once: two shellings by one army that day
    stay compared.)"""
    if (item if isinstance(item, Item) else item.seed).timeless:
        return False
    person = any(n and "person" in (_kind(a.key), _kind(b.key))
                 for n, (a, b) in zip(named, sides) if a is not None and b is not None)
    return person and all(n or _country_and_its_own(a, b) for n, (a, b) in zip(named, sides))


def _country_and_its_own(a: Actor | None, b: Actor | None) -> bool:
    """A country and a named actor of its state ("France" and its foreign minister)."""
    if a is None or b is None or not a.country or a.country != b.country:
        return False
    coarse, fine = (a, b) if a.level <= b.level else (b, a)
    return coarse.level == 0 and fine.level == 2 and fine.sector in sector_group("state")


def _in_each_sides_country(a: Place | None, b: Place | None,
                           sides: tuple[tuple[Actor | None, Actor | None], ...]) -> bool:
    """Two places in two different countries, each the country of one of the event's sides:
    each report of one act between two states placed it at home (India's aid to Afghanistan
    told from New Delhi and from Kabul)."""
    if a is None or b is None or not a.country or not b.country or a.country == b.country:
        return False
    own = {actor.country for pair in sides for actor in pair if actor is not None}
    return a.country in own and b.country in own


def _both_country_wide(a: Place | None, b: Place | None) -> bool:
    """Two places that are whole countries ("in the United States", "India"): reports that
    name no scene place an act between two states in one of them, either one."""
    return a is not None and b is not None and a.rank == 0 and b.rank == 0


def _of_states(sides: tuple[tuple[Actor | None, Actor | None], ...]) -> bool:
    """Every actor a country or an actor of its state (a sector of group ``state``): "the
    United States imposed a tariff on India" and "Trump imposed it"."""
    return all(actor is not None and (actor.level == 0 or actor.sector in sector_group("state"))
               for pair in sides for actor in pair)


def _one_body(a: Actor | None, b: Actor | None, day: int | None) -> bool:
    """A body of the knowledge base and the person who acted for it on ``day``."""
    return (a is not None and b is not None and a.level == b.level == 2
            and (_heads(a, b, day) or _heads(b, a, day)))


def _same_named(a: Actor | None, b: Actor | None) -> bool:
    """The same person or organisation named in the knowledge base (an id, not a name made
    up from a bare title)."""
    return (a is not None and b is not None and a.level == 2 and a.key == b.key
            and a.key.startswith("id:"))


def _names_it(item: Item | Cluster, cluster: Cluster) -> bool:
    """Whether a mention shares with an event what names it beyond its block: the same named
    actor on one side, the very actor of one side beside a named actor of the other
    (:func:`_named_beside_same`), or the same town or district."""
    oriented = cluster.orientation(item)
    if oriented is None:
        return False
    sides = ((oriented[0], cluster.actor1), (oriented[1], cluster.actor2))
    if all(mine is not None and mine.level == 0 for mine, _ in sides):
        return True  # two countries: the block (type and both countries) names the event
    if any(a is not None and b is not None and a.level == 2 and a.key == b.key
           for a, b in sides):
        return True
    if _named_beside_same(sides[0], sides[1]) or _named_beside_same(sides[1], sides[0]):
        return True
    mine, its = item.place, cluster.place
    return (mine is not None and its is not None and mine.rank == 2
            and (mine.key == its.key or _named_inside(mine, its) or _named_inside(its, mine)))


def _named_beside_same(named: tuple[Actor | None, Actor | None],
                       same: tuple[Actor | None, Actor | None]) -> bool:
    """One side of a mention a named actor (that the event's actor there, maybe its country,
    fits), the other the very actor the event has there ("the Sri Lankan Navy freed the
    fishermen" of an event "Sri Lanka freed the fishermen")."""
    return named[0] is not None and named[0].level == 2 and _same_actor(*same)


def _places_it(item: Item, cluster: Cluster) -> bool:
    """Whether a timeless mention may be of this event: one whose report names the weekday
    ("शनिवार को", with no day to count it from) only of an event on that weekday, which then
    places it (an event dated only by its report's day, no date text, may be of the day
    before: news tells yesterday's act); else when it shares a named actor or its town
    (:func:`_names_it`)."""
    if item.weekday is None:
        return _names_it(item, cluster)
    seed = cluster.seed
    if seed.precision != 0 or seed.interval is None:
        return False
    days = [seed.interval[0]]
    if seed.relative and not seed.date_text:
        days.append(seed.interval[0] - 1)
    return any(dt.date.fromordinal(day).weekday() == item.weekday for day in days)


def story_names(actor_keys: Iterable[str], place_keys: Iterable[str]) -> frozenset[str]:
    """What a document names anywhere, as :func:`story_linked` compares it: the named persons
    and organisations (:func:`actor_level` 2) and the towns (places finer than a state: the
    store passes those) of all of its mentions, of any block. Reports of one story name the
    same people and towns whatever their language (canonical keys)."""
    return frozenset([spelling_key(key) for key in actor_keys if actor_level(key) == 2]
                     + ["@" + key for key in place_keys])


def story_linked(item: Item, cluster: Cluster) -> bool:
    """Whether a mention's report and a report of an event tell one story: their documents name
    at least :data:`STORY_LINK_NAMES` persons, organisations or towns in common beyond the two
    mentions' own actors (which the rule compares anyway): the minister a march was against
    and the town it set out from, told by a Hindi and an English report of the police action
    on it. One shared name is no link: the prime minister is named by reports of many stories.
    Depends on the two documents alone (:attr:`Item.story`), so clustering stays a function
    of the block's mentions."""
    own = _actor_keys(item)
    return any(member.doc_id != item.doc_id
               and len((item.story & member.story) - own - _actor_keys(member))
               >= STORY_LINK_NAMES
               for member in cluster.members)


def _actor_keys(item: Item) -> set[str]:
    return {actor.key for actor in (item.actor1, item.actor2) if actor is not None}


def _linked_same_day(item: Item | Cluster, cluster: Cluster) -> bool:
    """A mention of the very day of an event (both calendar or report days) whose report tells
    the event's story (:func:`story_linked`): reports of one story place one act in different
    towns (the dateline, the district, where the march began), so places are not compared.
    Two unlinked reports of farmers protesting that day in two towns stay two protests."""
    if not isinstance(item, Item) or item.precision != 0 or cluster.seed.precision != 0:
        return False
    return item.interval == cluster.seed.interval and story_linked(item, cluster)


def weekday_named(text: str | None) -> int | None:
    """The weekday a date text names (0 Monday ... 6 Sunday; ``calendar.tsv``), if it names
    exactly one."""
    if not text:
        return None
    words = calendar_words()
    found = {int(words[key].value) for key in (surface_key(word) for word in text.split())
             if key in words and words[key].kind == "weekday"}
    return found.pop() if len(found) == 1 else None


def _candidates(item: Item, clusters: list[Cluster], by_day: dict[int, list[Cluster]]
                ) -> list[Cluster]:
    if item.precision == 0 and item.interval is not None:
        same_day = [c for c in by_day.get(item.interval[0], []) if _fits(item, c)]
        if same_day or not item.report_day:
            return same_day
        return _earlier_in_week(item, clusters)
    if item.interval is not None:
        return [c for c in clusters
                if c.seed.interval is not None and intervals_compatible(item.interval, c.seed.interval)
                and _fits(item, c)]
    window = _undated_window(item)
    if window is None:  # timeless (it comes after all the others)
        return _timeless_candidates(item, clusters)
    dated = [c for c in clusters
             if c.seed.interval is not None and _overlaps(window, c.seed.interval)
             and _fits(item, c)]
    if dated:
        return dated
    # else an undated event first reported within the same week
    return [c for c in clusters if c.seed.interval is None and c.seed.published is not None
            and _overlaps(window, _undated_window(c.seed) or (0, 0))
            and _fits(item, c)]



def _timeless_candidates(item: Item, clusters: list[Cluster]) -> list[Cluster]:
    """The events a timeless mention may join: the one dated event of its block that it fits
    and that names it (:func:`_places_it`); else, of the events that name it (or, when its text
    names no weekday, of all it fits), the one that a report of its story tells
    (:func:`story_linked`: a report without a day takes the day of its story's report);
    else a timeless one."""
    fitting = [c for c in clusters if not c.seed.timeless and _fits(item, c)]
    placed = [c for c in fitting if _places_it(item, c)]
    if len(placed) == 1:
        return placed
    pool = placed if placed or item.weekday is not None else fitting
    linked = [c for c in pool if story_linked(item, c)]
    if len(linked) == 1:
        return linked
    told = [c for c in pool if _tells_both_sides(item, c)]
    if len(told) == 1 and _one_visit(pool):
        return told
    return [c for c in clusters if c.seed.timeless and _fits(item, c)]


def _one_visit(events: list[Cluster]) -> bool:
    """Whether events are the days of one visit told by one report: all first told by one
    document, each on a day, all within :data:`UNDATED_WINDOW_DAYS` of each other. (A report
    that recalls an earlier visit years before tells two stories.)"""
    if len({c.seed.doc_id for c in events}) != 1:
        return False
    days = [c.seed.interval[0] for c in events
            if c.seed.precision == 0 and c.seed.interval is not None]
    return len(days) == len(events) and max(days) - min(days) <= UNDATED_WINDOW_DAYS


def _tells_both_sides(item: Item, cluster: Cluster) -> bool:
    """Whether an event has the very actors of a timeless mention on both sides, each a named
    person or organisation of the knowledge base: of the events it fits, the report's "Jaishankar
    met Lavrov" is the meeting of the two, not the day before's "Jaishankar arrived in Russia
    for talks" (an event with a country on one side). The actors name the act more narrowly
    than its block; the rule still asks for a single such event."""
    oriented = cluster.orientation(item)
    if oriented is None:
        return False
    sides = ((oriented[0], cluster.actor1), (oriented[1], cluster.actor2))
    return all(_same_named(mine, its) for mine, its in sides)


def _earlier_in_week(item: Item, clusters: list[Cluster]) -> list[Cluster]:
    """The events a mention dated only by its report's day (no date words: :attr:`Item.report_day`)
    may be of when none on that day fits: one whose seed names a calendar day within the week
    before ("on November 1" in one report, no date in a report of November 5: the report tells
    a recent act without its day). Not a day counted from a report ("Monday"): reports of
    consecutive days of a strike tell them so, and two days stay two events."""
    assert item.interval is not None
    day = item.interval[0]
    return [c for c in clusters
            if c.seed.precision == 0 and not c.seed.relative and c.seed.interval is not None
            and day - UNDATED_WINDOW_DAYS <= c.seed.interval[0] < day and _fits(item, c)]


def cluster_block(items: list[Item]) -> list[list[Item]]:
    """Group one block's mentions into events (see the module docstring for the rule): the
    reports of what happened and the announcements are clustered apart, then each planned
    event joins the occurrence that fulfils it, if any (:func:`_join_plans`)."""
    done = _cluster_group([i for i in items if not i.planned])
    plans = _cluster_group([i for i in items if i.planned])
    return [c.members for c in _join_plans(plans, done)]


def _cluster_group(items: list[Item]) -> list[Cluster]:
    """Greedy, order-free clustering of mentions with one ``planned`` flag."""
    clusters: list[Cluster] = []
    by_day: dict[int, list[Cluster]] = {}
    days = calendar_days(items)
    today = today_days(items, days)
    for item in items:
        item.snap(days, today)
    for item in sorted(items, key=Item.order_key):
        found = _candidates(item, clusters, by_day)
        if found:
            # A coarse mention that fits several events goes to the best-attested one; one
            # whose place fits first (a story's report placed elsewhere fits only by its link).
            placed = ([c for c in found if _fits(item, c, linked=False)]
                      if len(found) > 1 else found)
            best = min(placed or found, key=_attested)
            best.add(item)
            continue
        new = Cluster(seed=item, place=item.place, members=[item], actor1=item.actor1,
                      actor2=item.actor2)
        clusters.append(new)
        if item.precision == 0 and item.interval is not None:
            by_day.setdefault(item.interval[0], []).append(new)
    return clusters


def _attested(cluster: Cluster) -> tuple[int, tuple[int, int]]:
    """Best-attested first: the most mentions, then the earliest."""
    return -len(cluster.members), cluster.seed.interval or (0, 0)


def _join_plans(plans: list[Cluster], done: list[Cluster]) -> list[Cluster]:
    """Each planned event (in clustering order) joins the occurrence it fits
    (:func:`_fulfilling`) that is nearest to its day (undated: its publication day), the
    best-attested of those; one that nothing fulfils stays an event of its own (announced,
    maybe never held). The joined event keeps the occurrence's date: its seed."""
    out = list(done)
    for plan in plans:
        found = _fulfilling(plan, done)
        if found:
            anchor = _anchor(plan.seed)
            min(found, key=lambda c: (abs(_anchor(c.seed) - anchor), _attested(c))).absorb(plan)
        else:
            out.append(plan)
    return out


def _anchor(item: Item) -> int:
    """The day a mention is nearest to: its date's first day, else its publication day."""
    if item.interval is not None:
        return item.interval[0]
    return item.published.toordinal() if item.published is not None else 0


def _fulfilling(plan: Cluster, done: list[Cluster]) -> list[Cluster]:
    """The occurrences that may fulfil a planned event: actors and place fit, and the dates
    agree (:func:`_plan_dates_meet`). A timeless plan, like a timeless mention, takes the
    one dated occurrence that names it, else a timeless one."""
    fits = [c for c in done if _fits(plan, c)]
    if not plan.seed.timeless:
        return [c for c in fits if _plan_dates_meet(plan.seed, c.seed)]
    placed = [c for c in fits if not c.seed.timeless and _names_it(plan, c)]
    return placed if len(placed) == 1 else [c for c in fits if c.seed.timeless]


def _plan_dates_meet(plan: Item, done: Item) -> bool:
    """A planned day and an occurrence on it or a day next to it (reports count "Tuesday"
    from different days); an undated plan and an occurrence in the weeks around its
    publication day; a planned day and an undated occurrence reported within the week after
    it. A plan for a month or a year is not matched to a day: nothing says which."""
    if done.timeless or plan.precision not in (0, 3):
        return False
    reach = _plan_reach(plan.interval, plan.published)
    if done.precision == 0 and done.interval is not None:
        return _overlaps(reach, done.interval)
    if done.interval is None:
        window = _undated_window(done)
        return window is not None and _overlaps(reach, window)
    return False


def event_id_for(members: list[Item]) -> str:
    """Stable id of an event: its block and its earliest mention in document order."""
    first = min(members, key=Item.doc_order_key)
    return short_hash(first.block_key, first.mention_id, size=16)


def cluster_items(items: list[Item]) -> dict[str, str]:
    """mention_id -> event_id for mentions of any number of blocks."""
    blocks: dict[str, list[Item]] = {}
    for item in items:
        blocks.setdefault(item.block_key, []).append(item)
    assignment: dict[str, str] = {}
    for block in blocks.values():
        for members in cluster_block(block):
            eid = event_id_for(members)
            for m in members:
                assignment[m.mention_id] = eid
    return assignment
