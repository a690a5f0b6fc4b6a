"""Actor.spanning / Place.spanning / Event.placed_between: the cheap copies the coder makes
equal dataclasses.replace."""

from __future__ import annotations

import dataclasses

from ghatna.data import Actor, Event, Place


def _filled(cls: type) -> object:
    """An instance whose every field holds a value of its own (none is a default)."""
    values = {f.name: f"v-{f.name}" for f in dataclasses.fields(cls)}
    return cls(**values)


def test_actor_spanning_equals_replace() -> None:
    actor = _filled(Actor)
    assert isinstance(actor, Actor)
    copy = actor.spanning("other words", (3, 14))
    assert copy == dataclasses.replace(actor, text="other words", span=(3, 14))
    assert copy is not actor and actor.span == "v-span"


def test_place_spanning_equals_replace() -> None:
    place = _filled(Place)
    assert isinstance(place, Place)
    copy = place.spanning("Pahalgam", None)
    assert copy == dataclasses.replace(place, text="Pahalgam", span=None)
    assert copy is not place and place.text == "v-text"


def test_event_placed_between_equals_replace() -> None:
    event = _filled(Event)
    assert isinstance(event, Event)
    sides = (Actor(name="A"), None)
    place = _filled(Place)
    assert isinstance(place, Place)
    copy = event.placed_between(*sides, place)
    assert copy == dataclasses.replace(event, actor1=sides[0], actor2=None, location=place)
    assert copy is not event and event.actor1 == "v-actor1"
    assert copy.context is event.context  # a shallow copy, as replace makes
