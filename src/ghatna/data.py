"""The data model shared by every stage: plain slotted dataclasses, no I/O.

Spans are ``(start, end)`` character offsets into ``Document.text`` (the cleaned text);
``Document.to_raw`` maps them back to the raw input so that evidence always points into
what the user gave us.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Span = tuple[int, int]
Script = Literal["deva", "latn", "mixed", "digit", "punct"]
TokenLang = Literal["hi", "en", "ne", "univ", ""]  # ne: a named entity
MentionKind = Literal["actor", "place", "date", "title", "pronoun", "adjective", "group",
                      "country"]
ActorKind = Literal["person", "org", "group", "country", "place"]
Precision = Literal["day", "month", "year"]

CODER_VERSION = "ghatna-coder/0.1"
#: Language of romanized Hindi (Hindi typed in Latin letters): documents, sentences' events.
ROMANIZED = "hi-Latn"


@dataclass(slots=True)
class Token:
    """One word or punctuation mark of a sentence.

    ``norm`` is the form the matchers see: lower-cased, nukta-free and, for an English word
    inside a Hindi sentence, the Hindi word it stands for ("President" -> "राष्ट्रपति").
    """

    text: str
    start: int
    end: int
    script: Script
    norm: str = ""
    lang: TokenLang = ""


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)
    lang: str = ""
    paragraph: int = 0
    romanized: bool = False  # Hindi typed in Latin letters, read through back-transliteration
    in_names: frozenset[int] = frozenset()  # tokens inside a name ("जो" of "जो बाइडेन")
    not_entities: frozenset[int] = frozenset()  # tokens of a not_entities.tsv phrase: no NER either


@dataclass(slots=True)
class Actor:
    """A resolved participant: a person, organisation, group or country."""

    name: str
    id: str | None = None
    country: str | None = None
    sector: str | None = None
    kind: ActorKind = "person"
    text: str = ""
    span: Span | None = None

    def spanning(self, text: str, span: Span | None) -> Actor:
        """A copy that names another stretch of text. The same as ``dataclasses.replace(self,
        text=..., span=...)``, which costs several times more (it inspects the fields and calls
        the class with keywords every time): the coder copies an actor per event side
        (tests/test_data_copies.py keeps this complete)."""
        return Actor(self.name, self.id, self.country, self.sector, self.kind, text, span)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "id": self.id,
            "country": self.country,
            "sector": self.sector,
            "text": self.text,
            "span": list(self.span) if self.span else None,
        }


@dataclass(slots=True)
class Place:
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    kind: str = "city"
    id: str | None = None
    text: str = ""
    span: Span | None = None

    def spanning(self, text: str, span: Span | None) -> Place:
        """A copy that names another stretch of text (as ``Actor.spanning``: a place is copied
        for every gazetteer match and event)."""
        return Place(self.name, self.country, self.admin1, self.lat, self.lon, self.geonameid,
                     self.kind, self.id, text, span)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "admin1": self.admin1,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "text": self.text,
            "span": list(self.span) if self.span else None,
        }


@dataclass(slots=True)
class DateValue:
    """A calendar date at day, month or year precision; ``end`` for ranges."""

    value: str  # YYYY-MM-DD | YYYY-MM | YYYY
    precision: Precision
    text: str = ""
    span: Span | None = None
    end: str | None = None

    @property
    def year(self) -> int:
        return int(self.value[:4])

    @property
    def month(self) -> int | None:
        return int(self.value[5:7]) if self.precision != "year" else None

    def as_date(self) -> date | None:
        """The calendar day, for a date at day precision."""
        return date.fromisoformat(self.value) if self.precision == "day" else None


_PUBLISHED = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][0-9:.+\-Z]*)?")


def parse_published(text: object) -> DateValue | None:
    """A publication date as given in metadata (``2025-11-18``, ``2025-11-18T09:30:00+05:30``,
    ``2025-11``, ``2025``) as a DateValue keeping the given text; None when it is no real
    date (``2025-02-30``, ``yesterday``, a number)."""
    if not isinstance(text, str):
        return None
    match = _PUBLISHED.fullmatch(text.strip())
    if match is None:
        return None
    year, month, day = match.groups()
    try:
        if day is not None:
            return DateValue(date(int(year), int(month), int(day)).isoformat(), "day", text)
        if month is not None and 1 <= int(month) <= 12:
            return DateValue(f"{year}-{month}", "month", text)
        if month is None and int(year) >= 1:
            return DateValue(year, "year", text)
    except ValueError:
        return None
    return None


@dataclass(slots=True)
class MentionAttrs:
    """What the stages learn about a mention beyond its entity, typed (one field per fact)."""

    office: str | None = None  # a title: the office it names ("foreign_minister")
    pronoun_role: str | None = None  # a pronoun: "agent" (ergative/subject form) or "other"
    case: str | None = None  # a pronoun: the postposition fused into it (उन्हें = उन को)
    number: str = ""  # a pronoun's number (pronouns.tsv): sg one person, np no person, pl
    pair: str | None = None  # "both sides", "दोनों देशों": the kind of the two it stands for
    sector: str | None = None  # a title: the sector of its holder
    country: str | None = None  # a nationality or the country owning a title or group
    region: str | None = None  # a state office's region ("Tamil Nadu" chief minister)
    org: Actor | None = None  # the organisation owning a title ("European Union")
    title: str | None = None  # a person named with a title: the title's office
    former: bool = False  # a title after "former"/"पूर्व": a past holder, not today's
    title_span: Span | None = None  # ... and where the title stood
    members: str | None = None  # a group of a known organisation: the organisation's name
    qualifiers: list[Mention] = field(default_factory=list)  # nationality/org before a title
    metonym: str | None = None  # a capital standing for its country's government: ISO code
    locative: bool | None = None  # a place: True scene ("X में"), False not, None unknown
    destination: bool = False  # a place a trip goes to ("टोक्यो जाएंगे"), scene or not
    dateline: bool = False  # a place in the dateline
    from_adjective: bool = False  # made from a nationality adjective ("Russian", "रूसी")
    antecedent: Actor | None = None  # a pronoun resolved inside its own sentence
    new: bool = False  # found by a later stage (unknown name, locality), not the gazetteer
    source: bool = False  # who a report is attributed to (", officials said", "बकौल X"): no party
    topic_from: int | None = None  # inside "about/regarding X": the opener's token; a topic, no party

    @property
    def plural(self) -> bool:
        """A pronoun that is only plural ("them"): it stands for a group."""
        return self.number == "pl"


@dataclass(slots=True)
class Mention:
    """An entity, place, date or title found in a sentence (token indices, inclusive-exclusive)."""

    kind: MentionKind
    tok_start: int
    tok_end: int
    start: int
    end: int
    text: str
    actor: Actor | None = None
    place: Place | None = None
    date: DateValue | None = None
    attrs: MentionAttrs = field(default_factory=MentionAttrs)


def span_tokens(mention: Mention, tokens: list[Token], first: int, last: int) -> None:
    """Make ``mention`` cover ``tokens[first:last]``, as a mention found there is written: its
    character offsets are those of the first and last token (so evidence built from them points
    at the words it now names), its text their words joined by spaces. Every stage that widens
    a mention over a title, qualifier or bracketed copy, or narrows it, goes through here, so
    the token range, offsets and text never disagree."""
    mention.tok_start, mention.tok_end = first, last
    mention.start, mention.end = tokens[first].start, tokens[last - 1].end
    mention.text = " ".join(t.text for t in tokens[first:last])


@dataclass(slots=True)
class Event:
    """One coded event: the project's output record (see the README's event contract)."""

    doc_id: str
    type: str
    actor1: Actor | None
    actor2: Actor | None
    sentence: str
    span: Span
    sentence_span: Span
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    quad_class: int | None = None
    score: float | None = None
    date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    location: Place | None = None
    planned: bool = False
    negated: bool = False
    hypothetical: bool = False
    lang: str = ""
    confidence: float = 0.5
    trigger: str = ""
    event_id: str = ""
    coder: str = CODER_VERSION

    def placed_between(self, actor1: Actor | None, actor2: Actor | None,
                       location: Place | None) -> Event:
        """A copy with other sides and place. The same as ``dataclasses.replace(self,
        actor1=..., actor2=..., location=...)``, which inspects the fields and calls the class
        with keywords every time: the coder copies every event once this way when it maps
        the spans to the raw text (tests/test_data_copies.py keeps this complete)."""
        return Event(self.doc_id, self.type, actor1, actor2, self.sentence, self.span,
                     self.sentence_span, self.mode, self.context, self.cameo, self.quad_class,
                     self.score, self.date, self.date_precision, self.date_text, location,
                     self.planned, self.negated, self.hypothetical, self.lang, self.confidence,
                     self.trigger, self.event_id, self.coder)

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "score": self.score,
            "actor1": self.actor1.to_dict() if self.actor1 else None,
            "actor2": self.actor2.to_dict() if self.actor2 else None,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "location": self.location.to_dict() if self.location else None,
            "planned": self.planned,
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "sentence": self.sentence,
            "span": list(self.span),
            "sentence_span": list(self.sentence_span),
            "trigger": self.trigger,
            "lang": self.lang,
            "confidence": round(self.confidence, 3),
            "coder": self.coder,
        }


def asserted_events(events: list[Event]) -> list[Event]:
    """The events a scorer counts: realised and planned ones. A negated event (the text says
    the act did not happen: "has not condemned", "बल प्रयोग नहीं किया") and a hypothetical
    one (its own clause is a condition or a speculation: "if India attacks", "मुलाकात कर
    सकती हैं") are no events by the annotation guideline; they are kept apart, flagged, for
    the store and the dashboard (docs/decisions.md)."""
    return [event for event in events if not (event.negated or event.hypothetical)]


def negated_events(events: list[Event]) -> list[Event]:
    """The events the text says did not happen."""
    return [event for event in events if event.negated]


def hypothetical_events(events: list[Event]) -> list[Event]:
    """The events the text only supposes or speculates about, and does not negate (a negated
    one is listed with :func:`negated_events`); with those two, the complement of
    :func:`asserted_events`."""
    return [event for event in events if event.hypothetical and not event.negated]


@dataclass(slots=True)
class Document:
    """A document moving through the pipeline; stages fill in the later fields."""

    id: str
    raw: str
    # the publication date, parsed once where the document is read (a string given here is
    # parsed too; one that is no date becomes None: readers report it as a warning)
    published: DateValue | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    text: str = ""
    # offset_map[i] = raw offset of text[i]; len(text)+1 entries so that ends map too.
    offset_map: list[int] = field(default_factory=list)
    lang: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[list[Mention]] = field(default_factory=list)  # per sentence
    dateline: DateValue | None = None
    dateline_place: Place | None = None
    anchor_year: int | None = None
    # a weekday said with no day to count it from (no dateline, no publication day): sentence
    # start -> its text ("शनिवार को"); an undated event keeps it as its date_text
    weekdays: dict[int, str] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    done: set[str] = field(default_factory=set)  # names of the stages that have run
    warnings: list[str] = field(default_factory=list)  # what the reader dropped, and why

    def __post_init__(self) -> None:
        if self.published is not None and not isinstance(self.published, DateValue):
            self.published = parse_published(self.published)

    def to_raw(self, span: Span) -> Span:
        """Map a span of the cleaned text back to the raw input."""
        if not self.offset_map:
            return span
        start, end = span
        return self.offset_map[start], self.offset_map[end]

    def meta(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "published": self.published.value if self.published else None,
            "url": self.url,
            "source": self.source,
            "title": self.title,
        }

