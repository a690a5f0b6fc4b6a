"""Implicit targets: the participant an event has although its sentence does not name it.

"Farmers protested in Karnal" names no target, yet a protest is against someone, and in the
annotated train split most protests are against a government. For each PLOVER type the model
file says whether such events nearly always have a target and which sector it usually is;
an event of such a type that the coder found with no target gets an unnamed actor of that
sector in the event's country (where it happened, else its agent's country). The actor has no
text and no span: nothing in the text names it, and readers of the evidence can tell.

The model file (``model/implicit_targets.json``) is written by
``training/train_implicit_targets.py``: ``{"min_target_share": s, "types": {type:
{"sector": code, "target_share": s, "sector_share": s, "events": n}}}``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from ..data import Actor, Event
from ..tsv import load_table
from .modelfile import read_model_file

MODEL_PATH = Path(__file__).parent / "model" / "implicit_targets.json"
IMPLICIT_ID_PREFIX = "implicit:"


@lru_cache(maxsize=1)
def implicit_target_sectors() -> dict[str, str]:
    """PLOVER type -> the sector of the target its events have when the text leaves it out."""
    model = read_model_file(MODEL_PATH, "implicit-target model")
    return {etype: entry["sector"] for etype, entry in model["types"].items()}


@lru_cache(maxsize=1)
def _sector_names() -> dict[str, str]:
    return {row["sector"]: row["name"] for row in load_table("sector_names.tsv")}


def implicit_actor(sector: str, country: str) -> Actor:
    """The unnamed actor of ``sector`` in ``country`` (id ``implicit:<sector>:<country>``)."""
    name = _sector_names().get(sector, sector.lower())
    return Actor(name=name, id=f"{IMPLICIT_ID_PREFIX}{sector.lower()}:{country}",
                 country=country, sector=sector, kind="group")


def fill_implicit_targets(events: list[Event], home_country: str | None) -> list[Event]:
    """Events of a type whose target is rarely unsaid get the usual target when none was found."""
    sectors = implicit_target_sectors()
    filled: list[Event] = []
    for event in events:
        sector = sectors.get(event.type) if event.actor2 is None else None
        country = _event_country(event, home_country) if sector is not None else None
        if sector is not None and country is not None:
            event = replace(event, actor2=implicit_actor(sector, country))
        filled.append(event)
    return filled


def _event_country(event: Event, home_country: str | None) -> str | None:
    if event.location is not None and event.location.country:
        return event.location.country
    if event.actor1 is not None and event.actor1.country:
        return event.actor1.country
    return home_country
