"""Who acted for which body on a day: a government, a ministry, the army or a court and the
office holder at its head (or speaking for it).

Store dedup (:func:`ghatna.store.dedup.actors_compatible`) reads this: one report says "the
Punjab government sought more funds", another "Chief Minister Bhagwant Mann sought more funds";
on a day Mann was chief minister of Punjab the two name one actor. ``office_bodies.tsv`` says
which body an office holder acts for (a state's chief minister its government, a Union
minister or the MEA's spokesperson his ministry, the army chief the army); ``offices.tsv`` who
held the office when. Keys are the store's actor keys
(``id:person:...``, ``id:org:...``); days are ordinal days (``datetime.date.toordinal``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from functools import cache

from ..tsv import load_table

#: A term of office: (first day, first day after it), ordinal; an open term ends never.
Term = tuple[int, int]

_OPEN = dt.date.max.toordinal()


def _ordinal(value: str, default: int) -> int:
    """``YYYY-MM-DD`` (or ``YYYY-MM``, ``YYYY``: its first day) as an ordinal day."""
    if not value:
        return default
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2]).toordinal()


@cache
def _terms() -> dict[tuple[str, str], tuple[Term, ...]]:
    """(person key, body key) -> the terms in which the person held an office acting for it."""
    bodies: dict[tuple[str, str, str], list[tuple[str, str]]] = defaultdict(list)
    for r in load_table("office_bodies.tsv"):
        bodies[(r["role"], r["country"], r.get("region", ""))].append(
            (f"id:{r['body']}", r.get("holder", "")))
    terms: dict[tuple[str, str], list[Term]] = defaultdict(list)
    for row in load_table("offices.tsv"):
        for body, holder in bodies.get((row["role"], row["country"], row.get("region", "")), ()):
            if not holder or holder == row["actor_id"]:  # a party leader leads his own party
                terms[(f"id:{row['actor_id']}", body)].append(
                    (_ordinal(row["start"], 0), _ordinal(row.get("end", ""), _OPEN)))
    return {key: tuple(spans) for key, spans in terms.items()}


def heads(person: str, body: str, day: int | None) -> bool:
    """Whether ``person`` held, on ``day``, an office that acts for ``body`` (never without a
    day: a report placed in no time says nothing of who was in office)."""
    if day is None:
        return False
    return any(start <= day < end for start, end in _terms().get((person, body), ()))
