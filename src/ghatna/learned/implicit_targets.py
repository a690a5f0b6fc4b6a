"""Implicit targets: the participant an event has although its sentence does not name it.

"Farmers protested in Karnal" names no target, yet a protest is against someone, and in the
annotated train split most protests are against a government. For each PLOVER type the model
file says whether such events nearly always have a target and which sector it usually is;
an event of such a type that the coder found with no target gets an unnamed actor of that
sector in the event's country (where it happened, else its agent's country). The actor has no
text and no span: nothing in the text names it, and readers of the evidence can tell.

Where the agent's sector says more, the model has a ``by_agent`` entry ("ASSAULT|MIL"): the
target's sector and whether it is of the agent's own country (``side`` "same": police accuse
the accused) or of the other side (``side`` "other": an army's shelling hits the other
country's army). The other side is the story's home country when the agent is foreign; for
the home country's own agent, the other country the story's events name most often ("Trump
threatened ..." in a story of US tariffs on India: India), and with none, no guess: such an
act is never aimed at the agent's own government (no fallback to the type's usual target).

The model file (``model/implicit_targets.json``) is written by
``training/train_implicit_targets.py``: ``{"min_target_share": s, "types": {type:
{"sector": code, "target_share": s, "sector_share": s, "events": n}}, "by_agent":
{"TYPE|SECTOR": {"sector": code, "side": "same"|"other", "share": s, "events": n}}}``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from ..data import Actor, Event
from ..ontology import one_state
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
def implicit_targets_by_agent() -> dict[str, tuple[str, str]]:
    """"TYPE|agent sector" -> (target sector, "same" or "other" country)."""
    model = read_model_file(MODEL_PATH, "implicit-target model")
    return {key: (entry["sector"], entry["side"])
            for key, entry in model.get("by_agent", {}).items()}


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
    filled: list[Event] = []
    named = _named_countries(events)
    for event in events:
        if event.actor2 is None:
            guess = _by_agent(event, home_country, named)
            if guess is None and not _aimed_abroad(event):
                guess = _by_type(event, home_country)
            if guess is not None and not one_state(event.actor1, implicit_actor(*guess)):
                event = replace(event, actor2=implicit_actor(*guess))
        filled.append(event)
    return filled


def _named_countries(events: list[Event]) -> Counter[str]:
    """How often each country is a named participant of the story's events."""
    return Counter(actor.country for event in events for actor in (event.actor1, event.actor2)
                   if actor is not None and actor.country
                   and not (actor.id or "").startswith(IMPLICIT_ID_PREFIX))


def _aimed_abroad(event: Event) -> bool:
    """An act its agent's sector usually aims at another country ("THREATEN|GOV" side
    "other"): with that country unknown, no guess (never the agent's own government)."""
    agent = event.actor1
    entry = implicit_targets_by_agent().get(f"{event.type}|{agent.sector}") \
        if agent is not None and agent.sector else None
    return entry is not None and entry[1] == "other"


def _other_country(agent: Actor, home_country: str | None, named: Counter[str]) -> str | None:
    """The other side of a foreign agent is the home country; of a home agent, the country
    other than its own most often named in the story's events (the first named of a tie)."""
    if agent.country and home_country and agent.country != home_country:
        return home_country
    others = [code for code, _ in named.most_common() if code != agent.country]
    return others[0] if agent.country and others else None


def _by_agent(event: Event, home_country: str | None,
              named: Counter[str]) -> tuple[str, str] | None:
    agent = event.actor1
    if agent is None or not agent.sector:
        return None
    entry = implicit_targets_by_agent().get(f"{event.type}|{agent.sector}")
    if entry is None:
        return None
    sector, side = entry
    if side == "same":
        country = agent.country or _event_country(event, home_country)
    else:
        country = _other_country(agent, home_country, named)
    return (sector, country) if country else None


def _by_type(event: Event, home_country: str | None) -> tuple[str, str] | None:
    sector = implicit_target_sectors().get(event.type)
    country = _event_country(event, home_country) if sector is not None else None
    return (sector, country) if sector is not None and country else None


def _event_country(event: Event, home_country: str | None) -> str | None:
    if event.location is not None and event.location.country:
        return event.location.country
    if event.actor1 is not None and event.actor1.country:
        return event.actor1.country
    return home_country
