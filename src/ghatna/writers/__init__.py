"""Writers: event records out as JSONL (per event or per document) or a readable table."""

from __future__ import annotations

import json
import shutil
from typing import TextIO

from ..data import Document, Event, asserted_events, hypothetical_events, negated_events


def event_line(event: Event) -> str:
    return json.dumps(event.to_dict(), ensure_ascii=False)


def document_line(doc: Document, events: list[Event]) -> str:
    """``{"id": ..., "events": [...], "negated_events": [...], "hypothetical_events": [...]}``:
    ``events`` is what ``score.py`` reads and counts; an event the text says did not happen,
    or only supposes ("if India attacks", "may visit"), is kept apart under
    ``negated_events`` or ``hypothetical_events``, flagged, so that no scorer counts it as
    realised (docs/decisions.md)."""
    return json.dumps({"id": doc.id, "lang": doc.lang,
                       "events": [e.to_dict() for e in asserted_events(events)],
                       "negated_events": [e.to_dict() for e in negated_events(events)],
                       "hypothetical_events": [e.to_dict() for e in hypothetical_events(events)]},
                      ensure_ascii=False)


def _actor_label(actor: dict | None) -> str:
    if not actor:
        return "-"
    country = f" ({actor['country']})" if actor.get("country") else ""
    return f"{actor['name']}{country}"


def write_table(out: TextIO, doc: Document, events: list[Event]) -> None:
    """A human-readable block per document: one line per event and its evidence sentence."""
    width = shutil.get_terminal_size((120, 20)).columns
    out.write(f"== {doc.id}  [{doc.lang}]  {len(events)} event(s)\n")
    for event in events:
        record = event.to_dict()
        flags = "".join([" planned" if event.planned else "", " negated" if event.negated else "",
                         " hypothetical" if event.hypothetical else ""])
        place = record["location"]["name"] if record["location"] else "-"
        out.write(f"  {event.type:<9} {_actor_label(record['actor1'])} -> "
                  f"{_actor_label(record['actor2'])} | {event.date or '-'} | {place}{flags}\n")
        sentence = " ".join(event.sentence.split())
        if len(sentence) > width - 6:
            sentence = sentence[: width - 7] + "…"
        out.write(f"      \u201c{sentence}\u201d\n")
