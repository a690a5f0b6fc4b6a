"""Stage 7, code: PLOVER events from predicates, roles, dates and places.

For every sentence the coder finds predicate patterns (predicates.py), reads the roles
around each (roles.py), resolves pronouns and bare titles through the discourse, and dates
and places the event:

- date: a date written in the sentence, else the date the discourse is at (the last one
  written: "इस यात्रा के दौरान" stays in August), else the report date for a past event;
- place: a locative place in the sentence ("मास्को में"), else the destination of a visit
  ("रूस का दौरा"), else the scene the discourse is at, else the dateline city.

Events repeating one fact (same type, actors and date) are kept once per document.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence, Set
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter

from ..data import (
    ROMANIZED,
    Actor,
    DateValue,
    Document,
    Event,
    Mention,
    Place,
    Sentence,
    Token,
)
from ..learned.event_types import event_type_model
from ..learned.implicit_targets import fill_implicit_targets, implicit_target_sectors
from ..learned.retellings import drop_likely_retellings
from ..learned.roles import candidate_features, owns_topic, participants, role_model
from ..ontology import (
    contexts,
    event_code,
    goldstein,
    one_state,
    plover_types,
    quad_class,
    sector_group,
    sector_name,
    symmetric_types,
    type_quad,
)
from ..resources import load_table, surface_key, word_class
from ..tsv import split_multi
from .agreement import feminine_antecedents
from .base import Stage
from .calendar_words import is_date_word
from .clauses import (
    both_languages,
    case_markers,
    clause_around,
    clause_end,
    coordinated,
    has_phrase,
    marker_before,
)
from .custody import Custody, ends_custody, held_by, holds
from .dates import is_future
from .detector import LEARNED, detect, propose, sentence_probabilities
from .doc_facts import actor_key, deduplicate
from .gazetteer import KnowledgeBase, knowledge_base
from .hedges import in_condition, is_hypothetical
from .matching import sentence_matches
from .nonfinite import unasserted
from .one_person import one_person
from .pair_refs import is_pair, remember, resolve_pair
from .predicates import Match, Pattern
from .prominence import rank_below_main
from .restated import (
    drop_covered_arrivals,
    drop_host_countries,
    drop_restated_headline,
    drop_retold_second_acts,
    drop_unnamed_agents,
    drop_untargeted_retellings,
)
from .retype import retyped_by_sides
from .roles import (
    DESTINATION_TYPES,
    Roles,
    english_passive_voice,
    english_roles,
    has_reciprocal,
    hi_object_of_participle_before,
    hindi_roles,
    is_place,
    reaches_country,
    topic_of_message,
)
from .roles import participants as clause_participants
from .seats import seat_owner
from .spread import spread_place
from .stations import station_scenes, stations_at
from .story_setting import (
    discourse_words,
    finer_in_phrase,
    home_country,
    lead_scene_at,
    place_unplaced,
    refine_broad_places,
    story_place,
)
from .victims import VICTIM_FLAGS, drop_retold_victims, fought_back, victims_as_targets

PERSON_KINDS = ("person",)
VERBAL_QUADS = (1, 3)  # GDELT quad classes of verbal cooperation and verbal conflict


@lru_cache(maxsize=1)
def type_cues() -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(type, trigger word) -> [(cue word, new type)] (resources/type_cues.tsv; a cell may
    list several words, any of which applies)."""
    table: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for row in load_table("type_cues.tsv"):
        for trigger in split_multi(row["trigger"]):
            key = (row["type"], surface_key(trigger))
            table.setdefault(key, []).extend(
                (surface_key(cue), row["becomes"]) for cue in split_multi(row["cue"]))
    return table


def _cued_type(event_type: str, match: Match, tokens: list[Token]) -> str:
    """"चुनाव आयोग ने आचार संहिता के उल्लंघन पर नोटिस भेजा": a notice over a violation is an
    accusation, not a demand (resources/type_cues.tsv)."""
    cues = type_cues()
    for tok in tokens[match.token_start:match.token_end]:
        for cue, becomes in cues.get((event_type, tok.norm), ()):
            if any(t.norm == cue for t in tokens):
                return becomes
    return event_type


@dataclass
class Discourse:
    """What the text is about so far: who is salient, when and where the scene is."""

    salient: Actor | None = None
    focus_date: DateValue | None = None
    scene: Place | None = None
    meeting_org: Actor | None = None
    home_country: str | None = None
    lead_scene: Place | None = None  # first scene of the lead: where the story happens
    lead_scene_no: int = 0  # ... and the sentence that names it
    dateline_no: int = 0  # the sentence that opens with the dateline (past the last if none)
    last_agent: dict[str, Actor] = field(default_factory=dict)  # event type -> last actor1
    last_target: dict[str, Actor | None] = field(default_factory=dict)  # ... and its actor2
    last_subject: Actor | None = None  # the last sentence subject of any kind
    last_group: Actor | None = None  # the first group named in the last sentence with one
    holders: dict[str, set[str]] = field(default_factory=dict)  # actor id -> roles
    former_holders: dict[str, set[str]] = field(default_factory=dict)  # ... roles once held
    recent: list[Actor] = field(default_factory=list)  # actors named so far, most recent last
    group_countries: dict[str, str] = field(default_factory=dict)  # group id -> its country
    last_meeting: tuple[Actor, Actor] | None = None  # the two sides of the last CONSULT coded
    last_policed: Actor | None = None  # the last criminal, militant or crowd named
    last_force: Actor | None = None  # the last army, police or paramilitary force named
    last_one: Actor | None = None  # the last person or lone suspect ("आरोपी") named
    last_subject_no: int = -1  # the sentence that set last_subject or went on about it
    last_group_no: int = -1  # the sentence that set last_group
    story_people: tuple[Actor, ...] = ()  # the known persons the whole document names
    told_by_victims: list[Event] = field(default_factory=list)  # attacks told by the dead
    arrivals: list[Event] = field(default_factory=list)  # bare arrivals abroad (flag abroad)
    second_acts: list[Event] = field(default_factory=list)  # acts of a flag also=TYPE
    sentence_no: int = 0  # the index of the sentence being coded
    acts: list[tuple[int, str, Actor, Actor]] = field(default_factory=list)  # (sentence, type, a1, a2)
    custody: list[Custody] = field(default_factory=list)  # who holds whom (custody.py)


def _side_key(actor: Actor) -> str:
    """Who an actor is as a side of an event: a group is one of its country (Chinese soldiers
    attacking Indian soldiers are two sides, not one group acting on itself)."""
    key = actor_key(actor)
    return f"{key}|{actor.country or ''}" if actor.kind == "group" else key


def _own_state(event_type: str, agent: Actor, target: Actor, mention: Mention) -> bool:
    """Would a verbal act (quad class 1 or 3: praise, talks, accusations ...) address the
    agent's own state ("Modi hailed the deal as a moment for India")? Not a material act
    ("Hasina fled Bangladesh"), not a place standing for its country, not a group word whose
    country is only the story's ("भारत ने नई सरकार को मान्यता दी")."""
    return type_quad().get(event_type) in VERBAL_QUADS and one_state(agent, target) \
        and not is_place(mention) and target.kind != "group"


def _one_group(first: Actor, second: Actor) -> bool:
    """"अदालत ... अदालत": one group word twice, once with its country unknown, is one crowd
    (a group acting on itself is a misreading; two sides of one kind say so: self_pair)."""
    return first.kind == second.kind == "group" and first.id is not None \
        and first.id == second.id and (not first.country or not second.country)


#: types of help: the security and relief forces of the helper's own country work beside it
HELP_TYPES = frozenset({"AID"})


def _fellow_helper(event_type: str, agent: Actor, target: Actor) -> bool:
    """"NDRF और SDRF की टीमें स्थानीय प्रशासन के साथ मिलकर राहत कार्य में जुटी हैं", "villagers
    evacuated by the NDRF": help is for the people it reaches; a police, army or relief force
    of the helper's own country beside it is a fellow helper (or a misread helper), not
    whom it helps."""
    return event_type in HELP_TYPES and target.sector in sector_group("security") \
        and target.country is not None and target.country == agent.country


class Code(Stage):
    """Fill ``doc.events``."""

    name = "code"
    requires = ("mentions", "dates", "places")

    def process(self, doc: Document) -> Document:
        kb = knowledge_base()
        lead = lead_scene_at(doc)
        state = Discourse(home_country=home_country(doc), lead_scene=lead and lead[0],
                          lead_scene_no=lead[1] if lead else 0, dateline_no=_dateline_no(doc),
                          story_people=_story_people(doc))
        state.last_force = _police_war_force(doc)
        events: list[Event] = []
        for s_idx, sentence in enumerate(doc.sentences):
            state.sentence_no = s_idx
            mentions = doc.mentions[s_idx]
            _name_the_force(mentions, state)
            found = code_sentence(doc, s_idx, sentence, mentions, state, kb)
            events.extend(found)
            _update_discourse(state, sentence, mentions, kb, bool(found))
            remember(state.recent, _named_actors(mentions, kb) +
                     [a for event in found for a in (event.actor1, event.actor2)])
            state.last_meeting = next(
                ((e.actor1, e.actor2) for e in reversed(found) if e.type == "CONSULT"
                 and e.actor1 is not None and e.actor2 is not None), state.last_meeting)
            # a visit moves the scene to its destination ("रूस का दौरा" -> later sentences
            # of that trip happen in Russia)
            for event in found:
                if event.mode == "visit" and event.location is not None and not event.planned:
                    state.scene = event.location
        events = drop_retold_victims(events, state.told_by_victims)
        events = drop_covered_arrivals(events, state.arrivals)
        events = drop_retold_second_acts(events, state.second_acts)
        events = [_localise_groups(e, state.home_country) for e in events]
        events = drop_restated_headline(deduplicate(events, doc.dateline_place), doc)
        events = place_unplaced(events, story_place(doc))
        events = refine_broad_places(events, doc)
        events = fill_implicit_targets(events, state.home_country)
        events = drop_unnamed_agents(drop_host_countries(drop_untargeted_retellings(events)))
        # one act told again (headline, lead, body) with worse sides: a learned filter
        events = drop_likely_retellings(events, doc)
        doc.events = [_spans_to_raw(doc, e) for e in events]
        return doc


def _story_people(doc: Document) -> tuple[Actor, ...]:
    """The knowledge-base persons a document names, in any sentence, first mention first."""
    seen: dict[str, Actor] = {}
    for mentions in doc.mentions:
        for m in mentions:
            if m.actor is not None and m.actor.kind == "person" and m.actor.id:
                seen.setdefault(m.actor.id, m.actor)
    return tuple(seen.values())


def _localise_groups(event: Event, home: str | None) -> Event:
    """A crowd, a police team or officials with no country, reached by a path that gave them
    none (an agent carried over from an earlier sentence), are of the event's country, else
    of the story's: such groups in the news are local. Armed groups and international bodies
    keep none unless the text gives one."""
    country = event.location.country if event.location is not None and event.location.country \
        else home
    if country is None:
        return event
    sides = [replace(a, country=country) if a is not None and a.kind == "group"
             and a.country is None and a.sector not in (None, "REB", "IGO") else a
             for a in (event.actor1, event.actor2)]
    if sides == [event.actor1, event.actor2]:
        return event
    return replace(event, actor1=sides[0], actor2=sides[1])


def _named_force(actor: Actor | None) -> bool:
    """An army, police or paramilitary force named by the text (not an investigating or
    relief agency: word class unarmed_force)."""
    return actor is not None and actor.kind == "org" and actor.country is not None \
        and actor.sector in sector_group("security") \
        and surface_key(actor.name) not in word_class("unarmed_force")


def _police_war_force(doc: Document) -> Actor | None:
    """"नक्सलियों के हमले में 11 जवान शहीद": in a story of an armed group that police forces
    fight (word class police_war_group: the Maoists), soldiers no force has named are the
    security forces (POL), not the army, until the story names a force."""
    groups = word_class("police_war_group")
    for mentions in doc.mentions:
        for m in mentions:
            if m.actor is not None and m.actor.kind == "group" \
                    and surface_key(m.actor.name) in groups:
                return Actor(name="security forces", id="group:security forces",
                             country=m.actor.country, sector="POL", kind="group")
    return None


def _name_the_force(mentions: list[Mention], state: Discourse) -> None:
    """"CRPF ... जवान शहीद", "the DRG ... soldiers killed": the soldiers of a story that has
    named its force (the last one named, in this sentence or before) are that force's men, of
    its sector (a paramilitary force is police, not army). A group word whose country differs
    from the force's stays a group."""
    generic = word_class("force_member_group")
    force = state.last_force
    for mention in mentions:
        actor = mention.actor
        if _named_force(actor):
            force = actor
        elif force is not None and actor is not None and actor.kind == "group" \
                and actor.name in generic and mention.attrs.country in (None, force.country):
            mention.actor = replace(force, text=actor.text, span=actor.span)
    state.last_force = force


def _named_actors(mentions: list[Mention], kb: KnowledgeBase) -> list[Actor | None]:
    """The actors a sentence names, in order; a nationality counts as its country ("his
    Nepalese counterpart": Nepal is one of the story's two sides)."""
    return [m.actor if m.actor is not None else
            _country_actor(m.attrs.country) if m.kind == "adjective" and m.attrs.country
            else None for m in mentions]


def _country_actor(code: str, text: str = "", span: tuple[int, int] | None = None
                   ) -> Actor | None:
    """A country as an actor: its government (named by ``text`` at ``span``, if any)."""
    country = knowledge_base().countries.get(code)
    if country is None:
        return None
    return Actor(name=country.name, id=country.id, country=code, sector="GOV", kind="country",
                 text=text, span=span)


def _passive_agents(sentence: Sentence, mentions: list[Mention]) -> set[int]:
    """Ids of the mentions after English "by" ("were detained by the police")."""
    markers = case_markers()["en"]
    return {id(m) for m in mentions if m.kind == "group"
            and marker_before(sentence, m, markers)[1] == "passive_agent"}


def _same_sentence_antecedents(mentions: list[Mention], by_agents: Set[int]) -> None:
    """"Modi's stopover in Lahore, during which he met Sharif": a subject pronoun after a
    person named earlier in the same sentence is that person (the first one named); "them"
    after two groups is the first of them, "they" the last, not counting a group after "by":
    "students were detained by the police as they protested" are the ones who protested."""
    first_person: Actor | None = None
    last_person: Actor | None = None  # the last person named who is not the subject
    first_actor: Actor | None = None
    groups: list[Actor] = []
    speaker_words = word_class("first_person")
    for m in mentions:
        if m.kind in ("actor", "group", "country") and m.actor is not None:
            first_actor = first_actor or m.actor
            if m.actor.kind == "person":
                first_person = first_person or m.actor
                last_person = None if m.actor is first_actor else m.actor
            if m.actor.kind == "group" and id(m) not in by_agents:
                groups.append(m.actor)
        elif m.kind == "pronoun" and m.attrs.plural and len(groups) >= 2:
            # "as militants got trapped, security forces asked them": of two groups named
            # before it, the later one is the subject; "them" is the earlier one. "Police
            # baton-charged farmers when they marched": "they" is the later one
            m.attrs.antecedent = groups[-1] if m.attrs.pronoun_role == "agent" else groups[0]
        elif m.kind == "pronoun" and first_person is not None \
                and surface_key(m.text) in speaker_words:
            # "X ने कहा कि प्रधानमंत्री ने मुझे बधाई दी": the speaker named first
            m.attrs.antecedent = first_person
        elif m.kind == "pronoun" and last_person is not None \
                and surface_key(m.text) in word_class("object_personal_pronoun"):
            # "The court dismissed the bail plea of Zubair and sent him to custody": "him" is
            # the person named last before it, unless that one is the subject (named first;
            # Hindi object pronouns: _object_pronoun_antecedents)
            m.attrs.antecedent = last_person
        elif m.kind == "pronoun" and m.attrs.pronoun_role == "agent":
            # "he" is a person; "it"/"they" may be a party, a country, a crowd
            personal = m.text.lower() in word_class("personal_pronoun")
            antecedent = first_person if personal else first_actor
            if antecedent is not None:
                m.attrs.antecedent = antecedent


def _object_pronoun_antecedents(sentence: Sentence, mentions: list[Mention]) -> None:
    """"राज्यपाल ने रावत का इस्तीफा स्वीकार करते हुए उन्हें पद पर बने रहने का आग्रह किया":
    a Hindi object pronoun with its case in it (उन्हें, उनसे) after a person named earlier in
    the sentence, not as its ने-subject, is that person (the last one named)."""
    last_person: Actor | None = None
    for m in mentions:
        if m.kind == "actor" and m.actor is not None and m.actor.kind == "person":
            after = sentence.tokens[m.tok_end].norm if m.tok_end < len(sentence.tokens) else ""
            if after not in word_class("ergative"):
                last_person = m.actor
        elif m.kind == "pronoun" and m.attrs.case and m.attrs.antecedent is None \
                and m.attrs.case not in word_class("genitive") and last_person is not None:
            m.attrs.antecedent = last_person


def _shared_nationality(sentence: Sentence, mentions: list[Mention]) -> None:
    """"Japanese Foreign Minister X and Defence Minister Y": an office holder the knowledge
    base does not know, with no nationality of their own, joined to a titled person of known
    country, holds that country's office."""
    for prev, m in zip(mentions, mentions[1:]):
        actor, before = m.actor, prev.actor
        if m.kind == "actor" and prev.kind == "actor" and actor is not None \
                and before is not None and actor.kind == "person" and before.kind == "person" \
                and actor.id is None and actor.country is None and m.attrs.title \
                and prev.attrs.title and before.country and not m.attrs.qualifiers \
                and coordinated(sentence, prev, m):
            m.actor = replace(actor, country=before.country)


def code_sentence(doc: Document, s_idx: int, sentence: Sentence, mentions: list[Mention],
                  state: Discourse, kb: KnowledgeBase) -> list[Event]:
    lang = "hi" if sentence.lang == "hi" else "en"
    _same_sentence_antecedents(mentions, _passive_agents(sentence, mentions))
    _shared_nationality(sentence, mentions)
    if lang == "hi":
        _object_pronoun_antecedents(sentence, mentions)
        feminine_antecedents(sentence, mentions, state.salient or state.last_subject, state.recent)
    found = sentence_matches(sentence)
    detection = detect(sentence, mentions, found.matches, found.negations)
    model = event_type_model()
    coded = [(m, None) for m in found.matches if detection.keeps(m, model)] + \
        [(m, p) for m, p in detection.proposed]
    events = _code_candidates(doc, sentence, mentions, state, kb, coded, found.owner)
    if not events and found.matches:
        # every pattern of the sentence coded nothing (no actors, not asserted): no pattern
        # event stands beside a learned one, so the model adds, at its own threshold, the
        # types the patterns did not read (docs/learned.md, "when the patterns code nothing")
        # (a bare arrival that coded nothing, one at home, has not read its sentence's type:
        # "पुतिन का स्वागत कर दोनों आवास पहुंचे" may still be a meeting)
        tried = {m.pattern.type for m in found.matches if "abroad" not in m.pattern.flags}
        probabilities = detection.probabilities or sentence_probabilities(sentence, mentions)
        retry = propose(sentence, mentions, probabilities, tried, model.add_threshold,
                        found.negations)
        events = _code_candidates(doc, sentence, mentions, state, kb, retry, found.owner)
    rank_below_main(doc, sentence, events)
    return events


def _code_candidates(doc: Document, sentence: Sentence, mentions: list[Mention], state: Discourse,
                     kb: KnowledgeBase, coded: Sequence[tuple[Match, float | None]],
                     owner: list[int]) -> list[Event]:
    """The events of a sentence's candidate matches (a pattern's, probability None, or a
    learned one with the model's probability), each with its roles, date and place."""
    if not coded:
        return []  # (most sentences: nothing to code, so no dates or hedges to read)
    lang = "hi" if sentence.lang == "hi" else "en"
    events: list[tuple[Event, Match]] = []
    sentence_dates = [m for m in mentions if m.kind == "date" and m.date is not None]
    spread = spread_place(sentence, mentions, kb.countries, state.home_country)
    earlier: list[tuple[Match, Roles]] = []
    for k, (match, probability) in enumerate(coded):
        if unasserted(sentence, mentions, match):
            if lang == "hi":  # "हिरासत में लिए गए X को रिहा किया": its actors serve the verb after
                earlier.append((match, hindi_roles(sentence, mentions, match)))
            continue  # "arrested for attacking", "protesters demanding": not an act stated
        if lang == "hi":
            roles = hindi_roles(sentence, mentions, match)
            hi_object_of_participle_before(sentence, match, roles, earlier)
            earlier.append((match, roles))
        else:
            # the object may lie past a following noun pattern ("agreed to resume talks with
            # India"), not past another verb
            later = [m for m, p in coded[k + 1:] if p is None and not m.pattern.nominal]
            next_start = owner[later[0].start] if later else len(sentence.tokens)
            roles = english_roles(sentence, mentions, match, next_start)
        date = _event_date(sentence, match, sentence_dates, state, doc)
        # a condition or a modal of possibility on the predicate itself (pipeline/hedges.py)
        built = _build_events(Predication(doc, sentence, mentions, match, state, kb, date,
                                          is_hypothetical(sentence, match), spread), roles)
        second = _second_acts(match.pattern, built)
        state.second_acts.extend(second)
        built += second
        if VICTIM_FLAGS & match.pattern.flags or (
                "casualty_subject" in match.pattern.flags and roles.agent is None):
            state.told_by_victims.extend(built)
        if "abroad" in match.pattern.flags and not _says_any(sentence, word_class("visit_noun")):
            state.arrivals.extend(built)  # "arrived here for a three-day visit" is a visit told
        if probability is not None:
            for event in built:  # a learned event is as sure as the model is
                event.confidence = round(min(event.confidence, probability), 3)
        events.extend((event, match) for event in built)
    return _arrivals_told_by_meeting(events)


def _second_acts(pattern: Pattern, built: list[Event]) -> list[Event]:
    """Flag ``also=TYPE``: an act that is a second one between the same sides. A resignation
    handed to the governor is handed in person, a meeting with him as well ("X ने राज्यपाल को
    इस्तीफा सौंपा"). Only an act with both sides, asserted and not hypothetical, has it."""
    second = next((f.split("=", 1)[1] for f in pattern.flags if f.startswith("also=")), None)
    if second is None:
        return []
    return [_retyped(event, second) for event in built
            if event.actor2 is not None and not event.negated and not event.hypothetical]


def _retyped(event: Event, event_type: str) -> Event:
    """The event as an act of another type: that type's code (and what follows from the code),
    no mode, its own id."""
    code = event_code(event_type, None, None)
    retyped = replace(event, type=event_type, mode=None, cameo=code, quad_class=quad_class(code),
                      score=goldstein(code), context=contexts(code))
    key = "|".join([event.event_id or "", event_type])
    retyped.event_id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    return retyped


def _arrivals_told_by_meeting(events: list[tuple[Event, Match]]) -> list[Event]:
    """"जी-20 बैठक में भाग लेने के लिए नई दिल्ली पहुंचे", "arrived in Delhi and met Modi": a
    bare arrival abroad (pattern flag abroad) beside a meeting its visitor holds in the same
    sentence is the journey to that meeting, not a visit of its own: the partner is the one
    met. A meeting still to come ("Modi, who arrived here on Tuesday, will attend the summit")
    leaves the arrival its own event."""
    met = {(actor_key(e.actor1), e.planned) for e, m in events
           if e.type == "CONSULT" and e.actor1 is not None and "abroad" not in m.pattern.flags}
    return [e for e, m in events if "abroad" not in m.pattern.flags
            or e.actor1 is None or (actor_key(e.actor1), e.planned) not in met]


_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


def _english_range_end(tokens: list[Token], k: int) -> bool:
    """"from Monday until Friday": the date at ``k`` ends a span begun by a "from" + date."""
    return any(tokens[j].norm in word_class("range_from")
               and is_date_word(tokens[j + 1].norm)
               for j in range(max(0, k - 5), k - 1))


def is_deadline(sentence: Sentence, date: Mention) -> bool:
    """"by Monday", "सोमवार दोपहर एक बजे तक": a date something must happen by, not when the
    act reported happened (word classes deadline_marker and time_of_day)."""
    tokens = sentence.tokens
    # "19-21 अगस्त तक", "सोमवार से शुक्रवार तक", "from Monday until Friday": the end of a
    # span, not a deadline
    k = date.tok_start
    if any(t.norm in word_class("range_dash") for t in tokens[k:date.tok_end]) or (
            k >= 2 and tokens[k - 1].norm in word_class("range_start")
            and is_date_word(tokens[k - 2].norm)) or (
            _english_range_end(tokens, k)):
        return False
    if sentence.lang != "hi":
        return date.tok_start > 0 and tokens[date.tok_start - 1].norm in word_class(
            "deadline_marker")
    k = date.tok_end
    while k < len(tokens) and (tokens[k].norm in word_class("time_of_day")
                               or tokens[k].norm.replace(":", "").isdigit()):
        k += 1
    return k < len(tokens) and tokens[k].norm in word_class("deadline_marker")


def _date_rank(mention: Mention) -> tuple[int, int]:
    """Finer dates first, then earlier ones."""
    precision = mention.date.precision if mention.date is not None else ""
    return _PRECISION_RANK.get(precision, 3), mention.tok_start


def _is_planned(match: Match, sentence: Sentence) -> bool:
    """Announced, not done: a future verb or a pattern of plans ("scheduled to meet"); a
    conjunctive participle has its clause's tense ("मोदी से मुलाकात करके ... कोशिश करेंगे":
    the meeting is as future as the trying), one of an act before the clause's
    (word class ``participle_before_clause``: "झड़प होने के बाद") does not."""
    if match.tense == "future" or "planned" in match.pattern.flags:
        return True
    last = sentence.tokens[match.token_end - 1].norm
    return match.tense == "nonfinite" and last not in word_class("participle_before_clause") \
        and is_future(clause_around(sentence, match.token_start))


def _event_date(sentence: Sentence, match: Match, dates: list[Mention], state: Discourse,
                doc: Document) -> DateValue | None:
    planned = _is_planned(match, sentence)
    dates = [d for d in dates if not is_deadline(sentence, d)]
    if dates:
        before = [d for d in dates if d.tok_end <= match.token_start]
        # "अदालत ने गुरुवार को अधिकारियों को 12 अक्टूबर को पेश होने का निर्देश दिया": a
        # Hindi verb comes last, so a deadline inside its object stands before it too; the
        # act's own date is the finest one, and of equals the first (next to the subject)
        stated = min(before, key=_date_rank) if before else dates[0]
        chosen = stated.date
    elif state.focus_date is not None:
        chosen = state.focus_date
    else:
        return None if planned else doc.dateline
    if not planned and _after_report(chosen, doc.dateline):
        # "returned the proposal to convene the session on October 27" in a report of
        # October 20: a date after the report's day dates what a done act is about (the
        # session), not the act; the act is the report's
        return doc.dateline
    return chosen


def _after_report(date: DateValue | None, report: DateValue | None) -> bool:
    """Does ``date`` begin after the report's day?"""
    if date is None or report is None or report.precision != "day":
        return False
    # a month or a year begins after the day when it is later than the day's month or year
    return date.value > report.value[:len(date.value)]


def _resolve_pronoun(mention: Mention, state: Discourse,
                     fallback_country: str | None) -> Actor | None:
    referent: Actor | None
    if is_pair(mention):
        pair = resolve_pair(mention, state.recent, _country_actor)
        return pair[0] if pair else None  # the first of the two; the coder adds the second
    if mention.attrs.antecedent is not None:
        referent = mention.attrs.antecedent
    elif mention.attrs.plural and (subject := _plural_subject(mention, state)) is not None:
        referent = subject
    elif mention.attrs.plural and state.last_group is not None:
        referent = state.last_group  # "they", "them": the farmers, not the minister
    elif mention.attrs.number == "np":
        referent = _no_person(state)
    elif mention.attrs.pronoun_role == "agent":
        referent = _one_person(mention, state.salient or state.last_subject, state)
    else:
        # "उन्हें रोक दिया", "उन्हें पकड़ लिया": the object pronoun is whoever the
        # previous sentence was about
        referent = _one_person(mention, state.last_subject or state.salient, state)
    if referent is not None and referent.kind == "group" and referent.country is None:
        referent = replace(referent, country=fallback_country)
    return referent


def _plural_subject(mention: Mention, state: Discourse) -> Actor | None:
    """"A Congress delegation met the Election Commission ... They also requested the EC",
    "the people demanded compensation ... They also demanded ...": a plural subject pronoun
    continues the subject of the sentences before it, a party, a country or a crowd, unless a
    group was named after that subject (then the last group named stands for it, as before)."""
    subject = state.last_subject
    if mention.attrs.pronoun_role != "agent" or subject is None or subject.kind == "person" \
            or state.last_subject_no < state.last_group_no:
        return None
    return subject


def _no_person(state: Discourse) -> Actor | None:
    """"Pakistan denied the charge ... It said ...": a pronoun of no person (pronouns.tsv number
    ``np``: "it") is the last subject when that is a party, a body, a country or a crowd, else
    the body or country named last; never the salient person."""
    subject = state.last_subject
    if subject is not None and subject.kind != "person":
        return subject
    return next((a for a in reversed(state.recent) if a.kind in ("org", "country")), None)


def _one_person(mention: Mention, referent: Actor | None, state: Discourse) -> Actor | None:
    """"पुलिस ने फरार आरोपी पति को गिरफ्तार कर लिया ... उसने पत्नी की हत्या कर दी": a pronoun
    of one person only (pronouns.tsv number ``sg``: he, she, उसने, उसे) never stands for a
    force or an office's body the discourse would give it (a group of the sector group
    ``state``: police, soldiers, officials, a court); it is the person, or the one suspect or
    youth (a group of the sector group ``individual``: "आरोपी", "युवक"), named last before it.
    None when the story has named no such one: no actor is invented. A party or a country
    stays: the one who speaks for it is of its side ("The BNP Secretary General ... he urged")."""
    if mention.attrs.number != "sg" or referent is None or referent.kind != "group" \
            or referent.sector not in sector_group("state"):
        return referent
    return state.last_one


def _resolve_title(mention: Mention, state: Discourse, kb: KnowledgeBase,
                   date: DateValue | None, fallback_country: str | None) -> Actor | None:
    """A bare title: the salient person when they hold it, else the office's holder on the
    event date, else (with a known country) the office itself ("Pakistan foreign minister");
    a government office with no country named is the story's ("chief minister")."""
    role = mention.attrs.office or ""
    country = mention.attrs.country
    if mention.attrs.former:
        return _resolve_former(mention, state, kb, date, fallback_country)
    salient = state.salient
    if salient is not None and salient.id and country in (None, salient.country) and (
            _holds_title(state.holders.get(salient.id, set()), role)
            or _holds_title({kb.office_on(salient.id, date.value if date else None) or ""},
                            role)):
        return _in_office(salient, kb, date, {role})
    # "राज्यपाल जगदीप धनखड़ ... राज्यपाल ने": the last person the story named with this title
    named = _last_titled(state, state.holders, role, country)
    if named is None and date is None:
        named = _story_holder(state, kb, role, country)
    if named is not None:
        return _in_office(named, kb, date, {role})
    assumed = country is None
    country = country or fallback_country  # a bare title in Indian news is Indian ...
    if country is None:
        return None
    region = mention.attrs.region
    holder = _title_holder(mention, state, kb, date, country, assumed)
    span = (mention.start, mention.end)
    if holder is not None:
        return Actor(name=holder.name, id=holder.id, country=holder.country,
                     sector=holder.sector, kind=holder.kind, text=mention.text, span=span)
    office = role.replace("_", " ")
    if assumed:
        sector = mention.attrs.sector
        if sector in sector_group("home_force"):
            return _force_of_rank(mention, state, sector or "", country)
        if sector not in sector_group("home_office") \
                and surface_key(role) not in word_class("home_office_role"):
            return None  # a bare "प्रवक्ता", "कमांडर": whose is unsaid, and often not ours
        # "मुख्यमंत्री ने अधिकारियों को निर्देश दिए": the story's own official (sectors of
        # the group home_office), named by the office alone (no country to name it by)
        return Actor(name=office, id=None, country=country, sector=sector, kind="person",
                     text=mention.text, span=span)
    country_name = region or (kb.countries[country].name if country in kb.countries
                              else country)
    return Actor(name=f"{country_name} {office}", id=None, country=country,
                 sector=mention.attrs.sector, kind="person", text=mention.text,
                 span=span)


def _force_of_rank(mention: Mention, state: Discourse, sector: str, country: str) -> Actor:
    """"एसएसपी ने दो सिपाहियों को निलंबित किया", "the SHO arrested": a bare police rank acts
    for its force, as the news codes it: the force the story last named when it is of that
    sector and country ("Delhi Police ... डीसीपी ने"), else the sector's generic force
    ("police") of the story's country."""
    span = (mention.start, mention.end)
    force = state.last_force
    if force is not None and force.sector == sector and force.country == country:
        return replace(force, text=mention.text, span=span)
    name = sector_name(sector)
    return Actor(name=name, id=f"group:{name}", country=country, sector=sector, kind="group",
                 text=mention.text, span=span)


def _story_holder(state: Discourse, kb: KnowledgeBase, role: str,
                  country: str | None) -> Actor | None:
    """A bare title in a report with no date at all ("नेपाल के प्रधानमंत्री और भारतीय
    प्रधानमंत्री की मुलाकात हुई" over a story naming Deuba): the one person the document names
    who has held the office (of that country), not today's holder: the report is of his time."""
    found = [a for a in state.story_people if a.id and kb.ever_held(a.id, role)
             and (country is None or a.country == country)]
    return found[0] if len(found) == 1 else None


def _title_holder(mention: Mention, state: Discourse, kb: KnowledgeBase,
                  date: DateValue | None, country: str, assumed: bool) -> Actor | None:
    """The holder of a title's office on the event date: of the state named with it; for an
    office each state has too (speaker), the story's state's when no country is said, else the
    country's own; for others the only holder, else the story's state's."""
    role = mention.attrs.office or ""
    on = date.value if date else None
    region = mention.attrs.region
    story_region = _story_region(state, country) if region is None else None
    if region is None and kb.per_state(role, country):
        # "स्पीकर ने ..." in a Lucknow story: the assembly's speaker, not the Lok Sabha's;
        # "Lok Sabha Speaker" (its country said) or no state: the country's own
        holder = kb.office_holder(role, country, on, story_region) \
            if story_region is not None and assumed else None
        return holder or kb.office_holder(role, country, on, national=True)
    holder = kb.office_holder(role, country, on, region)
    if holder is None and story_region is not None:
        # "राज्यपाल ने ...", "the Chief Minister said" in a story set in one state: that
        # state's holder on the event date (a Union office has no region and stays unresolved)
        holder = kb.office_holder(role, country, on, story_region)
    return holder


def _resolve_former(mention: Mention, state: Discourse, kb: KnowledgeBase,
                    date: DateValue | None, fallback_country: str | None) -> Actor | None:
    """"the former chief minister": the person the story named with that former title, else
    the salient person when they held the office before the event date, else a former official
    of the country (never today's holder)."""
    role = mention.attrs.office or ""
    country = mention.attrs.country
    named = _last_titled(state, state.former_holders, role, country)
    salient = state.salient
    on = date.value if date else None
    if named is None and salient is not None and salient.id \
            and country in (None, salient.country) and kb.office_on(salient.id, on) != role \
            and kb.ever_held(salient.id, role):
        named = salient
    if named is not None:
        return _in_office(named, kb, date)
    assumed = country is None
    country = country or fallback_country
    sector = mention.attrs.sector
    if country is None or (assumed and sector not in sector_group("home_office")):
        return None
    state_office = assumed and kb.per_state(role, country)
    place = mention.attrs.region or (_story_region(state, country) if state_office else None) \
        or (kb.countries[country].name if country in kb.countries else country)
    return Actor(name=f"former {place} {role.replace('_', ' ')}", id=None, country=country,
                 sector=sector, kind="person", text=mention.text,
                 span=(mention.start, mention.end))


def _last_titled(state: Discourse, titled: dict[str, set[str]], role: str,
                 country: str | None) -> Actor | None:
    """The last person the story named with the title ``role`` (``titled``: the holders or
    the former holders seen so far), of ``country`` when one is said."""
    return next((a for a in reversed(state.recent) if a.id and a.kind == "person"
                 and _holds_title(titled.get(a.id, set()), role)
                 and country in (None, a.country)), None)


def _holds_title(roles: Set[str], role: str) -> bool:
    """Does one of ``roles`` answer to the bare title ``role``? A bare "minister" answers to
    any minister's office (word class minister_office): "External Affairs Minister S
    Jaishankar ... The minister met the president" is Jaishankar."""
    if role in roles:
        return True
    kinds = word_class("minister_office")
    return surface_key(role) in word_class("generic_minister_title") \
        and any(surface_key(r) in kinds for r in roles)


def _story_region(state: Discourse, country: str | None) -> str | None:
    """The state or province where the story happens (its lead scene, else the current
    scene), if it lies in ``country``."""
    place = state.lead_scene or state.scene
    if place is None or country is None or place.country != country:
        return None
    return place.name if place.kind == "state" else place.admin1


def _actor_of_place(mention: Mention, kb: KnowledgeBase, as_agent: bool,
                    visit_country: bool) -> Actor | None:
    """A place as a participant: a capital acting for its government, the country of a
    visited city, or the place itself as a target."""
    span = (mention.start, mention.end)
    metonym = mention.attrs.metonym
    if metonym and metonym in kb.countries and (as_agent or mention.attrs.locative is False):
        # "Beijing rejected": the Chinese government
        return _country_actor(metonym, mention.text, span)
    place = mention.place
    if place is None:
        return None
    if visit_country and place.country in kb.countries:
        # "arrived in Amman on a visit": the visit is to Jordan
        return _country_actor(place.country, mention.text, span)
    # a city shelled, a region raided: the place itself is the target
    return Actor(name=place.name, id=place.id, country=place.country, kind="place",
                 text=mention.text, span=span)


def _resolve(mention: Mention | None, state: Discourse, kb: KnowledgeBase,
             date: DateValue | None, fallback_country: str | None,
             as_agent: bool = False, visit_country: bool = False) -> Actor | None:
    """A participant mention as an actor: pronouns and bare titles through the discourse."""
    if mention is None:
        return None
    if mention.kind == "pronoun":
        referent = _resolve_pronoun(mention, state, fallback_country)
        if referent is not None and referent.kind == "person" and referent.id is not None:
            return _in_office(referent, kb, date, state.holders.get(referent.id, set()))
        return referent
    if mention.kind == "title":
        return _resolve_title(mention, state, kb, date, fallback_country)
    actor = mention.actor
    if actor is None:
        return _actor_of_place(mention, kb, as_agent, visit_country)
    if actor.kind == "group" and actor.country is None:
        # a crowd in the news is local; an armed group belongs to no country unless the text
        # ties it to one ("Pakistan-backed militants")
        # "54 भारतीय मछुआरे ... 54 मछुआरों को गिरफ्तार किया": the group named again is the one
        # whose country was said
        country = mention.attrs.country or state.group_countries.get(actor.id or "") or (
            None if actor.sector == "REB" else fallback_country)
        actor = Actor(name=actor.name, id=actor.id, country=country, sector=actor.sector,
                      kind=actor.kind, text=actor.text, span=actor.span)
    elif actor.kind == "person" and actor.id is not None:
        actor = _in_office(actor, kb, date, _story_offices(mention, state, actor.id))
    elif actor.kind == "person" and actor.id is None and actor.country is None \
            and mention.attrs.title and actor.sector in sector_group("state"):
        # "राज्यपाल कृष्णकांत पाल": someone the knowledge base does not know, holding a
        # state office with no country named, holds it where the story is
        actor = replace(actor, country=fallback_country)
    return actor


def _in_office(actor: Actor, kb: KnowledgeBase, date: DateValue | None,
               titled: Set[str] = frozenset()) -> Actor:
    """"Kamal Nath" (a party politician) acting in 2019 is Madhya Pradesh's chief minister:
    a known person in office on the event's date acts for the state. When the knowledge base
    gives no office on that date (an undated report is read at today's date), an office of
    the state that the story itself gives him (``titled``: "Nepal's Prime Minister Dahal",
    not "former") is his: the report is told while he holds it."""
    if actor.id is None or actor.sector in sector_group("state"):
        return actor
    role = kb.office_on(actor.id, date.value if date else None)
    sector = office_sectors().get(role or "")
    if sector is None:
        sector = next((s for s in sorted(office_sectors().get(r, "") for r in titled)
                       if s in sector_group("state")), None)
    return replace(actor, sector=sector) if sector is not None else actor


def _story_offices(mention: Mention, state: Discourse, actor_id: str) -> set[str]:
    """The offices the story gives a person: the title before this mention (not "former")
    and those it gave him before (:attr:`Discourse.holders`)."""
    roles = set(state.holders.get(actor_id, ()))
    if mention.attrs.title and not mention.attrs.former:
        roles.add(mention.attrs.title)
    return roles


@lru_cache(maxsize=1)
def office_sectors() -> dict[str, str]:
    """Office role -> the sector of its holder (titles.tsv: the first title of the role)."""
    sectors: dict[str, str] = {}
    for row in load_table("titles.tsv"):
        if row["sector"]:
            sectors.setdefault(row["role"], row["sector"])
    return sectors


@dataclass(slots=True)
class Predication:
    """One predicate match in its sentence, with everything coding it into events reads."""

    doc: Document
    sentence: Sentence
    mentions: list[Mention]
    match: Match
    state: Discourse
    kb: KnowledgeBase
    date: DateValue | None
    hypothetical: bool
    spread: Place | None  # the place holding all of an act the sentence tells as spread

    @property
    def office_date(self) -> DateValue | None:
        """The day on which offices are read: the event's, else (an announcement, undated)
        the report's: "the PM will visit" is the PM of the day it is said."""
        return self.date or self.doc.dateline


def _event_place(p: Predication, target: Actor | None = None,
                 target_mention: Mention | None = None, agent: Actor | None = None
                 ) -> Place | None:
    match, doc, state = p.match, p.doc, p.state
    if p.spread is not None:
        return p.spread  # "देशभर में", "बिहार के दर्जनों जिलों में": where all of it happens
    locatives = [(m.tok_start, m.place) for m in p.mentions if m.place is not None
                 and m.attrs.locative and m.tok_start >= match.scene_from]
    # "इंदौर के पलासिया थाने पर": the place of a police station something happens at
    locatives += [(k, place) for k, place in station_scenes(p.sentence, p.mentions)
                  if k >= match.scene_from]
    if doc.dateline_place is not None:
        # "met the EC officials here": where the report is filed
        here = word_class("here")
        locatives += [(k, doc.dateline_place) for k, t in enumerate(p.sentence.tokens)
                      if t.norm in here and k >= match.scene_from]
    if locatives:
        at, place = min(locatives, key=lambda kp: abs(kp[0] - match.token_start))
        at, place = _first_of_list(p, at, place, target)
        place = finer_in_phrase(p.mentions, at, place)
        # "बांग्लादेश में ..." in a story datelined Dhaka: the dateline is the finer place
        if place is not None and place.kind == "country" and doc.dateline_place is not None \
                and doc.dateline_place.country == place.country \
                and doc.dateline_place.kind != "country":
            return doc.dateline_place
        return place
    if target_mention is not None and target_mention.place is not None and (
            match.pattern.mode == "visit" or (target is not None and target.kind == "place")):
        return target_mention.place  # the destination of a visit, the city attacked
    destinations = [m for m in p.mentions if m.place is not None and m.attrs.destination
                    and m.tok_start >= match.scene_from]
    if destinations:
        # "क्वाड समिट के लिए टोक्यो जाएंगे": the summit is where the trip goes
        return min(destinations, key=lambda m: abs(m.tok_start - match.token_start)).place
    seat = _seat(p, agent)
    if seat is not None:
        return seat  # "चुनाव आयोग ने नोटिस भेजा": the Commission acts in New Delhi
    if match.pattern.mode == "visit" and target is not None and target.kind == "country" \
            and target.country in p.kb.countries:
        return p.kb.countries[target.country]
    # "New Delhi: The Congress sought a ban on Modi ... It met the EC over his procession in
    # Ahmedabad": the lead's scene named after the event is a scene of its own, the dateline
    # is where the event was
    # (a headline, before the dateline, tells the story the lead places)
    lead = state.lead_scene if not state.dateline_no <= state.sentence_no < state.lead_scene_no \
        else None
    return state.scene or lead or doc.dateline_place


def _first_of_list(p: Predication, at: int, place: Place,
                   target: Actor | None) -> tuple[int, Place]:
    """"आंध्र प्रदेश और तेलंगाना में", "in Howrah and Hooghly": an act told in a list of places
    happened first in the first of them, as reports (and the gold) place it; the place nearest
    the predicate is the list's last. An act aimed at a country of the list is placed there
    ("जमैका और क्यूबा में ... सहायता": the help for Cuba is in Cuba)."""
    places = [m for m in p.mentions if m.place is not None]
    k = next((i for i, m in enumerate(places) if m.tok_start == at), None)
    if k is None:
        return at, place
    chain = [places[k]]
    while k > 0 and coordinated(p.sentence, places[k - 1], places[k]):
        k -= 1
        chain.insert(0, places[k])
    own = [m for m in chain if target is not None and m.place is not None
           and m.place.kind == "country" and m.place.country == target.country]
    first = (own or chain)[0]
    return (first.tok_start, first.place) if first.place is not None else (at, place)


def _dateline_no(doc: Document) -> int:
    """The index of the sentence that opens with the dateline (past the last one if none)."""
    return next((k for k, mentions in enumerate(doc.mentions)
                 if any(m.attrs.dateline for m in mentions)), len(doc.mentions))


@lru_cache(maxsize=1)
def actor_seats() -> dict[str, str]:
    """Institution id -> the surface key of the place it acts from (actor_seats.tsv)."""
    return {row["actor_id"]: surface_key(row["seat"]) for row in load_table("actor_seats.tsv")}


def _seat(p: Predication, agent: Actor | None) -> Place | None:
    """The seat of the institution that is the event's agent, when it has one."""
    key = actor_seats().get(agent.id or "") if agent is not None else None
    if agent is None or key is None:
        return _named_seat(p, agent)
    # "Hyderabad", "Bilaspur": the seat is the place of that name in the institution's country
    found = [e.place for e in p.kb.lookup(key) if e.place is not None
             and e.place.country in (None, agent.country)]
    return found[0] if found else None


def _named_seat(p: Predication, agent: Actor | None) -> Place | None:
    """"A Delhi court dismissed the plea", "नैनीताल उच्च न्यायालय ने रोक लगाई": an institution
    of a seated sector (a court) named after a city or state sits there."""
    if agent is None or agent.sector not in sector_group("seated"):
        return None
    for m in p.mentions:
        if m.actor is not None and m.actor.name == agent.name:
            named = [q.place for q in m.attrs.qualifiers
                     if q.place is not None and q.place.kind != "country"]
            if named:
                return named[-1]
    return None


def _org_meeting(p: Predication, agent_mention: Mention | None) -> list[Event] | None:
    """A meeting sentence with no partner, inside a story about an organisation's meeting:
    the partner is the organisation (None when this does not apply)."""
    org = p.state.meeting_org
    meeting_words = discourse_words().get("meeting_noun", set())
    if org is None or not any(t.norm in meeting_words for t in p.sentence.tokens):
        return None
    if agent_mention is None:
        return []
    agent = _resolve(agent_mention, p.state, p.kb, p.office_date, p.state.home_country)
    return [_make_event(p, agent, org, _event_place(p, agent=agent))]


def _event_agent(p: Predication, agent_mention: Mention | None,
                 fallback_country: str | None) -> Actor | None:
    pattern = p.match.pattern
    agent = _resolve(agent_mention, p.state, p.kb, p.office_date, fallback_country, as_agent=True)
    if agent is not None and agent_mention is not None and agent_mention.kind == "title" \
            and agent.kind != "person" and _told_as_casualty(p.sentence, agent_mention):
        agent = None  # "... एक सब इंस्पेक्टर समेत 5 जवान शहीद": the rank was hit, not its force
    if agent is None and pattern.default_agent and "theme_agent" not in pattern.flags:
        # (a deployment's named force moved comes before its default: _agent_from_story)
        agent = _default_agent(pattern.default_agent, fallback_country, p.kb)
    if agent is None and agent_mention is None and _dropped_subject(pattern):
        # "फिर करीब दो घंटे केजरीवाल से पूछताछ की": Hindi leaves out a subject the last
        # sentence named; a verbal act with none is that subject's
        agent = p.state.last_subject
    if agent is None and (pattern.passive_form or LEARNED in pattern.flags
                          or _english_passive(p)):
        # "भारत ने सहायता भेजी ... राहत सामग्री जमैका भेजी गई": the same kind of act, told
        # again without its agent, is the last agent's; a release is by who arrested
        # (agent_sources.tsv). A learned event read off a word ("इन हमलों में ...") has no
        # voice: with no agent in its sentence it is the same act told again, too
        source = agent_sources().get(pattern.mode or "")
        agent = p.state.last_agent.get(pattern.type) or (
            p.state.last_agent.get(source) if source else None)
    return agent


def _told_as_casualty(sentence: Sentence, mention: Mention) -> bool:
    """Does a casualty word ("शहीद", "घायल", "killed") follow the mention in its clause (up to
    a clause boundary or the next agent marker)? Then the one it names was hurt."""
    markers = case_markers().get(sentence.lang, {})
    for tok in sentence.tokens[mention.tok_end:]:
        if tok.norm in word_class("casualty"):
            return True
        if markers.get(tok.norm) in ("boundary", "reporting", "agent"):
            return False
    return False


def _english_passive(p: Predication) -> bool:
    """An English active pattern of help told in the passive, "all 41 workers were rescued": like
    a Hindi passive verb, its agent is left out because the story named it before (word class
    passive_story_type; a casualty or an arrest told so is no new act of the story's agent),
    and so is a release, "they were later released" (by who held them: custody.py)."""
    pattern = p.match.pattern
    return pattern.lang == "en" and (pattern.type.lower() in word_class("passive_story_type")
                                     or ends_custody(pattern.mode)) \
        and english_passive_voice(p.sentence, p.match)


def _dropped_subject(pattern: Pattern) -> bool:
    """May this act's subject be left out, standing for the last sentence's subject? An active
    Hindi verb of a verbal act (word class dropped_subject_type: accusations, demands,
    refusals ...); not a noun, not a passive (its agent is unsaid on purpose)."""
    return pattern.lang == "hi" and not pattern.passive_form and not pattern.nominal \
        and pattern.type.lower() in word_class("dropped_subject_type")


@lru_cache(maxsize=1)
def agent_sources() -> dict[str, str]:
    """PLOVER mode -> the type whose last agent does an agentless act of that mode."""
    return {row["mode"]: row["source_type"] for row in load_table("agent_sources.tsv")}


Target = tuple[Actor | None, Mention | None]


# a sanction is on a state: a city it names ("काबुल में अपना दूतावास बंद किया") stands for its
# country, as the place a visit reaches does
STATE_TARGET_TYPES = {"SANCTION"}


def _event_targets(p: Predication, roles: Roles, agent: Actor,
                   fallback_country: str | None) -> list[Target]:
    """The other participants as actors; ``[]`` when the event should be dropped, ``[(None,
    None)]`` for an event with no actor2."""
    pattern = p.match.pattern
    targets: list[Target] = []
    for mention in roles.others:
        if is_pair(mention):
            # "आयोग ने दोनों दलों से जवाब मांगा": one event for each of the two
            pair = resolve_pair(mention, p.state.recent, _country_actor) or ()
            targets.extend((actor, mention) for actor in pair
                           if _side_key(actor) != _side_key(agent)
                           and not one_person(actor, agent, p.state.story_people))
            continue
        actor = _resolve(mention, p.state, p.kb, p.office_date, fallback_country,
                         visit_country=reaches_country(p.match)
                         or pattern.type in STATE_TARGET_TYPES)
        if actor is not None and mention.kind == "pronoun" and _side_key(actor) == _side_key(agent):
            actor = _policed_referent(p, agent, fallback_country) or actor
        if actor is not None and mention.kind == "pronoun" and actor.kind != "person" and \
                (actor.country, actor.sector) == (agent.country, agent.sector):
            continue  # "हम उन्हें खारिज करते हैं": "them" is the remarks, not our own side
        if actor is not None and (roles.self_pair or (
                _side_key(actor) != _side_key(agent)
                and not _own_state(pattern.type, agent, actor, mention)
                and not _one_group(agent, actor)
                and not _fellow_helper(pattern.type, agent, actor)
                and not one_person(agent, actor, p.state.story_people)
                and (actor.name, actor.country) != (agent.name, agent.country))):
            targets.append((actor, mention))
    owners = {(m.attrs.country, m.attrs.region) if m else None for _, m in targets}
    if len(targets) > 1 and all(a is not None and a.kind == "group" for a, _ in targets) \
            and len(owners) < len(targets):
        # "नेताओं और कार्यकर्ताओं को": one crowd, one event; "बिहार और उत्तर प्रदेश के
        # मुख्यमंत्रियों से": the office holders of two places are two
        targets = targets[:1]
    if "no_target" in pattern.flags:
        targets = []  # a protest, a deployment: the act has no addressee in the text
    if pattern.type == "CONSULT":
        targets = [(_host_country_of(a, agent), m) for a, m in targets]
    if "abroad" in pattern.flags:
        targets = _visited_country(targets or _reached_here(p), agent)
    if pattern.mode == "visit":
        targets = [t for t in targets if not _trip_at_home(t[0], agent)]
    if pattern.default_target:
        targets = _addressee(targets, pattern.default_target, agent, fallback_country, p.kb)
    if targets:
        return targets
    return _unnamed_targets(p, agent)


def _unnamed_targets(p: Predication, agent: Actor) -> list[Target]:
    """An act whose sentence marks no other participant: a meeting's forum or host, the
    country help abroad is for, else ``[]`` (drop it) or ``[(None, None)]`` (no actor2)."""
    pattern = p.match.pattern
    if pattern.mode == "multilateral":
        forum = _forum(p, agent) or _host_country(p, agent)
        if forum is not None:
            return [forum]
    abroad = _helped_country(p, agent)
    if abroad is not None:
        return [(abroad, None)]
    # a type cue may make the act one that needs no target: "दुकानें बंद कर विरोध किया" is a
    # protest, not a statement against someone (type_cues.tsv)
    type_infos = [plover_types().get(t) for t in
                  {pattern.type, _cued_type(pattern.type, p.match, p.sentence.tokens)}]
    # In Hindi the other participant is marked (से, को, पर ...) or dropped because it is
    # known from context; when we cannot find it the event is usually a misreading. An
    # English object is often a common noun no gazetteer knows ("rejected the proposal"):
    # there the verb alone is good evidence.
    # (an inquiry ordered into an accident has no one to accuse: flag target_optional)
    type_needs = all(info is not None and info.needs_target for info in type_infos) \
        and pattern.lang == "hi" and "target_optional" not in pattern.flags
    # a learned event rests on words, not on a construction: it needs both its actors
    if "needs_target" in pattern.flags or type_needs or (
            LEARNED in pattern.flags and pattern.type not in implicit_target_sectors()):
        return []
    return [(None, None)]


def _helped_country(p: Predication, agent: Actor) -> Actor | None:
    """"भारतीय सेना ने नेपाल में राहत और बचाव अभियान चलाया": help with no one named as its
    receiver, given in one country other than the helper's, is for that country; so is help
    sent to the one foreign country a sentence names anywhere ("relief material to
    earthquake-ravaged Turkey", "rescue operations in affected areas of Turkey")."""
    if p.match.pattern.type not in DESTINATION_TYPES or agent.country is None:
        return None
    abroad = _foreign_countries(p, agent, scene_only=True) or {
        code: m for code, m in _foreign_countries(p, agent, scene_only=False).items()
        if not _source_named(p.sentence, m)}
    return _country_actor(next(iter(abroad))) if len(abroad) == 1 else None


def _source_named(sentence: Sentence, mention: Mention) -> bool:
    """A country help comes from, not to ("the first flight from Israel", "इजराइल से"): a
    word of class source_marker right before or after it."""
    tokens, sources = sentence.tokens, word_class("source_marker")
    return (mention.tok_start > 0 and tokens[mention.tok_start - 1].norm in sources) or (
        mention.tok_end < len(tokens) and tokens[mention.tok_end].norm in sources)


def _foreign_countries(p: Predication, agent: Actor, scene_only: bool) -> dict[str, Mention]:
    """The countries other than the agent's that the sentence names, each with its first
    mention: by a city or region there, or by the country itself (with ``scene_only``, only
    where it is named as the scene, "in Nepal", "नेपाल में", not as a participant)."""
    found: dict[str, Mention] = {}
    for m in p.mentions:
        code = _country_named(m, scene_only)
        if code is not None and code != agent.country:
            found.setdefault(code, m)
    return found


def _country_named(m: Mention, scene_only: bool) -> str | None:
    if m.kind == "place":
        return m.place.country if m.place is not None else None
    if m.kind != "country":
        return None
    if scene_only:
        return m.place.country if m.place is not None and m.attrs.locative else None
    return m.actor.country if m.actor is not None else None


def _forum(p: Predication, agent: Actor) -> Target | None:
    """"मोदी ब्रिक्स शिखर सम्मेलन में हिस्सा लेने के लिए रूस पहुंचे": the one organisation
    the sentence names before the meeting word is the meeting's forum, marked or not."""
    orgs = [m for m in p.mentions if m.kind == "actor" and m.actor is not None
            and m.actor.sector == "IGO" and m.tok_end <= p.match.token_start
            and m.actor.name != agent.name]
    if len({m.actor.name for m in orgs if m.actor is not None}) != 1:
        return None
    return orgs[0].actor, orgs[0]


def _host_country(p: Predication, agent: Actor) -> Target | None:
    """"मोदी परमाणु सुरक्षा सम्मेलन में भाग लेने के लिए अमेरिका पहुंचे": a summit no
    organisation holds is a meeting with the country that hosts it, the one foreign country
    the sentence names (two or more, or none, and there is no host to read)."""
    foreign = _foreign_countries(p, agent, scene_only=False)
    if len(foreign) != 1 or agent.country is None:
        return None
    code, mention = next(iter(foreign.items()))
    host = _country_actor(code, mention.text, (mention.start, mention.end))
    return (host, mention) if host is not None else None


def _addressee(targets: list[Target], name: str, agent: Actor, country: str | None,
               kb: KnowledgeBase) -> list[Target]:
    """An act always addressed to one kind of actor (flag target=NAME: a remand is asked of a
    court): a participant of that actor's sector, else that actor in the event's country;
    the accused named in "रिमांड की मांग" is no addressee."""
    default = _default_agent(name, country, kb)
    if default is None:
        return targets
    same: list[Target] = [(a, m) for a, m in targets if a is not None and a.sector == default.sector]
    if same or _side_key(default) == _side_key(agent):
        return same
    return [(default, None)]


def _trip_at_home(target: Actor | None, agent: Actor) -> bool:
    """"Shah's visit to Arunachal Pradesh", "the minister visited Kashmir": a place reached at
    home stands for the agent's own country; that is a trip at home, not a state visit (an
    actor of no country, "the EU chief's visit to India", may visit any)."""
    return target is not None and target.kind == "country" and agent.country is not None \
        and target.country == agent.country


# who pays a visit abroad: office holders, commanders, lawmakers, party leaders and judges
# travel as their state's envoys (a delegation or a party too, not troops: "चीनी सैनिक गलवान
# पहुंचे" is no visit); a drone, a flight, migrants or militants arriving from abroad do not
VISITOR_SECTORS = frozenset({"GOV", "MIL", "LEG", "PTY", "JUD"})
VISITING_BODY_SECTORS = frozenset({"GOV", "LEG", "PTY"})


def _host_country_of(target: Actor | None, agent: Actor) -> Actor | None:
    """"Kishida is in New Delhi on a two-day visit": a meeting whose other side is a foreign
    city is held with that city's country (annotation.md: a visit without a named host has
    the country as actor2); a city at home stays the place it is."""
    if target is None or target.kind != "place" or target.country is None \
            or target.country == agent.country:
        return target
    return _country_actor(target.country, target.text, target.span) or target


def _reached_here(p: Predication) -> list[Target]:
    """"Modi arrived here on Tuesday", "पुतिन यहां पहुंचे": an arrival at the place the report
    is filed from (word class here ending the English pattern or right after it, right before
    the Hindi verb) reaches the dateline's country."""
    tokens, match, place = p.sentence.tokens, p.match, p.doc.dateline_place
    spots = (match.token_end - 1, match.token_end) if match.pattern.lang == "en" \
        else (match.token_start - 1,)
    if place is None or place.country is None or not any(
            0 <= at < len(tokens) and tokens[at].norm in word_class("here") for at in spots):
        return []
    return [(_country_actor(place.country), None)]


def _visited_country(targets: list[Target], agent: Actor) -> list[Target]:
    """"Putin arrived in New Delhi" is a state visit to India; "Police arrived in Srinagar"
    is a trip at home, no event: only a country other than the agent's is visited, and only
    by one who travels for a state (VISITOR_SECTORS) and is named, not a country itself
    ("the first flight reached India from Israel" names no visitor)."""
    if agent.kind == "country" or agent.sector not in (
            VISITOR_SECTORS if agent.kind == "person" else VISITING_BODY_SECTORS):
        return []
    return [(a, m) for a, m in targets if a is not None and a.kind == "country"
            and agent.country is not None and a.country != agent.country]


MAX_LEARNED_TARGETS = 3
# a pattern event whose rules found no target takes at most the model's best one: the rules
# read its construction and found no second side, so a list of named countries around it is
# its topic, not its targets (out of fold, three filled targets cost more than they gave)
MAX_FILLED_TARGETS = 1


def role_candidates(p: Predication, roles: Roles) -> tuple[list[Mention], list[list[str]]]:
    """The sentence's participants and the role model's features of each (the rules' own
    choice among them is one of the features, and whether it is of the sector the event
    type's unnamed targets have: ``implicit_targets``); the owner of a topic noun is none."""
    candidates = [m for m in participants(p.mentions) if not owns_topic(p.sentence, m)
                  and not topic_of_message(m, p.match)]
    chosen_targets = {id(m) for m in roles.others}

    def rule_role(m: Mention) -> str:
        return "agent" if m is roles.agent else "target" if id(m) in chosen_targets else ""

    anchor, etype = p.match.token_start, p.match.pattern.type
    usual = implicit_target_sectors().get(etype)
    return candidates, [candidate_features(p.sentence, candidates, i, anchor, etype,
                                           rule_role(m), usual) for i, m in enumerate(candidates)]


def _role_model_applies(use_for: frozenset[str], match: Match, roles: Roles) -> bool:
    if LEARNED in match.pattern.flags:
        return "learned" in use_for
    # a noun ("the summit", "वार्ता") is often a topic, not an act: filling its target is
    # a separate choice
    fill = "fill" in use_for and (not match.pattern.nominal or "fill_nominal" in use_for)
    return (fill and not roles.others) or ("fill_agent" in use_for and roles.agent is None) \
        or "override" in use_for


def _consult_role_model(p: Predication, roles: Roles) -> Roles:
    """Roles as the role model reads them, where the model file says to use it: for a
    learned event (no construction for the rules to read) and, as chosen on the dev split,
    for a pattern event whose rules found no target ("fill"; a noun's too with
    "fill_nominal") or no agent ("fill_agent"), or whose rules it outweighs ("override")."""
    model = role_model()
    learned = LEARNED in p.match.pattern.flags
    if not _role_model_applies(model.use_for, p.match, roles):
        return roles
    candidates, features = role_candidates(p, roles)
    if not candidates:
        return roles
    agent_p = [model.probability("agent", f) for f in features]
    target_p = [model.probability("target", f) for f in features]
    agent = roles.agent
    if learned or agent is None or "override" in model.use_for:
        best = max(range(len(candidates)), key=lambda i: (agent_p[i], -i))
        if agent_p[best] >= model.agent_threshold:
            agent = candidates[best]
    limit = MAX_LEARNED_TARGETS if learned or "override" in model.use_for else MAX_FILLED_TARGETS
    ranked = sorted((i for i in range(len(candidates))
                     if target_p[i] >= model.target_threshold and candidates[i] is not agent),
                    key=lambda i: (-target_p[i], i))[:limit]
    others = [candidates[i] for i in sorted(ranked)]
    if not others or (roles.others and "override" not in model.use_for and not learned):
        others = [m for m in roles.others if m is not agent]
    return Roles(agent=agent, others=others, speaker=roles.speaker, self_pair=roles.self_pair,
                 co_agents=roles.co_agents if agent is roles.agent else [])


def _agent_mention(match: Match, roles: Roles) -> Mention | None:
    # a passive verb's agent is unknown: the person reporting it ("अधिकारी ने बताया कि ...
    # तैनात किया गया") is not the one who did it
    return roles.agent or (None if match.pattern.passive_form else roles.speaker)


def _casualties_as_targets(p: Predication, roles: Roles) -> Roles:
    """"नक्सलियों के हमले में 11 जवान शहीद हो गए": a learned attack anchored at a word of
    casualties has the casualties as its subject; they are the target, the attacker the
    other participant."""
    anchor = p.sentence.tokens[p.match.token_start].norm
    if LEARNED in p.match.pattern.flags and p.match.pattern.type == "ASSAULT" \
            and anchor in word_class("casualty") and roles.agent is not None \
            and len(roles.others) == 1:
        return replace(roles, agent=roles.others[0], others=[roles.agent], co_agents=[])
    return roles


COMPLEMENTIZER_REACH = 3  # tokens after the predicate where its "that"/"कि" may stand


def _complement_subject(p: Predication) -> Mention | None:
    """The first participant of the "that"/"कि" clause right after the predicate (or ending
    it: "allegations that")."""
    markers = both_languages()
    tokens = p.sentence.tokens
    end = min(len(tokens), p.match.token_end + COMPLEMENTIZER_REACH)
    for k in range(max(p.match.token_start, p.match.token_end - 1), end):
        if markers.get(tokens[k].norm) == "reporting":
            stop, _ = clause_end(p.sentence, k + 1, markers)
            found = [m for m in clause_participants(p.mentions, k + 1, stop) if not is_place(m)]
            return _clause_subject(p.sentence, found)
    return None


def _clause_subject(sentence: Sentence, found: list[Mention]) -> Mention | None:
    """The subject of a reported clause: in Hindi the first participant no postposition marks
    as an object ("... कि शिकायतकर्ता की गिरफ्तारी कर सरकार सच्चाई छिपा रही है": the
    government, not the complainant it arrested), else the first one."""
    if sentence.lang == "hi":
        subject = next((m for m in found if not _marked_as_object(sentence, _apposed_end(m, found))),
                       None)
        if subject is not None:
            return subject
    return found[0] if found else None


def _apposed_end(mention: Mention, mentions: list[Mention]) -> Mention:
    """The last of the mentions written right after this one, "शिकायतकर्ता अभिषेक गुप्ता
    की": a title or group word and the name after it take one postposition."""
    last = mention
    for m in mentions:
        if m.tok_start == last.tok_end:
            last = m
    return last


def _undergone(p: Predication, roles: Roles) -> Roles | None:
    """Acts told by who undergoes them: "250 समर्थकों ने गिरफ्तारियां दीं", "workers courted
    arrest" (flag subject_target: the subject is the target, the agent the pattern's own,
    agent=police); an attack told by its victims (pipeline/victims.py), None when the story
    names no side that fought them."""
    flags = p.match.pattern.flags
    if "subject_target" in flags and roles.agent is not None:
        roles = Roles(others=[roles.agent], speaker=roles.speaker)
    roles, attacker = victims_as_targets(p.doc, p.sentence, p.mentions, flags, roles)
    return None if VICTIM_FLAGS & flags and attacker is None else roles


def _that_right_after(p: Predication) -> bool:
    """Does a pattern's match end in "that" or stand right before it ("demanded that the
    government ...")? A learned event is anchored at any word: its "that" may be a relative."""
    tokens, end = p.sentence.tokens, p.match.token_end
    return LEARNED not in p.match.pattern.flags and any(
        both_languages().get(t.norm) == "reporting" for t in tokens[end - 1:end + 1])


def _prepared_roles(p: Predication, roles: Roles) -> Roles | None:
    """The roles after the role models and the readings of acts told by who undergoes them;
    an act with no target of its own takes the subject of its "that" clause where its type
    says so. None: the act codes nothing."""
    roles = _casualties_as_targets(p, _consult_role_model(p, roles))
    undergone = _undergone(p, roles)
    if undergone is None:
        return None
    type_info = plover_types().get(p.match.pattern.type)
    if not undergone.others and type_info is not None and type_info.target_in_that_clause \
            and (not type_info.that_clause_right_after_only or _that_right_after(p)):
        subject = _complement_subject(p)
        if subject is not None:
            undergone.others = [subject]
    return undergone


# flags of a noun that is its owner's act: without the owner it codes nothing
OWNED_FLAGS = frozenset({"owner_agent", "threat_frame", "guest_target"})


def _build_events(p: Predication, roles: Roles) -> list[Event]:
    pattern = p.match.pattern
    if roles.agent is None and OWNED_FLAGS & pattern.flags:
        return []  # "प्रदर्शन" with no "X का" before it: a topic, not an act
    if not roles.others and pattern.type == "CONSULT":
        org_events = _org_meeting(p, _agent_mention(p.match, roles))
        if org_events is not None:
            return org_events
    prepared = _prepared_roles(p, roles)
    if prepared is None:
        return []  # the dead of an accident, or of a fight whose other side the story hides
    roles = prepared
    agent_mention = _agent_mention(p.match, roles)
    preliminary_place = _event_place(p)
    fallback_country = preliminary_place.country if preliminary_place else p.state.home_country
    agent = _event_agent(p, agent_mention, fallback_country)
    if agent is None:
        agent, agent_mention = _agent_from_story(p, roles, fallback_country)
    if agent is None and not roles.others:
        agent = _meeting_side(p)
    if agent is None:
        return []
    targets = _event_targets(p, roles, agent, fallback_country)
    if "abroad" in pattern.flags and not targets:
        return []  # an arrival at home, or where no place reached is named: no visit
    targets = _freed(p, agent, targets)  # ([] for "छोड़ दिया गया" with no custody before it)
    if all(target is None for target, _ in targets):
        partner = _meeting_partner(p, agent) or _owner_of_seat(p, agent, fallback_country) \
            or _target_of_earlier_act(p, agent) \
            or _opposing_forces(p, agent) or _counterpart_in_context(p, agent, not targets)
        targets = [(partner, None)] if partner is not None else targets
    _remember_act(p, agent, targets)
    if agent_mention is not None and is_pair(agent_mention) and "abroad" not in pattern.flags and (
            has_reciprocal(p.sentence, p.match.token_start) or pattern.type in symmetric_types()
            or all(target is None for target, _ in targets)):
        # "the two sides signed five MoUs", "दोनों दलों ने एक-दूसरे पर ...": one side acts,
        # the other is its partner (of a joint act always: "दोनों प्रधानमंत्रियों ने नेपाल में
        # ... लॉन्च किया" is Modi with Deuba, not with Nepal)
        pair = resolve_pair(agent_mention, p.state.recent, _country_actor)
        targets = [(pair[1], agent_mention)] if pair else targets
    if "security_first" in pattern.flags and len(targets) == 1 and targets[0][0] is not None \
            and targets[0][0].sector in sector_group("security") \
            and agent.sector not in sector_group("security"):
        # an exchange of fire: the army or police side is actor1
        agent, targets = targets[0][0], [(agent, agent_mention)]
    events = [_make_event(p, agent, target, _event_place(p, target, target_mention, agent))
              for target, target_mention in targets]
    if _both_ways(p, targets):
        events.append(_make_event(p, targets[0][0], agent,
                                  _event_place(p, agent, agent_mention, targets[0][0])))
    return events + _co_agent_events(p, roles, agent, {actor_key(t) for t, _ in targets},
                                     fallback_country)


def _remember_act(p: Predication, agent: Actor, targets: list[Target]) -> None:
    """The story's record of who did what to whom, for later acts that name no side, and
    whom an act took into custody (a release told next frees them). A negated act ("एडीएम ने
    कहा कि बल प्रयोग नहीं किया") has no doer: who denies it is not who a later condemnation of
    it is aimed at (_target_of_earlier_act), nor an agentless report's."""
    pattern = p.match.pattern
    named = [t for t, _ in targets if t is not None]
    if not p.match.negated:
        p.state.last_agent[pattern.type] = agent
    p.state.acts.extend((p.state.sentence_no, pattern.type.lower(), agent, t) for t in named)
    if holds(pattern.mode) and not p.match.negated:
        p.state.custody.extend(Custody(p.state.sentence_no, agent, t) for t in named)
    p.state.last_target[pattern.type] = named[0] if named else None


def _freed(p: Predication, agent: Actor, targets: list[Target]) -> list[Target]:
    """Whom a release frees: the people it names, else whom its agent held last ("... को
    हिरासत में ले लिया गया. बाद में उन्हें छोड़ दिया गया.": the pronoun, read as the police's
    own side, named no one; "they were later released": all of them); ``[]`` for a release
    verb that needs a custody before it (flag after_custody) where none was told: no act, as
    no partner is sought for it. Any other act keeps its targets."""
    if not ends_custody(p.match.pattern.mode):
        return targets
    held = held_by(p.state.custody, agent, p.state.sentence_no)
    if not held:
        return [] if "after_custody" in p.match.pattern.flags else targets
    if all(mention is not None and mention.kind == "pronoun"
           for target, mention in targets if target is not None):
        return [(actor, None) for actor in held]
    return targets


def _both_ways(p: Predication, targets: list[Target]) -> bool:
    """"India and China accused each other": each side acts on the other; so do two sides
    that disengage (pattern flag mutual) and a force whose man was hit in an encounter
    (victims.fought_back)."""
    pattern = p.match.pattern
    if len(targets) != 1 or targets[0][0] is None or pattern.type in symmetric_types():
        return False
    return has_reciprocal(p.sentence, p.match.token_start) \
        or _mutual(pattern, targets[0][1], p.match.token_start) \
        or fought_back(pattern.flags, p.sentence, targets[0][0])


def _co_agent_events(p: Predication, roles: Roles, agent: Actor, agent_targets: set[str],
                     fallback_country: str | None) -> list[Event]:
    """"ब्लिंकन और ऑस्टिन नई दिल्ली की यात्रा करेंगे", "Modi and Shah attacked the Congress":
    each actor joined to the agent of a verbal act (a visit, a meeting, a charge; quad classes
    1 and 3) does it to the same others, one event each. A joint material operation
    ("police and CRPF arrested ...") stays one act, and a crowd joined to a crowd, or to an
    actor of its own country and sector, stays one side, as joined crowds among the others do."""
    if type_quad().get(p.match.pattern.type) not in VERBAL_QUADS:
        return []
    events: list[Event] = []
    for mention in roles.co_agents:
        other = _event_agent(p, mention, fallback_country)
        if other is None or _side_key(other) == _side_key(agent) or (
                "group" in (other.kind, agent.kind) and (other.kind == agent.kind or (
                    other.country, other.sector) == (agent.country, agent.sector))):
            continue  # "कांग्रेस के नेताओं और कार्यकर्ताओं ने": one side
        events.extend(_make_event(p, other, target, _event_place(p, target, mention_, other))
                      for target, mention_ in _event_targets(p, roles, other, fallback_country)
                      if target is not None and actor_key(target) in agent_targets)
    return events


def _mutual(pattern: Pattern, target_mention: Mention | None, start: int) -> bool:
    """An act two sides do to each other by its nature ("India and China disengaged", "दोनों
    देश पीछे हटे": pattern flag mutual), its other side named with the subject."""
    return "mutual" in pattern.flags and target_mention is not None \
        and target_mention.tok_end <= start


def _agent_from_story(p: Predication, roles: Roles, country: str | None
                      ) -> tuple[Actor | None, Mention | None]:
    """An act whose sentence names no agent: an attack on the police by the last crowd or
    militant named, a deployment by the force deployed (flag theme_agent)."""
    pattern = p.match.pattern
    if pattern.passive_form and pattern.type == "ASSAULT" and _attacks_security(roles):
        return _policed_referent(p, _FORCE, country), None
    if "theme_agent" in pattern.flags:
        force = _moved_force(p, roles)
        if pattern.default_agent and (force is None or force.kind != "actor"):
            # only a force the text names outranks the default ("forces were deployed": police)
            return _default_agent(pattern.default_agent, country, p.kb), None
        roles.others = [m for m in roles.others if m is not force]
        return _event_agent(p, force, country), force
    return None, None


_FORCE = Actor(name="police", sector="POL", kind="group")  # the side a crowd acts against


def _attacks_security(roles: Roles) -> bool:
    """"Police personnel were pelted with stones": an agentless act on the police or the army
    (its attacker is then the last crowd, criminal or militant the story named)."""
    return any(m.actor is not None and m.actor.sector in sector_group("security")
               for m in roles.others)


def _policed_referent(p: Predication, agent: Actor, country: str | None) -> Actor | None:
    """"बदमाश घायल हो गया ... पुलिस ने उसे गिरफ्तार कर लिया": the object pronoun of an act
    by the police or the army, read as their own side, is the last criminal, militant or
    crowd the story named."""
    referent = p.state.last_policed
    if referent is None or agent.sector not in sector_group("security"):
        return None
    if referent.kind == "group" and referent.country is None:
        referent = replace(referent, country=country)
    return referent


def _opposing_forces(p: Predication, agent: Actor) -> Actor | None:
    """"पाकिस्तान ने सीजफायर का उल्लंघन किया" in a story set in India: a violation of a
    ceasefire (pattern flag opposing_forces) by a foreign side is aimed at the armed forces of
    the story's country, the other side of the line."""
    home = p.state.home_country
    if "opposing_forces" not in p.match.pattern.flags or home is None \
            or agent.country in (None, home):
        return None
    return Actor(name="armed forces", country=home, sector="MIL", kind="group")


def _moved_force(p: Predication, roles: Roles) -> Mention | None:
    """"सुरक्षा बलों को तैनात किया गया", "paramilitary forces were deployed": a deployment
    told without who ordered it is coded with the force moved as its actor (pattern flag
    theme_agent), as event data codes a force that takes up positions."""
    security = sector_group("security")
    tokens = p.sentence.tokens
    if any(t.norm in word_class("relief_context") for t in tokens) \
            and _cued_type(p.match.pattern.type, p.match, tokens) == p.match.pattern.type:
        # "troops sent for flood relief": rescue teams, not a show of force; where the
        # sentence makes the deployment help (type_cues.tsv: "NDRF की टीमें बाढ़ प्रभावित जिलों
        # में तैनात"), the force sent is the helper
        return None
    # "The Border Security Force was deployed": the force's own name may end in the
    # pattern's first word ("force/forces ~be deployed"); it is still the force moved
    start = p.match.token_start
    named = [m for m in p.mentions if m.tok_start < start < m.tok_end + 1 and m.tok_end > start]
    pool = roles.others + [m for m in participants(p.mentions) + named if m not in roles.others]
    return next((m for m in pool if m.kind in ("group", "actor") and m.actor is not None
                 and m.actor.sector in security), None)


def _meeting_side(p: Predication) -> Actor | None:
    """"इस दौरान समझौते पर दस्तखत हुए": an agreement told with no side at all is the last
    meeting's outcome; its first side is the agent (the partner follows)."""
    if p.state.last_meeting is None \
            or p.match.pattern.type.lower() not in word_class("meeting_outcome_type"):
        return None
    return p.state.last_meeting[0]


def _meeting_partner(p: Predication, agent: Actor) -> Actor | None:
    """"मुलाकात के दौरान मान ने पैकेज की मांग की": an act told during the last meeting, with no
    target of its own, is addressed to that meeting's other party (discourse.tsv,
    during_meeting)."""
    if p.state.last_meeting is None or p.match.pattern.type == "CONSULT":
        return None
    # "इस समझौते पर सहमति बनी": an agreement told with no other side is the meeting's outcome
    outcome = p.match.pattern.type.lower() in word_class("meeting_outcome_type")
    if not outcome and not has_phrase(p.sentence.tokens, discourse_words().get("during_meeting", ())):
        return None
    first, second = p.state.last_meeting
    if actor_key(agent) == actor_key(first):
        return second
    return first if actor_key(agent) == actor_key(second) else None


def _owner_of_seat(p: Predication, agent: Actor, fallback_country: str | None) -> Actor | None:
    """"किसानों ने विधायक के आवास के बाहर धरना दिया": a protest (word class seat_target_type)
    with no target of its own, held at someone's residence or office, is aimed at its owner
    (pipeline/seats.py); never at the protesters' own side ("outside the party office")."""
    if p.match.pattern.type.lower() not in word_class("seat_target_type"):
        return None
    owner = seat_owner(p.sentence.tokens, p.mentions, p.sentence.lang) \
        or next(iter(stations_at(p.sentence, p.mentions)), None)  # "थाने पर प्रदर्शन"
    actor = _resolve(owner, p.state, p.kb, p.office_date, fallback_country)
    if actor is None or _side_key(actor) == _side_key(agent) or _same_person(actor, agent):
        return None
    return actor


@lru_cache(maxsize=1)
def target_sources() -> dict[str, dict[str, tuple[tuple[str, bool], ...]]]:
    """type -> cue word -> (the type whose last agent an act with that cue targets, whether
    that act must have been aimed at this act's agent), the first row's first."""
    table: dict[str, dict[str, tuple[tuple[str, bool], ...]]] = {}
    for row in load_table("target_sources.tsv"):
        cues = table.setdefault(row["type"], {})
        cue = surface_key(row["cue"])
        cues[cue] = cues.get(cue, ()) + ((row["source_type"], row["aimed_at"] == "agent"),)
    return table


def _target_of_earlier_act(p: Predication, agent: Actor) -> Actor | None:
    """"राजनेताओं ने हमले की निंदा की": a condemnation of an attack, with no target of its own,
    is aimed at who attacked; "Hasina resigned" yields to who protested against her
    (resources/target_sources.tsv)."""
    cues = target_sources().get(p.match.pattern.type, {})
    sources = next((cues[t.norm] for t in p.sentence.tokens if t.norm in cues), ())
    for source, aimed_at_agent in sources:
        earlier = p.state.last_agent.get(source)
        if earlier is None or _side_key(earlier) == _side_key(agent):
            continue
        if not aimed_at_agent or _aimed_at(p.state.last_target.get(source), agent):
            return earlier
    return None


#: sentences back (the current one is 0) where a conflict act's opponent is looked for
CONTEXT_WINDOW = 3


def _counterpart_in_context(p: Predication, agent: Actor, dropped: bool) -> Actor | None:
    """"Trump imposed tariffs on India ... A day later he warned that more would come": a
    conflict act (word class context_target_type: accusations, threats, attacks, arrests ...)
    that would be dropped for naming no target, or only a pronoun that is the agent's own side,
    is aimed at whom the same agent acted on last, within CONTEXT_WINDOW sentences; never at
    the agent's own side. A fight has two sides: an act of word class returned_act_type
    ("police baton-charged the crowd, which hurled stones") by the side the last act was aimed
    at is aimed back at who did it. (_target_of_earlier_act reads another agent's act by a
    cue word.)"""
    etype = p.match.pattern.type.lower()
    answered = _answered_act_doer(p, agent) if etype in word_class("answering_act_type") \
        else None
    if answered is not None or not dropped or etype not in word_class("context_target_type"):
        return answered
    returned = etype in word_class("returned_act_type")
    for s_no, _, doer, target in reversed(p.state.acts):
        if p.state.sentence_no - s_no > CONTEXT_WINDOW:
            return None
        if (actor_key(doer) == actor_key(agent) or _same_person(doer, agent)) \
                and _side_key(target) != _side_key(agent) and not _same_person(target, agent):
            return target
        if returned and _aimed_at(target, agent) and _side_key(doer) != _side_key(agent):
            return doer
    return None


def _answered_act_doer(p: Predication, agent: Actor) -> Actor | None:
    """"Congress accused the minister of ... The minister dismissed the allegations": an act
    that answers another (word class answering_act_type: a rejection), told with no target in
    either language, is aimed at who did the last act aimed at its agent that can be answered
    (word class answered_act_type: a demand, an offer, an accusation, a threat) within
    CONTEXT_WINDOW sentences, before any guessed target."""
    answerable = word_class("answered_act_type")
    for s_no, etype, doer, target in reversed(p.state.acts):
        if p.state.sentence_no - s_no > CONTEXT_WINDOW:
            return None
        if etype in answerable and _aimed_at(target, agent) \
                and _side_key(doer) != _side_key(agent) and not _same_person(doer, agent):
            return doer
    return None


def _aimed_at(target: Actor | None, agent: Actor) -> bool:
    """Was an act with this target aimed at the agent, or at the state it governs?"""
    return target is not None and (actor_key(target) == actor_key(agent)
                                   or one_state(target, agent) or _same_person(target, agent))


def _same_person(first: Actor, second: Actor) -> bool:
    """One person named twice, once with the country the story gave and once without."""
    return first.kind == second.kind == "person" and first.name == second.name \
        and None in (first.country, second.country)


def _default_agent(name: str, country: str | None, kb: KnowledgeBase) -> Actor | None:
    for entry in kb.lookup(surface_key(name)):
        if entry.actor is not None:
            base = entry.actor
            return Actor(name=base.name, id=base.id, country=base.country or country,
                         sector=base.sector, kind=base.kind)
    return None


PROMISE_TYPE = "AGREE"  # what an act announced for the future is, for a pattern flagged promise


def _make_event(p: Predication, agent: Actor | None, target: Actor | None,
                place: Place | None) -> Event:
    doc, sentence, match, date, hypothetical = p.doc, p.sentence, p.match, p.date, p.hypothetical
    pattern = match.pattern
    tokens = sentence.tokens
    span = (tokens[match.token_start].start, tokens[match.token_end - 1].end)
    planned = _is_planned(match, sentence)
    event_type = pattern.type
    conditions = discourse_words().get("condition", set())
    type_info = plover_types().get(event_type)
    conflictual = type_info is not None and type_info.conditional_threat
    if planned and conflictual and any(t.norm in conditions for t in tokens) \
            and not in_condition(sentence, match):
        # PLOVER: a conflictual act announced on a condition is a threat ("will withdraw the
        # force unless ...", "हड़ताल करेंगे वरना ..."); the condition itself ("अगर भारत हमला
        # करेगा तो ...") is what the speaker fears, not what he threatens
        event_type, hypothetical = "THREATEN", False
    else:
        event_type = retyped_by_sides(_cued_type(event_type, match, tokens), agent, target,
                                      tokens, tokens[match.token_start:match.token_end])
        promised = plover_types().get(event_type) if planned and not match.negated else None
        if promised is not None and promised.planned_as:
            event_type = promised.planned_as  # "will provide aid": a promise
        elif planned and not match.negated and "promise" in pattern.flags:
            event_type = PROMISE_TYPE  # "will work together": a promise to cooperate
    raw_span = doc.to_raw(span)
    raw_sentence = doc.to_raw((sentence.start, sentence.end))
    # the pattern's CAMEO code describes the pattern's type; a retyped event (a promise, a
    # conditional threat) takes its new type's code. Quad class, Goldstein value and PLOVER
    # contexts all follow the code (ontology: one source for every layer); the pattern's PLOVER
    # mode is one of its type's, so a retyped event has none
    code = event_code(event_type, pattern.mode,
                      pattern.cameo if event_type == pattern.type else None)
    confidence = 0.4 + (0.25 if target is not None else 0.0) + (0.15 if date else 0.0) + \
        (0.1 if agent is not None and agent.id else 0.0) - (0.2 if match.negated else 0.0)
    event = Event(
        doc_id=doc.id, type=event_type, actor1=agent, actor2=target,
        sentence=doc.raw[raw_sentence[0]:raw_sentence[1]], span=raw_span,
        sentence_span=raw_sentence, mode=pattern.mode if event_type == pattern.type else None,
        cameo=code, quad_class=quad_class(code),
        score=goldstein(code), context=contexts(code),
        date=date.value[:10] if date and date.precision == "day" else (
            date.value if date else None),
        date_precision=date.precision if date else None,
        date_text=date.text if date else doc.weekdays.get(sentence.start),
        location=place, planned=planned,
        negated=match.negated, hypothetical=hypothetical,
        lang=ROMANIZED if sentence.romanized else sentence.lang,
        confidence=max(0.05, min(confidence, 0.99)),
        trigger=doc.raw[raw_span[0]:raw_span[1]],
    )
    key = "|".join([doc.id, event.type, actor_key(agent), actor_key(target), event.date or "",
                    str(raw_span[0])])
    event.event_id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    return event


def _spans_to_raw(doc: Document, event: Event) -> Event:
    """Actor and place spans were found in the cleaned text; report them in the raw input.
    Done once, when the document's events are final: while coding, actors and places pass
    from event to event (an agent carried to the next sentence, a visit's place that becomes
    the scene, the story's place given to unplaced events), so mapping each event as it was
    built mapped a carried span twice and left a later-given place unmapped: both pointed
    beside the words. The event's own spans (trigger, sentence) come from its tokens and are
    mapped where it is built."""
    place = event.location
    if place is not None and place.span is not None and doc.offset_map \
            and place.span[1] < len(doc.offset_map):
        place = place.spanning(place.text, doc.to_raw(place.span))
    return event.placed_between(_raw_actor(doc, event.actor1), _raw_actor(doc, event.actor2),
                                place)


def _raw_actor(doc: Document, actor: Actor | None) -> Actor | None:
    if actor is None:
        return None
    span = actor.span
    if span is not None and doc.offset_map and span[1] < len(doc.offset_map):
        span = doc.to_raw(span)
    return actor.spanning(actor.text, span)


def _update_scene(state: Discourse, mentions: list[Mention], has_events: bool) -> None:
    """The date and the scene later sentences inherit."""
    dates = [m for m in mentions if m.kind == "date" and m.date is not None]
    if dates:
        state.focus_date = dates[0].date
        state.scene = None
    # a place sets the scene only where something happens or a time is given: "यूक्रेन में
    # संघर्ष" in a sentence of opinion is a topic, not where the story is
    if not (has_events or dates):
        return
    # "in the forest area of South Kashmir's Anantnag district": the finest place of the phrase
    scenes = [finer_in_phrase(mentions, m.tok_start, m.place) for m in mentions
              if m.place is not None and m.attrs.locative]
    # else where a trip goes: "मोदी अमेरिका पहुंच चुके हैं", the next sentences happen there
    scenes = scenes or [m.place for m in mentions if m.place is not None and m.attrs.destination]
    if scenes:
        state.scene = scenes[0]


def _update_discourse(state: Discourse, sentence: Sentence, mentions: list[Mention],
                      kb: KnowledgeBase, has_events: bool) -> None:
    _update_scene(state, mentions, has_events)
    groups = [m.actor for m in mentions if m.actor is not None and m.actor.kind == "group"]
    if groups:
        state.last_group, state.last_group_no = groups[0], state.sentence_no
    policed = [m.actor for m in mentions if m.actor is not None and m.kind != "pronoun"
               and m.actor.sector in sector_group("policed")]
    if policed:
        state.last_policed = policed[-1]
    state.last_one = _last_one(mentions) or state.last_one
    for m in mentions:
        if m.actor is not None and m.actor.kind == "group" and m.actor.id and m.attrs.country:
            state.group_countries[m.actor.id] = m.attrs.country
    lang = "hi" if sentence.lang == "hi" else "en"
    any_subject = _any_subject(sentence, mentions, lang)
    reporting = discourse_words().get("reporting_verb", set())
    # "उपायुक्त ने बताया ...": the official who tells the story is not who it is about
    if any_subject is not None and not _says_any(sentence, reporting):
        state.last_subject, state.last_subject_no = any_subject, state.sentence_no
    elif any_subject is None and any(m.kind == "pronoun" and m.attrs.pronoun_role == "agent"
                                     for m in mentions):
        # "They also demanded ... They also alleged ...": a sentence led by a subject pronoun
        # goes on about the same subject, whatever groups its object names
        state.last_subject_no = state.sentence_no
    subject = _sentence_subject(sentence, mentions, lang)
    if subject is not None and subject.actor is not None and subject.actor.kind in PERSON_KINDS:
        state.salient = subject.actor
    for m in mentions:
        if m.actor is not None and m.actor.id and m.attrs.title:
            # "पूर्व मुख्यमंत्री X": X is no holder a later bare "मुख्यमंत्री" names
            known = state.former_holders if m.attrs.former else state.holders
            known.setdefault(m.actor.id, set()).add(m.attrs.title)
    meeting_words = discourse_words().get("meeting_noun", set())
    if _says_any(sentence, meeting_words):
        orgs = [m.actor for m in mentions if m.actor is not None and m.actor.sector == "IGO"]
        if orgs:
            state.meeting_org = orgs[0]


def _last_one(mentions: list[Mention]) -> Actor | None:
    """The last single person a sentence names: a person, or a group word of a sector of the
    group ``individual`` ("आरोपी", "the accused", "युवक"), which news also uses for one; not
    who the report is attributed to (", said police spokesperson X": the teller)."""
    individual = sector_group("individual")
    return next((m.actor for m in reversed(mentions) if m.actor is not None
                 and m.kind != "pronoun" and not m.attrs.source and (
                     m.actor.kind == "person" or (
                     m.actor.kind == "group" and m.actor.sector in individual))), None)


_NORM = attrgetter("norm")


def _says_any(sentence: Sentence, words: Set[str]) -> bool:
    """Is one of ``words`` a word of the sentence? (per sentence, in C)"""
    return not words.isdisjoint(map(_NORM, sentence.tokens))


def _role_after(sentence: Sentence, mention: Mention) -> str:
    """The case role (resources/case_markers.tsv) of the Hindi word right after a mention."""
    following = sentence.tokens[mention.tok_end:mention.tok_end + 1]
    return case_markers()["hi"].get(following[0].norm, "") if following else ""


def _marked_as_object(sentence: Sentence, mention: Mention) -> bool:
    """Is the mention followed by से, को, का/की/के, पर or में (not a subject)?"""
    return _role_after(sentence, mention) in ("obj", "locative")


def _any_subject(sentence: Sentence, mentions: list[Mention], lang: str) -> Actor | None:
    """The first actor of the sentence that no postposition marks (or that ने marks); None
    when a subject pronoun comes first (the sentence goes on about the same one). In Hindi
    the last ने-actor: one verb has one ergative subject, and an earlier one is a participle
    clause's."""
    if lang == "hi":
        # "चुनाव में X ने जीत दर्ज करने के बाद Y ने ...": the ने-subject nearest the verb
        ergative = [m for m in mentions if m.actor is not None and m.kind in
                    ("actor", "group", "country") and _role_after(sentence, m) == "agent"]
        if ergative and not any(m.kind == "pronoun" and m.attrs.pronoun_role == "agent"
                                and m.tok_start < ergative[-1].tok_start for m in mentions):
            return ergative[-1].actor
    for m in mentions:
        if m.kind == "pronoun" and m.attrs.pronoun_role == "agent":
            return None
        if m.actor is None or m.kind not in ("actor", "group", "country"):
            continue
        if lang != "hi" or not _marked_as_object(sentence, m):
            return m.actor
    return None


def _sentence_subject(sentence: Sentence, mentions: list[Mention], lang: str) -> Mention | None:
    """The sentence's subject person, if it has one: ने-marked, else the first unmarked."""
    persons = [m for m in mentions if m.kind == "actor" and m.actor and m.actor.kind == "person"]
    if not persons:
        return None
    # "he met Putin", "the minister met Putin": a pronoun or a title before the first person
    # is the subject, and the person is the object: the salient person stays who it was
    first_person = persons[0].tok_start
    if any(m.kind in ("pronoun", "title") and m.tok_start < first_person for m in mentions) \
            and lang == "en":
        return None
    if any(m.kind == "pronoun" and m.attrs.pronoun_role == "agent" and m.tok_start < first_person
           for m in mentions):
        return None
    if lang == "hi":
        for m in persons:
            if _role_after(sentence, m) == "agent":
                return m
        for m in persons:
            if not _marked_as_object(sentence, m):
                return m
        return None
    return persons[0]
