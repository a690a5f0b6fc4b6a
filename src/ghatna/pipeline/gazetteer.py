"""The gazetteer: every entity surface form of the resources in one Aho-Corasick automaton.

Keys are normalised token sequences joined by single spaces and framed by spaces, so a key
can only match whole tokens. Each key carries the entries it names (a place, an actor, a
group, a title, a nationality adjective or a pronoun).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, cached_property, lru_cache
from typing import Literal

import ahocorasick

from ..data import Actor, ActorKind, Place
from ..errors import ResourceError
from ..rescache import PackedTable, compiled
from ..resources import WORD_RE, is_devanagari, load_table, split_multi, surface_key, word_class
from .noun_forms import noun_form_sets
from .predicates import predicate_rows

KIND_ORDER = {"actor": 0, "country": 1, "place": 2, "group": 3, "title": 4, "adjective": 5,
              "pronoun": 6, "ignore": 7}


#: what a gazetteer entry is: a mention kind, or a phrase that is no entity at all
EntryKind = Literal["actor", "place", "title", "pronoun", "adjective", "group", "country",
                    "ignore"]
ACTOR_KINDS: tuple[ActorKind, ...] = ("person", "org", "group", "country", "place")


@dataclass(frozen=True, slots=True)
class Entry:
    """What a surface form can mean. ``kind`` decides which of the other fields is set."""

    kind: EntryKind
    actor: Actor | None = None
    place: Place | None = None
    country: str | None = None  # adjective: the country; title: the one country it names
    role: str | None = None  # title role / pronoun role / group name
    sector: str | None = None
    exact: str | None = None  # short upper-case aliases ("US", "UP") must match as written
    case: str | None = None  # pronoun: the postposition fused into it (उन्हें = उन को)
    number: str = ""  # pronoun: pronouns.tsv number (sg: one person, np: no person, pl)
    pair: str | None = None  # pronoun: "both sides" and the like: the kind of the two it names


def needs_exact_case(surface: str) -> bool:
    """"US", "UP", "TN": an acronym that lower-cased is an everyday word ("us", "up")."""
    letters = surface.replace(".", "").replace(" ", "")
    return letters.isascii() and letters.isalpha() and letters.isupper() and len(letters) <= 4


@dataclass(slots=True)
class Office:
    actor_id: str
    role: str
    country: str
    region: str
    start: str
    end: str

    def held_on(self, when: date) -> bool:
        """Whether the office was held on ``when`` (start inclusive, end exclusive)."""
        start = _as_date(self.start) if self.start else date.min
        end = _as_date(self.end) if self.end else date.max
        return start <= when < end


@dataclass
class KnowledgeBase:
    automaton: ahocorasick.Automaton  # " key " -> (key, ordinal in ``entries``)
    # a key's entries by its ordinal; in the compiled cache each key's are pickled apart and
    # decoded on first use (about 50 ms less to start on one document)
    entries: PackedTable[int, tuple[Entry, ...]]
    actors: dict[str, Actor] = field(default_factory=dict)
    offices: list[Office] = field(default_factory=list)
    countries: dict[str, Place] = field(default_factory=dict)
    function_words: frozenset[str] = frozenset()
    name_parts: dict[str, str] = field(default_factory=dict)  # norm -> given|surname|honorific

    def matches(self, text: str) -> Iterator[tuple[int, str, tuple[Entry, ...]]]:
        """(end position, key, entries) of every key found in the framed ``text``."""
        for end, (key, ordinal) in self.automaton.iter(text):
            yield end, key, self.entries[ordinal]

    def office_holder(self, role: str, country: str | None, on: str | None,
                      region: str | None = None, national: bool = False) -> Actor | None:
        """Who held ``role`` for ``country`` on the date ``on`` (YYYY[-MM[-DD]]), if known
        (``national``: the country's own office, not a state's)."""
        when = _as_date(on) if on else date.today()
        holders: set[str] = set()
        best: Actor | None = None
        for office in self.offices:
            if office.role != role or (country and office.country != country):
                continue
            if region and office.region.lower() != region.lower():
                continue  # a state's minister is never the Union minister
            if national and office.region:
                continue
            if office.held_on(when) and office.actor_id in self.actors:
                best = self.actors[office.actor_id]
                holders.add(office.actor_id)
        # "राज्यपाल" with no state: many hold the office at once, so it names no one
        if best is None or len(holders) != 1:
            return None
        # the holder acts in that office on that date ("जापान के पीएम" in 2023: Kishida, GOV),
        # whatever the knowledge base's present-day sector of the person
        return replace(best, sector=office_sector(role) or best.sector)

    @cached_property
    def _state_offices(self) -> frozenset[tuple[str, str]]:
        """(role, country) of the offices held in two states or more (indexed once)."""
        regions: dict[tuple[str, str], set[str]] = defaultdict(set)
        for office in self.offices:
            if office.region:
                regions[(office.role, office.country)].add(office.region)
        return frozenset(key for key, held_in in regions.items() if len(held_in) >= 2)

    @cached_property
    def _offices_of(self) -> dict[str, list[Office]]:
        """Each actor's offices, in offices.tsv order (indexed once)."""
        by_actor: dict[str, list[Office]] = defaultdict(list)
        for office in self.offices:
            by_actor[office.actor_id].append(office)
        return dict(by_actor)

    def per_state(self, role: str, country: str) -> bool:
        """Does ``country`` have ``role`` in its states, one holder each (the speaker of a
        state assembly)? Known when offices.tsv has holders of it in two states or more."""
        return (role, country) in self._state_offices

    def office_on(self, actor_id: str, on: str | None) -> str | None:
        """The role ``actor_id`` held on the date ``on`` (today when None), if any."""
        when = _as_date(on) if on else date.today()
        for office in self._offices_of.get(actor_id, ()):
            if office.held_on(when):
                return office.role
        return None

    def ever_held(self, actor_id: str, role: str) -> bool:
        """Has ``actor_id`` held ``role`` at any time offices.tsv knows?"""
        return any(office.role == role for office in self._offices_of.get(actor_id, ()))

    def lookup(self, key: str) -> list[Entry]:
        found = self.automaton.get(f" {key} ", None)
        return list(self.entries[found[1]]) if found is not None else []


@cache
def office_sector(role: str) -> str | None:
    """The sector of an office's holder (titles.tsv: the first title of the role with one)."""
    return next((row["sector"] for row in load_table("titles.tsv")
                 if row["role"] == role and row["sector"]), None)


@lru_cache(maxsize=1)
def devanagari_letter_names() -> tuple[str, ...]:
    """एस, के, यू ...: the Devanagari initials listed in abbreviations.tsv, longest first."""
    names = [r["abbreviation"] for r in load_table("abbreviations.tsv")
             if r["lang"] == "hi" and is_devanagari(r["abbreviation"])]
    return tuple(sorted(names, key=len, reverse=True))


def _split_letters(word: str, letter_names: tuple[str, ...]) -> list[str] | None:
    if not word:
        return []
    for name in letter_names:
        if word.startswith(name):
            rest = _split_letters(word[len(name):], letter_names)
            if rest is not None:
                return [name, *rest]
    return None


def initialism_variants(surface: str, letter_names: tuple[str, ...]) -> list[str]:
    """A Devanagari initialism is also written with dots: यूके -> यू.के., यू.के"""
    letters = _split_letters(surface, letter_names) if " " not in surface else None
    if not letters or len(letters) < 2:
        return [surface]
    return [surface, ".".join(letters) + ".", ".".join(letters)]


def hyphen_variants(surface: str) -> list[str]:
    """"उप मुख्यमंत्री" is also written "उप-मुख्यमंत्री": a Hindi prefix word (word class
    hyphen_prefix) joined by a hyphen must not leave the bare office ("मुख्यमंत्री") to match."""
    first, _, rest = surface.partition(" ")
    if rest and first in word_class("hyphen_prefix", "hi"):
        return [surface, f"{first}-{rest}"]
    return [surface]


def demonym_forms(adjective: str) -> list[str]:
    """The adjective and the plural nouns news makes of it: भारतीय -> भारतीयों,
    पाकिस्तानी -> पाकिस्तानियों, Indian -> Indians."""
    lang = "hi" if is_devanagari(adjective) else "en"
    if lang == "en" and not (adjective[-1:].islower() and adjective.isalpha()):
        return [adjective]
    for row in load_table("demonym_plurals.tsv"):
        if row["lang"] == lang and adjective.endswith(row["ending"]):
            return [adjective, adjective[:len(adjective) - len(row["ending"])] + row["plural"]]
    return [adjective]


def _as_date(text: str) -> date:
    parts = [int(p) for p in text.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(parts[0], parts[1], parts[2])


def _float(cell: str) -> float | None:
    try:
        return float(cell)
    except ValueError:
        return None


def _int(cell: str) -> int | None:
    try:
        return int(float(cell))
    except ValueError:
        return None


class _Entries:
    """Gazetteer entries by surface key, each with a rank among same-key entries."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[tuple[int, Entry]]] = {}
        self.letter_names = devanagari_letter_names()

    def add(self, surface: str, entry: Entry, rank: int = 0) -> None:
        """Add a surface form with its dotted-initialism variants (यू.के., U.K.)."""
        variants = [v for written in hyphen_variants(surface)
                    for v in initialism_variants(written, self.letter_names)]
        for variant in variants:
            key = surface_key(variant)
            if not key:
                continue
            exact = replace(entry, exact=" ".join(WORD_RE.findall(variant))) \
                if needs_exact_case(variant) else entry
            self.by_key.setdefault(key, []).append((rank, exact))

    def automaton(self) -> tuple[ahocorasick.Automaton, PackedTable[int, tuple[Entry, ...]]]:
        automaton = ahocorasick.Automaton()
        entries: dict[int, tuple[Entry, ...]] = {}
        for key, ranked in self.by_key.items():
            ranked.sort(key=lambda item: (KIND_ORDER[item[1].kind], item[0]))
            automaton.add_word(f" {key} ", (key, len(entries)))
            entries[len(entries)] = tuple(e for _, e in ranked)
        automaton.make_automaton()
        return automaton, PackedTable(entries)


def plain_latin(name: str) -> str:
    """A GeoNames name as English news writes it: "Malé" -> "Male", "Karol Bāgh" -> "Karol
    Bagh" (the diacritic-free form is already an alias; this is the name events carry)."""
    decomposed = unicodedata.normalize("NFKD", name)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _add_places(entries: _Entries) -> dict[str, Place]:
    """Places and countries (a country beats any same-named city, a bigger city a smaller
    one); returns the countries by ISO code."""
    countries: dict[str, Place] = {}
    for row in load_table("places.tsv"):
        place = Place(name=plain_latin(row["name"]), country=row["country"] or None,
                      admin1=row["admin1"] or None, lat=_float(row["lat"]), lon=_float(row["lon"]),
                      geonameid=_int(row["geonameid"]), kind=row["kind"], id=row["id"])
        if row["kind"] == "country":
            countries[row["country"]] = place
            # a country acting as a whole is its government (PLOVER, the annotation guideline)
            actor = Actor(name=row["name"], id=row["id"], country=row["country"], sector="GOV",
                          kind="country")
            entry = Entry("country", actor=actor, place=place, country=row["country"])
            rank = -10**12
        else:
            entry = Entry("place", place=place, country=row["country"] or None)
            rank = -(_int(row.get("population", "")) or 0)
        for alias in {row["name"], *split_multi(row["aliases"])}:
            entries.add(alias, entry, rank)
    for row in load_table("country_adjectives.tsv"):
        for form in demonym_forms(row["surface"]):
            entries.add(form, Entry("adjective", country=row["country"]))
    return countries


def _actor_kind(kind: str) -> ActorKind:
    for known in ACTOR_KINDS:
        if kind == known:
            return known
    raise ResourceError(f"actors.tsv: unknown kind {kind!r} (one of {', '.join(ACTOR_KINDS)})")


def _add_actors(entries: _Entries) -> dict[str, Actor]:
    """Known actors, group words, titles, pronouns and the phrases that are no entity."""
    actors: dict[str, Actor] = {}
    for row in load_table("actors.tsv"):
        actor = Actor(name=row["name"], id=row["id"], country=row["country"] or None,
                      sector=row["sector"] or None, kind=_actor_kind(row["kind"] or "person"))
        actors[row["id"]] = actor
        for alias in {row["name"], *split_multi(row["aliases"])}:
            entries.add(alias, Entry("actor", actor=actor), -1)
    for row in load_table("groups.tsv"):
        actor = Actor(name=row["name"], id=f"group:{row['name']}", country=row["country"] or None,
                      sector=row["sector"] or None, kind="group")
        entries.add(row["surface"], Entry("group", actor=actor, role=row["name"],
                                          sector=row["sector"]))
    for row in load_table("titles.tsv"):
        entries.add(row["surface"], Entry("title", role=row["role"], sector=row["sector"] or None,
                                          country=row.get("country") or None))
    for row in load_table("pronouns.tsv"):
        entries.add(row["surface"], Entry("pronoun", role=row["role"],
                                          case=row.get("case") or None,
                                          number=row.get("number") or ""))
    for row in load_table("pair_references.tsv"):
        entries.add(row["surface"], Entry("pronoun", pair=row["kind"]))
    for row in load_table("not_entities.tsv"):
        entries.add(row["surface"], Entry("ignore"))
    return actors


def _never_names() -> frozenset[str]:
    """Function words and known vocabulary (code-mixing table, calendar, predicate words):
    never taken for an unknown person's name."""
    function_words = frozenset(surface_key(r["word"]) for r in load_table("function_words.tsv"))
    vocabulary = {surface_key(r["hindi"]) for r in load_table("codemix.tsv")}
    vocabulary |= {surface_key(r["surface"]) for r in load_table("calendar.tsv")}
    vocabulary |= {w for r in predicate_rows() for w in surface_key(
        r["pattern"].replace("/", " ")).split() if not w.startswith("~")}
    vocabulary |= set(noun_form_sets())  # every form of the patterns' nouns ("मामलों")
    return function_words | frozenset(v for v in vocabulary if " " not in v)


@compiled("knowledge_base")
def knowledge_base() -> KnowledgeBase:
    """Build the automaton from places, adjectives, actors, groups, titles and pronouns."""
    entries = _Entries()
    countries = _add_places(entries)
    actors = _add_actors(entries)
    offices = [Office(r["actor_id"], r["role"], r["country"], r.get("region", ""), r["start"],
                      r["end"]) for r in load_table("offices.tsv")]
    name_parts = {surface_key(r["surface"]): r["part"] for r in load_table("person_names.tsv")}
    automaton, surface_entries = entries.automaton()
    return KnowledgeBase(automaton=automaton, entries=surface_entries, actors=actors,
                         offices=offices,
                         countries=countries, function_words=_never_names(),
                         name_parts=name_parts)
