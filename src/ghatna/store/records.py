"""Shard records and the rows they become.

A worker turns each document into one JSON line of a shard file (``doc_record``); the loader
turns that line into a ``documents`` row and ``mentions`` rows (``document_row``,
``mention_rows``). Event records may be hand-built dicts (tests) or ``Event.to_dict()`` plus
the few fields the contract drops (place kind/id), so every field is read with a default.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from typing import Any
from urllib.parse import urlsplit

from ..data import Document, Event
from ..ontology import sector_group, symmetric_types

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
_PUNCT_CATEGORIES = ("P", "S")


def short_hash(*parts: str, size: int = 16) -> str:
    """A stable hex digest of the parts (``size`` hex digits)."""
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:size]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def doc_key(doc_id: str, chash: str) -> str:
    """A document is identified by its id *and* its text: same id + same text = same document."""
    return short_hash(doc_id, chash, size=24)


def norm_name(text: str | None) -> str:
    """Names compared across scripts and spellings: NFC, no nukta/zero-width, no punctuation,
    chandrabindu as anusvara, case-folded, single spaces."""
    if not text:
        return ""
    text = unicodedata.normalize("NFD", text.translate(_ZERO_WIDTH)).replace("\u093c", "")
    text = unicodedata.normalize("NFC", text).replace("\u0901", "\u0902").casefold()
    out = [" " if unicodedata.category(ch)[0] in _PUNCT_CATEGORIES else ch for ch in text]
    return " ".join("".join(out).split())


def actor_key(actor: dict[str, Any] | None) -> str | None:
    """The canonical identity of an actor: its knowledge-base id, else name + country."""
    if not actor:
        return None
    if actor.get("id"):
        return f"id:{actor['id']}"
    name = norm_name(actor.get("name"))
    if not name:
        return None
    return f"name:{name}|{actor.get('country') or ''}"


def spelling_key(key: str) -> str:
    """The key dedup compares for an actor: an unresolved name of two or more Latin words
    spelled as its words' coarse keys (:func:`ghatna.pipeline.latin_spelling.coarse_key`, the
    consonants: a name written from Hindi one way and by an English report another,
    "Satyendar Jain" / "Satyendra Jain", "Mushtaq Ahmed" / "Mushtak Ahmad"), each with its
    final vowel other than a schwa (which tells "Kumar" from "Kumari"); any other key as it
    is. Dedup only: the store keeps the name as written."""
    if not key.startswith("name:"):
        return key
    name, bar, country = key[5:].rpartition("|")
    words = name.split()
    if not bar or len(words) < 2 or not all(w.isascii() and w.isalpha() for w in words):
        return key
    # imported here: the store's readers (the web server) load no pipeline module
    from ..pipeline.latin_spelling import coarse_key

    return "name:" + " ".join(coarse_key(w) + _FINAL_VOWEL.get(w[-1], "")
                              for w in words) + "|" + country


#: a Latin word's final vowel as a class ("a", a written schwa, is none: "Rama" is "Ram")
_FINAL_VOWEL = {"i": "i", "y": "i", "u": "u", "e": "e", "o": "o"}


def place_key(loc: dict[str, Any] | None) -> str | None:
    """The identity of a place: GeoNames id, else gazetteer id, else name + country."""
    if not loc:
        return None
    if loc.get("geonameid"):
        return f"geo:{int(loc['geonameid'])}"
    if loc.get("id"):
        return str(loc["id"])
    name = norm_name(loc.get("name"))
    if not name:
        return f"country:{loc['country']}" if loc.get("country") else None
    return f"name:{name}|{loc.get('country') or ''}"


def parse_day(value: str | None) -> dt.date | None:
    """``YYYY-MM-DD...`` to a date; anything else (or an impossible date) to None."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def outlet_of(url: str | None, source: str | None) -> str | None:
    """What counts as one source: the URL's host (without www.), else the given source."""
    if url and isinstance(url, str):
        try:
            host = urlsplit(url).hostname
        except ValueError:  # "http://[::1/x": no host to count (readers drop such URLs)
            host = None
        if host:
            return host.removeprefix("www.")
    return source


def event_record(event: Event) -> dict[str, Any]:
    """The contract record plus place kind/id and actor kinds, which dedup uses."""
    record = event.to_dict()
    if event.location is not None and record.get("location") is not None:
        record["location"]["kind"] = event.location.kind
        record["location"]["id"] = event.location.id
    return record


def doc_record(doc: Document, events: list[dict[str, Any]]) -> dict[str, Any]:
    """One line of a shard file: the document's metadata and its event records."""
    chash = content_hash(doc.raw)
    return {
        "kind": "doc",
        "doc_key": doc_key(doc.id, chash),
        "id": doc.id,
        "content_hash": chash,
        "source": doc.source,
        "url": doc.url,
        "title": doc.title,
        "published": doc.published.value if doc.published else None,
        "lang": doc.lang or None,
        "length": len(doc.raw),
        "events": events,
    }


def document_row(rec: dict[str, Any]) -> dict[str, Any]:
    """The ``documents`` row of a shard record; ValueError when it has no usable identity."""
    for name in ("doc_key", "id", "content_hash"):
        if not isinstance(rec.get(name), str) or not rec[name]:
            raise ValueError(f"the record has no {name} string")
    return {
        "doc_key": rec["doc_key"],
        "id": rec["id"],
        "content_hash": rec["content_hash"],
        "source": rec.get("source"),
        "outlet": outlet_of(rec.get("url"), rec.get("source")),
        "url": rec.get("url"),
        "title": rec.get("title"),
        "published": rec.get("published"),
        "published_day": parse_day(rec.get("published")),
        "lang": rec.get("lang"),
        "cmi": rec.get("cmi"),
        "cmi_sentences": rec.get("cmi_sentences"),
        "length": rec.get("length"),
        "n_events": len(rec.get("events") or []),
    }


#: knowledge-base ids of national governments: org:gov- and the ISO 3166 code (actors.tsv:
#: org:gov-ind, org:gov-usa; a state's government, org:gov-bihar, is a named organisation)
NATIONAL_GOVERNMENT_KEY = re.compile(r"id:org:gov-[a-z]{3}$")


def actor_level(key: str) -> int:
    """How specific an actor key is: 0 a country (or its implicit or named national
    government: "India", "भारत सरकार" and "the Centre" report one state's act), 1 a generic
    group ("police", "farmers", and an unnamed actor the coder inferred of a sector other
    than government: ``id:implicit:cvl:IND`` is the civilians of a flood, not the state), 2 a
    named person or organisation."""
    if key.startswith("id:country:") or NATIONAL_GOVERNMENT_KEY.match(key):
        return 0
    if key.startswith("id:implicit:"):
        return 0 if key.startswith("id:implicit:gov:") else 1
    return 1 if key.startswith("id:group:") else 2


def block_side(key: str | None, country: str | None, sector: str | None = None) -> str:
    """An actor's part of the block key from its canonical key and country: its country alone
    (``c:IND``), so a person, a generic group, a party and their country can meet in one block
    whatever sector a report gives them (a politician is PTY on one date and GOV on another,
    because office terms depend on the event date); an actor without a country keeps its own
    key (an unresolved name its spelling key, :func:`spelling_key`). A group or an
    organisation of a hostile sector (armed groups, criminals: ``sector_names.tsv`` group
    ``hostile``) has its sector instead (``s:REB``), whatever its
    country: reports of one attack say "militants" with no country in one and "Lashkar-e-Taiba"
    (Pakistan's) or "Pakistani terrorists" in another. Which actors of one side may be one (a
    country for its state, a group for its sector, the same id whatever its sector) is
    :func:`ghatna.store.dedup.actors_compatible`'s."""
    if key is None:
        return "-"
    if sector in sector_group("hostile") and key.startswith(_UNPERSONAL_KEYS):
        return f"s:{sector}"
    return f"c:{country}" if country else spelling_key(key)


#: Keys of actors that are no single person: generic groups, inferred ones, organisations.
_UNPERSONAL_KEYS = ("id:group:", "id:implicit:", "id:org:")


def block_actor(actor: dict[str, Any] | None) -> str:
    """:func:`block_side` of an event record's actor."""
    if not actor:
        return "-"
    return block_side(actor_key(actor), actor.get("country"), actor.get("sector"))


def block_key_of(etype: str, side1: str, side2: str, negated: bool) -> str:
    """The block key from its parts (:func:`block_key`; ``loader`` rebuilds stored keys with
    it from the mentions' columns)."""
    if etype in symmetric_types() and side2 < side1:
        side1, side2 = side2, side1
    return f"{etype}|{side1}|{side2}|n{int(bool(negated))}"


def block_key(ev: dict[str, Any]) -> str:
    """Mentions can only be one event when they share this key (see dedup.py): type, the
    country sides of the actors (:func:`block_actor`) and the negated flag (an announcement
    and its occurrence share a block: dedup joins them when the dates agree)."""
    return block_key_of(str(ev.get("type") or "").upper(), block_actor(ev.get("actor1")),
                        block_actor(ev.get("actor2")), bool(ev.get("negated")))


def _span(value: Any) -> tuple[int | None, int | None]:
    if isinstance(value, (list, tuple)) and len(value) == 2:
        return int(value[0]), int(value[1])
    return None, None


def _actor_cols(prefix: str, actor: dict[str, Any] | None) -> dict[str, Any]:
    actor = actor or {}
    start, end = _span(actor.get("span"))
    return {
        f"{prefix}_key": actor_key(actor) if actor else None,
        f"{prefix}_id": actor.get("id"),
        f"{prefix}_name": actor.get("name"),
        f"{prefix}_country": actor.get("country"),
        f"{prefix}_sector": actor.get("sector"),
        f"{prefix}_text": actor.get("text"),
        f"{prefix}_start": start,
        f"{prefix}_end": end,
    }


def _float(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def _int(value: Any) -> int | None:
    try:
        return None if value is None or value == "" else int(value)
    except (TypeError, ValueError):
        return None


def mention_rows(rec: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``mentions`` rows of one shard document record."""
    rows = []
    for position, ev in enumerate(rec.get("events") or []):
        loc = ev.get("location") or None
        span_start, span_end = _span(ev.get("span"))
        sent_start, sent_end = _span(ev.get("sentence_span"))
        date = ev.get("date") or None
        row = {
            "mention_id": short_hash(rec["doc_key"], str(position), size=20),
            "doc_key": rec["doc_key"],
            "doc_id": rec["id"],
            "position": position,
            "event_id": None,
            "block_key": block_key(ev),
            "type": str(ev.get("type") or "").upper(),
            "mode": ev.get("mode"),
            "context": [str(c) for c in ev.get("context") or []],
            "cameo": ev.get("cameo"),
            "quad_class": _int(ev.get("quad_class")),
            "score": _float(ev.get("score")),
            **_actor_cols("actor1", ev.get("actor1")),
            **_actor_cols("actor2", ev.get("actor2")),
            "date": date,
            "date_precision": ev.get("date_precision") or (_precision_of(date) if date else None),
            "date_text": ev.get("date_text"),
            "loc_key": place_key(loc),
            "loc_name": loc.get("name") if loc else None,
            "loc_kind": loc.get("kind") if loc else None,
            "loc_country": loc.get("country") if loc else None,
            "loc_admin1": loc.get("admin1") if loc else None,
            "loc_lat": _float(loc.get("lat")) if loc else None,
            "loc_lon": _float(loc.get("lon")) if loc else None,
            "loc_geonameid": _int(loc.get("geonameid")) if loc else None,
            "loc_text": loc.get("text") if loc else None,
            "planned": bool(ev.get("planned")),
            "negated": bool(ev.get("negated")),
            "hypothetical": bool(ev.get("hypothetical")),
            "sentence": ev.get("sentence"),
            "span_start": span_start,
            "span_end": span_end,
            "sentence_start": sent_start,
            "sentence_end": sent_end,
            "trigger": ev.get("trigger"),
            "lang": ev.get("lang") or rec.get("lang"),
            "confidence": _float(ev.get("confidence")),
            "coder": ev.get("coder"),
        }
        rows.append(row)
    return rows


def _precision_of(date: str) -> str:
    return {10: "day", 7: "month", 4: "year"}.get(len(date), "unknown")


def _utf8(value: Any) -> str:
    """A string that can be stored (a lone surrogate becomes "?")."""
    return str(value).encode("utf-8", "replace").decode("utf-8")


def reject_row(rec: dict[str, Any]) -> dict[str, Any]:
    src, doc_id = _utf8(rec.get("source") or ""), rec.get("doc_id")
    doc_id = None if doc_id is None else _utf8(doc_id)
    code, reason = _utf8(rec.get("code") or "unknown"), _utf8(rec.get("reason") or "")
    return {
        "reject_id": short_hash(src, str(doc_id), code, reason, size=24),
        "source": src,
        "doc_id": doc_id,
        "code": code,
        "reason": reason,
    }
